"""Round 13 second wave, roles: the side that held a place the forces retook is the act's object,
not its doer (HOLDER_OF_THE_PLACE, pack key `holding_words`), in en, fr, pt, es; pt/es retake
phrases with a town noun; a gang is an armed actor (a militia) in en and fr, as in es and pt.
Every sentence here is written for these tests (invented incidents; real places)."""

from __future__ import annotations

import pytest

from tests.coding import code_text, only

DAY = "2025-05-16"

# ---------------------------------------------------------------- HOLDER_OF_THE_PLACE


@pytest.mark.parametrize(
    ("language", "text", "holder"),
    [
        ("en", "Troops recaptured the village of Kidal on Monday, controlled by rebels for two years.", "Rebels"),
        ("en", "Soldiers regained the district of Macomia on Sunday, occupied by jihadists since January.", "Unidentified"),
        ("fr", "L'armée a repris mardi le contrôle de la ville de Kidal, tenue par les rebelles.", "Rebels"),
        ("fr", "Les soldats ont reconquis lundi la localité de Bunagana, occupée par le M23.", "M23"),
        ("fr", "Les militaires ont repris dimanche la ville de Ménaka, contrôlée par les jihadistes depuis un an.", "Unidentified"),
        ("pt", "As forças governamentais retomaram a vila de Macomia na terça-feira, controlada pelos insurgentes.", "Unidentified"),
        ("pt", "As tropas reconquistaram a cidade de Kidal no domingo, dominada pelos jihadistas.", "Unidentified"),
        ("es", "Las tropas retomaron la localidad de Jamundí el lunes, ocupada por los rebeldes.", "Rebels"),
        ("es", "Los soldados retomaron el control de Kidal el domingo, dominado por los yihadistas.", "Unidentified"),
    ],
)  # fmt: skip
def test_the_side_holding_a_retaken_place_is_the_object(language, text, holder):
    m = only(code_text(text, language=language, published=DAY))
    assert m.actor1.startswith("Military Forces of"), m
    assert m.actor2.startswith(holder), m


@pytest.mark.parametrize(
    ("language", "text", "doer"),
    [
        ("en", "Ten civilians were killed in Kidal on Tuesday by gunmen.", "Unidentified Armed Group"),
        ("en", "The village of Kidal was seized on Monday by rebels.", "Rebels"),
        ("fr", "Dix civils ont été tués mardi à Kidal par des jihadistes.", "Unidentified Armed Group"),
        ("pt", "Dez civis foram mortos na terça-feira em Macomia pelos insurgentes.", "Unidentified Armed Group"),
        ("es", "Diez civiles fueron asesinados el martes en Tumaco por la guerrilla.", "Rebels"),
    ],
)  # fmt: skip
def test_an_agent_marker_with_no_holding_word_still_names_the_doer(language, text, doer):
    m = only(code_text(text, language=language, published=DAY))
    assert m.actor1.startswith(doer), m


# ---------------------------------------------------------------- retake phrases with a town noun (pt, es)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "O exército retomou a vila de Mueda na segunda-feira após combates com os insurgentes."),
        ("pt", "As forças de defesa recuperaram a aldeia de Macomia no domingo."),
        ("es", "El ejército recuperó el pueblo de Tumaco el martes tras combates con la guerrilla."),
        ("es", "Las tropas retomaron la localidad de Jamundí el lunes."),
    ],
)  # fmt: skip
def test_a_town_retaken_is_a_place_change(language, text):
    m = only(code_text(text, language=language, published=DAY))
    assert m.sub_event_type in ("Government regains territory", "Non-violent transfer of territory"), m
    assert m.actor1.startswith("Military Forces of"), m


# ---------------------------------------------------------------- gangs are armed actors


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Armed gangs looted shops and homes in Bunia on Tuesday."),
        ("en", "Gangs looted shops in Bunia on Tuesday."),
        ("fr", "Des gangs armés ont pillé mardi des commerces à Bunia."),
    ],
)  # fmt: skip
def test_looting_gangs_are_the_looters(language, text):
    m = only(code_text(text, language=language, published=DAY))
    assert m.sub_event_type == "Looting/property destruction"
    assert m.actor1.startswith("Militia"), m


def test_gang_rape_names_no_gang():
    m = only(
        code_text("A woman was gang raped by soldiers in Bunia on Tuesday.", language="en", published=DAY)
    )
    assert m.actor1.startswith("Military Forces of"), m


# ---------------------------------------------------------------- aircraft that bomb: an air strike


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Des bombardements de l'aviation malienne ont tué mardi dix civils près de Kidal."),
        ("fr", "L'armée de l'air a bombardé lundi des positions jihadistes près de Ménaka."),
        ("fr", "L'aviation a bombardé dimanche un village près de Kidal, tuant six personnes."),
        ("es", "La Fuerza Aérea bombardeó el martes un campamento de la guerrilla en Guaviare."),
        ("es", "Un avión militar bombardeó el martes un pueblo en Guaviare y mató a cinco personas."),
        ("es", "Aviones militares atacaron el lunes posiciones rebeldes en Guaviare."),
        ("pt", "Um avião militar bombardeou na terça-feira uma aldeia perto de Macomia, matando seis pessoas."),
    ],
)  # fmt: skip
def test_bombing_by_aircraft_is_an_air_strike(language, text):
    m = only(code_text(text, language=language, published=DAY))
    assert m.sub_event_type == "Air/drone strike", m


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "L'artillerie a bombardé mardi des positions rebelles près de Kidal."),
        ("es", "El ejército bombardeó con artillería el martes posiciones de la guerrilla en Guaviare."),
        ("pt", "A artilharia bombardeou na terça-feira posições dos insurgentes em Macomia."),
    ],
)  # fmt: skip
def test_bombing_by_artillery_stays_shelling(language, text):
    m = only(code_text(text, language=language, published=DAY))
    assert m.sub_event_type == "Shelling/artillery/missile attack", m
