"""Event -> mention: the fields of each mention the coder gives (`to_mention`).

The highest current toll (a figure the text gives as the earlier count is `superseded`), the most
specific place (`_event_place`), the explicit date (else the day its first sentence was reported,
`_reported_day`, else the publication date), actors filled from the rest of the article; a named
group the article blames or that claimed the attack replaces "gunmen" (`_blamed_agent`); protest and
riot actors follow ACLED (`crowd_actors.py`: `_crowd_actors`, PROTEST_GRAVITY, MOB_VIOLENCE); armed men hit named by no
name were of the one group named (`_group_of_the_hit`); soldiers of no stated country are of the one
other state the event's sentences name (`_state_of_its_soldiers`); a battle's other side is armed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import CIVILIANS, STATE_FORCES, UNKNOWN, ActorMention
from extractors.events.actors import actors_in
from extractors.events.candidates import Candidate
from extractors.events.clause_date import reported_day
from extractors.events.crowd_actors import (
    _crowd_actors,
    _crowd_dead_where_force_met_it,
    _force_killed_the_crowd,
    _hurt_told,
    _protest_gravity,
    _speaks,
)
from extractors.events.dates import dates_in
from extractors.events.event_figures import each_sides_dead, event_fatalities
from extractors.events.locate import event_places, place_salience
from extractors.events.reading import read
from extractors.events.role_defaults import (
    arrested_by_default,
    civilians_hit_by_default,
    losing_state_force,
    other_side_of_battle,
)
from extractors.events.roles import attributed_agent_in, source_rank
from extractors.events.same_event import CROWD_TYPES, VIOLENT_TYPES, ArticleContext, Event, one_side
from extractors.events.self_fights import self_fight_side
from extractors.events.speaker_clues import is_speaker
from extractors.models import EventMention


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
        if c.actor2 and (actor1 is None or not one_side(c.actor2, actor1))
    ]  # (SIDES_SWAPPED: the insurgents killed in the answer to ISWAP's attack are ISWAP's side)
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
        actor2 = actor2 or self_fight_side(anchor, actor1)  # SELF_FIGHT: "clashed among themselves"
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
        if any(_force_killed_the_crowd(c) for c in with_figures) or _crowd_dead_where_force_met_it(
            with_figures, members
        ):
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
    """Actors outside a clause that recalls a past state ("since Kandahar fell to the Taliban"): a group
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
        best = _best_located(located, ctx)
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


def _best_located(located: list[Candidate], ctx: ArticleContext) -> Candidate:
    """The member whose place is the event's: from the body before the headline, in the article's
    country, a sentence that says what happened, the most precise, the place the report keeps coming
    back to (`place_salience`), the strongest, the first. LAZY_SALIENCE: the salience (places read
    in every sentence) is counted only when members tie on everything before it."""

    def first_terms(c: Candidate) -> tuple:
        return (
            c.from_title,
            getattr(c.place, "country", "") != ctx.hint,
            c.strength < 2,  # the place of the sentence that says what happened, not of a restatement
            getattr(c.place, "geo_precision", 3),
        )

    lead = min(first_terms(c) for c in located)
    tied = [c for c in located if first_terms(c) == lead]  # min's winner is among them, order kept
    if len(tied) == 1:
        return tied[0]
    salience = place_salience([s.text for s in ctx.sentences] + ([ctx.title.text] if ctx.title else []),
                              ctx.hint, ctx.language)  # fmt: skip
    return min(tied, key=lambda c: (-salience[getattr(c.place, "name", "")], -c.strength, c.sentence.index))


def _confidence(anchor: Candidate, dated: bool, place: object | None, has_actor: bool) -> float:
    base = {4: 0.8, 3: 0.75, 2: 0.6, 1: 0.45}.get(anchor.strength, 0.5)
    base += (
        0.05 * dated
        + 0.05 * (place is not None and getattr(place, "geo_precision", 3) == 1)
        + 0.05 * has_actor
    )
    return round(min(base, 0.95), 2)
