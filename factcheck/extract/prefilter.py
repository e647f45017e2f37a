"""Word-start guards for the scanning patterns.

Python's regular-expression engine tries the branches of an alternation one by one, so a
pattern whose alternatives begin with long lists of words (month names, number words) pays for
every list at every word of the text. A guard placed at the start of the pattern lists, as a
trie, the few characters any match can begin with; every other word fails it at its first
letter or two. A guard only narrows where a match may start, so it leaves the pattern's matches
unchanged as long as every alternative begins with one of its words (tests hold each guarded
pattern equal to the same pattern without its guard).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def starts_with(words: Iterable[str], ignore_case: Iterable[str] = (), also: str = r"\d", depth: int = 3) -> str:
    """A look-ahead that passes where `also` matches or one of the words begins (its first
    `depth` characters; `ignore_case` words in any case)."""
    entries = [_tokens(w, False)[:depth] for w in words] + [_tokens(w, True)[:depth] for w in ignore_case]
    trie: dict[str, dict] = {}
    for tokens in entries:
        node = trie
        for token in tokens:
            if _END in node:  # a shorter entry already passes here
                break
            node = node.setdefault(token, {})
        else:
            node.clear()
            node[_END] = {}
    alternatives = [a for a in (also, _build(trie) if trie else "") if a]
    guard = "(?=" + "|".join(alternatives) + ")"
    if also in ("", r"\d", r"[\d.]") and trie:
        # a class of the first characters first: most positions fail it in one step, before the trie
        first = sorted({c for token in trie for c in re.findall(r"[^\[\]\\]", token)} | ({"."} if "." in also else set()))
        guard = "(?=[" + ("\\d" if also else "") + "".join(re.escape(c) for c in first) + "])" + guard
    return guard


def _tokens(word: str, ignore_case: bool) -> list[str]:
    return [f"[{c.lower()}{c.upper()}]" if ignore_case and c.lower() != c.upper() else re.escape(c) for c in word]


def _build(node: dict[str, dict]) -> str:
    if _END in node:
        return ""
    branches = [token + _build(child) for token, child in node.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
