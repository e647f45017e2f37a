"""Runs tests/extract/extraction_cases.yaml: text -> expected facts, absences and equivalences."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from pathlib import Path

import pandas as pd
import pytest
from ruamel.yaml import YAML

from factcheck.articles import Article
from factcheck.corpus import extract_articles

CASES = YAML(typ="safe", pure=True).load((Path(__file__).parent / "extraction_cases.yaml").read_text())


def _facts(text: str, published: dt.date = dt.date(2024, 5, 15)) -> pd.DataFrame:
    return extract_articles([Article(source="case", path="case", text=text, published=published)])


def _equal(got: object, want: object) -> bool:
    if want is None:  # (`null` in the cases: no value, e.g. no high end)
        return got is None or bool(pd.isna(got))
    if isinstance(got, pd.Timestamp):
        return got.date() == want
    if isinstance(want, bool) or isinstance(got, bool):
        return bool(got) == want
    if isinstance(want, int | float):
        return math.isclose(float(got), float(want), rel_tol=1e-9)  # type: ignore[arg-type]
    return str(got) == str(want)


@pytest.mark.parametrize("case", CASES["cases"], ids=[c["name"] for c in CASES["cases"]])
def test_extraction_case(case: dict) -> None:
    facts = _facts(case["text"], case.get("published", dt.date(2024, 5, 15)))
    for row in facts.itertuples():
        assert case["text"][row.start : row.end] == row.surface
    spans = sorted(zip(facts["start"], facts["end"], facts["surface"], strict=True))
    for (_, end, surface), (start, _, other) in itertools.pairwise(spans):
        assert start >= end, f"{surface!r} and {other!r} overlap: one span is read once"
    surfaces = list(facts["surface"])
    for expected in case["facts"]:
        rows = facts[facts["surface"] == expected["surface"]]
        nth = expected.get("occurrence", 1)  # (the same surface written twice: the nth fact of it)
        assert len(rows) >= nth, f"{expected['surface']!r} not extracted {nth} time(s); got {surfaces}"
        row = rows.iloc[nth - 1]
        for column, want in expected.items():
            if column == "occurrence":
                continue
            assert _equal(row[column], want), f"{expected['surface']!r}.{column}: got {row[column]!r}, want {want!r}"
    for absent in case.get("absent", []):
        assert absent not in surfaces, f"{absent!r} must not be a fact; got {surfaces}"
    if not case["facts"]:
        assert surfaces == []


@pytest.mark.parametrize("group", CASES["equivalences"], ids=[g["name"] for g in CASES["equivalences"]])
def test_equivalent_spellings_normalise_identically(group: dict) -> None:
    seen = set()
    for text in group["texts"]:
        facts = _facts(text)
        assert len(facts) == 1, f"{text!r}: expected one fact, got {list(facts['surface'])}"
        seen.add((facts.iloc[0]["canonical_value"], facts.iloc[0]["canonical_unit"]))
    assert len(seen) == 1, f"{group['name']}: different canonical values {seen}"
