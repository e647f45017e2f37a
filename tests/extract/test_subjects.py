"""Whom a sentence's opening "He" or "She" stands for: the subject of the nearest sentence before it that opens with a
person's name."""

from __future__ import annotations

import pytest

from factcheck.extract.subjects import clause_person, pronoun_clause, pronoun_subjects
from factcheck.text import split_sentences


@pytest.mark.parametrize(("text", "expected"), [
    ("HOST: So Putin's in China. Walk us through it.\nGUEST: Sure. He flew in on Thursday.", {3: "Putin"}),
    ("Xi welcomed Putin in Beijing. He said ties were strong.", {1: "Xi"}),          # the subject, not the object
    ("Russian President Vladimir Putin landed on Thursday. It was his first trip. He is 71.",
     {2: "Russian President Vladimir Putin"}),
    ("Donald Trump won the vote. He is 78. He will serve until 2029.", {1: "Donald Trump", 2: "Donald Trump"}),
    ("Putin and Xi met on Thursday. He said so.", {}),            # two people: whom "He" means is not told
    ("China said it would buy more gas. He left.", {}),           # a place is no person
    ("Walk us through it. He flew in.", {}),                      # a capitalised first word is no name
    ("He is 71.", {}),                                            # nothing before it
    ("Putin spoke first. They agreed. He left.", {}),             # people in between: whom is not told
    ("Putin arrived. A band played. The crowd cheered. Rain fell. He left.", {}),   # more than three sentences back
    # a sentence that opens with no person, whose later clause does: that clause's subject
    ("Taiwan's elections are over, and Lai Ching-te, the candidate of the ruling party, is the winner. He won 40%.",
     {1: "Lai Ching-te"}),
    ("The votes are counted, and China objected. He won 40%.", {}),   # a place is no person there either
])
def test_a_pronoun_that_opens_a_sentence_stands_for_the_last_subject_named(text: str, expected: dict[int, str]) -> None:
    assert pronoun_subjects(split_sentences(text)) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    ("and he began his third term in March 2023", True), ("but she said so", True), ("he left", True),
    ("and the heat rose", False), ("Hermes said so", False)])
def test_a_clause_of_he_or_she_is_about_a_person(clause: str, expected: bool) -> None:
    assert pronoun_clause(clause) is expected


def test_a_later_clause_of_he_is_about_the_person_the_sentence_is_about() -> None:
    import datetime as dt

    from factcheck.articles import Article
    from factcheck.extract import extract_article

    text = "Xi Jinping greeted his guest on Thursday. He is 70, a year younger than Putin, and he began his third term in 2023."
    facts = {f.surface: f for f in extract_article(Article("s", "s", text, dt.date(2024, 5, 17)))}
    assert facts["third"].clause.startswith("Xi Jinping ")
    assert facts["70"].clause.startswith("Xi Jinping He is 70")


@pytest.mark.parametrize(("clause", "expected"), [
    ("Xi, who took office in 2012, is serving a third five-year term", "Xi"),
    ("Putin, 71, has been in power for nearly a quarter of a century", "Putin"),
    ("Putin's new six-year term runs until 2030", "Putin"),
    ("Vladimir Putin landed in Beijing", "Vladimir Putin"),
    ("The term runs until 2030", ""),  # no person
    ("Russia's exports rose 24%", ""),  # a place
    ("Chinese President Xi Jinping, 70, said", ""),  # (a place's adjective first: not told)
    ("Putin and Xi met on Thursday", ""),  # two people
    ("In 2024, Putin won a new term", ""),  # opens with no name
    ("Sure, the visit lasted two days", ""),  # a word of the dictionary
])
def test_the_person_a_clause_opens_with_is_its_subject(clause: str, expected: str) -> None:
    assert clause_person(clause) == expected
