"""The replay site of `bench/pipeline.py`: `copy_site` keeps the first N pages of a manifest and
only the feed items that link to them."""

from __future__ import annotations

import gzip
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from pipeline_corpus import PageSpec  # noqa: E402
from pipeline_site import copy_site, write_site  # noqa: E402


def _pages(count: int, hosts: int) -> list[PageSpec]:
    when = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
    return [
        PageSpec(
            i % hosts,
            f"/news/item-{i}.html",
            (i // hosts) // 3,
            f"Report {i}",
            f"Summary {i}",
            when,
            "en",
            False,
            "article",
            f"<html><title>Report {i}</title><body>Body {i}</body></html>",
        )  # fmt: skip
        for i in range(count)
    ]


def _links(site: Path, feed: dict) -> list[str]:
    xml = gzip.decompress(
        (site / f"h{feed['host']}" / (feed["path"].lstrip("/") + ".gz")).read_bytes()
    ).decode()
    return re.findall(r"<item>.*?<link>\{\{BASE\}\}([^<]+)</link>", xml)


def test_copy_site_keeps_the_first_n_pages_and_their_feed_items(tmp_path: Path) -> None:
    full = write_site(tmp_path / "full", _pages(20, 2), 2)
    subset = copy_site(tmp_path / "full", tmp_path / "part", 7)
    assert subset["pages"] == full["pages"][:7]
    wanted = {(p["host"], p["path"]) for p in full["pages"][:7]}
    served = {(f["host"], link) for f in subset["feeds"] for link in _links(tmp_path / "part", f)}
    assert served == wanted
    assert all(_links(tmp_path / "part", f) for f in subset["feeds"])
    assert len(subset["feeds"]) < len(full["feeds"])
    assert len(list((tmp_path / "part").rglob("item-*.html.gz"))) == 7
    assert (tmp_path / "part" / "h1" / "robots.txt.gz").is_file()


def test_copy_site_without_n_keeps_every_page_and_feed(tmp_path: Path) -> None:
    full = write_site(tmp_path / "full", _pages(12, 3), 3)
    again = copy_site(tmp_path / "full", tmp_path / "copy", None)
    assert again == full
    for feed in full["feeds"]:
        assert _links(tmp_path / "copy", feed) == _links(tmp_path / "full", feed)
