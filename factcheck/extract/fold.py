"""Typography folded before scanning: what a careful reader sees past, the grammar sees past too.

Invisible characters inside numbers ("2\\u200b.14 million") are dropped; full-width forms ("＄４.３")
and typographic hyphens ("two\\u2011fifths") become ASCII; a thin or no-break space between digit
groups ("1\\u202f234\\u202f567", "40\\u00a0000") and a plain space that can only group digits
("1 000 000", "40 000 shares") join the number. Facts
found in the folded text are mapped back, so offsets and surfaces always index the article as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.facts import Fact

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_WIDE_FIRST, _WIDE_LAST = 0xFF01, 0xFF5E  # full-width "!" .. "~"
_WIDE_OFFSET = 0xFF01 - 0x21
_ODD_SPACES = "\u00a0\u2007\u2009\u202f\u2002\u2003\u2004\u2005\u2006\u2008\u200a"
_HYPHENS = "\u2010\u2011"  # the hyphen and the no-break hyphen: "two\u2011fifths"
_NEEDS_FOLD = re.compile(f"[{_INVISIBLE}{_ODD_SPACES}{_HYPHENS}\uff01-\uff5e]|\\d \\d{{3}}(?!\\d)")
# digit groups: a thin or no-break space always groups; a plain space only in a chain of three or more
# groups or before a group that starts with 0 (no count is written "000"): "on May 5 100 people" is two
_THIN_GROUP = re.compile("(?<=\\d)[\u00a0\u2007\u2009\u202f](?=\\d{3}(?![\\d]))")
_PLAIN_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d]|[.,]\d)")


def fold(text: str) -> tuple[str, list[int] | None]:
    """(folded text, the original offset of each folded character plus the end), or (text, None)
    when nothing needs folding (the common case, at the cost of one search)."""
    if _NEEDS_FOLD.search(text) is None:
        return text, None
    drop: set[int] = {i for i, c in enumerate(text) if c in _INVISIBLE}
    drop.update(m.start() for m in _THIN_GROUP.finditer(text))
    for m in _PLAIN_GROUPS.finditer(text):
        groups = m.group().split(" ")
        if len(groups) >= 3 or any(g.startswith("0") for g in groups[1:]):
            drop.update(i for i in range(m.start(), m.end()) if text[i] == " ")
    chars: list[str] = []
    index: list[int] = []
    for i, c in enumerate(text):
        if i in drop:
            continue
        code = ord(c)
        if _WIDE_FIRST <= code <= _WIDE_LAST:
            c = chr(code - _WIDE_OFFSET)
        elif c in _ODD_SPACES:
            c = " "
        elif c in _HYPHENS:
            c = "-"
        chars.append(c)
        index.append(i)
    index.append(len(text))
    return "".join(chars), index


def unfold(fact: Fact, original: str, index: list[int]) -> Fact:
    """`fact`, found in the folded text, with every offset, its surface, sentence and claim taken from `original`."""

    def span(start: int, length: int) -> tuple[int, str]:
        begin = index[start]
        end = index[start + length - 1] + 1 if length else begin
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
