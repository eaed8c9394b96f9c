"""WEAPON_LAID: a bomb or mine that was laid, not set off, is no explosion event.

"To slow the troops, the fighters planted explosive devices on the roads", "ils ont posé des
engins explosifs sur les pistes": the report tells that a weapon was laid; nothing went off and no
one was hurt. ACLED codes a remote explosive when it explodes (an explosion event) or when it is
found or made safe (disrupted weapons use, `trigger_choice`'s WEAPON_FIND); its laying alone is
no event. So a laid-weapon trigger (a remote explosive or a mine) that a word of laying (the
pack's `weapon_layings`: plant, place, lay, bury) governs, in a sentence that names no blast
(the pack's `explosion` words outside the weapon's own name) and no one killed or hurt, is not a
real trigger. "A bomb planted in the market killed three" (someone killed), "militants planted a
bomb that exploded at noon" (a blast) stay events. A pack with no `weapon_layings` leaves every
weapon alone.

WEAPON_TRADED (`traded_not_used`): a weapon a word of trade governs ("signed a deal to buy drones",
"the sale of missiles to Morocco", "acquired twelve combat drones"; the optional pack key
`weapon_trades`) changed hands, it was not used: a purchase or a deal is no act, and a state named
beside the weapon is its buyer or seller, not a doer. It holds under the same gate as a laid weapon
(no blast word outside the traded weapons' own names, no one killed or hurt: "drones bought from
Iran killed four" was used), for any explosive weapon (a drone, a missile, a shell), since none is
traded in the act of firing it. A trigger word between the trade and the weapon names the weapon
("six combat drones", "attack helicopters"), no act of its own.
"""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.clause_words import HURT
from extractors.events.reading import Reading

LAYING_REACH = (
    3  # words between a word of laying and the weapon it laid ("placed two more explosive devices")
)
LAID_ONLY = frozenset({tx.IED})  # weapons that are laid and wait (a shell or a grenade is fired or thrown)
BLAST_WORDS = "triggers." + tx.EXPLOSIONS + ".explosion"


def laid_not_used(r: Reading, t: tx.TriggerMatch) -> bool:
    """WEAPON_LAID: is the trigger (or the word it is inside of: "explosive" in "explosive devices")
    a weapon the sentence only tells was laid (see the module)?"""
    if t.trigger.event_type != tx.EXPLOSIONS or not r.pack.data.get("weapon_layings"):
        return False
    return any(w.first <= t.first and t.last <= w.last for w in _laid_weapons(r))


TRADE_REACH = 4  # words between a word of trade and the weapon ("to buy twelve Turkish-made combat drones")


def traded_not_used(r: Reading, t: tx.TriggerMatch) -> bool:
    """WEAPON_TRADED: is the trigger an explosive weapon the sentence only tells was bought, sold or
    supplied (see the module)?"""
    if not r.pack.data.get("weapon_trades") or r.hits(*HURT):
        return False
    trades = r.hits("weapon_trades")
    traded = [  # from the word after the trade to the weapon's end: "buy six combat drones"
        (m.last, w.last)
        for w in r.hits("triggers." + tx.EXPLOSIONS)
        for m in trades
        if 0 <= w.first - m.last <= TRADE_REACH and r.same_clause(m.first, w.first)
    ]
    if any(not any(a <= m.first and m.last <= b for a, b in traded) for m in r.hits(BLAST_WORDS)):
        return False  # "the drones they bought from Turkey exploded over the depot"
    return any(a <= t.first and t.last <= b for a, b in traded)  # the weapon, or a word naming it ("combat")


def _laid_weapons(r: Reading) -> list:
    """The laid-weapon names of the sentence a word of laying governs, when it names no blast and
    no one killed or hurt."""
    if r.hits(*HURT):
        return []  # "a mine they planted killed two farmers": it was used
    layings = r.hits("weapon_layings")
    laid = [
        w
        for w in r.hits(*(f"triggers.{tx.EXPLOSIONS}.{sub}" for sub in LAID_ONLY))
        if any(0 <= w.first - m.last <= LAYING_REACH and r.same_clause(m.first, w.first) for m in layings)
    ]
    # a blast word that is no part of a laid weapon's own name: "a bomb they planted exploded"
    if any(not any(w.first <= m.first and m.last <= w.last for w in laid) for m in r.hits(BLAST_WORDS)):
        return []
    return laid
