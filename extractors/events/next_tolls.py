"""A toll told in the next sentence, naming no victim, is the toll of the act told just before:
"Gunmen stormed Kaura Namoda on Sunday. Twelve were killed, police said.", "Hombres armados
atacaron un pueblo el domingo. Ocho murieron.", "Homens armados atacaram uma aldeia. Seis morreram."

The second sentence says only that people died (an outcome word and a figure, no actor, no act or
weapon of its own); the act it completes is the last act of the sentence right before it. Its
figure moves onto that act before the act is typed, so an armed group's attack with no armed side
hit and deaths told next is the deadly raid it is (`type_resolution`), as when both are one
sentence ("..., killing twelve"). Not when the toll names a place, a day or an episode of its own
("Three were killed in Nabatieh", "In a separate incident, four died"), nor when the act already
has a figure.
"""

from __future__ import annotations

from dataclasses import replace

from extractors.events import taxonomy as tx
from extractors.events.candidates import Candidate, clause_actors, placed_in_clause
from extractors.events.clause_words import only_outcome


def _bare_toll(c: Candidate) -> bool:
    """Only people dying: a figure on an outcome word, no actor and no other act in its clause."""
    if not c.fatalities or c.from_title or c.trigger.trigger.event_type != tx.PLACEHOLDER_VIOLENCE:
        return False
    r = c.reading
    if not only_outcome(r, c.trigger) or c.actor1 is not None or c.actor2 is not None or clause_actors(c):
        return False
    lo, hi = c.span
    return not any(lo <= t.first < hi and not only_outcome(r, t) for t in tx.triggers_in(r))


def carry_bare_tolls(cands: list[Candidate]) -> list[Candidate]:
    """The candidates, each bare toll of a sentence folded into the last act of the sentence before."""
    out = list(cands)
    for c in cands:
        if not _bare_toll(c):
            continue
        before = [
            p
            for p in out
            if not p.from_title
            and p.sentence.index == c.sentence.index - 1
            and p.episode == c.episode
            and not only_outcome(p.reading, p.trigger)
        ]
        if not before:
            continue
        p = max(before, key=lambda p: p.trigger.first)
        if p.fatalities:
            continue
        if placed_in_clause(c) and (
            p.place is None or getattr(c.place, "name", "") != getattr(p.place, "name", "")
        ):
            continue  # "Three were killed in Nabatieh": a place of its own
        if c.when is not None and (p.when is None or c.when.value != p.when.value):
            continue
        out[out.index(p)] = replace(p, fatalities=c.fatalities, toll=p.toll or c.toll)
        out.remove(c)
    return out
