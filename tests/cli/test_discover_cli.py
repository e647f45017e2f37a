"""`factcheck discover` end to end: a report, a picture per claim and draft rules; exit 1 on a possible conflict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from factcheck.rules import load_rules

ROOT = Path(__file__).resolve().parents[2]
QUAKE = ROOT / "tests" / "data" / "discovery" / "quake"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factcheck", "discover", *args], capture_output=True, text=True, cwd=cwd)


def test_a_corpus_with_planted_conflicts_exits_1_and_writes_everything(tmp_path: Path) -> None:
    (tmp_path / "reports" / "quake-discovery-claims").mkdir(parents=True)
    (tmp_path / "reports" / "quake-discovery-claims" / "a-claim-no-longer-found.svg").write_text("<svg/>", encoding="utf-8")
    result = run(str(QUAKE), "--rules-out", "drafts.yaml", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "2 possible conflict(s)" in result.stderr
    report = (tmp_path / "reports" / "quake-discovery.md").read_text(encoding="utf-8")
    assert report == (ROOT / "reports" / "quake-discovery.md").read_text(encoding="utf-8")  # the kept one is current
    pictures = sorted((tmp_path / "reports" / "quake-discovery-claims").glob("*.svg"))
    assert len(pictures) == report.count("![")  # (the stale picture of an earlier run is gone)
    assert all(f"quake-discovery-claims/{p.name}" in report for p in pictures)
    drafts = tmp_path / "rules"
    drafts.mkdir()
    (tmp_path / "drafts.yaml").rename(drafts / "drafts.yaml")
    # (a claim paired by value, as each story's only such figure or by one value and a word, is drafted commented out)
    assert len(load_rules(drafts).rules) == len(pictures) - report.count("Paired as each story's only figure") - report.count(
        "Paired by their one value")
    checked = subprocess.run([sys.executable, "-m", "factcheck", "report", str(QUAKE), "--rules", "rules", "-o", "-"],
                             capture_output=True, text=True, cwd=tmp_path)
    assert checked.returncode == 1 and "2 rule(s) in conflict" in checked.stdout


def test_agreeing_sources_exit_0_and_stdout_gets_no_pictures(tmp_path: Path) -> None:
    result = run(str(ROOT / "tests" / "data" / "discovery" / "earnings"), "-o", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Discovery: earnings") and "no conflict" in result.stdout
    assert "![" not in result.stdout and not (tmp_path / "reports").exists()


def test_a_claim_paired_by_no_words_says_so_and_its_draft_is_commented_out(tmp_path: Path) -> None:
    launch = ROOT / "tests" / "data" / "discovery" / "launch"
    result = run(str(launch), "-o", "-", "--rules-out", "drafts.yaml", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    section = result.stdout.split("### ❌ cost-launch-money", 1)[1].split("###", 1)[0]
    assert "Paired as each story's only figure of this kind and scale" in section
    drafts = (tmp_path / "drafts.yaml").read_text(encoding="utf-8")
    assert "  # - id: cost-launch-money" in drafts and "\n  - id: cost-launch-money" not in drafts


def test_a_claim_paired_by_its_value_and_one_word_says_so_and_its_draft_is_commented_out(tmp_path: Path) -> None:
    retail = ROOT / "tests" / "data" / "discovery" / "retail"
    result = run(str(retail), "-o", "-", "--rules-out", "drafts.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    section = result.stdout.split("### ✅ revenue-money", 1)[1].split("###", 1)[0]
    assert "Paired by their one value and a word in common" in section and "Paired as each story's only" not in section
    drafts = (tmp_path / "drafts.yaml").read_text(encoding="utf-8")
    assert "  # - id: revenue-money" in drafts and "\n  - id: revenue-money" not in drafts


def test_an_empty_corpus_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("empty", cwd=tmp_path)
    assert result.returncode == 2 and "empty" in result.stderr and not result.stdout


def test_articles_without_a_published_date_are_named(tmp_path: Path) -> None:
    corpus = tmp_path / "undated"
    corpus.mkdir()
    for name, verb in (("one", "pledged"), ("two", "promised")):
        (corpus / f"{name}.txt").write_text(f"The World Bank {verb} $15 million in emergency aid for the quake.\n",
                                            encoding="utf-8")
    result = run("undated", "-o", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "2 article(s) give no `published` date" in result.stdout and "`one`, `two`" in result.stdout


def test_the_kept_breach_report_is_current(tmp_path: Path) -> None:
    result = run(str(ROOT / "tests" / "data" / "discovery" / "breach"), cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    kept = ROOT / "reports" / "breach-discovery.md"
    assert (tmp_path / "reports" / "breach-discovery.md").read_text(encoding="utf-8") == kept.read_text(encoding="utf-8")
    assert sorted(p.name for p in (tmp_path / "reports" / "breach-discovery-claims").glob("*.svg")) == sorted(
        p.name for p in (ROOT / "reports" / "breach-discovery-claims").glob("*.svg"))
