"""JOINED_TEXTS: the story evidence reads a report's headline and text joined by a blank line; what
the coder read of both parts (their countries, the inner words of trigger phrases) is taken for the
joined text, as reading it whole would find it, also where a name or phrase crosses the break."""

from __future__ import annotations

import pytest

JOINED_CASES = [
    # a name or demonym of several words may run over the line break: read whole
    ("Troops clash near the border of South", "Korean soldiers fired warning shots on Tuesday.", "en"),
    ("Talks stall in the United", "States of America and Iran trade accusations.", "en"),
    ("Ataque en la República", "Democrática del Congo deja diez muertos en Ituri.", "es"),
    # none can: the parts' countries, the text's shifted
    ("Strike hits Syria", "Syrian forces said Israeli jets hit Damascus overnight.", "en"),
    ("Frappes au Mali", "L'armée malienne et ses alliés russes ont visé des positions près de Gao.", "fr"),
    ("", "Nigerian troops repelled an attack in Yobe, officials in Abuja said.", "en"),
]


@pytest.mark.parametrize(("head", "tail", "language"), JOINED_CASES)
def test_joined_text_reads_as_a_whole(head, tail, language):
    """JOINED_TEXTS: the countries of a headline and text joined by a blank line, taken from the
    parts' readings, are those of the joined text read whole (also where a name crosses the break)."""
    from extractors.events.countries import _countries_in, find_countries, join_read

    find_countries(head, language), find_countries(tail, language)  # the coder read both parts
    body = join_read(head, "\n\n", tail, language)
    assert body == f"{head}\n\n{tail}"
    assert find_countries(body, language) == list(_countries_in.__wrapped__(body, language))


INNER_CASES = [
    # a trigger phrase of several words runs over the line break: read whole
    ("Police opened", "fire on protesters in Mombasa on Tuesday.", "en"),
    ("Soldaten setzten Häuser in", "Brand, sagte die Polizei in Bunia.", "de"),
    # none does: the parts' inner words, the text's shifted
    ("Gunmen kill five in Zamfara", "Gunmen opened fire on villagers near Gusau on Sunday.", "en"),
    (
        "Des hommes armés ouvrent le feu",
        "Des hommes armés ont ouvert le feu sur un marché près de Gao.",
        "fr",
    ),
    ("", "Las fuerzas abrieron fuego contra los manifestantes en Pasto.", "es"),
]


@pytest.mark.parametrize(("head", "tail", "language"), INNER_CASES)
def test_joined_text_keeps_the_inner_words_of_phrases(head, tail, language):
    from extractors.events.place_cues import place_cues

    cues = place_cues(language)
    cues.phrase_inner_starts(head), cues.phrase_inner_starts(tail)  # the coder read both parts
    cues.join_inner_starts(head, "\n\n", tail)
    body = f"{head}\n\n{tail}"
    assert cues.phrase_inner_starts(body) == cues._phrase_inner_starts(body)


SLICE_CASES = [
    # (text, slices): a sentence's countries from the text's reading, or read on its own
    ("Fighting in Syria. Turkish drones struck Kobani on Monday.", [(0, 18), (19, 58)]),
    ("Clashes in South Sudan left ten dead.", [(17, 37)]),  # a name over the slice's start
    ("Troops left Iraq.Iraqi police said.", [(17, 35)]),  # no space before the slice
    ("ExSyria Syria", [(2, 7), (8, 13)]),  # a slice inside a word
    ("Les frappes ont visé le Mali. L'armée malienne a riposté.", [(0, 29), (30, 57)]),
]


@pytest.mark.parametrize(("text", "slices"), SLICE_CASES)
def test_a_sentence_takes_its_countries_from_the_whole_reading(text, slices):
    """SENTENCE_SLICES: the countries of a slice of a text read whole are those it finds read alone."""
    from extractors.events.countries import _countries_in, find_countries, slice_read

    language = "fr" if text.startswith("Les") else "en"
    slice_read(text, slices, language)
    for a, b in slices:
        piece = text[a:b]
        assert find_countries(piece, language) == list(_countries_in.__wrapped__(piece, language)), piece
