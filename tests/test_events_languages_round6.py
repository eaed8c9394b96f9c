"""Round 6 language rules: undated pages read from the latest day their text states, reports of
one story dated by its dated reports, and vocabulary met in many newsrooms' wording.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from extractors.events import code_events
from extractors.models import Article


def _feed_dated(text: str, language: str, feed_day: str, page_dated: bool = False) -> Article:
    when = datetime.fromisoformat(feed_day).replace(tzinfo=UTC)
    return Article(url="http://example.test/a", canonical_url="http://example.test/a", title="", text=text,
                   published_at=when, language=language, page_dated=page_dated)  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        (
            "en",
            "On 14 March 2022, gunmen killed six villagers in Tambeke, Yobe state, on Monday.",
            date(2022, 3, 14),
        ),
        (
            "fr",
            "Le 14 mars 2022, des hommes armés ont tué six villageois à Tambeke, dans l'État de Yobe.",
            date(2022, 3, 14),
        ),
        (
            "es",
            "El 14 de marzo de 2022, hombres armados mataron a seis campesinos en Tambeke, estado de Yobe.",
            date(2022, 3, 14),
        ),
    ],
)
def test_an_undated_page_is_read_from_the_latest_day_its_text_states_after_its_feed_date(
    language: str, text: str, day: date
) -> None:
    # the page has no date of its own; its feed gives an older (default) one
    rows = code_events(_feed_dated(text, language, "2020-01-01"))
    assert rows and rows[0].event_date == day


def test_a_dated_page_keeps_its_own_date_whatever_its_text_states() -> None:
    text = (
        "Gunmen killed six villagers in Tambeke, Yobe state, on Monday, weeks after the 14 March 2022 raid."
    )
    rows = code_events(_feed_dated(text, "en", "2020-01-06", page_dated=True))
    assert rows and rows[0].event_date == date(2020, 1, 6)


@pytest.mark.parametrize(
    ("language", "text", "country", "admin1"),
    [
        (
            "ru",
            "В Дагестане боевики обстреляли пост полиции, погибли двое полицейских.",
            "Russia",
            "Dagestan",
        ),
        ("ru", "В результате обстрела в Крыму погибли три человека, сообщили власти.", "Ukraine", "Crimea"),
        ("uk", "Унаслідок обстрілу в Криму загинули троє людей, повідомила влада.", "Ukraine", "Crimea"),
    ],
)
def test_a_region_named_in_another_script_is_found_by_its_iso_3166_2_translation(
    language: str, text: str, country: str, admin1: str
) -> None:
    rows = code_events(_feed_dated(text, language, "2023-05-10", page_dated=True))
    assert rows and rows[0].country == country and rows[0].admin1 == admin1


def test_a_region_name_loses_the_region_nouns_of_its_language() -> None:
    from extractors.events.admin1_names import bare_name

    nouns = frozenset({"республика", "область"})
    assert bare_name("Автономная Республика Крым", nouns) == "Крым"
    assert bare_name("Ростовская область", nouns) == "Ростовская"
    assert bare_name("Крым", nouns) == ""


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "sw",
            "Raia mmoja aliuawa baada ya watu wenye silaha kushambulia basi katika kaunti ya Mandera, Kenya.",
        ),
        ("sw", "Mtu mmoja ameuawa katika shambulio la watu wenye silaha katika kaunti ya Mandera, Kenya."),
    ],
)
def test_a_word_for_one_after_its_noun_for_people_counts_one_dead(language: str, text: str) -> None:
    rows = code_events(_feed_dated(text, language, "2023-05-10", page_dated=True))
    assert rows and rows[0].fatalities == 1


def test_an_undated_report_takes_the_first_publication_of_its_storys_dated_reports() -> None:
    from flows.story_days import story_days

    group_of = {"a": "a", "b": "a", "u": "a", "v": "v", "w": "w", "x": "w"}
    order = {
        "a": (datetime(2024, 6, 26, 9), "k", "a"),
        "b": (datetime(2024, 6, 25, 18), "k", "b"),
        "u": (datetime.max, "k", "u"),
        "v": (datetime.max, "k", "v"),
        "w": (datetime.max, "k", "w"),
        "x": (datetime.max, "k", "x"),
    }
    # u: a story with dated reports; v: alone; w: a story of undated reports only
    assert story_days(group_of, order, {"u", "v", "w"}) == {"u": datetime(2024, 6, 25, 18)}


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        (
            "en",
            "At least seven people were killed in an armed attack on a bar in Celaya, Guanajuato, Mexico.",
            "Celaya",
        ),
        (
            "es",
            "Al menos siete personas murieron en un ataque armado en Culiacán, Sinaloa, México.",
            "Culiacan",
        ),
        (
            "fr",
            "Au moins sept personnes ont été tuées par des hommes armés à Culiacán, Sinaloa, au Mexique.",
            "Culiacan",
        ),
    ],
)
def test_a_town_then_its_own_region_after_a_comma_is_one_place_not_a_list(
    language: str, text: str, town: str
) -> None:
    rows = code_events(_feed_dated(text, language, "2023-05-10", page_dated=True))
    assert [r.location for r in rows] == [town]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Askerler dün Humus'a saldırdı.", "Homs"),
        ("İsrail ordusu dün gece Gazze'ye hava saldırısı düzenledi.", "Gaza"),
    ],
)
def test_a_name_with_a_case_ending_before_an_act_is_what_the_act_struck(text: str, name: str) -> None:
    from extractors.events.places import find_places

    assert name in [p.name for p in find_places(text, None, "tr")]


def test_a_name_with_a_case_ending_before_no_act_needs_another_cue() -> None:
    from extractors.events.places import find_places

    assert find_places("Askerler dün Halep'e gitti.", None, "tr") == []
