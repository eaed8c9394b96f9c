"""Crowds and the state's forces, per the ACLED codebook, on short reports written for these tests
(invented incidents; real places): protesters arrested at their protest are its intervention, and
unarmed people who fight the police or the army riot. Every sentence here is written for these
tests (no evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import code_text, only

PROTEST = "Protests"
RIOT = "Riots"
STRATEGIC = "Strategic developments"


# ---------------------------------------------------------------- arrests at a protest


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Police arrested 20 protesters in Gulu on Monday as they marched to parliament."),
        ("fr", "La police a interpellé une trentaine de manifestants lundi à Kankan lors d'une marche de l'opposition."),
        ("ru", "Полиция задержала более 50 участников акции протеста в центре Москвы в воскресенье."),
        ("de", "Die Polizei nahm am Samstag in Leipzig 40 Demonstranten fest."),
        ("pt", "A polícia angolana deteve dezenas de jovens que participavam numa manifestação contra o desemprego "
               "no sábado em Luanda."),
        ("en", "Police arrested 30 people at a rally against fuel prices in Lagos, Nigeria, on Tuesday."),
        ("es", "La policía arrestó a decenas de personas durante una protesta el martes en Managua."),
    ],
)  # fmt: skip
def test_protesters_arrested_at_their_protest_are_a_protest_with_intervention(language, text):
    m = only(code_text(text, language=language, published="2025-05-16"))
    assert (m.event_type, m.sub_event_type) == (PROTEST, "Protest with intervention")
    assert m.actor1.startswith("Protesters (") and m.actor2.startswith("Police Forces of")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Police arrested five suspected militants in a raid in Mombasa on Friday."),
        ("tr", "Polis pazartesi günü Ankara'da 12 şüpheliyi gözaltına aldı."),
    ],
)
def test_suspects_arrested_with_no_protest_stay_an_arrest(language, text):
    m = only(code_text(text, language=language, published="2025-05-16"))
    assert (m.event_type, m.sub_event_type) == (STRATEGIC, "Arrests")


# ---------------------------------------------------------------- unarmed people against the forces


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("fr", "Des heurts ont opposé des jeunes aux forces de l'ordre samedi soir à "
               "Villeurbanne.", "Villeurbanne"),
        ("de", "Jugendliche lieferten sich in der Nacht zum Sonntag in Stuttgart Auseinandersetzungen mit der "
               "Polizei.", "Stuttgart"),
        ("sw", "Vijana walikabiliana na polisi mjini Mombasa siku ya Jumamosi.", "Mombasa"),
        ("en", "Young men clashed with soldiers in the streets of Bamenda, Cameroon, on Saturday night.", "Bamenda"),
    ],
)  # fmt: skip
def test_unarmed_people_fighting_the_forces_are_a_violent_demonstration(language, text, town):
    m = only(code_text(text, language=language, published="2025-05-18"))
    assert (m.event_type, m.sub_event_type) == (RIOT, "Violent demonstration")
    assert m.actor1.startswith("Rioters (") and m.location == town


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Soldiers clashed with jihadists near the village of Djibo, Burkina Faso, on Saturday, residents said."),
        ("fr", "Des affrontements ont opposé l'armée à des jihadistes samedi près de Djibo, selon des habitants."),
    ],
)  # fmt: skip
def test_the_forces_fighting_an_armed_group_named_beside_residents_stay_a_battle(language, text):
    m = only(code_text(text, language=language, published="2025-05-18"))
    assert m.event_type == "Battles"


# ---------------------------------------------------------------- strategic sub-types and fire exchanged


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("en", "Islamic State militants set up a new headquarters in the town of Mocimboa da Praia, Mozambique, "
               "on Sunday.", ("Strategic developments", "Headquarters or base established")),
        ("fr", "Les forces françaises ont remis la base de Gao à l'armée malienne mardi.",
         ("Strategic developments", "Non-violent transfer of territory")),
        ("en", "The Malian army handed over the Ber base to the UN mission in Timbuktu region on Monday.",
         ("Strategic developments", "Non-violent transfer of territory")),
        ("pt", "Militares moçambicanos e insurgentes trocaram tiros no domingo em Marrupa, Niassa.",
         ("Battles", "Armed clash")),
        ("es", "Soldados y guerrilleros intercambiaron disparos el domingo en Cucuta, Colombia.",
         ("Battles", "Armed clash")),
    ],
)  # fmt: skip
def test_bases_set_up_or_handed_over_and_fire_exchanged(language, text, kind):
    m = only(code_text(text, language=language, published="2025-05-21"))
    assert (m.event_type, m.sub_event_type) == kind


# ---------------------------------------------------------------- a protest broken up


@pytest.mark.parametrize(
    "text",
    [
        "Police broke up a march by nurses in Lilongwe on Tuesday, detaining at least 15 people.",
        "Riot police broke up a demonstration by traders in Kumasi on Tuesday.",
    ],
)
def test_a_protest_broken_up_is_one_with_intervention_on_its_own_day(text):
    # "broke" is no form of "break" for the lemmatiser: the pack names the past forms; and a day
    # before a comma and the next act ("on Tuesday, detaining") is the protest's day, not that act's
    m = only(code_text(text, language="en", published="2025-06-13"))
    assert (m.event_type, m.sub_event_type) == (PROTEST, "Protest with intervention")
    assert str(m.event_date) == "2025-06-10"


# ---------------------------------------------------------------- a mob with no demonstration


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # no protest anywhere, people hit: the crowd's violence is mob violence
        ("An angry crowd set fire to the homes of two families accused of witchcraft in a village near "
         "Masindi on Thursday, police said.", "Mob violence"),
        # the same burning by a crowd that protests is a violent demonstration
        ("Protesters angry over the killing of a trader set fire to the homes of two police officers in "
         "Masindi on Thursday.", "Violent demonstration"),
        # the dead man of a grievance is no one the crowd hit: a police station burned is a violent demonstration
        ("Des jeunes en colère ont incendié un commissariat et érigé des barricades jeudi à Kayes après la "
         "mort d'un chauffeur de taxi.", "Violent demonstration"),
    ],
)  # fmt: skip
def test_a_crowd_burning_peoples_homes_with_no_demonstration_is_mob_violence(text, sub):
    m = only(code_text(text, language="fr" if " des " in text else "en", published="2025-06-13"))
    assert (m.event_type, m.sub_event_type) == (RIOT, sub)


def test_workers_downing_tools_strike_and_stop_no_weapon():
    m = only(code_text("Dock workers downed tools at the port of Tema on Monday, demanding better pay.",
                       language="en", published="2025-06-13"))  # fmt: skip
    assert (m.event_type, m.sub_event_type) == (PROTEST, "Peaceful protest")


# ---------------------------------------------------------------- protesters dead where the force met them


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Tres manifestantes murieron el jueves en Cuenca cuando la policía disparó contra una marcha de "
               "campesinos."),
        ("en", "Three protesters died in Kisumu on Thursday when police opened fire on a march by traders."),
    ],
)  # fmt: skip
def test_protesters_dead_where_the_police_fired_on_their_march_is_excessive_force(language, text):
    m = only(code_text(text, language=language, published="2025-06-13"))
    assert (m.event_type, m.sub_event_type, m.fatalities) == (
        PROTEST,
        "Excessive force against protesters",
        3,
    )


# ---------------------------------------------------------------- a crowd at a ministry


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Hundreds of teachers protested outside the education ministry in Kumasi on Tuesday.", "Kumasi"),
        ("Police fired tear gas at hundreds of traders protesting outside the finance ministry in Lusaka on "
         "Tuesday.", "Lusaka"),
    ],
)  # fmt: skip
def test_a_crowd_outside_a_ministry_is_placed_in_its_town(text, place):
    # a government word a locative preposition opens is a site, not the officials' seat
    m = only(code_text(text, language="en", published="2025-05-14"))
    assert m.event_type == PROTEST and m.location == place


def test_officials_in_a_town_are_still_its_seat():
    text = "Officials in Lusaka said on Tuesday that gunmen killed three farmers in Chipata."
    m = only(code_text(text, language="en", published="2025-05-14"))
    assert m.location == "Chipata"


# ---------------------------------------------------------------- a mob named far from its act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Residents of a village near Kisumu, angered by a spate of thefts, on Tuesday caught a suspected "
               "thief and beat him to death."),
        ("es", "Vecinos de un barrio de El Alto, cansados de los robos, el martes atraparon a un presunto ladrón "
               "y lo golpearon hasta la muerte."),
    ],
)  # fmt: skip
def test_people_who_open_the_sentence_are_the_mob_of_its_later_act(language, text):
    m = only(code_text(text, language=language, published="2025-05-14"))
    assert (m.event_type, m.sub_event_type) == (RIOT, "Mob violence") and m.actor1.startswith("Rioters (")


def test_people_who_open_the_sentence_are_no_mob_when_armed_men_act():
    text = ("Villagers near Kisumu, fearing new raids, on Tuesday fled their homes after unknown attackers "
            "killed two herders.")  # fmt: skip
    m = only(code_text(text, language="en", published="2025-05-14"))
    assert m.event_type == "Violence against civilians" and m.fatalities == 2
