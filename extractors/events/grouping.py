"""Candidates -> events -> mentions: the coder's grouping and the fields of each mention.

`group`: candidates with a specific trigger form events (same type, no conflicting date, place or
actor); generic ones ("the attack", "were killed") and undated looting (`_undated_aftermath`) join
the nearest compatible event, since news prose keeps elaborating on the event it reports, and only
stand alone with a toll or a place; never with their sibling clause's event (`_sibling_clause`). A
headline with only a generic word joins the violent event its actors fit (`_generic_headline_home`),
so that event leads. A protest is one event whatever its parts (`ONE_EVENT_WHATEVER_ITS_PARTS`,
coded by its gravest part, `PROTEST_GRAVITY`); arrests made at it the same day are its intervention
(`_arrests_at_protests`).

`to_mention`: the highest current toll (a figure the text gives as the earlier count is
`superseded`), the most specific place, the explicit date (else the publication date), actors
filled from the rest of the article; a named group the article blames or that claimed the attack
replaces "gunmen" (`_blamed_agent`); protest and riot actors follow ACLED (`_crowd_actors`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from extractors.events import taxonomy as tx
from extractors.events.actors import (
    CIVILIANS,
    PROTESTERS,
    RIOTERS,
    STATE_FORCES,
    UNKNOWN,
    ActorMention,
    actors_in,
)
from extractors.events.candidates import Candidate, is_alleged
from extractors.events.clause_date import reported_day
from extractors.events.dates import dates_in
from extractors.events.fatalities import day_split, each_sides_dead, event_fatalities, figures_in, place_split
from extractors.events.locate import event_places, km, place_salience
from extractors.events.reading import read
from extractors.events.roles import (
    arrested_by_default,
    attributed_agent_in,
    civilians_hit_by_default,
    is_speaker,
    losing_state_force,
    other_side_of_battle,
    source_rank,
)
from extractors.events.sentences import Sentence
from extractors.models import EventMention

MERGE_KM = 50.0
TOLL_THEN_ACT = 2  # sentences from a generic toll to the act it counts, told after it
MOB_VIOLENCE = "Mob violence"
VIOLENT_TYPES = frozenset({tx.BATTLES, tx.EXPLOSIONS, tx.VIOLENCE_AGAINST_CIVILIANS})
CROWD_TYPES = frozenset({tx.PROTESTS, tx.RIOTS})
ONE_EVENT_WHATEVER_ITS_PARTS = frozenset({tx.VIOLENCE_AGAINST_CIVILIANS, tx.PROTESTS})
# Protest sub-types from the mildest to the gravest: a protest with several parts takes the gravest.
PROTEST_GRAVITY = (tx.PEACEFUL, tx.INTERVENTION, tx.EXCESSIVE_FORCE)


@dataclass
class Event:
    members: list[Candidate] = field(default_factory=list)

    @property
    def anchor(self) -> Candidate:
        # a crowd event that turned violent is a riot, whatever the strength of its protest words; a
        # part dated only to a week or a month ("the protests turned violent this week") is a summary
        # of days, which never decides the kind of an event of one day
        return max(
            self.members,
            key=lambda c: (
                c.event_type != tx.PLACEHOLDER_VIOLENCE,  # a generic word never types the event
                c.when is None or c.when.precision == "day",
                c.event_type == tx.RIOTS,
                c.strength,
                not c.from_title,
                -c.sentence.index,
            ),
        )


@dataclass
class ArticleContext:
    sentences: list[Sentence]
    title: Sentence | None
    hint: str | None
    published: date | None
    language: str
    cands: list[Candidate]


# ---------------------------------------------------------------- grouping


def group(cands: list[Candidate]) -> list[Event]:
    cands = _crowd_days(cands)
    events: list[Event] = []
    body = [c for c in cands if not c.from_title]
    violent = {c.sentence.index for c in body if c.event_type in VIOLENT_TYPES}
    struck = {
        getattr(c.place, "name", None)
        for c in body
        if c.event_type in (*VIOLENT_TYPES, tx.PLACEHOLDER_VIOLENCE) and c.place is not None
    }

    def aftermath(c: Candidate) -> bool:
        # "... and burned 14 houses in Palma": undated burning where the report's attack struck is part of it
        at_the_attack = _undated(c) and c.place is not None and c.place.name in struck
        return _undated_aftermath(c) or (_looting(c) and (c.sentence.index in violent or at_the_attack))

    anchors = [
        c for c in body if c.strength >= 2 and c.event_type != tx.PLACEHOLDER_VIOLENCE and not aftermath(c)
    ]
    # an attack word resolved by its victims ("the attack killed 13 US troops") restates the
    # explosion or raid the report gives, when one fits it: it joins that event, never leads it
    generic = [c for c in anchors if c.trigger.trigger.event_type == tx.PLACEHOLDER_VIOLENCE]
    anchors = [c for c in anchors if c not in generic]
    for c in anchors:
        for e in events:
            if all(
                _same_type(m, c) and compatible(m, c) and _same_site(m, c)
                for m in e.members
                if m.strength >= 2
            ):
                e.members.append(c)
                break
        else:
            home = _restatement_home(c, events) or _named_twice_home(c, events)
            if home is not None:
                home.members.append(_without_clashing_agent(c, home))
            elif _stands_alone(c):
                events.append(Event([c]))
    for c in generic:
        home = [
            e
            for e in events
            if (e.anchor.event_type in VIOLENT_TYPES or (_restates(c) and _forceful_crowd_event(e)))
            and all(compatible(m, c, use_place=False, same_day=True, kinds=False) for m in e.members)
            and not (c.place is not None and _own_place(c) and not any(_same_place(m, c) for m in e.members))
            and not any(_sibling_clause(m, c) for m in e.members)
            and not _told_before(c, e)
        ]
        if home:
            min(home, key=lambda e: min(_distance(m, c) for m in e.members)).members.append(
                replace(c, strength=1)
            )
            continue
        for e in events:
            # a generic word with a day of its own joins only an event of that day
            if all(
                _same_type(m, c) and compatible(m, c, same_day=not _undated(c)) and _same_site(m, c)
                for m in e.members
                if m.strength >= 2
            ):
                e.members.append(c)
                break
        else:
            events.append(Event([c]))
    anchors = anchors + generic

    def violent_home(c: Candidate) -> list[Event]:
        # a generic killing or attack usually restates the violent event the article reports
        return [
            e
            for e in events
            if e.anchor.event_type in VIOLENT_TYPES
            # a day apart only at the event's own named place ("the attack in Bama")
            and all(compatible(m, c, use_place=False, same_day=not _at_place_of(c, e)) for m in e.members)
            # "killed nine farmers before torching their granaries": the burning is the killers'
            and (aftermath(c) or not any(_sibling_clause(m, c) for m in e.members))
            # "... in Bokkos. Hours later, another group attacked Mangu, killing eight": two towns, two tolls
            and not any(_two_towns_two_tolls(m, c) for m in e.members)
        ]

    # a generic toll told before the sentence that names the act ("The death toll from the attack has
    # risen to 66. ... gunmen stormed the village") waits for that act's event
    waiting: list[Candidate] = []
    unplaced: list[Candidate] = []  # violent acts with neither a toll nor a place of their own
    for c in (c for c in body if c not in anchors):
        home = violent_home(c)
        if not home and _restates(c):
            home = [
                e
                for e in events
                if e.anchor.event_type in RESTATED_TYPES
                and all(
                    compatible(m, c, use_place=False, same_day=True, kinds=m.strength >= 2) for m in e.members
                )
                and not any(_sibling_clause(m, c) for m in e.members)
            ]
        if home:
            joined = replace(c, strength=0) if aftermath(c) else c  # the burning is part of the attack
            min(home, key=lambda e: min(_distance(m, c) for m in e.members)).members.append(joined)
        elif c.event_type != tx.PLACEHOLDER_VIOLENCE and (c.fatalities or c.place is not None):
            events.append(Event([c]))
        elif _another_attack_of_its_kind(c, events):
            # "Gunmen killed 15 people in Bokkos. Hours later, another group attacked the nearby village
            # of Mangu, killing eight": an attack with its own town and dead, in a report of attacks on
            # civilians, is one more of them
            events.append(
                Event([replace(c, event_type=tx.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=tx.ATTACK)])
            )
        elif c.event_type == tx.PLACEHOLDER_VIOLENCE and c.fatalities:
            waiting.append(c)
        elif c.event_type in VIOLENT_TYPES:
            unplaced.append(c)
    for c in waiting:
        home = violent_home(c)
        if home:
            min(home, key=lambda e: min(_distance(m, c) for m in e.members)).members.append(c)
            continue
        # "The toll of Thursday's attack on X rose to 31. Gunmen stormed the village ...": the act told
        # right after the toll, with neither a toll nor a place of its own, is the event it counts
        acts = [
            d
            for d in unplaced
            if 0 < d.sentence.index - c.sentence.index <= TOLL_THEN_ACT
            and compatible(d, c, use_place=False, same_day=True)
        ]
        if acts:
            act = min(acts, key=lambda d: d.sentence.index)
            unplaced.remove(act)
            events.append(Event([act, c]))
    for c in (c for c in cands if c.from_title):
        # the headline names the article's main event: it adds to it, and stands alone only
        # when the body yielded nothing
        same = [
            e
            for e in events
            if e.anchor.event_type == c.event_type and all(compatible(m, c) for m in e.members)
        ]
        if same:
            same[0].members.append(c)
        elif (home := _generic_headline_home(c, events)) is not None:
            home.members.append(c)
        elif not events and c.event_type != tx.PLACEHOLDER_VIOLENCE and _stands_alone(c):
            events.append(Event([c]))
    events = _arrests_at_protests(events)
    events = _undated_continuations(events)
    events = [_day_of_its_act(e, events, cands) for e in events]
    # the headline's event first, then events with a toll, then in text order: the main event leads
    events.sort(
        key=lambda e: (
            not any(m.from_title for m in e.members),
            not any(m.fatalities for m in e.members),
            min(m.sentence.index if not m.from_title else 10**6 for m in e.members),
        )
    )
    return events


RESTATED_TYPES = VIOLENT_TYPES | {tx.RIOTS}


def _day_of_its_act(e: Event, events: list[Event], cands: list[Candidate]) -> Event:
    """ "Gunmen attacked a village near Nyala on Sunday. Twelve people were killed.": an event none of
    whose clauses gives a day takes the day of the act the sentence before it reports (a clause of
    its kind that joined no event, at its place or at none), never a day a sentence merely names:
    a date without an act word is no candidate, and another event's clause between them ends the
    reach."""
    if any(m.when is not None for m in e.members) or all(m.from_title for m in e.members):
        return e
    first = min(m.sentence.index for m in e.members if not m.from_title)
    taken = {id(m) for o in events for m in o.members}
    places = {getattr(m.place, "name", None) for m in e.members if m.place is not None}
    before = sorted(
        (c for c in cands if not c.from_title and c.sentence.index < first), key=lambda c: -c.sentence.index
    )
    for c in before:
        if id(c) in taken:
            return e  # another event's clause stands between
        if first - c.sentence.index > ACT_DAY_SENTENCES:
            return e
        if c.when is None or c.when.precision != "day" or not _kin(c, e.anchor):
            continue
        if c.place is not None and places and getattr(c.place, "name", None) not in places:
            continue
        k = next(k for k, m in enumerate(e.members) if m.sentence.index == first)
        members = list(e.members)
        members[k] = replace(members[k], when=c.when, inherited=True)
        return Event(members)
    return e


ACT_DAY_SENTENCES = 2  # sentences back from an undated event to the act whose day it takes


def _kin(a: Candidate, b: Candidate) -> bool:
    """Clauses of one kind of event: the same type, or a bare killing or attack word and a violent type."""
    kinds = {a.event_type, b.event_type}
    return len(kinds) == 1 or (tx.PLACEHOLDER_VIOLENCE in kinds and bool(kinds & VIOLENT_TYPES))


def _forceful_crowd_event(e: Event) -> bool:
    """A riot, or a protest the state's forces used lethal force on: "at least five people were shot
    dead" after it tells its deaths."""
    return any(
        m.event_type == tx.RIOTS or (m.event_type == tx.PROTESTS and m.sub_event_type == tx.EXCESSIVE_FORCE)
        for m in e.members
    )


