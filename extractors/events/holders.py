"""HOLDER_OF_THE_PLACE: "forces retook the town, held by insurgents", "l'armée a repris la ville,
tenue par les rebelles": an agent marker right after a holding word (pack key `holding_words`: held,
controlled, occupied, tenue, controlada) after the act names the side that held the place, the
act's object, not its doer. Before the act the shape is `role_clues._agent_of_another_verb`'s."""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import ActorMention
from extractors.events.reading import Reading
from extractors.events.role_clues import _markers_before

VERB_FINAL = "verb-final"  # the pack's `clause_order` whose clauses end with their verb


def held_by(r: Reading, a: ActorMention, t: tx.TriggerMatch) -> bool:
    """The actor stands after the act, after an agent marker that right follows a holding word
    (`holding_words`) after the act: it held the place the act was done to (empty key: rule off)."""
    if a.first < t.last:
        return False
    holds = [h for h in r.hits("holding_words") if h.first >= t.last]
    return any(h.last == m.first for m in _markers_before(r, a) for h in holds)


def held_before(r: Reading, a: ActorMention, t: tx.TriggerMatch) -> bool:
    """HOLDER_BEFORE_THE_ACT (verb-final clauses): an actor right before a holding word that stands
    before the act in its clause (Turkish "the army took back the town in the RSF's hands": RSF-genitive,
    in-the-hands-of, town, took back) held the place the act was done to: its object, not its doer."""
    if r.pack.data.get("clause_order") != VERB_FINAL or a.last > t.first:
        return False
    return any(
        0 <= h.first - a.last <= 1 and h.last <= t.first and r.same_clause(a.first, t.first)
        for h in r.hits("holding_words")
    )
