"""ACLED's defaults for the sides an event's clauses leave unnamed or misread: an arrest always
has someone arrested (`arrested_by_default`: civilians of the country); violence against civilians,
and the dead of an explosion or a mob no armed side is named for, hit civilians
(`civilians_hit_by_default`); a battle's dead of the doer's own side leave the other side to be
found among the event's clauses (TWO_SIDES `other_side_of_battle`); a place a non-state actor
overtakes is taken from the state's forces the report names (`losing_state_force`). Split out of
roles.py (who acted and who was hit in one clause); `mention_fields.to_mention` applies them."""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import CIVILIANS, STATE_FORCES, ActorMention
from extractors.events.numbers import numbers_in
from extractors.events.reading import read
from extractors.events.role_clues import MOB_VIOLENCE
from extractors.events.roles import source_rank
from extractors.events.speaker_clues import is_speaker


def arrested_by_default(actor1: ActorMention | None, country: str) -> ActorMention | None:
    """ACLED: an arrest always has someone arrested; people the report names by no armed group, crowd
    or force ("the opposition leader", a person's name, "a journalist") are civilians of the country."""
    if not country or (actor1 is not None and actor1.kind == CIVILIANS):
        return None
    return ActorMention(f"Civilians ({country})", CIVILIANS, country, -1, -1, "generic", hinted=True)


def civilians_hit_by_default(event_type: str, fatalities: int, actor1: ActorMention | None,
                             country: str, sub_event_type: str = "") -> ActorMention | None:  # fmt: skip
    """ACLED: violence against civilians is violence against civilians, whoever its clauses name; the
    dead of an explosion or remote attack, or of a mob, whom the report names by no armed group or
    force were civilians. None for other events, or an explosion or mob that killed no one."""
    if not country or (actor1 is not None and actor1.kind == CIVILIANS):
        return None
    deadly = fatalities > 0 and (event_type == tx.EXPLOSIONS or sub_event_type == MOB_VIOLENCE)
    if event_type == tx.VIOLENCE_AGAINST_CIVILIANS or deadly:
        return ActorMention(f"Civilians ({country})", CIVILIANS, country, -1, -1, "generic", hinted=True)
    return None


def other_side_of_battle(actor1: ActorMention | None, actor2: ActorMention | None,
                         sides: list[ActorMention]) -> ActorMention | None:  # fmt: skip
    """TWO_SIDES: a battle is fought by two sides, and the dead a clause counts may be the doer's own
    ("security forces clashed with PKK militants; two soldiers were killed", "Somali troops fought
    al-Shabaab fighters ... ten fighters were killed"). When the side the counting clause gives as hit
    is on actor1's side (a state force of actor1's own state; a group's own fighters, named only by
    what they are), the other side is the first armed actor of the event's clauses (`sides`, roles
    already given) on the other side: a non-state one against a state's forces, a state force against
    a named group."""
    if actor1 is None or actor2 is None or not actor2.armed:
        return actor2
    same_state = (
        actor1.kind == STATE_FORCES and actor2.kind == STATE_FORCES and actor1.country == actor2.country
    )
    # a group's own fighters are of its kind ("Wazalendo militias" against M23 rebels are not)
    own_fighters = (
        actor1.source == "named" and actor1.kind != STATE_FORCES
        and actor2.source == "generic" and actor2.kind == actor1.kind
    )  # fmt: skip
    if not (same_state or own_fighters):
        return actor2
    others = [
        a for a in sides
        if a.armed and a.name not in (actor1.name, actor2.name) and (a.kind == STATE_FORCES) == own_fighters
    ]  # fmt: skip
    return min(others, key=source_rank, default=actor2)


def losing_state_force(texts: list[str], language: str, country: str) -> ActorMention | None:
    """ACLED: a place a non-state actor overtakes is taken from someone, nearly always the state: when
    the event's clauses name no one, the state force of the event's country that the report names
    (as acting or hit, not as a speaker: "le chaos qui a opposé les rebelles aux forces armées
    congolaises"). None when the report names none."""
    from extractors.events.actors import actors_in

    for text in texts:
        r = read(text, language)
        numbers = numbers_in(r)
        for a in actors_in(r, country):
            if a.kind == STATE_FORCES and a.country == country and not is_speaker(r, a, numbers):
                return a
    return None
