"""Corpus to fact table: read every article and extract its facts (through the cache, if given)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from factcheck.articles import Article, iter_corpus, read_article
from factcheck.cache import FactCache
from factcheck.extract import extract_article
from factcheck.facts import Fact, to_frame


def extract_articles(articles: list[Article]) -> pd.DataFrame:
    """The fact table of some loaded articles."""
    facts: list[Fact] = []
    for article in articles:
        facts.extend(extract_article(article))
    return to_frame(facts)


def fact_table(paths: list[Path], cache: FactCache | None = None) -> pd.DataFrame:
    """The fact table of every article in the given files and folders."""
    articles = [read_article(file, meta) for file, meta in iter_corpus(paths)]
    if cache is None:
        return extract_articles(articles)
    parts = []
    for article in articles:
        frame = cache.get(article)
        if frame is None:
            frame = to_frame(extract_article(article))
            cache.put(article, frame)
        parts.append(frame)
    return pd.concat(parts, ignore_index=True) if parts else to_frame([])
