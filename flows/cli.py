"""The `conflictwire` command line: run, query, describe, event, export, report, reprocess, status,
extract, backfill, maintenance, serve, demo. Thin: each command parses its options and calls the
module that does it."""

from __future__ import annotations

import gzip
import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from flows.output import OutputFormat, jsonable, print_rows, write_parquet

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
console = Console(stderr=True)

# Unset options fall back to the settings (CONFLICTWIRE_DB, CONFLICTWIRE_FEEDS, then the defaults).
DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db", help="DuckDB warehouse file [default: $CONFLICTWIRE_DB or data/conflictwire.duckdb]"
    ),
]
FeedsOption = Annotated[
    Path | None,
    typer.Option("--feeds", help="feeds file (YAML) [default: $CONFLICTWIRE_FEEDS or feeds.yaml]"),
]
WaitOption = Annotated[
    bool, typer.Option("--wait/--no-wait", help="when another run is writing: wait for it, or skip at once")
]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="log each stage and Prefect's messages")]


def _settings(**overrides: Any) -> Any:
    from flows.settings import resolve_settings

    return resolve_settings(**overrides)


def _db(db: Path | None) -> Path:
    return Path(_settings(db=db).db)


class ExtractFormat(StrEnum):
    text = "text"
    jsonl = "jsonl"


@app.command()
def run(
    feeds: FeedsOption = None,
    db: DbOption = None,
    due_only: Annotated[bool, typer.Option(help="poll only feeds whose next poll time has come")] = False,
    wait: WaitOption = True,
    verbose: VerboseOption = False,
) -> None:
    """One ingest run now (the Prefect flow `ingest`), then a summary."""
    from flows.launch import configure_logging, launch

    configure_logging(verbose)
    settings = _settings(feeds=feeds, db=db)
    _check_feeds_file(settings.feeds)  # a configuration error is reported before Prefect starts

    def call() -> Any:
        from flows.ingest import ingest

        called = time.monotonic()
        summary = ingest(feeds_path=str(settings.feeds), db_path=str(settings.db), due_only=due_only)
        summary.prefect_run_s = time.monotonic() - called
        return summary

    print_summary(launch(settings, "run", call, console=console, wait=wait, prepare=_import_ingest))


def _import_ingest() -> None:
    import flows.ingest  # noqa: F401 - prefect, trafilatura, duckdb: imported while the server starts


def _check_feeds_file(path: Path) -> None:
    from flows.settings import FeedsFileError, load_feeds_file

    try:
        load_feeds_file(path)
    except FeedsFileError as exc:
        console.print(f"[red]error:[/red] {exc}", soft_wrap=True)
        raise typer.Exit(2) from None


def print_summary(summary: Any) -> None:
    kind = getattr(summary, "kind", "ingest")
    table = Table(title=f"conflictwire {kind} run {summary.run_id} ({summary.status})", show_header=False)
    rows = [
        ("feeds polled", summary.feeds_polled),
        ("feeds failed", summary.feeds_failed),
        ("feeds not modified", summary.feeds_not_modified),
        ("feeds not due", summary.feeds_not_due),
        ("feed entries", summary.entries_seen),
        ("pages fetched / failed", f"{summary.pages_fetched} / {summary.pages_failed}"),
        ("pages skipped (binary or empty)", summary.pages_skipped),
        ("pages queued for a later run", summary.pages_queued),
        ("new articles", summary.new_articles),
        ("non-article pages", summary.not_articles),
        ("duplicates skipped", summary.duplicates_skipped),
        ("near-duplicate copies stored", summary.near_duplicates),
        ("event mentions", summary.event_mentions),
        ("events (new or updated)", summary.events),
        ("warehouse held for writing", f"{summary.write_lock_s:.2f}s"),
    ]
    rows.extend(_prefect_rows(summary))
    for name, value in rows:
        table.add_row(name, str(value))
    Console().print(table)
    for err in summary.errors[:20]:
        console.print(f"[yellow]{err['stage']}[/yellow] {err['url']}: {err['error']}", soft_wrap=True)
    if len(summary.errors) > 20:
        console.print(f"... and {len(summary.errors) - 20} more errors (see the runs table)")


def _prefect_rows(summary: Any) -> list[tuple[str, str]]:
    """What Prefect cost the run: its local server's start (when this command started one) and
    the flow call beyond the run's own body (flow and task runs, their records)."""
    rows = []
    seconds = getattr(summary, "stage_seconds", None) or {}
    if "prefect_server_start" in seconds:
        rows.append(("Prefect server start", f"{seconds['prefect_server_start']:.2f}s"))
    called = getattr(summary, "prefect_run_s", None)
    if called is not None and summary.finished_at is not None:
        body = (summary.finished_at - summary.started_at).total_seconds()
        rows.append(("run body / Prefect flow-run overhead", f"{body:.2f}s / {max(0.0, called - body):.2f}s"))
    return rows


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        print(f"conflictwire {version('conflictwire')}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="print the version and exit")
    ] = False,
) -> None:
    """conflictwire: news feeds -> clean articles -> ACLED-style conflict events in DuckDB."""


