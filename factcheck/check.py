"""Check one article against the corpus and the rules: each covered fact agrees, conflicts or is new.

Works on plain Fact records (the article's, and the corpus evidence of each rule), with no
pandas, so a check against a cached corpus starts and finishes fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factcheck.articles import Article
from factcheck.engine.matching import attribute_candidates, date_index, facts_agree, figure_key, parts_of_totals, rule_candidates
from factcheck.evidence import CorpusEvidence
from factcheck.facts import Fact, fact_record
from factcheck.rules.model import SEVERITY_RANK, RuleSet
from factcheck.text import LineIndex


@dataclass
class Evidence:
    source: str
    surface: str
    quote: str
    agrees: bool
    fact: Fact


@dataclass
class CheckFinding:
    rule: str | None
    status: str  # agree | conflict | new | ambiguous | unchecked
    severity: str | None
    fact: dict[str, Any]
    line: int
    column: int
    expect: str | None = None
    expect_agrees: bool | None = None
    evidence: list[Evidence] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)  # ambiguous: the rules that fit equally well
    claim: str | None = None  # judged without a rule: the discovered claim (`check_discovered`)
    part: bool = False  # unchecked as a part of a total a rule measures (`parts_of_totals`): judged by no discovered claim

    @property
    def disagreeing(self) -> list[Evidence]:
        return [e for e in self.evidence if not e.agrees]


def check_article(article: Article, facts: list[Fact], corpus: CorpusEvidence, ruleset: RuleSet) -> list[CheckFinding]:
    """Compare each fact of `article` with the rules' expected values and what the corpus says
    (`corpus`: each rule's corpus facts and their consensus, from `evidence`)."""
    lines = LineIndex(article.text, article.body_line_offset)
    candidates = rule_candidates(facts, ruleset.rules, date_index(facts))
    parts = parts_of_totals(facts, candidates)
    assigned = attribute_candidates(facts, candidates, parts=parts)
    findings: list[CheckFinding] = []
    covered: set[int] = set()
    rules = {rule.id: rule for rule in ruleset.rules if rule.check == "consistency"}
    told: dict[str, _Told] = {}  # (each rule's corpus figures and consensus, read once: `_told`)

    def judge(i: int, rule: Any) -> CheckFinding:
        if rule.id not in told:
            told[rule.id] = _told(rule, article, corpus)
        line, column = lines.position(facts[i].start)
        return _judge(facts[i], rule, told[rule.id], line, column)

    for i, rule_ids in enumerate(assigned):
        if len(rule_ids) > 1:
            covered.add(i)
            judged = [judge(i, rules[r]) for r in rule_ids if r in rules]
            if len(judged) == len(rule_ids) and len({f.status for f in judged}) == 1 and judged[0].status in ("agree", "conflict"):
                # (every rule the figure fits says the same of it: "established diplomatic ties in 1949" agrees with the
                # year of recognition and of the ties alike, and "in 1950" conflicts with both)
                finding = max(judged, key=lambda f: SEVERITY_RANK[f.severity or "info"])
                finding.candidates = list(rule_ids)
                findings.append(finding)
            else:
                line, column = lines.position(facts[i].start)
                findings.append(CheckFinding(None, "ambiguous", None, fact_record(facts[i]), line, column,
                                             candidates=list(rule_ids)))
    for rule in rules.values():
        mine = [i for i, ids in enumerate(assigned) if ids == (rule.id,)]
        covered.update(mine)
        findings.extend(judge(i, rule) for i in mine)
    for i, fact in enumerate(facts):
        if i not in covered:
            line, column = lines.position(fact.start)
            findings.append(CheckFinding(None, "unchecked", None, fact_record(fact), line, column, part=i in parts))
    findings.sort(key=lambda f: (int(f.fact["start"]), f.rule or ""))
    return findings


@dataclass
class _Told:
    """What the corpus says of one rule, but the checked article: its figures, their keys, and their consensus."""
    theirs: list[Fact]
    keys: list[tuple[Any, ...]]
    consensus: Fact | None


def _told(rule: Any, article: Article, corpus: CorpusEvidence) -> _Told:
    theirs = [t for t in corpus.facts.get(rule.id, []) if t.source != article.source]
    return _Told(theirs, [figure_key(t) for t in theirs], corpus.consensus_without(rule, article.source))


def _judge(fact: Fact, rule: Any, told: _Told, line: int, column: int) -> CheckFinding:
    """One fact judged by one consistency rule: against its expected value, else the corpus's consensus, with the
    corpus's figures of the rule as evidence."""
    consensus = told.consensus
    agreement: dict[tuple[Any, ...], bool] = {}  # identical figures agree alike: compare each once
    evidence = []
    for key, t in zip(told.keys, told.theirs, strict=True):
        if key not in agreement:
            agreement[key] = facts_agree(fact, t, rule.tolerance)
        evidence.append(Evidence(t.source, t.surface, t.sentence, agreement[key], t))
    expect_ok = facts_agree(fact, rule.expect, rule.tolerance) if rule.expect is not None else None
    if expect_ok is False:
        status = "conflict"
    elif expect_ok is None and consensus is not None and not facts_agree(fact, consensus, rule.tolerance):
        status = "conflict"
    elif expect_ok or evidence:
        status = "agree"
    else:
        status = "new"
    return CheckFinding(rule.id, status, rule.severity, fact_record(fact), line, column, rule.expect_text, expect_ok, evidence)


def has_failure(findings: list[CheckFinding], fail_on: str = "error") -> bool:
    if fail_on == "never":
        return False
    return any(f.status == "conflict" and SEVERITY_RANK[f.severity or "info"] >= SEVERITY_RANK[fail_on]
               for f in findings)
