"""Actors named in a sentence, normalised the way ACLED names them.

Three sources, in order of trust (data in `extractors/data/actors.yaml`):
- named groups and forces with their aliases ("al-Shabab" -> "Al-Shabaab");
- a country adjective or possessive before a state-force noun ("Turkish troops", "Syria's army",
  "Syrian regime strikes") -> "Military Forces of Turkey"; bare state words ("the regime",
  "government forces") take the article's country;
- generic words ("gunmen", "rebels", "villagers") -> "Unidentified Armed Group (Nigeria)",
  "Rebels (Syria)", "Civilians (Yemen)", with the adjective's country when there is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

STATE_FORCES = "state forces"
CIVILIANS = "civilians"


@dataclass(frozen=True)
class ActorMention:
    name: str
    kind: str
    country: str
    start: int
    end: int
    source: str  # named | state | generic

    @property
    def armed(self) -> bool:
        return self.kind not in (CIVILIANS, "protesters")


@cache
def _data() -> dict:
    text = resources.files("extractors").joinpath("data/actors.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _alternation(words: list[str]) -> str:
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        parts.append(r"[\s-]+".join(re.escape(p) for p in re.split(r"[\s-]+", w.strip())))
    return "|".join(parts)


@cache
def _named_pattern() -> tuple[re.Pattern[str], dict[str, dict]]:
    by_alias: dict[str, dict] = {}
    for entry in _data()["named"]:
        for alias in [entry["name"], *entry.get("aliases", [])]:
            by_alias[_alias_key(alias)] = entry
    # short all-capital aliases (RSF, SAF, HTS) must match in capitals; the rest ignore case. Longest
    # first across both kinds, so "FARC dissidents" is read whole and not as "FARC".
    parts = []
    for alias in sorted(set(_aliases()), key=len, reverse=True):
        part = _alternation([alias])
        parts.append(f"(?-i:{part})" if alias.isupper() and len(alias) <= 6 else part)
    pattern = rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])"
    return re.compile(pattern, re.I), by_alias


def _aliases() -> list[str]:
    out = []
    for entry in _data()["named"]:
        out += [entry["name"], *entry.get("aliases", [])]
    return out


def _alias_key(s: str) -> str:
    return re.sub(r"[\s-]+", " ", s.lower().replace("’", "'")).strip()


@cache
def _state_pattern() -> re.Pattern[str]:
    nouns = _alternation(_data()["state_nouns"] + _data()["police_nouns"])
    modifiers = r"(?:(?:government|regime|armed|security|military|national|army|air|special|state|pro-government|backed|led)[\s-]+){0,3}"
    owner = r"([A-Z][\w.]*(?:[\s-][A-Z][\w]*)?)(?:'s|’s)?"
    return re.compile(rf"(?<![\w-]){owner}[\s-]+(?i:{modifiers}(?:{nouns}))(?![\w-])")


@cache
def _bare_state_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternation(_data()['bare_state'])})(?![\w-])", re.I)


@cache
def _generic_patterns() -> list[tuple[dict, re.Pattern[str]]]:
    out = []
    for entry in _data()["generic"]:
        words = _alternation(entry["words"])
        # an optional country adjective before the word: "Syrian rebels", "Yemeni children"
        out.append(
            (entry, re.compile(rf"(?:(?P<adj>[A-Za-z]+)\s+)?(?<![\w-])(?P<word>{words})(?![\w-])", re.I))
        )
    return out


def _police(noun_phrase: str) -> bool:
    police = _alternation(_data()["police_nouns"])
    return bool(re.search(rf"(?:{police})$", noun_phrase, re.I))


def find_actors(sentence: str, country_hint: str | None = None) -> list[ActorMention]:
    """Every actor named in `sentence`, left to right, overlapping mentions resolved longest-first."""
    found: list[ActorMention] = []
    pattern, by_alias = _named_pattern()
    for m in pattern.finditer(sentence):
        entry = by_alias.get(_alias_key(m.group(0)))
        if entry:
            found.append(ActorMention(entry["name"], entry["kind"], entry.get("country") or "",
                                      m.start(), m.end(), "named"))  # fmt: skip
    for m in _state_pattern().finditer(sentence):
        country = _country_of_word(m.group(1))
        if country:
            found.append(_state_actor(country, m.group(0), m.start(), m.end()))
    for m in _bare_state_pattern().finditer(sentence):
        if country_hint:
            found.append(_state_actor(country_hint, m.group(0), m.start(), m.end()))
    for entry, gp in _generic_patterns():
        for m in gp.finditer(sentence):
            adjective = m.group("adj")
            own = _country_of_word(adjective) if adjective and adjective[0].isupper() else None
            start = m.start() if own else m.start("word")
            country = own or country_hint or ""
            name = f"{entry['name']} ({country})" if country else entry["name"]
            found.append(ActorMention(name, entry["kind"], country, start, m.end(), "generic"))
    return _resolve_overlaps(found)


def _state_actor(country: str, phrase: str, start: int, end: int) -> ActorMention:
    prefix = "Police Forces of" if _police(phrase) else "Military Forces of"
    return ActorMention(f"{prefix} {country}", STATE_FORCES, country, start, end, "state")


_PRIORITY = {"named": 0, "state": 1, "generic": 2}


def _resolve_overlaps(found: list[ActorMention]) -> list[ActorMention]:
    found.sort(key=lambda a: (_PRIORITY[a.source], -(a.end - a.start), a.start))
    kept: list[ActorMention] = []
    for a in found:
        if any(a.start < k.end and k.start < a.end for k in kept):
            continue
        kept.append(a)
    kept.sort(key=lambda a: a.start)
    # "Boko Haram militants", "Houthi rebels": a generic word right after a name is that name
    return [
        a
        for i, a in enumerate(kept)
        if not (
            i and a.source == "generic" and kept[i - 1].source != "generic" and a.start - kept[i - 1].end <= 1
        )
    ]


def _country_of_word(word: str | None) -> str | None:
    """'Turkish' / 'Turkey' / "Turkey's" / 'U.S.' -> 'Turkey' / 'United States' (countries.py)."""
    if not word:
        return None
    word = re.sub(r"(?:'s|’s)$", "", word.strip())
    try:
        from extractors.events import countries
    except ImportError:  # the country lexicon is built by another module; until then no adjectives
        return None
    return countries.country_from_demonym(word) or countries.country_name(word)


def actor_kind(name: str) -> str:
    """The ACLED kind of a normalised actor name ("" when it is not one this module makes)."""
    if name.startswith(("Military Forces of", "Police Forces of")):
        return STATE_FORCES
    for entry in _data()["named"]:
        if entry["name"] == name:
            return entry["kind"]
    base = name.split(" (")[0]
    for entry in _data()["generic"]:
        if entry["name"] == base:
            return entry["kind"]
    return ""


@cache
def _foreign_nouns() -> dict[str, re.Pattern[str]]:
    out = {}
    for lang, nouns in (_data().get("foreign_state_nouns") or {}).items():
        out[str(lang)] = re.compile(rf"(?<![\w-])(?:{_alternation(nouns)})(?![\w-])", re.I)
    return out


@cache
def _foreign_bare_state() -> dict[str, re.Pattern[str]]:
    """Per language: words for the state forces of the article's own country ("regimets", "das Regime")."""
    out = {}
    for lang, words in (_data().get("foreign_bare_state") or {}).items():
        out[str(lang)] = re.compile(rf"(?<![\w-])(?:{_alternation(words)})(?![\w-])", re.I)
    return out


