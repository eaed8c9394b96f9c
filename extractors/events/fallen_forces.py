"""FALLEN_OF_THE_STATE (`fallen_of_the_state`, read by `violence_types._violence_by_whom_it_hit`): a
language may name the dead of the state's forces by a word of their own, whoever they are: Turkish
"şehit" (the fallen: "şehit oldu", "şehit sayısı 4'e yükseldi") is what the press writes of soldiers,
police and village guards killed by an armed group, with or without a noun for them. A violence word
of unstated type whose clause tells its dead by such a word (optional pack key `fallen_forces`), with
no civilians named in that clause ("iki sivil şehit oldu" stays an attack on civilians), hit the
state's forces: by ACLED's codebook an armed group's attack on the state's forces is a fight (Battles,
armed clash), also when only its risen toll is told ("PKK'lı teröristlerin saldırısında şehit sayısı
4'e yükseldi"). Packs without the key are left alone."""

from __future__ import annotations

from extractors.events.actor_kinds import CIVILIANS
from extractors.events.candidates import Candidate, clause_actors


def fallen_of_the_state(c: Candidate) -> bool:
    """Does the candidate's clause tell its dead by the pack's word for the state's fallen, and name
    no civilians?"""
    r, (lo, hi) = c.reading, c.span
    if not r.pack.data.get("fallen_forces"):
        return False
    if not any(lo <= m.first and m.last <= hi for m in r.hits("fallen_forces")):
        return False
    return not any(a is not None and a.kind == CIVILIANS for a in (c.actor1, c.actor2, *clause_actors(c)))
