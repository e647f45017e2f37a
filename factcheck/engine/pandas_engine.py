"""Evaluate rules on a pandas fact table; findings are a DataFrame (schema in docs/schema.md).

select_all() attributes facts to rules article by article, so it runs unchanged per partition of a
larger (Dask) table; evaluate() then works on the few selected rows of each rule. What a rule matches and when two
facts agree is decided row by row in `matching`, shared with `check` (which has no pandas).
"""

from __future__ import annotations

import itertools
from collections import namedtuple
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from factcheck.engine.matching import (
    Counts,
    DateIndex,
    Strength,
    attribute_candidates,
    clauses_apart,
    consensus_fact,
    date_index,
    facts_agree,
    nan_to_none,
    sentence_counts,
    strength,
    unit_of_its_size,
)
from factcheck.errors import RuleError
from factcheck.facts import Fact
from factcheck.rules.expression import Value, figure_value
from factcheck.rules.expression import evaluate as evaluate_expression
from factcheck.rules.model import Rule, RuleSet

__all__ = ["consensus_fact", "evaluate", "evaluate_selected", "facts_agree", "plain_rows", "select_all", "uncovered"]

FINDING_COLUMNS = (
    "rule_id", "title", "severity", "check", "rule_status", "source", "fact_status", "surface", "sentence",
    "start", "end", "kind", "value", "unit", "canonical_value", "canonical_unit", "date_start", "date_end",
    "reference", "message",
)
STATUSES = ("conflict", "single-source", "missing", "agree")


MATCH_COLUMNS = ("source", "sentence_index", "sentence_start", "start", "end", "sentence", "claim", "clause", "unit",
                  "claim_start", "clause_start", "kind", "dimension", "canonical_unit", "change", "date_start", "date_end",
                  "period", "published", "surface")


def kind_mask(facts: pd.DataFrame, rule: Rule) -> np.ndarray:
    """The facts of a rule's kind that convert to its unit (vectorised `matching.kind_ok`)."""
    assert rule.match is not None
    mask = (facts["kind"] == rule.match.kind).to_numpy(dtype=bool)
    if rule.unit_dimension is not None:
        mask &= (facts["dimension"] == rule.unit_dimension).to_numpy(dtype=bool)
        if rule.match.kind in ("money", "count"):
            mask &= (facts["canonical_unit"] == rule.unit_canonical).to_numpy(dtype=bool)
    if rule.unit_size and (kept := np.flatnonzero(mask)).size:  # (only the rows of its kind and unit are asked)
        units = facts["unit"].to_numpy()[kept]
        mask[kept] = [unit_of_its_size(str(unit), rule.unit_size) for unit in units]
    return mask


def attribution(facts: pd.DataFrame, rules: list[Rule]) -> list[tuple[int, tuple[str, ...]]]:
    """(row position, rule ids) of every fact some rule could take: `matching.attribute` on the
    table, with the kind and unit tests vectorised and only the candidate rows made into records."""
    if facts.empty or not rules:
        return []
    masks = [kind_mask(facts, rule) for rule in rules]
    positions = np.flatnonzero(np.logical_or.reduce(masks))
    if not len(positions):
        return []
    dates = table_dates(facts)
    rows = list(plain_rows(facts.iloc[positions][list(MATCH_COLUMNS)]))
    apart = _clauses_apart(facts, rows)
    candidates: list[dict[str, Strength]] = [{} for _ in rows]
    for rule, mask in zip(rules, masks, strict=True):
        for j in np.flatnonzero(mask[positions]):
            found = strength(rows[j], rule, dates, apart.get(j))
            if found is not None:
                candidates[j][rule.id] = found
    counts: Counts = {}  # (the sentences' counts, read only when a count is some rule's candidate: its parts may be any count)
    if any(found and row.kind == "count" for row, found in zip(rows, candidates, strict=True)):
        counted = facts[(facts["kind"] == "count").to_numpy(dtype=bool)]
        counts = sentence_counts(plain_rows(counted[["source", "sentence_index", "start", "kind", "value", "value_high"]]))
    assigned = attribute_candidates(rows, candidates, counts)
    return [(int(positions[j]), ids) for j, ids in enumerate(assigned) if ids]


_APART_COLUMNS = ["source", "sentence_index", "start", "end", "kind", "canonical_unit", "claim_start", "claim", "clause"]


