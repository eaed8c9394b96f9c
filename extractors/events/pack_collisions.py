"""Pack entries that a frequent, unrelated word of the language also matches (`collisions`).

A pack lists words, and the matcher compares their keys (lemma, then stem): "tués" meets "tuer".
That is the point, but the lemmatiser and the stemmer also give some entries the key of another,
far more common word: Russian "всего" (in total) is lemmatised to "все" (all), Turkish "yok" (there
is none) is the stem of "yoğun" (intense), Arabic "آلية" (vehicle) stems like "إلى" (to). Such an
entry fires on every sentence that has the common word, and silently makes events or drops them.

`collisions(pack)` reads the language's commonest words (wordfreq's list, offline: COMMON_WORDS of
them), keys each one as the matcher would, and for every one-word entry of the pack lists the
common words that share its key but are not forms of it (SAME_WORD: they do not begin as the
entry does; OTHER_LEMMA: they do, but their lemmas part early, Swedish "inte" and "inta"). The fix is the pack's: match the entry's own forms (`=form`, `stem*`), or make the
written form its own key (`own_keys`). `python -m extractors.events.tools collisions [CODE ...]`
prints them; `tests/test_pack_collisions.py` fails on one that is neither fixed nor in
ALLOWED_FILE (deliberate entries, each with its reason).

`*ending` entries match every word that ends so; `ending_collisions` lists the common words they
take that are base forms of other words (OPEN_END), printed by `collisions --endings`: a listing
for the pack's authors, not (yet) a failing check.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from extractors.events.language_pack import LanguagePack
from extractors.events.pack_phrases import _WORD, GAPS, _leaves, _lemma

COMMON_WORDS = 20_000  # how many of the language's commonest words are checked
# wordfreq's code of the language a pack reads ("no" is Bokmål there; Nigerian Pidgin, which wordfreq
# lacks, is written with English words); a pack whose language wordfreq lacks is not checked (sw)
WORDFREQ_CODES = {"no": "nb", "pcm": "en"}
ALLOWED_FILE = "data/lang/_collisions_allowed.yaml"
# Checked: the classes whose words decide events, their types, who did them and whether they count.
# Not checked: numbers (a key meets its own digits), relative dates and place words (read next to a
# date or a name only), demonyms (a mapping of names).
CHECKED = (
    "triggers",
    "generic_violence",
    "outcomes",
    "modality",
    "reporting_verbs",
    "target_nouns",
    "weapon_finds",
    "weapon_layings",
    "gunfire",
    "fire_verbs",
    "vehicles",
    "response_markers",
    "attribution",
    "separate_events",
    "actors",
    # added in round 13: words that keep or drop an agreement, a crowd, an arrest, a takeover's fight
    "conflict_agreements",
    "blockade_words",
    "celebration_words",
    "gathering_words",
    "grievance_words",
    "ordinary_crimes",
    "forced_takeovers",
    # round 15
    "verbal_objects",
    "reduced_relatives",
)
LEMMA_START = 2  # letters an entry shares with its lemma, at least, unless the lemmatiser erred
LEMMA_SHARED = 4  # letters the lemmas of two forms of one word share, at least (OTHER_LEMMA)
SAME_WORD = 3  # letters two words share at their start, at least, to be forms of one word
STEM_TAIL = 3  # letters a lemma goes on past a `stem*` entry's stem, at most, to be a form of its word


@dataclass(frozen=True)
class Collision:
    label: str  # the entry's dotted class: "modality.aggregate"
    entry: str  # the entry as the pack writes it
    key: str  # the match key it shares
    words: tuple[str, ...]  # the common words of another word with that key, commonest first

    def line(self) -> str:
        return f"{self.label}: {self.entry!r} -> {self.key!r}: {', '.join(self.words)}"


def common_words(code: str, n: int = COMMON_WORDS) -> tuple[str, ...]:
    """The language's n commonest words (wordfreq), or () when wordfreq has no list for it."""
    import wordfreq

    lang = WORDFREQ_CODES.get(code, code)
    if lang not in wordfreq.available_languages():
        return ()
    return tuple(wordfreq.top_n_list(lang, n))


