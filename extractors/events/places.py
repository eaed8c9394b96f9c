"""Places named in a text, resolved against the offline gazetteer.

`find_places(text, country_hint)` finds every country, province (admin1), district and town
named in a text; `resolve_place(name, country_hint)` resolves one name ("Idlib province",
"Abu Shouk camp, El Fasher"). The country hint is the country the article is about
(`countries.main_country`): candidates there win unless a much bigger place elsewhere has the
same name.

How a capitalised word group becomes a place (each rule has a name below):
- WORD / CONNECTORS: candidate spans are runs of capitalised words, with lower-case articles and
  particles between them ("Ras al-Ain", "Deir ez-Zor"), never across punctuation.
- Longest known name first inside a run; exact `name_key` first, then the transliteration
  skeleton (restricted to the hinted country or to big cities).
- LEADING_OK / TRAILING_OK: a name that is only part of a run counts only when the rest are
  sentence starters, directions, or place nouns ("Idlib Province", "Kabul Airport");
  "Hayat Tahrir al-Sham" or "Boko Haram" are not places.
- STOPWORDS (extractors/data/gazetteer_stopwords.txt), acronyms, words that the same text also
  uses in lower case ("Police" / "police"), and words after a person's title are not places on
  their own.
- MIN_POPULATION_*: how big a one-word place must be without context; a cue ("in", "near",
  "the town of", "... province") lowers the bar.
- Admin nouns decide the kind: "Idlib province" is the admin1 (precision 3), "X district" the
  district (2), "near X", "X countryside", "north of X" the town at precision 2.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from extractors.events.countries import country_code, find_countries, name_of_code
from extractors.events.gazetteer import (
    KIND_ADMIN1,
    KIND_CITY,
    KIND_COUNTRY,
    KIND_DISTRICT,
    KIND_VILLAGE,
    Place,
    fold,
    load_gazetteer,
)

STOPWORDS_FILE = "gazetteer_stopwords.txt"

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_GAP = re.compile(r"[ \t]{1,2}|[ \t]?[-–][ \t]?")
_POSSESSIVE = re.compile(r"['’]s$")
MAX_SPAN_WORDS = 6

# Lower-case words allowed inside a capitalised name.
CONNECTORS = frozenset(
    "al el ul il ad an ar as ash at ath az adh ed en er es esh et ez bin ibn bani beni "
    "de del della di da do dos das du des la le les van von".split()
)
ADMIN1_NOUNS = frozenset("province provinces governorate region oblast state prefecture department wilaya".split())
DISTRICT_NOUNS = frozenset("district county municipality raion rayon subdistrict commune lga".split())
AREA_NOUNS = frozenset("countryside outskirts suburbs area areas environs vicinity surroundings".split())
SETTLEMENT_NOUNS = frozenset("city town village camp neighbourhood neighborhood hamlet settlement".split())
FACILITY_NOUNS = frozenset(
    "airport airbase base port harbour harbor hospital university school market road highway street "
    "square bridge gate prison dam stadium mosque church checkpoint crossing junction hotel "
    "health directorate council police governor operations command".split()
)
DIRECTION_WORDS = frozenset(
    "north south east west northern southern eastern western central northeastern northwestern "
    "southeastern southwestern north-east north-west south-east south-west greater upper lower".split()
)
SENTENCE_STARTERS = frozenset(
    "the in on at as but and when while after before since meanwhile also then so yet "
    "monday tuesday wednesday thursday friday saturday sunday yesterday today".split()
)
PERSON_TITLES = frozenset(
    "president minister mr mrs ms dr gen general colonel col lt commander captain capt major sgt "
    "sheikh shaikh king prince emir imam spokesman spokeswoman governor mayor senator secretary "
    "ambassador envoy chief judge father brother sister pope cardinal rev".split()
)
LEADING_OK = DIRECTION_WORDS | SENTENCE_STARTERS
TRAILING_OK = ADMIN1_NOUNS | DISTRICT_NOUNS | AREA_NOUNS | SETTLEMENT_NOUNS | FACILITY_NOUNS

# A preceding phrase that says "a place comes next" ("in", "the town of") or "near it".
_NEAR_CUE = re.compile(
    r"\b(?:near|outside|around|close to|outskirts of|edge of|vicinity of|(?:north|south|east|west|"
    r"northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)? of|"
    r"(?:km|kms|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:from|of))\s+(?:the\s+)?"
    r"(?:(?:\w+\s+)?(?:town|city|village|camp)\s+of\s+)?$"
)
_STRONG_CUE = re.compile(
    r"\b(?:town|city|village|villages|camp|hamlet|neighbourhood|neighborhood|district|province|"
    r"governorate|region|state|area|localities|locality)\s+of\s+$"
)
_ADMIN_OF = re.compile(r"\b(province|governorate|region|state|oblast|prefecture|wilaya)\s+of\s+$")
_DISTRICT_OF = re.compile(r"\b(district|county|municipality)\s+of\s+$")
_PREPOSITION_CUE = re.compile(
    r"\b(?:in|at|from|to|into|towards|toward|on|across|near|outside|around|between|and|of|via|"
    r"entered|captured|seized|took|retook|recaptured|hit|struck|shelled|bombed|attacked|besieged|"
    r"stormed|reached|targeted)\s+(?:the\s+)?(?:[a-z\-]+ern\s+|[a-z\-]+-held\s+|rebel-held\s+)?$"
)

# Population a place must have to count without any cue (one-word names), by situation.
MIN_POPULATION_IN_HINTED_COUNTRY = 5_000
MIN_POPULATION_ELSEWHERE = 100_000
MIN_POPULATION_ELSEWHERE_WITH_CUE = 20_000
MIN_POPULATION_WITH_CUE = 1_000
# A candidate in the hinted country outweighs one this many times bigger elsewhere.
HINT_BONUS = 3.0  # in log10 population units: 1,000x
MIN_SKELETON_LETTERS = 5


@dataclass(frozen=True)
class PlaceMatch:
    """One place named in a text."""

    surface: str
    start: int
    end: int
    name: str
    admin1: str
    country: str
    latitude: float | None
    longitude: float | None
    kind: str  # "country" | "admin1" | "city" | "district" | "village"
    geo_precision: int  # 1 town, 2 near/district, 3 province only


@cache
def stopwords() -> frozenset[str]:
    text = resources.files("extractors").joinpath("data", STOPWORDS_FILE).read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        if not line.startswith("#"):
            words.update(fold(line).split())
    return frozenset(words)


@dataclass(frozen=True)
class _Context:
    """What the words around a span say about it."""

    wants: str | None  # KIND_ADMIN1 / KIND_DISTRICT when an admin noun names it
    near: bool  # "near X", "X countryside": the town at precision 2
    cue: bool  # a preposition or noun announces a place
    strong_cue: bool  # "the town of X", "X province": a place for sure


def _context(text: str, start: int, end: int) -> _Context:
    before = text[max(0, start - 80) : start]
    cut = max(before.rfind(". "), before.rfind("\n"))
    before = before[cut + 1 :].lower() if cut >= 0 else before.lower()
    after_words = re.findall(r"[^\W\d_]+", text[end : end + 40].lower())
    nxt = after_words[0] if after_words else ""
    wants = None
    if nxt in ADMIN1_NOUNS or _ADMIN_OF.search(before):
        wants = KIND_ADMIN1
    elif nxt in DISTRICT_NOUNS or _DISTRICT_OF.search(before):
        wants = KIND_DISTRICT
    near = bool(_NEAR_CUE.search(before)) or nxt in AREA_NOUNS
    strong = bool(_STRONG_CUE.search(before)) or wants is not None or nxt in SETTLEMENT_NOUNS
    cue = strong or near or bool(_PREPOSITION_CUE.search(before)) or nxt in TRAILING_OK
    return _Context(wants, near, cue, strong)


def _score(place: Place, hint: str | None, wants: str | None) -> float:
    score = math.log10(place.population + 10)
    if hint and place.country_code == hint:
        score += HINT_BONUS
    if wants:
        score += 5.0 if place.kind == wants else (2.0 if place.kind == KIND_ADMIN1 else 0.0)
    elif place.kind in (KIND_CITY, KIND_VILLAGE):
        score += 0.5
    elif place.kind == KIND_DISTRICT:
        score -= 0.5
    return score


def _choose(candidates: list[Place], hint: str | None, wants: str | None) -> Place | None:
    if not candidates:
        return None
    return max(candidates, key=lambda p: _score(p, hint, wants))


def _acceptable(place: Place, hint: str | None, ctx: _Context, words: int) -> bool:
    """Is this candidate believable given its size, the hint and the context?"""
    if place.kind == KIND_ADMIN1 and (ctx.cue or words > 1 or (hint and place.country_code == hint)):
        return True
    if ctx.strong_cue:
        return True
    in_hint = bool(hint) and place.country_code == hint
    if words > 1:
        return in_hint or ctx.cue or place.population >= MIN_POPULATION_WITH_CUE
    if in_hint:
        return ctx.cue or place.population >= MIN_POPULATION_IN_HINTED_COUNTRY
    if ctx.cue:
        floor = MIN_POPULATION_ELSEWHERE_WITH_CUE if hint else MIN_POPULATION_WITH_CUE
        return place.population >= floor
    return place.population >= MIN_POPULATION_ELSEWHERE


def _precision(place: Place, ctx: _Context) -> int:
    if place.kind == KIND_ADMIN1:
        return 3
    if place.kind == KIND_DISTRICT or ctx.near:
        return 2
    return 1


def _to_match(place: Place, surface: str, start: int, end: int, precision: int) -> PlaceMatch:
    return PlaceMatch(
        surface=surface,
        start=start,
        end=end,
        name=place.name,
        admin1=place.admin1,
        country=name_of_code(place.country_code),
        latitude=round(place.latitude, 5),
        longitude=round(place.longitude, 5),
        kind=place.kind,
        geo_precision=precision,
    )


def _hint_code(country_hint: str | None) -> str | None:
    return country_code(country_hint) if country_hint else None


def _runs(text: str, words: list[re.Match], skip: set[int]) -> list[list[int]]:
    """Runs of word indexes that may form names: capitalised words and inner connectors."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, w in enumerate(words):
        token = w.group()
        capital = token[0].isupper() and i not in skip
        connector = (
            token in CONNECTORS
            and i + 1 < len(words)
            and words[i + 1].group()[0].isupper()
            and _GAP.fullmatch(text[w.end() : words[i + 1].start()]) is not None
        )
        joined = bool(current) and _GAP.fullmatch(text[words[current[-1]].end() : w.start()]) is not None
        if (capital or connector) and (joined or not current):
            current.append(i)
        elif capital or connector:
            runs.append(current)
            current = [i]
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [r for r in runs if any(words[i].group()[0].isupper() for i in r)]


