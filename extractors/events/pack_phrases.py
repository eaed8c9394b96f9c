"""What normalising and phrase matching need of no pack (the base of `language_pack.py`): `fold`, the
word pattern (`_WORD`), the lemmatiser (`_lemma`: simplemma over `pack_store`'s tries, LEMMA_DICTIONARIES)
and the stemmer, `Token`, `PhraseMatch`, compiled phrases (`_Element`, `_Phrase`, GAPS), the matcher of
one phrase at one token (`_match_at`, `_element_ok`; a time aside skipped: `_skipped`), OPEN_BUCKETS
(`_open_buckets`) and every phrase of a pack's data (`_leaves`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, NamedTuple

import regex

from extractors.events.pack_schema import _NOT_PHRASES

# Marks and letters written several ways in news text, read as one (escapes keep this file ASCII).
_FOLD = str.maketrans(
    {
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
        "\u0640": None,  # Arabic tatweel
        "\u0307": None,  # combining dot above, left by lower-casing a Turkish dotted capital I
    }
)  # fmt: skip
# A word: letters, marks and digits of any script, with inner apostrophes ("l'armée", "İdlib'de").
# Hyphens split words: "cease-fire" is two tokens, so a pack lists "cease fire" (and "ceasefire").
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*")


def fold(word: str, variants: dict[int, str] | None = None) -> str:
    """Lower-case, NFC, one apostrophe; then the pack's `letter_variants` (one spelling of letters
    written two ways, as Romanian and Turkish s/t with cedilla or comma below)."""
    out = unicodedata.normalize("NFC", word.translate(_FOLD).lower().translate(_FOLD))
    return out.translate(variants) if variants else out


class Token(NamedTuple):
    """One word of a text (a named tuple: creating one takes ~2.5x less CPU than a frozen dataclass
    of the same fields, 370 vs 930 ns a token by `time.process_time` over 300k, load 0.6, round 8;
    a text has hundreds)."""

    text: str  # as written
    start: int  # character offsets in the text
    end: int
    folded: str  # fold(text), clitic split off when the pack knows the rest
    key: str  # match key (lemma + stem of `folded`)


@dataclass(frozen=True)
class PhraseMatch:
    label: str  # dotted class: "triggers.Battles.Armed clash", "outcomes.killed", "demonyms"
    phrase: str  # the pack's phrase as written
    first: int  # token indexes [first, last)
    last: int
    start: int  # character offsets
    end: int
    value: Any = None  # for mappings (vague numbers, demonyms): the mapped value
    asides: tuple[int, ...] = ()  # token indexes of a time aside inside the phrase (TIME_ASIDES)


_NEW = object.__new__
_SET = object.__setattr__


def phrase_match(label: str, phrase: str, first: int, last: int, start: int, end: int, value: Any = None,
                 asides: tuple[int, ...] = ()) -> PhraseMatch:  # fmt: skip
    """`PhraseMatch(label, phrase, first, last, start, end, value, asides)`, made without the frozen
    dataclass's `__init__` (eight `object.__setattr__` calls): its `__dict__` set at once, in the fields'
    order, so the match is equal to, hashes and prints as the one the constructor makes (`find` makes
    hundreds an article: 2-3x cheaper each)."""
    m = _NEW(PhraseMatch)
    _SET(m, "__dict__", {"label": label, "phrase": phrase, "first": first, "last": last, "start": start,
                         "end": end, "value": value, "asides": asides})  # fmt: skip
    return m


@dataclass(frozen=True)
class _Element:
    kind: str  # "key" | "exact" | "prefix" | "suffix" | "gap" | "elided" (a clitic on the next word)
    text: str = ""
    max_gap: int = 1
    but: frozenset[str] = frozenset()  # OWN_KEYS words a wildcard does not take (tr "*ecek": "yiyecek")


@dataclass(frozen=True)
class _Phrase:
    elements: tuple[_Element, ...]
    label: str
    phrase: str
    value: Any = None


# TOKEN_STARTS: (the one-word phrases a token is, (phrase, its elements after the first, the key
# of its second element or None) of the longer phrases it opens)
_Starts = tuple[tuple[_Phrase, ...], tuple[tuple[_Phrase, tuple[_Element, ...], str | None], ...]]


@cache
def _stemmer(name: str):
    import snowballstemmer

    return snowballstemmer.stemmer(name)


# simplemma keeps 8 language dictionaries by default: a run over reports in more languages would
# drop and reload them (seconds each) as the languages alternate. One per pack is kept instead.
LEMMA_DICTIONARIES = 64


@cache
def _lemmatizer():
    """simplemma over its dictionaries kept as tries on disk (`pack_store`): opening a language's
    dictionary takes milliseconds instead of seconds."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    from extractors.events.pack_store import lemma_dictionary_factory

    factory = lemma_dictionary_factory(LEMMA_DICTIONARIES)
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))


