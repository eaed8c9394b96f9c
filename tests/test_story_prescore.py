"""PRESCORED_CANDIDATES and STORY_SCORES_ON_POOL: story candidates scored ahead (here or on the
run's worker pool) give the decisions, links and scores of a replay that scores them itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from story_cases import make_cases

import extractors.story_groups as story_groups
from extractors.stories import STORY_LINK, story_score
from extractors.story_candidates import (
    candidate_lists,
    prescore_here,
    read_scores,
    score_chunk,
    split_by_pairs,
)
from extractors.story_groups import contradicts, order_key, replay
from flows.demo import recorded_web
from flows.story_pool import pool_prescore
from tests.test_story_rules import evidence


def _reports(n: int = 60, seed: int = 11):
    return [
        evidence(r.text, r.language, r.title, r.published, aid=r.report_id) for r in make_cases(n, seed=seed)
    ]


def _same(a, b) -> None:
    assert a.links == b.links
    assert a.group_of == b.group_of
    assert a.scores == b.scores


def test_candidates_scored_ahead_give_the_same_decisions_and_are_not_scored_again(monkeypatch) -> None:
    reports = _reports()
    plain = replay(reports)
    calls: list[int] = []
    counted = story_groups.story_score

    def counting(a, b, setting=STORY_LINK):
        calls.append(1)
        return counted(a, b, setting)

    monkeypatch.setattr(story_groups, "story_score", counting)
    replay(reports)
    scored_here = len(calls)
    calls.clear()
    ahead = replay(reports, prescore=prescore_here)
    _same(ahead, plain)
    ordered = sorted(reports, key=order_key)
    candidates = sum(len(o) for _, o in candidate_lists(ordered, None, STORY_LINK.window_days))
    assert candidates > 100
    # the decisions score only what depends on earlier decisions (fits, bridges) themselves
    assert len(calls) <= scored_here - candidates


def test_scored_ahead_with_some_reports_kept_as_stored() -> None:
    reports = _reports(40, seed=12)
    first = replay(reports[: len(reports) // 2])
    kept = {aid: links for aid, links in first.links.items()}
    later = {e.article_id for e in reports[len(reports) // 2 :]}
    plain = replay(reports, decide=later, kept=kept)
    _same(replay(reports, decide=later, kept=kept, prescore=prescore_here), plain)


def test_only_the_total_comes_back_where_a_decision_reads_nothing_else() -> None:
    ordered = sorted(_reports(30, seed=13), key=order_key)
    lists = candidate_lists(ordered, None, STORY_LINK.window_days)
    scored = score_chunk(lists)
    full = light = 0
    for (e, others), (seen, scores) in zip(lists, read_scores(lists, scored), strict=True):
        assert seen is others
        for other, s in zip(others, scores, strict=True):
            real = story_score(e, other)
            assert s.total == real.total
            assert s.links() == real.links() and contradicts(s) == contradicts(real)
            if s == real:
                full += 1
            else:
                light += 1
                assert not s.parts and not s.specific
    assert full and light


def test_chunks_keep_every_report_whole_and_in_order() -> None:
    ordered = sorted(_reports(30, seed=14), key=order_key)
    lists = candidate_lists(ordered, None, STORY_LINK.window_days)
    chunks = split_by_pairs(lists, 7)
    assert len(chunks) > 1
    assert [item for chunk in chunks for item in chunk] == lists


def test_scored_on_the_shared_pool_as_a_run_does() -> None:
    reports = _reports(60, seed=11)
    prescore = pool_prescore(2, min_pairs=0)
    assert prescore is not None and pool_prescore(1) is None
    _same(replay(reports, prescore=prescore), replay(reports))


@pytest.mark.slow
def test_a_run_scores_its_story_candidates_on_its_pool(
    prefect_harness: None, tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """STORY_SCORES_ON_POOL wired: an ingest run with two workers hands its story candidates to
    its pool (every pair, with the floor at 0) and reads their scores back."""
    import flows.story_pool as story_pool
    from flows.ingest import ingest
    from tests.test_flow_e2e import SITE, counts, write_feeds_file

    monkeypatch.setenv("CONFLICTWIRE_PER_HOST_DELAY_S", "0")
    monkeypatch.setenv("CONFLICTWIRE_WORKERS", "2")
    monkeypatch.setattr(story_pool, "POOL_MIN_PAIRS", 0)
    chunks: list[int] = []
    reading = story_pool.read_scores

    def read(chunk, scored):
        chunks.append(len(chunk))
        return reading(chunk, scored)

    monkeypatch.setattr(story_pool, "read_scores", read)
    with recorded_web(SITE) as web:
        summary = ingest(feeds_path=str(write_feeds_file(tmp_path, web.base_url)), db_path=str(db_path))
    assert summary.new_articles > 0 and counts(db_path)["stories"] > 0
    assert chunks and sum(chunks) > 0
