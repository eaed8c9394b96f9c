"""What a clause reports, from its real triggers (`clause_acts`; which triggers are real is
`real_triggers.is_real`).

Of the real triggers the strongest is the event,
corrected when it only names part of it: the act next to a crowd noun (`crowd_act`), the weapon an
interception stopped (`disrupted_weapon`), a crowd's grievance (`protest_over_grievance`), the charge
of an arrest (`arrest_over_charge`), armed men at a gathering (`armed_men_at_a_gathering`); arrests
and agreements in the same clause are events of their own (`second_acts`). A killed word with a
death figure is a killing trigger of its own (`killing_words`)."""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actor_kinds import PROTESTERS, RIOTERS, STATE_FORCES
from extractors.events.actors import actors_in
from extractors.events.civilian_acts import struck_by_armed_men
from extractors.events.clause_words import HURT, accused, crowd_word, names_a_crowd, only_outcome
from extractors.events.crowd_between import fight_over_its_protest
from extractors.events.crowd_objects import charge_of_the_victims
from extractors.events.fatalities import figures_in
from extractors.events.reading import Reading


def clause_acts(r: Reading, real: list[tx.TriggerMatch], span: tuple[int, int]) -> list[tx.TriggerMatch]:
    """The acts a clause reports, from its real triggers: the strongest, corrected when it is only part
    of what happened (see each rule), then the clause's arrests and agreements (`second_acts`)."""
    best = max(real, key=lambda t: (t.trigger.strength, not crowd_word(r, t), explosion_rank(t),
                                    not only_outcome(r, t), -t.first))  # fmt: skip
    best = fight_over_its_protest(r, best, real)  # FIGHT_OVER_ITS_PROTEST (crowd_between.py)
    best = disrupted_weapon(r, crowd_act(r, best, real), real)
    best = arrest_over_charge(r, protest_over_grievance(r, best, real, span), real)
    best = charge_of_the_victims(r, best, real, VIOLENT_ACTS)  # CHARGE_OF_THE_VICTIMS (crowd_objects.py)
    best = force_on_no_crowd(r, armed_men_at_a_gathering(r, best, real, span), real)
    best = struck_by_armed_men(r, best, real)  # STRUCK_BY_ARMED_MEN (civilian_acts.py)
    return [*capture_of_the_fight(best, real), best, *second_acts(r, real, best, span)]


def capture_of_the_fight(best: tx.TriggerMatch, real: list[tx.TriggerMatch]) -> list[tx.TriggerMatch]:
    """CAPTURE_OF_THE_FIGHT: "ont pris la ville après de violents combats", "nach heftigen Kämpfen
    eingenommen": a clash word and a place change (with its place: `is_real`) in one clause are a
    capture and its fighting, both acts, as when a connector parts them ("seized the town after heavy
    fighting"); the sentence's rule (`candidates._fighting_of_a_capture`) makes them one event."""
    if best.trigger.sub_event_type != tx.ARMED_CLASH:
        return []
    return [t for t in real if t.trigger.sub_event_type == tx.PLACEHOLDER_TERRITORY][:1]


# Kinds of explosion in one clause, the most telling first: missiles fired by a drone are an air strike.
EXPLOSION_PRIORITY = (tx.CHEMICAL_WEAPON, tx.SUICIDE, tx.AIR_STRIKE, tx.IED, tx.SHELLING, tx.GRENADE)


def explosion_rank(t: tx.TriggerMatch) -> int:
    sub = t.trigger.sub_event_type
    return len(EXPLOSION_PRIORITY) - EXPLOSION_PRIORITY.index(sub) if sub in EXPLOSION_PRIORITY else 0


SECOND_ACTS = frozenset({tx.ARRESTS, tx.AGREEMENT})


def second_acts(r: Reading, real: list[tx.TriggerMatch], best: tx.TriggerMatch,
                 span: tuple[int, int]) -> list[tx.TriggerMatch]:  # fmt: skip
    """ "... left four dead, police said, adding they arrested four suspects": arrests and agreements
    are events of their own even in a clause whose strongest word reports a fight; not the arrest
    a crowd protests against (`_protest_grievance`)."""
    seen = {best.trigger.sub_event_type}
    out = []
    for t in real:
        sub = t.trigger.sub_event_type
        if t is not best and t.trigger.event_type == tx.STRATEGIC and sub in SECOND_ACTS and sub not in seen:
            if _protest_grievance(r, best, t, span):
                continue
            seen.add(sub)
            out.append(t)
    if best.trigger.sub_event_type in SECOND_ACTS:
        # "soldiers arrested three people and shot dead two others": a killing joined to the arrest
        # by a list joiner is a second act of the same doers (an event of its own)
        out += [
            t
            for t in real
            if t.first >= best.last
            and t.trigger.event_type in VIOLENT_ACTS
            and t.trigger.strength >= 2
            and any(best.last <= m.first < t.first for m in r.hits("numbers.list_joiners"))
        ][:1]
    return out


