"""An amount dated to a part of a rule's `about` period is that part's figure, no figure of the whole ("2.57 million
barrels per day in June 2023" for a rule about 2023); an age or a length dated in the period is still of it; an undated amount
published before the period ended is no figure of it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.articles import Article
from factcheck.engine.matching import date_index, reasons, strength
from factcheck.extract import extract_article
from factcheck.rules.loader import load_rules

RULES = """\
rules:
  - id: exports-2023
    title: Exports in 2023
    match: {kind: quantity, unit: barrels per day, words: [export], about: "2023"}
    expect: 2.14 million barrels per day
  - id: age-2024
    title: An age in 2024
    match: {kind: age, about: "2024"}
    expect: 71 years old
"""


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder: Path = tmp_path_factory.mktemp("rules")
    (folder / "r.yaml").write_text(RULES, encoding="utf-8")
    return {rule.id: rule for rule in load_rules(folder).rules}


@pytest.mark.parametrize(("text", "surface", "rule_id", "taken"), [
    ("Exports reached 2.14 million barrels per day in 2023.", "2.14 million barrels per day", "exports-2023", True),
    ("Exports hit 2.57 million barrels per day in June 2023.", "2.57 million barrels per day", "exports-2023", False),
    ("Exports were 2.3 million barrels per day in the fourth quarter of 2023.", "2.3 million barrels per day", "exports-2023",
     False),
    # the whole period beside a part of it: the figure is of the whole too
    ("Exports averaged 2.14 million barrels per day in 2023, and peaked in June 2023.", "2.14 million barrels per day",
     "exports-2023", True),
    ("Exports were 1.9 million barrels per day in 2022.", "1.9 million barrels per day", "exports-2023", False),
    ("Putin, 71, arrived in Beijing in May 2024.", "71", "age-2024", True),  # an age dated in the year is of the year
])
def test_a_part_of_the_period_is_no_figure_of_it(rules: dict[str, object], text: str, surface: str, rule_id: str,
                                                 taken: bool) -> None:
    facts = extract_article(Article(source="p", path="p", text=text, published=dt.date(2024, 5, 20)))
    (figure,) = [f for f in facts if f.surface == surface]
    rule = rules[rule_id]
    assert (strength(figure, rule, date_index(facts)) is not None) is taken  # type: ignore[arg-type]
    if not taken and "2023" in text and "2022" not in text:
        assert any("a part of 2023" in reason for reason in reasons(figure, rule, date_index(facts)))  # type: ignore[arg-type]


@pytest.mark.parametrize(("published", "taken"), [
    (dt.date(2023, 3, 20), False),  # written while 2023 ran: a part of the year at most
    (dt.date(2023, 12, 30), False),
    (dt.date(2024, 1, 20), True),  # written after it: may be the year's
    (None, True),  # the day is not known: nothing to tell
])
def test_an_undated_amount_written_before_the_period_ended_is_no_figure_of_it(
        rules: dict[str, object], published: dt.date | None, taken: bool) -> None:
    facts = extract_article(Article(source="p", path="p", text="Exports reached 2.14 million barrels per day.", published=published))
    (figure,) = [f for f in facts if f.kind == "quantity"]
    assert figure.published == published
    rule = rules["exports-2023"]
    assert (strength(figure, rule, date_index(facts)) is not None) is taken  # type: ignore[arg-type]
    if not taken:
        assert any("published before 2023 ended" in reason for reason in reasons(figure, rule, date_index(facts)))  # type: ignore[arg-type]
