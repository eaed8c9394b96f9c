"""Place linking in every language: inflected names, regions named after their main town, words of
the language that are no places, a place the text puts in a country. Sentences written for these
tests (invented incidents; real places)."""

from __future__ import annotations

import pytest

from extractors.events.places import find_places


def places(text: str, language: str, hint: str | None = None) -> list[tuple[str, str, str]]:
    return [(m.name, m.country, m.kind) for m in find_places(text, hint, language) if m.kind != "country"]


# ---------------------------------------------------------------- REGION_ADJECTIVES / REGION_NAMES


@pytest.mark.parametrize(
    ("language", "text", "region", "country"),
    [
        ("ru", "Два человека погибли при обстреле села в Курской области.", "Kursk", "Russia"),
        ("ru", "Ночью беспилотники атаковали Брянскую область.", "Brjansk", "Russia"),
        ("ru", "В Белгородской области сбиты три дрона.", "Belgorod", "Russia"),
        ("uk", "Росіяни обстріляли Запорізьку область.", "Zaporizhia", "Ukraine"),
        ("uk", "На Харківщині пролунали вибухи.", "Kharkiv", "Ukraine"),
        ("uk", "Унаслідок удару по Сумщині поранено трьох людей.", "Sumy", "Ukraine"),
        ("uk", "Ворог знову обстріляв Миколаївщину.", "Mykolaiv", "Ukraine"),
        ("uk", "Уночі дрони атакували Полтавщину.", "Poltava", "Ukraine"),
        ("uk", "На Кіровоградщині знеструмлено кілька сіл.", "Kirovohrad", "Ukraine"),
        ("uk", "У Херсонській області загинув чоловік.", "Kherson", "Ukraine"),
    ],
)  # fmt: skip
def test_a_region_named_after_its_main_town_is_that_region(language, text, region, country):
    assert places(text, language) == [(region, country, "admin1")]


def test_a_town_and_its_region_are_both_found_the_town_first():
    found = places("Ракета попала в жилой дом Изюма Харьковской области.", "ru")
    assert found == [("Izyum", "Ukraine", "city"), ("Kharkiv", "Ukraine", "admin1")]


# ---------------------------------------------------------------- NAME_ENDINGS


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("ru", "Бои продолжаются под Авдеевкой.", "Avdiyivka"),
        ("ru", "Взрывы прогремели в Бахмуте.", "Bakhmut"),
        ("ru", "После обстрела Мирнограда погибли двое.", "Myrnohrad"),
        ("uk", "Уночі дрони атакували Охтирку.", "Okhtyrka"),
        ("uk", "Вибух пролунав у Балаклії.", "Balakliya"),
    ],
)  # fmt: skip
def test_an_inflected_town_name_is_read_in_its_nominative(language, text, town):
    assert [name for name, _, _ in places(text, language)] == [town]


def test_a_romanian_name_with_its_case_ending_is_the_place():
    assert places("Sute de oameni s-au adunat în centrul Sibiului.", "ro")[0][:2] == ("Sibiu", "Romania")


# ---------------------------------------------------------------- PACK_WORDS


@pytest.mark.parametrize(
    ("language", "text", "hint"),
    [
        ("fr", "Puis, la foule s'est dispersée dans le calme.", "France"),
        ("ru", "Мирная жительница погибла, сообщил губернатор.", "Russia"),
    ],
)  # fmt: skip
def test_a_word_of_the_language_opening_a_sentence_is_no_place(language, text, hint):
    assert places(text, language, hint) == []


# ---------------------------------------------------------------- OWN_COUNTRY and skeletons


def test_a_place_the_text_puts_in_a_country_is_no_same_named_place_elsewhere():
    text = "Os insurgentes mataram dezenas de civis em Palma, norte de Moçambique, na quarta-feira."
    assert places(text, "pt") == [("Palma", "Mozambique", "village")]  # not Palma de Mallorca


def test_a_town_the_gazetteer_lacks_is_kept_in_the_country_of_its_apposition():
    text = "Os rebeldes atacaram Quissanga, no norte de Moçambique, durante a noite."
    assert places(text, "pt") == [("Quissanga", "Mozambique", "village")]


def test_without_a_country_an_admin_noun_finds_no_like_sounding_district_abroad():
    text = "Os rebeldes atacaram a aldeia de Metoro, no distrito de Ancuabe."
    assert all(country == "Mozambique" for _, country, _ in places(text, "pt"))


