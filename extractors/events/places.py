"""Places named in a text, resolved against the offline gazetteer.

`find_places(text, country_hint)` finds every country, province (admin1), district and town
named in a text; `resolve_place(name, country_hint)` resolves one name ("Idlib province",
"Abu Shouk camp, El Fasher", "southern Idlib"). The country hint is the country the article is
about (`countries.main_country`): candidates there win unless a much bigger place elsewhere has
the same name (HINT_BONUS).

How a capitalised word group becomes a place (each rule has a name below):
- WORD / CONNECTORS / _runs: candidate spans are runs of capitalised words, with lower-case
  articles and particles between them ("Ras al-Ain", "Deir ez-Zor"), never across punctuation;
  a possessive or a Turkish case ending closes a run.
- _match_at: longest known name first inside a run; exact `name_key` first, then the
  transliteration skeleton (only in the hinted country, and only with a cue).
- LEADING_OK / TRAILING_OK: a name that is only part of a run counts only when the rest are
  sentence starters, directions, or place nouns ("Idlib Province", "Kabul Airport");
  "Hayat Tahrir al-Sham" or "Boko Haram" are not places. Not for Title Case headlines
  (_is_headline_style).
- STOPWORDS / STOP_PHRASES (extractors/data/gazetteer_stop*.txt), acronyms, words that the same
  text also uses in lower case ("Police" / "police"), words after a person's title, surnames
  met earlier in a full name (_surname_of) are not places on their own.
- ATTRIBUTIVE_FOLLOWERS: "Houthi rebels", "Iskander missiles", "X-led": only big places.
- MIN_POPULATION_* / _acceptable: how big a place must be without context; a cue ("in",
  "near", "the town of", "... province") lowers the bar; a match on an alternate name only
  (translations, old names) needs a cue outside the hinted country.
- _local_country: "Syria's Idlib", "the Saudi city of Jizan", "Gao in neighbouring Mali" put
  the place in that country whatever the hint.
- _context / _precision: admin nouns decide the kind: "Idlib province" is the admin1
  (precision 3), "X district" the district (2), "near X", "X countryside", "north of X" the
  town at precision 2, "southern Idlib" the province (3).
- _script_places: names in Arabic, Cyrillic, Devanagari ... scripts (towns of
  SCRIPT_MIN_POPULATION or more), with Arabic proclitics and Russian case endings stripped.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from extractors.events.countries import CountryMention, country_code, find_countries, name_of_code
from extractors.events.gazetteer import (
    KIND_ADMIN1,
    KIND_CITY,
    KIND_COUNTRY,
    KIND_DISTRICT,
    KIND_VILLAGE,
    Gazetteer,
    Place,
    fold,
    load_gazetteer,
    script_key,
)
from extractors.events.gazetteer import name_key as gaz_name_key

STOPWORDS_FILE = "gazetteer_stopwords.txt"
STOP_PHRASES_FILE = "gazetteer_stop_phrases.txt"

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# French/Italian elision before a name: "d'Idleb", "l'Ituri", "dell'Aleppo".
_ELISION = re.compile(r"^(?:d|l|qu|dell|all|nell|sull)['’](?=[^\W\d_])", re.I)
_GAP = re.compile(r"[ \t]{1,2}|[ \t]?[-–][ \t]?")
_POSSESSIVE = re.compile(r"['’]s$")
# Turkish case endings written after an apostrophe: "İdlib'de", "Suriye'nin", "Halep'ten".
_CASE_SUFFIX = re.compile(
    r"^(.{3,})['’](?:de|da|te|ta|den|dan|ten|tan|deki|daki|nin|nın|nun|nün|in|ın|un|ün|e|a|ye|ya|i|ı|yi|yı|"
    r"le|la|yle|yla|li|lı|lu|lü)$"
)
MAX_SPAN_WORDS = 6


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Lower-case words allowed inside a capitalised name.
CONNECTORS = _wordset(
    "al el ul il ad an ar as ash at ath az adh ed en er es esh et ez bin ibn bani beni "
    "de del della di da do dos das du des la le les van von"
)
ADMIN1_NOUNS = _wordset(
    "province provinces governorate region oblast state prefecture department wilaya "
    "provincia provinz gouvernorat région región estado état bundesstaat vilayet"
)
DISTRICT_NOUNS = _wordset("district county municipality raion rayon subdistrict commune lga local")
AREA_NOUNS = _wordset("countryside outskirts suburbs area areas environs vicinity surroundings")
SETTLEMENT_NOUNS = _wordset(
    "city town village camp neighbourhood neighborhood hamlet settlement "
    "ville village ciudad pueblo aldea cidade aldeia stadt dorf ortschaft şehir kasaba köy"
)
FACILITY_NOUNS = _wordset(
    "airport airbase base port harbour harbor hospital university school market road highway street "
    "square bridge gate prison dam stadium mosque church checkpoint crossing junction hotel "
    "health directorate council police governor operations command"
)
DIRECTION_WORDS = _wordset(
    "north south east west northern southern eastern western central northeastern northwestern "
    "southeastern southwestern north-east north-west south-east south-west greater upper lower"
)
SENTENCE_STARTERS = _wordset(
    "the in on at as but and when while after before since meanwhile also then so yet "
    "monday tuesday wednesday thursday friday saturday sunday yesterday today"
)
PERSON_TITLES = _wordset(
    "president minister mr mrs ms dr gen general colonel col lt commander captain capt major sgt "
    "sheikh shaikh king prince emir imam spokesman spokeswoman governor mayor senator secretary "
    "ambassador envoy chief judge father brother sister pope cardinal rev"
)
# A name followed by these is a group, an army or a weapon named after it ("Houthi rebels",
# "Iskander missiles", "Houthi-run"): only a big place (a province or a city of
# MIN_POPULATION_ELSEWHERE) may still be meant ("Idlib rebels", "Kabul-based").
ATTRIBUTIVE_FOLLOWERS = _wordset(
    "rebels rebel militants militant fighters fighter militia militias militiamen insurgents insurgent "
    "movement group forces troops separatists jihadists gunmen leader leaders commander spokesman "
    "missile missiles rocket rockets drone drones jet jets launcher launchers system systems "
    "led run backed aligned allied affiliated controlled held linked"
)
LEADING_OK = DIRECTION_WORDS | SENTENCE_STARTERS | ADMIN1_NOUNS | SETTLEMENT_NOUNS
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
_REGION_OF = re.compile(
    r"\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central|rural)\s+$"
)
_ADMIN_OF = re.compile(
    r"\b(?:province|governorate|region|state|oblast|prefecture|wilaya|provincia|provinz|gouvernorat|"
    r"région|región|estado|état)\s+(?:(?:of|de|d'|d’|di|del|der|des|do|da)\s*)?$"
)
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
            for word in line.split():
                words.add(fold(word) or script_key(word))  # other scripts keep their letters
    words.discard("")
    return frozenset(words)


@cache
def stop_phrases() -> frozenset[str]:
    text = resources.files("extractors").joinpath("data", STOP_PHRASES_FILE).read_text(encoding="utf-8")
    return frozenset(fold(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


@dataclass(frozen=True)
class _Context:
    """What the words around a span say about it."""

    wants: str | None  # KIND_ADMIN1 / KIND_DISTRICT when an admin noun names it
    near: bool  # "near X", "X countryside": the town at precision 2
    cue: bool  # a preposition or noun announces a place
    strong_cue: bool  # "the town of X", "X province": a place for sure
    attributive: bool = False  # "X rebels", "X-led", "X missiles": maybe not a place at all


def _context(text: str, start: int, end: int) -> _Context:
    before = text[max(0, start - 80) : start]
    cut = max(before.rfind(". "), before.rfind("\n"))
    before = before[cut + 1 :].lower() if cut >= 0 else before.lower()
    after_words = re.findall(r"[^\W\d_]+", text[end : end + 40].lower())
    nxt = after_words[0] if after_words else ""
    wants = None
    region_of = bool(_REGION_OF.search(before))  # "southern Idlib", "rural Damascus"
    if nxt in ADMIN1_NOUNS or _ADMIN_OF.search(before) or region_of:
        wants = KIND_ADMIN1
    elif nxt in DISTRICT_NOUNS or _DISTRICT_OF.search(before):
        wants = KIND_DISTRICT
    near = bool(_NEAR_CUE.search(before)) or nxt in AREA_NOUNS or region_of
    attributive = nxt in ATTRIBUTIVE_FOLLOWERS
    strong = bool(_STRONG_CUE.search(before)) or wants is not None or nxt in SETTLEMENT_NOUNS
    # A facility noun after a name is no cue: "Baron Hotel" is named after no town.
    cue = strong or near or bool(_PREPOSITION_CUE.search(before))
    return _Context(wants, near, cue and not attributive, strong and not attributive, attributive)


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


def _acceptable(
    place: Place, hint: str | None, ctx: _Context, words: int, alternate: bool, fuzzy: bool
) -> bool:
    """Is this candidate believable given its size, the hint and the context?

    `alternate`: the text matched only one of the place's alternate names (translations, old
    names: where common words of other languages hide). `fuzzy`: matched by skeleton only.
    """
    in_hint = bool(hint) and place.country_code == hint
    if ctx.attributive:
        return place.kind == KIND_ADMIN1 or place.population >= MIN_POPULATION_ELSEWHERE
    if fuzzy:
        return in_hint and (
            ctx.strong_cue or (ctx.cue and (words > 1 or place.population >= MIN_POPULATION_WITH_CUE))
        )
    if place.kind == KIND_ADMIN1 and (ctx.cue or words > 1 or in_hint):
        return True
    if ctx.strong_cue and (
        in_hint or (not alternate and place.population >= MIN_POPULATION_ELSEWHERE_WITH_CUE)
    ):
        return True
    if alternate and not in_hint:
        return ctx.cue and place.population >= MIN_POPULATION_ELSEWHERE
    if in_hint:
        return ctx.cue or words > 1 or place.population >= MIN_POPULATION_IN_HINTED_COUNTRY
    if ctx.cue:
        floor = MIN_POPULATION_ELSEWHERE_WITH_CUE if hint else MIN_POPULATION_WITH_CUE
        return place.population >= floor
    return place.population >= (MIN_POPULATION_ELSEWHERE_WITH_CUE if words > 1 else MIN_POPULATION_ELSEWHERE)


def _precision(place: Place, ctx: _Context) -> int:
    """1 the town itself, 2 near it or its district, 3 the province. A town standing in for the
    area an admin noun names ("Mafa local government area" when only the town Mafa is known)
    is as coarse as that area."""
    if place.kind == KIND_ADMIN1 or ctx.wants == KIND_ADMIN1:
        return 3
    if place.kind == KIND_DISTRICT or ctx.near or ctx.wants == KIND_DISTRICT:
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


class _Word:
    """A word of the text (the interface of a regex match: start(), end(), group())."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


