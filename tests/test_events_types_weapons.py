"""Weapons that were laid and found, and ambushes told with gunfire (ACLED codebook), in several
languages: a mine or bomb found or made safe is disrupted weapons use (pack key `weapon_finds`), a
bomb followed or preceded by gunfire on armed men, or fire at them with small arms, is an armed clash
(pack key `gunfire`); an armed group that kills with a death word is the act's doer. Every sentence
here is written for these tests (invented incidents; real places)."""

from __future__ import annotations

import pytest

from extractors.models import EventMention
from tests.coding import code_text, only

STRATEGIC = "Strategic developments"
DISRUPTED = (STRATEGIC, "Disrupted weapons use")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
CLASH = ("Battles", "Armed clash")


def kind(m: EventMention) -> tuple[str, str]:
    return m.event_type, m.sub_event_type


# ---------------------------------------------------------------- laid weapons found


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "Security forces discovered two explosive devices planted near a school in Peshawar on Tuesday.",
         "Peshawar"),
        ("en", "A roadside bomb left by militants was found by police near Kandahar on Tuesday.", "Kandahar"),
        ("fr", "Un engin explosif improvisé a été découvert puis désamorcé par l'armée près de Gao mardi.", "Gao"),
        ("es", "Militares hallaron una mina antipersonal junto a un camino cerca de Tumaco el martes.", "Tumaco"),
        ("ar", "عثرت قوات الأمن على عبوة ناسفة قرب سوق في بعقوبة يوم الثلاثاء.", "Baqubah"),
        ("ru", "Сотрудники ФСБ обнаружили самодельное взрывное устройство у здания администрации в Махачкале "
               "во вторник.", "Makhachkala"),
    ],
)  # fmt: skip
def test_a_laid_weapon_found_is_disrupted_weapons_use(language, text, place):
    m = only(code_text(text, language=language, published="2025-05-14"))
    assert kind(m) == DISRUPTED and m.location == place and m.fatalities == 0


@pytest.mark.parametrize(
    ("language", "text", "deaths"),
    [
        ("en", "Police found the bodies of two men killed by a roadside bomb near Kandahar on Tuesday.", 2),
        ("fr", "Deux soldats ont trouvé la mort mardi près de Gao dans l'explosion d'un engin explosif improvisé.", 2),
    ],
)  # fmt: skip
def test_a_find_word_beside_a_bomb_that_killed_is_no_find(language, text, deaths):
    m = only(code_text(text, language=language, published="2025-05-14"))
    assert kind(m) == IED and m.fatalities == deaths


def test_a_find_word_alone_is_no_event():
    text = "Investigators found new documents about the budget in Peshawar on Tuesday."
    assert code_text(text, language="en", published="2025-05-14") == []


# ---------------------------------------------------------------- ambushes told with gunfire


@pytest.mark.parametrize(
    ("language", "text", "deaths"),
    [
        ("en", "Jihadists ambushed a convoy of soldiers near Mopti on Tuesday with a roadside bomb before "
               "spraying the vehicles with gunfire, killing five soldiers.", 5),
        ("en", "An army patrol came under heavy gunfire near Mopti on Tuesday after militants detonated an "
               "explosive device, killing four soldiers.", 4),
        ("ru", "Боевики обстреляли из стрелкового оружия патруль полиции в Назрани во вторник, погибли двое "
               "полицейских.", 2),
    ],
)  # fmt: skip
def test_gunfire_with_a_bomb_or_small_arms_on_armed_men_is_a_clash(language, text, deaths):
    m = only(code_text(text, language=language, published="2025-05-14"))
    assert kind(m) == CLASH and m.fatalities == deaths


def test_a_bomb_on_a_patrol_with_no_gunfire_stays_a_bomb():
    text = "A roadside bomb exploded near a police vehicle in Kandahar on Tuesday, killing two officers."
    m = only(code_text(text, language="en", published="2025-05-14"))
    assert kind(m) == IED and m.fatalities == 2


def test_shelling_with_gunfire_in_another_clause_stays_shelling():
    text = ("Russian forces shelled army positions near Kupiansk on Tuesday, while gunfire was heard in the "
            "city, the general staff said.")  # fmt: skip
    m = code_text(text, language="en", published="2025-05-14")[0]
    assert m.event_type == "Explosions/Remote violence"


def test_a_verb_first_shooting_at_a_patrol_is_read():
    # VSO: the gunmen stand between the verb and its object; "دورية" (patrol) is no football league
    text = "أطلق مسلحون النار على دورية للشرطة قرب بعقوبة يوم الثلاثاء."
    m = only(code_text(text, language="ar", published="2025-05-14"))
    assert kind(m) == CLASH and m.location == "Baqubah"


# ---------------------------------------------------------------- an armed subject's death word


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "Gunmen killed four travellers near Katsina on Tuesday.", "Katsina"),
        ("fr", "Des hommes armés ont tué quatre voyageurs mardi près de Kaya.", "Kaya"),
    ],
)  # fmt: skip
def test_an_armed_group_that_kills_people_no_actor_word_names_attacks_civilians(language, text, place):
    # KILLED_BY_SUBJECT: the death word is the group's act when the group is its subject right before it
    m = only(code_text(text, language=language, published="2025-05-14"))
    assert (m.event_type, m.sub_event_type) == ("Violence against civilians", "Attack")
    assert m.fatalities == 4 and m.location == place


def test_an_armed_subject_that_kills_soldiers_fights_them():
    m = only(
        code_text(
            "Gunmen killed four soldiers near Katsina on Tuesday.", language="en", published="2025-05-14"
        )
    )
    assert kind(m) == CLASH
