"""benchmarks/score_quantities.py: news paragraphs written here with every quantity annotated by hand, and the scoring."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmark_scripts import load

ROOT = Path(__file__).resolve().parents[1]
score_quantities = load("score_quantities")
ANNOTATED = sorted((ROOT / "tests" / "data" / "quantities").glob("*.yaml"))


def test_score_of_the_annotated_paragraphs() -> None:
    # (gold, facts scored, found, units right, units scored, changes right); misses left: "six of its oldest Boeing
    # 737-800s", "and four 787 Dreamliners", "more than a foot of rain", "30 times the WHO guideline",
    # "A three-judge panel", "in the first six months of the year" (a period), "P57.43" (a peso of no amount sure),
    # "Sh45,000" (a shilling of no country named); false: "the journey between the two cities"; units: "$310m" after
    # "NZ$1.2b", "Rs17.57 trillion" where no country is named (INR), "Sh4.2 billion" (shillings of no country), "2.5
    # million tons" (metric), "the 175,000 economists ... had expected" no jobs, "his release
    # clause is set at 500 million" no euros, "90,000 vehicles ... daily" no rate; changes: "or about 15 kilograms" after
    # a loss, "another half a point"; "walked fewer than 4,000" (steps a day), "15 to 20 degrees below normal" (of no
    # scale named), "more than 700 were cancelled" (flights), "and 702 waited more than 12 hours" (patients), "the
    # government adds a 25% bonus" (no rise); of the two files of session 65: "over the five weeks to January 4" (a
    # period), "five clear of second place", "rises 828m" (metres or millions), "the first five months" (a period);
    # "from 250,000 to 400,000 vehicles" (the first end's noun); "cut about 1,750 jobs, or roughly
    # 8% of its workforce" and "13 cents less per dollar" read as changes; "closed a further dozen last year", "7.5 times
    # average earnings"; of the four files of session 66: "six older Boeing 737s", "two clear of Arsenal" (a number in
    # words alone), "27 times the WHO's daily guideline" and "1.3 times the size of Earth" (ratios), "retails for 99p" (no
    # British word), "N1.8 trillion" (no Nigerian word), "$21.1 billion a quarter" was a 25% share at the base
    assert len(ANNOTATED) == 24
    result = score_quantities.score(ANNOTATED)
    assert result.as_tuple() == (1504, 1485, 1484, 1390, 1409, 1475)


def test_a_wrong_value_is_a_miss_and_a_false_figure(tmp_path: Path) -> None:
    path = tmp_path / "one.yaml"
    path.write_text('- published: 2025-01-02\n  text: "Sales rose 4% to $3 billion, and 12 stores closed."\n'
                    '  quantities:\n    - {text: "4%", value: 4, unit: percent, change: up}\n'
                    '    - {text: "$3 billion", value: 3e6, unit: USD}\n', encoding="utf-8")
    result = score_quantities.score([path], misses=True)
    assert result.as_tuple() == (2, 3, 1, 1, 1, 1)
    assert any("miss one.yaml#0 [$3 billion=3e+06]: got '$3 billion'=3e+09" in line for line in result.lines)
    assert any("false one.yaml#0: '12 stores'=12 store (count)" in line for line in result.lines)
    assert "value P 33.3% R 50.0% F1 40.0%" in result.summary()


def test_words_not_in_the_paragraph_name_the_file_and_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text('- published: 2025-01-02\n  text: "Sales rose 4%."\n  quantities:\n    - {text: "5%", value: 5}\n',
                    encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.yaml#0: '5%' is not in the paragraph"):
        score_quantities.score([path])
