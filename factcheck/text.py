"""Text utilities shared by extraction and reporting: sentences, lines and columns, word keys (lemmas)."""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from dataclasses import dataclass

from factcheck.memo import persistent

# Words that end with a full stop without ending a sentence.
# Currencies written short before an amount ("Rs 4", "around Rs. 215 crore", "Sh 50"): no name, no sentence's end
CURRENCY_ABBREVIATIONS = frozenset("Rs Rp Sh Shs Ksh Tk Dh Dhs".split())
_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr prof st gen gov sen rep lt col "
    "sgt capt cmdr adm inc ltd corp co no vs etc approx est fig jr sr".split()
    + [abbreviation.lower() for abbreviation in CURRENCY_ABBREVIATIONS]
)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n+")
_WORD = re.compile(r"(?<!\w)[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_])|&(?=[^\W\d_]))*")  # (letters of any script: "Inácio" is one word, not "In"
# and "cio"; "S&P", "AT&T" one word, not two letters; letters glued after digits are no word: "49ers", "10am", "$5bn")
URL_RE = re.compile(r"\b(?:https?://|www\.)\S+")  # numbers and dates inside a web address are neither

_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# A line that only says when the text was published or updated ("Published: 2025-10-20", "Updated Oct. 21, 2025
# 5:32 p.m. ET", "By Jane Doe | Posted 21 October 2025"): the article's own metadata, no fact of its story
DATELINE_RE = re.compile(
    r"^[ \t]*(?:By\s[^\n|·•]{1,60}[|·•—–-]\s*)?"
    r"(?P<label>(?i:(?:first\s+|last\s+)?(?:published|posted|updated|modified)(?:\s+on)?|date))[ \t]*[:|-]?[ \t]*"
    r"(?P<date>\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?"
    r"|(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?i:"
    rf"(?P<m1>{_MONTH_NAME})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y1>\d{{4}})"  # ("May 16,2024")
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_NAME})(?:,\s*|\s+)(?P<y2>\d{{4}})))"
    r"(?:[ \t]*(?:,|at|\||-|–|—)?[ \t]*\d{1,2}(?:[:.]\d\d)?[ \t]*(?i:[ap]\.?m\.?)?(?:[ \t]*\(?[A-Z]{2,5}\)?)?)?[ \t]*$",
    re.MULTILINE)
_COPYRIGHT = r"(?:©|\((?i:c)\)|(?i:copyright))[ \t]*(?:©[ \t]*)?\d{4}(?:[-–]\d{2,4})?\b"  # "© 2024", "Copyright (c) 2020-24"
# The rest of a web page's furniture, each a line of its own: a reading time ("5 min read"), an age ("Updated 2 hours
# ago"), a copyright ("© 2024 Reuters. All rights reserved."), a count of comments ("12 comments", "Comments (12)"),
# a picture's credit
_CHROME_RE = re.compile(
    r"^[ \t]*(?:\d{1,3}[ \t-]*(?i:min(?:ute)?s?|m)[ \t]+(?i:read)"
    r"|(?:By\s[^\n|·•]{1,60}[|·•—–-]\s*)?(?i:(?:updated|posted|published|modified))[ \t]+\d{1,3}[ \t]+"
    r"(?i:(?:sec|min|hour|hr|day|week)s?)[ \t]+(?i:ago)"
    r"|" + _COPYRIGHT + r"[^\n\d]{0,80}"  # (no figure after it)
    r"|(?:(?i:share)[^\n:|]{0,20}[:|][ \t]*)?\d{1,6}[ \t]+(?i:comments?|shares?|replies)|(?i:comments?)[ \t]*\(?\d{1,6}\)?"
    # a picture's credit: "Photo: Sergei Bobylev/Reuters, 2024", "Image: Getty Images"
    r"|(?i:photo|image|picture|photograph)s?(?:[ \t]+(?i:credit))?[ \t]*:[^\n]{0,60}(?:/|\b(?:Reuters|AFP|AP|Getty|EPA|Bloomberg)\b)"
    r"[^\n]{0,40})[ \t]*$", re.MULTILINE)
