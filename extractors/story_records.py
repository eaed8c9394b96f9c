"""The records of story evidence (`extractors/story_evidence.py` reads them from a report):
`StoryEvidence` (stored as JSON in `story_evidence`: `to_json` / `from_json`; the per-report
tables the pair score reads: `spot_by_key`, `folded_place_names`, `intervals`, blocking keys),
its places (`Spot`), the coder's main event as compared (`Lead`), the headline's words
(`TitleKey`, `title_words`, `title_names`), `type_family`.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, cached_property
from importlib import resources

from extractors.dedup import words_of
from extractors.merge import TYPE_FAMILIES, norm
from extractors.models import EventMention

MIN_YEAR, MAX_YEAR = 1900, 2100
ANY_DAY = (date(MIN_YEAR, 1, 1).toordinal(), date(MAX_YEAR, 12, 31).toordinal())  # an undated report's days
EVENT_DAYS_BACK = 14  # the coder's date of the main event, when the report comes this much later

# Words that carry no identity in a headline (extractors/data/title_stopwords.txt); numbers
# are kept ("kills 12" is not "kills 30").
TITLE_STOP_WORDS_FILE = "title_stopwords.txt"


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
    # figures it gives only inside an earlier act it recalls (`story_text.recalled_in_text`)
    recalled_numbers: frozenset[int] = frozenset()
    risen_numbers: frozenset[int] = frozenset()  # lead figures a toll rose to (`story_text.risen_figures`)
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
    # what its lead says it follows: "funeral", "arrests" or "" (AFTERMATH_LEAD, `story_aftermath`)
    follow_up: str = ""

    @cached_property
    def content_key(self) -> str:
        """A hash of what the report says (its evidence, not its id or URL)."""
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()[:16]

    def to_json(self) -> str:
        lead = self.lead
        recalled = {"rn": sorted(self.recalled_numbers)} if self.recalled_numbers else {}
        if self.risen_numbers:  # likewise
            recalled["ri"] = sorted(self.risen_numbers)
        if self.follow_up:  # likewise
            recalled["fu"] = self.follow_up
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
                **recalled,  # only when some: the JSON of every other report stays as it was
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
            recalled_numbers=frozenset(d.get("rn") or ()),
            risen_numbers=frozenset(d.get("ri") or ()),
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
            follow_up=d.get("fu") or "",
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
            keys = {"r:" + r for r in self.regions}
        elif self.country:
            keys = {"c:" + norm(self.country)}
        else:
            return frozenset()
        keys.update(named_place_key(s.country, s.folded_name) for s in self.places if s.folded_name)
        return frozenset(keys)

    @cached_property
    def key_countries(self) -> frozenset[str]:
        """The countries it is keyed in: its own and its provinces' (normalised)."""
        return frozenset(norm(c) for c in {self.country} | {r.split("|", 1)[0] for r in self.regions} if c)

    @cached_property
    def all_probe_keys(self) -> frozenset[str]:
        keys = set(self.own_keys)
        keys.update("c:" + c for c in self.key_countries)
        if self.own_keys:  # a report with no key of its own is never blocked (keyless_stories)
            named = self.key_countries | {norm(c) for c in self.countries}
            keys.update(named_place_key(c, w) for c in named for w in self.written_names)
        return frozenset(keys)

    def blocking_keys(self) -> frozenset[str]:
        """Blocking keys: a report is compared with stored reports that share one, within the
        time window. Its provinces; a report that names no place below its country is keyed
        by the country (and meets every report of it); and its places' names in their
        countries (`named_place_key`)."""
        return self.own_keys

    def probe_keys(self) -> frozenset[str]:
        """The keys to look up: its own, its countries' (to meet reports that name no place),
        and the names it writes as places of the countries it names (`named_place_key`)."""
        return self.all_probe_keys


def named_place_key(country: str, folded_name: str) -> str:
    """NAMED_PLACE_KEYS: the blocking key of a place name in a country. A report's resolved
    places (`Spot.folded_name`) are among its own keys, the names it writes (`written_names`) in
    every country it is keyed in or names (`countries`) among its probe keys, so a report that
    resolved a place meets one that only writes its name (`story_places.named_places`: the place
    finder read it elsewhere or not at all), whatever provinces or countries the two are filed
    under. Reports that resolved one name both have its key: the same place filed under two
    provinces meets too."""
    return f"n:{norm(country)}|{folded_name}"


def type_family(event_type: str) -> str:
    """A family name per ACLED type, as `merge.same_type_family` groups them."""
    t = norm(event_type)
    return TYPE_FAMILIES.get(t, t)
