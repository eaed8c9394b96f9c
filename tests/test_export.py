"""Exports round-trip: Parquet read back equals the view; CSV likewise; GeoJSON validates
(RFC 7946 via the `geojson` package) and carries every located event with its properties."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import geojson
import pytest
from typer.testing import CliRunner

from flows.cli import app

pytestmark = pytest.mark.slow
runner = CliRunner()


def export(db: Path, *args: str) -> str:
    result = runner.invoke(app, ["export", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.output


def view_rows(con: duckdb.DuckDBPyConnection, sql: str = "SELECT * FROM acled_events") -> list[tuple]:
    return sorted(con.execute(sql).fetchall(), key=repr)


def test_parquet_partitioned_by_month_reads_back_as_the_view(demo_warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    export(demo_warehouse, "--format", "parquet", "--out", str(out))
    months = sorted(p.name for p in out.iterdir())
    con = duckdb.connect(str(demo_warehouse), read_only=True)
    try:
        expected_months = sorted(
            f"month={m[0]}"
            for m in con.execute("SELECT DISTINCT strftime(event_date, '%Y-%m') FROM events").fetchall()
        )
        back = view_rows(
            con, f"SELECT * EXCLUDE (month) FROM read_parquet('{out}/**/*.parquet', hive_partitioning = true)"
        )
        types = con.execute(
            f"SELECT column_name, column_type FROM (DESCRIBE SELECT * EXCLUDE (month) FROM read_parquet('{out}/**/*.parquet', hive_partitioning = true))"
        ).fetchall()
        view_types = con.execute("SELECT column_name, column_type FROM (DESCRIBE acled_events)").fetchall()
        assert months == expected_months
        assert back == view_rows(con) and back
        assert types == view_types
    finally:
        con.close()
    # again over an existing export: refused without --overwrite, replaced with it
    again = runner.invoke(
        app, ["export", "--db", str(demo_warehouse), "--format", "parquet", "--out", str(out)]
    )
    assert again.exit_code == 2 and "--overwrite" in again.output
    export(demo_warehouse, "--format", "parquet", "--out", str(out), "--overwrite")


def test_csv_with_since_and_country_filters(demo_warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "mali.csv"
    export(demo_warehouse, "--format", "csv", "--out", str(out), "--country", "MLI", "--since", "2025-10-17")
    con = duckdb.connect(str(demo_warehouse), read_only=True)
    try:
        back = view_rows(con, f"SELECT * FROM read_csv('{out}', header = true, types = {{'iso': 'INTEGER'}})")
        expected = view_rows(
            con, "SELECT * FROM acled_events WHERE country = 'Mali' AND event_date >= DATE '2025-10-17'"
        )
    finally:
        con.close()
    assert [r[0] for r in back] == [r[0] for r in expected] and back
    bad = runner.invoke(app, ["export", "--db", str(demo_warehouse), "--format", "csv", "--out", str(tmp_path / "x.csv"),
                              "--country", "Atlantis"])  # fmt: skip
    assert bad.exit_code == 2 and "Atlantis" in bad.output


def test_geojson_points_validate_and_carry_the_event_properties(demo_warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    export(demo_warehouse, "--format", "geojson", "--out", str(out), "--view", "events")
    collection = geojson.loads(out.read_text(encoding="utf-8"))
    assert collection.is_valid, collection.errors()
    assert collection["type"] == "FeatureCollection"
    con = duckdb.connect(str(demo_warehouse), read_only=True)
    try:
        located = dict(
            con.execute(
                "SELECT event_id, [longitude, latitude] FROM events WHERE latitude IS NOT NULL"
            ).fetchall()
        )
    finally:
        con.close()
    features = collection["features"]
    assert {f["properties"]["event_id"]: f["geometry"]["coordinates"] for f in features} == located
    for feature in features:
        assert feature["geometry"]["type"] == "Point" and feature.is_valid
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert {"event_date", "event_type", "fatalities", "evidence"} <= set(feature["properties"])
    json.dumps(collection)  # plain JSON throughout
