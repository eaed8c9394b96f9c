"""NAMED_PLACE_KEYS (`story_records.named_place_key`): a report that resolved a place meets a report
that only writes the place's name, whatever provinces or countries the two are filed under.

The shape: a raid on a border town is told by an outlet of the neighbouring country, whose report
is about its own side of the border (its provinces, its country) and names the town without the
place finder resolving it there. Both reports give the toll in their leads and were published the
same day; before the rule they shared no blocking key and were never scored.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from test_stories import _run, _stories

from extractors.dedup import NewArticle
from extractors.stories import blocked_together, story_score
from extractors.story_evidence import Spot, StoryEvidence

DAY = datetime(2026, 3, 10, 9, tzinfo=UTC)
ORDINAL = DAY.date().toordinal()


def _resolved(aid: str = "resolved") -> StoryEvidence:
    """Placed in the town of Amchide (Far North, Cameroon)."""
    return StoryEvidence(
        article_id=aid, language="en", published=DAY, anchor=(ORDINAL - 1, ORDINAL), country="cameroon",
        countries=frozenset({"cameroon", "nigeria"}),
        places=(Spot("Amchide", "Far North", "Cameroon", 11.0, 14.13, 1.0),),
        regions=frozenset({"cameroon|far north"}), numbers=frozenset({14}), lead_numbers=frozenset({14}),
        names=frozenset({"boko haram"}),
    )  # fmt: skip


def _written(
    aid: str = "written", countries: frozenset[str] = frozenset({"nigeria", "cameroon"})
) -> StoryEvidence:
    """About Borno (Nigeria); writes "Amchide" as a name only."""
    return StoryEvidence(
        article_id=aid, language="fr", published=DAY, anchor=(ORDINAL - 1, ORDINAL), country="nigeria",
        countries=countries, places=(Spot("Banki", "Borno", "Nigeria", 11.32, 13.69, 1.0),),
        regions=frozenset({"nigeria|borno"}), numbers=frozenset({14}), lead_numbers=frozenset({14}),
        names=frozenset({"amchide", "boko haram"}),
    )  # fmt: skip


def test_a_resolved_place_meets_its_name_written_in_a_report_filed_elsewhere() -> None:
    a, b = _resolved(), _written()
    assert blocked_together(a, b) and blocked_together(b, a)
    assert story_score(a, b).links()  # the pair the keys let through is one the rule links


def test_the_name_meets_only_in_a_country_the_writer_names() -> None:
    a, b = _resolved(), _written(countries=frozenset({"nigeria"}))
    assert not blocked_together(a, b)


def test_a_report_without_keys_of_its_own_probes_no_names() -> None:
    keyless = StoryEvidence(article_id="k", countries=frozenset({"cameroon"}), names=frozenset({"amchide"}))
    assert keyless.blocking_keys() == frozenset() and keyless.probe_keys() == frozenset()


TEXTS = {
    "resolved": "Gunmen raided Amchide overnight and killed 14 villagers, local officials said.",
    "written": "Quatorze villageois ont été tués lors d'un raid nocturne à Amchide, de l'autre côté de la frontière.",
}


def _new(e: StoryEvidence) -> NewArticle:
    return NewArticle(e.article_id, f"{e.article_id}.example", DAY, f"Raid ({e.article_id})", TEXTS[e.article_id],
                      evidence=e)  # fmt: skip


def test_stored_reports_meet_by_name_in_either_order(tmp_path: Path) -> None:
    """Through the warehouse's `story_keys`: the stored report is found by a new one's keys, either
    way round, as in one run."""
    stories = []
    for name, runs in (
        ("one", [[_resolved(), _written()]]),
        ("resolved_first", [[_resolved()], [_written()]]),
        ("written_first", [[_written()], [_resolved()]]),
    ):
        db = tmp_path / f"{name}.duckdb"
        for n, run in enumerate(runs):
            _run(db, [_new(e) for e in run], run_id=f"{name}-{n}")
        stories.append(_stories(db))
    for s in stories:
        assert s["resolved"] == s["written"]
    assert stories[0] == stories[1] == stories[2]
