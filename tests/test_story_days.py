"""Undated reports dated by their story, in one run and over two runs in either order
(`flows.story_days`), and where every date came from (`date_source`, migration 0060)."""

from __future__ import annotations

import html
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from extractors.models import FeedEntry, RawPage
from extractors.page_meta import url_date
from extractors.process import process_page
from extractors.urls import url_key

FEED = "https://wire.example/feed.xml"
# a feed that gives every item whose page carries no date one default date
FEED_DEFAULT = datetime(2020, 1, 1, 9, 30, tzinfo=UTC)

DATED = {
    "url": "https://harbour-post.example/world/drone-strike-market",
    "outlet": "Harbour Post",
    "published": "2025-03-14T07:10:00+00:00",  # a Friday
    "title": "Drone strike on Kherson market kills seven civilians",
    "paragraphs": [
        "A Russian drone strike on a crowded market in Kherson killed seven civilians and wounded 15 others"
        " on Thursday, the head of the regional military administration said.",
        "The drone hit the central market in the morning while residents were queuing to buy bread and"
        " vegetables, he said, and several stalls caught fire.",
        "Emergency crews worked through the afternoon to put out the fires and search the wreckage of the"
        " stalls for anyone still trapped.",
        "The city on the Dnipro river has been shelled almost daily since Ukrainian forces retook it,"
        " and many of its residents have left for safer regions.",
    ],
}
UNDATED = {
    "url": "https://river-courier.example/news/kherson-market",
    "outlet": "River Courier",
    "published": None,
    "title": "Seven killed as drone hits Kherson market",
    "paragraphs": [
        "Seven civilians were killed and 15 wounded on Thursday when a Russian drone struck the busy central"
        " market in Kherson, the regional military administration said.",
        "The strike came in the morning as people queued for bread and vegetables, and fire spread to"
        " several of the stalls, officials said.",
        "Firefighters spent the afternoon putting out the flames while rescuers searched the wreckage of"
        " the stalls for survivors.",
        "Kherson, on the Dnipro river, is shelled almost every day, and many of its people have moved to"
        " safer parts of the country.",
    ],
}

# the same shape in French: "jeudi matin" read from the story's Friday
DATED_FR = {
    "url": "https://courrier-du-fleuve.example/monde/frappe-marche-kherson",
    "outlet": "Courrier du Fleuve",
    "published": "2025-03-14T07:10:00+00:00",
    "title": "Une frappe de drone sur un marché de Kherson tue sept civils",
    "paragraphs": [
        "Une frappe de drone russe sur le marché central de Kherson a tué sept civils et en a blessé quinze"
        " autres jeudi matin, a annoncé le chef de l'administration militaire régionale.",
        "Le drone a frappé le marché alors que les habitants faisaient la queue pour acheter du pain et des"
        " légumes, et plusieurs étals ont pris feu, a-t-il précisé.",
        "Les secours ont travaillé tout l'après-midi pour éteindre les incendies et fouiller les décombres"
        " des étals à la recherche de personnes encore coincées.",
        "La ville, sur le Dniepr, est bombardée presque chaque jour depuis que les forces ukrainiennes l'ont"
        " reprise, et beaucoup de ses habitants sont partis vers des régions plus sûres.",
    ],
}
UNDATED_FR = {
    "url": "https://la-gazette-du-sud.example/actualite/kherson-marche",
    "outlet": "La Gazette du Sud",
    "published": None,
    "title": "Sept morts dans une frappe de drone sur le marché de Kherson",
    "paragraphs": [
        "Sept civils ont été tués et quinze blessés jeudi matin lorsqu'un drone russe a frappé le marché"
        " central de Kherson, selon l'administration militaire régionale.",
        "La frappe a eu lieu alors que les gens attendaient pour acheter du pain et des légumes, et le feu"
        " s'est propagé à plusieurs étals, selon les autorités.",
        "Les pompiers ont passé l'après-midi à éteindre les flammes pendant que les secouristes fouillaient"
        " les décombres des étals à la recherche de survivants.",
        "Kherson, sur le Dniepr, est bombardée presque tous les jours, et beaucoup de ses habitants sont"
        " partis vers des régions plus sûres du pays.",
    ],
}
PAIRS = {"en": (DATED, UNDATED), "fr": (DATED_FR, UNDATED_FR)}


