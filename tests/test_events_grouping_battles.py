"""How the coder parts and joins the events of one report (continued from
`test_events_grouping.py`, whose helper it uses): the day of a strategic development, battles and
the acts told around them, on short reports written for these tests (invented incidents; real
places). Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coding import only
from tests.test_events_grouping import coded

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
