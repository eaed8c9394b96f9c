"""Stories: copies, reports of the same lead event (other words, other languages), titles."""

from __future__ import annotations

import dataclasses
import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb
from story_cases import make_cases

from extractors.dedup import NewArticle
from extractors.merge import MentionRow, mention_rows
from extractors.models import EventMention
from extractors.stories import new_story_id, titles_similar
from extractors.story_evidence import lead_mention, story_evidence
from warehouse.connection import connect
from warehouse.dedup_store import plan_dedup, write_dedup
from warehouse.merge_store import plan_merge, write_merge
from warehouse.story_store import StoryLinks, plan_story_links, story_ids

REPORTS = json.loads((Path(__file__).parent / "fixtures" / "dedup" / "reports.json").read_text())
T0 = datetime(2026, 3, 3, 9, 0)
DAY = date(2026, 3, 3)
STRIKE = EventMention(
    event_date=DAY, event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
    actor1="Russian armed forces", actor2="Civilians", country="Ukraine", admin1="Donetsk", location="Mariupol",
    latitude=47.10, longitude=37.55, fatalities=9, geo_precision=1, actor1_kind="state forces", actor1_country="Russia",
)  # fmt: skip


def test_lead_mention_skips_background_events() -> None:
    background = dataclasses.replace(STRIKE, event_date=date(2024, 5, 1))
    rows = mention_rows("a", "x", T0, [background, STRIKE])
    assert lead_mention(rows) == rows[1]
    assert lead_mention(mention_rows("a", "x", T0, [background])).mention == background
    assert lead_mention(()) is None


def test_a_group_is_named_by_its_first_report_and_the_stored_ids_are_absorbed() -> None:
    order = {"old2": (T0 - timedelta(days=1), "old2"), "old1": (T0, "old1"), "n3": (T0, "n3"),
             "n1": (T0 + timedelta(hours=1), "n1"), "n2": (T0 + timedelta(hours=2), "n2")}  # fmt: skip
    links = StoryLinks(
        group_of={"old2": "old2", "old1": "old2", "n1": "old2", "n2": "old2", "n3": "n3"},
        stored_story={"old1": "st-old", "old2": "st-older"},
        order=order,
    )
    ids = story_ids(links)
    assert {ids.story_of[a] for a in ("old1", "old2", "n1", "n2")} == {new_story_id("old2")}
    assert ids.absorbed == {"st-old": new_story_id("old2"), "st-older": new_story_id("old2")}
    assert ids.story_of["n3"] == new_story_id("n3")


def test_a_new_story_is_named_after_its_first_report_and_a_split_story_goes_to_its_first() -> None:
    new = StoryLinks(group_of={"late": "early", "early": "early"},
                     order={"early": (T0, "early"), "late": (T0 + timedelta(hours=5), "late")})  # fmt: skip
    assert story_ids(new).story_of == {"late": new_story_id("early"), "early": new_story_id("early")}
    split = StoryLinks(
        group_of={"a": "a", "b": "b"},
        stored_story={"a": "st-one", "b": "st-one"},
        order={"a": (T0, "a"), "b": (T0 + timedelta(hours=1), "b")},
    )
    ids = story_ids(split)
    assert ids.story_of == {"a": new_story_id("a"), "b": new_story_id("b")}
    assert ids.absorbed == {"st-one": new_story_id("a")}  # one report each: the first story's
    canonical = StoryLinks(group_of=split.group_of, order=split.order,
                           stored_story={"a": new_story_id("a"), "b": new_story_id("a")})  # fmt: skip
    assert story_ids(canonical).absorbed == {}  # the stored id is a group's name: kept


def test_titles_similar_on_word_sets() -> None:
    assert titles_similar(
        "Shelling of Mariupol market kills nine", "Mariupol market shelling kills nine people", 0.7
    )
    assert not titles_similar(
        "Shelling of Mariupol market kills nine", "Shelling of Mariupol market kills 14", 0.7
    )
    assert not titles_similar("Shelling of Mariupol market kills nine", "Wheat harvest to hit record", 0.7)


# ----------------------------------------------------------------------------- warehouse


