"""Places benchmark: gazetteer load time, per-article time, and accuracy on the gold places.

    .venv/bin/python bench/bench_places.py [--eval ../shared/eval/events] [--verbose]

Prints:
- the gazetteer load time in a fresh process (and the build time when there was no cache yet);
- `find_places` / `main_country` time per article over the eval texts;
- main-country accuracy: `main_country(text, title)` against the gold country of the article's
  first required event;
- place accuracy: each gold event's location (else admin1, else country) through
  `resolve_place(name, country_hint=gold country)`, share within 25 km / 50 km of the gold point;
- place-in-text recall: share of gold events with a place that `find_places(text, main country)`
  finds within 25 km.

The eval set is for measuring only: nothing in the project is keyed to its names.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    h = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(h))


def read_report(path: Path) -> tuple[dict[str, str], str]:
    """Header lines ('key: value') up to the first blank line, then the body."""
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    meta = {}
    for line in head.splitlines():
        key, sep, value = line.partition(":")
        if sep and " " not in key.strip():
            meta[key.strip()] = value.strip()
    return meta, body.strip()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval" / "events"))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    eval_dir = Path(args.eval)

    from extractors.events import gazetteer

    had_cache = gazetteer.cache_path().exists()
    t0 = time.perf_counter()
    gaz = gazetteer.load_gazetteer()
    load_s = time.perf_counter() - t0
    what = "load from cache" if had_cache else "build + write cache (first use)"
    print(f"gazetteer: {len(gaz)} places, {len(gaz.by_key)} names; {what}: {load_s:.2f} s")

    from extractors.events.main_country import main_country
    from extractors.events.places import find_places, resolve_place

    t0 = time.perf_counter()
    main_country("Warm-up: shelling near Idlib, Syria.")  # loads the lexicons and stopwords once
    print(f"lexicons (countries, stopwords) first use: {time.perf_counter() - t0:.2f} s")

    gold = {}
    for path in sorted((eval_dir / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                gold[row["file"]] = row

    find_ms, main_ms, words = [], [], []
    country_ok = country_n = 0
    in_text_ok = in_text_n = 0
    misses_country, misses_text = [], []
    texts = {}
    for key, row in sorted(gold.items()):
        meta, body = read_report(eval_dir / "texts" / key)
        texts[key] = (meta, body)
        words.append(len(body.split()))
        t = time.perf_counter()
        country = main_country(body, meta.get("title", ""))
        main_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        found = find_places(body, country)
        find_ms.append((time.perf_counter() - t) * 1000)
        required = [e for e in row["events"] if e.get("required")]
        if required:
            country_n += 1
            ok = country == required[0]["country"]
            country_ok += ok
            if not ok:
                misses_country.append(f"{key}: main_country={country!r} gold={required[0]['country']!r}")
        for e in required:
            if e.get("lat") is None:
                continue
            in_text_n += 1
            near = [
                m
                for m in found
                if m.latitude is not None and km(e["lat"], e["lon"], m.latitude, m.longitude) <= 25
            ]
            in_text_ok += bool(near)
            if not near:
                misses_text.append(f"{key}: {e['location']!r} not among {[m.surface for m in found][:12]}")

    print(
        f"articles: {len(find_ms)}, {statistics.mean(words):.0f} words on average (max {max(words)})\n"
        f"find_places per article: mean {statistics.mean(find_ms):.1f} ms, max {max(find_ms):.1f} ms "
        f"({1000 * sum(find_ms) / sum(words):.2f} ms per 1,000 words)\n"
        f"main_country per article: mean {statistics.mean(main_ms):.1f} ms, max {max(main_ms):.1f} ms"
    )
    print(f"main_country right: {country_ok}/{country_n} = {country_ok / max(country_n, 1):.3f}")
    print(
        f"gold place found in text within 25 km: {in_text_ok}/{in_text_n} = {in_text_ok / max(in_text_n, 1):.3f}"
    )

    n = within25 = within50 = 0
    misses = []
    for key, row in sorted(gold.items()):
        for e in row["events"]:
            if e.get("lat") is None:
                continue
            n += 1
            match = None
            for name in (e.get("location"), e.get("admin1"), e.get("country")):
                if name:
                    match = resolve_place(name, e.get("country"))
                    if match is not None and match.latitude is not None:
                        break
            d = (
                None
                if match is None or match.latitude is None
                else km(e["lat"], e["lon"], match.latitude, match.longitude)
            )
            within25 += d is not None and d <= 25
            within50 += d is not None and d <= 50
            if d is None or d > 25:
                got = (
                    "nothing"
                    if match is None
                    else f"{match.name} ({match.kind}, {match.country}) "
                    + (f"at {d:.0f} km" if d is not None else "without coordinates")
                )
                misses.append(f"{key}: {e.get('location')!r} / {e.get('admin1')!r} -> {got}")
    print(
        f"gold places resolved within 25 km: {within25}/{n} = {within25 / max(n, 1):.3f} "
        f"(within 50 km: {within50 / max(n, 1):.3f})"
    )
    if args.verbose:
        for line in misses_country + misses_text + misses:
            print("  miss:", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
