"""Actors named in a sentence, normalised the way ACLED names them, in any language with a pack.

Three sources, in order of trust:
- named groups and forces with their aliases (`extractors/data/actors.yaml`: proper names, the
  same in every language that writes them in Latin letters, "al-Shabab" -> "Al-Shabaab", plus their
  names in other scripts and spellings, "حركة الشباب", "shebab"); a bloc of states (NATO) is an actor
  only where it is said to act itself, never as a member's background ("NATO member Turkey");
- a state-force or police noun of the pack (`actors.state_forces`, `actors.police`) with a country
  next to it, by demonym (the pack's `demonyms`: "Turkish troops", "soldats maliens") or by name
  ("Syria's army") -> "Military Forces of Turkey" / "Police Forces of Mali"; without one, the
  article's country ("the regime", "police", "l'armée"); UNIT_OF: not when a longer phrase of a
  generic class holds it (sw "kikosi cha wanamgambo", a unit of militiamen, is the militia);
- generic nouns of the pack ("gunmen", "villageois", "Zivilisten") -> "Unidentified Armed Group
  (Nigeria)", "Civilians (Mali)", "Protesters (Kenya)", with the demonym's country when one is
  next to it, else the article's; a victim pronoun next to a killing is a civilian (VICTIM_PRONOUN).

`ActorMention` and the kinds are `actor_kinds.py`; the named groups (actors.yaml, governing states,
`actor_kind`) `named_actors.py`; the country of a force's noun (`countries_near`, OF_A_COUNTRY, SPEAKERS_OWN_FORCES)
`force_countries.py`; this module finds a sentence's actors (`actors_in`, `find_actors`).
"""

from __future__ import annotations

from extractors.events.actor_kinds import (
    CIVILIANS,
    GENERIC_ACTORS,
    RIOTERS,
    STATE_FORCES,
    UNKNOWN,
    ActorMention,
)
from extractors.events.community_militias import community_militias
from extractors.events.force_countries import (
    ACT_WORDS,
    NATIONAL_FORCES,
    STATE_CLASSES,
    _in_possessive,
    _joined_demonyms,
    _speakers_own,
    countries_near,
)
from extractors.events.named_actors import _alliances, named_actors
from extractors.events.reading import Reading, has_pack, per_reading, read
from extractors.events.role_clues import VERB_FIRST

# words that keep a demonym off a target noun: it belongs to what they open ("posts near the Afghan border")
TARGET_GAP_WORDS = (*ACT_WORDS, "locative_prepositions", "near_prepositions", "agent_markers",
                    "agent_genitives", "numbers.list_joiners", "numbers.part_of", "reporting_verbs", "actors")  # fmt: skip
ALLIANCE_REACH = 2  # tokens from an act to the bloc that carried it out ("frappes de l'OTAN")


