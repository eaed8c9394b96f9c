"""Is a trigger real (`is_real`): not hedged, negated, planned or habitual (`modality`), not an
accident or a match, a place change with a place (`_place_next_to`), a fight with a side (not "the
fight against corruption", `fights_a_thing`; not a war told by its years, `fought_for_years`), a
gathering with a demand only of a crowd (GATHERED_TO_DEMAND), not an actor word ("riot police").
Split from `trigger_choice` (which picks, of the real triggers, what a clause reports)."""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actors import actors_in
from extractors.events.background_acts import vehicles_collided
from extractors.events.clause_words import names_a_crowd
from extractors.events.crowd_objects import (
    alleged_riot,
    blockade_of_no_crowd,
    celebrating_crowd,
    tear_gas_canister,
)
from extractors.events.laid_weapons import laid_not_used, traded_not_used
from extractors.events.modality import unreal_at
from extractors.events.numbers import numbers_in
from extractors.events.object_after_time import after_time_aside
from extractors.events.reading import Reading
from extractors.events.recalled_acts import recalled_by_genitive
from extractors.events.role_clues import VERB_FIRST

TERRITORY_REACH = 4  # tokens from a place-change word to the place that changed hands


def _place_next_to(r: Reading, t: tx.TriggerMatch) -> bool:
    """A place-change word counts with a place after it ("seized the town of X", "took Menaka") or a
    place before its passive ("the town was captured"): a name or a place noun of the pack."""
    nouns = r.hits("place_words.region", "place_words.district", "place_words.settlement", "place_words.area",
                   "place_words.facility")  # fmt: skip
    if any(t.first <= m.first < t.last for m in nouns):
        return True  # "took control of the town": the place noun is part of the phrase
    # COUNTED_OBJECT: "seized 20 herders", "seized 200 rifles": a count right after the word, of
    # something no place noun names, is people or goods taken, not a place (in a verb-first clause the
    # count after the verb may be its subject: not there)
    verb_first = r.pack.data.get("clause_order") == VERB_FIRST
    counted = None if verb_first else next((n for n in numbers_in(r) if n.count and n.first == t.last), None)
    if counted is not None and not any(counted.last <= m.first <= counted.last + 1 for m in nouns):
        return False
    # the subject between a verb and its object (verb-first word order: "seized [the RSF] the city")
    # does not count against the reach
    actors = actors_in(r, None)
    subject = next((a.last - a.first for a in actors if a.first == t.last), 0)
    named = {k for a in actors for k in range(a.first, a.last)}
    # OBJECT_AFTER_TIME: a day named right after the word does not count against the reach
    # ("conquistaram na terça-feira a cidade de Uvira")
    day = after_time_aside(r, t.last) - t.last
    for k in [
        *range(t.last, min(len(r.tokens), t.last + subject + day + TERRITORY_REACH)),
        *range(max(0, t.first - TERRITORY_REACH), t.first),
    ]:
        if t.last <= k < t.last + day:
            continue  # (the day's own words, "Tuesday", are no place)
        if not r.same_clause(min(k, t.first), max(k, t.first)):
            continue
        if k < t.first and k in named:
            continue  # "Al-Shabaab fighters seized ...": the doer's name before the verb is no place
        word = r.tokens[k].text
        if k > 0 and word[:1].isupper() and (not word.isupper() or any(ch.isdigit() for ch in word)):
            return True
        if any(m.first == k for m in nouns):
            return True
    return _place_opens_the_sentence(r, t, nouns, named)


# a sentence's first word at least this frequent (wordfreq's Zipf) is a common word, no name
COMMON_NOUN_ZIPF = 3.5
# words between a place-change phrase and its clause's start: auxiliaries ("a été", "has been")
SUBJECT_GAP = 3


def _inside_a_group_name(r: Reading, t: tx.TriggerMatch) -> bool:
    """NAME_HOLDS_THE_ACT: a place-change word inside the name of a group of the actor dictionary,
    longer than the word ("هيئة تحرير الشام", Hayat Tahrir al-Sham; "Sudan Liberation Army":
    liberation), names the group, not a place taken."""
    if t.trigger.sub_event_type != tx.PLACEHOLDER_TERRITORY:
        return False
    return any(
        a.source == "named"
        and a.first <= t.first
        and t.last <= a.last
        and a.last - a.first > t.last - t.first
        for a in actors_in(r, None)
    )


