"""The coder's event types (round 4 of the tests in `test_events_types.py`): precision and second
events, on short reports written for these tests (invented incidents; real places): deaths with no
act and no armed side, and a second act joined to the first in one sentence.
Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coding import only
from tests.test_events_types import PROTEST, RIOT, STRATEGIC, coded, kind

# ---------------------------------------------------------------- round 4: precision and second events


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Twelve people died in Gao on Monday, a local official said."),
        ("en", "Three people died in Mombasa on Monday after drinking illicit alcohol."),
        ("fr", "Douze personnes sont mortes lundi à Gao, selon un responsable local."),
        ("es", "Doce personas murieron el lunes en Tumaco, según fuentes locales."),
        ("pt", "Doze pessoas morreram na segunda-feira em Pemba, segundo fontes locais."),
        ("de", "Zwölf Menschen starben am Montag in Kassel, teilte die Polizei mit."),
        ("ru", "В понедельник в Донецке погибли двенадцать человек, сообщили местные власти."),
        ("tr", "Pazartesi günü Gaziantep'te on iki kişi hayatını kaybetti, yetkililer açıkladı."),
        ("id", "Dua belas orang meninggal dunia di Ambon pada hari Senin, kata pejabat setempat."),
        ("ar", "توفي اثنا عشر شخصا يوم الاثنين في الموصل، بحسب مسؤولين محليين."),
    ],
)  # fmt: skip
def test_deaths_with_no_act_and_no_armed_side_are_no_attack(language, text):
    assert coded(text, "2025-03-05", language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gunmen killed twelve people in Gao on Monday, a local official said."),
        ("en", "Twelve people were shot dead in Gao on Monday, a local official said."),
        ("fr", "Des hommes armés ont tué douze personnes lundi à Gao, selon un responsable local."),
    ],
)  # fmt: skip
def test_deaths_with_a_killer_or_a_manner_of_killing_are_an_attack(language, text):
    m = only(coded(text, "2025-03-05", language))
    assert kind(m) == ("Violence against civilians", "Attack") and m.fatalities == 12


def test_deaths_in_a_report_that_names_the_attack_give_its_toll():
    text = "Gunmen stormed a market in Gao on Monday and opened fire on traders. Twelve people died, officials said."
    m = only(coded(text, "2025-03-05"))
    assert m.event_type == "Violence against civilians" and m.fatalities == 12 and m.location == "Gao"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Firefighters battled a blaze at a warehouse in Mombasa on Monday; two workers died."),
        ("en", "The two teams clashed in a fierce derby in Lagos on Sunday, with the hosts winning 2-1."),
        ("fr", "Les pompiers ont combattu lundi un incendie dans un entrepôt à Dakar; deux ouvriers sont morts."),
    ],
)  # fmt: skip
def test_a_fight_word_in_a_non_conflict_sentence_with_no_armed_side_is_no_battle(language, text):
    assert coded(text, "2025-03-05", language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Suspected militants hit an army convoy with a roadside bomb near Gao on Monday and then opened "
               "fire on the soldiers, killing five."),
        ("fr", "Lundi, près de Gao, des hommes armés ont frappé une colonne de l'armée avec un engin explosif "
               "puis ont ouvert le feu sur les soldats."),
        ("es", "Guerrilleros atacaron con un artefacto explosivo una patrulla del ejército el lunes cerca de "
               "Tumaco y luego abrieron fuego contra los soldados."),
        ("pt", "Insurgentes atacaram com um engenho explosivo uma coluna militar na segunda-feira perto de Mueda "
               "e depois abriram fogo contra os soldados."),
    ],
)  # fmt: skip
def test_a_bomb_followed_by_gunfire_on_troops_is_an_ambush_coded_as_a_clash(language, text):
    m = only(coded(text, "2025-03-05", language))
    assert kind(m) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A roadside bomb hit an army patrol near Gao on Monday, killing five soldiers."),
        ("fr", "Un engin explosif improvisé a touché lundi un véhicule de l'armée près de Gao, tuant quatre soldats."),
        ("en", "A roadside bomb targeted a military convoy travelling from Gao to Ansongo on Monday, a local "
               "official said."),
        ("en", "A roadside bomb hit an army truck near Gao on Monday, killing three soldiers in an attack the "
               "army blamed on militants."),
    ],
)  # fmt: skip
def test_a_bomb_with_no_gunfire_after_it_stays_an_explosion(language, text):
    m = only(coded(text, "2025-03-05", language))
    assert kind(m) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_a_militia_striking_back_at_the_attackers_is_a_second_event_a_clash():
    text = ("Insurgents killed seven villagers in Gwoza on Monday. In retaliation, vigilantes attacked a camp "
            "of the insurgents near Konduga on Tuesday, killing four of them.")  # fmt: skip
    mentions = coded(text, "2025-03-05")
    assert [kind(m) for m in mentions] == [
        ("Violence against civilians", "Attack"),
        ("Battles", "Armed clash"),
    ]
    clash = mentions[1]
    assert clash.location == "Konduga" and clash.event_date == date(2025, 3, 4) and clash.fatalities == 4
    assert clash.actor1_kind != "rioters"  # vigilantes are a militia, not a mob


def test_the_army_striking_back_is_a_clash_not_an_air_strike():
    text = ("Militants attacked an army post in Tillaberi on Monday. On Tuesday the army struck back, killing "
            "20 militants in Ayorou.")  # fmt: skip
    mentions = coded(text, "2025-03-05")
    assert {kind(m) for m in mentions} == {("Battles", "Armed clash")}
    assert {m.location for m in mentions} == {"Tillaberi", "Ayorou"}


def test_a_region_named_without_a_town_is_the_town_event_of_that_region():
    text = ("A missile hit Kryvyi Rih on Friday, killing 12 civilians. Fragments of the missile fell across "
            "Dnipropetrovsk region, the regional governor said.")  # fmt: skip
    m = only(coded(text, "2025-03-05"))
    assert m.location == "Kryvyy Rih" and m.fatalities == 12


def test_an_event_recalled_as_a_day_after_is_no_event_of_the_day():
    text = ("Police fired tear gas to disperse hundreds of teachers marching in Accra on Wednesday, a day after "
            "clashes at a rally left three people dead.")  # fmt: skip
    m = only(coded(text, "2025-03-06"))
    assert kind(m) == (PROTEST, "Protest with intervention")
    assert m.event_date == date(2025, 3, 5) and m.fatalities == 0


def test_a_summary_of_the_week_does_not_decide_the_kind_of_the_day_event():
    text = ("Police fired rubber bullets to disperse students marching in Chittagong on Wednesday. Over the "
            "week the marches grew violent as students fought youths loyal to the governing party.")  # fmt: skip
    mentions = coded(text, "2025-03-06")
    day = next(m for m in mentions if m.event_date == date(2025, 3, 5))
    assert kind(day) == (PROTEST, "Protest with intervention")


def test_a_party_named_league_makes_no_sentence_about_sport():
    text = ("Hundreds of opposition protesters clashed with supporters of the ruling Awami League in Chittagong "
            "on Tuesday.")  # fmt: skip
    m = only(coded(text, "2025-03-06"))
    assert m.event_type == RIOT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Villagers beat a suspected thief to death in Kisii on Monday."),
        ("en", "Residents lynched two suspected kidnappers in Kisii on Monday."),
        ("fr", "Des habitants en colère ont lynché deux présumés voleurs lundi à Bouaké."),
        ("es", "Vecinos lincharon a dos presuntos ladrones el lunes en Cochabamba."),
        ("pt", "Moradores lincharam dois supostos assaltantes na segunda-feira em Nampula."),
        ("ru", "Жители избили до смерти подозреваемого в краже в понедельник в Махачкале."),
    ],
)  # fmt: skip
def test_people_who_are_no_armed_group_attacking_someone_is_mob_violence(language, text):
    m = only(coded(text, "2025-03-05", language))
    assert kind(m) == (RIOT, "Mob violence") and m.actor1.startswith("Rioters (")


@pytest.mark.parametrize(
    "text",
    [
        "Residents in the village of Dogo near Maiduguri on Sunday buried 14 people killed by insurgents.",
        "Villagers said gunmen killed five farmers near Maiduguri on Monday.",
    ],
)
def test_people_who_bury_or_tell_of_the_dead_are_no_mob(text):
    assert all(m.event_type != RIOT for m in coded(text, "2025-03-05"))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hundreds of supporters of the two parties clashed in Lilongwe on Monday, throwing stones at each other."),
        ("es", "Simpatizantes de los dos partidos se enfrentaron el lunes en Sucre lanzándose piedras."),
    ],
)  # fmt: skip
def test_unarmed_sides_clashing_with_a_riot_s_acts_are_a_riot(language, text):
    m = only(coded(text, "2025-03-05", language))
    assert kind(m) == (RIOT, "Violent demonstration")


def test_armed_sides_clashing_stay_a_battle_whatever_they_burn():
    text = "Soldiers clashed with militants in Bannu on Monday; the militants set fire to a checkpoint."
    assert any(kind(m) == ("Battles", "Armed clash") for m in coded(text, "2025-03-05"))


def test_weapons_seized_in_a_raid_are_disrupted_weapons_use_not_an_explosion():
    text = "Soldiers seized a cache of weapons and explosives in a raid on a house in Mosul on Monday."
    m = only(coded(text, "2025-03-05"))
    assert kind(m) == (STRATEGIC, "Disrupted weapons use")


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the government would win the battle against inflation, speaking in Accra on Tuesday.",
        "The president launched a fight against poverty and unemployment in Abuja on Tuesday.",
        "Shares in the mining company were hit hard in Johannesburg on Tuesday after the strike.",
        "Kenya's army chief met his Somali counterpart in Kismayo on Tuesday to discuss the fight against "
        "al-Shabaab.",
        "The two candidates clashed in a televised debate in Mombasa on Tuesday.",
    ],
)  # fmt: skip
def test_policy_markets_and_talks_with_fighting_words_give_no_row(text):
    assert coded(text, "2025-03-05") == []


@pytest.mark.parametrize(
    ("language", "text", "towns"),
    [
        ("en", "Russian air strikes hit the town of Ariha on Sunday, killing five civilians, rescuers said. "
               "Another strike hit the nearby town of Binnish, killing three people.", {"Ariha": 5, "Binnish": 3}),
        ("fr", "Des frappes aériennes russes ont touché dimanche la ville d'Ariha, dans le nord-ouest de la Syrie, "
               "tuant cinq civils. Une autre frappe aérienne a touché la ville voisine de Binnich, tuant trois "
               "personnes.", {"Ariha": 5, "Binnish": 3}),
    ],
)  # fmt: skip
def test_a_second_nearby_town_hit_with_its_own_dead_is_a_second_event_of_that_day(language, text, towns):
    mentions = coded(text, "2025-06-09", language)
    assert {m.location: m.fatalities for m in mentions} == towns
    assert {m.event_date for m in mentions} == {date(2025, 6, 8)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gunmen attacked the village of Kankara near Katsina on Monday, killing 15."),
        ("en", "Gunmen attacked the village of Kankara near Katsina on Monday, leaving 15 dead."),
        ("fr", "Des terroristes ont attaqué lundi la ville de Djibo, faisant quinze morts."),
        ("es", "Hombres armados atacaron el lunes el pueblo de Tumaco, dejando quince muertos."),
    ],
)  # fmt: skip
def test_a_deadly_raid_by_an_armed_group_with_no_armed_side_is_an_attack_on_civilians(language, text):
    m = only(coded(text, "2025-03-05", language))
    assert kind(m) == ("Violence against civilians", "Attack") and m.fatalities == 15


def test_a_raid_in_a_report_of_a_fight_is_not_made_an_attack_on_civilians():
    text = ("Soldiers clashed with militants near Katsina on Monday. Militants attacked the village of Dogon "
            "Dawa, killing 15.")  # fmt: skip
    assert all(m.event_type != "Violence against civilians" for m in coded(text, "2025-03-05"))


def test_an_act_that_went_on_that_day_is_real_a_present_habit_is_not():
    went_on = "Gunmen continued to loot and burn houses in the village of Dan Sadau on Monday."
    assert kind(only(coded(went_on, "2025-03-05"))) == (STRATEGIC, "Looting/property destruction")
    habit = "Gunmen continue to loot villages across Zamfara, residents say."
    assert coded(habit, "2025-03-05") == []


def test_a_clash_with_soldiers_named_only_as_its_other_side_is_kept_without_a_day():
    text = "The first group clashed with soldiers in the village of Seytenga, not far from Dori."
    m = only(coded(text, None))
    assert kind(m) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    ("language", "title", "text", "town"),
    [
        ("en", "Protest over vote count",
         "Supporters of the losing candidate demonstrated outside the electoral commission in Kinshasa on "
         "Monday, demanding a recount.", "Kinshasa"),
        ("en", "Opposition protests disputed election result",
         "Opposition supporters protested in Beira on Monday against the results of last week's presidential "
         "election. Police fired tear gas to disperse them.", "Beira"),
        ("fr", "Contestation des résultats de l'élection",
         "Des partisans de l'opposition ont manifesté lundi à Kankan pour contester les résultats de "
         "l'élection présidentielle.", "Kankan"),
    ],
)  # fmt: skip
def test_a_protest_about_an_election_is_a_protest(language, title, text, town):
    m = only(coded(text, "2025-06-10", language, title=title))
    assert m.event_type == PROTEST and m.location == town


def test_an_election_day_report_with_a_celebration_gives_no_row():
    text = ("Voters cast their ballots peacefully in Harare on Monday; turnout was high, the electoral commission "
            "said. Supporters of the ruling party held a rally in the city centre to celebrate.")  # fmt: skip
    assert coded(text, "2025-06-10", title="Election day passes peacefully") == []


def test_military_drills_with_weapons_fired_give_no_row():
    text = ("The army carried out live-fire exercises near the border town of Kasese on Monday, firing artillery "
            "and launching drones, officials said.")  # fmt: skip
    assert coded(text, "2025-06-10", title="Army holds drills near border") == []


def test_a_strike_in_a_report_whose_lead_names_a_storm_still_counts_with_its_dead():
    text = ("As a storm battered the coast of Yemen, an air strike hit a market in Hodeidah on Monday, killing nine "
            "civilians, medics said.")  # fmt: skip
    m = only(coded(text, "2025-06-10"))
    assert m.event_type == "Explosions/Remote violence" and m.fatalities == 9


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Police arrested the suspected leader of the gang that kidnapped 20 pupils in Katsina on Monday."),
        ("en", "Police arrested two men who attacked a church in Katsina on Monday."),
        ("fr", "La police a arrêté lundi à Abidjan le chef du gang qui avait enlevé dix enfants."),
        ("es", "La policía capturó el lunes en Pasto al líder de la banda que secuestró a diez comerciantes."),
    ],
)  # fmt: skip
def test_the_act_that_tells_whom_an_arrest_took_is_its_charge_not_an_event(language, text):
    m = only(coded(text, "2025-03-05", language))
    assert kind(m) == (STRATEGIC, "Arrests")


def test_a_killing_joined_to_an_arrest_is_a_second_event():
    text = "Soldiers arrested three people and shot dead two others in Katsina on Monday."
    mentions = coded(text, "2025-03-05")
    assert sorted(kind(m) for m in mentions) == [
        (STRATEGIC, "Arrests"),
        ("Violence against civilians", "Attack"),
    ]
    assert next(m for m in mentions if m.event_type != STRATEGIC).fatalities == 2
