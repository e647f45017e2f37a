"""The evidence index of `check`: reused while the corpus is unchanged, rebuilt on any edit or
corruption, never trusted stale."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from factcheck.evidence import evidence_from_table, load_evidence, load_ruleset


def test_index_is_reused_then_rebuilt_on_edit_and_on_corruption(tmp_path: Path, seeds_dir: Path, rules_dir: Path,
                                                                 seed_facts) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus, copy_function=shutil.copy)  # fresh mtimes: inside the racy window
    cache = tmp_path / "cache"
    ruleset, key = load_ruleset(rules_dir, cache)
    first, from_index = load_evidence([corpus], ruleset, key, cache)
    assert not from_index
    assert first.facts == evidence_from_table(seed_facts, ruleset).facts
    assert sum(map(len, first.facts.values())) > 20

    again, from_index = load_evidence([corpus], ruleset, key, cache)
    assert from_index and again.facts == first.facts and again.consensus == first.consensus

    edited = corpus / "002_71b259978e3b4e0f.txt"
    old_stat = edited.stat()
    edited.write_text(edited.read_text(encoding="utf-8").replace("2.14 million", "2.41 million"), encoding="utf-8")
    # same size and the same (recent) mtime, as an edit within one clock tick would leave it:
    # only re-hashing files modified near the index's creation can see it
    os.utime(edited, ns=(old_stat.st_atime_ns, old_stat.st_mtime_ns))
    assert edited.stat().st_size == old_stat.st_size
    changed, from_index = load_evidence([corpus], ruleset, key, cache)
    assert not from_index
    assert "2.41 million barrels per day" in {f.surface for f in changed.facts["oil-exports-2023"]}

    for index in (cache / "evidence").iterdir():
        index.write_bytes(index.read_bytes()[:-50])  # truncated
    rebuilt, from_index = load_evidence([corpus], ruleset, key, cache)
    assert not from_index and rebuilt.facts == changed.facts


def test_rules_cache_follows_the_rule_files(tmp_path: Path, rules_dir: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(rules_dir, rules)
    cache = tmp_path / "cache"
    first, key = load_ruleset(rules, cache)
    cached, same_key = load_ruleset(rules, cache)
    assert same_key == key and cached == first
    energy = rules / "energy.yaml"
    energy.write_text(energy.read_text(encoding="utf-8").replace("severity: error", "severity: warning", 1),
                      encoding="utf-8")
    edited, new_key = load_ruleset(rules, cache)
    assert new_key != key and edited != first


def test_a_real_edit_changes_the_stat_and_rebuilds(tmp_path: Path, seeds_dir: Path, rules_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)  # copy2 keeps the old mtimes: outside the racy window
    cache = tmp_path / "cache"
    ruleset, key = load_ruleset(rules_dir, cache)
    load_evidence([corpus], ruleset, key, cache)
    assert load_evidence([corpus], ruleset, key, cache)[1]
    edited = corpus / "000_d151875e93ae94f0.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nAn added line.\n", encoding="utf-8")
    assert not load_evidence([corpus], ruleset, key, cache)[1]
    (corpus / "005_new.txt").write_text("A new article on 3 March 2024 about 12 tonnes.\n", encoding="utf-8")
    assert not load_evidence([corpus], ruleset, key, cache)[1]


def test_fact_table_evidence_is_indexed_and_follows_the_table(tmp_path: Path, seeds_dir: Path, rules_dir: Path) -> None:
    from factcheck.corpus import fact_batches
    from factcheck.formats import read_facts, write_parquet_stream

    cache = tmp_path / "cache"
    ruleset, key = load_ruleset(rules_dir, cache)
    for name in ("facts.parquet", "parts"):
        table_path = tmp_path / name
        write_parquet_stream(fact_batches([seeds_dir], batch_articles=2), table_path)
        first, from_index = load_evidence([table_path], ruleset, key, cache, facts_table=True)
        assert not from_index
        assert first.facts == evidence_from_table(read_facts(table_path), ruleset).facts
        again, from_index = load_evidence([table_path], ruleset, key, cache, facts_table=True)
        assert from_index and again.facts == first.facts
        # the table rewritten from fewer articles: the index must not be used
        fewer = tmp_path / "fewer"
        fewer.mkdir(exist_ok=True)
        for article in sorted(seeds_dir.glob("*.txt"))[:3]:
            shutil.copy(article, fewer / article.name)
        write_parquet_stream(fact_batches([fewer]), table_path)
        changed, from_index = load_evidence([table_path], ruleset, key, cache, facts_table=True)
        assert not from_index
        assert changed.facts == evidence_from_table(read_facts(table_path), ruleset).facts != first.facts