def _single_word_rejected(token: str, text: str, start: int, lower_words: set[str]) -> bool:
    key = fold(_POSSESSIVE.sub("", token))
    if key in stopwords() or (len(token) > 1 and token.isupper()) or len(key) < 3:
        return True
    if key in lower_words:
        return True
    prev = re.findall(r"[^\W\d_]+", text[max(0, start - 25) : start].lower())
    return bool(prev) and prev[-1] in PERSON_TITLES


def find_places(text: str, country_hint: str | None = None) -> list[PlaceMatch]:
    """Every country, province, district and town named in `text`, in text order."""
    gaz = load_gazetteer()
    hint = _hint_code(country_hint)
    words = list(WORD.finditer(text))
    lower_words = {w.group() for w in words if w.group().islower()}
    found: list[PlaceMatch] = []

    # Countries (not demonyms) first; their words and demonyms are never towns.
    skip: set[int] = set()
    starts = {w.start(): i for i, w in enumerate(words)}
    for m in find_countries(text):
        i = starts.get(m.start)
        while i is not None and i < len(words) and words[i].start() < m.end:
            skip.add(i)
            i += 1
        if not m.demonym:
            found.append(PlaceMatch(m.surface, m.start, m.end, m.country, "", m.country, None, None,
                                    KIND_COUNTRY, 3))

    for run in _runs(text, words, skip):
        i = 0
        matched_any = False
        while i < len(run):
            hit = _match_at(text, words, run, i, gaz, hint, lower_words, matched_any)
            if hit is None:
                i += 1
                continue
            match, i = hit
            matched_any = True
            found.append(match)
    found.sort(key=lambda m: m.start)
    return found


