"""`conflictwire query` cannot escape the warehouse: every way out the issue found is refused with
one line, and nothing outside the warehouse changes."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.warehouses import one_article_warehouse
from warehouse.connection import connect

runner = CliRunner()


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    return one_article_warehouse(tmp_path / "w.duckdb")


def refused(db: Path, sql: str) -> str:
    result = runner.invoke(app, ["query", sql, "--db", str(db)])
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output  # one line, no traceback
    assert "refused" in lines[0], lines[0]
    return lines[0]


def test_copy_to_a_file_is_refused(warehouse: Path, tmp_path: Path) -> None:
    target = tmp_path / "victim.txt"
    target.write_text("precious", encoding="utf-8")
    refused(warehouse, f"COPY (SELECT 1) TO '{target}'")
    refused(warehouse, f"COPY articles TO '{tmp_path / 'out.parquet'}' (FORMAT parquet)")
    refused(warehouse, f"EXPORT DATABASE '{tmp_path / 'dump'}'")
    assert target.read_text(encoding="utf-8") == "precious"
    assert not (tmp_path / "out.parquet").exists() and not (tmp_path / "dump").exists()


def test_attaching_another_warehouse_read_write_is_refused(warehouse: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t AS SELECT 1 AS a")
    con.close()
    refused(warehouse, f"ATTACH '{other}' AS o (READ_WRITE)")
    con = duckdb.connect(str(other), read_only=True)
    assert con.execute("SELECT count(*) FROM t").fetchone()[0] == 1
    con.close()


@pytest.mark.parametrize("reader", ["read_text", "read_csv", "read_blob", "read_parquet", "glob"])
def test_reading_local_files_is_refused(warehouse: Path, tmp_path: Path, reader: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("s3cret\n", encoding="utf-8")
    line = refused(warehouse, f"SELECT * FROM {reader}('{secret}')")
    assert "s3cret" not in line


@pytest.mark.parametrize("sql", ["INSTALL httpfs", "LOAD httpfs"])
def test_extensions_are_refused(warehouse: Path, sql: str) -> None:
    refused(warehouse, sql)


@pytest.mark.parametrize(
    "sql",
    [
        "PRAGMA enable_profiling='json'",
        "PRAGMA profile_output='{dir}/profile.json'",
        "SET profile_output='{dir}/profile.json'",
        "SET enable_external_access=true",
        "SET temp_directory='{dir}/spill'",
    ],
)
def test_pragmas_and_settings_that_write_files_are_refused(warehouse: Path, tmp_path: Path, sql: str) -> None:
    refused(warehouse, sql.format(dir=tmp_path))
    assert not (tmp_path / "profile.json").exists()


def test_writes_are_refused_and_reads_still_work(warehouse: Path) -> None:
    refused(warehouse, "DELETE FROM articles")
    ok = runner.invoke(
        app, ["query", "SELECT count(*) AS n FROM articles", "--db", str(warehouse), "--format", "json"]
    )
    assert ok.exit_code == 0 and json.loads(ok.stdout) == [{"n": 1}]


def test_internal_readers_share_the_signature(warehouse: Path) -> None:
    """`connect(db, read_only=True)` (used by every reader: report, exports) is the sandbox too."""
    con = connect(warehouse, read_only=True)
    try:
        with pytest.raises(duckdb.PermissionException):
            con.execute("SELECT * FROM read_text('/etc/hostname')")
        assert con.execute("SELECT current_setting('enable_external_access')").fetchone()[0] is False
    finally:
        con.close()
