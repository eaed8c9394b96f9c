"""The country and region the words around a name put it in, for `places.find_places`.

- `_local_country`: "Syria's Homs", "the Saudi city of Najran", "Gao in neighbouring Mali" put
  the place in that country whatever the hint (LOCAL_COUNTRY_REACH); `_apposition_country`:
  ", Mali", ", norte de Moçambique".
- OWN_COUNTRY (`_unlisted_in`): a name put in a country the gazetteer lacks it in is kept by name.
- HELD_BY (`_container_before`): a place in the possessive holds the name after it.
- REGION_AGREEMENT (`_in_named_regions`): a town named beside a region of its country is the
  namesake in that region; FUZZY_OUTSIDE_REGION (`_only_by_skeleton`): one met only by its skeleton
  elsewhere is none. DISTRICT_AGREEMENT (`_beside_a_district`): a town right before a district of
  another region of its country is that district's village.
- UNIT_OF_ITS_TOWN (`_units_of_their_towns`): "Beni territory" is Beni's, not Bolivia's "El Beni".
- OWN_REGION (`_abroad_beside_region`): a town named before a region of another country than its
  namesake's is in that region.
- `_country_or_its_region`: a country mention, or the admin1 it also names ("West Bank", "Niger
  State").
"""

from __future__ import annotations

import bisect
import re

from extractors.events.countries import CountryMention, name_of_code
from extractors.events.gazetteer import (
    KIND_ADMIN1,
    KIND_CITY,
    KIND_COUNTRY,
    KIND_DISTRICT,
    KIND_VILLAGE,
    Gazetteer,
    Place,
    name_key,
)
from extractors.events.place_context import _LETTERS, _closing_suffix, _context
from extractors.events.place_cues import PlaceCues
from extractors.events.place_match import (
    MIN_POPULATION_ELSEWHERE_WITH_CUE,
    PlaceMatch,
    _choose,
    _opens_sentence,
    _single_word_rejected,
    _to_match,
    _without_suffix,
    _Word,
)


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
            abroad = _known_by_another_name(m, gaz)
            inside = [
                p
                for p in gaz.lookup(m.surface)
                if p.kind != KIND_ADMIN1 and (name_of_code(p.country_code), p.admin1) in regions
                and (name_of_code(p.country_code) == m.country or abroad)
            ]  # fmt: skip
            if inside:
                m = _to_match(
                    max(inside, key=lambda p: p.population), m.surface, m.start, m.end, m.geo_precision
                )
            elif (
                m.kind in (KIND_CITY, KIND_VILLAGE)
                and " " not in m.surface
                and _only_by_skeleton(m, gaz)
                and any(c == m.country for c, _a in regions)
            ):
                continue  # FUZZY_OUTSIDE_REGION
        out.append(m)
    return out


def _only_by_skeleton(m: PlaceMatch, gaz: Gazetteer) -> bool:
    """FUZZY_OUTSIDE_REGION (REGION_AGREEMENT's third half): a one-word town met only by its
    transliteration skeleton, in another region of its country than the one the text names ("Meluco district of Cabo
    Delgado province": Meluco is no Alto Molocue of Zambezia), is a place the gazetteer lacks: the
    region named is where it lies."""
    return not any(
        p.name == m.name and p.country_code and name_of_code(p.country_code) == m.country
        for p in gaz.lookup(m.surface)
    )


DISTRICT_LINK = 40  # characters from a village's name to its district's ("Nasarawa village in Tsafe")


def _names_a_district(text: str, m: PlaceMatch, cues: PlaceCues) -> bool:
    """A district, or a name a district noun of the pack stands right after or before ("Tsafe Local
    Government Area", "distrito de Ancuabe", "Kabupaten Garut")."""
    if m.kind == KIND_DISTRICT:
        return True
    after = _LETTERS.search(text, m.end, m.end + 30)
    return bool(after and cues.is_("district", after.group())) or cues.last_is(
        text[max(0, m.start - 30) : m.start], "district"
    )


def _beside_a_district(text: str, towns: list[PlaceMatch], cues: PlaceCues) -> list[PlaceMatch]:
    """DISTRICT_AGREEMENT: a town named right before a district of its country (a short gap, no
    sentence end: "Nasarawa village in Tsafe Local Government Area", "Kampung Okpol, Distrik
    Oksibil") that lies in another region than that district is a village the gazetteer lacks,
    named like a bigger place elsewhere: the district is where it lies (ACLED codes such an event at
    the district's seat), so the town is dropped. A town of the district's region stays."""
    out = []
    for i, m in enumerate(towns):
        nxt = towns[i + 1] if i + 1 < len(towns) else None
        if (
            nxt is not None
            and m.kind in (KIND_CITY, KIND_VILLAGE)
            and nxt.kind in (KIND_DISTRICT, KIND_CITY, KIND_VILLAGE)
            and nxt.country == m.country
            and nxt.admin1 != m.admin1
            and 0 <= nxt.start - m.end <= DISTRICT_LINK
            and not re.search(r"[.;!?\n]", text[m.end : nxt.start])
            and _names_a_district(text, nxt, cues)
        ):
            continue
        out.append(m)
    return out


def _known_by_another_name(m: PlaceMatch, gaz: Gazetteer) -> bool:
    """ALTERNATE_YIELDS_TO_REGION (REGION_AGREEMENT's other half): a town matched only by one of its
    alternate names ("Tarazá", which some tongue writes for Taraz in Kazakhstan) yields to a place of
    that very name inside a region the text names, in any country ("Tarazá, Antioquia")."""
    return m.kind in (KIND_CITY, KIND_VILLAGE) and name_key(m.name) != name_key(m.surface)


