"""The `reprocess` Prefect flow: re-run cleaning, coding, deduplication and merging over the
stored raw pages after the rules change, updating the warehouse in place.

stored article ids (since DATE) -> per chunk: read pages (read-only) -> extract + code (the
ingest flow's CPU task) -> rewrite the chunk in one transaction (`warehouse.reprocess_store`).
It holds the writer lock (`flows.locks`: no ingest writes meanwhile) and opens the file for writing
for each chunk's write only; its own reads go to the main file read-only (never the snapshot, which
lags its own writes); the snapshot readers use is published when it ends. The run is one `runs` row (kind 'reprocess') with what
it added, changed, merged and retired (`event_changes` lists them).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from extractors.process import ProcessedPage
from extractors.times import naive_utc
from flows.execute import extract_and_code
from flows.locks import writer_lock
from flows.runs import new_run_id
from flows.settings import Settings
from flows.story_days import redated_by_story
from warehouse.connection import connect, publish_snapshot
from warehouse.history import count_run_changes
from warehouse.reprocess_store import (
    Rewritten,
    StoredPage,
    record_reprocess_run,
    rewrite_articles,
    stored_article_ids,
    stored_pages,
)
from warehouse.rows import errors_json

DEFAULT_CHUNK = 500  # articles per write transaction


@dataclass
class ReprocessSummary:
    run_id: str
    started_at: datetime
    since: date | None = None
    finished_at: datetime | None = None
    status: str = "running"
    articles: int = 0  # re-extracted and re-coded
    without_page: int = 0  # in the window, but no raw page stored: left as they are
    failed: int = 0  # re-extraction failed: left as they are
    mentions_before: int = 0
    mentions_after: int = 0
    events_touched: int = 0
    events_added: int = 0
    events_changed: int = 0
    events_merged: int = 0
    events_retired: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)

    def error(self, url: str, stage: str, message: str) -> None:
        self.errors.append({"url": url, "stage": stage, "error": message})

    def row(self) -> dict:
        return {
            "run_id": self.run_id,
            "kind": "reprocess",
            "since": self.since,
            "started_at": naive_utc(self.started_at),
            "finished_at": naive_utc(self.finished_at),
            "status": self.status,
            "articles_reprocessed": self.articles,
            "event_mentions": self.mentions_after,
            "events": self.events_touched,
            "events_added": self.events_added,
            "events_changed": self.events_changed,
            "events_merged": self.events_merged,
            "events_retired": self.events_retired,
            "errors": errors_json(self.errors),
        }


@task(name="load-stored-pages", cache_policy=NO_CACHE)
def load_stored_pages(db: Path, article_ids: Sequence[str]) -> list[StoredPage]:
    con = _read_main(db)
    try:
        return stored_pages(con, article_ids)
    finally:
        con.close()


@task(name="rewrite-articles", cache_policy=NO_CACHE)
def rewrite_chunk(
    db: Path, results: Sequence[Rewritten], summary: ReprocessSummary, pending: Sequence[str] = ()
) -> None:
    """The chunk's single write: one transaction. `pending`: the articles of later chunks."""
    con = connect(db)
    try:
        counts = rewrite_articles(con, results, summary.run_id, pending, redate=redated_by_story)
        summary.articles += counts.articles
        summary.mentions_before += counts.mentions_before
        summary.mentions_after += counts.mentions_after
        summary.events_touched += counts.events_touched
    finally:
        con.close()


def _rewritten(stored: Sequence[StoredPage], processed: Sequence[ProcessedPage], summary: ReprocessSummary):
    out = []
    for item, result in zip(stored, processed, strict=True):
        if result.article is None or (result.error and result.article.page_kind == "article"):
            summary.failed += 1
            summary.error(item.page.url, "reprocess", result.error or "no article extracted")
            continue
        outlet = result.article.site_name or item.outlet
        evidence = result.evidence
        if evidence is not None and evidence.article_id != item.article_id:
            evidence = dataclasses.replace(evidence, article_id=item.article_id)
        out.append(
            Rewritten(
                item.article_id, result.article, result.mentions, outlet, item.page.fetched_at, evidence
            )
        )
    return out


@flow(name="reprocess")
def reprocess(
    db_path: str = "data/conflictwire.duckdb", since: date | None = None, chunk_size: int = DEFAULT_CHUNK
) -> ReprocessSummary:
    """Re-clean and re-code every stored article published on or after `since` (all when None)."""
    settings = Settings(db=Path(db_path))
    logger = get_run_logger()
    with writer_lock(settings.db, wait_s=settings.lock_wait_s, command="reprocess", on_wait=logger.warning):
        try:
            return run_reprocess(settings, since=since, chunk_size=chunk_size)
        finally:
            try:
                publish_snapshot(settings.db)
            except OSError as exc:
                logger.warning("snapshot not published: %s", exc)


def _read_main(db: Path):
    """A trusted read of the main file (the run's own state, not the published snapshot)."""
    return connect(db, read_only=True, snapshot=False, sandbox=False)


def run_reprocess(
    settings: Settings, *, since: date | None, chunk_size: int = DEFAULT_CHUNK
) -> ReprocessSummary:
    logger = get_run_logger()
    db = settings.db
    summary = ReprocessSummary(run_id=new_run_id(), started_at=datetime.now(UTC), since=since)
    con = connect(db)  # migrates an older warehouse, and records the run before it starts
    try:
        record_reprocess_run(con, summary.row())
    finally:
        con.close()
    try:
        con = _read_main(db)
        try:
            ids, summary.without_page = stored_article_ids(con, since)
        finally:
            con.close()
        step = max(1, chunk_size)
        for start in range(0, len(ids), step):
            stored = load_stored_pages(db, ids[start : start + step])
            items = [(s.page, s.entry) for s in stored]
            processed = (
                extract_and_code(quote(items), settings.workers, settings.page_chunk_size) if items else []
            )
            rewrite_chunk(db, _rewritten(stored, processed, summary), summary, quote(ids[start + step :]))
        summary.status = "ok" if not summary.errors else "partial"
    except Exception as exc:
        summary.status = "failed" if summary.articles == 0 else "partial"
        summary.error("", "run", f"{type(exc).__name__}: {exc}")
        raise
    finally:
        summary.finished_at = datetime.now(UTC)
        con = connect(db)
        try:
            record_reprocess_run(con, summary.row())
            counts = count_run_changes(con, summary.run_id)
        finally:
            con.close()
        summary.events_added = counts["added"]
        summary.events_changed = counts["changed"]
        summary.events_merged = counts["merged"]
        summary.events_retired = counts["retired"]
    logger.info(
        "reprocess %s: %d articles re-coded (%d without a stored page, %d failed), mentions %d -> %d, "
        "events %d added, %d changed, %d merged, %d retired",
        summary.run_id, summary.articles, summary.without_page, summary.failed, summary.mentions_before,
        summary.mentions_after, summary.events_added, summary.events_changed, summary.events_merged,
        summary.events_retired,
    )  # fmt: skip
    return summary
