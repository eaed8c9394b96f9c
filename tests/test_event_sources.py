"""The stored per-event report counts and outlet lists (`event_source_lists`, migration 0056) and
per-story outlet counts (`story_outlets`, 0058) equal a fresh aggregate of the mentions and
articles, after real runs and after a migration of a warehouse that did not have them;
`acled_events` gives the rows it gave when it joined every mention with its article."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from tests.source_lists import FRESH_SOURCE_LISTS
from warehouse.connection import connect
from warehouse.migrate import available_migrations

STORED = "SELECT event_id, reports, source FROM event_source_lists ORDER BY 1"
FRESH_STORIES = (
    "SELECT story_id, count(DISTINCT outlet)::INTEGER, count(*)::INTEGER FROM articles"
    " WHERE story_id IS NOT NULL GROUP BY 1 ORDER BY 1"
)
STORED_STORIES = "SELECT story_id, outlets, articles FROM story_outlets ORDER BY 1"

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
    """(stored, fresh) rows of both tables."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        stored = con.execute(STORED).fetchall() + con.execute(STORED_STORIES).fetchall()
        return stored, con.execute(FRESH_SOURCE_LISTS).fetchall() + con.execute(FRESH_STORIES).fetchall()
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


def test_the_migrations_fill_the_tables_of_an_older_warehouse_once(
    demo_warehouse: Path, tmp_path: Path
) -> None:
    db = tmp_path / "older.duckdb"
    shutil.copyfile(demo_warehouse, db)
    con = duckdb.connect(str(db))
    con.execute("DROP VIEW acled_events")
    con.execute("DROP TABLE event_source_lists")
    con.execute("DROP TABLE story_outlets")
    con.execute("DELETE FROM schema_version WHERE version >= 56")
    con.close()
    connect(db).close()  # migrates
    stored, fresh = stored_and_fresh(db)
    assert fresh and stored == fresh
    con = duckdb.connect(str(db))
    for migration in available_migrations():
        if migration.version in (56, 58):
            con.execute(migration.sql)  # applied twice: the same rows, none twice
    assert con.execute(STORED).fetchall() + con.execute(STORED_STORIES).fetchall() == fresh
    con.close()
