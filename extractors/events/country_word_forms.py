"""How one written word may be a country's name though it is not its lexicon form: the name before
an ending after an apostrophe the pack declares (`_bare`: "Turkey's", "Suriye'nin"), after an
elided article or preposition (`_elided`: "l'Afghanistan", "dell'Iraq"), a word whose key opens an
inflected name of several words (`_may_open_inflected_name`), a one-word name in a case form of the
pack's language (`_lemma_hit`: "Ливии", "باليمن"; in Latin script by the pack's `name_endings`,
`_inflected_latin_name`: "Syriens"). Split out of countries.py, which reads a text's countries
(`_countries_in`, `_word_facts`) with them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extractors.events.country_lexicon import CountryForm, _first_keys, _key, _lexicon, _names_by_keys

if TYPE_CHECKING:
    from extractors.events.place_cues import PlaceCues


def _bare(word: str, cues: PlaceCues) -> str:
    """The word without an ending after an apostrophe the pack declares ("'s", Turkish "'nin")."""
    if "'" not in word and "’" not in word:
        return word  # every such ending holds an apostrophe
    low = word.lower().replace("’", "'")
    cut = next((e for e in cues.apostrophe_suffixes() if low.endswith(e) and len(low) > len(e)), "")
    return word[: len(word) - len(cut)] if cut else word


def _elided(word: str, cues: PlaceCues) -> int:
    """The length of an elided article or preposition of the pack opening the word ("l'Afghanistan")."""
    elisions = cues.elisions()
    if not elisions or ("'" not in word and "’" not in word):
        return 0
    low = word.lower().replace("’", "'")
    return next((len(e) for e in elisions if low.startswith(e) and len(low) > len(e)), 0)


def _may_open_inflected_name(word: str, language: str | None) -> bool:
    """May this word open a country name of several words in an inflected form (its key opens one)?"""
    if not language or word.isascii():
        return False
    from extractors.events.lexicon import load_pack

    pack = load_pack(language)
    names = _names_by_keys(language)
    return not (pack is None or not names or pack.key(pack.fold(word)) not in _first_keys(language))


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
    language; (the word without a closing full stop, the name's form). INFLECTED_COUNTRY: a
    capitalised name the lemmatiser does not know (simplemma lacks "Мозамбика", "Сирії") is read in
    its nominative by the pack's `place_words.name_endings`, as town names are."""
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
    if written[:1].isupper():  # INFLECTED_COUNTRY: a name the lemmatiser lacks, by the pack's endings
        from extractors.events.place_cues import place_cues

        forms += place_cues(language).rewrites("name_endings", written)
    for candidate in forms:
        form = next(iter(_lexicon(language).forms_by_key.get(_key(candidate), ())), None)
        if form is not None and not form.demonym:
            return written, form
    return None
