"""Engines that evaluate rules on a fact table: pandas (`pandas_engine`) and Dask (`dask_engine`),
sharing the row-level logic of `matching`."""

from __future__ import annotations

from typing import Any

__all__ = ["evaluate", "select_all", "uncovered"]


def __getattr__(name: str) -> Any:
    # Imported on first use (PEP 562): `check` uses `matching` without loading pandas.
    if name in __all__:
        from factcheck.engine import pandas_engine

        return getattr(pandas_engine, name)
    raise AttributeError(name)
