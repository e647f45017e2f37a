"""A date whose year is not written ("on Thursday", "last year"), in an article with no published date, was read
against today: no rule takes it and discovery compares it with nothing; a date with its year is read the same on any day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.articles import Article
from factcheck.corpus import extract_articles
from factcheck.discover import discover
from factcheck.engine.matching import date_index, reasons, strength, unanchored
from factcheck.extract import extract_article
from factcheck.rules.loader import load_rules

RULES = """\
rules:
  - id: visit-day
    title: Day of the visit
    match: {kind: date, words: [visit]}
    expect: 2024-05-16
"""


@pytest.fixture(scope="module")
def rule(tmp_path_factory: pytest.TempPathFactory) -> object:
    folder: Path = tmp_path_factory.mktemp("rules")
    (folder / "r.yaml").write_text(RULES, encoding="utf-8")
    return load_rules(folder).rules[0]


@pytest.mark.parametrize(("text", "surface", "published", "taken"), [
    ("Putin began his state visit on Thursday.", "Thursday", None, False),
    ("Putin began his state visit on Thursday.", "Thursday", dt.date(2024, 5, 17), True),
    ("Putin began his state visit on May 16, 2024.", "May 16, 2024", None, True),
    ("Putin began his state visit in May.", "May", None, False),
])
def test_a_date_read_against_today_is_taken_by_no_rule(rule: object, text: str, surface: str, published: dt.date | None,
                                                        taken: bool) -> None:
    facts = extract_article(Article(source="p", path="p", text=text, published=published))
    (date,) = [f for f in facts if f.surface == surface]
    assert unanchored(date) is not taken
    assert (strength(date, rule, date_index(facts)) is not None) is taken  # type: ignore[arg-type]
    assert any("no published date" in r for r in reasons(date, rule, date_index(facts))) is not taken  # type: ignore[arg-type]


def test_discovery_compares_no_date_of_an_article_of_no_known_day() -> None:
    dated = Article(source="a", path="a", text="The Russian leader arrived in China for a state visit on Thursday.",
                    published=dt.date(2024, 5, 17))
    undated = Article(source="b", path="b", published=None,
                      text="Russian President Vladimir Putin is in Beijing during his state visit to China on Thursday.")
    facts = extract_articles([dated, undated])
    assert [c.status for c in discover(facts)] == []
