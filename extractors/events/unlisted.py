"""Towns the gazetteer does not list, when the text says plainly that a name is a town.

GeoNames misses many small towns and villages where fighting happens. When a report names one
with an unmistakable cue ("the town of Xyz", "Xyz, a village in ...") the event still happened
there: the name is kept as the location, and its position is estimated from the text:
- `_offset`: "about 30 kilometres north of the capital" / "... of <known place>": that point
  (geo precision 2);
- `_near_anchor`: "à Ndjindom, près de Jakiri": the known town it is near (geo precision 2);
- else a province named in the same sentence ("in Ituri province"): its centroid and name
  (geo precision 3);
- else no coordinates (geo precision 3): the country is still the article's.
"""

from __future__ import annotations

import math

from extractors.events.actors import named_actors
from extractors.events.countries import country_code, find_countries
from extractors.events.gazetteer import KIND_ADMIN1, KIND_VILLAGE, fold, load_gazetteer
from extractors.events.place_cues import PlaceCues, place_cues
from extractors.events.place_match import PlaceMatch, stopwords
from extractors.events.places import find_places

# Compass points as steps on the map (north = +latitude, east = +longitude); the words for them
# are the pack's `place_words.compass`.
_STEPS = {
    "north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1),
    "northeast": (1, 1), "northwest": (1, -1), "southeast": (-1, 1), "southwest": (-1, -1),
}  # fmt: skip
OFFSET_REACH = 12  # tokens after a town's name where its stated distance may stand
KM_PER_DEGREE = 111.2


def _cued_names(text: str, language: str | None) -> list[tuple[int, str, int | None]]:
    """Names that a settlement word of the pack announces: "the town of X", "la localité de X",
    "el poblado de X", "X, a village in ...": (offset, name, offset of the list's first name when
    the name is a later member of a list)."""
    from extractors.events.reading import has_pack, read

    if not has_pack(language):
        return []
    r = read(text, language)
    toks = r.tokens
    out = []
    joined = {k for m in r.hits("numbers.list_joiners") for k in range(m.first, m.last)}
    for m in r.hits("place_words.settlement"):
        k = m.last
        # up to two adjectives after the noun ("la cité minière de X", "la localité voisine de X"), then
        # one short linking word ("of", "de", "du") may stand between the noun and the name
        a = k
        while (
            a < len(toks)
            and a - k < 2
            and toks[a].text.islower()
            and len(toks[a].text) > 3
            and not r.break_between(k, a)
        ):
            a += 1
        if (
            a > k
            and a + 1 < len(toks)
            and toks[a].text.islower()
            and len(toks[a].text) <= 3
            and toks[a + 1].text[:1].isupper()
        ):
            k = a
        if k < len(toks) and toks[k].text.islower() and len(toks[k].text) <= 3:
            k += 1
        j = k
        while j < len(toks) and j - k < 3 and toks[j].text[:1].isupper() and not r.break_between(k, j):
            j += 1
        if j > k:
            out.append((toks[k].start, text[toks[k].start : toks[j - 1].end], None))
            out.extend((at, name, toks[k].start) for at, name in _listed_after(r, j, joined))
        # "X, a village in ...": a name, a comma, then within three words a settlement noun
        if m.first >= 2:
            for n in range(m.first - 1, max(m.first - 4, 0), -1):
                gap = text[toks[n - 1].end : toks[n].start]
                if "," in gap and toks[n - 1].text[:1].isupper():
                    out.append((toks[n - 1].start, toks[n - 1].text, None))
                    break
    # NEAR_APPOSITION: "à Ndjindom, près de Jakiri", "in Xyz, near Abc": a capitalised name after a
    # locative preposition, then a comma and a near-preposition: the name is a town near the other
    for m in r.hits("locative_prepositions"):
        k = m.last
        j = k
        while j < len(toks) and j - k < 3 and toks[j].text[:1].isupper() and not r.break_between(k, j):
            j += 1
        comma = j > k and j < len(toks) and "," in text[toks[j - 1].end : toks[j].start]
        if comma and any(n.first == j for n in r.hits("near_prepositions")):
            out.append((toks[k].start, text[toks[k].start : toks[j - 1].end], None))
    return out


