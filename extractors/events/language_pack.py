"""`LanguagePack`: one language's vocabulary, normalised once (fold, clitics, lemma, stem: `key`),
and `find`, its phrases matched on a text's tokens (TIME_ASIDES, OPEN_BUCKETS, TOKEN_STARTS; memos
WORD_CACHE, TOKEN_MEMO, STARTS_MEMO); `lemma_of` a word in a pack's language; dateparser's locale
data of a pack (`locale_info`). `lexicon.load_pack` is how a pack is loaded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from extractors.events.pack_phrases import (
    _WORD,
    GAPS,
    PhraseMatch,
    Token,
    _Element,
    _element_ok,
    _leaves,
    _lemma,
    _match_at,
    _open_buckets,
    _Phrase,
    _skipped,
    _Starts,
    _stemmer,
    fold,
)
from extractors.remembered import make_room


def lemma_of(pack: LanguagePack, folded: str) -> str | None:
    """The lemma of a folded word in the pack's language (None when the pack has no lemmatiser)."""
    lemmatizer = str(pack.data.get("lemmatizer") or "none")
    if not lemmatizer.startswith("simplemma"):
        return None
    return _lemma(folded, lemmatizer.partition(":")[2] or pack.data["code"])


WORD_CACHE = 50_000  # words whose folding and key a pack remembers
TOKEN_MEMO = 1_000  # texts whose tokens a pack remembers
STARTS_MEMO = 10_000  # (key, fold) of words whose phrase starts (TOKEN_STARTS) a pack remembers per index


