"""Great-circle distance between two points (`km_between`), shared by the district lookup
(`districts.py`) and the merge rules (`merge_rules.py`)."""

from __future__ import annotations

import math

EARTH_DIAMETER_KM = 12742.0


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The haversine distance in km (the sine term clamped at 1 against rounding at the antipodes)."""
    rad = math.pi / 180
    h = (
        math.sin((lat2 - lat1) * rad / 2) ** 2
        + math.cos(lat1 * rad) * math.cos(lat2 * rad) * math.sin((lon2 - lon1) * rad / 2) ** 2
    )
    return EARTH_DIAMETER_KM * math.asin(math.sqrt(min(1.0, h)))
