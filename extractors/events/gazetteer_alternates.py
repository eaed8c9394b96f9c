"""Alternate names a town gives up to a big city of its country whose own name they are (the
gazetteer's build; build time only).

GeoNames lists a town's old names among its alternates: Tolyatti was "Stavropol" (on the Volga)
until 1964, so "Stavropol" and "Ставрополь" name both Tolyatti and the city of Stavropol, and the
bigger Tolyatti won every mention of the other. OWN_NAMES_OF_BIG_CITIES (`BigCityNames.given_up`):
a town's alternate name whose key is the own name of another city of BIG_CITY_POPULATION or more
in the same country is not indexed for the town, and neither are the names in other scripts the
town shares with that city. A town's own name is always kept, and so is a name two cities both
carry as their own (homonyms are for the context to choose between).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

BIG_CITY_POPULATION = 100_000


@dataclass(frozen=True)
class BigCityNames:
    """(country, own-name key) -> the geonameids of the big cities whose own name it is, and each
    such city's names in other scripts."""

    owners: Mapping[tuple[str, str], tuple[str, ...]]
    scripts: Mapping[str, frozenset[str]]

    def given_up(self, gid: str, city: Mapping, key_of: Callable[[str], str]) -> frozenset[str]:
        """The alternate names (as written) of `city` that OWN_NAMES_OF_BIG_CITIES takes from it."""
        own = key_of(city["name"])
        cc = city["countrycode"]
        dropped: set[str] = set()
        for alt in city["alternatenames"]:
            key = key_of(alt)
            if not key or key == own:
                continue
            others = [o for o in self.owners.get((cc, key), ()) if o != gid]
            if not others:
                continue
            dropped.add(alt)
            shared = frozenset().union(*(self.scripts[o] for o in others))
            dropped.update(a for a in city["alternatenames"] if a in shared)
        return frozenset(dropped)


def names_of_big_cities(cities: Mapping[str, Mapping], key_of: Callable[[str], str]) -> BigCityNames:
    """The own names of the cities of BIG_CITY_POPULATION or more, keyed by country."""
    owners: dict[tuple[str, str], list[str]] = {}
    scripts: dict[str, frozenset[str]] = {}
    for gid, c in sorted(cities.items()):
        if (c["population"] or 0) < BIG_CITY_POPULATION:
            continue
        key = key_of(c["name"])
        if key:
            owners.setdefault((c["countrycode"], key), []).append(gid)
            scripts[gid] = frozenset(a for a in c["alternatenames"] if not a.isascii() and not key_of(a))
    return BigCityNames({k: tuple(v) for k, v in owners.items()}, scripts)
