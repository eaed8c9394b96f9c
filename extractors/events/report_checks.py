"""The questions and filters the coder puts to a whole report's candidates, around each one's
type (`type_resolution.resolve_type`): the article's explosion kind (`article_explosion_sub`); does
the report tell of violence (`tells_violence`, `VIOLENT_WORDS`), a fight (`tells_a_fight`), an armed
side (`tells_an_armed_side`); changes to a group, bases, handovers and agreements in a report that
names no armed side are none (`without_an_armed_side`, CONFLICT_AGREEMENT `_generic_agreement`), and
so is a trade deal, whatever sides the report names (TRADE_AGREEMENT `_trade_agreement`);
arrests over an ordinary crime are none (ORDINARY_CRIME `ordinary_crime_arrests`). Split out of
type_resolution.py, which names them all as before."""

from __future__ import annotations

from collections import Counter

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import PROTESTERS, RIOTERS
from extractors.events.actors import actors_in
from extractors.events.candidates import Candidate, clause_actors
from extractors.events.clause_words import non_state_armed
from extractors.events.reading import read
from extractors.events.type_clues import _bare_death


def article_explosion_sub(cands: list[Candidate]) -> str | None:
    specific = Counter(
        c.sub_event_type
        for c in cands
        if c.event_type == tx.EXPLOSIONS and c.sub_event_type != tx.PLACEHOLDER_EXPLOSION
    )
    return specific.most_common(1)[0][0] if specific else None


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


SIDED_STRATEGIC = frozenset({tx.CHANGE_TO_GROUP, tx.HEADQUARTERS, tx.TRANSFER})


def without_an_armed_side(cands: list[Candidate], texts: list[str], language: str) -> list[Candidate]:
    """ACLED's changes to a group, bases set up and handovers are those of armed groups and states'
    forces: in a report that names no armed side anywhere ("two banks announced their merger", "the
    president announced the dissolution of parliament") such a word is no conflict event. An
    agreement is one only when its clause tells of a conflict's deal (CONFLICT_AGREEMENT: a word of
    the pack's `conflict_agreements`, a truce, hostages, prisoners) or the report names an armed side:
    "two companies signed an agreement to build a plant" is none, "the two parties agreed a truce" is
    one. Asked only when the report has one. A trade deal is never one (TRADE_AGREEMENT)."""
    cands = [c for c in cands if not _trade_agreement(c)]
    sided = {id(c) for c in cands if c.event_type == tx.STRATEGIC and c.sub_event_type in SIDED_STRATEGIC}
    sided |= {id(c) for c in cands if _generic_agreement(c)}
    if not sided:
        return cands
    if any(a.armed for c in cands for a in (c.actor1, c.actor2, *clause_actors(c)) if a is not None):
        return cands
    if any(a.armed for s in texts for a in actors_in(read(s, language), None)):
        return cands
    return [c for c in cands if id(c) not in sided]


def _generic_agreement(c: Candidate) -> bool:
    """CONFLICT_AGREEMENT: an agreement whose clause names none of the pack's `conflict_agreements`
    words (a pack without that list leaves every agreement alone)."""
    if c.event_type != tx.STRATEGIC or c.sub_event_type != tx.AGREEMENT:
        return False
    if not c.reading.pack.data.get("conflict_agreements"):
        return False
    return not any(c.span[0] <= m.first < c.span[1] for m in c.reading.hits("conflict_agreements"))


def _trade_agreement(c: Candidate) -> bool:
    """TRADE_AGREEMENT: by ACLED's codebook an agreement is one between conflict actors (a ceasefire,
    a peace deal, a prisoner exchange), no contract between states or firms: an agreement whose clause
    names a word of trade (the pack's `weapon_trades`: buy, purchase, supply; fr acheter, es comprar)
    and none of `conflict_agreements` is none, even in a report naming an armed side ("Ghana signed
    a contract with Brazil on Monday to purchase four patrol aircraft for its air force")."""
    if c.event_type != tx.STRATEGIC or c.sub_event_type != tx.AGREEMENT:
        return False
    r = c.reading
    if not r.pack.data.get("weapon_trades"):
        return False
    lo, hi = c.span
    return any(lo <= m.first < hi for m in r.hits("weapon_trades")) and not any(
        lo <= m.first < hi for m in r.hits("conflict_agreements")
    )


def ordinary_crime_arrests(cands: list[Candidate]) -> list[Candidate]:
    """ORDINARY_CRIME: ACLED's arrests are those of a conflict or of political life; an arrest whose
    clause names one of the pack's `ordinary_crimes` (theft, fraud; not robbery, often armed) and, in that clause, no
    armed group, crowd, activist or named actor ("police arrested a man for stealing a car") is police
    work, no event. "Police arrested two militants over the theft of explosives" stays."""
    return [c for c in cands if not _arrest_over_ordinary_crime(c)]


def _arrest_over_ordinary_crime(c: Candidate) -> bool:
    if c.event_type != tx.STRATEGIC or c.sub_event_type != tx.ARRESTS:
        return False
    r = c.reading
    if not any(c.span[0] <= m.first < c.span[1] for m in r.hits("ordinary_crimes")):
        return False
    return not any(
        non_state_armed(a) or a.kind in (PROTESTERS, RIOTERS) or a.source == "named"
        for a in (c.actor1, c.actor2, *clause_actors(c))
        if a is not None
    )
