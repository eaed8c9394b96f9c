"""A weekday and a calendar date naming the same day are one day (`dates._weekday_with_its_date`,
`dates.WEEKDAY_ANCHORS`): written together they are one expression with the date's value, and the
text's other bare mentions of that weekday are that day too, even read from a page dated a week
later (a Friday: the bare Thursday alone would be the day before)."""

from datetime import date

import pytest
from coding import code_text, only

from extractors.events.dates import find_dates

LATE_FRIDAY = date(2025, 6, 13)  # a week and a day after Thursday 5 June 2025
THURSDAY = date(2025, 6, 5)


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("en", "Rebels shelled the market on Thursday, June 5, residents said.", "Thursday, June 5"),
        ("en", "Rebels shelled the market on 5 June (Thursday), residents said.", "5 June (Thursday"),
        ("fr", "Les rebelles ont bombardé le marché jeudi 5 juin, selon des habitants.", "jeudi 5 juin"),
        (
            "es",
            "Los rebeldes bombardearon el mercado el jueves 5 de junio, según vecinos.",
            "jueves 5 de junio",
        ),
        ("de", "Rebellen beschossen am Donnerstag, dem 5. Juni, den Markt.", "Donnerstag, dem 5. Juni"),
        ("id", "Pemberontak menembaki pasar pada Kamis (5/6/2025), kata warga.", "Kamis (5/6/2025"),
    ],
)
def test_a_weekday_beside_its_date_is_one_expression_with_the_dates_day(language, text, said):
    days = find_dates(text, LATE_FRIDAY, language)
    assert [(d.text, d.value) for d in days] == [(said, THURSDAY)]


def test_a_weekday_beside_another_weekdays_date_with_a_word_between_stays_apart():
    # 6 June 2025 is a Friday: "Thursday and 6 June" are two days
    days = find_dates("Rebels shelled the market on Thursday and 6 June.", LATE_FRIDAY, "en")
    assert [d.value for d in days] == [date(2025, 6, 12), date(2025, 6, 6)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On Thursday, June 5, gunmen killed four traders at the cattle market of Dogo, Plateau state. "
               "A herder said the gunmen who attacked Dogo on Thursday also burned ten shops."),
        ("fr", "Jeudi 5 juin, des hommes armés ont tué quatre commerçants au marché de Djibo. "
               "Selon un éleveur, les assaillants de jeudi ont aussi incendié dix boutiques à Djibo."),
        ("es", "El jueves 5 de junio, hombres armados mataron a cuatro comerciantes en el mercado de Tumaco. "
               "Según un vecino, los atacantes del jueves también incendiaron diez tiendas en Tumaco."),
    ],
)  # fmt: skip
def test_a_bare_weekday_elsewhere_in_the_text_is_the_day_the_text_dated_it(language, text):
    # before: a second killing a week later (the Thursday before the page's Friday)
    rows = code_text(text, language=language, published=LATE_FRIDAY.isoformat())
    assert {m.event_date for m in rows} == {THURSDAY}
    assert only([m for m in rows if m.event_type == "Violence against civilians"]).fatalities == 4


def test_a_date_of_that_weekday_not_written_with_it_anchors_nothing():
    # 29 May 2025 is a Thursday too, but the text never calls it one: "Thursday" is the day before
    text = ("Gunmen killed four traders at the cattle market of Dogo, Plateau state, on Thursday. "
            "Traders had come back to the market on 29 May.")  # fmt: skip
    rows = code_text(text, language="en", published="2025-06-06")
    assert only([m for m in rows if m.event_type == "Violence against civilians"]).event_date == THURSDAY