def _article(
    aid: str, text: str, hours: int, title: str, mentions: list[EventMention], outlet: str,
    language: str = "en", published: datetime | None = None, dated: bool = True,
) -> NewArticle:  # fmt: skip
    published = published or T0 + timedelta(hours=hours)
    rows = mention_rows(aid, outlet, published, mentions)
    evidence = story_evidence(aid, title, text, language, published, rows, dated=dated)
    return NewArticle(aid, outlet, published, title, text, mentions=rows, evidence=evidence)


def _run(db: Path, articles: list[NewArticle], run_id: str = "run"):
    """One run as `flows.story_events.link_stories_and_events` plans and the loader writes it."""
    con = connect(db)
    try:
        rows: list[MentionRow] = [r for a in articles for r in a.mentions]
        links = plan_story_links(con, articles)
        merge = plan_merge(con, rows, links)
        plan = plan_dedup(con, articles, merge, links)
        con.execute("BEGIN TRANSACTION")
        for a in articles:
            con.execute(
                "INSERT OR IGNORE INTO articles (article_id, url, canonical_url, outlet, title, published_at, text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    a.article_id,
                    f"https://{a.outlet}/{a.article_id}",
                    f"https://{a.outlet}/{a.article_id}",
                    a.outlet,
                    a.title,
                    a.published_at,
                    a.text,
                ],
            )
        for r in rows:
            x = r.mention
            con.execute(
                "INSERT OR REPLACE INTO event_mentions (mention_id, article_id, event_date, event_type,"
                " sub_event_type, actor1, actor2, actor2_kind, actor2_country, country, admin1, location, latitude,"
                " longitude, fatalities, geo_precision, actor1_kind, actor1_country)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    r.mention_id,
                    r.article_id,
                    x.event_date,
                    x.event_type,
                    x.sub_event_type,
                    x.actor1,
                    x.actor2,
                    x.actor2_kind,
                    x.actor2_country,
                    x.country,
                    x.admin1,
                    x.location,
                    x.latitude,
                    x.longitude,
                    x.fatalities,
                    x.geo_precision,
                    x.actor1_kind,
                    x.actor1_country,
                ],
            )
        write_merge(con, merge, run_id)
        write_dedup(con, plan, run_id)
        con.execute("COMMIT")
        return plan
    finally:
        con.close()


