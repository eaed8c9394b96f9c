"""Acts on civilians a clause's strongest word misnames (round 16, vac; called from
`trigger_choice.clause_acts`).

STRUCK_BY_ARMED_MEN (`struck_by_armed_men`): "On Monday the attackers struck the nearby village and
killed nine people": a strike word of unstated kind (an explosion placeholder: struck, hit, frappé)
whose doer right before it is one of the pack's `actors.unidentified_armed` words (gunmen, attackers,
bandits: men on foot, who have no artillery or aircraft), in a sentence that names no weapon of an
explosion (no other explosion trigger), is a raid: the clause's killing word is its act, or a generic
violence word if it names none, and who was hit decides the type as for any raid."""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.reading import Reading

DOER_GAP = 1  # tokens between the armed men's word and the strike word ("the attackers again struck")


def struck_by_armed_men(r: Reading, best: tx.TriggerMatch, real: list[tx.TriggerMatch]) -> tx.TriggerMatch:
    """STRUCK_BY_ARMED_MEN: the raid a bare strike word by unidentified armed men tells."""
    if best.trigger.event_type != tx.EXPLOSIONS or best.trigger.sub_event_type != tx.PLACEHOLDER_EXPLOSION:
        return best
    doer = any(
        0 <= r.gap_without_days(m.last, best.first) <= DOER_GAP and r.same_clause(m.first, best.first)
        for m in r.hits("actors.unidentified_armed")
    )
    if not doer:
        return best
    weapons = [t for t in tx.triggers_in(r) if t.trigger.event_type == tx.EXPLOSIONS
               and not (t.first < best.last and best.first < t.last)]  # fmt: skip
    if weapons:
        return best
    killing = [t for t in real if t.trigger.event_type in (tx.PLACEHOLDER_VIOLENCE, tx.VIOLENCE_AGAINST_CIVILIANS)
               and t.first >= best.last]  # fmt: skip
    if killing:
        return killing[0]
    raid = tx.Trigger(tx.PLACEHOLDER_VIOLENCE, tx.ATTACK, 1, r.pack.code, best.trigger.phrase)
    return tx.TriggerMatch(raid, best.start, best.end, best.text, best.first, best.last)
