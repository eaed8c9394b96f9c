"""How the coder parts and joins the events of one report, on short reports written for these
tests (invented incidents; real places): a date belongs to the act next to it, a crowd's grievance
is no event of the day, a sentence that tells an event again joins it, armed men striking a
gathering are the event and the gathering its setting. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.models import EventMention
from tests.coding import code_text, only

PROTEST = "Protests"


def coded(text: str, published: str, language: str = "en", title: str = "") -> list[EventMention]:
    return code_text(text, language=language, published=published, title=title)


# ---------------------------------------------------------------- a date belongs to the act next to it


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "About 200 supporters gathered outside the party office in Bulawayo on Monday to protest against "
               "the arrest of their leader last week.", "Bulawayo"),
        ("fr", "Des centaines de partisans se sont rassemblés lundi devant le siège du parti à Lubumbashi pour "
               "protester contre l'arrestation de leur dirigeant la semaine dernière.", "Lubumbashi"),
        ("es", "Cientos de simpatizantes se concentraron el lunes frente a la sede del partido en Cochabamba para "
               "protestar contra la detención de su líder la semana pasada.", "Cochabamba"),
    ],
)  # fmt: skip
def test_the_arrest_a_crowd_protests_against_is_its_grievance_with_its_own_day(language, text, place):
    m = only(coded(text, "2024-05-10", language))  # a Friday: Monday is the 6th, last week the 3rd
    assert (m.event_type, m.sub_event_type) == (PROTEST, "Peaceful protest")
    assert m.event_date == date(2024, 5, 6) and m.location == place


def test_arrests_the_police_make_at_a_protest_are_not_its_grievance():
    text = ("Police dispersed about 300 traders who marched in Kano on Monday against a new levy and arrested "
            "twelve of them.")  # fmt: skip
    m = only(coded(text, "2024-05-10"))
    assert (m.event_type, m.sub_event_type) == (PROTEST, "Protest with intervention")


# ---------------------------------------------------------------- an event told again


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A drone strike hit a convoy near Marib on Thursday, killing nine people, local officials said.\n\n"
               "A military official said the drone had mistaken the convoy for a militant column."),
        ("es", "Un ataque con drones alcanzó un convoy cerca de Marib el jueves y mató a nueve personas, según "
               "fuentes locales.\n\nUn oficial militar dijo que el dron había confundido el convoy con una columna "
               "de milicianos."),
    ],
)  # fmt: skip
def test_a_sentence_with_no_day_place_or_toll_of_its_own_tells_the_event_again(language, text):
    m = only(coded(text, "2024-05-10", language))
    assert m.sub_event_type == "Air/drone strike" and m.fatalities == 9


def test_the_same_strike_on_the_same_town_and_day_is_one_event_whoever_is_named():
    text = (
        "Russian missiles struck a market in Kostiantynivka on Wednesday, killing 16 people, Ukrainian officials "
        "said.\n\nSeparatist officials blamed Ukrainian forces for the missile strike on Kostiantynivka on Wednesday."
    )
    m = only(coded(text, "2024-05-10"))
    assert m.fatalities == 16 and m.actor1 == "Military Forces of Russia"


def test_an_attack_at_the_events_own_town_a_day_apart_is_that_attack():
    text = ("Gunmen killed a farmer and abducted four workers in Dikwa on Monday, residents said.\n\n"
            "The attack in Dikwa on Tuesday was reported by a local vigilante leader.")  # fmt: skip
    m = only(coded(text, "2024-05-10"))
    assert m.location == "Dikwa" and m.event_date == date(2024, 5, 6)


def test_two_attacks_in_two_towns_stay_two():
    text = ("Gunmen killed a farmer in Dikwa on Monday, residents said.\n\n"
            "In another attack in Gwoza on Tuesday, gunmen killed two herders.")  # fmt: skip
    assert {m.location for m in coded(text, "2024-05-10")} == {"Dikwa", "Gwoza"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Bandits stormed a market near Gusau on Tuesday, killing nine traders. In a separate incident, "
               "two policemen were shot dead at a checkpoint near Gusau."),
        ("fr", "Des hommes armés ont attaqué mardi un marché près de Dori, tuant neuf commerçants. Dans un autre "
               "incident, deux policiers ont été abattus à un poste de contrôle près de Dori."),
        ("es", "Hombres armados atacaron el martes un mercado cerca de Tumaco y mataron a nueve comerciantes. En "
               "un hecho aparte, dos policías fueron asesinados en un retén cerca de Tumaco."),
        ("pt", "Homens armados atacaram na terça-feira um mercado perto de Mueda, matando nove comerciantes. "
               "Num outro incidente, dois polícias foram mortos a tiro num posto de controlo perto de Mueda."),
        ("tr", "Silahlı kişiler salı günü Batman yakınlarında bir köye saldırdı ve dokuz köylüyü öldürdü. "
               "Ayrı bir olayda, iki polis Batman yakınlarındaki bir kontrol noktasında vurularak öldürüldü."),
    ],
)  # fmt: skip
def test_a_separate_incident_at_the_same_town_and_day_is_an_event_of_its_own(language, text):
    mentions = coded(text, "2024-05-08", language)
    assert len(mentions) == 2 and mentions[0].fatalities == 9, mentions
    assert mentions[1].actor2.startswith("Police Forces") and mentions[1].fatalities in (0, 2)
    assert {m.event_date for m in mentions} == {date(2024, 5, 7)}


def test_a_separate_incident_opening_a_clause_parts_the_clause_and_what_follows_from_the_first():
    text = ("A roadside bomb killed four soldiers near Gao on Tuesday, while in a separate attack gunmen shot "
            "dead a trader in Gao. The trader's shop was then looted.")  # fmt: skip
    mentions = coded(text, "2024-05-08")
    by_type = {m.event_type: m for m in mentions}
    assert by_type["Explosions/Remote violence"].fatalities == 4
    assert by_type["Violence against civilians"].fatalities == 1


# ---------------------------------------------------------------- armed men at a gathering


@pytest.mark.parametrize(
    ("language", "text", "sub"),
    [
        ("en", "A suicide bomber killed 12 people at an election rally in Quetta on Monday.", "Suicide bomb"),
        ("fr", "Un kamikaze s'est fait exploser lors d'un meeting électoral à Quetta lundi, tuant 12 personnes.",
         "Suicide bomb"),
        ("en", "Gunmen killed three people at a protest in Lagos on Monday.", "Attack"),
    ],
)  # fmt: skip
def test_armed_men_striking_a_gathering_are_the_event_not_a_protest(language, text, sub):
    m = only(coded(text, "2024-05-10", language))
    assert m.event_type != PROTEST and m.sub_event_type == sub and m.fatalities in (3, 12)
    assert m.event_date == date(2024, 5, 6)


def test_police_killing_people_at_a_protest_is_still_excessive_force():
    m = only(coded("Police killed three people at a protest in Lagos on Monday.", "2024-05-10"))
    assert (m.event_type, m.sub_event_type) == (PROTEST, "Excessive force against protesters")


# ---------------------------------------------------------------- a protest report's towns and days


def test_each_town_of_a_protest_report_takes_the_day_the_text_named_and_the_deaths_join_the_riot():
    text = (
        "Police fired tear gas at thousands of protesters in Eldoret on Tuesday as demonstrators tried to "
        "break into parliament.\n\n"
        "Protesters also took to the streets in Mombasa, Kisumu and Nakuru, chanting slogans against the "
        "government.\n\n"
        "In Eldoret, police fired live rounds after some demonstrators smashed barricades and set fire to "
        "a building. At least five people were shot dead, doctors said.\n\n"
        "The protests began last week and have been mostly peaceful."
    )
    mentions = coded(text, "2024-06-26")
    by_town = {m.location: m for m in mentions}
    assert set(by_town) == {"Eldoret", "Mombasa", "Kisumu", "Nakuru"}, mentions
    assert all(m.event_date == date(2024, 6, 25) for m in mentions)
    assert by_town["Eldoret"].event_type == "Riots" and by_town["Eldoret"].fatalities == 5
    assert all(by_town[t].event_type == PROTEST for t in ("Mombasa", "Kisumu", "Nakuru"))


def test_the_next_day_of_a_protest_named_stays_its_own_event():
    text = (
        "Students marched through Chittagong on Tuesday against job quotas.\n\n"
        "They gathered again outside the university on Wednesday, and police fired tear gas at them.\n\n"
        "Several hundred students took part."
    )
    days = sorted(m.event_date for m in coded(text, "2024-05-17") if m.event_type == PROTEST)
    assert days == [date(2024, 5, 14), date(2024, 5, 15)]


# ---------------------------------------------------------------- what is no event


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Pillars edge Enyimba in league clash",
         "Kano Pillars beat Enyimba 2-1 in Kano on Sunday in a fierce league clash, moving up to third in the "
         "table. The visitors fought back after the break but Pillars held on."),
        ("it", "Elezioni comunali, il centrosinistra vince a Bari",
         "Il centrosinistra ha conquistato Firenze e Bari alle elezioni comunali di domenica, secondo i risultati "
         "diffusi lunedì. L'affluenza si è fermata al 49 per cento."),
        ("es", "Boca vence a River en un clásico vibrante",
         "Boca Juniors venció 2-1 a River Plate el domingo en Buenos Aires en un choque muy disputado. Los "
         "visitantes atacaron durante todo el segundo tiempo pero no pudieron empatar."),
    ],
)  # fmt: skip
def test_a_match_or_an_election_with_fighting_words_and_no_armed_side_is_no_event(language, title, text):
    assert coded(text, "2024-05-20", language, title=title) == []


def test_a_named_group_gives_the_country_when_the_text_names_no_place_the_gazetteer_knows():
    m = only(
        coded("Al-Shabaab fighters overran an army base on Sunday, killing nine soldiers.", "2024-05-06")
    )
    assert m.country == "Somalia" and m.event_type == "Battles"


@pytest.mark.parametrize(
    ("language", "text", "towns", "forced"),
    [
        ("fr", "Des milliers de personnes ont manifesté jeudi à Dakar, Kaolack et Ziguinchor pour dénoncer la "
               "hausse des prix, à l'appel d'un collectif de la société civile.\n\n"
               "A Dakar, les manifestants se sont rassemblés place de la Nation avant de marcher vers le centre-ville.\n\n"
               "A Kaolack, la police a fait usage de gaz lacrymogènes pour disperser plusieurs centaines de jeunes "
               "qui tentaient de bloquer la route nationale, selon des témoins.",
         {"Dakar", "Kaolack", "Ziguinchor"}, "Kaolack"),
        ("es", "Miles de estudiantes marcharon el jueves en Bogotá, Medellín y Pasto para exigir más presupuesto "
               "para la educación pública.\n\n"
               "En Pasto, la policía usó gases lacrimógenos para dispersar a un grupo que bloqueaba una avenida.",
         {"Bogota", "Medellin", "Pasto"}, "Pasto"),
    ],
)  # fmt: skip
def test_a_protest_in_a_list_of_towns_is_one_event_per_town_and_the_police_intervene_in_one(
    language, text, towns, forced
):
    mentions = coded(text, "2024-05-10", language)
    by_town = {m.location: m for m in mentions}
    assert set(by_town) == towns, mentions
    assert all(m.event_type == PROTEST and m.event_date == date(2024, 5, 9) for m in mentions)
    assert by_town[forced].sub_event_type == "Protest with intervention"
    assert all(by_town[t].sub_event_type == "Peaceful protest" for t in towns - {forced})


@pytest.mark.parametrize(
    ("language", "title", "text", "towns"),
    [
        ("de", "Zehntausende demonstrieren gegen Rechtsextremismus",
         "Zehntausende Menschen haben am Donnerstag in Berlin gegen Rechtsextremismus demonstriert.\n\n"
         "In München versammelten sich nach Polizeiangaben rund 100.000 Menschen auf der Theresienwiese, "
         "in Hamburg waren es etwa 50.000.", {"Berlin", "Munich", "Hamburg"}),
        ("en", "Thousands rally against austerity",
         "Thousands of people marched through Lisbon on Thursday against spending cuts.\n\n"
         "In Porto, some 20,000 people filled the main square, organisers said.", {"Lisbon", "Porto"}),
        ("fr", "Des milliers de manifestants contre la réforme",
         "Des milliers de personnes ont défilé jeudi à Paris contre la réforme des retraites.\n\n"
         "A Marseille, environ 15.000 personnes se sont réunies sur le Vieux-Port, selon la préfecture.",
         {"Paris", "Marseille"}),
    ],
)  # fmt: skip
def test_the_size_of_a_crowd_in_another_town_of_a_protest_report_is_the_protest_there(
    language, title, text, towns
):
    mentions = coded(text, "2024-05-10", language, title=title)
    assert {m.location for m in mentions} == towns, mentions
    assert all(m.event_type == PROTEST and m.event_date == date(2024, 5, 9) for m in mentions)


def test_a_crowd_counted_in_a_report_that_leads_with_no_protest_is_no_protest():
    text = ("Floods forced 20,000 people from their homes in Maiduguri on Monday, officials said.\n\n"
            "In Damaturu, some 5,000 people were sheltering in schools.")  # fmt: skip
    assert coded(text, "2024-05-10", title="Floods displace thousands") == []
