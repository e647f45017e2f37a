"""Dates in text: find date expressions, anchor them with dateparser, expand them to a range.

A scan with one compiled pattern finds the spans (so dateparser never sees ordinary words like
"may" or "second"). A span that names its day, month and year, or its month and year, is read
from the match itself (a test holds this equal to dateparser's reading); dateparser turns every
other span ("last Monday", "two years ago", "in March") into an anchor date relative to the
article's published date. The granularity of the pattern that matched turns the anchor into an
inclusive range (`February 2022` -> 2022-02-01..2022-02-28, month).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from factcheck.extract.prefilter import starts_with
from factcheck.extract.words import (
    CONTRAST,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    LEVEL_AFTER_MOVE,
    SECTION_SIGN_BEFORE,
    STOCK_INDEX,
    count_with_share,
    is_base_verb,
    year_counts_something,
)
from factcheck.facts import GRANULARITIES
from factcheck.memo import persistent
from factcheck.text import URL_RE, Sentence, metadata_spans

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)} | {"tues": 1, "weds": 2, "thurs": 3}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first month, northern

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
# the months' full names but "May", which is a name as often ("May's", "May alone")
_MONTH_NOT_MAY = "(?:" + "|".join(name for name in calendar.month_name[1:] if name != "May") + ")"
_MONTH_DOTTED = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"  # (a month's short name between dots: "19.Nov.2023")
# the data a month names when it stands before them ("April inflation", "March retail sales", "May payrolls")
DATA_NOUNS = (r"inflation|(?:retail |car |home |new-home |existing-home )?sales|exports|imports|(?:industrial |factory )?output"
              r"|data|figures|payrolls|jobs report|CPI|PPI|PMI|production|trade|deliveries|orders|unemployment|jobless rate"
              r"|traffic|shipments|employment|(?:consumer |producer |wholesale )?prices|housing starts|trade deficit|deficit"
              r"|surplus|spending")
_DATA_AFTER = rf" (?:{DATA_NOUNS}|gain|decline)\b"  # (the data, or a move of them, just after a month)
# the events a month before them dates: "the November election", "its December policy meeting"
EVENT_NOUNS = (r"(?:(?:policy|rate-setting|board|cabinet|general|presidential|parliamentary|legislative|midterm|local|snap"
               r"|leaders['’]?) )?(?:meetings?|summit|session|elections?|vote|referendum|deadline|talks|conference|hearing"
               r"|auction|budget|polls?|listing|flotation|IPO|debut|launch|attacks?|bombings?|shooting|earthquake|quake|floods?"
               r"|crash|rally|protests?|coup|invasion|visit|trip|speech|ceasefire|truce|inauguration|primary|caucus(?:es)?"
               r"|census|reshuffle|raid|blast|explosion|derailment|eruption|outage|blackout|wildfires?|uprising|strikes?|recess)")
# (no share's figure: "in June 3.5 percent", "to September 7% more")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\.\d|,(?!(?:1[89]|20)\d\d(?!\d))\d|\s?%|\s?(?:per ?cent|percent|pc)\b)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# "The results, due Monday, could shift the race": what is due lies ahead ("was due" is `_SCHEDULED_PAST`'s)
_DUE_BEFORE = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bhad )\bdue\s+(?:on\s+|by\s+)?$", re.I)
# "granted a delay until Jan. 31": the end of a delay (extension, reprieve ...) granted, which has not come (the nearest)
_DELAY_UNTIL_BEFORE = re.compile(r"\b(?:(?:delay|extension|postponement|reprieve|moratorium|pause|deferral)\s+until"
                                 # ("delayed a statehood declaration until at least November 15", "adjourned the case to
                                 # January 12": a verb of putting off and where it puts it)
                                 r"|(?:delayed|postponed|deferred|put\s+off|pushed\s+back|adjourned|extended)\s+(?:[\w'’-]+\s+){0,4}?"
                                 r"(?:until|till|to))\s+(?:at\s+least\s+)?(?:on\s+)?$", re.I)
_HAS_UNTIL_BEFORE = re.compile(r"\b(?:has|have|gives?|given|will\s+have)\s+(?:\w+\s+){0,3}?until\s+(?:(?:midnight|noon|the\s+end\s+of)\s+)?"
                               r"(?:on\s+)?$", re.I)
# the months listed before a month and its year share the year: "in June and July 2026", "in May, June and July 2025"
_MONTH_YEAR_LISTED_AFTER = re.compile(
    r"(?:,\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))*,?\s+(?:and|or)\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+(?:of\s+)?"
    r"(?P<year>(?:1[89]|20)\d\d)\b")  # ("in January or February of 2020")
# (and the seasons: "in the spring or summer of 2007", "through the autumn and winter of 2019")
_SEASON_YEAR_LISTED_AFTER = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?(?i:spring|summer|autumn|fall|winter),?\s+(?:of\s+)?"
                                       r"(?P<year>(?:1[89]|20)\d\d)\b")
_CALENDAR_YEAR = r"(?:[Cc]alendar (?:[Yy]ear )?)"  # ("the third quarter of calendar year 2024": not a fiscal year's)
_ANY_YEAR = r"(?:1\d\d\d|20\d\d)"  # inside a full date ("5 December 1391") any year is a year
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_PART = r"(?:(?:early|mid|late|earlier|later)[- ](?:in )?)"
_QUARTER_WORD = r"(?:(?i:first|second|third|fourth|final)|1st|2nd|3rd|4th)"


def _listed_before(item: str, last: str) -> str:
    """The rest of a list whose first item was just read: more items, then "and"/"or"/"to" and the `last`."""
    return rf"(?:,\s(?:the\s)?{item})*,?\s(?:and|or|&|to|through)\s(?:the\s)?{last}"


# "the first or second quarter of 2024", "first- and second-quarter profit", "Q1, Q2 and Q3 of 2022", "the first and
# second halves of 2023": a rank listed before a quarter or a half is a period of its own, read as the last one is (its year)
_QUARTER_ITEM = rf"(?:{_QUARTER_WORD}(?:[- ][qQ]uarter|-)?)"
_HALF_ITEM = r"(?:(?i:first|second)(?:[- ]half|-)?)"
_QUARTER_LIST = _listed_before(_QUARTER_ITEM, rf"{_QUARTER_WORD}[- ][qQ]uarters?(?![\w-])")
_Q_LIST = _listed_before("Q[1-4]", r"Q[1-4](?![\w-])")
_HALF_LIST = _listed_before(_HALF_ITEM, r"(?i:first|second)[- ](?:half|halves)(?![\w-])")
_H_LIST = _listed_before("H[12]", r"H[12](?![\w-])")
_LISTED_PERIOD_TAIL = re.compile(rf"(?:{_QUARTER_LIST}|{_Q_LIST}|{_HALF_LIST}|{_H_LIST})"
                                 r"(?:,?\s(?:of\s)?(?:[Cc]alendar\s(?:[Yy]ear\s)?)?(?P<year>(?:1[89]|20)\d\d)(?![\w-]))?")
_ORDINAL_WORD_DAY = (
    r"(?:twenty[- ]|thirty[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
_ORDINAL_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|" + _ORDINAL_WORD_DAY

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_YEAR_WORDS = (  # "nineteen ninety-six", "nineteen oh one", "twenty twenty-four", "two thousand and eight"
    rf"(?i:(?:nineteen|twenty)[ -](?:(?:{_TENS})(?:[ -](?:{_UNITS}))?|(?:oh|zero)[ -](?:{_UNITS})|{_TEENS})"
    rf"|two thousand(?:(?: and)? (?:(?:{_TENS})(?:[ -](?:{_UNITS}))?|{_TEENS}|{_UNITS}))?)"
)
_FULL_YEAR = rf"(?:{_ANY_YEAR}|{_YEAR_WORDS}(?![\w-]))"  # ("May 5, 1990", "the fourth of July, nineteen forty-six")
_YEAR_WORDS_RE = re.compile(_YEAR_WORDS)
YEAR_WORD_VALUES = {w: i + 1 for i, w in enumerate(_UNITS.split("|"))}
YEAR_WORD_VALUES.update({w: 10 + i for i, w in enumerate(_TEENS.split("|"))})
YEAR_WORD_VALUES.update({w: 20 + 10 * i for i, w in enumerate(_TENS.split("|"))})
YEAR_WORD_VALUES.update({"oh": 0, "zero": 0})

_NTH = r"(?i:first|second|third|fourth|last|1st|2nd|3rd|4th)"
# "a 1800 km pipeline", "1900 MW": a unit after a year-like number makes it a measure
_UNIT_AFTER_YEAR = (r"km|kms|kilomet(?:er|re)s|m|metres|meters|mi|miles|ft|feet|kg|kilograms|t|tonnes|tons|lb|lbs"
                    r"|mph|kph|km/h|MW|GW|kW|kWh|MWh|GWh|bpd|bcm|hectares|ha|acres|sq"
                    r"|GMT|UTC|BST|CET|CEST|EST|EDT|MSK|JST|ET|hrs|local time")  # ("at 2000 GMT": a time of day)
_CENTURY_ORDINAL = (r"1[0-9]th|20th|21st|(?i:eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
                    r"|nineteenth|twentieth|twenty-first)")
# "the first quarter of fiscal 1998", "its fiscal second quarter": a fiscal calendar nobody wrote down
_NOT_FISCAL = (r"(?!,? (?:of )?(?:the |its |their |this |last |next )?(?:current |present |previous |same )?"
               r"(?:[A-Z][\w.&-]*['’]s? |(?i:company|group|firm|bank)['’]s )?(?:(?i:fiscal|financial)\b|FY ?['’]?\d))")

_NOT_FISCAL_RE = re.compile(_NOT_FISCAL)
_NTH_OF_BEFORE = re.compile(r"(?:\b[Tt]he )?\b(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th) of $")

# A month followed by a day or a year is some other alternative's ("March 5", "March, 2024"), but
# "Since January, 300 people" is a month
_COUNTED_AFTER = r" (?!(?:was|has|is|does)\b)[a-z]{2,}s\b"  # a plural noun a number counts
_SCALED_AFTER = r" ?(?i:hundred|thousand|million|billion|trillion|mln|bln|trln|mn|bn)\b"  # ("at end March 2 million euros")
_DAY_OR_YEAR_AFTER = (r"\.? (?:of )?(?:[12]\d|3[01]|0?[1-9])(?!\d|[.,]\d|\s?%|\s?(?:per ?cent|percent|pc)\b"  # ("in May 12 per cent",
                      rf"|{_COUNTED_AFTER}|{_SCALED_AFTER})"  # "In March 150 firms closed": May, March)
                      r"|\.?, (?:of )?(?:1\d|20)\d\d(?!\d)")

# Each alternative is a named group whose name starts with its granularity.
_MONTH_COUNT = r"two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]"
_DECADE_WORDS = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
# (each a lookbehind of its own: one of any length is none Python's `re` reads)
_SUPERLATIVES = ("warmest", "hottest", "coldest", "coolest", "wettest", "driest", "snowiest", "sunniest", "stormiest",
                 "busiest", "quietest", "slowest", "strongest", "weakest", "deadliest", "best", "worst", "biggest")
_DATE_BODY = (
    r"(?:"
    # "March 22-April 2", "22 March to 2 April 2024": a range across two months
    rf"(?P<range_mdmd>{_MONTH} {_DAY}\s?(?:-|–|to|through|until) ?{_MONTH} {_DAY}(?:,? {_ANY_YEAR})?)(?![\d,]*\d)"
    rf"|(?P<range_dmdm>{_DAY} {_MONTH}\s?(?:-|–|to|through|until) ?{_DAY} {_MONTH}(?:,? {_ANY_YEAR})?)(?![\d,]*\d)"
    rf"|(?P<day_ofrel>(?:{_MONTH} {_DAY}|{_DAY} (?:of )?{_MONTH}),? (?:of )?(?i:this|last|next) year)(?! of\b)"
    rf"|(?P<range_dmd>{_MONTH} {_DAY}\s?(?:-|–|to|through|until) ?{_DAY}(?:,? {_ANY_YEAR})?)(?![\d,]*\d)"
    # "between August 23rd and 30th" ("on August 23 and 30 people": no range without "between")
    rf"|(?:(?<=[Bb]etween )|(?<=\b[Oo]n ))(?P<range_dmd_and>{_MONTH} {_DAY} and {_DAY}(?:,? {_ANY_YEAR})?)(?![\d,]*\d)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|to|for|with|when|as|and|but)\b"  # ("on August 23 and 30 people": a count)
    r"|\s+[a-z]{3,}s\s+to\s+[a-z])"  # ("The visit on May 16 and 17 aims to highlight": a verb)
    # "on 16 and 17 May": both days (not "17 May" alone)
    rf"|(?:(?<=[Bb]etween )|(?<=\b[Oo]n ))(?P<range_ddm_and>{_DAY} and {_DAY} (?:of )?{_MONTH}(?:,? {_ANY_YEAR})?)"
    rf"|(?P<range_ddm>{_DAY}\s?(?:-|–|to|until|till|through) ?{_DAY} (?:of )?{_MONTH}(?:,? {_ANY_YEAR})?)"
    rf"|(?P<day_mdy>{_MONTH} {_DAY}(?:, ?| ){_FULL_YEAR})"  # ("May 16,2024")
    rf"|(?P<day_dmy>{_DAY} (?:of )?{_MONTH}(?:, ?| ){_FULL_YEAR}|{_DAY}-{_MONTH}-{_FULL_YEAR}(?![\w-])"  # ("4-Jun-2024")
    rf"|{_DAY}\.{_MONTH_DOTTED}\.{_FULL_YEAR}(?![\w-]|\.\d))"  # ("Sunday (19.Nov.2023)", as Brazilian outlets write it)
    # ("2024-05-16T10:00:00Z", a timestamp: its day)
    r"|(?P<day_iso>" + _YEAR + r"-[01]\d-[0-3]\d(?:T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?)?)"
    r"|(?P<day_numeric>(?:" + _YEAR + r"[/.][01]?\d[/.][0-3]?\d|[0-3]?\d/[0-3]?\d/(?:" + _ANY_YEAR + r"|\d\d)"
    r"|[0-3]?\d-[0-3]?\d-" + _ANY_YEAR +
    r"|[0-3]?\d\.[0-3]?\d\." + _ANY_YEAR + r"))(?![\w/.]?\d)"
    r"|(?P<month_numeric>[01]?\d/" + _YEAR + r")(?![\w/.]?\d)"
    # "the first of April", "the twenty-third of May, 1998": a day written as an ordinal word
    rf"|(?<=the )(?P<day_word>(?i:{_ORDINAL_DAY}) of {_MONTH}(?:,? {_FULL_YEAR})?)(?![\w-])"
    # "May twenty-first, nineteen fifty-two", "on June the second": a month, then its day as an ordinal word (a
    # broadcast transcript's), before a year, a stop or a comma ("in March first-time buyers" is none)
    rf"|(?P<day_mword>{_MONTH} (?:the )?(?i:{_ORDINAL_WORD_DAY})(?:,? {_FULL_YEAR})?)(?![\w-])(?=\s*[,.;:)]|\s*$)"
    # ("In January 12 banks failed": after "in", a month and the count of a plural noun, not a day)
    rf"|(?:(?<!\b[Ii]n )|(?!{_MONTH} {_DAY}{_COUNTED_AFTER}))(?P<day_md>{_MONTH} {_DAY})(?![\d,]*\d|{_SCALED_AFTER})"
    r"(?!,? (?i:nineteen|two thousand|twenty))"
    rf"|(?P<day_dm>{_DAY} (?:of )?{_MONTH})(?!,? (?i:nineteen|two thousand|twenty))"
    rf"|(?P<range_mm>{_MONTH}\s?(?:-|–|to|through|thru|until|till) ?{_MONTH}(?:,? {_ANY_YEAR})?)(?![\w-])"
    # ("Dec-23", "Oct-22": a data series' month and year; "on Dec-23" may be a day, left out)
    rf"|(?P<month_my>(?<!\bon )(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)-\d\d(?![\w-])"
    rf"|{_PART}?{_MONTH},? (?:of )?(?:{_FULL_YEAR}|['’]\d\d(?![\w'’])"
    # ("signed in August 99 and renewed": two digits no day can be, before a stop or a conjunction; "In March 45
    # people died" is a count)
    r"|(?:3[2-9]|[4-9]\d)(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|to|when|before|after|until)\b)))(?![- ](?:quarter|half)\b)"
    # ("Q1/2002", "H1/03": a report's table heads; "| Q1 24 |", "Q3-24": two digits alone only in a table's cell)
    r"|(?P<quarter_short>[1-4]Q[ /]?(?:" + _YEAR + r"|\d\d)|Q[1-4] ?['’]\d\d|Q[1-4][/-](?:" + _YEAR + r"|\d\d)"
    r"|Q[1-4][ -]\d\d(?= *\|)|" + _YEAR + r"-?Q[1-4])(?![\w/-])"  # ("2023Q3", "2016-Q4": the year first, glued)
    r"|(?P<half_short>[12]H[ /]?(?:" + _YEAR + r"|\d\d)|H[12] ?['’]\d\d|H[12]/(?:" + _YEAR + r"|\d\d)"
    r"|H[12][ -]\d\d(?= *\|)|" + _YEAR + r"-?H[12])(?![\w/-])"
    rf"|(?P<quarter_lead>{_QUARTER_ITEM}(?={_QUARTER_LIST})|Q[1-4](?={_Q_LIST}))"
    rf"|(?P<half_lead>{_HALF_ITEM}(?={_HALF_LIST})|H[12](?={_H_LIST}))"
    rf"|(?P<quarter_q>(?:{_QUARTER_WORD}[- ](?:[cC]alendar[- ])?[qQ](?:uarters?|tr),? (?:of )?{_CALENDAR_YEAR}?|Q[1-4],? (?:of )?"
    rf"|(?i:last) quarter,? of {_CALENDAR_YEAR}?){_YEAR}"
    rf"|{_YEAR}(?:['’]s)?,? (?:the )?(?:Q[1-4]|{_QUARTER_WORD}[- ](?:[cC]alendar[- ])?[qQ](?:uarter|tr)))"
    rf"|(?P<quarter_rel>(?i:this|last|next) year['’]s (?:{_QUARTER_WORD}[- ](?:[cC]alendar[- ])?[qQ](?:uarter|tr)|Q[1-4]\b"
    r"|(?i:first|second)[- ]half))" + _NOT_FISCAL +
    # "the prior year's third quarter", "the year-earlier fourth quarter": the one a year before the bare one's reading
    rf"|(?<![\w-])(?P<quarter_prior>(?:(?i:prior|previous|preceding) year['’]s|(?i:year-(?:earlier|ago))) "
    rf"(?:{_QUARTER_WORD}[- ](?:[cC]alendar[- ])?[qQ](?:uarter|tr)|Q[1-4]\b|(?i:first|second)[- ]half))" + _NOT_FISCAL +
    rf"|(?P<quarter_bare>(?:{_QUARTER_WORD}[- ](?:[cC]alendar[- ])?[qQ](?:uarters?|tr)(?:,? (?:of )?(?:the|this|last|next) year)?"
    r"|(?i:last) quarter,? of (?:the|this|last|next) year"
    rf"|Q[1-4](?:,? (?:of )?(?:this|last|next) year)?(?![\w-])){_NOT_FISCAL})"
    # "the September quarter", "its December half": the quarter or half that ends in that month (a calendar's,
    # whatever the fiscal year)
    # ("in September quarter", "the September 2019 quarter": as Indian and Australian business news write it)
    r"|(?:(?<=[Tt]he )|(?<=\bits )|(?<=\btheir )|(?<=\b[Ii]n )|(?<=\bfor )|(?<=\bof )|(?<=\bagainst )|(?<=\bfrom ))"
    r"(?P<quarter_month>(?:March|June|September|Sept|December|Dec)\.?(?: " + _YEAR + r")?[- ]"
    rf"(?:quarter|half)(?:,? (?:of )?{_YEAR})?)(?![\w-])"
    rf"|(?P<half_h>(?i:first|second|latter)[- ](?:half|halves),? (?:of )?{_CALENDAR_YEAR}?{_YEAR}|H[12],? {_YEAR}|{_YEAR},? H[12]"
    rf"|{_YEAR}['’]s (?:first|second|latter)[- ]half)"  # ("1988's second half", as "1988's fourth quarter")
    rf"|(?P<half_bare>(?:(?i:first|second|latter) half of (?:the|this|last|next) year|(?i:first|second)-half|H[12](?![\w-])"
    rf"|(?<=the )(?:first|second|latter) half(?! of\b)|(?:(?<=and )|(?<=or ))(?:first|second)[- ]halves(?! of\b)){_NOT_FISCAL})"
    # "Q3FY17", "Q1 FY2024", "3QFY18": a quarter of a fiscal year, read only in a calendar the article's country fixes
    rf"|(?P<quarter_fy>(?:Q[1-4]|[1-4]Q) ?(?:of )?FY ?(?:{_YEAR}|'?\d\d)(?:[-/]\d\d)?)(?![\w/-])"
    rf"|(?P<fiscal_fy>(?i:fiscal(?: year)?|financial year) (?:{_YEAR}|'\d\d)(?:[-/]\d\d)?|FY ?(?:{_YEAR}|'?\d\d)(?:[-/]\d\d)?"
    rf"|{_YEAR} (?i:fiscal|financial) year)(?![\w-])"
    rf"|(?P<season_rel>(?i:{_SEASON}) of (?i:next|last|this) year(?![\w-]))"  # "by the spring of next year"
    rf"|(?P<season_sy>(?i:{_SEASON}) (?:of )?(?:{_YEAR}|{_YEAR_WORDS}|['’]\d\d(?![\w'’])))"
    rf"|(?:(?<=\bin the )|(?<=\bIn the )|(?<=\bthis past )|(?<=\bThis past )|(?<=\bduring the )|(?<=\bDuring the )"
    rf"|(?<=\bover the )|(?<=\bOver the )|(?<=\buntil the )|(?<=\btill the )|(?<=\bby the )|(?<=\bBy the )"
    rf"|(?<=\bsince the )|(?<=\bSince the )|(?<=\bthrough the )|(?<=\bthroughout the )|(?<=\binto the ))(?P<season_bare>{_SEASON})"
    r"(?![\w-]|,? (?:of|in|from|semester|term|session|collections?|meetings?|transfer|window|solstice|equinox|months?)\b)"
    # "expected in autumn.", "In winter, the roads ice over": bare after "in" only where a clause goes on
    rf"|(?:(?<=\bin )|(?<=\bIn )|(?<=\bby )|(?<=\bBy )|(?<=\buntil )|(?<=\bbefore ))(?P<season_in>{_SEASON})"
    r"(?=[,.;:)]|$| (?:and|or|when|as|after|before|to|with|for|at|on|if)\b)"  # ("could begin coming home by spring.")
    r"|(?:(?<=\bover the )|(?<=\bOver the )|(?<=\bthis past )|(?<=\bThis past )|(?<=\bduring the )|(?<=\bDuring the )"
    r"|(?<=\bby the )|(?<=\bBy the )|(?<=\bthrough the )|(?<=\bthroughout the )|(?<=\buntil the )|(?<=\btill the ))"
    r"(?P<weekend_bare>weekend)\b"
    rf"|(?P<century>(?:{_CENTURY_ORDINAL})[- ](?:century|Century(?! (?:[A-Z]|of [A-Z]))))(?![\w-])"  # ("21st Century Fox",
    # "20th Century Studios": a name)
    r"|(?P<rel_century>(?<!the )(?i:this|last|next) century|(?i:this) decade)(?![\w-])"  # ("the last century" may be the
    # past hundred years, "the next decade" the next ten)
    r"|(?P<decade_d>(?:(?i:early|mid|late)[- ])?(?:(?:1[89]|20)\d0|'\d0)'?s)"
    # "went public in '86", "since '95": a year of two digits after a preposition (not "the class of '86": of)
    r"|(?:(?<=\bin )|(?<=\bIn )|(?<=\bsince )|(?<=\bSince )|(?<=\buntil )|(?<=\bby )|(?<=\bfrom ))(?P<year_short>['’]\d\d)(?![\w'’%-])"
    # "the nineteen-eighties", "the Sixties" ("temperatures in the nineties": no decade)
    rf"|(?P<decade_w>(?:(?i:early|mid|late)[- ])?(?:(?i:nineteen)[- ](?i:{_DECADE_WORDS})|(?<=the )(?:{_DECADE_WORDS.title()})))"
    r"(?![\w'’-])"
    # "the seventies", "the early 70s", "the noughties": a decade only where no temperature, price or score is told
    rf"|(?<=\bthe )(?P<decade_plain>(?:(?i:early|mid|late)[- ])?(?:[2-9]0['’]?s|{_DECADE_WORDS}|noughties))(?![\w'’-])"
    # (a line's end parts two years: "by 2028\n- 17 million")
    rf"|(?P<range_yy>{_YEAR}[^\S\n]?[-–][^\S\n]?(?:{_YEAR}|\d\d)|{_YEAR}/\d\d)(?![\w/-])"
    r"|(?P<rel_day2>(?i:day (?:before yesterday|after tomorrow)))"
    rf"|(?P<weekday_week>(?i:this|next|last) week,? (?:on )?{_WEEKDAY}|{_WEEKDAY},? (?:of )?(?i:this|next|last) week)"
    r"|(?P<rel_fiscal>(?i:this|last|next|current|previous|coming) (?:(?i:fiscal|financial) year|fiscal(?! (?i:first|second|third"
    rf"|fourth|quarter|half|year)\b))(?:,? {_YEAR}[-–/]\d\d(?!\d))?)(?![\w-])(?! (?:19|20)\d\d\b)"  # ("the current financial
    # year 2017-18"; "the current fiscal 1998" is fiscal 1998)
    rf"|(?P<rel_period>{_PART}?(?i:this|last|next|past|current|coming|upcoming) (?:year|quarter|month|week|{_SEASON})"
    r"|(?i:this|last) weekend)(?! of\b)"
    r"|(?P<rel_after>(?<=the )(?<!of the )(?i:year|month|week) (?i:after next|before last))"  # "the year after next"
    # "the first trading day of the new year", "will reopen in the New Year": the year just begun (or about to), not
    # the holiday ("the New Year holiday", "New Year's Day")
    r"|(?P<rel_new_year>(?<=[Tt]he )(?i:new year)(?!['’]s)(?![\w-])(?! (?:[A-Z]|(?i:holidays?|celebrations?|festivities"
    r"|festival|party|parties|break|eve|day|resolutions?|honours|honors|message|address|speech|greetings?|fireworks|rush"
    r"|sales?|gala|countdown|concert)\b)))"
    r"|(?P<rel_tod>(?i:tonight|last night|this (?:morning|afternoon|evening)))"
    r"|(?P<rel_day>(?i:yesterday|today|tomorrow))"
    r"|(?P<day_holiday>(?:Christmas (?:Day|Eve)|New Year['’]s (?:Day|Eve)|Boxing Day|Valentine['’]s Day|Halloween"
    r"|Thanksgiving Day|Black Friday|Cyber Monday|Memorial Day|Labor Day|Easter (?:Sunday|Monday)|Fourth of July"
    r"|Good Friday(?! (?:Agreement|accord|peace))|Ash Wednesday|Palm Sunday|(?:Maundy|Holy) Thursday|Shrove Tuesday"
    r"|(?:(?<=\b[Oo]n )|(?<=\b[Aa]t )|(?<=\b[Bb]efore )|(?<=\b[Aa]fter )|(?<=\b[Uu]ntil )|(?<=\b[Bb]y )|(?<=\b[Ss]ince )"
    r"|(?<=\b[Oo]ver )|(?<=\b[Ff]rom )|(?<=\bto )|(?<=\b[Ll]ast )|(?<=\b[Tt]his )|(?<=\b[Nn]ext )|(?<=\b[Bb]etween )"
    r"|(?<=\b[Ff]or )|(?<=\b[Dd]uring )|(?<=\b[Aa]round )|(?<=\band ))"  # ("between Thanksgiving and Christmas":
    # after "and" only where a day is joined just before it: `find_dates`)
    r"(?:Christmas|Thanksgiving|Easter)(?! [A-Z])"
    r"(?!,? (?:shoppers|sales|trees?|cards?|parties)\b))"
    rf"(?![\w'’-])(?:,? {_ANY_YEAR}(?![\w-]))?)"  # bare "Christmas" only after a preposition: "Christmas sales" is no day
    r"|(?P<rel_ago>(?:day|week|fortnight|month|year|decade|century|centuries)s? ago)"  # its count is read backwards (`_AGO_COUNT`)
    r"|(?P<rel_hence>(?:day|week|month|year)s? from (?i:now|today))"  # "a year from now", "two weeks from today"
    # "the first nine months of 1997", "the first six months of the year": January to the month named
    # ("the first three months" alone: of the year, where business is reported; not "the first three months of his term")
    rf"|(?P<months_first>(?i:first) (?:(?:{_MONTH_COUNT}) months|(?i:two|three|2|3) quarters)"
    rf"(?: (?:of|in) (?:{_YEAR}|(?:the|this|last) year)"
    r"|(?! (?:of|in|after|since|as|under|at|on|following|before|to|through|ended|ending)\b))"
    # "the final three months of last year": the months that end it (not "the last three months" alone: up to now)
    rf"|(?i:last|final) (?:{_MONTH_COUNT}) months (?:of|in) (?:{_YEAR}|(?:the|this|last) year))(?![\w-])"
    rf"|(?P<week_nth>(?:{_NTH}|(?i:final)) week (?:of|in) (?:{_MONTH}(?:,? {_YEAR})?|(?i:this|next|last) month|{_YEAR}))(?![\w])"
    rf"|(?P<weekday_nth>(?:{_NTH}) {_WEEKDAY} (?:of|in) (?:{_MONTH}(?:,? {_YEAR})?|(?i:this|next|last|the previous|previous) month))"
    rf"|(?P<weekday>(?:(?i:last|next|this) )?(?:{_WEEKDAY}|Tues|Weds|Thurs)(?: the (?:{_ORDINAL_DAY})"  # ("landed Thurs")
    # "closes on Monday 3 and reopens on Friday 7 June": the day of the month, where a clause or a range goes on
    r"| (?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?=[,;)]|\.(?!\d)|$| ?[-–] ?\d| (?:and|to|until|till|through|or)\b))?)"
    # ("the last Friday of every month", "of the month": a day that recurs; not "on Sunday in the election")
    r"(?! (?:of|in) (?:every|each)\b| of the\b| in the (?:month|week|year)\b"
    # ("on Tuesday nights", "Monday and Tuesday nights from March 30": parts of days that recur)
    rf"|(?:(?:,| and| or|,? and| to) {_WEEKDAY})? (?i:nights|mornings|afternoons|evenings)\b)"
    rf"|(?P<month_ofrel>{_PART}?{_MONTH},? (?:of )?(?i:this|last|next) year)(?! of\b)"
    rf"|(?P<month_rel>(?i:this|last|next) {_MONTH})(?![\w]|{_DAY_OR_YEAR_AFTER})"
    r"|(?:(?<=\bin )|(?<=\bIn )|(?<=\bsince )|(?<=\bSince )|(?<=\buntil )|(?<=\bUntil )|(?<=\bby )|(?<=\bBy )"
    r"|(?<=\bfrom )|(?<=\bFrom )|(?<=\bof )|(?<=\bbefore )|(?<=\bBefore )|(?<=\bafter )|(?<=\bAfter )"
    r"|(?<=\bthrough )|(?<=\bThrough )|(?<=\bThroughout )|(?<=\bduring )|(?<=\bDuring )|(?<=\bbetween )|(?<=\bBetween )"
    r"|(?<=\bas recently as )|(?<=\bas late as )|(?<=\bas early as )|(?<=\bas far back as )|(?<=\bas long ago as )"
    r"|(?<=\bin both )|(?<=\bIn both )|(?<=\bin either )|(?<=\bduring both )"  # ("rose in both August and September")
    r"|(?<=\bto )|(?<=\band )|(?<=\bor )|(?<=\w, )"  # (after "to", "and", "or", a comma only as `_month_after_joiner` allows)
    r"|(?:(?<=\bfor )|(?<=\bFor )|(?<=\btill )|(?<=\bthroughout )|(?<=\bexcept )"
    r"|(?<=\bover )|(?<=\bOver )|(?<=\binto )|(?<=\bas soon as )"
    # ("after a strong November", "a record October for sales", "a wet July": an adjective of how the month went)
    r"|(?<=\ba strong )|(?<=\ba weak )|(?<=\ba record )|(?<=\ba busy )|(?<=\ba quiet )|(?<=\ba slow )|(?<=\ba solid )"
    r"|(?<=\ba bumper )|(?<=\ba cold )|(?<=\ba warm )|(?<=\ba hot )|(?<=\ba wet )|(?<=\ba dry )|(?<=\ba mild ))"
    rf"(?!May\b(?!,? (?:and|or|to|through) {_MONTH}\b| (?:delivery|contracts?|futures)\b))"  # ("voted for May", "pressure
    # over May": a name, but "for May and June", "for May delivery" are months; "a cut could come as soon as June", not
    # "as soon as May allows")
    r"|(?<=\bscheduled for )|(?<=\bset for )|(?<=\bslated for )|(?<=\bplanned for )|(?<=\bdue for ))"  # ("set for May")
    rf"(?P<month_bare>{_PART}?{_MONTH})"
    rf"(?![\w]|{_DAY_OR_YEAR_AFTER}|\s?[-–]\s?{_MONTH})"
    # "April inflation eased", "March retail sales rose": a month before the data it names
    rf"|(?P<month_data>{_MONTH})(?={_DATA_AFTER})"  # ("the September gain was smaller")
    # "June alone saw 11.1 million passengers", "March alone accounted for 40%": a month set apart from its year (not
    # "May alone", a name as often)
    rf"|(?P<month_alone>{_MONTH_NOT_MAY}(?= alone\b))"
    # "the November election", "at its December meeting": the month of an event it names
    rf"|(?:(?<=\b[Tt]he )|(?<=\b[Ii]ts )|(?<=\b[Tt]heir )|(?<=\b[Hh]is )|(?<=\b[Hh]er )|(?<=\b[Oo]ur ))"
    rf"(?P<month_event>{_MONTH})(?= (?:{EVENT_NOUNS})\b)"
    # "the warmest February on record", "the busiest December": a superlative's month (not "the best May Day")
    r"|(?:" + "|".join(f"(?<=\\b[Tt]he {word} )" for word in _SUPERLATIVES) + ")"
    rf"(?P<month_most>{_MONTH})(?![\w]|{_DAY_OR_YEAR_AFTER}|\s?[-–]\s?{_MONTH}|\s[A-Z])"
    # "March's meeting", "April's inflation figure": a month's (not "May's": a name as often)
    rf"|(?P<month_poss>{_MONTH_NOT_MAY}(?=['’]s\b))"
    # ("the year to end May", "at end June": the British end of a month)
    rf"|(?P<month_part>(?:(?i:early|mid|late)[- ](?:in )?|(?i:end)-|(?:(?<=\bto )|(?<=\bat )|(?<=\bby ))end ){_MONTH})"
    rf"(?![\w]|{_DAY_OR_YEAR_AFTER}|\s?[-–]\s?{_MONTH})"
    rf"|(?P<year_words>{_YEAR_WORDS})(?![\w-])"
    rf"|(?P<year_part>(?i:early|mid|late)[- ]{_YEAR}|(?i:end)-{_YEAR}|(?i:year[- ]end) {_YEAR})"  # ("at end-2022", "year-end 1989")
    r"|(?P<rel_latest>(?<=[Tt]he )(?i:latest|most recent) quarter)\b"
    # "the deal was signed on the 16th.", "on the morning of the 29th": the 16th of the month nearest as the tense says
    # (not "on the 16th hole")
    r"|(?:(?<=\b[Oo]n the )|(?<=\bmorning of the )|(?<=\bafternoon of the )|(?<=\bevening of the )|(?<=\bnight of the ))"
    r"(?P<day_the>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?=[.,;:)]|\s+(?:and|at|when|but|after|before)\b|\s*$)"
    r"|(?P<rel_part>(?i:(?:year|month)[- ]end|(?:year|month)['’]s end)(?! (?:19|20)\d\d\b)"
    r"|(?<=[Tt]he )(?i:end|start|beginning|middle|rest|remainder) of (?i:the|this) (?i:year|quarter|month|week|decade)"
    # "by end of year", "the end of year", "at end-year": the article left out
    r"|(?:(?<=[Tt]he )|(?<=[Bb]y )|(?<=[Aa]t )|(?<=[Bb]efore )|(?<=[Uu]ntil )|(?<=[Tt]ill ))(?i:end of (?:year|month))(?![- ]\d)"
    r"|(?<![\w-])(?i:end-(?:year|month))(?![\w-]))\b"
    r"(?! (?:before last|after next))"
    # ("2024-13-45": no day, and no year either)
    rf"|(?P<year>{_YEAR})(?!\d|,\d|\.\d|[-/]\d|%| ?(?:percent|per cent|million|billion|trillion|{_UNIT_AFTER_YEAR})\b)"
    # a year of the common era, however old: "in AD 79", "A.D. 1648", "1066 AD" (not a year BC: no date of the calendar)
    r"|(?:(?<=\bAD )|(?<=\bA\.D\. ))(?P<year_ad>[1-9]\d{0,3})(?![\d,.]\d)|(?P<year_ad_after>[1-9]\d{0,3})(?= (?:AD|A\.D\.)(?!\w))"
    # an older year only after a preposition of time: "in 1799", "since 1066" ("1500 people" is a count)
    r"|(?:(?<=\b[Ii]n )|(?<=\b[Ss]ince )|(?<=\bin early )|(?<=\bin late )|(?<=\buntil )|(?<=\bfrom ))"
    r"(?P<year_old>1[0-7]\d\d)(?![\d,.]\d|%| ?(?:percent|per cent|million|billion|trillion)\b)"
    # a year of the next century likewise, and after "by" ("warming of 3C by 2100")
    r"|(?:(?<=\b[Ii]n )|(?<=\b[Bb]y )|(?<=\buntil )|(?<=\bfrom )|(?<=\bbefore )|(?<=\bafter )|(?<=\bthrough ))"
    r"(?P<year_next>2[12]\d\d)(?![\d,.]\d|%| ?(?:percent|per cent|million|billion|trillion)\b)"
    r")(?![\w])"
)
# Holidays on a fixed day of every year (longest name first); "Independence Day" differs by country: left out
HOLIDAYS = {"Christmas Eve": (12, 24), "Christmas": (12, 25), "New Year's Day": (1, 1), "New Year's Eve": (12, 31),
            "Boxing Day": (12, 26), "Valentine's Day": (2, 14), "Halloween": (10, 31), "Fourth of July": (7, 4)}


def _nth_weekday_of(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (n = -1: the last)."""
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return days[n if n < 0 else n - 1]