def _skeleton_candidates(gaz, name: str, hint: str | None) -> list[Place]:
    """Transliteration variants: only with a country hint, and only places in that country."""
    if not hint or sum(c.isalpha() for c in name) < MIN_SKELETON_LETTERS:
        return []
    return [p for p in gaz.lookup_skeleton(name) if p.country_code == hint]


def _with_wanted_kind(gaz, candidates: list[Place], name: str, hint: str | None, wants: str | None) -> list[Place]:
    """When an admin noun asks for a province the exact spelling lacks ("Saada province" where
    GeoNames spells the province "Sa'dah"), add the skeleton's provinces."""
    if wants and not any(p.kind == wants for p in candidates):
        variants = gaz.lookup_skeleton(name) if sum(c.isalpha() for c in name) >= MIN_SKELETON_LETTERS else []
        candidates = candidates + [p for p in variants if p.kind == wants and (not hint or p.country_code == hint)]
    return candidates


def _match_at(text, words, run, i, gaz, hint, lower_words, matched_before):
    """The longest place starting at run[i], as (match, next index), or None."""
    leading = [words[k].group().lower() for k in run[:i]]
    if not matched_before and any(w not in LEADING_OK and w not in CONNECTORS for w in leading):
        return None
    for use_skeleton in (False, True):
        for j in range(min(len(run), i + MAX_SPAN_WORDS), i, -1):
            start, end = words[run[i]].start(), words[run[j - 1]].end()
            surface = _POSSESSIVE.sub("", text[start:end])
            end = start + len(surface)
            n_words = j - i
            if n_words == 1 and _single_word_rejected(surface, text, start, lower_words):
                continue
            trailing = [words[k].group().lower() for k in run[j:]]
            if trailing and trailing[0] not in TRAILING_OK:
                continue
            ctx = _context(text, start, end)
            if use_skeleton:
                candidates = _skeleton_candidates(gaz, surface, hint)
            else:
                candidates = _with_wanted_kind(gaz, gaz.lookup(surface), surface, hint, ctx.wants)
            if not candidates:
                continue
            if n_words == 1 and leading and leading[-1] in DIRECTION_WORDS and ctx.wants is None:
                ctx = _Context(KIND_ADMIN1, True, True, ctx.strong_cue)  # "southern Idlib"
            place = _choose(candidates, hint, ctx.wants)
            if place is None or not _acceptable(place, hint, ctx, n_words):
                continue
            return _to_match(place, surface, start, end, _precision(place, ctx)), j
    return None


