"""Currency names as news writes them after a number ("420 million Finnish markka", "125 million
Australian dollars"): babel's English names of every ISO currency, singular and plural. Only names of
two words or more are taken from babel, so an ordinary word ("gold", "won") is never read as money;
single-word names are curated here (`CURRENCY_WORDS`); a word several countries use ("francs", "pesos")
is the currency of the country the article names most, and left out when it names none of them."""

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
                if key.endswith(("dollar", "dollars")):  # newswire shorthand: "200 mln Australian dlrs"
                    names.setdefault(key.replace(" dollar", " dlr"), code)
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
        end = words[n - 1].end()
        span = text[pos + 1 : end]
        key = " ".join(span.lower().split())
        if key not in names and key.endswith("."):  # "500 million Danish kroner." ends a sentence
            span, end, key = span[:-1], end - 1, key[:-1]
        if key in names and re.fullmatch(r"[A-Za-z. ]+", span):
            return end, names[key]
    return None


# One-word currency names after a number ("5 billion yuan", "6.65 billion pesetas"), singular form.
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "us dollar": "USD", "u.s. dollar": "USD", "euro": "EUR", "yuan": "CNY", "renminbi": "CNY",
    "rouble": "RUB", "ruble": "RUB", "yen": "JPY", "pound sterling": "GBP",
    "pounds sterling": "GBP", "sterling": "GBP", "british pound": "GBP",
    "swiss franc": "CHF", "ringgit": "MYR", "rand": "ZAR", "naira": "NGN", "lira": "TRY",
    "rupiah": "IDR", "italian lira": "ITL", "peseta": "ESP", "baht": "THB", "zloty": "PLN", "forint": "HUF", "hryvnia": "UAH",
    "shekel": "ILS", "cedi": "GHS", "taka": "BDT", "drachma": "GRD", "guilder": "NLG", "escudo": "PTE",
    "deutschmark": "DEM", "deutsche mark": "DEM", "d-mark": "DEM", "reais": "BRL", "dong": "VND", "kwacha": "ZMW",
    "norwegian crown": "NOK", "swedish crown": "SEK", "danish crown": "DKK", "czech crown": "CZK", "icelandic crown": "ISK",
    "dlr": "USD", "u.s. dlr": "USD", "stg": "GBP",  # newswire shorthand: "5.4 mln dlrs", "2.1 billion stg"
    "bitcoin": "BTC",  # ("seized 94,000 bitcoins", "2.5 bitcoin": an amount of the coin, as "6.25 BTC" is; no ISO code, its ticker)
    "ether": "ETH",  # ("moved about 401,000 ether", "410,000 ETH": Ethereum's coin, by its ticker)
}
_IRREGULAR_PLURALS = {"zlotys": "zloty", "zlotych": "zloty", "lire": "italian lira", "hryvnias": "hryvnia", "kronor": "swedish crown",
                      "kroner": "krone"}
