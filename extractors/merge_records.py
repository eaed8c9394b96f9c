"""The records of merging: a coded mention with what merging needs about its article
(`MentionRow`, its natural key `mention_id_for` / `position_of`, an article's rows
`mention_rows`), a stored event with its mentions (`ExistingEvent`) and a merge's outcome
(`MergeResult`). The rules that compare them are `extractors/merge.py` (which names these too).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from extractors.models import Event, EventMention
from extractors.times import naive_utc


@dataclass(frozen=True)
class MentionRow:
    """One coded mention with what merging needs about its article."""

    mention_id: str
    article_id: str
    outlet: str
    published_at: datetime | None
    mention: EventMention
    position: int = 0  # order of the mention in its article (0 = first coded)
    # what the article says, not where it is served from (`Article.content_hash`): orders reports
    # published at the same time (`event_groups.order_key`), so events do not hang on URLs
    content_key: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "published_at", naive_utc(self.published_at))


@dataclass(frozen=True)
class ExistingEvent:
    """An event already in the warehouse with the mentions assigned to it."""

    event_id: str
    mentions: tuple[MentionRow, ...]


@dataclass(frozen=True)
class MergeResult:
    """Every new mention's event, and the full new state of every event touched."""

    assignments: dict[str, str]  # mention_id -> event_id (new mentions, and mentions that moved)
    events: tuple[Event, ...]
    new_event_ids: frozenset[str] = field(default_factory=frozenset)
    absorbed: dict[str, str] = field(default_factory=dict)  # stored event merged away -> its survivor

    def event_id_of(self, mention_id: str) -> str | None:
        return self.assignments.get(mention_id)


def mention_id_for(article_id: str, position: int) -> str:
    """Natural key of a mention (`event_mentions.mention_id`): its article and its position in
    the coder's output, main event first. Sorting by it keeps an article's mentions together and
    in the coder's order; re-coding an article replaces its rows position by position."""
    return f"{article_id}:{position:03d}"


def position_of(mention_id: str) -> int:
    """The position `mention_id_for` put in a mention id (0 for an id of another form)."""
    tail = mention_id.rpartition(":")[2]
    return int(tail) if tail.isdigit() else 0


def mention_rows(
    article_id: str,
    outlet: str,
    published_at: datetime | None,
    mentions: Sequence[EventMention],
    content_key: str = "",
) -> tuple[MentionRow, ...]:
    """The `MentionRow`s of one article's coded mentions, in the coder's order; `content_key`:
    the article's `content_hash`."""
    return tuple(
        MentionRow(mention_id_for(article_id, i), article_id, outlet, published_at, m, i, content_key)
        for i, m in enumerate(mentions)
    )
