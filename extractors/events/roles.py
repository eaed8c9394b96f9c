"""Who acted and who was hit: the roles of the actors of a sentence around its trigger, by word class.

The rules read the pack's classes and the order of words, not the words themselves:
- `_fighting_pair`: a clash with two armed sides named after (or around) its trigger: both sides,
  in the order named;
- an actor right after an agent marker (`agent_markers`: "by", "par", "por", "von", "door") acted,
  unless the marker stands before the act with no event word before it in its clause: it is then
  another verb's agent ("camps used by X were struck": X's side was hit, `_agent_of_another_verb`);
  so did an armed one joined to the act's noun by a genitive word (`agent_genitives`: "l'attaque
  des jihadistes", "Angriffe der Armee") when no actor stands before the act;
- an actor counted by a number ("13 soldiers", "dozens of villagers") or followed, in its clause,
  by an outcome word with no one counted after it ("soldiers were killed", "soldats tués",
  "askeri şehit oldu") was hit; so was one right after an outcome or trigger word ("killing 12
  civilians", "attacked the village");
- an actor before the trigger acted, one after it was hit (the default of subject-verb-object
  prose); civilians and protesters never carry an attack out;
- an actor that reports the event takes no part in it (`is_speaker`: "police said", "a nurse,
  Amina Odhiambo, said", "according to police"), unless it names itself the doer right after its
  verb (`actors.self_reference`: "the army said it killed"); the authorities that report arrests
  made them (ACLED), so arrests keep their speakers.
`attributed_agent` reads blame and claims anywhere in the article ("blamed X", "X claimed
responsibility"): the pack's `attribution.blame` and `attribution.claim` words around a named group.

The clues of one actor (doer, hit: `role_clues.py`; speaker: `speaker_clues.is_speaker`); this module
decides the roles of a trigger (`roles_in`, `_fighting_pair`, `assign_roles`) and attribution; the
state a sentence names as the act's doer (`adjective_agent`, `state_subject`) is `state_doers.py`;
ACLED's defaults (`arrested_by_default`, `civilians_hit_by_default`, `other_side_of_battle`,
`losing_state_force`) are `role_defaults.py`.
"""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import EXTERNAL, PROTESTERS, STATE_FORCES, ActorMention
from extractors.events.fronted_acts import fronted_act_doer
from extractors.events.holders import held_before, held_by
from extractors.events.numbers import numbers_in
from extractors.events.partitive_victims import antecedent_hit
from extractors.events.reading import Reading, has_pack, read
from extractors.events.role_clues import (
    _agent_marked,
    _agent_of_another_verb,
    _agent_postposed,
    _counted,
    _doer_after_its_verb,
    _genitive_agent,
    _hit_after,
    _hit_before,
    _members_arrested,
    _names_the_trigger,
    _relative_subject,
    _subject_of_act,
    _suspect_arrested,
    _targeted,
    _verb_first_subject,
)
from extractors.events.speaker_clues import is_speaker
from extractors.events.state_doers import adjective_agent

VERB_FINAL = "verb-final"  # the pack's `clause_order` of a language whose case words follow their noun
OPPONENT_REACH = 2  # tokens between the pack's "against" word and the group it names ("against the IS")


def opposed(r: Reading, a: ActorMention) -> bool:
    """OPERATION_AGAINST: the actor stands right after the pack's `opponent_markers` word ("contre
    l'État islamique", "против ИГИЛ"), or, in a verb-final language, right before it (a postposition:
    "DEAŞ terör örgütüne yönelik"), in one clause."""
    first, last = r.token_at(a.start), r.token_at(a.end - 1) + 1
    postposed = r.pack.data.get("clause_order") == VERB_FINAL
    return any(
        (0 <= first - m.last <= OPPONENT_REACH and r.same_clause(m.last - 1, first))
        or (postposed and 0 <= m.first - last <= OPPONENT_REACH and r.same_clause(last - 1, m.first))
        for m in r.hits("opponent_markers")
    )


