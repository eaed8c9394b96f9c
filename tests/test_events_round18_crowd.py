"""Round 18 crowd rules (issue 13: Protests and Riots in every language).

- CROWD_AGAINST_FORCES_BETWEEN (`crowd_clashes.crowd_against_forces_between`, read by
  `type_resolution._crowd_that_fights`): violence a "between" word sets between a crowd and the state's
  forces is the crowd's fight, a violent demonstration, not force on a peaceful crowd;
- FIGHT_OVER_ITS_PROTEST (`crowd_between.fight_over_its_protest`, read by `trigger_choice.clause_acts`):
  that fight, told before a protest word of its span, is what the span reports;
- DEATHS_IN_THE_CRACKDOWN (`crowd_clashes.deaths_in_the_crackdown`, read by
  `crowd_actors._force_killed_the_crowd`): deaths beside a word of force on a crowd died of that force;
- CROWD_DEAD_IN_ITS_CLAUSE (`crowd_clashes.crowd_dead_in_its_clause`): protesters counted dead in the
  clause of a protest that names the state's forces after its protest word died of that force;
- LOOTED_AT_THE_PROTEST (`crowd_clashes.looted_at_the_protest`, read by `crowds._crowd_did_it`):
  looting with no doer in a clause naming the protest it happened in is the crowd's riot;
- MOB_VICTIMS_NOT_THE_FORCE (`crowd_clashes.mob_victims_not_the_force`, read by
  `crowd_actors._crowd_actors`): a deadly mob's actor2 is the civilians it killed, not the police that
  came later, unless the police were what it hit;
- CHARGE_BEFORE_THE_ACT (`crowd_objects.charge_of_the_victims`): in the passive order ("a man accused
  of rape was lynched") the mob's act after the victims' charge is the event;
- MOB_BY_AGENT (`crowd_clashes.mob_by_agent`, read by `violence_types._violence_of_a_crowd`): people
  who are no armed group named by an agent word right after a killing are a mob;
- CROWD_PART_OF_ITS_SENTENCE (`grouping._crowd_event_of_its_sentence`): a weak part of a protest
  joins the protest its sentence tells at the same place and day: one event, not two;
- SEAT_BEFORE_ITS_OFFICIALS (`official_seats.seat_before_its_officials`, read by
  `locate.event_places`): a place right before a government word is the officials' seat, not the
  crowd's town, when the sentence names another place;
- pack facts: tr CROWD_GROUP ("toplanan grup", "gösteri yapan grup", "kalabalık": a crowd); fr "réprimer"/"répression" with their crowd (intervention) and NEXT_WEEKDAY ("jeudi
  prochain": a day to come), es NEXT_WEEKDAY ("el próximo lunes"), id NEXT_DAY ("besok", "pekan
  depan"), sw PLANNED_RELATIVE ("maandamano yaliyopangwa kufanyika"), ru CALLED_TO_ACT ("призвала ...
  выйти на митинг"): protests still to come; tr ATTRIBUTIVE_PARTICIPLE ("iddia edilen kişi": the person's charge, no
  hedge of the act); hi "की पीट-पीटकर हत्या" (the count before the genitive is of the beaten to death);
  pt "realizaram um ato" (a rally, by people: a plural verb);
and the probe reports of tests/round18_crowd_probes.py.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import assert_probe_rows, code_text, probe_params
from tests.round18_crowd_probes import PROBES, PUBLISHED


def _mentions(text: str, language: str):
    return code_text(text, language=language, published=PUBLISHED)


def _subs(text: str, language: str) -> list[tuple[str, int | None]]:
    return [(m.sub_event_type, m.fatalities) for m in _mentions(text, language)]


# --------------------------------------------------------------------------- CROWD_AGAINST_FORCES_BETWEEN


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Violence broke out between protesters and police in Nairobi on Tuesday."),
        ("fr", "Des violences ont éclaté entre manifestants et policiers lundi à Nantes."),
        ("ar", "اندلعت مواجهات بين المتظاهرين والشرطة في مدينة القصرين ليلة الأحد."),
        ("id", "Bentrokan antara demonstran dan polisi terjadi di Makassar, Senin."),
    ],
)  # fmt: skip
def test_violence_between_a_crowd_and_the_forces_is_a_violent_demonstration(language: str, text: str) -> None:
    rows = _mentions(text, language)
    assert [m.sub_event_type for m in rows] == ["Violent demonstration"], rows
    assert rows[0].actor1.startswith("Rioters") and rows[0].actor2.startswith("Police Forces")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # force used on the crowd, no fight between the two: the protest's intervention
        ("en", "Police fired tear gas at protesters in Nantes on Monday.", "Protest with intervention"),
        # an armed group against the police: a battle, no riot
        ("en", "Clashes broke out between al-Shabaab fighters and police in Mandera on Tuesday.", "Armed clash"),
    ],
)  # fmt: skip
def test_no_crowd_fight_without_a_crowd_set_against_the_forces(
    language: str, text: str, expected: str
) -> None:
    assert [s for s, _ in _subs(text, language)] == [expected]


# --------------------------------------------------------------------------- FIGHT_OVER_ITS_PROTEST


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Des violences ont éclaté entre manifestants et policiers samedi à Nantes, en marge du cortège contre la réforme."),
        ("en", "Violence erupted between protesters and police in Nairobi on Tuesday on the sidelines of a march against the finance bill."),
    ],
)  # fmt: skip
def test_the_fight_beside_a_march_is_the_event(language: str, text: str) -> None:
    assert [s for s, _ in _subs(text, language)] == ["Violent demonstration"]


def test_a_march_with_no_fight_stays_peaceful() -> None:
    text = "Thousands marched peacefully in Nairobi on Tuesday against the finance bill."
    assert _subs(text, "en") == [("Peaceful protest", 0)]


# --------------------------------------------------------------------------- DEATHS_IN_THE_CRACKDOWN


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Tres personas murieron el lunes en La Paz durante la represión de una marcha de campesinos."),
        ("fr", "Trois personnes ont été tuées lundi à Lubumbashi lors de la répression d'une marche de l'opposition."),
    ],
)  # fmt: skip
def test_deaths_in_the_repression_of_a_march_are_excessive_force(language: str, text: str) -> None:
    assert _subs(text, language) == [("Excessive force against protesters", 3)]


def test_policemen_killed_before_an_arrest_of_protesters_are_no_excessive_force() -> None:
    text = "Police in Kisumu arrested 20 protesters on Tuesday after two policemen were killed."
    assert "Excessive force against protesters" not in [s for s, _ in _subs(text, "en")]


# --------------------------------------------------------------------------- CROWD_DEAD_IN_ITS_CLAUSE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Thousands marched in Kano on Monday, where police shot dead two demonstrators."),
        ("fr", "Des milliers de personnes ont manifesté lundi à Kankan, où les forces de l'ordre ont tué deux manifestants."),
        ("es", "Miles de personas marcharon el lunes en Cali, donde la policía mató a dos manifestantes."),
        ("pt", "Milhares de pessoas protestaram na segunda-feira em Nampula, onde a polícia matou dois manifestantes."),
    ],
)  # fmt: skip
def test_protesters_the_forces_killed_in_the_protests_clause(language: str, text: str) -> None:
    rows = _mentions(text, language)
    assert [(m.sub_event_type, m.fatalities) for m in rows] == [("Excessive force against protesters", 2)]
    assert rows[0].actor1.startswith("Protesters") and rows[0].actor2.startswith("Police Forces")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the killers are an armed group, not the state's forces
        ("en", "Thousands marched in Kano on Monday, where armed bandits shot dead two demonstrators."),
        # the dead are no protesters and the police only report
        ("en", "Thousands of people marched in Kano on Monday, and two people died in a road accident on the way, police said."),
    ],
)  # fmt: skip
def test_no_excessive_force_without_the_forces_killing_protesters(language: str, text: str) -> None:
    assert "Excessive force against protesters" not in [s for s, _ in _subs(text, language)]


# --------------------------------------------------------------------------- LOOTED_AT_THE_PROTEST


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Dozens of shops were looted during the protests in Maputo on Wednesday."),
        ("fr", "Des dizaines de commerces ont été pillés pendant les manifestations à Maputo mercredi."),
        ("pt", "Dezenas de lojas foram saqueadas durante os protestos em Maputo na quarta-feira."),
    ],
)  # fmt: skip
def test_looting_during_the_protests_is_the_crowds_riot(language: str, text: str) -> None:
    assert _subs(text, language) == [("Violent demonstration", 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Shops were looted in Maiduguri on Wednesday.",  # no crowd named: property destruction
        "Shops were looted in Maiduguri on Wednesday ahead of a planned protest.",  # a protest still to come
        "Gunmen looted shops in Maiduguri on Wednesday.",  # armed men: no riot
    ],
)
def test_looting_with_no_protest_of_its_own_stays_looting(text: str) -> None:
    assert _subs(text, "en") == [("Looting/property destruction", 0)]


# --------------------------------------------------------------------------- MOB_VICTIMS_NOT_THE_FORCE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Angry residents beat a suspected thief to death in Kisumu on Sunday before police arrived."),
        ("fr", "Des habitants en colère ont battu à mort un présumé voleur dimanche à Bunia avant l'arrivée de la police."),
        ("pt", "Moradores espancaram até a morte um suspeito de roubo no domingo em São Luís antes da chegada da polícia."),
        ("es", "Vecinos enfurecidos golpearon hasta la muerte a un presunto ladrón el domingo en Puebla, antes de que llegara la policía."),
    ],
)  # fmt: skip
def test_a_lynchings_victims_are_civilians_not_the_police_that_came(language: str, text: str) -> None:
    rows = _mentions(text, language)
    assert [(m.sub_event_type, m.fatalities) for m in rows] == [("Mob violence", 1)]
    assert rows[0].actor2.startswith("Civilians"), rows[0].actor2


@pytest.mark.parametrize(
    "text",
    [
        "An angry mob lynched a police officer in Kisumu on Sunday.",
        "A mob killed two policemen in Kisumu on Sunday.",
    ],
)
def test_a_mob_that_killed_policemen_hit_the_police(text: str) -> None:
    rows = _mentions(text, "en")
    assert [m.sub_event_type for m in rows] == ["Mob violence"]
    assert rows[0].actor2.startswith("Police Forces"), rows[0].actor2


# --------------------------------------------------------------------------- CHARGE_BEFORE_THE_ACT, MOB_BY_AGENT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A man accused of rape was lynched in Namialo on Sunday."),
        ("pt", "Um homem acusado de estupro foi linchado por populares na aldeia de Namialo, em Nampula."),
        ("es", "Un hombre acusado de violación fue linchado el domingo en Puebla."),
    ],
)  # fmt: skip
def test_the_lynching_of_a_man_accused_of_a_crime_is_mob_violence(language: str, text: str) -> None:
    assert [s for s, _ in _subs(text, language)] == ["Mob violence"]


def test_an_arrest_over_a_charge_stays_an_arrest() -> None:
    text = "Police arrested three men suspected of inciting riots in Ibadan on Tuesday."
    assert [s for s, _ in _subs(text, "en")] == ["Arrests"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Un présumé voleur a été brûlé vif dimanche par des habitants en colère à Butembo."),
        ("en", "A suspected thief was burned alive by angry residents in Butembo on Sunday."),
        ("pt", "Um suspeito de roubo foi espancado até a morte por moradores em São Luís no domingo."),
    ],
)  # fmt: skip
def test_a_killing_by_residents_told_in_the_passive_is_mob_violence(language: str, text: str) -> None:
    rows = _mentions(text, language)
    assert [m.sub_event_type for m in rows] == ["Mob violence"]
    assert rows[0].actor1.startswith("Rioters")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A farmer was shot dead by gunmen in Butembo on Sunday."),  # armed men
        ("en", "A farmer was hacked to death by a neighbour in Butembo on Sunday."),  # one man, no mob
        ("fr", "Un civil a été tué dimanche par des hommes armés à Butembo."),
    ],
)  # fmt: skip
def test_a_killing_by_armed_men_or_one_man_is_no_mob(language: str, text: str) -> None:
    assert "Mob violence" not in [s for s, _ in _subs(text, language)]


# --------------------------------------------------------------------------- CROWD_PART_OF_ITS_SENTENCE


def test_deaths_at_a_demonstration_are_one_protest_event() -> None:
    text = "Dua mahasiswa tewas tertembak saat demonstrasi di Kendari, Selasa."
    assert _subs(text, "id") == [("Excessive force against protesters", 2)]


def test_a_protest_and_deaths_in_another_town_stay_two_events() -> None:
    text = "Ribuan mahasiswa berdemonstrasi di Makassar, Selasa, sementara dua mahasiswa tewas tertembak di Kendari."
    rows = _mentions(text, "id")
    assert sorted((m.sub_event_type, m.location) for m in rows) == [
        ("Excessive force against protesters", "Kendari"),
        ("Peaceful protest", "Makassar"),
    ]


# --------------------------------------------------------------------------- SEAT_BEFORE_ITS_OFFICIALS


@pytest.mark.parametrize(
    ("language", "text", "town"),
    [
        ("tr", "Yüzlerce çiftçi cumartesi günü Konya'da Ankara'daki hükümeti protesto etti.", "Konya"),
        ("hi", "शनिवार को लखनऊ में सैकड़ों किसानों ने दिल्ली की सरकार के खिलाफ प्रदर्शन किया।", "Lucknow"),
        ("en", "Hundreds of people marched in Bukavu on Saturday against the Kinshasa government.", "Bukavu"),
    ],
)  # fmt: skip
def test_the_march_is_in_its_town_not_at_the_seat_it_addresses(language: str, text: str, town: str) -> None:
    rows = _mentions(text, language)
    assert [(m.sub_event_type, m.location) for m in rows] == [("Peaceful protest", town)]


def test_a_crowd_placed_only_by_its_officials_keeps_the_place() -> None:
    rows = _mentions("Hakkari Valiliği önünde toplanan grup protesto yaptı.", "tr")
    assert [(m.sub_event_type, m.location) for m in rows] == [("Peaceful protest", "Hakkari")]


# --------------------------------------------------------------------------- pack facts


def test_tr_a_gathered_group_is_a_crowd_a_state_protesting_is_not() -> None:
    assert _subs("Diyarbakır'da toplanan grup, hükümeti protesto etti.", "tr") == [("Peaceful protest", 0)]
    assert _subs("Türkiye, Rusya'yı protesto etti.", "tr") == []
    # an armed group stays armed
    assert [s for s, _ in _subs("Silahlı grup köye saldırdı, Hakkari'de iki kişi öldü.", "tr")] == ["Attack"]


def test_fr_repression_of_a_march_is_an_intervention() -> None:
    text = "La police a réprimé mardi une manifestation d'étudiants à Abidjan."
    assert _subs(text, "fr") == [("Protest with intervention", 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Le régime a réprimé ses opposants à Conakry, selon Amnesty.",
        "L'opposition dénonce la répression du régime contre ses militants à Conakry.",
    ],
)
def test_fr_repression_of_no_crowd_is_no_protest(text: str) -> None:
    assert _subs(text, "fr") == []


def test_fr_a_protest_called_for_next_thursday_has_not_happened() -> None:
    assert _subs("Les syndicats appellent à manifester jeudi prochain à Paris contre la réforme.", "fr") == []
    assert _subs("Des milliers de personnes ont manifesté jeudi à Paris contre la réforme.", "fr") == [
        ("Peaceful protest", 0)
    ]


@pytest.mark.parametrize(
    ("language", "planned", "held"),
    [
        ("es", "Los transportistas anunciaron un paro nacional para el próximo lunes en Bogotá.",
         "Los transportistas realizaron un paro nacional el lunes en Bogotá."),
        ("id", "Polisi menyiagakan 2.000 personel untuk mengamankan demo besok di Jakarta.",
         "Ribuan mahasiswa menggelar demo di Jakarta, Senin."),
        ("sw", "Polisi wamepiga marufuku maandamano yaliyopangwa kufanyika kesho jijini Nairobi.",
         "Mamia ya wafanyabiashara waliandamana jana mjini Arusha."),
        ("ru", "Оппозиция призвала сторонников выйти на митинг в Москве в субботу.",
         "В Бишкеке около тысячи человек вышли на митинг в субботу."),
    ],
)  # fmt: skip
def test_a_protest_still_to_come_is_none_one_held_is_one(language: str, planned: str, held: str) -> None:
    assert _subs(planned, language) == []
    assert _subs(held, language) == [("Peaceful protest", 0)]


def test_tr_an_attributive_alleged_is_the_victims_charge() -> None:
    text = "Antakya'da hırsızlık yaptığı iddia edilen bir kişi linç edildi."
    assert [s for s, _ in _subs(text, "tr")] == ["Mob violence"]
    # the finite form still hedges the act it follows
    assert _subs("Antakya'da bir kişinin öldürüldüğü iddia edildi.", "tr") == []


@pytest.mark.parametrize(("count", "dead"), [("एक युवक", 1), ("दो युवकों", 2)])
def test_hi_beaten_to_death_counts_its_genitive(count: str, dead: int) -> None:
    text = f"गोड्डा जिले में सोमवार को भीड़ ने {count} की पीट-पीटकर हत्या कर दी।"
    assert _subs(text, "hi") == [("Mob violence", dead)]


def test_pt_a_rally_by_people_is_a_protest_a_campaign_event_is_not() -> None:
    assert _subs("Motoristas de aplicativo realizaram um ato nesta segunda-feira em São Paulo.", "pt") == [
        ("Peaceful protest", 0)
    ]
    assert _subs("O deputado realizou um ato de campanha em Curitiba.", "pt") == []


# --------------------------------------------------------------------------- the probe reports

KNOWN_MISSES: tuple[str, ...] = ()


def _known_miss(text: str) -> bool:
    return any(text.startswith(k) for k in KNOWN_MISSES)


@pytest.mark.parametrize(("language", "title", "text", "expected"), probe_params(PROBES, _known_miss))
def test_round18_crowd_probe(language: str, title: str, text: str, expected: list) -> None:
    assert_probe_rows(language, title, text, expected, PUBLISHED)
