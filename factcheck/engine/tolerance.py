"""When two figures or two dates agree.

A figure is an interval: its value widened by the rounding step it was written with and by its
qualifier ("more than 2 million" is [1.5 million, 3 million]; "at least 2 million" [1.5 million, inf)). Under the `rounding` tolerance two
figures agree when their intervals overlap; under a relative or absolute tolerance, when the gap
between their (unrounded) intervals is within it. Dates agree when their ranges overlap.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from factcheck.rules.model import Tolerance


@dataclass(frozen=True)
class Figure:
    value: float
    precision: float = 0.0
    qualifier: str = "exact"
    high: float | None = None
    written: str = ""  # a duration's unit as written ("week", "day"): whole units told in another unit count down


@dataclass(frozen=True)
class Span:
    """A date range in days (proleptic ordinals), inclusive; qualifiers open one end."""

    start: int
    end: int
    qualifier: str = "exact"


_FLOORS = frozenset(("at_least", "lower_bound"))
BOUND_WIDTH = 0.10  # "nearly X" / "more than X" reach at least this fraction of X beyond X


def interval(f: Figure, rounding: bool, whole_units: bool = False) -> tuple[float, float]:
    """The values a figure admits. Rounding widens it by half its written step (a whole step with
    "about", but no more than half the figure); "nearly / almost / less than X" reach below X by max(one step, 10% of X) and "more than
    / over X" above it likewise, while keeping X's own rounding on the other side; "at least" and
    "at most" are open on one side. With `whole_units` (a duration set beside one written in another unit) it reaches a
    whole step above: "a seven-week strike" counts the weeks gone by of one that lasted 53 days."""
    half = f.precision / 2 if rounding else 0.0
    if f.qualifier == "approx" and rounding:
        # a whole step, but never half the figure: "about 1,000" is [500, 1,500] (a step of 1,000 would admit 2 and
        # 2,000), "about 2 million" [1 million, 3 million]; and a trailing zero said "about" is a rounding too
        # ("about 1,750 kg" is [1,745, 1,755]: 1,752 kg rounds to it)
        half = max(f.precision / 2, min(f.precision, abs(f.value) / 2), _approx_step(f) / 2)
    high = f.high if f.high is not None and not math.isnan(f.high) else f.value
    low, up = f.value - half, high + half
    if whole_units and f.qualifier == "exact":
        up = high + f.precision
    width = max(f.precision, BOUND_WIDTH * abs(f.value))
    if f.qualifier == "lower_bound":
        up = max(up, high + width)
    elif f.qualifier == "upper_bound":
        low = min(low, f.value - width)
    elif f.qualifier == "at_least":
        up = math.inf
    elif f.qualifier == "at_most":
        low = -math.inf
    return low, up


def _approx_step(f: Figure) -> float:
    """The step a figure said "about" was rounded to by its trailing zeros ("about 1,750": 10; "about 40 million": 10
    million), which `precision` counts only from three on."""
    if not f.precision or not math.isfinite(f.value):
        return 0.0
    written = abs(f.value) / f.precision
    if written < 10 or abs(written - round(written)) > 1e-9:
        return 0.0
    whole, step = round(written), f.precision
    while whole % 10 == 0:
        whole //= 10
        step *= 10
    return step


def figures_agree(a: Figure, b: Figure, tol: Tolerance) -> bool:
    """Symmetric; a figure agrees with itself and with its own rounding; wider tolerance never breaks agreement."""
    rounding = tol.mode == "rounding"
    whole_units = rounding and bool(a.written) and bool(b.written) and a.written != b.written
    if a.qualifier in _FLOORS and b.qualifier in _FLOORS and "at_least" in (a.qualifier, b.qualifier) \
            and all(f.qualifier != "at_least" or _counted_floor(f) for f in (a, b)):
        # two floors of one count are each source's count so far: "killing at least 14 people" is no "at least 41" (each
        # reaches a step or a tenth above, as "more than 120" does, not without end)
        a, b = (f if f.qualifier != "at_least" else replace(f, qualifier="lower_bound") for f in (a, b))
    if a.qualifier == "at_most" and b.qualifier == "at_most":
        # two ceilings of one thing are each source's ceiling: "debris up to eight metres deep" is no "as much as 18
        # metres deep", nor "cars costing up to 45,000 euros" the "up to 54,000 euros" another source says (each reaches a
        # step or a tenth below, as "nearly 18" does, not without end)
        a, b = replace(a, qualifier="upper_bound"), replace(b, qualifier="upper_bound")
    a_low, a_up = interval(a, rounding, whole_units)
    b_low, b_up = interval(b, rounding, whole_units)
    if rounding:
        if a.precision == 0 and b.precision == 0:
            return a_low <= b_up and b_low <= a_up
        # strictly overlapping: "two-day" [1.5, 2.5] and "three-day" [2.5, 3.5] only touch (and so do 0.5 and 0.6 of
        # one decimal, whose ends 0.55 and 0.6 - 0.05 = 0.5499999... differ by the float's error alone)
        tiny = 1e-9 * max(abs(a.value), abs(b.value), a.precision, b.precision)
        if _is_range(a) and _is_range(b) and min(a.high, b.high) - max(a.value, b.value) <= tiny:  # type: ignore[type-var]
            return False  # two ranges that share no more than an end: "4.75% to 5%" is no "5% to 5.25%"
        return a_low < b_up - tiny and b_low < a_up - tiny
    gap = max(0.0, a_low - b_up, b_low - a_up)
    if tol.mode == "relative":
        allowed = tol.amount * max(abs(a.value), abs(b.value))
    else:
        allowed = tol.amount
    return gap <= allowed * (1 + 1e-12)


def _counted_floor(f: Figure) -> bool:
    """Whether a floor is a count told to the unit ("at least 41"), not a round or loose one ("at least 40", "dozens"
    read as 24, "100+"), which says little of how many more there are."""
    return f.high is None and f.value == int(f.value) and f.value % 10 != 0 and f.value % 12 != 0


def _is_range(f: Figure) -> bool:
    """Whether a figure is a range as written ("4.75% to 5%"), not one value."""
    return f.high is not None and not math.isnan(f.high) and f.high != f.value


def spans_agree(a: Span, b: Span, tol: Tolerance) -> bool:
    """Date ranges agree when they overlap (within the tolerance in days, if absolute)."""
    slack = tol.amount if tol.mode == "absolute" else 0.0
    a_low, a_up = open_span(a)
    b_low, b_up = open_span(b)
    return max(0.0, a_low - b_up, b_low - a_up) <= slack


def open_span(s: Span) -> tuple[float, float]:
    """The days a date range admits; 'since' / 'before' qualifiers open one end."""
    low, up = float(s.start), float(s.end)
    if s.qualifier in ("lower_bound", "at_least"):
        up = math.inf
    elif s.qualifier in ("upper_bound", "at_most"):
        low = -math.inf
    return low, up
