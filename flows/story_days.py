"""Undated reports dated by their story: the day a page with no date of its own is read from.

A page that gives no publication date of its own (`Article.page_dated` False) is coded from its
feed's date, which may be a default one (the same date for every undated item of a feed), so its
relative dates ("yesterday", "on Thursday") and its undated events land on a day that has
nothing to do with the event, and they never merge with the same event told by dated reports.
Once story linking has put such a report in a story with dated reports, the story says when it
was written: it is coded again from the first publication of the story's dated reports
(`story_day`), the day closest to the happening every report of the story tells. A report the
story linking left alone keeps its feed's date; so does every dated page.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Collection, Mapping
from datetime import UTC, datetime

from extractors.events import code_events
from extractors.models import Article, EventMention
from extractors.story_groups import OrderKey


def story_days(
    group_of: Mapping[str, str], order: Mapping[str, OrderKey], undated: Collection[str]
) -> dict[str, datetime]:
    """For each undated report (`undated`) in a story (`group_of`: report -> its story's first
    report) that holds dated reports: the earliest publication time of those (`order`: each
    report's canonical order key, its publication first; undated reports sort last)."""
    members: dict[str, list[str]] = defaultdict(list)
    for report, head in group_of.items():
        members[head].append(report)
    days: dict[str, datetime] = {}
    for report in undated:
        head = group_of.get(report)
        if head is None:
            continue
        dated = [
            order[other][0]
            for other in members[head]
            if other != report and other in order and order[other][0] != datetime.max
        ]
        if dated:
            days[report] = min(dated)
    return days


def recoded_from_story(article: Article, day: datetime) -> tuple[EventMention, ...]:
    """The article's events coded again, read from its story's `day` (the page stays undated: a
    full date its text states later than that day still wins, `coder._reference_day`)."""
    when = day if day.tzinfo is not None else day.replace(tzinfo=UTC)
    return tuple(code_events(dataclasses.replace(article, published_at=when)))
