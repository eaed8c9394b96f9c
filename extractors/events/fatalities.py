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
uncounted noun for people is a figure of one when the sentence gives no other (KILLED_ONE).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from extractors.events.modality import WAR_TOLL_MIN, running_total_start
from extractors.events.numbers import Number, numbers_in
from extractors.events.reading import Reading, has_pack, per_reading, read

OUTCOME_CLASSES = (
    "outcomes.killed",
    "outcomes.wounded",
    "outcomes.abducted",
    "outcomes.arrested",
    "outcomes.missing",
)
REACH_AFTER = 6  # words from a number to its outcome word after it ("12 people were killed")
REACH_BEFORE = 5  # ... before it ("killed at least 12 people")
TOLL_REACH = 12  # tokens from a toll noun to its figure ("the toll from the blast rose to 23")
EARLIER_AFTER = 4  # tokens after a figure where an earlier-figure word still marks it
LIST_REACH = 4  # words between the counts of one list ("two policemen and three traders were killed")
SPEAKER_AFTER = (
    3  # words from a count to the reporting verb that makes it a speaker ("a local official said")
)
LIST_TAIL = 3  # words from a list's outcome word to the count it adds (", along with four staff")
ASIDE_WORDS = (
    6  # longest reporting aside between a figure and its outcome word (", selon une source locale,")
)
COMPACT = ("actors", "demonyms", "numbers.qualifiers")  # phrases that count as one word of reach


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


# ---------------------------------------------------------------- reach and links


def _words_between(r: Reading, lo: int, hi: int, numbers: list[Number]) -> int:
    """Words of reach in tokens [lo, hi): a phrase of people, a demonym or a qualifier is one word;
    a number that counts no one (an age, a name) and its label are none."""
    if hi <= lo:
        return 0
    skip: set[int] = set(_asides(r))
    for m in r.hits(*COMPACT):
        if lo <= m.first and m.last <= hi:
            skip.update(range(m.first + 1, m.last))
    names = [(m.first, m.last) for m in r.hits("actors") if lo <= m.first and m.last <= hi]
    for first, last in _country_names(r):
        if lo <= first and last <= hi:
            skip.update(range(first + 1, last))
            names.append((first, last))
    # the genitive that joins a people's phrase to the force or country they belong to ("soldats des
    # Forces armées de la République ...", "soldiers of the army of X") is part of that phrase
    starts = {first for first, _ in names}
    for m in r.hits("numbers.part_of", "agent_genitives"):
        if lo <= m.first and m.last <= hi and (m.last in starts or m.last + 1 in starts):
            skip.update(range(m.first, m.last))
    for n in numbers:
        if not n.count and lo <= n.first and n.last <= hi:
            skip.update(range(n.first, n.last))
    for m in r.hits("numbers.labels"):
        if lo <= m.first and m.last <= hi and any(n.first == m.last and not n.count for n in numbers):
            skip.update(range(m.first, m.last))
    return sum(1 for k in range(lo, hi) if k not in skip)


def _country_names(r: Reading) -> tuple[tuple[int, int], ...]:
    """Token spans of the countries the sentence names: one word of reach each, as a demonym is
    ("vingt soldats des Forces armées de la République démocratique du Congo ont perdu la vie")."""
    memo = r.memo
    if "country_names" not in memo:
        from extractors.events.countries import find_countries

        spans = (
            (r.token_at(c.start), r.token_at(c.end - 1) + 1) for c in find_countries(r.text, r.pack.code)
        )
        memo["country_names"] = tuple((a, b) for a, b in spans if b - a > 1)
    return memo["country_names"]


def _asides(r: Reading) -> frozenset[int]:
    """Tokens of short clauses that only say who reports (", selon une source locale,", ", police said,") or
    which part of a figure's people they were (", including two children,", ", dont deux enfants,")."""
    memo = r.memo
    if "asides" not in memo:
        bounds = [*r.clause_starts, len(r.tokens)]
        verbs = r.hits("reporting_verbs")
        parts = [m.first for m in r.hits("numbers.partitive")]
        found: set[int] = set()
        for lo, hi in zip(bounds, bounds[1:], strict=False):
            if (
                lo > 0
                and hi < len(r.tokens)
                and hi - lo <= ASIDE_WORDS
                and (any(lo <= m.first < hi for m in verbs) or any(k in (lo, lo + 1) for k in parts))
            ):
                found.update(range(lo, hi))
        memo["asides"] = frozenset(found)
    return memo["asides"]


