"""VICTIMS_OWN_ACT: an act word inside a relative clause (opened by the pack's `relative_pronouns`:
"qui", "который", "який", "الذين") after a clause's own act tells what the people named before it did,
not another act of the clause: "l'armée a abattu vingt terroristes qui attaquaient la ville" is the
army's fight, whatever "attaquer" would make of it alone. A pack without `relative_pronouns` leaves
every clause alone."""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.reading import Reading

RELATIVE_REACH = 3  # tokens from the pronoun to the act word it opens ("qui tentaient d'attaquer")


def outside_relatives(r: Reading, real: list[tx.TriggerMatch]) -> list[tx.TriggerMatch]:
    """The clause's real triggers without those of a relative clause that a trigger before it heads
    (VICTIMS_OWN_ACT); all of them when none or all are inside one."""
    pronouns = r.hits("relative_pronouns")
    if not pronouns or len(real) < 2:
        return real
    inner = [t for t in real if any(_opens(r, p.last, t, real) for p in pronouns)]
    kept = [t for t in real if t not in inner]
    return kept if kept and inner else real


def _opens(r: Reading, after: int, t: tx.TriggerMatch, real: list[tx.TriggerMatch]) -> bool:
    """The pronoun ending at token `after` opens the relative clause `t` stands in: `t` follows it
    within RELATIVE_REACH tokens, no comma between, and another real trigger ends before the pronoun."""
    if not 0 <= t.first - after <= RELATIVE_REACH or after >= len(r.tokens):
        return False
    if "," in r.text[r.tokens[after - 1].end : r.tokens[t.first].start]:
        return False
    return any(o is not t and o.last < after for o in real)
