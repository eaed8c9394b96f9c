"""Operating the flow, for real (Prefect's test harness, the recorded web on 127.0.0.1, DuckDB files):
a reader open during a whole run, robots.txt kept across runs, the run's artifact, binary pages
skipped, the flow on a local Dask cluster, backfill, maintenance, an idempotent demo."""

from __future__ import annotations

import gzip
import io
import json
import shutil
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.demo import demo_site_dir, recorded_web
from tests.test_flow_e2e import FEED_FILES, SITE, linked_paths, write_feeds_file
from warehouse.raw_store import raw_dir

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _fast_fetch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONFLICTWIRE_PER_HOST_DELAY_S", "0")
    monkeypatch.setenv("CONFLICTWIRE_WORKERS", "1")


def one_feed_file(tmp_path: Path, base_url: str, feed: Path) -> Path:
    path = tmp_path / "one-feed.yaml"
    path.write_text(
        f'allow_private_hosts: true\nfeeds:\n  - {{url: "{base_url}/feeds/{feed.name}", name: "{feed.stem}"}}\n',
        encoding="utf-8",
    )
    return path


def scalar(db: Path, sql: str, params: list | None = None) -> object:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchone()[0]
    finally:
        con.close()


READER = """
import sys, time
from pathlib import Path
from warehouse.connection import connect
db, stop = sys.argv[1], Path(sys.argv[2])
held = connect(db, read_only=True)          # open for the whole run
print("start", held.execute("SELECT count(*) FROM articles").fetchone()[0], flush=True)
while not stop.exists():
    try:
        con = connect(db, read_only=True)   # a new analyst query, while the run goes on
        print("new", con.execute("SELECT count(*) FROM articles").fetchone()[0], flush=True)
        con.close()
    except Exception as exc:
        print("error", type(exc).__name__, str(exc).splitlines()[0], flush=True)
    print("held", held.execute("SELECT count(*) FROM articles").fetchone()[0], flush=True)
    time.sleep(0.05)
"""


def test_a_reader_open_during_a_whole_run_and_a_rerun_that_asks_only_for_feeds(
    prefect_harness: None, tmp_path: Path, db_path: Path
) -> None:
    from flows.ingest import ingest

    with recorded_web(SITE) as web:
        first = ingest(
            feeds_path=str(one_feed_file(tmp_path, web.base_url, FEED_FILES[0])), db_path=str(db_path)
        )
        old = first.new_articles
        assert old > 0
        stop = tmp_path / "stop"
        reader = subprocess.Popen(
            [sys.executable, "-c", READER, str(db_path), str(stop)], stdout=subprocess.PIPE, text=True
        )
        assert reader.stdout.readline().split() == ["start", str(old)]
        feeds = write_feeds_file(tmp_path, web.base_url)
        called = time.monotonic()
        second = ingest(feeds_path=str(feeds), db_path=str(db_path))
        second_s = time.monotonic() - called
        time.sleep(0.5)
        stop.touch()
        lines = reader.communicate(timeout=60)[0].splitlines()
        new = old + second.new_articles

        # third run, unchanged feeds: nothing but one conditional request per feed
        before = dict(web.hits)
        third = ingest(feeds_path=str(feeds), db_path=str(db_path))
        asked = {path: n - before.get(path, 0) for path, n in web.hits.items() if n - before.get(path, 0)}

    assert second.status == "ok" and second.new_articles > 0
    assert not [line for line in lines if line.startswith("error")], lines[:5]
    seen_new = {int(line.split()[1]) for line in lines if line.startswith("new")}
    seen_held = {int(line.split()[1]) for line in lines if line.startswith("held")}
    assert seen_held == {old}  # the open reader kept the old state, consistently
    assert seen_new <= {old, new} and new in seen_new  # new readers: old or new state, never a mix
    assert len(lines) > 10  # it really was reading during the run
    # the writer held the file only for its short windows, and says how long (within the whole call:
    # finished_at, stamped into the runs row the final load writes, is taken before that load)
    assert 0 < second.write_lock_s < second_s
    stored = scalar(db_path, "SELECT write_lock_s FROM runs WHERE run_id = ?", [second.run_id])
    # stored inside the load window (before its last UPDATE and close), so at most the summary's figure
    assert 0 < stored <= second.write_lock_s

    assert third.new_articles == 0 and third.feeds_not_modified == len(FEED_FILES)
    assert set(asked) == {f"/feeds/{f.name}" for f in FEED_FILES}, asked  # no robots.txt, no page
    assert all(n == 1 for n in asked.values())
    assert all(web.conditional_hits[p] >= 1 for p in asked)
    assert web.hits["/robots.txt"] == 1  # once, in the first run; kept across runs since

    artifact = run_artifact(second.run_id)
    assert "feeds polled" in artifact and "new articles" in artifact and "Slowest hosts" in artifact
    assert f"| new articles | {second.new_articles} |" in artifact


