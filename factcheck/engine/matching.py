"""Row-level rule logic shared by every engine and by `check`: which facts a rule is about, when
two facts agree, and what the sources' consensus is. Works on anything with the fact table's
attribute names (Fact records, pandas itertuples rows) and imports no pandas, so `check` starts fast.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from operator import attrgetter
from typing import Any

from factcheck.engine.tolerance import Figure, Span, figures_agree, interval, open_span, spans_agree
from factcheck.extract.words import COMPARED_WITH, ON_BASE, STEP_BACK
from factcheck.facts import Fact, is_missing
from factcheck.places import places_named
from factcheck.rules.model import Rule, Tolerance
from factcheck.text import ITEM_MARK, TOTAL_RE, is_box_label, word_keys, word_spans, words_of

# (source, sentence) -> its dates as (first day, last day, claim_start, clause_start, foreign, limit, offset, subject): foreign when in
# another figure's claim, a bound ("since 2009") or the day something was said ("the ministry said on Sunday"),
# so no period of the other figures of its clause; limit when a bound that dates no figure of its own claim either
# ("runs until at least 2030", "for the first time since 1987") or the day figures came out ("figures out this morning");
# then the date's offset in the article; last, subject: in another figure's claim before every figure there, no bound
# ("imports in January 2023 rose by 1%, up to 11.3 bcm"), which `figure_periods(subjects=True)` shares
DateIndex = dict[tuple[str, int], list[tuple[int, int, int, int, bool, bool, int, bool]]]


def nan_to_none(value: Any) -> Any:
    """None for the missing-value markers of floats and dates (NaN, NaT)."""
    return None if is_missing(value) else value


def day(value: Any) -> int:
    """A date or timestamp as a proleptic day ordinal."""
    return int(value.toordinal())


# ---- selection -------------------------------------------------------------------------------
#
# A rule's words are looked for in the figure's claim, then in its clause; words of other clauses
# describe those clauses' figures. `strength` adds these
# up; `attribute` then gives each rule, per sentence, the figures it fits best (one per claim) and
# each figure the one rule it fits best: two equally good rules make the figure ambiguous.

Keyed = tuple[tuple[frozenset[str], ...], frozenset[str]]  # each word's keys in order, and all keys
Phrase = tuple[frozenset[str], ...]
CLAIM, CLAUSE, SENTENCE = 2, 1, 0


@lru_cache(maxsize=4096)
def _phrases(entry: str) -> tuple[Phrase, ...]:
    """'export | shipment | no limits' -> the word keys of each alternative."""
    return tuple(tuple(word_keys(w) for w in words_of(alt)) for alt in entry.split("|") if words_of(alt))


@lru_cache(maxsize=65536)
def _keyed(text: str) -> Keyed:
    words = tuple(word_keys(w) for w in words_of(text))
    return words, frozenset().union(*words) if words else frozenset()


def _has(keyed: Keyed, phrase: Phrase) -> bool:
    words, all_keys = keyed
    if not phrase[0] & all_keys:
        return False
    n = len(phrase)
    if n == 1:
        return True
    return any(all(p & w for p, w in zip(phrase, words[i : i + n], strict=True)) for i in range(len(words) - n + 1))


@lru_cache(maxsize=4096)
def _numerals(entry: str) -> re.Pattern[str] | None:
    """The alternatives of a rule entry written in digits ("2019 | previous" -> 2019), as one pattern of whole tokens,
    or None: a year or a number is no word, but a rule may well name one ("not_words: [2019]")."""
    found = [alt.strip() for alt in entry.split("|") if not words_of(alt) and any(c.isdigit() for c in alt)]
    return re.compile(r"(?<![\w.,])(?:" + "|".join(map(re.escape, found)) + r")(?![\w]|[.,]\d)") if found else None


def _in_text(text: str, entry: str) -> bool:
    """Whether a rule entry ("a | b") is in `text`."""
    numerals = _numerals(entry)
    return any(_has(_keyed(text), p) for p in _phrases(entry)) or (numerals is not None and numerals.search(text) is not None)


def word_level(row: Any, entry: str) -> int | None:
    """Where a rule entry ("a | b") is found for this fact: CLAIM, CLAUSE, SENTENCE or None."""
    phrases = _phrases(entry)
    numerals = _numerals(entry)
    for text, level in ((row.claim, CLAIM), (row.clause, CLAUSE), (row.sentence, SENTENCE)):  # sentence: for `explain`
        if text:
            keyed = _keyed(text)
            if any(_has(keyed, p) for p in phrases) or (numerals is not None and numerals.search(str(text))):
                return level
    return None


_HARD_EDGE = re.compile(r";|:(?!\d)|\s[—–-]{1,2}\s|—|,?\s(?=(?:while|whereas|although|though)\s)", re.I)


_RELATIVE_OPENED = re.compile(r",\s*(?:who|whom|whose|which|where)\b", re.I)


def _words_around(row: Any) -> tuple[list[frozenset[str]], list[frozenset[str]], list[frozenset[str]]]:
    """The word keys before, inside and after the figure, within its stretch of the sentence: words past
    a semicolon, colon, dash or "while" / "whereas" / "(al)though" are another clause's ("his fifth, that runs
    through 2030; Xi has led", "his fifth term, while Xi has led China since 2012"), and so are those past the
    comma that closes a relative clause the figure is in."""
    sentence = str(row.sentence)
    spans = word_spans(sentence)
    start, end = row.start - row.sentence_start, row.end - row.sentence_start
    low, high = -1, len(sentence)
    if (";" in sentence or ":" in sentence or "—" in sentence or "–" in sentence or " - " in sentence
            or "hough " in sentence or "while " in sentence or "whereas " in sentence):
        edges = [m.start() for m in _HARD_EDGE.finditer(sentence)]
        if labelled_after(sentence, start, end):
            edges = [e for e in edges if e > end + 2]  # "Two days: the length of Putin's visit": the label says what it is
        elif (label := _LABEL_LINE.match(sentence)) is not None and label.end() <= start and is_box_label(label.group("label")):
            edges = [e for e in edges if e != label.end("label")]  # "Putin's term: fifth, six years": so does the label before
        low = max((e for e in edges if e < start), default=-1)
        high = min((e for e in edges if e >= end), default=len(sentence))
    opened = max(_RELATIVE_OPENED.finditer(sentence, 0, start), key=lambda m: m.start(), default=None) if ", wh" in sentence else None
    if opened is not None and "," not in sentence[opened.end() : start]:
        # "The leader, who has ruled for a quarter of a century, could stay": the relative clause ends at its comma
        closing = sentence.find(",", end)
        high = min(high, closing) if closing >= 0 else high
    before = [w for s, e, w in spans if e <= start and s > low]
    after = [w for s, e, w in spans if s >= end and e <= high]
    inside = [w for s, e, w in spans if s >= start and e <= end]
    return before, inside, after


# a fact box's line: a label of a few words, a colon, then what it labels ("Putin's term: fifth, six years, ending 2030")
_LABEL_LINE = re.compile(ITEM_MARK.pattern + r"(?P<label>[^:;\n]{1,60}):\s")


def labelled_after(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at `start`..`end` of `sentence` opens it (or its list item) and a colon follows it: the label
    after the colon says what it is ("1. Two days: the length of Putin's visit", "- $6.1 billion: annual savings")."""
    return sentence.startswith(":", end) and ITEM_MARK.match(sentence).end() == start


def _near_ok(row: Any, rule: Rule) -> bool:
    """`near` words within `window` words of the figure (anywhere in the label of a figure that opens a "figure: label"
    line), and no `not_near` word."""
    assert rule.match is not None
    all_before, inside, all_after = _words_around(row)
    labelled = labelled_after(str(row.sentence), int(row.start) - int(row.sentence_start), int(row.end) - int(row.sentence_start))

    def found(entries: tuple[str, ...], window: int) -> bool:
        before, after = all_before[max(0, len(all_before) - window) :], all_after if labelled else all_after[:window]
        keyed: Keyed = (tuple(before + inside + after), frozenset().union(*before, *inside, *after))
        return any(_has(keyed, p) for e in entries for p in _phrases(e))

    match = rule.match
    return (not match.near or found(match.near, match.near_window)) and not (
        match.not_near and found(match.not_near, match.not_near_window))


