"""Which state a sentence names as the doer of its act, by its own words: a demonym on the trigger
(`adjective_agent`: "Turkish drone strikes", POSTPOSED_DEMONYM "atac rusesc cu drone"; a name with a
case ending after an apostrophe is no adjective, `_case_endings`: "Irak'ta") or a country's name as
the act's subject (`state_subject`, STATE_SUBJECT: "Russia launched dozens of missiles"; not a place,
POSSESSED_PLACE, nor the agent of a passive, AGENT_OF_A_PASSIVE `_passive_agent_between`; a subject
parted from its act only by a comma or an apposition, `_subject_clause`).

`roles.py` reads these for its doers (`named_state_over_hinted`, HINTED_FORCE_YIELDS), and
`candidates.py` for an act with no actor word.
"""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import STATE_FORCES, ActorMention
from extractors.events.numbers import numbers_in
from extractors.events.reading import Reading
from extractors.events.role_clues import OUTCOMES
from extractors.events.speaker_clues import APPOSITION_WORDS


def adjective_agent(r: Reading, t: tx.TriggerMatch) -> ActorMention | None:
    """ "Turkish drone strikes", "un raid aérien syrien", "russische Luftangriffe": a demonym on the
    trigger names the state that carried it out. On it means next to it, or with one word of a
    trigger or a force between ("Turkish military drone strikes"); a demonym next to another noun for
    an actor is that actor's ("the Somali police announced the killing"), and one after a preposition
    qualifies the place ("car bombs in Somali ministries"). Inside a trigger with a gap, a demonym
    right after its first word is that word's adjective (POSTPOSED_DEMONYM, Romance order: "atac
    rusesc cu drone", "raid russo con droni"), not one deeper in the gap ("attack on Russian positions
    with drones": the target's)."""
    others = [a for a in r.hits("actors") if not (a.first < t.last and t.first < a.last)]
    glue = r.hits("triggers", "generic_violence", "actors.state_forces")
    endings = _case_endings(r)
    counted: set[int] | None = None
    for d in r.hits("demonyms"):
        if not d.value or not r.same_clause(min(d.first, t.first), max(d.last - 1, t.last - 1)):
            continue
        if counted is None:
            counted = {n.last for n in numbers_in(r) if n.count}
        if d.first in counted:
            continue  # "ثلاثة فلسطينيين برصاص ...", "three Palestinians": a counted demonym is people, no adjective
        if r.tokens[d.last - 1].text.lower().endswith(endings):
            continue  # "Kuzey Irak'ta hava harekatı": a name with a case ending is no adjective of the act
        if d.last <= t.first:
            between = range(d.last, t.first)
        elif d.first >= t.last:
            between = range(t.last, d.first)
        elif d.first == t.first + 1:
            between = range(0)  # POSTPOSED_DEMONYM: "atac rusesc cu drone", "raid russo con droni"
        else:
            continue
        if len(between) > 1 or any(not any(g.first <= k < g.last for g in glue) for k in between):
            continue
        if any(a.last == d.first or a.first == d.last for a in others if a.first not in between):
            continue
        country = str(d.value)
        return ActorMention(f"Military Forces of {country}", STATE_FORCES, country, t.start, t.end, "state",
                            t.first, t.last)  # fmt: skip
    return state_subject(r, t)


def _case_endings(r: Reading) -> tuple[str, ...]:
    """The pack's clitic endings written after an apostrophe ("'ta", "'nin"): a name carrying one is
    case-marked (Turkish "Irak'ta": in Iraq), where a bare name is an adjective ("Irak ordusu")."""
    suffixes = (r.pack.data.get("clitics") or {}).get("suffixes") or []
    return tuple(str(x).lower() for x in suffixes if "'" in str(x))


STATE_SUBJECT_REACH = (
    8  # tokens from a state's name to the act it carried out ("Israel, a close ally, struck")
)


def state_subject(r: Reading, t: tx.TriggerMatch) -> ActorMention | None:
    """ "Israel struck a house in Rafah", "Russia launched dozens of missiles at Kyiv", "Украина
    атаковала беспилотниками Белгород", "İsrail, Refah'ta bir eve hava saldırısı düzenledi": a
    country's name (not a demonym) before an act of violence in its clause is the state whose forces
    carried it out, unless it is a place (after a locative word, a genitive word or an agent marker;
    right before a place noun or a direction word it holds, POSSESSED_PLACE: "Suriye'nin kuzeyindeki
    Münbiç'te", in Syria's north), or a speaker, an actor, an outcome word or an agent marker stands
    between it and the act."""
    if t.trigger.event_type not in (
        tx.EXPLOSIONS,
        tx.BATTLES,
        tx.VIOLENCE_AGAINST_CIVILIANS,
        tx.PLACEHOLDER_VIOLENCE,
    ):
        return None
    from extractors.events.countries import find_countries

    blockers = r.hits("reporting_verbs", "actors", *OUTCOMES)
    acts = r.hits(*ACT_WORDS_OF_A_PASSIVE)
    before_words = r.hits("locative_prepositions", "near_prepositions", "numbers.part_of", "agent_genitives",
                          "agent_markers")  # fmt: skip
    places_after = r.hits("place_words.direction", "place_words.region", "place_words.district",
                          "place_words.settlement", "place_words.area")  # fmt: skip
    for c in find_countries(r.text, r.pack.code):
        if c.demonym:
            continue
        first = r.token_at(c.start)
        last = max(first + 1, r.token_at(c.end - 1) + 1)
        if not (0 <= t.first - last <= STATE_SUBJECT_REACH) or not _subject_clause(r, last, t.first):
            continue
        if any(m.last in (first, first - 1) for m in before_words):
            continue  # "in Israel", "the north of Syria": a place
        if any(m.first == last for m in places_after):
            continue  # POSSESSED_PLACE: "Suriye'nin kuzeyindeki", "Irak'ın Musul kentinde": Syria's north, a place
        if any(last <= m.first < t.first for m in blockers) or _passive_agent_between(r, acts, last, t.first):
            continue
        return ActorMention(f"Military Forces of {c.country}", STATE_FORCES, c.country, t.start, t.end, "state",
                            t.first, t.last)  # fmt: skip
    return None


ACT_WORDS_OF_A_PASSIVE = ("triggers", "generic_violence")


def _passive_agent_between(r: Reading, acts: list, last: int, act: int) -> bool:
    """AGENT_OF_A_PASSIVE: an agent marker between a state's name and the act blocks the name only as
    the agent of a passive, after an act word ("Ucraina a fost atacată de drone rusești": Ukraine was
    hit); one after a plain noun is a genitive ("Rusia a lansat un val de drone", a wave of drones:
    Russia launched them)."""
    return any(
        last <= m.first < act and any(last <= w.first < m.first for w in acts)
        for m in r.hits("agent_markers")
    )


def _subject_clause(r: Reading, last: int, act: int) -> bool:
    """Are a subject ending at token `last` and an act at token `act` one clause, but for a comma right
    after the subject ("İsrail, Refah'ta ...") or an apposition in commas ("Israel, a close ally,")?"""
    starts = [c for c in r.clause_starts if last <= c <= act]
    if not starts:
        return True
    if starts[0] != last or len(starts) > 2:
        return False
    return len(starts) == 1 or starts[1] - starts[0] <= APPOSITION_WORDS + 3
