"""FRONTED_ACT: an act's noun told in a phrase before the sentence's own clause ("In the attack on
the village on Monday night, gunmen killed 14 residents", "In a reprisal raid, armed men burned
..."): the phrase has no subject of its own, so the armed actor that opens the clause after its
comma, right before an act or outcome word of its own ("gunmen killed"), is the act's doer, not its
target (subject-verb-object order: an actor after the trigger is otherwise read as hit). Read by word
class and punctuation only: no actor before the trigger, a comma right before the actor, an act
word right after it."""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import ActorMention
from extractors.events.reading import Reading

ACT_WORDS = (
    "outcomes.killed",
    "outcomes.wounded",
    "outcomes.abducted",
    "generic_violence",
    "triggers",
)
CLAUSE_MARKS = ","  # the punctuation that closes the fronted phrase


def fronted_act_doer(r: Reading, a: ActorMention, t: tx.TriggerMatch, actors: list[ActorMention],
                     numbers) -> bool:  # fmt: skip
    """Is `a` the doer of the act `t` named in a fronted phrase (FRONTED_ACT)?"""
    if not a.armed or a.first < t.last or a.first == 0:
        return False
    if r.pack.data.get("clause_order") not in (None, "", "subject-first"):
        return False  # verb-first and verb-final clauses order their subject otherwise
    if any(o.last <= t.first for o in actors):
        return False  # the act has a subject before it: "gunmen attacked X, soldiers killed ..."
    if any(n.count and n.last <= a.first and a.first - n.last <= 2 for n in numbers):
        return False  # counted: "in the attack, 14 gunmen ..." tells of men hit
    before = r.text[r.tokens[a.first - 1].end : a.start]
    if not any(ch in before for ch in CLAUSE_MARKS):
        return False
    return any(m.first == a.last for m in r.hits(*ACT_WORDS))
