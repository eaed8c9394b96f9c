"""Places in text and single names, against the real offline gazetteer (fixtures are our own)."""

import math

import pytest

from extractors.events.gazetteer import load_gazetteer, name_key, name_skeleton
from extractors.events.main_country import main_country
from extractors.events.places import find_places, resolve_place


def km(a, b):
    p = math.pi / 180
    h = (
        math.sin((b[0] - a[0]) * p / 2) ** 2
        + math.cos(a[0] * p) * math.cos(b[0] * p) * math.sin((b[1] - a[1]) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(h))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Saraqeb", "Saraqib"),
        ("Idleb", "Idlib"),
        ("Kyiv", "Kiev"),
        ("Ma'rib", "Marib"),
        ("Hodeidah", "al-Hudaydah"),
        ("Dayr az-Zawr", "Deir ez-Zor"),
        ("Ta'izz", "Taiz"),
        ("Zawiyah", "Zawiyeh"),
        ("Kassala", "Kasala"),
    ],
)
def test_transliteration_variants_share_a_skeleton(a, b):
    assert name_skeleton(name_key(a)) == name_skeleton(name_key(b))


@pytest.mark.parametrize(("a", "b"), [("Homs", "Hama"), ("Raqqa", "Hasakah"), ("Mosul", "Basra")])
def test_different_names_keep_different_skeletons(a, b):
    assert name_skeleton(name_key(a)) != name_skeleton(name_key(b))


def test_articles_and_diacritics_fold_to_one_key():
    assert name_key("ash-Sham") == name_key("al Sham") == "al sham"
    assert name_key("Ma‘arrat an Nu‘mān") == name_key("Maarrat al-Numan")
    assert name_key("İdlib") == "idlib"


def test_gazetteer_loads_once_per_process():
    assert load_gazetteer() is load_gazetteer()
    assert len(load_gazetteer()) > 200_000


@pytest.mark.parametrize(
    ("name", "hint", "country", "point"),
    [
        ("Idleb", None, "Syria", (35.93, 36.63)),
        ("Saraqeb", "Syria", "Syria", (35.86, 36.81)),
        ("Kiev", None, "Ukraine", (50.45, 30.52)),
        ("Dikwa", "Nigeria", "Nigeria", (12.03, 13.92)),
        ("Tripoli", "Lebanon", "Lebanon", (34.43, 35.84)),
        ("Tripoli", "Libya", "Libya", (32.89, 13.19)),
        ("Al-Fashir", "Sudan", "Sudan", (13.63, 25.35)),
    ],
)
def test_resolve_place_finds_the_town(name, hint, country, point):
    m = resolve_place(name, hint)
    assert m is not None and m.country == country and m.kind in ("city", "village")
    assert km(point, (m.latitude, m.longitude)) < 10
    assert m.geo_precision == 1


@pytest.mark.parametrize(
    ("name", "hint", "country"),
    [
        ("Idlib province", "Syria", "Syria"),
        ("Marib province", "Yemen", "Yemen"),
        ("Kharkiv region", "Ukraine", "Ukraine"),
        ("South Kivu", None, "Democratic Republic of Congo"),
        ("Yobe State", "Nigeria", "Nigeria"),
    ],
)
def test_resolve_place_finds_provinces_at_precision_3(name, hint, country):
    m = resolve_place(name, hint)
    assert m is not None and m.kind == "admin1" and m.country == country and m.geo_precision == 3
    assert m.latitude is not None


def test_resolve_place_falls_back_to_the_town_of_a_site_near_it():
    m = resolve_place("Al Salam market, Kismayo", "Somalia")
    assert m is not None and m.name == "Kismayo" and m.geo_precision == 2
    assert resolve_place("a checkpoint near Kandahar", "Afghanistan").name == "Kandahar"


def test_resolve_place_of_a_country_and_of_nothing():
    m = resolve_place("DR Congo")
    assert m.kind == "country" and m.country == "Democratic Republic of Congo" and m.geo_precision == 3
    assert resolve_place("Qwxyzzy Plain", "Syria") is None
    assert resolve_place("", "Syria") is None


