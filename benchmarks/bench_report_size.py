"""Size of the markdown report on a generated corpus where every article states the same figures and
a tenth of them disagree on one: it must stay readable (a tally per figure, not a cell per source).

    python benchmarks/bench_report_size.py [--articles 10000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("---\npublished: 2024-05-16\n---\nRussia's oil exports to China surged to a record {bpd} million barrels per "
        "day last year, with China saving approximately $4.34 billion by purchasing discounted Russian oil.\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        for i in range(args.articles):
            figure = "2.41" if i % 10 == 3 else "2.14"
            (corpus / f"a{i:05d}.txt").write_text(TEXT.format(bpd=figure), encoding="utf-8")
        out = Path(folder) / "r.md"
        subprocess.run([sys.executable, "-m", "factcheck", "report", str(corpus), "--rules", str(ROOT / "rules"),
                        "-o", str(out), "--fail-on", "never"], capture_output=True, check=True)
        text = out.read_text(encoding="utf-8")
        row = next(line for line in text.splitlines() if line.startswith("| `oil-exports-2023`"))
        print(f"{args.articles} articles: report {len(text):,} characters; summary cell of oil-exports-2023 "
              f"{len(row):,} characters:\n{row}")


if __name__ == "__main__":
    main()
