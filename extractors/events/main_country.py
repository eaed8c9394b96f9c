"""The country an article is about: `country_votes` (a place located there weighs PLACE_WEIGHT, a
country's name NAME_WEIGHT or SCENE_NAME_WEIGHT after a locative, a demonym DEMONYM_WEIGHT; the
headline and the lead count more), ACTING_STATE (`_acting_state`: a country named as the one that
struck is no scene), NAMESAKES (`_namesakes_elsewhere`: a town name several countries share follows
the country the text supports; FORCES_SUPPORT `_named_forces`: a state whose forces the text names
by their own name supports it), QUARTER_OF_ITS_TOWN (`_quarter_of_a_town`: a neighbourhood's name
before its town's casts no vote), HEADLINE_AS_TEXT (`_read_as_in_text`), LONE_FOREIGN_TOWN
(`_lone_foreign_towns`; FORCES_OF_THE_SCENE `_forces_named`) and `main_country`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from extractors.events.countries import CountryMention, find_countries, name_of_code, slice_read
from extractors.events.gazetteer import fold, name_key

# Weights of the evidence for the country an article is about: a place located there says far
# more than the country's name (often a party to the story, not its scene), which says more than a
# demonym (often an actor's nationality). A name after "in"/"inside"... is a scene.
PLACE_WEIGHT = 3.0
NAME_WEIGHT = 1.0
SCENE_NAME_WEIGHT = 2.0
DEMONYM_WEIGHT = 0.5
TITLE_FACTOR = 2.0  # anything in the headline
LEAD_FACTOR = 1.5  # anything in the first LEAD_CHARS of the body
LEAD_CHARS = 400


def _scene_before(before: str, language: str | None) -> bool:
    """A name right after a locative preposition of the pack ("in Syria", "en Syrie") is a scene."""
    from extractors.events.place_cues import place_cues

    return place_cues(language).ends_with(before, ("locative_prepositions",), 1)


ACTING_FACTOR = 0.75  # an acting state's name weighs less than the same name as a scene
ACTING_REACH = 4  # tokens between a country's name and the act it carried out ("Israel has struck")
ACTS = ("triggers.Explosions/Remote violence", "triggers.Battles", "triggers.Violence against civilians",
        "generic_violence")  # fmt: skip


def _acting_state(body: str, m: CountryMention, language: str | None) -> bool:
    """ACTING_STATE: a country's name right before an act of violence in its clause ("Israel struck a
    house in Rafah", "Israël a mené des frappes sur le Liban") names the state that acted, not
    the scene: it weighs less (ACTING_FACTOR), and a town shared by several countries (NAMESAKES) may
    still vote where it lies."""
    from extractors.events.place_cues import place_cues

    if _scene_before(body[max(0, m.start - 25) : m.start], language):
        return False
    after = body[m.end : m.end + 80]
    cut = re.search(r"[.;:!?\n]", after)
    after = after[: cut.start()] if cut else after
    cues = place_cues(language)
    tokens = cues.pack.tokens(after)
    for hit in cues.pack.find(tokens[: ACTING_REACH + 3], ACTS):
        gap = after[: tokens[hit.first].start] if hit.first < len(tokens) else after
        return hit.first <= ACTING_REACH and "," not in gap
    return False


def country_votes(text: str, title: str = "", language: str | None = None) -> Counter[str]:
    """The weighted evidence `main_country` decides on, per canonical country name."""
    from extractors.events.places import find_places  # places needs this module: import late
    from extractors.events.sentences import split_sentences

    if text:  # its sentences' countries come from this reading of the text (SENTENCE_SLICES)
        slice_read(text, [(s.start, s.end) for s in split_sentences(text, language)], language)
    votes: Counter[str] = Counter()
    named: set[str] = set()  # countries a place or a country's name (not a demonym) points to
    support = Support()  # what each country's votes come from (LONE_FOREIGN_TOWN)
    ambiguous: list[tuple[str, tuple[str, ...], float]] = []
    in_text = find_places(text, None, language) if text else []
    for body, factor in ((title, TITLE_FACTOR), (text, 1.0)):
        if not body:
            continue

        def lead(start: int, body: str = body) -> float:
            return LEAD_FACTOR if body is text and start < LEAD_CHARS else 1.0

        for m in find_countries(body, language):
            if m.demonym:
                weight = DEMONYM_WEIGHT
            elif _scene_before(body[max(0, m.start - 25) : m.start], language):
                weight = SCENE_NAME_WEIGHT
            else:
                weight = NAME_WEIGHT
            acting = not m.demonym and _acting_state(body, m, language)
            votes[m.country] += weight * factor * lead(m.start) * (ACTING_FACTOR if acting else 1.0)
            support.words[m.country].add(fold(body[m.start : m.end]))
            if not m.demonym and not acting:
                named.add(m.country)
        found = (
            in_text if body is text else _read_as_in_text(find_places(body, None, language), text, in_text)
        )
        for p in found:
            if _quarter_of_a_town(body, p, found, language):
                continue
            if p.kind != "country" and p.country:
                shared = _namesakes_elsewhere(p.surface, p.country, language)
                if shared:
                    ambiguous.append((p.country, shared, PLACE_WEIGHT * factor * lead(p.start)))
                else:
                    votes[p.country] += PLACE_WEIGHT * factor * lead(p.start)
                    named.add(p.country)
                    support.add_place(p)
    # NAMESAKES: a town name shared by towns of several countries ("Santa Cruz": Bolivia, Spain; the
    # gazetteer may lack the one meant) votes for its biggest namesake when the rest of the text
    # supports that country, else for another of its countries the text supports; when none of its
    # countries is supported, it votes only if no place or country name points elsewhere
    # (a state's forces named by their own name support their state too: "ЗСУ ... у Токмаку" is
    # Tokmak in Ukraine, not Tokmok in Kyrgyzstan; FORCES_SUPPORT)
    forces = _named_forces(f"{title}\n{text}") if ambiguous else set()
    for country, shared, weight in ambiguous:
        supported = [c for c in (country, *shared) if votes[c] > 0 or c in forces]
        if supported:
            votes[country if votes[country] > 0 else max(supported, key=lambda c: votes[c])] += weight
        elif not named:
            votes[country] += weight
    for lone, other in _lone_foreign_towns(votes, support, f"{title}\n{text}", language):
        votes[other] += votes.pop(lone)
    return votes


@dataclass
class Support:
    """What each country's votes come from: the names of its places (by `name_key`; the place
    each stands for) and the words naming it or its people."""

    places: dict[str, dict[str, object]] = field(default_factory=lambda: defaultdict(dict))
    words: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add_place(self, p) -> None:
        self.places[p.country].setdefault(name_key(p.surface), p)


LONE_TOWN_POPULATION = 50_000  # a lone town abroad this small is a weak vote (LONE_FOREIGN_TOWN)
LONE_TOWN_RIVAL_ITEMS = 3  # distinct places, names and forces the rival country needs


def _lone_foreign_towns(
    votes: Counter[str], support: Support, text: str, language: str | None = None
) -> list[tuple[str, str]]:
    """LONE_FOREIGN_TOWN: a country only one town's name votes for (however often it is repeated),
        never named, its people and forces never named either, loses its votes to the country the rest
        of the text places the story in, when that one does not border it and is supported by a place
        of its own and LONE_TOWN_RIVAL_ITEMS distinct places, names or named actors of its own (its
    forces, the armed groups at home there: "TNI", "KKB") ("the village of Solhan
        ... Burkinabè soldiers ... Sebba ... the Sahel region": a Burkinabè village the gazetteer lacks,
        not the Turkish town of its name). Only a weak vote: the town is small (LONE_TOWN_POPULATION),
        or the name is not its own but an alternate one ("Intan" of "Intan Jaya" is no Yingtan).
        FORCES_OF_THE_SCENE: a rival with no place of its own wins too when the town is too small to
        be believed abroad (`_too_small_abroad`) and the report names the rival state's forces, by their own name or by its demonym on a force noun (`_forces_named`: "Malian
        soldiers and Wagner fighters ... in Moura", "des soldats maliens ... à Moura": a Malian
        village the gazetteer lacks, not Portugal's Moura); ACLED codes an operation of a state's
        forces in that state unless the report places it abroad, which naming the other country,
        its people, its forces or a second town of it would do.
        The (lone, rival) pairs, rival the best-voted other country."""
    from extractors.events.countries import neighbours

    lone = [c for c, towns in support.places.items()
            if len(towns) == 1 and not support.words.get(c) and votes[c] > 0]  # fmt: skip
    if not lone or len(votes) < 2:
        return []
    groups = _named_groups(text)
    out = []
    for country in lone:
        (town,) = support.places[country].values()
        if groups.get(country) or not _weak_town(town):
            continue
        rival = max((c for c in votes if c != country), key=lambda c: votes[c])
        items = (
            len(support.places.get(rival, ()))
            + len(support.words.get(rival, ()))
            + len(groups.get(rival, ()))
        )
        if rival in neighbours(country):
            continue
        placed = bool(support.places.get(rival)) and items >= LONE_TOWN_RIVAL_ITEMS
        if placed or (
            _too_small_abroad(town) and rival in _forces_named(text, language)
        ):  # FORCES_OF_THE_SCENE
            out.append((country, rival))
    return out


def _too_small_abroad(p) -> bool:
    """FORCES_OF_THE_SCENE's town: one too small to be believed abroad even with a cue when the text's
    country is another (`place_match.MIN_POPULATION_ELSEWHERE_WITH_CUE`: Portugal's Moura, 9,000
    people), so the forces' country, once the article's, drops it; a bigger one (Yemen's Ataq, where a
    "US drone strike" hit) is the scene of the foreign forces' act."""
    from extractors.events.gazetteer import load_gazetteer
    from extractors.events.place_match import MIN_POPULATION_ELSEWHERE_WITH_CUE

    sizes = [e.population for e in load_gazetteer().lookup(p.surface)
             if e.name == p.name and e.latitude == p.latitude and e.longitude == p.longitude]  # fmt: skip
    return bool(sizes) and max(sizes) < MIN_POPULATION_ELSEWHERE_WITH_CUE


