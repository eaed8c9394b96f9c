"""Round 17 probe reports (bomber: types): a blast whose dead include its attackers (a suicide bomb)
and fire on a state force's unit with wounded only (an armed clash, no dead), in en, id, fr, ar.
Written for these tests (no evaluation text, no sentence of any report). Each: (language, headline,
text, the rows expected as (sub-event type, fatalities or None for any))."""

PUBLISHED = "2026-11-18"  # a Wednesday

PROBES = [
    ("en", "", "A bomb went off at a bus station in Gombe on Tuesday, killing six people, including the two bombers.",
     [("Suicide bomb", 6)]),
    ("en", "", "An explosion at a checkpoint near Baidoa on Monday killed four people, including the attacker.",
     [("Suicide bomb", 4)]),
    ("id", "", "Ledakan bom di depan kantor polisi di Poso pada Senin menewaskan tiga orang, termasuk dua pelaku.",
     [("Suicide bomb", 3)]),
    ("fr", "", "Une explosion sur un marché de Gao a tué neuf personnes mardi, dont les deux kamikazes.",
     [("Suicide bomb", 9)]),
    ("ar", "", "قتل ستة أشخاص بينهم الانتحاريان في تفجير استهدف سوقا في مدينة كركوك يوم الثلاثاء.",
     [("Suicide bomb", 6)]),
    ("en", "", "A police patrol came under fire in Kirkuk on Monday and two officers were wounded.",
     [("Armed clash", 0)]),
    ("en", "", "An army convoy came under fire near Kidal on Tuesday, wounding three soldiers.",
     [("Armed clash", 0)]),
    ("ar", "", "تعرض الجيش اللبناني لإطلاق نار في صيدا يوم الاثنين وأصيب ثلاثة عسكريين.",
     [("Armed clash", 0)]),
    ("ar", "", "وحدة من الجيش العراقي تعرضت لإطلاق نار في الموصل يوم الثلاثاء وأصيب جنديان.",
     [("Armed clash", 0)]),
    ("fr", "", "Un convoi de la gendarmerie a essuyé des tirs lundi près de Dori, deux gendarmes ont été blessés.",
     [("Armed clash", 0)]),
    ("id", "", "Sebuah pos polisi di Puncak menjadi sasaran tembakan pada Senin, dua polisi terluka.",
     [("Armed clash", 0)]),
]  # fmt: skip

KNOWN_MISSES: tuple[str, ...] = ()
