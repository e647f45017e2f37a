"""Numbers as written: digits, words, fractions and multipliers, with exact decimals and the
rounding step (precision) the writer used."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from factcheck.extract.currencies import GATED_PREFIXES, ISO_CODES, SHARED_PREFIXES
from factcheck.extract.prefilter import starts_with

_UNITS_WORDS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]
_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(_UNITS_WORDS)}
WORD_VALUES.update({w: 20 + 10 * i for i, w in enumerate(_TENS_WORDS)})
WORD_VALUES.update(nought=0, naught=0)  # ("nought point six per cent", as British broadcasters say 0.6%)

_ORDINAL_UNITS = [
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth",
]
_ORDINAL_TENS = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"]
ORDINAL_VALUES: dict[str, int] = {w: i for i, w in enumerate(_ORDINAL_UNITS) if i}
ORDINAL_VALUES.update({w: 20 + 10 * i for i, w in enumerate(_ORDINAL_TENS)})
ORDINAL_VALUES["hundredth"] = 100

# Multipliers as news writes them; single letters only when attached to the digits ("$4.3bn", "2.14m").
MULTIPLIERS: dict[str, Decimal] = {
    "hundred": Decimal(100),
    "thousand": Decimal(10) ** 3, "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6, "mn": Decimal(10) ** 6, "mln": Decimal(10) ** 6, "m": Decimal(10) ** 6, "mil": Decimal(10) ** 6,
    "bil": Decimal(10) ** 9,  # ("US$1.2bil", "RM300mil": as Malaysian papers write)
    "mm": Decimal(10) ** 6,  # ("a $1.5MM loan": the financial press's million, in capitals only: "5mm" is millimetres)
    "billion": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "bln": Decimal(10) ** 9, "b": Decimal(10) ** 9,
    "millions": Decimal(10) ** 6, "billions": Decimal(10) ** 9,  # "Rs. 87621.80 millions", as Indian papers write
    "lakh": Decimal(10) ** 5, "lakhs": Decimal(10) ** 5, "crore": Decimal(10) ** 7, "crores": Decimal(10) ** 7,
    "cr": Decimal(10) ** 7,  # ("Rs 500 cr", "73.82 Cr doses": Indian papers' short crore)
    "lakh crore": Decimal(10) ** 12, "lakh crores": Decimal(10) ** 12, "thousand crore": Decimal(10) ** 10,
    "thousand crores": Decimal(10) ** 10,
    "trillion": Decimal(10) ** 12, "tn": Decimal(10) ** 12, "trn": Decimal(10) ** 12, "trln": Decimal(10) ** 12,
    "t": Decimal(10) ** 12,  # ("$3T": a headline's trillion, after a currency's sign only; `quantities`)
    "tr": Decimal(10) ** 12,  # ("Rs2.55tr", as Pakistani papers write: glued, and of money only; `quantities`)
    # the same words in the languages a wire quotes ("R$ 4,5 bilhões", "3 Mrd. Euro"): read without them, a
    # figure would lose its multiplier
    "milhão": Decimal(10) ** 6, "milhões": Decimal(10) ** 6, "millón": Decimal(10) ** 6, "millones": Decimal(10) ** 6,
    "bilhão": Decimal(10) ** 9, "bilhões": Decimal(10) ** 9, "milliard": Decimal(10) ** 9, "milliards": Decimal(10) ** 9,
    "milliarde": Decimal(10) ** 9, "milliarden": Decimal(10) ** 9, "mrd": Decimal(10) ** 9, "mio": Decimal(10) ** 6,
    # (Indonesian and Malay, as "Rp 15,3 triliun", "RM2.5 bilion" are quoted)
    "juta": Decimal(10) ** 6, "miliar": Decimal(10) ** 9, "bilion": Decimal(10) ** 9, "triliun": Decimal(10) ** 12,
    "trilion": Decimal(10) ** 12,
    "dozen": Decimal(12),
}

# Number words compose (Recognizers-Text style: named pieces, composed by reference):
# SMALL 1-99, GROUP up to 999, a COMPOUND joins groups with inner scale words ("twenty-eight
# thousand six hundred forty-two"); a trailing scale word is the multiplier, read apart; "point"
# and digit words give decimals ("thirty-three point seven").
_SMALL = (
    r"(?:(?:" + "|".join(_TENS_WORDS) + r")(?:[- ](?:" + "|".join(_UNITS_WORDS[1:10]) + r"))?"
    r"|" + "|".join(sorted(_UNITS_WORDS, key=len, reverse=True)) + r")"
)
SMALL_WORDS = _SMALL  # 1-99 in words, for composition elsewhere ("forty-five cents")
# 10-99 in words ("Six metres twenty-six": a height's centimetres)
TWO_DIGIT_WORDS = (r"(?:(?:" + "|".join(_TENS_WORDS) + r")(?:[ -](?:" + "|".join(_UNITS_WORDS[1:10]) + r"))?"
                   r"|" + "|".join(_UNITS_WORDS[10:]) + r")")
_GROUP = rf"(?:{_SMALL}(?: hundred(?:(?: and)? {_SMALL})?)?|a hundred(?:(?: and)? {_SMALL})?)"
# ("five-point-two"; "four point 75", as a broadcaster's script may write 4.75)
_POINT = r"(?:[ -]point(?:(?:[ -](?:zero|oh|one|two|three|four|five|six|seven|eight|nine))+|[ -]\d{1,3}(?![\d.,]\d)))"
POINT_WORDS = _POINT  # a decimal's tail in words, for composition elsewhere ("fifty-two point two three seconds")
_WORD_NUMBER = (  # (a share of a multiplier first: "two-thirds of a million" is no "two")
    r"(?:(?:half an?|(?:a |(?:one|three)[ -])quarters? of an?|(?:a |(?:one|two)[ -])thirds? of an?)"
    r"(?= (?:hundred|thousand|million|billion|trillion)\b)"
    rf"|(?:nought|naught){_POINT}"
    rf"|(?<!point )(?<!point-){_GROUP}(?:,? (?:thousand|million|billion)(?=,? (?:and )?{_SMALL}\b),? (?:and )?{_GROUP})*{_POINT}?"
    r"(?:[ -]and[ -]a[ -]half\b)?"
    r"|(?:a )?half[ -](?:a )?dozen|a couple of dozen|a dozen|(?<!few )(?<!several )(?<!of )(?<!half )(?<!half-)dozens?|a thousand"
    r"|a(?= (?:million|billion|trillion|(?:full )?percentage point)\b)|(?:(?:a )?half|a quarter)(?=[ -](?:million|billion|trillion)\b))"
)
_SHARE_OF_A = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "quarters": Decimal("0.75"), "third": Decimal(1) / 3,
               "thirds": Decimal(2) / 3}
_DIGIT_WORDS = {"zero": 0, "oh": 0, "nought": 0, "naught": 0, **{w: i for i, w in enumerate(_UNITS_WORDS[:10])}}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
# "3,5 %", "67,3%": a comma before one or two digits is a decimal comma (no thousands group has two); "1.234,56" too
# ("5,00,000", "12,34,567.89": Indian papers group lakhs and crores in twos; "1'234'567": Swiss papers with apostrophes;
# a group that another comma and digit follow, "1,200,00", is none: the caller leaves such a run of digits out)
_DIGITS = (r"\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d,]|\.\d)"  # ("EUR 1.234,50." ends a sentence)
           r"|\d{1,3}(?:\.\d{3}){2}(?![\d,]|\.\d)"  # "1.234.567": two points group thousands (three: an address)
           r"|(?:\d{1,2}(?:,\d\d)+,\d{3}(?!\d)(?!,\d)|\d{1,3}(?:,\d{3})+(?!\d)(?!,\d)|\d{1,3}(?:['’]\d{3})+(?![\d'’]))(?:\.\d+)?"
           r"|\d+(?:\.\d+|,\d{1,2}(?![\d,]))?"
           r"|(?<![A-Za-z])\.\d+")  # ("Rs.72": no ".72")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_CONTINENTAL = re.compile(r"\d{1,3}(?:\.\d{3})+,\d{1,2}|\d{1,3}(?:\.\d{3}){2}")  # "1.234,56", "1.234.567": points between thousands
_LONG_MULT = (r"(?:lakh|thousand) crores?|hundred|thousand|millions?|billions?|trillion|lakhs?|crores?|dozen"
              r"|milh(?:ão|ões)|mill(?:ón|ones)|bilh(?:ão|ões)|milliard(?:s|e|en)?|Mrd\.?|Mio\.?|juta|miliar|bilion|trili[ou]n")
# one-letter ones only when attached ("$5 mil": informal), or spaced as the last of a table's cell ("| 10.73 B |");
# capitals as headlines write them ("$240 BLN")
_SHORT_MULT = (r"\s?(?:mn|mln|mil|bil|bn|bln|tn|trln|trn|cr|MN|MLN|BN|BLN|TRLN|TRN|Mn|Mln|Bn|Bln|Cr)|MM|(?<=\d)tr|[kmbKMBT]| [KMB](?= *\|)"
               r"|-(?:mln|mn|bln|bn|trln|trn|MLN|BLN|TRN|Mln|Bln)")  # ("1.5-mln subscribers", "a 1.5-bn contract")
MULTIPLIER_WORDS = rf"(?i:{_LONG_MULT}|mn|mln|mil|bil|bn|bln|tn|trln|trn|tr|cr|m|b|k)"  # every key of MULTIPLIERS, as written

# vulgar fractions: "1/4 mile", "8 1/2%", "8½%"; "24/7" and "9/11" are matched too, and left out by
# `fraction_value` (the denominators of measures only)
UNICODE_FRACTIONS = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"), "⅓": Decimal(1) / 3,
                     "⅔": Decimal(2) / 3, "⅛": Decimal("0.125"), "⅜": Decimal("0.375"), "⅝": Decimal("0.625"),
                     "⅞": Decimal("0.875")}
_MEASURE_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16})
# scientific notation as news prints it: "10^9", "2.5 x 10^6", "1.989 × 10^30", "10⁹", "10⁻³"
# ("1.2×10−7": after a mantissa, a minus with no caret is the exponent's sign, not a range), and
# E notation "1.5e+12", "3.2E-5" (else its exponent would be read as a number of its own)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−", "0123456789--")
_SCIENTIFIC = (r"(?:\d{1,3}(?:\.\d+)?\s?[x×]\s?10(?:\^[-−]?\d{1,3}|[-−]\d{1,3}|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})"
               r"|\d{1,3}(?:\.\d+)?[eE][-+−]?\d{1,3}(?![\w.])"
               r"|10(?:\^[-−]?\d{1,3}|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])")
_NUMBER_BODY = (
    r"(?:(?P<sci>" + _SCIENTIFIC + r")"
    r"|(?P<vulgar>\d{1,2}/\d{1,2})(?![\d/])"
    r"|(?P<digits>" + _DIGITS + r")(?:(?P<frac> \d/[1-9]\d?(?![\d/])|-\d{1,2}/(?:2|3|4|8|16|32)(?![\d/]))"
    r"|(?P<uni> ?[½¼¾⅓⅔⅛⅜⅝⅞])"  # ("8 1/2%"; "1-1/2", "34-3/8": the newswire's mixed fractions)
    # ("12 and a half years", "$2 and a half billion": a whole number's half, as in words; no year's: "2019 and a half")
    r"|(?<!\.\d)(?<!\.\d\d)(?<!\.\d\d\d)(?<![\d,]\d\d\d)(?P<andhalf>[ -]and[ -]a[ -]half(?![\w-])))?"
    r"|(?P<words>(?i:" + _WORD_NUMBER + r")))"
    r"(?:(?P<short>" + _SHORT_MULT + r")(?![\w])"
    r"|(?:\s|-|(?<=\d)(?=[mbtMBT]))(?P<long>(?i:" + _LONG_MULT + r"))\b(?P<half>(?i:[ -]and[ -]a[ -]half)\b)?)?"
    r"(?!\d)"  # letters may follow: an attached unit ("300mm") is resolved by the classifier
)
# not the tail of another token ("COVID-19", "1.2.3"); every number begins with a digit, a point
# or a number word
NUMBER_GUARD = starts_with(
    [], ignore_case=[*_UNITS_WORDS, *_TENS_WORDS, "nought", "naught", "a dozen", "dozen", "a hundred", "a thousand", "half", "a quarter",
                     "a third", "a million", "a billion", "a trillion", "a half", "a couple", "a percentage",
                     "a full percentage"], also=r"[\d.]"
)
# glued currency codes ("RM2.70", "$A82m", "Rs500") are the only letters a number may follow; the
# first look-behind (no letter before, or the last letter of such a code) is redundant with the last
# ones but rejects most positions inside words at once
_GLUED_OK = (r"(?:(?<![\w.,/:^])(?<!\w-)|(?<=\bRM)|(?<=\bRp)|(?<=\bRs)|(?<=\bRs\.)|(?<=\bRp\.)|(?<=\$A)|(?<=\$US)|(?<=\$NZ)"
              r"|(?<=\bKSh)|(?<=\bKsh)|(?<=\bUSh)|(?<=\bTSh)|(?<=\bNIS)|(?<=\b[sS]ub-)|(?<=\b[mM]inus-)|(?<=\b[mM]agnitude-)"
              r"|(?<=\bM)(?=\d\.\d(?![\d.]))"  # ("an M7.5 quake": a magnitude's scale glued, `quantities` keeps no other)
              # "USD12.5m", "EUR5bn", "R8,500", "Sh5 billion"
              + "".join(rf"|(?<=\b{code})" for code in (*ISO_CODES, *GATED_PREFIXES, *SHARED_PREFIXES)) + ")")
_GLUED_LAST = "".join(sorted({code[-1] for code in (*ISO_CODES, *GATED_PREFIXES, *SHARED_PREFIXES)} | set("MpsADRPYFBSZh")))
NUMBER_RE = re.compile(r"(?:(?<![^\W\d_])|(?<=[" + _GLUED_LAST + r"])|(?<=b-))" + NUMBER_GUARD + _GLUED_OK + _NUMBER_BODY
                       + r"(?!:\d|\^)")  # ("10^1000": a power too large to read is no figure, nor its parts)
# a number at a known position, e.g. the "80" of "$70-80"
NUMBER_AT = re.compile(_NUMBER_BODY)

ORDINAL_GUARD = starts_with([], ignore_case=[*ORDINAL_VALUES, *_TENS_WORDS])
ORDINAL_RE = re.compile(
    r"(?<![\w-])(?<!\d[,.])" + ORDINAL_GUARD + r"(?:(?P<digits>\d{1,3}(?:,\d{3})+|\d+)(?P<suffix>st|nd|rd|th)"  # ("10,000th")
    r"|(?P<words>(?i:(?:(?:" + "|".join(_TENS_WORDS) + r")-)?(?:" + "|".join(sorted(ORDINAL_VALUES, key=len, reverse=True)) + r"))))"
    r"(?![\w])"
)


@dataclass(slots=True)  # not frozen: built once per fact, and frozen construction is slow
class Number:
    """A number as written: exact value (multiplier applied) and the writer's rounding step."""

    start: int
    end: int
    value: Decimal
    precision: Decimal
    spelled: bool  # written as words
    multiplier: Decimal  # 1 when none was written
    integer_digits: str  # the digits before any decimal point, "" for words

    @property
    def has_multiplier(self) -> bool:
        return self.multiplier != 1