@dataclass
class LanguagePack:
    """One language's vocabulary, normalised once; `find` matches it on a text's tokens."""

    code: str
    data: dict[str, Any]
    _phrases: list[_Phrase] = field(default_factory=list, repr=False)
    _by_key: dict[str, list[_Phrase]] = field(default_factory=dict, repr=False)
    _open: list[_Phrase] = field(default_factory=list, repr=False)  # phrases starting with a wildcard
    _vocab: frozenset[str] = frozenset()
    _word_starts: tuple[str, ...] = ()
    _word_ends: tuple[str, ...] = ()
    _variants: dict[int, str] | None = field(default=None, repr=False)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> LanguagePack:
        """A pack from a mapping already read (tests, tools); `load_pack` is the usual way."""
        pack = cls(str(data.get("code", "")), data)
        pack._index()
        return pack

    # ---- normalising
    def fold(self, word: str) -> str:
        """`fold` with the pack's letter variants; remembered (a text repeats its words)."""
        folds = self.__dict__.setdefault("_folds", {})
        out = folds.get(word)
        if out is None:
            make_room(folds, WORD_CACHE)
            out = folds[word] = fold(word, self._variants_table())
        return out

    def key(self, folded: str) -> str:
        """The match key of one folded word (lemma, then stem, as `normalise` says); remembered."""
        cache = self.__dict__.setdefault("_keys", {})
        if folded not in cache:
            make_room(cache, WORD_CACHE)  # a long-running worker meets ever new words
            cache[folded] = self._key(folded)
        return cache[folded]

    def _key(self, folded: str) -> str:
        steps = self.data.get("normalise") or []
        out = folded
        lemmatizer = str(self.data.get("lemmatizer") or "none")
        if "lemma" in steps and lemmatizer.startswith("simplemma"):
            # "simplemma" lemmatises in the pack's own language, "simplemma:nb" in the one named
            out = _lemma(out, lemmatizer.partition(":")[2] or self.data["code"])
            # simplemma writes a separable verb's particle apart ("aangevallen" -> "aan_vallen"): the
            # verb is one word, as its infinitive "aanvallen" is
            out = out.replace("_", "")
        if "stem" in steps and self.data.get("stemmer") not in (None, "", "none"):
            out = _stemmer(self.data["stemmer"]).stemWord(out)
        return out

    def _clitics(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The pack's clitics, folded, longest first (prefixes, suffixes)."""
        if "_clitic_lists" not in self.__dict__:
            clitics = self.data.get("clitics") or {}
            self.__dict__["_clitic_lists"] = tuple(
                tuple(
                    sorted(
                        (fold(c, self._variants_table()) for c in clitics.get(side) or []),
                        key=len,
                        reverse=True,
                    )
                )
                for side in ("prefixes", "suffixes")
            )
        return self.__dict__["_clitic_lists"]

    def _variants_table(self) -> dict[int, str]:
        if self._variants is None:
            self._variants = str.maketrans(
                {fold(a): fold(b) for a, b in (self.data.get("letter_variants") or {}).items()}
            )
        return self._variants

    def _clitic_forms(self, folded: str) -> Iterator[str]:
        prefixes, suffixes = self._clitics()
        for p in prefixes:
            if folded.startswith(p) and len(folded) - len(p) >= 2:
                yield folded[len(p) :]
        for s in suffixes:
            if folded.endswith(s) and len(folded) - len(s) >= 2:
                yield folded[: -len(s)]

    def tokens(self, text: str) -> list[Token]:
        """The text's word tokens with their match keys; remembered (the coder reads a sentence,
        and the words before a name, again and again)."""
        memo = self.__dict__.setdefault("_token_memo", {})
        hit = memo.get(text)
        if hit is None:
            make_room(memo, TOKEN_MEMO)
            hit = memo[text] = tuple(self._tokens(text))
        return list(hit)

    def _tokens(self, text: str) -> list[Token]:
        words = self.__dict__.setdefault("_word_keys", {})  # word as written -> (folded, key)
        out = []
        make = tuple.__new__  # (a Token made in C: the named tuple's own __new__ is Python)
        for m in _WORD.finditer(text):
            word = m.group()
            known = words.get(word)
            if known is None:
                make_room(words, WORD_CACHE)
                known = words[word] = self._word_key(word)
            start, end = m.span()
            out.append(make(Token, (word, start, end, known[0], known[1])))
        return out

    def _word_key(self, word: str) -> tuple[str, str]:
        """(folded, key) of one word as written, its clitic split off when the pack knows the rest."""
        folded = self.fold(word)
        key = self.key(folded)
        # an elided clitic ("l'armée", "d'Idlib") always comes off a word the pack knows; another
        # (Arabic "و") only when the whole word is unknown ("وزير" is a word, not "و" + "زير")
        if "'" in folded or (key not in self._vocab and not self._wildcard_word(folded)):
            for form in self._clitic_forms(folded):
                k = self.key(form)
                if k in self._vocab or self._wildcard_word(form):
                    return form, k
        return folded, key

    def _compile(self, phrase: str, label: str, value: Any = None) -> _Phrase | None:
        elements: list[_Element] = []
        for word in phrase.split():
            if word in GAPS:
                elements.append(_Element("gap", max_gap=GAPS[word]))
            elif word.startswith("=") and len(word) > 1:
                elements.append(_Element("exact", self.fold(word[1:])))
            elif word.endswith("*") and len(word) > 1:
                elements.append(_Element("prefix", self.fold(word[:-1])))
            elif word.startswith("*") and len(word) > 1:
                elements.append(_Element("suffix", self.fold(word[1:])))
            else:
                for m in _WORD.finditer(word):
                    elements.append(_Element("key", self.key(self.fold(m.group()))))
        if not elements or elements[0].kind == "gap" or elements[-1].kind == "gap":
            return None
        return _Phrase(tuple(elements), label, phrase, value)

    def _index(self) -> None:
        for label, phrase, value in _leaves(self.data):
            compiled = self._compile(phrase, label, value)
            if compiled is None:
                continue
            self._phrases.append(compiled)
            first = compiled.elements[0]
            if first.kind == "key":
                self._by_key.setdefault(first.text, []).append(compiled)
            else:
                self._open.append(compiled)
        self._vocab = frozenset(e.text for p in self._phrases for e in p.elements if e.kind == "key")
        # words the pack knows by their beginning or ending (`armée*`, `*angriff`): "l'armée" is "armée"
        self._word_starts = tuple(
            sorted({e.text for p in self._phrases for e in p.elements if e.kind == "prefix"})
        )
        self._word_ends = tuple(
            sorted({e.text for p in self._phrases for e in p.elements if e.kind == "suffix"})
        )

    def _wildcard_word(self, folded: str) -> bool:
        """Does a one-word wildcard of the pack (`armée*`, `*angriff`) take this folded word?"""
        return folded.startswith(self._word_starts) or folded.endswith(self._word_ends)

    def _index_for(
        self, wanted: tuple[str, ...] | None, several_words: bool = False
    ) -> tuple[dict[str, list[_Phrase]], list[_Phrase]]:
        """The phrase index restricted to some classes (built once per set of classes); with
        `several_words`, to their phrases of two words or more."""
        if wanted is None and not several_words:
            return self._by_key, self._open
        cache = self.__dict__.setdefault("_restricted", {})
        if (wanted, several_words) not in cache:
            kept: dict[str, bool] = {}  # per label (far fewer than phrases)

            def keep(p: _Phrase) -> bool:
                if several_words and len(p.elements) < 2:
                    return False
                label = p.label
                if label not in kept:
                    kept[label] = wanted is None or any(
                        label == w or label.startswith(w + ".") for w in wanted
                    )
                return kept[label]

            by_key = {k: [p for p in v if keep(p)] for k, v in self._by_key.items()}
            cache[(wanted, several_words)] = (
                {k: v for k, v in by_key.items() if v},
                [p for p in self._open if keep(p)],
            )
        return cache[(wanted, several_words)]

    def _starting_at(
        self, tok: Token, by_key: dict[str, list[_Phrase]], open_phrases: list[_Phrase]
    ) -> list[_Phrase]:
        """The phrases that may start at a token: those whose first word is its key, and of the
        phrases opening with a wildcard or an exact form only those whose first letter (`armée*`),
        last letter (`*angriff`) or form (`=na`) the token has (OPEN_BUCKETS)."""
        memo = self.__dict__.setdefault("_open_buckets", {})
        buckets = memo.get(id(open_phrases))
        if buckets is None:
            buckets = memo[id(open_phrases)] = _open_buckets(open_phrases)
        keyed = by_key.get(tok.key)
        folded = tok.folded
        extra = [
            *buckets.get(("p", folded[:1]), ()),
            *buckets.get(("s", folded[-1:]), ()),
            *buckets.get(("e", folded), ()),
        ]
        if not extra:
            return keyed or []
        return [*(keyed or ()), *extra]

    # ---- matching
    def phrases(self, label: str) -> list[str]:
        """The pack's phrases under a dotted label or its prefix ("triggers.Battles")."""
        return [p.phrase for p in self._phrases if p.label == label or p.label.startswith(label + ".")]

    def starts_phrase(self, tokens: Sequence[Token], i: int, labels: Iterable[str]) -> bool:
        """Does a phrase of the classes start at token i? (`find` restricted to one start)."""
        if i >= len(tokens):
            return False
        by_key, open_phrases = self._index_for(tuple(labels))
        return any(
            _match_at(p.elements, tokens, i) is not None
            for p in self._starting_at(tokens[i], by_key, open_phrases)
        )

    def find(
        self,
        text_or_tokens: str | Sequence[Token],
        labels: Iterable[str] | None = None,
        several_words: bool = False,
    ) -> list[PhraseMatch]:
        """Every phrase of the wanted classes (dotted labels or prefixes; all when None) in the text,
        longest first at each start; overlapping matches of different classes are all returned.
        A time aside (TIME_ASIDES) between two words of a phrase does not break it. With
        `several_words`, only the phrases of two words or more (the matches of two tokens or more)."""
        tokens = self.tokens(text_or_tokens) if isinstance(text_or_tokens, str) else list(text_or_tokens)
        by_key, open_phrases = self._index_for(tuple(labels) if labels is not None else None, several_words)
        starts = self._starts_for(by_key, open_phrases)
        asides: dict[int, tuple[int, ...]] | None = None
        found: list[PhraseMatch] = []
        for i, tok in enumerate(tokens):
            # TOKEN_STARTS: what may start at a token depends on its fold and key only
            known = starts.get((tok.key, tok.folded))
            if known is None:
                known = self._token_starts(starts, by_key, open_phrases, tok)
            singles, longer = known
            for phrase in singles:  # one word: this token, never an aside
                found.append(
                    PhraseMatch(phrase.label, phrase.phrase, i, i + 1, tok.start, tok.end, phrase.value)
                )
            for phrase, rest, second in longer:  # its first word is this token's
                j = i + 1
                if second is not None and (j >= len(tokens) or tokens[j].key != second):
                    end = None  # (`_match_at` of the rest: its first word is not the next token)
                else:
                    if asides is None:
                        asides = self.time_asides(tokens)
                    end = _match_at(rest, tokens, j, asides)
                if end is None:
                    if asides is None:
                        asides = self.time_asides(tokens)
                    if not asides or j not in asides:
                        continue
                    for after in asides[j]:  # a time aside right after the first word
                        end = _match_at(rest, tokens, after, asides)
                        if end is not None:
                            break
                    if end is None:
                        continue
                skipped = _skipped(phrase, tokens, i, end, asides)
                found.append(
                    PhraseMatch(
                        phrase.label,
                        phrase.phrase,
                        i,
                        end,
                        tok.start,
                        tokens[end - 1].end,
                        phrase.value,
                        skipped,
                    )
                )
        found.sort(key=lambda m: (m.first, -(m.last - m.first)))
        return found

    def opens_phrase_of_words(self, tokens: Sequence[Token], labels: Iterable[str]) -> bool:
        """Does a phrase of two words or more of these classes start at one of the tokens, whatever
        follows them (`find` of a text that goes on after them may match one across its end)?"""
        by_key, open_phrases = self._index_for(tuple(labels), False)
        starts = self._starts_for(by_key, open_phrases)
        for tok in tokens:
            known = starts.get((tok.key, tok.folded))
            if known is None:
                known = self._token_starts(starts, by_key, open_phrases, tok)
            if known[1]:
                return True
        return False

    def matches_across(self, head: Sequence[Token], tail: Sequence[Token], labels: Iterable[str]) -> bool:
        """Would `find` over the tokens `head` then `tail` match a phrase of these classes that starts
        in `head` and ends in `tail`? (Matching only looks ahead: the tail's first tokens, as far as a
        phrase of the classes reaches, `_reach`, decide it.)"""
        labels = tuple(labels)
        if not head or not tail or not self.opens_phrase_of_words(head, labels):
            return False
        n = len(head)
        window = [*head, *tail[: self._reach(labels)]]
        return any(m.first < n < m.last for m in self.find(window, labels, several_words=True))

    def _reach(self, labels: tuple[str, ...]) -> int:
        """The most tokens a phrase of several words of these classes may match: its words, its gaps
        at their widest, a time aside (ASIDE_WORDS) after each word."""
        memo = self.__dict__.setdefault("_reach_memo", {})
        if labels not in memo:
            by_key, open_phrases = self._index_for(labels, True)
            phrases = [*open_phrases, *(p for v in by_key.values() for p in v)]
            memo[labels] = max(
                (sum(e.max_gap if e.kind == "gap" else 1 + ASIDE_WORDS for e in p.elements) for p in phrases),
                default=0,
            )
        return memo[labels]

    def _starts_for(
        self, by_key: dict[str, list[_Phrase]], open_phrases: list[_Phrase]
    ) -> dict[tuple[str, str], _Starts]:
        """The TOKEN_STARTS memo of one phrase index (`_index_for`): (key, folded) of a token -> (the
        one-word phrases it is, the longer phrases whose first word it is), in the index's order."""
        memo = self.__dict__.setdefault("_starts_memo", {})
        hit = memo.get(id(by_key))
        if hit is None or hit[0] is not by_key:
            hit = memo[id(by_key)] = (by_key, {})
        return hit[1]

    def _token_starts(
        self,
        starts: dict[tuple[str, str], _Starts],
        by_key: dict[str, list[_Phrase]],
        open_phrases: list[_Phrase],
        tok: Token,
    ) -> _Starts:
        singles: list[_Phrase] = []
        longer: list[tuple[_Phrase, tuple[_Element, ...], str | None]] = []
        for phrase in self._starting_at(tok, by_key, open_phrases):
            if not _element_ok(phrase.elements[0], tok):
                continue
            if len(phrase.elements) == 1:
                singles.append(phrase)
            else:  # (the phrase, its words after the first, the key its second word must have)
                rest = phrase.elements[1:]
                longer.append((phrase, rest, rest[0].text if rest[0].kind == "key" else None))
        make_room(starts, STARTS_MEMO)
        known = starts[(tok.key, tok.folded)] = (tuple(singles), tuple(longer))
        return known

    # ---- time asides
    def _time_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """Folded words of a time aside: (strong, weak). Strong: weekday names (the locale data's
        and the pack's `weekday_names`) and one-word relative dates ("hier", "ayer"); weak: the other
        words of relative-date phrases and the pack's weekday words ("le", "dernier", "pasado")."""
        if "_time_word_sets" not in self.__dict__:
            info = locale_info(self)
            strong: set[str] = {
                self.fold(str(w)) for w in (self.data.get("relative_dates") or {}).get("weekday_names") or {}
            }
            for day in WEEKDAY_KEYS:
                forms = [str(f) for f in info.get(day, [])]
                longest = max(forms, key=len, default="")
                for form in forms:
                    if form == longest or sum(c.isalpha() for c in form) >= 4:
                        strong.update(self.fold(m.group()) for m in _WORD.finditer(form))
            weak: set[str] = set()
            rd = self.data.get("relative_dates") or {}
            for key in ("today", "yesterday", "day_before_yesterday", "last_night", "this_morning", "tonight",
                        "weekday_words", "previous"):  # fmt: skip
                for phrase in rd.get(key) or []:
                    words = [self.fold(m.group()) for m in _WORD.finditer(str(phrase).rstrip("*"))]
                    if len(words) == 1 and key in ("today", "yesterday"):
                        strong.update(words)
                    else:
                        weak.update(words)
            self.__dict__["_time_word_sets"] = (frozenset(strong), frozenset(weak - strong))
        return self.__dict__["_time_word_sets"]

    def time_asides(self, tokens: Sequence[Token]) -> dict[int, tuple[int, ...]]:
        """TIME_ASIDES: where a phrase may skip a day named inside it ("ont pris dimanche le contrôle",
        "tomaron el domingo el control"): token index -> the indexes after each aside starting
        there (runs of time words of at most ASIDE_WORDS words holding a strong one)."""
        strong, weak = self._time_words()
        if not strong:
            return {}
        if strong.isdisjoint([t.folded for t in tokens]):
            return {}  # (no aside without a strong time word)
        kinds = [2 if t.folded in strong else 1 if t.folded in weak else 0 for t in tokens]
        out: dict[int, tuple[int, ...]] = {}
        for i in range(len(tokens)):
            ends = []
            seen_strong = False
            for j in range(i, min(len(tokens), i + ASIDE_WORDS)):
                if not kinds[j]:
                    break
                seen_strong = seen_strong or kinds[j] == 2
                if seen_strong:
                    ends.append(j + 1)
            if ends:
                out[i] = tuple(ends)
        return out


WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
ASIDE_WORDS = 4  # "le dimanche 12 dernier" is the longest aside a phrase skips


def locale_info(pack: LanguagePack) -> dict:
    """dateparser's locale data for a pack (its own code, its lemmatiser's, the pack it extends,
    else English): month and weekday names, relative expressions."""
    from dateparser.languages.loader import default_loader

    codes = [
        pack.code,
        str(pack.data.get("lemmatizer") or "").partition(":")[2],
        pack.data.get("extends") or "",
    ]
    for code in [c for c in codes if c] + ["en"]:
        try:
            return default_loader.get_locale(code).info
        except (KeyError, ValueError):
            continue
    return {}