def _linked(r: Reading, i: int, j: int, outcome_after: bool = False) -> bool:
    """Are tokens i < j in one clause, but for reporting asides between them and, before an outcome
    word after a figure, a connector adverb right before it ("were also killed")?"""
    starts = [c for c in r.clause_starts if i < c <= j]
    if not starts:
        return True
    connectors = r.hits("clause_connectors")
    rest = []
    for c in starts:
        if outcome_after and j - c <= 1 and any(m.first == c for m in connectors):
            continue
        rest.append(c)
    if not rest:
        return True
    if len(rest) < 2:
        return False
    # the clauses strictly between the figure's and the word's: each a short aside with a reporting verb
    asides = _asides(r)
    return all(all(k in asides for k in range(lo, hi)) for lo, hi in zip(rest, rest[1:], strict=False))


def _outcome_of(r: Reading, n: Number, numbers: list[Number]) -> str | None:
    """The outcome class of the nearest outcome word linked to the number."""
    best: tuple[int, str, object] | None = None
    joiners = r.hits("numbers.list_joiners")
    for m in r.hits(*OUTCOME_CLASSES):
        if m.first >= n.last:
            gap = _words_between(r, n.last, m.first, numbers)
            if gap > REACH_AFTER or not _linked(r, n.last - 1, m.first, outcome_after=True):
                continue
            between = (n.last, m.first)
        elif m.last <= n.first:
            gap = _words_between(r, m.last, n.first, numbers)
            if gap > REACH_BEFORE or not _linked(r, m.last - 1, n.first):
                continue
            between = (m.last, n.first)
        else:
            continue
        asides = _asides(r)
        if any(
            o is not n and o.count and between[0] <= o.first < between[1] and o.first not in asides
            for o in numbers
        ):
            continue  # another number sits between (not in an aside): the word is that number's
        # a word after the number counts a little closer than one before it
        score = gap * 2 + (0 if m.first >= n.last else 1)
        if any(between[0] <= j.first < between[1] for j in joiners):
            # a list joiner parts the word from the number: the other part's ("a soldier died and
            # three cops were hurt", noun-first "liliua watu wanne na kujeruhi wengine 12")
            score += 2 * REACH_AFTER + 2
        if best is None or score < best[0]:
            best = (score, m.label.split(".", 1)[1], m)
    if best is None:
        return None
    if best[1] != "killed" and _or_killed(r, best[2]):
        return "killed"
    return best[1]


def _or_killed(r: Reading, word) -> bool:
    """ "killed or injured", "blessés ou tués": the word is one of killed-or-wounded."""
    for alt in r.hits("numbers.alternatives"):
        for k in r.hits("outcomes.killed"):
            if (k.last == alt.first and alt.last == word.first) or (
                word.last == alt.first and alt.last == k.first
            ):
                return True
    return False


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
    return _risen_toll(r, n)


def _risen_toll(r: Reading, n: Number) -> bool:
    """ "The number of police officers killed in the ambush ... has climbed to 11": the figure after a
    rise word whose subject is a count noun of the dead (or a bare "the number" of an earlier toll)."""
    qualifiers = r.hits("numbers.qualifiers")

    def right_before(m) -> bool:
        return m.last == n.first or any(q.first == m.last and q.last == n.first for q in qualifiers)

    for rise in r.hits("numbers.rises"):
        after = rise.first == n.last  # verb-final languages: "ölü sayısı 17'ye yükseldi"
        if not right_before(rise) and not after:
            continue
        end = n.first if after else rise.first
        subjects = [c for c in r.hits("numbers.count_nouns", "numbers.toll_nouns") if c.last <= end]
        if not subjects:
            continue
        head = subjects[-1]
        if head.label == "numbers.toll_nouns":
            return True
        outcome = next((m for m in r.hits(*OUTCOME_CLASSES) if head.last <= m.first < end), None)
        if outcome is not None:
            return outcome.label == "outcomes.killed"
        return end - head.last <= 1  # "the number had risen to 50": the toll the report follows
    return False


def _superseded(r: Reading, n: Number) -> bool:
    cs = r.clause_start(n.first)
    for m in r.hits("numbers.earlier_figure"):
        if cs <= m.first and m.last <= n.first:
            return True
        if n.last <= m.first <= n.last + EARLIER_AFTER and r.same_clause(n.last - 1, m.first):
            return True
    return False


SPAN_REACH = 1  # tokens between a "last" word and the count of a span ("the past 24 hours", "son 24 saatte")


