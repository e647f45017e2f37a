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


_DIMENSIONS = {"money": "currency", "ordinal": "ordinal", "count": "count"}


def normalise(mention: Mention, source: str, text: str, sentence: Sentence, claim: Claim | None = None) -> Fact:
    """Build the Fact of one mention found in `text` (the article body of `source`)."""
    kind = mention.kind
    unit, dimension, canonical_unit = mention.unit, "date", "date"
    canonical_value = canonical_high = canonical_precision = None
    if kind != "date":
        if kind in PHYSICAL_KINDS or unit == "basis_point":
            conv = canonical(unit)
            factor, offset = conv.factor, conv.offset
            unit, dimension, canonical_unit = conv.unit, conv.dimension, conv.canonical_unit
            if kind == "percent":  # basis points are hundredths of a percentage point
                factor = canonical("basis_point").factor
                unit, dimension, canonical_unit = "basis_point", "percentage_point", "percentage_point"
        else:
            factor, offset = _ONE, _ZERO
            dimension = _DIMENSIONS.get(kind, unit)
            canonical_unit = unit or kind
        canonical_value = _scaled(mention.value, factor, offset)
        canonical_high = _scaled(mention.value_high, factor, offset)
        canonical_precision = _scaled(mention.precision, factor)  # a difference: no offset
    return Fact(
        source, sentence.index, sentence.start, mention.start, mention.end, text[mention.start : mention.end],
        sentence.text, kind, _num(mention.value), _num(mention.value_high), "" if kind == "date" else unit, dimension,
        canonical_value, canonical_high, canonical_unit, canonical_precision, mention.qualifier, _num(mention.precision),
        mention.date_start, mention.date_end, mention.granularity, mention.record, mention.change,
        claim.start if claim else -1, text[claim.start : claim.end] if claim else "",
        claim.clause_start if claim else -1, claim.clause if claim else "",
    )


_ONE = Decimal(1)
_ZERO = Decimal(0)


def _scaled(value: Decimal | None, factor: Decimal, offset: Decimal = _ZERO) -> float | None:
    """`value` in canonical units: exact when no conversion, else rounded to 12 significant figures."""
    if value is None:
        return None
    if factor == _ONE and not offset:
        return float(value)
    return round_sig(float(value * factor + offset))