def _listed_after(r, j: int, joined: set[int]) -> list[tuple[int, str]]:
    """LISTED_SETTLEMENTS: "the villages of X, Y and Z", "les localités de X, Y et Z": every name of
    a list the settlement noun opens is announced by it (names of up to three capitalised words after
    a comma or a list joiner of the pack, in one sentence; a list ends with a joiner, so "the village
    of X, Ahmed Musa said" lists nobody). `j`: the token after the first name."""
    toks, text = r.tokens, r.text
    out: list[tuple[int, str]] = []
    kept = 0
    while j < len(toks):
        n = j
        while n < len(toks) and n in joined:
            n += 1
        if n >= len(toks) or n - j > 2 or not toks[n].text[:1].isupper():
            break
        gap = text[toks[j - 1].end : toks[n].start]
        if any(ch in gap for ch in ".;:()\n") or (n == j and "," not in gap):
            break  # another sentence part, or two capitalised words of one name
        e = n + 1
        while (
            e < len(toks)
            and e - n < 3
            and toks[e].text[:1].isupper()
            and text[toks[e - 1].end : toks[e].start] == " "
        ):
            e += 1  # "Santa Lucía": a name of a few capitalised words
        out.append((toks[n].start, text[toks[n].start : toks[e - 1].end]))
        if n > j:
            kept = len(out)  # a joiner before this name: the list holds so far
        j = e
    return out[:kept]


def _near_anchor(text: str, end: int, known: list[PlaceMatch], language: str | None) -> PlaceMatch | None:
    """The known place a near-preposition right after the name gives (", près de Jakiri")."""
    from extractors.events.reading import read

    r = read(text, language)
    after = r.token_at(end)
    for n in r.hits("near_prepositions"):
        if n.first == after:
            return next((p for p in known if p.latitude is not None and r.token_at(p.start) >= n.last
                         and r.token_at(p.start) - n.last <= 2), None)  # fmt: skip
    return None


def unlisted_towns(
    text: str, hint: str | None, known: list[PlaceMatch], language: str | None = None
) -> list[PlaceMatch]:
    """Towns named with a cue in `text` that no gazetteer match (`known`) covers, in text order."""
    if not hint:
        return []
    found: list[PlaceMatch] = []
    cues = place_cues(language)
    for offset, cued, head in _cued_names(text, language):
        start, name = _trim(offset, cued, cues)
        end = start + len(name)
        if not name or any(p.start < end and start < p.end for p in [*known, *found]):
            continue
        if not plausible_name(name):
            continue
        if " " not in name and cues.opens_vocabulary(name):
            continue  # a word of the language opening the sentence ("İsyancılar, Goma kentinin ...": rebels)
        town = _estimate(text, name, start, end, hint, known, cues)
        first = next(
            (p for p in known if head is not None and p.start == head and p.latitude is not None), None
        )
        if town.latitude is None and first is not None and first.country == hint:
            # a later member of a list whose first town is known: in its area (geo precision 3)
            town = PlaceMatch(name, start, end, name, first.admin1, hint, first.latitude, first.longitude,
                              KIND_VILLAGE, 3)  # fmt: skip
        found.append(town)
    return sorted(found, key=lambda p: p.start)


def _trim(start: int, name: str, cues: PlaceCues) -> tuple[int, str]:
    """Drop sentence starters glued to the front of a name ("In Xyz, a town in ..."), and the pack's
    leading words glued to its end: a day named right after the town, as Swahili and Indonesian
    write it ("mjini Xyz Jumatano", "di Xyz Senin": the weekday is no part of the name)."""
    words = name.split(" ")
    while len(words) > 1 and cues.leading_ok(words[0]):
        start += len(words[0]) + 1
        words = words[1:]
    while len(words) > 1 and cues.is_("leading", words[-1]):
        words = words[:-1]
    return start, " ".join(words)


