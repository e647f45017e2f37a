"""Dates in text: find date expressions, anchor them with dateparser, expand them to a range.

A scan with one compiled pattern finds the spans (so dateparser never sees ordinary words like
"may" or "second"). A span that names its day, month and year, or its month and year, is read
from the match itself (a test holds this equal to dateparser's reading); dateparser turns every
other span ("last Monday", "two years ago", "in March") into an anchor date relative to the
article's published date. The granularity of the pattern that matched turns the anchor into an
inclusive range (`February 2022` -> 2022-02-01..2022-02-28, month).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.extract.prefilter import starts_with
from factcheck.memo import persistent

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first month, northern

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_PART = r"(?:(?:early|mid|late|earlier|later)[- ](?:in )?)"
_NUMWORD = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"

# Each alternative is a named group whose name starts with its granularity.
_DATE_BODY = (
    r"(?:"
    rf"(?P<day_mdy>{_MONTH} {_DAY},? {_YEAR})"
    rf"|(?P<day_dmy>{_DAY} (?:of )?{_MONTH},? {_YEAR})"
    r"|(?P<day_iso>" + _YEAR + r"-[01]\d-[0-3]\d)"
    rf"|(?P<day_md>{_MONTH} {_DAY})(?![\d,]*\d)"
    rf"|(?P<day_dm>{_DAY} (?:of )?{_MONTH})"
    rf"|(?P<month_my>{_PART}?{_MONTH},? (?:of )?{_YEAR})"
    rf"|(?P<quarter_q>(?:(?:the )?(?:first|second|third|fourth) quarter (?:of )?|Q[1-4] ){_YEAR})"
    rf"|(?P<season_sy>(?i:{_SEASON}) (?:of )?{_YEAR})"
    r"|(?P<decade_d>(?:the )?(?:1[89]|20)\d0s)"
    rf"|(?P<rel_period>{_PART}?(?i:this|last|next|past) (?:year|month|week|{_SEASON}))"
    r"|(?P<rel_day>(?i:yesterday|today|tomorrow))"
    rf"|(?P<rel_ago>{_NUMWORD} (?:day|week|month|year)s? ago)"
    rf"|(?P<weekday>(?:(?i:last|next|this) )?{_WEEKDAY})"
    rf"|(?:in|In|since|until|by|from|of|before|after|mid-|early|late|last|next|this) (?P<month_bare>{_MONTH})(?![\w]|\.?,? (?:of )?\d)"
    rf"|(?P<year>{_YEAR})(?!\d|,\d|\.\d|%| ?(?:percent|per cent|million|billion|trillion)\b)"
    r")(?![\w])"
)
# Every alternative above begins with a digit or one of these words: keep them in step.
DATE_GUARD = starts_with(
    [*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name, "the ", "first ", "second ", "third ", "fourth ",
     "Q", "early", "mid", "late", "a ", "an ", "one ", "two ", "three ", "four ", "five ", "six ", "seven ", "eight ", "nine ",
     "ten ", "in ", "In ", "since ", "until ", "by ", "from ", "of ", "before ", "after "],
    ignore_case=[*SEASONS, "this ", "last ", "next ", "past ", "yesterday", "today", "tomorrow"],
)
DATE_RE = re.compile(r"(?<![\w-])" + DATE_GUARD + _DATE_BODY)

_LOWER_BOUND = re.compile(r"(?:at least|no earlier than|not before)\s+(?:in\s+)?$", re.I)
_UPPER_BOUND = re.compile(r"(?:no later than|not after|at the latest by)\s+(?:in\s+)?$", re.I)
_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|is (?:set|due|scheduled|expected|poised|slated) to|are (?:set|due|expected) to"
    r"|next|upcoming|forthcoming|to arrive|plans? to)\b",
    re.I,
)


@dataclass(slots=True)  # not frozen: built once per fact, and frozen construction is slow
class DateMention:
    start: int
    end: int
    date_start: dt.date
    date_end: dt.date
    granularity: str
    qualifier: str


def find_dates(text: str, published: dt.date | None, sentence_of: Callable[[int], str]) -> list[DateMention]:
    """Every date expression of `text`, resolved against `published` (today when unknown)."""
    base = published or dt.date.today()
    out = []
    for m in DATE_RE.finditer(text):
        kind = m.lastgroup or ""
        surface = m.group(kind)
        start = m.start(kind)
        end = start + len(surface)
        resolved = _resolve(kind, surface, base, sentence_of(start))
        if resolved is None:
            continue
        first, last, granularity = resolved
        before = text[max(0, start - 30) : start]
        qualifier = "exact"
        if _LOWER_BOUND.search(before):
            qualifier = "lower_bound"
        elif _UPPER_BOUND.search(before):
            qualifier = "upper_bound"
        out.append(DateMention(start, end, first, last, granularity, qualifier))
    return out


def _resolve(kind: str, surface: str, base: dt.date, sentence: str) -> tuple[dt.date, dt.date, str] | None:
    if kind == "year":
        year = int(surface)
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    if kind == "decade_d":
        year = int(re.search(r"\d{4}", surface).group())  # type: ignore[union-attr]
        return dt.date(year, 1, 1), dt.date(year + 9, 12, 31), "decade"
    if kind == "weekday":
        return _weekday(surface, base, sentence)
    if kind == "season_sy":
        season, year = surface.lower().split()[0], int(surface[-4:])
        return season_range(season, year)
    if kind == "quarter_q":
        return _quarter(surface)
    if kind == "rel_period":
        return _relative_period(surface, base)
    text = _strip_part(surface)
    if kind in _ABSOLUTE:
        anchor = explicit_date(kind, text)
    else:
        prefer = "future" if _FUTURE.search(sentence) else "past"
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


_ABSOLUTE = ("day_mdy", "day_dmy", "day_iso", "month_my")


_TOKEN = re.compile(r"\d+|[A-Za-z]+")


def explicit_date(kind: str, text: str) -> dt.date | None:
    """The date a span of an `_ABSOLUTE` kind names ('24 February 2022', 'Feb. 24, 2022',
    '2022-02-24'; 'February 2022' -> its first day), None when no such day exists."""
    try:
        if kind == "day_iso":
            return dt.date.fromisoformat(text)
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
    return re.sub(r"^(?:early|mid|late|earlier|later)[- ](?:in )?", "", surface, flags=re.I)


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


def _quarter(surface: str) -> tuple[dt.date, dt.date, str]:
    words = {"first": 1, "second": 2, "third": 3, "fourth": 4}
    m = re.search(r"Q([1-4])", surface)
    q = int(m.group(1)) if m else next(v for k, v in words.items() if k in surface.lower())
    year = int(surface[-4:])
    return dt.date(year, 3 * q - 2, 1), month_range(year, 3 * q)[1], "quarter"


def _relative_period(surface: str, base: dt.date) -> tuple[dt.date, dt.date, str]:
    words = _strip_part(surface).lower().split()
    which, period = words[0], words[1]
    step = {"last": -1, "past": -1, "next": 1, "this": 0}[which]
    if period == "year":
        y = base.year + step
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    if period == "month":
        month_index = base.year * 12 + base.month - 1 + step
        return month_range(month_index // 12, month_index % 12 + 1)
    if period == "week":
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=step)
        return monday, monday + dt.timedelta(days=6), "week"
    # a season: "this" = the one of the published year, "last" = the latest that has ended,
    # "next" = the first that has not begun
    year = base.year - (1 if period == "winter" and base.month <= 2 else 0)
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


def _weekday(surface: str, base: dt.date, sentence: str) -> tuple[dt.date, dt.date, str]:
    """'on Thursday': the nearest such day to the published date, the coming one when the
    sentence speaks of the future ('will visit on Thursday'), explicit with 'last'/'next'."""
    words = surface.lower().split()
    target = WEEKDAYS[words[-1]]
    ahead = (target - base.weekday()) % 7
    behind = ahead - 7 if ahead else 0
    if words[0] == "last":
        delta = behind if behind else -7
    elif words[0] == "next":
        delta = ahead if ahead else 7
    elif _FUTURE.search(sentence):
        delta = ahead
    else:
        delta = ahead if ahead < -behind else behind
    day = base + dt.timedelta(days=delta)
    return day, day, "day"
