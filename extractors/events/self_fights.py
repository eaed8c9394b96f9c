"""SELF_FIGHT: a clash of one armed group with itself ("al-Shabaab fighters clashed among themselves",
"the rebels fought each other", "two factions of the group turned their guns on one another"): the
clash word with one armed side named and, after it in its clause, a word of the pack's
`actors.self_reference` class that is no speaker's (the reciprocal "themselves", "each other"): ACLED
codes both sides as the group, so the other side is the first side again, not left empty."""

from __future__ import annotations

from dataclasses import replace

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import STATE_FORCES, ActorMention

SELF_REACH = 4  # tokens from the clash word to the reciprocal word ("clashed fiercely among themselves")


def self_fight_side(c, actor1: ActorMention | None) -> ActorMention | None:
    """The other side of a clash of one group with itself (SELF_FIGHT), or None."""
    if actor1 is None or not actor1.armed or actor1.kind == STATE_FORCES:
        return None
    if c.sub_event_type != tx.ARMED_CLASH:
        return None
    r, t = c.reading, c.trigger
    if not any(
        0 <= m.first - t.last <= SELF_REACH and r.same_clause(t.last - 1, m.first)
        for m in r.hits("actors.self_reference")
    ):
        return None
    return replace(actor1)
