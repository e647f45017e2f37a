"""Where extraction's time goes: each stage of `extract_article` timed apart on the "templates" corpus of
bench_extract.py (sentences, dates, figures, claims, fact records), per article.

    python benchmarks/bench_stages.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import bisect
import random
import time

from bench_extract import make_article

from factcheck.extract import extract_article, load_parsers
from factcheck.extract.claims import Claim, sentence_claims
from factcheck.extract.dates import find_dates
from factcheck.extract.mentions import Mention
from factcheck.extract.normalise import normalise
from factcheck.extract.quantities import find_figures
from factcheck.text import Sentence, split_sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    load_parsers()
    rng = random.Random(3)
    articles = [make_article(rng, i) for i in range(args.articles)]
    for article in articles[:100]:  # warm the memo, as a long job has
        extract_article(article)
    spent = dict.fromkeys(("sentences", "dates", "figures", "claims", "fact records"), 0.0)
    figures = dates_found = 0
    for article in articles:
        text = article.text
        t0 = time.perf_counter()
        sentences = split_sentences(text)
        starts = [s.start for s in sentences]

        def sentence_at(offset: int, sentences: list[Sentence] = sentences, starts: list[int] = starts) -> Sentence:
            return sentences[max(0, bisect.bisect_right(starts, offset) - 1)]

        t1 = time.perf_counter()
        dates = find_dates(text, article.published, sentence_at)
        t2 = time.perf_counter()
        found = find_figures(text, [(d.start, d.end) for d in dates])
        t3 = time.perf_counter()
        mentions = [Mention(d.start, d.end, "date", qualifier=d.qualifier, date_start=d.date_start, date_end=d.date_end,
                            granularity=d.granularity) for d in dates] + found
        mentions.sort(key=lambda m: (m.start, m.end))
        where = [sentence_at(m.start) for m in mentions]
        claims: list[Claim] = []
        i = 0
        while i < len(mentions):
            j = i + 1
            while j < len(mentions) and where[j] is where[i]:
                j += 1
            claims += sentence_claims(where[i].text, where[i].start, [(m.start, m.end) for m in mentions[i:j]])
            i = j
        t4 = time.perf_counter()
        for m, s, c in zip(mentions, where, claims, strict=True):
            normalise(m, article.source, text, s, c)
        t5 = time.perf_counter()
        for stage, seconds in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            spent[stage] += seconds
        figures += len(found)
        dates_found += len(dates)
    total = sum(spent.values())
    n = len(articles)
    print(f"{n} articles, {figures / n:.0f} figures and {dates_found / n:.0f} dates each: {total * 1000 / n:.2f} ms per article")
    for stage, seconds in spent.items():
        print(f"  {stage}: {seconds * 1000 / n:.2f} ms ({seconds / total:.0%})")


if __name__ == "__main__":
    main()
