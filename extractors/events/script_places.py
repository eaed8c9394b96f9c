"""Places named in scripts other than the Latin one (Arabic, Cyrillic, Devanagari ...), for
`places.find_places`.

- `_script_places`: whole-word names of towns of SCRIPT_MIN_POPULATION or more, with the pack's
  proclitics stripped and lemmas tried (`_script_variants`); in the hinted country, with a cue
  (`_script_cue`), or big (`_script_place_ok`); PACK_WORDS (`_pack_word_at`), COMMON_WORDS
  (`_common_word`: COMMON_WORD_ZIPF), PHRASE_WORDS, PART_OF_A_NAME. The checks of which names are
  believed live in `script_place_checks.py`.
- SMALL_TOWNS (`script_place_checks._sized`, `_small`): a smaller town counts only when no bigger
  place has the name, in the text's own country, with a place cue.
- NAME_ENDINGS (`_inflected_forms`, also used by `place_spans._match_at`) and INFLECTED_COMPOUNDS
  (`_inflected_compound`): an inflected name read in its nominative.
- REGION_OF_ITS_TOWN (`_own_region_named_alike`): a region noun before a town's name asks for the
  region; one named like the town in another romanisation is the town's own region.
- HELD_BY_ITS_REGION (`_in_the_region_after`): a town's name right before its region ("в Токмаке
  Запорожской области") is the town of that region, not a namesake abroad.
- REGION_ADJECTIVES / REGION_NAMES (`_region_word`, `_town_region`): "Херсонской области",
  "Харківщина" name the region of their main town.
- ROMANISED_SCRIPT_NAMES (`script_romanised.romanised_places`): a one-word name the script's own
  spelling meets no town by is looked up by its Latin spellings ("सुकमा" Sukma), towns of the
  script's countries only.
- The gazetteer candidates of a word group and the region of a word are remembered per language
  (`_script_candidates`, `_region_of_word`: SCRIPT_MEMO).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.events.gazetteer import (
    KIND_ADMIN1,
    Gazetteer,
    Place,
    fold,
    name_key,
    name_skeleton,
    script_key,
)
from extractors.events.place_cues import PlaceCues, place_cues
from extractors.events.place_match import (
    MIN_POPULATION_ELSEWHERE,
    PlaceMatch,
    _choose,
    _to_match,
    stopwords,
)
from extractors.events.script_place_checks import (
    _SCRIPT_WORD_NOT_ASCII,
    _big,
    _capital_follows,
    _common_word,
    _pack_word_at,
    _script_place_ok,
    _sized,
)
from extractors.events.script_romanised import romanised_common_word, romanised_places
from extractors.remembered import make_room, memo_on

_SCRIPT_GAP = re.compile(r"[ \t\-]{1,2}")  # between the words of one name in another script
_SPACES = re.compile(r"[ \t]{1,2}")


@lru_cache(maxsize=65_536)
def _is_other_script(token: str) -> bool:
    """A word with letters of no Latin form (remembered: every pass over a text meets its words)."""
    return not token.isascii() and any(c.isalpha() for c in token) and not fold(token)


def _script_variants(token: str, cues: PlaceCues) -> list[str]:
    """The token, then without a proclitic of the pack ("بإدلب" -> "إدلب"), then its lemma in the
    pack's language ("Идлибе" -> "Идлиб")."""
    from extractors.events.language_pack import lemma_of

    variants = [token]
    variants += [
        token[len(p) :] for p in cues.proclitics() if token.startswith(p) and len(token) - len(p) >= 3
    ]
    lemma = lemma_of(cues.pack, cues.pack.fold(token))
    if lemma and lemma != token.lower():
        variants.append(lemma)
    return variants


def script_name_forms(surface: str, language: str | None) -> list[str]:
    """A one-word name in another script and the nominative forms of its case ending (NAME_ENDINGS:
    "Токмаке" -> "Токмак"); [] for a Latin-script name or a language without case endings."""
    if " " in surface or not _is_other_script(surface):
        return []
    forms = _inflected_forms(surface, place_cues(language))
    return [surface, *dict.fromkeys(forms)] if forms else []


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


def _own_region_named_alike(gaz: Gazetteer, town: Place) -> list[Place]:
    """REGION_OF_ITS_TOWN: the region a town lies in when it bears the town's name in another
    romanisation ("محافظة درعا": the town Dar'a lies in the governorate Daraa); none when the region
    is named otherwise (a town named after no region asks for no region)."""
    if town.kind == KIND_ADMIN1 or not town.admin1:
        return []
    if name_skeleton(name_key(town.admin1)) != name_skeleton(name_key(town.name)):
        return []
    return [
        p for p in gaz.lookup(town.admin1) if p.kind == KIND_ADMIN1 and p.country_code == town.country_code
    ]


def _in_the_region_after(text: str, tokens: list, i: int, j: int, candidates: list[Place],
                         gaz: Gazetteer, hint: str | None, cues: PlaceCues) -> list[Place]:  # fmt: skip
    """HELD_BY_ITS_REGION: a town's name right before a region ("в Токмаке Запорожской области",
    "у Василівці Запорізької області") is the town of that name in that region, even a small one,
    not a bigger namesake elsewhere (Tokmok in Kyrgyzstan); the candidates unchanged when none of
    the name's places lies there."""
    end = tokens[j - 1].end()
    if j >= len(tokens) or not _SPACES.fullmatch(text[end : tokens[j].start()].replace(",", "")):
        return candidates
    hit = _region_word(text, tokens, j, gaz, hint, cues)
    if hit is None:
        return candidates
    region = hit[0]
    surface = text[tokens[i].start() : end]
    forms = [surface]
    if j == i + 1:
        forms += [*_script_variants(surface, cues)[1:], *_inflected_forms(surface, cues)]
    inside = [
        p
        for f in dict.fromkeys(forms)
        if len(f) >= 3
        for p in gaz.lookup_script(f)
        if p.admin1 == region.admin1 and p.kind != KIND_ADMIN1
    ]
    return list(dict.fromkeys(inside)) or candidates


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


