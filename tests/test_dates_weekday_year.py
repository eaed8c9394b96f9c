"""WEEKDAY_PINS_YEAR (`article_dates.weekday_pinned_date`): a report that states no year and has no date of
its own takes the year a weekday written beside its day and month pins, read back from the day the
page was fetched."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from extractors.events import code_events
from extractors.events.article_dates import weekday_pinned_date
from extractors.models import Article

FETCHED = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("es", "La marcha del lunes 3 de mayo terminó con decenas de heridos.", date(2021, 5, 3)),
        ("en", "Police fired tear gas on Thursday, 5 June, outside the court.", date(2025, 6, 5)),
        ("fr", "Le samedi 14 mars, des hommes armés ont attaqué le marché.", date(2026, 3, 14)),
        ("pt", "Na quarta-feira, 24 de março, o grupo armado atacou a vila.", date(2021, 3, 24)),
        ("ru", "В четверг, 5 июня, боевики атаковали село.", date(2025, 6, 5)),
    ],
)
def test_a_weekday_beside_its_date_pins_the_latest_year_it_fits(language, text, day):
    assert day.weekday() == weekday_pinned_date([text], language, FETCHED).weekday()
    assert weekday_pinned_date([text], language, FETCHED) == day


def test_no_pin_without_a_weekday_or_when_a_year_is_stated():
    assert weekday_pinned_date(["Police fired tear gas on 5 June."], "en", FETCHED) is None
    # the stated year is `latest_stated_date`'s to read, whatever weekday it gives
    assert weekday_pinned_date(["On Thursday, 5 June 2025, police fired."], "en", FETCHED) is None
    assert weekday_pinned_date(["Police fired tear gas on Thursday."], "en", FETCHED) is None


def test_the_pinned_day_is_never_after_the_fetch():
    # 1 December 2026 is a Tuesday, after a fetch on 30 November: the one before is 2020's
    assert weekday_pinned_date(
        ["El martes 1 de diciembre hubo disturbios."], "es", date(2026, 11, 30)
    ) == date(2020, 12, 1)


def _undated(text: str, language: str, fetched: datetime | None) -> Article:
    return Article(url="http://example.test/u", canonical_url="http://example.test/u", title="", text=text,
                   published_at=None, language=language, page_dated=False, fetched_at=fetched)  # fmt: skip


def test_an_undated_report_is_dated_through_the_pinned_year():
    text = "El sábado 8 de mayo, hombres armados mataron a cuatro campesinos en la vereda La Esperanza, en Tumaco."
    fetched = datetime(2026, 12, 3, 8, tzinfo=UTC)
    rows = code_events(_undated(text, "es", fetched))
    assert rows and {r.event_date for r in rows} == {date(2021, 5, 8)}
    # without a fetch day there is nothing to read the year back from
    assert all(r.event_date != date(2021, 5, 8) for r in code_events(_undated(text, "es", None)))
