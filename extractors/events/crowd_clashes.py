"""Round 18 crowd rules (issue 13, Protests and Riots in every language), read by `type_resolution`
and `crowd_actors`:

- CROWD_AGAINST_FORCES_BETWEEN (`crowd_against_forces_between`): a violence word whose two sides a
  "between" word of the pack opens after it, a crowd (protesters, rioters) and the state's forces, in
  a sentence with no armed group and no bomb or shell, is the crowd's fight: a violent demonstration
  (ACLED: demonstrators engaging in violence with the police), not force used on a peaceful crowd
  ("violence broke out between protesters and police", "مواجهات بين المتظاهرين والشرطة", "bentrokan
  antara demonstran dan polisi"); VIOLENCE_BETWEEN (`crowd_sides.people_against_forces_between`)
  reads the same shape for unarmed people who are no crowd by name (youths, residents); its reading
  parts, and FIGHT_OVER_ITS_PROTEST for the clause choice, are `crowd_between.py`;
- DEATHS_IN_THE_CRACKDOWN (`deaths_in_the_crackdown`): deaths a clause tells beside a word of force
  on a crowd (a repression, a dispersal) as its own trigger, no armed group and no state force among
  the dead, died of that force: lethal force on a protest (ACLED: excessive force against
  protesters), "three people died during the repression of a march", "trois personnes ont été tuées
  lors de la répression d'une marche";
- CROWD_DEAD_IN_ITS_CLAUSE (`crowd_dead_in_its_clause`): a protest's part whose clause counts dead
  protesters (a protesters' noun right after the figure) and names the state's forces after its
  protest word (the force that met the crowd, not the report's source), no grievance word
  of the crowd before the figure ("marched to denounce the killing of two demonstrators"), is lethal
  force on that protest: "thousands marched in Kano, where police shot dead two demonstrators" (excessive force
  against protesters, ACLED), as "police shot dead two demonstrators in Kano" is.
"""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import CIVILIANS, PROTESTERS, RIOTERS, STATE_FORCES, ActorMention
from extractors.events.actors import actors_in
from extractors.events.candidates import Candidate, clause_actors
from extractors.events.causes import in_cause
from extractors.events.clause_words import non_state_armed
from extractors.events.crowd_between import between_opener
from extractors.events.fatalities import figures_in
from extractors.events.modality import unreal_at

COUNTED_REACH = 2  # tokens from a death figure to the protesters' noun it counts ("two demonstrators", "3 young protesters")


def crowd_against_forces_between(c: Candidate) -> tuple[ActorMention, ActorMention] | None:
    """CROWD_AGAINST_FORCES_BETWEEN: (the crowd, the forces) a "between" word after the violence word
    sets against each other in its clause, in either order, else None."""
    r, t = c.reading, c.trigger
    if r.hits("triggers.Explosions/Remote violence") or any(non_state_armed(a) for a in actors_in(r, None)):
        return None
    opener = between_opener(r, t)
    if opener is None:
        return None
    hi = r.clause_end(opener.first)
    sides = [a for a in actors_in(r, _country_of(c)) if opener.last <= a.first < hi]
    crowd = next((a for a in sides if a.kind in (PROTESTERS, RIOTERS)), None)
    force = next((a for a in sides if a.kind == STATE_FORCES), None)
    if crowd is None or force is None:
        return None
    return crowd, force


def deaths_in_the_crackdown(c: Candidate) -> bool:
    """DEATHS_IN_THE_CRACKDOWN: a protest's part read from a word of force on a crowd (the pack's
    intervention words: a repression, a dispersal, tear gas) whose clause counts dead, with no armed
    group in it and no state force as the side hit (whose dead a crowd's violence would have made)."""
    if not c.fatalities or c.event_type != tx.PROTESTS:
        return False
    if c.trigger.trigger.sub_event_type not in (tx.INTERVENTION, tx.EXCESSIVE_FORCE):
        return False
    if c.actor2 is not None and c.actor2.kind == STATE_FORCES:
        return False
    return not any(non_state_armed(a) for a in clause_actors(c))


