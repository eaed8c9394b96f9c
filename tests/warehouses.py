"""Small warehouses the CLI tests query through the reader snapshot."""

from __future__ import annotations

from pathlib import Path

from warehouse.connection import connect, publish_snapshot
from warehouse.load import RunBatch, load_run


def one_article_warehouse(db: Path) -> Path:
    """A migrated warehouse at `db` holding one article, its snapshot published; returns `db`."""
    con = connect(db)
    batch = RunBatch()
    batch.add("articles", [{"article_id": "a1", "url": "http://x/1", "canonical_url": "http://x/1"}])
    load_run(con, batch)
    con.close()
    publish_snapshot(db)
    return db
