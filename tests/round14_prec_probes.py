"""Round 14 precision probes: short reports written for these tests (own words, in the shapes real
news takes: a headline, a lead, a toll, a line of background), each of which tempts the coder to
write a row that matches no event of the report: the same event told twice, a past event told as
context, a threat or a denial, a running toll, a weapon laid but not used, a trial of an old attack.
No sentence of any report and no evaluation text. Each: (language, headline, text, the rows
expected as (sub-event type, fatalities or None for any)); [] = a report with no event."""

PUBLISHED = "2025-05-14"  # a Wednesday

PROBES = [
    # the same event in the headline, the lead and a toll sentence: one row
    (
        "en",
        "Gunmen kill nine villagers in central Mali",
        "Gunmen killed nine villagers in an attack on the village of Dinangourou in central Mali on "
        "Monday, local officials said. The attackers arrived on motorbikes and opened fire on residents "
        "at the market. The toll of nine dead was confirmed by the mayor on Tuesday.",
        [("Attack", 9)],
    ),
    (
        "en",
        "Air strike hits market in Sudan's Kordofan",
        "An air strike on a crowded market in El Obeid killed at least 14 people on Monday, medics said. "
        "The strike, blamed on the army, also wounded dozens. Medics said the death toll from the "
        "strike had risen to 14.",
        [("Air/drone strike", 14)],
    ),
    # a past event told as context
    (
        "en",
        "Protesters rally in Bamako",
        "Hundreds of people marched peacefully in Bamako on Tuesday to demand the release of detained "
        "journalists. The city saw deadly riots in 2020, when security forces killed 14 protesters.",
        [("Peaceful protest", 0)],
    ),
    (
        "en",
        "Militants attack army post in Niger",
        "Militants attacked an army post near Tillaberi on Monday, killing five soldiers, the defence "
        "ministry said. The region has suffered repeated attacks since 2017, and an ambush there last "
        "year killed 71 soldiers.",
        [("Armed clash", 5)],
    ),
    # a threat, a warning, a vow: no row
    (
        "en",
        "Rebels threaten to attack Goma",
        "Rebel commanders threatened on Tuesday to attack the city of Goma if the army did not withdraw "
        "its troops, a spokesman said.",
        [],
    ),
    (
        "en",
        "Army vows to crush insurgents",
        "The army chief vowed on Monday to launch air strikes on insurgent camps in the north and said "
        "troops would storm every hideout.",
        [],
    ),
    # a denial
    (
        "en",
        "Army denies shelling village",
        "The military on Tuesday denied that its artillery had shelled the village of Kafr Nabl, "
        "saying no operation took place in the area.",
        [],
    ),
    # a running toll of a war: no row of its own
    (
        "en",
        "Fighting kills three in Khartoum",
        "Clashes between the army and the Rapid Support Forces killed three civilians in Omdurman on "
        "Monday, residents said. More than 20,000 people have been killed since the war began in April "
        "2023, according to the United Nations.",
        [("Armed clash", 3)],
    ),
    # a trial or a sentence for an old attack: no row
    (
        "en",
        "Court jails man over 2019 church bombing",
        "A court in Colombo on Tuesday sentenced a man to life in prison for his role in the 2019 "
        "church bombings that killed 269 people.",
        [],
    ),
    # a funeral of those killed before
    (
        "en",
        "Thousands mourn victims of bus attack",
        "Thousands of mourners attended the funeral on Tuesday of 12 passengers who were killed when "
        "gunmen attacked a bus in Balochistan last month.",
        [],
    ),
    # an anniversary
    (
        "en",
        "Town marks ten years since massacre",
        "Residents of Baga gathered on Monday to remember the hundreds of people killed by Boko Haram "
        "fighters in the town ten years ago.",
        [],
    ),
    # mines laid, not set off: no row (ACLED codes a weapon used, or defused)
    (
        "en",
        "Fighters mine roads after raid",
        "Jihadist fighters raided the village of Dori on Sunday, killing seven civilians. To block the "
        "soldiers sent after them, they planted explosive devices on the roads out of the village.",
        [("Attack", 7)],
    ),
    # a story with an explicit night: one day
    (
        "es",
        "Cinco muertos en Guayaquil",
        "Cinco personas murieron en la noche del 12 de mayo en Guayaquil durante choques entre "
        "manifestantes y policías. Un taxista murió en la noche del pasado lunes 12 de mayo "
        "frente al mercado central, informó la fiscalía.",
        [("Violent demonstration", 5)],
    ),
    (
        "fr",
        "Trois morts dans une attaque au Burkina",
        "Trois civils ont été tués dans la nuit du 11 mai dans une attaque contre le village de Kaya, "
        "selon des sources locales. Les assaillants ont ouvert le feu dans la nuit du dimanche 11 mai "
        "sur les habitants.",
        [("Attack", 3)],
    ),
    (
        "en",
        "Seven killed in overnight attack",
        "Seven people were killed during the night of 12 May when gunmen raided a village near Jos, "
        "police said.",
        [("Attack", 7)],
    ),
    # houses burned in the attack the report tells: part of that attack
    (
        "pt",
        "Insurgentes atacam aldeia em Cabo Delgado",
        "Um grupo de insurgentes atacou a aldeia de Nangade na noite de domingo, matou cinco civis e "
        "incendiou dezenas de casas, disseram moradores.",
        [("Attack", 5)],
    ),
    (
        "en",
        "Gunmen kill four, torch homes",
        "Gunmen killed four farmers in the village of Mangu, in Nigeria's Plateau state, on Sunday night "
        "and set fire to 30 homes, "
        "residents said.",
        [("Attack", 4)],
    ),
    # other languages, the same shapes: a past event as context, a threat, a denial, a trial, a
    # commemoration, a running toll since a year, one event told twice
    (
        "fr",
        "Des hommes armés tuent six civils au Burkina Faso",
        "Des hommes armés ont tué six civils lundi dans le village de Gorgadji, dans le nord du Burkina Faso, selon des sources locales. Les six victimes ont été abattues devant leurs maisons. En 2023, une attaque similaire avait fait 40 morts dans la même zone.",
        [("Attack", 6)],
    ),
    (
        "fr",
        "Les rebelles menacent de prendre Bunia",
        "Les rebelles ont menacé mardi de s'emparer de la ville de Bunia si l'armée ne se retirait pas, a déclaré leur porte-parole.",
        [],
    ),
    (
        "fr",
        "L'armée dément avoir bombardé un marché",
        "L'armée malienne a démenti mardi avoir bombardé un marché près de Tombouctou, affirmant qu'aucune frappe n'avait eu lieu.",
        [],
    ),
    (
        "fr",
        "Procès des auteurs de l'attentat de 2016",
        "Le procès de huit hommes accusés d'avoir préparé l'attentat de 2016 contre un hôtel de Ouagadougou, qui avait fait 30 morts, s'est ouvert mardi.",
        [],
    ),
    (
        "es",
        "Enfrentamientos dejan cuatro muertos en el Cauca",
        "Cuatro militares murieron el lunes en enfrentamientos con disidentes de las FARC en zona rural de Argelia, en el Cauca, Colombia, informó el Ejército. Desde enero, más de 60 uniformados han muerto en el departamento.",
        [("Armed clash", 4)],
    ),
    (
        "es",
        "El ELN amenaza con un paro armado",
        "El ELN anunció el martes un paro armado de tres días en el Chocó y advirtió que atacará a quienes no lo respeten.",
        [],
    ),
    (
        "es",
        "Homenaje a las víctimas de la masacre de Bojayá",
        "Cientos de personas se reunieron el lunes en Bojayá para recordar a los 79 civiles asesinados en la masacre de 2002.",
        [],
    ),
    (
        "pt",
        "Ataque mata cinco em Cabo Delgado",
        "Cinco civis foram mortos na segunda-feira num ataque de insurgentes à aldeia de Chai, em Macomia, Cabo Delgado, disseram fontes locais. Desde 2017, o conflito já fez mais de 4.000 mortos.",
        [("Attack", 5)],
    ),
    (
        "pt",
        "",
        "O governo negou na terça-feira que as forças armadas tenham bombardeado aldeias no distrito de Muidumbe, em Cabo Delgado.",
        [],
    ),
    (
        "en",
        "Hamas says Israel planning offensive on Rafah",
        "Hamas officials warned on Tuesday that Israel was preparing a ground offensive on Rafah and said any assault would be met with resistance.",
        [],
    ),
    (
        "en",
        "Two soldiers killed in Kashmir gunfight",
        "Two soldiers were killed in a gunfight with militants in Kupwara district of Indian Kashmir on Monday, the army said. Two soldiers died in the exchange of fire, which lasted several hours, an army spokesman said.",
        [("Armed clash", 2)],
    ),
    (
        "en",
        "Kenya protest anniversary passes quietly",
        "A year after police shot dead dozens of protesters in Nairobi, a small group laid flowers outside parliament on Tuesday.",
        [],
    ),
    (
        "en",
        "Police arrest suspect over March bombing",
        "Police in Peshawar, Pakistan, on Tuesday arrested a man suspected of planning the March bombing of a mosque that killed 59 worshippers.",
        [("Arrests", 0)],
    ),
    (
        "ru",
        "Обстрел Херсона: погибли двое",
        "Два человека погибли в результате обстрела Херсона в понедельник, сообщили местные власти. С начала года в области погибли более 300 мирных жителей.",
        [("Shelling/artillery/missile attack", 2)],
    ),
    (
        "tr",
        "",
        "Irak'ın kuzeyinde düzenlenen hava harekatında 5 terörist etkisiz hale getirildi, Milli Savunma Bakanlığı pazartesi günü açıkladı. Bakanlık, yıl başından bu yana 900 teröristin etkisiz hale getirildiğini belirtti.",
        [("Air/drone strike", 5)],
    ),
]
