"""The longest place starting at a word of a capitalised run (`_match_at`, for `places.find_places`):
the known names inside the run, longest first (MAX_SPAN_WORDS), an exact `name_key` first, then the
transliteration skeleton (only in the hinted country, MIN_SKELETON_LETTERS; `_skeleton_candidates`), a
province an admin noun asks for that the exact spelling lacks (`_with_wanted_kind`, also used by
`places.resolve_place`); leading_ok / trailing_ok, LIST_PARTICLE, OWN_NAME, OWN_NAME_FIRST, PACK_WORDS (the rules are
named in `places.py`'s docstring).
"""

from __future__ import annotations

from functools import lru_cache

from extractors.events.gazetteer import (
    KIND_ADMIN1,
    KIND_CITY,
    KIND_DISTRICT,
    KIND_VILLAGE,
    Gazetteer,
    Place,
    fold,
    name_skeleton,
)
from extractors.events.gazetteer import name_key as gaz_name_key
from extractors.events.place_context import _admin_noun_near, _closing_suffix, _Context, _context
from extractors.events.place_cues import PlaceCues, name_particles
from extractors.events.place_match import (
    MIN_POPULATION_ELSEWHERE,
    PlaceMatch,
    _acceptable,
    _choose,
    _opens_sentence,
    _precision,
    _single_word_rejected,
    _to_match,
    _without_suffix,
    _Word,
    stop_phrases,
)
from extractors.events.script_places import _inflected_forms

MAX_SPAN_WORDS = 6
OWN_NAME_SHARE = 0.1  # OWN_NAME: a namesake at least this share of the size of the place rejected
MIN_SKELETON_LETTERS = 5


def _skeleton_candidates(gaz: Gazetteer, name: str, hint: str | None) -> list[Place]:
    """Transliteration variants: only with a country hint, and only places in that country."""
    if not hint or sum(c.isalpha() for c in name) < MIN_SKELETON_LETTERS:
        return []
    return [p for p in gaz.lookup_skeleton(name) if p.country_code == hint]


def _with_wanted_kind(
    gaz: Gazetteer, candidates: list[Place], name: str, hint: str | None, wants: str | None
) -> list[Place]:
    """When an admin noun asks for a province the exact spelling lacks ("Marib province" where
    GeoNames spells the province "Ma'rib"), add the skeleton's provinces."""
    if wants and hint and not any(p.kind == wants for p in candidates):
        # only in the hinted country: without one, a skeleton finds a like-sounding district anywhere
        variants = gaz.lookup_skeleton(name) if sum(c.isalpha() for c in name) >= MIN_SKELETON_LETTERS else []
        candidates = candidates + [
            p for p in variants if p.kind == wants and (not hint or p.country_code == hint)
        ]
    return candidates


