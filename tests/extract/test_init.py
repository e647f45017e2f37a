"""extract/__init__: loading the parsers up front leaves the lookup memo empty (benchmarks rely on it)."""

from __future__ import annotations

from factcheck import memo
from factcheck.extract import load_parsers
from factcheck.extract.dates import anchor_date
from factcheck.extract.units import quantulum_unit


def test_load_parsers_fills_no_memo() -> None:
    anchor_date.cache_clear()  # type: ignore[attr-defined]
    quantulum_unit.cache_clear()  # type: ignore[attr-defined]
    before = {name: len(table) for name, table in memo._tables.items()}
    load_parsers()
    after = {name: len(table) for name, table in memo._tables.items()}
    assert after == before
    assert not any("anchor_date" in name or "quantulum_unit" in name for name in after)
