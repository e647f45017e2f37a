"""`factcheck rules explain`: what a rule takes and why each near miss was left out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def explain(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factcheck", "rules", "explain", *args, "--jobs", "1"],
                          capture_output=True, text=True, cwd=cwd)


def test_explain_lists_what_the_rule_takes_and_what_fits_another_rule_better() -> None:
    result = explain("no-limits-declaration", "seeds", "--rules", "rules")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("no-limits-declaration: Date of the \"no limits\" declaration (rules/visit.yaml:")
    assert "takes 3 fact(s):" in out
    assert ("000_d151875e93ae94f0: 'February 2022' — 'no limits | boundless | unrestricted | without limits | limitless | "
            "no-holds-barred' in its claim") in out
    assert "003_13c2d92e542bc94b: 'February 2022' — fits invasion-year better" in out


def test_explain_gives_the_distance_of_a_not_near_word(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("---\npublished: 2024-05-16\n---\nPutin's visit came two days after talks in Paris.\n",
                                  encoding="utf-8")
    result = explain("visit-length", str(corpus), "--rules", str(ROOT / "rules"))
    assert result.returncode == 0, result.stderr
    assert "a: 'two days' — not_near: 'after | since | ago | before' is 0 words away (window 2)" in result.stdout


def test_explain_an_unknown_rule_is_a_usage_error() -> None:
    result = explain("no-such-rule", "seeds", "--rules", "rules")
    assert result.returncode == 2
    assert "no rule 'no-such-rule'" in result.stderr and "oil-exports-2023" in result.stderr
