"""Evaluate rules on a Dask fact table (a partitioned Parquet table, possibly larger than memory).

Selection runs per partition (an article never spans two partitions, so a sentence's dates are
always at hand); only the rows some rule selects travel to this process, where the pandas engine
turns them into findings. The full table is never pulled into one process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from factcheck.engine.pandas_engine import evaluate_selected, select_all
from factcheck.engine.pandas_engine import uncovered as pandas_uncovered
from factcheck.facts import COLUMNS, conform, to_frame
from factcheck.rules.model import RuleSet

if TYPE_CHECKING:
    import dask.dataframe as dd


def _selected_meta() -> pd.DataFrame:
    return to_frame([]).assign(rule_id=pd.Series(dtype="string"))


def _select_partition(part: pd.DataFrame, ruleset: RuleSet) -> pd.DataFrame:
    return select_all(conform(part), ruleset)


def evaluate(facts: dd.DataFrame, ruleset: RuleSet) -> pd.DataFrame:
    """Findings of every rule, the same as the pandas engine gives on the whole table."""
    selected = facts.map_partitions(_select_partition, ruleset, meta=_selected_meta()).compute()
    return evaluate_selected(selected.reset_index(drop=True), ruleset)


def _partition_sources(facts: dd.DataFrame) -> dd.Series:
    """Each partition's distinct sources: a cheap reduction, no shuffle across workers."""
    return facts["source"].map_partitions(lambda s: s.drop_duplicates(), meta=("source", "string"))


def summary(facts: dd.DataFrame, findings: pd.DataFrame, head: int = 2000) -> dict[str, object]:
    """What the report needs besides findings: counts, and the first rows of the fact table and of
    the facts no rule covers (the report shows only as many rows as fit anyway)."""
    import dask

    covered = findings.dropna(subset=["start"])[["source", "start"]]
    uncovered = facts.map_partitions(lambda part: pandas_uncovered(conform(part), covered), meta=to_frame([]))
    n_facts, sources, n_uncovered = dask.compute(facts.shape[0], _partition_sources(facts), uncovered.shape[0])
    return {
        "facts": conform(facts.head(head, npartitions=-1)),
        "uncovered": conform(uncovered.head(head, npartitions=-1)),
        "n_facts": int(n_facts), "n_sources": len(set(sources)), "n_uncovered": int(n_uncovered),
    }


def read_table(path: str) -> dd.DataFrame:
    """A partitioned Parquet fact table as a Dask DataFrame (one partition per file)."""
    import dask.dataframe as dd

    return dd.read_parquet(path, columns=list(COLUMNS))
