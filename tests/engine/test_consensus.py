"""The grouped consensus is exactly the pairwise definition: the fact most facts of other
sources agree with, the first one on a tie, among the facts that are no open bound ("at least", "at most") when there is
one; and when that is a bound ("more than", "nearly") which figures stated as such that disagree among themselves agree
with, among those stated as such."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.engine.pandas_engine import consensus_fact, facts_agree
from factcheck.facts import Fact
from factcheck.rules.model import Tolerance

TOLERANCES = [Tolerance("rounding"), Tolerance("relative", 0.05, "5%"), Tolerance("absolute", 1.0, "1")]


def brute_force(items: list[Fact], tol: Tolerance) -> Fact:
    def support(i: int) -> int:
        return sum(facts_agree(items[i], o, tol) for o in items if o.source != items[i].source)

    pool = [i for i, f in enumerate(items) if f.qualifier not in ("at_least", "at_most")] or range(len(items))
    chosen = max(pool, key=lambda i: (support(i), -i))
    bounds = ("at_least", "at_most", "lower_bound", "upper_bound")
    if items[chosen].qualifier in bounds:
        told = [f for f in items if f.qualifier not in bounds and facts_agree(items[chosen], f, tol)]
        if any(not facts_agree(x, y, tol) for x in told for y in told):
            chosen = max((i for i, f in enumerate(items) if f.qualifier not in bounds), key=lambda i: (support(i), -i))
    return items[chosen]


fact = st.builds(
    lambda source, value, precision, qualifier, start: Fact(
        source=f"s{source}", sentence_index=0, sentence_start=0, start=start, end=start + 3, surface="x",
        sentence="x", kind="quantity", value=value, unit="m", dimension="[length]", canonical_value=value,
        canonical_unit="meter", canonical_precision=precision, qualifier=qualifier, precision=precision),
    st.integers(0, 4), st.sampled_from([10.0, 10.4, 11.0, 12.0, 20.0]), st.sampled_from([0.0, 1.0, 10.0]),
    st.sampled_from(["exact", "approx", "lower_bound", "upper_bound", "at_least", "at_most"]), st.integers(0, 1000),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(fact, min_size=1, max_size=14), st.sampled_from(TOLERANCES))
def test_grouped_consensus_equals_pairwise_definition(items: list[Fact], tol: Tolerance) -> None:
    assert consensus_fact(items, tol) is brute_force(items, tol)


def test_majority_wins_over_an_earlier_outlier() -> None:
    def f(source: str, value: float) -> Fact:
        return Fact(source=source, sentence_index=0, sentence_start=0, start=0, end=1, surface=str(value), sentence="",
                    kind="quantity", value=value, canonical_value=value, canonical_unit="meter", canonical_precision=0.01)

    items = [f("a", 2.41), f("b", 2.14), f("c", 2.14), f("d", 2.14)]
    assert consensus_fact(items, Tolerance("rounding")) is items[1]


def test_an_open_bound_is_no_consensus_where_sources_state_figures() -> None:
    """"might save as much as $6 billion" agrees with both $4.34 billion and $4.43 billion; what the sources say is
    $4.34 billion, which $4.43 billion disagrees with."""
    def f(source: str, value: float, qualifier: str = "exact") -> Fact:
        return Fact(source=source, sentence_index=0, sentence_start=0, start=0, end=1, surface=str(value), sentence="",
                    kind="money", value=value, canonical_value=value, canonical_unit="USD", canonical_precision=0.01,
                    qualifier=qualifier)

    items = [f("a", 4.43), f("b", 6.0, "at_most"), f("c", 4.34), f("d", 4.34)]
    consensus = consensus_fact(items, Tolerance("rounding"))
    assert consensus is items[2]
    assert [facts_agree(i, consensus, Tolerance("rounding")) for i in items] == [False, True, True, True]


def test_a_bound_is_no_consensus_where_sources_state_figures() -> None:
    """"more than £42 million" reaches a tenth above and agrees with both £42,249,800 and £44.2 million, which disagree:
    what the sources say is a figure stated as such, the first on a tie."""
    def f(source: str, value: float, qualifier: str = "exact", precision: float = 100_000.0) -> Fact:
        return Fact(source=source, sentence_index=0, sentence_start=0, start=0, end=1, surface=str(value), sentence="",
                    kind="money", value=value, canonical_value=value, canonical_unit="GBP", canonical_precision=precision,
                    qualifier=qualifier)

    items = [f("c", 42_249_800.0, precision=100.0), f("d", 42_000_000.0, "lower_bound", 1_000_000.0), f("e", 44_200_000.0)]
    consensus = consensus_fact(items, Tolerance("rounding"))
    assert consensus is items[0]
    assert [facts_agree(i, consensus, Tolerance("rounding")) for i in items] == [True, True, False]


def test_a_bound_stays_the_consensus_where_the_figures_it_agrees_with_agree() -> None:
    """"More than 760 people" twice and "670 people" once: 760 is what the sources say, and 670 disagrees."""
    def f(source: str, value: float, qualifier: str) -> Fact:
        return Fact(source=source, sentence_index=0, sentence_start=0, start=0, end=1, surface=str(value), sentence="",
                    kind="count", value=value, canonical_value=value, canonical_unit="person", canonical_precision=1.0,
                    qualifier=qualifier)

    items = [f("a", 760.0, "lower_bound"), f("b", 670.0, "exact"), f("d", 760.0, "lower_bound")]
    consensus = consensus_fact(items, Tolerance("rounding"))
    assert consensus is items[0]
    assert [facts_agree(i, consensus, Tolerance("rounding")) for i in items] == [True, False, True]
