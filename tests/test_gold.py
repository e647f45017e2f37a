"""Every required fact of the hand-checked gold file is extracted with the expected values."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from ruamel.yaml import YAML

from factcheck.evaluation import score

GOLD = YAML(typ="safe", pure=True).load((Path(__file__).parent / "data" / "gold_seeds.yaml").read_text())


def test_seed_publication_dates_match_gold(seeds_dir: Path) -> None:
    from factcheck.articles import load_corpus

    published = {a.source: a.published for a in load_corpus([seeds_dir])}
    assert published == {k: v["published"] for k, v in GOLD["articles"].items()}


@pytest.mark.parametrize(
    "gold", [g for g in GOLD["facts"] if g.get("required")], ids=lambda g: f"{g['source'][:3]}:{g['surface']}"
)
def test_required_gold_fact_found(gold: dict, seed_facts: pd.DataFrame, seeds_dir: Path) -> None:
    texts = {gold["source"]: (seeds_dir / f"{gold['source']}.txt").read_text(encoding="utf-8")}
    result = score(seed_facts[seed_facts["source"] == gold["source"]], [gold], texts).results[0]
    assert result.found, result.problem


def test_gold_precision_floor(seed_facts: pd.DataFrame, seeds_dir: Path) -> None:
    """Most extracted facts are gold facts: the seeds hold few figures beyond the gold list."""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in seeds_dir.glob("*.txt")}
    result = score(seed_facts, GOLD["facts"], texts)
    assert result.recall_required == 1.0
    assert result.precision >= 0.8, f"precision {result.precision:.2f}"