def _place_opens_the_sentence(r: Reading, t: tx.TriggerMatch, nouns: list, named: set[int]) -> bool:
    """PLACE_SUBJECT: a place-change phrase told in the passive of the place that opens the sentence
    ("Chibok a été reprise par l'armée", "La ville de Chibok, tombée aux mains des islamistes jeudi, a
    été reprise ..."): its clause holds at most SUBJECT_GAP words before it, no actor among them, and
    the sentence opens (after a `place_words.leading` word) with a place noun of the pack or a
    capitalised word that is no actor, no word of the pack's vocabulary and no common word of the
    language (COMMON_NOUN_ZIPF, as `place_spans`)."""
    start = r.clause_start(t.first)
    if t.first - start > SUBJECT_GAP or any(start <= k < t.first for k in named) or 0 in named:
        return False
    if any(start <= m.first < t.first for m in nouns):
        return False  # a place noun of its own clause was within reach already
    k0 = next((m.last for m in r.hits("place_words.leading") if m.first == 0), 0)
    if k0 >= t.first or k0 in named:
        return False
    if any(m.first == k0 for m in nouns):
        return True
    word = r.tokens[k0].text
    if not word[:1].isupper() or word.isupper():
        return False
    if any(m.first <= k0 < m.last and not m.label.startswith("place_words.") for m in r.matches):
        return False
    from extractors.story_words import _zipf

    return _zipf(word.lower(), r.pack.code) < COMMON_NOUN_ZIPF  # "Weapons were seized": a common word


FOE_REACH = (
    3  # tokens between a fight word and the word for what it is against ("fighting a losing battle against")
)
FOE_WINDOW = 4  # tokens after that word where the side fought must be named


def fights_a_thing(r: Reading, t: tx.TriggerMatch) -> bool:
    """ "the fight against corruption", "la lutte contre la pauvreté": a fight word followed by the pack's
    `opponent_markers` word and, before the clause, a locative preposition or a date goes on, no actor,
    is a policy or a campaign, not a clash of two armed sides."""
    for m in r.hits("opponent_markers"):
        if not 0 <= m.first - t.last <= FOE_REACH or not r.same_clause(t.last - 1, m.first):
            continue
        stops = [x.first for x in r.hits("locative_prepositions", "relative_dates") if x.first >= m.last]
        end = min([len(r.tokens), m.last + FOE_WINDOW, *stops])
        end = next((k for k in range(m.last + 1, end) if not r.same_clause(m.last, k)), end)
        return end > m.last and not any(m.last <= a.first < end for a in actors_in(r, None))
    return False


SPAN_REACH = 3  # tokens from a "since" word to the count of units it spans ("depuis plus de quinze ans")


def duration_of_fight(r: Reading, t: tx.TriggerMatch, units: list[int]) -> bool:
    """DURATION_OF_FIGHT: "ending two years of fighting", "after decades of war": a long unit
    (`relative_dates.long_units`) joined to the fight word by the pack's `numbers.part_of` word names
    the war's length, not a clash of the day."""
    return any(m.first == u + 1 and m.last == t.first for m in r.hits("numbers.part_of") for u in units)


def fought_for_years(r: Reading, t: tx.TriggerMatch) -> bool:
    """A fight word followed in its clause by a "since" or "ago" word of the pack and a count of its
    `long_units` ("desde hace más de quince años", "há mais de quinze anos"): a war told by its length
    (a span of days or hours, "depuis 48 heures", is the fight of those days)."""
    counts = [n for n in numbers_in(r) if n.count or n.value >= 2]
    units = [u.first for u in r.hits("relative_dates.long_units")]
    if duration_of_fight(r, t, units):
        return True
    for m in r.hits("relative_dates.since", "relative_dates.ago"):
        if m.first < t.last or not r.same_clause(t.last - 1, m.first):
            continue
        for n in counts:
            if 0 <= n.first - m.last <= SPAN_REACH and any(0 <= u - n.last <= 1 for u in units):
                return True
    return False


def _gathering_of_no_crowd(r: Reading, t: tx.TriggerMatch) -> bool:
    """GATHERED_TO_DEMAND: a protest phrase with a long gap ("gather ... to demand", "собрались ...
    требуя": people gathered, then what they demand) is a protest of a crowd only: people counted or
    named as a crowd (civilians, protesters) before it in its clause ("hundreds of residents gathered in
    Kumasi to demand better roads"); leaders gathered for a summit to demand a ceasefire are none."""
    if t.trigger.event_type != tx.PROTESTS or "..." not in t.trigger.phrase:
        return False
    return not names_a_crowd(r, (r.clause_start(t.first), t.first))


def self_dispersal(r: Reading, t: tx.TriggerMatch) -> bool:
    """SELF_DISPERSAL: a dispersal word inside a phrase of the pack's `self_dispersals` ("the crowd
    dispersed", "dispersed peacefully", "se sont dispersés dans le calme"), in a clause that names no
    police or soldier, tells a crowd that broke up by itself: no intervention ("police dispersed the
    crowd", "protesters dispersed by police" still are one)."""
    return t.trigger.sub_event_type == tx.INTERVENTION and dispersed_by_itself(r, t.first, t.last)


def dispersed_by_itself(r: Reading, first: int, last: int) -> bool:
    """Are the tokens [first, last) a dispersal word of a crowd that broke up by itself (SELF_DISPERSAL)?"""
    if not any(m.first <= first and last <= m.last for m in r.hits("self_dispersals")):
        return False
    cs = r.clause_start(first)
    return not any(
        m.first >= cs and r.same_clause(cs, m.first) for m in r.hits("actors.police", "actors.state_forces")
    )


