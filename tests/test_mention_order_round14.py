"""MENTIONS_IN_REPORT_ORDER (`merge_store.write_merge`, warehouse/writes/mentions_in_report_order.sql):
a stored report whose first mention a later run points at another event keeps its mentions in
report order in `event_mentions`, as one run over every report leaves them. Readers that take a
report's rows without an ORDER BY (the shared scorer matches the first row that fits) then read
the same rows whatever runs the reports came in.

The shape: a report codes a shelling and, further down, a second strike; a report published
earlier about the same shelling arrives in the next run, so the shelling's event is named after
it now (an event is named by its first mention) and the stored report's first mention moves.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

import duckdb
from test_stories import DAY, REPORTS, STRIKE, _article, _run

SECOND = dataclasses.replace(
    STRIKE, event_date=DAY - timedelta(days=1), location="Berdiansk", admin1="Zaporizhzhia", latitude=46.76,
    longitude=36.79, fatalities=2,
)  # fmt: skip


def _rows(db: Path, article_id: str) -> list[tuple[str, str]]:
    con = duckdb.connect(str(db), read_only=True)
    try:  # no ORDER BY: the table's own order, as the shared scorer reads it
        rows = con.execute("SELECT mention_id, event_id FROM event_mentions").fetchall()
        owner = dict(con.execute("SELECT mention_id, article_id FROM event_mentions").fetchall())
    finally:
        con.close()
    return [(m, e) for m, e in rows if owner[m] == article_id]


def _later():
    return _article(
        "later", REPORTS["rewrite"], 6, "Shells hit Mariupol market", [STRIKE, SECOND], "c.example"
    )


def _earlier():
    return _article(
        "earlier", REPORTS["wire"], 0, "Shelling of Mariupol market kills nine", [STRIKE], "wire.example"
    )


def test_a_moved_stored_mention_keeps_its_report_order(tmp_path: Path) -> None:
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    _run(one, [_later(), _earlier()])
    _run(two, [_later()], "first")
    before = _rows(two, "later")
    _run(two, [_earlier()], "second")
    after = _rows(two, "later")
    assert before[0][1] != after[0][1]  # the first mention was pointed at the renamed event
    assert [m for m, _ in after] == sorted(m for m, _ in after)
    assert after == _rows(one, "later")
