"""CPU of the event coder and the story evidence together a page, as a worker runs them.

    .venv/bin/python bench/bench_worker_cpu.py SITE_DIR --articles FILE [--warm-up 100] [--no-gate]

The articles are those of `bench_coder_pages.py` (the same `--articles` pickle: extracted once, not
counted). The collector is set as a worker's (`process.GC_THRESHOLDS` from the start, frozen after
the warm-up); each counted article is coded (`code_events`) and its story evidence read
(`process.article_evidence`), each timed apart (`time.process_time`), the collector's time inside
them too. Both are timed because a change may move work from one to the other: the coder and the
evidence share remembered answers (the article's country, the readings, the dates), so a coder
that skips one leaves the evidence to compute it (ACT_WORDS_GATE, round 15). Prints CPU ms an
article (all, and the articles with no row), and a digest of every mention and evidence.
`--no-gate`: ACT_WORDS_GATE off (`coder.tells_an_act` always true), for a pair in one tree.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import sys
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site", type=Path)
    ap.add_argument("--articles", type=Path, required=True, help="pickle of the extracted articles")
    ap.add_argument("--pages", type=int, default=400)
    ap.add_argument("--warm-up", type=int, default=100)
    ap.add_argument("--no-gate", action="store_true")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_coder_pages import _articles

    from extractors import process
    from extractors.events import coder
    from extractors.models import RawPage

    if args.no_gate:
        coder.tells_an_act = lambda *_: True
    articles = _articles(args.site, args.pages + args.warm_up, args.articles)
    gc.set_threshold(*process.GC_THRESHOLDS)

    def page(a):  # the page as `article_evidence` reads it: only its fetch time
        return RawPage(a.url, a.url, 200, b"", fetched_at=a.fetched_at)

    for a in articles[: args.warm_up]:
        process.article_evidence(a, page(a), tuple(coder.code_events(a)))
    gc.collect()
    gc.freeze()
    collector = [0.0, 0.0]

    def on_gc(phase: str, _info: dict) -> None:
        if phase == "start":
            collector[1] = time.process_time()
        else:
            collector[0] += time.process_time() - collector[1]

    gc.callbacks.append(on_gc)
    digest = hashlib.sha1()
    code = evidence = 0.0
    empty = [0, 0.0, 0.0]
    counted = articles[args.warm_up :]
    for a in counted:
        t0 = time.process_time()
        mentions = tuple(coder.code_events(a))
        t1 = time.process_time()
        ev = process.article_evidence(a, page(a), mentions)
        t2 = time.process_time()
        code, evidence = code + t1 - t0, evidence + t2 - t1
        if not mentions:
            empty = [empty[0] + 1, empty[1] + t1 - t0, empty[2] + t2 - t1]
        digest.update(repr(mentions).encode())
        digest.update(ev.to_json().encode())
    gc.callbacks.remove(on_gc)
    n, e = len(counted), max(empty[0], 1)
    print(
        f"{n} articles: coding {1000 * code / n:.2f} + evidence {1000 * evidence / n:.2f} = "
        f"{1000 * (code + evidence) / n:.2f} ms CPU an article (collector {1000 * collector[0] / n:.2f} of it)"
    )
    print(
        f"  {empty[0]} with no row: coding {1000 * empty[1] / e:.2f} + evidence {1000 * empty[2] / e:.2f} = "
        f"{1000 * (empty[1] + empty[2]) / e:.2f} ms"
    )
    print(f"  digest {digest.hexdigest()[:12]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
