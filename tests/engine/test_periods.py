"""The periods a figure is about: its claim's dates, else its clause's own dates (not another figure's,
not a bound, not the day something was said)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.articles import Article
from factcheck.engine.matching import date_index, figure_periods
from factcheck.extract import extract_article


def _periods(text: str, surface: str) -> list[tuple[dt.date, dt.date]]:
    facts = extract_article(Article(source="p", path="p", text=text, published=dt.date(2024, 5, 20)))
    dates = date_index(facts)
    (figure,) = [f for f in facts if f.surface == surface]
    return [(dt.date.fromordinal(s), dt.date.fromordinal(e)) for s, e in figure_periods(figure, dates)]


Y2022 = (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
Y2023 = (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Exports rose to 2.14 million barrels per day in 2023, up from 1.9 million in 2022.", "2.14 million barrels per day",
     [Y2023]),
    ("Exports rose to 2.14 million barrels per day, up from 1.9 million in 2022.", "2.14 million barrels per day", []),
    ("Exports rose to 2.14 million barrels per day, up from 1.9 million in 2022.", "1.9 million", [Y2022]),
    # the end of a year is its December, as "by December" is; the start of a year its January
    ("Inflation will fall to 4.9% by the end of the year.", "4.9%", [(dt.date(2024, 12, 1), dt.date(2024, 12, 31))]),
    ("Inflation will fall to 4.9% by the end of 2025.", "4.9%", [(dt.date(2025, 12, 1), dt.date(2025, 12, 31))]),
    ("Inflation was 3.1% at the start of 2023.", "3.1%", [(dt.date(2023, 1, 1), dt.date(2023, 1, 31))]),
    ("Inflation averaged 3.1% in 2023.", "3.1%", [Y2023]),
    # a relative clause's dates are its own, not the periods of the clause around it
    ("Putin, who could stay in power until 2036 under changes approved in 2020, now serves a six-year term.", "six-year", []),
    ("Turnout was 76.3 percent, the highest since 2009.", "76.3 percent", []),
    ("Exports reached 2.14 million barrels per day, the ministry said on Sunday.", "2.14 million barrels per day", []),
    ("Exports reached 2.14 million barrels per day, the highest level of 2023.", "2.14 million barrels per day", [Y2023]),
    # the day figures came out dates none of them, even in their claim
    ("Official figures out this morning show it grew by 0.6 per cent in the first quarter of this year.", "0.6 per cent",
     [(dt.date(2024, 1, 1), dt.date(2024, 3, 31))]),
    ("Data released on Friday showed exports rose 5% in April.", "5%", [(dt.date(2024, 4, 1), dt.date(2024, 4, 30))]),
    # and so does the day a figure of a longer period was reported
    ("The company reported total revenue of 12.4 billion dollars for its second fiscal quarter on May 15, 2024.",
     "12.4 billion dollars", []),
    ("The company reported revenue of $12.4 billion on May 15, 2024.", "$12.4 billion",
     [(dt.date(2024, 5, 15), dt.date(2024, 5, 15))]),
    # a year after "on" that a change is measured against is its base
    ("Bilateral trade stood at $12.1 billion last year, according to official figures, an 8% increase on 2022.", "8%",
     [Y2023]),
    # what an age's holder will or could do later dates no age; what was done then does
    ("Mr Putin, 71, will be eligible to run again in 2030.", "71", []),
    ("The 71-year-old Russian leader could stay in office until 2036.", "71-year-old", []),
    ("He first became president in 2000, at the age of 47.", "47", [(dt.date(2000, 1, 1), dt.date(2000, 12, 31))]),
    # a clause of "with" goes on with the sentence's subject and its date; a date after the first figure is no subject
    ("In March the carrier flew 9.8 million passengers, with a load factor of 91%.", "91%",
     [(dt.date(2024, 3, 1), dt.date(2024, 3, 31))]),
    ("March alone saw 9.8 million passengers, with a load factor of 91%.", "91%",
     [(dt.date(2024, 3, 1), dt.date(2024, 3, 31))]),
    # a participle set off by commas dates the thing before it, not the sentence's figures
    ("The refinery, built in 1958, can process about 340,000 barrels of crude oil per day.", "340,000 barrels of crude oil per day",
     []),
    # or that opens the sentence before a comma
    ("Built in 2015 in Korea, the 985-foot-long ship was made to carry containers.", "985-foot-long", []),
    ("Founded in 1998, the company now employs 5,000 people.", "5,000 people", []),
    # a "when" clause right after a date tells what happened then, even after "since"
    ("It is the worst air disaster since 1997, when a jet crashed in Guam, killing 228 people.", "228 people",
     [(dt.date(1997, 1, 1), dt.date(1997, 12, 31))]),
    ("In 2019, when the firm had 300 staff, sales were $5m.", "300 staff", [(dt.date(2019, 1, 1), dt.date(2019, 12, 31))]),
    # (a date of five words too: "the beginning of the year")
    ("Bitcoin is up more than 100% since the beginning of the year, when it was trading for less than $45,000.", "$45,000",
     [(dt.date(2024, 1, 1), dt.date(2024, 1, 31))]),
    # a step back after a base "from <figure>" is the base's date: no period of the figure compared with it
    ("Net income rose to $612 million, or $1.48 per share, from $540 million, or $1.29 per share, a year ago.",
     "$612 million", []),
    ("Net income rose to $612 million from $540 million a year ago.", "$612 million", []),
])
def test_a_figure_is_about_its_own_dates(text: str, surface: str, expected: list[tuple[dt.date, dt.date]]) -> None:
    assert _periods(text, surface) == expected


def test_a_date_before_every_figure_of_a_claim_is_its_subjects_for_a_rule() -> None:
    """"imports in January 2023 rose by 1%, up to 11.3 bcm": for a rule's `about`, the 11.3 bcm is January's too (discovery
    keeps such a date to the claim it stands in)."""
    text = "China's total gas imports in January 2023 rose by 1% year-on-year, up to 11.3 bcm."
    facts = extract_article(Article(source="p", path="p", text=text, published=dt.date(2024, 5, 20)))
    (figure,) = [f for f in facts if f.surface == "11.3 bcm"]
    dates = date_index(facts)
    assert figure_periods(figure, dates) == []
    assert [(dt.date.fromordinal(s), dt.date.fromordinal(e)) for s, e in figure_periods(figure, dates, subjects=True)] == [
        (dt.date(2023, 1, 1), dt.date(2023, 1, 31))]

