"""CPU milliseconds a page of each part of the worker stage (`extractors.process.process_page`),
warm, in this process, without a profiler's inflation.

    .venv/bin/python bench/page_parts.py SITE_DIR [--pages 100] [--warm-up 20]

SITE_DIR as for `profile_pages.py`. Parts: extraction (`extract_article`), event coding
(`code_events`), story evidence (`article_evidence`) and the zlib copy of the raw page (level
`RAW_ZLIB_LEVEL`). The first `--warm-up` pages are processed first and not counted (first use of
the lexicons, packs and gazetteer)."""

from __future__ import annotations

import argparse
import sys
import time
import zlib
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--warm-up", type=int, default=20)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from profile_pages import load_pages

    from extractors import process

    items = load_pages(args.site, args.pages + args.warm_up)
    for page, entry in items[: args.warm_up]:
        process.process_page(page, entry)
    spent = {"extraction": 0.0, "event coding": 0.0, "story evidence": 0.0, "zlib": 0.0}
    n = 0
    for page, entry in items[args.warm_up :]:
        began = time.process_time()
        article = process.extract_article(page, entry)
        spent["extraction"] += time.process_time() - began
        began = time.process_time()
        mentions = tuple(process.code_events(article))
        spent["event coding"] += time.process_time() - began
        began = time.process_time()
        process.article_evidence(article, page, mentions)
        spent["story evidence"] += time.process_time() - began
        began = time.process_time()
        zlib.compress(page.content, process.RAW_ZLIB_LEVEL)
        spent["zlib"] += time.process_time() - began
        n += 1
    print(f"{n} pages of {args.site}, warm, CPU ms a page:")
    for name, seconds in spent.items():
        print(f"  {name:15s} {1000 * seconds / max(n, 1):6.1f}")
    print(f"  {'total':15s} {1000 * sum(spent.values()) / max(n, 1):6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
