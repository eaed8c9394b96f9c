"""The clues of one candidate that `type_resolution.resolve_type` reads: a government's protest is
no crowd's (`_diplomatic_protest`, OF_REACH, DIPLOMAT_REACH), a force named in the trigger's clause
(`_force_in_trigger_clause`), people counted (`_counted`), people seized by an armed group
(`_seized_by_armed_group`), the forces' post hit (`_forces_post_hit`, POST_REACH), a settlement hit (`_settlement_hit`), a deadly raid by an
armed group (`_deadly_raid_by_armed_group`), a bare death (`_bare_death`), an ambush (`_ambush`,
AMBUSH_SUBS), fire on a vehicle or people (`_fired_on_a_vehicle`, OBJECT_REACH), a foreign state's
forces taking a place (`_foreign_taker`, FOREIGN_FORCES_OVERTAKE), a clash word with civilians as its
only other side (`_one_armed_side`, ONE_ARMED_SIDE).
"""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import CIVILIANS, STATE_FORCES
from extractors.events.actors import actors_in
from extractors.events.candidates import Candidate, clause_actors
from extractors.events.clause_words import non_state_armed, only_outcome
from extractors.events.countries import find_countries
from extractors.events.crowd_sides import SUBJECT_GAP, uncounted_doer
from extractors.events.locate import _place_noun_before, places_in
from extractors.events.named_actors import governing_state
from extractors.events.roles import opposed

OF_REACH = (
    2  # tokens from a genitive word to the government word it ties to a noun ("of former prime minister")
)
DIPLOMAT_REACH = 2  # tokens from a country's name to the protest word it is the subject of


def _diplomatic_protest(c: Candidate) -> bool:
    """ "Turkey protested to Russia", "the foreign ministry lodged a protest": a government or a
    country (a capital standing for it) is the subject of the protest word, in its clause."""
    r, t = c.reading, c.trigger
    cs = r.clause_start(t.first)
    # (a government word after "of" is whose the crowd is: "supporters of the former prime minister")
    of = [m.last for m in r.hits("numbers.part_of", "agent_genitives")]
    if any(
        cs <= m.first and m.last <= t.first and not any(0 <= m.first - k <= OF_REACH for k in of)
        for m in r.hits("actors.government")
    ):
        return True
    named = [(p.start, p.end, p.kind == "city") for p in places_in(c.sentence.text, None, r.pack.code)]
    named += [(m.start, m.end, False) for m in find_countries(c.sentence.text, r.pack.code) if not m.demonym]
    for start, end, city in named:
        first = r.token_at(start)
        last = max(first + 1, r.token_at(end - 1) + 1)
        subject = cs <= first and 0 <= t.first - last <= DIPLOMAT_REACH
        # "in Harare", or a locative case ending on the name itself ("Diyarbakır'da")
        located = any(0 <= first - m.last <= 1 or m.first == first for m in r.hits("locative_prepositions"))
        if subject and not (city and located) and not _place_noun_before(r, first):
            # "Turkey protested", "Ankara protested" (a city standing for its government); not a
            # name after a place noun ("polisi mkoani Mwanza ...", "the police in Kano state ...")
            return True
    return False


def _force_in_trigger_clause(c: Candidate) -> bool:
    """ "Police dispersed the march": a force noun in the intervention word's own clause (not "no
    security forces intervened, and the crowd dispersed by sunset")."""
    r, t = c.reading, c.trigger
    lo, hi = r.clause_start(t.first), r.clause_end(t.first)
    return any(lo <= m.first < hi for m in r.hits("actors.police", "actors.state_forces"))


def _counted(c: Candidate) -> bool:
    """Is a number of people (a figure above one, a vague quantity) told in the candidate's clause?"""
    from extractors.events.numbers import numbers_in

    lo, hi = c.span
    vague = any(lo <= m.first < hi for m in c.reading.hits("numbers.vague"))
    return vague or any(n.count and n.value > 1 and lo <= n.first < hi for n in numbers_in(c.reading))


def _seized_by_armed_group(c: Candidate) -> bool:
    """An arrest word whose actor is an armed group that is not the state ("the gunmen stormed
    the village, seized the herders and shot them"): ACLED's arrests are the state's. A group the
    clause names as what an operation is against is its target, not the one who seized
    (`roles.opposed`: "15 suspects detained in an operation against Islamic State"). A group that
    governs its state on the clause's day arrests as that state (`_governs_on_its_day`)."""
    return (
        non_state_armed(c.actor1)
        and not opposed(c.reading, c.actor1)
        and not _governs_on_its_day(c)
        and not any(a.kind == STATE_FORCES for a in clause_actors(c))
    )


def _governs_on_its_day(c: Candidate) -> bool:
    """GOVERNING_ARRESTER: actor1 is a named group that holds its state's government on the clause's
    day ("Taliban intelligence officers detained a journalist in Kabul on Monday", after 15 August
    2021): ACLED codes its men as the state's forces, so its detentions are arrests, not abductions.
    With no day told the group stays what its name is."""
    return (
        c.actor1 is not None
        and c.when is not None
        and governing_state(c.actor1.name, c.when.value) is not None
    )


