"""The coder's event types, per the ACLED codebook, on short reports written for these tests
(invented incidents; real places): what a clause reports when its strongest word is only part of
it, protests and riots, strategic developments, and the rows a report must not give.
Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.models import EventMention
from tests.coding import code_text, only

PROTEST = "Protests"
RIOT = "Riots"
STRATEGIC = "Strategic developments"


def coded(text: str, published: str, language: str = "en", title: str = "") -> list[EventMention]:
    return code_text(text, language=language, published=published, title=title)


def kind(m: EventMention) -> tuple[str, str]:
    return m.event_type, m.sub_event_type


# ---------------------------------------------------------------- protests


@pytest.mark.parametrize(
    ("language", "text", "deaths"),
    [
        ("en", "Security forces shot dead four protesters in Kankan on Thursday during a march called by "
               "the opposition, a rights group said.", 4),
        ("es", "Cuatro manifestantes murieron el jueves en Lima cuando la policía disparó contra la multitud.", 4),
        ("fr", "Quatre manifestants ont été tués par balles jeudi à Niamey lors d'une marche contre la vie chère.", 4),
        ("ar", "قتل أربعة متظاهرين برصاص قوات الأمن في أم درمان يوم الخميس.", 4),
    ],
)  # fmt: skip
def test_lethal_force_on_a_protest_is_excessive_force(language, text, deaths):
    m = only(coded(text, "2025-05-09", language))
    assert kind(m) == (PROTEST, "Excessive force against protesters")
    assert m.fatalities == deaths and m.actor1.startswith("Protesters (")


def test_deaths_a_protest_is_about_are_not_its_own():
    text = ("Hundreds of villagers marched in Maiduguri on Saturday to protest the killing of 12 farmers by "
            "insurgents last week.")  # fmt: skip
    mentions = coded(text, "2025-05-12")
    march = next(m for m in mentions if m.event_type == PROTEST)
    assert kind(march) == (PROTEST, "Peaceful protest") and march.fatalities == 0
    assert march.location == "Maiduguri" and march.event_date == date(2025, 5, 10)


def test_the_violence_a_crowd_protests_about_is_its_grievance():
    text = ("Hundreds of women rallied in Abuja on Monday to demand the release of schoolgirls abducted by "
            "gunmen in Katsina state.")  # fmt: skip
    m = only(coded(text, "2025-03-11"))
    assert kind(m) == (PROTEST, "Peaceful protest") and m.location == "Abuja"
    assert m.actor1 == "Protesters (Nigeria)"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Protesters stormed the regional assembly in Bukavu on Thursday and attacked two officials."),
        ("en", "Demonstrators attacked a police station in Bukavu on Thursday."),
    ],
)
def test_a_crowd_that_attacks_is_a_riot(language, text):
    m = only(coded(text, "2025-05-09", language))
    assert m.event_type == RIOT and m.actor1.startswith("Rioters (")


def test_a_protest_with_no_crowd_noun_is_kept_when_placed_or_broken_up():
    m = only(coded("The protest in Harare on Wednesday ended without incident, according to witnesses.",
                   "2025-05-09"))  # fmt: skip
    assert kind(m) == (PROTEST, "Peaceful protest") and m.location == "Harare"
    m = only(coded("La police a dispersé jeudi à Kankan une marche de l'opposition à coups de gaz lacrymogène.",
                   "2025-05-09", "fr"))  # fmt: skip
    assert kind(m) == (PROTEST, "Protest with intervention") and m.actor2 == "Police Forces of Guinea"


@pytest.mark.parametrize(
    "text",
    [
        "Turkey protested to Russia on Monday over the shelling of its positions near Homs.",
        "The foreign ministry protested on Monday against the detention of two diplomats in Tehran.",
    ],
)
def test_a_government_protest_is_no_event(text):
    assert not any(m.event_type == PROTEST for m in coded(text, "2025-05-13"))


def test_a_crowd_that_disperses_itself_met_no_intervention():
    text = ("Hundreds of residents gathered in the main square of Gao on Friday to protest against power cuts. "
            "No security forces intervened, and the crowd dispersed by evening.")  # fmt: skip
    m = only(coded(text, "2025-05-10"))
    assert kind(m) == (PROTEST, "Peaceful protest") and m.actor2 == ""


def test_a_strike_is_a_protest_not_an_explosion():
    m = only(coded("Teachers went on strike in Kano on Monday over unpaid salaries.", "2025-05-13"))
    assert kind(m) == (PROTEST, "Peaceful protest") and m.location == "Kano"


def test_police_at_a_protest_are_actor2_whichever_part_names_them():
    text = (
        "Thousands of people marched through Lusaka on Tuesday against a new finance bill.\n\n"
        "Police fired tear gas at groups of young protesters near parliament, and several were arrested."
    )
    m = only(coded(text, "2025-06-18", title="Police fire tear gas at Lusaka marchers"))
    assert kind(m) == (PROTEST, "Protest with intervention")
    assert m.actor1 == "Protesters (Zambia)" and m.actor2 == "Police Forces of Zambia"
    assert m.event_date == date(2025, 6, 17)


def test_each_day_of_a_protest_is_its_own_event():
    text = (
        "Students marched through Chittagong on Tuesday against job quotas.\n\n"
        "On Wednesday police fired tear gas at students marching in Chittagong."
    )
    days = sorted(m.event_date for m in coded(text, "2025-05-16") if m.event_type == PROTEST)
    assert days == [date(2025, 5, 13), date(2025, 5, 14)]


def test_police_facing_a_crowd_is_no_clash():
    text = ("Violence broke out in Chittagong on Wednesday after security forces deployed outside the campus as "
            "students chanted slogans against the government.")  # fmt: skip
    assert not any(m.event_type == "Battles" for m in coded(text, "2025-05-15"))


# ---------------------------------------------------------------- riots


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Angry residents looted shops and set fire to a police post in Kasese on Friday after a man died in custody."),
        ("fr", "Des jeunes en colère ont incendié le commissariat de Kindia dimanche."),
    ],
)  # fmt: skip
def test_a_crowd_burning_or_looting_is_a_riot(language, text):
    assert coded(text, "2025-05-12", language)[0].event_type == RIOT


def test_a_riot_in_each_town_of_a_list_whose_member_names_where_it_lies():
    text = "Riots continued on Wednesday in Gulu, Seeta in Mukono and Mbarara, police said."
    towns = {m.location for m in coded(text, "2025-05-15") if m.event_type == RIOT}
    assert {"Gulu", "Mbarara"} <= towns and "Mukono" not in towns


# ---------------------------------------------------------------- violence: the parts of one attack


def test_burning_by_armed_men_is_part_of_their_attack_not_a_riot():
    text = ("Suspected jihadists killed nine farmers in the village of Koulikoro on Sunday before torching "
            "their granaries, officials said.")  # fmt: skip
    m = only(coded(text, "2025-05-13"))
    assert m.event_type == "Violence against civilians" and m.fatalities == 9


def test_people_an_armed_group_arrests_are_abducted():
    text = ("Insurgents raided the rice fields near Geidam in Yobe state on Saturday, arrested the farmers and slaughtered "
            "eleven of them with knives.")  # fmt: skip
    m = only(coded(text, "2025-05-12"))
    assert m.event_type == "Violence against civilians" and m.fatalities == 11


def test_a_bare_toll_restates_the_blast_the_report_is_about():
    text = (
        "A car bomb exploded outside the education ministry in Kismayo on Saturday.\n\n"
        "At least 14 people were killed and dozens wounded.\n\n"
        "A guard at the ministry told reporters he saw at least 14 bodies."
    )
    m = only(coded(text, "2025-05-11"))
    assert kind(m) == ("Explosions/Remote violence", "Remote explosive/landmine/IED") and m.fatalities == 14


# ---------------------------------------------------------------- strategic developments


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "Air defences shot down eleven drones over Belgorod on Tuesday night.", "Belgorod"),
        ("ru", "Силы ПВО сбили 11 беспилотников над Белгородской областью во вторник.", None),
    ],
)  # fmt: skip
def test_weapons_shot_down_are_disrupted_weapons_use(language, text, place):
    m = only(coded(text, "2025-05-14", language))
    assert kind(m) == (STRATEGIC, "Disrupted weapons use") and m.country == "Russia"
    assert place is None or m.location == place


def test_a_phrase_that_holds_a_trigger_names_the_event():
    m = coded(
        "The military seized power in Niamey on Wednesday and suspended the constitution.", "2025-05-15"
    )
    assert kind(m[0]) == (STRATEGIC, "Other")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Police in Kano arrested three men on Sunday accused of planning an attack on a church."),
        ("fr", "Les policiers ont interpellé dimanche à Bamako trois hommes soupçonnés de préparer un attentat."),
    ],
)  # fmt: skip
def test_an_arrest_for_an_alleged_attack_is_an_arrest(language, text):
    m = only(coded(text, "2025-05-12", language))
    assert kind(m) == (STRATEGIC, "Arrests") and m.actor1.startswith("Police Forces of")


def test_a_truce_agreed_with_its_day_inside_the_phrase():
    m = only(coded("The army and the rebels agreed on Wednesday to a three-day truce in Juba.", "2025-05-15"))
    assert kind(m) == (STRATEGIC, "Agreement") and m.event_date == date(2025, 5, 14)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Rebels withdrew from the town of Rutshuru on Monday and handed it over to the army."),
        ("ar", "انسحب مقاتلو الفصائل من مدينة منبج وسلموها للجيش يوم الأحد."),
    ],
)
def test_a_place_handed_over_without_a_fight_is_a_non_violent_transfer(language, text):
    m = only(coded(text, "2025-05-13", language))
    assert kind(m) == (STRATEGIC, "Non-violent transfer of territory")


def test_a_place_taken_with_no_fighting_told_is_a_transfer_and_after_a_battle_a_battle():
    quiet = "Government troops took control of Mopti on Thursday after the separatists left the town."
    assert kind(only(coded(quiet, "2025-05-16"))) == (STRATEGIC, "Non-violent transfer of territory")
    fought = (
        "Government troops took control of Mopti on Thursday.\n\n"
        "Soldiers clashed with the separatists on the outskirts for hours before entering the town, "
        "residents said."
    )
    assert kind(coded(fought, "2025-05-16")[0]) == ("Battles", "Government regains territory")


def test_an_accusation_is_no_event_without_its_own_day_place_or_toll():
    text = ("Fighters of the group took control of the city of Volgograd on Saturday.\n\n"
            "Its leader had earlier accused the army of shelling the group's camps.")  # fmt: skip
    kinds = [kind(m) for m in coded(text, "2025-06-23")]
    assert kinds == [(STRATEGIC, "Non-violent transfer of territory")]


# ---------------------------------------------------------------- words that are no event or no accident


def test_stormed_is_an_attack_and_as_a_result_of_no_election_result():
    m = only(coded("Gunmen stormed the village of Kadisa near Sokoto on Monday, killing seven residents.",
                   "2025-05-13"))  # fmt: skip
    assert m.event_type == "Violence against civilians" and m.fatalities == 7
    m = only(coded("Six civilians were killed in Kharkiv on Monday as a result of a Russian missile attack.",
                   "2025-05-13"))  # fmt: skip
    assert m.event_type == "Explosions/Remote violence" and m.fatalities == 6


def test_someone_still_held_is_no_new_arrest():
    text = (
        "Police arrested the opposition leader in Iganga on Wednesday afternoon.\n\n"
        "He is currently being detained at a police post in Jinja."
    )
    m = only(coded(text, "2025-05-15"))
    assert kind(m) == (STRATEGIC, "Arrests") and m.location == "Iganga"


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


# ---------------------------------------------------------------- round 5: fights against no side


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The governor stepped up the state's fight against illegal mining in Kano on Monday."),
        ("fr", "Le ministre a relancé lundi à Niamey la lutte contre le paludisme."),
        ("es", "El alcalde encabezó el lunes en Quito la batalla contra la basura."),
        ("pt", "O ministro lançou na segunda-feira em Luanda o combate contra a fraude fiscal."),
        ("de", "Der Bürgermeister startete am Montag in Hamburg einen Kampf gegen den Müll."),
        ("ru", "В понедельник в Казани мэр объявил борьбу против мусора."),
    ],
)  # fmt: skip
def test_a_fight_against_something_that_is_no_side_is_no_clash(language, text):
    assert coded(text, "2025-03-11", language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Soldiers fought against Boko Haram fighters near Dikwa on Monday."),
        ("fr", "Les militaires ont combattu contre les jihadistes près de Gao lundi."),
        ("es", "Los soldados combatieron contra los guerrilleros el lunes cerca de Tumaco."),
    ],
)  # fmt: skip
def test_a_fight_against_an_armed_side_stays_a_clash(language, text):
    m = only(coded(text, "2025-03-11", language))
    assert kind(m) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "text",
    [
        "The visitors fought back to win 3-2 in Lusaka on Monday.",
        "Rival lawmakers clashed in Gulu on Monday over the new budget.",
    ],
)
def test_a_fight_with_no_side_toll_or_weapon_in_a_report_naming_no_armed_side_is_no_clash(text):
    assert coded(text, "2025-03-11") == []


def test_a_fight_with_no_side_in_its_clause_keeps_the_armed_side_the_report_names():
    text = "Heavy fighting raged in Kharkiv on Monday. The army said its units had repelled the assault."
    m = only(coded(text, "2025-03-11"))
    assert kind(m) == ("Battles", "Armed clash") and m.location == "Kharkiv"


# ---------------------------------------------------------------- round 5: arrests and charges


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Polizei hat am Montag in Köln zwei mutmaßliche Schleuser festgenommen."),
        ("en", "Police arrested two suspected smugglers in Mombasa on Monday."),
    ],
)  # fmt: skip
def test_suspects_arrested_are_an_arrest_whatever_side_of_the_verb_the_suspicion_stands(language, text):
    m = only(coded(text, "2025-03-11", language))
    assert kind(m) == (STRATEGIC, "Arrests") and m.event_date == date(2025, 3, 10)


def test_the_day_of_the_act_an_arrest_is_over_is_not_the_arrest_day():
    text = (
        "Police in Kisumu said on Tuesday they had arrested four men over Sunday's attack on a police post."
    )
    m = only(coded(text, "2025-03-12"))
    assert kind(m) == (STRATEGIC, "Arrests") and m.event_date == date(2025, 3, 11)


@pytest.mark.parametrize(
    "text",
    [
        "A court in Bamako on Monday sentenced two officers to twenty years in prison for plotting a coup.",
        "A tribunal in Bunia on Monday sentenced 12 militiamen to life in prison for the 2021 attack on a camp.",
    ],
)
def test_a_sentence_handed_down_for_an_act_is_no_event_of_that_act(text):
    assert coded(text, "2025-03-11") == []


# ---------------------------------------------------------------- round 5: force on a protest


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hundreds of traders marched in Kisumu on Monday against new market fees.\n\n"
               "Police fired tear gas to disperse the marchers.\n\nTwo people were shot dead, a rights group said."),
        ("pt", "Centenas de estudantes protestaram na segunda-feira na Beira contra o aumento das propinas.\n\n"
               "A polícia usou gás lacrimogéneo para dispersar os manifestantes.\n\nDuas pessoas morreram baleadas."),
        ("sw", "Mamia ya wafanyabiashara waliandamana mjini Kisumu siku ya Jumatatu.\n\n"
               "Polisi walitumia mabomu ya kutoa machozi kuwatawanya waandamanaji.\n\n"
               "Watu wawili walipigwa risasi na kufariki dunia."),
    ],
)  # fmt: skip
def test_deaths_told_right_after_the_police_broke_up_a_protest_are_excessive_force(language, text):
    m = only(coded(text, "2025-03-11", language))
    assert kind(m) == (PROTEST, "Excessive force against protesters") and m.fatalities == 2
    assert m.actor1.startswith("Protesters (") and m.event_date == date(2025, 3, 10)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hundreds of residents protested in Kano on Monday over power cuts. Soldiers fired live rounds into "
               "the air to disperse the protesters."),
        ("ar", "تظاهر مئات المحتجين في الناصرية يوم الاثنين، وأطلقت قوات الأمن الرصاص الحي في الهواء لتفريقهم."),
    ],
)  # fmt: skip
def test_live_rounds_fired_to_disperse_a_protest_with_no_one_hurt_are_an_intervention(language, text):
    m = only(coded(text, "2025-03-11", language))
    assert kind(m) == (PROTEST, "Protest with intervention")


def test_deaths_on_another_day_after_a_protest_are_not_its_force():
    text = ("Hundreds of residents protested in Maiduguri on Monday. Police fired tear gas at the crowd.\n\n"
            "On Saturday, gunmen killed four farmers near Konduga.")  # fmt: skip
    mentions = coded(text, "2025-03-11")
    assert {m.event_type for m in mentions} == {PROTEST, "Violence against civilians"}


@pytest.mark.parametrize(
    "text",
    [
        "A bomb threat forced the evacuation of the main hospital in Kisumu on Monday.",
        "Their striker hit the post twice before the visitors won in Lusaka on Monday.",
    ],
)
def test_a_threat_of_a_bomb_and_a_football_striker_are_no_event(text):
    assert coded(text, "2025-03-11") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The new drones will be used against the militants in Garissa, the army said on Monday."),
        ("es", "Los drones serán utilizados contra los grupos armados en Cauca, dijo el lunes el ministro."),
        ("en", "Kenya signed an arms deal with Israel in Mombasa on Monday to buy drones."),
    ],
)  # fmt: skip
def test_weapons_to_be_used_or_bought_are_no_event(language, text):
    assert coded(text, "2025-03-11", language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Rioters set fire to shops and cars in Bulawayo on Monday night. Police said three people were killed "
               "in clashes with the youths."),
        ("fr", "Des émeutiers ont incendié des boutiques lundi soir à Kindia. Trois personnes ont été tuées dans "
               "des affrontements entre les jeunes et la police."),
    ],
)  # fmt: skip
def test_a_clash_told_right_after_a_riot_with_no_armed_group_is_the_riot(language, text):
    m = only(coded(text, "2025-03-11", language))
    assert kind(m) == (RIOT, "Violent demonstration") and m.fatalities == 3


def test_a_clash_with_an_armed_group_after_a_protest_stays_a_battle():
    text = ("Hundreds of residents protested in Maiduguri on Monday over power cuts. Soldiers clashed with "
            "insurgents near Konduga on Monday.")  # fmt: skip
    assert {m.event_type for m in coded(text, "2025-03-11")} == {PROTEST, "Battles"}


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("fr", "Les militaires tchadiens ont pris position lundi dans le camp de Faya, quitté par les rebelles.", "Faya"),
        ("fr", "L'armée nigérienne est entrée lundi dans la ville d'Agadez sans combat.", "Agadez"),
        ("es", "Las tropas entraron el lunes en la ciudad de Cucuta sin enfrentamientos.", "Cucuta"),
        ("pt", "As tropas angolanas entraram na cidade de Cabinda na segunda-feira sem combates.", "Cabinda"),
    ],
)  # fmt: skip
def test_troops_entering_or_taking_position_in_a_town_without_a_fight_is_a_non_violent_transfer(
    language, text, town
):
    m = only(coded(text, "2025-03-11", language))
    assert kind(m) == (STRATEGIC, "Non-violent transfer of territory") and m.location.startswith(town[:4])


def test_a_protest_day_before_the_words_of_its_grievance_stays_the_protests():
    text = "Wafuasi wa chama waliandamana mjini Mwanza siku ya Jumatatu kupinga kukamatwa kwa mbunge wao."
    m = only(coded(text, "2025-03-12", "sw"))
    assert kind(m) == (PROTEST, "Peaceful protest") and m.event_date == date(2025, 3, 10)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Air defence units shot down a Turkish-made Bayraktar drone over Kharkiv on Monday."),
        ("ru", "В понедельник силы ПВО сбили над Курской областью 12 беспилотников."),
    ],
)  # fmt: skip
def test_a_weapon_shot_down_a_few_words_after_the_verb_is_disrupted_weapons_use(language, text):
    m = only(coded(text, "2025-03-11", language))
    assert kind(m) == (STRATEGIC, "Disrupted weapons use")


def test_an_attack_on_a_post_of_the_forces_named_after_a_date_is_a_clash():
    text = "Des jihadistes ont attaqué lundi le poste de gendarmerie de Dori, au Burkina Faso."
    m = only(coded(text, "2025-03-11", "fr"))
    assert kind(m) == ("Battles", "Armed clash") and m.actor2.startswith("Police Forces")


@pytest.mark.parametrize(
    ("language", "text", "towns"),
    [
        ("en", "Thousands of people protested on Saturday in Kano and in Katsina.", {"Kano", "Katsina"}),
        ("fr", "Des milliers de personnes ont manifesté samedi à Bouaké et à Korhogo.", {"Bouake", "Korhogo"}),
        ("pt", "Milhares de pessoas manifestaram-se no sábado em Nampula e na Beira.", {"Nampula", "Beira"}),
        ("es", "Miles de personas marcharon el sábado en Cuenca y en Loja.", {"Cuenca", "Loja"}),
    ],
)  # fmt: skip
def test_a_list_of_towns_with_its_preposition_said_again_is_one_protest_per_town(language, text, towns):
    assert {m.location for m in coded(text, "2025-03-11", language)} == towns


def test_supporters_of_a_former_minister_rallying_are_a_crowd_not_a_government_protest():
    text = "Supporters of the former prime minister Raila Odinga rallied in Kisumu on Sunday, demanding his release."
    m = only(coded(text, "2025-03-11"))
    assert kind(m) == (PROTEST, "Peaceful protest") and m.location == "Kisumu"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La oposición anunció el lunes una marcha prevista para el sábado en Quito."),
        ("fr", "Les syndicats ont annoncé lundi une marche prévue samedi à Lomé."),
    ],
)  # fmt: skip
def test_a_march_announced_for_a_later_day_is_no_event(language, text):
    assert coded(text, "2025-03-11", language) == []


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan exchanged 32 prisoners of war at the border near Ijevan on Monday.",
        "The rebels freed four Chinese hostages in Bunia on Monday in exchange for a ransom.",
        "The truce between the army and the Fano militia took effect in Gondar on Monday.",
    ],
)
def test_prisoners_exchanged_hostages_freed_and_a_truce_taking_effect_are_agreements(text):
    m = only(coded(text, "2025-03-11"))
    assert kind(m) == (STRATEGIC, "Agreement")


def test_a_group_described_as_fighting_for_years_makes_no_clash_of_the_day():
    text = ("A car bomb killed seven people near a market in Baidoa on Monday. Al-Shabaab, which has been "
            "fighting the government for more than a decade, claimed the attack.")  # fmt: skip
    m = only(coded(text, "2025-03-11"))
    assert m.event_type == "Explosions/Remote violence" and m.fatalities == 7


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Une bombe a tué six personnes lundi sur un marché de Baidoa. Les shebab, qui combattent le "
               "gouvernement depuis plus de quinze ans, ont revendiqué l'attaque."),
        ("es", "Una bomba mató a seis personas el lunes en un mercado de Baidoa. Al Shabab, que combate al "
               "gobierno desde hace más de quince años, reivindicó el ataque."),
    ],
)  # fmt: skip
def test_a_fight_told_by_its_years_is_no_clash_and_a_fight_of_two_days_is_one(language, text):
    m = only(coded(text, "2025-03-11", language))
    assert m.event_type == "Explosions/Remote violence"
    days = "De violents combats opposent depuis 48 heures l'armée aux rebelles à Bunia."
    assert kind(only(coded(days, "2025-03-11", "fr"))) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Uma explosão numa fábrica de fogo de artifício matou três pessoas na segunda-feira em Benguela."),
        ("es", "Una explosión en una fábrica de fuegos artificiales mató a tres personas el lunes en Tultepec."),
        ("fr", "L'explosion d'un dépôt de feux d'artifice a tué trois personnes lundi à Kindia."),
    ],
)  # fmt: skip
def test_a_fireworks_blast_is_no_event(language, text):
    assert coded(text, "2025-03-11", language) == []


def test_an_army_fighting_a_losing_battle_against_a_thing_is_no_clash():
    text = "The army is fighting a losing battle against desertification in Niger, officials said on Monday."
    assert coded(text, "2025-03-11") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le cortège de plus de 2000 étudiants a défilé lundi dans les rues de Lyon."),
        ("en", "More than 2000 nurses marched in Gulu on Monday."),
    ],
)  # fmt: skip
def test_a_crowd_counted_with_a_number_shaped_like_a_year_is_a_protest_of_the_day(language, text):
    m = only(coded(text, "2025-03-11", language))
    assert kind(m) == (PROTEST, "Peaceful protest") and m.event_date == date(2025, 3, 10)
