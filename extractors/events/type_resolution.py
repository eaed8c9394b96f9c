"""A candidate's ACLED type and sub-type from its context (`resolve_type`): an explosion of unstated
kind takes the article's (`article_explosion_sub`); a place changing hands is "Government regains"
when state forces took it; a killing is Violence against civilians when civilians were hit, a clash
when both sides are armed or the forces' post was hit (`forces_post_hit`); a crowd that fights is a
riot; protests need a crowd and are not a government's (`diplomatic_protest`); armed men burning
homes is property destruction, not a riot; people seized by an armed group are abducted.
The clues of one candidate it reads (`_forces_post_hit`, `_diplomatic_protest`, `_ambush` ...) are
`type_clues.py`; the questions and filters over a whole report's candidates (`article_explosion_sub`,
`tells_violence`, `without_an_armed_side`, `ordinary_crime_arrests` ...) are `report_checks.py`,
named here as before."""

from __future__ import annotations

from dataclasses import replace

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import CIVILIANS, PROTESTERS, RIOTERS, STATE_FORCES
from extractors.events.candidates import Candidate, clause_actors, placed_in_clause
from extractors.events.clause_words import crowd_word, non_state_armed
from extractors.events.crowd_force import (
    activists,
    crowd_under_fire,
    force_subject_of_protest,
    mob_opens_the_clause,
    recoded_crowd_event,
)
from extractors.events.crowd_interventions import WEAK_FORCE
from extractors.events.crowd_sides import (
    MOB_VIOLENCE,
    armed_men_not_a_crowd,
    crowd_arrested_at_protest,
    crowd_did_the_violence,
    mob_of_civilians,
    people_against_forces_between,
    state_force_meets_crowd,
    unarmed_people_against_force,
    unarmed_sides_rioting,
    uncounted_doer,
)
from extractors.events.modality import non_conflict_in, unreal_at
from extractors.events.numbers import numbers_in
from extractors.events.real_triggers import dispersed_by_itself
from extractors.events.roles import opposed
from extractors.events.trigger_choice import EXPLOSION_PRIORITY
from extractors.events.type_clues import (
    _ambush,
    _bare_death,
    _counted,
    _deadly_raid_by_armed_group,
    _diplomatic_protest,
    _force_in_trigger_clause,
    _forces_post_hit,
    _foreign_taker,
    _one_armed_side,
    _seized_by_armed_group,
    _settlement_hit,
)


def _weapon_of_the_strike(c: Candidate) -> str | None:
    """WEAPON_OF_THE_STRIKE: a strike of unstated kind whose own sentence names the weapon ("удару
    російської ракети по центру": a strike of a Russian missile on the centre) is of that weapon's
    kind, before the article's other explosions and before the state's air force."""
    named = {m.label.rsplit(".", 1)[1] for m in c.reading.hits(f"triggers.{tx.EXPLOSIONS}")}
    return next((sub for sub in EXPLOSION_PRIORITY if sub in named), None)


def _burning_that_killed(c: Candidate) -> Candidate:
    """BURNING_THAT_KILLED: homes burned in a raid whose clause tells of people killed ("gunmen killed
    four farmers and set fire to 30 homes"): the killing is the event, the burning its part (an
    attack placeholder, typed by the report), not a row of property destruction that drops the dead.
    Also when the burning was first read as a riot's and the armed men make it property destruction."""
    if (
        c.sub_event_type == tx.LOOTING
        and c.fatalities
        and c.reading.hits("generic_violence", "outcomes.killed")
    ):
        return replace(c, event_type=tx.PLACEHOLDER_VIOLENCE, sub_event_type=tx.ATTACK)
    return c


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


def resolve_type(c: Candidate, explosion_sub: str | None, violence_told: bool = True,
                 fight_told: bool = True, armed_told: bool = True) -> Candidate | None:  # fmt: skip
    out = _resolve_type(c, explosion_sub, violence_told, fight_told, armed_told)
    return recoded_crowd_event(out) if out is not None else None