def _aimed_at(r: Reading, a: ActorMention, t: tx.TriggerMatch, actors: list[ActorMention]) -> bool:
    """AIMED_AT: in a verb-final language the pack's opponent postposition stands after what an act is
    aimed at ("jandarmaya yönelik bombalı saldırı", the bomb attack on the gendarmerie; "askerlere
    karşı saldırı"): an actor right before one that stands before the act word, in its clause, with no
    other actor between them ("PKK'lı teröristler askerlere yönelik": the soldiers), is the side hit,
    not the act's subject."""
    if r.pack.data.get("clause_order") != VERB_FINAL or a.last > t.first:
        return False
    last = r.token_at(a.end - 1) + 1
    return any(
        0 <= m.first - last <= OPPONENT_REACH
        and m.last <= t.first
        and r.same_clause(last - 1, t.first)
        and not any(o is not a and last <= o.first < m.first for o in actors)
        for m in r.hits("opponent_markers")
    )


def _fighting_pair(
    r: Reading, t: tx.TriggerMatch, actors: list[ActorMention]
) -> tuple[ActorMention, ActorMention] | None:
    if t.trigger.event_type != tx.BATTLES or t.trigger.sub_event_type != tx.ARMED_CLASH:
        return None
    armed = [a for a in actors if a.armed and not _agent_marked(r, a)]
    after = [a for a in armed if a.first >= t.last and a.first - t.last <= 8]
    before = [a for a in armed if a.last <= t.first and all(a.name != b.name for b in after)]
    if len(after) == 1 and before:
        # "Malian troops and Wagner fighters clashed with CSP rebels": allies before the act, the one
        # side after it is the other
        return before[0], after[0]
    sides = after if len(after) >= 2 else armed
    distinct = []
    for a in sides:
        if all(a.name != d.name for d in distinct):
            distinct.append(a)
    if len(distinct) >= 3 and distinct[0].kind == distinct[1].kind == STATE_FORCES != distinct[2].kind:
        return distinct[0], distinct[2]  # "entre les armées malienne et burkinabè et des jihadistes": allies
    against = [a for a in distinct if opposed(r, a)]
    allies = [a for a in distinct if a not in against]
    if against and allies:
        # "l'armée et ses supplétifs de Wagner ... contre les rebelles": the side the clause fights
        # against is the other side, whatever allies stand before it
        return allies[0], against[0]
    if len(distinct) >= 2:
        return distinct[0], distinct[1]
    return None


def source_rank(a: ActorMention) -> int:
    return {"named": 0, "state": 1, "generic": 2}[a.source]


