"""Is a trigger reporting something that happened? Modality, negation and background, per pack.

An ACLED coder codes events that took place: not threats, warnings, plans, denials,
conditionals, habits ("continues to attack"), nor running totals ("hundreds have been killed
since May") and events of past years. Each rule reads word classes of the language pack
(`modality.*`) in the trigger's clause (`reading.Reading`):
- `is_unreal`: a hedge, negation, future/plan/threat, denial, conditional or habitual word
  before the trigger in its clause; or the clause is opened by a `modality.recalled` word
  ("since the city fell": a past event recalled as a time mark).
- `is_background`: an aggregate phrase anywhere in the sentence ("since the war began", "so far
  this year"), a year before the publication year, or a war-long toll (a `modality.durative`
  noun before a killed word with a figure of a thousand or more); a superlative before the year
  or phrase ("the deadliest attack since 2017") keeps the sentence about its own event.
- `is_non_conflict`: accidents, disasters, disease, sport, elections (`modality.non_conflict`).
"""

from __future__ import annotations

import regex

from extractors.events.reading import Reading, has_pack, read

UNREAL_CLASSES = (
    "modality.hedges",
    "modality.negation",
    "modality.future",
    "modality.denial",
    "modality.conditional",
    "modality.habitual",
)
WAR_TOLL_MIN = 1000  # a figure this big next to a war noun is the war's toll, not one event's
_YEAR = regex.compile(r"(?:19|20)\d\d")


def unreal_at(r: Reading, first: int, last: int, skip: frozenset[int] = frozenset()) -> bool:
    """Is the trigger at tokens [first, last) hedged, negated, planned, denied or habitual?
    `skip` holds token indexes that belong to date expressions ("May" is a month, not a hedge)."""
    cs = r.clause_start(first)
    for m in r.hits(*UNREAL_CLASSES):
        if m.first >= cs and m.last <= first and not any(k in skip for k in range(m.first, m.last)):
            return True
    # "fighting continues", "clashes persist": a habit or a state named right after the trigger;
    # but "riots continued in Kampala and Masaka" places what went on that day: an event
    for m in r.hits("modality.habitual"):
        if 0 <= m.first - last <= 1 and r.same_clause(last - 1, m.first) and not _placed_after(r, m.last):
            return True
    # an agreement or a change alleged ("accused Turkey of violating a peace deal") is no event
    alleged = any(m.last <= first and m.first >= cs for m in r.hits("attribution.blame"))
    if alleged and any(m.first <= first < m.last for m in r.hits("triggers.Strategic developments")):
        return True
    # a clause opened by "since"/"until": the trigger recalls a past event as a time mark
    for m in r.hits("modality.recalled"):
        if m.last <= first and r.same_clause(m.last, first) and (m.first == cs or m.first + 1 >= cs):
            return True
    return False


PLACED_REACH = 1  # tokens between a habitual word and the locative preposition that places it


def _placed_after(r: Reading, k: int) -> bool:
    return any(
        0 <= m.first - k <= PLACED_REACH and r.same_clause(k - 1, m.first)
        for m in r.hits("locative_prepositions")
    )


def is_unreal(sentence: str, start: int, end: int, language: str | None = "en") -> bool:
    """True when the trigger at sentence[start:end] is hedged, negated, planned or threatened."""
    if not has_pack(language):
        return False
    r = read(sentence, language)
    first = r.token_at(start)
    last = max(first + 1, r.token_at(end - 1) + 1) if end > start else first + 1
    return unreal_at(r, first, last)


def _superlative_before(r: Reading, first: int) -> bool:
    cs = r.clause_start(first)
    return any(m.first >= cs - 8 and m.last <= first for m in r.hits("modality.superlative"))


def background_in(r: Reading, published_year: int | None, figures: list[int] | None = None) -> bool:
    """Running totals and events of past years: the sentence is not about one event."""
    for m in r.hits("modality.aggregate"):
        if not _superlative_before(r, m.first):
            return True
    if published_year:
        for k, t in enumerate(r.tokens):
            if _YEAR.fullmatch(t.text) and int(t.text) < published_year and not _superlative_before(r, k):
                return True
    durative = r.hits("modality.durative")
    if durative:
        killed = [m for m in r.hits("outcomes.killed") if m.first > durative[0].first]
        big = any(v >= WAR_TOLL_MIN for v in figures or []) or any(
            m.value is not None and int(m.value) >= WAR_TOLL_MIN for m in r.hits("numbers.vague")
        )
        if killed and big:
            return True
    return False


def is_background(sentence: str, published_year: int | None, language: str | None = "en") -> bool:
    if not has_pack(language):
        return False
    from extractors.events.numbers import numbers_in

    r = read(sentence, language)
    return background_in(r, published_year, [n.value for n in numbers_in(r)])


def non_conflict_in(r: Reading) -> bool:
    return bool(r.hits("modality.non_conflict"))


def is_non_conflict(sentence: str, language: str | None = "en") -> bool:
    """True when a sentence's deaths or blast come from an accident, a disaster, sport or an election."""
    return has_pack(language) and non_conflict_in(read(sentence, language))