def written_precision(digits: str) -> Decimal:
    """Rounding step of a written decimal: '2.14' -> 0.01, '40' -> 1, '71' -> 1, '500,000' -> 100000.

    Trailing zeros count as rounding only from three on ('2,000', '500,000'): a writer who
    rounds 38 to 40 says "about 40", while "70 years" or "40%" are usually meant exactly.
    """
    digits = digits.replace(",", "")
    if "." in digits:
        return Decimal(1).scaleb(-len(digits.split(".")[1]))
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped)
    if not stripped or zeros < 3:
        return Decimal(1)
    return Decimal(10) ** zeros


def word_value(words: str) -> Decimal:
    """'twenty-five' -> 25, 'a dozen' -> 12, 'twenty-eight thousand six hundred forty-two' -> 28642,
    'thirty-three point seven' -> 33.7."""
    w = [x for x in words.lower().replace("-", " ").replace(",", " ").split() if x != "and"]
    if w in (["a", "dozen"], ["dozen"]):
        return Decimal(12)
    if w[-1] == "dozen" and "half" in w:  # "half a dozen", "a half-dozen"
        return Decimal(6)
    if w == ["a"]:  # "a million"
        return Decimal(1)
    if w == ["a", "couple", "of", "dozen"]:
        return Decimal(24)  # flagged approximate by the caller
    if w[-2:] == ["a", "half"]:  # "two and a half", "a half(-million)"
        return (word_value(" ".join(w[:-2])) if len(w) > 2 else Decimal(0)) + Decimal("0.5")
    if w in (["half"], ["a", "quarter"]):  # "half million", "a quarter-million"
        return _SHARE_OF_A[w[-1]]
    if w[0] in ("dozens",):
        return Decimal(24)  # "dozens": at least two dozen; flagged as a lower bound by the caller
    if w == ["a", "thousand"]:
        return Decimal(1000)
    if w[-1] in ("a", "an"):  # "half a", "a quarter of a" (a multiplier follows: "half a million")
        return _SHARE_OF_A[w[0] if w[0] == "half" else w[1]]
    decimals = ""
    if "point" in w:
        at = w.index("point")
        decimals = "".join(x if x.isdigit() else str(_DIGIT_WORDS[x]) for x in w[at + 1 :])
        w = w[:at]
    total, current = 0, 0
    for x in w:
        if x == "a":
            current = 1
        elif x == "hundred":
            current = (current or 1) * 100
        elif x in _SCALES:
            total += (current or 1) * _SCALES[x]
            current = 0
        else:
            current += WORD_VALUES[x]
    value = Decimal(total + current)
    return value + Decimal(f"0.{decimals}") if decimals else value