def _easter(year: int) -> dt.date:
    from dateutil.easter import easter  # (dateutil comes with dateparser)

    return easter(year)


# Holidays whose day moves: the US ones as the US keeps them (Thanksgiving the fourth Thursday of November),
# Easter as the Western churches reckon it
MOVABLE_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "Thanksgiving": lambda y: _nth_weekday_of(y, 11, calendar.THURSDAY, 4),
    "Black Friday": lambda y: _nth_weekday_of(y, 11, calendar.THURSDAY, 4) + dt.timedelta(days=1),
    "Cyber Monday": lambda y: _nth_weekday_of(y, 11, calendar.THURSDAY, 4) + dt.timedelta(days=4),
    "Memorial Day": lambda y: _nth_weekday_of(y, 5, calendar.MONDAY, -1),
    "Labor Day": lambda y: _nth_weekday_of(y, 9, calendar.MONDAY, 1),
    "Good Friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "Easter Monday": lambda y: _easter(y) + dt.timedelta(days=1),
    "Ash Wednesday": lambda y: _easter(y) - dt.timedelta(days=46),
    "Shrove Tuesday": lambda y: _easter(y) - dt.timedelta(days=47),
    "Palm Sunday": lambda y: _easter(y) - dt.timedelta(days=7),
    "Maundy Thursday": lambda y: _easter(y) - dt.timedelta(days=3),
    "Holy Thursday": lambda y: _easter(y) - dt.timedelta(days=3),
    "Easter": _easter,
}
# Every alternative above begins with a digit or one of these words: keep them in step.
DATE_GUARD = "(?:" + starts_with(
    [*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name,
     "Q", "H1", "H2", "FY", "'",
     "day", "week", "month", "Christmas", "New Year", "Boxing", "Valentine", "Halloween", "Thanksgiving", "Black Friday",
     "Cyber Monday", "Memorial Day", "Labor Day", "Easter", "Good Friday", "Fourth of July", "Ash Wednesday", "Palm Sunday",
     "Maundy Thursday", "Holy Thursday", "Shrove Tuesday"],
    ignore_case=[*SEASONS, "this ", "last ", "next ", "past ", "current ", "coming ", "upcoming ", "previous ", "prior ", "preceding ",
                 "tonight", "new year",
                 "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "twentieth", "thirtieth", "thirty",
                 "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                 "eighteenth", "nineteenth", "twentieth", "yesterday", "today", "tomorrow",
                 "fiscal", "financial year",
                 "first", "second", "third", "fourth", "final", "nineteen", "twenty", "year", "decade", "centur", "early",
                 "mid", "late", "earlier", "later", "day ", "end of", "end-", "month", "start of", "beginning of", "middle of",
                 "rest of", "remainder of",
                 "latest", "most recent"],
) + "|" + starts_with([], ignore_case=["two thousand"], also="", depth=12) + "|" + starts_with(["fortnight"], also="", depth=9) \
    + "|" + starts_with([], ignore_case=[*_DECADE_WORDS.split("|"), "noughties"], also="", depth=12) + ")"
# ("two" alone: no date; "fortnight" and the decades in words whole: "for", "thi", "six" open too many words)
DATE_RE = re.compile(r"(?<![\w#@$€£¥₹-])(?<!\d[.,/])" + DATE_GUARD + _DATE_BODY)  # ("#2024" is a hashtag, "£2000" money)

_BUSINESS = re.compile(
    r"\b(?:profits?|revenues?|sales|earnings|income|loss(?:es)?|growth|output|GDP|economy|results?|margins?|shipments?"
    r"|exports?|imports?|inflation|deficit|surplus|dividends?|guidance|forecast|demand|production|orders|mergers?"
    r"|acquisitions?|takeovers?|deals?|transactions?|valuations?|stocks?|layoffs|IPO|listing|capex|spending|investments?|prices|deliveries|bookings|EBITDA"
    r"|money(?!-)|profitab\w*|turnover|cash\s+flow"  # ("lost money in the first half", "returned to profitability")
    # ("The company delivered 120 jets in the first half", "OPEC+ is expected to extend cuts into the second half")
    r"|compan(?:y|ies)|OPEC|(?:delivered|shipped|sold|produced)\s+(?:about\s+|nearly\s+|some\s+|almost\s+)?\d"
    # ("The computer maker lost $1.07 billion in the first half")
    r"|(?:lost|earned|netted|posted|booked|made)\s+(?:about\s+|nearly\s+|some\s+|almost\s+)?(?:[$€£¥]|US\$|C\$|A\$|HK\$)\s?\d+)\b",
    re.I,
)
# what tells that "the seventies" or "the 70s" is a band of values, not a decade
_NOT_A_DECADE = re.compile(
    r"\b(?:temperatures?|degrees|highs?|lows?|weather|forecasts?|warm\w*|hot|cool\w*|heat|mercury|thermometers?|fahrenheit"
    r"|shares?|stocks?|traded|trading|prices?|priced|yields?|percent|per\s+cent|scores?|scored|shot|polls?|polling|ratings?"
    r"|mph|aged?|ages|years?\s+old|IQ|readings?)\b|[%°$£€]",
    re.I,
)
# what only a game's quarters have: a clock that runs down, scoring plays, a lead and overtime
_GAME = re.compile(
    r"\b(?:touchdowns?|field goals?|overtime|halftime|half-time|quarterback|interceptions?|free throws?|three-pointers?"
    r"|rebounds|fumbles?|punts?|tip-off|kickoff|buzzer|innings?|(?:minutes|seconds)\s+(?:left|remaining|to\s+play)"
    r"|trail(?:ed|ing)\s+by|led\s+by\s+\d+|\d+-\d+\s+(?:lead|win|victory|deficit))\b",
    re.I,
)
_PRICED_AGAINST_BEFORE = re.compile(r"\b(?:premium|discount|from|over|above|below|to|against|versus|vs\.?|compared\s+(?:with|to))\s+$",
                                    re.I)
_MARKET_CLOSE_AFTER = re.compile(r"['’]s\s+(?:close|closing|session|settlement|settle|finish|close\s+of\s+trading)\b")
_IS_ON_BEFORE = re.compile(r"\b(?:is|are)\s+(?:(?:due|set|scheduled|planned|slated|closed|shut|open)\s+)?(?:(?:on|for)\s+)?$"
                           # "the summit opens Monday", "ministers meet in Vienna on Tuesday", "the Games, which open
                           # Saturday", "the offer expires at
                           # midnight Saturday": a present of a thing timetabled is a day ahead
                           r"|\b(?:(?<=which )|(?<=that ))(?:open|begin|start|end|expire|resume|convene|reconvene)\s+(?:on\s+)?$"
                           # (not a noun after an article or a describing word: "after a record close on Monday")
                           r"|\b(?<!\ba )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\brecord )(?<!\bstrong )(?<!\bweak )(?<!\bfirm )"
                           r"(?<!\bhigher )(?<!\blower )(?<!\bfinal )"
                           r"(?:opens?|begins?|starts?|ends?|expires?|closes?|meets?|resumes?|convenes?|reconvenes?"
                           r"|kicks? off|runs|lasts"
                           r"|takes? effect|plays?|hosts?)(?:\s+[\w'’-]+){0,3}?\s+(?:(?:on|at\s+(?:midnight|noon))\s+)?$", re.I)
_STRETCH_THE_BEFORE = re.compile(r"\b(?:over|in|within|during|for|through|throughout)\s+the\s+$", re.I)
_DELIVERY_AFTER = re.compile(r"\s+(?:delivery|contracts?|futures)\b", re.I)
_SINCE_BEFORE = re.compile(r"\b(?:since|ever since)\s+(?:(?:early|late|mid|the end of|the start of|the)\s+)?$", re.I)
# ("since the start of 2022": the part of the date is read with it)
_LOWER_BOUND = re.compile(r"(?:at least|no earlier than|not before|\bsince)\s+(?:in\s+|the\s+(?:start|beginning|end|middle)\s+of\s+)?$",
                          re.I)
_UPPER_BOUND = re.compile(r"(?:no later than|not after|at the latest by)\s+(?:in\s+|the\s+(?:start|beginning|end|middle)\s+of\s+)?$",
                          re.I)
# ("would" is no future: `_FUTURE_OF_PAST`)
_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|is (?:set|due|scheduled|expected|poised|slated) to|are (?:set|due|expected|scheduled) to"
    # ("in the next few hours" after "had expressed hope to resolve it": a span from the time told, no tense)
    r"|next(?! (?:few|several|couple|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) )"
    r"|upcoming|forthcoming|to arrive|plans? to|is to|are to|going to|due (?:out |back )?(?:in|on|by|before|at)"
    # ("was scheduled for May 3" may have passed)
    r"|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?:scheduled (?:for|in|on)|(?:set|slated) for)"
    r"|(?:postponed|delayed|deferred|pushed back|put off|adjourned|rescheduled) (?:until|till|to)"
    r"|(?:is|are) (?:likely|unlikely) to"
    r"|(?:likely|unlikely) (?:before|until|till)"  # ("said a cut was unlikely before February": what is unlikely lies ahead)
    # "is expected in the autumn", "are expected through Tuesday"
    r"|(?:is|are) (?:expected|slated|scheduled) (?:in|on|by|before|at|around|within|early|late|through|until|till|from|over"
    r"|next|this|later)"
    # verbs of expecting, not their nouns ("more than twice the consensus forecast") nor a past expectation
    # ("was forecast to rise", "had expected")
    r"|(?<!\bwas )(?<!\bwere )(?<!\bhad )(?<!\bbeen )(?:expects?|predicts?|anticipates?"
    # (not a noun: "had expressed hope to resolve it", "the aim to")
    r"|(?<!\bexpressed )(?<!\bvoiced )(?<!\bthe )(?<!\ba )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!\bno )"
    r"(?:forecasts?|projects?|aims?|targets?|hopes?) (?:to|that))"
    # "forecasters have predicted snow on Thursday", "has issued a warning for Thursday": what is forecast lies ahead
    r"|(?:has|have) (?:forecast|predicted|projected|warned(?: of)?)"
    r"|(?:has|have) been (?:[a-z]+ )?(?:until|till)"  # ("schools have been closed until Friday": a state that ends ahead)
    r"|(?:warnings?|alerts?|forecasts?|advisor(?:y|ies)) (?:for|until|till|through))\b",
    re.I,
)
# an "-ed" word after an article, a present "be" or "unless" is a participle or an adjective, not a past
# verb: "the proposed merger closes", "the offer expires Nov. 15 unless extended", "is scheduled"
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|earlier|(?<!\bwill )(?<!\bto )(?<!\bwould )(?<!\bmay )(?<!\bmight )last"
    r"(?! (?:week|month|year|quarter|night|weekend|spring|summer|fall|autumn|winter)\b)"  # ("last week's ruling": a date)
    r"(?! (?:through|until|till|into|beyond|for)\b)"  # ("resume on Feb. 23 and last through March": the verb)
    r"|(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )"
    r"(?<!\bwill have )(?<!\bll have )"  # ("will have encouraged him ahead of the clash on October 17": a future perfect)
    r"(?<!\bunless )(?<!\bif )(?<!\bonce )(?<!\bnewly )(?!need|speed|feed|seed|proceed)"
    # (words that only end as a past does: "likely to exceed 35C on Sunday", "two hundred", "Mohammed")
    r"(?!(?:exceed|succeed|indeed|hundred|kindred|hatred|sacred|naked|wicked|embed|seabed|riverbed|sled|shred|bleed|breed"
    r"|heed|weed|steed|deed|creed|greed|mohammed|muhammed|ahmed|fred|ted|reed"
    # (adjectives of "un-": "expected to leave rates unchanged when they meet May 19")
    r"|unchanged|undisclosed|unidentified|unnamed|unexpected|unprecedented|unemployed|unrelated|unlimited|unsecured"
    r"|unscheduled|unconfirmed|unspecified|unaudited|unsolicited|unfounded|unwanted|unopposed|unaffected|unharmed"
    r"|uninsured|unregulated|unadjusted|unresolved|undecided|unabated)\b)"
    # (after a degree word an "-ed" word is an adjective: "investors are now more worried about earnings in the fourth
    # quarter", "very concerned")
    r"(?<!\bmore )(?<!\bless )(?<!\bmost )(?<!\bvery )(?<!\bincreasingly )(?<!\bdeeply )(?<!\bquite )"
    r"(?<!\bparticularly )(?<!\bextremely )(?<!\bsomewhat )"
    # (and after a preposition: "When the tariff on imported steel takes effect on July 10", "demand for used cars")
    r"(?<!\bon )(?<!\bof )(?<!\bfor )(?<!\bwith )(?<!\bfrom )(?<!\binto )(?<!\babout )(?<!\bagainst )(?<!\bamong )"
    r"(?!compared (?:to|with)\b|adjusted\b)[a-z]{2,}ed)\b",  # ("Q4 compared to 2019", "seasonally adjusted")
    re.I,
)
# "all 101 jets will have their engines inspected by the end of the week": a thing a future has done is ahead (a
# participle after its object: the clause's tense is the "will")
_FUTURE_CAUSATIVE = re.compile(r"\b(?:will|['’]ll|shall) (?:have|get) "
                               r"(?:(?!(?:who|which|that|was|were|had|been|he|she|they|we|i|you)\b)[a-z][a-z-]* ){1,10}?"
                               r"[a-z]{2,}ed\b", re.I)
_CAUSATIVE_REACH = 100
# "analysts expected the cut in December", "the vote was expected in March": what was expected may lie either side
# of the day it was told (not "had expected", looking back, nor "than expected", a measure's)
# (so what was promised: "has promised an election in the second half of the year")
_EXPECTED_PAST = re.compile(r"(?<!\bhad )(?<!\bthan )(?<!\bas )\b(?:expected|predicted|anticipated|projected|promised|pledged"
                            r"|vowed)\b", re.I)
