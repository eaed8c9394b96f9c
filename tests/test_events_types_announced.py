"""ANNOUNCED_ACT (`extractors/events/announcements.py`): a Strategic development that is its own
announcement keeps the day and place the announcing verb gives (a group's dissolution, a merger, a
base set up, a curfew declared); an arrest announced does not. Every sentence is written for these
tests (invented incidents; real places)."""

from __future__ import annotations

import pytest

from tests.coding import code_text, only

STRATEGIC = "Strategic developments"


@pytest.mark.parametrize(
    ("language", "text", "day", "town"),
    [
        ("en", "The armed group announced its dissolution on Monday in Bangui and handed its weapons to the "
               "United Nations mission.", "2025-05-12", "Bangui"),
        ("fr", "Les deux groupes armés ont annoncé leur dissolution lundi à Bangui, lors d'une cérémonie "
               "en présence de la Minusca.", "2025-05-12", "Bangui"),
        ("en", "Two rebel factions announced their merger on Tuesday in Idlib, a spokesman said.",
               "2025-05-13", "Idlib"),
        ("es", "La guerrilla anunció el martes en Bogotá su disolución como grupo armado.", "2025-05-13", "Bogota"),
    ],
)  # fmt: skip
def test_an_announced_change_keeps_the_announcements_day_and_place(language, text, day, town):
    m = only(code_text(text, language=language, published="2025-05-16"))
    assert (m.event_type, m.sub_event_type) == (STRATEGIC, "Change to group/activity")
    assert str(m.event_date) == day and m.location == town


def test_a_reporting_verb_about_another_act_still_gives_no_day():
    # the arrest is announced, not made, on Monday in Abuja: the announcement's day is no arrest's
    m = only(code_text("Police announced on Monday in Abuja that five suspects had been arrested in Kano last "
                       "week.", language="en", published="2025-05-16"))  # fmt: skip
    assert m.sub_event_type == "Arrests" and m.location == "Kano"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Un présumé voleur a été lynché par une foule en colère jeudi à Bukavu."),
        ("fr", "Deux présumés bandits ont été lynchés mardi par la population à Beni."),
    ],
)
def test_a_suspected_thief_lynched_is_mob_violence_not_a_hedge(language, text):
    m = only(code_text(text, language=language, published="2025-05-16"))
    assert (m.event_type, m.sub_event_type) == ("Riots", "Mob violence")
