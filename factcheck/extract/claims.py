"""Claims: which words of a sentence each figure is about.

A sentence is cut twice. **Clauses** end at `;` `:` (not between digits: "at 04:09 UTC") and dashes (not
after a label of up to three words that opens the sentence: "Gas: 33.7 bcm", "1949 - The Soviet Union ...", nor
after a fact box's label of up to eight words before a colon, a bracket in it too: "Oil exports to China (2023): 2.14m
bpd"; and
not at all after a figure that opens it, which is what the words after the colon say: "$42 billion: what
customers tried to pull out"), before "while", "whilst", "whereas", "although", "though", "as" and a pronoun ("as they hailed
their partnership"), at ", and" / ", but" / ", with",
at the comma after an opening "Unlike ..." ("Like", "Compared with" ...), and around a relative clause opened by
a comma
(", who is 71,", ", which rose 40%"). Each clause is cut again into **fragments** at commas, before
brackets, "that" and relative pronouns, and between two figures at the last "and" / "or" / "but" / "from" /
"with" / "compared with" / "versus" / "for a <noun> of" / a pronoun subject and its verb between them ("rose to 3.9%
from 3.8% a month earlier": the earlier month is 3.8%'s; not "from" right after a count of a noun that opens its clause
and before another such count: "About 10,500 athletes from 206 teams competed" is one claim),
and before a date a figure is compared with ("wages rose 3.9% from a year earlier": the base, not 3.9%'s period).

A clause does not end at ", and" or ", but" before a verb with no subject of its own ("His term, his fifth,
is his first under the new rules, and would end in 2030": the term would end).

A figure's **claim** is its fragment; a relative clause also takes the fragment before it, the noun it
is about ("Putin, who is 71"; after "that", the noun just before it: "elections that end on June 1"), and an
age set off by commas is the age of the fragment before it (of the name that ends it, when one does: "Real
Madrid have signed forward Carlos Santos, 22" is Carlos Santos's age), which with
the age is its claim and clause ("Kim Jong Un, 40, welcomed Putin": Putin's name says nothing of the 40). A
figure inside a subordinate clause with its own verb ("his first trip since he began a fifth term on May 7")
has that clause for claim and clause (a comma after the conjunction ends such a clause before a figure; a verb
after "and" is not the clause's: "in power since 2012 and began a third term" has no clause of "since").
A figure whose fragment opens with its verb after an aside set off by commas (a participle, a relative clause, an
apposition, "excluding ...") claims from the noun phrase its clause opens with ("Net income, which includes a tax gain,
was $312 million"), unless the aside holds a figure but a date or a duration, or names a country; a figure alone in such
an aside, after "at" or a qualifier, measures that noun ("Turnout, at 59.7%, was the lowest since 1885").
A duration alone in its fragment after a preposition of how long ("In 48 hours, depositors withdrew $42 billion",
"withdrew US$42 billion (NZ$68b) within two days") claims what its clause says took that long: the fragment after it
when it opens the clause, else the clause up to it.
A figure after "or" (or in brackets) that restates the figure before it as a share, or the share as an amount ("slipped
543.34 points, or 1.5%", "fell 1.51% or 543.34 points"), has that figure's claim from its start; a level an opening
phrase gives ("At 35,368 points, the Dow fell", "At $240 billion, trade was up 26%") claims the clause up to the figure
after it, and in a sentence that names a stock index a level or move told after a move or level ("... to close at
35,368.47", "..., down 368.86 points") the clause from its start.
Two figures joined by "and" as one verb's subjects ("The 321 passengers and 58 crew were taken off"): the first, its
claim itself alone, claims what the second's says of both.
Its **clause** is the clause the fragment lies in; the two parts of a
clause around a relative clause are one clause ("Putin and Xi [, who met in 2013,] sat down on Thursday"); the
caller puts a question just before a sentence ahead of its figures' clauses ("How much oil does Russia sell to
China? About 2.14 million barrels a day"). Rules look for their words in the claim first, then in the clause,
and only as a last resort in the rest of the sentence, so the "no limits" of one clause does not describe the
date of the next.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from factcheck.extract.words import (
    BASE_BEFORE,
    CONTRAST,
    GAPPED_NAME,
    IRREGULAR_PAST,
    ON_BASE,
    STOCK_INDEX,
    can_be_noun,
    can_be_verb,
    is_gerund,
    is_verb_only,
    known_word,
    singular,
)
from factcheck.places import places_named
from factcheck.text import ITEM_MARK, QUALIFIER_PIECE, is_box_label, is_table_row

# ", and would end in 2030", ", but was sworn in": a verb with no subject of its own shares the clause's subject
_PAST_VERB = r"(?:[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")"  # a verb in the past, as written
_VERB_NEXT = (r"\s+(?:would|will|could|can|may|might|should|must|was|were|is|are|has|have|had|did|does|also|then|later"
              r"|" + _PAST_VERB + r")\b")
# Each cut starts with its mark, never with spaces (a pattern that starts with \s* is tried at every
# position); the spaces around a cut are stripped from the pieces. One pass finds every cut: clause
# ends first, then the comma that opens a relative clause, then fragment ends.
_CUTS = re.compile(
    r"(?=[;:,()\[\]—–\-wWaAtTbBsS])"  # every cut begins with one of these: most positions fail here at once
    r"(?:(?P<clause>;|(?<!\d):(?!\d)|(?<=\s)[—–-]{1,2}(?=\s)|—|(?<!\s)–|–(?!\d)"  # (" –1.3%": a minus, no dash)
    r"|,(?=\s*(?:(?:and|but)(?!" + _VERB_NEXT + r")|with|" + CONTRAST + r")\s)"
    # "began his fifth term on May 7, a week before his visit": the offset names another event than the figure's
    r"|,(?=\s+(?:just\s+|only\s+|some\s+|about\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d{1,3})"
    r"\s+(?:days?|weeks?|months?|years?|hours?|decades?)\s+(?:before|after|ahead\s+of|earlier\s+than|later\s+than)\s)"
    # "Labour won 412 seats, the Conservatives 121 (-251), the Lib Dems 72": a name and a figure after a comma, with
    # no verb, say of the name what the clause before said (not a date: "on Sunday, Nov. 5")
    r"|,(?=\s+(?-i:" + GAPPED_NAME + r")\s+[-+−]?\d[\d,.]*%?"
    r"(?:\s*\([^()]{1,12}\))?(?:[,;.]|\s+and\s|$))"
    # ("crashed while attempting to land": no clause of its own)
    r"|(?<=\s)(?=(?:" + CONTRAST + r"|although|though)\b(?!\s+[a-z]+ing\b))"
    # "pledged to boost trade to $200 billion in 2023 as they hailed their partnership": "as", a pronoun and its verb
    r"|(?<=\s)(?=as\s+(?:they|he|she|we)\s+[a-z]+\b)"
    # "141 people are missing and hundreds were injured": "and", a count of no figure as its subject and its own verb
    r"|(?<=\s)(?=and\s+(?:hundreds|thousands|dozens|scores|millions|many|several|others|some|most)(?:\s+(?:more|others|of\s+[a-z]+))?"
    r"\s+(?:were|was|are|is|have|has|had|remain|remained|remains|died|fled|lost)\b)"
    # "started on September 21 but bosses did not spot it": "but" then a subject and its own verb
    r"|(?<=\s)(?=but\s+(?:[\w’'-]+\s+){0,3}?(?:did|does|do|didn[’']t|doesn[’']t|was|were|is|are|has|have|had|will|would"
    r"|could|can|may|might|should|said|says)\b))"
    r"|(?P<relative>,(?=\s*(?:who|whom|whose|which|where)\b))"
    # (and before "said": "Governor Andrew Bailey said inflation would rise to 2.75%": who said it is no part of the claim)
    # ("incorrectly said": the adverb stays with what was said; "76% said yes": a vote, not who said it; "to Port Said
    # with 3,800 vehicles": a capital makes a name of it)
    # (a comma between digit groups is no cut: "per 100,000 residents" is no figure of its own)
    r"|(?P<fragment>,(?!(?<=\d,)\d{3}(?!\d))|[()\[\]]|(?<=\s)(?=(?:that|who|whom|whose|which|where)\b)|(?<=\s)(?<!ly\s)(?=(?-i:said|says)\b(?!\s+(?:yes|no)\b))"
    # ("brought winds of up to 90 mph and a life-threatening storm surge to the coastal area": a second thing, of no figure)
    r"|(?<=\s)(?=and\s+(?:a|an|the)\s+[^\d,;:.()\[\]]{0,150}(?:[,;:.()\[\]]|$))"  # (bounded: a long run stays linear)
    # ("set up an evacuation zone of 3 km around the plant and told residents further away to keep windows shut": a
    # second deed, of no figure, that ends the sentence; "founded in 2009 and based in a former warehouse, ..." goes on)
    r"|(?<=\s)(?=and\s+" + _PAST_VERB + r"\s+[^\d,;:.()\[\]]{0,150}[.!?]?\s*$)"
    # ("won 126 medals to China's 91", "a 52-48 lead to Labour's 30%": the other side's figure is its own)
    # ("312 votes to Vice President Kamala Harris's 226", "to Harris' 226": a title and a name of up to five words)
    r"|(?<=\s)(?=to\s+(?-i:(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4}(?:['’]s|s['’]))\s+(?!(?:1[89]|20)\d\d\b)[$€£¥]?\d)))",
    re.I,
)
# an opening phrase that sets another thing beside the sentence's: a clause of its own up to its comma
_CONTRAST_OPENING = re.compile(r"\s*(?:Unlike|Like|As with|In contrast (?:to|with)|Contrary to|Compared (?:with|to)|As opposed to)\s",
                               re.I)
_FRONTED_OPENING = re.compile(r"\s*(?:With|Despite|Amid|Amidst|After|Following|Given|Besides|Beyond|Along with)\s")
# "By choosing China for his first visit since ..., Putin is signalling": a means told before the clause ("Buying the
# barrels saved refiners $4.34bn, traders estimate": a gerund that opens a sentence may be its subject)
_GERUND_OPENING = re.compile(r"\s*By\s+([a-z]+ing)\s")
# what no comma or bracket inside parts: a list of three or more names ("from Russia, Iran, and Venezuela": the claim
# names them all), an abbreviation in brackets ("2.765 million barrels per day (bpd) of crude", "liquefied natural
# gas (LNG) shipments") and a measure's or an amount's conversion before its noun ("the 948-foot (289 m) vessel", "a
# ¥234.6 billion ($1.5 billion) deficit")
_NAME = r"[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,2}"
_UNCUT = re.compile(rf"\b(?:from|to|in|of|with|between|among|including|like|as|by|for|at|across|over|and)\s+"
                    rf"{_NAME}(?:,\s+{_NAME}){{1,}},?\s+(?:and|or)\s+{_NAME}(?![\w’'-])"  # (no "entered Ukraine, Putin and Xi")
                    r"|(?<=[a-z] )\([A-Za-z][A-Za-z.&/-]{0,7}\)"  # (not a wire's "NEW YORK (Reuters)", "Sept 29 (AP)")
                    # a conversion between an attributive measure and its noun: "a 157-foot (48 m) beam"
                    r"|(?<=\d)-[a-z]{1,12} \([^()]{1,30}\)(?=\s+[A-Za-z])"
                    # a measure's after the measure, before the words it goes on with: "hit 16km (10 miles) northwest of Sagaing"
                    r"|\d[\d.,]*\s?[A-Za-z°/]{1,12} \(\d[\d.,]*\s?[A-Za-z°/]{1,12}\)(?=\s+[a-z])"
                    # and an amount's, in another currency: "a ¥234.6 billion ($1.5 billion) deficit"
                    r"|(?<=\w) \((?:US|C|A|HK|NZ|S)?[$€£¥]\d[\d.,]*(?:\s?(?:billion|million|trillion|bn|mn|m|b))?\)"
                    r"(?=\s+(?!(?:in|on|at|for|to|from|by|with|as|and|or|of|after|before|since|during|when|while|but|than)\b)[a-z])")
# "2.7 bcm from Russia in January": where the amount came from, no base of a change; the date after is the amount's
_FROM_NAME = re.compile(r"from\s+(?:the\s+)?[A-Z][a-z]")
_LABEL_WORDS = 3  # "Oil:", "Gas imports:", "Russian gas exports:" open a list item
_ITEM_LABEL_WORDS = 6  # "- Discontinuation due to side effects: 11%": a list item's label may say more
_LIST_MARK = re.compile(r"[-*•–—]|\d{1,2}[.)]|\(?[a-z]\)")
_ON_BEFORE = re.compile(r"\s+(?:(?:increase|rise|gain|jump|decline|drop|fall|decrease|growth|advance)\s+)?(?P<on>on)\s+(?:the\s+)?")
# "took £9.8m in UK and Irish cinemas over the weekend": "and" that joins two nouns (no second thing with its own article,
# no verb before the date) leaves the date the whole clause's
_NOUNS_JOINED = re.compile(r"(?:and|or)\s+(?!(?:a|an|the|its|their|his|her|this|that|these|those|some|another|other)\b)[A-Za-z]")
_BETWEEN_FIGURES = re.compile(r"\s+(?=(?:and|or|but|as well as|from|with|compared (?:with|to)|versus|vs\.?|against|than|above|below"
                              r"|short of|shy of"  # ("32 short of the 272 needed for a majority": how far short, of what)
                              # ("were more than double the $1.6 billion saved in 2022", "nearly three times the $1.6 billion")
                              r"|double|twice|triple|(?:two|three|four|five|ten|\d+)\s+times"
                              # ("18 kilometres south of the city at a depth of 34.8 km", "5,000 units at a price of $20")
                              r"|at\s+(?:a|an)\s+[a-z]+\s+of"
                              # ("won 412 seats for a majority of 174", "sold 30 cars for a total of $1.2 million")
                              r"|for\s+(?:a|an)\s+(?:[a-z-]+\s+)?[a-z]+\s+of"
                              # ("where the party won 25% of the vote in 2019 they are down eight points": a run-on's
                              # next clause, its pronoun subject and verb right after a figure; not after a noun, a
                              # relative clause with no "that": "the 303 and 282 seats it had won in 2019")
                              r"|(?<=[\d%] )(?:he|she|they|we|it)\s+(?:is|are|was|were|has|have|had|will|would)"
                              # ("valuation hit $157bn after it raised $6.6bn": a clause of its own subject tells why or when)
                              r"|(?:after|before|when|once|because|while|until|although|though)\s+(?:it|he|she|they|we|the|its|their|his|her)"
                              r")\s)", re.I)
# between two figures, "on a" or "on revenue of" before the second: the base the first was had on (`_ON_BEFORE` for a date)
_ON_A_FIGURE = re.compile(r"(?:\s+[a-z]+){0,3}\s+(?P<on>on\s+(?:an?\s+|(?:an?\s+)?(?:turnout|revenues?|sales|turnover|volumes?|income)"
                          r"\s+of\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|just\s+over|just\s+under)\s+)?))", re.I)
# a bound right before the second figure is its qualifier, no comparison of the two ("cars with a list price of up to
# 54,000 euros and to households with a taxable income below 60,000 euros": the cut is at "and")
_BOUND_WORD = re.compile(r"(?:above|below)\s+", re.I)
# "in the first and second quarters of 2019", "in Q1, Q2 and Q3": dates listed together, one claim (the list's)
_DATES_LISTED = re.compile(r"-?,?\s+(?:and|or|&)\s+(?:the\s+)?")
# "won the Chicago Marathon on Sunday with a time of 2:00:35": the race's time, of what the clause says before the day
_WITH_TIME_OF = re.compile(r"with\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:time|mark|record)\b", re.I)
_PLACE_PHRASE = re.compile(r"\s+(?=(?:on|in|at|along|through|across|inside|within|near|into)\s+(?:a|an|the|its|their|this|that)\s)", re.I)
# "killed more than 1,400": "than" after more (less, fewer) qualifies the figure that follows, parts no two claims
# ("more than 400", not "a little less than the 419 Tony Blair won": a comparison with another's figure)
_QUALIFYING_THAN = re.compile(r"(?:(?<=\b(?:more|less))|(?<=\b(?:fewer|lower))|(?<=\bhigher)|(?<=\bgreater))\s+than\b"
                              r"(?!\s+(?:the|its|their|his|her|this|that|these|those)\s)", re.I)
_QUALIFIER_ONLY = re.compile(r"\s*" + QUALIFIER_PIECE, re.I)  # (between a colon and the figure that follows it)
# (and between a bracket and the figure in it, a word of measuring too: "a propulsion module (weighing 2,148 kg)")
_BRACKET_LEAD = re.compile(r"\s*(?:(?:weighing|measuring|costing|worth|valued\s+at|priced\s+at|totall?ing|numbering|spanning)\s+)?"
                           + QUALIFIER_PIECE, re.I)
_RELATIVE = re.compile(r"(?:who|whom|whose|which|where)\b", re.I)
# a count and its noun ending a clause piece: "Among the 64 people onboard", "the plane's 181 passengers and crew"
_COUNTED_HEAD = re.compile(r"(?:\d[\d,]*|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty(?:-[a-z]+)?))"
                           r"(?:\s+[A-Za-z][\w’'-]*){1,3}\s*$")
_THE_BEFORE = re.compile(r"\b(?:the|its|their|all)\s+$", re.I)
# a list of counts and their nouns, nothing else: "62 passengers, two pilots and two flight attendants"
# (atomic, "and" no word of an item: a run of "and and and" is read once, not in every split of it)
_ITEM = r"(?>(?:\d[\d,]*|(?!and\b)[a-z]+(?:-[a-z]+)?)(?:\s+(?!and\b)[a-z][\w’'-]*){1,3})"
_ITEM_LIST = re.compile(rf"\s*{_ITEM}(?:\s*,\s*(?:and\s+)?{_ITEM}|\s+and\s+{_ITEM})+\s*")
_PREPOSITION_BEFORE = re.compile(r"(?:^|[\s,])(?:in|at|during|on|after|before|under|through|throughout|from|by|for|with|of|to)\s+$",
                                 re.I)
_WHICH_WHEN = re.compile(r"which\s+(?:took\s+place|was\s+held|happened|occurred|came)\s+(?:on|in)\s", re.I)
_APPOSED_AGE_PIECE = re.compile(r"[\s,]*(?:now\s+|aged\s+)?\d{1,3}[\s,]*")  # the ", 70," of "Xi, 70, who ..."
# a date that ends a participle's phrase ("a pipeline built in 1980", "the bridge, opened in May 1962"), then the
# clause's own past verb: the date is the participle's, and the verb's date comes after
_PARTICIPLE_DATE = re.compile(r"\b(?:[a-z]{3,}ed|built|laid|made|born|founded|begun|drawn|written|set|held|sold|won)\s+"
                              r"(?:in|on|back\s+in)\s+(?:the\s+)?$")
_PREPOSITION_AFTER = re.compile(r"\s+(?=(?:under|with|through|following|amid|despite|by)\s)")
_PRONOUN_SUBJECT = re.compile(r"\s+(?=(?:he|she|they|we|it)\s+[a-z]{2,})")
_MAIN_VERB = re.compile(r",?\s+(?P<verb>" + _PAST_VERB + r")\b")
# "his first trip since he began a fifth term on May 7": a subordinate clause with its own verb tells of
# another event; the words before it do not describe its figures ("75 years since the Soviet Union
# recognised ..." keeps its words: the figure is before the clause)
# "... from a year ago to ₹1,245.6 crore": the level a change reached after its base
_LEVEL_AFTER_BASE = re.compile(r"\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?[$€£¥₹]?(?:Rs\.?\s?)?\d")
_CLAUSE_COMMA = re.compile(r",(?!\d)|(?<!\d),")  # a comma that parts words, not digits
_SUBJECT_OPENS = re.compile(r"(?:a|an|the|its|their|his|her|[A-Z][\w’'-]*)\s")  # ("after an American Airlines jet", not "until at")
_SUBORDINATOR = re.compile(r"\b(?:since|after|before|until|when|once|because)\s+", re.I)
_WORD = re.compile(r"[A-Za-z’'-]+")
# a date that says when the event named just before it happened: "since his inauguration on May 7", "after the
# election in March", "following the summit on Friday" (a possessive or article, at most three words, on / in)
_EVENT_DATE = re.compile(r"\b(?:since|after|before|following|until)\s+(?:his|her|its|their|the|a|an)\s+"
                         r"(?:[\w’'-]+\s+){0,2}[a-z][\w’'-]*\s+"
                         # (and what the event was for or of: "since his inauguration for a fifth term on May 7")
                         r"(?:(?:for|as|of)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w’'-]*\s+)?"
                         r"(?:on|in)\s+$", re.I)
_FINITE = frozenset(("is", "was", "were", "has", "had", "are"))
# a clause's subject that a day ends: a noun after a possessive or a determiner, or with a place after it, then "on"
# ("Putin's visit to Beijing on", "The meeting in Geneva on", "The attack on"; not "Prices on")
_DATED_SUBJECT = re.compile(r"(?:(?:[A-Z][\w’'.-]*\s+){0,4}[\w’'.-]+['’]s\s+|(?:[Tt]he|a|an|[Tt]his|that)\s+)"
                            r"(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][a-z-]+)"
                            r"(?:\s+(?:to|in|at|with)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,3})?\s*on\s+")
_VERB_AFTER_SUBJECT = re.compile(r"\s+(?:is|was|were|are|has|had|will|would|could|may|might|ended|began|drew|came|went|killed"
                                 r"|left|took|saw|marked|brought|produced)\b")
# two dashes around a short phrase ("-- roughly 2.14 million barrels a day --"): a parenthesis, if no verb is inside
_DASH_PAIR = re.compile(r"(?<=\s)(?P<dash>--|—|–)\s(?P<inside>[^—–;:()]{1,80}?)\s(?P<close>(?P=dash))(?=\s)")
_APPOSITION = re.compile(r"\s*(?:,\s*(?:(?:aged|now)\s+)?|\(\s*)")  # "Putin, 71", "The defendant, now 67", "Mr Jones (58)"


_POSSESSIVE_WORDS = re.compile(r"['’]s((?:\s+[A-Za-z][\w’'-]*){1,4})")
_POSSESSED_STOP = frozenset(("of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "over", "after", "before", "was", "were",
                             "is", "are", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should", "that",
                             "which", "who", "and", "but", "or", "as", "than", "the", "a", "an"))


def _from_origin(sentence: str, cut: int, left_start: int, left_end: int, join: int, right: int,
                 spans_end: dict[int, int]) -> bool:
    """Whether "from" between two figures tells where the first one's things come from, no base it is compared with:
    the clause's subject counts a noun, "from" follows it and the second counts one too ("About 10,500 athletes from 206
    teams competed": one claim; "rose to 1.2 million barrels from 1.1 million" has a verb before)."""
    right_end = spans_end.get(right, right)
    return (sentence[left_end:join].strip() == "" and sentence[left_end - 1 : left_end].isalpha()
            and sentence[right_end - 1 : right_end].isalpha() and not _has_verb(sentence, cut, left_start)
            and not sentence.startswith(" to ", right_end))


