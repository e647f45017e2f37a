"""Engines that evaluate rules on a fact table (pandas today; the interface is the same for Dask)."""

from factcheck.engine.pandas_engine import evaluate, select, uncovered

__all__ = ["evaluate", "select", "uncovered"]
