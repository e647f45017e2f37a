"""Word classes the figure and date grammars share (lemminflect's lexicon, loaded on first use)."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.memo import persistent

# the words that make what follows the base of a comparison ("rose 3.9% from a year earlier", "40% in 2023
# compared with 2022"): a date after them is no period of the figure before them
# the words that open a clause set against the one before ("Sales rose 5% whilst costs fell 2%")
CONTRAST = r"while|whilst|whereas"
COMPARED_WITH = r"(?:from|than|compared (?:with|to)|versus|vs\.?)"
BASE_BEFORE = re.compile(rf"\b{COMPARED_WITH}\s+(?:\S+\s+){{0,3}}$", re.I)  # ends where the base begins
# British print's base after "on": "up 8% on 2023", "an 8% increase on last year", "sales rose 5% on the previous
# quarter" (a year, quarter or month: "rose 8% on Monday" is when)
ON_BASE = re.compile(r"on\s+(?:the\s+)?(?:(?:19|20)\d\d\b|(?:last|previous|prior|preceding)\s+(?:year|quarter|month)\b"
                     r"|(?:a|the)\s+year\s+(?:earlier|ago|before)\b|(?:same\s+)?(?:quarter|month|period)\s+(?:a|last)\s+year\b"
                     r"|year\s+before\b)", re.I)
# a step back from a date told ("a year earlier", "two quarters ago", "the previous month")
STEP_BACK = re.compile(r"\b(?:(?:a|an|one|two|three|\d+)\s+(?:year|quarter|month|week)s?\s+(?:earlier|before|ago|previously)"
                       r"|the\s+(?:previous|prior|preceding)\s+(?:year|quarter|month|week))\b", re.I)
# A name that an item of a gapped list opens with ("Labour won 412 seats, the Conservatives 121", "China took 2.1 million
# bpd, India 1.8 million"), as a pattern: capitalised words, none a month or weekday ("on Sunday, Nov. 5") nor a word that
# designates by number ("Room 101", "Q3")
GAPPED_NAME = (r"(?:the\s+)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
               r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
               r"|(?:Q|H|FY|No|Nos|Number|Room|Route|Chapter|Model|Version|Article|Section|Page|Phase|Level|Stage|Week|Day|Game)\b)"
               r"[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3}")
IRREGULAR_PAST = frozenset(
    "said told met sat saw went came took made gave began held left led won lost rose fell grew bought sold sent spent "
    "paid struck fought flew drew threw wrote spoke broke chose knew became brought thought found stood swore "
    # (not those written as their present too, "hit", "cut", "set", "put", "cost", nor "fed": the Fed)
    "ran drove ate froze kept slept sank shook stole woke wore tore hid fled blew built caught dealt dug forgot forgave got "
    "hung heard meant overtook rang rode sang shone slid sought spun sprang stuck swam swept taught understood withdrew "
    "arose clung crept drank knelt leapt lent misled overcame oversaw rebuilt rewrote sped strove swung undertook underwent "
    "upheld wept withheld overran born".split()  # ("Born on the 31st, he ...": a birth is past)
)
# the participles of the same verbs that differ from their past: "prices have risen", "it has grown"
IRREGULAR_PARTICIPLES = frozenset(
    "seen gone come taken given begun risen fallen grown struck fought flown drawn thrown written spoken broken chosen known "
    "shown sworn done been driven eaten frozen sunk shaken stolen woken worn torn hidden blown forgotten forgiven gotten "
    "ridden sung sprung swum withdrawn arisen drunk overtaken overseen undertaken undergone".split()
)


@persistent
def can_be_noun(word: str) -> bool:
    """Whether a word can be what a number counts: lemminflect knows it as a noun, or does not know it
    ("240 taken hostage": 'taken' is only a verb)."""
    from lemminflect import getAllLemmas  # loads its lexicon once, on the first count

    lemmas = getAllLemmas(word)
    return not lemmas or "NOUN" in lemmas or "PROPN" in lemmas


@persistent
def can_be_verb(word: str) -> bool:
    """Whether lemminflect knows a (lower-case) word as a verb ("end", "keeps", "would")."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word)
    return "VERB" in lemmas or "AUX" in lemmas


@persistent
def is_base_verb(word: str) -> bool:
    """Whether a (lower-case) word is a verb's base form, as after an infinitive's "to" ("cut", "sell"; not "lows")."""
    from lemminflect import getAllLemmas

    return word in getAllLemmas(word).get("VERB", ())


