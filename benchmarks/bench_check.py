"""Latency of `factcheck check` on one article: first (cold cache) and repeated (warm cache) run,
against the seeds and against a generated corpus, including interpreter start-up; repeated with `--rules-only` too
(no claims discovered for the figures no rule covers).

    python benchmarks/bench_check.py [--articles 10000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import make_article

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "tests" / "data" / "cases" / "transposed-figures.txt"


def timed(corpus: Path, cache: Path, option: str = "--corpus", *extra: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "factcheck", "check", str(ARTICLE), option, str(corpus),
                    "--rules", str(ROOT / "rules"), *extra], capture_output=True,
                   env={**os.environ, "FACTCHECK_CACHE": str(cache)}, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10000)
    args = parser.parse_args()
    import random

    for label, command in (("python -c pass", [sys.executable, "-c", "pass"]),
                           ("factcheck --version", [sys.executable, "-m", "factcheck", "--version"])):
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            runs.append(time.perf_counter() - start)
        print(f"start-up, {label}: {min(runs):.3f}s (best of 5)")
    with tempfile.TemporaryDirectory() as tmp:
        generated = Path(tmp) / "generated"
        generated.mkdir()
        rng = random.Random(42)
        for i in range(args.articles):
            a = make_article(rng, i)
            (generated / f"{a.source}.txt").write_text(f"---\npublished: {a.published}\n---\n{a.text}\n", encoding="utf-8")
        for name, corpus in (("seeds", ROOT / "seeds"), (f"{args.articles} generated", generated)):
            cache = Path(tmp) / f"cache-{name}"
            first = timed(corpus, cache)
            repeated = min(timed(corpus, cache) for _ in range(3))
            print(f"check against {name}: first {first:.2f}s, repeated {repeated:.2f}s (best of 3, start-up included)")
            rules_only = min(timed(corpus, cache, "--corpus", "--rules-only") for _ in range(3))
            print(f"check --rules-only against {name}: repeated {rules_only:.2f}s (best of 3, start-up included)")
        table = Path(tmp) / "generated.parquet"
        subprocess.run([sys.executable, "-m", "factcheck", "extract", str(generated), "--format", "parquet", "-o", str(table)],
                       capture_output=True, check=True)
        cache = Path(tmp) / "cache-table"
        first = timed(table, cache, "--facts")
        repeated = min(timed(table, cache, "--facts") for _ in range(3))
        print(f"check --facts (table of the {args.articles} generated): first {first:.2f}s, repeated {repeated:.2f}s "
              "(best of 3, start-up included)")


if __name__ == "__main__":
    main()
