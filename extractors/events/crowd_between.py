"""Reading-level parts of CROWD_AGAINST_FORCES_BETWEEN (round 18, `crowd_clashes.py`), for the clause
choice (`trigger_choice.clause_acts`), which reads no candidate:

- `between_opener`: the "between" word of the pack (`numbers.range_openers`, not one that also leads
  place names: "de") within BETWEEN_REACH tokens after a violence word, in its clause;
- FIGHT_OVER_ITS_PROTEST (`fight_over_its_protest`): in a clause whose strongest word is a protest
  word, a violence or clash word whose "between" word sets a crowd (a protesters' or rioters' noun)
  against the state's forces (a police or army noun), told before the protest word in the span the
  clause choice reads (the march then names where it broke out), is what it reports: the crowd's fight,
  not the march it broke out beside ("des violences ont éclaté entre manifestants et policiers, en
  marge du cortège"; ACLED: a violent demonstration).
"""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.clause_words import only_outcome
from extractors.events.reading import Reading

BETWEEN_REACH = 6  # tokens from the violence word to its "between" word (as VIOLENCE_BETWEEN reads it)
FIGHT_WORDS = (tx.PLACEHOLDER_VIOLENCE, tx.BATTLES)


def between_opener(r: Reading, t: tx.TriggerMatch):
    """The "between" word that opens the two sides of the violence word `t`, or None."""
    leading = {m.first for m in r.hits("place_words.leading")}
    return next((m for m in r.hits("numbers.range_openers") if 0 <= m.first - t.last <= BETWEEN_REACH
                 and m.first not in leading and r.same_clause(t.first, m.first)), None)  # fmt: skip


def crowd_and_forces_after(r: Reading, t: tx.TriggerMatch) -> bool:
    """Does a "between" word after `t` open a crowd's noun and a state force's noun in its clause?"""
    opener = between_opener(r, t)
    if opener is None:
        return False
    hi = r.clause_end(opener.first)
    crowd = any(opener.last <= m.first < hi for m in r.hits("actors.protesters", "actors.rioters"))
    force = any(opener.last <= m.first < hi for m in r.hits("actors.police", "actors.state_forces"))
    return crowd and force


def fight_over_its_protest(r: Reading, best: tx.TriggerMatch, real: list[tx.TriggerMatch]) -> tx.TriggerMatch:
    """FIGHT_OVER_ITS_PROTEST: the clause's fight between a crowd and the forces over its protest word."""
    if best.trigger.event_type != tx.PROTESTS or r.hits("triggers.Explosions/Remote violence"):
        return best
    fights = [
        t
        for t in real
        if t.trigger.event_type in FIGHT_WORDS
        and t.first < best.first
        and not only_outcome(r, t)
        and crowd_and_forces_after(r, t)
    ]
    return fights[0] if fights else best
