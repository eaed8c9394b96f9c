"""Round 17 place probes (geo): short reports written for these tests in the shapes real news takes
(read via the search tool: Turkish agency copy on police breaking up gatherings in Istanbul's and
Ankara's districts, "Kadıköy'de", "Kocaeli'ye"; Ukrainian regional copy naming frontline towns with
either apostrophe, "Куп'янськ", "Куп’янськ", and small towns of Kherson oblast, "у Бериславі на
Херсонщині"; Russian governors' posts on border districts; Indonesian regional copy naming Papua's
regencies bare, "di Nduga", "Kabupaten Intan Jaya"; Pakistani copy on convoys to Parachinar in
Kurram; AFP-style French copy on Tillabéri, Burkinabe and Malian towns; Lusa-style Portuguese copy on
Cabo Delgado's districts and villages; Mexican copy on Michoacán and Guerrero municipalities;
Lebanese copy in Arabic on southern villages; English wire copy from Nigeria, Sudan, Somalia, the
DRC, Myanmar); no sentence of any report and no evaluation text. Each: (language, headline, text,
the place expected as (country, admin1 or None for any, (latitude, longitude) or None, km)); the
first row the coder gives must be there (within km of the point when one is given)."""

PUBLISHED = "2025-06-11"  # a Wednesday

KADIKOY = (40.99, 29.03)
BESIKTAS = (41.04, 29.01)
BEYOGLU = (41.04, 28.98)
KARTAL = (40.89, 29.19)
KECIOREN = (39.98, 32.86)
IZMIT = (40.77, 29.92)
HAKKARI = (37.57, 43.74)
CIZRE = (37.33, 42.19)
KUPIANSK = (49.71, 37.62)
BERYSLAV = (46.84, 33.43)
NIKOPOL = (47.57, 34.39)
IZIUM = (49.21, 37.26)
SHEBEKINO = (50.41, 36.90)
RYLSK = (51.57, 34.68)
KENYAM = (-4.60, 138.38)
SUGAPA = (-3.74, 137.05)
ILAGA = (-3.95, 137.40)
MULIA = (-3.72, 137.98)
SUMOHAI = (-4.69, 139.36)
WAMENA = (-4.10, 138.95)
OKSIBIL = (-4.90, 140.63)
PARACHINAR = (33.90, 70.10)
MIRAN_SHAH = (33.00, 70.07)
BANNU = (32.99, 70.60)
TILLABERI = (14.21, 1.45)
BANKILARE = (14.58, 0.73)
OUALLAM = (14.32, 2.09)
DJIBO = (14.10, -1.63)
MENAKA = (15.92, 2.40)
MACOMIA = (-12.25, 40.12)
MOCIMBOA = (-11.35, 40.35)
ANCUABE = (-12.97, 39.86)
ZINAPECUARO = (19.86, -100.83)
APATZINGAN = (19.09, -102.35)
IGUALA = (18.35, -99.54)
TIBU = (8.64, -72.73)
BINT_JBEIL = (33.12, 35.43)
KHIAM = (33.33, 35.61)
NABATIEH = (33.38, 35.48)
GWOZA = (11.08, 13.69)
EL_FASHER = (13.63, 25.35)
BELEDWEYNE = (4.74, 45.20)
BUNIA = (1.56, 30.25)
LASHIO = (22.93, 97.75)
MIREBALAIS = (18.83, -72.10)
JENIN = (32.46, 35.30)
MAGDEBURG = (52.13, 11.63)

