"""Countries and regions named in text, for rules that are about some of them (`places:` in a rule).

The names are CLDR's English territory names (babel) plus, as data in places.txt, the short forms news
writes ("Turkey", "the U.S.", "Britain", "EU") and the adjectives of the commoner ones ("Indian",
"European"): a figure whose
claim says "exports to India" or "Indian refiners" is about India. A place word before a currency or
a sea names neither ("U.S. dollars", "Indian Ocean").
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from importlib import resources


def _written_names() -> dict[str, str]:
    """places.txt: short forms and adjectives ("Turkey", "the U.S.", "Indian") -> CLDR territory name."""
    text = resources.files("factcheck").joinpath("places.txt").read_text(encoding="utf-8")
    pairs = (line.split(" = ", 1) for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {name.strip(): territory.strip() for name, territory in pairs}


_NOT_PLACES = frozenset({"world", "Unknown Region", "Pseudo-Accents", "Pseudo-Bidi", "United Nations",
                         "Outlying Oceania", "Eurozone"})
# "U.S. dollars", "Indian rupees", "the Indian Ocean", "Turkish Stream": a place word that names a thing
_THING_AFTER = re.compile(
    r"[ -](?:dollars?|rupees?|yen|yuan|francs?|pounds?|euros?|won|pesos?|crowns?|kron[ao]r?|rubles?|roubles?|lira"
    r"|Ocean|Sea|Stream|Treasur(?:y|ies)|border|frontier)\b"  # ("near the Bangladesh border": in the other country)
)
# "the U.S. Geological Survey", "Russian Railways", "Saudi Aramco": a place word that begins the name of a
# body names the body, not a place the figure is about; a person's title after it keeps the place
# ("Chinese President Xi", "Russian Deputy Prime Minister")
_NAME_AFTER = re.compile(r"\s(?!(?:President|Prime|Premier|Deputy|Foreign|Defen[cs]e|Finance|Trade|Energy|Economy|Minister|Leader"
                         r"|Ambassador|King|Queen|Crown|Chancellor|Secretary|Vice|Chief|General|Government|Army|Navy|Air)\b)"
                         r"[A-Z][a-z]")


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, str], re.Pattern[str]]:
    from babel import Locale

    canonical = {name: name for name in Locale("en").territories.values() if name not in _NOT_PLACES}
    canonical.update(_written_names())
    pattern = re.compile(r"(?<![\w.])(?<!New )(?=[A-ZÅÇÉŞ])" + _trie(sorted(canonical)) + r"(?![\w$-]|\.\w)")
    return canonical, pattern


def _trie(words: list[str]) -> str:
    """One regex for many words, as a trie of their characters (a plain alternation of 500 names tries each
    one at every capital letter); at each branch the longer words come first."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + render(tree) + ")"


def place_of(name: str) -> str | None:
    """The territory a written name, short form or adjective stands for ('Indian' -> 'India'), or None."""
    return _names()[0].get(name)


@lru_cache(maxsize=65536)  # every rule with places asks about the same claims
def places_named(text: str) -> tuple[str, ...]:
    """The territories `text` names, in order, each once ('Russia's oil exports to India' -> Russia, India)."""
    canonical = _names()[0]
    out: list[str] = []
    for m in _place_words(text):
        place = canonical[m.group()]
        if place not in out:
            out.append(place)
    return tuple(out)


def _place_words(text: str) -> list[re.Match[str]]:
    """The words of `text` that name a place: no currency, sea or border after them, nor a name they begin."""
    return [m for m in _names()[1].finditer(text) if not (_THING_AFTER.match(text, m.end()) or _NAME_AFTER.match(text, m.end()))]


@lru_cache(maxsize=65536)
def joined_places(text: str) -> str:
    """`text` with each place it names written as one word of its territory, capitalised once ("the U.S.", "United
    States", "American" -> "Unitedstates"; "Britain", "UK" -> "Unitedkingdom"): the words of one place are one word."""
    canonical = _names()[0]
    out, at = [], 0
    for m in _place_words(text):
        joined = canonical[m.group()].replace(" ", "").replace("-", "").capitalize()
        head, of, tail = m.group().rpartition(" of ")
        if of and tail in canonical and head not in canonical:
            joined = f"{head} of {joined}"  # "the Bank of England": the bank of the UK, its own word kept
        out += [text[at : m.start()], joined]
        at = m.end()
    return "".join(out) + text[at:]



@lru_cache(maxsize=1)
def _joined_names() -> dict[str, str]:
    return {name.replace(" ", "").replace("-", "").lower(): name for name in set(_names()[0].values())}


def joined_place(word: str) -> str | None:
    """The territory a word `joined_places` wrote stands for ("unitedstates" -> "United States"), or None."""
    return _joined_names().get(word.lower())


_AND_BETWEEN = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")


_TO_BEFORE = re.compile(r"\b(?:to|into)\s+(?:the\s+)?$", re.I)


def destinations(text: str) -> frozenset[str]:
    """The territories `text` names right after "to" ("a state visit to Russia", "exports to the United States"): where
    what it tells went."""
    canonical = _names()[0]
    return frozenset(canonical[m.group()] for m in _place_words(text) if _TO_BEFORE.search(text, max(0, m.start() - 10), m.start()))


@lru_cache(maxsize=65536)
def summed_places(text: str) -> frozenset[str]:
    """The territories `text` joins by "and" ("killed 16 people in Bangladesh and India": Bangladesh, India), a sum
    over them; none when it joins none."""
    return _joined_by(text, _AND_BETWEEN)


_LIST_GAP = re.compile(r",?\s+(?:and|&)\s+(?:the\s+)?|,\s+(?:the\s+)?")


@lru_cache(maxsize=65536)
def listed_places(text: str) -> frozenset[str]:
    """The territories `text` lists together, parted by commas or "and" ("across England, Wales and Northern Ireland":
    all three); none when it lists none."""
    return _joined_by(text, _LIST_GAP)


def _joined_by(text: str, gap_pattern: re.Pattern[str]) -> frozenset[str]:
    """The territories of every two place words next to each other in `text` that `gap_pattern` joins, two of them."""
    canonical = _names()[0]
    out: set[str] = set()
    for left, right in itertools.pairwise(_place_words(text)):
        gap = text[left.end() : right.start()].removeprefix("'s").removeprefix("’s")
        if gap_pattern.fullmatch(gap) and canonical[left.group()] != canonical[right.group()]:
            out |= {canonical[left.group()], canonical[right.group()]}
    return frozenset(out)
