"""The codebook (warehouse/README.md) is true: every table, view and column of the migrated
schema is documented, in order, with its type; DuckDB carries the descriptions; every worked
query runs against the demo warehouse and answers."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
import yaml

from extractors.events.taxonomy import TAXONOMY
from warehouse.codebook import apply_comments, codebook
from warehouse.connection import connect

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]  # fmt: skip


def schema(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[str, str]]]:
    relations = [
        r[0]
        for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'"
            " UNION ALL SELECT view_name FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal"
        ).fetchall()
    ]
    return {
        name: con.execute(
            "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
            [name],
        ).fetchall()
        for name in relations
    }


def test_every_table_view_and_column_is_documented_in_order_with_its_type(db_path: Path) -> None:
    con = connect(db_path)
    live = schema(con)
    con.close()
    book = codebook().relations
    assert sorted(live) == sorted(book), "document every table and view in warehouse/README.md"
    for name, columns in live.items():
        documented = [(c.name, c.type) for c in book[name].columns]
        assert documented == columns, f"warehouse/README.md: columns of {name}"
        assert book[name].description, name
        assert all(c.meaning for c in book[name].columns), name


def test_duckdb_carries_the_codebook_as_comments(db_path: Path) -> None:
    con = connect(db_path)
    try:
        comments = dict(
            con.execute(
                "SELECT table_name || '.' || column_name, comment FROM duckdb_columns() WHERE schema_name = 'main' AND NOT internal"
            ).fetchall()
        )
        view = con.execute("SELECT comment FROM duckdb_views() WHERE view_name = 'acled_events'").fetchone()
        table = con.execute("SELECT comment FROM duckdb_tables() WHERE table_name = 'events'").fetchone()
        assert apply_comments(con) == 0  # up to date: nothing rewritten
    finally:
        con.close()
    book = codebook().relations
    assert comments["events.geo_precision"] == book["events"].columns[20].comment
    assert "1-3" in comments["events.geo_precision"]
    assert all(comments.values()), [k for k, v in comments.items() if not v]
    assert view[0] == book["acled_events"].description
    assert table[0] == book["events"].description


def test_acled_events_has_the_codebook_columns_in_order(db_path: Path) -> None:
    con = connect(db_path)
    columns = [r[0] for r in con.execute("DESCRIBE acled_events").fetchall()]
    con.close()
    assert columns == ACLED_COLUMNS


def test_code_tables_cover_the_coders_vocabulary(db_path: Path) -> None:
    con = connect(db_path)
    kinds = {k: code for k, code in con.execute("SELECT kind, inter_code FROM actor_kinds").fetchall()}
    types = set(con.execute("SELECT event_type, sub_event_type FROM event_types").fetchall())
    con.close()
    actors = yaml.safe_load((Path("extractors/data/actors.yaml")).read_text(encoding="utf-8"))
    used = {entry["kind"] for section in actors.values() if isinstance(section, list) for entry in section
            if isinstance(entry, dict) and "kind" in entry}  # fmt: skip
    assert used and used <= set(kinds), used - set(kinds)
    assert set(kinds.values()) == set(range(1, 9))
    assert types == {(t, s) for t, subs in TAXONOMY.items() for s in subs}


@pytest.mark.slow
def test_every_worked_query_runs_on_the_demo_warehouse(demo_warehouse: Path) -> None:
    queries = codebook().queries
    assert len(queries) >= 10
    con = duckdb.connect(str(demo_warehouse), read_only=True)
    try:
        for heading, sql in queries:
            rows = con.execute(sql).fetchall()
            assert rows, f"worked query {heading!r} answered nothing on the demo warehouse"
    finally:
        con.close()
