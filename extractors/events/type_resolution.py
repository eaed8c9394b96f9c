"""A candidate's ACLED type and sub-type from its context (`resolve_type`): an explosion of unstated
kind takes the article's (`article_explosion_sub`); a place changing hands is "Government regains"
when state forces took it; a killing is Violence against civilians when civilians were hit, a clash
when both sides are armed or the forces' post was hit (`forces_post_hit`); a crowd that fights is a
riot; protests need a crowd and are not a government's (`diplomatic_protest`); armed men burning
homes is property destruction, not a riot; people seized by an armed group are abducted."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from extractors.events import taxonomy as tx
from extractors.events.actors import CIVILIANS, PROTESTERS, RIOTERS, STATE_FORCES, actors_in
from extractors.events.candidates import Candidate, clause_actors, placed_in_clause
from extractors.events.clause_words import crowd_word, non_state_armed, only_outcome
from extractors.events.countries import find_countries
from extractors.events.crowd_sides import (
    MOB_VIOLENCE,
    armed_men_not_a_crowd,
    crowd_arrested_at_protest,
    crowd_did_the_violence,
    mob_of_civilians,
    state_force_meets_crowd,
    unarmed_people_against_force,
    unarmed_sides_rioting,
    uncounted_doer,
)
from extractors.events.locate import _place_noun_before, places_in
from extractors.events.modality import non_conflict_in, unreal_at
from extractors.events.reading import read
from extractors.events.roles import opposed


def article_explosion_sub(cands: list[Candidate]) -> str | None:
    specific = Counter(
        c.sub_event_type
        for c in cands
        if c.event_type == tx.EXPLOSIONS and c.sub_event_type != tx.PLACEHOLDER_EXPLOSION
    )
    return specific.most_common(1)[0][0] if specific else None


OF_REACH = (
    2  # tokens from a genitive word to the government word it ties to a noun ("of former prime minister")
)
DIPLOMAT_REACH = 2  # tokens from a country's name to the protest word it is the subject of


def _diplomatic_protest(c: Candidate) -> bool:
    """ "Turkey protested to Russia", "the foreign ministry lodged a protest": a government or a
    country (a capital standing for it) is the subject of the protest word, in its clause."""
    r, t = c.reading, c.trigger
    cs = r.clause_start(t.first)
    # (a government word after "of" is whose the crowd is: "supporters of the former prime minister")
    of = [m.last for m in r.hits("numbers.part_of", "agent_genitives")]
    if any(
        cs <= m.first and m.last <= t.first and not any(0 <= m.first - k <= OF_REACH for k in of)
        for m in r.hits("actors.government")
    ):
        return True
    named = [(p.start, p.end, p.kind == "city") for p in places_in(c.sentence.text, None, r.pack.code)]
    named += [(m.start, m.end, False) for m in find_countries(c.sentence.text, r.pack.code) if not m.demonym]
    for start, end, city in named:
        first = r.token_at(start)
        last = max(first + 1, r.token_at(end - 1) + 1)
        subject = cs <= first and 0 <= t.first - last <= DIPLOMAT_REACH
        # "in Harare", or a locative case ending on the name itself ("Diyarbakır'da")
        located = any(0 <= first - m.last <= 1 or m.first == first for m in r.hits("locative_prepositions"))
        if subject and not (city and located) and not _place_noun_before(r, first):
            # "Turkey protested", "Ankara protested" (a city standing for its government); not a
            # name after a place noun ("polisi mkoani Mwanza ...", "the police in Kano state ...")
            return True
    return False


def _force_in_trigger_clause(c: Candidate) -> bool:
    """ "Police dispersed the march": a force noun in the intervention word's own clause (not "no
    security forces intervened, and the crowd dispersed by sunset")."""
    r, t = c.reading, c.trigger
    lo, hi = r.clause_start(t.first), r.clause_end(t.first)
    return any(lo <= m.first < hi for m in r.hits("actors.police", "actors.state_forces"))


def _counted(c: Candidate) -> bool:
    """Is a number of people (a figure above one, a vague quantity) told in the candidate's clause?"""
    from extractors.events.numbers import numbers_in

    lo, hi = c.span
    vague = any(lo <= m.first < hi for m in c.reading.hits("numbers.vague"))
    return vague or any(n.count and n.value > 1 and lo <= n.first < hi for n in numbers_in(c.reading))