def _protest_grievance(r: Reading, best: tx.TriggerMatch, t: tx.TriggerMatch, span: tuple[int, int]) -> bool:
    """ "Supporters rallied on Monday to protest against the arrest of their leader": an act named
    after a crowd's protest word, in a clause no police or soldier is in, is what the crowd protests
    about, not an act of the day (the police's arrests at a protest name the police); so is one a
    protest word names before a riot's word (RIOT_OVER_AN_ARREST)."""
    before = [p.last for p in r.hits("triggers.Protests") if span[0] <= p.first and p.last <= t.first]
    # RIOT_OVER_AN_ARREST: "Bei Protesten gegen die Festnahme eines Politikers kam es zu
    # Ausschreitungen": the arrest a protest word names before the riot's word is the crowd's
    # grievance too, not an arrest of the day
    riot_over = best.trigger.event_type == tx.RIOTS and bool(before)
    if not riot_over and (best.trigger.event_type != tx.PROTESTS or t.first < best.last):
        return False
    # "police fired tear gas to disperse drivers who were protesting against the arrest of their
    # colleague": a force named before the crowd's last protest word acted on the crowd; the arrest
    # the crowd protests about comes after that word, with no force between or after it
    last_protest = max(before, default=best.last)
    forces = r.hits("actors.police", "actors.state_forces")
    return not any(last_protest <= m.first < span[1] for m in forces)


def killing_words(r: Reading, triggers: list[tx.TriggerMatch]) -> list[tx.TriggerMatch]:
    """A killed word with a death figure ("buried at least 43 people", "43 morts") reports a killing
    even when the pack lists it only as an outcome: a generic violence trigger of its own."""
    figures = figures_in(r)
    out = []
    for m in r.hits("outcomes.killed"):
        if any(t.first < m.last and m.first < t.last for t in triggers):
            continue
        if any(
            abs(f.first - m.first) <= 6 and r.same_clause(min(f.first, m.first), max(f.first, m.first))
            for f in figures
        ):
            t = tx.Trigger(tx.PLACEHOLDER_VIOLENCE, tx.ATTACK, 1, r.pack.code, m.phrase)
            out.append(tx.TriggerMatch(t, m.start, m.end, r.text[m.start : m.end], m.first, m.last))
    return out


WEAPON_REACH = 5  # tokens between an interception word and the weapon it stopped ("shot down two drones")


def disrupted_weapon(r: Reading, best: tx.TriggerMatch, real: list[tx.TriggerMatch]) -> tx.TriggerMatch:
    """ "Air defences shot down two drones", "the rockets were intercepted": a weapon word that is
    the object of an interception or defusing names what was stopped, not an attack that hit; so is
    a laid weapon found or made safe (`weapon_finds`, WEAPON_FIND)."""
    if best.trigger.event_type != tx.EXPLOSIONS:
        return best
    stops = [
        t
        for t in [*real, *weapon_finds(r, best)]
        if t.trigger.sub_event_type == tx.DISRUPTED
        and (
            (
                (0 <= best.first - t.last <= WEAPON_REACH or 0 <= t.first - best.last <= WEAPON_REACH)
                and r.same_clause(min(t.first, best.first), max(t.first, best.first))
            )
            or _listed_after(r, t, best)
        )
    ]
    return min(stops, key=lambda t: abs(t.first - best.first), default=best)


# WEAPON_FIND: "soldiers found and defused an IED planted on the road", "une mine a été découverte":
# a weapon that is laid, not fired (a bomb, a mine, a grenade, a shell), next to a word of finding or
# making safe (pack key `weapon_finds`) in a clause that tells of no one killed or hurt, was stopped
# before it was used: ACLED's disrupted weapons use, not an explosion.
LAID_WEAPONS = frozenset({tx.IED, tx.GRENADE, tx.SHELLING})
# FOUND_BOMB: a weapon word of no stated kind ("a bomb", "an explosive") right next to a word of
# finding is a found weapon too; an event word a few words on ("found two bodies after the blast") is not
FOUND_BOMB_REACH = 2