def word_distance(row: Any, entry: str) -> int | None:
    """How many words lie between the figure and the nearest place an entry is found in its stretch
    of the sentence (0: next to it or inside it; `_words_around`), None when it has none."""
    before, _, after = _words_around(row)
    best: int | None = None
    for phrase in _phrases(entry):
        n = len(phrase)
        for i in range(len(before) - n + 1):
            if all(p & w for p, w in zip(phrase, before[i : i + n], strict=True)):
                gap = len(before) - (i + n)
                best = gap if best is None else min(best, gap)
        for i in range(len(after) - n + 1):
            if all(p & w for p, w in zip(phrase, after[i : i + n], strict=True)):
                best = i if best is None else min(best, i)
    return best


# "a 157-foot (48 m) beam": a measure written before its noun as a hyphened adjective measures that noun
_OWN_NOUN_AFTER = re.compile(r"(?:\s*\([^()]*\))?\s+(?:[A-Za-z]+-[a-z]+\s+)?(?P<noun>[a-z]{3,})\b")


def measures_own_noun(row: Any) -> str:
    """The noun a quantity written as a hyphened adjective measures ("a 157-foot beam": "beam"), '' for any other
    figure: such a figure is of its noun, not of what its clause names ("Dali has a length of 980 feet, a 157-foot
    beam")."""
    surface = str(row.surface or "")
    if row.kind != "quantity" or not re.search(r"\d-[a-z]+$", surface):
        return ""
    claim = str(row.claim or "")
    found = _OWN_NOUN_AFTER.match(claim, int(row.end) - int(row.claim_start))
    return found.group("noun") if found else ""


def reasons(row: Any, rule: Rule, dates: DateIndex) -> list[str]:
    """Why a rule cannot take a fact of its kind, one reason per failed condition ([] when it can;
    attribution may still give the fact to a rule that fits it better)."""
    match = rule.match
    assert match is not None
    out: list[str] = []
    if not kind_ok(row, rule):
        return [f"is a {row.kind} in {row.canonical_unit or row.unit or 'no unit'}, the rule wants {match.kind}"
                + (f" in {match.unit}" if match.unit else "")]
    denial = denied(row)
    if denial:
        out.append(f"its claim denies, only supposes or forecast it ({denial!r}): a figure an article says is wrong, imagines"
                   " or guessed beforehand is no claim of it")
    if match.words and in_respectively_list(row):
        out.append("words: its clause pairs names and figures 'respectively', by order: which figure a word is about "
                   "is not read")
    if said_on(row, rule):
        out.append("it is the day something was said ('said on May 14 that ...'), and the rule asks for no word of saying")
    if rank_in_span(row):
        out.append("it is the span in which a first, a rank or a record fell ('his second visit in six months', 'the first "
                   "cut in four years'), no length of what it names")
    if unanchored(row):
        out.append("its year is not written and its article gives no published date: the day it names was read against "
                   "today, not the article's day")
    where = {CLAIM: "in its claim", CLAUSE: "in its clause", SENTENCE: "only in another clause of the sentence"}
    for entry in match.words:
        level = word_level(row, entry)
        if level is None:
            out.append(f"words: {entry!r} is not in the sentence")
        elif level == SENTENCE:
            out.append(f"words: {entry!r} is {where[level]}")
    for entry in match.not_words:
        level = word_level(row, entry)
        if level is not None and level >= CLAUSE:
            out.append(f"not_words: {entry!r} is {where[level]}")
    levels = [word_level(row, entry) for entry in match.words]
    if CLAUSE in levels and CLAIM not in levels and (noun := measures_own_noun(row)):
        out.append(f"words: it measures the {noun!r} its claim names ('a 157-foot beam'), and the rule's words are only in its clause")
    other = other_place(row, match.places)
    if other is not None:
        out.append(f"places: its {other[1]} names {other[0]}, none of {list(match.places)}")
    window = match.near_window
    if match.near:
        distances = [d for e in match.near if (d := word_distance(row, e)) is not None]
        if not distances or min(distances) >= window:
            nearest = f"the nearest is {min(distances)} words away" if distances else "none is in the sentence"
            out.append(f"near: none of {list(match.near)} within {window} words ({nearest})")
    for entry in match.not_near:
        distance = word_distance(row, entry)
        if distance is not None and distance < match.not_near_window:
            out.append(f"not_near: {entry!r} is {distance} words away (window {match.not_near_window})")
    if match.change is not None and (row.change or "") != ("" if match.change == "none" else match.change):
        out.append(f"change: the figure is {'a rise' if row.change == 'up' else 'a fall' if row.change == 'down' else 'no change'}, "
                   f"the rule wants {match.change}")
    if about_parts(row, rule, dates):
        out.append(f"about: the dates of its claim or clause are a part of {match.about} (a month's figure is no year's)")
    elif (rule.about is not None and row.kind != "date" and not figure_periods(row, dates, subjects=True)
          and written_before_end(row, day(rule.about[1]))):
        out.append(f"about: undated, and published before {match.about} ended: no figure of the whole period")
    elif not _about_ok(row, rule, dates):
        out.append(f"about: the dates of its claim or clause do not overlap {match.about}")
    return out


def figure_places(row: Any) -> tuple[tuple[str, ...], str]:
    """The countries and regions a figure's claim names, else those its clause names, and which of the
    two ("claim", "clause"); ((), "") when neither names one."""
    for where, text in (("claim", row.claim), ("clause", row.clause)):
        named = places_named(str(text or ""))
        if named:
            return named, where
    return (), ""


def other_place(row: Any, places: tuple[str, ...]) -> tuple[str, str] | None:
    """(a territory, "claim" or "clause") when the figure's claim names a country or region that is none of
    `places` ("exports to India" for a rule about China), or, when its claim names none, its clause does."""
    if not places:
        return None
    named, where = figure_places(row)
    other = next((p for p in named if p not in places), None)
    if other is not None and where == "clause" and _places_before_are(row, places):
        return None  # "Russia shipped 2.14 million bpd to China, overtaking Saudi Arabia": the figure's own places come first
    if other is None and where == "claim" and (subject := _before_claim(row)):
        # "India, now Russia's second-biggest buyer, saved about $2.7 billion": the clause's subject, cut off from
        # the claim by an apposition, is whose the figure is
        other = next((p for p in places_named(subject) if p not in places), None)
    return None if other is None else (other, where)


# the day something was said: "The Kremlin said on May 14 that the visit would last two days"
_SAYING_VERBS = "said|says|told|announced|reported|stated|added|confirmed"
_SAID_ON = re.compile(rf"\b(?:{_SAYING_VERBS}|disclosed)\s+(?:\w+\s+){{0,2}}?(?:on\s+)?$", re.I)
_SAYING = frozenset("say said says tell told announce announced report reported state stated add added confirm confirmed "
                    "disclose disclosed".split())


def said_on(row: Any, rule: Rule) -> bool:
    """Whether a date is the day something was said (written right after a verb of saying in its claim), for a rule
    whose words ask for no verb of saying: that day dates the saying, not the event the rule is about."""
    if row.kind != "date" or rule.match is None:
        return False
    claim, at = str(row.claim or ""), int(row.start) - int(row.claim_start)
    if not 0 < at <= len(claim) or not _SAID_ON.search(claim[:at]):
        return False
    return not any(word.strip().lower() in _SAYING for entry in rule.match.words for word in entry.split("|"))


# "his second visit in just over six months", "the first rate cut in four years", "the biggest protest in a decade":
# the span in which a first, a rank or a record fell, no length of the thing
_RANK_IN_SPAN = re.compile(
    r"\b(?:first|second|third|fourth|fifth|only|latest|best|worst|most|least|[a-z]{2,}est)\b(?:[\s-]+[\w’'-]+){0,4}?\s+"
    r"(?:in|within)\s+(?:(?:just|only|a little|slightly|well)\s+)?(?:(?:over|under|more than|less than|nearly|almost|about"
    r"|around|roughly|some|barely)\s+)?(?:the\s+(?:past|last|previous)\s+)?$", re.I)


