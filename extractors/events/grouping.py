"""Candidates -> events: the coder's grouping.

`group`: candidates with a specific trigger form events (same type, no conflicting date, place or
actor); generic ones ("the attack", "were killed") and undated looting (`_undated_aftermath`) join
the nearest compatible event, since news prose keeps elaborating on the event it reports, and only
stand alone with a toll or a place; never with their sibling clause's event (`_sibling_clause`). A
headline with only a generic word joins the violent event its actors fit (`_generic_headline_home`),
so that event leads. A protest is one event whatever its parts (`ONE_EVENT_WHATEVER_ITS_PARTS`,
coded by its gravest part, `PROTEST_GRAVITY`); arrests made at it the same day are its intervention
(`_arrests_at_protests`).

Where a candidate that tells an event again goes (a restatement, the same strike named twice, a
generic headline): `restatements.py`. What one event is and when two candidates can be one:
`same_event.py` (`Event`, `compatible`);
the days of the events: `event_days.py`; each event's mention: `mention_fields.py` (`to_mention`).
"""

from __future__ import annotations

from dataclasses import replace

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import PROTESTERS
from extractors.events.candidates import Candidate, is_alleged
from extractors.events.event_days import _crowd_days, _day_of_its_act, _undated_continuations
from extractors.events.restatements import (
    RESTATED_TYPES,
    _forceful_crowd_event,
    _generic_headline_home,
    _named_twice_home,
    _restatement_home,
    _restates,
    _without_clashing_agent,
)
from extractors.events.same_event import (
    CROWD_TYPES,
    TOWN_OPEN_KINDS,
    VIOLENT_TYPES,
    Event,
    _distance,
    _own_place,
    _same_place,
    _same_site,
    _same_type,
    _sibling_clause,
    _two_towns_two_tolls,
    _undated,
    compatible,
)

TOLL_THEN_ACT = 2  # sentences from a generic toll to the act it counts, told after it


