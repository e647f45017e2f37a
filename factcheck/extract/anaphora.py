"""Dates told relative to another date of the text: "a year earlier", "the year-ago quarter", "the previous
month", "the same period last year", "later that same month".

Each is resolved against its anchor, the last date read before it in its sentence (else the only period of the
sentence before, unless a blank line parts them: not the day it was said or published, nor a date something is
compared with; a date told the same as or forward of another anchors too, one told back does not), and keeps
the anchor's granularity ("the following year" or "the previous year" after a month: the year, shifted): "in the
third quarter, up from $51 million a year earlier" is the third quarter of the year before. An expression with
no anchor, or whose step is finer than its anchor ("a month earlier" after "in 2023"), is left unread: the date it means is not written.
"ago" counts back from the published day (`dates.py`) except in a comparison with an anchored period
("profit for the quarter, up from a year ago"), where it names that period a year before.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from factcheck.extract.dates import DateMention, clause_tense, holds_year, move_to_year_of, season_range, within
from factcheck.extract.prefilter import starts_with
from factcheck.extract.words import BASE_BEFORE, COMPARED_WITH
from factcheck.text import Sentence

_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}
_STEP = r"(?P<{}>year|quarter|month|week|day)"
# ("the prior year's third quarter", "the year-earlier first half": a quarter or half the date grammar reads itself)
_NAMED_PART = r"(?:(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?:quarter|half)|Q[1-4]\b)"
# every alternative below begins with one of these words or a digit: keep them in step
_GUARD = starts_with([], ignore_case=["a ", "an ", "one ", "two ", "three ", "four ", "five ", "six ", "seven ", "eight ",
                                      "nine ", "ten ", "the ", "year-", "early ", "late", "earlier ", "that "])
ANAPHORA_RE = re.compile(
    r"(?<![\w-])(?<!\d[.,])" + _GUARD + r"(?:"
    # "a year earlier", "two years before.", "a month previously", "from a year ago"
    r"(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d?) " + _STEP.format("step") + r"s? "
    r"(?P<dir>earlier(?! than)|before(?=[.,;:)]|$)|previously|ago|later(?! (?:than|that|this|the)\b))"
    # "the previous year", "the prior quarter", "the preceding month", "the quarter before."
    r"|the (?:previous|prior|preceding) " + _STEP.format("prev") + r"(?![\w-])(?!['’]s " + _NAMED_PART + ")"
    r"|the " + _STEP.format("before") + r" before(?=[.,;:)]|$)"
    # "the following year", "the next day", "the month after.": a step forward
    # ("He resigned in 2015 and died the next year"; "over the next year", "in the next month" look ahead from now)
    r"|the (?:following " + _STEP.format("next") + r"|next (?P<next_day>day)"
    r"|(?<!over the )(?<!in the )(?<!within the )(?<!during the )(?<!for the )next (?P<next_coarse>year|month|week)|"
    + _STEP.format("after") +
    r" after(?=[.,;:)]|$))"
    # "starts next Friday and ends the following Sunday": the first such day after the anchor
    r"|the following (?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    # "profit rose 20% in the quarter", "sales in the period": the quarter (period) the article told of before
    r"|(?<![Oo]f )the (?P<the_period>quarter|period)(?!['’]s| (?:ended|ending|to|that|before|after|earlier|ago|of|under)\b)"
    # "Third-quarter profit fell ... For the year, it expects $2 a share", "Sales for the year so far", "Exports hit a
    # record in the month.", "For the week, the Dow rose 2%": the year (month, week) of the date told before
    r"|(?:(?<=[Ff]or )|(?<=[Ii]n )|(?<=[Oo]ver )|(?<=[Dd]uring )|(?<=[Tt]hroughout ))the (?:full |whole |entire )?"
    r"(?P<the_year>year|month|week)(?=[,.;:]|$| so far\b| to date\b)"
    # "the busiest weekend of the year", "his second title of the year": a rank within the year told (`_RANKED_OF`)
    r"|(?<= of )the (?P<ranked>year|month|week)(?!['’])"
    # "the year-earlier quarter", "the year-ago period", "a year-ago loss"
    r"|(?:the |a )?(?P<yago>year-(?:earlier|ago)|year-before)(?: (?:(?P<noun>quarter|month|week)|period|level|figure)"
    r"|(?! " + _NAMED_PART + "))"
    # "the same quarter last year", "the same period a year earlier", "the same month of the previous year"
    r"|the same (?:(?P<same_noun>quarter|month|week|day)|period|time) (?:of |in )?"
    r"(?P<same>last year|a year (?:earlier|ago|before)|the (?:previous|prior) year|the year before)"
    # "the same quarter in 2023", "the same period of 2022": the period told before, in the year written
    r"|the same (?:(?P<in_year_noun>quarter|month|week|day)|period|time) (?:of|in) (?P<in_year>(?:19|20)\d\d)"
    # "down from $1.64 billion in the 1990 quarter", "the 1988 period": the quarter (period) told before, in that year
    r"|the (?P<year_of>(?:19|20)\d\d) (?P<year_of_noun>quarter|period)"
    # "later that same month", "that year", "the same day": the anchor itself
    r"|(?:(?:early|late|later|earlier) )?(?:that|the same) (?:same )?" + _STEP.format("same_as") +
    # "earlier in the day", "later in the week": the day (week ...) of the date told before
    r"|(?:earlier|later) in the (?P<in_the>day|week|month|year)"
    # "By that evening", "later that night": a part of the day told
    r"|(?:(?:early|late|later|earlier) )?that (?P<part_of_day>morning|afternoon|evening|night)"
    # "passed in the summer of 1996 and took effect that fall": the season of the year told (not "shares that fall 5%")
    r"|(?:(?:early|late|later|earlier) )?that (?P<season>spring|summer|fall|autumn|winter)(?=\s*[.,;:)]|\s*$)"
    r")(?![\w-])",
    re.MULTILINE | re.IGNORECASE,
)
_WEEKDAYS = [name.lower() for name in calendar.day_name]
_BOUND_BEFORE = re.compile(r"\b(?:by|until|till|before)\s+(?:(?:early|late)\s+)?$", re.I)
# ("up from a year ago", "compared with $2 million a year ago": the base's figure may come between)
# (or two, the second in apposition: "up from $4.1 million, or 24 cents a share, a year ago", "compared with $350 million
# or 45 cents per share a year ago")
_COMPARED = re.compile(rf"\b(?:{COMPARED_WITH}|with|over|against)\s+(?:[^\s,;]*\d[^\s,;]*(?:\s+[a-z]+){{0,2}}"
                       r"(?:(?:,\s+|\s+)or\s+[^\s,;]*\d[^\s,;]*(?:\s+[a-z]+){0,3},?)?\s+)?$", re.I)
# a date after a figure and "over" is the base it is measured against: "grew 4.0% over last year's $1.00"
_FIGURE_OVER = re.compile(r"(?:\d|%|\bper ?cent)\s+over\s+(?:\S+\s+){0,2}$", re.I)
# a rank among the periods of a year (month, week): "the busiest weekend of", "his second title of", "the highest level of"
_RANKED_OF = re.compile(r"\b(?:[a-z]{2,}est|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|only|worst|best"
                        r"|most\s+[a-z]+|\d+(?:st|nd|rd|th))"
                        r"\s+(?:[a-z][\w'’-]*\s+){1,2}of\s+$")
# the day news was told ("said yesterday"), which holds no month or week a figure is of
_SAID_DAY = re.compile(r"(?i:yesterday|today|tonight)")
_SPEECH_DAY = re.compile(r"(?i:(?:last |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                         r"|yesterday|today|tonight|tomorrow)")
_STEP_OF = {"year": 0, "half": 0, "quarter": 1, "season": 1, "month": 2, "week": 3, "weekend": 3, "day": 4}
_ORDER = {"year": 0, "quarter": 1, "month": 2, "week": 3, "day": 4}


def anchored_dates(text: str, dates: list[DateMention], sentence_of: Callable[[int], Sentence],
                   published: dt.date | None = None, impossible: list[tuple[int, int]] | None = None) -> list[DateMention]:
    """`dates` plus the dates told relative to one of them; a reading from the published day that such an
    expression contains ("last year" in "the same quarter last year") gives way to it. The spans of dates that name
    no day ("Feb. 29 the following year" after 1996) are added to `impossible`: no figure either."""
    if not dates and published is None:
        return dates
    out = list(dates)
    anchors = list(dates)  # the dates read so far, in text order: "The same day, ... Three days later" counts from it
    told: set[int] = set()  # the dates told relative to another that give a year (`_in_years_told`)
    replaced: set[int] = set()  # the dates read within such an expression ("last year" in "the same quarter last year")
    held_by_year: dict[int, DateMention | None] = {}  # a year-less date and what it is in the year told after it
    for m in _matches(text):
        start, end = m.span()
        if m.group("the_period"):
            period = _period_told(dates, start, m.group("the_period").lower(), text, sentence_of)
            if period is not None and not _overlapping(dates, start, end):
                out.append(DateMention(start, end, period.date_start, period.date_end, period.granularity, "exact"))
            continue
        if m.group("the_year") or (m.group("ranked") and _RANKED_OF.search(text, max(0, start - 48), start)):
            step = (m.group("the_year") or m.group("ranked")).lower()
            year = _period_of_date_told(text, dates, start, step)
            if year is None and published is not None and (m.group("ranked") or text.startswith((" so far", " to date"), end)):
                # "the busiest travel day of the year as millions headed home", "Sales for the year so far" with no date
                # told before: the published day's
                year = (*_enclosing(DateMention(start, end, published, published, "day", "exact"), step), step)
            if year is not None and not _overlapping(dates, start, end):
                out.append(DateMention(start, end, *year, "exact"))
            continue
        if m.group("ranked"):
            continue
        if any(d.start < start and end <= d.end for d in _overlapping(dates, start, end)):
            continue  # "in the third quarter a year earlier": the tail of a date read already
        step, count = _step_of(m)
        # (not "on March 3 of that year": the year told before holds it already, `dates.py`)
        year_less = _year_less_before(text, dates, start) if step == "year" and count else None
        if year_less is not None and id(year_less) in held_by_year:
            year_less = None
        # (an anchor is one of `dates`, none of these: "a month earlier" is not a year ago; for "June the following
        # year", the date before June)
        # ("the same period last year" is the whole period told, not the month it ends in; "in the month" is that month)
        whole = (m.group("same") or m.group("in_year")) is not None and not (m.group("same_noun") or m.group("in_year_noun"))
        anchor = _anchor(text, anchors, year_less.start if year_less else start,
                         sentence_of, published, days=step in ("day", "week"), chained=told, whole=whole)
        if anchor is None and (reported := _reported_period(m)):
            # "Sales in the year-earlier period were ...", "In the previous quarter, ...": the period the story reports
            # on, told in the paragraphs before, as "the quarter" is
            anchor = _period_told(dates, start, reported, text, sentence_of)
        if anchor is None and published is not None and (m.group("in_the") or "").lower() == "day":
            # "Stocks recovered later in the day" with no date told before it: the article's own day (not its week: "earlier
            # in the week" told on a Monday is the week before)
            anchor = DateMention(start, start, published, published, "day", "exact")
        if anchor is None or (m.group("dir") == "ago" and not _is_comparison(text, start, anchor, sentence_of)):
            continue
        if m.group("in_year") or m.group("year_of"):
            if anchor.granularity == "year" or (m.group("year_of_noun") == "period" and (
                    anchor.granularity not in ("quarter", "half")
                    or sentence_of(anchor.start).index != sentence_of(start).index)):
                continue  # "in 2024, up from the same period of 2023": no period finer than the year told ("the nine months
                # through September ... in the 1988 period": the period is the nine months, no month; the year stays; nor
                # one of a sentence before, where the period may be one not read: "Net for the first half was ...")
            count = anchor.date_start.year - int(m.group("in_year") or m.group("year_of"))
        if m.group("next_coarse") and sentence_of(anchor.start).index != sentence_of(start).index and clause_tense(
                text, start, end, sentence_of(start)) != "past":
            continue  # "Exports fell in 2023. The next year will be tough": the coming year, told from now ("The plant closed in
            # March. It reopened the next month": April, told in the past)
        if step != "day" and step != "week" and _SPEECH_DAY.fullmatch(text[anchor.start : anchor.end]):
            continue  # "said Tuesday that sales rose from a year earlier": Tuesday is when it was said
        if m.group("weekday"):
            if anchor.granularity != "day":
                continue  # "the following Sunday" after "in May": which one is not written
            ahead = (_WEEKDAYS.index(m.group("weekday").lower()) - anchor.date_end.weekday() - 1) % 7 + 1
            day = anchor.date_end + dt.timedelta(days=ahead)
            found, granularity = (day, day), "day"
        elif m.group("season"):
            if anchor.granularity not in ("year", "half", "quarter", "season", "month", "week", "weekend", "day"):
                continue
            found, granularity = season_range(m.group("season").lower(), anchor.date_start.year)[:2], "season"
        elif m.group("in_the") and _BOUND_BEFORE.search(text, max(0, anchor.start - 16), anchor.start):
            continue  # "without power by early Thursday, ... where tornadoes ripped through the region earlier in the day":
            # a bound's day is no day of the event told (the tornadoes came the day before)
        elif m.group("same_as") or m.group("part_of_day") or m.group("in_the"):
            found = _enclosing(anchor, step)  # "later that same month" after "February 24, 2022": that February
            granularity = step
        else:
            named = (m.group("prev") or m.group("before") or m.group("noun") or m.group("same_noun") or m.group("in_year_noun")
                     or (m.group("year_of_noun") if m.group("year_of_noun") == "quarter" else None)
                     or m.group("next") or m.group("next_coarse") or m.group("after"))
            coarser = (m.group("prev") or m.group("next") or m.group("next_coarse") or "").lower()
            if coarser and anchor.granularity in _STEP_OF and _ORDER[coarser] < _STEP_OF[anchor.granularity] and (
                    enclosing := _enclosing(anchor, coarser)):
                # "announced in March 1996. The following year": the year after the one that holds March 1996
                held = DateMention(anchor.start, anchor.end, enclosing[0], enclosing[1], coarser, "exact")
                found, granularity = _shift(held, step, count), coarser
            elif named and anchor.granularity != named:
                continue  # "the year-earlier quarter" after "Sept. 30"
            elif (m.group("count") and anchor.granularity == "day" and step in ("year", "month")
                  and (shifted := _shift(anchor, step, count)) is not None):
                # "signed on Feb. 2, 1995, and ratified a year later": 1996, not Feb. 2, 1996 (a step of years or months
                # from a day is as exact as its step: the anniversary is not written)
                found = _enclosing(DateMention(anchor.start, anchor.end, *shifted, "day", "exact"), step)
                granularity = step
            else:
                found, granularity = _shift(anchor, step, count), anchor.granularity
        if found is None:
            continue
        if year_less is not None and granularity == "year":
            # "crowned in June the following year": one date, June of that year ("on Feb. 29 the following year" of a
            # leap year: no such day, no date)
            moved = _in_year(year_less, found[0].year)
            held_by_year[id(year_less)] = None if moved is None else replace(moved, end=end)
            if moved is None and impossible is not None:
                impossible.append((year_less.start, end))
            elif moved is not None:
                told.add(id(held_by_year[id(year_less)]))
            continue
        replaced.update(id(d) for d in _overlapping(dates, start, end))
        out.append(DateMention(start, end, found[0], found[1], granularity, "exact",
                               says_year=granularity not in ("day", "week", "weekend")))
        told.add(id(out[-1]))
        if count <= 0:  # (a date told back from another is a look back: "The previous day, ... A week later" counts
            bisect.insort(anchors, out[-1], key=lambda d: d.start)  # from the story's day, not the look back's)
    if held_by_year:
        out = [d for d in (held_by_year[id(d)] if id(d) in held_by_year else d for d in out) if d is not None]
    if replaced:
        out = [d for d in out if id(d) not in replaced]
    if "he next " in text:  # "He joined in May. He left the next week": no week told from now, in a story of the past
        out = [d for d in out if not (text[max(0, d.start - 4) : d.start] in ("the ", "The ")
                                      and _NEXT_PERIOD.fullmatch(text, d.start, d.end)
                                      and clause_tense(text, d.start, d.end, sentence_of(d.start)) == "past")]
    out.sort(key=lambda d: d.start)
    out = _edges_of_the_year_told(text, out, sentence_of)
    if told:
        _in_years_told(text, out, told, sentence_of, published or dt.date.today())
    return out


# "the end of the year", "the start of the year": the part of a year, read as the published day's year
_EDGE_OF_THE_YEAR = re.compile(r"(?:the\s+)?(?:end|start|beginning|middle|close)\s+of\s+the\s+year", re.I)
# a verb that looks ahead: "expects growth to last to the end of the year" is this year's end, whatever came before
_AHEAD = re.compile(r"\b(?:will|would|could|may|might|should|expects?|expected|plans?|aims?|hopes?|forecasts?|due|set to"
                    r"|going to)\b", re.I)


def _edges_of_the_year_told(text: str, dates: list[DateMention], sentence_of: Callable[[int], Sentence]) -> list[DateMention]:
    """`dates` with "the end of the year" (its start, middle) moved to the year of a date told before it in its sentence
    ("Sales slowed in mid-1997 before recovering at the end of the year": 1997), unless a verb between looks ahead."""
    out = list(dates)
    for k, d in enumerate(out):
        if d.granularity != "year" or not _EDGE_OF_THE_YEAR.fullmatch(text, d.start, d.end):
            continue
        sentence = sentence_of(d.start)
        before = [e for e in out[:k] if e.start >= sentence.start and e.qualifier == "exact" and e.date_start.year == e.date_end.year]
        if not before or before[-1].date_start.year == d.date_start.year or _AHEAD.search(text, before[-1].end, d.start):
            continue
        year = before[-1].date_start.year
        out[k] = replace(d, date_start=dt.date(year, 1, 1), date_end=dt.date(year, 12, 31))
    return out


_NEXT_PERIOD = re.compile(r"next (?:year|month|week)", re.I)
# "in June the following year", "on March 3 of the previous year": a year-less date, then the year told relative to another
_HELD_BY_YEAR = re.compile(r",? (?:of |in )?", re.I)


def _year_less_before(text: str, dates: list[DateMention], start: int) -> DateMention | None:
    """The year-less month or day written right before `start` ("June" in "June the following year"), if any."""
    i = bisect.bisect_left(dates, start, key=lambda d: d.start)
    if i == 0:
        return None
    d = dates[i - 1]
    if not d.yearless or d.granularity not in ("month", "day") or not _HELD_BY_YEAR.fullmatch(text, d.end, start):
        return None
    return d


def _in_year(d: DateMention, year: int) -> DateMention | None:
    """The year-less date `d` (a month or a day) in `year`, spanning through the year told after it; None for 29 February
    of a common year."""
    try:
        first, last = d.date_start.replace(year=year), d.date_end.replace(year=year, day=1)
    except ValueError:
        return None
    last = last.replace(day=min(d.date_end.day, calendar.monthrange(year, last.month)[1]))
    if d.granularity == "day" and last.day != d.date_end.day:
        return None
    return replace(d, date_start=first, date_end=last, yearless=False, says_year=True)


def _overlapping(dates: list[DateMention], start: int, end: int) -> list[DateMention]:
    """The dates of `dates` (disjoint, in text order) that overlap `start`..`end`."""
    i = bisect.bisect_left(dates, end, key=lambda d: d.start)
    found = []
    while i > 0 and dates[i - 1].end > start:
        i -= 1
        found.append(dates[i])
    return found


def _in_years_told(text: str, dates: list[DateMention], told: set[int], sentence_of: Callable[[int], Sentence],
                   base: dt.date) -> None:
    """Move each year-less date to the year a date told relative to another holds ("Later that year, in
    September, they met again": September of that year), as `dates.py` does for a year written out."""
    for d in dates:
        if not d.yearless:
            continue
        sentence = sentence_of(d.start)
        before = [t for t in within(dates, sentence.start, d.start) if t.says_year]
        if before and id(before[-1]) in told and holds_year(text, before, d.start, sentence, base):
            move_to_year_of(d, before[-1], base)


# every match holds one of these words (its direction or its determiner), far rarer than the words a match
# may begin with; found with `str.find`, they say where to look
_TRIGGERS = ("earlier", "before", "previous", "prior", "preceding", "ago", "same", "that", "later", "following",
             "next day", "the next", "after", "the year", "the month", "the week", "full year", "whole year", "entire year",
             " quarter", " period")  # (" quarter": "the quarter" too)


def _matches(text: str) -> list[re.Match[str]]:
    """`ANAPHORA_RE`'s matches, sought only around its trigger words: what `finditer` gives, at a fraction
    of the cost of a scan of the whole text."""
    lower = text.lower()
    spots: set[int] = set()
    for word in _TRIGGERS:
        at = lower.find(word)
        while at != -1:
            spots.add(at)
            at = lower.find(word, at + 1)
    found: list[re.Match[str]] = []
    done = 0
    for at in sorted(spots):
        if at < done:
            continue
        m = ANAPHORA_RE.search(text, max(done, at - 48), min(len(text), at + 48))
        while m is not None and m.end() <= at:  # one that ends before this word: another word's
            m = ANAPHORA_RE.search(text, m.end(), min(len(text), at + 48))
        if m is not None and m.start() <= at:
            found.append(m)
            done = m.end()
    return found


def _step_of(m: re.Match[str]) -> tuple[str, int]:
    if m.group("weekday"):
        return "day", -1
    if m.group("yago") or m.group("same") or m.group("in_year") or m.group("year_of"):
        return "year", 1  # (the years between the anchor and the one written: counted once the anchor is known)
    if m.group("same_as"):
        return m.group("same_as"), 0
    if m.group("in_the"):
        return m.group("in_the").lower(), 0
    if m.group("part_of_day"):
        return "day", 0
    if m.group("season"):
        return "month", 0
    forward = m.group("next") or m.group("next_day") or m.group("next_coarse") or m.group("after")
    if forward:
        return forward.lower(), -1
    count = m.group("count")
    if count is None:
        return (m.group("prev") or m.group("before")).lower(), 1
    steps = int(count) if count.isdigit() else _COUNT[count.lower()]
    return m.group("step").lower(), -steps if m.group("dir").lower() == "later" else steps


def _reported_period(m: re.Match[str]) -> str | None:
    """"quarter" or "period" when `m` names a quarter or a period against the one reported on ("the
    year-earlier period", "the previous quarter", "the same quarter last year"), else None."""
    noun = (m.group("noun") or m.group("prev") or m.group("same_noun") or m.group("year_of_noun") or "").lower()
    if noun == "quarter":
        return "quarter"
    if noun == "period" and m.group("year_of"):
        return "period"
    if noun or not (m.group("yago") or m.group("same")):
        return None
    said = m.group().lower()
    return "period" if said.endswith("period") or " period " in said else None


def _anchor(text: str, dates: list[DateMention], start: int, sentence_of: Callable[[int], Sentence],
            published: dt.date | None, days: bool, chained: set[int] | None = None, whole: bool = False) -> DateMention | None:
    """The last single date before `start` in its sentence, else the one period of the sentence before it (not
    across a blank line; a sentence of several periods does not say which one is meant, unless its last is told
    from the others: "arrested on Monday and charged the next day. He appeared in court the following day"). With
    `whole`, a period told up to a month is the anchor, not that month ("the same period last year")."""
    sentence = sentence_of(start)
    # not a date something is compared with: "down 7.2% from January and 2.4% from a year ago" is no January
    # (nor, for the base of a comparison, a date that describes a noun: "down from 63% a day earlier" after "at the 10
    # December meeting" is a day before the story's; "missed the June 30 deadline; a week later" counts from it)
    base = BASE_BEFORE.search(text, max(sentence.start, start - 40), start) is not None
    before = [d for d in within(dates, sentence.start, start) if not _is_base(text, sentence.start, d)
              and not (base and _attributive(text, d))]
    if not before and _unread_quarter(text, dates, sentence.start, start):
        return None  # "Revenue for the fiscal second quarter fell 5% from a year earlier": of the quarter not read
    if not before and sentence.start > 0:
        previous = sentence_of(sentence.start - 1)
        if text.count("\n", previous.end, sentence.start) < 2:
            # the periods of that sentence's figures: not the day it was said (unless days are counted) or
            # published, nor a date something is compared with ("down from 315,000 in March")
            before = [d for d in within(dates, previous.start, previous.end)
                      if d.date_start != published and (days or not _SPEECH_DAY.fullmatch(text[d.start : d.end]))
                      and not _is_base(text, previous.start, d)]
            before = _periods_for_their_end_days(text, before, months=whole)
            if len(before) > 1 and id(before[-1]) not in (chained or set()):
                return None
    if not before:
        return None
    anchor = _periods_for_their_end_days(text, before, months=whole)[-1]
    return anchor if _one_period(anchor) else None


def _one_period(date: DateMention) -> bool:
    """Whether a date is one period a step counts from: written exactly, or a run of whole months ("the April-June
    quarter, up from a year earlier": April-June of the year before)."""
    return date.qualifier == "exact" or (date.qualifier == "range" and date.granularity == "month")


# a date that describes the noun after it: "a 25-basis-point cut at the 10 December meeting, down from 63% a day earlier"
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", re.I)
# (not a noun of a period: "the April-June quarter", "the January-March period" is the period itself)
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|at|in|on|for|of|from|by|with|when|as|after|before|than|was|is|were|are|will|would"
                         r"|had|has|have|that|which|who|the|a|an|quarter|period|half|months|season)\b)[a-z]{3,}\b")