# "said it would report results on Oct. 30", "said Tuesday that talks would resume Thursday": a future of the day
# it was said, which lies either side of the published day; the nearest occurrence, whatever tense "said" has
# "named chairman on Monday, effective Jan. 1": when something takes effect is not the tense of its news;
# "sales were flat, but fourth-quarter sales should rise": a modal tells no tense, but is the clause's own verb
_FUTURE_OF_PAST = re.compile(r"\b(?:would|could|might|should|must|(?-i:may)|effective)\b", re.I)
# "will be the oldest president ever inaugurated when he takes office on Jan. 20": a present of an office's change is
# ahead (nearer the date than the participle before it)
_TAKES_OFFICE = re.compile(r"\b(?:takes?\s+office|(?:is|are)\s+(?:sworn\s+in|inaugurated))\b", re.I)
# "the deadline was set for October 18" eleven days ahead, "Sentencing was scheduled for May 3" seven months before: a
# date set in the past is the one gone by, unless it is due within SCHEDULE_AHEAD
# (and so is one set actively: "The judge scheduled a hearing for Jan. 15", "set a trial date of March 4")
_SCHEDULED_PAST = re.compile(r"\b(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+)?(?:set|scheduled|slated|due)"
                             r"\s+(?:for|on)\b"
                             r"|\b(?:scheduled|set|fixed|rescheduled)\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z]+\s+){0,2}?"
                             r"(?:hearing|trial|vote|date|meeting|deadline|sentencing|election|referendum|launch|session|talks)"
                             r"(?:\s+date)?\s+(?:for|on|of)\b", re.I)
SCHEDULE_AHEAD = dt.timedelta(days=31)
_RECENT_PRESENT = dt.timedelta(days=45)
# verbs whose past is their present (`_SAME_FORM_PAST`)
_SAME_FORM_VERBS = "beat|hit|cut|put|shut|quit|let|cost|hurt|split|spread|shed|burst|upset|bet|cast"
# "ready to act if Iraq failed to open its sites by the end of the month": a past form after "if" or "unless"
# is a condition's, which tells no tense
_CONDITION = re.compile(r"\b(?:if|unless)\s+(?:[\w'’.-]+\s+){0,3}?(?:was|were|did|(?<!\bis )(?<!\bare )[a-z]{2,}ed"
                        r"|" + _SAME_FORM_VERBS + r")\b", re.I)
# "if he is elected in November, he will cut taxes": a present passive or progressive after "if" is a future's
_FUTURE_CONDITION = re.compile(r"\b(?:if|unless)\s+(?:[\w'’.-]+\s+){0,3}?(?:is|are)\s+(?:[a-z]+(?:ed|en|ing)|held|won|paid|made)\b",
                               re.I)
_ENDING_BEFORE = re.compile(r"\bending\s+(?:on\s+)?$", re.I)
_ENDED_BEFORE = re.compile(r"\b(?<!\bis )(?<!\bare )(?<!\bbe )(?:ended|began|begun|started|closed|finished|expired|concluded"
                           r"|completed)\s+(?:on\s+)?$", re.I)  # ("markets are closed on Monday": a day ahead)
_PROSPECT = (r"(?:ahead|in advance) of(?!\s+(?:the\s+)?(?:schedule|time|expectations?|forecasts?|estimates?|consensus|targets?"
             r"|plans?|curve|pack|rest|competition|field|rivals|peers|market|game|inflation|budget)\b)"  # ("ahead of schedule")
             r"|in the (?:run|lead)[- ]up to|on the eve of|in anticipation of|a boycott of"
             r"|preparing for|preparations? for|await(?:s|ed|ing)?|look(?:s|ed|ing)? forward to")
# "will reopen following Monday's holiday", "will meet in the wake of Tuesday's attack": read as after "after"
_RETROSPECT = r"(?<!the )(?<!a )following|in the (?:wake|aftermath) of"
_CLAUSE_EDGE = re.compile(r"[;—–()]|[,:](?!\d)|\b(?:and|but|" + CONTRAST + r"|although|though|which|who|that|before|after"
                          # ("stocks fell ahead of Friday's jobs report": what a thing comes before has the tense of
                          # neither; read like "before")
                          r"|" + _PROSPECT + r"|" + _RETROSPECT + r")\b"
                          # ("suspend its dividend starting in the fourth quarter as the chipmaker pursues a turnaround focused
                          # on ...": "as" and a subject open a clause of their own, whose "focused" is no tense of the quarter)
                          r"|(?<!such )(?<!same )(?<!well )(?<!much )(?<!many )(?<!soon )(?<!long )(?<!far )(?<!just )(?<!\bas )"
                          r"\bas(?= (?:the|a|an|it|he|she|they|we|its|their|his|her)\b)", re.I)
_PROSPECT_END = re.compile(r"\b(?:" + _PROSPECT + r")$", re.I)
_RETROSPECT_END = re.compile(r"\b(?:" + _RETROSPECT + r")$", re.I)
# "will meet after Tuesday's attack": a day something is timed from is no day timetabled ahead
_TIMED_FROM_BEFORE = re.compile(r"\b(?:after|before|since|" + _RETROSPECT + r")\s+$", re.I)
# "flights between Australia and India by August": an "and" inside a "between" opens no clause
_BETWEEN_OPEN = re.compile(r"\bbetween\s+(?:[\w'’.-]+\s+){0,3}$", re.I)
# "Thursday the 21st" after an ordinal ("the first Sunday"), a count ("1 month 21 days ago") or
# another anchor ("two days from tomorrow") says something this grammar does not read: left out.
_UNREAD_BEFORE = re.compile(
    r"(?:\b(?:first|second|third|fourth|fifth|last|a|an|every|each|fiscal|ago|the following|the previous|the preceding)\s+$"
    r"|\b(?:fiscal|financial|FY)\s?(?:\d{4}|'?\d\d)(?:['’]s)?\s+$"  # "fiscal 1990's first quarter", "the fiscal 2025 third
    # quarter": a fiscal calendar's quarter
    r"|\d+\s+(?:year|month|week|day)s?,?\s+(?:and\s+)?$"
    r"|\b(?:days?|weeks?|months?|years?)\s+(?:from|after|before)\s+$)",
    re.I,
)
_PRESENT = re.compile(r"\b(?:is|are|has|have|takes|begins|starts|ends|runs|expires|opens|closes|meets|comes|remains|falls"
                      r"|lasts|continues|resumes|applies|turns|marks|celebrates|reaches|becomes|retires|leaves|returns)\b"
                      r"|\b(?:take\s+effect|come\s+into\s+force)\b"  # ("were issued in August and take effect in January")
                      # ("when they meet May 19")
                      r"|(?:(?<=\b[Tt]hey )|(?<=\b[Ww]e ))(?:meet|begin|start|end|open|close|resume|return|vote|gather)\b"
                      # after a plural subject ("talks resume Monday morning", "polls close at 8 p.m."; not "its close")
                      r"|(?<=[a-z]s )(?<!\bits )(?<!\bhis )(?<!\bthis )(?<!\bwas )(?<!\bhas )(?<!\bis )(?<!\bas )"
                      r"(?:begin|start|end|run|expire|open|close|meet|come|remain|last|continue|resume|reopen|return)\b",
                      re.I)
# a present that schedules: what "begins", "ends" or "takes effect" on a date without its year has not happened yet
_SCHEDULE_PRESENT = re.compile(r"\b(?:begins|starts|ends|expires|opens|closes|resumes|reopens|reconvenes|kicks\s+off"
                               r"|takes\s+effect|comes\s+into\s+force|turns\s+\d+)\b", re.I)
_TOLD_IN_FULL = re.compile(r"[.!?][\"”’')]*\s*$")  # a sentence of a body, not a headline's line
# a plural that opens a relative clause: "the Games, which open Saturday"
_PLURAL_SCHEDULE_OPENS = re.compile(r"\s*(?:begin|start|end|expire|open|close|resume|reopen|reconvene|kick\s+off|take\s+effect)\b", re.I)
# "next week, on Monday" is one day ("earlier this week, later this month" are two periods)
_WEEK_BEFORE = re.compile(r"\b(?:next|last|this) week,? (?:on )?$", re.I)
_UNREAD_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:of\s+)?(?:next|last|this|previous)\s+(?:week|month)\b|\s+of\s+(?:next|last|this|previous)\b"
    # ("Thursday the 21st", "May the fourth"; not "On April 30 the city fell")
    rf"|,?\s+(?:of\s+)?(?:nineteen|two thousand|twenty)\b|\s+the\s+(?:\d|(?:{_ORDINAL_DAY})\b)",
    re.I,
)
_REPORTS_BEFORE = re.compile(r"\b(?:report|post|release|announce|publish|unveil)s?\s+(?:on\s+)?(?:its\s+|their\s+|the\s+)?$", re.I)
# a measure moved to or by a figure, just before "in <month>": "will narrow to only £1.8 billion in", "is expected to
# rise 0.3% in"
_MOVED_TO_FIGURE_BEFORE = re.compile(
    r"\b(?:narrow|widen|rise|fall|increase|decrease|grow|shrink|slow|accelerate|ease|climb|drop|decline|jump|slip|edge up"
    r"|edge down|show|reach|total|come in)\s+(?:(?:to|by|at|of)\s+)?(?:only\s+|just\s+|about\s+|around\s+)?"
    r"[$£€¥]?\d[\d.,]*\s*(?:%|percent|per cent|(?:billion|million|bn|m)\b)\s+in\s+$", re.I)
_DESIGNATION_AFTER = re.compile(r" [A-Z]{2}\d{1,3}\b")
_JUST_ENDED_DAYS = 45  # a period that ended up to this many days before the published day has just ended


def _just_ended(kind: str, written: str, base: dt.date) -> bool:
    """Whether the year-less month or quarter `written` last ended within _JUST_ENDED_DAYS before `base` (a half's
    "will rise 5% in the second half" told in January is the coming one: an outlook)."""
    last_month = MONTHS[_strip_part(written).rstrip(".").lower()] if kind == "month_bare" else 3 * _quarter_number(written)
    end = month_range(base.year, last_month)[1]
    if end >= base:
        end = month_range(base.year - 1, last_month)[1]
    return (base - end).days <= _JUST_ENDED_DAYS
# "will take a $1.1 billion charge in the fourth quarter" told in January: a charge booked to the quarter just ended, whose
# results are still to come
_BOOKED_BEFORE = re.compile(r"\b(?:take|book|record|post|recognize|report)\s+(?:a|an)\s+(?:[$€£¥]?[\d.,]+\s*(?:million|billion)?\s+)?"
                            r"(?:[a-z-]+\s+){0,2}(?:charge|write-?down|write-?off|provision|gain)s?\s+(?:of\s+[^,;.]{0,30}?\s+)?"
                            r"(?:in|for)\s+(?:the\s+|its\s+)?$", re.I)
_DATA_FOR_BEFORE = re.compile(r"\b(?:figures?|data|numbers|statistics|results|readings?|reports?|index|estimates?|payrolls)"
                              r"\s+(?:for|on|from|of)\s+$", re.I)
_DATA_NOUN_FOR_BEFORE = re.compile(rf"\b(?:{DATA_NOUNS})\s+for\s+$", re.I)
_RELEASED_AFTER = re.compile(r"\s+(?:(?:will|would)\s+be|(?:is|are)(?:\s+to\s+be)?)\s+(?:released|published|reported|announced"
                             r"|out|due)\b", re.I)
_REPORTED_AFTER = re.compile(
    r"\s+(?:(?:financial|operating|earnings|sales|trading)\s+)?(?:results|earnings|figures|numbers|report|statements?|GDP|data"
    r"|inflation|output)\b"  # ("Second-quarter GDP will be released": of a quarter ended)
    r"[^.;!?]{0,30}?\b(?:be\s+(?:reported|released|announced|published|unveiled|out)|(?:are|is)\s+due|due\s+(?:on|in|out|next|later))\b",
    re.I)
_COMPARED_BEFORE = re.compile(r"\b(?:compared (?:with|to)|versus|vs\.?|(?:up|down|higher|lower) from)\s+(?:\S+\s+){0,3}$"
                              # ("as mortgage rates climb from their lows of October": a level reached before)
                              r"|\bfrom (?:its|their|the) (?:[a-z]+ )?(?:lows?|highs?|peaks?|levels?) (?:of|in) $", re.I)
_COMPARISON_IN = re.compile(r"\b(?:compared (?:with|to)|versus|vs\.|(?:up|down) from|against)\s", re.I)
_THAN_BEFORE = re.compile(r"\bthan (?:in |on |during |for |at |of )?(?:the )?$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*$", re.I)
_YEAR_COMMA_JOIN = re.compile(r",\s*(?:to|through|thru|until|till|and)\s*", re.I)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.I)


@dataclass(slots=True)  # not frozen: built once per fact, and frozen construction is slow
class DateMention:
    start: int
    end: int
    date_start: dt.date
    date_end: dt.date
    granularity: str
    qualifier: str
    yearless: bool = False  # written without its year ("in May", "on Oct. 19"): a year told before may hold it
    says_year: bool = False  # written with its year, or a year of its own ("in 1987", "last year", "that year")
    tense: str = ""  # the tense its clause gave it, when it is year-less


_DAY_KINDS = frozenset(("day_mdy", "day_dmy", "day_ofrel", "day_md", "day_dm", "day_iso", "day_numeric", "range_dmd", "range_dmd_and",
                        "range_ddm", "range_ddm_and", "range_mdmd", "range_dmdm"))


_DAY_IN_BRACKETS = re.compile(r"\s?\((\d{1,2})\)")


