"""Words for story linking: content words with corpus-independent weights, and names.

- `content_words(text, lang)`: the heaviest lemmas (`simplemma`; a language it lacks: its
  pack's stem, `_pack_key`) of a text, each weighted by how
  rare the word is in its language (`wordfreq`'s Zipf frequency: `word_weight`), as a unit
  vector; `cosine` compares two. No corpus statistics, so a pair's similarity never depends on
  what else has arrived.
- `names_in(text)`: runs of capitalised words that are no common word of the language (people,
  groups, channels, landmarks), folded to plain letters; `shared_names` counts those two reports
  write alike.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import metadata
from operator import mul

MAX_WORDS = 40
# Content words: letters of any script (with marks), at least this long.
_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_WORD_LETTERS = 3
# Scripts written without spaces between words: compared on letter pairs instead.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f]")
# A word at least this frequent (Zipf scale: 6 = once per thousand words) carries no identity.
WORD_ZIPF_CEILING = 5.5
UNKNOWN_WORD_ZIPF = 1.0  # a word the frequency lists lack (a name, a rare spelling)


@cache
def _frequencies(lang: str) -> _FrequencyTable | None:
    """wordfreq's frequency table of a language (None when it has none)."""
    import wordfreq

    if lang not in wordfreq.available_languages():
        return None
    from extractors.events.pack_store import cached

    version = metadata.version("wordfreq")
    return _FrequencyTable(cached(f"wordfreq-{lang}", version, lambda: _frequency_trie(lang)))


def _frequency_trie(lang: str):
    """`wordfreq.get_frequency_dict(lang)` as a trie of each word's frequency band (a word listed
    in two bands keeps the last, as that dict does): kept on disk (`pack_store.cached`), it loads
    in milliseconds where the dict takes half a second to a second per language in every worker."""
    import marisa_trie
    import wordfreq

    bands: dict[str, int] = {}
    for index, band in enumerate(wordfreq.get_frequency_list(lang)):
        bands.update(dict.fromkeys(band, index))
    return marisa_trie.RecordTrie("<I", ((word, (index,)) for word, index in bands.items()))


class _FrequencyTable:
    """A word's frequency as `wordfreq.get_frequency_dict` gives it (`cB_to_freq` of its band)."""

    def __init__(self, trie) -> None:  # type: ignore[no-untyped-def]
        self._trie = trie

    def get(self, word: str) -> float | None:
        import wordfreq

        found = self._trie.get(word)
        return wordfreq.cB_to_freq(-found[0][0]) if found else None


@lru_cache(maxsize=1 << 17)
def _zipf(word: str, lang: str) -> float:
    table = _frequencies(lang)
    if table is None:
        return UNKNOWN_WORD_ZIPF
    freq = table.get(word)
    if not freq:
        return UNKNOWN_WORD_ZIPF
    return math.log10(freq) + 9.0


@lru_cache(maxsize=1 << 17)
def _lemma(word: str, lang: str) -> str:
    """simplemma's lemma, from the language packs' lemmatizer: the same dictionaries kept as tries on
    disk, which open in milliseconds (simplemma's own `lemmatize` decodes a language's dictionary
    in seconds, in every worker process, and keeps only 8 languages)."""
    from extractors.events.pack_phrases import _lemmatizer

    key = _pack_key(word, lang)
    if key is not None:
        return key
    if lang not in _lemma_languages():
        return word
    try:
        return _lemmatizer().lemmatize(word, lang=lang).casefold()
    except (ValueError, KeyError):
        return word


def _pack_key(word: str, lang: str) -> str | None:
    """The match key of the word in its language's pack (letter variants folded, lemma, then the
    pack's Snowball stem: "بقيفه" and "قيفة", "الغارة" and "غارة" meet); None without a pack."""
    from extractors.events.lexicon import load_pack

    pack = load_pack(lang) if lang else None
    return pack.key(pack.fold(word)) if pack is not None else None


@cache
def _lemma_languages() -> frozenset[str]:
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    return frozenset(SUPPORTED_LANGUAGES)


def word_weight(word: str, lang: str) -> float:
    """A content word's weight: 0 at or above `WORD_ZIPF_CEILING` (function words), rising
    as the word gets rarer; a word the lists lack (names) weighs most."""
    return max(0.0, WORD_ZIPF_CEILING - _zipf(word, lang))


def content_words(
    text: str, lang: str, limit: int = MAX_WORDS, skip: Sequence[tuple[int, int]] = ()
) -> dict[str, float]:
    """The `limit` heaviest content words of `text` (lemmas): weight x (1 + log count),
    normalised to unit length, rounded. Spans in `skip` (the places and countries named, which
    `places` already compares) are left out."""
    if skip:
        chars = list(text)
        for start, end in skip:
            chars[start:end] = " " * (end - start)
        text = "".join(chars)
    counts: Counter[str] = Counter()
    weights: dict[str, float] = {}
    for token in _LETTERS.findall(text.casefold()):
        if _UNSPACED.search(token):
            pieces = [token[i : i + 2] for i in range(len(token) - 1)]
        elif len(token) >= MIN_WORD_LETTERS:
            pieces = [token]
        else:
            continue
        for piece in pieces:
            w = weights.get(piece)
            if w is None:
                w = weights[piece] = word_weight(piece, lang)
            if w > 0:
                counts[_lemma(piece, lang)] += 1
                weights.setdefault(_lemma(piece, lang), w)
    scored = {lemma: weights[lemma] * (1 + math.log(n)) for lemma, n in counts.items()}
    top = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    length = math.sqrt(sum(v * v for _, v in top)) or 1.0
    return {k: round(v / length, 4) for k, v in top}


