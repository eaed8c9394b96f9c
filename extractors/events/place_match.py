"""What makes one span of a text a place (the base of `places.py`, `place_spans.py`, `script_places.py`,
`script_place_checks.py` and `place_countries.py`, which all need it; none of them is imported here, so there is no circle).

- `PlaceMatch`: one place named in a text.
- the words of a text (`WORD`, `_words`: an elided article cut off; `_closing_suffix`: an ending
  after an apostrophe closes a name) and the runs of capitalised words that may be names (`_runs`);
- what the words around a span say of it (`_context`, `_Context`): `place_context.py`;
- which candidate is chosen (`_score`: HINT_BONUS, SEAT_BONUS; `_choose`), whether it is
  believable (`_acceptable`: MIN_POPULATION_*, CROSS_BORDER) and how precise (`_precision`);
- STOPWORDS / STOP_PHRASES (`stopwords`, `stop_phrases`), `_single_word_rejected` (PLACE_NOUNS,
  directions, titles), `_opens_sentence`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from extractors.events.countries import country_code, name_of_code
from extractors.events.gazetteer import (
    KIND_ADMIN1,
    KIND_CITY,
    KIND_DISTRICT,
    KIND_VILLAGE,
    Place,
    fold,
    script_key,
)
from extractors.events.place_context import _LETTERS, _closing_suffix, _Context
from extractors.events.place_cues import PlaceCues, name_particles
from extractors.remembered import make_room, memo_on

STOPWORDS_FILE = "gazetteer_stopwords.txt"
STOP_PHRASES_FILE = "gazetteer_stop_phrases.txt"

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_GAP = re.compile(r"[ \t]{1,2}|[ \t]?[-–][ \t]?")


# Population a place must have to count without any cue (one-word names), by situation.
MIN_POPULATION_IN_HINTED_COUNTRY = 5_000
MIN_POPULATION_ELSEWHERE = 100_000
MIN_POPULATION_ELSEWHERE_WITH_CUE = 20_000
MIN_POPULATION_WITH_CUE = 1_000
PROVINCE_AS_DISTRICT_BONUS = 2.0  # as an admin1's: a district under a region noun beats a same-named town
# A candidate in the hinted country outweighs one this many times bigger elsewhere.
HINT_BONUS = 3.0  # in log10 population units: 1,000x
# A town named like the district a text names ("the district of X") is nearly that district: its seat.
SEAT_BONUS = 4.0


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


def _score(place: Place, hint: str | None, wants: str | None) -> float:
    score = math.log10(place.population + 10)
    if hint and place.country_code == hint:
        score += HINT_BONUS
    if wants:
        score += 5.0 if place.kind == wants else (2.0 if place.kind == KIND_ADMIN1 else 0.0)
        if wants == KIND_ADMIN1 and place.kind == KIND_DISTRICT:
            # PROVINCE_AS_DISTRICT: many countries' "provinces" are GeoNames' second level (Burkina
            # Faso's 45, "Soum province"): a region noun the name meets no region by takes its district
            score += PROVINCE_AS_DISTRICT_BONUS
        if wants == KIND_DISTRICT and place.kind in (KIND_CITY, KIND_VILLAGE):
            score += SEAT_BONUS  # "municipio de Corinto", "distrito de Chiure": the town is its seat
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
    if place.kind == KIND_ADMIN1 and (ctx.cue or ctx.act or words > 1 or in_hint):
        return True
    if ctx.strong_cue and (
        in_hint or (not alternate and place.population >= MIN_POPULATION_ELSEWHERE_WITH_CUE)
    ):
        return True
    if alternate and not in_hint:
        # ALTERNATE_AFTER_ACT: what an act's word hit ("bombed Kiev", "au atacat Kievul") is cued as a place
        return (ctx.cue or ctx.act) and place.population >= (
            MIN_POPULATION_ELSEWHERE_WITH_CUE if _seat_of_its_region(place) else MIN_POPULATION_ELSEWHERE
        )
    if in_hint:
        return ctx.cue or words > 1 or place.population >= MIN_POPULATION_IN_HINTED_COUNTRY
    if ctx.cue:
        floor = MIN_POPULATION_ELSEWHERE_WITH_CUE if hint else MIN_POPULATION_WITH_CUE
        return place.population >= floor
    return place.population >= (MIN_POPULATION_ELSEWHERE_WITH_CUE if words > 1 else MIN_POPULATION_ELSEWHERE)


def _seat_of_its_region(place: Place) -> bool:
    """SEAT_OF_ITS_REGION: a town named like its own province is that province's seat ("As-Suwayda" in
    As-Suwayda, "Kandahar" in Kandahar): a capital of a region, known abroad by its other spellings
    ("Sweida"), so one of those with a cue needs the size of a cued town elsewhere, not a big city's."""
    return (
        place.kind in (KIND_CITY, KIND_VILLAGE)
        and bool(place.admin1)
        and fold(place.name) == fold(place.admin1)
    )


