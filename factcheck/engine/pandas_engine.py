"""Evaluate rules on a pandas fact table; findings are a DataFrame (schema in docs/schema.md).

select() is a row-wise filter, so it runs unchanged per partition of a larger (Dask) table;
evaluate() then works on the few selected rows of each rule.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pandas as pd

from factcheck.engine.tolerance import Figure, Span, figures_agree, spans_agree
from factcheck.facts import Fact
from factcheck.rules.expression import Value
from factcheck.rules.expression import evaluate as evaluate_expression
from factcheck.rules.model import Rule, RuleSet, Tolerance
from factcheck.text import stems, word_spans

FINDING_COLUMNS = (
    "rule_id", "title", "severity", "check", "rule_status", "source", "fact_status", "surface", "sentence",
    "start", "end", "kind", "value", "unit", "canonical_value", "canonical_unit", "date_start", "date_end",
    "reference", "message",
)
STATUSES = ("conflict", "single-source", "missing", "agree")


# ---- selection -------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def _phrases(entry: str) -> tuple[tuple[str, ...], ...]:
    """'export | shipment | no limits' -> (('export',), ('shipment',), ('no', 'limit'))."""
    return tuple(tuple(stems(alt)) for alt in entry.split("|") if alt.strip())


def _contains(words: list[str] | tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


@lru_cache(maxsize=65536)
def _sentence_stems(sentence: str) -> tuple[str, ...]:
    return tuple(stems(sentence))


def _words_ok(sentence: str, rule: Rule) -> bool:
    assert rule.match is not None
    words = _sentence_stems(sentence)
    if not all(any(_contains(words, p) for p in _phrases(e)) for e in rule.match.words):
        return False
    return not any(any(_contains(words, p) for p in _phrases(e)) for e in rule.match.not_words)


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


def _about_ok(row: Any, rule: Rule, dates: pd.DataFrame) -> bool:
    """The figure is about the rule's period unless its sentence names only other periods."""
    if rule.about is None or row.kind == "date":
        return True
    same = dates[(dates["source"] == row.source) & (dates["sentence_index"] == row.sentence_index)]
    if same.empty:
        return True
    lo, hi = pd.Timestamp(rule.about[0]), pd.Timestamp(rule.about[1])
    return bool(((same["date_start"] <= hi) & (same["date_end"] >= lo)).any())


def select(facts: pd.DataFrame, rule: Rule) -> pd.Series:
    """Boolean mask of the facts a consistency rule is about."""
    if rule.match is None or facts.empty:
        return pd.Series(False, index=facts.index)
    mask = facts["kind"] == rule.match.kind
    if rule.unit_dimension is not None:
        mask &= facts["dimension"] == rule.unit_dimension
        if rule.match.kind in ("money", "count"):
            mask &= facts["canonical_unit"] == rule.unit_canonical
    candidates = facts[mask]
    dates = facts[facts["kind"] == "date"] if rule.about is not None else facts.iloc[0:0]
    keep = [
        _words_ok(row.sentence, rule) and _near_ok(row, rule) and _about_ok(row, rule, dates)
        for row in candidates.itertuples()
    ]
    out = pd.Series(False, index=facts.index)
    out.loc[candidates.index[keep] if len(candidates) else []] = True
    return out


# ---- agreement -------------------------------------------------------------------------------

def _nan_to_none(value: Any) -> Any:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT else value


def _as_date_ordinal(value: Any) -> int:
    return (value.date() if isinstance(value, pd.Timestamp) else value).toordinal()


def facts_agree(a: Any, b: Any, tol: Tolerance) -> bool:
    """Agreement of two facts (rows or Facts) of the same rule under `tol`."""
    if a.kind == "date":
        if _nan_to_none(a.date_start) is None or _nan_to_none(b.date_start) is None:
            return False
        return spans_agree(
            Span(_as_date_ordinal(a.date_start), _as_date_ordinal(a.date_end), a.qualifier),
            Span(_as_date_ordinal(b.date_start), _as_date_ordinal(b.date_end), b.qualifier),
            tol,
        )
    if a.canonical_unit != b.canonical_unit:
        return False
    return figures_agree(_figure(a), _figure(b), tol)