def _opening_word_of_the_language(
    text: str, words: list[_Word], run: list[int], n: int, cues: PlaceCues
) -> bool:
    """OPENING_WORD: the first word of a sentence is capitalised by its place, not as a name: one of
    the pack's vocabulary (an actor noun, an act, a date word) opening the sentence right before a
    name is no part of it ("Polis Akçakale'de ...", "Roketler Ceylanpınar'da ...": police, rockets)."""
    if n != 0:
        return False
    start = words[run[0]].start()
    return _opens_sentence(text, start) and cues.opens_vocabulary(words[run[0]].group())


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
        and any(
            not cues.leading_ok(w)
            and w not in name_particles()
            and not _opening_word_of_the_language(text, words, run, n, cues)
            for n, w in enumerate(leading)
        )
        and not cues.is_preposition_phrase(leading)  # "Près de Gao, ...", "Cerca de Pasto, ..."
    ):
        return None
    # a spelling variant (the skeleton's) starts at a capital: "de Tame" is Tame, no "Duitama"
    skeletons = bool(hint) and words[run[i]].group()[0].isupper()
    for use_skeleton in (False, True) if skeletons else (False,):
        for j in range(min(len(run), i + MAX_SPAN_WORDS), i, -1):
            start, end = words[run[i]].start(), words[run[j - 1]].end()
            surface = text[start:end]
            n_words = j - i
            # "Pakhtunkhwa's", "İdlib'de": the name without its ending, when that is a name or the
            # whole is none ("Van'da" is Van, though some gazetteer spells Vantaa so)
            if (
                ("'" in surface or "’" in surface)
                and _closing_suffix(surface, cues)
                and (not gaz.lookup(surface) or gaz.lookup(_without_suffix(surface, cues)))
            ):
                surface = _without_suffix(surface, cues)
            end = start + len(surface)
            # the candidates first (remembered lookups): most word groups name no place, and the
            # rules after only reject one (the dearest, an admin noun near it, last)
            if use_skeleton:
                candidates = _skeleton_candidates(gaz, surface, hint)
                if not candidates:
                    continue
            else:
                candidates = gaz.lookup(surface)
                if not candidates and n_words == 1:
                    candidates = next(
                        (c for f in _inflected_forms(surface, cues) if (c := gaz.lookup(f))), []
                    )
                if not candidates and (not hint or not _admin_noun_near(text, start, end, cues)):
                    continue  # (nothing to choose: only a hint's skeleton adds a province an admin noun asks for)
            if n_words == 1 and _single_word_rejected(surface, text, start, lower_words, cues):
                continue
            if n_words > 1 and fold(surface) in stop_phrases():
                continue
            trailing = [words[k].group() for k in run[j:]]
            # LIST_PARTICLE: "Kaolack et Ziguinchor": a particle after a whole name may open the next one
            listed = len(trailing) > 1 and trailing[0] in name_particles() and trailing[1][:1].isupper()
            if trailing and not cues.trailing_ok(trailing[0]) and not headline_style and not listed:
                continue
            if not candidates and not _admin_noun_near(text, start, end, cues):
                continue
            ctx = _context(text, start, end, cues)
            if not use_skeleton:
                candidates = _with_wanted_kind(gaz, candidates, surface, hint, ctx.wants)
                if not candidates:
                    continue
            if n_words == 1 and leading and cues.is_("direction", leading[-1]) and ctx.wants is None:
                ctx = _Context(KIND_ADMIN1, True, True, ctx.strong_cue, ctx.attributive)  # "southern Homs"
            place = _choose(candidates, hint, ctx.wants)
            if place is None:
                continue
            alternate = gaz_name_key(place.name) != gaz_name_key(surface) and place.kind in (
                KIND_CITY,
                KIND_VILLAGE,
            )
            if (
                alternate
                and (
                    own_city := _own_name_city(
                        candidates, surface, place, hint, text[:start].rstrip().endswith(",")
                    )
                )
                is not None
                and _acceptable(own_city, hint, ctx, n_words, False, use_skeleton)
            ):
                place, alternate = own_city, False
            if not _acceptable(place, hint, ctx, n_words, alternate, use_skeleton):
                # OWN_NAME: a namesake known by this name as its own ("Southport" the town, not the
                # city of another name that was once called so) may be believable where the other is not
                # (not a village far smaller than the place the name is known for: "Jenin" in Poland, 1,100
                # people, is no better guess than Janin, the West Bank city it also names: neither, until
                # the article's country says which)
                own = [p for p in candidates if gaz_name_key(p.name) == gaz_name_key(surface)
                       and p.population >= OWN_NAME_SHARE * place.population]  # fmt: skip
                place = _choose(own, hint, ctx.wants) if alternate else None
                if place is None or not _acceptable(place, hint, ctx, n_words, False, use_skeleton):
                    continue
                alternate = False  # (the namesake is known by this name as its own: no alternate's rules)
            if (
                n_words == 1
                and (use_skeleton or alternate)
                and _common_noun(surface, place, use_skeleton, hint, cues)
            ):
                continue  # COMMON_NOUN_NO_VARIANT: "Beamte" is no Bohmte, "Kirche" no Hirschegg
            if n_words == 1 and _opens_sentence(text, start) and cues.opens_vocabulary(text[start:]):
                continue  # PACK_WORDS: "Puis, le quartier ...", "Segundo a polícia": a word of the language
            return _to_match(place, surface, start, end, _precision(place, ctx)), j
    return None


COMMON_NOUN_ZIPF = 3.5  # COMMON_NOUN_NO_VARIANT: a word at least this frequent (wordfreq's Zipf)
COMMON_NOUN_MAX_POPULATION = 100_000  # ... is no alternate name of a place smaller than this


def _common_noun(surface: str, place: Place, skeleton: bool, hint: str | None, cues: PlaceCues) -> bool:
    """COMMON_NOUN_NO_VARIANT: a one-word name that, in lower case, is a common word of the text's
    language (wordfreq, COMMON_NOUN_ZIPF) is that word, not a transliteration variant (skeleton) of a
    town nor the alternate name of a small one abroad (COMMON_NOUN_MAX_POPULATION; one in the hinted
    country, where its own tongue names it, may be named so): German capitalises
    every noun ("Beamte" officials, no Bohmte; "Kirche" church, no Hirschegg). A town's exact name
    is not asked (this rule never sees it), nor a big city's alternate name ("Kiew").
    NOUNS_CAPITALISED: a skeleton variant (always a town of the hinted country) is asked only in a
    language that writes its common nouns capitalised (`nouns_capitalised`); elsewhere a capitalised
    word is a name first, and wordfreq counts names as words: the towns of a language's own country
    are among its commonest words ("hakkari", "cizre" in Turkish), as the hinted country's alternates
    are exempt above."""
    if not skeleton and (place.population >= COMMON_NOUN_MAX_POPULATION or place.country_code == hint):
        return False
    if skeleton and not nouns_capitalised(cues.pack.code):
        return False
    from extractors.story_words import _zipf

    return _zipf(surface.lower(), cues.pack.code) >= COMMON_NOUN_ZIPF