def _attributive(text: str, date: DateMention) -> bool:
    """Whether a date describes the noun after it ("the 10 December meeting", "the June 30 deadline"): when that thing
    happens, no time a figure of the sentence is told of, from which a step would count ("down from 63% a day
    earlier" is a day before the story's, not the meeting's)."""
    return (_DETERMINER_BEFORE.search(text, max(0, date.start - 6), date.start) is not None
            and _NOUN_AFTER.match(text, date.end) is not None)


def _is_base(text: str, sentence_start: int, date: DateMention) -> bool:
    """Whether a date is what a figure is compared with ("down from 315,000 in March", "4.0% over last year's")."""
    lo = max(sentence_start, date.start - 40)
    return BASE_BEFORE.search(text, lo, date.start) is not None or _FIGURE_OVER.search(text, lo, date.start) is not None


_TOLD_WITHIN = 1500  # characters: "the quarter" refers to a quarter told of in the paragraphs just before


def _period_told(dates: list[DateMention], start: int, noun: str, text: str,
                 sentence_of: Callable[[int], Sentence]) -> DateMention | None:
    """The last quarter (for "the period", also half year or run of months) dated before `start` within
    `_TOLD_WITHIN` characters: the one "the quarter" or "the period" refers to; not one of a sentence that sets a figure
    against an earlier one ("This is up from the previous record of 422,000 vehicles, achieved in Q1")."""
    for i in range(bisect.bisect_left(dates, start, key=lambda d: d.start) - 1, -1, -1):
        d = dates[i]
        if d.end > start:
            continue
        if d.end < start - _TOLD_WITHIN:
            return None
        if _set_against(text, d, sentence_of):
            continue  # ("Operating expenses increased 12% from the first quarter": the base, not the quarter reported on)
        if _unread_quarter(text, dates, d.end, start):
            return None  # "the current quarter ... Revenue for the fiscal second quarter fell. ... the year-earlier quarter":
            # the quarter meant is one not read (a fiscal calendar not told)
        if noun == "period" and _RUN_OF_MONTHS.search(text, d.end, start):
            return None  # "For the nine months, sales rose 4%. In the year-earlier period": the run of months (no date
            # read) is the period meant, not the quarter before it
        if _one_period(d) and (d.granularity == "quarter" or (noun == "period" and (
                d.granularity == "half" or (d.granularity == "month" and d.date_start.month != d.date_end.month)))):
            if _other_quarter_told(dates, i, d, text, sentence_of):
                return None  # "grew 1.3% in the first quarter ... Growth in the fourth quarter was 1.1%. ... Profits fell
                # 3.6% in the quarter": two quarters told, and which one is meant is not written
            return d
    return None


