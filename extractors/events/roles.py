"""Who acted and who was hit: the roles of the actors named in a sentence around its trigger word.

English word-order rules, each a named pattern below: an actor after "by" carried the act out
(`_AGENT_PREP`); one counted ("13 soldiers") or followed by "were killed" / "killed in" was hit
(`_COUNTED`, `_VICTIM_AFTER`, `_REDUCED_PASSIVE`); one followed by an active verb ("militants
stormed") acted (`_ACTIVE_AFTER`); the group that "claimed responsibility" acted (`_CLAIM`);
otherwise an actor before the trigger acted unless a passive verb stands between them, and one
after it was hit. Civilians are never the side that acted.

`attributed_agent` reads attribution anywhere in an article: the group that was blamed ("security
sources blamed X", "the attack was blamed on X", "attributed to X") or that claimed the attack.
"""

from __future__ import annotations

import re

from extractors.events import taxonomy as tx
from extractors.events.actors import CIVILIANS, STATE_FORCES, ActorMention
from extractors.events.fatalities import TENS, UNITS

_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|got)\b", re.I)
_AGENT_PREP = re.compile(
    r"\b(?:by|from\s+the\s+air\s+by)\s+(?:(?:the|a|an|its|their|suspected|alleged)\s+)?(?:[\w'’“”\"-]+\s*){0,2}$",
    re.I,
)
_ACTIVE_AFTER = re.compile(
    # "Boko Haram fighters overran": the group's own noun may stand between the name and the verb
    r"^(?:\s+(?:fighters|militants|rebels|gunmen|insurgents|jihadists|members|troops|soldiers|forces))?"
    r"[\s,]*(?:(?:have|has|had|reportedly|allegedly|also|then|later|who|which|on\s+\w+|\w+ly)[\s,]+){0,3}"
    r"(?:launched|attacked|killed|opened|stormed|carried|fired|struck|shelled|claimed|raided|ambushed|"
    r"captured|recaptured|seized|took|targeted|bombed|hit|shot|abducted|kidnapped|overran|retook|"
    r"detonated|set|burned|torched|massacred|slaughtered|executed|pounded|launch|attack|kill|storm)\b",
    re.I,
)
_REDUCED_PASSIVE = re.compile(
    # "the soldiers killed at the checkpoint"; not "gunmen killed at least 11 people" (active, a count follows)
    r"^\s+(?:killed|wounded|injured|hurt|slain|shot)\s*(?:[,.;]|$|(?!at\s+(?:least|most)\b)"
    r"(?:in|at|on|during|when|while|near|after|by|as)\b)",
    re.I,
)
_CLAIM = re.compile(r"\b(?:claimed|claims|took|takes|admitted|accepted)\s+responsibility\b", re.I)
_VICTIM_AFTER = re.compile(
    r"^[\s,]*(?:(?:have|has|had|were|was|are|is|been|reportedly|also|mostly|all|among|those|the)[\s,]+){1,4}"
    r"(?:killed|wounded|injured|hurt|attacked|targeted|abducted|kidnapped|slaughtered|massacred|shot|hit)\b",
    re.I,
)
_COUNTED = re.compile(
    rf"(?:\d|\b(?:{'|'.join(UNITS)}|{'|'.join(TENS)}|dozens|scores|hundreds|several|multiple|a\s+number\s+of))[\w-]*\s+(?:[a-z-]+\s+)?$",
    re.I,
)


def assign_roles(
    text: str, t: tx.TriggerMatch, actors: list[ActorMention]
) -> tuple[ActorMention | None, ActorMention | None]:
    """Who acted (actor1) and who was hit (actor2) around the trigger at t."""
    pair = _fighting_pair(text, t, actors)
    if pair is not None:
        return pair
    agents: list[ActorMention] = []
    victims: list[ActorMention] = []
    counted: list[ActorMention] = []
    claim = _CLAIM.search(text)
    claimant = claim.start() if claim else None
    territory = t.trigger.sub_event_type == tx.PLACEHOLDER_TERRITORY
    for a in actors:
        before = text[max(0, a.start - 40) : a.start]
        after = text[a.end : a.end + 60]
        if _AGENT_PREP.search(before) or (territory and re.search(r"\bto\s+(?:the\s+)?$", before)):
            agents.append(a)
        elif _REDUCED_PASSIVE.match(after):
            victims.append(a)  # "the soldiers killed in the blast"
            counted.append(a)
        elif _COUNTED.search(before) and not _ACTIVE_AFTER.match(after):
            victims.append(a)  # "13 U.S. troops killed in the attack": people counted are the ones hit
            counted.append(a)
        elif claimant is not None and a.end <= claimant and a.source == "named":
            agents.append(a)  # "al-Shabaab, which ..., claimed responsibility"
        elif _VICTIM_AFTER.match(after):
            victims.append(a)
        elif _ACTIVE_AFTER.match(after) or (a.start <= t.start < a.end):
            agents.append(a)  # "Syrian regime strikes": an actor naming the trigger carried it out
        elif a.end <= t.start:
            between = text[a.end : t.start]
            (victims if _PASSIVE.search(between) else agents).append(a)
        else:
            victims.append(a)
    agents = [a for a in agents if a.armed] + [a for a in agents if not a.armed and a.kind == "protesters"]
    moved = [a for a in agents if a.kind == CIVILIANS]
    victims += moved
    actor1 = min(agents, key=lambda a: (source_rank(a), abs(a.start - t.start)), default=None)
    victims = [v for v in victims if actor1 is None or v.name != actor1.name]
    actor2 = min(
        victims,
        key=lambda a: (a.kind != CIVILIANS and not a.armed, a not in counted, abs(a.start - t.start)),
        default=None,
    )
    return actor1, actor2


_BETWEEN = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?between\s", re.I)