def rank_in_span(row: Any) -> bool:
    """Whether a duration is the span in which a first, a rank or a record fell ("Putin's second visit in six months",
    "the first cut in four years"), which no duration rule takes as the length of what it names."""
    if row.kind != "duration":
        return False
    sentence, at = str(row.sentence or ""), int(row.start) - int(row.sentence_start)
    return 0 < at <= len(sentence) and bool(_RANK_IN_SPAN.search(sentence, max(0, at - 80), at))


def _before_claim(row: Any) -> str:
    """The subject the figure's clause opens with, set off from its claim by commas ("India, now Russia's
    second-biggest buyer, "); empty when there is none."""
    sentence_start, clause_start, claim_start = int(row.sentence_start), int(row.clause_start), int(row.claim_start)
    if not sentence_start <= clause_start < claim_start:
        return ""
    before = str(row.sentence)[clause_start - sentence_start : claim_start - sentence_start]
    # (only a subject set off by commas: "India imported 1.66 million bpd, second only to China's 2.14 million bpd"
    # is another figure's clause)
    return before if before.rstrip().endswith(",") and not any(c.isdigit() for c in before) else ""


def _places_before_are(row: Any, places: tuple[str, ...]) -> bool:
    """Whether the clause up to the end of the figure names every one of `places`, and no other."""
    clause, start = str(row.clause or ""), int(row.clause_start)
    length = int(row.end) - start
    if start < 0 or not 0 < length <= len(clause):
        return False
    named = places_named(clause[:length])
    return set(named) == set(places)


# A figure its own claim denies or retracts: "incorrectly said China saved $3.4 billion" (anywhere before it
# in the claim), "not 2.41 million", "did not arrive on Wednesday", "rather than 14%" (a negation at most three
# words before it: "may not be the focus of Putin's two-day mission" negates the focus). "not more than",
# "not before", "not only" are no denial.
_RETRACTION = re.compile(r"\b(?:incorrectly|wrongly|erroneously|falsely|mistakenly|denied|denies)\b", re.I)
_NEGATION = re.compile(
    r"(?:\b(?:rather than|instead of|contrary to|not(?! (?:more|less|fewer|later|earlier|before|after|only|least|until|yet)\b)"
    r"|never)|n[’']t)\b(?P<gap>(?:\W+\w+){0,3}?)\W*$",
    re.I,
)


# A guess made before the fact and since overtaken: "Analysts had forecast shipments of 2.3 million bpd", "the visit was
# initially expected to last three days", "Before the year began, traders expected imports to reach 35 bcm" (not "inflation
# was expected to rise to 2.75% later this year": what is expected of what is still to come is a claim of it)
_FORECAST_BEFORE = re.compile(
    r"\b(?:(?:had)\s+(?:been\s+)?|(?:was|were)\s+(?:initially|originally)\s+)"
    r"(?P<word>forecast|expected|projected|predicted|anticipated)\b[^;:]*$"
    r"|\b(?:before|ahead of|at the (?:start|beginning) of)\b[^;:]*\b(?P<word2>forecast|expected|projected|predicted|anticipated)"
    r"\s+(?:[\w’'-]+\s+){1,8}?to\s+(?:reach|hit|total|top|be|rise|fall|grow|climb|exceed|last)\b[^;:]*$", re.I)
# ... and so is an expectation the results are set against: "Wall Street was looking for adjusted EPS of $2.09",
# "analysts' consensus estimates called for revenue of $11.22 billion", "Management was calling for revenue of $11 billion";
# "smashed its $11 billion revenue projection", "far exceeded the $11 billion management had forecast", "beat estimates
# of $2.09" (not "a $16 billion revenue forecast for the third quarter": a forecast still to be met is a claim of it)
_LOOKED_FOR_BEFORE = re.compile(r"\b(?P<word>(?:was|were|had\s+been)\s+(?:looking|calling|hoping)\s+for"
                                r"|(?:estimates?|consensus|forecasts?|analysts|projections?|guidance)\s+(?:had\s+)?called\s+for)"
                                r"\b[^;:]*$", re.I)
_BEATEN_BEFORE = re.compile(r"\b(?P<word>beat|beating|beats|smashed|smashing|topped|topping|exceeded|exceeding|surpassed|surpassing"
                            r"|missed|missing|cleared)\s+(?:(?:far|well|easily)\s+)?(?:the\s+|its\s+|their\s+|analysts['’]\s+"
                            r"|Wall\s+Street['’]s\s+)?(?P<noun>(?:consensus\s+)?(?:estimates?|expectations?|forecasts?|projections?)"
                            r"\s+(?:of|for)\s+(?:about\s+|around\s+)?)?$", re.I)
_FORECAST_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:projections?|forecasts?|estimates?|expectations?|guidance|consensus"
                                  r"|targets?)\b|\s+(?:[A-Za-z’']+\s+){1,2}had\s+(?:forecast|expected|projected|predicted"
                                  r"|estimated|guided)\b")
# A reading since overtaken, told as such: "Emergency services initially confirmed a death toll of 51", "Officials
# earlier put the toll at 40" (not across a comma: "initially put the toll at 51, later raising it to 95")
_EARLIER_READING_BEFORE = re.compile(r"\b(?P<word>initially|originally|previously|earlier)\s+(?:had\s+)?"
                                     r"(?:said|reported|confirmed|put|gave|estimated|counted|stated|listed)\b[^;:,]{0,50}$", re.I)
# A clause that only supposes: "If Beijing pushed harder, that could rise to 2.5 million barrels a day",
# "Imagine a three-day visit next time, or a sixth term" ("Even if", "As if" are no suppositions of the figure)
_SUPPOSED = re.compile(r"[\W_]*(?P<word>if|imagine|suppose|supposing|assuming"
                       # (an inverted condition: "Had the prices applied in 2023, Medicare would have spent $6 billion less")
                       r"|had(?=\s+(?:the|its|their|his|her|this|these|those|they|we|he|she|it)\s+(?:[\w'’-]+\s+){0,4}?[a-z]+(?:ed|en)\b))\b",
                       re.I)
# ... but a condition on the reader states a rule that applies, and the main clause after it its figure: "If you start
# university next September, you will pay up to £9,535 a year" (not "If you think prices will fall 20%, ...": in the condition)
_IF_READER = r"[\W_]*if\s+you(?:r)?\b"
_READER_CONDITION = re.compile(_IF_READER + r"(?:[^,;:]|,(?=\d)){1,80},\s", re.I)
# (and a figure the condition tells the reader as a fact of which they may be one: "If your flight was among the 1,430
# cancelled", "If you are one of the 2 million customers affected")
_READER_AMONG = re.compile(_IF_READER + r"[^,;:]{0,60}?\b(?:among|one\s+of)\s+(?:the\s+)?"
                           r"(?:(?:estimated|roughly|some|about|nearly|almost|more\s+than)\s+)?", re.I)


# A figure its sentence calls false, up to the next ";" or ":": "It is not true that Putin began a sixth term",
# "Claims that China saved $10 billion are false", "put exports at 3 million barrels a day, which is wrong"
_FALSE_BEFORE = re.compile(r"\b(?:(?:it is|it's|it was)\s+(?:not true|untrue|false|wrong)\s+that|there is no truth (?:in|to))\b"
                           r"[^;:]*$", re.I)
_FALSE_AFTER = re.compile(
    r"(?:(?!,\s*(?:and|but)\b|\b(?:while|whereas|though|although)\b)[^;:])*?"  # (within the figure's own clause)
    r"(?:,\s*which\s+(?:is|was)|\b(?:are|is|were|was|proved|proved to be)(?:\s+(?:simply|clearly|completely|entirely|also))?)"
    r"\s+(?P<word>wrong|false|untrue|incorrect|inaccurate|baseless|unfounded|mistaken)\b",
    re.I,
)


_FALSE_WORD = re.compile(r"false|wrong|true|truth|accurate|correct|baseless|founded|mistaken", re.I)


