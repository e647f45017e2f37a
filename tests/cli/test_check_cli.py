"""`factcheck check`: the sample cases' verdicts, output formats, exit codes and the fact cache."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from ruamel.yaml import YAML

from factcheck.evaluation import gold_span

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "data" / "cases"  # the shared sample cases, unchanged
OWN_CASES = ROOT / "tests" / "data" / "own_cases"  # cases written for this project
ANSWERS = {folder / case: answers for folder in (CASES, OWN_CASES)
           for case, answers in YAML(typ="safe", pure=True).load((folder / "answers.yaml").read_text())["cases"].items()}
SCHEMA = json.loads((ROOT / "docs" / "check-json.schema.json").read_text())


def run(*args: str, cache: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FACTCHECK_CACHE": str(cache)}
    return subprocess.run([sys.executable, "-m", "factcheck", "check", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, input=stdin)


@pytest.mark.parametrize("case", sorted(ANSWERS), ids=lambda p: p.name)
def test_case_verdicts(case: Path, tmp_path: Path) -> None:
    result = run(str(case), "--format", "json", cache=tmp_path)
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, SCHEMA)
    findings = doc["articles"][0]["findings"]
    body = case.read_text(encoding="utf-8").split("---\n", 2)[2]
    for answer in ANSWERS[case]:
        span = gold_span(body, answer["surface"], answer.get("occurrence", 1))
        assert span is not None, answer
        here = [f for f in findings if f["start"] < span[1] and f["end"] > span[0]]
        statuses = {f["status"] for f in here}
        if answer["verdict"] == "conflict":
            assert "conflict" in statuses, (answer, here)
            conflict = next(f for f in here if f["status"] == "conflict")
            assert conflict["expect_agrees"] is False or any(not e["agrees"] for e in conflict["evidence"])
        else:
            assert "conflict" not in statuses, (answer, here)
            if answer["verdict"] == "agree":
                assert "agree" in statuses, (answer, here)
    expected_rc = 1 if any(a["verdict"] == "conflict" for a in ANSWERS[case]) else 0
    assert result.returncode == expected_rc, result.stderr


def test_text_output_reads_like_a_linter(tmp_path: Path) -> None:
    result = run(str(CASES / "transposed-figures.txt"), cache=tmp_path)
    assert result.returncode == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{CASES / 'transposed-figures.txt'}:7:35: conflict: oil-exports-2023: "
                            "2.41 million barrels per day — ")
    assert "002_71b259978e3b4e0f says 2.14 million barrels per day (" in first
    assert "\x1b[" not in result.stdout  # no colour when not on a terminal
    assert result.stdout.splitlines()[-1].startswith("1 article(s): 5 conflict(s)")


def test_github_annotations_one_per_conflict(tmp_path: Path) -> None:
    result = run(str(CASES / "transposed-figures.txt"), "--format", "github", cache=tmp_path)
    lines = result.stdout.splitlines()
    assert len(lines) == 5
    assert lines[0].startswith(f"::error file={CASES / 'transposed-figures.txt'},line=7,col=35,title=oil-exports-2023::")


def test_github_annotation_properties_escape_what_would_end_them(tmp_path: Path) -> None:
    article = tmp_path / "oil, gas: 100%.txt"
    article.write_text("Russia's oil exports to China reached 2.41 million barrels per day in 2023.", encoding="utf-8")
    result = run(str(article), "--format", "github", "--published", "2024-05-15", cache=tmp_path / "cache")
    line = result.stdout.splitlines()[0]
    folder = str(tmp_path).replace(":", "%3A")
    assert line.startswith(f"::error file={folder}/oil%2C gas%3A 100%25.txt,line=1,col=39,title=oil-exports-2023::")


def test_markdown_and_stdin_with_published(tmp_path: Path) -> None:
    text = "Russia's oil exports to China reached 2.41 million barrels per day last year."
    result = run("-", "--published", "2024-05-15", "--format", "markdown", cache=tmp_path, stdin=text)
    assert result.returncode == 1
    assert "| 1:39 | `oil-exports-2023` | conflict | **2.41 million barrels per day** |" in result.stdout
    # anchored in 2026 'last year' is 2025: the rule's 2023 scope no longer matches, nothing to check
    later = run("-", "--published", "2026-05-15", "--format", "json", cache=tmp_path, stdin=text)
    assert later.returncode == 0
    assert {f["status"] for f in json.loads(later.stdout)["articles"][0]["findings"]} == {"unchecked"}


def test_exit_2_on_input_and_usage_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run(str(empty), cache=tmp_path)
    assert result.returncode == 2 and result.stderr.startswith(f"factcheck: error: {empty}: article is empty")
    assert run(str(tmp_path / "missing.txt"), cache=tmp_path).returncode == 2
    assert run(str(CASES / "energy-shorthand.txt"), "--published", "soon", cache=tmp_path).returncode == 2
    assert run(str(CASES / "energy-shorthand.txt"), "--format", "yaml", cache=tmp_path).returncode == 2
    assert run(str(CASES / "energy-shorthand.txt"), "--corpus", str(tmp_path / "nope"), cache=tmp_path).returncode == 2


def test_corrupt_or_stale_cache_is_rebuilt(tmp_path: Path, seeds_dir: Path) -> None:
    from factcheck.articles import load_corpus
    from factcheck.cache import FactCache
    from factcheck.corpus import fact_table

    cache_dir = tmp_path / "cache"
    fresh = fact_table([seeds_dir])
    cache = FactCache(cache_dir)
    assert fact_table([seeds_dir], cache).equals(fresh) and cache.misses == 5
    cache = FactCache(cache_dir)
    assert fact_table([seeds_dir], cache).equals(fresh) and cache.hits == 5
    entries = sorted(cache_dir.rglob("*.arrow"))
    entries[0].write_bytes(b"not arrow")  # corrupt
    entries[1].write_bytes(entries[1].read_bytes()[:100])  # truncated
    cache = FactCache(cache_dir)
    assert fact_table([seeds_dir], cache).equals(fresh) and (cache.hits, cache.misses) == (3, 2)
    # an edited article gets a new key: the old entry is never used for it
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in seeds_dir.iterdir():
        (corpus / p.name).write_bytes(p.read_bytes())
    edited = corpus / "002_71b259978e3b4e0f.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("2.14 million", "2.41 million"), encoding="utf-8")
    cache = FactCache(cache_dir)
    table = fact_table([corpus], cache)
    assert (cache.hits, cache.misses) == (4, 1)
    assert "2.41 million barrels per day" in set(table["surface"])
    assert len(load_corpus([corpus])) == 5


def _corpus_of(folder: Path, texts: dict[str, str], published: str) -> Path:
    """A corpus folder of `texts`, one article each (of another event than the project's rules are about)."""
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(f"---\npublished: {published}\n---\n{text}\n", encoding="utf-8")
    return folder


BRIDGE = {
    "a_wire": "The Harwick Bridge, which opened in 1968, is 1,120 metres long. Repairs will cost 48 million euros, the "
              "city said on Monday.",
    "b_local": "The 1,120-metre Harwick Bridge will close for two years. The repairs are expected to cost €48 million.",
    "c_tv": "Engineers found cracks in the Harwick Bridge, which is 1,120 metres long, the city said on Monday.",
}


@pytest.mark.parametrize(("length", "status", "severity", "exit_code"), [
    ("1,120 metres", "agree", None, 0),
    ("1,210 metres", "conflict", "error", 1),  # (the others agree among themselves: an outlier)
])
def test_a_figure_no_rule_covers_is_judged_by_the_claims_discovery_finds(tmp_path: Path, length: str, status: str,
                                                                         severity: str | None, exit_code: int) -> None:
    corpus = _corpus_of(tmp_path / "corpus", BRIDGE, "2025-03-10")
    article = tmp_path / "d_blog.txt"
    article.write_text(f"---\npublished: 2025-03-11\n---\nThe Harwick Bridge, {length} long, will shut for two years.\n",
                       encoding="utf-8")
    result = run(str(article), "--corpus", str(corpus), "--format", "json",
                 cache=tmp_path / "cache")
    assert result.returncode == exit_code, result.stderr
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, SCHEMA)
    (finding,) = [f for f in doc["articles"][0]["findings"] if f["surface"] == length]
    assert (finding["status"], finding["severity"], finding["rule"]) == (status, severity, None)
    assert finding["claim"] and {e["source"] for e in finding["evidence"]} == {"a_wire", "b_local", "c_tv"}
    assert all(e["agrees"] is (status == "agree") for e in finding["evidence"])


