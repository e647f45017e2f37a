"""Discovery: the claims several sources state, found without rules, and draft rules to adopt.

Two figures of different sources are taken to state the same claim when
- they are of the same kind, canonical unit (the currency for money, the counted noun for counts) and
  change (up, down or a level);
- their clauses share at least two content words (by lemma, as rules match words), one of them in
  both claims (the figure's own fragment of the sentence), and the words they share weigh enough: a
  word is weighed by how rare it is among the corpus's figures, and counts a half when not in both claims;
- each one's clause has at least half (by weight) of the words of the other's claim: "employs 5,000
  people at its Riverton campus" is not "employs 88,000 people";
- the dates of their claims (or clauses) overlap when both name one: "rose 5% in March" and "rose
  3% in April" are two claims.
Figures with the same signature, words and dates form one class. Classes join, strongest link first,
only when every two of their figures are linked and no source is in both (complete linkage: a chain
of loose resemblances never makes a claim). A group with figures of two or more sources is a claim;
its figures are compared as a rule with `tolerance: rounding` compares them, against what most sources say.

Precision before recall: a figure that counts nothing named (a bare number) is left out, and a
claim needs two shared words. Findings are marked as discovered: a rule makes them checked.
"""

from __future__ import annotations

import calendar
import itertools
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

import pandas as pd

from factcheck.engine.matching import (
    PART_KINDS,
    RECORD_SINCE,
    DateIndex,
    agreed_date,
    consensus_fact,
    date_index,
    day,
    denied,
    earlier_claims,
    facts_agree,
    figure_periods,
    figure_places,
    in_respectively_list,
    later_claims,
    move_start,
    nan_to_none,
    sentence_figures,
    told_when,
    unanchored,
)
from factcheck.engine.pandas_engine import plain_rows
from factcheck.extract.dates import DATA_NOUNS
from factcheck.extract.numbers import WORD_VALUES
from factcheck.extract.quantities import CHANGE_WORDS
from factcheck.extract.subjects import clause_person
from factcheck.extract.words import (
    BASE_BEFORE,
    IRREGULAR_PAST,
    STEP_BACK,
    can_be_noun,
    can_be_verb,
    is_verb_only,
    known_word,
    only_a_verb,
    singular,
    stock_indices,
)
from factcheck.facts import is_missing
from factcheck.places import destinations, joined_place, joined_places, listed_places, place_of, places_named, summed_places
from factcheck.rules.model import Tolerance
from factcheck.text import CURRENCY_ABBREVIATIONS, QUALIFIER_PIECE, TOTAL_RE, TOTAL_WORDS, without_accents, word_keys, words_of

MIN_SHARED_WORDS = 2
MIN_SCORE = 2.5  # the weight shared words must reach (a word in 1 of 20 figures' clauses weighs 2.9, in 5 of 20 1.4)
PRIOR_FIGURES = 10  # weights count this many unrelated figures more, so a corpus of two articles still weighs words
MAX_POSTING = 400  # claims one word may pair among themselves (a word in more weighs next to nothing)
MIN_COVERAGE = 0.5  # of the weight of a claim's words, the share the other figure's clause must have
ROUNDING = Tolerance("rounding")

# Words that say nothing about what a figure is.
STOPWORDS = frozenset(
    "the a an and or but of in on at to for from by with as is are was were be been being has have had do does "
    "did this that these those it its their his her our your they them he she we you him me my who whom which what when "
    "where why how than then there here also about around nearly almost some more less over under up down just "
    "only still yet very much many most least all per cent percent said says say told according would could should "
    "will shall may might can must not no nor so such each every other another same into onto out off after before "
    "since until while whilst amongst amidst whereas during between against among through across within without again "
    "toward towards upon via "
    "further once last next along alongside "
    "because unless whether although though "
    "year years month months week weeks day days hour hours today yesterday tomorrow now time times first second third one two "
    "period periods "  # ("a 262% rise from the same period last year": the base of a change, no measure)
    "three four five six seven eight nine ten hundred thousand million billion trillion new total record".split()
    # verbs that report a figure or its change: outlets pick freely among them, and `change` tells the direction
    + "rise rose risen increase grow grew grown climb jump gain surge soar fall fell fallen drop decline decrease slide "
    "slid sink sank plunge tumble report post reach hit stand stood come came add put show shown hold held".split()
    # what is left of a date once it is blanked out ("late on Friday", "Friday night")
    + "late early mid earlier later morning afternoon evening night tonight overnight ago".split()
    # and of a clock time ("pushed out at 04:09 UTC on Friday, crashed 5.8 million machines": no narrowing word)
    + "utc gmt bst cet cest est edt cst cdt pst pdt ist jst aest".split()
    # qualifiers, which the comparison reads from the figure itself
    + "roughly approximately estimated estimate least near alone".split()
    # "at $36 apiece", "$38 each": per unit, which the unit (or "a share") says
    + "apiece".split()
    # who says it, and as of when: "The movie reportedly cost $200 million", "the film has already made $310 million"
    + "reportedly allegedly reputedly purportedly apparently already currently presently".split()
    # nouns that say a figure is a figure, not what it measures: "Most of that amount ($10.32 billion)", "amounting to
    # $2.48 billion", "a sum of", "its 2019 tally of 22", "The number developing countries asked for was $1.5 trillion",
    # "The figure is well short of the $1.3tn"
    + "amount sum tally number figure".split()  # (as written: "licence numbers", "official figures" say what is counted)
    # how a change is compared, which says nothing of the level beside it: "a 22.4 per cent year-on-year (YoY) jump in
    # net profit at Rs 1,254.6 crore", "up 3% q-o-q"
    + "yoy qoq mom sequential sequentially".split()
    # verbs that only link a subject to what it is: "Six persons remained missing" says "missing" (the noun "remains" of
    # "the remains of two people ... have been recovered" is a word: `_STOPWORDS_AS_WRITTEN`)
    + "remain remained remaining become became becomes".split()
    # words of emphasis an outlet adds to what it measures: "A massive 7.2-magnitude quake", "a powerful earthquake of
    # magnitude 6.8", "its booming cloud arm"
    + "massive huge powerful strong whopping staggering hefty booming".split()
    # adverbs of how often, an outlet's aside: "The governor's answer is, as always, a panel, this time with 60 days"
    + "always often usually sometimes".split()
    # a company's legal form, which outlets drop from its name: "Northbank Corp raised" / "Northbank will pay"
    + "corp inc plc ltd llc".split()
) | CHANGE_WORDS
# stopwords only as written: "the last strike" says nothing, "the strike lasted 52 days" says how long it lasted
_STOPWORDS_AS_WRITTEN = frozenset(("last", "remain", "number", "figure"))
_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split()
)


@dataclass
class Claim:
    """Figures of two or more sources taken to state one thing."""

    id: str
    kind: str
    unit: str
    words: list[str]  # the shared words, weightiest first, as written
    rows: list[Any]  # the figures, in source order
    agrees: list[bool] = field(default_factory=list)  # per figure: agrees with what most sources say
    consensus: Any = None
    rule_words: list[str] = field(default_factory=list)  # the words of its draft rule
    worded_alike: bool = True  # False: paired only by value (`_sole_score`, `_same_value_score`), not by their words
    paired_by: str = ""  # when not worded alike: "sole" (each story's only such figure), "value" (one value, a word) or
    # "digits" (the same digits in another order, a word) or "period" (one period, the event's own words) or "precise" (one
    # value of four significant digits or more and its unit, `_precise_alone`)

    @property
    def status(self) -> str:
        return "agree" if all(self.agrees) else "conflict"

    @property
    def sources(self) -> list[str]:
        return sorted({r.source for r in self.rows})

    @property
    def has_majority(self) -> bool:
        """Whether more than half of the sources agree with the consensus (else nobody is blamed)."""
        agreeing = {r.source for r, ok in zip(self.rows, self.agrees, strict=True) if ok}
        return 2 * len(agreeing) > len(self.sources)


_COLUMNS = ["source", "sentence_index", "sentence_start", "sentence", "start", "end", "surface", "kind", "unit", "canonical_unit",
            "canonical_value", "canonical_high", "canonical_precision", "qualifier", "date_start", "date_end", "change", "period",
            "claim_start", "claim", "clause_start", "clause", "value", "value_high", "published"]


def discover(facts: pd.DataFrame, told_once: bool = True) -> list[Claim]:
    """The claims of a fact table that two or more sources state, conflicts first; with `told_once`, a disagreement
    told again through other figures of its sources is left out (`check` keeps them: every figure of the article)."""
    if facts.empty or facts["source"].nunique() < 2:
        return []  # nothing to compare: every claim needs two sources
    candidates, topics, weight, dates, names = prepare(facts)
    if not candidates:
        return []
    background = background_words(candidates, topics)
    signatures = [_signature(r) for r in candidates]  # (read once: every step below asks it)
    # how many values of each source and signature each word of their claims is said of: a one-word claim must be
    # its source's only one to say its word ("revenue" also in "Cloud revenue climbed to $6.2 billion" would make a
    # rule of that word take both), and the same value said again is one ("$156M domestic bow" in a headline and
    # "launched with $156M at the domestic box office")
    claim_words: Counter[tuple[str, tuple[str, str, str], str]] = Counter(
        (source, signature, w) for source, signature, w, _ in {
            (r.source, signature, w, _value_key(r)) for r, signature, (_, in_claim, *_) in zip(candidates, signatures, topics, strict=True)
            for w in in_claim})
    # Figures with the same signature, words and dates are compared once, as one class (a corpus that repeats a
    # wording would otherwise compare every pair of its figures); a class in which one source says two values is
    # split by value ("could be extended to 2036 under the 2020 constitutional changes" says no 2020 of the extension).
    by_key: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    sentence_dates = _sentence_dates(facts, {(r.source, int(r.sentence_index)) for r in candidates if r.kind == "age"})
    own_periods = [_periods(r, dates, sentence_dates) for r in candidates]
    restated = _restatements(candidates)
    converted = _converted(candidates, restated)  # (no figure to compare, though its words weigh as any figure's)
    # (and read at one clock time, in one of the corpus's areas: "Another 141 people are missing" and "killed in the
    # village, with another 46 still missing" say the same words of two tallies)
    area_names = _area_names(facts["sentence"].drop_duplicates())
    if len(area_names) < 2:
        area_names = frozenset()  # (the one area a corpus names is its event's: "The measles outbreak centred on Gaines
        # County now totals 124 confirmed cases" is "the West Texas outbreak rose to 124")
    # (of a toll's counts: "The steel bridge in Phu Tho province collapsed, sending 10 cars into the river" says where the
    # bridge is, no count of Phu Tho's; "In Lao Cai Province, 53 people have been confirmed dead" is Lao Cai's toll)
    own_areas = [_areas_said(_where_told(r), area_names, str(r.sentence))
                 if r.kind == "count" and _CASUALTIES.search(str(r.clause or r.sentence)) else frozenset() for r in candidates]
    own_clocks = [_read_at_clock(r) for r in candidates]
    # (and of a part, the whole it is counted of: "results for 542 of the 543 constituencies" / "results for all 543
    # constituencies" say the same words of a count so far and of the whole)
    own_wholes = [_whole_value(r) if r.kind == "count" else None for r in candidates]
    for i, (words, in_claim, *_) in enumerate(topics):
        if i not in converted:
            by_key[(signatures[i], frozenset(words), in_claim, own_periods[i], own_areas[i], own_clocks[i], own_wholes[i])].append(i)
    contrasted = _contrasted(candidates, own_periods, signatures)
    classes: list[list[int]] = []
    periods: list[tuple[tuple[int, int], ...]] = []  # each class's dates, read once
    for key, members in by_key.items():
        for part in _one_value_per_source(members, candidates):
            for piece in (q for stage in _tally_stages(part, candidates) for p in _news_apart(stage, candidates)
                          for q in _times_apart(p, candidates, key[3])):
                classes.append(piece)
                periods.append(key[3])
    # (a count told as of a time is a snapshot of a tally that moves: "As of early Thursday, more than 3.2 million people
    # were without power" is no "over 2.2 million residents lost power" of no time)
    dated_only = [any(i in contrasted or _snapshot(candidates[i]) or _period_alone(candidates[i]) for i in members)
                  and bool(periods[c])
                  for c, members in enumerate(classes)]
    sources = [{candidates[i].source for i in members} for members in classes]
    counted_weight = _counted_weights(candidates, signatures)
    # (the weight of the noun a class counts, one per class: an age measures its holder, whose name is then the claim,
    # "Carlos Santos, 22" / "Santos, who is 22"; a bucket holds one kind and counted noun)
    counted = [counted_weight.get(signatures[m[0]], 1.0) if candidates[m[0]].kind in ("count", "age") else 0.0 for m in classes]
    linked = [_score(topics[m[0]], topics[m[0]], weight, counted=counted[c]) is not None
              or _one_word_score(topics[m[0]], topics[m[0]], weight, counted=int(candidates[m[0]].kind == "count"))
              is not None or (candidates[m[0]].kind == "age" and _holder_score(topics[m[0]], topics[m[0]], names) is not None)
              # (words too common to reach the bar may still pair one value: "$7.25: the federal minimum since 2009")
              or _same_value_score(topics[m[0]], topics[m[0]], weight, names) is not None
              # (a share or an amount that describes a noun of a thing pairs by it, though every outlet of the event
              # says its words: "a 25% tariff on imported steel" / "a tariff of 25 per cent on steel", `_described_pair`)
              or _noun_described(candidates[m[0]]) is not None
              for c, m in enumerate(classes)]
    # (a precise value pairs by a common word too, with the weakest link: "Revenue: $4.82B" in a story that says
    # "revenue" of every figure)
    digits = [_significant_digits(candidates[m[0]]) for m in classes]
    precise = [d >= PRECISE_DIGITS for d in digits]
    # (and one of four significant digits or more with its unit pairs by its value alone: "The company produced 438,900
    # vehicles" / "The carmaker built 438,900 vehicles", in words of their own)
    precise_alone = [_precise_alone(candidates[m[0]], signatures[m[0]], d) for m, d in zip(classes, digits, strict=True)]
    weak = [not linked[c] and ((precise[c] and _same_value_score(topics[m[0]], topics[m[0]], weight, names, precise=True)
                                is not None) or precise_alone[c])
            for c, m in enumerate(classes)]
    linked = [a or b for a, b in zip(linked, weak, strict=True)]
    sole = _sole_figures(candidates, signatures, restated)
    sole_class = [all(i in sole for i in members) for members in classes]
    buckets: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for c, members in enumerate(classes):
        if linked[c] or sole_class[c]:  # (each story's only such figure pairs by value, whatever its words: "Kestrel, which
            buckets[signatures[members[0]]].append(c)  # has 86,000 employees")
    class_topics = [topics[m[0]] for m in classes]
    class_rows = [[candidates[i] for i in m] for m in classes]
    whens = [_when(rows) if rows[0].kind == "date" else "" for rows in class_rows]  # (read once, not per pair)
    far_dated = [_far_dated(rows, period, dates) for rows, period in zip(class_rows, periods, strict=True)]
    published_days = [[d for r in rows if (d := _day(r.published)) is not None] for rows in class_rows]
    counts = [rows[0].kind == "count" for rows in class_rows]
    # (a count or a span dated after every article of an undated other was published is none it could tell: "The surgery,
    # which took place on Friday and lasted two hours" of May 18 is no "The operation lasted five hours" of May 16; a share
    # that goes on, "25% contained as of Jan. 17" against "35% contained" of Jan. 15, is still compared)
    measured = [rows[0].kind in ("count", "duration") for rows in class_rows]
    whole_places = [_whole_place(rows[0]) for rows in class_rows]
    recent = [rows[0].kind == "date" and _recent(rows) for rows in class_rows]
    specific = [frozenset(w for w in topics[members[0]][1]
                          if all(claim_words[(candidates[i].source, signatures[i], w)] == 1 for i in members)) for members in classes]
    scopes = [_scope(candidates[m[0]]) for m in classes]
    tenses = [_told_as(candidates[m[0]]) for m in classes]
    clocks = [own_clocks[m[0]] for m in classes]  # ("as of 8 a.m.": a reading of that moment)
    visits = [_AFTERMATH_VISIT.search(str(candidates[m[0]].claim or "")) is not None for m in classes]  # (`_AFTERMATH_VISIT`)
    averaged = [_averaged_over(candidates[m[0]]) for m in classes]
    areas = [own_areas[m[0]] for m in classes]
    home = _home_places(facts)
    values = [_value_key(candidates[m[0]]) for m in classes]
    bases = _bases_told(facts)
    earlier = [frozenset(v for r in rows for v in bases.get((r.source, r.kind), ()) if v != value[0])
               for rows, value in zip(class_rows, values, strict=True)]
    parts = [_part_of_whole(c) for c in (rows[0] for rows in class_rows)]
    wholes = [own_wholes[m[0]] if part else None for m, part in zip(classes, parts, strict=True)]  # (one per class: its key's)
    compared_with = _sentence_bases(candidates, signatures, classes, values)
    narrowed = _parts_of_totals(candidates, signatures, topics)
    class_parts = [frozenset().union(*(narrowed.get(i, frozenset()) for i in m)) if any(i in narrowed for i in m) else None
                   for m in classes]
    by_source = _rows_by_source(candidates)

    def told_elsewhere(x: int, y: int) -> bool:
        """Whether the stories of class `y` tell the value of class `x` in a sentence but those of `y`'s figures (no
        restatement of them: "about 19.7 km/s (71,000 km/h)")."""
        row = candidates[classes[x][0]]
        own = {(r.source, int(r.sentence_index)) for r in class_rows[y]}
        return any((source, int(other.sentence_index)) not in own and other.kind == row.kind
                   and str(other.canonical_unit) == str(row.canonical_unit) and _value_key(other) == values[x]
                   for source in sources[y] for other in (candidates[i] for i in by_source[source]))

    scores: dict[tuple[int, int], float] = {}
    sole_pairs: set[tuple[int, int]] = set()
    value_pairs: set[tuple[int, int]] = set()
    digit_pairs: set[tuple[int, int]] = set()
    named_slips: set[tuple[int, int]] = set()  # (digit pairs whose holder is named: they join what their other figure's group says)
    period_pairs: set[tuple[int, int]] = set()
    precise_pairs: set[tuple[int, int]] = set()  # (linked by a precise value and its unit alone)
    for members in buckets.values():
        # (each story's only figures of one value pair too: those of close values must share a claim word, as these do)
        own_words = [c for c in members if _of_the_event(class_topics[c], background, names) and len(periods[c]) == 1
                     and periods[c] not in (_OWN_PERIOD, _SINCE_DATE_PERIOD)]
        for x, y in sorted(set(_pairs(members, class_topics)) | _same_value_pairs([c for c in members if sole_class[c]], classes,
                                                                                 candidates)
                           | _named_slip_pairs(members, classes, class_topics, candidates, names) | _same_period_pairs(own_words, periods)
                           | _described_pairs(members, candidates[classes[members[0]][0]])
                           | _pairs_by_key({c: [values[c]] for c in members if precise_alone[c]})):
            as_of_now = candidates[classes[x][0]].kind == "age"  # an undated age is today's: "at 47, in 2000" is not "71"
            # (a figure set against an earlier one is dated by that contrast, so it pairs only with one of its date; unless
            # both are set against the same earlier value: "net income of $621 million in the second quarter, up from $540
            # million a year earlier" and "Net income rose to $612 million from $540 million a year ago" are one measure)
            strict = as_of_now or ((dated_only[x] or dated_only[y]) and not compared_with[x] & compared_with[y])
            if (sources[x] & sources[y] or not _same_period(periods[x], periods[y], strict=strict,
                                                            parts_apart=candidates[classes[x][0]].kind in PART_KINDS)
                    or not _same_scale(candidates[classes[x][0]], candidates[classes[y][0]])
                    or _far_apart(candidates[classes[x][0]], candidates[classes[y][0]])
                    or _other_scope(scopes[x], scopes[y], home, class_topics[x], class_topics[y], background)
                    or {tenses[x], tenses[y]} == {"ahead", "past"} or (tenses[x] == "proposed") != (tenses[y] == "proposed")
                    or {tenses[x], tenses[y]} == {"able", "past"}
                    or clocks[x] != clocks[y]
                    # ("The gold price averaged $1,940.54 an ounce over the year" is no price of another time: "Gold prices
                    # were little changed on Thursday at around $2,040 an ounce", "a record above $2,135 an ounce in early
                    # December")
                    or (averaged[x] != averaged[y] and periods[y if averaged[x] else x]
                        and periods[x] != periods[y])
                    or areas[x] != areas[y]
                    or _tally_moved_on(class_rows[x], class_rows[y]) or {whens[x], whens[y]} == {"news", "far"}
                    or (measured[x] and _counted_since(periods[x], published_days[x], published_days[y], periods[y]))
                    or (measured[x] and _counted_since(periods[y], published_days[y], published_days[x], periods[x]))
                    or (far_dated[x] and not periods[y]) or (far_dated[y] and not periods[x])
                    or (_told_apart(published_days[x], published_days[y])
                        and ((recent[x] and recent[y]) or (bool(signatures[classes[x][0]][2])
                                                             and not (periods[x] and periods[y]))))
                    or (_told_apart(published_days[x], published_days[y], STORIES_APART_DAYS)
                        and not (periods[x] and periods[y]) and str(candidates[classes[x][0]].canonical_unit) != "meter")
                    or values[y][0] in earlier[x] or values[x][0] in earlier[y]
                    or _part_apart(class_parts[x], class_topics[y]) or _part_apart(class_parts[y], class_topics[x])
                    or _whole_apart(whole_places[x], class_rows[y][0]) or _whole_apart(whole_places[y], class_rows[x][0])
                    or (candidates[classes[x][0]].kind == "date" and (_phases_apart(class_topics[x], class_topics[y])
                                                                     or visits[x] != visits[y]))
                    or _total_and_part(candidates[classes[x][0]], candidates[classes[y][0]])
                    or _dimensions_apart(candidates[classes[x][0]], candidates[classes[y][0]])
                    or (bool(signatures[classes[x][0]][2]) and _spans_nested(periods[x], periods[y], class_rows[x][0],
                                                                             class_rows[y][0]))):
                continue  # two classes of one source never join
            score = _score(class_topics[x], class_topics[y], weight, counted=counted[x], background=background, names=names)
            # (the words two claims share must each be said of one value of their source: "revenue" also in "Cloud
            # revenue climbed to $6.2 billion" says no one revenue; "domestic" of another figure is no matter)
            specific_pair = not (class_topics[x][1] & class_topics[y][1]) - (specific[x] & specific[y])
            if score is None and bool(periods[x]) == bool(periods[y]) and specific_pair:
                score = _one_word_score(class_topics[x], class_topics[y], weight, counted=int(not as_of_now and counted[x]),
                                        background=frozenset() if _close(candidates[classes[x][0]], candidates[classes[y][0]])
                                        else background, names=names)
            if score is None and as_of_now:
                score = _holder_score(class_topics[x], class_topics[y], names, background)
            if score is None and (_described_pair(candidates[classes[x][0]], candidates[classes[y][0]], class_topics[x],
                                                  class_topics[y], names)
                                  or _governed_alike(candidates[classes[x][0]], candidates[classes[y][0]], class_topics[x],
                                                     class_topics[y], names)):
                score = MIN_SCORE
            if score is None and values[x] == values[y] and (specific_pair or precise[x]) and not (
                    counts[x] and _each_says_another_group(class_topics[x], class_topics[y])):
                # (two counts of one value whose claims tell two fates are two claims: "Two construction workers ... were
                # rescued" / "Two construction workers' bodies were found")
                # (a value of three significant digits or more said alike is no chance: "quarterly revenue of $17.41
                # billion" pairs though "revenue" is said of every figure of an earnings story)
                score = _same_value_score(class_topics[x], class_topics[y], weight, names) if specific_pair else None
                if score is None and precise[x] and _same_value_score(class_topics[x], class_topics[y], weight, names,
                                                                      precise=True) is not None:
                    score = PRECISE_SCORE  # (joined last: a link of words or digits takes a figure first)
                if score is not None:
                    value_pairs.add((x, y))
                elif precise_alone[x] and not (sole_class[x] and sole_class[y]) and not _claims_name_apart(
                        class_topics[x], class_topics[y], names):
                    score = PRECISE_SCORE  # (one value of four significant digits and one unit: no chance match, whatever
                    # else their clauses name, unless their claims name two holders; each story's only one pairs as such)
                    precise_pairs.add((x, y))
            if (score is None and candidates[classes[x][0]].kind in SOLE_KINDS
                    and _transposed(candidates[classes[x][0]], candidates[classes[y][0]], same_unit=True)):
                score = _digits_score(class_topics[x], class_topics[y], names)
                if score is not None:
                    digit_pairs.add((x, y))
                    if _names_the_holder(class_topics[x], class_topics[y], names) or (
                            (class_topics[x][1] & class_topics[y][1]) - names):
                        named_slips.add((x, y))  # (or whose claims share a word of their own: "a cash option of $515.7
                        # million" / "The lump-sum value of the prize is $551.7 million", which two more outlets say)
            if score is None and sole_class[x] and sole_class[y] and not (
                    values[x] != values[y] and (told_elsewhere(x, y) or told_elsewhere(y, x))):
                # (a story that tells the other's value elsewhere, of another figure, tells it there: "Diesel dropped 5.8p
                # to 154.93p" makes its "unleaded at motorway services was 174.9p a litre" no other "154.93p a litre")
                score = _sole_score(candidates[classes[x][0]], candidates[classes[y][0]], class_topics[x], class_topics[y], names,
                                    background)
                if score is not None:
                    sole_pairs.add((x, y))
                    if values[x] == values[y]:
                        score -= SOLE_AGREEING_DISCOUNT  # (an agreement by value alone joins after links of words: the
                        # wire's "flew 14.2 million passengers" waits while "carried" links the stories that say it)
            if score is None and x in own_words and y in own_words and periods[x] == periods[y] and (
                    _one_holder(class_topics[x], class_topics[y], names)) and not _each_says_another_group(
                    class_topics[x], class_topics[y]):  # ("killed at least 261 people" / "injured over 900" on Friday)
                score = MIN_SCORE  # "The economy had shrunk by 0.3% in the fourth quarter of 2023" / "output fell 0.5% in Q4
                period_pairs.add((x, y))  # 2023": the event's own measure in one period, in words of the event alone
            if score is not None and (weak[x] or weak[y]):
                score = min(score, PRECISE_SCORE)  # (joined last: a link of words or digits takes a figure first)
            if score is not None and parts[x] != parts[y] and (wholes[x] or wholes[y]) == values[y if parts[x] else x][0]:
                score = None  # "announced results for 542 of the 543 Lok Sabha constituencies" / "announced the results for
                # all 543 Lok Sabha constituencies": the other tells the whole the part is counted of, not the part
            if score is not None and parts[x] != parts[y] and not _verbs(class_topics[y if parts[x] else x]):
                score = None  # "five of the six crew members died" / "12 crew members were on board": a part counts the
                # whole's noun, so it is the count of what a verb says ("won 162 of the 300 seats" / "secured 162 seats"),
                # no count told by none, which is the whole's
            if (score is not None and candidates[classes[x][0]].kind == "date" and values[x] != values[y]
                    and _verbs_alone_shared(class_topics[x], class_topics[y])):
                score = None  # "Built in 2015, the DALI was ..." / "Built in 1977, it simply wasn't designed ...": a date's
                # participle alone says nothing of what was built, so two dates it alone links are no disagreement (one
                # date it links agrees: "struck ... yesterday" / "Tuesday ... struck the Key Bridge")
            if score is not None:
                scores[(x, y)] = score
    scores = _without_values_said_too(scores, sources, values, class_topics,
                                      [frozenset((r.source, int(r.sentence_index)) for r in rows) for rows in class_rows])
    scores = _without_other_holders(scores, [candidates[m[0]] for m in classes], class_topics, sources, values, names)
    same_value = {pair for pair in scores if values[pair[0]] == values[pair[1]]}
    groups = _complete_linkage(scores, sources, [c for c in range(len(classes)) if linked[c] or sole_class[c]], same_value,
                               named_slips)
    claims = []
    for group in groups:
        members = sorted(i for c in group for i in classes[c])
        if len({candidates[i].source for i in members}) < 2:
            continue
        claim = _claim([candidates[i] for i in members], [topics[i] for i in members], weight)
        pairs = list(itertools.combinations(sorted(group), 2))
        claim.worded_alike = (len(group) == 1 and linked[group[0]]) or any(  # (one class: figures of one wording, unless
            # no words link it: "162 of the 300 seats" / "With 162 of 300 seats", each story's only whole)
            pair in scores and pair not in sole_pairs | value_pairs | digit_pairs | period_pairs | precise_pairs for pair in pairs)
        if not claim.worded_alike:
            claim.paired_by = ("digits" if any(pair in digit_pairs for pair in pairs)  # (the slip of a hand first: it
                               else "sole" if len(group) == 1 or any(pair in sole_pairs for pair in pairs)  # (may be what
                               # disagrees)
                               else "period" if any(pair in period_pairs for pair in pairs)
                               else "value" if any(pair in value_pairs for pair in pairs) else "precise")
        claims.append(claim)
    claims.sort(key=lambda c: (c.status != "conflict", -len(c.sources), c.words, c.rows[0].source, c.rows[0].start))
    if told_once:
        claims = _without_restated_conflicts(claims)
    used: Counter[str] = Counter()
    for claim in claims:
        base = "-".join([*(_slug(w) for w in claim.words[:2]), claim.kind])
        used[base] += 1
        claim.id = base if used[base] == 1 else f"{base}-{used[base]}"
    return claims


def _without_restated_conflicts(claims: list[Claim]) -> list[Claim]:
    """The claims less each conflict that restates one before it: its sources among that one's, each with the values it
    says there, and a word of it in common ("... 177 Confirmed Dead" in a headline and "leaving 177 people dead" in its
    lead, against "killed 179" and "killed 179 people" of another story: one disagreement, told once)."""
    kept: list[Claim] = []
    told: list[tuple[frozenset[str], dict[str, set[Any]]]] = []  # each kept conflict's words and values by source
    by_source: dict[str, list[int]] = defaultdict(list)  # (the kept conflicts each source is in: only those can hold one)
    for claim in claims:
        if claim.status != "conflict":
            kept.append(claim)
            continue
        words = frozenset(claim.words)
        values: dict[str, set[Any]] = defaultdict(set)
        for r in claim.rows:
            values[r.source].add(_value_key(r))
        first = next(iter(values))
        if any(words & told[k][0] and all(v <= told[k][1].get(source, set()) for source, v in values.items())
               for k in by_source[first]):
            continue
        if any(words & told[k][0] and _same_disagreement(values, told[k][1]) for source in values for k in by_source[source]):
            continue
        for source in values:
            by_source[source].append(len(told))
        told.append((words, values))
        kept.append(claim)
    return kept


def _same_disagreement(values: dict[str, set[Any]], told: dict[str, set[Any]]) -> bool:
    """Whether a conflict tells the disagreement of one told before it again through another source of a value that
    one holds: each source both name says the same values in both, and every value is among that one's ("fined Vexa 2.95
    billion euros" and "The fine, of 2.95 billion euros, is ..." each against one story's "€2.59 billion")."""
    shared = {source for source in values if source in told}
    said = set().union(*told.values())
    return (bool(shared) and len(shared) < len(values) and all(values[source] == told[source] for source in shared)
            and all(v <= said for v in values.values()))


Scope = tuple[tuple[str, ...], tuple[str, ...], bool, bool, frozenset[str], frozenset[str], frozenset[str], frozenset[str],
              frozenset[str], frozenset[str], str, str, frozenset[str], str, str | None, str, frozenset[str], frozenset[str]]
# ("losses could total $40 billion", "to total 5,000": the verb, before its figure, says no scope; nor does "a total of":
# "A total of nine people were aboard" is the "nine people on board" of another outlet)
_SCOPE_WORDS = re.compile(r"\b(?:(?<![Aa]\s)total"
                          r"(?!\s+(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|up\s+to)\s+)?[$€£¥\d])"
                          # (and a whole career's: "taking his career prize money to more than $180 million")
                          rf"|{TOTAL_WORDS}|worldwide|global|globally|career|lifetime|cumulative|all-time"
                          # (a whole region's: "Power outages affected over 1.25 million people across the region")
                          r"|nationwide|statewide|countrywide|across\s+the\s+(?:region|country|nation|state|continent)"
                          r"|as\s+a\s+whole)\b", re.I)  # ("Across England, Wales and Northern Ireland as a whole, 27.8%")


