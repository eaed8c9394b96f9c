"""Opening the warehouse: one DuckDB file, migrated on open."""

from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse.migrate import migrate


def connect(db_path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the warehouse at `db_path` and bring its schema up to date.

    A read-only connection is never migrated: querying an old file must not change it.
    Extensions are never auto-installed, since an offline machine cannot download them.
    """
    path = Path(db_path)
    config = {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}
    if read_only:
        if not path.exists():
            raise FileNotFoundError(f"no warehouse at {path}: run `conflictwire run` first")
        return duckdb.connect(str(path), read_only=True, config=config)
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path), config=config)
    migrate(con)
    return con
