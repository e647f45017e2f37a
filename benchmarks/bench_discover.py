"""Discovery speed: `discover` (without extraction) on generated corpora of news-like articles whose
figures are random, so most shared claims disagree. Prints articles/s and peak memory of the step.

    python benchmarks/bench_discover.py [--sizes 100 1000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import make_article

from factcheck.corpus import extract_articles
from factcheck.discover import discover


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    args = parser.parse_args(argv)
    for size in args.sizes:
        rng = random.Random(size)
        facts = extract_articles([make_article(rng, i) for i in range(size)])
        tracemalloc.start()
        started = time.perf_counter()
        claims = discover(facts)
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        conflicts = sum(c.status == "conflict" for c in claims)
        print(f"{size} articles, {len(facts)} facts: discover {seconds:.2f} s ({size / seconds:.0f} articles/s), "
              f"peak {peak / 2**20:.0f} MiB traced; {len(claims)} claims, {conflicts} possible conflicts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
