"""Round 18 precision (prec, issue 13): acts a report tells only as background, and a fight word
whose sides are vehicles.

- HEADLINE_OF_A_RECALLED_ACT (`background_types`, read by `candidates.candidates_in`): the event
  types of the acts a background sentence of the body names (an anniversary, a war's toll, an act
  of a past year: `modality.background_in`). With HEADLINE_OF_A_DOUBT, a body that gives no
  candidate and tells such acts gives no headline candidate of their types: "Five years on, Kano
  market bombing victims still wait for justice" over "Relatives gathered ... to remember the
  victims of the 2021 market bombing" names the bombing the body recalls, no event of its day
  (ACLED codes an event from the report of its own day, not from its anniversary).
- DEATHS_OF_A_STALE_ACT (`deaths_of_a_stale_act`, read by `recalled_acts.stale_acts`): a bare death
  word after a stale act of its sentence (RECALLED_MONTH), with no date of its own (none after it,
  none before it in its clause), counts that act's dead: "condemned the attack in Kabul that took
  place last month, in which 30 people died" (ru "в результате которого погибли 30 человек").
- VEHICLES_COLLIDED (`vehicles_between`, read by `candidates.candidates_in`, and `vehicles_collided`,
  read by `real_triggers.is_real`): a road vehicle of the pack (`vehicles`) within VEHICLE_REACH
  tokens after a "between" word (`numbers.range_openers`) of its clause, with no actor between,
  tells two vehicles that hit each other, whatever noun tells it: "un choque entre un autobús y un
  camión", "um choque entre um ônibus e um caminhão" (pt "choque" is no fight word), "ein
  Zusammenstoß zwischen einem Bus und einem Lkw" is a road crash (ACLED codes no accident): the
  sentence's deaths are non-conflict, and a fight word in it is no clash. A vehicle an act takes as
  its object ("emboscaron un autobús") is its target, no side of a crash."""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.clause_words import only_outcome
from extractors.events.modality import past_year
from extractors.events.numbers import numbers_in
from extractors.events.reading import Reading

VEHICLE_REACH = 3  # tokens from the fight word to the vehicle it names ("choque frontal entre dos autobuses")


def background_types(r: Reading, skip: frozenset[int], published_year: int | None) -> set[str]:
    """HEADLINE_OF_A_RECALLED_ACT: the event types of the acts a background sentence names at or after
    its first background mark, or in a mark's clause (an aggregate or durative word, a past year);
    not the words of its dates (`skip`). An act told before them in a clause of its own ("Gunmen
    killed four farmers on Tuesday, in the area where a massacre in 2016 left hundreds dead") is no
    recalled one, and then the sentence recalls no act for the headline."""
    marks = [m.first for m in r.hits("modality.aggregate", "modality.durative")]
    if published_year:
        marks += [k for k, tok in enumerate(r.tokens) if past_year(tok.text, published_year)]
    if not marks:
        return set()
    acts = [t for t in tx.triggers_in(r) if t.first not in skip and t.last - 1 not in skip]
    if any(t.first < min(marks) and not any(r.same_clause(t.first, k) for k in marks) for t in acts):
        return set()  # the sentence tells an act of its own before what it recalls: the headline may name it
    return {t.trigger.event_type for t in acts}


def deaths_of_a_stale_act(r: Reading, t: tx.TriggerMatch, stale: list[tx.TriggerMatch], dates: list) -> bool:
    """DEATHS_OF_A_STALE_ACT: is the bare death word `t` told after one of the `stale` acts of its
    sentence, with no date of its own (after it, or before it in its clause)?"""
    if t.trigger.event_type != tx.PLACEHOLDER_VIOLENCE or not only_outcome(r, t):
        return False
    if not any(s.last <= t.first for s in stale):
        return False
    own = [d for d in dates if d.first >= t.last or (d.last <= t.first and r.same_clause(d.first, t.first))]
    return not own


def vehicles_collided(r: Reading, t: tx.TriggerMatch) -> bool:
    """VEHICLES_COLLIDED: is the fight word `t` told in a sentence whose "between" word joins road
    vehicles (`vehicles_between`)?"""
    return t.trigger.event_type == tx.BATTLES and vehicles_between(r)


def vehicles_between(r: Reading) -> bool:
    """VEHICLES_COLLIDED: a "between" word (`numbers.range_openers`, not one that is also a
    `numbers.part_of` word: es "de") before two road vehicles of the pack joined by a list joiner
    ("entre un autobús y un camión") or before a count of them ("entre dos autobuses"), the first within
    VEHICLE_REACH tokens of its clause with no actor between."""
    part_of = {m.first for m in r.hits("numbers.part_of")}
    return any(
        _two_vehicles_after(r, m.last - 1) for m in r.hits("numbers.range_openers") if m.first not in part_of
    )


def _two_vehicles_after(r: Reading, k: int) -> bool:
    actors = [m.first for m in r.hits("actors")]
    vehicles = r.hits("vehicles")
    joiners = {m.last for m in r.hits("numbers.list_joiners")}
    for v in vehicles:
        if not (0 <= v.first - k - 1 <= VEHICLE_REACH and r.same_clause(k, v.first)):
            continue
        if any(k < a < v.first for a in actors):
            continue
        counted = any(k < n.first < v.first for n in numbers_in(r))
        joined = any(
            o.first > v.last
            and any(v.last <= j <= o.first for j in joiners)
            and o.first - v.last <= VEHICLE_REACH
            for o in vehicles
        )
        if counted or joined:
            return True
    return False
