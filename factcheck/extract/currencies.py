"""Currency names as news writes them after a number ("420 million Finnish markka", "125 million
Australian dollars"): babel's English names of every ISO currency, singular and plural. Only names of
two words or more are taken from babel, so an ordinary word ("gold", "won") is never read as money;
single-word names are the curated ones of `quantities.CURRENCY_WORDS`."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.memo import persistent

_WORDS = re.compile(r"[A-Za-z][A-Za-z.]*")
MAX_WORDS = 4


@persistent
def currency_names() -> dict[str, str]:
    """Lower-cased English currency name -> ISO code (babel; multi-word names only)."""
    from babel import Locale
    from babel.numbers import get_currency_name

    names: dict[str, str] = {}
    for code, name in Locale("en").currencies.items():
        if code.startswith("X") or len(code) != 3:
            continue  # metals, funds and test codes
        for form in (name, get_currency_name(code, count=2, locale="en")):
            key = " ".join(form.lower().split())
            if " " in key and "(" not in key:
                names.setdefault(key, code)
    return names


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in currency_names())


def match_currency_name(text: str, pos: int) -> tuple[int, str] | None:
    """(end, ISO code) when a multi-word currency name starts at `pos` (after one space)."""
    if pos >= len(text) or text[pos] != " ":
        return None
    first = _WORDS.match(text, pos + 1)
    if first is None or first.group().lower() not in _first_words():
        return None
    words = list(_WORDS.finditer(text, pos + 1, min(len(text), pos + 60)))[:MAX_WORDS]
    names = currency_names()
    for n in range(len(words), 1, -1):
        span = text[pos + 1 : words[n - 1].end()]
        if " ".join(span.lower().split()) in names and re.fullmatch(r"[A-Za-z. ]+", span):
            return words[n - 1].end(), names[" ".join(span.lower().split())]
    return None
