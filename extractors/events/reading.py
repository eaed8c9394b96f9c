"""A sentence read with its language pack: its tokens, every pack phrase in it, its clauses.

Every rule of the coder asks a `Reading` rather than the text: "is there a word of class
`outcomes.killed` within three tokens after token 7, in the same clause?". Word classes come
from the language pack (`lexicon.py`); what is a clause is punctuation (`,;:` dashes, brackets,
quotes: the same in every script this project reads) plus the pack's `clause_connectors`; a short
date between two commas is an aside that cuts nothing (ASIDES).
A sentence is read once per process (`read`, cached): the coder asks it many questions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from typing import TypeVar

import regex

from extractors.events.language_pack import LanguagePack
from extractors.events.lexicon import load_pack
from extractors.events.pack_phrases import PhraseMatch, Token

# Punctuation between two tokens that ends a clause (Latin, Arabic and CJK marks alike).
_CLAUSE_MARKS = regex.compile(
    r"[,;:()\[\]\u2014\u2013\u060c\u061b\uff0c\u3001\"\u201c\u201d\u00ab\u00bb]| - "
)
_DIGITS = regex.compile(r"\d+")

DEFAULT_LANGUAGE = "en"

T = TypeVar("T")


@dataclass
class Reading:
    text: str
    pack: LanguagePack
    tokens: list[Token]
    matches: list[PhraseMatch]
    clause_starts: list[int]  # token indexes where a clause begins (0 first)
    _by_label: dict[str, list[PhraseMatch]] = field(default_factory=dict, repr=False)
    memo: dict[tuple, object] = field(default_factory=dict, repr=False, compare=False)  # per_reading
    # every dotted prefix of a match's label -> its matches in text order (built at the first `hits`)
    _by_prefix: dict[str, list[PhraseMatch]] | None = field(default=None, repr=False, compare=False)
    # classes asked together -> their matches merged in text order (`hits` of several classes)
    _merged: dict[tuple[str, ...], tuple[PhraseMatch, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    # ---- classes
    def hits(self, *labels: str) -> list[PhraseMatch]:
        """Matches of the classes named (dotted labels or their prefixes), in text order."""
        index = self._by_prefix
        if index is None:
            index = self._by_prefix = {}
            for m in self.matches:
                parts = m.label.split(".")
                for k in range(1, len(parts) + 1):
                    index.setdefault(".".join(parts[:k]), []).append(m)
        if len(labels) == 1:
            return list(index.get(labels[0], ()))
        # several classes: merged in text order once per reading (the rules ask the same sets again)
        merged = self._merged.get(labels)
        if merged is None:
            out: list[PhraseMatch] = []
            for label in labels:
                out.extend(index.get(label, ()))
            out.sort(key=lambda m: (m.first, -(m.last - m.first)))
            merged = self._merged[labels] = tuple(out)
        return list(merged)

    def has(self, label: str, first: int, last: int) -> bool:
        """Does a phrase of the class lie within tokens [first, last)?"""
        return any(m.first >= first and m.last <= last for m in self.hits(label))

    def within(self, label: str, first: int, last: int) -> list[PhraseMatch]:
        return [m for m in self.hits(label) if m.first >= first and m.last <= last]

    # ---- clauses
    def clause_start(self, i: int) -> int:
        """Token index where the clause holding token i begins."""
        start = 0
        for c in self.clause_starts:
            if c <= i:
                start = c
            else:
                break
        return start

    def clause_end(self, i: int) -> int:
        """Token index after the clause holding token i."""
        for c in self.clause_starts:
            if c > i:
                return c
        return len(self.tokens)

    def same_clause(self, i: int, j: int) -> bool:
        a, b = sorted((i, j))
        return not any(a < c <= b for c in self.clause_starts)

    def break_between(self, i: int, j: int) -> bool:
        return not self.same_clause(i, j)

    def gap_without_days(self, lo: int, hi: int) -> int:
        """DAY_IN_THE_GAP: the tokens from `lo` to `hi` (negative when `hi` comes first), a day named in
        between not counted: a verb-first clause names its day between its doer and its object ("قتلت
        القوات الإسرائيلية يوم الثلاثاء شابا": killed the Israeli forces on Tuesday a young man), and
        "a tué mardi soir un homme" is as near as "a tué un homme"."""
        if hi < lo:
            return hi - lo
        days = {k for d in self.hits("relative_dates") for k in range(d.first, d.last)}
        # DAY_NAME_IN_THE_GAP: the pack's time asides too (TIME_ASIDES), whose weekday names come from
        # the locale data, no pack phrase: es "el martes" is one day, not its article "el" alone
        asides = self.memo.get(("time_asides",))
        if asides is None:
            asides = self.memo[("time_asides",)] = self.pack.time_asides(self.tokens)
        for i, ends in asides.items():
            if lo <= i < hi:
                days.update(range(i, max(ends)))
        return sum(1 for k in range(lo, hi) if k not in days)

    # ---- offsets
    def token_at(self, offset: int) -> int:
        """Index of the token at or after a character offset (len(tokens) past the end)."""
        for k, t in enumerate(self.tokens):
            if t.end > offset:
                return k
        return len(self.tokens)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character offsets of tokens [first, last)."""
        if first >= len(self.tokens) or last <= first:
            return (len(self.text), len(self.text))
        return self.tokens[first].start, self.tokens[last - 1].end

    def is_number(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and bool(_DIGITS.fullmatch(self.tokens[i].text))


def pack_for(language: str | None) -> LanguagePack:
    """The pack of a language; English for none (callers that know the language have its pack)."""
    code = (language or DEFAULT_LANGUAGE).lower().replace("_", "-").split("-")[0]
    pack = load_pack(code)
    if pack is None:
        raise LookupError(code)
    return pack


def has_pack(language: str | None) -> bool:
    code = (language or DEFAULT_LANGUAGE).lower().replace("_", "-").split("-")[0]
    return load_pack(code) is not None


@lru_cache(maxsize=2048)
def read(text: str, language: str | None) -> Reading:
    """The reading of one sentence in a language that has a pack."""
    pack = pack_for(language)
    tokens = pack.tokens(text)
    matches = _without_verb_homographs(pack.find(tokens))
    starts = [0]
    for k in range(1, len(tokens)):
        gap = text[tokens[k - 1].end : tokens[k].start]
        if gap != " " and _CLAUSE_MARKS.search(gap):  # (one space, most gaps, holds no mark)
            starts.append(k)
    starts = _without_asides(text, tokens, matches, starts)
    for m in matches:
        if m.label == "clause_connectors" and m.first > 0 and m.first not in starts:
            starts.append(m.first)
    return Reading(text, pack, tokens, matches, sorted(set(starts)))


def _without_verb_homographs(matches: list[PhraseMatch]) -> list[PhraseMatch]:
    """VERB_HOMOGRAPH: an actor noun's written form inside one of the pack's `verb_forms` phrases is
    that verb's, no actor (Romanian "s-a soldat cu trei morți": resulted in, the participle of "a se
    solda"; "soldat" alone is a soldier). Absent or empty key: the rule is off."""
    verbs = [m for m in matches if m.label == "verb_forms"]
    if not verbs:
        return matches
    return [
        m
        for m in matches
        if not (m.label.startswith("actors.") and any(v.first <= m.first and m.last <= v.last for v in verbs))
    ]


ASIDE_TOKENS = 3  # ", on Friday,", ", يوم الجمعة،", ", le 12 mars,": a short aside between commas
# classes an aside may hold: a day, a number, a preposition; anything else (an actor, a reporting
# verb, a connector: ", police said,", ", however,") keeps the commas as clause marks
ASIDE_CLASSES = ("relative_dates", "numbers", "locative_prepositions", "place_words.leading")


def _without_asides(
    text: str, tokens: list[Token], matches: list[PhraseMatch], starts: list[int]
) -> list[int]:
    """ASIDES: a short date or time between two commas in mid-sentence ("Police, on Friday, fired
    tear gas") does not cut the clause around it: the subject stays with its verb."""
    cuts = sorted(set(starts))
    drop: set[int] = set()
    for a, b in zip(cuts[1:], cuts[2:], strict=False):
        if b - a > ASIDE_TOKENS or not all(
            "," in text[tokens[k - 1].end : tokens[k].start]
            or "\u060c" in text[tokens[k - 1].end : tokens[k].start]
            for k in (a, b)
        ):
            continue
        words = [m for m in matches if a <= m.first < b]
        if all(any(m.label == c or m.label.startswith(c + ".") for c in ASIDE_CLASSES) for m in words):
            drop.update((a, b))
    return [c for c in cuts if c not in drop]


def nearest(matches: Iterable[PhraseMatch], i: int) -> PhraseMatch | None:
    return min(matches, key=lambda m: min(abs(m.first - i), abs(m.last - 1 - i)), default=None)


def per_reading(fn: Callable[..., T]) -> Callable[..., T]:
    """Memoise a function of one reading (and hashable further arguments) on that reading: the
    coder asks the same reading for its numbers, triggers, figures and actors many times."""

    @wraps(fn)
    def memoised(r: Reading, *args: object) -> T:
        key = (fn.__name__, *args)
        if key not in r.memo:
            r.memo[key] = fn(r, *args)
        return r.memo[key]  # type: ignore[return-value]

    return memoised
