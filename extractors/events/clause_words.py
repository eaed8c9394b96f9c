"""What some words of an event clause are (shared by the coder's steps): only an outcome
("were killed"), a word of someone killed or hurt (HURT), a crowd noun that is also a trigger
("protesters"), a crowd named in a clause (not a count of things: `counts_things`), an accusation before an act ("accused the army of
shelling"), an armed group that is not the state."""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import UNKNOWN, ActorMention
from extractors.events.figure_reach import OUTCOME_CLASSES
from extractors.events.numbers import numbers_in
from extractors.events.reading import Reading

# The outcome classes that tell of someone killed or hurt: a clause with one of them is no quiet raid
# (raids.py) and no weapon found before it was used (trigger_choice's WEAPON_FIND).
HURT = ("outcomes.killed", "outcomes.killed_one", "outcomes.wounded")


def only_outcome(r: Reading, t: tx.TriggerMatch) -> bool:
    return any(m.first <= t.first and t.last <= m.last for m in r.hits(*OUTCOME_CLASSES))


def crowd_word(r: Reading, t: tx.TriggerMatch) -> bool:
    """Is the trigger also a crowd noun ("protesters", "rioters"): an act beats a crowd named."""
    return any(m.first <= t.first < m.last for m in r.hits("actors.protesters", "actors.rioters"))


def names_a_crowd(r: Reading, span: tuple[int, int]) -> bool:
    crowd = r.hits("actors.protesters", "actors.rioters", "actors.civilians")
    vague = [m for m in r.hits("numbers.vague") if not counts_things(r, m.last)]
    return any(span[0] <= m.first < span[1] for m in [*crowd, *vague]) or any(
        n.count and n.value >= 10 and span[0] <= n.first < span[1] and not counts_things(r, n.last)
        for n in numbers_in(r)
    )


def counts_things(r: Reading, last: int) -> bool:
    """COUNTED_THINGS_NO_CROWD: a figure whose noun (right after it, or after "of") is a thing
    (`numbers.objects`: "several houses were set on fire", "dozens of shops", "20 vehicles") counts
    no crowd: the burning it tells is not, by that figure, a crowd's."""
    of_ends = {m.last for m in r.hits("numbers.part_of") if m.first == last}
    return any(m.first == last or m.first in of_ends for m in r.hits("numbers.objects"))


def accused(r: Reading, t: tx.TriggerMatch) -> bool:
    cs = r.clause_start(t.first)
    return any(cs <= m.first and m.last <= t.first for m in r.hits("attribution.blame"))


NON_STATE_ARMED = frozenset({UNKNOWN, "rebel group", "political militia", "identity militia"})


def non_state_armed(a: ActorMention | None) -> bool:
    return a is not None and a.kind in NON_STATE_ARMED
