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


# ---------------------------------------------------------------- the day of a strategic development


def test_the_day_before_a_reporting_verb_after_a_comma_is_the_events_and_a_state_is_no_verb():
    text = (
        "Gunmen killed nine worshippers in an attack on a church in Kankara, Katsina state, on Sunday, police said.\n\n"
        "Police said officers arrested three suspects on Monday in a nearby forest.\n\n"
        "Separately, soldiers defused an improvised explosive device planted on the Katsina-Abuja highway on "
        "Tuesday, the army said."
    )
    days = {m.sub_event_type: m.event_date for m in coded(text, "2024-05-08")}
    assert days == {
        "Attack": date(2024, 5, 5),
        "Arrests": date(2024, 5, 6),
        "Disrupted weapons use": date(2024, 5, 7),
    }


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La policía detuvo el martes en Santiago a cinco presuntos integrantes de una banda acusados de "
               "secuestro.\n\nEn los allanamientos se incautaron tres pistolas y municiones.\n\n"
               "Los detenidos fueron trasladados el miércoles a la fiscalía."),
        ("en", "Police arrested five suspected gang members in Santiago on Tuesday.\n\n"
               "Three pistols and ammunition were seized in the raids.\n\n"
               "The detainees were taken to the prosecutor's office on Wednesday."),
    ],
)  # fmt: skip
def test_an_arrest_told_again_is_one_arrest_and_weapons_seized_in_it_tell_no_arrest(language, text):
    arrests = [m for m in coded(text, "2024-05-09", language) if m.sub_event_type == "Arrests"]
    assert len(arrests) == 1 and arrests[0].event_date == date(2024, 5, 7)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Insurgents attacked the town of Macomia on Saturday night, killing seven civilians, residents "
               "said.\n\nThe attackers also set fire to 20 houses in Macomia before leaving."),
        ("pt", "Insurgentes atacaram a vila de Macomia na noite de sábado e mataram sete civis, segundo "
               "moradores.\n\nOs atacantes incendiaram ainda 20 casas em Macomia antes de fugir."),
    ],
)  # fmt: skip
def test_homes_burned_where_the_attack_struck_are_part_of_the_attack(language, text):
    m = only(coded(text, "2024-05-13", language))
    assert m.event_type == "Violence against civilians" and m.fatalities == 7


def test_two_clauses_of_one_sentence_at_one_town_are_one_attack():
    text = ("In another attack in Gwoza also, yesterday insurgents killed a herder and abducted three of his sons, "
            "residents said.")  # fmt: skip
    m = only(coded(text, "2024-05-10"))
    assert m.location == "Gwoza" and m.event_date == date(2024, 5, 9)


# ---------------------------------------------------------------- battles


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gunmen attacked a police station in Gusau on Thursday, killing two officers."),
        ("fr", "Des hommes armés ont attaqué jeudi un poste militaire à Diapaga."),
        ("es", "Un grupo armado atacó el jueves una base militar en Tibú."),
    ],
)
def test_an_attack_on_a_post_of_the_forces_is_a_clash(language, text):
    m = only(coded(text, "2024-05-10", language))
    assert (m.event_type, m.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    ("language", "text", "towns"),
    [
        ("fr", "Des hommes armés ont attaqué jeudi un poste militaire à Diapaga. L'armée a affirmé avoir tué 30 "
               "assaillants vendredi lors d'une contre-offensive près de Pama.", {"Diapaga", "Pama"}),
        ("es", "Un grupo armado atacó el jueves una base militar en Tibú. El Ejército dijo que mató a diez "
               "guerrilleros el viernes en una contraofensiva cerca de Sardinata.", {"Tibu", "Sardinata"}),
    ],
)  # fmt: skip
def test_an_attack_and_the_counter_offensive_of_the_next_day_are_two_battles(language, text, towns):
    mentions = coded(text, "2024-05-11", language)
    assert {m.location for m in mentions} == towns
    assert sorted(m.event_date for m in mentions) == [date(2024, 5, 9), date(2024, 5, 10)]


