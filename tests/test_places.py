"""Places named in text: territory names, short forms, adjectives; currencies and seas name none."""

from __future__ import annotations

import pytest

from factcheck.places import joined_places, place_of, places_named


@pytest.mark.parametrize(("text", "places"), [
    ("Russia's oil exports to India averaged 1.8 million bpd", ("Russia", "India")),
    ("Turkey's gas imports from Russia rose 12%", ("Türkiye", "Russia")),
    ("Indian refiners and European buyers", ("India", "Europe")),
    ("the EU, the U.S. and Britain", ("European Union", "United States", "United Kingdom")),
    ("Sino-Russian ties and Hong Kong", ("Russia", "Hong Kong SAR China")),
    ("trade hit 240.1 billion U.S. dollars", ()),
    ("Chinese refiners saved US$4.34bn", ("China",)),
    ("storms in New York and the Indian Ocean", ()),  # (a city; New Mexico, a state, is the United States)
    ("Beijing and Moscow signed", ()),  # cities are no territories here
    ("China, China and Chinese", ("China",)),
    ("according to the U.S. Geological Survey", ()),  # a body named after a place
    ("Russian Railways and Saudi Aramco", ()),
    ("Chinese President Xi Jinping met Russian Deputy Prime Minister Novak", ("China", "Russia")),
    ("England, Wales, Scotland and Northern Ireland", ("England", "Wales", "Scotland", "Northern Ireland")),  # the UK's nations
    ("Ireland and Britain", ("Ireland", "United Kingdom")),
    ("The Bank of England held rates", ("United Kingdom",)),  # a body named for a nation stands for the UK
])
def test_places_named(text: str, places: tuple[str, ...]) -> None:
    assert places_named(text) == places


def test_place_of_knows_names_short_forms_and_adjectives_only() -> None:
    assert [place_of(n) for n in ("China", "Chinese", "Turkey", "Türkiye", "UK", "Chna", "china")] == [
        "China", "China", "Türkiye", "Türkiye", "United Kingdom", None, None]


@pytest.mark.parametrize(("text", "joined"), [
    ("in U.S. and Canadian theaters", "in Unitedstates and Canada theaters"),
    ("the United States and Canada", "the Unitedstates and Canada"),
    ("Britain, the UK and British exports", "Unitedkingdom, the Unitedkingdom and Unitedkingdom exports"),
    ("South Korean exports to Saudi Arabia", "Southkorea exports to Saudiarabia"),
    ("500 billion U.S. dollars", "500 billion U.S. dollars"),  # a currency names no place
    ("the U.S. Geological Survey said", "the U.S. Geological Survey said"),  # nor does a body's name
    ("Beijing and New York", "Beijing and New York"),  # (a city; "New Mexico", a state, is "Unitedstates")
    ("The Bank of England and Northern Ireland", "The Bank of Unitedkingdom and Northernireland"),  # (the bank's word kept)
    ("the United States of America", "the Unitedstates"),
])
def test_joined_places_writes_each_place_as_one_word(text: str, joined: str) -> None:
    assert joined_places(text) == joined


@pytest.mark.parametrize(("text", "places"), [
    ("Six people were killed in West Bengal near the Bangladesh border", ("India",)),  # (a border is no place of it)
    ("2.1 million Florida customers and 400,000 in Georgia", ("United States", "Georgia")),  # (Georgia: the country)
    ("Indiana's plants and Indian refiners", ("United States", "India")),
])
def test_a_state_of_a_federation_is_its_country(text: str, places: tuple[str, ...]) -> None:
    assert places_named(text) == places


@pytest.mark.parametrize(("text", "summed"), [
    ("killing at least 16 people in Bangladesh and India", {"Bangladesh", "India"}),
    ("the coasts of Bangladesh and India's West Bengal state", {"Bangladesh", "India"}),
    ("Chinese imports from Russia", set()),
    ("Russia and Russian firms", set()),  # (one place twice is no sum)
])
def test_places_joined_by_and_are_a_sum_over_them(text: str, summed: set[str]) -> None:
    from factcheck.places import summed_places

    assert summed_places(text) == summed


@pytest.mark.parametrize(("text", "listed"), [
    ("Across England, Wales and Northern Ireland as a whole", {"England", "Wales", "Northern Ireland"}),
    ("exports to China, India and Japan", {"China", "India", "Japan"}),
    ("Chinese imports from Russia", set()),
    ("China's bank, which bought gold", set()),
])
def test_places_parted_by_commas_or_and_are_a_list(text: str, listed: set[str]) -> None:
    from factcheck.places import listed_places

    assert listed_places(text) == listed
