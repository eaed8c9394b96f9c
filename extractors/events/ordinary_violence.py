"""Violence that is no conflict event (round 17, precision): ACLED codes political violence and the
violence of organised armed groups, not a crime between people who know each other, nor the police
work that follows an ordinary crime. Two filters over a report's resolved candidates, called by
`coder._coded` after `report_checks.ordinary_crime_arrests`:

- DOMESTIC_KILLING (`domestic_killings`): a killing or an attack whose clause names its killer, a
  person, before its victim, and the victim by a word of kinship or of the household (the pack's
  `kin_nouns`: "his wife", "son épouse", "своего соседа", "eşini", "istrinya"), and in that clause
  no armed actor, no state force, no named actor and no crowd ("a man stabbed his brother to death in a dispute over land") is a crime, no
  event; "gunmen killed a farmer and his son" names armed men and stays.
- POLICE_WORK (`police_work_arrests`): in a report left with arrests only, where a domestic killing
  was dropped or some sentence names one of the pack's `ordinary_crimes` (a theft, a robbery) and no
  sentence names a non-state armed actor, an arrest whose own clause names no armed group, crowd,
  activist or named actor is the arrest of that crime's suspect ("two thieves robbed a jeweller's;
  police caught one of them hours later"), no ACLED arrest.

A pack with no `kin_nouns` leaves every killing alone; one with no `ordinary_crimes` only drops the
arrests that follow a domestic killing.
"""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import CIVILIANS, PROTESTERS, RIOTERS, ActorMention
from extractors.events.actors import actors_in
from extractors.events.candidates import Candidate, clause_actors
from extractors.events.clause_words import non_state_armed
from extractors.events.reading import Reading, read

KILLING_TYPES = (tx.VIOLENCE_AGAINST_CIVILIANS, tx.PLACEHOLDER_VIOLENCE)  # a blast, a battle, a crowd: never


def domestic_killings(cands: list[Candidate]) -> tuple[list[Candidate], bool]:
    """DOMESTIC_KILLING: the candidates without the domestic killings, and whether one was dropped."""
    kept = [c for c in cands if not _domestic_killing(c)]
    return kept, len(kept) < len(cands)


def _domestic_killing(c: Candidate) -> bool:
    if c.event_type not in KILLING_TYPES or c.sub_event_type != tx.ATTACK:
        return False
    r = c.reading
    kin = [m.first for m in r.hits("kin_nouns") if c.span[0] <= m.first < c.span[1]]
    if not kin or not _one_doer_before(c, kin[0]):
        return False
    arrests = [m.first for m in r.hits("outcomes.arrested") if c.span[0] <= m.first < c.span[1]]
    return not any(
        _a_side(a) and not _arrester(a, kin[0], arrests)
        for a in (c.actor1, c.actor2, *clause_actors(c))
        if a is not None
    )


def _one_doer_before(c: Candidate, kin: int) -> bool:
    """KILLER_NAMED_BEFORE: the killer is a person the clause names before the victim ("a man killed his
    wife", "bir kişi ... eşini öldürdü", verb-first "قتل رجل زوجته"), with words between them and no
    list joiner among them: "a farmer and his son were shot dead" tells two victims and no doer, any
    armed group's act, and stays."""
    r = c.reading
    joiners = {k for m in r.hits("numbers.list_joiners") for k in range(m.first, m.last)}
    acts = [m.first for m in r.hits("triggers", "generic_violence", "outcomes.killed")]
    for a in clause_actors(c):
        if a.kind != CIVILIANS or a.last > kin:
            continue
        gap = set(range(a.last, kin))
        if gap and not gap & joiners:
            return True  # "a man killed his wife"; "um homem e o seu filho foram mortos" lists two victims
        if not gap and any(k < a.first for k in acts):
            return True  # verb-first: the act, its doer, the victim
    return False


def _arrester(a: ActorMention, kin: int, arrests: list[int]) -> bool:
    """ARRESTER_AFTER_THE_VICTIM: the police named after the victim with an arrest word after them
    ("... eşini bıçaklayarak öldürdü; zanlı polis tarafından gözaltına alındı") caught the killer; they
    are no side of the killing, whatever the clause's roles made of them."""
    return a.first > kin and any(k >= a.last for k in arrests)


def _a_side(a: ActorMention) -> bool:
    """An actor that makes a killing a conflict's: anyone armed (state forces too), a named actor, a crowd."""
    return a.armed or a.source == "named" or a.kind in (PROTESTERS, RIOTERS)


def police_work_arrests(
    cands: list[Candidate], texts: list[str], language: str, dropped_killing: bool
) -> list[Candidate]:
    """POLICE_WORK: the arrests of a report that tells only an ordinary crime (see the module's doc)."""
    if not cands or any(c.event_type != tx.STRATEGIC or c.sub_event_type != tx.ARRESTS for c in cands):
        return cands
    if not dropped_killing:
        readings = [read(t, language) for t in texts]
        if any(non_state_armed(a) for r in readings for a in actors_in(r, None)):
            return cands
        if not any(r.hits("ordinary_crimes") or _kin_killed(r) for r in readings):
            return cands
    return [c for c in cands if _names_a_side_of_its_own(c)]


def _kin_killed(r: Reading) -> bool:
    """A kin noun in the clause of a killing word ("membunuh istrinya"), told as no candidate of its own
    (a bare death with no armed side): the report still tells a domestic killing."""
    kills = [m.first for m in r.hits("outcomes.killed", "generic_violence")]
    return any(r.same_clause(m.first, k) for m in r.hits("kin_nouns") for k in kills)


def _names_a_side_of_its_own(c: Candidate) -> bool:
    return any(
        non_state_armed(a) or a.kind in (PROTESTERS, RIOTERS) or a.source == "named" or _activist(c, a)
        for a in (c.actor1, c.actor2, *clause_actors(c))
        if a is not None
    )


def _activist(c: Candidate, a: ActorMention) -> bool:
    return any(a.first <= m.first < max(a.last, a.first + 1) for m in c.reading.hits("activist_nouns"))
