"""Two `bench/pipeline.py` runs' warehouses of one replayed site, compared row by row.

    .venv/bin/python bench/compare_runs.py A/warehouse.duckdb B/warehouse.duckdb

The loopback servers' ports differ between runs, so article ids (and the story, mention and event
ids made from them) differ too: articles are matched by URL path. Compared: every article column but
ids, URLs and fetch times; the copies; the story partition; every mention's content; the event
partition and every event's content; fingerprints (signature, hash); story evidence; story links;
seen URLs. One line each: rows and digest of A, of B, same or DIFFERENT.
"""

import hashlib
import json
import re
import sys

import duckdb


def norm(u):
    return re.sub(r"^https?://[^/]+", "", u or "")


def digest(db):
    c = duckdb.connect(db, read_only=True)
    path = {aid: norm(u) for aid, u in c.execute("select article_id, url from articles").fetchall()}
    out = {}
    cols = [
        r[0]
        for r in c.execute(
            "select column_name from information_schema.columns where table_name='articles' order by ordinal_position"
        ).fetchall()
    ]
    skip = {
        "article_id",
        "url",
        "canonical_url",
        "feed_url",
        "fetched_at",
        "story_id",
        "duplicate_of",
        "updated_at",
    }
    keep = [x for x in cols if x not in skip]
    rows = c.execute(f"select url, {', '.join(keep)} from articles").fetchall()
    out["articles (all columns but ids, urls, fetched_at)"] = sorted(
        [norm(r[0]), *map(str, r[1:])] for r in rows
    )
    out["copies (duplicate_of)"] = sorted(
        (path[a], path.get(d, d) if d else "")
        for a, d in c.execute("select article_id, duplicate_of from articles").fetchall()
    )
    st = {}
    for a, s in c.execute("select article_id, story_id from articles").fetchall():
        st.setdefault(s, []).append(path[a])
    out["story partition"] = sorted(sorted(v) for v in st.values())
    mcols = [
        r[0]
        for r in c.execute(
            "select column_name from information_schema.columns where table_name='event_mentions' order by ordinal_position"
        ).fetchall()
    ]
    mkeep = [x for x in mcols if x not in {"mention_id", "article_id", "event_id", "coded_at"}]
    ms = c.execute(
        f"select mention_id, article_id, event_id, {', '.join(mkeep)} from event_mentions"
    ).fetchall()
    out["mentions (content)"] = sorted([path[m[1]], *map(str, m[3:])] for m in ms)
    ev = {}
    for m in ms:
        ev.setdefault(m[2], []).append((path[m[1]], str(m[3:])))
    out["event partition"] = sorted(sorted(v) for v in ev.values())
    ecols = [
        r[0]
        for r in c.execute(
            "select column_name from information_schema.columns where table_name='events' order by ordinal_position"
        ).fetchall()
    ]
    ekeep = [
        x
        for x in ecols
        if not x.endswith("_id")
        and x
        not in {
            "first_reported_at",
            "last_updated_at",
            "last_reported_at",
            "updated_at",
            "created_at",
            "evidence",
            "sources",
            "run_id",
        }
    ]
    out["events (content)"] = sorted(
        list(map(str, r)) for r in c.execute(f"select {', '.join(ekeep)} from events").fetchall()
    )
    out["fingerprints"] = sorted(
        (path[a], hashlib.md5(s or b"").hexdigest(), h)
        for a, s, h in c.execute(
            "select article_id, signature, content_hash from article_fingerprints"
        ).fetchall()
    )
    out["story evidence"] = sorted(
        (path[a], re.sub(r'"id": "[^"]*"', "", e))
        for a, e in c.execute("select article_id, evidence from story_evidence").fetchall()
    )
    out["story links"] = sorted(
        (path[a], path.get(b, b), k, s)
        for a, b, k, s in c.execute(
            "select article_id, linked_article_id, kind, score from story_links"
        ).fetchall()
    )
    out["seen_urls"] = sorted(
        (norm(u), o) for u, o in c.execute("select first_url, outcome from seen_urls").fetchall()
    )
    return {
        k: (len(v), hashlib.sha256(json.dumps(v, default=str).encode()).hexdigest()[:16])
        for k, v in out.items()
    }


a, b = digest(sys.argv[1]), digest(sys.argv[2])
for k in a:
    print(
        f"{k:50s} {a[k][0]:6d} {a[k][1]}  {b[k][0]:6d} {b[k][1]}  {'same' if a[k] == b[k] else 'DIFFERENT'}"
    )
