"""Page -> article -> event mentions, for a chunk of pages: the CPU-bound stage of a run.

Pure and picklable so the flow can run chunks in worker processes. One page's failure is
recorded on its result and never stops the chunk.

`process_chunk(items, strip_raw=True, compress_raw=...)` is what the run's worker processes execute:
the result carries the page without its bytes, their size, and (with `compress_raw`) the body
compressed as `raw_pages` stores it (`raw_zlib`), so only the article, its mentions and the
compressed copy travel back to the flow process.
"""

from __future__ import annotations

import dataclasses
import gc
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from extractors.article import extract_article
from extractors.events import code_events
from extractors.merge import mention_rows
from extractors.models import Article, EventMention, FeedEntry, RawPage
from extractors.story_evidence import StoryEvidence, story_evidence
from extractors.times import naive_utc
from extractors.urls import url_key

# zlib level of `raw_pages.body_zlib` (any level decompresses the same way): 3 costs 1.0 ms a page
# of 121 KB HTML and keeps 4.6x; 6, the level of earlier runs, 2.1 ms for 5.1x (bench/README.md).
RAW_ZLIB_LEVEL = 3


@dataclass(frozen=True)
class ProcessedPage:
    """One fetched page after extraction and event coding. With `raw_bytes` set, `page.content`
    is empty (dropped in the worker), `raw_bytes` is the body's size and `raw_zlib` the body
    compressed, when asked for."""

    page: RawPage
    entry: FeedEntry | None
    article: Article | None
    mentions: tuple[EventMention, ...] = ()
    error: str | None = None
    evidence: StoryEvidence | None = None  # what story linking compares (None: not read)
    raw_zlib: bytes | None = None
    raw_bytes: int | None = None

    @property
    def body_bytes(self) -> int:
        """The fetched body's size, whether or not the bytes are still on the page."""
        return self.raw_bytes if self.raw_bytes is not None else len(self.page.content)


def published_time(article: Article, page: RawPage) -> datetime | None:
    """When the article was published (naive UTC): its own date, else when it was fetched."""
    return naive_utc(article.published_at) or naive_utc(page.fetched_at)


def article_evidence(article: Article, page: RawPage, mentions: Sequence[EventMention]) -> StoryEvidence:
    """The article's story evidence, keyed as the warehouse keys it (`url_key` of its canonical URL);
    read undated when the page gives no date of its own (the feed's date may be a default one)."""
    article_id = url_key(article.canonical_url)
    published = published_time(article, page)
    rows = mention_rows(article_id, "", published, mentions)
    dated = article.page_dated and article.published_at is not None
    return story_evidence(
        article_id, article.title, article.text, article.language, published, rows, dated=dated
    )


def process_page(page: RawPage, entry: FeedEntry | None) -> ProcessedPage:
    if not page.ok:
        return ProcessedPage(page, entry, None, error=page.error or f"HTTP {page.status}")
    try:
        article = extract_article(page, entry)
    except Exception as exc:  # extractor bugs must not lose the run
        return ProcessedPage(page, entry, None, error=f"extract failed: {type(exc).__name__}: {exc}")
    if article.page_kind != "article" or not article.text:
        return ProcessedPage(page, entry, article)  # stored, flagged by page_kind, not coded
    try:
        mentions = tuple(code_events(article))
    except Exception as exc:
        return ProcessedPage(page, entry, article, error=f"event coding failed: {type(exc).__name__}: {exc}")
    try:
        evidence = article_evidence(article, page, mentions)
    except Exception as exc:  # the article and its events are kept; it links by copies and titles only
        return ProcessedPage(
            page, entry, article, mentions, error=f"story evidence failed: {type(exc).__name__}: {exc}"
        )
    return ProcessedPage(page, entry, article, mentions, evidence=evidence)


def without_raw_bytes(result: ProcessedPage, compress: bool) -> ProcessedPage:
    """The result without its page's body (smaller to send, to keep); with `compress`, the body's
    zlib copy instead."""
    content = result.page.content
    return dataclasses.replace(
        result,
        page=dataclasses.replace(result.page, content=b""),
        raw_zlib=zlib.compress(content, RAW_ZLIB_LEVEL) if compress else None,
        raw_bytes=len(content),
    )


# GC_FREEZE: after the first chunk a process ran (its warm-up: packs, lexicons, patterns, language
# model, the first remembered answers: some million objects that live as long as the process), the
# objects alive are moved out of the cyclic garbage collector's reach (`gc.freeze`), so its full
# collections stop walking them again and again; and the collector runs less often (GC_THRESHOLDS:
# a page allocates some hundred thousand objects, nearly all freed by reference counting, so the
# default 700 allocations between young collections made it run thousands of times a page).
# 600 pages after a 100-page warm-up, one process: 56.5 ms CPU a page, 10.3 of them in the
# collector, by default; 52.1 (8.1) frozen; 44.2 (1.7) frozen with these thresholds
# (bench/README.md; RSS flat: bench/worker_memory.py).
# GC_EARLY: the thresholds hold from the first chunk's start, its warm-up included (which builds
# those million objects: with the default 700 the collector walked them over and over): collector
# CPU in a worker's first 50 pages 0.94 -> 0.42 s (round 14, bench/README.md).
FREEZE_AFTER_FIRST_CHUNK = True
GC_THRESHOLDS = (20_000, 20, 20)
_frozen = False


def _freeze_warm_objects() -> None:
    global _frozen
    if FREEZE_AFTER_FIRST_CHUNK and not _frozen:
        _frozen = True
        gc.collect()  # the garbage of the warm-up goes first: what is frozen is never collected
        gc.freeze()
        gc.set_threshold(*GC_THRESHOLDS)


def process_chunk(
    items: Sequence[tuple[RawPage, FeedEntry | None]], strip_raw: bool = False, compress_raw: bool = False
) -> list[ProcessedPage]:
    if FREEZE_AFTER_FIRST_CHUNK and not _frozen:
        gc.set_threshold(*GC_THRESHOLDS)  # GC_EARLY
    results = [process_page(page, entry) for page, entry in items]
    _freeze_warm_objects()
    return [without_raw_bytes(r, compress_raw) for r in results] if strip_raw else results
