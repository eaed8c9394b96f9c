"""Round 17 (b) places (geo3): places put in the wrong country. A named armed group's home supports
its country among a name's namesakes (GROUP_HOME_SUPPORT: "In Asmar, Taliban fighters" is no
Asmara) and wins over a lone small town abroad (GROUP_HOME_OVER_LONE_TOWN: Haiti's gangs are no
report from Mauritius); a name in another script has its namesakes too (SCRIPT_NAMESAKES: "الجيش
اللبناني في مدينة طرابلس" is Lebanon's Tripoli); a foreign force's country is no scene
(FOREIGN_FORCE_DEMONYM, FOREIGN_FORCE_NO_HOME: Wagner's Russia); a demonym inside a town's name
is no nationality (DEMONYM_IN_NAME: "Datu Saudi Ampatuan"); and the probe reports of
tests/round17_geo3_probes.py.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from extractors.events.main_country import country_votes, main_country
from extractors.events.name_demonyms import inside_a_name
from tests.coding import code_text, place_probe_row
from tests.round17_geo3_probes import KNOWN_MISSES, PROBES, PUBLISHED


def _rows(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(m.country, m.location) for m in code_text(text, language=language, published=PUBLISHED)]


# --------------------------------------------------------------------------- SCRIPT_NAMESAKES


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("هاجم مسلحون دورية للجيش اللبناني في طرابلس ليل الأحد.", "Lebanon"),
        ("أعلن الجيش الليبي مقتل مسلحين اثنين في طرابلس ليل الأحد.", "Libya"),
    ],
)
def test_an_arabic_city_name_follows_the_army_named(text: str, country: str) -> None:
    assert main_country(text, "", "ar") == country


def test_an_arabic_city_name_alone_keeps_its_biggest_namesake() -> None:
    assert main_country("سقطت قذيفة على حي سكني في طرابلس مساء الأحد.", "", "ar") == "Libya"


# --------------------------------------------------------------------------- GROUP_HOME_SUPPORT


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In Asmar, Taliban gunmen ambushed a district police chief on Sunday.", "en"),
        ("À Asmar, les talibans ont tué deux policiers dimanche.", "fr"),
    ],
)
def test_a_named_groups_home_decides_a_shared_name(text: str, language: str) -> None:
    assert main_country(text, "", language) == "Afghanistan"


def test_without_a_group_the_shared_name_keeps_its_biggest() -> None:
    assert main_country("In Asmar, unknown gunmen shot a shopkeeper on Sunday.", "", "en") == "Eritrea"


# --------------------------------------------------------------------------- GROUP_HOME_OVER_LONE_TOWN


def test_a_lone_small_town_abroad_yields_to_the_gangs_home() -> None:
    votes = country_votes("Gran Grif gunmen burned twenty houses in Petite Rivière on Sunday.", "", "en")
    assert votes.most_common(1)[0][0] == "Haiti" and "Mauritius" not in votes


def test_a_neighbours_town_keeps_its_votes() -> None:
    # Al-Shabaab is Somalia's; a Kenyan town across the border stays Kenyan
    assert (
        main_country("Al-Shabaab fighters attacked a police post in Mandera on Sunday.", "", "en") == "Kenya"
    )


def test_a_big_town_abroad_by_its_own_name_keeps_its_votes() -> None:
    # the Houthis are Yemen's; a strike on Eilat (not small) is no report from Yemen
    assert main_country("Houthi forces fired two drones at Eilat on Sunday.", "", "en") == "Israel"


# --------------------------------------------------------------------------- FOREIGN_FORCE_*


def test_a_foreign_forces_demonym_is_no_vote() -> None:
    assert "Russia" not in country_votes("Russian Wagner fighters shot dead six herders on Sunday.", "", "en")


def test_a_foreign_force_gives_no_row_in_its_home() -> None:
    rows = _rows("Wagner fighters shot dead six herders in a village on Sunday, witnesses said.")
    assert all(country != "Russia" for country, _ in rows)


def test_a_states_own_forces_demonym_still_votes() -> None:
    # no foreign force named: "Russian troops" votes as any demonym does
    assert "Russia" in country_votes("Russian troops shelled a village on Sunday, killing two.", "", "en")


# --------------------------------------------------------------------------- DEMONYM_IN_NAME


@pytest.mark.parametrize(
    ("text", "demonym", "inside"),
    [
        ("Troops in Datu Saudi Ampatuan fought gunmen.", "Saudi", True),
        ("Troops of the Free Syrian Army fought gunmen.", "Syrian", False),  # "Army": the pack's word
        ("Saudi Arabian troops fought gunmen.", "Saudi", False),  # it opens the sentence
        ("Yesterday Saudi Arabian troops fought gunmen.", "Saudi", False),  # the word before opens it
        ("Troops in Datu Saudi, then others, fought.", "Saudi", False),  # no capitalised word after it
    ],
)
def test_a_demonym_inside_a_name(text: str, demonym: str, inside: bool) -> None:
    start = text.index(demonym)
    assert inside_a_name(text, start, start + len(demonym), "en") is inside


def test_no_saudi_soldiers_in_a_philippine_town() -> None:
    rows = code_text("Soldiers in Datu Saudi Ampatuan clashed with gunmen on Sunday, killing two.",
                     language="en", published=PUBLISHED)  # fmt: skip
    assert rows and all("Saudi Arabia" not in (m.country, m.actor1, m.actor2) for m in rows)
    assert "Saudi Arabia" not in country_votes("Police in Datu Saudi Ampatuan found a bomb.", "", "en")


# --------------------------------------------------------------------------- probes


def _known_miss(text: str) -> bool:
    return any(k in text for k in KNOWN_MISSES)


@pytest.mark.parametrize(("language", "title", "text", "expected"), PROBES)
def test_round17_geo3_probe_report(language: str, title: str, text: str, expected: tuple) -> None:
    hit, m = place_probe_row(language, title, text, expected, PUBLISHED)
    # a known miss that passes: take it off the list
    assert hit != _known_miss(text), (m, expected)