def _forces_named(text: str, language: str | None) -> set[str]:
    """FORCES_OF_THE_SCENE: the countries whose state forces or police the text names, by their own
    name ("FAMa", "the IDF": `_named_forces`) or by a demonym or a country's name on a force noun of
    the pack (`force_countries.countries_near`: "Malian soldiers", "soldats maliens", "l'armée
    malienne")."""
    from extractors.events.force_countries import STATE_CLASSES, countries_near
    from extractors.events.reading import read
    from extractors.events.sentences import split_sentences

    out = _named_forces(text)
    for s in split_sentences(text, language):
        r = read(text[s.start : s.end], language)
        out.update(c for m in r.hits(*STATE_CLASSES) if (c := countries_near(r, m.first, m.last)))
    return out


def _named_groups(text: str) -> dict[str, set[str]]:
    """Country -> the named actors of that country or at home there the text names."""
    from extractors.events.named_actors import named_actors

    out: dict[str, set[str]] = defaultdict(set)
    for a in named_actors(text):
        if a.country:
            out[a.country].add(a.name)
    return out


def _weak_town(p) -> bool:
    """A town found by a name that is not its own, or one under LONE_TOWN_POPULATION."""
    from extractors.events.gazetteer import KIND_ADMIN1, load_gazetteer

    if p.kind == KIND_ADMIN1:
        return False
    if name_key(p.surface) != name_key(p.name):
        return True
    sizes = [e.population for e in load_gazetteer().lookup(p.surface)
             if e.name == p.name and e.latitude == p.latitude and e.longitude == p.longitude]  # fmt: skip
    return bool(sizes) and max(sizes) < LONE_TOWN_POPULATION


