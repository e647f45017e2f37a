"""`check` where no rule covers a figure: what other sources said of the same claim, found without rules.

The article's figures that no rule covers are set among the corpus's with discovery (docs/discover.md); a claim
that pairs one of them with figures of other sources judges it. An outlier (most other sources agree with one
another and not with the article) is a conflict of severity `error`; a possible conflict with no majority (one
other source says otherwise) is one of severity `warning`; agreement is agreement. The finding names the claim
(`claim`), not a rule.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from factcheck.check import CheckFinding, Evidence
from factcheck.engine.matching import facts_agree
from factcheck.facts import Fact, from_row, to_frame

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.articles import Article

def with_discovered(article: Article, facts: list[Fact], findings: list[CheckFinding],
                    corpus: pd.DataFrame) -> list[CheckFinding]:
    """`findings` with each unchecked figure of `article` that discovery pairs with other sources' judged by them."""
    import pandas as pd

    from factcheck.discover import ROUNDING, discover, record_since

    # (not a part of a total a rule measures: "pipeline gas imports jumped 61.7% to 22.7 bcm; including LNG, total gas
    # flows touched 33.7 bcm" is no figure of the others' "gas imports rose nearly 40% to 33.7 bcm")
    unchecked = {int(f.fact["start"]): i for i, f in enumerate(findings) if f.status == "unchecked" and not f.part}
    if not unchecked or corpus.empty:
        return findings
    source = article.source
    others = corpus[corpus["source"] != source]  # (the article itself, if the corpus holds it, says nothing new)
    if others.empty:
        return findings
    # (in the corpus's own order, by source: discovery settles ties between equally good pairings by order, and the
    # article checked among the others should be paired as `discover` pairs it in a corpus that holds it)
    table = pd.concat([others, to_frame(facts)], ignore_index=True).sort_values(["source", "start"], kind="stable",
                                                                                ignore_index=True)
    out = list(findings)
    full: dict[tuple[str, int, int], Fact] | None = None  # (discovery's rows keep a few columns: the facts whole)
    mine_by_start = {f.start: f for f in facts}
    for claim in discover(table, told_once=False):  # (each figure of the article that disagrees, the same value twice too)
        mine = [(r, ok) for r, ok in zip(claim.rows, claim.agrees, strict=True) if r.source == source]
        theirs = [r for r in claim.rows if r.source != source]
        for row, agrees_with_consensus in mine:
            at = unchecked.get(int(row.start))
            if at is None or not theirs:
                continue
            if full is None:
                full = {(str(r.source), int(r.start), int(r.end)): from_row(r) for r in others.itertuples(index=False)}
            fact = mine_by_start[int(row.start)]
            said = [full[(str(r.source), int(r.start), int(r.end))] for r in theirs]
            if record_since(fact):  # (compared as the claim compares it: a record's year is a point)
                fact, said = replace(fact, qualifier="exact"), [replace(t, qualifier="exact") if record_since(t) else t for t in said]
            evidence = [Evidence(t.source, t.surface, t.sentence, facts_agree(fact, t, ROUNDING), t) for t in said]
            disagreeing = [e for e in evidence if not e.agrees]
            if not disagreeing or (claim.has_majority and agrees_with_consensus):
                status, severity = "agree", None
            else:
                status, severity = "conflict", "error" if claim.has_majority else "warning"
            out[at] = replace(findings[at], status=status, severity=severity, evidence=evidence, claim=claim.id)
    return out
