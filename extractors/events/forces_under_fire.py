"""FORCE_UNDER_FIRE (`force_under_fire`, read by `violence_types._violence_by_whom_it_hit`): a force
that "came under fire" ("an army patrol came under fire", "وحدة من الجيش تعرضت لإطلاق نار", "une
patrouille a essuyé des tirs") is the side hit, not the doer, though it is the clause's subject: the
pack's verb of suffered fire (optional key `suffered_fire`: "came under", "تعرض", "essuyer") opens the
act word's phrase or stands a few words before it in its clause (verb-first: "تعرضت وحدة من الجيش
لإطلاق نار"), a state force before the act word in that clause. An attack on a state force by unidentified gunmen is an armed clash
(ACLED), with no dead too."""

from __future__ import annotations

from extractors.events.actor_kinds import STATE_FORCES, ActorMention
from extractors.events.candidates import Candidate, clause_actors

SHAPE_REACH = 6  # tokens from the verb of suffered fire to the act word (a verb-first subject between)


def force_under_fire(c: Candidate) -> ActorMention | None:
    """The state force a suffered-fire shape at the act word makes the side hit, else None."""
    r, t = c.reading, c.trigger
    shape = [m for m in r.hits("suffered_fire")
             if m.first <= t.first and t.first - m.last <= SHAPE_REACH and r.same_clause(m.first, t.first)]  # fmt: skip
    if not shape:
        return None
    forces = [a for a in (c.actor1, c.actor2, *clause_actors(c))
              if a is not None and a.kind == STATE_FORCES and a.last <= t.first and r.same_clause(a.first, t.first)]  # fmt: skip
    return max(forces, key=lambda a: a.first) if forces else None
