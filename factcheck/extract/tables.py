"""Markdown tables: a figure in a row of a table is of the period its column's header names, in the unit its row's
label or its column's header puts in brackets.

"| Measure | 2022 | 2023 |" over "| Gas to China | 24 bcm | 33.7 bcm |": 24 bcm is of 2022, though its own row
names no year. The header is the row above a separator row ("|---|---|"), or a first row of dates and no other
figure (an HTML table's, whose cells `fold` opens with "| ", or a table of aligned columns'); a column whose header
cell holds one date gives that date's range to each figure below it in a row that names no date of its own.
"| Crude oil exports (mb/d) | 1.72 | 2.14 |": each bare number of the row is read with the label's unit (1.72 mb/d);
"| Company | Revenue ($bn) |" gives its column's bare numbers dollars in billions; a column headed "Change" holds changes.
"""

from __future__ import annotations

import re

from factcheck.extract.mentions import Mention
from factcheck.extract.quantities import find_figures
from factcheck.extract.words import singular
from factcheck.facts import Fact
from factcheck.text import Sentence, is_table_row

_SEPARATOR = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*")


def table_periods(sentences: list[Sentence], facts: list[Fact]) -> None:
    """Set `period` on each figure of a table's body from its column's header date (facts in text order)."""
    if not any(is_table_row(s.text) for s in sentences):
        return
    by_sentence: dict[int, list[Fact]] = {}
    for fact in facts:
        by_sentence.setdefault(fact.sentence_index, []).append(fact)
    i = 0
    while i + 1 < len(sentences):
        if not is_table_row(sentences[i].text) or not (_SEPARATOR.fullmatch(sentences[i + 1].text) or (
                is_table_row(sentences[i + 1].text) and _only_dates(by_sentence.get(sentences[i].index, [])))):
            i += 1
            continue
        header = sentences[i]
        columns: dict[int, list[Fact]] = {}
        for fact in by_sentence.get(header.index, []):
            if fact.kind == "date":
                columns.setdefault(_column(header, fact), []).append(fact)
        periods = {c: f"{found[0].date_start}..{found[0].date_end}" for c, found in columns.items()
                   if len(found) == 1 and found[0].date_start is not None}
        i += 2 if _SEPARATOR.fullmatch(sentences[i + 1].text) else 1
        while i < len(sentences) and is_table_row(sentences[i].text):
            row = by_sentence.get(sentences[i].index, [])
            if periods and not any(f.kind == "date" for f in row):  # (a row that names its own date says its period)
                for fact in row:
                    fact.period = periods.get(_column(sentences[i], fact), "")
            i += 1


def _only_dates(facts: list[Fact]) -> bool:
    """Whether a row holds dates and no other figure: a header, though no separator row follows it (an HTML table's)."""
    return bool(facts) and all(f.kind == "date" for f in facts)


def _column(sentence: Sentence, fact: Fact) -> int:
    """Which cell of its row a fact stands in (the cells before it)."""
    return sentence.text.count("|", 0, fact.start - sentence.start)


_BRACKETED_UNIT = re.compile(r"\((?P<unit>[^()\d|]{1,30})\)\s*$")  # "Crude oil exports (mb/d)", "Revenue ($bn)"
_CURRENCY_FIRST = re.compile(r"(?P<sign>(?:[A-Z]{1,3})?[$£€¥])\s*(?P<rest>.*)")  # "$bn", "US$ bn", "€m"
_READ_KINDS = frozenset(("quantity", "money", "percent", "duration"))
# a label that opens with the unit its figures count ("| Years of diplomatic ties | 75 |", "| Days in office | 120 |")
_UNIT_LABEL = re.compile(r"(?P<unit>(?i:years|months|weeks|days|hours))\s+(?:of|in|since|on|at|as)\b")
_UNIT_LABEL_SEEN = re.compile(r"\|\s*(?i:years|months|weeks|days|hours)\s")


def table_units(text: str, mentions: list[Mention]) -> None:
    """Read each bare number of a markdown table's body with the unit in brackets of its row's label or its column's
    header, or the unit its row's label opens with ("| Years of diplomatic ties | 75 |": 75 years), when that reading
    is a quantity, an amount, a percentage or a duration ("| Crude oil exports (mb/d) | 1.72 |": 1.72 mb/d); a unit
    the table does not write is none it has."""
    if "|" not in text or ("(" not in text and not _UNIT_LABEL_SEEN.search(text)):
        return
    headers: dict[int, list[str]] | None = None  # each body row's start -> the cells of its table's first row
    line_start = -1
    cells: list[str] = []
    header: list[str] = []
    for m in mentions:
        if m.kind != "count" or m.unit:
            continue
        start = text.rfind("\n", 0, m.start) + 1
        if start != line_start:
            line_start, cells = start, _cells_at(text, m.start)
            if cells:
                headers = _table_headers(text) if headers is None else headers
                header = headers.get(start, [])
        if not cells:
            continue
        column = text.count("|", line_start, m.start) - 1
        label = _BRACKETED_UNIT.search(cells[0].strip()) or _UNIT_LABEL.match(cells[0].strip())
        heading = _BRACKETED_UNIT.search(header[column].strip()) if 0 < column < len(header) else None
        unit = heading or label
        if unit is None or column == 0:
            continue
        read = _read_with(text[m.start : m.end], unit.group("unit").strip())
        if read is not None:
            m.kind, m.value, m.value_high, m.unit, m.precision = read.kind, read.value, read.value_high, read.unit, read.precision


