"""Measure the event coder against the shared gold set and print the scorer's figures.

    .venv/bin/python bench/bench_events.py            # end to end: world.py pages + feeds, `conflictwire run`
    .venv/bin/python bench/bench_events.py --direct   # fast loop: texts -> Article -> code_events -> score
    .venv/bin/python bench/bench_events.py --halves   # end to end in two runs: the first half of the
                                                      # world's feeds, then the rest, into one warehouse
    options: --split all|seen|unseen (code only one half), --show (print every row; with
             --split seen to debug on the seen half only), --swap (with --halves: the second half first)

The shared set is split in two halves by story (`half_of(story)`: a stable hash of the gold
`story` id), so that every report of one story sits in one half. Rules are written looking at
the seen half's failures only; the unseen half is only scored. Both modes print the figures of
the whole set and of each half side by side (overall, per event type, per language).

Both modes score with the shared scorer's own functions (`/work/shared/tools/score.py`, imported,
not copied). --direct builds each Article the way the world serves it (world.py's `parse_text`:
the header date as published_at, the header language) and writes the mentions to a throwaway
DuckDB with the warehouse contract columns the scorer reads.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

SHARED = Path(os.environ.get("CONFLICTWIRE_SHARED", "/work/shared"))
TOOLS = SHARED / "tools"
EVENTS = SHARED / "eval" / "events"
REPO = Path(__file__).resolve().parents[1]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"shared_{name}", TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HALF_SALT = "conflictwire-halves-1"  # chosen among a few salts for halves of like size, types and languages


def half_of(story: str) -> str:
    """'seen' or 'unseen': the half of the shared set a story belongs to (stable across runs)."""
    return "seen" if hashlib.sha256((HALF_SALT + story).encode()).digest()[0] % 2 == 0 else "unseen"


def _selected(files: list[str], split: str, gold: dict) -> list[str]:
    if split == "all":
        return files
    return [f for f in files if half_of(gold.get("/".join(Path(f).parts[-2:]), {}).get("story", "")) == split]


def by_halves(score, db: str, index: dict, gold: dict) -> dict:
    """The scorer's figures for the whole set, the seen half and the unseen half."""
    out = {}
    for name in ("all", "seen", "unseen"):
        part = {
            k: v for k, v in gold.items() if k in index and (name == "all" or half_of(v["story"]) == name)
        }
        if part:
            out[name] = score.score(db, index, part)
    return out


COMPARED = ("event_recall", "event_precision", "fatalities_exact", "geo_within_25km", "actors_ok",
            "sub_event_type_ok", "recall_en", "recall_other_languages", "rows_in_reports_without_events")  # fmt: skip


def side_by_side(halves: dict) -> str:
    """A table: one figure per line, one column per half (per type and per language too)."""
    names = list(halves)
    lines = [f"{'':34}" + "".join(f"{n:>10}" for n in names)]

    def row(label: str, values: list) -> None:
        cells = "".join(
            f"{v:>10.3f}" if isinstance(v, float) else f"{'-' if v is None else v:>10}" for v in values
        )
        lines.append(f"{label:34}{cells}")

    for key in COMPARED:
        row(key, [halves[n].get(key) for n in names])
    for group in ("recall_by_type", "recall_by_language"):
        keys = sorted({k for n in names for k in halves[n].get(group, {})})
        for k in keys:
            row(f"{group[10:]}: {k}", [halves[n][group].get(k) for n in names])
    return "\n".join(lines)


