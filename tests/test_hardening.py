"""Hostile and unlucky input: planted caches, output targets, YAML bombs, bad dates, runaway
relations, closed pipes, edits that keep a file's stat. Each case failed before the hardening."""

from __future__ import annotations

import hashlib
import itertools
import os
import pickle
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factcheck.cache import default_cache_dir
from factcheck.memo import read_checked, write_checked

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, **(env or {})}, timeout=120)


class _Payload:
    def __init__(self, target: Path) -> None:
        self.target = target

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Path.touch, (self.target,))


def test_a_planted_cache_file_never_runs_code(tmp_path: Path) -> None:
    witness = tmp_path / "pwned"
    payload = pickle.dumps(_Payload(witness))
    planted = tmp_path / "memo.pickle"
    planted.write_bytes(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)  # the old, forgeable seal
    assert read_checked(planted) is None
    assert not witness.exists() and not planted.exists()


def test_a_cache_file_this_user_wrote_is_read(tmp_path: Path) -> None:
    write_checked(tmp_path / "x.pickle", {"a": 1})
    assert read_checked(tmp_path / "x.pickle") == {"a": 1}


def test_the_default_cache_is_not_in_the_working_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FACTCHECK_CACHE", raising=False)
    monkeypatch.chdir(tmp_path)
    assert not default_cache_dir().resolve().is_relative_to(tmp_path.resolve())


def test_check_ignores_a_cache_folder_planted_in_the_repository(tmp_path: Path) -> None:
    witness = tmp_path / "pwned"
    planted = tmp_path / ".factcheck-cache"
    planted.mkdir()
    payload = pickle.dumps(_Payload(witness))
    for name in ("memo.pickle", "rules.pickle"):
        (planted / name).write_bytes(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
    article = tmp_path / "a.txt"
    article.write_text("Russia's oil exports to China hit 2.14 million barrels per day in 2023.\n", encoding="utf-8")
    env = {"FACTCHECK_CACHE": str(tmp_path / "user-cache")}
    result = run("check", str(article), "--corpus", str(ROOT / "seeds"), "--rules", str(ROOT / "rules"), cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert not witness.exists()


def _report(out: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run("report", str(ROOT / "seeds"), "--rules", str(ROOT / "rules"), "-o", out, cwd=cwd)


def test_output_onto_a_symlink_writes_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.md"
    target.write_text("old", encoding="utf-8")
    (tmp_path / "link.md").symlink_to(target)
    assert _report("link.md", tmp_path).returncode == 0
    assert (tmp_path / "link.md").is_symlink()
    assert target.read_text(encoding="utf-8").startswith("# factcheck report")


def test_a_replaced_report_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o644)
    assert _report("r.md", tmp_path).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_output_onto_a_fifo_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "report", str(ROOT / "seeds"), "--rules",
                             str(ROOT / "rules"), "-o", str(fifo)], cwd=tmp_path, stderr=subprocess.PIPE)
    with open(fifo, "rb") as reader:
        data = reader.read()
    assert proc.wait(timeout=120) == 0
    assert data.startswith(b"# factcheck report")
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still a FIFO: never replaced by a file


def _bomb(levels: int = 9) -> str:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, levels):
        previous = "a" if i == 1 else f"l{i - 1}"
        lines.append(f"l{i}: &l{i} [" + ", ".join([f"*{previous}"] * 10) + "]")
    return "\n".join(lines) + "\n"


def test_a_yaml_bomb_in_rules_is_refused_quickly(tmp_path: Path) -> None:
    (tmp_path / "bomb.yaml").write_text(_bomb() + "rules: []\n", encoding="utf-8")
    started = time.monotonic()
    result = run("rules", "validate", str(tmp_path))
    assert result.returncode == 2
    assert "aliases expand to more than" in result.stderr and "bomb.yaml" in result.stderr
    assert time.monotonic() - started < 30


def test_a_yaml_bomb_in_front_matter_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("---\n" + _bomb() + "---\nOil exports rose 5% in 2023.\n", encoding="utf-8")
    result = run("extract", str(article))
    assert result.returncode == 2
    assert "a.txt" in result.stderr and "aliases expand" in result.stderr