def _over_a_span(r: Reading, n: Number) -> bool:
    """ "have killed 15 people since Wednesday", "47 killed in the past 24 hours", "son 24 saatte 9 kişi":
    a figure of a clause that counts over a span of days or hours (a "since" word right before a day,
    or a `modality.recalled` word right after it, as verb-final languages put it; a "last" word with a
    count of time units) sums several acts: it is the article's figure only when it gives no other."""
    cs, ce = _clause_with_its_phrases(r, n.first)

    def inside(m) -> bool:
        return cs <= m.first and m.last <= ce

    units = [u for u in r.hits("numbers.units") if inside(u)]
    previous = r.hits("relative_dates.previous")
    for m in numbers_in(r):
        if m is n or not any(u.first == m.last for u in units) or not (m.value > 1 or r.is_number(m.first)):
            continue
        unit = next(u for u in units if u.first == m.last)
        if any(0 <= m.first - p.last <= SPAN_REACH or p.first == unit.last for p in previous):
            return True
    since = [m for m in r.hits("relative_dates.since") if inside(m)]
    recalled = [m for m in r.hits("modality.recalled") if inside(m)]
    if not since and not recalled:
        return False
    from datetime import date

    from extractors.events.dates import dates_in

    return any(
        any(m.last == d.first for m in since) or any(m.first == d.last for m in recalled)
        for d in dates_in(r, date.today())
        if d.precision == "day" and inside(d)
    )


PHRASE_CLAUSE = 6  # tokens of a clause that is only a phrase of time ("In the past 24 hours,")


def _clause_with_its_phrases(r: Reading, k: int) -> tuple[int, int]:
    """The tokens of the clause holding token k, with the short clauses right before and after it
    that hold no act and no outcome word (a phrase of time parted from it by a comma or a connector)."""
    bounds = sorted({0, *r.clause_starts, len(r.tokens)})
    i = max(j for j, b in enumerate(bounds[:-1]) if b <= k)
    lo, hi = bounds[i], bounds[i + 1]
    acts = r.hits("triggers", "generic_violence", *OUTCOME_CLASSES)

    def phrase(a: int, b: int) -> bool:
        return b - a <= PHRASE_CLAUSE and not any(a <= m.first < b for m in acts)

    if i > 0 and phrase(bounds[i - 1], lo):
        lo = bounds[i - 1]
    if i + 2 < len(bounds) and phrase(hi, bounds[i + 2]):
        hi = bounds[i + 2]
    return lo, hi


def _partitive(r: Reading, a: Number, b: Number) -> bool:
    """ "12 herders, three of them children", "including three children": b is part of a."""
    return any(
        a.last <= m.first and m.last <= b.first + 3 and m.first <= b.last + 2
        for m in r.hits("numbers.partitive")
    )


def _joined(r: Reading, a: Number, b: Number, numbers: list[Number], a_killed: bool) -> bool:
    """Are counts a and b (b after a) items of one list? A comma or a list joiner stands right before
    b (or its qualifier), no reporting verb or connector between them; an outcome word between them is
    a's own killed word with a joiner after it ("30 pupils were killed, along with four staff")."""
    if _partitive(r, a, b) or not (
        (_counts_people(r, a) or (a_killed and _elliptical(r, a)))
        and (_counts_people(r, b) or _outcome_next(r, b) or (a_killed and _elliptical(r, b)))
    ):
        return False
    lo, hi = a.last, b.first
    lead = hi
    for q in r.hits("numbers.qualifiers"):
        if q.last == hi and q.first >= lo:
            lead = q.first
    # (one word may stand between the joiner and the count: "a woman and her two children")
    joiner = next(
        (j for j in r.hits("numbers.list_joiners") if lead - 1 <= j.last <= lead and j.first >= lo), None
    )
    comma = "," in r.text[r.tokens[lead - 1].end : r.tokens[lead].start] if lo < lead else False
    if joiner is None and not comma:
        return False
    if any(lo <= m.first < hi for m in r.hits("reporting_verbs")):
        return False
    if any(
        0 <= m.first - b.last <= SPEAKER_AFTER
        and not any(ch in r.text[r.tokens[b.last - 1].end : m.start] for ch in ",;:")
        for m in r.hits("reporting_verbs")
    ):
        return False  # "..., a local official said": the speaker, no item of the list
    if any(
        lo <= m.first < hi and (joiner is None or m.first < joiner.first) for m in r.hits("clause_connectors")
    ):
        return False
    outcomes = [m for m in r.hits(*OUTCOME_CLASSES) if lo <= m.first and m.last <= hi]
    if outcomes:
        word = outcomes[-1]
        if (
            a_killed
            and word.label == "outcomes.killed"
            and _elliptical(r, b)
            and not _counts_people(r, b)
            and not any(word.last <= o.first < hi for o in numbers if o.count)
        ):
            return True  # "ten people were killed in Ashim, five in Zilang": the same word left out
        return (
            a_killed
            and joiner is not None
            and word.label == "outcomes.killed"
            and _words_between(r, word.last, lead, numbers) <= LIST_TAIL
            and not any(word.last <= o.first < hi for o in numbers if o.count)
        )
    return _words_between(r, lo, lead, numbers) <= LIST_REACH


