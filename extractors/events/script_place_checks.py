"""Which names in another script are believed (for `script_places._script_places`): a cue around the
name (`_script_cue`, `_locative_proclitic`), SMALL_TOWNS (`_sized`, `_small`, `_big`, `_script_place_ok`:
SMALL_TOWN_MAX_ZIPF, SCRIPT_CUED_MIN_LETTERS), PACK_WORDS (`_pack_word_at`), COMMON_WORDS (`_common_word`:
COMMON_WORD_ZIPF), PART_OF_A_NAME (`_capital_follows`); and the words of any script (`_SCRIPT_WORD`,
`_SCRIPT_WORD_NOT_ASCII`).
"""

from __future__ import annotations

import re

from extractors.events.gazetteer import (
    KIND_CITY,
    KIND_VILLAGE,
    SCRIPT_MIN_POPULATION,
    Place,
    script_key,
)
from extractors.events.place_cues import PlaceCues
from extractors.events.place_match import MIN_POPULATION_ELSEWHERE, _opens_sentence

# Zipf frequency (6 = once in a thousand words) from which a caseless word is a word, not a name.
COMMON_WORD_ZIPF = 6.0
# ... and from which a caseless word is too common to be the name of a smaller town (SMALL_TOWNS).
SMALL_TOWN_MAX_ZIPF = 4.0
SCRIPT_CUED_MIN_LETTERS = 4  # a cued one-word name in a script without case: longer than "دير"


# Words of any script: what lies between spaces and punctuation (Devanagari vowel signs are not
# \w, so WORD would cut "इदलिब" apart).
_SCRIPT_WORD = re.compile(
    r"[^\s\d!-/:-@\[-`{-~«»“”„‘’،؛؟。、·]+"
    r"(?:(?<=[^\x00-\x7f])['’](?=[^\x00-\x7f\s\d«»“”„‘’،؛؟。、·])[^\s\d!-/:-@\[-`{-~«»“”„‘’،؛؟。、·]+)*"
)  # APOSTROPHE_IN_NAME: an apostrophe between two letters of another script is inside the word ("Куп'янськ")
# the words of _SCRIPT_WORD that are not all ASCII, found in one pass (a Latin text's words are skipped in C;
# the look-behind starts a try only where a word starts)
_SCRIPT_WORD_NOT_ASCII = re.compile(
    r"(?<![^\s\d!-/:-@\[-`{-~«»“”„‘’،؛؟。、·])[^\s\d!-/:-@\[-`{-~«»“”„‘’،؛؟。、·]*"
    r"[^\x00-\x7f\s\d«»“”„‘’،؛؟。、·][^\s\d!-/:-@\[-`{-~«»“”„‘’،؛؟。、·]*"
    r"(?:(?<=[^\x00-\x7f])['’](?=[^\x00-\x7f\s\d«»“”„‘’،؛؟。、·])[^\s\d!-/:-@\[-`{-~«»“”„‘’،؛؟。、·]+)*"
)  # (APOSTROPHE_IN_NAME, as _SCRIPT_WORD)


def _script_cue(text: str, start: int, end: int, cues: PlaceCues) -> bool:
    """A locative preposition, a settlement noun, a near-preposition or an attack word right before
    the name, a region noun right after it, or a locative postposition after it (POSTPOSED_CUE) ("в Мирнограде", "поселка Климово", "атакували
    Охтирку", "Мирнограда Донецкой области")."""
    before = text[max(0, start - 40) : start]
    cue_classes = (
        "locative_prepositions",
        "near_prepositions",
        "place_words.settlement",
        "place_words.region",
        "triggers",
        "generic_violence",
    )  # fmt: skip  ("атакували Охтирку": what was attacked; "محافظة البيضاء": the governorate of)
    if cues.ends_with(before, cue_classes, 1):
        return True
    after = _SCRIPT_WORD.findall(text[end : end + 40])
    # "حريب محافظة مأرب" (X, governorate of Y): a region noun right after the name places it too
    if len(after) >= 2 and (cues.is_("region", after[1]) or cues.is_("region", after[0])):
        return True
    # POSTPOSED_CUE: a locative postposition of the pack right after the name, or after one place
    # noun after it ("सुकमा में", "सुकमा जिले में": in Sukma district)
    nouns = ("district", "settlement", "region")
    return bool(after) and (
        cues.is_("postposition", after[0])
        or (
            len(after) >= 2
            and any(cues.is_(n, after[0]) for n in nouns)
            and cues.is_("postposition", after[1])
        )
    )