def _words(text: str) -> list[_Word]:
    out = []
    for m in WORD.finditer(text):
        start, token = m.start(), m.group()
        elided = _ELISION.match(token)
        if elided:
            start, token = start + elided.end(), token[elided.end() :]
        out.append(_Word(start, m.end(), token))
    return out


def _runs(text: str, words: list[_Word], skip: set[int]) -> list[list[int]]:
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
        # A possessive or a Turkish case ending closes a name: "Khyber Pakhtunkhwa's Bannu".
        if current and (_POSSESSIVE.search(token) or _CASE_SUFFIX.match(token)):
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


def find_places(text: str, country_hint: str | None = None, language: str | None = None) -> list[PlaceMatch]:
    """Every country, province, district and town named in `text`, in text order."""
    gaz = load_gazetteer()
    hint = _hint_code(country_hint)
    words = _words(text)
    lower_words = {w.group() for w in words if w.group().islower()}
    found: list[PlaceMatch] = []

    # Countries (not demonyms) first; their words and demonyms are never towns.
    skip: set[int] = set()
    starts = {w.start(): i for i, w in enumerate(words)}
    countries = find_countries(text, language)  # in text order
    country_starts = [m.start for m in countries]
    for m in countries:
        i = starts.get(m.start)
        while i is not None and i < len(words) and words[i].start() < m.end:
            skip.add(i)
            i += 1
        if not m.demonym:
            found.append(_country_or_its_region(gaz, m, text, hint))

    headline_style = _is_headline_style(words)
    person_names: set[str] = set()
    towns: list[PlaceMatch] = []
    for run in _runs(text, words, skip):
        i = 0
        matched_any = False
        local = _local_country(text, words[run[0]].start(), words[run[-1]].end(), countries, country_starts)
        while i < len(run):
            hit = _match_at(text, words, run, i, gaz, local or hint, lower_words, matched_any, headline_style)
            if hit is None:
                i += 1
                continue
            match, i = hit
            matched_any = True
            towns.append(match)
        if not matched_any and not headline_style:
            person_names.update(_surname_of(run, words, gaz))
    found.extend(_script_places(text, gaz, hint))
    # PERSON_NAMES: "Rahmi Dogan said ... Dogan added": a word met as the last of a name that is
    # no place is a surname when it comes back alone.
    found.extend(
        m
        for m in towns
        if not (
            m.kind in (KIND_CITY, KIND_VILLAGE) and " " not in m.surface and fold(m.surface) in person_names
        )
    )
    found.sort(key=lambda m: m.start)
    return found


