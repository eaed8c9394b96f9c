"""What a protest or riot report's act words are about, in shapes that read as another event (round
17, types; called from `real_triggers.is_real`, `trigger_choice.clause_acts`,
`crowd_force.crowd_under_fire`):

- TEAR_GAS_CANISTERS (`tear_gas_canister`): an explosion word inside a word of force on a crowd, or
  right after one ("bombas de gás lacrimogêneo", "tear gas shells", "stun grenades"), is the
  canister the police threw or fired at the crowd, no bomb, shell or air strike: the intervention
  word tells the act.
- CHARGE_OF_THE_VICTIMS (`charge_of_the_victims`): an act word right after a word of blame or
  suspicion ("two men suspected of kidnapping a child", "accusés de vol") names what the people of
  the clause are said to have done, not what was done to them; when the clause tells an act before
  it ("Angry residents stoned to death two men suspected of kidnapping"), that act is the event.
  ALLEGED_RIOT (`alleged_riot`): a riot word a blame or suspicion word alleges, after an arrest
  word of its sentence ("arrested three activists for allegedly inciting riots", "menangkap tiga
  aktivis karena diduga menghasut kerusuhan"), is the arrest's charge, no riot of its own.
- BLOCKADE_OF_NO_CROWD (`blockade_of_no_crowd`, round 17 prec2, pack key `blockade_words`): a
  protest word that is a blocking verb ("blocked the road", "bloqueó la carretera") is a protest
  only of people: in a sentence that names no crowd, actor or grievance, and no pronoun for a doer
  before it in its clause, its doer is a thing ("a fallen tree blocked the road", "un deslizamiento
  de tierra bloqueó la carretera"), no protest.
- CELEBRATING_CROWD (`celebrating_crowd`, round 17 prec2, pack key `celebration_words`): a protest
  word in a clause that says its crowd celebrates ("took to the streets to celebrate the victory",
  "sont descendus dans les rues pour fêter la qualification") and names nothing it is against or
  demands (`grievance_words`) is a celebration, no protest, whatever the report's lead is about.
- FIRE_ON_THE_PROTEST (`fired_on_the_protest`): the state's forces fire on a protest told by its
  own word ("opened fire on a demonstration", "tirent sur un cortège"), the dead counted before:
  the dead were that protest's crowd (with CROWD_UNDER_FIRE, excessive force against protesters).
- FORCE_ON_THE_REPORTS_PROTEST: crowd_interventions.py.
"""

from __future__ import annotations

from dataclasses import replace

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import CIVILIANS, PROTESTERS, ActorMention
from extractors.events.actors import actors_in
from extractors.events.causes import in_cause
from extractors.events.clause_words import names_a_crowd
from extractors.events.modality import unreal_at
from extractors.events.reading import Reading

INTERVENTION_WORDS = f"triggers.{tx.PROTESTS}.{tx.INTERVENTION}"
CHARGE_REACH = 2  # tokens from a blame or suspicion word to the act it alleges ("suspected of kidnapping")
FORCE_SENTENCE_REACH = (
    2  # sentences from a protest's first to a crowd-less force word that is its intervention
)
FIRED_ON_REACH = 3  # tokens from a fire word to the protest word it aimed at ("opened fire on a march")


def tear_gas_canister(r: Reading, t: tx.TriggerMatch) -> bool:
    """TEAR_GAS_CANISTERS: is the explosion trigger `t` part of a word of force on a crowd (sharing a
    token with it, or right after it: "tear gas shells")?"""
    if t.trigger.event_type != tx.EXPLOSIONS:
        return False
    return any(
        (m.first < t.last and t.first < m.last) or m.last == t.first for m in r.hits(INTERVENTION_WORDS)
    )


def _alleged(r: Reading, t: tx.TriggerMatch) -> bool:
    """Is the act word `t` right after a blame or suspicion word of its clause ("suspected of",
    "accused of", "diduga")?"""
    lo = r.clause_start(t.first)
    return any(
        lo <= m.first and 0 <= t.first - m.last <= CHARGE_REACH
        for m in r.hits("attribution.blame", "reduced_relatives")
    )


