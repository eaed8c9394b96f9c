"""Who struck whom between two state forces or armed groups, across sentence shapes and languages:
a demonym on a target noun names the force hit ("Cambodian positions"), a passive's agent marker
names the doer ("sites were targeted by Israeli jets"), a verb-first clause's actor right after its
verb did it (Arabic), the speaker who says it did it acted ("a dit avoir frappé"), and an act told
as the cause of another ("in response to X's strikes") gives the event neither its act nor its
actors."""

import pytest

from extractors.events.causes import cause_spans
from extractors.events.reading import read
from tests.coding import code_text


def first_row(text: str, language: str):
    rows = code_text(text, language=language, published="2025-10-15")
    assert rows, text
    return rows[0]


def sides(text: str, language: str) -> tuple[str, str]:
    row = first_row(text, language)
    return row.actor1, row.actor2


# ---------------------------------------------------------------- a demonym on a target noun

TARGET_DEMONYMS = [
    ("Azerbaijani forces shelled Armenian positions near Sotk on Tuesday.", "en", "Azerbaijan", "Armenia"),
    ("Ukrainian drones struck a Russian air base near Saratov on Sunday.", "en", "Ukraine", "Russia"),
    (
        "Thai jets bombed Cambodian military positions near the border on Thursday, the Cambodian defence "
        "ministry said.",
        "en",
        "Thailand",
        "Cambodia",
    ),  # fmt: skip
    (
        "Les troupes cambodgiennes ont bombardé des positions thaïlandaises jeudi près de la frontière.",
        "fr",
        "Cambodia",
        "Thailand",
    ),  # fmt: skip
    (
        "Des positions thaïlandaises ont été bombardées jeudi par les troupes cambodgiennes.",
        "fr",
        "Cambodia",
        "Thailand",
    ),  # fmt: skip
    (
        "Thailändische Stellungen wurden am Donnerstag von kambodschanischen Truppen beschossen.",
        "de",
        "Cambodia",
        "Thailand",
    ),  # fmt: skip
    (
        "Las fuerzas afganas atacaron puestos fronterizos paquistaníes el sábado en Kurram.",
        "es",
        "Afghanistan",
        "Pakistan",
    ),  # fmt: skip
    (
        "Afghan troops attacked Pakistan's border posts in Kurram on Saturday night.",
        "en",
        "Afghanistan",
        "Pakistan",
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "language", "doer", "hit"), TARGET_DEMONYMS)
def test_a_demonym_on_a_target_noun_names_the_force_hit(text, language, doer, hit):
    assert sides(text, language) == (f"Military Forces of {doer}", f"Military Forces of {hit}")


def test_a_demonym_of_a_place_or_a_people_noun_names_no_force():
    # "posts near the Afghan border": the demonym is the border's; "an Afghan refugee camp": the refugees'
    row = first_row("Pakistani jets bombed militant posts near the Afghan border on Sunday.", "en")
    assert row.actor2 != "Military Forces of Afghanistan"
    row = first_row(
        "Gunmen attacked an Afghan refugee camp near Peshawar on Sunday, killing four people.", "en"
    )
    assert "Military Forces" not in row.actor2


# ---------------------------------------------------------------- a passive's agent

PASSIVES = [
    (
        "Iranian military sites near Tehran were targeted by Israeli jets on Friday, killing six soldiers.",
        "en",
        "Israel",
        "Iran",
    ),  # fmt: skip
    (
        "Russian positions near Bakhmut were shelled by Ukrainian artillery on Monday.",
        "en",
        "Ukraine",
        "Russia",
    ),
]


@pytest.mark.parametrize(("text", "language", "doer", "hit"), PASSIVES)
def test_the_agent_of_a_passive_did_it_and_the_subject_was_hit(text, language, doer, hit):
    assert sides(text, language) == (f"Military Forces of {doer}", f"Military Forces of {hit}")


def test_a_target_verb_is_no_target_noun():
    # "targeted" is the act, its subject is the doer
    text = (
        "Afghan forces targeted Pakistani military posts in Kurram on Saturday night, killing five soldiers."
    )
    assert sides(text, "en") == ("Military Forces of Afghanistan", "Military Forces of Pakistan")


