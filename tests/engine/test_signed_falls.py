"""A fall told by its sign ("| -13.4% |" in a change column) and one told by its word ("down 13.4 percent") are one
fall: agreement reads a falling figure's size, never a level's or a rise's."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.engine.matching import facts_agree, figure_key
from factcheck.facts import Fact
from factcheck.rules.model import Tolerance

ROUNDING = Tolerance("rounding")


def percent(source: str, value: float, change: str, precision: float = 0.1) -> Fact:
    return Fact(source=source, sentence_index=0, sentence_start=0, start=0, end=5, surface=f"{value}%", sentence="x",
                kind="percent", value=value, unit="percent", dimension="percent", canonical_value=value,
                canonical_unit="percent", canonical_precision=precision, precision=precision, change=change)


def test_a_signed_fall_agrees_with_a_fall_told_by_its_word() -> None:
    assert facts_agree(percent("a", -13.4, "down"), percent("b", 13.4, "down"), ROUNDING)
    assert facts_agree(percent("b", 13.4, "down"), percent("a", -13.4, "down"), ROUNDING)


def test_a_signed_level_or_rise_keeps_its_sign() -> None:
    assert not facts_agree(percent("a", -13.4, ""), percent("b", 13.4, ""), ROUNDING)
    assert not facts_agree(percent("a", -13.4, "up"), percent("b", 13.4, "up"), ROUNDING)


def test_a_fall_of_another_size_does_not_agree() -> None:
    assert not facts_agree(percent("a", -13.4, "down"), percent("b", 14.3, "down"), ROUNDING)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 10_000), st.sampled_from([0.1, 1.0, 10.0]))
def test_sign_of_a_fall_never_decides_agreement(tenths: int, precision: float) -> None:
    size = tenths / 10
    signed, worded = percent("a", -size, "down", precision), percent("b", size, "down", precision)
    assert facts_agree(signed, worded, ROUNDING)
    assert figure_key(percent("a", -size, "down")) != figure_key(percent("a", -size, ""))  # (the key reads the change)
