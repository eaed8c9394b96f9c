"""Round 12 vocabulary (ru, uk, sw, no, ar, tr): words of the packs and their stems: Swahili and
Norwegian vocabulary, the dead counted by nationality, a gapped outcome's figure, Arabic duals and
joiner clitics, occupation forces, and pack words whose stem or lemma is another common word's
(they match their own forms only).

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from extractors.events.places import find_places
from tests.coding import code_text

DAY = "2024-03-14"  # the publication day of the reports below (a Thursday)

# -- vocabulary: sw, no; the dead counted by nationality -----------------------------------------


def test_swahili_people_taking_to_the_streets_protest_a_car_on_the_road_does_not() -> None:
    rows = code_text(
        "Maelfu ya vijana waliingia barabarani mjini Kisumu kupinga ongezeko la kodi.",
        language="sw",
        published=DAY,
    )
    assert [(r.event_type, r.location) for r in rows] == [("Protests", "Kisumu")]
    assert code_text("Gari moja liliingia barabarani mjini Kisumu jana.", language="sw", published=DAY) == []


@pytest.mark.parametrize(
    ("text", "sub_event_type", "dead"),
    [
        (
            "En drone traff et boligområde i Odesa natt til onsdag, og to personer ble drept.",
            "Air/drone strike",
            2,
        ),
        ("Tre menn ble skutt og drept av ukjente gjerningsmenn i Kisumu tirsdag.", "Attack", 3),
        # the number inside a gapped outcome phrase is its figure (GAPPED_OUTCOME)
        ("Russisk rakettbeskytning av Kharkiv har kostet minst 15 mennesker livet.", None, 15),
        # "angrepet" (the attack) is the noun, not the verb "angripe"
        ("Angrepet mot Kharkiv drepte fire sivile i går.", None, 4),
    ],
)
def test_norwegian_vocabulary(text: str, sub_event_type: str | None, dead: int) -> None:
    rows = code_text(text, language="no", published=DAY)
    assert rows and rows[0].fatalities == dead
    if sub_event_type:
        assert rows[0].sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Three Palestinians were killed by Israeli soldiers in Nablus on Wednesday."),
        ("no", "Tre palestinere ble drept av israelske soldater i Nablus onsdag."),
    ],
)
def test_the_dead_counted_by_their_nationality_are_its_civilians(language: str, text: str) -> None:
    # COUNTED_NATIONALS: "three Palestinians", no actor noun: people of that country
    rows = code_text(text, language=language, published=DAY)
    assert [(r.event_type, r.actor2, r.fatalities) for r in rows] == [
        ("Violence against civilians", "Civilians (Palestine)", 3)
    ]


def test_a_demonym_on_an_actor_noun_is_that_actors() -> None:
    rows = code_text("Three Russian soldiers were killed in Kharkiv on Monday.", language="en", published=DAY)
    assert rows and rows[0].actor2 == "Military Forces of Russia"


def test_a_village_far_smaller_than_the_city_its_name_also_names_is_no_guess() -> None:
    # "Jenin" is a West Bank city's other name and a Polish village's own: without the country
    # neither; with it (the Palestinians named), the city
    assert find_places("Three men were killed by soldiers in Jenin.", None, "en") == []
    rows = code_text(
        "Tre palestinere ble skutt og drept av israelske soldater i Jenin onsdag.",
        language="no",
        published=DAY,
    )
    assert rows and rows[0].country == "Palestine"


def test_a_town_tied_to_the_attack_after_it_by_a_participle_is_what_was_hit() -> None:
    # ACT_AFTER through one tying word: "Harkiv'e düzenlediği füze saldırısı" (the strike it made on Kharkiv)
    rows = code_text(
        "Rus ordusunun Harkiv'e düzenlediği füze saldırısında iki kişi yaşamını yitirdi.",
        language="tr",
        published=DAY,
    )
    assert [(r.country, r.location, r.actor2) for r in rows] == [
        ("Ukraine", "Kharkiv", "Civilians (Ukraine)")
    ]


def test_a_word_of_the_language_opening_the_sentence_is_no_unlisted_town() -> None:
    rows = code_text("İsyancılar, Uvira kentinin kontrolünü ele geçirdi.", language="tr", published=DAY)
    assert [r.location for r in rows] == ["Uvira"]


# -- ru, uk ----------------------------------------------------------------------------------------


def test_a_neuter_adjective_of_a_place_name_is_read_back_to_its_nominative() -> None:
    # "в Красном Селе" -> "Красное Село" (INFLECTED_COMPOUNDS with the neuter ending)
    assert [p.name for p in find_places("Взрыв прогремел в Красном Селе под Петербургом.", None, "ru")][
        :1
    ] == ["Krasnoye Selo"]


def test_the_enemy_in_ukrainian_war_reporting_is_russias_forces() -> None:
    rows = code_text(
        "Ворог завдав авіаудару по селу на Сумщині, загинули двоє людей.", language="uk", published=DAY
    )
    assert rows and rows[0].actor1 == "Military Forces of Russia" and rows[0].country == "Ukraine"


def test_a_town_name_two_countries_share_follows_the_state_whose_forces_are_named() -> None:
    # FORCES_SUPPORT: "ЗСУ" (Ukraine's forces) makes "Токмаку" Tokmak in Ukraine, not Tokmok in Kyrgyzstan
    rows = code_text("ЗСУ знищили склад боєприпасів окупантів у Токмаку.", language="uk", published=DAY)
    assert rows and (rows[0].country, rows[0].location) == ("Ukraine", "Tokmak")


# -- ar ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("قتل شخصان في غارة بطائرة مسيرة على مدينة الموصل.", 2),  # the dual counts itself
        ("قتل جنديان في هجوم على حاجز للجيش قرب مدينة الموصل.", 2),
        # the joiner written onto the next outcome ("وأصيب") parts the two figures
        ("قتل شخصان وأصيب خمسة آخرون في غارة على مدينة الموصل.", 2),
        ("أصيب خمسة أشخاص وقتل اثنان في غارة على مدينة الموصل.", 2),
        # the plural of the same noun is no dual ("أشخاص": its lemma is the dual's)
        ("قتل خمسة أشخاص في غارة على مدينة الموصل.", 5),
        # a locative between a number and a unit word parts them: "2 في غارة" is no "two raids"
        ("قتل 2 في غارة على مدينة الموصل.", 2),
    ],
)
def test_arabic_counts(text: str, dead: int) -> None:
    rows = code_text(text, language="ar", published=DAY)
    assert rows and rows[0].fatalities == dead


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("استشهد ثلاثة فلسطينيين برصاص قوات الاحتلال في مدينة نابلس.", "Military Forces of Israel"),
        ("قصفت قوات الاحتلال التركي قرى في ريف الحسكة.", "Military Forces of Turkey"),
    ],
)
def test_arabic_occupation_forces_and_a_counted_demonym_is_no_adjective_of_the_act(
    text: str, actor1: str
) -> None:
    rows = code_text(text, language="ar", published=DAY)
    assert rows and rows[0].actor1 == actor1


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor1"),
    [
        (
            "Et bilbombeangrep i Kirkuk tok livet av åtte mennesker i går.",
            "Remote explosive/landmine/IED",
            None,
        ),
        ("Granatangrepet mot en politistasjon i Kirkuk drepte tre politimenn.", "Grenade", None),
        ("Syriske regimestyrker bombet flere landsbyer nær Homs i går.", None, "Military Forces of Syria"),
    ],
)
def test_norwegian_compounds_and_regime_forces(
    text: str, sub_event_type: str | None, actor1: str | None
) -> None:
    # "-angrep" compounds in their definite form are nouns (the bare one may be read as the verb)
    rows = code_text(text, language="no", published=DAY)
    assert rows
    if sub_event_type:
        assert rows[0].sub_event_type == sub_event_type
    if actor1:
        assert rows[0].actor1 == actor1


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "По меньшей мере 25 человек стали жертвами столкновений между армией и ополченцами в Хартуме.",
        ),
        ("uk", "Щонайменше 25 людей стали жертвами зіткнень між армією та ополченцями в Хартумі."),
    ],
)
def test_became_victims_is_past_not_future(language: str, text: str) -> None:
    # "стали" (became) shares its lemma with the future "станут"/"стане": only those forms are future
    rows = code_text(text, language=language, published=DAY)
    assert [(r.event_type, r.fatalities) for r in rows] == [("Battles", 25)]


def test_a_future_form_still_makes_no_event() -> None:
    assert (
        code_text("Жертвами столкновений в Хартуме станут мирные жители.", language="ru", published=DAY) == []
    )


# -- a modality word's lemma is no other common word's ---------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # "всего" (in all) is read as "все" (all) by its lemma: only the form itself is a running total
        ("ru", "В результате удара по Харькову погибли пять человек, все они мирные жители."),
        ("uk", "Унаслідок удару по Харкову загинули п'ятеро людей, всі вони цивільні."),
        # "siden" (since, ago) is read as "side"
        ("no", "Fra russisk side ble fire soldater drept i Kharkiv i går."),
        # "yok" (there is no) is read in "yoğun" (intense)
        ("tr", "Harkiv'de yoğun çatışmalarda 5 asker hayatını kaybetti."),
    ],
)
def test_a_modality_word_is_its_own_form_not_its_lemmas(language: str, text: str) -> None:
    rows = code_text(text, language=language, published=DAY)
    assert rows and rows[0].fatalities > 0


def test_part_of_a_force_is_no_habit() -> None:
    # "части" (units) is no "часто" (often)
    rows = code_text("Части ВСУ обстреляли Донецк, погибли два человека.", language="ru", published=DAY)
    assert rows and rows[0].sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    ("language", "text"),
    [("tr", "Harkiv'de çatışma yok."), ("ru", "В Харькове часто звучат взрывы.")],
)
def test_the_modality_forms_themselves_still_count(language: str, text: str) -> None:
    assert code_text(text, language=language, published=DAY) == []


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        # a state's navy is no word for the sea or for Bahrain
        ("ar", "وصل الوفد إلى البحرين عن طريق البحر.", "actors.state_forces"),
        # residents are no "sağlamak" (to provide), extremists no "aşırı" (excessive)
        ("tr", "Yardım kuruluşları köye gıda sağladı ve aşırı yağış sürdü.", "actors"),
    ],
)
def test_an_actor_word_is_its_own_form_not_its_stems(language: str, text: str, absent: str) -> None:
    from extractors.events.reading import read

    assert read(text, language).hits(absent) == []


def test_a_word_the_lemma_dictionary_misreads_is_its_own_key() -> None:
    # the lemma dictionary reads "артиллерия" as "дальнего": "дальше" (further) was artillery
    from extractors.events.reading import read

    assert read("Дальше события развивались быстро.", "ru").hits("triggers") == []
    rows = code_text(
        "Артиллерия обстреляла Никополь вчера, погибли три человека.", language="ru", published=DAY
    )
    assert rows and rows[0].sub_event_type == "Shelling/artillery/missile attack"
    assert read("Под огнём артиллерии.", "ru").hits("triggers")


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        # "месть" (revenge) is no "месте" (place: "погибли на месте", died on the spot)
        ("ru", "Два человека погибли на месте.", "response_markers"),
        # "آلية" (a vehicle) is no "إلى" (to)
        ("ar", "وصل الجيش إلى المدينة.", "target_nouns"),
        # "حتى الآن" (so far) is no "حتى أن" (so that)
        ("ar", "قصفت الطائرات المدينة حتى أن السكان فروا.", "modality.aggregate"),
        # "yakmak" (to burn) is no "yakın" (near); "bildirmek", "açıklamak" no "bile", "açık"
        ("tr", "Evlerin yakınında bir patlama oldu.", "triggers.Strategic developments"),
        ("tr", "Kapı bile açık kaldı.", "reporting_verbs"),
        # "СВО" is no "свои" (one's own)
        ("ru", "Бойцы вернулись в свои части.", "modality.durative"),
        # "цель" (a target) is no "в целом" (on the whole); "усього" no "усе"; "minnes" no "minner"
        ("ru", "В целом ситуация спокойная.", "target_nouns"),
        ("uk", "Усе місто знає про це.", "modality.aggregate"),
        ("no", "Angrepet minner om krigen.", "modality.aggregate"),
    ],
)
def test_a_word_of_the_pack_is_no_common_word_sharing_its_stem(language: str, text: str, absent: str) -> None:
    from extractors.events.reading import read

    assert read(text, language).hits(absent) == []


@pytest.mark.parametrize(
    ("language", "text", "present"),
    [
        ("ru", "Это была месть за теракт.", "response_markers"),
        ("ar", "استهدفت الطائرة آلية عسكرية.", "target_nouns"),
        ("ar", "قتل حتى الآن ثلاثة آلاف شخص.", "modality.aggregate"),
        ("tr", "Militanlar evleri yaktı.", "triggers.Strategic developments"),
        ("tr", "Bakanlık saldırıyı açıkladı.", "reporting_verbs"),
        ("tr", "Valilik olayı bildirdi.", "reporting_verbs"),
    ],
)
def test_the_words_themselves_still_match(language: str, text: str, present: str) -> None:
    from extractors.events.reading import read

    assert read(text, language).hits(present)
