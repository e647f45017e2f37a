"""Pronoun subjects: whom a sentence's opening "He" or "She" stands for.

"So Putin's in China. ... He flew in on Thursday": the person a sentence that opens with a personal pronoun is about is
the subject of the nearest sentence before it (up to three back) that opens with a person's name, the subject being
whom a pronoun most often stands for. A name is a run of capitalised words before a lower-case word: two words or
more ("President Donald Trump", "Vladimir Putin"), or one word no dictionary knows ("Putin", "Xi"); a run that ends
in a place ("Russia", "Beijing") or a day or month names no person, and a sentence that opens with a pronoun of
people ("They", "We") or names two people ("Putin and Xi") ends the search: whom "He" means is then not told. A
sentence that opens with no person but whose later clause does (", and Lai Ching-te, the candidate of the ruling
party, is the winner") gives that clause's person.
"""

from __future__ import annotations

import calendar
import re

from factcheck.extract.words import known_word
from factcheck.places import place_of
from factcheck.text import Sentence

LOOK_BACK = 3  # sentences

_PRONOUN_OPENING = re.compile(r"(?:[A-Z]{2,}:\s+)?(?:He|She)(?:['’]s)?\b")  # ("GUEST: He ...": a transcript's label first)
_OTHER_PRONOUN = re.compile(r"(?:[A-Z]{2,}:\s+)?(?:They|We)\b")  # (people: "It was his first trip" is no person)
# a name that opens a sentence, after a transcript's label and a discourse word ("HOST: So Putin's in China")
_NAME_OPENING = re.compile(r"(?:[A-Z]{2,}:\s+)?(?:(?:So|But|And|Then|Now|Meanwhile|Still|Yet),?\s+)?"
                           r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*?)(?:['’]s)?\s+(?=[a-z])")
_AND_NAME = re.compile(r"\s*and\s+[A-Z]")
_NOT_NAMES = frozenset(list(calendar.month_name[1:]) + list(calendar.day_name) + ["The", "A", "An", "This", "That", "These",
                                                                                  "Those", "His", "Her", "Its", "Their"])


def pronoun_subjects(sentences: list[Sentence]) -> dict[int, str]:
    """Sentence index -> the name its opening "He" or "She" stands for, for the sentences where that is told."""
    out: dict[int, str] = {}
    for k, sentence in enumerate(sentences):
        if not _PRONOUN_OPENING.match(sentence.text):
            continue
        for back in range(k - 1, max(-1, k - 1 - LOOK_BACK), -1):
            if back in out:
                out[k] = out[back]  # ("He landed ... He is 71": the same person)
                break
            text = sentences[back].text
            if _OTHER_PRONOUN.match(text):
                break
            name = _person_opening(text)
            if name is None:
                name = _person_opening_a_clause(text)
            if name is not None:
                if name:
                    out[k] = name
                break
    return out


_PRONOUN_CLAUSE = re.compile(r"(?:(?:and|but|while|as|so|yet|then)\s+)?(?:he|she)\b", re.I)


def sentence_person(sentences: list[Sentence], k: int, subjects: dict[int, str]) -> str:
    """The person sentence `k` is about: whom its opening pronoun stands for, or the person it opens with ('')."""
    return subjects.get(k) or _person_opening(sentences[k].text) or ""


def pronoun_clause(clause: str) -> bool:
    """Whether a clause opens with "he" or "she" as its subject ("and he began his third term")."""
    return _PRONOUN_CLAUSE.match(clause) is not None


# a later clause's opening: ", and Lai Ching-te, the candidate of the ruling party, is the winner"
_CLAUSE_OPENING = re.compile(r"(?:,\s+(?:and|but)|;)\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*?)(?:['’]s)?(?=,|\s+[a-z])")


def _person_opening_a_clause(text: str) -> str | None:
    """The person the last clause of a sentence that opens with no person opens with ("Taiwan's elections are over, and
    Lai Ching-te, the candidate of the ruling party, is the winner"); None when no clause opens with one."""
    found = None
    for m in _CLAUSE_OPENING.finditer(text):
        words = m.group("name").split()
        if (words[0] in _NOT_NAMES or place_of(words[-1]) is not None or words[-1] in _NOT_NAMES
                or _AND_NAME.match(text, m.end("name")) or (len(words) == 1 and known_word(words[0].lower()))):
            continue
        found = m.group("name")
    return found


# a name that opens a clause, before its verb or an apposition ("Xi, who took office in 2012, is serving ...", "Putin, 71,
# has been in power", "Putin's new six-year term")
_CLAUSE_NAME_OPENING = re.compile(r"(?:(?:and|but|while|as)\s+)?(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*?)(?:['’]s)?"
                                  r"(?:,\s+|\s+(?=[a-z]))")


def clause_person(clause: str) -> str:
    """The person a clause opens with as its subject ("Xi, who took office in 2012, is serving a third term": "Xi"); ''
    when it opens with none, with a place or a word of the dictionary ("Russia's", "The term"), or with two people."""
    m = _CLAUSE_NAME_OPENING.match(clause.lstrip())
    if m is None:
        return ""
    words = m.group("name").split()
    if (words[0] in _NOT_NAMES or any(place_of(w) is not None or w in _NOT_NAMES for w in words)
            or _AND_NAME.match(clause.lstrip(), m.end("name")) or (len(words) == 1 and known_word(words[0].lower()))):
        return ""
    return m.group("name")


def _person_opening(text: str) -> str | None:
    """The person a sentence opens with; '' when it opens with two people; None when it opens with no person."""
    m = _NAME_OPENING.match(text)
    if m is None:
        return None
    words = m.group("name").split()
    if words[0] in _NOT_NAMES or place_of(words[-1]) is not None or words[-1] in _NOT_NAMES:
        return None
    if _AND_NAME.match(text, m.end("name")):
        return ""  # ("Putin and Xi met": the run stops at the lower-case "and")
    if len(words) == 1 and known_word(words[0].lower()):
        return None  # "Walk us through it", "Sure": a capitalised first word
    return m.group("name")