def fraction_value(written: str) -> Decimal | None:
    """'1/4' -> 0.25; None unless a proper fraction with a measure's denominator (not '24/7', '9/11')."""
    num, den = (int(x) for x in written.split("/"))
    if not 0 < num < den or den not in _MEASURE_DENOMINATORS:
        return None
    return Decimal(num) / Decimal(den)


def scientific_value(written: str) -> tuple[Decimal, Decimal]:
    """'2.5 x 10^6' -> (2500000, 100000): the value and the rounding step of the mantissa as written."""
    if re.search("[eE]", written):
        mantissa, power = re.split("[eE]", written)
        exponent = int(power.translate(_SUPERSCRIPTS))
    else:
        mantissa, _, power = re.split(r"\s?([x×])\s?", written)[-3:] if re.search("[x×]", written) else ("1", "", written)
        exponent = int(power[2:].lstrip("^").translate(_SUPERSCRIPTS))
    scale = Decimal(10) ** exponent
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return Decimal(mantissa) * scale, (Decimal(1).scaleb(-decimals) * scale if decimals or mantissa != "1" else Decimal(1))


def parse_number(match: re.Match[str]) -> Number:
    """Turn a NUMBER_RE match into a Number with an exact value."""
    sci = match.group("sci")
    if sci:
        value, precision = scientific_value(sci)
        return Number(match.start(), match.end(), value, precision, False, Decimal(1), "")
    vulgar, digits, frac, uni, words, short, long = match.group("vulgar", "digits", "frac", "uni", "words", "short", "long")
    value, precision, spelled, multiplier, integer_digits = _read(
        vulgar, digits, " 1/2" if match.group("andhalf") else frac, uni, words, short, long)
    if match.group("half"):  # "a million and a half", "two billion and a half": half the multiplier more
        value, precision = value + multiplier / 2, min(precision, multiplier / 2)
    return Number(match.start(), match.end(), value, precision, spelled, multiplier, integer_digits)


