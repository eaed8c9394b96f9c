"""Round 7 language rules, from the wording of real reports in Arabic, Russian and the Romance
languages: common words of a caseless script are no towns, officials sit in no countryside,
an adjective opening a name is no town alone, an agent marker reaches its actor across an article.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.events import code_events
from extractors.events.locate import article_country, event_places
from extractors.events.places import find_places
from extractors.models import Article


def _article(text: str, language: str, title: str = "") -> Article:
    when = datetime(2024, 5, 6, tzinfo=UTC)
    return Article(url="http://example.test/a", canonical_url="http://example.test/a", title=title, text=text,
                   published_at=when, language=language)  # fmt: skip


# --------------------------------------------------------------------------- COMMON_WORDS


@pytest.mark.parametrize(
    "text",
    [
        "قال شهود إن من كان في المنزل قتل في القصف على بلدة سراقب في ريف إدلب.",
        "وأضاف المصدر أن القصف كان عنيفا بعد منتصف الليل في مدينة حماة.",
    ],
)
def test_a_common_arabic_word_is_no_town(text: str) -> None:
    names = {p.name for p in find_places(text, "Syria", "ar")}
    assert "Caen" not in names and "Cannes" not in names
    assert names & {"Idlib", "Hamah", "Saraqib"}


# --------------------------------------------------------------------------- seat of officials


def test_an_area_of_a_town_is_no_seat_of_officials() -> None:
    # "groups loyal to the regime in the countryside of Homs": the place is where the fight was
    text = "قتل 12 شخصا في اشتباكات بين مسلحين وجماعات موالية للنظام في ريف حمص."
    assert [p.name for p in event_places(text, "Syria", "ar")] == ["Homs"]


def test_officials_in_a_town_still_are_its_seat() -> None:
    text = "Officials in Kandahar said the strike killed five people."
    assert event_places(text, "Afghanistan", "en") == []


# --------------------------------------------------------------------------- an adjective opening a name


@pytest.mark.parametrize(
    "text",
    [
        "Двое мирных жителей ранены при обстреле села Новая Ольшанка Белгородской области.",
        "Снаряд попал в жилой дом в поселке Новый Свет Белгородской области, пострадали двое.",
    ],
)
def test_a_russian_adjective_opening_a_name_is_no_town(text: str) -> None:
    assert "Novi" not in {p.name for p in find_places(text, None, "ru")}
    assert article_country(text, "", "ru") == "Russia"


# --------------------------------------------------------------------------- agent marker and article


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("fr", "Douze soldats ont été tués par des jihadistes mardi près de Djibo, au Burkina Faso.", "Burkina Faso"),
        ("fr", "Huit gendarmes ont été tués par les assaillants lundi à Kaya, au Burkina Faso.", "Burkina Faso"),
        ("es", "Seis soldados fueron asesinados por los guerrilleros el martes en Tumaco, Colombia.", "Colombia"),
        ("it", "Dodici soldati sono stati uccisi dai jihadisti martedì a Djibo, in Burkina Faso.", "Burkina Faso"),
        ("pt", "Seis soldados foram mortos pelos insurgentes na terça-feira em Mocímboa da Praia, Moçambique.",
         "Mozambique"),
    ],
)  # fmt: skip
def test_soldiers_killed_by_an_armed_group_named_after_an_article(
    language: str, text: str, country: str
) -> None:
    events = code_events(_article(text, language))
    assert events, text
    e = events[0]
    assert e.event_type == "Battles"
    assert e.actor2 is not None and " Forces of " in f" {e.actor2}"
    assert e.actor1 is not None and "Forces of" not in e.actor1
    assert e.country == country


# --------------------------------------------------------------------------- a count across its genitive


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Au moins quinze soldats des Forces armées de la République démocratique du Congo ont perdu la vie "
               "jeudi lors de combats contre des rebelles à Masisi, au Nord-Kivu."),
        ("en", "At least fifteen soldiers of the armed forces of the Democratic Republic of Congo were killed on "
               "Thursday in fighting with rebels in Kalehe, South Kivu."),
        ("es", "Al menos quince soldados de las Fuerzas Armadas de la República Democrática del Congo murieron el "
               "jueves en combates con rebeldes en Masisi, Kivu del Norte."),
    ],
)  # fmt: skip
def test_a_count_reaches_its_outcome_across_the_force_and_country_named_after_it(
    language: str, text: str
) -> None:
    events = code_events(_article(text, language))
    assert events and events[0].fatalities == 15


# --------------------------------------------------------------------------- SMALL_TOWNS


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("ar", "قتل ثلاثة مدنيين في قصف مدفعي استهدف بلدة معلولا في ريف دمشق في سوريا.", "Ma'lula"),
        (
            "ar",
            "أصيب أربعة أشخاص في انفجار عبوة ناسفة في مدينة قلنسية بمحافظة أرخبيل سقطرى في اليمن.",
            "Qalansiyah",
        ),
        ("ru", "Двое мирных жителей ранены при обстреле поселка Урзуф Донецкой области Украины.", "Urzuf"),
    ],
)
def test_a_small_town_named_in_its_script_with_a_place_noun(language: str, text: str, town: str) -> None:
    events = code_events(_article(text, language))
    assert events and events[0].location == town


def test_a_common_word_after_a_place_noun_is_no_small_town() -> None:
    # "منطقة جديدة" (a new area): "جديدة" is also a village of Syria, but a common word of Arabic
    text = "قصفت الطائرات مواقع للمسلحين في منطقة جديدة قرب مدينة حماة في سوريا."
    assert [p.name for p in find_places(text, "Syria", "ar") if p.kind != "country"] == ["Hamah"]


def test_a_small_town_needs_a_cue_and_the_texts_country() -> None:
    # "Urzuf" named bare in a report about another country is no town of Ukraine
    text = "Урзуф сообщил, что двое мирных жителей ранены при обстреле в Белгородской области."
    assert "Urzuf" not in {p.name for p in find_places(text, "Russia", "ru")}


# --------------------------------------------------------------------------- a town before its province


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("fr", "Cinq civils ont été tués lundi par des hommes armés près de Kaya, province du Sanmatenga, au Burkina "
               "Faso.", "Kaya"),
        ("ar", "قتل خمسة أشخاص في غارة جوية على منطقة قرب قلنسية محافظة أرخبيل سقطرى في اليمن.", "Qalansiyah"),
    ],
)  # fmt: skip
def test_a_town_named_before_its_own_province_is_the_place(language: str, text: str, town: str) -> None:
    events = code_events(_article(text, language))
    assert events and events[0].location == town


# --------------------------------------------------------------------------- a month inside a place's name


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Criminosos mataram dois policiais militares durante um tiroteio no Rio de Janeiro."),
        ("es", "Hombres armados mataron a dos policías durante un tiroteo en Río de Janeiro, Brasil."),
    ],
)
def test_a_month_name_inside_a_place_name_is_no_date(language: str, text: str) -> None:
    events = code_events(_article(text, language))
    assert events and events[0].location == "Rio de Janeiro"
    assert events[0].event_date == datetime(2024, 5, 6, tzinfo=UTC).date()


# --------------------------------------------------------------------------- OF_A_COUNTRY


@pytest.mark.parametrize(
    ("language", "text", "force"),
    [
        (
            "ru",
            "Военнослужащие Вооруженных сил Украины обстреляли поселок Климово Брянской области.",
            "Ukraine",
        ),
        ("fr", "Les soldats de l'armée du Mali ont bombardé un village près de Tombouctou, au Mali.", "Mali"),
        (
            "es",
            "Tropas del Ejército de Colombia bombardearon un campamento en el Guaviare, Colombia.",
            "Colombia",
        ),
    ],
)
def test_a_force_is_of_the_country_named_right_after_it(language: str, text: str, force: str) -> None:
    from extractors.events.actors import actors_in
    from extractors.events.reading import read

    forces = [a for a in actors_in(read(text, language), "Russia") if a.source == "state"]
    assert forces and all(a.country == force for a in forces)


# --------------------------------------------------------------------------- KILLED_ONE


@pytest.mark.parametrize(
    ("language", "text", "dead"),
    [
        (
            "ru",
            "При атаке беспилотника на поселок Климово Брянской области погиб мирный житель, двое ранены.",
            1,
        ),
        ("ru", "В результате обстрела Горловки женщина погибла, еще трое получили ранения.", 1),
        ("uk", "Унаслідок обстрілу Нікополя загинула жінка, ще двоє людей поранені.", 1),
        ("ar", "لقي مدني مصرعه وأصيب اثنان آخران في قصف مدفعي على بلدة معرة النعمان في ريف إدلب.", 1),
        ("ar", "استشهد شاب برصاص الجيش الإسرائيلي قرب مدينة نابلس في الضفة الغربية.", 1),
        ("ru", "При атаке беспилотника на поселок Климово Брянской области погибли трое мирных жителей.", 3),
    ],
)
def test_a_singular_killed_form_counts_one(language: str, text: str, dead: int) -> None:
    events = code_events(_article(text, language))
    assert events and events[0].fatalities == dead


# --------------------------------------------------------------------------- national forces' acronyms


@pytest.mark.parametrize(
    ("language", "text", "actor"),
    [
        ("fr", "Les FARDC ont bombardé des positions rebelles près de Sake, dans le Nord-Kivu.",
         "Military Forces of Democratic Republic of Congo"),
        ("fr", "Les FAMa ont frappé une base terroriste près de Boni, dans la région de Mopti.", "Military Forces of Mali"),
        ("pt", "As FADM bombardearam uma base de insurgentes perto de Mocímboa da Praia.", "Military Forces of Mozambique"),
        ("fr", "Les FDS ont bombardé une base terroriste près de Djibo, au Burkina Faso.", "Military Forces of Burkina Faso"),
    ],
)  # fmt: skip
def test_a_national_force_named_by_its_acronym_acts(language: str, text: str, actor: str) -> None:
    events = code_events(_article(text, language))
    assert events and events[0].actor1 == actor


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("Askari polisi ameuawa na wanamgambo wa al-Shabaab katika shambulio huko Garissa, Kenya.",
         "Police Forces of Kenya"),
        ("Mkulima ameuawa kwa kupigwa risasi na watu wenye silaha katika kijiji cha Ikungi, Tanzania.",
         "Civilians (Tanzania)"),
    ],
)  # fmt: skip
def test_swahili_singular_killed_verb_counts_one_and_its_subject_was_hit(text: str, actor2: str) -> None:
    events = code_events(_article(text, "sw"))
    assert events and events[0].fatalities == 1 and events[0].actor2 == actor2


# --------------------------------------------------------------------------- QUARTER


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("pt", "Insurgentes incendiaram 20 casas no bairro Nampula, na cidade de Lichinga, em Niassa.",
         "Lichinga"),
        ("es", "Sicarios asesinaron a cuatro personas en el barrio Cartagena, en Pasto, Nariño.", "Pasto"),
        ("fr", "Des hommes armés ont tué quatre civils dans le quartier Kinshasa, à Beni, au Nord-Kivu.", "Beni"),
    ],
)  # fmt: skip
def test_a_neighbourhood_named_like_a_town_elsewhere_is_in_the_town_the_sentence_names(
    language: str, text: str, town: str
) -> None:
    events = code_events(_article(text, language))
    assert events and events[0].location == town


# --------------------------------------------------------------------------- German genitives and directions


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Bewaffnete haben im Norden Burkina Fasos ein Dorf überfallen und mindestens 20 Zivilisten getötet.",
         "Burkina Faso"),
        ("Bei einem Luftangriff im Nordwesten Syriens sind am Montag sieben Zivilisten getötet worden.", "Syria"),
        ("Kämpfer der Terrormiliz Boko Haram haben im Nordosten Nigerias zwölf Bauern getötet.", "Nigeria"),
    ],
)  # fmt: skip
def test_a_german_country_in_the_genitive_after_a_direction_noun(text: str, country: str) -> None:
    events = code_events(_article(text, "de"))
    assert events and events[0].country == country
