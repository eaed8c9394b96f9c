"""Places named in a text, resolved against the offline gazetteer.

`find_places(text, country_hint)` finds every country, province (admin1), district and town
named in a text; `resolve_place(name, country_hint)` resolves one name ("Idlib province",
"Abu Shouk camp, El Fasher", "southern Idlib"). The country hint is the country the article is
about (`countries.main_country`): candidates there win unless a much bigger place elsewhere has
the same name (HINT_BONUS).

How a capitalised word group becomes a place (each rule has a name below):
- WORD / `name_particles` / _runs: candidate spans are runs of capitalised words, with lower-case
  articles and particles between them ("Ras al-Ain", "Deir ez-Zor"), never across punctuation;
  an ending after an apostrophe the pack declares (a possessive, a Turkish case ending) closes a run.
- ACT_AFTER (`_aimed_at_by_the_act_after`): a name closed by such an ending with an act's word
  right after it is cued, as an act's word before a name is ("Halep'e saldırdı").
The words around a name (place nouns, directions, prepositions, titles) come from the language
pack of the text (`place_cues.place_cues(language)`), never from this module.
- _match_at: longest known name first inside a run; exact `name_key` first, then the
  transliteration skeleton (only in the hinted country, and only with a cue).
- leading_ok / trailing_ok: a name that is only part of a run counts only when the rest are
  sentence starters, directions, or place nouns ("Idlib Province", "Kabul Airport");
  "Hayat Tahrir al-Sham" or "Boko Haram" are not places. Not for Title Case headlines
  (_is_headline_style).
- PHRASE_WORDS: a word inside a multi-word trigger or near-preposition phrase of the pack ("in Brand
  setzen", "in der Nähe von", German
  capitalising its nouns) is no place.
- PACK_WORDS: a word of the pack's own vocabulary (`place_cues.VOCABULARY`: triggers, actors,
  connectors, prepositions ...) opening a sentence is no place ("Puis, ...", "Segundo a polícia").
- COMMON_WORDS (`_common_word`): in a script without letter case, a one-word name that is among
  the commonest words of the text's language (wordfreq's Zipf frequency COMMON_WORD_ZIPF or more:
  Arabic "كان" 'was', "بعد" 'after') is a word of the language, not a town (Caen, a Baad).
- STOPWORDS / STOP_PHRASES (extractors/data/gazetteer_stop*.txt), acronyms, words that the same
  text also uses in lower case ("Police" / "police"), words after a person's title, surnames
  met earlier in a full name (_surname_of) are not places on their own.
- attributive words after a name ("Houthi rebels", "Iskander missiles", "X-led"): only big places.
- MIN_POPULATION_* / _acceptable: how big a place must be without context; a cue ("in",
  "near", "the town of", "... province") lowers the bar; a match on an alternate name only
  (translations, old names) needs a cue outside the hinted country.
- _local_country: "Syria's Idlib", "the Saudi city of Jizan", "Gao in neighbouring Mali" put
  the place in that country whatever the hint.
- REGION_AGREEMENT (_in_named_regions): a town named beside a region of its country is the
  namesake in that region ("Bijapur, Chhattisgarh").
- OWN_COUNTRY (_unlisted_in): a place the text puts in a country is never a same-named place of
  another country ("Palma, norte de Moçambique"); the gazetteer lacking it there, it is kept by name.
- OWN_REGION (_abroad_beside_region): "Léré, dans la région de Tombouctou": a town named before a
  region of another country than its namesake's is in that region (kept by name, at the region).
- HELD_BY (_container_before): a place in the possessive (the pack's `place_words.possessive`) holds
  the name after it ("Hakkari'nin Yüksekova ilçesi", "İstanbul'un Gazi Mahallesi"): the name is
  in its country (kept at its position when the gazetteer lacks it there); `within` names the holder,
  which is no event place of its own (`locate.event_places`).
- _context / _precision: admin nouns decide the kind: "Idlib province" is the admin1
  (precision 3), "X district" the district (2), "near X", "X countryside", "north of X" the
  town at precision 2, "southern Idlib" the province (3).
- _script_places: names in Arabic, Cyrillic, Devanagari ... scripts (towns of
  SCRIPT_MIN_POPULATION or more), with Arabic proclitics and Russian case endings stripped.
- SMALL_TOWNS (`_sized`): a smaller town named in Arabic, Cyrillic or Devanagari counts only when no
  bigger place has the name, in the text's own country, with a place cue ("بمديرية حريب").
- NAME_ENDINGS (_inflected_forms): an inflected name the gazetteer lacks as written is read in its
  nominative by the pack's `place_words.name_endings` ("Мирнограда", "Clujului").
- REGION_ADJECTIVES / REGION_NAMES (_region_word): "Херсонской области", "Харківщина" name the region
  of their main town (the pack's endings give the town; the region is the one named like it).
- INFLECTED_COMPOUNDS (_inflected_compound): a name of several words is read back word by word
  (`name_endings`, `adjective_endings`): "в Нижнем Новгороде", "в Ростове-на-Дону".
- OWN_NAME: a namesake known by the name as its own is tried when the biggest match, known by it only
  as an alternate name, is not believable ("Southport").
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from extractors.events.countries import CountryMention, country_code, find_countries, name_of_code
from extractors.events.gazetteer import (
    KIND_ADMIN1,
    KIND_CITY,
    KIND_COUNTRY,
    KIND_DISTRICT,
    KIND_VILLAGE,
    SCRIPT_MIN_POPULATION,
    Gazetteer,
    Place,
    fold,
    load_gazetteer,
    script_key,
)
from extractors.events.gazetteer import name_key as gaz_name_key
from extractors.events.place_cues import PlaceCues, name_particles, place_cues
from extractors.remembered import make_room

STOPWORDS_FILE = "gazetteer_stopwords.txt"
STOP_PHRASES_FILE = "gazetteer_stop_phrases.txt"

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_GAP = re.compile(r"[ \t]{1,2}|[ \t]?[-–][ \t]?")
MAX_SPAN_WORDS = 6
_LETTERS = re.compile(r"[^\W\d_]+")


# Population a place must have to count without any cue (one-word names), by situation.
MIN_POPULATION_IN_HINTED_COUNTRY = 5_000
MIN_POPULATION_ELSEWHERE = 100_000
MIN_POPULATION_ELSEWHERE_WITH_CUE = 20_000
# Zipf frequency (6 = once in a thousand words) from which a caseless word is a word, not a name.
COMMON_WORD_ZIPF = 6.0
# ... and from which a caseless word is too common to be the name of a smaller town (SMALL_TOWNS).
SMALL_TOWN_MAX_ZIPF = 4.0
MIN_POPULATION_WITH_CUE = 1_000
# A candidate in the hinted country outweighs one this many times bigger elsewhere.
HINT_BONUS = 3.0  # in log10 population units: 1,000x
# A town named like the district a text names ("the district of X") is nearly that district: its seat.
SEAT_BONUS = 4.0
MIN_SKELETON_LETTERS = 5
SCRIPT_CUED_MIN_LETTERS = 4  # a cued one-word name in a script without case: longer than "دير"


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
    within: int = -1  # start offset of the place that holds this one in the text (HELD_BY), else -1


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
    act: bool = False  # an act's word right before ("struck X", "frappes sur X"): what was hit


CONTEXT_MEMO = 20_000  # contexts (`_context`) remembered: an article's names are read in several passes


def _context(text: str, start: int, end: int, cues: PlaceCues) -> _Context:
    before = text[max(0, start - 80) : start]
    cut = max(before.rfind(". "), before.rfind("\n"))
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


def _aimed_at_by_the_act_after(word: str, later: str, cues: PlaceCues) -> bool:
    """ACT_AFTER: a name closed by a case ending of the pack (`clitics.suffixes` with an apostrophe)
    with an act's word right after it is what the act struck (verb-final languages: "Halep'e
    saldırdı", "Gazze'ye hava saldırısı"): a cue, as an act's word before a name is in others."""
    if not later or _closing_suffix(word, cues) is None:
        return False
    tokens = cues.pack.tokens(later)
    return any(m.first == 0 for m in cues.pack.find(tokens, ("triggers", "generic_violence")))


def _context_of(before: str, nxt: str, word: str, cues: PlaceCues) -> _Context:
    prev_words = _LETTERS.findall(before)
    prev = prev_words[-1] if prev_words else ""
    wants = None
    region_of = cues.is_("direction", prev)  # "southern Idlib", "rural Damascus"
    if cues.is_("region", nxt) or cues.last_is(before, "region") or region_of:
        wants = KIND_ADMIN1
    elif cues.is_("district", nxt) or cues.last_is(before, "district"):
        wants = KIND_DISTRICT
    near = cues.ends_with(before, ("near_prepositions",)) or cues.is_("area", nxt) or region_of
    attributive = cues.is_("attributive", nxt)
    strong = cues.last_is(before, "settlement") or wants is not None or cues.is_("settlement", nxt)
    # a facility noun after a name is no cue: "Baron Hotel" is named after no town
    cue = strong or near or cues.ends_with(before, ("locative_prepositions", "triggers.Battles.territory"), 2)
    # a case ending that is itself a locative of the pack ("İdlib'de" = "in Idlib")
    cue = cue or cues.ends_with(word, ("locative_prepositions",), 0)
    act = not attributive and cues.ends_with(before, ("triggers", "generic_violence"), 2)
    return _Context(wants, near, cue and not attributive, strong and not attributive, attributive, act)


def _score(place: Place, hint: str | None, wants: str | None) -> float:
    score = math.log10(place.population + 10)
    if hint and place.country_code == hint:
        score += HINT_BONUS
    if wants:
        score += 5.0 if place.kind == wants else (2.0 if place.kind == KIND_ADMIN1 else 0.0)
        if wants == KIND_DISTRICT and place.kind in (KIND_CITY, KIND_VILLAGE):
            score += SEAT_BONUS  # "municipio de Corinto", "distrito de Palma": the town is its seat
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
    if not in_hint and hint and (ctx.cue or ctx.act) and not fuzzy and _borders(hint, place.country_code):
        # CROSS_BORDER: with a cue, a town across the border of the article's country is believable
        # as one of it ("frappes sur Kobané"); `locate.places_in` keeps it when an act's word hit it
        return place.kind == KIND_ADMIN1 or place.population >= MIN_POPULATION_WITH_CUE
    if ctx.attributive:
        return place.kind == KIND_ADMIN1 or place.population >= MIN_POPULATION_ELSEWHERE
    if fuzzy:
        return in_hint and (
            ctx.strong_cue
            or (ctx.cue and (words > 1 or place.population >= MIN_POPULATION_WITH_CUE))
            or (ctx.act and words > 1)  # "strikes hit Maarat al-Numan": what an act hit, a name of words
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


@cache
def _borders(code: str, other: str) -> bool:
    from extractors.events.countries import neighbours

    return name_of_code(other) in neighbours(name_of_code(code))


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


def _words(text: str, cues: PlaceCues) -> list[_Word]:
    """The words of the text: its WORD matches, an elided article cut off (a `_Word` then)."""
    out: list = []
    elisions = cues.elisions()
    for m in WORD.finditer(text):
        token = m.group()
        if not elisions or ("'" not in token and "’" not in token):  # every elision ends with an apostrophe
            out.append(m)
            continue
        low = token.lower().replace("’", "'")
        # an elided article is written in lower case ("d'Idleb"); "N'Gourma", "N'Djamena" are names
        elided = next(
            (e for e in elisions if low.startswith(e) and len(low) > len(e) and token[0].islower()), None
        )
        if elided:  # "d'Idleb", "l'Ituri", "dell'Aleppo"
            out.append(_Word(m.start() + len(elided), m.end(), token[len(elided) :]))
        else:
            out.append(m)
    return out


def _closing_suffix(token: str, cues: PlaceCues) -> str | None:
    """An ending after an apostrophe that closes a name ("Pakhtunkhwa's", "İdlib'de"), or None."""
    if "'" not in token and "’" not in token:
        return None  # every such ending holds an apostrophe
    low = token.lower().replace("’", "'")
    return next((x for x in cues.apostrophe_suffixes() if low.endswith(x) and len(low) - len(x) >= 3), None)


def _without_suffix(surface: str, cues: PlaceCues) -> str:
    suffix = _closing_suffix(surface, cues)
    return surface[: -len(suffix)] if suffix else surface


def _runs(text: str, words: list[_Word], skip: set[int], cues: PlaceCues) -> list[list[int]]:
    """Runs of word indexes that may form names: capitalised words and inner connectors."""
    runs: list[list[int]] = []
    current: list[int] = []
    particles = name_particles()
    for i, w in enumerate(words):
        token = w.group()
        capital = token[0].isupper() and i not in skip
        connector = (
            token in particles
            and not cues.is_("locative", token)  # Indonesian "di" is "in": "gedung DPR di Jakarta"
            and i + 1 < len(words)
            and words[i + 1].group()[0].isupper()
            and _GAP.fullmatch(text[w.end() : words[i + 1].start()]) is not None
        )
        joined = bool(current) and _GAP.fullmatch(text[words[current[-1]].end() : w.start()]) is not None
        if joined and capital and cues.weekday_word(token):
            joined = capital = False  # "jijini Nairobi Jumanne": a weekday after a name ends it
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
        if current and _closing_suffix(token, cues):
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [r for r in runs if any(words[i].group()[0].isupper() for i in r)]


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\n\"«»“”„(\[—–]|\s-)\s*$")


def _opens_sentence(text: str, start: int) -> bool:
    return _SENTENCE_OPENING.search(text[max(0, start - 4) : start]) is not None or not text[:start].strip()


def _single_word_rejected(token: str, text: str, start: int, lower_words: set[str], cues: PlaceCues) -> bool:
    key = fold(_without_suffix(token, cues))
    if key in stopwords() or (len(token) > 1 and token.isupper()) or len(key) < 3:
        return True
    if key in lower_words:
        return True
    if any(cues.is_(kind, token) for kind in ("settlement", "region", "district", "area", "quarter")):
        return True  # PLACE_NOUNS: "ein Dorf nahe Bunia" (German capitalises its nouns): no village "Dorf"
    if cues.is_("direction", token) and not _opens_sentence(text, start):
        return True  # "im Norden Syriens" (a capitalised noun of the pack's directions): no town "Norden"
    prev = _LETTERS.findall(text[max(0, start - 25) : start])
    return bool(prev) and cues.is_("titles", prev[-1])


def find_places(text: str, country_hint: str | None = None, language: str | None = None) -> list[PlaceMatch]:
    """Every country, province, district and town named in `text`, in text order."""
    gaz = load_gazetteer()
    hint = _hint_code(country_hint)
    cues = place_cues(language)
    words = _words(text, cues)
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
            found.append(_country_or_its_region(gaz, m, text, hint, cues))

    headline_style = _is_headline_style(words)
    person_names: set[str] = set()
    inside: list[frozenset[int]] = []

    def phrase_words() -> frozenset[int]:
        """Start offsets of the words inside a multi-word trigger phrase of the text, after its first
        word (found once, when a one-word name first needs it)."""
        if not inside:
            inside.append(cues.phrase_inner_starts(text))
        return inside[0]

    towns: list[PlaceMatch] = []
    for run in _runs(text, words, skip, cues):
        i = 0
        matched_any = False
        local = _local_country(
            text, words[run[0]].start(), words[run[-1]].end(), countries, country_starts, cues
        )
        container = _container_before(text, words[run[0]].start(), towns, cues)
        own = _apposition_country(text, words[run[-1]].end(), countries, country_starts, cues)
        if container is not None and not own:
            own = country_code(container.country)
        while i < len(run):
            hit = _match_at(
                text, words, run, i, gaz, local or hint, lower_words, matched_any, cues, headline_style
            )
            if hit is None:
                i += 1
                continue
            match, i = hit
            if own and match.country != name_of_code(own):
                continue  # OWN_COUNTRY: "Palma, norte de Moçambique" is no Palma of Spain
            if " " not in match.surface and match.start in phrase_words():
                continue  # PHRASE_WORDS: "setzten Paletten in Brand": a word of a trigger phrase
            matched_any = True
            towns.append(match)
        if own and not matched_any:
            unlisted = _unlisted_in(text, words, run, own, lower_words, cues, container)
            if unlisted is not None:
                towns.append(unlisted)
                matched_any = True
        if container is not None and matched_any and towns[-1] is not container:
            # HELD_BY: "Hakkari'nin Yüksekova ilçesi": the district is where; its province holds it
            towns[-1] = replace(towns[-1], within=container.start)
        if not matched_any and not headline_style:
            person_names.update(_surname_of(run, words, gaz, cues))
    towns = _in_named_regions(towns, gaz)
    towns = _abroad_beside_region(text, towns, cues)
    # a country's name is never a town, in any script ("в столице Армении" is no Armenia of Colombia)
    found.extend(
        p for p in _script_places(text, gaz, hint, cues)
        if not any(m.start < p.end and p.start < m.end for m in countries)
    )  # fmt: skip
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


def _in_named_regions(towns: list[PlaceMatch], gaz: Gazetteer) -> list[PlaceMatch]:
    """REGION_AGREEMENT: a town the text names beside a region of its country ("Bijapur,
    Chhattisgarh", "San Pedro, in Santa Cruz department") is the town of that name in that region,
    when the gazetteer has one there, rather than a bigger namesake in another region."""
    regions = {(m.country, m.admin1) for m in towns if m.kind == KIND_ADMIN1}
    if not regions:
        return towns
    out = []
    for m in towns:
        if m.kind != KIND_ADMIN1 and (m.country, m.admin1) not in regions:
            inside = [
                p
                for p in gaz.lookup(m.surface)
                if p.kind != KIND_ADMIN1 and (name_of_code(p.country_code), p.admin1) in regions
                and name_of_code(p.country_code) == m.country
            ]  # fmt: skip
            if inside:
                m = _to_match(
                    max(inside, key=lambda p: p.population), m.surface, m.start, m.end, m.geo_precision
                )
        out.append(m)
    return out


def _abroad_beside_region(text: str, towns: list[PlaceMatch], cues: PlaceCues) -> list[PlaceMatch]:
    """OWN_REGION: a town the text puts in a region right after it ("Léré, dans la région de
    Tombouctou", "Xyz, in Borno state", "Intan Jaya, Papua") is in that region's country; a namesake
    abroad is no match: the name is kept (with the capitalised words of it the gazetteer missed),
    placed at its region (the gazetteer lacks it there)."""
    out = []
    regions = [m for m in towns if m.kind == KIND_ADMIN1]
    for m in towns:
        if m.kind in (KIND_CITY, KIND_VILLAGE):
            region = next((r for r in regions if 0 < r.start - m.end <= 40), None)
            gap = text[m.end : region.start] if region is not None else ""
            # "Intan Jaya, Papua": the rest of the name, then only a comma before the region
            rest = _NAME_REST.match(gap)
            bare = (
                rest is not None
                and gap[rest.end() :].strip() == ","
                and all(w[:1].isupper() for w in rest.group().split())
            )
            if (
                region is not None
                and region.country != m.country
                and "," in gap
                and (bare or _only_linking_words(gap, cues, need_noun=True))
            ):
                end = m.end + (rest.end() if bare and rest is not None else 0)
                name = text[m.start : end]
                m = PlaceMatch(name, m.start, end, name, region.admin1 or region.name, region.country,
                               region.latitude, region.longitude, KIND_VILLAGE, 3)  # fmt: skip
        out.append(m)
    return out


_NAME_REST = re.compile(r"(?:[ \t]+[^\W\d_][\w'’-]*)*(?=\s*,)")  # words up to a comma


# Words of any script: what lies between spaces and punctuation (Devanagari vowel signs are not
# \w, so WORD would cut "इदलिब" apart).
_SCRIPT_WORD = re.compile(r"[^\s\d!-/:-@\[-`{-~«»“”„‘’،؛؟。、·]+")


_SCRIPT_GAP = re.compile(r"[ \t\-]{1,2}")  # between the words of one name in another script
_SPACES = re.compile(r"[ \t]{1,2}")


def _is_other_script(token: str) -> bool:
    return not token.isascii() and any(c.isalpha() for c in token) and not fold(token)


def _script_variants(token: str, cues: PlaceCues) -> list[str]:
    """The token, then without a proclitic of the pack ("بإدلب" -> "إدلب"), then its lemma in the
    pack's language ("Идлибе" -> "Идлиб")."""
    from extractors.events.lexicon import lemma_of

    variants = [token]
    variants += [
        token[len(p) :] for p in cues.proclitics() if token.startswith(p) and len(token) - len(p) >= 3
    ]
    lemma = lemma_of(cues.pack, cues.pack.fold(token))
    if lemma and lemma != token.lower():
        variants.append(lemma)
    return variants


def _may_be_name(token: str) -> bool:
    """A word that may be a name: capitalised, or in a script without letter case (Arabic)."""
    return token[:1].isupper() or token[:1].lower() == token[:1].upper()


def _inflected_forms(token: str, cues: PlaceCues) -> list[str]:
    """NAME_ENDINGS: an inflected name back to its nominative forms (the pack's `name_endings`):
    "Мирнограда" -> "Мирноград", "Авдеевки" -> "Авдеевка", "Clujului" -> "Cluj"."""
    return cues.rewrites("name_endings", token) if _may_be_name(token) else []


COMPOUND_FORMS = 64  # at most so many nominative spellings tried for one name of several words


def _inflected_compound(text: str, words: list[re.Match[str]], cues: PlaceCues) -> list[str]:
    """INFLECTED_COMPOUNDS: a name of several words back to its nominative, each capitalised word
    by the pack's `name_endings` and `adjective_endings` and the small words between kept ("в Нижнем Новгороде" ->
    "Нижний Новгород", "в Ростове-на-Дону" -> "Ростов-на-Дону", "у Кривому Розі" -> ...)."""
    forms = [""]
    for k, w in enumerate(words):
        token = w.group()
        own = (
            [token, *_inflected_forms(token, cues), *cues.rewrites("adjective_endings", token)]
            if _may_be_name(token) and token[:1].isupper()
            else [token]
        )
        glue = text[words[k - 1].end() : w.start()] if k else ""
        forms = [f + glue + o for f in forms for o in own][:COMPOUND_FORMS]
    return [f for f in forms[1:] if len(f) >= 3]


def _region_of_town(gaz: Gazetteer, town: Place) -> Place | None:
    """The region named like a town ("Kherson" the oblast of Kherson the city), else the region of
    a big town (Bryansk city -> its oblast, spelled otherwise)."""
    same = [p for p in gaz.lookup(town.name) if p.kind == KIND_ADMIN1 and p.country_code == town.country_code]
    if same:
        return same[0]
    if town.kind != KIND_ADMIN1 and town.population >= MIN_POPULATION_ELSEWHERE and town.admin1:
        own = [
            p
            for p in gaz.lookup(town.admin1)
            if p.kind == KIND_ADMIN1 and p.country_code == town.country_code
        ]
        return own[0] if own else None
    return None


def _town_region(gaz: Gazetteer, forms: list[str], hint: str | None) -> Place | None:
    """REGION_ADJECTIVES / REGION_NAMES: the region a word names after its main town, from the
    town's name forms (`PlaceCues.rewrites`); in the hinted country first."""
    towns = [p for f in forms if len(f) >= 3 for p in [*_big(gaz.lookup_script(f)), *gaz.lookup(f)]]
    towns.sort(key=lambda p: (not hint or p.country_code != hint, -p.population))
    for town in towns:
        region = _region_of_town(gaz, town)
        if region is not None:
            return region
    return None


def _script_cue(text: str, start: int, end: int, cues: PlaceCues) -> bool:
    """A locative preposition, a settlement noun, a near-preposition or an attack word right before
    the name, or a region noun right after it ("в Мирнограде", "поселка Климово", "атакували
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
    return len(after) >= 2 and (cues.is_("region", after[1]) or cues.is_("region", after[0]))


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
        # a place noun names the place bare ("قرية بليون" is the village Balyun, no "in Lyon"): a
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


def _script_places(text: str, gaz: Gazetteer, hint: str | None, cues: PlaceCues) -> list[PlaceMatch]:
    """Towns named in a non-Latin script (Arabic, Cyrillic, Devanagari ...): whole-word names of
    towns of SCRIPT_MIN_POPULATION or more; in the hinted country, with a cue (`_script_cue`), or big.
    An inflected name is read in its nominative (`_inflected_forms`); a region named after its main
    town ("Херсонской области", "Харківщина") is that town's region (`_town_region`)."""
    if text.isascii() or not gaz.by_script:
        return []
    tokens = [
        m for m in _SCRIPT_WORD.finditer(text) if not m.group().isascii() and _is_other_script(m.group())
    ]
    found: list[PlaceMatch] = []
    stop = stopwords()
    i = 0
    while i < len(tokens):
        hit = _region_word(text, tokens, i, gaz, hint, cues)
        for j in range(min(len(tokens), i + 3), i, -1):
            if hit is not None:
                break
            if any(
                not _SCRIPT_GAP.fullmatch(text[tokens[k].end() : tokens[k + 1].start()])
                for k in range(i, j - 1)
            ):
                continue
            start, end = tokens[i].start(), tokens[j - 1].end()
            surface = text[start:end]
            if not _may_be_name(surface):
                break  # a lower-case word of a script with case ("дом") is no name
            candidates, derived = _script_candidates(surface, text, tokens, i, j, gaz, cues, stop, hint)
            if not candidates:
                continue  # no place to choose (`_choose` of none), whatever the words around it
            # "محافظة البيضاء", "इदलिब प्रांत में": a region noun right before or after the name asks
            # for the region
            before = tokens[i - 1] if i > 0 else None
            after = tokens[j] if j < len(tokens) else None
            wants = (
                KIND_ADMIN1
                if (
                    before is not None
                    and cues.is_("region", before.group())
                    and _SPACES.fullmatch(text[before.end() : start])
                )
                or (
                    after is not None
                    and cues.is_("region", after.group())
                    and _SPACES.fullmatch(text[end : after.start()])
                )
                else None
            )
            if wants is not None:  # the region named like the town ("محافظة البيضاء": al Bayda, Yemen)
                named = [r for c in candidates for r in gaz.lookup(c.name)
                         if r.kind == KIND_ADMIN1 and r.country_code == c.country_code]  # fmt: skip
                candidates = named or candidates
            place = _choose(candidates, hint, wants)
            if place is None:
                continue
            if j == i + 1 and (
                _pack_word_at(text, start, end, cues)
                or cues.weekday_word(surface)
                or _common_word(surface, cues)
            ):
                continue  # PACK_WORDS: "Мирная жительница погибла", "قتل": a word of the language
            if j == i + 1 and start in cues.phrase_inner_starts(text):
                continue  # PHRASE_WORDS: "الرصاص الحي" (live bullets) holds no town "الحي"
            adjective = cues.rewrites("adjective_endings", surface) if j == i + 1 else []
            if (
                adjective
                and (derived or cues.pack.fold(surface) in adjective)
                and _capital_follows(text, tokens, j)
            ):
                # PART_OF_A_NAME: "в Нагорном Карабахе": an adjective's case form before a name word;
                # its nominative too ("село Новая Ольшанка", "Новый Свет"), the longer name unknown
                continue
            if _script_place_ok(place, hint, derived, text, start, end, cues):
                hit = _to_match(place, surface, start, end, 1 if place.kind != KIND_ADMIN1 else 3), j
        if hit:
            found.append(hit[0])
            i = hit[1]
        else:
            i += 1
    return found


SCRIPT_MEMO = 20_000  # other-script word groups whose gazetteer candidates a language remembers


def _script_candidates(surface: str, text: str, tokens: list, i: int, j: int, gaz: Gazetteer,
                       cues: PlaceCues, stop: frozenset[str],
                       hint: str | None = None) -> tuple[list[Place], bool]:  # fmt: skip
    """The gazetteer's candidates for the other-script words tokens[i:j] (`surface`) and whether
    they were found only by a derived form (without a proclitic, by the lemma or the nominative).
    They depend on the words alone (their gaps are in `surface`), never on the text around them
    or the hint but for the smaller towns of the hinted country (`_sized`): remembered per language
    and hint (`SCRIPT_MEMO`), as the article, its headline and each sentence meet the same words.
    Callers never change the list."""
    memo = cues.__dict__.get("_script_memo")
    if memo is None:
        memo = {}
        object.__setattr__(cues, "_script_memo", memo)
    hit = memo.get((surface, hint))
    if hit is not None and hit[0] is gaz:
        return hit[1], hit[2]
    variants = _script_variants(surface, cues) if j == i + 1 else [surface]
    candidates = _sized(gaz.lookup_script(surface), hint) if script_key(surface) not in stop else []
    derived = not candidates  # found only without a proclitic, by its lemma or its nominative
    if derived:
        candidates = _sized(
            [
                p
                for v in variants[1:]
                if len(v) >= 3 and script_key(v) not in stop
                for p in gaz.lookup_script(v)
            ],
            hint,
        )
    if not candidates and j == i + 1:
        candidates = _sized(
            [p for v in _inflected_forms(surface, cues) if len(v) >= 3 for p in gaz.lookup_script(v)], hint
        )
    elif not candidates:
        candidates = _sized(
            [p for v in _inflected_compound(text, tokens[i:j], cues) for p in gaz.lookup_script(v)], hint
        )
    make_room(memo, SCRIPT_MEMO)
    memo[(surface, hint)] = (gaz, candidates, derived)
    return candidates, derived


def _region_word(text: str, tokens: list, i: int, gaz: Gazetteer, hint: str | None,
                 cues: PlaceCues) -> tuple[PlaceMatch, int] | None:  # fmt: skip
    """ "Херсонской области" (a town's adjective, then a region noun of the pack) or "Харківщина"
    (a word of the pack's `region_names`): the region, as (match, index after it)."""
    token = tokens[i].group()
    if not _may_be_name(token):
        return None
    noun = i + 1 < len(tokens) and cues.is_("region", tokens[i + 1].group())
    region = _region_of_word(token, noun, gaz, hint, cues)
    if region is None:
        return None
    last = i + 1 if noun else i
    start, end = tokens[i].start(), tokens[last].end()
    return _to_match(region, text[start:end], start, end, 3), last + 1


def _region_of_word(
    token: str, noun: bool, gaz: Gazetteer, hint: str | None, cues: PlaceCues
) -> Place | None:
    """The region a word names after its main town (`_region_word`), with or without a region noun
    after it; it depends on the word, the noun and the hint only: remembered per language
    (`SCRIPT_MEMO`), as each pass over an article meets the same words."""
    memo = cues.__dict__.get("_region_word_memo")
    if memo is None:
        memo = {}
        object.__setattr__(cues, "_region_word_memo", memo)
    key = (token, noun, hint)
    hit = memo.get(key)
    if hit is not None and hit[0] is gaz:
        return hit[1]
    from extractors.events.lexicon import lemma_of

    lemma = lemma_of(cues.pack, cues.pack.fold(token)) or ""
    kinds = ("region_adjectives", "region_names") if noun else ("region_names",)
    forms = [f for kind in kinds for w in dict.fromkeys((token, lemma)) if w for f in cues.rewrites(kind, w)]
    region = _town_region(gaz, forms, hint) if forms else None
    make_room(memo, SCRIPT_MEMO)
    memo[key] = (gaz, region)
    return region


HEADLINE_MIN_WORDS = 4
HEADLINE_CAPITALISED_SHARE = 0.7


def _is_headline_style(words: list[_Word]) -> bool:
    """Title Case text ("Airstrike In Syria's Idlib Kills 33 Soldiers"): every word capitalised,
    so runs say nothing about where a name ends; only the single-word rules apply."""
    long_words = [w.group() for w in words if len(w.group()) > 3]
    if len(long_words) < HEADLINE_MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in long_words) >= HEADLINE_CAPITALISED_SHARE * len(long_words)


def _surname_of(run: list[int], words: list[_Word], gaz: Gazetteer, cues: PlaceCues) -> list[str]:
    """The last word of a two- or three-word name that is no place, unless that word is a big
    place itself ("Radio Mogadishu" says nothing about Mogadishu)."""
    tokens = [words[k].group() for k in run if words[k].group()[0].isupper()]
    while tokens and (cues.leading_ok(tokens[0]) or fold(tokens[0]) in stopwords()):
        tokens.pop(0)  # "Commander", "The", "On"
    if not 2 <= len(tokens) <= 3:
        return []
    last = _without_suffix(tokens[-1], cues)
    if fold(last) in stopwords():
        return []
    if any(p.kind == KIND_ADMIN1 or p.population >= MIN_POPULATION_ELSEWHERE for p in gaz.lookup(last)):
        return []
    return [fold(last)]


def _country_or_its_region(
    gaz: Gazetteer, m: CountryMention, text: str, hint: str | None, cues: PlaceCues
) -> PlaceMatch:
    """A country mention, or the admin1 it also names: "West Bank" and "Gaza Strip" are
    Palestine's; "Niger State" (with an admin noun after it) is the Nigerian state, not Niger."""
    after = _LETTERS.findall(text[m.end : m.end + 30])
    wants_admin = bool(after) and cues.is_("region", after[0])
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
LOCAL_COUNTRY_REACH = 40  # characters between a place and the country that owns it


def _only_linking_words(between: str, cues: PlaceCues, need_noun: bool = False) -> bool:
    """Is `between` only punctuation and words that link a place to its country: locative
    prepositions, directions, leading words ("in neighbouring", "in northern", "the town of")?"""
    words = _LETTERS.findall(between)
    nouns = [
        w for w in words if cues.is_("settlement", w) or cues.is_("region", w) or cues.is_("district", w)
    ]
    if need_noun and not nouns:
        return False
    return (
        all(
            cues.is_("locative", w)
            or cues.is_("direction", w)
            or cues.is_("leading", w)
            or w in nouns
            or len(w) <= 2
            for w in words
        )
        and len(words) <= 5
    )


def _local_country(
    text: str, start: int, end: int, countries: list[CountryMention], starts: list[int], cues: PlaceCues
) -> str | None:
    """The country named right before ("Syria's", "the Saudi city of") or right after ("in
    neighbouring Mali", ", Mali") the words start:end, as an ISO code; None if none."""
    k = bisect.bisect_left(starts, start)
    if k > 0:
        m = countries[k - 1]
        between = text[m.end : start]
        if start - m.end <= LOCAL_COUNTRY_REACH:
            if (
                not m.demonym
                and _closing_suffix(text[m.start : m.end] + between.rstrip(), cues) is None
                and re.fullmatch(r"['’]s\s+", between)
            ):
                return m.code
            if m.demonym and _only_linking_words(between, cues, need_noun=True):
                return m.code
    k = bisect.bisect_left(starts, end)
    if k < len(countries):
        m = countries[k]
        if not m.demonym and m.start - end <= LOCAL_COUNTRY_REACH:
            between = text[end : m.start]
            if (
                ("," in between or _LETTERS.findall(between))
                and _only_linking_words(between, cues)
                and "." not in between
            ):
                return m.code
    return None


def _apposition_country(text: str, end: int, countries: list[CountryMention], starts: list[int],
                        cues: PlaceCues) -> str | None:  # fmt: skip
    """The country of an apposition right after a name: ", Mali", ", norte de Moçambique", ", in
    northern Nigeria" (a comma, then only linking words); its ISO code, else None."""
    if not re.match(r"\s*,", text[end:]):
        return None
    k = bisect.bisect_left(starts, end)
    if k >= len(countries) or countries[k].demonym or countries[k].start - end > LOCAL_COUNTRY_REACH:
        return None
    between = text[end : countries[k].start]
    if "." in between or not _only_linking_words(between, cues):
        return None
    # the apposition ends with the country: ", Mali, on Sunday" ("Putin, France's Macron" is a list)
    if not re.match(r"\s*(?:[,.;:)!?\n]|$)", text[countries[k].end :]):
        return None
    return countries[k].code


def _container_before(text: str, start: int, towns: list[PlaceMatch], cues: PlaceCues) -> PlaceMatch | None:
    """HELD_BY: the place whose possessive stands right before a name ("Khyber Pakhtunkhwa's Bannu",
    "Hakkari'nin Yüksekova ilçesinde", "İstanbul'un Gazi Mahallesi"): the name is inside it."""
    if not towns:
        return None
    last = towns[-1]
    gap = text[last.end : start]
    if last.kind == KIND_COUNTRY or len(gap) > 8 or not cues.possessive_after(text, last.end):
        return None
    return last if re.fullmatch(r"['’]\w+\s+", gap) else None


def _unlisted_in(text: str, words: list[_Word], run: list[int], local: str, lower_words: set[str],
                 cues: PlaceCues, container: PlaceMatch | None = None) -> PlaceMatch | None:  # fmt: skip
    """OWN_COUNTRY: a name the text puts in a country by an apposition ("Palma, norte de Moçambique",
    "Xyz, Mali") that the gazetteer lists only elsewhere, or not at all, is a town of that country it
    lacks: kept by name (no coordinates)."""
    names = [k for k in run if words[k].group()[0].isupper()]
    while names and cues.leading_ok(words[names[0]].group()):
        names.pop(0)
    if not 1 <= len(names) <= 2:
        return None
    start, end = words[names[0]].start(), words[names[-1]].end()
    surface = _without_suffix(text[start:end], cues)
    end = start + len(surface)
    if len(names) == 1 and _single_word_rejected(surface, text, start, lower_words, cues):
        return None
    if _opens_sentence(text, start) and cues.opens_vocabulary(text[start:]):
        return None
    country = name_of_code(local)
    if container is not None:  # inside a known place: its position, near it
        return PlaceMatch(surface, start, end, surface, container.admin1, country, container.latitude,
                          container.longitude, KIND_VILLAGE, 2)  # fmt: skip
    return PlaceMatch(surface, start, end, surface, "", country, None, None, KIND_VILLAGE, 3)


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
    if wants and hint and not any(p.kind == wants for p in candidates):
        # only in the hinted country: without one, a skeleton finds a like-sounding district anywhere
        variants = gaz.lookup_skeleton(name) if sum(c.isalpha() for c in name) >= MIN_SKELETON_LETTERS else []
        candidates = candidates + [
            p for p in variants if p.kind == wants and (not hint or p.country_code == hint)
        ]
    return candidates


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
        hit = _ADMIN_BEFORE[key] = (cues, cues.last_is(before, "region") or cues.last_is(before, "district"))
    return hit[1]


_ADMIN_BEFORE: dict[tuple[int, str], tuple[PlaceCues, bool]] = {}


def _match_at(
    text: str,
    words: list[_Word],
    run: list[int],
    i: int,
    gaz: Gazetteer,
    hint: str | None,
    lower_words: set[str],
    matched_before: bool,
    cues: PlaceCues,
    headline_style: bool = False,
) -> tuple[PlaceMatch, int] | None:
    """The longest place starting at run[i], as (match, index after it in the run), or None."""
    leading = [words[k].group() for k in run[:i]]
    if (
        not (matched_before or headline_style)
        and any(not cues.leading_ok(w) and w not in name_particles() for w in leading)
        and not cues.is_preposition_phrase(leading)  # "Près de Gao, ...", "Cerca de Cali, ..."
    ):
        return None
    for use_skeleton in (False, True):
        for j in range(min(len(run), i + MAX_SPAN_WORDS), i, -1):
            start, end = words[run[i]].start(), words[run[j - 1]].end()
            surface = text[start:end]
            n_words = j - i
            # "Pakhtunkhwa's", "İdlib'de": the name without its ending, when that is a name or the
            # whole is none ("Van'da" is Van, though some gazetteer spells Vantaa so)
            if _closing_suffix(surface, cues) and (
                not gaz.lookup(surface) or gaz.lookup(_without_suffix(surface, cues))
            ):
                surface = _without_suffix(surface, cues)
            end = start + len(surface)
            if n_words == 1 and _single_word_rejected(surface, text, start, lower_words, cues):
                continue
            if n_words > 1 and fold(surface) in stop_phrases():
                continue
            trailing = [words[k].group() for k in run[j:]]
            # LIST_PARTICLE: "Kaolack et Ziguinchor": a particle after a whole name may open the next one
            listed = len(trailing) > 1 and trailing[0] in name_particles() and trailing[1][:1].isupper()
            if trailing and not cues.trailing_ok(trailing[0]) and not headline_style and not listed:
                continue
            if use_skeleton:
                if not hint or not words[run[i]].group()[0].isupper():
                    break  # a spelling variant starts at a capital: "de Tame" is Tame, no "Duitama"
                candidates = _skeleton_candidates(gaz, surface, hint)
                if not candidates:
                    continue
                ctx = _context(text, start, end, cues)
            else:
                candidates = gaz.lookup(surface)
                if not candidates and n_words == 1:
                    candidates = next(
                        (c for f in _inflected_forms(surface, cues) if (c := gaz.lookup(f))), []
                    )
                if not candidates and not _admin_noun_near(text, start, end, cues):
                    continue
                ctx = _context(text, start, end, cues)
                candidates = _with_wanted_kind(gaz, candidates, surface, hint, ctx.wants)
                if not candidates:
                    continue
            if n_words == 1 and leading and cues.is_("direction", leading[-1]) and ctx.wants is None:
                ctx = _Context(KIND_ADMIN1, True, True, ctx.strong_cue, ctx.attributive)  # "southern Idlib"
            place = _choose(candidates, hint, ctx.wants)
            if place is None:
                continue
            alternate = gaz_name_key(place.name) != gaz_name_key(surface) and place.kind in (
                KIND_CITY,
                KIND_VILLAGE,
            )
            if not _acceptable(place, hint, ctx, n_words, alternate, use_skeleton):
                # OWN_NAME: a namesake known by this name as its own ("Southport" the town, not the
                # city of another name that was once called so) may be believable where the other is not
                own = [p for p in candidates if gaz_name_key(p.name) == gaz_name_key(surface)]
                place = _choose(own, hint, ctx.wants) if alternate else None
                if place is None or not _acceptable(place, hint, ctx, n_words, False, use_skeleton):
                    continue
            if n_words == 1 and _opens_sentence(text, start) and cues.opens_vocabulary(text[start:]):
                continue  # PACK_WORDS: "Puis, le quartier ...", "Segundo a polícia": a word of the language
            return _to_match(place, surface, start, end, _precision(place, ctx)), j
    return None


def _name_words(part: str, cues: PlaceCues) -> tuple[str | None, bool, str, str]:
    """What the words of a place description say: (kind wanted, near, the name without generic
    place words, the name without direction words too)."""
    words = _LETTERS.findall(part)
    wants = KIND_ADMIN1 if any(cues.is_("region", w) for w in words) else None
    wants = wants or (KIND_DISTRICT if any(cues.is_("district", w) for w in words) else None)
    near = any(cues.is_("near", w) or cues.is_("area", w) for w in words)
    generic = ("region", "district", "settlement", "area", "facility", "leading", "locative", "near")
    bare = " ".join(w for w in words if not any(cues.is_(c, w) for c in generic))
    regional = " ".join(w for w in bare.split() if not cues.is_("direction", w))
    return wants, near, bare, regional


def resolve_place(
    name: str, country_hint: str | None = None, language: str | None = None
) -> PlaceMatch | None:
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
    cues = place_cues(language)
    country = country_code(name)
    if country:
        m = find_countries(name)
        mention = m[0] if m else None
        if mention is not None and mention.start == 0 and mention.end == len(name):
            return _country_or_its_region(gaz, mention, name, hint, cues)
        return PlaceMatch(
            name, 0, len(name), name_of_code(country), "", name_of_code(country), None, None, KIND_COUNTRY, 3
        )
    parts = [p.strip() for p in name.split(",") if p.strip()]
    for n, part in enumerate(parts):
        wants, near_word, bare, regional = _name_words(part, cues)
        near = n > 0 or near_word
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
    inside = [m for m in find_places(name, country_hint, language) if m.kind != KIND_COUNTRY]
    if inside:
        m = inside[0]
        precision = 3 if m.kind == KIND_ADMIN1 else max(m.geo_precision, 2)
        return PlaceMatch(
            name, 0, len(name), m.name, m.admin1, m.country, m.latitude, m.longitude, m.kind, precision
        )
    return None
