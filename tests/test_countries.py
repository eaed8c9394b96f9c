"""Country names, aliases, demonyms and the main country of an article (fixtures are our own)."""

import pytest

from extractors.events.countries import country_code, country_from_demonym, country_name, find_countries
from extractors.events.main_country import main_country


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Turkish", "Turkey"),
        ("Syrian", "Syria"),
        ("Syrians", "Syria"),
        ("Ukrainian", "Ukraine"),
        ("Congolese", "Democratic Republic of Congo"),
        ("Yemeni", "Yemen"),
        ("Saudi-led", "Saudi Arabia"),
        ("US-backed", "United States"),
        ("Nigerien", "Niger"),
        ("Nigerian", "Nigeria"),
        ("Palestinian", "Palestine"),
        ("Burmese", "Myanmar"),
    ],
)
def test_demonyms_give_their_country(word, country):
    assert country_from_demonym(word) == country


@pytest.mark.parametrize("word", ["Houthi", "Kurdish", "Arab", "Islamic", "Sunni", "rebel", "Syria", ""])
def test_group_words_and_names_are_not_demonyms(word):
    assert country_from_demonym(word) is None


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("DR Congo", "Democratic Republic of Congo"),
        ("DRC", "Democratic Republic of Congo"),
        ("Democratic Republic of the Congo", "Democratic Republic of Congo"),
        ("Türkiye", "Turkey"),
        ("Turkiye", "Turkey"),
        ("Syrian Arab Republic", "Syria"),
        ("Russian Federation", "Russia"),
        ("Burma", "Myanmar"),
        ("Palestinian Territory", "Palestine"),
        ("Gaza Strip", "Palestine"),
        ("United States of America", "United States"),
        ("Ivory Coast", "Ivory Coast"),
        ("Côte d'Ivoire", "Ivory Coast"),
        ("syria", "Syria"),
        ("SY", "Syria"),
    ],
)
def test_country_names_are_canonical(text, canonical):
    assert country_name(text) == canonical


@pytest.mark.parametrize("text", ["Houthi", "Homs", "Turkish", "us", "Boko Haram", ""])
def test_non_countries_have_no_name(text):
    assert country_name(text) is None


def test_every_country_code_in_the_lexicon_resolves_both_ways():
    for code in ("SY", "YE", "UA", "CD", "NG", "SO", "AF", "SD", "PS", "MM"):
        assert country_code(country_name(code)) == code


def test_find_countries_keeps_offsets_and_marks_demonyms():
    text = "Turkish drones hit targets after the U.S. and Russia traded blame over Syria's north."
    found = find_countries(text)
    assert [(m.country, m.demonym) for m in found] == [
        ("Turkey", True),
        ("United States", False),
        ("Russia", False),
        ("Syria", False),
    ]
    for m in found:
        assert text[m.start : m.end] == m.surface


def test_case_rules_for_acronyms_and_lowercase_words():
    # "us" the pronoun and "chad" in lower case are not countries; "US" and "Chad" are.
    assert find_countries("They told us that the road was closed.") == []
    assert [m.country for m in find_countries("US and Chad officials met.")] == ["United States", "Chad"]


def test_foreign_language_adjectives_match_in_lower_case():
    found = find_countries(
        "Les forces syriennes et l'armée turque ont échangé des tirs, selon un responsable syrien.", "fr"
    )
    assert "Syria" in {m.country for m in found}


def test_main_country_prefers_where_the_places_are_over_actor_nationalities():
    text = (
        "Aircraft of the Saudi-led coalition bombed a market in the Yemeni town of Sa'dah on Monday, "
        "local officials said. Saudi Arabia said it was investigating. The Saudi statement "
        "did not mention casualties. Residents of Sanaa and Hodeidah held funerals."
    )
    assert main_country(text, title="Coalition strike hits market in northern Yemen") == "Yemen"


def test_main_country_of_a_text_without_any_country_is_none():
    assert main_country("Nothing happened here today, the spokesman said.") is None


def test_main_country_of_texts_in_other_scripts_comes_from_their_places():
    assert main_country("Российские ракеты ударили по Харькову и Краматорску.", "", "ru") == "Ukraine"
    assert main_country("मोसुल के पास हुए बम धमाके में तीन पुलिसकर्मी मारे गए।") == "Iraq"
    assert main_country("Suriye'nin kuzeyindeki saldırıda askerler öldü.", "", "tr") == "Syria"


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Les frappes contre l'Afghanistan ont repris dans la nuit.", "fr", [("Afghanistan", "Afghanistan")]),
        ("L'armée a quitté l'Irak et l'Ouganda en mai.", "fr", [("Irak", "Iraq"), ("Ouganda", "Uganda")]),
        (
            "Il confine dell'Afghanistan con l'Iran resta chiuso.",
            "it",
            [("Afghanistan", "Afghanistan"), ("Iran", "Iran")],
        ),
        ("Les forces d’Israël ont riposté.", "fr", [("Israël", "Israel")]),
    ],
)
def test_a_country_after_an_elided_article_is_found_without_it(text, language, names):
    """An elided article or preposition of the pack (fr "l'", it "dell'") is written onto the
    country's name; the name after it is the country, and its span leaves the article out."""
    found = [(text[m.start : m.end], m.country) for m in find_countries(text, language) if not m.demonym]
    assert found == names
