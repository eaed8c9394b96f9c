"""Steps of `type_resolution.resolve_type` for a clash or violence of unstated type, by its sides:
an armed clash without two armed sides is a riot or an attack on civilians
(`_clash_without_two_armed_sides`, CIVILIANS_NO_SIDE `_civilians_no_side`); violence around a crowd
is the crowd's event or a riot (`_violence_of_a_crowd`); else violence is typed by whom it hit
(`_violence_by_whom_it_hit`, `_civilians_hit`)."""

from __future__ import annotations

from dataclasses import replace

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import CIVILIANS, PROTESTERS, RIOTERS, STATE_FORCES
from extractors.events.candidates import Candidate, clause_actors
from extractors.events.crowd_clashes import mob_by_agent
from extractors.events.crowd_force import crowd_under_fire, mob_opens_the_clause
from extractors.events.crowd_sides import (
    MOB_VIOLENCE,
    crowd_did_the_violence,
    mob_of_civilians,
    people_against_forces_between,
    state_force_meets_crowd,
    unarmed_people_against_force,
    unarmed_sides_rioting,
    uncounted_doer,
)
from extractors.events.fallen_forces import fallen_of_the_state
from extractors.events.forces_under_fire import force_under_fire
from extractors.events.numbers import numbers_in
from extractors.events.toll_updates import toll_update_of_an_act
from extractors.events.type_clues import (
    _bare_death,
    _dead_of_an_attack,
    _deadly_raid_by_armed_group,
    _forces_post_hit,
    _settlement_hit,
    counted_wounded,
)
from extractors.events.type_steps import GO_ON, ReportTold, Step


def _civilians_no_side(c: Candidate) -> bool:
    """CIVILIANS_NO_SIDE: a clash candidate whose hit side is civilians counted by its death figure,
    killed by its armed doer ("gunmen killed four aid workers in an ambush"), whose clause names no
    other armed side."""
    if c.actor2 is None or c.actor2.kind != CIVILIANS or not c.fatalities:
        return False
    if c.actor1 is None or not c.actor1.armed:
        return False  # "youths clashed with farmers": two unarmed sides (a riot's rules read it)
    doer = None if c.actor1 is None else c.actor1.first
    if any(a.armed and a.first != doer for a in clause_actors(c)):
        return False
    # the dead are the civilians, counted by the figure right before them, the object of a killing
    # word the armed doer is the subject of ("gunmen killed four aid workers"); not a clash's toll
    # of people who died ("iki silahlı grup arasında çıkan çatışmada beş kişi öldü")
    counts = [n for n in numbers_in(c.reading)
              if n.count and n.value == c.fatalities and 0 <= c.actor2.first - n.last <= 2]  # fmt: skip
    return any(
        c.actor1.last <= m.first and m.last <= n.first
        for n in counts
        for m in c.reading.hits("outcomes.killed", "outcomes.wounded")
    )


def _clash_without_two_armed_sides(c: Candidate, report: ReportTold) -> Step:
    """Battles need two armed, organised sides (ACLED): an armed clash of unarmed people with the
    state's forces, or of unarmed sides with a riot's acts, is a violent demonstration (Riots); one
    whose only side hit is civilians killed by an armed doer is an attack on them (CIVILIANS_NO_SIDE)."""
    if c.event_type != tx.BATTLES or c.sub_event_type != tx.ARMED_CLASH:
        return GO_ON
    if (people := unarmed_people_against_force(c)) is not None:
        # "des heurts ont opposé des jeunes aux forces de l'ordre", "residents clashed with police": a
        # fight of unarmed people with the state's forces is no battle (two armed, organised sides);
        # ACLED codes it as a violent demonstration, the people as rioters
        force = next((a for a in (c.actor1, c.actor2) if a is not None and a.kind == STATE_FORCES), None)
        return replace(c, event_type=tx.RIOTS, sub_event_type="Violent demonstration",
                       actor1=replace(people, kind=RIOTERS), actor2=force, crowd=True,
                       strength=max(c.strength, 2))  # fmt: skip
    if unarmed_sides_rioting(c):
        # "supporters of the two parties clashed, throwing stones at each other": a fight of unarmed
        # people with a riot's acts is a riot (ACLED: violent demonstration), not a battle
        return replace(
            c, event_type=tx.RIOTS, sub_event_type="Violent demonstration", strength=max(c.strength, 2)
        )
    if _civilians_no_side(c):
        # CIVILIANS_NO_SIDE: "gunmen killed four aid workers in an ambush on their convoy": a fight
        # word whose only side hit is civilians tells no battle (ACLED: two armed, organised sides);
        # the armed men attacked them
        return replace(c, event_type=tx.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=tx.ATTACK)
    return GO_ON


