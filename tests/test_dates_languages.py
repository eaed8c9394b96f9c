"""Relative dates in every language with a pack, resolved against the publication date: yesterday,
last night, weekday names (inflected, compounded), "the night of Saturday to Sunday", "two days ago",
"last Friday", "this morning". Sentences are the coder's usual shapes, written for these tests."""

from datetime import date

import pytest

from extractors.events.dates import find_dates

FRI = date(2020, 2, 28)
MON = date(2020, 3, 2)
Y = date(2020, 2, 27)
SUN = date(2020, 3, 1)
cases = {
    "en": [
        ("yesterday", FRI, Y),
        ("last night", FRI, Y),
        ("on Thursday", FRI, Y),
        ("overnight Saturday to Sunday", MON, SUN),
        ("on the night of Saturday to Sunday", MON, SUN),
        ("two days ago", FRI, date(2020, 2, 26)),
        ("last Friday", FRI, date(2020, 2, 21)),
        ("this morning", FRI, FRI),
        ("on Sunday night", MON, SUN),
        ("late on Saturday", MON, date(2020, 2, 29)),
    ],
    "fr": [
        ("hier", FRI, Y),
        ("la nuit dernière", FRI, Y),
        ("hier soir", FRI, Y),
        ("jeudi", FRI, Y),
        ("dans la nuit de samedi à dimanche", MON, SUN),
        ("il y a deux jours", FRI, date(2020, 2, 26)),
        ("vendredi dernier", FRI, date(2020, 2, 21)),
        ("ce matin", FRI, FRI),
        ("dimanche soir", MON, SUN),
        ("dans la nuit de dimanche", MON, SUN),
        ("avant-hier", FRI, date(2020, 2, 26)),
    ],
    "es": [
        ("ayer", FRI, Y),
        ("anoche", FRI, Y),
        ("el jueves", FRI, Y),
        ("en la noche del sábado al domingo", MON, SUN),
        ("hace dos días", FRI, date(2020, 2, 26)),
        ("el pasado viernes", FRI, date(2020, 2, 21)),
        ("esta mañana", FRI, FRI),
        ("la madrugada del domingo", MON, SUN),
        ("anteayer", FRI, date(2020, 2, 26)),
    ],
    "pt": [
        ("ontem", FRI, Y),
        ("ontem à noite", FRI, Y),
        ("na quinta-feira", FRI, Y),
        ("na noite de sábado para domingo", MON, SUN),
        ("há dois dias", FRI, date(2020, 2, 26)),
        ("na sexta-feira passada", FRI, date(2020, 2, 21)),
        ("esta manhã", FRI, FRI),
        ("anteontem", FRI, date(2020, 2, 26)),
    ],
    "it": [
        ("ieri", FRI, Y),
        ("ieri sera", FRI, Y),
        ("giovedì", FRI, Y),
        ("nella notte tra sabato e domenica", MON, SUN),
        ("due giorni fa", FRI, date(2020, 2, 26)),
        ("venerdì scorso", FRI, date(2020, 2, 21)),
        ("stamattina", FRI, FRI),
        ("l'altro ieri", FRI, date(2020, 2, 26)),
    ],
    "de": [
        ("gestern", FRI, Y),
        ("gestern Abend", FRI, Y),
        ("am Donnerstag", FRI, Y),
        ("in der Nacht zu Sonntag", MON, SUN),
        ("in der Nacht von Samstag auf Sonntag", MON, SUN),
        ("vor zwei Tagen", FRI, date(2020, 2, 26)),
        ("letzten Freitag", FRI, date(2020, 2, 21)),
        ("heute Morgen", FRI, FRI),
        ("vorgestern", FRI, date(2020, 2, 26)),
        ("am Sonntagabend", MON, SUN),
    ],
    "nl": [
        ("gisteren", FRI, Y),
        ("gisteravond", FRI, Y),
        ("donderdag", FRI, Y),
        ("in de nacht van zaterdag op zondag", MON, SUN),
        ("twee dagen geleden", FRI, date(2020, 2, 26)),
        ("afgelopen vrijdag", FRI, date(2020, 2, 21)),
        ("vanochtend", FRI, FRI),
        ("zondagavond", MON, SUN),
    ],
    "no": [
        ("i går", FRI, Y),
        ("i går kveld", FRI, Y),
        ("torsdag", FRI, Y),
        ("natt til søndag", MON, SUN),
        ("for to dager siden", FRI, date(2020, 2, 26)),
        ("i morges", FRI, FRI),
        ("søndag kveld", MON, SUN),
    ],
    "da": [
        ("i går", FRI, Y),
        ("i aftes", FRI, Y),
        ("i torsdags", FRI, Y),
        ("natten til søndag", MON, SUN),
        ("for to dage siden", FRI, date(2020, 2, 26)),
        ("sidste fredag", FRI, date(2020, 2, 21)),
        ("i morges", FRI, FRI),
    ],
    "ro": [
        ("ieri", FRI, Y),
        ("aseară", FRI, Y),
        ("joi", FRI, Y),
        ("în noaptea de sâmbătă spre duminică", MON, SUN),
        ("acum două zile", FRI, date(2020, 2, 26)),
        ("vinerea trecută", FRI, date(2020, 2, 21)),
        ("în această dimineață", FRI, FRI),
        ("alaltăieri", FRI, date(2020, 2, 26)),
    ],
    "ru": [
        ("вчера", FRI, Y),
        ("вчера вечером", FRI, Y),
        ("в четверг", FRI, Y),
        ("в ночь на воскресенье", MON, SUN),
        ("в ночь с субботы на воскресенье", MON, SUN),
        ("два дня назад", FRI, date(2020, 2, 26)),
        ("в прошлую пятницу", FRI, date(2020, 2, 21)),
        ("сегодня утром", FRI, FRI),
        ("позавчера", FRI, date(2020, 2, 26)),
        ("накануне", FRI, Y),
        ("минувшей ночью", FRI, Y),
    ],
    "uk": [
        ("вчора", FRI, Y),
        ("вчора ввечері", FRI, Y),
        ("у четвер", FRI, Y),
        ("в ніч на неділю", MON, SUN),
        ("у ніч з суботи на неділю", MON, SUN),
        ("два дні тому", FRI, date(2020, 2, 26)),
        ("сьогодні вранці", FRI, FRI),
        ("позавчора", FRI, date(2020, 2, 26)),
        ("минулої ночі", FRI, Y),
    ],
    "tr": [
        ("dün", FRI, Y),
        ("dün gece", FRI, Y),
        ("perşembe günü", FRI, Y),
        ("cumartesiyi pazara bağlayan gece", MON, SUN),
        ("iki gün önce", FRI, date(2020, 2, 26)),
        ("geçen cuma", FRI, date(2020, 2, 21)),
        ("bu sabah", FRI, FRI),
        ("pazar akşamı", MON, SUN),
    ],
    "ar": [
        ("أمس", FRI, Y),
        ("ليلة أمس", FRI, Y),
        ("يوم الخميس", FRI, Y),
        ("أمس الخميس", FRI, Y),
        ("ليل السبت الأحد", MON, SUN),
        ("قبل يومين", FRI, date(2020, 2, 26)),
        ("الجمعة الماضية", FRI, date(2020, 2, 21)),
        ("صباح اليوم", FRI, FRI),
        ("مساء الأحد", MON, SUN),
        ("فجر الأحد", MON, SUN),
    ],
    "id": [
        ("kemarin", FRI, Y),
        ("tadi malam", FRI, Y),
        ("Kamis", FRI, Y),
        ("pada hari Kamis", FRI, Y),
        ("dua hari lalu", FRI, date(2020, 2, 26)),
        ("Jumat lalu", FRI, date(2020, 2, 21)),
        ("pagi ini", FRI, FRI),
        ("Minggu malam", MON, SUN),
        ("Minggu dini hari", MON, SUN),
    ],
    "sw": [
        ("jana", FRI, Y),
        ("jana usiku", FRI, Y),
        ("Alhamisi", FRI, Y),
        ("siku ya Alhamisi", FRI, Y),
        ("usiku wa kuamkia Jumapili", MON, SUN),
        ("siku mbili zilizopita", FRI, date(2020, 2, 26)),
        ("Ijumaa iliyopita", FRI, date(2020, 2, 21)),
        ("asubuhi ya leo", FRI, FRI),
    ],
    "hi": [
        ("कल", FRI, Y),
        ("कल रात", FRI, Y),
        ("गुरुवार को", FRI, Y),
        ("दो दिन पहले", FRI, date(2020, 2, 26)),
        ("आज सुबह", FRI, FRI),
        ("रविवार रात", MON, SUN),
    ],
}


