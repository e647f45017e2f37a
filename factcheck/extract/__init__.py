"""Extraction: every figure and date of an article, as normalised Facts."""

from __future__ import annotations

import bisect
import itertools

from factcheck.articles import Article
from factcheck.extract.claims import Claim, sentence_claims
from factcheck.extract.dates import find_dates
from factcheck.extract.mentions import Mention
from factcheck.extract.quantities import find_figures
from factcheck.facts import Fact
from factcheck.normalise import normalise
from factcheck.text import Sentence, split_sentences

EXTRACTOR_VERSION = "4"  # bump when extraction output changes: it keys the fact cache


def extract_article(article: Article) -> list[Fact]:
    """All facts of one article, in text order. Offsets index `article.text`."""
    text = article.text
    sentences = split_sentences(text)
    starts = [s.start for s in sentences]

    def sentence_at(offset: int) -> Sentence:
        return sentences[max(0, bisect.bisect_right(starts, offset) - 1)]

    dates = find_dates(text, article.published, sentence_at)
    mentions: list[Mention] = [
        Mention(d.start, d.end, "date", qualifier=d.qualifier, date_start=d.date_start, date_end=d.date_end,
                granularity=d.granularity)
        for d in dates
    ]
    mentions += find_figures(text, [(d.start, d.end) for d in dates])
    mentions.sort(key=lambda m: (m.start, m.end))
    claims: list[Claim] = []
    for _, group in itertools.groupby(mentions, key=lambda m: sentence_at(m.start).index):
        spans = [(m.start, m.end) for m in group]
        sentence = sentence_at(spans[0][0])
        claims += sentence_claims(sentence.text, sentence.start, spans)
    return [normalise(m, article.source, text, sentence_at(m.start), c) for m, c in zip(mentions, claims, strict=True)]


def load_parsers() -> None:
    """Build the heavy parsers now (quantulum3's unit patterns, dateparser's English data, the
    pint registry) instead of inside the first article that needs each; the lookup memo stays empty."""
    import warnings

    import dateparser
    from quantulum3 import parser

    from factcheck.extract.units import registry

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse("7 kilograms")
        dateparser.parse("2 days ago", languages=["en"])
    registry()
