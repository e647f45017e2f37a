"""Peak memory of `factcheck extract --format parquet` (streamed, written in parts) on generated
corpora of growing size: it must not grow with the corpus.

    python benchmarks/bench_memory.py [--sizes 1000 10000] [--jobs 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import make_article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    print(f"{dt.date.today()}, {os.cpu_count()} cores, --jobs {args.jobs}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            corpus = Path(tmp) / f"c{size}"
            corpus.mkdir()
            rng = random.Random(size)
            for i in range(size):
                a = make_article(rng, i)
                (corpus / f"{a.source}.txt").write_text(f"---\npublished: {a.published}\n---\n{a.text}\n", encoding="utf-8")
            start = time.perf_counter()
            # one child per size, so ru_maxrss of the children is this run's peak
            code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
                    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
            out = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "factcheck", "extract", str(corpus),
                                  "--format", "parquet", "-o", str(Path(tmp) / f"f{size}"), "--jobs", str(args.jobs)],
                                 capture_output=True, text=True, check=True)
            elapsed = time.perf_counter() - start
            peak_kib = int(out.stdout.strip().splitlines()[-1])
            print(f"{size} articles: {size / elapsed:.0f} articles/s end to end, peak RSS {peak_kib / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