# Words of any script: what lies between spaces and punctuation (Devanagari vowel signs are not
# \w, so WORD would cut "इदलिब" apart).
_SCRIPT_WORD = re.compile(r"[^\s\d!-/:-@\[-`{-~«»“”„‘’،؛؟。、·]+")
_ARABIC_CLITICS = ("وال", "بال", "فال", "كال", "لل", "و", "ب", "ل", "ف", "ك")
_CYRILLIC_ENDINGS = ("ах", "ях", "ом", "ем", "ой", "ей", "е", "у", "а", "и", "ы", "ю")


def _is_other_script(token: str) -> bool:
    return not token.isascii() and any(c.isalpha() for c in token) and not fold(token)


def _script_variants(token: str) -> list[str]:
    """The token, then without an Arabic proclitic ("بإدلب" -> "إدلب"), or without a Russian /
    Ukrainian case ending ("Идлибе" -> "Идлиб")."""
    variants = [token]
    variants += [token[len(p) :] for p in _ARABIC_CLITICS if token.startswith(p) and len(token) - len(p) >= 3]
    if any("\u0400" <= c <= "\u04ff" for c in token):
        variants += [
            token[: -len(e)] for e in _CYRILLIC_ENDINGS if token.endswith(e) and len(token) - len(e) >= 4
        ]
    return variants