def _units_of_their_towns(
    text: str, towns: list[PlaceMatch], named: set[str], gaz: Gazetteer, cues: PlaceCues
) -> list[PlaceMatch]:
    """UNIT_OF_ITS_TOWN: a region noun by a name ("Beni territory", "territoire de Beni") that met a
    province only by a looser key (Bolivia's "El Beni") while a sizeable town has the name as its own
    (Beni, North Kivu) names the unit of that town, its seat, not the province abroad; not when the
    text names the province's country (`named`: "Bolivia's Beni region")."""
    out = []
    for m in towns:
        if (
            m.kind == KIND_ADMIN1
            and m.country not in named
            and name_key(m.name) != name_key(m.surface)
            and _context(text, m.start, m.end, cues).wants == KIND_ADMIN1
        ):
            key = name_key(m.surface)
            own = [p for p in gaz.lookup(m.surface) if p.kind in (KIND_CITY, KIND_VILLAGE, KIND_DISTRICT)
                   and name_key(p.name) == key and p.population >= MIN_POPULATION_ELSEWHERE_WITH_CUE]  # fmt: skip
            if own:
                m = _to_match(
                    max(own, key=lambda p: p.population), m.surface, m.start, m.end, m.geo_precision
                )
        out.append(m)
    return out


def _abroad_beside_region(
    text: str, towns: list[PlaceMatch], cues: PlaceCues, gaz: Gazetteer
) -> list[PlaceMatch]:
    """OWN_REGION: a town the text puts in a region right after it ("Léré, dans la région de
    Tombouctou", "Xyz, in Zamfara state", "Intan Jaya, Papua") is in that region's country; a namesake
    abroad is no match: the name is kept (with the capitalised words of it the gazetteer missed),
    placed at its region (the gazetteer lacks it there); when the gazetteer lists the name, or a
    spelling of it, in that very region, it is that place (`_listed_in_region`)."""
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
                # (or another region of its own country: "Kabupaten Puncak, Papua Tengah" is no Puncak
                # of West Java, REGION_AGREEMENT having found none of the name in Central Papua)
                and (region.country != m.country or region.admin1 != m.admin1)
                and "," in gap
                and (bare or _only_linking_words(gap, cues, need_noun=True))
            ):
                end = m.end + (rest.end() if bare and rest is not None else 0)
                name = text[m.start : end]
                listed = _listed_in_region(gaz, name, region)
                m = (
                    _to_match(listed, name, m.start, end, 1) if listed is not None
                    else PlaceMatch(name, m.start, end, name, region.admin1 or region.name, region.country,
                                    region.latitude, region.longitude, KIND_VILLAGE, 3)
                )  # fmt: skip
        out.append(m)
    return out


def _listed_in_region(gaz: Gazetteer, name: str, region: PlaceMatch) -> Place | None:
    """The biggest town of the region's country and region known by the name, or a spelling of it."""
    inside = [
        p for p in (*gaz.lookup(name), *gaz.lookup_skeleton(name))
        if p.kind in (KIND_CITY, KIND_VILLAGE) and name_of_code(p.country_code) == region.country
        and p.admin1 == region.admin1
    ]  # fmt: skip
    return max(inside, key=lambda p: p.population) if inside else None


_NAME_REST = re.compile(r"(?:[ \t]+[^\W\d_][\w'’-]*)*(?=\s*,)")  # words up to a comma


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


# The country a place is put in by the words around it: "Syria's Homs", "the Saudi city of
# Najran", "Gao, Mali", "Gao in neighbouring Mali". It overrides the article's country hint.
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
        if start - m.end <= LOCAL_COUNTRY_REACH:  # (the words between copied only then)
            between = text[m.end : start]
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


_COMMA_AFTER = re.compile(r"\s*,")
_APPOSITION_END = re.compile(r"\s*(?:[,.;:)!?\n]|$)")


def _apposition_country(text: str, end: int, countries: list[CountryMention], starts: list[int],
                        cues: PlaceCues) -> str | None:  # fmt: skip
    """The country of an apposition right after a name: ", Mali", ", norte de Moçambique", ", in
    northern Nigeria" (a comma, then only linking words); its ISO code, else None."""
    if not _COMMA_AFTER.match(text, end):  # (read in place: no copy of the rest of the text)
        return None
    k = bisect.bisect_left(starts, end)
    if k >= len(countries) or countries[k].demonym or countries[k].start - end > LOCAL_COUNTRY_REACH:
        return None
    between = text[end : countries[k].start]
    if "." in between or not _only_linking_words(between, cues):
        return None
    # the apposition ends with the country: ", Mali, on Sunday" ("Putin, France's Macron" is a list)
    if not _APPOSITION_END.match(text, countries[k].end):
        return None
    return countries[k].code


def _container_before(text: str, start: int, towns: list[PlaceMatch], cues: PlaceCues) -> PlaceMatch | None:
    """HELD_BY: the place whose possessive stands right before a name ("Khyber Pakhtunkhwa's Bannu",
    "Hakkari'nin Yüksekova ilçesinde", "İstanbul'un Gazi Mahallesi"): the name is inside it."""
    if not towns:
        return None
    last = towns[-1]
    if last.kind == KIND_COUNTRY or start - last.end > 8 or not cues.possessive_after(text, last.end):
        return None  # (the gap's length tested before it is copied: the last town may lie far back)
    gap = text[last.end : start]
    return last if re.fullmatch(r"['’]\w+\s+", gap) else None


def _unlisted_in(text: str, words: list[_Word], run: list[int], local: str, lower_words: set[str],
                 cues: PlaceCues, container: PlaceMatch | None = None) -> PlaceMatch | None:  # fmt: skip
    """OWN_COUNTRY: a name the text puts in a country by an apposition ("Vila Nova, norte de Moçambique",
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
