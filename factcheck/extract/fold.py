"""Typography folded before scanning: what a careful reader sees past, the grammar sees past too.

Invisible characters inside numbers ("2\\u200b.14 million") are dropped; full-width forms ("＄４.３"),
typographic hyphens ("two\\u2011fifths") and digits of other scripts ("\\u0662\\u066b\\u0661\\u0664") become
ASCII; Markdown emphasis ("**71**") goes; a thin or no-break space between digit
groups ("1\\u202f234\\u202f567", "40\\u00a0000") and a plain space that can only group digits
("1 000 000", "40 000 shares") join the number as commas would ("84 739" is no code's "84739"), and a comma after such
groups is the decimal point of continental print ("1 234,56"); a run of spaces
is one, but a table written in aligned columns reads as a markdown table's rows ("Crude oil exports (mb/d)   1.72
2.14": "| Crude oil exports (mb/d) | 1.72 | 2.14 |").
HTML pasted into an article reads as its text: tags
go (a block tag ends a line, a table's cell opens with "| " as a markdown table's does), entities are decoded
("&euro;5bn", "&nbsp;": between digit groups it groups them, "2&nbsp;140&nbsp;000"); a raised decimal point between
digits ("4\u00b75 per cent") is a point; in a line of capitals (a wire alert) the months and weekdays read as the body writes them
("ON THURSDAY": "on Thursday"); in a headline in title case the common words read in lower case for figures
(`title_case_lowered`: "Death Toll Climbs To 9"). Facts found in the folded text are mapped back, so offsets and surfaces always index
the article as written.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import replace

from factcheck.facts import Fact

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_WIDE_FIRST, _WIDE_LAST = 0xFF01, 0xFF5E  # full-width "!" .. "~"
_WIDE_OFFSET = 0xFF01 - 0x21
_ODD_SPACES = "\u00a0\u2007\u2009\u202f\u2002\u2003\u2004\u2005\u2006\u2008\u200a"
_HYPHENS = "\u2010\u2011"  # the hyphen and the no-break hyphen: "two\u2011fifths"
# digits of other scripts ("٢٫١٤": Arabic-Indic, with the Arabic decimal point) read as ASCII digits: the
# grammar's separators are ASCII, so "٢٫١٤ million" would otherwise be 2 and 14 million
_OTHER_DIGITS = {chr(code): str(unicodedata.decimal(chr(code))) for code in range(0x0660, 0x1C5A)
                 if unicodedata.decimal(chr(code), None) is not None}
_ARABIC_SIGNS = {"\u066b": ".", "\u066c": ",", "\u066a": "%"}
_TRANSLATE = {**{c: " " for c in _ODD_SPACES}, **dict.fromkeys(_HYPHENS, "-"), **_OTHER_DIGITS, **_ARABIC_SIGNS,
              **{chr(code): chr(code - _WIDE_OFFSET) for code in range(_WIDE_FIRST, _WIDE_LAST + 1)}}
_TRANSLATION = str.maketrans(_TRANSLATE)
_ODD_CHARACTER = re.compile(f"[\u00b7{_INVISIBLE}{_ODD_SPACES}{_HYPHENS}{''.join(_OTHER_DIGITS)}{''.join(_ARABIC_SIGNS)}\uff01-\uff5e]")
_SPACES = re.compile(r"  +")
# (two spaces after a full stop part sentences either way: only a run inside a sentence asks for a fold)
_INNER_SPACES = re.compile(r"(?<![.!?:;\"'”’)\n ])  ")
_SPACED_GROUP = re.compile(r" (?<=\d )\d{3}(?!\d)")  # led by the space: the scan jumps from space to space
_MARKUP = re.compile(r"</?[A-Za-z]|&#?\w+;|<!--")
# digit groups: a thin or no-break space always groups; a plain space in a chain of three or more groups,
# before a group that starts with 0 (no count is written "000"), or in a pair ("n=84 739", "47 713
# subjects") unless a month or a day's number comes first ("on May 5 100 people", "the 5th 100") or
# a word is glued to or hyphenated with the second ("3 500ml bottles", "2 300-page reports") or a capitalised name
# follows ("24 737 MAX jets"): those are two
_MIDDLE_DOT = re.compile(r"(?<![\d\u00b7])\d+(?P<dot>\u00b7)\d+(?![\d\u00b7])")  # (one between digits: "2\u00b73\u00b74" is none)
_GROUP_AFTER = re.compile(r"\d{3}(?!\d)")
_THIN_GROUP = re.compile("(?<=\\d)[\u00a0\u2007\u2009\u202f](?=\\d{3}(?![\\d]))")
_COMMA_GROUPS = re.compile(r"\d,\d{3}(?![\d])")
_PLAIN_GROUPS = re.compile(r"(?<![\d.,+])(?<!\+\d )(?<!\+\d\d )(?<!\+\d\d\d )\d{1,3}(?: \d{3})+(?![\d]|[.,]\d)")  # (not "+1 212 555")
# continental print: spaces group the thousands and a comma marks the decimals ("1 234,56 points", "12\u202f500,5 tonnes")
_SPACED_DECIMAL = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u2007\u2009\u202f]\d{3})+(?P<comma>,)\d{1,2}(?![\d,]|\.\d)")
_TAG = re.compile(r"</?(?P<name>[A-Za-z][A-Za-z0-9]{0,10})\b(?:[^<>\"']|\"[^\"]*\"|'[^']*'){0,500}/?>")
# what a browser never shows: scripts, styles, comments (their numbers are code, not figures)
_HIDDEN_EDGE = re.compile(r"<(?P<close>/?)(?P<name>script|style|noscript|template)\b[^<>]{0,500}>|(?P<open><!--)|(?P<shut>-->)",
                          re.I)


def _hidden_blocks(text: str) -> list[tuple[int, int]]:
    """The spans of `<script>...</script>`, `<style>...</style>` and `<!-- ... -->`, paired in one pass (an
    unclosed one hides nothing: a linear scan, whatever the input)."""
    blocks: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None  # (start, what closes it)
    for m in _HIDDEN_EDGE.finditer(text):
        if opened is None:
            if m.group("open"):
                opened = (m.start(), "-->")
            elif m.group("name") and not m.group("close"):
                opened = (m.start(), m.group("name").lower())
        elif (m.group("shut") and opened[1] == "-->") or (m.group("close") and m.group("name").lower() == opened[1]):
            blocks.append((opened[0], m.end()))
            opened = None
    return blocks

_CELL_TAGS = frozenset(("td", "th"))


def _tag_text(tag: re.Match[str]) -> str:
    """What an HTML tag reads as: a line break for a block, "| " for a table cell's opening (as a markdown table's row
    reads: "<tr><td>Gas</td><td>24 bcm</td>" is "| Gas | 24 bcm", not "Gas24 bcm"), a space for its end, else nothing."""
    name = tag.group("name").lower()
    if name in _BLOCK_TAGS:
        return "\n"
    if name in _CELL_TAGS:
        return " " if tag.group().startswith("</") else "| "
    return ""
_BLOCK_TAGS = frozenset("p br div li ul ol h1 h2 h3 h4 h5 h6 tr table blockquote section article header footer".split())
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


_DATE_BEFORE = re.compile(r"(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|\d(?:st|nd|rd|th)|[-/:]) $")
_GLUED_AFTER = re.compile(r"[A-Za-z-]| [A-Z]")  # (a name after the pair, "24 737 MAX jets": a count and a model)


def _pair_groups(text: str, m: re.Match[str]) -> bool:
    """Whether a pair of plain-space groups ("84 739") is one number."""
    return (m.group().count(" ") == 1 and not _GLUED_AFTER.match(text, m.end())
            and not _DATE_BEFORE.search(text, max(0, m.start() - 12), m.start()))


# Markdown emphasis around words ("Putin, **71**, began his *fifth* term"): the markers go, as tags do.
# Only a run of asterisks (or two or three underscores) glued to a word on its inner side and not on its
# outer side: a list bullet ("* Putin"), "5 * 3" and snake_case stay.
_EMPHASIS = re.compile(r"(?<![\w*])(?:\*{1,3}|_{2,3})(?=[^\s*_])|(?<=[^\s*_])(?:\*{1,3}|_{2,3})(?![\w*])")


# a line written in capitals, as wire alerts are ("PUTIN ARRIVES IN BEIJING ON THURSDAY"): its months and weekdays read
# as written in the body ("Thursday"), the rest stays as it is
_CAPS_MARKS = ("DAY", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC", "TUES", "WEDS", "THURS")
_CAPS_DATE_WORD = re.compile(
    r"(?<![\w'’])(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN"
    r"|JUL|AUG|SEPT?|OCT|NOV|DEC|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|TUES|WEDS|THURS)(?![\w'’])")
_LINE = re.compile(r"[^\n]+")


def _caps_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines that hold capitals and no lower-case letter, with a month or weekday in them."""
    if not any(mark in text for mark in _CAPS_MARKS) or _CAPS_DATE_WORD.search(text) is None:
        return []
    return [m.span() for m in _LINE.finditer(text)
            if not any(c.islower() for c in m.group()) and sum(c.isupper() for c in m.group()) >= 8
            and _CAPS_DATE_WORD.search(m.group())]


