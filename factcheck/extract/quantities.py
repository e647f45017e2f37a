"""Figures in text: money, percentages, physical quantities, durations, ages, ordinals, counts.

One compiled number pattern finds every figure; the words around it decide its kind and unit.
News shorthand comes from units.UNIT_ALIASES; any other physical unit is looked up in
quantulum3's lexicon and parsed by quantulum3 on a short window only.
"""

from __future__ import annotations

import bisect
import itertools
import re
from decimal import Decimal
from functools import lru_cache
from typing import Any

from factcheck.extract import units
from factcheck.extract.currencies import (
    AMBIGUOUS_WORDS,
    GATED_PREFIXES,
    GATES,
    ISO_CODES,
    LETTER_PREFIXES,
    SHARED_PREFIXES,
    UNNAMED_CURRENCIES,
    among_currencies,
    country_currency,
    local_dollar,
    match_currency_name,
    match_currency_word,
)
from factcheck.extract.mentions import Mention
from factcheck.extract.numbers import (
    MULTIPLIER_WORDS,
    MULTIPLIERS,
    NUMBER_AT,
    NUMBER_RE,
    ORDINAL_RE,
    POINT_WORDS,
    SMALL_WORDS,
    TWO_DIGIT_WORDS,
    WORD_VALUES,
    Number,
    fraction_value,
    ordinal_value,
    parse_number,
    word_value,
)
from factcheck.extract.prefilter import starts_with
from factcheck.extract.words import (
    CONTRAST,
    GAPPED_NAME,
    IRREGULAR_PAST,
    LEVEL_AFTER_MOVE,
    SECTION_SIGN_BEFORE,
    STOCK_INDEX,
    can_be_noun,
    can_be_verb,
    can_describe,
    count_with_share,
    is_plural_noun,
    is_verb_only,
    known_word,
    only_a_verb,
    singular,
    year_counts_something,
)
from factcheck.memo import persistent
from factcheck.places import places_named
from factcheck.text import URL_RE

_GATE_RE = {code: re.compile(rf"\b(?:{names})\b") for code, names in GATES.items()}
CURRENCY_SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "C$": "CAD", "A$": "AUD", "HK$": "HKD", "S$": "SGD",
    "NZ$": "NZD", "R$": "BRL", "NT$": "TWD", "Mex$": "MXN", "MX$": "MXN", "AU$": "AUD", "CA$": "CAD", "USD$": "USD",
    "AUD$": "AUD", "CAD$": "CAD", "NZD$": "NZD", "HKD$": "HKD", "SGD$": "SGD", "MXN$": "MXN",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
    "₽": "RUB", "₦": "NGN", "₱": "PHP", "RM": "MYR", "KSh": "KES", "Ksh": "KES", "USh": "UGX", "TSh": "TZS", "SFr": "CHF",
    "SFr.": "CHF", "$A": "AUD", "$US": "USD", "$NZ": "NZD", "Rp": "IDR", "Rp.": "IDR", "₩": "KRW", "₺": "TRY",
    "E£": "EGP", "NIS": "ILS", "₴": "UAH", "₪": "ILS", "₫": "VND", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₿": "BTC",
    **GATED_PREFIXES, **SHARED_PREFIXES, **{code: code for code in ISO_CODES}, "RMB": "CNY",
}
# Minor units: a hundredth of their currency ("18 sen" is 0.18 ringgit); cents are US cents, as "$" is USD.
MINOR_UNITS = {"cent": "USD", "sen": "MYR", "penny": "GBP", "pence": "GBP", "kopeck": "RUB", "kopek": "RUB", "paisa": "INR",
               "paise": "INR", "cts": "USD"}

_PREFIX_CURRENCY = re.compile(
    r"(?:\$A|\$US|\$NZ|(?<![A-Za-z])(?:USD|AUD|CAD|NZD|HKD|SGD|MXN|US|U\.S\.|CA|C|AU|A|HK|S|NZ|R|NT|Mex|MX)?\$|(?<![A-Za-z])E£|[€£¥₹₽₩₺₦₱₴₪₫₡₾₭₿]"
    r"|(?<![A-Za-z])(?:" + "|".join(ISO_CODES) + r"|Rs\.?|RM|Rp\.?|KSh|Ksh|USh|TSh|SFr\.?|NIS|"
    # (escaped: "Rs." is a point, not any character: "Rs€5bn" is no prefix of its own)
    + "|".join(re.escape(p) for p in sorted((p for p in (*GATED_PREFIXES, *SHARED_PREFIXES) if len(p) > 1), key=len, reverse=True))
    + r")|(?<![\w&-])[RNP](?=\d|$))\s?"
)
_PREFIX_CURRENCY_END = re.compile(_PREFIX_CURRENCY.pattern + "$")
_SIGNED_SYMBOLS = "$€£¥₹₽₩₺₦₱₴₪₫₡₾₭₿"  # a currency sign that may stand before a minus ("$-5")
_MAY_BE_PREFIX = re.compile(r"[$€£¥₹₽₩₺₦₱₴₪₫₡₾₭₿A-Z.]|Sh|Fr|Dh")  # the last characters of every currency prefix
_POUNDS = re.compile(r"\s(?i:pounds?)\b")
# A word of paying just before a bare "pounds" makes it sterling ("fined 500 pounds", "tickets cost 20 pounds", "at a
# cost of 45 pounds per MWh"); "pounds of cocaine" after it, or no such word, leaves it a weight.
_PAID_BEFORE = re.compile(
    r"\b(?i:costs?|costing|fined?|fines|paid|pays?|paying|worth|priced|prices?|fees?|charges?|charged|sold\s+for"
    r"|bought\s+for|salary|salaries|earns?|earned|earning|spent|spends?|spending|owed?|owes|wages?|bills?|rent"
    r"|donated|compensation|damages|bonus|prize|pensions?|allowances?|stipends?|grants?|loans?|refunds?|tax|taxes|levy"
    r"|subsid(?:y|ies))(?:\s+(?:of|at|to|for|him|her|them|us|me|was|is|were|are|will\s+be|would\s+be"
    r"|totall?ed|came\s+to|amounted\s+to|rose\s+to|fell\s+to))?"
    r"(?:\s+(?i:just|only|about|around|some|nearly|almost|roughly|more\s+than|less\s+than|up\s+to|over|under|an?))*\s*$"
)
_OF_AFTER = re.compile(r"\s+of\b")
# "129.25 yen (129.74), 0.6949 pounds and 1.5553 Swiss francs": an amount listed right before or after pounds (its
# currency's words read by `match_currency_word`)
_LISTED_AMOUNT_BEFORE = re.compile(r"\d(?P<word>\s[A-Za-z.]+(?:\s[A-Za-z.]+){0,2}?)(?:\s\([\d.,]+\))?,?\s(?:and\s)?$")
_LISTED_AMOUNT_AFTER = re.compile(r"(?:\s\([\d.,]+\))?(?:,|\sand|,\sand)\s[\d.,]*\d")
# "rose 12 pence to 3.45 pounds", "from 95p to 1.10 pounds": the other end of a change in pence is sterling
_PENCE_JOINED_BEFORE = re.compile(r"\d(?:\s?pence|p)\s+(?:to|from)\s+$")
_OF_MONEY = re.compile(r"\s+of\s+(?:[\w'’]+\s+)?(?:funding|investment|spending|cuts|debt|savings|aid|support|revenues?|loans?"
                       r"|subsid\w*|taxpayers['’]?|public|money|cash|assets|damages|bonus\w*|fees|fines|contracts?|sales|profits?"
                       r"|losses|income|cost|costs|value|orders|exports|imports)\b", re.I)
SUFFIX_SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY", "₡": "CRC", "₾": "GEL",
                  "₭": "LAK", "₦": "NGN", "₱": "PHP", "₫": "VND", "₴": "UAH", "₪": "ILS", "元": "CNY"}
_SUFFIX_SYMBOL = re.compile(r"\s?(?P<sym>[€£₹₽₩₺₡₾₭₦₱₫₴₪元]|\$(?!\s?\d))")
_MINOR = re.compile(r"[\s-](?:U\.?S\.? (?=cents?\b))?(?i:(?P<minor>cents?|cts|sen|pence|penny|kopecks?|kopeks?|paise|paisa))\b")
_AND_CENTS = re.compile(r",?\s+(?:and\s+)?(?P<cents>\d{1,2}|" + SMALL_WORDS + r")\s+(?i:cents?)\b", re.I)
# cents not named after a currency's name that ends its clause: "15 dollars 50.", "17 USD 25", "15 dollars and 50 more"
_CENTS_UNSAID = re.compile(r"\s+(?:and\s+)?(?P<cents>\d{2}|" + SMALL_WORDS + r")(?=\s*(?:[.;:!?)]|$)|\s+more\b)", re.I)
_PERCENT = re.compile(r"[\s-]?(?:%|(?i:per[ -]?cents?(?![- ]points?\b)|pct(?![- ]points?\b)|percentage(?![- ]points?))\b|pc\b"
                      r"|p\.c\.)")
# ("by 0.25 per cent points", "30 pct points": percentage points, as some wires write them)
_POINTS = re.compile(r"[\s-]?(?i:full\s)?(?i:(?:percentage|per[ -]?cent|pct)[- ]points?|(?:pp|ppts?)\b|basis[- ]points?|bps?\b)")
_TIME = re.compile(
    r"(?P<sep>-|\s)(?P<unit>second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie)|min|hr|sec|yr|wk|mth|mo)s?"
    r"(?P<old>-olds?| olds?| of age)?(?![\w])",
    re.I,
)
# "one more year", "one extra day": a span of time added ("one more time" is an occasion, "one more hour of" a length)
_ONE_MORE_TIME = re.compile(r"\s+(?:more|extra|additional|further)\s+(?P<unit>minute|hour|day|week|fortnight|month|year|decade)"
                            r"(?![\w-])", re.I)
# (a hyphen after a spaced "second" joins the ordinal to a noun: "second-half", "second-placed"; "a 10 second-long clip"
# measures)
_ORDINAL_COMPOUND = re.compile(r"-(?!long\b|old\b)[a-z]")
# "vs 980 mln yr ago": Reuters' shorthand for "a year ago", the figure's date; no span of 980 million years
_SINGULAR_AGO = re.compile(r" (?i:year|yr) (?:ago|earlier)\b")
_GLUED_TIME = re.compile(r"(?P<sep>)(?P<unit>min|hr|sec|(?<=\d)(?-i:h))s?(?P<old>-olds?)?(?![\w])", re.I)  # "14hrs 30mins", "45min", "48h"
# the words before an age ("at the age of 71", "aged 71", "who is 71", "| Putin's age | 71 |": a table's column)
# ("children under the age of 12", "66% over the age of 25": an age, bounded by `qualifier_of`)
_THE_AGE_OF = r"\b(?:at|by|over|under|above|below) the age of"
_AGE_BEFORE = re.compile(r"(?:" + _THE_AGE_OF + r"|\baged(?: between)?|\bage(?::|\s+\|)?"
                         # ("children ages 5 to 11", "whose ages ranged from 27 to 56")
                         r"|\bages(?: (?:ranged?|ranging|varied|varying))?(?: from| between)?|\b(?:who|she|he"
                         r"|(?-i:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|President|Pope|King|Queen|Chancellor|Senator"
                         r"|Governor|Prime Minister)\.? [A-Z][\w’'-]+))"
                         r" (?:is|was|turns|turned|will turn)(?: (?:now|still|already|just|only)){0,2}|\b(?:she|he)['’]s)\s+$", re.I)
# ("Mr Putin is seventy-one", "he's 71", "who is now 82")
# "Putin is 71;" (a capitalised word the dictionary does not know: a name; "Turnout is 71." is no age)
_AGE_HEDGE = r"(?:(?:about|around|roughly|approximately|nearly|just\s+over|just\s+under)\s+)?$"
_AGE_IS = re.compile(r"\bage\s+(?:was|is|were|of|:)\s+" + _AGE_HEDGE, re.I)  # ("Mean age was 63.4 years", "a median age of 38 years")
# ("The median age of patients was 67.": a bare number, an age only after the age of whom it is said)
_AGE_OF_IS = re.compile(r"\bage\s+(?:of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[a-z]+\s+){1,2})?(?:was|is|were|stood\s+at|:)\s+"
                        + _AGE_HEDGE, re.I)
_AGE_LABEL_AFTER = re.compile(r":\s+(?:(?:his|her|their|the\s+[\w-]+['’]s|[A-Z][\w-]+['’]s)\s+)?age\b", re.I)  # a list's "37: his age"
_SAID_THAT = re.compile(r"\b(?:said|says|claimed|claims|posted|wrote|writes|alleged|suggested|insisted)\s+(?:that\s+)?\S+\s+"
                        r"(?:is|was)\s+$", re.I)
_NAME_IS = re.compile(r"(?<![\w’'-])([A-Z][a-z’'-]+) (?:is|was)(?: (?:now|still|already|just|only))?\s+$")
# "Trump turns 78 in June", "who would have turned 98", "the youngest mayor at just 26", "children under 12", "adults
# over 65": an age, said by the verb, a superlative of people, or a group of people bounded by it
# groups of people whose age a number after "over" or "under" tells ("adults over 65", "workers are over 50")
_AGED_GROUPS = frozenset("children kids adults people persons women men girls boys teens teenagers seniors voters patients residents "
                        "workers players drivers victims passengers employees respondents members staff workforce".split())
_GROUP_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_AGED_GROUPS)) + r"|those|anyone|everyone)\s+$", re.I)
_GROUP_AGE_BOUND = re.compile(r"\s+(?:and|or)\s+(?P<way>over|older|up|above|under|younger|below)\b(?![\w-]|\s+than\b)", re.I)
_AGE_CUE = re.compile(r"(?:\b(?:turns|turned|turning|will turn|would turn|would have turned)"
                      r"|\b(?:youngest|oldest)\b[^.;!?]{0,40}\bat\s+(?:just|only)?"
                      r"|\b(?:" + "|".join(sorted(_AGED_GROUPS)) + r"|those|anyone|who|(?<![\d.,])\d{1,4})"
                      # ("a third of workers are over 50", "40 were over 65": people's ages)
                      r"\s+(?:(?:are|were|is|was|being)\s+)?(?:aged\s+)?(?:under|over|above|below|older than|younger than))"
                      r"\s+$", re.I)
_AGE_CUE_WORDS = re.compile(r"turn|est\b|under|over|above|below|than", re.I)  # (one of them is in every `_AGE_CUE`)
_AT_AGE_WORDS = _THE_AGE_OF + r"|\b(?:at|by|from|until|to) age"
_AT_AGE = re.compile(rf"(?:{_AT_AGE_WORDS})\s+$", re.I)  # "at age 85 years": years there are an age
_AGE_SURE = re.compile(rf"(?:{_AT_AGE_WORDS}|\baged)\s+$", re.I)  # whatever word follows: "a man aged 64 died"
_NOUN_UNIT_AFTER = re.compile(r"\s*(?:[%$€£]|(?i:per|percent|points?|months?|weeks?|days?|years?|and|to|or|-)\b)")
# ("the death toll stands at 47", "inflation held at 3": a level, not an age)
_AGE_AT = re.compile(r"(?:\b(?:died|dies|retired|retires|retiring|elected|married|debuted?)"
                     r"(?:\s+(?:peacefully|suddenly|unexpectedly|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today))?"
                     r",?\s*|^\s*|\n\s*|[.!?]\s+|[,;(—–]\s*"
                     r"|\b(?:and|but|even|still|only|just|who|when|already)\s+)\bat\s+$", re.I)
# "she moved to New York at 19", "he left school at 15": a life's step at an age, told of a person
_LIFE_STEP_AT = re.compile(r"\b(?:he|she)\s+(?:[a-z]+\s+)?(?:moved|emigrated|left|joined|started|began|became|married|graduated"
                           r"|enlisted|founded|signed|quit|retired|died|fled)\b[^.;,:!?]{0,40}\bat\s+$", re.I)
_OLDEST_AFTER = re.compile(r",?\s+(?:(?:he|she)\s+)?(?:(?:is|was|became|becomes)\s+)?the\s+(?:oldest|youngest)\b")
# "Jones, a father of four, was 38 when he was diagnosed": what someone was when something happened to them
_WAS_WHEN = re.compile(r"\s+when\s+(?:he|she)\b")
_NAME_WAS = re.compile(r"(?<![\w’'-])([A-Z][a-z’'-]+)(,[^,;.]{1,40},)?\s+(?:was|is)\s+$")  # ("Jones, a father of four, was")
_CLOCK = re.compile(r"\s?(?i:[ap]\.?m\b\.?|o'clock)"
                    r"|\s(?:GMT|BST|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST|IST|JST|ET|PT|AEDT|AEST|AWST|ACST|NZDT|NZST|HKT|SGT|MSK)\b"
                    r"|\s(?i:local time)\b")
_RATE = re.compile(
    # a frequency between ("40 mg of the drug twice daily") makes the dose no rate
    r"(?:\s+of(?:\s+(?!(?:once|twice|thrice|times)\b)[A-Za-z][\w’'-]*(?![\w’'-])){1,3}?)?\s*(?:(?:\b(?:a|per|each|every)|/)\s?(?P<per>day|week|month|year|annum|yr|d)|/(?P<y>y)"
    r"|\s+(?P<adverb>daily|weekly|monthly|annually|yearly|pa))\b(?!\s+(?:ago|earlier|later|before|after)\b)",
    re.I,
)
_RATE_UNIT = {"day": "day", "d": "day", "y": "year", "pa": "year", "daily": "day", "week": "week", "weekly": "week", "month": "month",
              "monthly": "month", "year": "year", "yr": "year", "annum": "year", "annually": "year", "yearly": "year", "annual": "year"}
_PERIODIC_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<adj>annual|yearly|daily|weekly|monthly)\s+[a-z]", re.I)
_PERIODIC_BEFORE = re.compile(r"\b(?P<adj>annual|yearly|daily|weekly|monthly)\s+(?:(?:[a-z]+\s+){1,2}"
                              r"(?:of|at|to|was|is|reached|hit|totalled|totaled)\s+)?"  # ("averaged a daily 2.14 million barrels")
                              r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|up\s+to)\s+)?$", re.I)
_SPACED_M = re.compile(r" [mM](?![\w'’&/-]|\.\w)")  # ("5 m/s" is a speed)
# things measured by their length (a glued "m" before them is metres): "the 2,800m runway", "a 58m yacht", "the 100m final"
_LONG_THING_AFTER = re.compile(r"(?:-long)? (?:(?!(?:euro|dollar|pound|yen|yuan|rupee|franc|rand|peso|sterling)s?\b)[a-z]+ )?"
                               r"(?:runway|bridge|tower|tunnel|pool|yacht|superyacht|ferry|ship|vessel"
                               r"|wall|dam|skyscraper|mast|crane|cliff|sprint|dash|hurdles|freestyle|backstroke|breaststroke"
                               r"|butterfly|relay|medley|steeplechase|swim|final)s?\b")
# what may follow a spaced "m" of metres that no count of millions would be followed by: the clause's end, a preposition
_NO_NOUN_AFTER_METRES = re.compile(r"\s*(?:[.,;:)!?]|$)"
                                   r"|\s+(?:on|in|at|above|below|under|from|to|and|or|by|up|down|during|when|after|before)\b")
_LENGTH_WORDS = re.compile(r"\s+(?:tall|long|high|wide|deep|away|thick|in (?:length|height|diameter)"
                           r"|(?:taller|longer|wider|deeper|thicker|shorter)(?= than\b))\b"
                           r"|-(?:tall|long|high|wide|deep|thick)\b"
                           # "lies 3,800m below the surface", "1,200m above sea level", "500m underground"
                           r"|\s+(?:(?:below|above|beneath|under)\s+(?:the\s+)?(?:surface|sea\s+level|ground|seabed|sea\s+floor|ocean\s+floor|sea)"
                           r"|underground|underwater|undersea)\b"
                           # "828m (2,717ft) tall", "1.8m (6ft)": a length in imperial measures says the "m" is metres
                           r"|\s?\(\s?(?:about |around |some )?[\d,.]+\s?(?:ft|feet|foot|yards?|yds?|miles?|inches)\b", re.I)
_SIGN = re.compile(r"(?:(?<![\w\d.,)%°])[-−]|(?<=[\s(])–|\b(?i:minus)[\s-])$")  # (an en dash glued to the figure: "lost –1.3%")
# A change is told by the verb (or preposition) just before the figure, past any qualifier words
# ("rose nearly 14%", "up by almost two-fifths", "an increase of 5%"), or by a noun just after it
# ("a 5% drop"). Read word by word backwards: an anchored-at-end regex search is slow.
_UP_WORDS = frozenset(
    "rose rise rises risen rising increased increases increasing increase grew grow grows grown growing jumped jump jumps "
    "jumping surged surge surges surging soared soar soars soaring climbed climb climbs climbing gained gain gains gaining "
    "up higher added advanced advances advancing rallied rallies rallying expanded expand expands expanding hiked boosted "
    "rebounded rebound rebounds recovered spiked skyrocketed rocketed leapt leaped leap leaps swelled ballooned "
    "accelerated strengthened firmed widened widens widening appreciated appreciates boost boosts boosting hike hikes hiking "
    "add adds adding recouped recoups recouping"
    .split()
)
_DOWN_WORDS = frozenset(
    "fell fall falls fallen falling dropped drop drops dropping declined decline declines declining decreased decrease "
    "decreases decreasing down lower shrank shrink shrinks shrinking shrunk slumped slump slumps slumping plunged plunge "
    "plunges plunging slid slide slides sliding tumbled tumble tumbles tumbling lost lose loses losing contracted "
    "contract contracts contracting dipped eased retreated cut cuts cutting slashed trimmed lowered reduced slipped slips "
    "slipping sank sinks sinking plummeted plummets plummeting plummet "
    "dived dove tanked shed sheds weakened softened ease eases easing sink "
    "dips slip narrowed narrows narrowing depreciated depreciates reduce reduces reducing lowers lowering trim trims trimming "
    "slash slashes slashing slowed slows slowing cooled cools cooling nosedived nosedive nosedives nosediving skidded "
    "skids skidding sagged sags sagging retreat retreats retreating "
    "axed axing axes axe shedding".split()  # ("is axing around 2000 jobs", "shedding 1,200 jobs")
)
# a rise only with the extent after "by": "raised its dividend by 5 cents" ("raised $5 million" is money got)
_UP_BY = frozenset("raised raises raise raising lifted lifts lift upped ups wider upward upwards".split())
# "the gap was narrower by 2%" ("a narrower 2% gap" is none); "adjusted rates upward (downward) by 50 basis points"
_DOWN_BY = frozenset("narrower downward downwards".split())
CHANGE_WORDS = _UP_WORDS | _DOWN_WORDS  # the verbs and adverbs that make a figure a change
_CHANGE_VERB_PATTERN = "|".join(sorted(w for w in CHANGE_WORDS if w.isalpha() and len(w) > 2))  # (as a regex alternation)
_PARTICIPLE_DETERMINERS = frozenset("the its their his her our".split())  # (not "that": "the firm that reduced 5% of staff")
_CHANGE_NOUNS = {"increase": "up", "rise": "up", "growth": "up", "jump": "up", "gain": "up", "surge": "up",
                 "decline": "down", "drop": "down", "fall": "down", "decrease": "down", "cut": "down", "loss": "down",
                 "hike": "up", "raise": "up", "climb": "up", "rebound": "up", "reduction": "down", "slump": "down", "plunge": "down"}
_CHANGE_NOUNS.update({noun + "s": way for noun, way in list(_CHANGE_NOUNS.items())})  # "gains of 2%", "cuts of 5%"
_CHANGE_NOUNS["losses"] = "down"
_PASSING = frozenset("exceeds exceeded tops topped surpasses surpassed".split())
_MOVED_INTO = re.compile(r"\s+(?:into|out\s+of)\s+(?!(?:the\s+)?(?:red|black|negative|positive)\b)[a-z]", re.I)
_OFFSET_AFTER = re.compile(r"\s+(?:later|earlier|ago|after|before|afterwards)\b")
_LIVES = re.compile(r"[\w,.-]+\s+(?:[a-z]+\s+)?(?:people|persons|lives|individuals|civilians|residents|children|passengers|campers"
                          r"|soldiers|troops|victims)\b", re.I)
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:\"“]\s)(?<!^)\b[A-Z][a-z]+ $")
_POINT_AFTER = re.compile(r"[- ]point(?= (?:lead|deficit|gap|margin|swing|drop|fall|rise|gain|jump|advantage|edge|decline|increase"
                          r"|slide|slump|loss|cut|hike|improvement|fall-off|dip)\b)")
_FRACTION_POINT = re.compile(r" point\b(?! of\b)")
_MB = re.compile(r" ?mb\b")
_DATA_WORDS = re.compile(r"\b(?:files?|data|download\w*|upload\w*|memory|storage|disk|size|RAM|bandwidth|app|update|video)\b", re.I)
_PRESSURE_WORDS = re.compile(r"\b(?:pressure|barometer|barometric|hurricane|typhoon|cyclone|storm|depression)\b", re.I)
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?: (?:of|at|was|is|to))?[ -]$", re.I)  # ("read the quake's magnitude at 6.8")
_MAGNITUDE_AFTER = re.compile(r"[ -]magnitude\b| on (?:the )?Richter scale\b|(?-i: ?M[wL](?![\w-]))", re.I)
# a scale's letters before a magnitude told to a tenth: "a Mw 7.8 earthquake", "an M7.4 quake", "ML 5.1" (not "the M4 motorway")
_MOMENT_SCALE_BEFORE = re.compile(r"(?<![\w-])(?-i:M[wLsb]? ?)$")
# (a bare "M" is a magnitude's only beside a quake's word in its sentence: "an M7.4 quake", "the quake, an M7.4")
_QUAKE_WORD = r"(?i:quake|tremor|aftershock|seismic|temblor)"
_QUAKE_AFTER = re.compile(r"[^.!?]{0,25}?" + _QUAKE_WORD)
_QUAKE_BEFORE = re.compile(_QUAKE_WORD + r"[^.!?]{0,40}$")
_QUAKE_NOUN_AFTER = re.compile(r" (?:earthquake|quake|aftershock|tremor|temblor)(?![\w-])", re.I)  # (one quake, no count of them)
_TENTHS = re.compile(r"\d\.\d")
_CLAUSE_MARKS = frozenset(",;:()[].!?\"“”—–")
_REVISION_WORDS = frozenset(
    "raised raises raising revised revises revising upgraded upgrades downgraded downgrades changed changes adjusted "
    "moved moves went goes shifted shifts widened widens narrowed narrows lifted lifts raise revise upgrade downgrade change "
    "adjust move shift lift extend extends extended extending lengthen lengthens lengthened shorten shortens shortened "
    "doubled doubles doubling tripled triples tripling quadrupled halved halves halving".split()  # ("doubled from X to Y")
)
# the way a revision went, right after its verb ("revised upward 4,000", "adjusted downward 0.3 point")
_WAY_ADVERBS = {"upward": "up", "upwards": "up", "downward": "down", "downwards": "down"}
_EXTENT_VERBS = _UP_WORDS | _DOWN_WORDS | _UP_BY | _DOWN_BY  # a change's direction, its extent after "by"
_MOVING_VERBS = _UP_WORDS | _DOWN_WORDS | _REVISION_WORDS  # "by X to Y" after them: a change and the new level
# ("first responders", "the first lady", "first aid", "a second language", "first-serve points": compounds)
_PERIOD_AFTER = re.compile(
    r"[- ](?:quarter|half|responders?|lady|ladies|aid|language)\b|-(?:time|ever|hand|class|rate|floor|team|degree|serve|person"
    r"|party|world|string|guess(?:ed|ing)?)\b", re.I)  # ("backed a third-party candidate", "a Third-World debt": no rank)
_FILLER = frozenset(
    "by a an some nearly almost about around roughly more than over just less close approximately further another "
    "additional extra estimated record ~".split()  # ("lost an additional 18.4% of their weight")
    + "only merely barely".split()  # ("going down only 12%", "fell by only 3%", "rose barely 1%")
    + "as much many".split()  # ("plunged as much as 22%"; "rose as high as 6%" is a level)
    # "rose a seasonally adjusted 0.7%", "grew at an annualized 2.4%", "fell a whopping 40%"
    + "seasonally adjusted annualized annualised revised whopping staggering hefty mere modest paltry".split()
    # "added a surprisingly robust 303,000 jobs", "shed a net 12,000", "rose a solid 2.9%"
    + "robust solid strong stronger weak weaker healthy impressive meagre meager net surprisingly unexpectedly".split()
    # "wages grew an annual 4.6%", "prices rose a monthly 0.3%"
    + "annual yearly monthly quarterly weekly".split()
)
_COMPARED_LATER = r"(?:\s+[a-z-]+){0,3}?\s+(?:than|compared\s+(?:with|to))\b"  # ("more than", "fewer ounces compared with")
# "the 500-seat lower house", "300,000 higher education students": a name's adjective, no change
_NOT_A_LEVEL = r"(?!\s+(?:house|chamber|courts?|education|learning|ground|income|tiers?|class(?:es)?|ranks)\b)"
_CHANGE_AFTER = re.compile(  # (after a label's colon too: "40%: rise in Russian gas flows")
    r":?\s+(?:(?:the|an?)\s+(?=\S+\s+(?:in|of)\b))?(?:(?:annual|yearly|monthly|quarterly|weekly|daily|sharp|steep|modest|slight|further|year-on-year"
    r"|year-over-year|annuali[sz]ed|(?i:y-o-y|yoy|q-o-q|qoq|m-o-m|mom|y/y|q/q|m/m)|sequential|average(?:\s+monthly)?)\s+)?(?:(?P<up>rise|increase|jump|gain|growth|surge|climb|hike|raise|rally"
    r"|higher" + _NOT_A_LEVEL + r"|stronger|firmer"  # ("The euro was 0.18% firmer on the day")
    r"|more(?=" + _COMPARED_LATER + r")|(?:dearer|costlier|pricier|larger|bigger|greater)(?=\s+than\b))"
    r"|(?P<down>drop|fall|decline|decrease|cut|slump|loss|contraction|drawdown|reduction"
    r"|lower" + _NOT_A_LEVEL + r"|weaker|softer"
    r"|less(?=" + _COMPARED_LATER + r")|fewer(?=" + _COMPARED_LATER + r")"
    r"|(?:cheaper|smaller)(?=\s+than\b)))\b",  # ("40% more than in 2022": a rise over that
    # base; "produced 15% fewer ounces compared with the first quarter": a fall from it; "a harvest 23 per cent smaller
    # than last year's")
    re.I,
)
# the base a change is measured against, told right after it: "-23% year on year", "-4.1% y/y", "-2% on the month"
_CHANGE_BASE_AFTER = re.compile(r"\s+(?:(?:year|month|quarter|week)[- ](?:on|over)[- ](?:year|month|quarter|week)\b|y/y|m/m|q/q|yr/yr"
                                r"|(?i:yoy|y-o-y|qoq|q-o-q|mom|m-o-m)\b|on\s+the\s+(?:year|month|quarter|week)\b"
                                r"|(?:from|on|than|compared\s+(?:with|to))\s+(?:a|the)\s+(?:year|month|quarter|week)\s+(?:earlier|before|ago)\b)")
_HYPHEN_POINT = r"(?i:percentage[- ])?(?i:points?)\b"  # "a quarter-point cut", "a half-percentage-point hike"
FRACTION_GUARD = starts_with([], ignore_case=["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "a ",
                                            "a-", "an ", "half"], also="")
# what "half" is of: "half of", "half the", "half a point", "half an hour" (else a subject: "nearly half said so")
_HALF_OF = (r"\s+(?:of|the|its|their|all)\b|\s+an?\s+(?:percentage[- ])?point\b|-" + _HYPHEN_POINT +
            r"|\s+an?\s+(?:hour|minute|second|day|week|month|year|decade|century|mile|kilomet|metre|meter|inch|foot|pound|kilo"
            r"|litre|liter|gallon|ton|acre|hectare|(?:cent|penny|percent|per\s?cent)\b)")
_FRACTION = re.compile(
    FRACTION_GUARD + r"(?<![\w-])(?P<num>(?i:one|two|three|four|five|six|seven|eight|nine|an?))[- ]"
    r"(?P<den>(?i:halves|thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths|hundredths|thousandths"
    r"|half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth|thousandth))"
    r"(?!\s+(?:of\s+)?an?\s+(?:hundred|thousand|million|billion|trillion)\b)(?P<of>\s+of\b)?(?!\w|-(?!" + _HYPHEN_POINT + "))"
    r"|(?<![\w-])(?P<half>(?i:half))(?=" + _HALF_OF + r"|\s+[a-z]+\b|[.,;:)]|$)"
)
_HALF_OF_A = re.compile(_HALF_OF)
# "a quarter of a percentage point", "half a point", "a quarter-point cut": a fraction of a percentage point
_OF_A_POINT = re.compile(r"(?:\s+of)?\s+an?\s+(?:percentage[- ])?points?\b|[\s-](?:percentage[- ])?points?\b", re.I)
_OF_A_PERCENT = re.compile(r"\s+of\s+an?\s+(?:percent|per\s?cent)\b", re.I)
_A_PERCENT = re.compile(r"\s+an?\s+(?:percent|per\s?cent)\b", re.I)
_A_CENT = re.compile(r"\s+an?\s+(?:cent|penny)\b", re.I)
_A_UNIT = re.compile(r"\s+an?\s+(?!(?:percentage[- ])?points?\b)", re.I)
_OF_A = re.compile(r"\s+of\s+an?\b", re.I)  # "two-thirds of a mile": a fraction of a unit, not a share
_FRACTION_END = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:in|from|to|since|on|over|after|before|and|or|last|this|year-on-year"
                           r"|compared|against|versus|than|among|across|during|within|amid|while|but|following|through|because|due"
                           r"|thanks|between|under)\b")  # ("up by a fifth compared with last year", "by a third among")
_FRACTION_PAIR_UNIT = re.compile(
    r"\s+(?:and|or|to)\s+(?:an?\s+)?(?:half|third|quarter|fourth|fifth|tenth)s?(?:\s+of\s+an?)?\s+(?P<unit>[a-z])")
_DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "hundredth": 100, "thousandth": 1000}
_DENOMINATOR_STEMS = ("half", "halves", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                      "hundredth", "thousandth")
_FINE_DENOMINATORS = frozenset(("hundredth", "hundredths", "thousandth", "thousandths"))  # read only as a share of a unit
_SMALL_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
# a law reporter's or the statutes' series, between a volume and a page: "80 F.3d 24", "410 F. Supp. 2d 12", "96 Stat. 1248"
_REPORTER = r"F\.\s?(?:2d|3d|4th)|(?:F\.\s?)?Supp\.(?:\s?[23]d)?|S\.\s?Ct\.|Stat\."
# Nouns that a number designates rather than counts ("Section 230", "phase 3 trials", "a category 5 storm")
_DESIGNATOR_BEFORE = re.compile(
    r"\b(?i:section|article|chapter|paragraph|clause|amendment|proposition|flight|route|highway|room|gate|platform"
    r"|terminal|phase|stage|level|grade|class|type|category|tier|episode|volume|page|item|version|model|series"
    r"|generation|apollo|windows|iphone|galaxy|pixel|boeing|airbus|district|ward|precinct|act|no\.|number"
    r"|resolution|regulation|directive|decree|figure|table|exhibit|appendix|annex|suite|apartment|lot|pier|berth"
    r"|channel|floor|matchday|hole|lane|row|door|bay|exit|junction|interstate|verse|psalm|rule|module|marker"
    r"|(?<=\bon )day|(?<=\bby )day"  # ("discharged on day 9": a day of a count, no nine of anything)
    r"|(?<!can )(?<!could )(?<!will )(?<!would )(?<!to )(?:seat|track)"  # ("The A380 can seat 853 passengers": a verb)
    r"|codes?|batch|batches|lots|serial|serials|sku|upc|runway|game)(?:[’']s)?\s$"  # ("lot codes 2025062 through 2025140")
    # plurals before a list or a range ("grades 6 through 8", "Articles 5 and 6"), not those that are verbs too
    # ("the plane seats 180", "the index tracks 500 stocks")
    r"|\b(?i:sections|articles|chapters|paragraphs|clauses|amendments|grades|phases|stages|categories|episodes|pages"
    r"|items|versions|generations|districts|wards|precincts|resolutions|annexes|appendices|verses|psalms|exhibits|tables"
    r"|charts|junctions|platforms|terminals|exits|gates|rooms|runways|games)\s$"  # ("closed between junctions 10 and 12")
    r"|\bCounts?\s$|(?<=\bon )counts?\s$"  # an indictment's "Count 1", "Counts 2-24", "convicted on count 3"
    r"|" + SECTION_SIGN_BEFORE +  # a law's section: "under § 1983", "18 U.S.C. §§ 3579-80"
    r"|(?-i:" + _REPORTER + r")\s$"  # a reporter's page: "80 F.3d 24"
    # a pollutant's size class: "particulate matter 2.5", "particulate matter (PM) 10", "PM 10" (no count of matter)
    r"|(?<=[Pp]articulate )(?i:matter)(?:\s+\(PM\))?\s$|\bPM\)?\s$"
)
# a knockout round named by how many are left: "the last 16", "the round of 32", "the final four" (no noun after)
_ROUND_BEFORE = re.compile(r"\b(?:the\s+(?:last|final)|round\s+of)\s+$", re.I)
_ROUND_END = re.compile(r"\s*(?:[.,;:)!?]|$)|\s+(?:on|in|at|of|for|with|after|before|and|but|when|where|since|against|"
                        r"draw|stage|tie|ties|match|matches|clash|game|games|round)\b")
_TOP_BEFORE = re.compile(r"\b(?i:the|a|an|its|their|his|her)\s+(?i:top|bottom)[ -]$")  # (not the verb: "expected to top 1,000")
# a title of a code of law before its section: "18 U.S.C. 1349", "40 C.F.R. 60"
# a volume of a law reporter or of the statutes before its series: "80 F.3d 24", "410 F. Supp. 2d 12", "96 Stat. 1248"
_CODE_TITLE_AFTER = re.compile(r" (?:U\.\s?S\.\s?C\.|USC|C\.F\.R\.|CFR)(?![\w.])| (?:" + _REPORTER + r")(?!\w)")
# a number listed after a designated one is designated too ("grades 6 through 8", "Articles 5, 6 and 7")
# ("sections 154, 175, and 153", "sections 337, 338, 304 A, and 34")
_LIST_LINK = re.compile(r"\b\d+(?:\s?[A-Za-z])?(?:,\s*(?:(?:and|or)\s+)?|\s*[-–&]\s*|\s+(?:and|or|to|through|thru)\s+)$")


# (the last of a list has no noun of its own: "Flight 370 and 239 people" counts people; "Tables 3 and 4 list" none)
_LIST_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:of|in|and|or|to|through|thru|are|is|were|was|will|would)\b")


def _designated(before: str, text: str, end: int) -> bool:
    """Whether the number after `before` (ending at `end` of `text`) designates a thing ("Section 230",
    "grades 6 through 8")."""
    # (the words end the text before the number: a search of its last characters finds them, as \b sees before `pos`)
    return bool(_DESIGNATOR_BEFORE.search(before, max(0, len(before) - 16))) or (
        (bool(_LIST_END.match(text, end)) or _plural_after(text, end) is None) and _listed_after(before, _DESIGNATOR_BEFORE))


def _listed_after(before: str, pattern: re.Pattern[str]) -> bool:
    """Whether `before` ends in a list of numbers ("aged 19, 22 and ") that follows `pattern`."""
    while any(c.isdigit() for c in before[-12:]) and (link := _LIST_LINK.search(before, max(0, len(before) - 20))):
        before = before[: link.start()]
        if pattern.search(before):
            return True
    return False


# phone numbers, ISBNs, version strings; not a range of two decimals ("1.2-1.5 billion euros")
_CHAIN = re.compile(r"(?!\d+(?:\.\d+)?[-–]\d+(?:\.\d+)?(?![-–.]?\d))(?:\d+(?:[-–.]\d+){2,}|\d+[-–]\d{3,}[-–])")
# "One person was killed", "at least one soldier died": "one" counts a person a verb of what befell them follows
_ONE_PERSON_AFTER = re.compile(
    r" (?P<noun>person|man|woman|child|boy|girl|baby|officer|soldier|worker|passenger|civilian|student|patient|firefighter"
    r"|pilot|migrant|protester|journalist|resident|victim|hostage|miner|climber|swimmer|driver|pedestrian|cyclist|motorist)"
    r" (?:was|is|has|had|remains|remained|died|dies|drowned|survived|suffered)\b")
_NOT_A_MODEL = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
               r"|May|June|July|August|September|October|November|December)\b)")
# "737 MAX 9", "capped 737 Max 9 output": a number, a capitalised word and a digit name a model's variant (unless a plural
# follows it: "inspected 171 Max 9 jets" counts jets)
_MODEL_AFTER = re.compile(r" (?:[A-Z]{2,5}|" + _NOT_A_MODEL + r"[A-Z][a-z]+(?<!s)) \d{1,2}s?\b(?! [a-z]+s\b)")
# "The 787 Dreamliner", "its 5008 Rifter": a bare number after a determiner (`_DETERMINER_MODIFIED_BEFORE`) and before one capitalised
# word in the singular names a model ("the 300 Republicans" count; a day or month after it is a date's: "killed 12 Monday")
_MODEL_NAME_AFTER = re.compile(" " + _NOT_A_MODEL + r"(?:[A-Z][a-z]+(?<!s)|[A-Z]{2,5}(?<!S))"
                               r"(?![\w'’-])")  # ("the 737 MAX and the 777X")
# a determiner and at most two modifiers before a number: "the best-selling 737 Max", "the largest 737 Max 9 fleet"
_DETERMINER_MODIFIED_BEFORE = re.compile(r"\b(?i:the|a|an|its|their|his|her|our|this|that|whose)\s+(?:[a-z]+(?:-[a-z]+)*\s+){0,2}$")
_G_FORCE = re.compile(r"\b(?:g-)?forces?\b|\bgravity\b|\bpull(?:s|ed|ing)?\b", re.I)
_ZERO_TAIL = re.compile(r"[-–]0\d{2,}(?![\d]|[.,]\d)")
_SLASHED = re.compile(r"\d+(?:[.,]\d+)*(?:/\d+(?:[.,]\d+)*)+")
_ADDRESS_AFTER = re.compile(
    r" (?:(?:N|S|E|W|NE|NW|SE|SW)\.? )?(?:[A-Z][a-z]+ ){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Drive|Place"
    r"|Square|Way|Terrace|Court|Highway|Hwy|Parkway|Pkwy)\b"  # ("3417 E. Genesee Ave.")
    r"| Broadway\b"
    r"| block of\b"  # "the 1500 block of Arrott Street"
    r"|(?<=\d)\.[A-Z]{1,2}\)"  # a stock code: "SoftBank (9984.T)", "Tencent (0700.HK)"
    r"|(?<=\b911)(?<![.,]911)(?= (?:call|calls|caller|callers|dispatchers?|operators?|centers?|centres?|system|line)\b)"
    r"|(?:(?<=\b999)|(?<=\b112)|(?<=\b000))(?<![.,]\d{3})(?= (?:call|caller|dispatcher|operator|cent(?:er|re)|system|line|number)\b)"
)  # (an emergency number: "a 911 call", "the first 999 call", "a 112 operator")
_AGE_SPAN = re.compile(r"-? to (?P<high>\d{1,3})-year-olds?\b")
_PENCE = re.compile(r"p(?![\w'’-])")
_STERLING = re.compile(r"£|\b(?:pence|sterling|FTSE)\b")


# words after which "over" a duration means "more than" it ("jailed for over 3 years", "lasted over a week", "in over 90
# years");
# elsewhere it is the span something happened in
_MORE_THAN_OVER = frozenset("for lasted lasting lasts last took taking takes take spent of after just well is was "
                            "been be than in".split())  # ("the strongest storm in over 90 years")


# what a spelled number with no noun is the subject or the part of, when it counts people or things: "Four were
# injured", "two of them died", "seven others" ("the two met", "said three": nothing says what is counted)
_SPELLED_SUBJECT = re.compile(r"\s+(?:were|are|have|had|died|others|more|remain|remained|survived|of (?:them|those|these|whom|us))\b")
_OBJECT_AFTER = re.compile(r"\s(?:them|it|him|her|us|me|you|themselves|itself)\b")
# a people's name that is its own plural, then no noun: the end of a list's item, "and a"/"and one", or a verb
_NATIONALS_AFTER = re.compile(r"\s+((?:British|Irish|French|Dutch|Welsh|Swiss|[A-Z][a-z]{2,}ese))"
                              r"(?=\s*(?:[,;.)]|$)|\s+(?:and|or)\s+(?:a|an|one)\s|\s+(?:were|are|was|who|had|have|died|among)\b)")
_MARK_AFTER = re.compile(r"\s+[a-z]+(?:-[a-z]+)?\s+(?:mark|threshold|milestone|barrier)\b(?!\s+(?:the|a|an|its|their|his|her)\b)")
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z]+ $")
_NAMED_PLACE_AFTER = re.compile(r"(?: [A-Z][a-z]+){1,2} (?:Council|District|Borough|County|Dam|Bridge|Street|Road|Square|Hospital"
                                r"|School|Academy|College|University|Church|Cathedral|Park|Hall|Tower|Station|Airport|Harbour|Hotel"
                                r"|Harbor|Group|Holdings|Partners|Capital|Party|Club|Stadium|Valley)\b")
_CAPITALISED_AFTER = re.compile(r" [A-Z][a-z]")
# a base a figure before it is compared with, in words: "14 seats, up from four", "deaths rose to 12 from seven", "nine
# cases, compared with two a year earlier" (what it counts: `_share_base_heads`)
_SPELLED_BASE_BEFORE = re.compile(r"(?:,\s+(?:up|down)\s+from|,\s+compared\s+(?:with|to)|\bversus|\bto\s+[\d.,]+\w*(?:\s+[a-z]+)?"
                                  r"\s+from)\s+(?:about\s+|around\s+|nearly\s+|just\s+|only\s+)?$", re.I)
_SPELLED_BASE_AFTER = re.compile(r"\s*(?:[.,;)]|$)|\s+(?:in|at|on|a\s+year|last|the\s+(?:previous|year|week|month)|"
                                 r"before|earlier|previously)\b")
_APIECE_AFTER = re.compile(r"\s+(?:apiece\b|each(?!\s+(?:other|of|one|year|day|week|month|time|side|team|country|state)\b))")
# a verb's object and what follows it ("2.5m makes it the largest"; not "In 2,019 cases it failed", where "it" opens a clause)
_VERB_OBJECT_AFTER = re.compile(r"\s(?:them|it|him|her|us|me)\s+(?:the|a|an|its|their|his|one|more|less)\b")
_PART_OF = re.compile(r" of (?:the|its|their|his|her|our|those|these) ")
_VOTE_AFTER = re.compile(r"\s?(?:to|-|–)\s?\d")
# "passed the House 219 to 213": a chamber's vote, not the chamber's number (as "Route 66" is a road's)
_CHAMBER_BEFORE = re.compile(r"\b(?:House|Senate|Commons|Lords|Assembly|Parliament|Congress|Bundestag|Duma|Knesset)\s+$")


# A number with no noun counts people when the words around it say so: "27 remain missing", "with 132 on board",
# "leaving 74 dead", "the death toll rose to 74" ("3 injured players" counts players; "74 were rescued" may be anything)
# "Eight others, including Iran's foreign minister, died": people, the fate told past a parenthesis
_OTHERS_THEN_FATE = re.compile(r"\s+others?,[^.;]{1,100}?,\s+(?:(?:were|was|have been|had been|have|has|had)\s+)?"
                               r"(?:died|killed|injured|wounded|hurt|missing)\b")
# what befell people, said after a bare number ("27 remain missing") or as a list line's label ("Dead: at least 41")
_FATES = ("dead", "killed", "injured", "wounded", "missing", "hurt", "trapped", "stranded", "displaced", "evacuated", "homeless",
          "detained", "arrested", "jailed")
_PEOPLE_AFTER = re.compile(
    r"\s+(?:(?:others?|more)\s+)?(?:(?:were|are|was|is|have been|had been|remain|remained|remains|still|are still|were still|now)\s+)?"
    r"(?:(?:confirmed|reported|believed|feared|already)\s+)?"
    r"(?:(?:on board|aboard|feared dead|unaccounted for)\b|(?:" + "|".join(_FATES)
    + r"|(?:have |has |had )?(?:died|fled))"  # ("nearly 600,000 had fled their homes")
    r"(?=\s*[,.;:)—–]|[^\S\n]*(?:\n|$)|\s+(?:and|in|on|at|after|when|as|by|from|with|while|following|since|during|near|off|or|so|their"
    r"|according|to|the|a|an|inside|including|across|overnight|yesterday|today|last|this|out)\b))")
_TOLL_BEFORE = re.compile(r"\btoll\b(?:[^.;:!?]|\.(?=\d)){0,100}?"
                          r"\b(?:at|to|of|past|reach(?:ed|es)|hits?|pass(?:ed|es)|surpass(?:ed|es)|cross(?:ed|es)|tops|topped|exceed(?:ed|s)|is|was"
                          r"|stood|stands|now)\s+"
                          r"(?:(?:about|around|nearly|almost|at least|more than|over|some|roughly)\s+)?$", re.I)


# ("killed at least 21, officials said", "wounding 40": whom the verb hit is people)
# "a crowd of 84,512", "an attendance of 48,512", "watched by 84,512", "in front of 60,000": people
_CROWD_BEFORE = re.compile(r"(?:\b(?:crowd|attendance|audience)\s+(?:of|was|is|reached|hit|topped|stood at)"
                           r"|\b(?:watched|attended|cheered|seen) by|\bin front of)\s+"
                           r"(?:(?:about|around|nearly|almost|at least|more than|over|some|roughly|a record|an estimated)\s+)?$", re.I)
_PEOPLE_VERB_BEFORE = re.compile(
    r"\b(?:(?:kill|injur|wound|arrest|detain|evacuat|execut|displac|furlough|sack)(?:ed|ing|es|s)?|lay(?:s|ing)? off|laid off)"
    r"\s+(?:(?:at least|about|around|nearly|almost"
    r"|some|more than|over|up to|roughly|an estimated|another|at most)\s+)?$", re.I)


# "a 5,000-strong crowd", "a 40-strong delegation": the size of a group of people ("a 20-strong fleet" counts ships)
_STRONG_GROUP = re.compile(r"-strong\s+(?:crowd|delegation|force|army|team|workforce|group|squad|contingent|mob|membership"
                           r"|congregation|audience|gathering|militia|battalion|brigade|union|community|diaspora)\b", re.I)


def _people(text: str, start: int, end: int) -> str:
    """'person' when a number with no noun counts people (`_PEOPLE_AFTER`, `_TOLL_BEFORE`, `_PEOPLE_VERB_BEFORE`,
    `_STRONG_GROUP`, a population's level), 'spectator' when it counts a crowd (`_CROWD_BEFORE`), the noun of "the
    number of foreign residents reached 1.04 million" or "foreign residents totalled ...", else ''."""
    before = text[max(0, start - 130) : start]
    if _CROWD_BEFORE.search(before):
        return "spectator"  # "a crowd of 84,512", "watched by 84,512": the people who came to see
    if "ob" in before or "ayroll" in before or "mployment" in before or "iring" in before:
        if _JOBS_BEFORE.search(before):
            return "job"  # "Total nonfarm payroll employment rose by 336,000", "payrolls increased by 336,000": jobs
    tally = _tally_noun(before)
    if (tally == "person" or _PEOPLE_AFTER.match(text, end) or _OTHERS_THEN_FATE.match(text, end)
            or _PEOPLE_VERB_BEFORE.search(before) or (text.startswith("-strong", end) and _STRONG_GROUP.match(text, end))
            or _population_level(before)):
        return "person"
    if (level := _PEOPLE_LEVEL_BEFORE.search(before)) is not None and not _PER_BEFORE.search(before, 0, level.start()):
        return singular(level.group("noun").lower())  # ("deaths per million people reached 1,100": no people)
    return tally


# a count of jobs its noun and verb tell before it ("nonfarm payrolls increased by", "payroll employment rose by", "the
# economy added")
_JOBS_BEFORE = re.compile(r"\b(?:(?:non-?farm\s+)?payrolls?(?:\s+employment)?|employment|hiring|jobs?\s+growth)\s+"
                          r"(?:\w+\s+)?(?:rose|increased|grew|climbed|jumped|fell|declined|dropped|decreased|expanded|shrank"
                          r"|contracted|gained|lost)\s+(?:by\s+)?(?:(?:about|nearly|some|roughly|a\s+seasonally\s+adjusted)\s+)?$",
                          re.I)
# "$2,850 per 40-foot container": a size of the thing counted (a compound before its noun), not a rate's denominator
_SIZE_OF_NOUN = re.compile(r"[\d.,]+-[a-z]+ ")
_PER_BEFORE = re.compile(r"\bper\s+(?:[\d,.]+\s+|(?:a|one|hundred|thousand|million)\s+)?$", re.I)
# ("The number of passengers fell 12% to 3.4 million": the level after a change by a share)
_LEVEL_VERB = (r"(?:of|at|to|reached|hit|(?:rose|grew|climbed|fell|dropped|jumped|increased|decreased)"
               r"(?:\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?\d[\d.]*\s?(?:%|percent|per\s+cent)"
               r"(?:\s+(?:last|this)\s+(?:year|month|week|quarter))?,?)?\s+to|stood at|stands at"  # ("fell 63 per cent last year, to")
               r"|is|was|were|are|totall?ed|topped|passed|exceeded|numbered)\s+(?:(?:about|around|nearly|almost|some|roughly"
               r"|more than|over|just over|just under|an estimated|a record)\s+)?$")
# "Portugal's population rose to 10.64 million", "a population of 2.96 million": people
# ("Japan's population fell by 837,000 to 124.35 million": both people)
_POPULATION_BEFORE = re.compile(r"\bpopulation\b(?:\s+of\s+[A-Z][\w’'. -]{0,30}?)?\s+(?:(?:rose|grew|climbed|fell|dropped|declined"
                                r"|shrank|jumped|increased|decreased)\s+by\s+(?:(?:about|around|nearly|almost|some|roughly|more than"
                                r"|over|an estimated)\s+)?(?:$|[\d.,]+(?:\s+(?:thousand|million|billion))?\s+(?=to\b)))?"
                                + _LEVEL_VERB, re.I)
# "the number of foreign residents reached 1.04 million", "foreign residents totalled 1.04 million": that noun
_PEOPLE_LEVEL_BEFORE = re.compile(
    r"\b(?P<noun>residents|inhabitants|people|visitors|tourists|migrants|immigrants|refugees|asylum seekers|workers"
    r"|employees|members|voters|passengers|students|users|subscribers|customers|patients|cases|deaths|births"
    r"|hospitali[sz]ations|infections|admissions|arrests|arrivals|departures|applications|enrolments|enrollments)"
    # ("Hospital admissions for flu rose to 5,200", "cases of measles reached 124": of what, one word)
    r"(?:\s+(?:in|of|from|at)\s+[A-Z][\w’'. -]{0,30}?|\s+(?:for|of|from|with)\s+(?-i:[a-z]+(?:-[a-z]+)?))?\s+" + _LEVEL_VERB, re.I)


# "the number of injuries had climbed to 711", "the number of confirmed cases is 1,204": the noun counted
_MOST_WITH_BEFORE = re.compile(r"\b(?:the\s+)?(?:most|fewest)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{3,}s)\s+with\s+$", re.I)
# ("the number of vessels allowed through the waterway to 24 a day", "the number of people waiting for routine hospital
# treatment in England fell to 7.54 million", "The number of migrants crossing the Channel in small boats fell 63 per cent
# last year, to 29,347": a participle's words between)
_NUMBER_OF_BEFORE = re.compile(
    r"\bnumber\s+of\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{3,}s|people)(?:\s+(?:in|of|from|at)\s+[A-Z][\w’'. -]{0,30}?)?"
    r"(?:\s+[a-z]{3,}(?:ed|ing)(?:\s+(?!(?:had|has|have|is|was|were|are)\b)[A-Za-z]+){0,8})?\s+"
    r"(?:(?:had|has|have)\s+)?" + _LEVEL_VERB, re.I)


def _tally_noun(before: str) -> str:
    """What a tally in `before`, the words just before a number, counts: 'person' after a toll ("The death toll is at
    least nine"), the noun of "the number of injuries rose to twelve"; else ''."""
    if "toll" in before and _TOLL_BEFORE.search(before):
        return "person"
    if "number" in before and (counted := _NUMBER_OF_BEFORE.search(before)) and is_plural_noun(counted.group("noun").lower()):
        return singular(counted.group("noun").lower())
    if " with " in before and (most := _MOST_WITH_BEFORE.search(before)) and is_plural_noun(most.group("noun").lower()):
        return singular(most.group("noun").lower())  # "won the most total medals with 126": medals
    if "among" in before and (among := _AMONG_BEFORE.search(before)) and (noun := among.group("noun")) not in _NOT_NOUNS \
            and can_be_noun(noun):
        return singular(noun)  # "your flight was among the 1,430 cancelled": flights
    return ""


# a subject said to be one of the number after ("the flight was among the 1,430 cancelled", "victims were among the 40")
_AMONG_BEFORE = re.compile(r"\b(?P<noun>[a-z]{3,})\s+(?:was|were|is|are)\s+(?:(?:also|not|just)\s+)?among\s+(?:the\s+)?$")


# "limit crossings to 24 per day", "capped daily transits at 22 a day", "cut flights to 40 a week": a verb that sets its
# object's level, the object a plural noun, then the level per a time
_SET_TO_BEFORE = re.compile(
    r"\b(?:limit|limits|limited|limiting|cap|caps|capped|capping|cut|cuts|cutting|reduce|reduces|reduced|reducing|lower|lowers"
    r"|lowered|lowering|raise|raises|raised|raising|increase|increases|increased|increasing|boost|boosts|boosted|boosting"
    r"|trim|trims|trimmed|trimming|restrict|restricts|restricted|restricting|slash|slashes|slashed|slashing)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:(?P<adj>daily|weekly|monthly|annual|yearly)\s+)?(?P<noun>[a-z]{3,}s)\s+(?:to|at)\s+"
    r"(?:(?:about|around|just|only|some|roughly)\s+)?$", re.I)
_PER_TIME_AFTER = re.compile(r"\s+(?:(?:a|an|per|each|every)\s+(?:day|week|month|year)|daily|weekly|monthly|annually)\b", re.I)
# plurals whose level is an amount, not a count of them ("raised wages to 15 an hour", "lowered rates to 4 a year")
_AMOUNT_PLURALS = frozenset("prices rates wages fees fares salaries rents costs tariffs taxes levels emissions speeds payments "
                            "charges premiums yields margins limits quotas budgets allowances targets goals forecasts estimates "
                            "thresholds caps ceilings".split())


def _object_set_to(before: str, text: str, end: int) -> str:
    """The unit of a bare number when a verb set its object's level to it, per a time: "limit crossings to 24 per day"
    (crossing, the rate read after it), "capped daily transits at 22" (transit / day); else ''."""
    if "to " not in before[-12:] and "at " not in before[-12:]:
        return ""
    found = _SET_TO_BEFORE.search(before)
    if found is None or not (found.group("adj") or _PER_TIME_AFTER.match(text, end)):
        return ""
    noun = found.group("noun").lower()
    if noun in _AMOUNT_PLURALS or noun in _NOT_NOUNS or not is_plural_noun(noun) or not can_be_noun(noun) or (
            _unit_of_plural(noun) is not None):
        return ""
    if found.group("adj") and not _PER_TIME_AFTER.match(text, end):
        return _over(singular(noun), _RATE_UNIT[found.group("adj").lower()])
    return singular(noun)


def _population_level(before: str) -> bool:
    """Whether the words before a figure are a population and its verb ("a population of roughly", "the population rose to"),
    or a place of so many ("a city of 1.2 million", "the town of 12,000")."""
    return ("opulation" in before and _POPULATION_BEFORE.search(before) is not None) or (
        " of " in before[-30:] and _PLACE_OF.search(before) is not None)


_PLACE_OF = re.compile(r"\b(?:city|town|village|nation|country|island|metropolis|capital|community|region|province|state"
                       r"|suburb|county|district)\s+of\s+(?:(?:about|around|nearly|almost|some|roughly|more than|over"
                       r"|just over|just under|an estimated)\s+)?$", re.I)


# "passengers rose to 7.5m", "users topped 100m": people counted and a verb of their level (not "of", "at", "is":
# "workers at 50m" are 50 metres down)
_PEOPLE_RISEN_TO = re.compile(
    r"\b(?:residents|inhabitants|visitors|tourists|migrants|refugees|passengers|users|subscribers|customers|viewers|members)"
    r"\s+(?:reached|hit|(?:rose|grew|climbed|fell|dropped|jumped|increased|decreased) to|totall?ed|topped|passed|exceeded"
    r"|numbered)\s+(?:(?:about|around|nearly|almost|some|roughly|more than|over|just over|just under|a record)\s+)?$", re.I)


def _glued_m_is_millions(before: str) -> bool:
    """Whether a glued "m" is millions by the words before it: of people (a population, or people and their level), or of
    what a level glued to "m" counts, as its base ("2.5m people are at risk, up from 1.8m")."""
    if _population_level(before) or _PEOPLE_RISEN_TO.search(before) is not None:
        return True
    level = _GLUED_LEVEL_BEFORE_BASE.search(before) if "from" in before or "against" in before or "with" in before else None
    if level is None:
        return False
    noun = level.group("noun")
    return (noun is not None and is_plural_noun(noun) and can_be_noun(noun) and noun not in _NOT_NOUNS) or (
        noun is None and _glued_m_is_millions(before[: level.start()]))


# a level glued to "m" then its base: "2.5m people are at risk, up from", "migrants rose to 2.5m, from"
_GLUED_LEVEL_BEFORE_BASE = re.compile(
    r"(?<![\d.,])\d+(?:\.\d+)?m(?:\s+(?P<noun>[a-z]+)\b|(?![\w-]))[^.;!?\d£$€¥]{0,60}?\b(?:from|against|compared\s+with)"
    r"\s+(?:(?:about|around|nearly|almost|some|roughly|just)\s+)?$")


# what "zero" names before it: "net zero", "sub-zero", "ground zero", "patient zero", "carbon zero", "Year Zero"
_ZERO_NAMED_BEFORE = re.compile(r"\b(?:net|sub|ground|patient|carbon|absolute|year|day|hour|to|from|at|below|above)[- ]$", re.I)
_PLURAL_AFTER_ZERO = re.compile(r"\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+s)\b")


def _zero_counts(text: str, start: int, end: int) -> bool:
    """Whether a spelled "zero" counts the plural noun after it ("zero deaths", "zero new cases"): not before a hyphen
    ("zero-hours contracts", "zero-emission buses": a kind), a singular ("zero tolerance") or after a word that makes it
    a name or a level ("net zero emissions", "ground zero"; "fell to zero" is no count)."""
    if text[end : end + 1] == "-" or _ZERO_NAMED_BEFORE.search(text, max(0, start - 10), start):
        return False
    after = _PLURAL_AFTER_ZERO.match(text, end)
    return after is not None and is_plural_noun(after.group("noun").lower())


def _over_is_during(preceding: list[str]) -> bool:
    """Whether "over" right before a duration is the span something happened in ("cut taxes by $1.5tn over a
    decade"), not "more than" ("jailed for over a decade")."""
    return bool(preceding) and preceding[-1] == "over" and (len(preceding) < 2 or preceding[-2] not in _MORE_THAN_OVER)


@lru_cache(maxsize=64)  # (once per text, not once per "245.6p")
def _names_pence(text: str) -> bool:
    """Whether an article prices in sterling, so that '245.6p' is pence."""
    return _STERLING.search(text) is not None


# what a sentence prices (its subject, before the figure), and what weighs
_PRICES_SUBJECT = re.compile(r"\b(?:prices?|rents?|valuations?|wages?|salar(?:y|ies)|fares?|tuition|mortgages?|deposits?"
                     r"|pensions?|earnings|budgets?|bills?)\b", re.I)
_WEIGHED = re.compile(r"\b(?:weigh\w*|heav\w*|lighter|obes\w*|lost|gained|shed|catch|caught|fish|lbs?|kilo\w*|kg|stone)\b", re.I)


def _priced_in_sterling(text: str, start: int, end: int) -> bool:
    """Whether "pounds" is sterling in a sentence of prices of an article that writes sterling: "Home prices rose 3.4%,
    taking the average to 292,000 pounds" beside a "£58,500" (nothing in it weighs)."""
    if not _names_pence(text):
        return False
    sentence = _sentence_around(text, start, end)
    head = sentence[: max(0, sentence.find(text[start:end]))]
    return _PRICES_SUBJECT.search(head) is not None and _WEIGHED.search(sentence) is None


_RATIO_NOUNS = r"(?:margin|ratio|majority|decision|ruling|verdict|vote|split)\b"
_RATIO_FIRST_AFTER = re.compile(rf"(?:\s+to\s+|-to-|[-–])\d{{1,3}}\s+{_RATIO_NOUNS}")
_RATIO_SECOND_BEFORE = re.compile(r"\d{1,3}(?:\s+to\s+|-to-|[-–])$")
_RATIO_NOUN_AFTER = re.compile(rf"\s+{_RATIO_NOUNS}")
_A_MULTIPLIER = re.compile(r"(?i:an?)\b")  # "thanks a million": no figure; "killed nearly seven million": one
_LEVEL_BEFORE = re.compile(r"\b(?:from|to|than|reached|reach|hit|topped)\s+$", re.I)  # "up from a hundred thousand"
_MULTIPLIER_AFTER = re.compile(r" (million|billion|trillion|mn|bn)\b", re.I)
_OF_WHOLE = re.compile(r" (?:out )?of (?:(?:the |its |their |his |her )(?:[A-Za-z-]+['’]s )?"
                       r"(?:last |first |past |top |previous |next )?)?(?P<whole>\d{1,3}(?:,\d{3})*|\d+|(?i:" + SMALL_WORDS + r"))(?= )")
_HYPHEN_PHRASE = re.compile(r"-(?:for|in|of|to|by|on|out-of)-\d")
# "3-to-6 percent", "2-to-3%": a range of shares ("a 3-to-1 margin", "a 5-to-4 ruling" stay ratios)
_HYPHEN_TO_SHARE = re.compile(r"-to-\s?(?P<high>\d+(?:\.\d+)?)\s?(?:%|(?i:per\s?cent|percent)\b)")
# the first letters of the words _PERCENT, _POINTS, _TIME, _MINOR and _POUNDS read after a space or hyphen
_UNIT_WORD_LETTERS = frozenset("pbsmhdwfycktu")  # ("u": "22.76 US cents")
_SIGNS = "%$€£₹₽₩₺₡₾₭₦₱₫₴₪元"
_TIMES = re.compile(r"(?:\s+times\b|-?fold\b)", re.I)
# "times" that counts occasions: nothing compared after it ("met 40 times.", "40 times since 2012", "40 times this year")
_RATIO_FILLERS = frozenset("by about nearly almost roughly some around over more than up".split())
_OCCASIONS = re.compile(r"\s+(?P<times>times)(?=\s*(?:[.,;:)]|$)|\s+(?:since|in|this|last|during|so far|before|after|between|and"
                        r"|a (?:year|month|week|day)|per|each|every|already|now|together"
                        r"|over the (?:past|last|years|decades?|course|period)|in the (?:past|last))\b)", re.I)  # ("over the past decade")
_DEGREES_SCALE = re.compile(r"°\s?[CFK]\b")
_COMPASS = re.compile(r"\s?[NSEW]\b")
_WEATHER_WORDS = re.compile(r"\b(?:temperatures?|heat|hot(?:ter|test)?|cold(?:er|est)?|warm(?:er|est|ing)?|cool(?:er|est)?"
                            r"|chill|mercury|thermometers?|weather|forecasters?|highs|lows|freezing|fever|overnight)\b", re.I)
_WEATHER_IT = re.compile(r"\b(?i:it)(?:'s|’s| (?:was|is|will be|had been|hit|reached|felt like))"
                         r"(?: (?:about|around|nearly|almost|only|just|a balmy|a sweltering|a chilly))? $")  # "It was 95 degrees"
# "Phoenix hit a high of 118 degrees", "a record low of minus 40 degrees": the day's temperature, no angle
_HIGH_OF = re.compile(r"\b(?:an?|the|its|their)\s+(?:(?:new|record|all-time|daily)\s+)?(?:high|low)\s+of\s+"
                      r"(?:about\s+|around\s+|nearly\s+|almost\s+|minus\s+)?$", re.I)
_OF_A_POINT_AFTER = re.compile(r" of an? (?:percentage[- ])?point\b", re.I)
_A_MAGNITUDE = re.compile(r"(?i:an? (?:hundred|thousand|million|billion|trillion))")
_ZERO_LED_GROUPS = re.compile(r"0\d{2,}(?:[ .-]\d{2,}){1,4}(?![\d%]|[.,]\d)")
_PHONE = re.compile(r"\+\d{1,3}(?:[ .-]\(?\d{1,5}\)?){2,5}(?![\d%])")
_MAGNITUDE_ADJECTIVE = re.compile(r"(?:dollar|pound|euro|yen|yuan|rupee|franc|sterling|man|year|mile)s?\b", re.I)
_ACADEMIC_WORDS = re.compile(r"\b(?:earn|hold|honorary|bachelor|master|doctora|universit|college|graduat|academic)", re.I)
_ANGLE_WORDS = re.compile(r"\b(?:rotat|turn|angle|tilt|spin|swivel|pivot|incline|slope|latitude|longitude)", re.I)
_TALLY = re.compile(r"(?<![$€£¥\d.,-])(?P<a>\d{1,3})[-–](?P<b>\d{1,3})(?![\d%]|[.,]\d|-\d| ?(?:%|per ?cent|percent)|-[A-Za-z])")
# a race's seconds after its minutes, written with marks: "1'12\"", "2'05.3\"" (feet and inches: `_FOOT_INCH`)
_MINUTES_SECONDS_MARKS = re.compile(r"['’′](?P<seconds>[0-5]\d(?:\.\d{1,3})?)(?:[\"”″]|'')(?!\w)")
_FOOT_INCH = re.compile(r"-(?:foot|feet)-(?P<inches>1[01]|[0-9])(?!\d|[.,]\d)"
                        r"|['’′] ?(?P<primed>1[01]|[0-9])(?:[\"”″]|'')")  # "the 6-foot-2 forward", "5'8\" tall"
# A capitalised word (not the first of its sentence) right before a number names it: "the S&P 500",
# "the Group of 20"
_NAME_BEFORE = re.compile(
    r"[\w,;)’'\"] (?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|I)\b)(?:[A-Z]|[a-z]{1,2}[A-Z])[\w&./-]*(?<![’'.]s)(?<![a-z]{2}\.) (?:of )?$"  # ("S&P/ASX 200", "iOS 16", "eBay 5";
    # not a sentence's last word: "in East Azerbaijan Province. 8 people were killed")
)
# A sentence that opens "Windows 11 ...", "Apollo 11 ...": the capitalised word names the number,
# unless it is one of the words a figure opens a sentence with ("Some 300", "About 40", "In 2019")
_OPENING_WORD = re.compile(r"(?:^|[.!?][\"”’']?\s+)([A-Z][a-z]+|[A-Z][A-Z&]+) $")  # ("FTSE 100 closes")
_OPENING_FUNCTION_WORDS = frozenset(
    "some about nearly almost around roughly approximately only just over under more fewer less another all those these "
    "the its their his her our my your exactly perhaps maybe estimated with at by in of for from to on after before since "
    "during between among and but yet so then last next first up down until through within barely fully each every no "
    "minus plus including like unlike than even still versus per "
    "overall altogether together now today yesterday currently already also again finally meanwhile initially officially "
    "reportedly nationwide worldwide globally".split()  # ("Overall 30 people died": an adverb, no name of the number)
)


# "Chega won 60 seats and the Socialists 58.", "Labour won 412 seats, the Conservatives 121, ...": a name after a count
# of a noun, then a number that ends the item, is a gapped list's item (`_gapped_item`), no name's number ("Apollo 11")
# what joins a gapped list's items: a comma (then "and", "while" or "whereas"), or "and"
_GAP_JOIN = r"(?:,\s+(?:and\s+|(?:" + CONTRAST + r")\s+)?|\s+and\s+)"
_GAPPED_AFTER_COUNT = re.compile(r"\d[\d,.]*(?:\s+[a-z]{3,}){1,3}(?:,\s+" + GAPPED_NAME + r"\s+\d[\d,.]*){0,6}\s*" + _GAP_JOIN
                                 + GAPPED_NAME + r"\s+$")  # ("198 electoral college votes, while Harris 112"; "49
# deaths, Georgia 34, Florida 25": a list's later items too)


def _gapped_count(before: str, text: str, end: int) -> bool:
    """Whether the number ending at `end` is a gapped list's item after a count of a noun ("won 60 seats and the
    Socialists 58")."""
    return (" and " in before[-50:] or ", " in before[-50:]) and _GAPPED_AFTER_COUNT.search(before) is not None \
        and _ITEM_END.match(text, end) is not None


def _function_word_before(name: str) -> bool:
    """Whether the capitalised word a `_NAME_BEFORE` match ends with is a function word, as a headline capitalises
    every word ("Quake Kills 12, Injures 200 In Turkey" names no "In"; "Fed Holds Rates With 3 Cuts Ahead")."""
    words = name.split()
    word = words[-2] if words[-1] == "of" and len(words) > 1 else words[-1]
    return (word != "No" and word.lower() in _OPENING_FUNCTION_WORDS) or bool(
        _PEOPLE_VERB_BEFORE.search(name))  # ("Quake Kills 12"; a verb of harm names no one; "world No 1" is a rank)


def _opening_name(before: str) -> bool:
    m = _OPENING_WORD.search(before)
    if m is None or (m.start() == 0 and len(before) >= 40):  # the window, not the text, starts there
        return False
    word = m.group(1).lower()
    if word.endswith(("ing", "ed")) and can_be_verb(word):
        return False  # "Remaining 75 seats are contested": a participle describes what the number counts
    return word not in _OPENING_FUNCTION_WORDS


# "Putin, 71,", "the president, 72,": a name or a person's title, then the age between commas
_PERSON_NOUN = (
    r"\b(?:president|leader|minister|premier|chancellor|king|queen|prince|princess|chief|executive"
    r"|founder|chairman|chairwoman|senator|governor|mayor|actor|actress|singer|player|coach|man|woman|father|mother"
    r"|wife|husband|son|daughter|victim|suspect|driver|pilot|author|director|boss|veteran|defendant|co-defendant|teenager"
    r"|girl|boy|student|officer|soldier|nurse|doctor|teacher|farmer|worker|resident|neighbou?r|friend|partner|brother|sister"
    r"|grandmother|grandfather|pensioner|survivor|gunman|attacker|passenger|climber|mother-of-\w+|father-of-\w+"
    r"|patient|child|baby|toddler|infant|cyclist|pedestrian|motorist|rider|hiker|tourist|journalist|reporter|photographer"
    r"|lawyer|attorney|judge|activist|protester|candidate|politician|owner|employee|engineer|scientist|professor"
    r"|researcher|artist|musician|rapper|comedian|writer|novelist|poet|chef|athlete|striker|goalkeeper|captain|jockey"
    r"|firefighter|paramedic|shopkeeper|landlord|tenant|grandson|granddaughter|nephew|niece|cousin|uncle|aunt|witness"
    r"|killer|robber|thief|burglar|inmate|prisoner|detainee|migrant|refugee|mum|dad|mom"
    r"|boxer|fighter|wrestler|swimmer|runner|sprinter|golfer|skier|skater|gymnast|footballer|cricketer|batsman|midfielder"
    r"|defender|winger|pitcher|quarterback|goalie|tennis star|dancer|fashion model|designer|billionaire|entrepreneur|investor|banker"
    r"|economist|astronaut|surgeon|dentist|retiree|widow|widower|spokesman|spokeswoman|spokesperson|diplomat|ambassador"
    r"|envoy|colonel|lieutenant|sergeant|commander|admiral|prosecutor|plaintiff|heiress|heir|monk|priest|bishop|nun"
    r"|caregiver|carer|homeowner|mountaineer|explorer|sailor|fisherman|miner|lorry driver|truck driver|cabbie"
    r"|star|presenter|influencer|celebrity|youngster|teen|organi[sz]er|streamer|creator|manager|analyst|consultant"
    r"|volunteer|guard|clerk|cashier|waiter|waitress|mechanic|electrician|plumber|builder|labou?rer|nanny|lecturer"
    r"|headteacher|pastor|imam|rabbi|magistrate|councillor|councilor|lawmaker|legislator|contestant"
    r"|businessman|businesswoman|expert|oceanographer|adventurer|diver|pilot|tycoon)"
)
# ("a man aged 45 years", "He was aged 23 years"; "the whisky was aged 12 years" is how long it aged)
_PERSON_AGED = re.compile(r"(?:" + _PERSON_NOUN + r"s?,?|\b(?:he|she|who)(?:\s+(?:is|was|were))?) aged\s+$", re.I)
_NAME_COMMA = re.compile(r"(?:[A-Z][\w’'.-]+|" + _PERSON_NOUN + r")," + r"\s(?:now\s)?$")  # ("The defendant, now 67, denies")
# "a teacher, 45, and her son, 12.": a person, then the age, ending the sentence or the line
_VERB_LIKE = re.compile(r"[a-z]+(?<!s)")  # a lower-case word not ending in "s": no plural that a number could count
_PERSON_COMMA = re.compile(_PERSON_NOUN + r", (?:now )?$")  # ("than the Russian leader, now 71.")
# a count and its noun, then a name set off by commas: "Luppino received 87 early votes, DiSabatino, 86": the name's
# count of that noun, gapped as "Labour won 412 seats, the Conservatives 121" is, no age
# (not of people, whom a name and an age after them list: "arrested 3 men, Smith, 45, and Jones, 38")
_GAPPED_COUNT_BEFORE = re.compile(r"\d[\d,.]*(?:\s+[a-z][\w-]*){0,2}\s+(?!(?:men|women|people|persons|children|"
                                  + _PERSON_NOUN.removeprefix(r"\b") + r"s?),)[a-z][\w-]*,\s+(?:[A-Z][\w’'-]+\s+){0,2}"
                                  r"[A-Z][\w’'-]+,\s$")
# a name of two capitalised words, or one no word of the language, then a comma ("Vladimir Putin, ", "Jones, ")
_HOLDER_NAME_COMMA = re.compile(r"(?:\b([A-Z][a-z’'-]+) )?\b([A-Z][a-z’'-]+), $")
_NOT_HOLDER = frozenset("january february march april may june july august september october november december monday "
                        "tuesday wednesday thursday friday saturday sunday".split())


def _spelled_age_holder(before: str) -> bool:
    """Whether `before` (the text before a number in words) ends in a person set off by a comma, whose age a number
    in words then is ("Vladimir Putin, seventy-one,", "her son, nineteen,"): a person's noun, or a name of two
    capitalised words or of one no word of the language; not a month's ("In March, twenty-two") nor an opening
    adverb's ("However, twenty")."""
    if _PERSON_COMMA.search(before):
        return True
    named = _HOLDER_NAME_COMMA.search(before)
    if named is None or named.group(2).lower() in _NOT_HOLDER:
        return False
    first = named.group(1)
    return (first is not None and first.lower() not in _NOT_HOLDER and not known_word(first.lower())) or not known_word(
        named.group(2).lower())


# "Who: Vladimir Putin, 71, and Xi Jinping, 70" ending a line: an age listed before it on the line says this is one too
_AGE_LISTED_BEFORE = re.compile(r"[a-z], \d{1,3}, and [^\n]{3,40}$")
# "Mr Jones (58) and his wife (55)": an age in brackets after a titled name or a person (not "Germany (2)": a tally)
_PERSON_PAREN = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][\w’'-]+"
                           # ("Russian President Vladimir Putin (71)": a titled name, as Indian and British papers write ages)
                           r"|\b(?:President|Prime Minister|Minister|Chancellor|Premier|King|Queen|Prince|Princess|Senator|Sen\."
                           r"|Governor|Gov\.|Mayor|Sir|Dame|Lord|Lady|Pope|Judge|Justice)(?: [A-Z][\w’'.-]+){1,3}"
                           r"|\b(?:wife|husband|son|daughter|mother|father|victim"
                           r"|suspect|driver|defendant|partner|brother|sister|grandmother|grandfather|pensioner|boy|girl"
                           r"|man|woman|teenager)"
                           # ("British billionaire and explorer Hamish Harding (58)": a person's noun, then the name)
                           r"|" + _PERSON_NOUN + r"(?: [A-Z][\w’'.-]+){1,3}) \($")
# "Nicole Conners, 53;", "and Marcille Gardner, 59.": a person's full name, then the age in a list of people
_FULL_NAME_COMMA = re.compile(r"\b[A-Z][a-z’'-]+(?: [A-Z]\.)? (?:[A-Z][a-z]+ )?[A-Z][a-z’'-]+, $")
# (no line break before a dash: "children under 5\n- 27 cases" is a list's next item)
_RANGE_JOIN = re.compile(r"-to-\s?|[^\S\n]?(?:-|–|—)\s?|\s(?:to|and|or)\s")
_SCORE_FOR_BEFORE = re.compile(r"\d for $")  # ("170 for 1": runs for wickets)
# (a word of no unit after a level: "increased by 284,000 to 2.6 million during September" is a rise and the level it reached)
_UNIT_AFTER_SECOND = re.compile(r"\s?%|\s(?!(?:a|an|the|in|on|at|by|from|after|as|during|over|for|through|since|until|before"
                                r"|this|last|with|while|and|or|but|when|amid|according)\b)[a-z]")
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.I)
# Qualifiers as data: the phrase just before a figure (past "a", "record", "total of") and what it
# makes of the figure. Read as words backwards from the figure, like `_change`.
QUALIFIER_PHRASES: dict[str, str] = {
    **dict.fromkeys(["about", "around", "roughly", "approximately", "approx.", "some", "an estimated", "estimated",
                     "circa", "close to", "nearly some", "in the region of", "the best part of", "the better part of",
                     "~", "near", "more or less", "give or take"], "approx"),
    **dict.fromkeys(["at least", "no less than", "not less than", "no fewer than", "a minimum of", "minimum of", "as few as",
                     "as little as", "as low as", "no lower than", "not lower than", "no smaller than", "not smaller than"],
                    "at_least"),
    **dict.fromkeys(["up to", "no more than", "not more than", "at most", "as much as", "as many as", "a maximum of", "maximum of",
                     "within", "as high as", "no higher than", "not higher than", "no greater than", "not greater than",
                     "no larger than", "not larger than", "no bigger than", "not bigger than"], "at_most"),
    **dict.fromkeys(["more than", "over", "upwards of", "above", "in excess of", "exceeding", "topping", "beyond",
                     "just over", "just above", "north of", "upward of", "exceed", "exceeds", "exceeded", "surpassed",
                     "surpassing", "topped", "tops", "to top", "passed", "passes", "crossed", "crosses", "eclipsed",
                     "greater than", "higher than", "larger than", "bigger than"], "lower_bound"),
    **dict.fromkeys(["sub-", "south of", "nearly", "almost", "just under", "just below", "less than", "under", "below", "fewer than",
                     "just short of", "shy of", "nigh on", "well nigh", "getting on for", "lower than", "smaller than"], "upper_bound"),
}
_QUALIFIER_LAST_WORDS = frozenset({phrase.split()[-1] for phrase in QUALIFIER_PHRASES} | {"of", "record", "a"})
_RECORD_PHRASES = frozenset(["record", "record-high", "record-breaking", "all-time high of", "new high of", "record of"])
_BEFORE_WORDS = re.compile(r"approx\.|[a-z][a-z-]*|[^\sa-z]")


@lru_cache(maxsize=16)  # the classifier and `_change` read the same words; a text hashes once
def words_before(text: str, start: int) -> list[str]:
    """The lower-cased words (and punctuation marks) of the 48 characters before `start`."""
    return _BEFORE_WORDS.findall(text[max(0, start - 48) : start].lower())


def qualifier_of(words: list[str]) -> str:
    """The qualifier the words before a figure give it ('nearly' -> upper_bound), else 'exact'."""
    i = len(words)
    if i >= 2 and words[-1] == "past" and words[-2] in _MOVED_PAST:
        return "lower_bound"  # "the toll surged past 11,300": just above ("the past 24 hours" is a time)
    if (i >= 2 and words[-2] in _MAY and words[-1] in _REACH) or (
            i >= 3 and words[-1] == "to" and words[-3] in _MAY and words[-2] in _RISE):
        return "at_most"  # "a move which could rise to 80 million pounds with add-ons", "the fine could reach $10 million":
        # what it may come to, at most ("rose to" is a level)
    if not i or words[-1] not in _QUALIFIER_LAST_WORDS or _base_over_a_change(words):
        return "exact"  # most figures: no qualifier word right before them
    if i >= 3 and words[-1] in ("under", "over") and words[-2] == "-" and words[-3].isdigit():
        return "exact"  # "a 3-under 69", "a 2-over 74": a golf score against par, then the score
    if i >= 4 and words[i - 3 : i] == ["the", "age", "of"] and words[i - 4] in ("over", "under", "above", "below"):
        i -= 3  # "children under the age of 12": under it, as "children under 12" is
    if i >= 2 and words[i - 2 : i] == ["total", "of"]:
        i -= 2
    if i and words[i - 1] == "record":
        i -= 1
    article = bool(i) and words[i - 1] == "a"
    if article:
        i -= 1
    for n in (4, 3, 2, 1):
        if i >= n:
            phrase = " ".join(words[i - n : i])
            if phrase in QUALIFIER_PHRASES:
                if phrase == "over" and _figure_before_over(words[: i - 1]):
                    return "exact"  # "covers 3,500km over 21 stages", "$700m over 10 years": what a figure is spread over
                if phrase == "over" and i >= 2 and words[i - 2] in _ABOVE_BEFORE_OVER:
                    return "exact"  # "drones were downed over six Ukrainian regions", "shot down 29 drones over eight
                    # regions": above them ("hit over 20 towns": more than 20)
                if n == 1 and phrase in _PREPOSITIONS and (article or (i >= 2 and words[i - 2] in _PHRASAL_OVER)):
                    return "exact"  # "under a $1.2bn deal", "over a 10-year period": a noun's preposition; "handed over 61 jets"
                if article and phrase in ("about", "around"):
                    return "exact"  # "talking about a £22 billion black hole", "built around a $5 billion plan": a
                    # preposition before a noun phrase ("about a million" is one number, no article before it)
                if article and phrase in ("passed", "passes"):
                    return "exact"  # "The House passed a $95 billion aid package": a bill passed ("passed 1 million users": more)
                if phrase == "up to" and i >= 3 and words[i - 3] == "," and any(
                        w in _UP_WORDS for w in words[max(0, i - 12) : i - 3]):
                    return "exact"  # "imports rose by 1% year-on-year, up to 11.3 bcm": the level the rise reached
                if phrase == "up to" and i >= 3 and words[i - 3] in _MOVED_UP and not (
                        words[i - 3] == "back" and i >= 4 and words[i - 4] in _BACK_VERBS):
                    return "exact"  # "deaths are back up to 21 a day", "it went up to 5%": the level reached
                    # ("buy back up to $10 billion": at most)
                if phrase == "up to" and _object_moved_up(words[: i - 2]) and not _HIGHER_AFTER.match(" ".join(words[i : i + 4])):
                    return "exact"  # "revised the death toll up to 288", "pushed prices up to $5": the level it was
                    # moved to ("could send shares up to 20% higher": at most)
                if QUALIFIER_PHRASES[phrase] == "lower_bound" and i - n >= 1 and words[i - n - 1] in _NEGATIONS and (
                        phrase in _NEGATED_TO_MOST):
                    return "at_most"  # "should not exceed 15 micrograms", "must never top 2%": no more than it
                return QUALIFIER_PHRASES[phrase]
    return "exact"


_NEGATIONS = frozenset("not never n't cannot".split())
_MAY = frozenset("could may might".split())
_RISE = frozenset("rise climb increase grow go".split())
_REACH = frozenset("reach top hit".split())
_NEGATED_TO_MOST = frozenset("exceed exceeds exceeding surpass surpasses top tops".split())
_MOVES_OBJECT_UP = frozenset("revised revises revising pushed pushes pushing bumped bumps bumping brought brings bringing sent "
                              "sends sending drove drives driving driven raised raises raising lifted lifts lifting took takes "
                              "taking taken ratcheted ratchets".split())
_OBJECT_OPENERS = frozenset("the its their his her our a an this that".split())
_HIGHER_AFTER = re.compile(r"\S+\s+(?:\S+\s+)?(?:higher|lower|more|less)\b")


def _object_moved_up(words: list[str]) -> bool:
    """Whether `words` (those before an "up to") end in a verb that moves a thing and that thing, a noun phrase of up to
    three words after an article or a possessive ("revised the death toll", "pushed prices"): the level it was moved to
    follows, not a bound ("sending up to 3,000 troops": at most)."""
    for n in (1, 2, 3, 4):
        if len(words) > n and words[-n - 1] in _MOVES_OBJECT_UP:
            phrase = words[-n:]
            # (one bare noun, "pushed prices", or an article or possessive and its words, "revised the death toll")
            return all(w.isalpha() for w in phrase) and (n == 1) != (phrase[0] in _OBJECT_OPENERS)
    return False


def _figure_before_over(words: list[str]) -> bool:
    """Whether `words` (those before an "over") end in a figure: its digits, then at most one word of its unit or noun
    ("3,500km", "$700m", "5%", "12 people")."""
    if words and words[-1].isalpha():
        if words[-1] in _AGED_GROUPS or words[-1] in _NOT_NOUNS:
            return False  # "50 people over 65", "40 were over 65": their age, more than 65
        words = words[:-1]  # ("12 people over 3 days": the noun; "3,500km": a unit glued to the digits)
    return bool(words) and (words[-1].isdigit() or words[-1] == "%")


_MOVED_PAST = frozenset("surged surges surging soared soars soaring climbed climbs climbing rose rises rising risen jumped jumps "
                        "went goes gone pushed pushes moved moves edged edges crept creeps raced races shot shoots sailed "
                        "sails blew blows zoomed zooms is was are were".split())
_PREPOSITIONS = frozenset(("over", "under", "above", "below", "beyond", "within"))
# what flies, or is shot down, above a place: "over" after it is above, no bound
_ABOVE_BEFORE_OVER = frozenset("downed intercepted flew flying flown hovered hovering circled circling sighted spotted "
                               "drones missiles aircraft planes jets helicopters balloons rockets".split())
_PHRASAL_OVER = frozenset("hand hands handed handing turn turns turned turning take takes took taken taking sign signs signed "
                          "roll rolls rolled rolling".split()  # ("the jackpot has rolled over 14 times")
                          # ("1,100 rooms spread over 42 floors": the floors they lie on, not more than 42)
                          + "spread spreads scattered stretched stretches stretching spanning spans sprawled sprawling "
                            "distributed divided split".split())
_BACK_VERBS = frozenset("buy buys bought buying pay pays paid paying give gives gave giving claw clawed scale scaled".split())
_MOVED_UP = frozenset(
    "back went gone go goes going shot climbed climbs climbing moved jumped crept ticked inched edged bumped revised "
    "pushed pushing driven drove rose risen rising picked ticks ticking edges edging "
    "inches inching creeps creeping moves moving jumps jumping shoots shooting climb revises bumps".split()
    + "add adds added adding sum sums summed summing".split()  # ("the cuts add up to 2.2 million bpd": their total)
)


def is_record(words: list[str]) -> bool:
    """'a record 2.14 million', 'an all-time high of 5%'."""
    if not words or words[-1] not in ("record", "record-high", "record-breaking", "of"):
        return False
    return any(" ".join(words[len(words) - n :]) in _RECORD_PHRASES for n in (1, 2, 3, 4) if len(words) >= n)


_NOUN = re.compile(r"\s(?P<noun>[a-z][a-z’'-]*[a-z])(?![\w’'-])")
# verbs whose past is their present: "out of 2.4 million cast", "2 million hit" (a verb that ends its clause; "40 cast
# members" counts members)
_PAST_AS_PRESENT = frozenset("cast hit cut put set shut quit spread bet burst hurt let shed split".split())
_CLAUSE_END = re.compile(r"\s*(?:[.,;:)!?]|$|\b(?:and|or|but|in|on|at|by|last|this|since|so)\b)")
# Words that follow a number without being what it counts.
# ("+140K versus +142K expected and +111K prior": a figure set against another, no thing it measures)
_COMPARED_AFTER = frozenset("versus vs expected prior previously forecast estimated consensus".split())
_NOT_NOUNS = frozenset(
    "a an the of and or to in on at by for from with as is are was were be been that which who this these "
    "those than then per percent cent times time more less over under about around nearly almost up down has had have "
    "out into onto it its their his her our your other others others’ such each every same while when after before since "
    "because if until unless though although whereas whilst amongst amidst them us you they we those these whom what he she him me i it "
    "against during despite toward towards among amid between within without across along behind beyond inside "
    "outside upon via versus vs "
    "still already now again only just also yet so too alone apiece together altogether ago later earlier ahead back "
    "will would could can may might should must shall did do does said says say not never total overall combined "
    "last next yesterday today tomorrow tonight overnight".split()  # ("rose to 1,200 last week": a date follows)
    + "all both none some most many few several any either neither".split()  # ("306 all out": a cricket total)
    + "btw lol imo imho tbh fyi".split()  # ("he's 71 btw": a forum's asides)
)
_BARE_HYPHEN_PAIR = re.compile(r"\d{1,3}[-–]\d{1,3}")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ians|ans|ons)|[A-Z][a-z]{3,}is"
                      r"|[A-Z][a-z]{2,}[^\Wseu]s")  # ("nine Grammys", "two Oscars": a name's plural the lexicon lacks)
_ACRONYM_PLURAL = re.compile(r" (?P<acronym>(?i:teu)(?=s?\b)|(?P<teu>(?i:twenty|20)-foot equivalent unit)|[A-Z]{2,5}(?=s\b))s?\b")
# ("5,000 TEU": the trade's own plural; "4,679 twenty-foot equivalent unit containers", TEU spelled out)
# "a 150-seat parliament", "a 12-member panel": a singular noun glued by a hyphen, before the noun it describes
_HYPHEN_NOUN = re.compile(r"-(?P<noun>[a-z]{3,})(?= [a-zA-Z])")  # ("the 150-seat parliament", "the 435-seat House")
_N_TIME = re.compile(r"-time(?= [a-zA-Z])")
# "4-8 on 3-pointers", "a 7-footer", "a two-seater", "a one-liner": a noun made of the number, no figure
_NUMBER_NOUN = re.compile(r"-(?:pointer|footer|wheeler|seater|decker|liner|hander|master|parter|setter|bagger|baller)s?\b", re.I)
# nouns whose plural is the singular: a number above one before them still counts them
_SAME_IN_PLURAL = frozenset("aircraft spacecraft hovercraft sheep deer fish crew series species offspring bison moose salmon trout "
                            "swine cod shrimp squid elk reindeer headquarters means barracks head accused".split())
# of those, the things counted after words describing them ("11 older aircraft", "300 more sheep")
_CRAFT_AND_HERDS = frozenset("aircraft spacecraft hovercraft sheep deer bison moose reindeer elk swine crew".split())
_DIFFERENCE_AFTER = re.compile(r"\s+(?:warmer|cooler|hotter|colder|higher|lower|(?:above|below)(?!\s+(?:zero|freezing)\b))\b", re.I)
_NOT_HYPHEN_NOUNS = frozenset(("odd", "strong", "something", "time", "fold", "plus", "ish", "like", "way", "run"))
_PHRASE_WORD = re.compile(  # ("iPhones"; "COVID-19", "H5N1": a disease's name before the noun counted)
    r"[^\S\n](?P<word>[A-Za-z][a-z’'-]*[a-z]|[A-Z]{2,5}|[a-z][A-Z][a-z]+s|[A-Z][A-Za-z]{1,5}-\d{1,2}|[A-Z]\d[A-Z]\d)"
    r"(?![\w-]|(?<!s)['’]|['’]\w)")  # ("533 million users' data": a plural's possessive mark is no part of the word)
# a model's name of letters and digits ("A320neo", "F-35", "787-9", "MQ-9B")
_MODEL = re.compile(r"[^\S\n](?:[A-Z][A-Za-z]?-?\d{1,4}[A-Za-z]{0,4}|[A-Z]{3}-\d{1,4}[A-Za-z]?|\d{3}(?:-\d{1,3})?(?: [A-Z]{2,4})?)(?=\s)")
# (a count in digits or in words: "delivered 24 737 MAX jets", "three 787 Dreamliners")
_NUMBER_BEFORE = re.compile(r"(?:(?<![\d,.])\d{1,4}|(?<![\w-])(?i:two|three|four|five|six|seven|eight|nine|ten|eleven"
                            r"|twelve)) $")
_MAKER_BEFORE = re.compile(r"[A-Z][A-Za-z]*$")
# a capitalised word after a number, no people's plural: "737 MAX" (not "500 Ukrainians")
_MODEL_WORD_AFTER = re.compile(r" (?!(?:[A-Z][a-z]+(?:ians|ans|ons|is)|[A-Z]{2,5}s)\b)[A-Z][A-Za-z]*\b")
_FORECASTERS = frozenset("economists analysts forecasters experts strategists traders investors pollsters observers".split())
_FORECAST_AFTER = re.compile(r"(?: (?:polled|surveyed|asked) by(?: the)?(?: [A-Z][\w.&'’-]*){1,3})?"  # ("economists polled by Reuters")
                             r" (?:(?:had|have|were|are|had been|have been) )?(?:forecast|forecasted|expected|expecting|predicted|estimated"
                             r"|projected|anticipated|expect|predict|estimate|project|anticipate)(?=[,.;:)]|\s+(?:and|but|for|in|on|at)\b|$)")


def _foreseen_by(text: str, word: str, end: int) -> bool:
    """Whether the plural `word` ending at `end` names who foresaw the figure before it, a relative clause's subject:
    "well above the 190,000 economists had forecast" counts no economists ("150 economists forecast a cut" does)."""
    return word in _FORECASTERS and _FORECAST_AFTER.match(text, end) is not None
_ADJECTIVE_OK = frozenset(("more", "other", "new", "extra"))  # words of _NOT_NOUNS that may precede the noun
_TOTAL_WORDS = frozenset(("total", "combined", "overall"))


def _opens_line(text: str, start: int) -> bool:
    """Whether only spaces (at most a few) and a list item's mark ("- ", "5. ") stand between the line's start and
    `start`: a bounded look back, so that a long line costs no more."""
    before = _LIST_MARK_END.sub("", text[max(0, start - 16) : start].rstrip(" \t"))
    return before.endswith("\n") or (not before and start <= 16)


_ITEM_BULLET = r"(?:[-*•]|\d{1,2}[.)])"  # a list item's mark: "- ", "5. "
_LIST_MARK_END = re.compile(r"(?:(?<=\n)|^)[ \t]*" + _ITEM_BULLET + "$")


# a group told by its size ("a crowd of 25 lakh", "a mob of 500", "numbering 5,000"): the number counts the group
_COLLECTIVE_OF = re.compile(r"(?:\b(?:crowd|mob|group|gang|throng|horde|army|force|contingent|band|procession|column)\s+of"
                            r"|\bnumbering)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least)\s+)?"
                            r"[\d.,]+(?:\s+(?:lakh|crore|thousand|million|billion))?$", re.I)
_VERB_NEXT_WORD = re.compile(r"\s+(?:was|were|is|are|has|have|had|will|would)\b")  # ("of 12 injured workers was flown out")
_COUNTED_REACH = 4  # words read after a number for the noun it counts ("20,000 junior secondary school teachers"; the
# fourth only past three plain words: "Two co-defendants received suspended sentences" counts no sentences)


def _singular_after_adjectives(text: str, end: int) -> tuple[str, int] | None:
    """The singular noun one thing counted is, past up to two words that describe it ("1 pregnant woman", "1 critically
    ill child"): (the noun, where it ends), or None when the words read hold no noun that nothing but a noun follows."""
    pos, in_run = end, False
    for _ in range(3):
        m = _PHRASE_WORD.match(text, pos)
        if m is None or not m.group("word").islower():
            return None
        word = m.group("word")
        after = _PHRASE_WORD.match(text, m.end())
        noun = known_word(word) and can_be_noun(word)
        noun_goes_on = bool(after and after.group("word").islower() and known_word(after.group("word"))
                            and can_be_noun(after.group("word")) and not can_be_verb(after.group("word")))
        if pos > end and noun and (not can_describe(word) or in_run) and not is_plural_noun(word) and not noun_goes_on:
            return word, m.end()
        in_run = pos > end and noun and noun_goes_on  # ("1 local government official")
        if not can_describe(word) and not in_run:
            return None
        pos = m.end()
    return None


def _plural_after(text: str, end: int) -> tuple[str, int] | None:
    """The plural noun a number counts, past up to three words before it ("300 new jobs", "5,000 Syrian
    refugees"): (the noun in lower case, where it ends), or None when the words read hold none."""
    if (_COLLECTIVE_OF.search(text, max(0, end - 60), end) and (first := _PHRASE_WORD.match(text, end)) is not None
            and ((w := first.group("word").lower()).endswith("ed") or w in IRREGULAR_PAST) and can_be_verb(w)
            and not ((noun := _PHRASE_WORD.match(text, first.end())) and _VERB_NEXT_WORD.match(text, noun.end()))):
        return None  # "A mob of 500 attacked police", "Protesters numbering 5,000 blocked roads": the number counts the
        # group, and what follows is what the group did
    pos = end
    described = False
    plain = True  # every word passed is lower case and no verb's or plural's form
    read = 0
    while read < _COUNTED_REACH:
        read += 1
        if read == _COUNTED_REACH and not plain:
            return None
        m = _PHRASE_WORD.match(text, pos)
        if m is None and (model := _MODEL.match(text, pos)) is not None and (after := _PHRASE_WORD.match(text, model.end())) and (
                is_plural_noun(after.group("word").lower()) or after.group("word") == "aircraft") and (
                pos == end or not model.group().strip()[:1].isdigit() or _MAKER_BEFORE.search(text, end, pos)):
            # ("10 Boeing 787-9 aircraft"; "117 off 106 balls": a number after a preposition counts its own noun)
            return after.group("word").lower(), after.end()  # "50 A320neo jets", "398 F-35 fighters": a model's name describes them
        if m is None and pos == end and (size := _SIZE_BEFORE_NOUN.match(text, pos)) is not None and (
                size.group("unit").lower() in _measure_words()):
            pos = size.end()  # "54.7 million 60-kg bags", "200 40-foot containers": a size describes the noun counted
            continue
        if m is None:
            return None
        word = m.group("word").lower()
        if word.endswith(("'s", "’s")):  # "1.3 million people's travel plans": the possessive is what is counted
            owner = word[:-2]
            return (owner, m.end() - 2) if owner == "people" or (is_plural_noun(owner) and owner not in _NOT_NOUNS) else None
        if word in ("and", "or") and described and (other := _PHRASE_WORD.match(text, m.end())) and (
                can_describe(other.group("word").lower()) and not NUMBER_AT.fullmatch(other.group("word"))):
            described, read = False, read - 1
            pos = m.end()  # "9.7 million current and former customers": two adjectives of one noun
            continue
        if (word in ("and", "or") and pos > end and read == 2 and (other := _PHRASE_WORD.match(text, m.end()))
                and other.group("word").islower() and not NUMBER_AT.fullmatch(other.group("word"))
                and (first := _PHRASE_WORD.match(text, end)) is not None and first.group("word").islower()
                and can_be_noun(first.group("word")) and not first.group("word").endswith(("ed", "ing"))
                and (head := _PHRASE_WORD.match(text, other.end()))
                and is_plural_noun(head.group("word").lower()) and head.group("word").lower() not in _NOT_NOUNS
                and not is_plural_noun(other.group("word").lower())):
            return head.group("word").lower(), head.end()  # "24,400 search and rescue personnel", "3 oil and gas
            # companies": two nouns of one kind before the noun counted
        if (pos == end and m.group("word")[0].isupper() and m.group("word")[1:].islower()
                and (acronyms := _ACRONYM_PLURAL.match(text, m.end())) is not None and acronyms.group("acronym").isupper()):
            return acronyms.group("acronym"), acronyms.end()  # "the 422,875 Tesla EVs delivered", "300 Ford SUVs"
        if m.group("word")[0].isupper() and m.group("word") != "I" and (after := _PHRASE_WORD.match(text, m.end())) and (
                is_plural_noun(after.group("word").lower()) and after.group("word").lower() not in _NOT_NOUNS):
            pos = m.end()  # "8.5 million Windows devices", "2 US states": a name before the noun counted describes it
            continue
        if word in _TOTAL_WORDS and pos == end and (after := _PHRASE_WORD.match(text, m.end())) and (
                is_plural_noun(after.group("word").lower()) and after.group("word").lower() not in _NOT_NOUNS):
            pos = m.end()  # "125 total medals", "40 combined points": the noun after the sum is what it counts
            continue
        if word in _NOT_NOUNS and word not in _ADJECTIVE_OK:
            return None
        if m.group("word")[1:2].isupper() and m.group("word")[0].islower():
            return word, m.end()  # "234.6m iPhones", "3 iPads": a brand's plural, which no lexicon lists
        if pos == end and _DEMONYM.fullmatch(m.group("word")) and not known_word(word) and not (
                (after := _PHRASE_WORD.match(text, m.end())) and is_plural_noun(after.group("word").lower())):
            return word, m.end()  # "2.7 million Syrians", "4.1 million Iraqis" ("5 Orleans buses": buses)
        if word == "members" and pos > end and (group := _MEMBERS_OF_BEFORE.search(text, end, m.start())) is not None:
            return group.group(1).lower(), m.end()  # "23 crew members": the crew, as "23 crew"
        if (is_plural_noun(word) and word not in _NOT_NOUNS) or (pos > end and word in _CRAFT_AND_HERDS):
            if pos == end and _VERB_OBJECT_AFTER.match(text, m.end()) and can_be_verb(word):
                return None  # "a population of 2.5m makes it the largest": a verb with its object, not 2.5m makes
            if pos == end and _foreseen_by(text, word, m.end()):
                return None
            if pos > end and m.group("word")[0].isupper():  # a plural in a name: "14,500 Southwest Airlines Co. flight
                # attendants", "300 United Airlines flights" count what the name is of, not airlines
                if _NAME_GOES_ON.match(text, m.end()):
                    return None
                if ((head := _PHRASE_WORD.match(text, m.end())) and head.group("word").islower()
                        and is_plural_noun(head.group("word")) and head.group("word") not in _NOT_NOUNS):
                    return head.group("word"), head.end()
            if word in _NOUN_MODIFIERS and (head := _PHRASE_WORD.match(text, m.end())) and is_plural_noun(head.group("word").lower()):
                # "four police officers": the head noun; "12 staff members": the staff, as "12 staff" ("crew members" too)
                return (word if head.group("word").lower() == "members" else head.group("word").lower()), head.end()
            if pos > end and word in _measure_words() and singular(word) not in units.TIME_UNITS:
                return None  # "3 additional kilometres": a unit, which this reading would make a count of ("4 political
                # groups", "3 matching pairs" count)
            return word, m.end()
        if only_a_verb(word) or word in _OBJECT_PARTICIPLES:
            return None  # "another four expect rates to fall": the number is the subject of a verb; "seven involving
            # evacuees": a participle with its object, which the number does not count
        described = pos == end and can_describe(word)
        plain = plain and m.group("word").islower() and not word.endswith(("ed", "ing", "s"))
        pos = m.end()
    return None


# a size glued to its unit before a noun ("60-kg", "60kg", "40-foot", "2-litre")
_SIZE_BEFORE_NOUN = re.compile(r"[^\S\n]\d[\d.,]*-?(?P<unit>[A-Za-z]+)(?= [a-z])")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# what a year names right before it, of that year: "2023 statistics", "2024 results", "2019 figures"
_OF_A_YEAR = frozenset("statistics figures results data numbers accounts estimates forecasts projections rankings standings "
                       "elections championships games olympics awards nominations winners highlights predictions budgets "
                       "targets levels prices rates".split())
_MONTH_YEAR_NUMERIC = re.compile(r"(?:0?[1-9]|1[0-2])[-/–](?:19|20)\d\d")
_LENGTH_MARKS = {'"': "inch", "”": "inch", "″": "inch", "'": "foot", "’": "foot", "′": "foot"}
_MARK_FOLLOWS = re.compile(r"(?:[\s.,;:)!?]|$)")
_QUOTE_MARK = re.compile(r'(?<!\d)"')
_SINGLE_QUOTE_OPEN = re.compile(r"(?:^|[\s(])['‘]\w")


def _length_mark(text: str, start: int, end: int) -> str | None:
    """'inch' or 'foot' where a mark after the digits is one of length, not a quotation's close: a prime (″, ′) always; a
    quotation mark or apostrophe where its paragraph before it has no quotation open that it could close."""
    mark = text[end]
    if not _MARK_FOLLOWS.match(text, end + 1):
        return None  # ('4"x6"', "5'11\"": sizes and heights of two figures, not read here)
    if mark in "″′":
        return _LENGTH_MARKS[mark]
    if start and text[start - 1] in "\"“'‘’":
        return None  # '"4"', "'7'": a figure in quotation marks
    before = text[text.rfind("\n", max(0, start - 600), start) + 1 : start]  # (its paragraph: a quotation may hold sentences)
    if mark == '"' and len(_QUOTE_MARK.findall(before)) % 2:  # (an inch mark before is no quotation's)
        return None  # 'he said "we saw 4" and left': the quotation's close
    if mark == "”" and before.count("“") > before.count("”"):
        return None
    if mark in "'’" and (_SINGLE_QUOTE_OPEN.search(before) or (mark == "’" and before.count("‘") > before.count("’"))):
        return None  # "the sign read 'open 7'": a quotation in single marks
    return _LENGTH_MARKS[mark]


_PRECIOUS = re.compile(r"\b(?i:gold|silver|platinum|palladium|bullion)\b(?! (?i:medals?|medallists?|medalists?|coast|cup|standard))")
_OF_A_SUBSTANCE = re.compile(r"\s+of\s+(?!(?i:gold|silver|platinum|palladium|bullion|the|it|this|that)\b)[a-z]")
_BROKEN_DECIMAL = re.compile(r"\. \d+\s?(?i:million|billion|trillion|bn|mn|percent|per cent|%)(?!\w)")
_LEVEL_AT_BEFORE = re.compile(r"\b(?:to|at)\s+(?:a\s+(?:record|high|low)\s+(?:of\s+)?)?$")
# an index named in the clause, then a verb of its reading right before the figure: "the air quality index (AQI) hit 450",
# "the ISM manufacturing index fell to 47.2", "with the index at four hundred and fifty"
_INDEX_READ_BEFORE = re.compile(r"\b(?:[Ii]ndex|PMI|AQI)\b(?:\s*\([A-Z]{2,6}\))?(?:\s+[a-z]+){0,3}?\s+(?:hit|reached|touched|"
                                r"(?:rose|fell|climbed|dropped|jumped|slipped|eased|edged\s+(?:up|down)|stood|was|came\s+in|"
                                r"ended|closed)?\s*(?:to|at)|was|stood\s+at)\s+(?:a\s+(?:record|high|low)\s+(?:of\s+)?)?$")


def _names_index(text: str, start: int, end: int) -> bool:
    """Whether the sentence a figure stands in names a stock index (before the figure or after it)."""
    return STOCK_INDEX.search(_sentence_around(text, start, end, 300)) is not None


_NOTE_MARK_END = re.compile(r"\)[ \t]*(?:\n|$)")
_NAME_GOES_ON = re.compile(r"\s+(?:(?:Co|Corp|Inc|Ltd|LLC|Plc|PLC|Group|Holdings)\b|[A-Z])")
_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")
_POINT_GROUPED = re.compile(r"[1-9]\d{0,2}\.\d{3}")
# an amount of three decimals that end in two zeros is thousands grouped by a point ("€2.500", "€30.000"; "€1.799 a
# litre", "$2.50" keep their decimals): no price is written to a tenth of a cent with two zeros after it
_POINT_GROUPED_AMOUNT = re.compile(r"[1-9]\d{0,2}\.\d00")
# a price of a unit of goods, which is quoted to a tenth of a cent ("petrol at €1.900 a litre", "$3.100 per gallon")
_UNIT_PRICE_AFTER = re.compile(
    r"\s*(?:[A-Za-z]{1,3}\s+)?(?:a|an|per|/)\s?(?:litre|liter|gallon|gal|l|kg|kilo\w*|pound|lb|ounce|oz|barrel|bbl|share|kwh|kilowatt"
    r"|unit|tonne|ton|mmbtu|therm|bushel|cubic)\b", re.I)
_DIVISIBLE = frozenset(("point", "share", "unit", "dose", "acre", "hectare", "mile"))  # (what may be counted in fractions)
# participles that take an object and describe no noun after them (the lexicon cannot tell them from "remaining")
_OBJECT_PARTICIPLES = frozenset(
    "involving including excluding using requiring containing concerning regarding featuring comprising representing "
    "targeting affecting".split())
# a crew whose members are counted as the crew ("23 crew members" is "23 crew"; "staff members": `_NOUN_MODIFIERS`)
_MEMBERS_OF_BEFORE = re.compile(r"\b(crew)\s*$", re.I)
# plural-only nouns that also name the kind of a plural noun after them: "police officers", "staff members"
_NOUN_MODIFIERS = frozenset("police staff personnel cattle livestock".split())


@persistent
def _quantulum_words() -> tuple[frozenset[str], frozenset[str]]:
    """quantulum3's unit surfaces (lower case) and symbols: the pre-filter for its parser."""
    lexicon = _quantulum_lexicon()
    words = set(lexicon.surfaces_lower)
    words.update(surface.split()[0] for surface in lexicon.surfaces_lower if " " in surface)
    return frozenset(words), frozenset(lexicon.symbols)


@persistent
def _measure_words() -> frozenset[str]:
    """quantulum3's one-word surfaces (lower case) of units that measure something (not "pairs", "sets", "dozens")."""
    return frozenset(surface for surface, found in _quantulum_lexicon().surfaces_lower.items()
                     if " " not in surface and any(unit.entity.name != "dimensionless" for unit in found))


def _quantulum_lexicon() -> Any:
    """quantulum3's English unit lexicon (loaded by quantulum3 once; its load warnings silenced)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import load

        return load.units("en_US")


_LARGEST = Decimal(10) ** 60


def find_figures(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Every figure of `text` outside the `taken` spans (dates found earlier, the article's metadata lines)."""
    occupied = _Occupied(taken + [m.span() for m in URL_RE.finditer(text)] if "/" in text or "www." in text else taken)
    lower = text.lower()
    out: list[Mention] = []
    if "centur" in lower or "decade" in lower or "fortnight" in lower or "and a half" in lower or "and-a-half" in lower:
        out += _word_durations(text, occupied)  # before the fractions: "a quarter of a century" is no share
    out += _fractions(text, lower, occupied)
    if "and" in lower:  # ("an hour and 45 minutes": `_ONE_UNIT` needs it)
        out += _one_unit_and_parts(text, occupied)
    if ":" in text:
        out += _stopwatch_times(text, occupied)
    if "s of " in text:
        out += _magnitudes(text, lower, occupied)
    if " in " in text or " out of " in text or " of every " in text:
        out += _ratios(text, occupied)
    if "0s" in text or "ties" in text or "teens" in text:
        out += _decade_ages(text, occupied)
    yen = yen_currency(text) if "¥" in text else "JPY"
    dollar = local_dollar(text) if "$" in text else "USD"
    troy: bool | None = None  # whether the article is about precious metals (`_PRECIOUS`), read at its first ounce
    written: dict[str, list[int]] | None = None  # (`_numbers_written`, read at the first number a model's name may follow)
    skip_until = -1
    for match in NUMBER_RE.finditer(text):
        if match.start() < skip_until or occupied.overlaps(match.start(), match.end()):
            continue
        chain = _CHAIN.match(text, match.start()) if text[match.end() : match.end() + 1] in "-–." else None
        if chain and chain.end() > match.end() and not occupied.overlaps(chain.start(), chain.end()):
            occupied.add(chain.start(), chain.end())  # "1-800-555-0199": an identifier, not figures
            skip_until = chain.end()
            continue
        if chain is None and (code := _ZERO_TAIL.match(text, match.end())) and match.group("digits"):
            skip_until = code.end()  # "555-0199", "A-10 unit 12-034": an end written with a leading zero is no range's
            continue
        tally = _TALLY.match(text, match.start()) if text[match.end() : match.end() + 1] in "-–" else None
        if tally and int(tally.group("b")) <= int(tally.group("a")):
            occupied.add(tally.start(), tally.end())  # "a 3-2 win", "passed 52-48": a score or a vote
            skip_until = tally.end()
            continue
        slash = _SLASHED.match(text, match.start()) if "/" in match.group() or text[match.end() : match.end() + 1] == "/" else None
        if slash and not (match.group("vulgar") and fraction_value(match.group("vulgar"))):
            occupied.add(slash.start(), slash.end())  # "24/7", "9/11", "2015/16", "50/50": not a figure
            skip_until = slash.end()
            continue
        if match.start() and text[match.start() - 1] == "#":
            continue  # "Reply #1", "item #3": a label, not a figure
        if match.start() >= 2 and text[match.start() - 1] == "–" and text[match.start() - 2].isdigit():
            continue  # the second end of "12–18", a range read (or left out, bare) from its first end
            # (a hyphen's "12-18" is one number to NUMBER_RE; an en dash's is two)
        if text[match.end() : match.end() + 1] == "+" and (summed := _DIGITS_PLUS_DIGITS.match(text, match.start())) is not None and (
                not match.start() or not text[match.start() - 1].isalnum()):
            occupied.add(summed.start(), summed.end())  # "in the 1+4 format", "a 2+2 dialogue": a name, no "1 or more"
            skip_until = summed.end()
            continue
        if match.start() and text[match.start() - 1] == "+" and (phone := _PHONE.match(text, match.start() - 1)):
            occupied.add(phone.start(), phone.end())  # "+44 20 7946 0958": a telephone number
            skip_until = phone.end()
            continue
        if (digits := match.group("digits")) and len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
            if code := _ZERO_LED_GROUPS.match(text, match.start()):
                occupied.add(code.start(), code.end())  # "Call 0800 555 0199": the groups after a zero-led one are the code's
                skip_until = code.end()
            continue  # "the code was 0000", "0958": a number written with a leading zero is a code, not a figure
        if (broken := _BROKEN_DECIMAL.match(text, match.end())) and match.group().isdigit() and not _is_list_marker(
                text, match.start(), match.end()):
            skip_until = broken.end()  # "its $7. 5 billion acquisition": a decimal broken by a space, which whole number
            continue  # is meant is not certain (neither $7 nor 5 billion)
        if match.start() and text[match.start() - 1] == "[" and text[match.end() : match.end() + 1] == "]":
            continue  # "rose 24%[1]", "See [1]": a footnote's or reference's mark
        if (match.start() >= 3 and text[match.start() - 1] == "(" and match.end() - match.start() <= 2 and match.group().isdigit()
                and _NOTE_MARK_END.match(text, match.end()) and text[match.start() - 2] == " " and text[match.start() - 3] not in ":,;"):
            continue  # "covers approximately 1,800 poultry plant workers (1)": a note's mark at a line's end
        if text.startswith(",", match.end()) and text[match.end() + 1 : match.end() + 2].isdigit():
            run = _DIGIT_RUN.match(text, match.end())
            skip_until = run.end() if run else match.end()
            continue  # "$1,200,00", "12,34,56": digits grouped as no number is, a typo or a list; no figure
        if _is_list_marker(text, match.start(), match.end()):
            continue  # "1) Russia-China.", "2. OPEC+", "3/ Gas:": a list's (a thread's) numbering
        if text[match.start() - 1 : match.start()] == "(" and (counter := _COUNTER.match(text, match.start())):
            skip_until = counter.end()
            continue  # "THREAD (1/6)": a post's place in a thread, a page's in a gallery
        number = parse_number(match)
        if abs(number.value) > _LARGEST:
            skip_until = match.end()
            continue  # a figure of 60 digits is no measurement anyone reports (and would overflow a float)
        mention = _share_of(text, number) if slash else None
        mention = mention or _classify(text, number)
        if mention is not None and yen != "JPY" and mention.unit == "JPY" and "¥" in text[mention.start : mention.end]:
            mention.unit = yen
        if (mention is not None and dollar != "USD" and mention.unit == "USD" and text[mention.start] == "$"
                and not text.startswith("$US", mention.start)):
            mention.unit = dollar  # "$15.6 million" beside "$US10 million" in an Australian paper
        if mention is not None and mention.unit == "ounce" and not _OF_A_SUBSTANCE.match(text, mention.end):
            troy = _PRECIOUS.search(text) is not None if troy is None else troy
            if troy:  # ("8 ounces of flour" names what it weighs: avoirdupois)
                mention.unit = "troy_ounce"  # "Gruyere produced 68,781 ounces of gold ... compared with 62,535oz": a gold
                # miner's ounces are all troy ounces, in every sentence
        if mention is None or occupied.overlaps(mention.start, mention.end):
            continue
        if (match.start() and text[match.start() - 1] == "M" and not text[max(0, match.start() - 2) : match.start() - 1].isalpha()
                and mention.unit != "magnitude"):
            skip_until = match.end()
            continue  # "M2.5" of no quake: a name's letter and digits, no figure
        if match.group("short") in ("T", "tr") and mention.kind != "money":
            skip_until = match.end()
            continue  # "a 3T scanner": a glued "T" or "tr" is a trillion only of money ("$3T", "Rs2.55tr")
        if mention.kind == "count" and match.group().isdigit() and _MODEL_NAME_AFTER.match(text, match.end()) and (
                (not mention.unit and (_MODEL_AFTER.match(text, mention.end)
                                       or _DETERMINER_MODIFIED_BEFORE.search(text, max(0, mention.start - 40), mention.start)))
                or _named_elsewhere(text, match.start(), match.end(), written := _numbers_written(text) if written is None else written)):
            skip_until = mention.end
            continue  # "The 737 MAX 9 jets", "The 787 Dreamliner", "787 Dreamliner deliveries" beside "the Boeing 787": a model's name
        if mention.kind == "count" and match.group().isdigit() and _model_digits(
                text, match.start(), match.end(), written := _numbers_written(text) if written is None else written):
            skip_until = mention.end
            continue  # "on 737 production", "787 deliveries" beside "its 737 MAX", "the Boeing 787": the model's name
        if mention.kind == "count" and not mention.unit and _TOP_BEFORE.search(text, max(0, mention.start - 12), mention.start):
            skip_until = mention.end
            continue  # "a top 10 player", "finished in the top 10": a rank's bracket, no count ("the top 10 players" stays)
        if (mention.kind == "count" and not mention.unit and text[mention.start : mention.end].isdigit()
                and mention.end - mention.start >= 5
                and not text[max(0, mention.start - 2) : mention.start].endswith(("|", "| ", ":", ": "))):
            skip_until = mention.end
            continue  # "text HOME to 741741", "ZIP code 90210": five digits ungrouped and of nothing are a code, no count
            # (a table's cell, "| 45000 |", takes its unit from its column's head; "Attendance: 45000" is a label's)
        if (mention.kind == "count" and not mention.unit and mention.value is not None and mention.value >= 50
                and mention.value_high is None and not _MULTIPLIED.search(text, mention.start, mention.end)
                and _LEVEL_AT_BEFORE.search(text, max(0, mention.start - 24), mention.start)
                and _names_index(text, mention.start, mention.end)):
            mention.unit = "point"  # "The S&P 500 fell 1.8% to 4,577.11", "To close at 4,577, the S&P 500 dropped": an index's
            # level, in points as "closed at 35,368 points" says
        elif (mention.kind == "count" and not mention.unit and mention.value is not None and mention.value >= 10
              and mention.value_high is None and not _MULTIPLIED.search(text, mention.start, mention.end)
              and _INDEX_READ_BEFORE.search(text, max(0, mention.start - 60), mention.start)):
            mention.unit = "point"  # "the city's air quality index (AQI) hit 450", "the PMI fell to 47.2": an index's reading
        if mention.unit in GATES and not text.startswith((mention.unit, *_OWN_SIGNS), mention.start) and not _gate_open(text, mention):
            continue  # "R2-D2", "the R500 fee" where no South African money is told of
        if mention.kind == "money" and mention.unit in AMBIGUOUS_WORDS:  # "Sh5 billion": Kenya's, Uganda's or Tanzania's
            code = country_currency(text, str(mention.unit))
            if code is None and (mention.unit not in UNNAMED_CURRENCIES or (
                    text.startswith(tuple(SHARED_PREFIXES), mention.start)
                    and not _SCALED_AMOUNT.search(text, mention.start, mention.end))):
                continue  # (a shared sign of no country named is no money: "Sh5" may be anything; "Sh4.2 billion"
                # is shillings of no country told, as "2 billion pesos" are pesos)
            mention.unit = code or mention.unit  # ("2 billion pesos" of no country named: pesos)
        if mention.unit == "figure" and text[mention.start].isalpha() and 4 <= (mention.value or 0) <= 12:
            continue  # "a salary in the low six figures": a size told by its digits, no count of figures
        if mention.kind == "quantity" and mention.value == 0 and mention.value_high is not None and "/ hour" in mention.unit:
            occupied.add(mention.start, mention.end)
            skip_until = mention.end
            continue  # "reached 0-60 mph in 2.1 seconds", "0-100 km/h": the name of a sprint, no range of speeds
        if text[max(0, mention.start - 4) : mention.start].lower() == "per " and mention.kind in ("count", "quantity") \
                and not _SIZE_OF_NOUN.fullmatch(text, mention.start, mention.end + 1):
            # "5.7 per 100,000 people", "5.2 litres per 100 km": a rate's denominator is no figure, nor is a
            # quantity over it one of its own (5.2 litres of nothing: the rate's unit is not written as pint's)
            if out and out[-1].kind == "quantity" and text[out[-1].end : mention.start].strip().lower() == "per":
                out.pop()
            skip_until = mention.end
            continue
        out.append(mention)
        occupied.add(mention.start, mention.end)
        skip_until = mention.end
    for m in ORDINAL_RE.finditer(text):
        if occupied.overlaps(m.start(), m.end()) or _is_time_second(text, m) or _PERIOD_AFTER.match(text, m.end()):
            continue  # "its fiscal first-quarter profit", "first-time buyers": a period's name or a compound, not a rank
        if (m.group().lower() == "first" and (verb := _WORD_AFTER.match(text, m.end())) and _adverb_first(verb.group(1))
                and not _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start())):
            continue  # "Medibank first detected unusual activity", "was first identified": when, not a rank
        if _ordinal_in_name(text, m):
            continue  # "the 82nd Airborne Division", "5th Avenue", "the Second World War": a name, not a rank
        if m.group("words") is not None and _COUNT_AFTER_ORDINAL.match(text, m.end()):
            continue  # "her first 15 shots", "the first two months", "the last few": which ones, not a rank
        out.append(
            Mention(m.start(), m.end(), "ordinal", Decimal(ordinal_value(m)), unit="", precision=Decimal(1))
        )
    out.sort(key=lambda x: x.start)
    for previous, mention in itertools.pairwise(out):
        _gapped_item(text, previous, mention)
        if (previous.qualifier not in ("exact", "range") and mention.qualifier == "exact" and previous.kind == mention.kind
                and mention.value_high is None and text[previous.end : mention.start] in (" (", "(") and text.startswith(")", mention.end)):
            mention.qualifier = previous.qualifier  # "about 213 kilometers (132 miles)", "more than 17,000 mph (27,000 km/h)":
            # the conversion restates the figure, its qualifier too
        if previous.change and not mention.change and (_APPOSITION.fullmatch(text, previous.end, mention.start) or (
                text[previous.end : mention.start] in (" (", "(") and text.startswith(")", mention.end)
                and (previous.kind == "percent") != (mention.kind == "percent"))):
            mention.change = previous.change  # "fell 112.5 points, or 1.3 percent", "down 368.86 points (2.6%)": both are the fall
        elif (previous.change and not mention.change and previous.kind == mention.kind
              and (mention.kind == "percent" or (mention.kind in ("quantity", "money", "count") and mention.unit
                                                 and mention.unit == previous.unit and mention.value_high is None))
              and not text.startswith(" of ", mention.end) and (joined := _COORDINATED.fullmatch(text, previous.end, mention.start))
              and not any((w in IRREGULAR_PAST or is_verb_only(w)) and before not in ("a", "an", "the")
                          for before, w in itertools.pairwise(["", *(word.lower() for word in joined.group(1).split()
                                                                     if not word[:1].isupper())]))):
            # (a capitalised word is a name, whatever verb it spells: "in May and 2.9% in June")
            mention.change = previous.change  # "prices rose 0.4% in April and 4.9% over the past 12 months": one verb
            # (so for one unit: "up 3.7 bushels from August and 3.2 bushels from last year")
            # (a participle after an article is an adjective: "down 15% on a reported basis and 14% on a currency-neutral
            # basis")
    _scale_told_by_conversion(text, out)
    _temperatures_below_or_apart(text, out)
    _points_of_a_share(text, out)
    _share_list_tails(text, out)
    _share_dimension_tails(text, out)
    _share_pair_tails(text, out)
    _share_base_heads(text, out)
    _share_base_after_change(text, out)
    _share_level_after_change(text, out)
    _share_bracketed_prior(text, out)
    _share_defined_abbreviations(text, out)
    _counts_set_beside(text, out)
    _adjectives_sharing_a_noun(text, out)
    _cents_of_their_currency(text, out)
    _bounds_after(text, out)
    _passed_at_a_distance(text, out)
    for mention in out:
        if mention.unit == "magnitude" and mention.value is not None and mention.value > 10:
            mention.unit = ""  # "the ML 5.1 tremor hit ... and M 25": no quake's magnitude passes 10 (a list's unit shared too far)
    return _unit_ranges(text, out)


# the word a label follows, besides those a number designates a thing after (`_designated`: "seat 4b", "gate 12b"): a
# name's ("Room 4B", "Terminal 5B") or a place's in a building or a vehicle the designators leave out ("flat 2B")
_LABELLED_BEFORE = re.compile(r"(?:\b[A-Z][\w’'-]*|\b(?:flat|unit|block|hall|studio|zone|stand|plot|locker|cabin|deck))\s+$")
_SMALL_GLUED_B = re.compile(r"\d{1,3}[bB]")
_WORD_AFTER = re.compile(r" ([a-z]+)\b")
# ", India ", ", and the Lib Dems ": a name after a comma, with no verb, before a figure of a gapped list
_GAPPED_ITEM = re.compile(r"[^,;.:]{0,40}?" + _GAP_JOIN + GAPPED_NAME + r"\s+")
_ITEM_END = re.compile(r"(?:\s*\([^()]{0,12}\))?[^\S\n]*(?:[,;.\n]|\s+and\s|$)")  # (a line's end too: a headline's
# "Modi's BJP win 240 seats, Congress 99")
_MULTIPLIED = re.compile(r"\d\s*(?i:million|billion|trillion|mln|bn|m|k)\b")  # ("2.1 million bpd", "40m")


_NAMED_NUMBER = re.compile(r"(?<![\d,.])[1-9]\d{2,3}(?![\d,]|\.\d)")
_WORD_AFTER_NUMBER = re.compile(r" [A-Za-z]+\b")


def _numbers_written(text: str) -> dict[str, list[int]]:
    """Where the article writes each number of three or four digits: read once, for `_named_elsewhere`."""
    where: dict[str, list[int]] = {}
    for m in _NAMED_NUMBER.finditer(text):
        where.setdefault(m.group(), []).append(m.start())
    return where


def _named_elsewhere(text: str, start: int, end: int, written: dict[str, list[int]]) -> bool:
    """Whether the article writes the digits of `text[start:end]` (three or four, no year's) and the word after them
    after a name somewhere ("the Boeing 787 Dreamliner"): a model's name, so "787 Dreamliner deliveries" counts no
    deliveries (a name's number alone is not enough: "the Fortune 500 company" beside "500 Tesla owners"). `written`
    is `_numbers_written` of the text."""
    digits = text[start:end]
    if not _model_number(digits):
        return False
    word = _WORD_AFTER_NUMBER.match(text, end)
    for at in written.get(digits, ()) if word is not None else ():
        if at == start or not text.startswith(word.group(), at + len(digits)):
            continue
        if (name := _NAME_BEFORE.search(text[max(0, at - 40) : at])) and not _function_word_before(name.group()):
            return True  # (not a determiner: "the 300 Tesla owners" beside "300 Tesla drivers" are counts)
    return False


def _model_number(digits: str) -> bool:
    """Whether digits may be a model's number: three or four, no year's ("the 2020 Tokyo Olympics")."""
    return len(digits) == 3 or (len(digits) == 4 and digits[0] not in "12")


def _model_digits(text: str, start: int, end: int, written: dict[str, list[int]]) -> bool:
    """Whether the bare number `text[start:end]` (three or four digits, no year's) is written elsewhere in the article
    as a model's name, a capitalised short word or a model's letters right after it ("737 MAX", "777X"): "a cap of 38
    a month on 737 production" beside "its 737 MAX" counts no production."""
    digits = text[start:end]
    if not _model_number(digits):
        return False
    return any(at != start and (_MODEL_LETTERS_AFTER.match(text, at + len(digits))
                                or _MODEL_NAME_BEFORE.search(text, max(0, at - 12), at))
               for at in written.get(digits, ()))


_MODEL_LETTERS_AFTER = re.compile(r"(?: [A-Z]{2,5}(?<!S)|[A-Z]{1,2}|-\d00)(?![\w'’-])")  # ("737 MAX", "777X", "737-800")
_MODEL_NAME_BEFORE = re.compile(r"\b(?:Boeing|Airbus|Embraer|Bombardier|Tupolev|Sukhoi|Ilyushin|Antonov) $")


def _gapped_item(text: str, previous: Mention, mention: Mention) -> None:
    """'Apple rose 2%, Microsoft 1.5%', 'China took 2.1 million bpd, India 1.8 million': a name and a figure after a
    comma (or "and"), with no verb, say of the name what the clause before said of its figure: its change, or the
    unit of a count or quantity written with a multiplier as the figure is (or without, as it is)."""
    if not ("," in text[previous.end : mention.start] or " and " in text[previous.end : mention.start]) or not (
            _GAPPED_ITEM.fullmatch(text, previous.end, mention.start) and previous.value_high is None
            and mention.value_high is None and _ITEM_END.match(text, mention.end)):
        return
    if text[previous.start - 1 : previous.start] == "(":
        return  # "CON 43 % (+2), LAB 27 % (-1)": a change in brackets is an aside of its figure, no verb of the list's
    if mention.kind == previous.kind == "percent" and previous.change and not mention.change:
        mention.change = previous.change
    elif (mention.kind == "count" and not mention.unit and mention.value is not None and previous.kind in ("count", "quantity")
          and previous.unit and (_MULTIPLIED.search(text, previous.start, previous.end) is not None)
          == (_MULTIPLIED.search(text, mention.start, mention.end) is not None)):
        mention.kind, mention.unit = previous.kind, previous.unit
_DIGIT_RUN = re.compile(r"[\d,]*")
_DETERMINER_BEFORE = re.compile(r"\b(?i:the|a|an|its|their|his|her|our|my|your|this|that|whose)\s+$")


# Heads of names that an ordinal numbers (streets, military units, courts, districts, amendments)
_NAME_AFTER_ORDINAL = re.compile(
    r" (?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Airborne|Division|Fleet|Army|Regiment|Brigade|Battalion"
    r"|Infantry|Cavalry|Marines?|Armou?red|Corps|Squadron|Precinct|Ward|District|Congressional|Circuit|Amendment"
    r"|Century (?=[A-Z]))\b| Cir\.")  # ("21st Century Fox": a company; "(5th Cir. 2022)": a court's)
# ("a third five-year term", "a fifth 6-year term": a rank of a compound, kept)
_COUNT_AFTER_ORDINAL = re.compile(r" (?:\d[\d,.]*|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
                                  r"|fifty|sixty|seventy|eighty|ninety|hundred|few|several|couple))(?![\w-])")
_CAPITALISED_AFTER = re.compile(r" [A-Z][a-z]")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\n])[\s\"“‘'(]*$")


def _ordinal_in_name(text: str, m: re.Match[str]) -> bool:
    """Whether the ordinal `m` is part of a name: before a street's, a unit's or a court's head ("42nd Street", "the 82nd
    Airborne", "the 5th Circuit"), or a capitalised ordinal word inside a sentence before a capitalised word ("the Second
    World War", "the First Amendment"; title-case headlines are read in lower case before this)."""
    if _NAME_AFTER_ORDINAL.match(text, m.end()) or text[max(0, m.start() - 2) : m.start()] == "F.":
        return True  # ("80 F.4th 24": a law reporter's series)
    return (m.group("words") is not None and m.group()[0].isupper() and _CAPITALISED_AFTER.match(text, m.end()) is not None
            and _SENTENCE_OPENING.search(text, max(0, m.start() - 40), m.start()) is None)


def _adverb_first(word: str) -> bool:
    """Whether "first" before `word` may be the adverb: before a past form of a verb ("first detected", "first got
    in", "first said"); the caller leaves "the first elected mayor", "their first reported case" ranks."""
    return word in IRREGULAR_PAST or (word.endswith(("ed", "got", "ught")) and is_verb_only(word))


# ("and" only before a stop: "5% and more importantly", "2% and higher prices" bound nothing)
_BOUND_AFTER = re.compile(
    # ("and over" ends its phrase, or a verb or relative follows: "aged 65 and over will get"; not "rose 10% and over
    # the year", "and over time")
    r"\s+(?:or|and(?=\s+\w+(?:[,.;:)]|$|\s+(?:who|which|that|will|are|is|were|was|can|could|may|might|must|should|would"
    r"|get|gets|pay|pays|travel|qualify|qualifies|need|needs|receive|receives|have|has|had|make|makes|account|accounts|carry"
    r"|carries|face|faces|received|got|paid|qualified|needed|made|accounted|faced|said|say|says|reported|voted|backed|died|saw"
    r"|see|sees|took|take|takes)\b)))"
    r"\s+(?:(?P<least>more|above|higher|over|older|greater|upwards?|(?<=and )up|(?<=and )counting)"
    r"|(?P<most>less|fewer|under|below|younger|lower)|(?P<approx>so|thereabouts))\b(?![\w-]|\s+than\b)"
    r"|\s+to\s+(?P<life>life)\b(?!-)", re.I)  # ("25 years to life": at least 25 years)


_UNIT_RANGE_JOIN = re.compile(r"[^\S\n]?[-–][^\S\n]?|\s(?:to|and)\s")  # (no line break at a dash: "10 kg\n- 20 kg" is a list)


def _unit_ranges(text: str, figures: list[Mention]) -> list[Mention]:
    """'50mm to 100mm', 'between 3 kg and 5 kg', 'in the band of 2.5 per cent to 3.5 per cent', 'earnings of 50 cents
    to 51 cents': two measures (shares, amounts) of one unit, each written with it, are one range (as "50 to 100mm" is),
    the lower first, when `_one_extent` says so; "rose from 3kg to 5kg" is a move, and stays two figures."""
    out: list[Mention] = []
    for figure in figures:
        low = out[-1] if out else None
        if (low is not None and low.kind == figure.kind and figure.kind in ("quantity", "percent", "money") and low.unit == figure.unit
                and low.value is not None and figure.value is not None and low.value < figure.value
                and low.value_high is None and figure.value_high is None and figure.qualifier == "exact"
                and low.qualifier == "exact"
                and (join := _UNIT_RANGE_JOIN.fullmatch(text, low.end, figure.start))
                and (join.group().strip() != "and" or _BETWEEN.search(before_text(text, low.start)))
                and _one_extent(text, low, figure, join.group().strip())):
            low.change = low.change or figure.change  # ("forecast 3 percent to 5 percent revenue growth": a rise)
            low.end, low.value_high, low.qualifier = figure.end, figure.value, "range"
            if low.precision is not None and figure.precision is not None:
                low.precision = min(low.precision, figure.precision)
            continue
        out.append(figure)
    return out


def _one_extent(text: str, low: Mention, high: Mention, join: str) -> bool:
    """Whether two figures of one unit joined as a range are one (a range of an extent or of a level), not a move
    from one to the other nor a change and the level it reached: "forecast 3 percent to 5 percent revenue growth",
    "expected to rise 3% to 5%" (the second within twice the first) are ranges; "rose by 0.5 percent to 3.2 percent",
    "rose from 3kg to 5kg" are not."""
    if low.change and high.change and low.change != high.change:
        return False
    if not low.change and not high.change and not _after_change_word(text, low.start):
        return True
    if low.kind == "money":
        return False  # ("jumped 50 cents to 51 cents": a change and a price)
    words = words_before(text, low.start)
    return (join == "to" and high.value <= 2 * low.value  # type: ignore[operator]
            and not (words and words[-1] in ("from", "between")))


_SHARE_WORDS = r"(?:vote\s+share|share\s+of\s+the\s+vote|turnout|approval\s+ratings?)"
_SHARE_BEFORE = re.compile(r"\b" + _SHARE_WORDS + r"\b(?:[^.;:!?]|(?<=\d)\.(?=\d))*$", re.I)  # ("61.2 per cent": no stop)
_SHARE_AFTER = re.compile(r"\s+(?:in|of)\s+(?:their|its|his|her|the)\s+" + _SHARE_WORDS + r"\b", re.I)
_POINTS_TO_SHARE = re.compile(r"\s+(?:to|at|from)\s+(?:(?:about|around|nearly|almost|roughly|just\s+over|just\s+under)\s+)?$")


def _points_of_a_share(text: str, figures: list[Mention]) -> None:
    """'vote share rose 1.6 points to 33.7%', 'fell 2 points from 45%': points moved to or from a level in percent are
    percentage points (a share's change), not a count of points ("the index fell 58 points to 5,100" stays one)."""
    for moved, level in itertools.pairwise(figures):
        if (moved.kind == "count" and moved.unit == "point" and level.kind == "percent" and level.unit == "percent"
                and level.value_high is None and _POINTS_TO_SHARE.fullmatch(text, moved.end, level.start)):
            moved.kind, moved.unit = "percent", "percentage_point"
    for moved in figures:
        if moved.kind == "count" and moved.unit == "point" and (
                _SHARE_BEFORE.search(text[max(0, moved.start - 80) : moved.start]) or _SHARE_AFTER.match(text, moved.end)):
            # "Labour's vote share saw a boost, rising by 17 points", "a decline of around 20 points in their vote share":
            # the points of a share are percentage points, whatever level follows
            moved.kind, moved.unit = "percent", "percentage_point"


_OTHER_SCALE = {"degree_Celsius": "degree_Fahrenheit", "degree_Fahrenheit": "degree_Celsius"}


def _in_celsius(value: Decimal, unit: str) -> Decimal:
    return value if unit == "degree_Celsius" else (value - 32) * 5 / 9


def _scale_told_by_conversion(text: str, figures: list[Mention]) -> None:
    """A bare number whose conversion follows in brackets is in the other scale, when the two agree within their
    written rounding: "The old record of 122 (50 degrees Celsius)", "a high of 118 (47.7 °C)" are 122 °F and 118 °F, as
    US wire copy writes them; "it was 124 (51.1)" names no scale, and a pair that does not convert stays bare."""
    for bare, told in itertools.pairwise(figures):
        if (bare.kind != "count" or bare.unit or bare.value is None or bare.value_high is not None or told.kind != "quantity"
                or told.unit not in _OTHER_SCALE or told.value is None or told.value_high is not None
                or text[bare.end : told.start] not in (" (", "(") or not text.startswith(")", told.end)):
            continue
        unit = _OTHER_SCALE[told.unit]
        slack = (told.precision or Decimal(1)) / 2 + (bare.precision or Decimal(1)) / 2 + Decimal("0.05")
        if abs(_in_celsius(bare.value, unit) - _in_celsius(told.value, told.unit)) <= slack:
            bare.kind, bare.unit = "quantity", unit


def _temperatures_below_or_apart(text: str, figures: list[Mention]) -> None:
    """Temperatures of a written scale: "5C below zero" is -5 °C, "10F below freezing" 22 °F (freezing is 0 °C, 32 °F);
    after a change or before "warmer", "above" ... a difference ("0.5C warmer", "rose 2C": `delta_degree_Celsius`)."""
    for mention in figures:
        if mention.kind != "quantity" or mention.unit not in ("degree_Celsius", "degree_Fahrenheit") or mention.value is None:
            continue
        if below := _BELOW_ZERO.match(text, mention.end):
            zero = Decimal(32) if below.group(1).lower() == "freezing" and mention.unit == "degree_Fahrenheit" else Decimal(0)
            low, high = mention.value, mention.value_high
            mention.value, mention.value_high = (zero - high, zero - low) if high is not None else (zero - low, None)
        elif mention.change or _DIFFERENCE_AFTER.match(text, mention.end):
            mention.unit = "delta_" + mention.unit


def _bounds_after(text: str, figures: list[Mention]) -> None:
    """'27 or more', 'aged 65 or older', '$500 or less', '10 inches or so', '40 stores and counting': a bound written after the figure;
    a count then counts the noun after it ('20 or more people')."""
    for figure in figures:
        if figure.qualifier != "exact" or figure.kind in ("date", "ordinal") or not (bound := _BOUND_AFTER.match(text, figure.end)):
            continue
        figure.qualifier = "at_least" if bound.group("least") or bound.group("life") else "at_most" if bound.group("most") else "approx"
        if bound.group("life") and figure.unit != "year":
            figure.qualifier = "exact"  # ("to life" bounds a term of years only)
        if figure.kind == "count" and not figure.unit and (plural := _plural_after(text, bound.end())) is not None:
            figure.unit, figure.end = singular(plural[0]), plural[1]


_THOUSANDS_TAIL = re.compile(r"(?:,000)+$")
_PASSED_BEFORE = re.compile(r"\b(?:passed|passes|passing|crossed|crosses)\s+(?:within\s+|just\s+)?$", re.I)
_PLACE_AFTER = re.compile(r"\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?|off|from|away|offshore|inland)\b", re.I)


def _passed_at_a_distance(text: str, figures: list[Mention]) -> None:
    """'The storm passed 30 miles south of Miami': the distance it went by at, not more than 30 miles ('the toll
    passed 1,000' stays a bound)."""
    for figure in figures:
        if (figure.qualifier == "lower_bound" and figure.kind == "quantity" and _PLACE_AFTER.match(text, figure.end)
                and _PASSED_BEFORE.search(text, max(0, figure.start - 30), figure.start)):
            figure.qualifier = "exact"


_MARKER_AFTER = re.compile(r"\)\s|\.\s|/\s|\s[-–—]\s")
# a ranking's line: "10 Kylian Mbappe: £5.34m cost per goal", "3 Real Madrid | 4 titles" (a name of capitalised words
# that runs to a colon, a bar, a dash or the line's end; "300 Ukrainians were" and "2 Manchester United players" go on)
_RANKED_NAME_AFTER = re.compile(r"(?: [A-Z][\w’'.&-]*){2,5}[ \t]*(?::|\||[-–—]\s|$)", re.M)
_COUNTER = re.compile(r"(?P<n>[1-9]\d?)/(?P<of>[1-9]\d?)\)")


def _is_list_marker(text: str, start: int, end: int) -> bool:
    """Whether the number opens a line as a list's numbering: "1) ...", "2. ...", "(3) ...", "4 - ...", "5 Erling
    Haaland: ..."."""
    if end - start > 2 or not text[start:end].isdigit():
        return False
    line_start = text.rfind("\n", max(0, start - 16), start) + 1  # (a bounded look back: a long line costs no more)
    if line_start == 0 and start > 16:
        return False
    return text[line_start:start].strip() in ("", "(") and (
        _MARKER_AFTER.match(text, end) is not None or _RANKED_NAME_AFTER.match(text, end) is not None)


_RANGED = re.compile(r"\b(?:rang(?:e|ed|es|ing)|between|anywhere)(?: from)?\s+\S*$", re.I)
_TO_JOIN = re.compile(r" to | from ")
_TO_BEFORE = re.compile(r"\bto $")


_MONEY_SIGN = re.compile(r"[$€£¥₹]|\b(?:cents?|dollars?|euros?|pence|yen|yuan|rupees?|crore|lakh)\b", re.I)
_TIME_WORD = re.compile(r"(?:second|minute|hour|day|week|month|year|decade|centur)", re.I)
_MORE_BEFORE_UNIT = re.compile(r" (?:more|extra|additional|fewer|less|further) (?=[a-z])")  # ("covered 10 more kilometres")
_BY_JOIN = re.compile(r" ?(?:by|x|×) ?|-by-")
_RELAY_AFTER = re.compile(r"\s*(?:freestyle\s+|medley\s+)?(?:relay|medley)\b", re.I)


def _share_dimension_tails(text: str, figures: list[Mention]) -> None:
    """'measures 10 by 12 feet', '8 by 8 by 21 miles', '3 x 5 metres': bare numbers of a size written side by side
    are lengths in the unit of the last."""
    def sized(j: int) -> bool:  # the bare number before figure j is joined to it by "by" or "x"
        head = figures[j - 1]
        return (head.kind == "count" and not head.unit and head.value_high is None
                and not _TAIL_MULTIPLIER.search(text, head.start, head.end) and _BY_JOIN.fullmatch(text, head.end, figures[j].start)
                is not None)

    for k in range(len(figures) - 1, 0, -1):
        tail = figures[k]
        if (tail.kind != "quantity" or tail.value_high is not None or not sized(k)
                or units.canonical(tail.unit).dimension != "[length]" or _RELAY_AFTER.match(text, tail.end)):
            continue  # ("the 4 x 100 metres relay": four legs of 100 metres)
        j = k
        while j > 0 and sized(j):
            figures[j - 1].kind, figures[j - 1].unit = tail.kind, tail.unit
            j -= 1


def _share_pair_tails(text: str, figures: list[Mention]) -> None:
    """'fell from 55 to 45 percent', 'from 12 to 9 million tonnes', 'cut to 3 from 4 per cent': a bare
    number before 'to' and a figure that is no range with it (a fall, a tally) shares that figure's unit, and
    its multiplier when the two stay within a factor of ten ('rose from 500 to 2 million users': 500)."""
    for bare, tail in itertools.pairwise(figures):
        if (bare.kind != "count" or bare.unit or bare.value is None or bare.value_high is not None
                or tail.value is None or tail.value_high is not None or tail.kind in ("date", "ordinal")
                or not (join := _TO_JOIN.fullmatch(text, bare.end, tail.start))):
            continue
        if join.group() == " from " and not _TO_BEFORE.search(text, max(0, bare.start - 4), bare.start):
            continue  # "cut to 3 from 4 per cent" is the pair; "took 3 from 4 percent" is not told
        multiplier = _TAIL_MULTIPLIER.search(text, tail.start, tail.end)
        if tail.kind in ("money", "count") and multiplier is None:
            continue  # "from 3 to $4", "218 to 212": whether the first is dollars, or counts the same, is not written
        if _TAIL_MULTIPLIER.search(text, bare.start, bare.end):
            if multiplier is None and tail.kind != "quantity":
                continue  # ("from 3 million to 45%": no pair)
            bare.kind, bare.unit = tail.kind, tail.unit  # "fell from 12 million to 10 million tonnes": its own multiplier
            continue
        scale = MULTIPLIERS[multiplier.group("word").lower()] if multiplier else Decimal(1)
        if scale != 1 and not (tail.value / 10 <= bare.value * scale <= tail.value * 10):
            scale = Decimal(1)
        bare.kind, bare.unit = tail.kind, tail.unit
        bare.value *= scale
        bare.precision = (bare.precision or Decimal(1)) * scale


def _share_base_heads(text: str, figures: list[Mention]) -> None:
    """'2,500 employees at the end of 2023, up from 1,900', '2.1 million customers, down from 2.4', '11 cases in the
    vaccine group versus 185', '50 seats out of 75': a bare number the figure before it is compared with (", up from",
    ", down from", ", compared with", "versus", "out of") counts what that figure counts, in its multiplier when the two
    stay within a factor of ten; so does its change ("121 seats, down 251"), when the figure has no multiplier. When that
    figure counts where the one before it is spread ("1,500 people in 12 countries, up from 900") and the base cannot be
    its, the base is the one before's."""
    for k in range(1, len(figures)):
        j = k - 1
        while j > 0 and figures[j].kind == "ordinal":
            j -= 1  # ("1.5 million visitors in its first year, up from 1.1 million": the rank is no figure compared)
        bare, head = figures[k], figures[j]
        if j >= 1 and head.kind == "percent" and figures[j - 1].kind not in ("percent", "ordinal") and figures[j - 1].unit \
                and text.startswith(",", head.end) \
                and _SHARE_BESIDE.fullmatch(text, figures[j - 1].end, head.start):
            # "1,204,388 votes, or 51.2%, to her challenger's 1,098,771": the share set beside the count is no level
            # compared, the count is
            _share_base_head(text, figures[j - 1], bare)
            continue
        if not _share_base_head(text, head, bare) and j >= 1 and head.kind == "count" \
                and _SPREAD_OVER.fullmatch(text, figures[j - 1].end, head.start):
            _share_base_head(text, figures[j - 1], bare)


_SHARE_BESIDE = re.compile(r",\s+or\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?")  # (", or 51.2%,")
# "1,500 people in 12 countries", "800 workers across 40 sites": a count of where the figure before it is spread
_SPREAD_OVER = re.compile(r"\s+(?:in|across|at)\s+(?:(?:about|around|some|nearly|more\s+than|over)\s+)?")


def _share_base_head(text: str, head: Mention, bare: Mention) -> bool:
    """`_share_base_heads` for one figure and the bare number after it: whether the number now counts what it does."""
    if (bare.kind != "count" or bare.unit or bare.value is None or bare.value_high is not None
            or head.kind not in ("count", "quantity", "percent", "duration", "money") or not head.unit or head.value is None
            or head.value_high is not None or not (join := _BASE_JOIN.search(text, max(head.end, bare.start - 48), bare.start))
            or _SENTENCE_STOP.search(text, head.end, bare.start)):
        return False
    if join.group("from") and not _MOVED_TO.search(text, max(0, head.start - 50), head.start):
        return False  # ("150 delegates from 20": where they come from is no level before)
    multiplier = _TAIL_MULTIPLIER.search(text, head.start, head.end)
    if join.group("change"):  # "121 seats, down 251": the change counts seats too (a change may exceed its level)
        if not multiplier and head.kind != "percent":  # ("2.1 million customers, down 300,000": of which
            # multiplier is not written; "45% of sales, up 3": points or percent, not written)
            bare.kind, bare.unit = head.kind, head.unit
            return True
        return False
    if join.group("own") and not (multiplier and _TAIL_MULTIPLIER.search(text, bare.start, bare.end)):
        return False  # ("5 million euros plus 2": two of what, or two million, is not written)
    if not multiplier and _TAIL_MULTIPLIER.search(text, bare.start, bare.end):
        return False  # "74.2 million votes, or 47.3%, compared with 77.3 million": the millions are no share of 47.3%
    scale = _scale_of_base(text, head, bare)
    if scale != 1 and not head.value / 10 <= bare.value * scale <= head.value * 10 and head.value / 10 <= bare.value <= head.value * 10:
        scale = Decimal(1)  # "rose to 1.2 million units from 900,000": a base written in full takes no multiplier
    base = bare.value * scale
    direction = join.group("dir")
    if (scale != 1 and not head.value / 10 <= base <= head.value * 10) or (direction == "up" and base >= head.value) or (
            direction == "down" and base <= head.value):
        return False  # "3 million users, up from 12 at launch": twelve users, or twelve million, is not written
    _counts_as(bare, head, scale)
    return True


def _scale_of_base(text: str, head: Mention, bare: Mention) -> Decimal:
    """The multiplier a bare base takes from the figure it is the base of: the figure's, unless the base writes its own."""
    multiplier = _TAIL_MULTIPLIER.search(text, head.start, head.end)
    return MULTIPLIERS[multiplier.group("word").lower()] if multiplier and not _TAIL_MULTIPLIER.search(
        text, bare.start, bare.end) else Decimal(1)


def _counts_as(bare: Mention, head: Mention, scale: Decimal) -> None:
    """Make the bare number `bare` count (measure) what `head` does, in `scale` (its multiplier)."""
    bare.kind, bare.unit = head.kind, head.unit
    bare.value = None if bare.value is None else bare.value * scale
    bare.precision = (bare.precision or Decimal(1)) * scale


# "at least 3,419 killed in Turkey and 1,602 in Syria": the second of two figures set side by side by place
_PLACE_THEN_AND = re.compile(r"(?:\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been))?(?:\s+(?:[a-z]+ed|lost|hurt))?"
                             r"\s+in\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},?\s+and\s+"
                             r"(?:another\s+)?(?:(?:about|around|nearly|some|at\s+least|more\s+than)\s+)?")
# a count of a plural noun in a place, then "and": what a spelled number after it in another place counts
_PLACE_COUNT_BEFORE = re.compile(r"(?:\d[\d,]*|\b(?i:" + SMALL_WORDS + r"))\s+(?:[a-z-]+\s+)?(?:[a-z]+s|people)"
                                 + _PLACE_THEN_AND.pattern + r"$")
_IN_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")
# two groups of one noun side by side: "8 cases in the vaccine group and 162 in the placebo group", "5 deaths in the
# northern region and 3 in the southern region"
_IN_GROUP_THEN_AND = re.compile(r"\s+(?:in|among)\s+the\s+(?:[a-z-]+\s+){1,2}(?P<noun>[a-z]+),?\s+and\s+"
                                r"(?:(?:about|around|nearly|some|at\s+least|more\s+than)\s+)?")
_IN_GROUP_AFTER = re.compile(r"\s+(?:in|among)\s+the\s+(?:[a-z-]+\s+){1,2}(?P<noun>[a-z]+)\b")


def _counts_set_beside(text: str, figures: list[Mention]) -> None:
    """'3,419 killed in Turkey and 1,602 in Syria', '12 cases in Ohio and 4 in Texas' (a bare number after "and" set
    beside a count of another place, or of another group of one noun: '8 cases in the vaccine group and 162 in the
    placebo group'); 'Two men were arrested and three others remain at large' (a bare "N others" in
    the count's sentence): the bare number counts what the count before it counts."""
    for head, bare in itertools.pairwise(figures):
        if bare.kind != "count" or bare.value is None or head.kind != "count" or not head.unit or head.value_high is not None:
            continue
        if bare.unit:
            if (bare.unit == "person" != head.unit and bare.value_high is None and head.value > bare.value
                    and _OF_THE_WHOLE.fullmatch(text, head.end, bare.start)
                    and _OF_THE_BEFORE.search(text, max(0, head.start - 12), head.start)):
                bare.unit = head.unit  # "Of the 152 long-finned pilot whales that came ashore, 36 died": whales, not the
                # people a verb of dying counts when nothing else is said
            continue
        beside_a_place = (bare.value_high is None and _PLACE_THEN_AND.fullmatch(text, head.end, bare.start) is not None
                          and _IN_PLACE_AFTER.match(text, bare.end) is not None) or (
            bare.value_high is None and (first := _IN_GROUP_THEN_AND.fullmatch(text, head.end, bare.start)) is not None
            and (second := _IN_GROUP_AFTER.match(text, bare.end)) is not None
            and first.group("noun").lower() == second.group("noun").lower())
        if beside_a_place or (_OTHERS_AFTER.match(text, bare.end) and not _SENTENCE_STOP.search(text, head.end, bare.start)):
            bare.unit = head.unit
        elif (bare.value_high is None and _PUT_THE_NUMBER_AT.search(text, max(head.end, bare.start - 60), bare.start)
              and len(_SENTENCE_STOP.findall(text, head.end, bare.start)) <= 1):
            bare.unit = head.unit  # "about 3,000 people had joined the march, though organisers put the number at
            # 10,000": another's count of the same
        elif (bare.value_high is None and _COMMA_ABOUT.fullmatch(text, head.end, bare.start)
              and _FEWER_THAN_AFTER.match(text, bare.end)):
            bare.unit = head.unit  # "projected at 5,830 pupils, about 120 fewer than last year": the difference counts pupils
        elif (bare.value_high is None and head.value > bare.value and _OF_THE_WHOLE.fullmatch(text, head.end, bare.start)
              and _OF_THE_BEFORE.search(text, max(0, head.start - 12), head.start)):
            bare.unit = head.unit  # "Of the 300 passengers, 120 were Canadian": a part of the whole before it
        elif (bare.value_high is None and _WHILE_NAME_HAS.fullmatch(text, head.end, bare.start)
              and _ITEM_END.match(text, bare.end) and not _SENTENCE_STOP.search(text, head.end, bare.start)):
            bare.unit = head.unit  # "bringing his total to 267 Electoral College votes, while Harris stands at 224"
        elif (bare.value_high is None and (verbs := _PARTICIPLE_THEN_AND.fullmatch(text, head.end, bare.start))
              and (second := _PARTICIPLE_ALONE.match(text, bare.end)) and _participle(verbs.group("first"))
              and _participle(second.group(1))):
            bare.unit = head.unit  # "3,000 homes were destroyed and 20,000 damaged": the second counts homes too


def _adjectives_sharing_a_noun(text: str, figures: list[Mention]) -> None:
    """'190 Chinese and 170 Russian companies', '40 domestic and 25 foreign airlines': a bare number and a word that
    describes, then "and" and a count of a noun the same kind of word describes: the bare number counts that noun too."""
    for bare, head in itertools.pairwise(figures):
        if (bare.kind == "count" and not bare.unit and bare.value is not None and bare.value_high is None
                and head.kind == "count" and head.unit and head.value_high is None
                and (said := _DESCRIBED_THEN_AND.fullmatch(text, bare.end, head.start)) is not None
                and (its := _DESCRIBED_COUNT.match(text, head.start, head.end)) is not None
                and said.group(1)[:1].isupper() == its.group(1)[:1].isupper()):
            bare.unit = head.unit


# " Chinese and ", " domestic and ": a word that describes, after a bare number and before another figure
_DESCRIBED_THEN_AND = re.compile(r"\s+([A-Za-z][a-z-]{2,})\s+(?:and|or)\s+")
# "170 Russian companies": a count whose noun a word describes
_DESCRIBED_COUNT = re.compile(r"[\d,.]+\s+([A-Za-z][a-z-]{2,})\s+[a-z]")


_OTHERS_AFTER = re.compile(r"\s+others\b")
_PUT_THE_NUMBER_AT = re.compile(r"\b(?:put|puts|putting|estimated|estimates|placed|places)\s+(?:the|that|their|its|this)\s+"
                                r"(?:number|figure|total|count|tally|crowd|turnout)\s+(?:at|as\s+high\s+as|as\s+low\s+as|closer\s+to)\s+"
                                r"(?:(?:about|around|some|nearly|roughly|almost|more\s+than|over|up\s+to)\s+)?$")
# (past a short phrase of where the count is: "7.4 million people on waiting lists, about 300,000 fewer than")
_COMMA_ABOUT = re.compile(r"(?:\s+(?:on|in|at)\s+(?:[a-z]+\s+){0,2}[a-z]+)?,\s+"
                          r"(?:(?:about|around|some|nearly|roughly|almost|just|only)\s+)?")
_FEWER_THAN_AFTER = re.compile(r"\s+(?:fewer|more|less)\s+than\b")
# ", while Harris stands at ", " while Harris ": the name a bare number is told of, set against a count before it
_WHILE_NAME_HAS = re.compile(r"\s*,?\s+(?:" + CONTRAST + r")\s+" + GAPPED_NAME
                             + r"\s+(?:(?:has|had|have|stands\s+at|stood\s+at|is\s+at|was\s+at|got|won|took|secured|with)\s+)?")
_OF_THE_BEFORE = re.compile(r"(?:^|[.!?\n]\s*|\s)(?:(?i:of)\s+(?:the|its|their|those|these)|(?i:out\s+of)(?:\s+(?:the|its|their))?)\s+$"
                            r"|(?:^|[.!?\n]\s*)Of\s+$")  # ("Of 585 registered trials, 171 remained unpublished")
_OF_THE_WHOLE = re.compile(r"(?:\s+[a-z]+){0,6}?\s*,\s+(?:(?:about|some|nearly|almost|only|just|at\s+least|more\s+than)\s+)?")
_PARTICIPLE_THEN_AND = re.compile(r"\s+(?:were|was|have\s+been|had\s+been|are|got)\s+(?P<first>[a-z]+)\s+and\s+")
_PARTICIPLE_ALONE = re.compile(r"\s+([a-z]+)(?=\s*(?:[,.;:]|$))")


def _participle(word: str) -> bool:
    """Whether `word` is a past participle ("destroyed", "hurt", "killed", "taken")."""
    return word in IRREGULAR_PAST or word in _PARTICIPLES or (word.endswith("ed") and can_be_verb(word))


_PARTICIPLES = frozenset("hurt shot cut hit taken stolen beaten broken given seen built burnt spent".split())


# (a period phrase may come between: "386,810 vehicles in the first three months of the year, down 8.5% from 422,875")
_CHANGE_AFTER_LEVEL = re.compile(r"[^.;!?]{0,60}?,\s(?P<dir>up|down|rising|falling)\s(?:by\s)?")
_FROM_BASE = re.compile(r"\sfrom\s(?:about\s|around\s|nearly\s|roughly\s|some\s)?")


def _share_base_after_change(text: str, figures: list[Mention]) -> None:
    """'1,204 patients last year, up 8% from 1,115': the bare number after a change in percent and "from" is the
    level before, of what the level before the change counts, in its multiplier when the two stay within a factor of
    ten and lie as the change says."""
    for level, change, bare in zip(figures, figures[1:], figures[2:], strict=False):
        if (bare.kind != "count" or bare.unit or bare.value is None or bare.value_high is not None
                or change.kind != "percent" or level.kind not in ("count", "quantity", "duration") or not level.unit
                or level.value is None or level.value_high is not None
                or not (moved := _CHANGE_AFTER_LEVEL.fullmatch(text, level.end, change.start))
                or not _FROM_BASE.fullmatch(text, change.end, bare.start)):
            continue
        scale = _scale_of_base(text, level, bare)
        base = bare.value * scale
        up = moved.group("dir") in ("up", "rising")
        if not level.value / 10 <= base <= level.value * 10 or (up and base >= level.value) or (not up and base <= level.value):
            continue  # ("3 million users, up 5% from 12 at launch": not written of what)
        _counts_as(bare, level, scale)


# "fell 2.1 mln barrels to 329.4 mln", "to a record 40,500": the level after a change and "to"
# ("plunged by 900,000 barrels a day last month to an average of 27.79 million": a time of the change between, a level
# reached on average or about)
_TO_LEVEL = re.compile(r"(?:\s+(?:last|this)\s+(?:week|month|quarter|year))?\s+to\s+(?:an?\s+(?:record|average|total"
                       r"|(?:new|fresh|[\w-]+-(?:year|month|week))\s+(?:high|low|peak))\s+(?:of\s+)?)?"
                       r"(?:about\s|around\s|nearly\s|roughly\s|some\s)?")
_CENTS = re.compile(r"\b(?:cents?|cts|pence|p)\b|\d[p¢]|¢", re.I)


# "400.3 million euros (Q1/2002: 391.1 million)", "27.1 million euros (-3.1 million)": an opening bracket, a period's label
_PRIOR_OPEN = re.compile(r"\s?\((?:[A-Za-z][\w/ .-]{0,14}:\s?)?")


def _share_bracketed_prior(text: str, figures: list[Mention]) -> None:
    """'Turnover 400.3 million euros (391.1 million)', 'Earnings per share -0.12 euros (-0.05)': a bare number alone in
    brackets right after an amount or measure is the same measure of another period, in its unit; its multiplier is
    written on both or neither, and the two lie within a factor of ten."""
    for head, bare in itertools.pairwise(figures):
        if (bare.kind != "count" or bare.unit or bare.value is None or bare.value_high is not None
                or head.kind not in ("money", "quantity") or not head.unit or head.value is None or head.value_high is not None
                or not _PRIOR_OPEN.fullmatch(text, head.end, bare.start) or text[bare.end : bare.end + 1] != ")"):
            continue
        if bool(_TAIL_MULTIPLIER.search(text, head.start, head.end)) != bool(_TAIL_MULTIPLIER.search(text, bare.start, bare.end)):
            continue  # ("400.3 million euros (391.1)": of which multiplier is not told)
        low, high = sorted((abs(head.value), abs(bare.value)))
        if low == 0 or high > 10 * low:
            continue
        _counts_as(bare, head, Decimal(1))


# "106.41 million tonnes (MT)": the letters an article then writes a measure's words with
_DEFINED_AFTER = re.compile(r"\s?\((?P<abbr>[A-Za-z]{2,5})\)")
_ABBREVIATION_AFTER = re.compile(r" (?P<abbr>[A-Za-z]{2,5})\b")
_LETTERS = re.compile(r"[A-Za-z]+")


def _share_defined_abbreviations(text: str, figures: list[Mention]) -> None:
    """'wheat output of 106.41 million tonnes (MT) ... the earlier estimate of 111.32 MT': letters an article defines
    after a measure, the initials of its words, are that measure where they follow a bare number later on (in Indian
    farm news "MT" is million tonnes, no metric ton)."""
    if ")" not in text:
        return
    defined: dict[str, tuple[Mention, Decimal]] = {}
    for head in figures:
        if head.kind != "quantity" or not head.unit or head.value is None or head.value_high is not None or (
                m := _DEFINED_AFTER.match(text, head.end)) is None:
            continue
        initials = "".join(word[0] for word in _LETTERS.findall(text, head.start, head.end)).lower()
        if m.group("abbr").lower() == initials and m.group("abbr") not in defined:
            multiplier = _TAIL_MULTIPLIER.search(text, head.start, head.end)
            defined[m.group("abbr")] = (head, MULTIPLIERS[multiplier.group("word").lower()] if multiplier else Decimal(1))
    if not defined:
        return
    for bare in figures:
        if (bare.kind != "count" or bare.unit or bare.value is None or (m := _ABBREVIATION_AFTER.match(text, bare.end)) is None
                or m.group("abbr") not in defined or bare.start <= defined[m.group("abbr")][0].end):
            continue
        head, scale = defined[m.group("abbr")]
        if bare.value_high is not None:
            bare.value_high *= scale
        _counts_as(bare, head, scale)
        bare.end = m.end()


def _share_level_after_change(text: str, figures: list[Mention]) -> None:
    """'U.S. crude stocks fell 2.1 mln barrels to 329.4 mln', 'Brent fell $2 to $45' written 'fell $2 to 45': a bare number
    right after a change and "to" is the level the change reached, of what the change counts; a multiplier written on
    the change must be written on the level too ("fell 2.1 million barrels to 329" is not told of which), and a change in
    cents leaves the level bare ("fell 50 cents to 12": cents or dollars)."""
    for change, bare in itertools.pairwise(figures):
        if (bare.kind != "count" or bare.unit or bare.value is None or bare.value_high is not None or not change.change
                or change.kind not in ("count", "quantity", "money") or not change.unit or change.value is None
                or change.value_high is not None or not _TO_LEVEL.fullmatch(text, change.end, bare.start)
                or (change.kind == "money" and _CENTS.search(text, change.start, change.end))):
            continue
        if _TAIL_MULTIPLIER.search(text, change.start, change.end) and not _TAIL_MULTIPLIER.search(text, bare.start, bare.end):
            continue
        _counts_as(bare, change, Decimal(1))


_BASE_JOIN = re.compile(r"(?:,\s(?P<dir>up|down)\sfrom|,?\scompared\s(?:with|to)|\s(?:versus|vs\.?)"
                        r"|\sto\s(?:the\s)?(?:[A-Z][\w.-]*\s){0,4}[A-Z][\w.-]*(?:['’]s|s['’])"  # ("312 votes to Harris's 226")
                        r"|\sto\s(?:his|her|their|its|the)\s(?:[a-z]+\s)?[a-z]+(?:['’]s|s['’])"  # ("to her challenger's")
                        r"|(?P<change>,\s(?:up|down|losing|gaining|adding|shedding))|(?P<from>\sfrom)"
                        # ("65 million euros plus 10 million in add-ons", "added 9 million subscribers in the quarter to
                        # reach 301.6 million": a part added, a level reached, each with its own multiplier)
                        r"|(?P<own>\splus|\sto\s(?:reach|total|hit))"
                        r"|\sout\sof(?:\sthe|\sa\stotal\sof)?)\s"  # ("50 seats out of 75": the whole, of the same seats)
                        r"(?:about\s|around\s|nearly\s|roughly\s|some\s|an?\s(?:(?:upwardly|downwardly)\s)?revised\s"
                        # ("narrowed to 12.3 billion dollars from a record 15.5 billion", "from a peak of 2.4 million")
                        r"|an?\s(?:record\s|(?:[\w-]+\s)?(?:peak|high|low)\sof\s)|(?:the|a)\sprevious\s|an\searlier\s)?$")
# "slumped to 121 seats from 365": the number after "from" is the level before the move
# (or a verb of revision and its object: "cut its forecast to 21 million units from 25 million")
_MOVED_TO = re.compile(r"\b(?:rose|fell|dropped|slumped|plunged|climbed|jumped|reduced|cut|increased|decreased|grew|shrank|sank"
                       r"|narrowed|widened|slid|dipped|eased|rebounded|recovered|advanced|retreated|swelled|ballooned"
                       r"|leapt|leaped|shot\s+up|improved|expanded|contracted"
                       r"|slipped|edged|soared|tumbled|surged|declined|was\s+reduced|were\s+reduced"
                       r"|(?:cut|lowered|raised|lifted|revised|trimmed|slashed|boosted|reduced|increased)(?:\s+(?!to\b)[\w’'-]+){1,4})"
                       r"\s+to\s+$", re.I)
_LIST_JOIN = re.compile(r",? (?:and|or) |, ")
_RESPECTIVELY_AFTER = re.compile(r"(?:\s\w+){0,3},?\s+respectively\b", re.I)
_TAIL_MULTIPLIER = re.compile(r"[\d.,]\s?-?(?P<word>" + MULTIPLIER_WORDS + r")\b")


def _share_list_tails(text: str, figures: list[Mention]) -> None:
    """'5, 10 and 15 percent', '2 and 3 million jobs', '$2, $3 and $5 billion': bare numbers listed before
    a figure with a unit or multiplier share that unit and multiplier (each keeps its own qualifier and change)."""

    def joined(a: Mention, b: Mention) -> bool:
        return _LIST_JOIN.fullmatch(text, a.end, b.start) is not None

    i = 0
    doubtful: set[int] = set()
    while i < len(figures):
        if not _bare(text, figures[i], figures[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(figures) and joined(figures[j], figures[j + 1]) and _bare(text, figures[j + 1], figures[i]):
            j += 1
        if j + 1 == len(figures) or not joined(figures[j], figures[j + 1]):
            i = j + 1
            continue
        tail = figures[j + 1]
        multiplier = _TAIL_MULTIPLIER.search(text, tail.start, tail.end)
        typed = tail.value_high is None and tail.kind not in ("date", "ordinal") and (
            tail.kind != "count" or bool(tail.unit) or multiplier is not None)
        # a list: "A, B and C" or "A and C", not "Of 100, 40 percent said yes", nor "by almost 14,000, or 1.8
        # percent" (two figures parted by ", or": the second restates the first), nor "customers, down 300,000, and 45%
        # of sales" (two parted by ", and": the second opens a clause of its own)
        between = text[figures[j].end : tail.start]
        listed = "," not in between.replace(", and", "").replace(", or", "") and not (
            i == j and between.startswith((", or", ", and")))
        # "40 and ¥1 billion", "between 5 and $10": a sign written on the last figure alone is no sign of the others
        signed_alone = tail.kind == "money" and not text[tail.start].isdigit() and any(f.kind == "count" for f in figures[i : j + 1])
        if typed and listed and not signed_alone and all(_bare(text, f, tail) for f in figures[i : j + 1]) \
                and not (tail.kind == "count" and _named_by_noun_before(text, figures[i].start)):
            scale = MULTIPLIERS[multiplier.group("word").lower()] if multiplier else Decimal(1)
            if scale != 1 and tail.kind == "money" and _RESPECTIVELY_AFTER.match(text, tail.end):
                # "expectations of $5.65 and $24.69 billion, respectively": two measures (a share's earnings and revenue);
                # whether the first is billions too is not written, so it is left out
                doubtful.update(id(f) for f in figures[i : j + 1])
                i = j + 2
                continue
            for bare in figures[i : j + 1]:
                bare.kind, bare.unit = tail.kind, tail.unit
                if bare.value is not None and scale != 1:
                    bare.value *= scale
                    bare.precision = (bare.precision or Decimal(1)) * scale
        i = j + 2
    if doubtful:
        figures[:] = [f for f in figures if id(f) not in doubtful]
    for head, tail in itertools.pairwise(figures):
        if (head.kind == "count" and not head.unit and head.value_high is None and tail.unit and tail.value_high is None
                and tail.kind in ("quantity", "money", "count") and joined(head, tail)
                and (own := _TAIL_MULTIPLIER.search(text, head.start, head.end)) is not None
                and (theirs := _TAIL_MULTIPLIER.search(text, tail.start, tail.end)) is not None
                and own.group("word").lower() == theirs.group("word").lower()):
            head.kind, head.unit = tail.kind, tail.unit  # "bought 2.1 million and 1.8 million bpd": each in its own millions


# "a crew of 21 and 3,000 passengers", "A crowd of 84,512 and 300 police": the noun before "of" names what the first counts
_NOUN_OF_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\s+of\s+"
                             r"(?:(?:about|around|some|nearly|almost|roughly|just|more\s+than|over)\s+)?$")
_NOT_NAMING = frozenset("total average sum maximum minimum range mix combination ratio score tally number".split())


def _named_by_noun_before(text: str, start: int) -> bool:
    """Whether a singular noun and "of" just before `start` name what the figure there counts ("a crew of 21")."""
    m = _NOUN_OF_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and (noun := m.group("noun")) not in _NOT_NAMING and not is_plural_noun(noun) and can_be_noun(noun)


def _bare(text: str, figure: Mention, tail: Mention) -> bool:
    """A number of a list that its last figure completes: a count of nothing, or an amount of the tail's
    currency, with no multiplier of its own."""
    if figure.value_high is not None or _TAIL_MULTIPLIER.search(text, figure.start, figure.end):
        return False
    return (figure.kind == "count" and not figure.unit) or (figure.kind == tail.kind == "money" and figure.unit == tail.unit)


_CENT_CURRENCIES = frozenset({"USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD"})
_CENTS = re.compile(r"(?:[\s-](?i:cents?|cts)|\dc)$")
_GLUED_PENCE = re.compile(r"p(?![\w'’°-])")
_VIDEO_LINES = frozenset((144, 240, 360, 480, 576, 720))  # "720p": a video's lines, not pence
_BRITISH = re.compile(r"£|\b(?:pounds?|pence|sterling|Britain|British|UK|U\.K\.|England|English|Scotland|Scottish|Wales|Welsh"
                      r"|London|Ofgem|Ofcom|NHS|Royal Mail)\b")
_PRICED = r"\b(?:costs?|costing|priced at|sells? for|selling for|sold for)\s+(?:just\s+|only\s+)?"
_PRICED_BEFORE = re.compile(_PRICED + "$", re.I)
# "98p a therm", "fell 4p to 98p a therm", "24.5p per kWh": a price of a measure or a unit of time is pence
_PRICED_PER_AFTER = re.compile(r"p(?:\s+to\s+\d[\d.,]*p)?\s+(?:a|an|per)\s+(?:therm|litre|liter|gallon|pint|kilo|kg|kilogram|kWh"
                               r"|kilowatt[- ]hour|unit|mile|minute|day|week|month|year)\b", re.I)
# a price in pence earlier in the sentence: "A litre of petrol costs 145.2p, up 2p in a week" (the 2p is pence too)
_PRICED_PENCE_BEFORE = re.compile(_PRICED + r"\d[\d.,]*p(?![\w'’°-])(?:[^.;:!?]|(?<=\d)\.(?=\d))*$", re.I)
_SHARES_MOVED_BEFORE = re.compile(r"\b(?:[Ss]hares?|[Ss]tock)\b(?:[^.;:!?]|(?<=\d)\.(?=\d))*\b(?:rose|fell|jumped|climbed|gained"
                                  r"|slipped|dropped|lost|added|tumbled|slumped|soared|surged|closed|ended|finished|traded|up|down)\b")
_GLUED_CENTS = re.compile(r"c(?![\w'’°-])")  # "BHP rose 91c": cents, as Australian and New Zealand papers write them


def _cents_of_their_currency(text: str, figures: list[Mention]) -> None:
    """'1.45 euros per litre, up 12 cents': cents are a hundredth of the currency the sentence
    has just named (US cents only when none is named)."""
    currency, named_at = "", -1
    for mention in figures:
        if mention.kind != "money":
            continue
        surface = text[mention.start : mention.end]
        only_cents = (_CENTS.search(surface) and "$" not in surface and "dollar" not in surface.lower()
                      and "US" not in surface and "U.S." not in surface)  # ("22.76 US cents" say whose)
        if only_cents and currency and mention.unit == "USD" and not re.search(r"[.!?]\s", text[named_at : mention.start]):
            mention.unit = currency
        elif mention.unit in _CENT_CURRENCIES:
            currency, named_at = mention.unit, mention.end


_COORDINATED = re.compile(r"((?:\s+(?:in|on|for|over|during|from|at|since|through)\s+[A-Za-z0-9 ’'-]{1,40}?"
                          r"|\s+(?:(?:year|month|quarter|week)[- ](?:on|over)[- ](?:year|month|quarter|week)|y/y|m/m|q/q|yr/yr"
                          r"|year/year|(?i:yoy|qoq|mom)|sequentially))?)"  # ("up 25% sequentially and 66% yr/yr")
                          r"\s*,?\s+and\s+(?:by\s+)?(?:(?:almost|nearly|about|around|roughly|some|more\s+than|over|just|close\s+to)\s+)?")
# ("has increased by 154% in 2024 and by almost 3,000% since 2019": a qualifier before the second)
_APPOSITION = re.compile(r"(?:\s+(?:year[- ]on[- ]year|month[- ]on[- ]month|quarter[- ]on[- ]quarter|y/y|m/m|on the (?:year|month|quarter)"
                         r"|from a (?:year|month|quarter) earlier|(?:a|an|per)\s+[a-z]+))?"  # ("up 3 per cent year-on-year, or 5% at
                         # constant currency", "fell $2.14 a barrel, or 2.6 percent")
                         r",?\s+or\s+(?:by\s+)?(?:(?:about|nearly|almost|some|roughly|around|just|over|more than)\s+)?")


class _Occupied:
    """Disjoint spans, as a few sorted runs: spans come in text order within each scan (the dates, the
    fractions, the numbers), so each is appended to a run and an overlap test is one bisection per run.
    (Inserting into one sorted list made a 10 MB article quadratic.)"""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.runs: list[tuple[list[int], list[int]]] = []
        for start, end in sorted(spans):
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        for starts, ends in self.runs:
            i = bisect.bisect_left(starts, end)  # spans before i start before `end`
            if i > 0 and ends[i - 1] > start:
                return True
        return False

    def add(self, start: int, end: int) -> None:
        for starts, ends in reversed(self.runs):
            if not starts or starts[-1] <= start:
                starts.append(start)
                ends.append(end)
                return
        self.runs.append(([start], [end]))


def _is_time_second(text: str, m: re.Match[str]) -> bool:
    """'second' as a unit of time ('a second', 'per second', 'seconds'), not an ordinal."""
    if m.group().lower() != "second":
        return False
    return bool(re.search(r"(?:\ba|\bper|\bone|\d)\s+$", text[max(0, m.start() - 6) : m.start()], re.I))


_CHINA = re.compile(r"\b(?:China|Chinese|Beijing|Shanghai|yuan|renminbi|RMB|CNY)\b")
_JAPAN = re.compile(r"\b(?:Japan|Japanese|Tokyo|Osaka|yen|JPY)\b")


_ROAD_AFTER = re.compile(r"\s(?:road|highway|freeway|motorway|route|interchange|off-ramp|on-ramp)\b", re.I)


_CODES = "|".join(c for c in ISO_CODES if c != "RMB")
def _scaled_code(text: str, start: int, end: int) -> re.Match[str] | None:
    """A currency's code, with M or T before it, right after or before a figure ("120 MEUR", "MSEK 45", "115USD")."""
    if (text[end : end + 2].lstrip()[:1] or "a") in _CODE_FIRSTS and (after := _SCALED_CODE_AFTER.match(text, end)) is not None:
        return after
    window = text[max(0, start - 6) : start]
    return _SCALED_CODE_BEFORE.search(text, max(0, start - 6), start) if "M" in window or "T" in window else None


_CODE_FIRSTS = frozenset("MT" + "".join(c[0] for c in ISO_CODES))  # (a code or its scale's first letter, after a figure)
_CODE_SCALES = {"M": Decimal(10**6), "T": Decimal(1000), "": Decimal(1)}
_SCALED_CODE_AFTER = re.compile(rf"(?:\s?(?P<scale>[MT])|(?P<glued>))(?P<code>{_CODES})(?![\w-])")
_SCALED_CODE_BEFORE = re.compile(rf"(?<![\w-])(?P<scale>[MT])(?P<code>{_CODES})\s$")
_DIGITS_PLUS_DIGITS = re.compile(r"\d{1,2}(?:\+\d{1,2})+(?![\d%.,]?\d)")
_OWN_SIGNS = ("₦", "₱")  # a currency's own sign needs no gate ("₦45.2 billion"); its letter does ("N45.2 billion")


def _gate_open(text: str, mention: Mention) -> bool:
    """Whether 'R8,500', 'Dh5 million', 'SR10 billion' is money: only where the article names the currency's
    country or the currency, and not before a road word ('the R21 highway')."""
    if text[mention.start] in LETTER_PREFIXES and not _SURE_AMOUNT.search(text, mention.start, mention.end):
        return False
    if mention.unit in _OWN_LETTER_CODES and _SCALED_AMOUNT.search(text, mention.start, mention.end) and not places_named(text):
        return True  # "R4.1 billion", "N2.5bn" where no country is named: a letter only one currency writes, before
        # millions, is that money (in a story of Kampala, "N2.5 billion" is not told to be naira)
    return _names_currency_country(text, str(mention.unit)) and not _ROAD_AFTER.match(text, mention.end)


@lru_cache(maxsize=64)  # one search of the whole text per currency, not one per amount ("R0 of 12" 3,000 times)
def _names_currency_country(text: str, code: str) -> bool:
    return _GATE_RE[code].search(text) is not None


_OWN_LETTER_CODES = frozenset({"ZAR", "NGN"})  # (P is the Philippine peso's and Botswana's pula's)
_SCALED_AMOUNT = re.compile(r"\d[\s-]?(?i:mn?|bn|tn|tr|trn|trln|mln|bln|million|billion|trillion)\b")
_SURE_AMOUNT = re.compile(r"\d,\d{3}|\d[\s-]?(?i:[mb]n?|million|billion|trillion|tn|trn|trln|mln|bln|k)\b")


def yen_currency(text: str) -> str:
    """What '¥' means in an article: yuan (CNY) when the article names China (China, Chinese,
    Beijing, yuan, renminbi ...) more often than Japan, else yen (JPY)."""
    return "CNY" if len(_CHINA.findall(text)) > len(_JAPAN.findall(text)) else "JPY"


def _fraction_matches(text: str, lower: str) -> list[re.Match[str]]:
    """`_FRACTION`'s matches, tried only at the word before each denominator and at each "half" (a scan of
    the whole text with the pattern costs more than finding the words)."""
    starts: set[int] = set()
    for stem in _DENOMINATOR_STEMS:
        at = lower.find(stem)
        while at != -1:
            if stem == "half":
                starts.add(at)
            if at >= 2 and lower[at - 1] in " -":
                word = at - 1
                while word > 0 and lower[word - 1].isalpha():
                    word -= 1
                starts.add(word)
            at = lower.find(stem, at + 1)
    return _leftmost_matches(_FRACTION, text, starts)


def _leftmost_matches(pattern: re.Pattern[str], text: str, starts: set[int]) -> list[re.Match[str]]:
    """The matches of `pattern` at `starts`, left to right, none inside an earlier one: what `finditer`
    gives when every match begins at one of `starts`."""
    kept: list[re.Match[str]] = []
    for at in sorted(starts):
        if kept and at < kept[-1].end():
            continue
        m = pattern.match(text, at)
        if m:
            kept.append(m)
    return kept


_AND_BEFORE = re.compile(r"(?:\d|hundred|thousand|million|billion|trillion|dozen)[ -]and[ -]$", re.I)


def _share_before_verb(text: str, start: int, end: int) -> bool:
    """Whether "a third" (between `start` and `end`) is a share that a verb follows: "a third said so", "about a third
    voted" (after a qualifier, any word no noun can be), not "a third term" nor "a third consecutive month"."""
    m = _NOUN.match(text, end)
    if m is None:
        return False
    word = m.group("noun").lower()
    if only_a_verb(word):
        return True
    return not can_be_noun(word) and qualifier_of(words_before(text, start)) != "exact" and word not in _ORDINAL_ADJECTIVES


_AUXILIARIES = frozenset("were are was is have had has will would said say says".split())


def _half_as_subject(text: str, start: int, end: int) -> bool:
    """Whether "half" (between `start` and `end`, no "of" after it) is a share that a verb follows: "Half said they
    would", "nearly half reported skipping meals", "more than half were women" (not "half time", "half asleep")."""
    m = _NOUN.match(text, end)
    if m is None:
        return False
    word = m.group("noun")
    if not word.islower():
        return False
    return word in _AUXILIARIES or only_a_verb(word) or (
        qualifier_of(words_before(text, start)) != "exact" and can_be_verb(word) and not can_be_noun(word)
        and (word.endswith("ed") or not can_describe(word)))  # ("nearly half empty": how full, no share)


_BY_BEFORE = re.compile(r"\bby\s$")


_CARDINAL_WORDS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SENTENCE_END_BEFORE = re.compile(r"[.!?]\s")  # (not ";": "Three victims were taken to hospital; a fourth, aged 19")


def _next_of_a_count(text: str, start: int, den_word: str) -> bool:
    """Whether "a third" at `start` counts on from a number just before in its sentence ("Two soldiers were killed and
    a third wounded", "three of the injured were in critical condition and a fourth was stable"): an ordinal."""
    den = _DENOMINATORS.get(den_word)
    if den is None or den < 3:
        return False
    window = text[max(0, start - 200) : start]
    if ends := list(_SENTENCE_END_BEFORE.finditer(window)):
        window = window[ends[-1].end() :]
    return re.search(rf"(?<![\w.,-])(?i:{_CARDINAL_WORDS[den - 1]}|{den - 1})(?![\w.,%-])", window) is not None


_ORDINAL_ADJECTIVES = frozenset("consecutive straight successive successful major largest biggest highest lowest such".split())


# a figure, its multiplier and unit words, right before "a quarter": "$21.1 billion a quarter", "5 million euros a quarter"
_AMOUNT_BEFORE_PER = re.compile(r"\d(?:[\d.,]*\d)?(?:\s?(?:%|[A-Za-z]+))?(?:\s+[a-z]+)?\s+$")


def _fractions(text: str, lower: str, occupied: _Occupied) -> list[Mention]:
    """'two-fifths', 'a third of', 'three-quarters', 'half of': a share, read as a percentage."""
    out: list[Mention] = []
    for m in _fraction_matches(text, lower):
        end = m.end("den") if m.group("den") else m.end()
        point = _OF_A_POINT.match(text, end) or _OF_A_PERCENT.match(text, end) or (
            _A_PERCENT.match(text, end) if m.group("half") else None)  # ("half a percent": 0.5 percent)
        if m.group("half") and not _HALF_OF_A.match(text, end) and not _half_as_subject(text, m.start(), end) and not (
                _BY_BEFORE.search(text, max(0, m.start() - 4), m.start()) and _FRACTION_END.match(text, end)):
            continue  # ("half time", "half asleep"; "Nearly half reported skipping meals", "fell by half." are shares)
        if m.group("half") and occupied.overlaps(m.start(), end):
            continue  # ("half a century": read as 50 years)
        if _AND_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "a million and a half": the half of a number, not a share
        if (_PERIODS_BEFORE.search(text, max(0, m.start() - 12), m.start()) or (
                _SPAN_BEFORE.search(text, max(0, m.start() - 16), m.start()) and "quarter" in lower[m.start() : end])) \
                and not m.group("of"):
            continue  # "in the first three quarters", "over the past two halves", "more than doubling in just one
            # quarter": periods of a year, no share
        if m.group("half") and _ORDINAL_HALF_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue  # "spent the second half of the 2017/18 campaign on loan": a period, no share
        if m.group("half"):
            share = Decimal(50)
            if (a_unit := _A_UNIT.match(text, end)) and (measure := _unit_word(text, a_unit.end())):
                out.append(_share_of_unit(text, m.start(), Decimal("0.5"), Decimal("0.1"), measure, occupied))
                continue  # "half an hour", "half a mile"
            if (cent := _A_CENT.match(text, end)) is not None and not occupied.overlaps(m.start(), cent.end()):
                # "down just half a cent": half a hundredth of the currency (US cents unless the sentence names another,
                # `_cents_of_their_currency`; "half a penny": of a pound)
                pound = cent.group().lower().endswith("penny")
                out.append(Mention(m.start(), cent.end(), "money", Decimal("0.005"), None, "GBP" if pound else "USD",
                                   Decimal("0.001"), qualifier_of(words_before(text, m.start())),
                                   change=_change(text, m.start(), cent.end())))
                occupied.add(m.start(), cent.end())
                continue
        else:
            num = _SMALL_WORDS[m.group("num").lower()]
            den_word = m.group("den").lower()
            plural = (den_word.endswith("s") and den_word not in ("halves",)) or den_word == "halves"
            hyphened = point is not None and text[end : end + 1] == "-"  # "three-quarter-point": a compound's singular
            if (plural == (num == 1) and not hyphened) or (
                    num == 1 and not point and not m.group("of") and not _FRACTION_END.match(text, m.end())
                    and not _SHARE_COMPARED.match(text, m.end()) and not _share_before_verb(text, m.start(), m.end())):
                continue  # "two third", "a fifth term" (an ordinal) are not shares; "rose by a fifth." is
            if (den_word == "quarter" and not point and not m.group("of")
                    and _AMOUNT_BEFORE_PER.search(text, max(0, m.start() - 40), m.start())):
                continue  # "pays a dividend of $21.1 billion a quarter": each quarter of a year, no share
            if num == 1 and not point and not m.group("of") and _next_of_a_count(text, m.start(), den_word):
                continue  # "Two men were arrested and a third was being sought": the next one counted, no share
            if den_word == "tenths" and not point and not m.group("of"):
                continue  # "the jobless rate dropped two-tenths to 5.2%": tenths of a point, unwritten
            den = _DENOMINATORS[den_word.rstrip("s") if den_word != "halves" else "half"]
            if num >= den and not m.group("of"):
                continue  # "battled for four quarters", "both halves": a game's periods, no whole told as a share
            share = (Decimal(100) * num / den).quantize(Decimal("0.0001"))
            if den_word in _FINE_DENOMINATORS and (
                    (of_one := _OF_A.match(text, end)) is None or _unit_word(text, _skip_space(text, of_one.end())) is None):
                continue  # ("five thousandths of a second" is 0.005 seconds; "two hundredths" alone says of what not)
        if occupied.overlaps(m.start(), end):
            continue
        if (pair := _FRACTION_PAIR_UNIT.match(text, end)) and _unit_word(text, pair.start("unit")) is not None:
            occupied.add(m.start(), end)  # (nor an ordinal)
            continue  # "between a tenth and a quarter inch of rain": shares of an inch, not percentages
        unit, precision = "percent", Decimal(1)
        if point:  # ("a tenth of a percent": 0.1 percent)
            unit = "percentage_point" if "point" in point.group().lower() else "percent"
            share, precision, end = share / 100, Decimal("0.01"), point.end()
        elif of_a := _OF_A.match(text, end):
            occupied.add(m.start(), end)  # nor is "third" an ordinal there
            measure = _unit_word(text, _skip_space(text, of_a.end()))
            if measure is not None:  # "three-quarters of a mile": that share of one unit
                step = Decimal("0.01") if m.group("half") else min(Decimal("0.01"), Decimal(1) / den)  # (thousandths: 0.001)
                out.append(_share_of_unit(text, m.start(), share / 100, step, measure, occupied))
            continue
        qualifier = qualifier_of(words_before(text, m.start()))
        out.append(Mention(m.start(), end, "percent", share, None, unit, precision, qualifier,
                           change=_change(text, m.start(), end)))
        occupied.add(m.start(), end)
    return out


# "nearly a third more than last year's", "a quarter less than": a share compared, as "25% more than"
_SHARE_COMPARED = re.compile(r"\s+(?:more|less|fewer|higher|lower|bigger|larger|smaller|greater|cheaper)\s+than\b", re.I)
_SPAN_BEFORE = re.compile(r"\b(?:in|within|over|during|per|each|every)\s+(?:just\s+|only\s+)?$", re.I)
_ORDINAL_HALF_BEFORE = re.compile(r"\b(?:first|second|latter|last|final|opening|closing)[\s-]+$", re.I)
_PERIODS_BEFORE = re.compile(r"\b(?:first|last|past|next|previous|final|opening|coming|latest|recent)\s+$", re.I)
_MAGNITUDE = re.compile(
    r"(?<![\w-])(?:(?P<tens>(?i:tens|hundreds)) of (?P<scale>thousands|millions|billions)(?![\w-])"
    r"|(?P<bare>(?i:hundreds|thousands|millions|billions)|(?<!\d[,.])(?:100s|1,?000s))(?= of ))"  # ("1,000s of fans": thousands)
)
_MAGNITUDE_POWERS = {"tens": 1, "hundreds": 2, "thousands": 3, "millions": 6, "billions": 9, "100s": 2, "1000s": 3, "1,000s": 3}
_OF_NOUN = re.compile(r" of (?:the |their |its |his |her )?(?P<noun>[a-z][a-z’'-]*[a-z])\b")


def _magnitude_matches(text: str, lower: str) -> list[re.Match[str]]:
    """`_MAGNITUDE`'s matches, tried only where one of its words starts (a scan of the whole text with
    the pattern costs more than finding the words)."""
    starts: set[int] = set()
    for word in ("tens of ", "hundreds of ", "thousands of ", "millions of ", "billions of ", "100s of ", "000s of "):
        at = lower.find(word)
        while at != -1:
            starts.update((at - 1, at - 2) if word == "000s of " else (at,))  # (from the "1" of "1000s" or "1,000s")
            at = lower.find(word, at + 1)
    return _leftmost_matches(_MAGNITUDE, text, starts)  # "tens of millions of": one match, from "tens"


def _magnitudes(text: str, lower: str, occupied: _Occupied) -> list[Mention]:
    """'tens of millions of dollars', 'hundreds of thousands of people', 'thousands of homes': the range
    of numbers of that many digits (10 million to 100 million), of what follows "of"."""
    out: list[Mention] = []
    for m in _magnitude_matches(text, lower):
        if occupied.overlaps(m.start(), m.end()):
            continue
        if m.group("tens"):
            power = _MAGNITUDE_POWERS[m.group("tens").lower()] + _MAGNITUDE_POWERS[m.group("scale")]
        else:
            power = _MAGNITUDE_POWERS[m.group("bare").lower()]
        low, high = Decimal(10) ** power, Decimal(10) ** (power + 1)
        qualifier = "range"
        currency = match_currency_word(text, m.end() + 3)
        if currency:
            end, kind, unit = currency[0], "money", currency[1]
        else:
            noun = _OF_NOUN.match(text, m.end())
            if noun is not None and noun.group("noun").lower() in _MAGNITUDE_POWERS:
                continue  # ("Hundreds of thousands": read whole, never hundreds of a noun "thousand")
            if noun is None and m.group("tens"):
                end, kind, unit = m.end(), "count", ""  # "Hundreds of thousands fled": that many of what the text does not say
            elif noun is None or noun.group("noun") in _NOT_NOUNS or not can_be_noun(noun.group("noun")):
                continue
            elif (one := singular(noun.group("noun").lower())) in _TIME_NOUNS:
                continue  # ("thousands of years": an age told by its order, no figure)
            elif one in _MEASURE_UNITS:
                end, kind, unit = noun.end(), "quantity", _MEASURE_UNITS[one]  # "hundreds of metres", "hundreds of miles
                # away": a measure's range, no count of a noun "metre"
            else:
                end, kind, unit = noun.end(), "count", singular(noun.group("noun"))
        out.append(Mention(m.start(), end, kind, low, high, unit, low, qualifier, change=_change(text, m.start(), end)))
        occupied.add(m.start(), end)
    return out


# durations in words: "a quarter of a century" (25 years), "half a century", "a year and a half", and "a
# decade", "a century", "a fortnight" where a cue says it is a span ("for a decade", "nearly a century",
# "a decade of war"): "a year" alone is left to the rates and dates that say it
_WORD_DURATION = re.compile(
    r"(?<![\w-])(?i:(?P<quarter>(?:a|one) quarter[- ]century|a quarter of a century)|(?P<half>half a century|a half[- ]century)"
    r"|(?:a|an|one) (?P<unit>century|decade|fortnight|year|month|week|day|hour)(?P<and_half>[ -]and[ -]a[ -]half)?"
    r"|(?:a|an|one) (?P<measure>mile|kilomet(?:re|er)|met(?:re|er)|foot|inch|pound|kilo(?:gram)?|tonne|lit(?:re|er)|gallon)"
    r"[ -]and[ -]a[ -]half)(?![\w-])"
)
# "a mile and a half": the measure's unit as a figure written in digits gets it
_MEASURE_UNITS = {"mile": "mile", "kilometre": "kilometer", "kilometer": "kilometer", "metre": "meter", "meter": "meter",
                  "foot": "foot", "inch": "inch", "pound": "pound", "kilo": "kilogram", "kilogram": "kilogram",
                  "tonne": "metric_ton", "litre": "decimeter ** 3", "liter": "decimeter ** 3", "gallon": "gallon"}
_TIME_NOUNS = frozenset("second minute hour day week month year decade century".split())
_SPAN_CUE_BEFORE = frozenset("for over in within nearly almost about around than some roughly after past last spanning lasting took "
                             "take takes spent spend".split())
_SPAN_CUE_AFTER = re.compile(r"(?:['’]s\b|-long\b| of\b| ago\b)")


_ONE_UNIT = re.compile(r"(?<![\w-])(?:[Aa]n?|[Oo]ne)\s+(?P<unit>hour|day|week|year|minute)(?=,?\s+and\s)")


_LARGER_UNIT_BEFORE = re.compile(r"\b(?:hours?|hrs?|days?|weeks?|years?|months?),?\s+(?:and\s+)?$", re.I)


def _one_unit_and_parts(text: str, occupied: _Occupied) -> list[Mention]:
    """'about an hour and 45 minutes', 'a year and six months', 'one day and 12 hours': one duration in the larger
    unit (an hour alone, with no part after it, is no figure)."""
    out: list[Mention] = []
    for m in _ONE_UNIT.finditer(text):
        if occupied.overlaps(m.start(), m.end()) or _LARGER_UNIT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # ("two hours, one minute and 40 seconds": a part of the larger unit's figure)
        unit = m.group("unit")
        mention = _with_smaller_parts(text, Mention(m.start(), m.end(), "duration", Decimal(1), None, unit, Decimal(1),
                                                    qualifier_of(words_before(text, m.start()))))
        if mention.end > m.end() and not occupied.overlaps(m.start(), mention.end):
            out.append(mention)
            occupied.add(m.start(), mention.end)
    return out


def _word_durations(text: str, occupied: _Occupied) -> list[Mention]:
    """Durations written in words (`_WORD_DURATION`), in years, decades, centuries or the unit named."""
    out: list[Mention] = []
    for m in _WORD_DURATION.finditer(text):
        if occupied.overlaps(m.start(), m.end()):
            continue
        preceding = words_before(text, m.start())
        if m.group("measure"):
            out.append(Mention(m.start(), m.end(), "quantity", Decimal("1.5"), None, _MEASURE_UNITS[m.group("measure").lower()],
                               Decimal("0.5"), qualifier_of(preceding)))
            occupied.add(m.start(), m.end())
            continue
        if m.group("quarter") or m.group("half"):
            value, unit = Decimal(25 if m.group("quarter") else 50), "year"
        else:
            unit = m.group("unit").lower()
            if m.group("and_half"):
                value = Decimal("1.5")
            elif unit in ("century", "decade", "fortnight") and (
                    (preceding and preceding[-1] in _SPAN_CUE_BEFORE) or _SPAN_CUE_AFTER.match(text, m.end())):
                if text.startswith(" ago", m.end()):
                    continue  # "a decade ago" is a date
                value = Decimal(1)
            else:
                continue
        qualifier = qualifier_of(preceding)
        if qualifier == "lower_bound" and _over_is_during(preceding):
            qualifier = "exact"
        out.append(Mention(m.start(), m.end(), "duration", value, None, unit, Decimal("0.5") if m.group("and_half") else Decimal(1),
                           qualifier))
        occupied.add(m.start(), m.end())
    return out


# a race's time as a stopwatch shows it: "in 2:00:35" (hours, minutes, seconds), "in 1:52.85" (minutes, seconds and
# hundredths); not a time of day ("at 04:09:12 UTC", "2:51 p.m."), nor minutes and seconds without hundredths ("2:51"
# may be either)
_STOPWATCH = re.compile(r"(?<![\d:.,])(?:(?P<h>\d{1,2}):(?P<hm>[0-5]\d):(?P<hs>[0-5]\d)(?:\.(?P<hf>\d{1,2}))?"
                        r"|(?P<m>\d{1,2}):(?P<ms>[0-5]\d)\.(?P<mf>\d{1,2})"
                        r"|(?P<mm>2[4-9]|[3-5]\d):(?P<mms>[0-5]\d)"  # (no hour of a clock: "halfway in 59:48")
                        # ("a lead of 1:03 minutes", "finished 6:17 behind": minutes and seconds, as the word after says)
                        r"|(?P<gm>\d{1,2}):(?P<gs>[0-5]\d)(?=\s+(?:minutes?|mins?|behind|ahead)\b)"
                        # ("by a margin of 6:17", "a gap of 1:03": a margin between racers, as its noun says)
                        r"|(?P<pm>\d{1,2}):(?P<ps>[0-5]\d))(?![\d:]|[.,]\d)")
_MARGIN_BEFORE = re.compile(r"\b(?:margin|lead|gap|deficit|advantage|cushion)\s+of\s+(?:just\s+|nearly\s+|almost\s+|about\s+)?$", re.I)
_MINUTES_AFTER = re.compile(r"\s+(?:minutes?|mins?)\b")
_AT_CLOCK_BEFORE = re.compile(r"\b(?:at|by|until|till|from|before|after|around|about|since)\s+$", re.I)
# ("Eliud Kipchoge's 2:01:09"; a word between, "a time of astonishing 2:00:35", or a comma, "The previous world record,
# 2:01:09, was ...")
_STOPWATCH_BEFORE = re.compile(r"(?:\b(?:in|of|time|clocked|clocking|ran|run|finished|finishing|timed|record|best|winning|mark)"
                               r"(?:,|\s+(?!(?:at|on|by|until|from|since|around|about)\b)[a-z]+)?|\w['’]s)\s+$", re.I)


def _race_time_alone(text: str, m: re.Match[str], before: list[Mention]) -> bool:
    """Whether hours, minutes and seconds (or minutes, seconds and hundredths) with no word of a race before them are a
    race's time all the same: under ten hours and after no word of a clock ("(2:08:13 and 2:25:29)", "running a
    2:54:48", "just went 1:52.32"), or listed after such a time of the same sentence ("clocked 2:08:13 and the runner-up
    2:09:01"); "at 10:42:13" is a time of day."""
    if not (m.group("h") or m.group("m")) or _AT_CLOCK_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return False
    if m.group("m"):
        return True  # minutes, seconds and hundredths ("went 1:52.32", "Marsh (AUS) 1:52.23"): no clock shows those
    return int(m.group("h")) < 10 or bool(before and m.start() - before[-1].end < 60
                                          and not any(c in text[before[-1].end : m.start()] for c in ".;!?"))


def _stopwatch_times(text: str, occupied: _Occupied) -> list[Mention]:
    """A race's time written as a stopwatch shows it, after "in", "time of", "clocked" ...: a duration in hours
    ("2:00:35": 2.0097 hours, to the second) or minutes ("1:52.85", to the hundredth of a second; "59:48", to the second,
    when its minutes are no hour of a clock)."""
    out: list[Mention] = []
    colon = text.find(":")
    while colon != -1:  # (from colon to colon: a scan of the whole text by the pattern costs more than the rest of it)
        start = colon
        while start > max(0, colon - 2) and text[start - 1].isdigit():
            start -= 1
        m = _STOPWATCH.match(text, start) if start < colon and text[colon + 1 : colon + 3].isdigit() else None
        colon = text.find(":", m.end() if m else colon + 1)
        if m is None or occupied.overlaps(m.start(), m.end()) or _CLOCK.match(text, m.end()) or (
                not m.group("pm") and not (m.group("gm") or _STOPWATCH_BEFORE.search(text, max(0, m.start() - 24), m.start())
                                           or _race_time_alone(text, m, out))) or (
                m.group("pm") and not _MARGIN_BEFORE.search(text, max(0, m.start() - 30), m.start())):
            continue
        end = m.end()
        if m.group("pm"):  # a margin's minutes and seconds
            value, precision, unit = int(m.group("pm")) + Decimal(m.group("ps")) / 60, Decimal(1) / 60, "minute"
        elif m.group("gm"):
            if _AT_CLOCK_BEFORE.search(text, max(0, m.start() - 10), m.start()):
                continue  # "left at 6:17 behind schedule": a time of day
            value, precision, unit = int(m.group("gm")) + Decimal(m.group("gs")) / 60, Decimal(1) / 60, "minute"
            if minutes := _MINUTES_AFTER.match(text, end):
                end = minutes.end()
        elif m.group("h"):
            fraction = m.group("hf") or ""
            seconds = Decimal(m.group("hs") + ("." + fraction if fraction else ""))
            value = int(m.group("h")) + Decimal(m.group("hm")) / 60 + seconds / 3600
            precision, unit = Decimal(1).scaleb(-len(fraction)) / 3600, "hour"
        elif m.group("mm"):
            value, precision, unit = int(m.group("mm")) + Decimal(m.group("mms")) / 60, Decimal(1) / 60, "minute"
        else:
            seconds = Decimal(m.group("ms") + "." + m.group("mf"))
            value, precision, unit = int(m.group("m")) + seconds / 60, Decimal(1).scaleb(-len(m.group("mf"))) / 60, "minute"
        out.append(Mention(m.start(), end, "duration", value, None, unit, precision, qualifier_of(words_before(text, m.start()))))
        occupied.add(m.start(), end)
    return out


_RATIO_WORDS = {w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten".split())}
RATIO_GUARD = starts_with([], ignore_case=["one ", "two ", "three ", "four ", "five ", "six ", "seven ", "eight ", "nine "])
_RATIO = re.compile(
    RATIO_GUARD + r"(?<![\w.,-])(?P<x>(?i:one|two|three|four|five|six|seven|eight|nine)|\d{1,3}) (?:in|out of|of(?= every)) (?:every )?"
    r"(?P<y>(?i:two|three|four|five|six|seven|eight|nine|ten)|\d{1,3}(?:,\d{3})+|\d{1,4})(?![\w%-]|[.,]\d)"
    r"(?! (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches|races?|innings|overs)\b)"
)


def _ratio_matches(text: str) -> list[re.Match[str]]:
    """`_RATIO`'s matches, tried only at the word before each " in " / " out of " (a scan of the whole
    text with the pattern costs more than the rest of the figure scan)."""
    found: list[re.Match[str]] = []
    for middle in (" in ", " out of ", " of every "):
        at = text.find(middle)
        while at != -1:
            start = at
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            if start < at and (m := _RATIO.match(text, start)):
                found.append(m)
            at = text.find(middle, at + 1)
    return sorted(found, key=lambda m: m.start())


# (past what was rated: "rated the film 7 out of 10", "scored it just 4 out of 10")
_SCORED_BEFORE = re.compile(r"\b(?:scored|scores|scoring|rated|rates|rating|graded|a\s+(?:score|rating|grade)\s+of)\s+"
                            r"(?:(?:it|the|a|an|its|his|her|their|this)\s+)?(?:(?!out\b)[a-z]+\s+)?(?:just\s+|only\s+)?$", re.I)


def _ratios(text: str, occupied: _Occupied) -> list[Mention]:
    """'one in four children', '3 out of 10 adults': a share, read as a percentage."""
    out: list[Mention] = []
    for m in _ratio_matches(text):
        x, y = (int(g.replace(",", "")) if g[0].isdigit() else _RATIO_WORDS[g.lower()] for g in (m.group("x"), m.group("y")))
        if not 0 < x < y or occupied.overlaps(m.start(), m.end()):
            continue
        if "out of" in m.group() and (_SCORED_BEFORE.search(text, max(0, m.start() - 30), m.start())
                                      or _INDEX_READ_BEFORE.search(text, max(0, m.start() - 60), m.start())):
            continue  # "the air quality index reached 450 out of 500", "rated it 8 out of 10": a reading on a scale, no share
        if y > 20 and y != 25 and len(str(y).rstrip("0")) > 1:
            continue  # "killed 179 out of 181 people aboard": a part and its whole counted, no share of a round base
        share = (Decimal(100) * x / y).quantize(Decimal("0.0001"))
        qualifier = qualifier_of(words_before(text, m.start()))
        out.append(Mention(m.start(), m.end(), "percent", share, None, "percent", Decimal(1), qualifier,
                           change=_change(text, m.start(), m.end())))
        occupied.add(m.start(), m.end())
    return out


_DECADE_AGE = re.compile(
    r"\bin\s+(?P<age>(?:his|her|their)\s+(?:(?:early|mid|late)[- ]?)?(?:(?P<digit>[1-9])0s|(?P<word>(?i:teens|twenties|thirties|forties"
    r"|fifties|sixties|seventies|eighties|nineties))))\b")
_DECADE_WORDS = {"teens": 13, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                 "eighties": 80, "nineties": 90}


def _decade_ages(text: str, occupied: _Occupied) -> list[Mention]:
    """'a man in his 40s', 'a woman in her late seventies', 'in their teens': an age within that decade (40-49,
    70-79, 13-19); "early", "mid" and "late" narrow nothing (how far is not written)."""
    out: list[Mention] = []
    for m in _DECADE_AGE.finditer(text):
        start = m.start("digit") if m.group("digit") else m.start("word")
        if occupied.overlaps(start, m.end()):
            continue
        low = int(m.group("digit")) * 10 if m.group("digit") else _DECADE_WORDS[m.group("word").lower()]
        high = 19 if low == 13 else low + 9
        out.append(Mention(m.start("age"), m.end(), "age", Decimal(low), Decimal(high), "year", Decimal(1), "range"))
        occupied.add(m.start("age"), m.end())
    return out


def _share_of(text: str, number: Number) -> Mention | None:
    """'2/3 of voters': a share, read as a percentage like 'two-thirds of'."""
    if not text.startswith(" of ", number.end) or text.startswith(" of a", number.end):
        return None
    qualifier = qualifier_of(words_before(text, number.start))
    return Mention(number.start, number.end, "percent", (number.value * 100).quantize(Decimal("0.0001")), None,
                   "percent", Decimal(1), qualifier, change=_change(text, number.start, number.end))


def _base_over_a_change(words: list[str]) -> bool:
    """'a 61% increase over a $946 billion gap': the figure after 'over' is the base the change is told
    against, neither more than it nor a change itself."""
    i = len(words) - 1
    while i >= 0 and words[i] in ("a", "an", "the", "$", "€", "£"):
        i -= 1
    if i < 2 or words[i] != "over":
        return False
    change = words[i - 1]
    return (change in _UP_WORDS or change in _DOWN_WORDS or change in _CHANGE_NOUNS) and (
        words[i - 2] in ("%", "percent", "point", "points") or words[i - 2].isdigit())


_BOUND_COMPARATIVES = frozenset("higher lower greater larger bigger smaller more less fewer".split())
_COMPARATIVE_LEVELS = _BOUND_COMPARATIVES - {"more", "less", "fewer"}  # (of a level: "a higher total of")
# ("a bigger half-point rise": the comparative is the change's, which the noun after tells)
_CHANGE_NOUN_SOON = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:rise|increase|hike|gain|jump|cut|drop|fall|decline|decrease|reduction)s?\b")
_TAKE = frozenset("take takes took taken taking".split())
_GIVE = frozenset("give gives gave given giving".split())
# "back" after these is a fall ("pulled back 5%", "gave back 2%", "fell back 1%") or a rise ("bounced back 4%", "gained back
# about 2.5%")
_BACK_DOWN = _GIVE | frozenset("pull pulls pulled pulling fell falls fall falling slipped slips slid eased eases dropped".split())
_BACK_UP = frozenset("bounce bounces bounced bouncing spring springs sprang sprung springing snap snaps snapped "
                     "snapping roared jumped climbed gained gains gain won wins claw claws clawed clawing".split())
# verbs that "up" after them makes no rise: a share ("make up 40%"), a total ("add up to"), an amount got or put in ("racked
# up $96 million", "rang up", "snapped up 5,000 tickets", "set up a $5 million fund", "put up $2 million", "freeing up $3bn")
_PHRASAL_UP = frozenset(
    "make makes made making take takes took taking taken sum sums summed summing add adds added adding rack racks racked "
    "racking ring rings rang rung ringing chalk chalks chalked chalking snap snaps snapped snapping scoop scoops scooped "
    "scooping set sets setting put puts putting free frees freed freeing use uses used using drum drums drummed drumming "
    "rake rakes raked raking tot tots totted totting pony ponies ponied stump stumps stumped cough coughs coughed "
    "buy buys bought buying gobble gobbled eat eats ate eaten eating soak soaks soaked soaking".split())
# verbs that "down" after them makes no fall: what was done to what the figure counts ("shut down 37,000 computers",
# "tracked down 30 suspects", "brought down two drones"; "closed down 3%" and "ended down 2%" are a market's fall)
_PHRASAL_DOWN = frozenset(
    "shut shuts shutting take takes took taken taking bring brings brought bringing knock knocks knocked knocking shoot shoots "
    "shot shooting tear tears tore torn tearing gun guns gunned gunning mow mows mowed mown mowing track tracks tracked "
    "tracking hunt hunts hunted hunting hand hands handed handing lay lays laid laying pull pulls pulled pulling "
    # ("came crashing down 547 yards from the runway", "touched down 3 miles short": where it came to rest)
    "crash crashes crashed crashing touch touches touched touching splash splashes splashed splashing".split())
# verbs whose object a percentage after it changes by that much ("cutting emissions 43%", "raised prices 8%")
_OBJECT_UP = frozenset("raised raise raises raising boosted boost boosts boosting hiked hike hikes hiking lifted lift lifts "
                       "lifting increased increase increases increasing".split())
_OBJECT_DOWN = frozenset("cut cuts cutting slashed slash slashes slashing reduced reduce reduces reducing lowered lower lowers "
                         "lowering trimmed trim trims trimming".split())
_NOT_OBJECT = frozenset("by to from of in at on for with and or than as is are was were be been has have had that which who "
                        "will would could can may might should must not "
                        # ("a 25bp cut after a 50bps hike": a preposition opens no object of the verb)
                        "after before since until following despite during amid over under against versus".split())
# a count of jobs a verb of creating tells ("created 175,000 jobs", "creating 500 new positions"): a rise in jobs
_CREATED = frozenset("created creates create creating".split())
_JOBS_COUNTED = re.compile(r"[\d.,]+(?:\s+(?:million|thousand))?\s+(?:new\s+|net\s+)?(?:jobs|positions|roles|posts)\b", re.I)
# the noun right after an amount, which the amount describes ("a $5 billion deal")
_OBJECT_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+-)?([a-z]{3,})\b(?!\s+of\b)")  # ("lost a $2 billion chunk of its value" fell)
_SHARE_OR_POINTS = re.compile(r"%|per ?cent|\dpc\b|points?\b|\dpp\b|bps?\b", re.I)


# what a player's line counts: "added nine assists and four steals"
# (not "points": "the index added 3 points" rose)
_GAME_STAT = re.compile(r"\b(?:assists?|rebounds?|steals?|wickets?|saves?|tackles?|touchdowns?|strikeouts?|receptions?|birdies"
                        r"|three-pointers?|goals?)\b")


def _change(text: str, start: int, end: int, noun_after: bool = True) -> str:
    """'up' / 'down' when the figure is a change ('rose 40%', 'a 40% drop'), else ''; a noun of change after
    the figure counts only when `noun_after` (a time is how long a change took: "its biggest one-day gain")."""
    words = words_before(text, start)  # memoised: the classifier has just read them
    if _base_over_a_change(words):
        return ""
    if _LOCATED_AFTER.match(text, end):
        return ""  # "the ship sank 35 miles off the coast": where, not how far something moved
    if _MOVED_INTO.match(text, end):
        return ""  # "threatened to plunge tens of millions of people into darkness": what was moved, no fall of it
    if _FELL_THROUGH.match(text, end) and _LENGTH_GLUED.search(text, start, end):
        return ""  # "a worker fell 8 metres through a fragile roof", "fell 30 feet from a ledge": a body's fall, no fall of a
        # level ("the lake fell 8 metres" is one)
    i = len(words) - 1
    j = i - 2 if i >= 1 and words[i] == "of" and words[i - 1] in ("total", "average", "number", "level", "sum") else i
    if j >= 1 and words[j] in _COMPARATIVE_LEVELS and words[j - 1] in ("a", "an") and not _CHANGE_NOUN_SOON.match(text, end):
        return ""  # "shipped a higher total of 348.2 million handsets", "reached a higher 4.1 million tonnes": a level the
        # comparative describes, no move by the figure
    if (i >= 1 and words[i] in ("a", "an") and (words[i - 1] in _UP_WORDS or words[i - 1] in _DOWN_WORDS)
            and text[start : start + 1] in "$€£¥" and (head := _OBJECT_NOUN_AFTER.match(text, end)) is not None
            and head.group(1) not in _CHANGE_NOUNS and can_be_noun(head.group(1)) and not is_verb_only(head.group(1))):
        return ""  # "cut a $5 billion deal with Apple", "slashed a $2 billion project": the noun the amount describes is
        # what was done, no fall by the amount ("cut a further $5 billion" is one)
    if i >= 2 and words[i] in ("a", "an") and words[i - 1] in ("over", "during", "within", "across", "in", "for") and not noun_after:
        return ""  # "More than 12 inches of rain fell over a 12-hour period": the span of the change, no extent of it
    if not noun_after and _OFFSET_AFTER.match(text, end):
        return ""  # "the index rose 3 hours later": when it rose, no extent of it
    if not noun_after and i >= 0 and words[i] in ("over", "within", "during", "across", "through", "for"):
        return ""  # "a 38% wage increase over four years", "rose for three days": the span of the change, no extent of it
    if i >= 1 and words[i] == "than" and words[i - 1] in _BOUND_COMPARATIVES:
        i -= 2  # "stayed lower than 2%", "waves higher than 20 feet": a bound, no move ("rose more than 5%" rose)
    if i >= 2 and words[i] == "of" and words[i - 1] in ("rate", "pace"):
        j = i - 2  # "rose at a reduced annual rate of 13.6%", "grew at a slower pace of 2.1%": what the rate is like
        while j > i - 5 and j > 0 and words[j].isalpha() and words[j] not in ("a", "an", "the"):  # says no way of it
            j -= 1
        if j >= 1 and words[j] in ("a", "an", "the") and words[j - 1] == "at":
            i = j
        elif words[i - 2] in _RATE_KINDS:
            i -= 3  # "grew at an annual rate (pace) of 3.2%": the rate is the growth's
    if i >= 2 and words[i] == "to" and words[i - 1] == "up" and words[i - 2] in _PHRASAL_UP:
        return ""  # "the cuts add up to 2.2 million barrels per day", "sums up to": a total, no rise
    while i >= 0 and (words[i] in _FILLER or words[i] == "between" or "-than-" in words[i] or (
            i >= 2 and words[i - 1] in ("a", "an") and words[i - 2] == "by" and words[i].isalpha()) or (
            words[i] == "of" and i > 0 and words[i - 1] in ("average", "total")) or words[i] in ("average", "total") or (
            words[i] == "to" and i > 0 and words[i - 1] in ("close", "up")) or (
            words[i] in ("under", "below") and i > 0 and (words[i - 1] == "by" or (
                words[i - 1] in ("just", "slightly") and i > 1 and words[i - 2] == "by"))) or (
            words[i] in ("least", "most") and i > 0 and words[i - 1] == "at") or (
            words[i] == "at" and i > 0 and words[i - 1] not in ("up", "down", "higher", "lower")
            and (words[i - 1] in _UP_WORDS or words[i - 1] in _DOWN_WORDS))):
        # ("increased by under 2 points": the bound after "by" is the extent's;
        # "contracted at an annualised 0.4% pace", "grew at 2.4%"; "trading up at $45.20", "8.5% higher at
        # $42.17" are levels; "lowered its rate by a supersized 50 basis points": a word between "by a" and the figure
        # describes the extent)
        # ("could rise by up to 1.1 metres", "fell by at least 5 percent": "up to" and "at least" bound it)
        i -= 2 if (words[i] == "to" and words[i - 1] == "up") or (words[i] in ("least", "most") and words[i - 1] == "at") else 1
    if i >= 2 and words[i] in _PASSING and words[i - 1] in ("that", "which") and words[i - 2] in _CHANGE_NOUNS:
        return _CHANGE_NOUNS[words[i - 2]]  # "a pay raise that exceeds 43%": the raise's size, past a bound
    if i >= 1 and words[i] == "of":  # "an increase of 5%" ("a storm surge of 10 feet" is the sea's rise, not the figure's)
        found = _CHANGE_NOUNS.get(words[i - 1], "")
        if words[i - 1] in ("loss", "losses") and (_AMOUNT_IN_MILLIONS.search(text, start, end)
                                                   or _MONEY_SIGN.search(text, start, min(len(text), end + 8))):
            return ""  # "a pre-tax loss of £1.1bn", "a loss of $0.57 per share": the amount lost, not a fall by it
        if words[i - 1] in ("loss", "losses") and _LIVES.match(text, start, min(len(text), end + 24)):
            return ""  # "the tragic loss of 27 individuals": deaths, no fall ("a loss of 500 jobs" is one)
        if words[i - 1] in ("fall", "falls") and _DEPTH_UNIT.search(text, start, end):
            return ""  # "isolated falls of up to 150mm": rain or snow fallen, not a fall by 150mm
        if found and not (i >= 2 and words[i - 2] in ("storm", "tidal")):
            return found
    if i >= 1 and words[i] in _WAY_ADVERBS and words[i - 1] in _REVISION_WORDS:
        return _WAY_ADVERBS[words[i]]  # "was revised upward 4,000 to 142,000", "adjusted downward 0.3 point"
    if i >= 1 and words[i].endswith("ed") and words[i - 1] in _PARTICIPLE_DETERMINERS and (
            words[i] in _UP_WORDS or words[i] in _DOWN_WORDS):
        return ""  # "above its contracted 22 bcm", "the increased 25% tariff": a participle after a determiner describes
        # what it counts, no move of it
    if i >= 0 and words[i] in _CREATED and _JOBS_COUNTED.match(text, start, min(len(text), end + 24)):
        return "up"  # "The economy created 175,000 jobs", as "employers added 175,000 jobs": a rise in jobs
    if i >= 0 and words[i] in _UP_WORDS:
        if words[i] in ("surge", "surges") and i >= 1 and words[i - 1] in ("storm", "tidal"):
            return ""  # "with storm surges up to five feet": the sea's rise, a height, no rise of the figure
        if words[i] in _GAIN and _OF_THE_VOTE.match(text, end):
            return ""  # "Perot gained 19% of the national vote": a share won, no rise
        if words[i] == "recovered" and not _SHARE_OR_POINTS.search(text, start, end):
            return ""  # "police recovered 3kg of heroin": got back, not risen ("shares recovered 3%")
        if words[i] in ("added", "adds", "add", "adding") and _GAME_STAT.search(text, start, min(len(text), end + 24)):
            return ""  # "added nine assists", "adds 12 rebounds": a player's line goes on, no rise
        if words[i] == "up" and i > 0 and words[i - 1] in _PHRASAL_UP:
            return ""  # "the over-60s make up a fifth of voters": a share, not a rise
        if words[i] == "up" and i > 0 and words[i - 1] in _GIVE:
            return "down"  # "the stock gave up 3%": lost it
        return "up"
    if i >= 0 and words[i] in _DOWN_WORDS:
        if words[i] in _LOST and _AMOUNT_IN_MILLIONS.search(text, start, end):
            return ""  # "the company lost $1.2bn": a loss of that much, not a fall by it ("shares lost 3%", "lost $2 to $85")
        if words[i] in _DROPPED and _DEPTH_UNIT.search(text, start, end) and _WEATHER_BEFORE.search(text, max(0, start - 80), start):
            return ""  # "The storm dropped 2.5 inches": rain it brought, no fall ("the river dropped 2 feet" is one)
        if words[i] == "down" and i > 0 and words[i - 1] in _PHRASAL_DOWN:
            return ""  # "shut down 37,000 computers", "gunned down 12 people": what was done to them, no fall
        return "down"
    if (i >= 1 and words[i] in _UP_BY and words[i - 1] in ("was", "were", "been", "is", "are", "be")
            and _SHARE_OR_POINTS.search(text, start, end)):
        return "up"  # "Capital expenditure was raised 11.1%" ("the startup raised 40% of its target": a share got)
    if i >= 1 and words[i] == "back" and _SHARE_OR_POINTS.search(text, start, end):
        if words[i - 1] in _BACK_DOWN:
            return "down"  # "the stock pulled back more than 5%", "gave back 2%"
        if words[i - 1] in _BACK_UP:
            return "up"  # "shares bounced back 4%"
    if i >= 0 and words[i] == "off" and (i == 0 or words[i - 1] not in _TAKE) and _SHARE_OR_POINTS.search(text, start, end):
        return "down"  # "the index is off 20% from its peak", "knocked off 3%" ("sales took off 20%": a rise)
    if "by" in words[i + 1 :] and (verb := _verb_back(words, i, 6, _EXTENT_VERBS, comma_before_by=True)
                                   or _verb_back_further(text, start, len(words) - i)):
        return "down" if verb in _DOWN_WORDS or verb in _DOWN_BY else "up"  # "cut the risk of death by 27%"
    if i >= 1 and words[i].isalpha() and words[i] not in _NOT_OBJECT and _SHARE_OR_POINTS.search(text, start, end):
        for j in range(i - 1, max(-1, i - 4), -1):  # "cut costs 12%", "raised its prices 8%": a verb, its object, the extent
            if words[j] in _OBJECT_DOWN:
                return "down"
            if words[j] in _OBJECT_UP:
                return "up"
            if not words[j].isalpha() or words[j] in _NOT_OBJECT:
                break
    if words and words[-1] == ":" and (label := _CHANGE_LABEL.search(text, max(0, start - 100), start)):
        # "Rise in gas imports in 2023: 40%", "Average weight loss: 15.2%": a labelled change (its first or last noun)
        return _CHANGE_NOUNS.get(label.group("noun").lower(), "") or _CHANGE_NOUNS.get((label.group("last") or "").lower(), "")
    m = _CHANGE_AFTER.match(text, end) if noun_after else None
    if m is None and "," in text[end : end + 3] and (moved := _COMMA_THEN_WAY.match(text, end)) is not None:
        return "up" if moved.group("way").lower() == "higher" else "down"  # "ended 454.69 points, or 0.62%, lower at"
    if m is None and noun_after and (_SHARE_OR_POINTS.search(text, start, end) or text[start] in "$€£¥") and (
            of_what := _NOUN_THEN_CHANGE.match(text, end)) is not None and (
            all(w.lower() not in _NOT_OF_WHAT and can_be_noun(w.lower()) and not is_verb_only(w.lower())
                for w in of_what.group("what", "what2") if w)):
        m = of_what  # "a 3% price rise", "15.2% weight loss", "a 4% pay cut": the change of what the noun names
    if m is None and (gapped := _gapped_change(text, start)):
        return gapped  # "Coke rose 1 7/8 to 47 1/4, and Honeywell 3 5/8 to 110 3/4"
    if m is None and len(words) >= 2 and words[-1] in ("extra", "additional") and words[-2] in ("an", "a"):
        return "up"  # "Scotland saw an extra 36 seats", "an additional $5 billion in aid": an increment, no level
        # (a verb before it tells the way: "cut an extra 5%")
    if m is None or (_PLURAL_NOUN_END.search(text, start, end) and not _SHARE_OR_POINTS.search(text, start, end)
                     and not (words and words[-1] in ("a", "an")) and not _COMPARATIVE_ENDS.match(text, m.start())):
        return ""  # ("The building's 102 floors rise 443 metres": after a plural noun, "rise" is its verb)
    if m.group().split()[-1].lower() in ("more", "less", "fewer") and len(words) >= 2 and words[-1] == "of" and (
            words[-2] in _LEVEL_NOUNS):
        return ""  # "slowed from a peak of 11.1% less than a year ago": a level reached, what "than" compares is a time
    if m.group("down") and m.group("down").lower() == "loss" and _AMOUNT_IN_MILLIONS.search(text, start, end):
        return ""  # "a £3,000m loss": the amount lost, as "a loss of £3,000m" is ("a 5% loss" is a fall)
    if m.group("up") and m.group("up").lower() == "climb" and _DISTANCE_GLUED.search(text, start, end):
        return ""  # "the 15.7km climb", "a 9-mile climb": a road's length up a mountain ("a 3mm climb in sea level" is a rise)
    return "up" if m.group("up") else "down"


# "forecast 995 million bushels lower.", "2 million tonnes higher than last year": a comparative after a plural noun that
# ends its clause, or is compared, is no verb of the noun ("102 floors rise 443 metres", "three banks lower rates" are)
_COMPARATIVE_ENDS = re.compile(r"\s+(?:higher|lower)(?=\s*(?:[.,;:)]|$)|\s+(?:than|at|from|on|compared|versus|year-on-year)\b)",
                               re.I)
# a label that opens its line and names a change: "Rise in Chinese imports of Russian gas in 2023: 40%"
_CHANGE_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?P<noun>[A-Z][a-z]+)\b[^\n:]{0,80}?(?:\b(?P<last>[a-z]+))?:[ \t]*$")
# a market's close: "closed 454.69 points, or 0.62%, lower at 72,488.99", "ended 0.4%, higher at"
_COMMA_THEN_WAY = re.compile(r"(?:,\s+or\s+[^,;.]{1,20}(?:\.\d[^,;.]{0,12})?)?,\s+(?P<way>higher|lower)\s+at\b", re.I)
# ("a 13% year-over-year revenue decline": how often first)
_NOUN_THEN_CHANGE = re.compile(r"\s+(?:(?:year-on-year|year-over-year|annual|quarterly|monthly)\s+)?"
                               r"(?P<what>[a-z]{3,})(?:[\s-](?P<what2>[a-z]{3,}))?"  # ("a 12% top-line growth")
                               r"\s+(?:(?P<up>rise|increase|jump|gain|growth|surge|climb|hike|raise|boost)"
                               r"|(?P<down>drop|fall|decline|decrease|cut|slump|loss|contraction|reduction))\b")
_NOT_OF_WHAT = frozenset("the and but for with from that this will would could may might can should must was were has had have "
                         "are not its their his her our".split())


# nouns of a level a figure after "of" is ("a peak of 11.1%")
_LEVEL_NOUNS = frozenset("peak peaks high highs low lows level levels record trough ceiling floor top".split())
_GAIN = frozenset("gained gain gains gaining".split())
_OF_THE_VOTE = re.compile(r" of the (?:[a-z]+ )?(?:vote|votes|ballots|seats)\b", re.I)
_PLURAL_NOUN_END = re.compile(r"\s(?!cents$|dollars$|euros$|pounds$|yuan$)[a-z]{2,}s$")  # (money: "settled 12 cents higher")
_DEPTH_UNIT = re.compile(r"\d\s?(?:mm|cm|millimet|centimet|inch|in\b|\")", re.I)
_RATE_KINDS = frozenset("annual annualized annualised yearly monthly quarterly adjusted".split())
_LOST = frozenset("lost lose loses losing".split())
_AMOUNT_IN_MILLIONS = re.compile(r"(?:[$€£¥₹]|\b[A-Z]{3}\s?)\d[\d.,]*\s?(?:m|mn|bn|million|billion|trillion|tn)\b", re.I)
_DISTANCE_GLUED = re.compile(r"\d[\s-]?(?:km|kilomet(?:re|er)s?|mi|miles?)$", re.I)
_FELL_THROUGH = re.compile(r"\s+(?:(?:through|onto|down)\s+(?:a|an|the|his|her|their|its)\b|to\s+(?:his|her|their)\s+deaths?\b"
                           r"|to\s+the\s+(?:ground|floor|bottom)\b"
                           r"|from\s+(?:a|an)\s+(?!year|month|week|day|record|peak|high|low|level)[a-z])", re.I)
_LENGTH_GLUED = re.compile(r"\d[\s-]?(?:m|metres?|meters?|ft|feet|foot|yards?|yds?|km|kilomet(?:re|er)s?|miles?)$", re.I)
_LOCATED_AFTER = re.compile(r"\s+(?:off|offshore|inland|away|(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?\s+of)\b", re.I)


def _listed_beside_currency(text: str, start: int, end: int) -> bool:
    """Whether the amount `start`..`end` is listed beside an amount of a named currency ("129.25 yen, 0.6949 pounds and
    1.5553 Swiss francs"): pounds there are sterling."""
    if (before := _LISTED_AMOUNT_BEFORE.search(text, max(0, start - 60), start)) is not None and (
            (named := match_currency_word(text, before.start("word"))) is not None and named[0] == before.end("word")):
        return True
    return (after := _LISTED_AMOUNT_AFTER.match(text, end)) is not None and match_currency_word(text, after.end()) is not None


def _sentence_around(text: str, start: int, end: int, reach: int = 120) -> str:
    """The text of the sentence around `start`..`end`, at most `reach` characters either side."""
    lo = max(0, start - reach)
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, lo, start)]
    after = _SENTENCE_STOP.search(text, end, end + reach)
    return text[stops[-1] if stops else lo : after.start() if after else end + reach]


_SENTENCE_STOP = re.compile(r"[.!?]\s|\n")


def _is_temperature(text: str, start: int, end: int) -> bool:
    """Whether degrees of no written scale are a temperature: weather words in the sentence, or "It was 95 degrees"
    (not degrees earned: "holds two degrees from Harvard")."""
    return bool((_WEATHER_WORDS.search(_sentence_around(text, start, end, 80)) or _WEATHER_IT.search(text, max(0, start - 40), start)
                 or _HIGH_OF.search(text, max(0, start - 40), start))
                and not _ACADEMIC_WORDS.search(text, max(0, start - 40), end + 40))


def _after_change_noun(words: list[str]) -> bool:
    """Whether the words before a figure end in a noun of change and 'of' ('a gain of', 'an increase of about')."""
    i = len(words) - 1
    while i >= 0 and words[i] in _FILLER:
        i -= 1
    return i >= 1 and words[i] == "of" and words[i - 1] in _CHANGE_NOUNS


def _verb_back_further(text: str, start: int, from_end: int, verbs: frozenset[str] = _EXTENT_VERBS) -> str:
    """The verb whose extent a figure's "by" gives, read up to ten words back in a wider window than `words_before`'s
    (`from_end`: where to start, counted from the window's end): "will cut the central bank's benchmark interest rate
    by 50 basis points", "cut its annual dividend payout to shareholders by 12%"."""
    words = _BEFORE_WORDS.findall(text[max(0, start - 100) : start].lower())
    return _verb_back(words, len(words) - from_end, 10, verbs, comma_before_by=True) if len(words) >= from_end else ""


def _verb_back(words: list[str], i: int, reach: int, verbs: frozenset[str], comma_before_by: bool = False) -> str:
    """The first word of `verbs` among the `reach` words back from `words[i]`, within one clause, else '': the verb
    whose extent a figure's "by" gives ("cut the risk of death by", "raised its dividend by"). A comma right before
    a closing "by" ends no clause when `comma_before_by` ("Imports also increased, by $0.9bn")."""
    for j in range(i, max(-1, i - reach), -1):
        if comma_before_by and words[j] == "," and j == i and words[i + 1 :] == ["by"]:
            continue
        if words[j] in _CLAUSE_MARKS:
            return ""
        if words[j] in verbs:
            return words[j]
    return ""


# ", and Honeywell ", "; WTI ": the subject of a clause whose verb is left out, right before its figure
# "rose 1 7/8 to 47 1/4": a verb of change, its extent and the level reached
_CHANGE_THEN_TO = re.compile(r"\b(?P<verb>" + _CHANGE_VERB_PATTERN
                             + r")\s+(?:[^.;]|\.\d){0,40}?\d(?:[^.;]|\.\d){0,12}?\bto\s+[$€£]?\d", re.I)
_TO_FIGURE_AFTER = re.compile(r"[$€£]?[\d.,]+(?:\s\d/\d)?[^.;,]{0,12}?\sto\s+[$€£]?\d")
# ("; silver 35 cents to $23.40": after a semicolon, a subject in lower case too)
_GAPPED_SUBJECT = re.compile(r"(?:[,;]\s+(?:(?:and|while|but|with)\s+)?(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,4}"
                             r"|;\s+(?:the\s+)?[a-z]+\s+(?:[a-z]+\s+)?)$")


def _gapped_change(text: str, start: int) -> str:
    """'up' / 'down' for a figure whose clause leaves out the verb of change of the clause before it ("Coke rose 1 7/8
    to 47 1/4, and Honeywell 3 5/8 to 110 3/4": Honeywell rose 3 5/8), told only where a level "to" follows it too."""
    if "," not in text[max(0, start - 40) : start] and ";" not in text[max(0, start - 40) : start]:
        return ""
    if (gap := _GAPPED_SUBJECT.search(text, max(0, start - 40), start)) is None or not _TO_FIGURE_AFTER.match(text, start):
        return ""
    clause = text[max(0, gap.start() - 160) : gap.start()]
    clause = clause[max(clause.rfind(". "), clause.rfind("\n")) + 1 :]
    if (verb := _CHANGE_THEN_TO.search(clause)) is None:
        return ""
    return "up" if verb.group("verb").lower() in _UP_WORDS else "down"


# a change by a figure, its restatement in brackets, then ", from": "had risen $3.26 (3.98%), from " (a move from X to Y follows)
_CHANGE_FIGURE_FROM = re.compile(r"\b(?:" + _CHANGE_VERB_PATTERN
                                 + r")\s+(?:by\s+)?[$€£]?\d[\d.,]*(?:\s?(?:%|percent|per\s+cent|cents?|points?))?"
                                 r"(?:\s*\([^()]{1,20}\))?,?\s+from\s+$", re.I)
# a range told right before ", up from" or ", down from": "to $4.23 to $4.43, down from "
_RANGE_BEFORE_COMMA = re.compile(r"\d[\d.,]*%?(?:\s?[a-zA-Z]{1,8})?\s+(?:to|-|–)\s+[$€£]?\d[\d.,]*%?(?:\s?[a-zA-Z]{1,8})?"
                                r"(?:\s+[a-z]+){0,3},\s+(?:up|down)\s+from\s+$")


def _after_change_word(text: str, start: int) -> bool:
    """Whether the words before a figure end in a change verb, past fillers and 'from' ("rose from"), or
    'from' follows a verb of change or revision in the same clause ("sending shares up Thursday from",
    "upgraded the quake from a magnitude"): then "from X to Y" is a move, not a range."""
    if _RANGED.search(text, max(0, start - 30), start):
        return False  # "could cut output anywhere from 0.5 to 1.5 million bpd": a range of the cut
    if _gapped_change(text, start):
        return True
    words = words_before(text, start)
    i = len(words) - 1
    while i >= 0 and (words[i] in _FILLER or words[i] == "from"):
        i -= 1
    if i >= 1 and words[i] in ("up", "down") and words[i + 1 : i + 2] == ["from"] and words[i - 1] == "," and (
            _RANGE_BEFORE_COMMA.search(text, max(0, start - 80), start)):
        return False  # "trimmed its range to $4.23 to $4.43, down from $4.58 to $4.83": the range it was before, set
        # against the range told first
    if i >= 0 and (words[i] in _UP_WORDS or words[i] in _DOWN_WORDS):
        return True
    if i >= 1 and words[i] in _WAY_ADVERBS and words[i - 1] in _REVISION_WORDS:
        return True  # "was revised upward 4,000 to 142,000": the revision and the new level
    if "by" in words[i + 1 :] and (_verb_back(words, i, 5, _MOVING_VERBS) or (
            words[i + 1 :] == ["by"] and _verb_back_further(text, start, 2, _MOVING_VERBS))):
        # "cut its forecast by $1bn to $9bn": a cut and the new level (the verb, its object, "by"); the verb up to ten
        # words back right before "by" ("raised employers' National Insurance contributions by 1.2% to 15%")
        return True
    if words[i + 1 :] == ["from"] and _CHANGE_FIGURE_FROM.search(text, max(0, start - 80), start):
        return True  # "the stock price had risen $3.26 (3.98%), from $81.95 to $85.21": the levels before and after
    # ("from" up to six words back, past a short phrase of no figure: "doubled from the present Rs 50,000 to", "rose from
    # last year's $40 to $55")
    words = _BEFORE_WORDS.findall(text[max(0, start - 100) : start].lower())
    tail = words[-7:]
    if "from" not in tail:
        return False
    at = len(tail) - 1 - tail[::-1].index("from")
    if any(word in _CLAUSE_MARKS or word.isdigit() for word in tail[at + 1 :]):
        return False
    head = words[: len(words) - len(tail) + at]
    if len(head) >= 3 and head[-1] == "," and head[-2].endswith("ly") and (head[-3] in _UP_WORDS or head[-3] in _DOWN_WORDS):
        return True  # "The unemployment rate rose slightly, from 4.9 to 5 percent": a move, its manner set off by a comma
    for word in reversed(head):
        if word in _UP_WORDS or word in _DOWN_WORDS or word in _REVISION_WORDS:
            return True
        if word in _CLAUSE_MARKS:
            return False  # a clause ends: "costs, which rose, range from $5 to $9"
    return False


def _maybe_sign(text: str, start: int) -> bool:
    if start > 0 and _PLUS_OR_MINUS.search(text, max(0, start - 16), start):
        return False  # "a margin of error of plus or minus 1.9%", "+/-4%": a margin, not a negative figure
    return start > 0 and (text[start - 1] in "-−" or "minus" in text[max(0, start - 6) : start].lower()
                          or (text[start - 1] == "–" and text[start - 2 : start - 1] in (" ", "(")
                              and not text[start - 3 : start - 2].isdigit()))  # ("lost –1.3%"; "10 –20" is a range)


# ("a net change of -60", "fell by -3": a minus after a word that asks for a figure is a sign, no dash of a list)
# a bound written as a sign, glued to the figure ("> 40%" opening a line is a quotation's mark, "<" and ">" spaced may be
# an arrow's); "≤" and "≥" spaced too
_BOUND_SIGN = re.compile(r"(?:(<=|>=|=<|=>|[<>])|([≤≥])\s?)$")
# ... and "<" or ">" spaced after a word that a figure follows, no arrow: "alcohol consumption of > 60 g", "was < 5%"
_SPACED_SIGN = re.compile(r"\b(?:of|at|is|was|are|were|be|been|with|had|has|have|to|from|and|or)\s([<>])()\s$")
_BOUND_SIGNS = {"<": "upper_bound", ">": "lower_bound", "<=": "at_most", "=<": "at_most", ">=": "at_least", "=>": "at_least",
                "≤": "at_most", "≥": "at_least"}
_BAR_BEFORE = re.compile(r"\|[ \t]*$")
_SIGNED_COUNT_BEFORE = re.compile(r"\b(?:of|by|to|at|from|than|was|is|were|are|versus|vs\.?)\s$|:[ \t]*$|\|[ \t]*$")
_DROPPED = frozenset("dropped drops dropping dumped dumps dumping".split())
_WEATHER_BEFORE = re.compile(r"\b(?:storms?|rains?|rainfall|snow|snowfall|hurricanes?|typhoons?|cyclones?|downpours?|system|front"
                             r"|showers|blizzard|monsoon)\b[^.;]*$", re.I)
_SECTION_CODE = re.compile(r"\([a-z\d]{1,2}\)")
_BELOW_ZERO = re.compile(r" (?:degrees )?below (zero|freezing)\b", re.I)
_BELOW_BARE = re.compile(r" below(?=[,.;]|\s+(?:in|on|at|overnight|today|tonight)\b)")
_SHARE_THEN_PARENTHESIS = re.compile(r"\d\s?(?:%|(?i:per ?cent|percent|pc|points?|pts?))\s?\($")
_PLUS_NOUN = re.compile(r"[\d,.]+\s+plus\s+[a-z]")
_PLUS_OR_MINUS = re.compile(r"(?:plus[- ]or[- ]minus|plus/minus|\+/-|\+-|±)\s*$", re.I)


def _classify(text: str, number: Number) -> Mention | None:
    mention = _classify_unsigned(text, number)
    if mention is None:
        return None
    sign = _SIGN.search(text, max(0, mention.start - 6), mention.start) if _maybe_sign(text, mention.start) else None
    if sign and (mention.kind in ("quantity", "money", "percent") or (mention.kind == "count" and (
            sign.group()[0] in "mM" or _SIGNED_COUNT_BEFORE.search(text, max(0, sign.start() - 12), sign.start())))
            ) and mention.qualifier != "range":
        # ("temperatures fell to minus 15": a count signed by the word; "-15" in a count's column may be a dash)
        mention.start = sign.start()
        if mention.value is not None:
            mention.value = -mention.value
    if (mention.kind == "count" and not mention.unit and mention.value is not None and mention.value_high is None
            and text[mention.start - 2 : mention.start] in ("(+", "(-", "(−")
            and _SHARE_THEN_PARENTHESIS.search(text, max(0, mention.start - 18), mention.start - 1)):
        # "CON 43 % (+2), LAB 27 % (-1)": the change of a share since the last poll, in points
        down = text[mention.start - 1] != "+"
        mention.kind, mention.unit, mention.start = "percent", "percentage_point", mention.start - 1
        mention.value = -mention.value if down else mention.value
        mention.change = "down" if down else "up"
        return mention
    if (mention.kind == "count" and not mention.unit and mention.value is not None and mention.qualifier != "range"
            and text[mention.start - 2 : mention.start] in ("(-", "(−")):
        mention.start, mention.value = mention.start - 1, -mention.value  # "a loss of 27.1 million euros (-3.1
        # million)", "earnings per share -0.12 euros (-0.05)": a minus after a bracket is a sign, not a dash
    if mention.qualifier == "exact" and text.startswith("-plus", mention.end) and mention.kind in ("money", "quantity", "percent"):
        mention.qualifier, mention.end = "at_least", mention.end + 5  # "$5 billion-plus" ("a 100-plus crowd": counts)
    if mention.qualifier == "exact" and mention.kind in ("count", "duration") and _PLUS_NOUN.match(text, mention.start, mention.end):
        mention.qualifier = "at_least"  # "150 plus houses", "12 plus years" (no "2 plus 2": a noun follows)
    if mention.kind == "count" and mention.value is not None:
        _count_rate(text, mention)
    if mention.qualifier == "exact" and ((bound := _BOUND_SIGN.search(text, max(0, mention.start - 3), mention.start))
                                         or (bound := _SPACED_SIGN.search(text, max(0, mention.start - 8), mention.start))):
        mention.qualifier = _BOUND_SIGNS[bound.group(1) or bound.group(2)]  # "<5%", "≥ 7", ">=90%": a bound written as a sign
    mention.change = _change(text, mention.start, mention.end, noun_after=mention.kind != "duration")
    sign_at = mention.start if text[mention.start] in "+-−" else mention.start - 1
    if (not mention.change and mention.kind == "count" and mention.value_high is None and sign_at >= 0
            and text[sign_at] in "+-−" and _BAR_BEFORE.search(text, max(0, sign_at - 4), sign_at)):
        mention.change = "up" if text[sign_at] == "+" else "down"  # "| DA | 34.9% | 11 | -4 |": a count signed in a
        # table's cell is a change (signed as a poll's "(-1)" is)
    if (not mention.change and mention.kind == "count" and mention.value_high is None and mention.start >= 2
            and text[mention.start - 1] == "+" and text[mention.start - 2] in "( " and "," in text[mention.start : mention.end]):
        mention.change = "up"  # "led by healthcare (+68,000)", "from +315,000 to +310,000": thousands signed in prose, a rise
    if (not mention.change and mention.kind == "percent" and text[mention.start - 1 : mention.start] == "+"
            and not text[mention.start - 2 : mention.start - 1].isalnum()):
        mention.change = "up"  # "+40%" in a change column, "(+24%)": a rise (poll changes are handled above)
    if (not mention.change and mention.kind == "money" and mention.value_high is None and text[mention.start - 1 : mention.start] == "+"
            and text[mention.start : mention.start + 1] in "$€£¥" and not text[mention.start - 2 : mention.start - 1].isalnum()):
        mention.change = "up"  # "increasing 3.8% (+$3.22)", "closed at $45.20, +$1.10": a rise, as "-$11.38" is a fall
    if (not mention.change and mention.kind == "percent" and text[mention.start : mention.start + 1] in ("-", "−")
            and text[mention.start - 1 : mention.start] == "(" and mention.value is not None and mention.value < 0):
        mention.change = "down"  # "the African Region (-39%)": a fall, as "(+5%)" is a rise ("rates at -0.5%" stay a level)
    if (not mention.change and mention.kind == "percent" and text[mention.start : mention.start + 1] in ("-", "−")
            and mention.value is not None and mention.value < 0 and _CHANGE_BASE_AFTER.match(text, mention.end)):
        mention.change = "down"  # "Champagne: -23% year on year", "-4.1% y/y": a fall measured against its base
    return mention


def _classify_unsigned(text: str, number: Number) -> Mention | None:
    start, end = number.start, number.end
    value, precision = number.value, number.precision
    if text.startswith((" below", " degrees below"), end) and (_BELOW_ZERO.match(text, end) or (
            _BELOW_BARE.match(text, end) and _BELOW_ZERO.search(text, max(0, start - 200), start))):
        return None  # "15 below zero": minus 15 degrees of a scale not written, no count of 15 (nor "and 12 below in
        # Minneapolis" after "5 below zero in Chicago")
    value_high: Decimal | None = None
    qualifier = "exact"
    if _CLOCK.match(text, end):
        return None  # a time of day ("10.45pm"), not a figure
    if text.startswith("-", end) and _NUMBER_NOUN.match(text, end):
        return None  # "4-8 on 3-pointers", "the 7-footer": a noun the number makes
    if number.spelled and text[start:end].lower() == "zero" and not _zero_counts(text, start, end):
        return None  # "sub-zero temperatures", "the 2050 net zero target", "zero tolerance", "zero-hours contracts": a
        # kind or a name, no figure ("zero deaths", "reported zero cases" count)
    if (text.startswith("(", end) and _SECTION_CODE.match(text, end)) or (
            start >= 2 and text[start - 1] == "(" and text[start - 2] not in " \t\n([" and text.startswith(")", end)):
        return None  # "a 401(k) plan", "a 501(c)(3) charity", "section 40(2)": a section of a code, no figure
    if number.spelled and text[end : end + 1] == "-" and _A_MAGNITUDE.fullmatch(text, start, end) and _MAGNITUDE_ADJECTIVE.match(
            text, end + 1):
        return None  # "a billion-dollar plan", "a million-pound home": of that order, no figure ("a half-million-dollar home" is)
    if number.spelled and text[start].isupper() and (
            capitalised := _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)) and (
            capitalised.group().strip().lower() not in _OPENING_FUNCTION_WORDS):
        return None  # "League Two", "Formula One", "Channel Four": part of a name ("With Two-Day Visit": a headline's case)
    if number.spelled and text[start].isupper() and _LOWER_WORD_BEFORE.search(text, max(0, start - 20), start) and \
            _CAPITALISED_AFTER.match(text, end):
        return None  # "the Three Lions fell", "the Five Eyes alliance": a capital in mid-sentence makes a name of it
    if number.spelled and text[start].isupper() and _NAMED_PLACE_AFTER.match(text, end):
        return None  # "Three Rivers District Council", "Three Gorges Dam": a capitalised name's head after it, at a
        # sentence's start too ("Three Britons were killed" counts)
    if text.startswith("°", end) and not _DEGREES_SCALE.match(text, end):
        if _COMPASS.match(text, end + 1):
            return None  # "51.5° N" is a coordinate
        if _ANGLE_WORDS.search(text, max(0, start - 30), min(len(text), end + 30)):
            unit = "degree"
        elif _is_temperature(text, start, end):
            unit = "temperature_degree"  # "highs of 95°"
        else:
            return None  # "heading 270°" is a bearing: degrees of no scale or angle
        return Mention(start, end + 1, "quantity", value, None, unit, precision, qualifier_of(words_before(text, start)))
    if text[end : end + 1] in _LENGTH_MARKS and not number.spelled and not number.has_multiplier and (
            unit := _length_mark(text, start, end)):
        # "up to 4" of rain", "hail greater than 2”", "the creek jumped 7' in 2 hours": inches and feet written as marks
        return Mention(start, end + 1, "quantity", value, None, unit, precision, qualifier_of(words_before(text, start)))
    if text[end : end + 2] in ("'s", "’s") and value % 10 == 0 and value < 100 and not number.spelled and (
            not text[end + 2 : end + 3].isalnum()):
        return None  # "in the 70's": a decade, or a band of values (temperatures in the 70's), no count of 70
    if text.startswith(("-something", "-somethings", " something"), end) and value % 10 == 0 and value < 100:
        return None  # "the 30-something founder": an age in a decade, no figure
    odd = (not number.spelled or value >= 10) and text.startswith("-odd", end) and not text[end + 4 : end + 5].isalpha()
    if odd:
        end += 4  # "40-odd races", "300-odd people": about that many
    elif text.startswith(" or so ", end) and text[end + 7 : end + 8].isalpha():
        odd, end = True, end + 6  # "a dozen or so protesters", "50 or so homes": about that many of them
    follows = text[end : end + 1]
    if (follows in "- " and not number.has_multiplier and (ages := _AGE_SPAN.match(text, end))
            and value < int(ages.group("high"))):  # "18- to 24-year-olds"
        return Mention(start, ages.end(), "age", value, Decimal(ages.group("high")), "year", precision, "range")
    if follows == "p" and _PENCE.match(text, end) and not number.has_multiplier and _names_pence(text):
        hundredth = Decimal("0.01")  # "closed down 3.2p at 245.6p": pence, where the article uses sterling
        return Mention(start, end + 1, "money", value * hundredth, None, "GBP", precision * hundredth, "exact")
    if number.multiplier == 1_000_000 and text[end - 1 : end] == "m" and _LENGTH_WORDS.match(text, end):
        # "1.8m tall": metres, not millions
        return Mention(start, end, "quantity", value / number.multiplier, None, "meter",
                       precision / number.multiplier, "exact")
    if number.multiplier == 1_000_000 and text[end - 1 : end] == "m" and _LONG_THING_AFTER.match(text, end) \
            and not _PREFIX_CURRENCY_END.search(text, max(0, start - 7), start):
        # "the 2,800m runway", "a 58m yacht", "the 100m freestyle": metres of a thing that has a length, not millions of it
        return Mention(start, end, "quantity", value / number.multiplier, None, "meter", precision / number.multiplier,
                       qualifier)

    currency = None
    prefix = _PREFIX_CURRENCY_END.search(text, max(0, start - 7), start) if _MAY_BE_PREFIX.search(
        text, max(0, start - 4), start) else None
    negative = False
    if prefix is None and start > 1 and text[start - 1] in "-−" and text[start - 2] in _SIGNED_SYMBOLS:
        # "$-5 million", "€−3.5": a sign between the currency's symbol and the figure
        prefix = _PREFIX_CURRENCY_END.search(text, max(0, start - 8), start - 1)
        negative = prefix is not None
    if prefix:
        if text[number.end : number.end + 1].isalpha():
            return None  # "£40millon", "$5each": a word glued to the amount no multiplier reads (a typo's millions?)
        currency = CURRENCY_SYMBOLS[prefix.group().strip()]
        start = prefix.start()
        if negative:
            value = -value
        if currency == "IDR" and re.fullmatch(r"\d{1,3}\.\d{3}", text[number.start : number.end]):
            value, precision = value * 1000, Decimal(1)  # "Rp.50.000": rupiah write a point between thousands
        if not number.has_multiplier and (spaced := _SPACED_M.match(text, end)):
            value, precision, end = value * MULTIPLIERS["m"], precision * MULTIPLIERS["m"], spaced.end()  # "£30 m": millions
    elif not number.has_multiplier and not number.spelled and (spaced := _SPACED_M.match(text, end)):
        if _LENGTH_WORDS.match(text, spaced.end()):  # "the tower is 120 m tall": metres
            return Mention(start, spaced.end(), "quantity", value, None, "meter", precision, qualifier_of(words_before(text, start)))
        if len(number.integer_digits) >= 4 and "." not in text[number.start : number.end] \
                and _NO_NOUN_AFTER_METRES.match(text, spaced.end()):
            # "reached a record 5,148 m on August 20": thousands of millions would be written in billions, and no noun
            # after says what millions would count
            return Mention(start, spaced.end(), "quantity", value, None, "meter", precision, qualifier_of(words_before(text, start)))
        return None  # "a 100 m sprint", "120 m euros": metres or millions, nothing says which

    if not number.spelled and follows == "-" and (text[end + 1 : end + 2].isupper() or (
            _HYPHEN_PHRASE.match(text, end) and not ((share := _HYPHEN_TO_SHARE.match(text, end)) and Decimal(share["high"]) > value))):
        return None  # "7-Eleven", "3-D": a name; "a 2-for-1 split", "a 1-in-100-year flood": a ratio in words
    # ranges: "between 2 and 3 million", "2-3 million", "$2bn to $3bn", "$70-80"
    percent_first = text[number.end : number.end + 1] == "%"  # "5.25% to 5.5%": the sign on both ends
    join = _RANGE_JOIN.match(text, number.end + percent_first)
    # "jumped $2 to $85", "rose from 4% to 6%": a change and a level; "up 5-7%" is a range, and so is "rose 8 to 9
    # inches", where only the second end has the unit (checked once the second end is read)
    if join and _SCORE_FOR_BEFORE.search(text, max(0, start - 12), start):
        join = None  # "collapsed from 170 for 1 to 306 all out": a cricket score's wickets, no range's first end
    moved = bool(join) and join.group().strip() in ("to", "and") and _after_change_word(text, start)
    if moved and (join.group().strip() == "and" or currency or percent_first or "from" in words_before(text, start)[-3:]
                  or _gapped_change(text, start)):
        join = None
    if join:
        pos = join.end()
        symbol = _PREFIX_CURRENCY.match(text, pos) if currency else None
        other_currency = symbol is not None and CURRENCY_SYMBOLS.get(symbol.group().strip()) != currency
        # "C$5 million to HK$3 billion": two amounts in two currencies, not a range
        second_match = None if other_currency else NUMBER_AT.match(text, symbol.end() if symbol else pos)
        second = parse_number(second_match) if second_match else None
        if percent_first and (second is None or text[second.end : second.end + 1] != "%"):
            second = None
        if second is not None and not currency and not percent_first and _CLOCK.match(text, second.end):
            return None  # "from 1 to 2 p.m.", "9-11am": hours of the day, no figures
        is_and = "and" in join.group()
        # (the first end shares the second's multiplier only if it then stays below it: "284,000 to 2.6 million" does not)
        shared = second.multiplier if (second is not None and second.has_multiplier and not number.has_multiplier
                                       and value * second.multiplier < second.value) else 1
        # (in the second's own scale when only it has a multiplier: "2 or 3 million people" is 2 to 3 million)
        written = second.value / shared if second is not None else value
        if second is not None and join.group().strip() == "or" and not (
                value == int(value) and written == int(written) and value < written <= 3 * value
                and (number.has_multiplier == second.has_multiplier or shared > 1)
                and not _YEAR_LIKE.fullmatch(number.integer_digits) and not currency and not percent_first):
            # "two or three bangs", "10 or 12 homes": a guess between two counts ("$5 or $6", "1 or 100" are two)
            second = None
        if moved and second is not None and (not _UNIT_AFTER_SECOND.match(text, second.end) or second.value > 5 * value * shared):
            # "rose 2 to 85", "fell 20 to 1,500 points": a change and a level ("cut by 1 to 2 million bpd" a range)
            second = None
        if (second is not None and join.group().strip() == "to" and second.value > 5 * value
                and _after_change_noun(words_before(text, start))):
            second = None  # "a gain of $1.50 to $80": a change and a level ("a pay rise of 3% to 5%" is a range)
        if (second is not None and second.has_multiplier and not number.has_multiplier and value < 1000
                and value * second.multiplier > second.value and not _RANGED.search(before_text(text, start))):
            second = None  # "from 12 to 9 million tonnes": a fall of millions ("ranged from $2 to $1 billion" is a range)
        if (second is not None and is_and and second.has_multiplier and not number.has_multiplier
                and second.value / second.multiplier < value < 10 * second.value / second.multiplier):
            second = None  # "between 40 and 30 million": ends written backwards, not 40 to 30 million
        if (second is not None and not currency and second.multiplier == 1_000_000 and text[second.end - 1 : second.end] == "m"
                and _LENGTH_WORDS.match(text, second.end)):
            # "5-10m tall waves": metres, not millions (as "1.8m tall" is)
            high = second.value / second.multiplier
            if high <= value or number.has_multiplier:
                return None
            return Mention(start, second.end, "quantity", value, high, "meter", min(precision, second.precision / second.multiplier),
                           "range")
        if second is not None and second.value > value and (not is_and or _BETWEEN.search(before_text(text, start))):
            low = value
            if second.has_multiplier and not number.has_multiplier and value * second.multiplier < second.value:
                # "2-3 million": the first end shares the second's multiplier; "$500,000 to $1 million" does not
                low, precision = value * second.multiplier, precision * second.multiplier
            elif (not second.has_multiplier and not number.has_multiplier and (groups := _THOUSANDS_TAIL.search(second_match.group()))
                  and value == int(value) and "," not in text[number.start : number.end]
                  and value < (lead := second.value / 1000 ** (len(groups.group()) // 4))):
                # "20-30,000 people", "10 to 15,000": the first end shares the second's thousands (20,000-30,000)
                low, precision = value * (second.value / lead), precision * (second.value / lead)
            value, value_high, end = low, second.value, second.end
            precision = min(precision, second.precision)
            qualifier = "range"
            if currency and not number.has_multiplier and not second.has_multiplier and (spaced := _SPACED_M.match(text, end)):
                # "in €30-40 m chunks": the spaced "m" after an amount's range is millions, of both ends (as "£30 m" is)
                scale = MULTIPLIERS["m"]
                value, value_high, precision, end = value * scale, value_high * scale, precision * scale, spaced.end()

    before = before_text(text, start)
    if (not number.has_multiplier and not number.spelled and value == int(value) and 0 < value < 120
            and (bound := _GROUP_AGE_BOUND.match(text, end)) is not None and _GROUP_BEFORE.search(before)):
        # "40% of those 75 and over", "people 65 or older": the ages of a group, bounded
        way = bound.group("way").lower()
        return Mention(start, bound.end(), "age", value, None, "year", precision,
                       "at_most" if way in ("under", "younger", "below") else "at_least")
    preceding = words_before(text, start)
    if qualifier == "exact":
        qualifier = "approx" if odd else qualifier_of(preceding)
        if qualifier == "lower_bound" and preceding and preceding[-1] in ("passed", "passes") and _VOTE_AFTER.match(text, end):
            qualifier = "exact"  # "the measure passed 52 to 48": a vote, not "more than 52"
    record = is_record(preceding)
    if number.spelled and number.value == 24 and text[number.start : number.end].lower().startswith("dozens"):
        qualifier = "at_least"  # two dozen or more, how many more not written: "dozens" and "60" never disagree
    elif number.spelled and text[number.start : number.end].lower().startswith("a couple"):
        qualifier = "approx"

    grouped = (not number.has_multiplier and value_high is None and not number.spelled and precision < 1  # (rupiah: read so)
               and _POINT_GROUPED_AMOUNT.fullmatch(text, number.start, number.end) is not None
               and not _UNIT_PRICE_AFTER.match(text, number.end))

    def make(kind: str, unit: str, stop: int, **extra: object) -> Mention:
        thousands = kind == "money" and grouped  # "€2.500 a month, or €30.000 a year": a point groups thousands
        return Mention(start, stop, kind, value * 1000 if thousands else value, value_high, unit,
                       Decimal(1) if thousands else precision, qualifier, record, **extra)  # type: ignore[arg-type]

    if currency is None and not number.has_multiplier and not number.spelled and (scaled := _scaled_code(text, start, end)):
        # "120 MEUR", "MSEK 45", "TEUR 450", "115USD": a company report's millions (thousands) of a currency's code
        scale = _CODE_SCALES[scaled.group("scale") or ""]
        after = scaled.start() >= end
        return Mention(start if after else scaled.start(), scaled.end() if after else end, "money", value * scale,
                       value_high * scale if value_high is not None else None, scaled.group("code"), precision * scale,
                       qualifier, record)
    if currency is None:
        named = match_currency_name(text, end)
        if named:
            return _with_cents(text, make("money", named[1], named[0]))
        word = match_currency_word(text, end)
        if word and word[1] == "DEM" and not number.has_multiplier and text[end + 1 : word[0]].lower().startswith("mark") \
                and not ("." in text[number.start : number.end] and among_currencies(text, end)):
            word = None  # "12 marks out of 20" in a German test: marks are money only in millions ("12.3 mln marks") or
            # as a rate beside other currencies ("The dollar rose to 1.8415 marks and to 142.75 yen"; not "1 . 8500 marks")
        if word:
            after = _MULTIPLIER_AFTER.match(text, word[0]) if not number.has_multiplier else None
            if after:  # "75 USD million": the multiplier after the code
                scale = MULTIPLIERS[after.group(1).lower()]
                value, precision = value * scale, precision * scale
                value_high = value_high * scale if value_high is not None else None
                return make("money", word[1], after.end())
            return _with_cents(text, make("money", word[1], word[0]))
    # The patterns below need a space, hyphen or sign after the figure, and a word that starts with one of a
    # few letters: most figures fail this test and skip them all.
    gap = text[end : end + 1]  # (`end` has moved past a range's second figure)
    lead = text[end + 1 : end + 2].lower() if gap in " -\u00a0" else ""
    maybe = (gap in _SIGNS or not gap.isascii()
             or (lead != "" and (lead in _UNIT_WORD_LETTERS or lead in _SIGNS or not lead.isascii())))
    if currency is None and maybe:
        pounds = _POUNDS.match(text, end)
        of_weight = pounds is not None and _OF_AFTER.match(text, pounds.end()) and not _OF_MONEY.match(text, pounds.end())
        if pounds and not of_weight and (number.has_multiplier or _PAID_BEFORE.search(before_text(text, start))
                                         or _PENCE_JOINED_BEFORE.search(text, max(0, start - 30), start)
                                         or _listed_beside_currency(text, start, pounds.end())
                                         or _priced_in_sterling(text, start, pounds.end())):
            # "361 million pounds", "40 million pounds of funding": sterling; "7.5 million pounds of thrust" a weight
            return make("money", "GBP", pounds.end())
        symbol = _SUFFIX_SYMBOL.match(text, end)
        if symbol:  # "10 €", "100 ₡"
            return make("money", SUFFIX_SYMBOLS[symbol.group("sym")], symbol.end())
        minor = _MINOR.match(text, end)
        if minor and not number.has_multiplier:
            name = minor.group("minor").lower()
            unit = next(code for word, code in MINOR_UNITS.items() if name.startswith(word[:4]))
            hundredth = Decimal("0.01")
            high = value_high * hundredth if value_high is not None else None  # "between 28 and 30 cents"
            return Mention(start, minor.end(), "money", value * hundredth, high, unit, precision * hundredth, qualifier, record)
    if currency is not None:
        return _with_cents(text, make("money", currency, end))
    if (gap == "c" and _GLUED_CENTS.match(text, end) and not number.has_multiplier and not number.spelled
            and qualifier != "range" and value < 1000 and not _designated(before, text, end)
            and not _NAME_BEFORE.search(before)):
        hundredth = Decimal("0.01")
        return Mention(start, end + 1, "money", value * hundredth, None, "USD", precision * hundredth, qualifier, record)

    pct = _PERCENT.match(text, end) if maybe or gap == "p" else None
    if pct:
        return make("percent", "percent", pct.end())
    points = _POINTS.match(text, end) if maybe or gap in "pb" else None
    if points:
        unit = "basis_point" if "b" in points.group().lower() else "percentage_point"
        return make("percent", unit, points.end())
    if (gap == "p" and _GLUED_PENCE.match(text, end) and not number.has_multiplier and not number.spelled
            and qualifier != "range" and value < 1000 and int(value) not in _VIDEO_LINES and not _designated(before, text, end)
            and not _NAME_BEFORE.search(before) and (_BRITISH.search(text) or _PRICED_BEFORE.search(before)
                                                     or _PRICED_PER_AFTER.match(text, end)
                                                     or _SHARES_MOVED_BEFORE.search(text, max(0, start - 100), start)
                                                     or _PRICED_PENCE_BEFORE.search(text, max(0, start - 120), start))):
        hundredth = Decimal("0.01")  # "a stamp will cost 135p", "a 5p charge", where the article is British or it is a price
        # ("Shares in the company jumped 12p to 345p": a share's price, as London quotes it)
        return Mention(start, end + 1, "money", value * hundredth, None, "GBP", precision * hundredth, qualifier, record)

    time = _TIME.match(text, end) if maybe else _GLUED_TIME.match(text, end) if gap in "hmsHMS" else None
    if time and time.group("sep") == " " and time.group().lower().endswith(" second") and _ORDINAL_COMPOUND.match(text, time.end()):
        return None  # "Two second-half goals", "three second-round matches": the ordinal "second", no span of seconds
    if time and (not number.has_multiplier or (time.group("unit").lower() in ("year", "yr") and time.group("sep") == " "
                                                and not _SINGULAR_AGO.match(text, end))):
        # ("4.6 billion years old"; "$2 million a year" is no duration, and is no match here)
        unit = units.TIME_UNITS[time.group("unit").lower()]
        kind = "age" if time.group("old") else "duration"
        if unit in ("year", "month", "week", "day") and not number.has_multiplier and value < 130 and (
                _AT_AGE.search(before) or _PERSON_AGED.search(before, max(0, len(before) - 60))
                or _AGE_IS.search(before, max(0, len(before) - 40)) or _AGE_OF_IS.search(before, max(0, len(before) - 50))):
            kind = "age"  # "at the age of 85 years", "a man aged 45 years", "He was aged 23 years", "a child aged 25 months",
            # "Mean age was 63.4 years", "a median age of 38 years", "The median age of participants was 54 years"
            # ("a whisky aged 12 years": how long)
        if unit == "year" and not number.has_multiplier and value < 130 and value_high is None and (
                bound := _OLDER_AFTER.match(text, time.end())) is not None:
            # "participants 18 years and older", "children 5 years or younger": an age, bounded
            return Mention(start, bound.end(), "age", value, None, unit, precision,
                           "at_least" if bound.group("way").lower() == "older" else "at_most", record)
        if kind == "duration" and qualifier == "lower_bound" and _over_is_during(preceding):
            qualifier = "exact"  # "killed 7 million people over 3 years": during them, not more than them
        return _with_smaller_parts(text, make(kind, unit, time.end()))

    if _TIMES.match(text, end):
        verb = next((w for w in reversed(words_before(text, start)[-4:]) if w not in _RATIO_FILLERS), "")
        if ((occasions := _OCCASIONS.match(text, end)) and value == int(value) and verb not in CHANGE_WORDS):
            # ("viewed 3 million times.", "downloaded 1.2m times": a multiplier counts occasions too)
            # ("sales rose 10 times", "grew by some 10 times": tenfold; "raised rates 10 times": how often)
            return make("count", "time", occasions.end("times"))  # "have met more than 40 times": how often
        return None  # "1.5 times higher", "15 times earnings", "a 10-fold rise": a ratio of two figures
    if qualifier == "range" and not number.has_multiplier and 0 < value < (value_high or 0) < 130 and _AGE_BEFORE.search(before):
        return make("age", "year", end)  # "voters aged 18 to 24"
    if (not number.has_multiplier and not number.spelled and value == int(value) and qualifier != "range"
            and (clock := _MINUTES_SECONDS_MARKS.match(text, end)) is not None
            and (clock.group("seconds")[0] == "0" or int(clock.group("seconds")[:2]) >= 12)):
        # "1'12\" to Kragh", "lost 1'45\"": a race's minutes and seconds (an inch mark holds at most 11 after feet)
        seconds = Decimal(clock.group("seconds"))
        value += seconds / 60
        precision = Decimal(1).scaleb(min(0, int(seconds.as_tuple().exponent))) / 60
        return make("duration", "minute", clock.end())
    foot_inch = _FOOT_INCH.match(text, end)
    if foot_inch and not number.has_multiplier:  # "the 6-foot-2 forward", "He is 5'8\" tall": no age
        value += Decimal(foot_inch.group("inches") or foot_inch.group("primed")) / 12
        precision = Decimal(1) / 12
        return make("quantity", "foot", foot_inch.end())
    if not number.has_multiplier and value == int(value) and 0 < value < 130 and qualifier != "range":
        follower = re.match(r"[ \t]*([\w%$€£]+)", text[end : end + 20])  # (a word on the next line follows nothing)
        alone = follower is None or follower.group(1).lower() in _NOT_NOUNS  # no unit or noun follows
        if (follower is not None and follower.group(1).lower() == "of") or (number.spelled and value == 1) or (
                text.startswith("-", end) and text[end + 1 : end + 2].isalpha()):
            alone = False  # "he was one of the richest", "she was 71 of the 200 delegates": no age; "over two-time
            # champion Vingegaard": a compound's number, no age
        if follower is not None and follower.group(1).lower() in ("yo", "y"):  # "a 87 yo man", "87 y/o"
            return make("age", "year", end + follower.end())
        if (_AGE_BEFORE.search(before) and (alone or (_AGE_SURE.search(before) and not number.spelled
                                                       and not _NOUN_UNIT_AFTER.match(text, end)))) or (
                (not number.spelled or (13 <= value < 120 and _spelled_age_holder(before))) and _NAME_COMMA.search(before)
                and not _GAPPED_COUNT_BEFORE.search(before)
                and (text[end : end + 1] == "," or _AT_THE_TIME.match(text, end))) or (  # ("Putin, seventy-one, began")
                not number.spelled and (text[end : end + 1] in (";", ".") or _DASH_AFTER.match(text, end)) and (
                    _FULL_NAME_COMMA.search(before) or _PERSON_COMMA.search(before))) or (
                not number.spelled and text[end : end + 1] in ("\n", "", ".", ";")
                and (_FULL_NAME_COMMA.search(before) or _spelled_age_holder(before))
                and _AGE_LISTED_BEFORE.search(before)) or (  # ("The survivors are Lee, 32, and Kwon, 25.")
                not number.spelled and alone and _AGE_AT.search(before) and re.search(r"[A-Z]", before)) or (
                not number.spelled and alone and value == int(value) and 1 <= value < 120 and (
                    (value >= 13 and _LIFE_STEP_AT.search(before, max(0, len(before) - 80)))  # ("she left at 6": a time)
                    # ("becoming at 21 the youngest man to win", "and at 78 the oldest elected": an age by the superlative)
                    or (value >= 13 and before.endswith(("at ", "At ")) and _OLDEST_AFTER.match(text, end) is not None)
                    or (_WAS_WHEN.match(text, end) and (named := _NAME_WAS.search(text, max(0, start - 80), start)) is not None
                        # (a name set off by an apposition may be a word too: "Smith, a 20-year veteran, was 52 when he")
                        and (named.group(2) or not known_word(named.group(1).lower()))))) or (
                not number.spelled and _LIST_END.match(text, end) and _listed_after(before, _AGE_SURE)) or (  # "aged 19, 22 and 25"
                # "The median age of patients was 67.": a bare number said of an age is one, not a count of patients
                not number.spelled and alone and value < 130 and _AGE_OF_IS.search(before, max(0, len(before) - 60))) or (
                not number.spelled and text[end : end + 1] == ")" and _PERSON_PAREN.search(before)) or (
                not number.spelled and text[end : end + 1] == ":" and _AGE_LABEL_AFTER.match(text, end)) or (  # "37: his age"
                not number.spelled and alone and text[end : end + 1] in (";", ".", ",") and (named := _NAME_IS.search(before))
                and not known_word(named.group(1).lower()) and not _SAID_THAT.search(before)) or (
                # "Putin is 71; Xi is 70": a name no word of the language ("A viral post said Putin is 75": a claim reported)
                (alone or (follower is not None and _VERB_LIKE.fullmatch(follower.group(1)))) and _AGE_CUE_WORDS.search(before) is not None
                and _AGE_CUE.search(before)):  # ("adults over 65 ride free": a verb, not 65 rides)
            return make("age", "year", end)

    if (number.multiplier == 1_000_000 and text[end - 1 : end] == "m" and currency is None
            and not re.match(r"[ -]?[A-Za-z]", text[end : end + 2])
            and not _glued_m_is_millions(before)):
        return None  # "outreach is 48m": metres or millions, nothing says which ("a 2.5m-tonne plant": millions; "a
        # population of roughly 8.5m": millions of people)
    if currency is None and text[end - 1 : end] in "kKmMbB" and text[end - 2 : end - 1].isdigit() and re.match(
            r" [A-Z]", text[end : end + 2]) and not _ACRONYM_PLURAL.match(text, end) and not (
            "." in text[number.start : end] and units.match_alias(text, end + 1)) and not (
            (plural := _PHRASE_WORD.match(text, end)) and is_plural_noun(plural.group("word").lower())):
        return None  # "221B Baker Street", "10K Run": a name, not thousands or billions ("1.12m TEU", "2.5m SUVs": a count;
        # a headline's "2.14M BPD", a decimal before a unit, and "303K Jobs", before a plural noun, are too)
    if currency is None and text[end - 1 : end] in "kKmMbB" and text[end - 2 : end - 1].isdigit() \
            and "." not in text[number.start : end] and _NOTHING_COUNTED_AFTER.match(text, end) and not _glued_m_is_millions(before):
        return None  # "seats 26A and 26B", "Ward 12B.": a whole number glued to a letter, nothing counted after it, is a
        # label, no billions ("1.4B." with a decimal is a magnitude, "Subscribers topped 100m." counts them)
    if currency is None and text[end - 1 : end] == "K" and end - number.start == 2 and text[start - 1 : start] not in ("+", "-", "−"):
        return None  # "4K TVs", "8K sets", "a 5K run": a resolution or a race, not thousands (a signed "-2K" is)

    alias = units.match_alias(text, _skip_space(text, end))
    if alias is None and text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        # "a 270,000-barrel build", "a 500-hectare farm": the news lexicon's unit (oil's barrel) glued by a hyphen
        alias = hyphened if (hyphened := units.match_alias(text, end + 1)) and hyphened[0] - end > 3 else None
    if alias is None and (more := _MORE_BEFORE_UNIT.match(text, end)) is not None and not _TIME_WORD.match(text, more.end()):
        alias = _unit_word(text, more.end())  # ("five more minutes" is read as a time)
        if alias is not None and (alias[1] == "pound" or "/" in alias[1] or units.is_time_unit(alias[1])):
            alias = None  # ("20 more pounds": weight or money, nothing says which)
    if alias and alias[1] == "gram" and _G_FORCE.search(before, max(0, len(before) - 40)):
        return None  # "forces of up to 9g", "pulled 5 g's": multiples of gravity, no grams
    if alias and (text[end] == " " or alias[0] - end >= 2 or alias[1].startswith("degree_") or alias[1] == "gram"):
        # glued only when more than a letter ("10km/hr"), or a temperature ("40C") or grams ("300g": the alias guards it)
        return _with_smaller_parts(text, _with_rate(text, make("quantity", alias[1], alias[0])))

    mb = _MB.match(text, end)
    if mb:  # megabytes or millibars: the sentence's words say which, or neither
        around = _sentence_around(text, start, mb.end())
        unit = "megabyte" if _DATA_WORDS.search(around) else "millibar" if _PRESSURE_WORDS.search(around) else None
        return make("quantity", unit, mb.end()) if unit else None
    found = _quantulum_unit(text, number, end)
    if found and found[1] in ("°", "degree") and not _ANGLE_WORDS.search(text, max(0, start - 30), min(len(text), end + 30)):
        if _is_temperature(text, start, end):
            # "It was 95 degrees in Phoenix": a temperature whose scale is not written, comparable only with another
            return make("quantity", "temperature_degree", number.start + found[0])
        return None  # "40 degrees": a temperature in an unwritten scale, or an angle: nothing says which
    if found:
        return _with_smaller_parts(text, _with_rate(text, make("quantity", found[1], number.start + found[0])))

    if end < len(text) and text[end].isalpha():
        return None  # letters glued to the digits that name no unit ("3D", "5G"): not a figure
    if not number.spelled and value < 11:  # "a magnitude 6.8 quake", "a magnitude of 7.1", "a 7.2-magnitude quake"
        if _MAGNITUDE_BEFORE.search(before) or (
                (scale := _MOMENT_SCALE_BEFORE.search(before)) and "." in text[start:end]
                and (scale.group().strip() != "M" or _QUAKE_AFTER.match(text, end)
                     or _QUAKE_BEFORE.search(text, max(0, start - 50), start))):
            return make("count", "magnitude", end)
        if scale := _MAGNITUDE_AFTER.match(text, end):
            return make("count", "magnitude", scale.end())
        if value >= 2 and _TENTHS.fullmatch(text, start, end) and _QUAKE_NOUN_AFTER.match(text, end):
            return make("count", "magnitude", end)  # "a 6.7 aftershock", "the massive, 7.8 earthquake": told in tenths
    if not number.has_multiplier and "," not in text[start:end] and (
            (not number.spelled and (((name := _NAME_BEFORE.search(before)) and not _function_word_before(name.group()))
                                     or _opening_name(before)) and not _gapped_count(text[max(0, start - 200) : start], text, end)
             and not _gapped_change(text, start)
             and not (_CHAMBER_BEFORE.search(before) and _VOTE_AFTER.match(text, end)))
            or _designated(before, text, end)):
        return None  # "the S&P 500", "Article 5", "Section 230", "phase 3 trials", "the category four storm": part of a
        # name, not a count
    if not number.spelled and (index := STOCK_INDEX.search(text, max(0, start - 30), end)) is not None and index.end() == end:
        return None  # "the Standard & Poor's 500 index", "the Russell 2,000 index": a stock index's name
    if not number.has_multiplier and _ROUND_BEFORE.search(before) and _plural_after(text, end) is None and (
            _ROUND_END.match(text, end)):
        return None  # "reached the last 16", "lost in the round of 16": a knockout round's name ("the last 16 years" counts)
    if not number.spelled and not number.has_multiplier and _NUMBER_BEFORE.search(before) and _MODEL_WORD_AFTER.match(text, end):
        return None  # "delivered 24 737 MAX jets": after a count, a number and a capitalised word name a model
    if not number.has_multiplier and (_RATIO_FIRST_AFTER.match(text, end) or (
            _RATIO_SECOND_BEFORE.search(before) and _RATIO_NOUN_AFTER.match(text, end))):
        return None  # "by an almost 5 to 3 margin", "a 6-3 ruling": a ratio of votes or seats, no count of anything
    if not number.spelled and not number.has_multiplier and _ADDRESS_AFTER.match(text, end):
        return None  # "10 Downing Street", "1600 Pennsylvania Avenue": an address
    if not number.spelled and not number.has_multiplier and _CODE_TITLE_AFTER.match(text, end):
        return None  # "18 U.S.C. 1349": a code's title, no figure
    if (_YEAR_LIKE.fullmatch(number.integer_digits) and not any(c in text[number.start : number.end] for c in ".,")
            and not year_counts_something(text, before, end) and not LEVEL_AFTER_MOVE.search(before[-40:])
            and not count_with_share(text, before, end)):
        return None  # a year the date scan declined (e.g. "2022 percent" handled above): not a count
    if number.spelled and number.value == 1:
        if (extra := _ONE_MORE_TIME.match(text, end)) is not None:
            return make("duration", units.TIME_UNITS[extra.group("unit").lower()], extra.end())  # "runs for one more year"
        if (one := _ONE_PERSON_AFTER.match(text, end)) is None:
            return None  # "one of the", "one element": the pronoun, not a count ("One person was killed" is one)
        # ("When one person dies": the person, whatever the verb after it, which no plural noun reads)
        return make("count", one.group("noun"), one.end("noun"))
    if value >= 2 and value == value.to_integral() and not number.has_multiplier and (
            people := _NATIONALS_AFTER.match(text, end)):
        return make("count", people.group(1).lower(), people.end(1))  # "169 Indians, 53 British, seven Portuguese and a
        # Canadian": a people's name that is its own plural, with no noun after it ("190 Chinese and 170 Russian
        # companies" count companies: `_adjectives_sharing_a_noun`)
    if not number.spelled and value < 1 and (of_point := _OF_A_POINT_AFTER.match(text, end)):
        return make("percent", "percentage_point", of_point.end())  # "cut by 0.4 of a percentage point": 0.4 points
    if (point := _POINT_AFTER.match(text, end)) and (not number.spelled or text[end] == "-"):
        return make("count", "point", point.end())  # "a 13-point lead", "a 7.91 point deficit": as "13 points" (in words
        # only hyphened: "a four-point drop"; "four point five" is a decimal)
    if value < 1 and not number.spelled and (point := _FRACTION_POINT.match(text, end)):
        return make("count", "point", point.end())  # "The bond fell 1/2 point", "the rate fell 0.3 point to 4.1%": a move
        # in points, as "1 point" (singular below one)
    if not number.spelled and (acronyms := _ACRONYM_PLURAL.match(text, end)):
        acronym = acronyms.group("acronym")
        return make("count", "TEU" if acronym.lower() == "teu" or acronyms.group("teu") else acronym,
                    acronyms.end())  # "24,000 TEUs", "300 SUVs"
    if number.multiplier == 1_000_000 and text[end - 1 : end] == "m" and len(number.integer_digits) >= 4:
        return None  # "the 3,000m steeplechase finalists", "the 1500m": metres, no count of billions
    if value >= 2 and value == value.to_integral() and not number.has_multiplier and (times := _N_TIME.match(text, end)):
        return make("count", "time", times.end())  # "a 10-time All-Star", "the three-time champion": how often (won)
    plural = _plural_after(text, end)
    if plural is None and not number.spelled and _THE_BEFORE.search(before) and _MARK_AFTER.match(text, end):
        return make("count", "", end)  # "falling short of the 272 majority mark", "crossed the 300 halfway mark": a level,
        # of what the sentence counts (the word between is no noun counted)
    if plural is None and text.startswith(": ", end) and _opens_line(text, start):
        plural = _plural_after(text, end + 1)  # "12: injuries reported so far", a "by the numbers" line: 12 injuries
    if plural is not None and _foreseen_by(text, plural[0], plural[1]):
        plural = None  # "well below the 175,000 economists polled by Reuters had expected": no economists counted
    if plural is not None and _YEAR_DIGITS.fullmatch(text, start, end) and plural[0] in _OF_A_YEAR \
            and plural[1] - end <= len(plural[0]) + 1:
        return None  # "Small boat arrivals: 2023 statistics", "the 2024 results": a year's, no count of them
    if plural is not None:  # "300 new jobs", "1.2 billion monthly active users", "25 young people"
        counted = singular(plural[0])
        if counted in units.TIME_UNITS:  # "10 more minutes", "five extra days"
            return make("duration", units.TIME_UNITS[counted], plural[1])
        if (counted not in _DIVISIBLE and not number.has_multiplier and not number.spelled and qualifier != "range"
                and _POINT_GROUPED.fullmatch(text, number.start, number.end)):
            value, precision = value * 1000, Decimal(1)  # "The firm has 1.500 employees": no one counts half an employee;
            # a point before three digits groups thousands, as in German ("1.5 points", "1.500 percent" keep it)
        # ("54.7 million 60-kg bags": the size is a figure of its own, so the count's span stops before it)
        return make("count", counted, end if _SIZE_BEFORE_NOUN.match(text, end) else plural[1])
    noun = _NOUN.match(text, end)
    if (noun and number.has_multiplier and text[end - 1 : end].lower() in ("m", "k", "b")
            and noun.group("noun").lower() not in _NOT_NOUNS and noun.group("noun").lower() not in _COMPARED_AFTER
            and not _glued_m_is_millions(before)):
        return None  # "the 58m ferry", "a 10k race": metres or kilometres of a thing, not millions of it ("The
        # population rose to 9.1m last year": people)
    if noun and noun.group("noun").lower() not in _NOT_NOUNS and noun.group("noun").lower() not in IRREGULAR_PAST and (
            noun.group("noun").lower() not in _PAST_AS_PRESENT or not _CLAUSE_END.match(text, noun.end())) and (
            can_be_noun(noun.group("noun").lower())) and not _OBJECT_AFTER.match(text, noun.end()) and not (
            _foreseen_by(text, noun.group("noun").lower(), noun.end())) and not (
            value > 1 and singular(noun.group("noun").lower()) == noun.group("noun").lower() and (
                can_describe(noun.group("noun").lower()) or (
                    not is_plural_noun(noun.group("noun").lower()) and noun.group("noun").lower() not in _SAME_IN_PLURAL))):
        # ("2 million left", "3 fell": a past verb, not what is counted; "the remaining 28 beat them": a verb with its object;
        # "two clear of Arsenal", "three short of the record": an adjective after a number above one, no count of it;
        # "the 150,000 forecast", "about 180 burning": a singular noun after it is a modifier or a verb, unless its plural
        # is the same word: "40 aircraft", "300 sheep")
        counted = singular(noun.group("noun").lower())
        if value == 1 and can_describe(counted) and (head := _singular_after_adjectives(text, end)) is not None:
            if head[0] in units.TIME_UNITS:  # "1 extra day"
                return make("duration", units.TIME_UNITS[head[0]], head[1])
            return make("count", head[0], head[1])  # "1 pregnant woman", "1 local fisherman": the noun, no adjective
        if qualifier == "range" and counted == noun.group("noun").lower() and "-" in text[start:end]:
            return None  # "the 737-800 jet": a model's name (a range counts a plural: "300-400 jets")
        if value != value.to_integral() and counted == noun.group("noun").lower():
            return make("count", "", end)  # "a 7.1 earthquake": a measure of something, not 7.1 earthquakes
        return make("count", counted, noun.end())
    hyphen = _HYPHEN_NOUN.match(text, end) if not number.spelled and not number.has_multiplier else None
    if hyphen and hyphen.group("noun") not in _NOT_NOUNS and hyphen.group("noun") not in _NOT_HYPHEN_NOUNS and (
            can_be_noun(hyphen.group("noun")) and singular(hyphen.group("noun")) == hyphen.group("noun")):
        return make("count", hyphen.group("noun"), hyphen.end())  # "the 150-seat parliament": 150 seats
    of_whole = _OF_WHOLE.match(text, end)
    whole_noun = _plural_after(text, of_whole.end()) if of_whole and value == value.to_integral() else None
    if of_whole and whole_noun and can_be_noun(whole_noun[0]):
        written = of_whole.group("whole").replace(",", "")
        whole = Decimal(written) if written.isdigit() else word_value(written)  # ("five of the six crew members")
        if value < whole:  # "won 162 of the 300 seats", "eleven of the 15 council members": the whole is a figure of its own
            return make("count", singular(whole_noun[0]), end)
    part = _PART_OF.match(text, end) if not of_whole and value == value.to_integral() else None
    if part and (part_noun := _plural_after(text, part.end() - 1)) and can_be_noun(part_noun[0]):
        return make("count", singular(part_noun[0]), end)  # "12 of the victims", "two of its soldiers": a count of victims
    if number.spelled and (number.value < 100 or (number.has_multiplier and _A_MULTIPLIER.match(text, number.start)
                                                   and qualifier == "exact"  # ("more than a million": a figure)
                                                   and not _LEVEL_BEFORE.search(text, max(0, start - 10), start))):
        if number.value == number.value.to_integral() and (_SPELLED_SUBJECT.match(text, end) or _PEOPLE_AFTER.match(text, end)):
            return make("count", _people(text, start, end), end)  # "Four were injured", "three of them died", "twenty-one others",
            # "1,133 injured, 636 trapped and eight missing", "left twelve dead"
        if (number.value == number.value.to_integral() and _IN_PLACE_AFTER.match(text, end)
                and _PLACE_COUNT_BEFORE.search(text, max(0, start - 160), start)):
            return make("count", "", end)  # "16 lives lost in the Eaton Fire and another nine in the Palisades Fire",
            # "Three people died in Ohio and two in Texas": a toll set beside another place's (its noun: _counts_set_beside)
        if number.value == number.value.to_integral() and (labelled := _label_noun(text, start)):
            return make("count", labelled, end)  # "Deaths: Seven directly due to fire": a labelled line's figure in words
        if number.value == number.value.to_integral() and (counted := _tally_noun(text[max(0, start - 130) : start])):
            return make("count", counted, end)  # "The death toll is at least nine", "the number of injuries rose to twelve"
        if (text[number.start : number.end].lower() == "dozens" and text.startswith(" of ", end)
                and (noun := _plural_after(text, end + 3)) and can_be_noun(noun[0])):
            return make("count", singular(noun[0]), noun[1])  # "killed dozens of people": at least 24 people
        if (number.value == number.value.to_integral() and number.value > 1
                and _PEOPLE_VERB_BEFORE.search(text, max(0, start - 40), start) and not _OF_AFTER.match(text, end)):
            return make("count", "person", end)  # "killing at least seven and injuring hundreds": whom the verb hit, in
            # words as in digits ("killing at least 7")
        if number.value == number.value.to_integral() and number.value > 1 and _APIECE_AFTER.match(text, end):
            return make("count", "", end)  # "China and the U.S. tied with forty apiece": each side's count, of what the
            # sentence counts
        if (number.value == number.value.to_integral() and number.value > 1 and _SPELLED_BASE_AFTER.match(text, end)
                and _SPELLED_BASE_BEFORE.search(text, max(0, start - 60), start)):
            return make("count", "", end)  # "won 14 seats, up from four": the base of the figure before, which counts
            # what it counts (`_share_base_heads`)
        return None  # a bare spelled number ("the two", "said one") counts nothing checkable
    if text.startswith("-plus", end) or text.startswith("+", end):
        qualifier = "at_least"  # "a 100-plus crowd", "100+ people"
        stop = end + (5 if text.startswith("-plus", end) else 1)
        if not number.spelled and (noun_after := _plural_after(text, stop)) is not None and can_be_noun(noun_after[0]):
            return make("count", singular(noun_after[0]), noun_after[1])  # "100+ people", "5,000+ visitors"
        return make("count", _label_noun(text, start), stop)
    if number.multiplier == 1_000_000 and text[end - 1 : end] == "m" and not _glued_m_is_millions(before) and not (
            text.startswith("-strong", end) and _STRONG_GROUP.match(text, end)):
        return None  # "ran the 100m in": metres or millions of nothing named ("a 1.5m-strong workforce": millions of people)
    if (number.multiplier == 1_000_000_000 and _SMALL_GLUED_B.fullmatch(text, start, end)
            and (_LABELLED_BEFORE.search(before) or _designated(before, text, end)) and _plural_after(text, end) is None):
        return None  # "in Room 4B", "Gate 12B", "seat 4b": a label ("4B users", "revenue hit 4.5B" are billions)
    if _ERA_AFTER.match(text, end):
        return None  # "3000 BC", "1066 AD": a year of an era, no count ("AD" years are dates)
    if qualifier == "range" and _MONTH_YEAR_NUMERIC.fullmatch(text, start, end):
        return None  # "ratified 7-2018": a month and its year written in digits, no range from 7 to 2018
    if qualifier == "range" and _BARE_HYPHEN_PAIR.fullmatch(text, start, end) and not _BETWEEN.search(before):
        return None  # "shot 13-27 from the field", "the 6-9 forward": made of attempted, a height, a record: no range
    if (not number.spelled and not number.has_multiplier and value >= 100 and number.integer_digits == text[start:end]
            and _THE_BEFORE.search(before) and _names_a_thing_after(text, end)):
        return None  # "The 747 jumbo jet first flew", "the 405 freeway", "the 787 program": a model's or a road's number
    if _counted_later(text, end):
        return make("count", "", end)  # "Population: 293,369 sport utility and passenger vehicles", "6,000 workers at 6
        # manufacturing & distribution facilities": the noun that heads the words after says what is counted, not a
        # label's or the words' before ("vehicles", "facilities" may head them: doubtful, so nothing is said)
    counted = _people(text, start, end) or _object_set_to(before, text, end)
    noun, plural = ("", "") if counted else _label_plural(text, start)
    if plural and (unit := _unit_of_plural(plural)) is not None:
        return make("quantity", unit, end)  # "Acres burned: 132,000": the label's plural is a unit, the figure a measure
    return make("count", counted or noun, end)


_WORDS_AFTER = re.compile(r"(?:[ \t]+(?:&|\d+|[A-Za-z][a-z'’-]*)){1,5}")
_NOUN_PHRASE_ENDS = frozenset(
    "in at on of for from by to with than as who which that was were is are has have had will would could can may after before "
    "during since until till over under across into onto through amid despite because when while where if but or so then per "
    "each around about near within without between among against toward towards off out up down the a an its their his her "
    "this that these those".split())


def _counted_later(text: str, end: int) -> bool:
    """Whether a plural noun lies within the five words after a bare number, before any preposition, conjunction or
    verb ("6 manufacturing & distribution facilities"; not "displaced about 250,000 after days of rain"): the number
    counts something it names."""
    words = _WORDS_AFTER.match(text, end)
    if words is None:
        return False
    for word in words.group().split():
        lower = word.lower()
        if lower in _NOUN_PHRASE_ENDS or (is_verb_only(lower) and not lower.endswith(("ing", "ed"))):  # ("insured vehicles")
            return False
        if lower not in _NOT_NOUNS and is_plural_noun(lower) and can_be_noun(lower):
            return True
    return False


_ERA_AFTER = re.compile(r" ?(?:BCE?|B\.C\.(?:E\.)?|AD|A\.D\.|CE|C\.E\.)(?!\w)")
# a determiner right before a number: "the 747", "its 787"
_THE_BEFORE = re.compile(r"\b(?i:the|its|their|his|her|our)\s+$")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _names_a_thing_after(text: str, end: int) -> bool:
    """Whether the words after a bare number are a singular noun, after any adjectives ("747 jumbo jet", "405 freeway"),
    with no plural noun after it that the number could count ("the 120 member states") and none of the nouns that
    are their own plural ("the 150 crew")."""
    pos = end
    for _ in range(3):
        word = _WORD_AFTER.match(text, pos)
        if word is None:
            return False
        pos, lower = word.end(), word.group(1)
        if lower in _NOT_NOUNS or lower in _SAME_IN_PLURAL or is_plural_noun(lower):
            return False
        if can_describe(lower) and not can_be_noun(lower):
            continue  # "jumbo"
        if not can_be_noun(lower) or not known_word(lower):
            return False
        after = _WORD_AFTER.match(text, pos)
        return after is None or not is_plural_noun(after.group(1))
    return False


_NOTHING_COUNTED_AFTER = re.compile(r"\s*(?:[.,;:)!?]|$)|\s+(?:and|or)\b")
# "- People displaced: about 5.2 lakh", "2. Deaths this year so far: 58": a line's label, then its figure alone
_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:" + _ITEM_BULLET + r"[ \t]*)?(?P<label>[A-Z][\w’' ,()-]{1,40}):[ \t]*"
                           r"(?:(?i:about|around|nearly|almost|over|some|roughly|more than|at least|an estimated)[ \t]+)?$")


_COLLECTIVE_LABELS = {"crew": "crew", "headcount": "employee", "workforce": "employee"}


def _label_noun(text: str, start: int) -> str:
    """The noun a labelled line's figure counts: the first plural of its label ("People displaced: about 5.2 lakh"
    counts people, "Villages under water: 1,200+" villages), else ''."""
    return _label_plural(text, start)[0]


def _label_plural(text: str, start: int) -> tuple[str, str]:
    """(the noun a labelled line's figure counts, the plural as its label writes it: '' for people or none)."""
    label = _LABEL_BEFORE.search(text, max(0, start - 60), start)
    if label is None:
        return "", ""
    words = label.group("label").lower().replace(",", " ").split()
    for i, word in enumerate(words[:5]):
        if word in ("people", "population") or (i == 0 and word in _FATES):
            return "person", ""  # ("Population, end of 2023: 10.64 million", "Dead: at least 41", "Injured: 612")
        if i == 0 and word in _COLLECTIVE_LABELS:
            return _COLLECTIVE_LABELS[word], ""  # ("Crew: 25", "Headcount: 320": a collective noun counts its members)
        if is_plural_noun(word) and word not in _NOT_NOUNS:
            return singular(word), word  # ("Foreign residents: 1.04 million": a word may describe it)
        if word in ("of", "in", "for", "by", "at", "from", "on") and not (word == "of" and i and words[i - 1] == "number"):
            break  # (the noun heads the label: "Central relief", "Rain in Guwahati" name no plural; "Number of victims" does)
    return "", ""


def _unit_of_plural(word: str) -> str | None:
    """The unit a label's plural names ("Acres burned: 132,000", "Miles of road closed: 12"; not a unit of time), else None."""
    found = units.match_alias(word, 0)
    if found is None and (read := units.quantulum_unit(f"1 {word}")) is not None:
        found = (read[0] - 2, read[1])  # (the words quantulum3 knows: "Miles of road closed: 12")
    if found is None or found[0] != len(word) or units.is_time_unit(found[1]) or found[1] == "°":
        return None  # ("Degrees: 5": of what, the label does not say)
    return found[1]


def _smaller(words: str, decimals: bool = False, digits: int = 2) -> re.Pattern[str]:
    # (in words too: "three hours and twenty-seven minutes", "two years and six months")
    number = rf"\d{{1,{digits}}}" + (r"(?:\.\d+)?" if decimals else "") + r"(?![\d,])"
    # ("a five minute 14-second lead", "a one-minute three-second gap": a compound's part, hyphened)
    return re.compile(r",?\s+(?:and\s+)?(?P<n>" + number + r"|(?<![\d.])" + SMALL_WORDS + r"(?=[\s-]))[\s-]?(?:" + words
                      + r")(?![\w-])", re.I)


# A length, weight or time written in two or three units, each smaller after the larger: the units it may go
# on with, in order, as (pattern, how many make one of the unit, how many make one of the unit before it:
# "22 minutes" fits an hour, "75 minutes" does not)
_SMALLER_PARTS = {
    "foot": ((_smaller(r"inch(?:es)?|in\b|\"", decimals=True), 12, 12),),
    "stone": ((_smaller(r"lbs?|pounds?", decimals=True), 14, 14),),
    "pound": ((_smaller(r"oz|ounces?", decimals=True), 16, 16),),
    "mile": ((_smaller(r"yards?|yds?", digits=4), 1760, 1760),),  # ("26 miles 385 yards": a marathon)
    # ("83h 38m 56s", "45 min 24 s": a race's time in letters)
    "hour": ((_smaller(r"minutes?|mins?|m"), 60, 60), (_smaller(r"seconds?|secs?|s", decimals=True), 3600, 60)),
    "minute": ((_smaller(r"seconds?|secs?|s", decimals=True), 60, 60),),  # ("3min 51.29sec": a race's time)
    "year": ((_smaller(r"months?"), 12, 12),),
    "week": ((_smaller(r"days?"), 7, 7),),
    "day": ((_smaller(r"hours?|hrs?"), 24, 24), (_smaller(r"minutes?|mins?"), 1440, 60)),
    "metre": ((_smaller(r"centimet(?:re|er)s?|cm"), 100, 100),),  # ("2 metres 40 centimetres": 2.40 m)
}


# a race's seconds with their unit unsaid after its minutes: "in 1 minute 52.23", "one minute fifty-two point two three"
# (before a stop or a word that ends the time: "1 minute 52 people" is none)
_UNSAID_SECONDS = re.compile(r",? (?P<n>[0-5]?\d\.\d{1,2}|[0-5]\d|(?i:" + SMALL_WORDS + r")(?:" + POINT_WORDS + r")?)"
                             r"(?![\d.]\d)(?=\s*[.,;:)!?]|\s*$|\s+(?:in|at|on|and|for|behind|ahead|to|as|with|after|before|while)\b)")


# a height's centimetres with their unit unsaid after whole metres, two digits or a number of tens in words: "Six metres
# twenty-six, on his final attempt", "He is 1 metre 80 tall" ("six metres, twenty-six homes" and "2 metres 5" are none)
_UNSAID_CENTIMETRES = re.compile(r" (?P<n>[1-9]\d|(?i:" + TWO_DIGIT_WORDS + r"))(?![\w.,-]*\d)"
                                 r"(?=\s*[.,;:)!?]|\s*$|\s+(?:tall|high|in|at|on|and|to|with|for)\b)")


def _with_smaller_parts(text: str, mention: Mention) -> Mention:
    """'5 feet 2 inches', '16st 7lb', '7lb 4oz', '1 hour 22 minutes', '2 hours, 3 minutes and 23 seconds',
    '2 years and 3 months old', 'one minute fifty-two point two three': one figure, in the larger unit."""
    parts = _SMALLER_PARTS.get(mention.unit)
    if parts is None or mention.value_high is not None or mention.value is None or text[mention.end - 3 : mention.end] == "old":
        return mention  # ("a 10-year-old and three months later": the age is whole)
    told_end = mention.end
    for pattern, per, limit in parts:
        m = pattern.match(text, mention.end)
        if m is None:
            continue
        if not _add_smaller(mention, m, per, limit):
            break
        old = _OLD_AFTER.match(text, mention.end)
        if old and mention.unit == "year":  # "2 years and 3 months old"
            mention.kind, mention.end = "age", old.end()
    if mention.unit == "minute" and mention.end == told_end and mention.value == mention.value.to_integral() and (
            unsaid := _UNSAID_SECONDS.match(text, mention.end)) is not None:
        _add_smaller(mention, unsaid, 60, 60)
    if mention.unit == "metre" and mention.end == told_end and mention.value == mention.value.to_integral() and (
            unsaid := _UNSAID_CENTIMETRES.match(text, mention.end)) is not None:
        _add_smaller(mention, unsaid, 100, 100)  # "Six metres twenty-six", "1 metre 80 tall": a vault's or a height's
        # centimetres, their unit unsaid
    return mention


def _add_smaller(mention: Mention, m: re.Match[str], per: int, limit: int) -> bool:
    """Add the smaller unit's number `m` ("n") to `mention`, `per` of them to one of its unit, up to `m`'s end; False (and
    nothing added) when there are `limit` or more of them ("3 hours and 75 minutes")."""
    n = Decimal(m.group("n")) if m.group("n")[0].isdigit() else word_value(m.group("n"))
    if n >= limit:
        return False
    mention.value += n / per
    mention.precision = Decimal(1).scaleb(min(0, int(n.as_tuple().exponent))) / per  # ("51.29sec": to the hundredth)
    mention.end = m.end()
    return True


_DASH_AFTER = re.compile(r" ?[—–]| - ")  # an aside that ends: "two crew survived — a man, 33, and a woman, 25 — after"
_AT_THE_TIME = re.compile(r" at the time,")  # "Betty Bullock, 64 at the time, had started smoking"
_OLD_AFTER = re.compile(r"[- ]olds?\b| of age\b")
_OLDER_AFTER = re.compile(r"(?: of age)?,? (?:and|or) (?P<way>older|younger)\b(?=\s*(?:[,.;:)]|$)|\s+(?:were|was|are|is|have|had|who"
                          r"|in|at|on|from|and|or|with|to|will|can|could|should|may|must|would)\b)", re.I)  # ("older prisoners")


def _with_cents(text: str, mention: Mention) -> Mention:
    """'3 dollars 50 cents', '$3 and 50 cents': one amount (not "5.11 billion dollars and 60 cents per share":
    two, an amount told to the unit only takes cents)."""
    m = _AND_CENTS.match(text, mention.end)
    if m is None and text[mention.end - 1 : mention.end].isalpha():
        m = _CENTS_UNSAID.match(text, mention.end)  # "It costs 15 dollars 50.", "thirteen dollars forty five"
    if (m and mention.value is not None and mention.value == mention.value.to_integral() and mention.value_high is None
            and (mention.precision is None or mention.precision <= 1)):
        cents = m.group("cents")
        mention.value += (Decimal(cents) if cents.isdigit() else word_value(cents)) / 100
        mention.precision = Decimal("0.01")
        mention.end = m.end()
    return mention


def _with_rate(text: str, mention: Mention) -> Mention:
    """'2,140,000 barrels of Russian crude a day', '105 million tonnes a year', '30 bcm annually': a
    quantity followed by a time is a rate (its unit divided by the time)."""
    if "/" in mention.unit or units.is_time_unit(mention.unit):
        return mention
    m = _RATE.match(text, mention.end)
    if m is None:
        window = text[max(0, mention.start - 50) : mention.end + 25]
        periodic = None
        if "nnual" in window or "early" in window or "aily" in window or "eekly" in window or "onthly" in window:
            periodic = _PERIODIC_AFTER.match(text, mention.end) or _PERIODIC_BEFORE.search(text, max(0, mention.start - 50),
                                                                                            mention.start)
        if periodic is not None and "degree" not in mention.unit:
            # "120,000 tonnes of annual copper output", "daily output of 2 million barrels": a rate ("a daily high of 40C" is none)
            mention.unit = _over(mention.unit, _RATE_UNIT[periodic.group("adj").lower()])
            return mention
        return _per_unit(text, mention)
    mention.unit = _over(mention.unit, _RATE_UNIT[(m.group("per") or m.group("y") or m.group("adverb")).lower()])
    mention.end = m.end()
    return mention


# "312 cases per 100,000 residents", "5.4 deaths per 1,000 live births", "1.62 children per woman", "6.5 per 100,000 people"
_PER_BASE = re.compile(r"\s+(?:per|for\s+every|in\s+every|out\s+of\s+every)\s+(?:(?P<n>\d{1,3}(?:,\d{3})+|\d+|one|a|an)\s+)?"
                       r"(?:(?:live|adult|young|working-age)\s+)?(?P<base>people|persons?|residents?|inhabitants?|population|births?"
                       r"|women|woman|men|man|adults?|children|child|households?|capita|head|patients?|pupils?|students?|workers?"
                       r"|employees?)\b", re.I)
_PER_SCALE = re.compile(r"\s+per\s+(?P<scale>million|thousand|billion)(?:\s+(?P<base>people|persons|population|inhabitants|residents))?\b",
                        re.I)
_SCALE_NUMBERS = {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# ("1.2 billion monthly active users" are users, counted over a month: no rate)
_PERIODIC_WITHIN = re.compile(r"\b(daily|weekly|monthly|annual|yearly)\s+[a-z]+$", re.I)


def _count_rate(text: str, mention: Mention) -> None:
    """A count of a population's base or of a time is a rate, its unit the noun over the base: "312 cases per 100,000
    residents" (case per 100000 resident), "300 flights a day" (flight / day); no count of 312 cases, or 300 flights."""
    base = _PER_BASE.match(text, mention.end)
    if base is None and (scaled := _PER_SCALE.match(text, mention.end)) is not None:
        # "68.9 cases per million", "(5.2 per million)", "98.4 per million population": a rate over a population counted
        # in millions or thousands
        word = singular(scaled.group("base").lower()) if scaled.group("base") else "person"
        per = f"per {_SCALE_NUMBERS[scaled.group('scale').lower()]} {word}"
        mention.unit = f"{mention.unit} {per}" if mention.unit else per
        mention.end = scaled.end()
        return
    if base is not None:
        word = singular(base.group("base").lower())
        number = (base.group("n") or "").replace(",", "")
        per = f"per {number} {word}" if number.isdigit() and number != "1" else f"per {word}"
        mention.unit = f"{mention.unit} {per}" if mention.unit else per
        mention.end = base.end()
        return
    if mention.unit and (rate := _RATE.match(text, mention.end)) is not None and not rate.group().lstrip().lower().startswith("of"):
        mention.unit = _over(mention.unit, _RATE_UNIT[(rate.group("per") or rate.group("y") or rate.group("adverb")).lower()])
        mention.end = rate.end()
    elif mention.unit and (periodic := _PERIODIC_WITHIN.search(text[mention.start : mention.end])) is not None:
        mention.unit = _over(mention.unit, _RATE_UNIT[periodic.group(1).lower()])  # "170,000 daily trips"


def _over(numerator: str, denominator: str) -> str:
    """The pint expression of one unit over another, each in parentheses when compound."""
    def term(unit: str) -> str:
        return f"({unit})" if " " in unit else unit

    return f"{term(numerator)} / {term(denominator)}"


_PER = re.compile(r"\s?(?:(?:per|an?)\b|/)\s?(?=[^\W\d_])", re.I)
_CLOCK_UNIT = re.compile(  # a time shorter than the rates' day: "per second", "an hour", "/min"
    "(" + "|".join(sorted((w for w, u in units.TIME_UNITS.items() if u in ("second", "minute", "hour")), key=len, reverse=True))
    + r")\b", re.I)


def _per_unit(text: str, mention: Mention) -> Mention:
    """'150 micrograms per cubic metre', '2 mg/l': a unit over another unit of measure; and rain told over an area past
    the words of what fell ('491 litres falling per square metre', '200 litres of rain per square metre')."""
    per = _PER.match(text, mention.end)
    fallen = None if per is not None else _FALLEN.match(text, mention.end)
    if fallen is not None:
        per = _PER.match(text, fallen.end())
        if per is None or not _AREA_UNIT.match(text, per.end()):
            return mention
    if per is None:
        return mention
    clock = _CLOCK_UNIT.match(text, per.end())
    if clock is not None and mention.kind == "quantity":  # "7.8 km per second" (quantulum3 reads a second of arc)
        mention.unit = _over(mention.unit, units.TIME_UNITS[clock.group(1).lower()])
        mention.end = clock.end()
        return mention
    found = units.match_alias(text, per.end())
    if found is None:
        quantulum = _quantulum_denominator(text[per.end() : per.end() + 30])
        if quantulum is None:
            return mention
        found = (per.end() + quantulum[0], quantulum[1])
    if units.is_time_unit(found[1]) or "/" in found[1]:
        return mention
    mention.unit = _over(mention.unit, found[1])
    mention.end = found[0]
    return mention


# between an amount of rain and the area it fell on: "491 litres falling per square metre"
_FALLEN = re.compile(r"\s+(?:of\s+(?:rain|rainfall|water|precipitation)(?:\s+(?:falling|fell|fallen))?|falling|fell|fallen)"
                     r"(?=\s?(?:per\b|/))", re.I)
_AREA_UNIT = re.compile(r"(?:square|sq\.?)\s|m2\b|m²|km2\b|km²|hectare|acre", re.I)


def _share_of_unit(text: str, start: int, share: Decimal, precision: Decimal, measure: tuple[int, str],
                   occupied: _Occupied) -> Mention:
    """A share of one unit ("three-quarters of a mile", "half an hour"), from `start` to the unit's end: a
    duration when the unit is one of time, else a quantity."""
    end, unit = measure
    kind = "duration" if units.is_time_unit(unit) else "quantity"
    occupied.add(start, end)
    return Mention(start, end, kind, share, None, units.TIME_UNITS.get(unit, unit), precision,
                   qualifier_of(words_before(text, start)))


def _unit_word(text: str, pos: int) -> tuple[int, str] | None:
    """The unit of measure or of time that starts at `pos` ("mile", "kilometre", "hour"): (end, unit)."""
    found = units.match_alias(text, pos)
    if found is not None:
        return found
    word = re.match(r"[a-z]+", text[pos : pos + 20])
    if word is not None and word.group() in units.TIME_UNITS:
        return pos + word.end(), word.group()
    quantulum = _quantulum_denominator(text[pos : pos + 30])
    return None if quantulum is None else (pos + quantulum[0], quantulum[1])


def _quantulum_denominator(words: str) -> tuple[int, str] | None:
    """quantulum3's unit for the words after "per" ("per litre"), read as "1 litre"; (length, unit)."""
    word = re.match(r"[^\W\d_][\w²³]*", words)
    if word is None or word.group().lower() in ("cent", "share", "person", "capita", "head", "year", "day"):
        return None
    found = units.quantulum_unit("1 " + word.group())
    if found is None or found[0] != 2 + word.end():
        return None
    return word.end(), found[1]


def before_text(text: str, start: int) -> str:
    """The 40 characters before `start`, where qualifiers and cue words stand."""
    return text[max(0, start - 40) : start]


def _skip_space(text: str, pos: int) -> int:
    return pos + 1 if pos < len(text) and text[pos] == " " else pos


def _quantulum_unit(text: str, number: Number, end: int) -> tuple[int, str] | None:
    """quantulum3's unit for the words after `number`, when its lexicon knows the next word."""
    tail = text[end : end + 40]
    word = re.match(r"[ -]?([^\W\d_][\w.²³-]*)", tail)  # ("mg/l": the word is "mg", the rest a unit it is over)
    if not word:
        return None
    surfaces, symbols = _quantulum_words()
    token = word.group(1).rstrip(".")
    window = text[number.start : end] if not number.has_multiplier else "7"  # (for the hyphenated forms below)
    if "-" in token and token.split("-", 1)[0].lower() in WORD_VALUES:
        return None  # "300 five-ton trucks", "4,679 twenty-foot equivalent unit containers": the compound has its own
        # number, so the one before it counts what the compound describes
    if "-" in token and token.lower() not in surfaces and not _DIMENSION_SUFFIX.search(token):
        spaced = token.replace("-", " ")  # "a 3.2-square-mile area": the unit written with hyphens
        found = units.quantulum_unit(window + " " + spaced)
        if found is None or found[0] != len(window) + 1 + len(spaced) or spaced.split()[-1] not in surfaces:
            return None
        return end - number.start + word.end(1), found[1]
    dimension = _DIMENSION_SUFFIX.search(token)
    if dimension:  # "a 10-foot-long python", "a 30-metre-high wave": the unit, then what it measures
        token = token[: dimension.start()]
        if token == "m":  # "the 190-m-long Bailey bridge": an "m" that says what it measures is metres, no million
            return end - number.start + word.start(1) + len(token) + len(dimension.group()), "metre"
        found = units.quantulum_unit(window + tail[: word.start(1)] + token)
        if found is None or found[0] <= len(window) or found[0] != len(window) + word.start(1) + len(token):
            return None
        return end - number.start + word.start(1) + len(token) + len(dimension.group()), found[1]
    if token.lower() not in surfaces and token not in symbols:
        return None
    if token[:1].isupper() and token[1:].islower() and len(token) > 2 and token not in symbols:
        return None  # a capitalised word is a name's: "9 League goals", "3 Mile Island"
    # The unit does not depend on the number, so quantulum3 sees a stand-in number and the
    # words after it (its cache then hits across articles). With a multiplier the stand-in also
    # keeps it from reading "m" as metre.
    # Letters glued to the digits ("21st") are read with the digits themselves.
    after = tail if number.has_multiplier else " ".join(tail.split(" ")[:4])
    stop = _WINDOW_END.search(after)
    if stop:  # the unit never runs past the end of its clause: the memo then hits across articles
        after = after[: stop.start()]
    stand_in = text[number.start : end] if tail[:1].isalpha() and not number.has_multiplier else "7"
    found = units.quantulum_unit((stand_in + after)[: len(stand_in) + 40])
    if (found is None or any(c.isdigit() for c in after[: found[0] - len(stand_in)])) and word.end() < len(after):
        # "150 hp at 6,000 rpm": "hp at" misread; "3kg to 5kg": a range quantulum3 reads whole; the word alone
        found = units.quantulum_unit(stand_in + after[: word.end()])
    if found is None or found[0] <= len(stand_in):
        return None
    if found[1] == "ton" and token.lower() in ("ton", "tons"):
        return end - number.start + found[0] - len(stand_in), "metric_ton"  # "a 40,000-ton ship": tonnes (units.UNIT_ALIASES)
    return end - number.start + found[0] - len(stand_in), found[1]


_DIMENSION_SUFFIX = re.compile(r"-(?:long|tall|high|wide|deep|thick)$")
_WINDOW_END = re.compile(r"[.;,!?:](?:\s|$)")


