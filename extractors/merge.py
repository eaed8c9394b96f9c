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
(`merge_mentions`: canonical order, stored decisions taken again, absorbed ids). The pairwise
rules live in `extractors/merge_rules.py`, the event row of a group (consensus, toll,
`report_order`) in `extractors/event_consensus.py`, the records (`MentionRow`, `ExistingEvent`,
`MergeResult`, mention ids) in `extractors/merge_records.py`; this module keeps the decision of
one report against one event (`accepts`, `can_absorb`, `closeness`) and the event ids, and names
the rules and records of all three as before.
"""

from __future__ import annotations

import hashlib
from collections.abc import Container
from dataclasses import dataclass, field

from extractors.event_consensus import (
    _arrival_order,
    _representative,
    build_event,
    consensus_event,
    consensus_fatalities,
    report_order,
)
from extractors.merge_records import (
    ExistingEvent,
    MentionRow,
    MergeResult,
    mention_id_for,
    mention_rows,
    position_of,
)
from extractors.merge_rules import (
    ACTOR_STOP_WORDS,
    COARSE_KM,
    DATE_TOLERANCE_DAYS,
    NEAR_KM,
    SAME_SPOT_KM,
    TYPE_FAMILIES,
    TYPES_NEEDING_SAME_SUBTYPE,
    UNKNOWN_ACTOR_PREFIXES,
    UNKNOWN_ACTORS,
    _km,
    _same_actor1,
    actor_tokens,
    actors_compatible,
    dates_compatible,
    identical_report,
    km_between,
    known_actor,
    known_same_side,
    mentions_compatible,
    norm,
    places_compatible,
    province_level,
    roles_swapped,
    same_side,
    same_strike_spot,
    same_type_family,
    side_country,
    swap_is_no_evidence,
    swapped_apart,
    tolls_and_days_apart,
)
from extractors.models import Event, EventMention

# the names merging has always offered, wherever they now live
__all__ = [
    "VOUCHED_DATE_DAYS",
    "VOUCHED_KM",
    "SWAP_VOUCHED_DAYS",
    "MentionRow",
    "ExistingEvent",
    "MergeResult",
    "mention_id_for",
    "position_of",
    "mention_rows",
    "Cluster",
    "ACCEPT_REACH_DAYS",
    "accepts",
    "loosely_compatible",
    "backwards_in_one_story",
    "unplaced",
    "can_absorb",
    "agreement",
    "closeness",
    "new_event_id",
    "report_order",
    "consensus_fatalities",
    "build_event",
    "consensus_event",
    "DATE_TOLERANCE_DAYS",
    "NEAR_KM",
    "COARSE_KM",
    "SAME_SPOT_KM",
    "TYPE_FAMILIES",
    "TYPES_NEEDING_SAME_SUBTYPE",
    "UNKNOWN_ACTORS",
    "UNKNOWN_ACTOR_PREFIXES",
    "ACTOR_STOP_WORDS",
    "norm",
    "km_between",
    "same_type_family",
    "dates_compatible",
    "province_level",
    "places_compatible",
    "actor_tokens",
    "same_side",
    "side_country",
    "actors_compatible",
    "roles_swapped",
    "swapped_apart",
    "swap_is_no_evidence",
    "same_strike_spot",
    "known_actor",
    "known_same_side",
    "mentions_compatible",
    "identical_report",
]

# Vouched reports (their articles are in one story: `event_groups.story_vouched`) may disagree
# this much on the day and the place: the coder misread one of them.
VOUCHED_DATE_DAYS = 3
VOUCHED_KM = 50.0
SWAP_VOUCHED_DAYS = 1  # `backwards_in_one_story`


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
    if not vouched and _tolls_and_days_apart(cluster, m):  # TOLL_AND_DAY_APART
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


def _tolls_and_days_apart(cluster: Cluster, m: EventMention) -> bool:
    """TOLL_AND_DAY_APART (`merge_rules.tolls_and_days_apart`) against every report of the event
    that gives a toll (the consensus holds no toll to compare): an unvouched report of a town's
    act on another day with a toll far from all of theirs is another act."""
    if (m.fatalities or 0) <= 0:
        return False
    tolled = [v.mention for v in cluster.members if (v.mention.fatalities or 0) > 0]
    return bool(tolled) and all(tolls_and_days_apart(t, m) for t in tolled)


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
