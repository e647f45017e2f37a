"""Scoring extraction against a hand-checked gold file (the format of tests/data/gold_seeds.yaml).

A gold fact names a span by its `surface` and `occurrence`; it is found when an extracted fact
of the same kind overlaps that span and has the expected values. Recall counts found gold
facts; precision counts extracted facts that match some gold fact.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

import pandas as pd

from factcheck.extract.units import canonical, round_sig


@dataclass
class GoldResult:
    gold: dict[str, object]
    found: bool
    problem: str = ""


@dataclass
class Score:
    results: list[GoldResult] = field(default_factory=list)
    extracted: int = 0
    matched_extracted: int = 0

    @property
    def required(self) -> list[GoldResult]:
        return [r for r in self.results if r.gold.get("required")]

    @property
    def recall_required(self) -> float:
        req = self.required
        return sum(r.found for r in req) / len(req) if req else 1.0

    @property
    def recall_all(self) -> float:
        return sum(r.found for r in self.results) / len(self.results) if self.results else 1.0

    @property
    def precision(self) -> float:
        return self.matched_extracted / self.extracted if self.extracted else 1.0


def gold_span(text: str, surface: str, occurrence: int) -> tuple[int, int] | None:
    """Offsets of the `occurrence`-th (1-based) appearance of `surface` in `text`."""
    pos = -1
    for _ in range(occurrence):
        pos = text.find(surface, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(surface)


def _close(a: float, b: float) -> bool:
    return math.isclose(round_sig(a), round_sig(b), rel_tol=1e-9, abs_tol=1e-12)


def check_values(gold: dict[str, object], fact: dict[str, object]) -> str:
    """'' when the extracted fact has the gold values, else what differs."""
    kind = gold["kind"]
    if fact["kind"] != kind:
        return f"kind {fact['kind']} != {kind}"
    if gold.get("qualifier", "exact") != fact["qualifier"]:
        return f"qualifier {fact['qualifier']} != {gold.get('qualifier', 'exact')}"
    if kind == "date":
        for key in ("start", "end"):
            if key in gold:
                got = fact[f"date_{key}"]
                got_date = got.date() if isinstance(got, pd.Timestamp) else got
                if got_date != _as_date(gold[key]):
                    return f"{key} {got_date} != {gold[key]}"
        if "granularity" in gold and gold["granularity"] != fact["granularity"]:
            return f"granularity {fact['granularity']} != {gold['granularity']}"
        return ""
    if "value" not in gold:
        return ""
    value = float(gold["value"])  # type: ignore[arg-type]
    if kind in ("quantity", "duration", "age"):
        # news barrels are oil barrels (42 gallons); pint's plain `barrel` is 31.5
        unit = re.sub(r"\bbarrels?\b", "oil_barrel", str(gold["unit"]).replace("^", "**"))
        expected = value * float(canonical(unit).factor)
        return "" if _close(fact["canonical_value"], expected) else f"value {fact['canonical_value']} != {expected}"
    if kind == "money" and gold.get("currency") != fact["canonical_unit"]:
        return f"currency {fact['canonical_unit']} != {gold.get('currency')}"
    return "" if _close(fact["value"], value) else f"value {fact['value']} != {value}"


def _as_date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def score(facts: pd.DataFrame, gold_facts: list[dict[str, object]], texts: dict[str, str]) -> Score:
    """Match gold facts against a fact table of the articles whose bodies are `texts`."""
    result = Score(extracted=len(facts))
    by_source = {s: g for s, g in facts.groupby("source")} if len(facts) else {}
    matched_rows: set[int] = set()
    for gold in gold_facts:
        source = str(gold["source"])
        span = gold_span(texts.get(source, ""), str(gold["surface"]), int(gold.get("occurrence", 1)))  # type: ignore[arg-type]
        if span is None:
            result.results.append(GoldResult(gold, False, "surface not in article"))
            continue
        rows = by_source.get(source)
        candidates = [] if rows is None else rows[(rows["start"] < span[1]) & (rows["end"] > span[0])]
        problem = "not extracted"
        for index, row in (candidates.iterrows() if len(candidates) else []):
            problem = check_values(gold, row.to_dict())
            if not problem:
                matched_rows.add(int(index))  # type: ignore[arg-type]
                break
        result.results.append(GoldResult(gold, not problem, problem))
    result.matched_extracted = len(matched_rows)
    return result
