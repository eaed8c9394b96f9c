"""OWN_KEYS: a pack's `own_keys` forms are their own match key, so a word whose stem is an unrelated
word's stops matching that word's phrases (Arabic "يشتبه", suspected, and "اشتباك", clash, both stem to
one key). Every sentence here is written for these tests (invented incidents; real places)."""

from __future__ import annotations

from extractors.events.lexicon import load_pack
from extractors.events.reading import read
from tests.coding import code_text


def _battles(text: str) -> list:
    return read(text, "ar").hits("triggers.Battles")


def test_suspect_forms_are_not_the_clash_key():
    pack = load_pack("ar")
    assert pack is not None
    clash = pack._word_key("اشتباك")[1]
    for word in ("يشتبه", "ويشتبه", "اشتبه", "الاشتباه"):
        assert pack._word_key(word)[1] != clash
    for word in ("اشتبك", "واشتبك", "اشتباكات"):  # the clash words keep their stem and clitic forms
        assert pack._word_key(word)[1] == clash


def test_suspected_is_no_clash_word():
    assert not _battles("اشتبه سكان في بعقوبة يوم الأحد برجل غريب وسلموه للشرطة.")
    assert not _battles("عثرت الشرطة على جثة رجل في سامراء، ويشتبه في أنه غرق.")
    assert _battles("واشتبك مسلحون مع قوات الجيش في بعقوبة يوم الأحد.")


def test_a_suspicion_gives_no_clash_or_riot_row():
    mentions = code_text("اشتبه سكان في بعقوبة يوم الأحد برجل غريب وسلموه للشرطة.", language="ar",
                         published="2025-05-12")  # fmt: skip
    assert not [m for m in mentions if m.event_type in ("Battles", "Riots")]


def test_an_arrest_of_a_suspect_is_one_arrests_row():
    text = "اعتقلت الشرطة العراقية يوم الأحد في الموصل رجلا يشتبه في انتمائه إلى تنظيم داعش."
    mentions = code_text(text, language="ar", published="2025-05-12")
    assert [(m.event_type, m.sub_event_type) for m in mentions] == [("Strategic developments", "Arrests")]
