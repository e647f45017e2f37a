"""`factcheck report` time per MB on one big article (a seed article repeated to 1, 10 and 50 MB),
the whole command, one process: it must grow linearly with the article.

    python benchmarks/bench_report.py [--sizes 1 10 50]
"""

from __future__ import annotations

import argparse
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 50], help="article sizes in MB")
    args = parser.parse_args()
    seed = (ROOT / "seeds" / "002_71b259978e3b4e0f.txt").read_text(encoding="utf-8") + "\n"
    for mb in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            corpus = Path(folder) / "corpus"
            corpus.mkdir()
            (corpus / "big.txt").write_text(seed * math.ceil(mb * 1_000_000 / len(seed)), encoding="utf-8")
            started = time.perf_counter()
            result = subprocess.run([sys.executable, "-m", "factcheck", "report", str(corpus), "--rules", str(ROOT / "rules"),
                                     "-o", str(Path(folder) / "r.md"), "--jobs", "1", "--fail-on", "never"],
                                    capture_output=True, text=True)
            seconds = time.perf_counter() - started
            status = "ok" if result.returncode == 0 else f"exit {result.returncode}: {result.stderr.strip()[-200:]}"
            print(f"{mb:>3} MB article: report {seconds:6.1f} s, {seconds / mb:5.2f} s/MB ({status})", flush=True)


if __name__ == "__main__":
    main()