@lru_cache(maxsize=8192)  # the same numbers recur across articles ("2.14 million", "40%")
def _read(vulgar: str | None, digits: str | None, frac: str | None, uni: str | None, words: str | None,
          short: str | None, long: str | None) -> tuple[Decimal, Decimal, bool, Decimal, str]:
    """(value with its multiplier, precision, spelled, multiplier, integer digits) of a number's parts."""
    mult_word = (short or long or "").strip().lstrip("-").lower()
    multiplier = MULTIPLIERS.get(mult_word, Decimal(1))
    if vulgar:
        value = fraction_value(vulgar) or Decimal(0)
        precision = Decimal(1) / (Decimal(vulgar.split("/")[1]) or Decimal(1))  # ("1/0" is no fraction: no figure)
        spelled, integer_digits = False, "0"
    elif digits:
        if _DECIMAL_COMMA.fullmatch(digits):
            digits = digits.replace(",", ".")
        elif digits.count(".") + digits.count(",") > 1 and _CONTINENTAL.fullmatch(digits):
            digits = digits.replace(".", "").replace(",", ".")
        digits = digits.replace("'", "").replace("’", "")
        value = Decimal(digits.replace(",", ""))
        precision = written_precision(digits)
        if frac:
            num, den = frac.strip(" -").split("/")
            # "$5.41-1/4 a bushel": after decimals, the fraction is one of the last written place (5.4125), as
            # grain and bond prices are quoted; after a whole number, a unit's ("1-1/2": 1.5)
            place = precision if "." in digits else Decimal(1)
            value += place * Decimal(num) / Decimal(den)
            precision = place / Decimal(den)
        elif uni:
            value += UNICODE_FRACTIONS[uni.strip()]
            precision = Decimal("0.125")
        if multiplier != 1 and "." not in digits and precision > 1:
            precision = Decimal(1)  # "40 million": the zeros are the multiplier's, not rounding
        spelled, integer_digits = False, digits.split(".")[0].replace(",", "")
    else:
        lower = (words or "").lower()
        if multiplier != 1 and any(scale in lower and factor > multiplier for scale, factor in _SCALES.items()):
            # "one million two hundred thousand": the last scale word ends the number, it multiplies no part of it
            return word_value(f"{lower} {mult_word}"), multiplier, True, multiplier, ""
        value = word_value(words or "")
        precision = Decimal(1).scaleb(value.as_tuple().exponent) if value != value.to_integral() else Decimal(1)
        spelled, integer_digits = True, ""
    return value * multiplier, precision * multiplier, spelled, multiplier, integer_digits


def ordinal_value(match: re.Match[str]) -> int:
    """'fifth' -> 5, '21st' -> 21, 'twenty-first' -> 21."""
    if match.group("digits"):
        return int(match.group("digits").replace(",", ""))
    parts = match.group("words").lower().split("-")
    return sum(WORD_VALUES[p] for p in parts[:-1]) + ORDINAL_VALUES[parts[-1]]
