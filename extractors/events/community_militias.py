"""COMMUNITY_MILITIA: armed men named by their community ("Fulani gunmen", "Misseriya militiamen",
"Qemant fighters", "Dozo hunters") are that community's militia, as ACLED names them: "Fulani
Ethnic Militia (Nigeria)", "Dozo Communal Militia (Mali)" (kind identity militia), not an
unidentified group or a generic "Militia".

The communities are data (`extractors/data/actors.yaml`, `communities`: a name, its aliases, the
ACLED militia label, and `alone: true` for a brotherhood that is a militia by itself, the Dozo
hunters). A community's name counts only as a capitalised word right before an armed noun of the
pack (militia, unidentified armed men, rebels: "Fulani gunmen", not "Fulani herders", who are
civilians), or alone for an `alone` community. The militia's country is the report's (a community
lives in several states), else the entry's.
"""

from __future__ import annotations

from functools import cache

from extractors.events.actor_kinds import ActorMention
from extractors.events.named_actors import _data
from extractors.events.reading import Reading

IDENTITY_MILITIA = "identity militia"
ARMED_NOUNS = ("actors.militia", "actors.unidentified_armed", "actors.rebels")
COMMUNITY_WORDS = 2  # tokens a community's name may take ("Lou Nuer")


@cache
def _communities() -> dict[tuple[str, ...], dict]:
    """Each alias as its tuple of words -> its entry."""
    out: dict[tuple[str, ...], dict] = {}
    for entry in _data().get("communities") or []:
        for alias in [entry["name"], *entry.get("aliases", [])]:
            out[tuple(alias.split())] = entry
    return out


def community_militias(r: Reading, country_hint: str | None) -> list[ActorMention]:
    """The community militias a reading names (see the module)."""
    table = _communities()
    if not table:
        return []
    words = [t.text for t in r.tokens]
    nouns = {m.first: m for m in r.hits(*ARMED_NOUNS)}
    out = []
    for k in range(len(words)):
        for n in range(COMMUNITY_WORDS, 0, -1):
            key = tuple(words[k : k + n])
            entry = table.get(key)
            if entry is None or not key[0][:1].isupper():
                continue
            noun = nouns.get(k + n)
            if noun is None and not entry.get("alone"):
                continue
            last = noun.last if noun is not None else k + n
            country = country_hint or entry.get("country") or ""
            name = f"{entry['name']} {entry['militia']}" + (f" ({country})" if country else "")
            start, end = r.span(k, last)
            out.append(ActorMention(name, IDENTITY_MILITIA, country, start, end, "named", k, last))
            break
    return out
