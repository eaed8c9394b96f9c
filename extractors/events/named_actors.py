"""Named groups and forces (`extractors/data/actors.yaml`: proper names and their aliases in every
script, "al-Shabab" -> "Al-Shabaab", "حركة الشباب"): `named_actors` (case-blind where the name's
script has no case: `_case_key`; Arabic proclitics before a name), blocs of states (`_alliances`);
a group governing its state on the day is that state's forces (`governing_state`, `as_state_forces`,
actors.yaml `governs`); the ACLED kind of a normalised actor name (`actor_kind`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache
from importlib import resources

import ahocorasick
import yaml

from extractors.events.actor_kinds import GENERIC_ACTORS, STATE_FORCES, ActorMention
from extractors.models import EventMention


@cache
def _data() -> dict:
    text = resources.files("extractors").joinpath("data/actors.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def _alliances() -> frozenset[str]:
    """Blocs of states (`alliance: true`): actors only where they are said to act themselves."""
    return frozenset(e["name"] for e in _data()["named"] if e.get("alliance"))


def _alternation(words: list[str]) -> str:
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        parts.append(r"[\s-]+".join(re.escape(p) for p in re.split(r"[\s-]+", w.strip())))
    return "|".join(parts)


_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_PROCLITICS = "(?:[\u0648\u0641\u0628\u0644\u0643]{1,2})?"  # wa-, fa-, bi-, li-, ka- before a name


def _case_classes() -> dict[int, int] | None:
    """The characters a case-blind regex takes for one another beyond their lower case (dotless i and
    i, long s and s, final and medial sigma): each mapped to one of its class. None when this Python
    does not expose them (then every alias is tried)."""
    try:
        from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
    except ImportError:
        return None
    return {c: min((c, *others)) for c, others in _EXTRA_CASES.items()}


_CASE_CLASSES = _case_classes()
assert all(v == c for c, v in (_CASE_CLASSES or {}).items() if c < 128)  # (`_case_key`'s ASCII path)
_DOTTED_CAPITAL_I = "\u0130"  # the one letter whose lower case is two characters


def _case_key(text: str) -> str:
    """`text` as a case-blind regex compares it: lower case by single characters, case classes merged.
    An ASCII text's lower case is its key (every case class maps an ASCII letter to itself: the
    others of its class are not ASCII)."""
    if text.isascii():
        return text.lower()
    return text.replace(_DOTTED_CAPITAL_I, "i").lower().translate(_CASE_CLASSES or {})


@cache
def _alias_list() -> tuple[list[tuple[str, int]], list[dict]]:
    """Every alias as (alias, entry index), longest first, and the entries (`_aliases`' order)."""
    entries: list[dict] = []
    aliases: list[tuple[str, int]] = []
    for k, entry in enumerate(_data()["named"]):
        entries.append(entry)
        for alias in dict.fromkeys([entry["name"], *entry.get("aliases", [])]):
            aliases.append((alias, k))
    return sorted(aliases, key=lambda a: len(a[0]), reverse=True), entries


@cache
def _aliases() -> tuple[tuple[tuple[str, str, int], ...], list[dict]]:
    """Every alias as (regex part, lower-case literal core, entry index), longest alias first
    ("FARC dissidents" before "FARC"). Short all-capital aliases (RSF, SAF, HTS) match in capitals
    only, or in title case (TITLE_CASE_ACRONYM: "Rsf"); an alias ending in `*` takes any word ending ("Вагнер*": Вагнера, Вагнеру); one in Arabic
    script takes the proclitics written onto it ("لحركة الشباب"). The core is the alias's longest
    run without a space or hyphen: no text can match the alias without holding it."""
    aliases, entries = _alias_list()
    parts = []
    for alias, k in aliases:
        open_end = alias.endswith("*")
        part = _alternation([alias.rstrip("*")]) + (r"\w*" if open_end else "")
        if _ARABIC.match(alias):
            part = _ARABIC_PROCLITICS + part
        if alias.isupper() and len(alias) <= 6:
            part = f"(?-i:{part}{_title_case(alias)})"
        core = _case_key(max(re.split(r"[\s-]+", alias.rstrip("*").strip()), key=len))
        parts.append((part, core, k))
    return tuple(parts), entries


PROCLITIC_CHARS = 2  # the most characters `_ARABIC_PROCLITICS` writes before an alias


@cache
def _heads() -> tuple[tuple[str, int], ...]:
    """ALIAS_HEADS: each alias's first run (`_case_key`, as `_aliases` splits it) and how many
    characters may stand before it in a match (an Arabic alias's proclitics): a match of the alias
    starts there, so only there is its pattern tried. ("", 0) for an alias opening with a hyphen
    (tried everywhere)."""
    return tuple(
        (
            _case_key(re.split(r"[\s-]+", alias.rstrip("*").strip())[0]),
            PROCLITIC_CHARS if _ARABIC.match(alias) else 0,
        )
        for alias, _ in _alias_list()[0]
    )


_LATIN_ACRONYM = re.compile(r"[A-Z]{3,6}")


def _title_case(alias: str) -> str:
    """TITLE_CASE_ACRONYM: Italian, Spanish and Portuguese newsrooms write a pronounceable acronym in
    title case ("le Rsf", "l'Isis", "lo Jnim", "del Eln"): a Latin all-capital alias of three to six
    letters also matches so, in that case only (a regex alternative), unless actors.yaml lists it in
    `title_case_exceptions` (its title form is a common word: Turkish "Bir")."""
    if not _LATIN_ACRONYM.fullmatch(alias) or alias in _data().get("title_case_exceptions", ()):
        return ""
    return "|" + re.escape(alias[0] + alias[1:].lower())


@lru_cache(maxsize=4096)
def _named_pattern(present: tuple[int, ...]) -> re.Pattern[str]:
    """One alternation of the aliases `present` (indexes into `_aliases()`, in its order), each its
    own group naming its entry."""
    parts, _ = _aliases()
    groups = "|".join(f"(?P<a{n}_{parts[n][2]}>{parts[n][0]})" for n in present)
    return re.compile(rf"(?<![\w-])(?:{groups})(?![\w-])", re.I)


@cache
def _alias_pattern(n: int) -> re.Pattern[str]:
    """The pattern of alias n alone (`_aliases` index), bounded as in `_named_pattern`: compiled once a
    process, whatever other aliases a text holds."""
    part = _aliases()[0][n][0]
    return re.compile(rf"(?<![\w-])(?:{part})(?![\w-])", re.I)


def _alias_starts(key: str, n: int) -> list[int] | None:
    """Where a match of alias n may start in a text whose `_case_key` is `key` (ALIAS_HEADS), in
    order; None: anywhere."""
    head, slack = _heads()[n]
    if not head or _CASE_CLASSES is None:  # (without the case classes, `key` may miss a case-blind match)
        return None
    out: list[int] = []
    q = key.find(head)
    while q >= 0:
        out.extend(range(max(q - slack, out[-1] + 1 if out else 0), q + 1))
        q = key.find(head, q + 1)
    return out


def _alias_matches(
    sentence: str, present: tuple[int, ...], key: str | None = None
) -> list[tuple[int, int, int]]:
    """ALIAS_BY_ALIAS: (start, end, alias index) of what `_named_pattern(present).finditer(sentence)`
    matches, found with each alias's own pattern (`_alias_pattern`) tried only where the alias may
    start (`_alias_starts`; `key` is the sentence's `_case_key`). The alternation takes, from where its
    last match ended, the leftmost start at which any alias matches, and there the first alias of
    `present` that does; so does this, each alias's next match kept until a match passes its start.
    Whole texts seldom hold the same set of aliases twice, so one alternation a set was a compile a
    text; and an alias's pattern searched over a whole text tries it at every character."""
    key = _case_key(sentence) if key is None else key
    patterns = [_alias_pattern(n) for n in present]
    starts = [_alias_starts(key, n) for n in present]
    at = [0] * len(present)  # the next of each alias's starts to try

    def next_match(k: int, pos: int) -> re.Match[str] | None:
        where = starts[k]
        if where is None:
            return patterns[k].search(sentence, pos)
        i = at[k]
        while i < len(where) and where[i] < pos:
            i += 1
        while i < len(where):
            m = patterns[k].match(sentence, where[i])
            i += 1
            if m is not None:
                at[k] = i
                return m
        at[k] = i
        return None

    heads = [next_match(k, 0) for k in range(len(present))]
    out: list[tuple[int, int, int]] = []
    while True:
        best = -1
        for k, m in enumerate(heads):
            if m is not None and (best < 0 or m.start() < heads[best].start()):  # type: ignore[union-attr]
                best = k
        if best < 0:
            return out
        m = heads[best]
        assert m is not None
        start, end = m.span()
        out.append((start, end, present[best]))
        for k, h in enumerate(heads):
            if h is not None and h.start() < end:
                heads[k] = next_match(k, end)


@cache
def _core_automaton() -> ahocorasick.Automaton:
    """ALIAS_CORES: one Aho-Corasick automaton of every alias's core (`_aliases`), each core's value
    the aliases (indexes, in order) that hold it. One pass over a sentence's `_case_key` finds every
    core it holds, as `core in key` tried for each of the aliases did (a core found inside a longer
    word counts too: the alias's own pattern checks where words end)."""
    parts, _ = _aliases()
    holders: dict[str, list[int]] = {}
    for n, (_, core, _) in enumerate(parts):
        holders.setdefault(core, []).append(n)
    automaton = ahocorasick.Automaton()
    for core, ns in holders.items():
        automaton.add_word(core, tuple(ns))
    automaton.make_automaton()
    return automaton


def _present(sentence: str, key: str | None = None) -> tuple[int, ...]:
    """The aliases (indexes, in order) whose core the sentence holds (ALIAS_CORES); `key`: the
    sentence's `_case_key` when the caller has it."""
    if _CASE_CLASSES is None:
        return tuple(range(len(_aliases()[0])))
    found = {n for _, ns in _core_automaton().iter(_case_key(sentence) if key is None else key) for n in ns}
    return tuple(sorted(found))


def named_actors(sentence: str) -> list[ActorMention]:
    """Named groups and forces of the sentence. Only the aliases whose core the sentence holds are
    tried (ALIAS_CORES; most sentences name none), each with its own pattern (ALIAS_BY_ALIAS): the
    same matches as one alternation of every alias, cheaper."""
    parts, entries = _aliases()
    key = _case_key(sentence)
    present = _present(sentence, key)
    if not present:
        return []
    out = []
    for start, end, n in _alias_matches(sentence, present, key):
        entry = entries[parts[n][2]]
        out.append(ActorMention(entry["name"], entry["kind"], entry.get("country") or "",
                                start, end, "named"))  # fmt: skip
    return out


@cache
def _governing() -> dict[str, tuple[str, date]]:
    """Named groups that took a state's government (`governs`): name -> (state, since)."""
    return {
        e["name"]: (e["governs"]["country"], e["governs"]["since"])
        for e in _data()["named"]
        if e.get("governs")
    }


def governing_state(name: str, day: date | None) -> str | None:
    """The state a named group governs on `day` (ACLED codes its men as that state's forces from the day
    it took power: the Taliban from 15 August 2021), None for other groups, earlier days or no day."""
    held = _governing().get(name)
    return held[0] if held is not None and day is not None and day >= held[1] else None


def as_state_forces(m: EventMention, day: date | None) -> EventMention:
    """The mention with each side that governs its state on the event's day named as that state's forces."""
    changes: dict[str, str] = {}
    for side in ("actor1", "actor2"):
        state = governing_state(getattr(m, side), day)
        if state is not None:
            changes |= {
                side: f"Military Forces of {state}",
                f"{side}_kind": STATE_FORCES,
                f"{side}_country": state,
            }
    return replace(m, **changes) if changes else m


def actor_kind(name: str) -> str:
    """The ACLED kind of a normalised actor name ("" when it is not one this module makes)."""
    if name.startswith(("Military Forces of", "Police Forces of")):
        return STATE_FORCES
    for entry in _data()["named"]:
        if entry["name"] == name:
            return entry["kind"]
    base = name.split(" (")[0]
    for generic, kind in GENERIC_ACTORS.values():
        if generic == base:
            return kind
    return ""
