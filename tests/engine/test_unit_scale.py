"""A duration rule takes figures written in units of its own scale: "one day after" is no anniversary in years."""

from __future__ import annotations

import pytest

from factcheck.engine.matching import UNIT_SCALE, unit_of_its_size

YEAR = 31_557_600.0  # seconds in pint's (Julian) year
DAY = 86_400.0


@pytest.mark.parametrize(("unit", "size", "expected"), [
    ("year", YEAR, True),
    ("decade", YEAR, True),      # ten years
    ("month", YEAR, True),
    ("week", YEAR, True),        # 52 weeks to a year: within a hundredfold
    ("day", YEAR, False),        # 365 days to a year
    ("hour", YEAR, False),
    ("century", YEAR, True),     # exactly a hundredfold
    ("hour", DAY, True),         # "a 48-hour visit" is two days
    ("minute", DAY, False),      # "a 90-minute meeting" is no visit in days
    ("year", DAY, False),
    ("no_such_unit", DAY, True),  # a unit pint does not know: nothing to compare
])
def test_unit_of_its_size(unit: str, size: float, expected: bool) -> None:
    assert unit_of_its_size(unit, size) is expected


def test_the_scale_is_symmetric() -> None:
    assert unit_of_its_size("second", UNIT_SCALE) and unit_of_its_size("second", 1 / UNIT_SCALE)
    assert not unit_of_its_size("second", UNIT_SCALE * 1.01)