def _crowd_days(cands: list[Candidate]) -> list[Candidate]:
    """ "Protesters also took to the streets in Mombasa": a sentence of a protest or riot report with
    no date of its own is about the day the text last named for the crowd (ACLED codes each day and
    each town of a protest as its own event)."""
    out, last = [], None
    for c in sorted(cands, key=lambda c: (c.from_title, c.sentence.index)):
        if c.from_title or _family(c) != "crowd":
            out.append(c)
            continue
        if c.when is not None and c.when.precision == "day":
            last = c.when
        elif c.when is None and last is not None:
            c = replace(c, when=last, inherited=True)
        out.append(c)
    return out


def _restates(c: Candidate) -> bool:
    """ "At least 22 people were killed": a bare killing or attack word with neither a date nor a
    place of its own restates the violent event (or the riot) the report is about; that the event's
    restatements were read as a fight ("two French soldiers were killed") does not part them."""
    generic = c.trigger.trigger.event_type == tx.PLACEHOLDER_VIOLENCE  # "killed", "shot dead", "massacre"
    return generic and _undated(c) and not (c.place is not None and _own_place(c))


def _undated(c: Candidate) -> bool:
    """No date of its own (one carried over from the sentence before is not its own)."""
    return c.when is None or c.inherited


def _family(c: Candidate) -> str:
    """Protests and riots are one family (a protest that turned violent is one riot); each kind of
    strategic development is its own (weapons seized are no restatement of an arrest)."""
    if c.event_type == tx.STRATEGIC:
        return f"{c.event_type}/{c.sub_event_type}"
    return "crowd" if c.event_type in CROWD_TYPES else c.event_type