NOUNS_CAPITALISED_SHARE = 0.5  # NOUNS_CAPITALISED: this share of the pack's place nouns


@lru_cache(maxsize=64)
def nouns_capitalised(language: str) -> bool:
    """NOUNS_CAPITALISED: does the language write its common nouns capitalised (German)? Read off its
    lemmatiser's dictionary: the lemmas of the pack's own one-word place nouns (`place_words` region,
    district, settlement, facility), asked in lower case, come back capitalised for most of them
    (NOUNS_CAPITALISED_SHARE); in every other pack none does. A pack without a lemmatiser: no."""
    from extractors.events.lexicon import load_pack
    from extractors.events.pack_phrases import _lemmatizer

    pack = load_pack(language)
    lemmatizer = str(pack.data.get("lemmatizer") or "none")
    if not lemmatizer.startswith("simplemma"):
        return False
    code = lemmatizer.partition(":")[2] or pack.data["code"]
    words = pack.data.get("place_words") or {}
    nouns = [w for k in ("region", "district", "settlement", "facility") for w in words.get(k) or ()
             if isinstance(w, str) and w.isalpha()]  # fmt: skip
    if not nouns:
        return False
    try:
        lemmas = [_lemmatizer().lemmatize(w.lower(), lang=code) for w in nouns]
    except (ValueError, KeyError):
        return False
    return sum(1 for x in lemmas if x[:1].isupper()) >= NOUNS_CAPITALISED_SHARE * len(nouns)


def _own_name_city(
    candidates: list[Place], surface: str, chosen: Place, hint: str | None, apposed: bool = False
) -> Place | None:
    """OWN_NAME_FIRST: a large city known by this very name ("Islamabad", "Porto") is the place meant,
    not a bigger one matched only by an alternate name it once had or has in some tongue (Chattogram,
    Bordeaux); a place of the hinted country keeps its place.
    OWN_NAME_REGION: else, a name set after a comma (`apposed`: "Tarazá, Antioquia", the shape of a
    town and its province), a province known by this very name (Colombia's department) is meant
    before a town known by it only as an old or foreign name (Antakya, once Antioch; Santa Fe de
    Antioquia), unless the town is the province's seat spelt another way ("Hamah" for "Hama"); not a
    name standing alone ("bombed Kiev" is the city, not the oblast).
    OWN_NAME_IN_HINT: else a place of the hinted country known by this very name, however small
    ("Tarazá" in a Colombian report), before a place abroad known by it only as an alternate
    (Taraz, which some tongue writes "Taraza"). OWN_NAME_DISTRICT: else a bigger district by this
    very name ("Kadıköy")."""
    key = gaz_name_key(surface)
    if not (hint and chosen.country_code == hint):
        own = [
            p
            for p in candidates
            if p.kind in (KIND_CITY, KIND_VILLAGE)
            and p.population >= MIN_POPULATION_ELSEWHERE
            and gaz_name_key(p.name) == key
        ]
        if own:
            return max(own, key=lambda p: p.population)
    seat_of = (
        (chosen.country_code, chosen.admin1)
        if name_skeleton(gaz_name_key(chosen.name)) == name_skeleton(key)
        else None
    )
    regions = [p for p in candidates if p.kind == KIND_ADMIN1 and gaz_name_key(p.name) == key
               and (p.country_code, p.name) != seat_of]  # fmt: skip
    if not apposed:
        regions = []
    if hint and any(p.country_code == hint for p in regions):
        regions = [p for p in regions if p.country_code == hint]
    if regions:
        return max(regions, key=lambda p: p.population)
    if hint and chosen.country_code != hint:
        at_home = [p for p in candidates if p.country_code == hint and p.kind != KIND_ADMIN1
                   and gaz_name_key(p.name) == key]  # fmt: skip
        if at_home:
            return max(at_home, key=lambda p: p.population)
    # OWN_NAME_DISTRICT: a district known by this very name, counting more people than the town known
    # by it only as an old or foreign name, in the same country or the hinted one (Istanbul's "Kadıköy",
    # not Babadağ of Denizli, once called so)
    districts = [p for p in candidates if p.kind == KIND_DISTRICT and gaz_name_key(p.name) == key
                 and p.population > chosen.population
                 and p.country_code in (chosen.country_code, hint)]  # fmt: skip
    return max(districts, key=lambda p: p.population) if districts else None