def _stories(db: Path) -> dict[str, str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return dict(con.execute("SELECT article_id, story_id FROM articles").fetchall())
    finally:
        con.close()


GERMAN = (
    "Beim Beschuss eines belebten Marktes in der Hafenstadt Mariupol sind am Dienstagmorgen mindestens neun "
    "Menschen getötet worden, teilten die regionalen Behörden mit. Mehr als zwanzig Menschen wurden verletzt. "
    "Die Händler bauten gerade ihre Stände auf, als die ersten Granaten einschlugen; eine zweite Salve traf "
    "ein nahe gelegenes Busdepot. Der Gouverneur sprach von einem gezielten Angriff auf Zivilisten."
)


def test_translation_and_rewrite_join_the_story_through_their_event(db_path: Path) -> None:
    other_day = dataclasses.replace(STRIKE, event_date=DAY + timedelta(days=3), fatalities=2)
    other_town = dataclasses.replace(
        STRIKE, location="Berdiansk", latitude=46.76, longitude=36.79, fatalities=3
    )
    _run(db_path, [
        _article("wire", REPORTS["wire"], 0, "Shelling of Mariupol market kills nine", [STRIKE], "wire.example"),
        _article("town", REPORTS["other_town"], 1, "Shells hit Berdiansk apartment block", [other_town], "b.example"),
    ])  # fmt: skip
    plan = _run(db_path, [
        _article("de", GERMAN, 3, "Neun Tote bei Angriff auf Markt", [STRIKE], "zeitung.example"),
        _article("rewrite", REPORTS["rewrite"], 4, "Market attack in port city", [STRIKE], "c.example"),
        _article("reprint", REPORTS["reprint"], 2, "Nine dead as shells hit market", [], "d.example"),
        _article("later", REPORTS["other_day"], 80, "Missile strike on Mariupol warehouse", [other_day], "wire.example"),
        _article("farm", REPORTS["unrelated"], 5, "Record wheat harvest expected", [], "e.example"),
    ])  # fmt: skip
    stories = _stories(db_path)
    main = stories["wire"]
    assert stories["de"] == stories["rewrite"] == stories["reprint"] == main
    assert len({main, stories["town"], stories["later"], stories["farm"]}) == 4
    assert plan.duplicate_of("reprint") == "wire" and plan.duplicate_of("de") is None
    con = duckdb.connect(str(db_path), read_only=True)
    row = con.execute(
        "SELECT title, first_article_id, latest_article_id, size FROM stories WHERE story_id = ?", [main]
    ).fetchone()
    assert row == ("Shelling of Mariupol market kills nine", "wire", "rewrite", 4)
    assert con.execute("SELECT count(*) FROM stories").fetchone()[0] == 4


def test_similar_titles_link_stories_without_events(db_path: Path) -> None:
    _run(
        db_path,
        [
            _article(
                "a",
                REPORTS["other_town"],
                0,
                "Artillery fire kills three in Berdiansk apartment block",
                [],
                "x.example",
            )
        ],
    )
    _run(db_path, [
        _article("b", REPORTS["rewrite"], 5, "Artillery fire kills three in Berdiansk apartment block, officials say", [], "y.example"),
        _article("c", REPORTS["unrelated"], 6, "Record wheat harvest expected in southern plains", [], "z.example"),
        _article("d", REPORTS["other_day"], 200, "Artillery fire kills three in Berdiansk apartment block", [], "w.example"),
    ])  # fmt: skip
    stories = _stories(db_path)
    assert stories["a"] == stories["b"]
    assert stories["c"] != stories["a"]
    assert stories["d"] != stories["a"]  # same headline a week later: another happening


def test_a_bridging_report_merges_two_stories(db_path: Path) -> None:
    _run(db_path, [
        _article("wire", REPORTS["wire"], 0, "Shelling of Mariupol market kills nine", [], "wire.example"),
        _article("de", GERMAN, 1, "Neun Tote bei Angriff auf Markt", [STRIKE], "zeitung.example"),
    ])  # fmt: skip
    before = _stories(db_path)
    assert before["wire"] != before["de"]
    _run(
        db_path,
        [_article("update", REPORTS["update"], 20, "Mariupol toll rises to 14", [STRIKE], "post.example")],
    )
    after = _stories(db_path)
    assert after["wire"] == after["de"] == after["update"]
    con = duckdb.connect(str(db_path), read_only=True)
    assert con.execute("SELECT story_id, size FROM stories").fetchall() == [(after["wire"], 3)]


def test_a_report_that_bridges_two_events_joins_their_stories(db_path: Path) -> None:
    bombing = dataclasses.replace(
        STRIKE, event_type="Explosions/Remote violence", sub_event_type="Suicide bomb", actor1="Islamic State Khorasan",
        actor1_kind="rebel group", actor1_country="Afghanistan", actor2_kind="civilians", country="Afghanistan",
        admin1="Kabul", location="Kabul", latitude=34.53, longitude=69.17, fatalities=60,
    )  # fmt: skip
    # two coders disagree on both sides (troops taken for the attacker; the parent group named)
    misread = dataclasses.replace(
        bombing, actor1="US military", actor1_kind="state forces", actor1_country=""
    )
    parent = dataclasses.replace(bombing, actor1="Islamic State", actor1_country="", actor2="US military",
                                 actor2_kind="state forces")  # fmt: skip
    _run(db_path, [
        _article("m", "Troops at the gate opened fire after the blast, witnesses said.", 0,
                 "Chaos at the airport gate", [misread], "m.example"),
        _article("p", "The group claimed the attack on the soldiers guarding the evacuation.", 1,
                 "Militants claim airport attack", [parent], "p.example"),
    ])  # fmt: skip
    before = _stories(db_path)
    assert before["m"] != before["p"]
    _run(db_path, [_article("b", "A suicide bomber struck the crowd outside the airport.", 2,
                            "Bomber kills dozens in Kabul", [bombing], "b.example")])  # fmt: skip
    after = _stories(db_path)
    assert after["m"] == after["p"] == after["b"]
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 1
        assert (
            con.execute("SELECT count(DISTINCT lead_event_id) FROM article_fingerprints").fetchone()[0] == 1
        )
        assert con.execute("SELECT story_id, size FROM stories").fetchall() == [(after["m"], 3)]
    finally:
        con.close()


# ----------------------------------------------------------------------------- order, merges


def _generated(n: int, seed: int) -> list[NewArticle]:
    out = []
    for r in make_cases(n, seed):
        out.append(
            _article(
                r.report_id, r.text, 0, r.title, [], f"o-{r.report_id}", r.language, r.published, r.dated
            )
        )
    return out


def _partition(db: Path, column: str = "story_id") -> set[frozenset[str]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(f"SELECT article_id, {column} FROM articles").fetchall()
    finally:
        con.close()
    groups: dict[str, set[str]] = {}
    for aid, story in rows:
        groups.setdefault(story, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


def test_stories_are_the_same_in_one_run_or_many_in_any_order(tmp_path: Path) -> None:
    articles = _generated(20, seed=3)
    assert any(a.evidence is not None and a.evidence.undated for a in articles)  # undated pages too
    _run(tmp_path / "one.duckdb", articles)
    one = _partition(tmp_path / "one.duckdb")
    assert len(one) < len(articles)  # some reports were linked
    for seed in (1, 2):
        shuffled = list(articles)
        random.Random(seed).shuffle(shuffled)
        db = tmp_path / f"many{seed}.duckdb"
        for n, start in enumerate(range(0, len(shuffled), 9)):
            _run(db, shuffled[start : start + 9], f"run{n}")
        assert _partition(db) == one


def test_a_story_absorbed_by_a_bridge_still_resolves(db_path: Path) -> None:
    """Two reports that share too little are two stories until a third shares enough with each:
    the later story is absorbed, recorded in `stories_merged`, and a chain stays one lookup."""
    day = datetime(2025, 4, 28, 18, 0)
    first = "Gunmen attacked a village near Djibo in northern Burkina Faso on Monday, residents said. Hassan Warsame, a local elder, said the attackers came on motorbikes."
    second = (
        "Au moins 14 villageois ont été tués lundi près de Djibo, au Burkina Faso, selon des sources locales."
    )
    bridge = "At least 14 villagers were killed near Djibo, Burkina Faso, on Monday, Hassan Warsame, a local elder, told reporters."
    _run(db_path, [_article("a", first, 0, "Attack on Djibo", [], "a.example", "en", day)], "r1")
    _run(
        db_path,
        [
            _article(
                "b", second, 0, "Burkina : attaque à Djibo", [], "b.example", "fr", day + timedelta(hours=2)
            )
        ],
        "r2",
    )
    before = _stories(db_path)
    assert before["a"] != before["b"]
    _run(
        db_path,
        [
            _article(
                "c", bridge, 0, "Villagers killed in Djibo", [], "c.example", "en", day + timedelta(hours=4)
            )
        ],
        "r3",
    )
    after = _stories(db_path)
    assert after["a"] == after["b"] == after["c"] == before["a"]  # named by its first report
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        assert con.execute(
            "SELECT absorbed_story_id, into_story_id, reason, run_id FROM stories_merged"
        ).fetchall() == [(before["b"], before["a"], "merged", "r3")]
        resolved = con.execute(
            "SELECT coalesce(m.into_story_id, s.story_id) FROM (SELECT ? AS story_id) s"
            " LEFT JOIN stories_merged m ON m.absorbed_story_id = s.story_id",
            [before["b"]],
        ).fetchone()[0]
        assert con.execute("SELECT count(*) FROM stories WHERE story_id = ?", [resolved]).fetchone()[0] == 1
    finally:
        con.close()


def test_evidence_is_stored_once_and_a_rerun_adds_nothing(db_path: Path) -> None:
    articles = _generated(4, seed=5)
    _run(db_path, articles)
    con = duckdb.connect(str(db_path), read_only=True)
    counts = [
        con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("story_evidence", "story_keys")
    ]
    con.close()
    _run(db_path, articles)
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        again = [
            con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("story_evidence", "story_keys")
        ]
        assert again == counts and counts[0] == len(articles)
    finally:
        con.close()