def _restatement_home(c: Candidate, events: list[Event]) -> Event | None:
    """A sentence with neither a date nor a place of its own, of a type the article already
    reports, says more about that event ("the missiles slammed into the convoy"), whatever its
    sub-type: it joins the nearest compatible one of that type."""
    if not _undated(c) or (c.place is not None and _own_place(c)):
        return None
    # with no toll and no place in its sentence either, another side it names (a speaker, a source)
    # does not part it
    actors = bool(c.fatalities) or c.place is not None
    home = [
        e for e in events
        if _family(e.anchor) == _family(c) and all(compatible(m, c, actors=actors) for m in e.members)
    ]  # fmt: skip
    return min(home, key=lambda e: min(_distance(m, c) for m in e.members), default=None)


def _named_twice_home(c: Candidate, events: list[Event]) -> Event | None:
    """ "the 'rocket attack' on the station on April 8": the same kind of event on the same day at
    the same named town, with no toll of its own, is the event told again, even when the sentence
    names another side (a speaker, a denial) as its doer."""
    if c.fatalities or c.place is None or getattr(c.place, "kind", "") in TOWN_OPEN_KINDS:
        return None
    for e in events:
        if any(m.sub_event_type == c.sub_event_type and _same_place(m, c) and not _other_day(m, c)
               for m in e.members) and all(compatible(m, c, actors=False) for m in e.members):  # fmt: skip
            return e
    return None


TOWN_OPEN_KINDS = frozenset({"country", "admin1"})  # a region or a country holds many events


def _without_clashing_agent(c: Candidate, e: Event) -> Candidate:
    """A candidate joined as a restatement keeps its sides only when the event's members agree."""
    if all(compatible(m, c) for m in e.members):
        return c
    return replace(c, actor1=None, actor2=None)  # the sides it names (a speaker) are not the event's


def _at_place_of(c: Candidate, e: Event) -> bool:
    return (
        c.place is not None
        and getattr(c.place, "kind", "") not in TOWN_OPEN_KINDS
        and any(_same_place(m, c) for m in e.members)
    )


def _named_act(c: Candidate) -> bool:
    """A body clause whose own word names the kind of act (not "killed", "the attack")."""
    return not c.from_title and c.trigger.trigger.event_type != tx.PLACEHOLDER_VIOLENCE and c.strength >= 3


def _other_day(a: Candidate, b: Candidate) -> bool:
    """Both dated to the day, and not the same day."""
    return (
        a.when is not None
        and b.when is not None
        and a.when.precision == b.when.precision == "day"
        and a.when.value != b.when.value
    )


def _same_place(a: Candidate, b: Candidate) -> bool:
    return (
        a.place is not None
        and b.place is not None
        and getattr(a.place, "name", 1) == getattr(b.place, "name", 2)
    )


def _own_place(c: Candidate) -> bool:
    """Does the candidate's place lie in its own event clause (not only elsewhere in its sentence)?"""
    start = c.reading.tokens[c.span[0]].start if c.span[0] < len(c.reading.tokens) else 0
    end = c.reading.tokens[c.span[1] - 1].end if c.span[1] > c.span[0] else 0
    return start <= getattr(c.place, "start", -1) < end


def _stands_alone(c: Candidate) -> bool:
    """A vague trigger (strength 2: "the strikes", "arrests") makes an event of its own only with
    something that places it: a date, a place, a toll or a named actor."""
    if is_alleged(c):
        # "accused the army of shelling its camps": an accusation names an event only with a day,
        # a place or a toll of its own
        return bool(c.when or (c.place is not None and _own_place(c)) or c.fatalities)
    if c.strength >= 3 or (c.event_type in CROWD_TYPES and _counted_crowd(c)):
        return True  # a crowd the text counts ("thousands marched") is an event of its own
    if c.event_type == tx.PROTESTS and c.sub_event_type == tx.PEACEFUL:
        # "the protests began last week": a protest is placed, counted or named, a day alone is no event
        return bool(c.place is not None or c.fatalities or (c.actor1 and c.actor1.source != "generic"))
    return bool(c.when or c.place is not None or c.fatalities or (c.actor1 and c.actor1.source != "generic"))


