"""Figures that go together, for `fatalities.figures_in`: lists (`_joined`, `_list_outcomes`,
LIST_REACH, LIST_TAIL), partitives (`_partitive`, `_parts_of_groups`), elliptical lists ("ten in
A, five in B": `_elliptical`), counts of people (`_counts_people`, `_people`, `_article_one`,
`_outcome_next`), war tolls (`_war_toll`), changes (`_changes`) and ranges (the lower figure:
`_ranges`, `_range_uppers`).
"""

from __future__ import annotations

from extractors.events.figure_reach import (
    LIST_REACH,
    LIST_TAIL,
    OUTCOME_CLASSES,
    SPEAKER_AFTER,
    _words_between,
)
from extractors.events.modality import WAR_TOLL_MIN
from extractors.events.numbers import Number
from extractors.events.reading import Reading


def _partitive(r: Reading, a: Number, b: Number) -> bool:
    """ "12 herders, three of them children", "including three children": b is part of a."""
    return any(
        a.last <= m.first and m.last <= b.first + 3 and m.first <= b.last + 2
        for m in r.hits("numbers.partitive")
    )


def _joiner_clitic(r: Reading, k: int) -> bool:
    """JOINER_CLITIC_ON_COUNT: token k opens with a list joiner of the pack written as its clitic
    (Arabic "و" in "وثلاثة": and three), the rest of it two letters or more: a next count so joined is
    an item of the list ("قتل خمسة جنود وثلاثة مسلحين": five soldiers and three gunmen, 8), and so is a
    victim's word after a first victim (`fatalities._second_victim`: PAIR_OF_VICTIMS)."""
    pack = r.pack
    text = r.tokens[k].text
    for p in (pack.data.get("clitics") or {}).get("prefixes") or []:
        if (
            text.startswith(p)
            and len(text) - len(p) >= 2
            and pack.find(pack.tokens(p), ("numbers.list_joiners",))
        ):
            return True
    return False


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
    if joiner is None and not comma and not _joiner_clitic(r, lead):
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
    if _one_dead_noun(r, n) or _one_of_them(r, n):
        return False
    people = _people(r)
    if any(a.first in (n.last, n.last + 1) for a in people):
        return False
    # a noun for people written right before it: the number follows its noun ("askari mmoja",
    # "جندي واحد"); a comma between ("the villagers, one of them a child") is another phrase
    gap = r.text[r.tokens[n.first - 1].end : r.tokens[n.first].start] if n.first > 0 else ","
    return not (not gap.strip() and any(a.last == n.first for a in people))


def _counts_objects(r: Reading, n: Number) -> bool:
    """OBJECT_COUNT: a number whose noun is a thing (`numbers.objects`: "burned ten houses", "20
    maisons", noun-first "nyumba kumi") counts no people: it is no death figure, however near a
    killed word ("torched 20 homes and killed villagers"). OBJECT_AFTER_OF: a partitive word
    (`numbers.part_of`) may stand between them ("une dizaine de maisons", "dozens of shops")."""
    ofs = {m.last for m in r.hits("numbers.part_of") if m.first == n.last}
    for m in r.hits("numbers.objects"):
        if m.first == n.last or m.first in ofs:
            return True
        if m.last == n.first and not r.text[r.tokens[m.last - 1].end : r.tokens[n.first].start].strip():
            return True  # the number follows its noun ("nyumba kumi", "magari 20")
    return False


def _one_of_them(r: Reading, n: Number) -> bool:
    """ONE_OF_THEM: a word for one right before a partitive "of" (`numbers.part_of`, `numbers.partitive`)
    or a pronoun for a group written with it ("killing one of them", "tuant l'un d'eux", "matando a
    uno de ellos", "один из них погиб") counts a person of that group: no article."""
    if any(m.first == n.last for m in r.hits("numbers.part_of", "numbers.partitive")):
        return True
    return any(a.first == n.last and a.label == "actors.self_reference" for a in r.hits("actors"))


def _one_dead_noun(r: Reading, n: Number) -> bool:
    """ONE_DEAD: a word for one right before a killed noun counts it ("a fait un mort", "dejó un
    muerto", "fez um morto", "one dead"), unless the noun is a toll's ("a death toll of 12") or a
    genitive follows it (a body of people: "un cuerpo de élite", "corpo de bombeiros")."""
    if any(t.first == n.last for t in r.hits("numbers.toll_nouns")):
        return False
    for m in r.hits("outcomes.killed"):
        if m.first == n.last:
            return not any(g.first == m.last for g in r.hits("agent_genitives", "numbers.part_of"))
    return False


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


def _range_pairs(r: Reading, numbers: list[Number]) -> dict[int, Number]:
    """A range's lower figure (its first token) -> its upper figure."""
    return {a.first: b for a, b, change in _ranges(r, numbers) if not change}


def _opened_range(r: Reading, lead: int, lo: int, hi: int) -> bool:
    """A list joiner between two figures (tokens `lo`..`hi`) after a range opener before the lower
    one (`lead`) makes a range. OPENER_REACH: one word may stand between the opener and the lower
    figure, no punctuation (an article, "tra i dieci e i quindici"; noun-first, the counted noun,
    "kati ya watu kumi na kumi na watano"); the same word may stand again between the joiner and
    the upper figure ("e i quindici")."""
    openers = [m.last for m in r.hits("numbers.range_openers")]
    if lead in openers:
        between = None
    elif lead - 1 in openers and r.text[r.tokens[lead - 2].end : r.tokens[lead - 1].start].strip() == "":
        between = r.tokens[lead - 1].folded
    else:
        return False
    for m in r.hits("numbers.list_joiners"):
        if m.first != lo:
            continue
        if m.last == hi:
            return True
        if between is not None and m.last == hi - 1 and r.tokens[hi - 1].folded == between:
            return True
    return False


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
        words = r.hits("numbers.range_words")
        # RANGE_WORD_OVER_QUALIFIER: a range word that is also a qualifier ("до": to / up to) is
        # the range's word, not the upper figure's qualifier ("от трёх до пяти" 3)
        word = any(m.first == lo and m.last == hi for m in words)
        if not word and any(q.last == hi and q.first >= lo for q in qualifiers):
            hi = min(q.first for q in qualifiers if q.last == hi and q.first >= lo)
            word = any(m.first == lo and m.last == hi for m in words)
        opened = _opened_range(r, lead, lo, hi)
        if word or opened or gap.strip() in ("-", "\u2013"):
            out.append((a, b, change))
    return out
