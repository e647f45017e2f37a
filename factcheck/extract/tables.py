"""Markdown tables: a figure in a row of a table is of the period its column's header names.

"| Measure | 2022 | 2023 |" over "| Gas to China | 24 bcm | 33.7 bcm |": 24 bcm is of 2022, though its own row
names no year. The header is the row above a separator row ("|---|---|"), or a first row of dates and no other
figure (an HTML table's, whose cells `fold` opens with "| "); a column whose header cell holds one date gives that
date's range to each figure below it in a row that names no date of its own.
"""

from __future__ import annotations

import re

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
