"""Language rules of the coder met in many newsrooms' wording: towns listed after one settlement
noun, state forces named by a bare "forces" noun and a demonym, names behind Arabic proclitics,
case forms of city names.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from extractors.events.locate import event_places
from tests.coding import code_text


@pytest.mark.parametrize(
    ("language", "text", "hint"),
    [
        ("en", "Gunmen attacked the villages of Bakoshi, Nguldari and Tambeke on Monday.", "Nigeria"),
        (
            "fr",
            "Des hommes armés ont attaqué les villages de Bakoshi, Nguldari et Tambeke dimanche.",
            "Niger",
        ),
        ("es", "Los guerrilleros atacaron los poblados de Bakoshi, Nguldari y Tambeke el lunes.", "Colombia"),
        (
            "pt",
            "Os insurgentes atacaram as aldeias de Bakoshi, Nguldari e Tambeke na segunda-feira.",
            "Mozambique",
        ),
    ],
)
def test_every_name_of_a_list_after_a_settlement_noun_is_a_place(language: str, text: str, hint: str) -> None:
    names = [p.name for p in event_places(text, hint, language)]
    assert names[:3] == ["Bakoshi", "Nguldari", "Tambeke"]


def test_a_list_member_the_gazetteer_lacks_lies_near_the_known_first_town() -> None:
    text = "Samedi, des séparatistes armés ont visé deux postes de l'armée dans les localités de Bamenda, Bakoshi et Tambeke."
    places = {p.name: p for p in event_places(text, "Cameroon", "fr")}
    assert places["Bakoshi"].latitude == places["Bamenda"].latitude
    assert places["Bakoshi"].geo_precision == 3


def test_a_settlement_noun_does_not_list_a_name_after_a_verb() -> None:
    text = "Des hommes armés ont attaqué le village de Bakoshi, Amadou Diallo a raconté."
    names = [p.name for p in event_places(text, "Niger", "fr")]
    assert "Bakoshi" in names and "Amadou" not in names


@pytest.mark.parametrize(
    ("language", "text", "hint"),
    [
        ("en", "Gunmen attacked the village of Bakoshi, Musa Tambeke told reporters on Monday.", "Nigeria"),
        (
            "pt",
            "Os insurgentes atacaram a aldeia de Bakoshi, Tambeke Nguldari contou à imprensa.",
            "Mozambique",
        ),
    ],
)
def test_a_name_after_a_comma_is_no_listed_town_without_a_joiner(language: str, text: str, hint: str) -> None:
    names = [p.name for p in event_places(text, hint, language)]
    assert "Bakoshi" in names and not {"Musa Tambeke", "Tambeke Nguldari", "Musa", "Tambeke"} & set(names)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les forces russes ont bombardé la ville de Kharkiv dimanche, tuant cinq civils."),
        ("it", "Le forze russe hanno bombardato la città di Kharkiv domenica, uccidendo cinque civili."),
        ("es", "Las fuerzas rusas bombardearon la ciudad de Járkov el domingo y mataron a cinco civiles."),
        ("pt", "As forças russas bombardearam a cidade de Kharkiv no domingo, matando cinco civis."),
        ("ro", "Forțele ruse au bombardat duminică orașul Harkov, ucigând cinci civili."),
        ("ru", "В воскресенье российские силы обстреляли Харьков, погибли пять мирных жителей."),
        ("tr", "Rus güçleri pazar günü Harkov kentini bombaladı, beş sivil öldü."),
        ("ar", "القوات الروسية قصفت مدينة حلب يوم الأحد ما أدى إلى مقتل خمسة مدنيين."),
    ],
)
def test_a_bare_forces_noun_with_a_demonym_is_that_state_force(language: str, text: str) -> None:
    mentions = code_text(text, language=language, published="2024-05-07")
    assert mentions and mentions[0].actor1 == "Military Forces of Russia"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les forces rebelles ont pris la ville par la force."),
        ("es", "Las fuerzas rebeldes tomaron la ciudad por la fuerza."),
    ],
)
def test_a_bare_forces_noun_without_a_state_is_no_state_force(language: str, text: str) -> None:
    from extractors.events.actors import find_actors

    assert not [a for a in find_actors(text, "Libya", language) if a.name.startswith("Military Forces")]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("ru", "Колонна вошла в Ростове-на-Дону в субботу.", "Rostov-on-Don"),
        ("ru", "Беспилотник упал в Нижнем Новгороде.", "Nizhniy Novgorod"),
        ("ru", "Взрыв прогремел в Старом Осколе.", "Staryy Oskol"),
        ("ru", "Ракета попала в дом в Кривом Роге.", "Kryvyy Rih"),
        ("ru", "Пожар начался в Набережных Челнах.", "Naberezhnyye Chelny"),
        ("uk", "Вибух пролунав у Білій Церкві.", "Bila Tserkva"),
    ],
)
def test_a_name_of_several_words_is_read_in_its_case_form(language: str, text: str, name: str) -> None:
    from extractors.events.places import find_places

    assert [p.name for p in find_places(text, None, language)] == [name]


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        (
            "pt",
            "As tropas governamentais enfrentaram os rebeldes perto de Mueda na terça-feira.",
            "Armed clash",
        ),
        (
            "sw",
            "Wakazi wenye hasira walimpiga hadi kufa mshukiwa mmoja mjini Kisumu Jumanne.",
            "Mob violence",
        ),
        ("sw", "Mwanamume mmoja alipigwa mpaka kufa na wananchi mjini Arusha Jumanne.", "Mob violence"),
        ("ru", "Во вторник демонстранты закидали камнями полицейских в Тбилиси.", "Violent demonstration"),
        (
            "fr",
            "Mardi, des manifestants ont jeté des pierres sur les policiers à Kankan.",
            "Violent demonstration",
        ),
        ("fr", "Mardi, des centaines d'étudiants ont marché dans les rues de Bamako.", "Peaceful protest"),
        ("id", "Pada hari Selasa massa merusak kantor bupati di Nabire.", "Violent demonstration"),
    ],
)
def test_everyday_words_for_clashes_crowds_and_mobs(language: str, text: str, kind: str) -> None:
    mentions = code_text(text, language=language, published="2024-05-08")
    assert kind in {m.sub_event_type for m in mentions}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Mercredi, au lendemain des affrontements qui ont fait quatre morts à Bunia, la ville était calme.",
        ),
        (
            "es",
            "El miércoles, un día después de los combates que dejaron cuatro muertos en Tumaco, reinaba la calma.",
        ),
        (
            "pt",
            "Na quarta-feira, um dia depois dos confrontos que fizeram quatro mortos em Pemba, a cidade estava calma.",
        ),
        (
            "it",
            "Mercoledì, il giorno dopo gli scontri che hanno fatto quattro morti a Bengasi, la città era calma.",
        ),
    ],
)
def test_an_event_told_as_the_day_before_is_not_the_named_day(language: str, text: str) -> None:
    # "on Wednesday, a day after clashes ...": Wednesday is not the clashes' day
    mentions = code_text(text, language=language, published="2024-05-09")
    assert not [m for m in mentions if m.event_date is not None and m.event_date.isoformat() == "2024-05-08"]


def test_a_country_in_the_possessive_after_a_force_noun_holds_what_follows() -> None:
    # "Turkish warplanes bombed targets in the north of Iraq": Iraq's genitive is the region's, not the planes'
    from extractors.events.actors import find_actors

    text = "Türk savaş uçakları Irak'ın kuzeyindeki hedefleri bombaladı."
    assert [a.name for a in find_actors(text, "Iraq", "tr")][:1] == ["Military Forces of Turkey"]


def test_a_report_that_names_no_country_takes_the_home_of_the_group_it_names() -> None:
    mentions = code_text("Les rebelles du M23 ont attaqué la localité de Bakoshi lundi, tuant six civils.", language="fr",
                         published="2024-05-08")  # fmt: skip
    assert mentions and (mentions[0].country, mentions[0].location) == (
        "Democratic Republic of Congo",
        "Bakoshi",
    )


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "Près de Gao, deux soldats ont été tués mardi.", "Gao"),
        ("es", "Cerca de Pasto, dos policías murieron el martes.", "Pasto"),
        ("pt", "Perto de Pemba, dois soldados morreram na terça-feira.", "Pemba"),
        ("de", "In der Nähe von Charkiw schlug am Dienstag eine Rakete ein.", "Kharkiv"),
        ("de", "Nahe der Grenze zu Mali griffen Dschihadisten am Dienstag an.", "Mali"),
    ],
)
def test_a_sentence_opening_with_a_near_preposition_keeps_its_place(
    language: str, text: str, name: str
) -> None:
    from extractors.events.places import find_places

    assert [p.name for p in find_places(text, None, language)] == [name]


@pytest.mark.parametrize(
    ("language", "text", "towns"),
    [
        (
            "fr",
            "Des manifestations ont eu lieu mardi à Ségou et à Sikasso contre la junte.",
            ["Segou", "Sikasso"],
        ),
        ("en", "Protesters rallied in Kano and in Katsina on Tuesday.", ["Kano", "Katsina"]),
        ("es", "Miles de personas marcharon el martes en Pasto y en Medellín.", ["Pasto", "Medellin"]),
    ],
)
def test_a_list_that_repeats_its_preposition_is_one_event_per_town(
    language: str, text: str, towns: list
) -> None:
    mentions = code_text(text, language=language, published="2024-05-08")
    assert sorted(m.location for m in mentions) == sorted(towns)


def test_a_word_inside_a_trigger_phrase_in_another_script_is_no_town() -> None:
    # "live bullets": the adjective is also a town's name elsewhere
    text = "أطلقت الشرطة الرصاص الحي على المتظاهرين في الخرطوم يوم الثلاثاء."
    mentions = code_text(text, language="ar", published="2024-05-08")
    assert mentions and mentions[0].location == "Khartoum"


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("en", "Israel struck a house in Rafah on Tuesday, killing six people.", "Palestine"),
        ("fr", "Israël a mené mardi des frappes sur le sud du Liban, tuant trois personnes.", "Lebanon"),
    ],
)
def test_a_state_named_as_the_one_that_struck_is_not_the_scene(
    language: str, text: str, country: str
) -> None:
    mentions = code_text(text, language=language, published="2024-05-08")
    assert mentions and mentions[0].country == country


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        (
            "fr",
            "Les rebelles ont attaqué mardi la cité minière de Bakoshi, au Nord-Kivu, tuant six civils.",
            "Bakoshi",
        ),
        ("en", "Fighting between the army and rebels killed ten people in eastern Congo on Tuesday.", ""),
    ],
)
def test_place_nouns_with_adjectives_and_a_bare_congo(language: str, text: str, place: str) -> None:
    mentions = code_text(text, language=language, published="2024-05-08")
    assert mentions and mentions[0].country == "Democratic Republic of Congo"
    assert mentions[0].location == place or not place


def test_a_town_named_before_a_region_of_another_country_lies_in_that_region() -> None:
    mentions = code_text("Gunmen killed two soldiers in Intan Jaya, Maluku, on Tuesday.", language="en",
                         published="2024-05-08")  # fmt: skip
    assert mentions and (mentions[0].country, mentions[0].location) == ("Indonesia", "Intan Jaya")


@pytest.mark.parametrize(
    ("text", "country", "place"),
    [
        ("Air strikes hit Maarat al-Numan in Homs province on Tuesday, killing seven civilians.", "Syria",
         "Ma'arrat an Nu'man"),
        ("Rioters attacked a mosque in Southport on Tuesday night, injuring a man.", "United Kingdom", "Southport"),
    ],
)  # fmt: skip
def test_spelling_variants_and_own_names_of_towns(text: str, country: str, place: str) -> None:
    mentions = code_text(text, language="en", published="2024-05-08")
    assert mentions and (mentions[0].country, mentions[0].location) == (country, place)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Mardi, une mine a explosé au passage d'un convoi militaire près de Gao, tuant trois soldats.",
        ),
        (
            "es",
            "El martes, una mina explotó al paso de una patrulla militar cerca de Tumaco y mató a tres soldados.",
        ),
        (
            "pt",
            "Na terça-feira, uma mina explodiu à passagem de uma patrulha perto de Mueda, matando três soldados.",
        ),
    ],
)
def test_a_mine_that_exploded_is_a_landmine_attack(language: str, text: str) -> None:
    mentions = code_text(text, language=language, published="2024-05-08")
    assert mentions and mentions[0].sub_event_type == "Remote explosive/landmine/IED"


def test_an_arabic_locative_proclitic_on_a_name_is_its_cue() -> None:
    from extractors.events.places import find_places

    # "air strikes in-Hodeidah yesterday": "in" is written onto the name
    assert [p.name for p in find_places("غارات جوية بالحديدة أمس", None, "ar")] == ["Al Hudaydah"]
    assert not find_places("والحديدة", None, "ar")  # "and" + the name, with no cue: not enough alone


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("pt", "Um manifestante foi baleado mortalmente pela polícia durante os protestos em Nampula.",
         "Excessive force against protesters"),
        ("pt", "Os manifestantes incendiaram pneus na avenida principal de Beira na segunda-feira.",
         "Violent demonstration"),
        ("sw", "Vijana waliwarushia mawe polisi katika mtaa wa Kibera jijini Mombasa Jumatano.", "Violent demonstration"),
    ],
)  # fmt: skip
def test_protest_and_riot_words_of_everyday_reports(language: str, text: str, kind: str) -> None:
    mentions = code_text(text, language=language, published="2024-05-10")
    assert kind in {m.sub_event_type for m in mentions}


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        ("Азербайджан начал антитеррористическую операцию в Нагорном Карабахе.", "Armed clash", "Azerbaijan"),
        ("Армянские сепаратисты согласились сложить оружие после переговоров в Баку.", "Change to group/activity",
         "Azerbaijan"),
        ("Толпа ворвалась в здание аэропорта Махачкалы в воскресенье.", "Violent demonstration", "Russia"),
    ],
)  # fmt: skip
def test_russian_operations_surrenders_and_crowds(text: str, kind: str, country: str) -> None:
    # an adjective's case form before another name word is no town of its own ("Нагорном" + "Карабахе")
    mentions = code_text(text, language="ru", published="2024-05-08")
    assert mentions and (mentions[0].sub_event_type, mentions[0].country) == (kind, country)
