"""What the commands of `flows/cli.py` share (the base of `cli.py` and `cli_read.py`): the error console,
the options every command spells alike (`--db`, `--feeds`, `--wait/--no-wait`, `--verbose`, `--since`),
the settings (`_settings`, `_db`), the read-only connection of the reading commands (`_reading`) and the
one-line errors of a warehouse that is missing, busy or damaged (`_warehouse_errors`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

console = Console(stderr=True)

# Unset options fall back to the settings (CONFLICTWIRE_DB, CONFLICTWIRE_FEEDS, then the defaults).
DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db", help="DuckDB warehouse file [default: $CONFLICTWIRE_DB or data/conflictwire.duckdb]"
    ),
]
FeedsOption = Annotated[
    Path | None,
    typer.Option("--feeds", help="feeds file (YAML) [default: $CONFLICTWIRE_FEEDS or feeds.yaml]"),
]
WaitOption = Annotated[
    bool, typer.Option("--wait/--no-wait", help="when another run is writing: wait for it, or skip at once")
]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="log each stage and Prefect's messages")]


def _settings(**overrides: Any) -> Any:
    from flows.settings import resolve_settings

    return resolve_settings(**overrides)


def _db(db: Path | None) -> Path:
    return Path(_settings(db=db).db)


@contextmanager
def _warehouse_errors() -> Iterator[None]:
    """A warehouse that is missing (exit 2), busy or damaged (exit 1), said in one line."""
    from warehouse.connection import WarehouseBusy, WarehouseDamaged

    try:
        yield
    except FileNotFoundError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    except (WarehouseBusy, WarehouseDamaged) as exc:
        console.print(f"[red]error:[/red] {exc}", soft_wrap=True)
        raise typer.Exit(1) from exc


@contextmanager
def _reading(db: Path | None, *, sandbox: bool = True) -> Iterator[Any]:
    """A read-only connection to the warehouse's snapshot (sandboxed unless the SQL is the
    project's own), or a one-line error when there is none, or it is busy or damaged."""
    from warehouse.connection import connect

    with _warehouse_errors():
        con = connect(_db(db), read_only=True, sandbox=sandbox, busy_timeout_s=10)
    try:
        yield con
    finally:
        con.close()


SinceOption = Annotated[
    datetime | None, typer.Option("--since", formats=["%Y-%m-%d"], help="first date (YYYY-MM-DD)")
]
