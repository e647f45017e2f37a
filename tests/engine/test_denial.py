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
    assert _denied(sentence, figure, dt.date(2024, 10, 30)) == word


@pytest.mark.parametrize(("sentence", "figure", "word"), [
    ("Wall Street was looking for adjusted earnings per share of $2.09 on revenue of $11.22 billion.", "$2.09", "looking"),
    ("Analysts' consensus estimates called for revenue of $11.22 billion.", "$11.22 billion", "called"),
    ("Management was calling for revenue of $11 billion, an increase of 64% year over year.", "$11 billion", "calling"),
    ("The results mean that Nvidia smashed its $11 billion revenue projection for the quarter.", "$11 billion", "smashed"),
    ("It also far exceeded the $11 billion management had forecast.", "$11 billion", "exceeded"),
    ("Nvidia beat estimates of $2.09 a share.", "$2.09", "beat"),
    ("Nvidia issued a $16 billion revenue forecast for the third quarter.", "$16 billion", None),  # (a forecast still to be met)
    ("Exports topped $5 billion in July.", "$5 billion", None),  # (no expectation: what exports did)
    ("The union is calling for a 40% raise.", "40%", None),  # (a demand now, no guess overtaken)
])
def test_an_expectation_the_results_are_set_against_is_no_claim(sentence: str, figure: str, word: str | None) -> None:
    assert _denied(sentence, figure, dt.date(2023, 8, 24)) == word


def _denied(sentence: str, figure: str, published: dt.date) -> str | None:
    """The word `denied` gives the one fact of `sentence` written `figure`."""
    facts = extract_articles([Article("a", "a.txt", sentence, published)])
    (row,) = [r for r in facts.itertuples() if r.surface == figure]
    return denied(row)


@pytest.mark.parametrize(("sentence", "figure", "word"), [
    ("If you start university next September, you will pay up to £9,535 a year in tuition fees.", "£9,535", None),
    ("If your income tops £50,270, you pay 40% on the rest.", "40%", None),
    ("If you think prices will fall 20%, think again.", "20%", "If"),  # (in the condition itself)
    ("If Beijing pushed harder, that could rise to 2.5 million barrels a day.", "2.5 million barrels a day", "If"),
    # (a figure the condition tells as a fact the reader may be one of)
    ("If your train was among the 212 cancelled on Friday, you can claim a refund.", "212", None),
    ("If you are one of the 2.3 million customers affected, change your password.", "2.3 million customers", None),
    ("If you earn more than £50,270 a year, you pay 40% on the rest.", "£50,270", "If"),
])
def test_a_condition_on_the_reader_states_a_rule_not_a_supposition(sentence: str, figure: str, word: str | None) -> None:
    """"If you start university next September, you will pay up to £9,535": the reader's condition states the rule
    that applies; the figure after it is the story's (a planted £9,355 was compared with nothing)."""
    assert _denied(sentence, figure, dt.date(2024, 11, 6)) == word


@pytest.mark.parametrize(("sentence", "figure", "word"), [
    ("Had the prices applied in 2023, Medicare would have spent about $6 billion less.", "2023", "Had"),
    ("Had the prices applied in 2023, Medicare would have spent about $6 billion less.", "$6 billion", "Had"),
    ("Had he been elected in 2020, he would be 82 now.", "2020", "Had"),
    ("The company had 40 staff in 2023.", "40 staff", None),
    ("They had the money: $6 billion in 2023.", "$6 billion", None),
])
def test_an_inverted_condition_only_supposes(sentence: str, figure: str, word: str | None) -> None:
    """"Had the prices applied in 2023, ...": "had" before its subject and a participle is an "if", no fact of 2023."""
    assert _denied(sentence, figure, dt.date(2024, 8, 16)) == word
