"""Check one article against the corpus and the rules: each covered fact agrees, conflicts or is new."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from factcheck.articles import Article
from factcheck.engine.pandas_engine import consensus_fact, facts_agree, select
from factcheck.facts import records
from factcheck.rules.model import SEVERITY_RANK, RuleSet
from factcheck.text import LineIndex


@dataclass
class Evidence:
    source: str
    surface: str
    quote: str
    agrees: bool
    fact: dict[str, Any]


@dataclass
class CheckFinding:
    rule: str | None
    status: str  # agree | conflict | new | unchecked
    severity: str | None
    fact: dict[str, Any]
    line: int
    column: int
    expect: str | None = None
    expect_agrees: bool | None = None
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def disagreeing(self) -> list[Evidence]:
        return [e for e in self.evidence if not e.agrees]


def check_article(article: Article, article_facts: pd.DataFrame, corpus: pd.DataFrame, ruleset: RuleSet) -> list[CheckFinding]:
    """Compare each fact of `article` with the rules' expected values and the corpus sources."""
    corpus = corpus[corpus["source"] != article.source]
    lines = LineIndex(article.text, article.body_line_offset)
    rows = records(article_facts)
    findings: list[CheckFinding] = []
    covered: set[int] = set()
    for rule in ruleset.rules:
        if rule.check != "consistency":
            continue
        mine = article_facts[select(article_facts, rule)]
        if mine.empty:
            continue
        theirs = corpus[select(corpus, rule)].sort_values(["source", "start"], kind="stable")
        their_rows = list(theirs.itertuples())
        their_records = records(theirs)
        for position, fact in zip(mine.index, mine.itertuples(), strict=True):
            covered.add(int(position))
            evidence = [
                Evidence(t.source, t.surface, t.sentence, facts_agree(fact, t, rule.tolerance), rec)
                for t, rec in zip(their_rows, their_records, strict=True)
            ]
            expect_ok = facts_agree(fact, rule.expect, rule.tolerance) if rule.expect is not None else None
            if expect_ok is False:
                status = "conflict"
            elif expect_ok is None and evidence and not facts_agree(
                    fact, consensus_fact(their_rows, rule.tolerance), rule.tolerance):
                status = "conflict"
            elif expect_ok or evidence:
                status = "agree"
            else:
                status = "new"
            line, column = lines.position(int(fact.start))
            findings.append(CheckFinding(rule.id, status, rule.severity, rows[int(position)], line, column,
                                         rule.expect_text, expect_ok, evidence))
    for position, row in enumerate(rows):
        if position not in covered:
            line, column = lines.position(int(row["start"]))
            findings.append(CheckFinding(None, "unchecked", None, row, line, column))
    findings.sort(key=lambda f: (int(f.fact["start"]), f.rule or ""))
    return findings


def has_failure(findings: list[CheckFinding], fail_on: str = "error") -> bool:
    if fail_on == "never":
        return False
    return any(f.status == "conflict" and SEVERITY_RANK[f.severity or "info"] >= SEVERITY_RANK[fail_on]
               for f in findings)