POST_REACH = 5  # tokens from an attack word to the forces' post it hit ("attacked a military base")


def _forces_post_hit(c: Candidate) -> bool:
    """An attack word whose object, right after it in its clause, is a post of the state's forces (a
    force noun used as an attribute: "a military base", "a police station", "an army checkpoint")."""
    r, t = c.reading, c.trigger
    if c.actor1 is not None and c.actor1.kind == STATE_FORCES:
        return False
    end = min(len(r.tokens), t.last + POST_REACH)
    return any(
        t.last <= m.first < end and r.same_clause(t.first, m.first)
        for m in r.hits("actors.state_forces", "actors.police")
    )


def _settlement_hit(c: Candidate) -> bool:
    """SETTLEMENT_HIT: an attack word (not only a death word) whose object, right after it in its
    clause, is a settlement noun ("the attack on a village", "l'attaque contre un village", "o ataque
    a uma aldeia"), in a sentence that names no doer and no armed side: the dead it counts are the
    people of the place it struck."""
    r, t = c.reading, c.trigger
    if c.actor1 is not None or only_outcome(r, t) or any(a.armed for a in actors_in(r, None)):
        return False
    end = min(len(r.tokens), t.last + POST_REACH)
    return any(
        t.last <= m.first < end and r.same_clause(t.first, m.first) for m in r.hits("place_words.settlement")
    )


def _dead_of_an_attack(c: Candidate) -> bool:
    """DEAD_OF_AN_ATTACK: an attack word (not only a death word) whose dead are counted by a bare death
    noun ("an armed attack on a bar left six dead", "un ataque armado en un bar dejó seis muertos",
    "sono nove i morti dell'attacco"), in a sentence that names no doer and no armed side: as
    SETTLEMENT_HIT, the dead are the people it struck (ACLED: unnamed victims are civilians), whatever
    the place it struck; a forces' post struck is read before (`_forces_post_hit`). So are its wounded
    counted so with no dead ("un ataque armado en Celaya dejó dos heridos": `counted_wounded`)."""
    r, t = c.reading, c.trigger
    return c.actor1 is None and not only_outcome(r, t) and not any(a.armed for a in actors_in(r, None))


def counted_wounded(c: Candidate) -> bool:
    """The candidate's clause counts wounded by a bare wounded noun or word ("left two wounded", "dejó
    dos heridos", "ha lasciato due feriti"): a figure right before it, in the clause."""
    from extractors.events.numbers import numbers_in

    r = c.reading
    lo, hi = c.span
    ends = {n.last for n in numbers_in(r) if n.count}
    return any(lo <= m.first < hi and m.first in ends for m in r.hits("outcomes.wounded"))


def _deadly_raid_by_armed_group(c: Candidate) -> bool:
    """An attack word done by a non-state armed group, in a sentence that names no state force and
    no other armed side, in a report that tells of no fight and no armed men hit (`tells_a_fight`):
    the dead are then the people of the place it struck. A death word is such an act when the group
    is its subject right before it ("gunmen killed four travellers": KILLED_BY_SUBJECT)."""
    if not non_state_armed(c.actor1):
        return False
    if only_outcome(c.reading, c.trigger) and not _subject_killed(c):
        return False
    return not any(a.armed and a.first != c.actor1.first for a in actors_in(c.reading, None))


def _subject_killed(c: Candidate) -> bool:
    """KILLED_BY_SUBJECT: the candidate's armed doer is the uncounted subject right before its death
    word ("gunmen killed", "des hommes armés ont tué"), not a group named elsewhere in the sentence."""
    doer = uncounted_doer(c)
    return (
        doer is not None
        and c.actor1 is not None
        and doer.first == c.actor1.first
        and 0 <= c.trigger.first - doer.last <= SUBJECT_GAP
    )


def _bare_death(c: Candidate) -> bool:
    """Is the candidate's word only a death word ("died", "dead", "were killed", "bodies"), with no
    word of an act or a weapon in its clause and no armed side or perpetrator in its sentence?"""
    r, t = c.reading, c.trigger
    if t.trigger.strength > 1 or not only_outcome(r, t) or c.actor1 is not None:
        return False
    if uncounted_doer(c) is not None:
        return False  # "angry residents killed two robbers": someone did it
    lo, hi = c.span
    if any(lo <= o.first < hi and not only_outcome(r, o) for o in tx.triggers_in(r)):
        return False
    return not any(a.armed for a in actors_in(r, None))


AMBUSH_SUBS = frozenset({tx.IED, tx.SHELLING})


