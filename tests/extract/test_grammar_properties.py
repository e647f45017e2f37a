"""Properties of the number and date grammar: range ends keep their own multipliers, signs survive
every spelling, a year-less date is the nearest occurrence unless its clause's tense says otherwise."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.articles import Article
from factcheck.extract import extract_article

MULTIPLIERS = {"": Decimal(1), " thousand": Decimal(10) ** 3, " million": Decimal(10) ** 6, " billion": Decimal(10) ** 9,
               "bn": Decimal(10) ** 9, "m": Decimal(10) ** 6}
PUBLISHED = dt.date(2024, 5, 15)
SLOW = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _facts(text: str, published: dt.date = PUBLISHED):  # type: ignore[no-untyped-def]
    return extract_article(Article(source="p", path="p", text=text, published=published))


@SLOW
@given(st.integers(1, 999), st.integers(1, 999), st.sampled_from(sorted(MULTIPLIERS)), st.sampled_from(sorted(MULTIPLIERS)))
def test_range_ends_keep_their_own_multipliers(a: int, b: int, ma: str, mb: str) -> None:
    low, high = a * MULTIPLIERS[ma], b * MULTIPLIERS[mb]
    if not low < high or (not ma and a * MULTIPLIERS[mb] < high):
        return  # not a range, or "2 to 3 million" (the first end shares the second's multiplier)
    text = f"Fines ranged from ${a}{ma} to ${b}{mb} last year."
    money = [f for f in _facts(text) if f.kind == "money"]
    assert len(money) == 1, (text, money)
    assert (Decimal(str(money[0].value)), Decimal(str(money[0].value_high))) == (low, high), text


@SLOW
@given(st.integers(1, 99), st.integers(1, 9))
def test_two_to_three_million_shares_the_multiplier(a: int, step: int) -> None:
    text = f"Between {a} and {a + step} million people voted."
    count = [f for f in _facts(text) if f.kind == "count"]
    assert [(f.value, f.value_high) for f in count] == [(a * 1e6, (a + step) * 1e6)], text


@SLOW
@given(st.integers(1, 999), st.integers(1, 3000), st.sampled_from(["", " million"]))
def test_two_counts_joined_by_or_are_a_range_only_when_close(a: int, b: int, scale: str) -> None:
    """'two or three bangs', '2 or 3 million people': a guess between two counts, the second above the first and at most
    three times it; otherwise two figures, never a range."""
    if 1800 <= a <= 2100:
        return  # (a year-like first number is a date's)
    text = f"Officials said {a} or {b}{scale} people were hurt."
    ranges = [(f.value, f.value_high) for f in _facts(text) if f.kind == "count" and f.value_high is not None]
    times = 1e6 if scale else 1
    assert ranges == ([(a * times, b * times)] if a < b <= 3 * a else []), text


@SLOW
@given(st.integers(1, 98), st.integers(1, 99), st.sampled_from(["-", " to ", "–"]), st.booleans())
def test_a_bare_first_end_shares_the_second_ends_thousands(a: int, step: int, join: str, grouped: bool) -> None:
    b = a + step
    first = f"{a},000" if grouped else str(a)  # "20,000-30,000" as written; "20-30,000" shares the thousands
    text = f"Police said {first}{join}{b},000 people marched on Sunday."
    count = [f for f in _facts(text) if f.kind == "count"]
    assert [(f.value, f.value_high) for f in count] == [(a * 1000, b * 1000)], text


SIGNS = ["-{v}%", "−{v}%", "minus {v}%", "minus {v} percent", "minus {v} per cent"]


@SLOW
@given(st.decimals(min_value=Decimal("0.1"), max_value=Decimal("99.9"), places=1), st.sampled_from(SIGNS))
def test_a_sign_survives_every_spelling(v: Decimal, spelling: str) -> None:
    text = f"Output changed by {spelling.format(v=v)} in March."
    percents = [f for f in _facts(text) if f.kind == "percent"]
    assert [Decimal(str(f.value)) for f in percents] == [-v], text


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


@SLOW
@given(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)), st.sampled_from(MONTHS),
       st.sampled_from(["", "future", "past"]))
def test_a_year_less_month_is_near_the_published_date(published: dt.date, month: str, tense: str) -> None:
    text = {"": f"The talks are in {month}.", "future": f"The talks will resume in {month}.",
            "past": f"The talks resumed in {month}."}[tense]
    dates = [f for f in _facts(text, published) if f.kind == "date"]
    assert len(dates) == 1, text
    start, end = dates[0].date_start, dates[0].date_end
    assert start is not None and end is not None
    if tense == "future":
        assert end >= published and (start - published).days < 366
    elif tense == "past":
        assert start <= published and (published - end).days < 366
    else:  # the nearest occurrence: within six months (and a half-month of rounding)
        gap = 0 if start <= published <= end else min(abs((start - published).days), abs((end - published).days))
        assert gap <= 200, (published, start, end)


@SLOW
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)), st.booleans(), st.booleans())
def test_a_numeric_date_is_read_only_when_its_order_is_certain(day: dt.date, us_order: bool, short_year: bool) -> None:
    year = f"{day.year % 100:02d}" if short_year else str(day.year)
    first, second = (day.month, day.day) if us_order else (day.day, day.month)
    text = f"The contract was signed on {first}/{second}/{year} in Geneva."
    dates = [(f.date_start, f.date_end) for f in _facts(text) if f.kind == "date"]
    if day.day > 12 or day.day == day.month:
        assert dates == [(day, day)], text
    else:  # "05/06/2016": May or June, nothing says which
        assert dates == [], text


PLURALS = ["workers", "shares", "people", "homes", "troops", "votes", "cars"]


@SLOW
@given(st.integers(1800, 2099), st.sampled_from(PLURALS), st.sampled_from(["", "the ", "its ", "Russia's "]))
def test_a_year_like_number_before_a_plural_is_a_count_unless_a_determiner_makes_it_a_year(
        n: int, noun: str, determiner: str) -> None:
    text = f"Officials said {determiner}{n} {noun} were counted."
    facts = [f for f in _facts(text) if text[f.start : f.end].startswith(str(n))]
    assert len(facts) == 1, (text, facts)
    if determiner:
        assert facts[0].kind == "date" and facts[0].date_start == dt.date(n, 1, 1), text
    else:
        assert facts[0].kind == "count" and facts[0].value == n, text


PARTS = ["the end of the {p}", "the start of the {p}", "the beginning of the {p}", "the middle of the {p}"]
CLAUSES = {"": "Rates stay high until {d}.", "past": "Rates rose at {d}.", "future": "Rates will rise by {d}."}


@SLOW
@given(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)), st.sampled_from(PARTS),
       st.sampled_from(["year", "month", "quarter", "week"]), st.sampled_from(sorted(CLAUSES)))
def test_a_part_of_a_period_is_a_whole_period_the_tense_allows(published: dt.date, part: str, period: str, tense: str) -> None:
    phrase = part.format(p=period)
    dates = [f for f in _facts(CLAUSES[tense].format(d=phrase), published) if f.kind == "date"]
    assert len(dates) == 1 and dates[0].surface == phrase, dates
    start, end = dates[0].date_start, dates[0].date_end
    assert dates[0].granularity == period
    if not tense:
        assert start <= published <= end  # "the year": the current one
    elif tense == "past":
        assert start <= published  # it has begun
    else:
        assert end >= published  # it has not ended
    assert abs((start - published).days) <= 2 * 366 and abs((end - published).days) <= 2 * 366


@SLOW
@given(st.integers(1, 20), st.integers(1, 20), st.sampled_from(["mile", "cup", "inch"]))
def test_a_slashed_pair_is_a_measure_fraction_or_nothing(num: int, den: int, unit: str) -> None:
    text = f"The rope is {num}/{den} {unit} long."
    figures = [f for f in _facts(text) if f.kind != "date"]
    if 0 < num < den and den in (2, 3, 4, 5, 8, 10, 16):
        assert len(figures) == 1 and abs(figures[0].value - num / den) < 1e-9, figures
    else:  # "24/7", "9/11": neither end is a figure
        assert figures == [], figures


PREFIXES = ["$", "C$", "A$", "HK$", "€", "£", "¥"]


@SLOW
@given(st.sampled_from(PREFIXES), st.sampled_from(PREFIXES), st.integers(1, 99), st.integers(100, 999))
def test_a_range_never_spans_two_currencies(first: str, second: str, a: int, b: int) -> None:
    money = [f for f in _facts(f"Prices ranged from {first}{a} million to {second}{b} million.") if f.kind == "money"]
    if first == second:
        assert [(f.value, f.value_high) for f in money] == [(a * 1e6, b * 1e6)], money
    else:
        assert [(f.value, f.value_high) for f in money] == [(a * 1e6, None), (b * 1e6, None)], money
        assert money[0].unit != money[1].unit


BOUNDS = {"or more": "at_least", "or older": "at_least", "or above": "at_least", "or less": "at_most",
          "or fewer": "at_most", "or under": "at_most", "or so": "approx"}
FIGURES = ["${n}", "{n}%", "{n} km", "{n} people"]


@SLOW
@given(st.integers(2, 9999), st.sampled_from(sorted(BOUNDS)), st.sampled_from(FIGURES))
def test_a_bound_written_after_a_figure_bounds_it_and_keeps_its_value(n: int, bound: str, figure: str) -> None:
    text = f"The rule covers {figure.format(n=n)} {bound}, officials said."
    facts = [f for f in _facts(text) if f.kind != "date"]
    assert [(f.value, f.qualifier) for f in facts] == [(n, BOUNDS[bound])], text


@SLOW
@given(st.integers(1, 999), st.sampled_from(["$", "£", "€"]))
def test_a_spaced_m_after_a_currency_is_millions(n: int, sign: str) -> None:
    text = f"The firm raised {sign}{n} m in debt."
    money = [f for f in _facts(text) if f.kind == "money"]
    assert [f.value for f in money] == [n * 1e6], text


@SLOW
@given(st.integers(1, 99), st.sampled_from([")", ".", " -"]), st.integers(2, 9999))
def test_a_lists_numbering_is_no_figure_and_its_items_figures_are(i: int, mark: str, n: int) -> None:
    text = f"BRIEFING\n\n{i}{mark} Exports rose to {n} tonnes.\n"
    facts = [f for f in _facts(text) if f.kind != "date"]
    assert [(f.value, f.unit) for f in facts] == [(n, "metric_ton")], text


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen " \
        "eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _spell_below_thousand(n: int) -> list[str]:
    words = [_ONES[n // 100], "hundred"] if n >= 100 else []
    rest = n % 100
    if rest >= 20:
        words.append(_TENS[rest // 10] + (f"-{_ONES[rest % 10]}" if rest % 10 else ""))
    elif rest:
        words.append(_ONES[rest])
    return words


def _spell(n: int) -> str:
    """An English spelling of 1 <= n < 10**12, scale by scale ("one million two hundred thousand")."""
    words: list[str] = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"), (1, "")):
        group = n // scale % 1000
        if group:
            words += _spell_below_thousand(group) + ([name] if name else [])
    return " ".join(words)


@SLOW
@given(st.integers(1, 999), st.integers(0, 999), st.integers(0, 999), st.sampled_from([10**3, 10**6, 10**9]))
def test_a_number_spelled_scale_by_scale_is_its_value(top: int, middle: int, low: int, scale: int) -> None:
    n = top * scale + middle * (scale // 1000) + (low * (scale // 10**6) if scale >= 10**6 else 0)
    text = f"The agency counted {_spell(n)} visitors."
    counts = [f for f in _facts(text) if f.kind == "count"]
    assert [f.value for f in counts] == [n], text


@SLOW
@given(st.integers(1950, 2022), st.sampled_from(MONTHS), st.sampled_from(["In {y}, sales peaked in {m}.",
                                                                          "During the {y} season, sales peaked in {m}.",
                                                                          "The slump of {y} began in {m}."]))
def test_a_year_less_month_takes_the_year_its_sentence_told(year: int, month: str, template: str) -> None:
    text = template.format(y=year, m=month)
    dates = [f for f in _facts(text, dt.date(2024, 5, 20)) if f.kind == "date" and f.granularity == "month"]
    assert [(d.date_start.year, d.date_start.month) for d in dates] == [(year, MONTHS.index(month) + 1)], text
