"""benchmarks/perturb_discovery.py: a planted conflict survives one more sentence in another article."""

from __future__ import annotations

from benchmark_scripts import load

perturb_discovery = load("perturb_discovery")


def test_one_more_figure_elsewhere_unpairs_no_planted_count() -> None:
    # ("FSIS was notified on June 6, 2025, when the CDC linked the outbreak to the products." appended to the wire made
    # "outbreak" weigh less and unpaired the planted "11 states" / "nine states" before counted nouns were weighed)
    tally = perturb_discovery.perturb(["recall", "recall-toll"], "last")
    assert tally.elsewhere == []
    assert tally.kept == tally.planted == 24  # (three planted in each corpus, for each article given a sentence)