@pytest.mark.parametrize("published", ["9999-12-31", "2024-02-30", "0001-01-01"])
def test_impossible_publication_dates_are_input_errors(tmp_path: Path, published: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(f"---\npublished: {published}\n---\nOil exports rose 5% last year.\n", encoding="utf-8")
    result = run("extract", str(article))
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("factcheck: error: ") and "a.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_published_option_errors_say_their_prefix_once(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Oil exports rose 5% last year.\n", encoding="utf-8")
    result = run("check", str(article), "--corpus", str(ROOT / "seeds"), "--rules", str(ROOT / "rules"),
                 "--published", "0001-01-01", env={"FACTCHECK_CACHE": str(tmp_path / "c")})
    assert result.returncode == 2
    assert result.stderr.count("--published") == 1


def _relation_rules(folder: Path, relation: str) -> Path:
    text = (ROOT / "rules" / "visit.yaml").read_text(encoding="utf-8")
    quoted = relation.replace("'", "''")
    text = text.replace('relation: year(end) == year(visit) + round(in_unit(length, "year"))', f"relation: '{quoted}'")
    folder.mkdir()
    (folder / "visit.yaml").write_text(text, encoding="utf-8")
    (folder / "energy.yaml").write_text((ROOT / "rules" / "energy.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return folder


@pytest.mark.parametrize(("relation", "message"), [
    (" + ".join(["year(end)"] * 20000) + " == 1", "at most"),
    ('"a" * 1000000000 == year(end)', "text is allowed only"),
    ("year(end) + 1", "must be true or false"),
])
def test_runaway_relations_fail_validation(tmp_path: Path, relation: str, message: str) -> None:
    result = run("rules", "validate", str(_relation_rules(tmp_path / "r", relation)))
    assert result.returncode == 2
    assert message in result.stderr and "visit.yaml" in result.stderr


def test_a_relation_that_cannot_be_computed_is_a_rule_error_not_a_conflict(tmp_path: Path) -> None:
    rules = _relation_rules(tmp_path / "r", "year(end) / (year(visit) - year(visit)) == 1")
    result = run("report", str(ROOT / "seeds"), "--rules", str(rules), "-o", str(tmp_path / "r.md"))
    assert result.returncode == 2
    assert "visit.yaml" in result.stderr and "cannot evaluate" in result.stderr
    assert not (tmp_path / "r.md").exists()


class _FullStdout:
    """A stdout whose every write fails like a full disk or a closed pipe."""

    def __init__(self, errno_: int) -> None:
        self.errno = errno_

    def write(self, text: str) -> int:
        raise OSError(self.errno, os.strerror(self.errno))

    def flush(self) -> None:
        raise OSError(self.errno, os.strerror(self.errno))

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError(self.errno, os.strerror(self.errno))


@pytest.mark.parametrize("errno_", [28, 32], ids=["full disk", "closed pipe"])
def test_a_stdout_that_cannot_be_written_is_an_error_not_a_finding(monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str], errno_: int) -> None:
    from factcheck.cli import main

    monkeypatch.setattr(sys, "stdout", _FullStdout(errno_))
    with pytest.raises(SystemExit) as exited:
        main(["extract", str(ROOT / "seeds"), "--format", "json", "--jobs", "1"])
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert error.startswith("factcheck: error: ") and "Traceback" not in error


def test_an_edit_that_keeps_size_and_mtime_rebuilds_the_index(tmp_path: Path) -> None:
    from factcheck.evidence import load_evidence
    from factcheck.rules.loader import load_rules

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in (ROOT / "seeds").iterdir():  # the articles and their manifest
        (corpus / path.name).write_bytes(path.read_bytes())
    target = corpus / "002_71b259978e3b4e0f.txt"
    old = target.stat()
    os.utime(target, ns=(old.st_atime_ns, old.st_mtime_ns - 10_000_000_000))  # not racy
    ruleset = load_rules(ROOT / "rules")
    cache = tmp_path / "cache"
    load_evidence([corpus], ruleset, "k", cache)
    assert load_evidence([corpus], ruleset, "k", cache)[1] is True
    before = target.stat()
    text = target.read_text(encoding="utf-8").replace("2.14 million", "2.41 million")
    target.write_text(text, encoding="utf-8")
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))  # same size, same mtime, same inode
    evidence, from_index = load_evidence([corpus], ruleset, "k", cache)
    assert from_index is False
    assert any(f.surface.startswith("2.41") for f in evidence.facts["oil-exports-2023"])


