"""Code one short report written for a test: the Article the coder reads, built one way for every
test module (`code_text`), `only` for a report that must give exactly one row, and the probe
reports' check (`probe_params`, `assert_probe_rows`): one shape for every round's probe file."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime

import pytest

from extractors.events import code_events
from extractors.geo import km_between
from extractors.models import Article, EventMention


def code_text(text: str, *, language: str, published: str | None, title: str = "",
              page_dated: bool = True) -> list[EventMention]:  # fmt: skip
    """The coder's rows for `text`, published at the ISO day or time `published` (None: undated);
    `page_dated` False: that time is not the page's own (its feed's, perhaps a default one)."""
    when = datetime.fromisoformat(published).replace(tzinfo=UTC) if published else None
    article = Article(url="http://example.test/a", canonical_url="http://example.test/a", title=title,
                      text=text, published_at=when, language=language, page_dated=page_dated)  # fmt: skip
    return code_events(article)


def only(mentions: list[EventMention]) -> EventMention:
    assert len(mentions) == 1, mentions
    return mentions[0]


Expected = list[tuple[str, int | None]]  # (sub-event type, toll or None for any toll)


def probe_params(probes: Iterable[tuple[str, str, str, Expected]], known_miss: Callable[[str], bool]) -> list:
    """The probe reports (language, title, text, expected rows) as pytest params; a report whose text
    `known_miss` names is a strict xfail, so a fix shows up as a failure to take it off the list."""
    out = []
    for language, title, text, expected in probes:
        marks = [pytest.mark.xfail(reason="a known miss", strict=True)] if known_miss(text) else []
        out.append(pytest.param(language, title, text, expected, marks=marks))
    return out


def assert_probe_rows(language: str, title: str, text: str, expected: Expected, published: str) -> None:
    """A probe report with no expected row gives none; otherwise each expected (sub-event type,
    toll) is among its rows (other rows are allowed: the probe asks for what it names)."""
    got = [(m.sub_event_type, m.fatalities) for m in code_text(text, language=language, published=published,
                                                               title=title)]  # fmt: skip
    if not expected:
        assert got == []
    for sub_event_type, fatalities in expected:
        assert any(g == sub_event_type and (fatalities is None or f == fatalities) for g, f in got), got


PlaceExpected = tuple  # (country, admin1 or None, (lat, lon) or None, km)


def place_probe_row(language: str, title: str, text: str, expected: PlaceExpected,
                    published: str) -> tuple[bool, EventMention | None]:  # fmt: skip
    """A place probe report: is its first row in the expected country (and admin-1, and within the
    expected km of the point, where given)? The row too, for the assertion's message."""
    country, admin1, point, kms = expected
    rows = code_text(text, language=language, published=published, title=title)
    m = rows[0] if rows else None
    hit = (
        m is not None
        and m.country == country
        and (admin1 is None or m.admin1 == admin1)
        and (point is None or (m.latitude is not None and km_between(m.latitude, m.longitude, *point) <= kms))
    )
    return hit, m
