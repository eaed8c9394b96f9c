"""ROMANISED_SCRIPT_NAMES: a town named in a script GeoNames rarely spells its small towns in
(Devanagari) is looked up by its Latin spellings, written letter by letter from the table of
`extractors/data/romanisation.yaml` ("सुकमा" -> "sukma", "नारायणपुर" -> "narayanpur",
"दंतेवाड़ा" -> "dantevara" / "dantewada"), for `script_places._script_candidates` when the
script's own spelling meets no town. Only towns of the table's countries are taken (a Hindi
report's "कांकेर" is Kanker in India, never a namesake abroad), and the other checks of a name in
another script (SMALL_TOWNS, PACK_WORDS, COMMON_WORDS) still apply to what is found; a word as
common as a frequent word of the language is never looked up (ROMANISED_COMMON_WORDS).

SCHWA_DELETION (`_spellings`): a consonant's inherent vowel is not said at a word's end nor
between a vowel-consonant and a consonant-vowel ("सुकमा" su-ka-ma is "Sukma", "पुलवामा" is
"Pulwama"); the spelling with every inherent vowel kept is tried too ("बीजापुर" ends "-pur")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from extractors.events.gazetteer import Gazetteer, Place, name_key

ROMANISED_MIN_LETTERS = 4  # a shorter Latin spelling ("men", "ke") is too likely a namesake of a word
ROMANISED_SPELLINGS = 16  # at most so many Latin spellings tried for one word


@dataclass(frozen=True)
class ScriptTable:
    countries: frozenset[str]
    inherent: str
    virama: str
    nukta: str
    vowels: dict[str, str]
    vowel_signs: dict[str, str]
    consonants: dict[str, str]
    nukta_consonants: dict[str, str]
    signs: dict[str, str]
    nasal: str
    labials: frozenset[str]
    variants: tuple[tuple[str, str], ...]


@cache
def _tables() -> tuple[ScriptTable, ...]:
    raw = yaml.safe_load(resources.files("extractors").joinpath("data/romanisation.yaml").read_text("utf-8"))
    return tuple(
        ScriptTable(
            countries=frozenset(t["countries"]),
            inherent=t["inherent"],
            virama=t["virama"],
            nukta=t["nukta"],
            vowels=t["vowels"],
            vowel_signs=t["vowel_signs"],
            consonants=t["consonants"],
            nukta_consonants=t["nukta_consonants"],
            signs=t["signs"],
            nasal=t["nasal"],
            labials=frozenset(t["labials"]),
            variants=tuple(tuple(v) for v in t["variants"]),
        )
        for t in raw.values()
    )


def _table_of(word: str) -> ScriptTable | None:
    """The table whose letters write the whole word (none for a word of another script)."""
    for t in _tables():
        known = {t.virama, t.nukta, *t.vowels, *t.vowel_signs, *t.consonants, *t.signs}
        if word and all(c in known for c in word):
            return t
    return None


# a segment: (kind, letters) with kind "C" consonant, "V" written vowel, "A" inherent vowel, "N" the
# nasal sign (a consonant after its vowel, but closing that vowel's syllable for SCHWA_DELETION)
Segment = tuple[str, str]


def _segments(word: str, t: ScriptTable) -> list[Segment]:
    segs: list[Segment] = []
    k = 0
    while k < len(word):
        c = word[k]
        if c in t.consonants:
            latin = t.consonants[c]
            if word[k + 1 : k + 2] == t.nukta:
                latin = t.nukta_consonants.get(c, latin)
                k += 1
            segs.append(("C", latin))
            nxt = word[k + 1 : k + 2]
            if nxt in t.vowel_signs:
                segs.append(("V", t.vowel_signs[nxt]))
                k += 1
            elif nxt == t.virama:
                k += 1
            else:
                segs.append(("A", t.inherent))
        elif c in t.vowels:
            segs.append(("V", t.vowels[c]))
        elif c == t.nasal:
            segs.append(("N", t.signs[c]))
        elif c in t.signs:
            segs.append(("C", t.signs[c]))
        k += 1
    # the nasal sign before a labial is "m"
    return [
        ("N", "m") if kind == "N" and k + 1 < len(segs) and segs[k + 1][1] in t.labials else (kind, latin)
        for k, (kind, latin) in enumerate(segs)
    ]


def _schwa_deleted(segs: list[Segment]) -> list[Segment]:
    """SCHWA_DELETION: the inherent vowel dropped at the end and in VC_CV, right to left."""
    out = list(segs)
    if len(out) > 2 and out[-1][0] == "A":
        out.pop()
    vowel = ("V", "A")
    for k in range(len(out) - 3, 1, -1):
        if (
            out[k][0] == "A"
            and out[k - 1][0] == "C"
            and out[k - 2][0] in (*vowel, "N")
            and out[k + 1][0] in ("C", "N")
            and out[k + 2][0] in vowel
        ):
            del out[k]
    return out


def _expand(segs: list[Segment]) -> list[str]:
    """The Latin strings of segments whose letters may be "x|y" (either)."""
    forms = [""]
    for _, latin in segs:
        forms = [f + alt for f in forms for alt in latin.split("|")][:ROMANISED_SPELLINGS]
    return forms


def _spellings(word: str, t: ScriptTable) -> list[str]:
    segs = _segments(word, t)
    forms = [*_expand(_schwa_deleted(segs)), *_expand(segs[:-1] if segs and segs[-1][0] == "A" else segs)]
    for a, b in t.variants:
        forms += [f.replace(a, b) for f in forms if a in f]
    return list(dict.fromkeys(f for f in forms if len(f) >= ROMANISED_MIN_LETTERS))[:ROMANISED_SPELLINGS]


def romanised_spellings(word: str) -> list[str]:
    """The Latin spellings of a word of a script the tables write ([] for any other word)."""
    t = _table_of(word)
    return _spellings(word, t) if t else []


def romanised_common_word(word: str, language: str) -> bool:
    """ROMANISED_COMMON_WORDS: a word as frequent as SMALL_TOWN_MAX_ZIPF in its language is a word,
    not a town its Latin spelling names ("थाने में", in the police station, is no Thane; "भीड़ में",
    in the crowd, no Beed; "बस्ती में" no Basti), though a place cue stands by it."""
    from extractors.events.script_place_checks import SMALL_TOWN_MAX_ZIPF
    from extractors.story_words import _zipf

    return _zipf(word, language) >= SMALL_TOWN_MAX_ZIPF


def romanised_places(gaz: Gazetteer, word: str) -> list[Place]:
    """ROMANISED_SCRIPT_NAMES: the towns of the table's countries that one of the word's Latin
    spellings names exactly (by `name_key`)."""
    t = _table_of(word)
    if t is None:
        return []
    spellings = [s for s in _spellings(word, t) if name_key(s)]
    # exact keys only: the romanisation-tolerant skeleton makes towns of common words ("मारे" mare:
    # Bilimora, "जिले" jile: Jaora)
    found = [p for s in spellings for p in gaz.lookup(s) if p.country_code in t.countries]
    return list(dict.fromkeys(found))
