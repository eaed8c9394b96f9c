"""Page -> article -> event mentions, for a chunk of pages: the CPU-bound stage of a run.

Pure and picklable so the flow can run chunks in worker processes. One page's failure is
recorded on its result and never stops the chunk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extractors.article import extract_article
from extractors.events import code_events
from extractors.models import Article, EventMention, FeedEntry, RawPage


@dataclass(frozen=True)
class ProcessedPage:
    """One fetched page after extraction and event coding."""

    page: RawPage
    entry: FeedEntry | None
    article: Article | None
    mentions: tuple[EventMention, ...] = ()
    error: str | None = None


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
    return ProcessedPage(page, entry, article, mentions)


def process_chunk(items: Sequence[tuple[RawPage, FeedEntry | None]]) -> list[ProcessedPage]:
    return [process_page(page, entry) for page, entry in items]