def test_a_conflict_with_one_other_source_is_a_warning_and_rules_only_leaves_it_unchecked(tmp_path: Path) -> None:
    corpus = _corpus_of(tmp_path / "corpus", {k: BRIDGE[k] for k in ("a_wire", "c_tv")}, "2025-03-10")
    article = tmp_path / "d_blog.txt"
    article.write_text("---\npublished: 2025-03-11\n---\nThe repairs to the Harwick Bridge are expected to cost €84 "
                       "million.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    text = run(str(article), "--corpus", str(corpus), cache=cache)
    assert text.returncode == 0, text.stderr  # (a warning: --fail-on error, the default, passes it)
    assert "conflict: claim " in text.stdout and "no rule: €84 million — " in text.stdout and "a_wire says 48 million euros" in text.stdout
    failing = run(str(article), "--corpus", str(corpus), "--fail-on", "warning",
                  cache=cache)
    assert failing.returncode == 1
    rules_only = run(str(article), "--corpus", str(corpus), "--rules-only",
                     "--format", "json", cache=cache)
    statuses = {f["surface"]: f["status"] for f in json.loads(rules_only.stdout)["articles"][0]["findings"]}
    assert statuses["€84 million"] == "unchecked"


def test_an_article_of_a_corpus_is_paired_as_discover_pairs_it_in_that_corpus(tmp_path: Path) -> None:
    """Checked against the corpus that holds it, an article's figures are paired as `discover` pairs them there: "net
    income rose 12% ..., as revenue grew 8%" is income's 12% (discovery settles ties by order, so the article is
    set among the others in the corpus's order), and the corpus's manifest dates it as it dates the corpus."""
    corpus = ROOT / "tests" / "data" / "discovery" / "earnings"
    result = run(str(corpus / "a_wire.txt"), "--corpus", str(corpus), "--format", "json", cache=tmp_path)
    findings = json.loads(result.stdout)["articles"][0]["findings"]
    assert [f["surface"] for f in findings if f["status"] == "conflict"] == []
    (income,) = [f for f in findings if f["surface"] == "12%"]
    assert income["status"] == "agree" and income["claim"] and {e["source"] for e in income["evidence"]} >= {"b_business"}
    bankrupt = ROOT / "tests" / "data" / "discovery" / "bankrupt"
    result = run(str(bankrupt / "c_tv.txt"), "--corpus", str(bankrupt), "--format", "json", cache=tmp_path)
    assert "warning" not in result.stderr  # (its published day is the manifest's, not today)
    conflicts = [f["surface"] for f in json.loads(result.stdout)["articles"][0]["findings"] if f["status"] == "conflict"]
    assert "twenty-one hundred stores" in conflicts


def test_a_planted_year_of_a_record_is_a_conflict_in_check_as_in_discover(tmp_path: Path) -> None:
    """"the lowest since 2016" against "the lowest level since 2015": both bounds run to today, but the year a record is
    counted since is a point, and `check` compares it as the claim does."""
    corpus = ROOT / "tests" / "data" / "discovery" / "deforestation"
    result = run(str(corpus / "d_blog.txt"), "--corpus", str(corpus), "--format", "json", cache=tmp_path)
    findings = json.loads(result.stdout)["articles"][0]["findings"]
    assert sorted(f["surface"] for f in findings if f["status"] == "conflict") == ["2016", "36%"]


def test_every_figure_of_the_article_that_disagrees_is_a_conflict_though_discover_tells_it_once(tmp_path: Path) -> None:
    """An explainer's "€2.59 billion" in its headline and again in its text, against the wire's and the AP's 2.95 billion
    euros: `discover` tells the disagreement once, `check` flags both of the article's figures."""
    corpus = ROOT / "tests" / "data" / "discovery" / "eu-fine"
    result = run(str(corpus / "c_tech.txt"), "--corpus", str(corpus), "--format", "json", cache=tmp_path)
    findings = json.loads(result.stdout)["articles"][0]["findings"]
    assert sorted(f["surface"] for f in findings if f["status"] == "conflict") == ["90 days", "€2.59 billion", "€2.59 billion"]