def find_dates(text: str, published: dt.date | None, sentence_of: Callable[[int], Sentence],
               impossible: list[tuple[int, int]] | None = None, metadata: list[tuple[int, int]] | None = None) -> list[DateMention]:
    """Every date expression of `text`, resolved against `published` (today when unknown), outside the `metadata`
    lines ("Published: 2025-10-20": `metadata_spans`, found here when not given). The spans of dates that name no
    real day ("Feb. 30, 2024") are appended to `impossible`: they are no figures either."""
    base = published or dt.date.today()
    out: list[DateMention] = []
    told: list[DateMention] = []  # the dates that say their year (`_in_year_told`)
    listed_after: DateMention | None = None  # the last year-less date read in a year told
    skip_until = 0
    fiscal_end = national_fiscal_end(text)  # (the last month of a fiscal year where the article's country fixes it)
    # (a bare quarter is the fiscal year's only in a company's results told to its market: "second-quarter profit, it told
    # the BSE"; an Indian paper's "China's imports rose in the first quarter" is the calendar's)
    markets_fiscal = fiscal_end is not None and _INDIA_EXCHANGES.search(text) is not None
    numeric_order: str | None = None  # the order the article's unambiguous numeric days are written in (`_numeric_order`)
    urls = ([m.span() for m in URL_RE.finditer(text)] if "://" in text or "www." in text else []) + (
        metadata_spans(text) if metadata is None else metadata)
    for m in DATE_RE.finditer(text):
        kind = m.lastgroup or ""
        start, end = m.span(kind)
        if kind == "quarter_fy" and fiscal_end is None:
            # "Q3FY17" of a calendar nobody fixed (Oct.-Dec. 2016 in India, April-June 2017 for a US agency): its year only
            start, kind = text.index("FY", start, end), "fiscal_fy"
        listed_as = ""  # (what a rank listed before a quarter or a half reads as: "Q1 2024", "H2")
        if kind in ("quarter_lead", "half_lead"):
            quarter, end = kind == "quarter_lead", end - (text[end - 1] == "-")  # ("first- and second-quarter")
            tail = _LISTED_PERIOD_TAIL.match(text, m.end(kind))
            if tail is None:
                continue
            written_rank = f"Q{_quarter_number(text[start:end])}" if quarter else f"H{_half_number(text[start:end])}"
            if tail.group("year"):
                kind, listed_as = ("quarter_q" if quarter else "half_h"), f"{written_rank} {tail.group('year')}"
            elif _NOT_FISCAL_RE.match(text, tail.end()) is None:
                continue  # "the first and second quarters of fiscal 2024": of a fiscal calendar nobody wrote down
            else:
                kind, listed_as = ("quarter_bare" if quarter else "half_bare"), written_rank
        if kind == "season_in":
            kind = "season_bare"  # (one kind, written two ways)
        names_data = kind in ("month_poss", "month_data", "month_most")  # ("April's inflation figure", "April inflation")
        if kind == "day_mword":
            kind = "day_word"  # ("May twenty-first": read as "the twenty-first of May" is)
        if names_data or kind == "month_event" or kind == "month_alone":
            kind = "month_bare"  # read as a bare month is
        if urls and any(a <= start < b for a, b in urls):
            continue  # "https://example.com/2023/05/16/story": part of an address; "Published: 2025-10-20": the
            # article's metadata
        if start < skip_until:
            continue  # ("today" of "a year ago today": read with it)
        if kind in ("rel_ago", "rel_hence"):
            count = _AGO_COUNT.search(text, max(0, start - 14), start)
            if count is None:
                continue
            start = count.start()
            if (alternative := _AGO_ALTERNATIVE.search(text, max(0, start - 16), start)) and _count_of(
                    alternative.group(1).lower()):
                continue  # "thirty or forty years ago", "two to three weeks ago": no one step back
            if text[max(0, start - 5) : start].lower() == "half ":
                if not _HALF_STEPS.search(text, start, end):
                    continue  # "half a year ago": how far back is not one step of the calendar
                start -= 5  # "half a century ago": fifty years back
            today = _TODAY_AFTER.match(text, end) if kind == "rel_ago" else None
            if today is not None and (day := _ago_today(text[start:end], base)) is not None:
                skip_until = today.end()
                out.append(DateMention(start, today.end(), day, day, "day", "exact"))
                continue
            weekday = _WEEKDAY_AFTER_AGO.match(text, end) if kind == "rel_ago" and "week" in text[start:end].lower() else None
            if weekday is not None and (weeks := _count_of(text[start:end].lower().split()[0])):
                # "A week ago Friday": the Friday that many weeks before the last Friday (or the published day, a Friday)
                wanted = [name.lower() for name in calendar.day_name].index(weekday.group(1).lower())
                last = base - dt.timedelta(days=(base.weekday() - wanted) % 7)
                day = last - dt.timedelta(weeks=weeks)
                skip_until = weekday.end()
                out.append(DateMention(start, weekday.end(), day, day, "day", "exact"))
                continue
            this_month = _THIS_MONTH_AFTER.match(text, end) if kind == "rel_ago" and "year" in text[start:end].lower() else None
            if this_month is not None and (count := _count_of(text[start:end].lower().split()[0])):
                skip_until = this_month.end()  # "50 years ago this month": that month, as many years back
                year = base.year - count
                last = dt.date(year, base.month, calendar.monthrange(year, base.month)[1])
                out.append(DateMention(start, this_month.end(), dt.date(year, base.month, 1), last, "month", "exact"))
                continue
        elif (kind in _THE_KINDS or (kind == "rel_period" and text[start] in "cuCU")) and text[max(0, start - 4) : start] in (
                "the ", "The ") and not text.endswith(("-quarter", "-half"), start, end):
            start -= 4  # "the third quarter", "the 1990s": the article belongs to the date (not "the first-quarter results")
        elif kind == "rel_period" and text[max(0, start - 5) : start].lower() == "this " and text[start : start + 5].lower() == "last ":
            start -= 5  # "this last month": the one just gone by, as "this past month" is (not the month before it)
        surface = text[start:end]
        if kind in _FULL_YEAR_KINDS and not surface[-1].isdigit() and (spelled := _YEAR_WORDS_RE.search(surface)):
            surface = f"{surface[: spelled.start()]}{_year_of_words(spelled.group())}"  # "the fourth of July, 1946"
        before = text[max(0, start - 30) : start]
        if kind == "rel_period" and surface[:5].lower() == "next " and _STRETCH_THE_BEFORE.search(before):
            continue  # "cut 1,300 jobs over the next year", "in the next month": a stretch from the day told, no calendar
            # year or month (TimeML's duration; "the next year" after a year told is that year's next: `anaphora`)
        if m.lastgroup == "month_data" and (name := _CAPS_NAME_BEFORE.search(before)) and name.group().strip() not in _OPENERS:
            continue  # "Theresa May exports": a name's last word ("The April jobs report" is April's)
        if kind == "decade_d" and _BARE_DECADE_OR_POSSESSIVE.fullmatch(surface):
            # "for 2000's Scream 3", "2019's record": with no "the" a year's possessive may be what is written; it is
            # the year where a name follows (what the year made), and doubtful before anything else ("1990's music")
            if not _NAME_AFTER.match(text, end):
                continue
            kind, end = "year", end - 2
            surface = text[start:end]
        if (kind in ("year", "year_old", "year_next", "year_words") and (
                year_counts_something(text, before, end) or _names_by_year(before))) or _SECTION_SIGN_BEFORE.search(before):
            continue  # ("Room 2012", "Windows 2000", "Vision 2030", "§§ 2000-04": a number that names a thing)
        if kind == "year" and (index := STOCK_INDEX.search(text, max(0, start - 10), end + 1)) is not None \
                and index.start() < start and index.end() >= end:
            continue  # "the Russell 2000 index": a stock index's name, no year
        if kind == "year" and count_with_share(text, before, end):
            continue  # "3035 (74%) of 4123 contacts were eligible and 2014 (49%) were vaccinated": a count and its share
        if kind == "year" and _DESIGNATION_AFTER.match(text, end):
            continue  # "the asteroid 2024 YR4", "1998 QE2": a minor planet's provisional name, no year
        if kind == "year" and LEVEL_AFTER_MOVE.search(before[-40:]):
            continue  # "The Nasdaq rose 14 to 1889": the level a move reached, no year
        if kind == "year_words" and surface.lower().startswith("two thousand") and (_SCALE_AFTER.match(text, end) or (
                len(surface) == len("two thousand") and not _THE_YEAR_BEFORE.search(before))):
            continue  # "two thousand" alone is a count unless "the year" names it ("in two thousand and eight" is a year;
            # "two thousand and five hundred" is none)
        if kind in _RELATIVE_KINDS and ((unread := _UNREAD_BEFORE.search(before)) or _UNREAD_AFTER.match(text, end)
                                        or (kind == "weekday" and _WEEK_BEFORE.search(before))) and not (
                unread and unread.group().strip().lower() in ("a", "an")
                and (kind in ("day_md", "day_dm") or (kind in ("quarter_bare", "half_bare") and "-" in surface))) and not (
                kind in ("day_md", "day_dm") and _DAYS_FROM_BEFORE.search(before)):
            # ("a Monday", "every May"; but "in a Dec. 17 telephone interview" names its day, and "posted a third-quarter
            # loss" its quarter: the article is the noun's; "10 days after March 3" counts from a day of the calendar)
            if impossible is not None and kind in ("day_md", "day_dm"):
                impossible.append((start, end))  # (a day left unread is no count either: "two days from Nov. 5")
            continue
        if kind == "months_first" and surface.endswith(("months", "quarters")) and (
                surface[:4] not in ("the ", "The ") or not _BUSINESS.search(sentence_of(start).text)):
            continue  # "in the first three months, he signed 40 orders": of his term, not of the year
        if kind == "half_bare" and (surface[-4:].lower() == "half" or surface[-6:].lower() == "halves" or listed_as) \
                and not _BUSINESS.search(sentence_of(start).text):
            continue  # "in the first half, Messi scored": a half of the year only where business is reported
        if kind == "decade_plain" and _NOT_A_DECADE.search(sentence_of(start).text):
            continue  # "temperatures in the seventies", "shares traded in the 70s": a band of values
        if kind == "quarter_bare" and _GAME.search(sentence_of(start).text) and not _BUSINESS.search(sentence_of(start).text):
            continue  # "trailing by 10 points with seven minutes left in the fourth quarter": a quarter of a game
        if kind == "rel_day" and surface[0].isupper() and _CAPS_NAME_BEFORE.search(before):
            continue  # "USA TODAY Network", "the CNN/USA Today/Gallup poll": a name
        if kind == "month_bare" and not _month_after_joiner(text, start, end, out):
            continue
        if kind == "day_holiday" and before.endswith("and ") and not (
                out and out[-1].granularity == "day" and text[out[-1].end : start] == " and "):
            continue  # "gifts and Christmas" is no day; "between Thanksgiving and Christmas" is
        if kind == "weekday_nth" and _DAY_COUNTED_FROM.search(before):
            continue  # "the first Tuesday after the first Monday in November": a day counted from it, not it
        if kind == "weekday" and out and out[-1].granularity == "day" and _BRACKETED.fullmatch(text, out[-1].end, end + 1):
            continue  # "on June 4, 2024 (Tuesday)": the weekday of the date before it
        if kind == "weekday" and (_DATE_AFTER_WEEKDAY.match(text, end) or (
                _NAME_AFTER.match(text, end) and not _WEEKDAY_PREPOSITION.search(before)) or _NAMED_DAY_BEFORE.search(before)):
            continue  # "Saturday 6th January 1934": the date that follows says the day (and takes the weekday into
            # its span); "Nigeria's Monday Odiaka", "since Black Monday", "on Super Tuesday": a name
        tense = _tense(text, start, end, sentence_of(start)) if kind in _TENSE_KINDS else (
            _tense(text, start, end, sentence_of(start), own_clause=True)  # ("this spring they rose": its own verb)
            if kind == "rel_period" and (_SEASON_END.search(text, start, end) or text.endswith("weekend", start, end)) else "")
        if tense == "present" and kind == "weekday" and _TOLD_IN_FULL.search(sentence_of(start).text):
            tense = "future"  # "the Games, which open Saturday", "The emperor turns 63 Monday": a day the calendar sets,
            # ahead (not in a headline, whose present tells as often what has happened: "Olympics end Sunday")
        if tense == "present" and kind not in ("day_md", "day_dm", "month_bare"):
            tense = ""  # (a present reads a month or a day ahead; the other kinds keep the nearest, or their own rules)
        if kind in ("season_bare", "weekend_bare") and before[-5:].lower() == "past ":
            tense = "past"  # "this past weekend", "this past summer"
        elif kind == "season_bare" and not tense and (modal := _MODAL_AHEAD.search(
                text, max(sentence_of(start).start, start - 80), start)) is not None and not any(
                p.search(text, sentence_of(start).start, modal.start()) for p in (_PAST, _IRREGULAR_PAST_RE)):
            tense = "future"  # "A referendum could follow in the summer", "troops could begin coming home by spring": a
            # modal of a present looks ahead (not "said it could", a future of the past, nor "may have", a past)
        elif tense != "past" and "ince" in before[-30:] and _SINCE_BEFORE.search(before, max(0, len(before) - 40)):
            tense = "past"  # "his first visit since October, lasts two days": what something is counted since has begun
        elif kind == "weekday" and not tense and _IS_ON_BEFORE.search(before) and not _FUTURE_OF_PAST.search(before) \
                and not _TIMED_FROM_BEFORE.search(before):
            tense = "future"  # "Game 7 is on Sunday", "the deadline is Friday": a day set ahead (one past is "was")
        elif kind == "weekday" and tense != "past" and _MARKET_CLOSE_AFTER.match(text, end) and (
                not tense or _PRICED_AGAINST_BEFORE.search(before)):
            tense = "past"  # "a 27% premium to Friday's close": a market's last close, which a deal is priced against
            # (so in a future clause: "will acquire it for $157 a share -- a 31% premium from Wednesday's closing price")
        elif not tense and "due" in before[-12:] and _DUE_BEFORE.search(before):
            tense = "future"
        elif not tense and "until" in before and _HAS_UNTIL_BEFORE.search(before):
            tense = "future"  # "Lawmakers have until midnight Friday to avert a shutdown": a deadline ahead
        elif tense == "past" and _DELAY_UNTIL_BEFORE.search(text, max(0, start - 80), start):
            tense = ""  # "the bloc granted a delay until Jan. 31" told in October: the nearest Jan. 31, not the one gone by
        elif tense and "ending" in before[-12:] and _ENDING_BEFORE.search(before):
            tense = ""  # "said profit for its third quarter, ending June 25, will fall": a period's end, the nearest
        elif tense == "past" and kind == "day_holiday" and before[-4:].lower() == "for " and (
                ahead := _resolve(kind, surface, base, "future")) is not None and ahead[0] - base <= SCHEDULE_AHEAD:
            tense = "future"  # "millions headed home for Thanksgiving" told the day before: what one went for lies ahead
            # when it is that near ("Markets were shut for Memorial Day" told in December: the one gone by)
        if kind == "month_bare" and _DELIVERY_AFTER.match(text, end):
            tense = "future"  # "Crude for September delivery rose $1.85", "the December contract": a futures month, ahead
            # whatever the verb's tense
        if tense == "future" and kind in ("quarter_bare", "half_bare") and (
                _REPORTS_BEFORE.search(before) or _REPORTED_AFTER.match(text, end)):
            tense = "reported"  # "will report fourth-quarter earnings on March 12", "first-quarter results will be
            # released later this month": of a period ended, or ending soon
        if tense == "future" and kind == "month_bare" and (_DATA_FOR_BEFORE.search(before) or (
                _DATA_NOUN_FOR_BEFORE.search(before) and _RELEASED_AFTER.match(text, end))):
            tense = "reported"  # "the figures for October are due next week": data of a month ended, or ending soon
            # ("Factory orders for September will be released Thursday"; not "exports for March will rise", a forecast)
        elif (tense == "future" and kind in ("month_bare", "quarter_bare")
              and (_MOVED_TO_FIGURE_BEFORE.search(text, max(0, start - 60), start)
                   or (kind == "quarter_bare" and _BOOKED_BEFORE.search(text, max(0, start - 90), start)))
              and _just_ended(kind, surface, base)):
            tense = "reported"  # "the deficit will narrow to £1.8 billion in September" told on October 18, "profits are
            # expected to rise 31% in the third quarter" told on October 15: a forecast of the period just ended, whose
            # figure is still to come (not next year's)
        if tense == "future" and names_data:
            tense = ""  # "April's inflation figure will be released on Tuesday": the release is ahead, not the month
        if tense == "future" and _THAN_BEFORE.search(before):
            tense = "past"  # "output will be higher than in the first half": the measure is one already known
        elif tense != "past" and ("ompared" in before or "vs" in before or "versus" in before or " from " in before) \
                and _COMPARED_BEFORE.search(before):
            tense = "past"  # "totaled 154 million shares, compared with 176 million on Friday": a base already known ("see two
            # cuts next year, down from four in September")
        written = listed_as or surface
        if kind in ("rel_ago", "rel_hence"):
            count_word, rest = surface.split(" ", 1)
            if "-" in count_word or count_word.lower() in _SPELLED_PAST_TEN:
                written = f"{_count_of(count_word.lower())} {rest}"  # ("twenty years ago": 20 years)
        if kind == "day_word":  # "the first of April": "1 April"; "May twenty-first, 1952": "21 May, 1952"
            words = surface.split(" of ") if " of " in surface else None
            if words is None and (parts := _MONTH_THEN_ORDINAL.match(surface)) is not None:
                words = [parts.group("ordinal"), parts.group("month") + parts.group("rest")]
            day = _ordinal_day(words[0].lower()) if words else None
            if words is None or day is None:
                continue
            kind, written = ("day_dmy" if _HAS_YEAR.search(surface) else "day_dm"), f"{day} {words[1]}"
        if kind in ("month_my", "season_sy") and surface[-3] in "'’ -":  # "May '24", "the summer of
            # '69", "August 99": the year of the
            # century nearest to the published day
            year = 2000 + int(surface[-2:])
            written = f"{surface[:-3].rstrip(', ').removesuffix(' of')} {year - 100 if year > base.year + 10 else year}"
        if kind in ("day_md", "day_dm", "month_bare", "month_part") and (year := _timeline_year(text, start)):
            # "1949 - ... proclaimed by Mao Zedong on Oct. 1": the entry's year's
            kind, written = ("day_mdy", f"{surface}, {year}") if kind in ("day_md", "day_dm") else ("month_my", f"{surface} {year}")
        elif kind == "range_dmd" and not _HAS_YEAR.search(surface) and (year := _timeline_year(text, start)):
            written = f"{surface}, {year}"  # "2018 / Nov. 5-27 - trial held": the days of the list's year
        elif kind in ("month_bare", "month_part") and (shared := _MONTH_YEAR_LISTED_AFTER.match(text, end)):
            kind, written = "month_my", f"{surface} {shared.group('year')}"  # "in June and July 2026": June of 2026 too
        elif kind in ("season_bare", "season_in") and (shared := _SEASON_YEAR_LISTED_AFTER.match(text, end)):
            kind, written = "season_sy", f"{surface} {shared.group('year')}"  # "in the spring or summer of 2007": 2007's
        resolved = None
        carried = False
        yearless = kind in _YEARLESS_KINDS and not _HAS_YEAR.search(written) and (
            "year" not in surface.lower() or surface.lower().endswith(" of the year"))  # (the year told before, if any)
        if yearless:
            if _OF_THAT_YEAR.match(text, end):  # "on March 3 of that year": the year told before, if any
                sentence = sentence_of(start)
                if told and sentence.start > 0 and told[-1].start < sentence.start:
                    sentence = sentence_of(sentence.start - 1)
                resolved = _in_year_told(text, start, written, kind, "", told, sentence, base, that_year=True)
                if resolved is None:
                    continue
            elif listed_after is not None and out and out[-1] is listed_after and _LISTED.fullmatch(text, listed_after.end, start):
                resolved = _resolve(kind, written, _middle(listed_after), "")  # "in March, May and July" of the year told
            else:
                sentence = sentence_of(start)
                resolved = _in_year_told(text, start, written, kind, tense, told, sentence, base)
                if resolved is UNREAD:
                    continue
                if resolved is None and sentence.start > 0 and _FRONTED.fullmatch(text, sentence.start, start):
                    resolved = _in_year_carried(text, start, written, kind, tense, told, sentence, sentence_of, base)
                if resolved is None and kind in ("day_md", "day_dm") and sentence.start > 0:
                    resolved = _in_dated_account(text, start, written, kind, tense, told, sentence, sentence_of, base)
                if resolved is not None and _FRONTED.fullmatch(text, sentence.start, start):
                    carried = True  # "In March, Xi visited Moscow.": the next sentence that opens so keeps the year
        resolved_in_year = resolved is not None
        if resolved is None and tense and kind in ("day_md", "day_dm") and _ATTRIBUTIVE.match(text, end) \
                and before[-4:].lower() == "the " and (near := _resolve(kind, written, base, "")) is not None \
                and abs((near[0] - base).days) <= _ATTRIBUTIVE_REACH:
            resolved = near  # "on the eve of the Nov. 8 election" in a past sentence of Nov. 7: the day names an event near
            # the article's, which the clause's tense does not place
        if resolved is None and fiscal_end is not None and kind in ("quarter_fy", "fiscal_fy", "rel_fiscal"):
            resolved = _in_fiscal_calendar(kind, written, base, fiscal_end)
        elif resolved is None and markets_fiscal and kind in ("quarter_bare", "half_bare") and "year" not in written.lower():
            # "second-quarter profit", "Q2 results", "the first half" where the article's country fixes the fiscal year: its
            # quarter, as the country's companies report them
            quarter = kind == "quarter_bare"
            resolved = _bare_period(written, base, tense, _quarter_number(written) if quarter else _half_number(written),
                                    3 if quarter else 6, "quarter" if quarter else "half", first_month=fiscal_end % 12 + 1)
        if resolved is None and kind == "quarter_prior" and (anchors := within(told, sentence_of(start).start, start)):
            resolved = _resolve(kind, written, dt.date(anchors[-1].date_start.year, 12, 31), "past")  # ("In 2015, ...": 2014's)
        if resolved is None and kind == "day_numeric" and "." not in written:
            if numeric_order is None:
                numeric_order = _numeric_order(text)
            resolved = _numeric_day(written, numeric_order)
        if resolved is None and kind == "weekday" and (said_on := _day_said(text, start, out, sentence_of(start), base)):
            said_tense = tense or ("future" if _FUTURE_OF_PAST.search(text, max(sentence_of(start).start, start - 60), start)
                                   else "")
            resolved = _resolve(kind, written, said_on, said_tense)  # "On July 24, he wrote: '... flights since Friday'": the
            # Friday before the day it was said, not the one before the article; "said on Monday the plan would start on
            # Saturday": the Saturday after that Monday
        if (resolved is None and kind == "weekday" and not tense and surface in _WEEKDAY_NAMES
                and (said_would := _SAID_WOULD_BEFORE.search(text, max(sentence_of(start).start, start - 120), start))
                and not any(d.end <= start and said_would.start() <= d.start for d in out)):
            # "Officials said trading would not resume before Monday": what an undated saying will come to, ahead of the
            # day before the article (a saying of its own day: `_day_said`; no date between the saying and the weekday)
            resolved = _resolve(kind, written, base - dt.timedelta(days=1), "future")
        if resolved is None and m.lastgroup == "month_event" and not tense and (
                near := _resolve(kind, written, base, "")) is not None and _days_apart(near, base) > _EVENT_REACH:
            continue  # "voters head to the polls in the November election" told in March: last November or the
            # next is not for the nearest to say (only a month near the article's, or one a tense places)
        if (resolved is None and yearless and kind in ("month_bare", "month_part", "day_md", "day_dm") and tense == "past"
                and "year" not in surface.lower() and not _YEAR_TOLD_AFTER.match(text, end)
                and told and told[-1].date_end.year <= base.year - 2
                and not _SINCE_BEFORE.search(text, max(0, told[-1].start - 30), told[-1].start)
                # ("lost $382 million in the fourth quarter, compared with a profit of $105 million in the 1989 quarter.
                # Citicorp had announced 8,000 job cuts in December": a year a figure is compared with tells no history)
                and not _COMPARISON_IN.search(text, sentence_of(told[-1].start).start, told[-1].start)
                and _past_perfect_clause(text, start, sentence_of(start))):
            continue  # "the landings of June 6, 1944. ... By August, Allied troops had liberated Paris": a past before a
            # past the article has set in history, whose year no sentence near it says; the article's last August is wrong
            # (a year a measure is counted since sets no article in history: "their highest since 1985. ... had agreed in
            # July")
        if resolved is None:
            resolved = _resolve(kind, written, base, tense)
        if resolved is None:
            if impossible is not None and kind in _DAY_KINDS:
                impossible.append((start, end))
            continue
        first, last, granularity = resolved
        if kind == "weekday" and impossible is not None and (day := _DAY_IN_BRACKETS.match(text, end)) is not None \
                and int(day.group(1)) == first.day:
            impossible.append(day.span(1))  # "on Tuesday (16) and Wednesday (17)": the day of the month, no figure
        if kind == "day_the" and out and out[-1].granularity == "month" and out[-1].date_start.month == out[-1].date_end.month \
                and out[-1].start >= sentence_of(start).start:
            # "In March, the deal was signed on the 16th": of the month the sentence told
            found = _day_in(out[-1].date_start.year, out[-1].date_start.month, _ordinal_day(surface.removeprefix("the ")) or 0)
            if found is None:
                continue
            first, last = found
        if kind == "day_holiday" and (step := _HOLIDAY_STEP.search(before)) is not None:
            # "last Christmas", "this Easter", "next Thanksgiving": the one before the published day, of its year, after it
            word = step.group(1).lower()
            found = _resolve(kind, written, dt.date(base.year, 7, 1) if word == "this" else base,
                             {"last": "past", "next": "future"}.get(word, "nearest"))
            if found is None:
                continue
            first, last, granularity = found
            start -= len(step.group())
        if kind == "rel_period" and granularity == "month" and (nth := _NTH_OF_BEFORE.search(before)) is not None:
            # "on the 20th of next month", "the 25th of this month": that day of the month named
            found = _day_in(first.year, first.month, int(nth.group("day")))
            if found is None:
                continue  # "the 31st of this month" in November: no day
            (first, last), granularity = found, "day"
            start -= len(nth.group())
        if kind == "weekday" and surface in _WEEKDAY_NAMES and out and out[-1].granularity == "day" \
                and text[out[-1].start : out[-1].end] in _WEEKDAY_NAMES and (
                    (out[-1].date_start >= base and _LISTED.fullmatch(text, out[-1].end, start))
                    or _WEEKDAY_TO.fullmatch(text, out[-1].end, start)):
            # "takes place on Thursday and Friday": the days listed after one ahead follow it; "from Friday to Sunday":
            # the end of a run of days follows its start
            ahead = (_WEEKDAY_NAMES.index(surface) - out[-1].date_start.weekday() - 1) % 7 + 1
            first = last = out[-1].date_start + dt.timedelta(days=ahead)
        if kind in ("range_dmd_and", "range_ddm_and") and (last - first).days > 1 and not before.rstrip().lower().endswith("between"):
            # "swings on Oct. 13 and 16": two days told together, not the days between them ("on May 16 and 17": a
            # visit's run of days; "between August 23rd and 30th": a range)
            cut = surface.index(" and ")
            says_year = kind in _YEAR_KINDS or carried
            for piece_start, piece_end, day in ((start, start + cut, first), (start + cut + len(" and "), end, last)):
                out.append(DateMention(piece_start, piece_end, day, day, "day", "exact", yearless, says_year,
                                       tense if yearless else ""))
            continue
        if granularity == "day" and first == last and "day" in before and (days := _DAYS_FROM_BEFORE.search(before)):
            first = last = first + dt.timedelta(days=_days_counted(days))  # "the day after Thanksgiving", "two days before
            # Christmas": the day counted from the one named, one date of all the words
            start -= len(before) - days.start()
            before = text[max(0, start - 30) : start]
        qualifier = "exact"
        lower = before.lower()
        if ("least" in lower or "earlier" in lower or "before" in lower or "since" in lower) and _LOWER_BOUND.search(before):
            qualifier = "lower_bound"
        elif ("later" in lower or "after" in lower or "latest" in lower) and _UPPER_BOUND.search(before):
            qualifier = "upper_bound"
        elif kind.startswith("range") and (kind != "range_yy" or first.year != last.year):
            qualifier = "range"  # ("2016-11", November, is one date)
        says_year = kind in _YEAR_KINDS or (kind == "rel_period" and bool(_YEAR_STEP.search(surface))) or carried
        out.append(DateMention(start, end, first, last, granularity, qualifier, yearless, says_year, tense if yearless else ""))
        if yearless and resolved_in_year:
            listed_after = out[-1]
        if says_year:
            told.append(out[-1])
    merged: list[DateMention] = []  # ("Easter Monday, April 21, 2025": the holiday read with the day it names)
    for k, d in enumerate(out):
        if d.granularity == "day" and (lead := _WEEKDAY_LEAD.search(text, max(0, d.start - 14), d.start)) and any(
                c.isdigit() for c in text[d.start : d.end]):  # ("It is Monday today": two dates, not one of both)
            if not re.search(r"\d{4}", text[d.start : d.end]):
                _year_of_weekday(d, lead.group().split()[0].rstrip(","), base)
            holder = out[k - 1] if k and out[k - 1].end > lead.start() else None
            if holder is not None and (holder.granularity, holder.date_start) == ("day", d.date_start):
                d.start = holder.start  # "Easter Monday, April 21, 2025": one date, the holiday's day
                merged.append(holder)
            elif holder is None:
                d.start = lead.start()  # "Thursday, May 16": one date, written with its weekday
        if d.granularity == "day" and d.date_start == d.date_end and (week := _WEEK_OF.search(text, max(0, d.start - 30), d.start)):
            # "the week of June 24": the Monday-Sunday week that holds it; "the week beginning June 24": seven days from it
            first = d.date_start if week.group("from") else d.date_start - dt.timedelta(days=d.date_start.weekday())
            d.start, d.date_start, d.date_end, d.granularity = week.start(), first, first + dt.timedelta(days=6), "week"
        elif (d.granularity in _PART_GRANULARITIES and text.endswith(" of ", 0, d.start)
              and (part := _PART_OF_BEFORE.search(text, max(0, d.start - 30), d.start))):
            d.start = part.start()  # "at the end of 2022": one date, the year (TIMEX3 writes the part as a modifier)
    if merged:
        out = [d for d in out if not any(d is m for m in merged)]
    if " year" in text:
        out = _years_back(text, out, base)
    out = _listed_periods_in_order(text, out, base)
    dates = _periods_ended(text, _join_ranges(text, out, base))
    if "iscal" in text or "inancial year" in text or "FY" in text:
        _in_stated_fiscal_calendar(text, dates)
        dates = _parts_of_fiscal_years(text, dates)
    return dates


_LIST_JOINER = re.compile(r"-?(?:,|,? and|,? or)(?: the)? ")
_PERIOD_MONTHS = {"month": 1, "quarter": 3, "half": 6}


