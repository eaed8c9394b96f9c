"""Recall of the event coder in languages other than English: the word classes each pack must hold
for a newsroom's everyday wording (people killed by gunmen, arrests in the active voice, marches),
and the tokeniser's handling of elided clitics before a word the pack knows only by its beginning.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from extractors.events.reading import pack_for
from extractors.models import EventMention
from tests.coding import code_text


def coded(text: str, language: str, published: str = "2024-06-12", title: str = "") -> list[EventMention]:
    return code_text(text, language=language, published=published, title=title)


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
        "Des combats ont opposé l'armée malienne à des rebelles jeudi près de Mopti, au Mali.", "fr"
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
        "Les deux camps ont appelé à arrêter les combats dans la région de Mopti, au Mali.", "fr"
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
            "Polisi waliwatawanya waandamanaji nje ya bunge Jumatano kwa mabomu ya machozi, Rwanda.",
            "Kigali",
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
    # as written (`=na`): "na capital" is a locative phrase like "em Chimoio"
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

    # "محافظة مأرب": the governorate of Marib, not its town (which the bare name is)
    found = find_places("اندلعت اشتباكات بين مسلحين قبليين في محافظة مأرب صباح الاثنين.", None, "ar")
    assert [(p.name, p.kind, p.country) for p in found] == [("Ma'rib", "admin1", "Yemen")]
    found = find_places("اندلعت اشتباكات بين مسلحين قبليين في مأرب صباح الاثنين.", None, "ar")
    assert [(p.name, p.kind, p.country) for p in found] == [("Ma'rib", "city", "Yemen")]
    found = find_places("سقطت قذائف على محافظة إدلب.", "Syria", "ar")
    assert [(p.kind, p.country) for p in found] == [("admin1", "Syria")]


def test_a_ranking_of_provinces_by_strikes_is_no_event() -> None:
    text = "وجاءت محافظة مأرب في المرتبة الأولى من حيث عدد الغارات الجوية، تلتها محافظتا شبوة وأبين، اليمن."
    assert not coded(text, "ar")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Des démineurs ont désamorcé mardi un engin explosif improvisé près de Tillabéri, au Niger."),
        (
            "es",
            "Soldados desactivaron el sábado un artefacto explosivo en una carretera de Tumaco, Colombia.",
        ),
        ("pt", "A polícia desativou um engenho explosivo na quinta-feira perto de Pemba, Moçambique."),
    ],
)
def test_a_defused_device_is_a_disrupted_weapon_not_a_blast(language: str, text: str) -> None:
    mentions = coded(text, language)
    assert [(m.event_type, m.sub_event_type) for m in mentions] == [
        ("Strategic developments", "Disrupted weapons use")
    ]


def test_a_turkish_case_ending_comes_off_a_known_name() -> None:
    from extractors.events.places import find_places

    found = find_places("Van'da düzenlenen operasyonda dört şüpheli gözaltına alındı.", "Turkey", "tr")
    assert [(p.name, p.country) for p in found] == [("Van", "Turkey")]


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("ar", "قتل ثلاثة مدنيين في قصف على قرية قرب الفاشر، السودان.", "Sudan"),
        ("ru", "Погибли два человека в Сирии.", "Syria"),
    ],
)
def test_a_country_name_before_a_full_stop_in_another_script(language: str, text: str, country: str) -> None:
    from extractors.events.countries import find_countries

    assert [m.country for m in find_countries(text, language)] == [country]


def test_a_full_stop_without_its_space_still_ends_a_sentence() -> None:
    from extractors.events.sentences import split_sentences

    text = "Yetkililer olayı doğruladı.Bakanlık açıklama yaptı. ABD'li U.S.Army yetkilisi konuştu."
    assert [s.text for s in split_sentences(text, "tr")] == [
        "Yetkililer olayı doğruladı.",
        "Bakanlık açıklama yaptı.",
        "ABD'li U.S.Army yetkilisi konuştu.",
    ]


@pytest.mark.parametrize(
    ("language", "text", "admin1"),
    [
        ("en", "Security forces killed five Maoists in Bijapur, Chhattisgarh, on Tuesday.", "Chhattisgarh"),
        (
            "es",
            "Cinco maoístas murieron en un enfrentamiento en Bijapur, en el estado de Chhattisgarh, India.",
            "Chhattisgarh",
        ),
    ],
)
def test_a_town_named_beside_its_region_is_the_namesake_there(language: str, text: str, admin1: str) -> None:
    from extractors.events.places import find_places

    towns = [p for p in find_places(text, "India", language) if p.kind != "admin1" and p.kind != "country"]
    assert towns and towns[0].name == "Bijapur" and towns[0].admin1 == admin1


# forms a lemmatiser leaves apart from the listed dictionary form (an irregular participle read as
# an adjective: "ouvert", "aperto"; a verb-second order: "eröffneten das Feuer"): each pack lists them
@pytest.mark.parametrize(
    ("language", "phrase"),
    [
        ("fr", "des hommes armés ont ouvert le feu sur la foule"),
        ("fr", "deux assaillants ont été abattus"),
        ("it", "uomini armati hanno aperto il fuoco"),
        ("it", "tre persone hanno perso la vita"),
        ("es", "un joven fue baleado"),
        ("de", "Bewaffnete eröffneten das Feuer auf Passanten"),
        ("de", "das Dorf wurde beschossen"),
        ("nl", "gewapende mannen openden het vuur"),
        ("ro", "protestatarii au dat foc mașinilor"),
        ("fr", "les soldats se sont retirés du camp"),
        ("fr", "l'armée a repris la ville"),
        ("sw", "waasi waliteka mji wa mpakani"),
        ("tr", "ordu köyü geri aldı"),
    ],
)
def test_irregular_and_reordered_forms_are_read(language: str, phrase: str) -> None:
    assert pack_for(language).find(phrase, ["triggers", "generic_violence", "outcomes"])


def test_stopping_is_no_retreat_in_french() -> None:
    # "se _ retirer" reads the reflexive with its auxiliary between; a bare "retirer" (take out) is none
    assert not pack_for("fr").find("ils ont retiré leur plainte", ["triggers"])


def test_french_gunmen_who_opened_fire_attacked() -> None:
    mentions = coded("Des hommes armés ont ouvert le feu dimanche sur des fidèles dans une église de Dori, au Burkina Faso.",
                     "fr")  # fmt: skip
    assert mentions and (mentions[0].event_type, mentions[0].sub_event_type) == ATTACK
    assert mentions[0].location == "Dori"


def test_a_named_locality_noun_announces_an_unlisted_place() -> None:
    from extractors.events.locate import event_places

    # "au lieu-dit X": the noun of a named spot; its "dit" is no reporting verb
    text = "Des hommes armés ont tendu une embuscade à une patrouille au lieu-dit Bamessingue, dans le Nord-Ouest."
    assert "Bamessingue" in [p.name for p in event_places(text, "Cameroon", "fr")]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "tr",
            "Hakkari ilinde çıkan çatışmada iki asker yaralandı.",
            "Hakkari",
        ),  # a wildcard region noun (`ilinde*`)
        ("hi", "इदलिब प्रांत में हवाई हमले हुए।", "Idlib"),  # a region noun after a name in another script
        ("ar", "غارات على محافظة إدلب", "Idlib"),
    ],
)
def test_a_region_noun_makes_the_name_its_region(language: str, text: str, name: str) -> None:
    from extractors.events.places import find_places

    hint = "Turkey" if language == "tr" else "Syria"
    assert [(p.name, p.kind) for p in find_places(text, hint, language)] == [(name, "admin1")]


def test_a_german_separable_verb_reads_its_particle_at_the_clause_end() -> None:
    mentions = coded(
        "Die Polizei nahm am Dienstag in Köln drei mutmaßliche Mitglieder einer Terrorzelle fest.", "de"
    )
    assert [(m.sub_event_type, m.location) for m in mentions] == [("Arrests", "Koln")]
    # the particle must come: "nahm an einer Kundgebung teil" is no arrest
    de = pack_for("de")
    assert not de.find(
        "Der Minister nahm am Montag an einer Sitzung in Berlin teil.", ["triggers.Strategic developments"]
    )


def test_an_ordinal_day_before_its_month_ends_no_sentence() -> None:
    from extractors.events.sentences import split_sentences

    text = (
        "Am 7. März griffen Bewaffnete ein Dorf an. Die Armee kam später. Es starben 12. Danach war es still."
    )
    assert [s.text for s in split_sentences(text, "de")] == [
        "Am 7. März griffen Bewaffnete ein Dorf an.",
        "Die Armee kam später.",
        "Es starben 12.",
        "Danach war es still.",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_modality_or_agent_word_shares_a_key_with_a_place_word_or_a_trigger(language: str) -> None:
    # Turkish "yakında" (soon, a future word) and "yakınında" (near) meet on one key: every event
    # "near X" would have been read as planned; German "seitens" (by) and "seit" (since)
    pack = pack_for(language)
    classes = [
        "agent_markers",
        *(f"modality.{k}" for k in ("negation", "hedges", "future", "conditional", "habitual", "denial")),
    ]
    own = {
        pack.key(pack.fold(p)): p
        for c in classes
        for p in pack.phrases(c)
        if len(p.split()) == 1 and "*" not in p and "=" not in p
    }
    clashes = [
        (own[k], label, p)
        for label in (
            "actors",
            "triggers",
            "outcomes",
            "locative_prepositions",
            "near_prepositions",
            "relative_dates",
        )
        for p in pack.phrases(label)
        if len(p.split()) == 1
        and "*" not in p
        and "=" not in p
        and (k := pack.key(pack.fold(p))) in own
        and pack.fold(p) != pack.fold(own[k])
    ]
    assert not clashes


def test_a_turkish_postposition_after_a_name_places_the_event_near_it() -> None:
    mentions = coded("Şırnak yakınında PKK ile çıkan çatışmada üç asker yaralandı.", "tr")
    assert mentions and mentions[0].event_type == "Battles"
    assert mentions[0].location == "Sirnak" and mentions[0].geo_precision == 2


def test_dutch_separable_participles_meet_their_infinitive() -> None:
    nl = pack_for("nl")
    # simplemma writes "aangevallen" as "aan_vallen": the key joins it again, as "aanvallen" is written
    assert nl.key(nl.fold("aangevallen")) == nl.key(nl.fold("aanvallen"))
    assert nl.key(nl.fold("opgepakt")) == nl.key(nl.fold("oppakken"))
    mentions = coded("Gewapende mannen hebben maandag een dorp bij Maiduguri aangevallen en zes burgers gedood, Nigeria.",
                     "nl")  # fmt: skip
    assert mentions and (mentions[0].event_type, mentions[0].sub_event_type) == ATTACK


def test_again_is_no_habit() -> None:
    # "again" tells one more event, not a habit ("PKK yine saldırdı", "opnieuw aangevallen")
    mentions = coded(
        "PKK'lı teröristler dün gece Şırnak'ta bir karakola yeniden saldırdı, bir asker şehit oldu.", "tr"
    )
    assert mentions and mentions[0].event_type == "Battles"


def test_a_turkish_demonstration_in_its_possessive_case() -> None:
    assert pack_for("tr").find(
        "Kadıköy'deki protesto gösterisinde polis müdahale etti", ["triggers.Protests"]
    )


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        # a road collision is no clash: the words of a crash are not the words of a fight
        (
            "ru",
            "",
            "Три человека погибли в результате столкновения грузовика и автобуса под Тверью в понедельник.",
        ),
        (
            "it",
            "",
            "Due giovani sono morti in uno scontro frontale tra due auto sabato notte vicino a Brescia.",
        ),
        ("tr", "", "Konya'da iki otomobilin çarpışması sonucu üç kişi hayatını kaybetti."),
        # a storm that kills is no attack on civilians; a cyclone that strikes is no labour strike
        ("no", "", "En kraftig storm førte til at to personer omkom i Tromsø natt til lørdag."),
        ("ar", "", "ضرب إعصار قوي سواحل سلطنة عمان الثلاثاء ما أدى إلى مقتل ثلاثة أشخاص في صلالة."),
    ],
)
def test_accidents_and_storms_are_no_events(language: str, title: str, text: str) -> None:
    assert not coded(text, language, title=title)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Três pessoas morreram num incêndio numa casa em Nampula, na segunda-feira."),
        ("tr", "Bursa'da bir apartmanda çıkan yangında üç kişi hayatını kaybetti."),
        ("ru", "Три человека погибли при пожаре в частном доме в Самаре в пятницу."),
        ("de", "Bei einem Brand in einem Mehrfamilienhaus in Essen sind drei Menschen ums Leben gekommen."),
        ("ar", "توفي ثلاثة أشخاص في حريق اندلع في منزل بمدينة البصرة الجمعة."),
        ("fr", "Un incendie a fait deux morts dans un immeuble de Lyon samedi."),
    ],
)
def test_people_dead_in_a_house_fire_are_no_attack(language: str, text: str) -> None:
    # the generic words for people are civilians; a fire that kills them is an accident (non_conflict)
    assert not coded(text, language)


def test_arson_by_attackers_is_still_read() -> None:
    mentions = coded(
        "Des jihadistes ont incendié des maisons et tué cinq villageois près de Djibo, au Burkina Faso.", "fr"
    )
    assert mentions and (mentions[0].event_type, mentions[0].sub_event_type) == ATTACK


def test_a_weekday_is_no_town_in_another_script() -> None:
    from extractors.events.places import find_places

    # "يوم الخميس" (on Thursday): no town of that name abroad
    assert not find_places("تظاهر الآلاف في العاصمة يوم الخميس.", "Sudan", "ar")


@pytest.mark.parametrize(
    ("language", "text", "capital"),
    [
        ("ar", "تظاهر آلاف السودانيين في العاصمة يوم الخميس للمطالبة بحكم مدني، السودان.", "Khartoum"),
        ("tr", "Sırbistan'da binlerce öğrenci cumartesi günü başkentte hükümeti protesto etti.", "Belgrade"),
        ("ru", "Тысячи человек вышли на акцию протеста в столице Армении в воскресенье.", "Yerevan"),
    ],
)
def test_in_the_capital_in_inflected_languages(language: str, text: str, capital: str) -> None:
    mentions = coded(text, language)
    assert mentions and mentions[0].location == capital


def test_a_country_name_in_another_script_is_never_a_town() -> None:
    from extractors.events.places import find_places

    assert [(p.name, p.kind) for p in find_places("в столице Армении", "Armenia", "ru")] == [
        ("Armenia", "country")
    ]
