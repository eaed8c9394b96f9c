"""Headlines in the story rule: two headlines alike give or take a few words (`titles_link`:
word-set Jaccard over `TITLE_SIMILAR.threshold`, no differing word a number or a name;
`titles_similar` on raw titles; `_titles_close` on two reports' evidence), specific to one
happening when they share a figure or `TITLE_SPECIFIC_WORDS` words (`_title_specific`), and
published within `TITLE_LINK_DAYS` (`published_close`: how a report without story evidence follows
a near-identical headline's story). Split out of stories.py, which names them all as before."""

from __future__ import annotations

from datetime import datetime, timedelta

from extractors.dedup import TITLE_SIMILAR
from extractors.story_evidence import StoryEvidence, TitleKey

TITLE_LINK_DAYS = 2
TITLE_SPECIFIC_WORDS = 5


def _title_specific(a: StoryEvidence, b: StoryEvidence) -> bool:
    """Headlines alike say one happening when they share a figure or enough words: "Toll rises
    in Mopti attack" is every week's headline in Mopti."""
    shared = a.title_words & b.title_words
    return any(w.isdigit() for w in shared) or len(shared) >= TITLE_SPECIFIC_WORDS


def _titles_close(a: StoryEvidence, b: StoryEvidence) -> bool:
    if not a.title_words or not b.title_words or a.title_words.isdisjoint(b.title_words):
        return False  # no word in common: a Jaccard of 0 (TITLE_SIMILAR.threshold is above it)
    return titles_link(TitleKey(a.title_words, a.title_names), TitleKey(b.title_words, b.title_names),
                       TITLE_SIMILAR.threshold)  # fmt: skip


def titles_link(a: TitleKey, b: TitleKey, threshold: float) -> bool:
    """Same headline give or take a few words: word-set Jaccard >= threshold, and no word that
    only one title has is a number or a name ("... strike on Kaya" is not "... strike on Bunia",
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
