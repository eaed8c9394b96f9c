"""Events decided as groups: story evidence vouching, canonical order, stored decisions taken
again, ids kept and absorbed (`extractors/event_groups.py`, `warehouse.merge_store.plan_merge`)."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb

from extractors.event_groups import merge_mentions, order_key, start_of, story_vouched
from extractors.merge import ExistingEvent, MentionRow, loosely_compatible, new_event_id, unplaced
from extractors.models import EventMention
from extractors.stories import new_story_id
from warehouse.connection import connect
from warehouse.merge_store import _restoried, _stories_of, plan_merge, write_merge
from warehouse.story_store import StoryLinks

DAY = date(2026, 5, 14)  # a Thursday
T0 = datetime(2026, 5, 15, 8, 0)

# A night-time drone strike on a market town; the other towns are real places around it.
RAID = EventMention(
    event_date=DAY, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
    actor1="Military Forces of Sudan", actor2="Civilians (Sudan)", country="Sudan", admin1="North Kordofan",
    location="El Obeid", latitude=13.18, longitude=30.22, fatalities=14, geo_precision=1,
    actor1_kind="state forces", actor1_country="Sudan", actor2_kind="civilians", actor2_country="Sudan",
)  # fmt: skip


def m(**changes) -> EventMention:
    return dataclasses.replace(RAID, **changes)


def row(article: str, mention: EventMention, hours: float = 0, position: int = 0) -> MentionRow:
    return MentionRow(f"{article}:{position:03d}", article, f"{article}.example", T0 + timedelta(hours=hours),
                      mention, position)  # fmt: skip


# the coder read "Thursday night" as Friday and placed the strike in a village 35 km out
MISREAD = m(event_date=DAY + timedelta(days=1), location="Kazgil", latitude=12.9, longitude=30.4, fatalities=15,
            sub_event_type="Shelling/artillery/missile attack", geo_precision=2)  # fmt: skip
MISREAD_VILLAGE = dataclasses.replace(MISREAD, event_date=DAY)
# the same kind of strike in another town of the province, 190 km away, the same day
OTHER_TOWN = m(location="Umm Ruwaba", latitude=12.9, longitude=31.22, fatalities=6)


def groups(assignments: dict[str, str]) -> set[frozenset[str]]:
    out: dict[str, set[str]] = {}
    for mention_id, event_id in assignments.items():
        out.setdefault(event_id, set()).add(mention_id)
    return {frozenset(v) for v in out.values()}


# ----------------------------------------------------------------------------- story vouching


def test_two_articles_of_one_story_vouch_for_the_mentions_that_agree_most() -> None:
    a = [row("a", RAID, 0, 0), row("a", m(event_type="Battles", sub_event_type="Armed clash"), 0, 1)]
    earlier = dataclasses.replace(MISREAD, event_date=DAY - timedelta(days=2), fatalities=3)
    b = [row("b", m(event_date=DAY + timedelta(days=1), fatalities=15), 2, 0), row("b", earlier, 2, 1)]
    vouched = story_vouched([*a, *b], {"a": "st-1", "b": "st-1"})
    # b's strike (read as Friday's) and its strike nearby two days earlier both fit a's strike
    # loosely; only the one that agrees most with it is vouched for, and a's clash meets no
    # strike of another family
    assert vouched.pairs == {frozenset({"a:000", "b:000"})}
    assert vouched.leads == {frozenset({"a:000", "b:000"})}  # the two leads
    assert story_vouched([*a, *b], {"a": "st-1", "b": "st-2"}).pairs == frozenset()
    assert story_vouched([*a, *b], {"a": "st-1"}).pairs == frozenset()


def test_loose_terms_a_day_a_village_a_missing_day_or_place() -> None:
    assert loosely_compatible(RAID, MISREAD)
    assert not loosely_compatible(RAID, OTHER_TOWN)  # one province, but two towns far apart
    assert not loosely_compatible(RAID, m(event_date=DAY + timedelta(days=5)))
    assert not loosely_compatible(RAID, m(event_type="Battles"))
    country_only = m(location="", admin1="", latitude=None, longitude=None, geo_precision=3)
    assert unplaced(country_only) and not unplaced(RAID)
    assert loosely_compatible(RAID, country_only)
    assert loosely_compatible(RAID, m(event_date=None))
    assert not loosely_compatible(
        RAID, m(country="Chad", location="", admin1="", latitude=None, longitude=None)
    )


def test_a_story_merges_events_the_coder_read_differently_and_keeps_look_alikes_apart() -> None:
    rows = [row("a", RAID, 0), row("b", MISREAD, 3), row("c", OTHER_TOWN, 4)]
    alone = merge_mentions([], rows).assignments
    assert len(set(alone.values())) == 3
    story = story_vouched(rows, {"a": "st-1", "b": "st-1", "c": "st-1"})
    together = merge_mentions([], rows, story).assignments
    assert together["a:000"] == together["b:000"] != together["c:000"]


def test_a_report_without_a_place_joins_its_storys_event() -> None:
    vague = m(location="", admin1="", latitude=None, longitude=None, geo_precision=3, fatalities=0)
    rows = [row("a", RAID, 0), row("b", vague, 5)]
    assert len(set(merge_mentions([], rows).assignments.values())) == 2
    ev = merge_mentions([], rows, story_vouched(rows, {"a": "st-1", "b": "st-1"})).assignments
    assert ev["a:000"] == ev["b:000"]


def test_a_lead_joins_the_event_of_its_storys_other_leads() -> None:
    """One outlet's coder split its report in two (the town on Friday, the village on Thursday,
    two events of one article); another outlet reports the village only. Its lead joins the
    event of the story's other lead, not the split-off half that agrees with it more."""
    a = [row("a", m(event_date=DAY + timedelta(days=1)), 0, 0), row("a", MISREAD_VILLAGE, 0, 1)]
    b = [row("b", MISREAD_VILLAGE, 5, 0)]
    story = story_vouched([*a, *b], {"a": "st-1", "b": "st-1"})
    assert frozenset({"a:000", "b:000"}) in story.leads
    ev = merge_mentions([], [*a, *b], story).assignments
    assert ev["b:000"] == ev["a:000"] != ev["a:001"]
    ev = merge_mentions([], [*a, *b], story.pairs).assignments  # pairs only: the closest half
    assert ev["b:000"] == ev["a:001"]