def forms_of_one_word(a: str, b: str) -> bool:
    """SAME_WORD: do two folded words begin alike (the shorter one's length less two, and at least
    SAME_WORD letters; the whole of a word shorter than that)? Inflection changes a word's end, a
    lemmatiser's or stemmer's mistake joins words that begin otherwise ("yoğun" / "yok")."""
    a, b = _plain(a), _plain(b)
    shorter = min(len(a), len(b))
    need = min(shorter, max(SAME_WORD, shorter - 2))
    return a[:need] == b[:need]


def _plain(word: str) -> str:
    """The word with its spelling variants one, by Unicode's own tables, not a list of letters:
    case folding (German sharp s as "ss") and the Arabic marks a letter decomposes into (alef with
    hamza as alef: "أكبر" and "اكبر"). Other marks stay: an umlaut parts words ("nach" after,
    "nächste" next)."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    kept = "".join(ch for ch in decomposed if not (unicodedata.combining(ch) and _arabic_mark(ch)))
    return unicodedata.normalize("NFC", kept)


def _arabic_mark(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("ARABIC")


def _lemma_for_check(pack: LanguagePack, folded: str) -> str:
    """The word's lemma in the pack's language (simplemma), even when the pack keys by stem alone;
    the word itself when there is no lemmatiser."""
    lemmatizer = str(pack.data.get("lemmatizer") or "none")
    if not lemmatizer.startswith("simplemma"):
        return folded
    return _lemma(folded, lemmatizer.partition(":")[2] or pack.code).replace("_", "")


def _surface(pack: LanguagePack, folded: str) -> set[str]:
    """A word and its forms without a clitic (Arabic "والجيش" -> "الجيش", "جيش")."""
    out = {folded}
    for _ in range(2):  # a conjunction, then an article
        out |= {form for word in out for form in pack._clitic_forms(word)}
    return out


def _readings(pack: LanguagePack, folded: str) -> set[str]:
    """A word's surface forms (`_surface`) and their lemmas."""
    forms = _surface(pack, folded)
    return forms | {_lemma_for_check(pack, form) for form in forms}


def other_word(pack: LanguagePack, word: str, entry: str) -> bool:
    """Is a common word that shares an entry's key another word than the entry's? Yes when no
    reading of one (itself, its lemma, it without a clitic) begins as a reading of the other does
    (SAME_WORD), when their lemmas part early (OTHER_LEMMA), or when the entry's own lemma is unrelated to it (the lemmatiser's mistake:
    "артиллерия" read as "дальнего": every word of that key is another)."""
    own = _plain(_lemma_for_check(pack, entry))
    if not any(own[:LEMMA_START] == _plain(form)[:LEMMA_START] for form in _surface(pack, entry)):
        return True
    mine = _readings(pack, entry)
    if not any(forms_of_one_word(a, b) for a in _readings(pack, word) for b in mine):
        return True
    # OTHER_LEMMA: words that begin alike are still two when the lemmatiser gives them lemmas that
    # part before LEMMA_SHARED letters (Swedish "inte", not, and "inta", capture; "dag" and "dagligen")
    theirs = _plain(_lemma_for_check(pack, word))
    return theirs not in (own, _plain(entry)) and theirs[:LEMMA_SHARED] != own[:LEMMA_SHARED]


NORMALISING = ("normalise", "lemmatizer", "stemmer", "letter_variants", "clitics", "own_keys")