def _seized_by_armed_group(c: Candidate) -> bool:
    """An arrest word whose actor is an armed group that is not the state ("the gunmen stormed
    the village, seized the herders and shot them"): ACLED's arrests are the state's. A group the
    clause names as what an operation is against is its target, not the one who seized
    (`roles.opposed`: "15 suspects detained in an operation against Islamic State")."""
    return (
        non_state_armed(c.actor1)
        and not opposed(c.reading, c.actor1)
        and not any(a.kind == STATE_FORCES for a in clause_actors(c))
    )


POST_REACH = 5  # tokens from an attack word to the forces' post it hit ("attacked a military base")


def _forces_post_hit(c: Candidate) -> bool:
    """An attack word whose object, right after it in its clause, is a post of the state's forces (a
    force noun used as an attribute: "a military base", "a police station", "an army checkpoint")."""
    r, t = c.reading, c.trigger
    if c.actor1 is not None and c.actor1.kind == STATE_FORCES:
        return False
    end = min(len(r.tokens), t.last + POST_REACH)
    return any(
        t.last <= m.first < end and r.same_clause(t.first, m.first)
        for m in r.hits("actors.state_forces", "actors.police")
    )


def _deadly_raid_by_armed_group(c: Candidate) -> bool:
    """An attack word done by a non-state armed group, in a sentence that names no state force and
    no other armed side, in a report that tells of no fight and no armed men hit (`tells_a_fight`):
    the dead are then the people of the place it struck."""
    if not non_state_armed(c.actor1) or only_outcome(c.reading, c.trigger):
        return False
    return not any(a.armed and a.first != c.actor1.first for a in actors_in(c.reading, None))


def _bare_death(c: Candidate) -> bool:
    """Is the candidate's word only a death word ("died", "dead", "were killed", "bodies"), with no
    word of an act or a weapon in its clause and no armed side or perpetrator in its sentence?"""
    r, t = c.reading, c.trigger
    if t.trigger.strength > 1 or not only_outcome(r, t) or c.actor1 is not None:
        return False
    if uncounted_doer(c) is not None:
        return False  # "angry residents killed two robbers": someone did it
    lo, hi = c.span
    if any(lo <= o.first < hi and not only_outcome(r, o) for o in tx.triggers_in(r)):
        return False
    return not any(a.armed for a in actors_in(r, None))


AMBUSH_SUBS = frozenset({tx.IED})


def _ambush(c: Candidate) -> bool:
    """ACLED codes a roadside bomb or mine followed by gunfire on the same armed target (an ambush)
    as an armed clash: an explosive of this kind that hit armed men, and after it in its sentence an
    fight or shooting word that is not only a death word ("... then opened fire on the convoy")."""
    if c.event_type != tx.EXPLOSIONS or c.sub_event_type not in AMBUSH_SUBS:
        return False
    if c.actor2 is None or not c.actor2.armed:
        return False
    r, t = c.reading, c.trigger
    return any(
        o.first >= t.last
        and o.trigger.event_type in (tx.PLACEHOLDER_VIOLENCE, tx.BATTLES)
        # gunfire, a clash, an ambush: not a weak word ("hit", "the attack"), which mostly tells the
        # blast itself again ("a roadside bomb hit a patrol ... in an attack claimed by ...")
        and o.trigger.strength >= 2
        and o.trigger.sub_event_type != tx.PLACEHOLDER_TERRITORY
        and not only_outcome(r, o)
        for o in tx.triggers_in(r)
    )


def tells_violence(cands: list[Candidate]) -> bool:
    """Does the report name a violent act, a weapon or an armed side anywhere (not only deaths)?"""
    return any(c.trigger.trigger.event_type in VIOLENT_WORDS and not _bare_death(c) for c in cands)


VIOLENT_WORDS = frozenset({tx.BATTLES, tx.EXPLOSIONS, tx.VIOLENCE_AGAINST_CIVILIANS, tx.PLACEHOLDER_VIOLENCE})


def tells_a_fight(cands: list[Candidate]) -> bool:
    """Does the report name a fight, or armed men (soldiers, fighters) hit, anywhere?"""
    return any(
        c.trigger.trigger.event_type == tx.BATTLES or (c.actor2 is not None and c.actor2.armed) for c in cands
    )


def tells_an_armed_side(cands: list[Candidate], texts: list[str], language: str) -> bool:
    """Does the report name an armed side (soldiers, police, fighters, a group) anywhere? Asked of
    the sentences only when a clash names none in its own clause."""
    if any(a.armed for c in cands for a in (c.actor1, c.actor2, *clause_actors(c)) if a is not None):
        return True
    if not any(c.event_type == tx.BATTLES and c.sub_event_type == tx.ARMED_CLASH for c in cands):
        return True  # (no clash to ask it for)
    if any(c.fatalities or c.event_type in (tx.EXPLOSIONS, tx.VIOLENCE_AGAINST_CIVILIANS) for c in cands):
        return True  # deaths or a weapon told: a war report, whose clashes' sides go unnamed
    return any(a.armed for s in texts for a in actors_in(read(s, language), None))


