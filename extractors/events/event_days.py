"""The days of the coder's events, after `grouping.group` formed them.

- `_crowd_days`: a sentence of a protest or riot report with no date of its own is about the day the
  text last named for the crowd (ACLED: each day of a protest is its own event).
- `_day_of_its_act` (ACT_DAY_SENTENCES): an event none of whose clauses gives a day takes the day of
  the act the sentence before it reports.
- `_undated_continuations` (CONTINUATION_REACH): an undated event told right after a dated one
  happened on its day.
- `split_by_day`: figures given day by day or place by place make one event each (`_days_of_parts`).
- `dated_to_the_day` (WEEK_BACKGROUND): in a report that dates an event to the day, an event it
  dates only to a week or a month ("la semana pasada, otra marcha ...") is background, no row.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from extractors.events.candidates import Candidate
from extractors.events.dates import dates_in
from extractors.events.event_figures import day_split, place_split
from extractors.events.locate import event_places
from extractors.events.same_event import Event, _family, _kin
from extractors.models import EventMention


def _day_of_its_act(e: Event, events: list[Event], cands: list[Candidate]) -> Event:
    """ "Gunmen attacked a village near Nyala on Sunday. Twelve people were killed.": an event none of
    whose clauses gives a day takes the day of the act the sentence before it reports (a clause of
    its kind that joined no event, at its place or at none), never a day a sentence merely names:
    a date without an act word is no candidate, and another event's clause between them ends the
    reach."""
    if any(m.when is not None for m in e.members) or all(m.from_title for m in e.members):
        return e
    first = min(m.sentence.index for m in e.members if not m.from_title)
    taken = {id(m) for o in events for m in o.members}
    places = {getattr(m.place, "name", None) for m in e.members if m.place is not None}
    before = sorted(
        (c for c in cands if not c.from_title and c.sentence.index < first), key=lambda c: -c.sentence.index
    )
    for c in before:
        if id(c) in taken:
            return e  # another event's clause stands between
        if first - c.sentence.index > ACT_DAY_SENTENCES:
            return e
        if c.when is None or c.when.precision != "day" or not _kin(c, e.anchor):
            continue
        if c.place is not None and places and getattr(c.place, "name", None) not in places:
            continue
        k = next(k for k, m in enumerate(e.members) if m.sentence.index == first)
        members = list(e.members)
        members[k] = replace(members[k], when=c.when, inherited=True)
        return Event(members)
    return e


ACT_DAY_SENTENCES = 2  # sentences back from an undated event to the act whose day it takes


def _crowd_days(cands: list[Candidate]) -> list[Candidate]:
    """ "Protesters also took to the streets in Mombasa": a sentence of a protest or riot report with
    no date of its own is about the day the text last named for the crowd (ACLED codes each day and
    each town of a protest as its own event)."""
    out, last = [], None
    for c in sorted(cands, key=lambda c: (c.from_title, c.sentence.index)):
        if c.from_title or _family(c) != "crowd":
            out.append(c)
            continue
        if c.when is not None and c.when.precision == "day":
            last = c.when
        elif c.when is None and last is not None:
            c = replace(c, when=last, inherited=True)
        out.append(c)
    return out


def split_by_day(
    events: list[Event], published: date | None, hint: str | None = None, language: str = "en"
) -> list[Event]:
    """An event one of whose clauses gives its dead day by day ("four killed on Friday, three on
    Saturday", `event_figures.day_split`) or place by place ("ten in Ashim, five in Zilang",
    `event_figures.place_split`) is one event per day or place (ACLED), each with its own figure: the
    clause's part for the day (place) carries the day (place) and the toll, the other members no toll
    (a total told elsewhere is no day's figure) and no day (place) of their own."""
    out: list[Event] = []
    for e in events:
        split = None
        for m in e.members:
            if m.from_title:
                continue
            if parts := day_split(m.reading, m.span, published):
                split = (m, parts, "when")
                break
            if parts := place_split(m.reading, m.span, event_places(m.sentence.text, hint, language)):
                split = (m, parts, "place")
                break
        if split is None:
            out.append(e)
            continue
        member, parts, key = split
        others = [
            replace(m, fatalities=None, toll=False, **{key: None}) for m in e.members if m is not member
        ]
        days = _days_of_parts(member, parts, published) if key == "place" else [None] * len(parts)
        for (deaths, where), day in zip(parts, days, strict=True):
            own = {"when": where, "inherited": False} if key == "when" else {"place": where, "near": False}
            if day is not None:
                own |= {"when": day, "inherited": False}
            part = replace(member, fatalities=deaths, toll=True, superseded=False, **own)
            out.append(Event([part, *others]))
    return out


def _days_of_parts(member: Candidate, parts: list, published: date | None) -> list:
    """The day each place's figure is given for: the named day nearest to its place between the figures
    before and after it ("six killed in Khan Younis on Monday, and another strike on Tuesday killed nine
    in Rafah"); None where the clause names no day, or one day for all."""
    r = member.reading
    days = [d for d in dates_in(r, published) if d.precision == "day"] if published else []
    if len({d.value for d in days}) < 2:
        return [None] * len(parts)
    anchors = [r.token_at(p.start) for _, p in parts]
    out = []
    for k, at in enumerate(anchors):
        lo = anchors[k - 1] + 1 if k else 0
        hi = anchors[k + 1] if k + 1 < len(anchors) else len(r.tokens)
        near = [d for d in days if lo <= d.first < hi]
        out.append(min(near, key=lambda d: abs(d.first - at)) if near else None)
    return out


CONTINUATION_REACH = 2  # sentences between an undated event and the dated event told just before it


def _undated_continuations(events: list[Event]) -> list[Event]:
    """ "Another strike hit the nearby town of Ariha, killing three": an event of the body with no
    date anywhere, told right after a dated event (within `CONTINUATION_REACH` sentences), happened
    on that event's day; the report goes on telling the same day."""
    out = []
    for e in events:
        body = [m for m in e.members if not m.from_title]
        if not body or any(m.when is not None for m in e.members):
            out.append(e)
            continue
        first = min(m.sentence.index for m in body)
        # the dated event's reach runs from its last sentence ("... on Thursday. A commander said 15
        # were killed. In a separate incident, a bomb struck a truck": the bomb is Thursday's too)
        before = [
            (last, m.when)
            for o in events
            if o is not e
            for last in [max((k.sentence.index for k in o.members if not k.from_title), default=-1)]
            for m in o.members
            if not m.from_title
            and m.when is not None
            and m.when.precision == "day"
            and m.sentence.index < first
            and 0 <= first - last <= CONTINUATION_REACH
        ]
        if not before:
            out.append(e)
            continue
        when = max(before, key=lambda x: x[0])[1]
        out.append(Event([replace(m, when=when, inherited=True) for m in e.members]))
    return out


def dated_to_the_day(mentions: list[EventMention]) -> list[EventMention]:
    """WEEK_BACKGROUND: a report that dates one of its events to the day is about that day's events;
    another it dates only to a week or a month ("last week, another march ended in clashes", "earlier
    this month") is told as background, no row of its own. A report whose events are all dated
    loosely keeps them all."""
    if not any(m.date_precision == "day" for m in mentions):
        return mentions
    return [m for m in mentions if m.date_precision == "day"]
