"""`LanguagePack`: one language's vocabulary, normalised once (fold, clitics, lemma, stem: `key`, a form
of `own_keys` being its own key: OWN_KEYS; memos
WORD_CACHE, TOKEN_MEMO) and indexed by its phrases' first words (OPEN_BUCKETS for those opening with a
wildcard); `lemma_of` a word in a pack's language. Its matching (`find`, TOKEN_STARTS) is
`pack_matching.PhraseMatching`, its time asides (TIME_ASIDES, `locale_info`) `pack_time_asides.TimeAsides`,
both mixed in here. `lexicon.load_pack` is how a pack is loaded.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from extractors.events.pack_matching import PhraseMatching
from extractors.events.pack_phrases import (
    _WORD,
    GAPS,
    Token,
    _Element,
    _leaves,
    _lemma,
    _open_buckets,
    _Phrase,
    _stemmer,
    fold,
)
from extractors.events.pack_time_asides import TimeAsides
from extractors.remembered import make_room


def lemma_of(pack: LanguagePack, folded: str) -> str | None:
    """The lemma of a folded word in the pack's language (None when the pack has no lemmatiser)."""
    lemmatizer = str(pack.data.get("lemmatizer") or "none")
    if not lemmatizer.startswith("simplemma"):
        return None
    return _lemma(folded, lemmatizer.partition(":")[2] or pack.data["code"])


WORD_CACHE = 50_000  # words whose folding and key a pack remembers
TOKEN_MEMO = 1_000  # texts whose tokens a pack remembers


@dataclass
class LanguagePack(PhraseMatching, TimeAsides):
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
        if folded in self._own_keys():
            return folded  # OWN_KEYS: a form whose stem is an unrelated word's is its own key
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

    def _own_keys(self) -> frozenset[str]:
        """OWN_KEYS: the folded forms of `own_keys`, words the stemmer would give another word's key
        (Arabic "يشتبه", suspected, and "اشتباك", clash, both stem to "اشتب"): each is its own key, so a
        phrase of either matches only its own forms."""
        if "_own_key_set" not in self.__dict__:
            table = self._variants_table()
            self.__dict__["_own_key_set"] = frozenset(fold(w, table) for w in self.data.get("own_keys") or [])
        return self.__dict__["_own_key_set"]

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
        own = self._own_keys()
        if own:  # OWN_KEYS: a listed form, bare or under a clitic ("ويشتبه"), is its own key
            if folded in own:
                return folded, folded
            for form in self._clitic_forms(folded):
                if form in own:
                    return form, form
        # an elided clitic ("l'armée", "d'Homs") always comes off a word the pack knows; another
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
            elif word.endswith("'") and self.fold(word) in self._clitics()[0]:
                elements.append(_Element("elided", self.fold(word)))  # ELIDED_CLITIC ("menacer d'")
            elif word.startswith("=") and len(word) > 1:
                elements.append(_Element("exact", self.fold(word[1:])))
            elif word.endswith("*") and len(word) > 1:
                start = self.fold(word[:-1])
                but = frozenset(w for w in self._own_keys() if w.startswith(start))
                elements.append(_Element("prefix", start, but=but))
            elif word.startswith("*") and len(word) > 1:
                end = self.fold(word[1:])  # (OWN_KEYS: a listed word ending so is its own, not the entry's)
                elements.append(
                    _Element("suffix", end, but=frozenset(w for w in self._own_keys() if w.endswith(end)))
                )
            else:
                for m in _WORD.finditer(word):
                    elements.append(_Element("key", self.key(self.fold(m.group()))))
        if not elements or elements[0].kind in ("gap", "elided") or elements[-1].kind == "gap":
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