def resolve_type(c: Candidate, explosion_sub: str | None, violence_told: bool = True,
                 fight_told: bool = True, armed_told: bool = True) -> Candidate | None:  # fmt: skip
    if (
        c.sub_event_type == tx.LOOTING
        and c.fatalities
        and c.reading.hits("generic_violence", "outcomes.killed")
    ):
        # homes burned in a raid that killed people: the killing is the event, the burning its part
        c = replace(c, event_type=tx.PLACEHOLDER_VIOLENCE, sub_event_type=tx.ATTACK)
    if _ambush(c):
        return replace(c, event_type=tx.BATTLES, sub_event_type=tx.ARMED_CLASH)
    if c.sub_event_type == tx.PLACEHOLDER_EXPLOSION:
        air = c.reading.hits("triggers.Explosions/Remote violence.Air/drone strike")
        # "Israeli strikes killed 25": a state's forces strike from the air; a blast of no one's is a bomb
        by_state = c.actor1 is not None and c.actor1.kind == STATE_FORCES
        sub = explosion_sub or (tx.AIR_STRIKE if air or by_state else tx.IED)
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
    if c.event_type == tx.PLACEHOLDER_VIOLENCE and state_force_meets_crowd(c):
        # "unrest erupted when riot police moved in on the marching workers": Battles need two
        # armed, organised sides; the police facing a crowd is the crowd event's part, not a clash
        return replace(c, strength=1)
    if c.event_type == tx.PLACEHOLDER_VIOLENCE and (mob := mob_of_civilians(c)) is not None:
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
        victim = c.actor2
        if victim is not None and victim.kind == PROTESTERS:
            # ACLED: force on protesters is excessive when it kills; else it is the protest's intervention
            sub = tx.EXCESSIVE_FORCE if c.fatalities else tx.INTERVENTION
            return replace(c, event_type=tx.PROTESTS, sub_event_type=sub)
        if victim is not None and victim.kind == CIVILIANS:
            if not violence_told and _bare_death(c):
                # "twelve people died in Gao on Monday", in a report that names no act, weapon or
                # armed side anywhere: deaths alone are no attack on civilians (ACLED's violence
                # against civilians is an armed actor's)
                return replace(c, strength=1)
            if fight_told and _bare_death(c) and not explosion_sub:
                # "Heavy fighting raged in El Fasher ... 25 people were killed, most of them civilians":
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
        # who was hit is unknown: the candidate can still support another event's toll and place
        return replace(c, event_type=tx.PLACEHOLDER_VIOLENCE, strength=1)
    if c.event_type == tx.RIOTS and armed_men_not_a_crowd(c):
        # "insurgents killed the farmers ... before torching their farms": the burning is the armed
        # men's, not a crowd's: property destruction (part of their attack when the report has one)
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
        if not planned and ((protesters and (_counted(c) or told)) or crowd_arrested_at_protest(c)):
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
        if _diplomatic_protest(c) or not (
            forced or (c.sub_event_type == tx.PEACEFUL and placed_in_clause(c))
        ):
            return None
    if (
        c.event_type == tx.PROTESTS
        and c.sub_event_type == tx.PEACEFUL
        and c.reading.hits("triggers.Protests.Protest with intervention")
    ):
        return replace(c, sub_event_type=tx.INTERVENTION)
    return c


SIDED_STRATEGIC = frozenset({tx.CHANGE_TO_GROUP, tx.HEADQUARTERS, tx.TRANSFER})


def without_an_armed_side(cands: list[Candidate], texts: list[str], language: str) -> list[Candidate]:
    """ACLED's changes to a group, bases set up and handovers are those of armed groups and states'
    forces: in a report that names no armed side anywhere ("two banks announced their merger", "the
    president announced the dissolution of parliament") such a word is no conflict event. (Agreements
    are left alone: their sides are often states or "the two parties".) Asked only when the report
    has one."""
    sided = {id(c) for c in cands if c.event_type == tx.STRATEGIC and c.sub_event_type in SIDED_STRATEGIC}
    if not sided:
        return cands
    if any(a.armed for c in cands for a in (c.actor1, c.actor2, *clause_actors(c)) if a is not None):
        return cands
    if any(a.armed for s in texts for a in actors_in(read(s, language), None)):
        return cands
    return [c for c in cands if id(c) not in sided]
