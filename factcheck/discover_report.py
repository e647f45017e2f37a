"""The discovery report (markdown) and a picture per claim (SVG): what `factcheck discover` writes."""

from __future__ import annotations

import datetime as dt
import math
from html import escape
from typing import Any

from factcheck.discover import Claim, draft_rules
from factcheck.engine.matching import admitted
from factcheck.formats import md_cell
from factcheck.report import bold_in_sentence, named_sources

QUOTED_PER_CLAIM = 8  # sources quoted per claim; the rest are counted


def render_discovery(name: str, claims: list[Claim], articles: int, pictures: dict[str, str] | None = None,
                     undated: list[str] | None = None) -> str:
    """The markdown report of the claims `discover` found in a corpus of `articles` articles;
    `pictures` maps a claim id to the path (relative to the report) of its SVG; `undated` names the
    articles without a published date (their relative dates were read against today)."""
    pictures = pictures or {}
    note = ""
    if undated:
        note = (f"> {len(undated)} article(s) give no `published` date, so their relative dates were read against "
                f"today: {named_sources(undated)}.\n")
    conflicts = [c for c in claims if c.status == "conflict"]
    agreeing = [c for c in claims if c.status == "agree"]
    out = [f"# Discovery: {md_cell(name)}", ""]
    if not claims:
        out += [f"No claim is stated by two or more of the {articles} article(s): nothing to compare.", ""]
        return "\n".join(out)
    verdict = f"**{len(conflicts)} possible conflict(s)**" if conflicts else "no conflict"
    out += [f"> Found without rules in {articles} article(s): {len(claims)} claim(s) stated by two or more sources, "
            f"{verdict}, {len(agreeing)} agreeing.", "> Claims are grouped by kind, unit and shared words, so read the "
            "quotes: the draft rules at the end make a claim checked on every run.", ""]
    if note:
        out += [note]
    out += ["| | Claim | Words | Sources | What they say |", "|---|---|---|---|---|"]
    for claim in claims:
        icon = "❌" if claim.status == "conflict" else "✅"
        out.append(f"| {icon} | {claim.id} | {md_cell(', '.join(claim.words))} | {len(claim.sources)} | "
                   f"{md_cell(_tally(claim))} |")
    out.append("")
    if conflicts:
        out += ["## Possible conflicts", ""]
        for claim in conflicts:
            out += _section(claim, pictures.get(claim.id))
    if agreeing:
        out += ["## Agreements", ""]
        for claim in agreeing:
            out += _section(claim, pictures.get(claim.id))
    out += ["## Draft rules", "", "Copy into a `.yaml` file of your rules folder, review, then "
            "`factcheck rules validate` and `factcheck report`:", "", "```yaml", draft_rules(claims).rstrip(), "```", ""]
    return "\n".join(out)


def _figure_label(row: Any) -> str:
    """A figure as written; a date with the days it was read as ('Thursday (2024-05-16)'), since one word
    is read against each article's own date."""
    if row.kind != "date":
        return str(row.surface)
    first, last = str(row.date_start)[:10], str(row.date_end)[:10]
    return f"{row.surface} ({first})" if first == last else f"{row.surface} ({first}..{last})"


def _tally(claim: Claim) -> str:
    """'$15 million (3: a, b, c); $50 million (1: d)': each figure once, outliers first; one value written
    two ways is one figure ('71 people = Seventy-one people (2: a, b)')."""
    written: dict[object, list[str]] = {}  # each value's spellings, in order
    sources: dict[object, set[str]] = {}
    bad: set[object] = set()
    for row, ok in zip(claim.rows, claim.agrees, strict=True):
        key = _figure_label(row) if row.kind == "date" else _value_key(row)
        label = _figure_label(row)
        if label not in written.setdefault(key, []):
            written[key].append(label)
        sources.setdefault(key, set()).add(row.source)
        if not ok and claim.has_majority:
            bad.add(key)
    figures = {" = ".join(written[key]): sources[key] for key in written}
    bad_labels = {" = ".join(written[key]) for key in bad}
    order = sorted(figures, key=lambda f: (f not in bad_labels, -len(figures[f]), f))
    parts = []
    for figure in order:
        names = sorted(figures[figure])
        shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        parts.append(f"{figure} ({len(names)}: {shown})")
    return "; ".join(parts)


