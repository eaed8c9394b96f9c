"""A candidate's ACLED type and sub-type from its context (`resolve_type`): an explosion of unstated
kind takes the article's (`article_explosion_sub`); a place changing hands is "Government regains"
when state forces took it; a killing is Violence against civilians when civilians were hit, a clash
when both sides are armed or the forces' post was hit (`forces_post_hit`); a crowd that fights is a
riot; protests need a crowd and are not a government's (`diplomatic_protest`); armed men burning
homes is property destruction, not a riot; people seized by an armed group are abducted.
The clues of one candidate it reads (`_forces_post_hit`, `_diplomatic_protest`, `_ambush` ...) are
`type_clues.py`; the questions and filters over a whole report's candidates (`article_explosion_sub`,
`tells_violence`, `without_an_armed_side`, `ordinary_crime_arrests` ...) are `report_checks.py`,
named here as before. The checks are named steps, tried in their order (`RESOLUTION_STEPS`; their
shape, `ReportTold` and `GO_ON`, is `type_steps.py`; the clash and violence steps are
`violence_types.py`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import CIVILIANS, PROTESTERS, RIOTERS, STATE_FORCES
from extractors.events.blast_doers import bombers_among_the_dead
from extractors.events.candidates import Candidate, clause_actors, placed_in_clause
from extractors.events.clause_words import crowd_word, non_state_armed
from extractors.events.crowd_clashes import crowd_against_forces_between
from extractors.events.crowd_force import (
    activists,
    force_subject_of_protest,
    recoded_crowd_event,
)
from extractors.events.crowd_interventions import WEAK_FORCE
from extractors.events.crowd_sides import (
    MOB_VIOLENCE,
    armed_men_not_a_crowd,
    crowd_arrested_at_protest,
)
from extractors.events.modality import non_conflict_in, unreal_at
from extractors.events.real_triggers import dispersed_by_itself
from extractors.events.roles import opposed
from extractors.events.trigger_choice import EXPLOSION_PRIORITY
from extractors.events.type_clues import (
    _ambush,
    _counted,
    _diplomatic_protest,
    _force_in_trigger_clause,
    _foreign_taker,
    _one_armed_side,
    _seized_by_armed_group,
)
from extractors.events.type_steps import GO_ON, GoOn, ReportTold, Step
from extractors.events.violence_types import (
    _clash_without_two_armed_sides,
    _violence_by_whom_it_hit,
    _violence_of_a_crowd,
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


def resolve_type(c: Candidate, explosion_sub: str | None, violence_told: bool = True,
                 fight_told: bool = True, armed_told: bool = True) -> Candidate | None:  # fmt: skip
    out = _resolve_type(c, ReportTold(explosion_sub, violence_told, fight_told, armed_told))
    return recoded_crowd_event(out) if out is not None else None


def _resolve_type(c: Candidate, report: ReportTold) -> Candidate | None:
    """The steps in their order; the first that decides gives the answer, else the candidate stands."""
    c = _burning_that_killed(c)
    for step in RESOLUTION_STEPS:
        out = step(c, report)
        if not isinstance(out, GoOn):
            return out
    return c


def _attack_or_ambush(c: Candidate, report: ReportTold) -> Step:
    """Violence against civilians or a battle by the sides of an attack word: an armed doer whose only
    other side is civilians attacked them (ONE_ARMED_SIDE); an ambush is an armed clash."""
    if _one_armed_side(c):
        # ONE_ARMED_SIDE: "gunmen ambushed a passenger bus, killing four": civilians hit, no armed foe
        return replace(c, event_type=tx.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=tx.ATTACK)
    if _ambush(c):
        return replace(c, event_type=tx.BATTLES, sub_event_type=tx.ARMED_CLASH)
    return GO_ON


def _explosion_kind(c: Candidate, report: ReportTold) -> Step:
    """The sub-type of an explosion of unstated kind: the weapon its sentence names, else the report's
    kind, else an air/drone strike (an air word, or a state's forces) or a bomb (IED)."""
    if c.sub_event_type != tx.PLACEHOLDER_EXPLOSION:
        return GO_ON
    air = c.reading.hits("triggers.Explosions/Remote violence.Air/drone strike")
    # "Israeli strikes killed 25": a state's forces strike from the air; a blast of no one's is a bomb
    by_state = c.actor1 is not None and c.actor1.kind == STATE_FORCES
    sub = _weapon_of_the_strike(c) or report.explosion_sub or (tx.AIR_STRIKE if air or by_state else tx.IED)
    return replace(c, sub_event_type=sub)


def _who_took_the_place(c: Candidate, report: ReportTold) -> Step:
    """A place changing hands: "Government regains territory" when the state's own forces took it (not
    a foreign state's, FOREIGN_FORCES_OVERTAKE), else "Non-state actor overtakes territory"; no
    side named at all, no event."""
    if c.sub_event_type != tx.PLACEHOLDER_TERRITORY:
        return GO_ON
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


def _crowd_that_fights(c: Candidate, report: ReportTold) -> Step:
    """Riots, not a battle or an attack: a crowd that fights (the crowd the doer of a clash or of
    violence, or a crowd in the clause of a clash, or rioters in that of violence) riots, the crowd
    actor1; mob violence when the other side is civilians, else a violent demonstration."""
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
    if c.event_type in (tx.BATTLES, tx.PLACEHOLDER_VIOLENCE) and (sides := crowd_against_forces_between(c)):
        # CROWD_AGAINST_FORCES_BETWEEN (crowd_clashes.py): "violence broke out between protesters and
        # police": the crowd fights the forces, a violent demonstration, not force on a peaceful crowd
        return replace(c, event_type=tx.RIOTS, sub_event_type="Violent demonstration",
                       actor1=replace(sides[0], kind=RIOTERS), actor2=sides[1], crowd=True,
                       strength=max(c.strength, 2))  # fmt: skip
    return GO_ON


def _armed_men_in_a_riot(c: Candidate, report: ReportTold) -> Step:
    """Riots need a crowd: armed men burning property are no riot (property destruction, Strategic
    developments, or part of their attack: then resolved as an attack); the state's forces in a riot
    are the side it met; armed men a mob's word names are the mob's victims."""
    if c.event_type != tx.RIOTS:
        return GO_ON
    if armed_men_not_a_crowd(c):
        # "insurgents killed the farmers ... before torching their farms": the burning is the armed
        # men's, not a crowd's: property destruction (part of their attack when the report has one)
        return _burning_of_armed_men(c, report)
    if c.actor1 is not None and c.actor1.kind == STATE_FORCES:
        # "police ... in the riots": the force that met the rioters, not the crowd
        return replace(c, actor1=None, actor2=c.actor1)
    if c.sub_event_type == MOB_VIOLENCE and c.actor1 is not None and c.actor1.armed:
        # "deux présumés bandits ont été lynchés par la population": a mob's word names the crowd's
        # act by itself; the armed men it names are those the mob killed
        return replace(
            c, actor1=None, actor2=c.actor1 if c.actor2 is None or not c.actor2.armed else c.actor2
        )
    if c.actor1 is not None and c.actor1.armed and c.actor1.kind != RIOTERS:
        # "the attackers set fire to homes": armed men burning property is no riot; it is part of
        # their attack when the report has one, else property destruction of its own
        return _burning_of_armed_men(c, report)
    return GO_ON


def _burning_of_armed_men(c: Candidate, report: ReportTold) -> Candidate | None:
    """Armed men's burning: an attack, resolved from the start, when its clause tells of people killed
    (BURNING_THAT_KILLED); else property destruction (Strategic developments, weak)."""
    if _burning_that_killed(replace(c, sub_event_type=tx.LOOTING)).event_type == tx.PLACEHOLDER_VIOLENCE:
        return resolve_type(replace(c, event_type=tx.PLACEHOLDER_VIOLENCE, sub_event_type=tx.ATTACK),
                            report.explosion_sub, report.violence_told, report.fight_told,
                            report.armed_told)  # fmt: skip
    return replace(c, event_type=tx.STRATEGIC, sub_event_type=tx.LOOTING, strength=1)


def _clash_of_no_side(c: Candidate, report: ReportTold) -> Step:
    """No battle without an armed side: a clash word with no armed actor, no toll and no day, or in a
    report that is no conflict or names no armed side in any event clause, is no event."""
    if (
        c.event_type == tx.BATTLES
        and c.sub_event_type == tx.ARMED_CLASH
        and not any(a.armed for a in (c.actor1, c.actor2, *clause_actors(c)) if a is not None)
        and not c.fatalities
        and (c.when is None or non_conflict_in(c.reading) or not report.armed_told)
    ):
        # "the fighting has displaced 500,000 people": no side, no day, no toll: no clash to code; nor
        # "the team fought back", "the parties clashed over the budget" in a report that names no
        # armed side in any event clause
        return None
    return GO_ON


def _arrest_by_whom(c: Candidate, report: ReportTold) -> Step:
    """Arrests are the state's (ACLED): the state's forces are actor1; protesters arrested at their
    protest are its intervention (Protests); a group the operation is against was arrested; people
    seized by an armed group are abducted (Violence against civilians)."""
    if c.event_type != tx.STRATEGIC or c.sub_event_type != tx.ARRESTS:
        return GO_ON
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
    return GO_ON


def _protest_of_a_crowd(c: Candidate, report: ReportTold) -> Step:
    """Protests need a crowd and are no government's: armed men gathering people, or a diplomatic
    protest, are no event, nor a force word with no crowd (unless the intervention in the report's
    protest, FORCE_ON_THE_REPORTS_PROTEST); a peaceful protest the forces broke up, or one a word of
    intervention names, is a protest with intervention."""
    if c.event_type != tx.PROTESTS:
        return GO_ON
    if (
        c.actor1 is not None
        and c.actor1.armed
        and c.actor1.kind not in (PROTESTERS, RIOTERS, STATE_FORCES)
        and c.actor1.first
        < c.trigger.first  # the subject; "pupils abducted by gunmen" after it is the grievance
    ):
        return None  # "the assailants gathered the men of the village": armed men, no protest
    if not c.crowd and not crowd_word(c.reading, c.trigger):
        # "Ankara protested to Moscow": a diplomatic protest, no crowd, no event; but a protest the
        # police broke up, or one named with its place ("the protest in Harare"), had a crowd
        forced = c.sub_event_type != tx.PEACEFUL and _force_in_trigger_clause(c)
        if _diplomatic_protest(c):
            return None
        if not (forced or (c.sub_event_type == tx.PEACEFUL and placed_in_clause(c))):
            # FORCE_ON_THE_REPORTS_PROTEST (crowd_interventions.py): a force word with no crowd of its own
            # is no event, but it may be the intervention in the protest the report told just before
            return replace(c, strength=WEAK_FORCE) if c.sub_event_type == tx.INTERVENTION else None
    if c.sub_event_type == tx.PEACEFUL and force_subject_of_protest(c):
        return replace(c, sub_event_type=tx.INTERVENTION)  # FORCE_SUBJECT_OF_THE_PROTEST
    if c.sub_event_type == tx.PEACEFUL and any(
        not dispersed_by_itself(c.reading, m.first, m.last)
        for m in c.reading.hits("triggers.Protests.Protest with intervention")
    ):
        return replace(c, sub_event_type=tx.INTERVENTION)
    return GO_ON


RESOLUTION_STEPS: tuple[Callable[[Candidate, ReportTold], Step], ...] = (
    _attack_or_ambush,
    bombers_among_the_dead,  # BOMBERS_AMONG_THE_DEAD (blast_doers.py)
    _explosion_kind,
    _who_took_the_place,
    _crowd_that_fights,
    _clash_without_two_armed_sides,
    _violence_of_a_crowd,
    _violence_by_whom_it_hit,
    _armed_men_in_a_riot,
    _clash_of_no_side,
    _arrest_by_whom,
    _protest_of_a_crowd,
)  # the order of the checks: the first that decides gives the answer
