"""An article's reference days, read from all its texts: the days it names with a weekday and its
own calendar date (`weekday_anchors`, WEEKDAY_GATE `_may_name_a_weekday`; set for the article by
`anchored_weekdays`, read by `dates.dates_in` through `dates.WEEKDAY_ANCHORS`), the latest full date
it states (`latest_stated_date`) and, with no year stated, the year a weekday beside its day and
month pins (WEEKDAY_PINS_YEAR `weekday_pinned_date`). Called by `coder.code_events`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from extractors.events.date_words import _APOSTROPHE, _words
from extractors.events.dates import WEEKDAY_ANCHORS, dates_in
from extractors.events.numbers import numbers_in
from extractors.events.reading import Reading, has_pack, read


def weekday_anchors(texts: list[str], language: str, published: date) -> tuple[date, ...]:
    """The days the texts name with a weekday and its own calendar date together (`WEEKDAY_ANCHORS`)."""
    if not has_pack(language):
        return ()
    token = WEEKDAY_ANCHORS.set(())
    try:
        # a calendar date has a day number: a text without a digit names none (most sentences read no further)
        # (and a weekday's name: WEEKDAY_GATE)
        readings = [read(t, language) for t in texts if any(ch.isdigit() for ch in t)]
        days = {d.value for r in readings if _may_name_a_weekday(r) for d in dates_in(r, published)
                if d.weekday is not None and d.weekday == d.value.weekday()}  # fmt: skip
    finally:
        WEEKDAY_ANCHORS.reset(token)
    return tuple(sorted(days))


def _may_name_a_weekday(r: Reading) -> bool:
    """WEEKDAY_GATE: could `_dates_in` find a weekday in the reading? Only at a token whose fold (or
    the part before an apostrophe) opens a weekday's name, or that begins with a compound's weekday
    ("Sonntagabend"): a reading without one names no weekday beside its date, and its dates need not
    be read for the anchors (most sentences with a digit)."""
    w = _words(r.pack.code)
    by_first, compound = w.weekdays_by_first, w.compound_starts
    for t in r.tokens:
        f = t.folded
        if f in by_first or (compound and f.startswith(compound)):
            return True
        if ("'" in f or "\u2019" in f) and (_APOSTROPHE.split(f, 1)[0] or f) in by_first:
            return True
    return False


@contextmanager
def anchored_weekdays(anchors: tuple[date, ...]) -> Iterator[None]:
    """Within the block, a bare weekday of the article resolves to the day it names with a date."""
    token = WEEKDAY_ANCHORS.set(anchors)
    try:
        yield
    finally:
        WEEKDAY_ANCHORS.reset(token)


def latest_stated_date(texts: list[str], language: str) -> date | None:
    """The most recent full date (with its year) the texts state: the reference day of a report
    without a publication date. Only a text with a year in it can state one."""
    far = date(2100, 1, 1)
    stated = []
    for text in texts:
        r = read(text, language)
        years = [n for n in numbers_in(r) if n.year]
        if not years:
            continue
        stated += [
            d.value
            for d in dates_in(r, far)
            if d.precision == "day" and any(d.first <= n.first < d.last for n in years)
        ]
    return max(stated, default=None)


CALENDAR_CYCLE_YEARS = 28  # the Gregorian weekdays of a day and month repeat within 28 years


def weekday_pinned_date(texts: list[str], language: str, ceiling: date) -> date | None:
    """WEEKDAY_PINS_YEAR: in a report that states no year, a weekday written beside its own day and
    month ("lunes 3 de mayo", "Thursday, 5 June") pins the year: the latest year, not after
    `ceiling` (the day the page was fetched), in which that day fell on that weekday. Each pair
    recurs every 5, 6 or 11 years, so the most recent one is the report's when the page was read
    while it was news. The most recent pinned day of the texts; None when no text pins one."""
    if not has_pack(language):
        return None
    pinned = []
    for text in texts:
        if not any(ch.isdigit() for ch in text):
            continue  # a calendar date has a day number
        r = read(text, language)
        if any(n.year for n in numbers_in(r)):
            continue  # a year stated: `latest_stated_date` reads it
        for d in dates_in(r, ceiling):
            if d.weekday is None or d.precision != "day":
                continue
            for year in range(ceiling.year, ceiling.year - CALENDAR_CYCLE_YEARS, -1):
                try:
                    day = date(year, d.value.month, d.value.day)
                except ValueError:  # 29 February of a common year
                    continue
                if day <= ceiling and day.weekday() == d.weekday:
                    pinned.append(day)
                    break
    return max(pinned, default=None)
