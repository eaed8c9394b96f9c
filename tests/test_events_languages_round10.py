"""Round 10 language rules: the Swedish pack, and an Arabic agreement word whose key is a name.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from extractors.events.lexicon import load_pack
from tests.coding import code_text

# --------------------------------------------------------------------------- Swedish (a pack of its own)


@pytest.mark.parametrize(
    ("text", "sub_event_type", "fatalities", "day"),
    [
        ("Beväpnade män dödade sju civila i en by nära Mopti i Mali i lördags.", "Attack", 7, "2025-05-10"),
        ("Minst fyra personer dödades när en bilbomb exploderade i Kismayo på lördagen.",
         "Remote explosive/landmine/IED", 4, "2025-05-10"),
        ("En israelisk flygattack dödade tolv människor i Khan Younis i onsdags.", "Air/drone strike", 12,
         "2025-05-07"),
        ("Polisen grep 15 personer i Uppsala på söndagen efter skottlossningen.", "Arrests", 0, "2025-05-11"),
        ("Tusentals människor demonstrerade fredligt i Göteborg i lördags mot regeringens politik.",
         "Peaceful protest", 0, "2025-05-10"),
        ("Kravallpolisen använde tårgas mot demonstranterna i Kisumu i torsdags.",
         "Protest with intervention", 0, "2025-05-08"),
        ("Ryska styrkor besköt staden Charkiv under natten, och tre civila omkom medan åtta skadades.",
         "Shelling/artillery/missile attack", 3, "2025-05-11"),
        ("Sammandrabbningar mellan armén och rebeller nära Douentza i Mali krävde tjugo dödsoffer i fredags.",
         "Armed clash", 20, "2025-05-09"),
    ],
)  # fmt: skip
def test_swedish_reports_are_coded(text: str, sub_event_type: str, fatalities: int, day: str) -> None:
    # published on Monday 12 May 2025: "i lördags" / "på lördagen" is the Saturday before
    events = code_text(text, language="sv", published="2025-05-12")
    assert [(e.sub_event_type, e.fatalities, str(e.event_date)) for e in events] == [
        (sub_event_type, fatalities, day)
    ]


def test_swedish_actors_and_places() -> None:
    (m,) = code_text(
        "Ryska styrkor besköt staden Charkiv under natten, och tre civila omkom medan åtta skadades.",
        language="sv",
        published="2025-05-12",
    )
    assert m.actor1 == "Military Forces of Russia" and m.actor2 == "Civilians (Ukraine)"
    assert m.country == "Ukraine" and m.location == "Kharkiv"
    (riot,) = code_text(
        "Upplopp bröt ut i Örebro där upprorsmakare kastade sten mot polisen och satte eld på bilar.",
        language="sv",
        published="2025-05-12",
    )
    assert (riot.event_type, riot.actor1, riot.actor2) == (
        "Riots",
        "Rioters (Sweden)",
        "Police Forces of Sweden",
    )


def test_the_swedish_pack_reads_no_norwegian_word_as_a_swedish_one() -> None:
    # "staden" (the town) is no habitual-modality word: a Norwegian "stadig" read with Swedish keys would be
    labels = {m.label for m in load_pack("sv").find("Ryska styrkor besköt staden under natten.")}
    assert "modality.habitual" not in labels
    assert "place_words.settlement" in labels


def test_swedish_rape_is_sexual_violence_and_violence_is_no_rape() -> None:
    pack = load_pack("sv")
    assert {m.label for m in pack.find("Två kvinnor våldtogs i lägret.")} >= {
        "triggers.Violence against civilians.Sexual violence"
    }
    assert "triggers.Violence against civilians.Sexual violence" not in {
        m.label for m in pack.find("Våldet i staden fortsatte.")
    }


# --------------------------------------------------------------------------- Arabic: reconciliation vs the name Saleh


def test_arabic_reconciliation_is_an_agreement_word_the_name_saleh_is_not() -> None:
    pack = load_pack("ar")
    agreement = "triggers.Strategic developments.Agreement"

    def labels(text: str) -> set[str]:
        return {m.label for m in pack.find(text)}

    # a list of the dead with the given name Saleh (صالح) carries no agreement
    assert agreement not in labels("ومن بين القتلى صالح أحمد وعلي صالح")
    assert agreement not in labels("وقال صالح")
    # the noun reconciliation, bare, with the article and with a clitic, still does
    for text in ("جهود المصالحة الوطنية", "مصالحة شاملة", "ودعا إلى المصالحة", "والمصالحة بين القبائل"):
        assert agreement in labels(text), text
    (m,) = code_text(
        "وقعت القبائل المتنازعة اتفاق مصالحة في مدينة سبها يوم الأحد لإنهاء القتال.",
        language="ar",
        published="2025-03-05",
    )
    assert (m.sub_event_type, m.country, str(m.event_date)) == ("Agreement", "Libya", "2025-03-02")


# --------------------------------------------------------------------------- Arabic: "governorate of X" is the region


@pytest.mark.parametrize(
    ("text", "kind", "precision"),
    [
        # the governorate bears its capital's name in another romanisation (Daraa / Dar'a)
        ("قتل أربعة أشخاص في اشتباكات في محافظة درعا يوم الاثنين.", "region", 3),
        ("قتل ثلاثة أشخاص في قصف على مدينة درعا يوم الاثنين.", "town", 1),
        ("قتل خمسة أشخاص في غارة جوية على محافظة مأرب يوم الثلاثاء.", "region", 3),
    ],
)
def test_arabic_governorate_of_a_town_is_the_region(text: str, kind: str, precision: int) -> None:
    (m,) = code_text(text, language="ar", published="2025-03-05")
    assert m.geo_precision == precision, kind
    assert m.admin1 and m.country in ("Syria", "Yemen")


# --------------------------------------------------------------------------- Russian: a town's case form, its region, namesakes


def _place(text: str) -> tuple[str, str, str]:
    (m,) = code_text(text, language="ru", published="2025-03-05")
    return m.country, m.admin1, m.location


def test_russian_town_before_its_region_is_the_town_of_that_region() -> None:
    # "Токмаке" is the case form of two towns, a bigger one in Kyrgyzstan and one in Zaporizhzhia
    # oblast; the region named right after it ("Запорожской области", of Запорожье) decides
    assert _place("В Токмаке Запорожской области в результате обстрела погибли три мирных жителя.") == (
        "Ukraine",
        "Zaporizhia",
        "Tokmak",
    )
    assert (
        _place("В Васильевке Запорожской области при обстреле погибли двое мирных жителей.")[2] == "Vasylivka"
    )
    assert _place("В Запорожской области в результате обстрела погибли три мирных жителя.")[:2] == (
        "Ukraine",
        "Zaporizhia",
    )


def test_russian_town_shared_with_another_country_follows_the_country_the_text_names() -> None:
    assert _place("В Токмаке на юге Украины в результате обстрела погибли три мирных жителя.")[0] == "Ukraine"


def test_russian_locative_of_a_name_ending_in_a_soft_sign() -> None:
    # "в Никополе" is the town Никополь
    assert (
        _place("В Никополе Днепропетровской области в результате обстрела погибли три человека.")[2]
        == "Nikopol"
    )


# --------------------------------------------------------------------------- Swahili: a unit of militiamen is the militia


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Kikosi cha wanamgambo kiliwaua wanakijiji sita karibu na Beni, Kongo, Jumatatu.",
         "Militia (Democratic Republic of Congo)"),
        ("Vikosi vya wanamgambo viliwashambulia waasi karibu na Butembo, Kongo, Jumatatu.",
         "Militia (Democratic Republic of Congo)"),
        # a unit of the army stays the state's forces
        ("Kikosi cha jeshi kiliwashambulia waasi karibu na Butembo, Kongo, Jumatatu.",
         "Military Forces of Democratic Republic of Congo"),
    ],
)  # fmt: skip
def test_swahili_unit_noun_takes_the_class_of_the_longer_phrase_holding_it(text: str, actor1: str) -> None:
    (m,) = code_text(text, language="sw", published="2025-03-05")
    assert m.actor1 == actor1
