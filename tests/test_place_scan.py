"""How the place finder scans a text fast, with the answers of the plain scan."""

from __future__ import annotations

import random


def test_not_ascii_words_are_the_script_words_not_all_ascii():
    """`_SCRIPT_WORD_NOT_ASCII` finds in one pass the words of `_SCRIPT_WORD` that hold a character
    outside ASCII (the words `_script_places` reads), with their spans."""
    from extractors.events.script_place_checks import _SCRIPT_WORD, _SCRIPT_WORD_NOT_ASCII

    rng = random.Random(7)
    alphabet = "aZé ٣9\u00a0.,«»ыД-ø’'٫،\u200b\t\nΩ1इ।、"
    texts = ["".join(rng.choice(alphabet) for _ in range(120)) for _ in range(2000)]
    texts += ["Frappes près de Mopti.", "Удар по Харкову, مدينة حلب", "ø Ø ß", "«Донецк»", ""]
    for text in texts:
        plain = [(m.span(), m.group()) for m in _SCRIPT_WORD.finditer(text) if not m.group().isascii()]
        assert [(m.span(), m.group()) for m in _SCRIPT_WORD_NOT_ASCII.finditer(text)] == plain, text


def test_remembered_lookup_answers_a_fresh_list():
    """`Gazetteer.lookup` remembers a name's candidates; a caller changing its list changes no other's."""
    from extractors.events.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    first = gaz.lookup("Mopti")
    assert first
    first.clear()
    assert gaz.lookup("Mopti") == gaz.lookup("mopti") != []
