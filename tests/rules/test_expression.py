"""Relations compute with units: money in its currency, a percent as a ratio, `==` within the tolerance."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.rules.expression import Value, check_types, evaluate, figure_value

BUDGET = "now == before * (1 + rise)"


def budget(now: float, before: float = 300e6, rise: float = 4.0) -> dict[str, object]:
    return {"now": figure_value("money", now, "USD"), "before": figure_value("money", before, "USD"),
            "rise": figure_value("percent", rise, "percent")}


def test_money_grows_by_a_percent() -> None:
    assert evaluate(BUDGET, budget(312e6)) is True
    assert evaluate(BUDGET, budget(320e6)) is False
    assert evaluate(BUDGET, budget(314e6)) is False
    assert evaluate(BUDGET, budget(314e6), relative=0.01) is True  # tolerance: 1%
    assert evaluate(BUDGET, budget(320e6), relative=0.01) is False


@given(st.floats(250e6, 400e6), st.floats(0, 0.2), st.floats(0, 0.2))
def test_a_wider_tolerance_never_breaks_an_equality(now: float, narrow: float, extra: float) -> None:
    if evaluate(BUDGET, budget(now), relative=narrow):
        assert evaluate(BUDGET, budget(now), relative=narrow + extra)


def test_units_convert_and_dates_give_their_parts() -> None:
    values = {"length": figure_value("duration", 6 * 31557600.0, "second"),
              "visit": Value(dt.date(2024, 5, 16), dt.date(2024, 5, 16)), "end": Value(dt.date(2030, 1, 1), dt.date(2030, 12, 31)),
              "cost": figure_value("money", 4.34e9, "USD")}
    assert evaluate('year(end) == year(visit) + round(in_unit(length, "year"))', values) is True
    assert evaluate('in_unit(cost, "USD") > 4e9', values) is True


@pytest.mark.parametrize(("relation", "kinds", "problem"), [
    (BUDGET, {"now": ("money", "USD"), "before": ("money", "USD"), "rise": ("percent", "percent")}, ""),
    ("now == before + rise", {"now": ("money", "USD"), "before": ("money", "USD"), "rise": ("percent", "percent")},
     "Cannot convert from 'USD'"),
    ("now == before", {"now": ("money", "USD"), "before": ("money", "EUR")}, "the units do not fit"),
    ("a / b > 2", {"a": ("quantity", "meter ** 3 / second"), "b": ("quantity", "meter ** 3")}, "the units do not fit"),
    ("a / (b - b) > 2", {"a": ("count", ""), "b": ("count", "")}, ""),  # a division by zero is no type error
    ("year(d) + n == 2030", {"d": ("date", ""), "n": ("count", "")}, ""),
])
def test_relations_are_type_checked(relation: str, kinds: dict[str, tuple[str, str]], problem: str) -> None:
    found = check_types(relation, kinds)
    assert (problem in found) if problem else found == "", found
