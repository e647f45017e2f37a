"""Attribution properties on the sample event's rules and corpus: a fact is judged by one rule at most,
and joining an unrelated clause onto a sentence never changes the verdicts of the figures already in it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.articles import Article
from factcheck.check import check_article
from factcheck.corpus import fact_table
from factcheck.evidence import CorpusEvidence, evidence_from_table
from factcheck.extract import extract_article
from factcheck.rules.loader import load_rules
from factcheck.rules.model import RuleSet

ROOT = Path(__file__).resolve().parents[2]
CASE_FOLDERS = (ROOT / "tests" / "data" / "cases", ROOT / "tests" / "data" / "own_cases")


def _sentences() -> list[str]:
    out = []
    for path in sorted(p for folder in CASE_FOLDERS for p in folder.glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("---\n", 2)[2]
        out += [s.strip() for s in re.split(r"(?<=\.)\s+", body) if s.strip().endswith(".") and re.search(r"\d|two|fifth", s)]
    return out


SENTENCES = _sentences()
# Clauses about other things, with figures and with words of other rules than the sentence's own.
UNRELATED = [
    "while Xi has led China since 2012",
    "whereas Japan's LNG imports fell 8% to 66 million tonnes in 2022",
    "while Blinken was in Beijing for three days in April",
    "while Macron hosted Xi in Paris on May 6",
    "whereas the Belt and Road Forum drew delegates from 130 countries",
    "while Mao proclaimed the People's Republic in 1949",
]
PUBLISHED = dt.date(2024, 5, 16)
_LABEL_LINE = re.compile(r"[^\s:]*\d[^\s:]*:\s")  # a line a figure opens, before a colon


@pytest.fixture(scope="module")
def judged() -> tuple[CorpusEvidence, RuleSet]:
    ruleset = load_rules(ROOT / "rules")
    return evidence_from_table(fact_table([ROOT / "seeds"]), ruleset), ruleset


def _verdicts(text: str, judged: tuple[CorpusEvidence, RuleSet]) -> dict[int, set[tuple[str | None, str]]]:
    evidence, ruleset = judged
    article = Article(source="new", path="new", text=text, published=PUBLISHED)
    out: dict[int, set[tuple[str | None, str]]] = {}
    for f in check_article(article, extract_article(article), evidence, ruleset):
        out.setdefault(int(f.fact["start"]), set()).add((f.rule, f.status))
    return out


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                          HealthCheck.too_slow])


@SETTINGS
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6))
def test_a_fact_is_never_judged_by_two_rules(judged: tuple[CorpusEvidence, RuleSet], sentences: list[str]) -> None:
    for start, verdicts in _verdicts(" ".join(sentences), judged).items():
        assert len(verdicts) == 1, (start, verdicts)


@SETTINGS
@given(st.sampled_from(SENTENCES), st.sampled_from(UNRELATED))
def test_an_unrelated_clause_changes_no_verdict(judged: tuple[CorpusEvidence, RuleSet], sentence: str, clause: str) -> None:
    if _LABEL_LINE.match(sentence):
        return  # ("71: Putin's age.": the words after a figure's colon describe it, and no clause ends there)
    alone = _verdicts(sentence, judged)
    joined = _verdicts(sentence[:-1] + ", " + clause + ".", judged)
    said_again = {rule for start, v in joined.items() if start >= len(sentence) - 1 for rule, _ in v if rule} & {
        rule for v in alone.values() for rule, _ in v if rule}
    if said_again:
        return  # (the clause tells a fact of a rule the sentence already tells, "he met Macron" and "Macron hosted Xi in
        # Paris on May 6": no unrelated clause, and the rule takes the better told of the two)
    assert {start: v for start, v in joined.items() if start < len(sentence) - 1} == alone


def test_a_clause_that_tells_the_sentences_fact_again_takes_the_better_told(judged: tuple[CorpusEvidence, RuleSet]) -> None:
    """Found by the property above: "he met Macron ... last week", joined with "while Macron hosted Xi in Paris on May 6",
    tells Xi's meeting twice; the rule takes the day, no longer the week (no unrelated clause: the property skips it)."""
    sentence = ("Xi returned last week from a five-day tour of Europe, including two days in Paris where he met Macron, who "
                "has invited him to the Olympics in July.")
    joined = _verdicts(sentence[:-1] + ", while Macron hosted Xi in Paris on May 6.", judged)
    assert _verdicts(sentence, judged)[sentence.index("last week")] == {("macron-xi-meeting", "agree")}
    assert joined[sentence.index("last week")] == {(None, "unchecked")}
    assert joined[len(sentence) - 1 + len(", while Macron hosted Xi in Paris on ")] == {("macron-xi-meeting", "conflict")}


def test_a_while_clause_is_past_a_rules_word_window(judged: tuple[CorpusEvidence, RuleSet]) -> None:
    """Found by the property above: "his fifth term, while Xi has led China since 2012" put Xi within the
    term rule's `not_near` window of "fifth"."""
    sentence = "Putin, 71, arrived in Beijing on Thursday for a two-day state visit, the first trip abroad of his fifth term."
    joined = sentence[:-1] + ", while Xi has led China since 2012."
    fifth = sentence.index("fifth")
    assert _verdicts(sentence, judged)[fifth] == _verdicts(joined, judged)[fifth] == {("term-number", "agree")}


def test_a_figure_beside_its_sources_total_is_a_part_of_it(judged: tuple[CorpusEvidence, RuleSet]) -> None:
    """'| Pipeline gas to China (bcm) | 22.7 |' over '| Total gas to China (bcm) | 33.7 |': the total is the rule's,
    the pipeline's share is no figure of it; a figure far from any total is judged as ever."""
    table = ("| Measure | 2023 |\n|---|---|\n| Pipeline gas to China (bcm) | 22.7 |\n| Total gas to China (bcm) | 33.7 |\n")
    verdicts = _verdicts(table, judged)
    assert verdicts[table.index("33.7")] == {("gas-import-volume-2023", "agree")}
    assert verdicts[table.index("22.7")] == {(None, "unchecked")}
    # the part's claim is the part's for every rule: its rise is the pipeline's, no rise of all gas imports
    told = ("China's pipeline gas imports from Russia jumped 61.7% in 2023 to 22.7 bcm; including LNG, total Russian gas "
            "flows to China touched 33.7 bcm in 2023.")
    verdicts = _verdicts(told, judged)
    assert verdicts[told.index("61.7%")] == verdicts[told.index("22.7 bcm")] == {(None, "unchecked")}
    assert verdicts[told.index("33.7 bcm")] == {("gas-import-volume-2023", "agree")}
    far = ("Chinese imports of Russian gas reached 30 bcm in 2023. Putin arrived on Thursday. Xi met him. They talked. "
           "Total gas imports from Russia reached 33.7 bcm in 2023, Chinese customs said.")
    verdicts = _verdicts(far, judged)
    assert verdicts[far.index("30 bcm")] == {("gas-import-volume-2023", "conflict")}
    assert verdicts[far.index("33.7 bcm")] == {("gas-import-volume-2023", "agree")}
