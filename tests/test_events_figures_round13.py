"""Round 13 (second wave) fatality rules: OBJECT_COUNT (a count of houses is no death figure), NEGATED_OUTCOME (an outcome word a negation denies takes
no figure: "burned ten houses without killing anyone") and ONE_OF_THEM ("killing one of them" is a
figure of one, not an article), in several languages; own sentences."""

from __future__ import annotations

import pytest

from extractors.events.fatalities import sentence_fatalities

NEGATED = [
    ("en", "The gunmen burned ten houses without killing anyone."),
    ("en", "Militants set fire to 40 shops in the market without killing anybody, residents said."),
    ("sw", "Washambuliaji walichoma moto nyumba kumi bila kuua mtu yeyote."),
    ("es", "Los atacantes quemaron diez casas sin matar a nadie."),
    ("pt", "Os atacantes queimaram dez casas sem matar ninguém."),
    ("fr", "Les assaillants ont incendié dix maisons sans tuer personne."),
    ("it", "Gli aggressori hanno incendiato dieci case senza uccidere nessuno."),
]


@pytest.mark.parametrize(("lang", "text"), NEGATED)
def test_negated_outcome_takes_no_figure(lang, text):
    assert sentence_fatalities(text, lang) is None


KEPT = [
    ("en", "Gunmen killed 12 villagers and burned 30 houses.", 12),
    ("fr", "L'attaque a fait douze morts sans compter les blessés.", 12),
    ("es", "Un ataque dejó diez muertos sin contar a los heridos.", 10),
    ("en", "Police said nobody was killed but three people were wounded.", None),
]


@pytest.mark.parametrize(("lang", "text", "deaths"), KEPT)
def test_without_elsewhere_leaves_the_figure(lang, text, deaths):
    assert sentence_fatalities(text, lang) == deaths


ONE_OF_THEM = [
    ("en", "Gunmen opened fire on three soldiers, killing one of them."),
    ("fr", "Des hommes armés ont ouvert le feu sur trois soldats, tuant l'un d'eux."),
    ("es", "Hombres armados dispararon contra tres soldados, matando a uno de ellos."),
    ("pt", "Homens armados dispararam contra três soldados, matando um deles."),
    ("ru", "Боевики обстреляли трёх военных, один из них погиб."),
    ("en", "One of the attackers was killed in the exchange of fire."),
]


@pytest.mark.parametrize(("lang", "text"), ONE_OF_THEM)
def test_one_of_them_is_a_figure_of_one(lang, text):
    assert sentence_fatalities(text, lang) == 1


@pytest.mark.parametrize(
    ("lang", "text", "deaths"),
    [
        ("en", "Three of the 30 attackers were killed.", 3),
        ("en", "One of the deadliest attacks this year killed 12 people.", 12),
        ("fr", "Une frappe a tué quatre combattants.", 4),
    ],
)
def test_one_of_leaves_other_figures(lang, text, deaths):
    assert sentence_fatalities(text, lang) == deaths


@pytest.mark.parametrize(
    "text",
    [
        "قتل مسلحون مزارعا بالرصاص في قرية قرب درعا يوم الاثنين.",
        "قتلت قوات الأمن طالبا خلال مداهمة في المدينة.",
    ],
)
def test_arabic_singular_victim_without_a_number_is_one_dead(text):
    assert sentence_fatalities(text, "ar") == 1


OBJECTS = [
    ("en", "Gunmen torched 20 homes and killed villagers.", None),
    ("fr", "Les assaillants ont incendié 20 maisons et tué des villageois.", None),
    ("sw", "Wanamgambo walichoma nyumba 20 na kuua wanakijiji.", None),
    ("sw", "Watu watatu waliuawa na nyumba kumi zilichomwa moto.", 3),
    ("es", "Los atacantes quemaron 20 viviendas y mataron a varios campesinos.", 3),
    ("en", "The blast destroyed three cars and killed five people.", 5),
]


@pytest.mark.parametrize(("lang", "text", "deaths"), OBJECTS)
def test_a_count_of_things_is_no_death_figure(lang, text, deaths):
    assert sentence_fatalities(text, lang) == deaths


def test_a_negation_in_an_actors_name_denies_no_outcome():
    text = "Orang tak dikenal menembak mati dua warga di Jayapura pada Selasa."
    assert sentence_fatalities(text, "id") == 2