def _page(report: dict) -> tuple[RawPage, FeedEntry]:
    meta = (
        f'<meta property="article:published_time" content="{report["published"]}">'
        if report["published"]
        else ""
    )
    body = "".join(f"<p>{html.escape(p)}</p>" for p in report["paragraphs"])
    doc = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(report["title"])}</title>'
        f'<meta property="og:title" content="{html.escape(report["title"])}">{meta}'
        f'<meta property="og:site_name" content="{report["outlet"]}"></head><body><main><article>'
        f"<h1>{html.escape(report['title'])}</h1>{body}</article></main></body></html>"
    )
    fetched = datetime(2026, 1, 5, 12, tzinfo=UTC)
    page = RawPage(report["url"], report["url"], 200, doc.encode(), {"content-type": "text/html"}, fetched)
    published = datetime.fromisoformat(report["published"]) if report["published"] else FEED_DEFAULT
    entry = FeedEntry(FEED, report["url"], report["title"], published_at=published, outlet=report["outlet"])
    return page, entry


def _run(db: Path, reports: list[dict]) -> None:
    """One ingest run's assemble and load over the reports' pages (as the flow does, no fetch)."""
    from flows.runs import RunSummary, new_run_id
    from flows.stages import PageJob, assemble_results
    from warehouse.connection import connect
    from warehouse.load import RunBatch, load_run

    pages = [_page(r) for r in reports]
    processed = [process_page(page, entry) for page, entry in pages]
    jobs = [PageJob(url_key(entry.link), entry) for _, entry in pages]
    con = connect(db)
    try:
        summary = RunSummary(run_id=new_run_id(), started_at=datetime.now(UTC))
        batch = RunBatch()
        assemble_results(con, processed, jobs, summary, batch)
        load_run(con, batch)
    finally:
        con.close()


def _state(db: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        mentions = con.execute(
            "SELECT a.url, m.mention_id, m.event_date, m.event_type, m.date_source, m.event_id, a.story_published_at,"
            " a.date_source FROM event_mentions m JOIN articles a USING (article_id) ORDER BY m.mention_id"
        ).fetchall()
        events = con.execute(
            "SELECT event_id, event_date, event_type, n_articles, first_reported_at FROM events ORDER BY event_id"
        ).fetchall()
    finally:
        con.close()
    return {"mentions": mentions, "events": events}


def _of(state: dict, url: str) -> list[tuple]:
    return [m for m in state["mentions"] if m[0] == url]


def test_an_undated_report_alone_keeps_its_feeds_date_marked_feed(tmp_path: Path) -> None:
    _run(tmp_path / "w.duckdb", [UNDATED])
    rows = _of(_state(tmp_path / "w.duckdb"), UNDATED["url"])
    assert rows and rows[0][4] == "feed" and rows[0][7] == "feed" and rows[0][6] is None
    assert abs((rows[0][2] - FEED_DEFAULT.date()).days) <= 7  # "on Thursday" read from the feed's day


def test_a_dated_report_says_its_date_came_from_the_page(tmp_path: Path) -> None:
    _run(tmp_path / "w.duckdb", [DATED])
    rows = _of(_state(tmp_path / "w.duckdb"), DATED["url"])
    assert rows and rows[0][4] == "published" and rows[0][7] == "published"
    assert rows[0][2] == date(2025, 3, 13)


ORDERS = {"one run": [[0, 1]], "dated first": [[0], [1]], "undated first": [[1], [0]]}


@pytest.mark.parametrize("language", sorted(PAIRS))
@pytest.mark.parametrize("order", list(ORDERS))
def test_an_undated_copy_of_a_dated_wire_story_takes_the_storys_date(
    tmp_path: Path, order: str, language: str
) -> None:
    pair = PAIRS[language]
    db = tmp_path / "w.duckdb"
    for reports in ORDERS[order]:
        _run(db, [pair[i] for i in reports])
    state = _state(db)
    undated, dated = _of(state, pair[1]["url"]), _of(state, pair[0]["url"])
    assert undated and dated
    # "on Thursday" read from the story's first dated publication (Friday 14 March 2025)
    assert undated[0][2] == date(2025, 3, 13) and undated[0][4] == "story"
    assert undated[0][6] == datetime(2025, 3, 14, 7, 10)
    assert undated[0][5] == dated[0][5]  # one event
    event = [e for e in state["events"] if e[0] == dated[0][5]][0]
    # two reports; the first is the dated one (the undated copy takes its story's time, not its feed's)
    assert event[3] == 2 and event[4] == datetime(2025, 3, 14, 7, 10)
    assert all(
        abs((e[1] - FEED_DEFAULT.date()).days) > 7 for e in state["events"]
    )  # none left near the feed's day


@pytest.mark.parametrize("language", sorted(PAIRS))
def test_two_runs_in_either_order_end_as_one_run(tmp_path: Path, language: str) -> None:
    states = []
    for name, runs in ORDERS.items():
        db = tmp_path / f"{name}.duckdb"
        for reports in runs:
            _run(db, [PAIRS[language][i] for i in reports])
        state = _state(db)
        states.append(([m[:5] for m in state["mentions"]], [e[1:] for e in state["events"]]))
    assert states[0] == states[1] == states[2]


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example/world/2021/06/05/solhan-attack", date(2021, 6, 5)),
        ("https://journal.example/afrique/20210605-burkina-attaque", date(2021, 6, 5)),
        ("https://diario.example/2021-06-05/ataque.html", date(2021, 6, 5)),
        ("https://gazeta.example/2024/06/maandamano.html", None),  # a month is no day
        ("https://site.example/artigo/472279-dezenas-de-civis", None),
        ("https://site.example/noticias/60ae7cfa822b437287dac821", None),
        ("https://site.example/2021/13/05/x", None),
        ("https://site.example/noticias/2021123-ataque", None),  # 7 digits: 23 Jan or 3 Dec?
    ],
)
def test_a_full_date_in_the_url_path(url: str, day: date | None) -> None:
    assert url_date(url) == day