def _counted_crowd(c: Candidate) -> bool:
    from extractors.events.numbers import numbers_in

    lo, hi = c.span
    return bool(c.reading.within("numbers.vague", lo, hi)) or any(
        n.count and n.value >= 10 and lo <= n.first < hi for n in numbers_in(c.reading)
    )


def _generic_headline_home(c: Candidate, events: list[Event]) -> Event | None:
    """A headline whose only trigger is a generic word ("30 soldiers killed in Turkish attacks")
    names the article's main event without its kind: it joins the violent event its actors fit."""
    if c.trigger.trigger.strength > 1 or c.event_type not in (*VIOLENT_TYPES, tx.PLACEHOLDER_VIOLENCE):
        return None
    home = [
        e
        for e in events
        if e.anchor.event_type in VIOLENT_TYPES
        and all(compatible(m, c, use_place=False) for m in e.members)
        and not any(
            m.actor2 is not None and c.actor1 is not None and m.actor2.name == c.actor1.name
            for m in e.members
        )
    ]

    def fit(e: Event) -> tuple[bool, bool, int]:
        same_agent = c.actor1 is not None and any(
            m.actor1 and m.actor1.name == c.actor1.name for m in e.members
        )
        same_target = c.actor2 is not None and any(
            m.actor2 and m.actor2.name == c.actor2.name for m in e.members
        )
        return not same_agent, not same_target, min(m.sentence.index for m in e.members)

    return min(home, key=fit, default=None)


def _another_attack_of_its_kind(c: Candidate, events: list[Event]) -> bool:
    """A bare attack word with its own dead at its own town (no armed side named as hit), in a report
    whose only violent events are attacks on civilians."""
    if c.event_type != tx.PLACEHOLDER_VIOLENCE or not c.fatalities or c.place is None or not _own_place(c):
        return False
    if getattr(c.place, "kind", "") in TOWN_OPEN_KINDS or (c.actor2 is not None and c.actor2.armed):
        return False
    kinds = {e.anchor.event_type for e in events if e.anchor.event_type in VIOLENT_TYPES}
    return kinds == {tx.VIOLENCE_AGAINST_CIVILIANS}


def _told_before(c: Candidate, e: Event) -> bool:
    """ "Fighters stormed a base on Thursday, killing seven soldiers. The army later launched air
    strikes ...": an attack with its own day and its own dead, told in a sentence before every part
    of an event, is an event of its own, not a restatement of the later one."""
    body = [m.sentence.index for m in e.members if not m.from_title]
    return (
        not c.from_title
        and bool(c.fatalities)
        and c.when is not None
        and not c.inherited
        and bool(body)
        and c.sentence.index < min(body)
    )


def _sibling_clause(a: Candidate, b: Candidate) -> bool:
    """Two event clauses of one sentence, each with its own trigger: two events (not when both name
    the same place: "in another attack in Bama also, gunmen killed a farmer" is one)."""
    return (
        not a.from_title
        and not b.from_title
        and a.sentence.index == b.sentence.index
        and a.span != b.span
        and not _same_place(a, b)
    )


def _looting(c: Candidate) -> bool:
    return c.event_type == tx.STRATEGIC and c.sub_event_type == tx.LOOTING


def _undated_aftermath(c: Candidate) -> bool:
    """Looting or burning with no date and no place of its own ("the insurgents later looted shops"),
    or in the sentence of a violent event, is part of the violent event the article reports; it joins
    that event like a generic killing."""
    return _looting(c) and c.when is None and c.place is None


def _arrests_at_protests(events: list[Event]) -> list[Event]:
    """Arrests made at a protest the article reports (same day, same place) are the police's
    intervention in that protest; arrests on another day or elsewhere stay their own event."""
    crowds = [e for e in events if e.anchor.event_type in CROWD_TYPES]
    kept = []
    for e in events:
        arrests = e.anchor.event_type == tx.STRATEGIC and e.anchor.sub_event_type == tx.ARRESTS
        home = next(
            (
                p
                for p in crowds
                # the arrests are the police's, the protest the crowd's: actors do not part them
                if arrests
                and all(compatible(m, c, same_day=True, actors=False) for m in p.members for c in e.members)
                and not _arrest_that_sparked(e, p)
            ),
            None,
        )
        if home is None:
            kept.append(e)
            continue
        home.members.extend(replace(c, strength=0, intervention=True) for c in e.members)
    return kept


def _arrest_that_sparked(arrest: Event, crowd: Event) -> bool:
    """ "Police arrested opposition leader X in Kampala on Thursday, sparking protests": an arrest of
    people who are no crowd, told before every part of the protest, is what the crowd rose against,
    an event of its own (ACLED: the arrest of a significant person), not the protest's intervention."""
    if any(c.actor2 is not None and c.actor2.kind == PROTESTERS for c in arrest.members):
        return False  # protesters arrested are the protest's

    def at(c: Candidate) -> tuple[int, int]:
        return (c.sentence.index, c.trigger.first)

    body = [c for c in crowd.members if not c.from_title]
    told = [c for c in arrest.members if not c.from_title]
    return bool(body and told) and min(map(at, told)) < min(map(at, body))


def _distance(a: Candidate, b: Candidate) -> int:
    if a.from_title or b.from_title:
        return 0 if a.sentence.paragraph == 0 or b.sentence.paragraph == 0 else 50
    return abs(a.sentence.index - b.sentence.index)


def _same_type(a: Candidate, b: Candidate) -> bool:
    """Same type and sub-type; violence against civilians and a protest are one event whatever
    their parts (people abducted and one shot dead in one raid; a rally and the tear gas fired at it);
    so are a protest and the riot it turned into."""
    if _family(a) == _family(b) == "crowd":
        return True
    if a.event_type != b.event_type:
        return False
    return a.sub_event_type == b.sub_event_type or a.event_type in ONE_EVENT_WHATEVER_ITS_PARTS


