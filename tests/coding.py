"""Code one short report written for a test: the Article the coder reads, built one way for every
test module (`code_text`), and `only` for a report that must give exactly one row."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.events import code_events
from extractors.models import Article, EventMention


def code_text(text: str, *, language: str, published: str | None, title: str = "",
              page_dated: bool = True) -> list[EventMention]:  # fmt: skip
    """The coder's rows for `text`, published at the ISO day or time `published` (None: undated);
    `page_dated` False: that time is not the page's own (its feed's, perhaps a default one)."""
    when = datetime.fromisoformat(published).replace(tzinfo=UTC) if published else None
    article = Article(url="http://example.test/a", canonical_url="http://example.test/a", title=title,
                      text=text, published_at=when, language=language, page_dated=page_dated)  # fmt: skip
    return code_events(article)


def only(mentions: list[EventMention]) -> EventMention:
    assert len(mentions) == 1, mentions
    return mentions[0]
