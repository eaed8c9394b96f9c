"""Language packs (`extractors/data/lang/<code>.yaml`): loading, normalising, phrase matching.

The coder holds no word of any language; it asks a `LanguagePack` for the phrases of a class
("triggers.Battles.Armed clash", "outcomes.killed", "modality.hedges", "actors.police") and
matches them on the article's tokens. Matching is on *match keys*, not word forms: each token
is folded, split from a clitic the pack declares, lemmatised (simplemma) and stemmed (Snowball)
as the pack's `normalise` says, and every pack phrase goes through the same steps when the pack
loads. So a pack lists words once, in their dictionary form (see `extractors/data/lang/README.md`).

Checker for pack writers:
    python -m extractors.events.lexicon keys fr "frappes aériennes"   # the key sequence of phrases
    python -m extractors.events.lexicon check fr report.txt            # which phrases a text hits
    python -m extractors.events.lexicon lint                           # every pack: schema, clashes
    python -m extractors.events.lexicon build                          # cache every normalised pack
"""

from __future__ import annotations

import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

import regex
import yaml

from extractors.remembered import make_room

# ----------------------------------------------------------------------------------- the schema

# The keys every pack has (nested mappings list their own required keys; "list" = list of phrases,
# "map" = mapping, "str" = scalar). `tests/test_lang_packs.py` checks every pack against it.
TRIGGER_CLASSES: dict[str, tuple[str, ...]] = {
    "Explosions/Remote violence": (
        "Air/drone strike", "Shelling/artillery/missile attack", "Suicide bomb",
        "Remote explosive/landmine/IED", "Grenade", "Chemical weapon", "explosion",
    ),
    "Battles": ("Armed clash", "territory"),
    "Violence against civilians": ("Sexual violence", "Abduction/forced disappearance", "Attack"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}  # fmt: skip

SCHEMA: dict[str, Any] = {
    "code": "str",
    "name": "str",
    "normalise": "list",
    "lemmatizer": "str",
    "stemmer": "str",
    "clitics": {"prefixes": "list", "suffixes": "list"},
    "letter_variants": "map",
    "extends": "str",
    "clause_order": "str",
    "triggers": {etype: dict.fromkeys(subs, "list") for etype, subs in TRIGGER_CLASSES.items()},
    "generic_violence": "list",
    "outcomes": dict.fromkeys(("killed", "killed_one", "wounded", "abducted", "arrested", "missing"), "list"),
    "numbers": {
        "qualifiers": "list",
        "vague": "map",
        "words": "map",
        "toll_nouns": "list",
        "earlier_figure": "list",
        "units": "list",
        "partitive": "list",
        "labels": "list",
        "list_joiners": "list",
        "alternatives": "list",
        "range_words": "list",
        "range_openers": "list",
        "part_of": "list",
        "rises": "list",
        "count_nouns": "list",
    },
    "modality": dict.fromkeys(
        (
            "hedges",
            "negation",
            "future",
            "denial",
            "conditional",
            "aggregate",
            "habitual",
            "non_conflict",
            "recalled",
            "superlative",
            "durative",
        ),
        "list",
    ),  # fmt: skip
    "reporting_verbs": "list",
    "agent_markers": "list",
    "agent_genitives": "list",
    "agent_postpositions": "list",
    "target_nouns": "list",
    "opponent_markers": "list",
    "response_markers": {"opening": "list", "closing": "list", "retaliation": "list", "after": "list"},
    "attribution": {"blame": "list", "claim": "list"},
    "locative_prepositions": "list",
    "clause_connectors": "list",
    "separate_events": "list",
    "relative_dates": dict.fromkeys(
        (
            "today",
            "yesterday",
            "day_before_yesterday",
            "last_night",
            "this_morning",
            "tonight",
            "last_week",
            "weekend",
            "this_week",
            "since",
            "weekday_words",
            "previous",
            "overnight_between",
            "ago",
            "long_units",
        ),
        "list",
    )
    | {"weekday_names": "map", "units": "map"},  # fmt: skip
    "actors": dict.fromkeys(
        (
            "state_forces",
            "national_forces",
            "police",
            "unidentified_armed",
            "militants",
            "rebels",
            "militia",
            "protesters",
            "rioters",
            "civilians",
            "government",
            "self_reference",
        ),
        "list",
    ),  # fmt: skip
    "demonyms": "map",
    "abbreviations": "list",
    "place_words": {
        **dict.fromkeys(
            (
                "region",
                "district",
                "settlement",
                "quarter",
                "area",
                "facility",
                "direction",
                "leading",
                "attributive",
                "capital",
                "seat_of_state",
            ),
            "list",
        ),
        "compass": "map",
        "distance_units": "map",
        "name_endings": "map",
        "adjective_endings": "map",
        "region_adjectives": "map",
        "region_names": "map",
        "possessive": "list",
    },  # fmt: skip
    "near_prepositions": "list",
    "person_titles": "list",
}

# Keys whose list items are templates or settings, not phrases to match.
_NOT_PHRASES = frozenset(
    {
        "normalise",
        "clitics.prefixes",
        "clitics.suffixes",
        "letter_variants",
        "relative_dates.overnight_between",
        "place_words.name_endings",
        "place_words.adjective_endings",
        "place_words.region_adjectives",
        "place_words.region_names",
        "place_words.possessive",
    }
)


def schema_errors(data: Any, schema: Any = SCHEMA, path: str = "") -> list[str]:
    """What a pack lacks or has of the wrong kind, one message per problem ('' path = top)."""
    if isinstance(schema, dict):
        if not isinstance(data, dict):
            return [f"{path or 'pack'}: expected a mapping"]
        errors = []
        for key, sub in schema.items():
            where = f"{path}.{key}" if path else key
            if key not in data:
                errors.append(f"{where}: missing")
            else:
                errors.extend(schema_errors(data[key], sub, where))
        return errors
    if schema == "list":
        if not isinstance(data, list) or not all(isinstance(x, str) and x.strip() for x in data):
            return [f"{path}: expected a list of non-empty strings"]
        return []
    if schema == "map":
        return [] if isinstance(data, dict) else [f"{path}: expected a mapping"]
    return [] if isinstance(data, str) else [f"{path}: expected a string"]


# --------------------------------------------------------------------------------- normalising

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
    """One word of a text (a named tuple: made three times faster than a frozen dataclass, and a
    text has hundreds)."""

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


@dataclass(frozen=True)
class _Element:
    kind: str  # "key" | "exact" | "prefix" | "suffix" | "gap"
    text: str = ""
    max_gap: int = 1


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


def lemma_of(pack: LanguagePack, folded: str) -> str | None:
    """The lemma of a folded word in the pack's language (None when the pack has no lemmatiser)."""
    lemmatizer = str(pack.data.get("lemmatizer") or "none")
    if not lemmatizer.startswith("simplemma"):
        return None
    return _lemma(folded, lemmatizer.partition(":")[2] or pack.data["code"])


# Gaps in a phrase: `_` one word, `__` up to three, `...` up to ten (a German or Dutch separable
# verb whose particle closes the clause: "nahm am Sonntag in München zwei Männer fest")
GAPS = {"_": 1, "__": 3, "...": 10}

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
        for m in _WORD.finditer(text):
            word = m.group()
            known = words.get(word)
            if known is None:
                make_room(words, WORD_CACHE)
                known = words[word] = self._word_key(word)
            out.append(Token(word, m.start(), m.end(), known[0], known[1]))
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
        return tok.folded.startswith(element.text)
    return tok.folded.endswith(element.text)


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


# ------------------------------------------------------------------------------------- loading


def available_languages() -> list[str]:
    return list(_language_codes())


@cache
def _language_codes() -> tuple[str, ...]:
    folder = resources.files("extractors").joinpath("data/lang")
    return tuple(
        sorted(
            e.name[:-5] for e in folder.iterdir() if e.name.endswith(".yaml") and not e.name.startswith("_")
        )
    )


def _raw(code: str) -> dict[str, Any]:
    text = resources.files("extractors").joinpath(f"data/lang/{code}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text) or {}


def _merged(base: Any, extra: Any) -> Any:
    """A pack that `extends` another: lists are joined, mappings merged, scalars replaced."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _merged(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return [*base, *(x for x in extra if x not in base)]
    return extra


def pack_data(code: str) -> dict[str, Any]:
    """The pack's data with what it `extends` folded in."""
    data = _raw(code)
    parent = data.get("extends") or ""
    if parent:
        data = _merged(pack_data(parent), data)
        data["code"] = code
    return data


@cache
def load_pack(code: str) -> LanguagePack | None:
    """The pack of a language (ISO code; region suffixes ignored), or None when there is none.

    Loaded when a process first meets the language, from the normalised copy kept on disk
    (`pack_store`), else read and normalised (and kept for the next process)."""
    code = (code or "").lower().split("-")[0].split("_")[0]
    if code not in available_languages():
        return None
    from extractors.events.pack_store import cached

    return cached(code, _packs_digest(), lambda: LanguagePack.from_data(pack_data(code)))


@cache
def _packs_digest() -> str:
    """What a normalised pack depends on: every pack file (a pack may extend another) and this
    module's code."""
    from extractors.events.pack_store import digest, source_bytes

    folder = resources.files("extractors").joinpath("data/lang")
    files = sorted((e for e in folder.iterdir() if e.name.endswith(".yaml")), key=lambda e: e.name)
    return digest([source_bytes(__file__), *(e.name.encode() + e.read_bytes() for e in files)])


def lint(code: str) -> list[str]:
    """Schema problems and phrases of one key sequence listed under two trigger classes."""
    data = pack_data(code)
    problems = [f"{code}: {e}" for e in schema_errors(data)]
    if problems:
        return problems
    pack = load_pack(code)
    assert pack is not None
    owners: dict[tuple, set[str]] = defaultdict(set)
    for p in pack._phrases:
        if p.label.startswith("triggers.") or p.label == "generic_violence":
            owners[p.elements].add(p.label)
    for elements, labels in owners.items():
        if len(labels) > 1:
            words = " ".join(e.text or "_" for e in elements)
            problems.append(f"{code}: '{words}' is a trigger of {len(labels)} classes: {sorted(labels)}")
    return problems


# -------------------------------------------------------------------------------------- checker


def _build(codes: list[str]) -> int:
    """Fill the cache: every pack normalised and its lemma dictionary opened (`pack_store`)."""
    import time

    from extractors.events.pack_store import lemma_cache_dir, packs_cache_dir

    started = time.perf_counter()
    for code in codes:
        t0 = time.perf_counter()
        pack = load_pack(code)
        if pack is None:
            print(f"no pack for {code!r}")
            return 2
        lemma_of(pack, "zzzq")  # opens (and on first use builds) the lemma dictionary
        print(f"{code}: {len(pack._phrases)} phrases in {time.perf_counter() - t0:.2f} s")
    print(
        f"{len(codes)} packs in {time.perf_counter() - started:.1f} s -> {packs_cache_dir()}, {lemma_cache_dir()}"
    )
    return 0


def _main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "keys":
        pack = load_pack(argv[1])
        if pack is None:
            print(f"no pack for {argv[1]!r}")
            return 2
        for phrase in argv[2:]:
            print(f"{phrase!r:40} -> {' '.join(t.key for t in pack.tokens(phrase))}")
        return 0
    if len(argv) >= 3 and argv[0] == "check":
        pack = load_pack(argv[1])
        if pack is None:
            print(f"no pack for {argv[1]!r}")
            return 2
        for path in argv[2:]:
            with open(path, encoding="utf-8") as handle:
                for n, line in enumerate(handle, 1):
                    for m in pack.find(line):
                        print(f"{path}:{n}: {m.label}: {line[m.start : m.end]!r} ({m.phrase})")
        return 0
    if argv and argv[0] == "build":
        return _build(argv[1:] or available_languages())
    if argv and argv[0] == "lint":
        problems = [p for code in (argv[1:] or available_languages()) for p in lint(code)]
        print("\n".join(problems) or f"{len(argv[1:] or available_languages())} packs: no problems")
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    # run as the importable module, not as __main__: the packs it pickles must name their class's home
    from extractors.events import lexicon as _lexicon

    raise SystemExit(_lexicon._main(sys.argv[1:]))
