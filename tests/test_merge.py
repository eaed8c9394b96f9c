"""Event merging: compatibility rules, the fatality rule, incremental and re-runnable merging (bridges,
arrival order and vouched reports: `test_merge_order.py`)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb

from extractors.event_groups import merge_mentions
from extractors.merge import (
    ExistingEvent,
    MentionRow,
    consensus_fatalities,
    dates_compatible,
    mention_rows,
    mentions_compatible,
    places_compatible,
    same_type_family,
)
from extractors.models import EventMention
from warehouse.connection import connect
from warehouse.merge_store import plan_merge, write_merge

DAY = date(2026, 3, 3)
T0 = datetime(2026, 3, 3, 12, 0)

STRIKE = EventMention(
    event_date=DAY, event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
    actor1="Russian armed forces", actor2="Civilians", country="Ukraine", admin1="Donetsk", location="Kostiantynivka",
    latitude=48.53, longitude=37.71, fatalities=9, geo_precision=1, actor1_kind="state forces", actor1_country="Russia",
)  # fmt: skip


def m(**changes) -> EventMention:
    return dataclasses.replace(STRIKE, **changes)


def row(
    article: str, mention: EventMention, hours: int = 0, outlet: str | None = None, position: int = 0
) -> MentionRow:
    return MentionRow(f"{article}-{position}", article, outlet or f"{article}.example", T0 + timedelta(hours=hours),
                      mention, position)  # fmt: skip


def test_later_report_of_last_nights_strike_is_compatible() -> None:
    assert mentions_compatible(STRIKE, m(event_date=DAY - timedelta(days=1)))
    assert not dates_compatible(STRIKE, m(event_date=DAY - timedelta(days=2)))
    assert not dates_compatible(STRIKE, m(event_date=None))


def test_places_within_a_few_km_match_and_other_towns_do_not() -> None:
    assert places_compatible(STRIKE, m(location="Kostiantynivka outskirts", latitude=48.56, longitude=37.74))
    assert not places_compatible(STRIKE, m(location="Sloviansk", latitude=48.85, longitude=37.60))
    assert not places_compatible(STRIKE, m(country="Russia"))


def test_province_level_place_matches_by_admin1() -> None:
    province = m(location="Donetsk", admin1="Donetsk", latitude=48.0, longitude=37.8, geo_precision=3)
    assert places_compatible(STRIKE, province)
    assert not places_compatible(STRIKE, dataclasses.replace(province, admin1="Kharkiv", location="Kharkiv"))


def test_a_town_placed_as_a_town_is_no_province_of_its_name() -> None:
    # TOWN_NAMES_ITS_PROVINCE: Donetsk city, coded at the town, is not every place of Donetsk oblast
    city = m(location="Donetsk", admin1="Donetsk", latitude=48.00, longitude=37.80, geo_precision=1)
    assert not places_compatible(STRIKE, city)  # Kostiantynivka lies 60 km away
    assert places_compatible(STRIKE, dataclasses.replace(city, geo_precision=2))  # "near Donetsk": the oblast
    assert places_compatible(city, m(location="Donetsk", admin1="Donetsk", latitude=48.01, longitude=37.81))


def test_type_families_and_actor_sides() -> None:
    assert same_type_family(m(event_type="Protests"), m(event_type="Riots"))
    assert not same_type_family(STRIKE, m(event_type="Battles"))
    assert not same_type_family(
        m(event_type="Strategic developments", sub_event_type="Arrests"),
        m(event_type="Strategic developments", sub_event_type="Agreement"),
    )
    russian_position = m(actor2="Russian armed forces", actor2_kind="state forces", actor2_country="Russia")
    ukrainian_unit = dict(
        actor2="Ukrainian armed forces", actor2_kind="state forces", actor2_country="Ukraine"
    )
    strike_on_unit = m(**ukrainian_unit)
    retaliation = dataclasses.replace(
        russian_position,
        actor1="Ukrainian armed forces",
        actor1_kind="state forces",
        actor1_country="Ukraine",
        event_date=DAY + timedelta(days=1),  # the other side strikes back the next day
    )
    assert not mentions_compatible(strike_on_unit, retaliation)  # roles swapped
    assert not mentions_compatible(STRIKE, retaliation)  # both sides differ
    # one report blames another perpetrator for the same strike on the same victims: same event
    assert mentions_compatible(
        STRIKE, m(actor1="Wagner Group", actor1_kind="political militia", actor1_country="")
    )
    assert mentions_compatible(
        strike_on_unit, m(actor1="Unidentified Armed Group (Ukraine)", **ukrainian_unit)
    )
    assert mentions_compatible(STRIKE, m(actor1="Military Forces of Russia", actor1_country="Russia"))
    assert mentions_compatible(STRIKE, m(actor1="", actor1_kind=""))


def test_fatalities_rule_prefers_highest_figure_two_outlets_share() -> None:
    rows = [row("a", m(fatalities=9), 0), row("b", m(fatalities=14), 5), row("c", m(fatalities=14), 6),
            row("d", m(fatalities=20), 7), row("e", m(fatalities=0), 8)]  # fmt: skip
    assert consensus_fatalities(rows) == (14, 9, 20)


def test_fatalities_rule_falls_back_to_latest_report_and_counts_an_outlet_once() -> None:
    same_outlet = [row("a", m(fatalities=9), 0, outlet="x"), row("b", m(fatalities=12), 4, outlet="x"),
                   row("c", m(fatalities=9), 1, outlet="y")]  # fmt: skip
    # x updated 9 -> 12, so 9 is shared by y only with x's superseded figure: latest report wins
    assert consensus_fatalities(same_outlet) == (12, 9, 12)
    assert consensus_fatalities([row("a", m(fatalities=0))]) == (0, 0, 0)


def test_mention_rows_give_stable_distinct_ids() -> None:
    rows = mention_rows("art1", "x.example", T0, [STRIKE, m(location="Druzhkivka")])
    again = mention_rows("art1", "x.example", T0, [STRIKE, m(location="Druzhkivka")])
    assert [r.mention_id for r in rows] == [r.mention_id for r in again]
    assert rows[0].mention_id != rows[1].mention_id and [r.position for r in rows] == [0, 1]


def test_merge_groups_reports_and_keeps_look_alikes_apart() -> None:
    rows = [
        row("a", m(fatalities=9), 0),
        row("b", m(fatalities=12, event_date=DAY - timedelta(days=1)), 20),  # last night's strike, next day
        row("c", m(fatalities=12, location="Kostiantynivka", latitude=48.54, longitude=37.70), 22),
        row("d", m(event_date=DAY + timedelta(days=3), fatalities=2), 80),  # same town, another day
        row(
            "e", m(location="Druzhkivka", latitude=48.62, longitude=37.53, fatalities=3), 2
        ),  # same day, other town
        row(
            "f",
            m(
                actor1="Ukrainian armed forces",
                actor1_country="Ukraine",
                actor2="Russian armed forces",
                actor2_country="Russia",
                fatalities=1,
            ),
            3,
        ),  # retaliation
    ]
    result = merge_mentions([], rows)
    ev = result.assignments
    assert ev["a-0"] == ev["b-0"] == ev["c-0"]
    assert len({ev["a-0"], ev["d-0"], ev["e-0"], ev["f-0"]}) == 4
    merged = next(e for e in result.events if e.event_id == ev["a-0"])
    assert (merged.n_mentions, merged.n_articles, merged.n_outlets) == (3, 3, 3)
    assert merged.fatalities == 12 and (merged.fatalities_min, merged.fatalities_max) == (9, 12)
    assert (
        merged.event_date == DAY and merged.first_seen == T0 and merged.last_seen == T0 + timedelta(hours=22)
    )


def test_two_events_of_one_article_stay_two_events() -> None:
    first = row("a", m(), 0, position=0)
    second = row("a", m(event_date=DAY + timedelta(days=1), fatalities=4), 0, position=1)
    later = row("b", m(event_date=DAY + timedelta(days=1), fatalities=4), 5)
    ev = merge_mentions([], [first, second, later]).assignments
    assert ev["a-0"] != ev["a-1"]
    assert ev["b-0"] == ev["a-1"]


def test_incremental_merge_keeps_ids_and_reprocessing_does_not_double() -> None:
    first = merge_mentions([], [row("a", m(), 0)])
    event_id = first.assignments["a-0"]
    existing = [ExistingEvent(event_id, (row("a", m(), 0),))]
    second = merge_mentions(existing, [row("b", m(fatalities=11), 24), row("a", m(), 0)])
    assert second.assignments == {"a-0": event_id, "b-0": event_id}
    assert [e.n_mentions for e in second.events] == [2]
    assert not second.new_event_ids


# ----------------------------------------------------------------------------- warehouse


def _load_mentions(con: duckdb.DuckDBPyConnection, rows: list[MentionRow]) -> None:
    for r in rows:
        con.execute(
            "INSERT OR IGNORE INTO articles (article_id, url, canonical_url, outlet, published_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                r.article_id,
                f"https://{r.outlet}/{r.article_id}",
                f"https://{r.outlet}/{r.article_id}",
                r.outlet,
                r.published_at,
            ],
        )
        x = r.mention
        con.execute(
            "INSERT OR REPLACE INTO event_mentions (mention_id, article_id, event_date, event_type, sub_event_type,"
            " actor1, actor2, country, admin1, location, latitude, longitude, fatalities, date_precision,"
            " geo_precision, actor1_kind, actor1_country) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                r.mention_id,
                r.article_id,
                x.event_date,
                x.event_type,
                x.sub_event_type,
                x.actor1,
                x.actor2,
                x.country,
                x.admin1,
                x.location,
                x.latitude,
                x.longitude,
                x.fatalities,
                x.date_precision,
                x.geo_precision,
                x.actor1_kind,
                x.actor1_country,
            ],
        )


def _run(db: Path, rows: list[MentionRow]):
    con = connect(db)
    try:
        plan = plan_merge(con, rows)
        con.execute("BEGIN TRANSACTION")
        _load_mentions(con, rows)
        write_merge(con, plan)
        con.execute("COMMIT")
        return plan
    finally:
        con.close()


def _events(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "SELECT event_id, fatalities, fatalities_min, fatalities_max, n_mentions, n_articles, n_outlets"
            " FROM events ORDER BY event_id"
        ).fetchall()
    finally:
        con.close()


def test_tomorrows_report_joins_yesterdays_event_in_the_warehouse(db_path: Path) -> None:
    day1 = [
        row("a", m(fatalities=9), 0),
        row("e", m(location="Druzhkivka", latitude=48.62, longitude=37.53), 1),
    ]
    first = _run(db_path, day1)
    day2 = [row("b", m(fatalities=14, event_date=DAY), 24),
            row("c", m(fatalities=14), 26)]  # fmt: skip
    second = _run(db_path, day2)
    assert second.assignments["b-0"] == second.assignments["c-0"] == first.assignments["a-0"]
    events = _events(db_path)
    assert len(events) == 2
    strike = next(e for e in events if e[0] == first.assignments["a-0"])
    assert strike[1:] == (14, 9, 14, 3, 3, 3)
    con = duckdb.connect(str(db_path), read_only=True)
    assert con.execute("SELECT count(*) FROM event_mentions WHERE event_id IS NULL").fetchone()[0] == 0


def test_reprocessing_a_run_neither_splits_nor_doubles(db_path: Path) -> None:
    batch = [
        row("a", m(fatalities=9), 0),
        row("b", m(fatalities=9), 3),
        row("d", m(event_date=DAY + timedelta(days=4)), 90),
    ]
    _run(db_path, batch)
    before = _events(db_path)
    again = _run(db_path, batch)
    assert _events(db_path) == before
    assert not again.new_event_ids


def test_two_halves_give_the_same_events_as_one_run(tmp_path: Path) -> None:
    rows = [
        row(f"r{i}", m(fatalities=9 + (i % 3), event_date=DAY - timedelta(days=i % 2)), i) for i in range(6)
    ]
    rows += [row("other", m(location="Druzhkivka", latitude=48.62, longitude=37.53), 2)]
    one = _run(tmp_path / "one.duckdb", rows)
    _run(tmp_path / "two.duckdb", rows[::2])
    two = _run(tmp_path / "two.duckdb", rows[1::2])

    def groups(assignments: dict[str, str]) -> set[frozenset[str]]:
        out: dict[str, set[str]] = {}
        for mention_id, event_id in assignments.items():
            out.setdefault(event_id, set()).add(mention_id)
        return {frozenset(v) for v in out.values()}

    con = duckdb.connect(str(tmp_path / "two.duckdb"), read_only=True)
    stored = dict(con.execute("SELECT mention_id, event_id FROM event_mentions").fetchall())
    assert groups(one.assignments) == groups(stored)

    def figures(db: Path) -> list[tuple]:
        return sorted(e[1:] for e in _events(db))

    assert figures(tmp_path / "one.duckdb") == figures(tmp_path / "two.duckdb")
    assert two.assignments


def test_a_misattributed_report_still_joins_its_event() -> None:
    bombing = m(event_type="Explosions/Remote violence", sub_event_type="Suicide bomb", actor1="Islamic State Khorasan",
                actor1_kind="rebel group", actor1_country="Afghanistan", actor2="Civilians", country="Afghanistan",
                admin1="Kabul", location="Kabul", latitude=34.53, longitude=69.17)  # fmt: skip
    # one outlet's coder took the targeted troops for the attacker, another named the parent group
    misread = dataclasses.replace(
        bombing, actor1="US military", actor1_kind="state forces", actor1_country="United States"
    )
    parent = dataclasses.replace(bombing, actor1="Islamic State", actor1_country="", actor2="US military",
                                 actor2_kind="state forces", actor2_country="United States")  # fmt: skip
    ev = merge_mentions([], [row("a", misread, 0), row("b", bombing, 1), row("c", parent, 2)]).assignments
    assert ev["a-0"] == ev["b-0"] == ev["c-0"]


def test_retaliation_stays_apart_from_an_event_with_vague_reports() -> None:
    strike = m(actor2="Ukrainian armed forces", actor2_kind="state forces", actor2_country="Ukraine")
    vague = m(actor1="Unidentified armed group", actor1_kind="unknown", actor1_country="", actor2="")
    retaliation = m(actor1="Ukrainian armed forces", actor1_kind="state forces", actor1_country="Ukraine",
                    actor2="Russian armed forces", actor2_kind="state forces", actor2_country="Russia",
                    event_date=DAY + timedelta(days=1))  # fmt: skip
    rows = [row("a", strike, 0), row("b", strike, 1), row("c", vague, 2), row("d", retaliation, 3)]
    ev = merge_mentions([], rows).assignments
    assert ev["a-0"] == ev["b-0"] == ev["c-0"] != ev["d-0"]


def test_a_report_goes_to_the_event_whose_reports_it_matches_best() -> None:
    shelling = m(sub_event_type="Shelling/artillery/missile attack", event_date=DAY + timedelta(days=1), fatalities=0,
                 actor1="Unidentified armed group", actor1_kind="unknown")  # fmt: skip
    air = m(sub_event_type="Air/drone strike", fatalities=9)
    # the shelling report and the air strike report come from one article: two events
    rows = [row("a", air, 0, position=0), row("a", shelling, 0, position=1)]
    later = dataclasses.replace(
        air, event_date=DAY + timedelta(days=1)
    )  # next day's report of the air strike
    ev = merge_mentions([], [*rows, row("b", later, 20)]).assignments
    assert ev["a-0"] != ev["a-1"]
    assert ev["b-0"] == ev["a-0"]


def test_plan_merge_reads_only_events_in_the_country_and_date_window(db_path: Path) -> None:
    from warehouse.merge_store import _candidate_event_ids

    far_day = m(event_date=DAY - timedelta(days=60))
    elsewhere = m(country="Russia", location="Belgorod", admin1="Belgorod", latitude=50.6, longitude=36.6)
    first = _run(db_path, [row("a", STRIKE, 0), row("b", far_day, 1), row("c", elsewhere, 2)])
    con = duckdb.connect(str(db_path), read_only=True)
    found = _candidate_event_ids(con, [row("d", m(fatalities=10), 30)])
    assert found == [first.assignments["a-0"]]


# ----------------------------------------------------------------------------- one bombing, three readings
# (the bridges in `test_merge_order.py` and `test_history.py` use them)


BOMBING = m(event_type="Explosions/Remote violence", sub_event_type="Suicide bomb", actor1="Islamic State Khorasan",
            actor1_kind="rebel group", actor1_country="Afghanistan", actor2="Civilians", actor2_kind="civilians",
            country="Afghanistan", admin1="Kabul", location="Kabul", latitude=34.53, longitude=69.17, fatalities=60)  # fmt: skip
# one coder took the troops at the gate for the attacker; another named the parent group and the troops
MISREAD = dataclasses.replace(
    BOMBING, actor1="US military", actor1_kind="state forces", actor1_country="United States"
)
PARENT = dataclasses.replace(BOMBING, actor1="Islamic State", actor1_country="", actor2="US military",
                             actor2_kind="state forces", actor2_country="United States")  # fmt: skip
