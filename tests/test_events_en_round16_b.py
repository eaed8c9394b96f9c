"""Round 16 (short round) English actors (en2): a state named as the act's subject over a force
noun whose country is only the report's (HINTED_FORCE_YIELDS: "Russia launched a wave of drones at
Kharkiv" is Russia's act in a report from Ukraine); "its troops" after "the X ministry said that"
(SPEAKER_BEFORE_ITS_VERB: the complementiser opens a clause at the verb, which parts no speaker from
SPEAKERS_OWN_FORCES); named groups of Darfur and the Central African Republic (actors.yaml: the
Sudan Liberation Movement/Army and its Abdul Wahid and Minni Minawi factions, JEM, SPLM-N, FPRC,
UPC, 3R, CPC, MPC, Anti-Balaka); and the probe reports of tests/round16_en2_probes.py.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import code_text, only
from tests.round16_en2_probes import PROBES, PUBLISHED


def rows(text: str):
    return code_text(text, language="en", published=PUBLISHED)


# --------------------------------------------------------------------------- HINTED_FORCE_YIELDS


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched a wave of drones at Kharkiv overnight on Tuesday, killing two civilians.",
        "Russia attacked Poltava with drones overnight, killing three civilians, the governor said.",
        "Russia sent dozens of drones against Odesa on Tuesday, wounding five people.",
    ],
)
def test_a_state_subject_over_drones_of_the_reports_country(text: str) -> None:
    assert only(rows(text)).actor1 == "Military Forces of Russia"


def test_the_reports_own_forces_named_as_doers_stay() -> None:
    m = only(rows("Ukraine said its troops shot down 20 Russian drones over Kyiv overnight on Tuesday."))
    assert m.actor1 == "Military Forces of Ukraine"


def test_a_state_that_strikes_the_police_of_the_place() -> None:
    m = only(rows("Israel struck police in Rafah on Tuesday, killing three officers."))
    assert (m.actor1, m.actor2) == ("Military Forces of Israel", "Police Forces of Palestine")


# --------------------------------------------------------------------------- SPEAKER_BEFORE_ITS_VERB


@pytest.mark.parametrize(
    "text",
    [
        "The Russian defence ministry said that its troops had captured the village of Novoselivka in Ukraine's Donetsk region.",
        "The Russian defence ministry said on Tuesday that its forces had captured the village of Malynivka in Zaporizhzhia region.",
    ],
)  # fmt: skip
def test_its_troops_after_said_that_are_the_speakers(text: str) -> None:
    assert rows(text)[0].actor1 == "Military Forces of Russia"


# --------------------------------------------------------------------------- named groups


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Two factions of the Sudan Liberation Movement clashed near Tawila in North Darfur on Sunday, killing five fighters.",
         "Sudan Liberation Movement/Army (SLM/A)"),
        ("The SLA clashed with the RSF near Kutum in North Darfur on Sunday.", "Sudan Liberation Movement/Army (SLM/A)"),
        ("Fighters of the SLM-MM attacked a village near Mellit in North Darfur on Saturday, killing four farmers.",
         "Sudan Liberation Movement/Army-Minni Minawi (SLM/A-MM)"),
        ("SPLM-N fighters attacked an army post near Kadugli in South Kordofan on Monday, killing six soldiers.",
         "Sudan People's Liberation Movement-North (SPLM-N)"),
        ("FPRC rebels attacked the town of Ndele in the Central African Republic on Friday, killing three soldiers.",
         "Popular Front for the Renaissance of Central Africa (FPRC)"),
        ("Anti-Balaka militiamen killed six herders near Bambari in the Central African Republic on Tuesday.",
         "Anti-Balaka"),
        ("Fighters from the 3R group killed two civilians near Bocaranga in the Central African Republic on Monday.",
         "Return Reclamation Rehabilitation (3R)"),
        ("Fighters of the SLM-Nur raided a village near Golo in Central Darfur on Monday, killing three farmers.",
         "Sudan Liberation Movement/Army-Abdul Wahid (SLM/A-AW)"),
        ("Union for Peace in Central Africa rebels killed four civilians near Alindao on Monday.",
         "Unity for Peace in Central Africa (UPC)"),
        ("MLCJ fighters attacked a camp near Birao in the Central African Republic on Sunday, killing two herders.",
         "Movement of Central African Liberators for Justice (MLCJ)"),
        ("FACA soldiers clashed with 3R rebels near Bocaranga in the Central African Republic on Monday, killing five rebels.",
         "Military Forces of Central African Republic"),
    ],
)  # fmt: skip
def test_named_groups_of_darfur_and_the_central_african_republic(text: str, actor1: str) -> None:
    assert rows(text)[0].actor1 == actor1


# --------------------------------------------------------------------------- probes

KNOWN_MISSES: tuple[str, ...] = (
    PROBES[3][2],  # "Fighters of two factions of the SLM clashed": the counted factions hide the named group
)


@pytest.mark.parametrize(
    ("language", "title", "text", "expected", "actor1"),
    [
        pytest.param(*p, marks=[pytest.mark.xfail(reason="a known miss", strict=True)] if p[2] in KNOWN_MISSES else [])
        for p in PROBES
    ],
)  # fmt: skip
def test_probe_reports(language: str, title: str, text: str, expected: list, actor1: str) -> None:
    got = code_text(text, language=language, published=PUBLISHED, title=title)
    for sub_event_type, fatalities in expected:
        assert any(
            (sub_event_type is None or m.sub_event_type == sub_event_type)
            and (fatalities is None or m.fatalities == fatalities)
            for m in got
        ), [(m.sub_event_type, m.fatalities) for m in got]
    assert any(m.actor1 == actor1 for m in got), [m.actor1 for m in got]
