"""Countries and regions named in text, for rules that are about some of them (`places:` in a rule).

The names are CLDR's English territory names (babel) plus the short forms news writes ("Turkey", "the
U.S.", "Britain", "EU") and the adjectives of the commoner ones ("Indian", "European"): a figure whose
claim says "exports to India" or "Indian refiners" is about India. A place word before a currency or
a sea names neither ("U.S. dollars", "Indian Ocean").
"""

from __future__ import annotations

import re
from functools import lru_cache

# short forms and adjectives, as data: each maps to the CLDR English name of its territory
_ALIASES: dict[str, str] = {
    "Turkey": "Türkiye", "U.S.": "United States", "US": "United States", "USA": "United States", "U.S.A.": "United States",
    "America": "United States", "United States of America": "United States", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "UK": "United Kingdom", "U.K.": "United Kingdom", "England": "United Kingdom",
    "Scotland": "United Kingdom", "Wales": "United Kingdom", "EU": "European Union", "E.U.": "European Union",
    "Burma": "Myanmar (Burma)", "Myanmar": "Myanmar (Burma)", "Czech Republic": "Czechia", "Ivory Coast": "Côte d’Ivoire",
    "Hong Kong": "Hong Kong SAR China", "Macau": "Macao SAR China", "Macao": "Macao SAR China",
    "Congo": "Congo - Kinshasa", "DRC": "Congo - Kinshasa", "UAE": "United Arab Emirates", "Korea": "South Korea",
    "Bosnia": "Bosnia & Herzegovina", "Palestine": "Palestinian Territories", "Gaza": "Palestinian Territories",
    "Middle East": "Western Asia", "Gulf states": "Western Asia", "Vatican": "Vatican City", "Swaziland": "Eswatini",
    "Cape Verde": "Cape Verde", "East Timor": "Timor-Leste", "Holland": "Netherlands",
}
_ADJECTIVES: dict[str, str] = {
    "Chinese": "China", "Russian": "Russia", "Indian": "India", "European": "Europe", "Turkish": "Türkiye",
    "Japanese": "Japan", "Korean": "South Korea", "South Korean": "South Korea", "North Korean": "North Korea",
    "American": "United States", "British": "United Kingdom", "English": "United Kingdom", "German": "Germany",
    "French": "France", "Italian": "Italy", "Spanish": "Spain", "Ukrainian": "Ukraine", "Iranian": "Iran",
    "Iraqi": "Iraq", "Saudi": "Saudi Arabia", "Emirati": "United Arab Emirates", "Qatari": "Qatar",
    "Kuwaiti": "Kuwait", "Omani": "Oman", "Kazakh": "Kazakhstan", "Mongolian": "Mongolia", "Pakistani": "Pakistan",
    "Brazilian": "Brazil", "Mexican": "Mexico", "Canadian": "Canada", "Australian": "Australia",
    "Indonesian": "Indonesia", "Vietnamese": "Vietnam", "Thai": "Thailand", "Malaysian": "Malaysia",
    "Filipino": "Philippines", "Philippine": "Philippines", "Egyptian": "Egypt", "Israeli": "Israel",
    "Syrian": "Syria", "Polish": "Poland", "Hungarian": "Hungary", "Belarusian": "Belarus", "Armenian": "Armenia",
    "Azerbaijani": "Azerbaijan", "Uzbek": "Uzbekistan", "Turkmen": "Turkmenistan", "Kyrgyz": "Kyrgyzstan",
    "Tajik": "Tajikistan", "Norwegian": "Norway", "Swedish": "Sweden", "Finnish": "Finland", "Danish": "Denmark",
    "Dutch": "Netherlands", "Belgian": "Belgium", "Swiss": "Switzerland", "Austrian": "Austria", "Greek": "Greece",
    "Portuguese": "Portugal", "Irish": "Ireland", "Nigerian": "Nigeria", "South African": "South Africa",
    "Kenyan": "Kenya", "Ethiopian": "Ethiopia", "Argentine": "Argentina", "Argentinian": "Argentina",
    "Chilean": "Chile", "Colombian": "Colombia", "Venezuelan": "Venezuela", "Cuban": "Cuba", "Serbian": "Serbia",
    "Romanian": "Romania", "Bulgarian": "Bulgaria", "Czech": "Czechia", "Slovak": "Slovakia", "Afghan": "Afghanistan",
    "Bangladeshi": "Bangladesh", "Sri Lankan": "Sri Lanka", "Nepali": "Nepal", "Singaporean": "Singapore",
    "Taiwanese": "Taiwan", "Asian": "Asia", "African": "Africa", "Libyan": "Libya", "Algerian": "Algeria",
    "Moroccan": "Morocco", "Lebanese": "Lebanon", "Jordanian": "Jordan", "Yemeni": "Yemen", "Peruvian": "Peru",
    "Lithuanian": "Lithuania", "Latvian": "Latvia", "Estonian": "Estonia", "Moldovan": "Moldova",
    "Croatian": "Croatia", "Slovenian": "Slovenia", "Icelandic": "Iceland", "Scottish": "United Kingdom",
    "Welsh": "United Kingdom", "Ghanaian": "Ghana", "Sudanese": "Sudan", "Somali": "Somalia",
}
_NOT_PLACES = frozenset({"world", "Unknown Region", "Pseudo-Accents", "Pseudo-Bidi", "United Nations",
                         "Outlying Oceania", "Eurozone"})
# "U.S. dollars", "Indian rupees", "the Indian Ocean", "Turkish Stream": a place word that names a thing
_THING_AFTER = re.compile(
    r"[ -](?:dollars?|rupees?|yen|yuan|francs?|pounds?|euros?|won|pesos?|crowns?|kron[ao]r?|rubles?|roubles?|lira"
    r"|Ocean|Sea|Stream|Treasur(?:y|ies))\b"
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
    canonical.update(_ALIASES)
    canonical.update(_ADJECTIVES)
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
    canonical, pattern = _names()
    out: list[str] = []
    for m in pattern.finditer(text):
        if _THING_AFTER.match(text, m.end()) or _NAME_AFTER.match(text, m.end()):
            continue
        place = canonical[m.group()]
        if place not in out:
            out.append(place)
    return tuple(out)