def _scope(row: Any) -> Scope:
    """What a figure's claim and clause cover: the countries they name (factcheck.places) and whether
    they say it is a total."""
    claim, clause = str(row.claim or ""), str(row.clause or row.sentence or "")
    placed_claim, placed_clause = claim, clause
    if row.kind == "ordinal" and (" after " in clause or " behind " in clause):
        # ("India became the 4th country to land on the moon after Russia, the United States and China", "the second-largest
        # economy behind the US": the places ranked before are no places the rank covers)
        placed_claim, placed_clause = _RANKED_BEFORE.sub("", claim), _RANKED_BEFORE.sub("", clause)
    # (a place a thing is flagged in or made in describes the thing: "The 948-foot Singapore-flagged vessel" names the
    # Singapore of "a 984-foot ship out of Singapore", though it covers no place)
    described = _described_places(clause)
    claim_places = places_named(placed_claim)
    if (fronted := _FRONTED_PLACE.match(str(row.sentence or ""))) is not None \
            and fronted.end() <= int(row.start) - int(row.sentence_start):
        # "In Scotland, 40,000 homes were still without power": a place the sentence opens with is the claim's scope,
        # though the comma cuts it off ("leaving 90,000 homes without power" in western France is another count)
        claim_places += tuple(p for p in places_named(fronted.group(1)) if p not in claim_places)
    if claim_places and row.kind in ("quantity", "age") and (where_made := _where_made(claim)):
        # ("The Dali is a 984-foot-long container vessel built in 2015 by Hyundai in South Korea": where a thing was
        # built or registered describes it, as "Singapore-flagged" does; a count's "ships built in Korea" it scopes)
        claim_places = tuple(p for p in claim_places if p not in where_made)
        described += where_made
    return (claim_places, places_named(placed_clause) + described, _SCOPE_WORDS.search(claim) is not None,
            _SCOPE_WORDS.search(clause) is not None, summed_places(claim) if " and " in claim or "&" in claim else frozenset(),
            destinations(claim) if "to " in claim else frozenset(),
            # (counts and amounts add up over places; a speed or a share does not: "winds of up to 135 km per hour")
            summed_places(clause) if " and " in clause and row.kind in ("count", "money") else frozenset(),
            # (the two sides a count or sum is "between": "The exchange of 24 prisoners between Russia and the West")
            _parties(clause) if "between " in clause and row.kind in ("count", "money") else frozenset(),
            # (the stock indices claim and clause name: "To close at 5,012, the S&P 500 dropped" is no level of the Dow's)
            stock_indices(claim), stock_indices(clause),
            # (the noun a total is of, "total revenue of $35.1 billion": revenue; and the claim, to read how the other says it)
            _total_head(claim), claim,
            # (and what it names as another thing; not the figure itself: "its second round of layoffs")
            _others_named(claim.replace(str(row.surface), " ", 1)) if _ANOTHER.search(claim) else frozenset(),
            # (the span a rank is counted over: "the second-deadliest hurricane this century" is no rank "since 1950"; and
            # one a count of times is told over after it: "his second trip to China in seven months" is no "first trip
            # abroad since he was sworn in")
            ("" if row.kind != "ordinal" else _rank_span(clause) if _superlative_rank(claim, str(row.surface))
             else _times_span(clause[clause.find(str(row.surface)) + len(str(row.surface)):]) if str(row.surface) in clause
             else ""),
            # (the country the claim opens with as its holder, and the basis of account it tells: read once, compared per pair)
            _holder_place(claim), _accounting_basis(claim),
            # (a place its sentence sets apart before the figure: "In England alone, 27.6% of entries got an A")
            _place_alone(row), listed_places(clause) if "," in clause or " and " in clause else frozenset())


_NAME_WORDS = r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)"  # up to four capitalised words
_FRONTED_PLACE = re.compile(r"\s*In\s+" + _NAME_WORDS + r"\s*,")


def _place_alone(row: Any) -> frozenset[str]:
    """The places a figure's sentence sets apart before it ("In England alone, 27.6% of entries", "China alone bought 225
    tonnes"): the figure is that part's, of no whole they are counted in."""
    offset = int(row.start) - int(row.sentence_start)
    before = str(row.sentence)[:offset]
    return frozenset(p for m in _NAME_ALONE.finditer(before) for p in places_named(m.group(1))) if " alone" in before else frozenset()


_NAME_ALONE = re.compile(_NAME_WORDS + r"\s+alone\b")


_RANKED_BEFORE = re.compile(r"\s+(?:after|behind)\s+(?:the\s+)?[A-Z][^.;:]*$")
# the span a rank of a superlative is counted over: "since 1950", "in the past 50 years", "this century", "in 25 years",
# "on record" (a rank told with none is of all time, as one "on record" or "ever" is)
_RANK_SPAN = re.compile(r"\b(?:since\s+(?:the\s+)?(?P<since>\d{4}s?|[A-Z][\w-]+|records\s+began)"
                        r"|(?:in|over)\s+(?:the\s+)?(?:(?P<past>past|last)\s+)?(?P<count>\d+|[a-z]+)\s+(?P<unit>years|decades|months)"
                        r"|(?P<this>this|last)\s+(?P<period>century|decade|year)"
                        r"|(?P<record>on\s+record|ever|in\s+history|of\s+all\s+time|all-time))\b")


# the span a count of times is told over, right after its noun: "(second) trip to China in seven months", "(third) cut
# in the past 12 months" (not "now in his third term, is the first ... since 2005": another figure's)
_TIMES_SPAN_AFTER = re.compile(r"(?:[\s-]+[\w’'-]+){1,5}?\s+(?:in|over)\s+(?:the\s+)?(?:(?:past|last)\s+)?(?P<count>\d+|[a-z]+)\s+"
                               r"(?P<unit>years|decades|months|weeks|days)\b")


def _times_span(after: str) -> str:
    """The span a count of times is told over (`after` its surface), as a key ("seven months"); "" when none."""
    m = _TIMES_SPAN_AFTER.match(after)
    return f"{m.group('count').lower()} {m.group('unit')}" if m else ""


# a rank of a superlative: "second-deadliest", "third largest", "fourth most populous" (not "third round of layoffs")
_SUPERLATIVE_AFTER = re.compile(r"[- ](?:most|least|[a-z]{2,}est)\b")


def _superlative_rank(claim: str, surface: str) -> bool:
    """Whether an ordinal ranks by a superlative in its claim ("the second-deadliest hurricane")."""
    at = claim.find(surface)
    return at >= 0 and _SUPERLATIVE_AFTER.match(claim, at + len(surface)) is not None


def _rank_span(clause: str) -> str:
    """What a clause's rank is counted over, as a key ("since 1950", "50 years", "this century"); "" when all time."""
    m = _RANK_SPAN.search(clause)
    if m is None or m.group("record"):
        return ""
    if m.group("since"):
        return "since " + m.group("since").lower()
    if m.group("unit"):
        return f"{m.group('count').lower()} {m.group('unit')}"
    return f"{m.group('this')} {m.group('period')}"


# "Ontario's next big project", "another project", "other lenders": a thing the claim sets apart from the one of the story
# (not a time: "next year's budget" is the budget)
_ANOTHER = re.compile(r"\b(?:next|another|other)\s+(?!(?:[\w-]+\s+)?(?:year|month|week|day|quarter|half|decade|time|season|hour"
                      r"|minute)s?\b)(?!(?:a|an|the|one|ones|of|than|hand|side)\b)(?=[a-z])((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)",
                      re.I)  # (nor a pronoun's: "and the other a 25-year-old woman"; nor "the next five years")


def _others_named(claim: str) -> frozenset[str]:
    """The ids of the words after "next", "another" or "other" in a claim: what it names as another thing."""
    return frozenset().union(*(_ids(m.group(1)) for m in _ANOTHER.finditer(claim)))


# "total revenue of", "total oil exports to", "total damage at": the words after "total" up to a preposition, a verb or
# a figure; the last of them is the noun the total is of
_TOTAL_PHRASE = re.compile(r"\btotal\s+((?:(?!(?:of|in|at|to|from|for|on|was|is|were|are|reached|rose|fell|stood|came)\b)"
                           r"[a-z][a-z-]*\s+){0,2}?(?!(?:of|in|at|to|from|for|on|was|is|were|are)\b)[a-z][a-z-]*)"
                           r"(?=\s+(?:of|in|at|to|from|for|on|was|is|were|are|reached|rose|fell|stood|came|[a-z]+ed)\b|[,.;]|$)", re.I)


def _total_head(claim: str) -> str:
    """The noun a claim's total is of ("The company reported total revenue of 35.1 billion dollars" -> revenue), or ""."""
    m = _TOTAL_PHRASE.search(claim) if "total" in claim.lower() else None
    return _word_id(m.group(1).split()[-1].lower()) if m else ""


# what may stand before a noun without narrowing it: articles, possessives, prepositions, verbs of telling or having,
# and words of the period ("quarterly revenue", "said revenue", "in revenue", "its revenue")
_BEFORE_BARE_NOUN = frozenset(
    "a an the its their his her our this that these those in of for from to at on by with and or said says reported "
    "reports posted posts generated generates had has have was were is are quarterly annual yearly monthly weekly "
    "full-year half-year first-quarter second-quarter third-quarter fourth-quarter record total overall".split())
# a phrase after the noun that narrows it: "revenue from gaming products", "exports to China" (not "for the quarter")
_NARROWING_AFTER = re.compile(r"\s+(?:from|of|to|for|on)\s+(?!(?:the|its|their|a|an)\s+(?:first|second|third|fourth|latest|last"
                              r"|previous|same|current|quarter|year|period|month|week|three|six|nine|twelve)\b)"
                              r"(?!(?:about|around|nearly|almost|roughly|some|more|less|just|over|under|up)\b)(?:the\s+)?[A-Za-z]")


def _says_bare(claim: str, head: str) -> bool:
    """Whether `claim` says the noun `head` with no word that narrows it ("generated $35.08 billion in revenue",
    "Nvidia said revenue ... nearly doubled"; not "data center revenue", "revenue from gaming products")."""
    words = list(_CLAIM_WORD.finditer(claim))
    found = False
    for n, m in enumerate(words):
        if _word_id(m.group().lower()) != head:
            continue
        found = True
        before = words[n - 1].group() if n else ""
        lower = before.lower()
        if before and not (lower in _BEFORE_BARE_NOUN or lower.endswith(("'s", "’s", "ed")) or before[0].isupper()):
            return False
        if _NARROWING_AFTER.match(claim, m.end()):
            return False
    return found


_CLAIM_WORD = re.compile(r"[A-Za-z][\w’'-]*")


_PLACE_DESCRIBES = re.compile(r"\b([A-Z][\w.]+(?: [A-Z][\w.]+)?)-(?:flagged|registered|made|built)\b")


def _described_places(text: str) -> tuple[str, ...]:
    """The places `text` names as where a thing is flagged, registered, made or built ("Singapore-flagged")."""
    return tuple(p for m in _PLACE_DESCRIBES.finditer(text) if (p := place_of(m.group(1))) is not None) if "-" in text else ()


# "built in 2015 by Hyundai Heavy Industries in South Korea", "registered in Panama": a place the thing was made or listed in
_BUILT_IN = re.compile(r"\b(?:built|constructed|registered|flagged)(?: in \d{4}| by [A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})*"
                       r" in (?:the )?([A-Z][\w.]*(?: [A-Z]\w+)?)")


def _where_made(claim: str) -> tuple[str, ...]:
    """The places `claim` says its thing was built or registered in."""
    return tuple(p for m in _BUILT_IN.finditer(claim) if (p := place_of(m.group(1)) or place_of(m.group(1).rstrip("."))))


_BETWEEN_PARTIES = re.compile(r"\bbetween (?:the )?([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*) and (?:the )?([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*)")


def _parties(clause: str) -> frozenset[str]:
    """The two sides a clause says something is between, each as the place it names or its name ("between Russia and the
    West" -> Russia, West)."""
    m = _BETWEEN_PARTIES.search(clause)
    return frozenset(place_of(name) or name for name in m.groups()) if m else frozenset()


def _other_scope(a: Scope, b: Scope, home: frozenset[str] = frozenset(), a_topic: Topic | None = None,
                 b_topic: Topic | None = None, background: frozenset[str] = frozenset()) -> bool:
    """Whether two figures cover different things: each claim names a country the other's clause does not
    ("Turkey's gas imports from Russia" / "Chinese gas imports from Russia"), or one names a country the
    other's clause does not and that is none of the corpus's own (`home`: "Turkey's gas imports from Russia
    rose 12%" / "Gas imports from Russia rose 40%" in a corpus about China), or one is a total the other's
    clause does not call one and the other's claim says a word the total's clause does not ("Russia's total oil
    exports" / "Russia's oil exports to China"; "estimated total damage at 580 million euros" / "put the damage
    at around €850 million" is one measure)."""
    a_only, b_only = set(a[0]) - set(b[1]), set(b[0]) - set(a[1])
    if (a_only and b_only) or a_only - home or b_only - home:
        return True
    if {a[15], b[15]} == {"gaap", "adjusted"}:
        return True  # "GAAP gross margins were 73.4%" / "The adjusted gross margin ... was 73.6%": two bases of account
    if (mine := a[14]) and (theirs := b[14]) and mine != theirs and mine not in b[0] and theirs not in a[0]:
        return True  # "China, with 91 overall medals, has cemented itself as America's chief rival" / "The U.S. (112 overall
        # medals)": each claim opens with the country it is of, whatever else the other's clause names ("China's imports
        # from Russia" / "Russia's exports to China" name both)
    if any(mine[16] and (not mine[16] <= set(theirs[1]) or (mine[16] & theirs[17] and theirs[17] - mine[16]))
           for mine, theirs in ((a, b), (b, a))):
        return True  # "In England alone, 27.6% of entries" / "Across England, Wales and Northern Ireland as a whole, 27.8%":
        # a part set apart, and a figure of no place or of a list of places it is one of
    if any(len(mine[17]) >= 2 and mine[3] and theirs[1] and set(theirs[1]) < mine[17] for mine, theirs in ((a, b), (b, a))):
        return True  # "Across England, Wales and Northern Ireland as a whole, 27.8%" / "In Wales, 34 per cent": the places
        # listed together, and one of them
    if a[8] - b[9] and b[8] - a[9]:
        return True  # "the S&P 500 dropped ... to close at 5,012" / "The Dow dropped ... to close at 38,721.14": two indices
    if a[5] and b[5] and not a[5] & b[5]:
        return True  # "Putin's state visit to China" / "Xi paid a state visit to Russia": gone to two places
    if a[13] != b[13]:
        return True  # "the second-deadliest hurricane ... this century" / "the fourth-deadliest ... since 1950": two ranks
    if bool(a[12]) != bool(b[12]):
        others, theirs = (a[12], b[11]) if a[12] else (b[12], a[11])
        if others & _ids(theirs):
            return True  # "Ontario's next big project ... is budgeted at $19 billion" / "The project cost $12.8 billion"
    if (a_only and set(b[1]) - set(a[1])) or (b_only and set(a[1]) - set(b[1])):
        return True  # "Six people were killed in West Bengal" / "In Bangladesh, ... killing at least 10": one claim names a
        # country, the other's clause another (both the corpus's own)
    if any(len(mine[4]) >= 2 and theirs[0] and set(theirs[0]) < mine[4] for mine, theirs in ((a, b), (b, a))):
        return True  # "killed 16 people in Bangladesh and India" sums what "Six people were killed in West Bengal" counts a part of
    if any(len(mine[6]) >= 2 and not mine[0] and theirs[1] and set(theirs[1]) < mine[6] for mine, theirs in ((a, b), (b, a))):
        return True  # "slammed into Bangladesh and India's West Bengal ..., killing at least 16 people" sums over both what
        # "battered Bangladesh's coast, killing at least 10 people" counts of one
    if any(len(mine[7]) == 2 and theirs[0] and set(theirs[0]) < mine[7] and not set(theirs[1]) >= mine[7]
           for mine, theirs in ((a, b), (b, a))):
        return True  # "The exchange of 24 prisoners between Russia and the West" counts both sides; "Russia released 16
        # prisoners" one
    for total, part, total_topic, part_topic in ((a, b, a_topic, b_topic), (b, a, b_topic, a_topic)):
        if total[2] and not part[3] and set(part[0]) - set(total[1]):
            return True  # "The overall pass rate ... was 97.2%" / "The pass rate in Wales was 97.5%": a total and a place's
            # part, even a place every story names
        if total[2] and not part[3] and (total_topic is None or part_topic is None
                                         or part_topic[1] - total_topic[0].keys() - background):
            if total[10] and _says_bare(part[11], total[10]):
                continue  # "total revenue of 35.1 billion dollars" / "generated $35.08 billion in revenue": one measure
            return True
    return False


_GAAP = re.compile(r"(?<![Nn]on-)(?<![Nn]on )\bGAAP\b")
_ADJUSTED = re.compile(r"\b(?:[Nn]on-?GAAP|[Aa]djusted|excluding (?:items|one-time items|certain items|non-recurring items))\b")


def _accounting_basis(claim: str) -> str:
    """'gaap' for a claim of a GAAP figure ("GAAP gross margins were 73.4%"), 'adjusted' for a non-GAAP or adjusted one
    ("non-GAAP gross margins", "adjusted earnings per share"), else ''."""
    return "adjusted" if _ADJUSTED.search(claim) else "gaap" if _GAAP.search(claim) else ""


# a country a claim opens with as its holder: "China, with 91 overall medals", "The U.S. (112 overall medals)", "Japan's 45",
# "China won 91 medals" (not "Russian President Vladimir Putin ended ...": a title's)
_HOLDER_OPENING = re.compile(r"(?:The\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}?)(?=,|\s*\(|['’]s\b|\s+[a-z])")


def _holder_place(claim: str) -> str | None:
    """The country `claim` opens with as what it is about ("China, with 91 overall medals": China), else None."""
    return place_of(m.group(1)) if (m := _HOLDER_OPENING.match(claim)) else None


def _home_places(facts: pd.DataFrame) -> frozenset[str]:
    """The countries of the corpus's event: named in a third of the sources at least, and in two (in any
    sentence with a figure; a headline often names the country and the story never again), or the only one
    the corpus names. A claim that leaves one out may still be about it ("Gas imports from Russia rose 40%")."""
    sources_of: dict[str, set[str]] = defaultdict(set)
    sentences = facts[["source", "sentence"]].drop_duplicates()
    for source, sentence in zip(sentences["source"], sentences["sentence"], strict=True):
        # (with the places a thing is flagged or built in: "the Singapore-flagged vessel" names the corpus's Singapore)
        for place in (*places_named(str(sentence)), *_described_places(str(sentence))):
            sources_of[place].add(str(source))
    n = facts["source"].nunique()
    home = frozenset(p for p, found in sources_of.items() if len(found) >= 2 and 3 * len(found) >= n)
    if not home and len(sources_of) == 1:
        return frozenset(sources_of)  # the only country the corpus names ("U.S. employers added ...") is its own
    return home


def _pairs(members: list[int], topics: list[Topic]) -> list[tuple[int, int]]:
    """The pairs of figures (of one kind, unit and change) whose claims share a word: only they can be
    linked. A word in more than MAX_POSTING claims pairs nothing by itself (it weighs next to nothing)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i in members:
        for word in topics[i][1]:
            postings[word].append(i)
    pairs: set[tuple[int, int]] = set()
    for posting in postings.values():
        if len(posting) > MAX_POSTING:
            continue
        for x, i in enumerate(posting):
            pairs.update((min(i, j), max(i, j)) for j in posting[x + 1 :])
    return sorted(pairs)


# "46 remain missing after the dam burst late on Sunday": a date after a subordinate clause's opening word is the
# date of the event that clause tells, not the period of the figure before it
_SUBORDINATE = re.compile(r"\b(?:after|before|when)\s+(?:the|a|an|its|their|his|her|it|they|he|she)\s+\w+", re.I)


def _event_after(figure: Any, date: Any) -> bool:
    """Whether a date of a figure's claim, after the figure, is the date of a clause of its own ("after the dam burst")."""
    if int(date.start) < int(figure.end):
        return False
    offset = int(figure.sentence_start)
    return bool(_SUBORDINATE.search(str(figure.sentence), int(figure.end) - offset, int(date.start) - offset))


_RELATIVE_OPENING = re.compile(r",\s+(?:which|who|whose|where)\b")


def _in_relative_before(figure: Any, date: Any) -> bool:
    """Whether a date of a figure's claim, before the figure, is told in a relative clause set off by commas, of its own
    event ("The closure of the plant, which opened in 1984, will cost 1,300 jobs": no 1,300 jobs of 1984)."""
    offset = int(figure.sentence_start)
    sentence, start, end = str(figure.sentence), int(date.start) - offset, int(date.end) - offset
    if int(date.end) > int(figure.start):
        return False
    opening = [m for m in _RELATIVE_OPENING.finditer(sentence, 0, start) if "," not in sentence[m.end() : start]]
    closing = sentence.find(",", end)
    return bool(opening) and 0 <= closing < int(figure.start) - offset and not sentence[end:closing].strip(" ")


# ("must return to work by the beginning of their shift on Nov. 12": a deadline too)
_BY_BEFORE = re.compile(r"\b(?:by|before)\s+(?:the\s+(?:end|beginning|start|close)\s+of\s+(?:(?:their|its|his|her|the)\s+)?"
                        r"(?:[a-z]+\s+)?(?:on\s+)?)?$", re.I)


def _deadline(date: Any) -> bool:
    """Whether a date is a target's deadline, after the day the article was published ("will rise to 2.5% of GDP by
    2027"): a date of its own to check, not the period of the figure beside it (which another outlet may tell on
    another day)."""
    return (date.qualifier == "exact" and not is_missing(date.published) and str(date.date_start)[:10] > str(date.published)[:10]
            and bool(_BY_BEFORE.search(_before(date))))


def prepare(facts: pd.DataFrame) -> tuple[list[Any], list[Topic], dict[str, float], DateIndex, frozenset[str]]:
    """The figures discovery compares, their topics, the weight of each word, the dates of each sentence and the words
    that are names (`name_words`; a name's spellings one word: `_spelling_variants`)."""
    rows = list(plain_rows(facts[_COLUMNS]))
    dates = date_index(rows)
    candidates = [r for r in rows if _checkable(r)]
    # a date in a figure's claim is that figure's period ("3.2 million customers on Thursday"), not the date
    # of an event: two outlets' snapshots on two days are no conflict about a day
    figure_claims: dict[tuple[str, int, int], list[Any]] = defaultdict(list)
    for r in candidates:
        if r.kind != "date" and not _reference(r):
            figure_claims[(r.source, int(r.sentence_index), int(r.claim_start))].append(r)
    candidates = [r for r in candidates
                  # ("a pledge of $100 billion a year set in 2009": when the pledge was set, of no figure of its claim)
                  if r.kind != "date" or _deadline(r) or agreed_date(r) or all(
                      _event_after(figure, r) or _in_relative_before(figure, r)
                      for figure in figure_claims.get((r.source, int(r.sentence_index), int(r.claim_start)), ()))]
    date_spans: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for r in rows:
        if r.kind == "date":
            date_spans[(r.source, int(r.sentence_index))].append((int(r.start), int(r.end)))
    sentences = {str(r.sentence) for r in candidates}
    closed = _closed_compounds(sentences)
    bases = _numbered_bases(sentences)
    numbered = _first_pattern(bases)
    defined = defined_names(sentences)
    lettered = _lettered_pattern(defined)
    topics = [_topic(r, date_spans.get((r.source, int(r.sentence_index)), []), closed, numbered, (lettered, defined))
              for r in candidates]
    # (of figures of one kind and unit, or none: "his first to Japan" says of the three-day visit it is set beside, "or
    # about 2.14 million barrels a day" of the 107 million tonnes it restates)
    place: dict[tuple[str, int, int], tuple[list[int], int]] = {}  # (its sentence's figures, its position among them)
    for members in sentence_figures(rows):
        for at, i in enumerate(members):
            if rows[i].kind in SOLE_KINDS:
                place[(rows[i].source, int(rows[i].sentence_index), int(rows[i].start))] = (members, at)
    topics = [topic._replace(apart=(_said_apart(r, later_claims(r, (rows[j] for j in found[0][found[1] + 1 :])))
                                    & frozenset(topic.words)) - topic.in_claim,
                             told_before=(_said_apart(r, earlier_claims(r, [rows[j] for j in found[0][max(0, found[1] - 12) : found[1]]]))
                                          & frozenset(topic.words)) - topic.in_claim)
              if (found := place.get((r.source, int(r.sentence_index), int(r.start)))) else topic
              for r, topic in zip(candidates, topics, strict=True)]
    names = name_words(candidates, bases)
    if variants := _spelling_variants(names, topics):
        topics = [_respelled(topic, variants) for topic in topics]
        names = frozenset(variants.get(n, n) for n in names)
    if aliases := acronym_aliases(sentences, defined):  # ("the Bharatiya Janata Party (BJP) winning 240 seats" / "the BJP securing 240")
        topics = [_respelled(topic, aliases) for topic in topics]
        # (the letters of a name are a name; those of a common noun, "the air quality index (AQI)", are a word)
        named = {_word_id(letters.lower()) for name, letters in defined.items() if name[0].isupper()}
        names = frozenset(aliases.get(n, n) for n in names) | (frozenset(aliases.values()) & named)
    return candidates, topics, _weights(topics), dates, names


# a name and its letters in brackets: "the Bharatiya Janata Party (BJP)", "Telugu Desam Party (TDP)"
# (or a common noun's words in lower case, each initial one of its letters in turn: "the air quality index (AQI)")
_DEFINED_ACRONYM = re.compile(r"((?:[A-Z][a-z]+\s+(?:(?:of|for|and|the)\s+)?){2,6})\(([A-Z]{2,6})\)")
_DEFINED_LOWER = re.compile(r"(?<![\w-])((?:[a-z]+\s+){1,5}[a-z]+)\s+\(([A-Z]{2,6})\)")


def defined_names(sentences: set[str]) -> dict[str, str]:
    """Each name the corpus writes with its letters in brackets ("the Bharatiya Janata Party (BJP)"), or of two words
    whose initials it writes undefined (`_undefined_acronyms`), mapped to its letters."""
    defined: dict[str, str] = {}  # the name as written -> its letters
    for text in sentences:
        if "(" not in text:
            continue
        for m in _DEFINED_ACRONYM.finditer(text):
            words = [w for w in m.group(1).split() if w[0].isupper()]
            letters = m.group(2)
            for k in range(2, len(words) + 1):
                initials = "".join(w[0] for w in words[-k:])
                if initials == letters or (initials[0] == letters[0] and len(letters) == k + 1 and _is_subsequence(initials, letters)):
                    defined[" ".join(words[-k:])] = letters
                    break
        for m in _DEFINED_LOWER.finditer(text):
            words = m.group(1).split()[-len(m.group(2)) :]
            if len(words) == len(m.group(2)) and "".join(w[0] for w in words).upper() == m.group(2):
                defined[" ".join(words)] = m.group(2)
    defined.update(_undefined_acronyms("\n".join(sentences), set(defined.values())))
    return defined


def acronym_aliases(sentences: set[str], defined: dict[str, str] | None = None) -> dict[str, str]:
    """The word ids of each name the corpus writes with its letters in brackets, mapped to the letters' id, when the
    word is written nowhere else ("Bharatiya Janata Party (BJP)": bharatiya and janata are "bjp"; "party", which
    "the Samajwadi Party" writes too, and "Congress" of "Trinamool Congress (TMC)", where "the Congress" is another party,
    stay words of their own). `defined`: the names, when the caller has read them (`defined_names`)."""
    if defined is None:
        defined = defined_names(sentences)
    if not defined:
        return {}
    corpus = "\n".join(sentences)  # (two passes over it, however many names: a corpus of thousands of articles stays linear)
    # (a name as often in lower case, "national insurance contributions", is the same name)
    by_lower = {name.lower(): name for name in defined}
    said = Counter(by_lower[m.group().lower()] for m in re.finditer(
        rf"\b(?:{'|'.join(map(re.escape, sorted(defined, key=len, reverse=True)))})\b", corpus, re.I))
    words = Counter(re.findall(r"[a-z]+", corpus.lower()))
    aliases: dict[str, str] = {}
    synonymous = _synonym_heads()
    for name, letters in defined.items():
        for word in name.split():
            if words[word.lower()] == said[name] and (key := _word_id(word.lower())) not in synonymous:
                # (not a word of synonyms.txt: "Aircraft Accident Investigation Bureau (AAIB)" makes no "crashed" the bureau)
                aliases[key] = _word_id(letters.lower())
    return aliases


# (two letters only: a longer one, "CBO", is a word already, and reading "the Congressional Budget Office" as it too
# joined a third telling of 1.4 million jobs to two, which left the blog's "1.3 million: jobs the CBO says" unpaired)
_ACRONYM = re.compile(r"(?<![\w.&-])[A-Z]{2}(?![\w&.-])")
_CAPITALISED_RUN = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][a-z]+){1,4}(?![\w-])")
# letters that name no run of words of the story ("a 1 p.m. news conference", "AM radio", the first person in capitals)
_NOT_ACRONYMS = frozenset("AM PM OK TV US UK EU UN AI".split())


def _lettered_pattern(defined: dict[str, str]) -> re.Pattern[str] | None:
    """A pattern of the names of `defined` that hold a word of synonyms.txt, whose words would otherwise say what the
    synonym says; None if there are none."""
    synonymous = _synonym_heads()
    names = [name for name in defined if any(_word_id(w.lower()) in synonymous for w in name.split())]
    if not names:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w-])")


def _undefined_acronyms(corpus: str, defined: set[str]) -> dict[str, str]:
    """Names of two words the corpus also writes as their two initials without ever defining them ("National Insurance
    contributions" and "NI at 15%"; "American Airlines" and "The AA flight"), each mapped to its letters: only when exactly one run of
    capitalised words of the corpus has those initials (a story with "Northern Ireland" too says no more which one
    "NI" is)."""
    letters = {m.group() for m in _ACRONYM.finditer(corpus)} - defined - _NOT_ACRONYMS
    if not letters:
        return {}
    runs: dict[str, set[str]] = defaultdict(set)  # initials -> the runs of words that have them
    for m in _CAPITALISED_RUN.finditer(corpus):
        words = [w for w in m.group().split() if w[0].isupper()]
        for k in range(2, len(words) + 1):  # (the run's last words: "Chancellor Rachel Reeves" holds "Rachel Reeves")
            tail = words[-k:]
            initials = "".join(w[0] for w in tail)
            if initials in letters:
                runs[initials].add(" ".join(tail))
    return {next(iter(names)): initials for initials, names in runs.items() if len(names) == 1}


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


SPELLING_MIN = 5  # letters a name needs before another spelling of it one letter apart is the same name


def _spelling_variants(names: frozenset[str], topics: list[Topic]) -> dict[str, str]:
    """Names the corpus spells two ways one letter apart ("Raisi" / "Raeisi", "Zelensky" / "Zelenskyy", "Gaddafi" /
    "Qaddafi": a transliteration), each mapped to its commonest spelling. Found by their one-letter deletions, so a
    corpus of thousands of names stays linear."""
    counts: Counter[str] = Counter(w for topic in topics for w in topic.words if w in names)
    by_key: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        if len(name) >= SPELLING_MIN and name.isalpha() and not _numbered_word(name, counts):  # ("siberiaii": no spelling
            # of "siberiai")
            for key in {name, *(name[:i] + name[i + 1 :] for i in range(len(name)))}:
                by_key[key].append(name)
    variants: dict[str, str] = {}
    for group in by_key.values():
        if len(group) > 1:
            main = max(group, key=lambda w: (counts[w], w))
            variants.update({w: main for w in group if w != main and w not in variants})
    return {w: variants.get(main, main) for w, main in variants.items()}


def _respelled(topic: Topic, variants: dict[str, str]) -> Topic:
    """`topic` with each name in its commonest spelling."""
    def one(ids: frozenset[str]) -> frozenset[str]:
        return frozenset(variants.get(w, w) for w in ids)

    if not any(w in variants for w in topic.words):
        return topic
    return topic._replace(words={variants.get(w, w): text for w, text in topic.words.items()}, in_claim=one(topic.in_claim),
                          attributed=one(topic.attributed), narrowing=one(topic.narrowing), apart=one(topic.apart),
                          told_before=one(topic.told_before), name_runs=frozenset(one(run) for run in topic.name_runs),
                          adjuncts=one(topic.adjuncts), negated=one(topic.negated), passives=one(topic.passives),
                          summed=frozenset((variants.get(x, x), variants.get(y, y)) for x, y in topic.summed))