@contextmanager
def _reading(db: Path | None, *, sandbox: bool = True) -> Iterator[Any]:
    """A read-only connection to the warehouse's snapshot (sandboxed unless the SQL is the
    project's own), or a one-line error when there is none, or it is busy or damaged."""
    from warehouse.connection import WarehouseBusy, WarehouseDamaged, connect

    try:
        con = connect(_db(db), read_only=True, sandbox=sandbox, busy_timeout_s=10)
    except FileNotFoundError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    except (WarehouseBusy, WarehouseDamaged) as exc:
        console.print(f"[red]error:[/red] {exc}", soft_wrap=True)
        raise typer.Exit(1) from exc
    try:
        yield con
    finally:
        con.close()


@app.command()
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


@app.command()
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


@app.command()
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


SinceOption = Annotated[
    datetime | None, typer.Option("--since", formats=["%Y-%m-%d"], help="first date (YYYY-MM-DD)")
]


@app.command()
def reprocess(
    db: DbOption = None,
    since: SinceOption = None,
    chunk_size: Annotated[int, typer.Option(help="articles per write transaction")] = 500,
    wait: WaitOption = True,
    verbose: VerboseOption = False,
) -> None:
    """Re-run cleaning, coding, dedup and merging over the stored raw pages (the Prefect flow
    `reprocess`), updating articles, mentions and events in place."""
    from flows.launch import configure_logging, launch

    configure_logging(verbose)
    settings = _settings(db=db)
    if not Path(settings.db).exists():
        console.print(f"[red]error:[/red] no warehouse at {settings.db}: run `conflictwire run` first")
        raise typer.Exit(2)

    def call() -> Any:
        from flows.reprocess import reprocess as reprocess_flow

        return reprocess_flow(
            db_path=str(settings.db), since=since.date() if since else None, chunk_size=chunk_size
        )

    summary = launch(settings, "reprocess", call, console=console, wait=wait)
    table = Table(title=f"conflictwire reprocess {summary.run_id} ({summary.status})", show_header=False)
    for name, value in (
        ("articles re-coded", summary.articles),
        ("articles without a stored page", summary.without_page),
        ("articles that failed", summary.failed),
        ("event mentions before / after", f"{summary.mentions_before} / {summary.mentions_after}"),
        ("events added", summary.events_added),
        ("events changed", summary.events_changed),
        ("events merged into another", summary.events_merged),
        ("events retired", summary.events_retired),
    ):
        table.add_row(name, str(value))
    Console().print(table)
    for err in summary.errors[:20]:
        console.print(f"[yellow]{err['stage']}[/yellow] {err['url']}: {err['error']}", soft_wrap=True)


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
    geojson = "geojson"


@app.command()
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


@app.command()
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


def _page_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.name.endswith((".html", ".htm", ".html.gz", ".htm.gz")))
    return [path]


@app.command()
def extract(
    path: Annotated[Path, typer.Argument(help="a page, or a directory of *.html / *.html.gz")],
    url: Annotated[str | None, typer.Option("--url", help="the page's URL (for canonical URL)")] = None,
    format: Annotated[ExtractFormat, typer.Option("--format")] = ExtractFormat.text,
) -> None:
    """Print the cleaned article of each page exactly as the flow stores it."""
    from extractors.article import article_record, extract_article
    from extractors.models import RawPage

    files = _page_files(path)
    if not files or not files[0].exists():
        console.print(f"[red]error:[/red] no page at {path}")
        raise typer.Exit(2)
    for file in files:
        raw = file.read_bytes()
        if file.name.endswith(".gz"):
            raw = gzip.decompress(raw)
        page_url = url or file.resolve().as_uri()
        page = RawPage(
            url=page_url, final_url=page_url, status=200, content=raw, fetched_at=datetime.now(UTC)
        )
        record = {"file": str(file), **article_record(extract_article(page, None))}
        if format is ExtractFormat.jsonl:
            sys.stdout.write(json.dumps(record, ensure_ascii=False, default=jsonable) + "\n")
        else:
            sys.stdout.write(_as_text(record))


def _as_text(record: dict[str, Any]) -> str:
    head = [f"# {record.get('title') or '(no title)'}", f"file: {record['file']}"]
    for key in ("published_at", "language", "page_kind", "dateline", "canonical_url"):
        if record.get(key):
            head.append(f"{key}: {jsonable(record[key])}")
    return "\n".join(head) + "\n\n" + (record.get("text") or "") + "\n\n"


@app.command()
def status(
    db: DbOption = None, runs: Annotated[int, typer.Option(help="how many recent runs to list")] = 10
) -> None:
    """Is a run writing now, how the last runs ended, and each feed's health."""
    from flows.status import print_status
    from warehouse.connection import WarehouseBusy, WarehouseDamaged

    try:
        print_status(_db(db), Console(width=160), runs)
    except FileNotFoundError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    except (WarehouseBusy, WarehouseDamaged) as exc:
        console.print(f"[red]error:[/red] {exc}", soft_wrap=True)
        raise typer.Exit(1) from exc


