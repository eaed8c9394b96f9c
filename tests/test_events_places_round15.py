"""Round 15 places (geo): governorates and states written in Arabic (WRITTEN_REGION_NAMES,
`admin1_names_extra.tsv`), regions by their own ISO 3166-2 names (ISO_OWN_NAMES; Indonesia's
provinces under its island groups, GEOGRAPHICAL_UNIT), a direction word alone joins no region
(COMPASS_WORDS_JOIN_NOTHING), a neighbourhood's name before its town's is no vote for a country
(QUARTER_OF_ITS_TOWN), a headline's place is what the text reads of the same name
(HEADLINE_AS_TEXT), and a country only one small town's name votes for loses to the country the rest
of the text names (LONE_FOREIGN_TOWN); and the probe reports of tests/round15_geo_probes.py.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from extractors.events.admin1_names import names_by_region
from extractors.events.gazetteer import load_gazetteer
from extractors.events.main_country import country_votes, main_country
from tests.coding import place_probe_row
from tests.round15_geo_probes import KNOWN_MISSES, PROBES, PUBLISHED


@pytest.mark.parametrize(
    ("name", "country", "region"),
    [("الأنبار", "IQ", "Anbar"), ("نينوى", "IQ", "Ninawa"), ("صلاح الدين", "IQ", "Salah ad Din"),
     ("السليمانية", "IQ", "As Sulaymaniyah"), ("ريف دمشق", "SY", "Rif-dimashq"),
     ("شمال دارفور", "SD", "Northern Darfur"), ("حضرموت", "YE", "Hadramawt")],
)  # fmt: skip
def test_arabic_region_names_index_their_region(name: str, country: str, region: str) -> None:
    hits = [
        p for p in load_gazetteer().lookup_script(name) if p.kind == "admin1" and p.country_code == country
    ]
    assert hits and all(p.name == region for p in hits)


def test_rif_dimashq_gives_no_bare_damascus() -> None:
    # "ريف" is a district noun: the written names are kept whole, no bare "دمشق" for Rif Dimashq
    assert "دمشق" not in names_by_region()[("SY", "Rif-dimashq")]


@pytest.mark.parametrize(
    ("name", "region"), [("Sumatera Utara", "North Sumatra"), ("Jawa Barat", "West Java"), ("Nusa Tenggara Timur", "East Nusa Tenggara")]
)  # fmt: skip
def test_indonesian_provinces_by_their_own_names(name: str, region: str) -> None:
    hits = [p for p in load_gazetteer().lookup(name) if p.kind == "admin1" and p.country_code == "ID"]
    assert [p.name for p in hits][:1] == [region]


def test_a_neighbourhood_before_its_town_casts_no_vote() -> None:
    text = "Um homem foi morto a tiros na terça-feira no bairro do Guamá, em Belém."
    votes = country_votes(text, "", "pt")
    assert votes.get("Algeria", 0) == 0 and main_country(text, "", "pt") == "Brazil"


def test_a_headline_place_the_text_reads_otherwise_is_no_vote() -> None:
    title = "Kontak senjata di Kabupaten Intan Jaya"
    text = "Dua anggota TNI tewas dalam kontak senjata dengan KKB di Kabupaten Intan Jaya, Papua Tengah, pada Selasa."
    assert main_country(text, title, "id") == "Indonesia"


_BUS = (
    "Gunmen attacked a bus on the road out of Fada on Tuesday, killing five passengers, security sources said. "
    "Traffic into Fada was halted for hours. Traders in Fada say the road has been unsafe for months.\n"
    "The bus was heading east when it was stopped by men on motorbikes, a survivor said. {people} soldiers later "
    "searched the area. Attacks on roads have grown in eastern {country} this year, the army said in {capital}."
)


def test_a_lone_foreign_town_loses_to_the_country_named() -> None:
    # "Fada" alone is a town of Chad; the text names Burkina Faso, its people and its capital
    text = _BUS.format(people="Burkinabe", country="Burkina Faso", capital="Ouagadougou")
    assert main_country(text, "Five killed near Fada", "en") == "Burkina Faso"


def test_a_lone_town_of_a_neighbour_keeps_its_vote() -> None:
    # Chad borders Niger: a town across a border is where it is, whatever country the text names
    text = _BUS.format(people="Nigerien", country="Niger", capital="Niamey")
    assert main_country(text, "Five killed near Fada", "en") == "Chad"


def _known_miss(language: str, text: str) -> bool:
    return any(language == lang and text.startswith(start) for lang, start in KNOWN_MISSES)


@pytest.mark.parametrize(("language", "title", "text", "expected"), PROBES)
def test_round15_geo_probe_report(language: str, title: str, text: str, expected: tuple) -> None:
    hit, m = place_probe_row(language, title, text, expected, PUBLISHED)
    # a known miss that passes: take it off the list
    assert hit != _known_miss(language, text), (m, expected)
