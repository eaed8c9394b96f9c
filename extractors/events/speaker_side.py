"""The side that reports the other side's losses did the hitting: "the Israeli military said 20
Hezbollah fighters were killed in air strikes", "Pakistan said it shot down five Indian jets",
"L'Afghanistan affirme avoir tué 58 soldats pakistanais", "Талибы заявили, что убили 58
пакистанских военных", "قالت وزارة الدفاع الأفغانية إن ...".

A state or an armed group that announces an act against the other side of a war, naming no one else
as its doer, announces its own act: its forces are the act's doer. The speaker is a state force or
a named armed group that reports (`speaker_clues.is_speaker`), a government body with its state ("the Afghan
defence ministry said"), or a state's name as the subject of a reporting verb ("Pakistan said",
"l'Afghanistan affirme"). Never for losses of the speaker's own side ("the Pakistani military said
23 of its soldiers were killed") or of civilians, nor for an act that names its doer.
"""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import CIVILIANS, PROTESTERS, STATE_FORCES, ActorMention
from extractors.events.actors import actors_in
from extractors.events.force_countries import countries_near
from extractors.events.numbers import numbers_in
from extractors.events.reading import Reading
from extractors.events.speaker_clues import is_speaker

VIOLENT = (tx.BATTLES, tx.EXPLOSIONS, tx.PLACEHOLDER_VIOLENCE)
VERB_REACH = (
    2  # tokens from a state's name to its reporting verb ("Pakistan has said", "l'Afghanistan affirme")
)


def speaking_side(
    r: Reading, t: tx.TriggerMatch, hit: ActorMention | None, hint: str | None
) -> ActorMention | None:
    """The speaker's forces, as the doer of act t whose hit side is `hit` (None when the rule does not apply)."""
    if (
        t.trigger.event_type not in VIOLENT
        or hit is None
        or hit.kind in (CIVILIANS, PROTESTERS)
        or hit.hinted
    ):
        return None  # (a hinted side, "three soldiers were killed", may be the speaker's own)
    for side in _speakers(r, hint):
        if side.name != hit.name and side.country and side.country != hit.country:
            return ActorMention(
                side.name, side.kind, side.country, t.start, t.end, side.source, t.first, t.last
            )
    return None


def _speakers(r: Reading, hint: str | None) -> list[ActorMention]:
    numbers = numbers_in(r)
    out = [
        a
        for a in actors_in(r, hint)
        if a.armed and a.source != "generic" and not a.hinted and is_speaker(r, a, numbers)
    ]
    for g in r.hits("actors.government"):
        country = countries_near(r, g.first, g.last)
        probe = ActorMention(
            "", STATE_FORCES, country or "", *r.span(g.first, g.last), "state", g.first, g.last
        )
        if country and is_speaker(r, probe, numbers):
            out.append(_forces_of(country, g.first, g.last, r))
    out += _states_speaking(r)
    return out


def _states_speaking(r: Reading) -> list[ActorMention]:
    """A state's name right before a reporting verb: "Pakistan said", "L'Afghanistan affirme"."""
    from extractors.events.countries import find_countries

    verbs = r.hits("reporting_verbs")
    places = r.hits("locative_prepositions", "near_prepositions", "numbers.part_of", "agent_genitives")
    out = []
    for c in find_countries(r.text, r.pack.code):
        if c.demonym:
            continue
        first = r.token_at(c.start)
        last = max(first + 1, r.token_at(c.end - 1) + 1)
        if any(m.last == first for m in places):
            continue  # "in Pakistan", "the north of Syria": a place
        if any(0 <= m.first - last <= VERB_REACH and r.same_clause(last - 1, m.first) for m in verbs):
            out.append(_forces_of(c.country, first, last, r))
    return out


def _forces_of(country: str, first: int, last: int, r: Reading) -> ActorMention:
    start, end = r.span(first, last)
    return ActorMention(
        f"Military Forces of {country}", STATE_FORCES, country, start, end, "state", first, last
    )
