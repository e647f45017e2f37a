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


@pytest.fixture(scope="session")
def copies_dir(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """A 40-article corpus: each seed eight times under new names, with its published date, so
    work is split into several chunks and partitions."""
    from ruamel.yaml import YAML

    folder = tmp_path_factory.mktemp("copies")
    manifest = YAML(typ="safe").load((seeds_dir / "corpus.yaml").read_text(encoding="utf-8"))["articles"]
    entries = []
    for copy in range(8):
        for article in sorted(seeds_dir.glob("*.txt")):
            name = f"c{copy}_{article.stem}"
            (folder / f"{name}.txt").write_bytes(article.read_bytes())
            entries.append(f"  {name}: {{published: {manifest[article.stem]['published']}}}")
    (folder / "corpus.yaml").write_text("articles:\n" + "\n".join(entries) + "\n", encoding="utf-8")
    return folder
