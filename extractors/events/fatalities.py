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

OUTCOME_CLASSES = (
    "outcomes.killed",
    "outcomes.wounded",
    "outcomes.abducted",
    "outcomes.arrested",
    "outcomes.missing",
)
REACH_AFTER = 6  # tokens from a number to its outcome word after it ("12 people were killed")
REACH_BEFORE = 5  # ... before it ("killed at least 12 people")
TOLL_REACH = 12  # tokens from a toll noun to its figure ("the toll from the blast rose to 23")
EARLIER_AFTER = 4  # tokens after a figure where an earlier-figure word still marks it
LIST_REACH = 4  # tokens between the figures of one list ("two policemen and three traders were killed")


@dataclass(frozen=True)
class DeathFigure:
    value: int
    kind: str  # "count" | "toll"
    start: int  # character offsets of the figure in the sentence
    end: int
    superseded: bool = False
    first: int = 0  # token indexes
    last: int = 0
    people: bool = False  # a noun for people follows the figure ("12 soldiers"), as in a list of victims


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
            if any(
                w.first in between
                for w in r.hits("outcomes.wounded", "outcomes.missing", "outcomes.arrested")
            ):
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


def _partitive(r: Reading, a: Number, b: Number) -> bool:
    """ "12 herders, three of them children", "including three children": b is part of a."""
    return any(
        a.last <= m.first and m.last <= b.first + 3 and m.first <= b.last + 2
        for m in r.hits("numbers.partitive")
    )


def _list_outcomes(r: Reading, numbers: list[Number], outcomes: list[str | None]) -> list[str | None]:
    """Counts of one list share its outcome word: "eleven marines, one sailor and dozens of
    bystanders" were all killed, "two policemen and three traders were killed" both."""
    out = list(outcomes)
    for _ in range(2):
        for k in range(len(numbers)):
            if out[k] is not None:
                continue
            for j in (k - 1, k + 1):
                if not 0 <= j < len(numbers) or out[j] != "killed":
                    continue
                a, b = sorted((numbers[k], numbers[j]), key=lambda n: n.first)
                if (
                    (
                        b.first - a.last <= LIST_REACH
                        and r.same_clause(a.last - 1, b.first)
                        or (
                            b.first - a.last <= LIST_REACH
                            and "," in r.text[r.span(a.first, a.last)[1] : r.span(b.first, b.last)[0]]
                        )
                    )
                    and not _partitive(r, a, b)
                    and not r.within("outcomes", a.last, b.first)
                ):
                    out[k] = "killed"
    return out


def _article_one(r: Reading, n: Number) -> bool:
    """ "une frappe", "a raid": a word for one is an article unless people follow it ("un soldat")."""
    if n.value != 1 or r.is_number(n.first):
        return False
    return not any(a.first in (n.last, n.last + 1) for a in r.hits("actors"))


def figures_in(r: Reading):
    """Memoised on the reading: the coder asks the same reading many times."""
    memo = r.__dict__.setdefault("_memo", {})
    key = "figures"
    if key not in memo:
        memo[key] = _figures_in_uncached(r)
    return memo[key]


def _figures_in_uncached(r: Reading) -> list[DeathFigure]:
    """The death figures of a reading, in text order."""
    numbers = [n for n in numbers_in(r) if n.count and not _article_one(r, n)]
    outcomes = _list_outcomes(r, numbers, [_outcome_of(r, n, numbers) for n in numbers])
    out = []
    for n, outcome in zip(numbers, outcomes, strict=True):
        toll = _toll_before(r, n, numbers)
        if not toll and outcome != "killed":
            continue
        if toll and outcome not in (None, "killed"):
            continue
        start, end = r.span(n.first, n.last)
        people = any(0 <= a.first - n.last <= 2 for a in r.hits("actors"))
        out.append(
            DeathFigure(
                n.value, "toll" if toll else "count", start, end, _superseded(r, n), n.first, n.last, people
            )
        )
    return out


def clause_deaths(figures: list[DeathFigure]) -> int | None:
    """The deaths a clause reports: its highest current toll; else its counts, added up when they
    form one list before a shared killed word ("eleven marines, one sailor and dozens of bystanders"
    24), else the largest. An earlier figure counts only when the clause gives no other."""
    if not figures:
        return None
    current = [f for f in figures if not f.superseded] or figures
    tolls = [f.value for f in current if f.kind == "toll"]
    if tolls:
        return max(tolls)
    listed = len(current) > 1 and all(
        b.first - a.last <= LIST_REACH and a.people and b.people
        for a, b in zip(current, current[1:], strict=False)
    )
    return sum(f.value for f in current) if listed else max(f.value for f in current)


def parse_number(text: str, language: str | None = "en") -> int | None:
    """The first number of a short text ("thirty-four" 34, "dozens" 12, "at least 22" 22)."""
    if not has_pack(language):
        return None
    found = numbers_in(read(text, language))
    return found[0].value if found else None


def sentence_fatalities(sentence: str, language: str | None = "en") -> int | None:
    """The deaths one sentence reports (None when it reports none)."""
    return clause_deaths(death_figures(sentence, language))


def death_figures(sentence: str, language: str | None = "en") -> list[DeathFigure]:
    """The death figures of one sentence."""
    if not has_pack(language):
        return []
    return figures_in(read(sentence, language))


def foreign_death_figures(sentence: str, language: str | None) -> list[DeathFigure]:
    """The same rules as `death_figures`: every language is read through its pack."""
    return death_figures(sentence, language)
