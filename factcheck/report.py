"""The markdown report: a verdict line, a summary table, conflicts with quotes, then appendices.

Made for a pull-request comment or a GitHub job summary: deterministic for identical input and
kept under GitHub's 65,536-character comment limit by truncating the appendices with a note.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pandas as pd

from factcheck.facts import is_missing
from factcheck.formats import TABLE_COLUMNS, md_cell, short_number
from factcheck.rules.model import SEVERITY_RANK

GITHUB_LIMIT = 65_536
_ICON = {"conflict": "❌", "agree": "✅", "single-source": "⚠️", "missing": "➖"}
_ORDER = {"conflict": 0, "single-source": 1, "missing": 2, "agree": 3}


def display_value(row: pd.Series) -> str:
    """The figure as written, as the summary shows it."""
    return str(row["surface"]) if pd.notna(row["surface"]) else ""


def bold_in_sentence(sentence: str, surface: str) -> str:
    """The sentence as a quote with the figure in bold."""
    sentence = md_cell(sentence)
    surface = md_cell(surface)
    if surface and surface in sentence:
        sentence = sentence.replace(surface, f"**{surface}**", 1)
    return sentence


QUOTED_OUTLIERS = 10  # outliers quoted per conflicting rule of a large corpus
PER_SOURCE_UP_TO = 8  # rules with this many facts or fewer list each source; larger ones get a tally
SOURCES_SHOWN = 5  # sources named per figure in a tally
FIGURES_SHOWN = 4  # distinct figures in a summary cell
UNDATED_SHOWN = 20  # articles named in the list of those without a published date


def named_sources(sources: list[str], shown: int = UNDATED_SHOWN) -> str:
    """'`a`, `b` and 3 more': the first `shown` sources, as code, then how many more."""
    names = ", ".join(f"`{md_cell(s)}`" for s in sources[:shown])
    return names + (f" and {len(sources) - shown} more" if len(sources) > shown else "")


def figure_tally(group: pd.DataFrame) -> list[tuple[str, bool, list[str]]]:
    """A rule's facts as distinct figures: (figure, disagrees, sources), outliers first, then the
    figures most sources give. Figures are told apart by canonical value and unit (or date range)."""
    tally: dict[tuple[object, ...], tuple[str, bool, list[str]]] = {}
    for r in group.itertuples():
        if not isinstance(r.source, str) or not r.source:
            continue
        key = (r.canonical_value, r.canonical_unit, r.date_start, r.date_end, r.fact_status == "conflict")
        sources = tally.setdefault(key, (str(r.surface), r.fact_status == "conflict", []))[2]
        if r.source not in sources:
            sources.append(r.source)
    return sorted(tally.values(), key=lambda t: (not t[1], -len(t[2])))


def _tally_line(figure: str, bad: bool, sources: list[str]) -> str:
    named = ", ".join(sources[:SOURCES_SHOWN]) + (f" … and {len(sources) - SOURCES_SHOWN} more" if len(sources) > SOURCES_SHOWN else "")
    return f"{len(sources)} source(s) say {figure}{' ❌' if bad else ''}: {named}"


def rule_summary(findings: pd.DataFrame) -> pd.DataFrame:
    """One row per rule: status, severity, and the values the sources give (each source for a small
    rule; a tally of distinct figures, outliers first, for a large one)."""
    rows = []
    for rule_id, group in findings.groupby("rule_id", sort=False):
        first = group.iloc[0]
        values = []
        if group["source"].notna().sum() > PER_SOURCE_UP_TO:
            tally = figure_tally(group)
            values = [_tally_line(*t) for t in tally[:FIGURES_SHOWN]]
            if len(tally) > FIGURES_SHOWN:
                values.append(f"… and {len(tally) - FIGURES_SHOWN} more figures")
        else:
            for _, r in group.iterrows():
                if pd.notna(r["source"]) and r["source"]:
                    mark = " ❌" if r["fact_status"] == "conflict" else ""
                    values.append(f"{r['source']}: {r['surface']}{mark}")
        if first["check"] == "relation":
            values = [str(r) for r in group["reference"]]
        rows.append({"rule_id": rule_id, "title": first["title"], "status": first["rule_status"],
                     "severity": first["severity"], "values": values, "message": first["message"]})
    summary = pd.DataFrame(rows, columns=["rule_id", "title", "status", "severity", "values", "message"])
    if summary.empty:
        return summary
    summary["_o"] = summary["status"].map(_ORDER)
    summary["_s"] = -summary["severity"].map(SEVERITY_RANK)
    return summary.sort_values(["_o", "_s"], kind="stable").drop(columns=["_o", "_s"]).reset_index(drop=True)


def failing(findings: pd.DataFrame, fail_on: str) -> pd.DataFrame:
    """Conflicting rules at or above severity `fail_on` ('never' fails nothing)."""
    if fail_on == "never" or findings.empty:
        return findings.iloc[0:0]
    threshold = SEVERITY_RANK[fail_on]
    conflicts = findings[findings["rule_status"] == "conflict"]
    return conflicts[conflicts["severity"].map(SEVERITY_RANK) >= threshold]


def render_report(name: str, facts: pd.DataFrame, findings: pd.DataFrame, uncovered: pd.DataFrame,
                  fail_on: str = "error", limit: int = GITHUB_LIMIT, *, n_sources: int | None = None,
                  n_facts: int | None = None, n_uncovered: int | None = None, undated: list[str] | None = None) -> str:
    """The whole report as markdown.

    `facts` and `uncovered` may hold only their first rows (a table too large for one process);
    the counts then give their full sizes. `undated` names the articles without a published date.
    """
    summary = rule_summary(findings)
    counts = summary["status"].value_counts().to_dict() if len(summary) else {}
    failed = failing(findings, fail_on)
    if n_sources is None:
        n_sources = facts["source"].nunique() if len(facts) else 0
    tally = ", ".join(f"{counts.get(s, 0)} {s}" for s in ("conflict", "agree", "single-source", "missing"))
    scope = f"{len(summary)} rules over {n_sources} sources: {tally}."
    if fail_on == "never":
        verdict = f"**{scope}**"
    elif len(failed):
        verdict = f"**❌ {failed['rule_id'].nunique()} rule(s) in conflict at severity {fail_on} or above** — {scope}"
    else:
        verdict = f"**✅ No conflicts at severity {fail_on} or above** — {scope}"
    parts = [f"# factcheck report: {name}\n", verdict + "\n"]

    parts.append("## Summary\n")
    parts.append("| Rule | Status | Severity | Value per source |\n|---|---|---|---|")
    for _, r in summary.iterrows():
        values = "<br>".join(md_cell(v) for v in r["values"]) or md_cell(r["message"])
        parts.append(f"| `{r['rule_id']}` {md_cell(r['title'])} | {_ICON[r['status']]} {r['status']} | "
                     f"{r['severity']} | {values} |")
    parts.append("")

    conflicts = summary[summary["status"] == "conflict"]
    if len(conflicts):
        parts.append("## Conflicts\n")
        for _, r in conflicts.iterrows():
            parts.append(f"### `{r['rule_id']}` {md_cell(r['title'])} ({r['severity']})\n")
            group = findings[findings["rule_id"] == r["rule_id"]]
            group = group.sort_values("fact_status", key=lambda c: c != "conflict", kind="stable")  # outliers first
            if group.iloc[0]["check"] == "relation":
                parts.append(f"{md_cell(group.iloc[0]['message'])}\n")
            large = group["source"].notna().sum() > PER_SOURCE_UP_TO
            quoted = 0
            for _, f in group.iterrows():
                if pd.isna(f["source"]) or not f["source"]:
                    parts.append(f"- {md_cell(f['reference'])}")
                    continue
                if large and (f["fact_status"] != "conflict" or quoted >= QUOTED_OUTLIERS):
                    continue  # a large rule quotes its first outliers; the tally below counts the rest
                quoted += 1
                verdict_word = "disagrees" if f["fact_status"] == "conflict" else "agrees"
                parts.append(f"- **{f['source']}** {verdict_word} ({md_cell(f['reference'])}):\n"
                             f"  > {bold_in_sentence(f['sentence'], f['surface'])}")
            if large:
                parts.append("\nWhat the sources say:\n")
                parts += [f"- {md_cell(_tally_line(*t))}" for t in figure_tally(group)[: FIGURES_SHOWN * 3]]
            parts.append("")

    single = summary[summary["status"] == "single-source"]
    if len(single):
        parts.append("## Single-source facts (unconfirmed)\n")
        for _, r in single.iterrows():
            f = findings[findings["rule_id"] == r["rule_id"]].iloc[0]
            parts.append(f"- `{r['rule_id']}` {md_cell(r['title'])}: **{f['source']}**\n"
                         f"  > {bold_in_sentence(f['sentence'], f['surface'])}")
        parts.append("")

    missing = summary[summary["status"] == "missing"]
    if len(missing):
        parts.append("## Missing\n")
        parts += [f"- `{r['rule_id']}` {md_cell(r['title'])}: {md_cell(r['message'])}" for _, r in missing.iterrows()]
        parts.append("")

    if undated:
        parts.append("## Articles without a published date\n")
        parts.append(f"{len(undated)} article(s) give no `published` date, so their relative dates (\"last year\", "
                     f"\"on Thursday\") were read against the day the report was made: {named_sources(undated)}. Add it "
                     "as front matter or in the folder's `corpus.yaml`.\n")

    head = "\n".join(parts) + "\n"
    appendices = [
        _Appendix("Facts no rule covers", uncovered, UNCOVERED_COLUMNS,
                  len(uncovered) if n_uncovered is None else n_uncovered),
        _Appendix("Full fact table", facts, TABLE_COLUMNS, len(facts) if n_facts is None else n_facts),
    ]
    return head + _fit_appendices(appendices, limit - len(head))


UNCOVERED_COLUMNS = ("source", "kind", "surface", "value", "unit", "date_start", "date_end", "sentence")


@dataclass
class _Appendix:
    title: str
    frame: pd.DataFrame  # all rows, or the first ones
    columns: tuple[str, ...]
    total: int


def _table_header(columns: tuple[str, ...]) -> list[str]:
    return ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]


def _fact_rows(frame: pd.DataFrame, columns: tuple[str, ...]) -> Iterator[str]:
    """Markdown rows, made one at a time: a large table is only rendered as far as it fits."""
    for row in frame[list(columns)].itertuples(index=False):
        cells = []
        for v in row:
            if isinstance(v, pd.Timestamp):
                v = v.date().isoformat()
            elif is_missing(v) or v is pd.NA:
                v = ""
            cells.append(md_cell(short_number(v) if isinstance(v, float) else v))
        yield "| " + " | ".join(cells) + " |"


def _fit_appendices(appendices: list[_Appendix], budget: int) -> str:
    out = []
    for appendix in appendices:
        header = _table_header(appendix.columns)
        opening = f"<details><summary>{appendix.title} ({appendix.total})</summary>\n\n"
        closing = "\n</details>\n\n"
        room = budget - len(opening) - len(closing) - sum(len(h) + 1 for h in header) - 200
        kept: list[str] = []
        used = 0
        for row in _fact_rows(appendix.frame, appendix.columns):
            if used + len(row) + 1 > room // max(1, len(appendices) - len(out)):
                break
            kept.append(row)
            used += len(row) + 1
        note = "" if len(kept) == appendix.total else (
            f"\n_Truncated: {appendix.total - len(kept)} of {appendix.total} rows left out to stay under GitHub's "
            f"{GITHUB_LIMIT:,}-character limit; run `factcheck extract` for all of them._\n")
        block = opening + "\n".join(header + kept) + "\n" + note + closing
        budget -= len(block)
        out.append(block)
    return "".join(out)