def _said_apart(row: Any, claims: list[str]) -> frozenset[str]:
    """The ids of the words of a figure's clause that only the claims of later figures (`later_claims`) say ("the
    Congress" of "with the BJP securing 240 seats and the Congress garnering 99" is no word of the 240's; before it, a
    claim holds the subject both share: "the Titanic rests 3,800 metres below the surface, 400 nautical miles off the
    coast")."""
    text = str(row.clause or row.sentence)
    inside: Counter[str] = Counter()
    for claim in claims:
        if claim and claim in text:
            inside.update(_id_counts(claim))
    if not inside:
        return frozenset()
    in_clause = _id_counts(text)  # (counted once per clause: a sentence of thousands of figures stays linear)
    return frozenset(w for w, n in inside.items() if in_clause[w] <= n) - _ids(str(row.claim or ""))


@lru_cache(maxsize=4096)
def _id_counts(text: str) -> Counter[str]:
    """How often each word id (`_word_id`, a place's words one word) occurs in `text`."""
    return Counter(_word_id(w.lower().replace("’", "'").removesuffix("'s")) for w in words_of(joined_places(_one_word_phrases(text))))


# phrases news writes for one word: "with nine people on board" is "nine people were aboard", "Thirty-two people lost
# their lives" is "32 people died"
_ON_BOARD = re.compile(r"\b([Oo])n[ -]board\b")
_LOST_LIVES = re.compile(r"\b(?:lost|lose|loses|losing)\s+(?:their|his|her|its)\s+li(?:ves|fe)\b")


def _one_word_phrases(text: str) -> str:
    """`text` with each phrase that stands for one word written as that word ("on board": "onboard", "lost their
    lives": "died")."""
    if "board" in text:
        text = _ON_BOARD.sub(r"\1nboard", text)
    return _LOST_LIVES.sub("died", text) if "li" in text else text


_TWO_WORDS = re.compile(r"(?<![\w-])([a-z]{3,}) ([a-z]{3,})(?![\w-])")


def _closed_compounds(sentences: set[str]) -> frozenset[str]:
    """The words of the corpus that another of its sentences writes as two ("heatwave" where another outlet
    writes "heat wave", "wildfire" and "wild fire"): each such pair is then that one word as well."""
    vocabulary = {w.lower() for text in sentences for w in words_of(text) if len(w) >= 6}
    pairs = {a + b for text in sentences for a, b in _pairs_of_words(text.lower())}
    return frozenset(pairs & vocabulary)


def _pairs_of_words(text: str) -> list[tuple[str, str]]:
    """Every two lower-case words of three letters or more that follow one another in `text`."""
    found = []
    at = 0
    while (m := _TWO_WORDS.search(text, at)) is not None:
        found.append((m.group(1), m.group(2)))
        at = m.start(2)  # (overlapping: "the heat wave" gives "the heat" and "heat wave")
    return found


def background_words(candidates: list[Any], topics: list[Topic]) -> frozenset[str]:
    """Words of the corpus's event itself ("election" in a corpus about one election): in the clauses of
    more than half of the sources (and of at least three). A claim need not find them in the other's
    clause: outlets leave out what every article is about ("the Ridge Fire" is "the fire")."""
    sources_of: dict[str, set[str]] = defaultdict(set)
    for row, (words, *_) in zip(candidates, topics, strict=True):
        for w in words:
            sources_of[w].add(row.source)
    n = len({row.source for row in candidates})
    return frozenset(w for w, found in sources_of.items() if len(found) >= 3 and 2 * len(found) > n)


def name_words(candidates: list[Any], numbered: frozenset[str] | None = None) -> frozenset[str]:
    """Words the corpus writes capitalised inside a sentence more often than in lower case: names of places,
    people, organisations ("Foreign Ministry" once and "his first foreign trip" twice: "foreign" is no name), and the
    first of each name the corpus also numbers (`numbered`: "siberiai")."""
    capitalised: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    acronyms: set[str] = set()
    for text in {joined_places(without_accents(numbered_names(str(row.clause or row.sentence)))) for row in candidates}:
        capitalised.update(_word_id(m.group().lower()) for m in _NAME.finditer(text))
        lower.update(_word_id(w) for w in _LOWER_WORD.findall(text))
        if "(" in text:  # "the Bharatiya Janata Party (BJP)": the letters of a name are a name (not "gross domestic product (GDP)")
            acronyms.update(_word_id(m.group(1).lower()) for m in _NAMED_ACRONYM.finditer(text))
    if numbered is None:  # (the names the corpus numbers, `_numbered_bases`, when the caller has not read them)
        numbered = _numbered_bases({str(row.sentence) for row in candidates})
    firsts = {_word_id(base.lower() + "i") for base in numbered}
    return frozenset(w for w, n in capitalised.items() if n > lower[w]) | frozenset(acronyms) | firsts  # ("Siberiai": the first)


# a capitalised word inside a sentence (and a capitalised part after a hyphen: the "Fried" of "Bankman-Fried")
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+|(?<=[a-z]-)[A-Z][a-z]+")
_NAMED_ACRONYM = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|for|and))*\s+[A-Z][a-z]+\s+\(([A-Z]{2,6})\)")
# a name with a number: "Power of Siberia 2" is another pipeline than "Power of Siberia" ("Nord Stream 2", "Windows 11")
# (inside a sentence: "The 3-day visit" is none; nor is "Siberia 2.5" or "Group 7%")
_NUMBERED_NAME = re.compile(r"(?:(?<=[\w,] )|^|(?<=[\"“(]))([A-Z][a-z]+)[ -]([1-9]|1[0-9])\b"
                            r"(?![.,:/%-]?\d|-|\s?(?:%|percent|per cent))"  # ("Siberia-2")
                            # (a span of time after a name is no number of it: "she had with Trump 10 years earlier")
                            r"(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|times)\b)")
_NOT_NUMBERED = frozenset(calendar.month_name[1:] + calendar.month_abbr[1:] + list(calendar.day_name)
                          + ["Sept"]  # "May 2", "Monday 3", "Sept 18"
                          + list(CURRENCY_ABBREVIATIONS))  # ("an interim dividend of Rs 4": money)
_ROMAN = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii",
          "xix"]
_ROMAN_SET = frozenset(_ROMAN[1:])


def _numbered_bases(sentences: set[str]) -> frozenset[str]:
    """The names the corpus writes with a number ("Siberia" of "Power of Siberia 2")."""
    return frozenset(m.group(1) for text in sentences if any(c.isdigit() for c in text)
                     for m in _NUMBERED_NAME.finditer(text) if _is_numbered_name(m))


def _first_pattern(bases: frozenset[str]) -> re.Pattern[str] | None:
    """The names of `bases` written without their number (`_first_of_numbered`), or None when there are none."""
    if not bases:
        return None
    return re.compile(rf"\b({'|'.join(map(re.escape, sorted(bases)))})\b(?! \1[ivx]+\b|[ -]?\d)")


def _first_of_numbered(text: str, unnumbered: re.Pattern[str]) -> str:
    """`text` (after `numbered_names`) with each name the corpus also writes with a number, written here without one, given
    a word of the first ("The Power of Siberia pipeline ... 38 bcm a year" is the first pipeline where "Power of Siberia 2"
    is written too: "Siberia Siberiai")."""
    return unnumbered.sub(lambda m: f"{m.group(1)} {m.group(1)}i", text)


def numbered_names(text: str, figure: str = "") -> str:
    """`text` with each name that has a number ("Siberia 2") given a word of its own ("Siberia Siberiaii"), but for
    the number a figure is written as (`figure`)."""
    return _NUMBERED_NAME.sub(lambda m: m.group() if not _is_numbered_name(m) or m.group(2) == figure else
                              f"{m.group(1)} {m.group(1)}{_ROMAN[int(m.group(2))]}", text)


def _is_numbered_name(m: re.Match[str]) -> bool:
    """Whether a match of `_NUMBERED_NAME` is a name with its number: not a month's day, nor a capitalised word that
    opens a sentence or a quotation ("All 18 satellites"; "Chandrayaan-2 lander named Vikram crashed" opens with a name)."""
    word = m.group(1).lower()
    # (a word of no meaning of its own opens no name either: "The 12 jurors deliberated")
    return m.group(1) not in _NOT_NUMBERED and (m.string[m.start() - 1 : m.start()] == " " or not (
        known_word(word) or word in STOPWORDS))


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]{3,}(?![\w-])")
# who says a figure is no word of it: "Governor Andrew Bailey said inflation would rise to 2.75%"
_SPEAKER = re.compile(r"(?:(?:Governor|President|Minister|Chancellor|Secretary|Senator|Chairman|Chairwoman|Chief|spokesman"
                      r"|spokeswoman|analyst|economist)\s+)?(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+(?= (?:said|says|say|told)\b)"
                      # (an outlet that reports what follows: "The New York Times reports that the 21-month tour earned")
                      r"|\b(?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+(?= (?:reports|reported|writes|wrote) that\b)"
                      # (who in general: "Officials say thirty-seven people were injured", "police said")
                      r"|\b(?i:officials|authorities|police|investigators|experts|analysts|sources|witnesses)(?= (?:said|says|say|told)\b)")


# whose data tell a figure: "National Weather Service updates indicate", "FlightAware data show", "Official figures suggest"
_DATA_SHOW = re.compile(r"(?:\b(?:[A-Z][\w&.’'-]*\s+){0,4}(?:[a-z][\w-]*\s+){0,2}"
                        r"(?i:updates?|data|figures|estimates|reports?|records?|forecasts?|tallies|tally|tracker|statistics|readings"
                        r"|recorders?)(?:\s+(?:from|of)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"  # ("Data from the train's black box showed")
                        r"\s+(?:indicate|indicated|indicates|show|showed|shows|suggest|suggested|suggests)(?:\s+that)?)\b")


# who estimated a figure is no word of its claim another outlet must say: "Analysts at Meridian Securities estimated
# total damage at 580 million euros", "according to Kpler" (what the figure measures is said around them)
_ATTRIBUTED = re.compile(r"\b(?:(?i:analysts?|economists?|experts?|strategists?|researchers?|scientists?|engineers?) (?:at|from|with)"
                         r"|[Aa]ccording to(?: the)?) (?P<name>(?:[A-Z][\w&.’'-]* ){0,3}[A-Z][\w&.’'-]*"
                         # ("according to the culture minister, Rachida Dati": a title and the name after it)
                         r"|(?<=ccording to the )(?:[a-z][\w’'-]* ){0,2}[a-z][\w’'-]*,? (?:[A-Z][\w&.’'-]* ){0,2}[A-Z][\w&.’'-]*"
                         r"(?=[,.;]|$))")


UNIT_SCALE_IN_CLAIM = 10  # how far apart two quantities in two units may be and still state one measure


def _same_scale(a: Any, b: Any) -> bool:
    """Whether two quantities written in two units are of one scale (within a factor of ten: "6.5mm thick" and "a
    6.5-inch screen" measure two things; "33.7 bcm" and "38 billion cubic metres" one)."""
    if a.kind != "quantity" or a.unit == b.unit:
        return True
    va, vb = abs(_magnitude(a)), abs(_magnitude(b))
    return not va or not vb or max(va, vb) / min(va, vb) <= UNIT_SCALE_IN_CLAIM


FAR_RATIO = 10  # two figures further apart than this, in other digits, are two measures, not one misreported


def _far_apart(a: Any, b: Any) -> bool:
    """Whether two figures are too far apart to be one claim misreported: more than ten times apart, and not the same
    digits under another multiplier ("$1.22 million" for "$1.22 billion" is a slip; "$2 million" a store's bonus and
    "$1.22B" the jackpot are two things)."""
    if a.kind == "date" or a.kind == "age":
        return False
    va, vb = abs(_magnitude(a)), abs(_magnitude(b))
    if not va or not vb or max(va, vb) / min(va, vb) <= FAR_RATIO:
        return False
    return _significant(float(a.value)) != _significant(float(b.value))


def _significant(value: float) -> str:
    """The significant digits of a value as written: "122" for 1.22 billion and for 1.22 million."""
    return format(Decimal(repr(abs(value))), "f").replace(".", "").strip("0")


def _contrasted(candidates: list[Any], periods: list[tuple[tuple[int, int], ...]], signatures: list[tuple[str, str, str]]) -> set[int]:
    """The figures a sentence sets against one of the same kind and unit of another period ("fell to $1.1 billion in
    January-April, compared with $4.34 billion for all of last year"): their sentence shows the measure has
    several periods, so neither is that of a figure elsewhere that names none."""
    by_sentence: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for i, r in enumerate(candidates):
        # (of periods of a month or more: "142 cases on Tuesday, up from 58 a week earlier" are snapshots of one count, the
        # latest of which an undated "124 cases" may well be)
        if periods[i] and periods[i] != _OWN_PERIOD and r.kind != "date" and all(e - s >= 27 for s, e in periods[i]):
            by_sentence[(r.source, int(r.sentence_index), signatures[i])].append(i)
    found: set[int] = set()
    for members in by_sentence.values():
        for i, j in itertools.combinations(members, 2):
            if not _same_period(periods[i], periods[j]):
                found.update((i, j))
    return found


def _without_values_said_too(scores: dict[tuple[int, int], float], sources: list[set[str]],
                             values: list[tuple[Any, ...]], topics: list[Topic],
                             sentences: list[frozenset[tuple[str, int]]] | None = None) -> dict[tuple[int, int], float]:
    """`scores` but the links of two values where one side's source also says the other side's value in a figure linked
    to it: "Nippon Steel to buy U.S. Steel for $14.9 billion" (a headline) is no disagreement with "will buy ... for $14.1
    billion" when its story goes on "it would buy U.S. Steel for $14.1 billion in cash" (the equity value, and $14.9
    billion with debt): the other value's link is the one meant; or in a figure whose claim says the same words ("with
    maximum sustained winds of 80 mph ... It had maximum sustained winds of 75 mph on Monday": the source tells both, so
    another's "top sustained winds of 80 mph" is no disagreement with its 75), or all of them and more ("India became the
    first country in the world to land a lander on the south pole" beside "India also became the 4th country in the world
    to land a spacecraft on the moon": another's "fourth country to land on the moon" is no disagreement with its first);
    or in its sentence, in a claim of words the other's claim says and its own does not ("fourth country to land on the
    moon, first on the south pole": another's "the first country to reach the southern pole" is the first's)."""
    said: dict[tuple[str, tuple[Any, ...]], list[int]] = defaultdict(list)
    for c in range(len(sources)):
        for source in sources[c]:
            said[(source, values[c])].append(c)

    def said_too(x: int, y: int) -> bool:
        return any(z != x and ((min(z, y), max(z, y)) in scores or (topics[x][1] and topics[z][1] == topics[x][1])
                               or (len(topics[x][1]) >= 2 and topics[x][1] <= topics[z][1])
                               or (sentences is not None and bool(sentences[x] & sentences[z])
                                   and bool(topics[y][1] & (topics[z][1] - topics[x][1]))))
                   for source in sources[x] for z in said.get((source, values[y]), ()))

    return {(x, y): score for (x, y), score in scores.items()
            if values[x] == values[y] or not (said_too(x, y) or said_too(y, x))}


MAX_HOLDER_LINKS = 64  # named claims one unnamed claim is weighed against (`_without_other_holders`)


def _without_other_holders(scores: dict[tuple[int, int], float], rows: list[Any], topics: list[Topic],
                           sources: list[set[str]], values: list[tuple[Any, ...]], names: frozenset[str]) -> dict[tuple[int, int], float]:
    """`scores` but the links of a claim whose clause names no one to a claim of another value whose clause opens with
    another person than the event's protagonist, when it is also linked to one the protagonist opens, that is not linked
    to the first: "The term runs until 2030" is Putin's in a corpus about him, not Xi's, though "Xi, who took office in
    2012, is serving a third five-year term as president, which runs until 2028" says its words (the protagonist: of
    the two persons, the one the clauses of more sources name)."""
    linked: dict[int, list[int]] = defaultdict(list)
    for x, y in scores:
        linked[x].append(y)
        linked[y].append(x)
    holders: dict[int, frozenset[str]] = {}
    dropped: set[tuple[int, int]] = set()
    name_sources: dict[str, set[str]] = {}
    for y, others in linked.items():
        if len(others) < 2 or topics[y][0].keys() & names:
            continue  # (a clause of names of its own)
        for x in others:
            if x not in holders:
                holders[x] = frozenset(_word_id(w.lower()) for w in clause_person(str(rows[x].clause or rows[x].sentence)).split())
        # (the first MAX_HOLDER_LINKS only: a claim linked to thousands of named ones costs no more than a bounded check)
        for x, z in itertools.combinations(sorted(x for x in others if holders[x])[:MAX_HOLDER_LINKS], 2):
            if values[x] == values[z] or holders[x] & holders[z] or (min(x, z), max(x, z)) in scores:
                continue
            if not name_sources:
                for topic, found in zip(topics, sources, strict=True):
                    for w in topic[0].keys() & names:
                        name_sources.setdefault(w, set()).update(found)
            first_x, first_z = (max(len(name_sources.get(w, ())) for w in holders[c]) for c in (x, z))
            if first_x != first_z:
                other = x if first_x < first_z else z
                dropped.add((min(other, y), max(other, y)))
    return {pair: score for pair, score in scores.items() if pair not in dropped}


def _complete_linkage(scores: dict[tuple[int, int], float], sources: list[set[str]], nodes: list[int],
                      same_value: set[tuple[int, int]] | None = None, slips: set[tuple[int, int]] | None = None) -> list[list[int]]:
    """Groups of nodes with no source in two of them, in which every two nodes are linked: the strongest
    links are joined first (of equal links, those of one value: two dates of one sentence in each of two
    sources, "extended to 2036 under the 2020 constitutional changes", pair 2020 with 2020), and two groups join
    only when all their nodes are linked (no chaining)."""
    group_of = {n: [n] for n in nodes}
    source_of = {n: set(sources[n]) for n in nodes}
    equal, slips = same_value or set(), slips or set()
    for (i, j), _ in sorted(scores.items(), key=lambda item: (-item[1], item[0] not in equal, item[0])):
        gi, gj = group_of[i], group_of[j]
        if gi is gj or source_of[gi[0]] & source_of[gj[0]]:
            continue
        if all(_linked(x, y, gj, scores, equal, slips) or _linked(y, x, gi, scores, equal, slips) for x in gi for y in gj):
            merged = source_of[gi[0]] | source_of[gj[0]]
            gi.extend(gj)
            for k in gi:
                group_of[k] = gi
                source_of[k] = merged
    unique = {id(g): g for g in group_of.values()}
    return [sorted(g) for g in unique.values()]


def _linked(x: int, y: int, group: list[int], scores: dict[tuple[int, int], float], equal: set[tuple[int, int]],
            slips: set[tuple[int, int]]) -> bool:
    """Whether `x` is linked to `y` of `group`: directly, or as a slip of the hand (the same digits in another order) of
    a node of the group linked to `y` as saying its value ("The 984-foot Dali Star" / "the ship is 948 feet long", which
    "the 948-foot ship" says too)."""
    if (min(x, y), max(x, y)) in scores:
        return True
    return bool(slips) and any((min(x, z), max(x, z)) in slips and (min(y, z), max(y, z)) in equal for z in group)


_LASTING = r"lasted|lasts|lasting|took|takes|taking|needed|needs|spent|spends"  # verbs that say how long something took
_HOW_LONG_BEFORE = re.compile(rf"\b(?:{_LASTING})\s+{QUALIFIER_PIECE}$", re.I)
_LASTED_BEFORE = re.compile(rf"\b(?:{_LASTING}|last|take|spend|stayed|ran\s+for|for)\s+{QUALIFIER_PIECE}$", re.I)
_TAKEN_OFF_BEFORE = re.compile(rf"\b(?:off|shaved|trimmed|knocked|lopped|wiped|slashed|cut)\s+(?:off\s+)?{QUALIFIER_PIECE}$", re.I)
_OFF_AFTER = re.compile(r"\s+off\b")  # "took 12 seconds off the record": a margin, not how long anything took
# the record before ("its record high of $3,500 an ounce set in April", "the old record"): no level of the day
_EARLIER_RECORD = re.compile(r"\b(?:old|previous|former|prior|his|her|its|their)\s+record\b(?![\s-]+(?:\d|\$))", re.I)
_RECORD_NOUN = re.compile(r"\b(?:the|world|course|national|Olympic)\s+record\b(?![\s-]+(?:high|low|\d|\$))|"
                          + _EARLIER_RECORD.pattern, re.I)  # (an earlier record "high" too, as "closed at a record high" is not)
_WON_BY_BEFORE = re.compile(rf"\b(?:won|wins|win|winning|beat|beats|beating|victory|triumphed|margin\s+of|gap\s+of)\s+"
                            rf"(?:[A-Z][\w’'-]*\s+)?(?:by\s+)?{QUALIFIER_PIECE}$")
_AHEAD_AFTER = re.compile(r"\s+(?:ahead|clear|in\s+front)\b")
_AHEAD_OF = re.compile(_AHEAD_AFTER.pattern + r"(?:\s+of\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+(?=\s+(?:to|and|as|in|on|at|with|after"
                       r"|for)\b|\s*[,.;:()]|\s*$))?")  # (and whom the margin is over)
_LATE_AFTER = re.compile(r"\s+(?:late|overdue|behind\s+schedule|later\s+than\s+(?:planned|promised|scheduled|expected))\b", re.I)
_DELAYED_BEFORE = re.compile(rf"\b(?:delayed|postponed|pushed\s+back|delay\s+of|delays\s+of)\s+(?:by\s+)?{QUALIFIER_PIECE}$", re.I)
_OFFSET = re.compile(r"\s+(?:after|before|ago|later|earlier|since|from)\b", re.I)
# "The aircraft crashed 34 seconds after take-off": how long after its start an event's own verb came (a past verb just
# before the offset) tells when it happened as every source tells it
# before or after a thing named (not "came two months after he won", "crashed two days ago": counted from the day told)
_FROM_THING = re.compile(r"\s+(?:after|before)\s+(?!(?:he|she|it|they|we|i|you|this|that|being|having)\b)(?:the\s+|its\s+|their\s+)?"
                         r"[a-z][a-z-]+\b(?!\s+(?:was|were|had|is|are|has)\b)", re.I)
_OFFSET_OF_EVENT = re.compile(rf"\b(?:[a-z]{{3,}}ed|{'|'.join(sorted(IRREGULAR_PAST))})\s+(?:just\s+|only\s+)?{QUALIFIER_PIECE}$")


_ROUTE = re.compile(r"\b(?:through|via)\s+((?:the\s+)?(?:[\w’'-]+\s+){0,4}[\w’'-]+)")
_INCLUDING = re.compile(r"\bincluding\b", re.I)  # ("including LNG, total gas flows ...": a total too, within a sentence)


def _parts_of_totals(candidates: list[Any], signatures: list[tuple[str, str, str]], topics: list[Topic]) -> dict[int, frozenset[str]]:
    """The figures a sentence tells as parts of a total it (or the sentence before it) also tells, of one kind and unit
    ("China's pipeline gas imports jumped 61.7% to 22.7 bcm; including LNG, total gas flows touched 33.7 bcm": the 22.7 bcm), each with the
    words that qualify or route it in its claim alone ("pipeline"): a part is no other source's figure of the whole."""
    totals: dict[tuple[str, int, tuple[str, str, str]], list[int]] = defaultdict(list)
    for i, r in enumerate(candidates):
        if r.kind != "date" and (TOTAL_RE.search(str(r.claim)) or _INCLUDING.search(str(r.claim))):
            totals[(r.source, int(r.sentence_index), signatures[i])].append(i)
    out: dict[int, frozenset[str]] = {}
    for i, r in enumerate(candidates):
        near = totals.get((r.source, int(r.sentence_index), signatures[i]), [])
        if not near:
            # (or the sentence before: "the total cost of Chandrayaan-3 is Rs. 615 crore. The lander, rover, and propulsion
            # cost around Rs. 215 crore and the launch costs around Rs. 365 crore")
            near = totals.get((r.source, int(r.sentence_index) - 1, signatures[i]), [])
        if not near or i in near or any(_value_key(candidates[j]) == _value_key(r) for j in near):
            continue
        total_words = frozenset().union(*(topics[j].words.keys() for j in near))
        total_claims = frozenset().union(*(topics[j].in_claim for j in near))
        ids = [_word_id(w.lower()) for w in words_of(str(r.claim))]
        # the words that qualify a noun both claims say, in the part's alone ("pipeline gas" of "total gas flows")
        narrowing = frozenset(before for before, word in itertools.pairwise(ids) if word in total_claims
                              and word in topics[i].in_claim and before in topics[i].in_claim and before not in total_words)
        narrowing |= frozenset(w for m in _ROUTE.finditer(str(r.claim)) for w in _ids(m.group(1))
                               if w in topics[i].in_claim and w not in total_words)  # ("flows through the Power of Siberia")
        if narrowing:
            out[i] = narrowing
    # (a part's claim is the part's for each of its figures: "pipeline gas imports jumped 61.7% to 22.7 bcm" is the
    # pipeline's rise too)
    claims = {(candidates[i].source, int(candidates[i].claim_start)): n for i, n in out.items()}
    for i, r in enumerate(candidates):
        if i not in out and (n := claims.get((r.source, int(r.claim_start)))) is not None and r.kind != "date":
            out[i] = n
    return out


@lru_cache(maxsize=1)
def _phase_words() -> tuple[frozenset[str], frozenset[str]]:
    """The word ids of verbs that tell an event's start, and of those that tell its end."""
    return (frozenset(_word_id(w) for w in "begin began begun start arrive arrived open opened launch launched reopen "
                      "reopened resume resumed".split()),
            frozenset(_word_id(w) for w in "end ended wrap wrapped conclude concluded finish finished leave left depart "
                      "departed close closed shut".split()))


def _phases_apart(a: Topic, b: Topic) -> bool:
    """Whether one date's claim tells an event's start and the other's its end ("Putin's visit to Beijing on Thursday is
    set to begin" / "Putin wrapped up his state visit on Friday"): two days of one event, no slip. A claim of neither
    takes its clause's verb ("After closing its doors in 2018, the museum will welcome visitors": the closing's year)."""
    start, end = _phase_words()

    def phases(t: Topic) -> tuple[bool, bool]:
        told = (bool(t.in_claim & start), bool(t.in_claim & end))
        return told if any(told) else (bool(t.words.keys() & start), bool(t.words.keys() & end))

    (a_start, a_end), (b_start, b_end) = phases(a), phases(b)
    return (a_start and not a_end and b_end and not b_start) or (a_end and not a_start and b_start and not b_end)


# "visited the site of the explosion", "toured the scene", "inspected the wreckage": a visit after the event, on a day of
# its own; a date whose claim is one and a date whose claim is not are two days, no slip ("King Willem-Alexander on
# Thursday visited the site of the explosion" / "An explosion tore through the plant on Tuesday")
_AFTERMATH_VISIT = re.compile(r"\b(?:visit(?:ed|s|ing)?|tour(?:ed|s|ing)?|inspect(?:ed|s|ing)?)\s+(?:the\s+)?"
                              r"(?:site|scene|wreckage|ruins|rubble)\b", re.I)


# what a length measures, as its claim says it: "at a depth of 10 kilometers" / "75 kilometers from Marrakesh"
_DIMENSIONS = (("depth", re.compile(r"\b(?:depths?|deep|below\s+the\s+surface|underground)\b", re.I)),
               ("height", re.compile(r"\b(?:heights?|high|tall|altitudes?|elevations?)\b", re.I)),
               ("width", re.compile(r"\b(?:widths?|wide|across|diameters?)\b", re.I)),
               ("distance", re.compile(r"\b(?:distances?|away)\b", re.I)))
# a place a length is measured from, after the figure ("75 kilometers from Marrakesh", "16 km NNW of Sagaing"; not "blew off
# the Boeing 737 Max 9 aircraft at approximately 16,000 feet")
_FROM_PLACE = re.compile(r"\b(?:(?:from|off|of)\s+(?:the\s+)?[A-Z][\w’'-]+|(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?"
                         r"\s+of)\b")


def _dimension(row: Any) -> str:
    """The dimension a length's claim says it measures (depth, height, width, distance), '' when it says none or more;
    the words right after the figure count too, past a conversion in brackets ("75 kilometers (44 miles) from
    Marrakesh")."""
    after = _BRACKETED.sub("", _after(row), count=1)
    after = after[: _CLAUSE_END.search(after + ",").start()]
    claim = str(row.claim) + " " + after
    found = {name for name, pattern in _DIMENSIONS if pattern.search(claim)}
    if _FROM_PLACE.search(str(row.claim)[max(0, int(row.start) - int(row.claim_start)) :] + " " + after):
        found.add("distance")
    return next(iter(found)) if len(found) == 1 else ""


_BRACKETED = re.compile(r"^\s*\([^()]*\)")
_WIND_MEASURE = re.compile(r"\b(?:(?P<gust>gust(?:s|ing|ed)?)|winds?|sustained)\b", re.I)


def _wind_measure(row: Any) -> str:
    """'gust' or 'sustained' by the word nearest before a speed in its claim ("maximum sustained winds of 125 mph and
    even higher gusts": sustained; "a wind gust of 77 mph": a gust), '' when none is."""
    claim, at = str(row.claim), int(row.start) - int(row.claim_start)
    found = [m for m in _WIND_MEASURE.finditer(claim, 0, max(0, at))]
    return "" if not found else "gust" if found[-1].group("gust") else "sustained"
_CLAUSE_END = re.compile(r"[,;.:()]")


def _dimensions_apart(a: Any, b: Any) -> bool:
    """Whether two lengths' claims say they measure two dimensions ("The epicenter was located at a depth of 10
    kilometers" / "The epicenter is located approximately 75 kilometers from Marrakesh")."""
    if a.kind != "quantity":
        return False
    if str(a.canonical_unit) == _SPEED_UNIT:
        # "Keaton Beach reported a wind gust of 77 mph" / "Winds at the time of landfall were 130 mph": a gust is no
        # sustained wind
        x, y = (_wind_measure(r) for r in (a, b))
        return bool(x and y and x != y)
    if str(a.canonical_unit) != "meter":
        return False
    x, y = _dimension(a), _dimension(b)
    return bool(x and y and x != y)


def _total_and_part(a: Any, b: Any) -> bool:
    """Whether one figure's claim calls it a total and the other's does not, and their values are too far apart for a
    slip (`SOLE_RATIO`): "China's total crude imports hit a record 11.3 million barrels per day" holds "China imported
    a record 2.14 million barrels per day" of Russia's crude, and is no other telling of it."""
    if a.kind == "date" or bool(TOTAL_RE.search(str(a.claim))) == bool(TOTAL_RE.search(str(b.claim))):
        return False
    x, y = abs(_magnitude(a)), abs(_magnitude(b))
    return min(x, y) > 0 and max(x, y) / min(x, y) > SOLE_RATIO


def _part_apart(narrowing: frozenset[str] | None, other: Topic) -> bool:
    """Whether a part of a total (its narrowing words, `_parts_of_totals`) is apart from a figure whose claim does not
    say them all."""
    return narrowing is not None and not narrowing <= other.in_claim


def _one_value_per_source(members: list[int], candidates: list[Any]) -> list[list[int]]:
    """`members` as one class, or split by value when a source says two values in it."""
    if len(members) < 2:
        return [members]
    values: dict[str, set[tuple[Any, ...]]] = defaultdict(set)
    for i in members:
        values[candidates[i].source].add(_value_key(candidates[i]))
    if all(len(v) == 1 for v in values.values()):
        return [members]
    parts: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for i in members:
        parts[_value_key(candidates[i])].append(i)
    return list(parts.values())


def _value_key(row: Any) -> tuple[Any, ...]:
    """What a figure says, as a key: its date range, or its canonical value and upper end."""
    if row.kind == "date":
        return (str(row.date_start), str(row.date_end))
    return (nan_to_none(row.canonical_value), nan_to_none(row.canonical_high))