def charge_of_the_victims(r: Reading, best: tx.TriggerMatch, real: list[tx.TriggerMatch],
                          violent_acts: frozenset[str]) -> tx.TriggerMatch:  # fmt: skip
    """CHARGE_OF_THE_VICTIMS: the clause's act told before an alleged act word (`_alleged`) is the
    event; an arrest before an alleged riot word is (the riot is its charge); with no act before it,
    a riot word after it in the clause (CHARGE_BEFORE_THE_ACT: the passive order)."""
    if not _alleged(r, best):
        return best
    if best.trigger.event_type in violent_acts:
        acts = [
            t
            for t in real
            if t.last <= best.first
            and (t.trigger.event_type in violent_acts or t.trigger.event_type == tx.RIOTS)
            and not _alleged(r, t)
        ]
    else:
        return best
    acts = [t for t in acts if r.same_clause(t.first, best.first)]
    if not acts:
        # CHARGE_BEFORE_THE_ACT (round 18, crowd): the passive order, the victims and their charge
        # first ("um homem acusado de estupro foi linchado", "a man accused of rape was lynched"):
        # the mob's act told after the charge in its clause is the event
        # (the blame word's reach may still cover the act after a one-word charge: it names the charge)
        acts = [t for t in real if t.first >= best.last and t.trigger.event_type == tx.RIOTS
                and r.same_clause(best.first, t.first)]  # fmt: skip
    return max(acts, key=lambda t: (t.trigger.strength, -t.first), default=best)


def alleged_riot(r: Reading, t: tx.TriggerMatch) -> bool:
    """ALLEGED_RIOT: is the riot trigger `t` alleged (`_alleged`) after an arrest word of its
    sentence that is itself real (not hedged, planned or denied)?"""
    if t.trigger.event_type != tx.RIOTS or not _alleged(r, t):
        return False
    arrests = r.hits(f"triggers.{tx.STRATEGIC}.{tx.ARRESTS}", "outcomes.arrested")
    return any(m.last <= t.first and not unreal_at(r, m.first, m.last) for m in arrests)


def blockade_of_no_crowd(r: Reading, t: tx.TriggerMatch) -> bool:
    """BLOCKADE_OF_NO_CROWD: is the protest trigger `t` a blocking word (`blockade_words`) with no
    people in its sentence to do it (no crowd, actor or grievance word; no doer pronoun before it
    in its clause)?"""
    if t.trigger.event_type != tx.PROTESTS or not r.pack.data.get("blockade_words"):
        return False
    if not any(m.first < t.last and t.first < m.last for m in r.hits("blockade_words")):
        return False
    if names_a_crowd(r, (0, len(r.tokens))) or actors_in(r, None) or r.hits("grievance_words"):
        return False
    cs = r.clause_start(t.first)
    return not any(cs <= m.first and m.last <= t.first for m in r.hits("actors.self_reference"))


def celebrating_crowd(r: Reading, t: tx.TriggerMatch) -> bool:
    """CELEBRATING_CROWD: is the protest trigger `t` in a clause with a celebration word
    (`celebration_words`) and no grievance word?"""
    if t.trigger.event_type != tx.PROTESTS or not r.pack.data.get("celebration_words"):
        return False
    lo, hi = r.clause_start(t.first), r.clause_end(t.first)
    if not any(lo <= m.first < hi for m in r.hits("celebration_words")):
        return False
    return not any(lo <= m.first < hi for m in r.hits("grievance_words"))


def _protests(r: Reading) -> list:
    return [
        m
        for m in r.hits(f"triggers.{tx.PROTESTS}.{tx.PEACEFUL}")
        if not unreal_at(r, m.first, m.last) and not in_cause(r, m.first)
    ]


def fired_on_the_protest(r: Reading, t: tx.TriggerMatch, dead: ActorMention | None) -> ActorMention | None:
    """FIRE_ON_THE_PROTEST: the dead (`dead`, people counted before the fire word) as the protesters
    of the protest word the fire word aimed at, in its clause with no actor between, else None."""
    if dead is None or dead.kind != CIVILIANS or dead.first >= t.first:
        return None
    hi = r.clause_end(t.first)
    aims = [m for m in _protests(r) if 0 <= m.first - t.last <= FIRED_ON_REACH and m.first < hi]
    if not aims:
        return None
    if any(t.last <= a.first < aims[0].first for a in actors_in(r, None)):
        return None  # "fired on villagers at a rally": the people named are whom the force hit
    return replace(dead, kind=PROTESTERS)