@per_reading
def actors_in(r: Reading, country_hint: str | None = None) -> list[ActorMention]:
    """Every actor of a reading, left to right, overlaps resolved (named, state, generic; longest)."""
    found: list[ActorMention] = []
    acts = r.hits("triggers", "generic_violence")
    for a in named_actors(r.text):
        first = r.token_at(a.start)
        last = max(first + 1, r.token_at(a.end - 1) + 1)
        if a.name in _alliances() and not any(
            m.first == last or (0 <= first - m.last <= ALLIANCE_REACH and r.same_clause(m.last - 1, first))
            for m in acts
        ):
            continue  # "NATO member Turkey", "l'OTAN a condamné": the bloc is no party to the event
        found.append(ActorMention(a.name, a.kind, a.country, a.start, a.end, a.source, first, last))
    speakers = r.hits("actors.government")
    generic = [g for g in r.hits("actors") if g.label.split(".", 1)[1] in GENERIC_ACTORS]
    held = []  # force phrases with no country here: the generic words inside them are theirs
    for m in r.hits(*STATE_CLASSES, NATIONAL_FORCES):
        if any(g.first == m.last for g in speakers) or any(g.first < m.first < g.last for g in speakers):
            continue  # "a military official", "police spokesman": the one who speaks, not a force that acts
        if any(
            g.first <= m.first and m.last <= g.last and g.last - g.first > m.last - m.first for g in generic
        ):
            continue  # UNIT_OF: a longer phrase of another class holds it (sw "kikosi cha wanamgambo")
        own = countries_near(r, m.first, m.last) or _speakers_own(r, m.first, m.last)
        if own is None and m.label == NATIONAL_FORCES:
            continue  # "forces" with no state named: "par la force", "les forces rebelles"
        country = own or country_hint
        if not country:
            held.append(m)  # FORCE_PHRASE_HOLDS: "policiais civis" holds no civilians, country or not
            continue
        prefix = "Police Forces of" if m.label == "actors.police" else "Military Forces of"
        found.append(ActorMention(f"{prefix} {country}", STATE_FORCES, country, m.start, m.end, "state",
                                  m.first, m.last, hinted=own is None))  # fmt: skip
        for d, other in _joined_demonyms(r, m.first, m.last, own):  # "Russian and Ukrainian troops"
            start, end = r.span(d.first, d.last)
            found.append(ActorMention(f"{prefix} {other}", STATE_FORCES, other, start, end, "state",
                                      d.first, d.last))  # fmt: skip
    found += _target_forces(r, found)
    found += _victim_pronouns(r, found, country_hint)
    for m in r.hits("actors"):
        cls = m.label.split(".", 1)[1]
        if cls not in GENERIC_ACTORS:
            continue
        if any(h.first <= m.first and m.last <= h.last and h.last - h.first > m.last - m.first for h in held):
            continue
        name, kind = GENERIC_ACTORS[cls]
        own = countries_near(r, m.first, m.last, 1)
        country = own or country_hint or ""
        full = f"{name} ({country})" if country else name
        found.append(ActorMention(full, kind, country, m.start, m.end, "generic", m.first, m.last,
                                  hinted=own is None))  # fmt: skip
    found += community_militias(r, country_hint)  # COMMUNITY_MILITIA: "Fulani gunmen"
    found += _counted_nationals(r, found)
    kept = _resolve_overlaps(found)
    if r.pack.data.get("clause_order") != VERB_FIRST:
        kept = _armed_people(kept)  # OBJECT_AFTER_DOER: not in a verb-first language (see _armed_people)
    return _members_of_named(r, kept)


def _counted_nationals(r: Reading, found: list[ActorMention]) -> list[ActorMention]:
    """COUNTED_NATIONALS: the dead counted by their nationality alone ("three Palestinians were
    killed", "tre palestinere ble drept", "убиты трое палестинцев"): a demonym right after a death
    figure, with no actor noun on it or right after it (not "three Russian soldiers"), names people
    of that country, "Civilians (Palestine)" (ACLED's default for unarmed dead no armed side claims)."""
    demonyms = [m for m in r.hits("demonyms") if m.value]
    if not demonyms:
        return []
    killed = r.hits("outcomes.killed")
    if not killed:
        return []
    from extractors.events.countries import country_name
    from extractors.events.numbers import numbers_in

    # a count right before the demonym, in a clause with a death word (the figures' own reading
    # asks the actors: they are not read here)
    counted = {n.last for n in numbers_in(r) if n.count}
    taken = [(a.first, a.last) for a in found]
    nouns = r.hits("actors", "target_nouns")
    out = []
    for m in demonyms:
        if m.first not in counted or any(lo < m.last + 1 and m.first < hi for lo, hi in taken):
            continue
        if not any(r.same_clause(min(k.first, m.first), max(k.last, m.last) - 1) for k in killed):
            continue
        if any(m.first <= n.first <= m.last for n in nouns):
            continue  # "three Russian soldiers", "drei russische Panzer": the noun after it is the actor
        country = country_name(str(m.value)) or str(m.value)
        start, end = r.span(m.first, m.last)
        out.append(ActorMention(f"Civilians ({country})", CIVILIANS, country, start, end, "generic",
                                m.first, m.last))  # fmt: skip
    return out