def _listed_periods_in_order(text: str, dates: list[DateMention], base: dt.date) -> list[DateMention]:
    """'Exports fell in March, April and May', 'will close in November, December and January': year-less months listed
    in the calendar's order are one run of months, each read alone placed in a year of its own no more; a past run
    ends in the last one's reading (March-May 2021, told in April 2022), a future one starts in the first one's
    (November 2022-January 2023, told in January 2022). So are quarters and halves ("in the first and second quarters")."""
    out = list(dates)
    i = 0
    while i < len(out):
        j = i
        while (j + 1 < len(out) and out[j + 1].yearless and out[j].yearless and out[j].granularity == out[j + 1].granularity
               and out[j].granularity in _PERIOD_MONTHS and _LIST_JOINER.fullmatch(text, out[j].end, out[j + 1].start)):
            j += 1
        run = out[i : j + 1]
        i = j + 1
        if len(run) < 2:
            continue
        length = _PERIOD_MONTHS[run[0].granularity]
        if any((d.date_start.month - 1) % length for d in run):
            continue  # (a fiscal calendar's half, "April-September": not the calendar's)
        per_year = 12 // length
        periods = [(d.date_start.month - 1) // length for d in run]
        steps = [(b - a) % per_year for a, b in itertools.pairwise(periods)]
        if 0 in steps or sum(steps) > per_year - 1:
            continue  # (not in the calendar's order: "in May, March and July")
        starts = [d.date_start for d in run]
        if all(a < b for a, b in itertools.pairwise(starts)):
            continue  # (read as one run already)
        this_period = base.replace(day=1, month=(base.month - 1) // length * length + 1)
        if all(d.tense == "past" or d.date_start <= this_period for d in run):
            anchor, last = run[-1].date_start, True
        elif all(d.tense == "future" or d.date_start >= this_period for d in run):
            anchor, last = run[0].date_start, False
        else:
            continue
        total = sum(steps)
        offsets = [sum(steps[:k]) - (total if last else 0) for k in range(len(run))]
        for d, offset in zip(run, offsets, strict=True):
            year, index = divmod(anchor.year * per_year + (anchor.month - 1) // length + offset, per_year)
            d.date_start = dt.date(year, index * length + 1, 1)
            d.date_end = month_range(year, index * length + length)[1]
    return out


# "the July-September quarter a year ago", "in the third quarter a year earlier", "the June quarter last year": a date
# written without its year, then a year back
_YEAR_BACK_AFTER = re.compile(r"(?: quarter| period)?,? (?:(?P<base>a year ago|last year)"
                              r"|(?P<told>a year (?:earlier|before)|the (?:previous|prior) year|the year (?:before|earlier)))\b")
_MONTHS_ROUND = frozenset(("month", "quarter", "half", "season", "day", "week", "weekend"))


def _years_back(text: str, dates: list[DateMention], base: dt.date) -> list[DateMention]:
    """A year-less date followed by "a year ago" (a year before the published day's) or "a year earlier" (a year
    before the one it was read in): one date, moved there."""
    out = list(dates)
    for d in dates:
        if d.says_year or d.granularity not in _MONTHS_ROUND or d not in out or not (
                back := _YEAR_BACK_AFTER.match(text, d.end)):
            continue
        year = base.year - 1 if back.group("base") else d.date_start.year - 1
        shift = year - d.date_start.year
        if shift == 0:
            continue  # ("in March a year ago" written in March: read so already)
        try:
            first = d.date_start.replace(year=d.date_start.year + shift)
            last = d.date_end.replace(year=d.date_end.year + shift)
        except ValueError:
            continue  # (Feb. 29 a year back: no such day)
        out = [o for o in out if not (d.end <= o.start < back.end())]
        d.date_start, d.date_end, d.end = first, last, back.end()
    return out


# "the second quarter of the current financial year", "the first nine months (April to December) of fiscal 2018",
# "the first half of FY24": a part of the fiscal year that follows it
_PART_OF_FISCAL = re.compile(
    r"(?:\b(?i:the|its|their)\s+)?\b(?:(?P<nth>(?i:first|second|third|fourth))\s+(?:(?i:fiscal|financial)\s+)?(?P<period>quarter|half)"
    r"|(?i:first)\s+(?P<months>three|six|nine|3|6|9)\s+months)\s+(?:\([^()]{0,40}\)\s+)?(?:of|in)\s+$"
)
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_OF_BETWEEN = re.compile(r"\s+of\s+")


def _run_of_months(year: int, index: int, length: int) -> Range:
    """The first and last day of `length` months from the `index`-th month counted from January of `year` (0: January;
    12: January of the year after)."""
    last = index + length - 1
    return dt.date(year + index // 12, index % 12 + 1, 1), month_range(year + last // 12, last % 12 + 1)[1]


def _parts_of_fiscal_years(text: str, dates: list[DateMention]) -> list[DateMention]:
    """A quarter, half or first months of a fiscal year named right after it: one date, the part of that fiscal
    year's twelve months when its calendar is known (`national_fiscal_end`, or stated); otherwise none at all (a
    calendar's own "first nine months" read inside the words would be the wrong months)."""
    out = list(dates)
    for n, d in enumerate(dates):
        if d.granularity != "fiscal_year":
            continue
        if n and dates[n - 1].granularity in ("quarter", "half", "month") and _OF_BETWEEN.fullmatch(text, dates[n - 1].end, d.start):
            # "the September quarter of the current fiscal", "the June quarter of FY24": the quarter (in a fiscal year of
            # known calendar, the one that ends in that month within it), one date
            named = dates[n - 1]
            first, last = named.date_start, named.date_end
            if _months_spanned(d) == 12:
                months = _months_spanned(named)
                runs = [_run_of_months(y, last.month - months, months) for y in (d.date_start.year, d.date_end.year)]
                inside = [r for r in runs if d.date_start <= r[0] and r[1] <= d.date_end]
                if not inside:
                    continue
                first, last = inside[0]
            out = [o for o in out if o is not d]
            out[out.index(named)] = DateMention(named.start, d.end, first, last, named.granularity, named.qualifier)
            continue
        if (part := _PART_OF_FISCAL.search(text, max(0, d.start - 70), d.start)) is None:
            continue
        out = [o for o in out if not (part.start() <= o.start < d.start)]
        if _months_spanned(d) != 12:
            continue
        if part.group("months"):
            offset, length, granularity = 0, int(_count_of(part.group("months").lower()) or part.group("months")), "month"
        else:
            length = 3 if part.group("period") == "quarter" else 6
            offset, granularity = length * (_NTH[part.group("nth").lower()] - 1), part.group("period")
            if offset + length > 12:
                continue
        first, last = _run_of_months(d.date_start.year, d.date_start.month - 1 + offset, length)
        out[out.index(d)] = DateMention(part.start(), d.end, first, last, granularity, d.qualifier)
    return out


_DAYS_FROM_BEFORE = re.compile(rf"\b(?:(?P<the>the)\s+day|(?P<n>\d{{1,2}}|a|{_UNITS}|ten)\s+days?)"
                               r"\s+(?P<way>after|before|following|prior\s+to)\s+$", re.I)


def _days_counted(days: re.Match[str]) -> int:
    """The days a `_DAYS_FROM_BEFORE` match moves its day by: forward after "after" or "following", back otherwise."""
    steps = 1 if days.group("the") else _count_of(days.group("n").lower()) or 0
    return steps if days.group("way").lower() in ("after", "following") else -steps


_DAY_COUNTED_FROM = re.compile(rf"\b(?:{_WEEKDAY}|day)s?\s+(?:after|before|following)\s+$", re.I)
_MONTH_THEN_ORDINAL = re.compile(rf"(?P<month>\S+) (?:the )?(?P<ordinal>(?i:{_ORDINAL_WORD_DAY}))(?P<rest>.*)")
_WEEKDAY_TO = re.compile(r"\s*(?:-|–|to|until|till|through|thru)\s*")
_HOLIDAY_STEP = re.compile(r"\b([Ll]ast|[Tt]his|[Nn]ext) $")
_PART_OF_BEFORE = re.compile(r"\b(?i:the)\s+(?:very\s+)?(?:end|start|beginning|middle|close|turn)\s+of\s+$")
_PART_GRANULARITIES = frozenset(("year", "month", "quarter", "half", "season", "decade", "century"))


_AND_OR = r",? (?:and|or) "  # what joins the items of a list ("in March, May and July")
_SAID = r"\b(?:said|says|told|announced|reported|wrote|added|stated|confirmed|disclosed|noted)\b"
# a date that says its year ("in 1987", "Oct. 19, 1987", "last year"), and a date that does not ("in May", "on
# Oct. 19", "before Christmas", "the third quarter")
_YEAR_KINDS = frozenset(("year", "year_old", "year_next", "year_words", "year_part", "day_mdy", "day_dmy", "day_iso",
                         "day_numeric", "month_numeric", "month_my", "season_sy", "quarter_q", "quarter_short", "half_h",
                         "half_short", "day_ofrel", "month_ofrel", "quarter_rel", "rel_new_year"))
_YEAR_STEP = re.compile(r"^(?:last|this|next|current) year$", re.I)
_YEARLESS_KINDS = frozenset(("months_first", "month_bare",
                             "month_part", "day_md", "day_dm", "day_holiday", "quarter_bare", "half_bare", "season_bare",
                             "range_mm", "range_dmd", "range_dmd_and", "range_ddm", "range_ddm_and", "range_mdmd", "range_dmdm"))
# a sentence that opens with the time it tells of: "In 1987, ...", "During the 1984 campaign, ...", "Last year, ..."
_FRONTED = re.compile(r"[\"'“‘(]?(?:(?:(?:early|late|later|earlier|back|sometime|then|but|and) )?"
                      r"(?:in|during|throughout|on|at|for) [^,;:]{0,30}|(?:early|late|later|earlier) )?", re.I)
# a year that bounds or is compared with, not one that holds: "since 2020", "by 2030", "from 2022", "than in 2019"
_NOT_HOLDING = re.compile(r"\b(?:since|after|before|by|until|till|from|between|to|than|over|with|versus|vs\.?|and|or)"
                          r"\s+(?:(?:the|early|late|mid)\s+)?(?:in\s+)?$", re.I)
# a year that names what a document or a plan is about, written in another year: "its 2022 annual report, released in
# March" (March 2023), "the 2025 budget", "the firm's 2024 forecast"
_ABOUT_A_YEAR = re.compile(r"['’]?s?\s+(?:(?:annual|financial|fiscal|full-year|federal|draft|earnings|sales|profit|spending)\s+)?"
                           r"(?:report|budget|forecast|plan|filing|results|accounts|guidance|outlook|estimates?|targets?"
                           r"|tax|returns?|proxy|bonus|dividend)s?\b", re.I)
_LISTED = re.compile(_AND_OR + r"|, ")
_HOLDING_BEFORE = re.compile(r"\b(?:in|of|during|throughout)\s+(?:(?:early|late|mid)[- ])?$", re.I)
# "on Dec. 20, 1996, and again on Dec. 27", "in December 1996, shortly before Christmas": a second date with no verb of its
# own after a day or month told with its year is of that time
# (or with a participle of the same subject's: "was arrested on Jan. 5, 1997, and released Jan. 9", "sworn in Jan. 20")
_ELLIPTIC_BETWEEN = re.compile(r",?\s+(?:(?:and|or|but)\s+)?(?:(?:again|then|later|also|once\s+more|shortly|just|soon|only|days|weeks)\s+)?"
                               r"(?:(?<=and )(?:[a-z]+(?:ed|en)|sworn|born|held|sold|told|shown|flown|won|lost|hit|cut|freed|paid|made|sent"
                               r"|left|met|found|caught|brought|fought|built|spent)\s+(?:(?:in|out|up|off|back|down)\s+)?)?"
                               r"(?:(?:before|after)\s+)?(?:(?:on|in|at|until|by)\s+)?", re.I)
_TO_FIGURE_BETWEEN = re.compile(r"\s+to\s+(?:(?:about|around|nearly|almost|just|roughly)\s+)?[$€£¥]?\d[^,;]{0,30}?\s(?:in|by)"
                                r"\s+(?:the\s+)?", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\b[^,;]{0,40}$", re.I)
_OF_THAT_YEAR = re.compile(r",? (?:of )?(?:that|the same) year\b", re.I)
# "In 2023, it earned $5 billion, it said on Feb. 3": the day something was said is the article's, not the story's
_SAID_BEFORE = re.compile(_SAID + r"[^,;]{0,25}$", re.I)
_SAID_ANYWHERE = re.compile(_SAID, re.I)


# a verb of saying, then "would" and the clause up to the weekday (no stop between; "would have" looks back)
_SAID_WOULD_BEFORE = re.compile(_SAID + r"[^.;:!?]{0,80}?\bwould\b(?!\s+(?:have|not\s+have)\b)[^.;:!?]{0,60}$", re.I)
_SAID_REACH = 60  # characters between a verb of saying and the day it dates ("On July 24, Buttigieg wrote on X")


def _day_said(text: str, start: int, found: list[DateMention], sentence: Sentence, base: dt.date) -> dt.date | None:
    """The day, before the published one, on which what a weekday at `start` is told in was said: a day of its sentence
    next to a verb of saying, both before the weekday ("On July 24, Buttigieg wrote ... since Friday", "The airline said
    on Wednesday that it had cancelled 600 flights on Monday"); None when there is none."""
    days = [d for d in found if d.granularity == "day" and d.date_start == d.date_end and sentence.start <= d.start
            and d.end <= start and d.date_start < base]
    if not days:
        return None
    day = days[-1]
    saying = list(_SAID_ANYWHERE.finditer(text, sentence.start, start))
    if any(m.start() >= day.end and _OWN_SAYING_LINK.fullmatch(text, m.end(), start) for m in saying):
        return None  # "announced the visit on Monday, a day before the ministry confirmed it on Tuesday": the Tuesday
        # is its own saying's day, no day of what was said on Monday
    said = any((m.start() - _SAID_REACH <= day.end <= m.start() or _SAYING_DAY_LINK.fullmatch(text, m.end(), day.start))
               and not _OWN_DAY_LINK.fullmatch(text, m.end(), start)
               for m in saying)  # (a day after the verb is the saying's only right after it: "Police said the attack
    # happened last night, and the suspect was arrested Thursday" dates the attack, not the saying)
    return day.date_start if said else None


# between a verb of saying and the weekday it was said on: "the union said Thursday night", "said on Thursday", "said
# late Thursday" (the weekday is the saying's own day, no day of what was said)
_OWN_DAY_LINK = re.compile(r"\s+(?:on\s+)?(?:(?:late|early)\s+(?:on\s+)?)?")
# between a verb of saying and the day it was said on, where what was said comes after: "said Wednesday", "said in a
# statement on Wednesday", "told reporters late Wednesday"
_SAYING_DAY_LINK = re.compile(r"(?:\s+(?:in|to)\s+(?!have\b|be\b)(?:(?:an?|the|its|his|her|their)\s+)?[\w-]+(?:\s+[\w-]+)?"
                              r"|\s+(?:reporters|journalists|lawmakers|parliament|Parliament))?" + _OWN_DAY_LINK.pattern)
# ... or with its object between: "confirmed it on Tuesday", "announced the visit late Monday"
_OWN_SAYING_LINK = re.compile(r"(?:\s+(?:it|this|that|them|the\s+[a-z]+|its\s+[a-z]+))?\s+(?:on\s+)?(?:(?:late|early)\s+(?:on\s+)?)?")


def _in_year_told(text: str, start: int, written: str, kind: str, tense: str, told: list[DateMention],
                  sentence: Sentence, base: dt.date, that_year: bool = False) -> tuple[dt.date, dt.date, str] | None:
    """A year-less date in the year its sentence told just before ("In 1987, sales peaked in May", "The crash of
    1987 began on Oct. 19", "Last year, exports rose in April") when that year holds it (`holds_year`); None when no
    such year is told (the published day decides)."""
    candidates = within(told, sentence.start, start)
    if not candidates:
        return None
    if _FIGURE_BESIDE.fullmatch(text, candidates[-1].end, start) and not _SAID_BEFORE.search(
            text, max(sentence.start, start - 60), start):
        beside = _near(kind, written, candidates[-1], tense, base)
        if beside is not None and beside[2] == candidates[-1].granularity:
            return beside  # a period of the same kind beside the one of the year told: of that year, or the one next to it
    # "In 2019, analysts said a deal would come in March": a future told in a year of history that opens the sentence is
    # of that year or the next, not of the published day's
    # (not "In 2022, it lost $2 billion, and analysts expect a profit in August": of now)
    history = (base.year - candidates[-1].date_end.year >= 2 and _FRONTED.fullmatch(text, sentence.start, candidates[0].start)
               and _TOLD_THEN.search(text, candidates[-1].end, start) is not None)
    ahead = tense == "future" or _FUTURE_OF_PAST.search(text, max(sentence.start, start - 60), start) is not None
    if history and ahead and not that_year:
        return UNREAD
    if not (that_year or holds_year(text, candidates, start, sentence, base)):
        return None
    return _near(kind, written, candidates[-1], tense, base)


# a verb that tells what was said or foreseen then (not "says", "expect": now)
_TOLD_THEN = re.compile(r"\b(?:said|told|announced|reported|wrote|added|stated|confirmed|disclosed|noted|predicted|forecast"
                        r"|projected|promised|pledged|vowed|expected|warned)\b", re.I)
# a date read as no date at all: its year is not for the published day to say (`_in_year_told`)
UNREAD: tuple[dt.date, dt.date, str] = (dt.date.min, dt.date.min, "unread")


def _near(kind: str, written: str, anchor: DateMention, tense: str, base: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """The occurrence of a year-less date nearest to the middle of `anchor`, unless its tense says otherwise (a
    past one that has not begun by the published day, a future one that has ended)."""
    # ("nearest": a bare season, read only when a tense says which, is the one nearest the year told)
    resolved = _resolve(kind, written, _middle(anchor), "nearest" if kind == "season_bare" else "")
    if resolved is None or (tense == "past" and resolved[0] > base) or (tense == "future" and resolved[1] < base):
        return None
    return resolved


_TODAY_AFTER = re.compile(r" (?i:today)(?![\w-])")
_HALF_STEPS = re.compile(r"(?i:decade|century)")
_THIS_MONTH_AFTER = re.compile(r" (?i:this month)(?![\w-])")
_WEEKDAY_AFTER_AGO = re.compile(r" ((?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![\w-])")


def _count_of(word: str) -> int | None:
    """The count that opens "two weeks ago", "a decade ago", "3 years ago", "twenty-five years ago" (lower case), if it
    is one."""
    if "-" in word and all(part in YEAR_WORD_VALUES for part in word.split("-")):
        return sum(YEAR_WORD_VALUES[part] for part in word.split("-"))
    return int(word) if word.isdigit() else 1 if word in ("a", "an") else YEAR_WORD_VALUES.get(word)


_AGO_ALTERNATIVE = re.compile(r"\b([\w-]+)\s*(?:or|to|-|–)\s*$")
_SPELLED_PAST_TEN = frozenset(w for w, n in YEAR_WORD_VALUES.items() if n > 10)  # (dateparser reads words up to ten)


def _ago_today(surface: str, base: dt.date) -> dt.date | None:
    """'a year ago today', 'two weeks ago today': the day that many steps before the published day."""
    count_word, step = surface.lower().split()[:2]
    count = _count_of(count_word)
    if not count:
        return None
    step = step.rstrip("s")
    if step in ("day", "week"):
        return base - dt.timedelta(days=count * (7 if step == "week" else 1))
    months = count * {"month": 1, "year": 12, "decade": 120, "century": 1200, "centurie": 1200}[step]
    index = base.year * 12 + base.month - 1 - months
    found = _day_in(index // 12, index % 12 + 1, base.day)
    return None if found is None else found[0]


_FULL_YEAR_KINDS = frozenset(("day_mdy", "day_dmy", "day_word", "month_my", "season_sy"))


def _year_of_words(words: str) -> int:
    """'nineteen ninety-six' -> 1996, 'twenty oh five' -> 2005, 'two thousand and eight' -> 2008."""
    parts = words.lower().replace("-", " ").split()
    if parts[:2] == ["two", "thousand"]:
        return 2000 + sum(YEAR_WORD_VALUES[w] for w in parts[2:] if w != "and")
    return YEAR_WORD_VALUES[parts[0]] * 100 + sum(YEAR_WORD_VALUES[w] for w in parts[1:])


def within(dates: list[DateMention], lo: int, hi: int) -> list[DateMention]:
    """The dates of `dates` (in text order) that lie within `lo`..`hi`, found by bisection: an article of
    thousands of dates costs no more per date than a short one."""
    first = bisect.bisect_left(dates, lo, key=lambda d: d.start)
    last = bisect.bisect_left(dates, hi, lo=first, key=lambda d: d.start)
    return [d for d in dates[first:last] if d.end <= hi]


def _in_year_carried(text: str, start: int, written: str, kind: str, tense: str, told: list[DateMention],
                     sentence: Sentence, sentence_of: Callable[[int], Sentence],
                     base: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """A year-less date that opens its sentence, in the year the sentence before (in its paragraph) opened with,
    when that year is history (two years or more from the published day): "In 1987, the firm nearly collapsed. On
    Oct. 19, its shares lost half their value." Not when the sentence reports what someone said (the day of saying
    is the article's)."""
    previous = sentence_of(sentence.start - 1)
    if text.count("\n", previous.end, sentence.start) >= 2 or _SAID_ANYWHERE.search(sentence.text):
        return None
    candidates = within(told, previous.start, previous.end)
    if not candidates or not _FRONTED.fullmatch(text, previous.start, candidates[0].start) or any(
            d.date_start.year != candidates[0].date_start.year for d in candidates):
        return None
    anchor = candidates[0]
    if abs(anchor.date_start.year - base.year) <= 1:
        return None  # "Last year, trade rose 26%. In March, Putin won re-election": news of this year or last is told
        # in the article's own time, a history of older years in its own
    if _NOT_HOLDING.search(text, max(previous.start, anchor.start - 20), anchor.start) or _ABOUT_A_YEAR.match(text, anchor.end):
        return None
    return _near(kind, written, anchor, tense, base)



def _in_dated_account(text: str, start: int, written: str, kind: str, tense: str, told: list[DateMention],
                      sentence: Sentence, sentence_of: Callable[[int], Sentence],
                      base: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """A year-less day in an account its paragraph dated to the day: the occurrence nearest to the last date told
    with its year before, when that date opened its sentence and is history (two years or more from the published
    day): "On April 10, 2017, the department was notified of a case. The child fell ill on April 8." (April 8, 2017).
    Not when another date told a year since, in its own sentence, or the sentence reports what someone said."""
    paragraph = text.rfind("\n\n", 0, sentence.start)
    candidates = within(told, paragraph + 1, start)
    if not candidates or candidates[-1].start >= sentence.start or _SAID_ANYWHERE.search(sentence.text):
        return None
    anchor = candidates[-1]
    if anchor.granularity != "day" or abs(anchor.date_start.year - base.year) <= 1:
        return None
    if not _FRONTED.fullmatch(text, sentence_of(anchor.start).start, anchor.start):
        return None  # ("Smith, born on March 12, 1961, ... He died on May 5": a date in passing dates no account)
    return _near(kind, written, anchor, tense, base)


# "5% in the fourth quarter of 2009, down from 6% in the third quarter", "rose 5% in March 2009, after 6% in February
# and 7% in January": a figure of the same measure set beside the one of the year told, in a period near it
_FIGURE_BESIDE = re.compile(
    r"(?:,?\s+(?:(?:down|up|rising|falling|higher|lower|slightly|sharply)\s+)*(?:from|after|compared\s+(?:with|to)|against"
    r"|versus|vs\.?)|,?\s+and)\s+[$€£¥]?\d(?:[^,;.()]|\.\d){0,30}?\s(?:in|during)\s+(?:the\s+)?", re.I)


def holds_year(text: str, told: list[DateMention], start: int, sentence: Sentence, base: dt.date) -> bool:
    """Whether the last of the dates `told` before `start` in its sentence holds the year-less date there: it
    opens the sentence (with no other year told there) or stands in the same clause; it holds rather than bounds
    or compares; and the date at `start` is not when something was said."""
    anchor = told[-1]
    fronted = _FRONTED.fullmatch(text, sentence.start, anchor.start) and all(
        d.date_start.year == anchor.date_start.year for d in told)
    if fronted:
        # the opening phrase holds its own clause (past its comma: "Last year, exports rose in April"), and a year of
        # history the whole sentence ("In 1986 the firm lost money; on Dec. 5 it filed"); a recent one does not reach
        # another clause ("Last year, exports rose 24%, and in March Putin won re-election": this March)
        comma = text.find(",", anchor.end, min(start, anchor.end + 25))
        if _CLAUSE_EDGE.search(text, comma + 1 if comma != -1 else anchor.end, start) and abs(
                anchor.date_start.year - base.year) <= 1:
            return False
    elif (_CLAUSE_EDGE.search(text, anchor.end, start) and not (
            anchor.granularity in ("day", "month") and not anchor.yearless and _ELLIPTIC_BETWEEN.fullmatch(text, anchor.end, start))) or (
            anchor.granularity == "year" and not _HOLDING_BEFORE.search(text, max(sentence.start, anchor.start - 12), anchor.start)):
        return False  # (in its clause, a year only after "in", "of", "during": "The 2016 election winner was convicted on
        # May 30" is no May of 2016)
    if _TO_FIGURE_BETWEEN.fullmatch(text, anchor.end, start) and _FROM_BEFORE.search(text, max(sentence.start, anchor.start - 50),
                                                                                     anchor.start):
        return False  # "fallen from a peak of 9.1% in June 2022 to 2.5% in August": a move's start dates no end of it
    said = _SAID_BEFORE.search(text, max(sentence.start, start - 60), start)
    if said is not None and fronted and said.start() > anchor.end and "," not in text[
            anchor.end + (text.startswith(",", anchor.end)) : said.start()]:
        said = None  # "In 1987, the firm said sales rose in May": the saying is the fronted year's too ("In 2023, it earned $5
        # billion, it said on Feb. 3" is the article's)
    return not (_NOT_HOLDING.search(text, max(sentence.start, anchor.start - 20), anchor.start)
                or said is not None
                or _ABOUT_A_YEAR.match(text, anchor.end))


def _middle(d: DateMention) -> dt.date:
    """The middle of a date: the occurrence of a year-less date nearest to it is in its year for a year ("In 1987,
    ... in May"), the next January for a fourth quarter ("In the fourth quarter of 2023, sales fell, and in January
    they recovered"); of a year-less date that took a year told, the middle of that year ("In March, ... In
    October, ...": the same year's October, not the one nearer to March)."""
    if d.yearless:
        return dt.date(d.date_start.year, 7, 2)
    return d.date_start + (d.date_end - d.date_start) / 2


def move_to_year_of(d: DateMention, anchor: DateMention, base: dt.date) -> bool:
    """Move the year-less date `d` to its occurrence nearest to the middle of `anchor` (a date told relative to
    another: "Later that year, in September"), unless its tense forbids; whether it moved."""
    middle = _middle(anchor)
    candidates: list[Range] = []
    for year in (middle.year - 1, middle.year, middle.year + 1):
        shift = year - d.date_start.year
        try:
            first = d.date_start.replace(year=year)
            last = d.date_end.replace(year=d.date_end.year + shift, day=1)
        except ValueError:
            continue  # (29 February)
        if d.granularity != "day":
            candidates.append((first, last.replace(day=calendar.monthrange(last.year, last.month)[1])))
        elif (end_day := _day_in(last.year, last.month, d.date_end.day)) is not None:
            candidates.append((first, end_day[0]))
    found = choose_among(candidates, middle, "")
    if found is None or (d.tense == "past" and found[0] > base) or (d.tense == "future" and found[1] < base):
        return False
    d.date_start, d.date_end = found
    return True


_PERIOD_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12, "three": 3, "3": 3, "six": 6, "6": 6,
                  "nine": 9, "9": 9, "twelve": 12, "12": 12}
_WEEKS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8}
_PERIOD_GRANULARITY = {"week": "week", "month": "month", "quarter": "quarter", "half": "half", "year": "year"}
_PERIOD_ENDED = re.compile(
    # ("the fiscal third quarter ended Sept. 30", "its second fiscal quarter ended March 31": a fiscal quarter is
    # no calendar one, but the day it ended says which months it holds)
    r"(?:\b|(?<=['’]s ))(?P<phrase>(?:(?:the|its|their|a)\s+|(?<=['’]s )|(?<=\bwhose ))"
    r"(?:(?P<qweeks>1[2-7])[- ]week\s+(?=(?:(?:fiscal|financial)\s+)?(?:first|second|third|fourth)\s+(?:(?:fiscal|financial)\s+)?quarter))?"
    r"(?:(?:fiscal|financial)\s+(?:(?:first|second|third|fourth)\s+(?=quarter))?"
    r"|(?:first|second|third|fourth)\s+(?:fiscal|financial)\s+(?=quarter)|(?:first|second)\s+(?:fiscal|financial)\s+(?=half)"
    r"|(?:fiscal|financial)\s+(?:first|second)\s+(?=half)|(?:first|second|third|fourth)\s+(?=quarter|half))?"
    r"(?:(?P<period>week|month|quarter|half(?=[- ]year)|half|year)(?:[- ]year)?"
    r"|(?P<n>three|six|nine|twelve|3|6|9|12)[- ]months?(?:\s+period)?"  # ("the nine-month period ended Sept. 30")
    r"|(?P<weeks>two|three|four|five|six|eight|[2-9]|[1-5]\d)[- ]weeks?(?:\s+period)?))"  # ("the four weeks ended Friday",
    # "the 13 weeks ended Nov. 2": a retailer's quarter)
    r"(?:\s+(?:that\s+)?(?:ended|ending|ends|to|through|(?P<began>beginning|begins|began|starting|starts|started))"
    r"|,\s*(?:which\s+)?(?:ended|ends))\s+(?:on\s+|in\s+|end[- ])?$", re.I)  # ("the fiscal year beginning July 1": from it)
# ("in the year to end May": the British "end May" is the end of May)


_FISCAL_ENDED = re.compile(r"\b(?:(?:[Ff]iscal(?:\s+year)?\s+|FY\s?)(?P<year>\d{4})"
                           r"|(?:[Cc]urrent|[Tt]his|[Ll]ast|[Nn]ext|[Nn]ew|[Cc]oming)\s+(?:[Ff]iscal|[Ff]inancial)\s+(?P<relative>year))"
                           r"(?:,\s*(?:which\s+)?|\s+(?:that\s+)?)(?:ended|ending|ends|to"
                           r"|(?P<began>begins|began|begin|starts|started|start|starting|beginning))\s+(?:on\s+|in\s+)?$")


def _fiscal_ended(dates: list[DateMention], day: DateMention, fiscal_end: int, began: bool = False) -> None:
    """'fiscal 1989, which ended June 30': the fiscal year (read as every common fiscal calendar) narrowed to
    the twelve months that end on that day, when it is one of them; a year-less day takes the fiscal year's
    year, or the next (a fiscal year named by its first year). With `began` ("fiscal 1999, which begins Oct. 1")
    the twelve months that start on that day."""
    fiscal = next((f for f in dates if f.end == fiscal_end and f.granularity == "fiscal_year"), None)
    if fiscal is None or (day.granularity == "day" and (day.date_start.day != 1 if began else
                                                        (day.date_end + dt.timedelta(days=1)).day != 1)):
        return
    named = fiscal.date_start.year + 1
    years = (named - began, named + 1 - began) if day.yearless else (day.date_end.year,)
    for year in years:
        if began:
            first = dt.date(year, day.date_start.month, 1)
            last = month_range(year + (day.date_start.month > 1), (day.date_start.month - 2) % 12 + 1)[1]
        else:
            last = month_range(year, day.date_end.month)[1]
            first = dt.date(year - 1 if day.date_end.month < 12 else year, day.date_end.month % 12 + 1, 1)
        if fiscal.date_start <= first and last <= fiscal.date_end:
            fiscal.date_start, fiscal.date_end = first, last
            if day.yearless:
                day.date_start, day.date_end = day.date_start.replace(year=year), day.date_end.replace(year=year)
            return


_FISCAL_WORD = re.compile(r"\b(?:[Ff]iscal|[Ff]inancial|FY)")


def _months_spanned(d: DateMention) -> int:
    return (d.date_end.year - d.date_start.year) * 12 + d.date_end.month - d.date_start.month + 1


def _in_stated_fiscal_calendar(text: str, dates: list[DateMention]) -> None:
    """'The company's fiscal year ends Sept. 30. ... earnings for fiscal 1990': a fiscal year named without its
    calendar is read in the one calendar its article states (a fiscal year whose twelve months a day said), as the
    twelve months of its range that end in that month, when only one such run lies in it (October 1989-September
    1990; a March calendar's "fiscal 1990" may be either run and stays whole)."""
    ends = {d.date_end.month for d in dates if _months_spanned(d) == 12 and d.date_start.day == 1
            and (d.date_end + dt.timedelta(days=1)).day == 1 and _FISCAL_WORD.search(text, d.start, d.end)}
    if len(ends) != 1:
        return  # no calendar stated, or two
    month = ends.pop()
    for d in dates:
        if d.granularity != "fiscal_year" or _months_spanned(d) <= 12:
            continue
        runs = [(dt.date(year - 1 if month < 12 else year, month % 12 + 1, 1), month_range(year, month)[1])
                for year in range(d.date_start.year, d.date_end.year + 1)]
        inside = [(first, last) for first, last in runs if d.date_start <= first and last <= d.date_end]
        if len(inside) == 1:
            d.date_start, d.date_end = inside[0]


def _periods_ended(text: str, dates: list[DateMention]) -> list[DateMention]:
    """'the quarter ended Dec. 31', 'the year to March 31', 'the nine months ended Sept. 30': the period is a
    date of its own, the months (or week) that end on that day; the day stays a date too."""
    added: list[DateMention] = []
    taken = 0
    for d in dates:
        if d.granularity not in ("day", "month") or d.qualifier != "exact" or d.start < taken:
            continue
        window = text[max(taken, d.start - 45) : d.start]
        if "end" not in window and " to " not in window and "through" not in window and "beg" not in window and (
                "start" not in window):
            continue  # (most dates: no period ends on them)
        if ("iscal" in window or "inancial" in window or "FY" in window) and (fiscal := _FISCAL_ENDED.search(window)):
            _fiscal_ended(dates, d, d.start - len(window) + fiscal.end("year" if fiscal.group("year") else "relative"),
                          bool(fiscal.group("began")))
            continue
        m = _PERIOD_ENDED.search(text, max(taken, d.start - 45), d.start)
        if m is None:
            continue
        period = (m.group("n") or m.group("period") or "week").lower()
        last = d.date_end
        if m.group("began"):
            if period == "week" or d.granularity != "day":
                continue  # ("the week beginning June 24" is read with the week; "the year starting in May" says no day)
            first = d.date_start
            index = first.year * 12 + first.month - 1 + _PERIOD_MONTHS[period]
            year, month = index // 12, index % 12 + 1
            same = _day_in(year, month, first.day)  # (the day before the same day that many months on: July 1 to June 30)
            last = same[0] - dt.timedelta(days=1) if same else dt.date(year, month, calendar.monthrange(year, month)[1])
        elif m.group("qweeks"):
            if d.granularity != "day":
                continue
            first = last - dt.timedelta(days=7 * int(m.group("qweeks")) - 1)  # ("the 16-week fourth quarter ended August
            # 30, 1998": a retailer's quarter of weeks, back from the day it ended)
        elif period == "week":
            if d.granularity != "day":
                continue
            weeks = (m.group("weeks") or "1").lower()
            first = last - dt.timedelta(days=7 * (int(weeks) if weeks.isdigit() else _WEEKS[weeks]) - 1)
        else:
            months = _PERIOD_MONTHS[period]
            after = last + dt.timedelta(days=1)
            index = after.year * 12 + after.month - 1 - months
            if after.day == 1:
                first = dt.date(index // 12, index % 12 + 1, 1)
            elif d.granularity == "day":
                # "the first quarter ended April 28, 2024": a fiscal quarter of weeks, the months back to the day after
                # (Jan. 29 to April 28), no calendar quarter
                back = last.year * 12 + last.month - 1 - months
                year, month = back // 12, back % 12 + 1
                first = dt.date(year, month, min(last.day, calendar.monthrange(year, month)[1])) + dt.timedelta(days=1)
            else:
                continue
        granularity = _PERIOD_GRANULARITY.get(period, "month")
        if text[max(0, m.start() - 2) : m.start()] == ", " and (apposed := next(
                (o for o in dates if o.end == m.start() - 2 and o.granularity == "fiscal_year"), None)) is not None \
                and apposed.date_start <= first and last <= apposed.date_end:
            apposed.date_start, apposed.date_end = first, last  # "fiscal 1998, the 52 weeks ended August 30, 1998": the
            # period set beside the fiscal year is that year
        same = next((o for o in within(dates, m.start(), m.end("phrase")) if (o.start, o.end) == (m.start(), m.end("phrase"))
                     or (m.group("qweeks") and o.granularity == "quarter")), None)
        if same is not None:  # "The third quarter ended Sept. 30": read once, as the day it ended says
            same.date_start, same.date_end, same.granularity, same.qualifier = first, last, granularity, "exact"
        else:
            added.append(DateMention(m.start(), m.end("phrase"), first, last, granularity, "exact"))
        taken = d.end
    return sorted(dates + added, key=lambda d: d.start) if added else dates


def _year_of_weekday(d: DateMention, weekday: str, base: dt.date) -> None:
    """'Saturday, July 20' with no year: the year, of those around the one read, in which July 20 is a
    Saturday (the nearest to the published day), whatever the tense said."""
    wanted = [name[:3] for name in calendar.day_name].index(weekday[:3])
    if d.date_start.weekday() == wanted or d.date_start != d.date_end:
        return
    years = [y for y in (d.date_start.year - 1, d.date_start.year + 1)
             if (day := _day_in(y, d.date_start.month, d.date_start.day)) and day[0].weekday() == wanted]
    if years:
        year = min(years, key=lambda y: abs((dt.date(y, d.date_start.month, 1) - base).days))
        d.date_start = d.date_end = d.date_start.replace(year=year)


def _month_after_joiner(text: str, start: int, end: int, found: list[DateMention]) -> bool:
    """A bare month after "to" is one unless a name follows ("the year to April", not "wrote to April
    Jones"); after "and"/"or" or a comma only when a month comes just before ("in January and February", "in
    March, May and July")."""
    joiner = text[max(0, start - 4) : start]
    if joiner == " to " or _WEAK_BEFORE.search(text, max(0, start - 12), start):
        return not _NAME_AFTER.match(text, end)
    if _AND_OR_BEFORE.search(text, max(0, start - 5), start):  # (not "for")
        if _DATA_AFTER_MONTH.match(text, end):
            return True  # "widened, and June housing starts fell": a month before the data it names
        return bool(found) and found[-1].granularity == "month" and bool(_MONTH_JOINER.fullmatch(text, found[-1].end, start))
    if joiner.endswith(", "):  # "in March, May and July" (not "In March, May said")
        return (bool(found) and found[-1].granularity == "month" and found[-1].end == start - 2
                and bool(_LIST_GOES_ON.match(text, end)))
    return True


_NAME_AFTER = re.compile(r" [A-Z][a-z]")
_DATA_AFTER_MONTH = re.compile(_DATA_AFTER)
_BARE_DECADE_OR_POSSESSIVE = re.compile(r"(?:1[89]|20)\d0['’]s")  # ("the 1990's", "early 1990's": decades)
_AND_OR_BEFORE = re.compile(r"\b(?:and|or) $")
_WEAK_BEFORE = re.compile(r"\b(?:[Ff]or|till|throughout|except|[Oo]ver|into) $")  # ("for March Madness", "for August Wilson")
_MONTH_JOINER = re.compile(_AND_OR)
_LIST_GOES_ON = re.compile(r",? (?:and|or) |, |\s*(?:[.;:)]|$)")
_OPENERS = frozenset("The A An This That Its Their His Her Our Last Next In On By For From Since After Before Until".split())
_CAPS_NAME_BEFORE = re.compile(r"\b[A-Z][A-Za-z.]*[ -]$")
_DATE_AFTER_WEEKDAY = re.compile(rf"\.?,? (?:the )?(?:{_DAY} (?:of )?{_MONTH}|{_MONTH} {_DAY})\b")
_WEEK_OF = re.compile(r"\b[Tt]he week (?:of|(?P<from>beginning|starting|commencing)(?: on)?) $")
# a timeline's entry: a line that opens with its year (or its month or day and year) and a dash or colon
_TIMELINE_LABEL = re.compile(rf"[ \t]*(?:{_MONTH} (?:{_DAY},? )?)?(?P<year>{_ANY_YEAR})\s?[-–—:]\s")


def _timeline_year(text: str, start: int) -> str | None:
    """The year of the timeline entry a year-less date stands in ("1949 - ... on Oct. 1"), if it stands in one; else
    the year of the list of dated entries whose year-less entry it is or stands in (`_listed_year`)."""
    line = text.rfind("\n", 0, start) + 1
    label = _TIMELINE_LABEL.match(text, line) if start - line > 6 else None
    if label is not None and label.end() <= start:
        return label.group("year")
    return _listed_year(text, line) if _ENTRY_LABEL.match(text, line) else None


# a dated list's entry: a line that opens with a month and day (or days) of no year and a dash or colon ("Jan. 15: ...",
# "March 26 - ...", "Nov. 5-27 - ..."); an entry of the same list that writes its year ("Jan. 3, 2008: ..."); a line that
# is a year alone, a heading of the entries under it ("2018", "## 2019", "**2019**")
_ENTRY_LABEL = re.compile(rf"[ \t]*(?:[-*•][ \t]+)?(?P<month>{_MONTH})\.? (?P<day>{_DAY})(?:[-–](?:{_DAY}))?[ \t]?[-–—:][ \t]")
_ENTRY_WITH_YEAR = re.compile(rf"[ \t]*(?:[-*•][ \t]+)?(?P<month>{_MONTH})\.? (?P<day>{_DAY}),? (?P<year>{_ANY_YEAR})[ \t]?[-–—:][ \t]")
_YEAR_HEADING = re.compile(rf"[ \t]*(?:#{{1,6}}[ \t]*|\*\*)?(?P<year>{_ANY_YEAR})(?:\*\*)?[ \t]*:?[ \t]*")
_LIST_REACH = 4000  # how far back a dated list's year is looked for


def _listed_year(text: str, line: int) -> str | None:
    """The year of a dated list's year-less entry (the line at `line`): the year heading above its entries ("2018" on a
    line of its own, then "March 26 - Ross announces ..."), or the year of the entry above that writes one when this
    entry's day falls on or after that entry's ("Jan. 3, 2008: ..." then "Jan. 15: ...": 2008; a day before it may open
    the next year or, in a list that runs back, be of the same one: left to the published day)."""
    entry = _ENTRY_LABEL.match(text, line)
    if entry is None:
        return None
    end, floor = line - 1, max(0, line - _LIST_REACH)
    while end > floor:
        start = text.rfind("\n", floor, end) + 1
        if heading := _YEAR_HEADING.fullmatch(text, start, end):
            return heading.group("year")
        if dated := _ENTRY_WITH_YEAR.match(text, start, end):
            return dated.group("year") if _month_day(dated) <= _month_day(entry) else None
        end = start - 1
    return None


def _month_day(label: re.Match[str]) -> tuple[int, int]:
    """(month, day) of a dated list's entry label ("Jan. 15", "Nov. 5-27": its first day)."""
    return MONTHS[label.group("month").lower().rstrip(".")], int(label.group("day")[:2].rstrip("stndrh"))


_BRACKETED = re.compile(rf",?\s?\({_WEEKDAY}\)")
_WEEKDAY_LEAD = re.compile(rf"\b(?:{_WEEKDAY}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?),? (?:the )?$")  # ("Sat., Mar. 23")
_THE_YEAR_BEFORE = re.compile(r"\byear\s+$", re.I)
_SCALE_AFTER = re.compile(r"[ -](?i:hundred|thousand|million|billion)\b")
# (of the words quantities.py takes a number after as a name, those that never stand before a year that dates:
# "Act 2006", "Class of 2024", "the 2024 model" may)
_NAMING_WORDS = frozenset("room suite apartment flight route highway interstate gate platform terminal page seat row exit pier "
                          "berth floor channel track lane door hole item number no. windows vision agenda euro expo "
                          # a law's or a filing's part ("a Section 1983 lawsuit", "under § 1983", "on count 2001")
                          "section sections article articles chapter paragraph clause rule form count counts stat.".split())
_SECTION_SIGN_BEFORE = re.compile(SECTION_SIGN_BEFORE)  # (of any date's kind: "§ 1983", "§§ 2000-04")


def _names_by_year(before: str) -> bool:
    """Whether the word just before a year-like number names a thing by it ("Room 2012", "Windows 2000")."""
    last = before[:-1].rsplit(None, 1)[-1:] if before.endswith(" ") else []
    return bool(last) and last[0].lower() in _NAMING_WORDS
# a day a name makes of a weekday: "Black Monday" (Oct. 19, 1987), "Super Tuesday", "Bloody Sunday", "Blue Monday"
_NAMED_DAY_BEFORE = re.compile(r"\b(?:Black|Super|Bloody|Blue|Manic|Giving|Mad|Freaky|Travel|Small Business|Tragic)\s$")
_WEEKDAY_PREPOSITION = re.compile(r"\b(?:on|by|since|until|till|from|before|after|last|next|this|late|early|said|says)\s+$", re.I)
_RELATIVE_KINDS = ("weekday", "rel_day", "rel_ago", "rel_period", "month_bare", "month_part", "month_rel", "quarter_bare",
                   "half_bare", "day_md", "day_dm")
# a day that names a noun after it ("the Nov. 8 election", "the June 4 vote"), within a month of the article's
_ATTRIBUTIVE = re.compile(r"\s+(?!(?:and|or|to|of|in|on|at|for|with|by|from|was|is|were|are|will|would|has|had|have)\b)[a-z][a-z-]{2,}\b")
_ATTRIBUTIVE_REACH = 31
_EVENT_REACH = 45


def _days_apart(span: tuple[dt.date, dt.date, str], day: dt.date) -> int:
    """Days from `day` to the nearer end of `span` (0 within it)."""
    return 0 if span[0] <= day <= span[1] else min(abs((span[0] - day).days), abs((span[1] - day).days))


# ("twenty-five years ago"; not the last digits of "1 1/2 months ago", "2.5 years ago")
_AGO_COUNT = re.compile(rf"(?<![\w/-])(?<!\d\.)(?:a|an|\d+|(?:{_TENS})(?:-(?:{_UNITS}))?|{_TEENS}|{_UNITS}) $", re.I)
_THE_KINDS = frozenset(("day_the", "rel_after", "rel_new_year", "rel_fiscal", "months_first", "century", "weekday_nth", "week_nth",
                        "quarter_q", "quarter_bare", "quarter_month", "half_h", "half_bare", "decade_d", "decade_w", "decade_plain",
                        "rel_day2", "rel_part", "rel_latest"))
_SEASON_END = re.compile(r"(?i:spring|summer|autumn|fall|winter)$")
_TENSE_KINDS = frozenset(("day_the", "rel_part", "season_bare", "weekend_bare", "day_holiday", "weekday", "weekday_nth", "week_nth",
                          "month_bare", "month_part", "day_md", "day_dm", "day_word", "quarter_bare", "quarter_month", "half_bare",
                          "range_mm", "range_mdmd", "range_dmdm", "range_dmd", "range_dmd_and", "range_ddm", "range_ddm_and",
                          "rel_ago", "months_first", "decade_d", "decade_w", "decade_plain"))
# a modal and a verb of its own, which look ahead from a present ("A referendum could follow in the summer")
_MODAL_AHEAD = re.compile(r"\b(?:could|might|should|must|(?-i:may))\s+(?!have\b|been\b)[a-z]+", re.I)
_IRREGULAR_PAST_RE = re.compile(  # (not "will be held", "has been held"; "prices have risen": a perfect is past)
    r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )\b(?:" + "|".join(sorted(IRREGULAR_PAST)) + r")\b"
    r"|\b(?:has|have|had|['’]ve)\s+(?:(?:not|already|also|now|since)\s+)?(?:" + "|".join(sorted(IRREGULAR_PARTICIPLES)) + r")\b"
    r"(?!\s+(?:scheduled|set|slated|planned|due|expected|postponed|delayed|moved|pushed)\b)"
    # ("to continue discussions begun in August": a participle after its noun, then the date it happened on)
    r"|(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<=[a-z] )\b(?:"
    + "|".join(sorted(IRREGULAR_PARTICIPLES)) + r")(?=\s+(?:in|on|last|earlier)\b)",
    re.I)


# words that make a noun of a verb written alike in past and present after them ("a rate cut", "the tax hit", "a big hit")
_COMPOUND_WITH_VERB = ("rate", "tax", "price", "job", "power", "budget", "wage", "pay", "big")
# a verb whose past is its present ("Manchester City beat Arsenal 3-1 on Sunday", "The company cut 500 jobs on Monday")
# with its object or particle after it, and no article, modal, "to" or noun of a compound before it ("a rate cut on
# Wednesday", "will beat", "plans to cut"): news tells the past with it (a condition's is none: `_CONDITION`)
_SAME_FORM_PAST = re.compile(
    r"(?<![Tt]he )(?<![Aa] )(?<![Aa]n )(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcan )(?<!\bcould )(?<!\bmay )(?<!\bmight )"
    r"(?<!\bmust )(?<!\bshould )(?<!\bshall )(?<!\bdid )(?<!\bdo )(?<!\bdoes )(?<!\bnot )(?<!n['’]t )(?<!['’]ll )"
    + "".join(rf"(?<!\b{noun} )" for noun in _COMPOUND_WITH_VERB) +
    r"\b(?:" + _SAME_FORM_VERBS + r")"
    r"(?=\s+(?:[A-Z]|the\b|a\b|an\b|his\b|her\b|its\b|their\b|our\b|\d|up\b|down\b|off\b|back\b|out\b|more\b|some\b"
    r"|about\b|nearly\b|almost\b))")


# words that are no subject's noun nor its modifier (a modal, an adverb), and a noun in the singular
_NO_SUBJECT_WORD = (r"(?:will|would|could|can|may|might|must|should|shall|did|does|do|to|not|also|then|probably|likely|possibly"
                    r"|certainly|reportedly|already|just|still|never|now|again|only|even)\b")
_SINGULAR_NOUN = r"(?:[a-z]+(?:ss|sis|us)|[a-z]*[a-rt-z])"
# ... or after a singular subject the determiner opens, with a preposition after it ("The crisis spread in the autumn",
# "The storm hit on Monday"): its present would end in "s"
_SAME_FORM_SINGULAR_PAST = re.compile(
    # (or after the comma that closes an aside on the subject: "The fire, which broke out Friday, spread rapidly on
    # Saturday"; an adverb may stand between: "spread rapidly on")
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[a-z]+\s+)?"
    r"(?!(?:will|would|could|can|may|might|must|should|shall|did|does|do|to|not|also|then)\b)"  # ("The line will shut in
    # November": a modal is no subject)
    + _SINGULAR_NOUN + r"|(?<=\w),|^)\s*"
    r"(?:" + _SAME_FORM_VERBS + r")(?=\s+(?:[a-z]{3,}ly\s+)?(?:in|on|at|across|into|through|throughout|over|during|from"
    r"|overnight|yesterday|last|earlier)\b)"
    # ... or with its object after it ("The central bank cut rates in June", "The median home price hit $412,000 in
    # June"), unless the subject's noun may make a compound with the verb ("The tax cut plans", "the price hit"), where
    # only a figure after it tells a verb
    r"|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:(?!" + _NO_SUBJECT_WORD + r")[a-z]+\s+){0,2}"
    r"(?!" + _NO_SUBJECT_WORD + r")"
    r"(?:(?!(?:" + "|".join(_COMPOUND_WITH_VERB + ("cost", "spending", "rent", "pension", "fare")) + r")\s)"
    + _SINGULAR_NOUN + r"\s+(?:" + _SAME_FORM_VERBS + r")(?=\s+(?:the|a|an|its|their|his|her|[a-z]{3,}s)\b)"
    r"|" + _SINGULAR_NOUN + r"\s+(?:" + _SAME_FORM_VERBS + r")(?=\s+(?:about\s+|nearly\s+|almost\s+)?[$€£¥]?\d))")


_TENSE_REACH = 400  # characters either side of a date


def clause_tense(text: str, start: int, end: int, sentence: Sentence) -> str:
    """'future', 'past', 'present' or '' for the clause of the words at `start`..`end`, as a date there reads it (`_tense`)."""
    return _tense(text, start, end, sentence)


def _tense(text: str, start: int, end: int, sentence: Sentence, own_clause: bool = False) -> str:
    """'future', 'past', 'present' (a present that schedules and no other marker) or '' for the clause around a date
    (not the whole sentence: 'proposed the budget in April, will sign it this week' is past for April; a parenthesis
    parts no clause); when the
    clause is a fragment of at most three words, the tense of the sentence before it, else after it (not with
    `own_clause`: only a marker of the date's own clause tells)."""
    lo, hi = start - sentence.start, end - sentence.start
    plain = _without_parentheses(sentence.text, lo)
    edges = _clause_edges(plain)
    i = bisect.bisect_right(edges, (lo, lo))
    left = max((e for s, e in edges[:i] if e <= lo), default=0)
    right = min((s for s, e in edges[i:] if s >= hi), default=len(sentence.text))
    # (a clause's verb stands near its date: a run-on "clause" of thousands of characters is read only around it,
    # so that each date costs the same, whatever the length of the text without stops)
    left, right = max(left, lo - _TENSE_REACH), min(right, hi + _TENSE_REACH)
    clause = plain[left:lo] + " " + plain[hi:right]
    if _ENDED_BEFORE.search(text, max(0, start - 20), start):
        return "past"  # "the three months ended Dec. 31 will be reported": the period has ended
    if any(m.end() > left for m in _FUTURE_CAUSATIVE.finditer(plain, max(0, left - _CAUSATIVE_REACH), lo)):
        return "future"  # (its object may hold an "and" that opens a clause: "will have the engine and gear inspected")
    tense = _nearest_tense(clause, lo - left)
    opener = plain[max(0, left - 24) : left].lower()
    opener = ("after" if opener.endswith("after") or _RETROSPECT_END.search(opener)
              else "before" if opener.endswith("before") or _PROSPECT_END.search(opener) else "")
    if (opener, tense) in (("after", "future"), ("before", "past")) and text.startswith(("'s ", "’s "), end):
        return ""  # "the closure of the port after Tuesday's bridge collapse will disrupt shipments": the tense is what
        # follows the collapse's, which may lie either side of it
    if not tense and (_SCHEDULE_PRESENT.search(clause) or (
            _PLURAL_SCHEDULE_OPENS.match(clause) and plain[max(0, left - 6) : left].lower().endswith(("which", "that")))):
        return "present"  # "The fiscal year ends in September" in February: the coming one (`choose_among`)
    if tense or own_clause:
        return "" if tense == "nearest" else tense
    # (with its own object before the date: "the quarter, ending June 25," is a period's end)
    result = plain[left - 1 : left] == "," and (opened := _RESULT_OPEN.match(clause)) is not None and opened.end() + 1 < lo - left \
        and not (opened.group().strip() in ("reflecting", "citing") and _LOOKING_AHEAD.search(clause))
    # (a participle after a comma tells the subject's state at the time of the verb before: "The euro gained, trading at
    # 1.1342 dollars against 1.1256 late on Thursday")
    state = plain[left - 1 : left] == "," and (opened := _STATE_OPEN.match(clause)) is not None and opened.end() + 1 < lo - left
    fragment = sum(any(c.isalnum() for c in w) for w in clause.split()) <= 3 or bool(_ADVERBIAL.match(clause)) or (
        bool(opener) and bool(_GERUND_OPEN.match(clause))) or result or state
    if not fragment or _PRESENT.search(clause):
        return ""  # ("which takes effect Oct. 1": a present, the nearest)
    # a fragment takes the verb it hangs on, before it first ("He spoke Monday and again Tuesday night, and
    # will return Friday": Tuesday is past), else after it ("By Friday, it was over"; "At the close of trading
    # Friday, the Dow stood at 2,645": a phrase that opens with a preposition has no verb of its own)
    hard = max(plain.rfind(";", 0, left), plain.rfind("—", 0, left)) + 1  # (not past a semicolon: another clause's verb)
    # ("Clinton will tour Robben Island, where Nelson Mandela was held, on Friday": the verb before the aside)
    aside = _RELATIVE_ASIDE_END.search(plain, hard, left)
    stop = aside.start() if aside is not None and aside.start() > hard else left
    tense = _nearest_tense(plain[hard:stop], stop - hard) or _nearest_tense(plain[right:], 0)
    if result and tense == "nearest" and not _FUTURE_OF_PAST.search(plain, hard, left) and not _EXPECTED_PAST.search(
            plain, hard, left):
        tense = "past"  # "collapsed when banks refused to finance it, setting off the Oct. 13 selloff": what the past
        # caused happened, whatever the infinitive before it aims at
    if (opener, tense) in (("after", "future"), ("before", "past")) or (result and tense == "future"):
        return ""  # "his first visit will come after his inauguration on May 7": what comes before a future may be past
        # (and a result told of a future: "will cut jobs, ending a hiring spree that began in March")
    return "" if tense == "nearest" else tense


def _nearest_tense(words: str, at: int) -> str:
    """'future', 'past', 'nearest' (a marker of no tense: "would", "effective") or '': the tense of the
    marker nearest before offset `at` of `words` (where the date stood), else of the nearest after it: the
    verb a date hangs on usually comes first ("talks that began in February are expected to end in July":
    February is past; "said it expects sales to rise in the fourth quarter": the quarter is future), unless
    the date opens the clause ("a poll on Sunday showed 47% of voters saying they will back the treaty":
    Sunday is past)."""
    if not words.strip():
        return ""
    before, after = (-1, ""), (len(words) + 1, "")
    for pattern, name in ((_FUTURE, "future"), (_EXPECTED_PAST, "expected"), (_PAST, "past"), (_IRREGULAR_PAST_RE, "past"),
                          (_SAME_FORM_PAST, "past"),
                          (_SAME_FORM_SINGULAR_PAST, "past"),
                          (_SCHEDULED_PAST, "scheduled"), (_FUTURE_OF_PAST, "nearest"), (_TAKES_OFFICE, "future"),
                          (_CONDITION, "condition"), (_FUTURE_CONDITION, "future")):
        for m in pattern.finditer(words):
            if pattern is _PAST and m.group().endswith("ed") and (
                    _MODAL_VERB_BEFORE.search(words, max(0, m.start() - 30), m.start())
                    or _BE_ADVERB_BEFORE.search(words, max(0, m.start() - 30), m.start())):
                continue  # "will publish updated guidance in December": a participle that describes the object, no past;
                # "will be formally installed at a Mass on Tuesday": a passive's participle after "be" and an adverb
            if m.end() <= at:
                if m.end() > before[0] or (m.end() == before[0] and name in ("future", "condition")):
                    before = (m.end(), name)
            elif m.start() < after[0]:  # (a condition starts at its "if", before the verb it holds)
                after = (m.start(), name)
    if before[1] == "past" and after[1] and _SAID_THEN_SUBJECT.search(words, max(0, before[0] - 8), at):
        before = (-1, "")  # "Officials said prices in March will rise": the date is of what was said, whose verb follows
    if before[1] == "past" and any(is_base_verb(m.group(1)) for m in _INFINITIVE.finditer(words, before[0], at)):
        return "nearest"  # "agreed to cut output in May and June": the cut's May lies either side of the agreement
    # what was expected or promised may lie either side of the day it was, but a date before the verb is that day ("In
    # March, analysts expected a cut")
    found = "nearest" if before[1] == "expected" else before[1] or ("past" if after[1] == "expected" else after[1])
    return "nearest" if found == "condition" else found


def _past_perfect_clause(text: str, start: int, sentence: Sentence) -> bool:
    """Whether the clause that holds the date at `start` has a past perfect ("By August, Allied troops had liberated
    Paris"; not "had been held for 491 days before he was convicted in July", whose July is the conviction's)."""
    lo = start - sentence.start
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(sentence.text, 0, lo)]
    after = _CLAUSE_CUT.search(sentence.text, lo)
    return _PAST_PERFECT.search(sentence.text, max(cuts, default=0), after.start() if after else len(sentence.text)) is not None


_CLAUSE_CUT = re.compile(r"\b(?:before|after|when|while|since|until|because|as|although|though|which|who|that)\b|[;:]|,\s+(?:and|but)\b")
_YEAR_TOLD_AFTER = re.compile(r",? (?:of )?(?:the|that) (?:following|previous|next|same|prior) year\b")  # ("May of the previous year")
_PAST_PERFECT = re.compile(r"\bhad (?:already |just |been |not )?(?:[a-z]{2,}ed|[a-z]{2,}en|begun|won|lost|left|fled|met|sent|spent"
                           r"|built|fought|held|made|taken|seen|done|gone|come|become|run|hit|cut|set|put)\b")
# "be" and an adverb before an "-ed" word: a passive's participle ("will be formally installed")
_BE_ADVERB_BEFORE = re.compile(r"\b(?:be|is|are|being|been)\s+[a-z]{2,}ly\s+$", re.I)
# a modal or "to" and a verb of its own (not have or be: "may have reached", "will be delayed"), before an "-ed" word
_MODAL_VERB_BEFORE = re.compile(r"\b(?:will|would|['’]ll|shall|to|can|could|may|might|must)\s+(?!(?:have|has|be|been|get|got)\b)"
                                r"[a-z]{2,}\s+$", re.I)
_INFINITIVE = re.compile(r"\bto (?!(?:date|power|office|work|school|court|trial)\b)([a-z]{2,})\b")
# a verb of saying that takes no object, then the subject of what was said, which holds the date after a preposition
# ("said prices in", "said results of", "added sales in the"; not "said on", "said in a statement on": when it was said)
_SAID_THEN_SUBJECT = re.compile(r"\b(?:said|added|noted|warned|argued|insisted|stated)\s+(?!(?:on|in|at|late|early|last|this"
                                r"|earlier|later|before|after|during|by|over|from|until|since|to|with|for)\b)"
                                r"(?:(?:the\s+|a\s+|its\s+|their\s+)?(?:[a-z][\w’'-]*\s+){1,3}(?:in|of|for|during|on|at)\s+"
                                # ("said its fourth-quarter car output will be 10% lower": the date opens the subject)
                                r"|(?:the|its|their|his|her)\s+)$", re.I)


def _without_parentheses(sentence: str, at: int) -> str:
    """`sentence` with each parenthesis that does not hold offset `at` blanked (same length): "erupted at
    2 a.m. (0900 GMT) on Sunday" is one clause."""
    if "(" not in sentence:
        return sentence
    return _PARENTHESIS.sub(lambda m: m.group() if m.start() <= at < m.end() else " " * len(m.group()), sentence)


_PARENTHESIS = re.compile(r"\([^()]*\)")
# "will tour Robben Island, where Nelson Mandela was held, on Friday": an aside of who, where or which before the date
_RELATIVE_ASIDE_END = re.compile(r",\s+(?:where|who|whom|whose|which)\b[^,;]*,\s*$", re.I)
# ("Shares fell, reflecting fears of a rate rise in December": what is feared may lie ahead)
_LOOKING_AHEAD = re.compile(r"\b(?:expect\w*|concerns?|fears?|hopes?|worr\w*|bets?|plans?|prospects?|outlook|forecasts?"
                            r"|anticipat\w*|speculation|optimism|pessimism|uncertainty|risks?)\b", re.I)
# "rose Monday after falling 8.6 points Friday": a clause opened by a gerund has the tense of the verb it hangs on
_GERUND_OPEN = re.compile(r"\s*[a-z]{2,}ing\b")
# "The bid collapsed, setting off the Oct. 13 selloff": a participle of what a past event caused, after a comma, hangs
# on that event's verb
_RESULT_OPEN = re.compile(r"\s*(?:causing|setting off|touching off|sparking|triggering|prompting|sending|forcing|leaving"
                          r"|ending|capping|bringing|pushing|driving|wiping out|erasing|killing|injuring"
                          # (and its cause: "Revenue rose 39%, reflecting the acquisition of Kraft Inc. in December")
                          r"|reflecting|citing)\b")
# "The euro gained, trading at 1.1342 dollars against 1.1256 late on Thursday": a participle of where a price stood
# ("including a duty starting Saturday" is none: what is included may come later)
_STATE_OPEN = re.compile(r"\s*(?:trading|standing|hovering|sitting|holding|remaining|changing hands|closing|finishing"
                         r"|settling|fetching|staying|resting)\b")
# (a comparison with no verb of its own, ", up from $4 million in the first quarter", also hangs on the clause before)
_ADVERBIAL = re.compile(r"\s*(?:at|on|in|by|during|before|after|until|till|through|throughout|over|from|since|for|as of|to|into|within"
                        r"|(?:up|down|higher|lower) from|compared (?:with|to)|against|versus|vs\.)\b", re.I)


# "will idle its Sterling Heights, Mich., assembly plant ... beginning Monday", "Dow Chemical Co. of Midland, Michigan,
# said": the commas around a U.S. state after its town (AP's abbreviations or the name) part no clause
_STATE_COMMAS = re.compile(
    r"(?<=[a-z]), (?:(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb"
    r"|Nev|N\.[HJMYCD]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\."
    r"|(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois"
    r"|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri"
    r"|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma"
    r"|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia"
    r"|West Virginia|Wisconsin|Wyoming)),")


@lru_cache(maxsize=1024)
def _clause_edges(sentence: str) -> list[tuple[int, int]]:
    states = {i for m in _STATE_COMMAS.finditer(sentence) for i in (m.start(), m.end() - 1)} if ", " in sentence else set()
    return [m.span() for m in _CLAUSE_EDGE.finditer(sentence)
            if m.start() not in states
            and not (m.group().lower() == "and" and _BETWEEN_OPEN.search(sentence, max(0, m.start() - 40), m.start()))]


Range = tuple[dt.date, dt.date]


def choose(make: Callable[[int], Range | None], base: dt.date, tense: str) -> Range | None:
    """A year-less date: of its occurrences in the year before, of and after `base`, the first
    that has not ended for the future tense, the last that has begun for the past tense, else the
    one nearest to `base`."""
    return choose_among([r for year in (base.year - 1, base.year, base.year + 1) if (r := make(year)) is not None],
                        base, tense)


def choose_among(candidates: list[Range], base: dt.date, tense: str) -> Range | None:
    """`choose` over occurrences already listed."""
    if not candidates:
        return None
    if tense == "future" and (pool := [c for c in candidates if c[1] >= base]):
        return min(pool)
    if tense == "past" and (pool := [c for c in candidates if c[0] <= base]):
        return max(pool)
    if tense == "reported" and (pool := [c for c in candidates if c[1] <= base + _REPORT_LAG]):
        return max(pool)  # data to be released: of the latest that ends within four months
    if tense == "present" and (ahead := [c for c in candidates if c[1] >= base]):
        # what "begins" or "takes effect" on a date is the coming one, unless one went by of late: "The budget, which takes
        # effect Oct. 1" told on Oct. 26 is the nearest
        gone = [c for c in candidates if c[1] < base]
        if not gone or base - max(gone)[1] > _RECENT_PRESENT:
            return min(ahead)
    if tense == "scheduled":
        if soon := [c for c in candidates if base <= c[0] <= base + SCHEDULE_AHEAD]:
            return min(soon)
        if pool := [c for c in candidates if c[0] <= base]:
            return max(pool)

    def distance(r: Range) -> int:
        return 0 if r[0] <= base <= r[1] else min(abs((r[0] - base).days), abs((r[1] - base).days))

    return min(candidates, key=distance)


def _day_in(year: int, month: int, day: int) -> Range | None:
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return None
    return d, d


@lru_cache(maxsize=8192)  # pure: the same words on the same day read alike ("last year", "on Thursday")
def _resolve(kind: str, surface: str, base: dt.date, tense: str) -> tuple[dt.date, dt.date, str] | None:
    if kind in ("year", "year_old", "year_next", "year_ad", "year_ad_after"):
        year = int(surface)
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    if kind == "year_part":
        year = int(surface[-4:])
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    if kind == "rel_latest":  # "the latest quarter": the last that has ended
        index = base.year * 4 + (base.month - 1) // 3 - 1
        return _quarter(index % 4 + 1, index // 4)
    if kind == "rel_part":
        return _part_of(surface, base, tense)
    if kind == "rel_hence":
        return _hence(surface, base)
    if kind == "months_first":
        return _first_months(surface, base, tense)
    if kind == "year_words":
        year = _year_of_words(surface)
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    if kind == "year_short":  # "in '86" of 2024: 1986; "by '26" of 2024: 2026 (this century's, up to a year ahead)
        year = 2000 + int(surface[1:])
        year = year if year <= base.year + 1 else year - 100
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    if kind == "decade_d":
        return _decade(surface, base, tense)
    if kind == "decade_plain":
        word = surface.lower().split()[-1].split("-")[-1]
        if word == "noughties":
            return _decade("2000s", base, tense)
        return _decade(f"'{word[0]}0s" if word[0].isdigit() else f"'{_DECADE_WORDS.split('|').index(word) + 2}0s", base, tense)
    if kind == "decade_w":
        tens = _DECADE_WORDS.split("|").index(surface.lower().split()[-1].split("-")[-1]) + 2
        return _decade(f"19{tens}0s" if "nineteen" in surface.lower() else f"'{tens}0s", base, tense)
    if kind == "weekday":
        return _weekday(surface, base, tense)
    if kind == "weekday_week":  # "Tuesday next week", "this week on Friday"
        words = surface.lower().replace(",", "").split()
        step = {"this": 0, "next": 1, "last": -1}[next(w for w in words if w in ("this", "next", "last"))]
        target = WEEKDAYS[next(w for w in words if w in WEEKDAYS)]
        day = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=step, days=target)
        return day, day, "day"
    if kind == "day_the":  # "on the 16th": of the month before, of or after the published one (the 31st: of those with one)
        day, index = _ordinal_day(surface.removeprefix("the ")) or 0, base.year * 12 + base.month - 1
        steps = (-2, -1, 0, 1, 2) if day > 28 else (-1, 0, 1)
        found = choose_among([r for step in steps if (r := _day_in((index + step) // 12, (index + step) % 12 + 1, day))], base, tense)
        return None if found is None else (*found, "day")
    if kind == "weekday_nth":
        return _nth_weekday(surface, base, tense)
    if kind == "week_nth":
        return _nth_week(surface, base, tense)
    if kind == "century":  # "the 21st century": 2000-2099, as TIMEX3 writes it ("20")
        number = _ordinal_day(surface.lower().removeprefix("the ").split("century")[0].strip(" -").replace("twenty-first", "21st"))
        if number is None or not 10 <= number <= 21:
            return None
        return dt.date((number - 1) * 100, 1, 1), dt.date(number * 100 - 1, 12, 31), "century"
    if kind == "rel_century":  # "this century" in 2024: 2000-2099, as "the 21st century" is; "this decade": 2020-2029
        if surface.lower().endswith("decade"):
            return dt.date(base.year - base.year % 10, 1, 1), dt.date(base.year - base.year % 10 + 9, 12, 31), "decade"
        first = base.year - base.year % 100 + {"this": 0, "last": -100, "next": 100}[surface.split()[0].lower()]
        return dt.date(first, 1, 1), dt.date(first + 99, 12, 31), "century"
    if kind == "day_numeric":
        return _numeric_day(surface)
    if kind == "month_numeric":
        month, year = (int(t) for t in surface.split("/"))
        return month_range(year, month) if 1 <= month <= 12 else None
    if kind == "weekend_bare" and not tense:
        # "strikes over the weekend" in a Tuesday's story: a weekend two days off is the one meant, the last on Monday or
        # Tuesday, the coming one on Thursday or Friday, the one under way on Saturday or Sunday (a Wednesday's lies
        # halfway: left out)
        tense = {0: "past", 1: "past", 3: "future", 4: "future", 5: "future", 6: "past"}.get(base.weekday(), "")
    if kind in ("season_bare", "weekend_bare") and not tense:
        return None  # "goes on sale in the fall": the nearest is as likely wrong as right
    if kind == "season_bare":  # "in the spring": the one the tense points to
        season = surface.lower()
        found = choose(lambda y: season_range(season, y)[:2], base, tense)
        return None if found is None else (*found, "season")
    if kind == "weekend_bare":  # "over the weekend": the one the tense points to
        saturdays = [base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=5, weeks=step) for step in (-1, 0, 1)]
        found = choose_among([(d, d + dt.timedelta(days=1)) for d in saturdays], base, tense)
        return None if found is None else (*found, "weekend")
    if kind == "season_sy":
        season, year = surface.lower().split()[0], int(surface[-4:])
        return season_range(season, year)
    if kind == "season_rel":  # "the spring of next year": that year's spring
        words = surface.lower().split()
        return season_range(words[0], base.year + {"next": 1, "last": -1, "this": 0}[words[-2]])
    if kind == "quarter_q":
        return _quarter(_quarter_number(surface), int(re.search(r"\d{4}", surface).group()))  # type: ignore[union-attr]
    if kind in ("quarter_short", "half_short"):  # "4Q23", "Q3 '23", "2H23", "1H 2024"
        number, year_digits = re.findall(r"\d+", surface)[:2]
        if len(number) == 4:  # "2016H2", "2023-Q3"
            number, year_digits = year_digits, number
        n = int(number)
        year = int(year_digits) if len(year_digits) == 4 else 2000 + int(year_digits)
        if year > base.year + 10:
            year -= 100
        return _quarter(n, year) if kind == "quarter_short" else _half(n, year)
    if kind == "quarter_rel":  # "last year's third quarter", "this year's first half"
        lower = surface.lower()
        year = base.year + (1 if lower.startswith("next") else -1 if lower.startswith("last") else 0)
        return _half(_half_number(surface), year) if "half" in lower else _quarter(_quarter_number(surface), year)
    if kind == "quarter_prior":
        # a year before the period of that name the clause reads, or with no tense the latest one begun (the one
        # reported on, or running: "results beat the year-earlier first half" of October is 1988's)
        months, granularity = (6, "half") if "half" in surface.lower() else (3, "quarter")
        n = _half_number(surface) if months == 6 else _quarter_number(surface)
        if tense:
            bare = _bare_period("", base, tense, n, months, granularity)
            if bare is None:
                return None
            year = bare[0].year - 1
        else:
            year = base.year - (2 if dt.date(base.year, months * n - months + 1, 1) > base else 1)
        return _half(n, year) if months == 6 else _quarter(n, year)
    if kind == "quarter_bare":
        return _bare_period(surface, base, tense, _quarter_number(surface), 3, "quarter")
    if kind == "quarter_month":
        return _month_period(surface, base, tense)
    if kind == "half_h":
        return _half(_half_number(surface), int(re.search(r"\d{4}", surface).group()))  # type: ignore[union-attr]
    if kind == "half_bare":
        return _bare_period(surface, base, tense, _half_number(surface), 6, "half")
    if kind == "fiscal_fy":
        return _fiscal(surface, base)
    if kind == "range_yy":
        return _year_range(surface)
    if kind in ("range_mm", "range_dmd", "range_dmd_and", "range_ddm", "range_ddm_and", "range_mdmd", "range_dmdm"):
        return _short_range(kind, surface, base, tense)
    if kind == "rel_day2":
        day = base + dt.timedelta(days=-2 if "yesterday" in surface.lower() else 2)
        return day, day, "day"
    if kind == "rel_fiscal":
        return _relative_fiscal(surface, base)
    if kind == "rel_period":
        return _relative_period(surface, base, tense=tense)
    if kind == "rel_new_year":  # told in January or February, this year; in November or December, the next; else unsaid
        year = base.year if base.month <= 2 else base.year + 1 if base.month >= 11 else None
        return None if year is None else (dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if kind == "rel_after":  # "the year after next", "the week before last": two steps on or back
        words = surface.lower().split()
        return _relative_period(f"{'next' if words[-1] == 'next' else 'last'} {words[-3]}", base, steps=2)
    if kind == "month_rel":
        return _month_rel(surface, base)
    if kind == "day_ofrel":  # "Jan. 1 of this year", "5 May last year"
        tokens = _TOKEN.findall(surface)
        month = next(MONTHS[t.lower()] for t in tokens if t.lower() in MONTHS)
        day = int(re.search(r"\d+", surface).group())  # type: ignore[union-attr]
        lower = surface.lower()
        found = _day_in(base.year + (1 if "next" in lower else -1 if "last" in lower else 0), month, day)
        return None if found is None else (*found, "day")
    if kind == "month_ofrel":  # "January of next year", "May, last year"
        month = MONTHS[_TOKEN.findall(_strip_part(surface))[0].lower()]
        lower = surface.lower()
        return month_range(base.year + (1 if "next" in lower else -1 if "last" in lower else 0), month)
    if kind == "rel_tod":  # "last night", "tonight", "this morning": within a day
        day = base - dt.timedelta(days=1) if surface.lower().startswith("last") else base
        return day, day, "day"
    if kind in ("month_bare", "month_part"):
        month = MONTHS[_strip_part(surface).rstrip(".").lower()]
        found = choose(lambda y: month_range(y, month)[:2], base, tense)
        return None if found is None else (*found, "month")
    if kind == "day_holiday":  # "on Christmas Day", "before Christmas", "New Year's Eve": as a year-less day
        written = surface.replace("’", "'")
        movable = next((rule for name, rule in MOVABLE_HOLIDAYS.items() if written.startswith(name)), None)
        if movable is not None:
            def day_of(y: int) -> Range | None:
                return (movable(y), movable(y))
        else:
            month, day = next(md for name, md in HOLIDAYS.items() if written.startswith(name))

            def day_of(y: int) -> Range | None:
                return _day_in(y, month, day)
        if surface[-4:].isdigit():  # "Christmas Day 1935"
            found = day_of(int(surface[-4:]))
        else:
            found = choose(day_of, base, tense)
        return None if found is None else (*found, "day")
    if kind in ("day_md", "day_dm"):
        tokens = _TOKEN.findall(surface)
        month = next(MONTHS[t.lower()] for t in tokens if t.lower() in MONTHS)
        day = int(next(t for t in tokens if t.isdigit()))
        found = choose(lambda y: _day_in(y, month, day), base, tense)
        return None if found is None else (*found, "day")
    if kind == "rel_ago" and "fortnight" in surface:  # "a fortnight ago": the week two weeks back
        return _resolve(kind, f"{2 * (_count_of(surface.split()[0].lower()) or 1)} weeks ago", base, tense)
    if kind == "rel_ago" and ("decade" in surface or "centur" in surface):
        # "a decade ago", "a century ago": the year ten (a hundred) years back (dateparser has neither)
        step = 100 if "centur" in surface else 10
        first = surface.split()[0].lower()
        year = base.year - (step // 2 if first == "half" else step * (_count_of(first) or 1))
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    text = _strip_part(surface)
    if kind in _ABSOLUTE:
        anchor = explicit_date(kind, text)
    else:
        prefer = "future" if tense == "future" else "past"
        anchor = anchor_date(text, *_anchor_key(kind, surface, base, prefer))
    if anchor is None:
        return None
    if kind.startswith("day") or kind == "rel_day" or (kind == "rel_ago" and "day" in surface):
        return anchor, anchor, "day"
    if kind == "rel_ago" and "week" in surface:
        monday = anchor - dt.timedelta(days=anchor.weekday())
        return monday, monday + dt.timedelta(days=6), "week"
    if kind == "rel_ago" and "year" in surface:
        return dt.date(anchor.year, 1, 1), dt.date(anchor.year, 12, 31), "year"
    return month_range(anchor.year, anchor.month)


_PART_SHARE = {"end": (2 / 3, 1.0), "start": (0.0, 1 / 3), "beginning": (0.0, 1 / 3), "middle": (1 / 3, 2 / 3)}


def _part_of(surface: str, base: dt.date, tense: str) -> tuple[dt.date, dt.date, str] | None:
    """'the end of the year', 'year-end', 'the start of the month', 'the rest of the year': the whole period (as TIMEX3
    writes it, the part being a modifier) whose part the tense points to: 'debt at year-end was' in February
    is last year's, 'by the end of the month' this month's."""
    words = surface.lower().removeprefix("the ").replace("-", " ").replace("'s ", " ").replace("’s ", " ").split()
    part, unit = ("end", words[0]) if words[-1] == "end" else (words[0], words[-1])  # ("year-end", "month-end")
    periods: list[tuple[dt.date, dt.date, str]] = []
    for step in (-1, 0, 1):
        if unit == "year":
            periods.append((dt.date(base.year + step, 1, 1), dt.date(base.year + step, 12, 31), "year"))
        elif unit == "month":
            index = base.year * 12 + base.month - 1 + step
            periods.append(month_range(index // 12, index % 12 + 1))
        elif unit == "quarter":
            index = base.year * 4 + (base.month - 1) // 3 + step
            periods.append(_quarter(index % 4 + 1, index // 4))
        elif unit == "decade":  # "by the end of the decade": the decade's years, 1990-1999
            first = base.year - base.year % 10 + 10 * step
            periods.append((dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "decade"))
        else:
            monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=step)
            periods.append((monday, monday + dt.timedelta(days=6), "week"))
    if "this" in words or not tense or part in ("rest", "remainder"):
        return periods[1]  # "the year", like "this year", is the current one unless the tense says otherwise (and what is
        # left of one is of the current one: "for the rest of the year")
    low, high = _PART_SHARE[part]

    def part_range(period: tuple[dt.date, dt.date, str]) -> Range:
        days = (period[1] - period[0]).days + 1
        return period[0] + dt.timedelta(days=int(days * low)), period[0] + dt.timedelta(days=max(0, int(days * high) - 1))

    parts = [part_range(p) for p in periods]
    found = choose_among(parts, base, tense)
    return None if found is None else periods[parts.index(found)]


_NUMERIC_DAY = re.compile(r"(?<![\d/.-])([0-3]?\d)[/-]([0-3]?\d)[/-](?:\d{4}|\d\d)(?![\d/.-])")


def _numeric_order(text: str) -> str:
    """'md' when every numeric day of `text` whose order shows ("4-13-2019") puts the month first, 'dm' when every one puts
    the day first, '' when none shows or they disagree."""
    orders = set()
    for m in _NUMERIC_DAY.finditer(text):
        first, second = int(m.group(1)), int(m.group(2))
        if first > 12 >= second:
            orders.add("dm")
        elif second > 12 >= first:
            orders.add("md")
    return orders.pop() if len(orders) == 1 else ""


def _numeric_day(surface: str, order: str = "") -> tuple[dt.date, dt.date, str] | None:
    """'2015/08/12', '21/04/2016', '12/31/98', '30-06-2024', '12.06.2024': read only when the order is certain
    (the year first, one of day and month above 12, or points, which only day-first writers use); '05/06/2016'
    could be May or June: left out, unless the article's other numeric days show its `order` ('md', 'dm':
    "ratified 4-13-2019 retro to 11-8-2018" is November's)."""
    parts = [int(t) for t in re.split(r"[/.-]", surface)]
    if len(re.split(r"[/.-]", surface)[0]) == 4:
        year, month, day = parts
    else:
        first, second, year = parts
        if year < 100:
            year += 1900 if year >= 50 else 2000
        if first > 12 >= second or first == second or "." in surface:  # ("12.06.2024": points part day, month, year)
            day, month = first, second
        elif second > 12 >= first or order == "md":
            month, day = first, second
        elif order == "dm":
            day, month = first, second
        else:
            return None
    found = _day_in(year, month, day) if 1 <= month <= 12 else None
    return None if found is None else (*found, "day")


def _nth_weekday(surface: str, base: dt.date, tense: str) -> tuple[dt.date, dt.date, str] | None:
    """'the first Tuesday in November', 'the last Thursday of next month', 'the third Wednesday of
    the previous month'."""
    words = surface.lower().replace(",", "").removeprefix("the ").split()
    target = WEEKDAYS[words[1]]
    rest = words[3:]
    year = next((int(w) for w in rest if w.isdigit()), None)
    month = next((MONTHS[w.rstrip(".")] for w in rest if w.rstrip(".") in MONTHS), None)

    def day_in(y: int, m: int) -> Range | None:
        days = [d for d in range(1, calendar.monthrange(y, m)[1] + 1) if dt.date(y, m, d).weekday() == target]
        index = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}.get(words[0], -1)
        return (dt.date(y, m, days[index]),) * 2

    if month is None:
        step = 1 if "next" in rest else -1 if ("last" in rest or "previous" in rest) else 0
        index = base.year * 12 + base.month - 1 + step
        found = day_in(index // 12, index % 12 + 1)
    elif year is not None:
        found = day_in(year, month)
    else:
        found = choose(lambda y: day_in(y, month), base, tense)
    return None if found is None else (*found, "day")


def _nth_week(surface: str, base: dt.date, tense: str) -> tuple[dt.date, dt.date, str] | None:
    """'the first week of October', 'the last week of July 2016', 'the third week of this month': the n-th (last)
    Monday-Sunday week of the month, a week being the month's when most of its days are, as ISO weeks are the year's
    (its Thursday in the month: the first week of April 1998 is March 30-April 5); 'the first week of 2015': the
    year's first ISO week."""
    words = surface.lower().replace(",", "").removeprefix("the ").split()
    n = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}.get(words[0], -1)
    if words[3].isdigit():  # "the first week of 2015": the ISO week (its Monday may fall in the year before)
        year = int(words[3])
        weeks = dt.date(year, 12, 28).isocalendar()[1]
        monday = dt.date.fromisocalendar(year, weeks if n < 0 else n + 1, 1)
        return monday, monday + dt.timedelta(days=6), "week"
    if words[4:5] == ["month"]:  # "the last week of this month", "the first week of next month"
        index = base.year * 12 + base.month - 1 + {"next": 1, "last": -1}.get(words[3], 0)
        month, year = index % 12 + 1, index // 12
    else:
        month = MONTHS[words[3].rstrip(".")]
        year = int(words[4]) if len(words) > 4 else None

    def week_in(y: int) -> Range | None:
        thursdays = [dt.date(y, month, d) for d in range(1, calendar.monthrange(y, month)[1] + 1) if dt.date(y, month, d).weekday() == 3]
        mondays = [t - dt.timedelta(days=3) for t in thursdays]
        if n >= len(mondays):
            return None
        return mondays[n], mondays[n] + dt.timedelta(days=6)

    found = week_in(year) if year is not None else choose(week_in, base, tense)
    return None if found is None else (*found, "week")


def _hence(surface: str, base: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """'a year from now' (that year), 'two weeks from now' (that week), 'a day from now' (that day); 'a week from
    today', 'a year from today' (that day: the published day's weekday, or day of the month, then)."""
    words = surface.lower().split()
    count = int(words[0]) if words[0].isdigit() else YEAR_WORD_VALUES.get(words[0], 1)
    step = words[1].rstrip("s")
    if words[-1] == "today" and step in ("month", "year"):
        year, month = divmod(base.year * 12 + base.month - 1 + count * (12 if step == "year" else 1), 12)
        if year > 9999:
            return None
        day = dt.date(year, month + 1, min(base.day, calendar.monthrange(year, month + 1)[1]))
        return day, day, "day"
    if words[-1] == "today":
        step = "day"
        count *= 7 if words[1].startswith("week") else 1
    if step in ("day", "week"):
        day = base + dt.timedelta(days=count * (7 if step == "week" else 1))
        if step == "day":
            return day, day, "day"
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6), "week"
    if step == "month":
        year, month = divmod(base.year * 12 + base.month - 1 + count, 12)
        return month_range(year, month + 1) if year <= 9999 else None
    year = base.year + count
    return (dt.date(year, 1, 1), dt.date(year, 12, 31), "year") if year <= 9999 else None


def _first_months(surface: str, base: dt.date, tense: str) -> tuple[dt.date, dt.date, str]:
    """'the first nine months of 1997': January 1 to the end of the ninth month; 'the first three months' alone:
    of this year when they have (nearly) ended, else of the last (of the next, told in the future)."""
    lower = surface.lower()
    count_word = re.search(r"(?:first|last|final) (\w+)", lower).group(1)  # type: ignore[union-attr]
    months = int(count_word) if count_word.isdigit() else YEAR_WORD_VALUES[count_word]
    if "quarters" in lower:  # "the first three quarters": nine months
        months, lower = months * 3, lower.replace("quarters", "months")
    digits = re.search(r"\d{4}", surface)
    year = int(digits.group()) if digits else base.year - 1 if "last year" in lower else base.year
    if not re.match(r"(?:the )?first", lower):  # "the final three months of 1988": October to December
        return month_range(year, 13 - months)[0], dt.date(year, 12, 31), "month"
    if lower.endswith("months") or (lower.endswith("of the year") and tense in ("past", "future")):
        ended = month_range(base.year, months)[1] <= base + dt.timedelta(days=15)
        year = base.year + 1 if tense == "future" and ended else base.year if ended or tense == "future" else base.year - 1
    return dt.date(year, 1, 1), month_range(year, months)[1], "month"


def _decade(surface: str, base: dt.date, tense: str) -> tuple[dt.date, dt.date, str]:
    """'the 1990s'; "the '70s" / 'the 70s': the latest such decade that has begun, or in a sentence about the
    future the next decade ("the '90s may not be" of 1989); 'the 1800s', 'the early 1900s': a century ('the 2000s'
    is the decade news means by it)."""
    digits = re.search(r"\d+", surface).group()  # type: ignore[union-attr]
    if len(digits) == 4 and digits.endswith("00") and int(digits) < 2000:
        year = int(digits)
        return dt.date(year, 1, 1), dt.date(year + 99, 12, 31), "century"
    if len(digits) == 4:
        year = int(digits)
    else:
        year = (base.year // 100) * 100 + int(digits)
        if year > base.year and not (tense == "future" and year - base.year <= 10):
            year -= 100
    return dt.date(year, 1, 1), dt.date(year + 9, 12, 31), "decade"


def _quarter_number(surface: str) -> int:
    m = re.search(r"Q([1-4])|([1-4])(?:st|nd|rd|th)", surface)
    if m:
        return int(m.group(1) or m.group(2))
    words = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}  # ("the last quarter of 2023")
    return next(v for k, v in words.items() if k in surface.lower())


def _half_number(surface: str) -> int:
    return 2 if re.search(r"second|latter|H2", surface, re.I) else 1


def _quarter(q: int, year: int) -> tuple[dt.date, dt.date, str]:
    return dt.date(year, 3 * q - 2, 1), month_range(year, 3 * q)[1], "quarter"


def _half(h: int, year: int) -> tuple[dt.date, dt.date, str]:
    return dt.date(year, 6 * h - 5, 1), month_range(year, 6 * h)[1], "half"


_REPORT_LAG = dt.timedelta(days=120)


def _bare_period(surface: str, base: dt.date, tense: str, n: int, months: int, granularity: str, first_month: int = 1
                 ) -> tuple[dt.date, dt.date, str] | None:
    """A quarter or half without its year: of this year, last year or next ('of last year'), or the
    occurrence `choose` picks; in a past-tense clause the latest whose greater part has passed ("capacity
    fell in the third quarter" written in September is this year's; "profit rose in the first quarter"
    written in early February, last year's). With `first_month`, of a fiscal year that begins then (an
    Indian article's "second quarter" is July-September)."""
    lower = surface.lower()
    if re.search(r"(?:this|last|next) year", lower) or ("the year" in lower and tense not in ("past", "future")):
        # ("was below trend in the second half of the year" written in May: last year's, as a bare half told in the past is;
        # of a year told before, the anchor's: `_in_year_told`)
        year = base.year - 1 if "last year" in lower else base.year + 1 if "next year" in lower else base.year
        return dt.date(year, months * n - months + 1, 1), month_range(year, months * n)[1], granularity
    def period(y: int) -> Range:
        return _run_of_months(y, first_month - 1 + months * (n - 1), months)

    first, last = period(base.year)
    if tense == "reported":  # results to be reported: the latest that ends within four months (what is reported next)
        return (*max(r for r in (period(y) for y in (base.year - 1, base.year)) if r[1] <= base + _REPORT_LAG), granularity)
    if tense == "past" and first + (last - first) / 2 > base:  # told in the past: most of it has passed
        return (*period(base.year - 1), granularity)
    found = choose(period, base, tense)
    return None if found is None else (*found, granularity)


def _month_period(surface: str, base: dt.date, tense: str) -> tuple[dt.date, dt.date, str] | None:
    """'the September quarter', 'the June half of 2024': the quarter (half) ending in the month named."""
    month = MONTHS[surface.lower().removeprefix("the ").split()[0].split("-")[0].rstrip(".")]
    months, granularity = (6, "half") if "half" in surface.lower() else (3, "quarter")
    if month % months:
        return None  # "the March half" ends no half of the calendar
    if year := re.search(r"\d{4}", surface):
        return dt.date(int(year.group()), month - months + 1, 1), month_range(int(year.group()), month)[1], granularity
    return _bare_period(surface, base, tense, month // months, months, granularity)


def _relative_fiscal(surface: str, base: dt.date) -> tuple[dt.date, dt.date, str]:
    """'this financial year', 'the current fiscal year', 'last fiscal year': the fiscal calendar is not written,
    so the range covers the fiscal years of every common calendar (starting in January, April, July or October)
    that hold the published day (a year before or after it, for last and next)."""
    if (named := re.search(r"\d{4}.*", surface)) is not None:
        return _fiscal(named.group(), base)  # "this fiscal year 2024-25": the year named
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(surface.lower().removeprefix("the ").split()[0], 0)
    starts = [dt.date(base.year - (month > base.month), month, 1) for month in (1, 4, 7, 10)]
    first = min(starts)
    last = max(starts)
    return (dt.date(first.year + step, first.month, 1),
            dt.date(last.year + 1 + step, last.month, 1) - dt.timedelta(days=1), "fiscal_year")


# A country whose companies all keep one fiscal year by law: India's runs April-March (Companies Act, 2013), and an
# article is Indian where it names India's markets or regulators, or India with its rupee or its crores, and no
# neighbour that counts in crores or rupees too but keeps another fiscal year (Pakistan's and Bangladesh's run July-June)
_INDIA_EXCHANGES = re.compile(r"\b(?:BSE|NSE|Sensex|Nifty|SEBI|Sebi)\b")
_INDIA_MARKETS = re.compile(_INDIA_EXCHANGES.pattern + "|₹")
_INDIA_NAMED = re.compile(r"\b(?:India|Indian|Mumbai|New Delhi|Bengaluru)\b")
_INDIA_MONEY = re.compile(r"\b(?:crores?|lakhs?|Rs\.?)(?![\w-])")
_NEIGHBOURS = re.compile(r"\b(?:Pakistan\w*|Karachi|Lahore|Islamabad|Bangladesh\w*|Dhaka|Nepal\w*|Kathmandu|Sri Lanka\w*|Colombo)\b")


def national_fiscal_end(text: str) -> int | None:
    """The last month of the fiscal year the article's country fixes for every company (3, for an Indian
    article), or None where no such country is told."""
    if not ("₹" in text or "BSE" in text or "NSE" in text or "Sensex" in text or "Nifty" in text or "ebi" in text
            or "EBI" in text or "ndia" in text):
        return None
    india = _INDIA_MARKETS.search(text) or (_INDIA_NAMED.search(text) and _INDIA_MONEY.search(text))
    return 3 if india and not _NEIGHBOURS.search(text) else None


def _in_fiscal_calendar(kind: str, surface: str, base: dt.date, end_month: int) -> tuple[dt.date, dt.date, str] | None:
    """'FY17', 'fiscal 2017-18', 'Q3FY17', 'the current fiscal' in a fiscal year that ends in `end_month`:
    a fiscal year is named by the year it ends in ("FY17" and "2016-17" both end in March 2017)."""
    if kind == "rel_fiscal" and re.search(r"\d", surface):
        kind = "fiscal_fy"  # "the current financial year 2017-18": the year named
    if kind == "rel_fiscal":
        step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(surface.lower().removeprefix("the ").split()[0], 0)
        ends = (base.year + (base.month > end_month) if end_month < 12 else base.year) + step
    else:
        numbers = re.findall(r"\d+", surface.split("FY", 1)[-1] if kind == "quarter_fy" else surface)
        if not numbers:
            return None
        ends = _full_year(numbers[0], base) + (len(numbers) > 1)
    first = dt.date(ends - 1, end_month + 1, 1) if end_month < 12 else dt.date(ends, 1, 1)
    if kind != "quarter_fy":
        return first, month_range(ends, end_month)[1], "fiscal_year"
    quarter = int(re.search(r"[1-4]", surface).group())  # type: ignore[union-attr]
    return (*_run_of_months(first.year, first.month - 1 + 3 * (quarter - 1), 3), "quarter")


def _full_year(digits: str, base: dt.date) -> int:
    """A year of four digits, or of two read in the century that puts it no more than ten years ahead."""
    if len(digits) == 4:
        return int(digits)
    year = 2000 + int(digits)
    return year if year <= base.year + 10 else year - 100


def _fiscal(surface: str, base: dt.date) -> tuple[dt.date, dt.date, str]:
    """'fiscal 2024', 'FY2026', "FY '26", 'fiscal 2010-11': the fiscal calendar is not written, so
    the range covers every common one (April-March named by either year, July-June, October-September,
    the calendar year): from April of the year before to March of the year after."""
    numbers = re.findall(r"\d+", surface)
    first = _full_year(numbers[0], base)
    last = first + 1 if len(numbers) > 1 else first
    if len(numbers) > 1:
        return dt.date(first, 1, 1), dt.date(last, 12, 31), "fiscal_year"
    return dt.date(first - 1, 4, 1), dt.date(first + 1, 3, 31), "fiscal_year"


def _year_range(surface: str) -> tuple[dt.date, dt.date, str] | None:
    first, second = re.findall(r"\d+", surface)
    start = int(first)
    end = int(second) if len(second) == 4 else start // 100 * 100 + int(second)
    if "/" in surface and end != start + 1:
        return None  # "2015/16" is a season or fiscal year across two years; "2015/08" is no such thing
    if end <= start:
        if len(second) == 2 and 1 <= int(second) <= 12 and re.fullmatch(r"\d{4}-\d\d", surface):
            return month_range(start, int(second))  # "2016-11" is no range of years: ISO's November 2016
        return dt.date(start, 1, 1), dt.date(start, 12, 31), "year"
    return dt.date(start, 1, 1), dt.date(end, 12, 31), "year"


def _short_range(kind: str, surface: str, base: dt.date, tense: str) -> tuple[dt.date, dt.date, str] | None:
    """'May–June (2024)', 'November 19 to 20', '4-22 January, 1995'."""
    tokens = _TOKEN.findall(surface)
    months = [MONTHS[t.lower()] for t in tokens if t.lower() in MONTHS]
    numbers = [int(t) for t in tokens if t.isdigit()]
    year = next((n for n in numbers if n > 999), None)
    days = [n for n in numbers if n <= 31]
    if kind == "range_mm":
        first_month, last_month = months[0], months[-1]

        def make(y: int) -> Range | None:
            end_year = y if last_month >= first_month else y + 1
            return dt.date(y, first_month, 1), month_range(end_year, last_month)[1]

        # a written year is the last month's: "November to February 2019" began in November 2018; told in the past,
        # a run of months has (nearly) ended: "From January through November, exports rose 11%" in February is last year's
        if year:
            found = make(year - (last_month < first_month))
        else:
            ended = [r for y in (base.year - 1, base.year) if (r := make(y)) is not None and r[1] <= base + dt.timedelta(days=15)]
            found = (tense == "past" and choose_among(ended, base, tense)) or choose(make, base, tense)
        return None if found is None else (*found, "month")
    if kind in ("range_mdmd", "range_dmdm"):
        (first_month, last_month), (first_day, last_day) = months, days[:2]

        def make_span(y: int) -> Range | None:
            first = _day_in(y, first_month, first_day)
            last = _day_in(y if last_month >= first_month else y + 1, last_month, last_day)
            return None if first is None or last is None or last[0] <= first[0] else (first[0], last[0])

        # a written year is the last day's: "December 28-January 3, 2024" began in 2023
        found = make_span(year - (last_month < first_month)) if year else choose(make_span, base, tense)
        return None if found is None else (*found, "day")
    if len(days) < 2 or days[1] <= days[0]:
        return None
    month = months[0]

    def make_days(y: int) -> Range | None:
        first, last = _day_in(y, month, days[0]), _day_in(y, month, days[1])
        return None if first is None or last is None else (first[0], last[0])

    found = make_days(year) if year else choose(make_days, base, tense)
    return None if found is None else (*found, "day")


def _month_rel(surface: str, base: dt.date) -> tuple[dt.date, dt.date, str]:
    """'this September' (of the published year), 'last May' (the latest before this month), 'next June'."""
    which, name = surface.lower().split()
    month = MONTHS[name.rstrip(".")]
    year = base.year
    if which == "last" and month >= base.month:
        year -= 1
    elif which == "next" and month <= base.month:
        year += 1
    return month_range(year, month)


def _join_ranges(text: str, dates: list[DateMention], base: dt.date) -> list[DateMention]:
    """'from 2027 to 2030', 'between 2019 and 2021', 'Jan. 12, 2016 - Jan. 22, 2016': one range; two ends of no year
    each placed nearest `base` in a different year ("between February 1 and May 1" of an October) are placed together."""
    out: list[DateMention] = []
    for d in dates:
        if out:
            prev = out[-1]
            between = text[prev.end : d.start]
            join = _RANGE_JOIN.fullmatch(between) if len(between) < 12 else None
            opened = _RANGE_OPEN.search(text, max(0, prev.start - 10), prev.start)
            if join is None and opened and text[prev.end - 4 : prev.end].isdigit() and len(between) < 12:
                join = _YEAR_COMMA_JOIN.fullmatch(between)  # "from March 3, 2025, through May 20, 2025": a comma after a year
            if join and "and" in between.lower() and not (opened and opened.group().lower().startswith("between")):
                join = None  # "an improvement from July and August's deficits": two months; "between" opens a range
            if join and (opened or "and" not in between.lower()) and prev.qualifier == "exact" and d.qualifier == "exact":
                prev = _in_year_of(text, prev, d, later=False)  # "between January and March 2013": January 2013
                d = _in_year_of(text, d, prev, later=True)  # "from May 2019 to March": March 2020
                if prev.date_start > d.date_end and prev.yearless and d.yearless and prev.granularity == d.granularity:
                    prev, d = _placed_together(prev, d, base)
            if (join and (opened or "and" not in between.lower()) and prev.date_start <= d.date_end
                    and prev.qualifier == "exact" and d.qualifier == "exact"):
                granularity = prev.granularity if prev.granularity == d.granularity else _coarser(prev.granularity, d.granularity)
                out[-1] = DateMention(prev.start, d.end, prev.date_start, d.date_end, granularity, "range")
                continue
        out.append(d)
    return out




def _placed_together(first: DateMention, last: DateMention, base: dt.date) -> tuple[DateMention, DateMention]:
    """Two ends of no year that came out in the wrong order (each nearest `base` alone): the first a year back or
    the last a year on, whichever range's middle lies nearer `base`."""
    def moved(d: DateMention, years: int) -> DateMention | None:
        year = d.date_end.year + years
        try:
            return replace(d, date_start=d.date_start.replace(year=d.date_start.year + years), date_end=d.date_end.replace(
                year=year, day=min(d.date_end.day, calendar.monthrange(year, d.date_end.month)[1])))
        except ValueError:
            return None  # 29 February

    options = [pair for pair in ((moved(first, -1), last), (first, moved(last, 1)))
               if pair[0] is not None and pair[1] is not None and pair[0].date_start <= pair[1].date_end]
    if not options:
        return first, last
    return min(options, key=lambda p: abs((p[0].date_start + (p[1].date_end - p[0].date_start) / 2 - base).days))  # type: ignore[union-attr,return-value]


def _in_year_of(text: str, first: DateMention, last: DateMention, later: bool) -> DateMention:
    """An end of a range written without its year ("January" in "between January and March 2013") moved into
    the year of the other end `last`, or the year before it (after it, when `later`) when the calendar says
    so ("from November to February 2019", "from May 2019 to March")."""
    if (not first.yearless or first.granularity not in ("day", "month")
            or (first.date_start != first.date_end and first.granularity == "day")
            or _HAS_YEAR.search(text, first.start, first.end) or not _HAS_YEAR.search(text, last.start, last.end)):
        return first
    mine, theirs = (first.date_start.month, first.date_start.day), (last.date_start.month, last.date_start.day)
    year = last.date_start.year + (mine < theirs if later else -(mine > theirs))
    if not later and last.granularity == "year":
        # "from July through the end of 2020", "from October until the end of 2021": the start lies in the end's year
        # or the year before, in the one nearer where the article's day and tense alone place it
        year = min((last.date_end.year, last.date_end.year - 1), key=lambda y: abs(y - first.date_start.year))
    try:
        start = first.date_start.replace(year=year)
        end = first.date_end.replace(year=year, day=calendar.monthrange(year, first.date_end.month)[1]) \
            if first.granularity == "month" else first.date_end.replace(year=year)
    except ValueError:
        return first  # 29 February in a year that has none
    return DateMention(first.start, first.end, start, end, first.granularity, first.qualifier)


_HAS_YEAR = re.compile(r"\b(?:1\d|20)\d\d\b")


def _coarser(a: str, b: str) -> str:
    return max(a, b, key=lambda g: GRANULARITIES.index(g) if g in GRANULARITIES else 0)


_ABSOLUTE = ("day_mdy", "day_dmy", "day_iso", "month_my")


_TOKEN = re.compile(r"\d+|[A-Za-z]+")


def explicit_date(kind: str, text: str) -> dt.date | None:
    """The date a span of an `_ABSOLUTE` kind names ('24 February 2022', 'Feb. 24, 2022',
    '2022-02-24'; 'February 2022' -> its first day), None when no such day exists."""
    try:
        if kind == "day_iso":
            return dt.date.fromisoformat(text[:10])
        tokens = _TOKEN.findall(text)
        month = next(MONTHS[t.lower()] for t in tokens if t.lower() in MONTHS)
        numbers = [int(t) for t in tokens if t.isdigit()]
        return dt.date(numbers[-1], month, numbers[0] if kind.startswith("day") else 1)
    except ValueError:
        return None


def _anchor_key(kind: str, surface: str, base: dt.date, prefer: str) -> tuple[str, str]:
    """The part of (base, prefer) the reading of a span depends on, so the anchor cache hits
    across articles: the month for month- and year-grained spans, else the day."""
    if kind == "month_bare" or (kind == "rel_ago" and ("month" in surface or "year" in surface)):
        return base.replace(day=1).isoformat(), prefer
    return base.isoformat(), prefer


def _strip_part(surface: str) -> str:
    return re.sub(r"^(?:(?:early|mid|late|earlier|later)[- ](?:in )?|end[- ])", "", surface, flags=re.I)


@persistent
def anchor_date(text: str, base_iso: str, prefer: str) -> dt.date | None:
    """dateparser's reading of a date span, relative to `base_iso` (cached: spans repeat)."""
    import dateparser  # heavy import, only when a span needs it

    settings = {
        "RELATIVE_BASE": dt.datetime.fromisoformat(base_iso),
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(text.replace(" of ", " "), languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def month_range(year: int, month: int) -> tuple[dt.date, dt.date, str]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month"


def season_range(season: str, year: int) -> tuple[dt.date, dt.date, str]:
    """Meteorological seasons of the northern hemisphere; winter YEAR runs Dec YEAR - Feb YEAR+1."""
    first = SEASONS[season]
    start = dt.date(year, first, 1)
    end_year, end_month = (year + 1, 2) if first == 12 else (year, first + 2)
    return start, month_range(end_year, end_month)[1], "season"


_MONTHS_IN = {"year": 12, "quarter": 3, "month": 1}


def _relative_period(surface: str, base: dt.date, steps: int = 1, tense: str = "") -> tuple[dt.date, dt.date, str]:
    words = _strip_part(surface).lower().removeprefix("the ").removeprefix("this last ").split()
    if len(words) == 1:
        words = ["past", words[0]]  # ("this last month")
    words[0] = {"current": "this", "coming": "next", "upcoming": "next"}.get(words[0], words[0])
    which, period = words[0], words[1]
    step = {"last": -1, "past": -1, "next": 1, "this": 0}[which] * steps
    if which == "past" and period in _MONTHS_IN:  # "the past year": the twelve months up to the published day
        index = base.year * 12 + base.month - 1 - _MONTHS_IN[period]
        year, month = divmod(index, 12)
        start = dt.date(year, month + 1, min(base.day, calendar.monthrange(year, month + 1)[1])) + dt.timedelta(days=1)
        return start, base, "day"
    if which == "past" and period == "week":
        return base - dt.timedelta(days=6), base, "day"
    if period == "weekend":  # the Saturday and Sunday of this ISO week, or of the one before
        if which == "this" and tense == "past" and base.weekday() < 5:
            step = -1  # "grossed $20 million this weekend" told on a Monday: the weekend this week's has not come yet
        saturday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=5, weeks=step)
        return saturday, saturday + dt.timedelta(days=1), "weekend"
    if period == "quarter":
        index = base.year * 4 + (base.month - 1) // 3 + step
        return _quarter(index % 4 + 1, index // 4)
    if period == "year":
        y = base.year + step
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    if period == "month":
        month_index = base.year * 12 + base.month - 1 + step
        return month_range(month_index // 12, month_index % 12 + 1)
    if period == "week":
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=step)
        return monday, monday + dt.timedelta(days=6), "week"
    # a season: "this" = the one nearest the published day (in March "this winter" has just ended, in November
    # "this summer" too), "last" = the latest that has ended, "next" = the first that has not begun
    year = base.year - (1 if period == "winter" and base.month <= 2 else 0)
    start, end, gran = season_range(period, year)
    if step == 0:
        def distance(y: int) -> int:
            first, last, _ = season_range(period, y)
            return 0 if first <= base <= last else min(abs((first - base).days), abs((last - base).days))

        years = (year - 1, year, year + 1)
        if tense == "past":  # ("this spring they rose", told in October: the spring gone by, not the one nearer)
            years = tuple(y for y in years if season_range(period, y)[0] <= base) or years
        elif tense == "future":
            years = tuple(y for y in years if season_range(period, y)[1] >= base) or years
        year = min(years, key=distance)
        start, end, gran = season_range(period, year)
    if step == -1:
        while end >= base:
            year -= 1
            start, end, gran = season_range(period, year)
    elif step == 1:
        while start <= base:
            year += 1
            start, end, gran = season_range(period, year)
    return start, end, gran


def _weekday(surface: str, base: dt.date, tense: str) -> tuple[dt.date, dt.date, str] | None:
    """'on Thursday': the coming such day in a future-tense clause, the latest in a past-tense one,
    else the nearest (the published day itself counts); explicit with 'last' / 'next';
    'Thursday the 21st', 'Monday 3': the 21st (3rd) nearest the published date that is a Thursday (Monday)."""
    words = surface.lower().split()
    day_name = next(w for w in words if w in WEEKDAYS)
    target = WEEKDAYS[day_name]
    if "the" in words or words[-1][0].isdigit():
        ordinal = " ".join(words[words.index("the") + 1 :]) if "the" in words else words[-1]
        day_of_month = int(ordinal.rstrip("stndrh")) if ordinal[0].isdigit() else _ordinal_day(ordinal)
        if day_of_month is None:
            return None
        options = []
        for shift in (-1, 0, 1):
            index = base.year * 12 + base.month - 1 + shift
            found = _day_in(index // 12, index % 12 + 1, day_of_month)
            if found and found[0].weekday() == target:
                options.append(found[0])
        if not options:
            return None
        day = min(options, key=lambda d: abs((d - base).days))
        return day, day, "day"
    ahead = (target - base.weekday()) % 7
    behind = ahead - 7 if ahead else 0
    if words[0] == "last":
        if behind == -1 and base.weekday() != 0:
            return None  # "last Wednesday" on a Thursday: yesterday, or the Wednesday of the week before (a writer says
            # "on Wednesday" of yesterday): not for the grammar to say ("last Sunday" on a Monday is of last week either way)
        delta = behind if behind else -7
    elif words[0] == "next":
        if ahead == 1 and base.weekday() != 6:
            return None  # "next Friday" on a Thursday: tomorrow, or a week after it (not "next Monday" on a Sunday)
        delta = ahead if ahead else 7
    elif words[0] == "this":  # "due out this Friday" on a Monday: the Friday of the week the published day is in
        delta = target - base.weekday()
        delta += 7 if tense == "future" and delta < 0 else -7 if tense == "past" and delta > 0 else 0
    elif tense == "future":
        delta = ahead
    elif tense == "past":
        delta = behind
    else:
        delta = ahead if ahead < -behind else behind
    day = base + dt.timedelta(days=delta)
    return day, day, "day"


_ORDINAL_WORDS = {w: i for i, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}


def _ordinal_day(text: str) -> int | None:
    digits = re.match(r"(\d+)", text)
    if digits:
        return int(digits.group(1))
    parts = text.replace("-", " ").split()
    if parts[0] in ("twenty", "thirty"):
        return (20 if parts[0] == "twenty" else 30) + (_ORDINAL_WORDS.get(parts[1], 0) if len(parts) > 1 else 0)
    if parts[0] == "thirtieth":
        return 30
    return _ORDINAL_WORDS.get(parts[0])