def _violence_of_a_crowd(c: Candidate, report: ReportTold) -> Step:
    """Violence of unstated type around a crowd: the police meeting a crowd is the crowd event's part
    (weak, no clash); a mob of civilians is mob violence; a crowd's own violence ("stormed the
    parliament") is a violent demonstration (Riots)."""
    if c.event_type != tx.PLACEHOLDER_VIOLENCE:
        return GO_ON
    if state_force_meets_crowd(c):
        # "unrest erupted when riot police moved in on the marching workers": Battles need two
        # armed, organised sides; the police facing a crowd is the crowd event's part, not a clash
        return replace(c, strength=1)
    if mob := mob_of_civilians(c) or mob_opens_the_clause(c):
        rioters = replace(mob, kind=RIOTERS)
        return replace(c, event_type=tx.RIOTS, sub_event_type=MOB_VIOLENCE, actor1=rioters,
                       strength=max(c.strength, 2))  # fmt: skip
    if mob := mob_by_agent(c):
        # MOB_BY_AGENT (crowd_clashes.py): "brûlé vif par des habitants en colère": the people the agent
        # word names are the mob; the side hit is the victims, not those people
        hit = c.actor2 if c.actor2 is not None and c.actor2.first != mob.first else None
        return replace(c, event_type=tx.RIOTS, sub_event_type=MOB_VIOLENCE, actor1=replace(mob, kind=RIOTERS),
                       actor2=hit, strength=max(c.strength, 2))  # fmt: skip
    if crowd_did_the_violence(c):
        # "hundreds of protesters stormed the parliament building": the crowd's own violence is a riot
        # (ACLED: demonstrators engaging in violent or destructive acts), not force used on it
        crowd = next(
            (a for a in (c.actor1, c.actor2) if a is not None and a.kind in (PROTESTERS, RIOTERS)), None
        )
        return replace(c, event_type=tx.RIOTS, sub_event_type="Violent demonstration", crowd=True,
                       actor1=replace(crowd, kind=RIOTERS) if crowd is not None else None, actor2=None,
                       strength=max(c.strength, 2))  # fmt: skip
    return GO_ON