# Chadian forces strike Sudanese army posts in El Geneina at night; one outlet names the sides
# backwards and dates it the next day (a real town; the sides are a made-up case)
ON_POSTS = m(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
             actor1="Military Forces of Chad", actor1_kind="state forces", actor1_country="Chad",
             actor2="Military Forces of Sudan", actor2_kind="state forces", actor2_country="Sudan",
             admin1="West Darfur", location="El Geneina", latitude=13.45, longitude=22.45, fatalities=7)  # fmt: skip
SIDES_BACKWARDS = dict(actor1="Military Forces of Sudan", actor1_country="Sudan",
                       actor2="Military Forces of Chad", actor2_country="Chad")  # fmt: skip


def test_one_story_vouches_for_a_report_that_names_the_sides_backwards_a_day_off() -> None:
    next_day = dataclasses.replace(ON_POSTS, **SIDES_BACKWARDS, event_date=DAY + timedelta(days=1))
    rows = [row("a", ON_POSTS, 0), row("b", next_day, 20), row("c", ON_POSTS, 22)]
    # without a story the swap a day apart is the retaliation's shape: apart
    alone = merge_mentions([], rows).assignments
    assert alone["b:000"] != alone["a:000"] == alone["c:000"]
    story = {"a": "st-1", "b": "st-1", "c": "st-1"}
    together = merge_mentions([], rows, story_vouched(rows, story)).assignments
    assert together["a:000"] == together["b:000"] == together["c:000"]
    # two days off is more than a night: apart even in one story
    later = dataclasses.replace(next_day, event_date=DAY + timedelta(days=2))
    rows[1] = row("b", later, 44)
    assert len(set(merge_mentions([], rows, story_vouched(rows, story)).assignments.values())) == 2


def test_a_strike_and_the_retaliation_told_in_one_report_stay_two_events() -> None:
    retaliation = dataclasses.replace(
        ON_POSTS, **SIDES_BACKWARDS, event_date=DAY + timedelta(days=1), fatalities=3
    )
    rows = [row("a", ON_POSTS, 20, 0), row("a", retaliation, 20, 1), row("b", ON_POSTS, 22)]
    ev = merge_mentions([], rows, story_vouched(rows, {"a": "st-1", "b": "st-1"})).assignments
    assert ev["a:000"] == ev["b:000"] != ev["a:001"]