@cache
def _borders(code: str, other: str) -> bool:
    from extractors.events.countries import neighbours

    return name_of_code(other) in neighbours(name_of_code(code))


def _precision(place: Place, ctx: _Context) -> int:
    """1 the town itself, 2 near it or its district, 3 the province. A town standing in for the
    area an admin noun names ("Konduga local government area" when only the town Konduga is known)
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
    elisions = cues.elisions()
    if not elisions or ("'" not in text and "’" not in text):
        return list(WORD.finditer(text))  # (every elision ends with an apostrophe: none to cut)
    out: list = []
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
        if elided:  # "d'Idleb", "l'Ituri", "dell'Iraq"
            out.append(_Word(m.start() + len(elided), m.end(), token[len(elided) :]))
        else:
            out.append(m)
    return out


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
            (
                token in particles
                and not cues.is_("locative", token)  # Indonesian "di" is "in": "gedung DPR di Jakarta"
                and i + 1 < len(words)
                and words[i + 1].group()[0].isupper()
                and _GAP.fullmatch(text[w.end() : words[i + 1].start()]) is not None
            )
            or _hyphen_joined(text, words, i, current)
        )
        joined = False
        if capital or connector:  # (whether it joins the run before: asked only of a word that may)
            joined = bool(current) and _GAP.fullmatch(text[words[current[-1]].end() : w.start()]) is not None
            if joined and capital and cues.weekday_word(token):
                joined = capital = False  # "jijini Mombasa Jumanne": a weekday after a name ends it
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
        if current and ("'" in token or "’" in token) and _closing_suffix(token, cues):
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [r for r in runs if any(words[i].group()[0].isupper() for i in r)]


_HYPHEN = re.compile(r"[-‐‑]")


def _hyphen_joined(text: str, words: list[_Word], i: int, current: list[int]) -> bool:
    """HYPHEN_JOINED: a lower-case word bound by hyphens, no space, between two capitalised words of
    a run is inside a compound name, whatever the word ("Port-au-Prince", "Aix-en-Provence",
    "Saint-Louis-du-Sénégal"): a connector, as a name particle is."""
    if not current or i + 1 >= len(words) or current[-1] != i - 1:
        return False
    after = words[i + 1]
    return (
        after.group()[0].isupper()
        and _HYPHEN.fullmatch(text[words[i - 1].end() : words[i].start()]) is not None
        and _HYPHEN.fullmatch(text[words[i].end() : after.start()]) is not None
    )


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\n\"«»“”„(\[—–]|\s-)\s*$")


def _opens_sentence(text: str, start: int) -> bool:
    # (the window of the four characters before `start` is blank when the text before it is: then
    # its pattern's `^\s*$` holds, so the window alone decides)
    return _SENTENCE_OPENING.search(text[max(0, start - 4) : start]) is not None


def _single_word_rejected(token: str, text: str, start: int, lower_words: set[str], cues: PlaceCues) -> bool:
    key, rejected, direction = _word_verdict(token, cues)
    if rejected or key in lower_words:
        return True
    if direction and not _opens_sentence(text, start):
        return True  # "im Norden Syriens" (a capitalised noun of the pack's directions): no town "Norden"
    prev = _LETTERS.findall(text[max(0, start - 25) : start])
    if len(prev) >= 2 and cues.is_("leading", prev[-1]) and prev[-1][:1].isupper():
        prev = prev[:-1]  # 'alias "El Gordo"': the title before a name's capitalised article
    return bool(prev) and cues.is_("titles", prev[-1])


WORD_VERDICT_MEMO = 20_000  # words whose `_word_verdict` a language remembers


def _word_verdict(token: str, cues: PlaceCues) -> tuple[str, bool, bool]:
    """What the word alone says of a one-word name (`_single_word_rejected`): its folded key, whether
    it is rejected whatever the text (STOPWORDS, acronyms, too short, PLACE_NOUNS: "ein Dorf nahe
    Bunia", German capitalising its nouns: no village "Dorf") and whether it is a direction word of
    the pack. Remembered per language (`WORD_VERDICT_MEMO`): each pass over an article meets the
    same words."""
    memo = memo_on(cues, "_word_verdict_memo")
    hit = memo.get(token)
    if hit is None:
        key = fold(_without_suffix(token, cues))
        rejected = (
            key in stopwords()
            or (len(token) > 1 and token.isupper())
            or len(key) < 3
            or any(cues.is_(kind, token) for kind in ("settlement", "region", "district", "area", "quarter"))
        )
        make_room(memo, WORD_VERDICT_MEMO)
        hit = memo[token] = (key, rejected, cues.is_("direction", token))
    return hit
