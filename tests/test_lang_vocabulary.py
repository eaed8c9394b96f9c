"""Each pack knows how its language writes each kind of event: short reports written for these tests
(invented incidents, real places), in the wording newsrooms of the language use."""

from __future__ import annotations

import pytest

from extractors.events.reading import read
from extractors.events.taxonomy import triggers_in
from tests.coding import code_text

MONDAY = "2025-03-10"


def coded(text: str, language: str, title: str = ""):
    return code_text(text, language=language, published=MONDAY, title=title)


def types(text: str, language: str, title: str = "") -> set[str]:
    return {m.event_type for m in coded(text, language, title)}


@pytest.mark.parametrize(
    ("language", "text", "event_type"),
    [
        # Turkish: a protest named by the noun's case forms
        ("tr", "Diyarbakır'da izinsiz gösteriye katılan gruba polis biber gazıyla müdahale etti.", "Protests"),
        # Russian / Ukrainian: a strike on a place is remote violence
        ("uk", "Уночі росіяни вдарили ракетою по Харкову, загинула жінка.", "Explosions/Remote violence"),
        ("ru", "Армия нанесла удар по Донецку, погибли двое мирных жителей.", "Explosions/Remote violence"),
    ],
)  # fmt: skip
def test_the_pack_reads_the_event(language, text, event_type):
    assert event_type in types(text, language)


def test_a_turkish_convoy_is_no_condition():
    r = read("Konvoy halindeki askeri araçlara ateş açıldı.", "tr")
    assert not r.hits("modality.conditional")
    assert read("Saldırı halinde karşılık verilecek.", "tr").hits("modality.conditional")


def test_a_turkish_demonstration_is_no_verb_of_showing():
    assert not [t for t in triggers_in(read("Rapor, kayıpların arttığını gösterdi.", "tr"))]


def test_a_turkish_fire_opened_is_named_by_its_participle_too():
    found = triggers_in(read("Teröristlerin askeri araca açılan ateş sonucu iki asker şehit oldu.", "tr"))
    assert [t.text for t in found] == ["açılan ateş"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Police, on Friday, fired tear gas at the crowd."),
        ("fr", "Les forces de l'ordre ont, samedi, dispersé la foule."),
        ("ar", "أطلقت الشرطة، يوم السبت، الغاز المسيل للدموع على المحتجين."),
    ],
)  # fmt: skip
def test_a_day_between_commas_is_an_aside_that_cuts_no_clause(language, text):
    assert read(text, language).clause_starts == [0]


def test_a_reporting_aside_still_cuts_its_clause():
    assert len(read("Five people were killed, police said, when gunmen opened fire.", "en").clause_starts) > 1


def test_indonesian_workers_shot_dead_are_civilians():
    m = coded("Kelompok bersenjata menembak mati tiga pekerja jalan di Kabupaten Puncak Jaya, Papua, pada Minggu.",
              "id")  # fmt: skip
    assert [(x.event_type, x.actor2) for x in m] == [("Violence against civilians", "Civilians (Indonesia)")]
