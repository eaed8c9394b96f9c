"""The story rule's figures: a toll that grew between two reports, with another figure in common
and the day, is something specific to one happening (`stories.story_score`)."""

from __future__ import annotations

from datetime import datetime, timedelta

from extractors.merge import mention_rows
from extractors.stories import story_score
from extractors.story_evidence import story_evidence

T0 = datetime(2025, 3, 12, 10, 0)  # a Wednesday


def evidence(text: str, lang: str, aid: str, published: datetime = T0):
    return story_evidence(aid, "", text, lang, published, mention_rows(aid, "", published, []))


EARLY = evidence(
    "A missile strike on Poltava on Wednesday killed 12 people, regional officials said. Rescuers"
    " worked through the night at 5 damaged apartment blocks.",
    "en",
    "early",
)


def test_a_grown_toll_with_another_figure_and_the_day_links_two_languages() -> None:
    later = evidence(
        "Une frappe de missile sur Poltava mercredi a tué 14 personnes, selon les autorités régionales."
        " Les secouristes ont travaillé toute la nuit dans 5 immeubles endommagés.",
        "fr",
        "later",
        T0 + timedelta(hours=5),
    )
    s = story_score(EARLY, later)
    assert {"lead_numbers_near", "numbers", "day"} <= set(s.parts)
    assert s.specific and s.links()


def test_a_grown_toll_alone_or_without_the_day_is_not_specific() -> None:
    # the same town and day with a toll near it, nothing else in common: a look-alike's shape
    toll_only = evidence(
        "Une frappe de missile sur Poltava mercredi a tué 14 personnes, selon les autorités régionales."
        " Les secouristes ont travaillé toute la nuit dans les immeubles endommagés.",
        "fr",
        "toll-only",
        T0 + timedelta(hours=5),
    )
    s = story_score(EARLY, toll_only)
    assert "lead_numbers_near" in s.parts and "numbers" not in s.parts
    assert not s.specific and not s.links()
    # the figures alike, but days later and no day named: the town's next strike as well
    days_later = evidence(
        "Une frappe de missile sur Poltava a tué 14 personnes, selon les autorités régionales."
        " Les secouristes ont travaillé toute la nuit dans 5 immeubles endommagés.",
        "fr",
        "days-later",
        T0 + timedelta(days=3),
    )
    s = story_score(EARLY, days_later)
    assert "day" not in s.parts and not s.specific