PROBES = [
    # ---------------------------------------------------------- tr: districts and provinces with their suffixes
    ("tr", "", "Kadıköy'de pazartesi akşamı izinsiz yürüyüş yapmak isteyen gruba polis biber gazıyla müdahale etti, 40 kişi gözaltına alındı.",
     ("Turkey", "Istanbul", KADIKOY, 10)),
    ("tr", "", "Beşiktaş'ta pazartesi günü toplanan öğrencilere polis müdahale etti, 12 öğrenci gözaltına alındı.",
     ("Turkey", "Istanbul", BESIKTAS, 10)),
    ("tr", "", "Beyoğlu'nda pazartesi akşamı basın açıklaması yapmak isteyen kadınlar polis tarafından gözaltına alındı.",
     ("Turkey", "Istanbul", BEYOGLU, 10)),
    ("tr", "", "Kartal'da pazartesi günü bir kahvehaneye silahlı saldırı düzenlendi, iki kişi hayatını kaybetti.",
     ("Turkey", "Istanbul", KARTAL, 10)),
    ("tr", "", "Ankara'nın Keçiören ilçesinde pazartesi günü çıkan silahlı kavgada bir kişi öldü.",
     ("Turkey", "Ankara", KECIOREN, 15)),
    ("tr", "", "Fabrikadan çıkarılan işçiler pazartesi günü Kocaeli'ye yürüdü ve valilik önünde oturma eylemi yaptı.",
     ("Turkey", "Kocaeli", IZMIT, 25)),
    ("tr", "", "Hakkari'de pazartesi günü yola döşenen el yapımı patlayıcının infilak etmesi sonucu iki asker yaralandı.",
     ("Turkey", "Hakkari", HAKKARI, 25)),
    ("tr", "", "Şırnak'ın Cizre ilçesinde pazartesi günü düzenlenen operasyonda üç şüpheli gözaltına alındı.",
     ("Turkey", "Sirnak", CIZRE, 15)),
    # ---------------------------------------------------------- uk: apostrophes inside names, small towns of an oblast
    ("uk", "", "У понеділок російські війська скинули керовану авіабомбу на Куп'янськ, загинули двоє цивільних.",
     ("Ukraine", "Kharkiv", KUPIANSK, 15)),
    ("uk", "", "У понеділок ворог обстріляв центр Куп’янська з артилерії, поранено трьох людей.",
     ("Ukraine", "Kharkiv", KUPIANSK, 15)),
    ("uk", "", "У понеділок окупанти атакували Купʼянськ дронами, загинула 60-річна жінка.",
     ("Ukraine", "Kharkiv", KUPIANSK, 15)),
    ("uk", "", "У понеділок росіяни обстріляли ринок у Бериславі на Херсонщині, поранено четверо людей.",
     ("Ukraine", "Kherson", BERYSLAV, 15)),
    ("uk", "", "У понеділок армія рф завдала удару по Нікополю на Дніпропетровщині, загинув чоловік.",
     ("Ukraine", None, NIKOPOL, 15)),
    ("uk", "", "У понеділок ворожий дрон атакував автомобіль в Ізюмі на Харківщині, загинув водій.",
     ("Ukraine", "Kharkiv", IZIUM, 15)),
    # ---------------------------------------------------------- ru: border districts
    ("ru", "", "В понедельник ВСУ атаковали дроном Шебекино в Белгородской области, погибла женщина, сообщил губернатор.",
     ("Russia", None, SHEBEKINO, 15)),
    ("ru", "", "В понедельник в результате обстрела Рыльска Курской области пострадали двое мирных жителей.",
     ("Russia", None, RYLSK, 15)),
    ("ru", "", "В понедельник российские войска обстреляли Купянск, погибли три человека.",
     ("Ukraine", "Kharkiv", KUPIANSK, 15)),
    # ---------------------------------------------------------- id: Papua's regencies named bare or after "Kabupaten"
    ("id", "", "KKB menembak mati dua pekerja bangunan di Nduga, Papua Pegunungan, pada Senin pagi.",
     ("Indonesia", None, KENYAM, 40)),
    ("id", "", "Dua prajurit TNI gugur dalam kontak tembak dengan KKB di Kabupaten Intan Jaya, Senin.",
     ("Indonesia", None, SUGAPA, 40)),
    ("id", "", "KKB membakar sebuah sekolah dan rumah guru di Kabupaten Puncak pada Senin malam.",
     ("Indonesia", None, ILAGA, 40)),
    ("id", "", "Seorang tukang ojek tewas ditembak orang tak dikenal di Kabupaten Puncak Jaya, Senin.",
     ("Indonesia", None, MULIA, 40)),
    ("id", "", "Polisi menangkap empat anggota KKB di Yahukimo pada Senin dalam sebuah penggerebekan.",
     ("Indonesia", None, SUMOHAI, 40)),
    ("id", "", "Ratusan warga berunjuk rasa di Wamena, Jayawijaya, pada Senin menolak pemekaran wilayah.",
     ("Indonesia", None, WAMENA, 25)),
    ("id", "", "Pesawat perintis ditembaki KKB saat mendarat di Oksibil, Pegunungan Bintang, Senin.",
     ("Indonesia", None, OKSIBIL, 40)),
    # ---------------------------------------------------------- en: Pakistan's tribal districts and their seats
    ("en", "", "Gunmen ambushed a convoy of trucks bound for Parachinar on Monday, killing five drivers, officials said.",
     ("Pakistan", None, PARACHINAR, 30)),
    ("en", "", "Two soldiers were killed when militants attacked a checkpost near Miran Shah in North Waziristan on Monday.",
     ("Pakistan", None, MIRAN_SHAH, 30)),
    ("en", "", "A suicide bomber struck a police station in Bannu on Monday, killing three policemen.",
     ("Pakistan", None, BANNU, 25)),
    # ---------------------------------------------------------- en: wire copy elsewhere
    ("en", "", "Boko Haram fighters raided a village near Gwoza in Borno state on Monday, killing seven farmers.",
     ("Nigeria", None, GWOZA, 30)),
    ("en", "", "RSF shelling hit a displacement camp outside El Fasher on Monday, killing 11 people, activists said.",
     ("Sudan", None, EL_FASHER, 30)),
    ("en", "", "Al-Shabaab fighters attacked a military base near Beledweyne on Monday, officials said.",
     ("Somalia", None, BELEDWEYNE, 30)),
    ("en", "", "CODECO militiamen killed nine civilians in a village north of Bunia in Ituri province on Monday.",
     ("Democratic Republic of Congo", None, BUNIA, 40)),
    ("en", "", "An airstrike by the military junta hit a market in Lashio on Monday, killing four people.",
     ("Myanmar", None, LASHIO, 25)),
    ("en", "", "Gang members set fire to houses in Mirebalais on Monday, forcing hundreds to flee, witnesses said.",
     ("Haiti", None, MIREBALAIS, 25)),
    ("en", "", "Israeli forces killed two Palestinians during a raid on Jenin on Monday, the health ministry said.",
     ("Palestine", None, JENIN, 15)),
    # ---------------------------------------------------------- fr: Sahel
    ("fr", "", "Des hommes armés ont tué douze civils lundi dans un village de la région de Tillabéri, dans l'ouest du Niger.",
     ("Niger", None, TILLABERI, 120)),
    ("fr", "", "Une patrouille de l'armée nigérienne est tombée lundi dans une embuscade près de Bankilaré, faisant six morts.",
     ("Niger", None, BANKILARE, 30)),
    ("fr", "", "Des jihadistes présumés ont attaqué lundi un marché à Ouallam, tuant quatre commerçants.",
     ("Niger", None, OUALLAM, 25)),
    ("fr", "", "Des terroristes ont incendié lundi plusieurs boutiques à Djibo, dans la province du Soum.",
     ("Burkina Faso", None, DJIBO, 25)),
    ("fr", "", "Des combattants de l'EIGS ont attaqué lundi un camp de déplacés à Ménaka, tuant trois personnes.",
     ("Mali", None, MENAKA, 25)),
    # ---------------------------------------------------------- pt: Cabo Delgado
    ("pt", "", "Insurgentes atacaram na segunda-feira uma aldeia do distrito de Macomia, em Cabo Delgado, e queimaram 20 casas.",
     ("Mozambique", None, MACOMIA, 50)),
    ("pt", "", "Dois civis foram mortos na segunda-feira num ataque armado na vila de Mocímboa da Praia, segundo fontes locais.",
     ("Mozambique", None, MOCIMBOA, 25)),
    ("pt", "", "Um grupo armado decapitou um homem na segunda-feira numa aldeia do distrito de Ancuabe, no sul de Cabo Delgado.",
     ("Mozambique", None, ANCUABE, 50)),
    # ---------------------------------------------------------- es: Mexico and Colombia
    ("es", "", "Un ataque armado contra una fiesta dejó nueve muertos el lunes en el municipio de Zinapécuaro, Michoacán.",
     ("Mexico", None, ZINAPECUARO, 30)),
    ("es", "", "Civiles armados emboscaron el lunes a agentes de la Guardia Civil en Apatzingán; dos policías murieron.",
     ("Mexico", None, APATZINGAN, 25)),
    ("es", "", "Un enfrentamiento entre militares y un grupo armado dejó cinco muertos el lunes en Iguala, Guerrero.",
     ("Mexico", None, IGUALA, 25)),
    ("es", "", "Disidencias de las FARC atacaron con drones una estación de policía en Tibú, Norte de Santander, el lunes.",
     ("Colombia", None, TIBU, 25)),
    # ---------------------------------------------------------- ar: southern Lebanon
    ("ar", "", "قتل شخصان الاثنين في غارة إسرائيلية بطائرة مسيرة استهدفت سيارة في بلدة بنت جبيل جنوب لبنان.",
     ("Lebanon", None, BINT_JBEIL, 15)),
    ("ar", "", "أصيب ثلاثة مدنيين الاثنين في قصف مدفعي إسرائيلي على بلدة الخيام في جنوب لبنان.",
     ("Lebanon", None, KHIAM, 15)),
    ("ar", "", "قتل مواطن الاثنين في غارة إسرائيلية على منزل في مدينة النبطية جنوب لبنان.",
     ("Lebanon", None, NABATIEH, 15)),
    # ---------------------------------------------------------- de: capitalised nouns before a town
    ("de", "", "In Magdeburg griffen am Montag Vermummte Polizisten mit Steinen an, drei Beamte wurden verletzt.",
     ("Germany", None, MAGDEBURG, 20)),
    # ---------------------------------------------------------- more tr / uk shapes
    ("tr", "", "İstanbul Kadıköy'de pazartesi günü düzenlenen eyleme polis müdahale etti.",
     ("Turkey", "Istanbul", KADIKOY, 10)),
    ("tr", "", "Bakırköy'de pazartesi günü bir iş yerine silahlı saldırı düzenlendi, bir kişi yaralandı.",
     ("Turkey", "Istanbul", (40.98, 28.87), 10)),
    ("uk", "", "У понеділок внаслідок обстрілу Куп'янська загинув 70-річний чоловік, повідомив очільник ОВА.",
     ("Ukraine", "Kharkiv", KUPIANSK, 15)),
    ("uk", "", "У понеділок ворог атакував Берислав дронами, поранено двох жінок.",
     ("Ukraine", "Kherson", BERYSLAV, 15)),
    ("id", "", "Sebuah honai dibakar orang tak dikenal di Distrik Kenyam, Kabupaten Nduga, Senin malam.",
     ("Indonesia", None, KENYAM, 40)),
    ("en", "", "Tribal clashes in Kurram district left six people dead on Monday, police said.",
     ("Pakistan", None, PARACHINAR, 40)),
]  # fmt: skip

KNOWN_MISSES: list[str] = [  # still missed, each for a reason of its own (the report names them)
    # places: a name two countries share with no country named (Kartal: Istanbul's district, Hungary's
    # town); a dative, no locative, with no country named ("Kocaeli'ye yürüdü"); a district after its
    # city in one run ("İstanbul Kadıköy'de"); a small town in another script with no country named
    # (Берислав, 12,000 people); a village the gazetteer lacks in Arabic (الخيام); a district the
    # gazetteer lacks (Ancuabe); a town with no cue and no country named ("bound for Parachinar")
    "Kartal'da",
    "Fabrikadan çıkarılan",
    "İstanbul Kadıköy'de",
    "У понеділок ворог атакував Берислав",
    "أصيب ثلاثة مدنيين",
    "Um grupo armado decapitou",
    "Gunmen ambushed a convoy",
    # no row at all (the types row's classes): fire at a landing plane, a party's shooting, a hut burned
    "Pesawat perintis",
    "Sebuah honai",
]