def _script_places(text: str, gaz: Gazetteer, hint: str | None) -> list[PlaceMatch]:
    """Towns named in a non-Latin script (Arabic, Cyrillic, Devanagari ...): whole-word names of
    towns of SCRIPT_MIN_POPULATION or more; in the hinted country, or big (no cue is read)."""
    if text.isascii() or not gaz.by_script:
        return []
    tokens = [m for m in _SCRIPT_WORD.finditer(text) if _is_other_script(m.group())]
    found: list[PlaceMatch] = []
    i = 0
    while i < len(tokens):
        hit = None
        for j in range(min(len(tokens), i + 3), i, -1):
            if any(
                not re.fullmatch(r"[ \t\-]{1,2}", text[tokens[k].end() : tokens[k + 1].start()])
                for k in range(i, j - 1)
            ):
                continue
            start, end = tokens[i].start(), tokens[j - 1].end()
            surface = text[start:end]
            variants = _script_variants(surface) if j == i + 1 else [surface]
            stop = stopwords()
            candidates = [
                p for v in variants if len(v) >= 3 and script_key(v) not in stop for p in gaz.lookup_script(v)
            ]
            place = _choose(candidates, hint, None)
            in_hint = bool(hint) and place is not None and place.country_code == hint
            if place is not None and (in_hint or place.population >= MIN_POPULATION_ELSEWHERE):
                hit = _to_match(place, surface, start, end, 1 if place.kind != KIND_ADMIN1 else 3), j
                break
        if hit:
            found.append(hit[0])
            i = hit[1]
        else:
            i += 1
    return found