_GENERIC_PLACE_WORDS = re.compile(
    r"\b(?:the|town|city|village|camp|area|areas|junction|gate|hotel|airport|international|market|"
    r"district|province|governorate|region|state|oblast|countryside|outskirts|of|near|outside|"
    r"neighbourhood|neighborhood|suburb)\b",
    re.I,
)


def resolve_place(name: str, country_hint: str | None = None) -> PlaceMatch | None:
    """Resolve one place name: a country, "X province", "Town", "Site, Town", "hotel near X".

    Comma-separated parts are tried most specific first; a broader part that resolves when a
    more specific one did not is reported at precision 2 (near it).
    """
    name = (name or "").strip()
    if not name:
        return None
    country = country_code(name)
    if country:
        return PlaceMatch(name, 0, len(name), name_of_code(country), "", name_of_code(country), None, None,
                          KIND_COUNTRY, 3)
    gaz = load_gazetteer()
    hint = _hint_code(country_hint)
    parts = [p.strip() for p in name.split(",") if p.strip()]
    for n, part in enumerate(parts):
        ctx = _context(part, len(part), len(part))
        low = part.lower()
        wants = KIND_ADMIN1 if re.search(r"\b(province|governorate|region|state|oblast)\b", low) else None
        wants = wants or (KIND_DISTRICT if re.search(r"\b(district|county)\b", low) else None)
        near = n > 0 or bool(re.search(r"\b(near|outside|outskirts|countryside|around)\b", low))
        for candidate_name in dict.fromkeys((part, _GENERIC_PLACE_WORDS.sub(" ", part).strip())):
            if not candidate_name:
                continue
            places = _with_wanted_kind(gaz, gaz.lookup(candidate_name), candidate_name, hint, wants)
            if not places:
                places = _skeleton_candidates(gaz, candidate_name, hint)
            place = _choose(places, hint, wants)
            if place is not None and (not hint or place.country_code == hint or place.population >= 20_000):
                ctx = _Context(wants, near, True, True)
                return _to_match(place, name, 0, len(name), _precision(place, ctx))
    inside = [m for m in find_places(name, country_hint) if m.kind != KIND_COUNTRY]
    if inside:
        m = inside[0]
        return PlaceMatch(name, 0, len(name), m.name, m.admin1, m.country, m.latitude, m.longitude, m.kind,
                          max(m.geo_precision, 2) if m.kind != KIND_ADMIN1 else 3)
    return None