def test_a_looping_symlink_in_a_corpus_is_named_not_silently_skipped(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Oil exports rose 5% in 2023.\n", encoding="utf-8")
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    result = run("extract", str(corpus), "--jobs", "1")
    assert result.returncode == 0
    assert "loop.txt: skipped" in result.stderr
    report = run("report", str(corpus), "--rules", str(ROOT / "rules"), "-o", str(tmp_path / "r.md"))
    assert report.returncode == 0
    assert report.stderr.count("loop.txt: skipped") == 1  # (once, though a run lists its folder more than once)


def test_ctrl_c_exits_130_and_leaves_no_output(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    import factcheck.corpus
    from factcheck.cli import main

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(factcheck.corpus, "fact_table", interrupted)
    out = tmp_path / "facts.csv"
    with pytest.raises(SystemExit) as exited:
        main(["extract", str(ROOT / "seeds"), "--format", "csv", "-o", str(out)])
    assert exited.value.code == 130
    assert "interrupted" in capsys.readouterr().err
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_an_article_with_no_full_stop_keeps_the_fact_table_linear() -> None:
    """Every fact carries its sentence: one 440,000-character sentence of 20,000 dates made `extract` write
    20,000 copies of it (gigabytes). Sentences are cut at MAX_SENTENCE characters, at a comma or space."""
    import datetime as dt

    from factcheck.articles import Article
    from factcheck.extract import extract_article
    from factcheck.text import MAX_SENTENCE, split_sentences

    text = " ".join(f"On May {d % 28 + 1}, 20{d % 30:02d}," for d in range(20000))
    sentences = split_sentences(text)
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert all(s.text == text[s.start : s.end] for s in sentences)
    assert all(a.end <= b.start for a, b in itertools.pairwise(sentences))
    facts = extract_article(Article(source="x", path="x", text=text, published=dt.date(2024, 1, 1)))
    assert len(facts) == 20000
    assert {f.surface for f in facts[:3]} == {"May 1, 2000", "May 2, 2001", "May 3, 2002"}
    assert max(len(f.sentence) for f in facts) <= MAX_SENTENCE


def test_markup_in_an_article_is_shown_as_written_in_a_markdown_report(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in (ROOT / "seeds").glob("*.txt"):
        (corpus / seed.name).write_bytes(seed.read_bytes())
    (corpus / "zz_markup.txt").write_text(
        "---\npublished: 2024-05-20\n---\nRussia's oil exports to China hit a record 2.41 million barrels per day in 2023 "
        "![x](http://tracker.example/p.png) <img src=x> </details> *really* [click](http://x).\n", encoding="utf-8")
    result = run("report", str(corpus), "--rules", "rules", "-o", "-")
    assert result.returncode == 1, result.stderr
    quote = next(line for line in result.stdout.splitlines() if "2.41 million barrels per day**" in line)
    assert "!\\[x\\](http://tracker.example/p.png) \\<img src=x\\> \\</details\\> \\*really\\* \\[click\\]" in quote
    assert "<img" not in result.stdout.replace("\\<img", "") and result.stdout.count("</details>") == result.stdout.count("<details>")


def test_a_long_table_of_aligned_columns_reads_every_row_in_its_unit() -> None:
    """Each row once looked up its table's header by walking up every row above it: 5,000 rows took 5.7 s (1.5 s
    since the headers are read in one pass)."""
    import datetime as dt

    from factcheck.articles import Article
    from factcheck.extract import extract_article

    rows = "\n".join(f"Item {i} (bcm)        {i % 90 + 1}.5        {i % 80 + 2}.5" for i in range(3000))
    text = "Data.\n\nIndicator        2022        2023\n" + rows + "\n"
    facts = extract_article(Article(source="x", path="x", text=text, published=dt.date(2024, 1, 1)))
    figures = [f for f in facts if f.kind != "date"]
    assert len(figures) == 6000
    assert {f.unit for f in figures} == {"bcm"}
    assert {f.period for f in figures[:2]} == {"2022-01-01..2022-12-31", "2023-01-01..2023-12-31"}


def test_a_dash_before_a_run_of_ands_is_read_once() -> None:
    """A list set off by a dash is read as a count's breakdown by one pattern: a run of "and and and" after the dash
    took that pattern through every split of the run (exponential; 20 of them ran past a minute). Run in a subprocess,
    killed after 60 seconds."""
    code = ("import datetime as dt\n"
            "from factcheck.articles import Article\n"
            "from factcheck.extract import extract_article\n"
            "text = 'Among the 64 people onboard — ' + ' and '.join(['and and and'] * 40) + ' were 5 aboard.'\n"
            "facts = extract_article(Article(source='x', path='x', text=text, published=dt.date(2024, 1, 1)))\n"
            "print(sorted(f.surface for f in facts))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['5', '64 people']"
