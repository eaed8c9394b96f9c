"""Round 17 English coder (en): weapons bought or sold are no act (WEAPON_TRADED), and the probe
reports of tests/round17_en_probes.py (actors named by group, faction, community or unit; two or
three acts in one report; a battle's dead given for both sides).

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import code_text, only
from tests.round17_en_probes import PROBES

PUBLISHED_AT = "2026-03-11"  # a Wednesday


def rows(text: str, title: str = ""):
    return code_text(text, language="en", published=PUBLISHED_AT, title=title)


# --------------------------------------------------------------------------- WEAPON_TRADED


@pytest.mark.parametrize(
    "text",
    [
        "Ghana signed a contract with Turkey in Accra on Tuesday to acquire six combat drones.",
        "Nigeria bought twelve attack drones from China last month, the air force said on Tuesday.",
        "The sale of missiles to Morocco was approved by the US Congress on Tuesday.",
        "Pakistan took delivery of new drones from Turkey in Rawalpindi on Monday.",
    ],
)
def test_a_weapon_bought_or_sold_is_no_act(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Drones bought from Turkey killed four fighters near Gao on Monday, the army said.",
        "A week after buying new drones, the army struck a rebel camp near Kidal on Monday with drones, killing six fighters.",
    ],
)  # fmt: skip
def test_a_weapon_that_was_bought_and_used_stays_an_act(text: str) -> None:
    assert only(rows(text)).sub_event_type == "Air/drone strike"


# --------------------------------------------------------------------------- probes

KNOWN_MISSES: frozenset[str] = frozenset(
    {  # headlines of the probes still missed (strict xfails)
        "BIFF fighters and soldiers clash in Maguindanao",
        "Gran Grif gang kills farmers in Artibonite",
        "Soldiers repel attack on base, 15 militants killed",
        "Troops foil ISWAP attack in Yobe",
        "Jihadists kill villagers; army raid kills attackers",
        "Bandits attack two villages in Zamfara",
        "Gunmen kill 4 in one Kajuru village, abduct 9 in another",
        "Bandits kill two in Tsafe, kidnap 15 in nearby village",
        "Attackers kill 3 in Shiroro village, abduct 20 in another",
        "One killed in Birnin Gwari raid; 12 abducted at Kutemashi",
    }
)


def probe_misses(title: str, text: str, expected: list) -> list[str]:
    """What of the expected rows the coder's rows lack (empty: the probe passes)."""
    got = rows(text, title)
    misses = []
    for sub, toll, actor1, actor2 in expected:
        if not any(
            (sub is None or m.sub_event_type == sub)
            and (toll is None or m.fatalities == toll)
            and (actor1 is None or m.actor1 == actor1)
            and (actor2 is None or m.actor2 == actor2)
            for m in got
        ):
            misses.append(
                f"{(sub, toll, actor1, actor2)} not in {[(m.sub_event_type, m.fatalities, m.actor1, m.actor2) for m in got]}"
            )
    return misses


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        pytest.param(*p, marks=[pytest.mark.xfail(reason="a known miss", strict=True)] if p[0] in KNOWN_MISSES else [])
        for p in PROBES
    ],
)  # fmt: skip
def test_round17_en_probe(title: str, text: str, expected: list) -> None:
    assert probe_misses(title, text, expected) == []


# --------------------------------------------------------------------------- named groups and words (actors.yaml, en pack)


def test_a_title_case_ola_is_a_name_no_oromo_group() -> None:
    m = only(rows("Gunmen shot dead Ola Adeyemi, a trader, in Ibadan on Monday, police said."))
    assert m.actor1 != "Oromo Liberation Army (OLA)" and m.actor2 != "Oromo Liberation Army (OLA)"


def test_a_killed_village_head_is_a_civilian_victim() -> None:
    m = only(
        rows("Gunmen killed the village head of Gidan Bawa in Sokoto State on Monday night, police said.")
    )
    assert (m.sub_event_type, m.fatalities, m.actor2) == ("Attack", 1, "Civilians (Nigeria)")


# --------------------------------------------------------------------------- ONE_FORCE_NO_VICTIM, claims


def test_a_force_named_by_its_country_and_by_its_corps_is_one_side() -> None:
    m = only(rows("A drone of the Sudanese army hit a Rapid Support Forces camp near Um Ruwaba in North Kordofan on Monday, killing nine fighters."))  # fmt: skip
    assert (m.actor2, m.fatalities) == ("Rapid Support Forces (RSF)", 9)


def test_a_group_that_claimed_an_attack_did_it() -> None:
    m = rows("The Baloch Liberation Army claimed an attack on an army post near Kech in Balochistan on Monday in which three soldiers died.")[0]  # fmt: skip
    assert m.actor1 == "Baloch Liberation Army (BLA)"


# --------------------------------------------------------------------------- COMMUNITY_MILITIA


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Fulani gunmen attacked the village of Kwall in Bassa, Plateau State, on Sunday, killing five farmers.",
         "Fulani Ethnic Militia (Nigeria)"),
        ("Dozos killed four herders near Bandiagara in central Mali on Monday, local sources said.",
         "Dozo Communal Militia (Mali)"),
        ("Murle militiamen attacked a cattle camp near Bor in South Sudan on Monday, killing 12 people.",
         "Murle Ethnic Militia (South Sudan)"),
    ],
)  # fmt: skip
def test_armed_men_named_by_their_community_are_its_militia(text: str, actor1: str) -> None:
    assert rows(text)[0].actor1 == actor1


def test_herders_named_by_their_community_are_still_civilians() -> None:
    m = only(rows("Gunmen killed four Fulani herders near Bokkos in Plateau State on Monday."))
    assert (m.actor1, m.actor2) == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")


# --------------------------------------------------------------------------- STATE_LEADS_ITS_ALLY


def test_a_state_acting_with_a_foreign_force_is_the_doer() -> None:
    m = only(rows("Central African soldiers and Wagner fighters killed eight civilians near Bossangoa on Monday, witnesses said."))  # fmt: skip
    assert m.actor1 == "Military Forces of Central African Republic"


# --------------------------------------------------------------------------- FOILED_ASSAULT (en pack)


def test_an_attack_foiled_with_dead_attackers_is_a_clash() -> None:
    m = only(rows("Troops thwarted an attack on their base near Monguno on Monday, killing 11 terrorists, the army said."))  # fmt: skip
    assert (m.sub_event_type, m.fatalities) == ("Armed clash", 11)


def test_a_foiled_suicide_attack_stays_a_stopped_weapon() -> None:
    assert "Armed clash" not in {m.sub_event_type for m in rows("Police foiled a suicide attack on a church in Kano on Sunday, arresting the bomber.")}  # fmt: skip


# --------------------------------------------------------------------------- OTHER_SIDES_LOSSES


def test_the_other_sides_dead_told_after_a_repulsed_attack_are_added() -> None:
    text = ("Troops repelled an attack by ISWAP fighters on Geidam in Yobe State on Monday, killing 16 of the "
            "insurgents. Three soldiers were killed, an officer said.")  # fmt: skip
    assert only(rows(text)).fatalities == 19


def test_dead_of_one_kind_counted_twice_are_not_added() -> None:
    text = "Troops killed 12 insurgents near Bama on Monday. Later 12 insurgents were killed, the army said."
    assert only(rows(text)).fatalities == 12