def _checkable(row: Any) -> bool:
    if denied(row):
        return False  # "incorrectly said 3.4 billion", "not 2.41 million": what the article says is wrong
    if unanchored(row):
        return False  # "on Thursday" in an article of no known day: read against today, it says no day of the event
    if row.kind != "date" and in_respectively_list(row):
        return False  # "exports to China and India averaged 2.14 million and 1.8 million barrels per day, respectively":
        # which figure a word is about is given by order, which no claim's words read (as no rule's do)
    if row.kind == "count" and not row.unit:
        return False  # a bare number: what it counts is not written
    if row.kind == "count" and str(row.unit) in _PARTIES and _reference(row):
        return False  # "growth in trade between the two countries", "the two leaders met": who is meant, no measure
    if row.kind == "ordinal" and _ordinals_listed(row):
        return False  # "Vingegaard and Evenepoel, who finished second and third overall": which place is whose is given
        # by order, as in a list read "respectively" (not "scored in the 12th and 67th minutes": each, of a plural)
    if row.kind != "date" and move_start(row):
        return False  # "rose from 1.72 million to 2.14 million barrels a day in 2023": the level before, of no period told
    if row.kind == "duration" and _OFFSET.match(_after(row)) and not _LASTED_BEFORE.search(_before(row)) \
            and not _TAKEN_OFF_BEFORE.search(_before(row)) \
            and not (_OFFSET_OF_EVENT.search(_before(row)) and _FROM_THING.match(_after(row))):
        return False  # "two weeks after the summit": when something happened, not how long it lasted (but "Bidding
        # lasted fourteen minutes before the gavel came down": how long; "wiped off 34 seconds from the previous mark": a
        # margin; "The aircraft crashed 34 seconds after take-off": when the crash came, after what)
    if row.kind == "age" and _HOLDER_UNNAMED.match(_after(row)) and _THE_BEFORE.search(_before(row)):
        return False  # "The 71-year-old will hold talks with Xi": whose age it is was told in an earlier sentence
    if row.kind == "date":
        if int(row.sentence_index) <= 1 and _DATELINE_AFTER.match(_after(row)) and _DATELINE_BEFORE.fullmatch(
                str(row.sentence)[: int(row.start) - int(row.sentence_start)]):
            return False  # "HARBIN, May 17. /TASS/.", "LONDON, July 19 (Reuters) -": the wire's dateline, no claim of the story
        if _NOW_WORDS.fullmatch(str(row.surface)) and _PRESENT_VERB.search(
                str(row.sentence)[int(row.claim_start) - int(row.sentence_start) : int(row.start) - int(row.sentence_start)]):
            return False  # "Investigators are at the refinery tonight": the story's now, not when anything happened
        return nan_to_none(row.date_start) is not None
    return nan_to_none(row.canonical_value) is not None


_ORDINAL_WORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))"
_ORDINAL_LISTED_AFTER = re.compile(r"\s*(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)" + _ORDINAL_WORD + r"\b", re.I)
_ORDINAL_LISTED_BEFORE = re.compile(r"\b" + _ORDINAL_WORD + r"(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)$", re.I)
_PLURAL_NEXT = re.compile(r"\s+[a-z]+s\b")


def _ordinals_listed(row: Any) -> bool:
    """Whether an ordinal is one of a list of ordinals with no plural noun after the list ("finished second and third
    overall"; "in the 12th and 67th minutes" has one)."""
    after = _after(row)
    if (listed := _ORDINAL_LISTED_AFTER.match(after)) is not None:
        return not _PLURAL_NEXT.match(after, listed.end())
    return _ORDINAL_LISTED_BEFORE.search(_before(row)) is not None and not _PLURAL_NEXT.match(after)


_NOW_WORDS = re.compile(r"(?i:today|tonight|this (?:morning|afternoon|evening)|now)")
# a dateline's place, one or two names and a comma each ("HARBIN, ", "MAKASSAR, Indonesia, "), and what may follow its day
_DATELINE_BEFORE = re.compile(r"\s*(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2},\s+){1,2}")
_DATELINE_AFTER = re.compile(r"(?:,? \d{4})?\s*(?:[.—–/]|\(|-\s|$)")
_PRESENT_VERB = re.compile(r"\b(?:is|are|remains?|continues?|stays?)\b")


def _reference(row: Any) -> bool:
    """A small count after "the" that names what the story is about rather than measures it: "The two countries
    signed a defence agreement in August 2024" (the date is the signing's, not a period of a count)."""
    return row.kind == "count" and abs(float(row.canonical_value)) < SOLE_MIN_COUNT and _THE_ONLY_BEFORE.search(_before(row)) is not None


_THE_ONLY_BEFORE = re.compile(r"\b[Tt]he\s+$")
# the sides a story is about, which "the two ..." names rather than counts
_PARTIES = frozenset("country nation leader side company firm government president party neighbour neighbor state "
                     "team club army".split())


def _told_as(row: Any) -> str:
    """'ahead' for a figure told as one to come ("are expected to reach 38 bcm in 2024", "beat the 0.4% forecast", an
    item of a list a forecast introduces: "the forecast ... was: The U.S. (112 overall medals)"), 'past' for one a verb of
    the past tells ("rose ~40% y/y to 33.7 bcm"), 'proposed' for one a side asks for ("prosecutors recommended a sentence
    of 40 to 50 years"), 'able' for what something can do ("the ship can cruise at around 22 mph", "a capacity of 10,000
    containers"), else '': a forecast is no claim about what was, nor a proposal about what was decided, nor what a thing
    can do about what it did ("was traveling at 9 mph", "was carrying 4,679 containers"; what it does, "refines around
    340,000 barrels a day", or may do at most, "the maximum fine is A$50 million", may well be what it can)."""
    before = _before(row)
    offset = int(row.start) - int(row.sentence_start)
    proposed = _PROPOSED_BEFORE.search(str(row.sentence), max(0, offset - 100), offset)
    claim_offset = int(row.claim_start) - int(row.sentence_start)
    if proposed is not None and not (claim_offset > proposed.start() and _another_like_figure(
            str(row.sentence)[proposed.start() : claim_offset], str(row.surface))):
        # (a figure of its kind that the claim cut off from the verb is the one asked for: "The unions asked for 8% over two
        # years and the employers offered 6.5%": the offer is no proposal of the unions'; "recommended Bankman-Fried, 32,
        # receives a sentence of 40 to 50 years": the age is none)
        return "proposed"  # ("prosecutors recommended Bankman-Fried receives a prison sentence of 40 to 50 years": asked for,
        # no figure of what was decided; only another proposal is compared with it)
    if _ABLE_BEFORE.search(before):
        return "able"
    if _AHEAD_BEFORE.search(before) or _FEARED_AFTER.match(_after(row)) or _FORECAST_AFTER.match(_after(row)) or (
            ":" in str(row.sentence)[:offset] and _FORECAST_LIST.search(str(row.sentence), 0, offset)):
        return "ahead"  # ("20,000 feared dead": a fear, no count of the dead; "beat the 0.4% forecast", "more than the 0.4%
        # economists had forecast": a forecast's figure; "the forecast ... was going to be as follows: The U.S. (112 overall
        # medals)": an item of a list a forecast introduces)
    if _PAST_BEFORE.search(before):
        return "past"
    if int(row.sentence_index) == 0 and (verb := _PRESENT_BEFORE.search(before)) is not None and \
            not str(row.sentence).rstrip().endswith((".", "!", "?", '"', "”")):
        # a headline tells in the present what happened ("UK economy exits recession with 0.6% growth"; not "Kestrel
        # Motors cutting 4,800 jobs", an announcement)
        word = verb.group(1).lower()
        return "past" if (base := singular(word)) != word and can_be_verb(base) else ""
    return ""


_UNIT_MARK = re.compile(r"^[^\d\s]+|[^\d\s.,]+$")  # ("$" of "$52", "%" of "6.5%", "years" of "40 to 50 years")


def _another_like_figure(text: str, surface: str) -> bool:
    """Whether `text` holds a figure written with the sign or unit word `surface` is written with."""
    marks = [m.group().lower() for m in _UNIT_MARK.finditer(surface) if m.group().strip("-")]
    return bool(marks) and re.search(r"\d", text) is not None and any(mark in text.lower() for mark in marks)


# a figure some side asks for: "the prosecution's request for a 40 to 50-year imprisonment", "the defense's plea for a
# five-year term", "prosecutors recommended he receive a sentence of", "the union is seeking a 40% raise"
_PROPOSED_BEFORE = re.compile(r"\b(?:recommend(?:ed|s|ing)?|request(?:ed|s|ing)?|sought|seeks?|seeking|asked\s+for|asks?\s+for"
                              # ("demand" alone only as a verb: "electricity demand hit 52,300 megawatts" asks for nothing)
                              r"|propos(?:ed|es|ing|al\s+(?:of|for))|demand(?:ed|s|ing)"
                              r"|(?:to|will|would|could|should|they|we|unions?|workers|staff|nurses|doctors|teachers|pilots"
                              r"|drivers|protesters|strikers|farmers|residents|tenants|investors|shareholders|creditors"
                              r"|prosecutors|plaintiffs|families)\s+demand"
                              r"|called\s+for|calls?\s+for|urged"
                              # ("Ofwat is considering a record £11bn of investment": weighed, not yet decided)
                              r"|(?:is|are|was|were)\s+(?:now\s+|also\s+)?considering"
                              r"|plea\s+for|pleaded\s+for|argued\s+for)\b[^.;:!?]{0,80}$", re.I)
# what a thing can do, its capacity: "can cruise at around", "is able to carry up to", "designed to hold", "a capacity of",
# "capable of carrying" (not "can't", "cannot": what it could not do is no capacity)
_ABLE_BEFORE = re.compile(r"(?:\b(?:can|(?:is|are)\s+able\s+to|(?:designed|built)\s+to)\s+(?:[a-z]+\s+){1,2}?"
                          r"|\bcapable\s+of\s+(?:[a-z]+ing\s+)?|\b(?:capacity|capacities)\s+(?:of|to\s+[a-z]+)\s+)"
                          r"(?:(?:at|about|around|some|nearly|almost|roughly|over|more\s+than|up\s+to|as\s+many\s+as)\s+)*$", re.I)
# a colon after words of a forecast: what the list after it says is what was foreseen
_FORECAST_LIST = re.compile(r"\b(?:forecasts?|projections?|predictions?|predicted|projected|was\s+going\s+to\s+be)\b[^:;.!?]*:[^:;]*$",
                            re.I)
_FORECAST_AFTER = re.compile(r"\s+(?:(?:[a-z]+\s+){1,3}?(?:had\s+)?(?:forecast|predicted|projected|expected)\b(?!\s+(?:to|that)\b)"
                             r"|(?:forecasts?|projections?|consensus|estimates?)\b(?!\s+(?:was|were|is|are|of)\b))", re.I)
_FEARED_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:(?:are|were|is|was|now)\s+)?feared\s+"
                           r"(?:dead|killed|drowned|buried|trapped|missing|lost)\b", re.I)
_PRESENT_BEFORE = re.compile(r"\b([a-z]{3,}s)\b[^,;:!?]{0,30}$", re.I)


# (the words right before a figure: "is expected to reach", "will rise to about", "rose to", "was")
_AHEAD_BEFORE = re.compile(r"\b(?:(?:(?:expected|forecast|projected|predicted|set|due|likely|poised|feared)\s+to"
                           r"|will|would|could|may|might)"
                           r"\s+(?:[a-z]+\s+){0,2}"
                           # ("forecast growth of 0.4%", "had expected growth of 0.4pc": a forecast's figure, told as a noun)
                           r"|(?:forecasts?|forecasting|expected|predicted|projected)\s+(?:an?\s+)?[a-z]+\s+(?:of\s+)?"
                           # ("expects revenue to grow by 3 percent to 5 percent": what is expected, the verb after "to")
                           r"|(?:expects?|expected|expecting|forecasts?|predicts?|predicted|projects?|projected|sees)"
                           r"\s+(?:[a-z’'-]+\s+){0,3}?to\s+[a-z]+\s+(?:by\s+)?"
                           # ("had predicted 436,000 vehicles", "the consensus estimate of 438,019", "expectations of 439,000")
                           r"|(?:expected|predicted|projected|forecast|anticipated)\s+"
                           r"|(?:expectations?|estimates?|consensus|forecasts?|projections?|predictions?|target|guidance|outlook)"
                           r"\s+(?:estimate\s+)?(?:of|for|at)\s+"
                           # ("guides to Q4 non-GAAP gross margin of 74.5-75.5%", "guided to about 75%", "sees Q4 revs of
                           # $63.70-66.30 bln", "projects fourth-quarter revenue of approximately $65 billion": a company's
                           # guidance)
                           r"|guid(?:es|ed|ing)\s+(?:(?:to|for)\s+)?(?:[\w’'-]+\s+){0,5}?(?:of|at|to)\s+|guid(?:es|ed|ing)\s+to\s+"
                           r"|(?:sees|saw|projects|forecasts)\s+(?:[\w’'-]+\s+){0,4}?(?:of|at)\s+)"
                           r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|up\s+to)\s+)?$", re.I)
_PAST_BEFORE = re.compile(r"\b(?:rose|fell|grew|reached|totall?ed|stood|came|jumped|climbed|dropped|declined|increased|decreased|averaged"
                          r"|surged|soared|slumped|plunged|was|were|last\s+[a-z]+"
                          # ("when Tesla delivered over 466,000 vehicles", "down from the 466,000 vehicles": what was)
                          r"|delivered|sold|produced|shipped|exported|imported|earned|posted|recorded|booked|generated"
                          # ("while India bought roughly 1.6 million barrels a day": no "could ease to 2.0-2.1 mb/d")
                          r"|bought|purchased|supplied|paid|spent|received|raised|lost|gained|won|killed"
                          r")\b[^,;:!?]{0,30}$|\b(?:down|up)\s+from\s+(?:the\s+)?$", re.I)  # ("last cut jobs in")


def _whole_place(part: Any) -> str:
    """The place a count told as a part of a whole is in ("killing 241 of the 242 people on board": board), else ""."""
    if part.kind != "count" or (m := _WHOLE_PLACE.match(_after(part))) is None:
        return ""
    return "board" if m.group("aboard") else (m.group("board") or m.group("place")).lower()


def _whole_apart(place: str, other: Any) -> bool:
    """Whether a count told as a part of a whole in `place` (`_whole_place`) is of another scope than a count whose claim
    names no such place ("at least 265 people were killed", on the ground too, against "241 of the 242 people on board")."""
    return bool(place) and re.search(rf"\b(?:a|on\s+){place}\b" if place == "board" else rf"\b{place}\b",
                                     str(other.claim), re.I) is None


def _after(row: Any) -> str:
    """The words of the sentence after the figure."""
    offset = int(row.end) - int(row.sentence_start)
    return str(row.sentence)[offset : offset + 40]


def _before(row: Any) -> str:
    """The words of the sentence before the figure."""
    offset = int(row.start) - int(row.sentence_start)
    return str(row.sentence)[max(0, offset - 40) : offset]


_APPOSED_NAME = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}), (?:the|a|an) $")
_HOLDER_UNNAMED = re.compile(r"\s*(?:[,.;:)]|(?:will|would|was|is|has|had|said|says|who|also|then)\b)", re.I)
_THE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)


_BOUNDS = frozenset(("lower_bound", "upper_bound", "at_least", "at_most"))


# (not of a whole with a figure of its own: "Taxpayers will cover $540 million of the $1.2 billion price" says what
# taxpayers cover, against a base)
_PART_OF_AFTER = re.compile(r"\s+of\s+(?:the|its|their|his|her|this|that)\s(?![^,.;]{0,12}?[\d$€£¥])")


def _signature(row: Any) -> tuple[str, str, str]:
    unit = "" if row.kind == "date" else str(row.canonical_unit)
    if row.kind == "date" and _deadline(row):
        unit = "deadline"  # "2.5% of GDP by 2027" is no "2.14m barrels a day in 2023": a target's date, set against another's
    elif row.kind == "date" and row.qualifier in _BOUNDS:
        unit = "bound"  # "the biggest failure since 2008" tells no date of the failure: "shut on Friday" is another claim
    elif row.kind == "date" and _DATA_AFTER.match(_after(row)):
        unit = "data"  # "the April jobs report", "April's inflation figure": which month's data, no day of an event
    elif row.kind == "date" and _PREVIOUS_BEFORE.search(_before(row)):
        unit = "previous"  # "since the last general election in 2019": the one before, no date of this one
    elif row.kind == "date" and _COMPARED_BEFORE.search(_before(row)):
        unit = "base"  # "dropping by 10.4% compared to the same period last year": the base of a change, no period of it
        # ("dropping by 10.4% in September" is)
    if row.kind == "count" and unit:
        unit = _word_id(unit.lower())  # the noun counted, as a word: "customers" and "subscribers" count one thing
        if unit == _PERSON and _EMPLOYS_BEFORE.search(_before(row)):
            unit = _EMPLOYEE  # "employs about 2,300 people" counts its employees ("has about 2,300 employees")
    if row.kind == "count" and (selected := _SELECTED_BEFORE.search(_before(row))) is not None:
        unit += " " + selected.group(1).lower()  # "the engine and first four or five coaches", "the remaining 19 coaches":
        # a part picked out of a row of them, no count of all ("the engine and 20 coaches")
    if row.kind != "date" and (_THRESHOLD_BEFORE.search(_before(row)) or _THRESHOLD_AFTER.match(_after(row))):
        unit += " threshold"  # "after surpassing the required 270 electoral votes", "the 270 votes needed to win": a bar to
        # clear, no tally of what was won ("received 312 Electoral College votes")
    if row.kind != "date" and _EARLIER_FIGURE_BEFORE.search(_before(row)):
        unit += " earlier"  # "plunged 20 per cent in after-hours trading, extending its earlier 7 per cent drop": a figure
        # of before the one the clause tells, compared only with its like ("fell 10% in extended trading" is the later)
    if row.kind != "date" and ((str(row.sentence)[:1] in "BPUbpu"
                                and 0 < _prior_opening(str(row.sentence)) < int(row.start) - int(row.sentence_start))
                               or ("before" in _after(row) and _prior_closing(row))):
        unit += " earlier"  # "Before the drought, the canal handled 36 to 38 vessels a day": a state before an event that
        # its sentence names but dates not, no figure of the story's now ("reduce the number of vessels to 24 a day")
    if row.kind == "count" and "-" in str(row.surface) and _SIZE_COUNT.fullmatch(str(row.surface)) \
            and (head := _DESCRIBED.match(_after(row))) is not None and head.group(1)[0].islower():
        unit += " size"  # "the 343-seat parliament" is the parliament's size, no party's count of seats ("a 21-storey
        # building" and "the 21-storey tower" are one size)
    if row.kind != "date" and (_PEAK_BEFORE.search(_before(row)) or _PEAK_MOVE_BEFORE.search(_before(row))):
        unit += " peak"  # "Brent crude futures jumped as much as 13% to $78.50 a barrel" in early trading: the move's peak,
        # no level it closed or settled at ("closing up 7% at $74.23")
    if row.kind != "date" and ("one " in _before(row) or "single" in _before(row)) \
            and _ONE_PART_BEFORE.search(_before(row)):
        unit += " part"  # "In one county alone, 640 homes were damaged": a part of the whole another source counts ("Homes
        # damaged or destroyed: more than 1,100"), compared only with parts
    if row.kind == "count" and _WHOLE_BEFORE.search(_before(row)):
        unit += " whole"  # "542 of the 543 seats", "240 out of 543 seats": the whole a part is counted of, no one's count
    if row.kind == "duration":
        unit = str(row.unit)  # "a six-year term" and "a two-day visit" are no one claim, whatever words they share
        head = _DESCRIBED.match(_after(row)) if "-" in str(row.surface) else None
        if head:  # nor "a six-year term" and "has ruled for 24 years": a time that describes a noun measures it
            unit += " " + _described_noun(head)
    if row.kind == "ordinal":  # "his fifth term" and "his first trip" count different things
        after = _after(row)
        if (dotted := _DOTTED_INITIALS.match(after)) is not None:
            after = after[dotted.end() :]  # "the 47th U.S. president" counts presidents
        head = _ORDINAL_PAIR.match(after) or _DESCRIBED.match(after)
        # ("his first foreign trip" is not "his second trip to China": the word after an ordinal says what is counted,
        # but "its fourth consecutive cut" and "its fourth straight cut" count cuts, "in the 12th and 67th minutes" minutes)
        unit = "" if head is None else _word_id((head.group(2) if head.group(1).lower() in _IN_A_ROW and head.group(2)
                                                 else head.group(1)).lower())
    if row.kind == "quantity" and row.unit == "yard" and "-" in str(row.surface) and (head := _DESCRIBED.match(_after(row))):
        unit += " " + _described_noun(head)  # "a 21-yard pass" is no "80 yards" run: a play's yards, as a term's years are
    if row.kind != "date" and "ast " in str(row.claim) and _LAST_TIME.search(str(row.claim)):
        unit += " previous"  # "Putin last visited China in October 2023, for three days": the time before, no "two-day
        # visit" of the story
    if row.kind in ("money", "quantity") and _PART_OF_AFTER.match(_after(row)):
        unit += " part"  # "about $132.4 million of the cash option": a part of what it names, not that thing
    if row.kind == "money" and (each := _PRICE_OF.match(_after(row))):
        unit += " per " + _word_id(each.group(1).lower())  # "a discount of $3 a barrel" is no "$4.3bn" saved on barrels
    if row.kind in ("percent", "quantity") and _FROM_REFERENCE_AFTER.match(_after(row)):
        unit += " relative"  # "rainfall 19% above normal" is no "108 per cent of the long-period average": a distance
        # from a reference, compared only with other such distances
    if row.kind in ("percent", "money") and (_SEQUENTIAL_AFTER.match(_after(row)) or _SEQUENTIAL_BEFORE.search(_before(row))):
        unit += " sequential"  # "up 25% sequentially and 66% yr/yr": a change on the period before is no change on a year
        # earlier, which a change with no base told usually is ("revenue up 62%")
    return row.kind, unit, str(row.change or "")


# a reference a figure tells its distance from: "19% above normal", "6% below the 1991-2020 average", "1.75 degrees Celsius
# above pre-industrial levels", "5% below last year's level"
_FROM_REFERENCE_AFTER = re.compile(r"\s+(?:above|below)\s+(?:(?:the|its|their)\s+)?(?:(?:[\w-]+|\d{4}-\d{2,4})\s+){0,2}?(?:normal|average"
                                   r"|norm|mean|forecasts?|expectations?|estimates?|target|levels?|peak)\b"
                                   r"|\s+(?:above|below)\s+(?:last|a)\s+year\b", re.I)
# a change's base, the period just before: "up 25% sequentially", "rose 3% q/q", "a 22% sequential increase", "up 0.3% on
# the month", "a record sequential growth of $10 billion, or 22%"
_SEQUENTIAL_AFTER = re.compile(r"[,)]?\s+(?:sequentially|sequential\b|on\s+a\s+sequential\s+basis|q/q|m/m|(?i:qoq|mom|q-o-q|m-o-m)\b"
                               r"|(?:quarter|month)[- ](?:on|over)[- ](?:quarter|month)|on\s+the\s+(?:quarter|month)\b"
                               # ("a 15% increase from the previous quarter": its noun between)
                               r"|(?:(?:increase|rise|gain|jump|growth|decline|decrease|drop|fall)\s+)?"
                               r"(?:from|over|on|versus|vs\.?|compared\s+(?:with|to))\s+the\s+(?:previous|prior|preceding|last)\s+(?:quarter|month)\b)")
_SEQUENTIAL_BEFORE = re.compile(r"\bsequential\s+(?:growth|increase|rise|gain|jump|decline|decrease|drop|fall)\s+(?:of\s+)?"
                                r"(?:[^,;]{0,30},\s+or\s+)?$", re.I)


_NUMBER_WORD = rf"\b(?:{'|'.join(WORD_VALUES)}|dozen|hundred|thousand|half)\b"
# "last" before a verb of the past: the time before ("Putin last visited China in October 2023", "The Fed last raised
# rates in July")
_LAST_TIME = re.compile(r"\b(?:[Ll]ast|previously)\s+(?:[a-z]{3,}ed|met|saw|won|held|went|came|spoke|took|made|ran|beat|hit|rose"
                        r"|fell|grew|cut|set|paid|sold|bought|left|lost)\b")
_SELECTED_BEFORE = re.compile(r"\b(first|last|final|remaining|other|top|bottom)\s+(?:(?:about|around|some|nearly|almost|roughly"
                              r"|over|more\s+than|fewer\s+than|less\s+than|at\s+least|up\s+to)\s+)?$", re.I)
# ("542 of the 543 seats", "five of the six crew members", "half of its 200 staff")
# (or "among" after the part's noun: "leaving only one survivor among the 242 on board")
_WHOLE_BEFORE = re.compile(rf"(?:\d|{_NUMBER_WORD})\s+(?:(?:out\s+)?of|(?:[a-z]+\s+)?among)\s+(?:the\s+|its\s+|their\s+|all\s+)?$", re.I)
_PART_BEFORE_WHOLE = re.compile(rf"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:\d|{_NUMBER_WORD})", re.I)
_WHOLE_DIGITS = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?(\d[\d,]*)(?![\d.])")


_BARE_NUMBER_END = re.compile(rf"(?:\d|{_NUMBER_WORD})$", re.I)


def _part_of_whole(row: Any) -> bool:
    """Whether a count is a part told before its whole ("542 of the 543 constituencies", "five of the six crew members"):
    a bare number, whose noun is the whole's ("26 lots of 80 mg tablets" counts lots of its own)."""
    return row.kind == "count" and bool(_BARE_NUMBER_END.search(str(row.surface))) and bool(_PART_BEFORE_WHOLE.match(_after(row)))


def _whole_value(part: Any) -> float | None:
    """The whole a part is counted of, in digits ("542 of the 543 constituencies": 543), else None."""
    m = _WHOLE_DIGITS.match(_after(part)) if _part_of_whole(part) else None
    return float(m.group(1).replace(",", "")) if m else None


# the place a part's whole is in: "241 of the 242 people on board", "five of the 60 students inside the hostel"
_WHOLE_PLACE = re.compile(rf"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\d,]+|{_NUMBER_WORD})\s+[a-z]+"
                          r"\s+(?:on\s+(?P<board>board)|(?P<aboard>aboard)|(?:in|inside|at)\s+(?:the\s+)?(?P<place>[a-z]{3,}))\b", re.I)
# ("the April jobs report", "its second-quarter vehicle production and deliveries report", "third-quarter results")
_DATA_AFTER = re.compile(rf"(?:['’]s)?\s+(?:[a-z]+\s+(?:and\s+)?){{0,2}}?(?:{DATA_NOUNS}|reports?|results|earnings|numbers)\b")
_THRESHOLD_BEFORE = re.compile(r"\b(?:required|needed|necessary|requisite|minimum|magic\s+number\s+of)\s+$", re.I)
_THRESHOLD_AFTER = re.compile(r"(?:\s+[A-Za-z]+){0,3}?\s+(?:needed|required|necessary)\s+(?:to|for)\b|\s+threshold\b", re.I)
# a part of a whole told before a figure, unnamed: "In one county alone,", "in a single town" ("In Kestra province alone,"
# names its part, which the place's name tells apart)
_ONE_PART_BEFORE = re.compile(r"\b(?:in|at|for|across|from)\s+(?:one|a\s+single)\s+(?:county|state|city|town|province|district"
                              r"|region|village|hospital|school|area|neighbou?rhood|street|country|prison|camp|building|ward"
                              r"|suburb|island|municipality)\b[^.;:]*$", re.I)
# a sentence that opens on a time before an event it names, no date ("Before the drought,", "Prior to the pandemic,")
_PRIOR_OPENING = re.compile(r"\W*(?:Before|Prior\s+to|Until)\s+(?:the|its|their|his|her|a|an)\s+(?P<event>[^,;:.\d]{3,40}),\s")
_DATED_EVENT = re.compile(r"\b(?:(?:day|week|weekend|month|year|quarter|season|morning|night|time|end|start)s?|(?:mon|tues|wednes|thurs"
                         r"|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april"
                         r"|june|july|august|september|october|november|december)\b", re.I)
# a clause that ends on a time before an event it names, no date ("350,000 annual visitors it drew before the closure.")
_PRIOR_CLOSING = re.compile(r"[^,;:.\d]{0,25}?\bbefore\s+(?:the|its|their|his|her)\s+(?P<event>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})"
                            r"\s*(?:[,;:.]|$)")


def _an_undated_event(event: str) -> bool:
    """Whether words after "before the" name an event and no date or clause: "drought", "financial crisis" (not "end of
    the year", "Tuesday vote", "storm hit": what happened before the storm struck is the story's own)."""
    return not _DATED_EVENT.search(event) and not any(
        w in IRREGULAR_PAST or w.endswith("ed") or can_be_verb(w) for w in event.lower().split()[1:])


def _prior_closing(row: Any) -> bool:
    """Whether the words after a figure end its clause on a time before an event they name and date not ("... it drew
    before the closure.")."""
    prior = _PRIOR_CLOSING.match(str(row.sentence)[int(row.end) - int(row.sentence_start) :])
    return prior is not None and _an_undated_event(prior.group("event"))


def _prior_opening(sentence: str) -> int:
    """Where the opening of a sentence ends when it tells a time before an event it names and dates not ("Before the
    drought, "), else 0."""
    prior = _PRIOR_OPENING.match(sentence)
    return prior.end() if prior is not None and _an_undated_event(prior.group("event")) else 0


_EARLIER_FIGURE_BEFORE = re.compile(r"\b(?:its|their|the|his|her|an)\s+earlier\s+(?:(?:about|around|nearly|almost|some)\s+)?$", re.I)
_COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|as\s+against|versus|vs\.?|against)\s+$", re.I)
_PREVIOUS_BEFORE = re.compile(r"\b(?:the|its|their|his|her)\s+(?:last|previous|prior|preceding)\s+"
                              r"(?!(?:day|week|weekend|month|year|quarter|half|decade|season)s?\b)(?:[\w’'-]+\s+){1,3}"
                              r"(?:in|of|on|at|from)\s+$", re.I)
_FROM_BASE = re.compile(r"\bfrom\s+(?:(?:about|around|nearly|almost|roughly|some|just|over|under|a revised|an estimated"
                        r"|(?:the|its|their|his|her)\s+(?:previous|prior|earlier|former|last)"
                        # ("downgraded from its peak of 180 mph": the level it came down from)
                        r"|(?:the|its|their|his|her)\s+(?:peak|high|level)\s+of)\s+)?$", re.I)


def _bases_told(facts: pd.DataFrame) -> dict[tuple[str, str], frozenset[Any]]:
    """Per source and kind, the values it tells as a level before a change ("has risen to 67, up from 55", "jumped
    from 36 to 53", "was cut to $1 million from $5 million", "a notable increase from their previous 11"): its own
    earlier reading of what it tells now, in that sentence or another, so another source's figure of that value is no
    disagreement with the new one (a toll read hours apart, a party's seats at the election before)."""
    out: dict[tuple[str, str], set[Any]] = defaultdict(set)
    figures = facts[(facts["kind"] != "date") & facts["canonical_value"].notna()]
    for r in plain_rows(figures[["source", "kind", "canonical_value", "sentence", "start", "sentence_start"]]):
        if _FROM_BASE.search(_before(r)):
            out[(r.source, r.kind)].add(nan_to_none(r.canonical_value))
    return {key: frozenset(v) for key, v in out.items()}


def _sentence_bases(candidates: list[Any], signatures: list[tuple[str, str, str]], classes: list[list[int]],
                    values: list[tuple[Any, ...]]) -> list[frozenset[Any]]:
    """Per class, the values its sentences set it against as a level before a change, of its kind and unit ("rose to
    $612 million from $540 million a year ago": 540 million), other than its own."""
    told: dict[tuple[str, int, tuple[str, str, str]], set[Any]] = defaultdict(set)
    for r, signature in zip(candidates, signatures, strict=True):
        if r.kind != "date" and _FROM_BASE.search(_before(r)):
            told[(r.source, int(r.sentence_index), signature)].add(_value_key(r))
    return [frozenset(v for i in members for v in told.get((candidates[i].source, int(candidates[i].sentence_index), signatures[i]), ())
                      if v != value) for members, value in zip(classes, values, strict=True)]


TALLY_DAYS = 3  # counts published this many days apart or more, the later larger, are a tally that moved on