# Words several countries' currencies share: the country (by its names) decides; "rupee" is the
# Indian rupee unless another rupee country is named more.
AMBIGUOUS_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "franc": (("CHF", r"Swiss|Switzerland|Zurich|Geneva|Bern"), ("FRF", r"France|French|Paris"),
              ("BEF", r"Belgi(?:um|an)|Brussels")),
    "peso": (("MXN", r"Mexic(?:o|an)"), ("ARS", r"Argentin(?:a|e|ian)|Buenos Aires"), ("PHP", r"Philippines?|Filipino|Manila"),
             ("CLP", r"Chile(?:an)?|Santiago"), ("COP", r"Colombia(?:n)?|Bogota")),
    "rupee": (("INR", r"India(?:n)?|Delhi|Mumbai"), ("PKR", r"Pakistan(?:i)?|Karachi|Islamabad"),
              ("LKR", r"Sri Lanka(?:n)?|Colombo"), ("NPR", r"Nepal(?:i|ese)?|Kathmandu")),
    "krona": (("SEK", r"Swed(?:en|ish)|Stockholm"), ("ISK", r"Iceland(?:ic)?|Reykjavik")),
    "krone": (("NOK", r"Norw(?:ay|egian)|Oslo"), ("DKK", r"Denmark|Danish|Copenhagen")),
    "dirham": (("AED", r"Emirat(?:es|i)|UAE|Dubai|Abu Dhabi"), ("MAD", r"Morocc(?:o|an)|Rabat")),
    "riyal": (("SAR", r"Saudi|Riyadh"), ("QAR", r"Qatar(?:i)?|Doha"), ("OMR", r"Oman(?:i)?|Muscat")),
    "shilling": (("KES", r"Keny(?:a|an)|Nairobi"), ("UGX", r"Ugand(?:a|an)|Kampala"), ("TZS", r"Tanzani(?:a|an)")),
    "won": (("KRW", r"Korea(?:n|ns)?|Seoul|Samsung|Hyundai"),),  # "won" is a verb too: only where Korea is named
    "mark": (("DEM", r"German|Germany|Bonn|Frankfurt|Bundesbank|Deutsche"),),  # and "marks" a common noun: only there
    "dinar": (("KWD", r"Kuwait(?:i)?"), ("IQD", r"Iraq(?:i)?|Baghdad"), ("JOD", r"Jordan(?:ian)?|Amman"),
              ("BHD", r"Bahrain(?:i)?"), ("RSD", r"Serbia(?:n)?|Belgrade"), ("DZD", r"Algeria(?:n)?"), ("TND", r"Tunisia(?:n)?")),
}
_DEFAULTS = {"rupee": "INR"}
# the shared names kept, unit the name itself, where the article names no country ("won" and "mark" are words too)
UNNAMED_CURRENCIES = frozenset(AMBIGUOUS_WORDS) - {"won", "mark"}
# ISO codes read before or after a number ("SEK 50 billion", "405 billion USD", "EUR5bn"), only whole, and
# after a number in upper or lower case ("20 usd"; "1.2 Gbps" is no pounds). Codes that are also common capitalised words or
# names before a number stay out: PHP ("PHP 8"), COP ("COP 29"), TRY, ALL, TOP, CUP.
ISO_CODES = ("USD", "EUR", "GBP", "JPY", "CNY", "RMB", "RUB", "INR", "CHF", "AUD", "CAD", "HKD", "SGD", "NZD", "TWD",
             "KRW", "IDR", "MYR", "THB", "VND", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "UAH", "ZAR", "NGN", "KES",
             "EGP", "SAR", "AED", "QAR", "BRL", "MXN", "ARS", "CLP", "ILS", "PKR", "BTC", "ETH")
# Prefixes that are money only where the article names the currency's country (else "R2" is a droid and "SR10" a
# road): each prefix -> its ISO code, and each such code -> the names that open its gate
GATED_PREFIXES = {"R": "ZAR", "Dh": "AED", "Dhs": "AED", "SR": "SAR", "QR": "QAR", "N": "NGN", "P": "PHP",
                  "Tk": "BDT", "TL": "TRY", "GH¢": "GHS", "GH₵": "GHS", "Kč": "CZK"}