def denied(row: Any) -> str | None:
    """The word by which a figure's claim denies it (before the figure), by which its sentence calls it
    false, or by which its clause only supposes it (the clause's first word), or None."""
    claim_start = int(row.claim_start)
    if claim_start < 0:
        return None
    supposed = _SUPPOSED.match(str(row.clause or ""))
    if supposed and int(row.clause_start) <= int(row.start) and not (  # (a clause is its fragments joined: the sentence's commas)
            (reader := _READER_CONDITION.match(str(row.sentence), max(0, int(row.clause_start) - int(row.sentence_start))))
            is not None and int(row.start) - int(row.sentence_start) >= reader.end()) and not (
            _READER_AMONG.fullmatch(str(row.sentence), max(0, int(row.clause_start) - int(row.sentence_start)),
                                    max(0, int(row.start) - int(row.sentence_start)))):
        return supposed.group("word")
    clause = str(row.clause or "")
    # (the clause's words before the figure, at most LEAD_REACH of them: a sentence of thousands of figures stays linear)
    before = clause[max(0, int(row.start) - int(row.clause_start) - LEAD_REACH) : max(0, int(row.start) - int(row.clause_start))]
    if "ecast" in before or "xpect" in before or "roject" in before or "redict" in before or "nticipat" in before:
        if (forecast := _FORECAST_BEFORE.search(before)) is not None:
            return forecast.group("word") or forecast.group("word2")  # a guess overtaken ("Analysts had forecast ...")
    if "ooking for" in before or "alling for" in before or "alled for" in before or "oping for" in before:
        if (looked := _LOOKED_FOR_BEFORE.search(before)) is not None:
            return looked.group("word").split()[-2]
    if (row.kind == "money" or row.kind == "percent" or row.kind == "count" or row.kind == "quantity") and (
            beaten := _BEATEN_BEFORE.search(str(row.sentence), max(0, int(row.start) - int(row.sentence_start) - 60),
                                            max(0, int(row.start) - int(row.sentence_start)))) is not None and (
            beaten.group("noun") or _FORECAST_NOUN_AFTER.match(str(row.sentence), int(row.end) - int(row.sentence_start))):
        return beaten.group("word")
    if "nitially" in before or "riginally" in before or "reviously" in before or "arlier" in before:
        sentence_start = int(row.sentence_start)  # (the sentence's words: a clause is its fragments joined, commas left out)
        lead = str(row.sentence)[max(0, int(row.clause_start) - sentence_start, int(row.start) - sentence_start - LEAD_REACH) :
                                 max(0, int(row.start) - sentence_start)]
        if (earlier := _EARLIER_READING_BEFORE.search(lead)) is not None:
            return earlier.group("word")
    sentence_start = int(row.sentence_start)
    return _denial_in(str(row.claim)[: max(0, int(row.start) - claim_start)]) or _called_false(
        str(row.sentence), int(row.start) - sentence_start, int(row.end) - sentence_start)


LEAD_REACH = 400  # characters of a clause before its figure that tell whether it is denied, guessed or overtaken


@lru_cache(maxsize=65536)
def _called_false(sentence: str, start: int, end: int) -> str | None:
    if not _FALSE_WORD.search(sentence):
        return None  # (most sentences call nothing false)
    before = _FALSE_BEFORE.search(sentence, 0, max(0, start))
    if before:
        return before.group().split()[0]
    after = _FALSE_AFTER.match(sentence, end)
    return after.group("word") if after else None


@lru_cache(maxsize=65536)  # asked once per rule of the figure's kind
def _denial_in(before: str) -> str | None:
    found = _RETRACTION.search(before)
    if found:
        return found.group()
    found = _NEGATION.search(before[-60:])
    return found.group().split()[0] if found else None


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def in_respectively_list(row: Any) -> bool:
    """'China and India took 5% and 3% more, respectively': a word's figure is given by list order, which
    the claims (cut by position) do not read, so words there say nothing about which figure is which."""
    return "espectively" in str(row.clause or row.sentence or "") and _RESPECTIVELY.search(str(row.clause or row.sentence)) is not None


_COMPARED_WITH = re.compile(COMPARED_WITH + r"\s", re.I)
# (and the day figures came out: "Official figures out this morning show ...", "data released on Friday showed")
_FIGURES_OUT = r"(?:figures|data|statistics|results)\s+(?:were\s+)?(?:out|released|published|issued)"
_REPORTING = re.compile(rf"\b(?:{_SAYING_VERBS}|according to|showed|{_FIGURES_OUT})\b", re.I)
_RELEASED_ON = re.compile(rf"\b(?:{_FIGURES_OUT}|(?:released|published|issued)(?:\s+(?:on|late|early))?)\s+$", re.I)
# "reported total revenue of $12.4 billion for its second fiscal quarter on Aug. 27": a day after a period a figure
# was reported for is when it was told
_REPORTED_FOR_PERIOD = re.compile(r"\b(?:reported|announced|posted|disclosed|said)\b[^;:]*\bfor\s+(?:the|its|their)\s+[^;:]*"
                                  r"\b(?:quarter|year|half|months|period)\b[^;:]{0,20}\bon\s+$", re.I)
_BACK_TO = re.compile(r"(?:going|goes|go|dating|dates|date|stretching|reaching)\s+back\s+to\b", re.I)  # a "since" in other words


_YEAR_EDGE = re.compile(r"(?i:the\s+)?(?:(?P<end>end)|start|beginning)\s+of\s+(?:the\s+year|\d{4})$")


def date_index(rows: Iterable[Any]) -> DateIndex:
    """The dates of each sentence as (first day, last day, claim_start, clause_start, in another figure's claim or
    bounding or reporting, a bound: "since 1987"), from the facts of a table (other kinds are skipped)."""
    found: dict[tuple[str, int], list[tuple[int, int, int, int, bool, bool, int]]] = {}
    figure_claims: dict[tuple[str, int, int], int] = {}  # each figure's claim: where its first figure starts
    for row in rows:
        if row.kind == "date" and nan_to_none(row.date_start) is not None:
            # "since 2009", "going back to 1949": where a comparison starts; "from a year earlier": what a change is
            # measured from; "the ministry said on Sunday": when it was said
            claim = str(row.claim or "")
            # (a bound dates no figure beside it, "runs until at least 2030", "for the first time since 1987", "the highest
            # since 2009"; but "have risen 120% since 2021" is of the years since)
            bounds = row.qualifier in ("lower_bound", "upper_bound")
            limit = bounds and (RECORD_SINCE.search(claim) is not None or "since" not in claim.lower())
            at = int(getattr(row, "start", -1)) - int(row.claim_start)  # (-1: a row read without its offsets)
            # ("Official figures out this morning show it grew by 0.5% in the first quarter": the day the figures came
            # out dates no figure of its claim)
            limit = limit or (0 < at <= len(claim) and _RELEASED_ON.search(claim, max(0, at - 40), at) is not None) \
                or _step_back_from(row) or (row.date_start == row.date_end and 0 < at <= len(claim)
                                            and _REPORTED_FOR_PERIOD.search(claim, 0, at) is not None)
            bound = (bounds or _REPORTING.search(claim) is not None or _set_off_participle(row, claim) or agreed_date(row)
                     or _COMPARED_WITH.match(claim) is not None or _BACK_TO.match(claim) is not None or ON_BASE.match(claim) is not None
                     or _base_step_back(row))
            first, last = day(row.date_start), day(row.date_end)
            if last - first >= 364 and (edge := _YEAR_EDGE.match(str(getattr(row, "surface", "")))) is not None:
                # "by the end of the year" is its December, as "by December" is; "at the start of 2024" its January
                first, last = ((day(row.date_end.replace(day=1)), last) if edge.group("end")
                               else (first, day(row.date_start.replace(day=31))))
            found.setdefault((row.source, int(row.sentence_index)), []).append(
                (first, last, int(row.claim_start), int(row.clause_start), bound, limit, int(getattr(row, "start", -1))))
        elif row.kind not in ("date", "ordinal"):  # ("He first became president in 2000": 2000 is no "first"'s period)
            key = (row.source, int(row.sentence_index), int(row.claim_start))
            figure_claims[key] = min(figure_claims.get(key, int(row.start)), int(row.start))
    # (a date in another figure's claim that comes before every figure there is the subject's, which the clause's
    # later figures share for a rule's `about`: "imports in January 2023 rose by 1%, up to 11.3 bcm")
    return {key: [(s, e, claim, clause, bound or (*key, claim) in figure_claims, limit, at,
                   not bound and (*key, claim) in figure_claims and 0 <= at < figure_claims[(*key, claim)])
                  for s, e, claim, clause, bound, limit, at in entries]
            for key, entries in found.items()}


