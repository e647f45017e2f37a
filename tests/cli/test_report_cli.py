"""`factcheck report` end to end: seeds pass; a changed figure in a copy of the seeds is flagged."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from factcheck.report import GITHUB_LIMIT, render_report

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, cwd=cwd)


def perturbed(tmp_path: Path, seeds_dir: Path, source: str, old: str, new: str) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    path = corpus / f"{source}.txt"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return corpus


def test_unchanged_seeds_pass_and_match_the_kept_report(tmp_path: Path, seeds_dir: Path, rules_dir: Path) -> None:
    out = tmp_path / "seeds.md"
    result = run("report", str(seeds_dir), "--rules", str(rules_dir), "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "No conflicts at severity error" in text
    assert text == (ROOT / "reports" / "seeds.md").read_text(encoding="utf-8"), "regenerate reports/seeds.md"


PERTURBATIONS = [
    ("002_71b259978e3b4e0f", "2.14 million barrels", "2.41 million barrels", "oil-exports-2023"),
    # (003's "invasion of Ukraine in February 2022" dates the invasion, so it is judged by invasion-year)
    ("000_d151875e93ae94f0", "made by Putin and Xi in February 2022", "made by Putin and Xi in February 2023",
     "no-limits-declaration"),
    ("004_e58928442fe916e9", "Putin’s two-day mission", "Putin’s three-day mission", "visit-length"),
    ("002_71b259978e3b4e0f", "$4.34 billion", "$43.4 billion", "discount-saving-2023"),
    ("002_71b259978e3b4e0f", "33.7 billion cubic meters", "37.3 billion cubic meters", "gas-import-volume-2023"),
    ("001_db7b869523da3570", "fifth presidential term", "fourth presidential term", "term-number"),
    ("001_db7b869523da3570", "marking 75 years since", "marking 70 years since", "anniversary-adds-up"),
]


@pytest.mark.parametrize(("source", "old", "new", "rule"), PERTURBATIONS, ids=[p[3] for p in PERTURBATIONS])
def test_a_changed_figure_is_a_conflict(tmp_path: Path, seeds_dir: Path, rules_dir: Path,
                                        source: str, old: str, new: str, rule: str) -> None:
    corpus = perturbed(tmp_path, seeds_dir, source, old, new)
    out = tmp_path / "r.md"
    result = run("report", str(corpus), "--rules", str(rules_dir), "-o", str(out))
    assert result.returncode == 1, result.stderr
    assert rule in result.stderr
    text = out.read_text(encoding="utf-8")
    conflicts = text.split("## Conflicts", 1)[1].split("\n## ", 1)[0]
    assert f"`{rule}`" in conflicts
    if "adds-up" not in rule:
        assert f"**{new.split()[0]}" in conflicts or new.split()[0] in conflicts


ROUNDED = [
    ("002_71b259978e3b4e0f", "2.14 million barrels per day", "2.1 million bpd"),
    ("002_71b259978e3b4e0f", "$4.34 billion", "$4.3bn"),
    ("002_71b259978e3b4e0f", "33.7 billion cubic meters", "33.7 bcm"),
    ("004_e58928442fe916e9", "in February 2022", "on Feb. 4, 2022"),
]


@pytest.mark.parametrize(("source", "old", "new"), ROUNDED, ids=[r[2] for r in ROUNDED])
def test_rounded_or_respelled_figures_still_agree(tmp_path: Path, seeds_dir: Path, rules_dir: Path,
                                                  source: str, old: str, new: str) -> None:
    corpus = perturbed(tmp_path, seeds_dir, source, old, new)
    result = run("report", str(corpus), "--rules", str(rules_dir), "-o", str(tmp_path / "r.md"))
    assert result.returncode == 0, result.stderr
    assert "## Conflicts" not in (tmp_path / "r.md").read_text(encoding="utf-8")


def test_fail_on_levels_and_default_output(tmp_path: Path, seeds_dir: Path, rules_dir: Path) -> None:
    corpus = perturbed(tmp_path, seeds_dir, "004_e58928442fe916e9", "Oct. 18, 2023", "Oct. 19, 2022")
    # belt-and-road-forum is a warning: it fails only with --fail-on warning
    assert run("report", str(corpus), "--rules", str(rules_dir), "-o", "-").returncode == 0
    assert run("report", str(corpus), "--rules", str(rules_dir), "-o", "-", "--fail-on", "warning").returncode == 1
    assert run("report", str(corpus), "--rules", str(rules_dir), "-o", "-", "--fail-on", "never").returncode == 0
    result = run("report", str(corpus), "--rules", str(rules_dir.resolve()), cwd=tmp_path)
    assert result.returncode == 0
    assert (tmp_path / "reports" / "corpus.md").is_file()


def test_report_is_byte_identical_and_input_errors_exit_2(tmp_path: Path, seeds_dir: Path, rules_dir: Path) -> None:
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    run("report", str(seeds_dir), "--rules", str(rules_dir), "-o", str(a))
    run("report", str(seeds_dir), "--rules", str(rules_dir), "-o", str(b))
    assert a.read_bytes() == b.read_bytes()
    bad_rules = tmp_path / "rules"
    bad_rules.mkdir()
    (bad_rules / "r.yaml").write_text("rules:\n  - id: x\n    title: X\n    match: {kind: quantity}\n    tolerance: abc\n")
    result = run("report", str(seeds_dir), "--rules", str(bad_rules), "-o", str(a))
    assert result.returncode == 2
    assert f"{bad_rules / 'r.yaml'}:5: tolerance" in result.stderr
    assert a.read_bytes() == b.read_bytes()  # the earlier report is untouched


def test_report_stays_under_the_github_limit(seed_facts: pd.DataFrame) -> None:
    from factcheck.engine import evaluate, uncovered
    from factcheck.rules import load_rules

    big = pd.concat([seed_facts.assign(source=seed_facts["source"] + f"-{i}") for i in range(60)], ignore_index=True)
    findings = evaluate(big.iloc[:50], load_rules(ROOT / "rules"))
    text = render_report("big", big, findings, uncovered(big, findings))
    assert len(text) < GITHUB_LIMIT
    assert "Truncated:" in text


def test_dask_pipeline_gives_the_pandas_report(tmp_path: Path, seeds_dir: Path, rules_dir: Path) -> None:
    table = tmp_path / "seeds"
    extracted = run("extract", str(seeds_dir), "--engine", "dask", "--format", "parquet", "-o", str(table), "-j", "2")
    assert extracted.returncode == 0, extracted.stderr
    dask_report = run("report", "--engine", "dask", "--facts", str(table), "--rules", str(rules_dir), "-o", "-", "-j", "2")
    pandas_report = run("report", "--facts", str(table), "--rules", str(rules_dir), "-o", "-")
    assert dask_report.returncode == pandas_report.returncode == 0, dask_report.stderr
    assert dask_report.stdout == pandas_report.stdout
    title, body = dask_report.stdout.split("\n", 1)
    assert title == f"# factcheck report: fact table {table}"  # the table as given, not just its folder's name
    assert body == (ROOT / "reports" / "seeds.md").read_text(encoding="utf-8").split("\n", 1)[1]


def test_articles_without_a_published_date_are_listed(tmp_path: Path, seeds_dir: Path, rules_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    (corpus / "undated_wire.txt").write_text("Putin, 71, arrives on Thursday for a two-day visit.\n", encoding="utf-8")
    result = run("report", str(corpus), "--rules", str(rules_dir), "-o", "-")
    assert "## Articles without a published date" in result.stdout
    assert "1 article(s) give no `published` date" in result.stdout and "`undated_wire`" in result.stdout
    kept = run("report", str(seeds_dir), "--rules", str(rules_dir), "-o", "-")
    assert "without a published date" not in kept.stdout


def test_report_jobs_and_engine_usage(copies_dir: Path, rules_dir: Path, tmp_path: Path) -> None:
    one = run("report", str(copies_dir), "--rules", str(rules_dir), "-o", "-", "-j", "1")
    two = run("report", str(copies_dir), "--rules", str(rules_dir), "-o", "-", "-j", "2")
    assert one.returncode == two.returncode == 0 and one.stdout == two.stdout
    assert "over 40 sources" in one.stdout
    no_facts = run("report", str(copies_dir), "--engine", "dask", "--rules", str(rules_dir))
    assert no_facts.returncode == 2 and "--facts" in no_facts.stderr


def test_the_report_names_the_outlier_and_never_blames_agreeing_sources(tmp_path: Path, seeds_dir: Path,
                                                                          rules_dir: Path) -> None:
    corpus = perturbed(tmp_path, seeds_dir, "002_71b259978e3b4e0f", "2.14 million barrels", "2.41 million barrels")
    (corpus / "005_extra.txt").write_text(
        "---\npublished: 2024-05-16\n---\nRussian oil exports to China averaged 2.14 million barrels per day in 2023.\n",
        encoding="utf-8")
    out = tmp_path / "r.md"
    assert run("report", str(corpus), "--rules", str(rules_dir), "-o", str(out)).returncode == 1
    section = out.read_text(encoding="utf-8").split("### `oil-exports-2023`", 1)[1].split("\n### ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("- **")]
    assert lines[0].startswith("- **002_71b259978e3b4e0f** disagrees"), lines  # the outlier first
    assert any(line.startswith("- **005_extra** agrees") for line in lines), lines
    assert not any("005_extra** disagrees" in line for line in lines)
    summary_row = next(line for line in out.read_text(encoding="utf-8").splitlines() if line.startswith("| `oil-exports-2023`"))
    assert "005_extra: 2.14 million barrels per day |" in summary_row
    assert "002_71b259978e3b4e0f: 2.41 million barrels per day ❌" in summary_row


def test_a_large_corpus_gets_a_tally_per_figure_with_the_outliers_first(tmp_path: Path, rules_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = ("---\npublished: 2024-05-16\n---\nRussia's oil exports to China surged to a record {} million barrels per "
            "day last year.\n")
    for i in range(12):
        (corpus / f"a{i:02d}.txt").write_text(text.format("2.41" if i in (3, 7) else "2.14"), encoding="utf-8")
    out = tmp_path / "r.md"
    assert run("report", str(corpus), "--rules", str(rules_dir), "-o", str(out)).returncode == 1
    report = out.read_text(encoding="utf-8")
    row = next(line for line in report.splitlines() if line.startswith("| `oil-exports-2023`"))
    assert ("2 source(s) say 2.41 million barrels per day ❌: a03, a07<br>"
            "10 source(s) say 2.14 million barrels per day: a00, a01, a02, a04, a05 … and 5 more |") in row
    section = report.split("### `oil-exports-2023`", 1)[1].split("\n### ", 1)[0]
    assert section.count("disagrees") == 2 and "** agrees" not in section  # outliers quoted, the rest tallied
    assert "- 10 source(s) say 2.14 million barrels per day" in section


@pytest.mark.parametrize(("year", "code", "conflicts"), [
    ("1950", 1, ["recognition-year", "relations-established-year"]),  # wrong for both rules the figure fits
    ("1949", 0, []),  # right for both
])
def test_a_figure_two_rules_judge_alike_is_judged_by_both(tmp_path: Path, seeds_dir: Path, rules_dir: Path, year: str,
                                                         code: int, conflicts: list[str]) -> None:
    """'established diplomatic ties in 1950' fits the year of recognition and the year of the ties equally well; both
    expect 1949, so the report flags it under both, as `check` does (before, neither judged it)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    (corpus / "explainer.txt").write_text(
        "---\npublished: 2024-05-15\n---\nThe leaders will mark 75 years since Moscow and the People's Republic of China "
        f"established diplomatic ties in {year}.\n", encoding="utf-8")
    out = tmp_path / "r.md"
    result = run("report", str(corpus), "--rules", str(rules_dir), "-o", str(out))
    assert result.returncode == code, result.stderr
    table = "\n".join(line for line in out.read_text(encoding="utf-8").splitlines() if line.startswith("| `"))
    flagged = sorted(line.split("`")[1] for line in table.splitlines() if "❌ conflict" in line and f"explainer: {year}" in line)
    assert flagged == conflicts
    if not conflicts:
        assert f"explainer: {year}" in table  # (judged, agreeing)
