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
        ("ru", "Ночью беспилотники атаковали Ростовскую область.", "Rostov", "Russia"),
        ("ru", "В Белгородской области сбиты три дрона.", "Belgorod", "Russia"),
        ("uk", "Росіяни обстріляли Запорізьку область.", "Zaporizhia", "Ukraine"),
        ("uk", "На Харківщині пролунали вибухи.", "Kharkiv", "Ukraine"),
        ("uk", "Унаслідок удару по Сумщині поранено трьох людей.", "Sumy", "Ukraine"),
        ("uk", "Ворог знову обстріляв Донеччину.", "Donetsk", "Ukraine"),
        ("uk", "У Херсонській області загинув чоловік.", "Kherson", "Ukraine"),
    ],
)  # fmt: skip
def test_a_region_named_after_its_main_town_is_that_region(language, text, region, country):
    assert places(text, language) == [(region, country, "admin1")]


def test_a_town_and_its_region_are_both_found_the_town_first():
    found = places("Ракета попала в жилой дом Краматорска Донецкой области.", "ru")
    assert found == [("Kramatorsk", "Ukraine", "city"), ("Donetsk", "Ukraine", "admin1")]


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
