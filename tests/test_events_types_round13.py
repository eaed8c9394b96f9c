"""Round 13 type rules for Protests and Strategic developments, on short reports written for these
tests (invented incidents; real places): an agreement that is no conflict's deal gives no row
(CONFLICT_AGREEMENT), a crowd at a match or a concert that only marches, gathers or stops work is
no protest (OCCASION_CROWD), an arrest over an ordinary crime is no event (ORDINARY_CRIME), control handed over is a non-violent transfer in English and Russian,
and an armed faction is an armed side. Every sentence here is written for these tests (no
evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import code_text, only

DAY = "2025-05-16"

# ---------------------------------------------------------------- CONFLICT_AGREEMENT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Two mining companies signed an agreement in Lusaka on Tuesday to build a new smelter."),
        ("en", "The two ministries reached a deal in Nairobi on Monday on school fees."),
        ("fr", "Les deux entreprises ont signé mardi un accord à Dakar pour construire une usine."),
        ("es", "Las dos empresas firmaron el jueves un acuerdo en Bogotá para construir una planta."),
    ],
)  # fmt: skip
def test_an_agreement_of_no_conflict_gives_no_row(language, text):
    assert code_text(text, language=language, published=DAY) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The government and the rebels signed a ceasefire agreement in Juba on Tuesday."),
        ("en", "The two parties reached an agreement in Aden on Monday to exchange prisoners."),
        # no conflict word in the clause, but the report names an armed side
        ("en", "The army and the militia signed an agreement in Tripoli on Sunday."),
        ("fr", "Le gouvernement et les groupes armés ont signé mardi un accord de paix à Bangui."),
        ("es", "El gobierno y la guerrilla firmaron el jueves un acuerdo de alto el fuego en Bogotá."),
    ],
)  # fmt: skip
def test_a_conflict_agreement_stays(language, text):
    m = only(code_text(text, language=language, published=DAY))
    assert (m.event_type, m.sub_event_type) == ("Strategic developments", "Agreement")


# ---------------------------------------------------------------- OCCASION_CROWD


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Fans marched to the stadium in Nairobi on Sunday ahead of the derby."),
        ("en", "Footballers of the national team went on strike in Accra on Monday over unpaid bonuses."),
        ("en", "Thousands of fans gathered in Lagos on Saturday to watch the cup final on giant screens."),
    ],
)  # fmt: skip
def test_a_crowd_at_an_occasion_is_no_protest(language, text):
    assert code_text(text, language=language, published=DAY) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Opposition supporters marched in Lusaka on Tuesday to denounce the election results."),
        ("en", "Hundreds of fans gathered outside the stadium in Nairobi on Sunday demanding the "
               "resignation of the football federation's president."),
        ("en", "Supporters of the losing candidate protested in Harare on Monday after the vote count."),
    ],
)  # fmt: skip
def test_a_crowd_with_a_grievance_in_such_a_report_protests(language, text):
    m = only(code_text(text, language=language, published=DAY))
    assert (m.event_type, m.sub_event_type) == ("Protests", "Peaceful protest")


def test_a_march_in_a_report_about_no_occasion_is_still_a_protest():
    m = only(code_text("Hundreds of nurses marched through Lusaka on Tuesday.", language="en", published=DAY))
    assert m.event_type == "Protests"


# ---------------------------------------------------------------- transfer words


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The militia handed control of the airport in Tripoli to government forces on Wednesday."),
        ("ru", "В среду боевики передали город Рутшуру под контроль региональных сил."),
    ],
)  # fmt: skip
def test_control_handed_over_is_a_non_violent_transfer(language, text):
    m = only(code_text(text, language=language, published=DAY))
    assert (m.event_type, m.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")


def test_an_armed_faction_is_an_armed_side_of_a_merger():
    m = only(code_text("Two armed factions merged on Tuesday to form a new coalition in northern Mali.",
                       language="en", published=DAY))  # fmt: skip
    assert (m.event_type, m.sub_event_type) == ("Strategic developments", "Change to group/activity")
    assert code_text("Two banks merged on Tuesday to form a new group in Bamako.", language="en",
                     published=DAY) == []  # fmt: skip


# ---------------------------------------------------------------- ORDINARY_CRIME


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Police arrested two men for theft in Kisumu on Saturday."),
        ("en", "A shopkeeper was detained in Kampala on Monday on suspicion of fraud."),
        ("fr", "La police a interpellé lundi deux hommes pour vol de voiture à Abidjan."),
        ("es", "La policía detuvo el martes a dos hombres por hurto en Quito."),
    ],
)  # fmt: skip
def test_an_arrest_over_an_ordinary_crime_is_no_event(language, text):
    assert code_text(text, language=language, published=DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers arrested five suspected rebels near Beni on Thursday over the theft of army rifles.",
        "Police arrested two militants in Peshawar on Friday over a fraud that funded attacks.",
    ],
)
def test_an_armed_group_arrested_over_a_crime_stays_an_arrest(text):
    rows = code_text(text, language="en", published=DAY)
    assert ("Strategic developments", "Arrests") in [(m.event_type, m.sub_event_type) for m in rows]


# ---------------------------------------------------------------- CAPTURED_FIGHTERS


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Soldiers captured 12 suspected Boko Haram fighters near Maiduguri on Monday."),
        ("es", "Militares capturaron el domingo a tres presuntos guerrilleros del ELN en Cúcuta."),
    ],
)  # fmt: skip
def test_counted_fighters_captured_are_arrested(language, text):
    m = only(code_text(text, language=language, published=DAY))
    assert (m.event_type, m.sub_event_type) == ("Strategic developments", "Arrests")
    assert m.actor1.startswith("Military Forces of")


def test_a_town_captured_stays_a_place_taken():
    m = only(code_text("Al-Shabaab fighters captured the town of Bulo Burde on Tuesday.", language="en",
                       published=DAY))  # fmt: skip
    assert m.sub_event_type != "Arrests"