def test_a_connector_right_after_the_subject_does_not_cut_its_clause():
    text = "Rebel fighters later shelled the town of Sake on Thursday, killing three civilians."
    m = only(coded(text, "2024-05-10"))
    assert m.location == "Sake" and m.fatalities == 3 and m.event_date == date(2024, 5, 9)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Nigeria marks Armed Forces Remembrance Day",
         "The president laid a wreath in Abuja on Monday to honour soldiers killed in the fight against Boko "
         "Haram, as the country marked Armed Forces Remembrance Day."),
        ("Truck carrying soldiers overturns, killing 7",
         "Seven soldiers were killed when a military truck overturned on a highway near Katsina on Tuesday, the "
         "army said. The driver lost control on a bend, officials said."),
    ],
)  # fmt: skip
def test_a_remembrance_day_or_a_road_accident_of_soldiers_is_no_event(title, text):
    assert coded(text, "2024-05-15", title=title) == []


def test_hostages_released_under_a_deal_are_an_agreement_not_an_abduction():
    m = only(coded("The rebels released 20 hostages in Cucuta on Tuesday after an agreement with the government.",
                   "2024-05-15"))  # fmt: skip
    assert (m.event_type, m.sub_event_type) == ("Strategic developments", "Agreement")


def test_burning_with_no_crowd_in_an_attack_report_is_no_riot_and_last_months_killing_no_event():
    text = (
        "Gunmen killed 14 villagers in an attack on the village of Kadisa in Zamfara state on Tuesday, "
        "residents said.\n\n"
        "The attackers arrived on motorcycles and opened fire on farmers. They also set fire to houses.\n\n"
        "Last month, bandits killed 20 people in the same area."
    )
    m = only(coded(text, "2024-05-15"))
    assert m.event_type == "Violence against civilians" and m.fatalities == 14
    assert m.event_date == date(2024, 5, 14)


def test_a_crowd_setting_fire_in_a_riot_report_stays_a_riot():
    text = ("Hundreds of youths rioted in Kasese on Friday after a man died in police custody.\n\n"
            "They set fire to a police post and blocked the main road.")  # fmt: skip
    assert {m.event_type for m in coded(text, "2024-05-13")} == {"Riots"}


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("it", "Sciopero dei trasporti, treni fermi in tutta Italia",
         "Lo sciopero nazionale dei trasporti ha bloccato venerdì treni e autobus in tutta Italia. I sindacati "
         "hanno protestato contro il mancato rinnovo del contratto. A Milano e Roma migliaia di pendolari sono "
         "rimasti a piedi."),
        ("en", "Rail strike halts trains across Britain",
         "A national rail strike halted trains across Britain on Friday. Unions protested against a pay offer. "
         "In London and Manchester thousands of commuters were stranded."),
    ],
)  # fmt: skip
def test_a_strike_called_nationwide_with_no_crowd_gathered_is_no_protest_event(language, title, text):
    assert coded(text, "2024-10-20", language, title=title) == []


def test_troops_taking_up_positions_in_a_town_the_rebels_left_is_a_non_violent_transfer():
    text = ("Troops arrived in Mopti on Thursday and took up positions in the town's main camp, a week after the "
            "separatists left.")  # fmt: skip
    m = only(coded(text, "2024-05-10"))
    assert (m.event_type, m.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")
    assert m.location == "Mopti" and m.event_date == date(2024, 5, 9)


def test_strikes_by_a_states_forces_are_air_strikes_and_troops_deployed_are_no_base():
    m = only(coded("Israeli strikes killed 25 people in Khan Younis on Tuesday, the health ministry said.",
                   "2024-05-08"))  # fmt: skip
    assert m.sub_event_type == "Air/drone strike" and m.fatalities == 25
    text = ("Gunmen killed seven people in Bokkos on Sunday, police said. The government deployed troops to the "
            "area after the attack.")  # fmt: skip
    assert [m.sub_event_type for m in coded(text, "2024-05-08")] == ["Attack"]


def test_a_reporting_word_inside_a_name_gives_no_reporting_day():
    text = "Two rival gangs fought a gun battle in Port-au-Prince's Cite Soleil in Haiti on Monday, leaving nine dead."
    m = only(coded(text, "2024-05-10"))
    assert m.event_type == "Battles" and m.event_date == date(2024, 5, 6) and m.fatalities == 9


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "سيطرت قوات الدعم السريع على مدينة ود مدني يوم الاثنين بعد معارك مع الجيش."),
        (
            "en",
            "M23 rebels seized the town of Rubaya on Monday after heavy fighting with the army in South Kivu.",
        ),
    ],
)
def test_a_town_taken_after_fighting_by_the_subject_after_or_before_the_verb(language, text):
    m = only(coded(text, "2024-05-10", language))
    assert (m.event_type, m.sub_event_type) == ("Battles", "Non-state actor overtakes territory")
    assert not m.actor1.startswith("Military Forces")


