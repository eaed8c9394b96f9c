"""Event mentions -> events: which mentions report the same real-world event, and what the
event's figures are.

Rules, each a function of its own name:
- `same_type_family`: same ACLED event type (Protests and Riots are one family, as ACLED's
  "Demonstrations"); Strategic developments also need the same sub-event type.
- `dates_compatible`: event dates at most `DATE_TOLERANCE_DAYS[precision]` apart (1 day for
  day-precise dates: the later report of last night's strike).
- `places_compatible`: two named towns within `NEAR_KM[precision]` km (or the same name);
  when either side is only a province (geo precision 3, or its "town" is the province's own
  name), the same admin1; never across countries.
- `actors_compatible`: the roles are not swapped (`swapped_apart`: strike vs retaliation) and
  not both sides differ. Swapped roles are evidence of a retaliation only where one could be:
  not between two Battles (an armed clash has no attacker: ACLED's actor order carries no
  direction) and not between reports of one spot and day (`same_strike_spot`: the other side
  strikes back on the first side's ground, or later; an outlet that names the sides the wrong
  way round reports the same strike).
- `accepts`: a mention joins an event when it is compatible with the event as reported so far
  and with one of its reports, and more of its reports back it than have the roles swapped;
  two mentions of one article are different events (the coder reports each event of an
  article once) unless identical in date, type and place.
- vouched reports (`accepts`, `loosely_compatible`): mentions that story evidence vouches for
  (`event_groups.story_vouched`: their articles are in one story, passed as `related` pairs)
  need only share the type family, lie `VOUCHED_DATE_DAYS` apart (or one has no day) and
  `VOUCHED_KM` apart (or one is placed only in the country: `unplaced`), roles not swapped:
  the coder misread the day or the place of one. Swapped roles at most `SWAP_VOUCHED_DAYS`
  apart at compatible places do not part them (`backwards_in_one_story`: an outlet named the
  sides backwards of a strike that came overnight; the story says it is no retaliation), and a
  member that vouches for a report is not counted against it as swapped.
- reports published at the same time are taken in the order of what they say
  (`report_order`: `MentionRow.content_key`, the article's content hash), never of their ids
  (hashes of URLs): the same pages served from another host give the same events.
- `can_absorb`: a report acceptable to two events bridges them: they become one when every
  report of one would be accepted, one by one, by the other (so look-alikes stay apart).
- `consensus_fatalities`: see its docstring.

Which mentions are decided, in which order, and which ids the events keep: `extractors/event_groups.py`
(`merge_mentions`: canonical order, stored decisions taken again, absorbed ids).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from extractors.event_details import event_details
from extractors.models import Event, EventMention
from extractors.remembered import make_room
from extractors.times import naive_utc

DATE_TOLERANCE_DAYS = {"day": 1, "week": 4, "month": 16}
NEAR_KM = {1: 10.0, 2: 25.0}  # a named town / "near it, or its district"
# Vouched reports (their articles are in one story: `event_groups.story_vouched`) may disagree
# this much on the day and the place: the coder misread one of them.
VOUCHED_DATE_DAYS = 3
VOUCHED_KM = 50.0
SWAP_VOUCHED_DAYS = 1  # `backwards_in_one_story`
COARSE_KM = 50.0  # both places unnamed below the province and without admin1: this close
SAME_SPOT_KM = NEAR_KM[1]  # `same_strike_spot`: two town-precise reports of one strike
TYPE_FAMILIES = {"protests": "demonstrations", "riots": "demonstrations"}
TYPES_NEEDING_SAME_SUBTYPE = {"strategic developments"}
UNKNOWN_ACTORS = {"", "unknown", "unidentified", "unidentified armed group", "unknown armed group", "gunmen"}
UNKNOWN_ACTOR_PREFIXES = ("unidentified", "unknown")  # "Unidentified Armed Group (Syria)"
ACTOR_STOP_WORDS = {
    "the", "of", "and", "forces", "force", "military", "army", "armed", "troops", "soldiers",
    "group", "groups", "militants", "fighters", "state", "regime", "government", "unidentified",
    "unknown", "national", "security", "men", "members",
}  # fmt: skip


@dataclass(frozen=True)
class MentionRow:
    """One coded mention with what merging needs about its article."""

    mention_id: str
    article_id: str
    outlet: str
    published_at: datetime | None
    mention: EventMention
    position: int = 0  # order of the mention in its article (0 = first coded)
    # what the article says, not where it is served from (`Article.content_hash`): orders reports
    # published at the same time (`event_groups.order_key`), so events do not hang on URLs
    content_key: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "published_at", naive_utc(self.published_at))


@dataclass(frozen=True)
class ExistingEvent:
    """An event already in the warehouse with the mentions assigned to it."""

    event_id: str
    mentions: tuple[MentionRow, ...]


@dataclass(frozen=True)
class MergeResult:
    """Every new mention's event, and the full new state of every event touched."""

    assignments: dict[str, str]  # mention_id -> event_id (new mentions, and mentions that moved)
    events: tuple[Event, ...]
    new_event_ids: frozenset[str] = field(default_factory=frozenset)
    absorbed: dict[str, str] = field(default_factory=dict)  # stored event merged away -> its survivor

    def event_id_of(self, mention_id: str) -> str | None:
        return self.assignments.get(mention_id)


