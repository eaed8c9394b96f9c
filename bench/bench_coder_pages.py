"""CPU of the event coder alone on a replay site's pages, warm, and a digest of its output.

    .venv/bin/python bench/bench_coder_pages.py SITE_DIR [--pages 400] [--warm-up 100] [--profile]

SITE_DIR as for `profile_pages.py` (the site/ of a `bench/pipeline.py --workdir DIR` run). The pages
are extracted once (not counted; the articles are kept in `--articles FILE` when given, so runs of
two trees code the same articles); `code_events` then reads the first `--warm-up` articles, the
collector is frozen as a worker's is after its first chunk (`process.GC_THRESHOLDS`), and the rest
are coded and counted: CPU milliseconds an article (`time.process_time`) and a digest of every
mention. A change of the how only (a pure refactor) keeps the digest. With `--profile`, cProfile's
functions by own time too (the profiler inflates Python code: shares are indicative).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import pickle
import pstats
import sys
import time
from pathlib import Path


def _articles(site: Path, n: int, keep: Path | None) -> list:
    if keep is not None and keep.exists():
        return pickle.loads(keep.read_bytes())
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from profile_pages import load_pages

    from extractors.article import extract_article

    out = []
    for page, entry in load_pages(site, n):
        try:
            article = extract_article(page, entry)
        except Exception:  # a page the extractor fails on is no article to code
            continue
        if article.page_kind == "article" and article.text:
            out.append(article)
    if keep is not None:
        keep.write_bytes(pickle.dumps(out))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("site", type=Path)
    ap.add_argument("--pages", type=int, default=400, help="pages counted (articles among them)")
    ap.add_argument("--warm-up", type=int, default=100)
    ap.add_argument("--articles", type=Path, help="pickle of the extracted articles (read, else written)")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    from extractors import process
    from extractors.events import code_events

    articles = _articles(args.site, args.pages + args.warm_up, args.articles)
    warm, counted = articles[: args.warm_up], articles[args.warm_up :]
    for a in warm:
        code_events(a)
    gc.collect()
    gc.freeze()
    gc.set_threshold(*process.GC_THRESHOLDS)
    profiler = cProfile.Profile() if args.profile else None
    out = []
    began = time.process_time()
    if profiler:
        profiler.enable()
    for a in counted:
        out.append(repr(code_events(a)))
    if profiler:
        profiler.disable()
    cpu = time.process_time() - began
    digest = hashlib.sha1(repr(out).encode()).hexdigest()[:12]
    print(
        f"{len(counted)} articles: {1000 * cpu / len(counted):.2f} ms CPU coding an article, digest {digest}"
    )
    if profiler:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
