"""Where a worker's time goes per page: cProfile over `extractors.process.process_chunk`.

    .venv/bin/python bench/profile_pages.py SITE_DIR [--pages 300] [--top 30]

SITE_DIR is the site/ of a `bench/pipeline.py --workdir DIR` run (its manifest lists the pages) or
any directory of *.html / *.html.gz pages. The pages go through `process_chunk` in this process as
a worker gets them (one warm-up pass first, so lexicons, compiled patterns and the gazetteer are
loaded). Prints CPU milliseconds a page by stage (inclusive time of the named functions) and the
functions with the most own time. The profiler inflates Python-heavy code more than C code, so the
shares are indicative; bench/pipeline.py's worker timings are the unprofiled figures.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pstats
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

# stage name -> (file suffix, function name) whose inclusive time it is
STAGES = {
    "extract_article (all of extraction)": ("extractors/article.py", "extract_article"),
    "  decode_html": ("extractors/decoding.py", "decode_html"),
    "  lxml parse (load_html)": ("trafilatura/utils.py", "load_html"),
    "  page_metadata": ("extractors/page_meta.py", "page_metadata"),
    "    htmldate find_date": ("htmldate/core.py", "find_date"),
    "  join_split_body": ("extractors/body.py", "join_split_body"),
    "  extract_body (trafilatura cascade)": ("extractors/body.py", "extract_body"),
    "    trafilatura.extract calls": ("trafilatura/core.py", "extract"),
    "    readability vote": ("extractors/body.py", "_readability_text"),
    "  clean_text": ("extractors/clean.py", "clean_text"),
    "  detect_language": ("extractors/language.py", "detect_language"),
    "  page_kind": ("extractors/page_kind.py", "page_kind"),
    "  content_hash": ("extractors/dedup.py", "content_hash"),
    "code_events (all of coding)": ("extractors/events/coder.py", "code_events"),
    "  find_places": ("extractors/events/places.py", "find_places"),
    "  find_countries": ("extractors/events/countries.py", "find_countries"),
    "  find_actors": ("extractors/events/actors.py", "find_actors"),
    "  find_dates": ("extractors/events/dates.py", "find_dates"),
    "  sentences": ("extractors/events/sentences.py", "split_sentences"),
}


def load_pages(site: Path, limit: int):
    from extractors.models import FeedEntry, RawPage

    manifest = site / "manifest.json"
    if manifest.exists():
        entries = json.loads(manifest.read_text(encoding="utf-8"))["pages"][:limit]
        files = [(site / f"h{p['host']}" / (p["path"].lstrip("/") + ".gz"), p["path"]) for p in entries]
    else:
        found = sorted(q for q in site.rglob("*") if q.name.endswith((".html", ".html.gz")))[:limit]
        files = [(q, "/" + q.name) for q in found]
    items = []
    for file, path in files:
        body = file.read_bytes()
        if file.name.endswith(".gz"):
            body = gzip.decompress(body)
        url = f"http://127.0.0.2:8000{path}"
        now = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)
        entry = FeedEntry(
            feed_url="http://127.0.0.2:8000/feeds/news-0.xml", link=url, title="", published_at=now
        )
        page = RawPage(url, url, 200, body, {"content-type": "text/html; charset=utf-8"}, now)
        items.append((page, entry))
    return items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    from extractors.process import process_chunk

    items = load_pages(args.site, args.pages)
    process_chunk(items)  # warm-up: lexicons, patterns, gazetteer, language model
    started = time.process_time()
    process_chunk(items)
    plain_cpu = time.process_time() - started
    profiler = cProfile.Profile()
    profiler.enable()
    process_chunk(items)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = sum(v[3] for k, v in stats.stats.items() if k[2] == "process_chunk")
    n = len(items)
    print(
        f"{n} pages; unprofiled CPU {1000 * plain_cpu / n:.1f} ms a page; profiled {1000 * total / n:.1f} ms a page"
    )
    print(f"{'stage (inclusive, profiled)':44} {'ms/page':>8} {'share':>6} {'calls/page':>10}")
    for label, (suffix, name) in STAGES.items():
        rows = [v for k, v in stats.stats.items() if k[0].endswith(suffix) and k[2] == name]
        if not rows:
            continue
        calls = sum(r[1] for r in rows)
        cumulative = sum(r[3] for r in rows)
        print(f"{label:44} {1000 * cumulative / n:8.2f} {cumulative / total:6.1%} {calls / n:10.2f}")
    print(f"\nfunctions by own time (top {args.top}):")
    stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
