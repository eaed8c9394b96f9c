"""The ACLED event taxonomy and the trigger lexicon that maps words to it.

`TAXONOMY` is the closed list (6 types, 25 sub-types). Triggers live in
`extractors/data/triggers.yaml`; each names a type and sub-type of the taxonomy or one of three
placeholders that the coder resolves from context (see `PLACEHOLDER_*`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

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
IED = "Remote explosive/landmine/IED"
ARMED_CLASH = "Armed clash"
GOVERNMENT_REGAINS = "Government regains territory"
NON_STATE_OVERTAKES = "Non-state actor overtakes territory"
ATTACK = "Attack"


# Romanian and Turkish text mixes cedilla and comma-below letters (ş/ș, ţ/ț): read both the same.
COMMA_BELOW = str.maketrans({"ş": "ș", "ţ": "ț", "Ş": "Ș", "Ţ": "Ț"})


@dataclass(frozen=True)
class Trigger:
    pattern: re.Pattern[str]
    event_type: str
    sub_event_type: str
    strength: int
    language: str
    needs: str = ""


@dataclass(frozen=True)
class TriggerMatch:
    trigger: Trigger
    start: int
    end: int
    text: str


def is_valid(event_type: str, sub_event_type: str) -> bool:
    return sub_event_type in TAXONOMY.get(event_type, ())


@cache
def load_triggers() -> tuple[Trigger, ...]:
    """The trigger lexicon, compiled once per process; a trigger outside the taxonomy is an error."""
    raw = resources.files("extractors").joinpath("data/triggers.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    out = []
    for entry in data["triggers"]:
        etype, sub = entry["type"], entry["sub"]
        placeholder = etype == PLACEHOLDER_VIOLENCE or sub in (PLACEHOLDER_EXPLOSION, PLACEHOLDER_TERRITORY)
        if not placeholder and not is_valid(etype, sub):
            raise ValueError(f"trigger {entry['pattern']!r}: {etype} / {sub} is not in the ACLED taxonomy")
        pattern = re.compile(rf"(?<![\w-])(?:{entry['pattern'].translate(COMMA_BELOW)})(?![\w-])", re.I)
        out.append(Trigger(pattern, etype, sub, int(entry["strength"]), entry.get("lang", "en"),
                           entry.get("needs", "")))  # fmt: skip
    # in other languages a word for "killed" is a generic violence trigger, as "killed" is in English
    for lang, words in (data.get("death_words") or {}).items():
        pattern = re.compile(rf"(?<![\w-])(?:{words.translate(COMMA_BELOW)})(?![\w-])", re.I)
        out.append(Trigger(pattern, PLACEHOLDER_VIOLENCE, ATTACK, 1, str(lang)))
    return tuple(out)


def find_triggers(sentence: str, language: str | None) -> list[TriggerMatch]:
    """Trigger words in a sentence for the article's language; overlaps keep the strongest, longest."""
    lang = _lexicon_language(language)
    folded = sentence.translate(COMMA_BELOW)  # same length: offsets stay valid
    found = [
        TriggerMatch(t, m.start(), m.end(), sentence[m.start() : m.end()])
        for t in load_triggers()
        if t.language == lang
        for m in t.pattern.finditer(folded)
    ]
    found.sort(key=lambda x: (-x.trigger.strength, -(x.end - x.start), x.start))
    kept: list[TriggerMatch] = []
    for f in found:
        if not any(f.start < k.end and k.start < f.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda x: x.start)


# Languages whose news prose the English lexicon reads correctly (Nigerian Pidgin is English-based).
ENGLISH_LIKE = frozenset({"en", "pcm"})


def _lexicon_language(language: str | None) -> str:
    lang = (language or "en").lower()
    return "en" if lang in ENGLISH_LIKE or lang.startswith("en") else lang[:2]