def _clauses_apart(facts: pd.DataFrame, rows: list[Any]) -> dict[int, str]:
    """`matching.clauses_apart` of the candidate `rows`, read against every figure of their sentences (a bare count a
    rule never takes still owns the words of its claim)."""
    figures = facts[facts["kind"].to_numpy() != "date"]
    keys = figures["source"].astype(str) + "\x00" + figures["sentence_index"].astype(str)
    crowded = figures[keys.duplicated(keep=False).to_numpy()]
    if crowded.empty:
        return {}
    wanted = {(str(r.source), int(r.sentence_index)) for r in rows}
    crowded = crowded[[(str(s), int(i)) in wanted for s, i in zip(crowded["source"], crowded["sentence_index"], strict=True)]]
    if crowded.empty:
        return {}
    others = list(plain_rows(crowded[_APART_COLUMNS]))
    blanked = {(str(others[i].source), int(others[i].sentence_index), int(others[i].start)): text
               for i, text in clauses_apart(others).items()}
    return {j: text for j, r in enumerate(rows) if (text := blanked.get((str(r.source), int(r.sentence_index), int(r.start)))) is not None}


def table_dates(facts: pd.DataFrame) -> DateIndex:
    """The date_index of a fact table."""
    return date_index(plain_rows(facts[["source", "sentence_index", "sentence_start", "sentence", "kind", "start", "claim_start",
                                        "clause_start", "date_start", "date_end", "qualifier", "claim"]]))


def plain_rows(frame: pd.DataFrame) -> Iterator[Any]:
    """Rows with attribute access, like itertuples, from plain Python column lists (iterating
    Arrow-backed string columns value by value is slow)."""
    row_type = namedtuple("Row", list(frame.columns))  # type: ignore[misc]
    return map(row_type._make, zip(*(frame[c].to_numpy(dtype=object) for c in frame.columns), strict=True))


# ---- evaluation ------------------------------------------------------------------------------

@dataclass
class _Outcome:
    status: str
    reference: Any | None  # what the sources say (their consensus fact), or the rule's expect when none does


def _reference_label(ref: Any, rule: Rule) -> str:
    if isinstance(ref, Fact) and ref.source == "rule":
        return f"expected {rule.expect_text}"
    return f"{ref.source}: {ref.surface}"


def _consistency(rule: Rule, rows: pd.DataFrame, out: list[dict[str, Any]]) -> _Outcome:
    items = list(rows.itertuples())
    if not items:
        out.append(_row(rule, "missing", None, "missing", "", "no source states this fact"))
        return _Outcome("missing", rule.expect)
    consensus = consensus_fact(items, rule.tolerance)
    reference: Any = rule.expect if rule.expect is not None else consensus
    verdicts = [facts_agree(item, reference, rule.tolerance) for item in items]
    sources = {item.source for item in items}
    if not all(verdicts):
        status = "conflict"
    elif len(sources) >= 2:
        status = "agree"
    else:
        status = "single-source"
    label = _reference_label(reference, rule)
    for item, ok in zip(items, verdicts, strict=True):
        fact_status = "agree" if ok else "conflict"  # each fact's own verdict: agreeing sources are never blamed
        message = "" if ok else f"disagrees with {label}"
        out.append(_row(rule, status, item, fact_status, label, message))
    return _Outcome(status, consensus)


def _value_of(ref: Any) -> Any:
    if ref.kind == "date":
        start, end = ref.date_start, ref.date_end
        return Value(date_start=start.date() if isinstance(start, pd.Timestamp) else start,
                     date_end=end.date() if isinstance(end, pd.Timestamp) else end)
    return figure_value(str(ref.kind), float(ref.canonical_value), str(ref.canonical_unit))


def _relation(rule: Rule, outcomes: dict[str, _Outcome], out: list[dict[str, Any]]) -> None:
    assert rule.relation is not None
    refs = {name: outcomes[rule_id].reference for name, rule_id in rule.uses.items()}
    lacking = [rule.uses[n] for n, r in refs.items() if r is None]
    if lacking:
        out.append(_row(rule, "missing", None, "missing", rule.relation, f"no value for {', '.join(lacking)}"))
        return
    try:
        tol = rule.tolerance
        holds = bool(evaluate_expression(rule.relation, {n: _value_of(r) for n, r in refs.items()},
                                         relative=tol.amount if tol.mode == "relative" else 0.0,
                                         absolute=tol.amount if tol.mode == "absolute" else 0.0))
    except (ValueError, TypeError, ArithmeticError, KeyError, AttributeError) as exc:
        # the rule cannot be computed on what the sources say: an error of the rule, never a conflict
        raise RuleError(f"relation: cannot evaluate {rule.relation}: {exc or type(exc).__name__}", rule.path, rule.line) from exc
    message = "" if holds else f"relation does not hold: {rule.relation}"
    status = "agree" if holds else "conflict"
    for name, ref in refs.items():
        is_expect = isinstance(ref, Fact) and ref.source == "rule"
        out.append(_row(rule, status, None if is_expect else ref, status, f"{name} = {ref.surface}", message))