def _possessed_end(sentence: str, at: int) -> int | None:
    """Where the noun a possessive date at `at` ("last month's") is of ends: "Air India crash" of "last month's Air India
    crash revealed"; None if no noun of up to four words before a verb, a preposition or a stop."""
    m = _POSSESSIVE_WORDS.match(sentence, at)
    if m is None:
        return None
    end, head = None, ""
    for w in _WORD.finditer(sentence, m.start(1), m.end(1)):
        lower = w.group().lower()
        if lower in _POSSESSED_STOP or lower in IRREGULAR_PAST or (head and lower.endswith("ed")):
            break
        end, head = w.end(), lower
    if end is None or (end == m.end(1) and not _POSSESSED_ENDS.match(sentence, end)) or singular(head) not in _EVENTS:
        return None  # (four words with no stop after them: the noun may go on; "this year's oil exports" are one year's of
        # many, whose forecast is no export)
    return end


# things that happen once, on a day a possessive names ("Tuesday's bridge collapse", "last month's crash")
_EVENTS = frozenset("""crash collapse attack explosion blast bombing shooting earthquake quake fire flood storm hurricane typhoon
cyclone tornado eruption landslide derailment accident disaster tragedy incident election vote referendum poll meeting summit
session hearing talk conference debate speech announcement decision ruling verdict raid strike launch match game final race
drawing draw""".split())


