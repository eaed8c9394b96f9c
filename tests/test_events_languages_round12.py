"""Round 12 language rules (ru, uk, sw, no, ar, tr) and dates: an undated report read from the
latest day its text states; Arabic "ago" counts and the Levantine month names; weekend forms; a
number word spelt like a weekday; a reporting word that closes its clause in a verb-final language;
a sentence's first word of the language before a town; a reporting phrase's inner word is no town.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.events.article_dates import latest_stated_date
from extractors.events.dates import find_dates
from extractors.events.places import find_places
from tests.coding import code_text

THU = date(2024, 3, 14)
DAY = "2024-03-14"  # the publication day of the reports below (a Thursday)


# -- dates: an undated report ------------------------------------------------------------------

UNDATED = [
    (
        "ru",
        "Заявление министерства от 11 марта 2023 года. Накануне боевики обстреляли село Каменка "
        "в Луганской области, погибли четыре человека.",
    ),
    (
        "uk",
        "Повідомлення від 11 березня 2023 року. Учора російські війська обстріляли Нікополь, "
        "загинули четверо людей.",
    ),
    (
        "sw",
        "Taarifa ya polisi ya tarehe 11 Machi 2023 ilisema kwamba jana usiku watu wenye silaha "
        "waliwaua wanakijiji wanne katika kijiji cha Mbalambala, kaunti ya Garissa.",
    ),
    ("no", "Lørdag 11. mars 2023: i går ble fire sivile drept i et flyangrep mot byen Mosul i Irak."),
    (
        "ar",
        "قالت الشرطة في بيان يوم السبت 11 آذار/مارس 2023 إن مسلحين قتلوا أربعة مدنيين أمس في هجوم "
        "على سوق في مدينة الموصل.",
    ),
    (
        "tr",
        "11 Mart 2023 tarihli açıklamaya göre dün Suriye'nin Tel Abyad ilçesine düzenlenen hava "
        "saldırısında dört sivil hayatını kaybetti.",
    ),
]


@pytest.mark.parametrize(("language", "text"), UNDATED)
@pytest.mark.parametrize("feed_day", [None, "2020-01-01"])
def test_an_undated_report_is_read_from_the_latest_day_its_text_states(
    language: str, text: str, feed_day: str | None
) -> None:
    # no date of its own (none at all, or a feed's older default one): "yesterday" is the day
    # before the date the text states, and the dead are counted
    rows = code_text(text, language=language, published=feed_day, page_dated=False)
    assert rows and rows[0].event_date == date(2023, 3, 10)
    assert rows[0].fatalities == 4


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("ar", "قالت الوزارة في بيان صدر في 3 تشرين الأول/أكتوبر 2023 إن القصف مستمر.", date(2023, 10, 3)),
        ("ar", "وذكرت الوكالة يوم 21 شباط 2022 أن الاشتباكات توقفت.", date(2022, 2, 21)),
        ("tr", "Bakanlık 5 Mart 2022 tarihinde yaptığı açıklamada saldırıyı doğruladı.", date(2022, 3, 5)),
    ],
)
def test_the_latest_stated_date_reads_the_languages_month_names(language: str, text: str, day: date) -> None:
    assert latest_stated_date([text], language) == day


# -- dates: words --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expression", "expected", "precision"),
    [
        ("ar", "قبل ثلاثة أيام", date(2024, 3, 11), "day"),  # "ago" before the count
        ("ar", "منذ 3 أيام", date(2024, 3, 11), "day"),  # the unit as the reading folds it ("ايام")
        ("ar", "قبل أسبوع", date(2024, 3, 7), "week"),
        ("ar", "في 9 آذار/مارس", date(2024, 3, 9), "day"),  # both names of the month, one month
        ("ar", "فجر 2 آذار", date(2024, 3, 2), "day"),  # the Levantine name alone
        ("ar", "5 شباط/فبراير", date(2024, 2, 5), "day"),
        ("ar", "5 نيسان/أبريل 2023", date(2023, 4, 5), "day"),
        ("ar", "12 جانفي", date(2024, 1, 12), "day"),  # the Maghrebi name
        ("tr", "geçtiğimiz hafta sonu", date(2024, 3, 9), "week"),  # the weekend, not last week
        ("uk", "минулими вихідними", date(2024, 3, 9), "week"),
        ("ru", "минувшими выходными", date(2024, 3, 9), "week"),
    ],
)
def test_date_words_of_the_languages(language: str, expression: str, expected: date, precision: str) -> None:
    found = find_dates(expression, THU, language)
    assert [(d.value, d.precision) for d in found] == [(expected, precision)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "انفجرت سيارة نيسان مفخخة قرب السوق"),  # a car make, no April without its other name
        ("ar", "وقع الانفجار قبل الهجوم بساعات"),  # "before the attack": no "ago"
        ("uk", "загинули четверо людей"),  # four, no Thursday ("четвер")
    ],
)
def test_words_that_only_look_like_dates_are_none(language: str, text: str) -> None:
    assert find_dates(text, THU, language) == []


def test_a_number_word_spelt_like_a_weekday_counts_the_dead() -> None:
    rows = code_text(
        "Учора російські війська обстріляли Нікополь, загинули четверо людей.", language="uk", published=DAY
    )
    assert rows and rows[0].fatalities == 4 and rows[0].event_date == date(2024, 3, 13)


# -- places ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Yetkililere göre dün gece Suriye'nin Tel Abyad ilçesine düzenlenen hava saldırısında üç sivil "
        "hayatını kaybetti.",
        "Açıklamaya göre dün Suriye'nin Tel Abyad ilçesine düzenlenen hava saldırısında üç sivil öldü.",
    ],
)
def test_a_place_after_according_to_in_a_verb_final_language_is_the_acts(text: str) -> None:
    # "göre" closes its clause: what follows is the reported event and its place
    rows = code_text(text, language="tr", published=DAY)
    assert rows and rows[0].location == "Tall Abyad"


def test_a_place_after_a_reporting_verb_stays_the_speakers_in_a_subject_first_language() -> None:
    # "said in Basra": where the ministry spoke, not where the act was
    rows = code_text(
        "The ministry said in Basra that militants killed three civilians.", language="en", published=DAY
    )
    assert rows and rows[0].country == "Iraq" and rows[0].location == ""


@pytest.mark.parametrize(
    "text",
    [
        "Polis Akçakale'de iki kişiyi gözaltına aldı.",
        "Roketler Akçakale'de iki sivili öldürdü.",
        "Saldırı Akçakale'de gece yarısı oldu.",
    ],
)
def test_a_sentences_first_word_of_the_language_is_no_part_of_the_towns_name(text: str) -> None:
    assert [p.name for p in find_places(text, None, "tr")] == ["Akcakale"]


def test_a_capitalised_name_before_a_town_still_keeps_the_town_out() -> None:
    # a first word that is no word of the language (a person's name) keeps the run one name
    assert find_places("Mehmet Akçakale dün konuştu.", None, "tr") == []


def test_a_reporting_phrases_inner_word_is_no_town() -> None:
    # "في بيان" (in a statement): no town "بيان"
    text = "قالت وزارة الصحة في بيان يوم السبت إن ثلاثة مدنيين قتلوا في غارة على مدينة الموصل."
    assert [p.name for p in find_places(text, None, "ar")] == ["Mosul"]
    rows = code_text(text, language="ar", published=DAY)
    assert rows and rows[0].country == "Iraq"