REPORT = (
    "Government troops shelled the town of Kafr Nabl and villages near Maarat al-Numan in southern "
    "Idleb province on Tuesday, a monitoring group said. Police said most residents had fled towards "
    "the Turkish border. Fighters of Hayat Tahrir al-Sham and Boko Haram-style militants were not "
    "involved, Mark Lowcock said. President Bashar al-Assad visited Homs in May. Most shops in "
    "al-Bab stayed shut, while Russian jets struck the Deir ez-Zor countryside."
)


def test_find_places_in_a_report():
    found = find_places(REPORT, "Syria")
    names = [m.name for m in found]
    for m in found:
        assert REPORT[m.start : m.end] == m.surface
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert {"Homs", "Deir ez-Zor"} <= set(names)
    assert any(m.surface == "Kafr Nabl" and m.country == "Syria" for m in found)
    assert any(m.surface == "al-Bab" and m.admin1 == "Aleppo" for m in found)
    idlib = next(m for m in found if m.surface == "Idleb")
    assert idlib.kind == "admin1" and idlib.geo_precision == 3
    maarat = next(m for m in found if m.surface == "Maarat al-Numan")
    assert maarat.geo_precision == 2  # "villages near ..."
    countryside = next(m for m in found if m.surface == "Deir ez-Zor")
    assert countryside.geo_precision == 2


@pytest.mark.parametrize(
    "word", ["Police", "Most", "Mark", "May", "Tahrir", "Sham", "Boko", "Bashar", "Turkish"]
)
def test_common_words_names_and_groups_are_not_places(word):
    assert word not in {m.surface for m in find_places(REPORT, "Syria")}


def test_countries_are_places_of_kind_country_without_coordinates():
    found = find_places("Clashes spread from Sudan into Chad, officials in N'Djamena said.")
    kinds = {(m.surface, m.kind) for m in found}
    assert ("Sudan", "country") in kinds and ("Chad", "country") in kinds
    assert all(m.latitude is None for m in found if m.kind == "country")
    assert any(m.name == "N'Djamena" and m.country == "Chad" for m in found)


def test_country_hint_disambiguates_shared_names():
    text = "A car bomb exploded in Tripoli on Friday."
    assert find_places(text, "Lebanon")[0].country == "Lebanon"
    assert find_places(text, "Libya")[0].country == "Libya"


def test_small_village_needs_a_cue_or_the_hinted_country():
    cue = "Gunmen attacked the village of Koduga overnight."  # unknown village: nothing made up
    assert all(m.surface != "Koduga" for m in find_places(cue, "Nigeria"))


def test_non_english_text_finds_places_without_english_rules_misfiring():
    fr = "Des frappes aériennes ont touché la ville de Saraqeb, dans la province d'Idleb, mardi."
    found = find_places(fr, "Syria")
    assert any(m.name == "Saraqib" for m in found)
    de = "Bei Angriffen in der Provinz Idlib wurden am Montag mehrere Menschen getötet."
    assert any(m.name == "Idlib" and m.country == "Syria" for m in find_places(de, "Syria", "de"))


def test_a_country_named_next_to_a_place_overrides_the_hint():
    text = "A convoy was ambushed near Gao in neighbouring Mali, while Djibo stayed calm."
    found = {m.surface: m for m in find_places(text, "Burkina Faso")}
    assert found["Gao"].country == "Mali"
    assert found["Djibo"].country == "Burkina Faso"
    possessive = find_places("Shells fell on Turkey's Hatay province and Syria's Homs.", "Syria")
    assert [(m.surface, m.country) for m in possessive if m.kind != "country"] == [
        ("Hatay", "Turkey"),
        ("Homs", "Syria"),
    ]


def test_a_possessive_ends_a_name():
    found = find_places("Militants stormed a post in Khyber Pakhtunkhwa's Bannu district.", "Pakistan")
    assert [(m.surface, m.kind) for m in found][:1] == [("Khyber Pakhtunkhwa", "admin1")]
    bannu = next(m for m in found if m.surface == "Bannu")
    assert bannu.country == "Pakistan" and bannu.geo_precision == 2


