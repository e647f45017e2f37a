"""Claims: which words of a sentence each figure is about.

A sentence is cut twice. **Clauses** end at `;` `:` and dashes, before "while", "whereas",
"although", "though", at ", and" / ", but" / ", with", and around a relative clause opened by a comma
(", who is 71,", ", which rose 40%"). Each clause is cut again into **fragments** at commas, before
brackets, "that" and relative pronouns, and between two figures at the last "and" / "or" / "but" between them.

A figure's **claim** is its fragment; a relative clause also takes the fragment before it, the noun it
is about ("Putin, who is 71"). Its **clause** is the clause the fragment lies in; the two parts of a
clause around a relative clause are one clause ("Putin and Xi [, who met in 2013,] sat down on Thursday"). Rules look for their
words in the claim first, then in the clause, and only as a last resort in the rest of the sentence,
so the "no limits" of one clause does not describe the date of the next.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

_CLAUSE = re.compile(
    r"\s*[;:]\s*|\s+[—–-]{1,2}\s+|\s*[—–]\s*|,\s*(?=(?:and|but|with|whereas|while)\s)"
    r"|\s+(?=(?:while|whereas|although|though)\b)",
    re.I,
)
_RELATIVE_OPEN = re.compile(r",\s*(?=(?:who|whom|whose|which|where)\b)", re.I)
_FRAGMENT = re.compile(r",\s*|\s*[()\[\]]\s*|\s+(?=(?:that|who|whom|whose|which|where)\b)", re.I)
_BETWEEN_FIGURES = re.compile(r"\s+(?=(?:and|or|but|as well as)\s)", re.I)
_RELATIVE = re.compile(r"(?:who|whom|whose|which|where)\b", re.I)


@dataclass(slots=True)
class Claim:
    start: int  # offsets in the text the sentence was cut from
    end: int
    clause_start: int
    clause: str  # the clause's text; a clause around a relative clause is its two parts joined


def sentence_claims(sentence: str, offset: int, spans: list[tuple[int, int]]) -> list[Claim]:
    """The claim and clause of each figure span (offsets in the text; `sentence` starts at `offset`)."""
    local = [(s - offset, e - offset) for s, e in spans]

    def outside(at: int) -> bool:
        return not any(s < at < e for s, e in local)

    strong = [(m.start(), m.end()) for m in _CLAUSE.finditer(sentence) if outside(m.start()) and outside(m.end())]
    relatives = []  # (where a relative clause opens, where it closes)
    for m in _RELATIVE_OPEN.finditer(sentence):
        if outside(m.start()):
            strong.append((m.start(), m.end()))
            close = sentence.find(",", m.end())
            while close >= 0 and not outside(close):
                close = sentence.find(",", close + 1)
            if close >= 0:
                strong.append((close, close + 1))
                relatives.append((m.start(), close + 1))
    clauses = _pieces(sentence, strong)
    group = list(range(len(clauses)))  # "Putin and Xi, who met in 2013, sat down": one clause around the relative
    for opened, closed in relatives:
        before = max((i for i, (_, b) in enumerate(clauses) if b <= opened), default=None)
        after = min((i for i, (a, _) in enumerate(clauses) if a >= closed), default=None)
        if before is not None and after is not None:
            group[after] = group[before]
    weak = strong + [(m.start(), m.end()) for m in _FRAGMENT.finditer(sentence) if outside(m.start()) and outside(m.end())]
    fragments = []
    for start, end in _pieces(sentence, weak):
        figures = sorted((s, e) for s, e in local if start <= s < end)
        cuts = [start]
        for (_, left_end), (right, _) in itertools.pairwise(figures):
            joins = [m.end() for m in _BETWEEN_FIGURES.finditer(sentence, left_end, right)]
            if joins:
                cuts.append(joins[-1])
        cuts.append(end)
        fragments += [(a, b) for a, b in itertools.pairwise(cuts) if b > a]
    out = []
    for s, e in local:
        i = _find(fragments, s)
        a, b = fragments[i] if i is not None else (s, e)
        if i and _RELATIVE.match(sentence, _skip_space(sentence, a)):
            a = fragments[i - 1][0]  # "Putin, who is 71": the relative clause is about the noun before it
        j = _find(clauses, s)
        if j is None:
            out.append(Claim(a + offset, max(b, e) + offset, a + offset, sentence[a:b]))
            continue
        members = [k for k in range(len(clauses)) if group[k] == group[j]]
        text = " ".join(sentence[clauses[k][0] : clauses[k][1]] for k in members)
        if a < clauses[members[0]][0]:
            text = sentence[a : clauses[members[0]][0]].strip() + " " + text  # the antecedent of a relative clause
        out.append(Claim(a + offset, max(b, e) + offset, min(clauses[members[0]][0], a) + offset, text))
    return out


def _pieces(sentence: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The text between cuts, stripped of surrounding spaces."""
    out, start = [], 0
    for a, b in sorted(cuts):
        if a > start:
            out.append((start, a))
        start = max(start, b)
    if start < len(sentence):
        out.append((start, len(sentence)))
    stripped = []
    for a, b in out:
        while a < b and sentence[a].isspace():
            a += 1
        while b > a and sentence[b - 1].isspace():
            b -= 1
        if b > a:
            stripped.append((a, b))
    return stripped


def _find(pieces: list[tuple[int, int]], at: int) -> int | None:
    return next((i for i, (a, b) in enumerate(pieces) if a <= at < b), None)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos
