"""A raid by the state's forces that ends in arrests is one event, ACLED's arrests (RAID_ARRESTS,
`extractors.events.raids`): the arrests told after the raid take its day, place and doer, and the raid
gives no row of its own. Every sentence here is written for these tests (invented incidents; real places)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coding import code_text, only

ARRESTS = ("Strategic developments", "Arrests")


@pytest.mark.parametrize(
    ("language", "text", "place", "doer"),
    [
        ("en", "Police stormed a house in Peshawar on Tuesday. They arrested two suspects during the raid.",
         "Peshawar", "Police Forces of Pakistan"),
        ("ar", "اقتحمت قوات الاحتلال الإسرائيلي مخيم بلاطة شرق نابلس فجر الثلاثاء. واعتقلت القوات خلال "
               "الاقتحام ثلاثة شبان بعد مداهمة منازلهم.", "Nablus", "Military Forces of Israel"),
    ],
)  # fmt: skip
def test_arrests_told_after_a_raid_take_its_day_place_and_doer(language, text, place, doer):
    m = only(code_text(text, language=language, published="2025-05-14"))
    assert (m.event_type, m.sub_event_type) == ARRESTS
    assert m.location == place and m.event_date == date(2025, 5, 13) and m.actor1 == doer


def test_a_deadly_raid_is_no_quiet_raid():
    text = "Soldiers raided a village near Mopti on Tuesday, killing two men."
    m = only(code_text(text, language="en", published="2025-05-14"))
    assert m.event_type == "Violence against civilians" and m.fatalities == 2


def test_arrests_elsewhere_keep_their_own_place():
    text = "Police raided a market in Peshawar on Tuesday. On Wednesday police arrested two men in Mardan."
    mentions = code_text(text, language="en", published="2025-05-16")
    arrest = next(m for m in mentions if (m.event_type, m.sub_event_type) == ARRESTS)
    assert arrest.location == "Mardan" and arrest.event_date == date(2025, 5, 14)