def _value_key(row: Any) -> tuple[str, ...]:
    """What a figure says, however written: its canonical value(s) (of one claim, one kind of measure: "28,000
    people" and "twenty-eight thousand employees" are one figure, as the claim's majority counts them)."""
    high = row.value_high
    value = float(row.canonical_value)
    if value < 0 and row.change == "down" and (high is None or high != high):
        value = -value  # ("-13.4%" in a change column and "down 13.4 percent": one fall, as agreement reads it)
    return (repr(value), "" if high is None or high != high else repr(float(high)))  # (NaN: no high end)


def _section(claim: Claim, picture: str | None) -> list[str]:
    icon = "❌" if claim.status == "conflict" else "✅"
    unit = f", {claim.unit}" if claim.unit else ""
    out = [f"### {icon} {claim.id}", "", f"Words: {md_cell(', '.join(claim.words))} ({claim.kind}{unit})", ""]
    if claim.paired_by == "sole":
        out += ["Paired as each story's only figure of this kind and scale: the sources word it each their own way, so "
                "read the quotes before trusting it (its draft rule is left commented out).", ""]
    elif claim.paired_by == "digits":
        out += ["Paired by the same digits in another order and a word in common, as a slip of the hand writes them: the "
                "sources word it each their own way, so read the quotes before trusting it (its draft rule is left commented "
                "out).", ""]
    elif claim.paired_by == "period":
        out += ["Paired by their one period and claims in the event's own words alone: the sources word it each their own "
                "way, so read the quotes before trusting it (its draft rule is left commented out).", ""]
    elif claim.paired_by == "precise":
        out += ["Paired by their one value, of four significant digits or more, and its unit alone: the sources word it each "
                "their own way, so read the quotes before trusting it (its draft rule is left commented out).", ""]
    elif not claim.worded_alike:
        out += ["Paired by their one value and a word in common: the sources word it each their own way, so read the "
                "quotes before trusting it (its draft rule is left commented out).", ""]
    agreeing = {r.source for r, ok in zip(claim.rows, claim.agrees, strict=True) if ok}
    if claim.status == "conflict":
        if claim.has_majority:
            outliers = sorted({r.source for r, ok in zip(claim.rows, claim.agrees, strict=True) if not ok})
            out += [f"Most sources ({len(agreeing)} of {len(claim.sources)}) say **{md_cell(claim.consensus.surface)}**; "
                    f"{', '.join(f'**{s}**' for s in outliers)} {'disagrees' if len(outliers) == 1 else 'disagree'}.", ""]
        else:
            out += [f"The {len(claim.sources)} sources disagree and no figure has a majority: which is right is not "
                    "decided here.", ""]
    if picture:
        out += [f"![{claim.id}]({picture})", ""]
    shown = 0
    for row, ok in sorted(zip(claim.rows, claim.agrees, strict=True), key=lambda ra: (ra[1], ra[0].source)):
        if shown == QUOTED_PER_CLAIM:
            out.append(f"- … and {len(claim.rows) - shown} more")
            break
        mark = "❔" if claim.status == "conflict" and not claim.has_majority else "✅" if ok else "❌"
        out.append(f"- {mark} **{md_cell(row.source)}**: \"{bold_in_sentence(str(row.sentence), str(row.surface))}\"")
        shown += 1
    out.append("")
    return out


# ---- pictures --------------------------------------------------------------------------------

WIDTH, LABEL, ROW, TOP = 640, 170, 24, 34