def _own_entries(pack: LanguagePack) -> set[tuple[str, str]]:
    """(label, phrase) of the entries to check: the pack's own, and those of the pack it extends
    when it keys words otherwise (Danish reads Norwegian "sagt" with Danish keys: "sig", oneself);
    where it keys them alike (pcm and en), those are the other pack's to check."""
    from extractors.events.lexicon import load_pack

    entries = {(label, phrase) for label, phrase, _ in _leaves(pack.data)}
    parent = load_pack(str(pack.data.get("extends") or "")) if pack.data.get("extends") else None
    if parent is None or any(pack.data.get(k) != parent.data.get(k) for k in NORMALISING):
        return entries
    return entries - {(label, phrase) for label, phrase, _ in _leaves(parent.data)}


def _keyed_word(entry: str) -> str | None:
    """The one word of a one-word entry that is matched by its key (None for `=form`, `stem*`,
    `*ending`, gaps and phrases of several words)."""
    words = entry.split()
    if len(words) != 1 or words[0] in GAPS or words[0].startswith(("=", "*")) or words[0].endswith("*"):
        return None
    parts = _WORD.findall(words[0])
    return parts[0] if len(parts) == 1 else None


def _open_stem(entry: str) -> str | None:
    """The stem of a one-word `stem*` entry (None for any other entry)."""
    words = entry.split()
    if len(words) != 1 or not words[0].endswith("*") or len(words[0]) < 2 or words[0].startswith(("=", "*")):
        return None
    return words[0][:-1]


def other_word_of_stem(pack: LanguagePack, word: str, stem: str) -> bool:
    """OPEN_STEM: is a common word that a `stem*` entry takes (it begins with the stem) another word
    than the one the stem was cut from? Yes when the lemmatiser reads it as a longer word built on
    the stem's letters: a lemma of it begins with the stem and goes on more than STEM_TAIL letters
    past it, and none ends sooner (German "erste*", first: "erstellt", created, lemma "erstellen");
    or, when no lemma of it begins with the stem (the stem holds an ending: Italian "dovrebb*", lemma "dovere"), when its lemma
    and the stem's part before LEMMA_SHARED letters."""
    stem = _plain(stem)
    lemmas = {_plain(_lemma_for_check(pack, form)) for form in _surface(pack, word)}
    longer = [lemma for lemma in lemmas if lemma.startswith(stem)]
    if longer:
        return all(len(lemma) - len(stem) > STEM_TAIL for lemma in longer)
    own = _plain(_lemma_for_check(pack, stem))
    return all(lemma[:LEMMA_SHARED] != own[:LEMMA_SHARED] for lemma in lemmas)


def _listed_words(pack: LanguagePack) -> dict[str, set[str]]:
    """Label -> the folded words its entries list (a form listed is meant, so it is no collision)."""
    listed: dict[str, set[str]] = {}
    for label, phrase, _ in _leaves(pack.data):
        listed.setdefault(label, set()).update(pack.fold(w.strip("=*")) for w in phrase.split())
    return listed


def _open_collisions(
    pack: LanguagePack,
    words: tuple[str, ...],
    listed: dict[str, set[str]],
    open_part: Callable[[str], str | None],
    takes: Callable[[str, str], bool],
    shown: Callable[[str], str],
) -> list[Collision]:
    """The pack's own one-word open entries of the checked classes (`stem*` for OPEN_STEM, `*ending`
    for OPEN_END: `open_part` cuts the fixed part, None for other entries) that common words of
    other words fill (`takes(word, part)`), the words their label lists apart."""
    folded_words = tuple(dict.fromkeys(pack.fold(w) for w in words))
    out = []
    for label, phrase in sorted(_own_entries(pack)):
        part = open_part(phrase) if label.startswith(CHECKED) else None
        if not part:
            continue
        folded = pack.fold(part)
        others = tuple(w for w in folded_words if w not in listed[label] and takes(w, folded))
        if others:
            out.append(Collision(label, phrase, shown(folded), others))
    return out


def _stem_collisions(
    pack: LanguagePack, words: tuple[str, ...], listed: dict[str, set[str]]
) -> list[Collision]:
    """OPEN_STEM over the pack's own `stem*` entries of the checked classes."""
    return _open_collisions(
        pack,
        words,
        listed,
        _open_stem,
        lambda w, stem: w.startswith(stem) and other_word_of_stem(pack, w, stem),
        lambda stem: stem + "*",
    )