# ----------------------------------------------------------------------------- order-free


CASE = {
    "first": RAID,
    "misread": MISREAD,
    "toll": m(fatalities=21, event_date=DAY + timedelta(days=1)),
    "other_town": OTHER_TOWN,
    "next_week": m(event_date=DAY + timedelta(days=7), fatalities=2),
    "retaliation": m(actor1="Rapid Support Forces", actor1_kind="rebel group", actor1_country="Sudan",
                     actor2="Military Forces of Sudan", actor2_kind="state forces", actor2_country="Sudan"),
}  # fmt: skip
STORY = {"first": "st-1", "misread": "st-1", "toll": "st-1", "other_town": "st-2", "next_week": "st-3"}


def _in_runs(runs: list[list[MentionRow]], story: dict[str, str]) -> dict[str, str]:
    """Merge run after run, each against the events the earlier runs stored; every mention's event."""
    stored: dict[str, str] = {}
    for run in runs:
        by_event: dict[str, list[MentionRow]] = {}
        known = {r.mention_id: r for r_run in runs for r in r_run}
        for mid, eid in stored.items():
            by_event.setdefault(eid, []).append(known[mid])
        existing = [ExistingEvent(eid, tuple(rows)) for eid, rows in sorted(by_event.items())]
        everything = [r for e in existing for r in e.mentions] + run
        result = merge_mentions(existing, run, story_vouched(everything, story))
        for old, new in result.absorbed.items():
            stored = {mid: (new if eid == old else eid) for mid, eid in stored.items()}
        stored.update(result.assignments)
    return stored


def test_events_are_the_same_in_one_run_or_two_in_any_order() -> None:
    rows = [row(name, mention, hours) for hours, (name, mention) in enumerate(CASE.items())]
    ids = merge_mentions([], rows, story_vouched(rows, STORY)).assignments
    one = groups(ids)
    assert frozenset({"first:000", "misread:000", "toll:000"}) in one
    assert len(one) == 4
    for size in (1, 2, 3):
        for first in itertools.combinations(rows, size):
            rest = [r for r in rows if r not in first]
            # the same events under the same ids (absorbed stored ids followed)
            assert _in_runs([list(first), rest], STORY) == ids, [r.article_id for r in first]
            assert _in_runs([rest, list(first)], STORY) == ids, [r.article_id for r in first]


def test_one_report_per_run_in_every_order_gives_one_runs_events() -> None:
    rows = [row(name, mention, hours) for hours, (name, mention) in enumerate(CASE.items())]
    ids = merge_mentions([], rows, story_vouched(rows, STORY)).assignments
    for order in itertools.islice(itertools.permutations(rows), 0, None, 37):
        assert _in_runs([[r] for r in order], STORY) == ids


def test_canonical_order_is_publication_then_article_then_position() -> None:
    early, late = row("z", RAID, 0), row("a", RAID, 1)
    assert order_key(early) < order_key(late)
    assert order_key(row("a", RAID, 0, 1)) < order_key(row("b", RAID, 0, 0))
    undated = dataclasses.replace(late, published_at=None)
    assert order_key(late) < order_key(undated)
    # at one publication time, what the article says comes before its id
    said_first = dataclasses.replace(row("z", RAID, 0), content_key="0a")
    assert order_key(said_first) < order_key(dataclasses.replace(row("a", RAID, 0), content_key="ff"))


# Three reports of one time (a feed that dates every item alike) place the strike 8 km apart in
# a chain (~7.8 km: within a town's reach, twice that is not): which two share an event depends on
# which is decided first. Keyed by what each says (its content hash).
NORTH = 0.07
CHAIN = {
    "k1": RAID,
    "k2": m(location="Abu Haraz", latitude=RAID.latitude + NORTH),
    "k3": m(location="Kaba", latitude=RAID.latitude + 2 * NORTH),
}


def _chain_rows(ids: dict[str, str]) -> list[MentionRow]:
    return [dataclasses.replace(row(ids[k], CHAIN[k]), content_key=k) for k in CHAIN]