def _elliptical(r: Reading, n: Number) -> bool:
    """ "killed four people on Monday and three on Tuesday", "ten in Ashim, five in Zilang": a bare count
    that goes straight on to where or when (a locative or a day word) or ends its clause, its noun and
    its outcome word left out as those of the count before it."""
    if n.last >= len(r.tokens) or n.last in r.clause_starts:
        return True
    return any(m.first == n.last for m in r.hits("locative_prepositions", "relative_dates.weekday_words"))


def _counts_people(r: Reading, n: Number) -> bool:
    """A noun for people follows the number ("12 soldiers", "dozens of bystanders")."""
    return any(0 <= a.first - n.last <= 2 for a in _people(r))


def _outcome_next(r: Reading, n: Number) -> bool:
    """An outcome word follows the number at once or after one word ("and three others killed")."""
    return any(0 <= m.first - n.last <= 1 for m in r.hits(*OUTCOME_CLASSES))


def _list_outcomes(
    r: Reading, numbers: list[Number], outcomes: list[str | None]
) -> tuple[list[str | None], list[bool]]:
    """Counts of one list share its outcome word: "eleven marines, one sailor and dozens of
    bystanders" were all killed, "two policemen and three traders were killed" both. Returns the
    outcomes and, per count, whether it is joined to the count before it."""
    out = list(outcomes)
    joined = [False]
    for k in range(1, len(numbers)):  # left to right: "ten killed in A, five in B and four in C"
        joined.append(_joined(r, numbers[k - 1], numbers[k], numbers, out[k - 1] == "killed"))
        if joined[k] and out[k] is None and out[k - 1] == "killed":
            out[k] = "killed"
    for _ in range(2):
        for k in range(len(numbers)):
            if out[k] is not None:
                continue
            if (k > 0 and joined[k] and out[k - 1] == "killed") or (
                k + 1 < len(numbers) and joined[k + 1] and out[k + 1] == "killed"
            ):
                out[k] = "killed"
    return out, joined


def _article_one(r: Reading, n: Number) -> bool:
    """ "une frappe", "a raid": a word for one is an article unless a noun for people follows it
    ("un soldat", "a farm worker") or stands right before it; a speaker's noun ("a statement", "an
    official said") is none."""
    if n.value != 1 or r.is_number(n.first):
        return False
    if any(m.last == n.first for m in r.hits("numbers.part_of")):
        return True  # "three members of one family": the one is no figure
    people = _people(r)
    if any(a.first in (n.last, n.last + 1) for a in people):
        return False
    # a noun for people written right before it: the number follows its noun ("askari mmoja",
    # "جندي واحد"); a comma between ("the villagers, one of them a child") is another phrase
    gap = r.text[r.tokens[n.first - 1].end : r.tokens[n.first].start] if n.first > 0 else ","
    return not (not gap.strip() and any(a.last == n.first for a in people))


def _people(r: Reading) -> list:
    """Nouns for people of the pack (not a speaker's noun, "a statement", nor a pronoun)."""
    return [a for a in r.hits("actors") if a.label not in ("actors.government", "actors.self_reference")]


def _parts_of_groups(r: Reading, numbers: list[Number]) -> list[Number]:
    """ "three of the 30 attackers": one figure of three (the 30 are the group it is taken from);
    "12 of the 20 dead": the 20 are the figure, the 12 a part of them."""
    out: list[Number] = []
    skip: set[int] = set()
    killed_after = {m.first for m in r.hits(*OUTCOME_CLASSES)}
    for k, a in enumerate(numbers):
        if k in skip:
            continue
        b = numbers[k + 1] if k + 1 < len(numbers) else None
        if b is not None and any(p.first == a.last and p.last == b.first for p in r.hits("numbers.part_of")):
            skip.add(k + 1)
            if b.last in killed_after:
                out.append(b)  # the outcome word is the group's: "the 20 dead"
            else:
                out.append(Number(a.value, a.first, b.last, a.vague))
            continue
        out.append(a)
    return out


