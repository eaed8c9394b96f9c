"""The CLI's own behaviour: query formats, errors, extract on a directory."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from flows.cli import app
from flows.demo import demo_site_dir
from warehouse.connection import connect
from warehouse.load import RunBatch, load_run

runner = CliRunner()


def make_db(path: Path) -> Path:
    con = connect(path)
    batch = RunBatch()
    batch.add(
        "articles",
        [
            {
                "article_id": "a1",
                "url": "http://x/1",
                "canonical_url": "http://x/1",
                "title": "One, with comma",
            },
            {"article_id": "a2", "url": "http://x/2", "canonical_url": "http://x/2", "title": "Two"},
        ],
    )
    load_run(con, batch)
    con.close()
    return path


def test_query_prints_csv_and_json(db_path: Path) -> None:
    make_db(db_path)
    sql = "SELECT article_id, title FROM articles ORDER BY article_id"
    as_csv = runner.invoke(app, ["query", sql, "--db", str(db_path), "--format", "csv"])
    assert as_csv.exit_code == 0, as_csv.output
    assert as_csv.stdout.splitlines() == ["article_id,title", 'a1,"One, with comma"', "a2,Two"]
    expected = [{"article_id": "a1", "title": "One, with comma"}, {"article_id": "a2", "title": "Two"}]
    as_json = runner.invoke(app, ["query", sql, "--db", str(db_path), "--format", "json"])
    assert json.loads(as_json.stdout) == expected  # one JSON array
    as_jsonl = runner.invoke(app, ["query", sql, "--db", str(db_path), "--format", "jsonl"])
    assert [json.loads(line) for line in as_jsonl.stdout.splitlines()] == expected


def test_query_table_wraps_long_values_instead_of_cutting_them(db_path: Path) -> None:
    make_db(db_path)
    long_id = "f" * 40
    sql = f"SELECT '{long_id}' AS id, repeat('word ', 80) AS text"
    shown = runner.invoke(app, ["query", sql, "--db", str(db_path)])
    assert shown.exit_code == 0, shown.output
    assert long_id in shown.stdout  # an id stays whole, on one line
    assert "…" not in shown.stdout
    assert shown.stdout.count("word") == 80  # nothing cut
    cut = runner.invoke(app, ["query", sql, "--db", str(db_path), "--truncate"])
    assert "…" in cut.stdout


def test_query_writes_parquet_and_needs_a_file(db_path: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    make_db(db_path)
    sql = "SELECT article_id, title FROM articles ORDER BY article_id"
    missing = runner.invoke(app, ["query", sql, "--db", str(db_path), "--format", "parquet"])
    assert missing.exit_code == 2 and "--out" in missing.output
    out = tmp_path / "rows.parquet"
    written = runner.invoke(
        app, ["query", sql, "--db", str(db_path), "--format", "parquet", "--out", str(out)]
    )
    assert written.exit_code == 0, written.output
    assert pq.read_table(out).to_pylist() == [
        {"article_id": "a1", "title": "One, with comma"},
        {"article_id": "a2", "title": "Two"},
    ]


def test_version_and_describe(db_path: Path) -> None:
    from importlib.metadata import version

    shown = runner.invoke(app, ["--version"])
    assert shown.exit_code == 0 and shown.stdout.strip() == f"conflictwire {version('conflictwire')}"
    make_db(db_path)
    described = runner.invoke(
        app,
        [
            "describe",
            "events",
            "--db",
            str(db_path),
        ],
    )
    assert described.exit_code == 0, described.output
    assert "geo_precision" in described.stdout and "named" in described.stdout  # its description
    unknown = runner.invoke(app, ["describe", "nope", "--db", str(db_path)])
    assert unknown.exit_code == 2 and "no table or view" in unknown.output


def test_query_is_read_only_and_reports_bad_sql(db_path: Path) -> None:
    make_db(db_path)
    write = runner.invoke(app, ["query", "DELETE FROM articles", "--db", str(db_path)])
    assert write.exit_code == 1
    bad = runner.invoke(app, ["query", "SELEKT 1", "--db", str(db_path)])
    assert bad.exit_code == 1
    count = runner.invoke(
        app, ["query", "SELECT count(*) AS n FROM articles", "--db", str(db_path), "--format", "json"]
    )
    assert json.loads(count.stdout) == [{"n": 2}]


def test_query_without_a_warehouse_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "SELECT 1", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no warehouse" in result.output


def test_status_without_a_warehouse_is_the_same_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["status", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no warehouse" in result.output and "Traceback" not in result.output


def test_run_with_a_malformed_feeds_file_exits_2(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - {url: 'ftp://example.org/feed'}\n", encoding="utf-8")
    result = runner.invoke(app, ["run", "--feeds", str(feeds), "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2
    assert "malformed" in result.output


def test_extract_walks_a_directory_of_pages() -> None:
    folder = demo_site_dir() / "horn-wire"
    result = runner.invoke(app, ["extract", str(folder), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(list(folder.glob("*.html")))
    assert all(r["text"] and r["title"] for r in records if r["page_kind"] == "article")
