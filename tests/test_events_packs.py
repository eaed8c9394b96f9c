"""The pack coder's rule families in many languages, on short reports written for these tests
(invented incidents; real places). Each language is read only through its pack
(extractors/data/lang/<code>.yaml): the same rules, other words."""

from __future__ import annotations

import json
import pathlib
from datetime import date

import pytest

from extractors.events.dates import find_dates
from extractors.events.fatalities import death_figures
from extractors.events.lexicon import available_languages
from extractors.models import EventMention
from tests.coding import code_text, only

MONDAY = "2025-03-10"


def coded(text: str, language: str, published: str | None = MONDAY, title: str = "") -> list[EventMention]:
    return code_text(text, language=language, published=published, title=title)


# ---------------------------------------------------------------- protests, riots, arrests, agreements


@pytest.mark.parametrize(
    ("language", "text", "day", "place", "crowd"),
    [
        ("en", "Thousands of people marched through Mombasa on Sunday to protest against new taxes.",
         "2025-03-09", "Mombasa", "Protesters (Kenya)"),
        ("fr", "Des milliers de manifestants ont défilé samedi à Dakar pour protester contre la hausse des prix.",
         "2025-03-08", "Dakar", "Protesters (Senegal)"),
        ("de", "Tausende Menschen demonstrierten am Sonntag in Leipzig gegen den Krieg.",
         "2025-03-09", "Leipzig", "Protesters (Germany)"),
        ("it", "Migliaia di persone hanno manifestato sabato a Roma contro la guerra.",
         "2025-03-08", "Rome", "Protesters (Italy)"),
        ("ar", "تظاهر آلاف الأشخاص يوم الجمعة في الخرطوم احتجاجا على الحكومة.",
         "2025-03-07", "Khartoum", "Protesters (Sudan)"),
        ("ru", "Тысячи человек вышли в воскресенье на акцию протеста в Тбилиси.",
         "2025-03-09", "Tbilisi", "Protesters (Georgia)"),
        ("tr", "Binlerce kişi pazar günü İstanbul'da hükümeti protesto etti.",
         "2025-03-09", "Istanbul", "Protesters (Turkey)"),
        ("id", "Ribuan mahasiswa berunjuk rasa di Jakarta pada Senin menolak undang-undang baru.",
         "2025-03-10", "Jakarta", "Protesters (Indonesia)"),
    ],
)  # fmt: skip
def test_a_peaceful_protest_in_each_language(language, text, day, place, crowd):
    m = only(coded(text, language))
    assert (m.event_type, m.sub_event_type) == ("Protests", "Peaceful protest")
    assert str(m.event_date) == day and m.location == place
    assert m.actor1 == crowd and m.actor2 == ""  # ACLED: the crowd is actor1


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("es", "Cientos de personas se manifestaron el lunes en Quito contra el gobierno y la policía usó gases "
               "lacrimógenos para dispersarlas.", "Ecuador"),
        ("pt", "Centenas de manifestantes saíram às ruas de Beira na segunda-feira e a polícia disparou gás "
               "lacrimogéneo.", "Mozambique"),
    ],
)  # fmt: skip
def test_tear_gas_makes_a_protest_with_intervention_by_the_police(language, text, country):
    m = only(coded(text, language))
    assert (m.event_type, m.sub_event_type) == ("Protests", "Protest with intervention")
    assert m.actor1 == f"Protesters ({country})" and m.actor2 == f"Police Forces of {country}"
    assert str(m.event_date) == MONDAY


def test_rioters_burning_cars_overnight_are_a_riot_dated_by_the_night():
    text = "Des émeutiers ont incendié des voitures et pillé des magasins à Nanterre dans la nuit de samedi à dimanche."
    m = only(coded(text, "fr"))
    assert (m.event_type, m.sub_event_type) == ("Riots", "Violent demonstration")
    assert m.actor1 == "Rioters (France)" and m.location == "Nanterre"
    assert m.event_date == date(2025, 3, 9)  # the night of Saturday to Sunday: the Sunday