def _target_forces(r: Reading, found: list[ActorMention]) -> list[ActorMention]:
    """ "Cambodian positions", "Pakistani border posts", "a Russian air base", "postes frontaliers
    pakistanais", "thailändische Stellungen", "Pakistan's border posts": a target noun of the pack
    (`target_nouns`) qualified by a demonym or a country's possessive, with no other actor on it,
    names the state's forces that were aimed at ("Military Forces of Cambodia"). The demonym stands
    next to the noun or with one or two plain words between (no act, preposition, joiner or actor
    word: "posts near the Afghan border" names no Afghan post); a target word that is an act word
    itself ("targeted") names no one."""
    out: list[ActorMention] = []
    acts = r.hits(*ACT_WORDS)
    for m in r.hits("target_nouns"):
        if any(x.first < m.last and m.first < x.last for x in acts):
            continue
        if any(a.first <= m.last and m.first <= a.last for a in [*found, *out] if a.source != "generic"):
            continue  # "Hezbollah positions", "Afghan army posts": the actor named on it is the one hit
        hit = _target_country(r, m.first, m.last, [*found, *out])
        if hit is None:
            continue
        lo, hi, country = hit
        start, end = r.span(lo, hi)
        out.append(ActorMention(f"Military Forces of {country}", STATE_FORCES, country, start, end, "state",
                                lo, hi))  # fmt: skip
    return out


TARGET_REACH = 2  # plain words between a demonym and its target noun ("Pakistani border posts")


def _target_country(
    r: Reading, first: int, last: int, found: list[ActorMention]
) -> tuple[int, int, str] | None:
    """(first token, last token, country) of the demonym or possessive country name on a target noun;
    not a demonym that qualifies an actor's noun next to it ("Позиции российских военных": the
    soldiers' demonym)."""
    from extractors.events.countries import country_name

    gap_words = r.hits(*TARGET_GAP_WORDS)
    ends = {a.last for a in [*found, *r.hits("actors")]}
    starts = {a.first for a in [*found, *r.hits("actors")]}

    def plain(lo: int, hi: int) -> bool:
        return r.same_clause(lo, hi) and not any(lo <= x.first < hi or lo < x.last <= hi for x in gap_words)

    for d in r.hits("demonyms"):
        if not d.value or d.first in ends or d.last in starts:
            continue
        if 0 <= first - d.last <= TARGET_REACH and plain(d.last, first):
            return d.first, last, str(d.value)
        if 0 <= d.first - last <= TARGET_REACH and plain(last, d.first) and not _in_possessive(r, d.last - 1):
            return first, d.last, str(d.value)
    for k in range(max(0, first - 1 - TARGET_REACH), first):
        tok = r.tokens[k].text
        base = tok.removesuffix("'s").removesuffix("’s")
        if base != tok and tok[:1].isupper() and plain(k + 1, first) and (name := country_name(base)):
            return k, last, name  # "Pakistan's border posts"
    return None


def _victim_pronouns(r: Reading, found: list[ActorMention], country_hint: str | None) -> list[ActorMention]:
    """VICTIM_PRONOUN: a one-victim word of the pack that is no actor noun (`one_victim`: "him", "her",
    es "lo") right next to an act's or killed word ("gunmen shot him dead", "the gunmen entered the house
    and killed him"), in a sentence whose one actor is an armed one, is the person killed: a civilian
    (ACLED's default for one no force or group is named for), not an armed side of a fight."""
    nouns = r.hits("actors")
    if len({(a.first, a.last) for a in [*nouns, *found]}) != 1:
        return []  # another actor named may be the one the pronoun stands for ("the commander ... killed him")
    if not all(a.armed for a in found) or not all(m.label in ARMED_NOUNS for m in nouns):
        return []  # "residents caught a thief and beat him to death": a crowd's victim is its mob's (Riots)
    acts = r.hits("triggers", "generic_violence", "outcomes.killed")
    out: list[ActorMention] = []
    for m in r.hits("one_victim"):
        if any(a.first < m.last and m.first < a.last for a in [*nouns, *found]):
            continue
        if not any(m.first - a.last in (0, 1) or a.first - m.last in (0, 1) for a in acts):
            continue
        country = country_hint or ""
        name = f"Civilians ({country})" if country else "Civilians"
        out.append(ActorMention(name, CIVILIANS, country, m.start, m.end, "generic", m.first, m.last,
                                hinted=True))  # fmt: skip
    return out


ARMED_NOUNS = ("actors.unidentified_armed", "actors.militants", "actors.rebels", "actors.militia",
               "actors.state_forces", "actors.police")  # fmt: skip

_PRIORITY = {"named": 0, "state": 1, "generic": 2}


