"""Unit lexicon and conversion. pint converts; this module only says which words name which unit.

Surface forms that quantulum3 and pint do not know (the shorthand of energy and economics news)
are listed in UNIT_ALIASES as pint expressions; everything else is resolved by quantulum3's unit
database and converted by pint.
"""

from __future__ import annotations

import math
import re
import warnings
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from factcheck.memo import persistent

if TYPE_CHECKING:
    import pint

# lengths whose squares and cubes news writes: (words, abbreviation, pint unit)
_LENGTHS = (
    (r"millimet(?:er|re)s?", "mm", "millimeter"), (r"centimet(?:er|re)s?", "cm", "centimeter"),
    (r"kilomet(?:er|re)s?", "km", "kilometer"), (r"met(?:er|re)s?", "m", "meter"), (r"inch(?:es)?", "in", "inch"),
    (r"(?:feet|foot)", "ft", "foot"), (r"yards?", "yd", "yard"), (r"miles?", "mi", "mile"),
)

# surface regex (matched case-sensitively unless marked (?i)) -> pint expression
UNIT_ALIASES: list[tuple[str, str]] = [
    # temperatures: "40C" and "104F" glued to the digits as well ("40 degrees" alone says neither scale nor kind)
    # ("42.2 Celsius", "104 Fahrenheit": the scale's name alone)
    (r"°\s?C\b|(?i:degrees? (?:Celsius|centigrade))|degrees? C\b|C(?![\w'’-]|\.\w)|Celsius\b|centigrade\b", "degree_Celsius"),
    (r"°\s?F\b|(?i:degrees? Fahrenheit)|degrees? F\b|F(?![\w'’-]|\.\w)|Fahrenheit\b", "degree_Fahrenheit"),
    (r"(?i:mb/d|mbpd|mbd|million barrels (?:of oil )?(?:per|a) day)", "mbpd"),
    (r"(?i:kb/d|kbpd|thousand barrels (?:of oil )?(?:per|a) day)", "kbpd"),
    (r"(?i:bpd|b/d|bbl/d|bopd|barrels (?:of (?:crude )?oil )?(?:per|a|each) day|barrels daily)", "bpd"),
    (r"(?i:barrels?|bbls?)", "oil_barrel"),
    (r"bcm|BCM|(?i:billion cubic met(?:er|re)s)", "bcm"),
    (r"tcm|(?i:trillion cubic met(?:er|re)s)", "tcm"),
    (r"mcm|(?i:million cubic met(?:er|re)s)", "mcm"),
    (r"[Bb]cf|(?i:billion cubic feet)", "bcf"),  # ("Bcf", "Tcf", "MMcf" as the gas trade writes them)
    (r"[Tt]cf|(?i:trillion cubic feet)", "tcf"),
    (r"MMcf|mmcf|(?i:million cubic feet)", "mmcf"),
    (r"(?i:troy ounces?)|ozt\b", "troy_ounce"),
    # precious metals are weighed in troy ounces (31.1 g), whatever the article calls them ("500,000 ounces of gold")
    (r"(?i:ounces? of (?:gold|silver|platinum|palladium|bullion)|oz of (?:gold|silver|platinum|palladium))", "troy_ounce"),
    (r"Moz\b", "million_troy_ounce"), (r"koz\b", "thousand_troy_ounce"),  # (a miner's "1.1Moz", "250koz")
    (r"psi\b|(?i:pounds? per square inch)", "psi"),
    (r"(?i:miles (?:an|per) hour)|mph", "mile / hour"),
    (r"(?i:kilomet(?:er|re)s (?:an|per) hour)|km/hr?|kph|kmph", "kilometer / hour"),
    # areas and volumes of every length unit: "square millimetres", "sq km", "km²", "cubic yards", "cm3"; "(280 km 2)" is
    # a superscript copied as plain text, the digit spaced, before a closing bracket
    *[(rf"(?i:{power_word} {length}|{short}\.? ?{abbr})|{abbr}{digit}|{abbr} {power}(?=[)\]])", f"{unit} ** {power}")
      for power_word, short, digit, power in (("square", "sq", r"(?:2|²)", 2), ("cubic", "cu", r"(?:3|³)", 3))
      for length, abbr, unit in _LENGTHS],
    (r"(?<=\d)cc\b|(?<=\d )cc\b(?= engine)", "centimeter ** 3"),  # an engine's "1,998cc" (a bare "cc" is a copy)
    (r"(?i:parts per million)|ppm\b", "ppm"),
    (r"(?i:parts per billion)|ppb\b", "ppb"),
    (r"(?i:nautical miles?)", "nautical_mile"),
    # a distance at sea or in the air ("positioned 45nm off Taiwan's west coast", "120 nm south of Guam"); a chip's
    # "3nm" process stays nanometres
    (r"(?i:nm|nmi)(?= (?:off|offshore|from|away|out|north|south|east|west|northeast|northwest|southeast|southwest|"
     r"north-east|north-west|south-east|south-west|of the coast)\b)", "nautical_mile"),
    (r"(?i:knots)", "knot"),
    (r"t/ha\b", "metric_ton / hectare"), (r"kg/ha\b", "kilogram / hectare"),  # a crop's yield ("3.71 t/ha")
    (r"(?i:hectares?)|ha\b", "hectare"),
    (r"(?i:acre[- ]f(?:ee|oo)t)", "acre_foot"),  # a reservoir's "4.7 million acre-feet" of water: a volume
    (r"(?i:acres?)", "acre"),
    (r"(?i:yards?|yds?)\b(?!-(?:old|long))", "yard"),  # ("a 40-yard touchdown", "50 yards from the scene")
    (r"mAh\b", "milliampere_hour"),  # (a battery's "5,000mAh": quantulum3 reads ampere-hours)
    (r"IU\b|(?i:international units?)", "international_unit"),  # "600 IU of vitamin D"
    # SI abbreviations quantulum3 leaves out or misreads ("5 Gt" is gigatonnes in climate news, not short tons)
    (r"ng\b", "nanogram"), (r"mmol\b", "millimole"), (r"MJ\b", "megajoule"), (r"GJ\b", "gigajoule"),
    # ("5.2 GtCO2", "38 MtCO2e", "4.1 tCO2 per person": tonnes of carbon dioxide, as climate reports write them)
    (r"GtCO2e?\b|Gt CO2e?\b", "gigametric_ton"), (r"MtCO2e?\b|Mt CO2e?\b", "megametric_ton"), (r"ktCO2e?\b", "kilometric_ton"),
    (r"t ?CO2e?\b", "metric_ton"),
    (r"Gt\b|(?i:gigatonnes?)", "gigametric_ton"), (r"m/s\b", "meter / second"), (r"g/km\b", "gram / kilometer"),
    (r"KB\b", "kilobyte"),
    (r"(?i:(?:milli|micro|nano)kelvins?)|mK\b", "{prefix}kelvin"),  # cryogenics' "15 millikelvin"
    (r"(?i:millisieverts?)|mSv\b", "millisievert"),
    (r"(?i:microsieverts?)|[μµ]Sv\b", "microsievert"),
    (r"(?i:fl\.? ?oz\b|fluid ounces?)", "fluid_ounce"),
    (r"(?i:cups?)(?= of\b)", "cup"),  # a recipe's "2 cups of flour" ("two World Cups", "3 cups" alone: no measure)
    (r"(?:[Ll]|(?i:lit(?:re|er)s?)) ?(?:/|per) ?100 ?(?i:km|kilomet(?:re|er)s)\b", "liter_per_100km"),
    # "weighs 16st", as British papers write weight (pint's "st" is a stere); "1st", "31st" are ordinals
    (r"(?:(?<=[02-9])|(?<=11))st\b|(?i:stone)\b", "stone"),
    (r"mpg|MPG", "mile / gallon"),
    (r"bhp\b|(?i:brake horsepower)", "horsepower"),  # (an engine's output at the shaft: horsepower as pint has it)
    (r"lb[- ]?ft\b|(?i:pound[- ]feet)", "foot_pound"), (r"Nm\b|(?i:newton[- ]met(?:er|re)s)", "newton * meter"),  # torque
    (r"mtpa|Mtpa|MTPA", "mtpa"),
    (r"Mt|MMt|(?i:megatonnes?|megatons?)", "megametric_ton"),  # (pint's "megaton" is a million short tons)
    (r"(?i:kilotonnes?|kilotons?)", "kilometric_ton"),
    (r"(?i:metric tons?|tonnes?)", "metric_ton"),
    # ("12.5 mln t": the commodity desks' tonnes, only after a multiplier word; a bare "t" is no unit)
    (r"(?:(?<=mln )|(?<=mn )|(?<=bln )|(?<=bn )|(?<=million )|(?<=billion ))t(?!['’]|\.\w)", "metric_ton"),
    (r"(?i:short tons?)", "short_ton"),
    (r"(?i:long tons?)", "long_ton"),
    # a bare "tons": tonnes, as news outside the US writes them ("imports of 107.02 million tons" in one outlet,
    # "107 million tonnes" in another); a US short ton is written "short tons" where it matters
    (r"(?i:tons?)\b", "metric_ton"),
    (r"MMBtu|mmbtu|MMBTU", "mmbtu"),
    (r"TWh", "terawatt_hour"),
    (r"GWh", "gigawatt_hour"),
    (r"MWh", "megawatt_hour"),
    (r"kWh", "kilowatt_hour"),
    (r"[μµ]g\b|mcg\b|(?i:micrograms?|microgrammes?)", "microgram"),  # the Greek mu and the micro sign
    # "300g of rice", "a 500g bag", "weighs 300 g": grams ("4g network", "5G" are a mobile network's generation)
    (r"(?:(?<=\d)|(?<=\d ))g(?![\w'’-])(?!\s+(?:network|phone|signal|connection|service|coverage|speeds?|mobile|LTE)\b)", "gram"),
    # "(4.75in)", "10in of snow", "a 55in TV", "3 in. of ice": inches glued to the digits, or "in." before "of" ("5 in a
    # row", "born in 1960" are no inches)
    (r"(?<=\d)in(?=\s*[)\],;]|\s+(?:of|TV|television|screen|display|monitor|tall|long|wide|deep)\b)"
     r"|(?<=\d )in\.(?=\s+of\b)"
     # a conversion's spaced "in": "75 millimetres (3.0 in)", "a 6 in (15 cm) layer"
     r"|(?<=\d )in(?=\)|\s\(\d[\d.,]*\s?(?:mm|cm|m|millimet(?:er|re)s?|centimet(?:er|re)s?)\))", "inch"),
    (r"[μµ]m\b|(?i:micrometers?|micrometres?|microns?)", "micrometer"),
    (r"TB\b|(?i:terabytes?)", "terabyte"),  # ("mb" is left out: megabytes or millibars)
    (r"GB\b|(?i:gigabytes?)", "gigabyte"),
    (r"MB\b|(?i:megabytes?)", "megabyte"),
    (r"(?i:millibars?)|mbar\b", "millibar"),
    (r"mm ?Hg\b|(?i:millimet(?:er|re)s? of mercury)", "millimeter_Hg"),  # blood pressure: no 12 millimetres
    (r"hPa\b|(?i:hectopascals?)", "hectopascal"),
    (r"GWe\b", "gigawatt"),  # a plant's electric output ("1,600 MWe"): watts as any other
    (r"MWe\b", "megawatt"),
    (r"GW", "gigawatt"),
    (r"MW", "megawatt"),
    (r"kW", "kilowatt"),
    (r"(?i:(?:tera|giga|mega|kilo)watt[- ]hours?)", "{prefix}watt_hour"),
    (r"(?i:(?:tera|giga|mega|kilo)?watts?)", "{prefix}watt"),
]

