"""Numbers in a sentence: digits, number words and vague quantities, in any language with a pack.

- digits, with thousands separators ("1,200", "1.200", "1 200");
- number words: read by `text2num` for the languages it knows (`TEXT2NUM_LANGUAGES`: "twenty-six",
  "cent soixante", "veintidós"), else from the pack's `numbers.words`;
- vague quantities by ACLED's convention from the pack's `numbers.vague` ("dozens" 12, "scores"
  20, "hundreds" 100, "several" 3: see the annotation guide).
A number followed by a `numbers.units` word ("20 km", "30 percent", "15 years old"), written as a
year, or named by a `numbers.labels` word before it ("Brigade 444", "Route 5", "aged between 8 and
12") is no count of people (`Number.count`). A vague word inside a run of number words is part of
that number ("two hundred and five" 205, not 2, 100 and 5); after a word for one it is the whole
quantity, the word its article ("une douzaine" 12, "une centaine" 100).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.events.reading import Reading, per_reading

TEXT2NUM_LANGUAGES = frozenset({"en", "fr", "es", "pt", "de", "it", "nl"})
MAX_WORDS = 5  # longest run of number words read as one number ("one hundred and sixty two")
_DIGITS = regex.compile(r"\d+")
_SUFFIXED = regex.compile(r"(\d+)['\u2019]\p{L}+")  # a case ending after an apostrophe: "17'ye", "30'u"
_ORDINAL = regex.compile(r"(\d{1,2})\p{L}{1,3}\.?")  # digits with a letter ending: "12th", "1er", "3e"
_WORDISH = regex.compile(r"[\p{L}\p{M}]+")
_THOUSANDS_GAP = regex.compile(r"[,.\u00a0\u202f ]")


@dataclass(frozen=True)
class Number:
    value: int
    first: int  # token indexes [first, last)
    last: int
    vague: bool = False
    year: bool = False
    unit: bool = False  # followed by a measure word: no count of people
    ordinal: bool = False  # "12th", "3e", "1er": a day of the month or a rank, no count
    label: bool = False  # named or measured by the word before it: "Brigade 444", "aged 12"

    @property
    def count(self) -> bool:
        return not self.year and not self.unit and not self.ordinal and not self.label


@lru_cache(maxsize=20_000)
def _words_value(words: str, lang: str) -> int | None:
    from text_to_num import text2num

    try:
        return int(text2num(words, lang))
    except (ValueError, TypeError):
        return None


@per_reading
def numbers_in(r: Reading) -> list[Number]:
    """Every number of the reading, in text order (longest reading at each place); read once."""
    toks = r.tokens
    out: list[Number] = []
    taken: set[int] = set()
    lang = r.pack.code
    # vague quantities and the pack's own number words first: they are phrases of the pack
    for label, vague in (("numbers.vague", True), ("numbers.words", False)):
        for m in r.hits(label):
            if m.first in taken or m.value is None:
                continue
            if vague and _inside_number_words(r, m.first, lang):
                continue  # "two hundred": the vague word is a part of the number before it
            if not vague and _starts_number_words(r, m.last, lang):
                continue  # "one hundred and five": text2num reads the whole run
            if not vague and _ends_number_words(r, m.first, lang):
                continue  # "thirty-one": the pack's "one" closes the tens word before it
            try:
                value = int(m.value)
            except (TypeError, ValueError):
                continue
            first = m.first
            if vague and _after_a_word_for_one(r, m.first, lang):
                first = m.first - 1  # "une douzaine", "one thousand": the word for one is part of it
            out.append(Number(value, first, m.last, vague=vague))
            taken.update(range(first, m.last))
    out = _composed(r, out)
    for i, t in enumerate(toks):  # "tjuefem", "tjueen": a tens word and a unit word written as one
        value = None if i in taken else _compound_value(r.pack, t.folded)
        if value is not None:
            out.append(Number(value, i, i + 1))
            taken.add(i)
    wordish = [bool(_WORDISH.fullmatch(t.folded)) for t in toks]
    joined = [k > 0 and r.text[toks[k - 1].end : toks[k].start] in (" ", "-") for k in range(len(toks))]
    i = 0
    while i < len(toks):
        if i in taken:
            i += 1
            continue
        t = toks[i]
        if _DIGITS.fullmatch(t.text):
            j, text = i + 1, t.text
            while (
                j < len(toks)
                and len(toks[j].text) == 3
                and _DIGITS.fullmatch(toks[j].text)
                and _THOUSANDS_GAP.fullmatch(r.text[toks[j - 1].end : toks[j].start])
                and len(text) <= 9
            ):
                text += toks[j].text
                j += 1
            value = int(text)
            year = j == i + 1 and len(t.text) == 4 and 1900 <= value <= 2100
            out.append(Number(value, i, j, year=year))
            i = j
            continue
        suffixed = _SUFFIXED.fullmatch(t.text)
        if suffixed:
            out.append(Number(int(suffixed.group(1)), i, i + 1))
            i += 1
            continue
        ordinal = _ORDINAL.fullmatch(t.text)
        if ordinal:
            out.append(Number(int(ordinal.group(1)), i, i + 1, ordinal=True))
            i += 1
            continue
        if lang in TEXT2NUM_LANGUAGES and wordish[i] and _words_value(t.folded, lang) is not None:
            # a run opens on a number word ("und zwei" is a joiner and 2, not one number)
            hit = None
            # the longest run of words from i, joined by a space or a hyphen, that text2num reads
            run = i + 1
            while run < min(len(toks), i + MAX_WORDS) and wordish[run] and run not in taken and joined[run]:
                run += 1
            for j in range(run, i, -1):
                value = _words_value(" ".join(toks[k].folded for k in range(i, j)), lang)
                if value is not None:
                    hit = (value, j)
                    break
            if hit is not None:
                out.append(Number(hit[0], i, hit[1]))
                i = hit[1]
                continue
        i += 1
    out.extend(_duals_of_persons(r, out))
    units = r.hits("numbers.units")
    labels = r.hits("numbers.labels")
    joiners = r.hits("numbers.list_joiners")
    # a locative preposition between a number and a unit word parts them ("قتل 2 في غارة": two were
    # killed in a raid, no "two raids")
    locatives = (
        {m.first for m in r.hits("locative_prepositions") if m.last == m.first + 1} if units else set()
    )
    prefixed = _locative_clitic_units(r, units)
    marked: list[Number] = []
    for n in sorted(out, key=lambda n: n.first):
        unit = any(u.first not in prefixed
                   and (u.first == n.last or (u.first == n.last + 1 and not r.break_between(n.last, u.first)
                                              and n.last not in locatives))
                   for u in units)  # fmt: skip
        label = (
            any(m.last == n.first for m in labels)
            or _designation(r, n)
            or (
                # "aged between 8 and 12": a number joined to a labelled one is labelled too
                bool(marked)
                and marked[-1].label
                and any(j.first == marked[-1].last and j.last == n.first for j in joiners)
            )
        )
        marked.append(Number(n.value, n.first, n.last, n.vague, n.year, unit, n.ordinal, label))
    return marked


def _locative_clitic_units(r: Reading, units: list) -> set[int]:
    """LOCATIVE_CLITIC: a unit word with a locative preposition of the pack written onto it as a
    clitic (Arabic "بغارة", by a raid: "ب" is both a clitic prefix and a locative preposition) is parted
    from the number before it as the preposition written apart is ("قتل ثلاثة أطفال بغارة": three
    children were killed by a raid, no "three raids"). The token indexes of such unit words."""
    if not units:
        return set()
    pack = r.pack
    clitics = [pack.fold(c) for c in (pack.data.get("clitics") or {}).get("prefixes") or []]
    words = {pack.fold(p) for p in pack.data.get("locative_prepositions") or [] if " " not in p.strip()}
    # the clitic prefixes that hold a locative preposition ("ب", "بال", "وب"), longest first
    prefixes = sorted(
        (c for c in clitics if any(w in c for w in words & set(clitics))), key=len, reverse=True
    )
    if not prefixes:
        return set()
    out: set[int] = set()
    for u in units:
        if u.last != u.first + 1:
            continue
        t = r.tokens[u.first]
        written = pack.fold(t.text)
        listed = pack.fold(u.phrase)
        for p in prefixes:
            # the word the unit entry meets is the prefix's host ("غارة" in "بغارة"), not an entry
            # written with it ("بالمئة", percent)
            if written.startswith(p) and not listed.startswith(p) and len(written) - len(p) >= 2:
                if pack.key(written[len(p) :]) == t.key:
                    out.add(u.first)
                break
    return out


_OUTCOMES = (
    "outcomes.killed",
    "outcomes.killed_one",
    "outcomes.wounded",
    "outcomes.abducted",
    "outcomes.arrested",
)
COMMON_PLURAL = 2.0  # wordfreq zipf from which a sound plural's form is a word of the language


def _duals_of_persons(r: Reading, found: list[Number]) -> list[Number]:
    """DUAL_OF_A_PERSON: a noun for one person (the pack's `one_victim` forms) with a dual ending
    written onto it (`numbers.dual_endings`: Arabic "ان", "ين"; "ة>تان": a final letter replaced) is a
    count of two ("مقتل شرطيين", two policemen killed; "قتل جنديان"), right next to an outcome word
    only (the dual of a student is also the name of the Taliban), with no number beside it. An ending
    written "ين|ون" is also the sound plural's ("مدنيين", civilians): where the plural's other form
    (the noun with "ون": "مدنيون") is a common word of the language (wordfreq), the form may be a
    plural and counts nobody; a noun whose plural is another word ("جنود", soldiers) keeps its dual."""
    duals = _dual_forms(r.pack.code)
    if not duals:
        return []
    counted = {k for n in found for k in range(n.first, n.last)}
    toks = r.tokens
    outcome_ends = {m.last for m in r.hits(*_OUTCOMES)}
    outcome_starts = {m.first for m in r.hits(*_OUTCOMES)}
    out: list[Number] = []
    for i, t in enumerate(toks):
        if t.folded not in duals or i in counted or (i not in outcome_ends and i + 1 not in outcome_starts):
            continue
        if any(k in counted or r.is_number(k) for k in (i - 1, i + 1)):
            continue  # "5 مدنيين": the number counts
        out.append(Number(2, i, i + 1))
    return out


@lru_cache(maxsize=64)
def _dual_forms(code: str) -> frozenset[str]:
    """The folded dual forms of a pack's one-person nouns that are no plural's too."""
    from wordfreq import zipf_frequency

    from extractors.events.reading import pack_for

    pack = pack_for(code)
    endings = (pack.data.get("numbers") or {}).get("dual_endings") or []
    out: set[str] = set()
    for word in pack.data.get("one_victim") or []:
        stem = pack.fold(str(word).lstrip("="))
        if " " in stem or not stem:
            continue
        for ending in endings:
            ending, _, plural = str(ending).partition("|")
            final, _, tail = ending.rpartition(">")
            final, tail = pack.fold(final), pack.fold(tail)
            if final and not stem.endswith(final):
                continue
            base = stem[: len(stem) - len(final)]
            if plural and _common(zipf_frequency, base + plural, code):
                continue  # "مدنيون" is a word: "مدنيين" may be civilians, not two
            out.add(base + tail)
    return frozenset(out)


def _common(zipf_frequency, word: str, code: str) -> bool:
    try:
        return zipf_frequency(word, code) >= COMMON_PLURAL
    except LookupError:  # a language wordfreq does not know: no plural is known to it
        return False


def _designation(r: Reading, n: Number) -> bool:
    """ "F-16 jets", "Su-25", "T-72 tanks", "BM-21": digits hyphened onto letters name a model, no count."""
    if n.first == 0 or not r.is_number(n.first):
        return False
    before = r.tokens[n.first - 1]
    return r.text[before.end : r.tokens[n.first].start] == "-" and bool(_WORDISH.fullmatch(before.text))


MULTIPLIERS = (100, 1000, 1_000_000)


def _composed(r: Reading, found: list[Number]) -> list[Number]:
    """Runs of the pack's number words read as one number: "двадцать пять" 25, "сто двадцать" 120,
    "yüz elli" 150, "dua ratus" 200, "ishirini na tano" 25 (a list joiner between tens and units),
    "خمسة وعشرون" 25 (units before tens). Words add up from the largest down, a hundred or more
    multiplies what stands before it; a run stops where the next word would not continue it."""
    joiners = {m.first for m in r.hits("numbers.list_joiners") if m.last == m.first + 1}
    words = sorted((n for n in found if not n.vague), key=lambda n: n.first)
    out = [n for n in found if n.vague]
    k = 0
    while k < len(words):
        run, total, current, last_added = [words[k]], 0, words[k].value, words[k].value
        if current in MULTIPLIERS:
            total, current, last_added = (current, 0, None) if current >= 1000 else (0, current, None)
        j = k + 1
        while j < len(words):
            prev, n = run[-1], words[j]
            gap = n.first - prev.last
            if gap == 1 and not (prev.last in joiners and _tens_and_units(prev.value, n.value)):
                break
            if gap > 1 or n.first < prev.last:
                break
            v = n.value
            if v in MULTIPLIERS:
                if v >= 1000 and 0 < total + current < v:
                    total, current, last_added = (total + current) * v, 0, None
                elif v == 100 and 0 < current < 100:
                    current, last_added = current * v, None
                else:
                    break
            elif last_added is None or v < last_added or _units_then_tens(last_added, v):
                if last_added is not None and _units_then_tens(last_added, v) and current != last_added:
                    break
                current, last_added = current + v, v
            else:
                break
            run.append(n)
            j += 1
        out.append(Number(total + current, run[0].first, run[-1].last) if len(run) > 1 else run[0])
        k = j
    return sorted(out, key=lambda n: n.first)


def _tens_and_units(a: int, b: int) -> bool:
    return (a >= 20 and a % 10 == 0 and b < 10 and a < 100) or (a % 100 == 0 and a >= 100 and b < 100)


def _units_then_tens(a: int, b: int) -> bool:
    """ "خمسة وعشرون": units before tens, as Arabic writes 21 to 99."""
    return 0 < a < 10 and 20 <= b < 100 and b % 10 == 0


@lru_cache(maxsize=64)
def _pack_words(code: str) -> dict[str, int]:
    from extractors.events.reading import pack_for

    pack = pack_for(code)
    out: dict[str, int] = {}
    for word, value in ((pack.data.get("numbers") or {}).get("words") or {}).items():
        word = str(word).lstrip("=")
        if " " not in word and isinstance(value, int):
            out[pack.fold(word)] = value
    return out


def _compound_value(pack, folded: str) -> int | None:
    """A tens word and a unit word of the pack written as one word ("tjuefem" 25), else None."""
    if len(folded) < 5 or not folded.isalpha():
        return None
    words = _pack_words(pack.code)
    if not words or folded in words:
        return None
    for cut in range(3, len(folded) - 1):
        tens, unit = words.get(folded[:cut]), words.get(folded[cut:])
        if tens is not None and unit is not None and _tens_and_units(tens, unit) and tens < 100:
            return tens + unit
    return None


def _after_a_word_for_one(r: Reading, i: int, lang: str) -> bool:
    if i == 0 or i - 1 in {n for m in r.hits("numbers.vague") for n in range(m.first, m.last)}:
        return False
    before = r.tokens[i - 1].folded
    return lang in TEXT2NUM_LANGUAGES and bool(_WORDISH.fullmatch(before)) and _words_value(before, lang) == 1


def _starts_number_words(r: Reading, j: int, lang: str) -> bool:
    """Does a number word of text2num follow at token j ("one | hundred")?"""
    return (
        lang in TEXT2NUM_LANGUAGES
        and j < len(r.tokens)
        and bool(_WORDISH.fullmatch(r.tokens[j].folded))
        and _words_value(r.tokens[j].folded, lang) is not None
    )


def _ends_number_words(r: Reading, i: int, lang: str) -> bool:
    """COMPOUND_NUMBER_WORDS: a pack number word (en "one") written after a tens word of text2num,
    joined by a hyphen or a space, is that number's last part ("thirty-one" 31, "forty one" 41), not a
    count of its own: text2num reads the pair whole."""
    if lang not in TEXT2NUM_LANGUAGES or i == 0:
        return False
    before, word = r.tokens[i - 1], r.tokens[i]
    if r.text[before.end : word.start] not in (" ", "-") or not _WORDISH.fullmatch(before.folded):
        return False
    tens = _words_value(before.folded, lang)
    whole = _words_value(f"{before.folded} {word.folded}", lang)
    return tens is not None and whole is not None and _tens_and_units(tens, whole - tens) and whole > tens


def _inside_number_words(r: Reading, i: int, lang: str) -> bool:
    """Is token i preceded by a number written in digits or words ("two hundred", "3 dozen")?"""
    if i == 0:
        return False
    before = r.tokens[i - 1]
    if _DIGITS.fullmatch(before.text):
        return True
    value = (
        _words_value(before.folded, lang)
        if lang in TEXT2NUM_LANGUAGES and _WORDISH.fullmatch(before.folded)
        else None
    )
    return value is not None and value != 1  # "une douzaine", "a dozen": an article before the quantity