def _figure(f: Any) -> Figure:
    return Figure(
        value=float(f.canonical_value),
        precision=float(_nan_to_none(f.canonical_precision) or 0.0),
        qualifier=str(f.qualifier),
        high=_nan_to_none(f.canonical_high),
    )


def _figure_key(f: Any) -> tuple[Any, ...]:
    """Everything facts_agree reads: facts with equal keys agree with exactly the same facts."""
    return tuple(_nan_to_none(getattr(f, c)) for c in (
        "kind", "date_start", "date_end", "qualifier", "canonical_unit", "canonical_value",
        "canonical_precision", "canonical_high"))


def consensus_fact(items: list[Any], tol: Tolerance) -> Any:
    """What the sources say: the fact most facts of other sources agree with (the first on a tie).

    Identical figures are compared once, so the cost grows with the number of distinct figures
    squared, not with the number of facts squared (a large corpus repeats the same few figures).
    """
    groups: dict[tuple[Any, ...], list[int]] = {}
    for i, item in enumerate(items):
        groups.setdefault(_figure_key(item), []).append(i)
    keys = list(groups)
    first = {key: items[members[0]] for key, members in groups.items()}
    keys_of_source: dict[str, list[tuple[Any, ...]]] = {}
    for key, members in groups.items():
        for i in members:
            keys_of_source.setdefault(items[i].source, []).append(key)
    best: tuple[tuple[int, int], int] | None = None
    for key in keys:
        agreeing = {other for other in keys if facts_agree(first[key], first[other], tol)}
        total = sum(len(groups[other]) for other in agreeing)
        for i in groups[key]:
            own = sum(1 for k in keys_of_source[items[i].source] if k in agreeing)
            rank = (total - own, -i)
            if best is None or rank > best[0]:
                best = (rank, i)
    assert best is not None, "consensus of no facts"
    return items[best[1]]


# ---- evaluation ------------------------------------------------------------------------------

@dataclass
class _Outcome:
    status: str
    reference: Any | None  # what the sources say (their consensus fact), or the rule's expect when none does


def _reference_label(ref: Any, rule: Rule) -> str:
    if isinstance(ref, Fact) and ref.source == "rule":
        return f"expected {rule.expect_text}"
    return f"{ref.source}: {ref.surface}"


def _consistency(rule: Rule, rows: pd.DataFrame, out: list[dict[str, Any]]) -> _Outcome:
    items = list(rows.itertuples())
    if not items:
        out.append(_row(rule, "missing", None, "missing", "", "no source states this fact"))
        return _Outcome("missing", rule.expect)
    consensus = consensus_fact(items, rule.tolerance)
    reference: Any = rule.expect if rule.expect is not None else consensus
    verdicts = [facts_agree(item, reference, rule.tolerance) for item in items]
    sources = {item.source for item in items}
    if not all(verdicts):
        status = "conflict"
    elif len(sources) >= 2:
        status = "agree"
    else:
        status = "single-source"
    label = _reference_label(reference, rule)
    for item, ok in zip(items, verdicts, strict=True):
        fact_status = ("agree" if status == "agree" else status) if ok else "conflict"
        message = "" if ok else f"disagrees with {label}"
        out.append(_row(rule, status, item, fact_status, label, message))
    return _Outcome(status, consensus)


def _value_of(ref: Any) -> Value:
    if ref.kind == "date":
        start, end = ref.date_start, ref.date_end
        return Value(date_start=start.date() if isinstance(start, pd.Timestamp) else start,
                     date_end=end.date() if isinstance(end, pd.Timestamp) else end)
    return Value(number=float(ref.canonical_value), canonical_unit=str(ref.canonical_unit))


