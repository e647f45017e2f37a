"""Dask: extraction on a two-worker LocalCluster gives the in-process fact table, and the Dask
engine gives the pandas engine's findings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from factcheck.corpus import fact_table
from factcheck.engine import dask_engine
from factcheck.engine.pandas_engine import evaluate
from factcheck.formats import read_facts
from factcheck.rules import load_rules

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as dask_client:
        yield dask_client


@pytest.fixture(scope="module")
def dask_table(client: object, copies_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from factcheck.distributed import extract_with_dask

    out = tmp_path_factory.mktemp("dask") / "facts"
    extract_with_dask([copies_dir], out, client, batch_articles=6)
    return out


def test_dask_extraction_equals_in_process(dask_table: Path, copies_dir: Path) -> None:
    parts = sorted(p.name for p in dask_table.iterdir())
    assert parts == [f"part-{i:05d}.parquet" for i in range(7)]  # 40 articles, 6 per task
    pd.testing.assert_frame_equal(read_facts(dask_table), fact_table([copies_dir]))


def test_dask_engine_findings_equal_pandas_engine(client: object, dask_table: Path, rules_dir: Path) -> None:
    ruleset = load_rules(rules_dir)
    table = dask_engine.read_table(str(dask_table))
    assert table.npartitions == 7
    expected = evaluate(read_facts(dask_table), ruleset)
    got = dask_engine.evaluate(table, ruleset)
    pd.testing.assert_frame_equal(got, expected)
    extra = dask_engine.summary(table, got, head=10)
    assert (extra["n_sources"], extra["n_facts"], len(extra["facts"])) == (40, len(read_facts(dask_table)), 10)  # type: ignore[arg-type]
