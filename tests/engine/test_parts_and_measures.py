"""Which figures of a sentence a rule takes when the sentence tells a whole and its parts, or measures several
things of what its clause names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.articles import Article
from factcheck.engine.matching import attribute, date_index, measures_own_noun
from factcheck.engine.pandas_engine import attribution
from factcheck.extract import extract_article
from factcheck.facts import to_frame
from factcheck.rules.loader import load_rules

RULES = """\
rules:
  - id: dead
    title: Dead
    severity: error
    match:
      kind: count
      words: ["dead | die | missing"]
  - id: length
    title: Length of the ship
    severity: error
    match:
      kind: quantity
      unit: foot
      words: ["ship | vessel"]
"""


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> list:
    folder = tmp_path_factory.mktemp("rules")
    (folder / "r.yaml").write_text(RULES, encoding="utf-8")
    return load_rules(Path(folder)).rules


def _taken(text: str, rules: list) -> dict[str, tuple[str, ...]]:
    facts = extract_article(Article(source="a", path="a", text=text, published=dt.date(2024, 3, 27)))
    by_records = dict(zip((f.surface for f in facts), attribute(facts, rules, date_index(facts)), strict=True))
    frame = to_frame(facts)
    by_frame = {frame["surface"].iloc[i]: ids for i, ids in attribution(frame, rules)}
    assert {s: ids for s, ids in by_records.items() if ids} == by_frame  # the two engines agree
    return by_records


@pytest.mark.parametrize(("text", "taken", "left"), [
    ("Six members of a construction crew were reported missing; two bodies were recovered, and the other four are "
     "presumed dead.", ["Six members"], ["four"]),
    ("Nine people are dead or missing after the blast, five bodies were found and four people are still missing.",
     ["Nine people"], ["four people"]),
    # (no whole: each count is its own figure)
    ("Three people died on Monday and four more are missing.", ["Three people", "four"], []),
    # (later counts that add up to no earlier one part nothing)
    ("Six workers are missing; two bodies were recovered and three others are presumed dead.", ["Six workers", "three"], []),
])
def test_counts_a_sentence_adds_up_to_one_before_them_are_its_parts(rules: list, text: str, taken: list[str], left: list[str]) -> None:
    found = _taken(text, rules)
    assert all(found[s] == ("dead",) for s in taken), found
    assert all(found[s] == () for s in left), found


def test_a_hyphened_measure_of_its_own_noun_is_not_what_its_clause_names(rules: list) -> None:
    text = "The vessel has a length of 980 feet (300 m), a 157-foot (48 m) beam and a 40-foot draft. The 985-foot ship sank."
    found = _taken(text, rules)
    assert found["980 feet"] == ("length",)
    assert found["157-foot"] == ()
    assert found["985-foot"] == ("length",)  # ("ship" is the noun it measures)


@pytest.mark.parametrize(("text", "surface", "noun"), [
    ("It has a 157-foot (48 m) beam.", "157-foot", "beam"),
    ("The 948-foot (289 m) Singapore-flagged vessel struck it.", "948-foot", "vessel"),
    ("It has a length of 980 feet.", "980 feet", ""),
    ("The phone has a 6.7-inch screen.", "6.7-inch", "screen"),
])
def test_the_noun_a_hyphened_measure_names(text: str, surface: str, noun: str) -> None:
    facts = extract_article(Article(source="a", path="a", text=text, published=dt.date(2024, 3, 27)))
    (fact,) = [f for f in facts if f.surface == surface]
    assert measures_own_noun(fact) == noun
