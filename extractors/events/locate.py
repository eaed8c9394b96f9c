"""Where an event happened: the coder's use of the gazetteer (`places.py`, `countries.py`).

The article's country (`article_country`) is the hint for every lookup. A place abroad counts only
when its sentence names that country (`places_in`); the dateline at the head of the article names
where the report was filed, not the event (`dateline_end`); a place after "near" / "outside" /
"north of" is the event's surroundings, geo precision 2 (`NEAR_BEFORE`). `event_places` adds towns
the gazetteer lacks but the text names with a cue (`unlisted`) and drops the seat of officials
("calling on officials in Damascus", `_SEAT_BEFORE`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from extractors.events import taxonomy as tx
from extractors.events.sentences import Sentence

NEAR_BEFORE = re.compile(r"\b(?:near|outside|outskirts\s+of|close\s+to|north\s+of|south\s+of|east\s+of|west\s+of|"
                   r"km\s+(?:from|of)|kilometres\s+(?:from|of)|miles\s+(?:from|of)|vicinity\s+of|around)\s+(?:the\s+)?$", re.I)  # fmt: skip


def km(a: object, b: object) -> float | None:
    la, lo, lb, lob = (getattr(a, "latitude", None), getattr(a, "longitude", None),
                       getattr(b, "latitude", None), getattr(b, "longitude", None))  # fmt: skip
    if None in (la, lo, lb, lob):
        return None
    p = math.pi / 180
    h = (
        math.sin((lb - la) * p / 2) ** 2
        + math.cos(la * p) * math.cos(lb * p) * math.sin((lob - lo) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(h))


def article_country(text: str, title: str) -> str | None:
    try:
        from extractors.events import countries
    except ImportError:  # the country lexicon is built alongside; without it, no country
        return None
    try:
        return countries.main_country(text, title)
    except ImportError:  # no gazetteer yet: the country most often named
        votes = Counter(m.country for m in countries.find_countries(f"{title}\n{text}"))
        return votes.most_common(1)[0][0] if votes else None


@lru_cache(maxsize=4096)
def places_in(text: str, hint: str | None) -> list:
    """Places (not countries) named in `text`; a place abroad only when its country is named too.

    A report about Yemen that mentions the Red Cross or a U.S. senator is not about the USA:
    a place outside the article's country counts only when the same sentence names that country
    ("Jizan, in Saudi Arabia", "Saudi Jizan")."""
    try:
        from extractors.events.places import find_places
    except ImportError:
        return []
    places = [p for p in find_places(text, hint) if p.kind != "country"]
    if hint and any(p.country != hint for p in places):
        named = _countries_named(text)
        places = [p for p in places if p.country == hint or p.country in named]
    return places


def _countries_named(text: str) -> set[str]:
    """Countries named by name (not by adjective: "the Turkish province of Hatay" is not enough)."""
    from extractors.events import countries

    return {m.country for m in countries.find_countries(text) if not m.demonym}


# "KHARTOUM, June 18 —", "SANAA, Yemen —", "Khartoum, Oct 7": where and when the report was filed
_DATELINE = re.compile(
    r"^\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*,\s*(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*,?\s*)?"
    r"(?:(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?(?:\([^)]{0,40}\)\s*)?[—–-]{1,2}"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)"
)


def dateline_end(s: Sentence) -> int:
    """End of the dateline at the head of the article's first sentence (0 when there is none)."""
    if s.index != 0:
        return 0
    m = _DATELINE.match(s.text)
    return m.end() if m and m.end() <= 60 else 0


# "officials in Damascus", "the government in Kabul": where the people addressed sit, not where it happened
_SEAT_BEFORE = re.compile(
    r"\b(?:officials|authorities|government|leaders|leadership|ministry|ministers?|politicians|parliament|"
    r"lawmakers|regime|embassy|diplomats|headquarters|negotiators|mediators)\s+(?:based\s+)?in\s+$",
    re.I,
)


@lru_cache(maxsize=4096)
def event_places(text: str, hint: str | None) -> list:
    """The places of a sentence that may be where something happened, with towns the gazetteer
    lacks but the text names with a cue (`unlisted`); not the seat of the officials or government
    it mentions ("calling on officials in Damascus")."""
    from extractors.events.unlisted import unlisted_towns

    known = places_in(text, hint)
    places = sorted([*known, *unlisted_towns(text, hint, known)], key=lambda p: p.start)
    return [p for p in places if not _SEAT_BEFORE.search(text[max(0, p.start - 40) : p.start])]


def sentence_place(s: Sentence, hint: str | None, t: tx.TriggerMatch) -> tuple[object | None, bool]:
    text = s.text
    places = event_places(text, hint)
    skip = dateline_end(s)  # the dateline names where the report was filed, not the event
    places = [p for p in places if p.start >= skip]
    if not places:
        return None, False
    best = min(
        places,
        key=lambda p: (p.geo_precision, p.latitude is None, p.kind == "admin1", abs(p.start - t.start)),
    )
    near = bool(NEAR_BEFORE.search(text[max(0, best.start - 30) : best.start]))
    return best, near


# ---------------------------------------------------------------- mentions
