"""A fact cache that survives between runs: one Parquet file per article, keyed by the article's
content hash, its metadata and the extractor version, so an edited article is re-read and
nothing stale is ever used. A corrupt or unreadable entry is deleted and rebuilt, never trusted."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pandas as pd

from factcheck.articles import Article
from factcheck.extract import EXTRACTOR_VERSION
from factcheck.facts import COLUMNS, conform
from factcheck.io import atomic_write_bytes


def default_cache_dir() -> Path:
    return Path(os.environ.get("FACTCHECK_CACHE", ".factcheck-cache"))


def cache_key(article: Article) -> str:
    """Everything extraction depends on: content, metadata that anchors dates, extractor version."""
    parts = [EXTRACTOR_VERSION, article.digest, article.source, str(article.published or "")]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


class FactCache:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_cache_dir()
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.parquet"

    def get(self, article: Article) -> pd.DataFrame | None:
        path = self._path(cache_key(article))
        if not path.exists():
            self.misses += 1
            return None
        try:
            frame = pd.read_parquet(path)
            if tuple(frame.columns) != COLUMNS or (len(frame) and set(frame["source"]) != {article.source}):
                raise ValueError("cache entry does not match the article")
            frame = conform(frame)
        except Exception:  # any unreadable entry (truncated, corrupt, old schema) is rebuilt
            path.unlink(missing_ok=True)
            self.misses += 1
            return None
        self.hits += 1
        return frame

    def put(self, article: Article, frame: pd.DataFrame) -> None:
        buffer = io.BytesIO()
        frame.to_parquet(buffer, index=False)
        try:
            atomic_write_bytes(self._path(cache_key(article)), buffer.getvalue())
        except OSError:
            pass  # a read-only or full disk only costs speed, never correctness