_POSSESSED_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$)")


def _is_label(text: str, mark: str, rest: str = "", figure_next: bool = False) -> bool:
    """Whether `text`, before a colon or dash that opens a sentence's first cut, is a label naming what the
    rest is about: at most three words, or six after a list item's mark and before a colon; or, on a fact box's line
    (a colon, then no more than six words to the end of the line: "Oil exports to China (2023): 2.14m bpd") or before
    a colon a figure follows (`figure_next`: "Start with its debt: $1.8 billion, much of it from a buyout"), up to
    eight words with no finite verb ("The reason is simple: prices fell 5%" is a sentence)."""
    words = text.split()
    if words and _LIST_MARK.fullmatch(words[0]):
        return len(words) - 1 <= (_ITEM_LABEL_WORDS if mark == ":" else _LABEL_WORDS)
    if len(words) <= _LABEL_WORDS:
        return True
    return mark == ":" and "\n" not in text and (figure_next or len(rest.split("\n", 1)[0].split()) <= 6) and is_box_label(text)


def _subordinate_start(sentence: str, start: int, figure: int, first_only: bool = False, figure_end: int | None = None) -> int | None:
    """Where the subordinate clause that holds the figure at `figure` begins (its conjunction), if one
    begins after `start` and its first four words hold a finite verb before the figure (with `first_only`,
    the first such clause between `start` and `figure`); with `figure_end`, also one whose subject holds the figure
    and whose past verb follows it ("after an American Airlines jet with 65 aboard collided with")."""
    found = None
    for m in _SUBORDINATOR.finditer(sentence, start, figure):
        if (comma := sentence.find(",", m.end(), figure)) >= 0 and _CLAUSE_COMMA.search(sentence, comma, figure):
            continue  # "Shares, which have lost 18% since the attack was disclosed, fell 2.4%": the clause ended (not at
            # the comma of "Rs 1,254.6 crore")
        words = list(itertools.takewhile(lambda w: w.lower() not in ("and", "or", "but"), _WORD.findall(sentence, m.end(), figure)[:4]))
        # ("in power since 2012 and began a third term": the verb after "and" is the sentence's, not the clause's)
        if any(w.lower() in _FINITE or w.lower() in IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed")) for w in words[1:]) or (
                words and words[0].islower() and is_gerund(words[0])):  # "since beginning his fifth term on 7 May"
            found = m.start()
            if first_only:
                break
        elif figure_end is not None and len(_WORD.findall(sentence, m.end(), figure)) <= 5 \
                and _SUBJECT_OPENS.match(sentence, m.end()) and not any(c.isdigit() for c in sentence[m.end() : figure]) \
                and not _CLAUSE_COMMA.search(sentence, m.end(), figure) and any(
                w in IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed") and w.islower())
                for w in _WORD.findall(sentence, figure_end, figure_end + 24)[:3]):
            found = m.start()  # (a subject of at most five words, the figure in it: "after a jet with 65 aboard collided")
    return found



def _broken_down(sentence: str, pieces: list[tuple[int, int, int]], at: int) -> int | None:
    """Where the count a list set off by dashes breaks down begins, when the figure at `at` is an item of such a list
    ("Among the 64 people onboard — 62 passengers, two pilots and two flight attendants — were ..."), else None."""
    dash = max(sentence.rfind("—", 0, at), sentence.rfind(" – ", 0, at) + 1, sentence.rfind(" - ", 0, at) + 1)
    if dash <= 0:
        return None
    close = min((k for k in (sentence.find("—", at), sentence.find(" – ", at), sentence.find(" - ", at)) if k != -1),
                default=len(sentence.rstrip(" .")))
    if not _ITEM_LIST.fullmatch(sentence, dash + 1, close):
        return None
    head = max((ps for ps, pe, _ in pieces if pe <= dash and ps < dash), default=None)
    if head is None or (counted := _COUNTED_HEAD.search(sentence, head, dash)) is None:
        return None
    # (from the count on: "the 64 people onboard — 62 passengers"; what the clause says of the whole before it, "The Jeju
    # Air flight from Bangkok was carrying 181 people", is the whole's)
    return the.start() if (the := _THE_BEFORE.search(sentence, max(head, counted.start() - 4), counted.start())) else counted.start()


def _relative_that(sentence: str, at: int) -> bool:
    """Whether the "that" at `at` opens a relative clause: a noun before it and a word after it that is no
    subject ("elections that end on June 1", "a term that keeps him in office"; not "said that the talks", "warned
    that prices")."""
    before = _LAST_WORD.search(sentence, max(0, at - 30), at)
    after = _WORD.match(sentence, at + 5)
    if before is None or after is None or after.group().lower() in _SUBJECT_WORDS or after.group()[0].isupper():
        return False
    noun, verb = before.group(1).lower(), after.group().lower()
    if not can_be_noun(noun) or is_verb_only(noun) or noun in _NOT_NOUN_BEFORE or not can_be_verb(verb):
        return False
    # ("the report that exports rose": a noun and then a verb after "that" is the subject of a clause said)
    following = _WORD.match(sentence, after.end() + 1)
    return verb in _MODALS or not (can_be_noun(verb) and following is not None and can_be_verb(following.group().lower())
                                   and following.group().lower() not in _NOT_VERB_AFTER)


_NAME_RUN = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*\s*$")  # the capitalised words that end a fragment
_LAST_WORD = re.compile(r"([A-Za-z’'-]+)\s+$")
_STOP_BEFORE_NOUN = frozenset("in on of at for to by with from and or".split())


def _after_last_figure(spans: list[tuple[int, int, int]], start: int, at: int) -> int:
    """Where a noun phrase ending at `at` may begin: not before `start`, nor before the end of the last figure of
    `spans` (sorted) before `at` (no other figure's words)."""
    i = bisect.bisect_left(spans, (at,))
    return max(start, spans[i - 1][1] if i else 0)


def _antecedent(sentence: str, spans: list[tuple[int, int, int]], at: int) -> int | None:
    """Where the noun a relative pronoun at `at` after a preposition stands for begins ("the Beslan siege, in which"),
    if a preposition comes before it and a noun phrase that is no figure before that ("in March, after which": none)."""
    prep = _PREPOSITION_BEFORE.search(sentence, max(0, at - 14), at)
    if prep is None:
        return None
    noun_end = len(sentence[: prep.start()].rstrip(" ,"))
    begin = _noun_before(sentence, _after_last_figure(spans, 0, noun_end), noun_end)
    return begin if begin < noun_end else None


def _noun_before(sentence: str, start: int, at: int) -> int:
    """Where the noun phrase that ends just before `at` begins: up to three words back from `at`, not before
    `start`, stopping at a preposition, a conjunction or a verb ("rejected an agreement that" -> "an agreement")."""
    begin = at
    for word in reversed(list(_WORD.finditer(sentence, start, at))[-3:]):
        lower = word.group().lower()
        if lower in _STOP_BEFORE_NOUN or lower in IRREGULAR_PAST or is_verb_only(lower):
            break
        begin = word.start()
    return begin


