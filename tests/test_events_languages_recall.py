"""Recall of the event coder in languages other than English: the word classes each pack must hold
for a newsroom's everyday wording (people killed by gunmen, arrests in the active voice, marches),
and the tokeniser's handling of elided clitics before a word the pack knows only by its beginning.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.events import code_events
from extractors.events.reading import pack_for
from extractors.models import Article, EventMention


def coded(text: str, language: str, published: str = "2024-06-12", title: str = "") -> list[EventMention]:
    when = datetime.fromisoformat(published).replace(tzinfo=UTC)
    article = Article(url="http://example.test/a", canonical_url="http://example.test/a", title=title,
                      text=text, published_at=when, language=language)  # fmt: skip
    return code_events(article)


def kinds(mentions: list[EventMention]) -> set[tuple[str, str]]:
    return {(m.event_type, m.sub_event_type) for m in mentions}


ATTACK = ("Violence against civilians", "Attack")


# "people", "a man", "persons": the generic nouns for victims are civilians in every pack, so a
# killing word whose victims are only "people" codes an attack on civilians, as in English
@pytest.mark.parametrize(
    ("language", "text", "dead"),
    [
        (
            "es",
            "Hombres armados asesinaron a cuatro personas el domingo en una fiesta en Irapuato, México.",
            4,
        ),
        (
            "pt",
            "Homens armados mataram três pessoas na terça-feira numa aldeia do distrito de Macomia, Moçambique.",
            3,
        ),
        (
            "it",
            "Un uomo è stato ucciso martedì sera in un agguato a Scampia, nella periferia di Napoli, in Italia.",
            1,
        ),
        (
            "fr",
            "Des hommes armés ont tué cinq personnes samedi dans un marché près de Djibo, au Burkina Faso.",
            5,
        ),
        ("tr", "Silahlı saldırganlar Diyarbakır'da pazartesi günü iki kişiyi öldürdü.", 2),
        ("ro", "Un bărbat a fost ucis cu focuri de armă joi în Chișinău, în Republica Moldova.", 1),
    ],
)
def test_people_killed_by_gunmen_are_civilians(language: str, text: str, dead: int) -> None:
    mentions = coded(text, language)
    attacks = [m for m in mentions if (m.event_type, m.sub_event_type) == ATTACK]
    assert attacks, [(m.event_type, m.sub_event_type) for m in mentions]
    assert attacks[0].fatalities == dead
    assert attacks[0].actor2.startswith("Civilians")


def test_an_elided_clitic_comes_off_a_word_known_by_its_beginning() -> None:
    # French lists the army as `armée*` (a bare key would also take "armés"): "l'armée" must still
    # reach it, whatever key the whole token has
    fr = pack_for("fr")
    [token] = fr.tokens("l'armée")
    assert token.folded == "armée"
    mentions = coded(
        "Des combats ont opposé l'armée malienne à des rebelles jeudi près de Kidal, au Mali.", "fr"
    )
    assert any(m.event_type == "Battles" and m.actor1 == "Military Forces of Mali" or
               m.actor2 == "Military Forces of Mali" for m in mentions)  # fmt: skip
    # an unelided word is left whole: Arabic "و" comes off only a word the pack does not know
    ar = pack_for("ar")
    assert [t.folded for t in ar.tokens("وزير")] == ["وزير"]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        (
            "fr",
            "Les gendarmes ont arrêté quatre suspects mercredi à Ouagadougou, au Burkina Faso.",
            "Ouagadougou",
        ),
        ("sw", "Polisi waliwakamata wafuasi kumi wa upinzani jijini Arusha, Tanzania.", "Arusha"),
        ("es", "La policía detuvo a seis sospechosos el lunes en Medellín, Colombia.", "Medellin"),
        ("pt", "A polícia prendeu cinco suspeitos na quinta-feira em Nampula, Moçambique.", "Nampula"),
    ],
)
def test_arrests_in_the_active_voice(language: str, text: str, place: str) -> None:
    mentions = coded(text, language)
    arrests = [m for m in mentions if m.sub_event_type == "Arrests"]
    assert arrests and arrests[0].location == place


def test_french_stopping_is_no_arrest() -> None:
    # "arrêter" also means to stop: only its perfect with an object makes an arrest
    assert not coded(
        "Les deux camps ont appelé à arrêter les combats dans la région de Kidal, au Mali.", "fr"
    )


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        (
            "es",
            "Cientos de maestros marcharon el martes por el centro de Bogotá para exigir mejores salarios.",
            "Bogota",
        ),
        (
            "pt",
            "Milhares de estudantes marcharam na sexta-feira em Luanda contra o aumento das propinas, em Angola.",
            "Luanda",
        ),
    ],
)
def test_a_counted_crowd_that_marches_is_a_protest(language: str, text: str, place: str) -> None:
    mentions = coded(text, language)
    protests = [m for m in mentions if m.event_type == "Protests"]
    assert protests and protests[0].location == place
    assert protests[0].actor1.startswith("Protesters")


LANGUAGES = ("fr", "es", "pt", "it", "ar", "ru", "uk", "tr", "sw", "de", "id", "nl", "no", "ro", "hi")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_reporting_word_shares_a_key_with_an_actor_a_day_or_a_trigger(language: str) -> None:
    # a reporting phrase of one word that lemmatises like a victim noun ("told journalists" vs
    # "a journalist") or a weekday (Portuguese "segundo" vs "segunda-feira") would turn every such
    # word into a reporting clause and drop the place after it: write the reporting form as written
    pack = pack_for(language)
    reporting = {
        pack.key(pack.fold(p)): p
        for p in pack.phrases("reporting_verbs")
        if len(p.split()) == 1 and "*" not in p
    }
    clashes = [
        (reporting[pack.key(pack.fold(p))], label, p)
        for label in ("actors", "relative_dates", "triggers", "outcomes", "locative_prepositions")
        for p in pack.phrases(label)
        if len(p.split()) == 1 and "*" not in p and pack.key(pack.fold(p)) in reporting
    ]
    assert not clashes


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # a weekday word is no reporting verb: the place after it is the event's
        (
            "pt",
            "A polícia disparou gás lacrimogéneo contra manifestantes na segunda-feira em Beira, Moçambique.",
            "Beira",
        ),
        # a journalist hit is no "told journalists"
        ("ar", "اختطف مسلحون مجهولون صحفيا في البصرة مساء الأحد.", "Basrah"),
        ("tr", "Silahlı kişiler Musul'da iki gazeteciyi kaçırdı.", "Mosul"),
    ],
)
def test_the_place_after_a_word_like_a_reporting_verb_is_kept(language: str, text: str, place: str) -> None:
    mentions = coded(text, language)
    assert mentions and mentions[0].location == place


def test_a_weekday_after_a_name_is_no_part_of_it() -> None:
    # Swahili writes the weekday capitalised right after the place: "jijini Kisumu Jumatano"
    mentions = coded(
        "Mamia ya waandamanaji waliandamana jijini Kisumu Jumatano kupinga ushuru mpya, Kenya.", "sw"
    )
    assert mentions and mentions[0].location == "Kisumu"
    assert str(mentions[0].event_date) == "2024-06-12"


@pytest.mark.parametrize(
    ("language", "text", "capital"),
    [
        (
            "fr",
            "Les forces de l'ordre ont dispersé jeudi des manifestants devant l'Assemblée nationale, au Togo.",
            "Lome",
        ),
        (
            "sw",
            "Polisi waliwatawanya waandamanaji nje ya bunge Jumatano kwa mabomu ya machozi, Uganda.",
            "Kampala",
        ),
        (
            "es",
            "La policía dispersó con gases lacrimógenos a manifestantes frente al Congreso el lunes, en Perú.",
            "Lima",
        ),
        (
            "tr",
            "Gürcistan'da binlerce kişi pazartesi günü meclis binası önünde protesto gösterisi düzenledi.",
            "Tbilisi",
        ),
        (
            "en",
            "Riot police fired tear gas at protesters who tried to storm parliament on Tuesday, in Georgia.",
            "Tbilisi",
        ),
        (
            "pt",
            "Milhares de pessoas marcharam na capital na sexta-feira contra o governo, em Angola.",
            "Luanda",
        ),
    ],
)
def test_an_event_at_a_seat_of_state_is_in_the_capital(language: str, text: str, capital: str) -> None:
    mentions = coded(text, language)
    assert mentions and mentions[0].location == capital


def test_a_seat_of_state_that_speaks_places_nothing() -> None:
    # "parliament said": the institution speaks; the attack it speaks of has its own place or none
    mentions = coded(
        "Le parlement a condamné mardi l'attaque de jihadistes qui a tué dix civils, au Mali.", "fr"
    )
    assert all(m.location != "Bamako" for m in mentions)


def test_a_month_name_inside_a_name_is_kept() -> None:
    # "Janeiro" is a month, and the last word of a city: only weekdays end a name
    mentions = coded("A polícia prendeu três suspeitos na quarta-feira no Rio de Janeiro, no Brasil.", "pt")
    assert mentions and mentions[0].location == "Rio de Janeiro"


def test_portuguese_contractions_of_em_are_locative() -> None:
    # "na", "no" are "em" + article; the lemmatiser reads them as the article, so the pack lists them
    # as written (`=na`): "na capital" is a locative phrase like "em Maputo"
    pack = pack_for("pt")
    r = [m.phrase for m in pack.find("marcharam na capital", ["locative_prepositions"])]
    assert r == ["=na"]
    assert not pack.find("a capital", ["locative_prepositions"])  # the article alone is no preposition


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # a noun of the kind of place between the preposition and the name keeps the preposition's
        # pull: the town, not the province named after it
        (
            "fr",
            "Des combats opposent depuis mardi l'armée aux rebelles dans le territoire de Rutshuru, au Nord-Kivu.",
            "Rutshuru",
        ),
    ],
)
def test_a_place_noun_after_the_preposition_keeps_the_town(language: str, text: str, place: str) -> None:
    mentions = coded(text, language)
    assert mentions and mentions[0].location == place


def test_arabic_adjectives_that_stem_like_titles_or_agents_are_neither() -> None:
    # "رئيسية" (main) stems like "الرئيس" (the president): a main road is no seat of officials;
    # "نارية" (motorcycles: "دراجات نارية") stems like "بنيران" (by the fire of): no agent marker
    ar = pack_for("ar")
    assert not ar.find("طرقا رئيسية", ["actors", "person_titles"])
    assert not ar.find("دراجات نارية", ["agent_markers"])
    assert ar.find("قتل بنيران القوات", ["agent_markers"])
    mentions = coded(
        "أحرق محتجون إطارات وأغلقوا طرقا رئيسية في صيدا مساء الأحد احتجاجا على الغلاء، لبنان.", "ar"
    )
    assert mentions and mentions[0].location == "Sidon"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Migliaia di studenti hanno sfilato venerdì a Torino contro i tagli alla scuola."),
        ("tr", "Binlerce işçi pazar günü Ankara'da yürüyüş yaptı ve hükümeti protesto etti."),
    ],
)
def test_marching_crowds_in_italian_and_turkish(language: str, text: str) -> None:
    mentions = coded(text, language)
    assert mentions and mentions[0].event_type == "Protests"


def test_a_region_noun_before_a_name_in_arabic_script_asks_for_the_region() -> None:
    from extractors.events.places import find_places

    # "محافظة البيضاء": the governorate of al Bayda (Yemen), not the bigger town of that name in Libya
    found = find_places("اندلعت اشتباكات بين مسلحين قبليين في محافظة البيضاء صباح الاثنين.", None, "ar")
    assert [(p.name, p.kind, p.country) for p in found] == [("al Bayda", "admin1", "Yemen")]
    found = find_places("سقطت قذائف على محافظة إدلب.", "Syria", "ar")
    assert [(p.kind, p.country) for p in found] == [("admin1", "Syria")]


def test_a_ranking_of_provinces_by_strikes_is_no_event() -> None:
    text = "وجاءت محافظة مأرب في المرتبة الأولى من حيث عدد الغارات الجوية، تلتها محافظتا شبوة وأبين، اليمن."
    assert not coded(text, "ar")
