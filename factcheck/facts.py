"""The fact table: one row per extracted fact, with a fixed, documented schema (docs/schema.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields

import pandas as pd

KINDS = ("quantity", "money", "percent", "duration", "age", "ordinal", "count", "date")
QUALIFIERS = ("exact", "approx", "lower_bound", "upper_bound", "range")
GRANULARITIES = ("day", "week", "month", "season", "quarter", "year", "decade")


@dataclass(slots=True)  # not frozen: built once per fact, and frozen construction is slow
class Fact:
    """One fact. `text[start:end] == surface` in the article body of `source`."""

    source: str
    sentence_index: int
    sentence_start: int  # offset of the sentence in the article body
    start: int
    end: int
    surface: str
    sentence: str
    kind: str
    value: float | None = None  # the number as written, multipliers applied ("2.14 million" -> 2140000)
    value_high: float | None = None  # upper end of a range, else None
    unit: str = ""  # pint unit, ISO currency, "percent", a counted noun, or ""
    dimension: str = ""  # pint dimensionality, "currency", "percent", "count", "ordinal" or "date"
    canonical_value: float | None = None  # value in canonical_unit (SI base units for physical kinds)
    canonical_high: float | None = None
    canonical_unit: str = ""
    canonical_precision: float | None = None  # precision in canonical_unit
    qualifier: str = "exact"
    precision: float | None = None  # rounding step the writer used, in `unit` ("2.14 million" -> 10000)
    date_start: dt.date | None = None  # inclusive
    date_end: dt.date | None = None  # inclusive
    granularity: str = ""
    record: bool = False  # called a record ("a record 2.14 million")


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Fact))

DTYPES: dict[str, str] = {
    "source": "string",
    "sentence_index": "int64",
    "sentence_start": "int64",
    "start": "int64",
    "end": "int64",
    "surface": "string",
    "sentence": "string",
    "kind": "string",
    "value": "float64",
    "value_high": "float64",
    "unit": "string",
    "dimension": "string",
    "canonical_value": "float64",
    "canonical_high": "float64",
    "canonical_unit": "string",
    "canonical_precision": "float64",
    "qualifier": "string",
    "precision": "float64",
    "date_start": "datetime64[s]",
    "date_end": "datetime64[s]",
    "granularity": "string",
    "record": "bool",
}


def to_frame(facts: list[Fact]) -> pd.DataFrame:
    """Facts as a DataFrame with the schema's column order and dtypes (also when empty)."""
    frame = pd.DataFrame([asdict(f) for f in facts], columns=list(COLUMNS))
    return conform(frame)


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """Give a fact table (e.g. read back from CSV or Parquet) the schema's columns and dtypes."""
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"not a fact table: missing column(s) {missing}")
    frame = frame[list(COLUMNS)].copy()
    for column in ("date_start", "date_end"):
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[s]")
    for column, dtype in DTYPES.items():
        if dtype == "string":
            frame[column] = frame[column].fillna("").astype("string")
        elif not dtype.startswith("datetime"):
            frame[column] = frame[column].astype(dtype)
    return frame.reset_index(drop=True)


def records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """Rows as plain JSON-ready dicts: dates as ISO strings, missing numbers as None."""
    out = []
    for row in frame.to_dict(orient="records"):
        clean: dict[str, object] = {}
        for key, value in row.items():
            if isinstance(value, pd.Timestamp):
                clean[key] = value.date().isoformat()
            elif value is pd.NaT or (isinstance(value, float) and value != value):
                clean[key] = None
            elif hasattr(value, "item"):
                clean[key] = value.item()
            else:
                clean[key] = value
        out.append(clean)
    return out
