"""The event row of a group of mentions: the most reported value of each field, ties to the
earliest report in the canonical order (`report_order`); the place of the most precise reports;
the toll (`consensus_fatalities`); `consensus_event`: the fields merge decisions compare
(`merge.Cluster`), `build_event`: with the details `event_details` adds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from extractors.event_details import event_details
from extractors.merge_rules import DATE_TOLERANCE_DAYS, norm
from extractors.models import Event, EventMention

if TYPE_CHECKING:
    from extractors.merge import MentionRow


def report_order(m: MentionRow) -> tuple[datetime, str, str, int]:
    """The canonical order of reports: publication time (undated last), then what the article
    says (`content_key`: reports published at the same time are ordered alike whatever URLs,
    hence article ids, they are served from), then article id and position."""
    return (m.published_at or datetime.max, m.content_key, m.article_id, m.position)


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