def direct(split: str, show: bool) -> dict:
    import duckdb

    sys.path.insert(0, str(REPO))
    from extractors.events import code_events
    from extractors.models import Article

    world, score = _load("world"), _load("score")
    gold_paths = sorted(glob.glob(str(EVENTS / "gold" / "*.jsonl")))
    gold = score.load_gold(gold_paths)
    files = _selected(sorted(glob.glob(str(EVENTS / "texts" / "*" / "*.txt"))), split, gold)
    tmp = tempfile.mkdtemp(prefix="bench-events-")
    db = os.path.join(tmp, "w.duckdb")
    con = duckdb.connect(db)
    con.execute("create table articles (article_id varchar, url varchar, story_id varchar)")
    con.execute(
        "create table event_mentions (article_id varchar, event_id varchar, event_date date, event_type varchar,"
        " sub_event_type varchar, actor1 varchar, actor2 varchar, country varchar, admin1 varchar,"
        " location varchar, latitude double, longitude double, fatalities integer)"
    )
    # the language packs (and their lemma dictionaries) load once per process: timed apart
    from extractors.events.reading import has_pack, read

    loading = time.perf_counter()
    for lang in sorted({world.parse_text(p)[0].get("lang") or "en" for p in files}):
        if has_pack(lang):
            read("1", lang)
    pack_load_seconds = time.perf_counter() - loading
    index, started, n_mentions = {}, time.perf_counter(), 0
    for path in files:
        key = "/".join(Path(path).parts[-2:])
        meta, paras = world.parse_text(path)
        published = (
            datetime.fromisoformat(meta["published"]).replace(tzinfo=UTC) if meta["published"] else None
        )
        url = f"http://bench.local/{key}"
        article = Article(url=url, canonical_url=url, title=meta.get("title", ""), text="\n\n".join(paras),
                          published_at=published, language=meta.get("lang") or None)  # fmt: skip
        aid = hashlib.sha256(url.encode()).hexdigest()[:32]
        index[key] = {"path": f"/{key}"}
        con.execute("insert into articles values (?, ?, ?)", [aid, url, None])
        mentions = code_events(article)
        n_mentions += len(mentions)
        for i, m in enumerate(mentions):
            con.execute(
                "insert into event_mentions values (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [aid, f"{aid}-{i}", m.event_date, m.event_type, m.sub_event_type, m.actor1, m.actor2, m.country,
                 m.admin1, m.location, m.latitude, m.longitude, m.fatalities],
            )  # fmt: skip
        if show:
            _show(key, gold.get(key), mentions, score)
    elapsed = time.perf_counter() - started
    con.close()
    result = by_halves(score, db, index, gold)
    shutil.rmtree(tmp, ignore_errors=True)  # the scratch warehouse: one /tmp/bench-events-* a run was left
    result["articles_coded"] = len(files)
    result["mentions"] = n_mentions
    result["coding_seconds"] = round(elapsed, 2)
    result["pack_load_seconds"] = round(pack_load_seconds, 2)
    return result


def _show(key: str, gold: dict | None, mentions: list, score) -> None:
    print(f"== {key}")
    rows = [{"event_type": m.event_type, "country": m.country, "event_date": m.event_date, "latitude": m.latitude,
             "longitude": m.longitude, "admin1": m.admin1, "location": m.location} for m in mentions]  # fmt: skip
    for g in (gold or {}).get("events", []):
        hit = next((m for m, r in zip(mentions, rows, strict=True) if score.matches(g, r)), None)
        flag = ("REQ" if g.get("required") else "opt") + (" ok " if hit else " MISS")
        if hit is not None:
            flag += " F" + ("+" if hit.fatalities == g["fatalities"] else "-")
            actors = score.actor_ok(g["actor1"], g["actor1_country"], hit.actor1) and score.actor_ok(
                g["actor2"], g["actor2_country"], hit.actor2
            )
            flag += " A" + ("+" if actors else "-")
        print(f"  gold {flag} {g['event_date']} {g['event_type']} / {g['sub_event_type']} | {g['actor1']} -> "
              f"{g['actor2']} | {g['country']} {g['location']} ({g.get('lat')},{g.get('lon')}) | {g['fatalities']}")  # fmt: skip
    for m in mentions:
        print(f"  pred     {m.event_date} {m.event_type} / {m.sub_event_type} | {m.actor1} -> {m.actor2} | "
              f"{m.country} {m.location} ({m.latitude},{m.longitude}) p{m.geo_precision} | {m.fatalities} "
              f"c{m.confidence}")  # fmt: skip


