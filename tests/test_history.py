"""Event history: an absorbed event's id still resolves (view, function, CLI); what a run added
and changed is recorded, and a rewrite that changes nothing records nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from extractors.merge import MentionRow
from tests.test_merge import BOMBING, MISREAD, PARENT, _run, row
from warehouse.connection import connect
from warehouse.history import resolve_event_id
from warehouse.load import insert_rows
from warehouse.merge_store import plan_merge, write_merge
from warehouse.rows import mention_row

runner = CliRunner()


def _changes(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "SELECT change, event_id, into_event_id FROM event_changes ORDER BY changed_at, change"
        ).fetchall()
    finally:
        con.close()


def test_an_absorbed_event_id_still_resolves(db_path: Path) -> None:
    from flows.cli import app

    first = _run(db_path, [row("a", MISREAD, 0), row("c", PARENT, 1)])
    survivor, absorbed = first.assignments["a-0"], first.assignments["c-0"]
    assert {c[0] for c in _changes(db_path)} == {"added"}
    second = _run(db_path, [row("b", BOMBING, 2)])
    assert second.absorbed == {absorbed: survivor}

    con = connect(db_path, read_only=True)
    try:
        assert resolve_event_id(con, absorbed) == (survivor, "merged")
        assert resolve_event_id(con, survivor) == (survivor, "current")
        assert resolve_event_id(con, "ev-never-issued") is None
        assert con.execute("SELECT event_id FROM events").fetchall() == [(survivor,)]
    finally:
        con.close()
    assert ("merged", absorbed, survivor) in _changes(db_path)
    assert ("changed", survivor, None) in _changes(db_path)

    shown = runner.invoke(app, ["event", absorbed, "--db", str(db_path), "--format", "json"])
    assert shown.exit_code == 0, shown.output
    assert f"{absorbed} was merged into {survivor}" in shown.stderr
    reports = json.loads(shown.stdout)
    assert {r["event_id"] for r in reports} == {survivor} and len(reports) == 3
    unknown = runner.invoke(app, ["event", "ev-never-issued", "--db", str(db_path)])
    assert unknown.exit_code == 2 and "ever issued" in unknown.output


def _write(db: Path, rows: list[MentionRow]) -> None:
    """Mentions stored with every column, as a run stores them, and merged."""
    con = connect(db)
    try:
        plan = plan_merge(con, rows)
        con.execute("BEGIN TRANSACTION")
        articles = [{"article_id": r.article_id, "url": r.article_id, "canonical_url": r.article_id,
                     "outlet": r.outlet, "published_at": r.published_at} for r in rows]  # fmt: skip
        insert_rows(con, "articles", articles, "ignore", "article_id")
        now = datetime.now(UTC)
        mentions = [mention_row(r.mention_id, r.article_id, r.mention, now) for r in rows]
        insert_rows(con, "event_mentions", mentions, "replace", "mention_id")
        write_merge(con, plan, "run-x")
        con.execute("COMMIT")
    finally:
        con.close()


def test_a_rewrite_with_nothing_new_records_no_change(db_path: Path) -> None:
    _write(db_path, [row("a", BOMBING, 0)])
    before = _changes(db_path)
    con = duckdb.connect(str(db_path), read_only=True)
    stamp = con.execute("SELECT last_updated_at FROM events").fetchone()
    con.close()
    _write(db_path, [row("a", BOMBING, 0)])  # the same mention again
    assert _changes(db_path) == before
    con = duckdb.connect(str(db_path), read_only=True)
    assert con.execute("SELECT last_updated_at FROM events").fetchone() == stamp
    con.close()
