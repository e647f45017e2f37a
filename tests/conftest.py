"""Shared fixtures: paths of the sample corpus, rules and test data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture(scope="session")
def rules_dir() -> Path:
    return ROOT / "rules"


@pytest.fixture(scope="session")
def seed_facts(seeds_dir: Path):  # type: ignore[no-untyped-def]
    from factcheck.corpus import fact_table

    return fact_table([seeds_dir])