def _base_step_back(row: Any) -> bool:
    """Whether a date is a step back ("a year ago", "a year earlier") after a base "from <figure>" of its sentence: the
    base's date ("Net income rose to $612 million, or $1.48 per share, from $540 million, or $1.29 per share, a year
    ago"), no period of the figure the base is compared with."""
    at = _step_back_at(row)
    return at > 0 and _FROM_BASE_BEFORE.search(str(getattr(row, "sentence", "") or ""), 0, at) is not None


def _step_back_from(row: Any) -> bool:
    """Whether a date is a step back right after "from" ("profit rose 22% from a year ago to ₹1,245.6 crore",
    "compared with a year earlier"): the base of a change, which dates no figure of its claim."""
    at = _step_back_at(row)
    return at > 0 and _FROM_BEFORE.search(str(getattr(row, "sentence", "") or ""), max(0, at - 30), at) is not None


def _step_back_at(row: Any) -> int:
    """Where a date that is a step back ("a year ago", "the previous quarter") starts in its sentence; -1 for any other."""
    if not STEP_BACK.fullmatch(str(getattr(row, "surface", "") or "")):
        return -1
    return int(getattr(row, "start", -1)) - int(getattr(row, "sentence_start", 0))


_FROM_BASE_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+)?[$€£¥]?\d(?:[^.;:]|\.\d)*$")
# "profit rose 22% from a year ago to ₹1,245.6 crore", "compared with a year earlier": the base of a change, no period of it
_FROM_BEFORE = re.compile(r"\b(?:from|over|against|versus|vs\.?|compared\s+(?:with|to))\s+$", re.I)


# "The refinery, built in 1958, can process 340,000 barrels a day": the date of a participle set off by commas tells
# of the thing named before it, and is no period of the sentence's figures
_PARTICIPLE = re.compile(r"(?:built|founded|opened|established|completed|launched|created|formed|acquired|bought|incorporated"
                         r"|constructed|commissioned|inaugurated|listed|introduced|born)\b")


# "a pledge of $100 billion a year set in 2009", "the 2.4 billion euro section inaugurated in 2011": a participle of
# making or agreeing between a figure's noun and a date tells when the thing was made, no period of its figure
_AGREED_BEFORE = re.compile(r"(?P<figure>\d)[^,;:()]{0,60}?\s(?:set|agreed|signed|adopted|pledged|promised|approved|struck|unveiled|enacted"
                            r"|ratified|built|founded|established|inaugurated|commissioned|introduced|created|launched)"
                            r"\s+(?:in|on)\s+(?:[A-Z][\w’'-]+\s+(?:in|on)\s+)?$")


def agreed_date(row: Any) -> bool:
    """Whether a date follows a figure and a participle of making or agreeing in its claim ("a pledge of $100 billion a
    year set in 2009"): when the thing was made, a date of its own, no period of the figure."""
    at = int(getattr(row, "start", -1)) - int(getattr(row, "sentence_start", 0))
    sentence = str(getattr(row, "sentence", "") or "")
    if not 0 < at <= len(sentence) or (m := _AGREED_BEFORE.search(sentence, max(0, at - 90), at)) is None:
        return False
    # (not a record's: "its record high of $3,500 an ounce set in April" was reached in April, the figure's period)
    return _RECORD_BEFORE.search(sentence, max(0, m.start("figure") - 40), m.start("figure")) is None


_RECORD_BEFORE = re.compile(r"\b(?:record|high|low|peak|best|worst|all-time)\b[^,;:()]{0,25}$", re.I)


def _set_off_participle(row: Any, claim: str) -> bool:
    """Whether a date's claim is a participle set off by commas, or one that opens the sentence before a comma ("Built
    in 2015 in Korea, the 985-foot ship ...")."""
    if not _PARTICIPLE.match(claim.lower()):
        return False
    sentence, at = str(getattr(row, "sentence", "") or ""), int(row.claim_start) - int(getattr(row, "sentence_start", 0))
    if at == 0 and sentence[:1].isupper():
        return _FRONTED.match(sentence) is not None
    return 0 < at <= len(sentence) and sentence[:at].rstrip().endswith(",")


_FRONTED = re.compile(r"[A-Z]\w+ (?:in|on|at|by|as|from|during|after|before)\b[^,;:.()]{1,80}, (?:the|its|this|a|an|[A-Z])")


RECORD_SINCE = re.compile(
    r"\b(?:first|most|least|best|worst|highest|lowest|largest|biggest|smallest|strongest|weakest|fastest|slowest|sharpest"
    r"|steepest|deepest|longest|shortest|greatest|warmest|hottest|coldest|wettest|driest|busiest|heaviest|cheapest|widest"
    r"|record)\b(?:\s+[\w’'-]+){0,4}?\s+since\b", re.I)
_SINCE_DATE = re.compile(r"\bsince\s+(?:the\s+(?:start|beginning|end|middle)\s+of\s+)?(?:(?:early|mid|late)[- ])?(?:(?:19|20)\d\d\b"
                         r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|around|nearly|almost|roughly|some|just|over|under)\s+)?$", re.I)
_TO_AFTER = re.compile(r"\s+to\s+(?:(?:about|around|nearly|almost|roughly|some|just|over|under|a record)\s+)?[$€£¥₹\d]", re.I)


def move_start(row: Any) -> bool:
    """Whether the figure is where a move of "from X to Y" starts: the level before the change, of the period
    before the one the sentence tells."""
    sentence, at = str(row.sentence or ""), int(row.start) - int(row.sentence_start)
    if not 0 < at <= len(sentence) or "from" not in sentence[max(0, at - 30) : at].lower():
        return False
    end = int(row.end) - int(row.sentence_start)
    return bool(_FROM_BEFORE.search(sentence, max(0, at - 30), at)) and bool(_TO_AFTER.match(sentence, end))


def figure_periods(row: Any, dates: DateIndex, subjects: bool = False) -> list[tuple[int, int]]:
    """The dates (first and last day) a figure is about: those of its claim, else those of its clause
    that are in no other figure's claim and bound nothing ("Turnout was 67.3%, up from 61.1% in 2021":
    2021 is the 61.1%'s; "Turnout was 76.3%, the highest since 2009": 2009 is no period of it); with `subjects`,
    also those before every figure of another claim ("imports in January 2023 rose by 1%, up to 11.3 bcm"); none for
    a date itself."""
    if row.kind == "date":
        return []
    if period := getattr(row, "period", ""):  # said apart from its sentence: a table's column header
        first, last = period.split("..")
        return [(dt.date.fromisoformat(first).toordinal(), dt.date.fromisoformat(last).toordinal())]
    entries = dates.get((row.source, int(row.sentence_index)), [])
    # (a date of its own claim that bounds is no period of it either: "A crowd of 84,512 saw Riverton lift the Cup for
    # the first time since 1987")
    if row.kind == "age" and entries:
        # "Putin, 71, will be eligible to run again in 2030", "The 71-year-old could stay in office until 2036": what the
        # holder will or could do later dates no age ("He became president in 2000, at the age of 47" is of 2000)
        sentence, end = str(getattr(row, "sentence", "") or ""), int(row.end) - int(row.sentence_start)
        entries = [entry for entry in entries if not (entry[6] > int(row.end) and _AHEAD_OF_AGE.search(
            sentence, end, max(end, entry[6] - int(row.sentence_start))))]
    own = [(s, e) for s, e, claim, _, _, limit, at, _ in entries if claim == int(row.claim_start) and not limit
           and not _in_another_relative(row, at)]
    if not own and "when" in str(getattr(row, "sentence", "") or ""):
        own = [(s, e) for s, e, _, _, _, _, at, _ in entries if told_when(row, at) or _when_after(row, at)]
    if not own and str(getattr(row, "clause", "") or "")[:5].lower() == "with ":
        # "June alone saw 11.1 million passengers, with a load factor of 93%": a clause of "with" goes on with the
        # sentence's subject, and so with the date that is its subject
        own = [(s, e) for s, e, _, clause, _, limit, _, subject in entries
               if subject and not limit and clause < int(row.clause_start)]
    return own or [(s, e) for s, e, _, clause, foreign, _, _, subject in entries
                   if clause == int(row.clause_start) and (not foreign or (subjects and subject))]


