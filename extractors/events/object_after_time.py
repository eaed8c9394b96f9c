"""OBJECT_AFTER_TIME: the object of an act word may stand after a day named right after it, as
Romance languages write it ("asesinaron el martes al alcalde", "mataram na segunda-feira o
chefe", "ha ucciso martedi il sindaco"): the pack's time asides (TIME_ASIDES,
`pack_time_asides`) right after the word are skipped when its object is looked for."""

from __future__ import annotations

from extractors.events.reading import Reading


def after_time_aside(r: Reading, k: int) -> int:
    """The token index where the words after token `k` resume past a time aside starting at `k`
    (the longest one that ends on a weekday's name or a one-word relative day), or `k`."""
    asides = r.memo.get(("time_asides",))
    if asides is None:
        asides = r.memo[("time_asides",)] = r.pack.time_asides(r.tokens)  # (once a reading)
    strong = r.pack._time_words()[0]
    # the longest aside that ends on a day's own word: "mardi", not "mardi dans" (l'explosion)
    ends = [e for e in asides.get(k, ()) if r.tokens[e - 1].folded in strong]  # type: ignore[attr-defined]
    return max(ends) if ends else k