_GAP = re.compile(r" {2,}|\t+")  # what parts two columns of an aligned table
_FIGURE_CELL = re.compile(r"[-+−(]?[$£€¥]?\d")


def _aligned_rows(text: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """The rows of tables written in aligned columns, each as (start, end of its text, the gaps between its cells):
    three lines at least in a row, each of two cells or more parted by two spaces or a tab, of one count of cells
    (a header may leave the first out), and figures in the cells after the first of two rows at least ("Crude oil
    exports (mb/d)   1.72   2.14")."""
    rows: list[tuple[int, int, list[tuple[int, int]]]] = []
    block: list[tuple[int, int, list[tuple[int, int]], int, bool]] = []

    def close() -> None:
        if len(block) >= 3 and sum(figures for *_, figures in block) >= 2:
            widest = max(cells for *_, cells, _ in block)
            if all(cells in (widest, widest - 1) for *_, cells, _ in block):
                rows.extend((start, end, gaps) for start, end, gaps, *_ in block)
        block.clear()

    for line in _LINE.finditer(text):
        start = line.start() + len(line.group()) - len(line.group().lstrip())
        end = line.start() + len(line.group().rstrip())
        gaps = [g.span() for g in _GAP.finditer(text, start, end)]
        if not gaps or start >= end or text[start] == "|":
            close()
            continue
        cells = [text[a:b] for a, b in zip([start] + [g[1] for g in gaps], [g[0] for g in gaps] + [end], strict=True)]
        block.append((start, end, gaps, len(cells), any(_FIGURE_CELL.match(c) for c in cells[1:])))
    close()
    return rows


def _needs_fold(text: str) -> bool:
    """Whether `text` has anything to fold: one cheap test per kind (most articles have none)."""
    if _caps_lines(text):
        return True
    if not text.isascii() and _ODD_CHARACTER.search(text):
        return True
    if ("<" in text or "&" in text) and _MARKUP.search(text):
        return True
    if ("*" in text or "__" in text) and _EMPHASIS.search(text):
        return True
    if "  " in text and _INNER_SPACES.search(text):
        return True
    return _SPACED_GROUP.search(text) is not None


def fold(text: str) -> tuple[str, list[int] | None]:
    """(folded text, the original offset of each folded character plus the end), or (text, None)
    when nothing needs folding (the common case, at the cost of one search)."""
    if not _needs_fold(text):
        return text, None
    edits: dict[int, tuple[int, str]] = {}  # start -> (end, replacement)
    for i, c in enumerate(text):
        if c in _INVISIBLE:
            edits[i] = (i + 1, "")
    for m in _THIN_GROUP.finditer(text):
        edits[m.start()] = (m.end(), ",")  # (a comma, not nothing: digits grouped are no code's "84739")
    if "\u00b7" in text:
        for m in _MIDDLE_DOT.finditer(text):
            edits[m.start("dot")] = (m.end("dot"), ".")  # "4\u00b75 per cent": the raised decimal point of older British print
    commas = _COMMA_GROUPS.search(text) is not None  # a text that groups thousands by commas writes no "42 737" as one
    for m in _PLAIN_GROUPS.finditer(text):
        groups = m.group().split(" ")
        if len(groups) >= 3 or any(g.startswith("0") for g in groups[1:]) or (not commas and _pair_groups(text, m)):
            edits.update((i, (i + 1, ",")) for i in range(m.start(), m.end()) if text[i] == " ")
    if "," in text:
        for m in _SPACED_DECIMAL.finditer(text):
            edits.update((i, (i + 1, ",")) for i in range(m.start(), m.start("comma")) if not text[i].isdigit())
            edits[m.start("comma")] = (m.end("comma"), ".")
    for start, end in _caps_lines(text):  # "ON THURSDAY" in a line of capitals: "on Thursday"
        for m in _CAPS_DATE_WORD.finditer(text, start, end):
            edits.update((m.start() + k, (m.start() + k + 1, c)) for k, c in enumerate(m.group().capitalize()))  # (one
            # character for one: offsets map back one by one)
    if "  " in text:  # "$4.34  billion", "in  May 2023": a run of spaces reads as one
        for m in _SPACES.finditer(text):
            edits[m.start() + 1] = (m.end(), "")
        for start, end, gaps in _aligned_rows(text):  # a table of aligned columns reads as a markdown table's rows
            edits[start] = (start + 1, "| " + text[start])
            for gap_start, gap_end in gaps:
                edits.pop(gap_start + 1, None)
                edits[gap_start] = (gap_end, " | ")
            edits[end - 1] = (end, text[end - 1] + " |")
    if "*" in text or "__" in text:
        for m in _EMPHASIS.finditer(text):
            edits[m.start()] = (m.end(), "")
    if "<" in text:
        for m in _TAG.finditer(text):
            edits[m.start()] = (m.end(), _tag_text(m))
        for start, end in _hidden_blocks(text):  # (after the tags: the block's edit replaces its opening tag's)
            edits[start] = (end, "\n")
    if "&" in text:
        for m in _ENTITY.finditer(text):
            decoded = html.unescape(m.group())
            if decoded in _ODD_SPACES and text[m.start() - 1 : m.start()].isdigit() and _GROUP_AFTER.match(text, m.end()):
                edits[m.start()] = (m.end(), ",")  # "2&nbsp;140&nbsp;000": a no-break space between digit groups groups them
            elif decoded != m.group():
                edits[m.start()] = (m.end(), decoded.translate(_TRANSLATION))
    chars: list[str] = []
    index: list[int] = []
    i, n = 0, len(text)
    while i < n:
        edit = edits.get(i)
        if edit is not None:
            end, replacement = edit
            chars.extend(replacement)
            index.extend([i] * len(replacement))
            i = max(end, i + 1)
            continue
        c = text[i]
        chars.append(_TRANSLATE.get(c, c))
        index.append(i)
        i += 1
    index.append(n)
    return "".join(chars), index


def unfold(fact: Fact, original: str, index: list[int]) -> Fact:
    """`fact`, found in the folded text, with every offset, its surface, sentence and claim taken from `original`."""

    def span(start: int, length: int) -> tuple[int, str]:
        begin = index[start]
        end = _original_end(index, original, start + length) if length else begin
        return begin, original[begin:end]

    start, surface = span(fact.start, fact.end - fact.start)
    sentence_start, sentence = span(fact.sentence_start, len(fact.sentence))
    changes: dict[str, object] = {"start": start, "end": start + len(surface), "surface": surface,
                                  "sentence_start": sentence_start, "sentence": sentence}
    if fact.claim_start >= 0:
        changes["claim_start"], changes["claim"] = span(fact.claim_start, len(fact.claim))
    if fact.clause_start >= 0:  # a clause around a relative clause is two parts joined: its words stay folded
        changes["clause_start"] = index[fact.clause_start]
    return replace(fact, **changes)  # type: ignore[arg-type]


def _original_end(index: list[int], original: str, folded_end: int) -> int:
    """The original offset just past the folded character before `folded_end`: past a whole entity or
    tag when that character came from one."""
    last = index[folded_end - 1]
    following = index[folded_end]
    if following > last + 1 and original[last] in "&<":  # an entity, or a tag, folded into what ends here
        return following
    return last + 1


# A headline in title case ("Death Toll Climbs To 9 In Taiwan Quake; 1,000+ Injured") capitalises the words a figure's
# reading looks for ("toll", "injured", "jobs"): for figures, its common words read in lower case. A line is taken
# as one when it has four words or more, every word in lower case is a short function word, and at least three
# capitalised words are common words; months, weekdays and places stay as written.
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_TITLE_FUNCTION_WORDS = frozenset("a an the of in on to for at by and or but vs as from with per via nor".split())
_TITLE_KEEP = frozenset(
    "january february march april may june july august september october november december monday tuesday wednesday "
    "thursday friday saturday sunday".split())


def title_case_lowered(text: str) -> str:
    """`text` with the common words of its title-case lines in lower case (the same length: offsets hold)."""
    from factcheck.extract.words import known_word
    from factcheck.places import places_named

    out: list[str] | None = None
    for line in _LINE.finditer(text):
        if len(line.group()) > 200 or not any(c.isupper() for c in line.group()[1:]):
            continue
        words = list(_TITLE_WORD.finditer(line.group()))
        if len(words) < 4 or any(w.group()[0].islower() and w.group().lower() not in _TITLE_FUNCTION_WORDS for w in words):
            continue
        common = [w for w in words if w.group()[1:].islower() and w.group().lower() not in _TITLE_KEEP
                  and known_word(w.group().lower()) and not places_named(w.group())]
        if len(common) < 3:
            continue
        if out is None:
            out = list(text)
        for w in common:
            start = line.start() + w.start()
            out[start] = out[start].lower()
    return text if out is None else "".join(out)
