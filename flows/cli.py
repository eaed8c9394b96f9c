"""The `conflictwire` command line: run, query, describe, event, export, report, reprocess, status,
extract, backfill, maintenance, serve, demo. Thin: each command parses its options and calls the
module that does it."""

from __future__ import annotations

import gzip
import json
import sys
import time
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from flows.cli_options import (
    DbOption,
    FeedsOption,
    SinceOption,
    VerboseOption,
    WaitOption,
    _settings,
    console,
)
from flows.cli_read import describe, event, export, query, report, status
from flows.output import OutputFormat, jsonable, print_rows

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)


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

    prepare = lambda: _prepare_run(settings)  # noqa: E731 - while the Prefect server starts
    print_summary(launch(settings, "run", call, console=console, wait=wait, prepare=prepare))


def _prepare_run(settings: Any) -> None:
    """What `run` does while its Prefect server starts: the worker pool's start (POOL_WHILE_SERVER_STARTS)
    and the imports of the flow (prefect, trafilatura, duckdb)."""
    from flows.pipeline import start_pool_early

    start_pool_early(settings.workers, settings.task_runner)
    import flows.ingest  # noqa: F401


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


app.command()(query)


app.command()(describe)


app.command()(event)


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


app.command()(export)


app.command()(report)


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


app.command()(status)


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