def _violence_by_whom_it_hit(c: Candidate, report: ReportTold) -> Step:
    """Violence of unstated type, typed by its victim: protesters hit is a protest's intervention or
    excessive force; civilians hit, an attack (Violence against civilians, `_civilians_hit`); unarmed
    people fighting the forces riot; armed men or the forces' post hit, an armed clash (Battles); no
    side hit but a deadly raid or a struck village, an attack on civilians; else a weak placeholder."""
    if c.event_type != tx.PLACEHOLDER_VIOLENCE:
        return GO_ON
    if (crowd := crowd_under_fire(c)) is not None:
        c = replace(c, actor2=crowd)  # CROWD_UNDER_FIRE: the dead counted as people were the crowd's
    elif (force := force_under_fire(c)) is not None:
        # FORCE_UNDER_FIRE: "an army patrol came under fire": the force is the side hit, not the doer
        c = replace(c, actor1=None if c.actor1 is force else c.actor1, actor2=force)
    victim = c.actor2
    if victim is not None and victim.kind == PROTESTERS:
        # ACLED: force on protesters is excessive when it kills; else it is the protest's intervention
        sub = tx.EXCESSIVE_FORCE if c.fatalities else tx.INTERVENTION
        return replace(c, event_type=tx.PROTESTS, sub_event_type=sub)
    if victim is not None and victim.kind == CIVILIANS:
        return _civilians_hit(c, report)
    if victim is None and fallen_of_the_state(c):
        # FALLEN_OF_THE_STATE: "saldırıda şehit sayısı 4'e yükseldi": the dead told as the state's
        # fallen were its forces; an armed group's attack on them is an armed clash (ACLED)
        return replace(c, event_type=tx.BATTLES, sub_event_type=tx.ARMED_CLASH, strength=max(c.strength, 2))
    if (
        victim is not None
        and victim.kind == STATE_FORCES
        and (doer := uncounted_doer(c)) is not None
        and doer.kind == CIVILIANS
        and unarmed_people_against_force(c) is not None
    ):
        # "Jugendliche lieferten sich Auseinandersetzungen mit der Polizei": unarmed people who
        # fight the state's forces riot (ACLED: violent demonstration), they are no armed side
        return replace(c, event_type=tx.RIOTS, sub_event_type="Violent demonstration",
                       actor1=replace(doer, kind=RIOTERS), crowd=True,
                       strength=max(c.strength, 2))  # fmt: skip
    if victim is not None and victim.armed:
        # an attack on soldiers, police or fighters is a fight: ACLED codes it as an armed clash
        return replace(c, event_type=tx.BATTLES, sub_event_type=tx.ARMED_CLASH, strength=max(c.strength, 2))
    if _forces_post_hit(c):
        # "attacked a military base", "stormed a police station": an attack on the forces' post is
        # a fight (ACLED: armed clash)
        return replace(c, event_type=tx.BATTLES, sub_event_type=tx.ARMED_CLASH, strength=max(c.strength, 2))
    if victim is None and c.fatalities and not report.fight_told and _deadly_raid_by_armed_group(c):
        # "gunmen attacked the village of X, killing 15": ACLED codes a non-state group's deadly
        # attack with no armed side named as an attack on civilians
        return replace(c, event_type=tx.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=tx.ATTACK,
                       strength=max(c.strength, 2))  # fmt: skip
    if (
        victim is None
        and c.fatalities
        and not report.fight_told
        and not report.explosion_sub
        and _settlement_hit(c)
    ):
        # "l'attaque contre un village a fait sept morts": no side named, the dead of the
        # village an attack struck are its people (a generic word still: it joins the report's
        # event of another kind when one fits it)
        return replace(c, event_type=tx.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=tx.ATTACK)
    if (
        victim is None
        and (c.fatalities or counted_wounded(c))
        and not report.fight_told
        and not report.explosion_sub
        and _dead_of_an_attack(c)
    ):
        # DEAD_OF_AN_ATTACK: "un ataque armado en un bar dejó seis muertos": no side named, the dead
        # an attack word counts by a bare death noun are the people it struck (a generic word still)
        return replace(c, event_type=tx.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=tx.ATTACK)
    if victim is None and not report.fight_told and toll_update_of_an_act(c):
        # TOLL_UPDATE_OF_AN_ACT: "the death toll from Monday's attack on a market rose to nine": the
        # act is reported with its updated toll, its doer unidentified (ACLED: an attack)
        return replace(c, event_type=tx.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=tx.ATTACK,
                       strength=max(c.strength, 2))  # fmt: skip
    # who was hit is unknown: the candidate can still support another event's toll and place
    return replace(c, event_type=tx.PLACEHOLDER_VIOLENCE, strength=1)


def _civilians_hit(c: Candidate, report: ReportTold) -> Candidate:
    """Violence of unstated type that hit civilians: a riot of unarmed people against the forces a
    "between" word sets (VIOLENCE_BETWEEN); bare deaths in a report that tells no violence, or tells a
    fight, are no attack of their own (weak); else an attack (Violence against civilians)."""
    if sides := people_against_forces_between(c):
        # "violence broke out between youths and the police": the unarmed side riots against the forces
        return replace(c, event_type=tx.RIOTS, sub_event_type="Violent demonstration",
                       actor1=replace(sides[0], kind=RIOTERS), actor2=sides[1], crowd=True,
                       strength=max(c.strength, 2))  # fmt: skip
    if not report.violence_told and _bare_death(c):
        # "twelve people died in Gao on Monday", in a report that names no act, weapon or
        # armed side anywhere: deaths alone are no attack on civilians (ACLED's violence
        # against civilians is an armed actor's)
        return replace(c, strength=1)
    if report.fight_told and _bare_death(c) and not report.explosion_sub:
        # "Fighting went on in Nyala all day ... 25 people died, most of them civilians":
        # deaths with no act, doer or weapon of their own in a report of a fight are its toll
        return replace(c, strength=1)
    return replace(c, event_type=tx.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=tx.ATTACK)