def _read_as_in_text(in_title: list, text: str, in_text: list) -> list:
    """HEADLINE_AS_TEXT: a name of the headline that the text writes too is what the text's reading
    of it found there, with the words around it (its region, its country): a headline place whose
    name the text writes but finds no place of that name (or finds another place by it) is no
    place ("Kontak senjata di Kabupaten Intan Jaya": alone, "Intan" is an alternate name of
    Yingtan, China; the text, "Intan Jaya, Papua Tengah", rules it out)."""
    read = {}
    for q in in_text:
        read.setdefault(q.surface, []).append((q.name, q.country))
    return [p for p in in_title
            if (p.name, p.country) in read.get(p.surface, ()) or not _writes(text, p.surface)]  # fmt: skip


def _writes(text: str, name: str) -> bool:
    """Does the text write this name as words of their own (not inside a word: "Mali", "Somalia")?"""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


QUARTER_LINK = 6  # characters from a neighbourhood's name to its town's (" de ", ", em ")


def _quarter_of_a_town(body: str, p, found: list, language: str | None) -> bool:
    """QUARTER_OF_ITS_TOWN: a name right after a noun for a part of a town (`place_words.quarter`,
    one short linking word between: "no bairro do Guamá, em Belém", "dans le quartier X de
    Butembo") with another place right after it names a part of that town: the same-named town
    of another country is no evidence of the article's country (the neighbourhood's town is)."""
    from extractors.events.place_cues import place_cues

    if not any(q is not p and 0 <= q.start - p.end <= QUARTER_LINK for q in found):
        return False
    return place_cues(language).last_is(body[max(0, p.start - 25) : p.start], "quarter")