@lru_cache(maxsize=50_000)
def _lemma(word: str, lang: str) -> str:
    try:
        return _lemmatizer().lemmatize(word, lang=lang).lower()
    except ValueError:
        return word


# Gaps in a phrase: `_` one word, `__` up to three, `...` up to ten (a German or Dutch separable
# verb whose particle closes the clause: "nahm am Sonntag in München zwei Männer fest")
GAPS = {"_": 1, "__": 3, "...": 10}


def _open_buckets(open_phrases: list[_Phrase]) -> dict[tuple[str, str], list[_Phrase]]:
    """OPEN_BUCKETS: phrases opening with a wildcard or an exact form, by what a token must have."""
    buckets: dict[tuple[str, str], list[_Phrase]] = {}
    for p in open_phrases:
        head = p.elements[0]
        where = {"prefix": ("p", head.text[:1]), "suffix": ("s", head.text[-1:]), "exact": ("e", head.text)}[
            head.kind
        ]
        buckets.setdefault(where, []).append(p)
    return buckets


def _element_ok(element: _Element, tok: Token) -> bool:
    if element.kind == "key":
        return tok.key == element.text
    if element.kind == "exact":
        return tok.folded == element.text
    if element.kind == "prefix":
        return tok.folded.startswith(element.text) and tok.folded not in element.but
    return tok.folded.endswith(element.text) and tok.folded not in element.but


def _match_at(
    elements: Sequence[_Element],
    tokens: Sequence[Token],
    i: int,
    asides: dict[int, tuple[int, ...]] | None = None,
) -> int | None:
    """Token index after the phrase when it matches at token i (gaps tried shortest first; a time
    aside between two of its words skipped when the next word is not there)."""
    if not elements:
        return i
    head, rest = elements[0], elements[1:]
    if head.kind == "elided":
        # ELIDED_CLITIC: a clitic the phrase writes as a word ("menacer d'") is written onto the next
        # word of the text ("menacé d'attaquer"), whose token has it split off: it takes no token
        if i >= len(tokens) or not fold(tokens[i].text).startswith(head.text):
            return None
        return _match_at(rest, tokens, i, asides) if rest else i
    if head.kind == "gap":
        for skip in range(1, head.max_gap + 1):
            if i + skip <= len(tokens):
                end = _match_at(rest, tokens, i + skip, asides)
                if end is not None:
                    return end
        return None
    if i >= len(tokens) or not _element_ok(head, tokens[i]):
        return None
    if not rest:
        return i + 1
    end = _match_at(rest, tokens, i + 1, asides)
    if end is None and asides and i + 1 in asides:
        for after in asides[i + 1]:
            end = _match_at(rest, tokens, after, asides)
            if end is not None:
                break
    return end


def _skipped(
    phrase: _Phrase, tokens: Sequence[Token], i: int, end: int, asides: dict[int, tuple[int, ...]]
) -> tuple[int, ...]:
    """The tokens of time asides inside a match (none when the phrase matches without one)."""
    if not asides or _match_at(phrase.elements, tokens, i) == end:
        return ()
    covered = {k for a, ends in asides.items() if i < a < end for k in range(a, ends[-1])}
    return tuple(sorted(k for k in covered if k < end))


def _leaves(data: dict[str, Any], path: str = "") -> Iterator[tuple[str, str, Any]]:
    """(dotted label, phrase, mapped value) of every phrase in a pack."""
    for key, value in data.items():
        where = f"{path}.{key}" if path else str(key)
        if where in _NOT_PHRASES:
            continue
        if isinstance(value, list):
            for item in value:
                if isinstance(item, str):
                    yield where, item, None
        elif isinstance(value, dict):
            if where in ("numbers.vague", "numbers.words", "demonyms", "place_words.compass",
                         "place_words.distance_units"):  # fmt: skip
                for phrase, mapped in value.items():
                    yield where, str(phrase), mapped
            else:
                yield from _leaves(value, where)
