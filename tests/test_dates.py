from datetime import date

import pytest

from extractors.events.dates import find_dates, resolve_event_date

FRIDAY = date(2020, 2, 28)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("on Thursday", (date(2020, 2, 27), "day")),
        ("early Wednesday", (date(2020, 2, 26), "day")),
        ("on Friday", (FRIDAY, "day")),
        ("last Friday", (date(2020, 2, 21), "day")),
        ("yesterday", (date(2020, 2, 27), "day")),
        ("last night", (date(2020, 2, 27), "day")),
        ("this morning", (FRIDAY, "day")),
        ("on 3 December", (date(2019, 12, 3), "day")),  # no year, long after publication: the year before
        ("on February 12", (date(2020, 2, 12), "day")),
        ("on 12th February 2019", (date(2019, 2, 12), "day")),
        ("three weeks ago", (date(2020, 2, 7), "week")),
        ("two days ago", (date(2020, 2, 26), "day")),
        ("last week", (date(2020, 2, 21), "week")),
        ("last month", (date(2020, 1, 29), "month")),
    ],
)
def test_resolve_event_date(expression, expected):
    assert resolve_event_date(expression, FRIDAY) == expected


def test_the_day_after_publication_is_read_as_a_time_zone_lag_not_six_days_back():
    assert resolve_event_date("on Saturday", FRIDAY) == (date(2020, 2, 29), "day")


def test_a_date_just_ahead_of_publication_is_a_deadline_not_an_event_day():
    assert resolve_event_date("before the March 3 deadline", FRIDAY) is None


def test_unknown_expression_gives_none():
    assert resolve_event_date("at some point", FRIDAY) is None


def test_lower_case_may_and_march_are_not_months():
    assert find_dates("fighting may resume; troops march 5 km", FRIDAY) == []


def test_weekday_names_are_read_only_in_the_article_language():
    assert resolve_event_date("jeudi", FRIDAY, "fr") == (date(2020, 2, 27), "day")
    assert resolve_event_date("am Donnerstag", FRIDAY, "de") == (date(2020, 2, 27), "day")
    # German "hier" means "here", not the French "yesterday"
    assert find_dates("Die Soldaten sind hier", FRIDAY, "de") == []


def test_find_dates_returns_offsets_in_text_order():
    text = "Rebels took the town on Thursday, three weeks after losing it."
    found = find_dates(text, FRIDAY)
    assert [d.text for d in found] == ["Thursday"]
    assert text[found[0].start : found[0].end] == "Thursday"


def test_a_weekday_in_brackets_says_which_day_a_quoted_yesterday_was():
    found = find_dates("the attack on the camp yesterday (Wednesday), he said", FRIDAY)
    assert [(d.text, d.value) for d in found] == [("Wednesday", date(2020, 2, 26))]


def test_a_planned_day_is_still_a_date_whose_month_is_no_protest_march():
    from datetime import UTC, datetime

    from extractors.events import code_events
    from extractors.models import Article

    (found,) = find_dates("He would hold a summit with the two leaders on 5 March.", FRIDAY)
    assert found.value == date(2020, 3, 5) and found.text == "5 March"
    text = "The president said he planned to host talks with both neighbouring leaders on 5 March."
    article = Article(url="u", canonical_url="u", title="", text=text,
                      published_at=datetime(2020, 2, 28, tzinfo=UTC), language="en")  # fmt: skip
    assert code_events(article) == []


def test_last_weekday_that_follows_the_publication_day_is_six_days_back():
    from datetime import date

    from extractors.events.dates import find_dates

    wednesday = date(2024, 3, 13)
    for text, language in (("last Thursday", "en"), ("jeudi dernier", "fr"), ("el pasado jueves", "es")):
        assert [d.value for d in find_dates(text, wednesday, language)] == [date(2024, 3, 7)]


def test_a_night_word_before_a_named_day_is_that_days_night():
    from datetime import date

    from extractors.events.dates import find_dates

    wednesday = date(2024, 3, 13)
    for text, language in (("dans la nuit de lundi", "fr"), ("in der Nacht zu Montag", "de")):
        assert [d.value for d in find_dates(text, wednesday, language)] == [date(2024, 3, 11)]
    assert [d.value for d in find_dates("last night", wednesday, "en")] == [date(2024, 3, 12)]


MONDAY = date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an overnight template opening with a word, or with a day's name and its case ending
        (
            "Shelling went on in the night from Saturday to Sunday.",
            "en",
            ("night from Saturday to Sunday", date(2025, 3, 9)),
        ),
        (
            "Die Angriffe dauerten in der Nacht von Samstag auf Sonntag an.",
            "de",
            ("Nacht von Samstag auf Sonntag", date(2025, 3, 9)),
        ),
        (
            "Los ataques siguieron la noche del sábado al domingo.",
            "es",
            ("noche del sábado al domingo", date(2025, 3, 9)),
        ),
        (
            "Saldırılar cumartesiyi pazara bağlayan gece sürdü.",
            "tr",
            ("cumartesiyi pazara bağlayan gece", date(2025, 3, 9)),
        ),
        # a count before or after an "ago" word; a day's number with its month; a compound weekday
        (
            "Il y a trois semaines, des rebelles ont attaqué le village.",
            "fr",
            ("Il y a trois semaines", date(2025, 2, 17)),
        ),
        ("Hace dos semanas, los rebeldes atacaron el pueblo.", "es", ("Hace dos semanas", date(2025, 2, 24))),
        ("Rebels attacked the village on 3 March.", "en", ("3 March", date(2025, 3, 3))),
        ("Am Sonntagabend griffen Rebellen das Dorf an.", "de", ("Sonntagabend", date(2025, 3, 9))),
    ],
)
def test_a_whole_date_expression_is_found_in_every_language(text: str, language: str, expected) -> None:
    """The expression as written and its day: `dates_in` asks its word lists only where one may open."""
    assert [(d.text, d.value) for d in find_dates(text, MONDAY, language)] == [expected]
