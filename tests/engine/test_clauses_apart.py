"""A rule's word found in a clause only inside a later figure's claim is that figure's word: "with the BJP securing 240
seats and the Congress garnering 99" gives the 240 no word "Congress" (matching.clauses_apart)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.corpus import fact_table
from factcheck.engine import evaluate
from factcheck.rules.loader import load_rules

RULES = """rules:
  - id: congress-seats
    title: Seats the Congress won
    severity: error
    match:
      kind: count
      unit: seat
      words: [Congress]
"""


@pytest.mark.parametrize(("crowded", "status"), [
    ("Results are in, with the BJP securing 240 seats and the Congress garnering 99.", "agree"),  # the 99's word
    ("Results are in, with the BJP securing 240 seats and the Congress garnering 99 seats.", "agree"),
    ("Results are in, with the Congress securing 240 seats and the BJP garnering 99.", "conflict"),  # the 240's own
])
def test_a_word_of_a_later_figures_claim_is_no_word_of_this_one(tmp_path: Path, crowded: str, status: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in (("a", crowded), ("b", "The Congress won 99 seats, up from 52."), ("c", "Congress took 99 seats.")):
        (corpus / f"{name}.txt").write_text(f"---\npublished: 2024-06-05\n---\n{text}\n", encoding="utf-8")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "seats.yaml").write_text(RULES, encoding="utf-8")
    findings = evaluate(fact_table([corpus], jobs=1), load_rules(tmp_path / "rules"))
    assert set(findings["rule_status"]) == {status}


@pytest.mark.parametrize(("not_words", "status"), [
    ('["2019 | previous"]', "agree"),  # "had won 303 seats in 2019" is left out: a year written in digits
    ('["previous"]', "conflict"),
])
def test_a_not_words_entry_in_digits_is_matched_as_written(tmp_path: Path, not_words: str, status: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in (("a", "The BJP won 240 seats on Tuesday. The BJP had won 303 seats in 2019."),
                       ("b", "The BJP won 240 seats, short of a majority.")):
        (corpus / f"{name}.txt").write_text(f"---\npublished: 2024-06-05\n---\n{text}\n", encoding="utf-8")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "seats.yaml").write_text(
        RULES.replace("congress-seats", "bjp-seats").replace("[Congress]", f"[BJP]\n      not_words: {not_words}"), encoding="utf-8")
    findings = evaluate(fact_table([corpus], jobs=1), load_rules(tmp_path / "rules"))
    assert set(findings["rule_status"]) == {status}
