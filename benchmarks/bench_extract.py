"""Extraction throughput on one core on generated corpora of news-like articles, beside the
naive baseline (quantulum3 `parse` + dateparser `search_dates` on each whole article).

    python benchmarks/bench_extract.py [--articles 1000] [--baseline-sample 30] [--repeats 3]

Two corpora: "templates" (sentences from the templates below with random figures) and "seeds"
(sentences of the sample articles in random order, every figure replaced by a random one of as
many digits and every year by a random year, so the words are real news text and the figures
and dates are new). The baseline is timed on a sample
of each corpus (it is ~100x slower) and reported per article. Each figure is the median of
three runs on new corpora, since a shared 2-core machine has pauses; the ratio is the median of each
run's ratio to the baseline timed right after it (the machine's speed drifts between runs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
import re
import statistics
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from factcheck.articles import Article, load_corpus
from factcheck.extract import extract_article, load_parsers
from factcheck.text import split_sentences

ROOT = Path(__file__).resolve().parents[1]

TEMPLATES = [
    "{country} oil exports to {partner} rose to {v1} million barrels per day in {year}, a record.",
    "Buyers saved about ${v2} billion on discounted cargoes, traders said on {weekday}.",
    "Gas imports climbed nearly {pct}% last year to {v3} bcm, the ministry said in {month} {year}.",
    "The {n}-day visit, his {ordinal} trip abroad this year, follows talks on {month} {day}, {year}.",
    "{leader}, {age}, began a {term}-year term that runs until at least {end_year}.",
    "Officials expect output of {v4}m bpd by {end_year}, up from {v5} mb/d two years ago.",
    "The deal, worth {v6} million euros, was signed late last month in {city}.",
    "Shares fell {pct2} per cent after the company reported {v7} percentage points lower margins.",
    "The pipeline carries {v3} billion cubic metres a year over {km} kilometres.",
    "Analysts said the partnership has weight in itself and that the two countries will keep trading.",
]
WORDS = dict(country=["Russia's", "Saudi", "Iraq's", "Norway's"], partner=["China", "India", "Europe"],
             weekday=["Monday", "Tuesday", "Thursday"], month=["January", "February", "March", "October"],
             ordinal=["first", "second", "fifth"], leader=["Putin", "Xi", "Modi"], city=["Beijing", "Delhi"])


def make_article(rng: random.Random, i: int) -> Article:
    fields = {k: rng.choice(v) for k, v in WORDS.items()}
    fields.update(v1=f"{rng.uniform(1, 3):.2f}", v2=f"{rng.uniform(1, 9):.2f}", v3=f"{rng.uniform(10, 60):.1f}",
                  v4=f"{rng.uniform(1, 12):.1f}", v5=f"{rng.uniform(1, 12):.2f}", v6=rng.randint(10, 900),
                  v7=rng.randint(1, 9), pct=rng.randint(5, 60), pct2=f"{rng.uniform(1, 9):.1f}", n=rng.randint(2, 5),
                  year=rng.randint(2015, 2024), day=rng.randint(1, 28), age=rng.randint(40, 80), term=rng.choice([4, 5, 6]),
                  end_year=rng.randint(2025, 2035), km=f"{rng.randint(1, 4)},{rng.randint(100, 999)}")
    sentences = [rng.choice(TEMPLATES).format(**fields) for _ in range(rng.randint(12, 20))]
    return Article(source=f"gen{i:05d}", path=f"gen{i:05d}.txt", text=" ".join(sentences),
                   published=dt.date(2024, 5, 15) - dt.timedelta(days=rng.randint(0, 400)))


def _new_figure(rng: random.Random, digits: str) -> str:
    if re.fullmatch(r"(?:19|20)\d\d", digits):
        return str(rng.randint(1990, 2029))  # a year stays a year
    return "".join(str(rng.randint(1 if i == 0 and len(digits) > 1 else 0, 9)) for i in range(len(digits)))


def make_seed_article(rng: random.Random, i: int, sentences: list[str]) -> Article:
    picked = [re.sub(r"\d+", lambda m: _new_figure(rng, m.group()), rng.choice(sentences)) for _ in range(rng.randint(12, 20))]
    return Article(source=f"mix{i:05d}", path=f"mix{i:05d}.txt", text=" ".join(picked),
                   published=dt.date(2024, 5, 15) - dt.timedelta(days=rng.randint(0, 400)))


def seed_sentences() -> list[str]:
    return [s.text for a in load_corpus([ROOT / "seeds"]) for s in split_sentences(a.text) if len(s.text) > 20]


def _ours(corpus: list[Article]) -> tuple[float, int]:
    start = time.perf_counter()
    facts = sum(len(extract_article(a)) for a in corpus)
    return len(corpus) / (time.perf_counter() - start), facts


def _naive(sample: list[Article]) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from dateparser.search import search_dates
        from quantulum3 import parser as q3

        q3.parse(sample[0].text)
        search_dates(sample[0].text, languages=["en"])
        start = time.perf_counter()
        for a in sample:
            q3.parse(a.text)
            search_dates(a.text, languages=["en"], settings={"RELATIVE_BASE": dt.datetime(2024, 5, 15)})
        return len(sample) / (time.perf_counter() - start)


def measure(name: str, make: Callable[[random.Random, int], Article], args: argparse.Namespace) -> None:
    """Median of `args.repeats` runs, each on a new corpus (a new random seed), as parts of one long job."""
    ours, naive, facts = [], [], 0
    for repeat in range(args.repeats):
        rng = random.Random(42 + repeat)
        corpus = [make(rng, i) for i in range(args.articles)]
        rate, facts = _ours(corpus)
        ours.append(rate)
        naive.append(_naive(corpus[: args.baseline_sample]))
    mine, theirs = statistics.median(ours), statistics.median(naive)
    print(f"[{name}] factcheck extract: {args.articles} articles ({facts} facts), median {mine:.1f} articles/s "
          f"(runs: {', '.join(f'{r:.0f}' for r in ours)})")
    print(f"[{name}] naive quantulum3 parse + dateparser search_dates: median {theirs:.2f} articles/s "
          f"(samples of {args.baseline_sample}: {', '.join(f'{r:.1f}' for r in naive)})")
    ratios = [a / b for a, b in zip(ours, naive, strict=True)]  # each run against the baseline timed beside it
    print(f"[{name}] ratio: {statistics.median(ratios):.1f}x, the median of each run's ratio "
          f"(runs: {', '.join(f'{r:.1f}' for r in ratios)}; ratio of the medians {mine / theirs:.1f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--baseline-sample", type=int, default=30)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    load_parsers()  # once per process, as a long job does; the baseline is warmed up likewise
    print(f"machine: {platform.machine()}, python {platform.python_version()}, one core; {dt.date.today()}"
          " (peak memory of streamed extraction: benchmarks/bench_memory.py)")
    measure("templates", make_article, args)
    sentences = seed_sentences()
    measure("seeds", lambda rng, i: make_seed_article(rng, i, sentences), args)


if __name__ == "__main__":
    main()
