"""Where a move "from X to Y" starts: the level before the period a sentence tells."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.articles import Article
from factcheck.corpus import extract_articles
from factcheck.engine.matching import move_start


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("Shipments rose from 1.72 million to 2.14 million barrels a day in 2023.", "1.72 million", True),
    ("Shipments rose from 1.72 million to 2.14 million barrels a day in 2023.", "2.14 million barrels a day", False),
    ("Savings grew from about $1.6 billion to $4.34 billion.", "$1.6 billion", True),
    ("Imports rose 40% from a year earlier to 33.7 bcm.", "40%", False),
    ("Delegates from 20 countries met; 150 came to Paris.", "20 countries", False),
])
def test_the_start_of_a_move_is_the_level_before(text: str, surface: str, expected: bool) -> None:
    facts = extract_articles([Article(source="a", path="a.txt", text=text, published=dt.date(2024, 5, 16))])
    row = next(r for r in facts.itertuples() if r.surface == surface)
    assert move_start(row) is expected