_SUBJECT_WORDS = frozenset("the a an this these those his her its their our my your he she it they we i you there some many "
                           "most all each every no one two three prices".split())
_NOT_VERB_AFTER = frozenset("him her them it us me on in at to of for by from with".split())
_MODALS = frozenset("would will could can may might should must was were is are has have had".split())
_NOT_NOUN_BEFORE = frozenset("so such now said says say show shows showed warn warned note noted argue argued".split())




@dataclass(slots=True)
class Claim:
    start: int  # offsets in the text the sentence was cut from
    end: int
    clause_start: int
    clause: str  # the clause's text; a clause around a relative clause is its two parts joined


_GERUND_AFTER = re.compile(r"(?:since|after|before|until|when|once)\s+[a-z]+ing\b", re.I)
# the name a clause opens with ("Russian President Vladimir Putin wrapped up ..."): two capitalised words at least
_SUBJECT_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+)+[A-Z][\w’'.-]*(?=\s+[a-z])")
# a name and its past verb just before a phrase of "after", "since" ... and a verb in -ing ("Xi visited after taking ...")
_NAME_DID_BEFORE = re.compile(r"(?<![\w’'.-])(?P<name>(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*)\s+(?:[a-z]+ed|met|went|came|took|made"
                              r"|became|won|began|spoke|left|flew|sat)\s+$")
_PRONOUNS = frozenset("he she it they we i you this these those there".split())
_PRONOUN_AFTER = re.compile(r"(?:since|after|before|until|when|once|because)\s+(?:it|they)\s", re.I)


def _subject_phrase(sentence: str, start: int, end: int) -> str:
    """The words a clause opens with up to its first verb ("Gas imports from Russia rose ..."): its subject; ''
    when it opens with a pronoun or no verb comes within eight words."""
    words = list(_WORD.finditer(sentence, start, end))[:9]
    for n, word in enumerate(words):
        if _is_verb_word(word.group().lower()):
            return "" if n == 0 or words[0].group().lower() in _PRONOUNS else sentence[words[0].start() : words[n - 1].end()]
    return ""


def _is_verb_word(lower: str) -> bool:
    """Whether a (lower-case) word is a finite verb, a modal or a past tense ("is", "can", "rose", "reported")."""
    return lower in _MODALS or lower in IRREGULAR_PAST or (len(lower) > 4 and lower.endswith("ed"))


_MEASURE_FIGURE = re.compile(r"(?!.*\d(?:st|nd|rd|th)\b).*\d.*")  # (in digits, no ordinal: "Their first reported case came in May")
# the subject a figure may describe: "the", "its", "Calder Energy's" before it ...
_SUBJECT_HEAD = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s)\s+")
_NEW_SUBJECT_HEAD = re.compile(r"[Aa]n?(?:\s+(?![a-z]+(?:ed|s)\b)[a-z]{3,}){0,2}\s+")  # ("A massive", "A")
# ... and its noun after it, up to four words, then the clause's verb
_HEAD_THEN_VERB = re.compile(r"(?P<head>(?:\s+(?!(?:of|in|on|at|for|to|by|with|from|and|or|that|which|who)\b)[A-Za-z][\w’'-]*){1,4}?)"
                             r"\s+(?:is|was|were|are|has|had|have|will|would|could|can|may|might|remains?|remained"
                             r"|" + _PAST_VERB + r")\b")
# "The biggest", "Its latest", "The first": a rank with no noun after it
_RANK_ALONE = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z]+est|first|second|third|last|latest)")
_BE_OPENS = re.compile(r"(?:was|were|is|are|came|comes|went|had|has)\b")
_DETERMINED_NOUN = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+$")


def _opens_with_verb_word(sentence: str, at: int) -> bool:
    """Whether the words at `at` open with a finite verb, a modal or a past tense or participle ("built in 1968")."""
    word = _WORD.match(sentence, at)
    return word is not None and _is_verb_word(word.group().lower())


def _has_verb(sentence: str, start: int, end: int) -> bool:
    """Whether the words between `start` and `end` hold a finite verb, a modal or a past tense."""
    return any(_is_verb_word(w.group().lower()) for w in _WORD.finditer(sentence, start, end))


# ", with 91 overall medals, has cemented": an aside that opens with "with" and a verb after its closing comma
_WITH_ASIDE = re.compile(r",\s+with\s(?:[^,;:.()]|(?<=\d)[,.](?=\d)){1,80},(?=" + _VERB_NEXT + r"|\s+[a-z]{3,}s\b)")
_FIGURE_LEAD = re.compile(r"(?:(?:at|with|reportedly|now)\s+)?" + QUALIFIER_PIECE, re.I)  # what may come before a figure in an aside
_OPENING_PREPOSITIONS = frozenset("in on at for by after before with without during since until from to of as like unlike despite "
                                   "amid among under over however meanwhile".split())
_ASIDE_WORDS = 16  # an aside set off by commas between a subject and its verb is short
_NOUN_GOES_ON = frozenset(("of", "from", "to", "in", "on", "for", "at", "by"))
_AGENT_AFTER = re.compile(r"\s+(?:(?:down|up|out|off|back|hard)\s+)?by\b")
# ("Officials, speaking on condition of anonymity, said 50 died": who said it is no claim)
_REPORTING = frozenset(("said", "says", "told", "added", "noted", "wrote", "estimated"))


def _subject_before_aside(sentence: str, pieces: list[tuple[int, int, int]], p: int, first: int, figure: int,
                          local: list[tuple[int, int, int]], told: frozenset[int]) -> int | None:
    """Where the subject of piece `p` starts when the piece opens with its verb and an aside set off by commas parts it
    from the clause's opening noun phrase, which starts at `first` ("Net income, which includes a tax gain, was ..."; a
    relative clause is a clause of its own); None when it does not. The asides hold no figures but those in `told`
    (dates and durations: "The rescue, which took 18 days, freed all 41 workers")."""
    a, _, c = pieces[p]
    verb = _WORD.match(sentence, a)
    if verb is not None and verb.group().lower() in _NOUN_GOES_ON:
        # ("Losses to Fortune 500, excluding Microsoft, from the outage are $5.4 billion": the noun goes on to its verb)
        verb = next((w for w in itertools.islice(_WORD.finditer(sentence, verb.end(), figure), 6)
                     if _is_verb_word(w.group().lower())), None)
    if verb is None or verb.group().lower() in _REPORTING or not (
            _is_verb_word(verb.group().lower()) or is_verb_only(verb.group().lower())):  # ("employs 1,200 people")
        return None
    if verb.group().lower() not in _MODALS and _AGENT_AFTER.match(sentence, verb.end()):
        return None  # ("Medway, the drugstore chain, filed for bankruptcy on Sunday, weighed down by $1.5 billion of debt": a
        # participle's phrase, no predicate)
    q = p - 1
    while q >= 0 and not (pieces[q][2] == c and pieces[q][0] == first):  # (back over the asides to the clause's opening)
        if sentence[pieces[q][1] : pieces[q + 1][0]].strip() != ",":
            return None
        if pieces[q][2] == c and _has_verb(sentence, pieces[q][0], pieces[q][1]) and not _opens_with_verb_word(sentence, pieces[q][0]):
            return None  # ("Last October, Putin spent three days in Beijing, held on Oct. 17-18": a clause, no aside)
        q -= 1
    if q < 0 or q == p - 1 or sentence[pieces[q][1] : pieces[q + 1][0]].strip() != ",":
        return None
    start, end = pieces[q][0], pieces[p - 1][1]
    opening = _WORD.match(sentence, start)
    if (opening is None or opening.group().lower() in _OPENING_PREPOSITIONS  # ("In stark contrast, the sector, ...": no subject)
            or _has_verb(sentence, start, pieces[q][1]) or len(sentence[pieces[q + 1][0] : end].split()) > _ASIDE_WORDS
            or any(start <= fs < end and (fi not in told or fs < pieces[q][1]) for fs, _, fi in local)):
        return None  # (nor a subject with a figure: "In 2023, ...")
    if places_named(sentence[pieces[q + 1][0] : end]):
        return None  # (nor an aside that names a country, which would scope the figure: "Russian crude exports to China, which
        # have climbed since the invasion of Ukraine, averaged 2.14 million bpd" is no figure of Ukraine)
    return start


_PARTITIVE_GAP = re.compile(r"\s+(?:out\s+)?of\s+(?P<whole>(?:the|its|their|his|her|our|these|those)\s+(?:[\w’'-]+['’]s\s+)?)$",
                            re.I)