# One-letter prefixes other than R count only before an amount no code or part number looks like ("N2.5 billion",
# "P1,500"; not "N95", "P5")
LETTER_PREFIXES = frozenset({"N", "P"})
GATES = {
    "ZAR": r"South Africa|South African|rand|Johannesburg|Pretoria|Cape Town|Durban|Soweto|Gauteng|ZAR|JSE",
    # (and the states whose names are no common words: "victims of Zamfara State crises")
    "NGN": r"Nigeria|Nigerians?|Lagos|Abuja|naira|kobo|NGN|Abia|Adamawa|Akwa Ibom|Anambra|Bauchi|Bayelsa|Benue|Borno|Ebonyi"
           r"|Ekiti|Enugu|Gombe|Jigawa|Kaduna|Kano|Katsina|Kebbi|Kogi|Kwara|Nasarawa|Ogun|Ondo|Osun|Oyo|Sokoto|Taraba|Yobe|Zamfara",
    "PHP": r"Philippines|Philippine|Filipinos?|Manila|Quezon City|Cebu|Davao",
    "AED": r"UAE|Emirates|Emirati|Dubai|Abu Dhabi|dirhams?",
    "SAR": r"Saudi|Riyadh|Jeddah|riyals?",
    "QAR": r"Qatar|Qatari|Doha|riyals?",
    "BDT": r"Bangladesh|Bangladeshi|Dhaka|Chittagong|taka|BDT",
    "TRY": r"Turkey|Türkiye|Turkish|Ankara|Istanbul|lira|TRY",
    "GHS": r"Ghana|Ghanaian|Accra|Kumasi|cedis?|GHS",
    "CZK": r"Czech|Czechia|Prague|Brno|koruna|CZK",
}
# Prefixes several countries' currencies share: the country the article names most decides, as for their names
# ("Sh5 billion" in Nairobi is KES, in Kampala UGX); none named, no money (a rupee: INR)
SHARED_PREFIXES = {"Sh": "shilling", "Shs": "shilling", "Rs": "rupee", "Rs.": "rupee"}  # ("Rs1.5 trillion" in Karachi: PKR)
_ALL_WORDS = sorted({*CURRENCY_WORDS, *AMBIGUOUS_WORDS}, key=len, reverse=True)
_WORD_AFTER = re.compile(  # (after a space, or a hyphen: "a 3-billion-dollar plan", "a 10-euro note")
    r"[\s-](?i:(?P<word>" + "|".join(re.escape(w) for w in _ALL_WORDS) + r")(?:s|es)?|(?P<plural>"
    + "|".join(_IRREGULAR_PLURALS) + r"))"
    r"(?![\w-])|\s(?P<code>" + "|".join(ISO_CODES) + r"|" + "|".join(c.lower() for c in ISO_CODES) + r")(?![\w-])"
)


_NEXT_WORD = re.compile(r"[\s-]([A-Za-z][A-Za-z.]*)")
_FIRST_WORDS = (frozenset(w.split()[0].split("-")[0].rstrip(".") for w in _ALL_WORDS) | frozenset(_IRREGULAR_PLURALS)
                | {c.lower() for c in ISO_CODES})


def match_currency_word(text: str, pos: int) -> tuple[int, str] | None:
    """(end, ISO code) when a one-word currency name or code follows `pos` ('20 billion francs' in an
    article about France: FRF); the name itself ('franc') when several countries share it and the article names
    none of them, or two as often; None for "won" and "mark" there (words too)."""
    word = _NEXT_WORD.match(text, pos)
    if word is None:
        return None
    first = word.group(1).lower().rstrip(".")
    if first not in _FIRST_WORDS and first.rstrip("s") not in _FIRST_WORDS and first.removesuffix("es") not in _FIRST_WORDS:
        return None  # most figures: the next word names no currency, and the long pattern is not tried
    m = _WORD_AFTER.match(text, pos)
    if m is None:
        return None
    if m.group("code"):
        code = m.group("code").upper()
        return m.end(), "CNY" if code == "RMB" else code
    word = (m.group("word") or _IRREGULAR_PLURALS.get((m.group("plural") or "").lower(), "")).lower()
    if word in CURRENCY_WORDS:
        return m.end(), CURRENCY_WORDS[word]
    code = country_currency(text, word)
    if code is None and word == "mark" and among_currencies(text, pos):
        code = "DEM"  # "The dollar rose to 142.75 yen and to 1.8415 marks": beside other currencies, marks are Germany's
    if code is None and word in UNNAMED_CURRENCIES:
        return m.end(), word  # "528 million francs" where no country (or two) is named: francs of no country told
    return (m.end(), code) if code else None


_FX_NEIGHBOUR = re.compile(r"\b(?:yen|dollars?|francs|sterling|lire|guilders?|pesetas|the pound)\b")
_FX_REACH = 120  # characters either side of "marks" in which another currency says they are money
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n")


def among_currencies(text: str, pos: int) -> bool:
    """Whether other currencies are named near `pos`, in its sentence ("The dollar rose to 142.75 yen and to 1.8415
    marks")."""
    start = max(0, pos - _FX_REACH, *(m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - _FX_REACH), pos)))
    after = _SENTENCE_END.search(text, pos, pos + _FX_REACH)
    return _FX_NEIGHBOUR.search(text, start, after.start() if after else pos + _FX_REACH) is not None