def roles_in(
    r: Reading, t: tx.TriggerMatch, actors: list[ActorMention]
) -> tuple[ActorMention | None, ActorMention | None]:
    """Who acted (actor1) and who was hit (actor2) around the trigger t."""
    numbers = numbers_in(r)
    if t.trigger.sub_event_type != tx.ARRESTS:
        actors = [a for a in actors if not is_speaker(r, a, numbers)]
    agents: list[ActorMention] = []
    victims: list[ActorMention] = []
    marked: list[ActorMention] = []  # said to be hit by the words around them
    ordered: list[ActorMention] = []  # agents by word order alone (before the act)
    by_marker = {id(a): _agent_marked(r, a) for a in actors}  # after an agent marker ("by X")
    for a in actors:
        if by_marker[id(a)] and (_agent_of_another_verb(r, a, t) or held_by(r, a, t)):
            victims.append(a)  # "positions used by X were struck", "retook the town, held by X": X's side
        elif held_before(r, a, t) or _members_arrested(r, a, t):
            victims.append(a)  # verb-final "the town in X's hands retaken"; "X members were detained"
        elif by_marker[id(a)] or _agent_postposed(r, a) or _genitive_agent(r, a, t, actors):
            agents.append(a)
        elif r.hits("attribution") and attributed_agent_in(r, [a]) is a and not _suspect_arrested(a, t):
            agents.append(a)  # "Saldırıyı PKK üstlendi", "X claimed the attack": blamed or claiming, it acted
        elif fronted_act_doer(r, a, t, actors, numbers):
            agents.append(a)  # FRONTED_ACT: "In the attack on X, gunmen killed 14 residents"
        elif _targeted(r, a) or _case_object(r, a) or _aimed_at(r, a, t, actors):
            victims.append(a)  # (AIMED_AT: "jandarmaya yönelik saldırı", the attack aimed at the gendarmes)
            marked.append(a)
        elif _doer_after_its_verb(r, a, t, actors, numbers):
            agents.append(a)  # verb-first "قصفت القوات الإسرائيلية": bombed (the Israeli forces)
        elif _names_the_trigger(r, a, t, numbers):
            agents.append(a)  # "An Israeli drone strike", "Syrian regime strikes": it carried the act out
        elif _counted(r, a, numbers) and _subject_of_act(r, a, t, actors, numbers):
            agents.append(a)  # "A gunman killed three people": counted, but the act's subject
        elif _relative_subject(r, a, actors, numbers):
            agents.append(a)  # "the 43 farmers Boko Haram militants killed"
        elif _verb_first_subject(r, a, actors, numbers):
            agents.append(a)  # "قتل مسلحون خمسة عشر شخصا": killed (gunmen) fifteen people
        elif _counted(r, a, numbers) or _hit_after(r, a, actors, numbers) or _hit_before(r, a, t):
            victims.append(a)
            marked.append(a)
        elif a.first < t.last and t.first < a.last:
            agents.append(a)  # "Syrian regime strikes": an actor naming the trigger carried it out
        elif a.last <= t.first:
            agents.append(a)
            ordered.append(a)
        else:
            victims.append(a)
    hit = antecedent_hit(r, t, agents, victims, numbers)  # PARTITIVE_ANTECEDENT: "killed twenty of them"
    if hit is not None:
        agents.remove(hit)
        victims.insert(0, hit)
        marked.append(hit)
    if any(a.first >= t.last and a.armed and by_marker[id(a)] for a in agents):
        # passive "Iranian sites were targeted by Israeli jets": the side named by an agent marker after
        # the act did it; the ones before the act, agents by word order only, were its object
        before = [a for a in ordered if r.same_clause(a.first, t.first)]
        agents = [a for a in agents if a not in before]
        victims = before + victims
    if (
        not any(a.armed for a in agents)
        and t.trigger.event_type == tx.BATTLES
        and any(m.armed for m in marked)
        and (
            fighters := [
                a for a in victims if a.armed and a not in marked and a.name not in {m.name for m in marked}
            ]
        )
    ):
        # "six gunmen died in a clash with the National Guard": the side of the fight said to be hit
        # by no word fought the side that lost the men
        agents.append(fighters[0])
        victims.remove(fighters[0])
    if not any(a.armed for a in agents) and any(m.last <= t.first and _targeted(r, m) for m in marked):
        # object first ("Позиции российских военных обстреляли украинские войска"): the target is
        # named before the act, so the armed side after it, said to be hit by no word, acted
        after = [a for a in victims if a.armed and a not in marked and a.first >= t.last]
        if after:
            agents.append(after[0])
            victims.remove(after[0])
    pair = _fighting_pair(r, t, [a for a in actors if a not in marked])
    if pair is not None:
        return pair
    agents = [a for a in agents if a.armed] + [a for a in agents if a.kind == PROTESTERS]
    # one actor named twice ("des casques bleus de la MINUSMA ont été tués"): said to be hit once,
    # it was hit, whichever of its names stands before the act
    # (a named force only: "police" hit and "police" acting are other men of one kind)
    agents = [
        a
        for a in agents
        if a.source != "named" or a.name not in {m.name for m in marked if m.source == "named"}
    ]
    victims += [a for a in actors if a not in agents and a not in victims]
    actor1 = min(agents, key=lambda a: (_foreign_beside_a_state(a, agents), source_rank(a)), default=None)
    actor1 = named_state_over_hinted(r, t, actor1)
    actor2 = next((v for v in victims if actor1 is None or not one_force(v, actor1)), None)
    return actor1, actor2


