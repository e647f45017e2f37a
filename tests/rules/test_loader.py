"""Rule files: the shipped rules load; every kind of error names file, line and what is wrong."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from factcheck.errors import RuleError
from factcheck.rules import load_rules

CASES = YAML(typ="safe", pure=True).load((Path(__file__).parent / "invalid_rules.yaml").read_text())["cases"]


def test_shipped_rules_load(rules_dir: Path) -> None:
    ruleset = load_rules(rules_dir)
    ids = [r.id for r in ruleset.rules]
    assert len(ids) == len(set(ids)) >= 15
    assert sum(r.check == "relation" for r in ruleset.rules) >= 2
    oil = ruleset.by_id()["oil-exports-2023"]
    assert oil.expect is not None and oil.expect.value == 2140000
    assert oil.about is not None and oil.about[0].year == 2023


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_invalid_rule_file_names_file_line_and_problem(tmp_path: Path, case: dict) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(case["yaml"], encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules(tmp_path)
    message = str(info.value)
    assert message.startswith(f"{path}:{case['line']}: "), message
    assert case["message"].lower() in message.lower(), message


@pytest.mark.parametrize("case", CASES[:3], ids=[c["name"] for c in CASES[:3]])
def test_rules_validate_exits_2_with_the_error(tmp_path: Path, case: dict) -> None:
    (tmp_path / "bad.yaml").write_text(case["yaml"], encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "factcheck", "rules", "validate", str(tmp_path)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.startswith(f"factcheck: error: {tmp_path / 'bad.yaml'}:{case['line']}: ")


def test_rules_validate_ok(rules_dir: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "factcheck", "rules", "validate", str(rules_dir)],
                            capture_output=True, text=True)
    assert result.returncode == 0 and "rules OK" in result.stdout


def test_missing_rules_folder(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="no such rules folder"):
        load_rules(tmp_path / "none")


def test_near_and_not_near_windows_can_differ(tmp_path: Path) -> None:
    (tmp_path / "r.yaml").write_text(
        "rules:\n  - id: r\n    title: t\n    match:\n      kind: duration\n      near: [visit]\n"
        "      not_near: [after]\n      window: 3\n      not_near_window: 1\n", encoding="utf-8")
    match = load_rules(tmp_path).rules[0].match
    assert match is not None
    assert (match.window, match.near_window, match.not_near_window) == (3, 3, 1)


def test_validate_reports_every_error_of_every_file_on_the_offending_line(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "rules:\n  - id: one\n    title: first\n    match:\n      kind: money\n      unit: dolars\n"
        "  - id: Two\n    title: second\n    match:\n      kind: percent\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text(
        "rules:\n  - id: four\n    title: fourth\n    tolerance: lots\n    match:\n      kind: percent\n",
        encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "factcheck", "rules", "validate", str(tmp_path)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith("factcheck: error:")]
    assert len(lines) == 3, result.stderr
    assert f"{tmp_path / 'a.yaml'}:6: match: unit: 'dolars'" in lines[0]  # the unit's own line, not match:'s
    assert f"{tmp_path / 'a.yaml'}:7: id:" in lines[1]
    assert f"{tmp_path / 'b.yaml'}:4: tolerance:" in lines[2]


def test_a_spelled_percent_tolerance_reads_like_a_percent_sign() -> None:
    from factcheck.rules.loader import parse_tolerance

    assert parse_tolerance("two percent") == parse_tolerance("2%").__class__("relative", 0.02, "two percent")


def test_numbers_written_bare_read_as_written(tmp_path: Path) -> None:
    """`expect: 379`, `not_near: [six, 379]`, `about: 2023`, `expect: 2.10`: YAML numbers are read as the text they were
    written as (a float keeps its decimals, so its rounding step)."""
    (tmp_path / "r.yaml").write_text(
        "rules:\n  - id: a\n    title: t\n    match:\n      kind: count\n      not_near: [six, 379]\n      about: 2023\n"
        "    expect: 379\n  - id: b\n    title: t\n    match:\n      kind: count\n    expect: 2.10\n", encoding="utf-8")
    a, b = load_rules(tmp_path).rules
    assert a.match is not None and b.expect is not None and a.expect is not None
    assert (a.expect_text, a.expect.value, a.match.not_near, a.match.about) == ("379", 379, ("six", "379"), "2023")
    assert (b.expect_text, b.expect.value, b.expect.precision) == ("2.10", 2.1, 0.01)
