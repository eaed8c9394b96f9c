"""Round 14 type rules for Protests, Riots and Strategic developments, on short reports written for
these tests (invented incidents; real places): a place taken with no fight is a non-violent transfer
even after a capture word of force (UNOPPOSED_TAKEOVER), arsonists are no crowd (ARSONISTS_NO_CROWD),
an armed gang counted before its looting did it (LOOTER_SUBJECT), villagers or a crowd beating
counted people to death are a mob (MOB_VICTIMS_COUNTED, "a crowd"), and the probe reports of
tests/round14_types_probes.py. Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import code_text, only
from tests.round14_types_probes import PROBES, PUBLISHED

TRANSFER = ("Strategic developments", "Non-violent transfer of territory")

# ---------------------------------------------------------------- UNOPPOSED_TAKEOVER


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Somali troops retook the town of Beledweyne on Saturday after al-Shabaab fighters pulled out "
               "overnight without a fight."),
        ("en", "The army recaptured the town of Bama on Tuesday without firing a shot after the insurgents fled."),
        ("fr", "Les soldats ont repris samedi la ville de Ménaka sans tirer un coup de feu, après le départ des "
               "jihadistes."),
        ("fr", "Les jihadistes ont reconquis la ville de Léré sans combat jeudi après le départ des soldats."),
        ("es", "El ejército retomó el control de la ciudad de Tumaco el martes sin combates, tras la retirada de "
               "la guerrilla."),
        ("es", "Las tropas entraron el lunes en la ciudad de Gao sin disparar un solo tiro tras la huida de los "
               "rebeldes."),
    ],
)  # fmt: skip
def test_a_place_retaken_with_no_fight_is_a_non_violent_transfer(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.event_type, m.sub_event_type) == TRANSFER


def test_a_negation_inside_the_no_fight_words_negates_no_capture() -> None:
    # verb-final German: "ohne" (without) comes before the capture word it does not negate
    text = "Rebellen haben am Montag die Stadt Goma ohne Widerstand eingenommen, nachdem die Soldaten geflohen waren."
    m = only(code_text(text, language="de", published=PUBLISHED))
    assert (m.event_type, m.sub_event_type) == TRANSFER


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Troops recaptured the town of Mueda on Monday after heavy fighting with insurgents."),
        # the no-fight words are about the withdrawal; the capture's own sentence tells of shelling
        ("en", "The army retook Bama on Tuesday without a fight after shelling the insurgents' positions for "
               "two days."),
        ("fr", "L'armée a repris jeudi le contrôle de la ville de Goma après de violents combats contre les "
               "rebelles."),
    ],
)  # fmt: skip
def test_a_place_retaken_by_fighting_stays_a_battle(language: str, text: str) -> None:
    subs = [m.sub_event_type for m in code_text(text, language=language, published=PUBLISHED)]
    assert "Government regains territory" in subs and TRANSFER[1] not in subs, subs


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Army retakes Bulo Burde",
         "Somali troops retook the town of Bulo Burde in Hiiraan region on Tuesday. Al-Shabaab fighters had "
         "left the town overnight and the soldiers met no resistance, a local elder said."),
        ("Army recaptures Bulo Burde without a fight",
         "Somali troops recaptured the town of Bulo Burde in Hiiraan region on Tuesday, a local elder said."),
    ],
)  # fmt: skip
def test_no_fight_told_next_to_the_capture_or_in_the_headline_makes_it_a_transfer(
    title: str, text: str
) -> None:
    subs = {m.sub_event_type for m in code_text(text, language="en", published=PUBLISHED, title=title)}
    assert subs == {TRANSFER[1]}


def test_no_fight_told_next_to_a_capture_after_fighting_keeps_the_battle() -> None:
    text = ("Somali troops retook the town of Bulo Burde in Hiiraan region on Tuesday after heavy fighting. "
            "Further north, the soldiers met no resistance.")  # fmt: skip
    subs = {m.sub_event_type for m in code_text(text, language="en", published=PUBLISHED)}
    assert TRANSFER[1] not in subs and "Government regains territory" in subs, subs


# ---------------------------------------------------------------- ARSONISTS_NO_CROWD


@pytest.mark.parametrize(
    "text",
    [
        "Unknown arsonists set fire to a school in Bamenda on Sunday night.",
        "An arsonist set fire to a mosque in Kaduna on Friday.",
    ],
)
def test_arsonists_are_no_rioters(text: str) -> None:
    m = only(code_text(text, language="en", published=PUBLISHED))
    assert (m.event_type, m.sub_event_type) == ("Strategic developments", "Looting/property destruction")
    assert m.actor1_kind != "rioters"


def test_rioters_setting_fire_still_riot() -> None:
    m = only(
        code_text(
            "Rioters set fire to a police station in Kano on Monday.", language="en", published=PUBLISHED
        )
    )
    assert (m.event_type, m.sub_event_type) == ("Riots", "Violent demonstration")


# ---------------------------------------------------------------- LOOTER_SUBJECT


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        ("en", "An armed gang looted shops in the village of Gidan Goga in Zamfara on Monday.", "Militia"),
        ("en", "A criminal gang looted and burned houses in Kisumu on Sunday.", "Militia"),
        ("es", "Una banda armada saqueó varias tiendas el lunes en Tumaco.", "Unidentified Armed Group"),
    ],
)  # fmt: skip
def test_an_armed_actor_counted_by_a_word_for_one_did_the_looting(
    language: str, text: str, group: str
) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert m.sub_event_type == "Looting/property destruction"
    assert m.actor1.startswith(group) and m.actor2 == ""


# ---------------------------------------------------------------- ARMED_DESTRUCTION


@pytest.mark.parametrize("doer", ["Gunmen", "Arsonists"])
def test_armed_men_burning_an_election_office_is_an_event(doer: str) -> None:
    text = f"{doer} burned down the offices of the electoral commission in Bauchi on Tuesday."
    m = only(code_text(text, language="en", published=PUBLISHED, title="Electoral commission office burned"))
    assert m.sub_event_type == "Looting/property destruction"


def test_a_fire_at_an_election_office_with_no_doer_is_no_event() -> None:
    text = "A fire burned down the offices of the electoral commission in Bauchi on Tuesday."
    assert code_text(text, language="en", published=PUBLISHED) == []


# ---------------------------------------------------------------- mobs


@pytest.mark.parametrize(
    "text",
    [
        # MOB_VICTIMS_COUNTED: "beat ... to death" with the victims counted in between
        "Villagers beat two suspected cattle thieves to death in Kisumu on Monday.",
        # "a crowd": the article counts no one, the crowd is the doer
        "A crowd attacked and burned the homes of two families accused of witchcraft in Mwanza on Tuesday.",
    ],
)
def test_people_who_beat_or_burn_with_no_demonstration_are_a_mob(text: str) -> None:
    m = only(code_text(text, language="en", published=PUBLISHED))
    assert (m.event_type, m.sub_event_type) == ("Riots", "Mob violence")
    assert m.actor1.startswith("Rioters")


def test_a_crowd_met_with_tear_gas_is_still_a_protest() -> None:
    text = ("Police fired tear gas at the crowd that had gathered outside parliament in Nairobi on Tuesday to "
            "protest against the finance bill.")  # fmt: skip
    m = only(code_text(text, language="en", published=PUBLISHED))
    assert (m.event_type, m.sub_event_type) == ("Protests", "Protest with intervention")


# ---------------------------------------------------------------- the probe reports


@pytest.mark.parametrize(("language", "expected", "text"), PROBES)
def test_round14_types_probe_report(language: str, expected: str | None, text: str) -> None:
    got = [m.sub_event_type for m in code_text(text, language=language, published=PUBLISHED)]
    assert got == ([] if expected is None else [expected]), got