def _same_site(a: Candidate, b: Candidate) -> bool:
    """Parts of one attack on civilians happen at one place: two named different towns are two attacks."""
    if a.sub_event_type == b.sub_event_type or a.place is None or b.place is None:
        return True
    return getattr(a.place, "name", "") == getattr(b.place, "name", "")


def compatible(
    a: Candidate,
    b: Candidate,
    use_place: bool = True,
    same_day: bool = False,
    kinds: bool = True,
    actors: bool = True,
) -> bool:
    """Can a and b be about the same event? Not when their dates differ (by more than a day, or at
    all for a generic sentence joining an event), their places are far apart, or different named
    actors carried them out."""
    if a.when and b.when and abs((a.when.value - b.when.value).days) > (0 if same_day else 1):
        return False
    if a.episode != b.episode and not a.from_title and not b.from_title:
        return False  # "In a separate incident, ...": the text says it is another event
    if _family(a) == _family(b) == "crowd" and _other_day(a, b):
        return False  # ACLED codes each day of a protest or riot as an event of its own
    if _other_day(a, b) and not a.inherited and not b.inherited and _named_act(a) and _named_act(b):
        return False  # "attacked the base on Friday ... a counter-offensive on Saturday": two events
    same_clause = a.sentence.index == b.sentence.index and a.span == b.span and a.from_title == b.from_title
    if same_clause and getattr(a.place, "name", None) != getattr(b.place, "name", None):
        return False  # the towns of one list: one event each
    if use_place and _two_towns_two_tolls(a, b):
        return (
            False  # "... killing five in Ariha. Another strike hit Saraqib, killing three": one row per place
        )
    if use_place and a.place is not None and b.place is not None and not _region_holds(a, b):
        d = km(a.place, b.place)
        if d is not None and d > MERGE_KM:
            return False
    for x, y in ((a, b), (b, a)) if kinds else ():  # an attack on civilians and a fight are two events
        if (
            x.event_type == tx.BATTLES
            and y.event_type == tx.VIOLENCE_AGAINST_CIVILIANS
            and y.actor2 is not None
            and y.actor2.kind == CIVILIANS
        ):
            return False
    crowd = _family(a) == _family(b) == "crowd"
    if actors and a.actor1 and b.actor1 and a.actor1.name != b.actor1.name and not crowd:
        # (a protest's parts name the crowd and the police in turn: its actor1 is always the crowd)
        return a.actor1.source == "generic" or b.actor1.source == "generic"
    return True


def split_by_day(
    events: list[Event], published: date | None, hint: str | None = None, language: str = "en"
) -> list[Event]:
    """An event one of whose clauses gives its dead day by day ("four killed on Friday, three on
    Saturday", `fatalities.day_split`) or place by place ("ten in Ashim, five in Zilang",
    `fatalities.place_split`) is one event per day or place (ACLED), each with its own figure: the
    clause's part for the day (place) carries the day (place) and the toll, the other members no toll
    (a total told elsewhere is no day's figure) and no day (place) of their own."""
    out: list[Event] = []
    for e in events:
        split = None
        for m in e.members:
            if m.from_title:
                continue
            if parts := day_split(m.reading, m.span, published):
                split = (m, parts, "when")
                break
            if parts := place_split(m.reading, m.span, event_places(m.sentence.text, hint, language)):
                split = (m, parts, "place")
                break
        if split is None:
            out.append(e)
            continue
        member, parts, key = split
        others = [
            replace(m, fatalities=None, toll=False, **{key: None}) for m in e.members if m is not member
        ]
        days = _days_of_parts(member, parts, published) if key == "place" else [None] * len(parts)
        for (deaths, where), day in zip(parts, days, strict=True):
            own = {"when": where, "inherited": False} if key == "when" else {"place": where, "near": False}
            if day is not None:
                own |= {"when": day, "inherited": False}
            part = replace(member, fatalities=deaths, toll=True, superseded=False, **own)
            out.append(Event([part, *others]))
    return out


def _days_of_parts(member: Candidate, parts: list, published: date | None) -> list:
    """The day each place's figure is given for: the named day nearest to its place between the figures
    before and after it ("six killed in Khan Younis on Monday, and another strike on Tuesday killed nine
    in Rafah"); None where the clause names no day, or one day for all."""
    r = member.reading
    days = [d for d in dates_in(r, published) if d.precision == "day"] if published else []
    if len({d.value for d in days}) < 2:
        return [None] * len(parts)
    anchors = [r.token_at(p.start) for _, p in parts]
    out = []
    for k, at in enumerate(anchors):
        lo = anchors[k - 1] + 1 if k else 0
        hi = anchors[k + 1] if k + 1 < len(anchors) else len(r.tokens)
        near = [d for d in days if lo <= d.first < hi]
        out.append(min(near, key=lambda d: abs(d.first - at)) if near else None)
    return out


# ---------------------------------------------------------------- mentions


