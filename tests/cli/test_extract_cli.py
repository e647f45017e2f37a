"""`factcheck extract`: formats, schema, and exit codes on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.facts import COLUMNS


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True)


def test_json_has_exactly_the_schema_columns_and_offsets_slice(seeds_dir: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(seeds_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in seeds_dir.glob("*.txt")}
    assert rows and all(list(r) == list(COLUMNS) for r in rows)
    assert all(texts[r["source"]][r["start"] : r["end"]] == r["surface"] for r in rows)
    oil = next(r for r in rows if r["surface"] == "2.14 million barrels per day")
    assert (oil["value"], oil["unit"], oil["precision"]) == (2140000.0, "bpd", 10000.0)


def test_csv_and_parquet_round_trip(tmp_path: Path, seeds_dir: Path, seed_facts: pd.DataFrame) -> None:
    from factcheck.formats import read_facts

    for fmt, name in (("csv", "f.csv"), ("parquet", "f.parquet"), ("json", "f.json")):
        out = tmp_path / name
        result = CliRunner().invoke(main, ["extract", str(seeds_dir), "--format", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
        back = read_facts(out)
        pd.testing.assert_frame_equal(back, seed_facts, check_exact=False)


def test_output_suffix_names_the_format_unless_format_is_given(tmp_path: Path, seeds_dir: Path,
                                                               seed_facts: pd.DataFrame) -> None:
    from factcheck.formats import read_facts

    for name in ("f.csv", "f.parquet", "f.json"):
        result = CliRunner().invoke(main, ["extract", str(seeds_dir), "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        pd.testing.assert_frame_equal(read_facts(tmp_path / name), seed_facts, check_exact=False)
    CliRunner().invoke(main, ["extract", str(seeds_dir), "-o", str(tmp_path / "f.md")])
    assert (tmp_path / "f.md").read_text(encoding="utf-8").startswith("| source |")
    CliRunner().invoke(main, ["extract", str(seeds_dir), "-o", str(tmp_path / "f.txt")])
    assert (tmp_path / "f.txt").read_text(encoding="utf-8").startswith("source  ")
    CliRunner().invoke(main, ["extract", str(seeds_dir), "--format", "json", "-o", str(tmp_path / "g.csv")])
    assert len(json.loads((tmp_path / "g.csv").read_text(encoding="utf-8"))) == len(seed_facts)


def test_table_and_markdown_list_every_fact(seeds_dir: Path, seed_facts: pd.DataFrame) -> None:
    for fmt in ("table", "markdown"):
        result = CliRunner().invoke(main, ["extract", str(seeds_dir), "--format", fmt])
        assert result.exit_code == 0
        assert result.output.count("\n") == len(seed_facts) + (1 if fmt == "table" else 2)
        assert "2.14 million barrels per day" in result.output


def test_empty_and_non_utf8_articles_exit_2_naming_the_file(tmp_path: Path) -> None:
    empty, binary = tmp_path / "empty.txt", tmp_path / "bin.txt"
    empty.write_text("")
    binary.write_bytes(b"\xfa\xff\xfe")
    for path, reason in ((empty, "article is empty"), (binary, "not UTF-8"), (tmp_path / "none.txt", "no such file")):
        result = run("extract", str(path))
        assert result.returncode == 2
        assert result.stderr.startswith(f"factcheck: error: {path}: {reason}"), result.stderr


def test_failed_run_leaves_no_partial_output(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff")
    out = tmp_path / "facts.csv"
    assert run("extract", str(tmp_path), "--format", "csv", "-o", str(out)).returncode == 2
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "bad.txt"]


def test_parquet_needs_output_and_usage_errors_exit_2(seeds_dir: Path) -> None:
    assert run("extract", str(seeds_dir), "--format", "parquet").returncode == 2
    assert run("extract", "--no-such-flag").returncode == 2
    assert run("--version").stdout.strip().startswith("factcheck, version")


def test_jobs_give_identical_output(copies_dir: Path) -> None:
    outputs = []
    for jobs in ("1", "2"):
        result = CliRunner().invoke(main, ["extract", str(copies_dir), "--format", "csv", "--jobs", jobs])
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    assert outputs[0] == outputs[1] and outputs[0].count("\n") > 40 * 9


def test_dask_engine_usage_errors_exit_2(seeds_dir: Path, tmp_path: Path) -> None:
    for args in (["--format", "csv"], ["--format", "parquet", "-o", str(tmp_path / "one.parquet")]):
        result = CliRunner().invoke(main, ["extract", str(seeds_dir), "--engine", "dask", *args])
        assert result.exit_code == 2 and "partitioned" in result.output
