"""Events as groups decided in a canonical order: the same events whatever order reports arrive in.

The rules of one decision live in `extractors/merge.py` (`accepts`, `closeness`, `can_absorb`);
this module decides a neighbourhood of mentions with them (`merge_mentions`):

- Mentions are decided one at a time in their canonical order (`order_key`: publication time,
  then the article's content hash, then article id, then position in the article), never in the
  order they arrive. Reports published at the same time are ordered by what they say, not by
  their ids: an id is a hash of the URL, and the events must not change with the host serving
  the pages. Each joins
  the acceptable event it is closest to (`merge.closeness`), or founds one, and bridges every
  other acceptable event `merge.can_absorb` allows.
- A run's new mentions may come before stored ones in that order. So, per country, every stored
  mention read with them (the events of their country within the date window:
  `candidate_windows`) that comes at or after the earliest new mention of that country is
  decided again, after the new ones before it. Stored mentions before it keep their events as
  stored (`ExistingEvent`): their decisions looked only at mentions before them, which have not
  changed. A story the run changes (a report joined it, one left it) changes what it vouches
  for (below: each mention's best partner among all its reports, later ones too), so its stored
  mentions are decided again from the earliest of them (`again_from`, from
  `warehouse.merge_store._restoried`). The result is the grouping one run over every report gives.
- Story evidence vouches (`story_vouched`): two articles of one story (the story rule already
  says they report one happening) vouch for their lead events and for the pairs of their
  mentions that agree most (`merge.agreement`, each the other's best) when the two are
  `merge.loosely_compatible`: the same type family, a few days and a few tens of km apart (the
  coder read "Thursday night" as Friday, or the district for the town, or another sub-type in
  one of them). A vouched mention joins on those looser terms (`merge.accepts`), and a lead
  event joins the event of the story's other leads before any other (the story's happening:
  when the coder split one article's report of it in two, the other reports still meet).
- Ids (`_name_events`): an event is named by `merge.new_event_id` of its first mention in
  canonical order (`event_id_of`), so the same reports get the same ids in one run or many, in
  any order. A stored id no event keeps (an earlier report arrived late and now comes first, or
  two events were bridged) is absorbed by the event most of its mentions went to
  (`MergeResult.absorbed`, written to `events_merged`), so an analyst's saved id still resolves;
  an id that comes back (its mention is first again) is live again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from extractors.merge import (
    ACCEPT_REACH_DAYS,
    DATE_TOLERANCE_DAYS,
    Cluster,
    ExistingEvent,
    MentionRow,
    MergeResult,
    accepts,
    agreement,
    can_absorb,
    closeness,
    loosely_compatible,
    new_event_id,
    norm,
    report_order,
)
from extractors.story_evidence import lead_mention

OrderKey = tuple[datetime, str, str, int]
LAST: OrderKey = (datetime.max, "\uffff", "\uffff", 1 << 30)


def order_key(row: MentionRow) -> OrderKey:
    """The canonical order mentions are decided in: publication (undated last), what the article
    says (`MentionRow.content_key`, never its URL), article, position (`merge.report_order`)."""
    return report_order(row)


@dataclass(frozen=True)
class Vouched:
    """Mention pairs story evidence vouches for (`story_vouched`); `leads`: those that are the
    lead events (`story_evidence.lead_mention`) of their two articles."""

    pairs: frozenset[frozenset[str]] = frozenset()
    leads: frozenset[frozenset[str]] = frozenset()


def story_vouched(rows: Iterable[MentionRow], story_of: Mapping[str, str]) -> Vouched:
    """Pairs of mention ids that story evidence vouches for (module docstring): for every two
    articles of one story (`story_of`: article id -> story), their lead events, and each
    mention of one paired with the `loosely_compatible` mention of the other that agrees most
    with it, when that one's best is it too. A function of the rows and the stories alone
    (order-free)."""
    by_story: dict[str, dict[str, list[MentionRow]]] = {}
    for row in rows:
        story = story_of.get(row.article_id)
        if story:
            by_story.setdefault(story, {}).setdefault(row.article_id, []).append(row)
    pairs: set[frozenset[str]] = set()
    leads: set[frozenset[str]] = set()
    for articles in by_story.values():
        ids = sorted(articles)
        lead_of = {a: lead_mention(articles[a]) for a in ids}
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                pairs |= _best_pairs(articles[a], articles[b])
                la, lb = lead_of[a], lead_of[b]
                if la is not None and lb is not None and loosely_compatible(la.mention, lb.mention):
                    leads.add(frozenset((la.mention_id, lb.mention_id)))
    return Vouched(frozenset(pairs | leads), frozenset(leads))


def _best_pairs(left: Sequence[MentionRow], right: Sequence[MentionRow]) -> set[frozenset[str]]:
    scored = [
        (agreement(x.mention, y.mention), x, y)
        for x in left
        for y in right
        if loosely_compatible(x.mention, y.mention)
    ]
    best_of: dict[str, tuple] = {}  # mention id -> (-agreement, the other's order, its id): least wins
    for value, x, y in scored:
        for one, other in ((x, y), (y, x)):
            rank = (-value, order_key(other), other.mention_id)
            if one.mention_id not in best_of or rank < best_of[one.mention_id]:
                best_of[one.mention_id] = rank
    return {
        frozenset((x.mention_id, y.mention_id))
        for _, x, y in scored
        if best_of[x.mention_id][2] == y.mention_id and best_of[y.mention_id][2] == x.mention_id
    }


def merge_mentions(
    existing: Iterable[ExistingEvent],
    new: Sequence[MentionRow],
    vouched: Vouched | frozenset[frozenset[str]] = Vouched(),
    again_from: Mapping[str, OrderKey] | None = None,
) -> MergeResult:
    """Decide the events of `new` mentions with the `existing` events read for them (module
    docstring); every stored mention at or after the earliest new one of its country is decided
    again. `vouched`: mention pairs vouched for by story evidence (`story_vouched`); of the
    acceptable events, one holding a lead event its lead is paired with comes first. Returns every
    new mention's event and every stored one's that changed, the new state of every event
    touched, and the stored ids absorbed. `again_from`: per country, an earlier point from which
    stored mentions are decided again too (their story changed: `start_of` of its stored
    mentions; the pairs a story vouches for are a function of all its reports, later ones too)."""
    if not isinstance(vouched, Vouched):
        vouched = Vouched(frozenset(vouched))
    related = vouched.pairs
    fresh = {r.mention_id: r for r in new}
    stored_event_of: dict[str, str] = {}
    stored_members: dict[str, list[MentionRow]] = {}
    for event in existing:
        for row in event.mentions:
            stored_event_of[row.mention_id] = event.event_id
            if row.mention_id not in fresh:  # a re-coded mention is decided as it is now
                stored_members.setdefault(event.event_id, []).append(row)
    start = start_of(fresh.values(), again_from)
    state = _MergeState()
    again: list[MentionRow] = list(fresh.values())
    for event_id, members in sorted(stored_members.items()):
        kept = [r for r in members if order_key(r) < start.get(norm(r.mention.country), LAST)]
        again += [r for r in members if order_key(r) >= start.get(norm(r.mention.country), LAST)]
        if kept:
            state.place(Cluster.of(event_id, kept), seeded=True)
    taken = set(stored_members) | set(stored_event_of.values())
    for row in sorted(again, key=order_key):
        candidates = sorted(
            (c for c in state.near(row) if accepts(c, row, related)),
            key=lambda c: (not _lead_paired(c, row, vouched.leads), closeness(c, row)),
        )
        if candidates:
            cluster = candidates[0]
            state.add(cluster, row)
        else:
            cluster = Cluster.of(new_event_id(row, taken | set(state.by_id)), [row])
            state.place(cluster)
        for other in candidates[1:]:
            if can_absorb(cluster, other, related):
                cluster = state.absorb(cluster, other)
    return _name_events(state, fresh, stored_event_of)


def event_id_of(members: Iterable[MentionRow]) -> str:
    """An event's id: `merge.new_event_id` of its first mention in canonical order, so one set of
    reports gets one id however it arrived (ids are distinct: one mention is in one event)."""
    return new_event_id(min(members, key=order_key))


def _lead_paired(cluster: Cluster, row: MentionRow, leads: frozenset[frozenset[str]]) -> bool:
    return any(frozenset((m.mention_id, row.mention_id)) in leads for m in cluster.members)


def _name_events(
    state: _MergeState,
    fresh: Mapping[str, MentionRow],
    stored_event_of: Mapping[str, str],
) -> MergeResult:
    """Final ids (module docstring), what moved, which stored ids were absorbed."""
    named: list[Cluster] = []
    for c in state.by_id.values():
        eid = event_id_of(c.members)
        named.append(c if c.event_id == eid else Cluster.of(eid, c.members))
    event_of = {r.mention_id: c.event_id for c in named for r in c.members}
    assignments = {
        mid: eid for mid, eid in event_of.items() if mid in fresh or stored_event_of.get(mid) != eid
    }
    final_ids = {c.event_id for c in named}
    absorbed: dict[str, str] = {}
    for eid in sorted(set(stored_event_of.values()) - final_ids):
        went = Counter(
            event_of[mid] for mid, old in stored_event_of.items() if old == eid and mid in event_of
        )
        if went:
            absorbed[eid] = max(went.items(), key=lambda kv: (kv[1], kv[0]))[0]
    touched = set(assignments.values())
    before: dict[str, set[str]] = {}
    for mid, eid in stored_event_of.items():
        before.setdefault(eid, set()).add(mid)
    for c in named:
        if before.get(c.event_id) != {r.mention_id for r in c.members}:
            touched.add(c.event_id)
    events = tuple(c.event for c in sorted(named, key=lambda c: c.event_id) if c.event_id in touched)
    return MergeResult(
        assignments=assignments,
        events=events,
        new_event_ids=frozenset(final_ids - set(stored_event_of.values())),
        absorbed=absorbed,
    )


class _CountryEvents:
    """The events of one country in the order they were placed (a later one after every earlier
    one), indexed by the day of their consensus (`Cluster.representative`): `near` gives, in that
    order, those a mention of a day could join (within `merge.ACCEPT_REACH_DAYS`, or without a
    day), so a mention is not tried on every event of its country (quadratic in a run's size)."""

    def __init__(self) -> None:
        self.events: dict[int, Cluster] = {}  # placing number -> event (ascending: dicts keep order)
        self.by_day: dict[int | None, set[int]] = {}  # consensus day (ordinal) -> placing numbers
        self.day_of: dict[int, int | None] = {}

    def place(self, number: int, cluster: Cluster) -> None:
        day = _consensus_day(cluster)
        self.events[number] = cluster
        self.by_day.setdefault(day, set()).add(number)
        self.day_of[number] = day

    def remove(self, number: int) -> None:
        del self.events[number]
        self.by_day[self.day_of.pop(number)].discard(number)

    def changed(self, number: int) -> None:
        """The event's consensus may have moved to another day."""
        day = _consensus_day(self.events[number])
        if day != self.day_of[number]:
            self.by_day[self.day_of[number]].discard(number)
            self.by_day.setdefault(day, set()).add(number)
            self.day_of[number] = day

    def near(self, row: MentionRow) -> list[Cluster]:
        when = row.mention.event_date
        if when is None:
            return list(self.events.values())
        day = when.toordinal()
        numbers = set(self.by_day.get(None, ()))
        for d in range(day - ACCEPT_REACH_DAYS, day + ACCEPT_REACH_DAYS + 1):
            numbers.update(self.by_day.get(d, ()))
        return [self.events[n] for n in sorted(numbers)]


def _consensus_day(cluster: Cluster) -> int | None:
    when = cluster.representative.event_date
    return when.toordinal() if when is not None else None


@dataclass
class _MergeState:
    """The events of one `merge_mentions` call, by country and by id. An event stays with the
    country it was placed under until it is absorbed (candidates are looked for by the mention's
    country)."""

    countries: dict[str, _CountryEvents] = field(default_factory=dict)  # never across a border
    by_id: dict[str, Cluster] = field(default_factory=dict)
    seeded: set[str] = field(default_factory=set)  # ids of events seeded from stored ones
    placed: dict[int, tuple[str, int]] = field(default_factory=dict)  # id(event) -> (country, number)
    count: int = 0

    def place(self, cluster: Cluster, seeded: bool = False) -> None:
        country = norm(cluster.consensus.country)
        self.count += 1
        self.countries.setdefault(country, _CountryEvents()).place(self.count, cluster)
        self.placed[id(cluster)] = (country, self.count)
        self.by_id[cluster.event_id] = cluster
        if seeded:
            self.seeded.add(cluster.event_id)

    def near(self, row: MentionRow) -> list[Cluster]:
        """The events of the mention's country it could join, in the order they were placed."""
        events = self.countries.get(norm(row.mention.country))
        return events.near(row) if events is not None else []

    def add(self, cluster: Cluster, row: MentionRow) -> None:
        cluster.add(row)
        country, number = self.placed[id(cluster)]
        self.countries[country].changed(number)

    def absorb(self, a: Cluster, b: Cluster) -> Cluster:
        """Merge two events into one: a seeded event survives a founded one, else the one whose
        first report comes first in canonical order (then the smaller id). Returns the survivor."""
        keep, gone = sorted(
            (a, b),
            key=lambda c: (c.event_id not in self.seeded, min(order_key(r) for r in c.members), c.event_id),
        )
        merged = Cluster.of(keep.event_id, keep.members + gone.members)
        for old in (a, b):
            country, number = self.placed.pop(id(old))
            self.countries[country].remove(number)
        self.count += 1
        country = norm(merged.consensus.country)
        self.countries.setdefault(country, _CountryEvents()).place(self.count, merged)
        self.placed[id(merged)] = (country, self.count)
        self.by_id[keep.event_id] = merged
        del self.by_id[gone.event_id]
        return merged


def candidate_windows(rows: Iterable[MentionRow]) -> list[tuple[str, date, date]]:
    """(country, first date, last date) windows in which an existing event could absorb one
    of `rows`: what the warehouse side reads, instead of every event."""
    windows = set()
    widest = max(DATE_TOLERANCE_DAYS.values())
    for row in rows:
        m = row.mention
        if m.event_date is None or not norm(m.country):
            continue
        reach = max(DATE_TOLERANCE_DAYS.get(m.date_precision, 1), 1) + widest
        windows.add((norm(m.country), m.event_date.toordinal() - reach, m.event_date.toordinal() + reach))
    return [(c, date.fromordinal(lo), date.fromordinal(hi)) for c, lo, hi in sorted(windows)]


def start_of(rows: Iterable[MentionRow], since: Mapping[str, OrderKey] | None = None) -> dict[str, OrderKey]:
    """Per country, the canonical order of the earliest of `rows` (or `since`, when earlier):
    stored mentions from there on are decided again."""
    out: dict[str, OrderKey] = dict(since or {})
    for row in rows:
        country = norm(row.mention.country)
        out[country] = min(out.get(country, LAST), order_key(row))
    return out
