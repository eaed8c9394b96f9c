"""Fatality counts: the deaths a sentence reports, by ACLED conventions, in any language with a pack.

A number (`numbers.numbers_in`) is a death figure when the nearest outcome word it is linked to is a
killed word (`outcomes.killed`: "12 killed", "a tué 12 personnes", "12 Tote", "12 morts"): outcome
words of other kinds (wounded, abducted, arrested, missing) closer to it make it their figure, and
another number between them takes the word for itself. Reach is counted in words, a phrase of people
("Kenyan border guards") or a qualifier counting as one word; a reporting aside between a figure and
its word ("trois gendarmes, selon une source locale, ont péri") and an adverb the pack takes for a clause
connector right before the word ("were also killed") do not cut them apart. A figure of people
"killed or wounded" (`numbers.alternatives`) counts as killed (the annotation guide's "dozens of
civilians killed or injured" -> 12).

Tolls: a number after a toll noun (`numbers.toll_nouns`: "the death toll rose to 26", "le bilan
s'élève à 26") is a toll; so is one after a rise word (`numbers.rises`: "has climbed to 11") whose
subject is a count noun (`numbers.count_nouns`: "the number of police officers killed ...") of the
dead. A figure with an earlier-figure word (`numbers.earlier_figure`: "earlier", "initial") in its
clause before it or right after it, or right after such a word once a current figure was given
("rose to 23, up from 15"), is `superseded`: the coder counts it only when the article gives no other.

Lists: counts joined by a comma or a list joiner (`numbers.list_joiners`: "two policemen and three
traders were killed", "..., along with four staff") share their outcome word and are added up. "three
of the 30 attackers" (`numbers.part_of`) is a figure of three; a figure after a partitive word
("12 herders, three of them children") is part of the one before. "at least 22" -> 22 (qualifiers are
skipped); injured and missing are not dead. A running total tacked onto the event's clause
("..., bringing the death toll since the war began to 30,000": `modality.running_total_start`) is
the war's toll: its figures are none of the event's. A country's name between a figure and its word
is one word of reach, the genitive joining a people's phrase to its force or country none. A killed
word in a singular form (`outcomes.killed_one`: "погиб мирный житель", "askari ameuawa") next to an
uncounted noun for people is a figure of one when no other figure of the sentence counts in its clause
(KILLED_ONE, ONE_IN_ITS_CLAUSE); so is a killed word next to a victim in a singular form (`one_victim`:
"beat him to death", ONE_VICTIM).

This module gives the figures (`figures_in`, `death_figures`, `sentence_fatalities`); how far a number
reaches its word, tolls and earlier figures are in `figure_reach.py`, lists, partitives, ranges and
war tolls in `figure_lists.py`, dead told after the others and rival sources in `figure_more.py`
(WOUNDED_LATER_DIED, ONE_MORE_DEAD, RIVAL_SOURCES), one event's figure and figures day by day in `event_figures.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from extractors.events.figure_lists import (
    _article_one,
    _changes,
    _counts_objects,
    _counts_people,
    _joiner_clitic,
    _list_outcomes,
    _parts_of_groups,
    _people,
    _range_pairs,
    _range_uppers,
    _war_toll,
)
from extractors.events.figure_more import later_deaths, rival_sources
from extractors.events.figure_reach import _outcome_of, _over_a_span, _superseded, _toll_before
from extractors.events.modality import running_total_start
from extractors.events.numbers import Number, numbers_in
from extractors.events.object_after_time import after_time_aside
from extractors.events.reading import Reading, has_pack, per_reading, read


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
    joined: bool = False  # one list with the figure before it ("two policemen and three traders")
    more: bool = False  # WOUNDED_LATER_DIED, ONE_MORE_DEAD: dead told after the others, added to them
    rival: bool = False  # RIVAL_SOURCES: one of two sources' counts of the same dead


# ---------------------------------------------------------------- figures


def _range_outcome(r: Reading, n: Number, context: list[Number], pairs: dict[int, Number]) -> str | None:
    """The outcome of a figure; RANGE_AS_ONE: a range's lower figure with none in reach takes its
    upper figure's ("tra i dieci e i quindici miliziani di al-Shabaab sono stati uccisi": the words
    of the range are no distance from the lower figure to its outcome)."""
    outcome = _outcome_of(r, n, context)
    if outcome is None:
        upper = pairs.get(n.first)
        if upper is not None:
            outcome = _outcome_of(r, upper, context)
    return outcome


@per_reading
def figures_in(r: Reading) -> list[DeathFigure]:
    """The death figures of a reading, in text order."""
    every = numbers_in(r)
    total = running_total_start(r)
    if (
        total is not None
    ):  # "..., bringing the toll since the war began to 30,000": the war's, not the event's
        every = [n for n in every if n.first < total]
    numbers = _parts_of_groups(
        r, [n for n in every if n.count and not _article_one(r, n) and not _counts_objects(r, n)]
    )
    uppers = _range_uppers(r, numbers)
    pairs = _range_pairs(r, numbers) if uppers else {}
    numbers = [n for n in numbers if n.first not in uppers and not _war_toll(r, n)]
    context = numbers + [n for n in every if not n.count]
    outcomes, joined = _list_outcomes(r, numbers, [_range_outcome(r, n, context, pairs) for n in numbers])
    out: list[DeathFigure] = []
    for k, (n, outcome) in enumerate(zip(numbers, outcomes, strict=True)):
        toll = _toll_before(r, n, numbers)
        if not toll and outcome != "killed":
            if outcome is None:
                earlier = _earlier_of(r, n, out)
                if earlier is not None:
                    out.append(earlier)
            continue
        if toll and outcome not in (None, "killed"):
            continue
        start, end = r.span(n.first, n.last)
        people = _counts_people(r, n)
        linked = joined[k] and bool(out) and out[-1].first == numbers[k - 1].first
        out.append(
            DeathFigure(
                n.value,
                "toll" if toll else "count",
                start,
                end,
                _superseded(r, n) or _over_a_span(r, n),
                n.first,
                n.last,
                people,
                linked,
            )  # fmt: skip
        )
    out = [_paired(r, f) for f in _changed(r, numbers, out)]
    one = _one_dead(r, every)
    if one is not None and not any(
        r.same_clause(min(f.first, one.first), max(f.first, one.first)) for f in out
    ):
        # ONE_IN_ITS_CLAUSE: a figure of one in a clause no other figure of the sentence counts in
        # ("... five civilians, and a child was killed by shelling on Ariha") is that clause's own
        out = sorted([*out, one], key=lambda f: f.first)
    return rival_sources(r, numbers, later_deaths(r, every, out))


ONE_REACH = 2  # tokens between a singular killed form and the noun of the one who died


def _one_dead(r: Reading, numbers: list[Number]) -> DeathFigure | None:
    """KILLED_ONE: a killed word in a form that says one died (`outcomes.killed_one`: Russian "погиб",
    "убита", where no article counts "a civilian") next to an uncounted noun for people ("погиб
    мирный житель", "женщина погибла"): a figure of one."""
    for m in r.hits("outcomes.killed_one"):
        for a in _people(r):
            near = 0 <= m.first - a.last <= ONE_REACH or 0 <= a.first - m.last <= ONE_REACH
            if not near or not r.same_clause(min(a.first, m.first), max(a.last, m.last) - 1):
                continue
            if any(n.count and 0 <= a.first - n.last <= ONE_REACH for n in numbers):
                continue  # "погиб один мирный житель", "трое полицейских": the number is the figure
            start, end = r.span(a.first, a.last)
            return DeathFigure(1, "count", start, end, False, a.first, a.last, True)
    return _one_victim(r, numbers)


VICTIM_REACH = (
    3  # tokens between a killed word and a singular victim ("hasta la muerte a un presunto ladrón")
)


def _one_victim(r: Reading, numbers: list[Number]) -> DeathFigure | None:
    """ONE_VICTIM: a killed word next to a victim named in a singular form (`one_victim`: "beat him
    to death", "beat a suspected thief to death", "battu à mort un voleur", "طعن رجل حتى الموت",
    "забили до смерти вора"), where the noun is none of the pack's people and no article counts it:
    a figure of one, unless a number above one counts the victim ("two thieves"); not when a negation
    word of the pack stands right before the victim or the killed word (NEGATED_VICTIM: sw "hakuna mtu
    aliyeuawa", no one was killed; "bila kuua mtu", without killing anyone)."""
    negations = r.hits("modality.negation")
    for m in r.hits("outcomes.killed"):
        if any(0 <= m.first - g.last <= 1 for g in negations):
            continue
        for a in r.hits("one_victim"):
            if any(0 <= a.first - g.last <= 1 for g in negations):
                continue
            after = after_time_aside(r, m.last)  # OBJECT_AFTER_TIME: "mataram na segunda-feira o chefe"
            near = (
                0 <= r.gap_without_days(a.last, m.first) <= VICTIM_REACH
                or 0 <= r.gap_without_days(m.last, a.first) <= VICTIM_REACH
                or 0 <= a.first - after <= VICTIM_REACH
            )
            if not near or not r.same_clause(min(a.first, m.first), max(a.last, m.last) - 1):
                continue
            if any(n.count and n.value != 1 and 0 <= a.first - n.last <= ONE_REACH for n in numbers):
                continue
            start, end = r.span(a.first, a.last)
            pair = _second_victim(r, a)
            return DeathFigure(2 if pair else 1, "count", start, end, False, a.first, a.last, True)
    return None


def _paired(r: Reading, f: DeathFigure) -> DeathFigure:
    """PAIR_OF_VICTIMS for a count of one ("a woman and her child": the article counts the first)."""
    pair = any(0 <= a.first - f.last <= 1 and _second_victim(r, a) for a in r.hits("one_victim"))
    return replace(f, value=2) if f.value == 1 and f.kind == "count" and pair else f


PAIR_GAP = 2  # words between the joiner and the second victim: a possessive and its article or object marker


def _second_victim(r: Reading, a) -> bool:
    """PAIR_OF_VICTIMS: a second victim in a singular form right after the first, a list joiner
    between them, perhaps a possessive after it ("killed a woman and her child", "a man and his son";
    no act word there: "killed a man and injured a woman"; the Arabic joiner written
    onto the second, "امرأة وطفلها"): two died, not one."""
    joiners = r.hits("numbers.list_joiners")
    acts = {k for m in r.hits("outcomes", "triggers", "generic_violence") for k in range(m.first, m.last)}
    counts = {n.first for n in numbers_in(r)}
    acts |= counts  # "a man and a woman": the list counts each (no pair)
    for b in r.hits("one_victim"):
        if b.first < a.last or b.first - a.last > 1 + PAIR_GAP or not r.same_clause(a.first, b.last - 1):
            continue
        if b.last in counts:
            continue  # "a woman and her two children": the list counts them
        # a possessive may stand between ("a man and his son"), with its article or the object's
        # marker before it (PAIR_GAP: pt "um comerciante e o seu filho", es "a un hombre y a su hijo"),
        # no act ("a man and wounded a woman")
        if any(j.first == a.last and 0 <= b.first - j.last <= PAIR_GAP
               and not any(k in acts for k in range(j.last, b.first)) for j in joiners):  # fmt: skip
            return True
        if b.first == a.last and _joiner_clitic(r, b.first):
            return True
    return False


def _changed(r: Reading, numbers: list[Number], found: list[DeathFigure]) -> list[DeathFigure]:
    """ "the death toll rose from 10 to 12": the earlier value is superseded, the later one is the
    figure, of the earlier one's kind."""
    for a, b in _changes(r, numbers):
        earlier = next((f for f in found if f.first == a.first), None)
        if earlier is None:
            continue
        later = next((f for f in found if f.first == b.first), None)
        if later is not None:  # "le bilan est passé de 15 à 23 morts": the change word marked both
            found = [
                replace(f, superseded=True) if f is earlier else
                replace(f, superseded=False, kind=earlier.kind) if f is later else f
                for f in found
            ]  # fmt: skip
            continue
        start, end = r.span(b.first, b.last)
        found = [replace(f, superseded=True) if f is earlier else f for f in found]
        found.append(DeathFigure(b.value, earlier.kind, start, end, False, b.first, b.last, earlier.people))
        found.sort(key=lambda f: f.first)
    return found


def _earlier_of(r: Reading, n: Number, found: list[DeathFigure]) -> DeathFigure | None:
    """ "rose to 23 on Sunday, up from 15": a number right after an earlier-figure word, once the
    sentence gave a current figure, is that figure's earlier value."""
    current = [f for f in found if not f.superseded and f.last <= n.first]
    if not current:
        return None
    qualifiers = r.hits("numbers.qualifiers")
    for m in r.hits("numbers.earlier_figure"):
        if m.first >= current[-1].last and (
            m.last == n.first or any(q.first == m.last and q.last == n.first for q in qualifiers)
        ):
            start, end = r.span(n.first, n.last)
            return DeathFigure(n.value, current[-1].kind, start, end, True, n.first, n.last)
    return None


def clause_deaths(figures: list[DeathFigure]) -> int | None:
    """The deaths a clause reports: its highest current toll; else its counts, added up when they
    form one list ("eleven marines, one sailor and dozens of bystanders" 24), else the largest. An
    earlier figure counts only when the clause gives no other."""
    if not figures:
        return None
    current = [f for f in figures if not f.superseded] or figures
    rivals = [f for f in current if f.rival]
    if len(rivals) > 1:  # RIVAL_SOURCES: the most conservative of two sources' counts
        lowest = min(rivals, key=lambda f: f.value)
        current = [f for f in current if not f.rival or f is lowest]
    more = sum(f.value for f in current if f.more)
    current = [f for f in current if not f.more]
    if not current:
        return more
    tolls = [f.value for f in current if f.kind == "toll"]
    if tolls:
        return max(tolls)  # a toll already counts the dead told after it ("..., bringing the toll to 3")
    listed = len(current) > 1 and all(
        b.joined and b.first > a.first for a, b in zip(current, current[1:], strict=False)
    )
    return (sum(f.value for f in current) if listed else max(f.value for f in current)) + more


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