TIME_UNITS = {
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week",
    "fortnight": "fortnight", "month": "month", "year": "year", "decade": "decade",
    "century": "century", "centurie": "century", "min": "minute", "hr": "hour", "h": "hour", "sec": "second", "yr": "year",
    "wk": "week", "mth": "month", "mo": "month",  # (as newswire tables write them: "Nine mths", "6 mos", "2 wks")
}


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """The process-wide pint registry with the news units added (built once)."""
    import pint  # heavy: imported on the first conversion the persistent memo does not know

    ureg = pint.UnitRegistry(on_redefinition="ignore", cache_folder=None)
    ureg.load_definitions(str(resources.files("factcheck.extract").joinpath("news_units.txt")))
    return ureg


@dataclass(frozen=True)
class Canonical:
    unit: str  # pint name of the unit as written, e.g. "bpd"
    dimension: str  # e.g. "[length] ** 3 / [time]"
    factor: Decimal  # multiply a value in `unit` by this (and add `offset`) to get canonical_unit
    canonical_unit: str  # SI base units, e.g. "meter ** 3 / second"
    offset: Decimal = Decimal(0)  # degrees Celsius and Fahrenheit: their zero in kelvin


_OF_YEARS = {"decade": 10}


@persistent
def canonical(unit_expr: str) -> Canonical:
    """Conversion of a pint unit expression to SI base units (cached per expression)."""
    ureg = registry()
    if unit_expr in _OF_YEARS:  # pint's "decade" is a logarithmic ratio (tenfold), not ten years
        quantity = ureg.Quantity(_OF_YEARS[unit_expr], "year")
        return Canonical(unit=unit_expr, dimension="[time]", factor=Decimal(repr(float(quantity.to_base_units().magnitude))),
                         canonical_unit="second")
    quantity = ureg.Quantity(1, unit_expr)
    base = quantity.to_base_units()
    zero = ureg.Quantity(0, unit_expr).to_base_units().magnitude  # nonzero only for offset units
    return Canonical(
        unit=str(quantity.units),
        dimension=str(quantity.dimensionality),
        factor=Decimal(repr(float(base.magnitude - zero))),
        canonical_unit=str(base.units),
        offset=Decimal(repr(float(zero))),
    )


