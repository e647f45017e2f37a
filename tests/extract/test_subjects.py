"""Whom a sentence's opening "He" or "She" stands for: the subject of the nearest sentence before it that opens with a
person's name."""

from __future__ import annotations

import pytest

from factcheck.extract.subjects import pronoun_subjects
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
])
def test_a_pronoun_that_opens_a_sentence_stands_for_the_last_subject_named(text: str, expected: dict[int, str]) -> None:
    assert pronoun_subjects(split_sentences(text)) == expected