# a copyright's year, wherever it stands ("© 2024 Thomson Reuters, whereas ..."): no date of the story
_COPYRIGHT_YEAR = re.compile(_COPYRIGHT)
_DATELINE_WORDS = ("ublished", "osted", "pdated", "odified", "ate:", "ATE")
_CHROME_WORDS = ("read", "ago", "©", "(c)", "(C)", "opyright", "omment", "hare", "eplies", "hoto", "mage", "icture")


def metadata_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the lines that only say when the text was published or updated (`DATELINE_RE`), and of a web
    page's other furniture (a reading time, a copyright, a count of comments): no figure of the story is there."""
    spans = [m.span() for m in DATELINE_RE.finditer(text)] if any(word in text for word in _DATELINE_WORDS) else []
    if any(word in text for word in _CHROME_WORDS):
        spans += [m.span() for m in _CHROME_RE.finditer(text)]
        spans += [m.span() for m in _COPYRIGHT_YEAR.finditer(text)]
    return sorted(spans)


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences; newlines end one (in hard-wrapped prose, a single newline within a sentence
    does not: `_wrapped`; nor, in any text, one before a long line's going on in lower case), abbreviations like
    'Oct.' do not, unless a word that is no day follows a month's ('in Jan. Primary rents rose')."""
    sentences: list[Sentence] = []
    start = 0
    wrapped = "\n" in text and _wrapped(text)
    for match in _BOUNDARY.finditer(text):
        if "\n" not in match.group() and _abbreviation_goes_on(text, match.start(), match.end()):
            continue
        if match.group() == "\n" and (wrapped or _goes_on_in_lower_case(text, match.start())) and _continues(text, match.start()):
            continue
        _append(sentences, text, start, match.start() + len(match.group().rstrip()))
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _abbreviation_goes_on(text: str, dot: int, after: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation inside its sentence ("Oct. 5", "the U.S. Senate"), not
    the sentence: initials before a word that opens sentences end it ("at 1:28 a.m. Its crew"), and so does a month's
    abbreviation before a word ("up from 1.4% in Jan. Primary rents are up")."""
    if not _ends_with_abbreviation(text, dot):
        return False
    if _OPENER.match(text, after) and _ENDS_A_SENTENCE.search(text, max(0, dot - 4), dot + 1):
        return False
    if text[after : after + 1].isupper() and _CLOCK_ENDS.search(text, max(0, dot - 8), dot + 1) \
            and not _CLOCK_GOES_ON.match(text, after):
        return False  # "left the tracks at about 7:40 p.m. Data from the black box showed": no day or zone goes on
    return not (text[after : after + 1].isupper() and _MONTH_ENDS.search(text, max(0, dot - 5), dot + 1))


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot]
    # "U.S." / "A." (initials) and known abbreviations; a lower-case word ending a sentence is normal.
    # ("+26% y/y. Gas": a unit's last letter after a slash is no initial, nor is a multiplier after a number: "added
    # $154M. The budget")
    if len(word) == 1 and word.islower() and _FIGURE_BEFORE.search(text, max(0, word_start - 12), word_start):
        return False  # "the surge hit 3 m. The wall": a unit after a figure, no initial ("3417 E. Genesee Ave." is one)
    return word.lower().rstrip(".") in _ABBREVIATIONS or (len(word) <= 3 and "." in word) or (
        len(word) == 1 and text[word_start - 1 : word_start] not in ("/", "'", "’") and not text[word_start - 1 : word_start].isdigit())
    # (an "s" after an apostrophe ends a word: "in the early 80's. Temperatures")


# initials that may end a sentence ("struck the bridge at 1:28 a.m. Its hydrocracker", "sold in the U.S. The company")
# when a word that opens sentences follows ("at 2 p.m. Tuesday", "U.S. Steel" go on)
_FIGURE_BEFORE = re.compile(r"\d ?$")
_MONTH_ENDS = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")
_ENDS_A_SENTENCE = re.compile(r"(?:\b[ap]\.m|\bU\.[SK]|\bU\.S\.A)\.$")
# a time of day, after which any capitalised word but a day, a month, a holiday, a time zone or a place's "... time" opens a
# sentence
_CLOCK_ENDS = re.compile(r"\d(?::\d\d)?\s?[ap]\.m\.$")
_CLOCK_GOES_ON = re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Tonight|Tomorrow|Yesterday"
                            r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|[A-Z]{2,5}\b|(?:Eastern|Central|Pacific"
                            r"|Mountain|Atlantic|Greenwich|Universal|Coordinated|Christmas|Easter|Thanksgiving|Halloween)\b"
                            r"|(?:[A-Z][\w.’'-]*\s+){1,3}(?:time|Time|Eve|Day)\b)")
_OPENER = re.compile(r"(?:The|A|An|It|Its|He|She|They|We|I|In|But|This|That|These|Those|There|His|Her|Their|Our|On|At|After"
                     r"|By|Some|Many|Most|All|No|Officials|Police)\b")


_LINE = re.compile(r"[^\n]+")
_TERMINAL = tuple(".!?:;\"”’)|")
_ITEM = re.compile(r"\s*(?:[-*•|#>]|\d{1,2}[.)]\s|[A-Z][A-Za-z ]{0,20}:\s)")  # a list item, a table row, a label


def _wrapped(text: str) -> bool:
    """Whether prose is hard-wrapped: most lines that another line follows are of a wrapping width (50 to 100
    characters) and end mid-sentence, in three places at least ("... on Thursday for a two-day\nstate visit"); or
    most lines that another line of their paragraph follows (two at least) are of 50 to 130 characters and end
    mid-sentence."""
    if len(text) > 150 * (text.count("\n") + 1):
        return False  # (lines of 150 characters on average: paragraphs written one to a line)
    lines = [m.group() for m in _LINE.finditer(text)]
    mid = sum(1 for line, following in itertools.pairwise(lines)
              if 50 <= len(line) <= 100 and not line.rstrip().endswith(_TERMINAL) and following.strip())
    if mid >= 3 and 2 * mid >= len(lines) - 1:
        return True
    # short paragraphs wrapped wider (at 120 characters): of the lines another line of its paragraph follows, more
    # than half end mid-sentence, two at least (no list item, row of columns set apart by spaces or labelled line of a
    # fact box, "Russian crude shipped to China in 2023: 2.41 million barrels a day", whose lines end so too)
    within = [line for line, following in itertools.pairwise(text.split("\n")) if line.strip() and following.strip()
              and not _ITEM.match(line) and "  " not in line.strip() and "\t" not in line and ": " not in line]
    mid = sum(1 for line in within if 50 <= len(line) <= 130 and not line.rstrip().endswith(_TERMINAL))
    return mid >= 2 and 2 * mid > len(within)


def _goes_on_in_lower_case(text: str, newline: int) -> bool:
    """Whether a long line of prose (no heading, list item or label) goes on after the newline at `newline` in lower
    case: one sentence, in a short text too ("he is on a five-year\ncontract"; "# Headline\nby our reporter" is two)."""
    line_start = text.rfind("\n", 0, newline) + 1
    return (text[newline + 1 : newline + 2].islower() and newline - line_start >= 40
            and not _ITEM.match(text, line_start))


def _continues(text: str, newline: int) -> bool:
    """Whether the sentence goes on past the single newline at `newline`: the line before is a long one that
    ends mid-sentence (no headline: one of under 40 characters before a capital) and the next is no list item."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    following = text[newline + 1 : newline + 2]
    if not line or line.endswith(_TERMINAL) or not following or following.isspace() or _ITEM.match(text, newline + 1):
        return False
    return len(line) >= 40 or not following.isupper()


MAX_SENTENCE = 2000  # characters; longer "sentences" (a page with no full stop) are cut


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        # every fact carries its sentence, so an endless one would make the fact table quadratic: cut it
        # at its last semicolon, comma or space before the limit
        window = text[start + MAX_SENTENCE // 2 : start + MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "))
        cut = cut + 1 if cut >= 0 else window.rfind(" ")
        stop = start + MAX_SENTENCE // 2 + cut if cut > 0 else start + MAX_SENTENCE
        _append(sentences, text, start, stop)
        start = stop
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))


class LineIndex:
    """Maps character offsets of a text to 1-based (line, column)."""

    def __init__(self, text: str, line_offset: int = 0) -> None:
        self._starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self._offset = line_offset

    def position(self, offset: int) -> tuple[int, int]:
        row = bisect.bisect_right(self._starts, offset) - 1
        return row + 1 + self._offset, offset - self._starts[row] + 1


# Derivational suffixes that turn a verb into a noun ("shipment", "exporter", "arrival", "recognition"):
# a word ending in one is also keyed by the verb, when lemminflect knows that verb.
_DERIVATIONS = (("ments", ""), ("ment", ""), ("ers", ""), ("er", ""), ("ors", ""), ("or", ""), ("ers", "e"),
                ("er", "e"), ("iers", "y"), ("ier", "y"), ("als", "e"), ("al", "e"), ("ations", "e"), ("ation", "e"),
                ("ations", ""), ("ation", ""), ("ions", "e"), ("ion", "e"), ("ions", ""), ("ion", ""), ("ing", ""),
                ("ing", "e"))


_AGENT = frozenset(("er", "ers", "or", "ors", "ier", "iers"))
# nouns whose ending is no derivation of the verb it leaves ("nine stations" states nothing, "rations" rate nothing)
_UNDERIVED = frozenset("station stations ration rations vacation vacations version versions probation".split())
# endings of the plural of a person's noun ("survivors", "evacuees", "cyclists", "migrants", "respondents")
_UNKNOWN_PLURALS = ("ors", "ers", "ees", "ists", "ants", "ents")


def _agent_noun(word: str, add: str, lemmas: dict[str, tuple[str, ...]]) -> bool:
    """Whether `word` can be the agent noun of a verb ("exporter", "buyer", "supplier"): a noun and no verb or
    adjective itself ("career", "corner", "number", "former", "lower" are none), and not a verb in -e plus "er" ("care"
    makes "carer", not "career")."""
    if set(lemmas) - {"NOUN"}:
        return False
    return not (add == "" and word.rstrip("s").endswith("eer"))


def _lemmas(word: str, found: dict[str, tuple[str, ...]]) -> set[str]:
    """The lemmas lemminflect `found` for `word`, less a comparative's adjective when the word is its own noun
    ("number" is no "more numb")."""
    own_noun = word in found.get("NOUN", ())
    return {lemma for part, lemmas in found.items() if not (own_noun and part == "ADJ" and word not in lemmas)
            for lemma in lemmas}


@persistent
def word_keys(word: str) -> frozenset[str]:
    """What a word is matched by: its lemmas (lemminflect, every part of speech) and the verbs it
    derives from. 'shipped', 'shipments' -> {'ship', 'shipment'} ∋ 'ship'; 'rose' -> {'rose', 'rise'};
    'supplied' -> {'supply'}; 'savings' -> {'savings', 'saving', 'save'}. Two words match when their keys share one."""
    from lemminflect import getAllLemmas  # loads its lexicon: only when the memo has no answer

    lower = without_accents(word.lower().replace("’", "'"))
    if lower.endswith("'s"):
        lower = lower[:-2]
    keys = {lower} | _lemmas(lower, getAllLemmas(lower))
    if len(lower) > 4 and lower.endswith("s") and not lower.endswith("ss"):
        # a plural lemminflect keeps as its own noun ("savings", "earnings"): also the word it is the plural of
        stripped = getAllLemmas(lower[:-1])
        if stripped and set(stripped) != {"ADJ"}:  # ("news" is no plural of "new")
            keys.add(lower[:-1])
            keys |= _lemmas(lower[:-1], stripped)
    if len(keys) == 1 and len(lower) > 5 and lower.endswith(_UNKNOWN_PLURALS) and not getAllLemmas(lower[:-1]):
        keys.add(lower[:-1])  # a plural of a noun the lexicon lacks ("survivors": the "survivor" of no lexicon either)
    for key in list(keys - _UNDERIVED):
        for suffix, add in _DERIVATIONS:
            if key.endswith(suffix) and len(key) - len(suffix) >= 3 and (
                    suffix not in ("al", "als") or key[-len(suffix) - 1] in "vsz") and (
                    suffix not in _AGENT or _agent_noun(key, add, getAllLemmas(key))):
                # ("arrival", "approval", "proposal" come of verbs; "final" of no "fine", "total" of no "tote")
                base = key[: -len(suffix)] + add
                if base in getAllLemmas(base).get("VERB", ()):
                    keys.add(base)
    return frozenset(keys)


def is_table_row(text: str) -> bool:
    """Whether a line is a row of a markdown table ("| Gas to China | 24 bcm | 33.7 bcm |")."""
    return text.lstrip().startswith("|") and text.count("|") >= 2


# a qualifier a figure may follow, as a piece of other patterns ("lasted about", ": nearly $1.8 billion")
QUALIFIER_PIECE = (r"(?:(?:about|around|some|nearly|almost|roughly|just|only|over|under|more\s+than|less\s+than|fewer\s+than|up\s+to"
                   r"|at\s+least)\s+)?")
# words that call a figure a total, but "total" (each user reads it its own way: "insured losses could total $40 billion")
TOTAL_WORDS = r"overall|combined|altogether|in all"
TOTAL_RE = re.compile(rf"\b(?:total|{TOTAL_WORDS})\b", re.I)  # a claim that calls its figure a total
ITEM_MARK = re.compile(r"\s*(?:[-*•–—]\s+|\d{1,2}[.)]\s+)?")  # what opens a list item before its first word
_BOX_LABEL_WORDS = 8
_FINITE_OR_SAID = frozenset("is are was were has have had will would can could may might said says told".split())


def is_box_label(label: str) -> bool:
    """Whether the text before a fact box line's colon is a label naming what follows ("Oil exports to China (2023)",
    "Putin's term"): up to eight words and no finite verb ("The reason is simple:" opens a sentence's clause)."""
    words = label.split()
    return 0 < len(words) <= _BOX_LABEL_WORDS and not any(w.lower().strip("'’\"") in _FINITE_OR_SAID for w in words)


def without_accents(word: str) -> str:
    """`word` with its letters' accents dropped: "Inácio" and "Inacio", "São" and "Sao" are matched alike."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def words_of(text: str) -> list[str]:
    """The words of a text, in order; not a word that a compound says something only resembles ("Soviet-style",
    "cult-like": no Soviet, no cult)."""
    if "-" not in text:
        return _WORD.findall(text)
    return [m.group() for m in _WORD.finditer(text) if not _RESEMBLING.match(text, m.end())]


def word_spans(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, keys) of every word, for proximity tests; the month "May" before a day or year is no modal "may"
    ("sworn in on May 7 for a term that runs through 2030"), and a word a compound says something only resembles
    ("Soviet-style") is none."""
    return [(m.start(), m.end(), _MONTH_MAY if m.group() == "May" and _DAY_OR_YEAR_AFTER.match(text, m.end()) else word_keys(m.group()))
            for m in _WORD.finditer(text) if "-" not in text or not _RESEMBLING.match(text, m.end())]


_RESEMBLING = re.compile(r"-(?:style|like|esque)\b", re.I)  # "a Soviet-style 87 per cent of the vote"


_MONTH_MAY = frozenset(("May",))
_DAY_OR_YEAR_AFTER = re.compile(r"\s+\d")
