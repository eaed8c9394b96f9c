"""Time and memory of the dedup and story step (plan_story_links + plan_dedup + write_dedup) at
growing warehouse sizes.

    .venv/bin/python bench/bench_dedup.py [--sizes 10000 30000 100000] [--batch 2000]

Each size runs in its own process (so its peak memory is its own) on a fresh DuckDB file:
synthetic near-duplicate wire copy (`bench/tune_dedup.py`'s generator: reprints, rewrites,
updates, about 40 stories a day) is ingested in runs of `--batch` articles, in publication
order, as the flow would. Printed per size: dedup time per article over the whole ingest and
(median) over its first and last five runs (flat = linear growth; a warehouse-wide scan per run would
make the last runs slower), the time to read each article's story evidence (`story_evidence`: the
flow does it in its worker processes, so it is printed apart), peak RSS of the process, the part of it that is the generated
corpus itself and DuckDB's own memory (its buffer cache) at the end, index rows, stories, database size, and the share of copies recognised.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pyarrow as pa  # noqa: E402
from tune_dedup import make_corpus  # noqa: E402

from extractors.dedup import NewArticle, content_hash  # noqa: E402
from extractors.story_evidence import story_evidence  # noqa: E402
from warehouse.connection import connect  # noqa: E402
from warehouse.dedup_store import plan_dedup, write_dedup  # noqa: E402
from warehouse.story_store import plan_story_links  # noqa: E402


def corpus(n: int) -> list:
    docs = make_corpus(n // 5 + 10, seed=5, per_day=40)
    part = 1
    while len(docs) < n:  # rarely needed: a second generator run with its own ids
        more = make_corpus(n // 20 + 10, seed=part, per_day=40)
        docs += [
            dataclasses.replace(d, doc_id=f"p{part}-{d.doc_id}", story=d.story + part * 10**7) for d in more
        ]
        part += 1
    docs = docs[:n]
    docs.sort(key=lambda d: (d.published_at, d.doc_id))
    return docs


def insert_articles(con, batch: list[NewArticle]) -> None:
    table = pa.table(
        {
            "article_id": [a.article_id for a in batch],
            "url": [f"https://{a.outlet}/{a.article_id}" for a in batch],
            "canonical_url": [f"https://{a.outlet}/{a.article_id}" for a in batch],
            "outlet": [a.outlet for a in batch],
            "title": [a.title for a in batch],
            "published_at": [a.published_at for a in batch],
            "text": [a.text for a in batch],
            "content_hash": [a.content_hash for a in batch],
        }
    )
    con.register("_bench_articles", table)
    cols = ", ".join(table.column_names)
    con.execute(f"INSERT INTO articles ({cols}) SELECT {cols} FROM _bench_articles")
    con.unregister("_bench_articles")


def run_one(n: int, batch_size: int) -> dict:
    t = time.perf_counter()
    docs = corpus(n)
    generate_s = time.perf_counter() - t
    gc.freeze()  # the generated corpus is not the dedup step's: keep it out of GC passes
    rss_before_mb = _rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        con = connect(Path(tmp) / "bench.duckdb")
        per_run: list[float] = []
        load_s = 0.0
        recognised = copies = 0
        evidence_s = 0.0
        story_links = 0
        for start in range(0, len(docs), batch_size):
            chunk = docs[start : start + batch_size]
            te = time.perf_counter()
            evidence = [story_evidence(d.doc_id, d.title, d.text, "en", d.published_at) for d in chunk]
            evidence_s += time.perf_counter() - te
            batch = [
                NewArticle(
                    d.doc_id,
                    f"outlet{i % 17}.example",
                    d.published_at,
                    d.title,
                    d.text,
                    content_hash(d.text),
                    evidence=evidence[i],
                )
                for i, d in enumerate(chunk)
            ]
            t0 = time.perf_counter()
            links = plan_story_links(con, batch)
            plan = plan_dedup(con, batch, None, links)
            story_links += len(links.links)
            t1 = time.perf_counter()
            con.execute("BEGIN TRANSACTION")
            insert_articles(con, batch)
            t2 = time.perf_counter()
            write_dedup(con, plan)
            con.execute("COMMIT")
            t3 = time.perf_counter()
            per_run.append((t1 - t0) + (t3 - t2))
            load_s += t2 - t1
            for d in chunk:
                if d.kind in ("reprint", "light_rewrite", "update"):
                    copies += 1
                    recognised += d.doc_id in plan.duplicates
        predicted = dict(con.execute("SELECT article_id, story_id FROM articles").fetchall())
        bands = con.execute("SELECT count(*) FROM lsh_bands").fetchone()[0]
        stories = con.execute("SELECT count(*) FROM stories").fetchone()[0]
        duckdb_mb = con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()").fetchone()[0] / 1e6
        con.close()
        db_mb = (Path(tmp) / "bench.duckdb").stat().st_size / 1e6
    runs = len(per_run)
    head, tail = per_run[:5], per_run[-5:]
    return {
        "articles": n,
        "runs": runs,
        "dedup_s": sum(per_run),
        "us_per_article": sum(per_run) / n * 1e6,
        # medians: one run slowed by another process on the machine must not read as growth
        "us_per_article_first5": statistics.median(head) / batch_size * 1e6,
        "us_per_article_last5": statistics.median(tail) / batch_size * 1e6,
        "load_articles_s": load_s,
        "evidence_us_per_article": evidence_s / n * 1e6,
        "story_links": story_links,
        "generate_s": generate_s,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "corpus_rss_mb": rss_before_mb,
        "duckdb_mb": duckdb_mb,
        "band_rows": bands,
        "stories": stories,
        "db_mb": db_mb,
        "copies_recognised": recognised / (copies or 1),
        "story_b3_f1": b3_f1({d.doc_id: d.story for d in docs}, predicted),
    }


def b3_f1(gold: dict, predicted: dict) -> float:
    """B-cubed F1 of predicted story ids against the generator's stories."""
    by_gold, by_pred = {}, {}
    for k in gold:
        by_gold.setdefault(gold[k], set()).add(k)
        by_pred.setdefault(predicted.get(k) or k, set()).add(k)
    p = r = 0.0
    for k in gold:
        same_p, same_g = by_pred[predicted.get(k) or k], by_gold[gold[k]]
        inter = len(same_p & same_g)
        p += inter / len(same_p)
        r += inter / len(same_g)
    p, r = p / len(gold), r / len(gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def _rss_mb() -> float:
    """Current resident set size (Linux), MB."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 1e6


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    ap.add_argument("--batch", type=int, default=2000)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.batch)))
        return
    print(
        f"{'articles':>9} {'runs':>5} {'dedup s':>8} {'us/art':>7} {'first5':>7} {'last5':>7} {'evid us':>7} "
        f"{'peak MB':>8} {'corpus MB':>9} {'duckdb MB':>9} {'band rows':>10} {'stories':>8} {'db MB':>6} {'copies found':>12} {'story B3':>8}"
    )
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--batch", str(args.batch)],
            check=True,
            capture_output=True,
            text=True,
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"{r['articles']:>9} {r['runs']:>5} {r['dedup_s']:>8.1f} {r['us_per_article']:>7.0f} "
            f"{r['us_per_article_first5']:>7.0f} {r['us_per_article_last5']:>7.0f} {r['evidence_us_per_article']:>7.0f} {r['peak_rss_mb']:>8.0f} {r['corpus_rss_mb']:>9.0f} {r['duckdb_mb']:>9.0f} "
            f"{r['band_rows']:>10} {r['stories']:>8} {r['db_mb']:>6.0f} {r['copies_recognised']:>12.3f} {r['story_b3_f1']:>8.3f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
