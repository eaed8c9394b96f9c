"""How newsrooms of other languages word an event, beyond single trigger words: a day named
inside a multi-word trigger, a page whose title is only its body's opening, a language tag of
three letters. Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest
from trafilatura.utils import load_html

from extractors.events.lexicon import load_pack
from extractors.events.sentences import headline_of
from extractors.page_meta import page_metadata
from tests.coding import code_text


def trigger_labels(language: str, text: str) -> set[str]:
    pack = load_pack(language)
    assert pack is not None
    return {m.label for m in pack.find(text) if m.label.startswith("triggers.")}


# TIME_ASIDES: "took control on Sunday of" is written with the day inside the verb phrase in
# French, Spanish and Portuguese; the phrase still matches, and no other word inside it does
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les insurgés ont pris dimanche le contrôle de la localité de Boni."),
        ("fr", "Les insurgés ont pris hier le contrôle de la localité de Boni."),
        ("es", "Los rebeldes tomaron el sábado el control del municipio de Tamazula."),
        ("pt", "Os insurgentes tomaram ontem o controlo da vila de Mocímboa."),
    ],
)
def test_a_day_inside_a_territory_phrase_does_not_break_it(language: str, text: str) -> None:
    assert "triggers.Battles.territory" in trigger_labels(language, text)


def test_a_word_that_is_no_day_still_breaks_the_phrase() -> None:
    assert "triggers.Battles.territory" not in trigger_labels(
        "es", "Los rebeldes tomaron café y después el control remoto."
    )


def test_the_day_inside_the_phrase_still_dates_the_event() -> None:
    rows = code_text(
        "Les jihadistes ont pris dimanche le contrôle de la ville de Boulkessi, au Burkina Faso, "
        "après des combats avec l'armée.",
        language="fr",
        published="2024-06-12",
    )
    assert rows and rows[0].event_type == "Battles"
    assert str(rows[0].event_date) == "2024-06-09"


def test_a_title_that_is_the_cut_opening_of_the_body_is_no_headline() -> None:
    body = "Unos hombres armados mataron a seis personas el lunes en un bar de Celaya, informaron las autoridades.\n\nOtro párrafo."
    assert headline_of(body[:80], body) is None
    assert headline_of(body[:60] + "…", body) is None
    assert (
        headline_of("Seis muertos en un ataque armado en Celaya", body)
        == "Seis muertos en un ataque armado en Celaya"
    )
    # the first paragraph that is the whole title is the headline written twice: kept
    assert (
        headline_of("Seis muertos en Celaya", "Seis muertos en Celaya\n\nUnos hombres armados...") is not None
    )


@pytest.mark.parametrize(
    ("tag", "language"), [("pcm", "pcm"), ("sw-KE", "sw"), ("fr", "fr"), ("x-klingon", None)]
)
def test_the_page_language_tag_may_have_three_letters(tag: str, language: str | None) -> None:
    tree = load_html(f'<html lang="{tag}"><head><title>t</title></head><body><p>x</p></body></html>')
    assert page_metadata(tree, "https://news.example/a").html_language == language