def group(cands: list[Candidate]) -> list[Event]:
    cands = _crowd_days(cands)
    events: list[Event] = []
    body = [c for c in cands if not c.from_title]
    violent = {c.sentence.index for c in body if c.event_type in VIOLENT_TYPES}
    struck = {
        getattr(c.place, "name", None)
        for c in body
        if c.event_type in (*VIOLENT_TYPES, tx.PLACEHOLDER_VIOLENCE) and c.place is not None
    }

    def aftermath(c: Candidate) -> bool:
        # "... and burned 14 houses in Macomia": undated burning where the report's attack struck is part of it
        at_the_attack = _undated(c) and c.place is not None and c.place.name in struck
        return _undated_aftermath(c) or (_looting(c) and (c.sentence.index in violent or at_the_attack))

    anchors = [
        c for c in body if c.strength >= 2 and c.event_type != tx.PLACEHOLDER_VIOLENCE and not aftermath(c)
    ]
    # an attack word resolved by its victims ("the attack killed 13 US troops") restates the
    # explosion or raid the report gives, when one fits it: it joins that event, never leads it
    generic = [c for c in anchors if c.trigger.trigger.event_type == tx.PLACEHOLDER_VIOLENCE]
    anchors = [c for c in anchors if c not in generic]
    for c in anchors:
        for e in events:
            if all(
                _same_type(m, c) and compatible(m, c) and _same_site(m, c)
                for m in e.members
                if m.strength >= 2
            ):
                e.members.append(c)
                break
        else:
            home = _restatement_home(c, events) or _named_twice_home(c, events)
            if home is not None:
                home.members.append(_without_clashing_agent(c, home))
            elif _stands_alone(c):
                events.append(Event([c]))
    for c in generic:
        home = [
            e
            for e in events
            if (e.anchor.event_type in VIOLENT_TYPES or (_restates(c) and _forceful_crowd_event(e)))
            and all(compatible(m, c, use_place=False, same_day=True, kinds=False) for m in e.members)
            and not (c.place is not None and _own_place(c) and not any(_same_place(m, c) for m in e.members))
            and not any(_sibling_clause(m, c) for m in e.members)
            and not _told_before(c, e)
        ]
        if home:
            min(home, key=lambda e: min(_distance(m, c) for m in e.members)).members.append(
                replace(c, strength=1)
            )
            continue
        for e in events:
            # a generic word with a day of its own joins only an event of that day
            if all(
                _same_type(m, c) and compatible(m, c, same_day=not _undated(c)) and _same_site(m, c)
                for m in e.members
                if m.strength >= 2
            ):
                e.members.append(c)
                break
        else:
            events.append(Event([c]))
    anchors = anchors + generic

    def violent_home(c: Candidate) -> list[Event]:
        # a generic killing or attack usually restates the violent event the article reports
        return [
            e
            for e in events
            if e.anchor.event_type in VIOLENT_TYPES
            # a day apart only at the event's own named place ("the attack in Gwoza")
            and all(compatible(m, c, use_place=False, same_day=not _at_place_of(c, e)) for m in e.members)
            # "killed nine farmers before torching their granaries": the burning is the killers'
            and (aftermath(c) or not any(_sibling_clause(m, c) for m in e.members))
            # "... in Bokkos. Hours later, another group attacked Mangu, killing eight": two towns, two tolls
            and not any(_two_towns_two_tolls(m, c) for m in e.members)
        ]

    # a generic toll told before the sentence that names the act ("The death toll from the attack has
    # risen to 66. ... gunmen stormed the village") waits for that act's event
    waiting: list[Candidate] = []
    unplaced: list[Candidate] = []  # violent acts with neither a toll nor a place of their own
    for c in (c for c in body if c not in anchors):
        home = violent_home(c)
        if not home and _restates(c):
            home = [
                e
                for e in events
                if e.anchor.event_type in RESTATED_TYPES
                and all(
                    compatible(m, c, use_place=False, same_day=True, kinds=m.strength >= 2) for m in e.members
                )
                and not any(_sibling_clause(m, c) for m in e.members)
            ]
        if not home:
            home = _crowd_event_of_its_sentence(c, events)  # CROWD_PART_OF_ITS_SENTENCE
        if home:
            joined = replace(c, strength=0) if aftermath(c) else c  # the burning is part of the attack
            min(home, key=lambda e: min(_distance(m, c) for m in e.members)).members.append(joined)
        elif c.event_type != tx.PLACEHOLDER_VIOLENCE and (c.fatalities or c.place is not None):
            events.append(Event([c]))
        elif _another_attack_of_its_kind(c, events):
            # "Gunmen killed 15 people in Bokkos. Hours later, another group attacked the nearby village
            # of Mangu, killing eight": an attack with its own town and dead, in a report of attacks on
            # civilians, is one more of them
            events.append(
                Event([replace(c, event_type=tx.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=tx.ATTACK)])
            )
        elif c.event_type == tx.PLACEHOLDER_VIOLENCE and c.fatalities:
            waiting.append(c)
        elif c.event_type in VIOLENT_TYPES:
            unplaced.append(c)
    for c in waiting:
        home = violent_home(c)
        if home:
            min(home, key=lambda e: min(_distance(m, c) for m in e.members)).members.append(c)
            continue
        # "The toll of Thursday's attack on X rose to 31. Gunmen stormed the village ...": the act told
        # right after the toll, with neither a toll nor a place of its own, is the event it counts
        acts = [
            d
            for d in unplaced
            if 0 < d.sentence.index - c.sentence.index <= TOLL_THEN_ACT
            and compatible(d, c, use_place=False, same_day=True)
        ]
        if acts:
            act = min(acts, key=lambda d: d.sentence.index)
            unplaced.remove(act)
            events.append(Event([act, c]))
    for c in (c for c in cands if c.from_title):
        # the headline names the article's main event: it adds to it, and stands alone only
        # when the body yielded nothing
        same = [
            e
            for e in events
            if e.anchor.event_type == c.event_type and all(compatible(m, c) for m in e.members)
        ]
        if same:
            same[0].members.append(c)
        elif (home := _generic_headline_home(c, events)) is not None:
            home.members.append(c)
        elif not events and c.event_type != tx.PLACEHOLDER_VIOLENCE and _stands_alone(c):
            events.append(Event([c]))
    events = _arrests_at_protests(events)
    events = _undated_continuations(events)
    events = [_day_of_its_act(e, events, cands) for e in events]
    # the headline's event first, then events with a toll, then in text order: the main event leads
    events.sort(
        key=lambda e: (
            not any(m.from_title for m in e.members),
            not any(m.fatalities for m in e.members),
            min(m.sentence.index if not m.from_title else 10**6 for m in e.members),
        )
    )
    return events


def _at_place_of(c: Candidate, e: Event) -> bool:
    return (
        c.place is not None
        and getattr(c.place, "kind", "") not in TOWN_OPEN_KINDS
        and any(_same_place(m, c) for m in e.members)
    )


def _stands_alone(c: Candidate) -> bool:
    """A vague trigger (strength 2: "the strikes", "arrests") makes an event of its own only with
    something that places it: a date, a place, a toll or a named actor."""
    if is_alleged(c):
        # "accused the army of shelling its camps": an accusation names an event only with a day,
        # a place or a toll of its own
        return bool(c.when or (c.place is not None and _own_place(c)) or c.fatalities)
    if c.strength >= 3 or (c.event_type in CROWD_TYPES and _counted_crowd(c)):
        return True  # a crowd the text counts ("thousands marched") is an event of its own
    if c.event_type == tx.PROTESTS and c.sub_event_type == tx.PEACEFUL:
        # "the protests began last week": a protest is placed, counted or named, a day alone is no event
        return bool(c.place is not None or c.fatalities or (c.actor1 and c.actor1.source != "generic"))
    return bool(c.when or c.place is not None or c.fatalities or (c.actor1 and c.actor1.source != "generic"))


