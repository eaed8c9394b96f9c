"""Figures that add to or rival the figures before them (round 17, issue 13).

- WOUNDED_LATER_DIED: a wounded noun counted by a number or an article ("one of the wounded", "ещё
  один раненый", "ein Verletzter", "un blessé", "a wounded officer", "yaralanan bir asker") whose own
  clause then tells a death ("later died", "скончался", "starb", "a succombé", "hayatını kaybetti"):
  those wounded died too, one dead more (or the number's, "two of the wounded died") than the figures
  told before: the figure is `more`, added to the clause's and the event's other dead.
- ONE_MORE_DEAD: a word of the pack's `numbers.one_more` ("another", "otra", "ещё один", Arabic "آخر"
  after its noun) next to a killed word of its clause with no figure between: one dead more
  ("otra víctima murió el martes").
- RIVAL_SOURCES: two figures each headed by a source word right after it (`numbers.sources`: "sept
  morts selon la société civile, et quatre selon l'armée"; "nine killed, according to residents, and
  five according to the police"): two sources' counts of one toll, of which ACLED codes the most
  conservative; both are marked `rival`, and `clause_deaths` keeps the lowest.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from extractors.events.figure_lists import _people
from extractors.events.numbers import Number
from extractors.events.reading import Reading

if TYPE_CHECKING:
    from extractors.events.fatalities import DeathFigure

COUNT_REACH = 3  # tokens between a number and the wounded noun it counts ("one of the wounded")
DEATH_REACH = 4  # tokens between the wounded noun (or "another") and its clause's killed word
SOURCE_REACH = 2  # tokens between a figure and its source word ("four soldiers, according to")


_STOPS = frozenset(",;:.!?()\u060c\u061b")


def _punctuated(r: Reading, a: int, b: int) -> bool:
    """Does a punctuation mark stand between tokens a and b (a clause connector alone, "later", does
    not part a wounded noun from its own death word)?"""
    if a <= 0 or b <= a:
        return False
    return any(ch in _STOPS for ch in r.text[r.tokens[a - 1].end : r.tokens[b].start])


def _killed_after(r: Reading, last: int, numbers: list[Number]):
    """The killed word of the clause after token `last` within reach, with no number between and none
    right after it (that number is the killed word's own figure), nor a toll noun, hedge or negation."""
    blocked = {k for m in r.hits("numbers.toll_nouns", "modality.hedges", "modality.negation")
               for k in range(m.first, m.last)}  # fmt: skip
    for k in r.hits("outcomes.killed", "outcomes.killed_one"):
        if not 0 <= k.first - last <= DEATH_REACH or _punctuated(r, last, k.first):
            continue
        if any(last <= n.first < k.first or n.first in (k.last, k.last + 1) for n in numbers):
            continue
        if any(i in blocked for i in range(last, k.last)):
            continue
        return k
    return None


def _once(hits: list) -> list:
    """Hits by their place, each place once (a phrase found through two forms is one word)."""
    return list({(m.first, m.last): m for m in hits}.values())


def later_deaths(r: Reading, every: list[Number], found: list[DeathFigure]) -> list[DeathFigure]:
    """The figures of WOUNDED_LATER_DIED and ONE_MORE_DEAD in `found`'s place: the figures the rule
    reads (an article's one next to the wounded noun) give way to the `more` figure."""
    from extractors.events.fatalities import DeathFigure

    nouns = [*_people(r), *r.hits("one_victim")]
    people_starts = {a.first for a in nouns}
    noun_starts = people_starts | {w.first for w in r.hits("outcomes.wounded")}
    acts = {k for m in r.hits("triggers", "generic_violence") for k in range(m.first, m.last)}
    more: list[tuple[DeathFigure, int, int]] = []  # the figure and the tokens it reads [lo, hi)
    for w in _once(r.hits("outcomes.wounded")):
        before = [
            n for n in every if 0 <= w.first - n.last <= COUNT_REACH and r.same_clause(n.first, w.first)
        ]
        after = [n for n in every if n.first == w.last and n.last in people_starts]  # "yaralanan bir asker"
        if not before and not after:
            continue  # "the wounded died": no count of them; "a wounded officer": the article counts
        counted = (before or after)[-1]
        lead = min([w.first, *(n.first for n in before + after)])
        tail = max([w.last, *(n.last + 1 for n in after)])
        rest = [n for n in every if n not in before and n not in after]
        k = _killed_after(r, tail, rest)
        if k is None:
            continue
        value = counted.value if counted.count else 1
        start, end = r.span(lead, tail)
        more.append(
            (DeathFigure(value, "count", start, end, False, lead, tail, True, more=True), lead, k.last)
        )
    for h in _once(r.hits("numbers.one_more")):
        if any(h.first < hi and lo < h.last for _, lo, hi in more):
            continue
        inside = [n for n in every if h.first <= n.first < h.last]
        rest = [n for n in every if n not in inside]
        if h.last in acts:
            continue  # "une autre embuscade", "another attack": another act, not another dead
        k = _killed_after(r, h.last, rest)
        if k is not None and k.first - h.last > 1 and not (h.last in people_starts and k.first - h.last <= 2):
            k = None  # the word, its noun, the killed word ("otra víctima murió", "another officer died")
        if (
            k is None
        ):  # the killed word first: "قتل جندي آخر", "скончался ещё один раненый", "murió otra víctima"
            k = next(
                (
                    m
                    for m in r.hits("outcomes.killed", "outcomes.killed_one")
                    if 0 <= h.first - m.last <= 1
                    and r.same_clause(m.first, h.first)
                    and not any(m.last <= n.first < h.first for n in rest)
                    and (any(a.last == h.first for a in nouns) if h.first > m.last else h.last in noun_starts)
                ),
                None,
            )
            if k is None:
                continue
        start, stop = r.span(h.first, h.last)
        figure = DeathFigure(1, "count", start, stop, False, h.first, h.last, True, more=True)
        more.append((figure, min(h.first, k.first), max(h.last, k.last)))
    if not more:
        return found
    kept = [f for f in found if f.kind == "toll" or not any(lo <= f.first < hi for _, lo, hi in more)]
    return sorted([*kept, *(f for f, _, _ in more)], key=lambda f: f.first)


def rival_sources(r: Reading, numbers: list[Number], found: list[DeathFigure]) -> list[DeathFigure]:
    """RIVAL_SOURCES: a number with a source word right after it (within `SOURCE_REACH`, a noun for
    people between), after a figure whose own source word stands between them, is a rival count of
    that figure's dead; both are marked `rival` (the number becomes a figure of the first's kind)."""
    from extractors.events.fatalities import DeathFigure

    sources = r.hits("numbers.sources")
    if len(sources) < 2:
        return found
    out = list(found)
    for n in numbers:
        if not any(
            0 <= s.first - n.last <= SOURCE_REACH and not r.break_between(n.last, s.first) for s in sources
        ):
            continue
        earlier = [
            f for f in out
            if f.last <= n.first and not f.superseded and f.value != n.value
            and any(f.last <= s.first < n.first for s in sources)
        ]  # fmt: skip
        if not earlier:
            continue
        first = earlier[-1]
        mine = next((f for f in out if f.first == n.first), None)
        if mine is None:
            others = r.hits("outcomes.wounded", "outcomes.abducted", "outcomes.arrested", "outcomes.missing")
            if any(n.last <= m.first <= n.last + SOURCE_REACH for m in others):
                continue  # "et quatre blessés selon l'armée": a figure of other people
            start, end = r.span(n.first, n.last)
            mine = DeathFigure(n.value, first.kind, start, end, False, n.first, n.last, first.people)
            out.append(mine)
        out = [replace(f, rival=True) if f is first or f is mine else f for f in out]
    return sorted(out, key=lambda f: f.first)