@pytest.mark.parametrize(
    ("language", "expression", "published", "expected"),
    [(lang, e, p, w) for lang, cs in cases.items() for e, p, w in cs],
)
def test_relative_dates_in_every_language(language, expression, published, expected):
    found = find_dates(expression, published, language)
    assert found and found[0].value == expected, [(d.text, d.value) for d in found]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Gunmen raided the Monday market in the town on Wednesday, killing four traders.",
            "en",
            [date(2020, 2, 26)],
        ),
        ("A bomb went off at a crowded Sunday market near the bus station, police said.", "en", []),
        ("बंदूकधारियों ने बुधवार को शुक्रवार बाजार पर हमला किया।", "hi", [date(2020, 2, 26)]),
    ],
)
def test_a_weekday_naming_a_market_is_no_date(text, language, expected):
    assert [d.value for d in find_dates(text, FRI, language)] == expected


def test_a_weekday_before_the_noun_it_does_not_name_is_still_a_date():
    assert [d.value for d in find_dates("Militants shelled the market on Monday.", FRI, "en")] == [
        date(2020, 2, 24)
    ]


def test_a_comma_parts_a_weekday_from_the_noun_after_it():
    text = "Gunmen shot dead three men on Tuesday, police said."
    assert [d.value for d in find_dates(text, FRI, "en")] == [date(2020, 2, 25)]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday police fired tear gas at the marchers.",
        "Protesters gathered on Tuesday market traders said.",
    ],
)
def test_a_weekday_after_a_date_word_or_before_a_people_noun_is_a_date(text):
    assert [d.value for d in find_dates(text, FRI, "en")] == [date(2020, 2, 25)]