# ---------------------------------------------------------------- verb-first clauses

VERB_FIRST = [
    (
        "قصفت القوات الإسرائيلية مواقع لحزب الله في جنوب لبنان يوم الثلاثاء.",
        "Military Forces of Israel",
        "Hezbollah",
    ),
    (
        "هاجمت القوات الأفغانية مواقع للجيش الباكستاني على الحدود يوم السبت.",
        "Military Forces of Afghanistan",
        "Military Forces of Pakistan",
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "doer", "hit"), VERB_FIRST)
def test_the_actor_right_after_a_clause_opening_verb_did_it(text, doer, hit):
    assert sides(text, "ar") == (doer, hit)


def test_in_subject_first_languages_the_actor_after_the_act_was_hit():
    # the same shape in English is an object: "attacked Pakistani troops"
    text = "Afghan forces attacked Pakistani troops in Kurram on Saturday, killing five soldiers."
    assert sides(text, "en") == ("Military Forces of Afghanistan", "Military Forces of Pakistan")


# ---------------------------------------------------------------- the speaker says it did it

SAID_TO_HAVE = [
    (
        "L'armée israélienne a dit avoir frappé des cibles du Hezbollah mardi dans le sud du Liban, tuant trois "
        "combattants.",
        "fr",
    ),  # fmt: skip
    (
        "El ejército israelí dijo haber atacado posiciones de Hezbolá el martes en el sur del Líbano, matando a "
        "tres combatientes.",
        "es",
    ),  # fmt: skip
    (
        "L'esercito israeliano ha detto di aver colpito postazioni di Hezbollah nel sud del Libano martedì, "
        "uccidendo tre combattenti.",
        "it",
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "language"), SAID_TO_HAVE)
def test_a_speaker_that_says_it_has_struck_did_it(text, language):
    assert sides(text, language) == ("Military Forces of Israel", "Hezbollah")


# ---------------------------------------------------------------- an act told as the cause of another

CAUSES = [
    (
        "In response to Pakistan's air strikes, Afghan forces targeted Pakistani military posts in Kurram on "
        "Saturday night.",
        "en",
        "Afghanistan",
        "Pakistan",
    ),  # fmt: skip
    (
        "En respuesta al ataque de Hamás, el ejército israelí bombardeó posiciones de Hamás en Gaza el lunes.",
        "es",
        "Israel",
        "Hamas",
    ),  # fmt: skip
    (
        "В ответ на удары российской армии ВСУ нанесли удар по позициям российских войск под Курском в "
        "понедельник.",
        "ru",
        "Ukraine",
        "Russia",
    ),  # fmt: skip
    (
        "ردا على الغارات الباكستانية، هاجمت القوات الأفغانية مواقع للجيش الباكستاني على الحدود يوم السبت.",
        "ar",
        "Afghanistan",
        "Pakistan",
    ),  # fmt: skip
    (
        "PKK'nın saldırısına misilleme olarak Türk Silahlı Kuvvetleri Kuzey Irak'ta PKK mevzilerini vurdu.",
        "tr",
        "Turkey",
        "PKK",
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "language", "doer", "hit"), CAUSES)
def test_the_cause_of_a_retaliation_gives_it_neither_act_nor_actors(text, language, doer, hit):
    rows = code_text(text, language=language, published="2025-10-15")
    assert len(rows) == 1, rows
    assert doer in rows[0].actor1 and hit in rows[0].actor2


def test_the_toll_of_the_cause_is_not_the_retaliations():
    text = (
        "In retaliation for an attack that killed 11 soldiers, Pakistani jets struck Taliban hideouts in "
        "Paktika on Sunday."
    )
    rows = code_text(text, language="en", published="2025-10-15")
    answer = [r for r in rows if r.event_type == "Explosions/Remote violence"]
    assert (
        len(answer) == 1 and answer[0].actor1 == "Military Forces of Pakistan" and answer[0].fatalities == 0
    )


