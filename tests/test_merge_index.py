"""The merge's day index (`event_groups._CountryEvents`): a mention is tried only on the events
of its country within `merge.ACCEPT_REACH_DAYS` of its day, and the result is what trying every
event gives."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import extractors.event_consensus as event_consensus
import extractors.event_groups as event_groups
import extractors.merge as merge
from extractors.merge import MentionRow
from extractors.models import EventMention


def _row(i: int, day: date, town: str, lat: float) -> MentionRow:
    m = EventMention(
        event_date=day, event_type="Battles", sub_event_type="Armed clash", country="Mali",
        admin1="Mopti", location=town, latitude=lat, longitude=-4.0, date_precision="day",
        geo_precision=1, actor1="Military Forces of Mali", actor2="Unidentified Armed Group (Mali)",
    )  # fmt: skip
    return MentionRow(f"a{i}:000", f"a{i}", f"outlet{i % 3}", datetime(2025, 1, 1) + timedelta(hours=i), m)


def _rows() -> list[MentionRow]:
    rows = []
    for i in range(60):  # two towns, a new clash every few days, three reports of each
        day = date(2025, 1, 1) + timedelta(days=3 * (i // 6))
        town, lat = ("Mopti", 14.5) if i % 2 else ("Sevare", 14.0)
        rows.append(_row(i, day, town, lat))
    return rows


def test_a_mention_is_not_tried_on_events_weeks_away(monkeypatch):
    tried: list[str] = []
    original = merge.accepts

    def counting(cluster, row, related=frozenset()):
        tried.append(cluster.event_id)
        return original(cluster, row, related)

    monkeypatch.setattr(event_groups, "accepts", counting)
    rows = _rows()
    event_groups.merge_mentions([], rows)
    # trying every event of the country: 630 tries (measured; Mopti, coded at the town, is no
    # province of its name, so its clashes are tried on Sevare's too); the index leaves out the
    # events more than ACCEPT_REACH_DAYS (16) days from the mention's: 510
    assert len(tried) <= 520


def test_the_index_gives_what_trying_every_event_gives(monkeypatch):
    rows = _rows()
    indexed = event_groups.merge_mentions([], rows)
    monkeypatch.setattr(event_groups._CountryEvents, "near", lambda self, row: list(self.events.values()))
    every = event_groups.merge_mentions([], rows)
    assert indexed.assignments == every.assignments
    assert indexed.events == every.events


def test_an_event_row_is_built_once_when_asked_for_not_per_report(monkeypatch):
    """`Cluster.add` recomputes the consensus only; the full row (`event_details`: codes,
    district, best report) is built for the final state of each event written."""
    built: list[str] = []
    original = event_consensus.event_details

    def counting(event, members):
        built.append(event.event_id)
        return original(event, members)

    monkeypatch.setattr(event_consensus, "event_details", counting)
    rows = _rows()
    result = event_groups.merge_mentions([], rows)
    assert len(built) == len(result.events) < len(rows) / 2  # 20 events of 60 reports
    monkeypatch.setattr(event_consensus, "event_details", original)
    for event in result.events:  # the same rows build_event makes of the final members
        members = [r for r in rows if result.assignments[r.mention_id] == event.event_id]
        assert event == merge.build_event(event.event_id, members)
