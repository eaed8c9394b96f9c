"""The coder's event types (round 5 of the tests in `test_events_types.py`): fights against no side,
arrests and charges, force on a protest, and more rows a report must or must not give, written for these
tests (invented incidents; real places).
Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coding import only
from tests.test_events_types import PROTEST, RIOT, STRATEGIC, coded, kind

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