def to_mention(e: Event, ctx: ArticleContext, main: bool = True) -> EventMention | None:
    anchor = e.anchor
    members = sorted(e.members, key=lambda c: (-c.strength, c.from_title, c.sentence.index))
    # a named group or force over a generic word ("a suicide bomber" vs "Islamic State Khorasan")
    # the side acted upon is never the side that acted: an actor a member names as hit, by its own
    # words (not by the article's country alone), is no actor1 of the event
    victims = {
        c.actor2.name for c in members if c.actor2 and (c.actor2.source == "named" or not c.actor2.hinted)
    }
    # a headline's state force names no doer over the body's ("Militia kills herders, army retaliates":
    # the army is the second event's); only a group it names adds to a body's generic word
    body_doers = any(c.actor1 for c in members if not c.from_title)
    actor1 = min((c.actor1 for c in members if c.actor1 and c.actor1.name not in victims
                  and not (c.from_title and body_doers and c.actor1.source != "named")), key=source_rank,
                 default=None)  # fmt: skip
    # the victims of the clause that counts the dead are the event's ("four aid workers were
    # among the dead" over "a blast ripped through the market")
    counting = sorted((c for c in members if c.fatalities), key=lambda c: -(c.fatalities or 0))
    hit = [
        c.actor2
        for c in [*counting, *members]
        if c.actor2 and (actor1 is None or c.actor2.name != actor1.name)
    ]
    # ACLED: an attack that hit an armed force and civilians is on the force (the civilians are
    # associated with it): "killed civilians and American personnel ... the dead include 11 Marines"
    armed_hit = [
        a
        for a in hit
        if a.armed and a.kind == STATE_FORCES and not a.hinted and anchor.event_type == tx.EXPLOSIONS
    ]
    actor2 = armed_hit[0] if armed_hit and hit[0].kind == CIVILIANS else next(iter(hit), None)
    if anchor.event_type == tx.BATTLES and (
        sides := each_sides_dead([c for c in e.members if c.fatalities and not c.from_title])
    ):
        actor1, actor2 = sides[0].actor1, sides[0].actor2  # the side told attacking first attacked
    unknown_side = False
    if anchor.event_type == tx.BATTLES and actor2 is not None and not actor2.armed:
        # a battle is fought between armed sides: civilians killed in it are its toll, not its side;
        # with no armed side named as hit, the other side is an unidentified armed group (ACLED)
        actor2 = next((a for a in hit if a.armed), None)
        unknown_side = actor2 is None
    sub_event_type = anchor.sub_event_type
    if anchor.event_type == tx.PROTESTS:
        subs = [c.sub_event_type for c in members if c.event_type == tx.PROTESTS and not c.intervention]
        subs += [tx.INTERVENTION for c in members if c.intervention]
        sub_event_type = max(subs, key=_protest_gravity, default=sub_event_type)
    if anchor.event_type in CROWD_TYPES:
        actor1, actor2 = _crowd_actors(anchor, sub_event_type, members, ctx)
    elif actor2 is not None and actor2.source == "generic" and actor2.armed:
        actor2 = _group_of_the_hit(members, ctx, actor1) or actor2
    if anchor.event_type == tx.BATTLES:
        actor2 = other_side_of_battle(actor1, actor2, [a for c in members for a in (c.actor1, c.actor2) if a])
    if anchor.event_type in VIOLENT_TYPES and (actor1 is None or (main and actor1.source == "generic")):
        # "gunmen" / no one named, but the article blames a named group: that group acted
        blamed = _blamed_agent(ctx)
        if (
            blamed is not None
            and (actor2 is None or blamed.name != actor2.name)
            and blamed.name not in victims
        ):
            actor1 = blamed
    if actor1 is None and anchor.event_type not in CROWD_TYPES:
        actor1 = _article_agent(ctx, exclude=actor2)
        if actor1 is not None and actor1.name in victims:
            actor1 = None
    with_figures = [c for c in e.members if c.fatalities]
    fatalities = event_fatalities(e.members)
    if anchor.event_type == tx.STRATEGIC:
        fatalities = 0  # arrests, agreements, transfers: the deaths of the clause belong to another event
    if anchor.event_type == tx.PROTESTS and fatalities:
        if any(_force_killed_the_crowd(c) for c in with_figures):
            sub_event_type = tx.EXCESSIVE_FORCE  # ACLED: lethal force on a protest is excessive force
            actor1, actor2 = _crowd_actors(anchor, sub_event_type, members, ctx)  # the force that fired
        elif sub_event_type != tx.EXCESSIVE_FORCE:
            fatalities = 0  # "marched to protest the killing of 12 villagers": the deaths are another event's
    if sub_event_type == tx.EXCESSIVE_FORCE and not fatalities and not any(_hurt_told(c) for c in members):
        # ACLED: force on a protest is excessive when it kills or injures; live rounds fired into the
        # air to disperse the crowd, with no one hurt, are the protest's intervention
        sub_event_type = tx.INTERVENTION
    # a part's day over another part's week or month ("on Wednesday" over "this week")
    when = (
        next((c.when for c in members if c.when and c.when.precision == "day"), None)
        or next((c.when for c in members if c.when), None)
        or _reported_day(members, ctx)
    )
    place, near = _event_place(e, ctx)
    country = (getattr(place, "country", "") if place is not None else "") or (ctx.hint or "")
    if not country:
        # no place and no country in the text: a named group of one country acted there ("Al-Shabaab")
        country = next(
            (a.country for a in (actor1, actor2) if a is not None and a.source == "named" and a.country), ""
        )
    if not country:
        return None
    event_date = when.value if when else ctx.published
    precision = when.precision if when else "day"
    geo_precision = 3
    if place is not None:
        geo_precision = max(getattr(place, "geo_precision", 3), 2 if near else 1)
    if sub_event_type == tx.ARRESTS and actor2 is None:
        actor2 = arrested_by_default(actor1, country)
    if anchor.event_type == tx.VIOLENCE_AGAINST_CIVILIANS and actor2 is not None and actor2.armed:
        # ACLED: its target is civilians; an armed actor named alone is the one that acted
        actor1, actor2 = (actor1 or actor2), None
    if actor2 is None and unknown_side:
        actor2 = ActorMention(
            _unidentified(anchor, country), UNKNOWN, country, -1, -1, "generic", hinted=True
        )
    if actor2 is None:
        actor2 = civilians_hit_by_default(anchor.event_type, fatalities, actor1, country, sub_event_type)
    if sub_event_type == tx.NON_STATE_OVERTAKES and actor2 is None and actor1 is not None:
        texts = [*([ctx.title.text] if ctx.title else []), *(s.text for s in ctx.sentences)]
        loser = losing_state_force(texts, ctx.language, country)
        actor2 = loser if loser is not None and loser.name != actor1.name else None
    actor1, actor2 = (
        _state_of_its_soldiers(a, e, ctx, other) for a, other in ((actor1, actor2), (actor2, actor1))
    )
    actor1_name = actor1.name if actor1 else _unidentified(anchor, country)
    sentence = " ".join(
        dict.fromkeys(c.sentence.text for c in sorted(e.members, key=lambda c: c.sentence.index))
    )
    confidence = _confidence(anchor, when is not None, place, actor1 is not None)
    if anchor.event_type == tx.VIOLENCE_AGAINST_CIVILIANS and fatalities:
        sub_event_type = tx.ATTACK  # people abducted and killed in one attack: a fatal attack
    return EventMention(
        event_date=event_date,
        event_type=anchor.event_type,
        sub_event_type=sub_event_type,
        actor1=actor1_name,
        actor2=actor2.name if actor2 else "",
        country=country,
        admin1=getattr(place, "admin1", "") if place is not None else "",
        location=getattr(place, "name", "") if place is not None else "",
        latitude=getattr(place, "latitude", None) if place is not None else None,
        longitude=getattr(place, "longitude", None) if place is not None else None,
        fatalities=fatalities,
        sentence=sentence[:2000],
        date_precision=precision,
        geo_precision=geo_precision,
        actor1_kind=actor1.kind if actor1 else ("unknown" if actor1_name else ""),
        actor2_kind=actor2.kind if actor2 else "",
        actor1_country=actor1.country if actor1 else (country if actor1_name else ""),
        actor2_country=actor2.country if actor2 else "",
        confidence=confidence,
    )


