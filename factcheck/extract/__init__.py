"""Extraction: every figure and date of an article, as normalised Facts."""

from __future__ import annotations

import bisect
import re

from factcheck import EXTRACTOR_VERSION
from factcheck.articles import Article
from factcheck.extract.anaphora import anchored_dates
from factcheck.extract.claims import Claim, sentence_claims
from factcheck.extract.dates import find_dates
from factcheck.extract.fold import fold, title_case_lowered, unfold
from factcheck.extract.mentions import Mention
from factcheck.extract.normalise import normalise
from factcheck.extract.quantities import find_figures
from factcheck.extract.subjects import pronoun_clause, pronoun_subjects, sentence_person
from factcheck.extract.tables import list_units, table_changes, table_periods, table_units
from factcheck.facts import Fact
from factcheck.text import Sentence, metadata_spans, split_sentences

__all__ = ["EXTRACTOR_VERSION", "extract_article", "load_parsers"]


# how an answer opens: a figure, a qualifier, yes or no, a pronoun ("About 2.14 million", "Two days.", "He is 71.")
_MEASURES = frozenset(("quantity", "money"))  # (two of one unit in a sentence: "at 110 km/h in an 80 km/h zone")
_ANSWER_OPENING = re.compile(r"\W*(?:\d|[$£€¥]|(?:about|around|roughly|some|nearly|almost|just|more|less|over|under|up to|yes|no"
                             r"|he|she|it|they|his|her|its|their|that|this|one|two|three|four|five|six|seven|eight|nine|ten"
                             r"|twelve|a dozen|dozens|hundreds|thousands|millions|billions)\b)", re.I)


# an interview's answer, labelled ("Q: And gas? A: Pipeline and LNG together came to roughly 34 bcm"): about the question,
# whatever its subject
_ANSWER_LABEL = re.compile(r"\s*(?:A|Answer)\s?[:.]\s")
# "... total revenue of 35.1 billion dollars. This figure marks a 94 percent increase": a sentence that opens by pointing
# back at the figure before it
_POINTING_BACK = re.compile(r"\s*(?:(?:This|That|The)\s+(?:figure|number|amount|total|sum|result|level|tally)"
                            r"|(?:This|That|It)(?=\s+(?:marks|marked|represents|represented|was|is)\s+(?:an?|the)\s))\b")


def extract_article(article: Article) -> list[Fact]:
    """All facts of one article, in text order. Offsets index `article.text`."""
    text, index = fold(article.text)
    facts = _extract(text, article)
    if index is None:
        return facts
    return [unfold(fact, article.text, index) for fact in facts]


def _extract(text: str, article: Article) -> list[Fact]:
    sentences = split_sentences(text)
    starts = [s.start for s in sentences]

    def sentence_at(offset: int) -> Sentence:
        return sentences[max(0, bisect.bisect_right(starts, offset) - 1)]

    impossible: list[tuple[int, int]] = []
    metadata = metadata_spans(text)  # ("Published: 2025-10-20", "5 min read": lines of no fact)
    dates = anchored_dates(text, find_dates(text, article.published, sentence_at, impossible, metadata), sentence_at,
                           article.published, impossible)
    mentions: list[Mention] = [
        Mention(d.start, d.end, "date", qualifier=d.qualifier, date_start=d.date_start, date_end=d.date_end,
                granularity=d.granularity)
        for d in dates
    ]
    mentions += find_figures(title_case_lowered(text), [(d.start, d.end) for d in dates] + impossible + metadata)
    mentions.sort(key=lambda m: (m.start, m.end))
    table_units(text, mentions)
    list_units(text, mentions)
    table_changes(text, mentions)
    where = [sentence_at(m.start) for m in mentions]
    claims: list[Claim] = []
    subjects = pronoun_subjects(sentences) if "He" in text or "She" in text else {}
    i = 0
    while i < len(mentions):  # the mentions of one sentence at a time
        j = i + 1
        while j < len(mentions) and where[j] is where[i]:
            j += 1
        sentence = where[i]
        found = sentence_claims(sentence.text, sentence.start, [(m.start, m.end) for m in mentions[i:j]],
                                frozenset(n for n, m in enumerate(mentions[i:j]) if m.kind == "date"),
                                frozenset(n for n, m in enumerate(mentions[i:j]) if m.kind == "age"),
                                frozenset(n for n, m in enumerate(mentions[i:j]) if m.kind == "duration"),
                                frozenset(n - i for n in range(i + 1, j) if mentions[n].kind in _MEASURES
                                          and mentions[n].kind == mentions[n - 1].kind and mentions[n].unit
                                          and mentions[n].unit == mentions[n - 1].unit))
        k = bisect.bisect_right(starts, sentence.start) - 1
        if (k > 1 and sentences[k - 1].text.rstrip().endswith("?")
                and (_ANSWER_OPENING.match(sentence.text) or _ANSWER_LABEL.match(sentence.text))
                and "\n\n" not in text[sentences[k - 1].end : sentence.start]):
            # "How much oil does Russia sell to China? About 2.14 million barrels a day.": an answer's figures are
            # about what the question asked, so its words are words of their clause (not of their claim); not after a
            # headline's question (the first sentence), one a blank line parts from what follows, nor before a
            # sentence with a subject of its own ("Trade between Russia and China rose 26%")
            question = sentences[k - 1].text.strip()
            found = [Claim(c.start, c.end, c.clause_start, f"{question} {c.clause}") for c in found]
        elif (k > 0 and claims and i and where[i - 1] is sentences[k - 1] and _POINTING_BACK.match(sentence.text)
              and mentions[i - 1].kind not in ("date", "ordinal") and "\n\n" not in text[sentences[k - 1].end : sentence.start]):
            # "This figure marks a 94 percent increase": the sentence's figures are of what the figure just before
            # was of, whose claim is then words of their clause
            found = [Claim(c.start, c.end, c.clause_start, f"{text[claims[-1].start : claims[-1].end]} {c.clause}") for c in found]
        elif k in subjects or " he " in sentence.text or " she " in sentence.text:
            # "He flew in on Thursday": the clause the pronoun opens is about the person it stands for (`subjects`), and
            # so is a later clause of "he" ("Xi greeted his guest, and he began his third term in March 2023")
            person = sentence_person(sentences, k, subjects)
            found = [Claim(c.start, c.end, c.clause_start, f"{person} {c.clause}")
                     if person and ((c.clause_start == sentence.start and k in subjects)
                                    or (c.clause_start != sentence.start and pronoun_clause(c.clause))) else c for c in found]
        claims += found
        i = j
    source = article.source
    facts = [normalise(m, source, text, s, c) for m, s, c in zip(mentions, where, claims, strict=True)]
    for fact in facts:
        fact.published = article.published
    table_periods(sentences, facts)
    return facts


def load_parsers() -> None:
    """Build the heavy parsers now (quantulum3's unit patterns, dateparser's English data, the
    pint registry) instead of inside the first article that needs each; the lookup memo stays empty."""
    import warnings

    import dateparser

    from factcheck.extract.units import registry

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3 warns, on import, that its classifier is not installed
        from quantulum3 import parser

        parser.parse("7 kilograms")
        dateparser.parse("2 days ago", languages=["en"])
    registry()
