"""Word keys: what a rule's word matches in an article."""

from __future__ import annotations

import pytest

from factcheck.text import word_keys


@pytest.mark.parametrize(("written", "rule_word"), [
    ("savings", "saving"), ("savings", "save"), ("earnings", "earn"), ("shipments", "ship"), ("shipped", "ship"),
    ("rose", "rise"), ("supplied", "supply"), ("sales", "sale"), ("Putin's", "putin"),
])
def test_a_rule_word_matches_the_forms_news_writes(written: str, rule_word: str) -> None:
    assert word_keys(rule_word) & word_keys(written)


@pytest.mark.parametrize(("written", "rule_word"), [("news", "new"), ("process", "proces"), ("gas", "ga")])
def test_a_word_is_no_plural_of_a_shorter_one_it_does_not_come_from(written: str, rule_word: str) -> None:
    assert not word_keys(rule_word) & word_keys(written)