def _state_of_its_soldiers(a: ActorMention | None, e: Event, ctx: ArticleContext, other: ActorMention | None):
    """ "Hamas fighters killed three soldiers in Khan Younis, the Israeli military said": soldiers the
    report names by no country of their own are not the place's forces when the event's sentences name
    the forces of one other state by its own words (as acting, hit or speaking) and never those of the
    place's country: they are that state's."""
    if a is None or a.kind != STATE_FORCES or not a.hinted or not a.name.startswith("Military Forces of"):
        return a
    named = {
        m.country
        for c in e.members
        for m in actors_in(c.reading, ctx.hint)
        if m.kind == STATE_FORCES and not m.hinted and m.country
    }
    named |= {
        str(d.value)
        for c in e.members
        for d in c.reading.hits("demonyms")
        if d.value and _names_a_force(c.reading, d)
    }
    if a.country in named or len(named) != 1:
        return a
    state = next(iter(named))
    if other is not None and other.kind == STATE_FORCES and other.country == state:
        return a  # the two sides are the named state and the place's own forces
    return replace(a, name=f"Military Forces of {state}", country=state, hinted=False)


def _names_a_force(r, d) -> bool:
    """A demonym right before a state-force word ("the Israeli military said", "l'armée israélienne")."""
    return any(m.first == d.last or m.last == d.first for m in r.hits("actors.state_forces"))


def _group_of_the_hit(members: list[Candidate], ctx: ArticleContext, actor1: ActorMention | None):
    """ "hava harekatı ... PKK hedeflerine, 12 terörist etkisiz hale getirildi", "soldiers killed 12
    militants in an operation against Al-Shabaab": armed men the event hit, named only by what they
    are, were of the one named armed group its sentences name besides the side that acted (not a
    group that only reports)."""
    named = {
        a.name: a
        for c in members
        for a in actors_in(c.reading, ctx.hint)
        if a.source == "named" and a.armed and a.kind != STATE_FORCES and not _speaks(c.reading, a)
        and (actor1 is None or a.name != actor1.name) and not _beside_the_doer(c, a)
    }  # fmt: skip
    if not named and actor1 is not None and actor1.kind == STATE_FORCES:
        # "Boko Haram fighters killed 12 farmers ... troops killed 20 militants near Gwoza": the militants
        # the state's forces hit were of the one armed group the article shows acting
        named = {
            c.actor1.name: c.actor1
            for c in ctx.cands
            if c.actor1 is not None and c.actor1.source == "named" and c.actor1.armed
            and c.actor1.kind != STATE_FORCES and c.actor1.name != actor1.name
        }  # fmt: skip
    return next(iter(named.values())) if len(named) == 1 else None


def _beside_the_doer(c: Candidate, a: ActorMention) -> bool:
    """ "Malian troops and Wagner fighters clashed with CSP rebels": a group named between the doer and
    the act, in the act's clause, fought on the doer's side."""
    doer = c.actor1
    return (
        doer is not None
        and doer.first <= a.first
        and a.last <= c.trigger.first
        and a.name != doer.name
        and c.reading.same_clause(a.first, c.trigger.first)
    )


def _reported_day(members: list[Candidate], ctx: ArticleContext):
    """The day the event's first sentence was reported ("..., residents said on Wednesday"), for an
    event none of whose clauses gives a day of its own (`clause_date.reported_day`); a later
    sentence's report day may be another act's ("a day after the army announced on Monday")."""
    body = [c for c in members if not c.from_title]
    if ctx.published is None or not body:
        return None
    first = min(body, key=lambda c: c.sentence.index)
    return reported_day(first.reading, dates_in(first.reading, ctx.published), ctx.published)


