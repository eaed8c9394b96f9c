"""Analyst-side figures on a large synthetic warehouse: the codebook's worked queries, a full
scan of `acled_events`, exports (time and size) and the HTML report.

    .venv/bin/python bench/bench_warehouse.py [--events 200000] [--db /tmp/bench-warehouse.duckdb]

Rows are generated in SQL (random but plausible: 60 countries, six event types, 1-4 reports an
event, dates over three years), so the figures measure the warehouse, not the coder.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from flows.report import write_report
from warehouse.codebook import codebook
from warehouse.connection import connect
from warehouse.export import ExportRequest, export_events

FILL = """
INSERT INTO articles (article_id, url, canonical_url, feed_url, outlet, title, published_at, language, text, story_id)
SELECT printf('%032x', i), 'https://outlet' || (i % 40) || '.example/a/' || i,
       'https://outlet' || (i % 40) || '.example/a/' || i, 'https://outlet' || (i % 40) || '.example/rss',
       'Outlet ' || (i % 40), 'Report ' || i, TIMESTAMP '2023-01-01' + INTERVAL (i % 1095) DAY,
       'en', repeat('word ', 200), 'st-' || (i // 3)
FROM range($articles) t(i);

INSERT INTO events (event_id, event_date, event_type, sub_event_type, actor1, actor2, country, admin1, location,
    latitude, longitude, fatalities, fatalities_min, fatalities_max, n_mentions, n_articles, n_outlets,
    first_seen, last_seen, time_precision, geo_precision, actor1_kind, actor2_kind, iso2, iso3, iso_numeric,
    region, admin2, evidence, best_mention_id, first_reported_at, last_updated_at)
SELECT 'ev-' || printf('%024x', i), DATE '2023-01-01' + (i % 1095)::INTEGER,
       ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots',
        'Strategic developments'][1 + i % 6],
       ['Armed clash', 'Air/drone strike', 'Attack', 'Peaceful protest', 'Violent demonstration', 'Arrests'][1 + i % 6],
       'Actor ' || (i % 500), CASE WHEN i % 3 = 0 THEN '' ELSE 'Civilians (Country ' || (i % 60) || ')' END,
       'Country ' || (i % 60), 'Province ' || (i % 600), 'Town ' || (i % 6000),
       -30 + (i % 60), -20 + (i % 97) * 0.9, (i * 7919) % 23, 0, (i * 7919) % 29, 1 + i % 4, 1 + i % 4, 1 + i % 3,
       TIMESTAMP '2023-01-01' + INTERVAL (i % 1095) DAY, TIMESTAMP '2023-01-02' + INTERVAL (i % 1095) DAY,
       1 + i % 3, 1 + i % 3, ['state forces', 'rebel group', 'political militia', 'protesters'][1 + i % 4],
       CASE WHEN i % 3 = 0 THEN '' ELSE 'civilians' END, 'C' || (i % 60), 'C' || printf('%02d', i % 60),
       i % 60, 'Western Africa', '', 'An evidence sentence for event ' || i || '.', printf('%032x', i) || ':000',
       TIMESTAMP '2023-01-01' + INTERVAL (i % 1095) DAY, TIMESTAMP '2025-01-01'
FROM range($events) t(i);

INSERT INTO event_mentions (mention_id, article_id, event_id, event_date, event_type, fatalities, sentence)
SELECT printf('%032x', a) || ':000', printf('%032x', a), 'ev-' || printf('%024x', a % $events),
       DATE '2023-01-01', 'Battles', a % 7, 'A sentence.'
FROM range($articles) t(a);

INSERT INTO stories (story_id, title, first_article_id, latest_article_id, first_published, latest_published, size)
SELECT 'st-' || s, 'Story ' || s, printf('%032x', s * 3), printf('%032x', s * 3 + 2),
       TIMESTAMP '2023-01-01', TIMESTAMP '2023-01-02', 3
FROM range($articles // 3) t(s);

INSERT INTO feeds (feed_url, name, last_status, consecutive_failures, last_success_at)
SELECT 'https://outlet' || f || '.example/rss', 'Outlet ' || f, 200, f % 3, TIMESTAMP '2025-01-01'
FROM range(40) t(f);

INSERT INTO runs (run_id, started_at, status, kind) VALUES ('bench-run', TIMESTAMP '2025-01-01', 'ok', 'ingest');
INSERT INTO event_changes (run_id, event_id, change, changed_at)
SELECT 'bench-run', 'ev-' || printf('%024x', i), 'added', TIMESTAMP '2025-01-01' FROM range(1000) t(i);
"""


def timed(label: str, fn) -> object:
    start = time.perf_counter()
    result = fn()
    print(f"{label:<62} {time.perf_counter() - start:8.3f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-warehouse-"))
    db = args.db or work / "warehouse.duckdb"
    articles = args.events * 2
    con = connect(db)
    if con.execute("SELECT count(*) FROM events").fetchone()[0] == 0:
        timed(f"fill: {args.events} events, {articles} articles and mentions", lambda: con.execute(
            FILL.replace("$articles", str(articles)).replace("$events", str(args.events))))  # fmt: skip
    con.close()
    print(f"warehouse file: {db.stat().st_size / 1e6:.1f} MB")
    con = connect(db, read_only=True)
    for heading, sql in codebook().queries:
        timed(f"worked query {heading[:48]}", lambda sql=sql: con.execute(sql).fetchall())
    timed("acled_events: every row", lambda: con.execute("SELECT * FROM acled_events").fetchall())
    for fmt, name in (("csv", "events.csv"), ("parquet", "events.parquet"), ("geojson", "events.geojson")):
        result = timed(
            f"export {fmt}", lambda fmt=fmt, name=name: export_events(con, ExportRequest(fmt, work / name))
        )
        print(f"    {result.rows} rows, {result.files} files, {result.bytes / 1e6:.1f} MB")
    timed("report (all events)", lambda: write_report(con, work / "report.html"))
    print(f"    report.html {(work / 'report.html').stat().st_size / 1e3:.0f} kB")
    con.close()


if __name__ == "__main__":
    main()