def sentence_claims(sentence: str, offset: int, spans: list[tuple[int, int]], dates: frozenset[int] = frozenset(),
                    ages: frozenset[int] = frozenset(), durations: frozenset[int] = frozenset(),
                    alike: frozenset[int] = frozenset()) -> list[Claim]:
    """The claim and clause of each figure span (offsets in the text, in text order; `sentence` starts
    at `offset`); `dates`, `ages` and `durations` are the indices of the spans that are dates, ages and durations,
    `alike` those of amounts in the unit of the figure just before them."""
    if is_table_row(sentence):
        # a row of a markdown table ("| China's saving from the discount | - | $4.34 billion | - |"): its first cell
        # names what each of its figures is, so the row is every figure's claim and clause
        row = sentence.rstrip()
        return [Claim(offset, offset + len(row), offset, row) for _ in spans]
    local = [(s - offset, e - offset, i) for i, (s, e) in enumerate(spans)]  # in text order, as extraction gives them
    span = 0  # the first figure that does not end before the current cut

    # fragments as (start, end, clause id), in order
    fragments: list[list[int]] = []
    clause, next_clause, outer = 0, 1, -1  # outer: the clause a relative clause interrupts
    contrast = _CONTRAST_OPENING.match(sentence) is not None
    fronted = _FRONTED_OPENING.match(sentence) is not None or (
        (opening := _GERUND_OPENING.match(sentence)) is not None and is_gerund(opening.group(1).lower()))
    start = 0
    uncut = [u.span() for u in _UNCUT.finditer(sentence)] if ("(" in sentence or "," in sentence) else []
    paired: set[int] = set()
    if "--" in sentence or "—" in sentence or " – " in sentence:
        for dash in _DASH_PAIR.finditer(sentence):
            if not _has_verb(sentence, dash.start("inside"), dash.end("inside")):
                paired.update((dash.start(), dash.start("close")))
    for m in _CUTS.finditer(sentence):
        a, b = m.span()
        if uncut and any(us <= a and b <= ue for us, ue in uncut) and sentence[a] in ",()":
            continue
        while span < len(local) and local[span][1] <= a:
            span += 1
        if span < len(local) and local[span][0] < b and a < local[span][1] and (local[span][0] < a or b < local[span][1]):
            continue  # no cut within a figure ("2,140,000", "Oct. 18, 2023")
        if sentence[a] == ":" and not fragments and local and local[0][0] <= ITEM_MARK.match(sentence).end() \
                and local[0][1] >= len(sentence[:a].rstrip()):
            continue  # "$42 billion: what customers tried to pull out", "- $6.1 billion: annual savings": a figure that
            # opens a list item is what follows
        fragments.append([start, a, clause])
        start = b
        kind = m.lastgroup
        if kind == "clause" and not fragments[:-1] and _WITH_ASIDE.match(sentence, a) and len(sentence[:a].split()) <= _LABEL_WORDS \
                and not _has_verb(sentence, 0, a):
            kind = "fragment"  # "China, with 91 overall medals, has cemented itself as ...": "with" between a subject and
            # its verb is an aside of the subject's, no clause of its own ("killed 12, with 40 injured" is one)
        if kind == "clause" and paired and a in paired:
            kind = "fragment"  # "107 million tonnes of crude -- roughly 2.14 million barrels a day -- and ...": dashes
            # around a phrase with no verb set it off as brackets do, within the clause
        if kind == "fragment" and sentence[a] == "," and len(fragments) == 1 and (contrast or (
                fronted and any(fs < a and fi not in dates and fi not in ages for fs, _, fi in local))):
            kind = "clause"  # "Unlike Xi's three-day trip to Moscow, Putin's visit will last two days": another thing's
            # (so is a fronted phrase with a figure of its own: "With mortgage rates close to seven percent, first-time
            # buyers accounted for thirty-one percent of sales"; not a date's: "In 2023, imports rose 25%")
        if (kind == "clause" and sentence[a] in ":-–—"
                and (not fragments[:-1] or (sentence[a] == ":" and all(sentence[f[1]] in "()[]" for f in fragments[:-1])))
                and _is_label(sentence[:a], sentence[a], sentence[b:],
                              span < len(local) and _QUALIFIER_ONLY.fullmatch(sentence, b, local[span][0]) is not None)):
            kind = "fragment"  # "Gas: 33.7 bcm in 2023", "1949 - The Soviet Union recognises ...": a label names what
            # its clause is about (a bracket in it too: "Oil exports to China (2023): 2.14m bpd")
        if kind == "clause":
            clause, next_clause, outer = next_clause, next_clause + 1, -1
            label = sentence[fragments[-1][0] : a]
            if (sentence[a] == ":" and len(fragments) > 1 and fragments[-2][2] == fragments[-1][2]
                    and len(label.split()) <= _LABEL_WORDS
                    and (label.strip()[:1].isupper() or sentence[: fragments[-1][0]].rstrip().endswith("("))):
                fragments[-1][2] = clause  # "Trade: $240bn, +26%, Gas: 33.7 bcm": "Gas" labels the next item, not this one;
                # so does "(placebo: 4%)"
        elif kind == "relative":
            outer, clause, next_clause = clause, next_clause, next_clause + 1
        elif outer >= 0 and sentence[a] == ",":  # the comma that closes a relative clause
            clause, outer = outer, -1
    fragments.append([start, len(sentence), clause])
    pieces: list[tuple[int, int, int]] = []
    k = 0
    texts: dict[int, list[str]] = {}
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for a, b, c in fragments:
        piece = sentence[a:b]
        stripped = piece.strip()
        if not stripped:
            continue
        a += len(piece) - len(piece.lstrip())
        b = a + len(stripped)
        texts.setdefault(c, []).append(stripped)
        first.setdefault(c, a)
        last[c] = b
        while k < len(local) and local[k][0] < a:
            k += 1
        j = k
        while j < len(local) and local[j][0] < b:
            j += 1
        cut = a
        if j - k > 1:  # several figures: cut between them at the last "and" / "or" / "but" / "from" ...
            spans_end = {fs: fe for fs, fe, _ in local[k:j]}
            for (left_start, left_end, left_index), (right, _, index) in itertools.pairwise(local[k:j]):
                # ("profit rose 22% from a year ago to ₹1,245.6 crore": the level reached is the subject's, with the base inside)
                reaches_level = index in dates and _LEVEL_AFTER_BASE.match(sentence, spans_end.get(right, right)) is not None
                joins = [m.end() for m in _BETWEEN_FIGURES.finditer(sentence, left_end, right)
                         if not _QUALIFYING_THAN.match(sentence, m.start()) and not any(us <= m.start() < ue for us, ue in uncut)
                         and not _BOUND_WORD.fullmatch(sentence, m.end(), right)
                         and not (index in dates and _FROM_NAME.match(sentence, m.end()))
                         and not (left_index in dates and index not in dates and _WITH_TIME_OF.match(sentence, m.end()))
                         and not (reaches_level and sentence.startswith(("from ", "compared "), m.end()))
                         and not (sentence.startswith("from ", m.end()) and _from_origin(sentence, cut, left_start, left_end,
                                                                                        m.start(), right, spans_end))
                         and not (index in dates and left_index not in dates and _NOUNS_JOINED.match(sentence, m.end())
                                  and not _has_verb(sentence, m.end(), right))]
                if left_index in dates and index in dates and _DATES_LISTED.fullmatch(sentence, left_end, right) \
                        and "respectively" not in sentence[right : right + 40]:
                    joins = []  # (but "the 303 and 282 seats it won in 2019 and 2014, respectively": each date its figure's)
                if not joins and index in dates and not reaches_level and (base := BASE_BEFORE.search(sentence, left_end, right)):
                    joins = [base.start()]  # "wages rose 3.9% from a year earlier": the year earlier is the base
                if not joins and index not in dates and left_index not in dates \
                        and (on := _ON_A_FIGURE.fullmatch(sentence, left_end, right)) is not None:
                    joins = [on.start("on")]  # "with 67% in favour on a 54% turnout", "a profit of $2bn on revenue of
                    # $10bn": the figure after "on" is the base the first was had on, a claim of its own
                if not joins and index in dates and left_index not in dates and (on := _ON_BEFORE.fullmatch(sentence, left_end, right)) \
                        and ON_BASE.match(sentence, on.start("on")):
                    joins = [on.start("on")]  # "an 8% increase on 2023": the year is the base, as after "from"
                if not joins and index in dates and left_index in dates and (verb := _MAIN_VERB.match(sentence, left_end, right)) \
                        and _PARTICIPLE_DATE.search(sentence, max(cut, left_start - 40), left_start):
                    joins = [verb.start("verb")]  # "A pipeline built in 1980 broke last weekend": 1980 is when it was built,
                    # the weekend when it broke
                if not joins and left_index in dates and index in dates \
                        and (participle := _PARTICIPLE_DATE.search(sentence, max(left_end, right - 40), right)) is not None \
                        and (phrase := _PREPOSITION_AFTER.match(sentence, left_end, participle.start())) is not None:
                    joins = [phrase.end()]  # "stay in power until 2036 under constitutional changes approved in 2020": the
                    # phrase the participle ends is 2020's, no part of 2036's claim
                if not joins and left_index in dates and (subject := _PRONOUN_SUBJECT.match(sentence, left_end, right)) \
                        and _PARTICIPLE_DATE.search(sentence, max(cut, left_start - 40), left_start):
                    joins = [subject.end()]  # "Under changes approved in 2020 he could run again in 2030": the opening
                    # phrase ends where its clause's subject begins, as a comma would say
                if not joins and index in alike and (phrase := _PLACE_PHRASE.search(sentence, left_end, right)) is not None:
                    joins = [phrase.end()]  # "at 110 km/h on a stretch limited to 80 km/h", "110 km/h in an 80 km/h zone":
                    # the phrase after the first amount holds the second, another measure of the same unit
                if joins:
                    pieces.append((cut, len(sentence[: joins[-1]].rstrip()), c))  # (no space ends a claim)
                    cut = joins[-1]
        pieces.append((cut, b, c))
    joined = {c: " ".join(parts) for c, parts in texts.items()}
    out: list[Claim | None] = [None] * len(spans)
    subordinate = _SUBORDINATOR.search(sentence) is not None  # (most sentences have no subordinate clause)
    events = subordinate or "ollowing" in sentence  # (every word `_EVENT_DATE` begins with)
    p = 0
    piece_start: dict[int, int] = {}  # the piece each figure lies in, and where the claims of a piece's figures start when the
    widened: dict[int, int] = {}  # subject or noun before an aside widens them ("Inflation, at 1.9% in September": its date's too)
    for s, e, i in local:
        while p + 1 < len(pieces) and pieces[p + 1][0] <= s:
            p += 1
        a, b, c = pieces[p] if pieces and pieces[p][0] <= s < pieces[p][1] else (s, e, -1)
        piece_start[i] = a
        clause_start, text = first.get(c, a), joined.get(c, sentence[a:b])
        if (c >= 0 and p and pieces[p - 1][2] == c and sentence.startswith(("who ", "whom ", "whose "), a)
                and not sentence[:a].rstrip().endswith(",")):
            # "paid £100m for a striker who scored 13 goals last season": a relative clause without a comma is about the
            # noun just before it, not the clause that noun lies in (as "that" is: "an agreement that would have raised")
            a = _noun_before(sentence, _after_last_figure(local, pieces[p - 1][0], a), a)
            text = sentence[a:b].strip()
        elif c >= 0 and sentence.startswith(("which ", "whom "), a) and (antecedent := _antecedent(sentence, local, a)) is not None:
            # "the 2004 Beslan school siege, in which 334 people were killed", "The storm, during which 40 homes were
            # destroyed": the relative clause after a preposition is about the noun before it
            a = antecedent
            text = sentence[a:b].strip()
        elif c >= 0 and p and pieces[p - 1][2] != c and _RELATIVE.match(sentence, a):
            # (a relative pronoun after a preposition, ", after which", opens no clause of its own: its clause holds the
            # words before it already)
            # "Putin, who is 71": the relative clause is about the noun before it; a thing's ("which") is also about
            # the clause that noun is in ("Xi, who took office in 2012, is serving a third term, which runs until 2028"
            # is Xi's), a person's is the person's alone ("Xi, 70, is a year younger than Putin, who is 71")
            host, noun_end = pieces[p - 1][2], pieces[p - 1][1]
            thing = sentence.startswith(("which", "Which"), a)
            when = thing and i in dates and _WHICH_WHEN.match(sentence, a) is not None
            a = pieces[p - 1][0]
            if when:
                # "after his inauguration, which took place on May 7": the day is the inauguration's alone, none of what
                # the clause around it says ("the first foreign visit")
                thing, a = False, _noun_before(sentence, a, noun_end)
            if p >= 2 and pieces[p - 2][2] == host and _APPOSED_AGE_PIECE.fullmatch(sentence, pieces[p - 1][0], noun_end):
                a = pieces[p - 2][0]  # "Xi, 70, who secured a third five-year term": about Xi, past the age set off by commas
            outer_text = " ".join(sentence[fa:fb].strip() for fa, fb, fc in fragments if fc == host and fb <= noun_end) \
                if thing else ""
            text = (outer_text or sentence[a:noun_end].strip()) + " " + text
            # (clause_start stays the relative clause's own: its dates are no period of the outer clause's figures,
            # "Putin, who could stay in power until 2036 under changes approved in 2020, now serves a six-year term")
        elif c >= 0 and p and pieces[p - 1][2] == c and sentence.startswith("that", a) and _relative_that(sentence, a):
            # "elections that end on June 1": likewise, in the clause it lies in (the noun, a few words back: no
            # other figure's words, "94.6% of members rejected an agreement that would have raised wages by 25%")
            a = _noun_before(sentence, _after_last_figure(local, pieces[p - 1][0], a), a)
        elif i in ages and p and pieces[p - 1][2] == c and _APPOSITION.fullmatch(sentence, pieces[p - 1][1], s) \
                and not sentence[e:b].strip(" .!?"):  # (the sentence's stop ends it too: "... than the Russian leader, now 71.")
            # "Kim Jong Un, 40, welcomed Putin": an age set off by commas (or brackets) is the age of the noun before
            # it, and nothing the rest of the clause says
            a = clause_start = pieces[p - 1][0]
            if (name := _NAME_RUN.search(sentence, a, pieces[p - 1][1])) is not None:
                a = clause_start = name.start()  # "Real Madrid have signed forward Carlos Santos, 22": Santos's age
            elif pieces[p - 1][0] != first.get(c) and (noun := _DETERMINED_NOUN.search(sentence, a, pieces[p - 1][1])):
                a = clause_start = noun.start()  # "Xi is a year younger than the Russian leader, now 71": the leader's age
            b = e + 1 if sentence[e : e + 1] == ")" else e
            text = sentence[a:b]
        elif i not in dates and c >= 0 and p >= 2 and pieces[p][0] == a and (
                subject := _subject_before_aside(sentence, pieces, p, first.get(c, -1), s, local, dates | durations)) is not None:
            # "The dam, built in 1968, is 54 metres high", "Earnings, excluding one-time items, were $1.02 a share", "Net
            # income, which includes a tax gain, was $312 million": a predicate after an aside set off by commas is the
            # subject's, as in "The dam is 54 metres high" (a participle's date is no period of it: `date_index`; an
            # aside with a figure of its own is left apart: "Ruiz, signed for 45 million pounds, has 21 goals")
            a = widened[piece_start[i]] = subject  # (a date alone in its piece keeps it, "Medway, the drugstore chain, filed
            # for bankruptcy on Sunday"; one beside the figure shares its claim, as it shares its period)
        elif i not in ages and i not in dates and c >= 0 and p and pieces[p][0] == a and _FIGURE_LEAD.fullmatch(sentence, a, s) \
                and pieces[p - 1][2] == c and sentence[pieces[p - 1][1] : a].strip() == "," and sentence[b : b + 1] == "," \
                and not _has_verb(sentence, e, b) and (
                    (noun := _DETERMINED_NOUN.search(sentence, pieces[p - 1][0], pieces[p - 1][1])) is not None
                    or (pieces[p - 1][0] == first.get(c) and not _has_verb(sentence, pieces[p - 1][0], pieces[p - 1][1])
                        and len(sentence[pieces[p - 1][0] : pieces[p - 1][1]].split()) <= _LABEL_WORDS
                        and (last := _LAST_WORD.search(sentence[pieces[p - 1][0] : pieces[p - 1][1]] + " ")) is not None
                        and can_be_noun(last.group(1).lower()))):  # (a noun: "However, about an hour into the journey" names none)
            # "the nearby Orl dam, 38 metres high, dates from 1959": a figure set off by commas measures the noun before
            # it, as "the 38-metre Orl dam" would; so does one after "at" or a qualifier, and the clause's opening noun
            # ("Turnout, at 59.7%, was the lowest since 1885"; "Her salary, reportedly £250,000 a year, is ...")
            a = widened[piece_start[i]] = noun.start() if noun is not None else pieces[p - 1][0]
            if (noun is not None and _RANK_ALONE.fullmatch(sentence, noun.start(), pieces[p - 1][1]) and p + 1 < len(pieces)
                    and pieces[p + 1][2] == c and _BE_OPENS.match(sentence, pieces[p + 1][0])
                    and not any(pieces[p + 1][0] <= fs < pieces[p + 1][1] for fs, _, _ in local)):
                b = pieces[p + 1][1]  # "The biggest, €4.43 billion in 2018, was over Android": a rank with no noun names
                # nothing the figure measures; what the clause says of it after the aside does
        elif i not in ages and i not in dates and c >= 0 and (
                (definite := _SUBJECT_HEAD.fullmatch(sentence, a, s)) or _NEW_SUBJECT_HEAD.fullmatch(sentence, a, s)) \
                and _MEASURE_FIGURE.fullmatch(sentence, s, e) is not None \
                and (head := _HEAD_THEN_VERB.match(sentence, e)) is not None and head.end("head") <= b \
                and not any(a <= fs < head.end("head") for fs, _, fi in local if fi != i) \
                and (definite or any(head.end("head") <= fs < b for fs, _, fi in local if fi not in dates)):
            # "Calder Energy's 430,000 b/d Port Arden refinery remained shut on Wednesday": a figure that describes the
            # noun a clause opens with measures that noun; what the clause says of the noun is not said of the figure
            # (after "A" and its adjectives, when the clause goes on to a figure of its own: "A massive 7.2-magnitude
            # quake flattened 180 buildings"; not "A 6.8-magnitude earthquake shook the province", which says what it did)
            b = head.end("head")
        if i not in dates and ("—" in sentence or " – " in sentence or " - " in sentence) and (
                head := _broken_down(sentence, pieces, s)) is not None:
            # "Among the 64 people onboard — 62 passengers, two pilots and two flight attendants — were members of": a
            # list set off by a dash after a count breaks that count down, so each item is of what the count counts
            a = head
        if i and local[i - 1][1] < s and (gap := _PARTITIVE_GAP.fullmatch(sentence, local[i - 1][1], s)) is not None:
            # "Thirty-eight of the train's 149 cars left the tracks": the whole says what there is (the train's 149
            # cars), and none of what the part did
            a = clause_start = gap.start("whole")
            b = e
            text = sentence[a:b]
        if i in dates and events and (event := _EVENT_DATE.search(sentence, max(clause_start, s - 60), s)) is not None:
            # "his first foreign visit after his inauguration on May 7": the day of the inauguration, not of the visit
            a, clause_start = max(a, event.start()), max(clause_start, event.start())
            text = sentence[clause_start : max(b, e, last.get(c, b))].strip()
        elif subordinate:
            sub = _subordinate_start(sentence, clause_start, s, figure_end=e if i not in dates else None)
            if sub is not None:
                host = clause_start
                a, clause_start = max(a, sub), sub
                text = sentence[sub : max(b, e, last.get(c, b))].strip()
                if _GERUND_AFTER.match(sentence, sub) and (subject := _SUBJECT_NAME.match(sentence, host)) is not None:
                    # "Putin wrapped up his visit, his first trip since taking office on May 7": who took office is the
                    # clause's subject
                    text = f"{subject.group().strip()} {text}"
                elif _GERUND_AFTER.match(sentence, sub) and (named := _NAME_DID_BEFORE.search(sentence, max(0, sub - 80), sub)) \
                        and not known_word(named.group("name").split()[0].lower()):
                    # "as Russia was the first country Xi visited after taking office for a third term": who took office
                    # is whoever did what the phrase follows
                    text = f"{named.group('name')} {text}"
                elif _PRONOUN_AFTER.match(sentence, sub) and (subject_words := _subject_phrase(sentence, host, sub)):
                    # "Gas imports rose 25% in 2024, after a 40% jump in 2023, when they reached 33.7 bcm": what "they"
                    # (it) stands for is the sentence's subject
                    text = f"{subject_words} {text}"
            later = next((f for f in local if f[0] >= e and f[0] < b), None)
            if later is not None and (after := _subordinate_start(sentence, later[1], b, first_only=True)) is not None:
                # "This year marks 75 years since the Soviet Union recognised ...": the clause is the 75 years'
                b = len(sentence[:after].rstrip())
            elif later is None and i not in dates and (after := _subordinate_start(sentence, e, b, first_only=True)) is not None \
                    and not sentence.startswith(("since", "Since"), after):
                # "The death toll has risen to 14 after two of the injured died": a clause of its own verb after the figure
                # tells why or when, not what the figure counts (a clause of its clause still; "75 years since the Soviet
                # Union recognised ..." is what the 75 years are)
                b = len(sentence[:after].rstrip())
        if (c >= 0 and p and pieces[p - 1][2] == c and pieces[p][0] == a and _OPEN_BEFORE.search(sentence, max(0, a - 4), a)
                and (close := _CLOSE_AFTER.match(sentence, e)) and _BRACKET_LEAD.fullmatch(sentence, a, s)
                and not sentence[e:b].strip() and not any(pieces[p - 1][0] <= fs < b for fs, _, fi in local if fi != i)):
            # "China's imports from Russia (2.1 million bpd) outpaced those from Saudi Arabia (1.7 million bpd)": a figure
            # alone in brackets measures what the words just before the bracket name (not after a figure: "33.7 bcm (1.19
            # trillion cubic feet)" restates it, a claim of its own as before)
            a, b = pieces[p - 1][0], close.end()
        elif (c >= 0 and p and pieces[p - 1][2] == c and pieces[p][0] == a and sentence[s : s + 1] in "+-−"
              and _OPEN_BEFORE.search(sentence, max(0, a - 4), a) and (close := _CLOSE_AFTER.match(sentence, e))
              and _QUALIFIER_ONLY.fullmatch(sentence, a, s) and not sentence[e:b].strip()
              and len(sentence[:a].rstrip(" (")) in {fe for _, fe, fi in local if fi != i}):
            # "the Conservatives 121 (-251)": a signed figure in brackets after a figure is its change, of its claim
            a, b = pieces[p - 1][0], close.end()
        elif (c >= 0 and p and pieces[p - 1][2] == c and pieces[p - 1][0] == first.get(c) and pieces[p][0] == a == s
              and sentence[: pieces[p - 1][0]].rstrip().endswith(";") and sentence[pieces[p - 1][1] : a].strip() == ","
              and _NAME_ONLY.fullmatch(sentence, pieces[p - 1][0], pieces[p - 1][1])):
            # "China took 2.1 million bpd; India, 1.8 million bpd": a name, a comma and a figure say of the name what the
            # clause before said
            a = pieces[p - 1][0]
        if i in durations and c >= 0 and _HOW_LONG_ALONE.fullmatch(sentence, a, s) and not sentence[e:b].strip(" .,;"):
            # "In 48 hours, depositors withdrew $42 billion", "customers withdrew US$42 billion (NZ$68b) within two days": a
            # phrase of how long, alone in its piece, tells how long what its clause says took: the claim is that clause
            if a == first.get(c) and p + 1 < len(pieces) and pieces[p + 1][2] == c:
                b = pieces[p + 1][1]
            else:
                a = first.get(c, a)
        if " to " in sentence[a:s] and (modal := _MODAL_AFTER.search(sentence, e, b)) is not None and any(
                can_be_verb(m.group(1).lower()) for m in _TO_WORD.finditer(sentence, a, s)):
            # "the bill to raise the federal minimum wage to $17 an hour by 2028 would force small businesses to cut
            # staff": a figure in an infinitive's phrase is the subject's; what the subject would do says nothing of it
            b = len(sentence[: modal.start()].rstrip())
        if i in dates and a == clause_start and (head := _DATED_SUBJECT.fullmatch(sentence, a, s)) is not None \
                and can_be_noun(head.group("noun").lower()) and _VERB_AFTER_SUBJECT.match(sentence, e) \
                and not any(w.lower() in _FINITE or w.lower() in IRREGULAR_PAST for w in _WORD.findall(sentence, a, s)):
            # "Putin's visit to Beijing on Thursday is set to begin his new term": the day is the visit's, the subject it ends;
            # what the visit is set to do says nothing of it ("since starting a new term last week" is another day)
            b = e
            text = sentence[a:e].strip()
        if i in dates and sentence[e : e + 1] in "'’" and (noun_end := _possessed_end(sentence, e)) is not None:
            # "a report into last month's Air India crash revealed ...": a date in the possessive dates the noun it is of,
            # none of what the clause says of that noun (the report's day is another)
            a, b = s, noun_end
        if i in dates and " and " in sentence[e:b] and not any(e <= fs < b for fs, _, _ in local) \
                and (more := _AND_PARTICIPLE.search(sentence, e, b)) is not None:
            # "Cerulean, founded in 2011 and based in Cambridge": a second participle's phrase says what the date is not of
            b = more.start()
        if (i not in dates and c >= 0 and p + 1 < len(pieces) and pieces[p + 1][2] == c and not sentence[e:b].strip()
                and not sentence[b : pieces[p + 1][0]].strip() and sentence.startswith(("who ", "that "), pieces[p + 1][0])
                and not any(pieces[p + 1][0] <= fs < pieces[p + 1][1] for fs, _, _ in local)):
            # "in addition to 705 people who remained trapped": a relative clause with no comma, right after the figure's
            # noun, says which of them the figure counts
            b = pieces[p + 1][1]
        out[i] = Claim(a + offset, max(b, e) + offset, clause_start + offset, text)
    for i in dates:
        if (claim := out[i]) is not None and claim.start - offset == piece_start.get(i) and piece_start[i] in widened:
            out[i] = Claim(widened[piece_start[i]] + offset, claim.end, claim.clause_start, claim.clause)
    if sentence.startswith(("At ", "To ", "Closing ", "Ending ", "Finishing ", "Settling ")) or (
            (" at " in sentence or ", up " in sentence or ", down " in sentence) and STOCK_INDEX.search(sentence)):
        _closing_levels(sentence, offset, local, out, index=STOCK_INDEX.search(sentence) is not None)
    if " or " in sentence or "(" in sentence:
        _restatements(sentence, offset, local, out)
    if ", " in sentence:
        _appended_changes(sentence, offset, local, out, dates)
        _participle_subjects(sentence, offset, local, out, dates)
        _subjects_past_asides(sentence, offset, local, out, dates)
    if " to " in sentence:
        _levels_reached(sentence, offset, local, out, dates)
    if " and " in sentence:
        _coordinated_subjects(sentence, offset, local, out, dates)
    return out  # type: ignore[return-value]