def _row(rule: Rule, rule_status: str, item: Any | None, fact_status: str, reference: str, message: str) -> dict[str, Any]:
    row: dict[str, Any] = {
        "rule_id": rule.id, "title": rule.title, "severity": rule.severity, "check": rule.check,
        "rule_status": rule_status, "fact_status": fact_status, "reference": reference, "message": message,
    }
    for column in ("source", "surface", "sentence", "start", "end", "kind", "value", "unit", "canonical_value",
                   "canonical_unit", "date_start", "date_end"):
        row[column] = None if item is None else nan_to_none(getattr(item, column))
    return row


CHUNK_ROWS = 20_000  # rows selected at a time: every rule sees a chunk while its sentences are in cache


def select_all(facts: pd.DataFrame, ruleset: RuleSet) -> pd.DataFrame:
    """The facts each consistency rule judges, tagged with a `rule_id` column (each fact goes to at
    most one rule; facts two rules fit equally well go to none, unless every one of them judges it alike by its
    expected value: then to each). Works on whole articles, so it runs per
    partition of a larger table; large tables are taken in chunks of whole articles."""
    rules = [rule for rule in ruleset.rules if rule.check == "consistency" and rule.match is not None]
    by_id = {rule.id: rule for rule in rules}
    parts = []
    for chunk in _article_chunks(facts):
        assigned = []
        for pos, ids in attribution(chunk, rules):
            if len(ids) == 1:
                assigned.append((pos, ids[0]))
            elif _judged_alike(chunk.iloc[pos], [by_id[i] for i in ids]):
                assigned.extend((pos, i) for i in ids)  # ("established diplomatic ties in 1950": wrong for both rules)
        if assigned:
            positions, rule_ids = zip(*assigned, strict=True)
            parts.append(chunk.iloc[list(positions)].assign(rule_id=pd.array(rule_ids, dtype="string")))
    if not parts:
        return facts.iloc[0:0].assign(rule_id=pd.Series(dtype="string"))
    return pd.concat(parts, ignore_index=True)


def _judged_alike(fact: Any, rules: list[Rule]) -> bool:
    """Whether every rule a figure fits equally well expects a value and judges it alike (agrees with all, or with
    none): then each rule takes it, as `check` reports it. A rule judged by its sources' consensus takes no such figure
    (the figure would weigh in the consensus it is judged by)."""
    if not rules or any(rule.expect is None for rule in rules):
        return False
    return len({facts_agree(fact, rule.expect, rule.tolerance) for rule in rules}) == 1


def _article_chunks(facts: pd.DataFrame) -> list[pd.DataFrame]:
    if len(facts) <= CHUNK_ROWS:
        return [facts]
    sources = facts["source"].to_numpy()
    cuts = [0]
    for at in range(CHUNK_ROWS, len(facts), CHUNK_ROWS):
        while at < len(facts) and sources[at] == sources[at - 1]:  # never split an article
            at += 1
        if cuts[-1] < at < len(facts):
            cuts.append(at)
    cuts.append(len(facts))
    return [facts.iloc[a:b] for a, b in itertools.pairwise(cuts) if b > a]


def evaluate(facts: pd.DataFrame, ruleset: RuleSet) -> pd.DataFrame:
    """Findings of every rule: one row per (rule, matched fact), or one row for a missing rule."""
    return evaluate_selected(select_all(facts, ruleset), ruleset)


def evaluate_selected(selected: pd.DataFrame, ruleset: RuleSet) -> pd.DataFrame:
    """Findings from the output of `select_all` (from any engine, in any row order)."""
    out: list[dict[str, Any]] = []
    outcomes: dict[str, _Outcome] = {}
    groups = dict(tuple(selected.groupby("rule_id", sort=False))) if len(selected) else {}
    for rule in ruleset.rules:
        if rule.check == "consistency":
            rows = groups.get(rule.id, selected.iloc[0:0]).drop(columns="rule_id")
            rows = rows.sort_values(["source", "start"], kind="stable")
            outcomes[rule.id] = _consistency(rule, rows, out)
    for rule in ruleset.rules:
        if rule.check == "relation":
            _relation(rule, outcomes, out)
    findings = pd.DataFrame(out, columns=list(FINDING_COLUMNS))
    for column in ("start", "end"):
        findings[column] = findings[column].astype("Int64")
    for column in ("value", "canonical_value"):
        findings[column] = findings[column].astype("float64")
    for column in ("date_start", "date_end"):
        findings[column] = pd.to_datetime(findings[column]).astype("datetime64[s]")
    return findings


def uncovered(facts: pd.DataFrame, findings: pd.DataFrame) -> pd.DataFrame:
    """Facts that no rule covers."""
    covered = findings.dropna(subset=["start"])[["source", "start"]]
    keys = set(zip(covered["source"], covered["start"].astype(int), strict=True))
    mask = [(s, int(st)) not in keys for s, st in zip(facts["source"], facts["start"], strict=True)]
    return facts[mask]
