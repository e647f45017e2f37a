"""Raw mentions: what extraction found, before normalisation to canonical units."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(slots=True)  # not frozen: built once per fact, and frozen construction is slow
class Mention:
    """A figure or date found in text. `unit` is a pint expression for physical kinds, an ISO
    currency code for money, "percent"/"percentage_point" for percentages, the counted noun
    for counts and "" otherwise."""

    start: int
    end: int
    kind: str
    value: Decimal | None = None
    value_high: Decimal | None = None
    unit: str = ""
    precision: Decimal | None = None
    qualifier: str = "exact"
    record: bool = False
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    granularity: str = ""
    change: str = ""  # "up" / "down": the figure is a change