def _in_another_relative(row: Any, at: int) -> bool:
    """Whether the date at `at` lies in a relative clause set off by commas that does not hold the figure ("Kiptum, who at
    this time last year hadn't run a marathon, sped to victory with a time of 2:00:35": last year is no period of the
    time), though the clause, and so the claim, starts with the noun both share."""
    sentence, offset = str(getattr(row, "sentence", "") or ""), int(row.sentence_start)
    date_at, figure_at = at - offset, int(row.start) - offset
    if not 0 <= date_at < len(sentence) or ", wh" not in sentence:
        return False
    lo = max(0, date_at - 300)  # (a relative clause's date stands near its opening: each date costs the same)
    opens = max(sentence.rfind(", who ", lo, date_at), sentence.rfind(", which ", lo, date_at))
    # (the clause ends at its first comma that parts words, not the digits of "5,000")
    closes = close.start() if opens >= 0 and (close := _WORD_COMMA.search(sentence, opens + 2)) is not None else -1
    return opens >= 0 and date_at < closes and not opens < figure_at < closes


_WORD_COMMA = re.compile(r",(?!\d{3}(?!\d))")


# "since 1997, when a Korean Air jet crashed in Guam, killing 228 people": a clause that opens with "when" right after a
# date tells what happened then (the date is the figure's period, even where it bounds the sentence's comparison)
_WHEN_AFTER_DATE = re.compile(r"\S+(?:\s\S+){0,5}?,?\s+when\s+[^;:()]*")


def told_when(row: Any, at: int) -> bool:
    """Whether the figure lies in a "when" clause right after the date that starts at `at`."""
    sentence, offset = str(getattr(row, "sentence", "") or ""), int(row.sentence_start)
    date_at, figure_at = at - offset, int(row.start) - offset
    return 0 <= date_at < figure_at <= len(sentence) and _WHEN_AFTER_DATE.fullmatch(sentence, date_at, figure_at) is not None


# "He was 47 when he first became president in 2000": a "when" clause right after a figure dates it
_WHEN_AFTER_FIGURE = re.compile(r"(?:\s+years?\s+old)?,?\s+when\s+[^;:()]*")


def _when_after(row: Any, at: int) -> bool:
    """Whether the date that starts at `at` lies in a "when" clause right after the figure."""
    sentence, offset = str(getattr(row, "sentence", "") or ""), int(row.sentence_start)
    figure_end, date_at = int(row.end) - offset, at - offset
    return 0 <= figure_end < date_at <= len(sentence) and _WHEN_AFTER_FIGURE.fullmatch(sentence, figure_end, date_at) is not None


_AHEAD_OF_AGE = re.compile(r"\b(?:will|would|could|can|may|might|shall|until|eligible)\b")


def _about_ok(row: Any, rule: Rule, dates: DateIndex) -> bool:
    """The figure is about the rule's period unless its claim names only other periods (or, when the
    claim names none, its clause does); with no date in the clause, any period will do. A date rule's
    date must itself overlap the period."""
    if rule.about is None:
        return True
    if row.kind == "date":  # a date rule's `about` bounds the date itself: "on March 20, 2023" is another visit's day
        return day(row.date_start) <= day(rule.about[1]) and day(row.date_end) >= day(rule.about[0])
    if move_start(row):
        return False  # "rose from 1.72 million to 2.14 million barrels a day in 2023": the level before the period's move
    own = figure_periods(row, dates, subjects=True)
    lo, hi = day(rule.about[0]), day(rule.about[1])
    if not own:
        # ("Since the start of 2022, China has saved about $10 billion": a sum of the years since, of no one period)
        return not _SINCE_DATE.search(str(row.clause or "")) and not written_before_end(row, hi)
    return any(start <= hi and end >= lo and not _part_of(row, (start, end), lo, hi) for start, end in own)


PART_KINDS = frozenset(("quantity", "money", "percent", "count"))  # amounts a part of a period has a value of its own for


def written_before_end(row: Any, hi: int) -> bool:
    """Whether an undated amount was published before the last day `hi` of a rule's period: "Another 0.77 bcm came as
    LNG", written in March 2023, tells part of a year not yet over, no figure of all 2023."""
    published = getattr(row, "published", None)
    return row.kind in PART_KINDS and not is_missing(published) and day(published) < hi


def _part_of(row: Any, period: tuple[int, int], lo: int, hi: int) -> bool:
    """Whether an amount's period is a part of the rule's (within it, and shorter): "2.57 million barrels per day in
    June 2023" is June's figure, no figure of 2023; an age or a length dated in it is still of it."""
    start, end = period
    return row.kind in PART_KINDS and lo <= start and end <= hi and end - start < hi - lo


def about_parts(row: Any, rule: Rule, dates: DateIndex) -> bool:
    """Whether the figure fails `about` only because each period of it that overlaps the rule's is a part of it."""
    if rule.about is None or row.kind == "date" or move_start(row):
        return False
    lo, hi = day(rule.about[0]), day(rule.about[1])
    overlapping = [(s, e) for s, e in figure_periods(row, dates, subjects=True) if s <= hi and e >= lo]
    return bool(overlapping) and all(_part_of(row, p, lo, hi) for p in overlapping)


def kind_ok(row: Any, rule: Rule) -> bool:
    """The fact is of the rule's kind and convertible to its unit."""
    match = rule.match
    if match is None or row.kind != match.kind:
        return False
    if rule.unit_dimension is not None and (row.dimension != rule.unit_dimension or (
            match.kind in ("money", "count") and row.canonical_unit != rule.unit_canonical)):
        return False
    return not rule.unit_size or unit_of_its_size(str(row.unit), rule.unit_size)


UNIT_SCALE = 100  # how much finer or coarser than a duration rule's unit a figure's may be written


def unit_of_its_size(unit: str, size: float) -> bool:
    """Whether a duration written in `unit` is of the scale of a rule's unit of `size` seconds: "one day after
    Mao proclaimed it" is no anniversary in years, "a 90-minute meeting" no visit in days."""
    written = unit_factor(unit)
    return written is None or size / UNIT_SCALE <= written <= size * UNIT_SCALE


@lru_cache(maxsize=256)
def unit_factor(unit: str) -> float | None:
    """How many canonical units one `unit` is (a unit of time in seconds; None for one pint does not know)."""
    from factcheck.extract.units import canonical  # (pint: only when a duration rule asks)

    try:
        return float(canonical(unit).factor)
    except Exception:
        return None


Strength = tuple[int, int]  # how many of the rule's criteria are met in the claim, and in the clause


# a date written with its year (or century, or decade): read the same whatever day the article was published
_YEAR_WRITTEN = re.compile(r"\b1\d{3}\b|\b2\d{3}\b|['’]\d\d\b|\b(?i:nineteen|two thousand|century)", re.I)


def unanchored(row: Any) -> bool:
    """Whether a date was resolved against a day nobody wrote: one whose year is not written ("on Thursday", "last
    year", "in May") in an article with no published date (read against today: no claim about the event)."""
    return row.kind == "date" and is_missing(row.published) and not _YEAR_WRITTEN.search(str(row.surface))


def later_claims(row: Any, after: Iterable[Any]) -> list[str]:
    """The claims of the next LATER_FIGURES figures of `after` (its sentence's figures after it, in text order) of
    `row`'s kind and unit, or bare counts: what they say is theirs ("and the Congress garnering 99")."""
    return _kin_claims(row, after, lambda other, claim: int(other.claim_start) >= int(row.end))