def _other_quarter_told(dates: list[DateMention], i: int, told: DateMention, text: str,
                        sentence_of: Callable[[int], Sentence]) -> bool:
    """Whether another quarter than `told` (at `i` of `dates`) is told within `_TOLD_WITHIN` characters before it, not
    as a base something is set against."""
    for d in reversed(dates[:i]):
        if d.end < told.start - _TOLD_WITHIN:
            return False
        if d.granularity == "quarter" and _one_period(d) and (d.date_start, d.date_end) != (told.date_start, told.date_end) \
                and not _set_against(text, d, sentence_of):
            return True
    return False


def _set_against(text: str, date: DateMention, sentence_of: Callable[[int], Sentence]) -> bool:
    """Whether a period is told as what a figure is set against ("up from $4 million in the first quarter", "the previous
    record ... achieved in Q1"), not as the one reported on."""
    sentence_start = sentence_of(date.start).start
    return (_SET_AGAINST.search(text, max(sentence_start, date.start - 300), date.start) is not None
            or _is_base(text, sentence_start, date))


# a quarter named by its rank, which the dates read may have left out ("its fiscal second quarter")
_NAMED_QUARTER = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\b", re.I)


def _unread_quarter(text: str, dates: list[DateMention], lo: int, hi: int) -> bool:
    """Whether a quarter named by its rank between `lo` and `hi` is no date read."""
    return any(not _overlapping(dates, *m.span()) for m in _NAMED_QUARTER.finditer(text, lo, hi))


