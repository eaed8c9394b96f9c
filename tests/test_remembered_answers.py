"""What the coder and the story evidence remember (per word, per context, on disk) answers as
computing it afresh does."""

from __future__ import annotations

import wordfreq

from extractors import story_words
from extractors.events import countries, country_lexicon, place_context, place_match, places, script_places
from extractors.events.lexicon import load_pack
from extractors.events.place_cues import place_cues

SENTENCES = {
    "en": "Gunmen attacked the village of Kafr Nabl on Sunday, a day after clashes near the town of Maarat.",
    "fr": "L'armée a pris dimanche le contrôle de la ville de Kidal, d'après des habitants de Gao.",
    "ru": "Российские войска обстреляли Мирноград и Херсонской области, сообщили в Киеве.",
    "ar": "قتل خمسة أشخاص في قصف على بلدة كفرنبل بريف إدلب الجنوبي يوم الأحد.",
    "tr": "Hakkari'nin Yüksekova ilçesinde çatışma çıktı, iki asker hayatını kaybetti.",
}


def test_the_frequency_table_is_wordfreqs_own():
    table = story_words._frequencies("tr")
    assert table is not None
    expected = wordfreq.get_frequency_dict("tr")
    assert all(table.get(word) == freq for word, freq in expected.items())
    assert table.get("zzqxzzqx") is None
    assert story_words._frequencies("xx") is None  # no list for the language


def test_the_country_lexicon_kept_on_disk_is_the_one_built():
    for language in (None, "fr", "ru"):
        assert country_lexicon._lexicon(language) == country_lexicon._build_lexicon(language)
    assert country_lexicon._names_by_keys("ru") == country_lexicon._build_names_by_keys("ru")


def test_tokens_are_keyed_as_each_word_alone():
    for code, text in SENTENCES.items():
        pack = load_pack(code)
        assert pack is not None
        for token in pack.tokens(text):
            assert (token.folded, token.key) == pack._word_key(token.text)
        assert pack.tokens(text) == pack._tokens(text)


def test_phrases_of_several_words_are_the_longer_matches():
    for code, text in SENTENCES.items():
        pack = load_pack(code)
        assert pack is not None
        every = pack.find(text, ("triggers", "near_prepositions"))
        several = pack.find(text, ("triggers", "near_prepositions"), several_words=True)
        assert several == [m for m in every if m.last - m.first >= 2]


def test_a_remembered_context_is_the_context_of_the_same_words():
    for code, text in SENTENCES.items():
        cues = place_cues(code)
        for m in place_context._LETTERS.finditer(text):
            first = place_context._context(text, m.start(), m.end(), cues)
            again = place_context._context(text, m.start(), m.end(), cues)
            assert first is again
            before = text[max(0, m.start() - 80) : m.start()]
            cut = max(before.rfind(". "), before.rfind("\n"))
            before = before[cut + 1 :] if cut >= 0 else before
            after = place_context._LETTERS.findall(text[m.end() : m.end() + 40])
            word = text[m.start() : m.end() + 8].split(maxsplit=1)[0]
            assert first == place_context._context_of(before, after[0] if after else "", word, cues)


def test_cue_answers_are_remembered_per_word():
    cues = place_cues("ru")
    for word in ("области", "Мирноград", "поселка", "в"):
        for cls in ("region", "settlement", "locative"):
            assert cues.is_(cls, word) == cues._is(cls, word)
        assert cues.rewrites("name_endings", word) == cues._rewrites("name_endings", word)


def test_country_finding_is_unchanged_by_what_it_remembers():
    text = "Des frappes ont visé la Syrie ; en Libye et au Mali, des Syriens ont fui vers le Liban."
    first = countries.find_countries(text, "fr")
    countries._countries_in.cache_clear()
    countries._word_memo("fr").clear()
    assert countries.find_countries(text, "fr") == first
    assert {m.country for m in first} >= {"Syria", "Libya", "Mali", "Lebanon"}


def test_the_c_stemmer_gives_the_pure_python_stems():
    import importlib

    import snowballstemmer

    from extractors.events.lexicon import available_languages

    for code in available_languages():
        pack = load_pack(code)
        name = (pack.data.get("stemmer") if pack else None) or "none"
        if name == "none":
            continue
        module = importlib.import_module(f"snowballstemmer.{name}_stemmer")
        pure = getattr(module, f"{name.capitalize()}Stemmer")()
        fast = snowballstemmer.stemmer(name)
        words = {pack.fold(w) for p in pack._phrases for w in p.phrase.split() if w.isalpha()}
        words |= {t.folded for text in SENTENCES.values() for t in pack.tokens(text)}
        assert words and all(fast.stemWord(w) == pure.stemWord(w) for w in words), code


# ---- bounds: a worker's memos stay within their limits and answer as a fresh computation does

