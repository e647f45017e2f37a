"""Property tests (hypothesis) for normalisation: unit equivalence, round trips, offsets, dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.articles import Article
from factcheck.extract import extract_article
from factcheck.extract.dates import month_range, season_range
from factcheck.extract.numbers import NUMBER_RE, parse_number, written_precision

PUBLISHED = dt.date(2024, 5, 15)


def _facts(text: str):  # type: ignore[no-untyped-def]
    return extract_article(Article(source="p", path="p", text=text, published=PUBLISHED))


# value (as a decimal string with <= 2 decimals) x spellings of the same unit
values = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999.99"), places=2).map(lambda d: format(d, "f"))

BARRELS = ["{v} million barrels per day", "{v}m bpd", "{v} mb/d", "{v} million barrels a day", "{v}mn b/d"]
GAS = ["{v} bcm", "{v} billion cubic meters", "{v} billion cubic metres", "{v}bn cubic metres"]
MONEY = ["${v}bn", "{v} billion dollars", "US${v} billion", "USD {v} bln", "${v} billion"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=values, family=st.sampled_from([BARRELS, GAS, MONEY]), data=st.data())
def test_unit_spellings_normalise_to_the_same_canonical_value(value: str, family: list[str], data) -> None:  # type: ignore[no-untyped-def]
    a, b = data.draw(st.sampled_from(family)), data.draw(st.sampled_from(family))
    fa, fb = _facts(f"Exports were {a.format(v=value)} in total."), _facts(f"Exports were {b.format(v=value)} in total.")
    assert len(fa) == len(fb) == 1
    assert (fa[0].canonical_value, fa[0].canonical_unit) == (fb[0].canonical_value, fb[0].canonical_unit)
    assert fa[0].canonical_precision == fb[0].canonical_precision


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False))
def test_written_number_round_trips(value: Decimal) -> None:
    text = format(value, "f")
    match = NUMBER_RE.fullmatch(text)
    assert match is not None
    number = parse_number(match)
    assert number.value == value
    # the writer's rounding step divides the value exactly
    assert number.value % written_precision(text) == 0


TOKENS = list("0123456789 .,-$%€£/abcdemnoprstuyAMFJOTbk\n") + [
    " million", " billion", " bpd", " bcm", " per cent", " years", "-day", " May ", " February ", " 2022",
    " last year", " Thursday", " fifth", " about ", " nearly ", " between ", " and ", "Oct. ", " US$"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(TOKENS), max_size=30).map("".join)))
def test_extraction_never_raises_and_offsets_slice_to_surface(text: str) -> None:
    for fact in _facts(text):
        assert text[fact.start : fact.end] == fact.surface
        assert fact.start < fact.end


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_finer_dates_fall_inside_the_coarser_range(day: dt.date) -> None:
    month_start, month_end, _ = month_range(day.year, day.month)
    assert month_start <= day <= month_end
    assert dt.date(day.year, 1, 1) <= month_start <= month_end <= dt.date(day.year, 12, 31)
    text = f"It happened on {day.strftime('%B')} {day.day}, {day.year}, in {day.strftime('%B')} {day.year} and in {day.year}."
    facts = [f for f in _facts(text) if f.kind == "date"]
    assert [f.granularity for f in facts] == ["day", "month", "year"]
    (d,), (m,), (y,) = ([f] for f in facts)
    assert m.date_start <= d.date_start <= d.date_end <= m.date_end
    assert y.date_start <= m.date_start <= m.date_end <= y.date_end
    assert d.date_start == day


@given(st.sampled_from(["spring", "summer", "autumn", "winter"]), st.integers(1900, 2090))
def test_seasons_are_three_months(season: str, year: int) -> None:
    start, end, _ = season_range(season, year)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == 2
