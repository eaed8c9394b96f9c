"""One event's death figure from its clauses (`event_fatalities`: rival figures of two sources take
the most conservative; `each_sides_dead`: each side's dead of one fight add up), and figures given
day by day or place by place (`day_split`, DAY_REACH; `place_split`, PLACE_REACH): one event each.
"""

from __future__ import annotations

from extractors.events.fatalities import figures_in
from extractors.events.figure_lists import _people
from extractors.events.reading import Reading

# ---------------------------------------------------------------- figures given day by day

DAY_REACH = (
    6  # tokens from a figure to the day it is given for ("four killed on Friday", "three on Saturday")
)


def day_split(r: Reading, span: tuple[int, int], published) -> list[tuple[int, object]]:
    """ "The fighting lasted three days: four killed on Friday, three on Saturday": a clause
    whose every current figure is followed by a day of its own (distinct days) gives one figure per
    day; ACLED codes each day as an event of its own. Pairs of (deaths, date_words.DateExpression) in text
    order, or [] when the clause gives no such split."""
    if published is None:
        return []
    figures = [f for f in figures_in(r) if span[0] <= f.first < span[1] and not f.superseded]
    if len(figures) < 2:
        return []
    from extractors.events.dates import dates_in

    days = [d for d in dates_in(r, published) if d.precision == "day" and span[0] <= d.first < span[1]]
    out = []
    for k, f in enumerate(figures):
        following = figures[k + 1].first if k + 1 < len(figures) else span[1]
        day = next((d for d in days if f.last <= d.first <= f.last + DAY_REACH and d.first < following), None)
        if day is None:
            return []
        out.append((f.value, day))
    if len({d.value for _, d in out}) < len(out):
        return []
    return out


PLACE_REACH = (
    3  # tokens from a figure to the place it is given for ("five in Zilang", "three people in Odesa")
)


def place_split(r: Reading, span: tuple[int, int], places: list) -> list[tuple[int, object]]:
    """ "Ten people were killed in Ashim, five in Zilang and four in Nissi": a clause whose every
    current figure is followed, after a locative word, by a place of its own (distinct places) gives
    one figure per place; ACLED codes each location as an event of its own. `places` are the
    sentence's place matches (character offsets); pairs of (deaths, place) in text order, or []."""
    figures = [f for f in figures_in(r) if span[0] <= f.first < span[1] and not f.superseded]
    if len(figures) < 2:
        return []
    locatives = r.hits("locative_prepositions")
    out = []
    for k, f in enumerate(figures):
        following = figures[k + 1].first if k + 1 < len(figures) else span[1]
        place = None
        for p in places:
            first = r.token_at(p.start)
            if not (f.last < first <= f.last + PLACE_REACH and first < following):
                continue
            if any(f.last <= m.first and m.last == first for m in locatives):
                place = p
                break
        if place is None:
            return []
        out.append((f.value, place))
    if len({getattr(p, "name", None) for _, p in out}) < len(out):
        return []
    return out


# ---------------------------------------------------------------- one event's figure


def event_fatalities(members) -> int:
    """The deaths of one event from the figures of its clauses (`members`: candidates with
    `fatalities`, `toll`, `from_title`, `superseded`, `reading`, `span`, `sentence`): the body's
    figures before the headline's, current ones before early reports; its highest toll, else its
    highest count, but for counts that conflict: when two sources each give a figure of the same
    people in a sentence of their own ("14 civilians were killed, he added" / "a volunteer group said
    40 civilians were killed"), ACLED codes the most conservative of the conflicting reports."""
    with_figures = [c for c in members if c.fatalities]
    counted = (
        [c for c in with_figures if not c.from_title and not c.superseded]
        or [c for c in with_figures if not c.from_title]
        or with_figures
    )
    tolls = [c.fatalities for c in counted if c.toll]
    if tolls:
        return max(tolls)
    if not counted:
        return 0
    more = [c for c in counted if _told_more(c)]
    if more and len(more) < len(counted):
        # WOUNDED_LATER_DIED, ONE_MORE_DEAD: a clause telling only dead added to the others ("one
        # of the wounded later died") adds its dead to the event's figure of the other clauses
        rest = [c for c in counted if c not in more]
        return _counted_dead(rest) + sum(c.fatalities for c in _apart(more, rest))
    return _counted_dead(counted)


def _counted_dead(counted) -> int:
    sides = each_sides_dead(counted) or doers_also_dead(counted)
    if sides is not None:
        return sides[0].fatalities + sides[1].fatalities
    best = max(counted, key=lambda c: c.fatalities)
    rivals = [c for c in counted if c.sentence.index != best.sentence.index and _conflicting(best, c)]
    return min([best, *rivals], key=lambda c: c.fatalities).fatalities


