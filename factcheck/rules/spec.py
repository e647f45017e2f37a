"""The rule format as users write it (docs/rules.md): pydantic models that validate a YAML file.
The engines never see these: the loader turns them into the plain records of `model`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.facts import KINDS

# every key known; a number written bare where text is asked for is that text ("expect: 379", "about: 2023")
_READ_AS_WRITTEN = ConfigDict(extra="forbid", coerce_numbers_to_str=True)

Kind = Literal["quantity", "money", "percent", "duration", "age", "ordinal", "count", "date"]
assert set(Kind.__args__) == set(KINDS)  # type: ignore[attr-defined]


class Match(BaseModel):
    """Which facts a rule is about."""

    model_config = _READ_AS_WRITTEN

    kind: Kind
    unit: str | None = None  # a unit the fact must be convertible to, e.g. "barrels per day", "USD"
    words: list[str] = Field(default_factory=list)  # each entry must be in the sentence; "a | b" = either
    not_words: list[str] = Field(default_factory=list)  # none of these may be in the sentence
    near: list[str] = Field(default_factory=list)  # one of these within `window` words of the figure
    not_near: list[str] = Field(default_factory=list)  # none of these within `window` words of the figure
    window: int = Field(default=4, ge=1, le=50)  # words either side of the figure, for near and not_near
    near_window: int | None = Field(default=None, ge=1, le=50)  # `near` alone (default: window)
    not_near_window: int | None = Field(default=None, ge=1, le=50)  # `not_near` alone (default: window)
    change: Literal["up", "down", "none"] | None = None  # the figure is a rise, a fall, or no change
    about: str | None = None  # the period the figure is about, e.g. "2023"
    places: list[str] = Field(default_factory=list)  # the countries or regions it is about; a claim naming another is not


class RuleSpec(BaseModel):
    """One rule as written in YAML."""

    model_config = _READ_AS_WRITTEN

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
    model_config = _READ_AS_WRITTEN

    rules: list[RuleSpec]
