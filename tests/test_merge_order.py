"""Event merging, continued from `test_merge.py` (whose reports and helpers it shares): a new
report bridging two events that arrived apart, the arrival order, and reports vouched for by
story evidence."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import timedelta
from pathlib import Path

import duckdb

from extractors.event_groups import merge_mentions
from extractors.merge import ExistingEvent, mention_rows, mentions_compatible, new_event_id, places_compatible
from tests.test_merge import BOMBING, DAY, MISREAD, PARENT, STRIKE, T0, _events, _run, m, row

# ----------------------------------------------------------------------------- bridges, order


def groups(assignments: dict[str, str]) -> set[frozenset[str]]:
    out: dict[str, set[str]] = {}
    for mention_id, event_id in assignments.items():
        out.setdefault(event_id, set()).add(mention_id)
    return {frozenset(v) for v in out.values()}


def test_a_new_report_bridges_two_events_that_arrived_apart() -> None:
    # the misread and the parent-group reports disagree on both sides: alone they are two events
    first = merge_mentions([], [row("a", MISREAD, 0), row("c", PARENT, 1)])
    assert first.assignments["a-0"] != first.assignments["c-0"]
    stored = [
        ExistingEvent(first.assignments["a-0"], (row("a", MISREAD, 0),)),
        ExistingEvent(first.assignments["c-0"], (row("c", PARENT, 1),)),
    ]
    second = merge_mentions(stored, [row("b", BOMBING, 2)])
    survivor = first.assignments["a-0"]  # the event reported first keeps its id
    assert second.assignments == {"b-0": survivor, "c-0": survivor}
    assert second.absorbed == {first.assignments["c-0"]: survivor}
    assert [(e.event_id, e.n_mentions, e.n_articles) for e in second.events] == [(survivor, 3, 3)]
    assert not second.new_event_ids


def test_grouping_does_not_depend_on_the_order_reports_arrive() -> None:
    reports = {
        "misread": MISREAD,
        "bombing": BOMBING,
        "parent": PARENT,
        "toll": dataclasses.replace(BOMBING, fatalities=72, event_date=DAY + timedelta(days=1)),
        "other_day": dataclasses.replace(BOMBING, event_date=DAY + timedelta(days=3), fatalities=4),
        "other_town": dataclasses.replace(
            BOMBING, location="Jalalabad", admin1="Nangarhar", latitude=34.43, longitude=70.45, fatalities=5
        ),
    }
    expected = {
        frozenset({"misread-0", "bombing-0", "parent-0", "toll-0"}),
        frozenset({"other_day-0"}),
        frozenset({"other_town-0"}),
    }
    for hours in itertools.permutations(range(len(reports))):
        rows = [
            row(name, mention, hour) for (name, mention), hour in zip(reports.items(), hours, strict=True)
        ]
        assert groups(merge_mentions([], rows).assignments) == expected, hours


def test_a_vague_report_does_not_bridge_a_strike_and_its_retaliation() -> None:
    strike = m(actor2="Ukrainian armed forces", actor2_kind="state forces", actor2_country="Ukraine")
    retaliation = m(actor1="Ukrainian armed forces", actor1_kind="state forces", actor1_country="Ukraine",
                    actor2="Russian armed forces", actor2_kind="state forces", actor2_country="Russia",
                    event_date=DAY + timedelta(days=1))  # fmt: skip
    vague = m(actor1="Unidentified armed group", actor1_kind="unknown", actor1_country="", actor2="")
    reports = {"strike": strike, "retaliation": retaliation, "vague": vague}
    for hours in itertools.permutations(range(3)):
        rows = [
            row(name, mention, hour) for (name, mention), hour in zip(reports.items(), hours, strict=True)
        ]
        ev = merge_mentions([], rows).assignments
        assert ev["strike-0"] != ev["retaliation-0"], hours
        assert ev["vague-0"] in (ev["strike-0"], ev["retaliation-0"])


def test_a_bridge_never_joins_two_events_of_one_article() -> None:
    air = m(sub_event_type="Air/drone strike", fatalities=9)
    shelling = m(actor1="Unidentified armed group", actor1_kind="unknown", fatalities=0)
    rows = [row("a", air, 0, position=0), row("a", shelling, 0, position=1)]
    vague = m(actor1="", actor1_kind="", actor2="", fatalities=0)  # fits both
    ev = merge_mentions([], [*rows, row("b", vague, 5)]).assignments
    assert ev["a-0"] != ev["a-1"]
    assert ev["b-0"] in (ev["a-0"], ev["a-1"])


def test_a_province_level_report_joins_the_town_event_of_its_province_that_day() -> None:
    province = m(location="Donetsk", admin1="Donetsk", latitude=48.0, longitude=37.8, geo_precision=3)
    rows = [
        row("town", STRIKE, 0),
        row("province", province, 1),
        row("next_week", dataclasses.replace(province, event_date=DAY + timedelta(days=7)), 2),
        row(
            "other_province",
            dataclasses.replace(
                province, admin1="Kharkiv", location="Kharkiv", latitude=49.99, longitude=36.23
            ),
            3,
        ),
        row(
            "by_ukraine",
            dataclasses.replace(
                province,
                actor1="Ukrainian armed forces",
                actor1_country="Ukraine",
                actor2="Russian armed forces",
                actor2_kind="state forces",
                actor2_country="Russia",
            ),
            4,
        ),
    ]
    result = merge_mentions([], rows)
    ev = result.assignments
    assert ev["town-0"] == ev["province-0"]
    assert len({ev["town-0"], ev["next_week-0"], ev["other_province-0"], ev["by_ukraine-0"]}) == 4
    event = next(e for e in result.events if e.event_id == ev["town-0"])
    assert (event.location, event.admin1) == ("Kostiantynivka", "Donetsk")  # the most precise place


def test_an_outlets_updated_toll_joins_its_event_and_supersedes_its_first_figure() -> None:
    rows = [
        row("first", m(fatalities=9), 0, outlet="wire.example"),
        row("other", m(fatalities=9), 1, outlet="daily.example"),
        row("update", m(fatalities=17, event_date=DAY + timedelta(days=1)), 26, outlet="wire.example"),
    ]
    result = merge_mentions([], rows)
    assert len(set(result.assignments.values())) == 1
    # wire's 9 is superseded by its own 17: no figure is shared by two outlets, the latest wins
    assert [(e.fatalities, e.fatalities_min, e.fatalities_max) for e in result.events] == [(17, 9, 17)]


def test_a_bridge_across_runs_merges_the_stored_events(db_path: Path) -> None:
    first = _run(db_path, [row("a", MISREAD, 0), row("c", PARENT, 1)])
    assert len(_events(db_path)) == 2
    second = _run(db_path, [row("b", BOMBING, 2)])
    survivor = first.assignments["a-0"]
    assert second.absorbed == {first.assignments["c-0"]: survivor}
    assert [e[0] for e in _events(db_path)] == [survivor]
    con = duckdb.connect(str(db_path), read_only=True)
    stored = dict(con.execute("SELECT mention_id, event_id FROM event_mentions").fetchall())
    con.close()
    assert stored == {"a-0": survivor, "b-0": survivor, "c-0": survivor}
    # the absorbed id still resolves: events_merged says where it went
    con = duckdb.connect(str(db_path), read_only=True)
    trail = con.execute("SELECT absorbed_event_id, into_event_id, reason FROM events_merged").fetchall()
    con.close()
    assert trail == [(first.assignments["c-0"], survivor, "merged")]
    # running the second half again changes nothing
    again = _run(db_path, [row("b", BOMBING, 2)])
    assert not again.absorbed and [e[0] for e in _events(db_path)] == [survivor]


def test_a_bridge_to_a_stored_event_names_it_by_its_first_report() -> None:
    stored_id = merge_mentions([], [row("c", PARENT, 5)]).assignments["c-0"]
    stored = [ExistingEvent(stored_id, (row("c", PARENT, 5),))]
    # the misread report was published earlier but fetched later: it is the event's first now
    result = merge_mentions(stored, [row("a", MISREAD, 0), row("b", BOMBING, 6)])
    survivor = new_event_id(row("a", MISREAD, 0))
    assert result.assignments == {"a-0": survivor, "b-0": survivor, "c-0": survivor}
    assert result.absorbed == {stored_id: survivor}  # the stored id resolves to it
    assert [(e.event_id, e.n_mentions) for e in result.events] == [(survivor, 3)]
    one_run = merge_mentions([], [row("a", MISREAD, 0), row("b", BOMBING, 6), row("c", PARENT, 5)])
    assert set(one_run.assignments.values()) == {survivor}


def test_mention_ids_sort_in_the_coders_order_within_an_article() -> None:
    from extractors.merge import mention_id_for

    ids = [mention_id_for("art1", position) for position in (0, 1, 2, 10, 11)]
    assert sorted(ids) == ids
    assert len(set(ids)) == len(ids)
    assert mention_id_for("art1", 0) != mention_id_for("art2", 0)


# ----------------------------------------------------------------------------- vouched reports


def test_thursday_night_and_friday_are_one_event() -> None:
    thursday = m(event_date=DAY)
    friday = m(event_date=DAY + timedelta(days=1), location="Kostiantynivka", fatalities=11)
    result = merge_mentions([], [*mention_rows("a", "x.example", T0, [thursday]),
                                 *mention_rows("b", "y.example", T0 + timedelta(hours=20), [friday])])  # fmt: skip
    assert len(result.events) == 1


def test_a_district_and_its_town_are_one_event() -> None:
    town = m(location="Nairobi", admin1="Nairobi Area", country="Kenya", latitude=-1.286, longitude=36.817,
             geo_precision=1, event_type="Protests", sub_event_type="Protest with intervention")  # fmt: skip
    district = dataclasses.replace(
        town, location="Starehe", latitude=-1.275, longitude=36.835, geo_precision=2
    )
    assert places_compatible(town, district)
    result = merge_mentions([], [*mention_rows("a", "x.example", T0, [town]),
                                 *mention_rows("b", "y.example", T0, [district])])  # fmt: skip
    assert len(result.events) == 1


def test_a_report_vouched_for_by_story_evidence_joins_despite_a_misread_day_and_place() -> None:
    """The coder read another day (two days off) and a village 30 km away in one report; the two
    articles' story evidence is strong, so their lead events merge. Without it they stay apart,
    and so does the retaliation two days later, vouched for or not (a swap one story vouches
    for parts nothing only a night apart: `merge.backwards_in_one_story`)."""
    first = mention_rows("a", "x.example", T0, [m()])
    misread = mention_rows("b", "y.example", T0 + timedelta(hours=3),
                           [m(event_date=DAY - timedelta(days=2), location="Druzhkivka", latitude=48.63, longitude=37.53)])  # fmt: skip
    vouched = frozenset({frozenset({first[0].mention_id, misread[0].mention_id})})
    assert len(merge_mentions([], [*first, *misread]).events) == 2
    assert len(merge_mentions([], [*first, *misread], vouched).events) == 1
    on_troops = mention_rows("d", "w.example", T0, [m(actor2="Military Forces of Ukraine", actor2_kind="state forces",
                                                      actor2_country="Ukraine")])  # fmt: skip
    retaliation = mention_rows("c", "z.example", T0 + timedelta(hours=5),
                               [m(actor1="Military Forces of Ukraine", actor1_country="Ukraine",
                                  actor2="Russian armed forces", actor2_kind="state forces", actor2_country="Russia",
                                  event_date=DAY + timedelta(days=2))])  # fmt: skip
    with_strike = frozenset({frozenset({on_troops[0].mention_id, retaliation[0].mention_id})})
    assert len(merge_mentions([], [*on_troops, *retaliation]).events) == 2
    assert len(merge_mentions([], [*on_troops, *retaliation], with_strike).events) == 2


# One strike between two states' forces, and one outlet that names the sides the wrong way round.
PAK_ON_AFGHAN = m(
    event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", country="Afghanistan",
    admin1="Kandahar", location="Spin Boldak", latitude=31.01, longitude=66.40, fatalities=7,
    actor1="Military Forces of Pakistan", actor1_kind="state forces", actor1_country="Pakistan",
    actor2="Military Forces of Afghanistan", actor2_kind="state forces", actor2_country="Afghanistan",
)  # fmt: skip
BACKWARDS = dict(
    actor1="Military Forces of Afghanistan", actor1_country="Afghanistan",
    actor2="Military Forces of Pakistan", actor2_country="Pakistan",
)  # fmt: skip


def test_a_report_with_the_sides_backwards_at_the_same_spot_and_day_is_the_same_strike() -> None:
    backwards = dataclasses.replace(
        PAK_ON_AFGHAN, **BACKWARDS, sub_event_type="Shelling/artillery/missile attack"
    )
    assert mentions_compatible(PAK_ON_AFGHAN, backwards)
    nearby = dataclasses.replace(
        backwards, location="Spin Boldak outskirts", latitude=31.04, longitude=66.42
    )  # ~4 km
    assert mentions_compatible(PAK_ON_AFGHAN, nearby)
    rows = [row("a", PAK_ON_AFGHAN, 0), row("b", backwards, 2), row("c", PAK_ON_AFGHAN, 5)]
    assert len(set(merge_mentions([], rows).assignments.values())) == 1


def test_two_reports_naming_one_place_only_by_its_province_name_share_the_spot() -> None:
    """ "In Khost" (the town, or only the province of that name) in both reports, the same day."""
    khost = dataclasses.replace(
        PAK_ON_AFGHAN, admin1="Khost", location="Khost", latitude=33.34, longitude=69.92
    )
    backwards = dataclasses.replace(khost, **BACKWARDS)
    assert mentions_compatible(khost, backwards)
    assert mentions_compatible(
        khost, dataclasses.replace(backwards, geo_precision=3, latitude=None, longitude=None)
    )
    assert not mentions_compatible(khost, dataclasses.replace(backwards, event_date=DAY + timedelta(days=1)))
    paktia = dataclasses.replace(backwards, admin1="Paktia", location="Paktia", geo_precision=3)
    assert not mentions_compatible(dataclasses.replace(khost, geo_precision=3), paktia)


def test_the_retaliation_the_next_day_or_on_other_ground_stays_apart() -> None:
    next_day = dataclasses.replace(PAK_ON_AFGHAN, **BACKWARDS, event_date=DAY + timedelta(days=1))
    assert not mentions_compatible(PAK_ON_AFGHAN, next_day)
    # the same day 20 km away (within a district's NEAR_KM): other ground, the other side's strike
    other_ground = dataclasses.replace(PAK_ON_AFGHAN, **BACKWARDS, location="Takhta Pul", latitude=31.18, longitude=66.35,
                                       geo_precision=2)  # fmt: skip
    assert places_compatible(PAK_ON_AFGHAN, other_ground)
    assert not mentions_compatible(PAK_ON_AFGHAN, other_ground)
    province_only = dataclasses.replace(PAK_ON_AFGHAN, **BACKWARDS, location="Kandahar", geo_precision=3)
    assert not mentions_compatible(PAK_ON_AFGHAN, province_only)  # no spot to share
    rows = [row("a", PAK_ON_AFGHAN, 0), row("b", PAK_ON_AFGHAN, 2), row("c", next_day, 26)]
    ev = merge_mentions([], rows).assignments
    assert ev["a-0"] == ev["b-0"] != ev["c-0"]


def test_in_a_battle_the_order_of_the_sides_is_no_evidence() -> None:
    clash = dataclasses.replace(PAK_ON_AFGHAN, event_type="Battles", sub_event_type="Armed clash",
                                location="Torkham", latitude=34.11, longitude=71.09)  # fmt: skip
    other_order = dataclasses.replace(clash, **BACKWARDS, event_date=DAY + timedelta(days=1))
    assert mentions_compatible(clash, other_order)  # "A clashed with B" / "B fought A overnight"
    strike_next_day = dataclasses.replace(PAK_ON_AFGHAN, **BACKWARDS, event_date=DAY + timedelta(days=1))
    assert not mentions_compatible(PAK_ON_AFGHAN, strike_next_day)
