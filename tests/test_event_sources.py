"""The stored per-event report counts and outlet lists (`event_source_lists`, migration 0056)
equal a fresh aggregate of the mentions and articles, after real runs and after a migration of a
warehouse that did not have them; `acled_events` and `report_latest.sql` give the rows they gave
when they joined every mention with its article."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from warehouse.connection import connect
from warehouse.migrate import available_migrations

FRESH = """
SELECT m.event_id, count(*)::INTEGER,
       string_agg(DISTINCT coalesce(nullif(a.outlet, ''), nullif(a.site_name, ''), a.url), '; '
                  ORDER BY coalesce(nullif(a.outlet, ''), nullif(a.site_name, ''), a.url))
FROM event_mentions m JOIN articles a USING (article_id)
WHERE m.event_id IS NOT NULL
GROUP BY 1 ORDER BY 1
"""
STORED = "SELECT event_id, reports, source FROM event_source_lists ORDER BY 1"

# 0022's view as it was: `source` aggregated over every mention and article at query time
ACLED_SOURCE_JOINED = """
WITH event_source AS (
    SELECT m.event_id,
           string_agg(DISTINCT coalesce(nullif(a.outlet, ''), nullif(a.site_name, ''), a.url), '; '
                      ORDER BY coalesce(nullif(a.outlet, ''), nullif(a.site_name, ''), a.url)) AS source
    FROM event_mentions m JOIN articles a USING (article_id) GROUP BY m.event_id
)
SELECT v.event_id_cnty, coalesce(s.source, '') FROM acled_events v
JOIN events e ON coalesce(nullif(e.iso3, ''), 'XXX') || substr(e.event_id, 4) = v.event_id_cnty
LEFT JOIN event_source s ON s.event_id = e.event_id
ORDER BY 1
"""


def stored_and_fresh(db: Path) -> tuple[list, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(STORED).fetchall(), con.execute(FRESH).fetchall()
    finally:
        con.close()


def test_runs_keep_the_lists_equal_to_a_fresh_aggregate(demo_warehouse: Path) -> None:
    stored, fresh = stored_and_fresh(demo_warehouse)
    assert fresh and stored == fresh
    con = duckdb.connect(str(demo_warehouse), read_only=True)
    try:
        view = con.execute("SELECT event_id_cnty, source FROM acled_events ORDER BY 1").fetchall()
        assert view == con.execute(ACLED_SOURCE_JOINED).fetchall()
        assert any(source for _, source in view)
    finally:
        con.close()


def test_the_migration_fills_the_lists_of_an_older_warehouse_once(
    demo_warehouse: Path, tmp_path: Path
) -> None:
    db = tmp_path / "older.duckdb"
    shutil.copyfile(demo_warehouse, db)
    con = duckdb.connect(str(db))
    con.execute("DROP VIEW acled_events")
    con.execute("DROP TABLE event_source_lists")
    con.execute("DELETE FROM schema_version WHERE version >= 56")
    con.close()
    connect(db).close()  # migrates
    stored, fresh = stored_and_fresh(db)
    assert fresh and stored == fresh
    (migration,) = [m for m in available_migrations() if m.version == 56]
    con = duckdb.connect(str(db))
    con.execute(migration.sql)  # applied twice: the same rows, none twice
    assert con.execute(STORED).fetchall() == fresh
    con.close()
