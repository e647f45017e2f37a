"""The unit lexicon: every news unit the aliases name is one pint knows, with the news units added."""

from __future__ import annotations

import pytest

from factcheck.extract import units

PREFIXES = ("", "kilo", "mega", "giga", "tera")


@pytest.mark.parametrize("expr", sorted({expr for _, expr in units.UNIT_ALIASES}))
def test_every_alias_names_a_unit_the_registry_knows(expr: str) -> None:
    for prefix in PREFIXES if "{prefix}" in expr else ("",):
        name = expr.format(prefix=prefix)
        assert units.canonical(name).canonical_unit, name  # ('ppb' once raised UndefinedUnitError on "0ppb")


@pytest.mark.parametrize(("window", "expected"), [
    ("3.2 billion base pairs", "base_pair"),  # (its symbol "bp" is a printer's point to pint)
    ("12 light-years", "ly"),
    ("5 kgf", "kgf"),
    ("1.4 solar masses", None),  # ("M☉" is molar to pint: no unit rather than a wrong one)
    ("50 kbp", None),  # (kilopoint to pint)
])
def test_a_symbol_pint_reads_as_another_unit_is_not_taken(window: str, expected: str | None) -> None:
    found = units.quantulum_unit(window)
    assert (found[1] if found else None) == expected
