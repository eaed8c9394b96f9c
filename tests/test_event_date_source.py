"""`events_dated` (migration 0061): each event with where its date came from, no join needed."""

from __future__ import annotations

from pathlib import Path

from warehouse.connection import connect


def test_an_events_date_source_is_the_most_trusted_of_the_reports_giving_its_day(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    con.execute(
        "INSERT INTO events (event_id, event_date) VALUES "
        "('raid', DATE '2024-06-25'), ('undated', NULL), ('march', DATE '2024-06-01')"
    )
    con.execute(
        "INSERT INTO event_mentions (mention_id, event_id, event_date, date_source) VALUES "
        # two reports give the raid its day: the page's own date is trusted over the story's
        "('r1', 'raid', DATE '2024-06-25', 'story'), ('r2', 'raid', DATE '2024-06-25', 'published'),"
        "('u1', 'undated', NULL, 'none'),"
        # a report dated by its own page but telling another day does not date the march
        "('m1', 'march', DATE '2024-06-01', 'feed'), ('m2', 'march', DATE '2024-05-30', 'published')"
    )
    rows = con.execute("SELECT event_id, date_source FROM events_dated ORDER BY event_id").fetchall()
    assert rows == [("march", "feed"), ("raid", "published"), ("undated", "none")]
    assert {c[0] for c in con.execute("DESCRIBE events_dated").fetchall()} >= {
        "event_id",
        "n_mentions",
        "date_source",
    }