_RUN_OF_MONTHS = re.compile(r"\b(?:for|in|during|over) the (?:(?:first|latest|past|last) )?(?:two|three|four|five|six|seven|eight"
                            r"|nine|ten|eleven|twelve|\d{1,2}) (?:months|weeks)\b", re.I)
_SET_AGAINST = re.compile(r"\b(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b|\bprevious\s+record\b", re.I)


def _period_of_date_told(text: str, dates: list[DateMention], start: int, step: str) -> tuple[dt.date, dt.date, str] | None:
    """The year (month, week: `step`) that holds the dates told before `start` within `_TOLD_WITHIN` characters, in the
    last paragraph that tells one (a fiscal year itself, for the year): the one "for the year" refers to. Not a date
    something is compared with or counted since, nor the day something was said ("narrowed in August from July, the
    department said yesterday. Exports hit a record in the month": August; for the year, that day when no other is
    told); none when those dates tell more than one year (month, week), or only coarser ones: which is not written."""
    i = bisect.bisect_left(dates, start, key=lambda d: d.start)
    # (not a date something is compared with: "Sales rose 5% from 2022. For the year, ..." is no 2022)
    near = [d for d in dates[max(0, i - 4) : i] if d.end <= start and d.qualifier == "exact" and d.end >= start - _TOLD_WITHIN
            and not BASE_BEFORE.search(text, max(0, d.start - 40), d.start)
            and not _SINCE_JUST_BEFORE.search(text, max(0, d.start - 12), d.start)]
    said = [d for d in near if _SAID_DAY.fullmatch(text, d.start, d.end) or (
        d.granularity == "day" and _SAID_JUST_BEFORE.search(text, max(0, d.start - 16), d.start))]
    # (the day it was said only for the year, when no other date is told: "since Jan. 9, when it hit its low for the year")
    told = [d for d in near if d not in said] or (said if step == "year" else [])
    if told:  # the dates of the last paragraph that tells one ("Putin wrapped up his visit on Friday ... established on
        # October 2, 1949. || Trade hit a record in 2023. Russia was the largest source for the year": 2023)
        paragraph = text.rfind("\n\n", 0, told[-1].start)
        told = [d for d in told if d.start > paragraph]
    told = _periods_for_their_end_days(text, told)
    if not told:
        return None
    if step == "year" and told[-1].granularity == "fiscal_year":
        return told[-1].date_start, told[-1].date_end, "fiscal_year"
    # (a date coarser than the step tells none: "sales rose in January ... For all of 1997, ... sales fell in the month":
    # January; two tell which is not written: "Producer prices rose 0.9% in November ... had fallen 0.4% in October ...
    # rose 0.3% for the month", "a drop in fourth-quarter earnings. IBM earned $2.45 billion in the 1988 fourth quarter.
    # For the year, ...")
    found = {_enclosing(d, step) for d in told} - {None}
    return (*found.pop(), step) if len(found) == 1 else None


