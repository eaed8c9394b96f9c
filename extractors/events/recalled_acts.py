"""RECALLED_GENITIVE: an act named with a past period in the genitive before it ("last week's
bombing", "last month's attack on the market", "la semaine dernière" has no such form): the report
names a known act by its time, as the cause of what it tells (a burial, a claim, a trial, a visit),
not an event of its own day. The period is the pack's `relative_dates.last_week`, or a
`relative_dates.previous` word before a `relative_dates.long_units` word ("last month", "last
year"), written with the pack's possessive ending (`place_words.possessive`), at most GENITIVE_GAP
words before the act ("last week's deadly bombing"). A death toll that rises in the sentence
(`numbers.rises`: "the toll from last week's bombing rose to 30") keeps the act: its toll is news."""

from __future__ import annotations

from datetime import date

from extractors.events import taxonomy as tx
from extractors.events.background_acts import deaths_of_a_stale_act
from extractors.events.clause_words import names_a_crowd, only_outcome
from extractors.events.modality import unreal_at
from extractors.events.reading import Reading

GENITIVE_GAP = 2  # words between the period's genitive and the act word ("last week's twin car bombings")


def _possessive(r: Reading, k: int) -> bool:
    endings = tuple(r.pack.data.get("place_words", {}).get("possessive") or ())
    text = r.tokens[k].text.replace("\u2019", "'")
    return bool(endings) and text.endswith(endings)


def _period_ends(r: Reading) -> set[int]:
    """Token indexes that end a past period written in the genitive ("week's" of "last week's")."""
    ends = {m.last - 1 for m in r.hits("relative_dates.last_week")}
    previous = {m.last for m in r.hits("relative_dates.previous")}
    ends |= {m.first for m in r.hits("relative_dates.long_units") if m.first in previous}
    return {k for k in ends if _possessive(r, k)}


def recalled_by_genitive(r: Reading, t: tx.TriggerMatch) -> bool:
    """Is the act `t` recalled (RECALLED_GENITIVE)? It is the act named after the genitive, or an act
    word after it in the sentence ("..., which killed seven people"), or a bare death or violence word
    of its clause ("the 14 traders who died in last week's bombing"); an act of another kind before it
    ("police arrested three men over last week's bombing") is the report's own."""
    if r.hits("numbers.rises"):
        return False
    ends = _period_ends(r)
    if not ends:
        return False
    recalled = [
        m
        for m in r.hits("triggers", "generic_violence")
        if any(0 <= m.first - 1 - k <= GENITIVE_GAP and r.same_clause(k, m.first) for k in ends)
    ]
    return any(
        t.first >= m.first
        or (t.trigger.event_type == tx.PLACEHOLDER_VIOLENCE and r.same_clause(t.first, m.first))
        for m in recalled
    )


STALE_DAYS = 28  # an act dated this many days or more before the report is one it recalls
STALE_ACT_WORDS = ("triggers", "generic_violence", "outcomes")  # the words of another act between
OWN_DATE_REACH = 6  # tokens from an act to a date after it in its clause that dates it (DATE_AFTER_THE_ACT)