def _small(place: Place) -> bool:
    """A town below SCRIPT_MIN_POPULATION (the gazetteer names those in the packs' scripts too)."""
    return place.kind in (KIND_CITY, KIND_VILLAGE) and place.population < SCRIPT_MIN_POPULATION


def _big(places: list[Place]) -> list[Place]:
    return [p for p in places if not _small(p)]


def _sized(places: list[Place], hint: str | None) -> list[Place]:
    """SMALL_TOWNS: a name in another script is a town of SCRIPT_MIN_POPULATION or more when one is
    so named; else a smaller one of the hinted country (taken only with a cue: `_script_place_ok`)."""
    big = _big(places)
    return big if big or not hint else [p for p in places if p.country_code == hint]


def _script_place_ok(place: Place, hint: str | None, derived: bool, text: str, start: int, end: int,
                     cues: PlaceCues) -> bool:  # fmt: skip
    """A town named in another script counts in the hinted country; elsewhere when big, or with a
    cue (`_script_cue`). In a script with letter case a capital says it is a name ("Мирнограда",
    "Охтирку"); in one without, any word may be a name: there a cue lifts only a name written as
    the gazetteer has it and longer than a short common word ("بلدة الصنمين", not "قرية دير شرقي"),
    and a town found only without a proclitic needs both size and a cue ("كبانة" is no "بانة").
    SMALL_TOWNS: a smaller town (of the hinted country) needs a cue and, in a script without case,
    a name longer than a short common word ("بمديرية حريب", "в поселке Климово")."""
    if _small(place):
        cue = _script_cue(text, start, end, cues) or _locative_proclitic(text[start:end], cues)
        caseless = text[start : start + 1].lower() == text[start : start + 1].upper()
        if not caseless:
            return cue
        from extractors.story_words import _zipf

        # a word of the language ("منطقة الحدود": the border area) is no village named like it
        surface = text[start:end]
        return (
            cue
            and len(script_key(surface)) >= SCRIPT_CUED_MIN_LETTERS
            and _zipf(surface, cues.pack.code) < SMALL_TOWN_MAX_ZIPF
        )
    if hint and place.country_code == hint:
        return True
    big = place.population >= MIN_POPULATION_ELSEWHERE
    cue = _script_cue(text, start, end, cues)
    first = text[start : start + 1]
    if first.lower() != first.upper():
        return big or cue
    if derived:
        # a place noun names the place bare ("قرية برقة" is the village Barqa, no "in Raqqa"): a
        # proclitic after one is part of the name
        noun = cues.ends_with(text[max(0, start - 40) : start], _PLACE_NOUNS, 1)
        return big and (cue or _locative_proclitic(text[start:end], cues)) and not noun
    return big or (cue and len(script_key(text[start:end])) >= SCRIPT_CUED_MIN_LETTERS)


_PLACE_NOUNS = ("place_words.settlement", "place_words.region", "place_words.district")


def _capital_follows(text: str, tokens: list, j: int) -> bool:
    """Does a capitalised word (in a script with case) follow token j-1 with only a space between:
    the word before it is the first of a longer name, not a name of its own?"""
    if j >= len(tokens) or text[tokens[j - 1].end() : tokens[j].start()] != " ":
        return False
    first = tokens[j].group()[:1]
    return first.lower() != first.upper() and first.isupper()


def _locative_proclitic(token: str, cues: PlaceCues) -> bool:
    """A proclitic written onto the name holds a locative preposition of the pack (Arabic "بالحديدة":
    "in" + the name): as plain a cue as a preposition before it."""
    for p in cues.proclitics():
        if token.startswith(p) and len(token) - len(p) >= 3:
            return any(cues.is_("locative", p[k : k + 1]) for k in range(len(p)))
    return False


def _pack_word_at(text: str, start: int, end: int, cues: PlaceCues) -> bool:
    """PACK_WORDS in other scripts: a word of the pack's vocabulary where its case says nothing
    (opening a sentence, lower case, or a script without case) and no place cue stands by it."""
    first = text[start : start + 1]
    telling_case = first.lower() != first.upper() and first.isupper() and not _opens_sentence(text, start)
    return (
        not telling_case and cues.opens_vocabulary(text[start:]) and not _script_cue(text, start, end, cues)
    )


def _common_word(token: str, cues: PlaceCues) -> bool:
    """COMMON_WORDS: a caseless token among the commonest words of the pack's language."""
    if token.lower() != token.upper():
        return False  # a script with letter case: its capitals tell names apart
    from extractors.story_words import _zipf

    return _zipf(token, cues.pack.code) >= COMMON_WORD_ZIPF