def mention_id_for(article_id: str, position: int) -> str:
    """Natural key of a mention (`event_mentions.mention_id`): its article and its position in
    the coder's output, main event first. Sorting by it keeps an article's mentions together and
    in the coder's order; re-coding an article replaces its rows position by position."""
    return f"{article_id}:{position:03d}"


def position_of(mention_id: str) -> int:
    """The position `mention_id_for` put in a mention id (0 for an id of another form)."""
    tail = mention_id.rpartition(":")[2]
    return int(tail) if tail.isdigit() else 0


def mention_rows(
    article_id: str,
    outlet: str,
    published_at: datetime | None,
    mentions: Sequence[EventMention],
    content_key: str = "",
) -> tuple[MentionRow, ...]:
    """The `MentionRow`s of one article's coded mentions, in the coder's order; `content_key`:
    the article's `content_hash`."""
    return tuple(
        MentionRow(mention_id_for(article_id, i), article_id, outlet, published_at, m, i, content_key)
        for i, m in enumerate(mentions)
    )


def report_order(m: MentionRow) -> tuple[datetime, str, str, int]:
    """The canonical order of reports: publication time (undated last), then what the article
    says (`content_key`: reports published at the same time are ordered alike whatever URLs,
    hence article ids, they are served from), then article id and position."""
    return (m.published_at or datetime.max, m.content_key, m.article_id, m.position)


def norm(value: str | None) -> str:
    """Case-folded, trimmed, runs of white space as one space (`str.split` splits on exactly the
    characters `\\s` matches: a regex per call cost story linking seconds at 10k reports).
    Remembered (`NORM_MEMO` values): story linking and the merge ask it for the same few actor
    names, types and countries millions of times in a run."""
    got = _NORMED.get(value)
    if got is None:
        got = " ".join((value or "").strip().casefold().split())
        make_room(_NORMED, NORM_MEMO)
        _NORMED[value] = got
    return got