def _script_places(text: str, gaz: Gazetteer, hint: str | None, cues: PlaceCues) -> list[PlaceMatch]:
    """Towns named in a non-Latin script (Arabic, Cyrillic, Devanagari ...): whole-word names of
    towns of SCRIPT_MIN_POPULATION or more; in the hinted country, with a cue (`_script_cue`), or big.
    An inflected name is read in its nominative (`_inflected_forms`); a region named after its main
    town ("Херсонской области", "Харківщина") is that town's region (`_town_region`)."""
    if text.isascii() or not gaz.by_script:
        return []
    tokens = [m for m in _SCRIPT_WORD_NOT_ASCII.finditer(text) if _is_other_script(m.group())]
    found: list[PlaceMatch] = []
    stop = stopwords()
    i = 0
    while i < len(tokens):
        if not _may_be_name(tokens[i].group()):
            i += 1  # a lower-case word of a script with case ("дом") opens no name (nor a region's)
            continue
        hit = _region_word(text, tokens, i, gaz, hint, cues)
        joined = 1  # the words from i on that one name may hold: up to 3, no other gap between them
        while (
            joined < 3
            and i + joined < len(tokens)
            and _SCRIPT_GAP.fullmatch(text[tokens[i + joined - 1].end() : tokens[i + joined].start()])
        ):
            joined += 1
        for j in range(i + joined, i, -1):
            if hit is not None:
                break
            start, end = tokens[i].start(), tokens[j - 1].end()
            surface = text[start:end]  # (it opens with word i: one that may be a name)
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
            if wants is not None:  # the region named like the town ("محافظة الحديدة": al Hudaydah, Yemen)
                named = [r for c in candidates for r in gaz.lookup(c.name)
                         if r.kind == KIND_ADMIN1 and r.country_code == c.country_code]  # fmt: skip
                named = named or [r for c in candidates for r in _own_region_named_alike(gaz, c)]
                candidates = named or candidates
            else:
                candidates = _in_the_region_after(text, tokens, i, j, candidates, gaz, hint, cues)
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
            # ROMANISED_SCRIPT_NAMES: a town found by its Latin spelling is of the script's own
            # countries, as a hinted one is
            own = hint or (
                place.country_code if j == i + 1 and place in romanised_places(gaz, surface) else None
            )
            if _script_place_ok(place, own, derived, text, start, end, cues):
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
    memo = memo_on(cues, "_script_memo")
    hit = memo.get((surface, hint))
    if hit is not None and hit[0] is gaz:
        return hit[1], hit[2]
    # the places of each form, before `_sized` (the hint's part): remembered per words for every hint
    # (the coder's passes read an article without one, the story evidence with its country)
    forms = memo_on(cues, "_script_forms_memo")
    found = forms.get(surface)
    if found is None or found[0] is not gaz:
        make_room(forms, SCRIPT_MEMO)
        found = forms[surface] = [
            gaz,
            gaz.lookup_script(surface) if script_key(surface) not in stop else [],
            None,
            None,
            None,
        ]
    candidates = _sized(found[1], hint)
    derived = not candidates  # found only without a proclitic, by its lemma or its nominative
    if derived:
        if found[2] is None:
            variants = _script_variants(surface, cues) if j == i + 1 else [surface]
            found[2] = [
                p
                for v in variants[1:]
                if len(v) >= 3 and script_key(v) not in stop
                for p in gaz.lookup_script(v)
            ]
        candidates = _sized(found[2], hint)
    if not candidates:
        if found[3] is None:
            found[3] = (
                [p for v in _inflected_forms(surface, cues) if len(v) >= 3 for p in gaz.lookup_script(v)]
                if j == i + 1
                else [p for v in _inflected_compound(text, tokens[i:j], cues) for p in gaz.lookup_script(v)]
            )
        candidates = _sized(found[3], hint)
    if not candidates and j == i + 1:
        # ROMANISED_SCRIPT_NAMES: "सुकमा" by its Latin spelling, Sukma (script_romanised.py)
        if found[4] is None:
            found[4] = (
                []
                if script_key(surface) in stop or romanised_common_word(surface, cues.pack.code)
                else romanised_places(gaz, surface)
            )
        # the script's own countries stand for the hint a report names no country for
        candidates = _sized(found[4], hint) if hint else found[4]
        derived = derived or bool(candidates)
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
    memo = memo_on(cues, "_region_word_memo")
    key = (token, noun, hint)
    hit = memo.get(key)
    if hit is not None and hit[0] is gaz:
        return hit[1]
    from extractors.events.language_pack import lemma_of

    lemma = lemma_of(cues.pack, cues.pack.fold(token)) or ""
    kinds = ("region_adjectives", "region_names") if noun else ("region_names",)
    forms = [f for kind in kinds for w in dict.fromkeys((token, lemma)) if w for f in cues.rewrites(kind, w)]
    region = _town_region(gaz, forms, hint) if forms else None
    make_room(memo, SCRIPT_MEMO)
    memo[key] = (gaz, region)
    return region
