"""Output of `factcheck check`: linter-style text, JSON (docs/check-json.md), markdown, GitHub annotations."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from factcheck.check import CheckFinding
from factcheck.formats import md_cell

_COLOURS = {"conflict": "red", "agree": "green", "new": "yellow", "unchecked": "bright_black"}


def _quote(sentence: str, surface: str, width: int = 90) -> str:
    """A short quote of `sentence` around `surface`."""
    at = sentence.find(surface)
    if at < 0 or len(sentence) <= width:
        return sentence if len(sentence) <= width else sentence[: width - 1] + "…"
    start = max(0, at - (width - len(surface)) // 2)
    end = min(len(sentence), start + width)
    return ("…" if start else "") + sentence[start:end] + ("…" if end < len(sentence) else "")


def _describe(f: CheckFinding) -> str:
    surface = f.fact["surface"]
    if f.status == "unchecked":
        return f"unchecked: {surface} (no rule covers this {f.fact['kind']})"
    head = f"{f.status}: {f.rule}: {surface}"
    if f.status == "conflict":
        reasons = []
        if f.expect_agrees is False:
            reasons.append(f"the rule expects {f.expect}")
        reasons += [f'{e.source} says {e.surface} ("{_quote(e.quote, e.surface)}")' for e in f.disagreeing]
        return head + " — " + "; ".join(reasons)
    if f.status == "agree":
        agreeing = [e.source for e in f.evidence if e.agrees]
        who = ", ".join(agreeing[:3]) + (f" and {len(agreeing) - 3} more" if len(agreeing) > 3 else "")
        return head + " — agrees with " + (who or f"the expected {f.expect}")
    return head + " — no source states it yet"


def summary(findings: list[CheckFinding]) -> dict[str, int]:
    counts = Counter(f.status for f in findings)
    return {s: counts.get(s, 0) for s in ("conflict", "agree", "new", "unchecked")}


def render_text(results: list[tuple[str, list[CheckFinding]]], colour: bool, verbose: bool) -> str:
    from rich.console import Console

    console = Console(record=True, force_terminal=colour, no_color=not colour, width=10_000, highlight=False,
                      soft_wrap=True, file=open("/dev/null", "w"))
    total: Counter[str] = Counter()
    for path, findings in results:
        for f in findings:
            total[f.status] += 1
            if f.status == "unchecked" and not verbose:
                continue
            style = _COLOURS[f.status]
            console.print(f"{path}:{f.line}:{f.column}: [{style}]{_describe(f)}[/{style}]", markup=True)
    line = (f"{len(results)} article(s): {total['conflict']} conflict(s), {total['agree']} agreement(s), "
            f"{total['new']} new, {total['unchecked']} unchecked")
    console.print(line, style="bold")
    return console.export_text(styles=colour)


def to_json(results: list[tuple[str, list[CheckFinding]]]) -> str:
    articles = []
    total: Counter[str] = Counter()
    for path, findings in results:
        items = []
        for f in findings:
            total[f.status] += 1
            fact = f.fact
            items.append({
                "rule": f.rule, "status": f.status, "severity": f.severity, "surface": fact["surface"],
                "start": fact["start"], "end": fact["end"], "line": f.line, "column": f.column, "kind": fact["kind"],
                "value": fact["value"], "unit": fact["unit"], "canonical_value": fact["canonical_value"],
                "canonical_unit": fact["canonical_unit"], "qualifier": fact["qualifier"],
                "date_start": fact["date_start"], "date_end": fact["date_end"], "expect": f.expect,
                "expect_agrees": f.expect_agrees,
                "evidence": [_evidence(e) for e in f.evidence],
            })
        articles.append({"path": path, "findings": items})
    doc = {"articles": articles, "summary": {s: total.get(s, 0) for s in ("conflict", "agree", "new", "unchecked")}}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def _evidence(e: Any) -> dict[str, Any]:
    return {"source": e.source, "surface": e.surface, "quote": e.quote, "agrees": e.agrees,
            "canonical_value": e.fact["canonical_value"], "canonical_unit": e.fact["canonical_unit"],
            "date_start": e.fact["date_start"], "date_end": e.fact["date_end"]}


def render_github(results: list[tuple[str, list[CheckFinding]]]) -> str:
    """One workflow-command annotation per conflict, so a pull request is annotated in place."""
    lines = []
    for path, findings in results:
        for f in findings:
            if f.status != "conflict":
                continue
            level = {"error": "error", "warning": "warning"}.get(f.severity or "", "notice")
            message = _describe(f).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
            lines.append(f"::{level} file={path},line={f.line},col={f.column},title={f.rule}::{message}")
    return "\n".join(lines) + ("\n" if lines else "")


def render_markdown(results: list[tuple[str, list[CheckFinding]]]) -> str:
    parts = []
    for path, findings in results:
        s = summary(findings)
        icon = "❌" if s["conflict"] else "✅"
        parts.append(f"# factcheck: {md_cell(path)}\n\n**{icon} {s['conflict']} conflict(s), {s['agree']} agreement(s), "
                     f"{s['new']} new, {s['unchecked']} unchecked**\n")
        parts.append("| Line | Rule | Status | Figure | What the sources say |\n|---|---|---|---|---|")
        for f in findings:
            if f.status == "unchecked":
                continue
            said = "<br>".join(f"{'✅' if e.agrees else '❌'} {md_cell(e.source)}: {md_cell(e.surface)}" for e in f.evidence)
            if f.expect:
                said = f"{'✅' if f.expect_agrees else '❌'} expected {md_cell(f.expect)}" + ("<br>" + said if said else "")
            parts.append(f"| {f.line}:{f.column} | `{f.rule}` | {f.status} | **{md_cell(f.fact['surface'])}** | {said} |")
        parts.append("")
    return "\n".join(parts)