def _resolve_type(c: Candidate, explosion_sub: str | None, violence_told: bool = True,
                  fight_told: bool = True, armed_told: bool = True) -> Candidate | None:  # fmt: skip
    c = _burning_that_killed(c)
    if _one_armed_side(c):
        # ONE_ARMED_SIDE: "gunmen ambushed a passenger bus, killing four": civilians hit, no armed foe
        return replace(c, event_type=tx.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=tx.ATTACK)
    if _ambush(c):
        return replace(c, event_type=tx.BATTLES, sub_event_type=tx.ARMED_CLASH)
    if c.sub_event_type == tx.PLACEHOLDER_EXPLOSION:
        air = c.reading.hits("triggers.Explosions/Remote violence.Air/drone strike")
        # "Israeli strikes killed 25": a state's forces strike from the air; a blast of no one's is a bomb
        by_state = c.actor1 is not None and c.actor1.kind == STATE_FORCES
        sub = _weapon_of_the_strike(c) or explosion_sub or (tx.AIR_STRIKE if air or by_state else tx.IED)
        return replace(c, sub_event_type=sub)
    if c.sub_event_type == tx.PLACEHOLDER_TERRITORY:
        if c.actor1 is None and c.actor2 is None:
            return None
        if c.actor1 is None and c.actor2 is not None and c.actor2.first == c.trigger.last:
            # right after the place-change verb, before the place, is its subject (verb-first order)
            c = replace(c, actor1=c.actor2, actor2=None)
        took_by_state = (c.actor1 is not None and c.actor1.kind == STATE_FORCES) or (
            c.actor1 is None and c.actor2 is not None and c.actor2.kind != STATE_FORCES
        )
        if took_by_state and _foreign_taker(c):
            took_by_state = False
        return replace(c, sub_event_type=tx.GOVERNMENT_REGAINS if took_by_state else tx.NON_STATE_OVERTAKES)
    crowd = next((a for a in (c.actor1, c.actor2) if a is not None and a.kind in (PROTESTERS, RIOTERS)), None)
    clause_crowd = next((a for a in clause_actors(c) if a.kind in (PROTESTERS, RIOTERS)), None)
    if (
        crowd is not None and crowd is c.actor1 and c.event_type in (tx.BATTLES, tx.PLACEHOLDER_VIOLENCE)
    ) or (
        clause_crowd is not None
        and (
            c.event_type == tx.BATTLES
            or (c.event_type == tx.PLACEHOLDER_VIOLENCE and clause_crowd.kind == RIOTERS)
        )
    ):
        # a crowd that fights the police or attacks people is rioting: ACLED codes the crowd as actor1
        crowd = crowd or clause_crowd
        force = next((a for a in clause_actors(c) if a.kind == STATE_FORCES), None)
        other = (c.actor2 if crowd is c.actor1 else c.actor1) or force
        sub = "Mob violence" if other is not None and other.kind == CIVILIANS else "Violent demonstration"
        return replace(
            c,
            event_type=tx.RIOTS,
            sub_event_type=sub,
            actor1=crowd,
            actor2=other,
            strength=max(c.strength, 2),
        )
    if (
        c.event_type == tx.BATTLES
        and c.sub_event_type == tx.ARMED_CLASH
        and (people := unarmed_people_against_force(c)) is not None
    ):
        # "des heurts ont opposé des jeunes aux forces de l'ordre", "residents clashed with police": a
        # fight of unarmed people with the state's forces is no battle (two armed, organised sides);
        # ACLED codes it as a violent demonstration, the people as rioters
        force = next((a for a in (c.actor1, c.actor2) if a is not None and a.kind == STATE_FORCES), None)
        return replace(c, event_type=tx.RIOTS, sub_event_type="Violent demonstration",
                       actor1=replace(people, kind=RIOTERS), actor2=force, crowd=True,
                       strength=max(c.strength, 2))  # fmt: skip
    if c.event_type == tx.BATTLES and c.sub_event_type == tx.ARMED_CLASH and unarmed_sides_rioting(c):
        # "supporters of the two parties clashed, throwing stones at each other": a fight of unarmed
        # people with a riot's acts is a riot (ACLED: violent demonstration), not a battle
        return replace(
            c, event_type=tx.RIOTS, sub_event_type="Violent demonstration", strength=max(c.strength, 2)
        )
    if c.event_type == tx.BATTLES and c.sub_event_type == tx.ARMED_CLASH and _civilians_no_side(c):
        # CIVILIANS_NO_SIDE: "gunmen killed four aid workers in an ambush on their convoy": a fight
        # word whose only side hit is civilians tells no battle (ACLED: two armed, organised sides);
        # the armed men attacked them
        return replace(c, event_type=tx.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=tx.ATTACK)
    if c.event_type == tx.PLACEHOLDER_VIOLENCE and state_force_meets_crowd(c):
        # "unrest erupted when riot police moved in on the marching workers": Battles need two
        # armed, organised sides; the police facing a crowd is the crowd event's part, not a clash
        return replace(c, strength=1)
    if c.event_type == tx.PLACEHOLDER_VIOLENCE and (mob := mob_of_civilians(c) or mob_opens_the_clause(c)):
        rioters = replace(mob, kind=RIOTERS)
        return replace(c, event_type=tx.RIOTS, sub_event_type=MOB_VIOLENCE, actor1=rioters,
                       strength=max(c.strength, 2))  # fmt: skip
    if c.event_type == tx.PLACEHOLDER_VIOLENCE and crowd_did_the_violence(c):
        # "hundreds of protesters stormed the parliament building": the crowd's own violence is a riot
        # (ACLED: demonstrators engaging in violent or destructive acts), not force used on it
        crowd = next(
            (a for a in (c.actor1, c.actor2) if a is not None and a.kind in (PROTESTERS, RIOTERS)), None
        )
        return replace(c, event_type=tx.RIOTS, sub_event_type="Violent demonstration", crowd=True,
                       actor1=replace(crowd, kind=RIOTERS) if crowd is not None else None, actor2=None,
                       strength=max(c.strength, 2))  # fmt: skip
    if c.event_type == tx.PLACEHOLDER_VIOLENCE:
        if (crowd := crowd_under_fire(c)) is not None:
            c = replace(c, actor2=crowd)  # CROWD_UNDER_FIRE: the dead counted as people were the crowd's
        victim = c.actor2
        if victim is not None and victim.kind == PROTESTERS:
            # ACLED: force on protesters is excessive when it kills; else it is the protest's intervention
            sub = tx.EXCESSIVE_FORCE if c.fatalities else tx.INTERVENTION
            return replace(c, event_type=tx.PROTESTS, sub_event_type=sub)
        if victim is not None and victim.kind == CIVILIANS and (sides := people_against_forces_between(c)):
            # "violence broke out between youths and the police": the unarmed side riots against the forces
            return replace(c, event_type=tx.RIOTS, sub_event_type="Violent demonstration",
                           actor1=replace(sides[0], kind=RIOTERS), actor2=sides[1], crowd=True,
                           strength=max(c.strength, 2))  # fmt: skip
        if victim is not None and victim.kind == CIVILIANS:
            if not violence_told and _bare_death(c):
                # "twelve people died in Gao on Monday", in a report that names no act, weapon or
                # armed side anywhere: deaths alone are no attack on civilians (ACLED's violence
                # against civilians is an armed actor's)
                return replace(c, strength=1)
            if fight_told and _bare_death(c) and not explosion_sub:
                # "Fighting went on in Nyala all day ... 25 people died, most of them civilians":
                # deaths with no act, doer or weapon of their own in a report of a fight are its toll
                return replace(c, strength=1)
            return replace(c, event_type=tx.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=tx.ATTACK)
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
            return replace(
                c, event_type=tx.BATTLES, sub_event_type=tx.ARMED_CLASH, strength=max(c.strength, 2)
            )
        if _forces_post_hit(c):
            # "attacked a military base", "stormed a police station": an attack on the forces' post is
            # a fight (ACLED: armed clash)
            return replace(
                c, event_type=tx.BATTLES, sub_event_type=tx.ARMED_CLASH, strength=max(c.strength, 2)
            )
        if victim is None and c.fatalities and not fight_told and _deadly_raid_by_armed_group(c):
            # "gunmen attacked the village of X, killing 15": ACLED codes a non-state group's deadly
            # attack with no armed side named as an attack on civilians
            return replace(c, event_type=tx.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=tx.ATTACK,
                           strength=max(c.strength, 2))  # fmt: skip
        if victim is None and c.fatalities and not fight_told and not explosion_sub and _settlement_hit(c):
            # "l'attaque contre un village a fait sept morts": no side named, the dead of the
            # village an attack struck are its people (a generic word still: it joins the report's
            # event of another kind when one fits it)
            return replace(c, event_type=tx.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=tx.ATTACK)
        # who was hit is unknown: the candidate can still support another event's toll and place
        return replace(c, event_type=tx.PLACEHOLDER_VIOLENCE, strength=1)
    if c.event_type == tx.RIOTS and armed_men_not_a_crowd(c):
        # "insurgents killed the farmers ... before torching their farms": the burning is the armed
        # men's, not a crowd's: property destruction (part of their attack when the report has one)
        if _burning_that_killed(replace(c, sub_event_type=tx.LOOTING)).event_type == tx.PLACEHOLDER_VIOLENCE:
            return resolve_type(replace(c, event_type=tx.PLACEHOLDER_VIOLENCE, sub_event_type=tx.ATTACK),
                                explosion_sub, violence_told, fight_told, armed_told)  # fmt: skip
        return replace(c, event_type=tx.STRATEGIC, sub_event_type=tx.LOOTING, strength=1)
    if c.event_type == tx.RIOTS and c.actor1 is not None and c.actor1.kind == STATE_FORCES:
        # "police ... in the riots": the force that met the rioters, not the crowd
        return replace(c, actor1=None, actor2=c.actor1)
    if (
        c.event_type == tx.RIOTS
        and c.sub_event_type == MOB_VIOLENCE
        and c.actor1 is not None
        and c.actor1.armed
    ):
        # "deux présumés bandits ont été lynchés par la population": a mob's word names the crowd's
        # act by itself; the armed men it names are those the mob killed
        return replace(
            c, actor1=None, actor2=c.actor1 if c.actor2 is None or not c.actor2.armed else c.actor2
        )
    if c.event_type == tx.RIOTS and c.actor1 is not None and c.actor1.armed and c.actor1.kind != RIOTERS:
        # "the attackers set fire to homes": armed men burning property is no riot; it is part of
        # their attack when the article reports one, else property destruction of its own
        if _burning_that_killed(replace(c, sub_event_type=tx.LOOTING)).event_type == tx.PLACEHOLDER_VIOLENCE:
            return resolve_type(replace(c, event_type=tx.PLACEHOLDER_VIOLENCE, sub_event_type=tx.ATTACK),
                                explosion_sub, violence_told, fight_told, armed_told)  # fmt: skip
        return replace(c, event_type=tx.STRATEGIC, sub_event_type=tx.LOOTING, strength=1)
    if (
        c.event_type == tx.BATTLES
        and c.sub_event_type == tx.ARMED_CLASH
        and not any(a.armed for a in (c.actor1, c.actor2, *clause_actors(c)) if a is not None)
        and not c.fatalities
        and (c.when is None or non_conflict_in(c.reading) or not armed_told)
    ):
        # "the fighting has displaced 500,000 people": no side, no day, no toll: no clash to code; nor
        # "the team fought back", "the parties clashed over the budget" in a report that names no
        # armed side in any event clause
        return None
    if c.event_type == tx.STRATEGIC and c.sub_event_type == tx.ARRESTS:
        # the authorities arrest: "police said three suspects had been arrested" makes the police actor1
        forces = [a for a in (c.actor1, c.actor2) if a is not None and a.kind == STATE_FORCES]
        swapped = bool(forces) and forces[0] is not c.actor1
        if swapped:
            c = replace(c, actor1=forces[0], actor2=c.actor1)
        protesters = c.actor2 is not None and c.actor2.kind == PROTESTERS
        # (one activist arrested, with no protest told and no crowd, is an arrest: "arrested a prominent activist";
        # nor are activists arrested before a protest the sentence tells only as planned: "who were preparing
        # to march", PLANNED_PROTEST)
        told = c.reading.hits("triggers.Protests")
        planned = bool(told) and all(unreal_at(c.reading, m.first, m.last) for m in told)
        # (activists counted and arrested with no protest told are an arrest: "arrested five activists
        # at their homes"; the pack's `activist_nouns` are members of a movement, not a crowd, ACTIVISTS_NO_CROWD)
        counted_crowd = _counted(c) and not (c.actor2 is not None and activists(c, c.actor2))
        if not planned and ((protesters and (counted_crowd or told)) or crowd_arrested_at_protest(c)):
            # ACLED: protesters arrested at their protest are its suppression, a protest with
            # intervention (the crowd actor1, the force actor2), not an arrest event of their own
            return replace(c, event_type=tx.PROTESTS, sub_event_type=tx.INTERVENTION, actor1=c.actor2,
                           actor2=c.actor1, crowd=True, strength=max(c.strength, 2))  # fmt: skip
        if swapped:
            return c
        if non_state_armed(c.actor1) and opposed(c.reading, c.actor1):
            return replace(c, actor1=None, actor2=c.actor1)  # the operation's target was arrested
        if _seized_by_armed_group(c):
            # ACLED's arrests are detentions by the state; people seized by an armed group are abducted
            return replace(
                c,
                event_type=tx.VIOLENCE_AGAINST_CIVILIANS,
                sub_event_type=tx.ABDUCTION,
                strength=max(c.strength, 2),
            )
    if (
        c.event_type == tx.PROTESTS
        and c.actor1 is not None
        and c.actor1.armed
        and c.actor1.kind not in (PROTESTERS, RIOTERS, STATE_FORCES)
        and c.actor1.first
        < c.trigger.first  # the subject; "pupils abducted by gunmen" after it is the grievance
    ):
        return None  # "the assailants gathered the men of the village": armed men, no protest
    if c.event_type == tx.PROTESTS and not c.crowd and not crowd_word(c.reading, c.trigger):
        # "Ankara protested to Moscow": a diplomatic protest, no crowd, no event; but a protest the
        # police broke up, or one named with its place ("the protest in Harare"), had a crowd
        forced = c.sub_event_type != tx.PEACEFUL and _force_in_trigger_clause(c)
        if _diplomatic_protest(c):
            return None
        if not (forced or (c.sub_event_type == tx.PEACEFUL and placed_in_clause(c))):
            # FORCE_ON_THE_REPORTS_PROTEST (crowd_interventions.py): a force word with no crowd of its own
            # is no event, but it may be the intervention in the protest the report told just before
            return replace(c, strength=WEAK_FORCE) if c.sub_event_type == tx.INTERVENTION else None
    if c.event_type == tx.PROTESTS and c.sub_event_type == tx.PEACEFUL and force_subject_of_protest(c):
        return replace(c, sub_event_type=tx.INTERVENTION)  # FORCE_SUBJECT_OF_THE_PROTEST
    if (
        c.event_type == tx.PROTESTS
        and c.sub_event_type == tx.PEACEFUL
        and any(
            not dispersed_by_itself(c.reading, m.first, m.last)
            for m in c.reading.hits("triggers.Protests.Protest with intervention")
        )
    ):
        return replace(c, sub_event_type=tx.INTERVENTION)
    return c