_AND_ONLY = re.compile(r"\s+and\s+(?:(?:about|around|nearly|some|more\s+than|at\s+least)\s+)?")
_VERB_AFTER_SUBJECTS = re.compile(_VERB_NEXT + r"|\s+[a-z]{2,}ed\b")  # ("... and three children died")


def _coordinated_subjects(sentence: str, offset: int, local: list[tuple[int, int, int]], out: list[Claim | None],
                          dates: frozenset[int]) -> None:
    """Two figures joined by "and" that are one verb's subjects ("All 321 passengers and 58 crew were evacuated", "The
    321 passengers and 58 crew were taken off by lifeboats"): the first, whose claim ends with it and holds no verb,
    claims what the second's says of both."""
    for (_, left_end, left), (right_start, right_end, right) in itertools.pairwise(_no_dates(local, dates)):
        mine, after = out[left], out[right]
        if mine is None or after is None or mine.end - offset != left_end or not left_end <= after.start - offset <= right_start:
            continue
        if not _AND_ONLY.fullmatch(sentence, left_end, right_start) or _has_verb(sentence, mine.start - offset, left_end):
            continue
        if _VERB_AFTER_SUBJECTS.match(sentence, right_end) and after.end - offset > right_end:
            out[left] = Claim(mine.start, after.end, mine.clause_start, mine.clause)


