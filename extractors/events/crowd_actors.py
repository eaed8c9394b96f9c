"""The actors and sub-type of a protest or riot mention, for `mention_fields.to_mention` (ACLED):
the crowd is actor1, the force that intervened actor2 (`_crowd_actors`; a mob's or a riot's actor2 is
the people it attacked); lethal force on a protest is excessive force (`_force_killed_the_crowd`,
`_crowd_dead_where_force_met_it`),
force with no one hurt (`_hurt_told`) is an intervention; a protest with several parts takes its
gravest (`_protest_gravity`, PROTEST_GRAVITY); a force that only reports is no side (`_speaks`, also
read by `mention_fields._group_of_the_hit`).
"""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import CIVILIANS, PROTESTERS, RIOTERS, STATE_FORCES, ActorMention
from extractors.events.actors import actors_in
from extractors.events.candidates import Candidate
from extractors.events.crowd_clashes import (
    crowd_dead_in_its_clause,
    deaths_in_the_crackdown,
    mob_victims_not_the_force,
)
from extractors.events.fatalities import figures_in
from extractors.events.same_event import MOB_VIOLENCE, PROTEST_GRAVITY, ArticleContext


def _force_killed_the_crowd(c: Candidate) -> bool:
    """A clause of the protest that gives deaths caused by the state's forces, or of protesters, or
    deaths beside its own word of force on the crowd (DEATHS_IN_THE_CRACKDOWN, crowd_clashes.py)."""
    return bool(c.fatalities) and (
        (c.actor1 is not None and c.actor1.kind == STATE_FORCES)
        or (c.actor2 is not None and c.actor2.kind == PROTESTERS)
        or c.sub_event_type == tx.EXCESSIVE_FORCE
        or deaths_in_the_crackdown(c)
        or crowd_dead_in_its_clause(c)  # CROWD_DEAD_IN_ITS_CLAUSE
    )


def _crowd_dead_where_force_met_it(with_figures: list[Candidate], members: list[Candidate]) -> bool:
    """ "Two protesters died in Quito when police fired on a march": protesters counted dead in a
    sentence where the state's forces met the crowd (a part of the protest with intervention, the
    force one of its sides) died of that force: lethal force on a protest (ACLED: excessive force)."""
    met = {
        m.sentence.index
        for m in members
        if m.event_type == tx.PROTESTS
        and m.sub_event_type != tx.PEACEFUL
        and any(a is not None and a.kind == STATE_FORCES for a in (m.actor1, m.actor2))
    }
    return any(
        c.sentence.index in met and any(a is not None and a.kind == PROTESTERS for a in (c.actor1, c.actor2))
        for c in with_figures
    )


def _hurt_told(c: Candidate) -> bool:
    """Does the candidate's clause tell of people killed or wounded?"""
    return bool(c.reading.within("outcomes.wounded", *c.span) or c.reading.within("outcomes.killed", *c.span))


def _protest_gravity(sub_event_type: str) -> int:
    return PROTEST_GRAVITY.index(sub_event_type) if sub_event_type in PROTEST_GRAVITY else 0


def _crowd_actors(anchor: Candidate, sub_event_type: str, members: list[Candidate], ctx: ArticleContext
                  ) -> tuple[ActorMention | None, ActorMention | None]:  # fmt: skip
    """ACLED codes the crowd as actor1 of protests and riots; the force that intervened as actor2."""
    crowd_kind = PROTESTERS if anchor.event_type == tx.PROTESTS else "rioters"
    everyone = [a for c in members for a in actors_in(c.reading, ctx.hint)]
    country = ctx.hint or ""
    crowd = next((a for a in everyone if a.kind == crowd_kind), None)
    if crowd is None or not crowd.country:
        name = "Protesters" if crowd_kind == PROTESTERS else "Rioters"
        crowd = ActorMention(
            f"{name} ({country})" if country else name, crowd_kind, country, -1, -1, "generic"
        )
    force = None
    if sub_event_type != tx.PEACEFUL or anchor.event_type == tx.RIOTS:
        # the force that made the arrests or fired the tear gas, else one the clauses name that is
        # not only the source of the report ("..., police said")
        acted = (c.actor1 for c in members if c.actor1 is not None and c.actor1.kind == STATE_FORCES
                 and (c.intervention or c.sub_event_type != tx.PEACEFUL))  # fmt: skip
        named = (a for c in members for a in actors_in(c.reading, ctx.hint)
                 if a.kind == STATE_FORCES and not _speaks(c.reading, a))  # fmt: skip
        force = next(acted, None) or next(named, None)
    victims = (c.actor2 for c in members if c.actor2 is not None and c.actor2.kind == CIVILIANS)
    if sub_event_type == MOB_VIOLENCE:
        # ACLED: a mob's actor2 is the people it attacked ("mobs attacked Christian homes")
        force = next(victims, None) or force
        if mob_victims_not_the_force(members, force):
            # MOB_VICTIMS_NOT_THE_FORCE (crowd_clashes.py): "beat a suspected thief to death before
            # police arrived": the mob killed civilians, not the force that came later
            force = ActorMention(f"Civilians ({country})" if country else "Civilians", CIVILIANS, country, -1, -1,
                                 "generic")  # fmt: skip
    elif force is None and anchor.event_type == tx.RIOTS:
        # so is that of a riot no force intervened in: the people the crowd hit ("rioters beat two
        # passers-by", "residents were beaten as the riot spread"); people killed as the riots went
        # on, by no one named, are no side of it (nor of its other towns)
        attacked = (
            c.actor2
            for c in members
            if c.actor2 is not None
            and c.actor2.kind == CIVILIANS
            and (
                (c.actor1 is not None and c.actor1.kind in (PROTESTERS, RIOTERS))
                or (c.actor1 is None and not figures_in(c.reading))
            )
        )
        force = next(attacked, None)
    return crowd, force


def _speaks(r, a: ActorMention) -> bool:
    """ "..., police said", "according to the police": the force that reports, not one that acted."""
    return any(
        (0 <= m.first - a.last <= 1 or 0 <= a.first - m.last <= 1)
        and r.same_clause(min(m.first, a.first), max(m.first, a.first))
        for m in r.hits("reporting_verbs")
    )
