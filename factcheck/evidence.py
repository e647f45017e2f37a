"""The corpus side of `check`, kept ready between runs: for each rule, the corpus facts it
selects, in one file per (corpus, rules, extractor version) under the cache folder.

A repeated check reads that one file instead of reading, extracting and selecting the corpus.
It is used only while every corpus file is unchanged, checked the way git checks its index: each
file's size, mtime, ctime and inode must be as recorded; a file whose stat changed is re-hashed and must
still have the recorded content hash; a file modified within a few seconds of the index being
built is always re-hashed (a same-second edit cannot hide). Anything else rebuilds the index from
the per-article fact cache, which is keyed by content hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck import EXTRACTOR_VERSION
from factcheck.articles import ARTICLE_SUFFIXES, MANIFEST_NAMES, content_digest
from factcheck.engine.matching import consensus_fact
from factcheck.errors import InputError
from factcheck.facts import COLUMNS, DATE_COLUMNS, Fact, from_row
from factcheck.memo import read_checked, write_checked
from factcheck.rules.model import Rule, RuleSet

if TYPE_CHECKING:
    import pandas as pd



@dataclass
class CorpusEvidence:
    """For each consistency rule, the corpus facts it selects (by source and offset) and the
    position of their consensus fact, computed once when the index is built."""

    facts: Mapping[str, list[Fact]]
    consensus: dict[str, int | None]

    def consensus_without(self, rule: Rule, source: str) -> Fact | None:
        """What the corpus says for `rule`, leaving out `source` (the article being checked)."""
        facts = self.facts.get(rule.id, [])
        position = self.consensus.get(rule.id)
        if position is None:
            return None
        if all(f.source != source for f in facts):
            return facts[position]
        others = [f for f in facts if f.source != source]
        return consensus_fact(others, rule.tolerance) if others else None


RACY_NS = 3_000_000_000  # files modified this close to the index's creation are always re-hashed


@dataclass
class _Stat:
    size: int
    mtime_ns: int
    inode: int
    digest: str
    ctime_ns: int = 0  # an edit that restores size, inode and mtime still changes ctime


@dataclass
class _Index:
    files: dict[str, _Stat]  # article files and manifests, by path
    built_ns: int
    columns: dict[str, list[list[Any]]]  # rule id -> one list per Fact field (dates as day ordinals)
    consensus: dict[str, int | None]


_DATE_FIELDS = frozenset(DATE_COLUMNS)


def _to_columns(facts: list[Fact]) -> list[list[Any]]:
    """Facts as one list per field: a plain-list pickle loads many times faster than objects."""
    columns = [[getattr(f, name) for f in facts] for name in COLUMNS]
    for i, name in enumerate(COLUMNS):
        if name in _DATE_FIELDS:
            columns[i] = [None if d is None else d.toordinal() for d in columns[i]]
    return columns


class _RuleFacts(Mapping[str, list[Fact]]):
    """Each rule's facts, built from the index's columns when first asked for: a check needs only
    the rules its article's facts match."""

    def __init__(self, columns: dict[str, list[list[Any]]]) -> None:
        self._columns = columns
        self._built: dict[str, list[Fact]] = {}

    def __getitem__(self, rule_id: str) -> list[Fact]:
        if rule_id not in self._built:
            self._built[rule_id] = _from_columns(self._columns[rule_id])
        return self._built[rule_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._columns)

    def __len__(self) -> int:
        return len(self._columns)


def _from_columns(columns: list[list[Any]]) -> list[Fact]:
    columns = [
        [None if d is None else dt.date.fromordinal(d) for d in values] if name in _DATE_FIELDS else values
        for name, values in zip(COLUMNS, columns, strict=True)
    ]
    return [Fact(*values) for values in zip(*columns, strict=True)]


def evidence_from_table(facts: pd.DataFrame, ruleset: RuleSet) -> CorpusEvidence:
    """For each consistency rule, the facts of `facts` it selects, sorted by source and offset."""
    from factcheck.engine.pandas_engine import plain_rows, select_all

    selected = select_all(facts, ruleset).sort_values(["rule_id", "source", "start"], kind="stable")
    out: dict[str, list[Fact]] = {rule.id: [] for rule in ruleset.rules if rule.check == "consistency"}
    strings: dict[str, str] = {}  # one object per distinct sentence and source: the index pickles each once
    for row in plain_rows(selected):
        fact = from_row(row)
        fact.claim = fact.clause = ""  # attributed already: a check reads the figures and their sentences only
        fact.sentence = strings.setdefault(fact.sentence, fact.sentence)
        fact.source = strings.setdefault(fact.source, fact.source)
        out[str(row.rule_id)].append(fact)
    consensus: dict[str, int | None] = {}
    for rule in ruleset.rules:
        if rule.id in out:
            items = out[rule.id]
            consensus[rule.id] = items.index(consensus_fact(items, rule.tolerance)) if items else None
    return CorpusEvidence(out, consensus)


