"""The README's walk-through ("First rules for your own event") runs as written."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXPECTED_EXIT = {"extract": 0, "discover": 1, "validate": 0, "explain": 0, "report": 1}


def walkthrough() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### First rules for your own event", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block is not None
    return [line.split("#", 1)[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_the_walkthrough_runs_as_written(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "tests" / "data" / "discovery" / "quake", tmp_path / "tests" / "data" / "discovery" / "quake")
    commands = walkthrough()
    assert [c.split()[1] if c.split()[1] != "rules" else c.split()[2] for c in commands] == list(EXPECTED_EXIT)
    for command in commands:
        words = command.split()
        assert words[0] == "factcheck"
        result = subprocess.run([sys.executable, "-m", "factcheck", *words[1:]], capture_output=True, text=True,
                                cwd=tmp_path)
        step = words[1] if words[1] != "rules" else words[2]
        assert result.returncode == EXPECTED_EXIT[step], (command, result.stderr)
    assert (tmp_path / "quake-facts.csv").stat().st_size > 0
    assert "aid-emergency-money" in (tmp_path / "quake.md").read_text(encoding="utf-8")
