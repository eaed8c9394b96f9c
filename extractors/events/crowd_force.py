"""Force the state's forces use on a crowd, told in shapes `type_resolution.resolve_type` would read
as an attack on civilians or a peaceful protest (round 16, types):

- CROWD_UNDER_FIRE (`crowd_under_fire`): the state's forces fire on a crowd named in the act's own
  clause, a protesters' noun ("opened fire on demonstrators", "auf friedliche Demonstranten
  geschossen") or people a protest act's word follows ("fired on mourners holding a vigil"; not a
  word of force: "a young man with live ammunition"), while the
  dead are counted as "people" elsewhere in the sentence ("four people were killed when police
  opened fire on ..."): the dead are the crowd's; ACLED codes lethal force on a protest that is not
  itself violent as excessive force against protesters (a protest met by force that kills no one is
  a protest with intervention). A riot's act in the sentence (stones thrown, tyres burnt) makes the
  crowd violent: that stays a riot's business, not this rule's.
- FORCE_SUBJECT_OF_THE_PROTEST (`force_subject_of_protest`): a protest word whose clause opens with
  the state's forces as the doer and tells an arrest or a force word after the crowd ("Die Polizei
  hat ... 30 Demonstranten bei einer Kundgebung festgenommen", "Polis ... yürüyüş yapan
  öğrencilerden 20'sini gözaltına aldı"): in a verb-final clause the protest word comes before the
  arrest, so the arrest reads as the grievance of a crowd after it; here the forces acted on the
  crowd at its protest: a protest with intervention.
- PEACEFUL_CROWD_KILLED (`peaceful_crowd_killed`): deaths in a fight "between" the police and a
  crowd told doing a protest's act ("manifestantes que realizaban una vigilia"), with no riot act of
  the crowd's own named: the codebook's excessive force against protesters, no riot.
- CROWD_TURNED_VIOLENT (`crowd_turned_violent`): excessive force on a crowd the sentence tells
  throwing stones or burning after its noun is that violent crowd's riot.
- ACTIVISTS_NO_CROWD (`activists`, pack key `activist_nouns`): activists counted and arrested with
  no protest told are an arrest (`resolve_type`), not a protest's intervention.
- MOB_WORD_IN_A_RIOT (`mob_word_in_a_riot`): a riot's word and a mob's word in one clause with no
  protest, police or soldier in the sentence are mob violence.
- MOB_OPENS_THE_CLAUSE (`mob_opens_the_clause`): people who are no armed group open the clause of
  an attack on a victim named after it ("Vecinos enfurecidos golpearon y quemaron vivo a un
  hombre"): a mob's violence.
"""

from __future__ import annotations

from dataclasses import replace

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import CIVILIANS, PROTESTERS, RIOTERS, STATE_FORCES, ActorMention
from extractors.events.actors import actors_in
from extractors.events.candidates import Candidate
from extractors.events.causes import in_cause
from extractors.events.clause_words import non_state_armed
from extractors.events.crowd_objects import fired_on_the_protest
from extractors.events.crowd_sides import lone_doer, uncounted_doer
from extractors.events.modality import unreal_at

VIOLENT = "Violent demonstration"
MOB = "Mob violence"
CROWD_ACT_REACH = 3  # tokens from the people fired on to the protest word that makes them a crowd ("mourners holding a vigil")


def crowd_under_fire(c: Candidate) -> ActorMention | None:
    """CROWD_UNDER_FIRE: the crowd (as protesters) that the state's forces, the candidate's doer,
    fired on in the act's clause, else None."""
    r, t = c.reading, c.trigger
    if c.actor1 is None or c.actor1.kind != STATE_FORCES:
        return None
    if c.actor2 is not None and c.actor2.kind not in (CIVILIANS, PROTESTERS):
        return None
    if r.hits("triggers.Riots", "actors.rioters", "triggers.Explosions/Remote violence"):
        return None
    actors = actors_in(r, None)
    if any(non_state_armed(a) for a in actors):
        return None
    lo, hi = r.clause_start(t.first), r.clause_end(t.first)
    protests = [
        m
        for m in r.hits("triggers.Protests.Peaceful protest")
        if not unreal_at(r, m.first, m.last) and not in_cause(r, m.first)
    ]
    for a in actors:
        if not lo <= a.first < hi or a.first < c.actor1.last or a is c.actor1:
            continue
        if a.kind == PROTESTERS:
            return a
        if (
            a.kind == CIVILIANS
            and a.first >= t.last
            and any(0 <= m.first - a.last <= CROWD_ACT_REACH and m.first < hi for m in protests)
        ):
            return replace(a, kind=PROTESTERS)
    return fired_on_the_protest(r, t, c.actor2)  # FIRE_ON_THE_PROTEST: "opened fire on a march"


