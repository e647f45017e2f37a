"""The fact table: one row per extracted fact, with a fixed, documented schema (docs/schema.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported where a table is built: `check` works without it
    import pandas as pd

KINDS = ("quantity", "money", "percent", "duration", "age", "ordinal", "count", "date")
QUALIFIERS = ("exact", "approx", "lower_bound", "upper_bound", "at_least", "at_most", "range")
GRANULARITIES = ("day", "weekend", "week", "month", "season", "quarter", "half", "fiscal_year", "year", "decade", "century")


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
    change: str = ""  # "up" / "down" when the figure is a change ("rose 40%", "fell 18 sen"), else ""
    claim_start: int = -1  # offset of the claim in the article body (-1: no claim, e.g. a rule's expect)
    claim: str = ""  # the words the figure is about: its fragment of the sentence (extract/claims.py)
    clause_start: int = -1  # offset of the claim's clause in the article body
    clause: str = ""  # the clause the claim lies in
    period: str = ""  # "first..last" (ISO days) when the figure's period is said apart from its sentence (a table's header)
    published: dt.date | None = None  # the day the article was published (None when it is not known)


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
    "change": "string",
    "claim_start": "int64",
    "claim": "string",
    "clause_start": "int64",
    "clause": "string",
    "period": "string",
    "published": "datetime64[s]",
}
# columns a fact table written by an older version may lack (filled with their default when read)
OPTIONAL_COLUMNS = ("period", "published")
DATE_COLUMNS = ("date_start", "date_end", "published")


def is_missing(value: object) -> bool:
    """None, or the missing-value markers of a table: NaN for numbers, NaT for dates."""
    return value is None or (isinstance(value, float) and value != value) or type(value).__name__ == "NaTType"


def to_frame(facts: list[Fact]) -> pd.DataFrame:
    """Facts as a DataFrame with the schema's column order and dtypes (also when empty)."""
    import pandas as pd

    frame = pd.DataFrame({column: [getattr(f, column) for f in facts] for column in COLUMNS}, columns=list(COLUMNS))
    return conform(frame)


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """Give a fact table (e.g. read back from CSV or Parquet) the schema's columns and dtypes."""
    import pandas as pd

    for column in OPTIONAL_COLUMNS:
        if column not in frame.columns:
            frame = frame.assign(**{column: None if column in DATE_COLUMNS else ""})
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"not a fact table: missing column(s) {missing}")
    frame = frame[list(COLUMNS)].copy()
    for column in DATE_COLUMNS:
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[s]")
    for column, dtype in DTYPES.items():
        if dtype == "string":
            frame[column] = frame[column].fillna("").astype("string")
        elif not dtype.startswith("datetime"):
            frame[column] = frame[column].astype(dtype)
    return frame.reset_index(drop=True)


def records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """Rows as plain JSON-ready dicts: dates as ISO strings, missing numbers as None."""
    import pandas as pd

    out = []
    for row in frame.to_dict(orient="records"):
        clean: dict[str, object] = {}
        for key, value in row.items():
            if isinstance(value, pd.Timestamp):
                clean[key] = value.date().isoformat()
            elif is_missing(value):
                clean[key] = None
            elif hasattr(value, "item"):
                clean[key] = value.item()
            else:
                clean[key] = value
        out.append(clean)
    return out


def fact_record(fact: Fact) -> dict[str, object]:
    """One Fact as a plain JSON-ready dict, like a row of `records`."""
    out = {name: getattr(fact, name) for name in COLUMNS}  # (all plain values: `asdict`'s deep copy is 10x slower)
    for key in ("date_start", "date_end"):
        out[key] = None if out[key] is None else out[key].isoformat()
    return out


def from_row(row: object) -> Fact:
    """A Fact from a fact-table row (an itertuples row): timestamps become dates, NaN None."""
    values: dict[str, object] = {}
    for name in COLUMNS:
        value = getattr(row, name)
        if is_missing(value):
            value = None if DTYPES[name] != "string" else ""
        elif name in DATE_COLUMNS:
            value = value.date()  # type: ignore[attr-defined]
        elif hasattr(value, "item"):
            value = value.item()  # numpy scalar -> Python
        values[name] = value
    return Fact(**values)  # type: ignore[arg-type]