@lru_cache(maxsize=64)  # one count of the whole text's country names per currency word, not one per amount
def country_currency(text: str, word: str) -> str | None:
    """The ISO code of a currency name several countries share ('franc', 'shilling'): that of the country the
    article names most, else of the one such currency it names in full ("Swiss francs"), the default ('rupee': INR)
    when it names none, None on a tie or with no default."""
    named, code = _named_most(text, AMBIGUOUS_WORDS[word])
    if code is None:
        # ("A French bank paid 5 billion Swiss francs and 2 billion francs": the francs the article names in full)
        lower = text.lower()
        written = {found for name, found in currency_names().items()
                   if name.split()[-1] in (word, word + "s") and name in lower}
        if len(written) == 1:
            return written.pop()
    return code if named else _DEFAULTS.get(word)


# Countries whose own dollar an article's bare "$" is once it writes US dollars apart ("$US10 million, or about
# $15.6 million" in an Australian paper: the $15.6 million is Australian)
_DOLLAR_COUNTRIES = (("AUD", r"Australian?s?|Sydney|Melbourne|Canberra|Brisbane|Perth|Adelaide"),
                     ("NZD", r"New Zealand(?:ers?)?|Auckland|Wellington|Christchurch"),
                     ("CAD", r"Canad(?:a|ians?)|Toronto|Ottawa|Montreal|Vancouver|Calgary"),
                     ("HKD", r"Hong Kong"), ("SGD", r"Singapore(?:ans?)?"), ("TWD", r"Taiwan(?:ese)?|Taipei"))
_US_DOLLAR_APART = re.compile(r"\$US|(?<![A-Za-z])(?:US|U\.S\.)\$|\bUSD")


def local_dollar(text: str) -> str:
    """What a bare '$' is in an article: USD, unless the article writes US dollars apart ("$US", "US$", "USD") and
    names one dollar country more than the others (Australia: AUD; Canada: CAD; New Zealand, Hong Kong, Singapore,
    Taiwan), or is a country's own paper's (it writes "per cent", credits no wire, writes no dollar with a country's
    mark, names no American place) and names one dollar country at least twice and more than the others (an
    Australian paper's "$1.59 million" beside Sydney and Perth)."""
    if ("US" in text or "U.S." in text) and _US_DOLLAR_APART.search(text):  # (a cheap test first)
        return _named_most(text, _DOLLAR_COUNTRIES)[1] or "USD"
    if "per cent" not in text or not _DOLLAR_COUNTRY_NAMED.search(text):  # (cheap tests first)
        return "USD"
    if _MARKED_DOLLAR.search(text) or _AMERICA_NAMED.search(text) or _WIRE_CREDIT.search(text):
        return "USD"  # (a wire's "A$3.12" beside a bare "$" writes the bare one as US dollars, and so does a wire's "$10
        # million" of an Australian story: the wires write "%", the country's own papers "per cent")
    count, code = _named_most(text, _DOLLAR_COUNTRIES)
    return code if code and count >= 2 else "USD"


_DOLLAR_COUNTRY_NAMED = re.compile(r"\b(?:" + "|".join(pattern for _, pattern in _DOLLAR_COUNTRIES) + r")\b")
_WIRE_CREDIT = re.compile(r"\((?:Reuters|AP|AFP|Bloomberg|Dow Jones|Xinhua)\)|\bReuters\b|\bBloomberg\b")
_MARKED_DOLLAR = re.compile(r"(?<![A-Za-z])(?:A|AU|C|CA|CDN|NZ|HK|S|SG|NT|US)\$|\$(?:US|A|NZ|C)(?![a-z])")
_AMERICA_NAMED = re.compile(r"\bU\.S\.|\b(?:US|USA|United States|America|Americans?|Washington|Wall Street|Nasdaq|NYSE|Dow|S&P|New York"
                            r"|California|Texas|Florida|Federal Reserve|Fed|Congress|White House)\b")


def _named_most(text: str, table: tuple[tuple[str, str], ...]) -> tuple[int, str | None]:
    """How often the country of `table` the text names most is named, and its code (None on a tie)."""
    counts = [(len(re.findall(rf"\b(?:{pattern})\b", text)), code) for code, pattern in table]
    best = max(counts)
    return best[0], best[1] if sum(1 for n, _ in counts if n == best[0]) == 1 else None