def _armed_destruction(r: Reading, t: tx.TriggerMatch) -> bool:
    """ARMED_DESTRUCTION: burning or looting whose doer, named before it, is armed ("gunmen burned down
    the offices of the electoral commission") is a conflict event in a sentence about an election too;
    "a fire burned down the market" names no one."""
    return t.trigger.sub_event_type == tx.LOOTING and any(
        a.armed and a.last <= t.first for a in actors_in(r, None)
    )


def _deaths_of_a_denied_act(r: Reading, t: tx.TriggerMatch, skip: frozenset[int]) -> bool:
    """DENIED_DEATHS: a bare death or violence word (an attack placeholder: "died", "the killing")
    after an act its sentence denies ("the army denied reports that its soldiers had killed 12
    villagers, saying those who died were rebels": a denial word of the pack's `modality.denial`
    before the act in its clause) tells the deaths of that denied act, no act of its own."""
    if t.trigger.event_type != tx.PLACEHOLDER_VIOLENCE:
        return False
    denials = r.hits("modality.denial")
    if not denials:
        return False
    return any(
        m.last <= t.first
        and any(d.last <= m.first and r.same_clause(d.first, m.first) for d in denials)
        and unreal_at(r, m.first, m.last, skip)
        for m in r.hits("triggers", "generic_violence", "outcomes.killed")
    )


def is_real(r: Reading, t: tx.TriggerMatch, skip: frozenset[int], non_conflict: bool) -> bool:
    if unreal_at(r, t.first, t.last, skip):
        return False
    if (
        t.trigger.strength <= 2
        and non_conflict
        and t.trigger.event_type not in (tx.PROTESTS, tx.RIOTS)
        and not _armed_destruction(r, t)
    ):
        return False  # "killed in a road accident", "a gas explosion": no conflict event (a protest
        # about power cuts or an election is still a protest)
    if (
        t.trigger.event_type == tx.BATTLES
        and non_conflict
        and not r.hits("actors.protesters", "actors.rioters")
        and not any(a.armed for a in actors_in(r, None))
    ):
        return False  # "firefighters battled the blaze", "a fierce derby clash": a fight needs an armed
        # side (a crowd that clashes is rioting, whatever else the sentence names)
    if vehicles_collided(r, t):
        return False  # VEHICLES_COLLIDED: "un choque entre un autobús y un camión": a road crash
    if t.trigger.sub_event_type == tx.ARMED_CLASH and fought_for_years(r, t):
        return False  # "qui combattent le gouvernement depuis plus de quinze ans": a long war, no clash
    if t.trigger.sub_event_type == tx.ARMED_CLASH and fights_a_thing(r, t):
        return False  # "stepped up its fight against corruption", "der Kampf gegen die Armut": no side
    if _deaths_of_a_denied_act(r, t, skip):
        return False  # "denied that its soldiers had killed 12 villagers, saying those who died were ..."
    if recalled_by_genitive(r, t):
        return False  # RECALLED_GENITIVE: "the burial of those killed in last week's bombing"
    if laid_not_used(r, t):
        return False  # "they planted explosive devices on the roads": laid, not set off (WEAPON_LAID)
    if traded_not_used(r, t):
        return False  # "signed a deal to buy drones": bought, not used (WEAPON_TRADED)
    if _gathering_of_no_crowd(r, t):
        return False  # "leaders gathered in Addis Ababa for a summit to demand a ceasefire"
    if self_dispersal(r, t):
        return False  # "the crowd dispersed peacefully in the evening": no one broke the protest up
    if tear_gas_canister(r, t):
        return False  # TEAR_GAS_CANISTERS: "lançou bombas de gás lacrimogêneo", "tear gas shells"
    if alleged_riot(r, t):
        return False  # ALLEGED_RIOT: "arrested three activists for allegedly inciting riots"
    if blockade_of_no_crowd(r, t):
        return False  # BLOCKADE_OF_NO_CROWD: "a fallen tree blocked the road"
    if celebrating_crowd(r, t):
        return False  # CELEBRATING_CROWD: "fans took to the streets to celebrate the victory"
    if _inside_a_group_name(r, t):
        return False  # NAME_HOLDS_THE_ACT: "هيئة تحرير الشام" (Hayat Tahrir al-Sham) is a name, no liberation
    if t.trigger.sub_event_type in (tx.PLACEHOLDER_TERRITORY, tx.TRANSFER) and not _place_next_to(r, t):
        return False  # "weapons had been seized": goods, not a place, changed hands
    # an actor word that holds the trigger is the actor, not the act: "riot police", "the attackers",
    # "vigilantes"
    if t.trigger.strength < 4 and any(
        m.first <= t.first and t.last <= m.last
        for m in r.hits("actors.unidentified_armed", "actors.militants", "actors.militia", "actors.rebels")
    ):
        return False  # (an unmistakable one, "a suicide bomber", still names the act it did)
    return not any(
        m.first <= t.first and t.last <= m.last and (m.last - m.first) > (t.last - t.first)
        for m in r.hits("actors.police", "actors.state_forces")
    )
