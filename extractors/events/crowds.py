"""Article-level rules about crowds: in a report of a protest or a riot, burning and looting with no
armed men named are the crowd's (a riot) and force on the unarmed crowd is the protest's
intervention (`crowd_damage`); the size of a crowd at another town tells a protest there
(`crowd_counts`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import CIVILIANS, PROTESTERS, RIOTERS, STATE_FORCES
from extractors.events.candidates import Candidate, clause_actors, make_candidate
from extractors.events.causes import in_cause
from extractors.events.clause_words import OUTCOME_CLASSES, crowd_word, non_state_armed
from extractors.events.crowd_clashes import looted_at_the_protest
from extractors.events.crowd_sides import MOB_VIOLENCE, crowd_did_the_violence
from extractors.events.dates import dates_in
from extractors.events.locate import event_places
from extractors.events.modality import background_in
from extractors.events.numbers import numbers_in
from extractors.events.reading import read
from extractors.events.sentences import Sentence
from extractors.events.trigger_choice import VIOLENT_ACTS

CROWD_COUNT_REACH = 8  # tokens between a place and the size of the crowd it held ("in Hamburg, some 50,000")
CROWD_MIN = 10  # people: fewer is no crowd
VIOLENT_DEMONSTRATION = "Violent demonstration"
MOB_OBJECT_REACH = (
    4  # tokens from a riot's act word to the people it hit ("set fire to the homes of two families")
)


def crowd_counts(sentences: list[Sentence], resolved: list[Candidate], published: date | None,
                  language: str, hint: str | None) -> list[Candidate]:  # fmt: skip
    """ "In Munich some 100,000 people gathered on the square, in Hamburg about 50,000": in a report
    whose lead tells a crowd protesting at a place, a sentence with no event word of its own that gives the size of a
    crowd of people at a place tells the protest there (ACLED: one event per town)."""
    lead = [
        c for c in resolved if c.event_type == tx.PROTESTS and not c.from_title and c.sentence.paragraph == 0
    ]
    if not any(c.crowd and c.place is not None for c in lead):
        return []  # the lead tells a crowd gathered somewhere (not only a strike called, "a national strike")
    told = {c.sentence.index for c in resolved if not c.from_title}
    out = []
    year = published.year if published else None
    for s in sentences:
        if s.index in told:
            continue
        r = read(s.text, language)
        if r.hits("triggers", "generic_violence", *OUTCOME_CLASSES) or not r.hits(
            "actors.civilians", "actors.protesters"
        ):
            continue
        counts = [n for n in numbers_in(r) if n.count and n.value >= CROWD_MIN and not n.year]
        counts += [m for m in r.hits("numbers.vague")]
        if not counts or background_in(r, year, [n.value for n in numbers_in(r) if n.count]):
            continue
        dates = dates_in(r, published) if published else []
        for p in event_places(s.text, hint, language):
            first = r.token_at(p.start)
            near = [n for n in counts if abs(n.first - first) <= CROWD_COUNT_REACH]
            if not near or p.kind == "country":
                continue
            n = min(near, key=lambda n: abs(n.first - first))
            lo, hi = min(first, n.first), max(first, n.last)
            crowd = tx.Trigger(tx.PROTESTS, tx.PEACEFUL, 2, language, "")
            t = tx.TriggerMatch(crowd, r.tokens[n.first].start, r.tokens[n.last - 1].end,
                                r.text[r.tokens[n.first].start : r.tokens[n.last - 1].end], n.first, n.last)  # fmt: skip
            cand = make_candidate(
                s, r, (lo, min(len(r.tokens), hi + 1)), t, dates, published, hint, language, []
            )
            if cand is not None and cand.place is not None:
                out.append(replace(cand, crowd=True))
    return out


def crowd_damage(cands: list[Candidate]) -> list[Candidate]:
    """In a report of a protest or a riot, buildings set on fire or looted with no armed men named
    are the crowd's doing: the protest turned into a riot (ACLED: Riots, violent demonstration); and
    force used on the unarmed crowd is the protest's intervention (`_force_against_crowd`)."""
    crowd_report = any(c.event_type in (tx.PROTESTS, tx.RIOTS) for c in cands)
    seen_crowd = any(c.event_type == tx.PROTESTS or (c.event_type == tx.RIOTS and not _no_crowd_in_sight(c))
                     for c in cands)  # fmt: skip
    attack_report = any(c.event_type in VIOLENT_ACTS and non_state_armed(c.actor1) for c in cands)
    out = []
    for c in cands:
        if c.event_type == tx.RIOTS and attack_report and not seen_crowd and _no_crowd_in_sight(c):
            # "They also set fire to houses", in a report of armed men's attack with no crowd anywhere:
            # the burning is property destruction (part of that attack); a riot needs a crowd
            out.append(replace(c, event_type=tx.STRATEGIC, sub_event_type=tx.LOOTING, strength=1))
            continue
        if c.event_type == tx.STRATEGIC and c.sub_event_type == tx.LOOTING and _crowd_did_it(c, crowd_report):
            doer = c.actor1 is None and _crowd_before_the_act(c)
            c = replace(
                c, event_type=tx.RIOTS, sub_event_type="Violent demonstration", strength=max(c.strength, 2),
                actor1=c.actor2 if doer else c.actor1, actor2=None if doer else c.actor2,
            )  # fmt: skip
        elif (
            crowd_report
            and c.event_type == tx.BATTLES
            and (_force_against_crowd(c) or _clash_after_the_crowd(c, cands))
        ):
            # "youths clashed with the police": a clash takes two sides; a crowd that fights is rioting
            c = replace(
                c, event_type=tx.RIOTS, sub_event_type="Violent demonstration", strength=max(c.strength, 2)
            )
        elif crowd_report and crowd_did_the_violence(c):
            # "hundreds of protesters stormed the parliament": the crowd's own force is a riot (ACLED:
            # demonstrators engaging in violent or destructive acts), not force used on it
            c = replace(c, event_type=tx.RIOTS, sub_event_type="Violent demonstration", strength=2)
        elif crowd_report and _deaths_of_a_riot(c):
            # "the riots left 21 dead", no force and no protest named: the riot's own toll
            c = replace(c, event_type=tx.RIOTS, sub_event_type="Violent demonstration", strength=2)
        elif crowd_report and (_force_against_crowd(c) or _shot_at_the_crowd_it_met(c, cands)):
            # police firing grenades at, or killing, unarmed people at a protest: the protest's intervention
            sub = tx.EXCESSIVE_FORCE if c.fatalities else tx.INTERVENTION
            c = replace(c, event_type=tx.PROTESTS, sub_event_type=sub, strength=2)
        out.append(c)
    return _mobs_without_a_demonstration(out)


