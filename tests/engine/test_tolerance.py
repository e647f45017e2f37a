"""Tolerance: cases as data, and hypothesis properties (symmetry, reflexivity, rounding, monotonicity)."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from factcheck.engine.pandas_engine import facts_agree
from factcheck.engine.tolerance import Figure, figures_agree
from factcheck.rules.loader import parse_tolerance, parse_value
from factcheck.rules.model import Tolerance

CASES = YAML(typ="safe", pure=True).load((Path(__file__).parent / "tolerance_cases.yaml").read_text())["cases"]


def _one(text: str):  # type: ignore[no-untyped-def]
    facts = parse_value(text)
    facts = [f for f in facts if f.kind != "date"] or facts
    assert len(facts) == 1, (text, facts)
    return facts[0]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['a']}~{c['b']}@{c['tolerance']}" for c in CASES])
def test_tolerance_case(case: dict) -> None:
    tol = parse_tolerance(str(case["tolerance"]))
    assert tol is not None
    a, b = _one(case["a"]), _one(case["b"])
    assert facts_agree(a, b, tol) is case["agree"]
    assert facts_agree(b, a, tol) is case["agree"]


values = st.decimals(min_value=Decimal("0.001"), max_value=Decimal("100000"), places=3)
qualifiers = st.sampled_from(["exact", "approx", "lower_bound", "upper_bound", "at_least", "at_most"])
tolerances = st.one_of(
    st.just(Tolerance("rounding")),
    st.floats(0, 0.5).map(lambda x: Tolerance("relative", x)),
    st.floats(0, 1000).map(lambda x: Tolerance("absolute", x)),
)


def _figure(value: Decimal, qualifier: str = "exact") -> Figure:
    exponent = value.normalize().as_tuple().exponent
    step = float(Decimal(1).scaleb(min(0, exponent)))  # type: ignore[arg-type]
    return Figure(float(value), step, qualifier)


@settings(max_examples=300)
@given(values, values, qualifiers, qualifiers, tolerances)
def test_agreement_is_symmetric(a: Decimal, b: Decimal, qa: str, qb: str, tol: Tolerance) -> None:
    fa, fb = _figure(a, qa), _figure(b, qb)
    assert figures_agree(fa, fb, tol) == figures_agree(fb, fa, tol)


@settings(max_examples=300)
@given(values, qualifiers, tolerances)
def test_a_figure_agrees_with_itself(a: Decimal, q: str, tol: Tolerance) -> None:
    assert figures_agree(_figure(a, q), _figure(a, q), tol)


@settings(max_examples=300)
@given(values, st.integers(-2, 3))
def test_a_figure_agrees_with_its_own_rounding(a: Decimal, places: int) -> None:
    step = Decimal(1).scaleb(-places)
    rounded = a.quantize(step, rounding=ROUND_HALF_EVEN) if places >= 0 else (a / step).quantize(
        Decimal(1), rounding=ROUND_HALF_EVEN) * step
    if rounded == 0:
        return
    written = Figure(float(rounded), float(step))
    assert figures_agree(_figure(a), written, Tolerance("rounding"))


@settings(max_examples=300)
@given(values, values, qualifiers, qualifiers, st.floats(0, 0.5), st.floats(0, 0.5))
def test_widening_a_tolerance_never_breaks_agreement(a: Decimal, b: Decimal, qa: str, qb: str, t1: float, t2: float) -> None:
    narrow, wide = sorted((t1, t2))
    fa, fb = _figure(a, qa), _figure(b, qb)
    for mode, scale in (("relative", 1.0), ("absolute", 1000.0)):
        if figures_agree(fa, fb, Tolerance(mode, narrow * scale)):  # type: ignore[arg-type]
            assert figures_agree(fa, fb, Tolerance(mode, wide * scale))  # type: ignore[arg-type]


WIDER = ["approx", "lower_bound", "upper_bound", "at_least", "at_most"]


@settings(max_examples=300)
@given(values, values, st.sampled_from(WIDER), tolerances)
def test_widening_a_qualifier_never_breaks_agreement(a: Decimal, b: Decimal, wider: str, tol: Tolerance) -> None:
    """Every qualifier admits at least what the exact figure admits ("nearly 40%" ⊇ "40%")."""
    exact, fb = _figure(a), _figure(b)
    if figures_agree(exact, fb, tol):
        assert figures_agree(_figure(a, wider), fb, tol)


BOUNDED = [
    ("nearly 40%", "14%", False),
    ("nearly 40%", "37%", True),
    ("nearly 40%", "41%", False),
    ("almost two-fifths", "nearly 40%", True),
    ("more than 2 million barrels per day", "2.14 million barrels per day", True),
    ("more than 3 million barrels per day", "2.14 million barrels per day", False),
    ("more than 2 million barrels per day", "50 million barrels per day", False),
    ("at least 2 million barrels per day", "50 million barrels per day", True),
    ("up to 40%", "14%", True),
    # two ceilings are each source's ceiling: they reach a step or a tenth below, not without end
    ("up to 8 metres", "as much as 18 metres", False),
    ("no more than 45,000 euros", "up to 54,000 euros", False),
    ("up to 165 mph", "as much as 170 mph", True),
    ("almost $4.3 billion", "approximately $4.34 billion", True),
    ("about 2.1 million barrels a day", "2.14 million barrels per day", True),
]


@pytest.mark.parametrize(("a", "b", "agree"), BOUNDED, ids=[f"{a}~{b}" for a, b, _ in BOUNDED])
def test_bounded_qualifiers(a: str, b: str, agree: bool) -> None:
    tol = Tolerance("rounding")
    assert facts_agree(_one(a), _one(b), tol) is agree
    assert facts_agree(_one(b), _one(a), tol) is agree