def weapon_finds(r: Reading, weapon: tx.TriggerMatch) -> list[tx.TriggerMatch]:
    """The pack's words of finding or defusing next to a laid weapon (WEAPON_FIND), as disrupted
    weapons use triggers; none when the weapon's clause tells of someone killed or hurt."""
    placeholder = weapon.trigger.sub_event_type == tx.PLACEHOLDER_EXPLOSION
    if weapon.trigger.sub_event_type not in LAID_WEAPONS and not placeholder:
        return []
    hurt = r.hits(*HURT)
    if any(r.same_clause(m.first, weapon.first) for m in hurt):
        return []
    out = []
    for m in r.hits("weapon_finds"):
        if placeholder and not (0 <= weapon.first - m.last <= FOUND_BOMB_REACH
                                or 0 <= m.first - weapon.last <= FOUND_BOMB_REACH):  # fmt: skip
            continue  # FOUND_BOMB: only right next to a word of finding ("found a bomb", "a bomb was found")
        t = tx.Trigger(
            tx.STRATEGIC, tx.DISRUPTED, tx.STRENGTH[(tx.STRATEGIC, tx.DISRUPTED)], r.pack.code, m.phrase
        )
        out.append(tx.TriggerMatch(t, m.start, m.end, r.text[m.start : m.end], m.first, m.last))
    return out


WEAPON_LIST_REACH = 12  # tokens from a seizure to the weapons the list after it names ("recovered two rifles, three hand grenades and a bag of explosives")
LIST_OPENS_WITHIN = 3  # tokens from a seizure to the start of the clause that lists what it took


INCLUDED_LIST_REACH = 16  # tokens from a seizure to the weapons an "including" list names (CACHE_CONTENTS)


def _listed_after(r: Reading, stop: tx.TriggerMatch, weapon: tx.TriggerMatch) -> bool:
    """ "seized a cache of weapons, including rifles and rocket-propelled grenades": the weapons a
    clause opened right after the seizure lists are what was seized (no other act or report between).
    CACHE_CONTENTS: so are those a `numbers.partitive` word ("including", "dont") lists after the
    seizure's place and day ("found a weapons cache in a forest near X on Tuesday, including ...")."""
    gap = weapon.first - stop.last
    opener = next(
        (
            m
            for m in r.hits("numbers.partitive")
            if stop.last <= m.first and m.last <= weapon.first and weapon.first - m.last <= WEAPON_LIST_REACH
        ),
        None,
    )
    if not (0 <= gap <= (INCLUDED_LIST_REACH if opener else WEAPON_LIST_REACH)):
        return False
    if opener is None and r.clause_start(weapon.first) - stop.last > LIST_OPENS_WITHIN:
        return False
    # the goods an "including" list names before the weapon are its items ("fusils d'assaut, roquettes")
    items_from = opener.last if opener else weapon.first
    between = r.hits("triggers", "generic_violence", "reporting_verbs", "outcomes")
    return not any(
        stop.last <= m.first
        and m.last <= weapon.first
        and not m.label.startswith("triggers." + tx.EXPLOSIONS)
        and not (m.first >= items_from and m.label.startswith(("triggers.", "generic_violence")))
        for m in between
    )


VIOLENT_ACTS = frozenset({tx.BATTLES, tx.EXPLOSIONS, tx.VIOLENCE_AGAINST_CIVILIANS, tx.PLACEHOLDER_VIOLENCE})


def protest_over_grievance(r: Reading, best: tx.TriggerMatch, real: list[tx.TriggerMatch],
                            span: tuple[int, int]) -> tx.TriggerMatch:  # fmt: skip
    """ "Hundreds of women rallied in Abuja to demand the release of pupils abducted by gunmen": the
    violence named after the crowd's protest act, in a clause no police or soldier is in, is what
    the crowd protests about (its grievance); the protest is the clause's event."""
    if best.trigger.event_type not in VIOLENT_ACTS or not names_a_crowd(r, span):
        return best
    if any(span[0] <= m.first < span[1] for m in r.hits("actors.police", "actors.state_forces")):
        return best  # "marched on parliament and were shot at by police": force against the crowd
    acts = [
        t
        for t in real
        if t.trigger.event_type == tx.PROTESTS and t.first < best.first and not crowd_word(r, t)
    ]
    return acts[0] if acts else best