def test_reports_published_at_one_time_give_the_same_events_whatever_their_urls() -> None:
    """Which report of one time is decided first must be what it says, not its article id (a
    hash of its URL: the same pages served from another host got other events)."""

    def events(ids: dict[str, str]) -> set[frozenset[str]]:
        rows = _chain_rows(ids)
        by_id = {r.mention_id: r.content_key for r in rows}
        return {frozenset(by_id[i] for i in g) for g in groups(merge_mentions([], rows).assignments)}

    served_here = events({"k1": "a", "k2": "b", "k3": "c"})
    assert len(served_here) == 2  # the chain is cut somewhere
    assert events({"k1": "c", "k2": "b", "k3": "a"}) == served_here
    assert events({"k1": "b", "k2": "a", "k3": "c"}) == served_here


# ----------------------------------------------------------------------------- stored decisions, ids


def test_an_earlier_report_fetched_late_takes_the_stored_decisions_again() -> None:
    """Stored: a vague report founded an event, and the strike report joined it. A report
    published before both arrives: decisions after it are taken again; the event is named by
    its first report now, and the stored id is absorbed by it (it still resolves)."""
    vague = m(actor1="", actor1_kind="", actor1_country="", fatalities=0)
    stored_rows = [row("vague", vague, 5), row("strike", RAID, 6)]
    first = merge_mentions([], stored_rows)
    event_id = first.assignments["vague:000"]
    assert first.assignments["strike:000"] == event_id
    existing = [ExistingEvent(event_id, tuple(stored_rows))]
    early = row("early", RAID, 0)
    result = merge_mentions(existing, [early])
    renamed = new_event_id(early)
    assert renamed != event_id
    assert result.assignments == {"early:000": renamed, "vague:000": renamed, "strike:000": renamed}
    assert result.absorbed == {event_id: renamed} and result.new_event_ids == {renamed}
    assert [(e.event_id, e.n_mentions) for e in result.events] == [(renamed, 3)]
    # the id one run over the three reports gives
    assert set(merge_mentions([], [early, *stored_rows]).assignments.values()) == {renamed}


def test_a_stored_event_split_by_a_decision_taken_again_keeps_its_id_for_its_reports() -> None:
    """The first report of a stored event is re-coded as another event: the reports after it are
    decided again; the re-coded report founds an event of its own (named by it: its id), the
    reports that still report the strike are named by the first of them, and the stored id,
    which the re-coded report's event keeps, absorbs nothing."""
    first, second, third = row("first", RAID, 0), row("second", RAID, 1), row("third", m(fatalities=16), 2)
    stored = merge_mentions([], [first, second, third]).assignments
    event_id = stored["first:000"]
    assert set(stored.values()) == {event_id} and event_id == new_event_id(first)
    existing = [ExistingEvent(event_id, (first, second, third))]
    recoded = row("first", m(event_type="Protests", sub_event_type="Peaceful protest", fatalities=0), 0)
    result = merge_mentions(existing, [recoded])
    after = {**stored, **result.assignments}
    assert after["second:000"] == after["third:000"] == new_event_id(second) != after["first:000"]
    assert after["first:000"] == event_id
    assert result.new_event_ids == {new_event_id(second)}
    assert not result.absorbed
    assert {e.event_id: e.n_mentions for e in result.events} == {event_id: 1, new_event_id(second): 2}


# ----------------------------------------------------------------------------- the warehouse side


def _store(db: Path, rows: list[MentionRow], stories: dict[str, str]) -> None:
    con = connect(db)
    try:
        for r in rows:
            con.execute(
                "INSERT OR IGNORE INTO articles (article_id, url, canonical_url, outlet, published_at, story_id,"
                " content_hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [r.article_id, f"https://{r.outlet}/{r.article_id}", f"https://{r.outlet}/{r.article_id}",
                 r.outlet, r.published_at, stories.get(r.article_id), r.content_key],
            )  # fmt: skip
        for article_id in sorted(stories):  # a report in a story has story evidence (its content left out)
            con.execute(
                "INSERT OR IGNORE INTO story_evidence (article_id, evidence) VALUES (?, '{}')", [article_id]
            )
        plan = plan_merge(con, rows)
        con.execute("BEGIN TRANSACTION")
        for r in rows:
            x = r.mention
            con.execute(
                "INSERT OR REPLACE INTO event_mentions (mention_id, article_id, event_date, event_type,"
                " sub_event_type, actor1, actor2, country, admin1, location, latitude, longitude, fatalities,"
                " date_precision, geo_precision, actor1_kind, actor1_country, actor2_kind, actor2_country)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [r.mention_id, r.article_id, x.event_date, x.event_type, x.sub_event_type, x.actor1, x.actor2,
                 x.country, x.admin1, x.location, x.latitude, x.longitude, x.fatalities, x.date_precision,
                 x.geo_precision, x.actor1_kind, x.actor1_country, x.actor2_kind, x.actor2_country],
            )  # fmt: skip
        write_merge(con, plan, "run")
        con.execute("COMMIT")
    finally:
        con.close()