def test_a_name_in_a_list_of_people_is_no_town_of_the_next_country():
    text = "He will meet Rahmon, Germany's chancellor and the Dutch prime minister on Friday."
    assert places(text, "en", "Syria") == []


# ---------------------------------------------------------------- HELD_BY


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("tr", "Hakkari'nin Yüksekova ilçesinde çatışma çıktı.", "Yuksekova"),
        ("tr", "Ordu'nun Akkuş ilçesinde askerlere ateş açıldı.", "Akkus"),
        ("en", "A bomb went off in Khyber Pakhtunkhwa's Bannu district on Friday.", "Bannu"),
    ],
)  # fmt: skip
def test_a_place_in_the_possessive_holds_the_next_and_is_not_the_event_place(language, text, place):
    from extractors.events.locate import event_places

    assert [p.name for p in event_places(text, None, language)] == [place]


def test_a_neighbourhood_the_gazetteer_lacks_is_placed_at_the_town_that_holds_it():
    found = find_places("İstanbul'un Gazi Mahallesi'nde toplanan grup gösteri yaptı.", None, "tr")
    inner = [m for m in found if m.within >= 0]
    assert [(m.country, round(m.latitude or 0), m.geo_precision) for m in inner] == [("Turkey", 41, 2)]


# ---------------------------------------------------------------- names in a script without case


def test_a_cued_town_in_arabic_counts_without_a_country():
    found = places("خطف مسلحون مجهولون شابين في بلدة الصنمين يوم الأحد.", "ar")
    assert found == [("As Sanamayn", "Syria", "city")]


@pytest.mark.parametrize(
    "text",
    [
        "سقطت قذيفة على قرية دير شرقي صباح اليوم.",  # a short word that opens a longer village name
        "تقدمت القوات على محور كبانة في الجبل.",  # a name is no proclitic plus another town's name
    ],
)  # fmt: skip
def test_a_short_or_proclitic_word_is_no_town_abroad(text):
    assert all(country != "Iran" for _, country, _ in places(text, "ar"))


def test_a_town_and_the_province_around_it_are_no_list():
    from extractors.events.locate import listing_gap

    assert listing_gap(", ", "en") and listing_gap(" and ", "en") and listing_gap(" و", "ar")
    assert (
        not listing_gap(" in ", "en") and not listing_gap(" بريف ", "ar") and not listing_gap(", na ", "pt")
    )


# ---------------------------------------------------------------- countries as each language names them


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("it", "Nella Repubblica democratica del Congo i ribelli hanno ucciso dieci civili.",
         "Democratic Republic of Congo"),
        ("tr", "Demokratik Kongo Cumhuriyeti'nde çatışmalar sürüyor.", "Democratic Republic of Congo"),
        ("ru", "Конфликт в Демократической Республике Конго обострился.", "Democratic Republic of Congo"),
        ("pt", "Um ataque aéreo na Faixa de Gaza matou seis pessoas.", "Palestine"),
        ("de", "Im Westjordanland wurden zwei Männer getötet.", "Palestine"),
        ("ru", "Власти США осудили удар.", "United States"),
        ("hi", "म्यांमार में सेना ने गांव पर हमला किया।", "Myanmar"),
        ("es", "Combates en el norte de Birmania.", "Myanmar"),
    ],
)  # fmt: skip
def test_a_country_is_found_as_its_language_names_it(language, text, country):
    from extractors.events.countries import find_countries

    assert country in {m.country for m in find_countries(text, language)}


# ---------------------------------------------------------------- seats of officials and their buildings


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("id", "Massa membakar kantor pemerintah di Timika pada Senin.", "Timika"),
        ("en", "Rioters burned government offices in Kano on Monday.", "Kano"),
        # a locative preposition of the language is no particle inside a name ("di" is "in")
        ("id", "Mahasiswa berunjuk rasa di depan gedung DPR di Jakarta.", "Jakarta"),
    ],
)  # fmt: skip
def test_a_building_of_the_government_is_where_things_happen(language, text, place):
    from extractors.events.locate import event_places

    assert [p.name for p in event_places(text, None, language)] == [place]


def test_officials_in_a_capital_are_still_no_event_place():
    from extractors.events.locate import event_places

    assert event_places("Officials in Damascus denied the report.", None, "en") == []
