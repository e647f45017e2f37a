"""Text: word keys (what a rule's word matches in an article) and sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text import split_sentences, word_keys, word_spans, words_of


@pytest.mark.parametrize(("written", "rule_word"), [
    ("savings", "saving"), ("savings", "save"), ("earnings", "earn"), ("shipments", "ship"), ("shipped", "ship"),
    ("rose", "rise"), ("supplied", "supply"), ("sales", "sale"), ("Putin's", "putin"), ("arrival", "arrive"),
    ("approval", "approve"), ("proposal", "propose"), ("exporters", "export"), ("buyer", "buy"), ("supplier", "supply"),
    ("refiners", "refine"), ("survivors", "survivor"), ("evacuees", "evacuee"),
])
def test_a_rule_word_matches_the_forms_news_writes(written: str, rule_word: str) -> None:
    assert word_keys(rule_word) & word_keys(written)


@pytest.mark.parametrize(("written", "rule_word"), [("news", "new"), ("process", "proces"), ("gas", "ga"), ("final", "fine"),
                                                   ("total", "tote"), ("metal", "mete"), ("career", "care"),
                                                   ("corner", "corn"), ("former", "form"),  # (no agent nouns)
                                                   ("number", "numb"), ("numbers", "numb"),  # (a noun, no comparative)
                                                   ("stations", "state"), ("rations", "rate"), ("vacation", "vacate")])
def test_a_word_is_no_plural_of_a_shorter_one_it_does_not_come_from(written: str, rule_word: str) -> None:
    assert not word_keys(rule_word) & word_keys(written)


def test_a_word_of_accented_letters_is_one_word_matched_without_its_accents() -> None:
    assert words_of("President Luiz Inácio Lula da Silva met Erdoğan in São Paulo's Zürich café.") == [
        "President", "Luiz", "Inácio", "Lula", "da", "Silva", "met", "Erdoğan", "in", "São", "Paulo's", "Zürich", "café"]
    assert word_keys("Inacio") & word_keys("Inácio")
    assert word_keys("Erdogan") & word_keys("Erdoğan")


WRAPPED = (
    "Putin lands in Beijing\n"
    "Russian President Vladimir Putin arrived in Beijing on Thursday for a two-day\n"
    "state visit. China imported a record 2.14\n"
    "million barrels per day of Russian crude in 2023, and Chinese refiners saved\n"
    "$4.34 billion by buying it at a discount. Putin, who is 71, began his fifth\n"
    "term on May 7.\n"
    "- Trade: $240 billion in 2023, a record that analysts expect to be broken\n"
    "- Gas: 33.7 bcm\n"
)


def test_hard_wrapped_prose_keeps_its_sentences_across_single_newlines() -> None:
    sentences = [" ".join(s.text.split()) for s in split_sentences(WRAPPED)]
    assert sentences == [
        "Putin lands in Beijing",
        "Russian President Vladimir Putin arrived in Beijing on Thursday for a two-day state visit.",
        "China imported a record 2.14 million barrels per day of Russian crude in 2023, and Chinese refiners saved $4.34 "
        "billion by buying it at a discount.",
        "Putin, who is 71, began his fifth term on May 7.",
        "- Trade: $240 billion in 2023, a record that analysts expect to be broken",
        "- Gas: 33.7 bcm",
    ]


def test_a_long_line_that_goes_on_in_lower_case_goes_on_its_sentence_in_a_short_text() -> None:
    """Two wrapped lines are too few to call a text hard-wrapped; a long line going on in lower case still continues
    its sentence, and a headline, a byline or a list item does not."""
    text = ("# Is Lindqvist worth it\nby our sports reporter\nRovers have paid a British record £100m. He is 24, he is on a "
            "five-year\ncontract, and he will earn £300,000 a week.\n- Deaths: 112 people, according to the ministry\nand officials")
    assert [" ".join(s.text.split()) for s in split_sentences(text)] == [
        "# Is Lindqvist worth it", "by our sports reporter", "Rovers have paid a British record £100m.",
        "He is 24, he is on a five-year contract, and he will earn £300,000 a week.",
        "- Deaths: 112 people, according to the ministry", "and officials"]


WIDE_SHORT_PARAGRAPHS = (
    "Patients face delays after cyber attack\n\n"
    "Patients across the area face months of delays after a cyber attack left the group's computer systems down for\n"
    "11 days, the group's chief executive warned, and 1,480 operations and 12,600 appointments had to be postponed.\n\n"
    "The hackers, a group calling itself BlackVault, demanded a $6 million ransom, which the hospitals refused to pay.\n"
    "Data on about 340,000 patients may have been stolen, and ambulances were diverted to other hospitals for five\n"
    "days.\n\n"
    "Company        Revenue   Profit\n"
    "Acme Holdings  1.2       0.3\n"
)


def test_short_paragraphs_wrapped_at_120_characters_keep_their_sentences() -> None:
    """Two lines of a paragraph, of two that another line of theirs follows, end mid-sentence: the text is wrapped,
    and a line going on with a figure goes on its sentence; a row of columns set apart by spaces is never joined."""
    assert [" ".join(s.text.split()) for s in split_sentences(WIDE_SHORT_PARAGRAPHS)] == [
        "Patients face delays after cyber attack",
        "Patients across the area face months of delays after a cyber attack left the group's computer systems down for "
        "11 days, the group's chief executive warned, and 1,480 operations and 12,600 appointments had to be postponed.",
        "The hackers, a group calling itself BlackVault, demanded a $6 million ransom, which the hospitals refused to pay.",
        "Data on about 340,000 patients may have been stolen, and ambulances were diverted to other hospitals for five days.",
        "Company Revenue Profit", "Acme Holdings 1.2 0.3"]


@given(st.lists(st.text(alphabet="abc ,.", min_size=1, max_size=30).filter(lambda t: t.strip()), min_size=1, max_size=6))
def test_a_text_of_short_lines_is_split_at_every_newline(lines: list[str]) -> None:
    """Lines too short to be a wrapping width are never joined: lists, tables and headlines keep their lines."""
    text = "\n".join(line.strip() or "x" for line in lines)
    sentences = split_sentences(text)
    assert all("\n" not in s.text for s in sentences)


@pytest.mark.parametrize(("text", "sentences"), [
    ("Overseas markets added $154M. The budget was $200M.", ["Overseas markets added $154M.", "The budget was $200M."]),
    ("Sales hit 10K. Profit fell.", ["Sales hit 10K.", "Profit fell."]),
    ("Gas rose 26% y/y. Oil fell.", ["Gas rose 26% y/y.", "Oil fell."]),
    ("It was signed by John F. Kennedy in 1963.", ["It was signed by John F. Kennedy in 1963."]),  # an initial
    ("Talks in the U.S. Senate stalled.", ["Talks in the U.S. Senate stalled."]),
    # a time's or a country's initials end a sentence before a word that opens one, not before a day or a name
    ("The ship struck at 1:28 a.m. Its crew was safe.", ["The ship struck at 1:28 a.m.", "Its crew was safe."]),
    ("It opens at 2 p.m. Tuesday.", ["It opens at 2 p.m. Tuesday."]),
    # after a time of day any capitalised word but a day, a month, a holiday or a time zone opens a sentence
    ("It derailed at about 7:40 p.m. Data from the black box showed 191 km/h.",
     ["It derailed at about 7:40 p.m.", "Data from the black box showed 191 km/h."]),
    ("It hit at 4 a.m. Rescuers came.", ["It hit at 4 a.m.", "Rescuers came."]),
    ("Trading opens at 9 a.m. EST on Monday.", ["Trading opens at 9 a.m. EST on Monday."]),
    ("It opens at 9 a.m. New York time.", ["It opens at 9 a.m. New York time."]),
    ("They met at 8 p.m. Christmas Eve.", ["They met at 8 p.m. Christmas Eve."]),
    ("It closes at 5 p.m. Oct. 3.", ["It closes at 5 p.m. Oct. 3."]),
    ("It sells in the U.S. The firm said so.", ["It sells in the U.S.", "The firm said so."]),
    ("He toured the U.S. Steel plant.", ["He toured the U.S. Steel plant."]),
    # an "s" after an apostrophe is a word's end, no initial
    ("Disco ruled in the early 80's. Temperatures rose.", ["Disco ruled in the early 80's.", "Temperatures rose."]),
    ("It was the firm’s. Its rival said no.", ["It was the firm’s.", "Its rival said no."]),
    # a month's abbreviation ends a sentence before a word, not before its day
    ("Core rose from 1.4% in Jan. Primary rents are up 3.1%.", ["Core rose from 1.4% in Jan.", "Primary rents are up 3.1%."]),
    ("The deal closed on Jan. 5 and shares rose.", ["The deal closed on Jan. 5 and shares rose."]),
    # a unit's letter after a figure ends a sentence; a capital after a house number is a direction's initial
    ("The surge hit 3 m. The wall held.", ["The surge hit 3 m.", "The wall held."]),
    ("The store at 3417 E. Genesee Ave. was shut.", ["The store at 3417 E. Genesee Ave. was shut."]),
    # a currency written short before its amount
    ("The rover cost around Rs. 215 crore and the launch Rs. 365 crore.",
     ["The rover cost around Rs. 215 crore and the launch Rs. 365 crore."]),
])
def test_sentence_ends(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == sentences


@pytest.mark.parametrize(("text", "modal"), [("sworn in on May 7 for a term that runs through 2030", False),
                                             ("in May 2024", False), ("he may stay until 2036", True),
                                             ("May he stay until 2036", True)])
def test_the_month_may_is_no_modal_may(text: str, modal: bool) -> None:
    assert any("may" in keys for _, _, keys in word_spans(text)) is modal


@pytest.mark.parametrize(("text", "words"), [
    ("Employers' NI contributions", ["Employers", "NI", "contributions"]),
    ("the 'black hole' in Reeves' sums", ["the", "black", "hole", "in", "Reeves", "sums"]),
    ("O'Brien's firm doesn't", ["O'Brien's", "firm", "doesn't"]),
    ("the San Francisco 49ers at 10am", ["the", "San", "Francisco", "at"]),
])
def test_an_apostrophe_is_part_of_a_word_only_between_letters(text: str, words: list[str]) -> None:
    """A plural's possessive ("employers'") or a closing quote is no part of the word: "employers'" is "employers"; letters
    glued after digits are none ("49ers", "10am")."""
    assert words_of(text) == words


@pytest.mark.parametrize(("text", "words"), [
    ("a Soviet-style 87 per cent of the vote", ["a", "style", "per", "cent", "of", "the", "vote"]),
    ("a cult-like following, a Kafkaesque wait", ["a", "like", "following", "a", "Kafkaesque", "wait"]),
    ("the Soviet-era dam", ["the", "Soviet", "era", "dam"]),  # (of the Soviet era: a time of it)
])
def test_a_word_a_compound_says_something_only_resembles_is_no_word(text: str, words: list[str]) -> None:
    """'Soviet-style' says nothing Soviet: a rule of the Soviet recognition takes no 'six-year term' by it."""
    assert words_of(text) == words
    assert [text[s:e] for s, e, _ in word_spans(text)] == words
