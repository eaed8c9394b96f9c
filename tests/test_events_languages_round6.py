"""Round 6 language rules: undated pages read from the latest day their text states, reports of
one story dated by its dated reports, and vocabulary met in many newsrooms' wording.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from extractors.events import code_events
from extractors.models import Article


def _feed_dated(text: str, language: str, feed_day: str, page_dated: bool = False) -> Article:
    when = datetime.fromisoformat(feed_day).replace(tzinfo=UTC)
    return Article(url="http://example.test/a", canonical_url="http://example.test/a", title="", text=text,
                   published_at=when, language=language, page_dated=page_dated)  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        (
            "en",
            "On 14 March 2022, gunmen killed six villagers in Tambeke, Borno state, on Monday.",
            date(2022, 3, 14),
        ),
        (
            "fr",
            "Le 14 mars 2022, des hommes armés ont tué six villageois à Tambeke, dans l'État de Borno.",
            date(2022, 3, 14),
        ),
        (
            "es",
            "El 14 de marzo de 2022, hombres armados mataron a seis campesinos en Tambeke, estado de Borno.",
            date(2022, 3, 14),
        ),
    ],
)
def test_an_undated_page_is_read_from_the_latest_day_its_text_states_after_its_feed_date(
    language: str, text: str, day: date
) -> None:
    # the page has no date of its own; its feed gives an older (default) one
    rows = code_events(_feed_dated(text, language, "2020-01-01"))
    assert rows and rows[0].event_date == day


def test_a_dated_page_keeps_its_own_date_whatever_its_text_states() -> None:
    text = (
        "Gunmen killed six villagers in Tambeke, Borno state, on Monday, weeks after the 14 March 2022 raid."
    )
    rows = code_events(_feed_dated(text, "en", "2020-01-06", page_dated=True))
    assert rows and rows[0].event_date == date(2020, 1, 6)