def _force_killed_the_crowd(c: Candidate) -> bool:
    """A clause of the protest that gives deaths caused by the state's forces, or of protesters."""
    return bool(c.fatalities) and (
        (c.actor1 is not None and c.actor1.kind == STATE_FORCES)
        or (c.actor2 is not None and c.actor2.kind == PROTESTERS)
        or c.sub_event_type == tx.EXCESSIVE_FORCE
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


def _unidentified(anchor: Candidate, country: str) -> str:
    if anchor.event_type in VIOLENT_TYPES:
        return f"Unidentified Armed Group ({country})"
    return ""


def _blamed_agent(ctx: ArticleContext) -> ActorMention | None:
    """The named group or force the article blames for the attack or that claimed it."""
    for s in [*ctx.sentences, *([ctx.title] if ctx.title else [])]:
        r = read(s.text, ctx.language)
        if not r.hits("attribution"):
            continue
        agent = attributed_agent_in(r, actors_in(r, ctx.hint))
        if agent is not None:
            return agent
    return None


def _article_agent(ctx: ArticleContext, exclude: ActorMention | None) -> ActorMention | None:
    """For an event whose sentences name no perpetrator: the actor the article most often shows
    acting, else the named armed group or force it mentions most (never the side that was hit)."""
    agents = Counter(
        c.actor1.name for c in ctx.cands if c.actor1 and (exclude is None or c.actor1.name != exclude.name)
    )
    if agents:
        name = agents.most_common(1)[0][0]
        return next(c.actor1 for c in ctx.cands if c.actor1 and c.actor1.name == name)
    # (an actor that only reports, "police said", took no part in what it reports)
    readings = [read(s.text, ctx.language) for s in ctx.sentences]
    named = [
        a
        for r in readings
        for a in _not_background(r, actors_in(r, ctx.hint))
        if a.source != "generic"
        and a.armed
        and (exclude is None or (a.name != exclude.name and a.country != exclude.country))
        and not is_speaker(r, a)
    ]
    if not named:
        return None
    name = Counter(a.name for a in named).most_common(1)[0][0]
    return next(a for a in named if a.name == name)


def _not_background(r, actors: list[ActorMention]) -> list[ActorMention]:
    """Actors outside a clause that recalls a past state ("since Kabul fell to the Taliban"): a group
    named as background is no actor of the report's event."""
    recalled = [m for m in r.hits("modality.recalled")]
    return [
        a
        for a in actors
        if not any(m.first >= r.clause_start(a.first) and m.first < a.first for m in recalled)
    ]


def _event_place(e: Event, ctx: ArticleContext) -> tuple[object | None, bool]:
    located = [c for c in e.members if c.place is not None]
    if located:
        salience = place_salience([s.text for s in ctx.sentences] + ([ctx.title.text] if ctx.title else []),
                                  ctx.hint, ctx.language)  # fmt: skip
        best = min(
            located,
            key=lambda c: (
                c.from_title,
                getattr(c.place, "country", "") != ctx.hint,
                c.strength < 2,  # the place of the sentence that says what happened, not of a restatement
                getattr(c.place, "geo_precision", 3),
                -salience[getattr(c.place, "name", "")],
                -c.strength,
                c.sentence.index,
            ),
        )
        return best.place, best.near
    anchor = e.anchor
    # the place is often in the sentence before or after, else the headline, else the lead
    para = [s for s in ctx.sentences if s.paragraph == anchor.sentence.paragraph]
    near_sents = sorted(para, key=lambda s: abs(s.index - anchor.sentence.index))
    pools = [
        near_sents,
        [ctx.title] if ctx.title else [],
        [s for s in ctx.sentences if s.paragraph <= 1],
        ctx.sentences,
    ]
    for pool in pools:
        for s in pool:
            places = event_places(s.text, ctx.hint, ctx.language)
            if places:
                return min(places, key=lambda p: (p.geo_precision, p.latitude is None)), False
    return None, False


def _confidence(anchor: Candidate, dated: bool, place: object | None, has_actor: bool) -> float:
    base = {4: 0.8, 3: 0.75, 2: 0.6, 1: 0.45}.get(anchor.strength, 0.5)
    base += (
        0.05 * dated
        + 0.05 * (place is not None and getattr(place, "geo_precision", 3) == 1)
        + 0.05 * has_actor
    )
    return round(min(base, 0.95), 2)


def _region_holds(a: Candidate, b: Candidate) -> bool:
    """Is one candidate placed only by the first-level region the other's town lies in ("Donetsk
    oblast" and Kramatorsk), with no toll of its own? Its region's centre says nothing of its distance;
    a region with a toll of its own ("seven soldiers were killed in the North-West") is another event."""
    for x, y in ((a, b), (b, a)):
        region, place = x.place, y.place
        if (
            not x.fatalities
            and getattr(region, "kind", "") == "admin1"
            and getattr(place, "kind", "") not in TOWN_OPEN_KINDS
            and getattr(region, "country", 1) == getattr(place, "country", 2)
            and getattr(region, "admin1", 1) == getattr(place, "admin1", 2)
        ):
            return True
    return False


def _two_towns_two_tolls(a: Candidate, b: Candidate) -> bool:
    """Two clauses that each name their own town (not a region or a country, and neither the place
    that holds the other) and each give their own dead: two events however near the towns lie (ACLED
    codes one event per location)."""
    if not (a.fatalities and b.fatalities and a.place is not None and b.place is not None):
        return False
    if a.from_title or b.from_title or not (_own_place(a) and _own_place(b)):
        return False
    if TOWN_OPEN_KINDS & {getattr(a.place, "kind", ""), getattr(b.place, "kind", "")}:
        return False
    if (
        a.place.name == b.place.name
        or a.place.start == getattr(b.place, "within", -2)
        and a.sentence is b.sentence
    ):
        return False
    return not (b.place.start == getattr(a.place, "within", -2) and a.sentence is b.sentence)


CONTINUATION_REACH = 2  # sentences between an undated event and the dated event told just before it


def _undated_continuations(events: list[Event]) -> list[Event]:
    """ "Another strike hit the nearby town of Saraqib, killing three": an event of the body with no
    date anywhere, told right after a dated event (within `CONTINUATION_REACH` sentences), happened
    on that event's day; the report goes on telling the same day."""
    out = []
    for e in events:
        body = [m for m in e.members if not m.from_title]
        if not body or any(m.when is not None for m in e.members):
            out.append(e)
            continue
        first = min(m.sentence.index for m in body)
        # the dated event's reach runs from its last sentence ("... on Thursday. A commander said 15
        # were killed. In a separate incident, a bomb struck a truck": the bomb is Thursday's too)
        before = [
            (last, m.when)
            for o in events
            if o is not e
            for last in [max((k.sentence.index for k in o.members if not k.from_title), default=-1)]
            for m in o.members
            if not m.from_title
            and m.when is not None
            and m.when.precision == "day"
            and m.sentence.index < first
            and 0 <= first - last <= CONTINUATION_REACH
        ]
        if not before:
            out.append(e)
            continue
        when = max(before, key=lambda x: x[0])[1]
        out.append(Event([replace(m, when=when, inherited=True) for m in e.members]))
    return out
