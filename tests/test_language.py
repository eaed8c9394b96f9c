from __future__ import annotations

import pytest

from extractors.language import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Government forces shelled rebel positions east of the city on Monday, residents said, and at least "
            "nine people were wounded.",
            "en",
        ),
        (
            "Des affrontements ont éclaté samedi soir entre des manifestants et la police dans le centre de la "
            "capitale, selon des témoins.",
            "fr",
        ),
        (
            "Bei einem Angriff auf einen Kontrollpunkt im Norden des Landes sind am Dienstag vier Polizisten "
            "getötet worden.",
            "de",
        ),
        (
            "Las fuerzas del gobierno bombardearon posiciones rebeldes al este de la ciudad el lunes, según "
            "vecinos de la zona.",
            "es",
        ),
        ("قالت مصادر طبية إن ثلاثة مدنيين قتلوا وأصيب ستة آخرون في غارة جوية استهدفت سوقا شعبيا.", "ar"),
        ("В результате обстрела приграничного села в ночь на четверг погибли два человека.", "ru"),
        (
            "Forças do governo bombardearam posições rebeldes a leste da cidade na segunda-feira, disseram "
            "moradores.",
            "pt",
        ),
    ],
)
def test_detects_the_language_of_a_news_paragraph(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["", "   ", "OK", "12:30 | 4-1", None])
def test_too_little_text_is_undetermined(text):
    assert detect_language(text) is None


def test_long_text_is_sampled_from_its_middle():
    # boilerplate-looking openings and endings in another language do not decide a long article
    body = "Les forces gouvernementales ont bombardé des positions rebelles à l'est de la ville. " * 60
    text = "Home World Politics Sport Video " * 3 + body + " Follow us Subscribe Newsletter" * 3
    assert detect_language(text) == "fr"
