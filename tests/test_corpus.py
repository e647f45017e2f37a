"""Corpus extraction: --jobs gives the same table row for row, streamed parts add up, Parquet
output is atomic."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from factcheck.corpus import fact_batches, fact_table
from factcheck.errors import InputError
from factcheck.formats import arrow_schema, arrow_to_frame, read_facts, write_parquet_stream


@pytest.fixture(scope="module")
def one_process(copies_dir: Path) -> pd.DataFrame:
    return fact_table([copies_dir], jobs=1)


def test_two_processes_give_the_same_table_row_for_row(copies_dir: Path, one_process: pd.DataFrame) -> None:
    assert one_process["source"].nunique() == 40
    pd.testing.assert_frame_equal(fact_table([copies_dir], jobs=2), one_process)


def test_parts_concatenate_to_the_table(copies_dir: Path, one_process: pd.DataFrame) -> None:
    parts = list(fact_batches([copies_dir], jobs=2, batch_articles=7))
    assert len(parts) == 6  # 40 articles in parts of 7
    assert [len(p.column("source").unique()) for p in parts] == [7, 7, 7, 7, 7, 5]
    pd.testing.assert_frame_equal(arrow_to_frame(parts), one_process)


@pytest.mark.parametrize("name", ["facts.parquet", "facts"])
def test_streamed_parquet_reads_back_equal(tmp_path: Path, copies_dir: Path, one_process: pd.DataFrame,
                                           name: str) -> None:
    out = tmp_path / name
    rows = write_parquet_stream(fact_batches([copies_dir], batch_articles=16), out)
    assert rows == len(one_process)
    assert out.is_file() == (name == "facts.parquet")
    pd.testing.assert_frame_equal(read_facts(out), one_process)


@pytest.mark.parametrize("name", ["facts.parquet", "facts"])
def test_a_failed_write_keeps_the_previous_output(tmp_path: Path, seeds_dir: Path, name: str) -> None:
    out = tmp_path / name
    write_parquet_stream(fact_batches([seeds_dir]), out)
    before = read_facts(out)

    def parts_then_failure():  # type: ignore[no-untyped-def]
        yield pa.Table.from_pandas(before.iloc[:3], schema=arrow_schema(), preserve_index=False)
        raise InputError("article vanished", "x.txt")

    with pytest.raises(InputError):
        write_parquet_stream(parts_then_failure(), out)
    pd.testing.assert_frame_equal(read_facts(out), before)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary files left behind


def test_an_unreadable_article_in_a_worker_names_the_file(tmp_path: Path, copies_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for article in sorted(copies_dir.glob("*.txt"))[:33]:
        (corpus / article.name).write_bytes(article.read_bytes())
    (corpus / "z_empty.txt").write_text("   \n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        fact_table([corpus], jobs=2)
    assert info.value.path is not None and info.value.path.endswith("z_empty.txt")
