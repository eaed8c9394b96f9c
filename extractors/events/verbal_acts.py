"""VERBAL_ATTACK: a bare word of attack (the pack's `generic_violence`) whose object, right after it in its clause, is a thing said,
decided or proposed (the pack's `verbal_objects`: "the opposition attacked the government's budget",
"an assault on press freedom"), in a clause that names no one killed or hurt and a sentence that names no armed side,
is criticism, not violence: no event. A pack without `verbal_objects` leaves every attack alone."""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actors import actors_in
from extractors.events.clause_words import HURT
from extractors.events.reading import Reading

VERBAL_REACH = 4  # tokens from the attack word to the said or decided thing it is aimed at
BARE_STRENGTH = 1  # the strength of a bare word of violence (`generic_violence`: "attacked", "hit")


def verbal_attack(r: Reading, t: tx.TriggerMatch) -> bool:
    if (
        t.trigger.event_type != tx.PLACEHOLDER_VIOLENCE
        or t.trigger.strength > BARE_STRENGTH
        or not r.pack.data.get("verbal_objects")
    ):
        return False  # (a blast word, a killing word: an act, whatever it is aimed at)
    if not any(
        0 <= m.first - t.last <= VERBAL_REACH and r.same_clause(t.last - 1, m.first)
        for m in r.hits("verbal_objects")
    ):
        return False
    hurt = any(r.same_clause(t.first, m.first) for m in r.hits(*HURT))  # not "saying it would hurt families"
    return not hurt and not any(a.armed for a in actors_in(r, None))
