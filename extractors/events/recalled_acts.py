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


def stale_act(r: Reading, t: tx.TriggerMatch, dates: list, published: date | None) -> bool:
    """RECALLED_MONTH: an act whose nearest date in its sentence (the first after it, else the last
    before it in its clause) lies STALE_DAYS or more before the report ("the families of the seven
    people killed when a car bomb exploded in Jamundi in June", "the men arrested during the riots in
    June", in a September report): the report recalls it as the cause of what it tells (a payment, a
    release, a trial); the day's own act is dated nearer."""
    if published is None or not dates:
        return False
    after = [d for d in dates if d.first >= t.last]
    before = [d for d in dates if d.last <= t.first and r.same_clause(d.first, t.first)]
    near = (
        min(after, key=lambda d: d.first)
        if after
        else (max(before, key=lambda d: d.first) if before else None)
    )
    return near is not None and (published - near.value).days >= STALE_DAYS


def doubted_act(r: Reading, triggers: list[tx.TriggerMatch], stale: set[int], skip: frozenset[int]) -> bool:
    """HEADLINE_OF_A_DOUBT: does a body sentence tell an act only as no act of its day (recalled by a
    genitive or a stale date, hedged, planned, charged, denied: `modality.unreal_at`)? A report whose
    body gives no event and tells such an act gives no event from its headline either ("Suspects
    charged over Kaduna train kidnapping", "Colombia to compensate families of Cauca bombing
    victims": the headline names the act the body recalls)."""
    return any(
        id(t) in stale or recalled_by_genitive(r, t) or unreal_at(r, t.first, t.last, skip) for t in triggers
    )
