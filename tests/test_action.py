"""The reusable action (action.yml): its check step, run as GitHub would run it, with factcheck on PATH."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
ACTION = YAML(typ="safe", pure=True).load((ROOT / "action.yml").read_text(encoding="utf-8"))


def run_step(tmp_path: Path, corpus: Path, rules: str) -> tuple[int, str, dict[str, str]]:
    step = next(s for s in ACTION["runs"]["steps"] if s.get("id") == "factcheck")
    summary, output = tmp_path / "summary.md", tmp_path / "output.txt"
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "CORPUS": str(corpus), "RULES": rules, "FAIL_ON": "error", "REPORT": str(tmp_path / "report.md"),
           "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_OUTPUT": str(output)}
    result = subprocess.run(["bash", "-c", step["run"]], env=env, cwd=ROOT, capture_output=True, text=True)
    outputs = dict(line.split("=", 1) for line in output.read_text().splitlines())
    return result.returncode, summary.read_text(encoding="utf-8"), outputs


@pytest.mark.skipif(not (Path(sys.executable).parent / "factcheck").exists(), reason="factcheck is not installed")
def test_the_action_reports_the_seeds_and_discovers_without_rules(tmp_path: Path) -> None:
    code, summary, outputs = run_step(tmp_path, ROOT / "seeds", "rules")
    assert code == 0 and outputs["exit-code"] == "0"
    assert summary.startswith("# factcheck report: seeds") and outputs["report"].endswith("report.md")
    (tmp_path / "second").mkdir()
    code, summary, outputs = run_step(tmp_path / "second", ROOT / "tests" / "data" / "discovery" / "quake", "")
    assert code == 1 and outputs["exit-code"] == "1"
    assert summary.startswith("# Discovery: quake") and "aid-emergency-money" in summary
    assert {i for i in ACTION["inputs"]} == {"corpus", "rules", "fail-on", "report", "python-version"}
