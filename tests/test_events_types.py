"""The coder's event types, per the ACLED codebook, on short reports written for these tests
(invented incidents; real places): what a clause reports when its strongest word is only part of
it, protests and riots, strategic developments, and the rows a report must not give; more in
`test_events_types_round4.py` (precision, second events) and `test_events_types_round5.py` (fights
against no side, arrests and charges, force on a protest), which share this file's helpers.
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
