"""Round 9 language rules, from the wording of real reports in Portuguese, Spanish, French, Italian,
Romanian, Russian, Ukrainian, Norwegian and Swahili: an armed group counted by a word for one that
attacks a village did it (PLACE_OBJECT); Ukrainian town names in their oblique cases; people of a
public role are civilians; Norwegian shelling compounds; Italian stone-throwing verbs; a weekday
written right after an unlisted town is no part of its name.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.events import code_events
from extractors.events.places import find_places
from extractors.models import Article


def _article(text: str, language: str) -> Article:
    when = datetime(2024, 5, 6, tzinfo=UTC)
    return Article(url="http://example.test/a", canonical_url="http://example.test/a", title="", text=text,
                   published_at=when, language=language)  # fmt: skip


# --------------------------------------------------------------------------- PLACE_OBJECT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "An armed group attacked the village of Tessit, in Mali, on Saturday and killed five people."),
        ("pt", "Um grupo armado atacou a aldeia de Nanjua, em Moçambique, no sábado e matou cinco pessoas."),
        ("es", "Un grupo armado atacó el pueblo de Tibú, en Colombia, el sábado y mató a cinco personas."),
        ("fr", "Un groupe armé a attaqué le village de Tessit, au Mali, samedi et a tué cinq personnes."),
        ("it", "Un gruppo armato ha attaccato il villaggio di Tessit, in Mali, sabato e ha ucciso cinque persone."),
        ("ro", "Un grup armat a atacat satul Tessit, din Mali, sâmbătă și a ucis cinci persoane."),
    ],
)  # fmt: skip
def test_a_group_counted_by_a_word_for_one_that_attacks_a_village_did_it(language: str, text: str) -> None:
    events = code_events(_article(text, language))
    assert events, text
    e = events[0]
    assert e.event_type == "Violence against civilians", e
    assert e.actor1 is not None and e.actor1.startswith("Unidentified Armed Group")
    assert e.actor2 is not None and e.actor2.startswith("Civilians")
    assert e.fatalities == 5


def test_a_soldier_killed_in_a_village_is_still_hit() -> None:
    # a preposition between the act word and the place noun: no object of the act
    events = code_events(
        _article("A soldier was killed in the village of Tessit, in Mali, on Saturday.", "en")
    )
    assert all(e.actor1 is None or "Forces of Mali" not in e.actor1 for e in events)


# --------------------------------------------------------------------------- Ukrainian name endings


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вибух стався в Києві вранці.", "Kyiv"),
        ("Колона рухалася біля Миколаєва.", "Mykolayiv"),
        ("Вибух стався у Харкові вночі.", "Kharkiv"),
        ("Вибух стався в Сумах уночі.", "Sumy"),
        ("Пожежа сталася у Чернівцях увечері.", "Chernivtsi"),
    ],
)
def test_a_ukrainian_town_in_an_oblique_case_is_found(text: str, name: str) -> None:
    assert name in {p.name for p in find_places(text, None, "uk")}


def test_a_ukrainian_protest_in_the_capital_is_placed() -> None:
    events = code_events(
        _article("У суботу в Києві тисячі людей вийшли на акцію протесту проти законопроєкту.", "uk")
    )
    assert [(e.sub_event_type, e.location) for e in events] == [("Peaceful protest", "Kyiv")]


# --------------------------------------------------------------------------- people of a public role


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Неизвестные застрелили местного чиновника в Хасавюрте в понедельник."),
        ("ru", "Боевики убили сельского старосту в Хасавюрте в воскресенье."),
        ("uk", "Невідомі застрелили місцевого депутата в Ізмаїлі в понеділок."),
    ],
)
def test_an_official_shot_by_unknown_gunmen_is_a_civilian_attacked(language: str, text: str) -> None:
    events = code_events(_article(text, language))
    assert [e.event_type for e in events] == ["Violence against civilians"], events
    assert events[0].actor2 is not None and events[0].actor2.startswith("Civilians")


# --------------------------------------------------------------------------- Norwegian compounds, Italian verbs


@pytest.mark.parametrize(
    "text",
    [
        "Russisk artilleribeskytning drepte tre sivile i Kherson søndag, sa guvernøren.",
        "Tre sivile ble drept i granatbeskytningen av Kharkiv natt til søndag.",
    ],
)
def test_a_norwegian_shelling_compound_is_shelling(text: str) -> None:
    events = code_events(_article(text, "no"))
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]
    assert events[0].fatalities == 3


@pytest.mark.parametrize(
    "text",
    [
        "I manifestanti hanno lanciato pietre e bottiglie contro la polizia venerdì a Lione.",
        "Alcuni manifestanti hanno scagliato sassi contro gli agenti sabato a Torino.",
    ],
)
def test_italian_protesters_throwing_stones_riot(text: str) -> None:
    events = code_events(_article(text, "it"))
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


# --------------------------------------------------------------------------- a weekday after an unlisted town


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("sw", "Wanamgambo walivamia kijiji cha Ngomeni Jumamosi na kuwaua watu watano, polisi wa Kenya walisema.",
         "Ngomeni"),
        ("id", "Kelompok bersenjata menembak mati dua warga sipil di kampung Sugapa Senin, kata polisi Indonesia.",
         "Sugapa"),
    ],
)  # fmt: skip
def test_a_weekday_after_an_unlisted_town_is_no_part_of_its_name(language: str, text: str, town: str) -> None:
    events = code_events(_article(text, language))
    assert events and events[0].location == town


# --------------------------------------------------------------------------- Danish (extends the Norwegian pack)


@pytest.mark.parametrize(
    ("text", "sub_event_type", "fatalities"),
    [
        ("Bevæbnede mænd dræbte fem civile i en landsby nær Mopti i Mali lørdag.", "Attack", 5),
        ("Mindst fire personer blev dræbt, da en bilbombe eksploderede i Kismayo lørdag.",
         "Remote explosive/landmine/IED", 4),
        ("Et israelsk luftangreb dræbte tolv mennesker i Khan Younis onsdag.", "Air/drone strike", 12),
        ("Politiet anholdt 15 personer i Odense søndag efter skyderiet.", "Arrests", 0),
        ("Tusindvis af mennesker demonstrerede fredeligt i Aarhus lørdag mod regeringens politik.",
         "Peaceful protest", 0),
    ],
)  # fmt: skip
def test_danish_reports_are_coded(text: str, sub_event_type: str, fatalities: int) -> None:
    events = code_events(_article(text, "da"))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(sub_event_type, fatalities)]


# --------------------------------------------------------------------------- Swahili verb forms, "na"


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Mashambulizi ya makombora ya Urusi yaliwaua raia watatu mjini Sumy, Ukraine, Jumapili.", 3),
        ("Mlipuko huo uliwaua watu wanne katika soko la Garissa, Kenya, Jumatano.", 4),
    ],
)
def test_a_swahili_killing_verb_of_any_noun_class_counts_its_dead(text: str, fatalities: int) -> None:
    events = code_events(_article(text, "sw"))
    assert [e.fatalities for e in events] == [fatalities]


def test_swahili_na_before_a_killing_verb_is_and_not_by() -> None:
    text = "Bomu lililipuka karibu na Garissa, Kenya, Jumatano na kuwaua askari wanne."
    events = code_events(_article(text, "sw"))
    assert events and events[0].actor2 == "Military Forces of Kenya" and events[0].fatalities == 4
