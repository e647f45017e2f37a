"""The rule format (docs/rules.md): pydantic models of what a rule file may say."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.facts import KINDS, Fact

Kind = Literal["quantity", "money", "percent", "duration", "age", "ordinal", "count", "date"]
assert set(Kind.__args__) == set(KINDS)  # type: ignore[attr-defined]


class Match(BaseModel):
    """Which facts a rule is about."""

    model_config = ConfigDict(extra="forbid")

    kind: Kind
    unit: str | None = None  # a unit the fact must be convertible to, e.g. "barrels per day", "USD"
    words: list[str] = Field(default_factory=list)  # each entry must be in the sentence; "a | b" = either
    not_words: list[str] = Field(default_factory=list)  # none of these may be in the sentence
    near: list[str] = Field(default_factory=list)  # one of these within `window` words of the figure
    not_near: list[str] = Field(default_factory=list)  # none of these within `window` words of the figure
    window: int = Field(default=4, ge=1, le=50)
    change: Literal["up", "down", "none"] | None = None  # the figure is a rise, a fall, or no change
    about: str | None = None  # the period the figure is about, e.g. "2023"


class RuleSpec(BaseModel):
    """One rule as written in YAML."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: str
    severity: Literal["error", "warning", "info"] = "error"
    check: Literal["consistency", "relation"] = "consistency"
    match: Match | None = None
    tolerance: str = "rounding"
    expect: str | None = None
    uses: dict[str, str] = Field(default_factory=dict)  # relation: name in the expression -> rule id
    relation: str | None = None  # relation: a boolean expression over the names in `uses`


class RuleFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rules: list[RuleSpec]


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


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]

    def by_id(self) -> dict[str, Rule]:
        return {r.id: r for r in self.rules}


SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
