"""A figure its own claim denies or retracts ("not 2.41 million", "incorrectly said $3.4 billion") is no
claim of the article: no rule takes it and discovery compares it with nothing."""

from __future__ import annotations

import pytest

from factcheck.engine.matching import _denial_in


@pytest.mark.parametrize(("before", "denial"), [
    ("not ", "not"), ("did not arrive on ", "not"), ("didn’t reach ", "n’t"), ("rather than ", "rather"),
    ("An earlier version incorrectly said China saved ", "incorrectly"),
    ("may not be the focus of Putin’s ", None),  # the negation is the focus's
    ("not more than ", None), ("not before ", None), ("exports reached ", None),
])
def test_a_claim_that_denies_its_figure(before: str, denial: str | None) -> None:
    assert _denial_in(before) == denial