NORM_MEMO = 50_000
_NORMED: dict[str | None, str] = {}


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    rad = math.pi / 180
    h = (
        math.sin((lat2 - lat1) * rad / 2) ** 2
        + math.cos(lat1 * rad) * math.cos(lat2 * rad) * math.sin((lon2 - lon1) * rad / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


def same_type_family(a: EventMention, b: EventMention) -> bool:
    ta, tb = norm(a.event_type), norm(b.event_type)
    if TYPE_FAMILIES.get(ta, ta) != TYPE_FAMILIES.get(tb, tb):
        return False
    if ta in TYPES_NEEDING_SAME_SUBTYPE or tb in TYPES_NEEDING_SAME_SUBTYPE:
        return norm(a.sub_event_type) == norm(b.sub_event_type)
    return True


def dates_compatible(a: EventMention, b: EventMention) -> bool:
    if a.event_date is None or b.event_date is None:
        return False
    tolerance = max(
        DATE_TOLERANCE_DAYS.get(a.date_precision, 1), DATE_TOLERANCE_DAYS.get(b.date_precision, 1)
    )
    return abs((a.event_date - b.event_date).days) <= tolerance


def province_level(m: EventMention) -> bool:
    """Only the province is known: coded so, or the "town" is the province's own name
    (a report naming only "Idlib" rarely means the city)."""
    return m.geo_precision >= 3 or not norm(m.location) or norm(m.location) == norm(m.admin1)


def places_compatible(a: EventMention, b: EventMention) -> bool:
    if not norm(a.country) or norm(a.country) != norm(b.country):
        return False
    if province_level(a) or province_level(b):
        if norm(a.admin1) and norm(b.admin1):
            return norm(a.admin1) == norm(b.admin1)
        distance = _km(a, b)
        return distance is not None and distance <= COARSE_KM
    if norm(a.location) == norm(b.location):
        return True
    distance = _km(a, b)
    if distance is None:
        return False
    return distance <= max(NEAR_KM.get(a.geo_precision, NEAR_KM[2]), NEAR_KM.get(b.geo_precision, NEAR_KM[2]))


def _km(a: EventMention, b: EventMention) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    return km_between(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]


def actor_tokens(name: str) -> set[str]:
    return {w for w in re.findall(r"\w+", norm(name)) if w not in ACTOR_STOP_WORDS and not w.isdigit()}


def same_side(name_a: str, kind_a: str, country_a: str, name_b: str, kind_b: str, country_b: str) -> bool:
    """Could these two actor descriptions be the same side? Unknown actors match anything. A
    word in common names one side unless it is only their country ("Civilians (Ukraine)" and
    "Rioters (Ukraine)" are two sides): then their kinds decide, as for names with no word in
    common."""
    if not known_actor(name_a) or not known_actor(name_b):
        return True
    shared = actor_tokens(name_a) & actor_tokens(name_b)
    countries = actor_tokens(side_country(name_a, country_a)) | actor_tokens(side_country(name_b, country_b))
    if shared - countries:
        return True
    kinds_differ = bool(norm(kind_a)) and bool(norm(kind_b)) and norm(kind_a) != norm(kind_b)
    if kinds_differ and "unknown" not in (norm(kind_a), norm(kind_b)):
        return False
    return bool(shared) or (bool(norm(country_a)) and norm(country_a) == norm(country_b))


_ACTOR_COUNTRY = re.compile(r"\(([^()]+)\)\s*$|\bof\s+(.+)$")


def side_country(name: str, country: str) -> str:
    """The country an actor stands for: its coded country, else the one its ACLED-style name
    gives ("Military Forces of Turkey", "Unidentified Armed Group (Syria)")."""
    if norm(country):
        return norm(country)
    m = _ACTOR_COUNTRY.search(name or "")
    return norm(m.group(1) or m.group(2)) if m else ""


def actors_compatible(a: EventMention, b: EventMention) -> bool:
    """Reports often disagree on who acted (an unclaimed bombing, a strike "by Russian or Syrian
    aircraft"), so a different actor1 alone does not separate two reports. They are different
    events when the roles are swapped (a strike and the retaliation for it share date, place and
    type) or when both sides differ."""
    if _same_actor1(a, b):
        return True
    if roles_swapped(a, b):
        return not swapped_apart(a, b)
    if known_actor(a.actor2) and known_actor(b.actor2):
        return same_side(a.actor2, a.actor2_kind, a.actor2_country, b.actor2, b.actor2_kind, b.actor2_country)
    return True


def roles_swapped(a: EventMention, b: EventMention) -> bool:
    """Each report's actor is the other's target, both named: a strike and the retaliation for it."""
    return _known_same(
        a.actor1, a.actor1_kind, a.actor1_country, b.actor2, b.actor2_kind, b.actor2_country
    ) and _known_same(b.actor1, b.actor1_kind, b.actor1_country, a.actor2, a.actor2_kind, a.actor2_country)


def swapped_apart(a: EventMention, b: EventMention) -> bool:
    """The roles are swapped (`roles_swapped`) where that means a strike and the retaliation for
    it: not between two Battles (two sides fighting: which one a report names first is
    arbitrary) and not at one spot on one day (`same_strike_spot`: one outlet got the sides
    backwards; the retaliation hits the other side's ground, or comes later)."""
    return roles_swapped(a, b) and not swap_is_no_evidence(a, b)


def swap_is_no_evidence(a: EventMention, b: EventMention) -> bool:
    """Two Battles, or one strike spot and day (see `swapped_apart`)."""
    return norm(a.event_type) == norm(b.event_type) == "battles" or same_strike_spot(a, b)


def same_strike_spot(a: EventMention, b: EventMention) -> bool:
    """Both reports put it on one day (day-precise) at one place: the same name in the same
    province (also a place named only by its province's name: "in Khost" in both), or two towns
    (not only a province) within `SAME_SPOT_KM`."""
    if (
        a.event_date is None
        or a.event_date != b.event_date
        or a.date_precision != "day"
        or b.date_precision != "day"
    ):
        return False
    if norm(a.country) != norm(b.country):
        return False
    if norm(a.location) == norm(b.location) and norm(a.admin1) == norm(b.admin1):
        return True
    if province_level(a) or province_level(b):
        return False
    distance = _km(a, b)
    return distance is not None and distance <= SAME_SPOT_KM


def _same_actor1(a: EventMention, b: EventMention) -> bool:
    return same_side(a.actor1, a.actor1_kind, a.actor1_country, b.actor1, b.actor1_kind, b.actor1_country)


def known_actor(name: str) -> bool:
    value = norm(name)
    return value not in UNKNOWN_ACTORS and not value.startswith(UNKNOWN_ACTOR_PREFIXES)


def _known_same(name_a: str, kind_a: str, country_a: str, name_b: str, kind_b: str, country_b: str) -> bool:
    return (
        known_actor(name_a)
        and known_actor(name_b)
        and same_side(name_a, kind_a, country_a, name_b, kind_b, country_b)
    )


def mentions_compatible(a: EventMention, b: EventMention) -> bool:
    return (
        same_type_family(a, b)
        and dates_compatible(a, b)
        and places_compatible(a, b)
        and actors_compatible(a, b)
    )


def identical_report(a: EventMention, b: EventMention) -> bool:
    return (a.event_date, norm(a.event_type), norm(a.sub_event_type), norm(a.location)) == (
        b.event_date, norm(b.event_type), norm(b.sub_event_type), norm(b.location)
    )  # fmt: skip


def consensus_fatalities(mentions: Sequence[MentionRow]) -> tuple[int, int, int]:
    """(fatalities, min, max) of an event from its mentions.

    A figure of 0 means "not reported" and is ignored. Each outlet counts once, with its
    latest figure (an outlet that updated its toll does not corroborate itself). The event's
    figure is the highest figure that two or more outlets report; when no figure is shared,
    the latest report's figure (tolls rise as bodies are counted; the latest single report is
    the best-informed). min/max span every non-zero figure reported.
    """
    reported = [m for m in mentions if (m.mention.fatalities or 0) > 0]
    if not reported:
        return 0, 0, 0
    figures = [m.mention.fatalities for m in reported]
    latest_per_outlet: dict[str, MentionRow] = {}
    for m in sorted(reported, key=_report_order):
        latest_per_outlet[m.outlet or m.article_id] = m
    counts = Counter(m.mention.fatalities for m in latest_per_outlet.values())
    shared = [figure for figure, n in counts.items() if n >= 2]
    chosen = max(shared) if shared else max(reported, key=_report_order).mention.fatalities
    return chosen, min(figures), max(figures)


def _report_order(m: MentionRow) -> tuple:
    return (
        m.published_at or datetime.min,
        m.mention.fatalities or 0,
        m.content_key,
        m.article_id,
        m.position,
    )


def build_event(event_id: str, members: Sequence[MentionRow]) -> Event:
    """The event row of a group of mentions: the most reported value of each field (ties go
    to the earliest report); the place of the most precise reports (`consensus_event`), with
    its details (`event_details`)."""
    ordered = sorted(members, key=_arrival_order)
    return event_details(_consensus_of_ordered(event_id, ordered), ordered)


def consensus_event(event_id: str, members: Sequence[MentionRow]) -> Event:
    """`build_event` without the details `event_details` adds (codes, district, best report):
    the fields the merge decisions compare (`_representative`), cheap to recompute as an event
    grows report by report."""
    return _consensus_of_ordered(event_id, sorted(members, key=_arrival_order))


def _consensus_of_ordered(event_id: str, ordered: Sequence[MentionRow]) -> Event:
    mentions = [m.mention for m in ordered]
    best_precision = min(m.geo_precision for m in mentions)
    placed = [m for m in mentions if m.geo_precision == best_precision]
    place = _most_common(placed, key=lambda m: (norm(m.location), norm(m.admin1)))
    fatalities, low, high = consensus_fatalities(ordered)
    published = [m.published_at for m in ordered if m.published_at is not None]
    return Event(
        event_id=event_id,
        event_date=_most_common_value([m.event_date for m in mentions if m.event_date], earliest_tie=True),
        event_type=_most_common_value([m.event_type for m in mentions]),
        sub_event_type=_most_common_value([m.sub_event_type for m in mentions if m.sub_event_type]),
        actor1=_most_common_value([m.actor1 for m in mentions if m.actor1]),
        actor2=_most_common_value([m.actor2 for m in mentions if m.actor2]),
        country=_most_common_value([m.country for m in mentions if m.country]),
        admin1=place.admin1,
        location=place.location,
        latitude=place.latitude,
        longitude=place.longitude,
        fatalities=fatalities,
        fatalities_min=low,
        fatalities_max=high,
        n_mentions=len(ordered),
        n_articles=len({m.article_id for m in ordered}),
        n_outlets=len({m.outlet or m.article_id for m in ordered}),
        first_seen=min(published) if published else None,
        last_seen=max(published) if published else None,
    )


def _arrival_order(m: MentionRow) -> tuple:
    return report_order(m)


def _most_common(items: Sequence[EventMention], key) -> EventMention:
    counts = Counter(key(i) for i in items)
    best = max(counts.values())
    return next(i for i in items if counts[key(i)] == best)


def _most_common_value(values: Sequence, earliest_tie: bool = False):
    if not values:
        return None if earliest_tie else ""
    counts = Counter(values)
    best = max(counts.values())
    tied = [v for v in counts if counts[v] == best]
    return min(tied) if earliest_tie else next(v for v in values if counts[v] == best)


def _representative(event: Event, members: Sequence[MentionRow]) -> EventMention:
    """The event as one mention, for comparing a newcomer with it."""
    best_precision = min(m.mention.geo_precision for m in members)

    def commonest(values: Iterable[str]) -> str:
        counts = Counter(values)
        return counts.most_common(1)[0][0] if counts else ""

    as_actor1 = [m.mention for m in members if m.mention.actor1 == event.actor1]
    as_actor2 = [m.mention for m in members if m.mention.actor2 == event.actor2]
    return EventMention(
        event_date=event.event_date,
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        actor1=event.actor1,
        actor2=event.actor2,
        country=event.country,
        admin1=event.admin1,
        location=event.location,
        latitude=event.latitude,
        longitude=event.longitude,
        date_precision=min(
            (m.mention.date_precision for m in members), key=lambda p: DATE_TOLERANCE_DAYS.get(p, 1)
        ),
        geo_precision=best_precision,
        actor1_kind=commonest(m.actor1_kind for m in as_actor1),
        actor1_country=commonest(m.actor1_country for m in as_actor1),
        actor2_kind=commonest(m.actor2_kind for m in as_actor2),
        actor2_country=commonest(m.actor2_country for m in as_actor2),
    )


@dataclass
class Cluster:
    """An event being decided: its reports, their consensus (`consensus_event`: what `accepts`
    and `closeness` compare, through `representative`), and the full event row (`event`), built
    only when asked for: an event grows report by report, and `can_absorb` grows trial copies,
    while only the final state of each is written."""

    event_id: str
    members: list[MentionRow]
    consensus: Event
    representative: EventMention
    _event: Event | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, event_id: str, members: list[MentionRow]) -> Cluster:
        consensus = consensus_event(event_id, members)
        return cls(event_id, members, consensus, _representative(consensus, members))

    def add(self, row: MentionRow) -> None:
        self.members.append(row)
        self.consensus = consensus_event(self.event_id, self.members)
        self.representative = _representative(self.consensus, self.members)
        self._event = None

    @property
    def event(self) -> Event:
        """The event row (`build_event`) of the reports as they stand."""
        if self._event is None:
            self._event = build_event(self.event_id, self.members)
        return self._event

    @property
    def first_arrival(self) -> tuple:
        return min(_arrival_order(m) for m in self.members)


# The most days `accepts` ever lets a report lie from its event's consensus day (`_dates_near`,
# required in both of its branches): `event_groups` looks only at events within it.
ACCEPT_REACH_DAYS = max(VOUCHED_DATE_DAYS, 1, *DATE_TOLERANCE_DAYS.values())


def accepts(cluster: Cluster, row: MentionRow, related: frozenset[frozenset[str]] = frozenset()) -> bool:
    """Can `row` join `cluster`? Its type, date and place must fit the event as reported so far
    (the consensus: no drift from day to day or town to town through a chain of reports), it
    must be compatible with at least one of the event's reports, and its actors must fit the
    consensus or at least half of the reports (coders misattribute actors; one misread report
    must not split an event), with more reports backing it than having the roles swapped (a
    vague report backs a strike and its retaliation alike: it must not pull the one into the
    other). Two mentions of one article are different events unless identical in date, type
    and place.

    A report vouched for by one of the event's reports (`related`: their articles are in one
    story and the two mentions agree most, `event_groups.story_vouched`) needs only `loosely_compatible` with the
    consensus and with that report, and its actors only not swapped with it."""
    rep, m = cluster.representative, row.mention
    # what both branches below require of the consensus, tested first (cheap; most events of a
    # country are another kind or days away). `event_groups._CountryEvents` relies on it: a
    # rule that accepts reports further from the consensus day must raise ACCEPT_REACH_DAYS.
    if not (_dates_near(rep, m) and same_type_family(rep, m)):
        return False
    vouched = [v for v in cluster.members if frozenset((v.mention_id, row.mention_id)) in related]
    vouched = [v for v in vouched if loosely_compatible(v.mention, m)]
    if vouched:
        if not (same_type_family(rep, m) and _dates_near(rep, m) and _places_near(rep, m)):
            return False
    elif not (same_type_family(rep, m) and dates_compatible(rep, m) and places_compatible(rep, m)):
        return False
    for member in cluster.members:
        if member.article_id == row.article_id and not identical_report(member.mention, m):
            return False
    backing = {v.mention_id for v in vouched}
    compatible = sum(
        1
        for member in cluster.members
        if member.mention_id in backing or mentions_compatible(member.mention, m)
    )
    swapped = sum(
        1
        for member in cluster.members
        if member.mention_id not in backing and swapped_apart(member.mention, m)
    )
    if compatible <= swapped:
        return False
    return bool(vouched) or actors_compatible(rep, m) or 2 * compatible >= len(cluster.members)


def loosely_compatible(a: EventMention, b: EventMention) -> bool:
    """Two reports of one happening by their articles' evidence: the same type family, days at
    most `VOUCHED_DATE_DAYS` apart, places in one country within `VOUCHED_KM` (or one province),
    roles not swapped, or swapped where one story says an outlet named the sides backwards
    (`backwards_in_one_story`)."""
    return (
        same_type_family(a, b)
        and _dates_near(a, b)
        and _places_near(a, b)
        and (not swapped_apart(a, b) or backwards_in_one_story(a, b))
    )


def backwards_in_one_story(a: EventMention, b: EventMention) -> bool:
    """Swapped roles that do not part two reports their articles' story vouches for: at most
    `SWAP_VOUCHED_DAYS` apart (an overnight strike dated either day; one outlet got the sides
    backwards) at compatible places. Only story evidence tells this from the retaliation the
    next morning: the story rule reads what survives the coder (tolls, names, words, places),
    so its link stands on its own; a retaliation told in the same article is a second event of
    that article and never joins the first (`accepts`)."""
    if a.event_date is None or b.event_date is None:
        return False
    return abs((a.event_date - b.event_date).days) <= SWAP_VOUCHED_DAYS and places_compatible(a, b)


def _dates_near(a: EventMention, b: EventMention) -> bool:
    """Vouched days: at most `VOUCHED_DATE_DAYS` apart; a report the coder found no day in
    does not contradict the other's."""
    if a.event_date is None or b.event_date is None:
        return True
    return abs((a.event_date - b.event_date).days) <= max(
        VOUCHED_DATE_DAYS,
        DATE_TOLERANCE_DAYS.get(a.date_precision, 1),
        DATE_TOLERANCE_DAYS.get(b.date_precision, 1),
    )


def _places_near(a: EventMention, b: EventMention) -> bool:
    """Vouched places: one country, and compatible, or within `VOUCHED_KM`; a report placed
    only in the country (no province, no town) does not contradict the other's place. Two
    towns of one province farther apart are two places (a province is no happening's place)."""
    if not norm(a.country) or norm(a.country) != norm(b.country):
        return False
    if places_compatible(a, b) or unplaced(a) or unplaced(b):
        return True
    distance = _km(a, b)
    return distance is not None and distance <= VOUCHED_KM


def unplaced(m: EventMention) -> bool:
    """The coder found the country only: no province, no town, no coordinates."""
    return not norm(m.admin1) and province_level(m) and (m.latitude is None or m.longitude is None)


def can_absorb(keeper: Cluster, other: Cluster, related: frozenset[frozenset[str]] = frozenset()) -> bool:
    """Can two events that one new report fits both be one event? Yes when every report of
    `other`, in arrival order, would be accepted by `keeper` growing with them: the same rules
    as report by report, so merging in two runs gives what one run in the best order gives, and
    look-alikes (another day, another town, the retaliation, a second event of one article)
    stay apart."""
    trial = Cluster.of(keeper.event_id, list(keeper.members))
    for row in sorted(other.members, key=_arrival_order):
        if not accepts(trial, row, related):
            return False
        trial.add(row)
    return True


def agreement(a: EventMention, b: EventMention) -> int:
    """How many details two compatible reports share beyond the merge rules: the sub-event
    type (counts double: the most specific), the exact day, the acting side, the place, the
    toll."""
    same_day = a.event_date is not None and a.event_date == b.event_date
    distance = _km(a, b)
    same_place = norm(a.location) == norm(b.location) or (distance is not None and distance <= 2.0)
    same_toll = bool(a.fatalities) and a.fatalities == b.fatalities
    known_actors = known_actor(a.actor1) and known_actor(b.actor1)
    return (
        2 * (norm(a.sub_event_type) == norm(b.sub_event_type))
        + same_day
        + (known_actors and _same_actor1(a, b))
        + same_place
        + same_toll
    )


def closeness(cluster: Cluster, row: MentionRow) -> tuple:
    """Ranking among acceptable events: the one with the report that agrees most with the new
    one, then the larger, then the one reported first. (Comparing with the best-matching report rather
    than the consensus keeps a run's order from steering a report to a look-alike event.)"""
    best = max(agreement(m.mention, row.mention) for m in cluster.members)
    return (-best, -len(cluster.members), cluster.first_arrival)


def new_event_id(row: MentionRow, taken: Container[str] = ()) -> str:
    """`ev-` + hash of the founding mention's id; when that id is taken (a re-coded mention whose
    old event lives on through other reports), the next free variant."""
    attempt = 0
    while True:
        key = row.mention_id if attempt == 0 else f"{row.mention_id}#{attempt}"
        event_id = "ev-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
        if event_id not in taken:
            return event_id
        attempt += 1