# "To close at 4,577, the S&P 500 dropped ...", "At 35,368 points, the Dow fell ...": a level an opening phrase gives
_LEVEL_OPENING = re.compile(r"(?:At|To (?:close|end|finish|settle) at|(?:Closing|Ending|Finishing|Settling) at)\s+(?:about\s+|around\s+)?$")
# "slipped 543.34 points, or 1.5%, to close at 35,368.47": the level the subject closed at, after its move
_CLOSE_AT = re.compile(r"(?:to|and)\s+(?:close|closed|end|ended|finish|finished|settle|settled)\s+at\s+(?:about\s+|around\s+)?$"
                       r"|(?:closing|ending|finishing|settling)\s+at\s+(?:about\s+|around\s+)?$")


# "The Nasdaq finished the day at 14,506 points, down 368.86 points": the move of the level before it, the subject's
_MOVE_TAIL = re.compile(r"\d[^,;:]*,\s+(?:up|down|higher|lower|rising|falling|gaining|losing)\s+(?:by\s+)?"
                        r"(?:(?:about|around|nearly|almost|some|roughly|more\s+than|just)\s+)?$")


def _closing_levels(sentence: str, offset: int, local: list[tuple[int, int, int]], out: list[Claim | None], index: bool) -> None:
    """A level an opening phrase gives is the clause's subject's: an opening "At 35,368 points," or "To close at 4,577,"
    claims the clause up to the figure after it ("At 35,368 points, the Dow fell", "At $240 billion, trade was up 26%");
    in a sentence that names a stock index (`index`), an index's level at its close is too: a closing "to close at
    35,368.47" after a move claims the clause from its start ("The Dow slipped 543.34 points, or 1.5%, to close at
    35,368.47"), and so does a move told after a level ("The Nasdaq finished the day at 14,506 points, down 368.86
    points")."""
    for n, (start, end, i) in enumerate(local):
        mine = out[i]
        if mine is None:
            continue
        if n == 0 and _LEVEL_OPENING.fullmatch(sentence, 0, start) and sentence.startswith(",", end):
            stop = len(sentence[: local[1][0]].rstrip()) if len(local) > 1 else len(sentence.rstrip())  # (no space ends a claim)
            out[i] = Claim(offset, max(mine.end, stop + offset), mine.clause_start, mine.clause)
        elif index and n and mine.clause_start < mine.start and (
                _CLOSE_AT.search(sentence, max(0, start - 30), start) or _MOVE_TAIL.search(sentence, max(0, start - 40), start)):
            out[i] = Claim(mine.clause_start, mine.end, mine.clause_start, mine.clause)


_OR_BETWEEN = re.compile(r"(?:\s+[a-z]+){0,2},?\s+or\s+(?:(?:about|around|nearly|almost|roughly|some|just)\s+)?|\s?\(")
# ("Nearly 8 in 10 voters, or 78%": the share's noun may stand between)
_PERCENT_WRITTEN = re.compile(r"%|\bper ?cent\b|\bpercent\b|(?<=\d)\s?pc\b|\bpct\b", re.I)


def _restatements(sentence: str, offset: int, local: list[tuple[int, int, int]], out: list[Claim | None]) -> None:
    """"slipped 543.34 points, or 1.5%", "fell 1.51% or 543.34 points", "down 368.86 points (2.6%)": a figure after "or"
    (or in brackets) that says the figure before it again as a share (or the share as an amount) has that figure's claim,
    from its start."""
    for (_, left_end, left), (right_start, right_end, right) in itertools.pairwise(local):
        mine, before = out[right], out[left]
        if mine is None or before is None or not _OR_BETWEEN.fullmatch(sentence, left_end, right_start) or (
                sentence[right_start - 1 : right_start] == "(" and not sentence.startswith(")", right_end)):
            continue
        left_share = _PERCENT_WRITTEN.search(sentence, max(0, left_end - 8), left_end) is not None
        right_share = _PERCENT_WRITTEN.search(sentence, right_start, right_end) is not None
        if left_share != right_share and before.start < mine.start:
            out[right] = _from_left(before, mine, right_end + offset)


def _from_left(before: Claim, mine: Claim, end: int) -> Claim:
    """`mine` widened to start where `before` (the claim of the figure it restates or changes) starts, in its clause."""
    return Claim(before.start, max(mine.end, end), mine.clause_start, mine.clause)


_AND_PARTICIPLE = re.compile(r"\s+and\s+(?:[a-z]{3,}ed|built|born|bought|sold|made|held|run|owned|known|set)"
                             r"\s+(?:up\s+)?(?:in|on|by|from|at|as|for|with|to|into)\b")
