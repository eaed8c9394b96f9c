"""Round 13 language rules (fr, ru, uk, de, id, tr, ar), learned from reading real news in each
language: a lone assailant is no mob (LONE_DOER); a place "liberated" or "recaptured" was taken by
force (FORCED_TAKEOVER words of ru, uk, de, tr, id, ar); one word that is both a number and its
outcome (SELF_COUNTING_OUTCOME: the Arabic dual "قتيلان"); Arabic singular victims and the headline's
present tense; Russian "both" and the security services' "neutralised"; drivers as civilians.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import code_text, only

PUBLISHED = "2025-05-14"  # a Wednesday


# -- LONE_DOER: a man with a knife is one assailant, angry residents are a mob ------------------


def test_a_lone_man_who_attacks_passers_by_is_no_mob() -> None:
    m = only(code_text("Мужчина с ножом напал на прохожих в Екатеринбурге во вторник, погибли два человека.",
                       language="ru", published=PUBLISHED))  # fmt: skip
    assert (m.event_type, m.sub_event_type, m.fatalities) == ("Violence against civilians", "Attack", 2)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Разъяренные жители избили до смерти вора в Махачкале во вторник."),
        ("en", "Angry residents beat a suspected thief to death in Kano on Tuesday."),
    ],
)
def test_a_crowd_of_residents_that_kills_is_still_mob_violence(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.event_type, m.sub_event_type) == ("Riots", "Mob violence")


# -- FORCED_TAKEOVER: liberated, recaptured, stormed ----------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Сили оборони звільнили село Андріївка на Донеччині, повідомив у вівторок Генштаб."),
        ("ar", "استعاد الجيش السوداني السيطرة على مدينة ود مدني يوم الثلاثاء."),
        ("tr", "Suriye ordusu salı günü Halep'in kontrolünü geri aldı."),
        ("id", "TNI merebut kembali markas kelompok separatis di Jayapura pada Selasa."),
        ("de", "Ukrainische Truppen haben am Dienstag die Stadt Kupjansk zurückerobert."),
    ],
)
def test_a_place_liberated_or_recaptured_by_the_army_is_a_battle(language: str, text: str) -> None:
    # no fighting told next to it, but the verb itself says the place was taken back by force
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.event_type, m.sub_event_type) == ("Battles", "Government regains territory")


def test_a_place_liberated_by_a_foreign_army_is_overtaken() -> None:
    # FOREIGN_FORCES_OVERTAKE (round 16): ACLED codes a foreign state force that takes a place as
    # "Non-state actor overtakes territory"; still a battle, taken by force
    text = "Во вторник российские войска освободили населенный пункт Уманское в Донецкой области."
    m = only(code_text(text, language="ru", published=PUBLISHED))
    assert (m.event_type, m.sub_event_type) == ("Battles", "Non-state actor overtakes territory")


def test_a_german_participle_of_recapture_is_a_battle() -> None:
    # "zurückerobert" stems apart from "zurückerobern": listed itself, as a capture and a forced one
    m = only(code_text("Die ukrainische Armee hat am Dienstag die Stadt Cherson zurückerobert.", language="de",
                       published=PUBLISHED))  # fmt: skip
    assert (m.event_type, m.sub_event_type, m.location) == (
        "Battles",
        "Government regains territory",
        "Kherson",
    )


# -- Arabic figures ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # SELF_COUNTING_OUTCOME: the dual of the killed noun is the figure and its outcome
        ("قتيلان في انفجار سيارة مفخخة في سوق بمدينة الباب شمال حلب يوم الثلاثاء.", 2),
        # a singular victim next to its killed word: one died
        ("مقتل جندي في هجوم مسلح في بغداد يوم الثلاثاء.", 1),
        ("قتل متظاهر يوم الثلاثاء برصاص قوات الأمن في بغداد.", 1),
        # a headline's present tense: "kills three"
        ("قصف إسرائيلي على بلدة الخيام في جنوب لبنان يوم الثلاثاء يقتل ثلاثة أشخاص.", 3),
    ],
)
def test_arabic_counts_of_the_dead(text: str, dead: int) -> None:
    assert only(code_text(text, language="ar", published=PUBLISHED)).fatalities == dead


def test_arabic_policemen_in_the_plural_are_police() -> None:
    m = only(
        code_text("قتل ثلاثة شرطيين في هجوم مسلح في بغداد يوم الثلاثاء.", language="ar", published=PUBLISHED)
    )
    assert m.actor2 is not None and m.actor2.startswith("Police Forces")
    assert m.fatalities == 3


# -- Russian figures -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a driver is a civilian: "погиб водитель" is one dead
        ("Во вторник дрон ударил по машине в селе Никольское Белгородской области, погиб водитель.", 1),
        # "both militants were killed"
        ("Во вторник в Назрани силовики заблокировали боевиков в частном доме, завязалась перестрелка, "
         "оба боевика убиты.", 2),
        # "neutralised": the security services' word for militants killed
        ("Во вторник в Назрани в ходе перестрелки нейтрализованы двое боевиков.", 2),
    ],
)  # fmt: skip
def test_russian_counts_of_the_dead(text: str, dead: int) -> None:
    assert only(code_text(text, language="ru", published=PUBLISHED)).fatalities == dead


# -- probe reports: the shapes newsrooms use, one per type and language ------------------------------

PROBES = [
    ("fr", "Niger : au moins vingt soldats tués dans une attaque près de la frontière malienne. L'attaque a "
           "visé mardi une position de l'armée à Tillabéri, a indiqué le ministère de la Défense.",
     "Battles", 20),
    ("fr", "La police a dispersé à coups de gaz lacrymogène des manifestants rassemblés mardi devant le "
           "palais de justice de Conakry.", "Protests", 0),
    ("uk", "Росіяни обстріляли автобус у Херсоні: двоє загиблих. У вівторок ворожий снаряд влучив у рейсовий "
           "автобус, загинули двоє пасажирів.", "Explosions/Remote violence", 2),
    ("de", "Dschihadisten greifen Militärstützpunkt in Mali an. Im Norden Malis haben Islamisten am Dienstag "
           "einen Stützpunkt der Armee bei Gao angegriffen; mindestens 20 Soldaten wurden getötet.",
     "Battles", 20),
    ("tr", "Mardin'de yola tuzaklanan patlayıcı infilak etti: 3 asker şehit. Mardin'in Kızıltepe ilçesinde "
           "salı günü askeri aracın geçişi sırasında el yapımı patlayıcı infilak etti, 3 asker şehit oldu, 2 "
           "asker yaralandı.", "Explosions/Remote violence", 3),
    ("id", "Bom bunuh diri meledak di depan gereja di Surabaya pada Selasa, menewaskan tiga orang.",
     "Explosions/Remote violence", 3),
    ("ar", "اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الفاشر يوم الثلاثاء أسفرت عن "
           "مقتل 20 شخصا.", "Battles", 20),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "event_type", "dead"), PROBES)
def test_probe_reports_are_coded(language: str, text: str, event_type: str, dead: int) -> None:
    rows = [m for m in code_text(text, language=language, published=PUBLISHED) if m.event_type == event_type]
    assert rows and rows[0].fatalities == dead


# -- ACTOR_HOLDS_IT: a negation word inside an actor's name negates no act ------------------------------


def test_people_not_known_are_unidentified_gunmen_not_a_negated_killing() -> None:
    # Indonesian "orang tak dikenal" (people not known): "tak" is a word of the doer's name
    m = only(code_text("Orang tak dikenal menembak mati dua warga di Jayapura pada Selasa.", language="id",
                       published=PUBLISHED))  # fmt: skip
    assert (m.event_type, m.fatalities) == ("Violence against civilians", 2)
    assert m.actor1 is not None and m.actor1.startswith("Unidentified Armed Group")


def test_a_negated_arrest_is_still_no_event() -> None:
    assert code_text("Polisi tidak menangkap siapa pun di Jayapura pada Selasa.", language="id",
                     published=PUBLISHED) == []  # fmt: skip


def test_a_turkish_man_killed_is_one_civilian_dead() -> None:
    # "adam" (a man) by its own forms: its stem is that of "ada" (an island) and of Adana
    m = only(code_text("Silahlı kişiler salı günü Diyarbakır'da bir adamı öldürdü.", language="tr",
                       published=PUBLISHED))  # fmt: skip
    assert (m.event_type, m.fatalities, m.location) == ("Violence against civilians", 1, "Diyarbakir")


# -- CROWD_ANSWERS_A_DEATH: the death a riot answers is no toll of the riot ---------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Des émeutiers ont incendié des voitures et pillé des commerces lundi soir à Nanterre après la mort "
               "d'un adolescent."),
        ("id", "Massa membakar kantor polisi di Jayapura pada Selasa setelah seorang pemuda tewas."),
        ("en", "Rioters set cars on fire and looted shops in Nanterre on Monday night after the death of a teenager."),
    ],
)  # fmt: skip
def test_a_death_a_riot_answers_is_no_toll_of_the_riot(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.event_type, m.fatalities) == ("Riots", 0)


def test_a_killing_told_after_after_is_still_counted_where_it_is_an_act() -> None:
    # the "after" clause names an act of its own (shot dead): its dead are no mere cause
    m = only(code_text("Protesters clashed with police in Nairobi on Tuesday after officers shot dead two demonstrators.",
                       language="en", published=PUBLISHED))  # fmt: skip
    assert m.fatalities == 2
