"""DEMONYM_IN_NAME: a demonym written inside a multi-word proper name is a word of that name, not a
nationality nor a country's vote.

"Datu Saudi Ampatuan" is a Philippine town: its middle word is a demonym of Saudi Arabia, but
"Soldiers in Datu Saudi Ampatuan clashed with gunmen" names no Saudi soldier, and the report is no
report from Saudi Arabia. The shape read: a capitalised demonym with a capitalised word right before
it (not the first word of its sentence) and one right after it, with only spaces between, neither of
them a word of the pack's vocabulary (a force noun, "Free Syrian Army", or a title, keeps its
demonym: "Army" is the pack's) nor a country's name or demonym itself ("US Saudi ..."). Only in a
language that writes its demonyms capitalised and its common nouns not (`nouns_capitalised`: in
German every noun after an adjective is capitalised). Read by `main_country.country_votes` (no vote; `find_places` still reads the
word as no town)
and by `force_countries.countries_near` (no force's country).
"""

from __future__ import annotations

import re

_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*) +$")
_WORD_AFTER = re.compile(r" +([^\W\d_][\w'’-]*)")
_SENTENCE_OPENERS = '.!?:;"«“”»\n'
REACH = 40  # characters read either side of the demonym for its neighbouring words


def inside_a_name(text: str, start: int, end: int, language: str | None) -> bool:
    """Is the demonym at text[start:end] a word inside a multi-word proper name (DEMONYM_IN_NAME)?"""
    if not text[start : start + 1].isupper() or not language:
        return False
    before = _WORD_BEFORE.search(text[max(0, start - REACH) : start])
    after = _WORD_AFTER.match(text[end : end + REACH])
    if before is None or after is None:
        return False
    words = (before.group(1), after.group(1))
    if not all(w[:1].isupper() for w in words):
        return False
    head = text[: start - len(before.group(0))].rstrip()
    if not head or head[-1] in _SENTENCE_OPENERS:
        return False  # the word before opens its sentence: capitalised anyway
    return _plain_name_words(words, language)


def _plain_name_words(words: tuple[str, str], language: str) -> bool:
    """Neither word is one of the pack's vocabulary nor a country's name or demonym, and the language
    does not capitalise its common nouns."""
    from extractors.events.countries import country_name
    from extractors.events.place_cues import place_cues
    from extractors.events.place_spans import nouns_capitalised

    if nouns_capitalised(language):
        return False
    cues = place_cues(language)
    return not any(cues.opens_vocabulary(w) or country_name(w.rstrip(".")) for w in words)