def _named_forces(text: str) -> set[str]:
    """The countries whose state forces the text names by their own name ("ЗСУ", "the IDF")."""
    from extractors.events.actor_kinds import STATE_FORCES
    from extractors.events.named_actors import named_actors

    return {a.country for a in named_actors(text) if a.kind == STATE_FORCES and a.country}


NAMESAKE_MIN_POPULATION = 5_000  # a namesake this big elsewhere makes a town name ambiguous
NAMESAKE_MEMO = 20_000  # town names whose namesakes' countries the process remembers (`make_room`)
_NAMESAKE_COUNTRIES: dict[tuple[str, str | None], tuple[object, frozenset[str]]] = {}


def _namesakes_elsewhere(surface: str, country: str, language: str | None = None) -> tuple[str, ...]:
    """The other countries with a town of this name of NAMESAKE_MIN_POPULATION or more (NAMESAKES)."""
    countries = _namesake_countries(surface, language)
    return tuple(sorted(c for c in countries if c and c != country))


def _namesake_countries(surface: str, language: str | None) -> frozenset[str]:
    """The countries with a town of this name of NAMESAKE_MIN_POPULATION or more; an inflected
    name in another script, found only by its nominative forms, by those forms ("в Токмаке": Tokmak
    in Ukraine, Tokmok in Kyrgyzstan). It depends on the name, the language and the gazetteer only:
    remembered (NAMESAKE_MEMO), as an article's headline and sentences name the same towns."""
    from extractors.events.gazetteer import KIND_CITY, load_gazetteer
    from extractors.events.script_places import script_name_forms
    from extractors.remembered import make_room

    gaz = load_gazetteer()
    key = (surface, language)
    hit = _NAMESAKE_COUNTRIES.get(key)
    if hit is not None and hit[0] is gaz:
        return hit[1]
    forms = script_name_forms(surface, language)
    inflected = bool(forms) and not gaz.lookup_script(surface)
    places = [p for f in forms[1:] for p in gaz.lookup_script(f)] if inflected else gaz.lookup(surface)
    out = frozenset(
        name_of_code(p.country_code)
        for p in places
        if p.kind == KIND_CITY and p.population >= NAMESAKE_MIN_POPULATION
    )
    make_room(_NAMESAKE_COUNTRIES, NAMESAKE_MEMO)
    _NAMESAKE_COUNTRIES[key] = (gaz, out)
    return out


@lru_cache(maxsize=64)
def main_country(text: str, title: str = "", language: str | None = None) -> str | None:
    """The country the article is about: weighted votes of the places found, the countries named
    and the demonyms (title and lead weigh more); None if nothing points anywhere.

    Remembered for the last articles: the coder and the story evidence both ask it of one
    article, and it is a third of the evidence's cost."""
    votes = country_votes(text, title, language)
    if not votes:
        return None
    return votes.most_common(1)[0][0]
