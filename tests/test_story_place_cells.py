"""PLACE_CELL_KEYS (`extractors/story_records.py`): reports naming places within the story rule's
reach of each other are blocked together even when the gazetteer files the places under two
provinces; places far apart, or reports without a country or province, gain no pair."""

from __future__ import annotations

from datetime import datetime

from extractors.stories import STORY_LINK, blocked_together
from extractors.story_records import PLACE_REACH_KM, Spot, StoryEvidence, _cells

DAY = datetime(2025, 3, 4, 12, 0)
ANCHOR = (DAY.toordinal(), DAY.toordinal())


def _report(article_id: str, admin1: str, lat: float, lon: float, country: str = "Kenya") -> StoryEvidence:
    spot = Spot("Town " + article_id, admin1, country, lat, lon, 0.8)
    return StoryEvidence(
        article_id, language="en", published=DAY, anchor=ANCHOR, country=country.lower() if country else "",
        places=(spot,), regions=frozenset([f"{country.lower()}|{admin1.lower()}"]) if country else frozenset(),
    )  # fmt: skip


def test_places_a_few_km_apart_across_a_provincial_border_are_blocked_together() -> None:
    city = _report("a", "Capital City", -1.290, 36.820)
    suburb = _report("b", "Outer County", -1.330, 36.900)  # ~10 km away, another province
    assert STORY_LINK.near_km == PLACE_REACH_KM
    assert blocked_together(city, suburb) and blocked_together(suburb, city)


def test_places_far_apart_in_two_provinces_stay_unblocked() -> None:
    city = _report("a", "Capital City", -1.290, 36.820)
    far = _report("b", "Coast County", -4.050, 39.660)  # hundreds of km away
    assert not blocked_together(city, far)


def test_a_report_without_country_or_province_gets_no_keys_from_its_places() -> None:
    bare = StoryEvidence("x", language="en", published=DAY, anchor=ANCHOR,
                         places=(Spot("Town", "", "", -1.29, 36.82, 0.8),))  # fmt: skip
    assert not bare.blocking_keys() and not bare.probe_keys()


def test_the_probed_cells_cover_every_point_within_reach_at_high_latitude() -> None:
    spot = Spot("North", "r", "c", 69.5, 33.0, 0.8)
    probed = _cells(spot, PLACE_REACH_KM)
    for dlat, dlon in ((0.13, 0.0), (-0.13, 0.0), (0.0, 0.37), (0.0, -0.37), (0.09, 0.26)):
        assert _cells(Spot("p", "r", "c", 69.5 + dlat, 33.0 + dlon, 0.8), 0.0) <= probed
