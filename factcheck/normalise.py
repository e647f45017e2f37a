"""Normalisation: a raw mention becomes a Fact with a canonical value, unit and precision.

Physical kinds (quantity, duration, age) are converted by pint to SI base units; money keeps its
ISO currency (no exchange rates are guessed); percentages stay in percent, apart from
percentage points; ordinals and counts are plain numbers. Values are scaled with exact decimals
and, when a unit is converted, rounded to 12 significant figures, so "33.7 billion cubic meters" and "33.7 bcm" give the
same canonical value.
"""

from __future__ import annotations

from decimal import Decimal

from factcheck.extract.claims import Claim
from factcheck.extract.mentions import Mention
from factcheck.extract.units import canonical, round_sig
from factcheck.facts import Fact
from factcheck.text import Sentence

PHYSICAL_KINDS = ("quantity", "duration", "age")


def _num(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def normalise(mention: Mention, source: str, text: str, sentence: Sentence, claim: Claim | None = None) -> Fact:
    """Build the Fact of one mention found in `text` (the article body of `source`)."""
    common = dict(
        change=mention.change,
        claim_start=claim.start if claim else -1,
        claim=text[claim.start : claim.end] if claim else "",
        clause_start=claim.clause_start if claim else -1,
        clause=claim.clause if claim else "",
        source=source,
        sentence_index=sentence.index,
        sentence_start=sentence.start,
        start=mention.start,
        end=mention.end,
        surface=text[mention.start : mention.end],
        sentence=sentence.text,
        kind=mention.kind,
        value=_num(mention.value),
        value_high=_num(mention.value_high),
        qualifier=mention.qualifier,
        precision=_num(mention.precision),
        record=mention.record,
    )
    if mention.kind == "date":
        return Fact(
            **common,  # type: ignore[arg-type]
            dimension="date",
            canonical_unit="date",
            date_start=mention.date_start,
            date_end=mention.date_end,
            granularity=mention.granularity,
        )
    if mention.kind in PHYSICAL_KINDS or mention.unit == "basis_point":
        conv = canonical(mention.unit)
        factor = conv.factor
        unit, dimension, canonical_unit = conv.unit, conv.dimension, conv.canonical_unit
        if mention.kind == "percent":  # basis points are hundredths of a percentage point
            factor = canonical("basis_point").factor
            unit, dimension, canonical_unit = "basis_point", "percentage_point", "percentage_point"
    else:
        factor = Decimal(1)
        unit = mention.unit
        dimension = {"money": "currency", "ordinal": "ordinal", "count": "count"}.get(mention.kind, mention.unit)
        canonical_unit = mention.unit or mention.kind
    if factor == 1:
        scale = _num
    else:
        scale = (lambda v: None if v is None else round_sig(float(v * factor)))  # noqa: E731
    return Fact(
        **common,  # type: ignore[arg-type]
        unit=unit,
        dimension=dimension,
        canonical_value=scale(mention.value),
        canonical_high=scale(mention.value_high),
        canonical_unit=canonical_unit,
        canonical_precision=scale(mention.precision),
    )