def plausible_name(name: str) -> bool:
    if fold(name) in stopwords() or len(fold(name)) < 3 or name.isupper():
        return False
    if find_countries(name):
        return False  # "the city of Congo" is no unlisted town
    if named_actors(name):
        return False  # "kırsalında güvenlik güçleri ile PKK'lı teröristler": a group's name is no town
    return not load_gazetteer().lookup(name)  # a listed name the gazetteer rules rejected stays rejected


def _offset(text: str, end: int, cues: PlaceCues) -> tuple[float, str, str, int] | None:
    """ ", about 30 kilometres north of the capital", ", à 12 km au sud-ouest de Bunia": (kilometres,
    compass point, the anchor word, its offset in text) read with the pack's units and compass words."""
    tokens = cues.pack.tokens(text[end : end + 160])
    for k, t in enumerate(tokens[:OFFSET_REACH]):
        if not t.text.isdigit() or k + 1 >= len(tokens):
            continue
        factor = cues.distance_unit(tokens[k + 1].text)
        if factor is None:
            continue
        for j in range(k + 2, min(len(tokens), k + 6)):
            pair = f"{tokens[j].text}-{tokens[j + 1].text}" if j + 1 < len(tokens) else ""
            point = (cues.compass(pair) if pair else None) or cues.compass(tokens[j].text)
            if point is None:
                continue
            step = 2 if pair and cues.compass(pair) else 1
            for n in range(j + step, min(len(tokens), j + step + 3)):
                word = tokens[n]
                if word.text[:1].isupper() or cues.is_("capital", word.text):
                    return int(t.text) * factor, point, word.text, end + word.start
            return None
    return None


def _estimate(text: str, name: str, start: int, end: int, hint: str, known: list[PlaceMatch],
              cues: PlaceCues) -> PlaceMatch:  # fmt: skip
    province = next((p for p in known if p.kind == KIND_ADMIN1 and p.country == hint), None)
    admin1 = (province.admin1 or province.name) if province is not None else ""
    offset = _offset(text, end, cues)
    if offset:
        distance, point, word, position = offset
        anchor = _anchor(word, text, position, hint, known, cues)
        if anchor is not None and anchor.latitude is not None:
            lat, lon = _moved(anchor.latitude, anchor.longitude, point, distance)
            # the anchor's province is not the town's when the distance crosses a border: keep the stated one
            return PlaceMatch(name, start, end, name, admin1, hint, lat, lon, KIND_VILLAGE, 2)
    near = _near_anchor(text, end, known, cues.pack.code)
    if near is not None and near.country == hint:
        return PlaceMatch(name, start, end, name, near.admin1, hint, near.latitude, near.longitude,
                          KIND_VILLAGE, 2)  # fmt: skip
    if province is not None:
        return PlaceMatch(name, start, end, name, admin1, hint, province.latitude, province.longitude,
                          KIND_VILLAGE, 3)  # fmt: skip
    return PlaceMatch(name, start, end, name, "", hint, None, None, KIND_VILLAGE, 3)


def _anchor(word: str, text: str, position: int, hint: str, known: list[PlaceMatch],
            cues: PlaceCues) -> PlaceMatch | None:  # fmt: skip
    """The place a distance is measured from: the country's capital, or a place named there."""
    if cues.is_("capital", word):
        code = country_code(hint)
        capital = load_gazetteer().capital(code) if code else None
        if capital is None:
            return None
        return PlaceMatch(word, position, position + len(word), capital.name, capital.admin1, hint,
                          capital.latitude, capital.longitude, capital.kind, 1)  # fmt: skip
    named = [p for p in known if p.start == position]
    if named:
        return named[0]
    return next((p for p in find_places(word, hint) if p.latitude is not None), None)


def _moved(lat: float, lon: float, direction: str, distance_km: float) -> tuple[float, float]:
    """The point `distance_km` from (lat, lon) towards a compass direction (flat-earth: short hops)."""
    dy, dx = _STEPS[direction]
    if dy and dx:
        dy, dx = dy / math.sqrt(2), dx / math.sqrt(2)
    lat2 = lat + dy * distance_km / KM_PER_DEGREE
    lon2 = lon + dx * distance_km / (KM_PER_DEGREE * max(math.cos(math.radians(lat)), 0.01))
    return round(lat2, 5), round(lon2, 5)
