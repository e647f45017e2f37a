"""A figure its own claim denies or retracts ("not 2.41 million", "incorrectly said $3.4 billion") is no
claim of the article: no rule takes it and discovery compares it with nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.articles import Article
from factcheck.corpus import extract_articles
from factcheck.engine.matching import _denial_in, denied


@pytest.mark.parametrize(("before", "denial"), [
    ("not ", "not"), ("did not arrive on ", "not"), ("didn’t reach ", "n’t"), ("rather than ", "rather"),
    ("An earlier version incorrectly said China saved ", "incorrectly"),
    ("may not be the focus of Putin’s ", None),  # the negation is the focus's
    ("not more than ", None), ("not before ", None), ("exports reached ", None),
])
def test_a_claim_that_denies_its_figure(before: str, denial: str | None) -> None:
    assert _denial_in(before) == denial


@pytest.mark.parametrize(("sentence", "figure", "word"), [
    ("Emergency services initially confirmed a death toll of 51 on Wednesday.", "51", "initially"),
    ("Officials had originally put the number of missing at 120.", "120", "originally"),
    ("Officials earlier put the toll at 40, later raising it to 95.", "40", "earlier"),
    ("Officials earlier put the toll at 40, later raising it to 95.", "95", None),  # (the reading now)
    ("Emergency services confirmed a death toll of 51 on Wednesday.", "51", None),
    ("The company previously announced plans to cut 1,000 jobs.", "1,000 jobs", None),  # (a plan still on)
])
def test_a_reading_told_as_since_overtaken_is_no_claim(sentence: str, figure: str, word: str | None) -> None:
    facts = extract_articles([Article("a", "a.txt", sentence, dt.date(2024, 10, 30))])
    (row,) = [r for r in facts.itertuples() if r.surface == figure]
    assert denied(row) == word
