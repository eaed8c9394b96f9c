"""The `conflictwire` command line: run, query, status, extract, backfill, maintenance, serve, demo."""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

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


class QueryFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


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

        return ingest(feeds_path=str(settings.feeds), db_path=str(settings.db), due_only=due_only)

    print_summary(launch(settings, "run", call, console=console, wait=wait))


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
    for name, value in rows:
        table.add_row(name, str(value))
    Console().print(table)
    for err in summary.errors[:20]:
        console.print(f"[yellow]{err['stage']}[/yellow] {err['url']}: {err['error']}", soft_wrap=True)
    if len(summary.errors) > 20:
        console.print(f"... and {len(summary.errors) - 20} more errors (see the runs table)")


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="SQL to run (read-only)")],
    db: DbOption = None,
    format: Annotated[QueryFormat, typer.Option("--format")] = QueryFormat.table,
) -> None:
    """Run read-only SQL against the warehouse's snapshot (sandboxed) and print the result."""
    import duckdb

    from warehouse.connection import WarehouseBusy, WarehouseDamaged, connect, refusal_message

    try:
        con = connect(_db(db), read_only=True, busy_timeout_s=10)
    except FileNotFoundError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    except (WarehouseBusy, WarehouseDamaged) as exc:
        console.print(f"[red]error:[/red] {exc}", soft_wrap=True)
        raise typer.Exit(1) from exc
    try:
        cur = con.execute(sql)
        columns = [d[0] for d in cur.description] if cur.description else []
        rows = cur.fetchall() if columns else []
    except duckdb.Error as exc:
        console.print(f"[red]query failed:[/red] {refusal_message(exc)}", soft_wrap=True)
        raise typer.Exit(1) from exc
    finally:
        con.close()
    print_rows(columns, rows, format)


def print_rows(columns: list[str], rows: list[tuple], format: QueryFormat) -> None:
    if format is QueryFormat.csv:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows([[_jsonable(v) for v in r] for r in rows])
        sys.stdout.write(out.getvalue())
    elif format is QueryFormat.json:
        for r in rows:
            sys.stdout.write(
                json.dumps({c: _jsonable(v) for c, v in zip(columns, r, strict=True)}, ensure_ascii=False)
                + "\n"
            )
    else:
        table = Table(*columns)
        for r in rows:
            table.add_row(*("" if v is None else str(_jsonable(v)) for v in r))
        Console(width=200).print(table)
        console.print(f"{len(rows)} rows")


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
            sys.stdout.write(json.dumps(record, ensure_ascii=False, default=_jsonable) + "\n")
        else:
            sys.stdout.write(_as_text(record))


def _as_text(record: dict[str, Any]) -> str:
    head = [f"# {record.get('title') or '(no title)'}", f"file: {record['file']}"]
    for key in ("published_at", "language", "page_kind", "dateline", "canonical_url"):
        if record.get(key):
            head.append(f"{key}: {_jsonable(record[key])}")
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
        print_rows(columns, cur.fetchall(), QueryFormat.table)
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
