"""`factcheck rules explain`: which facts a rule takes, and why each near miss (a fact of the rule's
kind and unit that it does not take) was left out: a missing or distant word, a `not_words` entry, the
period, or a rule or figure that fits better."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck.engine.matching import CLAIM, CLAUSE, kind_ok, reasons, word_level
from factcheck.rules.model import Rule, RuleSet

if TYPE_CHECKING:
    import pandas as pd

SHOWN = 40


def explain_rule(facts: pd.DataFrame, ruleset: RuleSet, rule: Rule) -> str:
    """The explanation as text lines, for a fact table and one consistency rule of `ruleset`."""
    from factcheck.engine.pandas_engine import MATCH_COLUMNS, attribution, plain_rows, table_dates

    rules = [r for r in ruleset.rules if r.check == "consistency" and r.match is not None]
    assigned = dict(attribution(facts, rules))
    dates = table_dates(facts)
    rows = list(plain_rows(facts[list(MATCH_COLUMNS)]))
    taken, ambiguous, missed = [], [], []
    for position, row in enumerate(rows):
        if not kind_ok(row, rule):
            continue
        ids = assigned.get(position, ())
        if ids == (rule.id,):
            taken.append(row)
        elif rule.id in ids:
            ambiguous.append((row, [i for i in ids if i != rule.id]))
        else:
            why = reasons(row, rule, dates)
            if not why:
                why = [f"fits {', '.join(ids)} better" if ids else "another figure of its sentence fits better"]
            missed.append((row, why))
    lines = [f"{rule.id}: {rule.title} ({rule.path}:{rule.line})"]
    lines.append(f"takes {len(taken)} fact(s):")
    lines += [f"  {_where(row)} — {_evidence(row, rule)}" for row in taken[:SHOWN]]
    lines += _more(len(taken))
    if ambiguous:
        lines.append(f"ambiguous, judged by no rule: {len(ambiguous)}")
        lines += [f"  {_where(row)} — fits {', '.join(others)} equally well" for row, others in ambiguous[:SHOWN]]
        lines += _more(len(ambiguous))
    missed.sort(key=lambda item: (len(item[1]), any("not in the sentence" in why for why in item[1])))  # closest first
    lines.append(f"near misses (the rule's kind and unit, not taken), closest first: {len(missed)}")
    lines += [f"  {_where(row)} — {'; '.join(why)}" for row, why in missed[:SHOWN]]
    lines += _more(len(missed))
    return "\n".join(lines) + "\n"


def _where(row: Any) -> str:
    return f"{row.source}: {row.surface!r}"


def _evidence(row: Any, rule: Rule) -> str:
    assert rule.match is not None
    found = []
    for entry in rule.match.words:
        level = word_level(row, entry)
        found.append(f"{entry!r} {'in its claim' if level == CLAIM else 'in its clause' if level == CLAUSE else '?'}")
    return ", ".join(found) or "no words asked for"


def _more(n: int) -> list[str]:
    return [f"  … and {n - SHOWN} more"] if n > SHOWN else []