HEADLINE_MIN_WORDS = 4
HEADLINE_CAPITALISED_SHARE = 0.7


def _is_headline_style(words: list[_Word]) -> bool:
    """Title Case text ("Airstrike In Syria's Idlib Kills 33 Soldiers"): every word capitalised,
    so runs say nothing about where a name ends; only the single-word rules apply."""
    long_words = [w.group() for w in words if len(w.group()) > 3]
    if len(long_words) < HEADLINE_MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in long_words) >= HEADLINE_CAPITALISED_SHARE * len(long_words)


def _surname_of(run: list[int], words: list[_Word], gaz: Gazetteer) -> list[str]:
    """The last word of a two- or three-word name that is no place, unless that word is a big
    place itself ("Radio Mogadishu" says nothing about Mogadishu)."""
    tokens = [words[k].group() for k in run if words[k].group()[0].isupper()]
    while tokens and (tokens[0].lower() in LEADING_OK or fold(tokens[0]) in stopwords()):
        tokens.pop(0)  # "Commander", "The", "On"
    if not 2 <= len(tokens) <= 3:
        return []
    last = _POSSESSIVE.sub("", tokens[-1])
    if fold(last) in stopwords():
        return []
    if any(p.kind == KIND_ADMIN1 or p.population >= MIN_POPULATION_ELSEWHERE for p in gaz.lookup(last)):
        return []
    return [fold(last)]


def _country_or_its_region(gaz: Gazetteer, m: CountryMention, text: str, hint: str | None) -> PlaceMatch:
    """A country mention, or the admin1 it also names: "West Bank" and "Gaza Strip" are
    Palestine's; "Niger State" (with an admin noun after it) is the Nigerian state, not Niger."""
    admin_noun = _ADMIN_NOUN_AFTER.match(text, m.end)
    wants_admin = bool(admin_noun) and admin_noun.group(1).lower() in ADMIN1_NOUNS
    regions = [p for p in gaz.lookup(m.surface) if p.kind == KIND_ADMIN1]
    for place in regions:
        if place.country_code == m.code:
            return _to_match(place, m.surface, m.start, m.end, 3)
    if wants_admin and regions:
        place = _choose(regions, hint, KIND_ADMIN1)
        return _to_match(place, m.surface, m.start, m.end, 3)
    return PlaceMatch(m.surface, m.start, m.end, m.country, "", m.country, None, None, KIND_COUNTRY, 3)


# The country a place is put in by the words around it: "Syria's Idlib", "the Saudi city of
# Jizan", "Gao, Mali", "Gao in neighbouring Mali". It overrides the article's country hint.
_COUNTRY_AFTER = re.compile(
    r"(?:['’]s)?(?:\s*,\s*|\s+in\s+(?:the\s+)?(?:neighbou?ring\s+|(?:north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west|central)(?:ern)?\s+)?)"
)
_BETWEEN_DEMONYM_AND_PLACE = re.compile(
    r"\s+(?:[a-z\-]+\s+){0,2}(?:town|city|village|province|region|capital|port|governorate|state|"
    r"district|camp|border|area)\s+(?:of\s+)?",
)


