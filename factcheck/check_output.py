"""Output of `factcheck check`: linter-style text, JSON (docs/check-json.md), markdown, GitHub annotations."""

from __future__ import annotations

import json
import os
from collections import Counter
from typing import Any

from factcheck.check import CheckFinding, Evidence
from factcheck.formats import md_cell

SHOWN = 5  # disagreeing sources quoted per conflict in text and annotations
_COLOURS = {"conflict": "red", "agree": "green", "new": "yellow", "ambiguous": "magenta", "unchecked": "bright_black"}
STATUSES = ("conflict", "agree", "new", "ambiguous", "unchecked")


def _quote(sentence: str, surface: str, width: int = 90) -> str:
    """A short quote of `sentence` around `surface`."""
    at = sentence.find(surface)
    if at < 0 or len(sentence) <= width:
        return sentence if len(sentence) <= width else sentence[: width - 1] + "…"
    start = max(0, at - (width - len(surface)) // 2)
    end = min(len(sentence), start + width)
    return ("…" if start else "") + sentence[start:end] + ("…" if end < len(sentence) else "")


def _one_per_source(evidence: list[Evidence]) -> list[Evidence]:
    """The first piece of evidence of each source (an article may repeat a figure)."""
    seen: set[str] = set()
    return [e for e in evidence if not (e.source in seen or seen.add(e.source))]  # type: ignore[func-returns-value]


def _flat(text: str) -> str:
    """`text` on one line: a hard-wrapped article's figure ("2.14\nmillion barrels") is printed as read."""
    return " ".join(text.split()) if "\n" in text or "  " in text else text


def _describe(f: CheckFinding) -> str:
    surface = _flat(f.fact["surface"])
    if f.fact["kind"] == "date" and f.fact["date_start"]:  # the day a relative date was read as: "Tuesday (2025-06-17)"
        start, end = f.fact["date_start"], f.fact["date_end"]
        surface += f" ({start})" if start == end else f" ({start}..{end})"
    if f.status == "unchecked":
        return f"unchecked: {surface} (no rule covers this {f.fact['kind']})"
    if f.status == "ambiguous":
        return f"ambiguous: {surface} — fits {' and '.join(f.candidates)} equally well; not judged"
    head = f"{f.status}: {_judged_by(f)}: {surface}"
    if f.status == "conflict":
        reasons = []
        if f.expect_agrees is False:
            reasons.append(f"the rule expects {f.expect}")
        disagreeing = _one_per_source(f.disagreeing)
        reasons += [f'{e.source} says {_flat(e.surface)} ("{_flat(_quote(e.quote, e.surface))}")' for e in disagreeing[:SHOWN]]
        if len(disagreeing) > SHOWN:
            reasons.append(f"and {len(disagreeing) - SHOWN} more sources disagree (all of them in --format json)")
        return head + " — " + "; ".join(reasons)
    if f.status == "agree":
        agreeing = [e.source for e in _one_per_source([e for e in f.evidence if e.agrees])]
        who = ", ".join(agreeing[:3]) + (f" and {len(agreeing) - 3} more" if len(agreeing) > 3 else "")
        return head + " — agrees with " + (who or f"the expected {f.expect}")
    return head + " — no source states it yet"


def _judged_by(f: CheckFinding) -> str:
    """The rule that judged a finding, or the claim found without one ("claim long-runway-quantity, no rule")."""
    if f.rule is not None and len(f.candidates) > 1:  # (judged alike by every rule it fits)
        return " = ".join([f.rule, *(r for r in f.candidates if r != f.rule)])
    return f.rule if f.rule is not None or f.claim is None else f"claim {f.claim}, no rule"


def summary(findings: list[CheckFinding]) -> dict[str, int]:
    counts = Counter(f.status for f in findings)
    return {s: counts.get(s, 0) for s in STATUSES}


def render_text(results: list[tuple[str, list[CheckFinding]]], colour: bool, verbose: bool) -> str:
    """Linter-style lines `PATH:LINE:COL: status: RULE: ...` and a summary line; colour for a terminal."""
    lines: list[tuple[str, str]] = []
    total: Counter[str] = Counter()
    for path, findings in results:
        for f in findings:
            total[f.status] += 1
            if f.status == "unchecked" and not verbose:
                continue
            lines.append((f"{path}:{f.line}:{f.column}: ", _describe(f)))
    summary_line = (f"{len(results)} article(s): {total['conflict']} conflict(s), {total['agree']} agreement(s), "
                    f"{total['new']} new, {total['ambiguous']} ambiguous, {total['unchecked']} unchecked")
    if not colour:  # plain text needs no rich (and none of its start-up time)
        return "".join(where + what + "\n" for where, what in lines) + summary_line + "\n"
    from rich.console import Console
    from rich.text import Text

    console = Console(record=True, force_terminal=True, width=10_000, highlight=False, soft_wrap=True,
                      file=open(os.devnull, "w"))
    for where, what in lines:
        status = what.split(":", 1)[0]
        console.print(Text(where) + Text(what, style=_COLOURS[status]))
    console.print(Text(summary_line, style="bold"))
    return console.export_text(styles=True)


def to_json(results: list[tuple[str, list[CheckFinding]]]) -> str:
    articles = []
    total: Counter[str] = Counter()
    for path, findings in results:
        items = []
        for f in findings:
            total[f.status] += 1
            fact = f.fact
            items.append({
                "rule": f.rule, "claim": f.claim, "status": f.status, "severity": f.severity, "surface": fact["surface"],
                "start": fact["start"], "end": fact["end"], "line": f.line, "column": f.column, "kind": fact["kind"],
                "value": fact["value"], "unit": fact["unit"], "canonical_value": fact["canonical_value"],
                "canonical_unit": fact["canonical_unit"], "qualifier": fact["qualifier"],
                "date_start": fact["date_start"], "date_end": fact["date_end"], "expect": f.expect,
                "expect_agrees": f.expect_agrees,
                "evidence": [_evidence(e) for e in f.evidence], "candidates": f.candidates,
            })
        articles.append({"path": path, "findings": items})
    doc = {"articles": articles, "summary": {s: total.get(s, 0) for s in STATUSES}}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def _evidence(e: Evidence) -> dict[str, Any]:
    fact = e.fact
    return {"source": e.source, "surface": e.surface, "quote": e.quote, "agrees": e.agrees,
            "canonical_value": fact.canonical_value, "canonical_unit": fact.canonical_unit,
            "date_start": _iso(fact.date_start), "date_end": _iso(fact.date_end)}


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def render_github(results: list[tuple[str, list[CheckFinding]]]) -> str:
    """One workflow-command annotation per conflict, so a pull request is annotated in place."""
    lines = []
    for path, findings in results:
        for f in findings:
            if f.status != "conflict":
                continue
            level = {"error": "error", "warning": "warning"}.get(f.severity or "", "notice")
            message = _escape_data(_describe(f))
            lines.append(f"::{level} file={_escape_property(path)},line={f.line},col={f.column},"
                         f"title={_escape_property(_judged_by(f))}::{message}")
    return "\n".join(lines) + ("\n" if lines else "")


def _escape_data(text: str) -> str:
    """A workflow command's message: its line breaks (and the escape character) encoded."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """A workflow command's property (a file name may hold ',' or ':', which would end it)."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_markdown(results: list[tuple[str, list[CheckFinding]]]) -> str:
    parts = []
    for path, findings in results:
        s = summary(findings)
        icon = "❌" if s["conflict"] else "✅"
        parts.append(f"# factcheck: {md_cell(path)}\n\n**{icon} {s['conflict']} conflict(s), {s['agree']} agreement(s), "
                     f"{s['new']} new, {s['ambiguous']} ambiguous, {s['unchecked']} unchecked**\n")
        parts.append("| Line | Rule | Status | Figure | What the sources say |\n|---|---|---|---|---|")
        for f in findings:
            if f.status == "unchecked":
                continue
            said = "<br>".join(f"{'✅' if e.agrees else '❌'} {md_cell(e.source)}: {md_cell(e.surface)}" for e in f.evidence)
            if f.expect:
                said = f"{'✅' if f.expect_agrees else '❌'} expected {md_cell(f.expect)}" + ("<br>" + said if said else "")
            if f.status == "ambiguous":
                said = "fits " + " and ".join(f"`{c}`" for c in f.candidates) + " equally well"
            parts.append(f"| {f.line}:{f.column} | `{md_cell(_judged_by(f))}` | {f.status} | **{md_cell(f.fact['surface'])}** | {said} |")
        parts.append("")
    return "\n".join(parts)
