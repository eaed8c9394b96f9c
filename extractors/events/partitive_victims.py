"""PARTITIVE_ANTECEDENT (`antecedent_hit`, called by `roles.roles_in`): the army's answer told with a
pronoun for its victims, "The army pursued the attackers and killed twenty of them", "El Ejército
persiguió a los atacantes y mató a veinte de ellos", "Armata i-a urmărit pe atacatori și a ucis 20
dintre ei": the count right after the act word closes its clause with a partitive pronoun of the
pack (`numbers.partitive`, one that ends its clause: "of them", "de ellos", "deles", "dintre ei",
not "including ..."), so the ones killed are the armed actor named last before the act, not the
doer that opens it: they are the side hit (a clash with them, no attack on civilians restating the
attack told before). Not when a list joiner ties that actor to the one right before it ("the army and the
militia killed twenty of them": allies)."""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import ActorMention
from extractors.events.numbers import Number
from extractors.events.reading import Reading

PARTITIVE_REACH = 3  # tokens from the act word to its count ("mató a veinte de ellos")
ALLY_GAP = 3  # tokens from an actor to the next when a joiner between makes them allies ("X and the Y")
CLITIC_REACH = 2  # tokens from a partitive clitic to the act word ("ne ha uccisi")


def antecedent_hit(
    r: Reading,
    t: tx.TriggerMatch,
    agents: list[ActorMention],
    victims: list[ActorMention],
    numbers: list[Number],
) -> ActorMention | None:
    """The armed actor a closing partitive pronoun after the act's count refers to, else None."""
    if any(v.first >= t.last and r.same_clause(t.first, v.first) for v in victims):
        return None  # a victim named after the act: no pronoun to resolve
    closing = [m for m in r.hits("numbers.partitive") if r.clause_end(m.first) == m.last]
    # or a partitive clitic of the pack right before the act (optional key `partitive_clitics`:
    # it "ne ha uccisi venti", killed twenty of them), the count after it
    clitic = any(0 <= t.first - m.last <= CLITIC_REACH for m in r.hits("partitive_clitics"))
    if not any(
        n.count
        and 0 <= n.first - t.last <= PARTITIVE_REACH
        and (clitic or any(m.first == n.last for m in closing))
        for n in numbers
    ):
        return None
    before = [a for a in agents if a.armed and a.last <= t.first]
    if len(before) < 2:
        return None
    doer, hit = before[0], before[-1]
    if hit.name == doer.name:
        return None
    prev = before[-2]
    if hit.first - prev.last <= ALLY_GAP and any(
        prev.last <= j.first and j.last <= hit.first for j in r.hits("numbers.list_joiners")
    ):
        return None  # "the army and the militia killed twenty of them": allies
    return hit