def _local_country(
    text: str, start: int, end: int, countries: list[CountryMention], starts: list[int]
) -> str | None:
    """The country named right before ("Syria's", "the Saudi city of") or right after ("in
    neighbouring Mali", ", Mali") the words start:end, as an ISO code; None if none."""
    k = bisect.bisect_left(starts, start)
    if k > 0:
        m = countries[k - 1]
        between = text[m.end : start]
        if start - m.end <= 40:
            if not m.demonym and re.fullmatch(r"['’]s\s+", between):
                return m.code
            if m.demonym and _BETWEEN_DEMONYM_AND_PLACE.fullmatch(between):
                return m.code
    k = bisect.bisect_left(starts, end)
    if k < len(countries):
        m = countries[k]
        if not m.demonym and m.start - end <= 40:
            gap = _COUNTRY_AFTER.match(text, end)
            if gap and gap.end() == m.start:
                return m.code
    return None


def _skeleton_candidates(gaz: Gazetteer, name: str, hint: str | None) -> list[Place]:
    """Transliteration variants: only with a country hint, and only places in that country."""
    if not hint or sum(c.isalpha() for c in name) < MIN_SKELETON_LETTERS:
        return []
    return [p for p in gaz.lookup_skeleton(name) if p.country_code == hint]


def _with_wanted_kind(
    gaz: Gazetteer, candidates: list[Place], name: str, hint: str | None, wants: str | None
) -> list[Place]:
    """When an admin noun asks for a province the exact spelling lacks ("Saada province" where
    GeoNames spells the province "Sa'dah"), add the skeleton's provinces."""
    if wants and not any(p.kind == wants for p in candidates):
        variants = gaz.lookup_skeleton(name) if sum(c.isalpha() for c in name) >= MIN_SKELETON_LETTERS else []
        candidates = candidates + [
            p for p in variants if p.kind == wants and (not hint or p.country_code == hint)
        ]
    return candidates


_ADMIN_NOUN_AFTER = re.compile(r"(?:['’]s)?\s*([^\W\d_]+)")  # the word after a name


def _admin_noun_near(text: str, start: int, end: int) -> bool:
    """Cheap pre-check: may an admin noun ask for a province or district spelled differently?"""
    after = _ADMIN_NOUN_AFTER.match(text, end)
    if after and after.group(1).lower() in ADMIN1_NOUNS | DISTRICT_NOUNS:
        return True
    return text[max(0, start - 4) : start].lower().rstrip().endswith(("of", "de", "d'", "d’"))


def _match_at(
    text: str,
    words: list[_Word],
    run: list[int],
    i: int,
    gaz: Gazetteer,
    hint: str | None,
    lower_words: set[str],
    matched_before: bool,
    headline_style: bool = False,
) -> tuple[PlaceMatch, int] | None:
    """The longest place starting at run[i], as (match, index after it in the run), or None."""
    leading = [words[k].group().lower() for k in run[:i]]
    if not (matched_before or headline_style) and any(
        w not in LEADING_OK and w not in CONNECTORS for w in leading
    ):
        return None
    for use_skeleton in (False, True):
        for j in range(min(len(run), i + MAX_SPAN_WORDS), i, -1):
            start, end = words[run[i]].start(), words[run[j - 1]].end()
            surface = _POSSESSIVE.sub("", text[start:end])
            n_words = j - i
            suffixed = _CASE_SUFFIX.match(surface)
            if suffixed and not gaz.lookup(surface):  # Turkish "İdlib'de", "Halep'te"
                surface = suffixed.group(1)
            end = start + len(surface)
            if n_words == 1 and _single_word_rejected(surface, text, start, lower_words):
                continue
            if n_words > 1 and fold(surface) in stop_phrases():
                continue
            trailing = [words[k].group().lower() for k in run[j:]]
            if trailing and trailing[0] not in TRAILING_OK and not headline_style:
                continue
            if use_skeleton:
                if not hint:
                    break
                candidates = _skeleton_candidates(gaz, surface, hint)
                if not candidates:
                    continue
                ctx = _context(text, start, end)
            else:
                candidates = gaz.lookup(surface)
                if not candidates and not _admin_noun_near(text, start, end):
                    continue
                ctx = _context(text, start, end)
                candidates = _with_wanted_kind(gaz, candidates, surface, hint, ctx.wants)
                if not candidates:
                    continue
            if n_words == 1 and leading and leading[-1] in DIRECTION_WORDS and ctx.wants is None:
                ctx = _Context(KIND_ADMIN1, True, True, ctx.strong_cue, ctx.attributive)  # "southern Idlib"
            place = _choose(candidates, hint, ctx.wants)
            if place is None:
                continue
            alternate = gaz_name_key(place.name) != gaz_name_key(surface) and place.kind in (
                KIND_CITY,
                KIND_VILLAGE,
            )
            if not _acceptable(place, hint, ctx, n_words, alternate, use_skeleton):
                continue
            return _to_match(place, surface, start, end, _precision(place, ctx)), j
    return None