def force_subject_of_protest(c: Candidate) -> bool:
    """FORCE_SUBJECT_OF_THE_PROTEST: the state's forces, the protest word's doer, are named before it
    with only the crowd between (no other doer, no reporting verb; a comparison's "als" in "mehr
    als 30" may cut the clause there), and an arrest or force word of the protest word's clause
    comes after it."""
    r, t = c.reading, c.trigger
    if c.actor1 is None or c.actor1.kind != STATE_FORCES or c.actor1.first > t.first:
        return False
    hi = r.clause_end(t.first)
    between = [a for a in actors_in(r, None) if c.actor1.last <= a.first < t.first]
    if any(a.kind not in (PROTESTERS, CIVILIANS) for a in between):
        return False  # another doer between the force and the protest word
    if any(c.actor1.last <= m.first < t.first for m in r.hits("reporting_verbs")):
        return False  # "police said 300 people marched ...": the force speaks, it does not act
    acts = r.hits("triggers.Strategic developments.Arrests", "outcomes.arrested",
                  "triggers.Protests.Protest with intervention")  # fmt: skip
    return any(t.last <= m.first < hi and not unreal_at(r, m.first, m.last) for m in acts)


LINKING_NUMBER_WORDS = frozenset(
    f"numbers.{k}" for k in ("list_joiners", "range_openers", "range_words", "part_of", "partitive")
)
"""PLACE_OF_THE_MOB: number classes whose words are prepositions and joiners, no count: "Pobladores
de una comunidad de Puebla golpearon ...", the mob's own place between it and its act."""


def mob_opens_the_clause(c: Candidate) -> ActorMention | None:
    """MOB_OPENS_THE_CLAUSE: "Vecinos enfurecidos golpearon y quemaron vivo a un hombre", "angry
    villagers beat and burned a man": an attack word of the pack (not a placeholder) whose clause
    opens with people who are no armed group (residents, villagers: a civilians' noun no figure
    counts, not one person) and names its victim after it, with nothing between the people and the
    act but words of no class of the pack (an adjective, a first verb joined by "and"), in a sentence
    that names no armed actor: the people are a mob (ACLED: mob violence, the people as rioters).
    With the victim after the act the clause is active: "villagers were burned alive" names none."""
    r, t = c.reading, c.trigger
    lo, hi = r.clause_start(t.first), r.clause_end(t.first)
    actors = actors_in(r, None)
    if any(a.armed for a in actors):
        return None
    if not any(a.kind == CIVILIANS and t.last <= a.first < hi for a in actors):
        return None  # no victim named after the act: a passive ("villagers were burned alive")
    doer = next((a for a in actors if lo <= a.first < t.first), None)
    if doer is None or doer.kind != CIVILIANS or not _opens_the_clause(r, lo, doer) or lone_doer(c, doer):
        return None
    if uncounted_doer(c) != doer or any(doer.last <= a.first < t.first for a in actors if a is not doer):
        return None
    others = r.hits(
        "reporting_verbs", "generic_violence", "outcomes", "triggers", "numbers", "relative_dates"
    )
    if any(doer.last <= m.first < t.first and m.label not in LINKING_NUMBER_WORDS for m in others):
        return None
    return replace(doer, kind=RIOTERS)


LEADING_WORDS = 2  # words of no class of the pack that may stand before the mob's noun ("Angry villagers")
OPENING_CLASSES = ("triggers", "actors", "numbers", "relative_dates", "reporting_verbs", "outcomes",
                   "generic_violence", "place_words", "locative_prepositions", "modality")  # fmt: skip


def _opens_the_clause(r, lo: int, doer: ActorMention) -> bool:
    """ADJECTIVE_BEFORE_THE_MOB (round 17, types): the people open the clause, or only a word or two
    of no class of the pack stand before them (an adjective: "Angry villagers beat ...")."""
    if doer.first == lo:
        return True
    if doer.first - lo > LEADING_WORDS:
        return False
    return not any(lo <= m.first < doer.first for m in r.hits(*OPENING_CLASSES))


BETWEEN_REACH = 6  # tokens from a fight word to the "between" word that opens its two sides


