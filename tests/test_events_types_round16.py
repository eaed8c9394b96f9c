"""Round 16 types: protests, riots and strategic developments across languages.

CROWD_UNDER_FIRE: the state's forces firing on a crowd named in the act's clause ("opened fire on
demonstrators", "auf friedliche Demonstranten geschossen", "fired on mourners holding a vigil") with
the dead counted as people: excessive force against protesters, not an attack on civilians.
FORCE_SUBJECT_OF_THE_PROTEST: the police as the doer of a protest word's clause, with an arrest after
the crowd (verb-final: "hat ... 30 Demonstranten bei einer Kundgebung festgenommen"): a protest with
intervention. PEACEFUL_CROWD_KILLED: deaths in a fight "between" the police and a crowd told at a
protest's act, with no riot act of the crowd's own: excessive force (ACLED), no riot.
MOB_WORD_IN_A_RIOT: an angry crowd's riot word and a mob's word in one clause, with no protest and
no police: mob violence. MOB_OPENS_THE_CLAUSE: residents opening the clause of an attack on a victim named after it: mob
violence. ACTIVISTS_NO_CROWD (pack key `activist_nouns`): activists counted and arrested with no
protest told are an arrest. GRIEVANCE_DEATH (causes.py): a death a grievance word names right
after it ("in protest at the death of a youth") is no toll of the crowd. RIOT_OVER_AN_ARREST
(trigger_choice.py): an arrest a protest word names before a riot's word is the crowd's grievance. fr "s'est rendu aux
autorités" (a surrender: a change to the group). PRISONER_SWAP (packs): a prisoner exchange told by
its verb is an agreement. And the probe reports of
tests/round16_types_probes.py.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import assert_probe_rows, code_text, only, probe_params
from tests.round16_types_probes import PROBES, PUBLISHED

# --------------------------------------------------------------------------- CROWD_UNDER_FIRE


@pytest.mark.parametrize(
    ("language", "text", "dead"),
    [
        ("en", "At least three people were killed in Kisumu on Monday when police opened fire on demonstrators outside the county offices.", 3),
        ("en", "Two people died in Bulawayo on Tuesday when soldiers fired on mourners holding a vigil for a murdered activist.", 2),
        ("fr", "Deux personnes ont été tuées mardi à Kankan lorsque les gendarmes ont tiré sur des manifestants devant la mairie.", 2),
        ("es", "Cuatro personas murieron el lunes en Juliaca cuando la policía disparó contra manifestantes que bloqueaban el puente.", 4),
        ("pt", "Três pessoas morreram na segunda-feira em Nampula quando a polícia abriu fogo contra manifestantes em frente ao mercado.", 3),
        ("de", "Polizisten haben am Dienstag in Mombasa auf Demonstranten geschossen und drei Menschen getötet.", 3),
    ],
)  # fmt: skip
def test_force_on_a_crowd_that_kills_people_is_excessive_force(language: str, text: str, dead: int) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Excessive force against protesters", dead)
    assert m.actor1.startswith("Protesters")


def test_force_on_a_crowd_throwing_stones_stays_a_riot() -> None:
    text = "Three people were killed in Kisumu on Monday when police opened fire on protesters who were throwing stones."
    assert only(code_text(text, language="en", published=PUBLISHED)).sub_event_type == "Violent demonstration"


def test_soldiers_firing_on_villagers_with_no_crowd_act_is_an_attack() -> None:
    text = "Three people were killed in Kisumu on Monday when soldiers opened fire on villagers in a market."
    assert only(code_text(text, language="en", published=PUBLISHED)).sub_event_type == "Attack"


# --------------------------------------------------------------------------- FORCE_SUBJECT_OF_THE_PROTEST


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Polizei hat am Dienstag in Leipzig mehr als 50 Demonstranten bei einer Kundgebung gegen Mietsteigerungen festgenommen."),
        ("tr", "Polis salı günü İzmir'de yürüyüş yapan işçilerden 12'sini gözaltına aldı."),
    ],
)  # fmt: skip
def test_the_police_arresting_a_crowd_at_its_protest_is_an_intervention(language: str, text: str) -> None:
    assert (
        only(code_text(text, language=language, published=PUBLISHED)).sub_event_type
        == "Protest with intervention"
    )


def test_the_police_reporting_a_march_is_no_intervention() -> None:
    text = "Die Polizei sagte, am Dienstag hätten in Leipzig mehr als 5000 Menschen gegen Mietsteigerungen demonstriert."
    assert [m.sub_event_type for m in code_text(text, language="de", published=PUBLISHED)] == [
        "Peaceful protest"
    ]


# --------------------------------------------------------------------------- PEACEFUL_CROWD_KILLED


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Tres personas murieron el domingo en Pasto durante enfrentamientos entre la policía y manifestantes que realizaban una vigilia."),
        ("en", "Two protesters were killed on Sunday in Kisumu in clashes between police and demonstrators who were marching against the tax bill."),
    ],
)  # fmt: skip
def test_deaths_in_clashes_with_a_crowd_told_at_a_protest_act_are_excessive_force(
    language: str, text: str
) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert m.sub_event_type == "Excessive force against protesters"
    assert m.actor1.startswith("Protesters") and m.actor2.startswith("Police")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Tres personas murieron el domingo en Pasto durante enfrentamientos entre la policía y manifestantes que lanzaban piedras."),
        ("en", "Two protesters were killed on Sunday in Kisumu in clashes between police and demonstrators."),
        ("en", "Two people were killed in Kisumu on Sunday in clashes between police and protesters who torched a bus during their march."),
    ],
)  # fmt: skip
def test_clashes_with_no_protest_act_or_with_a_riot_act_stay_a_riot(language: str, text: str) -> None:
    assert (
        only(code_text(text, language=language, published=PUBLISHED)).sub_event_type
        == "Violent demonstration"
    )


# --------------------------------------------------------------------------- MOB_OPENS_THE_CLAUSE


def test_residents_who_burn_a_man_alive_are_a_mob() -> None:
    text = "Vecinos furiosos golpearon y quemaron vivo el domingo a un hombre acusado de robo en Tehuacán, Puebla."
    m = only(code_text(text, language="es", published=PUBLISHED))
    assert (m.event_type, m.sub_event_type, m.fatalities) == ("Riots", "Mob violence", 1)


def test_gunmen_who_burn_a_man_alive_are_no_mob() -> None:
    text = "Hombres armados golpearon y quemaron vivo el domingo a un comerciante en Tehuacán, Puebla."
    assert (
        only(code_text(text, language="es", published=PUBLISHED)).event_type == "Violence against civilians"
    )


# --------------------------------------------------------------------------- MOB_WORD_IN_A_RIOT


def test_an_angry_crowd_beating_a_man_to_death_is_a_mob() -> None:
    text = "Moradores revoltados espancaram até a morte um suspeito de roubo no domingo em Chimoio."
    m = only(code_text(text, language="pt", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Mob violence", 1)


def test_an_angry_crowd_stoning_the_police_stays_a_violent_demonstration() -> None:
    text = "Moradores revoltados espancaram um suspeito e atiraram pedras contra a polícia no domingo em Chimoio."
    assert only(code_text(text, language="pt", published=PUBLISHED)).sub_event_type == "Violent demonstration"


# --------------------------------------------------------------------------- ACTIVISTS_NO_CROWD


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Police arrested six activists at their homes in Multan on Tuesday."),
        ("fr", "La police a arrêté mardi à Niamey quatre militants de la société civile à leur domicile."),
        ("ru", "Полиция задержала во вторник в Казани трёх активистов."),
        ("ar", "اعتقلت قوات الأمن الثلاثاء في نابلس ستة ناشطين من منازلهم."),
    ],
)  # fmt: skip
def test_activists_arrested_with_no_protest_are_an_arrest(language: str, text: str) -> None:
    assert only(code_text(text, language=language, published=PUBLISHED)).sub_event_type == "Arrests"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Police arrested six protesters in Multan on Tuesday."),
        ("en", "Police arrested six activists at a rally in Multan on Tuesday."),
    ],
)  # fmt: skip
def test_protesters_or_activists_at_a_protest_arrested_are_an_intervention(language: str, text: str) -> None:
    assert (
        only(code_text(text, language=language, published=PUBLISHED)).sub_event_type
        == "Protest with intervention"
    )


# --------------------------------------------------------------------------- GRIEVANCE_DEATH


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Moradores incendiaram um ônibus na segunda-feira em São Gonçalo em protesto contra a morte de um adolescente."),
        ("en", "Youths burned tyres and stoned police in Kisumu on Tuesday in protest at the death of a motorcycle taxi driver."),
    ],
)  # fmt: skip
def test_the_death_a_crowd_protests_is_no_toll_of_its_riot(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Violent demonstration", 0)


# --------------------------------------------------------------------------- RIOT_OVER_AN_ARREST


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Bei Protesten gegen die Festnahme eines Gewerkschafters ist es am Sonntag in Abidjan zu Ausschreitungen gekommen."),
        ("en", "Protests against the detention of a union leader turned into riots in Abidjan on Sunday."),
    ],
)  # fmt: skip
def test_the_arrest_a_riot_protests_is_no_arrest_of_the_day(language: str, text: str) -> None:
    assert [m.sub_event_type for m in code_text(text, language=language, published=PUBLISHED)] == [
        "Violent demonstration"
    ]


# --------------------------------------------------------------------------- a surrender in French


def test_a_commander_who_surrenders_to_the_authorities_changes_his_group() -> None:
    text = "Un commandant du groupe armé 3R s'est rendu dimanche aux autorités à Bocaranga avec vingt combattants."
    assert (
        only(code_text(text, language="fr", published=PUBLISHED)).sub_event_type == "Change to group/activity"
    )


# --------------------------------------------------------------------------- PRISONER_SWAP


def test_an_exchange_of_fire_with_captives_is_no_prisoner_swap() -> None:
    # ar "أسرى" (prisoners) keys as "أسر" (captured): only "أسير" follows an exchange word
    text = "تبادل الجيش والمسلحون إطلاق النار الثلاثاء في درعا وأسر المسلحون جنديين."
    assert all(m.sub_event_type != "Agreement" for m in code_text(text, language="ar", published=PUBLISHED))


# --------------------------------------------------------------------------- the probe reports

KNOWN_MISSES = {
    # "killing both": the toll a word for "both" gives back to two victims named before is not read
    "A mob set ablaze two men",
    # geo: a capitalised noun after the town ("in Hamburg Steine") is read as part of its name
    "Randalierer haben am Dienstag in Hamburg",
    # "zu Tode geprügelt" is a mob's word but no killed outcome of the de pack: no toll (a general
    # vocabulary entry, langb's)
    "Ein wütender Mob hat am Dienstag",
    # geo: Osh in the prepositional case ("в Оше") resolves to no place
    "Толпа жителей избила до смерти",
    # the victims counted after the day and the object marker ("el lunes a dos presuntos
    # secuestradores") give no toll, and the kidnappers' word reads as an abduction
    "Pobladores enardecidos golpearon",
}


def _known_miss(text: str) -> bool:
    return any(text.startswith(k) for k in KNOWN_MISSES)


@pytest.mark.parametrize(("language", "title", "text", "expected"), probe_params(PROBES, _known_miss))
def test_round16_types_probe_report(language: str, title: str, text: str, expected: list) -> None:
    assert_probe_rows(language, title, text, expected, PUBLISHED)