@persistent
def known_word(word: str) -> bool:
    """Whether lemminflect's lexicon knows the (lower-case) word at all."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word))


@persistent
def can_describe(word: str) -> bool:
    """Whether lemminflect knows a (lower-case) word as an adjective or adverb ("clear", "short", "ahead"), or the
    word is a hyphenated compound it lacks that opens with one or ends in a participle ("full-time", "state-owned")."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word)
    if not lemmas and "-" in word.strip("-"):
        first, *_, last = word.split("-")
        return can_describe(first) or last.endswith(("ed", "ing"))
    return "ADJ" in lemmas or "ADV" in lemmas


_PARTICIPLE = re.compile(r"(?:ed|ing|en)$")


@persistent
def only_a_verb(word: str) -> bool:
    """Whether a word is only ever a verb, and no participle that may describe a noun ("expect", "see";
    not "displaced", "remaining", "say")."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word)
    return bool(lemmas) and set(lemmas) <= {"VERB", "AUX"} and not _PARTICIPLE.search(word)


@persistent
def is_gerund(word: str) -> bool:
    """Whether a lower-case word is the -ing form of a verb ("beginning", "taking"; not "morning", "spring")."""
    from lemminflect import getAllLemmas

    return word.endswith("ing") and any(lemma != word for lemma in getAllLemmas(word).get("VERB", ()))


_IRREGULAR = {"people": "person", "persons": "person", "lives": "person",  # ("claimed 121 lives": people)
              "individuals": "person", "individual": "person",  # ("Over 2,700 individuals received treatment": people)
              "pts": "point"}  # ("Sensex sheds 790 pts": points, as "500 points" are)


@persistent
def singular(noun: str) -> str:
    """'nations' -> 'nation', 'people' -> 'person', 'children' -> 'child' (lemminflect's first noun
    lemma), unchanged when already singular or unknown."""
    from lemminflect import getAllLemmas

    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun in _PLURALS_IT_LACKS:
        return _PLURALS_IT_LACKS[noun]
    known = getAllLemmas(noun)
    if lemmas := known.get("NOUN"):
        return lemmas[0]
    if not known and len(noun) > 4 and noun.endswith("ies"):
        return noun[:-3] + "y"  # "counties" -> "county" (the lexicon lacks it)
    if not known and _UNKNOWN_PLURAL.search(noun):
        return noun[:-1]  # a compound the lexicon lacks: "policymakers" -> "policymaker"
    return noun


_UNKNOWN_PLURAL = re.compile(r"[^su'’]s$")


_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_DETERMINER = re.compile(r"(?:\b(?:the|its|his|her|their|our|this|that|these|those|whose)|['’]s|s['’])\s+$", re.I)
# "from 1995 to 1997 prices", "In 2019 sales rose": the other end of a range of years, a
# sentence that opens with its time, or a span of time the year is of
_YEAR_CONTEXT = re.compile(r"(?:\b(?:1[89]|20)\d\d\s*(?:-|–|to|and|through|until)"
                           r"|(?:^|[.!?]\s+)(?:In|Since|During|By|Until)"
                           # "by the end of 2013 sales had doubled", "the class of 2019 graduates", "Weekend #40 of 2013",
                           # "Week 12 of 2019", "model year 2015 sedans"
                           r"|\b(?i:end|start|beginning|middle|close|half|quarter|summer|spring|autumn|fall|winter|class|week"
                           r"|weekend|month|months|year|season|rest|remainder|course)\s+of"
                           r"|(?:#|\b(?i:week|weekend|day|round|game|stage|issue|episode)\s+#?)\d+\s+of|\b(?i:year))\s+$")
_PLURAL_ONLY = frozenset(("people", "police", "personnel", "staff", "cattle", "livestock", "children", "men", "women"))
# plurals of nouns lemminflect's lexicon knows only as verbs ("nine assists", "12 likes") or spells wrong ("sixes")
_PLURALS_IT_LACKS = {"assists": "assist", "likes": "like", "installs": "install", "jabs": "jab", "aces": "ace", "sixes": "six",
                     "silvers": "silver", "aftershocks": "aftershock", "landslides": "landslide"}  # ("44 silvers": medals)


def year_counts_something(text: str, before: str, end: int) -> bool:
    """'some 2000 workers', 'sold 2012 shares': a year-like number followed by a plural noun is a
    count, unless a determiner makes the number a modifier ('the 2000 elections')."""
    word = _NEXT_WORD.match(text, end)
    if word is None or _DETERMINER.search(before) or _YEAR_CONTEXT.search(before) or word.group(1) in _OF_A_YEAR:
        return False
    if before.endswith(("in ", "In ")) and text[end - 4 : end - 2] in ("19", "20"):
        return False  # "was 2.8 percent in 2016 contracts": a year of this age after "in" (a count that large is written
        # "2,016"; "in 1500 people died" may count)
    return is_plural_noun(word.group(1))


# a law's section sign right before a number: "under § 1983", "18 U.S.C. §§ 3579-80" (no figure and no year)
SECTION_SIGN_BEFORE = r"§§?\s?$"
_SHARE_BRACKETED_AFTER = re.compile(r"\s?\(\s?\d{1,3}(?:[.,·]\d+)?\s?(?:%|per ?cent|percent)\s?\)")
_TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:in|since|by|from|until|till|to|of|during|through|before|after|for|between)\s+$", re.I)


def count_with_share(text: str, before: str, end: int) -> bool:
    """'and 2014 (49%) were vaccinated': a year-like number with its share in brackets after it is a count of which that
    share is told, unless a preposition of time makes it a year ("rose 5% in 2014 (49%)")."""
    return _SHARE_BRACKETED_AFTER.match(text, end) is not None and not _TIME_PREPOSITION_BEFORE.search(before)


# a move by a figure, then "to": what follows is the level reached, no year ("rose 14 to 1889", "fell 2.5 points to 1950")
LEVEL_AFTER_MOVE = re.compile(r"\b(?:rose|fell|climbed|gained|added|lost|dropped|jumped|slipped|declined|advanced|rallied|tumbled|sank"
                              r"|eased|slid|surged|soared|plunged|dipped|shed|up|down|higher|lower)\s+[\d.,]*\d(?:\s+points?)?\s+to\s+$",
                              re.I)
# what a year before a plural measures against: "cut by 40% from 1990 levels", "in 2015 dollars", "2021 highs"
_OF_A_YEAR = frozenset("levels prices dollars terms values highs lows peaks averages".split())


@lru_cache(maxsize=4096)
def is_plural_noun(word: str) -> bool:
    """'workers', 'people': lemminflect knows the word as the plural of a noun."""
    from lemminflect import getAllLemmas  # loads its lexicon once

    if word in _PLURAL_ONLY or word in _PLURALS_IT_LACKS:
        return True
    return any(lemma != word for lemma in getAllLemmas(word).get("NOUN", ()))


@lru_cache(maxsize=8192)
def is_verb_only(word: str) -> bool:
    """'destroyed', 'scorched', 'injured': lemminflect knows the word as a verb and never as a noun."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word)
    return "VERB" in lemmas and "NOUN" not in lemmas


