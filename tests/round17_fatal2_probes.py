"""Round 17 (fatal2) probe reports: tolls with a wounded person who died later, "another" victim,
hyphened number words and two sources' figures, written in our own words after reading real copy
(wire and local reports on deaths in hospital after bombings and shootings: "another injured
succumbed", "murió una persona más que resultó herida", "скончался ещё один пострадавший"; and on
contradictory tolls: "selon des sources locales ... selon l'armée"). Towns, numbers and sentences
are new; the rows are what ACLED would code (sub-event type, fatalities).

Run by tests/test_events_fatalities_round17_b.py."""

from __future__ import annotations

PUBLISHED = "2026-03-18"  # a Wednesday

A = "Attack"
SH = "Shelling/artillery/missile attack"
RE = "Remote explosive/landmine/IED"
AC = "Armed clash"

PROBES = [
    # ------------------------------------------------------------------ en
    ("en", "", "Bandits killed eleven villagers in Tsafe, Zamfara State, on Monday. One of the wounded later died at the general hospital.", [(A, 12)]),
    ("en", "", "Gunmen killed thirty-one worshippers in an attack on a mosque in Bakura, Zamfara State, on Monday.", [(A, 31)]),
    ("en", "", "A roadside bomb killed forty-one passengers on a bus near Mandera on Tuesday.", [(RE, 41)]),
    ("en", "", "Gunmen killed nine traders at a market in Giwa, Kaduna State, on Monday, according to residents, and six according to the police.", [(A, 6)]),
    # ------------------------------------------------------------------ fr
    ("fr", "", "Des jihadistes ont tué lundi six villageois à Tillabéri; un blessé a succombé mardi à l'hôpital.", [(A, 7)]),
    ("fr", "", "L'attaque de lundi contre le village de Kaya a fait douze morts selon des habitants, et huit selon la gendarmerie.", [(A, 8)]),
    # ------------------------------------------------------------------ es
    ("es", "", "Hombres armados asesinaron el lunes a cinco personas en Celaya, Guanajuato; otra víctima murió horas después en el hospital.", [(A, 6)]),
    ("es", "", "Sicarios mataron el lunes a diez personas en un bar de Irapuato, según vecinos, y siete según la fiscalía.", [(A, 7)]),
    # ------------------------------------------------------------------ ru
    ("ru", "", "При обстреле Шебекино в понедельник погибли два человека; ещё один раненый скончался в больнице.", [(SH, 3)]),
    # ------------------------------------------------------------------ de
    ("de", "", "Bei einem Drohnenangriff auf Cherson wurden am Montag zwei Menschen getötet; ein Verletzter starb später im Krankenhaus.", [("Air/drone strike", 3)]),
    # ------------------------------------------------------------------ tr
    ("tr", "", "Hakkari'de pazartesi günü askeri araca yapılan bombalı saldırıda iki asker şehit oldu. Yaralanan bir asker de hastanede hayatını kaybetti.", [(RE, 3)]),
    # ------------------------------------------------------------------ ar
    ("ar", "", "قتل جنديان في هجوم على حاجز في درعا يوم الاثنين، وتوفي جندي آخر متأثرا بجراحه.", [(AC, 3)]),
]  # fmt: skip