def _tally_moved_on(a: list[Any], b: list[Any]) -> bool:
    """Whether two groups of counts were published days apart (TALLY_DAYS) and the later says more: a toll, a count
    of cases or of the injured that grew as the story went on ("more than 1,800 injured" on Sept. 9, "more than
    5,600" on Sept. 22), not a disagreement."""
    # (a share of a work that goes on by the day, a wildfire's containment, the votes counted: "35% contained" on
    # January 15, "45% contained" as of January 17)
    progress = a[0].kind == "percent" and all(_PROGRESS.search(str(r.clause or r.sentence)) for r in (*a, *b))
    if a[0].kind not in ("count", "ordinal") and not progress:
        return False
    if a[0].kind == "ordinal" and not all(_OCCURRENCE.search(str(r.claim)) for r in (*a, *b)):
        return False  # (an ordinal of times something happened counts on: "won for a fifth time" a day before "his
        # sixth stage win"; "his third title" of a career stays compared)
    days = [[_day(r.published) for r in group] for group in (a, b)]
    if any(d is None for group in days for d in group):
        return False
    (early, early_days), (late, late_days) = sorted(((a, days[0]), (b, days[1])), key=lambda g: min(g[1]))
    apart = min(late_days) - max(early_days)
    # (a day later will do when the later says its count rose: "The death toll has risen to 14" after "killed 12"; or
    # when both count a disaster's dead, missing or hurt and the later tells a toll as it stands, a toll that grows by
    # the day: "left 51 dead" on October 30, "at least 92 were killed" on October 31, unless the later is the earlier's
    # digits in another order, a slip)
    lowest = min(late, key=lambda r: float(r.canonical_value))
    highest = max(early, key=lambda r: float(r.canonical_value))
    # (the missing, the trapped, the displaced are found, freed, sent home as the days go: "15 were missing" on April 5,
    # "six were missing" as of April 6; such a tally moves either way)
    fell = all(_FOUND_AS_DAYS_GO.search(str(r.claim)) for r in (*early, *late)) \
        and max(float(r.canonical_value) for r in late) < min(float(r.canonical_value) for r in early)
    return (apart >= TALLY_DAYS or (apart >= 1 and (a[0].kind == "ordinal" or progress
                                                    or all(_RISEN_TO.search(_before(r)) for r in late) or (
        all(_CASUALTIES.search(str(r.clause or r.sentence)) for r in (*early, *late))
        and all(r.qualifier in ("lower_bound", "at_least") or _RUNNING.search(_running_context(r))
                or _LATEST.search(str(r.sentence))
                # ("injuring 80 others" on Tuesday, "About 90 people were hurt" on Thursday: a round count of a toll
                # that grew, told near what was told before)
                or (r.qualifier == "approx" and float(r.canonical_value) <= APPROX_TALLY_RATIO * float(highest.canonical_value))
                for r in late)
        and not _transposed(lowest, highest, same_unit=True))))) \
        and (float(lowest.canonical_value) > float(highest.canonical_value) or fell)


def _running_context(r: Any) -> str:
    """The words that may tell a count as it stands: its clause, or its whole sentence when the clause is a phrase of
    "with" that hangs on the one before ("The death toll has risen to 1,000, with 1,670 people injured")."""
    clause = str(r.clause or "")
    return str(r.sentence) if not clause or clause[:5].lower() == "with " else clause


_PROGRESS = re.compile(r"\b(?:contained|containment|completed?|completion|counted|reporting|restored|vaccinated)\b", re.I)


# the wins of a contest that goes on for days ("won for a fifth time", "his sixth stage win"): an ordinal of them
# counts on as the days go (not "a fourth round of layoffs", "his fifth term")
_OCCURRENCE = re.compile(r"\b(?:wins?|won|victor(?:y|ies)|stages?|goals?|races?|games?|match(?:es)?)\b", re.I)
# the words of a toll that grows by the day: the dead, missing, hurt and the like of a disaster
_CASUALTIES = re.compile(r"\b(?:toll|dead|deaths?|died|killed|kills?|killing|fatalities|missing|unaccounted|injured|injuries"
                         r"|injuring|hurt|wounded|wounding"
                         r"|hospitali[sz]ed|casualties|victims|bodies|lives)\b", re.I)


# a toll that falls as the days go, as well as rises: people missing, trapped, stranded, displaced, in shelters or in
# hospital
_FOUND_AS_DAYS_GO = re.compile(r"\b(?:missing|unaccounted|trapped|stranded|displaced|evacuated|evacuees|homeless|hospitali[sz]ed"
                               r"|in\s+hospitals?|in\s+(?:relief\s+)?(?:shelters|camps)|without\s+power)\b", re.I)


# a count told as it stands, which the next day may raise: "have been confirmed dead", "the toll is 14", "are still
# missing", "with the death toll increasing by two to 12, in addition to 1,133 injured" (not "Eight workers went missing
# in the collapse": a past event's count, which no later day changes)
_RUNNING = re.compile(r"\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?[a-z]+|\b(?:is|are|stands|stood|remains?|remained)\b"
                      r"|\b(?:increasing|rising|climbing|mounting|growing)\s+(?:by\s+\S+\s+)?to\b"
                      r"|\btoll\s+at\s|\bstill\b", re.I)  # ("ended on Thursday ... with the death toll at 19", "with two still
# missing": where it stands)


# a count the sentence says is the newest of a running tally: "According to the latest reports, 1,170 people were
# injured", "so far", "as of Sunday morning"
_LATEST = re.compile(r"\b(?:latest|updated|so\s+far|thus\s+far|to\s+date|as\s+of|as\s+it\s+stands)\b", re.I)


def _counted_since(period: tuple[tuple[int, int], ...], own_days: list[int], other_days: list[int],
                   other_period: tuple[tuple[int, int], ...]) -> bool:
    """Whether a count told of `period` in articles of `own_days` is told as of a day after every article of an undated
    other count was published, and before its own articles': a tally the other could not have known ("On Tuesday, Jan.
    14, the Medical Examiner confirmed 25 deaths" of Jan. 15 is no "All 24 fatalities" of an article of Jan. 13; one of
    its own day, "Tonight, about a thousand people", is as undated, and a target, "170,000 daily trips by 2031", tells no
    time it was counted)."""
    return (bool(period) and not other_period and bool(other_days) and bool(own_days)
            and all(max(other_days) < first and last < min(own_days) for first, last in period))


_RISEN_TO = re.compile(r"\b(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|jumped|grown|increased|reached)\s+(?:to\s+)?"
                       r"(?:(?:at\s+least|more\s+than|over|about|nearly|almost)\s+)?$|\bnow\s+stands\s+at\s+$", re.I)


NEWS_DAYS = 7  # a date this close to its article's day is the story's own day
FAR_DAYS = 180  # one this far from it tells what happened before the story, or what is to come long after


def _day(value: Any) -> int | None:
    """A date or timestamp as a day ordinal, None when missing."""
    return None if is_missing(value) else int(value.toordinal())


def _from_published(group: list[Any]) -> list[tuple[int, int]] | None:
    """Each date's first and last day counted from its article's day, or None when one of them is missing."""
    spans = []
    for r in group:
        published, first, last = _day(r.published), _day(r.date_start), _day(r.date_end)
        if published is None or first is None or last is None:
            return None
        spans.append((first - published, last - published))
    return spans


def _when(group: list[Any]) -> str:
    """'news' when every date of `group` lies within NEWS_DAYS of its article's day, 'far' when every one lies FAR_DAYS
    or more before or after it, else '': a news date and a far one tell two events, whatever words they share
    ("reaffirmed their 'no limits' partnership on Thursday", "declared their 'no limits' partnership in February 2022")."""
    spans = _from_published(group)
    if spans is None:
        return ""
    if all(-NEWS_DAYS <= first and last <= NEWS_DAYS for first, last in spans):
        return "news"
    return "far" if all(last <= -FAR_DAYS or first >= FAR_DAYS for first, last in spans) else ""


APPROX_TALLY_RATIO = 1.5  # a later round count of a toll within this of the earlier is the toll as it grew
MOVES_APART_DAYS = 31  # articles published further apart tell moves and days of different times
STORIES_APART_DAYS = 120  # articles published further apart tell two stories: an undated figure is of its own


def _recent(group: list[Any]) -> bool:
    """Whether every date of `group` lies within two months of its article's day: the story's own time ("the Labor
    Department reported on Thursday", "Consumer prices rose 0.4% in September" in October)."""
    spans = _from_published(group)
    return spans is not None and all(-2 * MOVES_APART_DAYS <= first and last <= 2 * MOVES_APART_DAYS for first, last in spans)


def _told_apart(a: list[int], b: list[int], days: int = MOVES_APART_DAYS) -> bool:
    """Whether every article of one class was published more than `days` from every article of the other: the
    story's own day ("the Labor Department reported on Thursday") and a move of no date written ("Core prices were
    expected to rise by 0.2 percent") are then of two times, two reports of a monthly index, not one; and at
    STORIES_APART_DAYS a figure of no date is of its own story's time, no other's ("data center revenue reached $30.8
    billion in the third quarter" of November 2024 is not "delivered $51.2 billion" of November 2025; a length, "the
    985-foot-long Dali", measures a thing that stays)."""
    return bool(a and b) and min(abs(x - y) for x in a for y in b) > days


def _far_dated(rows: list[Any], period: tuple[tuple[int, int], ...], dates: DateIndex) -> bool:
    """Whether figures (not dates) are dated FAR_DAYS or more from their articles' days ("since 1997, when a jet crashed
    in Guam, killing 228 people"): of another event than a figure of no date, which tells the story's own. Only a date
    the figure is told at counts, not one that bounds its claim ("The 60-metre rocket has flown 14 times since July
    2024" tells no height of July 2024)."""
    if rows[0].kind == "date" or not period or period in (_OWN_PERIOD, _SINCE_DATE_PERIOD):
        return False
    for r in rows:
        published = _day(r.published)
        if published is None or not all(last <= published - FAR_DAYS or first >= published + FAR_DAYS for first, last in period):
            return False
        told_at = {(s, e) for s, e, claim, _, bound, _, at, _ in dates.get((r.source, int(r.sentence_index)), [])
                   if (claim == int(r.claim_start) and not bound) or told_when(r, at)}
        if not set(period) <= told_at:
            return False
    return True


def _times_apart(members: list[int], candidates: list[Any], period: tuple[tuple[int, int], ...]) -> list[list[int]]:
    """`members` (one wording), parted where their articles were published more than MOVES_APART_DAYS apart, when what
    they say is of their own time (`_told_apart`): the story's own dates, or a move of no date written."""
    first = candidates[members[0]]
    if len(members) < 2 or not ((first.kind == "date" and _recent([candidates[i] for i in members]))
                                or (first.kind != "date" and first.change and not period)):
        return [members]
    by_day = sorted(members, key=lambda i: _day(candidates[i].published) or 0)
    parts: list[list[int]] = [[by_day[0]]]
    for previous, i in itertools.pairwise(by_day):
        day, before = _day(candidates[i].published), _day(candidates[previous].published)
        if day is not None and before is not None and day - before > MOVES_APART_DAYS:
            parts.append([])
        parts[-1].append(i)
    return parts


def _news_apart(members: list[int], candidates: list[Any]) -> list[list[int]]:
    """`members` (one wording of a date), the story's own days parted from days far from it (`_when`)."""
    if candidates[members[0]].kind != "date" or len(members) < 2:
        return [members]
    by_when: dict[str, list[int]] = defaultdict(list)
    for i in members:
        by_when[_when([candidates[i]])].append(i)
    if not (by_when["news"] and by_when["far"]):
        return [members]
    return [part for part in (by_when["news"], by_when["far"], by_when[""]) if part]


def _tally_stages(members: list[int], candidates: list[Any]) -> list[list[int]]:
    """`members` (one wording of a count), parted where the later ones were published TALLY_DAYS or more after the
    earlier ones and say more (`_tally_moved_on`): each stage of a tally is compared on its own."""
    if candidates[members[0]].kind != "count" or len(members) < 2:
        return [members]
    days = {i: _day(candidates[i].published) for i in members}
    ordered = sorted(members, key=lambda i: (days[i] is None, days[i] or 0))
    for cut in range(1, len(ordered)):
        early, late = ordered[:cut], ordered[cut:]
        if _tally_moved_on([candidates[i] for i in early], [candidates[i] for i in late]):
            return [early, *_tally_stages(late, candidates)]
    return [members]


def _described_noun(head: re.Match[str]) -> str:
    """The noun a duration describes, as a word: of two words after it, the second when it is a noun ("a three-day
    state visit", "a six-year presidential term": visit, term)."""
    noun = head.group(1)
    if (second := head.group(2)) and second not in STOPWORDS and second not in _POSTMODIFIERS and not second.endswith("ing") \
            and known_word(second) \
            and can_be_noun(second) and not is_verb_only(second):
        noun = second
    return _word_id(noun.lower())


_ORDINAL_PAIR = re.compile(r"\s*(?:,|and|or|to|&)\s+(?:\d+(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th))\s+([A-Za-z]+)()", re.I)
_IN_A_ROW = frozenset(("consecutive", "straight", "successive"))
_POSTMODIFIERS = frozenset("worth old long high wide deep tall ago later earlier".split())  # "a five-year deal worth £5m": a deal
_DESCRIBED = re.compile(r"\s+([A-Za-z]+)(?: ([a-z]+)\b)?")
_DOTTED_INITIALS = re.compile(r"\s+(?:[A-Z]\.){2,}(?=\s)")
_PERSON, _EMPLOYEE = "person", "employee"
_EMPLOYS_BEFORE = re.compile(r"\b(?:employs?|employed|employing|workforce of|staff of)\s+"
                             r"(?:(?:about|around|some|nearly|almost|roughly|more than|over|fewer than|less than)\s+)?$", re.I)


# a mean over a period, told as one: "averaged $1,940.54 an ounce over the year", "averaged a record $1,940.54/oz in 2023"
def _averaged_over(row: Any) -> bool:
    """Whether a figure is told as a mean over a period ("The gold price averaged $1,940.54 an ounce over the year")."""
    return row.kind in ("money", "quantity", "percent") and bool(_AVERAGED_BEFORE.search(_before(row))) and bool(
        _OVER_PERIOD_AFTER.match(_after(row)))


_AVERAGED_BEFORE = re.compile(r"\baverag(?:ed|ing)\s+(?:(?:an?|the)\s+)?(?:(?:record|about|around|nearly|almost|roughly|some|just)\s+)*$",
                              re.I)
_OVER_PERIOD_AFTER = re.compile(r"(?:\s*(?:/|an?\s+|per\s+)[a-z]+)?\s+(?:(?:over|for|in|during|across|throughout)\s+(?:the\s+)?"
                                r"(?:(?:past|last|whole|full|entire)\s+)?(?:\d+\s+|[a-z]+\s+)?(?:year|quarter|month|week|season|period|decade)s?"
                                r"|in\s+(?:19|20)\d\d|(?:last|this)\s+(?:year|quarter|month|week))\b", re.I)


# (not a time: "peak sales of $12bn a year" are "annual sales of $12 billion")
# ("$0.16 per common share", "83 cents per diluted share": the kind of share said before it, a share still)
_PRICE_OF = re.compile(r"(?:\s+(?:an?|per)\s+|/)(?:(?:common|diluted|basic|ordinary|adjusted|preferred)\s+)?"
                       r"(?!(?:day|week|month|quarter|year|annum|hour|night)s?\b)([A-Za-z]+)\b", re.I)


class Topic(NamedTuple):
    """What a figure's words say: each content word of its clause, and which of them are in its claim."""

    words: dict[str, str]  # word id -> the word as written
    in_claim: frozenset[str]  # ids of the claim's words
    attributed: frozenset[str] = frozenset()  # ids of the claim's names of who estimated it ("analysts at Jefferies")
    narrowing: frozenset[str] = frozenset()  # ids of the words a count's own surface narrows its noun by ("foreign residents")
    summed: frozenset[tuple[str, str]] = frozenset()  # ids of two words its claim joins by "and" ("pipeline and LNG gas")
    apart: frozenset[str] = frozenset()  # ids of its clause's words said only in other figures' claims ("and the Congress 99")
    name_runs: frozenset[frozenset[str]] = frozenset()  # ids of each run of capitalised words of its claim ("Xochitl Galvez Ruiz")
    told_before: frozenset[str] = frozenset()  # ids of its clause's words said only in earlier figures' claims ("killed 200
    # people and injured 900": "killed" of the 900)
    negated: frozenset[str] = frozenset()  # ids its clause says with "non-" ("non-GAAP": "gaap")
    passives: frozenset[str] = frozenset()  # ids of its clause's participles after "be" or "have", verbs whatever else
    # they may be ("The two-member inquiry committee has been given 30 days": "given" is no noun there)
    adjuncts: frozenset[str] = frozenset()  # ids of its claim's words in -ing before a noun, which name a kind of it
    # ("Operating expenses increased 12%": no verb, as "Research and development expenses" says another kind)
    compounds: frozenset[frozenset[str]] = frozenset()  # ids of the parts of each hyphenated word of its claim ("long-term"),
    # which weigh as one word in what the other clause must say


_BESIDES_AFTER = re.compile(r"\b(?:[Ii]n addition to|on top of|[Bb]esides|over and above)\s[^,;:.!?()]+")
_PRECAUTION = re.compile(r"\b(?:as\s+a\s+)?precaution(?:ary\s+(?:measure|step))?\b", re.I)
_SUPERLATIVE_LEVEL = re.compile(r"\b((?:high|low|strong|weak|great|small|larg|bigg)est|record|all-time)(\s+levels?)\b", re.I)


def _level_blanked(m: re.Match[str]) -> str:
    """A superlative with its "level" blanked, as long as it was."""
    return m.group(1) + " " * len(m.group(2))


_TAKE_PLACE = re.compile(r"\bt(?:ake|akes|ook|aken|aking)\s+place\b", re.I)
_ORIGIN_OF_CRAFT = re.compile(r"\b(?:flight|plane|jet|airliner|aircraft|train|ship|ferry|bus|vessel)\s+(?P<origin>from\s+"
                              r"[A-Z][\w.’'-]*(?:,?\s+[A-Z][\w.’'-]*){0,3})")
_POSSESSIVE_OPENING = re.compile(r"\s*(?:his|her|its|their)\s", re.I)
_CAPITALISED_WORD = re.compile(r"(?<![\w’'-])[A-Z][a-z’'-]+")
# the whole a list of counts set off by a dash breaks down, right before the item ("181 people — ")
_BROKEN_DOWN_BEFORE = re.compile(r"\d[\d,]*\s+([a-z]+)(?:\s+(?:on\s?board|onboard|aboard))?\s*(?:—|\s[–-]{1,2})\s*"
                                 r"(?:[^—–]*?,\s*(?:and\s+)?)?$")
_CURRENCY_AFTER_FIGURE = re.compile(r"\d(?:\s+(?:thousand|million|billion|trillion))?\s+(dollars?|euros?|pounds?|yen|yuan|rupees?"
                                    r"|cents?|pesos?|francs?|rubles?|roubles?|riyals?|dirhams?|rand|naira)\b", re.I)
_LIGHT = r"(products?|business(?:es)?|segments?|divisions?|operations|sector)\b"
_LIGHT_NOUN_WORDS = re.compile(r"\b" + _LIGHT, re.I)
_LIGHT_NOUN = re.compile(r"\b([a-z][\w-]+)\s+" + _LIGHT, re.I)


def _topic(row: Any, dates: list[tuple[int, int]], closed: frozenset[str] = frozenset(),
           numbered: re.Pattern[str] | None = None,
           lettered: tuple[re.Pattern[str] | None, dict[str, str]] = (None, {})) -> Topic:
    """The content words of a figure's clause (its own surface and the dates of the sentence left
    out: they are compared apart), and which of them are in its claim; `lettered`: the names of `defined_names` with a
    word of synonyms.txt, and the letters of each."""
    sentence, sentence_start = str(row.sentence), int(row.sentence_start)
    clause, claim = str(row.clause or row.sentence), _near_figure(row)
    if lettered[0] is not None and lettered[0].search(clause):
        # "published by the Aircraft Accident Investigation Bureau (AAIB)": the bureau, no "accident" (a crash) nor
        # "aircraft" (a plane) of what was published (as long as the name: offsets into the claim hold)
        def letters(m: re.Match[str]) -> str:
            return lettered[1][m.group()].ljust(len(m.group()))

        clause, claim = lettered[0].sub(letters, clause), lettered[0].sub(letters, claim)
    if row.kind == "age" and ", " in (before := _before(row)) and (apposed := _APPOSED_NAME.search(before)) is not None:
        # "Gershkovich, the 33-year-old Wall Street Journal correspondent, spent ...": the age is the name's; the words
        # after it describe its holder, as a title would, and name nothing the age is of
        claim = apposed.group("name")
        end = int(row.end) - sentence_start
        described = sentence[end : comma if (comma := sentence.find(",", end)) != -1 else end]
        if described.strip():
            clause = clause.replace(described, " " * len(described), 1)
    if ", " in sentence and (aside := _ORIGIN_ASIDE.search(sentence)) is not None and not (
            aside.start() <= int(row.start) - sentence_start < aside.end()):
        # "The company, founded in 2016 in a Lawrenceville garage, priced 40 million shares at $36": where and when the
        # holder began is an aside, no part of what its figure measures (a figure in the aside keeps it; the clause may
        # be joined around it, so its words are found by their text)
        said = aside.group().strip()
        clause, claim = clause.replace(said, " " * len(said), 1), claim.replace(said, " " * len(said), 1)
    if ", " in sentence and (cause := _cause_tail(sentence)) is not None and cause.start() >= int(row.end) - sentence_start:
        # "Operating expenses increased 12% to $3.932 billion, reflecting continued investment in research and development":
        # why the figure moved names none of what it measures ("Research and development expenses increased by 51%" is
        # another measure)
        said = cause.group("phrase").rstrip(" .!?")
        clause, claim = clause.replace(said, " " * len(said), 1), claim.replace(said, " " * len(said), 1)
    if ("addition to " in sentence or " top of " in sentence or "esides " in sentence) and (
            besides := _BESIDES_AFTER.search(sentence, int(row.end) - sentence_start)) is not None:
        # "would pay Rs 25 lakh to each family, in addition to the state's ex-gratia": what is paid besides is another
        # amount, none of this one's words ("Rs 4 lakh each from the state" is the state's)
        said = besides.group()
        clause, claim = clause.replace(said, " " * len(said), 1), claim.replace(said, " " * len(said), 1)
    if claim.count(", ") >= 2 and (aside := _subject_aside(claim, int(row.start) - int(row.claim_start))):
        # "Green Valley Foods, a Fayetteville, Ark. establishment, is recalling 2,100,000 pounds": an aside between the
        # subject and its predicate describes the subject, as the origin does, and narrows nothing the figure measures
        clause, claim = clause.replace(aside, " " * len(aside), 1), claim.replace(aside, " " * len(aside), 1)
    clause = _blank(clause, int(row.clause_start) if row.clause else sentence_start, dates, sentence, sentence_start)
    claim = _blank(claim, int(row.claim_start), dates, sentence, sentence_start)
    if "ince" in claim and (since := _SINCE_PHRASE.search(claim)) is not None and since.start() > int(row.end) - int(row.claim_start):
        # "has 29 goals this season since his £18 million move": the event a figure is counted since dates it (its
        # period is its own, `_periods`); its words say nothing of what is counted
        claim = claim[: since.start()] + " " * (since.end() - since.start()) + claim[since.end() :]
    if " from " in claim and (origin := _ORIGIN_OF_CRAFT.search(claim)) is not None:
        # "The Jeju Air flight from Bangkok was carrying 175 passengers": where the craft came from describes it, as
        # its name does; another outlet's "The plane was carrying 175 passengers" need not say it
        said = origin.group("origin")
        claim = claim.replace(said, " " * len(said), 1)
    if " place" in clause and _TAKE_PLACE.search(clause):
        # "the visit might take place in April", "his inauguration, which took place on May 7": a verb of happening, no
        # place; what happened is the word before it
        clause, claim = _TAKE_PLACE.sub(_spaces, clause), _TAKE_PLACE.sub(_spaces, claim)
    if "precaution" in claim:  # "11 passengers were taken to hospital as a precaution": why, none of what is counted
        clause, claim = _PRECAUTION.sub(_spaces, clause), _PRECAUTION.sub(_spaces, claim)
    if "level" in claim:  # "the lowest level since 2015" is "the lowest since 2016": a superlative's level is no noun of it
        clause, claim = _SUPERLATIVE_LEVEL.sub(_level_blanked, clause), _SUPERLATIVE_LEVEL.sub(_level_blanked, claim)
    if "-based" in claim:  # "Austin-based Voltra": where a company sits is no part of what its figure measures
        clause, claim = _BASED_IN.sub(_spaces, clause), _BASED_IN.sub(_spaces, claim)
    if "-led" in claim or "-backed" in claim or "-owned" in claim or "-run" in claim or "-controlled" in claim:
        claim = _LED_BY.sub(_spaces, claim)  # "The BJP-led NDA crossed 290 seats": the NDA's seats, not the BJP's (a word
        # of the clause still)
    hyphenated = _COMPOUND.findall(claim) if "-" in claim else []
    if "-" in clause or "-" in claim:
        clause, claim = _COMPOUND.sub(_compound, clause), _COMPOUND.sub(_compound, claim)
    if any(c.isdigit() for c in clause):
        # (the figure itself numbers no name: "Telugu Desam Party – 18" is the party's 18 seats, no "Party XVIII")
        figure = str(row.surface) if str(row.surface).isdigit() else ""
        clause, claim = numbered_names(clause, figure), numbered_names(claim, figure)
    if numbered is not None and numbered.search(clause):
        clause, claim = _first_of_numbered(clause, numbered), _first_of_numbered(claim, numbered)
    if " of " in clause and (" of " in claim) and _PLACE_DESCRIBED.search(claim):
        # "in the southern town of El Granado": the name says where; another outlet need not describe it
        clause, claim = _PLACE_DESCRIBED.sub(_spaces, clause), _PLACE_DESCRIBED.sub(_spaces, claim)
    if closed:  # "12 people have died in the heat wave": the "heatwave" of another outlet's "heatwave kills 21"
        for a, b in _pairs_of_words(clause.lower()):
            if a + b in closed:
                joined = re.compile(rf"\b{a} {b}\b", re.I)
                clause, claim = joined.sub(f"{a}{b} ", clause), joined.sub(f"{a}{b} ", claim)  # (each as long as it was)
    if "said" in clause or "says" in clause or "told" in clause or " say " in clause or "ed that" in clause or "s that" in clause:
        clause = _SPEAKER.sub(lambda m: " " * len(m.group()), clause)
    if "ndicat" in claim or "show" in claim or "sugges" in claim:
        # "National Weather Service updates indicate the storm brought winds of up to 90 mph": whose data tell a figure is
        # no word of what it measures, as a speaker is none
        blank = _DATA_SHOW.search(claim)
        if blank is not None:
            said = blank.group()
            clause, claim = clause.replace(said, " " * len(said), 1), claim.replace(said, " " * len(said), 1)
    attributed = ""
    if " at " in claim or " from " in claim or " with " in claim or "ccording to " in claim:
        attributed = " ".join(m.group("name") for m in _ATTRIBUTED.finditer(claim))
    claim = _AND_OTHER.sub(" ", claim)  # "312 homes and other structures": the others widen, not narrow, the claim
    if row.kind == "count" and " and " in claim and (at := claim.find(str(row.surface))) >= 0 and (
            also := _ALSO_SUBJECT.match(claim, at + len(str(row.surface)))) is not None:
        claim = claim[: also.start()] + " " * len(also.group()) + claim[also.end() :]  # "Eleven crew and a dog were
        # rescued": what else the verb is of is no word of what the count counts
    if ":" in sentence and (item := _ITEM_LABEL.match(sentence)) is not None and not _dateline(item, sentence, row) and \
            item.end() <= (at := int(row.claim_start) - sentence_start) and (
                at <= item.end() + 2 or (_OR_ALTERNATIVE.match(sentence, at) and not _CLAUSE_MARK.search(sentence, item.end(), at))):
        claim = f"{item.group('label')} {claim}"  # "- Discontinuation due to side effects: 11%": the label says what 11% is
        # (and what another way of saying it is: "The prize: $1.22 billion, or a cash option of $515.7 million")
    moved_before = None
    if row.kind != "date" and ", with " in sentence and (moved_before := _WITH_MOVE_BEFORE.search(
            sentence, 0, int(row.start) - sentence_start)) is not None and (
            moved_before.group("level") or _MOVE_NOUN_AFTER.match(sentence, int(row.end) - sentence_start)):
        # "increased employers' National Insurance contributions, with a 1.2% hike to 15%": a move with no noun of its
        # own ("with a 0.2% drop in food prices" has one) is that of what the clause before the comma says
        clause = f"{moved_before.group('what')}, {clause}"
    # the noun a count counts is its unit, not a word, wherever the clause says it ("162 of the 300 seats", "2,012 people
    # and injuring 2,059 others"); the other words of its surface describe it and stay words ("2.1 million Florida customers")
    counted = str(row.unit).lower() if row.kind == "count" and row.unit else ""
    counted_id = _word_id(counted) if counted else ""  # ("5.8 million machines ... of all devices": devices are no word either)
    surface = set() if counted else set(words_of(str(row.surface).lower()))
    if row.kind == "age" and _AGED_BEFORE.search(_before(row)):
        surface.add("aged")  # "Bankman-Fried, aged 32": the word that says it is an age, no word of whose it is
    words: dict[str, str] = {}
    # ("Revenue from gaming products", "its data center business": a light noun after the word that says which adds
    # nothing to it: "gaming revenue" says as much)
    light = {m.group(2).lower() for m in _LIGHT_NOUN.finditer(clause) if m.group(1).lower() not in STOPWORDS} \
        if _LIGHT_NOUN_WORDS.search(clause) else set()
    # (and the currency an amount of the clause is written in: "revenue was 2.9 billion dollars, a 21 percent rise" says
    # no "dollar" of the rise, as "$2.9 billion" would not)
    light |= {m.group(1).lower() for m in _CURRENCY_AFTER_FIGURE.finditer(clause)}
    for word in words_of(joined_places(_one_word_phrases(clause))):
        lower = word.lower().replace("’", "'").removesuffix("'s")
        if ((len(lower) < 3 and not _SHORT_NAME.fullmatch(word) and not (len(word) == 2 and word.isupper() and word not in _NOT_ACRONYMS))
                or lower in STOPWORDS or lower in _DATE_WORDS or lower in surface
                or lower in light
                or (_lemma(lower) in STOPWORDS and _lemma(lower) not in _STOPWORDS_AS_WRITTEN)
                or _lemma(lower) in surface or _NUMBER_WORD.fullmatch(lower)
                or (counted and (singular(lower) == counted or _word_id(lower) == counted_id))):
            continue  # (a number in words is compared on its own: "Seventy-one people" says no word "seventyone")
        words.setdefault(_word_id(lower), lower)
    if row.kind == "quantity" and row.canonical_unit == _SPEED_UNIT:
        words.setdefault(_word_id("speed"), "speed")  # "travelling at 47 mph", "moving at 74 miles per hour": what a speed measures
        claim += " speed"
    elif row.kind == "duration" and _HOW_LONG_BEFORE.search(_before(row)) and not _OFF_AFTER.match(_after(row)):
        # "The match lasted three hours and twenty-seven minutes", "who needed 3 hours and 17 minutes to win", "took
        # three hours and 17 minutes": how long something took, whatever the verb
        words.setdefault(_word_id("length"), "length")
        claim += " length"
    elif row.kind == "duration" and (_LATE_AFTER.match(_after(row)) or _DELAYED_BEFORE.search(_before(row))):
        # "three years behind schedule", "arrived four years late", "delayed by three years": how late, whatever the words
        words.setdefault(_word_id("delay"), "delay")
        claim += " delay"
    elif row.kind == "duration" and (_WON_BY_BEFORE.search(_before(row)) or _AHEAD_AFTER.match(_after(row))):
        # "Norris won by 7.4 seconds", "finishing 4.7 seconds ahead of Piastri", "crossing the line 4.7sec clear": a
        # winner's margin, whatever the words
        words.setdefault(_word_id("margin"), "margin")
        at = claim.find(str(row.surface))
        if at >= 0 and (over := _AHEAD_OF.match(claim, at + len(str(row.surface)))) is not None:
            claim = claim[: over.start()] + " " * len(over.group()) + claim[over.end() :]  # (whom it is over: "ahead of
            # McLaren teammate Oscar Piastri", which "won by 7.4 seconds" need not say)
        claim += " margin"
    elif row.kind == "quantity" and row.canonical_unit == "meter" and (size := _dimension(row)) in ("width", "depth", "height"):
        # "about 610 metres across", "160 metres wide", "160m in diameter": what a length measures, whatever the words
        words.setdefault(_word_id(size), size)
        claim += " " + size
    elif row.kind == "quantity" and row.canonical_unit == _TEMPERATURE_UNIT:
        # "Temperatures reached 46.2C", "the mercury climbed to 46.2 degrees", "a June high of 115.2 degrees Fahrenheit"
        words.setdefault(_word_id("temperature"), "temperature")
        claim += " temperature"
    if "ecord" in claim and _RECORD_NOUN.search(claim):
        # "a world record by 21 seconds", "took twelve seconds off the old record": the record itself, a word of the
        # claim ("a record 2.14 million", "record heat" only qualify their figure: "record" is a stopword)
        words.setdefault(_word_id("record"), "record")
    in_claim = _ids(claim) & frozenset(words)
    if row.kind == "ordinal" and _POSSESSIVE_OPENING.match(claim) \
            and sentence[: int(row.claim_start) - sentence_start].rstrip().endswith(","):
        # "Blinken visited Beijing in late April, his second trip to China": whose trip the clause before names
        in_claim |= {_word_id(w.lower()) for w in _CAPITALISED_WORD.findall(sentence, 0, int(row.claim_start) - sentence_start)
                     if not known_word(w.lower())} & frozenset(words)
    if row.kind == "count" and ("—" in claim or " – " in claim or " - " in claim) and (
            whole := _BROKEN_DOWN_BEFORE.search(claim, max(0, int(row.start) - int(row.claim_start) - 200),
                                                max(0, int(row.start) - int(row.claim_start)))) is not None:
        # "carrying 181 people — 175 passengers and six crew members": the item counts no people, which the whole counts
        in_claim -= {_word_id(whole.group(1).lower())}
    if moved_before is not None:
        in_claim |= _ids(moved_before.group("what")) & frozenset(words)
    if in_claim and (used := _AS_VERB.findall(claim)):
        # "A crowd of 84,512 saw Riverton lift the Cup": a noun that is also a verb, before an article or a name, is
        # a verb there, and says no more of the figure than a verb does
        in_claim -= {_word_id(w.lower()) for w in used if not is_verb_only(w.lower()) and can_be_verb(w.lower())}
    if (not in_claim or row.kind != "date") and ("," in sentence or "(" in sentence) and (
            (not in_claim and row.change and (changed := _CHANGE_OF_BEFORE.search(_before(row))) is not None)
            or (changed := _LEVEL_OF_BEFORE.search(_before(row))) is not None):
        # "reported revenue of $1.1 billion last year, up 64% from 2023": a change set off by a comma is that of what
        # the words before the comma say; so is a level, whatever else its own fragment says ("Inflation, at 1.9% in
        # September, is below the target"; "Mortgage rates, at 7.9% for a 30-year fixed loan last week, remain ...")
        in_claim |= _ids(changed.group("what")) & frozenset(words)
    if not in_claim and row.kind != "date" and str(row.claim)[:4].lower() == "and " and (head := _head_before(row)):
        # "output fell 0.1% in Q3 2023 and 0.5% in Q4 2023": a figure after "and" that says no word of its own but its
        # date is what the one before it is; the words before that one are its claim too (not after "or": ", or about 2.14
        # million barrels a day" restates the figure before it)
        in_claim = _ids(head) & frozenset(words)
    if in_claim and row.kind != "date" and _SHARED_SUBJECT.match(str(row.claim)) and (head := _head_before(row)):
        # "The average annual pay is currently $75,608 and eventually will rise to $119,309": a verb after "and" with
        # no subject of its own says its figure of the subject before it
        in_claim |= _ids(head) & frozenset(words)
    if row.kind != "date" and (subject := _interrupted_subject(row)):
        # "inflation, which stood at 7.9% in June, would fall to about 4.9%", "expects inflation, now 7.9 per cent, to
        # fall to 4.9 per cent": a predicate after an interruption set off by commas is said of the noun before it
        in_claim |= _ids(subject) & frozenset(words)
    if row.kind in ("money", "percent") and ", " in sentence and all(is_verb_only(words[w]) for w in in_claim) \
            and _PARTICIPLE_THEN_FIGURE.fullmatch(
            sentence, int(row.claim_start) - sentence_start, int(row.start) - sentence_start) \
            and (subject := _participle_subject(row)):
        # "The company's Data Center segment led the revenue surge, contributing $26.3 billion": a participle after a comma
        # right before its amount says it of the clause's subject, when it says nothing else ("pushing inflation to 3.2%" says
        # it of its object; "killing 17 people" counts the people)
        in_claim |= _ids(subject) & frozenset(words)
    if not in_claim and row.kind != "date" and _only_figure_in_clause(row):
        # "Shares of Medibank, which ..., fell 2.4% on Monday": a bare predicate's subject (not a date's: "In March, Xi
        # visited Moscow" in a story of last year may well be last March, and a fronted date has no claim of its own)
        in_claim = frozenset(words)
    narrowing = frozenset(_word_id(w.lower()) for w in _narrowed_noun(row).split()  # (a hyphened "heat-related" describes it)
                          if w.isalpha() and w.islower() and w not in _NOT_NARROWING and _word_id(w) != counted_id
                          ) & frozenset(words) if counted else frozenset()
    if row.kind in ("money", "percent") and (segment := _SEGMENT.search(str(row.claim or ""))) is not None:
        # "Wholesale revenues were $6.4 billion, ... and down 7 percent on a currency-neutral basis": a part's measure, no
        # "9 per cent decrease" of the company's revenues
        first = segment.group(1)
        if (first.islower() or (segment.start() == 0 and known_word(first.lower()))) and first.lower() not in _NOT_SEGMENT:
            narrowing |= frozenset((_word_id(first.lower()),)) & frozenset(words)
    summed = _sums(claim, in_claim) if " and " in claim else frozenset()
    if row.kind != "date" and " and " in sentence and (subject := _participle_subject(row)) and " and " in subject:
        # "Two massive wildfires, the Eaton and Palisades fires, have ravaged Southern California, consuming nearly 40,000
        # acres": a participle after a comma says its figure of the clause's subject, here of both fires (a sum)
        summed |= _sums(subject, words.keys())
    if counted and " and " in claim:
        # "carrying 181 passengers and crew", "Stations and stops: 25": the count sums what it counts and the noun after
        # "and" (marked "#")
        summed |= {("#" + counted_id, _word_id(noun)) for m in _COUNTED_AND.finditer(claim)
                   if _word_id(m.group(1).lower()) == counted_id and can_be_noun(noun := m.group(2).lower())
                   and noun not in IRREGULAR_PAST and not noun.endswith("ed")}
    runs = frozenset(run for m in _NAME_RUN.finditer(claim) if len(run := _ids(m.group()) & in_claim) > 1)
    # (an empty set is the one empty set: a new one per figure weighs on a corpus of thousands)
    adjuncts = (frozenset(_word_id(m.group(1).lower()) for m in _ADJUNCT.finditer(claim) if can_be_noun(m.group(2).lower())
                          and not is_verb_only(m.group(2).lower())) & in_claim or _NO_IDS) if "ing " in claim else _NO_IDS
    negated = (frozenset(w[3:] for w, written in words.items() if written.startswith("non") and _NEGATED.match(written))
               or _NO_IDS) if "non" in clause.lower() else _NO_IDS
    passives = _NO_IDS
    if any(auxiliary in clause for auxiliary in (" ha", " be", " w", " is ", " are ")):  # (most clauses have none)
        passives = frozenset(_word_id(w) for m in _AFTER_AUXILIARY.finditer(clause.lower())
                             if (w := m.group("word")) not in _NOT_PARTICIPLES
                             and (w.endswith(("ed", "en", "wn")) or w in IRREGULAR_PAST) and can_be_verb(w)) & words.keys() or _NO_IDS
    compounds = frozenset(parts for written in hyphenated
                          if len(parts := frozenset(_word_id(p.lower()) for p in written.split("-")) & in_claim) > 1) \
        if hyphenated else frozenset()
    return Topic(words, in_claim, _ids(attributed) & in_claim, narrowing, summed, name_runs=runs, adjuncts=adjuncts,
                 negated=negated, passives=passives, compounds=compounds)