@cache
def _foreign_generic() -> dict[str, list[tuple[dict, re.Pattern[str]]]]:
    out: dict[str, list[tuple[dict, re.Pattern[str]]]] = {}
    for lang, entries in (_data().get("foreign_generic") or {}).items():
        out[str(lang)] = [
            (entry, re.compile(rf"(?<![\w-])(?:{_alternation(entry['words'])})(?![\w-])", re.I))
            for entry in entries
        ]
    return out


def find_foreign_actors(
    sentence: str, language: str | None, country_hint: str | None = None
) -> list[ActorMention]:
    """Actors in a sentence in another language: named groups (their names do not change), a
    country adjective next to that language's word for soldiers or army, on either side
    ("syrische Armee", "militari turci"), that language's words for the regime or government forces
    ("regimets soldater") with the article's country, and its generic words ("hommes armés",
    "civils") with the article's country."""
    found: list[ActorMention] = []
    for entry, pattern in _foreign_generic().get((language or "")[:2].lower(), []):
        for m in pattern.finditer(sentence):
            name = f"{entry['name']} ({country_hint})" if country_hint else entry["name"]
            found.append(ActorMention(name, entry["kind"], country_hint or "", m.start(), m.end(), "generic"))
    pattern, by_alias = _named_pattern()
    for m in pattern.finditer(sentence):
        entry = by_alias.get(_alias_key(m.group(0)))
        if entry and entry["kind"] != STATE_FORCES:
            found.append(ActorMention(entry["name"], entry["kind"], entry.get("country") or "",
                                      m.start(), m.end(), "named"))  # fmt: skip
    bare = _foreign_bare_state().get((language or "")[:2].lower())
    if bare is not None and country_hint:
        for m in bare.finditer(sentence):
            found.append(_state_actor(country_hint, "", m.start(), m.end()))
    nouns = _foreign_nouns().get((language or "")[:2].lower())
    if nouns is not None:
        for m in nouns.finditer(sentence):
            before = re.search(
                r"([^\W\d_]+)\s+(?:[^\W\d_]+\s+)?$", sentence[max(0, m.start() - 40) : m.start()]
            )
            after = re.match(r"\s+([^\W\d_]+)", sentence[m.end() :])
            for word, start, end in (
                (before.group(1), m.start() - len(before.group(0)), m.end()) if before else (None, 0, 0),
                (after.group(1), m.start(), m.end() + after.end()) if after else (None, 0, 0),
            ):
                country = _country_of_word(word) if word else None
                if country:
                    found.append(_state_actor(country, "", start, end))
                    break
    return _resolve_overlaps(found)
