"""Dates: the direct reading of explicit dates must equal dateparser's reading of the same span."""

from __future__ import annotations

import calendar
import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract.dates import DATE_RE, anchor_date, explicit_date

MONTH_NAMES = [
    *calendar.month_name[1:], *calendar.month_abbr[1:], *(f"{a}." for a in calendar.month_abbr[1:] if a != "May"), "Sept", "Sept."
]


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


@st.composite
def explicit_spans(draw: st.DrawFn) -> str:
    month = draw(st.sampled_from(MONTH_NAMES))
    day = draw(st.integers(1, 31))
    year = draw(st.integers(1800, 2099))
    day_text = f"{day}{draw(st.sampled_from(['', _suffix(day)]))}"
    comma = draw(st.sampled_from(["", ","]))
    return draw(
        st.sampled_from(
            [
                f"{month} {day_text}{comma} {year}",
                f"{day_text} {draw(st.sampled_from(['', 'of ']))}{month}{comma} {year}",
                f"{year}-{draw(st.integers(1, 12)):02d}-{day:02d}",
                f"{month}{comma} {year}",
            ]
        )
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(explicit_spans())
def test_explicit_dates_read_as_dateparser_reads_them(span: str) -> None:
    match = DATE_RE.fullmatch(span)
    assert match is not None and match.lastgroup is not None
    ours = explicit_date(match.lastgroup, span)
    theirs = anchor_date(span.replace(" of ", " "), "2024-05-15", "past")
    if ours is None:  # a day the month does not have
        assert theirs is None or match.lastgroup == "day_iso"
    else:
        assert ours == theirs


@pytest.mark.parametrize(
    ("kind", "span", "expected"),
    [
        ("day_mdy", "Feb. 24, 2022", dt.date(2022, 2, 24)),
        ("day_dmy", "1st of May, 2020", dt.date(2020, 5, 1)),
        ("month_my", "Sept 2021", dt.date(2021, 9, 1)),
        ("day_iso", "2022-02-24", dt.date(2022, 2, 24)),
        ("day_mdy", "February 30, 2022", None),
        # dateparser reads "2022-13-01" as year-day-month; ISO 8601 has no such form
        ("day_iso", "2022-13-01", None),
    ],
)
def test_explicit_date_exact_values(kind: str, span: str, expected: dt.date | None) -> None:
    assert explicit_date(kind, span) == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(2001, 2039), st.sampled_from(["Q{q}FY{yy}", "Q{q} FY{yy}", "{q}QFY{yy}", "Q{q} FY{yyyy}"]),
       st.integers(-5 * 365, 5 * 365))
def test_an_indian_articles_fiscal_quarters_tile_its_fiscal_year(year: int, form: str, days: int) -> None:
    """In an article that names India's markets, published within five years of it, the four quarters of "FY<year>" are
    three months each, one after the other, from April of the year before to March of the year named (the fiscal year
    as "FY<year>" reads alone; a year of two digits is the one of its century at most ten years ahead)."""
    from factcheck.articles import Article
    from factcheck.extract import extract_article

    published = dt.date(year, 1, 1) + dt.timedelta(days=days)
    names = [form.format(q=q, yy=f"{year % 100:02d}", yyyy=year) for q in (1, 2, 3, 4)]
    text = f"Profit rose in {names[0]}, {names[1]}, {names[2]} and {names[3]}, it told the BSE, and fell in FY{year}."
    facts = extract_article(Article(source="a", path="a", text=text, published=published))
    quarters = [next(f for f in facts if f.surface == name) for name in names]
    (fiscal,) = [f for f in facts if f.surface == f"FY{year}"]
    assert (fiscal.date_start, fiscal.date_end) == (dt.date(year - 1, 4, 1), dt.date(year, 3, 31))
    assert quarters[0].date_start == fiscal.date_start and quarters[-1].date_end == fiscal.date_end
    for before, after in itertools.pairwise(quarters):
        assert after.date_start == before.date_end + dt.timedelta(days=1)
    assert all(q.granularity == "quarter" and (q.date_end.year * 12 + q.date_end.month)
               - (q.date_start.year * 12 + q.date_start.month) == 2 for q in quarters)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1990, 2035), st.lists(st.tuples(st.integers(1, 12), st.integers(1, 28)), min_size=1, max_size=6),
       st.sampled_from(["{y}", "## {y}", "**{y}**"]), st.sampled_from([" - ", ": ", " – "]), st.integers(-3000, 3000))
def test_a_dated_lists_entries_take_the_year_heading_above_them(year: int, days: list[tuple[int, int]], heading: str,
                                                                 dash: str, offset: int) -> None:
    """Under a line that is a year alone, every entry that opens with a month and day of no year is of that year,
    whatever the published day and whatever order the entries come in."""
    from factcheck.articles import Article
    from factcheck.extract import extract_article

    labels = [f"{calendar.month_abbr[m]}. {d}" if m != 5 else f"May {d}" for m, d in days]
    lines = [heading.format(y=year), ""] + [f"{label}{dash}The board met again" for label in labels]
    published = dt.date(2024, 5, 15) + dt.timedelta(days=offset)
    facts = extract_article(Article(source="a", path="a", text="\n".join(lines) + "\n", published=published))
    read = [f for f in facts if f.kind == "date" and f.granularity == "day"]
    assert [(f.date_start, f.date_end) for f in read] == [(dt.date(year, m, d), dt.date(year, m, d)) for m, d in days]