def _stored(db: Path) -> tuple[dict[str, str], list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        events = dict(con.execute("SELECT mention_id, event_id FROM event_mentions").fetchall())
        merged = con.execute("SELECT absorbed_event_id, into_event_id FROM events_merged").fetchall()
        return events, merged
    finally:
        con.close()


def test_plan_merge_reads_the_stories_of_stored_reports(db_path: Path) -> None:
    a, b = row("a", RAID, 0), row("b", MISREAD, 3)
    _store(db_path, [a, b], {"a": "st-1", "b": "st-1"})
    events, _ = _stored(db_path)
    assert events["a:000"] == events["b:000"]


def test_a_stored_report_without_story_evidence_vouches_for_nothing(db_path: Path) -> None:
    """A report without story evidence follows its copy's or headline's story after the merge
    (`dedup_store.plan_dedup`): in one run over every report it vouches for nothing, so stored in
    a story it vouches for nothing either (else its events would depend on the runs)."""
    a, b = row("a", RAID, 0), row("b", MISREAD, 3)
    con = connect(db_path)
    try:
        for r in (a, b):
            con.execute(
                "INSERT INTO articles (article_id, url, canonical_url, outlet, published_at, story_id)"
                " VALUES (?, ?, ?, ?, ?, 'st-1')",
                [r.article_id, f"https://{r.outlet}/{r.article_id}", f"https://{r.outlet}/{r.article_id}",
                 r.outlet, r.published_at],
            )  # fmt: skip
        con.execute("INSERT INTO story_evidence (article_id, evidence) VALUES ('a', '{}')")
        assert _stories_of(con, ["a", "b"], None) == {"a": "st-1"}
        plan = plan_merge(con, [a, b])
    finally:
        con.close()
    assert plan.assignments["a:000"] != plan.assignments["b:000"]


def test_reports_of_other_stories_stay_apart_in_the_warehouse(db_path: Path) -> None:
    a, b = row("a", RAID, 0), row("b", MISREAD, 3)
    _store(db_path, [a, b], {"a": "st-1", "b": "st-2"})
    events, _ = _stored(db_path)
    assert events["a:000"] != events["b:000"]


def test_a_report_published_before_a_stored_one_joins_its_event_and_names_it(db_path: Path) -> None:
    later = row("later", MISREAD, 3)
    _store(db_path, [later], {"later": "st-1"})
    (later_event,) = set(_stored(db_path)[0].values())
    first = row("first", RAID, 0)
    _store(db_path, [first], {"first": "st-1"})
    events, merged = _stored(db_path)
    assert events["first:000"] == events["later:000"]
    survivor = events["first:000"]
    # decided again after the earlier report, the event takes its id; the stored one resolves
    assert survivor == new_event_id(first) != later_event and merged == [(later_event, survivor)]


def test_the_warehouse_gives_one_runs_events_in_two_runs_either_way(tmp_path: Path) -> None:
    rows = [row(name, mention, hours) for hours, (name, mention) in enumerate(CASE.items())]
    _store(tmp_path / "one.duckdb", rows, STORY)
    expected = groups(_stored(tmp_path / "one.duckdb")[0])
    assert frozenset({"first:000", "misread:000", "toll:000"}) in expected
    for n, (a, b) in enumerate(((rows[1::2], rows[::2]), (rows[::2], rows[1::2]))):
        db = tmp_path / f"two-{n}.duckdb"
        _store(db, a, STORY)
        _store(db, b, STORY)
        assert groups(_stored(db)[0]) == expected


def test_an_article_whose_lead_mention_moved_leads_with_its_new_event(db_path: Path) -> None:
    """A decision taken again moves a stored lead mention to another event while its old event
    lives on: the article's fingerprint follows the mention (title linking compares lead events)."""
    first, second, third = row("first", RAID, 0), row("second", RAID, 1), row("third", m(fatalities=16), 2)
    _store(db_path, [first, second, third], {})
    events, _ = _stored(db_path)
    con = connect(db_path)
    try:
        for article in ("first", "second"):
            con.execute(
                "INSERT INTO article_fingerprints (article_id, lead_event_id) VALUES (?, ?)",
                [article, events[f"{article}:000"]],
            )
    finally:
        con.close()
    recoded = row("first", m(event_type="Protests", sub_event_type="Peaceful protest", fatalities=0), 0)
    _store(db_path, [recoded], {})
    after, _ = _stored(db_path)
    assert after["first:000"] != after["second:000"] == new_event_id(second)
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        leads = dict(con.execute("SELECT article_id, lead_event_id FROM article_fingerprints").fetchall())
    finally:
        con.close()
    assert leads == {"first": after["first:000"], "second": after["second:000"]}


def test_stored_reports_of_one_time_are_decided_again_in_the_order_of_what_they_say(tmp_path: Path) -> None:
    """The stored side of the order: a report read back from the warehouse keeps its article's
    content hash, so a run that brings reports of the same time gives one run's events."""
    rows = _chain_rows({"k1": "c", "k2": "b", "k3": "a"})
    _store(tmp_path / "one.duckdb", rows, {})
    expected = groups(_stored(tmp_path / "one.duckdb")[0])
    for n, (a, b) in enumerate(((rows[2:], rows[:2]), (rows[:1], rows[1:]))):
        db = tmp_path / f"two-{n}.duckdb"
        _store(db, a, {})
        _store(db, b, {})
        assert groups(_stored(db)[0]) == expected


# ----------------------------------------------------------------------------- stories that change


def test_stored_mentions_of_a_story_that_changed_are_decided_again_from_its_earliest() -> None:
    """Two stored reports decided apart (no story then: the misread day and village are too far
    for plain terms); a later run puts them in one story (a third report joined it). One run
    over the three decides both with the story they end in: together. The stored mentions come
    before the new one, so only `again_from` (the story's earliest stored mention) takes them
    again; without it they keep their stored events."""
    a, b = row("a", RAID, 0), row("b", MISREAD, 3)
    c = row("c", OTHER_TOWN, 6)
    stored = merge_mentions([], [a, b]).assignments
    assert stored["a:000"] != stored["b:000"]
    existing = [ExistingEvent(stored["a:000"], (a,)), ExistingEvent(stored["b:000"], (b,))]
    story = story_vouched([a, b, c], {"a": "st-1", "b": "st-1", "c": "st-1"})
    one_run = merge_mentions([], [a, b, c], story).assignments
    assert one_run["a:000"] == one_run["b:000"] != one_run["c:000"]
    kept = merge_mentions(existing, [c], story).assignments
    assert "b:000" not in kept  # nothing decided again before the new mention
    again = merge_mentions(existing, [c], story, again_from=start_of([a, b])).assignments
    assert groups({**stored, **again}) == groups(one_run)


def test_the_stored_reports_of_a_story_a_run_changes() -> None:
    """`merge_store._restoried`: every stored member of a story a new report joins, and those a
    member left behind; a story the run leaves alone is not decided again."""
    links = StoryLinks(
        evidence={"new": None},  # type: ignore[dict-item]
        stored_story={"a": new_story_id("a"), "b": new_story_id("a"), "x": new_story_id("x"),
                      "y": new_story_id("y"), "z": new_story_id("y"), "q": new_story_id("q")},
        group_of={"a": "a", "b": "a", "new": "a", "x": "x", "y": "x", "z": "z", "q": "q"},
        order={k: (T0 + timedelta(hours=i), "", k) for i, k in enumerate("abxyzq")} | {"new": (T0, "", "new")},
    )  # fmt: skip
    # a, b: joined by the new report; y moved into x's story, so x's story and y's old one (z) changed
    assert _restoried(links) == {"a", "b", "x", "y", "z"}
    assert _restoried(None) == set()
