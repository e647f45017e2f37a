"""How exactly the date facts read the hand-normalised DATE values of TimeML newswire (TimeBank, TempEval-3).

    python benchmarks/score_timeml.py FILE.tml [FILE.tml ...] [--misses]

Each file is a TimeML document: its creation time (the <DCT> TIMEX3) is the published day, its <TEXT> the article,
and each TIMEX3 of type DATE (or TIME) inside it whose value is a calendar period (1998, 1998-02, 1998-02-13,
1998-W07, 1998-W07-WE, 1998-Q1, 1998-SU, 199 for a decade, 19 for a century; a TIME by its day) is a gold date. A gold date is
read exactly when a date fact overlapping its words has that period as its range; "mod" START or END accepts a
part of the period that begins or ends with it; a range fact ("2009-2010", "between 1991 and 1996") whose end is
the gold date is exact where TimeML tags each end. Values that are no period (PRESENT_REF, XXXX-WI, P5Y) are not
scored. The corpora are not redistributed here: pass their files.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path

from factcheck.articles import Article
from factcheck.corpus import extract_articles

_DCT = re.compile(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r"(\w+)=\"([^\"]*)\"")
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


@dataclass
class Gold:
    """One TIMEX3 of a document's text: its span in the text without tags, its words and its attributes."""

    start: int
    end: int
    words: str
    value: str
    mod: str


def period(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a TIMEX3 value that names a calendar period, else None."""
    value = value.split("T")[0] if re.match(r"\d{4}-\d\d-\d\dT", value) else value

    def month_end(year: int, month: int) -> dt.date:
        return dt.date(year, month, calendar.monthrange(year, month)[1])

    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        return dt.date(int(m[1]), int(m[2]), 1), month_end(int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday, monday + dt.timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-W(\d\d)-WE", value):
        saturday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 6)
        return saturday, saturday + dt.timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, quarter = int(m[1]), int(m[2])
        return dt.date(year, 3 * quarter - 2, 1), month_end(year, 3 * quarter)
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        year = int(m[1])
        return (dt.date(year, 1, 1), dt.date(year, 6, 30)) if m[2] == "1" else (dt.date(year, 7, 1), dt.date(year, 12, 31))
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        year = int(m[1])
        if m[2] == "WI":
            return dt.date(year, 12, 1), month_end(year + 1, 2)
        first, last = _SEASONS[m[2]]
        return dt.date(year, first, 1), month_end(year, last)
    if re.fullmatch(r"\d{3}", value):
        return dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 9, 12, 31)
    if re.fullmatch(r"\d{2}", value):
        return dt.date(int(value) * 100, 1, 1), dt.date(int(value) * 100 + 99, 12, 31)
    return None


def read_timeml(path: Path) -> tuple[dt.date, str, list[Gold]]:
    """The creation day, the plain text and the DATE/TIME TIMEX3s of one TimeML file."""
    raw = path.read_text(encoding="utf-8")
    dct, body = _DCT.search(raw), _TEXT.search(raw)
    if dct is None or body is None:
        raise ValueError(f"{path}: no <DCT> date or no <TEXT>")
    text, golds, open_timex, pos = [], [], None, 0
    length = 0
    for m in _TAG.finditer(body.group(1)):
        chunk = html.unescape(body.group(1)[pos : m.start()])
        text.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if not m.group(1):
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            if attrs.get("type") in ("DATE", "TIME"):
                golds.append(Gold(start, length, "".join(text)[start:length], attrs.get("value", ""), attrs.get("mod", "")))
            open_timex = None
    text.append(html.unescape(body.group(1)[pos:]))
    return dt.date.fromisoformat(dct.group(1)), "".join(text), golds


def score(paths: list[Path], misses: bool = False) -> tuple[int, int, int]:
    """(gold calendar dates, read exactly, overlapped by a date fact of another range), printing each miss if asked."""
    docs = [(p, *read_timeml(p)) for p in paths]
    facts = extract_articles([Article(source=str(i), path=str(p), text=text, published=dct)
                              for i, (p, dct, text, _) in enumerate(docs)])
    facts = facts[facts["kind"] == "date"]
    total = exact = wrong = 0
    for i, (path, _, _, golds) in enumerate(docs):
        rows = facts[facts["source"] == str(i)]
        for gold in golds:
            want = period(gold.value)
            if want is None:
                continue
            total += 1
            hits = rows[(rows["start"] < gold.end) & (rows["end"] > gold.start)]
            got = [(r.date_start.date(), r.date_end.date(), r.surface) for r in hits.itertuples()]
            if any(_reads(want, first, last, surface, gold) for first, last, surface in got):
                exact += 1
                continue
            wrong += bool(got)
            if misses:
                found = "; ".join(f"{s!r} {a}..{b}" for a, b, s in got) or "nothing"
                print(f"  miss {path.name} [{gold.words}={gold.value}{' ' + gold.mod if gold.mod else ''}]: want "
                      f"{want[0]}..{want[1]}; got {found}")
    return total, exact, wrong


def _reads(want: tuple[dt.date, dt.date], first: dt.date, last: dt.date, surface: str, gold: Gold) -> bool:
    if (first, last) == want:
        return True
    if gold.mod in ("START", "END") and want[0] <= first <= last <= want[1]:
        return first == want[0] if gold.mod == "START" else last == want[1]
    # a range fact whose end is this date, where TimeML tags each end of "2009-2010" apart
    return (first == want[0] or last == want[1]) and first <= want[0] and want[1] <= last and len(surface) > len(gold.words) \
        and bool(re.search(r"[-–]|\b(?:and|to|through)\b", surface))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", type=Path, nargs="+", help="TimeML (.tml) files")
    parser.add_argument("--misses", action="store_true", help="print each gold date not read exactly")
    args = parser.parse_args(argv)
    total, exact, wrong = score(args.files, args.misses)
    print(f"TimeML DATE values ({len(args.files)} documents): read exactly {exact / max(total, 1):.1%} ({exact}/{total}); "
          f"{wrong} read as another period, {total - exact - wrong} not read")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
