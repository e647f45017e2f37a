"""Row-level rule logic shared by every engine and by `check`: which facts a rule is about, when
two facts agree, and what the sources' consensus is. Works on anything with the fact table's
attribute names (Fact records, pandas itertuples rows) and imports no pandas, so `check` starts fast.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from operator import attrgetter
from typing import Any

from factcheck.engine.tolerance import Figure, Span, figures_agree, spans_agree
from factcheck.facts import Fact, is_missing
from factcheck.rules.model import Rule, Tolerance
from factcheck.text import stems, word_spans

DateIndex = dict[tuple[str, int], list[tuple[int, int]]]  # (source, sentence) -> date ranges as day ordinals


def nan_to_none(value: Any) -> Any:
    """None for the missing-value markers of floats and dates (NaN, NaT)."""
    return None if is_missing(value) else value


def day(value: Any) -> int:
    """A date or timestamp as a proleptic day ordinal."""
    return int(value.toordinal())


# ---- selection -------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def _phrases(entry: str) -> tuple[tuple[str, ...], ...]:
    """'export | shipment | no limits' -> (('export',), ('shipment',), ('no', 'limit'))."""
    return tuple(tuple(stems(alt)) for alt in entry.split("|") if alt.strip())


def _contains(words: list[str] | tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


@lru_cache(maxsize=65536)
def _sentence_stems(sentence: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The stems of a sentence in order, and as a set (most phrases are one word: a set lookup)."""
    words = tuple(stems(sentence))
    return words, frozenset(words)


def _has(stemmed: tuple[tuple[str, ...], frozenset[str]], phrase: tuple[str, ...]) -> bool:
    words, word_set = stemmed
    if phrase[0] not in word_set:
        return False
    return len(phrase) == 1 or _contains(words, phrase)


def words_match(sentence: str, rule: Rule) -> bool:
    """The rule's `words` are all in the sentence and none of its `not_words`."""
    assert rule.match is not None
    stemmed = _sentence_stems(sentence)
    if not all(any(_has(stemmed, p) for p in _phrases(e)) for e in rule.match.words):
        return False
    return not any(any(_has(stemmed, p) for p in _phrases(e)) for e in rule.match.not_words)


def _near_ok(row: Any, rule: Rule) -> bool:
    """`near` words within `window` words of the figure, and no `not_near` word."""
    assert rule.match is not None
    if not rule.match.near and not rule.match.not_near:
        return True
    spans = word_spans(row.sentence)
    start, end = row.start - row.sentence_start, row.end - row.sentence_start
    before = [w for s, e, w in spans if e <= start][-rule.match.window :]
    after = [w for s, e, w in spans if s >= end][: rule.match.window]
    inside = [w for s, e, w in spans if s >= start and e <= end]
    window = before + inside + after

    def found(entries: list[str]) -> bool:
        return any(_contains(window, p) for e in entries for p in _phrases(e))

    return (not rule.match.near or found(rule.match.near)) and not found(rule.match.not_near)


def date_index(date_rows: Iterable[Any]) -> DateIndex:
    """The date ranges of each sentence, from the date facts of a table."""
    index: DateIndex = {}
    for row in date_rows:
        if nan_to_none(row.date_start) is not None:
            index.setdefault((row.source, int(row.sentence_index)), []).append((day(row.date_start), day(row.date_end)))
    return index


def _about_ok(row: Any, rule: Rule, dates: DateIndex) -> bool:
    """The figure is about the rule's period unless its sentence names only other periods."""
    if rule.about is None or row.kind == "date":
        return True
    same = dates.get((row.source, int(row.sentence_index)))
    if not same:
        return True
    lo, hi = day(rule.about[0]), day(rule.about[1])
    return any(start <= hi and end >= lo for start, end in same)


def matches(row: Any, rule: Rule, dates: DateIndex, checked_kind: bool = False) -> bool:
    """Whether a consistency rule is about this fact; `dates` indexes the dates of its table."""
    match = rule.match
    if match is None:
        return False
    if not checked_kind:
        if row.kind != match.kind:
            return False
        if rule.unit_dimension is not None and (row.dimension != rule.unit_dimension or (
                match.kind in ("money", "count") and row.canonical_unit != rule.unit_canonical)):
            return False
    return words_match(row.sentence, rule) and _near_ok(row, rule) and _about_ok(row, rule, dates)


# ---- agreement -------------------------------------------------------------------------------

def facts_agree(a: Any, b: Any, tol: Tolerance) -> bool:
    """Agreement of two facts (rows or Facts) of the same rule under `tol`."""
    return _agree(_comparable(a), _comparable(b), tol)


_Comparable = tuple[bool, str, Span | Figure | None]  # (is a date, canonical unit, what tolerance compares)


def _comparable(f: Any) -> _Comparable:
    """What agreement reads of a fact, built once per fact."""
    if f.kind == "date":
        if nan_to_none(f.date_start) is None:
            return True, "", None
        return True, "", Span(day(f.date_start), day(f.date_end), f.qualifier)
    return False, f.canonical_unit, _figure(f)


def _agree(a: _Comparable, b: _Comparable, tol: Tolerance) -> bool:
    a_date, a_unit, a_value = a
    b_date, b_unit, b_value = b
    if a_date:
        if a_value is None or not b_date or b_value is None:
            return False
        return spans_agree(a_value, b_value, tol)  # type: ignore[arg-type]
    if b_date or a_unit != b_unit:
        return False
    return figures_agree(a_value, b_value, tol)  # type: ignore[arg-type]


def _figure(f: Any) -> Figure:
    return Figure(
        value=float(f.canonical_value),
        precision=float(nan_to_none(f.canonical_precision) or 0.0),
        qualifier=str(f.qualifier),
        high=nan_to_none(f.canonical_high),
    )


_KEY_FIELDS = attrgetter("kind", "date_start", "date_end", "qualifier", "canonical_unit", "canonical_value",
                         "canonical_precision", "canonical_high")


def figure_key(f: Any) -> tuple[Any, ...]:
    """Everything facts_agree reads: facts with equal keys agree with exactly the same facts."""
    key = _KEY_FIELDS(f)
    if type(f) is Fact:  # records hold None, never NaN: no cleaning needed
        return key  # type: ignore[no-any-return]
    return tuple(nan_to_none(value) for value in key)


def consensus_fact(items: list[Any], tol: Tolerance) -> Any:
    """What the sources say: the fact most facts of other sources agree with (the first on a tie).

    Identical figures are compared once, so the cost grows with the number of distinct figures
    squared, not with the number of facts squared (a large corpus repeats the same few figures).
    """
    groups: dict[tuple[Any, ...], list[int]] = {}
    for i, item in enumerate(items):
        groups.setdefault(figure_key(item), []).append(i)
    keys = list(groups)
    first = {key: _comparable(items[members[0]]) for key, members in groups.items()}
    keys_of_source: dict[str, list[tuple[Any, ...]]] = {}
    for key, members in groups.items():
        for i in members:
            keys_of_source.setdefault(items[i].source, []).append(key)
    best: tuple[tuple[int, int], int] | None = None
    for key in keys:
        agreeing = {other for other in keys if _agree(first[key], first[other], tol)}
        total = sum(len(groups[other]) for other in agreeing)
        for i in groups[key]:
            own = sum(1 for k in keys_of_source[items[i].source] if k in agreeing)
            rank = (total - own, -i)
            if best is None or rank > best[0]:
                best = (rank, i)
    assert best is not None, "consensus of no facts"
    return items[best[1]]
