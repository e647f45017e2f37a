"""Fact-table serialisation: the Arrow table built from records equals the one built through pandas."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from factcheck.articles import load_corpus
from factcheck.extract import extract_article
from factcheck.facts import to_frame
from factcheck.formats import arrow_schema, facts_to_arrow


def test_arrow_from_records_equals_arrow_from_pandas(seeds_dir: Path) -> None:
    facts = [fact for article in load_corpus([seeds_dir]) for fact in extract_article(article)]
    kinds = {f.kind for f in facts}
    assert {"date", "money", "quantity", "percent"} <= kinds
    direct = facts_to_arrow(facts)
    via_pandas = pa.Table.from_pandas(to_frame(facts), schema=arrow_schema(), preserve_index=False)
    assert direct.num_rows == len(facts) > 30
    assert direct.equals(via_pandas, check_metadata=True)
    # missing values: null numbers and dates, "" text
    assert direct.column("date_start").null_count == sum(f.date_start is None for f in facts) > 0
    assert direct.column("value").null_count == sum(f.value is None for f in facts) > 0


def test_arrow_of_no_facts_has_the_schema() -> None:
    empty = facts_to_arrow([])
    assert empty.num_rows == 0 and empty.schema.equals(arrow_schema(), check_metadata=True)


def test_a_fact_table_of_an_older_version_without_a_period_reads_as_empty_periods(seeds_dir: Path) -> None:
    import pytest

    from factcheck.facts import conform

    frame = to_frame([fact for article in load_corpus([seeds_dir]) for fact in extract_article(article)])
    older = frame.drop(columns=["period"])
    assert conform(older).equals(frame)
    with pytest.raises(ValueError, match="missing column"):
        conform(frame.drop(columns=["claim"]))