def run_artifact(flow_run_id: str) -> str:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    assert found, "the run wrote no artifact"
    return found[0].data


def tiny_pdf() -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length 44 >>\nstream\nBT /F1 24 Tf 72 700 Td (Situation report) Tj ET\nendstream",
    ]
    out = io.BytesIO(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def tiny_png() -> bytes:
    rows = b"".join(b"\x00" + bytes((x * 16, y * 16, 128)) * 1 for y in range(16) for x in range(16))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_binary_bodies_served_as_html_are_skipped_not_stored(
    prefect_harness: None, tmp_path: Path, db_path: Path
) -> None:
    from flows.ingest import ingest

    site = tmp_path / "site"
    (site / "feeds").mkdir(parents=True)
    (site / "docs").mkdir()
    article = next(p for p in sorted((SITE / "horn-wire").glob("*.html")))
    shutil.copy(article, site / "docs" / "story.html")
    (site / "docs" / "report.html").write_bytes(tiny_pdf())  # served as text/html
    (site / "docs" / "photo.html").write_bytes(tiny_png())
    items = "".join(
        f"<item><title>{name}</title><link>{{{{BASE}}}}/docs/{name}.html</link><guid>{name}</guid></item>"
        for name in ("story", "report", "photo")
    )
    (site / "feeds" / "mixed.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Mixed</title>{items}</channel></rss>',
        encoding="utf-8",
    )
    with recorded_web(site) as web:
        feeds = one_feed_file(tmp_path, web.base_url, site / "feeds" / "mixed.xml")
        summary = ingest(feeds_path=str(feeds), db_path=str(db_path))
    assert summary.pages_fetched == 3 and summary.pages_skipped == 2
    con = duckdb.connect(str(db_path), read_only=True)
    stored = [r[0] for r in con.execute("SELECT url FROM articles").fetchall()]
    outcomes = dict(con.execute("SELECT first_url, outcome FROM seen_urls").fetchall())
    skipped = dict(con.execute("SELECT url, skipped FROM fetch_log WHERE kind = 'page'").fetchall())
    con.close()
    assert stored == [f"{web.base_url}/docs/story.html"]
    assert outcomes[f"{web.base_url}/docs/report.html"] == "skipped"
    assert outcomes[f"{web.base_url}/docs/photo.html"] == "skipped"
    assert skipped[f"{web.base_url}/docs/report.html"] in ("binary body", "empty body")
    assert skipped[f"{web.base_url}/docs/story.html"] is None


def test_the_flow_on_a_local_dask_cluster(
    prefect_harness: None, tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.ingest import ingest

    monkeypatch.setenv("CONFLICTWIRE_TASK_RUNNER", "dask")
    monkeypatch.setenv("CONFLICTWIRE_DASK_WORKERS", "2")
    with recorded_web(SITE) as web:
        summary = ingest(feeds_path=str(write_feeds_file(tmp_path, web.base_url)), db_path=str(db_path))
        page_hits = {p: n for p, n in web.hits.items() if not p.startswith(("/feeds/", "/robots"))}
    assert summary.status == "ok"
    assert summary.new_articles == len(linked_paths())
    assert all(n == 1 for n in page_hits.values())
    assert scalar(db_path, "SELECT count(*) FROM articles") == len(linked_paths())
    assert scalar(db_path, "SELECT count(*) FROM event_mentions") == summary.event_mentions > 0


def write_warc(path: Path, pages: dict[str, bytes]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, body in pages.items():
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://x.example/p.png", "response", payload=io.BytesIO(tiny_png()), http_headers=image
            )
        )


def test_backfill_of_html_gz_and_warc_through_the_same_path(
    prefect_harness: None, tmp_path: Path, db_path: Path
) -> None:
    from flows.backfill import backfill

    pages = sorted((SITE / "levant-daily").glob("*.html"))[:3]
    saved = tmp_path / "saved"
    saved.mkdir()
    shutil.copy(pages[0], saved / pages[0].name)
    (saved / (pages[1].name + ".gz")).write_bytes(gzip.compress(pages[1].read_bytes()))
    write_warc(saved / "crawl.warc.gz", {"https://levant.example/archive/3": pages[2].read_bytes()})
    first = backfill(path=str(saved), db_path=str(db_path), base_url="https://levant.example/saved")
    again = backfill(path=str(saved), db_path=str(db_path), base_url="https://levant.example/saved")
    assert first.kind == "backfill" and first.pages_fetched == 3 and first.new_articles == 3
    assert again.new_articles == 0 and again.duplicates_skipped == 3
    assert scalar(db_path, "SELECT count(*) FROM articles") == 3
    assert scalar(db_path, "SELECT count(*) FROM runs WHERE kind = 'backfill' AND status = 'ok'") == 2
    assert scalar(db_path, "SELECT count(*) FROM event_mentions") == first.event_mentions


def test_maintenance_prunes_checkpoints_verifies_and_finds_a_damaged_file(
    prefect_harness: None, tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.ingest import ingest
    from flows.maintenance import WarehouseVerifyFailed, maintenance

    with recorded_web(SITE) as web:
        ingest(feeds_path=str(write_feeds_file(tmp_path, web.base_url)), db_path=str(db_path))
    pages = scalar(db_path, "SELECT count(*) FROM raw_page_index")
    assert pages and scalar(db_path, "SELECT count(*) FROM raw_pages") == 0  # the run's files hold them
    con = duckdb.connect(str(db_path))
    con.execute("UPDATE raw_page_files SET fetched_at = fetched_at - INTERVAL 40 DAY WHERE url_key IN "
                "(SELECT url_key FROM raw_page_files ORDER BY url_key LIMIT 4)")  # fmt: skip
    con.close()
    report = maintenance(db_path=str(db_path), retention_days=30)
    assert report.ok and report.raw_pages_pruned == 4
    assert scalar(db_path, "SELECT count(*) FROM raw_page_index") == pages - 4
    assert raw_dir(db_path).is_dir()  # the run's file still holds pages the index names
    assert report.tables["articles"] == len(linked_paths())
    assert not Path(str(db_path) + ".wal").exists() and report.snapshot

    with db_path.open("r+b") as f:
        f.truncate(db_path.stat().st_size // 2)
    with pytest.raises(WarehouseVerifyFailed, match="damaged"):
        maintenance(db_path=str(db_path), verify_only=True)


def test_the_demo_twice_adds_nothing(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.cli import app
    from flows.prefect_server import free_port

    monkeypatch.setenv("CONFLICTWIRE_DEMO_PORT", str(free_port()))
    db = tmp_path / "demo.duckdb"
    runner = CliRunner()
    first = runner.invoke(app, ["demo", "--db", str(db)])
    assert first.exit_code == 0, first.output
    after_first = scalar(db, "SELECT count(*) FROM articles")
    urls = scalar(db, "SELECT string_agg(url, ' ' ORDER BY url) FROM articles")
    second = runner.invoke(app, ["demo", "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert after_first == len(linked_paths())
    assert scalar(db, "SELECT count(*) FROM articles") == after_first
    assert scalar(db, "SELECT string_agg(url, ' ' ORDER BY url) FROM articles") == urls
    assert json.loads(json.dumps(scalar(db, "SELECT count(*) FROM runs"))) == 2
    assert demo_site_dir() == SITE
