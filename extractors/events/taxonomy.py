"""The ACLED event taxonomy and the triggers that name its events (words live in the language packs).

`TAXONOMY` is the closed list (6 types, 25 sub-types). A pack lists trigger words under
`triggers.<type>.<sub-type>` (`extractors/data/lang/README.md`), with two placeholders the coder
resolves from context (`PLACEHOLDER_EXPLOSION`, `PLACEHOLDER_TERRITORY`), and weak words under
`generic_violence` (type `PLACEHOLDER_VIOLENCE`: who was hit decides). How much a trigger says
is its class's `STRENGTH`, the same in every language.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.events.lexicon import available_languages, load_pack
from extractors.events.reading import Reading, has_pack, per_reading, read

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

TAXONOMY: dict[str, tuple[str, ...]] = {
    BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    EXPLOSIONS: (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    VIOLENCE_AGAINST_CIVILIANS: ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    PROTESTS: ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC: (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}  # fmt: skip

PLACEHOLDER_EXPLOSION = "explosion"  # sub-type: explosion of unstated kind
PLACEHOLDER_TERRITORY = "territory"  # sub-type: a place changed hands; who took it decides
PLACEHOLDER_VIOLENCE = "violence"  # type: attack or killing; who was hit decides

AIR_STRIKE = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
SUICIDE = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"
CHEMICAL_WEAPON = "Chemical weapon"
ARMED_CLASH = "Armed clash"
GOVERNMENT_REGAINS = "Government regains territory"
NON_STATE_OVERTAKES = "Non-state actor overtakes territory"
ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"
PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE_FORCE = "Excessive force against protesters"
ARRESTS = "Arrests"
LOOTING = "Looting/property destruction"
DISRUPTED = "Disrupted weapons use"
AGREEMENT = "Agreement"
TRANSFER = "Non-violent transfer of territory"
CHANGE_TO_GROUP = "Change to group/activity"
HEADQUARTERS = "Headquarters or base established"
OTHER_STRATEGIC = "Other"

# How precisely a trigger class names its event: 4 unmistakable, 3 the kind of event, 2 typed but
# vague (or a part of a protest), 1 a generic violence word. The strongest trigger of a clause wins.
STRENGTH: dict[tuple[str, str], int] = {
    (EXPLOSIONS, SUICIDE): 4,
    (EXPLOSIONS, CHEMICAL_WEAPON): 4,
    (EXPLOSIONS, PLACEHOLDER_EXPLOSION): 2,
    (VIOLENCE_AGAINST_CIVILIANS, ATTACK): 2,
    (PROTESTS, PEACEFUL): 2,
    (PROTESTS, INTERVENTION): 2,
    (PROTESTS, EXCESSIVE_FORCE): 3,
    **{(STRATEGIC, sub): 2 for sub in TAXONOMY[STRATEGIC]},
    (PLACEHOLDER_VIOLENCE, ATTACK): 1,
}
DEFAULT_STRENGTH = 3


@dataclass(frozen=True)
class Trigger:
    event_type: str
    sub_event_type: str
    strength: int
    language: str
    phrase: str = ""


@dataclass(frozen=True)
class TriggerMatch:
    trigger: Trigger
    start: int  # character offsets in the sentence
    end: int
    text: str
    first: int = 0  # token indexes [first, last)
    last: int = 0


def is_valid(event_type: str, sub_event_type: str) -> bool:
    return sub_event_type in TAXONOMY.get(event_type, ())


def trigger_of(label: str, phrase: str, language: str) -> Trigger | None:
    """The trigger a pack class names ("triggers.Battles.Armed clash", "generic_violence")."""
    if label == "generic_violence":
        return Trigger(PLACEHOLDER_VIOLENCE, ATTACK, 1, language, phrase)
    if not label.startswith("triggers."):
        return None
    _, event_type, sub = label.split(".", 2)
    if event_type == VIOLENCE_AGAINST_CIVILIANS and sub == ATTACK:
        # a killing word ("massacre", "shot dead"): civilians hit make it an attack, armed men a clash
        return Trigger(PLACEHOLDER_VIOLENCE, ATTACK, 2, language, phrase)
    strength = STRENGTH.get((event_type, sub), DEFAULT_STRENGTH)
    return Trigger(event_type, sub, strength, language, phrase)


def load_triggers() -> tuple[Trigger, ...]:
    """Every trigger of every pack (for checks: each is in the taxonomy or a named placeholder)."""
    out = []
    for code in available_languages():
        pack = load_pack(code)
        if pack is None:
            continue
        for label in ("triggers", "generic_violence"):
            for p in pack._phrases:
                if p.label == label or p.label.startswith(label + "."):
                    t = trigger_of(p.label, p.phrase, code)
                    if t is not None:
                        out.append(t)
    return tuple(out)


@per_reading
def triggers_in(r: Reading) -> list[TriggerMatch]:
    """The triggers of a reading; overlaps keep the strongest, then the longest."""
    found = []
    for m in r.hits("triggers", "generic_violence"):
        t = trigger_of(m.label, m.phrase, r.pack.code)
        if t is not None:
            found.append(TriggerMatch(t, m.start, m.end, r.text[m.start : m.end], m.first, m.last))
    # a phrase that holds another is the more specific ("seized power" over "seized", "torched homes"
    # over "torched", "seized weapons" over "seized"): the words it holds are part of it
    found = [f for f in found if not any(_written_over(o, f) for o in found)]
    found = [
        f for f in found
        if not any(o.first <= f.first and f.last <= o.last and (o.last - o.first) > (f.last - f.first) for o in found)
    ]  # fmt: skip
    # a force named after what it is for ("riot police", "polisi wa kutuliza ghasia", "police
    # anti-émeute"): the word is part of the force's name, no event
    forces = r.hits("actors.police", "actors.state_forces")
    found = [
        f for f in found
        if not any(o.first <= f.first and f.last <= o.last and (o.last - o.first) > (f.last - f.first) for o in forces)
    ]  # fmt: skip
    found.sort(key=lambda x: (-x.trigger.strength, -(x.last - x.first), x.first))
    kept: list[TriggerMatch] = []
    for f in found:
        overlapping = [k for k in kept if f.first < k.last and k.first < f.last]
        if not overlapping:
            kept.append(f)
        elif f.trigger.sub_event_type == DISRUPTED and all(
            k.trigger.event_type == EXPLOSIONS for k in overlapping
        ):
            # "désamorcé un engin explosif", "neutralizó un artefacto explosivo": the phrase of the
            # stopping holds the weapon it stopped; the weapon's own phrase is no attack
            kept = [k for k in kept if k not in overlapping] + [f]
    return sorted(kept, key=lambda x: x.first)


def _slots(t: TriggerMatch) -> tuple[frozenset[int], frozenset[int]] | None:
    """The tokens a match's phrase leaves to a one-word slot (`_`) and those it writes; None for a
    phrase with a slot of several words (`__`, `...`), whose tokens cannot be told apart."""
    words = t.trigger.phrase.split()
    if any(w in ("__", "...") for w in words) or len(words) != t.last - t.first:
        return None
    slot = frozenset(t.first + i for i, w in enumerate(words) if w == "_")
    return slot, frozenset(range(t.first, t.last)) - slot


def _written_over(o: TriggerMatch, f: TriggerMatch) -> bool:
    """WRITTEN_OVER_WILDCARD: a phrase that writes a word another phrase of another sub-type leaves
    to its slot is the more specific there ("handed themselves over", a surrender, over "handed _
    over (to)", a handover of a place), whatever their lengths and strengths."""
    if o.trigger.sub_event_type == f.trigger.sub_event_type or not (f.first < o.last and o.first < f.last):
        return False
    fs, os_ = _slots(f), _slots(o)
    return fs is not None and os_ is not None and bool(fs[0] & os_[1]) and not (os_[0] & fs[1])


def find_triggers(sentence: str, language: str | None) -> list[TriggerMatch]:
    """Trigger words in a sentence, read with the pack of its language (none without a pack)."""
    if not has_pack(language):
        return []
    return triggers_in(read(sentence, language))
