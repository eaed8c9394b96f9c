"""Crowd events decided over a report's grouped events (round 17, types; called by `coder` after
`grouping.group`): RIOT_BY_NAME_ONLY (`riots_by_name_only`, see there) and
FORCE_ON_THE_REPORTS_PROTEST (`force_on_the_reports_protest`): a word of
force on a crowd in a sentence that names no crowd of its own ("Dabei setzten die Beamten
Wasserwerfer und Pfefferspray ein", "Officers then fired tear gas"), kept weak by `resolve_type` (no
event by itself: the tear gas of a report that tells no protest is none), is the intervention in the
report's protest it follows within FORCE_SENTENCE_REACH sentences, on its day and at its place."""

from __future__ import annotations

from dataclasses import replace

from extractors.events import taxonomy as tx
from extractors.events.candidates import Candidate
from extractors.events.same_event import Event, compatible

WEAK_FORCE = 0  # the strength `resolve_type` gives a force word with no crowd of its own: no event by itself
FORCE_SENTENCE_REACH = (
    2  # sentences from a protest's first sentence to a crowd-less force word that is its intervention
)


def weak_force(c: Candidate) -> bool:
    return c.event_type == tx.PROTESTS and c.sub_event_type == tx.INTERVENTION and c.strength == WEAK_FORCE


def without_weak_forces(resolved: list[Candidate]) -> list[Candidate]:
    """The candidates `grouping.group` reads: the weak force words wait for their protest."""
    return [c for c in resolved if not weak_force(c)]


def force_on_the_reports_protest(events: list[Event], resolved: list[Candidate]) -> list[Event]:
    """FORCE_ON_THE_REPORTS_PROTEST: the weak, crowd-less force words of `resolved` (kept at
    strength WEAK_FORCE by `resolve_type`, withheld from `group`) join, as interventions, the protest
    event told at most FORCE_SENTENCE_REACH sentences before them that fits their day and place."""
    weak = [
        c
        for c in resolved
        if weak_force(c) and not c.from_title
    ]  # fmt: skip
    for c in weak:
        for e in events:
            body = [m.sentence.index for m in e.members if not m.from_title]
            if (
                e.anchor.event_type == tx.PROTESTS
                and body
                and 0 <= c.sentence.index - min(body) <= FORCE_SENTENCE_REACH
                and all(compatible(m, c, same_day=True, actors=False) for m in e.members)
            ):
                # on the protest's day and at its place: a part of it, never a second event by its day
                e.members.append(
                    replace(c, strength=0, intervention=True, when=e.anchor.when, place=e.anchor.place)
                )
                break
    return events


def riots_by_name_only(events: list[Event]) -> list[Event]:
    """RIOT_BY_NAME_ONLY: in an event whose crowd the state's forces killed while it did no violence
    of its own (a member coded as excessive force against protesters, with its dead: PEACEFUL_CROWD_
    KILLED, CROWD_UNDER_FIRE), a riot word told in a later sentence by its name alone ("Un joven
    murió durante los disturbios", "died during the unrest": no stones, burning or looting, no
    rioters or protesters named in that sentence, a death told before it) is the reporter's name
    for the happening, not a violent act of the crowd: it does not make the event a riot (ACLED
    codes the acts told)."""
    for e in events:
        force = [
            m.sentence.index for m in e.members if m.sub_event_type == tx.EXCESSIVE_FORCE and m.fatalities
        ]
        if not force:
            continue
        e.members[:] = [
            replace(m, event_type=tx.PROTESTS, sub_event_type=tx.EXCESSIVE_FORCE, strength=0)
            if m.event_type == tx.RIOTS and m.sentence.index > min(force) and _named_only(m)
            else m
            for m in e.members
        ]
    return events


def _named_only(m: Candidate) -> bool:
    """Is the riot candidate's word the occasion of a death told before it ("died during the
    riots") and the only riot word, rioter or protester of its sentence? (Not an act told by itself:
    "parts of the building were set on fire" names the crowd's burning, no death's occasion.)"""
    r, t = m.reading, m.trigger
    told = r.hits(
        f"triggers.{tx.RIOTS}", f"triggers.{tx.STRATEGIC}.{tx.LOOTING}", "actors.rioters", "actors.protesters"
    )
    if not all(h.first < t.last and t.first < h.last for h in told):
        return False
    return any(h.last <= t.first for h in r.hits("outcomes.killed"))