# A name: a word written with a capital (or all capitals) where it is not the first word of its
# sentence, never written in lower case in the same text, not part of a place or country named.
MIN_NAME_LETTERS = 2
MIN_NAME_MATCH = 4
NAME_ZIPF_CEILING = 4.5
MAX_NAMES = 30
RARE_NAME_ZIPF = 2.0  # rarer than this in English word lists: a name only some places have
RARE_NAME_LETTERS = 5


def names_in(text: str, skip: Sequence[tuple[int, int]] = (), lang: str = "") -> list[str]:
    """The names a report writes (people, groups, channels, landmarks), each a run of
    capitalised words ("Hassan Warsame"), folded to plain letters so that "Macías" and "Macias"
    agree across languages: what a translation keeps as written. A capitalised word counts where
    it does not start a sentence, unless the next word is a name too ("Hassan Warsame said"),
    and never when the text also writes it in lower case, it is a common word of the language
    (`NAME_ZIPF_CEILING`: weekdays, German nouns) or part of a place named."""
    from extractors.events.gazetteer import fold

    lower = {w for w in _LETTERS.findall(text) if w.islower()}
    starts = _sentence_starts(text)
    tokens = []  # (start, end, key, starts a sentence)
    for m in _LETTERS.finditer(text):
        word = m.group(0)
        if not word[:1].isupper() or len(word) < MIN_NAME_LETTERS or word.casefold() in lower:
            continue
        if any(a <= m.start() < b for a, b in skip) or _zipf(word.casefold(), lang) >= NAME_ZIPF_CEILING:
            continue
        tokens.append((m.start(), m.end(), fold(word) or word.casefold(), m.start() in starts))
    groups: list[list[str]] = []
    previous_end = -10
    for i, (start, end, key, first) in enumerate(tokens):
        joined = 0 < start - previous_end <= 1 and text[previous_end:start] in (" ", "-")
        if first:
            follows = i + 1 < len(tokens) and 0 < tokens[i + 1][0] - end <= 1
            if not follows:
                previous_end = -10
                continue
            groups.append([key])
        elif joined and groups:
            groups[-1].append(key)
        else:
            groups.append([key])
        previous_end = end
    counts = Counter(" ".join(g) for g in groups)
    return [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_NAMES]]


def shared_names(a: frozenset[str], b: frozenset[str]) -> tuple[int, bool]:
    """How many names of the shorter list the other writes too (a name matches one sharing a
    word of `MIN_NAME_MATCH` letters or more: "Warsame" is "Hassan Warsame"), and whether what
    they share is specific to one happening: a name written in two words or more by either (a
    person, not a first name every other witness has), two names or more, or one name so rare
    that word lists do not know it (`RARE_NAME_ZIPF`: a market, a village the gazetteer lacks)."""
    if len(a) > len(b):
        a, b = b, a
    words_a, words_b = _name_words(a), _name_words(b)
    common = words_a.keys() & words_b.keys()
    if not common:  # most pairs scored: no name of one is written by the other
        return 0, False
    common = {w for w in common if _one_name_by(w, a, b)}  # OTHER_PERSON_SAME_WORD
    if not common:
        return 0, False
    # a name counts when one of its words both match by (in `words_a` and in `words_b`)
    count = sum(1 for name in a if any(w in common for w in name.split()))
    full = any(words_a[w] or words_b[w] for w in common)
    rare = any(len(w) >= RARE_NAME_LETTERS and _zipf(w, "en") < RARE_NAME_ZIPF for w in common)
    return count, full or count >= 2 or rare


def _one_name_by(word: str, a: frozenset[str], b: frozenset[str]) -> bool:
    """OTHER_PERSON_SAME_WORD: does `word` match one name of each list that can be one name: the
    words of one are all among the other's ("Warsame" and "Hassan Warsame", "Tahrir" and "Tahrir
    Square")? Two full names that share a word and differ in another are two people ("Oleh Barre"
    and "Oleh Duale", a first name or a surname half a town bears): no name in common."""
    names_a = [set(n.split()) for n in a if word in n.split()]
    names_b = [set(n.split()) for n in b if word in n.split()]
    return any(x <= y or y <= x for x in names_a for y in names_b)


@lru_cache(maxsize=1 << 14)  # a report's names are matched against every report it is scored with
def _name_words(names: frozenset[str]) -> dict[str, bool]:
    """The words `shared_names` matches names by, each with whether it comes from a name of two
    words or more (read-only: shared between calls)."""
    out: dict[str, bool] = {}
    for name in names:
        parts = name.split()
        for w in parts:
            if len(w) >= MIN_NAME_MATCH or len(parts) == 1:  # a short name counts whole ("TC")
                out[w] = out.get(w, False) or len(parts) > 1
    return out


def _sentence_starts(text: str) -> set[int]:
    """Offsets of the first word of each sentence, line and quotation."""
    starts = set()
    for m in re.finditer(r"(?:^|[.!?:;\n\"“«(\[]\s*|[.!?]['’\"”»]\s+)([^\W\d_])", text, re.UNICODE):
        starts.add(m.start(1))
    return starts


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two unit-length content-word vectors."""
    if len(a) > len(b):
        a, b = b, a
    # only the words both have (the others add 0.0), in the same order: the same float sum;
    # found and multiplied by C-level iteration (it is asked for every pair of reports scored)
    shared = list(filter(b.__contains__, a))
    return sum(map(mul, map(a.__getitem__, shared), map(b.__getitem__, shared)), 0.0)
