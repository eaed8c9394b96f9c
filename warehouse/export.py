"""Exports of the events: CSV, Parquet partitioned by month, GeoJSON points.

`export_events(con, request)` reads through the given (read-only) connection and writes files only:
- csv: one file with a header row (DuckDB `COPY`);
- parquet: a directory with one `month=YYYY-MM/` folder per month of event dates (Hive
  partitioning, which DuckDB, pyarrow, pandas, Spark and polars read as one table, the `month`
  column coming back from the folder names); events without a date go to `month=undated/`;
- geojson: one RFC 7946 FeatureCollection: a Point per located event ([longitude, latitude]),
  every column of the exported view among its properties; events without coordinates are
  counted and left out.
The rows are those of a view (`acled_events` by default, or `events`), filtered by event date
(`since`) and country (its name, or ISO alpha-2 / alpha-3 code), ordered by date.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import duckdb

ExportFormat = Literal["csv", "parquet", "geojson"]
EXPORTABLE = ("acled_events", "events")
_GEOJSON_BATCH = 5000


class ExportError(ValueError):
    """A request that cannot be exported (unknown country, output in the way): one line for the user."""


@dataclass(frozen=True)
class ExportRequest:
    format: ExportFormat
    out: Path
    view: str = "acled_events"
    since: date | None = None
    country: str | None = None
    overwrite: bool = False


@dataclass(frozen=True)
class ExportResult:
    rows: int
    files: int
    bytes: int
    skipped_unlocated: int = 0


def matching_countries(con: duckdb.DuckDBPyConnection, country: str) -> list[str]:
    """Country names of stored events that `country` names (name or ISO code, any case)."""
    rows = con.execute(
        "SELECT DISTINCT country FROM events WHERE lower(country) = lower($c)"
        " OR lower(iso2) = lower($c) OR lower(iso3) = lower($c) ORDER BY 1",
        {"c": country.strip()},
    ).fetchall()
    return [r[0] for r in rows]


def selection(con: duckdb.DuckDBPyConnection, request: ExportRequest) -> tuple[str, list[Any]]:
    """The SELECT of the rows to export, with its parameters."""
    if request.view not in EXPORTABLE:
        raise ExportError(f"cannot export {request.view!r}: choose one of {', '.join(EXPORTABLE)}")
    where, params = [], []
    if request.since is not None:
        where.append("event_date >= ?")
        params.append(request.since)
    if request.country:
        names = matching_countries(con, request.country)
        if not names:
            known = ", ".join(
                r[0] for r in con.execute("SELECT DISTINCT country FROM events ORDER BY 1").fetchall()
            )
            raise ExportError(f"no events in a country named {request.country!r} (known: {known or 'none'})")
        where.append("country IN (SELECT unnest(?::VARCHAR[]))")
        params.append(names)
    key = "event_id_cnty" if request.view == "acled_events" else "event_id"
    sql = f"SELECT * FROM {request.view}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql + f" ORDER BY event_date NULLS LAST, {key}", params


def _clear(out: Path, overwrite: bool) -> None:
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        return
    if out.is_dir() and not any(out.iterdir()):
        return
    if not overwrite:
        raise ExportError(f"{out} exists: give --overwrite to replace it")
    if out.is_dir():
        shutil.rmtree(out)
    else:
        out.unlink()
    out.parent.mkdir(parents=True, exist_ok=True)


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def export_events(con: duckdb.DuckDBPyConnection, request: ExportRequest) -> ExportResult:
    sql, params = selection(con, request)
    _clear(request.out, request.overwrite)
    if request.format == "csv":
        con.execute(f"COPY ({sql}) TO {_literal(request.out)} (FORMAT csv, HEADER)", params)
        rows = _count(con, sql, params)
        return ExportResult(rows, 1, request.out.stat().st_size)
    if request.format == "parquet":
        partitioned = f"SELECT *, coalesce(strftime(event_date, '%Y-%m'), 'undated') AS month FROM ({sql})"
        con.execute(
            f"COPY ({partitioned}) TO {_literal(request.out)} (FORMAT parquet, PARTITION_BY (month))", params
        )
        files = sorted(request.out.rglob("*.parquet"))
        return ExportResult(_count(con, sql, params), len(files), sum(f.stat().st_size for f in files))
    if request.format == "geojson":
        return _write_geojson(con, sql, params, request.out)
    raise ExportError(f"unknown export format {request.format!r}")


def _count(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> int:
    return int(con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return None
    return value


def _write_geojson(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any], out: Path) -> ExportResult:
    cur = con.execute(sql, params)
    columns = [d[0] for d in cur.description]
    lat, lon = columns.index("latitude"), columns.index("longitude")
    written = skipped = 0
    with out.open("w", encoding="utf-8") as fh:
        fh.write('{"type": "FeatureCollection", "features": [\n')
        while batch := cur.fetchmany(_GEOJSON_BATCH):
            for row in batch:
                if row[lat] is None or row[lon] is None:
                    skipped += 1
                    continue
                feature = {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [row[lon], row[lat]]},
                    "properties": {c: _json_value(v) for c, v in zip(columns, row, strict=True)},
                }
                fh.write(("" if written == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
                written += 1
        fh.write("\n]}\n")
    return ExportResult(written, 1, out.stat().st_size, skipped)
