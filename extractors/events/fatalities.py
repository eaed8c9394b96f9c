"""Fatality counts: the deaths a sentence reports, by ACLED conventions, in any language with a pack.

A number (`numbers.numbers_in`) is a death figure when the nearest outcome word of its clause is
a killed word (`outcomes.killed`: "12 killed", "a tué 12 personnes", "12 Tote", "12 morts"):
outcome words of other kinds (wounded, abducted, arrested, missing) closer to it make it their
figure, and another number between them takes the word for itself. A number after a toll noun
(`numbers.toll_nouns`: "the death toll rose to 26", "le bilan s'élève à 26") is a toll. A figure
with an earlier-figure word in its clause before it or right after it (`numbers.earlier_figure`:
"earlier", "initial", "up from") is `superseded`: the coder counts it only when the article gives
no other. "at least 22" -> 22 (qualifiers are skipped); injured and missing are not dead.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.events.numbers import Number, numbers_in
from extractors.events.reading import Reading, has_pack, read

OUTCOME_CLASSES = ("outcomes.killed", "outcomes.wounded", "outcomes.abducted", "outcomes.arrested", "outcomes.missing")
REACH_AFTER = 6  # tokens from a number to its outcome word after it ("12 people were killed")
REACH_BEFORE = 5  # ... before it ("killed at least 12 people")
TOLL_REACH = 12  # tokens from a toll noun to its figure ("the toll from the blast rose to 23")
EARLIER_AFTER = 4  # tokens after a figure where an earlier-figure word still marks it


@dataclass(frozen=True)
class DeathFigure:
    value: int
    kind: str  # "count" | "toll"
    start: int  # character offsets of the figure in the sentence
    end: int
    superseded: bool = False
    first: int = 0  # token indexes
    last: int = 0


def _outcome_of(r: Reading, n: Number, numbers: list[Number]) -> str | None:
    """The outcome class of the nearest outcome word of the number's clause."""
    best: tuple[int, str] | None = None
    for m in r.hits(*OUTCOME_CLASSES):
        if m.first >= n.last:
            gap = m.first - n.last
            if gap > REACH_AFTER or r.break_between(n.last - 1, m.first):
                continue
            between = (n.last, m.first)
        elif m.last <= n.first:
            gap = n.first - m.last
            if gap > REACH_BEFORE or r.break_between(m.last - 1, n.first):
                continue
            between = (m.last, n.first)
        else:
            continue
        if any(o is not n and o.count and between[0] <= o.first < between[1] for o in numbers):
            continue  # another number sits between: the word is that number's
        # a word after the number counts a little closer than one before it
        score = gap * 2 + (0 if m.first >= n.last else 1)
        if best is None or score < best[0]:
            best = (score, m.label.split(".", 1)[1])
    return best[1] if best else None


def _toll_before(r: Reading, n: Number, numbers: list[Number]) -> bool:
    for m in r.hits("numbers.toll_nouns"):
        if m.last <= n.first and n.first - m.last <= TOLL_REACH:
            between = range(m.last, n.first)
            if any(o.count and o.first in between for o in numbers):
                continue
            if any(w.first in between for w in r.hits("outcomes.wounded", "outcomes.missing", "outcomes.arrested")):
                continue
            return True
    return False


def _superseded(r: Reading, n: Number) -> bool:
    cs = r.clause_start(n.first)
    for m in r.hits("numbers.earlier_figure"):
        if cs <= m.first and m.last <= n.first:
            return True
        if n.last <= m.first <= n.last + EARLIER_AFTER and r.same_clause(n.last - 1, m.first):
            return True
    return False


def figures_in(r: Reading) -> list[DeathFigure]:
    """The death figures of a reading, in text order."""
    numbers = [n for n in numbers_in(r) if n.count]
    out = []
    for n in numbers:
        toll = _toll_before(r, n, numbers)
        outcome = _outcome_of(r, n, numbers)
        if not toll and outcome != "killed":
            continue
        if toll and outcome not in (None, "killed"):
            continue
        start, end = r.span(n.first, n.last)
        out.append(DeathFigure(n.value, "toll" if toll else "count", start, end, _superseded(r, n), n.first, n.last))
    return out


def death_figures(sentence: str, language: str | None = "en") -> list[DeathFigure]:
    """The death figures of one sentence."""
    if not has_pack(language):
        return []
    return figures_in(read(sentence, language))


def foreign_death_figures(sentence: str, language: str | None) -> list[DeathFigure]:
    """The same rules as `death_figures`: every language is read through its pack."""
    return death_figures(sentence, language)
