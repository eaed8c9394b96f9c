"""The SQL shipped beside the warehouse's modules, each file read once: named queries
(`warehouse/queries/<name>.sql`, `query_sql`) and writes (`warehouse/writes/<name>.sql`,
`write_sql`); `run_script` runs a file of several statements with named parameters."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

import duckdb


@cache
def sql_file(path: str) -> str:
    """The text of `warehouse/<path>`."""
    return resources.files("warehouse").joinpath(path).read_text(encoding="utf-8")


def query_sql(name: str) -> str:
    return sql_file(f"queries/{name}.sql")


def write_sql(name: str) -> str:
    return sql_file(f"writes/{name}.sql")


def run_script(con: duckdb.DuckDBPyConnection, sql: str, params: Mapping[str, Any]) -> None:
    """Each statement of `sql` with the named parameters (`$name`) it uses: DuckDB binds
    parameters for one statement at a time. (A script without parameters runs in one `execute`.)"""
    body = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
    for statement in (s.strip() for s in body.split(";")):
        if statement:
            con.execute(statement, {k: v for k, v in params.items() if re.search(rf"\${k}\b", statement)})
