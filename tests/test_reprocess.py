"""`conflictwire reprocess` after a rule change: rows move in place, with no duplicate and no
stale mention; an event left without reports is retired and its id still resolves; reverting the
rule brings the warehouse back; a reprocess with unchanged rules changes nothing."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

import extractors.process
from extractors.events import code_events
from flows.cli import app
from tests.source_lists import FRESH_SOURCE_LISTS

pytestmark = pytest.mark.slow
runner = CliRunner()

DROPPED = "burkina-attaque-village-djibo"  # the new rule codes no event here
MOVED = "mali-convoy-bombing-toll-rises"  # ... dates this report a month later (it leaves its event)
SPLIT = "al-shabaab-assault-army-base-balcad"  # ... finds a second event here


def changed_rule(article):
    mentions = code_events(article)
    if DROPPED in article.url:
        return []
    if MOVED in article.url and mentions:  # its main event only
        lead = mentions[0]
        return [dataclasses.replace(lead, event_date=lead.event_date + timedelta(days=30)), *mentions[1:]]
    if SPLIT in article.url and mentions:
        first = mentions[0]
        extra = dataclasses.replace(
            first, event_type="Strategic developments", sub_event_type="Headquarters or base established",
            event_date=first.event_date - timedelta(days=3), fatalities=0,
        )  # fmt: skip
        return [*mentions, extra]
    return mentions


@pytest.fixture(autouse=True)
def _in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONFLICTWIRE_WORKERS", "1")  # coding in this process, where the rule is patched


def snapshot(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        return {
            "mentions": q("SELECT mention_id, article_id, event_id FROM event_mentions ORDER BY mention_id"),
            "events": {
                r[0]: r[1:] for r in q("SELECT event_id, n_mentions, n_articles, event_date FROM events")
            },
            "counts": dict(q("SELECT event_id, count(*) FROM event_mentions GROUP BY 1")),
            "orphans": q(
                "SELECT mention_id FROM event_mentions WHERE event_id NOT IN (SELECT event_id FROM events)"
            ),
            "empty": q(
                "SELECT event_id FROM events WHERE event_id NOT IN (SELECT event_id FROM event_mentions)"
            ),
            "by_url": dict(
                q("SELECT m.mention_id, a.url FROM event_mentions m JOIN articles a USING (article_id)")
            ),
            "articles": q("SELECT count(*), count(DISTINCT article_id) FROM articles")[0],
            "stories": q(
                "SELECT story_id FROM stories WHERE story_id NOT IN (SELECT story_id FROM articles)"
            ),
            "story_evidence": dict(
                q("SELECT a.url, e.evidence FROM story_evidence e JOIN articles a USING (article_id)")
            ),
            "undecided": q(
                "SELECT article_id FROM story_evidence WHERE article_id NOT IN (SELECT article_id FROM story_links)"
            ),
            "story_of": dict(q("SELECT article_id, story_id FROM articles")),
            "source_lists": q("SELECT event_id, reports, source FROM event_source_lists ORDER BY 1"),
            "fresh_source_lists": q(FRESH_SOURCE_LISTS),
            "story_outlets": q("SELECT story_id, outlets, articles FROM story_outlets ORDER BY 1"),
            "fresh_story_outlets": q(
                "SELECT story_id, count(DISTINCT outlet)::INTEGER, count(*)::INTEGER FROM articles"
                " WHERE story_id IS NOT NULL GROUP BY 1 ORDER BY 1"
            ),
        }
    finally:
        con.close()


def assert_consistent(state: dict) -> None:
    ids = [m[0] for m in state["mentions"]]
    assert len(ids) == len(set(ids)), "duplicate mention ids"
    per_article: dict[str, list[int]] = {}
    for mention_id, article_id, _ in state["mentions"]:
        assert mention_id.startswith(article_id + ":")
        per_article.setdefault(article_id, []).append(int(mention_id.rsplit(":", 1)[1]))
    for positions in per_article.values():
        assert sorted(positions) == list(range(len(positions))), "a stale mention is left"
    assert not state["orphans"] and not state["empty"] and not state["stories"]
    assert not state["undecided"], "story evidence without a story decision"
    for event_id, (n_mentions, _, _) in state["events"].items():
        assert n_mentions == state["counts"][event_id], event_id
    assert state["articles"][0] == state["articles"][1]
    assert state["source_lists"] == state["fresh_source_lists"], "stale stored source lists"
    assert state["story_outlets"] == state["fresh_story_outlets"], "stale stored story outlets"


def event_of(state: dict, fragment: str) -> set[str]:
    return {eid for mid, _, eid in state["mentions"] if fragment in state["by_url"][mid]}


def lead_event_of(state: dict, fragment: str) -> set[str]:
    """The event of the report's main (first) mention."""
    return {
        eid
        for mid, _, eid in state["mentions"]
        if fragment in state["by_url"][mid] and int(mid.rsplit(":", 1)[1]) == 0
    }


