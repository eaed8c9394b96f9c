"""A worker's memory and CPU as the pages it has processed grow: RSS flat after warm-up?

    .venv/bin/python bench/worker_memory.py [--n 5000] [--chunk 50] [--every 500] [--no-freeze] [--sizes]

Generates N distinct pages (`bench/pipeline_corpus.generate`, the pages of `bench/pipeline.py`)
and runs them through `extractors.process.process_chunk` in this process, chunk by chunk, as a
worker of a run does (raw bytes stripped, compressed). Every `--every` pages it prints the
process's RSS (VmRSS), CPU milliseconds a page of that window (`time.process_time`), the time
the garbage collector spent in it, and the remembered-answer caches' entries and estimated bytes
(`remembered_sizes`: a sample of each cache's entries measured deeply, scaled). `--no-freeze`: without
`process_chunk`'s `gc.freeze()` after its first chunk (GC_FREEZE in extractors/process.py).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


SHARED_TYPES = ("PlaceCues", "LanguagePack", "Gazetteer")  # what a memo's entries point to, not own


def _deep(obj: object, seen: set[int], depth: int = 0) -> int:
    if id(obj) in seen or depth > 6 or type(obj).__name__ in SHARED_TYPES:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(_deep(k, seen, depth + 1) + _deep(v, seen, depth + 1) for k, v in obj.items())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        size += sum(_deep(x, seen, depth + 1) for x in obj)
    elif hasattr(obj, "__dict__"):
        size += _deep(vars(obj), seen, depth + 1)
    elif hasattr(obj, "__slots__"):
        size += sum(_deep(getattr(obj, s, None), seen, depth + 1) for s in obj.__slots__)
    return size


def _estimate(d: dict, sample: int = 300) -> int:
    """Bytes of a dict's entries (and the table), from a sample measured deeply."""
    if not d:
        return sys.getsizeof(d)
    items = list(d.items())
    step = max(1, len(items) // sample)
    picked = items[::step][:sample]
    per = sum(_deep(k, set()) + _deep(v, set()) for k, v in picked) / len(picked)
    return int(sys.getsizeof(d) + per * len(items))


MEMO_ATTRIBUTES = (
    "_folds",
    "_keys",
    "_word_keys",
    "_token_memo",
    "_restricted",
    "_open_buckets",
    "_is_memo",
    "_rewrite_memo",
    "_place_memo",
    "_starts_memo",
    "_script_memo",
    "_region_word_memo",
)


def remembered_sizes() -> dict[str, tuple[int, int]]:
    """name -> (entries, estimated bytes) of every remembered-answer cache of the worker that
    grows with the words, names and texts seen: the `functools.lru_cache`s of `extractors`
    (entries only; bytes -1: their table is not reachable), the per-object memo dicts of the
    language packs, place cues and gazetteer, and the module-level memo dicts."""
    import extractors
    from extractors.events.gazetteer import Gazetteer
    from extractors.events.language_pack import LanguagePack
    from extractors.events.place_cues import PlaceCues

    out: dict[str, tuple[int, int]] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith(extractors.__name__ + ".") or module is None:
            continue
        for attr, value in vars(module).items():
            info = getattr(value, "cache_info", None)
            if callable(info) and getattr(value, "__module__", None) == name:
                stats = info()
                if stats.maxsize is not None and stats.currsize:
                    rate = stats.hits / max(1, stats.hits + stats.misses)
                    out[f"{name.split('.')[-1]}.{attr} (lru {stats.maxsize}, hits {rate:.0%})"] = (
                        stats.currsize,
                        -1,
                    )
            elif (
                isinstance(value, dict)
                and attr.startswith("_")
                and not attr.startswith("__")
                and len(value) > 100
            ):
                out[f"{name.split('.')[-1]}.{attr}"] = (len(value), _estimate(value))
    for obj in gc.get_objects():
        if isinstance(obj, (LanguagePack, PlaceCues, Gazetteer)):
            for attr in MEMO_ATTRIBUTES:
                table = obj.__dict__.get(attr)
                if isinstance(table, dict) and table:
                    key = f"{type(obj).__name__}.{attr}"
                    entries, size = out.get(key, (0, 0))
                    out[key] = (entries + len(table), size + _estimate(table))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--chunk", type=int, default=50)
    ap.add_argument("--every", type=int, default=500)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-freeze", action="store_true", help="no gc.freeze after the first chunk")
    ap.add_argument("--sizes", action="store_true", help="print the caches' entries and bytes each window")
    args = ap.parse_args()
    from pipeline_corpus import generate

    from extractors.models import FeedEntry, RawPage
    from extractors.process import process_chunk

    gc_time = [0.0, 0.0]

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            gc_time[1] = time.process_time()
        else:
            gc_time[0] += time.process_time() - gc_time[1]

    gc.callbacks.append(on_gc)
    if args.no_freeze:
        import extractors.process

        extractors.process.FREEZE_AFTER_FIRST_CHUNK = False
    print(f"RSS after imports {rss_mb():.0f} MB")
    pages = generate(args.n, args.seed, 64)
    done, window_cpu, window_gc = 0, time.process_time(), 0.0
    chunk: list = []
    for spec in pages:
        url = f"http://127.0.0.{2 + spec.host % 200}:8000{spec.path}"
        now = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)
        entry = FeedEntry(feed_url=url, link=url, title=spec.title, published_at=spec.published)
        body = spec.html.encode("utf-8")
        chunk.append((RawPage(url, url, 200, body, {"content-type": "text/html; charset=utf-8"}, now), entry))
        if len(chunk) < args.chunk:
            continue
        process_chunk(chunk, strip_raw=True, compress_raw=True)
        done += len(chunk)
        chunk = []
        if done % args.every == 0:
            cpu = time.process_time() - window_cpu
            print(
                f"{done:6d} pages: RSS {rss_mb():7.0f} MB, {1000 * cpu / args.every:6.1f} ms CPU a page, "
                f"gc {1000 * (gc_time[0] - window_gc) / args.every:5.2f} ms a page",
                flush=True,
            )
            if args.sizes:
                total = 0
                for name, (entries, size) in sorted(remembered_sizes().items(), key=lambda x: -x[1][1]):
                    total += max(size, 0)
                    print(f"    {name:44s} {entries:8d} entries {size / 1e6:8.1f} MB")
                print(f"    {'all caches':44s} {'':8s}         {total / 1e6:8.1f} MB", flush=True)
            window_cpu, window_gc = time.process_time(), gc_time[0]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
