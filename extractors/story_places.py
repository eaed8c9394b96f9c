"""The places two reports share, as `stories.story_score` weighs them (its docstring, "places"):
the same place or one within `near_km` (`shared_places`, `_shared_spots`), a place one report
resolved and the other only writes as a name (`named_places`), every pair far apart (`_all_far`).
~800k pairs are scored at 10k reports: the distance tests skip the haversine where the latitudes
alone already decide (`_beyond_by_latitude`), bit-identical to the plain computation
(tests/test_story_score_paths.py).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from extractors.merge import km_between
from extractors.story_evidence import Spot, StoryEvidence


def shared_places(a: Sequence[Spot], b: Sequence[Spot], near_km: float) -> list[float]:
    """The weights of the places two reports share: each place of the shorter list matched to
    the same place, or one within `near_km`, of the other (the lighter weight counts)."""
    if len(a) > len(b):
        a, b = b, a
    by_key = {s.key: s for s in b}
    out = []
    for spot in a:
        other = by_key.get(spot.key)
        if other is None:
            other = _first_within(spot, b, near_km)
        if other is not None:
            out.append(min(spot.weight, other.weight))
    return out


def _shared_spots(a: StoryEvidence, b: StoryEvidence, near_km: float) -> list[float]:
    """`shared_places(a.places, b.places, near_km)` with the longer list's places by key kept on
    its report (`StoryEvidence.spot_by_key`) rather than built for every pair."""
    if len(a.places) > len(b.places):
        a, b = b, a
    by_key, others = b.spot_by_key, b.places
    out = []
    for spot in a.places:
        other = by_key.get(spot.key)
        if other is None:
            other = _first_within(spot, others, near_km)
        if other is not None:
            out.append(min(spot.weight, other.weight))
    return out


def _first_within(spot: Spot, others: Sequence[Spot], km: float) -> Spot | None:
    """The first of `others` within `km` of `spot` (`_within`, inlined: it is asked for millions
    of pairs of places in a run of 10k reports)."""
    lat, lon = spot.latitude, spot.longitude
    if lat is None or lon is None:
        return None
    bound = km * (1 + _BOUND_MARGIN) + _BOUND_MARGIN
    for other in others:
        olat, olon = other.latitude, other.longitude
        if olat is None or olon is None or abs(lat - olat) * _KM_PER_DEGREE_OF_LATITUDE > bound:
            continue
        if km_between(lat, lon, olat, olon) <= km:
            return other
    return None


def named_places(a: StoryEvidence, b: StoryEvidence) -> list[float]:
    """Places one report resolved that the other writes as a name but did not resolve (the
    place finder missed it there): the resolved place's weight, once per place."""
    out = []
    for x, y in ((a, b), (b, a)):
        written = y.written_names
        if x.folded_place_names.isdisjoint(written):
            continue  # none of x's places among y's names (most pairs scored)
        for spot in x.places:
            if spot.folded_name in written:
                out.append(spot.weight)
    return out


def _km(a: Spot, b: Spot) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    return km_between(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]


# The great-circle distance is at least the arc between the two latitudes (Earth's radius times
# their difference in radians): pairs that this lower bound already puts beyond a limit skip the
# haversine (most pairs a report is scored against are towns far apart). The margin keeps
# rounding from ever deciding a pair the haversine would not.
_KM_PER_DEGREE_OF_LATITUDE = 12742.0 / 2 * math.pi / 180
_BOUND_MARGIN = 1e-9


def _beyond_by_latitude(a: Spot, b: Spot, km: float) -> bool:
    return (
        abs(a.latitude - b.latitude) * _KM_PER_DEGREE_OF_LATITUDE > km * (1 + _BOUND_MARGIN) + _BOUND_MARGIN
    )  # type: ignore[operator]


def _within(a: Spot, b: Spot, km: float) -> bool:
    """Both placed and at most `km` apart (`_km(a, b) <= km`)."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude) or _beyond_by_latitude(a, b, km):
        return False
    return km_between(a.latitude, a.longitude, b.latitude, b.longitude) <= km  # type: ignore[arg-type]


def _all_far(a: Sequence[Spot], b: Sequence[Spot], far_km: float) -> bool:
    """Every pair placed and more than `far_km` apart (`_beyond_by_latitude`, then `_km`, inlined)."""
    bound = far_km * (1 + _BOUND_MARGIN) + _BOUND_MARGIN
    for x in a:
        xlat, xlon = x.latitude, x.longitude
        for y in b:
            ylat, ylon = y.latitude, y.longitude
            if xlat is None or xlon is None or ylat is None or ylon is None:
                return False
            if (
                not abs(xlat - ylat) * _KM_PER_DEGREE_OF_LATITUDE > bound
                and km_between(xlat, xlon, ylat, ylon) <= far_km
            ):
                return False
    return True
