"""Issue 14, order-free: the same reports give the same copies, stories and events, under the same
ids, in one run or many, in any order; every id a run issued still resolves.

Generated cases (`story_cases.make_cases`: happenings with reports in several languages and their
look-alikes) with mentions made from each report's facts, exact copies of some reports (some
published before their original, some without story evidence) and near copies, assembled as
`flows.story_events.link_stories_and_events` plans and the loader writes them."""

from __future__ import annotations

import hashlib
import itertools
import random
from datetime import timedelta
from pathlib import Path

import duckdb
from story_cases import make_cases, towns

from extractors.dedup import NewArticle
from extractors.merge import mention_rows
from extractors.models import EventMention
from extractors.story_evidence import story_evidence
from warehouse.connection import connect
from warehouse.dedup_store import plan_dedup, plan_merge, write_dedup, write_merge
from warehouse.history import resolve_event_id
from warehouse.story_store import plan_story_links


def _unit(*parts: str) -> float:
    """A number in [0, 1) fixed by the parts (same town: same place, whatever the report)."""
    return int(hashlib.sha256("|".join(parts).encode()).hexdigest()[:8], 16) / 2**32


def _mention(report_id: str, town: str, country: str, day) -> EventMention:
    return EventMention(
        event_date=day, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        actor1="Unidentified armed group", actor2="Civilians", country=country, location=town,
        latitude=10 + 20 * _unit(country, town), longitude=10 + 20 * _unit(town, country),
        fatalities=2 + int(4 * _unit(report_id)), geo_precision=1, actor1_kind="rebel group",
    )  # fmt: skip


def _article(report_id, outlet, published, title, text, language, dated, town, country, evidence=True):
    rows = mention_rows(report_id, outlet, published, [_mention(report_id, town, country, published.date())])
    found = (
        story_evidence(report_id, title, text, language, published, rows, dated=dated) if evidence else None
    )
    return NewArticle(report_id, outlet, published, title, text, mentions=rows, evidence=found)


def _reports(n: int, seed: int) -> list[NewArticle]:
    rng = random.Random(seed)
    country_of = {t.name: t.country_code for ts in towns().values() for t in ts}
    out: list[NewArticle] = []
    for r in make_cases(n, seed):
        country = country_of.get(r.town, "")
        args = (r.title, r.text, r.language, r.dated, r.town, country)
        out.append(_article(r.report_id, f"o-{r.report_id}", r.published, *args))
        if rng.random() < 0.35:  # an exact copy by another outlet, sometimes published first
            shift = timedelta(hours=rng.choice([-3, -1, 2, 5]))
            keyless = rng.random() < 0.5
            out.append(
                _article(
                    f"{r.report_id}-c", f"c-{r.report_id}", r.published + shift, *args, evidence=not keyless
                )
            )
        if rng.random() < 0.15:  # a near copy: one sentence added
            more = (r.title, r.text + " More details were expected later in the day.", *args[2:])
            out.append(
                _article(f"{r.report_id}-n", f"n-{r.report_id}", r.published + timedelta(hours=1), *more)
            )
    return out


def _run(db: Path, articles: list[NewArticle], run_id: str) -> None:
    con = connect(db)
    try:
        rows = [r for a in articles for r in a.mentions]
        links = plan_story_links(con, articles)
        merge = plan_merge(con, rows, links)
        plan = plan_dedup(con, articles, merge, links)
        con.execute("BEGIN TRANSACTION")
        con.executemany(
            "INSERT INTO articles (article_id, url, canonical_url, outlet, title, published_at, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [[a.article_id, f"https://{a.outlet}/{a.article_id}", f"https://{a.outlet}/{a.article_id}",
              a.outlet, a.title, a.published_at, a.text] for a in articles],
        )  # fmt: skip
        con.executemany(
            "INSERT INTO event_mentions (mention_id, article_id, event_date, event_type, sub_event_type,"
            " actor1, actor2, country, location, latitude, longitude, fatalities, geo_precision, actor1_kind)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [[r.mention_id, r.article_id, m.event_date, m.event_type, m.sub_event_type, m.actor1, m.actor2,
              m.country, m.location, m.latitude, m.longitude, m.fatalities, m.geo_precision, m.actor1_kind]
             for r in rows for m in [r.mention]],
        )  # fmt: skip
        write_merge(con, merge, run_id)
        write_dedup(con, plan, run_id)
        con.execute("COMMIT")
    finally:
        con.close()