LONGER = {
    "en": "Police said the convoy was ambushed on the road between Goma and Rutshuru late on Tuesday.",
    "es": "Hombres armados incendiaron varias casas en una aldea cercana a Tumaco durante la madrugada.",
    "sw": "Wanamgambo walishambulia kijiji kimoja karibu na mji wa Beni na kuua watu watatu.",
    "de": "Bei einem Drohnenangriff auf ein Dorf nahe Charkiw wurden nach Angaben der Behörden zwei Menschen verletzt.",
}


def test_make_room_forgets_the_oldest_quarter_only():
    from extractors.remembered import make_room

    memo: dict[int, int] = {}
    for i in range(100):
        make_room(memo, 8)
        memo[i] = i
        assert len(memo) <= 8
    assert 99 in memo and 98 in memo and 0 not in memo  # the newest stay, the oldest go
    assert len(memo) >= 6  # never emptied: the words an article asks again stay


def test_packs_with_tiny_memos_answer_as_fresh_ones(monkeypatch):
    from extractors.events import language_pack

    texts = {**SENTENCES, **LONGER}
    fresh = {code: [(t.text, t.start, t.folded, t.key) for t in load_pack(code)._tokens(text)]
             for code, text in texts.items()}  # fmt: skip
    monkeypatch.setattr(language_pack, "WORD_CACHE", 5)
    monkeypatch.setattr(language_pack, "TOKEN_MEMO", 2)
    for round_ in "xy":  # words no memo holds yet, then the texts whose words the memos forgot
        novel = " ".join("zq" + round_ + a + b + "ovak" for a in "bcdfg" for b in "lmnrt")
        for code, text in texts.items():
            pack = load_pack(code)
            assert len(pack.tokens(novel)) == 25
            for name in ("_folds", "_keys", "_word_keys"):
                assert len(pack.__dict__.get(name, {})) <= 5, name
            got = [(t.text, t.start, t.folded, t.key) for t in pack.tokens(text)]
            assert got == fresh[code]
            assert len(pack.__dict__["_token_memo"]) <= 2


def test_places_and_countries_with_tiny_memos_are_unchanged(monkeypatch):
    from extractors.events import gazetteer
    from extractors.events import place_cues as cues_module

    texts = {**SENTENCES, **LONGER}
    before = {code: places.find_places(text, None, code) for code, text in texts.items()}
    monkeypatch.setattr(place_context, "CONTEXT_MEMO", 3)
    monkeypatch.setattr(place_match, "WORD_VERDICT_MEMO", 3)
    monkeypatch.setattr(countries, "WORD_MEMO", 3)
    monkeypatch.setattr(cues_module, "WORD_MEMO", 3)
    monkeypatch.setattr(gazetteer, "PLACE_MEMO", 3)
    monkeypatch.setattr(script_places, "SCRIPT_MEMO", 3)
    place_context._CONTEXTS.clear()
    countries._countries_in.cache_clear()
    memos = [countries._word_memo(code) for code in texts]
    memos += [place_cues(code).__dict__.get("_is_memo", {}) for code in texts]
    memos += [
        place_cues(code).__dict__.get(m, {})
        for code in texts
        for m in ("_script_memo", "_region_word_memo", "_word_verdict_memo")
    ]
    memos.append(gazetteer.load_gazetteer().__dict__.get("_place_memo", {}))
    for memo in memos:
        memo.clear()  # forgetting never changes an answer: the memos now fill under the tiny limits
    for _ in range(2):
        for code, text in texts.items():
            assert places.find_places(text, None, code) == before[code]
            assert len(place_context._CONTEXTS) <= 3
            assert len(countries._word_memo(code)) <= 3
            assert len(place_cues(code).__dict__.get("_is_memo", {})) <= 3
            assert len(place_cues(code).__dict__.get("_script_memo", {})) <= 3
            assert len(place_cues(code).__dict__.get("_word_verdict_memo", {})) <= 3
    assert len(gazetteer.load_gazetteer().__dict__.get("_place_memo", {})) <= 3


def test_phrase_inner_starts_remembered_within_its_limit(monkeypatch):
    from extractors.events import place_cues as cues_module

    monkeypatch.setattr(cues_module, "INNER_MEMO", 1)  # German has two texts: one must be forgotten
    texts = {
        **SENTENCES,
        **LONGER,
        "de2": "Unbekannte setzten in der Nähe von Kassel mehrere Autos in Brand.",
    }
    for code in texts:  # earlier tests of the process filled these memos under the old limit
        place_cues(code[:2]).__dict__.pop("_inner_memo", None)
    for _ in range(2):
        for code, text in texts.items():
            cues = place_cues(code[:2])
            assert cues.phrase_inner_starts(text) == cues._phrase_inner_starts(text)
            assert len(cues.__dict__["_inner_memo"]) <= 1
    german = "Unbekannte setzten in der Nähe von Kassel mehrere Autos in Brand."
    assert german.index("Nähe") in place_cues("de").phrase_inner_starts(german)