def crowd_dead_in_its_clause(c: Candidate) -> bool:
    """CROWD_DEAD_IN_ITS_CLAUSE: a protest's part with dead whose clause names the state's forces
    after its protest word (not as the report's source) and counts protesters among its death figures,
    with no armed group in the clause."""
    if not c.fatalities or c.event_type != tx.PROTESTS:
        return False
    r = c.reading
    lo, hi = c.span
    speakers = [m for m in r.hits("reporting_verbs") if lo <= m.first < hi]
    forces = [
        a
        for a in actors_in(r, _country_of(c))
        if lo <= a.first < hi
        and a.kind == STATE_FORCES
        and a.first >= c.trigger.last
        and not any(abs(m.first - a.last) <= 1 or abs(a.first - m.last) <= 1 for m in speakers)
    ]
    if not forces:
        return False  # the force that met the crowd, told after its protest word, not one that only reports
    crowd = [m.first for m in r.hits("actors.protesters") if lo <= m.first < hi]
    protest_words = {m.first for m in r.hits("triggers.Protests")}
    grievances = [m.first for m in r.hits("grievance_words") if m.first not in protest_words]
    figures = [
        f
        for f in figures_in(r)
        if lo <= f.first < hi
        and not f.superseded
        and not in_cause(r, f.first)
        # "marched to denounce the killing of two demonstrators": what the crowd is against
        and not any(lo <= g < f.first for g in grievances)
    ]
    if not any(0 <= m - f.last <= COUNTED_REACH for f in figures for m in crowd):
        return False
    return not any(non_state_armed(a) for a in clause_actors(c))


def _country_of(c: Candidate) -> str | None:
    """The country the candidate's sides or place name (a bare "police" is that country's force)."""
    named = next((a.country for a in (c.actor1, c.actor2) if a is not None and a.country), None)
    return named or getattr(c.place, "country", None) or None


def looted_at_the_protest(c: Candidate) -> bool:
    """LOOTED_AT_THE_PROTEST: a protest or riot word, real and no cause, in the clause of the looting
    or burning word (the caller has found no doer and no armed group)."""
    r, t = c.reading, c.trigger
    lo, hi = r.clause_start(t.first), r.clause_end(t.first)
    return any(
        lo <= m.first < hi
        and m.first != t.first
        and not unreal_at(r, m.first, m.last)
        and not in_cause(r, m.first)
        for m in r.hits("triggers.Protests", "triggers.Riots")
    )


MOB_OBJECT_REACH = (
    4  # tokens from a mob's act word to the people it hit ("set fire to the homes of two families")
)


def mob_victims_not_the_force(members: list[Candidate], force: ActorMention | None) -> bool:
    """MOB_VICTIMS_NOT_THE_FORCE: the state force a deadly mob event names is no object of its act
    words (within MOB_OBJECT_REACH after them) and no noun its death figures count."""
    if force is None or force.kind != STATE_FORCES or not any(c.fatalities for c in members):
        return False
    for c in members:
        r, t = c.reading, c.trigger
        forces = [m.first for m in r.hits("actors.police", "actors.state_forces")]
        if c.event_type == tx.RIOTS and any(0 <= f - t.last <= MOB_OBJECT_REACH for f in forces):
            return False  # "lynched a policeman": the force is what the mob hit
        if any(0 <= f - d.last <= COUNTED_REACH for d in figures_in(r) for f in forces):
            return False  # "two policemen were killed"
    return True


AGENT_REACH = 3  # tokens from the act word to its agent word ("brûlé vif dimanche par")
AGENT_NOUN_REACH = 1  # tokens from the agent word to the people it names (an article: "par des habitants")


def mob_by_agent(c: Candidate) -> ActorMention | None:
    """MOB_BY_AGENT: the civilians or rioters an agent word right after the act names, when no armed
    actor is in the sentence and no one person alone did it (`crowd_sides.lone_doer`), else None."""
    from extractors.events.crowd_sides import lone_doer

    r, t = c.reading, c.trigger
    people = actors_in(r, _country_of(c))
    if any(a.armed for a in people):
        return None
    for m in r.hits("agent_markers"):
        if not (0 <= m.first - t.last <= AGENT_REACH and r.same_clause(t.first, m.first)):
            continue
        doer = next((a for a in people if 0 <= a.first - m.last <= AGENT_NOUN_REACH), None)
        if doer is not None and doer.kind in (CIVILIANS, RIOTERS) and not lone_doer(c, doer):
            return doer
    return None
