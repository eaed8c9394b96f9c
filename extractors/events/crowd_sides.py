"""Who the sides of a crowd event are (`type_resolution` decides its type from them): armed men
burning with no crowd (`armed_men_not_a_crowd`), unarmed sides with a riot's acts
(`unarmed_sides_rioting`), a crowd arrested at its protest (`crowd_arrested_at_protest`, ACLED: the
protest's intervention), unarmed people set against the state's forces
(`unarmed_people_against_force`: a violent demonstration, no battle), a mob of people who are no
armed group (`mob_of_civilians`), the state's forces meeting a crowd (`state_force_meets_crowd`)."""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import CIVILIANS, RIOTERS, STATE_FORCES, ActorMention
from extractors.events.actors import actors_in
from extractors.events.candidates import Candidate, clause_actors
from extractors.events.causes import in_cause
from extractors.events.clause_words import OUTCOME_CLASSES, crowd_word, non_state_armed, only_outcome
from extractors.events.modality import unreal_at
from extractors.events.numbers import numbers_in

MOB_VIOLENCE = "Mob violence"
COUNTED_REACH = 2  # tokens between a figure and the people it counts ("twelve people", "5 dead villagers")
SUBJECT_GAP = 2  # tokens between a subject and its verb (an auxiliary, an adverb: "ont lynché", "then beat")
CROWD_CLASSES = ("actors.protesters", "actors.rioters", "triggers.Protests", "triggers.Riots")


def armed_men_not_a_crowd(c: Candidate) -> bool:
    """A riot word (burning, smashing) in a sentence that names armed men and no crowd: no riot. A
    word of mob violence ("lynched") names a crowd's act by itself, and armed men it hit ("lynched
    two suspected kidnappers") are its victims, not its doers."""
    if c.sub_event_type == MOB_VIOLENCE:
        return False
    if crowd_word(c.reading, c.trigger) or c.reading.hits("actors.protesters", "actors.rioters"):
        return False
    if any(m.first != c.trigger.first for m in c.reading.hits("triggers.Protests", "triggers.Riots")):
        return False
    hit = c.actor2.first if c.actor2 is not None else -1
    return any(non_state_armed(a) and a.first != hit for a in actors_in(c.reading, None))


def unarmed_sides_rioting(c: Candidate) -> bool:
    """A clash word whose clause also holds a riot's act (stones thrown, tyres burned, shops smashed)
    in a sentence that names no armed side and no gun, bomb or shell."""
    r = c.reading
    lo, hi = c.span
    if not any(lo <= m.first < hi for m in r.hits("triggers.Riots.Violent demonstration")):
        return False
    if r.hits("triggers.Explosions/Remote violence"):
        return False
    return not any(a.armed for a in actors_in(r, None))


def crowd_arrested_at_protest(c: Candidate) -> bool:
    """ "deteve dezenas de jovens que participavam numa manifestação", "arrested 30 people at a
    rally": a crowd arrested (counted people, no armed group) with a protest word after the arrest
    word in its clause, or in the clause right after it ("dozens were arrested as protests swept the
    capital", PROTEST_CLAUSE_AFTER), was taken at that protest; not at a protest still to come ("who
    were preparing to march": a future or plan word before the protest word), nor one told as a cause."""
    if not c.crowd or (c.actor2 is not None and c.actor2.armed):
        return False
    r, t = c.reading, c.trigger
    hi = r.clause_end(t.first)
    if hi < len(r.tokens) and _only_a_protest(r, hi, r.clause_end(hi)):
        hi = r.clause_end(hi)  # the clause after, when it tells a protest and no other act or actor
    return any(
        t.last <= m.first < hi and not unreal_at(r, m.first, m.last) and not in_cause(r, m.first)
        for m in r.hits("triggers.Protests")
    )