def earlier_claims(row: Any, before: Sequence[Any]) -> list[str]:
    """The claims of the last LATER_FIGURES figures of `before` (its sentence's figures before it, in text order) of
    `row`'s kind and unit, or bare counts, that end before `row`'s claim begins: what they say is theirs ("killed more
    than 200 people and injured over 900": "killed" is the 200's)."""
    return _kin_claims(row, reversed(before), lambda other, claim: bool(claim) and 0 <= int(other.claim_start)
                       and int(other.claim_start) + len(claim) <= int(row.claim_start))


def _kin_claims(row: Any, others: Iterable[Any], placed: Callable[[Any, str], bool]) -> list[str]:
    """The claims of the first LATER_FIGURES of `others` of `row`'s kind and unit, or bare counts, that `placed` keeps."""
    unit = nan_to_none(row.canonical_unit)
    claims: list[str] = []
    for other in others:
        claim = str(other.claim or "")
        if other.kind != row.kind or nan_to_none(other.canonical_unit) not in (unit, None, "", "count") \
                or not placed(other, claim):
            continue
        claims.append(claim)
        if len(claims) == LATER_FIGURES:
            break  # (a list of thousands is read a few figures at a time)
    return claims


def sentence_figures(rows: Sequence[Any]) -> list[list[int]]:
    """The positions of `rows`' figures (no dates), one list per sentence of two or more, in text order."""
    by_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r.kind != "date" and int(r.claim_start) >= 0:
            by_sentence[(r.source, int(r.sentence_index))].append(i)
    return [sorted(members, key=lambda k: int(rows[k].start)) for members in by_sentence.values() if len(members) > 1]


def clauses_apart(rows: Sequence[Any]) -> dict[int, str]:
    """Per row (by position), its clause with the names (capitalised words) of `later_claims` blanked, for rows where
    any is: a name found only there is another figure's holder ("with the BJP securing 240 seats and the Congress
    garnering 99": "Congress" is no word of the 240's; "killed 2,012 people and injured 2,059" keeps "injured" for
    both). `rows` hold every figure of their sentences."""
    out: dict[int, str] = {}
    for members in sentence_figures(rows):
        for at, i in enumerate(members):
            clause = str(rows[i].clause or "")
            blanked = clause
            for claim in later_claims(rows[i], (rows[j] for j in members[at + 1 :])):
                if claim and claim in blanked:
                    blanked = blanked.replace(claim, _CAPITALISED.sub(lambda m: " " * len(m.group()), claim), 1)
            if blanked != clause:
                out[i] = blanked
    return out