def claim_svg(claim: Claim) -> str:
    """A strip per source: the values its figure admits (the bar) and its value (the dot), green when
    it agrees with what most sources say, red when not; the consensus's interval is shaded."""
    spans = [admitted(r) for r in claim.rows]
    values = [_value(r) for r in claim.rows]
    finite = [x for lo, hi in spans for x in (lo, hi) if math.isfinite(x)] + [v for v in values if math.isfinite(v)]
    if not finite:
        finite = [0.0, 1.0]
    low, high = min(finite), max(finite)
    pad = (high - low) * 0.08 or max(abs(high) * 0.05, 0.5)
    low, high = low - pad, high + pad
    plot = WIDTH - LABEL - 110

    def x(v: float) -> float:
        v = min(max(v, low), high)
        return LABEL + (v - low) / (high - low) * plot

    height = TOP + ROW * len(claim.rows) + 30
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" font-family="sans-serif" '
           f'font-size="12" role="img" aria-label="{escape(claim.id)}">',
           f'<rect width="{WIDTH}" height="{height}" fill="white"/>',
           f'<text x="8" y="18" font-size="14" font-weight="bold">{escape(claim.id)}</text>']
    c_lo, c_hi = admitted(claim.consensus)
    if math.isfinite(c_lo) or math.isfinite(c_hi):
        left, right = x(c_lo if math.isfinite(c_lo) else low), x(c_hi if math.isfinite(c_hi) else high)
        out.append(f'<rect x="{left:.1f}" y="{TOP - 8}" width="{max(right - left, 2):.1f}" '
                   f'height="{ROW * len(claim.rows) + 4}" fill="#2e7d32" opacity="0.12"/>')
    for i, (row, ok, (lo, hi), value) in enumerate(zip(claim.rows, claim.agrees, spans, values, strict=True)):
        y = TOP + ROW * i + 6
        colour = "#2e7d32" if ok else "#c62828"
        out.append(f'<text x="8" y="{y + 4}">{escape(_short(str(row.source), 24))}</text>')
        if math.isfinite(lo) or math.isfinite(hi):
            out.append(f'<line x1="{x(lo if math.isfinite(lo) else low):.1f}" y1="{y}" x2="{x(hi if math.isfinite(hi) else high):.1f}" '
                       f'y2="{y}" stroke="{colour}" stroke-width="3" stroke-linecap="round"/>')
        if math.isfinite(value):
            out.append(f'<circle cx="{x(value):.1f}" cy="{y}" r="5" fill="{colour}"/>')
        out.append(f'<text x="{WIDTH - 104}" y="{y + 4}" fill="{colour}">{escape(_short(str(row.surface), 16))}</text>')
    axis = TOP + ROW * len(claim.rows) + 4
    out.append(f'<line x1="{LABEL}" y1="{axis}" x2="{LABEL + plot}" y2="{axis}" stroke="#555"/>')
    for v in (low + pad, high - pad):
        out.append(f'<text x="{x(v):.1f}" y="{axis + 16}" text-anchor="middle" fill="#555">{escape(_label(claim, v))}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _value(row: object) -> float:
    if getattr(row, "kind", "") == "date":
        lo, hi = admitted(row)
        return (lo + hi) / 2 if math.isfinite(lo) and math.isfinite(hi) else math.nan
    value = getattr(row, "canonical_value", math.nan)
    return float(value) if value is not None else math.nan


def _label(claim: Claim, v: float) -> str:
    if claim.kind == "date":
        return dt.date.fromordinal(max(1, round(v))).isoformat()
    unit = str(claim.rows[0].canonical_unit)
    if unit == "percent":
        return f"{v:.4g}%"
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= size:
            number = f"{v / size:.3g} {word}"
            break
    else:
        number = f"{v:,.4g}" if abs(v) < 1000 else f"{v:,.0f}"
    return number if unit in ("", "count") else f"{number} {unit}"


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
