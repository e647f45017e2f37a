"""Text utilities shared by extraction and reporting: sentences, lines and columns, word stems."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

# Words that end with a full stop without ending a sentence.
_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr prof st gen gov sen rep lt col "
    "sgt capt cmdr adm inc ltd corp co no vs etc approx est fig jr sr".split()
)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences; newlines always end one, abbreviations like 'Oct.' never do."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if "\n" not in match.group() and _ends_with_abbreviation(text, match.start()):
            continue
        _append(sentences, text, start, match.start() + len(match.group().rstrip()))
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot]
    # "U.S." / "A." (initials) and known abbreviations; a lower-case word ending a sentence is normal.
    return word.lower().rstrip(".") in _ABBREVIATIONS or (len(word) <= 3 and "." in word) or len(word) == 1


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
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


_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball (Porter 2) stem of a lower-cased word: 'exports', 'exported' -> 'export'."""
    return _STEMMER.stemWord(word.lower().replace("’", "'"))


def stems(text: str) -> list[str]:
    """Stems of the words of a text, in order."""
    return [stem(w) for w in _WORD.findall(text)]


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stem) of every word, for proximity tests."""
    return [(m.start(), m.end(), stem(m.group())) for m in _WORD.finditer(text)]