_SINCE_JUST_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
_SAID_JUST_BEFORE = re.compile(r"\b(?:said|says|reported|announced|told)\s+(?:on\s+)?$", re.I)


_ENDED = re.compile(r",?\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to|through)\s+(?:on\s+)?", re.I)


def _periods_for_their_end_days(text: str, dates: list[DateMention], months: bool = False) -> list[DateMention]:
    """`dates` without the day that ends a period written before it ("the quarter ended Dec. 31": the quarter is the
    anchor, not its last day), and with `months` the month that does ("the nine months to September ... the same period
    last year": the nine months)."""
    return [d for i, d in enumerate(dates)
            if not (i > 0 and (d.granularity == "day" or (months and d.granularity == "month"))
                    and dates[i - 1].date_start < d.date_start
                    and dates[i - 1].date_end == d.date_end and _ENDED.fullmatch(text, dates[i - 1].end, d.start))]


def _is_comparison(text: str, start: int, anchor: DateMention, sentence_of: Callable[[int], Sentence]) -> bool:
    """'up from a year ago' after a period of the same sentence names that period a year before."""
    return (sentence_of(anchor.start) is sentence_of(start) and anchor.granularity in ("quarter", "half", "month")
            and bool(_COMPARED.search(text, max(0, start - 70), start)))