def _only_a_protest(r, lo: int, hi: int) -> bool:
    """PROTEST_CLAUSE_AFTER: the clause [lo, hi) names no actor and no act but a protest ("as protests
    swept the capital"), so it tells where the arrests before it took place, not another event."""
    if any(lo <= a.first < hi for a in actors_in(r, None)):
        return False
    acts = r.hits("triggers", "generic_violence", *OUTCOME_CLASSES)
    return not any(lo <= m.first < hi and not m.label.startswith("triggers.Protests") for m in acts)


def unarmed_people_against_force(c: Candidate) -> ActorMention | None:
    """The unarmed people (civilians' words: youths, residents, villagers) a clash word's clause sets
    against the state's forces (a police or army noun in the clause, its country named or not), in a
    sentence that names no armed group of its own and no bomb or shell."""
    r = c.reading
    lo, hi = c.span
    if not any(lo <= m.first < hi for m in r.hits("actors.police", "actors.state_forces")):
        return None
    if r.hits("triggers.Explosions/Remote violence") or any(non_state_armed(a) for a in actors_in(r, None)):
        return None
    return next(
        (a for a in (c.actor1, c.actor2, *clause_actors(c)) if a is not None and a.kind == CIVILIANS), None
    )


BETWEEN_REACH = 6  # tokens from a violence word to the "between" word that opens its two sides ("violences ont éclaté samedi à X entre")


def people_against_forces_between(c: Candidate) -> tuple[ActorMention, ActorMention] | None:
    """VIOLENCE_BETWEEN: "des violences ont éclaté entre des jeunes et les forces de l'ordre",
    "violence between youths and police": a violence word whose two sides a "between" word of the
    pack (`numbers.range_openers`, not one that also leads names: "de") opens after it, unarmed people
    and the state's forces, is a fight of the two (the people riot): (the people, the forces), else None."""
    r, t = c.reading, c.trigger
    leading = {m.first for m in r.hits("place_words.leading")}
    opener = next((m for m in r.hits("numbers.range_openers") if 0 <= m.first - t.last <= BETWEEN_REACH
                   and m.first not in leading and r.same_clause(t.first, m.first)), None)  # fmt: skip
    people = unarmed_people_against_force(c)
    if opener is None or people is None or not opener.last <= people.first:
        return None
    hi = r.clause_end(opener.first)
    country = next((a.country for a in (c.actor1, c.actor2) if a is not None and a.country), None)
    force = next(
        (a for a in actors_in(r, country) if a.kind == STATE_FORCES and opener.last <= a.first < hi), None
    )
    if force is None or people.first >= hi:
        return None
    return people, force


def uncounted_doer(c: Candidate) -> ActorMention | None:
    """The first actor named before the act's word in its clause that no figure counts: its doer
    ("angry residents killed two robbers"), not its victims ("twelve people died")."""
    r, t = c.reading, c.trigger
    lo = max(c.span[0], r.clause_start(t.first))
    counts = [n for n in numbers_in(r) if n.count]
    counts_m = r.hits("numbers.vague")
    for a in actors_in(r, None):
        if not lo <= a.first < t.first:
            continue
        if any(0 <= a.first - n.last <= COUNTED_REACH for n in counts) or any(
            0 <= a.first - m.last <= COUNTED_REACH for m in counts_m
        ):
            continue
        if any(n.first == a.last and n.last <= t.first for n in counts):
            continue  # the number after its noun ("watu wawili walipigwa risasi": two people were shot)
        return a
    return None