LATER_FIGURES = 3  # the later figures whose claims `later_claims` gives
_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][\w’'.&-]*")  # a name's word ("Congress", "BJP"); "injured 2,059" keeps its verb


def strength(row: Any, rule: Rule, dates: DateIndex, clause_apart: str | None = None) -> Strength | None:
    """How well a fact fits a consistency rule whose kind and unit it has: how many of its
    criteria are met in the claim and how many in the rest of the clause (compared in that order:
    one word in the claim outweighs any number in the clause). `near` and `change` are met in the
    claim. None when a `words` entry is in neither (words of another clause describe that clause's
    figures), a `not_words` entry is in the claim or clause, or `near`, `change` or `about` fails."""
    match = rule.match
    assert match is not None
    if match.words and in_respectively_list(row):
        return None
    if denied(row) or said_on(row, rule) or rank_in_span(row) or unanchored(row):
        return None
    in_claim = in_clause = 0
    for entry in match.words:
        level = word_level(row, entry)
        if level == CLAUSE and clause_apart is not None and not _in_text(clause_apart, entry):
            return None  # (only in a later figure's claim: that figure's word)
        if level is None or level == SENTENCE:
            return None
        if level == CLAIM:
            in_claim += 1
        else:
            in_clause += 1
    for entry in match.not_words:
        level = word_level(row, entry)
        if level is not None and level >= CLAUSE:
            return None
    if in_clause and not in_claim and measures_own_noun(row):
        return None
    if other_place(row, match.places) is not None:
        return None
    if match.near or match.not_near:
        if not _near_ok(row, rule):
            return None
        in_claim += bool(match.near)
    if match.change is not None:
        if (row.change or "") != ("" if match.change == "none" else match.change):
            return None
        in_claim += 1
    if not _about_ok(row, rule, dates):
        return None
    return in_claim, in_clause


TOTAL_REACH = 3  # sentences (a table's rows, a list's lines) around a total whose other figures of its rule are its parts


def attribute(rows: list[Any], rules: Iterable[Rule], dates: DateIndex) -> list[tuple[str, ...]]:
    """The rule each fact is judged by: (rule_id,), () for none, or several ids when rules fit it
    equally well (ambiguous: judged by none). Per sentence, a rule keeps only the facts it fits
    best, and of those one per claim (the first)."""
    return attribute_candidates(rows, rule_candidates(rows, rules, dates))


def rule_candidates(rows: list[Any], rules: Iterable[Rule], dates: DateIndex) -> list[dict[str, Strength]]:
    """Each row's {rule id: strength} of the consistency rules that fit it, before `attribute_candidates` chooses."""
    candidates: list[dict[str, Strength]] = [{} for _ in rows]
    apart = clauses_apart(rows)
    for rule in rules:
        if rule.check != "consistency" or rule.match is None:
            continue
        for i, row in enumerate(rows):
            if kind_ok(row, rule):
                found = strength(row, rule, dates, apart.get(i))
                if found is not None:
                    candidates[i][rule.id] = found
    return candidates


Counts = dict[tuple[str, int], list[tuple[int, float]]]  # (source, sentence) -> (start, value) of its counts, in text order


def sentence_counts(rows: Iterable[Any]) -> Counts:
    """Every single-valued count of each sentence, for `attribute_candidates` to find a whole and its parts."""
    counts: Counts = {}
    for row in rows:
        if row.kind == "count" and nan_to_none(row.value) is not None and nan_to_none(row.value_high) is None:
            counts.setdefault((str(row.source), int(row.sentence_index)), []).append((int(row.start), float(row.value)))
    for found in counts.values():
        found.sort()
    return counts


def _parts_left_out(rows: list[Any], candidates: list[dict[str, Strength]], counts: Counts) -> list[dict[str, Strength]]:
    """Of one sentence's counts a rule fits, one the sentence's later counts add up to is their whole, and leaves
    them out: "Six members of the crew were missing; two bodies were recovered, and the other four are presumed
    dead" tells six, not four (the four's rule is the six's)."""
    parts_of: dict[tuple[str, int, int], set[str]] = {}  # (source, sentence, start) of a part -> the rules of its whole
    for row, found in zip(rows, candidates, strict=True):
        if not found or row.kind != "count":
            continue
        told = counts.get((str(row.source), int(row.sentence_index)), [])
        whole = next((value for start, value in told if start == int(row.start)), None)
        later = [(start, value) for start, value in told if start > int(row.start)]
        if whole is not None and len(later) >= 2 and sum(value for _, value in later) == whole:
            for start, _ in later:
                parts_of.setdefault((str(row.source), int(row.sentence_index), start), set()).update(found)
    if not parts_of:
        return candidates
    return [{rule_id: value for rule_id, value in found.items()
             if rule_id not in parts_of.get((str(row.source), int(row.sentence_index), int(row.start)), ())}
            for row, found in zip(rows, candidates, strict=True)]


def parts_of_totals(rows: list[Any], candidates: list[dict[str, Strength]]) -> set[int]:
    """The rows a rule fits that are parts of a total of it their source tells near them (`attribute_candidates`), and
    the other figures of such a part's claim: "China's pipeline gas imports jumped 61.7% y-o-y to 22.7 bcm; including
    LNG, total gas flows touched 33.7 bcm" tells the pipeline's volume and its rise, no figure of all gas."""
    said_total = [bool(found) and TOTAL_RE.search(str(row.claim or "")) is not None for row, found in zip(rows, candidates, strict=True)]
    totals: dict[tuple[str, Any], list[int]] = {}  # (rule, source) -> the sentences of its totals
    for row, found, total in zip(rows, candidates, said_total, strict=True):
        if total:
            for rule_id in found:
                totals.setdefault((rule_id, row.source), []).append(int(row.sentence_index))
    if not totals:
        return set()
    claims = {(row.source, int(row.claim_start)) for row, found, total in zip(rows, candidates, said_total, strict=True)
              if not total and any(abs(at - int(row.sentence_index)) <= TOTAL_REACH
                                   for rule_id in found for at in totals.get((rule_id, row.source), ()))}
    return {i for i, (row, total) in enumerate(zip(rows, said_total, strict=True))
            if not total and (row.source, int(row.claim_start)) in claims}


def attribute_candidates(rows: list[Any], candidates: list[dict[str, Strength]], counts: Counts | None = None,
                         parts: set[int] | None = None) -> list[tuple[str, ...]]:
    """`attribute` from each row's {rule id: strength}. Of one source's figures a rule fits, one its claim calls a
    total ("| Total gas to China (bcm) | 33.7 |") leaves out those near it (TOTAL_REACH sentences) that are not ("|
    Pipeline gas to China (bcm) | 22.7 |": a part), with the other figures of a part's claim (`parts_of_totals`, or
    `parts` when read already); a rule that is no total's says so in its `not_words`, which left the total out already."""
    parts = parts_of_totals(rows, candidates) if parts is None else parts
    if parts:
        candidates = [{} if i in parts else found for i, found in enumerate(candidates)]
    candidates = _parts_left_out(rows, candidates, sentence_counts(rows) if counts is None else counts)
    top: dict[tuple[str, Any, int], Strength] = {}  # (rule, source, sentence) -> best strength
    for row, found in zip(rows, candidates, strict=True):
        for rule_id, value in found.items():
            key = (rule_id, row.source, int(row.sentence_index))
            top[key] = max(top.get(key, value), value)
    first: dict[tuple[str, Any, int, int], int] = {}  # (rule, source, sentence, claim) -> first best start
    for row, found in zip(rows, candidates, strict=True):
        for rule_id, value in found.items():
            if value == top[(rule_id, row.source, int(row.sentence_index))]:
                key4 = (rule_id, row.source, int(row.sentence_index), int(row.claim_start))
                first[key4] = min(first.get(key4, int(row.start)), int(row.start))
    out: list[tuple[str, ...]] = []
    for row, found in zip(rows, candidates, strict=True):
        kept = {rule_id: value for rule_id, value in found.items()
                if first.get((rule_id, row.source, int(row.sentence_index), int(row.claim_start))) == int(row.start)
                and value == top[(rule_id, row.source, int(row.sentence_index))]}
        if not kept:
            out.append(())
            continue
        best = max(kept.values())
        out.append(tuple(sorted(r for r, v in kept.items() if v == best)))
    return out


# ---- agreement -------------------------------------------------------------------------------

def facts_agree(a: Any, b: Any, tol: Tolerance) -> bool:
    """Agreement of two facts (rows or Facts) of the same rule under `tol`."""
    return _agree(_comparable(a), _comparable(b), tol)


_Comparable = tuple[bool, str, Span | Figure | None]  # (is a date, canonical unit, what tolerance compares)


def _comparable(f: Any) -> _Comparable:
    """What agreement reads of a fact, built once per fact."""
    if f.kind == "date":
        if nan_to_none(f.date_start) is None:
            return True, "", None
        return True, "", Span(day(f.date_start), day(f.date_end), f.qualifier)
    # (a count's unit is the noun it counts, which outlets word their own way: "33,000 workers", "33,000 machinists", a
    # rule's "expect: 33,000"; what the rule or claim takes of them is one measure)
    return False, "" if f.kind == "count" else f.canonical_unit, _figure(f)


def admitted(f: Any) -> tuple[float, float]:
    """The values (days, for a date) a fact admits under the `rounding` tolerance: what is compared."""
    is_date, _, what = _comparable(f)
    if what is None:
        return math.nan, math.nan
    if is_date:
        return open_span(what)  # type: ignore[arg-type]
    return interval(what, rounding=True)  # type: ignore[arg-type]


def _agree(a: _Comparable, b: _Comparable, tol: Tolerance) -> bool:
    a_date, a_unit, a_value = a
    b_date, b_unit, b_value = b
    if a_date:
        if a_value is None or not b_date or b_value is None:
            return False
        return spans_agree(a_value, b_value, tol)  # type: ignore[arg-type]
    if b_date or a_unit != b_unit:
        return False
    return figures_agree(a_value, b_value, tol)  # type: ignore[arg-type]


def _figure(f: Any) -> Figure:
    value, high = float(f.canonical_value), nan_to_none(f.canonical_high)
    if value < 0 and f.change == "down":
        # "| -13.4% |" in a change column and "down 13.4 percent": a fall told by its sign or by its word is one fall
        value, high = (-value, None) if high is None else (-float(high), -value)
    return Figure(
        value=value,
        precision=float(nan_to_none(f.canonical_precision) or 0.0),
        qualifier=str(f.qualifier),
        high=high,
        written=str(f.unit) if f.kind == "duration" else "",
    )


_KEY_FIELDS = attrgetter("kind", "date_start", "date_end", "qualifier", "canonical_unit", "canonical_value",
                         "canonical_precision", "canonical_high", "unit", "change")


def figure_key(f: Any) -> tuple[Any, ...]:
    """Everything facts_agree reads: facts with equal keys agree with exactly the same facts."""
    key = _KEY_FIELDS(f)
    if type(f) is Fact:  # records hold None, never NaN: no cleaning needed
        return key  # type: ignore[no-any-return]
    return tuple(nan_to_none(value) for value in key)


_OPEN_BOUNDS = frozenset(("at_least", "at_most"))
_BOUNDS = _OPEN_BOUNDS | {"lower_bound", "upper_bound"}


def consensus_fact(items: list[Any], tol: Tolerance) -> Any:
    """What the sources say: the fact most facts of other sources agree with (the first on a tie).

    Identical figures are compared once, so the cost grows with the number of distinct figures
    squared, not with the number of facts squared (a large corpus repeats the same few figures).
    """
    groups: dict[tuple[Any, ...], list[int]] = {}
    for i, item in enumerate(items):
        groups.setdefault(figure_key(item), []).append(i)
    keys = list(groups)
    first = {key: _comparable(items[members[0]]) for key, members in groups.items()}
    keys_of_source: dict[str, Counter[tuple[Any, ...]]] = {}  # per source: how many of its facts have each key
    for key, members in groups.items():
        for i in members:
            keys_of_source.setdefault(items[i].source, Counter())[key] += 1

    def qualifier(key: tuple[Any, ...]) -> str:
        return str(items[groups[key][0]].qualifier)

    def best_of(candidates: list[tuple[Any, ...]]) -> int:
        best: tuple[tuple[int, int], int] | None = None
        for key in candidates:
            agreeing = {other for other in keys if _agree(first[key], first[other], tol)}
            total = sum(len(groups[other]) for other in agreeing)
            own_of: dict[str, int] = {}  # once per source, not per fact: one big article is one source
            for i in groups[key]:
                source = items[i].source
                if source not in own_of:
                    own_of[source] = sum(n for k, n in keys_of_source[source].items() if k in agreeing)
                rank = (total - own_of[source], -i)
                if best is None or rank > best[0]:
                    best = (rank, i)
        assert best is not None, "consensus of no facts"
        return best[1]

    # an open bound ("as much as $6 billion") agrees with every figure below it: it is what the sources say only when
    # no source says more ("$4.34 billion" and "$4.43 billion" beside it disagree, whatever the bound admits)
    chosen = best_of([key for key in keys if qualifier(key) not in _OPEN_BOUNDS] or keys)
    if str(items[chosen].qualifier) in _BOUNDS:
        # a bound that reaches a tenth beyond ("more than £42 million") agrees with figures a tenth apart: when figures
        # stated as such that it agrees with disagree among themselves ("£42,249,800", "£44.2m"), what the sources say
        # is one of those
        told = [key for key in keys if qualifier(key) not in _BOUNDS and _agree(first[figure_key(items[chosen])], first[key], tol)]
        if any(not _agree(first[x], first[y], tol) for x, y in itertools.combinations(told, 2)):
            chosen = best_of([key for key in keys if qualifier(key) not in _BOUNDS])
    return items[chosen]