@app.command()
def backfill(
    path: Annotated[Path, typer.Argument(help="a directory, an .html(.gz) file or a .warc(.gz) file")],
    db: DbOption = None,
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="URL of DIR: a file's URL is this + its path under DIR")
    ] = None,
    wait: WaitOption = True,
    verbose: VerboseOption = False,
) -> None:
    """Ingest saved pages (HTML, HTML.gz, WARC) through the same path as fetched ones."""
    from flows.backfill import BackfillError, saved_files
    from flows.launch import configure_logging, launch

    configure_logging(verbose)
    settings = _settings(db=db)
    try:
        saved_files(path)
    except BackfillError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None

    def call() -> Any:
        from flows.backfill import backfill as backfill_flow

        return backfill_flow(path=str(path), db_path=str(settings.db), base_url=base_url)

    print_summary(launch(settings, "backfill", call, console=console, wait=wait))


@app.command()
def maintenance(
    db: DbOption = None,
    verify_only: Annotated[
        bool, typer.Option("--verify-only", help="read every block; change nothing")
    ] = False,
    retention_days: Annotated[
        int | None,
        typer.Option(
            help="prune raw pages older than this [default: $CONFLICTWIRE_RAW_RETENTION_DAYS or 90]"
        ),
    ] = None,
    verbose: VerboseOption = False,
) -> None:
    """Verify the warehouse (every block), prune the raw archive, checkpoint, publish the snapshot."""
    from flows.launch import configure_logging, launch

    configure_logging(verbose)
    settings = _settings(db=db, raw_retention_days=retention_days)

    def call() -> Any:
        from flows.maintenance import maintenance as maintenance_flow

        return maintenance_flow(db_path=str(settings.db), verify_only=verify_only, return_state=True)

    state = launch(settings, "maintenance", call, console=console, show_bars=False)
    report = state.result(raise_on_failure=False)
    if isinstance(report, BaseException):
        console.print(f"[red]maintenance failed:[/red] {report}", soft_wrap=True)
        raise typer.Exit(1)
    Console().print(report.markdown())


@app.command()
def serve(
    feeds: FeedsOption = None,
    db: DbOption = None,
    interval: Annotated[int, typer.Option(help="seconds between runs")] = 900,
) -> None:
    """Run the `ingest` deployment in this process: once now, then on its schedule (Ctrl-C stops).

    Scheduling needs a Prefect server: with PREFECT_API_URL set, that one is used; otherwise a
    local server is started for as long as this command runs."""
    from flows.launch import configure_logging, serve_ingest

    configure_logging(False)
    settings = _settings(feeds=feeds, db=db)
    _check_feeds_file(settings.feeds)
    serve_ingest(settings, interval, console=console)


DEMO_QUERY = """
SELECT e.event_date, e.event_type, e.sub_event_type, e.actor1, e.actor2, e.location, e.country,
       e.fatalities, e.n_articles
FROM events e ORDER BY e.event_date, e.country, e.location
"""


@app.command()
def demo(
    db: Annotated[Path, typer.Option("--db", help="DuckDB warehouse file")] = Path("data/demo.duckdb"),
) -> None:
    """Serve the shipped demo corpus on 127.0.0.1, ingest it, and print a sample query.

    The corpus is served on one fixed port (CONFLICTWIRE_DEMO_PORT, 8765), so its URLs are the same
    every time: running the demo again adds nothing."""
    import contextlib
    import tempfile

    from flows.demo import demo_site_dir, serve_directory
    from flows.launch import configure_logging, launch
    from warehouse.connection import connect

    configure_logging(False)
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        settings = _settings(db=db, feeds=Path(tmp) / "feeds.yaml")
        try:
            base_url = stack.enter_context(serve_directory(demo_site_dir(), settings.demo_port))
        except OSError as exc:
            console.print(
                f"[red]error:[/red] port {settings.demo_port} on 127.0.0.1 is taken ({exc.strerror}); "
                "set CONFLICTWIRE_DEMO_PORT to a free one (the demo's URLs then change once)"
            )
            raise typer.Exit(1) from None
        settings.feeds.write_text(demo_feeds_yaml(base_url), encoding="utf-8")

        def call() -> Any:
            from flows.ingest import ingest

            return ingest(feeds_path=str(settings.feeds), db_path=str(settings.db), due_only=False)

        summary = launch(settings, "demo", call, console=console)
    print_summary(summary)
    con = connect(db, read_only=True)
    try:
        cur = con.execute(DEMO_QUERY)
        columns = [d[0] for d in cur.description]
        Console().print("\n[bold]Sample query[/bold]:" + DEMO_QUERY)
        print_rows(columns, cur.fetchall(), OutputFormat.table)
    finally:
        con.close()


def demo_feeds_yaml(base_url: str) -> str:
    from flows.demo import demo_feed_names

    lines = ["allow_private_hosts: true", "feeds:"]
    for path, name in demo_feed_names().items():
        lines.append(f'  - {{url: "{base_url}/{path}", name: "{name}", language: en}}')
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    app()