def _weighed(words: Collection[str], weight: dict[str, float], compounds: frozenset[frozenset[str]]) -> float:
    """The weight of `words`, each hyphenated word's parts among them weighing as its heaviest ("long-term average": "long"
    and "term" are one modifier, no two words another outlet must say)."""
    total = math.fsum(weight[w] for w in words)
    for parts in compounds:
        if len(present := parts & words) > 1:
            total -= math.fsum(weight[w] for w in present) - max(weight[w] for w in present)
    return total


# a participle after a form of "be" or "have" ("has been given 30 days", "were set", "had cut"): a verb there
_AFTER_AUXILIARY = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had)\s+(?:[a-z]+ly\s+|not\s+|already\s+|also\s+|now\s+)?"
                              r"(?:been\s+|being\s+)?(?P<word>[a-z]+)\b")
_NOT_PARTICIPLES = frozenset(("been", "open", "even", "often", "seven", "eleven", "women", "children", "men", "garden", "golden"))


_NO_IDS: frozenset[str] = frozenset()
_NEGATED = re.compile(r"non(?!e|sense|etheless)[a-z]{3,}$")  # a word "non-" joined (`_compound`): "nongaap"
# a word in -ing opening a noun phrase before a noun: "Operating expenses", "the closing price" (not after a verb it goes on:
# "is operating", "were closing")
_ADJUNCT = re.compile(r"(?:^|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|[Hh]is|[Hh]er|of|in|and)\s+|[.,;:(]\s+)"
                      r"([A-Za-z][a-z]+ing)\s+([a-z]{3,})\b")


# "Xochitl Galvez Ruiz", "Andrés Manuel López Obrador" (a possessive ends a name: "Ana Ruiz's Unity Party" is two)
_NAME_RUN = re.compile(r"\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+)+")


_SUMMED = re.compile(r"\b([A-Za-z][\w'-]+) and ([A-Za-z][\w'-]+)\b")  # "pipeline and LNG", "oil and gas"


def _sums(text: str, said: Collection[str]) -> frozenset[tuple[str, str]]:
    """The pairs of word ids `text` joins by "and" (`_SUMMED`), both among `said`."""
    return frozenset((x, y) for m in _SUMMED.finditer(text) if (x := _word_id(m.group(1).lower())) in said
                     and (y := _word_id(m.group(2).lower())) in said and x != y)
# (a noun that ends its phrase: "181 passengers and crew," not "53 people and turned", "53 and survivors told")
_COUNTED_AND = re.compile(r"\b([A-Za-z]{3,}) and ([a-z]{3,})"
                          r"(?=\s*[,.;:)]|\s+\d|\s+(?:were|was|are|is|on|aboard|when|who|had|have|in)\b|\s*$)")


def _ids(text: str) -> frozenset[str]:
    """The word ids of `text` (`_word_id`), a place's words one word ("the U.S." / "United States")."""
    return frozenset(_id_counts(text))


# words before a counted noun that narrow nothing another outlet must repeat ("300 new jobs" is "300 jobs")
_NOT_NARROWING = frozenset("new more other additional extra further total some about".split())
# a word before a company's measure that names a part of it: "Wholesale revenues", "cloud sales", "footwear revenue"
_SEGMENT = re.compile(r"\b([A-Za-z][a-z-]+)\s+(?:revenues?|sales|income|profits?|earnings|margins?)\b")
_NOT_SEGMENT = frozenset(
    "total overall quarterly annual annualized annualised yearly monthly fiscal reported adjusted consolidated group company "
    "net gross operating underlying comparable organic core record its their his her our the a an and of in for with "
    "first-quarter second-quarter third-quarter fourth-quarter full-year half-year year-ago first second third fourth "
    "higher lower strong weak rising falling flat revenue sales per diluted basic same-store like-for-like".split())


_FIGURE_START = re.compile(r"[$€£¥]?\d|\b(?:nought|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)


_SHARED_SUBJECT = re.compile(r"(?:and|but)\s+(?:[a-z]+ly\s+)?(?:will|would|could|may|might|should|is|was|are|were|has|had|have"
                             r"|rose|fell|grew|jumped|climbed|dropped|declined|increased|decreased|reached|hit|topped)\s", re.I)


# a predicate with no subject of its own: a modal, a finite verb of a figure's move, or "to" and a verb
# (a past tense too: "Two strong aftershocks, one with a magnitude of 4.9 and another of 6.7, occurred about 20 miles
# from Mandalay" says its miles of the aftershocks)
_PREDICATE_OPENING = re.compile(r"(?:will|would|could|may|might|should|must|is|was|are|were|has|had|have|rose|fell|grew|jumped"
                                r"|climbed|dropped|declined|increased|decreased|reached|hit|topped|stood|remained|to\s+[a-z]+"
                                r"|[a-z]{3,}ed|struck|came|took|left|made|saw|won|lost|sold|paid|spent)\s")
_DETERMINED_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s|['’]s\s", re.I)
_INTERRUPTION = re.compile(r"\s*(?:(?:which|who)\s[^,]*|[^,]*\d[^,]*),\s*$")
_SUBJECT_TAIL = re.compile(r"(?:\b(?:the|a|an|its|their|his|her)\s+)?(?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*\s*$")
_NO_SUBJECT_WORDS = frozenset("that said says say expects expected forecast forecasts sees saw and but or of in on at by for to "
                              "from with as than".split())


def _interrupted_subject(row: Any) -> str:
    """The noun before an interruption set off by commas (a relative clause, or a phrase with a figure) when the
    figure's claim is the predicate after it ("inflation, which stood at 7.9% in June, would fall to 4.9%": "inflation"),
    else ''."""
    sentence, at = str(row.sentence), int(row.claim_start) - int(row.sentence_start)
    figure = int(row.start) - int(row.sentence_start)
    if (not 0 < at <= figure <= len(sentence) or not _PREDICATE_OPENING.match(sentence, at)
            or _DETERMINED_BEFORE.search(sentence, at, figure)):
        return ""  # (the predicate's own figure only: "is now below the bank's 2% target" says no 2% of inflation)
    before = sentence[:at]
    opening = before.rstrip().rstrip(",").rfind(",")
    if opening < 0 or not before.rstrip().endswith(",") or not _INTERRUPTION.fullmatch(before, opening + 1):
        return ""
    tail = _SUBJECT_TAIL.search(sentence, 0, opening)
    if tail is None:
        return ""
    written = tail.group().split()
    kept: list[str] = []
    for n, word in enumerate(reversed(written)):
        at_start = n == len(written) - 1 and not sentence[: tail.start()].strip()
        if word.lower() in _NO_SUBJECT_WORDS or not (word.islower() or (at_start and _known(word.lower()))):
            break  # (a subject's phrase holds none of these; nor a name: "Ruiz, signed for 45 million pounds, has 21
            # league goals" says its goals of the man, whom "The Spaniard ... has 12 league goals" does not name)
        kept.insert(0, word)
    return " ".join(kept)


# a participle that opens a claim after a comma, of no preposition's kind ("including", "according", "following")
_PARTICIPLE_OPENING = re.compile(r"(?!(?:including|according|excluding|following|during|regarding|concerning|beginning"
                                 r"|starting|ending|bringing|taking)\b)[a-z]{3,}ing\s")
_SUBJECT_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b")
_PARTICIPLE_THEN_FIGURE = re.compile(rf"[a-z]{{3,}}ing\s+{QUALIFIER_PIECE}[$€£¥]?")


def _participle_subject(row: Any) -> str:
    """The words of a figure's clause before its first verb when the figure's claim opens with a participle after a
    comma ("Two massive wildfires, the Eaton and Palisades fires," of ", consuming nearly 40,000 acres"), else ''."""
    sentence, sentence_start = str(row.sentence), int(row.sentence_start)
    lo, at = max(0, int(row.clause_start) - sentence_start), int(row.claim_start) - sentence_start
    if not lo <= at <= len(sentence) or not _PARTICIPLE_OPENING.match(sentence, at) or not sentence[:at].rstrip().endswith(","):
        return ""
    verb = _SUBJECT_VERB.search(sentence, lo, at)
    return sentence[lo : verb.start()] if verb is not None else ""


def _head_before(row: Any) -> str:
    """The words of a figure's clause before the first figure in it, when that figure ends before this one's claim
    ("output fell" of "output fell 0.1% in Q3 and 0.5% in Q4"), else ''."""
    sentence, sentence_start = str(row.sentence), int(row.sentence_start)
    lo = max(0, int(row.clause_start) - sentence_start)
    hi = int(row.claim_start) - sentence_start
    if not 0 <= lo < hi <= len(sentence):
        return ""
    first = _FIGURE_START.search(sentence, lo, hi)
    return sentence[lo : first.start()] if first is not None else ""


_PLACE_DESCRIBED = re.compile(r"\b(?:[a-z]+(?:-[a-z]+)? )?(?:town|city|village|port|province|region|district|county|island|state"
                              r"|capital|municipality|prefecture|suburb|resort) of (?=[A-Z])")


_BASED_IN = re.compile(r"\b(?:[A-Z][\w.’']*[ -])*[A-Z][\w.’']*-based\b")
@lru_cache(maxsize=4096)
def _cause_tail(sentence: str) -> re.Match[str] | None:
    """`_CAUSE_TAIL` in a sentence, read once for all its figures."""
    return _CAUSE_TAIL.search(sentence) if _CAUSE_WORD.search(sentence) else None


_CAUSE_WORD = re.compile(r"reflecting|driven|fu?ell?ed|boosted|helped|thanks|due|owing|attributed|on the back|as a result|because")
# a phrase after a comma that ends a clause with why its figures moved
_CAUSE_TAIL = re.compile(r",\s+(?P<phrase>(?:reflecting|driven\s+by|fu?ell?ed\s+by|boosted\s+by|helped\s+by|thanks\s+to|due\s+to|owing\s+to"
                         r"|attributed\s+to|on\s+the\s+back\s+of|as\s+a\s+result\s+of|because\s+of)\b[^;:]*)$")
_ORIGIN_ASIDE = re.compile(r"(?<=,) (?:which was |who was )?(?:founded|based|headquartered|established|incorporated|formed|set up)"
                           r" (?:in|by|as|at) [^,;:()]{1,80}(?=,)")
# what an aside that narrows its subject opens with ("Revenue, excluding currency effects, rose 5%" is no revenue)
_NARROWING_ASIDE = re.compile(r"(?:excluding|including|not\s+including|except|adjusted|before|after|net\s+of|minus|plus|ex-)", re.I)
_SUBJECT_WORDS = 8  # the words a claim's subject before its aside may have
_NAME_APPOSED = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*")


def _subject_aside(claim: str, figure: int) -> str:
    """The aside set off by commas between the subject a claim opens with and the predicate that holds its figure (at
    `figure`), when it holds no figure and narrows nothing ("Net income, which includes a tax gain, was $312 million":
    "which includes a tax gain"), else ''."""
    first, last = claim.find(", "), claim.rfind(", ", 0, figure)
    if first < 0 or last <= first:
        return ""
    aside = claim[first + 2 : last]
    if (any(c.isdigit() for c in claim[:last]) or len(claim[:first].split()) > _SUBJECT_WORDS
            or _NARROWING_ASIDE.match(aside) or ";" in aside or " and " in claim[:first] or _NAME_APPOSED.fullmatch(aside)):
        return ""  # (a name in apposition names the subject: "The ship, the Dali Star, is 948 feet long")
    return aside


_LED_BY = re.compile(r"\b(?:[A-Z][\w.’']*[ -])*[A-Z][\w.’']*-(?:led|backed|owned|run|controlled)\b")


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m.group())


_AS_VERB = re.compile(r"(?<![\w’'-])([a-z]{3,})\s+(?:the|a|an|his|her|its|their|our|(?-i:[A-Z][a-z]+))\b")
_SET_OFF = r"(?:^|[,;:(])(?P<what>[^,;:()]{3,})[,(]\s*"  # the words before a comma or bracket that sets a figure off
_LEVEL_OF_BEFORE = re.compile(_SET_OFF + r"(?:at|of|around|near|to|reaching|hitting|totall?ing|topping)\s+(?:a\s+record\s+)?"
                              r"(?:(?:about|around|some|nearly|almost|roughly|over|just)\s+)?$", re.I)  # ("trade ..., reaching $240bn")
_MOVE_NOUNS = r"(?:hike|rise|increase|cut|drop|fall|jump|gain|decline|reduction|boost|climb|slide)s?"
# ", with a " before a figure, or ", with a 1.2% hike to " before the level a move reached (`_topic`)
_WITH_MOVE_BEFORE = re.compile(r"(?:^|[;:(])(?P<what>[^;:()]{3,}?),\s+with\s+(?:a|an)\s+(?P<level>[^,;:()]{1,20}?\s"
                               + _MOVE_NOUNS + r"\s+to\s+)?$", re.I)
_MOVE_NOUN_AFTER = re.compile(r"\s*" + _MOVE_NOUNS + r"\b(?!\s+(?:in|of|for|on|at)\b)", re.I)
_CHANGE_OF_BEFORE = re.compile(_SET_OFF + r"(?:up|down|a (?:rise|drop|fall|gain|jump|decline|increase) of)\s+$", re.I)
_SPEED_UNIT = "meter / second"
_TEMPERATURE_UNIT = "kelvin"


# a list item's label: "- Average weight loss: 15.2% at week 68", "Participants: 3,600 adults"
_OR_ALTERNATIVE = re.compile(r"or\s")
_CLAUSE_MARK = re.compile(r"[;:.!?](?=\s)")
_ITEM_LABEL = re.compile(r"\s*(?:(?:[-*•–—]|\d{1,2}[.)])\s+)?(?P<label>[A-Z][^:\n]{0,60}?):\s+")


def _dateline(item: re.Match[str], sentence: str, row: Any) -> bool:
    """Whether a sentence's label is a dateline ("MUMBAI: Vardhan Steel Ltd's net profit rose ... to ₹1,245.6 crore"):
    a place in capitals before a sentence of its own, which says where the story was filed, not what a figure is."""
    label = item.group("label")
    return label.isupper() and len(_SPACE.findall(sentence, item.end(), max(item.end(), int(row.start) - int(row.sentence_start)))) >= 4


CLAIM_REACH = 8  # words each side of the figure


def _near_figure(row: Any) -> str:
    """The figure's claim, its words further than CLAIM_REACH from the figure blanked (same length): "Rescue teams in
    northern Chile were drilling on Tuesday to reach 23 miners trapped about 400 metres underground" claims of the
    23 miners what is said next to them; the rest is the clause's."""
    claim = str(row.claim or "")
    at, end = int(row.start) - int(row.claim_start), int(row.end) - int(row.claim_start)
    if 0 < at <= len(claim) and (restated := _RESTATED_BEFORE.search(claim, 0, at)) is not None:
        # "the Nasdaq dropped 342.91 points, or 2.11%": the share's claim is the move's, whose amount and unit say nothing
        # of the share ("tumbled 2.1%" says no points)
        claim = claim[: restated.start()] + " " * (restated.end() - restated.start()) + claim[restated.end() :]
    if claim.count(" ") <= 2 * CLAIM_REACH or not 0 <= at <= end <= len(claim):
        return claim
    reach_from = at
    if claim.endswith(("to ", "to about ", "to around ", "to nearly "), 0, at) and (moved := _MOVED_TO_LEVEL.search(claim, 0, at)):
        reach_from = moved.start()  # "net profit for the September quarter rose 22% from a year ago to ₹1,245.6 crore": the level
        # the subject reached; the change and its base between are the figure's own words, counted from the verb
    before = [m.start() for m in _SPACE.finditer(claim, 0, reach_from)]
    after = [m.start() for m in _SPACE.finditer(claim, end)]
    low = before[-CLAIM_REACH - 1] if len(before) > CLAIM_REACH else 0
    high = after[CLAIM_REACH] if len(after) > CLAIM_REACH else len(claim)
    return " " * low + claim[low:high] + " " * (len(claim) - high)


_SPACE = re.compile(r"\s+")
# the figure a share or an amount after "or" (or in brackets) restates: "342.91 points, or ", "1.22% or ", "342.91 points ("
_RESTATED_BEFORE = re.compile(r"(?<![\w.,])[$€£¥]?\d[\d,.]*\s?(?:%|(?:per\s?cent|percent|points?|pts|basis\s+points|bps)\b)?"
                              r"(?:,?\s+or|\s?\()\s+(?:(?:about|nearly|almost|roughly|some)\s+)?$|\d\s?\($")
# a share price or its move, which is of one trading day
_MARKET_MOVE = re.compile(r"\b(?:[Ss]hares?|[Ss]tock|scrip)\b[^.;]{0,60}?\b(?:gained|rose|fell|jumped|climbed|slipped|dropped|declined"
                          r"|surged|plunged|tumbled|slumped|soared|added|lost|closed|settled|ended|finished|trading|traded|opened"
                          r"|was\s+(?:up|down))\b")
_MOVED_TO_LEVEL = re.compile(  # (a verb of change, as extraction reads one, then "to" a level)
    r"\b(?:" + "|".join(sorted(CHANGE_WORDS, key=len, reverse=True)) + r")\b[^.;:!?]{0,60}?\bto\s+(?:about\s+|around\s+|nearly\s+)?$",
    re.I)
_SINCE_PHRASE = re.compile(r"\bsince\s+(?:his|her|its|their|the|a|an)\s+[^,;:.()]*", re.I)
_SINCE_EVENT = re.compile(r"\bsince\s+(?:the|its|their|his|her|a|an)\b", re.I)
# "saved $7.9 billion in the past two years", "over the first four months": a stretch counted back or from a start
_STRETCH = re.compile(r"\b(?:in|over|during|for|within)\s+the\s+(?:past|last|previous|first|next|coming)\s+(?:[\w-]+\s+)?"
                      r"(?:days|weeks|months|years|decades|quarters)\b", re.I)
# a clause's fronted since-phrase (before its claim), and whether it names a date
_FRONTED_SINCE = re.compile(r"\s*(?:[Ee]ver\s+)?[Ss]ince\b(?P<date>(?=[^,;]{0,40}?(?:\d|\b(?:January|February|March|April|May|June"
                            r"|July|August|September|October|November|December)\b)))?")
_SINCE_DATE_AFTER = re.compile(r"\s+since\s+(?:the\s+(?:start|beginning|end)\s+of\s+)?(?:(?:early|late|mid-?)\s*)?"
                               r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
                               r"(?:19|20)\d\d\b")
_SINCE_DAY_AFTER = re.compile(r"\s+since\s+(?:(?:early|late|last)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                              r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}|(?:January|February|March|April|May"
                              r"|June|July|August|September|October|November|December)\s+\d{1,2})\b")
# a base set against a figure, a year back: "lower than the $0.94 a share earned in the same period of last year"
_THAN_BEFORE = re.compile(r"\bthan\s+(?:the\s+|a\s+)?$", re.I)
_YEAR_BACK_AFTER = re.compile(r"[^.;]{0,50}?\b(?:the\s+same\s+(?:period|quarter|month|time)\s+(?:of\s+|in\s+)?(?:last|a|the\s+previous"
                              r"|the\s+prior)\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+year-(?:ago|earlier)\s+(?:period|quarter))\b",
                              re.I)
_SINCE_DATE_PERIOD = ((-2, -2),)  # the period of "Since the start of 2022, ...": only another such stretch's
_OWN_PERIOD = ((-1, -1),)  # the period of "since the attack", "in the past two years": no day, and not any day either


SentenceDates = dict[tuple[str, int], list[tuple[int, int, int, bool]]]


def _sentence_dates(facts: pd.DataFrame, sentences: set[tuple[str, int]]) -> SentenceDates:
    """The dates of each of `sentences` as (offset, first day, last day, near now): near now is a day or week written
    without a year ("on Wednesday", "on May 7", "this week"; not "last year" or "in May"), within days of its article's."""
    found: SentenceDates = defaultdict(list)
    if not sentences:
        return found
    dated = facts[facts["kind"] == "date"]
    for source, index, surface, offset, start, end in zip(dated["source"], dated["sentence_index"], dated["surface"],
                                                         dated["start"], dated["date_start"], dated["date_end"], strict=True):
        if (str(source), int(index)) in sentences and nan_to_none(start) is not None:
            near = day(end) - day(start) <= 7 and not _YEAR_WRITTEN.search(str(surface))
            found[(str(source), int(index))].append((int(offset), day(start), day(end), near))
    return found


_YEAR_WRITTEN = re.compile(r"\d{3}|['’]\d\d\b|\b(?:decade|century|centuries)\b", re.I)


def _not_of_age(row: Any, period: tuple[int, int], sentence_dates: SentenceDates) -> bool:
    """Whether a date of an age's clause leaves the age today's: a day near the article's ("Lula, 79, will meet the
    emperor on Wednesday"), or a date in a relative clause after the age ("Prabowo, 72, a former commander who became
    president in October 2024": the age is the holder's, the date the becoming's; "In 2000, Putin, 47, became
    president" is of 2000), or in what was said after it ("Bankman-Fried, 32, claimed he was a victim of the downturn in
    2022")."""
    sentence, at = str(row.sentence), int(row.end) - int(row.sentence_start)
    for offset, first, last, near in sentence_dates.get((row.source, int(row.sentence_index)), []):
        if (first, last) != period:
            continue
        if near or (offset > int(row.end) and (_RELATIVE.search(sentence, at, offset - int(row.sentence_start))
                                               or _SAID_CLAUSE.search(sentence, at, offset - int(row.sentence_start)))):
            return True
    return False


_RELATIVE = re.compile(r"\b(?:who|whose|which)\b")
_AGED_BEFORE = re.compile(r"\baged\s+$", re.I)
# ("Bankman-Fried, 32, had denied fraud and claimed he and his empire were victims of market downturns in 2022": what was
# said tells of its own time, no time of the age)
_SAID_CLAUSE = re.compile(r"\b(?:said|says|claimed|claims|argued|insisted|denied|testified|told\s+\w+)\s+(?:that\s+)?"
                          r"(?:he|she|they|it|his|her|their|its|the)\b")


def _periods(row: Any, dates: DateIndex, sentence_dates: SentenceDates | None = None) -> tuple[tuple[int, int], ...]:
    """A figure's periods (`figure_periods`); a figure of no date that counts since an event ("have lost 18% since
    the attack was disclosed"), over a stretch ("in the past two years") or a step back not read ("A year earlier,
    wages had been growing at 4.4%") is of a period of its own, which is no dated one ("fell 2.4% on Monday", "$2.7
    billion in 2023") and no undated one either."""
    if row.change and "since" in (after := _after(row)) and _SINCE_DATE_AFTER.match(after):
        return _SINCE_DATE_PERIOD  # "Gas imports have risen 120% since 2021": a change over the stretch since, no rise of 2021
    if row.kind == "count" and "since" in (after := _after(row)) and _SINCE_DAY_AFTER.match(after):
        return _SINCE_DATE_PERIOD  # "canceling over 5,300 flights since Friday, July 19": a tally of the days since, no
        # count of that Friday ("On Friday alone, airlines canceled about 46,000 flights")
    if row.kind != "date" and " than " in (before := _before(row)) and _THAN_BEFORE.search(before) and _YEAR_BACK_AFTER.match(
            str(row.sentence), int(row.end) - int(row.sentence_start)):
        return _OWN_PERIOD  # "..., which is lower than the $0.94 a share earned in the same period of last year": the base a
        # figure is set against, a year back, whatever dates the clause it hangs on tells ("in the first three months of
        # FY25"); no figure of the story's own period ("Diluted earnings per share fell 26 per cent to $0.70")
    found = tuple(sorted(figure_periods(row, dates)))
    if len(found) > 1:
        found = _outer_periods(found)
    if found and row.kind == "age" and sentence_dates:
        found = tuple(p for p in found if not _not_of_age(row, p, sentence_dates))
    if found:
        return found
    if row.kind in ("money", "percent") and (published := _day(row.published)) is not None \
            and ("hare" in (said := str(row.clause or row.sentence)) or "tock" in said) and _MARKET_MOVE.search(said):
        return ((published, published),)  # "Shares settled 3.8 per cent higher at Rs 1,028.40": a price of its article's
        # day, not the next day's ("gained 4.2 per cent to Rs 1,032 in Friday's trade")
    claim = str(row.claim)
    # (the claim's words, or its clause's when no other figure is in it: "Since the start of 2022, China has saved about
    # $10 billion")
    told = claim if _SINCE_EVENT.search(claim) or STEP_BACK.search(claim) or not _only_figure_in_clause(row) \
        else str(row.clause or "")
    if ("ince" in told and _SINCE_EVENT.search(told)) or (" the " in claim and _STRETCH.search(claim)):
        return _OWN_PERIOD
    if (since := _FRONTED_SINCE.match(str(row.clause or ""))) is not None and int(row.clause_start) < int(row.claim_start):
        # "Since the start of 2022, China has saved about $10 billion": counted over a stretch since a date, which is
        # neither that of a dated figure nor that of an undated one ("Savings for China: $4.34bn")
        return _SINCE_DATE_PERIOD if since.group("date") is not None else _OWN_PERIOD
    if ("earlier" in told or "before" in told or "ago" in told or "previous" in told or "prior" in told) \
            and (step := STEP_BACK.search(told)) is not None and not BASE_BEFORE.search(told, max(0, step.start() - 30), step.start()):
        # ("wages grew 3.9% from a year earlier" compares with it: no period of its own)
        return _OWN_PERIOD
    return found


# an area inside a country, named with its kind ("Lao Cai province", "the province of Lao Cai", "Harris County", "the village
# of Lang Nu", "Lang Nu hamlet"): tolls and counts of one are no counts of the whole
_AREA_KINDS = r"(?:[Pp]rovince|[Rr]egion|[Cc]ounty|[Dd]istrict|[Pp]refecture|[Gg]overnorate|[Oo]blast|[Mm]unicipality|[Vv]illage" \
              r"|[Hh]amlet|[Pp]arish|[Bb]orough|[Cc]ommune)"
_AREA_NAME = r"(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+"
_AREA = re.compile(rf"(?P<before>{_AREA_NAME})\s+{_AREA_KINDS}\b|\b{_AREA_KINDS.lower()}\s+of\s+(?P<after>{_AREA_NAME})")
_NOT_AREA_WORDS = frozenset(calendar.month_name[1:]) | {"The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "In", "Of",
                                                       "Northern", "Southern", "Eastern", "Western", "Central", "Northwestern",
                                                       "Northeastern", "Southwestern", "Southeastern", "Mountainous", "Remote",
                                                       "Coastal", "Rural", "Neighbouring", "Neighboring", "Autonomous", "Special"}


def _area_names(sentences: Any) -> frozenset[str]:
    """The names of the areas inside a country the corpus names with their kind anywhere ("Cao Bang" of "in mountainous
    Cao Bang province"): each mention of one names it, with or without its kind ("Cao Bang has reported 29 deaths")."""
    found: set[str] = set()
    for sentence in sentences:
        text = str(sentence)
        if not _AREA_KIND_WORD.search(text):
            continue  # (no area's kind, no area: most sentences)
        for m in _AREA.finditer(text):
            words = (m.group("before") or m.group("after")).split()
            while words and words[0] in _NOT_AREA_WORDS:
                words = words[1:]  # ("Northwestern Lao Cai province": Lao Cai)
            if words and not places_named(" ".join(words)) and not _NOT_AREA_LAST.intersection(words):
                found.add(" ".join(words))  # (a country's or a US state's name is a country's: `places_named`)
    # (and the places two or more tolls are told in, kind or none: "Nine of the dead were in Piedmont. Five died in
    # Lombardy": "Fourteen people have now died in Piedmont" is no toll of "floods in northern Italy")
    tolled = {name for sentence in sentences if "in " in str(sentence)
              for m in _TOLL_IN.finditer(str(sentence)) if (name := m.group("name")) not in _NOT_AREA_WORDS
              and name not in _NOT_TOLL_PLACES and not places_named(name)}
    if len(tolled) >= 2:
        found |= tolled
    return frozenset(found)


_TOLL_IN = re.compile(r"\b(?:died|dead|deaths|killed|missing|injured|toll)(?:\s+(?:were|was|have|has|had|been|so\s+far|now)){0,2}"
                      r"\s+in\s+(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)\b(?!\s+(?:Province|Region|County|District))")
_NOT_TOLL_PLACES = frozenset(calendar.day_name) | frozenset(("Hospital", "Hospitals"))  # (months: `_NOT_AREA_WORDS`)


# the name of a body, not of an area: "Houston Independent School District", "the 7th Congressional District"
_NOT_AREA_LAST = frozenset("School Schools Independent Unified Fire Water Business Congressional Judicial Federal Police "
                           "Sanitation Hospital Health Library Transit Improvement".split())


_AREA_KIND_WORD = re.compile(_AREA_KINDS)


@lru_cache(maxsize=8)
def _names_pattern(names: frozenset[str]) -> re.Pattern[str]:
    """One pattern of every name of `names` as a whole word, the longest first (read once per corpus: a corpus of
    thousands of areas stays linear)."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n))) + r")(?![\w-])")


def _areas_said(told: str, names: frozenset[str], sentence: str = "") -> frozenset[str]:
    """The corpus's areas (`_area_names`) a figure is told of (`told`: its clause up to its claim, and its claim, from
    `_where_told`): "In Lao Cai Province, 53 people have been confirmed dead" is Lao Cai's, and compared only with figures
    told of the same areas ("the confirmed death toll stands at 87", the country's, is no toll of Lao Cai's). A name
    counts with its kind ("Lao Cai province", "the province of Lao Cai"), after "in", "across", "throughout" or as the
    subject ("Cao Bang has reported 29 deaths"); not where something is set from ("85 miles southwest of Houston") or
    whose it is ("Houston's airports"). With none, a `sentence` that says "in the village" tells one a sentence before
    named ("killed in the village, with another 46 still missing")."""
    said = frozenset(m.group() for m in _names_pattern(names).finditer(told) if _area_at(told, m.start(), m.end())) \
        if names else frozenset()
    if names and not said and (the := _THE_AREA.search(sentence or told)) is not None:
        return frozenset((the.group(1).lower(),))
    return said


def _where_told(row: Any) -> str:
    """A figure's clause up to its claim, and its claim: where a place it is of is said ("In Lao Cai Province, 53 people
    have been confirmed dead", "29 deaths in Cao Bang"; not "A total of 40,125 homes have been flooded, including 18,700
    in Yen Bai", whose places are of the figures after its claim)."""
    sentence, sentence_start = str(row.sentence), int(row.sentence_start)
    if is_missing(row.clause) or is_missing(row.claim) or is_missing(row.clause_start) or is_missing(row.claim_start):
        return sentence
    before = sentence[int(row.clause_start) - sentence_start : int(row.claim_start) - sentence_start]
    return f"{before}{row.claim}"


