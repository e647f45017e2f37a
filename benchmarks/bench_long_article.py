"""Extraction time of one long article against its length: each shape of text (a sentence repeated, a
run of dates, figures told relative to a date, a year-less date in a year told, one endless sentence,
numbered lines, dates in one clause without stops) at a length and at four times it. A ratio near 4 is linear; near 16, quadratic (a
hostile or merely huge file would hang the CLI).

    python benchmarks/bench_long_article.py [--repeats 5000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from factcheck.articles import Article
from factcheck.extract import extract_article, load_parsers

SHAPES = {
    "figures": "The price rose 5%. ",
    "dates": "Talks began on May 5, 2024. ",
    "relative dates": "Sales rose in 2023, up from a year earlier; the same quarter last year was weak. ",
    "year told": "In 1987, sales peaked in May and collapsed in October. ",
    "the quarter": "Sales rose 5% in the third quarter of 2023. Profit in the quarter rose. ",
    "one sentence": "5%, ",
    "numbered lines": "1) Output rose 40% to 33.7 bcm\n",
    "quotes": '"He said 5 people died," ',
    "questions": "Will gas double? About 40% more. ",
    # a prefix that is money only where the text names its country, and one several countries share: each
    # amount once looked the whole text through for the country
    "gated and shared money": "The R0 is 12 near the R21 road, and he paid Rs 5 and Sh5 million in Nairobi. ",
    # dates whose tense is read from their clause, in one clause without stops: each once read the whole clause
    "dates, no stops": "Monday 3 ",
}


def seconds(text: str) -> float:
    start = time.perf_counter()
    extract_article(Article(source="long", path="long.txt", text=text, published=dt.date(2024, 5, 15)))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5000, help="repeats of each shape's text at the shorter length")
    args = parser.parse_args()
    load_parsers()
    print(f"{'shape':16} {'chars':>9} {'seconds':>8} {'chars x4':>9} {'seconds':>8} {'ratio':>6}")
    for name, unit in SHAPES.items():
        short, long = unit * args.repeats, unit * (4 * args.repeats)
        a, b = seconds(short), seconds(long)
        print(f"{name:16} {len(short):9,} {a:8.2f} {len(long):9,} {b:8.2f} {b / a:6.1f}", flush=True)


if __name__ == "__main__":
    main()
