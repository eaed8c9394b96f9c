"""BOMBERS_AMONG_THE_DEAD (`bombers_among_the_dead`, a step of `type_resolution.resolve_type`): a
blast whose dead include its own attackers ("eight people were killed, including the two bombers",
"menewaskan lima orang, termasuk dua pelaku", "dont les deux kamikazes") is a suicide bomb by ACLED's
codebook, not a remote explosive: the pack's partitive word (`numbers.partitive`) of a killing's toll
names, a few words on (a count or an article between), an attacker noun of the pack (optional key
`blast_doers`: the bombers, attackers, perpetrators)."""

from __future__ import annotations

from dataclasses import replace

from extractors.events import taxonomy as tx
from extractors.events.candidates import Candidate
from extractors.events.type_steps import GO_ON, ReportTold, Step

DOER_REACH = 3  # tokens from the partitive word to the attacker noun ("including the two bombers")


def _bombers_dead(c: Candidate) -> bool:
    r = c.reading
    killed = r.hits("outcomes.killed")
    doers = r.hits("blast_doers")
    if not killed or not doers:
        return False
    return any(
        0 <= d.first - p.last <= DOER_REACH and any(k.first < p.first for k in killed)
        for p in r.hits("numbers.partitive")
        for d in doers
    )


def bombers_among_the_dead(c: Candidate, report: ReportTold) -> Step:
    """A blast of unstated kind or a bomb whose dead include its attackers is a suicide bomb."""
    if c.event_type != tx.EXPLOSIONS or c.sub_event_type not in (tx.PLACEHOLDER_EXPLOSION, tx.IED):
        return GO_ON
    if not _bombers_dead(c):
        return GO_ON
    return replace(c, sub_event_type=tx.SUICIDE)
