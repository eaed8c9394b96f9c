"""Round 13 coder CPU shortcuts (issue 18): each gives what the full computation gives, and skips it."""

from __future__ import annotations

from collections import Counter
from datetime import date
from types import SimpleNamespace

import pytest

from extractors.events import mention_fields
from extractors.events.article_dates import _may_name_a_weekday
from extractors.events.dates import dates_in
from extractors.events.place_context import _CUES_BEFORE
from extractors.events.place_cues import place_cues
from extractors.events.reading import read


def _member(country: str, precision: int, name: str, index: int, strength: int = 3):
    place = SimpleNamespace(country=country, geo_precision=precision, name=name)
    return SimpleNamespace(
        from_title=False, place=place, strength=strength, sentence=SimpleNamespace(index=index)
    )


def _ctx():
    return SimpleNamespace(hint="Syria", sentences=[], title=None, language="en")


def test_lazy_salience_not_counted_without_a_tie(monkeypatch):
    def boom(*_):
        raise AssertionError("salience counted")

    monkeypatch.setattr(mention_fields, "place_salience", boom)
    located = [_member("Syria", 2, "Homs", 0), _member("Syria", 1, "Hama", 1)]
    assert mention_fields._best_located(located, _ctx()).place.name == "Hama"


def test_lazy_salience_decides_a_tie(monkeypatch):
    monkeypatch.setattr(mention_fields, "place_salience", lambda *_: Counter({"Hama": 3, "Homs": 1}))
    located = [_member("Syria", 1, "Homs", 0), _member("Syria", 1, "Hama", 1), _member("Iraq", 1, "Mosul", 2)]
    assert mention_fields._best_located(located, _ctx()).place.name == "Hama"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("On Thursday, 5 June, gunmen attacked a market in the town.", True),
        ("Gunmen attacked a market on 5 June, killing 12 people.", False),
        ("Am Sonntagabend, dem 8. Juni, griffen Bewaffnete das Dorf an.", True),
    ],
)
def test_weekday_gate(text, named):
    language = "de" if "Bewaffnete" in text else "en"
    r = read(text, language)
    assert _may_name_a_weekday(r) is named
    # the gate is only ever shut where no weekday is dated
    if not named:
        assert all(d.weekday is None for d in dates_in(r, date(2025, 6, 9)))


@pytest.mark.parametrize(
    "before",
    ["Fighting broke out near the town of", "Warplanes struck", "The army captured", "Reporters in", ""],
)
def test_one_find_is_each_ends_with(before):
    cues = place_cues("en")
    assert cues.ends_with_each(before, _CUES_BEFORE) == tuple(
        cues.ends_with(before, classes, reach) for classes, reach in _CUES_BEFORE
    )