_CHANGE_HEADER = re.compile(r"\b(?i:change|chg|growth|y/y|yoy|y-o-y|q/q|qoq|gain/loss|increase/decrease)\b|\+/-|±")


def table_changes(text: str, mentions: list[Mention]) -> None:
    """Mark each figure of a markdown table's body whose column's header names a change ("| 3Q18/3Q17 Change |",
    "| % chg |") as one: down when it is below zero ("-13.4%"), else up ("32.9%"); a share of the market in the next
    column stays a level."""
    if "|" not in text or not _CHANGE_HEADER.search(text):
        return
    headers: dict[int, list[str]] | None = None
    for m in mentions:
        if m.change or m.value is None or m.kind not in ("percent", "count", "money", "quantity"):
            continue
        if not _cells_at(text, m.start):
            continue
        start = text.rfind("\n", 0, m.start) + 1
        headers = _table_headers(text) if headers is None else headers
        header = headers.get(start, [])
        column = text.count("|", start, m.start) - 1
        if 0 < column < len(header) and _CHANGE_HEADER.search(header[column]) and m.value != 0:
            m.change = "down" if m.value < 0 else "up"


def _cells_at(text: str, position: int) -> list[str]:
    """The cells of the markdown table row that holds `position`, none when its line is no table row."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : len(text) if end < 0 else end]
    return line.split("|")[1:-1] if is_table_row(line) else []


def _table_headers(text: str) -> dict[int, list[str]]:
    """The start of each markdown table row but a table's first, and the cells of that first row (its header), in one
    pass over the text's lines."""
    headers: dict[int, list[str]] = {}
    first: list[str] | None = None
    start = 0
    for line in text.split("\n"):
        if is_table_row(line):
            if first is None:
                first = line.split("|")[1:-1]
            else:
                headers[start] = first
        else:
            first = None
        start += len(line) + 1
    return headers


def _read_with(number: str, unit: str) -> Mention | None:
    """`number` read with `unit` ("1.72", "mb/d"; "190.3", "$bn"), or None when that is no single quantity, amount
    or percentage."""
    currency = _CURRENCY_FIRST.fullmatch(unit)
    written = f"{currency.group('sign')}{number}{currency.group('rest')}" if currency else f"{number} {unit}"
    found = find_figures(written, [])
    if len(found) != 1 or found[0].start != 0 or found[0].end < len(written) - 1 or found[0].kind not in _READ_KINDS:
        return None
    return found[0]


# "Following are the number of seats won by parties:" over "BJP – 240", "Congress – 99", ...: a list whose opening line
# says what its numbers count
_LIST_INTRO = re.compile(r"\bnumbers?\s+of\s+([a-z]{3,}s)\b[^\n]*:[^\S\n]*$", re.I | re.M)
_LIST_ITEM = re.compile(r"[^\S\n]*[A-Za-z][^\n:–—|\d]{0,60}?[^\S\n]+[–—-][^\S\n]+(\d[\d,]*)[^\S\n]*")
_LIST_ITEMS = 3  # items a list needs (fewer may be a sentence's dash)
_LINE = re.compile(r"[^\n]+")


def list_units(text: str, mentions: list[Mention]) -> None:
    """Read each bare number of a list of "<name> – <number>" lines with the plural noun its opening line counts
    ("the number of seats won by parties:" over "BJP – 240": 240 seats), when at least three items follow it."""
    if "umber" not in text or ":" not in text or "\n" not in text:
        return
    spans: dict[tuple[int, int], str] = {}
    for intro in _LIST_INTRO.finditer(text):
        noun, items = singular(intro.group(1).lower()), []
        for line in _LINE.finditer(text, intro.end()):  # (blank lines between items are no lines)
            if not line.group().strip():
                continue
            item = _LIST_ITEM.fullmatch(line.group())
            if item is None:
                break
            items.append((line.start() + item.start(1), line.start() + item.end(1)))
        if len(items) >= _LIST_ITEMS:
            spans.update(dict.fromkeys(items, noun))
    for m in mentions:
        if m.kind == "count" and not m.unit and (noun := spans.get((m.start, m.end))):
            m.unit = noun