def _scan(paths: list[Path], facts_table: bool = False) -> dict[str, os.stat_result]:
    """Stat of every file the evidence is read from: the article files and manifests of a corpus
    (the same files `iter_corpus` reads), or every file of a fact table (a file or its parts)."""
    found: dict[str, os.stat_result] = {}
    for path in paths:
        if path.is_dir():
            with os.scandir(path) as entries:
                for entry in entries:
                    name = entry.name
                    wanted = not name.startswith(".") if facts_table else (
                        name.endswith(ARTICLE_SUFFIXES) or name in MANIFEST_NAMES)
                    if wanted and entry.is_file():
                        found[entry.path] = entry.stat()
        elif path.exists():
            found[str(path)] = path.stat()
            for name in () if facts_table else MANIFEST_NAMES:
                manifest = path.parent / name
                if manifest.is_file():
                    found[str(manifest)] = manifest.stat()
        else:
            raise InputError("no such file or folder", path)
    return found


def _digest(path: str) -> str:
    try:
        return content_digest(Path(path).read_bytes())
    except OSError as exc:
        raise InputError(f"cannot read article: {exc.strerror or exc}", path) from exc


def _still_valid(index: _Index, scanned: dict[str, os.stat_result]) -> bool:
    if scanned.keys() != index.files.keys():
        return False
    for path, st in scanned.items():
        known = index.files[path]
        same_stat = (st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns) == (
            known.size, known.mtime_ns, known.inode, known.ctime_ns)
        racy = st.st_mtime_ns >= index.built_ns - RACY_NS
        if (not same_stat or racy) and _digest(path) != known.digest:
            return False
    return True


def load_evidence(paths: list[Path], ruleset: RuleSet, rules_key: str, folder: Path,
                  jobs: int = 1, facts_table: bool = False) -> tuple[CorpusEvidence, bool]:
    """The evidence of the corpus at `paths` (with `facts_table`: of the fact table written by
    `extract` at `paths[0]`) for `ruleset`, and whether it came from the index."""
    paths = [p.resolve() for p in paths]
    names = "\x1f".join(["facts" if facts_table else "corpus", *sorted(str(p) for p in paths)])
    key = hashlib.sha256(f"{EXTRACTOR_VERSION}\x1f{rules_key}\x1f{names}".encode()).hexdigest()
    index_path = folder / "evidence" / f"{key}.pickle"
    scanned = _scan(paths, facts_table)
    index = read_checked(index_path)
    if isinstance(index, _Index) and _still_valid(index, scanned):
        return CorpusEvidence(_RuleFacts(index.columns), index.consensus), True

    built_ns = time.time_ns()
    if facts_table:
        from factcheck.formats import read_facts

        table = read_facts(paths[0])
    else:
        from factcheck.cache import FactCache
        from factcheck.corpus import fact_table

        table = fact_table(paths, cache=FactCache(folder), jobs=jobs)
    evidence = evidence_from_table(table, ruleset)
    files = {p: _Stat(st.st_size, st.st_mtime_ns, st.st_ino, _digest(p), st.st_ctime_ns) for p, st in scanned.items()}

    def shape(found: dict[str, os.stat_result]) -> dict[str, tuple[int, int, int, int]]:
        return {p: (st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns) for p, st in found.items()}

    if shape(_scan(paths, facts_table)) == shape(scanned):  # nothing changed while it was built; else keep it uncached
        columns = {rule_id: _to_columns(facts) for rule_id, facts in evidence.facts.items()}
        write_checked(index_path, _Index(files, built_ns, columns, evidence.consensus))
    return evidence, False


def load_ruleset(folder: Path, cache: Path | None) -> tuple[RuleSet, str]:
    """The rules of `folder` (validated), from the cache when the files are unchanged, and their digest."""
    from factcheck.rules.files import rules_digest

    digest = rules_digest(folder)
    path = cache / "rules" / f"{digest}.pickle" if cache is not None else None
    cached = read_checked(path) if path is not None else None
    if isinstance(cached, RuleSet):
        return cached, digest
    from factcheck.rules.loader import load_rules

    ruleset = load_rules(folder)
    if path is not None:
        write_checked(path, ruleset)
    return ruleset, digest
