"""Migrations and the bulk loader, on a real DuckDB file."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from warehouse.connection import connect
from warehouse.load import RunBatch, load_run
from warehouse.migrate import available_migrations, migrate, schema_version

CONTRACT = {
    "articles": "article_id url canonical_url feed_url outlet title published_at language text content_hash "
    "story_id fetched_at",
    "event_mentions": "mention_id article_id event_id event_date event_type sub_event_type actor1 actor2 "
    "country admin1 location latitude longitude fatalities sentence",
    "events": "event_id event_date event_type sub_event_type actor1 actor2 country admin1 location latitude "
    "longitude fatalities n_mentions n_articles first_seen last_seen",
}


def columns(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    return {r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()}


def test_contract_columns_exist(db_path: Path) -> None:
    con = connect(db_path)
    for table, names in CONTRACT.items():
        assert set(names.split()) <= columns(con, table), table
    for table in ("feeds", "fetch_log", "runs", "schema_version", "stories", "raw_pages"):
        assert columns(con, table)


def test_migrating_twice_is_a_no_op(db_path: Path) -> None:
    con = connect(db_path)
    version = schema_version(con)
    assert version == available_migrations()[-1].version
    assert migrate(con) == []
    assert schema_version(con) == version
    rows = con.execute("SELECT count(*) FROM schema_version").fetchone()[0]
    assert rows == len(available_migrations())


def test_older_warehouse_is_upgraded_in_place_keeping_its_rows(db_path: Path) -> None:
    first = available_migrations()[0]
    con = duckdb.connect(str(db_path))
    con.execute(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
    )
    con.execute(first.sql)
    con.execute("INSERT INTO schema_version VALUES (?, ?, now())", [first.version, first.name])
    con.execute(
        "INSERT INTO articles (article_id, url, canonical_url, title) VALUES ('a1', 'u', 'u', 'kept')"
    )
    con.close()

    con = connect(db_path)
    assert schema_version(con) == available_migrations()[-1].version
    assert con.execute("SELECT title FROM articles").fetchall() == [("kept",)]


def test_load_is_idempotent_on_natural_keys(db_path: Path) -> None:
    con = connect(db_path)
    batch = RunBatch()
    batch.add(
        "articles", [{"article_id": "a1", "url": "http://x/1", "canonical_url": "http://x/1", "title": "t"}]
    )
    batch.add("seen_urls", [{"url_key": "k1", "canonical_url": "http://x/1", "article_id": "a1"}])
    load_run(con, batch)
    load_run(con, batch)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM seen_urls").fetchone()[0] == 1


def test_failed_load_writes_nothing(db_path: Path) -> None:
    con = connect(db_path)
    batch = RunBatch()
    batch.add("articles", [{"article_id": "a1", "url": "u", "canonical_url": "u", "title": "t"}])
    batch.add("events", [{"no_such_column": 1}])
    with pytest.raises(duckdb.Error):
        load_run(con, batch)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_read_only_connection_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        connect(tmp_path / "absent.duckdb", read_only=True)


def test_replace_keeps_the_batch_order_and_the_latest_row_per_key(db_path: Path) -> None:
    con = connect(db_path)
    first = RunBatch()
    first.add("page_queue", [{"url_key": f"k{i:03d}", "link": "old", "attempts": 0} for i in range(300)])
    load_run(con, first)
    second = RunBatch()
    rows = [{"url_key": f"k{i:03d}", "link": "new", "attempts": 1} for i in reversed(range(0, 300, 2))]
    rows.append({"url_key": "k000", "link": "newest", "attempts": 2})
    second.add("page_queue", rows)
    load_run(con, second)
    got = con.execute("SELECT url_key, link FROM page_queue").fetchall()
    assert len(got) == 300
    replaced = [k for k, link in got if link != "old"]
    # the replaced rows come back in the order the batch gave them, the duplicate key collapsed
    assert replaced == [f"k{i:03d}" for i in reversed(range(2, 300, 2))] + ["k000"]
    assert dict(got)["k000"] == "newest"