def test_campaign_rallies_in_an_election_report_are_no_protest():
    # OCCASION_CROWD: rallies with no grievance word in a report whose lead is about an election
    text = (
        "The two main presidential candidates held final campaign rallies on Thursday ahead of Sunday's "
        "election. The ruling party candidate addressed thousands of supporters at a stadium in Kinshasa, while "
        "his rival held a rally in Lubumbashi on Thursday.\n\nThe electoral commission said 44 million voters "
        "were registered."
    )
    assert coded(text, "2024-05-10", title="Candidates make final push before Sunday vote") == []


def test_a_separate_incident_with_no_day_after_a_dated_event_told_over_sentences_takes_its_day():
    text = ("Troops recaptured the town of Bulo Burte from al-Shabaab on Tuesday after heavy fighting. "
            "The army said 12 militants were killed. In a separate incident, a roadside bomb killed two "
            "soldiers near Jowhar.")  # fmt: skip
    mentions = coded(text, "2024-05-09")
    assert len(mentions) == 2 and {m.event_date for m in mentions} == {date(2024, 5, 7)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gunmen killed 11 people in the village of Bokkos on Monday night. Hours later, another group attacked "
               "the nearby village of Mangu, killing six."),
        ("fr", "Des hommes armés ont tué 11 personnes lundi soir dans le village de Bankass. Quelques heures plus "
               "tard, un autre groupe a attaqué le village voisin de Koro, faisant six morts."),
    ],
)  # fmt: skip
def test_a_second_town_attacked_with_its_own_dead_in_a_report_of_attacks_on_civilians_is_its_own_attack(
    language, text
):
    mentions = coded(text, "2024-05-08", language)
    assert sorted(m.fatalities for m in mentions) == [6, 11]
    assert {m.event_type for m in mentions} == {"Violence against civilians"}


def test_an_attack_dated_and_counted_before_a_later_strike_is_not_its_restatement():
    text = ("Militants stormed an army post in Beledweyne on Monday, killing seven soldiers, officials said.\n\n"
            "The army later launched air strikes on militant hideouts near the town, killing 20 fighters.")  # fmt: skip
    mentions = coded(text, "2024-05-08")
    assert sorted(m.fatalities for m in mentions) == [7, 20]


def test_a_headline_naming_the_force_of_the_second_event_does_not_make_it_the_first_events_doer():
    text = ("Gunmen killed six herders in the village of Doma on Monday. In retaliation, soldiers raided a "
            "militia camp near Doma on Tuesday, killing nine militiamen.")  # fmt: skip
    mentions = coded(text, "2024-05-09", title="Militia kills herders, army hits back")
    attack = next(m for m in mentions if m.event_type == "Violence against civilians")
    assert not attack.actor1.startswith("Military Forces")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Heavy fighting raged in Omdurman on Monday between the army and the Rapid Support Forces. A medical "
               "source said 25 people were killed, most of them civilians."),
        ("ar", "اندلعت اشتباكات عنيفة في مصراتة يوم الاثنين. وقالت وزارة الصحة إن 12 شخصا قتلوا."),
    ],
)  # fmt: skip
def test_deaths_with_no_act_of_their_own_in_a_report_of_a_fight_are_its_toll(language, text):
    m = only(coded(text, "2024-05-08", language))
    assert (m.event_type, m.sub_event_type) == ("Battles", "Armed clash") and m.fatalities in (12, 25)
    assert not m.actor2.startswith("Civilians")


def test_an_arrest_that_sparked_a_protest_is_an_event_of_its_own():
    text = ("Police arrested opposition leader Amos Wako in Kisumu on Monday, sparking protests across the city. "
            "Officers fired tear gas at the protesters.")  # fmt: skip
    kinds = sorted((m.event_type, m.sub_event_type) for m in coded(text, "2024-05-08"))
    assert kinds == [("Protests", "Protest with intervention"), ("Strategic developments", "Arrests")]


def test_protesters_arrested_after_the_protest_is_told_are_its_intervention():
    text = "Hundreds of traders protested in Kisumu on Monday. Police arrested 12 protesters."
    m = only(coded(text, "2024-05-08"))
    assert (m.event_type, m.sub_event_type) == ("Protests", "Protest with intervention")
