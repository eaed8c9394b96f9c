"""FORCE_ON_THE_REPORTS_PROTEST (round 17, types; called by `coder` after `grouping.group`): a word of
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