def _war_toll(r: Reading, n: Number) -> bool:
    """ "The ministry says more than 30,000 people have been killed in Gaza": a figure of a war's size
    in a sentence that names no act of a kind, no day and no armed actor is the war's toll, no
    event's (an event that kills a thousand names its act or its doer)."""
    if n.value < WAR_TOLL_MIN or r.hits("triggers"):
        return False
    from datetime import date

    from extractors.events.actors import actors_in
    from extractors.events.dates import dates_in

    if any(a.armed for a in actors_in(r)):
        return False
    return not any(d.precision == "day" for d in dates_in(r, date.today()))


def _changes(r: Reading, numbers: list[Number]) -> list[tuple[Number, Number]]:
    """ "the death toll rose from 10 to 12": a range-shaped pair after a toll, rise or count word is
    a change of the figure, the earlier value first."""
    return [(a, b) for a, b, change in _ranges(r, numbers) if change]


def _range_uppers(r: Reading, numbers: list[Number]) -> set[int]:
    return {b.first for _, b, change in _ranges(r, numbers) if not change}


def _ranges(r: Reading, numbers: list[Number]) -> list[tuple[Number, Number, bool]]:
    """ "15 to 20 people", "between 10 and 12", "10-12 morts", "entre 10 et 12": a range, of which
    ACLED counts the lower figure (its most conservative estimate). The upper figure follows the lower
    one across a range word (`numbers.range_words`), a dash, or a list joiner after a range opener
    (`numbers.range_openers`) right before the lower one. After a toll, rise, count or earlier-figure
    word the pair is no range but a change (`_changes`)."""
    out: list[tuple[Number, Number, bool]] = []
    qualifiers = r.hits("numbers.qualifiers")
    for a, b in zip(numbers, numbers[1:], strict=False):
        if a.value >= b.value or b.first < a.last:
            continue
        lead = min([a.first, *(q.first for q in qualifiers if q.last == a.first)])
        guards = r.hits(
            "numbers.toll_nouns", "numbers.rises", "numbers.count_nouns", "numbers.earlier_figure"
        )
        change = any(0 <= lead - g.last <= 3 for g in guards)
        gap = r.text[r.tokens[a.last - 1].end : r.tokens[b.first].start]
        lo, hi = a.last, b.first
        if any(q.last == hi and q.first >= lo for q in qualifiers):
            hi = min(q.first for q in qualifiers if q.last == hi and q.first >= lo)
        word = any(m.first == lo and m.last == hi for m in r.hits("numbers.range_words"))
        opened = any(m.first == lo and m.last == hi for m in r.hits("numbers.list_joiners")) and any(
            m.last == lead for m in r.hits("numbers.range_openers")
        )
        if word or opened or gap.strip() in ("-", "\u2013"):
            out.append((a, b, change))
    return out


# ---------------------------------------------------------------- figures


@per_reading
def figures_in(r: Reading) -> list[DeathFigure]:
    """The death figures of a reading, in text order."""
    every = numbers_in(r)
    total = running_total_start(r)
    if (
        total is not None
    ):  # "..., bringing the toll since the war began to 30,000": the war's, not the event's
        every = [n for n in every if n.first < total]
    numbers = _parts_of_groups(r, [n for n in every if n.count and not _article_one(r, n)])
    uppers = _range_uppers(r, numbers)
    numbers = [n for n in numbers if n.first not in uppers and not _war_toll(r, n)]
    context = numbers + [n for n in every if not n.count]
    outcomes, joined = _list_outcomes(r, numbers, [_outcome_of(r, n, context) for n in numbers])
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
    out = _changed(r, numbers, out)
    if not out:
        one = _one_dead(r, every)
        if one is not None:
            out.append(one)
    return out


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
    return None


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
    tolls = [f.value for f in current if f.kind == "toll"]
    if tolls:
        return max(tolls)
    listed = len(current) > 1 and all(
        b.joined and b.first > a.first for a, b in zip(current, current[1:], strict=False)
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


# ---------------------------------------------------------------- figures given day by day

DAY_REACH = (
    6  # tokens from a figure to the day it is given for ("four killed on Friday", "three on Saturday")
)


def day_split(r: Reading, span: tuple[int, int], published) -> list[tuple[int, object]]:
    """ "The fighting lasted three days: four killed on Friday, three on Saturday": a clause
    whose every current figure is followed by a day of its own (distinct days) gives one figure per
    day; ACLED codes each day as an event of its own. Pairs of (deaths, dates.DateExpression) in text
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
    sides = each_sides_dead(counted)
    if sides is not None:
        return sides[0].fatalities + sides[1].fatalities
    best = max(counted, key=lambda c: c.fatalities)
    rivals = [c for c in counted if c.sentence.index != best.sentence.index and _conflicting(best, c)]
    return min([best, *rivals], key=lambda c: c.fatalities).fatalities


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
