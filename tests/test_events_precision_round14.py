"""Round 14 precision rules (rows that match no event of the report): a weapon laid and not set off
is no explosion (WEAPON_LAID, pack key `weapon_layings`), a night word before a calendar date is
that date's night, not last night (NIGHT_OF_A_DATE: one event, not two days of it), homes burned in
the clause of a killing are part of the killing (BURNING_THAT_KILLED: one attack row with its dead,
not a property-destruction row without them); and the probe reports of tests/round14_prec_probes.py
(the same event told twice, a past event as context, a threat, a denial, a running toll, a trial,
a funeral, an anniversary: no extra row); a threat phrase with a day inside it is still a threat
(GAPPED_OVER_A_DAY, `modality._a_date_word`; French `menacer __ de`); an act "a year after" which
the report is told is a time mark (the en pack's `recalled`).

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.events import taxonomy as tx
from extractors.events.dates import find_dates
from tests.coding import code_text, only
from tests.round14_prec_probes import PROBES, PUBLISHED

# --------------------------------------------------------------------------- WEAPON_LAID


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Before they left, the fighters planted explosive devices on the roads leading to Djibo."),
        ("en", "The militants laid landmines along the track to Kidal to slow the troops."),
        ("fr", "Les assaillants ont posé des engins explosifs sur les pistes autour de Djibo."),
        ("es", "Los guerrilleros sembraron minas antipersonal en los caminos cerca de Tame."),
        ("pt", "Os insurgentes colocaram engenhos explosivos nas estradas perto de Mueda."),
    ],
)  # fmt: skip
def test_a_weapon_only_laid_is_no_explosion(language: str, text: str) -> None:
    rows = code_text(text, language=language, published=PUBLISHED)
    assert not [m for m in rows if m.event_type == tx.EXPLOSIONS], rows


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("en", "A roadside bomb the militants planted near Djibo killed three soldiers on Monday.", 3),
        ("en", "Fighters planted explosive devices on the road to Djibo, which exploded under an army truck on Monday.", None),
        ("fr", "Un engin explosif posé sur la route de Djibo a tué trois soldats lundi.", 3),
    ],
)  # fmt: skip
def test_a_laid_weapon_that_went_off_or_killed_is_an_explosion(
    language: str, text: str, killed: int | None
) -> None:
    rows = [
        m for m in code_text(text, language=language, published=PUBLISHED) if m.event_type == tx.EXPLOSIONS
    ]
    assert rows, "the blast is an event"
    if killed is not None:
        assert rows[0].fatalities == killed


def test_the_raid_before_the_laid_mines_keeps_its_own_type_and_dead() -> None:
    text = ("Jihadist fighters raided the village of Dori in Burkina Faso on Sunday, killing seven civilians. "
            "To stop the soldiers who came after them, they planted explosive devices on the roads.")  # fmt: skip
    m = only(code_text(text, language="en", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == (tx.ATTACK, 7)


# --------------------------------------------------------------------------- NIGHT_OF_A_DATE


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("en", "Seven people were killed during the night of 3 May near Jos.", date(2025, 5, 3)),
        ("es", "Un guardia murió en la noche del pasado lunes 5 de mayo en Guayaquil.", date(2025, 5, 5)),
        ("es", "Dos choferes murieron en la noche del 3 de mayo en Guayaquil.", date(2025, 5, 3)),
        ("fr", "Trois civils ont été tués dans la nuit du 3 mai à Kaya.", date(2025, 5, 3)),
    ],
)  # fmt: skip
def test_a_night_word_before_a_date_is_that_dates_night(language: str, text: str, day: date) -> None:
    assert [d.value for d in find_dates(text, date(2025, 5, 14), language)] == [day]


def test_a_night_word_in_another_phrase_keeps_its_own_day() -> None:
    found = find_dates("Gunmen raided the village overnight; on 3 May the army arrived.", date(2025, 5, 14))
    assert [d.value for d in found] == [date(2025, 5, 13), date(2025, 5, 3)]


def test_one_night_told_twice_by_its_date_is_one_event() -> None:
    text = ("Cinco personas murieron en la noche del 5 de mayo en Guayaquil, Ecuador, cuando vecinos "
            "enfurecidos quemaron una comisaría. Un taxista murió en la noche del pasado lunes 5 de mayo "
            "frente al mercado central, informó la fiscalía.")  # fmt: skip
    rows = code_text(text, language="es", published="2025-05-27")
    assert {m.event_date for m in rows} == {date(2025, 5, 5)}, rows


# --------------------------------------------------------------------------- BURNING_THAT_KILLED


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("en", "Gunmen killed four farmers in the village of Mangu, in Nigeria's Plateau state, on Sunday "
               "night and set fire to 30 homes, residents said.", 4),
        ("en", "Bandits killed six villagers and burned down dozens of houses in Zamfara state, Nigeria, on Monday.", 6),
    ],
)  # fmt: skip
def test_homes_burned_in_a_killing_are_part_of_the_attack(language: str, text: str, killed: int) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.event_type, m.fatalities) == (tx.VIOLENCE_AGAINST_CIVILIANS, killed)


# --------------------------------------------------------------------------- GAPPED_OVER_A_DAY


def test_a_threat_with_its_day_inside_is_still_a_threat() -> None:
    # "menacer __ de": the day between the threat and its "de" is a date's word, the phrase a threat
    text = "Les rebelles ont menacé mardi de s'emparer de Bunia, en Ituri, a déclaré leur porte-parole."
    assert code_text(text, language="fr", published=PUBLISHED) == []


def test_a_month_name_alone_is_still_no_hedge() -> None:
    text = "Gunmen killed five villagers in Zamfara state, Nigeria, on 3 May, police said."
    m = only(code_text(text, language="en", published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities, m.event_date) == (tx.ATTACK, 5, date(2025, 5, 3))


# --------------------------------------------------------------------------- a year after (recalled)


def test_the_act_a_year_after_which_the_report_is_told_is_no_event() -> None:
    text = ("A year after soldiers shot dead 30 protesters in Conakry, Guinea, a few families laid flowers "
            "at the roundabout on Tuesday.")  # fmt: skip
    assert code_text(text, language="en", published=PUBLISHED) == []


# --------------------------------------------------------------------------- probes


@pytest.mark.parametrize(("language", "title", "text", "expected"), PROBES)
def test_round14_precision_probe_report(language: str, title: str, text: str, expected: list) -> None:
    got = sorted((m.sub_event_type, m.fatalities) for m in code_text(text, language=language, published=PUBLISHED,
                                                                      title=title))  # fmt: skip
    assert len(got) == len(expected), got
    for sub_event_type, fatalities in expected:
        assert any(g == sub_event_type and (fatalities is None or f == fatalities) for g, f in got), got
