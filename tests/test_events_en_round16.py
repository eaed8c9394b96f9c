"""Round 16 English rules (en, precision first: reports that tell more than their own event).

An act named in a phrase before its clause has the armed actor after the comma as its doer
(FRONTED_ACT, `fronted_acts.fronted_act_doer`: "In the attack on X, gunmen killed 14 residents"); a
fight word whose only side hit is civilians counted by its figure is an attack on them
(CIVILIANS_NO_SIDE, `violence_types._civilians_no_side`: "killed four aid workers in an ambush");
an act named after a past period in the genitive is recalled (RECALLED_GENITIVE,
`recalled_acts.recalled_by_genitive`: "the burial of those killed in last week's bombing"), so is
one dated four weeks or more before the report (RECALLED_MONTH, `recalled_acts.stale_act`: "the
families of those killed when a car bomb exploded in June"); a headline whose act the body tells
only as recalled, planned, hedged, charged or denied gives no row (HEADLINE_OF_A_DOUBT,
`recalled_acts.doubted_act`); bare death words after a denied act are its deaths (DENIED_DEATHS,
`real_triggers._deaths_of_a_denied_act`); "two years of fighting" is a war's length
(DURATION_OF_FIGHT, `real_triggers.duration_of_fight`); "Patikul, Sulu, Philippines" is one
address, not a list of two towns (ADDRESS_CHAIN, `candidates._address_chain`); a group that fights
itself is both sides (SELF_FIGHT, `self_fights.self_fight_side`, en `actors.self_reference`);
explosives found are disrupted weapons use (EXPLOSIVES_LAID, en `Remote explosive` `=explosives`;
FOUND_BOMB, `trigger_choice.weapon_finds`); an attack and its repulse are one battle (SIDES_SWAPPED,
`same_event._sides_swapped`); a crowd that answers a shooting death has no toll of its own
(DEATH_BY_ITS_OUTCOME, `causes._deaths_a_crowd_answers`); court words, clergy, parts of a year and
illness in the en pack (COURT_CHARGES, CLERGY, YEAR_PARTS, ILLNESS); and the probe reports of
tests/round16_en_probes.py.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from extractors.events import taxonomy as tx
from tests.coding import assert_probe_rows, code_text, only, probe_params
from tests.round16_en_probes import PROBES, PUBLISHED


def _rows(text: str, title: str = "") -> list[tuple[str, int]]:
    return [(m.sub_event_type, m.fatalities) for m in code_text(text, language="en", published=PUBLISHED,
                                                                title=title)]  # fmt: skip


# --------------------------------------------------------------------------- FRONTED_ACT


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("In the attack on Anwase village in Kwande, Benue State, on Monday night, gunmen killed 11 farmers.", 11),
        ("In Sunday's raid on Tungar Kwana in Gusau, Zamfara State, bandits killed six villagers, residents said.", 6),
        ("In a reprisal attack on Monday night, armed men raided Bassa in Plateau State and killed seven people.", 7),
    ],
)  # fmt: skip
def test_the_actor_after_a_fronted_act_did_it(text: str, killed: int) -> None:
    m = only(code_text(text, language="en", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities, m.actor2) == (tx.ATTACK, killed, "Civilians (Nigeria)"), m


def test_an_actor_hit_in_the_fronted_act_stays_hit() -> None:
    text = "In the attack on the army post near Dikwa in Borno State on Monday, six soldiers were killed."
    m = only(code_text(text, language="en", published=PUBLISHED))
    assert m.event_type == tx.BATTLES and "Military Forces of Nigeria" in (m.actor2, m.actor1), m


# --------------------------------------------------------------------------- CIVILIANS_NO_SIDE


def test_civilians_killed_in_an_ambush_were_attacked() -> None:
    text = "Gunmen killed five traders in an ambush on their lorry near Zalingei, Central Darfur, Sudan, on Monday."
    assert _rows(text) == [(tx.ATTACK, 5)]


def test_soldiers_killed_in_an_ambush_fought() -> None:
    text = "Militants killed five soldiers in an ambush on their convoy near Zalingei, Central Darfur, Sudan, on Monday."
    assert _rows(text) == [(tx.ARMED_CLASH, 5)]


# --------------------------------------------------------------------------- RECALLED_GENITIVE, HEADLINE_OF_A_DOUBT


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Mourners bury Gombe blast victims",
         "Hundreds of mourners gathered in Gombe, Nigeria, on Tuesday for the burial of the nine traders who "
         "died in last week's bombing of the motor park."),
        ("Group claims Beledweyne blast",
         "The group said on Tuesday that it carried out last week's bombing at a hotel in Beledweyne, Somalia, "
         "which killed six people."),
        ("Families of Gao market attack victims meet governor",
         "Relatives of the 11 traders killed in last month's attack on the market in Gao, Mali, met the "
         "governor on Tuesday."),
    ],
)  # fmt: skip
def test_an_act_named_by_last_weeks_is_recalled(title: str, text: str) -> None:
    assert _rows(text, title) == []


def test_an_arrest_over_last_weeks_bombing_is_the_days_act() -> None:
    text = (
        "Police arrested three men in Gombe, Nigeria, on Tuesday over last week's bombing of the motor park."
    )
    assert _rows(text) == [(tx.ARRESTS, 0)]


def test_a_rising_toll_of_last_weeks_bombing_keeps_it() -> None:
    text = (
        "The death toll from last week's bombing of the motor park in Gombe, Nigeria, rose to 14 on Tuesday."
    )
    assert _rows(text)


# --------------------------------------------------------------------------- RECALLED_MONTH


def test_an_act_of_months_ago_is_recalled() -> None:
    text = ("The state government said on Tuesday it had paid the families of the eight people killed when a "
            "bomb exploded at a bus station in Kano, Nigeria, in May.")  # fmt: skip
    assert _rows(text, "Kano bus station bombing victims' families paid") == []


def test_an_act_of_this_week_is_not_recalled() -> None:
    text = "Insurgents burned down a school in Mubi, Adamawa State, Nigeria, on Monday, residents said."
    assert _rows(text) == [(tx.LOOTING, 0)]


# --------------------------------------------------------------------------- COURT_CHARGES, HEADLINE_OF_A_DOUBT


def test_men_charged_over_a_kidnapping_tell_no_kidnapping() -> None:
    text = ("Prosecutors in Kaduna, Nigeria, on Tuesday charged four men with taking part in the kidnapping of "
            "30 pupils from a school in 2021. The men pleaded not guilty.")  # fmt: skip
    assert _rows(text, "Four charged over Kaduna school kidnapping") == []


# --------------------------------------------------------------------------- DENIED_DEATHS


def test_deaths_of_a_denied_killing_are_no_event() -> None:
    text = ("The army on Tuesday denied that its troops had killed nine villagers in Sagaing, Myanmar, saying "
            "those who died were rebels.")  # fmt: skip
    assert _rows(text) == []


# --------------------------------------------------------------------------- DURATION_OF_FIGHT


def test_years_of_fighting_are_no_clash() -> None:
    text = ("The army and the rebels signed a ceasefire in Juba, South Sudan, on Tuesday, ending three years of "
            "fighting in Upper Nile.")  # fmt: skip
    assert [s for s, _ in _rows(text)] == [tx.AGREEMENT]


# --------------------------------------------------------------------------- ADDRESS_CHAIN


def test_a_town_written_with_its_province_and_country_is_one_place() -> None:
    text = (
        "Soldiers clashed with Abu Sayyaf militants in Talipao, Sulu, Philippines, on Tuesday, killing two."
    )
    m = only(code_text(text, language="en", published=PUBLISHED))
    assert (m.location, m.fatalities) == ("Talipao", 2)


# --------------------------------------------------------------------------- SELF_FIGHT


def test_a_group_that_fights_itself_is_both_sides() -> None:
    text = "Al-Shabaab fighters clashed among themselves near Bardhere in Gedo, Somalia, on Monday, leaving five dead."
    m = only(code_text(text, language="en", published=PUBLISHED))
    assert (m.sub_event_type, m.actor1, m.actor2) == (tx.ARMED_CLASH, "Al-Shabaab", "Al-Shabaab")


# --------------------------------------------------------------------------- EXPLOSIVES_LAID, FOUND_BOMB


@pytest.mark.parametrize(
    "text",
    [
        "Police found explosives beside two rifles in a house in Quetta, Pakistan, on Tuesday.",
        "Soldiers discovered a sack of explosives and four rifles near a bridge in Mandera, Kenya, on Monday.",
        "Police found a bomb under a parked car in Peshawar, Pakistan, on Tuesday.",
    ],
)
def test_explosives_found_are_disrupted_weapons_use(text: str) -> None:
    assert _rows(text) == [(tx.DISRUPTED, 0)]


def test_bodies_found_after_a_blast_keep_the_blast() -> None:
    text = "Rescuers found three bodies after the explosion at a bus stop in Peshawar, Pakistan, on Tuesday."
    rows = _rows(text)
    assert rows and all(s != tx.DISRUPTED for s, _ in rows), rows


def test_explosives_that_went_off_are_an_explosive_device() -> None:
    text = "Militants detonated explosives under a bridge near Kunduz, Afghanistan, on Monday, killing two guards."
    assert _rows(text) == [(tx.IED, 2)]


# --------------------------------------------------------------------------- SIDES_SWAPPED


def test_an_attack_and_its_repulse_are_one_battle() -> None:
    text = ("Al-Shabaab fighters attacked an army base in Bulo Burde, Hiraan, Somalia, on Monday, killing three "
            "soldiers. Troops repulsed the assault and killed 12 militants, the army said.")  # fmt: skip
    m = only(code_text(text, language="en", published=PUBLISHED))
    assert (m.sub_event_type, m.actor1, m.actor2) == (
        tx.ARMED_CLASH,
        "Al-Shabaab",
        "Military Forces of Somalia",
    )


# --------------------------------------------------------------------------- DEATH_BY_ITS_OUTCOME


def test_a_crowd_that_answers_a_shooting_death_has_no_toll_of_its_own() -> None:
    text = "Angry youths torched a police post in Kisumu, Kenya, on Monday after a student was shot dead."
    assert _rows(text) == [("Violent demonstration", 0)]


# --------------------------------------------------------------------------- CROWD_OF_THE_DAY


def test_a_march_on_an_anniversary_that_demands_something_is_a_protest() -> None:
    text = ("Hundreds of women marched through Bunia, Ituri, Democratic Republic of Congo, on Tuesday to mark "
            "the anniversary of the Djugu massacre and to demand the arrest of its leaders.")  # fmt: skip
    assert _rows(text) == [(tx.PEACEFUL, 0)]


def test_a_march_that_only_remembers_is_no_protest() -> None:
    text = "Thousands marched through Srebrenica on Tuesday to commemorate the anniversary of the massacre."
    assert _rows(text) == []


# --------------------------------------------------------------------------- CLERGY, COURT_CHARGES ("trial of")


def test_a_priest_shot_dead_is_a_victim_counted() -> None:
    text = "Gunmen shot dead a priest in Nsukka, Enugu State, Nigeria, on Sunday night, the diocese said."
    assert _rows(text) == [(tx.ATTACK, 1)]


def test_the_trial_of_bombers_is_no_bombing() -> None:
    text = "The trial of two men accused of the bombing of a bus in Kampala, Uganda, opened on Tuesday."
    assert _rows(text, "Trial of Kampala bus bombing suspects opens") == []


# --------------------------------------------------------------------------- YEAR_PARTS, ILLNESS


def test_a_tally_of_the_first_months_of_the_year_is_no_event() -> None:
    text = ("Gangs killed more than 400 people in Port-au-Prince, Haiti, in the first six months of the year, "
            "a rights group said on Tuesday.")  # fmt: skip
    assert _rows(text) == []


def test_a_death_from_illness_is_no_event() -> None:
    text = "A former militia commander died of illness in Bunia, Democratic Republic of Congo, on Monday, his family said."
    assert _rows(text) == []


# --------------------------------------------------------------------------- the probe reports

KNOWN_MISSES = {
    # a rescue after a gun battle "with the kidnappers": no candidate, on main's code too (not looked into)
    "Police rescued 20 people who had been abducted",
    # "five herders were killed in an ambush": no doer named, so CIVILIANS_NO_SIDE does not read it
    # (a clash's toll of people who died reads the same: "five people died in a clash between two groups")
    "Five herders were killed in an ambush",
    # (round 18 prec: "Kidnappings for ransom rose by a third" fixed by HEADLINE_OF_A_RECALLED_ACT,
    # whose act types and marks keep the shared set's reports; taken off)
    # a funeral of men killed eleven days before: the ambush is dated by its own day (11 days, under
    # RECALLED_MONTH's four weeks), the burial clause has no word the rules read
    "Relatives and comrades on Monday laid to rest",
    # the attack on the herdsman and the clash of the troops with the gunmen hours later are one row:
    # "a herdsman" is no word for a victim (herdsmen are often the attackers in Nigerian copy), so the
    # killing is a bare generic act that joins the clash, and Dargol is not in the gazetteer
    "Unknown gunmen killed a herdsman near Tera",
    # the headline's two clauses ("kill 5 in Kajuru; 3 abducted in Chikun"): Chikun is not in the
    # gazetteer, the abduction takes Kajuru and the toll of the killing
    "Gunmen killed five people in Kajuru",
}


def _known_miss(text: str) -> bool:
    return any(text.startswith(k) for k in KNOWN_MISSES)


@pytest.mark.parametrize(("language", "title", "text", "expected"), probe_params(PROBES, _known_miss))
def test_round16_en_probe_report(language: str, title: str, text: str, expected: list) -> None:
    assert_probe_rows(language, title, text, expected, PUBLISHED)


# the reports read right that still give a row more than they tell (precision: known, listed here)
KNOWN_EXTRA = {
    "Al-Shabaab fighters overran a military base",  # the suicide car bomb that breached the gate: a row
}


def test_round16_en_probes_give_no_extra_rows() -> None:
    extra = []
    for language, title, text, expected in PROBES:
        if _known_miss(text) or any(text.startswith(k) for k in KNOWN_EXTRA):
            continue
        got = code_text(text, language=language, published=PUBLISHED, title=title)
        if len(got) > len(expected) and (expected or got):
            extra.append((title, [(m.sub_event_type, m.fatalities) for m in got]))
    assert not extra, extra


# --------------------------------------------------------------------------- security personnel (lead, after the merges)


@pytest.mark.parametrize(
    "text",
    [
        "Four Maoists died in an encounter with security personnel in a forest in Sukma district, India, on Monday.",
        "Gunmen attacked security men guarding a bank in Owerri, Nigeria, on Monday, killing two of them.",
    ],
)  # fmt: skip
def test_security_personnel_and_security_men_are_the_state_forces(text: str) -> None:
    # en state_forces: "security personnel" (South Asian copy) and "security men" (West African copy)
    # are the state's forces, so the fight has its armed side; before, no row
    rows = code_text(text, language="en", published=PUBLISHED)
    assert [(m.sub_event_type, m.fatalities) for m in rows] == [
        ("Armed clash", 4 if "Maoists" in text else 2)
    ]
    assert rows[0].actor2.startswith("Military Forces of")
