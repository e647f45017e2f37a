"""Corpus to fact table: read every article and extract its facts, streamed in corpus order, on
one or more processes, through the fact cache when one is given."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from factcheck.articles import Article, iter_corpus, read_article
from factcheck.cache import FactCache
from factcheck.extract import extract_article
from factcheck.facts import Fact, to_frame
from factcheck.formats import arrow_to_frame, facts_to_arrow
from factcheck.parallel import ordered_map
from factcheck.progress import track

BATCH_ARTICLES = 500  # articles per part of a streamed fact table


def extract_articles(articles: list[Article]) -> pd.DataFrame:
    """The fact table of some loaded articles."""
    facts: list[Fact] = []
    for article in articles:
        facts.extend(extract_article(article))
    return to_frame(facts)


def extract_file(item: tuple[Path, dict[str, object]]) -> Any:
    """Read and extract one article file (with its manifest metadata) into an Arrow table: the unit
    of parallel work, so the workers, not the main process, build the columns."""
    file, meta = item
    return facts_to_arrow(extract_article(read_article(file, meta)))


def fact_batches(paths: list[Path], jobs: int = 1, batch_articles: int = BATCH_ARTICLES,
                 progress: bool | None = None) -> Iterator[Any]:
    """The fact table as Arrow tables of `batch_articles` articles each, so memory stays flat on any corpus."""
    import pyarrow as pa

    items = iter_corpus(paths)
    tables = track(ordered_map(extract_file, items, jobs), len(items), "extracting", progress)
    batch: list[Any] = []
    for table in tables:
        batch.append(table)
        if len(batch) == batch_articles:
            yield pa.concat_tables(batch)
            batch = []
    if batch:
        yield pa.concat_tables(batch)


def fact_table(paths: list[Path], cache: FactCache | None = None, jobs: int = 1,
               progress: bool | None = None) -> pd.DataFrame:
    """The fact table of every article in the given files and folders."""
    if cache is None:
        return arrow_to_frame(list(fact_batches(paths, jobs, progress=progress)))
    articles = [read_article(file, meta) for file, meta in iter_corpus(paths)]
    tables: list[Any] = [cache.get_arrow(article) for article in articles]
    missing = [i for i, table in enumerate(tables) if table is None]
    extracted = ordered_map(extract_to_cache, [(articles[i], cache.folder) for i in missing], jobs)
    for i, table in zip(missing, track(extracted, len(missing), "extracting", progress), strict=True):
        tables[i] = table
    return arrow_to_frame(tables)


def extract_to_cache(item: tuple[Article, Path]) -> Any:
    """Extract one article and store its facts in the cache folder: the unit of parallel work, so
    the workers, not the main process, build and write the Arrow tables."""
    article, folder = item
    return FactCache(folder).put(article, facts_to_arrow(extract_article(article)))