def is_time_unit(unit_expr: str) -> bool:
    return canonical(unit_expr).dimension == "[time]"


@lru_cache(maxsize=1)
def alias_pattern() -> re.Pattern[str]:
    """One compiled alternation of every alias, longest surface first (tried in list order)."""
    parts = [f"(?P<u{i}>{surface})" for i, (surface, _) in enumerate(UNIT_ALIASES)]
    # ("bcm/y": a rate, read after; a footnote's superscript is no letter: "150 km/h¹")
    return re.compile(r"(?:" + "|".join(parts) + r")(?![^\W¹²³⁰⁴-⁹]|/(?![dy]\b|yr\b|day\b|year\b))")


def match_alias(text: str, pos: int) -> tuple[int, str] | None:
    """If a unit alias starts at `pos`, return (end, pint expression)."""
    m = alias_pattern().match(text, pos)
    if not m or m.lastgroup is None:
        return None
    expr = UNIT_ALIASES[int(m.lastgroup[1:])][1]
    if "{prefix}" in expr:
        word = m.group().lower()
        prefix = next((p for p in ("tera", "giga", "mega", "kilo", "milli", "micro", "nano") if word.startswith(p)),
                      "milli" if word == "mk" else "")
        expr = expr.format(prefix=prefix)
    return m.end(), expr


