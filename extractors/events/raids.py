"""Raids that end in arrests (RAID_ARRESTS, `raid_arrests`).

"Troops stormed a camp near X on Tuesday. They arrested three young men during the raid": a raid by
the state's forces that killed or hurt no one, told with a generic violence word (stormed, raided,
اقتحمت, a fait irruption), and the arrests told in its sentence or the next are one event, ACLED's
arrests: the arrest takes the raid's day, place and doer where its own clause gives none, and the
raid is no event of its own (no attack row beside the arrests).
"""

from __future__ import annotations

from dataclasses import replace

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import STATE_FORCES
from extractors.events.candidates import Candidate
from extractors.events.clause_words import HURT

RAID_SENTENCES = 1  # sentences from a raid to the arrests told after it


def raid_arrests(cands: list[Candidate]) -> list[Candidate]:
    """The candidates with each quiet raid folded into the arrests it led to (RAID_ARRESTS)."""
    raids = [c for c in cands if _quiet_raid(c)]
    if not raids:
        return cands
    used: set[int] = set()
    out: dict[int, Candidate] = {}
    for a in cands:
        if a.from_title or a.event_type != tx.STRATEGIC or a.sub_event_type != tx.ARRESTS:
            continue
        before = [
            c
            for c in raids
            if 0 <= a.sentence.index - c.sentence.index <= RAID_SENTENCES
            and (c.sentence.index < a.sentence.index or c.trigger.first < a.trigger.first)
            and c.episode == a.episode
        ]
        if not before:
            continue
        raid = max(before, key=lambda c: (c.sentence.index, c.trigger.first))
        if a.place is not None and raid.place is not None and a.place.name != raid.place.name:
            continue  # arrests somewhere else
        used.add(id(raid))
        out[id(a)] = _with_the_raid(a, raid)
    return [out.get(id(c), c) for c in cands if id(c) not in used]


def _quiet_raid(c: Candidate) -> bool:
    """A generic violence word ("stormed", "raided") whose doers are the state's forces, in a sentence
    that tells of no one killed or hurt and gives no toll."""
    if c.from_title or c.event_type != tx.PLACEHOLDER_VIOLENCE or c.fatalities:
        return False
    if c.actor1 is None or c.actor1.kind != STATE_FORCES:
        return False
    if c.actor2 is not None and c.actor2.armed:
        return False  # a raid on armed men may be a fight
    return not c.reading.hits(*HURT)


def _with_the_raid(a: Candidate, raid: Candidate) -> Candidate:
    """The arrests with what their own clause lacks taken from the raid: its day, its place, and its
    doer when the arrest names none or only a generic one the article's country stands for."""
    doer = a.actor1
    if doer is None or (doer.source == "generic" and doer.hinted and raid.actor1.source != "generic"):
        doer = raid.actor1
    when, inherited = (a.when, a.inherited) if a.when is not None else (raid.when, True)
    place, near = (a.place, a.near) if a.place is not None else (raid.place, raid.near)
    return replace(a, actor1=doer, when=when, inherited=inherited, place=place, near=near)
