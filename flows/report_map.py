"""The report's map: event points over country outlines, as inline SVG (no tiles, no script).

Outlines come from the `countryinfo` package (a pinned dependency), which ships each country's
border as GeoJSON derived from Natural Earth (1:110m); about 170 countries have one (Myanmar,
Serbia and Hungary, among a few others, ship none, and are left blank). The projection is
equirectangular over the events' bounding box (with a margin and a minimum span), so the map
zooms to where the events are.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib import resources

WIDTH, HEIGHT = 900, 520
MARGIN_DEGREES = 4.0
MIN_SPAN_DEGREES = 24.0
Ring = list[tuple[float, float]]


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float
    radius: float
    color: str
    label: str


@cache
def country_outlines() -> tuple[tuple[str, tuple[Ring, ...]], ...]:
    """(ISO alpha-3, outer rings) of every country countryinfo ships an outline for."""
    out = []
    data = resources.files("countryinfo").joinpath("data")
    for entry in sorted(data.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".json"):
            continue
        try:
            record = json.loads(entry.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        for feature in (record.get("geoJSON") or {}).get("features", []):
            geometry = feature.get("geometry") or {}
            polygons = geometry.get("coordinates") or []
            if geometry.get("type") == "Polygon":
                polygons = [polygons]
            elif geometry.get("type") != "MultiPolygon":
                continue
            rings = tuple([(float(x), float(y)) for x, y, *_ in poly[0]] for poly in polygons if poly)
            out.append((str(feature.get("id") or ""), rings))
    return tuple(out)


@dataclass(frozen=True)
class Frame:
    """The map's window in degrees and its projection to SVG pixels."""

    west: float
    south: float
    east: float
    north: float

    @classmethod
    def around(cls, points: Sequence[Point]) -> Frame:
        if not points:
            return cls(-180.0, -60.0, 180.0, 85.0)
        lons = [p.longitude for p in points]
        lats = [p.latitude for p in points]
        west, east = min(lons) - MARGIN_DEGREES, max(lons) + MARGIN_DEGREES
        south, north = min(lats) - MARGIN_DEGREES, max(lats) + MARGIN_DEGREES
        # keep the map's aspect ratio, and never zoom in closer than MIN_SPAN_DEGREES across
        span_x = max(east - west, MIN_SPAN_DEGREES, (north - south) * WIDTH / HEIGHT)
        span_y = span_x * HEIGHT / WIDTH
        cx, cy = (west + east) / 2, (south + north) / 2
        return cls(cx - span_x / 2, cy - span_y / 2, cx + span_x / 2, cy + span_y / 2)

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        x = (lon - self.west) / (self.east - self.west) * WIDTH
        y = (self.north - lat) / (self.north - self.south) * HEIGHT
        return round(x, 1), round(y, 1)

    def overlaps(self, ring: Ring) -> bool:
        lons = [p[0] for p in ring]
        lats = [p[1] for p in ring]
        return not (
            max(lons) < self.west or min(lons) > self.east or max(lats) < self.south or min(lats) > self.north
        )


def _path(frame: Frame, rings: Iterable[Ring]) -> str:
    parts = []
    for ring in rings:
        if len(ring) < 3 or not frame.overlaps(ring):
            continue
        coords, last = [], None
        for lon, lat in ring:
            xy = frame.xy(lon, lat)
            if xy != last:
                coords.append(f"{xy[0]},{xy[1]}")
                last = xy
        if len(coords) >= 3:
            parts.append("M" + " L".join(coords) + " Z")
    return " ".join(parts)


def map_svg(points: Sequence[Point]) -> str:
    """The map as an `<svg id="map">`: outlines (class `country`), one `circle.event-point` per point."""
    frame = Frame.around(points)
    shapes = []
    for code, rings in country_outlines():
        d = _path(frame, rings)
        if d:
            shapes.append(f'<path class="country" data-iso3="{escape(code)}" d="{d}"/>')
    dots = []
    for p in sorted(points, key=lambda p: -p.radius):  # small dots drawn last, on top
        x, y = frame.xy(p.longitude, p.latitude)
        dots.append(
            f'<circle class="event-point" cx="{x}" cy="{y}" r="{p.radius:.1f}" fill="{p.color}">'
            f"<title>{escape(p.label)}</title></circle>"
        )
    return (
        f'<svg id="map" role="img" aria-label="map of event locations" viewBox="0 0 {WIDTH} {HEIGHT}"'
        f' width="{WIDTH}" height="{HEIGHT}">'
        f'<rect class="sea" x="0" y="0" width="{WIDTH}" height="{HEIGHT}"/>'
        f'<g class="countries">{"".join(shapes)}</g><g class="points">{"".join(dots)}</g></svg>'
    )
