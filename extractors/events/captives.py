"""CAPTURED_FIGHTERS: a capture word whose object is a counted armed group's men ("the army captured 12
suspected Boko Haram fighters", "capturaron a tres presuntos guerrilleros") took people, not a place:
ACLED codes it as arrests (who took them and who was taken is left to the roles, as for any arrest).
The capture word itself is no place change then (`real_triggers._place_next_to`: COUNTED_OBJECT)."""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actors import actors_in
from extractors.events.clause_words import non_state_armed
from extractors.events.numbers import numbers_in
from extractors.events.reading import Reading

COUNT_REACH = (
    2  # tokens from the capture word to the count of those taken ("captured [a] 12", "capturaron a tres")
)
CAPTIVE_REACH = 3  # tokens from that count to the armed men it counts ("12 suspected Boko Haram fighters")


def captured_fighters(r: Reading, triggers: list[tx.TriggerMatch]) -> list[tx.TriggerMatch]:
    """An arrest trigger over each place-change word whose object is a counted non-state armed actor."""
    counts = [n for n in numbers_in(r) if n.count]
    armed = [a for a in actors_in(r, None) if non_state_armed(a)]
    out = []
    for t in triggers:
        if t.trigger.sub_event_type != tx.PLACEHOLDER_TERRITORY:
            continue
        for n in counts:
            if not 0 <= n.first - t.last <= COUNT_REACH or not r.same_clause(t.first, n.first):
                continue
            if any(0 <= a.first - n.last <= CAPTIVE_REACH and r.same_clause(n.first, a.first) for a in armed):
                arrest = tx.Trigger(
                    tx.STRATEGIC,
                    tx.ARRESTS,
                    tx.STRENGTH[(tx.STRATEGIC, tx.ARRESTS)],
                    r.pack.code,
                    t.trigger.phrase,
                )
                out.append(tx.TriggerMatch(arrest, t.start, t.end, t.text, t.first, t.last))
                break
    return out