def _state(db: Path) -> dict[str, dict[str, str | None]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        articles = con.execute("SELECT article_id, story_id, duplicate_of FROM articles").fetchall()
        mentions = con.execute("SELECT mention_id, event_id FROM event_mentions").fetchall()
    finally:
        con.close()
    return {
        "story": {a: s for a, s, _ in articles},
        "copy_of": {a: d for a, _, d in articles},
        "event": dict(mentions),
    }


def _issued(db: Path) -> tuple[set[str], set[str]]:
    state = _state(db)
    return {s for s in state["story"].values() if s}, {e for e in state["event"].values() if e}


def _in_runs(db: Path, runs: list[list[NewArticle]]) -> tuple[set[str], set[str]]:
    """Run after run into `db`; every story and event id any run left in the warehouse."""
    stories: set[str] = set()
    events: set[str] = set()
    for n, run in enumerate(runs):
        _run(db, run, f"run{n}")
        s, e = _issued(db)
        stories |= s
        events |= e
    return stories, events


def _resolves(db: Path, stories: set[str], events: set[str]) -> None:
    """Every id issued names a live story or event, itself or through its merge record."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        live = {r[0] for r in con.execute("SELECT story_id FROM stories").fetchall()}
        merged = dict(con.execute("SELECT absorbed_story_id, into_story_id FROM stories_merged").fetchall())
        lost = sorted(s for s in stories if s not in live and merged.get(s) not in live)
        assert not lost, (lost, merged)
        for e in events:
            resolved = resolve_event_id(con, e)
            assert resolved is not None and resolved[1] in ("current", "merged"), e
    finally:
        con.close()


def test_copies_stories_and_events_are_the_same_in_one_run_or_many_in_any_order(tmp_path: Path) -> None:
    articles = _reports(5, seed=11)
    assert len(articles) < 60  # small: the test runs in seconds
    _run(tmp_path / "one.duckdb", articles, "one")
    one = _state(tmp_path / "one.duckdb")
    # the cases are not trivial: copies (some before their original), linked stories, merged events
    assert sum(1 for d in one["copy_of"].values() if d) >= 3
    assert any(a.endswith("-c") for a, d in one["copy_of"].items() if not d)  # a copy published first
    assert len(set(one["story"].values())) < len(articles)
    assert len(set(one["event"].values())) < len(one["event"])
    orders = {"in order, 3 runs": list(articles)}
    for seed in (1, 2):
        shuffled = list(articles)
        random.Random(seed).shuffle(shuffled)
        orders[f"shuffled {seed}, 3 runs"] = shuffled
    for name, ordered in orders.items():
        size = -(-len(ordered) // 3)
        db = tmp_path / f"{name}.duckdb"
        issued = _in_runs(db, [ordered[i : i + size] for i in range(0, len(ordered), size)])
        assert _state(db) == one, name
        _resolves(db, *issued)


def test_one_report_a_run_latest_first_gives_one_runs_copies_stories_and_events(tmp_path: Path) -> None:
    articles = _reports(3, seed=4)
    _run(tmp_path / "one.duckdb", articles, "one")
    one = _state(tmp_path / "one.duckdb")
    latest_first = sorted(articles, key=lambda a: (a.published_at, a.article_id), reverse=True)
    db = tmp_path / "many.duckdb"
    issued = _in_runs(db, [[a] for a in latest_first])
    assert _state(db) == one
    _resolves(db, *issued)


def test_a_copy_published_before_its_stored_original_becomes_the_root(tmp_path: Path) -> None:
    """The stored copy decision is taken again: the earlier report is the root, the stored one its
    copy, and a keyless copy of it follows the story of its new root."""
    r = next(r for r in make_cases(2, seed=2) if r.dated)
    country = {t.name: t.country_code for ts in towns().values() for t in ts}.get(r.town, "")
    args = (r.title, r.text, r.language, r.dated, r.town, country)
    original = _article("original", "o-outlet", r.published, *args)
    earlier = _article("early", "e-outlet", r.published - timedelta(hours=4), *args)
    keyless = _article("keyless", "k-outlet", r.published + timedelta(hours=1), *args, evidence=False)
    db = tmp_path / "w.duckdb"
    _in_runs(db, [[original, keyless], [earlier]])
    state = _state(db)
    assert state["copy_of"] == {"early": None, "original": "early", "keyless": "early"}
    assert state["story"]["keyless"] == state["story"]["early"]
    _run(tmp_path / "one.duckdb", [original, keyless, earlier], "one")
    assert _state(tmp_path / "one.duckdb") == state


def test_a_headline_linked_report_published_first_but_stored_last_founds_the_story(tmp_path: Path) -> None:
    """Two reports without story evidence, linked only by a near-identical headline (their bodies
    differ: no copy): the earlier one arrives after the later one, and the stored later one then
    follows the earlier one's story, as in one run."""
    r = next(r for r in make_cases(2, seed=3) if r.dated)
    country = {t.name: t.country_code for ts in towns().values() for t in ts}.get(r.town, "")
    body = "Residents said the strike hit a market road before noon and several shops burned down."
    later = _article(
        "later", "l-outlet", r.published + timedelta(hours=3), r.title, r.text, r.language, r.dated,
        r.town, country, evidence=False,
    )  # fmt: skip
    earlier = _article(
        "earlier", "e-outlet", r.published, r.title + " today", body, r.language, r.dated, r.town, country,
        evidence=False,
    )  # fmt: skip
    _run(tmp_path / "one.duckdb", [later, earlier], "one")
    one = _state(tmp_path / "one.duckdb")
    assert one["copy_of"] == {"later": None, "earlier": None}
    assert one["story"]["later"] == one["story"]["earlier"]  # the headline links them
    db = tmp_path / "many.duckdb"
    issued = _in_runs(db, [[later], [earlier]])
    assert _state(db) == one
    _resolves(db, *issued)


def test_a_stored_headline_follower_takes_its_choice_again_when_a_linked_report_arrives(
    tmp_path: Path,
) -> None:
    """A report without story evidence follows the story of a report its headline links to
    (`keyless_stories._follow_stories`). Stored alone, it founded its own story; a report with
    story evidence and a near-identical headline arriving in a later run (before it or after it
    in time) is what one run over both would have it follow: it follows that story now
    (`keyless_stories.refollow_headlines`), whichever run comes first."""
    r = next(r for r in make_cases(2, seed=5) if r.dated)
    country = {t.name: t.country_code for ts in towns().values() for t in ts}.get(r.town, "")
    body = "A resident said smoke rose over the market road for hours and the shops stayed shut."
    for shift in (timedelta(hours=-2), timedelta(hours=2)):
        follower = _article(
            "follower", "f-outlet", r.published, r.title + " today", body, r.language, r.dated, r.town,
            country, evidence=False,
        )  # fmt: skip
        told = _article(
            "told", "t-outlet", r.published + shift, r.title, r.text, r.language, r.dated, r.town, country
        )
        one_db = tmp_path / f"one{shift}.duckdb"
        _run(one_db, [follower, told], "one")
        one = _state(one_db)
        assert one["copy_of"] == {"follower": None, "told": None}
        assert one["story"]["follower"] == one["story"]["told"]
        for name, runs in {
            "follower first": [[follower], [told]],
            "told first": [[told], [follower]],
        }.items():
            db = tmp_path / f"{name}{shift}.duckdb"
            issued = _in_runs(db, runs)
            assert _state(db) == one, (name, shift)
            _resolves(db, *issued)


def test_an_earlier_original_without_evidence_follows_the_story_of_its_stored_copy(tmp_path: Path) -> None:
    """A report without story evidence published first, fetched after a copy of it (with
    evidence, under another headline) was stored: the stored copy now copies it
    (`copy_store.plan_copies`) and, as in one run, links it to the copy's story."""
    r = next(r for r in make_cases(2, seed=6) if r.dated)
    country = {t.name: t.country_code for ts in towns().values() for t in ts}.get(r.town, "")
    copy = _article("copy", "c-outlet", r.published, r.title, r.text, r.language, r.dated, r.town, country)
    original = _article(
        "original", "o-outlet", r.published - timedelta(hours=2), "Read the full report from our desk",
        r.text, r.language, r.dated, r.town, country, evidence=False,
    )  # fmt: skip
    _run(tmp_path / "one.duckdb", [copy, original], "one")
    one = _state(tmp_path / "one.duckdb")
    assert one["copy_of"] == {"original": None, "copy": "original"}
    assert one["story"]["original"] == one["story"]["copy"]
    db = tmp_path / "many.duckdb"
    issued = _in_runs(db, [[copy], [original]])
    assert _state(db) == one
    _resolves(db, *issued)


def test_a_stored_original_without_evidence_chooses_among_all_its_copies_as_one_run_does(
    tmp_path: Path,
) -> None:
    """A report without story evidence published first, whose copies (the same body, with
    evidence, under headlines of two happenings in two towns) are in two stories: in one run it
    follows the first of the reports linked to it, copies and headlines alike, by id. Stored
    before some of them arrive, it takes its choice again over all of them, the stored copies
    included, and not only over its copies (`headline_followers.refollow_headlines`), so every
    arrival order stores what one run does."""
    first, nearby = (
        next(r for r in make_cases(4, seed=seed) if r.dated and r.language == "en") for seed in (7, 8)
    )
    country = {t.name: t.country_code for ts in towns().values() for t in ts}
    body = (
        "Witnesses said the blast shook the neighbourhood shortly before dawn and several houses"
        " collapsed. Rescue teams searched the rubble for hours while relatives waited nearby."
    )
    day = first.published

    def report(report_id: str, hours: int, r, text: str = body, evidence: bool = True) -> NewArticle:
        return _article(
            report_id, f"{report_id}-outlet", day + timedelta(hours=hours), r.title, text, "en", True,
            r.town, country.get(r.town, ""), evidence=evidence,
        )  # fmt: skip

    original = report("original", -3, first, evidence=False)
    copy_a = report("copy-a", 1, nearby)  # the other happening, linked to the original only as its copy
    copy_b = report("copy-b", 0, first)  # a copy under the original's headline
    told = report("a-told", 2, first, text=first.text)  # the original's headline only, first by id
    for reports, follows in (([original, copy_a, copy_b], "copy-a"), ([original, copy_a, told], "a-told")):
        one_db = tmp_path / f"one-{follows}.duckdb"
        _run(one_db, reports, "one")
        one = _state(one_db)
        assert one["copy_of"]["copy-a"] == "original" and one["copy_of"]["original"] is None
        assert one["story"]["copy-a"] != one["story"][reports[2].article_id]  # two happenings
        assert one["story"]["original"] == one["story"][follows]  # the first linked by id
        for n, order in enumerate(itertools.permutations(reports)):
            for runs in ([[r] for r in order], [list(order[:2]), [order[2]]], [[order[0]], list(order[1:])]):
                db = tmp_path / f"many-{follows}-{n}-{len(runs[0])}{len(runs)}.duckdb"
                issued = _in_runs(db, runs)
                assert _state(db) == one, [[a.article_id for a in run] for run in runs]
                _resolves(db, *issued)
