"""Stories: every report of one happening, whatever its words or language.

Two articles are linked (same story) when
- one is an exact or near duplicate of the other (`extractors/dedup.py`), or
- their lead events are the same merged event (`lead_mention`, `extractors/merge.py`): this is
  what joins a translation or a report in other words, which shares no copied paragraph; or
- their titles are the same headline give or take a few words (`titles_link`: word-set Jaccard
  >= `TITLE_SIMILAR.threshold`, no differing number or name) and they were published within
  `TITLE_LINK_DAYS` of each other, unless their lead events are known to be different.

`assign_stories` closes the links transitively (union-find). A group that reaches existing
stories keeps the oldest one's id (the others are merged into it); a group of new articles only
gets `st-` + the key of its first article.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from extractors.dedup import words_of
from extractors.merge import MentionRow

TITLE_LINK_DAYS = 2
# Words that carry no identity in a headline; numbers are kept ("kills 12" is not "kills 30").
TITLE_STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "on",
        "at",
        "of",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "and",
        "or",
        "after",
        "over",
        "near",
        "into",
        "amid",
        "says",
        "said",
    ]
)
# A mention is the article's lead when its event happened shortly before publication; older
# events are background ("the attack follows last year's massacre...").
LEAD_WINDOW = (timedelta(days=-4), timedelta(days=1))


def lead_mention(rows: Sequence[MentionRow]) -> MentionRow | None:
    """The article's main event: the first coded mention (news leads with it) whose date is
    close to publication; else the first mention."""
    if not rows:
        return None
    ordered = sorted(rows, key=lambda r: r.position)
    for row in ordered:
        published, happened = row.published_at, row.mention.event_date
        if published is None or happened is None:
            return row
        gap = happened - published.date()
        if LEAD_WINDOW[0] <= gap <= LEAD_WINDOW[1]:
            return row
    return ordered[0]


@dataclass(frozen=True)
class StoryNode:
    """An article as story assignment sees it."""

    article_id: str
    published_at: datetime | None
    story_id: str | None = None  # set for articles already in the warehouse
    story_first_published: datetime | None = None  # of that existing story


@dataclass(frozen=True)
class StoryAssignment:
    story_of: dict[str, str]  # new article_id -> story_id
    merged: dict[str, str]  # existing story_id absorbed -> surviving story_id


def new_story_id(article_id: str) -> str:
    return "st-" + hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:24]


def assign_stories(
    new: Sequence[StoryNode], existing: Sequence[StoryNode], links: Iterable[tuple[str, str]]
) -> StoryAssignment:
    """Story ids for the `new` articles given `links` between article ids (new-new or
    new-existing); existing stories joined by a new article are merged into the oldest."""
    nodes = {n.article_id: n for n in existing}
    nodes.update({n.article_id: n for n in new})
    parent = {a: a for a in nodes}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, b in links:
        if a in parent and b in parent and a != b:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    # existing articles of one story are one group already
    first_of_story: dict[str, str] = {}
    for n in existing:
        if n.story_id:
            if n.story_id in first_of_story:
                ra, rb = find(first_of_story[n.story_id]), find(n.article_id)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
            else:
                first_of_story[n.story_id] = n.article_id
    groups: dict[str, list[StoryNode]] = {}
    for a, n in nodes.items():
        groups.setdefault(find(a), []).append(n)

    story_of: dict[str, str] = {}
    merged: dict[str, str] = {}
    new_ids = {n.article_id for n in new}
    for members in groups.values():
        stories = {(n.story_first_published or datetime.max, n.story_id) for n in members if n.story_id}
        if stories:
            survivor = min(stories)[1]
            for _, story_id in stories:
                if story_id != survivor:
                    merged[story_id] = survivor
        else:
            first = min(members, key=lambda n: (n.published_at or datetime.max, n.article_id))
            survivor = new_story_id(first.article_id)
        for n in members:
            if n.article_id in new_ids:
                story_of[n.article_id] = survivor
    return StoryAssignment(story_of=story_of, merged=merged)


def title_words(title: str) -> set[str]:
    """The words a title is compared on: case-folded, without `TITLE_STOP_WORDS`."""
    return {w for w in words_of(title) if w not in TITLE_STOP_WORDS}


def title_names(title: str) -> set[str]:
    """The title's identifying words, case-folded: numbers, and words capitalised anywhere but
    first (places, actors). In a Title Case headline every word counts as one."""
    raw = re.findall(r"\w+", title or "")
    names = {w.casefold() for w in raw if w.isdigit()}
    names |= {w.casefold() for i, w in enumerate(raw) if i > 0 and w[:1].isupper()}
    return names - TITLE_STOP_WORDS


@dataclass(frozen=True)
class TitleKey:
    """What a title is compared on (stored with the article's fingerprint)."""

    words: frozenset[str]
    names: frozenset[str]

    @classmethod
    def of(cls, title: str) -> TitleKey:
        return cls(frozenset(title_words(title)), frozenset(title_names(title)))


def titles_link(a: TitleKey, b: TitleKey, threshold: float) -> bool:
    """Same headline give or take a few words: word-set Jaccard >= threshold, and no word that
    only one title has is a number or a name ("... strike on Kaya" is not "... strike on Goma",
    "kills 12" is not "kills 30")."""
    if not a.words or not b.words:
        return False
    if len(a.words & b.words) / len(a.words | b.words) < threshold:
        return False
    differing = a.words ^ b.words
    return not (differing & (a.names | b.names))


def titles_similar(a: str, b: str, threshold: float) -> bool:
    return titles_link(TitleKey.of(a), TitleKey.of(b), threshold)


def published_close(a: datetime | None, b: datetime | None, days: int = TITLE_LINK_DAYS) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= timedelta(days=days)