def reprocess(db: Path) -> None:
    result = runner.invoke(app, ["reprocess", "--db", str(db)])
    assert result.exit_code == 0, result.output


def test_reprocess_after_a_rule_change_moves_rows_in_place(
    copy_of_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = copy_of_demo
    reprocess(db)  # today's rules on today's data: settles anything an earlier version stored
    before = snapshot(db)
    assert_consistent(before)

    reprocess(db)
    assert snapshot(db) == before  # unchanged rules change nothing
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM last_run_changes").fetchone()[0] == 0
    con.close()

    monkeypatch.setattr(extractors.process, "code_events", changed_rule)
    reprocess(db)
    after = snapshot(db)
    assert_consistent(after)
    (dropped_event,) = event_of(before, DROPPED)
    (shared_event,) = lead_event_of(before, MOVED)
    assert not event_of(after, DROPPED) and dropped_event not in after["events"]
    (moved_to,) = lead_event_of(after, MOVED)
    assert moved_to != shared_event
    assert after["events"][shared_event][1] == before["events"][shared_event][1] - 1  # one article fewer
    assert len(event_of(after, SPLIT)) == len(event_of(before, SPLIT)) + 1
    assert len(after["mentions"]) == len(before["mentions"]) + 1 - 1  # one dropped, one found
    (moved_url,) = {u for u in before["story_evidence"] if MOVED in u}
    assert after["story_evidence"][moved_url] != before["story_evidence"][moved_url]  # read anew
    unchanged = [u for u in before["story_evidence"] if not any(f in u for f in (DROPPED, MOVED, SPLIT))]
    assert all(after["story_evidence"][u] == before["story_evidence"][u] for u in unchanged)

    con = duckdb.connect(str(db), read_only=True)
    changes = dict(con.execute("SELECT change, count(*) FROM last_run_changes GROUP BY 1").fetchall())
    run = con.execute(
        "SELECT kind, status, articles_reprocessed, events_added, events_changed, events_retired"
        " FROM runs ORDER BY started_at DESC LIMIT 1"
    ).fetchone()
    resolved = con.execute(
        "SELECT status, current_event_id FROM event_ids WHERE event_id = ?", [dropped_event]
    ).fetchone()
    con.close()
    assert changes == {"added": 2, "changed": 1, "retired": 1}, changes
    assert run == ("reprocess", "ok", before["articles"][0], 2, 1, 1)
    assert resolved == ("retired", None)
    shown = runner.invoke(app, ["event", dropped_event, "--db", str(db)])
    assert shown.exit_code == 0 and "retired" in shown.output

    monkeypatch.setattr(extractors.process, "code_events", code_events)
    reprocess(db)
    restored = snapshot(db)
    assert_consistent(restored)
    assert restored["mentions"] == before["mentions"]  # the same rows, the same event ids
    assert restored["story_evidence"] == before["story_evidence"]
    assert restored["story_of"] == before["story_of"]  # the same stories, under the same ids
    assert {k: v[:2] for k, v in restored["events"].items()} == {
        k: v[:2] for k, v in before["events"].items()
    }
    con = duckdb.connect(str(db), read_only=True)
    back = con.execute("SELECT status FROM event_ids WHERE event_id = ?", [dropped_event]).fetchone()
    gone = con.execute("SELECT status FROM event_ids WHERE event_id = ?", [moved_to]).fetchone()
    con.close()
    assert back == ("current",)  # the re-coded report founds its old id again
    assert gone == ("merged",)  # its report went back to the shared event: its id points there


def test_a_reprocess_in_small_chunks_decides_the_same_stories(copy_of_demo: Path) -> None:
    """Each chunk leaves the articles of later chunks out of its story decisions until their own
    chunk: chunked or not, the same stories under the same ids."""
    db = copy_of_demo
    reprocess(db)
    before = snapshot(db)
    result = runner.invoke(app, ["reprocess", "--db", str(db), "--chunk-size", "3"])
    assert result.exit_code == 0, result.output
    after = snapshot(db)
    assert_consistent(after)
    assert after["story_of"] == before["story_of"]
    assert after["story_evidence"] == before["story_evidence"]
    assert after["mentions"] == before["mentions"]
