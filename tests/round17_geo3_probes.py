"""Round 17 (b) place probes (geo3): short reports written for these tests, in the shapes wire and
regional copy takes on places a country shares a name with, foreign forces, gangs and demonyms
inside town names (Malian and Central African copy on Russian mercenaries, Lebanese and Yemeni
Arabic copy naming a city and its country or army, Philippine copy on Maguindanao's towns, Haitian
copy on Artibonite's gangs, Afghan copy on Kunar); no sentence of any report and no evaluation
text. Each: (language, headline, text, the place expected as (country, admin1 or None for any,
(latitude, longitude) or None, km)); the first row the coder gives must be there."""

PUBLISHED = "2026-11-11"  # a Wednesday

TRIPOLI_LB = (34.43, 35.84)
BAYDA_YE = (13.99, 45.57)
BAYDA_LY = (32.76, 21.76)
ASMAR_AF = (35.03, 71.36)
AMPATUAN = (6.87, 124.47)
BAMBARI = (5.76, 20.67)

PROBES: list[tuple[str, str, str, tuple]] = [
    # a national army's demonym decides between same-named cities (SCRIPT_NAMESAKES)
    (
        "ar",
        "",
        "اشتبك الجيش اللبناني مع مسلحين في مدينة طرابلس فجر الثلاثاء ما أدى إلى مقتل جنديين.",
        ("Lebanon", None, TRIPOLI_LB, 25),
    ),
    (
        "ar",
        "",
        "قالت مصادر أمنية إن وحدة من الجيش اللبناني تعرضت لإطلاق نار في طرابلس وأصيب ثلاثة عسكريين.",
        ("Lebanon", None, TRIPOLI_LB, 25),
    ),
    (
        "ar",
        "",
        "قتل خمسة أشخاص في قصف استهدف سوقا شعبيا في مدينة البيضاء في اليمن يوم الاثنين.",
        ("Yemen", None, BAYDA_YE, 25),
    ),
    (
        "ar",
        "",
        "قتل ثلاثة مسلحين في اشتباكات مع قوات الأمن في مدينة البيضاء الليبية يوم الاثنين.",
        ("Libya", None, BAYDA_LY, 25),
    ),
    (
        "fr",
        "",
        "Des hommes armés ont tué quatre civils mardi à Tripoli, au Liban, selon une source sécuritaire.",
        ("Lebanon", None, TRIPOLI_LB, 25),
    ),
    # a named armed group's home decides a name shared with a town abroad (GROUP_HOME_SUPPORT)
    (
        "en",
        "",
        "In Asmar, Taliban fighters killed three policemen at a checkpoint on Monday night.",
        ("Afghanistan", None, ASMAR_AF, 25),
    ),
    (
        "de",
        "",
        "In Asmar haben die Taliban am Montag drei Polizisten an einem Kontrollpunkt getötet.",
        ("Afghanistan", None, ASMAR_AF, 25),
    ),
    # a lone small town abroad yields to a named gang's home (GROUP_HOME_OVER_LONE_TOWN)
    (
        "en",
        "",
        "Gran Grif gang members opened fire on farmers in Petite Rivière on Saturday, killing nine.",
        ("Haiti", None, None, 0),
    ),
    (
        "fr",
        "",
        "Des membres du gang Gran Grif ont tué sept paysans samedi à Petite Rivière, selon la police.",
        ("Haiti", None, None, 0),
    ),
    # a demonym inside a town's name is no nationality (DEMONYM_IN_NAME)
    (
        "en",
        "",
        "Soldiers in Datu Saudi Ampatuan clashed with gunmen on Monday, leaving three dead.",
        ("Philippines", None, AMPATUAN, 25),
    ),
    (
        "en",
        "",
        "Police in Datu Saudi Ampatuan said gunmen shot dead a village chief on Monday.",
        ("Philippines", None, AMPATUAN, 25),
    ),
    # a foreign force's demonym is no vote (FOREIGN_FORCE_DEMONYM)
    (
        "en",
        "",
        "Russian Wagner mercenaries killed seven civilians near Bambari on Tuesday, residents said.",
        ("Central African Republic", None, BAMBARI, 25),
    ),
]

# the probe reports main's code and this branch still miss (strict xfails; see the report)
KNOWN_MISSES: tuple[str, ...] = (
    # (fire on a unit with wounded only: a row now, FORCE_UNDER_FIRE, round 17 bomber)
)
