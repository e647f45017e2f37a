"""Extraction past one machine: the same per-article extraction as Dask tasks, on a cluster at a
scheduler address or on a local cluster, written as a partitioned Parquet fact table."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd

from factcheck.articles import iter_corpus, read_article
from factcheck.corpus import BATCH_ARTICLES, extract_articles
from factcheck.errors import UsageError
from factcheck.facts import to_frame


@contextmanager
def dask_client(scheduler: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """A `distributed.Client` of the cluster at `scheduler`, or of a new local cluster."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except OSError as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        with client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


def extract_part(items: list[tuple[Path, dict[str, object]]]) -> pd.DataFrame:
    """The fact table of a batch of article files: one Dask task, one partition."""
    return extract_articles([read_article(file, meta) for file, meta in items])


def extract_with_dask(paths: list[Path], output: Path, client: Any, batch_articles: int = BATCH_ARTICLES) -> int:
    """Extract the corpus as Dask tasks on `client`'s cluster (the default scheduler while the
    client is open) and write `output`, a folder of `part-NNNNN.parquet` files in corpus order.
    Returns the number of facts written."""
    import dask
    import dask.dataframe as dd
    import pyarrow.parquet as pq

    from factcheck.formats import arrow_schema
    from factcheck.io import atomic_output

    items = iter_corpus(paths)
    batches = [items[i : i + batch_articles] for i in range(0, len(items), batch_articles)]
    parts = [dask.delayed(extract_part)(batch) for batch in batches]
    table = dd.from_delayed(parts, meta=to_frame([]), verify_meta=False)
    with atomic_output(output, folder=True) as tmp:
        table.to_parquet(tmp, write_index=False, schema=arrow_schema(),
                         name_function=lambda i: f"part-{i:05d}.parquet")
    return sum(pq.ParquetFile(part).metadata.num_rows for part in output.glob("*.parquet"))  # footers only
