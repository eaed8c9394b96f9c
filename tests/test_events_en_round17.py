"""Round 17 English coder (en): weapons bought or sold are no act (WEAPON_TRADED), and the probe
reports of tests/round17_en_probes.py (actors named by group, faction, community or unit; two or
three acts in one report; a battle's dead given for both sides).

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import code_text, only

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
