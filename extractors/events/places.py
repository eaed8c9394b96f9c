"""Places named in a text, resolved against the offline gazetteer.

`find_places(text, country_hint)` finds every country, province (admin1), district and town
named in a text; `resolve_place(name, country_hint)` resolves one name ("Homs province",
"Kalma camp, Nyala", "southern Homs"). The country hint is the country the article is
about (`main_country.main_country`): candidates there win unless a much bigger place elsewhere has
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
  sentence starters, directions, or place nouns ("Homs Province", "Kandahar Airport");
  "Hayat Tahrir al-Sham" or "Boko Haram" are not places. Not for Title Case headlines
  (_is_headline_style). OPENING_WORD (`place_spans._opening_word_of_the_language`): a sentence's
  first word that is one of the pack's vocabulary is capitalised by its place, no part of the name
  after it ("Polis Akçakale'de ...").
- PHRASE_WORDS: a word inside a multi-word trigger, near-preposition or reporting phrase of the pack
  ("in Brand setzen", "in der Nähe von", German capitalising its nouns; "في بيان": in a statement)
  is no place.
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
  (translations, old names) needs a cue outside the hinted country; an act's word right before it
  is one (ALTERNATE_AFTER_ACT: "bombed Kiev", "au atacat Kievul").
- OWN_NAME_FIRST (`place_spans._own_name_city`): a large city known by the name as its own is taken
  before a bigger place known by it only as an alternate name ("Islamabad" the city, not
  Chattogram; "Porto", not Bordeaux), unless that one lies in the hinted country.
- _local_country: "Syria's Homs", "the Saudi city of Najran", "Gao in neighbouring Mali" put
  the place in that country whatever the hint.
- REGION_AGREEMENT (_in_named_regions): a town named beside a region of its country is the
  namesake in that region ("Bijapur, Chhattisgarh").
- OWN_COUNTRY (_unlisted_in): a place the text puts in a country is never a same-named place of
  another country ("Vila Nova, norte de Moçambique"); the gazetteer lacking it there, it is kept by name.
- OWN_REGION (_abroad_beside_region): "Léré, dans la région de Tombouctou": a town named before a
  region of another country than its namesake's is in that region (kept by name, at the region).
- HELD_BY (_container_before): a place in the possessive (the pack's `place_words.possessive`) holds
  the name after it ("Hakkari'nin Yüksekova ilçesi", "İstanbul'un Gazi Mahallesi"): the name is
  in its country (kept at its position when the gazetteer lacks it there); `within` names the holder,
  which is no event place of its own (`locate.event_places`).
- _context / _precision: admin nouns decide the kind: "Homs province" is the admin1
  (precision 3), "X district" the district (2), "near X", "X countryside", "north of X" the
  town at precision 2, "southern Homs" the province (3).
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
  as an alternate name, is not believable ("Southport"); not one far smaller (OWN_NAME_SHARE: the
  Polish village "Jenin" is no fallback for Janin, the city the name also names).
- Round 16 (b): HYPHEN_JOINED (place_match.py: "Port-au-Prince"), DEMONYM_IN_COMPOUND
  (`_closes_compound`: "Cap-Haïtien"), COMMON_NOUN_NO_VARIANT (place_spans.py: "Beamte" no Bohmte),
  SCRIPT_LOCAL_COUNTRY (`_script_places_in_their_country`: "в Пальме на севере Мозамбика"),
  INFLECTED_COUNTRY (country_word_forms.py: "Мозамбика").
- Round 16 (place_spans.py, place_match.py, place_context.py, place_countries.py): OWN_NAME_REGION,
  OWN_NAME_IN_HINT ("Antioquia" the department, not Antakya; "Tarazá" in a Colombian report),
  UNIT_OF_ITS_TOWN ("Beni territory"), PROVINCE_AS_DISTRICT ("Soum province"), SEAT_OF_ITS_REGION
  ("Sweida"), ALTERNATE_YIELDS_TO_REGION ("Tarazá, Antioquia"), ARTICLE_SKIP ("province de la
  Tapoa"), ABBREVIATED_NOUN ("Kab. Poso"), DISTRICT_BEFORE_NAME ("Kabupaten Poso").

The rules live in six modules: this one (`find_places`, `resolve_place`; PHRASE_WORDS,
PERSON_NAMES, _is_headline_style, _surname_of), `place_spans.py` (`_match_at`: the longest place at a
word of a run; leading_ok / trailing_ok, OWN_NAME, OWN_NAME_FIRST, the skeleton), `place_match.py` (`PlaceMatch`; the
words, runs and context of a span, the choice and believability of a candidate: MIN_POPULATION_*,
HINT_BONUS, ACT_AFTER, STOPWORDS), `script_places.py` (names in other scripts: NAME_ENDINGS,
REGION_ADJECTIVES, INFLECTED_COMPOUNDS) with `script_place_checks.py` (which of them are believed:
SMALL_TOWNS, COMMON_WORDS, PACK_WORDS, the cues) and `place_countries.py` (the country or region the
words around a name put it in: _local_country, REGION_AGREEMENT, OWN_COUNTRY, OWN_REGION, HELD_BY).
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.events.countries import country_code, find_countries, name_of_code
from extractors.events.gazetteer import (
    KIND_ADMIN1,
    KIND_CITY,
    KIND_COUNTRY,
    KIND_DISTRICT,
    KIND_VILLAGE,
    Gazetteer,
    fold,
    load_gazetteer,
)
from extractors.events.place_context import _LETTERS, _Context
from extractors.events.place_countries import (
    _abroad_beside_region,
    _apposition_country,
    _beside_a_district,
    _container_before,
    _country_or_its_region,
    _in_named_regions,
    _local_country,
    _units_of_their_towns,
    _unlisted_in,
)
from extractors.events.place_cues import PlaceCues, place_cues
from extractors.events.place_match import (
    MIN_POPULATION_ELSEWHERE,
    PlaceMatch,
    _choose,
    _hint_code,
    _precision,
    _runs,
    _to_match,
    _without_suffix,
    _Word,
    _words,
    stopwords,
)
from extractors.events.place_spans import _match_at, _skeleton_candidates, _with_wanted_kind
from extractors.events.script_places import _script_places


def find_places(text: str, country_hint: str | None = None, language: str | None = None) -> list[PlaceMatch]:
    """Every country, province, district and town named in `text`, in text order."""
    gaz = load_gazetteer()
    hint = _hint_code(country_hint)
    cues = place_cues(language)
    words = _words(text, cues)
    written = [w.group() for w in words]  # (each word's text, asked once)
    lower_words = {w for w in written if w.islower()}
    found: list[PlaceMatch] = []

    # Countries (not demonyms) first; their words and demonyms are never towns.
    skip: set[int] = set()
    countries = find_countries(text, language)  # in text order
    country_starts = [m.start for m in countries]
    starts = {w.start(): i for i, w in enumerate(words)} if countries else {}
    for m in countries:
        if m.demonym and _closes_compound(text, m.start):
            continue  # DEMONYM_IN_COMPOUND: "Cap-Haïtien" is a town's name, not "Haitian"
        i = starts.get(m.start)
        while i is not None and i < len(words) and words[i].start() < m.end:
            skip.add(i)
            i += 1
        if not m.demonym:
            found.append(_country_or_its_region(gaz, m, text, hint, cues))

    headline_style = _headline_style_of(written)
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
                continue  # OWN_COUNTRY: "Vila Nova, norte de Moçambique" is no Vila Nova of Portugal
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
    towns = _beside_a_district(text, towns, cues)
    towns = _units_of_their_towns(text, towns, {m.country for m in countries}, gaz, cues)
    towns = _abroad_beside_region(text, towns, cues, gaz)
    # a country's name is never a town, in any script ("в столице Армении" is no Armenia of Colombia)
    found.extend(
        p for p in _script_places_in_their_country(text, gaz, hint, cues, countries, country_starts)
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


_CAPITALISED_BEFORE_HYPHEN = re.compile(r"(?:^|[^\w])[^\W\d_][^\W\d_]*[-‐‑]$")


def _closes_compound(text: str, start: int) -> bool:
    """DEMONYM_IN_COMPOUND: is the word at `start` hyphen-joined to a capitalised word right before
    it ("Cap-Haïtien", "Bir-Mogreïn")? A demonym there is the last word of a compound name, so its
    words stay open to the town names (a lower-case "anti-" or "pro-" before a demonym is no name)."""
    before = text[max(0, start - 30) : start]
    m = _CAPITALISED_BEFORE_HYPHEN.search(before)
    return m is not None and m.group().lstrip(" \t\n\"'(«“„—–,;:.!?")[:1].isupper()


def _script_places_in_their_country(text: str, gaz: Gazetteer, hint: str | None, cues: PlaceCues,
                                    countries: list, country_starts: list[int]) -> list[PlaceMatch]:  # fmt: skip
    """SCRIPT_LOCAL_COUNTRY: a town named in a non-Latin script with a country right after it ("в
    Пальме на севере Мозамбика", "у Пальмі на півночі Мозамбіку") is the namesake in that country,
    whatever the hint, as `_local_country` puts a Latin-script name there: the text is read again
    with that country as the hint, and its reading at the same words is taken when it lies there;
    else it is kept by name in that country, without coordinates (as OWN_COUNTRY keeps a Latin one)."""
    places = _script_places(text, gaz, hint, cues)
    if not countries:
        return places
    rereads: dict[str, dict[tuple[int, int], PlaceMatch]] = {}
    out: list[PlaceMatch] = []
    for p in places:
        local = _local_country(text, p.start, p.end, countries, country_starts, cues)
        if local and local != hint and p.country != name_of_code(local):
            if local not in rereads:
                rereads[local] = {(q.start, q.end): q for q in _script_places(text, gaz, local, cues)}
            there = rereads[local].get((p.start, p.end))
            if there is not None and there.country == name_of_code(local):
                p = there
            else:  # the gazetteer lacks it there in that script (a small town): kept by name (OWN_COUNTRY)
                p = replace(p, admin1="", country=name_of_code(local), latitude=None, longitude=None,
                            kind=KIND_VILLAGE, geo_precision=3)  # fmt: skip
        out.append(p)
    return out


HEADLINE_MIN_WORDS = 4
HEADLINE_CAPITALISED_SHARE = 0.7


def _is_headline_style(words: list[_Word]) -> bool:
    """Title Case text ("Drone Strike Near Sumy Wounds Four Farmers"): every word capitalised,
    so runs say nothing about where a name ends; only the single-word rules apply."""
    return _headline_style_of([w.group() for w in words])


def _headline_style_of(written: list[str]) -> bool:
    """`_is_headline_style` of the words as written."""
    long_words = [w for w in written if len(w) > 3]
    if len(long_words) < HEADLINE_MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in long_words) >= HEADLINE_CAPITALISED_SHARE * len(long_words)


def _surname_of(run: list[int], words: list[_Word], gaz: Gazetteer, cues: PlaceCues) -> list[str]:
    """The last word of a two- or three-word name that is no place, unless that word is a big
    place itself ("Radio Kigali" says nothing about Kigali)."""
    if len(run) < 2:
        return []  # (most runs: one capitalised word, no name of two words)
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
    "southern Homs" (the province). None when nothing fits.

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
