"""Dates told relative to another: the anchor shifted by the step, at the anchor's granularity, or nothing."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from factcheck.articles import Article
from factcheck.extract import extract_article
from factcheck.extract.anaphora import _GUARD, ANAPHORA_RE, _matches

SLOW = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
COUNTS = {1: "a", 2: "two", 3: "three", 4: "4", 5: "five"}
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}


def _dates(text: str, published: dt.date = dt.date(2024, 5, 15)) -> dict[str, tuple[dt.date, dt.date, str]]:
    facts = extract_article(Article(source="p", path="p", text=text, published=published))
    return {f.surface: (f.date_start, f.date_end, f.granularity) for f in facts if f.kind == "date"}


@SLOW
@given(st.integers(1901, 2090), st.integers(1, 5), st.sampled_from(["earlier", "before.", "previously"]))
def test_years_earlier_than_a_year_is_that_many_years_before(year: int, n: int, word: str) -> None:
    surface = f"{COUNTS[n]} year{'s' if n > 1 else ''} {word.rstrip('.')}"
    text = f"In {year}, exports reached 40% of output, up from 35% {surface}{'.' if word.endswith('.') else ', analysts said.'}"
    assert _dates(text)[surface] == (dt.date(year - n, 1, 1), dt.date(year - n, 12, 31), "year"), text


@SLOW
@given(st.integers(1901, 2090), st.integers(1, 12), st.sampled_from(["a year earlier", "the same month last year",
                                                                      "a month earlier", "the previous month"]))
def test_a_month_keeps_its_granularity(year: int, month: int, phrase: str) -> None:
    text = f"The rate was 5% in {calendar.month_name[month]} {year}, compared with 4% {phrase}."
    back = 12 if "year" in phrase else 1
    y, m = divmod(year * 12 + month - 1 - back, 12)
    want = (dt.date(y, m + 1, 1), dt.date(y, m + 1, calendar.monthrange(y, m + 1)[1]), "month")
    assert _dates(text)[phrase] == want, text


@SLOW
@given(st.integers(1901, 2090), st.integers(1, 4), st.sampled_from(["the year-earlier quarter", "the same quarter a year ago",
                                                                    "a year earlier", "the previous quarter"]))
def test_a_quarter_keeps_its_granularity(year: int, q: int, phrase: str) -> None:
    text = f"Profit in the {ORDINALS[q]} quarter of {year} rose to $5 million from $4 million in {phrase}."
    index = year * 4 + q - 1 - (1 if phrase == "the previous quarter" else 4)
    y, q0 = divmod(index, 4)
    want = (dt.date(y, 3 * q0 + 1, 1), dt.date(y, 3 * q0 + 3, calendar.monthrange(y, 3 * q0 + 3)[1]), "quarter")
    assert _dates(text)[phrase] == want, text


@SLOW
@given(st.integers(1901, 2090), st.sampled_from(["a month earlier", "the previous month", "the previous quarter",
                                                 "a week earlier", "the previous day", "the year-earlier quarter"]))
def test_a_step_finer_than_its_anchor_names_no_date(year: int, phrase: str) -> None:
    text = f"In {year}, exports reached 40% of output, up from 35% {phrase}."
    assert phrase not in _dates(text), text


@given(st.sampled_from(["a year earlier", "the previous year", "the year-ago period", "a month earlier"]))
def test_with_nothing_to_count_from_nothing_is_read(phrase: str) -> None:
    text = f"Exports reached 40% of output, up from 35% {phrase}.\nIn 2019 the port opened."
    assert phrase not in _dates(text), text


def _sample_texts() -> list[str]:
    root = Path(__file__).resolve().parents[2]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))]
    for folder in ("cases", "own_cases"):
        texts += [p.read_text(encoding="utf-8") for p in sorted((root / "tests" / "data" / folder).glob("*.txt"))]
    cases = YAML(typ="safe", pure=True).load((Path(__file__).parent / "extraction_cases.yaml").read_text(encoding="utf-8"))
    return texts + [c["text"] for c in cases["cases"]]


def test_the_scan_around_step_words_finds_what_a_full_scan_finds() -> None:
    found = 0
    for text in _sample_texts():
        assert [m.span() for m in _matches(text)] == [m.span() for m in ANAPHORA_RE.finditer(text)]
        found += len(_matches(text))
    assert found >= 15


BODY = re.compile(ANAPHORA_RE.pattern.split(_GUARD, 1)[1], ANAPHORA_RE.flags)  # the pattern without what precedes it
CONTEXT = ["", " ", "the ", "in 2023, ", "A ", "a day ", "that ", " year", ", ", ".", " the war", " than planned"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(CONTEXT), st.from_regex(BODY, fullmatch=True)), min_size=1, max_size=3),
       st.sampled_from(CONTEXT))
def test_the_scan_around_step_words_finds_what_a_full_scan_finds_on_generated_text(parts: list[tuple[str, str]],
                                                                                    tail: str) -> None:
    text = " ".join(c + body for c, body in parts) + tail
    assert [m.span() for m in _matches(text)] == [m.span() for m in ANAPHORA_RE.finditer(text)], text


@SLOW
@given(st.integers(1901, 2085), st.integers(1, 5), st.sampled_from(["later", "following"]))
def test_a_step_forward_is_that_many_years_after(year: int, n: int, form: str) -> None:
    surface = f"{COUNTS[n]} year{'s' if n > 1 else ''} later" if form == "later" else "the following year"
    steps = n if form == "later" else 1
    text = f"In {year}, the plant opened; {surface}, it employed 4,000 people."
    assert _dates(text)[surface] == (dt.date(year + steps, 1, 1), dt.date(year + steps, 12, 31), "year"), text


def test_the_next_day_follows_a_day_and_nothing_coarser() -> None:
    assert _dates("The index fell 3% on Oct. 19, 1987; the next day, it rose 5%.")["the next day"] == (
        dt.date(1987, 10, 20), dt.date(1987, 10, 20), "day")
    assert "the next day" not in _dates("In 1987 the index fell 3%; the next day, it rose 5%.")
    assert "later than" not in " ".join(_dates("In 2020 sales rose, two years later than planned."))
