"""Round 16 (short round) English actor probes (en2): short reports written for these tests in the
shapes wire copy from Ukraine, Sudan (Darfur, Kordofan) and the Central African Republic takes when
it names its doer by a state's name, a ministry that speaks of "its troops", or an armed group of
the region by its name or acronym; read via the search tool. Own sentences, other towns, other
numbers; no sentence of any report and no evaluation text. Each: (language, headline, text, rows
expected as (sub-event type, fatalities or None), actor1 expected of the first row that has it)."""

PUBLISHED = "2026-03-11"  # a Wednesday

PROBES = [
    (
        "en",
        "Drones hit Sumy overnight",
        "Russia launched a wave of drones at Sumy overnight on Tuesday, killing three civilians and damaging "
        "a school, the regional governor said.",
        [("Air/drone strike", 3)],
        "Military Forces of Russia",
    ),
    (
        "en",
        "Missiles strike Dnipro",
        "Russia fired ballistic missiles at Dnipro on Tuesday, killing four people in a residential district, "
        "Ukrainian officials said.",
        [(None, 4)],
        "Military Forces of Russia",
    ),
    (
        "en",
        "Russia claims village in Zaporizhzhia",
        "The Russian defence ministry said on Tuesday that its troops had captured the village of Malynivka "
        "in Ukraine's Zaporizhzhia region.",
        [(None, None)],
        "Military Forces of Russia",
    ),
    (
        "en",
        "Darfur factions clash",
        "Fighters of two factions of the Sudan Liberation Movement clashed on Monday near Golo in the Jebel "
        "Marra area of Central Darfur, killing seven of them, local sources said.",
        [("Armed clash", 7)],
        "Sudan Liberation Movement/Army (SLM/A)",
    ),
    (
        "en",
        "SLM-AW fighters raid market",
        "Gunmen from the SLM-AW raided a livestock market near Nertiti in Central Darfur on Tuesday, killing "
        "two traders.",
        [(None, 2)],
        "Sudan Liberation Movement/Army-Abdul Wahid (SLM/A-AW)",
    ),
    (
        "en",
        "CAR rebels attack town",
        "FPRC rebels attacked the town of Birao in northeastern Central African Republic on Monday, killing "
        "four soldiers, the army said.",
        [(None, 4)],
        "Popular Front for the Renaissance of Central Africa (FPRC)",
    ),
    (
        "en",
        "Herders killed near Bozoum",
        "Fighters of the 3R armed group killed five herders near Bozoum in the Central African Republic on "
        "Tuesday, a local official said.",
        [("Attack", 5)],
        "Return Reclamation Rehabilitation (3R)",
    ),
    (
        "en",
        "Militia kills traders near Bangassou",
        "Anti-Balaka militiamen killed three traders on a road near Bangassou in the Central African "
        "Republic on Monday.",
        [("Attack", 3)],
        "Anti-Balaka",
    ),
]
