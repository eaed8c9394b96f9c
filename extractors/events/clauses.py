"""A sentence cut into event clauses (`event_clauses`): at `;` and at the pack's clause connectors,
when each side has a trigger of its own that is not only an outcome word, so each figure, place and
date stays with its own event."""

from __future__ import annotations

from extractors.events import taxonomy as tx
from extractors.events.actors import actors_in
from extractors.events.clause_words import only_outcome
from extractors.events.numbers import numbers_in
from extractors.events.reading import Reading


def event_clauses(r: Reading, triggers: list[tx.TriggerMatch]) -> list[tuple[int, int]]:
    """Token ranges of the event clauses of a sentence: cut at `;` and at the pack's clause
    connectors; a part whose triggers are only outcome words ("12 soldiers were killed") belongs to
    the part next to it, which says what killed them."""
    n = len(r.tokens)
    cuts = {0, n}
    subjects = [(a.first, a.last) for a in actors_in(r, None)]
    for m in r.hits("clause_connectors", "separate_events"):
        if m.first > 0 and not _only_a_subject_before(r, m.first, subjects):
            cuts.add(m.first)
    for k in range(1, n):
        if ";" in r.text[r.tokens[k - 1].end : r.tokens[k].start]:
            cuts.add(k)
    joined = _joined_days(r)
    cuts.update(joined)
    bounds = sorted(cuts)
    parts = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]

    everyone = actors_in(r, None)
    armed = [a for a in everyone if a.armed]
    numbers = [n for n in numbers_in(r) if n.count]

    def killing(t: tx.TriggerMatch, part: tuple[int, int]) -> bool:
        """ "insurgents killed the farmers": a killer before the killed word and its victims after it."""
        counted = {a.first for a in armed for n in numbers if 0 <= a.first - n.last <= 2}
        killer = any(part[0] <= a.first and a.last <= t.first and a.first not in counted for a in armed)
        end = t.last
        # VERB_FIRST_KILLER: "قتل مسلحون أربعة مزارعين": a killed word opening its part, the armed
        # men right after it and the victims after them (verb-first Arabic), is a killing too
        lead = [a for a in armed if t.first == part[0] and a.first == t.last and a.first not in counted]
        if lead and not killer:
            killer, end = True, max(a.last for a in lead)
        after = range(end, end + 4)
        victims = any(a.first in after for a in everyone) or any(n.first in after for n in numbers)
        return killer and victims

    reported = [m.first for m in r.hits("reporting_verbs")]

    def own_day(part: tuple[int, int]) -> bool:
        # JOINED_DAY_OPENS_AN_ACT: its own day, unless it reports ("..., and on Monday officials said
        # 12 people had been killed": the day of the report, the toll the act's before it)
        return part[0] in joined and not any(part[0] <= k < part[1] for k in reported)

    def own(part: tuple[int, int]) -> bool:
        return any(
            part[0] <= t.first < part[1] and (not only_outcome(r, t) or killing(t, part) or own_day(part))
            for t in triggers
        )

    merged: list[list[int]] = []
    pending: list[int] | None = None
    for a, b in parts:
        if own((a, b)):
            if pending is not None:
                a = pending[0]
                pending = None
            merged.append([a, b])
        elif merged:
            merged[-1][1] = b
        else:
            pending = [a, b] if pending is None else [pending[0], b]
    if pending is not None:
        merged.append(pending)
    return [(a, b) for a, b in merged]


def _only_a_subject_before(r: Reading, k: int, subjects: list[tuple[int, int]]) -> bool:
    """ "Ukrainian drones later struck a depot", "police then dispersed the crowd": a connector word
    right after the sentence's subject, with no mark before it, sits inside its clause."""
    if any(ch in ",;:" for ch in r.text[r.tokens[k - 1].end : r.tokens[k].start]):
        return False
    return any(first <= 1 and last == k for first, last in subjects)


def _joined_days(r: Reading) -> list[int]:
    """JOINED_DAY_OPENS_AN_ACT: a comma, a list joiner and at once a day ("..., matando três pessoas,
    e na terça-feira invadiram Mucojo"; "..., y el martes atacaron", ", iar marți au lovit") open
    another act's clause: the day is that act's, not the one told before it (cut like a connector;
    a part with no trigger of its own, or one that reports, still joins the part before it)."""
    days = {d.first for d in r.hits("relative_dates")}
    asides = r.memo.get(("time_asides",))
    if asides is None:
        asides = r.memo[("time_asides",)] = r.pack.time_asides(r.tokens)
    days.update(asides)
    out = []
    for m in r.hits("numbers.list_joiners"):
        k = m.first
        if k > 0 and m.last in days and "," in r.text[r.tokens[k - 1].end : r.tokens[k].start]:
            out.append(k)
    return out