# Words quantulum3 reads as units that are ordinary English in news text.
_NOT_UNITS = frozenset(
    "a an in at as is it or on to by of per from for the and but if no so up us we he she me my "
    "key point points mark marks bar bars gal pint pints cup cups has had have pm am mb st league leagues dam".split()
)


@persistent
def quantulum_unit(window: str) -> tuple[int, str] | None:
    """Ask quantulum3 for the unit right after the number that opens `window`.

    Returns (length of number+unit in `window`, pint expression) or None when quantulum3 finds
    no physical unit there, or only one of the ordinary words it is known to misread.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # also quantulum3's note, on import, that its classifier is not installed
        from quantulum3 import parser  # heavy import, only when the alias table has no answer

        try:
            found = parser.parse(window)
        except Exception:  # quantulum3 raises assorted errors on odd input; treat as no unit
            return None
    if not found or found[0].span[0] != 0:
        return None
    q = found[0]
    entity = q.unit.entity.name
    if entity in ("dimensionless", "unknown", "currency", "time") or not q.unit.dimensions:
        return None
    unit_surface = window[: q.span[1]].split()[-1].lstrip("0123456789.,-").lower()
    if unit_surface in _NOT_UNITS or len(unit_surface) < 2:
        return None
    expr = _pint_expr(q.unit)
    if expr and "barn" in expr:
        return None  # a nuclear cross-section: "5mb" in news is megabytes or millibars, not millibarns
    return (q.span[1], expr) if expr else None


_PREFIXES = re.compile(r"^(?:kilo|mega|giga|tera|milli|micro|nano|pico|centi|deci)")


def _names_agree(quantulum_name: str, pint_name: str) -> bool:
    """Whether a unit pint found for one of quantulum3's symbols is the unit quantulum3 named: a word of the name,
    without its prefix, is in pint's ("light-year" / light_year, "kilogram-force" / force_kilogram), which a symbol
    that pint reads as another unit lacks ("M☉" solar mass / molar, "kbp" kilo base pair / kilopoint)."""
    words = [_PREFIXES.sub("", w) for w in re.split(r"[\s-]+", quantulum_name.lower())]
    return any(len(w) >= 3 and w in pint_name.lower() for w in words)


def _pint_expr(unit: object) -> str | None:
    ureg = registry()
    parts = []
    for dim in unit.dimensions:  # type: ignore[attr-defined]
        names = [dim["base"], dim["base"].replace(" ", "_"), dim["base"].replace("-mass", "")]
        symbols = list(getattr(unit, "symbols", []) or [])
        for cand in names + symbols:
            try:
                parsed = ureg.parse_units(cand)
            except Exception:  # pint raises several error types for unknown names
                continue
            if cand in symbols and cand not in names and not _names_agree(dim["base"], str(parsed)):
                continue  # a symbol pint reads as another unit
            power = dim["power"]
            parts.append(cand if power == 1 else f"{cand} ** {power}")
            break
        else:
            return None
    return " * ".join(parts)


def round_sig(value: float, digits: int = 12) -> float:
    """Round to `digits` significant figures, removing float artefacts of unit conversion."""
    if value == 0 or not math.isfinite(value):
        return value
    return float(f"{value:.{digits - 1}e}")