def armed_men_at_a_gathering(r: Reading, best: tx.TriggerMatch, real: list[tx.TriggerMatch],
                              span: tuple[int, int]) -> tx.TriggerMatch:  # fmt: skip
    """ "Gunmen killed three people at a rally": when armed men who are not the state's forces are
    the clause's doers, its protest word is where they struck (a crowd gathered), and its violent
    word is the event."""
    if best.trigger.event_type != tx.PROTESTS or crowd_word(r, best):
        return best
    armed = [a for a in actors_in(r, None) if span[0] <= a.first < best.first and a.armed]
    if not armed or any(a.kind in (STATE_FORCES, PROTESTERS, RIOTERS) for a in armed):
        return best
    acts = [t for t in real if t.trigger.event_type in VIOLENT_ACTS and t.first < best.first]
    return max(acts, key=lambda t: (t.trigger.strength, -t.first), default=best)


def force_on_no_crowd(r: Reading, best: tx.TriggerMatch, real: list[tx.TriggerMatch]) -> tx.TriggerMatch:
    """FORCE_ON_NO_CROWD: a word of force on protesters that names none itself ("live ammunition",
    "الرصاص الحي"), in a sentence naming no protesters, rioters or protest, is the weapon of the
    clause's violent act, which is the event: "killed a young man with live ammunition during a raid"
    is no protest (with no other act the word still tells force used on a protest)."""
    if best.trigger.sub_event_type != tx.EXCESSIVE_FORCE or r.hits("actors.protesters", "actors.rioters"):
        return best
    own = f"triggers.{tx.PROTESTS}.{tx.EXCESSIVE_FORCE}"
    if any(m.label != own for m in r.hits(f"triggers.{tx.PROTESTS}", f"triggers.{tx.RIOTS}")):
        return best
    acts = [t for t in real if t.trigger.event_type in VIOLENT_ACTS]
    return max(acts, key=lambda t: (t.trigger.strength, -t.first), default=best)


def arrest_over_charge(r: Reading, best: tx.TriggerMatch, real: list[tx.TriggerMatch]) -> tx.TriggerMatch:
    """ "arrested three men accused of preparing an attack", "arrested the leader of the gang that
    kidnapped 20 pupils": violence an arrest's clause alleges (a blame word before it) or that tells
    who was arrested (after the arrest word, with no mark or list joiner between: not "arrested three
    and shot dead two") is the charge; the arrest is the clause's event."""
    if best.trigger.event_type not in VIOLENT_ACTS:
        return best
    arrests = [t for t in real if t.trigger.sub_event_type == tx.ARRESTS and t.first < best.first]
    if not arrests:
        return best
    if accused(r, best) or _tells_who_was_arrested(r, arrests[-1], best):
        return arrests[-1]
    return best


def _tells_who_was_arrested(r: Reading, arrest: tx.TriggerMatch, act: tx.TriggerMatch) -> bool:
    if not r.same_clause(arrest.first, act.first) or act.first - arrest.last > CHARGE_REACH:
        return False
    if any(ch in ",;:()" for ch in r.text[r.tokens[arrest.last - 1].end : r.tokens[act.first].start]):
        return False
    return not any(arrest.last <= m.first < act.first for m in r.hits("numbers.list_joiners"))


CHARGE_REACH = 10  # tokens from an arrest word to the act that tells whom it took ("the gang that kidnapped")
CROWD_ACT_REACH = 3  # tokens between a crowd noun and the act it did or suffered ("protesters stormed")


def crowd_act(r: Reading, best: tx.TriggerMatch, real: list[tx.TriggerMatch]) -> tx.TriggerMatch:
    """ "Protesters stormed the parliament", "demonstrators were attacked": when the strongest word
    of a clause only names the crowd, the act it did or suffered next to it says what happened."""
    if not crowd_word(r, best) or best.trigger.event_type != tx.PROTESTS:
        return best  # a riot word ("rioters") already says what happened
    acts = [
        t
        for t in real
        if t.trigger.event_type in (tx.PLACEHOLDER_VIOLENCE, tx.BATTLES)
        and not only_outcome(r, t)
        and (0 <= t.first - best.last <= CROWD_ACT_REACH or 0 <= best.first - t.last <= CROWD_ACT_REACH)
        and r.same_clause(min(t.first, best.first), max(t.first, best.first))
    ]
    return min(acts, key=lambda t: abs(t.first - best.first), default=best)
