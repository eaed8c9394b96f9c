"""How far a number reaches its outcome word (the base of `fatalities.py` and `figure_lists.py`).

The reach constants (REACH_AFTER, REACH_BEFORE, TOLL_REACH, EARLIER_AFTER, ...; OUTCOME_CLASSES);
words of reach (`_words_between`: COMPACT phrases count one word, a country's name one, reporting
asides none: `_country_names`, `_asides`; a reduced relative none: `_reduced_relative`); `_linked`; `_outcome_of`, the nearest outcome word a
number is linked to ("killed or wounded": `_or_killed`); tolls (`_toll_before`, `_risen_toll`);
earlier figures (`_superseded`); figures over a span of days (`_over_a_span`, SPAN_REACH);
`_clause_with_its_phrases` (PHRASE_CLAUSE).
"""

from __future__ import annotations

from extractors.events.counted_doers import counts_the_doers
from extractors.events.numbers import Number, numbers_in
from extractors.events.pack_phrases import PhraseMatch
from extractors.events.reading import Reading

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
    skip.update(_reduced_relative(r, lo, hi))
    return sum(1 for k in range(lo, hi) if k not in skip)


def _reduced_relative(r: Reading, lo: int, hi: int) -> range:
    """REDUCED_RELATIVE: a clause-less relative between a count and its outcome word (the pack's
    `reduced_relatives`: "two men suspected of stealing a motorcycle were lynched", "three women
    accused of witchcraft were beaten to death") says who the people were; its words, up to the
    last one before the outcome word, are no words of reach."""
    starts = [m.first for m in r.hits("reduced_relatives") if lo < m.first < hi - 1]
    return range(min(starts), hi - 1) if starts else range(0)


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


FINAL_REACH = 12  # words from a figure to an outcome word that closes its clause


def _clause_final(r: Reading, n: Number, m: PhraseMatch, gap: int) -> bool:
    """CLAUSE_FINAL_OUTCOME: an outcome word that closes its clause, the participle a verb-second
    clause puts last ("Dutzende Menschen wurden am Montag bei einem Luftangriff auf ein Dorf in
    Darfur getötet"), reaches the figure that opens that clause across the adjuncts between (up to
    FINAL_REACH words), when no other outcome word stands between them."""
    if gap > FINAL_REACH:
        return False
    k = m.last
    closes = (
        k >= len(r.tokens)
        or k in r.clause_starts
        or any(ch in ",;:.!?" for ch in r.text[r.tokens[k - 1].end : r.tokens[k].start])
    )
    if not closes:
        return False
    starts = {0, *r.clause_starts}
    if not ({n.first, n.first - 1} & starts):  # the figure opens its clause (one word may lead: "at least")
        return False
    return not any(n.last <= o.first < m.first for o in r.hits(*OUTCOME_CLASSES))


def _outcome_of(r: Reading, n: Number, numbers: list[Number]) -> str | None:
    """The outcome class of the nearest outcome word linked to the number."""
    best: tuple[int, str, object] | None = None
    joiners = r.hits("numbers.list_joiners")
    for m in r.hits(*OUTCOME_CLASSES):
        if m.first >= n.last:
            gap = _words_between(r, n.last, m.first, numbers)
            if gap > REACH_AFTER and not _clause_final(r, n, m, gap):
                continue
            if not _linked(r, n.last - 1, m.first, outcome_after=True):
                continue
            if m.label == "outcomes.killed" and counts_the_doers(r, n, m):
                continue  # COUNTED_DOERS: "two gunmen killed a shopkeeper"
            between = (n.last, m.first)
        elif m.last <= n.first:
            gap = _words_between(r, m.last, n.first, numbers)
            if gap > REACH_BEFORE or not _linked(r, m.last - 1, n.first):
                continue
            between = (m.last, n.first)
        elif m.first < n.first and n.last < m.last:
            # GAPPED_OUTCOME: the number inside a gapped outcome phrase is its own ("har kostet minst
            # 15 mennesker livet": cost 15 people their lives)
            gap, between = 0, (n.last, n.last)
        elif (m.first, m.last) == (n.first, n.last):
            # SELF_COUNTING_OUTCOME: one word is the number and its outcome (the Arabic dual of the
            # killed noun, a pack number word: "qatilan" in a blast, two dead)
            gap, between = 0, (n.last, n.last)
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
        if any(between[0] <= j.first < between[1] for j in joiners) or (
            m.first >= n.last and _joined_by_clitic(r, m.first)
        ):
            # a list joiner parts the word from the number: the other part's ("a soldier died and
            # three cops were hurt", noun-first "liliua watu wanne na kujeruhi wengine 12"; a joiner
            # written onto the word, "قتل شخصان وأصيب خمسة": two killed and five wounded)
            score += 2 * REACH_AFTER + 2
        if best is None or score < best[0]:
            best = (score, "negated" if _negated_outcome(r, m) else m.label.split(".", 1)[1], m)
    if best is None:
        return None
    if best[1] == "negated":
        return best[1]
    if best[1] != "killed" and _or_killed(r, best[2]):
        return "killed"
    return best[1]


def _negated_outcome(r: Reading, word) -> bool:
    """NEGATED_OUTCOME: an outcome word right after a negation of the pack (`modality.negation`,
    `outcomes.without`: "burned ten houses without killing anyone", "sin matar a nadie", "bila kuua
    mtu") reports that nobody died: the number it is nearest to is none of its figures (the houses
    are no dead), and no farther outcome word takes that number instead. A negation inside an actor's
    phrase (Indonesian "orang tak dikenal", people not known) negates nothing."""
    actors = r.hits("actors")
    return any(
        g.last == word.first and not any(a.first <= g.first and g.last < a.last for a in actors)
        for g in r.hits("modality.negation", "outcomes.without")
    )


def _joined_by_clitic(r: Reading, k: int) -> bool:
    """Does token k open with a list joiner of the pack written as its clitic (Arabic "و" in
    "وأصيب"), the rest of it a word of its own? JOINER_CLITIC"""
    pack = r.pack
    text = r.tokens[k].text
    prefixes = (pack.data.get("clitics") or {}).get("prefixes") or []
    for p in prefixes:
        rest = text[len(p) :]
        if text.startswith(p) and len(rest) >= 2 and pack.find(pack.tokens(p), ("numbers.list_joiners",)):
            return bool(pack.find(pack.tokens(rest), OUTCOME_CLASSES))
    return False


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
        if not subjects and not after:
            # VERB_FIRST_RISE: "ارتفع عدد قتلى الغارة ... إلى تسعة": the rise verb opens the clause
            # and its subject stands inside the rise phrase, before the figure its "to" word gives
            subjects = [c for c in r.hits("numbers.count_nouns", "numbers.toll_nouns")
                        if rise.first <= c.first and c.last < rise.last]  # fmt: skip
            end = rise.last if subjects else end
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