def test_regions_that_are_also_country_aliases_keep_coordinates():
    found = find_places("Troops raided Jenin in the West Bank.", "Palestine")
    west_bank = next(m for m in found if m.surface == "West Bank")
    assert west_bank.kind == "admin1" and west_bank.country == "Palestine" and west_bank.latitude is not None


@pytest.mark.parametrize(
    "text",
    [
        "Houthi rebels fired drones at the port, officials said.",
        "Russia fired Iskander missiles overnight, the ministry said.",
        "The Red Cross said its staff were safe.",
    ],
)
def test_groups_weapons_and_organisations_are_not_places(text):
    assert [m for m in find_places(text, "Yemen") if m.kind != "country"] == []


def test_a_town_standing_for_its_area_is_as_coarse_as_the_area():
    found = find_places("Herders were shot dead in Potiskum local government area of Yobe State.", "Nigeria")
    potiskum = next(m for m in found if m.surface == "Potiskum")
    assert potiskum.geo_precision == 2
    yobe = next(m for m in found if m.surface == "Yobe")
    assert yobe.kind == "admin1" and yobe.geo_precision == 3


def test_title_case_headlines_still_yield_their_places():
    found = find_places("Air Strike In Syria's Idlib Kills Dozens Of Soldiers Near Saraqeb", "Syria")
    assert {"Idlib", "Saraqib"} <= {m.name for m in found}


def test_a_surname_met_in_a_full_name_is_not_a_town_later():
    alone = "Binnish said aid was coming."
    assert any(m.name == "Binnish" for m in find_places(alone, "Syria"))
    with_full_name = "Commander Yasser Binnish spoke on Monday. " + alone
    assert all(m.name != "Binnish" for m in find_places(with_full_name, "Syria"))


@pytest.mark.parametrize(
    ("text", "names", "language"),
    [
        (
            "قصفت طائرات حربية مدينة سراقب في ريف إدلب، وقتل خمسة مدنيين بحلب.",
            {"Saraqib", "Idlib", "Aleppo"},
            "ar",
        ),
        ("Российские ракеты ударили по Харькову, в Киеве объявлена тревога.", {"Kharkiv", "Kyiv"}, "ru"),
        ("मोसुल के पास हुए बम धमाके में तीन पुलिसकर्मी मारे गए।", {"Mosul"}, "hi"),
        (
            "Suriye'nin İdlib'de düzenlediği saldırıda askerler öldü, Halep'te çatışmalar sürüyor.",
            {"Idlib", "Aleppo"},
            "tr",
        ),
    ],
)
def test_other_scripts_and_case_endings(text, names, language):
    # the way the coder calls it: the article's language, the country it is about
    found = find_places(text, main_country(text, "", language), language)
    assert names <= {m.name for m in found}
    names_found = {m.name for m in found}
    assert "Medina" not in names_found and "Madinah" not in names_found  # "مدينة" is "city"
    for m in found:
        assert text[m.start : m.end] == m.surface


def test_a_country_name_with_an_admin_noun_is_the_state_of_that_name():
    state = find_places("Bandits killed 12 villagers in Niger State on Monday.", "Nigeria")
    assert [(m.kind, m.country) for m in state] == [("admin1", "Nigeria")]
    country = find_places("Soldiers from Niger crossed the border.", "Nigeria")
    assert [(m.kind, m.country) for m in country] == [("country", "Niger")]


def test_resolve_place_reads_region_words_and_keeps_small_foreign_places_out():
    south = resolve_place("southern Idlib", "Syria")
    assert south.kind == "admin1" and south.geo_precision == 3
    west_bank = resolve_place("West Bank")
    assert west_bank.kind == "admin1" and west_bank.country == "Palestine"
    assert resolve_place("Sahel", "Mali") is None  # only a Burkinabe province of that name
    assert resolve_place("Najran", "Yemen").country == "Saudi Arabia"  # big enough across the border