def _ambush(c: Candidate) -> bool:
    """ACLED codes a roadside bomb or mine followed by gunfire on the same armed target (an ambush)
    as an armed clash: an explosive of this kind that hit armed men, and after it in its sentence an
    fight or shooting word that is not only a death word ("... then opened fire on the convoy"), or a
    word of the pack's `gunfire` class anywhere in its sentence ("came under gunfire after a bomb
    went off"). Fire at armed men told with a small-arms word in its own clause ("обстреляли из
    стрелкового оружия патруль") is gunfire, not shelling: a clash too."""
    if c.event_type != tx.EXPLOSIONS or c.sub_event_type not in AMBUSH_SUBS:
        return False
    if c.actor2 is None or not c.actor2.armed:
        return False
    r, t = c.reading, c.trigger
    shots = [m for m in r.hits("gunfire") if m.last <= t.first or m.first >= t.last]
    if c.sub_event_type == tx.SHELLING:
        return any(r.same_clause(m.first, t.first) for m in shots) or _fired_on_a_vehicle(c)
    if shots:
        return True
    return any(
        o.first >= t.last
        and o.trigger.event_type in (tx.PLACEHOLDER_VIOLENCE, tx.BATTLES)
        # gunfire, a clash, an ambush: not a weak word ("hit", "the attack"), which mostly tells the
        # blast itself again ("a roadside bomb hit a patrol ... in an attack claimed by ...")
        and o.trigger.strength >= 2
        and o.trigger.sub_event_type != tx.PLACEHOLDER_TERRITORY
        and not only_outcome(r, o)
        for o in tx.triggers_in(r)
    )


OBJECT_REACH = 2  # tokens from a firing verb to the vehicle or people it was fired on


def _fired_on_a_vehicle(c: Candidate) -> bool:
    """FIRED_ON_A_VEHICLE: a verb that tells firing with any weapon (`fire_verbs`: "обстреляли")
    whose object right after it is a vehicle (`vehicles`: "автомобиль полиции") or people
    ("обстреляли полицейских"), in a sentence with no artillery word (no other shelling word), is
    small-arms fire, not shelling; so is firing by unidentified gunmen right before the verb
    (GUNMEN_FIRED: "неизвестные обстреляли пост ДПС": men without a name have no artillery)."""
    r, t = c.reading, c.trigger
    if not any(m.first < t.last and t.first < m.last for m in r.hits("fire_verbs")):
        return False
    objects = r.hits("vehicles") + [a for a in r.hits("actors") if a.label != "actors.self_reference"]
    targets = r.hits("target_nouns")  # "обстреляли позиции полиции": the positions were fired on

    def fired_on(o) -> bool:
        if not (0 <= o.first - t.last <= OBJECT_REACH and r.same_clause(t.first, o.first)):
            return False
        return not any(t.last <= p.first < o.first for p in targets)

    gunmen = any(
        0 <= r.gap_without_days(m.last, t.first) <= 1 and r.same_clause(m.first, t.first)
        for m in r.hits("actors.unidentified_armed")
    )
    if not gunmen and not any(fired_on(o) for o in objects):
        return False
    return not any(
        o.trigger.sub_event_type == tx.SHELLING and not (o.first < t.last and t.first < o.last)
        for o in tx.triggers_in(r)
    )


def _foreign_taker(c: Candidate) -> bool:
    """FOREIGN_FORCES_OVERTAKE: a state's forces that take a place in another country, not from a
    non-state armed group, overtake it (ACLED: a foreign state actor that acquires territory codes as
    Non-state actor overtakes territory: Russia's forces taking a village of Donetsk); a foreign army
    that retakes a town from insurgents with the government it backs regains it."""
    a, place = c.actor1, c.place
    if a is None or a.kind != STATE_FORCES or not a.country or place is None:
        return False
    country = getattr(place, "country", "")
    if not country or country == a.country:
        return False
    return c.actor2 is None or c.actor2.kind == STATE_FORCES


def _one_armed_side(c: Candidate) -> bool:
    """ONE_ARMED_SIDE: a clash word ("ambushed", "emboscaram") whose doer is armed and whose other
    side is civilians, with no armed actor but the doer in its clause (no "between" word opening two
    sides, the doer named before the word, not the state's forces), is an attack on civilians
    (ACLED: Battles need two armed, organised sides): "homens armados emboscaram um camião de
    passageiros, matando quatro pessoas". An ambush of a convoy or a patrol keeps its armed side."""
    if c.event_type != tx.BATTLES or c.sub_event_type != tx.ARMED_CLASH:
        return False
    doer, hit = c.actor1, c.actor2
    if doer is None or not doer.armed or doer.kind == STATE_FORCES or hit is None or hit.kind != CIVILIANS:
        return False  # (the state's forces against people: the crowd rules read it, a riot or a protest)
    r, t = c.reading, c.trigger
    if r.pack.data.get("clause_order") == "verb-final" or not doer.last <= t.first:
        return False  # the doer named before the clash word is its subject only where subjects lead
    sides = {a.first for a in r.hits("actors")}
    leading = {m.first for m in r.hits("place_words.leading")}  # ("de" opens ranges and names: no "between")
    if any(c.span[0] <= m.first < c.span[1] and m.first not in leading and any(m.last <= k <= m.last + 2 for k in sides)
           for m in r.hits("numbers.range_openers")):  # fmt: skip
        return (
            False  # "clashes between two armed groups killed five people": two sides a "between" word opens
        )
    return not any(a.armed and (a.first, a.last) != (doer.first, doer.last) for a in clause_actors(c))
