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