def _mobs_without_a_demonstration(cands: list[Candidate]) -> list[Candidate]:
    """ "An angry crowd set fire to the homes of three families accused of witchcraft": a riot
    whose side hit is civilians, by no protesters, in a report that tells no protest or demonstration
    anywhere, is mob violence (ACLED: rioters violently interacting with civilians; a violent
    demonstration is demonstrators' violence, so it needs a demonstration)."""
    if any(c.reading.hits("triggers.Protests", "actors.protesters") for c in cands):
        return cands
    return [replace(c, sub_event_type=MOB_VIOLENCE) if _crowd_hit_people(c) else c for c in cands]


def _crowd_hit_people(c: Candidate) -> bool:
    """A riot whose act's object is civilians: named right after the act's word in its clause ("set
    fire to the homes of two families"; not the dead man a grievance names further on: "after the
    death of a driver"), by no protesters, in a clause that names no police or army (whose post or
    men would be the target)."""
    if c.event_type != tx.RIOTS or c.sub_event_type != VIOLENT_DEMONSTRATION:
        return False
    a, r, t = c.actor2, c.reading, c.trigger
    if a is None or a.kind != CIVILIANS or (c.actor1 is not None and c.actor1.kind == PROTESTERS):
        return False
    lo, hi = r.clause_start(t.first), r.clause_end(t.first)
    if any(lo <= m.first < hi for m in r.hits("actors.police", "actors.state_forces")) or in_cause(
        r, a.first
    ):
        return False
    return 0 <= a.first - t.last <= MOB_OBJECT_REACH and a.first < hi


def _crowd_did_it(c: Candidate, crowd_report: bool) -> bool:
    """Burning or looting by protesters, rioters or a crowd of residents is a riot (ACLED: a violent
    demonstration); by no one named, only in a report of a protest or a riot, or in a clause that
    names the protest or riot it happened in (LOOTED_AT_THE_PROTEST, crowd_clashes.py)."""
    if c.actor1 is None:
        if any(non_state_armed(a) for a in clause_actors(c)):
            return False
        return crowd_report or _crowd_before_the_act(c) or looted_at_the_protest(c)  # LOOTED_AT_THE_PROTEST
    return c.actor1.kind in (PROTESTERS, RIOTERS) or (c.actor1.kind == CIVILIANS and c.crowd)


def _crowd_before_the_act(c: Candidate) -> bool:
    """ "Un grupo de pobladores quemó la comisaría", "a crowd of residents torched the office": a
    crowd of civilians (counted or named as a group) named before the burning word in its clause,
    and taken for the side hit, is the doer."""
    a = c.actor2
    return (
        c.crowd
        and a is not None
        and a.kind == CIVILIANS
        and c.reading.clause_start(c.trigger.first) <= a.first
        and a.last <= c.trigger.first
    )


