"""Word-start guards: exact behaviour, and each guarded scanning pattern equal to itself unguarded."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from factcheck.extract.anaphora import _GUARD as ANAPHORA_GUARD
from factcheck.extract.anaphora import ANAPHORA_RE
from factcheck.extract.dates import DATE_GUARD, DATE_RE
from factcheck.extract.numbers import NUMBER_GUARD, NUMBER_RE, ORDINAL_GUARD, ORDINAL_RE
from factcheck.extract.prefilter import starts_with
from factcheck.extract.quantities import _FRACTION, _MAGNITUDE, _RATIO, RATIO_GUARD, _fraction_matches, _magnitude_matches

ROOT = Path(__file__).resolve().parents[2]
GUARDED = [(DATE_RE, DATE_GUARD), (NUMBER_RE, NUMBER_GUARD), (ORDINAL_RE, ORDINAL_GUARD), (_RATIO, RATIO_GUARD),
           (ANAPHORA_RE, ANAPHORA_GUARD)]
GUARD_IDS = ["date", "number", "ordinal", "ratio", "anaphora"]


@pytest.mark.parametrize(
    ("text", "passes"),
    [("May 5", True), ("Mayor", True), ("Mar", False), ("in March", True), ("inside", False), ("In March", False),
     ("TODAY", True), ("ToDay", True), ("today's", True), ("7", True), ("x", False), ("", False)],
)
def test_guard_passes_where_a_word_or_digit_begins(text: str, passes: bool) -> None:
    guard = re.compile(starts_with(["May", "in "], ignore_case=["today"]))
    assert bool(guard.match(text)) is passes


def test_guard_without_words_is_the_extra_pattern() -> None:
    assert starts_with([], also=r"\d") == r"(?=\d)"


def _unguarded(pattern: re.Pattern[str], guard: str) -> re.Pattern[str]:
    assert guard in pattern.pattern
    return re.compile(pattern.pattern.replace(guard, "", 1), pattern.flags)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[str | None, tuple[int, int]]]:
    return [(m.lastgroup, m.span()) for m in pattern.finditer(text)]


def _sample_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for folder in ("cases", "own_cases"):
        texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / folder).glob("*.txt"))]
    cases = YAML(typ="safe", pure=True).load((Path(__file__).parent / "extraction_cases.yaml").read_text())
    texts += [c["text"] for c in cases["cases"]] + [t for g in cases["equivalences"] for t in g["texts"]]
    return texts


@pytest.mark.parametrize(("pattern", "guard"), GUARDED, ids=GUARD_IDS)
def test_guarded_pattern_matches_as_unguarded_on_sample_text(pattern: re.Pattern[str], guard: str) -> None:
    plain = _unguarded(pattern, guard)
    texts = _sample_texts()
    assert len(texts) > 20
    found = 0
    for text in texts:
        assert _spans(pattern, text) == _spans(plain, text)
        found += len(_spans(pattern, text))
    assert found >= (6 if guard in (RATIO_GUARD, ANAPHORA_GUARD) else 10)  # the samples exercise the pattern


CONTEXT = ["", " ", "the ", "in ", "a ", "Last ", "since ", "about ", "x-", "then ", "(", " per cent", " ago", ", 2022", " million"]


@functools.cache
def _body_strings(pattern: re.Pattern[str], guard: str) -> st.SearchStrategy[str]:
    """The strings the pattern's body matches, built once per pattern (hypothesis builds a strategy from a large
    pattern slowly, and would again at every draw)."""
    return st.from_regex(re.compile(pattern.pattern.split(guard, 1)[1], pattern.flags), fullmatch=True)


@st.composite
def texts_around_matches(draw: st.DrawFn, pattern: re.Pattern[str], guard: str) -> str:
    """Strings the pattern's body matches (hypothesis builds them from the pattern), in context."""
    body = _body_strings(pattern, guard)
    parts = [draw(st.sampled_from(CONTEXT)) + draw(body) for _ in range(draw(st.integers(1, 3)))]
    return " ".join(parts) + draw(st.sampled_from(CONTEXT))


@pytest.mark.parametrize(("pattern", "guard"), GUARDED, ids=GUARD_IDS)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_guarded_patterns_match_as_unguarded_on_generated_text(pattern: re.Pattern[str], guard: str, data: st.DataObject) -> None:
    text = data.draw(texts_around_matches(pattern, guard))
    assert _spans(pattern, text) == _spans(_unguarded(pattern, guard), text)


# Patterns tried only where their words start (quantities._fraction_matches, _magnitude_matches): the
# same matches as a scan of the whole text.
WORD_STARTED = [(_FRACTION, _fraction_matches), (_MAGNITUDE, _magnitude_matches)]
SHARES = ["two-thirds", "a third of", "half of", "three-quarters", "a quarter point", "one half", "two fifths of",
          "tens of millions of", "hundreds of thousands of", "Thousands of", "millions of", "halves", "Half the"]


@pytest.mark.parametrize(("pattern", "started"), WORD_STARTED, ids=["fraction", "magnitude"])
def test_word_started_scan_matches_a_full_scan_on_sample_text(pattern: re.Pattern[str], started) -> None:  # type: ignore[no-untyped-def]
    for text in _sample_texts():
        assert [m.span() for m in started(text, text.lower())] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(("pattern", "started"), WORD_STARTED, ids=["fraction", "magnitude"])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_word_started_scan_matches_a_full_scan_on_generated_text(pattern: re.Pattern[str], started, data: st.DataObject) -> None:  # type: ignore[no-untyped-def]
    words = data.draw(st.lists(st.sampled_from(SHARES + CONTEXT + ["people", "x", "-", "of"]), min_size=1, max_size=12))
    text = " ".join(words) if data.draw(st.booleans()) else "".join(words)
    assert [m.span() for m in started(text, text.lower())] == [m.span() for m in pattern.finditer(text)]
