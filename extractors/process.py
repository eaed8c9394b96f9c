"""Page -> article -> event mentions, for a chunk of pages: the CPU-bound stage of a run.

Pure and picklable so the flow can run chunks in worker processes. One page's failure is
recorded on its result and never stops the chunk.
"""

from __future__ import annotations

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


@dataclass(frozen=True)
class ProcessedPage:
    """One fetched page after extraction and event coding."""

    page: RawPage
    entry: FeedEntry | None
    article: Article | None
    mentions: tuple[EventMention, ...] = ()
    error: str | None = None
    evidence: StoryEvidence | None = None  # what story linking compares (None: not read)


def published_time(article: Article, page: RawPage) -> datetime | None:
    """When the article was published (naive UTC): its own date, else when it was fetched."""
    return naive_utc(article.published_at) or naive_utc(page.fetched_at)


def article_evidence(article: Article, page: RawPage, mentions: Sequence[EventMention]) -> StoryEvidence:
    """The article's story evidence, keyed as the warehouse keys it (`url_key` of its canonical URL)."""
    article_id = url_key(article.canonical_url)
    published = published_time(article, page)
    rows = mention_rows(article_id, "", published, mentions)
    return story_evidence(article_id, article.title, article.text, article.language, published, rows)


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


def process_chunk(items: Sequence[tuple[RawPage, FeedEntry | None]]) -> list[ProcessedPage]:
    return [process_page(page, entry) for page, entry in items]