def test_a_cause_runs_to_its_mark_or_to_the_next_act():
    r = read(
        "Als Vergeltung für den Raketenangriff der Hisbollah beschoss die Armee Stellungen im Süden.", "de"
    )
    ((lo, hi),) = cause_spans(r)
    assert [t.text for t in r.tokens[lo:hi]][-1] == "Hisbollah"


# ---------------------------------------------------------------- the speaker's side did it

SPEAKER_SIDES = [
    (
        "The Israeli military said 20 Hezbollah fighters were killed in air strikes in southern Lebanon on Monday.",
        "en",
        "Military Forces of Israel",
        "Hezbollah",
    ),  # fmt: skip
    (
        "قالت وزارة الدفاع الأفغانية إن قواتها قتلت 58 جنديا باكستانيا في هجمات انتقامية ليل السبت.",
        "ar",
        "Military Forces of Afghanistan",
        "Military Forces of Pakistan",
    ),  # fmt: skip
    (
        "Талибы заявили, что убили 58 пакистанских военных в ходе ответных атак в ночь на воскресенье.",
        "ru",
        "Military Forces of Afghanistan",  # the Taliban govern Afghanistan since 2021
        "Military Forces of Pakistan",
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "language", "doer", "hit"), SPEAKER_SIDES)
def test_the_side_announcing_the_other_sides_losses_did_it(text, language, doer, hit):
    assert sides(text, language) == (doer, hit)


def test_a_side_announcing_its_own_losses_is_no_doer():
    text = "The Pakistani military said 12 Pakistani soldiers were killed in a roadside bombing in Bannu on Saturday."
    row = first_row(text, "en")
    assert row.actor1 != "Military Forces of Pakistan" and row.actor2 == "Military Forces of Pakistan"
    text = "The Israeli military said three soldiers were killed in southern Lebanon on Monday."
    row = first_row(text, "en")
    assert row.actor1 != "Military Forces of Israel"


def test_a_model_number_counts_no_one():
    # "F-16": the jets' model, not sixteen jets hit
    text = "Thai F-16 fighter jets struck two Cambodian military targets on Thursday, the Thai army said."
    assert sides(text, "en") == ("Military Forces of Thailand", "Military Forces of Cambodia")


AFTER_CAUSES = [
    (
        "Las fuerzas afganas lanzaron el sábado ataques de represalia contra puestos militares paquistaníes tras los "
        "bombardeos paquistaníes sobre Kandahar.",
        "es",
        "Afghanistan",
        "Pakistan",
    ),  # fmt: skip
    (
        "Pakistani troops retaliated on Sunday, shelling Afghan army posts in Kurram after Afghan forces attacked a "
        "border crossing.",
        "en",
        "Pakistan",
        "Afghanistan",
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "language", "doer", "hit"), AFTER_CAUSES)
def test_in_a_retaliation_the_act_after_after_is_the_earlier_one(text, language, doer, hit):
    rows = code_text(text, language=language, published="2025-10-15")
    assert len(rows) == 1, rows
    assert doer in rows[0].actor1 and hit in rows[0].actor2


def test_without_a_retaliation_the_act_after_after_is_the_event():
    # "were killed after militants attacked": the act after "after" is the one that killed them
    row = first_row("Five soldiers were killed after militants attacked their post in Dikwa on Sunday.", "en")
    assert row.actor1.startswith("Unidentified Armed Group") and row.fatalities == 5


LAST_YEAR = [
    (
        "Американский авиаудар убил 15 человек в Сане в понедельник. В прошлом году американский удар убил 11 "
        "мирных жителей в Марибе.",
        "ru",
    ),  # fmt: skip
    (
        "Ein US-Luftangriff tötete am Montag 15 Menschen in Sanaa. Letztes Jahr hatte ein US-Luftangriff 11 "
        "Zivilisten in Marib getötet.",
        "de",
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "language"), LAST_YEAR)
def test_a_strike_dated_last_year_is_background(text, language):
    rows = code_text(text, language=language, published="2025-10-15")
    assert len(rows) == 1 and rows[0].fatalities == 15, rows
