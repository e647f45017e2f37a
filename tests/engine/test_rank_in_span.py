"""A duration after "in" that ends a first, a rank or a record ("his second visit in six months", "the first cut in
four years") is the span in which it fell: no duration rule takes it as the length of what it names."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.articles import Article
from factcheck.engine.matching import rank_in_span
from factcheck.extract import extract_article


def _in_span(text: str, surface: str) -> bool:
    facts = extract_article(Article(source="p", path="p", text=text, published=dt.date(2024, 5, 20)))
    (figure,) = [f for f in facts if f.surface == surface]
    return rank_in_span(figure)


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("It will be Putin's second visit in just over six months to China.", "six months", True),
    ("The bank made its first rate cut in four years.", "four years", True),
    ("It was the biggest protest in more than a decade.", "a decade", True),
    ("The index had its worst week in the past 18 months.", "18 months", True),
    ("Inflation fell to its lowest level in 3 years.", "3 years", True),
    # lengths: the visit's, the term's; "in" after the figure says where
    ("Putin spent two days in Beijing on his first visit since March.", "two days", False),
    ("The visit will last only two days.", "two days", False),
    ("Putin began a six-year term in May.", "six-year", False),
    ("The deal will be signed in two weeks.", "two weeks", False),  # no rank: when, not a span of a first
])
def test_a_span_in_which_a_first_fell(text: str, surface: str, expected: bool) -> None:
    assert _in_span(text, surface) is expected