def collisions(pack: LanguagePack, words: tuple[str, ...] | None = None) -> list[Collision]:
    """Every one-word entry of the checked classes that common words of other words match: by its
    key, or, for a `stem*` entry, by their beginning (OPEN_STEM)."""
    words = common_words(pack.code) if words is None else words
    by_key: dict[str, list[str]] = {}
    for word in words:
        tokens = pack.tokens(word)
        if len(tokens) == 1:
            by_key.setdefault(tokens[0].key, []).append(tokens[0].folded)
    own = _own_entries(pack)
    listed = _listed_words(pack)
    out = []
    for label, phrase, _ in _leaves(pack.data):
        if (label, phrase) not in own or not label.startswith(CHECKED):
            continue
        word = _keyed_word(phrase)
        if word is None:
            continue
        tokens = pack.tokens(word)
        if len(tokens) != 1:
            continue
        folded, key = tokens[0].folded, tokens[0].key
        others = tuple(
            dict.fromkeys(
                w
                for w in by_key.get(key, ())
                if w != folded and w not in listed[label] and other_word(pack, w, folded)
            )
        )
        if others:
            out.append(Collision(label, phrase, key, others))
    return out + _stem_collisions(pack, words, listed)


@cache
def allowed() -> dict[str, dict[str, str]]:
    """ALLOWED_FILE: per pack, the entries that collide on purpose -> why (the words they meet are
    forms of them the check cannot tell, or the meaning is shared)."""
    import yaml

    text = resources.files("extractors").joinpath(ALLOWED_FILE).read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    return {str(code): {str(k): str(v) for k, v in (entries or {}).items()} for code, entries in data.items()}


def unexplained(pack: LanguagePack, words: tuple[str, ...] | None = None) -> list[Collision]:
    """The pack's collisions that ALLOWED_FILE does not list."""
    ok = allowed().get(pack.code, {})
    return [c for c in collisions(pack, words) if c.entry not in ok]


def _open_end(entry: str) -> str | None:
    """The ending of a one-word `*ending` entry (None for any other entry)."""
    words = entry.split()
    if len(words) != 1 or not words[0].startswith("*") or len(words[0]) < 2 or words[0].endswith("*"):
        return None
    return words[0][1:]


def other_word_of_ending(pack: LanguagePack, word: str, ending: str, common: frozenset[str]) -> bool:
    """OPEN_END: is a common word that a `*ending` entry takes (it ends with the ending) another word
    than those the ending is written for? Yes when the lemmatiser reads it as its own lemma, a base
    form whose stem holds the ending's letters (Portuguese "camarão", shrimp, for the future ending
    "*arão"; Turkish "bacak", leg, for "*acak"); not when the ending is itself a common word (the
    entry names a compound's head, German "*luftangriff": a base form ending so is a compound of
    it), nor in a pack without a lemmatiser (every word would be its own lemma)."""
    if ending in common or not str(pack.data.get("lemmatizer") or "none").startswith("simplemma"):
        return False
    return _plain(_lemma_for_check(pack, word)) == _plain(word)


def ending_collisions(pack: LanguagePack, words: tuple[str, ...] | None = None) -> list[Collision]:
    """OPEN_END over the pack's own `*ending` entries of the checked classes."""
    words = common_words(pack.code) if words is None else words
    common = frozenset(pack.fold(w) for w in words)
    own_keys = pack._own_keys()  # (OWN_KEYS: the wildcard does not take it)
    return _open_collisions(
        pack,
        words,
        _listed_words(pack),
        _open_end,
        lambda w, end: (
            w.endswith(end) and w != end and w not in own_keys and other_word_of_ending(pack, w, end, common)
        ),
        lambda end: "*" + end,
    )
