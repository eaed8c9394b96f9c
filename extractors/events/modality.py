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
  or phrase ("the deadliest attack since 2017") keeps the sentence about its own event, and so
  does a clause of its own that tacks the running total onto the event ("..., bringing the toll
  since the war began to 30,000": `running_total_start`).
- `is_non_conflict`: accidents, disasters, disease, sport, elections (`modality.non_conflict`).
"""

from __future__ import annotations

from datetime import date

import regex

from extractors.events.actors import actors_in
from extractors.events.clause_words import names_a_crowd
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
TOTAL_WORDS = ("numbers.toll_nouns", "numbers.count_nouns", "outcomes.killed")  # what a total counts
# YEAR_WITH_ENDING (round 18 prec): a year with a case ending after an apostrophe is that year
# (tr "2016'daki saldırı", the attack of 2016; en "2016's attack")
_YEAR_WORD = regex.compile(r"((?:19|20)\d\d)(?:['\u2019]\p{L}+)?")


def past_year(text: str, published_year: int) -> bool:
    """Is the token `text` a year before `published_year`, bare or with an ending after an apostrophe?"""
    m = _YEAR_WORD.fullmatch(text)
    return bool(m) and int(m.group(1)) < published_year


def unreal_at(r: Reading, first: int, last: int, skip: frozenset[int] = frozenset()) -> bool:
    """Is the trigger at tokens [first, last) hedged, negated, planned, denied or habitual?
    `skip` holds token indexes that belong to date expressions ("May" is a month, not a hedge)."""
    cs = r.clause_start(first)
    unopposed = _unopposed_spans(r, first)
    for m in r.hits(*UNREAL_CLASSES):
        if (
            m.first >= cs
            and m.last <= first
            and not _a_date_word(m, skip)
            and not _held_by_an_act(r, m)
            and not any(a <= m.first < b for a, b in unopposed)
        ):
            return True
        if m.first <= first and last <= m.last and m.last - m.first > last - first:
            return True  # the pack's unreal phrase holds the trigger ("a bomb threat", "a bomb hoax")
    if negated_right_before(r, first):
        return True
    # "the drones will be used against ...", "la frappe sera menée": a plan named right after the act word
    for m in r.hits("modality.future"):
        if (
            m.first >= last
            and r.same_clause(last - 1, m.first)
            and (m.first - last <= FUTURE_AFTER_REACH or _only_its_parties(r, last, m.first))
        ):
            return True
    if future_form_of_the_act(r, first, last) or unreal_in_the_gap(r, first, last, skip):
        return True
    # "fighting continues", "clashes persist": a habit or a state named right after the trigger;
    # but "riots continued in Lilongwe and Zomba" places what went on that day: an event, and
    # "protested against frequent power cuts" names what the act is against (HABIT_OF_ITS_OBJECT)
    for m in r.hits("modality.habitual"):
        if (
            0 <= m.first - last <= 1
            and r.same_clause(last - 1, m.first)
            and not _placed_after(r, m.last)
            and not _opposed_between(r, last, m.first)
        ):
            return True
    # an agreement or a change alleged ("blamed the rebels for breaking the truce") is no event; an
    # arrest is never alleged by its charge ("drei mutmaßliche Mitglieder ... festgenommen": suspects)
    alleged = any(m.last <= first and m.first >= cs for m in r.hits("attribution.blame"))
    if alleged and any(
        m.first <= first < m.last and not m.label.endswith(".Arrests")
        for m in r.hits("triggers.Strategic developments")
    ):
        return True
    # a clause opened by "since"/"until": the trigger recalls a past event as a time mark
    for m in r.hits("modality.recalled"):
        if (
            m.last <= first
            and r.same_clause(m.last, first)
            and (m.first == cs or m.first + 1 >= cs)
            and not recalled_crowd(r, m, first)
        ):
            return True
    return False


CROWD_TRIGGERS = ("triggers.Protests", "triggers.Riots")


def recalled_crowd(r: Reading, recall, first: int) -> bool:
    """RECALLED_CROWD: "a day after thousands of traders marched through Accra ...", "au lendemain de
    la marche des étudiants à Abidjan": a crowd's protest or riot recalled by a word of the day before
    (the pack's `modality.recent_recalls`), with the crowd counted or named in the recalled clause, is
    still an event the report tells (its aftermath is the news); a week after, or since, it is not."""
    if not any(m.first == recall.first and m.last == recall.last for m in r.hits("modality.recent_recalls")):
        return False
    if not any(m.first == first for m in r.hits(*CROWD_TRIGGERS)):
        return False
    end = next((k for k in range(first, len(r.tokens)) if not r.same_clause(first, k)), len(r.tokens))
    return names_a_crowd(r, (recall.last, end))


def negated_right_before(r: Reading, first: int) -> bool:
    """NEGATED_RIGHT_BEFORE: a negation particle of the pack (`modality.negation_particles`: ru "не",
    ar "دون") right before the act word negates it ("стороны не договорились о прекращении огня", "دون
    التوصل إلى اتفاق"); the particle elsewhere in the clause negates another word ("не менее 10
    человек погибли": no fewer than ten), so it is no `modality.negation` word."""
    return any(m.last == first for m in r.hits("modality.negation_particles"))


def future_form_of_the_act(r: Reading, first: int, last: int) -> bool:
    """FUTURE_FORM_OF_THE_ACT: a one-word act whose own form is a future one (a `modality.future`
    ending on the very word: Spanish "marcharán", French "manifesteront", Portuguese "protestarão")
    tells what is planned, not what took place; the other unreal rules only read the words around it."""
    return last - first == 1 and any(m.first == first and m.last == last for m in r.hits("modality.future"))


GAP_CLASSES = ("modality.hedges", "modality.negation", "modality.future")


def unreal_in_the_gap(r: Reading, first: int, last: int, skip: frozenset[int] = frozenset()) -> bool:
    """FUTURE_IN_THE_GAP: a gapped act phrase ("truce ... take effect", "cessez-le-feu ... entrer en
    vigueur") with a plan, hedge or negation word inside its gap ("the truce is due to take effect on
    Monday", "will take effect", "did not take effect") tells what is to come or did not happen: the
    other rules only read the words before and right after the phrase."""
    return any(first < m.first and m.last < last and not _a_date_word(m, skip) for m in r.hits(*GAP_CLASSES))


def _a_date_word(m, skip: frozenset[int]) -> bool:
    """Is the unreal word a date's word ("May", a month, not the hedge "may")? Only when every word
    of it is the date's: a gapped phrase with a day inside ("menacer __ de": "ont menacé mardi de
    s'emparer") is still the threat (GAPPED_OVER_A_DAY)."""
    return all(k in skip for k in range(m.first, m.last))


FUTURE_AFTER_REACH = 1  # tokens between an act word and the future word after it ("drones will be used")
PARTY_CLASSES = ("actors", "numbers.list_joiners", "numbers.range_openers", "place_words.leading")


def _only_its_parties(r: Reading, lo: int, hi: int) -> bool:
    """PARTIES_BEFORE_THE_PLAN: the act's parties between the act word and the future word after it
    ("La trêve entre l'armée et les rebelles doit entrer en vigueur", "the truce between the army and
    the rebels is due to take effect"): actors, list joiners, the "between" of a pair and articles
    (`PARTY_CLASSES`) only, so the plan is still the act's."""
    covered = {k for m in r.hits(*PARTY_CLASSES) for k in range(m.first, m.last)}
    return all(k in covered for k in range(lo, hi))


PLACED_REACH = 1  # tokens between a habitual word and the locative preposition that places it


def _placed_after(r: Reading, k: int) -> bool:
    return any(
        0 <= m.first - k <= PLACED_REACH and r.same_clause(k - 1, m.first)
        for m in r.hits("locative_prepositions")
    )


def _unopposed_spans(r: Reading, first: int) -> list[tuple[int, int]]:
    """UNOPPOSED_TAKEOVER: before a capture word, a phrase of the pack's `unopposed_takeovers`
    ("ohne Widerstand eingenommen", "sans combat") says how the place was taken, not that it was
    not: its negation word negates no capture."""
    if not any(m.first <= first < m.last for m in r.hits("triggers.Battles.territory")):
        return []
    return [(m.first, m.last) for m in r.hits("unopposed_takeovers") if m.last <= first]


def _held_by_an_act(r: Reading, m) -> bool:
    """ACT_HOLDS_IT: an unreal word inside a longer trigger phrase of the pack is a word of that act,
    no hedge ("fired warning shots to disperse the crowd": "warning" is no threat here); ACTOR_HOLDS_IT:
    so is one inside a longer actor phrase, a word of the doer's name (Indonesian "orang tak dikenal",
    people not known: unidentified men, "tak" negates no act)."""
    return any(
        t.first <= m.first and m.last <= t.last and t.last - t.first > m.last - m.first
        for t in r.hits("triggers", "actors")
    )


def _opposed_between(r: Reading, last: int, k: int) -> bool:
    """HABIT_OF_ITS_OBJECT: an `opponent_markers` word ("against", "contre") between an act word and
    the habit word after it: the habit qualifies what the act is against, not the act."""
    return any(last <= m.first and m.last <= k for m in r.hits("opponent_markers"))


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


def aggregates(r: Reading) -> list:
    """The sentence's running-total phrases (`modality.aggregate`), but HELD_IN_TOTAL_CONTROL: not one
    inside a longer phrase of the pack's `holding_words` ("in total control of the area" tells who
    holds a place, not a total)."""
    held = r.hits("holding_words")
    return [
        m for m in r.hits("modality.aggregate")
        if not any(h.first <= m.first and m.last <= h.last and h.last - h.first > m.last - m.first for h in held)
    ]  # fmt: skip


def running_total_start(r: Reading) -> int | None:
    """ "Air strikes killed 20 people in Rafah on Thursday, bringing the death toll since the war began
    to more than 30,000": the token where a running total tacked onto an event's clause begins. It is
    a clause after one with an act (a trigger or a killed word), a count and a day of its own (one
    event, dated), and holds the
    total's figure, a word of the dead (a toll or count noun, a killed word) and every running-total
    mark of the sentence (an aggregate phrase, or a war noun
    with a war-sized figure). None when the sentence has no such part."""
    memo = r.memo
    if "running_total" in memo:
        return memo["running_total"]
    from extractors.events.numbers import numbers_in

    found = None
    counts = [n for n in numbers_in(r) if n.count and (n.value > 1 or r.is_number(n.first))]  # not "a", "an"
    marks = [m.first for m in aggregates(r) if not _superlative_before(r, m.first)]
    marks += [m.first for m in r.hits("modality.durative")
              if any(n.value >= WAR_TOLL_MIN and n.first > m.first for n in counts)]  # fmt: skip
    acts = r.hits("triggers", "generic_violence", "outcomes.killed")
    if marks and acts and counts:
        from extractors.events.dates import dates_in

        days = dates_in(r, date.today())  # which days they are does not matter here, only that one is named
        for c in sorted(r.clause_starts):
            if c == 0 or c > min(marks):
                continue
            before = (
                any(a.last <= c for a in acts)
                and any(n.last <= c for n in counts)
                and any(d.last <= c and d.precision == "day" for d in days)
            )
            dead = any(m.first >= c for m in r.hits(*TOTAL_WORDS))
            if before and dead and any(n.first >= c for n in counts):
                found = c
                break
    memo["running_total"] = found
    return found


def background_in(r: Reading, published_year: int | None, figures: list[int] | None = None) -> bool:
    """Running totals and events of past years: the sentence is not about one event. A running total
    tacked onto an event's clause (`running_total_start`) is that clause's background only: the
    rules read the sentence before it."""
    end = running_total_start(r)
    end = len(r.tokens) if end is None else end
    for m in aggregates(r):
        if m.first < end and not _superlative_before(r, m.first):
            return True
    if published_year:
        # "occupied by insurgents since 2020": a year right after a "since" word dates the state it began,
        # not the sentence's event
        # (not in the clause of a running total: "Boko Haram has killed 35,000 people since 2009")
        since = {m.last for m in r.hits("relative_dates.since", "modality.recalled")}
        for k, t in enumerate(r.tokens[:end]):
            if (
                past_year(t.text, published_year)
                and not _superlative_before(r, k)
                and not (k in since and _state_clause(r, k))
                and not _a_count(r, k)
            ):
                return True
    durative = [m for m in r.hits("modality.durative") if m.first < end]
    if durative:
        killed = [m for m in r.hits("outcomes.killed") if durative[0].first < m.first < end]
        if end < len(r.tokens):  # the total's own figure is no figure of the clause before it
            from extractors.events.numbers import numbers_in

            figures = [n.value for n in numbers_in(r) if n.first < end]
        big = any(v >= WAR_TOLL_MIN for v in figures or []) or any(
            m.value is not None and int(m.value) >= WAR_TOLL_MIN and m.first < end
            for m in r.hits("numbers.vague")
        )
        if killed and big:
            return True
    return False


def _a_count(r: Reading, k: int) -> bool:
    """ "plus de 2000 étudiants", "more than 2000 people": a number shaped like a year after a
    qualifier or before a noun for people is a count, not a year; not with punctuation before the
    noun (YEAR_BEFORE_A_COMMA, round 18 prec: "In 2019, gunmen killed 50 people" names a year)."""
    if any(m.last == k for m in r.hits("numbers.qualifiers")):
        return True
    if k + 1 < len(r.tokens) and r.text[r.tokens[k].end : r.tokens[k + 1].start].strip():
        return False
    return any(a.first == k + 1 for a in actors_in(r, None)) or any(
        m.first == k + 1 for m in r.hits("numbers.count_nouns")
    )


def _state_clause(r: Reading, k: int) -> bool:
    """Is token k in a clause after the first that counts no dead ("..., occupied by insurgents since
    2020")?"""
    cs = r.clause_start(k)
    ends = [c for c in r.clause_starts if c > k]
    ce = min(ends) if ends else len(r.tokens)
    if cs > 0 and any(m.first == cs for m in r.hits("relative_dates.since", "modality.recalled")):
        cs = r.clause_start(cs - 1)  # the since word opens its clause: the clause before is the state's
    while cs > 0 and r.is_number(cs) and r.is_number(cs - 1):
        cs = r.clause_start(cs - 1)  # "35,000": a comma inside a number parts no clause
    if cs == 0:
        return False
    from extractors.events.numbers import numbers_in

    if any(cs <= m.first < ce for m in r.hits(*TOTAL_WORDS)):
        return False
    return not any(n.count and cs <= n.first < ce and n.value > 1 for n in numbers_in(r))


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
