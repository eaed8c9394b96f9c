"""The `backfill` flow: saved pages (HTML, HTML.gz, WARC) through the same path as fetched ones.

`conflictwire backfill DIR|FILE` reads `*.html`, `*.htm` (optionally `.gz`) and `*.warc` /
`*.warc.gz` files (a directory is walked recursively), turns each saved page into a `RawPage` and
runs the ingest stages from extraction on: the same extraction task, the same assembly
(dedup, stories, events) and the same single load, under the same writer lock and `runs` row
(kind `backfill`). A page's URL is its WARC target URI; for an HTML file it is `base_url` +
its path under DIR when given, else its file URI (the page's own rel=canonical still decides its
article id). Links already in the warehouse are not processed again.
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.utilities.annotations import quote

from extractors.models import FeedEntry, RawPage
from extractors.urls import url_key
from flows.execute import extract_and_code
from flows.locks import RunSkipped
from flows.run_report import publish_run_artifact
from flows.runs import RunSummary, new_run_id, run_lifecycle
from flows.settings import Settings, resolve_settings
from flows.stages import PageJob, finish_and_load
from flows.story_pool import pool_prescore
from warehouse.load import RunBatch
from warehouse.raw_store import RunRawPages
from warehouse.reads import seen_url_keys
from warehouse.rows import raw_page_row

log = logging.getLogger("conflictwire.backfill")
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
RAW_FILE_PAGES = 50  # saved pages per raw-page file (a run's chunk of pages)


class BackfillError(ValueError):
    """Nothing to backfill at the path given (one line)."""


def saved_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(
            p
            for p in path.rglob("*")
            if p.is_file() and p.name.lower().endswith(HTML_SUFFIXES + WARC_SUFFIXES)
        )
    if not path.exists():
        raise BackfillError(f"nothing to backfill: {path} does not exist")
    if not path.name.lower().endswith(HTML_SUFFIXES + WARC_SUFFIXES):
        raise BackfillError(f"cannot backfill {path}: expected .html, .htm, .html.gz, .warc or .warc.gz")
    return [path]


def saved_pages(path: Path, base_url: str | None = None) -> Iterator[RawPage]:
    """Every saved page under `path`, as the fetcher would have returned it."""
    root = path if path.is_dir() else path.parent
    for file in saved_files(path):
        if file.name.lower().endswith(WARC_SUFFIXES):
            yield from warc_pages(file)
        else:
            yield html_page(file, root, base_url)


def html_page(file: Path, root: Path, base_url: str | None) -> RawPage:
    body = file.read_bytes()
    if file.name.lower().endswith(".gz"):
        body = gzip.decompress(body)
    if base_url:
        url = base_url.rstrip("/") + "/" + file.relative_to(root).as_posix().removesuffix(".gz")
    else:
        url = file.resolve().as_uri()
    fetched = datetime.fromtimestamp(file.stat().st_mtime, UTC)
    return RawPage(url, url, 200, body, {"content-type": "text/html"}, fetched)


def warc_pages(file: Path) -> Iterator[RawPage]:
    """HTML responses (and resources) of a WARC file; other records (requests, images, CSS) are passed."""
    from warcio.archiveiterator import ArchiveIterator

    with file.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type not in ("response", "resource"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            if not url:
                continue
            status, headers = 200, {}
            if record.http_headers is not None:
                status = int(record.http_headers.get_statuscode() or 0)
                headers = {k.lower(): v for k, v in record.http_headers.headers}
            else:
                headers = {"content-type": record.rec_headers.get_header("Content-Type") or ""}
            media = headers.get("content-type", "").split(";", 1)[0].strip().lower()
            if not 200 <= status < 300 or (media and "html" not in media):
                continue
            body = record.content_stream().read()
            headers.pop("content-encoding", None)  # content_stream() decoded it
            headers.pop("transfer-encoding", None)
            yield RawPage(url, url, status, body, headers, _warc_date(record))


def _warc_date(record: object) -> datetime:
    value = record.rec_headers.get_header("WARC-Date") or ""  # type: ignore[attr-defined]
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return datetime.now(UTC)


@flow(name="backfill")
def backfill(path: str, db_path: str | None = None, base_url: str | None = None) -> RunSummary:
    """Ingest saved pages from `path` (a directory, an HTML(.gz) file or a WARC(.gz) file)."""
    settings = resolve_settings(db=db_path)
    return run_backfill(settings, Path(path), base_url)


def run_backfill(settings: Settings, path: Path, base_url: str | None = None) -> RunSummary:
    logger = get_run_logger()
    files = saved_files(path)  # a wrong path is reported before anything is locked
    summary = RunSummary(run_id=new_run_id(), started_at=datetime.now(UTC), kind="backfill")
    source = f"backfill:{path.name}"
    try:
        with run_lifecycle(settings, summary, command="backfill", say=logger.warning) as run:
            run.stage("read")
            pages = {url_key(p.url): p for p in saved_pages(path, base_url)}
            summary.entries_seen = len(pages)
            with run.read() as con:
                seen = seen_url_keys(con, pages)
            summary.duplicates_skipped = len(seen)
            jobs = [
                PageJob(key, FeedEntry(feed_url=source, link=p.url))
                for key, p in pages.items()
                if key not in seen
            ]
            fresh = [pages[job.key] for job in jobs]
            summary.pages_fetched = len(fresh)
            run.stage("extract")
            processed = (
                extract_and_code(
                    quote([(p, job.entry) for p, job in zip(fresh, jobs, strict=True)]),
                    settings.workers,
                    settings.page_chunk_size,
                )
                if fresh
                else []
            )
            batch = RunBatch()
            store = RunRawPages(settings.db, summary.run_id) if settings.keep_raw_pages else None
            try:
                if store is not None:  # kept as files, as a run's (`warehouse.raw_store`)
                    for start in range(0, len(fresh), RAW_FILE_PAGES):
                        store.add(
                            [raw_page_row(p, url_key(p.url)) for p in fresh[start : start + RAW_FILE_PAGES]]
                        )
                    batch.files.append(store)
                finish_and_load(run, processed, jobs, summary, batch, pool_prescore(settings.workers))
            finally:
                if store is not None:
                    store.discard_spool()
    except RunSkipped as skipped:
        logger.warning(str(skipped))
        summary.status = "skipped"
        return summary
    logger.info("backfill of %d files: %d new articles", len(files), summary.new_articles)
    publish_run_artifact(summary)
    return summary
