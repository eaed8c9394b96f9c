"""`PhraseMatching`, the matching half of `LanguagePack` (`language_pack.py` mixes it in): `find`, its
phrases matched on a text's tokens (a time aside skipped, TIME_ASIDES in `pack_time_asides.py`; what may
start at a word remembered per fold and key: TOKEN_STARTS, memo STARTS_MEMO), `starts_phrase`,
`opens_phrase_of_words`, `matches_across`. Its methods use the pack's index and normalising
(`_index_for`, `_starting_at`, `tokens`, `_phrases`: `language_pack.py`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from extractors.events.pack_phrases import (
    PhraseMatch,
    Token,
    _Element,
    _element_ok,
    _match_at,
    _Phrase,
    _skipped,
    _Starts,
    phrase_match,
)
from extractors.events.pack_time_asides import ASIDE_WORDS
from extractors.remembered import make_room

STARTS_MEMO = 10_000  # (key, fold) of words whose phrase starts (TOKEN_STARTS) a pack remembers per index


class PhraseMatching:
    """`LanguagePack`'s phrase matching (a mixin: the pack's fields and index are `LanguagePack`'s)."""

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
        several = False  # two matches or more at one start (longest first: the only order to sort)
        for i, tok in enumerate(tokens):
            # TOKEN_STARTS: what may start at a token depends on its fold and key only
            known = starts.get((tok.key, tok.folded))
            if known is None:
                known = self._token_starts(starts, by_key, open_phrases, tok)
            singles, longer = known
            if not singles and not longer:
                continue  # (most tokens: no phrase of the classes starts here)
            mark = len(found)
            for phrase in singles:  # one word: this token, never an aside
                found.append(
                    phrase_match(phrase.label, phrase.phrase, i, i + 1, tok.start, tok.end, phrase.value)
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
                    phrase_match(
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
            if len(found) - mark > 1:
                several = True
        if several:  # (else every start holds one match at most, appended in token order: sorted)
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
