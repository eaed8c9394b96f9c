"""The commands of `conflictwire` that only read the warehouse: query, describe, event, export,
report, status (registered on the one typer app, in their order, by `flows/cli.py`).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from flows.cli_options import DbOption, SinceOption, _db, _reading, _warehouse_errors, console
from flows.output import OutputFormat, print_rows, write_parquet


def query(
    sql: Annotated[str, typer.Argument(help="SQL to run (read-only)")],
    db: DbOption = None,
    format: Annotated[
        OutputFormat, typer.Option("--format", help="json: one array; jsonl: a line per row")
    ] = (OutputFormat.table),
    out: Annotated[Path | None, typer.Option("--out", help="file to write (needed for parquet)")] = None,
    truncate: Annotated[
        bool, typer.Option("--truncate/--no-truncate", help="table: cut long values instead of wrapping")
    ] = False,
) -> None:
    """Run read-only SQL against the warehouse's snapshot (sandboxed) and print the result."""
    import duckdb

    from warehouse.connection import refusal_message

    if format is OutputFormat.parquet and out is None:
        console.print("[red]error:[/red] --format parquet writes a file: give --out PATH")
        raise typer.Exit(2)
    with _reading(db) as con:
        try:
            if format is OutputFormat.parquet and out is not None:
                console.print(f"{write_parquet(con, sql, out)} rows -> {out}")
                return
            cur = con.execute(sql)
            columns = [d[0] for d in cur.description] if cur.description else []
            rows = cur.fetchall() if columns else []
        except duckdb.Error as exc:
            console.print(f"[red]query failed:[/red] {refusal_message(exc)}", soft_wrap=True)
            raise typer.Exit(1) from exc
    print_rows(columns, rows, format, truncate=truncate)


def describe(
    name: Annotated[str | None, typer.Argument(help="a table or view; none: list them all")] = None,
    db: DbOption = None,
) -> None:
    """The warehouse's tables and views, or one's columns, with their codebook descriptions."""
    from warehouse.codebook import describe_rows

    with _reading(db) as con:
        columns, rows = describe_rows(con, name)
    if not rows:
        console.print(f"[red]error:[/red] no table or view named {name!r} (try `conflictwire describe`)")
        raise typer.Exit(2)
    print_rows(columns, rows, OutputFormat.table)


def event(
    event_id: Annotated[str, typer.Argument(help="an event id, current or old (absorbed or retired)")],
    db: DbOption = None,
    format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """Resolve an event id (old ids follow their merges) and show the event with its sources."""
    from warehouse.history import event_with_sources

    with _reading(db) as con:
        found = event_with_sources(con, event_id)
    if found is None:
        console.print(f"[red]error:[/red] no event was ever issued the id {event_id!r}")
        raise typer.Exit(2)
    status, current, columns, rows = found
    if current is None:
        console.print(f"{event_id} was retired (a reprocess left it without reports)")
        raise typer.Exit(0)
    if current != event_id:
        console.print(f"{event_id} was merged into {current}")
    print_rows(columns, rows, format)


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
    geojson = "geojson"


def export(
    format: Annotated[
        ExportFormat, typer.Option("--format", help="parquet: a directory, one folder per month")
    ],
    out: Annotated[Path, typer.Option("--out", help="file (csv, geojson) or directory (parquet) to write")],
    db: DbOption = None,
    since: SinceOption = None,
    country: Annotated[str | None, typer.Option("--country", help="country name or ISO code")] = None,
    view: Annotated[
        str, typer.Option("--view", help="acled_events (ACLED columns) or events")
    ] = "acled_events",
    overwrite: Annotated[bool, typer.Option("--overwrite", help="replace an existing output")] = False,
) -> None:
    """Export events as CSV, Parquet (partitioned by month) or GeoJSON points."""
    from warehouse.export import ExportError, ExportRequest, export_events

    request = ExportRequest(
        format=format.value,
        out=out,
        view=view,
        since=since.date() if since else None,
        country=country,
        overwrite=overwrite,
    )
    with _reading(db, sandbox=False) as con:  # the export's SQL is the project's own; COPY writes files
        try:
            result = export_events(con, request)
        except ExportError as exc:
            console.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from exc
    note = f" ({result.skipped_unlocated} without coordinates left out)" if result.skipped_unlocated else ""
    console.print(f"{result.rows} events -> {out} ({result.files} files, {result.bytes} bytes){note}")


def report(
    out: Annotated[Path, typer.Option("--out", help="the HTML file to write")] = Path("report.html"),
    db: DbOption = None,
    since: SinceOption = None,
) -> None:
    """Write one self-contained, offline HTML page: events per day by type, fatalities by
    country, a map of event locations, the latest events with their sources."""
    from flows.report import write_report

    with _reading(db) as con:
        data = write_report(con, out, since.date() if since else None)
    console.print(f"report of {data.located} located events -> {out} ({out.stat().st_size} bytes)")


def status(
    db: DbOption = None, runs: Annotated[int, typer.Option(help="how many recent runs to list")] = 10
) -> None:
    """Is a run writing now, how the last runs ended, and each feed's health."""
    from flows.status import print_status

    with _warehouse_errors():
        print_status(_db(db), Console(width=160), runs)