_GENERIC_PLACE_WORDS = re.compile(
    r"\b(?:the|town|city|village|camp|area|areas|junction|gate|hotel|airport|international|market|"
    r"district|province|governorate|region|state|oblast|countryside|outskirts|of|near|outside|around|"
    r"neighbourhood|neighborhood|suburb|local|government|lga)\b",
    re.I,
)
_REGION_WORDS = re.compile(
    r"\b(?:rural|(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central)\b", re.I
)
_ADMIN1_WORDS = re.compile(r"\b(?:province|governorate|region|state|oblast)\b", re.I)
_DISTRICT_WORDS = re.compile(r"\b(?:district|county|local government|lga)\b", re.I)
_NEAR_WORDS = re.compile(r"\b(?:near|outside|outskirts|countryside|around)\b", re.I)


def resolve_place(name: str, country_hint: str | None = None) -> PlaceMatch | None:
    """Resolve one place name: a country, "X province", "Town", "Site, Town", "hotel near X",
    "southern Idlib" (the province). None when nothing fits.

    Comma-separated parts are tried most specific first; a broader part that resolves when a
    more specific one did not is reported at precision 2 (near it). Outside the hinted country
    only places of MIN_POPULATION_ELSEWHERE or more are taken.
    """
    name = (name or "").strip()
    if not name:
        return None
    gaz = load_gazetteer()
    hint = _hint_code(country_hint)
    country = country_code(name)
    if country:
        m = find_countries(name)
        mention = m[0] if m else None
        if mention is not None and mention.start == 0 and mention.end == len(name):
            return _country_or_its_region(gaz, mention, name, hint)
        return PlaceMatch(
            name, 0, len(name), name_of_code(country), "", name_of_code(country), None, None, KIND_COUNTRY, 3
        )
    parts = [p.strip() for p in name.split(",") if p.strip()]
    for n, part in enumerate(parts):
        wants = KIND_ADMIN1 if _ADMIN1_WORDS.search(part) else None
        wants = wants or (KIND_DISTRICT if _DISTRICT_WORDS.search(part) else None)
        near = n > 0 or bool(_NEAR_WORDS.search(part))
        bare = _GENERIC_PLACE_WORDS.sub(" ", part)
        regional = _REGION_WORDS.sub(" ", bare)
        attempts = [(part, wants), (bare, wants), (regional, wants or KIND_ADMIN1)]
        for candidate_name, wanted in dict.fromkeys((" ".join(c.split()), w) for c, w in attempts):
            if not candidate_name:
                continue
            places = _with_wanted_kind(gaz, gaz.lookup(candidate_name), candidate_name, hint, wanted)
            if not places:
                places = _skeleton_candidates(gaz, candidate_name, hint)
            place = _choose(places, hint, wanted)
            if place is None:
                continue
            if hint and place.country_code != hint and place.population < MIN_POPULATION_ELSEWHERE:
                continue
            ctx = _Context(wanted, near, True, True)
            return _to_match(place, name, 0, len(name), _precision(place, ctx))
    inside = [m for m in find_places(name, country_hint) if m.kind != KIND_COUNTRY]
    if inside:
        m = inside[0]
        precision = 3 if m.kind == KIND_ADMIN1 else max(m.geo_precision, 2)
        return PlaceMatch(
            name, 0, len(name), m.name, m.admin1, m.country, m.latitude, m.longitude, m.kind, precision
        )
    return None