_OPEN_BEFORE = re.compile(r"\(\s*$")
_CLOSE_AFTER = re.compile(r"\s*\)")
_NAME_ONLY = re.compile(r"(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*")
# a preposition of how long and its qualifiers, before a duration ("in just", "within", "in under", "over")
_HOW_LONG_ALONE = re.compile(r"(?i:in|within|inside|over|during|for)(?:\s+(?i:just|only|under|less\s+than|more\s+than|about|around"
                             r"|nearly|roughly|some|a|an|the\s+(?:first|last|past|next)))*\s+")
# a modal that opens the predicate after a subject ("... by 2028 would force"; not "would be lost": a passive says
# what happens to the figure itself)
_MODAL_AFTER = re.compile(r"\s(?:would|will|could|can|may|might|should|must)\s+(?!(?:not\s+)?(?:be|have\s+been)\b)[a-z]+")
_TO_WORD = re.compile(r"\bto\s+([a-z]+)\b")


# "reached $30.8 billion, up 112 percent", "$35.08 billion in revenue, a 94% year-over-year increase", "81 cents, up 19
# percent sequentially and up 103 percent": a share appended to a figure (a few words may end its phrase) is its change
_APPENDED_CHANGE = re.compile(
    # ("delivered 412,500 cars in the three months to September, an 18 per cent increase")
    r"(?:\s+(?!(?:and|but|while|as|which|that|who|when|after|before)\b)[\w’'-]+){0,7}"
    r"(?:,\s+according\s+to(?:\s+[\w’'-]+){1,4})?,\s+"  # ("$12.1 billion last year, according to official figures, an 8% increase")
    r"(?:(?P<noun>(?:(?:marking|representing|reflecting)\s+)?an?\s+)|(?:up|down|rising|falling|increasing|decreasing|growing"
    r"|declining|gaining|jumping|climbing|dropping|surging|sliding|higher|lower)\s+(?:by\s+)?|(?P<bare>))"
    r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than|over|just)\s+)?")
# ("89.3 million passengers used the airport last year, 7.2% more than in 2023": a share compared with its base after it)
_COMPARED_AFTER = re.compile(r"\s+(?:more|less|fewer|higher|lower|up|down)\s+(?:than|from|on)\b")
_AND_CHANGE = re.compile(r"(?:\s+[\w-]+){0,5},?\s+and\s+(?:up|down)\s+(?:by\s+)?")  # ("on a reported basis and down")
_CHANGE_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:increase|rise|gain|jump|decline|drop|fall|decrease|growth|climb|surge"
                                r"|improvement|slide|plunge)\b")


def _appended_changes(sentence: str, offset: int, local: list[tuple[int, int, int]], out: list[Claim | None],
                      dates: frozenset[int]) -> None:
    """A share appended to a figure after a comma ("Data center revenue reached $30.8 billion, up 112 percent", "gaming
    revenue reached $3.3 billion, a 15% increase", "EPS of 81 cents, up 19 percent sequentially and up 103 percent") is
    that figure's change: it has that figure's claim, from its start."""
    appended: set[int] = set()
    # (a date between may end the figure's phrase: "in the third quarter")
    for (_, left_end, left), (right_start, right_end, right) in itertools.pairwise(_no_dates(local, dates)):
        mine, before = out[right], out[left]
        if mine is None or before is None or before.start >= mine.start or not _PERCENT_WRITTEN.search(sentence, right_start, right_end):
            continue
        if (m := _APPENDED_CHANGE.fullmatch(sentence, left_end, right_start)) is not None:
            if m.group("noun") is not None and not _CHANGE_NOUN_AFTER.match(sentence, right_end):
                continue  # ("$5 billion, a 40% share": no change)
            if m.group("bare") is not None and not _COMPARED_AFTER.match(sentence, right_end):
                continue  # ("$5 billion, 40% of it in cash": no change of it)
        elif not (left in appended and _AND_CHANGE.fullmatch(sentence, left_end, right_start)):
            continue
        appended.add(right)
        out[right] = _from_left(before, mine, right_end + offset)


# "Nvidia said revenue nearly doubled, growing 94 percent to $35.1 billion": a participle of change after a comma
_CHANGE_PARTICIPLE = re.compile(r"(?:growing|rising|falling|increasing|decreasing|declining|climbing|jumping|dropping|surging"
                                r"|sliding|slipping|gaining|losing|soaring|plunging|tumbling|adding|shedding|cutting|with)\b")
# ("China's central bank was the largest buyer, adding 225 tonnes to its reserves": the bank's 225 tonnes; "Three Rivers
# council topped the table, with 63.4% of household waste recycled": the council's share, "with" and a share of something)
_NAMED_HOLDER = re.compile(r"\A[A-Z][\w’'-]*\s+[A-Z]|(?<=\w )[A-Z][a-z]")  # a name of two words, or a capital inside
_SHARE_OF_AFTER = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:votes?|ballots?|precincts?|polling\s+stations?)\s+"
                             r"(?:counted|reporting|in|tallied|declared)\b)")


def _participle_subjects(sentence: str, offset: int, local: list[tuple[int, int, int]], out: list[Claim | None],
                         dates: frozenset[int]) -> None:
    """A claim that opens with a participle of change after a comma ("..., growing 94 percent year-over-year to $35.1
    billion", "jumped by more than a third, growing 38% ... to $12.4 billion"), or with "with" and a share of something
    ("topped the table, with 63.4% of household waste recycled"), says what the clause before it said of its subject:
    the claim runs from the clause's start (for the level after "to" in its phrase too)."""
    for start, _end, i in local:
        mine = out[i]
        if i in dates or mine is None:
            continue
        at = mine.start - offset
        if not (at <= start and sentence[:at].rstrip().endswith(",") and (verb := _CHANGE_PARTICIPLE.match(sentence, at))):
            continue
        own, own_end = next(((s, e) for s, e, j in local if s >= verb.end() and j not in dates), (None, 0))
        if own is None or not _PARTICIPLE_OBJECT.fullmatch(sentence, verb.end(), own):
            continue  # (the participle's own figure, "growing 94 percent", then its level: not "falling into the red
            # following a 388.3 billion yen surplus", whose figure is another thing's)
        if verb.group() != "with":
            if mine.clause_start < mine.start:
                out[i] = Claim(mine.clause_start, mine.end, mine.clause_start, mine.clause)
        elif (_SHARE_OF_AFTER.match(sentence, own_end) and ";" not in sentence[:at] and _has_verb(sentence, 0, at)
              and _NAMED_HOLDER.search(sentence, 0, at)):
            # ("with" opens a clause of its own: the claim and its clause run from the sentence's start; only when the
            # clause names its holder, "Girls continued to outperform boys at the top grades, with 28.1 per cent of their
            # entries awarded A or A*" keeps its own, whose words a share of all entries says too)
            clause_end = mine.clause_start - offset + len(mine.clause)
            out[i] = Claim(offset, mine.end, offset, sentence[:clause_end])


# after a subject's figure: an aside or the rest of a list set off by a comma, then the subject's verb ("Three people,
# including a child, died in the blast", "Twelve cars, a truck and two motorcycles reportedly fell into the river")
_ASIDE_THEN_VERB = re.compile(r",\s+(?P<aside>[^,;:()]{1,60}?),?\s+(?:[a-z]+ly\s+)?(?:were|was|are|is|have|has|had|will|would"
                              r"|could|may|might|died|fell|[a-z]{3,}ed)\b[^,;:()]*")
_OPENING_FIGURE = re.compile(r"\W*(?:(?:about|around|nearly|almost|roughly|some|at\s+least|more\s+than|over|another|only|just)\s+)?$", re.I)


def _subjects_past_asides(sentence: str, offset: int, local: list[tuple[int, int, int]], out: list[Claim | None],
                          dates: frozenset[int]) -> None:
    """A figure that opens its sentence as the subject, its claim only itself and its noun, then an aside or the rest of
    a list of subjects set off by a comma, and the subject's verb ("Three people, including a child, died in the blast",
    "Twelve cars, a truck and two motorcycles reportedly fell into the river"): the claim runs on to the verb's phrase
    (what it says of the subject); not when the aside has a verb of its own ("Ten people, who were injured, ...": a
    relative clause, joined elsewhere)."""
    for start, end, i in local:
        mine = out[i]
        if i in dates or mine is None or mine.start - offset != 0 or not _OPENING_FIGURE.fullmatch(sentence, 0, start):
            continue
        if mine.end - offset > end + 25 or "," in sentence[end : mine.end - offset] \
                or _OWN_VERB.search(sentence, end, mine.end - offset):
            continue  # (a claim that says more than the figure's noun already has its verb: "11 killed, 27 injured in
            # blast" is a list of two counts, each of its own verb)
        m = _ASIDE_THEN_VERB.match(sentence, mine.end - offset)
        if m is None or _ASIDE_VERB.search(m.group("aside")):
            continue
        out[i] = Claim(mine.start, m.end() + offset, mine.clause_start, mine.clause)


_OWN_VERB = re.compile(r"\s(?:[a-z]{3,}ed|died|dead|hurt|missing)\b")
_ASIDE_VERB = re.compile(r"\b(?:who|which|that|where|when|said|says|were|was|are|is|has|have|had)\b")


_PARTICIPLE_OBJECT = re.compile(r"\s+(?:by\s+)?(?:(?:about|around|nearly|almost|roughly|some|more\s+than|over|just|a|an)\s+)?")


# "growing 38% from a year earlier to $12.4 billion": the level a change reached, after the base it was measured from
_BASE_THEN_TO = re.compile(r"\s+from\s+(?:(?:a|the|one)\s+)?(?:[\w-]+\s+){0,3}?(?:earlier|ago|before|previously|year|quarter|month|period)"
                           r"\s+to\s+(?:(?:about|around|nearly|almost|roughly|some)\s+)?")


def _levels_reached(sentence: str, offset: int, local: list[tuple[int, int, int]], out: list[Claim | None],
                    dates: frozenset[int]) -> None:
    """The level after "to" that a change reached past its base ("growing 38% from a year earlier to $12.4 billion")
    has the change's claim, as "rose 5% to $10 billion" has."""
    for (_, left_end, left), (right_start, right_end, right) in itertools.pairwise(_no_dates(local, dates)):
        mine, before = out[right], out[left]
        if mine is None or before is None or before.start >= mine.start \
                or not _PERCENT_WRITTEN.search(sentence, max(0, left_end - 8), left_end):
            continue
        if _BASE_THEN_TO.fullmatch(sentence, left_end, right_start):
            out[right] = _from_left(before, mine, right_end + offset)


def _no_dates(local: list[tuple[int, int, int]], dates: frozenset[int]) -> list[tuple[int, int, int]]:
    """The figures of a sentence that are no dates, in order."""
    return [f for f in local if f[2] not in dates]