def mob_of_civilians(c: Candidate) -> ActorMention | None:
    """ "Angry residents beat a suspected thief to death": an attack done by people who are no armed
    group (residents, villagers, youths), in a sentence that names no armed doer: ACLED's mob
    violence (rioters attacking people in the absence of a demonstration)."""
    if only_outcome(c.reading, c.trigger):
        return None  # "residents buried 43 people": a death word tells no one's act
    near = uncounted_doer(c)
    doer = near or _far_subject(c)
    if doer is None or doer.kind not in (CIVILIANS, RIOTERS) or lone_doer(c, doer):
        return None
    if near is not None and c.trigger.first - doer.last > SUBJECT_GAP and doer != _far_subject(c):
        return None  # the doer is the subject right before the act ("villagers beat", "habitants ont lynché")
    hit = c.actor2.first if c.actor2 is not None else -1
    if any(a.armed and a.first != hit for a in actors_in(c.reading, None)):
        return None
    return doer


def lone_doer(c: Candidate, doer: ActorMention) -> bool:
    """LONE_DOER: "a man stabbed passers-by", "un homme a poignarde des passants": the
    doer named by a noun for one person in a singular form (the pack's `one_victim` forms) is one
    assailant, no mob; ACLED's mob violence needs a crowd."""
    end = max(doer.last, doer.first + 1)
    return any(doer.first <= m.first < end for m in c.reading.hits("one_victim"))


FAR_SUBJECT_REACH = 20  # tokens from a sentence's opening subject to its act (asides between)


def _far_subject(c: Candidate) -> ActorMention | None:
    """MOB_SUBJECT: "Residents of a village near X, angered by a spate of thefts, on Tuesday caught a
    suspected thief and beat him to death": the people who open the sentence are the subject of an
    act told further on, in a later clause, when the act's clause names no one before it and nothing
    between them is another actor, a report or another violent act (an arrest word may be: the mob
    seized its victim first)."""
    r, t = c.reading, c.trigger
    actors = actors_in(r, None)
    if not actors or actors[0].first != 0 or r.clause_start(t.first) <= actors[0].first:
        return None
    doer = actors[0]
    if t.first - doer.last > FAR_SUBJECT_REACH or any(doer.last <= a.first < t.first for a in actors[1:]):
        return None
    others = r.hits("reporting_verbs", "generic_violence", "outcomes", "triggers")
    if any(
        doer.last <= m.first < t.first and not m.label.startswith("triggers.Strategic developments.Arrests")
        for m in others
    ):
        return None
    return doer


def state_force_meets_crowd(c: Candidate) -> bool:
    """An attack word in a sentence about a crowd whose only armed side is the state's forces, named
    as the side hit (which would make it a clash)."""
    if c.actor2 is None or c.actor2.kind != STATE_FORCES or not c.reading.hits(*CROWD_CLASSES):
        return False
    if any(non_state_armed(a) for a in actors_in(c.reading, None)):
        return False
    return c.actor1 is None or c.actor1.kind == STATE_FORCES


CROWD_SUBJECT_REACH = 4  # tokens from a crowd noun (counted: "hundreds of protesters") to the act it did


def crowd_did_the_violence(c: Candidate) -> bool:
    """A violence word ("stormed", "attacked") whose subject is the crowd: a protesters' or rioters'
    noun right before it in its clause, no deaths, and no state force nor armed group in the
    sentence ("Hundreds of protesters stormed the parliament building", "اقتحم مئات المحتجين")."""
    if (
        c.event_type not in (tx.BATTLES, tx.VIOLENCE_AGAINST_CIVILIANS, tx.PLACEHOLDER_VIOLENCE)
        or c.fatalities
    ):
        return False
    r, t = c.reading, c.trigger
    if r.hits("actors.police", "actors.state_forces") or any(
        a.armed for a in clause_actors(c) if a.kind != RIOTERS
    ):
        return False
    cs = r.clause_start(t.first)
    crowd = r.hits("actors.protesters", "actors.rioters")
    before = any(cs <= m.first and 0 <= t.first - m.last <= CROWD_SUBJECT_REACH for m in crowd)
    # a verb-first clause: the crowd right after its act ("اقتحم مئات المحتجين")
    after = t.first == cs and any(0 <= m.first - t.last <= CROWD_SUBJECT_REACH for m in crowd)
    return before or after
