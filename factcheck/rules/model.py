"""Rules ready for an engine: plain frozen records, built by the loader from the validated format of
`spec` (so a cached rule set loads without pydantic)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from factcheck.facts import Fact


@dataclass(frozen=True)
class Match:
    """Which facts a rule is about (validated from `spec.Match`; docs/rules.md)."""

    kind: str
    unit: str | None = None
    words: tuple[str, ...] = ()
    not_words: tuple[str, ...] = ()
    near: tuple[str, ...] = ()
    not_near: tuple[str, ...] = ()
    window: int = 4
    about: str | None = None
    near_window: int = 4  # words either side of the figure for `near`
    not_near_window: int = 4  # and for `not_near`
    change: str | None = None
    places: tuple[str, ...] = ()  # the territories it is about (factcheck.places names); a claim naming another is not


@dataclass(frozen=True)
class Tolerance:
    """How close two figures must be: 'rounding' (as written), relative (2%) or absolute."""

    mode: Literal["rounding", "relative", "absolute"]
    amount: float = 0.0  # fraction for relative, canonical units (days for dates) for absolute
    text: str = "rounding"


@dataclass(frozen=True)
class Rule:
    """A validated rule, ready for an engine."""

    id: str
    title: str
    severity: str
    check: str
    match: Match | None
    tolerance: Tolerance
    expect: Fact | None
    expect_text: str | None
    uses: dict[str, str]
    relation: str | None
    about: tuple[dt.date, dt.date] | None
    unit_dimension: str | None  # dimension the match.unit asks for
    unit_canonical: str | None
    path: str
    line: int
    relation_line: int = 0  # the line of `relation:`, for its errors
    unit_size: float | None = None  # a duration rule's unit in seconds (a year: 31,557,600)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]

    def by_id(self) -> dict[str, Rule]:
        return {r.id: r for r in self.rules}


SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