def _crowd_event_of_its_sentence(c: Candidate, events: list[Event]) -> list[Event]:
    """CROWD_PART_OF_ITS_SENTENCE (round 18, crowd): a weak part of a protest or riot (the deaths of
    "dua mahasiswa tewas tertembak saat demonstrasi di Kendari", resolved as force on that protest)
    joins the crowd event of its type its own sentence holds, on a compatible day and place: one
    protest (ACLED: one event a day and place; its gravest sub-type, `_protest_gravity`), not two."""
    if c.event_type not in CROWD_TYPES:
        return []
    return [
        e
        for e in events
        if e.anchor.event_type == c.event_type
        and any(m.sentence.index == c.sentence.index and not m.from_title for m in e.members)
        and all(compatible(m, c, same_day=True, kinds=False) for m in e.members)
    ]


def _counted_crowd(c: Candidate) -> bool:
    from extractors.events.numbers import numbers_in

    lo, hi = c.span
    return bool(c.reading.within("numbers.vague", lo, hi)) or any(
        n.count and n.value >= 10 and lo <= n.first < hi for n in numbers_in(c.reading)
    )


def _another_attack_of_its_kind(c: Candidate, events: list[Event]) -> bool:
    """A bare attack word with its own dead at its own town (no armed side named as hit), in a report
    whose only violent events are attacks on civilians."""
    if c.event_type != tx.PLACEHOLDER_VIOLENCE or not c.fatalities or c.place is None or not _own_place(c):
        return False
    if getattr(c.place, "kind", "") in TOWN_OPEN_KINDS or (c.actor2 is not None and c.actor2.armed):
        return False
    kinds = {e.anchor.event_type for e in events if e.anchor.event_type in VIOLENT_TYPES}
    return kinds == {tx.VIOLENCE_AGAINST_CIVILIANS}


def _told_before(c: Candidate, e: Event) -> bool:
    """ "Fighters stormed a base on Thursday, killing seven soldiers. The army later launched air
    strikes ...": an attack with its own day and its own dead, told in a sentence before every part
    of an event, is an event of its own, not a restatement of the later one."""
    body = [m.sentence.index for m in e.members if not m.from_title]
    return (
        not c.from_title
        and bool(c.fatalities)
        and c.when is not None
        and not c.inherited
        and bool(body)
        and c.sentence.index < min(body)
    )


def _looting(c: Candidate) -> bool:
    return c.event_type == tx.STRATEGIC and c.sub_event_type == tx.LOOTING


def _undated_aftermath(c: Candidate) -> bool:
    """Looting or burning with no date and no place of its own ("the insurgents later looted shops"),
    or in the sentence of a violent event, is part of the violent event the article reports; it joins
    that event like a generic killing."""
    return _looting(c) and c.when is None and c.place is None


def _arrests_at_protests(events: list[Event]) -> list[Event]:
    """Arrests made at a protest the article reports (same day, same place) are the police's
    intervention in that protest; arrests on another day or elsewhere stay their own event."""
    crowds = [e for e in events if e.anchor.event_type in CROWD_TYPES]
    kept = []
    for e in events:
        arrests = e.anchor.event_type == tx.STRATEGIC and e.anchor.sub_event_type == tx.ARRESTS
        home = next(
            (
                p
                for p in crowds
                # the arrests are the police's, the protest the crowd's: actors do not part them
                if arrests
                and all(compatible(m, c, same_day=True, actors=False) for m in p.members for c in e.members)
                and not _arrest_that_sparked(e, p)
            ),
            None,
        )
        if home is None:
            kept.append(e)
            continue
        home.members.extend(replace(c, strength=0, intervention=True) for c in e.members)
    return kept


def _arrest_that_sparked(arrest: Event, crowd: Event) -> bool:
    """ "Police arrested opposition leader X in Harare on Thursday, sparking protests": an arrest of
    people who are no crowd, told before every part of the protest, is what the crowd rose against,
    an event of its own (ACLED: the arrest of a significant person), not the protest's intervention."""
    if any(c.actor2 is not None and c.actor2.kind == PROTESTERS for c in arrest.members):
        return False  # protesters arrested are the protest's

    def at(c: Candidate) -> tuple[int, int]:
        return (c.sentence.index, c.trigger.first)

    body = [c for c in crowd.members if not c.from_title]
    told = [c for c in arrest.members if not c.from_title]
    return bool(body and told) and min(map(at, told)) < min(map(at, body))
