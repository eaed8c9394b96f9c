"""CPU of the story evidence a page, as a worker reads it, and a digest of the evidence.

    .venv/bin/python bench/bench_evidence_cpu.py SITE_DIR [--pages 300] [--warm-up 30] [--profile 25]

SITE_DIR as for `profile_pages.py` (the site/ of a `bench/pipeline.py --workdir DIR` run). Every
page goes through `process.process_page` in this process, as a worker meets it: extraction, event
coding, then the story evidence (`process.article_evidence`, all of it timed apart with
`time.process_time`). The first `--warm-up` pages are processed and not counted (packs, lexicons,
gazetteer, word frequencies). Prints CPU milliseconds a page of the evidence and of extraction +
coding, and a digest of every page's evidence (`StoryEvidence.to_json`) and mentions: a change of
how the evidence is read must keep it. `--profile N`: the N functions with the most cumulative time
inside the evidence (cProfile over the counted pages' evidence: its CPU figure is then inflated).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import sys
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--warm-up", type=int, default=30)
    parser.add_argument("--profile", type=int, default=0, help="print the top N functions of the evidence")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from profile_pages import load_pages

    from extractors import process

    evidence_cpu = 0.0
    timed = process.article_evidence

    profiler = cProfile.Profile() if args.profile else None

    def article_evidence(*a, **k):
        nonlocal evidence_cpu
        began = time.process_time()
        if profiler is not None and counting:
            profiler.enable()
        try:
            return timed(*a, **k)
        finally:
            if profiler is not None and counting:
                profiler.disable()
            evidence_cpu += time.process_time() - began

    process.article_evidence = article_evidence  # process_page looks it up in its module
    items = load_pages(args.site, args.pages + args.warm_up)
    counting = False
    for page, entry in items[: args.warm_up]:
        process.process_page(page, entry)
    evidence_cpu, counting = 0.0, True
    digest = hashlib.sha1()
    n = read = 0
    began = time.process_time()
    for page, entry in items[args.warm_up :]:
        result = process.process_page(page, entry)
        n += 1
        read += result.evidence is not None
        digest.update(repr((result.error, result.mentions)).encode())
        digest.update((result.evidence.to_json() if result.evidence else "-").encode())
    total = time.process_time() - began
    print(f"{n} pages of {args.site} after {args.warm_up} warm-up pages; {read} with evidence")
    print(f"  story evidence         {1000 * evidence_cpu / max(n, 1):6.2f} ms CPU a page")
    print(f"  extraction + coding    {1000 * (total - evidence_cpu) / max(n, 1):6.2f} ms CPU a page")
    print(f"  digest {digest.hexdigest()[:12]}")
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
