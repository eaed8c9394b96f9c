"""The codebook (`warehouse/README.md`) as data, and as DuckDB comments.

The README is the one place tables, views and columns are described. Under "## Tables and views",
each `### \\`name\\`` section has a one-paragraph description and a table of
`| column | type | unit / codes | meaning |` rows; "## Worked queries" holds the worked queries as
```sql blocks. `apply_comments` (run by `migrate` whenever a run opens the warehouse for writing)
writes the descriptions as `COMMENT ON` so any DuckDB client shows them, changing only those that
differ; the tests check the codebook against the live schema (every column, in order, its type).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import duckdb

_HEADING = re.compile(r"^### `([a-z0-9_]+)`\s*$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True)
class ColumnEntry:
    name: str
    type: str
    codes: str
    meaning: str

    @property
    def comment(self) -> str:
        return f"{self.meaning} ({self.codes})" if self.codes else self.meaning


@dataclass(frozen=True)
class RelationEntry:
    name: str
    description: str
    columns: tuple[ColumnEntry, ...]


@dataclass(frozen=True)
class Codebook:
    relations: dict[str, RelationEntry]
    queries: tuple[tuple[str, str], ...]  # (heading, SQL)


def _plain(text: str) -> str:
    return text.replace("\\|", "|").replace("`", "").strip()


def _section(text: str, title: str) -> str:
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def parse_codebook(text: str) -> Codebook:
    relations: dict[str, RelationEntry] = {}
    name: str | None = None
    description: list[str] = []
    columns: list[ColumnEntry] = []

    def close() -> None:
        if name is not None:
            relations[name] = RelationEntry(name, _plain(" ".join(description)), tuple(columns))

    for line in _section(text, "Tables and views").splitlines():
        heading = _HEADING.match(line)
        if heading:
            close()
            name, description, columns = heading.group(1), [], []
        elif name is None:
            continue
        elif line.startswith("|"):
            cells = [c.strip() for c in _CELL_SPLIT.split(line.strip().strip("|"))]
            if len(cells) != 4 or cells[0] == "column" or set(cells[0]) <= {"-", ":"}:
                continue
            columns.append(
                ColumnEntry(_plain(cells[0]), _plain(cells[1]), _plain(cells[2]), _plain(cells[3]))
            )
        elif line.strip() and not columns:
            description.append(line.strip())
    close()

    queries = []
    heading = ""
    in_sql, sql_lines = False, []
    for line in _section(text, "Worked queries").splitlines():
        if line.startswith("### "):
            heading = line[4:].strip()
        elif line.strip() == "```sql":
            in_sql, sql_lines = True, []
        elif line.strip() == "```" and in_sql:
            in_sql = False
            queries.append((heading, "\n".join(sql_lines)))
        elif in_sql:
            sql_lines.append(line)
    return Codebook(relations, tuple(queries))


@cache
def codebook() -> Codebook:
    return parse_codebook(resources.files("warehouse").joinpath("README.md").read_text(encoding="utf-8"))


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def comment_statements(con: duckdb.DuckDBPyConnection, book: Codebook | None = None) -> list[str]:
    """`COMMENT ON` statements for the descriptions the warehouse does not carry yet."""
    book = book or codebook()
    kinds = dict(
        con.execute(
            "SELECT table_name, 'TABLE' FROM duckdb_tables() WHERE schema_name = 'main'"
            " UNION ALL SELECT view_name, 'VIEW' FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal"
        ).fetchall()
    )
    relation_comments = dict(
        con.execute(
            "SELECT table_name, comment FROM duckdb_tables() WHERE schema_name = 'main'"
            " UNION ALL SELECT view_name, comment FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal"
        ).fetchall()
    )
    column_comments = {
        (t, c): comment
        for t, c, comment in con.execute(
            "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE schema_name = 'main'"
        ).fetchall()
    }
    statements = []
    for relation in book.relations.values():
        kind = kinds.get(relation.name)
        if kind is None:
            continue
        if relation_comments.get(relation.name) != relation.description:
            statements.append(f"COMMENT ON {kind} {relation.name} IS {_quote(relation.description)}")
        for column in relation.columns:
            key = (relation.name, column.name)
            if key in column_comments and column_comments[key] != column.comment:
                statements.append(
                    f'COMMENT ON COLUMN {relation.name}."{column.name}" IS {_quote(column.comment)}'
                )
    return statements


def apply_comments(con: duckdb.DuckDBPyConnection) -> int:
    """Bring the warehouse's comments in line with the codebook, in one transaction; returns how
    many were written (0 when already up to date: one catalog read)."""
    statements = comment_statements(con)
    if not statements:
        return 0
    con.execute("BEGIN TRANSACTION")
    try:
        for statement in statements:
            con.execute(statement)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(statements)


def describe_rows(con: duckdb.DuckDBPyConnection, name: str | None) -> tuple[list[str], list[tuple]]:
    """What `conflictwire describe` prints, from the warehouse's own comments: every table and
    view, or the columns of `name` (empty when there is no such relation)."""
    if name is None:
        rows = con.execute(
            "SELECT table_name, 'table', comment FROM duckdb_tables() WHERE schema_name = 'main'"
            " UNION ALL SELECT view_name, 'view', comment FROM duckdb_views()"
            " WHERE schema_name = 'main' AND NOT internal ORDER BY 2, 1"
        ).fetchall()
        return ["name", "kind", "description"], rows
    rows = con.execute(
        "SELECT column_name, data_type, comment FROM duckdb_columns()"
        " WHERE schema_name = 'main' AND NOT internal AND table_name = ? ORDER BY column_index",
        [name],
    ).fetchall()
    return ["column", "type", "description"], rows
