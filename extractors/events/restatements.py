"""Candidates that tell an event again, and the event each joins (called by `grouping.group`).

A bare killing or attack word with neither a date nor a place of its own restates the violent event
or the riot the report is about (`_restates`, RESTATED_TYPES; a riot or a protest met with lethal
force: `_forceful_crowd_event`); a sentence of a type the article already reports, with no day or
place of its own, joins the nearest compatible event of that type (`_restatement_home`), unless it
answers with its own doer (RETALIATION_IS_ANOTHER_ACT `_answers_with_its_own_doer`); the same kind
of event the same day at the same named town is the event named twice (`_named_twice_home`); a
restatement keeps its sides only when the event's members agree (`_without_clashing_agent`); a
headline with only a generic word joins the violent event its actors fit (`_generic_headline_home`).
"""

from __future__ import annotations

from dataclasses import replace

from extractors.events import taxonomy as tx
from extractors.events.candidates import Candidate
from extractors.events.same_event import (
    TOWN_OPEN_KINDS,
    VIOLENT_TYPES,
    Event,
    _distance,
    _family,
    _other_day,
    _own_place,
    _same_place,
    _undated,
    compatible,
)

RESTATED_TYPES = VIOLENT_TYPES | {tx.RIOTS}


def _forceful_crowd_event(e: Event) -> bool:
    """A riot, or a protest the state's forces used lethal force on: "at least five people were shot
    dead" after it tells its deaths."""
    return any(
        m.event_type == tx.RIOTS or (m.event_type == tx.PROTESTS and m.sub_event_type == tx.EXCESSIVE_FORCE)
        for m in e.members
    )


def _restates(c: Candidate) -> bool:
    """ "At least 22 people were killed": a bare killing or attack word with neither a date nor a
    place of its own restates the violent event (or the riot) the report is about; that the event's
    restatements were read as a fight ("two French soldiers were killed") does not part them."""
    generic = c.trigger.trigger.event_type == tx.PLACEHOLDER_VIOLENCE  # "killed", "shot dead", "massacre"
    return generic and _undated(c) and not (c.place is not None and _own_place(c))


def _restatement_home(c: Candidate, events: list[Event]) -> Event | None:
    """A sentence with neither a date nor a place of its own, of a type the article already
    reports, says more about that event ("the missiles slammed into the convoy"), whatever its
    sub-type: it joins the nearest compatible one of that type."""
    if not _undated(c) or (c.place is not None and _own_place(c)):
        return None
    # with no toll and no place in its sentence either, another side it names (a speaker, a source)
    # does not part it
    actors = bool(c.fatalities) or c.place is not None or _answers_with_its_own_doer(c)
    home = [
        e for e in events
        if _family(e.anchor) == _family(c) and all(compatible(m, c, actors=actors) for m in e.members)
    ]  # fmt: skip
    return min(home, key=lambda e: min(_distance(m, c) for m in e.members), default=None)


def _answers_with_its_own_doer(c: Candidate) -> bool:
    """RETALIATION_IS_ANOTHER_ACT: a sentence told as an answer (a word of the pack's
    `response_markers.retaliation` or `opening`: "In retaliation, Hezbollah fired rockets", "Ca
    răspuns, Hezbollah a lansat rachete") whose act names its own doer before it tells another act,
    by that doer: its other doer parts it from the event, toll or place or not."""
    r = c.reading
    if c.actor1 is None or c.actor1.source == "generic":
        return False
    return bool(r.hits("response_markers.retaliation", "response_markers.opening"))


def _named_twice_home(c: Candidate, events: list[Event]) -> Event | None:
    """ "the 'rocket attack' on the station on April 8": the same kind of event on the same day at
    the same named town, with no toll of its own, is the event told again, even when the sentence
    names another side (a speaker, a denial) as its doer."""
    if c.fatalities or c.place is None or getattr(c.place, "kind", "") in TOWN_OPEN_KINDS:
        return None
    for e in events:
        if any(m.sub_event_type == c.sub_event_type and _same_place(m, c) and not _other_day(m, c)
               for m in e.members) and all(compatible(m, c, actors=False) for m in e.members):  # fmt: skip
            return e
    return None


def _without_clashing_agent(c: Candidate, e: Event) -> Candidate:
    """A candidate joined as a restatement keeps its sides only when the event's members agree."""
    if all(compatible(m, c) for m in e.members):
        return c
    return replace(c, actor1=None, actor2=None)  # the sides it names (a speaker) are not the event's


def _generic_headline_home(c: Candidate, events: list[Event]) -> Event | None:
    """A headline whose only trigger is a generic word ("30 soldiers killed in Turkish attacks")
    names the article's main event without its kind: it joins the violent event its actors fit."""
    if c.trigger.trigger.strength > 1 or c.event_type not in (*VIOLENT_TYPES, tx.PLACEHOLDER_VIOLENCE):
        return None
    home = [
        e
        for e in events
        if e.anchor.event_type in VIOLENT_TYPES
        and all(compatible(m, c, use_place=False) for m in e.members)
        and not any(
            m.actor2 is not None and c.actor1 is not None and m.actor2.name == c.actor1.name
            for m in e.members
        )
    ]

    def fit(e: Event) -> tuple[bool, bool, int]:
        same_agent = c.actor1 is not None and any(
            m.actor1 and m.actor1.name == c.actor1.name for m in e.members
        )
        same_target = c.actor2 is not None and any(
            m.actor2 and m.actor2.name == c.actor2.name for m in e.members
        )
        return not same_agent, not same_target, min(m.sentence.index for m in e.members)

    return min(home, key=fit, default=None)