# a stock index by its name (a level "to" or "at" a bare number in its sentence is in points; a level or move told after
# its move or level is its)
STOCK_INDEX = re.compile(
    r"\b(?:Dow(?: Jones)?(?: (?:Industrial Average|industrial average|industrials|Transportation Average))?|S&P(?: 500|/ASX 200|/TSX)?"
    r"|S&P/TSX composite|SandP 500|Standard & Poor['’]s (?:500|400|600)|Nasdaq(?: Composite| 100|-100)?|Russell [123],?000"
    r"|Wilshire 5,?000|S&P (?:400|600)|FTSE(?: 100| 250| MIB)?"
    r"|Nikkei(?: 225)?|Topix|Hang Seng|DAX|CAC 40|(?:Euro )?Stoxx(?: Europe)? (?:600|50)|Sensex|Nifty(?: 50)?|Kospi|ASX 200"
    r"|All Ordinaries|Shanghai Composite|Shenzhen Component|CSI 300|IBEX 35|Ibovespa|Bovespa|TSX|Straits Times Index|Taiex"
    r"|Jakarta Composite|KSE-100|JSE All Share|MOEX)(?![\w-])")


_INDEX_KEYS = {"dow": "dow", "s&p": "s&p", "sandp": "s&p", "standard": "s&p", "nasdaq": "nasdaq"}


def stock_indices(text: str) -> frozenset[str]:
    """The stock indices `text` names, one key each ("Dow Jones Industrial Average" and "the Dow": dow; "S&P 500",
    "SandP 500", "Standard & Poor's 500": s&p; "Nasdaq Composite": nasdaq; "FTSE 100": ftse)."""
    if not text:
        return frozenset()
    keys = set()
    for m in STOCK_INDEX.finditer(text):
        first = m.group().split()[0].split("/")[0].lower()
        keys.add(_INDEX_KEYS.get(first, first))
    return frozenset(keys)
