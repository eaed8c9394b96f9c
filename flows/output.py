"""Printing query results: a table that wraps long values instead of cutting them, CSV, a JSON
array, JSON Lines, or a Parquet file."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

# Values without spaces up to this long (ids, URLs of a usual length, codes) are never broken
# across lines, so they can be copied whole; longer text wraps.
WHOLE_TOKEN_MAX = 48


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    parquet = "parquet"


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


def print_rows(
    columns: list[str], rows: list[tuple], format: OutputFormat, *, truncate: bool = False
) -> None:
    """Write `rows` to stdout in `format` (not Parquet: see `write_parquet`)."""
    if format is OutputFormat.csv:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows([[jsonable(v) for v in r] for r in rows])
        sys.stdout.write(out.getvalue())
    elif format is OutputFormat.json:
        records = [dict(zip(columns, map(jsonable, r), strict=True)) for r in rows]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    elif format is OutputFormat.jsonl:
        for r in rows:
            record = dict(zip(columns, map(jsonable, r), strict=True))
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        print_table(columns, rows, truncate=truncate)


def print_table(columns: list[str], rows: list[tuple], *, truncate: bool = False) -> None:
    """A readable table: long values wrap (or, with `truncate`, are cut with an ellipsis);
    ids and other values without spaces up to `WHOLE_TOKEN_MAX` characters stay on one line."""
    texts = [["" if v is None else str(jsonable(v)) for v in r] for r in rows]
    table = Table(show_lines=not truncate and len(rows) > 1)
    for i, name in enumerate(columns):
        tokens = [t for t in (row[i] for row in texts) if t and " " not in t and len(t) <= WHOLE_TOKEN_MAX]
        whole = max((len(t) for t in tokens), default=0)
        table.add_column(
            name,
            overflow="ellipsis" if truncate else "fold",
            no_wrap=truncate,
            min_width=None if truncate else max(whole, min(len(name), 12)) or None,
        )
    for row in texts:
        table.add_row(*row)
    console = Console(width=None if sys.stdout.isatty() else 200, soft_wrap=False)
    console.print(table)
    Console(stderr=True).print(f"{len(rows)} rows")


def write_parquet(con: Any, sql: str, out: Path) -> int:
    """Write the result of `sql` to one Parquet file; returns the number of rows."""
    import pyarrow.parquet as pq

    table = con.sql(sql).to_arrow_table()
    out.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, out)
    return table.num_rows
