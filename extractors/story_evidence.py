"""What a report says that survives translation and rewording: the evidence stories link on.

`story_evidence(article_id, title, text, language, published, mentions)` reads one report once
(in the worker that coded it) and keeps, in a small frozen record (`StoryEvidence`, stored as
JSON in `story_evidence`):
- `places`: the towns, districts and villages it names, resolved by the gazetteer
  (`extractors/events/places.py`, read with the report's language: "ببغداد" is Baghdad), so
  "Sumy", "Суми" and "Сумы" are one `Spot`; each with a weight that falls with the place's population (`place_weight`: a village names a happening,
  a capital names thousands); a place abroad counts only when its country is named too.
  `regions` are the provinces (admin1) of those places and of the provinces named alone.
  The coder's own places (its mentions) are added: it resolves some names the finder does not.
- `numbers`: the figures written in digits of any script (tolls, counts, days of the month), the
  counts the lead writes in words (`_number_words`, read by the language's pack) and the coder's
  tolls; `years`: the years named (1900-2100). `lead_numbers`: those of the headline and the
  first sentence (`lead_text`, in digits or words), and the toll of the coder's main event: news
  puts the toll of the happening there, background figures further down; not a figure the lead
  gives only inside an earlier act it recalls ("days after 132 were killed there":
  `_recalled_figures`), which a follow-up shares with the happening it follows.
- `days`: the days it names ("on Tuesday", "yesterday", resolved from publication by
  `events.dates.find_dates` of the headline and of each sentence: the readings the coder made),
  within a week before publication; `lead_days`: those its lead
  names (a calendar date up to a month back).
- `weekdays`: an undated report's lead read without a publication day: the weekdays it names
  by name (`_weekdays_named`).
- `anchor`: the days the report can be about, as a closed interval of ordinal days. The
  publication day, unless the text names a year later than its publication year (a feed that
  dates every undated item alike): then that whole year (`suspect_published`). `alt_anchor`:
  when the text names years but never its publication year nor the one before, the latest of
  them as a second interval (a look back, or a feed's default date on an undated page).
- `lead`: the coder's main event (`lead_mention`): type, day, place, actors; `families`: the
  type families of all its mentions.
- `words`: its content words (lemmas, `simplemma`) with corpus-independent weights from word
  frequencies (`wordfreq`: a word as common as "said" weighs nothing, a name the lists do not
  know weighs most), without the places and countries named, at most `MAX_WORDS`; compared
  only between reports in one language.
- `names`: runs of capitalised words that are no common word of the language and no place
  (`story_words.names_in`: people, groups, channels, landmarks), folded to plain letters: what a translation
  into another Latin-script language keeps as written.
- `title_words` / `title_names`: `TitleKey` of the headline.

Every weight here depends on the report alone (no corpus statistics), so comparing two reports
gives the same answer whatever else has arrived: story linking stays order-free.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache, cached_property, lru_cache
from importlib import resources

from extractors.dedup import words_of
from extractors.merge import TYPE_FAMILIES, MentionRow, norm
from extractors.models import EventMention
from extractors.story_words import content_words, names_in

MIN_YEAR, MAX_YEAR = 1900, 2100
ANY_DAY = (date(MIN_YEAR, 1, 1).toordinal(), date(MAX_YEAR, 12, 31).toordinal())  # an undated report's days
_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d])|\d+")
MAX_NUMBER = 10_000_000


# Words that carry no identity in a headline (extractors/data/title_stopwords.txt); numbers
# are kept ("kills 12" is not "kills 30").
TITLE_STOP_WORDS_FILE = "title_stopwords.txt"
# A mention is the article's lead when its event happened shortly before publication; older
# events are background ("the attack follows last year's massacre...").
LEAD_WINDOW = (timedelta(days=-4), timedelta(days=1))


def lead_mention(rows: Sequence[MentionRow]) -> MentionRow | None:
    """The article's main event: the first coded mention (news leads with it) whose date is
    close to publication; else the first mention."""
    if not rows:
        return None
    ordered = sorted(rows, key=lambda r: r.position)
    for row in ordered:
        published, happened = row.published_at, row.mention.event_date
        if published is None or happened is None:
            return row
        gap = happened - published.date()
        if LEAD_WINDOW[0] <= gap <= LEAD_WINDOW[1]:
            return row
    return ordered[0]


@cache
def title_stop_words() -> frozenset[str]:
    text = resources.files("extractors").joinpath("data", TITLE_STOP_WORDS_FILE).read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def title_words(title: str) -> set[str]:
    """The words a title is compared on: case-folded, without the title stop words."""
    stop = title_stop_words()
    return {w for w in words_of(title) if w not in stop}


def title_names(title: str) -> set[str]:
    """The title's identifying words, case-folded: numbers, and words capitalised anywhere but
    first (places, actors). In a Title Case headline every word counts as one."""
    raw = re.findall(r"\w+", title or "")
    names = {w.casefold() for w in raw if w.isdigit()}
    names |= {w.casefold() for i, w in enumerate(raw) if i > 0 and w[:1].isupper()}
    return names - title_stop_words()


@dataclass(frozen=True)
class TitleKey:
    """What a title is compared on (stored with the article's fingerprint)."""

    words: frozenset[str]
    names: frozenset[str]

    @classmethod
    def of(cls, title: str) -> TitleKey:
        return cls(frozenset(title_words(title)), frozenset(title_names(title)))


@dataclass(frozen=True)
class Spot:
    """A named place: gazetteer name, province, country, coordinates, weight."""

    name: str
    admin1: str
    country: str
    latitude: float | None
    longitude: float | None
    weight: float

    @cached_property  # read for every pair of reports scored (`stories.shared_places`)
    def key(self) -> str:
        return f"{norm(self.country)}|{norm(self.admin1)}|{norm(self.name)}"

    @cached_property
    def folded_name(self) -> str:
        """The name as `names_in` writes names (`stories.named_places`)."""
        from extractors.events.gazetteer import fold

        return fold(self.name) or self.name.casefold()

    @property
    def region(self) -> str:
        return f"{norm(self.country)}|{norm(self.admin1)}"


@dataclass(frozen=True)
class Lead:
    """The coder's main event of a report, as story linking compares it."""

    event_type: str
    sub_event_type: str
    event_date: date | None
    date_precision: str
    country: str
    admin1: str
    location: str
    latitude: float | None
    longitude: float | None
    geo_precision: int
    actor1: str = ""
    actor2: str = ""
    actor1_kind: str = ""
    actor2_kind: str = ""
    actor1_country: str = ""
    actor2_country: str = ""
    position: int = 0  # of the mention in its article (`merge.mention_id_for`)

    @cached_property
    def family(self) -> str:
        """`type_family` of its type (read for every pair of leads compared)."""
        return type_family(self.event_type)

    @cached_property
    def mention(self) -> EventMention:
        """The lead as a mention, for the merge rules `stories` compares leads by (built once,
        not for every pair; read-only)."""
        return EventMention(
            event_date=self.event_date, event_type=self.event_type, sub_event_type=self.sub_event_type,
            country=self.country, admin1=self.admin1, location=self.location, latitude=self.latitude,
            longitude=self.longitude, date_precision=self.date_precision, geo_precision=self.geo_precision,
            actor1=self.actor1, actor2=self.actor2, actor1_kind=self.actor1_kind, actor2_kind=self.actor2_kind,
            actor1_country=self.actor1_country, actor2_country=self.actor2_country,
        )  # fmt: skip


@dataclass(frozen=True)
class StoryEvidence:
    article_id: str
    language: str = ""
    published: datetime | None = None
    anchor: tuple[int, int] | None = None  # ordinal days (first, last) the report can be about
    alt_anchor: tuple[int, int] | None = None  # the year it names, when it never names its own
    suspect_published: bool = False
    country: str = ""  # the country the report is about (main_country.main_country)
    countries: frozenset[str] = frozenset()  # every country it names
    places: tuple[Spot, ...] = ()
    regions: frozenset[str] = frozenset()
    numbers: frozenset[int] = frozenset()
    lead_numbers: frozenset[int] = frozenset()
    years: frozenset[int] = frozenset()
    days: frozenset[int] = frozenset()  # ordinal days the text names ("on Tuesday", "yesterday")
    lead_days: frozenset[int] = frozenset()  # those its lead names (`lead_text`)
    weekdays: frozenset[int] = frozenset()  # undated: the weekdays its lead names (0 Monday)
    lead: Lead | None = None
    families: frozenset[str] = frozenset()
    words: dict[str, float] = field(default_factory=dict, compare=False)
    names: frozenset[str] = frozenset()
    title_words: frozenset[str] = frozenset()
    title_names: frozenset[str] = frozenset()

    @cached_property
    def content_key(self) -> str:
        """A hash of what the report says (its evidence, not its id or URL)."""
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()[:16]

    def to_json(self) -> str:
        lead = self.lead
        return json.dumps(
            {
                "l": self.language,
                "p": self.published.isoformat() if self.published else None,
                "a": list(self.anchor) if self.anchor else None,
                "a2": list(self.alt_anchor) if self.alt_anchor else None,
                "s": self.suspect_published,
                "c": self.country,
                "cs": sorted(self.countries),
                "pl": [[s.name, s.admin1, s.country, s.latitude, s.longitude, s.weight] for s in self.places],
                "r": sorted(self.regions),
                "n": sorted(self.numbers),
                "ln": sorted(self.lead_numbers),
                "y": sorted(self.years),
                "d": sorted(self.days),
                "dl": sorted(self.lead_days),
                "wd": sorted(self.weekdays),
                "ld": None
                if lead is None
                else [
                    lead.event_type,
                    lead.sub_event_type,
                    lead.event_date.isoformat() if lead.event_date else None,
                    lead.date_precision,
                    lead.country,
                    lead.admin1,
                    lead.location,
                    lead.latitude,
                    lead.longitude,
                    lead.geo_precision,
                    lead.actor1,
                    lead.actor2,
                    lead.actor1_kind,
                    lead.actor2_kind,
                    lead.actor1_country,
                    lead.actor2_country,
                    lead.position,
                ],  # fmt: skip
                "f": sorted(self.families),
                "w": self.words,
                "nm": sorted(self.names),
                "tw": sorted(self.title_words),
                "tn": sorted(self.title_names),
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, article_id: str, text: str) -> StoryEvidence:
        d = json.loads(text)
        ld = d.get("ld")
        lead = None
        if ld:
            lead = Lead(ld[0], ld[1], date.fromisoformat(ld[2]) if ld[2] else None, *ld[3:])
        return cls(
            article_id=article_id,
            language=d.get("l") or "",
            published=datetime.fromisoformat(d["p"]) if d.get("p") else None,
            anchor=tuple(d["a"]) if d.get("a") else None,  # type: ignore[arg-type]
            alt_anchor=tuple(d["a2"]) if d.get("a2") else None,  # type: ignore[arg-type]
            suspect_published=bool(d.get("s")),
            country=d.get("c") or "",
            countries=frozenset(d.get("cs") or ()),
            places=tuple(Spot(*p) for p in d.get("pl") or ()),
            regions=frozenset(d.get("r") or ()),
            numbers=frozenset(d.get("n") or ()),
            lead_numbers=frozenset(d.get("ln") or ()),
            years=frozenset(d.get("y") or ()),
            days=frozenset(d.get("d") or ()),
            lead_days=frozenset(d.get("dl") or ()),
            weekdays=frozenset(d.get("wd") or ()),
            lead=lead,
            families=frozenset(d.get("f") or ()),
            words=dict(d.get("w") or {}),
            names=frozenset(d.get("nm") or ()),
            title_words=frozenset(d.get("tw") or ()),
            title_names=frozenset(d.get("tn") or ()),
        )

    @cached_property
    def written_names(self) -> frozenset[str]:
        """Its names and each of their words (`stories.named_places`)."""
        return frozenset({w for name in self.names for w in name.split()} | set(self.names))

    @cached_property
    def spot_by_key(self) -> dict[str, Spot]:
        """Its places by `Spot.key` (the last of a key wins), read-only: `stories.shared_places`
        looks a report's places up in the other's for every pair scored."""
        return {s.key: s for s in self.places}

    @cached_property
    def folded_place_names(self) -> frozenset[str]:
        """The `Spot.folded_name` of its places (`stories.named_places` skips a pair whose
        other report writes none of them)."""
        return frozenset(s.folded_name for s in self.places)

    @cached_property
    def intervals(self) -> tuple[tuple[int, int], ...]:
        """Every interval of days the report can be about (main first): its `anchor`, its
        `alt_anchor`, and the days of what it leads with (`event_days`: a report published a
        week later that names the day still meets the first reports)."""
        out = [a for a in (self.anchor, self.alt_anchor) if a is not None]
        days = self.event_days
        if days:
            span = (min(days), max(days))
            if not any(a[0] <= span[0] and span[1] <= a[1] for a in out):
                out.append(span)
        return tuple(out)

    @cached_property
    def event_days(self) -> frozenset[int]:
        """The days its lead names and the day of the coder's main event (day-precise, at most
        `EVENT_DAYS_BACK` days before publication)."""
        days = set(self.lead_days)
        lead = self.lead
        if (
            lead is not None
            and lead.event_date is not None
            and lead.date_precision == "day"
            and self.published
        ):
            gap = (self.published.date() - lead.event_date).days
            if -1 <= gap <= EVENT_DAYS_BACK and not self.suspect_published:
                days.add(lead.event_date.toordinal())
        return frozenset(days)

    @property
    def undated(self) -> bool:
        """No publication date of its own (`story_evidence(dated=False)`): no time window holds
        it apart from a story; it is decided after every dated report (`story_groups.order_key`)."""
        return self.published is None

    def anchors(self) -> tuple[tuple[int, int], ...]:
        """The intervals the store keys it by: `intervals`, or every day (`ANY_DAY`) when it has none."""
        return self.intervals or (ANY_DAY,)

    @cached_property
    def own_keys(self) -> frozenset[str]:
        if self.regions:
            return frozenset("r:" + r for r in self.regions)
        if self.country:
            return frozenset(["c:" + norm(self.country)])
        return frozenset()

    @cached_property
    def all_probe_keys(self) -> frozenset[str]:
        keys = set(self.own_keys)
        for country in {self.country} | {r.split("|", 1)[0] for r in self.regions}:
            if country:
                keys.add("c:" + norm(country))
        return frozenset(keys)

    def blocking_keys(self) -> frozenset[str]:
        """Blocking keys: a report is compared with stored reports that share one, within the
        time window. Its provinces; a report that names no place below its country is keyed
        by the country (and meets every report of it)."""
        return self.own_keys

    def probe_keys(self) -> frozenset[str]:
        """The keys to look up: its own, and its country's (to meet reports that name no place)."""
        return self.all_probe_keys


def type_family(event_type: str) -> str:
    """A family name per ACLED type, as `merge.same_type_family` groups them."""
    t = norm(event_type)
    return TYPE_FAMILIES.get(t, t)


def place_weight(population: int, kind: str) -> float:
    """How much naming this place says about which happening a report is about: 1.0 for a
    village, falling with log population (a town of 100k: 0.75, a city of 3M: 0.45); a
    province is a region, not a place (`regions`)."""
    if kind == "admin1":
        return 0.3
    pop = max(population, 1)
    return round(max(0.35, min(1.0, 1.25 - 0.1 * math.log10(pop))), 3)


def story_evidence(
    article_id: str,
    title: str,
    text: str,
    language: str | None,
    published: datetime | None,
    mentions: Sequence[MentionRow] = (),
    dated: bool = True,
) -> StoryEvidence:
    """Read a report's evidence (see the module docstring). Never raises for odd text.
    `dated=False`: `published` is not the report's own date (an undated page under its feed's
    date): the evidence is read undated (`StoryEvidence.undated`)."""
    if not dated:
        published = None
        mentions = [_undated_row(r) for r in mentions]
    lang = (language or "").split("-")[0].lower()
    body = f"{title or ''}\n\n{text or ''}"
    country, countries, places, regions, named = _places(body, title or "", text or "", lang)
    for row in mentions:  # the coder's places: it knows some names the finder does not
        spot = _mention_spot(row)
        if spot is not None and spot.key not in {s.key for s in places}:
            places.append(spot)
        if norm(row.mention.admin1) and norm(row.mention.country):
            regions.add(f"{norm(row.mention.country)}|{norm(row.mention.admin1)}")
    if not country:
        counted = Counter(norm(r.mention.country) for r in mentions if norm(r.mention.country))
        country = counted.most_common(1)[0][0] if counted else ""
    numbers, years = _numbers(body)
    numbers |= {r.mention.fatalities for r in mentions if 1 < (r.mention.fatalities or 0) < MAX_NUMBER}
    lead_numbers, _ = _numbers(lead_text(title or "", text or ""))
    worded = _number_words(title or "", text or "", lang)  # "fifteen", "خمسة عشر": no digits to find
    numbers |= worded
    lead_numbers |= worded
    lead_numbers -= _recalled_figures(title or "", text or "", lang)  # "... days after 132 were killed"
    lead_row = lead_mention(mentions)
    if lead_row is not None and 1 < (lead_row.mention.fatalities or 0) < MAX_NUMBER:
        lead_numbers.add(lead_row.mention.fatalities)
    # an undated report is about no day it can tell: not the latest year it names either (the
    # aftermath of an old attack names the years since)
    anchor, suspect = _anchor(published, years) if dated else (None, True)
    alt_anchor = _alt_anchor(published, years) if not suspect else None
    named_days: dict[int, int] = {}  # day -> where it is first named in `body`
    if published is not None and not suspect:
        named_days = _days_named(_pieces(title or "", text or "", lang), lang, published)
    lead_at = len(title or "") + 2 + lead_end(title or "", text or "")
    day0 = published.date().toordinal() if published is not None else 0
    days = {d: at for d, at in named_days.items() if d >= day0 - DAYS_BACK}
    key = TitleKey.of(title or "")
    return StoryEvidence(
        article_id=article_id,
        language=lang,
        published=published,
        anchor=anchor,
        alt_anchor=alt_anchor,
        suspect_published=suspect,
        country=country,
        countries=frozenset(countries),
        places=tuple(places),
        regions=frozenset(regions),
        numbers=frozenset(numbers),
        lead_numbers=frozenset(lead_numbers),
        years=frozenset(years),
        days=frozenset(days),
        lead_days=frozenset(d for d, at in named_days.items() if at < lead_at),
        weekdays=frozenset(_weekdays_named(lead_text(title or "", text or ""), lang))
        if not dated
        else frozenset(),
        lead=_lead(lead_row) if lead_row is not None else None,
        families=frozenset(type_family(r.mention.event_type) for r in mentions if r.mention.event_type),
        words=content_words(body, lang, skip=named),
        names=frozenset(names_in(body, named, lang)),
        title_words=key.words,
        title_names=key.names,
    )


def _places(
    body: str, title: str, text: str, lang: str = ""
) -> tuple[str, set[str], list[Spot], set[str], list[tuple[int, int]]]:
    """Country, countries, places, provinces and the spans of every place name, read with the
    report's language (its pack's proclitics, case endings and own country names: "ببغداد" is
    Baghdad, "Ливии" Libya), as the coder reads them."""
    from extractors.events.countries import find_countries, join_read
    from extractors.events.main_country import main_country
    from extractors.events.place_cues import place_cues
    from extractors.events.places import find_places

    language = lang or None
    country = main_country(text, title, language) or ""
    # the countries of `body` from those of the headline and the text, which the coder has read
    # (`countries.join_read`: JOINED_TEXTS)
    sep = body[len(title) : len(body) - len(text)]
    body = join_read(title, sep, text, language)
    place_cues(language).join_inner_starts(title, sep, text)
    found = find_places(body, country or None, language)
    countries = {norm(m.country) for m in found if m.kind == "country"}
    spots: dict[str, Spot] = {}
    regions: set[str] = set()
    for m in found:
        if m.kind == "country":
            continue
        if norm(m.country) != norm(country) and norm(m.country) not in countries:
            continue  # a place abroad counts only when its country is named too
        if m.admin1:
            regions.add(f"{norm(m.country)}|{norm(m.admin1)}")
        if m.kind == "admin1":
            continue
        spot = Spot(m.name, m.admin1, m.country, _round(m.latitude), _round(m.longitude),
                    place_weight(_population(m.name, m.country, m.latitude, m.longitude), m.kind))  # fmt: skip
        spots.setdefault(spot.key, spot)
    spans = [(m.start, m.end) for m in found] + [(m.start, m.end) for m in find_countries(body, language)]
    return norm(country), countries, list(spots.values()), regions, spans


# The end of a sentence in any script: a full stop, question or exclamation mark (Latin, Arabic,
# Devanagari, CJK) before a space or the end, or a line break.
_SENTENCE_END = re.compile(r"[.!?\u061f\u06d4\u0964](?=\s|$)|[\u3002\uff01\uff1f]|\n")
LEAD_CHARS = 400  # a "sentence" longer than this (no full stop) is cut here
LEAD_SENTENCES = 1


def lead_text(title: str, text: str) -> str:
    """The headline and the first `LEAD_SENTENCES` sentences of the text (where news gives the
    toll and the day of what it reports); a first line that repeats the headline is skipped."""
    return f"{title or ''}\n{(text or '')[: lead_end(title, text)]}"


def lead_end(title: str, text: str) -> int:
    """Where the lead (`lead_text`) ends in `text`."""
    head = " ".join((title or "").split()).casefold().rstrip(".")
    body, at, taken = text or "", 0, 0
    while at < len(body) and taken < LEAD_SENTENCES:
        while at < len(body) and body[at].isspace():
            at += 1
        end = _SENTENCE_END.search(body, at, min(len(body), at + LEAD_CHARS))
        cut = end.end() if end else min(len(body), at + LEAD_CHARS)
        sentence = " ".join(body[at:cut].split()).casefold().rstrip(".")
        if sentence and sentence != head:
            taken += 1
        at = cut
    return at


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


@lru_cache(maxsize=65536)
def _population(name: str, country: str, latitude: float | None, longitude: float | None) -> int:
    """The population of the gazetteer entry a match names (nearest of that name in its country)."""
    from extractors.events.countries import country_code
    from extractors.events.gazetteer import load_gazetteer

    code = country_code(country) or ""
    candidates = [p for p in load_gazetteer().lookup(name) if p.country_code == code] or []
    if not candidates:
        return 0
    if latitude is None or longitude is None:
        return max(p.population for p in candidates)
    best = min(candidates, key=lambda p: (p.latitude - latitude) ** 2 + (p.longitude - longitude) ** 2)
    return best.population


def _mention_spot(row: MentionRow) -> Spot | None:
    m = row.mention
    if not norm(m.location) or m.geo_precision >= 3 or norm(m.location) == norm(m.admin1):
        return None
    population = _population(m.location, m.country, m.latitude, m.longitude)
    return Spot(m.location, m.admin1, m.country, _round(m.latitude), _round(m.longitude),
                place_weight(population, "city"))  # fmt: skip


def _numbers(text: str) -> tuple[set[int], set[int]]:
    numbers: set[int] = set()
    years: set[int] = set()
    for m in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        try:
            value = int(digits)
        except ValueError:
            continue
        if len(digits) == 4 and MIN_YEAR <= value <= MAX_YEAR and digits == m.group(0):
            years.add(value)
        elif 1 < value < MAX_NUMBER:
            numbers.add(value)
    return numbers, years


def _number_words(title: str, text: str, lang: str) -> set[int]:
    """The figures the lead (`lead_text`: headline, first sentence) writes in words, read by the
    language's pack (`events.numbers.numbers_in`): counts only (no years, ranks, measures, vague
    quantities such as "dozens")."""
    from extractors.events.numbers import numbers_in
    from extractors.events.reading import has_pack, read

    if not lang or not has_pack(lang):
        return set()
    out: set[int] = set()
    for sentence in (title, text[: lead_end(title, text)]):
        if not sentence.strip():
            continue
        try:
            found = numbers_in(read(" ".join(sentence.split()), lang))
        except Exception:  # the number reader is the coder's; a failure there costs only this evidence
            continue
        out |= {n.value for n in found if n.count and not n.vague and 1 < n.value < MAX_NUMBER}
    return out


def _recalled_figures(title: str, text: str, lang: str) -> set[int]:
    """The figures the lead (`lead_text`) gives only inside an earlier act it recalls: after the
    pack's `response_markers.after` word ("after", "après", "tras", "nach", "после", "بعد"), to
    the end of its clause or the next act word (`events.causes._opening_end`: "after storming
    the village, gunmen killed 12" keeps 12). "Fresh violence in Ogossagou days after 132 were
    killed there" is a follow-up: 132 is the toll of the happening it follows, so it is no figure
    of its lead (it stays among `numbers`)."""
    from extractors.events.actors import actors_in
    from extractors.events.causes import ACTS, _opening_end
    from extractors.events.numbers import numbers_in
    from extractors.events.reading import has_pack, read

    if not lang or not has_pack(lang):
        return set()
    recalled: set[int] = set()
    kept: set[int] = set()
    for sentence in (title, text[: lead_end(title, text)]):
        if not sentence.strip():
            continue
        try:
            r = read(" ".join(sentence.split()), lang)
            markers = r.hits("response_markers.after")
            spans = []
            if markers:
                acts, actors, outcomes = r.hits(*ACTS), actors_in(r, None), r.hits("outcomes")
                spans = [(m.last, _opening_end(r, m.last, acts, actors, outcomes)) for m in markers]
            for n in numbers_in(r):
                inside = any(lo <= n.first < hi for lo, hi in spans)
                (recalled if inside else kept).add(n.value)
        except Exception:  # the readers are the coder's; a failure there costs only this evidence
            continue
    return recalled - kept


def _anchor(published: datetime | None, years: set[int]) -> tuple[tuple[int, int] | None, bool]:
    """The days a report can be about (see `StoryEvidence.anchor`) and whether its publication
    date is contradicted by the text."""
    latest = max(years) if years else None
    if published is not None and (latest is None or latest <= published.year):
        day = published.date().toordinal()
        return (day, day), False
    if latest is None:
        return None, published is None
    return (date(latest, 1, 1).toordinal(), date(latest, 12, 31).toordinal()), True


DAYS_BACK = 7  # a day named more than a week before publication is background
EVENT_DAYS_BACK = 14  # the coder's date of the main event, when the report comes this much later
LEAD_DAYS_BACK = 31  # a calendar date its lead names, when the report comes this much later


def _pieces(title: str, text: str, lang: str) -> list[tuple[int, str]]:
    """The headline and each sentence of the text (`events.sentences.split_sentences`), each with
    where it starts in `body` (the title, two line breaks, the text): the pieces the coder reads
    (`events.reading.read` remembers them), so the evidence reads no text again."""
    from extractors.events.sentences import split_sentences

    out = [(len(title) - len(title.lstrip()), title.strip())] if title.strip() else []
    at = len(title) + 2
    out += [(at + s.start, s.text) for s in split_sentences(text, lang or "en")]
    return out


def _days_named(pieces: Sequence[tuple[int, str]], lang: str, published: datetime) -> dict[int, int]:
    """The days the text names, resolved from its publication day (`events.dates.find_dates` of
    each of its `pieces`: weekdays, "yesterday", calendar dates), day-precise ones within
    `LEAD_DAYS_BACK` days, each with where the text first names it."""
    from extractors.events.dates import find_dates

    day = published.date()
    out: dict[int, int] = {}
    for offset, piece in pieces:
        try:
            found = find_dates(piece, day, lang or "en")
        except Exception:  # the date finder is the coder's; a failure there costs only this evidence
            return {}
        for d in found:
            if d.precision == "day" and -LEAD_DAYS_BACK <= (d.value - day).days <= 1:
                at = offset + d.start
                out[d.value.toordinal()] = min(out.get(d.value.toordinal(), at), at)
    return out


# Two reference days in different years, 369 days apart (not a multiple of 7): a day named by its
# weekday resolves to the same weekday from both; "yesterday" or "12 December" does not.
WEEKDAY_REFERENCES = (date(2001, 6, 13), date(2002, 6, 17))


def _weekdays_named(lead: str, lang: str) -> set[int]:
    """The weekdays a lead names by name ("on Thursday", "أمس الخميس"), read without a publication
    day (an undated report): the expressions whose weekday does not depend on the day they are
    resolved from (`WEEKDAY_REFERENCES`)."""
    from extractors.events.dates import find_dates

    try:
        found = [find_dates(lead, ref, lang or "en") for ref in WEEKDAY_REFERENCES]
    except Exception:  # the date finder is the coder's; a failure there costs only this evidence
        return set()
    first = {d.start: d.value.weekday() for d in found[0] if d.precision == "day"}
    return {
        first[d.start] for d in found[1] if d.precision == "day" and first.get(d.start) == d.value.weekday()
    }


def _alt_anchor(published: datetime | None, years: set[int]) -> tuple[int, int] | None:
    """A second interval when the text names years but never its publication year nor the one
    before: either a look back, or a publication date that belongs to the feed, not the report
    (an undated page under a feed's default date). The latest year named."""
    if published is None or not years or years & {published.year, published.year - 1}:
        return None
    latest = max(years)
    return date(latest, 1, 1).toordinal(), date(latest, 12, 31).toordinal()


def _undated_row(row: MentionRow) -> MentionRow:
    """The row without its day: the coder resolved it from a date that is not the report's."""
    mention = replace(row.mention, event_date=None, date_precision="")
    return replace(row, published_at=None, mention=mention)


def _lead(row: MentionRow) -> Lead:
    m = row.mention
    return Lead(m.event_type, m.sub_event_type, m.event_date, m.date_precision, norm(m.country),
                m.admin1, m.location, m.latitude, m.longitude, m.geo_precision, m.actor1, m.actor2,
                m.actor1_kind, m.actor2_kind, m.actor1_country, m.actor2_country, row.position)  # fmt: skip