def _relation(rule: Rule, outcomes: dict[str, _Outcome], out: list[dict[str, Any]]) -> None:
    assert rule.relation is not None
    refs = {name: outcomes[rule_id].reference for name, rule_id in rule.uses.items()}
    lacking = [rule.uses[n] for n, r in refs.items() if r is None]
    if lacking:
        out.append(_row(rule, "missing", None, "missing", rule.relation, f"no value for {', '.join(lacking)}"))
        return
    try:
        holds = bool(evaluate_expression(rule.relation, {n: _value_of(r) for n, r in refs.items()}))
        message = "" if holds else f"relation does not hold: {rule.relation}"
    except (ValueError, TypeError, ArithmeticError) as exc:
        holds, message = False, f"cannot evaluate {rule.relation}: {exc}"
    status = "agree" if holds else "conflict"
    for name, ref in refs.items():
        is_expect = isinstance(ref, Fact) and ref.source == "rule"
        out.append(_row(rule, status, None if is_expect else ref, status, f"{name} = {ref.surface}", message))


def _row(rule: Rule, rule_status: str, item: Any | None, fact_status: str, reference: str, message: str) -> dict[str, Any]:
    row: dict[str, Any] = {
        "rule_id": rule.id, "title": rule.title, "severity": rule.severity, "check": rule.check,
        "rule_status": rule_status, "fact_status": fact_status, "reference": reference, "message": message,
    }
    for column in ("source", "surface", "sentence", "start", "end", "kind", "value", "unit", "canonical_value",
                   "canonical_unit", "date_start", "date_end"):
        row[column] = None if item is None else _nan_to_none(getattr(item, column))
    return row


def select_all(facts: pd.DataFrame, ruleset: RuleSet) -> pd.DataFrame:
    """The facts each consistency rule is about, tagged with a `rule_id` column (a fact can be
    selected by several rules). Row-wise, so it runs per partition of a larger table."""
    parts = [facts[select(facts, rule)].assign(rule_id=rule.id)
             for rule in ruleset.rules if rule.check == "consistency"]
    if not parts:
        return facts.iloc[0:0].assign(rule_id=pd.Series(dtype="string"))
    return pd.concat(parts, ignore_index=True)


def evaluate(facts: pd.DataFrame, ruleset: RuleSet) -> pd.DataFrame:
    """Findings of every rule: one row per (rule, matched fact), or one row for a missing rule."""
    return evaluate_selected(select_all(facts, ruleset), ruleset)


def evaluate_selected(selected: pd.DataFrame, ruleset: RuleSet) -> pd.DataFrame:
    """Findings from the output of `select_all` (from any engine, in any row order)."""
    out: list[dict[str, Any]] = []
    outcomes: dict[str, _Outcome] = {}
    groups = dict(tuple(selected.groupby("rule_id", sort=False))) if len(selected) else {}
    for rule in ruleset.rules:
        if rule.check == "consistency":
            rows = groups.get(rule.id, selected.iloc[0:0]).drop(columns="rule_id")
            rows = rows.sort_values(["source", "start"], kind="stable")
            outcomes[rule.id] = _consistency(rule, rows, out)
    for rule in ruleset.rules:
        if rule.check == "relation":
            _relation(rule, outcomes, out)
    findings = pd.DataFrame(out, columns=list(FINDING_COLUMNS))
    for column in ("start", "end"):
        findings[column] = findings[column].astype("Int64")
    for column in ("value", "canonical_value"):
        findings[column] = findings[column].astype("float64")
    for column in ("date_start", "date_end"):
        findings[column] = pd.to_datetime(findings[column]).astype("datetime64[s]")
    return findings


def uncovered(facts: pd.DataFrame, findings: pd.DataFrame) -> pd.DataFrame:
    """Facts that no rule covers."""
    covered = findings.dropna(subset=["start"])[["source", "start"]]
    keys = set(zip(covered["source"], covered["start"].astype(int), strict=True))
    mask = [(s, int(st)) not in keys for s, st in zip(facts["source"], facts["start"], strict=True)]
    return facts[mask]