FORCE_TYPES = frozenset({tx.BATTLES, tx.VIOLENCE_AGAINST_CIVILIANS, tx.PLACEHOLDER_VIOLENCE})


def _deaths_of_a_riot(c: Candidate) -> bool:
    """Deaths told in a sentence that names a riot (its word or its rioters) and no protest, no
    protester, no state force and no armed group, with no doer: the riot's toll, not force on a
    protest ("Kerusuhan di Papua, 21 orang tewas", "les émeutes ont fait trois morts")."""
    if c.event_type not in FORCE_TYPES or not c.fatalities or c.actor1 is not None:
        return False
    r = c.reading
    if not r.hits("triggers.Riots", "actors.rioters") or r.hits("triggers.Protests", "actors.protesters"):
        return False
    if r.hits("actors.police", "actors.state_forces"):
        return False
    return not any(a.armed for a in clause_actors(c))


def _force_against_crowd(c: Candidate) -> bool:
    """A fight or an attack at a protest with no armed group in it: the state's force, or people
    killed in "clashes", against an unarmed crowd."""
    grenade = c.event_type == tx.EXPLOSIONS and c.sub_event_type == tx.GRENADE
    if c.event_type not in FORCE_TYPES and not grenade:
        return False
    if not c.reading.hits("actors.protesters", "actors.rioters", "triggers.Protests", "triggers.Riots"):
        return False  # the sentence itself must be about the crowd
    armed = [a for a in clause_actors(c) if a.armed and a.kind != STATE_FORCES]
    if armed:
        return False
    acting = c.actor1 is None or c.actor1.kind == STATE_FORCES
    hit = c.actor2 is None or c.actor2.kind in (CIVILIANS, PROTESTERS)
    return acting and hit


MET_CROWD_REACH = 2  # sentences from a protest the state's forces broke up to the deaths told after it


def _shot_at_the_crowd_it_met(c: Candidate, cands: list[Candidate]) -> bool:
    """ "Police fired tear gas to disperse the marchers. Two people were shot dead.": deaths told
    right after a protest the state's forces broke up, with no doer but those forces, no armed group
    and no day of their own other than the protest's, are the force used on that crowd."""
    if c.event_type not in FORCE_TYPES or c.from_title:
        return False
    if any(a.armed and a.kind != STATE_FORCES for a in clause_actors(c)):
        return False
    if not (c.actor1 is None or c.actor1.kind == STATE_FORCES):
        return False
    if not (c.actor2 is None or c.actor2.kind in (CIVILIANS, PROTESTERS)):
        return False
    return _told_after_a_crowd(c, cands, forced=True)


def _told_after_a_crowd(c: Candidate, cands: list[Candidate], forced: bool) -> bool:
    """Is the candidate told within `MET_CROWD_REACH` sentences after a protest of its day (one the
    state's forces broke up, when `forced`), or a riot (when not `forced`)?"""

    def crowd(p: Candidate) -> bool:
        if forced:
            return p.event_type == tx.PROTESTS and p.sub_event_type != tx.PEACEFUL
        return p.event_type in (tx.PROTESTS, tx.RIOTS)

    return any(
        crowd(p)
        and not p.from_title
        and 0 < c.sentence.index - p.sentence.index <= MET_CROWD_REACH
        and (c.when is None or p.when is None or c.when.value == p.when.value)
        for p in cands
    )


def _clash_after_the_crowd(c: Candidate, cands: list[Candidate]) -> bool:
    """ "Rioters torched cars ... Two people were killed in clashes with the youths": a clash told
    right after a protest or a riot of its day, with no armed side but the state's forces, is the
    crowd's fight (a riot), not a battle."""
    if c.from_title or any(
        a.armed and a.kind not in (STATE_FORCES, PROTESTERS, RIOTERS) for a in clause_actors(c)
    ):
        return False
    return _told_after_a_crowd(c, cands, forced=False)


def _no_crowd_in_sight(c: Candidate) -> bool:
    """A riot word ("set fire to", "torched") in a sentence that names no crowd, no protest and no
    riot word other than itself, and no one who did it."""
    r = c.reading
    if (
        crowd_word(r, c.trigger)
        or c.crowd
        or r.hits("actors.protesters", "actors.rioters", "actors.civilians")
    ):
        return False
    if any(m.first != c.trigger.first for m in r.hits("triggers.Protests", "triggers.Riots")):
        return False
    return c.actor1 is None or c.actor1.kind not in (PROTESTERS, RIOTERS, CIVILIANS)
