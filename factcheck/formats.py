"""Fact-table serialisation: text table, CSV, JSON, Markdown and Parquet."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import InputError
from factcheck.facts import COLUMNS, DATE_COLUMNS, DTYPES, Fact, conform, records

if TYPE_CHECKING:  # imported where a table is read: `check` output needs no pandas
    import pandas as pd

TEXT_FORMATS = ("table", "csv", "json", "markdown")
TABLE_COLUMNS = ("source", "start", "end", "kind", "surface", "value", "unit", "canonical_value",
                 "canonical_unit", "qualifier", "precision", "date_start", "date_end", "granularity")


# what Markdown would read as markup in article text: emphasis, code, links and images, HTML, strikethrough, a
# table's cell border ("_" only at a word's edge: "000_d151875e" is no emphasis)
_MARKUP = re.compile(r"[\\`*\[\]<>|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")


def md_cell(value: object) -> str:
    """A value made safe for a Markdown table cell or quote: its markup shown as written, on one line."""
    text = "" if value is None else str(value)
    return _MARKUP.sub(lambda m: "\\" + m.group(), text).replace("\r", " ").replace("\n", " ")


def short_number(value: object) -> str:
    """Floats without a trailing '.0' and without exponent noise, for people to read."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):
        return f"{value:.12g}"
    return str(value)


_SUFFIX_FORMATS = {".csv": "csv", ".json": "json", ".md": "markdown", ".parquet": "parquet"}


def format_of(output: Path | None) -> str:
    """The format an output file's suffix names ('facts.csv' -> csv); table for stdout or any other name."""
    return _SUFFIX_FORMATS.get(output.suffix.lower(), "table") if output is not None else "table"


def render(frame: pd.DataFrame, fmt: str) -> str:
    """The fact table as text in one of TEXT_FORMATS."""
    if fmt == "json":
        return json.dumps(records(frame), ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        out = frame.copy()
        for column in DATE_COLUMNS:
            out[column] = out[column].dt.strftime("%Y-%m-%d")
        return out.to_csv(index=False)
    rows = [[_cell(r[c]) for c in TABLE_COLUMNS] for r in records(frame)]
    if fmt == "markdown":
        lines = ["| " + " | ".join(TABLE_COLUMNS) + " |", "|" + "---|" * len(TABLE_COLUMNS)]
        lines += ["| " + " | ".join(md_cell(c) for c in row) + " |" for row in rows]
        return "\n".join(lines) + "\n"
    widths = [max([len(c)] + [len(row[i]) for row in rows]) for i, c in enumerate(TABLE_COLUMNS)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(TABLE_COLUMNS, widths, strict=True)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    return "\n".join(lines) + "\n"


def _cell(value: object) -> str:
    return short_number(value) if isinstance(value, float) else ("" if value is None else str(value))


def write_parquet(frame: pd.DataFrame, path: Path) -> None:
    """Write a fact table as one Parquet file, atomically."""
    from factcheck.io import atomic_write_bytes

    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    atomic_write_bytes(path, buffer.getvalue())


_FIELDS = attrgetter(*COLUMNS)  # one call per fact gives its row as a tuple


def facts_to_arrow(facts: Sequence[Fact]) -> Any:
    """Facts as an Arrow table of the fact-table schema, built column by column without pandas
    (equal to converting `to_frame(facts)`: missing text is "", missing numbers and dates null)."""
    import pyarrow as pa

    schema = arrow_schema()
    columns = list(zip(*map(_FIELDS, facts), strict=True)) if facts else [() for _ in schema]
    arrays = []
    for field, values in zip(schema, columns, strict=True):
        if DTYPES[field.name] == "string":
            arrays.append(pa.array([v or "" for v in values], type=field.type))
        elif field.name in DATE_COLUMNS:
            arrays.append(pa.array(values, type=pa.date32()).cast(field.type))
        else:
            arrays.append(pa.array(values, type=field.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def arrow_to_frame(tables: list[Any]) -> pd.DataFrame:
    """One fact table from Arrow tables of the schema (per article or per batch): concatenated
    once, converted once."""
    import pyarrow as pa

    from factcheck.facts import to_frame

    if not tables:
        return to_frame([])
    schema = arrow_schema()
    return conform(pa.concat_tables([table.cast(schema) for table in tables]).to_pandas())


@lru_cache(maxsize=1)
def arrow_schema() -> Any:
    """The fact table's Parquet (Arrow) schema."""
    import pyarrow as pa

    from factcheck.facts import to_frame

    return pa.Schema.from_pandas(to_frame([]), preserve_index=False)


def write_parquet_stream(parts: Iterable[Any], path: Path) -> int:
    """Write fact-table parts (Arrow tables of `arrow_schema()`) as they come, never holding more
    than one in memory, atomically.

    `*.parquet` gives one file with a row group per part; any other name a folder of
    `part-NNNNN.parquet` files (a partitioned table that Dask reads one partition per file).
    Returns the number of rows written.
    """
    import pyarrow.parquet as pq

    from factcheck.io import atomic_output

    schema = arrow_schema()
    rows = 0
    single = path.suffix == ".parquet"
    with atomic_output(path, folder=not single) as tmp:
        writer = pq.ParquetWriter(tmp, schema) if single else None
        try:
            for number, table in enumerate(parts):
                if writer is not None:
                    writer.write_table(table)
                else:
                    pq.write_table(table, tmp / f"part-{number:05d}.parquet")
                rows += table.num_rows
            if writer is None and rows == 0 and not any(tmp.iterdir()):
                pq.write_table(schema.empty_table(), tmp / "part-00000.parquet")
        finally:
            if writer is not None:
                writer.close()
    return rows


def read_facts(path: Path) -> pd.DataFrame:
    """Read a fact table written by `extract` (Parquet file or folder of parts, CSV or JSON)."""
    import pandas as pd

    try:
        if path.is_dir() or path.suffix == ".parquet":
            frame = pd.read_parquet(path)
        elif path.suffix == ".csv":
            frame = pd.read_csv(path, keep_default_na=True)
        elif path.suffix == ".json":
            frame = pd.DataFrame(json.loads(path.read_text(encoding="utf-8")))
        else:
            raise InputError("unknown fact-table format: expected .parquet, a folder of parts, .csv or .json", path)
        return conform(frame)
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read fact table: {exc}", path) from exc
