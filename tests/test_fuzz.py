"""Fuzzing each entry point in-process: article text, front matter, rule YAML and relation expressions.
Whatever comes in, the command ends with exit code 0, 1 or 2 and never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))

NEWSY = st.sampled_from(["2.14 million barrels per day", "$4.3bn", "nearly 40%", "Feb. 30, 2024", "-0.6%", "¥5",
                         "between 2 and 3 million", "the 1990s", "FY26", "Q5 2023", "3/0", "1e308", "٣٤", "last year",
                         "twenty-eight thousand", "\x00", "---", "&a", "*a", ":", "%", "\u202e", "\n\n", "RM", "Thursday"])


def _exit_code(args: list[str], capsys: pytest.CaptureFixture[str]) -> int:
    try:
        main(args)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    else:
        code = 0
    err = capsys.readouterr().err
    assert "Traceback" not in err, err
    return code


@FUZZ
@given(st.lists(st.one_of(NEWSY, st.text(max_size=30)), min_size=1, max_size=12).map(" ".join))
def test_any_article_text(tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str], text: str) -> None:
    path = tmp_path_factory.mktemp("a") / "a.txt"
    path.write_text(text, encoding="utf-8", errors="surrogatepass") if "\ud800" not in text else path.write_bytes(b"x")
    assert _exit_code(["extract", str(path), "--jobs", "1"], capsys) in (0, 2)


FRONT_KEYS = st.sampled_from(["published", "outlet", "url", "title", "x"])
FRONT_VALUES = st.one_of(st.sampled_from(["2024-05-15", "9999-12-31", "2024-02-30", "0001-01-01", "[1, 2]", "{a: 1}",
                                          "&a [*a]", "!!python/object:os.system", "yes", "~", "'"]), st.text(max_size=20))


@FUZZ
@given(st.lists(st.tuples(FRONT_KEYS, FRONT_VALUES), max_size=4))
def test_any_front_matter(tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str],
                          pairs: list[tuple[str, str]]) -> None:
    path = tmp_path_factory.mktemp("f") / "a.txt"
    front = "".join(f"{k}: {v}\n" for k, v in pairs)
    path.write_text(f"---\n{front}---\nOil exports rose 5% last year.\n", encoding="utf-8", errors="replace")
    assert _exit_code(["extract", str(path), "--jobs", "1"], capsys) in (0, 2)


RULE_VALUES = st.one_of(st.sampled_from(["quantity", "money", "date", "percent", "USD", "barrels per day", "2%",
                                         "rounding", "two percent", "[a, b]", "&x 1", "*x", "2023", "null", "-1"]),
                        st.text(max_size=15))


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(["kind", "unit", "words", "about", "window", "change", "near"]), RULE_VALUES),
                max_size=4),
       st.sampled_from(["", "expect: 2 days", "tolerance: 2%", "severity: loud", "expect: $5"]))
def test_any_rule_yaml(tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str],
                       pairs: list[tuple[str, str]], extra: str) -> None:
    folder = tmp_path_factory.mktemp("r")
    match = "".join(f"      {k}: {v}\n" for k, v in pairs) or "      kind: date\n"
    (folder / "r.yaml").write_text(f"rules:\n  - id: r\n    title: t\n    match:\n{match}    {extra}\n",
                                   encoding="utf-8", errors="replace")
    assert _exit_code(["rules", "validate", str(folder)], capsys) in (0, 2)


EXPRESSION_PARTS = st.sampled_from(["a", "b", "year(a)", "in_unit(b, \"year\")", "in_unit(b, \"USD\")", "1", "0", "==", "<",
                                    "+", "/", "*", "(", ")", "and", "not", "round(", "\"x\"", "lambda", "__import__",
                                    "1e308", "**", ",", "min(a, b)"])


@FUZZ
@given(st.lists(EXPRESSION_PARTS, min_size=1, max_size=10).map(" ".join))
def test_any_relation(tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str], relation: str) -> None:
    folder = tmp_path_factory.mktemp("x")
    text = (ROOT / "rules" / "visit.yaml").read_text(encoding="utf-8")
    quoted = relation.replace("'", "''")
    text = text.replace('relation: year(end) == year(visit) + round(in_unit(length, "year"))', f"relation: '{quoted}'")
    text = text.replace("uses: {length: term-length, visit: visit-day, end: term-end}", "uses: {a: term-end, b: term-length}")
    (folder / "visit.yaml").write_text(text, encoding="utf-8")
    (folder / "energy.yaml").write_text((ROOT / "rules" / "energy.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    out = folder / "r.md"
    code = _exit_code(["report", str(ROOT / "seeds"), "--rules", str(folder), "-o", str(out), "--jobs", "1"], capsys)
    assert code in (0, 1, 2)
    assert code == 2 or out.read_text(encoding="utf-8").startswith("# factcheck report")  # never half a file
    if code == 2:
        assert not out.exists()


if sys.platform != "linux":  # pragma: no cover
    pytestmark = pytest.mark.skip("the fuzz targets assume a POSIX file system")