def _resolve_overlaps(found: list[ActorMention]) -> list[ActorMention]:
    found.sort(key=lambda a: (_PRIORITY[a.source], -(a.last - a.first), a.first))
    kept: list[ActorMention] = []
    for a in found:
        if any(a.first < k.last and k.first < a.last for k in kept):
            continue
        kept.append(a)
    kept.sort(key=lambda a: a.first)
    # "Boko Haram militants", "Houthi rebels": a generic word right after a name is that name
    kept = [
        a
        for i, a in enumerate(kept)
        if not (
            i and a.source == "generic" and kept[i - 1].source != "generic" and a.first == kept[i - 1].last
        )
    ]
    return kept


def _members_of_named(r: Reading, kept: list[ActorMention]) -> list[ActorMention]:
    """ "fighters of the Syrian Democratic Forces", "des combattants de l'EI", "боевики ИГ": a generic
    armed word joined to a named group or force by a genitive word (`numbers.part_of`,
    `agent_genitives`), or right before it, names that group's men: one actor, the group, over both; so
    does a word for people right before a member noun of an armed actor (MEMBER_OF_A_FORCE)."""
    links = r.hits("numbers.part_of", "agent_genitives")
    members = r.hits("member_nouns")
    out: list[ActorMention] = []
    skip: set[int] = set()
    for i, a in enumerate(kept):
        if i in skip:
            continue
        b = kept[i + 1] if i + 1 < len(kept) else None
        if (
            b is not None
            and a.source == "generic"
            and a.armed
            and a.kind != RIOTERS
            and b.source != "generic"
            and b.armed
            and r.same_clause(a.last - 1, b.first)
            and not any(ch in r.text[a.end : b.start] for ch in ",;:()")
            and (b.first == a.last or any(m.first == a.last and m.last == b.first for m in links))
        ):
            out.append(ActorMention(b.name, b.kind, b.country, a.start, b.end, b.source, a.first, b.last,
                                    b.hinted))  # fmt: skip
            skip.add(i + 1)
            continue
        if (
            b is not None
            and a.source == "generic"
            and a.kind == CIVILIANS
            and b.armed
            and any(m.first == a.last and m.last == b.first for m in members)
        ):
            # MEMBER_OF_A_FORCE: "seorang anggota Brimob", "a member of the police": one of the force's men
            out.append(ActorMention(b.name, b.kind, b.country, a.start, b.end, b.source, a.first, b.last,
                                    b.hinted))  # fmt: skip
            skip.add(i + 1)
            continue
        out.append(a)
    return out


def _armed_people(kept: list[ActorMention]) -> list[ActorMention]:
    """ "maskeli kişiler", "masked men": a generic armed word right before a noun for people is one
    armed actor (the people noun no victim of its own). Only before it: a people noun before an
    armed word is its own ("bir gazeteci silahlı saldırıda": a journalist, in an armed attack);
    the packs list the noun-first phrases of their languages ("hommes armés").

    OBJECT_AFTER_DOER: never in a verb-first language (`clause_order: verb-first`, Arabic), whose
    adjectives follow their noun: there the people noun after an armed one is the verb's object, its
    victim ("قتل مسلحون مجهولون رجلا": killed unknown gunmen a man), and its armed-people phrases
    are the noun-first ones its pack lists ("رجال مسلحون")."""
    out: list[ActorMention] = []
    for b in kept:
        a = out[-1] if out else None
        if (
            a is not None
            and a.source == b.source == "generic"
            and a.kind == UNKNOWN
            and b.kind == CIVILIANS
            and a.last == b.first
        ):
            out[-1] = ActorMention(
                a.name, a.kind, a.country, a.start, b.end, "generic", a.first, b.last, a.hinted
            )
            continue
        out.append(b)
    return out


def find_actors(
    sentence: str, country_hint: str | None = None, language: str | None = "en"
) -> list[ActorMention]:
    """Every actor named in one sentence (read with the pack of its language)."""
    if not has_pack(language):
        return named_actors(sentence)
    return actors_in(read(sentence, language), country_hint)


def find_foreign_actors(
    sentence: str, language: str | None, country_hint: str | None = None
) -> list[ActorMention]:
    """The same rules as `find_actors`: every language is read through its pack."""
    return find_actors(sentence, country_hint, language)