def test_a_page_dated_only_by_its_url_says_so() -> None:
    report = dict(UNDATED, url="https://river-courier.example/2025/03/14/kherson-market")
    page, entry = _page(report)
    article = process_page(page, entry).article
    assert article is not None and article.page_dated and article.date_source == "url"
    assert article.published_at is not None and article.published_at.date() == date(2025, 3, 14)


def test_a_reprocess_keeps_an_undated_report_on_its_storys_day(tmp_path: Path) -> None:
    from flows.story_days import redated_by_story
    from warehouse.connection import connect
    from warehouse.reprocess_store import Rewritten, rewrite_articles

    db = tmp_path / "w.duckdb"
    _run(db, [UNDATED])
    _run(db, [DATED])
    before = _state(db)
    results = []
    for report in (DATED, UNDATED):
        page, entry = _page(report)
        item = process_page(page, entry)
        assert item.article is not None
        aid = url_key(item.article.canonical_url)
        evidence = item.evidence
        results.append(
            Rewritten(aid, item.article, item.mentions, report["outlet"], page.fetched_at, evidence)
        )
    con = connect(db)
    try:
        rewrite_articles(con, results, "reprocess-run", redate=redated_by_story)
    finally:
        con.close()
    after = _state(db)
    undated = _of(after, UNDATED["url"])
    assert (
        undated[0][2] == date(2025, 3, 13)
        and undated[0][4] == "story"
        and undated[0][6] == datetime(2025, 3, 14, 7, 10)
    )
    assert [m[:5] for m in after["mentions"]] == [m[:5] for m in before["mentions"]]
    assert undated[0][5] == _of(after, DATED["url"])[0][5]


def test_positions_a_new_coding_no_longer_has_leave_their_events(tmp_path: Path) -> None:
    """A stored report coded again into fewer mentions: the lost positions' rows are deleted, the
    event they shared is rebuilt from the reports it keeps, an event they held alone is retired."""
    import duckdb

    from warehouse.connection import connect
    from warehouse.redating_store import StoredRedating, rebuild_left_events, write_stored_redating

    db = tmp_path / "w.duckdb"
    _run(db, [DATED, UNDATED])
    state = _state(db)
    shared = _of(state, UNDATED["url"])[0]
    con = connect(db)
    try:
        aid = con.execute("SELECT article_id FROM articles WHERE url = ?", [UNDATED["url"]]).fetchone()[0]
        con.execute(
            "INSERT INTO events (event_id, event_date, event_type, country, n_mentions, n_articles)"
            " VALUES ('ev-alone', DATE '2025-03-12', 'Battles', 'Ukraine', 1, 1)"
        )
        con.execute(
            "INSERT INTO event_mentions (mention_id, article_id, event_id, event_date, event_type, country)"
            " VALUES (?, ?, 'ev-alone', DATE '2025-03-12', 'Battles', 'Ukraine')",
            [f"{aid}:009", aid],
        )
        redating = StoredRedating(
            stale=frozenset({shared[1], f"{aid}:009"}),
            stale_events=frozenset({shared[5], "ev-alone"}),
            story_published={aid: datetime(2025, 3, 14, 7, 10)},
        )
        write_stored_redating(con, redating)
        rebuild_left_events(con, redating, decided=(), run_id="later-run")
        left = con.execute("SELECT n_articles FROM events WHERE event_id = ?", [shared[5]]).fetchone()
        gone = con.execute("SELECT reason FROM events_merged WHERE absorbed_event_id = 'ev-alone'").fetchone()
    finally:
        con.close()
    assert left == (1,) and gone == ("retired",)
    after = duckdb.connect(str(db), read_only=True)
    try:
        assert after.execute(
            "SELECT count(*) FROM event_mentions WHERE article_id = ?", [aid]
        ).fetchone() == (0,)
    finally:
        after.close()
