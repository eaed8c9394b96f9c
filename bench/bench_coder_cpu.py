"""CPU of the event coder and the story evidence per article, on the shared reports.

    .venv/bin/python bench/bench_coder_cpu.py [--repeat 3]

Every report of `$CONFLICTWIRE_SHARED/eval/events/texts` (default /work/shared) goes through
`code_events` and `story_evidence` in this process, as a worker meets them: after a warm-up on 15
other texts (3 English, 12 in other languages: the gazetteer, the first packs and patterns are
loaded), each report is read once. Its words, most languages and their lexicons are new to the
process, so the figure is that of a fresh worker (a long-running one remembers more). Prints CPU
milliseconds an article (`time.process_time`: wall time on a shared machine says little) and a
digest of everything both produced: a change that should not alter any output must keep it.
With `--repeat N`, N fresh processes run it and the lowest figure is printed too (the machine's
load only ever adds time).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

SHARED = Path(os.environ.get("CONFLICTWIRE_SHARED", "/work/shared"))
TEXTS = SHARED / "eval" / "events" / "texts"
WARM_ENGLISH, WARM_OTHER = 3, 12


def _articles():
    from extractors.language import detect_language
    from extractors.models import Article

    out = []
    for i, path in enumerate(sorted(TEXTS.rglob("*.txt"))):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        url = f"http://bench.invalid/{i}"
        out.append(
            Article(url=url, canonical_url=url, title=title, text=body, language=detect_language(body))
        )
    return out


def _run(articles) -> list[tuple[str, str]]:
    from extractors.events import code_events
    from extractors.story_evidence import story_evidence

    out = []
    for a in articles:
        mentions = code_events(a)
        evidence = story_evidence(a.canonical_url, a.title, a.text, a.language, None, ())
        out.append((repr(mentions), evidence.to_json()))
    return out


def measure() -> tuple[float, str, int]:
    """(CPU ms an article, output digest, articles) in this process."""
    import dataclasses

    articles = _articles()
    english = [a for a in articles if a.language == "en"][:WARM_ENGLISH]
    other = [a for a in articles if a.language != "en"][:WARM_OTHER]
    # the warm-up texts differ from the measured ones (a trailing full stop), so nothing measured is remembered
    _run([dataclasses.replace(a, text=a.text + " .") for a in english + other])
    started = time.process_time()
    out = _run(articles)
    cpu = time.process_time() - started
    return 1000 * cpu / len(articles), hashlib.sha1(repr(out).encode()).hexdigest()[:12], len(articles)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=1, help="fresh processes to run (lowest figure printed)")
    ap.add_argument(
        "--once", action="store_true", help=argparse.SUPPRESS
    )  # one measurement, machine-readable
    args = ap.parse_args()
    if not TEXTS.is_dir():
        sys.exit(f"no shared reports at {TEXTS} (set CONFLICTWIRE_SHARED)")
    if args.once or args.repeat <= 1:
        ms, digest, n = measure()
        print(
            f"{ms:.1f} {digest} {n}"
            if args.once
            else f"{n} articles: {ms:.1f} ms CPU an article, digest {digest}"
        )
        return
    figures = []
    for _ in range(args.repeat):
        proc = subprocess.run(
            [sys.executable, __file__, "--once"], capture_output=True, text=True, check=True
        )
        ms, digest, n = proc.stdout.split()
        figures.append((float(ms), digest))
        print(f"run {len(figures)}: {float(ms):.1f} ms CPU an article, digest {digest}")
    digests = {d for _, d in figures}
    print(f"{n} articles: lowest {min(ms for ms, _ in figures):.1f} ms CPU an article over {len(figures)} runs; "
          f"digest {' / '.join(sorted(digests))}{' (differs between runs!)' if len(digests) > 1 else ''}")  # fmt: skip


if __name__ == "__main__":
    main()
