"""Recall and precision of extraction on the hand-checked gold facts of the seeds, and on the
public Recognizers-Text specs in ../shared/external (read in place, never copied).

    python benchmarks/score_extraction.py [--gold tests/data/gold_seeds.yaml] [--external DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from ruamel.yaml import YAML

from factcheck.articles import Article
from factcheck.corpus import extract_articles, fact_table
from factcheck.evaluation import score

ROOT = Path(__file__).resolve().parents[1]

# Which of our kinds answers each external spec, and how its unit is compared.
EXTERNAL = {
    "CurrencyModel.json": ("money",),
    "DimensionModel.json": ("quantity", "duration"),
    "AgeModel.json": ("age",),
    "PercentModel.json": ("percent",),
}


def score_seeds(gold_path: Path) -> None:
    gold = YAML(typ="safe", pure=True).load(gold_path.read_text(encoding="utf-8"))
    facts = fact_table([ROOT / "seeds"])
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    result = score(facts, gold["facts"], texts)
    print(f"seeds gold: recall (required) {result.recall_required:.1%} "
          f"({sum(r.found for r in result.required)}/{len(result.required)}), "
          f"recall (all) {result.recall_all:.1%} ({sum(r.found for r in result.results)}/{len(result.results)}), "
          f"precision {result.precision:.1%} ({result.matched_extracted}/{result.extracted} extracted facts "
          f"match a gold fact; the gold lists only the facts worth checking)")
    for r in result.results:
        if not r.found:
            flag = "REQUIRED" if r.gold.get("required") else "optional"
            print(f"  missed ({flag}) {r.gold['source']} {r.gold['surface']!r}: {r.problem}")


def score_external(folder: Path, misses: bool = False) -> None:
    """Span-level recall/precision: a spec result is found when a fact of the right kind overlaps
    it with the same value; a fact of those kinds matching no spec result counts against precision."""
    for name, kinds in EXTERNAL.items():
        path = folder / name
        if not path.exists():
            continue
        cases = json.loads(path.read_text(encoding="utf-8"))
        articles = [Article(source=str(i), path=name, text=c["Input"], published=dt.date(2024, 1, 1))
                    for i, c in enumerate(cases) if c["Input"].strip()]
        facts = extract_articles(articles)
        facts = facts[facts["kind"].isin(kinds)]
        expected = found = 0
        matched: set[int] = set()
        for i, case in enumerate(cases):
            rows = facts[facts["source"] == str(i)]
            for res in case.get("Results", []):
                expected += 1
                start, end = res["Start"], res["End"] + 1  # the specs' End is inclusive
                value = res.get("Resolution", {}).get("value")
                minor = str(res.get("Resolution", {}).get("unit", "")).lower() in MINOR_UNITS
                hits = rows[(rows["start"] < end) & (rows["end"] > start)]
                for index, row in hits.iterrows():
                    # the specs give "50 cents" as 50 Cent; factcheck as 0.50 of the currency
                    if value is None or _same(row["value"] * (100 if minor else 1), value):
                        found += 1
                        matched.add(int(index))
                        break
                else:
                    if misses:
                        got = "; ".join(f"{r.surface!r}={r.value}" for r in hits.itertuples()) or "nothing"
                        print(f"  miss {name} [{res['Text']}] want {value} in {case['Input']!r}: got {got}")
        if misses:
            for index, row in facts.iterrows():
                if int(index) not in matched:
                    print(f"  extra {name} {row['surface']!r}={row['value']} {row['unit']} in {cases[int(row['source'])]['Input']!r}")
        recall = found / expected if expected else 1.0
        precision = len(matched) / len(facts) if len(facts) else 1.0
        print(f"external {name}: recall {recall:.1%} ({found}/{expected}), precision {precision:.1%} "
              f"({len(matched)}/{len(facts)})")


MINOR_UNITS = ("cent", "pence", "penny", "kopek", "paisa", "sen")
DATE_SPECS = ("DateParser.json", "DatePeriodParser.json")


def score_dates(folder: Path, misses: bool = False) -> None:
    """A spec date is read exactly when a date fact overlapping it has its future or its past
    reading as its range (the specs' range ends are exclusive); precision counts the date facts
    that overlap a spec date and are read exactly."""
    import datetime as dt

    for name in DATE_SPECS:
        path = folder / name
        if not path.exists():
            continue
        cases = json.loads(path.read_text(encoding="utf-8"))
        articles = [Article(source=str(i), path=name, text=c["Input"],
                            published=dt.date.fromisoformat(c.get("Context", {}).get("ReferenceDateTime", "2016-11-07")[:10]))
                    for i, c in enumerate(cases)]
        facts = extract_articles(articles)
        facts = facts[facts["kind"] == "date"]
        expected = exact = overlapping = 0
        for i, case in enumerate(cases):
            rows = facts[facts["source"] == str(i)]
            for res in case.get("Results", []):
                readings = _readings(res)
                if not readings:
                    continue
                expected += 1
                start = res["Start"]
                end = start + res.get("Length", len(res["Text"]))
                hits = rows[(rows["start"] < end) & (rows["end"] > start)]
                if len(hits):
                    overlapping += 1
                if any((r.date_start.date(), r.date_end.date()) in readings for r in hits.itertuples()):
                    exact += 1
                elif misses:
                    got = "; ".join(f"{r.surface!r} {r.date_start.date()}..{r.date_end.date()}" for r in hits.itertuples())
                    want = " or ".join(f"{a}..{b}" for a, b in sorted(readings))
                    print(f"  miss {name} [{res['Text']}] in {case['Input']!r} (ref {articles[i].published}): "
                          f"want {want}; got {got or 'nothing'}")
        print(f"external {name}: read exactly {exact / expected:.1%} ({exact}/{expected}); "
              f"{overlapping} overlapped by a date fact, of which {exact / max(overlapping, 1):.1%} exact")


def _readings(res: dict) -> set[tuple]:
    import datetime as dt

    out = set()
    for key in ("FutureResolution", "PastResolution"):
        value = res.get("Value", {}).get(key) or {}
        try:
            if "date" in value:
                day = dt.date.fromisoformat(value["date"])
                out.add((day, day))
            elif "startDate" in value and "endDate" in value:
                first = dt.date.fromisoformat(value["startDate"])
                last = dt.date.fromisoformat(value["endDate"]) - dt.timedelta(days=1)
                out.add((first, last))
        except ValueError:
            continue
    return out


def _same(got: float, expected: str) -> bool:
    try:
        want = float(expected.rstrip("%"))
    except ValueError:
        return False
    return abs(got - want) <= 1e-9 * max(1.0, abs(want))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "gold_seeds.yaml")
    parser.add_argument("--external", type=Path, default=ROOT.parent / "shared" / "external" / "recognizers-text")
    parser.add_argument("--misses", action="store_true", help="print every spec not found or not read exactly, and every fact no spec has")
    args = parser.parse_args(argv)
    score_seeds(args.gold)
    if args.external.is_dir():
        score_external(args.external, args.misses)
        score_dates(args.external, args.misses)
    else:
        print(f"external specs not found at {args.external}: skipped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
