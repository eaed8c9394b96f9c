"""What the words around a span say of it (the part of `place_match.py` that reads a name's context).

- `_context` / `_context_of` (remembered: CONTEXT_MEMO): admin nouns, near words, cues,
  attributive words, an act's word (`_CUES_BEFORE`, read from one match: ONE_FIND); ACT_AFTER
  `_aimed_at_by_the_act_after`; FACILITY_OF `_facility_of`;
- `_admin_noun_near` / `_admin_noun_before`: a region or district noun beside the name;
- `_closing_suffix`: an ending after an apostrophe closes a name ("İdlib'de").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractors.events.gazetteer import KIND_ADMIN1, KIND_DISTRICT
from extractors.events.place_cues import CUE_REACH, PlaceCues
from extractors.remembered import make_room

_LETTERS = re.compile(r"[^\W\d_]+")


def _closing_suffix(token: str, cues: PlaceCues) -> str | None:
    """An ending after an apostrophe that closes a name ("Pakhtunkhwa's", "İdlib'de"), or None."""
    if "'" not in token and "’" not in token:
        return None  # every such ending holds an apostrophe
    low = token.lower().replace("’", "'")
    return next((x for x in cues.apostrophe_suffixes() if low.endswith(x) and len(low) - len(x) >= 3), None)


@dataclass(frozen=True)
class _Context:
    """What the words around a span say about it."""

    wants: str | None  # KIND_ADMIN1 / KIND_DISTRICT when an admin noun names it
    near: bool  # "near X", "X countryside": the town at precision 2
    cue: bool  # a preposition or noun announces a place
    strong_cue: bool  # "the town of X", "X province": a place for sure
    attributive: bool = False  # "X rebels", "X-led", "X missiles": maybe not a place at all
    act: bool = False  # an act's word right before ("struck X", "frappes sur X"): what was hit


# ARTICLE_BETWEEN: a linking word and an article may stand between an admin noun and its name ("la
# province de la Tapoa", "province de l'Oudalan", "provincia de la Ciudad"): two short words
ARTICLE_SKIP = 2
CONTEXT_MEMO = 20_000  # contexts (`_context`) remembered: an article's names are read in several passes


def _context(text: str, start: int, end: int, cues: PlaceCues) -> _Context:
    before = text[max(0, start - 80) : start]
    cut = max(_sentence_end(before, cues), before.rfind("\n"))
    before = before[cut + 1 :] if cut >= 0 else before
    after = _LETTERS.search(text, end, end + 40)
    nxt = after.group() if after else ""
    parts = text[start : end + 8].split(maxsplit=1)
    word = parts[0] if parts else ""
    # the words after a name closed by a case ending ("Halep'e saldırdı": the act it was aimed at)
    later = " ".join(_LETTERS.findall(text[start + len(word) : start + len(word) + 40])[:2])
    # what it says depends only on these words: the passes over an article's text, its headline
    # and body, and each sentence meet the same names in the same words
    key = (id(cues), before, nxt, word, later)
    hit = _CONTEXTS.get(key)
    if hit is None or hit[0] is not cues:
        make_room(_CONTEXTS, CONTEXT_MEMO)
        context = _context_of(before, nxt, word, cues)
        if not context.cue and _aimed_at_by_the_act_after(word, later, cues):
            context = replace(context, cue=True)
        hit = _CONTEXTS[key] = (cues, context)
    return hit[1]


_CONTEXTS: dict[tuple[int, str, str, str, str], tuple[PlaceCues, _Context]] = {}


_ABBREVIATIONS: dict[str, frozenset[str]] = {}


def _abbreviations(pack) -> frozenset[str]:
    """The pack's abbreviations, lower case, without their dot (as `sentences.py` reads them), kept
    per language."""
    hit = _ABBREVIATIONS.get(pack.code)
    if hit is None:
        hit = _ABBREVIATIONS[pack.code] = frozenset(
            str(a).lower().rstrip(".") for a in (pack.data.get("abbreviations") or [])
        )
    return hit


def _sentence_end(before: str, cues: PlaceCues) -> int:
    """Where the last sentence before a name ends (-1: none): a full stop, not one closing an
    abbreviation of the pack (ABBREVIATED_NOUN: "di Kab. Poso", "Kec. Sugapa": the place noun's
    abbreviation is the name's cue, as the whole noun is)."""
    cut = before.rfind(". ")
    while cut >= 0:
        word = _LETTERS.findall(before[:cut])
        if not (word and before[:cut].endswith(word[-1]) and word[-1].lower() in _abbreviations(cues.pack)):
            return cut
        cut = before.rfind(". ", 0, cut)
    return cut


def _aimed_at_by_the_act_after(word: str, later: str, cues: PlaceCues) -> bool:
    """ACT_AFTER: a name closed by a case ending of the pack (`clitics.suffixes` with an apostrophe)
    with an act's word right after it (or after one tying word) is what the act struck (verb-final languages: "Halep'e
    saldırdı", "Gazze'ye hava saldırısı"): a cue, as an act's word before a name is in others."""
    if not later or _closing_suffix(word, cues) is None:
        return False
    tokens = cues.pack.tokens(later)
    # (or one lower-case word between, the participle that ties them: "Harkiv'e düzenlenen füze
    # saldırısı", "Gazze'ye yönelik saldırılar": the attack carried out on / aimed at X)
    tied = bool(tokens) and later[:1].islower()
    return any(
        m.first == 0 or (m.first == 1 and tied)
        for m in cues.pack.find(tokens, ("triggers", "generic_violence"))
    )


def _facility_of(before: str, cues: PlaceCues) -> bool:
    """FACILITY_OF: a lower-case facility noun of the pack and one linking word right before a name
    announce the town the facility is in ("num mercado de Mogadíscio", "una scuola di Belgrado",
    "la estación de policía de Jamundí", "o piață din Kabul"): a cue, as a locative is. Capitalised,
    the noun opens the facility's own name ("Hospital de Santa Maria"), no town."""
    tokens = cues.pack.tokens(before)
    if len(tokens) < 2 or len(tokens[-1].folded) > 3:
        return False
    return any(
        m.last == len(tokens) - 1 and tokens[m.first].text[:1].islower()
        for m in cues.pack.find(tokens, ("place_words.facility",))
    )


# (classes, reach) of the cues a name's words before it give (`PlaceCues.ends_with_each`): a near
# preposition, a locative or a territory act ("in", "captured"), an act's word ("struck X")
_CUES_BEFORE = (
    (("near_prepositions",), CUE_REACH),
    (("locative_prepositions", "triggers.Battles.territory"), 2),
    (("triggers", "generic_violence"), 2),
)


def _context_of(before: str, nxt: str, word: str, cues: PlaceCues) -> _Context:
    prev_words = _LETTERS.findall(before)
    prev = prev_words[-1] if prev_words else ""
    wants = None
    region_of = cues.is_("direction", prev)  # "southern Homs", "rural Damascus"
    if cues.is_("region", nxt) or cues.last_is(before, "region", ARTICLE_SKIP) or region_of:
        wants = KIND_ADMIN1
    elif cues.is_("district", nxt) or cues.last_is(before, "district", ARTICLE_SKIP):
        wants = KIND_DISTRICT
    # the three phrase cues before the name, read from one match of their classes (ONE_FIND)
    near_before, located_before, act_before = cues.ends_with_each(before, _CUES_BEFORE)
    near = near_before or cues.is_("area", nxt) or region_of
    attributive = cues.is_("attributive", nxt)
    strong = cues.last_is(before, "settlement") or wants is not None or cues.is_("settlement", nxt)
    # a facility noun after a name is no cue: "Serena Hotel" is named after no town
    cue = strong or near or located_before
    cue = cue or _facility_of(before, cues)
    # a case ending that is itself a locative of the pack ("Humus'ta" = "in Homs")
    cue = cue or cues.ends_with(word, ("locative_prepositions",), 0)
    act = not attributive and act_before
    return _Context(wants, near, cue and not attributive, strong and not attributive, attributive, act)


def _admin_noun_near(text: str, start: int, end: int, cues: PlaceCues) -> bool:
    """Cheap pre-check: may an admin noun ask for a province or district spelled differently?"""
    after = _LETTERS.search(text, end, end + 30)
    if after and (cues.is_("region", after.group()) or cues.is_("district", after.group())):
        return True
    return _admin_noun_before(text[max(0, start - 30) : start], cues)


def _admin_noun_before(before: str, cues: PlaceCues) -> bool:
    """Does a region or district noun end `before` (`PlaceCues.last_is`)? Remembered per words."""
    key = (id(cues), before)
    hit = _ADMIN_BEFORE.get(key)
    if hit is None or hit[0] is not cues:
        if len(_ADMIN_BEFORE) >= CONTEXT_MEMO:
            _ADMIN_BEFORE.clear()
        hit = _ADMIN_BEFORE[key] = (
            cues,
            cues.last_is(before, "region", ARTICLE_SKIP) or cues.last_is(before, "district", ARTICLE_SKIP),
        )
    return hit[1]


_ADMIN_BEFORE: dict[tuple[int, str], tuple[PlaceCues, bool]] = {}