def test_arrests_name_the_force_and_whom_it_arrested():
    m = only(
        coded(
            "Police arrested 23 suspected smugglers in Accra on Saturday after a raid on a warehouse.", "en"
        )
    )
    assert (m.event_type, m.sub_event_type) == ("Strategic developments", "Arrests")
    assert m.actor1 == "Police Forces of Ghana" and m.location == "Accra" and m.fatalities == 0
    # ACLED: protesters arrested at their march are its intervention, the crowd actor1, the force actor2
    m = only(
        coded("Police arrested 23 protesters in Accra on Saturday after a march against rising prices.", "en")
    )
    assert (m.event_type, m.sub_event_type) == ("Protests", "Protest with intervention")
    assert (m.actor1, m.actor2, m.location) == ("Protesters (Ghana)", "Police Forces of Ghana", "Accra")


def test_a_signed_ceasefire_is_an_agreement():
    m = only(coded("Les deux parties ont signé jeudi à Doha un accord de cessez-le-feu.", "fr"))
    assert (m.event_type, m.sub_event_type) == ("Strategic developments", "Agreement")
    assert m.event_date == date(2025, 3, 6) and m.location == "Doha"


# ---------------------------------------------------------------- violence, tolls, roles


def test_the_wounded_are_not_dead_in_german_spanish_and_arabic():
    m = only(coded("Bei einem Angriff auf ein Dorf nahe Bunia sind am Samstag 14 Zivilisten getötet und 20 "
                   "verletzt worden.", "de"))  # fmt: skip
    assert (m.event_type, m.fatalities, m.location) == ("Violence against civilians", 14, "Bunia")
    assert m.actor2 == "Civilians (Democratic Republic of Congo)" and m.event_date == date(2025, 3, 8)
    m = only(coded("Al menos 15 personas murieron y 30 resultaron heridas en un ataque con drones contra un "
                   "mercado en Jartum el domingo.", "es"))  # fmt: skip
    assert (m.sub_event_type, m.fatalities, m.location) == ("Air/drone strike", 15, "Khartoum")
    m = only(coded("قتل 12 مدنيا وأصيب 20 آخرون في غارة جوية على سوق في إدلب يوم السبت.", "ar"))
    assert (m.sub_event_type, m.fatalities, m.location) == ("Air/drone strike", 12, "Idlib")
    assert m.actor2 == "Civilians (Syria)" and m.event_date == date(2025, 3, 8)


def test_a_russian_toll_and_case_endings_of_the_place():
    m = only(coded("В результате ракетного удара по Харькову в воскресенье погибли пять человек.", "ru"))
    assert m.sub_event_type == "Shelling/artillery/missile attack" and m.location == "Kharkiv"
    assert m.fatalities == 5 and m.event_date == date(2025, 3, 9)


def test_turkish_soldiers_killed_in_an_attack_were_hit_by_the_named_group():
    m = only(coded("Hakkari'de PKK'lı teröristlerin saldırısında 3 asker şehit oldu.", "tr"))
    assert (m.event_type, m.actor1, m.actor2) == ("Battles", "PKK", "Military Forces of Turkey")
    assert m.fatalities == 3 and m.location == "Hakkari"


def test_each_town_of_a_list_is_its_own_event_and_the_toll_stays_with_the_first():
    mentions = coded("Russian missiles struck Kharkiv and Odesa overnight, killing four people, Ukrainian "
                     "officials said.", "en")  # fmt: skip
    assert [(m.location, m.fatalities) for m in mentions] == [("Kharkiv", 4), ("Odesa", 0)]
    assert all(m.actor1 == "Military Forces of Russia" and m.event_date == date(2025, 3, 9) for m in mentions)


# ---------------------------------------------------------------- place linking and dates


def test_the_place_of_a_reporting_clause_is_not_the_event_place():
    m = only(
        coded("Gunmen killed 12 villagers in Zurmi on Tuesday, police said in Gusau.", "en", "2025-03-12")
    )
    assert m.location == "Zurmi" and m.fatalities == 12 and m.event_date == date(2025, 3, 11)