def _told_more(c) -> bool:
    """Are all the current figures of the clause `more` figures (WOUNDED_LATER_DIED, ONE_MORE_DEAD)?"""
    mine = [f for f in figures_in(c.reading) if c.span[0] <= f.first < c.span[1] and not f.superseded]
    return bool(mine) and all(f.more for f in mine)


def _apart(more, rest) -> list:
    """The `more` clauses whose figure no other clause's span already holds (one clause each)."""
    out, seen = [], set()
    for c in more:
        key = (
            c.sentence.index,
            next(f.first for f in figures_in(c.reading) if c.span[0] <= f.first < c.span[1]),
        )
        inside = any(o.sentence.index == key[0] and o.span[0] <= key[1] < o.span[1] for o in rest)
        if key not in seen and not inside:
            out.append(c)
        seen.add(key)
    return out


def each_sides_dead(counted) -> tuple | None:
    """ "Militants ambushed a convoy, killing three soldiers. Troops killed 15 of the assailants": two
    clauses that each count the dead of one side of a fight, each side the other clause's doer, give
    the event's dead together (18); the first told is the side that attacked. The pair of clauses in
    text order, or None."""
    pairs = [
        (a, b)
        for a in counted
        for b in counted
        if a.sentence.index < b.sentence.index
        and a.actor1 is not None and a.actor2 is not None and b.actor1 is not None and b.actor2 is not None
        and a.actor2.armed and b.actor2.armed
        and a.actor2.name != b.actor2.name
        and a.actor1.name == b.actor2.name and b.actor1.name == a.actor2.name
    ]  # fmt: skip
    # OTHER_SIDES_LOSSES: "... killing 20 of the insurgents. Two soldiers were killed": a later clause
    # that counts, with no doer, the dead of one side of the first clause's fight, people of another
    # kind than the first clause counts, is the other side's dead of the same fight
    pairs += [
        (a, b)
        for a in counted
        for b in counted
        if (a.sentence.index, a.span[0]) < (b.sentence.index, b.span[0])
        and a.actor1 is not None and a.actor2 is not None and a.actor1.armed and a.actor2.armed
        and b.actor1 is None and b.actor2 is not None and b.actor2.name in (a.actor1.name, a.actor2.name)
        and _other_people(a, b)
    ]  # fmt: skip
    return pairs[0] if pairs else None


def _other_people(a, b) -> bool:
    """Do the two clauses' figures count people of two kinds ("20 of the insurgents", "two soldiers")?"""
    ka, kb = _counted(a), _counted(b)
    return ka is not None and kb is not None and ka[0] != kb[0]


def doers_also_dead(counted) -> tuple | None:
    """DOERS_ALSO_DEAD: "Militants attacked an army post, killing four soldiers. Seven militants were
    also killed": a clause that counts the dead of an armed side that killed in an earlier clause, with
    no doer of its own (or the other side as its doer), and that earlier clause's victims armed too,
    tells the other side's dead of one fight: ACLED adds both sides' dead (11). The pair in text order,
    or None."""
    pairs = [
        (a, b)
        for a in counted
        for b in counted
        if (a.sentence.index, a.span[0]) < (b.sentence.index, b.span[0])
        and a.actor1 is not None and a.actor2 is not None and b.actor2 is not None
        and a.actor1.armed and a.actor2.armed and b.actor2.armed
        and a.actor1.name != a.actor2.name
        and b.actor2.name == a.actor1.name
        and (b.actor1 is None or b.actor1.name == a.actor2.name)
    ]  # fmt: skip
    return pairs[0] if pairs else None


def _conflicting(higher, lower) -> bool:
    """Do two clauses of one event give rival figures: each attributed to a source of its own (a
    reporting verb in its sentence), each counting people of the same class ("14 civilians" /
    "40 civilians"), the lower one exact (a bound, "more than 100", agrees with a higher figure),
    neither sentence a part of the other's people ("including", "among them")?"""
    kh, kl = _counted(higher), _counted(lower)
    if kh is None or kl is None or kh[0] != kl[0] or kl[1]:
        return False
    return _attributed(higher.reading) and _attributed(lower.reading)


def _attributed(r: Reading) -> bool:
    return bool(r.hits("reporting_verbs")) and not r.hits("numbers.partitive")


def _counted(c) -> tuple[str, bool] | None:
    """The class of the people the clause's figure counts ("14 civilians" -> actors.civilians) and
    whether a qualifier bounds the figure ("more than 100 people")."""
    r = c.reading
    for f in figures_in(r):
        if f.value == c.fatalities and c.span[0] <= f.first < c.span[1] and not f.superseded:
            near = [a for a in _people(r) if 0 <= a.first - f.last <= 2]
            bounded = any(q.last == f.first for q in r.hits("numbers.qualifiers"))
            return (near[0].label, bounded) if near else None
    return None