def _area_at(text: str, start: int, end: int) -> bool:
    """Whether the area name at `start`..`end` says where a sentence's figures are (`_areas_said`)."""
    return (_KIND_AFTER.match(text, end) is not None or _KIND_OF_BEFORE.search(text, max(0, start - 40), start) is not None
            or ((within := _IN_BEFORE.search(text, max(0, start - 40), start)) is not None
                and (within.start() == 0 or not _CAPITALISED_LAST.search(text, max(0, within.start() - 30), within.start())))
            # (not after a capitalised word, a body's seat: "CenterPoint Energy in Houston reported that ...")
            or (not text[:start].strip(" \"“‘'(") and _SUBJECT_AFTER.match(text, end) is not None))


# (not before an officer's title: "Kerr County Sheriff Larry Leitha confirmed that 10 campers remain missing" says who
# told it, as "Sheriff Leitha said" would)
_KIND_AFTER = re.compile(rf"\s+{_AREA_KINDS}\b(?!\s+(?:Sheriff|Judge|Commissioner|Executive|Clerk|Attorney|Coroner|Manager|Mayor"
                         r"|Administrator|Supervisor|Prosecutor|Constable)\b)")
_KIND_OF_BEFORE = re.compile(rf"\b{_AREA_KINDS.lower()}\s+of\s+$")
# (up to two words between: "in mountainous Cao Bang", "in the northwestern Lao Cai")
_IN_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$")
_CAPITALISED_LAST = re.compile(r"[A-Z][\w.&-]*\s+$")
_SUBJECT_AFTER = re.compile(r"(?:['’]s)?\s+(?:has|have|had|was|were|is|are|reported|recorded|confirmed|said|saw|suffered)\b")


# (not "in the province": "blamed for 486 sudden deaths in the province" is the province's coroner's count, which
# another outlet tells as "The province's chief coroner said")
_THE_AREA = re.compile(r"\b(?:in|of)\s+the\s+(village|hamlet)\b", re.I)


# a moment a figure is read at: "As of 5:30 a.m. EDT, some 132,000 homes", "as of the 8 a.m. CT update", "At 9:17 a.m.,
# PowerOutage.us reported" (not an event's time: "made landfall around 4 a.m. with winds of 80 mph")
# the words a reading at a clock time opens with: "as of", or "At" / "By" opening the clause
_READ_AT = r"(?:\b[Aa]s\s+of|^\W*At|^\W*By)\s+"
_AT_CLOCK = re.compile(_READ_AT + r"(?:the\s+)?(?:about\s+|around\s+)?(?P<hour>\d{1,2})(?:[:.](?P<minute>\d\d))?"
                       r"\s*(?P<half>[ap])\.?m\b\.?", re.I)


def _read_at_clock(row: Any) -> str:
    """The clock time a figure's clause says it was read at ("08:00" of "as of the 8 a.m. CT update"), or ""; a figure
    so read is a reading of a moving thing at that moment, compared only with one read at the same time (no time zone
    is read: two readings a zone apart are not compared)."""
    if row.kind == "date":
        return ""
    clause = str(row.clause or row.sentence)
    if _AT_WRITING.search(clause):
        return "writing"  # ("At the time of this writing, Bitcoin ... is trading at around $101,780": the writer's moment)
    if (m24 := _AT_CLOCK_24.search(clause)) is not None and int(m24.group("hour")) < 24:
        return f"{int(m24.group('hour')):02d}:{m24.group('minute')}"  # ("At 02:40 GMT on Thursday, Bitcoin was trading at")
    m = _AT_CLOCK.search(clause)
    if m is None or not 1 <= int(m.group("hour")) <= 12:
        return ""
    hour = int(m.group("hour")) % 12 + (12 if m.group("half").lower() == "p" else 0)
    return f"{hour:02d}:{m.group('minute') or '00'}"


_AT_CLOCK_24 = re.compile(_READ_AT + r"(?P<hour>\d{1,2}):(?P<minute>\d\d)\s*(?:GMT|UTC|[A-Z]{1,3}T|local\s+time)\b")
_AT_WRITING = re.compile(r"\b(?:at|as\s+of)\s+(?:the\s+time\s+of\s+(?:this\s+)?writing|press\s+time|the\s+time\s+of\s+publication)\b",
                         re.I)


def _snapshot(row: Any) -> bool:
    """Whether a count is told as of a time ("As of early Thursday, more than 3.2 million", "by Friday morning")."""
    clause = str(row.clause or row.sentence)
    return row.kind == "count" and ("s of " in clause or "by " in clause) and _AS_OF.search(clause) is not None


_AS_OF = re.compile(r"\b(?:[Aa]s of|by)\s+(?:(?:early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})\b")


def _period_alone(row: Any) -> bool:
    """Whether a figure's sentence sets its period apart from a longer one before it ("June alone saw 11.1 million
    passengers, with a load factor of 93%", "On Friday alone, airlines canceled 46,000 flights"): the figure is that
    period's, compared only with figures dated alike, not with an undated one of the whole."""
    offset = int(row.start) - int(row.sentence_start)
    return " alone" in str(row.sentence)[:offset] and _PERIOD_ALONE.search(str(row.sentence), 0, offset) is not None


_PERIOD_ALONE = re.compile(r"\b(?:" + "|".join(name for name in calendar.month_name[1:] + list(calendar.day_name) if name != "May")
                           + r"|(?:that|this|the\s+(?:first|last))\s+(?:day|week|weekend|month|quarter))\s+alone\b")