def test_french_overnight_between_two_days():
    text = "Dans la nuit de samedi à dimanche, des hommes armés ont tué huit civils à Djibo et enlevé trois femmes."
    m = only(coded(text, "fr"))
    assert m.event_date == date(2025, 3, 9) and m.location == "Djibo" and m.fatalities == 8
    assert m.actor1 == "Unidentified Armed Group (Burkina Faso)"


def test_without_a_publication_date_the_text_states_the_date():
    text = ("Le 12 mars 2024, des hommes armés ont attaqué le village de Koulpélogo; la veille, jeudi, "
            "des soldats avaient été tués à Djibo. Mercredi, l'armée a riposté.")  # fmt: skip
    dated = [m.event_date for m in coded(text, "fr", published=None)]
    assert dated and all(d is not None and d <= date(2024, 3, 13) for d in dated)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "El ataque ocurrió ayer por la tarde.", date(2025, 3, 9)),
        ("de", "Der Angriff erfolgte vorgestern.", date(2025, 3, 8)),
        ("pt", "O ataque ocorreu no sábado.", date(2025, 3, 8)),
        ("ar", "وقع الهجوم أمس.", date(2025, 3, 9)),
        ("ru", "Нападение произошло вчера.", date(2025, 3, 9)),
        ("tr", "Saldırı dün gerçekleşti.", date(2025, 3, 9)),
        ("it", "L'attacco è avvenuto il 3 marzo.", date(2025, 3, 3)),
        ("nl", "De aanval vond vorige week plaats.", date(2025, 3, 3)),
    ],
)
def test_relative_dates_in_many_languages(language, text, expected):
    found = find_dates(text, date(2025, 3, 10), language)
    assert [d.value for d in found] == [expected]


# ---------------------------------------------------------------- reports without an event


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Storm Ciaran", "Storm Ciaran killed three people in northern France on Thursday as winds of 190 km/h "
                               "uprooted trees and cut power to a million homes."),
        ("fr", "", "La tempête a fait trois morts jeudi en Bretagne, selon la préfecture."),
        ("es", "", "El partido terminó con la victoria del equipo local ante 40.000 aficionados en el estadio de Madrid."),
        ("en", "", "Counting continued on Monday after the presidential election, with the ruling party leading in Lagos."),
    ],
)  # fmt: skip
def test_storms_matches_and_elections_give_no_rows(language, title, text):
    assert coded(text, language, title=title) == []


def test_death_figures_read_through_every_pack():
    assert [f.value for f in death_figures("Au moins 7 soldats ont été tués et 12 blessés.", "fr")] == [7]
    assert [f.value for f in death_figures("Mindestens 7 Soldaten wurden getötet, 12 verletzt.", "de")] == [7]


def test_every_language_the_issue_names_has_a_pack():
    assert set(["en", "fr", "es", "pt", "it", "de", "ar", "ru", "uk", "tr", "id", "sw"]) <= set(
        available_languages()
    )


# ---------------------------------------------------------------- the seed report

SEED = pathlib.Path(__file__).resolve().parents[2] / "shared" / "seed" / "idlib-2020-02-28.txt"


@pytest.mark.skipif(not SEED.exists(), reason="shared seed report not beside the repo")
def test_the_seed_report_yields_its_two_rows_exactly():
    from extractors.clean import clean_text

    title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    text = clean_text(body, "en", title=title).text
    gold = json.loads(SEED.with_name("idlib-2020-02-28.gold.json").read_text(encoding="utf-8"))
    mentions = coded(text, "en", "2020-02-28", title=title)
    required = [e for e in gold["events"] if e["required"]]
    assert len(mentions) == len(required) == 2
    for g, m in zip(required, mentions, strict=True):
        assert (m.event_type, m.sub_event_type) == (g["event_type"], g["sub_event_type"])
        assert str(m.event_date) == g["event_date"] and m.fatalities == g["fatalities"]
        assert abs(m.latitude - g["lat"]) < 0.25 and abs(m.longitude - g["lon"]) < 0.25
