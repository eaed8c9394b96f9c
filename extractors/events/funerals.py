"""FUNERAL_OF_THE_DEAD (round 17, precision): a funeral tells of its dead, not of a new act. In a
sentence with a word of the pack's `modality.funerals` (funeral, burial, laid to rest, obsèques,
sepelio, تشييع, похороны, cenaze, Beisetzung, pemakaman, mazishi), the acts and deaths told in the
funeral word's clause on the side its dead are named (after it; before it in a verb-final pack:
tr "şehit düşen iki askerin cenazesi") are the ones it buries: background, like a stale act
(`candidates_in` drops them with RECALLED_MONTH's), unless the clause dates them within
FUNERAL_RECENT_DAYS of the report ("the funeral on Tuesday of the 12 people killed on Monday": that
killing may still be news). An act told on the other side is an act at the funeral ("a suicide
bomber blew himself up at a funeral"; "police fired tear gas at mourners at the funeral"), and a
crowd's act (a protest, a riot) is never the dead's.
"""

from __future__ import annotations

from datetime import date

from extractors.events import taxonomy as tx
from extractors.events.reading import Reading

FUNERAL_RECENT_DAYS = 2  # an act dated this close to the report is still its news
CROWD_TYPES = (tx.PROTESTS, tx.RIOTS)


def buried_dead(r: Reading, triggers: list[tx.TriggerMatch], dates: list, published: date | None) -> set[int]:
    """The ids of the triggers FUNERAL_OF_THE_DEAD reads as the dead a funeral buries."""
    funerals = r.hits("modality.funerals")
    if not funerals:
        return set()
    verb_final = r.pack.data.get("clause_order") == "verb-final"
    out = set()
    for t in triggers:
        if t.trigger.event_type in CROWD_TYPES:
            continue
        if any(f.first <= t.first < f.last for f in funerals):
            out.add(id(t))  # a funeral word a pack also reads as a death (tr "cenazesi"): its dead are
            continue  # the ones the act words count
        for f in funerals:
            if not r.same_clause(f.first, t.first):
                continue
            told = t.last <= f.first if verb_final else t.first >= f.last
            if told and not _recent(t, f, dates, published, verb_final):
                out.add(id(t))
                break
            if not told and _dated_before_its_burial(r, t, f, dates, published, verb_final):
                out.add(id(t))
                break
    return out


def _dated_before_its_burial(r: Reading, t: tx.TriggerMatch, f, dates: list, published: date | None,
                             verb_final: bool) -> bool:  # fmt: skip
    """BURIED_AFTER_ITS_DEAD: a funeral word told after its dead in a language that names them first
    only in some clauses (a passive or a perfect that ends on its participle: "the victims of last
    week's attack were laid to rest", "die Todesopfer des Messerangriffs von vergangener Woche sind
    beigesetzt worden") buries the act told on that side too, when the date nearest that act, in its
    clause and on its side, is older than FUNERAL_RECENT_DAYS (or no day at all: "last week"). An act
    on that side with no such date is an act at the funeral ("gunmen attacked the funeral")."""
    if published is None:
        return False
    side = [
        d
        for d in dates
        if (d.first >= f.last if verb_final else d.last <= f.first) and r.same_clause(d.first, t.first)
    ]
    if not side:
        return False
    nearest = min(side, key=lambda d: min(abs(d.first - t.first), abs(d.last - t.last)))
    return nearest.precision != "day" or (published - nearest.value).days > FUNERAL_RECENT_DAYS


def _recent(t: tx.TriggerMatch, f, dates: list, published: date | None, verb_final: bool) -> bool:
    """Does the date nearest the act, on the act's side of the funeral word, fall within
    FUNERAL_RECENT_DAYS of the report? No such date: the funeral is the news."""
    if published is None:
        return False
    side = [d for d in dates if (d.last <= f.first if verb_final else d.first >= f.last)]
    if not side:
        return False
    nearest = min(side, key=lambda d: min(abs(d.first - t.first), abs(d.last - t.last)))
    return nearest.precision == "day" and (published - nearest.value).days <= FUNERAL_RECENT_DAYS
