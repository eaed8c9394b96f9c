"""Round 18, the lead's mends at the merge (issue 13): BURIED_AFTER_ITS_DEAD (`funerals`) and the
German dative forms of "last week" (de pack `relative_dates.last_week`). Every sentence here is
written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import code_text

PUBLISHED = "2026-03-18"  # a Wednesday


def _rows(text: str, language: str) -> list[tuple[str, int | None, str]]:
    return [(m.sub_event_type, m.fatalities, str(m.event_date)) for m in code_text(text, language=language,
                                                                               published=PUBLISHED)]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "In Offenbach sind am Mittwoch die vier Todesopfer des Messerangriffs von vergangener Woche beigesetzt worden."),
        ("en", "The four victims of last week's knife attack in Leeds were laid to rest on Wednesday."),
        ("en", "The four victims of the March 2 attack in Leeds were laid to rest on Wednesday."),
    ],
)  # fmt: skip
def test_a_burial_told_after_its_old_dead_is_no_new_act(language: str, text: str) -> None:
    assert _rows(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gunmen attacked a funeral in Kaya on Tuesday, killing three mourners."),
        ("en", "On Tuesday gunmen killed three mourners at a funeral in Kaya."),
    ],
)  # fmt: skip
def test_an_act_at_the_funeral_stays(language: str, text: str) -> None:
    assert [(s, f) for s, f, _ in _rows(text, language)] == [("Attack", 3)]


def test_the_german_dative_last_week_dates_the_act_to_its_week() -> None:
    rows = _rows(
        "Bei dem Messerangriff von vergangener Woche in Offenbach waren drei Menschen getötet worden.", "de"
    )
    assert [(s, f, d) for s, f, d in rows] == [("Attack", 3, "2026-03-11")]