def peaceful_crowd_killed(c: Candidate) -> ActorMention | None:
    """PEACEFUL_CROWD_KILLED: "cinco muertos en una batalla campal entre la policía y manifestantes
    que realizaban una vigilia": a riot read only from a fight word whose two sides a "between" word
    opens after it (a crowd and the state's forces: a word that says both fought, not which did
    what), with deaths, in a sentence that names no riot act of its own (no second riot word: no
    stones, burning or looting) and that tells the crowd's own act as a protest's (a protest word
    after the crowd's noun that is not that noun: "que realizaban una vigilia", "who were marching"):
    ACLED's excessive force against protesters (lethal force on a protest not itself violent).
    Returns the crowd (as protesters), else None."""
    if c.event_type != tx.RIOTS or c.sub_event_type != VIOLENT or not c.fatalities:
        return None
    r, t = c.reading, c.trigger
    riot_acts = r.hits("triggers.Riots", f"triggers.{tx.STRATEGIC}.{tx.LOOTING}", "actors.rioters")
    if any(not (m.first < t.last and t.first < m.last) for m in riot_acts):
        return None  # another riot word: the crowd did something violent of its own
    if r.hits("triggers.Explosions/Remote violence") or any(non_state_armed(a) for a in actors_in(r, None)):
        return None
    leading = {m.first for m in r.hits("place_words.leading")}
    opener = next((m for m in r.hits("numbers.range_openers") if 0 <= m.first - t.last <= BETWEEN_REACH
                   and m.first not in leading and r.same_clause(t.first, m.first)), None)  # fmt: skip
    if opener is None:
        return None
    hi = r.clause_end(opener.first)
    if not any(opener.last <= m.first < hi for m in r.hits("actors.police", "actors.state_forces")):
        return None
    crowd = next(
        (a for a in actors_in(r, None) if a.kind == PROTESTERS and opener.last <= a.first < hi), None
    )
    if crowd is None:
        return None
    own = {m.first for m in r.hits("actors.protesters")}
    if not any(m.first >= crowd.last and m.first not in own and not unreal_at(r, m.first, m.last)
               for m in r.hits("triggers.Protests")):  # fmt: skip
        return None
    return crowd


def crowd_turned_violent(c: Candidate) -> bool:
    """CROWD_TURNED_VIOLENT: "police opened fire on protesters who were throwing stones, killing
    three": lethal force on a crowd that itself threw stones, burned or looted (a riot act of the
    pack after the crowd's noun, in the sentence, not an unreal one nor a cause) is no excessive force
    against a peaceful protest: ACLED codes the violent crowd's event as a violent demonstration,
    whoever killed whom."""
    if c.event_type != tx.PROTESTS or c.sub_event_type != tx.EXCESSIVE_FORCE:
        return False
    r, t = c.reading, c.trigger
    crowd = [m.first for m in r.hits("actors.protesters", "actors.rioters")]
    if not crowd:
        return False
    return any(
        m.first >= min(crowd)
        and not (m.first < t.last and t.first < m.last)
        and not unreal_at(r, m.first, m.last)
        and not in_cause(r, m.first)
        for m in r.hits(f"triggers.{tx.RIOTS}.{VIOLENT}")
    )


def recoded_crowd_event(c: Candidate) -> Candidate:
    """A resolved candidate recoded by CROWD_TURNED_VIOLENT (excessive force on a crowd that threw
    stones: its riot) and PEACEFUL_CROWD_KILLED (deaths in a fight "between" the forces and a crowd
    told at a protest's act: excessive force), else as it is."""
    if crowd_turned_violent(c):
        force = next((a for a in (c.actor1, c.actor2) if a is not None and a.kind == STATE_FORCES), None)
        crowd = next((a for a in (c.actor1, c.actor2) if a is not None and a.kind == PROTESTERS), None)
        return replace(c, event_type=tx.RIOTS, sub_event_type=VIOLENT, crowd=True, actor2=force,
                       actor1=replace(crowd, kind=RIOTERS) if crowd is not None else None)  # fmt: skip
    if mob_word_in_a_riot(c):
        return replace(c, sub_event_type=MOB)
    if (crowd := peaceful_crowd_killed(c)) is not None:
        force = next((a for a in (c.actor2, c.actor1) if a is not None and a.kind == STATE_FORCES), None)
        return replace(
            c, event_type=tx.PROTESTS, sub_event_type=tx.EXCESSIVE_FORCE, actor1=crowd, actor2=force
        )
    return c


def activists(c: Candidate, a: ActorMention) -> bool:
    """ACTIVISTS_NO_CROWD: is the actor named by one of the pack's `activist_nouns` (members of a
    movement, no crowd by themselves: "arrested five activists at their homes" is an arrest)?"""
    return any(a.first <= m.first < max(a.last, a.first + 1) for m in c.reading.hits("activist_nouns"))


def mob_word_in_a_riot(c: Candidate) -> bool:
    """MOB_WORD_IN_A_RIOT: "Moradores revoltados espancaram até a morte um suspeito": a violent
    demonstration's word (an angry crowd: "revoltados") and a mob's word ("espancar até a morte",
    "lynched") in one clause, with no protest word and no police or soldier in the sentence, is
    mob violence (ACLED: rioters attacking people in the absence of a demonstration)."""
    if c.event_type != tx.RIOTS or c.sub_event_type != VIOLENT:
        return False
    r, t = c.reading, c.trigger
    if r.hits("triggers.Protests", "actors.protesters", "actors.police", "actors.state_forces"):
        return False
    lo, hi = r.clause_start(t.first), r.clause_end(t.first)
    return any(
        lo <= m.first < hi and not unreal_at(r, m.first, m.last) for m in r.hits(f"triggers.{tx.RIOTS}.{MOB}")
    )
