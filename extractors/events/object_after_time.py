"""OBJECT_AFTER_TIME: the object of an act word may stand after a day named right after it, as
Romance languages write it ("asesinaron el martes al alcalde", "mataram na segunda-feira o
chefe", "ha ucciso martedi il sindaco"): the pack's time asides (TIME_ASIDES,
`pack_time_asides`) right after the word are skipped when its object is looked for, with a part of
the day the pack writes as a phrase right after the day (PART_OF_THE_DAY: "el martes por la noche")."""

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
    if not ends:
        return k
    end = max(ends)
    # PART_OF_THE_DAY: a part of the day the pack writes as a phrase right after it belongs to the
    # day ("asesinaron el martes por la noche a un comerciante")
    for m in r.hits(*PARTS_OF_THE_DAY):
        if m.first == end:
            end = m.last
    return end


PARTS_OF_THE_DAY = ("relative_dates.last_night", "relative_dates.this_morning", "relative_dates.tonight")
