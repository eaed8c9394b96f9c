"""FIRED_ON_A_VEHICLE (`type_clues._fired_on_a_vehicle`): a verb that tells firing with any weapon
("обстреляли") whose object is a vehicle or people, with no artillery word in the sentence, is
small-arms fire at armed men (a clash), not shelling. Every sentence here is written for these tests
(invented incidents; real places)."""

from __future__ import annotations

import pytest

from tests.coding import code_text, only

CLASH = ("Battles", "Armed clash")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize(
    "text",
    [
        "Боевики обстреляли автомобиль полиции в Назрани в понедельник.",
        "Неизвестные обстреляли машину с военными под Махачкалой во вторник.",
    ],
)
def test_fire_on_a_vehicle_of_armed_men_is_a_clash(text):
    m = only(code_text(text, language="ru", published="2025-05-14"))
    assert (m.event_type, m.sub_event_type) == CLASH


@pytest.mark.parametrize(
    "text",
    [
        "Боевики обстреляли из минометов автомобиль полиции в Назрани в понедельник.",
        "Боевики обстреляли позиции полиции в Назрани в понедельник.",
    ],
)
def test_an_artillery_word_or_a_position_keeps_it_shelling(text):
    m = only(code_text(text, language="ru", published="2025-05-14"))
    assert (m.event_type, m.sub_event_type) == SHELLING