def _fighting_pair(
    text: str, t: tx.TriggerMatch, actors: list[ActorMention]
) -> tuple[ActorMention, ActorMention] | None:
    """ "clashes between the army and Fano militiamen": the two sides of a fight, in the order named."""
    if t.trigger.event_type != tx.BATTLES:
        return None
    m = _BETWEEN.match(text[t.end : t.end + 60]) or re.search(r"between\s+$", text[t.start : t.end])
    if not m:
        return None
    sides = [a for a in actors if a.start >= t.start and a.armed]
    if len(sides) >= 2 and sides[0].name != sides[1].name:
        return sides[0], sides[1]
    return None


def adjective_agent(text: str, t: tx.TriggerMatch) -> ActorMention | None:
    """ "syrische luchtaanval", "un raid aérien syrien": a country adjective on the trigger names the state
    that carried it out (other languages; in English the actor patterns already read "Syrian air strike")."""
    from extractors.events.countries import country_from_demonym

    before = re.search(r"([^\W\d_]+)\s+$", text[max(0, t.start - 30) : t.start])
    after = re.match(r"\s+([^\W\d_]+)", text[t.end :])
    for m in (before, after):
        country = country_from_demonym(m.group(1)) if m else None
        if country:
            return ActorMention(
                f"Military Forces of {country}", STATE_FORCES, country, t.start, t.end, "state"
            )
    return None


def source_rank(a: ActorMention) -> int:
    return {"named": 0, "state": 1, "generic": 2}[a.source]


# "blamed the paramilitary X", "blamed the attack on X", "attributed the killings to X", "accused X of"
_BLAME_BEFORE = re.compile(
    r"\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)|attribut(?:ed|es|ing)|pinned|suspect(?:ed|s))\s+"
    r"(?:(?:the|a|an|this|that|it|them)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:on|to)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "X claimed responsibility", "X said it carried out the attack", "X was blamed"
_CLAIMED_AFTER = re.compile(
    r"^(?:\s*\([^)]{1,20}\))?(?:,\s+(?:which|who)\s[^,;.]{1,80},)?[\s,]*"
    r"(?:(?:which|has|have|had|later|also|quickly|swiftly)\s+){0,3}"
    r"(?:claimed\s+(?:responsibility|the\s+(?:attack|bombing|killing|assault|raid|strike|abduction))|"
    r"said\s+(?:it|they)\s+(?:had\s+)?carried\s+out|(?:was|were|has\s+been|have\s+been)\s+blamed)\b",
    re.I,
)
_NO_ONE = re.compile(r"\b(?:no|nobody|none|not)\b[^.;]{0,30}$", re.I)


def attributed_agent(text: str, actors: list[ActorMention]) -> ActorMention | None:
    """A named group or force the sentence says carried an attack out: blamed for it or claiming it.
    Generic actors ("gunmen", "militants") add nothing to a blame and are not returned."""
    for a in actors:
        if a.source == "generic" or not a.armed:
            continue
        before = text[max(0, a.start - 60) : a.start]
        blamed = _BLAME_BEFORE.search(before)
        if blamed and not re.search(r"[,;:]", before[blamed.start() :]):
            return a
        if _CLAIMED_AFTER.match(text[a.end : a.end + 80]) and not _NO_ONE.search(
            text[max(0, a.start - 40) : a.start]
        ):
            return a
    return None


# Words before a country's name that make it a place, not the one acting: "i Syria", "in Syrien",
# "mot Tyrkia", "în Siria" (other languages; their prepositions are short and few).
_PLACE_BEFORE = re.compile(
    r"(?:^|\s)(?:i|in|im|ins|în|på|pa|til|till|naar|nach|fra|från|fran|van|aus|mot|mod|tegen|gegen|"
    r"över|over|bei|ved|vid|la|din|spre|către|catre|nära|nær|naer|near|bij|nahe|lângă|inn\s+i|"
    r"av|af|von|door|de|cu|med|mit|met|und|og|och|en|și|si|ve|ile|"
    r"au|aux|dans|du|des|à|a|al|del|nel|nella|no|na|em|do|da|sur|contre|contra|vers|depuis|desde|par|por|"
    r"per|pelo|pela|et|e|y|le|la|les|el|los|il|lo|o|os)\s+$",
    re.I,
)
# Turkish case endings on a name: the locative, dative, ablative make it a place ("Suriye'de").
_PLACE_SUFFIX = re.compile(r"^['’](?:de|da|te|ta|ye|ya|ne|na|e|a|den|dan|ten|tan)\b", re.I)


def named_state_agent(
    text: str, t: tx.TriggerMatch, victim: ActorMention | None, home: str | None = None
) -> ActorMention | None:
    """Other languages: a foreign country named before the trigger, as the subject of its clause
    ("Tyrkia svarer med droneangrep", "Türkiye'nin saldırısı"), carried it out: its state forces
    acted. A name after a place or agent preposition ("i Syria", "av Tyrkia"), with a Turkish place
    ending or as a label ("Burkina Faso : ...") is no subject; nor is the country where the event
    happens (`home`, the article's country: usually the scene), nor the side that was hit."""
    from extractors.events.countries import find_countries

    named = [
        c
        for c in find_countries(text[: t.start])
        if not c.demonym
        and not _PLACE_BEFORE.search(text[max(0, c.start - 12) : c.start])
        and not _PLACE_SUFFIX.match(text[c.end : c.end + 5])
        and not re.match(r"\s*[:|–—-]", text[c.end : c.end + 3])
        and c.country != home
        and (victim is None or c.country != victim.country)
    ]
    if not named:
        return None
    c = named[-1]
    return ActorMention(f"Military Forces of {c.country}", STATE_FORCES, c.country, c.start, c.end, "state")