def stale_act(r: Reading, t: tx.TriggerMatch, dates: list, published: date | None) -> bool:
    """RECALLED_MONTH: an act whose nearest date in its sentence (after it, or before it in its
    clause, with no other act word between; "police on Tuesday arrested five men over last month's
    killing": Tuesday) lies STALE_DAYS or more before the report ("the families of the seven
    people killed when a car bomb exploded in Jamundi in June", "the men arrested during the riots in
    June", in a September report): the report recalls it as the cause of what it tells (a payment, a
    release, a trial); the day's own act is dated nearer. DATE_AFTER_THE_ACT (round 18): a date after
    the act within OWN_DATE_REACH tokens of its clause, naming no act after it, is the act's own, nearer
    than one before it (the day of the verb that names the act: "the ministry on Tuesday condemned the
    attack on a market in Kabul in January")."""
    if published is None or not dates:
        return False
    if any(t.first <= d.first and d.last <= t.last for d in dates):
        return False  # a day inside the act's own phrase dates it ("liberó el domingo a dos soldados")
    acts = r.hits(*STALE_ACT_WORDS)
    # the dates after the act with no other act word between (else the date is that act's: "freed
    # two soldiers it had kidnapped a month ago") and those before it in its clause
    after = [d for d in dates if d.first >= t.last and not any(t.last <= m.first < d.first for m in acts)]
    before = [
        d
        for d in dates
        if d.last <= t.first
        and r.same_clause(d.first, t.first)
        and not any(d.last <= m.first and m.last <= t.first for m in acts)
    ]
    gaps = [(d.first - t.last, d) for d in after] + [(t.first - d.last, d) for d in before]
    # DATE_AFTER_THE_ACT: a date after the act in its clause, no act word between, is the act's own;
    # one before it is the verb's that names the act ("condemned on Tuesday the attack ... in January")
    own = [
        (d.first - t.last, d)
        for d in after
        if d.first - t.last <= OWN_DATE_REACH
        and r.same_clause(t.first, d.first)
        # not a date that names an act after it: "arrested five men over last month's killing"
        and not any(0 <= m.first - d.last <= GENITIVE_GAP for m in acts)
    ]
    near = min(own or gaps, key=lambda g: g[0])[1] if gaps else None
    return near is not None and (published - near.value).days >= STALE_DAYS


def stale_acts(r: Reading, triggers: list[tx.TriggerMatch], dates: list, published: date | None) -> set[int]:
    """The ids of the triggers RECALLED_MONTH drops: the stale acts, and the bare death words whose
    next act word in the sentence is a stale one ("12 passengers who were killed when gunmen attacked
    a bus last month": the deaths are that attack's, not an act of their own)."""
    stale = {id(t) for t in triggers if stale_act(r, t, dates, published)}
    if not stale:
        return stale
    old = [t for t in triggers if id(t) in stale]
    stale |= {id(t) for t in triggers if deaths_of_a_stale_act(r, t, old, dates)}  # DEATHS_OF_A_STALE_ACT
    for t in triggers:
        if id(t) in stale or t.trigger.event_type != tx.PLACEHOLDER_VIOLENCE or not only_outcome(r, t):
            continue
        later = [o for o in triggers if o.first >= t.last and not only_outcome(r, o)]
        if later and id(min(later, key=lambda o: o.first)) in stale:
            stale.add(id(t))
    return stale


def doubted_types(
    r: Reading, triggers: list[tx.TriggerMatch], stale: set[int], skip: frozenset[int]
) -> set[str]:
    """HEADLINE_OF_A_DOUBT: the event types of a body sentence's acts told only as no act of its day
    (recalled by a genitive or a stale date, hedged, planned, charged, denied: `modality.unreal_at`).
    A report whose body gives no event takes no act of these types from its headline either
    ("Suspects charged over Kaduna train kidnapping", "Colombia to compensate families of Cauca
    bombing victims": the headline names the act the body recalls); a headline act of another type
    stays ("El ELN libera a dos soldados secuestrados": a release, the kidnapping a month old)."""
    return {
        t.trigger.event_type
        for t in triggers
        if id(t) in stale or recalled_by_genitive(r, t) or unreal_at(r, t.first, t.last, skip)
    }


def crowd_of_the_day(r: Reading) -> bool:
    """CROWD_OF_THE_DAY: a sentence that is background by an aggregate phrase (an anniversary, a
    war's years) still tells the protest of its own day when a crowd is named before a protest word
    and what it demands or is against follows it in the sentence (the pack's `grievance_words`): "hundreds of people
    marched through Quibdo on Tuesday to mark the anniversary of the massacre and to demand
    protection" (ACLED: a commemorative march that demands something is a protest). Only the
    sentence's protest words are read then."""
    for t in r.hits("triggers.Protests"):
        if not names_a_crowd(r, (r.clause_start(t.first), t.first)):
            continue
        if any(m.first >= t.last for m in r.hits("grievance_words")):
            return True
    return False
