"""Extraction throughput on one core on a generated corpus of news-like articles, beside the
naive baseline (quantulum3 `parse` + dateparser `search_dates` on each whole article).

    python benchmarks/bench_extract.py [--articles 1000] [--baseline-sample 30]

The baseline is timed on a sample of the corpus (it is ~100x slower) and reported per article.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
import time
import warnings
from pathlib import Path

from factcheck.articles import Article, load_corpus
from factcheck.extract import extract_article

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--baseline-sample", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(42)
    corpus = [make_article(rng, i) for i in range(args.articles)]
    for article in load_corpus([ROOT / "seeds"]):  # load parsers once per process, as a long job does
        extract_article(article)

    start = time.perf_counter()
    facts = sum(len(extract_article(a)) for a in corpus)
    elapsed = time.perf_counter() - start
    ours = len(corpus) / elapsed

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from dateparser.search import search_dates
        from quantulum3 import parser as q3

        sample = corpus[: args.baseline_sample]
        q3.parse(sample[0].text)
        search_dates(sample[0].text, languages=["en"])
        start = time.perf_counter()
        for a in sample:
            q3.parse(a.text)
            search_dates(a.text, languages=["en"], settings={"RELATIVE_BASE": dt.datetime(2024, 5, 15)})
        naive = len(sample) / (time.perf_counter() - start)

    print(f"machine: {platform.machine()}, python {platform.python_version()}, one core; {dt.date.today()}")
    print(f"factcheck extract: {len(corpus)} articles, {facts} facts, {ours:.1f} articles/s "
          "(peak memory of streamed extraction: benchmarks/bench_memory.py)")
    print(f"naive quantulum3 parse + dateparser search_dates: {naive:.2f} articles/s "
          f"(sample of {len(sample)})")
    print(f"ratio: {ours / naive:.1f}x")


if __name__ == "__main__":
    main()
