"""Where an event happened: the place tied to the event's own clause (`places.py`, `countries.py`).

The article's country (`article_country`) is the hint for every lookup. A place abroad counts only
when its sentence names that country (`places_in`). Of the places of a sentence, these are never
the event's (`event_places`), in any language, by the pack's word classes:
- the place of a reporting clause: "... said in Ankara", "told reporters in Geneva" (a
  `reporting_verbs` word before it in its clause), and a place that speaks: "Moscow said";
- the seat of officials: "officials in Damascus", "the government in Kandahar" (`actors.government`
  right before its preposition); a place right before a government word, when the sentence names
  another ("Ankara'daki hükümeti", "दिल्ली की सरकार": SEAT_BEFORE_ITS_OFFICIALS, `official_seats.py`);
- a foreign capital standing for its government ("Ankara retaliated"): a capital of another
  country with no locative preposition before it;
- the dateline at the head of the report, which names where it was filed (`dateline_end`);
- a place that holds the next one in the possessive ("Hakkari'nin Yüksekova ilçesi": `within`).
A sentence that names no place but a national institution or "the capital" is placed in the
capital (`_seat_of_state`). `sentence_place` otherwise prefers a place after a locative preposition
(a place noun may stand between: "dans le territoire de Beni"), the most specific place (town over
province), and the one nearest the trigger.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from extractors.events.announcements import announces
from extractors.events.official_seats import seat_before_its_officials
from extractors.events.reading import Reading, read
from extractors.events.roles import VERB_FINAL
from extractors.events.sentences import Sentence
from extractors.geo import km_between

REPORTING_REACH = 5  # tokens from a reporting verb to the place of its clause ("said on Monday in Ankara")
SPEAKING_REACH = 2  # tokens from a place to the reporting verb that makes it a speaker ("Moscow has said")
QUARTER_LINK = 6  # characters from a neighbourhood's name to its town's (" de ", ", em ")
HELD_REACH = 30  # characters from a town to its own province named after it ("X, province de Y")
PREPOSITION_REACH = 2  # tokens from a locative preposition to its place ("in the Homs countryside")


def km(a: object, b: object) -> float | None:
    """The distance in km between two placed things (`geo.km_between`), None when one is unplaced."""
    la, lo, lb, lob = (getattr(a, "latitude", None), getattr(a, "longitude", None),
                       getattr(b, "latitude", None), getattr(b, "longitude", None))  # fmt: skip
    if None in (la, lo, lb, lob):
        return None
    return km_between(la, lo, lb, lob)


def article_country(text: str, title: str, language: str | None = None) -> str | None:
    """The article's country (`main_country.main_country`); when no place, country or demonym points
    anywhere, the home country of the named armed groups it names (HOME_OF_GROUPS: "M23 rebels seized
    the town of X" is a report from the DRC)."""
    from extractors.events.main_country import main_country
    from extractors.events.named_actors import named_actors

    found = main_country(text, title, language)
    if found is not None:
        return found
    homes = Counter(a.country for body in (title, text) for a in named_actors(body) if a.country)
    return homes.most_common(1)[0][0] if homes else None


@lru_cache(maxsize=4096)
def places_in(text: str, hint: str | None, language: str | None = None) -> list:
    """Places (not countries) named in `text`; a place abroad only when its country is named too.

    A report about Yemen that mentions the Red Cross or a U.S. senator is not about the USA:
    a place outside the article's country counts only when the same sentence names that country
    ("Najran, in Saudi Arabia", "Saudi Najran")."""
    from extractors.events.places import find_places

    places = [p for p in find_places(text, hint, language) if p.kind != "country"]
    if hint and any(p.country != hint for p in places):
        named = _countries_named(text, language)
        places = [
            p
            for p in places
            if p.country == hint or p.country in named or _across_border(text, p, hint, language)
        ]
    return places


def _across_border(text: str, p, hint: str, language: str | None) -> bool:
    """CROSS_BORDER: a town of a country bordering the article's, the object of an act's word
    ("struck Najran", "frappes sur Kobané", "bombardeos contra Tall Rifaat"): a strike across the
    border is where it landed, its country unnamed."""
    from extractors.events.countries import neighbours

    if p.country not in neighbours(hint):
        return False
    r = read(text, language)
    first = r.token_at(p.start)
    return any(
        0 <= first - m.last <= CROSS_BORDER_REACH and r.same_clause(m.last - 1, first)
        for m in r.hits("triggers", "generic_violence")
    )


CROSS_BORDER_REACH = 2  # tokens from an act's word to the town it hit ("frappes sur la ville de")


def _countries_named(text: str, language: str | None) -> set[str]:
    """Countries named by name (not by adjective: "the Turkish province of Hatay" is not enough)."""
    from extractors.events import countries

    return {m.country for m in countries.find_countries(text, language) if not m.demonym}


# "KHARTOUM, June 18 (Reuters) —", "SANAA, Yemen —": a capitalised place name, a comma, then up to a
# dash (or a news agency in brackets) within a few words: where and when the report was filed.
_DATELINE = regex.compile(
    r"^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*(?:,|\()[^—–\n]{0,45}?(?:[—–]|\s-\s|\)\s*[—–-]?)"
)


def dateline_end(s: Sentence) -> int:
    """End of the dateline at the head of the article's first sentence (0 when there is none)."""
    if s.index != 0:
        return 0
    m = _DATELINE.match(s.text)
    return m.end() if m and m.end() <= 70 else 0


def _preposition_before(r: Reading, first: int) -> bool:
    """A locative preposition before the name, or a locative case ending written on it ("İdlib'de");
    a noun of the kind of place may stand between ("dans le territoire de Beni", "no distrito de X")."""
    return any((0 <= first - m.last <= PREPOSITION_REACH and r.same_clause(m.last - 1, first)) or m.first == first
               or _place_noun_between(r, m.last, first)
               for m in r.hits("locative_prepositions"))  # fmt: skip


PLACE_NOUN_REACH = 4  # tokens from a preposition to its name across a place noun ("dans le territoire de")
_PLACE_NOUNS = ("place_words.region", "place_words.district", "place_words.settlement")


def _act_before(r: Reading, first: int) -> bool:
    """An act's word right before the name ("strikes hit Maarat al-Numan", "атаковали Охтирку"):
    what the act hit is named as plainly as by a preposition."""
    return any(
        m.last == first and r.same_clause(m.last - 1, first) for m in r.hits("triggers", "generic_violence")
    )


NOUN_ADJECTIVES = 2  # lower-case words after a place noun before its name ("la cité minière de X")


def _place_noun_before(r: Reading, first: int) -> bool:
    """A noun of the kind of place right before the name, with at most one short linking word
    ("la ville de Rubaya", "the town of X", "kijiji cha X") and up to two lower-case adjectives
    after the noun before it ("la cité minière de X"): as plain a cue as a preposition."""
    for m in r.hits(*_PLACE_NOUNS):
        between = list(range(m.last, first))
        if m.last > first or len(between) > 1 + NOUN_ADJECTIVES or not r.same_clause(m.last - 1, first):
            continue
        short = [k for k in between if len(r.tokens[k].folded) <= 3]
        adjectives = [k for k in between if k not in short and r.tokens[k].text.islower()]
        linked = not adjectives or (short and short[0] == first - 1)
        if len(short) <= 1 and linked and len(short) + len(adjectives) == len(between):
            return True
    return False


def _place_noun_between(r: Reading, after: int, first: int) -> bool:
    """Do the tokens [after, first) hold a noun of the kind of place and only short linking words
    besides ("le territoire de", "la ville de")?"""
    if not 0 < first - after <= PLACE_NOUN_REACH or not r.same_clause(after, first):
        return False
    nouns = {k for m in r.hits(*_PLACE_NOUNS) for k in range(m.first, m.last) if after <= k < first}
    return bool(nouns) and all(k in nouns or len(r.tokens[k].folded) <= 3 for k in range(after, first))


def _reporting_place(r: Reading, first: int, last: int) -> bool:
    """Is the place at tokens [first, last) where a report was made, not where the act was? A place
    right after a reporting verb ("said on Monday in the capital"), or a speaker at the head of its clause
    ("Moscow said"). In a verb-final language (`clause_order: verb-final`) a reporting word closes
    its own clause ("Bakanlığa göre", "yetkililere göre": according to ...): the place after it
    opens the reported clause, the act's ("... göre dün gece Musul'da ...")."""
    nouns = r.hits("place_words.settlement", "place_words.district", "place_words.region")
    verb_final = r.pack.data.get("clause_order") == VERB_FINAL
    for m in r.hits("reporting_verbs"):
        if any(
            n.first <= m.first and m.last <= n.last and n.last - n.first > m.last - m.first for n in nouns
        ):
            continue  # a word of a place noun ("au lieu-dit X": "dit" is no "said")
        if announces(r, m):
            continue  # "announced its dissolution on Monday in Bangui": the act's own place (ANNOUNCED_ACT)
        if (
            not verb_final
            and m.last <= first
            and first - m.last <= REPORTING_REACH
            and r.same_clause(m.last - 1, first)
            and not _act_between(r, m.last, first)
        ):
            return True  # "... said in Ankara" (not "said the blockade in Ludhiana": the act's place)
        speaks = m.first >= last and m.first - last <= SPEAKING_REACH and r.same_clause(last - 1, m.first)
        # "Moscow said", "Ankara has announced": the place is the subject, at the head of its clause
        if speaks and not _preposition_before(r, first) and first - r.clause_start(first) <= 1:
            return True
    return False


def _act_between(r: Reading, i: int, j: int) -> bool:
    """Does an act's word stand between tokens i and j ("the union said the blockade in Ludhiana
    lasted six hours", "police said the attack in Kano")? The place after it is the act's."""
    return any(i <= h.first and h.last <= j for h in r.hits("triggers", "generic_violence"))


SUBJECT_ACT_REACH = (
    1  # tokens from a place to the act word its officials do ("authorities in Tunis detained")
)


def _acts_right_after(r: Reading, last: int) -> bool:
    """ "Authorities in Tunis detained a journalist": the officials of the place are the subject of an
    act told right after it (not of a reporting verb), done where they are."""
    return any(
        0 <= h.first - last <= SUBJECT_ACT_REACH and r.same_clause(last - 1, h.first)
        for h in r.hits("triggers", "generic_violence")
    )


SITE_REACH = (
    2  # tokens from a locative preposition to the government word it makes a site ("outside the ministry")
)


def _seat_of_officials(r: Reading, first: int) -> bool:
    """ "officials in Damascus", "the government in Kandahar": where the people addressed sit; not a
    building of theirs ("government offices in Merauke", "kantor pemerintah di Merauke", "the
    parliament building in Jakarta"): a facility noun next to the government word names a site;
    nor an area around the place ("loyal to the regime in the countryside of Deir ez-Zor", "في ريف"):
    officials sit in a town, not in its countryside or outskirts (the pack's `place_words.area`)."""
    facilities = r.hits("place_words.facility")
    sites = r.hits("locative_prepositions", "near_prepositions")
    areas = {m.last for m in r.hits("place_words.area")}

    acts = r.hits("triggers", "generic_violence")

    def building(g) -> bool:
        # "protested outside the finance ministry in Lusaka": a government word a locative preposition
        # opens (an article, an adjective between) is a site, as a facility noun beside it is
        return any(-1 <= g.first - f.last <= 1 or -1 <= f.first - g.last <= 1 for f in facilities) or any(
            0 <= g.first - m.last <= SITE_REACH for m in sites
        )

    def received(g) -> bool:  # "surrendered to the authorities in Bria": the officials an act was done to
        return any(h.first < g.first <= h.last for h in acts)

    if first in areas:
        return False
    return any(
        0 <= first - prep.last <= 1
        and any(
            0 <= prep.first - g.last <= 1 and not building(g) and not received(g)
            for g in r.hits("actors.government")
        )
        for prep in r.hits("locative_prepositions")
    )


def _foreign_capital(p: object, r: Reading, first: int, hint: str | None) -> bool:
    from extractors.events.countries import country_code
    from extractors.events.gazetteer import load_gazetteer

    country = getattr(p, "country", "")
    if not hint or country == hint or _preposition_before(r, first):
        return False
    code = country_code(country)
    capital = load_gazetteer().capital(code) if code else None
    return capital is not None and capital.name == getattr(p, "name", None)


def event_places(text: str, hint: str | None, language: str | None = "en") -> list:
    """The places of a sentence that may be where something happened (see the module's rules),
    with towns the gazetteer lacks but the text names with a cue (`unlisted`)."""
    from extractors.events.unlisted import unlisted_towns

    known = places_in(text, hint, language)
    holders = {p.within for p in known if getattr(p, "within", -1) >= 0}
    known = [p for p in known if p.start not in holders]  # "Hakkari'nin Yüksekova ilçesi": Yüksekova
    places = sorted([*known, *unlisted_towns(text, hint, known, language)], key=lambda p: p.start)
    r = read(text, language)
    out, seats = [], []
    for p in places:
        first = r.token_at(p.start)
        last = max(first + 1, r.token_at(p.end - 1) + 1)
        if (
            _reporting_place(r, first, last)
            or (_seat_of_officials(r, first) and not _acts_right_after(r, last))
            or _foreign_capital(p, r, first, hint)
        ):
            continue
        if seat_before_its_officials(r, last):
            seats.append(p)  # SEAT_BEFORE_ITS_OFFICIALS (official_seats.py): only when no other place
            continue
        out.append(p)
    return out or seats


def sentence_place(s: Sentence, hint: str | None, t_start: int, language: str | None = "en",
                   span: tuple[int, int] | None = None) -> tuple[object | None, bool]:  # fmt: skip
    """The place of the event whose trigger is at character `t_start` of sentence s: within its
    clause `span` (character offsets in s.text) when given, else the sentence."""
    text = s.text
    places = [p for p in event_places(text, hint, language) if p.start >= dateline_end(s)]
    if span is not None:
        inside = [p for p in places if span[0] <= p.start < span[1]]
        places = inside
    if not places:
        return (_seat_of_state(s, hint, language) if span is None else None), False
    r = read(text, language)

    def cued(p) -> bool:
        first = r.token_at(p.start)
        return _preposition_before(r, first) or _place_noun_before(r, first) or _act_before(r, first)

    def key(p):
        # a town named right before its own province shares the province's cue ("في بلدة المراوعة
        # محافظة الحديدة", "à Kaya, province du Sanmatenga"): the town is the more specific
        held = any(q.kind == "admin1" and q.admin1 == p.admin1 and 0 <= q.start - p.end <= HELD_REACH
                   and cued(q) for q in places if q is not p and p.kind != "admin1")  # fmt: skip
        # the town a neighbourhood is named of takes its cue ("dans le quartier X de Butembo")
        of_quarter = any(
            0 <= p.start - q.end <= QUARTER_LINK and _in_a_quarter(r, q) for q in places if q is not p
        )
        return (_in_a_quarter(r, p), not (cued(p) or held or of_quarter), p.geo_precision,
                p.latitude is None, p.kind == "admin1", abs(p.start - t_start))  # fmt: skip

    best = min(places, key=key)
    return best, best.geo_precision == 2 and best.kind != "district"


def _in_a_quarter(r: Reading, p: object) -> bool:
    """QUARTER: a name right after a noun for a part of a town (`place_words.quarter`: "no bairro X",
    "dans le quartier de X", "في حي X"; one short linking word between), or right before one ("X
    Mahallesi"), names a neighbourhood: a same-named town elsewhere is no scene; any other place of
    the sentence (the town it is part of) comes first."""
    first = r.token_at(p.start)
    last = max(first + 1, r.token_at(p.end - 1) + 1)
    for m in r.hits("place_words.quarter"):
        between = range(m.last, first)
        if 0 <= first - m.last <= 1 and all(len(r.tokens[k].folded) <= 3 for k in between):
            return True
        if m.first == last:
            return True
    return False


def _seat_of_state(s: Sentence, hint: str | None, language: str | None) -> object | None:
    """SEAT_OF_STATE: a sentence that names no place but a national institution ("stormed the
    parliament", "outside the presidential palace", `place_words.seat_of_state`) or "the capital"
    after a locative preposition is about the capital of the article's country; not when the
    institution or the capital speaks or acts ("parliament said", "parliament condemned")."""
    if not hint:
        return None
    r = read(s.text, language)
    seats = [
        m
        for m in r.hits("place_words.seat_of_state")
        if not _reporting_place(r, m.first, m.last)
        and (m.first - r.clause_start(m.first) > 1 or _preposition_before(r, m.first))
    ]  # fmt: skip  (at the head of its clause the institution is the subject: "parliament condemned")
    capitals = [
        m for m in r.hits("place_words.capital")
        if _preposition_before(r, m.first) and not _reporting_place(r, m.first, m.last)
    ]  # fmt: skip
    if not seats and not capitals:
        return None
    from extractors.events.countries import country_code
    from extractors.events.gazetteer import load_gazetteer
    from extractors.events.place_match import _to_match

    code = country_code(hint)
    capital = load_gazetteer().capital(code) if code else None
    if capital is None:
        return None
    m = (seats or capitals)[0]
    start, end = r.span(m.first, m.last)
    return _to_match(capital, s.text[start:end], start, end, 1)


def listing_gap(gap: str, language: str | None) -> bool:
    """Do the words between two place names list them ("Lilongwe, Mzuzu and Zomba": a comma or
    a list joiner of the pack), rather than put one in the other ("As Sanamayn in rural Daraa")?"""
    if any(ch in gap for ch in ".;:()"):
        return False
    words = [w for w in regex.findall(r"[\p{L}\p{M}]+", gap)]
    if not words:
        return True  # a comma, a dash, a slash
    r = read(gap.strip(" ,"), language)
    # "à Ségou et à Sikasso", "in Kano and in Sokoto": a joiner, then the list's preposition again
    joined = {
        k for m in r.hits("numbers.list_joiners", "locative_prepositions") for k in range(m.first, m.last)
    }
    return (
        bool(r.tokens)
        and any(k in joined for m in r.hits("numbers.list_joiners") for k in range(m.first, m.last))
        and all(k in joined for k in range(len(r.tokens)))
    )


def place_salience(sentences: list[str], hint: str | None, language: str | None) -> Counter[str]:
    """How many sentences name each place: the place a report keeps coming back to."""
    counts: Counter[str] = Counter()
    for text in sentences:
        counts.update({p.name for p in places_in(text, hint, language)})
    return counts
