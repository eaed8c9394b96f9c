"""THE_NEXT_DAY (second events told by their day): "Gunmen killed five villagers in Kalala on Sunday.
The next day they attacked Boura and killed three more": a clause a next-day word of the pack opens
(optional pack key `next_day_words`: the next day, le lendemain, al día siguiente, no dia seguinte,
في اليوم التالي, на следующий день) before its act tells of an act on the day after the act told
before it. Its candidate takes that day (when it has no day of its own in its clause) and is marked
`next_day`, so `same_event.compatible` keeps it apart from the act of the day before (ACLED: a
second event is its own row when its day differs), whatever words name either act."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from extractors.events.candidates import Candidate


def _opens_next_day(c: Candidate) -> bool:
    """A next-day word in the candidate's clause, before its act's word (the word may open the clause
    as a connector: "Le lendemain, ils ont attaqué ...")."""
    return any(c.span[0] <= m.first and m.last <= c.trigger.first for m in c.reading.hits("next_day_words"))


def _own_day(c: Candidate) -> bool:
    """The candidate's day is a date its own clause names, not inside the next-day word (ar "اليوم
    التالي", the next day, holds "اليوم", today)."""
    if c.when is None or c.inherited or not c.span[0] <= c.when.first < c.span[1]:
        return False
    return not any(m.first <= c.when.first < m.last for m in c.reading.hits("next_day_words"))


def next_day_dates(cands: list[Candidate]) -> list[Candidate]:
    """THE_NEXT_DAY over the body's candidates in text order; the headline's are left as they are."""
    order = sorted(
        (k for k, c in enumerate(cands) if not c.from_title),
        key=lambda k: (cands[k].sentence.index, cands[k].span[0], cands[k].trigger.first),
    )
    out = list(cands)
    last = None  # the day of the act told last
    for k in order:
        c = out[k]
        if _opens_next_day(c) and last is not None and not _own_day(c):
            c = replace(c, when=replace(last, value=last.value + timedelta(days=1)), inherited=False,
                        next_day=True)  # fmt: skip
            out[k] = c
        if c.when is not None and c.when.precision == "day":
            last = c.when
    return out