def feed_halves(feeds_yaml: Path, swap: bool = False) -> list[Path]:
    """Split the world's feeds file in two (first half of the feeds, then the rest), written
    next to it; `swap` puts the second half first."""
    header, feeds, current = [], [], None
    for line in feeds_yaml.read_text(encoding="utf-8").splitlines():
        if line.startswith("  - "):
            current = [line]
            feeds.append(current)
        elif current is not None and line.startswith("    "):
            current.append(line)
        else:
            header.append(line)
    cut = (len(feeds) + 1) // 2
    halves = [feeds[:cut], feeds[cut:]]
    if swap:
        halves.reverse()
    paths = []
    for n, half in enumerate(halves, start=1):
        path = feeds_yaml.with_name(f"feeds-half{n}.yaml")
        path.write_text("\n".join(header + [line for feed in half for line in feed]) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _feeds_written(path: Path) -> bool:
    """The world's feeds file exists with its feeds and its last line (on a loaded machine
    `feed_halves` read it half written and ran no feed at all)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    return text.endswith("\n") and "  - " in text


def end_to_end(split: str, halves: bool = False, swap: bool = False) -> dict:
    if split != "all":
        raise SystemExit("--split needs --direct: the world serves every text (both halves are scored)")
    world_py, score_py = TOOLS / "world.py", TOOLS / "score.py"
    out = Path(tempfile.mkdtemp(prefix="bench-world-"))
    texts = sorted(glob.glob(str(EVENTS / "texts" / "*")))
    # the tools' own chatter goes to stderr: stdout carries only the figures
    subprocess.run(
        [sys.executable, str(world_py), "build", *texts, "--out", str(out)], check=True, stdout=sys.stderr
    )
    port_file = out / "port"
    server = subprocess.Popen([sys.executable, str(world_py), "serve", str(out), "--port-file", str(port_file)],
                              start_new_session=True, stdout=sys.stderr)  # fmt: skip
    try:
        for _ in range(600):  # feeds.yaml is written after the port, not atomically: wait for it whole
            if port_file.exists() and _feeds_written(out / "feeds.yaml"):
                break
            time.sleep(0.1)
        db = out / "w.duckdb"
        cli = REPO / ".venv" / "bin" / "conflictwire"
        feed_files = feed_halves(out / "feeds.yaml", swap) if halves else [out / "feeds.yaml"]
        started = time.perf_counter()
        for feeds in feed_files:  # one `conflictwire run` per feeds file, into the same warehouse
            subprocess.run(
                [str(cli), "run", "--feeds", str(feeds), "--db", str(db)],
                check=True,
                cwd=REPO,
                stdout=sys.stderr,
            )
        run_seconds = time.perf_counter() - started
        gold_paths = sorted(glob.glob(str(EVENTS / "gold" / "*.jsonl")))
        proc = subprocess.run(
            [sys.executable, str(score_py), "--db", str(db), "--index", str(out / "index.json"), "--gold", *gold_paths],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        score = _load("score")
        index = json.loads((out / "index.json").read_text(encoding="utf-8"))
        result = by_halves(score, str(db), index, score.load_gold(gold_paths))
        result["all_by_score_py"] = json.loads(proc.stdout)  # the shared scorer run as a program
        result["run_seconds"] = round(run_seconds, 2)
        result["runs"] = len(feed_files)
        result["world"] = str(out)
        return result
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--direct", action="store_true", help="code the texts in-process (no feeds, no flow)")
    ap.add_argument("--split", choices=["all", "seen", "unseen"], default="all")
    ap.add_argument("--show", action="store_true", help="print gold and predicted rows per file")
    ap.add_argument("--halves", action="store_true", help="end to end in two runs (half of the feeds each)")
    ap.add_argument("--swap", action="store_true", help="with --halves: run the second half first")
    a = ap.parse_args()
    result = direct(a.split, a.show) if a.direct else end_to_end(a.split, a.halves, a.swap)
    halves = {k: v for k, v in result.items() if k in ("all", "seen", "unseen")}
    print(side_by_side(halves))
    print(json.dumps(result, indent=1, default=str))


if __name__ == "__main__":
    main()
