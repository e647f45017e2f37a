"""How the extracted figures match news paragraphs whose every quantity was annotated by hand.

    python benchmarks/score_quantities.py FILE.yaml [FILE.yaml ...] [--misses]

Each file is a YAML list of paragraphs: `published` (the day told), `text`, `quantities` (each `text`: words of the
paragraph the figure's span overlaps, `value`, `high` for a range's upper end, `unit` as the fact table names it,
`change` up / down) and `ignore` (words whose reading is doubtful: a fact overlapping them is not scored). Dates,
years, ordinals and times of day are no quantities. A gold quantity is found when a fact of another kind than date or
ordinal overlaps its words with its value and upper end; every other such fact is a false one (a wrong value counts as
both a miss and a false figure), so value precision, recall and F1 are those of the held-out news benchmarks. Of the
figures found, the unit (where the gold names one) and the change are scored apart.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from ruamel.yaml import YAML

from factcheck.articles import Article
from factcheck.corpus import extract_articles

_NOT_QUANTITIES = ("date", "ordinal")


@dataclass
class Score:
    """Counts of one or more files: gold figures, facts scored, figures found, and units and changes right."""

    gold: int = 0
    facts: int = 0
    found: int = 0
    units: int = 0
    unit_gold: int = 0
    changes: int = 0
    lines: list[str] = field(default_factory=list)

    def as_tuple(self) -> tuple[int, int, int, int, int, int]:
        """(gold, facts, found, units right, units scored, changes right)."""
        return self.gold, self.facts, self.found, self.units, self.unit_gold, self.changes

    def summary(self) -> str:
        """One line of precision, recall, F1 and the unit and change accuracy."""
        p, r = self.found / max(self.facts, 1), self.found / max(self.gold, 1)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return (f"value P {p:.1%} R {r:.1%} F1 {f1:.1%} ({self.found} of {self.gold} gold, {self.facts} facts); "
                f"unit {self.units}/{self.unit_gold}, change {self.changes}/{self.found}")


def _same(a: float, b: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _span(text: str, words: str, where: str) -> tuple[int, int]:
    start = text.find(words)
    if start < 0:
        raise ValueError(f"{where}: {words!r} is not in the paragraph")
    return start, start + len(words)


def score(paths: list[Path], misses: bool = False) -> Score:
    """Score every paragraph of the files; with `misses`, keep a line for each figure missed or wrong."""
    yaml = YAML(typ="safe")
    paragraphs = [(path, i, entry) for path in paths for i, entry in enumerate(yaml.load(path.read_text(encoding="utf-8")))]
    articles = [Article(source=str(n), path=f"{path.name}#{i}", text=entry["text"],
                        published=dt.date.fromisoformat(str(entry["published"])))
                for n, (path, i, entry) in enumerate(paragraphs)]
    facts = extract_articles(articles)
    facts = facts[~facts["kind"].isin(_NOT_QUANTITIES)]
    result = Score()
    for n, (path, i, entry) in enumerate(paragraphs):
        where, text = f"{path.name}#{i}", entry["text"]
        rows = facts[facts["source"] == str(n)]
        ignored = [_span(text, words, where) for words in entry.get("ignore", [])]
        rows = rows[[not any(r.start < e and r.end > s for s, e in ignored) for r in rows.itertuples()]]
        used: set[int] = set()
        for gold in entry.get("quantities", []):
            result.gold += 1
            start, end = _span(text, gold["text"], where)
            high = float(gold.get("high", math.nan))
            hit = next((r for r in rows.itertuples() if r.start < end and r.end > start and r.Index not in used
                        and _same(r.value, float(gold["value"])) and _same(r.value_high, high)), None)
            if hit is None:
                if misses:
                    near = [f"{r.surface!r}={r.value:g}{'' if pd.isna(r.value_high) else f'-{r.value_high:g}'}"
                            for r in rows.itertuples() if r.start < end and r.end > start]
                    result.lines.append(f"  miss {where} [{gold['text']}={gold['value']:g}]: got {', '.join(near) or 'nothing'}")
                continue
            used.add(hit.Index)
            result.found += 1
            if gold.get("unit"):
                result.unit_gold += 1
                if hit.unit == gold["unit"]:
                    result.units += 1
                elif misses:
                    result.lines.append(f"  unit {where} [{gold['text']}]: want {gold['unit']}, got {hit.unit}")
            if (hit.change or "") == gold.get("change", ""):
                result.changes += 1
            elif misses:
                result.lines.append(f"  change {where} [{gold['text']}]: want {gold.get('change', '')!r}, got {hit.change!r}")
        result.facts += len(rows)
        if misses:
            result.lines += [f"  false {where}: {r.surface!r}={r.value:g} {r.unit} ({r.kind})"
                             for r in rows.itertuples() if r.Index not in used]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", type=Path, nargs="+", help="YAML files of annotated paragraphs")
    parser.add_argument("--misses", action="store_true", help="print each figure missed, wrong or false")
    args = parser.parse_args(argv)
    result = score(args.files, args.misses)
    print("\n".join(result.lines))
    print(f"Annotated quantities ({len(args.files)} files): {result.summary()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