def _enclosing(anchor: DateMention, step: str) -> tuple[dt.date, dt.date] | None:
    """The `step` (year, quarter, month, week or day) that holds the whole anchor, if it is no finer."""
    if anchor.granularity not in _STEP_OF or _ORDER[step] > _STEP_OF[anchor.granularity]:
        return None
    first, last = anchor.date_start, anchor.date_end
    if step == "year":
        found = dt.date(first.year, 1, 1), dt.date(first.year, 12, 31)
    elif step == "quarter":
        q = (first.month - 1) // 3
        found = dt.date(first.year, 3 * q + 1, 1), dt.date(first.year, 3 * q + 3, calendar.monthrange(first.year, 3 * q + 3)[1])
    elif step == "month":
        found = first.replace(day=1), first.replace(day=calendar.monthrange(first.year, first.month)[1])
    elif step == "week":
        monday = first - dt.timedelta(days=first.weekday())
        found = monday, monday + dt.timedelta(days=6)
    else:
        found = first, first
    return found if found[0] <= first and last <= found[1] else None


def _shift(anchor: DateMention, step: str, count: int) -> tuple[dt.date, dt.date] | None:
    granularity = anchor.granularity
    if granularity not in _STEP_OF or _ORDER[step] > _STEP_OF[granularity]:
        return None  # "a month earlier" after "in 2023": a step finer than the anchor names no date
    if (step == "quarter" and granularity != "quarter") or (granularity in ("week", "weekend") and step not in ("day", "week")):
        return None  # (a week a year earlier is not the same days of the week)
    if step in ("day", "week"):
        delta = dt.timedelta(days=count) if step == "day" else dt.timedelta(weeks=count)
        return anchor.date_start - delta, anchor.date_end - delta
    months = {"year": 12, "quarter": 3, "month": 1}[step] * count
    if granularity != "day" and (anchor.date_start.day != 1 or (anchor.date_end + dt.timedelta(days=1)).day != 1):
        # a period of weeks ("the first quarter ended April 28": Jan. 29-April 28): moved whole, day for day
        first = _months_back(anchor.date_start, months, keep_day=True)
        last_next = _months_back(anchor.date_end + dt.timedelta(days=1), months, keep_day=True)
        return None if first is None or last_next is None else (first, last_next - dt.timedelta(days=1))
    if granularity == "day":
        first = _months_back(anchor.date_start, months, keep_day=True)
        last = _months_back(anchor.date_end, months, keep_day=True)
        return None if first is None or last is None else (first, last)
    first = _months_back(anchor.date_start, months, keep_day=False)
    end_month = _months_back(anchor.date_end.replace(day=1), months, keep_day=False)
    if first is None or end_month is None:
        return None
    return first, end_month.replace(day=calendar.monthrange(end_month.year, end_month.month)[1])


def _months_back(day: dt.date, months: int, keep_day: bool) -> dt.date | None:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    try:
        return dt.date(year, month + 1, day.day if keep_day else 1)
    except ValueError:
        return None  # "a year earlier" than 29 February, "a month before" 31 May: no such day
