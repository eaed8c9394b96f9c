"""Round 12 type rules, on short reports written for these tests (invented incidents; real places):
a habit word that qualifies what a crowd is against is no habit of the protest, and a list member the
gazetteer lacks, said to lie in a known town, is a place of its own. Every sentence here is written
for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import code_text, only

# ---------------------------------------------------------------- HABIT_OF_ITS_OBJECT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Residents of Mbale blocked the main highway on Thursday to protest against frequent power cuts."),
        ("en", "Traders marched in Kumasi on Monday against repeated police extortion."),
        ("fr", "Des habitants de Kindu ont manifesté lundi contre les coupures fréquentes d'électricité."),
    ],
)  # fmt: skip
def test_a_habit_of_what_the_crowd_is_against_leaves_its_protest_real(language, text):
    m = only(code_text(text, language=language, published="2025-05-16"))
    assert (m.event_type, m.sub_event_type) == ("Protests", "Peaceful protest")


def test_a_habit_right_after_the_act_is_still_no_event():
    assert (
        code_text("Protests persist against the new tax in Kumasi.", language="en", published="2025-05-16")
        == []
    )
    assert code_text(
        "Protests broke out against the new tax in Kumasi.", language="en", published="2025-05-16"
    )


# ---------------------------------------------------------------- UNNAMED_MEMBER


def test_a_list_member_the_gazetteer_lacks_is_placed_by_its_town():
    rows = code_text("Riots broke out on Tuesday in Gulu, Kasubi Ward in Kitgum and Lira.", language="en",
                     published="2025-05-16")  # fmt: skip
    assert [m.location for m in rows] == ["Gulu", "Kasubi Ward", "Lira"]
    kitgum = only(code_text("Riots broke out on Tuesday in Kitgum.", language="en", published="2025-05-16"))
    assert (rows[1].latitude, rows[1].longitude) == (kitgum.latitude, kitgum.longitude)
    assert rows[1].admin1 == kitgum.admin1


def test_a_town_where_a_known_member_lies_stays_no_member():
    rows = code_text("Riots broke out on Tuesday in Gulu, and in Bardege in Gulu.", language="en",
                     published="2025-05-16")  # fmt: skip
    assert "Kitgum" not in [m.location for m in rows]
    rows = code_text("Riots broke out on Tuesday in Lira and in Kitgum, in northern Uganda.", language="en",
                     published="2025-05-16")  # fmt: skip
    assert sorted(m.location for m in rows) == ["Kitgum", "Lira"]