def _outer_periods(periods: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """A figure's periods but those inside another of them ("the three months to June": the quarter, not June) and single
    days after the end of a quarter or longer ("reported second-quarter revenue of $4.82 billion on Wednesday": the day it
    was told; "46.2C on Tuesday, the highest ever measured in June" keeps its day)."""
    return tuple(p for p in periods if not any(q != p and ((q[0] <= p[0] and p[1] <= q[1]) or (p[0] == p[1] and q[1] < p[0]
                                                                                               and q[1] - q[0] >= 85))
                                               for q in periods))


def _only_figure_in_clause(row: Any) -> bool:
    """Whether a figure's clause is the claim of this figure alone (no other figure's claim lies in it), so that a
    claim of no content words ("fell 2.4% on Monday") may take the clause's."""
    clause = str(row.clause or "")
    return bool(clause) and not _ANOTHER_FIGURE.search(clause.replace(str(row.surface), " ", 1))


_ANOTHER_FIGURE = re.compile(r"\d")


# a name of two letters is a word ("Xi began his third term" is not "Putin began his fifth term")
_SHORT_NAME = re.compile(r"(?!(?:Mr|Ms|Dr|St|Jr|Sr|Mt|Ft|Co|No|My|Go|Us|Me|Am|Pm|Oh|Ok)\b)[A-Z][a-z]")
_NUMBER_WORD = re.compile(
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million"
    r"|billion|trillion|dozen|lakhs?|crores?|half)+")  # ("2.5 lakh people", "two and a half lakh people": no word "lakh")
_AND_OTHER = re.compile(r"\b(?:and|or) other(?: [a-z]+){1,2}", re.I)
# a noun with its determiner joined to a count's noun as the verb's other subject ("Eleven crew and a dog were rescued")
_ALSO_SUBJECT = re.compile(r"\s+and\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’']+['’]s\s+)?[a-z]+"
                           r"(?=\s+(?:were|was|are|is|have|had|[a-z]{2,}ed)\b)")
_COMPOUND = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


def _compound(m: re.Match[str]) -> str:
    """A hyphenated word as one word when written so it is one ("south-west" is "southwest", "cease-fire"
    "ceasefire") or when "non" opens it, else as its parts ("once-daily pill" says "daily", "weight-loss drug" "weight" and "loss")."""
    joined = m.group().replace("-", "")
    if m.group()[:4].lower() == "non-":
        return joined  # "non-GAAP", "non-fatal": the opposite of the word, one word of its own ("GAAP earnings" are others)
    return joined if _known(joined.lower()) else m.group().replace("-", " ")


@lru_cache(maxsize=4096)
def _known(word: str) -> bool:
    return known_word(word)
_SPELLING = ((re.compile(r"(?<=\w{2})tre$"), "ter"), (re.compile(r"(?<=\w{2})is(e|ed|es|ing|ation)$"), r"iz\1"),
             (re.compile(r"(?<=\w{2})ys(e|ed|es|ing)$"), r"yz\1"), (re.compile(r"(?<=\w{3})our$"), "or"))


def _blank(text: str, offset: int, spans: list[tuple[int, int]], sentence: str, sentence_start: int) -> str:
    """`text` (a claim or clause that starts at `offset` of the article) with the dates of `spans` blanked. A
    clause joined around a relative clause is no longer a slice of the sentence: there a date is found by its
    words, not its offset."""
    for start, end in spans:
        surface = sentence[start - sentence_start : end - sentence_start]
        a, b = max(0, start - offset), min(len(text), end - offset)
        if a < b and text[a:b] == surface[a - (start - offset) : b - (start - offset)]:
            text = text[:a] + " " * (b - a) + text[b:]
        elif surface and surface in text:
            text = text.replace(surface, " " * len(surface))
    return text


# nouns lemminflect also reads as the past of another verb, which news never means by them: noun -> that verb
_NOT_A_PAST = {"crew": "crow", "ground": "grind", "wound": "wind"}


@lru_cache(maxsize=65536)
def _lemma(word: str) -> str:
    """The shortest lemma, the word itself only when it is its own ('began' -> 'begin', not 'began')."""
    keys = word_keys(word)
    if (verb := _NOT_A_PAST.get(word.removesuffix("s"))) is not None:
        keys -= {verb}  # ("four crew members" / "the crews": "crew", not "crow")
    lemmas = keys - {word.lower()} or keys
    return min(lemmas, key=lambda k: (len(k), k))


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    """Each word of `synonyms.txt` -> the first word of its group."""
    groups: dict[str, str] = {}
    for line in resources.files("factcheck").joinpath("synonyms.txt").read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        for w in words:
            groups[w] = words[0]
    return groups


def _narrowed_noun(row: Any) -> str:
    """The words of a count's noun: its surface's ("44 silver medals"), or for a bare count that takes its noun from a
    count before it in its sentence, that count's ("with 44 silver medals compared to China's 27": 27 silver medals)."""
    surface = str(row.surface)
    if any(c.isalpha() for c in surface) or not row.unit or not isinstance(row.unit, str):
        return surface
    offset = int(row.start) - int(row.sentence_start)
    before = [m for m in re.finditer(rf"\d[\d,.]*\s+((?:[a-z][a-z-]*\s+){{1,2}}){re.escape(row.unit)}s?\b",
                                     str(row.sentence)[:offset])]
    return before[-1].group(1) if before else surface


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _synonym_heads() -> frozenset[str]:
    """The words that stand for a group of `synonyms.txt` (its first)."""
    return frozenset(_synonyms().values())


def _group_heads() -> frozenset[str]:
    """The words that stand for a group of `synonyms.txt` (its first), but the company a story is about."""
    return _synonym_heads() - _THE_COMPANY


def _narrowed_apart(a: Topic, b: Topic) -> bool:
    """Whether one count's surface narrows its noun by a word the other's claim does not say ("more than a million
    foreign residents" is not "the population climbed to 10.64 million"; "compared to 89 medals with 38 gold" says gold
    of the 38, not of the 89), be it the event's own word."""
    return bool(a.narrowing - b.in_claim) or bool(b.narrowing - a.in_claim)


def _summed_apart(a: Topic, b: Topic, counted_only: bool = False) -> bool:
    """Whether one claim sums two things ("Russian pipeline and LNG gas to China: 24 bcm") of which the other's clause
    says one alone ("Pipeline gas to China: 15.4 bcm"): the sum is more than its part. A count's sum of what it counts
    and another noun (marked "#": "181 passengers and crew") is apart from a claim that counts that noun apart and sums
    neither ("175 passengers and six crew"; not "25 stations" against "25 stations and stops": no stops counted).
    `counted_only`: only such sums ("trade between China and Russia" joins no two things counted)."""
    return any(((x, y) not in theirs.summed and y in theirs[0]) if x[0] == "#"
               else not counted_only and (x in theirs[0]) != (y in theirs[0])
               for mine, theirs in ((a, b), (b, a)) for x, y in mine.summed)


def _fates_opposed(a: Topic, b: Topic) -> bool:
    """Whether one claim says a thing was brought back and the other that it was lost ("more than 92% of Spain's
    electricity demand had been restored" / "The outage wiped out 60% of Spain's power demand"): two measures."""
    for back, lost in _OPPOSED_FATES.items():  # (membership tests only: it is asked of every pair)
        if (back in a.in_claim and not lost.isdisjoint(b.in_claim)) or (back in b.in_claim and not lost.isdisjoint(a.in_claim)):
            return True
    return False


# (word ids: a thing brought back, and the words of its loss)
_OPPOSED_FATES = {"restore": frozenset("lose wipe knock cut disconnect".split()), "reopen": frozenset("close shut".split())}


def _negated_apart(a: Topic, b: Topic) -> bool:
    """Whether a claim says a word whose "non-" the other's clause says ("GAAP earnings per diluted share were $0.67" /
    "On a non-GAAP basis, earnings per diluted share were $0.68")."""
    return bool((b.negated and not b.negated.isdisjoint(a.in_claim)) or (a.negated and not a.negated.isdisjoint(b.in_claim)))


def _kinds_apart(a: Topic, b: Topic, common: frozenset[str]) -> bool:
    """Whether a claim names a kind of its noun by a word in -ing the other's clause does not say, and each says a thing
    the other's clause does not ("Operating expenses rose 12%" / "Marketing expenses rose 30%", "Research and development
    expenses increased by 51%"), the event's `common` words aside."""
    if not (a.adjuncts or b.adjuncts):
        return False  # (most claims: no set built per pair)
    return bool(a.adjuncts - b.words.keys() or b.adjuncts - a.words.keys()) and all(
        _things(mine) - common - theirs.words.keys() for mine, theirs in ((a, b), (b, a)))


def _each_says_another_group(a: Topic, b: Topic) -> bool:
    """Whether each claim says a word of a synonym group that the other's clause does not ("about 1,000 people
    evacuated after the fire" / "Two people died in the fire"): what happened to them, in words of two meanings."""
    heads = _group_heads()  # (a word the other's clause says only of another figure is not said of it: "A ferry carrying
    # 140 people capsized, killing 62" says no killing of the 140; nor is a word of a figure before it, when its own claim
    # says a word of a group: "killed more than 200 people and injured over 900" says no killing of the 900)
    return bool((a[1] & heads) - _said_of(b, heads)) and bool((b[1] & heads) - _said_of(a, heads))


def _said_of(topic: Topic, heads: frozenset[str]) -> set[str]:
    """The word ids of a figure's clause said of it (`_each_says_another_group`)."""
    said = topic[0].keys() - topic.apart
    return said - topic.told_before if topic[1] & heads else said


@lru_cache(maxsize=1)
def _noun_groups() -> frozenset[str]:
    """The synonym groups with a noun among their words ("fined" is "penalty"): a verb of one says what its noun says."""
    return frozenset(head for word, head in _synonyms().items() if not is_verb_only(word) and known_word(word)
                     and not only_a_verb(word))


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The word ids of the titles news writes before a person's name."""
    return frozenset(_word_id(w) for w in "president prime minister chancellor premier governor senator mayor king queen prince "
                     "secretary chairman chairwoman ceo".split())


@lru_cache(maxsize=65536)
def _word_id(word: str) -> str:
    """One key per word: words that rules would match alike ('shipped', 'shipment') share it, and so
    do British and American spellings ('epicentre', 'epicenter') and the words news writes for one
    another (`synonyms.txt`: 'began', 'started'); a country and its adjective share the country's ('chilean',
    'chile' -> 'chile')."""
    word = without_accents(word)
    if (place := place_of(word.title())) is not None and " " not in place:
        return place.lower()
    key = _lemma(word)
    for pattern, replacement in _SPELLING:
        key = pattern.sub(replacement, key)
    return _synonyms().get(key, key)


def _weights(topics: list[Topic]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for words, *_ in topics:
        df.update(words.keys())
    n = len(topics) + PRIOR_FIGURES
    return {w: math.log(n / (count + 0.5)) for w, count in df.items()}


def _counted_weights(candidates: list[Any], signatures: list[tuple[str, str, str]]) -> dict[tuple[str, str, str], float]:
    """The weight of each counted noun, by signature: as a word's (`_weights`), by how many of the corpus's figures count
    it, and never below 1, the weight of a noun every figure counts. "11 states" / "nine states" of an outbreak in a
    corpus whose other counts are of people share a rarer noun than "14 people" / "forty-one people" do: the same words
    around them then say more, and one more figure elsewhere that says "outbreak" does not unpair them."""
    df = Counter(signature for r, signature in zip(candidates, signatures, strict=True) if r.kind == "count")
    n = len(candidates) + PRIOR_FIGURES
    return {signature: max(1.0, math.log(n / (count + 0.5))) for signature, count in df.items()}


def _score(a: Topic, b: Topic, weight: dict[str, float], counted: float = 0,
           background: frozenset[str] = frozenset(), names: frozenset[str] = frozenset()) -> float | None:
    """How strongly two figures' words say they state the same thing; None below the bar. A word in
    both claims counts in full, a word only in a clause counts a half; `counted` is the weight of the noun both
    count, when they count one (`_counted_weights`), else 0."""
    if _each_names_another(a, b, names) or _each_says_another_group(a, b) or _narrowed_apart(a, b) or _summed_apart(a, b) \
            or _kinds_apart(a, b, background | names) or _negated_apart(a, b) or _fates_opposed(a, b):
        return None
    # (a word one source's clause says only of a later figure is no word of this one, whatever the other claims of it:
    # "travelling at 110 km/h on a stretch limited to 80 km/h" shares no "limit" with "the 80km/h limit")
    shared = (a[0].keys() & b[0].keys()) - (a.apart & b[1]) - (b.apart & a[1])
    in_claims = shared & a[1] & b[1]
    if len(shared) + bool(counted) < MIN_SHARED_WORDS or not in_claims:
        return None
    for mine, theirs in ((a, b), (b, a)):  # the other's clause must say most of what this claim says
        # (of its nouns and names: verbs are paraphrased freely, "took 98 seats" / "won 98 seats", "destroyed
        # 312 homes since it broke out";
        # and of the event's own words only those the other also says: outlets leave them out, `background_words`)
        # (unless the other says a word of its own in their place: "imports of Russian coal rose 24%" leaves out no gas)
        said_words = {w for w in mine[1] if not _verb_only(mine, w) or w in _noun_groups()}
        left_out = {w for w in said_words if w in background and w not in theirs[0]}
        if left_out and not any(w not in mine[0] and w not in background and w not in names and not _verb_only(theirs, w)
                                for w in theirs[1]):
            said_words -= left_out
        said_words -= left_out & names  # (the event's own names an outlet leaves out: "El Cobre" / "the same mine")
        said_words -= mine.attributed - theirs[0].keys()  # (who estimated it, which another outlet need not say)
        said_words -= _said_in_part(mine, theirs)  # (a name said in part: "Xochitl Galvez Ruiz" / "Xochitl Galvez")
        said = _weighed(said_words, weight, mine.compounds)
        if said and _weighed(said_words & theirs[0].keys(), weight, mine.compounds) < MIN_COVERAGE * said:
            return None  # "employs 5,000 people at its Riverton campus" is not "employs 88,000 people"
    if not counted and in_claims - _title_words() <= names:
        return None  # only a name both claims mention ("Putin", "Saudi Arabia pumped ..." / "Saudi Arabia, whose exports
        # ..."): what each measures of it is not shared; nor is a title said before it ("Prime Minister Karel Novak was
        # ordered held on Saturday" / "Prime Minister Karel Novak, who was shot on Wednesday": two events of one man)
    in_claim_weight = counted + math.fsum(weight[w] for w in in_claims)
    if in_claim_weight < MIN_SCORE / 2:
        return None  # a common word only: the clauses may say the rest of something else
    score = in_claim_weight + math.fsum(weight[w] / 2 for w in shared - in_claims)
    return score if score >= MIN_SCORE else None


SOLE_KINDS = frozenset(("quantity", "money", "count", "duration", "percent"))
SOLE_FEW = 12  # a story with more figures of one signature has each compared only by value, not pair by pair
SOLE_MIN_COUNT = 10  # a count below this ("the two countries") is too common to pair by its value alone
SOLE_RATIO = 1.5  # two sole figures of unlike values are one claim only within this ratio (a slip, not another measure)


def _sole_figures(candidates: list[Any], signatures: list[tuple[str, str, str]], restated: dict[int, Any]) -> set[int]:
    """The figures that are the only one of their kind, unit, change and scale in their source ("21.6 tonnes of
    satellites" in a story that weighs nothing else)."""
    by_source: dict[tuple[str, tuple[str, str, str]], list[int]] = defaultdict(list)
    for i, (r, signature) in enumerate(zip(candidates, signatures, strict=True)):
        if r.kind in SOLE_KINDS and not (r.kind == "count" and abs(float(r.canonical_value)) < SOLE_MIN_COUNT) \
                and not signature[1].endswith(" whole") \
                and not _part_of_whole(r):
            # ("more than 400 of the 650 seats": the whole says no claim; "five of the six crew members died": the noun is
            # the whole's, what the part did its verb's, so a story's only such part is no "12 crew members" on board)
            by_source[(r.source, signature)].append(i)  # ("the two countries", "the two leaders": no claim of a story)
    sole: set[int] = set()
    for members in by_source.values():
        members = [i for i in members if i not in restated]
        keys = {i: _value_key(candidates[i]) for i in members}
        if len(set(keys.values())) <= 1:
            sole.update(members)  # (the same value again, a headline's figure in the story, is no other figure)
            continue
        if len(members) > SOLE_FEW:
            continue  # (read without comparing every pair: a story of thousands of like figures costs no more than their
            # count)
        for i in members:
            if all(j == i or keys[i] == keys[j] or not _same_scale(candidates[i], candidates[j])
                   or _far_apart(candidates[i], candidates[j]) for j in members):
                sole.add(i)  # (a story's "£1.35 billion" stadium is its only cost though it says "under £500" of seats)
    return sole


# what parts a figure from the same amount in another unit or currency right after it: "300 billion yen, roughly $2
# billion", "300 billion yen ($2 billion)", "£1.1bn, or about $1.4bn"
_RESTATING = re.compile(r"\s*(?:[,(–—]\s*)?(?:or\s+)?(?:(?:roughly|about|around|some|nearly|almost|approximately|equal to|"
                        r"equivalent to|worth)\s+)?")


def _restatements(candidates: list[Any]) -> dict[int, Any]:
    """The figures that restate the figure before them in another unit or currency ("300 billion yen, roughly $2
    billion"), each with the figure it restates: one amount, so the restatement is no second figure of its story."""
    last: dict[tuple[str, int], Any] = {}
    found: dict[int, Any] = {}
    for i, r in enumerate(candidates):
        key = (r.source, int(r.sentence_index))
        before = last.get(key)
        last[key] = r
        if before is None or before.kind != r.kind or before.unit == r.unit or r.kind not in ("money", "quantity"):
            continue
        start, end = int(before.end) - int(r.sentence_start), int(r.start) - int(r.sentence_start)
        if 0 <= start <= end and _RESTATING.fullmatch(str(r.sentence), start, end):
            found[i] = before
    return found


def _converted(candidates: list[Any], restated: dict[int, Any]) -> set[int]:
    """The restatements (`restated`, `_restatements`) of a measure in another unit of its dimension ("3,000 barrels
    (126,000 gallons) of crude"): the figure before says the same measure, which converts, so the restatement is no
    figure to compare (an amount in another currency is: currencies are not converted)."""
    return {i for i, before in restated.items()
            if candidates[i].kind == "quantity" and str(before.canonical_unit) == str(candidates[i].canonical_unit)}


def _same_value_pairs(members: list[int], classes: list[list[int]], candidates: list[Any]) -> set[tuple[int, int]]:
    """The pairs of classes in `members` that say one value, or one value's digits in another order (`_transposed`);
    a value said by more than MAX_POSTING pairs nothing."""
    rows = {c: candidates[classes[c][0]] for c in members}  # (one bucket: one kind, unit and change)
    return _pairs_by_key({c: [_value_key(row), ("digits", *_digits_key(row))] for c, row in rows.items()})


def _names_the_holder(a: Topic, b: Topic, names: frozenset[str]) -> bool:
    """Whether one claim says names alone, all of which the other's clause names ("The 984-foot Dali Star" / "The ship,
    the Dali Star, is 948 feet long")."""
    return any(mine[1] and mine[1] <= names and mine[1] <= theirs[0].keys() for mine, theirs in ((a, b), (b, a)))


def _named_slip_pairs(members: list[int], classes: list[list[int]], topics: list[Topic], candidates: list[Any],
                      names: frozenset[str]) -> set[tuple[int, int]]:
    """The pairs of classes in `members` written with the same digits, one of whose claims says names alone ("The
    984-foot Dali Star"): it shares no word a pair could be found by (`_digits_score` tells whether it is a slip of the
    hand of the other)."""
    named = {c for c in members if topics[c][1] and topics[c][1] <= names}
    keys = {c: [("digits", *_digits_key(candidates[classes[c][0]]))] for c in members}
    return {(x, y) for x, y in _pairs_by_key(keys) if x in named or y in named}


def _point_slipped(a: Any, b: Any) -> bool:
    """Whether two amounts or measures are written with the same two or more significant digits, a point or a
    multiplier apart ("demanded a ransom of $4.5 million" / "demanded $45 million"): a slip of the hand."""
    if a.kind not in ("money", "quantity") or nan_to_none(a.value_high) is not None or nan_to_none(b.value_high) is not None:
        return False
    digits = _significant(float(a.value))
    if len(digits) < 2 or digits != _significant(float(b.value)) or float(a.value) == float(b.value):
        return False
    ratio = max(abs(float(a.value)), abs(float(b.value))) / min(abs(float(a.value)), abs(float(b.value)))
    return round(ratio) in (10, 100, 1000) and math.isclose(ratio, round(ratio), rel_tol=1e-9)


def _digit_slipped(a: Any, b: Any) -> bool:
    """Whether two counts, amounts or measures are written with three or more digits, the point in one place, all alike
    but one ("About 1,200 shareholders attended" / "2,200 shareholders attended"): the slip of a hand, whose value ratio
    may be wider than a close value's."""
    if a.kind not in ("count", "money", "quantity") or nan_to_none(a.value_high) is not None \
            or nan_to_none(b.value_high) is not None or float(a.value) == float(b.value):
        return False
    x, y = _written_digits(float(a.value)), _written_digits(float(b.value))
    # (not of two digits: "11 skiers" and "17 off-piste skiers" are as often two counts as one misread)
    return len(x) == len(y) and sum(c.isdigit() for c in x) >= 3 and sum(p != q for p, q in zip(x, y, strict=True)) == 1


def _written_digits(value: float) -> str:
    """A value's digits as a hand writes them, with its point but no sign ("$11.2 billion": 11200000000, no e-notation;
    17.0: "17")."""
    written = format(Decimal(repr(abs(value))), "f")
    return written.rstrip("0").removesuffix(".") if "." in written else written


def _digits_key(row: Any) -> tuple[str, int]:
    """A figure's sign and digits as written, sorted, and where its point stands: one key for "3,700" and "7,300", and for a race's
    times "1:52.23" and "1:52.32" (their digits as the stopwatch shows them, not those of the minutes they make)."""
    if ":" in (surface := str(getattr(row, "surface", ""))):
        written = "".join(c for c in surface if c.isdigit() or c == ".")
        return "".join(sorted(written.replace(".", ""))), written.find(".")
    written = _written_digits(float(row.value))
    sign = "-" if float(row.value) < 0 and row.change != "down" else ""  # a sign is no digit a hand slips: "- Bordeaux: -15%"
    # / "to produce 15% less" (a fall's sign is its word's: "-1.30%" in a change column / "fell 1.3%")
    return sign + "".join(sorted(written.replace(".", ""))), written.find(".")


def _holder_score(a: Topic, b: Topic, names: frozenset[str], background: frozenset[str] = frozenset()) -> float | None:
    """Two ages whose claims name their holder and nothing else but the event's own words, a name in common and none
    the other's clause lacks but the event's own ("Prabowo, 73" / "Prabowo Subianto, who is 72"): one claim, however
    often the story names its holder (a name in every clause weighs next to nothing)."""
    named = names | background  # ("Marco Ruiz, 25": a first name that opens sentences is no name the corpus writes inside one)
    if not a[1] <= named or not b[1] <= named or not a[1] & b[1] & names:
        return None
    return MIN_SCORE if a[1] - b[0].keys() <= background and b[1] - a[0].keys() <= background else None


def _each_names_another(a: Topic, b: Topic, names: frozenset[str]) -> bool:
    """Whether each claim names what the other's clause does not ("2.1 million Florida customers" / "In Georgia, 400,000
    customers"); who estimated a figure ("analysts at Jefferies") names nothing it measures, and what only another
    figure's claim says ("with the BJP securing 240 seats and the Congress garnering 99") is none of a clause's names
    (never the other way round: a name said apart still parts what it names)."""
    return any((mine[1] & names) - mine.attributed - (theirs[0].keys() - theirs.apart) - _said_in_part(mine, theirs)
               and (theirs[0].keys() & names) - (mine[0].keys() - mine.apart)
               for mine, theirs in ((a, b), (b, a)))


def _said_in_part(mine: Topic, theirs: Topic) -> frozenset[str]:
    """The words of `mine`'s names of several words that `theirs` says two of ("Xochitl Galvez Ruiz" / "Xochitl Galvez":
    "ruiz"; "Andres Manuel Lopez Obrador" / "Lopez Obrador"): one name, which outlets shorten."""
    return frozenset(w for run in mine.name_runs if len(run & theirs[0].keys()) >= 2 for w in run - theirs[0].keys())


PRECISE_SCORE = MIN_SCORE - 0.5  # the score of a pair linked only by a precise value: weaker than any other link
PRECISE_DIGITS = 3  # a value written with this many significant digits or more ("$17.41 billion", "5.11") is no chance match
PRECISE_ALONE_DIGITS = 4  # one of this many, with its unit, pairs by its value alone ("438,900 vehicles")


def _claims_name_apart(a: Topic, b: Topic, names: frozenset[str]) -> bool:
    """Whether two claims each name someone and none in common ("Marsh touched in 1:52.23" / "Tessier's 1:52.23")."""
    named_a, named_b = a[1] & names, b[1] & names
    return bool(named_a and named_b and not named_a & named_b)


def _precise_alone(row: Any, signature: tuple[str, str, str], digits: int) -> bool:
    """Whether a figure's value, written with `digits` significant digits, is precise enough with its unit to pair with
    the same value of another story though their claims share no word: four or more, of an amount, a measure, a time or a
    count of a noun."""
    return row.kind in ("money", "quantity", "duration", "count") and bool(signature[1]) and digits >= PRECISE_ALONE_DIGITS


def _significant_digits(row: Any) -> int:
    """How many significant digits a figure's value is written with ("$17.41 billion": 4; "6 percent": 1); 0 for a date
    or a range."""
    if row.kind == "date" or not is_missing(getattr(row, "canonical_high", None)):
        return 0
    value, precision = abs(float(row.canonical_value)), float(row.canonical_precision or 0)
    if not value or not precision or math.isnan(precision):
        return 0
    return max(0, math.floor(math.log10(value / precision) + 1e-9) + 1)


def _same_value_score(a: Topic, b: Topic, weight: dict[str, float], names: frozenset[str], precise: bool = False) -> float | None:
    """Two figures of one value whose claims say a word in common that is no name ("third-quarter revenue of $21.3
    billion" / "Revenue: $21.3 billion"): one claim, with the weakest link there is, unless each names what the
    other's clause does not. The word may be a common one when the value is `precise` ("on revenue of $17.18 billion"
    in two earnings stories that say "revenue" of every figure)."""
    if _each_names_another(a, b, names):
        return None
    shared = (a[1] & b[1]) - names
    return MIN_SCORE if shared and (precise or math.fsum(weight[w] for w in shared) >= MIN_SCORE / 2) else None


def _of_the_event(topic: Topic, background: frozenset[str], names: frozenset[str]) -> bool:
    """Whether a figure's claim says words of the event itself and nothing else ("The economy had shrunk by 0.3%",
    "output fell 0.5%" in a story of the economy): what it measures is the event's own measure."""
    return bool(topic[1]) and _said(topic) <= background | names  # (its verbs aside: "The firm raked in $4.28 billion")


def _one_holder(a: Topic, b: Topic, names: frozenset[str]) -> bool:
    """Whether two claims name one holder: the names of one are among the other's ("Saudi Arabia shipped" is no
    "Russia shipped ..., overtaking Saudi Arabia", however much of the event each says)."""
    mine, theirs = a[1] & names, b[1] & names
    return mine <= theirs or theirs <= mine


def _same_period_pairs(members: list[int], periods: list[tuple[tuple[int, int], ...]]) -> set[tuple[int, int]]:
    """The pairs of classes in `members` of one and the same period."""
    return _pairs_by_key({c: [periods[c]] for c in members})


def _pairs_by_key(keys: dict[int, list[Any]]) -> set[tuple[int, int]]:
    """The pairs of classes that share a key (`keys`: each class's keys); a key of more than MAX_POSTING classes pairs
    nothing."""
    by_key: dict[Any, list[int]] = defaultdict(list)
    for c, own in keys.items():
        for key in own:
            by_key[key].append(c)
    return {(min(x, y), max(x, y)) for same in by_key.values() if len(same) <= MAX_POSTING
            for x, y in itertools.combinations(same, 2)}


def _digits_score(a: Topic, b: Topic, names: frozenset[str]) -> float | None:
    """Two figures of the same digits in another order (`_transposed`: "cost $25 million" / "the cleanup bill at $52
    million") whose claims say a word in common, be it the event's own, that is no name: one claim, a slip of the
    hand, with the weakest link there is, unless each names what the other's clause does not. A claim of names alone
    ("The 984-foot Dali Star") says its word in common when the other's clause names all of them ("The ship, the Dali
    Star, is 948 feet long")."""
    if _each_names_another(a, b, names):
        return None
    if (a[1] & b[1]) - names or len(a[1] & b[1]) >= 2 or _names_the_holder(a, b, names):
        return MIN_SCORE  # (two names in common will do: "opened to $165 million in the United States and Canada" /
        # "took in $156 million in U.S. and Canadian theaters")
    return None


def _rows_by_source(candidates: list[Any]) -> dict[str, list[int]]:
    """Each story's candidates, by index."""
    rows: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(candidates):
        rows[str(r.source)].append(i)
    return rows


def _sole_score(a_row: Any, b_row: Any, a: Topic, b: Topic, names: frozenset[str],
                background: frozenset[str] = frozenset()) -> float | None:
    """Two figures each the only one of its kind, unit and scale in its story, that outlets word each their own
    way ("carrying 21.6 tonnes of satellites", "lofting 21.6 tonnes to orbit"): one claim when they say one value,
    or close values or the same digits in another order, a word of their claims in common and no thing each names
    that the other's clause does not ("a deal worth $4.2 billion" / "the deal includes $3.5 billion of debt"), nor a sum
    against a part ("carrying 181 passengers and crew" / "carrying 175 passengers and six crew"); the weakest link there is."""
    if _each_names_another(a, b, names) or _summed_apart(a, b, counted_only=True) or _negated_apart(a, b):
        return None
    if bool(_EARLIER_RECORD.search(str(a_row.claim or ""))) != bool(_EARLIER_RECORD.search(str(b_row.claim or ""))):
        return None  # "its record high of $3,500 an ounce set in April" is no "Gold rose 1.4% to $3,452.80": the record
        # before against a level of the day (a time that is a record, "2:00:23 is a world record", is that time)
    if _value_key(a_row) != _value_key(b_row):
        if _clauses_name_others(a, b, names):
            return None  # "Putin ... now holds a six-year term" / "Xi, 70, won a third five-year term": two holders' values
        transposed = _transposed(a_row, b_row, same_unit=True) or _point_slipped(a_row, b_row) or (  # (one bucket: "68,000
            # people" employed are employees; one digit slipped, of claims that share a word: "About 1,200 shareholders
            # attended the meeting" / "2,200 shareholders attended in person")
            bool(a[1] & b[1]) and _digit_slipped(a_row, b_row))
        # (of a count the same digits in another order need no other word: its noun is one both say, "the data of 9.7
        # million customers" / "exposed the records of 7.9 million customers"; a close count does: "12 firefighters were
        # hurt" is no "10 firefighters on the scene")
        if not (a[1] & b[1] or (transposed and (a_row.kind == "count" or a[0].keys() & b[0].keys()))) or (
                not transposed and (not _close(a_row, b_row) or a_row.kind == "percent")):
            return None  # (two percentages pair only by one value or the same digits: "rose 5%" and "rose 6%" may be two)
        if not transposed and all(_things(mine) - background - names - theirs[0].keys() for mine, theirs in ((a, b), (b, a))):
            return None
        if not transposed and any((things := _measured_things(row)) and not things & (other[0].keys() | background)
                                  for row, other in ((a_row, b), (b_row, a))):
            return None  # "the deal includes $3.5 billion of debt" is no "$4.2 billion deal": what "of" names is measured
    # (of such links, those whose claims share more words join first, before one value: "the restoration, which cost over
    # 840 million euros" is the claim of "The restoration process cost around 700 million euros", not of "funded by over
    # €840 million in donations", though "cost" is said in most stories; the bonus never reaches a link of weighed words)
    return MIN_SCORE + SOLE_WORD_BONUS * min(len((a[1] & b[1]) - names), 10)


SOLE_WORD_BONUS = 0.001
SOLE_AGREEING_DISCOUNT = 0.25  # a sole link of one value is weaker than any link of words (a slip's keeps its strength)
# what an amount measures, named right after it: "$3.5 billion of debt", "$2 billion in aid", "40 tonnes of frozen chicken"
_MEASURED_OF = re.compile(r"\s+(?:of|in)\s+((?:[a-z]{3,}\s+){0,2}[a-z]{3,})\b")
_NOT_MEASURED = frozenset("the its their his her this that these those each all which what whom our your one two three "
                          "and but for with from into than".split())


def _measured_things(row: Any) -> frozenset[str]:
    """The word ids of what an amount right after it says it measures ("$3.5 billion of debt": debt; "of frozen chicken
    strips": any of them), else none."""
    m = _MEASURED_OF.match(_after(row))
    if m is None:
        return frozenset()
    words = []
    for word in m.group(1).split():
        if word in _NOT_MEASURED or word in WORD_VALUES:
            break
        words.append(_word_id(word))
    return frozenset(words)


_PEAK_BEFORE = re.compile(r"\b(?:as\s+much\s+as|as\s+high\s+as|as\s+low\s+as)\s+[-+−]?[\d.,]+\s?(?:%|per\s?cent|percent|points?)"
                         r"\s+to\s+(?:an?\s+(?:record|intraday|session|[a-z]+-(?:month|year|week))\s+(?:high|low)\s+of\s+)?$", re.I)
_PEAK_MOVE_BEFORE = re.compile(r"\b(?:rose|climbed|jumped|surged|soared|gained|rallied|spiked|fell|dropped|slid|tumbled|plunged|sank"
                              r"|lost|slumped)\s+(?:by\s+)?as\s+much\s+as\s+$", re.I)  # ("jumped as much as 13%": its peak)
# a count of a thing's parts written before the thing ("the 343-seat parliament", "a 21-storey building", "a 12-member
# panel"): its size
_SIZE_COUNT = re.compile(r"[\d.,]+-(?:seat|storey|story|floor|bed|bedroom|room|member|lane|berth|carriage|coach|screen|gate"
                         r"|platform)", re.I)


def _transposed(a: Any, b: Any, same_unit: bool | None = None) -> bool:
    """Whether two figures are written with the same digits in another order ("3,700" / "7,300", "3.5 km" / "5.3
    km"): the slip of a hand, which a value ratio alone would call another measure."""
    if nan_to_none(a.value_high) is not None or nan_to_none(b.value_high) is not None:
        return False  # (a range is no slip: "Tracking had the film at $130 million to $140 million" / "made $310 million")
    key = _digits_key(a)
    return (a.unit == b.unit if same_unit is None else same_unit) and float(a.value) != float(b.value) and key == _digits_key(b)


def _things(topic: Topic) -> frozenset[str]:
    """The words of a figure's claim that can only name a thing ("debt", "mission"; not "measures", "phone"), and its
    words in -ing that name a kind of the noun after them ("operating expenses")."""
    words, in_claim, *_ = topic
    things = frozenset(w for w in in_claim if not can_be_verb(words[w].lower()))
    return things | topic.adjuncts if topic.adjuncts else things


def _verb_only(topic: Topic, w: str) -> bool:
    """Whether word id `w` of `topic` is a verb as written (a word in -ing before a noun is none: `Topic.adjuncts`)."""
    return (is_verb_only(topic.words[w]) or w in topic.passives) and w not in topic.adjuncts


def _verbs(topic: Topic) -> frozenset[str]:
    """The ids of a claim's verbs ("died", "won", "killed")."""
    return frozenset(w for w in topic.in_claim if _verb_only(topic, w))


def _verbs_alone_shared(a: Topic, b: Topic) -> bool:
    """Whether the only words two clauses share are verbs as both write them ("Built in 2015" / "Built in 1977")."""
    shared = a.words.keys() & b.words.keys()
    return bool(shared) and all(_verb_only(a, w) and _verb_only(b, w) for w in shared)


def _one_word_score(a: Topic, b: Topic, weight: dict[str, float], counted: int = 0,
                    background: frozenset[str] = frozenset(), names: frozenset[str] = frozenset()) -> float | None:
    """'Turnout was 67.3%' and 'Turnout reached 67.3 percent': claims that say one and the same word and
    nothing else but verbs are one claim when the word is rare enough (its weight alone reaches half the bar) and
    both name a date or neither does (checked by the caller; a dated "61.1% in 2021" is another claim). A word of
    `background`, the event's own, is not enough ("Tracking had the film at $130 million to $140 million" / "the film
    has made $310 million" in a corpus about the film; the caller passes none for values as close as a slip's:
    "serving his third term" / "serving his fourth term"), nor is a name alone, what each measures of it unsaid
    ("close its Ohio battery plant by the end of this year" / "U.S. employers added ... in April")."""
    if counted:
        return None
    mine, theirs = _said(a), _said(b)  # (a verb around the word says nothing: "Borrowing is set to hit £172.5bn")
    if len(mine) != 1 or mine != theirs or mine <= background or mine <= names:
        return None
    (word,) = mine
    score = weight[word]
    return score if score >= MIN_SCORE / 2 else None


_FUNCTION_BEFORE = frozenset("for to of a an the about nearly almost some around roughly more than less up least at over under "
                             "just only another further additional extra total by".split())
_WORD_BEFORE = re.compile(r"[A-Za-z][A-Za-z’'-]*")


def _governing_word(row: Any) -> str:
    """The word a figure hangs on, the last before it past prepositions and qualifiers ("jailed for 14 years": jail)."""
    for word in reversed(_WORD_BEFORE.findall(_before(row))):
        if word.lower() not in _FUNCTION_BEFORE:
            return _word_id(word.lower())
    return ""


def _governed_alike(a: Any, b: Any, topic_a: Topic, topic_b: Topic, names: frozenset[str]) -> bool:
    """'was jailed for 12 years' / 'was today jailed for 14 years for a £300million scam': two times a slip apart that
    hang on one word are one claim, even when every word they share is the event's own (which weighs next to nothing),
    unless each clause names another holder."""
    if a.kind != "duration" or not _close(a, b) or _each_names_another(topic_a, topic_b, names) or \
            _clauses_name_others(topic_a, topic_b, names):
        return False
    word = _governing_word(a)
    return bool(word) and word not in STOPWORDS and word == _governing_word(b) and word in topic_a[1] and word in topic_b[1]


def _described_pairs(members: list[int], first: Any) -> set[tuple[int, int]]:
    """Every two classes of a bucket of times that describe one noun ("a five-year contract"): the noun is their
    shared word, whatever else their claims say (`_described_pair` decides)."""
    if first.kind != "duration" or " " not in _signature(first)[1] or len(members) > MAX_POSTING:
        return set()
    return set(itertools.combinations(sorted(members), 2))


def _described_pair(a: Any, b: Any, topic_a: Topic, topic_b: Topic, names: frozenset[str]) -> bool:
    """'signed a five-year contract' / 'will pocket £300,000 a week on a six-year contract': two times that describe one
    noun ("contract", "term", "visit"), a slip apart, are one claim of that noun's length whatever verbs the outlets use,
    unless each names another holder; so are two shares or amounts that describe one noun of one thing ("a 25% tariff on
    imported steel" / "Canada's 35% tariff on imported steel takes effect" / "a tariff of 25 per cent on steel"; not "a
    10% tariff on aluminium")."""
    if not _close(a, b) or _each_names_another(topic_a, topic_b, names) or _clauses_name_others(topic_a, topic_b, names):
        return False
    if a.kind == "duration":
        return " " in _signature(a)[1]
    described_a, described_b = _noun_described(a), _noun_described(b)
    # (what one is on, all said by the other: "on steel imports" / "on imported steel" / "on imports", not "on imported
    # aluminium")
    return bool(described_a and described_b and described_a[0] == described_b[0]
                and (described_a[1] <= described_b[1] or described_b[1] <= described_a[1]))


# a share or an amount before the noun it describes and what that noun is of: "a 25% tariff on imported steel", "a $2 fee
# for each bag"
_OBJECT_AFTER = re.compile(r"\s+(?:on|for|against)\s+(?P<object>(?:[a-z]+\s+){0,2}[a-z]+)")
_DESCRIBED_NOUN = re.compile(r"\s+(?P<noun>[a-z]{3,})" + _OBJECT_AFTER.pattern)
# the same told with the noun first: "a tariff of 25 per cent on steel", "a fee of $2 for each bag"
_NOUN_OF_BEFORE = re.compile(r"\b(?:an?|the|its|their)\s+(?P<noun>[a-z]{3,})\s+of\s+$")


def _noun_described(row: Any) -> tuple[str, frozenset[str]] | None:
    """The word id of the noun a share or an amount describes and those of what the noun is of, else None."""
    if row.kind not in ("percent", "money"):
        return None
    if (m := _DESCRIBED_NOUN.match(_after(row))) is None:
        if (first := _NOUN_OF_BEFORE.search(_before(row))) is None or (m := _OBJECT_AFTER.match(_after(row))) is None:
            return None
        noun = first.group("noun")
    else:
        noun = m.group("noun")
    if not can_be_noun(noun) or is_verb_only(noun):
        return None
    # (a participle too, as its verb's noun: "on imported steel" / "on imports")
    of = frozenset(_word_id(w) for w in m.group("object").split()
                   if w not in _NOT_MEASURED and (can_be_noun(w) or w.endswith("ed")))
    return (_word_id(noun), of) if of else None


def _clauses_name_others(a: Topic, b: Topic, names: frozenset[str]) -> bool:
    """Whether each clause names someone the other does not: "Putin ... now serves a six-year term" / "Xi, 70, is serving a
    third five-year term" tell two holders' terms, whatever the claims themselves say."""
    named_a, named_b = a[0].keys() & names, b[0].keys() & names
    return bool(named_a - named_b and named_b - named_a)


_ABSOLUTE_TEMPERATURES = frozenset(("degree_Celsius", "degree_Fahrenheit"))


def _magnitude(row: Any) -> float:
    """A figure's canonical value as a size to take ratios of: an absolute temperature in degrees Celsius, not kelvin
    ("3.1C of warming" and "the 1.5C goal" are no slip of each other, though 276.25 K and 274.65 K are 0.6% apart)."""
    value = float(row.canonical_value)
    if str(getattr(row, "unit", "")) in _ABSOLUTE_TEMPERATURES and str(getattr(row, "canonical_unit", "")) == "kelvin":
        return value - 273.15
    return value


def _close(a: Any, b: Any) -> bool:
    """Whether two figures' values are within SOLE_RATIO of each other (a slip's distance, not another measure's)."""
    va, vb = abs(_magnitude(a)), abs(_magnitude(b))
    return bool(va and vb) and max(va, vb) / min(va, vb) <= SOLE_RATIO


def _said(topic: Topic) -> frozenset[str]:
    """A claim's words but its verbs (those `synonyms.txt` groups with a noun stay)."""
    in_claim = topic.in_claim
    if len(in_claim) == 1:
        return in_claim
    said = frozenset(w for w in in_claim if w not in _AHEAD and (not _verb_only(topic, w) or w in _noun_groups()))
    # ("The startup's revenue rose 46%": the company a story is about says nothing of what its figure measures)
    return said - _THE_COMPANY if len(said - _THE_COMPANY) == 1 else said


_THE_COMPANY = frozenset(("firm",))  # `_word_id` of firm, company, startup (synonyms.txt)
_AHEAD = frozenset(("set",))  # "is set to hit £172.5bn": a noun too, but there a mark of what is ahead


def _same_period(pa: tuple[tuple[int, int], ...], pb: tuple[tuple[int, int], ...], strict: bool = False,
                 parts_apart: bool = False) -> bool:
    """Whether two figures' dates overlap (or one names none; with `strict`, both none); a stretch since a date
    (`_periods`) is only another such stretch. With `parts_apart` (amounts), a month or quarter is no period of the
    year that holds it ("2.57 million barrels per day in June 2023" / "2.14 million barrels per day last year")."""
    if pa == _SINCE_DATE_PERIOD or pb == _SINCE_DATE_PERIOD:
        return pa == pb
    if not pa or not pb:
        return not strict or (not pa and not pb)
    return any(x0 <= y1 and y0 <= x1 and not (parts_apart and _a_part(x0, x1, y0, y1)) for x0, x1 in pa for y0, y1 in pb)


def _spans_nested(pa: tuple[tuple[int, int], ...], pb: tuple[tuple[int, int], ...], a: Any, b: Any) -> bool:
    """Whether two changes are told over periods one of which lies within the other, never the same, and the change
    over the longer is told as one that built up over it (`_BUILT_UP`): "slumped 19% on Tuesday" / "have lost 7% this
    week" (a move over a day is no move over its week; "cut rates by 25 basis points at its June meeting" / "on June 6"
    is one move)."""
    if not pa or not pb or _SINCE_DATE_PERIOD in (pa, pb) or _OWN_PERIOD in (pa, pb):
        return False
    overlapping = [(x, y) for x in pa for y in pb if x[0] <= y[1] and y[0] <= x[1]]
    if not overlapping or not all(x != y and ((x[0] <= y[0] and y[1] <= x[1]) or (y[0] <= x[0] and x[1] <= y[1]))
                                  for x, y in overlapping):
        return False
    longer = a if max(x1 - x0 for x0, x1 in pa) > max(y1 - y0 for y0, y1 in pb) else b
    return _BUILT_UP.search(str(longer.claim or longer.sentence)) is not None


# a change told as one that built up over its period ("have lost 7% this week", "so far this year", "year to date")
_BUILT_UP = re.compile(r"\b(?:has|have)\s+(?:now\s+)?(?:[a-z]+ed|lost|gained|risen|fallen|shed|grown|sunk|slid|dropped|won)\b"
                       r"|\b(?:so\s+far|to\s+date|year[- ]to[- ]date|this\s+(?:week|month|quarter|year))\b", re.I)


PART_DAYS = (28, 92)  # a part of a period is a month or a quarter, within a period at least twice as long (a year
# and "2024-25", read as two calendar years, are no part and whole: a financial year is both)


def _a_part(x0: int, x1: int, y0: int, y1: int) -> bool:
    """Whether one of two periods (first and last day), a month or a quarter, lies within the other, at most half its length."""
    short, long_ = sorted(((x0, x1), (y0, y1)), key=lambda p: p[1] - p[0])
    return (PART_DAYS[0] <= short[1] - short[0] + 1 <= PART_DAYS[1] and long_[0] <= short[0] and short[1] <= long_[1]
            and 2 * (short[1] - short[0] + 1) <= long_[1] - long_[0] + 1)


def _claim(rows: list[Any], topics: list[Topic], weight: dict[str, float]) -> Claim:
    rows_topics = sorted(zip(rows, topics, strict=True), key=lambda rt: (rt[0].source, rt[0].start))
    rows = [r for r, _ in rows_topics]
    counts: Counter[str] = Counter()
    in_claims: Counter[str] = Counter()
    written: dict[str, set[str]] = defaultdict(set)
    for _, (words, in_claim, *_) in rows_topics:
        counts.update(words.keys())
        in_claims.update(in_claim)
        for w, text in words.items():
            written[w].add(text)
    shared = [w for w, c in counts.items() if c >= 2 and not _numbered_word(w, counts)]  # (no "siberiaii": a name's number)
    # the words the figures' own claims say first ("destroyed 312 homes"), then those of their clauses
    shared.sort(key=lambda w: (-in_claims[w], -counts[w], -weight.get(w, 0.0), w))
    first = rows[0]
    unit = "" if first.kind == "date" else str(first.unit)
    # (a country as its name: "United States", not the one word discovery reads it as)
    claim = Claim("", first.kind, unit, [joined_place(w) or min(written[w]) for w in shared[:4]], rows)
    # as rule words: the lemma of each spelling ("epicentre | epicenter"); no country, which a rule's `places` says
    # (words every figure's claim or clause says first: a rule of them takes each of the claim's figures)
    claim.rule_words = [" | ".join(sorted({_lemma(t) for t in written[w]}))
                        for w in sorted(shared, key=lambda w: counts[w] < len(rows)) if joined_place(w) is None][:2]
    if not claim.rule_words:  # figures each worded its own way (`_sole_score`): the weightiest word of each one's claim
        own = set()
        for _, (words, in_claim, *_) in rows_topics:
            if in_claim:
                own.add(_lemma(words[max(sorted(in_claim), key=lambda w: weight.get(w, 0.0))]))
        claim.rule_words = [" | ".join(sorted(own))] if own else []
        claim.words = claim.words or sorted(own)
    # (counts of one noun in another's word, "84,512 fans" and "a crowd of 84,512", are compared as one unit)
    compared = [r._replace(canonical_unit=_signature(r)[1]) if r.kind == "count" else r for r in rows]
    compared = [r._replace(qualifier="exact") if record_since(r) else r for r in compared]
    consensus = consensus_fact(compared, ROUNDING)
    claim.consensus = rows[compared.index(consensus)]  # (the row as extracted)
    claim.agrees = [facts_agree(r, consensus, ROUNDING) for r in compared]
    return claim


def record_since(row: Any) -> bool:
    """Whether a date is the year a record is counted since ("the lowest level since 2015"): a point, compared exactly
    ("since 2015" is no "since 2016", though both bounds run to today)."""
    return row.kind == "date" and row.qualifier == "lower_bound" and RECORD_SINCE.search(str(row.claim or "")) is not None


def _numbered_word(word: str, words: Counter[str]) -> bool:
    """Whether `word` is one `numbered_names` or `_first_of_numbered` wrote: a name of the corpus and a number in Roman
    letters ("siberiaii", "rivertoni"), which no article says."""
    return any(word[:i] in words and word[i:] in _ROMAN_SET for i in range(max(1, len(word) - 5), len(word)))


def _slug(word: str) -> str:
    """A word as an id: letters folded to ASCII ("türkiye" -> "turkiye", not "t-rkiye")."""
    folded = unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "claim"


def draft_rules(claims: list[Claim]) -> str:
    """Rules that check the discovered claims on every run, as YAML to adopt (review the words first)."""
    lines = ["# Draft rules written by `factcheck discover`: review each one's words and expect, then move it",
             "# into your rules folder. Each checks one claim that two or more sources state.", "rules:"]
    for claim in claims:
        start = len(lines)
        lines.append(f"  - id: {claim.id}")
        title = " ".join(claim.words[:3]) or claim.kind
        lines.append(f"    title: {_yaml_str(title.capitalize() + ' (' + claim.kind + ')')}")
        lines.append("    severity: error")
        lines.append("    match:")
        lines.append(f"      kind: {claim.kind}")
        if claim.kind in ("money", "quantity", "count", "duration") and claim.unit:
            lines.append(f"      unit: {_yaml_str(claim.unit.replace('_', ' '))}")
        if claim.rule_words:
            lines.append(f"      words: [{', '.join(_yaml_str(w) for w in claim.rule_words)}]")
        if claim.rows[0].change:
            lines.append(f"      change: {claim.rows[0].change}")
        places = _places_of(claim.rows)
        if places:  # the countries its sources name: the same measure for another country is another claim
            lines.append(f"      places: [{', '.join(_yaml_str(p) for p in places)}]")
        if claim.status == "agree":
            if claim.kind in ("money", "percent", "quantity"):
                lines.append(f"    expect: {_yaml_str(str(claim.consensus.surface))}  # what the sources say")
        elif claim.has_majority:
            lines.append(f"    # sources disagree: most say {_yaml_str(str(claim.consensus.surface))}; set expect once checked")
        else:
            lines.append("    # sources disagree and no figure has a majority: set expect once checked")
        if not claim.worded_alike:
            # its words would take other figures too: a rule to write, not to adopt as it is
            lines[start:] = ["  # paired as each story's only figure of its kind and scale, not by words in common:",
                             "  # write the words that say what it is, then uncomment", *("  # " + line[2:] for line in lines[start:])]
    if not any(claim.worded_alike for claim in claims):
        lines[2] = "rules: []"  # (every draft commented out: still a valid rule file)
    return "\n".join(lines) + "\n"


def _places_of(rows: list[Any]) -> list[str]:
    """The countries and regions a claim's figures name, each in its claim or, when the claim names
    none, its clause (as a rule's `places` reads them), in order of first mention."""
    found: list[str] = []
    for row in rows:
        found.extend(p for p in figure_places(row)[0] if p not in found)
    return found


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
