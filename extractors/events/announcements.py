"""ANNOUNCED_ACT: a Strategic development the announcement itself is. "The group announced its
dissolution on Monday in Bangui", "les deux mouvements ont annoncé samedi leur fusion", "أعلنت
الجماعة ... حل نفسها", "the merger was announced on Friday": the act is the announcement's object
(or the announcement's passive subject), so the day and place the reporting verb gives are the
act's own, not a report's about an act elsewhere. ACLED codes a change to a group, an agreement, a
base set up, a handover or a curfew on the day and at the place it was declared. Arrests are not
among them: "police announced on Monday the arrest of five suspects" tells the day of the
announcement, not of the arrests, nor where they were made.

Only word classes of the pack: its `reporting_verbs` and its Strategic triggers (`taxonomy`)."""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.pack_phrases import PhraseMatch
from extractors.events.reading import Reading, per_reading

ANNOUNCED_SUBTYPES = frozenset({
    tx.AGREEMENT, tx.CHANGE_TO_GROUP, tx.HEADQUARTERS, tx.TRANSFER, tx.OTHER_STRATEGIC,
})  # fmt: skip
ANNOUNCED_REACH = 8  # tokens from the verb to the act it announces (a subject, a day, a place, "that it had")
PASSIVE_REACH = 2  # tokens from the act to the verb after it ("the merger was announced")


@per_reading
def announcing_verbs(r: Reading) -> tuple[PhraseMatch, ...]:
    """The reporting verbs of the reading that announce a Strategic act of ANNOUNCED_SUBTYPES."""
    acts = [
        t for t in tx.triggers_in(r)
        if t.trigger.event_type == tx.STRATEGIC and t.trigger.sub_event_type in ANNOUNCED_SUBTYPES
    ]  # fmt: skip
    if not acts:
        return ()
    out = []
    for m in r.hits("reporting_verbs"):
        for t in acts:
            before = m.last <= t.first and t.first - m.last <= ANNOUNCED_REACH and _nothing_between(r, m, t)
            after = (
                t.last <= m.first and m.first - t.last <= PASSIVE_REACH and r.same_clause(t.last - 1, m.first)
            )
            if before or after:
                out.append(m)
                break
    return tuple(out)


def announces(r: Reading, m: PhraseMatch) -> bool:
    """Is the reporting verb `m` the announcement of a Strategic act (its day and place are the act's)?"""
    return any(a.first == m.first and a.last == m.last for a in announcing_verbs(r))


def _nothing_between(r: Reading, m: PhraseMatch, t: tx.TriggerMatch) -> bool:
    """No other act, report or sentence mark between the verb and the act it announces (a "that"
    clause may: "announced on Monday in Bunia that it had appointed a new commander")."""
    if any(ch in ".;!?" for ch in r.text[r.tokens[m.last - 1].end : r.tokens[t.first].start]):
        return False
    others = r.hits("triggers", "generic_violence", "reporting_verbs")
    return not any(m.last <= o.first and o.last <= t.first for o in others)