def _foreign_beside_a_state(a: ActorMention, agents: list[ActorMention]) -> bool:
    """STATE_LEADS_ITS_ALLY: an external force acting beside a state's forces ("Malian soldiers and
    Wagner fighters killed 11 villagers", "Somali troops and AU forces") is the state's associate, as
    ACLED codes it: the state's forces are the act's doer. Only forces whose own words name their state
    ("Malian soldiers"), apart from the external force's name: a bare force noun ("the mission's
    troops") or one right after its name ("US-led coalition aircraft") is the external force's own."""
    return a.kind == EXTERNAL and any(
        b.kind == STATE_FORCES and not b.hinted and not (b.first <= a.last and a.first <= b.last)
        for b in agents
    )  # (a force noun touching the external force's name, "US-led coalition aircraft", is its own)


def one_force(a: ActorMention, b: ActorMention) -> bool:
    """ONE_FORCE_NO_VICTIM: one actor named twice, or a state's forces named once by their country
    ("a drone of the Sudanese army": Military Forces of Sudan) and once by the name of their corps
    ("Military Forces of Sudan (SAF)"), is one side: never the act's doer and its victim at once."""
    if a.name == b.name:
        return True
    return (
        a.kind == b.kind == STATE_FORCES
        and a.country == b.country
        and a.name.split(" (")[0] == b.name.split(" (")[0]
    )


def named_state_over_hinted(
    r: Reading, t: tx.TriggerMatch, actor1: ActorMention | None
) -> ActorMention | None:
    """HINTED_FORCE_YIELDS: a force noun with no country of its own words (its country is only the
    article's, `hinted`) is no doer over a state the sentence names as the act's doer (`adjective_agent`:
    a demonym on the act, or a state's name as its subject, STATE_SUBJECT): "Russia launched a wave of
    drones at Kharkiv" in a report from Ukraine is Russia's act, not Ukraine's drones'."""
    if actor1 is None or actor1.kind != STATE_FORCES or not actor1.hinted:
        return actor1
    named = adjective_agent(r, t)
    return named if named is not None and named.country != actor1.country else actor1


def assign_roles(text: str, t: tx.TriggerMatch, actors: list[ActorMention], language: str | None = "en"):
    return roles_in(read(text, language), t, actors) if has_pack(language) else (None, None)


def _case_object(r: Reading, a: ActorMention) -> bool:
    """CASE_OBJECT: a name carrying one of the pack's `object_endings` after an apostrophe (Turkish
    dative or accusative: "IŞİD'e hava saldırısı düzenledi", "PKK'yı vurdu") is the act's object."""
    endings = tuple(str(x).lower() for x in r.pack.data.get("object_endings") or [])
    return bool(endings) and r.tokens[max(a.first, a.last - 1)].text.lower().endswith(endings)


def attributed_agent_in(r: Reading, actors: list[ActorMention]) -> ActorMention | None:
    """A named group or force the sentence blames for an attack or that claimed it. Generic actors
    ("gunmen") add nothing to a blame; a negated claim ("no group has claimed") names no one."""
    if r.hits("modality.negation", "modality.denial") and not r.hits("attribution.blame"):
        return None
    for a in actors:
        if a.source == "generic" or not a.armed:
            continue
        for m in r.hits("attribution.blame"):
            if 0 <= a.first - m.last <= 6 and r.same_clause(m.last - 1, a.first):
                if any(n.last <= a.first and n.first >= m.last for n in r.hits("modality.negation")):
                    continue
                return a
        for m in r.hits("attribution.claim"):
            if 0 <= m.first - a.last <= 12 and not any(
                n.first >= a.last and n.last <= m.first
                for n in r.hits("modality.negation", "modality.denial")
            ):
                return a
    return None


def attributed_agent(
    text: str, actors: list[ActorMention], language: str | None = "en"
) -> ActorMention | None:
    if not has_pack(language):
        return None
    r = read(text, language)
    from extractors.events.actors import actors_in

    hint = next((a.country for a in actors if a.source == "generic"), None)
    return attributed_agent_in(r, actors_in(r, hint) if actors else [])