def test_other_script_places_remembered_answer_for_each_hint():
    """The words' gazetteer candidates and regions are remembered (`_script_candidates`,
    `_region_of_word`); what the hint and the words around them decide is not."""
    texts = {
        "ar": "قصفت طائرات بلدة كفرنبل في محافظة إدلب، وقتل مدنيان في حلب، وسقطت قذائف على حماة.",
        "ru": "Войска обстреляли Харьков и Херсонской области, а также Мирноград; в Донецке тихо.",
    }
    hints = (None, "Syria", "Ukraine", "Russia", "Lebanon")
    fresh = {}
    for code, text in texts.items():
        for hint in hints:
            for memo in ("_script_memo", "_region_word_memo"):
                place_cues(code).__dict__.pop(memo, None)
            fresh[code, hint] = places.find_places(text, hint, code)
    for code, text in texts.items():
        for hint in (*hints, *reversed(hints)):  # now remembered from the other hints' passes
            assert places.find_places(text, hint, code) == fresh[code, hint]
    assert any(p.surface == "إدلب" for p in fresh["ar", "Syria"])


def test_phrase_starts_remembered_per_word_are_every_phrase_that_starts_there(monkeypatch):
    """`find` takes what may start at a token from TOKEN_STARTS (per fold and key, within its
    limit): the matches are those of trying every phrase that may start at each token."""
    from extractors.events import pack_matching, pack_phrases

    def every_phrase(pack, text, labels):
        tokens = pack.tokens(text)
        by_key, open_phrases = pack._index_for(labels)
        asides = pack.time_asides(tokens)
        out = []
        for i, tok in enumerate(tokens):
            for phrase in pack._starting_at(tok, by_key, open_phrases):
                end = pack_phrases._match_at(
                    phrase.elements, tokens, i, asides if len(phrase.elements) > 1 else None
                )
                if end is not None:
                    skipped = pack_phrases._skipped(phrase, tokens, i, end, asides) if end > i + 1 else ()
                    out.append((phrase.label, phrase.phrase, i, end, tok.start, tokens[end - 1].end, skipped))
        return sorted(out, key=lambda m: (m[2], -(m[3] - m[2])))

    monkeypatch.setattr(pack_matching, "STARTS_MEMO", 8)
    texts = {
        **SENTENCES,
        **LONGER,
        "fr2": "Les rebelles ont pris dimanche le contrôle de Kidal.",
        # one key, two folds: only "continues" is the pack's `=continues` (an exact form)
        "en2": "Fighting continued on Monday, and the shelling continues in the north.",
    }
    for code in texts:  # earlier tests of the process filled the memo under the old limit
        load_pack(code[:2]).__dict__.pop("_starts_memo", None)
    for _ in range(2):
        for code, text in texts.items():
            pack = load_pack(code[:2])
            for labels in (None, ("triggers",), ("demonyms", "relative_dates"), ("modality",)):
                got = [
                    (m.label, m.phrase, m.first, m.last, m.start, m.end, m.asides)
                    for m in pack.find(text, labels)
                ]
                assert got == every_phrase(pack, text, labels)
            for _key, (_index, starts) in pack.__dict__["_starts_memo"].items():
                assert len(starts) <= 8
    found = load_pack("fr").find(texts["fr2"], ("triggers",))
    assert any(m.asides for m in found)  # a time aside inside "ont pris ... le contrôle"


def test_namesakes_remembered_within_their_limit_answer_as_fresh_ones(monkeypatch):
    """A town name's namesakes' countries (`main_country._namesake_countries`) are remembered per
    name and language, within NAMESAKE_MEMO: the votes are those of computing them afresh."""
    from extractors.events import main_country

    texts = {
        **SENTENCES,
        **LONGER,
        "ru2": "В Токмаке Запорожской области и в Васильевке прошли обстрелы, сообщили в Харькове.",
        "es2": "Hombres armados atacaron un cuartel en Santa Cruz y en San José durante la noche.",
    }
    fresh = {}
    for code, text in texts.items():
        main_country._NAMESAKE_COUNTRIES.clear()
        fresh[code] = main_country.country_votes(text, "", code[:2])
    monkeypatch.setattr(main_country, "NAMESAKE_MEMO", 2)
    main_country._NAMESAKE_COUNTRIES.clear()
    for _ in range(2):
        for code, text in texts.items():
            assert main_country.country_votes(text, "", code[:2]) == fresh[code], code
            assert len(main_country._NAMESAKE_COUNTRIES) <= 2
    assert main_country._namesakes_elsewhere("Santa Cruz", "Bolivia", "es")  # a name several countries share
