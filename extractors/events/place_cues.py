"""The words around a place name that say what it is, read from the language pack.

`places.py` finds names by their shape (capitalised runs, the gazetteer) in every language; what
the words around a name say comes from the pack of the text's language (`place_cues(language)`):
- `place_words.region` / `district` / `settlement` / `area` / `facility`: nouns that name the kind
  of place ("Homs province", "la ville de Bunia", "the Homs countryside", "Kandahar airport");
- `place_words.direction`: directions ("southern Homs" is the province, "north of X" near X);
- `place_words.leading`: words that may open a capitalised run before a name ("The", "In");
- `place_words.attributive`: words after a name that make it an attribute ("Houthi rebels",
  "Iskander missiles", "Lagos-based"): then only a big place is meant;
- `near_prepositions`: "near X", "outside X", "à proximité de X": the place at precision 2;
- `locative_prepositions`: a place is announced;
- `person_titles`: "President X", "le général X": a person, not a place;
- `place_words.distance_units`, `compass`, `capital`: "30 km north of X", "20 km south of the capital";
- `place_words.name_endings`: case endings of inflected names ("Мирнограда", "Clujului") and the
  nominative endings that replace them; `region_adjectives` / `region_names`: endings of the words
  that name a region after its main town ("Херсонской области", "Харківщина").
Name particles that sit inside names in many languages ("al", "el", "de", "van") and the direction
words GeoNames names carry are the gazetteer's data (`extractors/data/place_names.yaml`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from extractors.events.language_pack import LanguagePack
from extractors.events.lexicon import load_pack
from extractors.events.pack_phrases import GAPS, fold
from extractors.remembered import make_room, memo_on

CUE_REACH = 3  # tokens between a cue word and the name it announces ("in the northern town of X")
WORD_MEMO = 50_000  # (class, word) answers a language's cues remember (`PlaceCues.is_`, `rewrites`)
INNER_CLASSES = (
    "triggers",
    "near_prepositions",
    "reporting_verbs",
)  # the phrases whose inner words are no names ("في بيان": in a statement, no town "بيان")
INNER_MEMO = 256  # texts whose `phrase_inner_starts` a language remembers (find_places asks it twice)


@cache
def place_names() -> dict:
    """Name particles and direction equivalents (language-independent data about how names are written)."""
    text = resources.files("extractors").joinpath("data/place_names.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def name_particles() -> frozenset[str]:
    return frozenset(str(w) for w in place_names().get("name_particles") or [])


@dataclass(frozen=True)
class PlaceCues:
    pack: LanguagePack
    words: dict[str, frozenset[str]]  # class -> match keys of its one-word phrases
    phrase_classes: tuple[str, ...]
    # class -> (beginnings, endings) of its one-word wildcard phrases (Turkish `ilinde*`), and the
    # folded words it lists as written (`=na`)
    shapes: dict[str, tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]] = field(default_factory=dict)

    def key(self, word: str) -> str:
        return self.pack.key(self.pack.fold(word))

    def is_(self, cls: str, word: str) -> bool:
        """Is the word (any form) a one-word phrase of the class ("region", "direction", "titles")?
        Remembered per class and word (every name of a text asks it of the words around it)."""
        memo = memo_on(self, "_is_memo")
        hit = memo.get((cls, word))
        if hit is None:
            make_room(memo, WORD_MEMO)
            hit = memo[(cls, word)] = self._is(cls, word)
        return hit

    def _is(self, cls: str, word: str) -> bool:
        if not word:
            return False
        if self.key(word) in self.words.get(cls, frozenset()):
            return True
        shape = self.shapes.get(cls)
        if shape is None:
            return False
        folded = self.pack.fold(word)
        return folded.startswith(shape[0]) or folded.endswith(shape[1]) or folded in shape[2]

    def leading_ok(self, word: str) -> bool:
        """May this word open a capitalised run before a name ("The", "In", "Southern", "Province",
        "Kabupaten": a district noun too, DISTRICT_BEFORE_NAME, "Kabupaten Poso", "Distrik Beoga")?"""
        return any(
            self.is_(c, word)
            for c in ("leading", "direction", "region", "district", "settlement", "locative")
        )

    def is_preposition_phrase(self, words: list[str]) -> bool:
        """Are these words together one locative or near-preposition phrase of the pack ("Près de",
        "Cerca de", "In der Nähe von"): a sentence may open with it before a name?"""
        tokens = self.pack.tokens(" ".join(words))
        return bool(tokens) and any(
            m.first == 0 and m.last == len(tokens)
            for m in self.pack.find(tokens, ("locative_prepositions", "near_prepositions"))
        )

    def trailing_ok(self, word: str) -> bool:
        """May this word close a run after a name ("Homs Province", "Kandahar Airport")?"""
        return any(self.is_(c, word) for c in ("region", "district", "area", "settlement", "facility"))

    def ends_with(self, text: str, classes: tuple[str, ...], reach: int = CUE_REACH) -> bool:
        """Does a phrase of the classes end within `reach` tokens of the end of `text`?"""
        tokens = self.pack.tokens(text)
        if not tokens:
            return False
        return any(len(tokens) - m.last < reach + 1 for m in self.pack.find(tokens, classes))

    def ends_with_each(self, text: str, asks: tuple[tuple[tuple[str, ...], int], ...]) -> tuple[bool, ...]:
        """`ends_with(text, classes, reach)` for each (classes, reach) asked, from one `find` over the
        union of their classes (ONE_FIND: a match of a class is one of the union's, as `find` matches
        each phrase on its own, whatever else is asked)."""
        tokens = self.pack.tokens(text)
        if not tokens:
            return tuple(False for _ in asks)
        union = tuple(dict.fromkeys(c for classes, _ in asks for c in classes))
        ends = [(m.label, len(tokens) - m.last) for m in self.pack.find(tokens, union)]
        return tuple(
            any(gap < reach + 1 and any(label == c or label.startswith(c + ".") for c in classes)
                for label, gap in ends)
            for classes, reach in asks
        )  # fmt: skip

    def last_is(self, text: str, cls: str, skip: int = 1) -> bool:
        """Is one of the last `skip + 1` words of `text` a one-word phrase of the class, with only
        short linking words ("of", "de", "d'") after it?"""
        tokens = self.pack.tokens(text)
        for back in range(1, skip + 2):
            if len(tokens) < back:
                return False
            if self.key(tokens[-back].text) in self.words.get(cls, frozenset()):
                return all(len(t.folded) <= 3 for t in tokens[len(tokens) - back + 1 :])
        return False

    def distance_unit(self, word: str) -> float | None:
        units = self.pack.data.get("place_words", {}).get("distance_units") or {}
        for unit, factor in units.items():
            if fold(str(unit)) == fold(word):
                return float(factor)
        return None

    def compass(self, word: str) -> str | None:
        """The compass point a direction word names ("north", "nordeste" -> "north", "northeast")."""
        points = self.pack.data.get("place_words", {}).get("compass") or {}
        for w, point in points.items():
            if point and self.key(str(w)) == self.key(word):
                return str(point)
        return None

    def phrase_inner_starts(self, text: str) -> frozenset[int]:
        """Start offsets of the words a multi-word trigger or near-preposition phrase of the pack holds
        after its first ("in Brand setzen": "Brand", "in der Nähe von": "Nähe"), in `text`; not the words
        a gap of the phrase stands for ("nahm in Köln drei Männer fest") nor a time aside inside it.
        Remembered for the last texts (a text's Latin and other-script names both ask it)."""
        memo = memo_on(self, "_inner_memo")
        hit = memo.get(text)
        if hit is None:
            make_room(memo, INNER_MEMO)
            hit = memo[text] = self._phrase_inner_starts(text)
        return hit

    def join_inner_starts(self, head: str, sep: str, tail: str) -> None:
        """JOINED_TEXTS (`countries.join_read`): remember `phrase_inner_starts` of `head + sep + tail`
        (sep: white space, which no word holds) from those of its parts, the tail's shifted, unless a
        phrase of those classes crosses from one into the other (`LanguagePack.matches_across`)."""
        text = head + sep + tail
        memo = self.__dict__.get("_inner_memo")
        if not sep.isspace() or (memo is not None and text in memo):
            return
        if self.pack.matches_across(self.pack.tokens(head), self.pack.tokens(tail), INNER_CLASSES):
            return
        shift = len(head) + len(sep)
        starts = self.phrase_inner_starts(head) | {x + shift for x in self.phrase_inner_starts(tail)}
        memo = memo_on(self, "_inner_memo")
        make_room(memo, INNER_MEMO)
        memo[text] = starts

    def _phrase_inner_starts(self, text: str) -> frozenset[int]:
        tokens = self.pack.tokens(text)
        out = set()
        for m in self.pack.find(tokens, INNER_CLASSES, several_words=True):
            own = {self.key(w) for w in m.phrase.split() if w not in GAPS}
            out.update(
                tokens[k].start
                for k in range(m.first + 1, m.last)
                if k not in m.asides and tokens[k].key in own
            )
        return frozenset(out)

    def opens_vocabulary(self, text: str) -> bool:
        """Does a word of the pack's own vocabulary (a trigger, an outcome, an actor noun, a connector,
        a reporting verb ...) open `text`? Such a word is no place on its own."""
        tokens = self.pack.tokens(text[:60])
        return self.pack.starts_phrase(tokens, 0, VOCABULARY)

    def rewrites(self, kind: str, word: str) -> list[str]:
        """The forms a word takes under the pack's ending rules of a kind (`place_words.name_endings`:
        an inflected name back to its nominative, "Мирнограда" -> "Мирноград", "Clujului" -> "Cluj";
        `region_adjectives` / `region_names`: a region's word back to its main town's name,
        "Херсонской" -> "Херсон", "Харківщина" -> "Харків"), longest ending first."""
        memo = memo_on(self, "_rewrite_memo")
        hit = memo.get((kind, word))
        if hit is None:
            make_room(memo, WORD_MEMO)
            hit = memo[(kind, word)] = tuple(self._rewrites(kind, word))
        return list(hit)

    def _rewrites(self, kind: str, word: str) -> list[str]:
        rules = self.pack.data.get("place_words", {}).get(kind) or {}
        low = self.pack.fold(word)
        out: list[str] = []
        for ending in sorted(rules, key=lambda e: len(str(e)), reverse=True):
            e = self.pack.fold(str(ending))
            if e and low.endswith(e) and len(low) - len(e) >= 2:
                nominatives = rules[ending] if isinstance(rules[ending], list) else [rules[ending]]
                out.extend(low[: -len(e)] + self.pack.fold(str(n or "")) for n in nominatives)
        return list(dict.fromkeys(out))

    def possessive_after(self, text: str, end: int) -> bool:
        """Does a possessive ending of the pack follow the name ending at `end` ("Hakkari'nin", "Syria's")?"""
        after = fold(text[end : end + 6])
        return any(
            after.startswith(fold(str(p)))
            for p in self.pack.data.get("place_words", {}).get("possessive") or []
        )

    def apostrophe_suffixes(self) -> tuple[str, ...]:
        """Endings after an apostrophe that close a name ("'s", Turkish "'de", "'nin"); built once."""
        out = self.__dict__.get("_apostrophe_suffixes")
        if out is None:
            suffixes = (self.pack.data.get("clitics") or {}).get("suffixes") or []
            out = tuple(
                sorted((fold(str(s)) for s in suffixes if "'" in fold(str(s))), key=len, reverse=True)
            )
            object.__setattr__(self, "_apostrophe_suffixes", out)
        return out

    def elisions(self) -> tuple[str, ...]:
        """Elided articles and prepositions before a name ("d'Idleb", "l'Ituri", "dell'Iraq"); built once."""
        out = self.__dict__.get("_elisions")
        if out is None:
            prefixes = (self.pack.data.get("clitics") or {}).get("prefixes") or []
            out = tuple(
                sorted((fold(str(p)) for p in prefixes if fold(str(p)).endswith("'")), key=len, reverse=True)
            )
            object.__setattr__(self, "_elisions", out)
        return out

    def weekday_word(self, word: str) -> bool:
        """Is the word a weekday name of the language (the locale data `dates` reads)? Capitalised
        after a name, it ends the name: "jijini Mombasa Jumanne" is Mombasa, on Tuesday. (Not a
        month: months sit inside names, "Rio de Janeiro", "Plaza de Mayo".)"""
        names = self.__dict__.get("_weekdays")
        if names is None:
            from extractors.events.date_words import _words as date_words

            w = date_words(self.pack.code)
            names = frozenset(seq[0] for seq in w.weekdays if len(seq) == 1)
            object.__setattr__(self, "_weekdays", names)
        return self.pack.fold(word) in names

    def proclitics(self) -> tuple[str, ...]:
        """Prefixes written onto a word without an apostrophe (Arabic "و", "ب", "ال"); built once."""
        out = self.__dict__.get("_proclitics")
        if out is None:
            prefixes = (self.pack.data.get("clitics") or {}).get("prefixes") or []
            out = tuple(sorted((str(p) for p in prefixes if "'" not in str(p)), key=len, reverse=True))
            object.__setattr__(self, "_proclitics", out)
        return out


# The pack classes whose words are words of the language, not names: a capitalised one opening a
# sentence ("Puis", "Segundo", "Мирная жительница") is no place (places.py, PACK_WORDS).
VOCABULARY = (
    "triggers",
    "generic_violence",
    "outcomes",
    "actors",
    "modality",
    "reporting_verbs",
    "numbers",
    "relative_dates",
    "attribution",
    "clause_connectors",
    "separate_events",
    "agent_markers",
    "near_prepositions",
)  # fmt: skip  (not the prepositions: a Turkish case ending "'de" is one, and it is written on the name)

_ONE_WORD = {
    "region": "place_words.region",
    "district": "place_words.district",
    "settlement": "place_words.settlement",
    "area": "place_words.area",
    "facility": "place_words.facility",
    "quarter": "place_words.quarter",  # a part of a town (QUARTER_OF_ITS_TOWN; no town name of its own)
    "direction": "place_words.direction",
    "leading": "place_words.leading",
    "attributive": "place_words.attributive",
    "locative": "locative_prepositions",
    "postposition": "locative_postpositions",  # POSTPOSED_CUE: "सुकमा में", "सुकमा जिले में"
    "titles": "person_titles",
    "capital": "place_words.capital",
    "near": "near_prepositions",
}


@cache
def place_cues(language: str | None) -> PlaceCues:
    """The place cues of a language (English when there is no pack for it)."""
    pack = load_pack(language or "en") or load_pack("en")
    assert pack is not None
    words: dict[str, set[str]] = {cls: set() for cls in _ONE_WORD}
    shapes: dict[str, tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]] = {}
    for cls, label in _ONE_WORD.items():
        starts, ends, exact = [], [], []
        for phrase in pack.phrases(label):
            if len(phrase.split()) != 1:
                continue
            if phrase.endswith("*") and len(phrase) > 1:
                starts.append(pack.fold(phrase[:-1]))
            elif phrase.startswith("*") and len(phrase) > 1:
                ends.append(pack.fold(phrase[1:]))
            elif phrase.startswith("=") and len(phrase) > 1:
                exact.append(pack.fold(phrase[1:]))
            else:
                words[cls].add(pack.key(pack.fold(phrase)))
        if starts or ends or exact:
            shapes[cls] = (tuple(starts), tuple(ends), frozenset(exact))
    return PlaceCues(pack, {k: frozenset(v) for k, v in words.items()}, tuple(_ONE_WORD.values()), shapes)
