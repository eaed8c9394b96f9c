"""Round 16 place probes (geo): short reports written for these tests in the shapes real news takes
where the gazetteer lacked or misread a place (read via the search tool: Pakistani wire copy naming
the former tribal districts without the country, Burkinabe army and AFP copy naming provinces,
Indonesian regional copy naming regencies as "Kabupaten X" and districts as "Distrik X", Somali copy
spelling Lower Shabelle three ways, Colombian copy naming a municipality then its department,
Congolese copy naming Beni's territory, Gaza copy naming Jabalia); no sentence of any report and no
evaluation text. Each: (language, headline, text, the place expected as (country, admin1 or None for
any, (latitude, longitude) or None, km)); the first row the coder gives must be there (within km of
the point when one is given)."""

PUBLISHED = "2025-06-11"  # a Wednesday

MIRAN_SHAH = (33.00, 70.07)  # North Waziristan's seat
WANA = (32.30, 69.57)  # South Waziristan's
PARACHINAR = (33.90, 70.10)  # Kurram's
KHAR = (34.73, 71.52)  # Bajaur's
DJIBO = (14.10, -1.63)  # Soum's seat
SEBBA = (13.44, 0.53)  # Yagha's
DORI = (14.03, -0.03)  # Seno's
KAYA = (13.09, -1.08)  # Sanmatenga's
POSO = (-1.40, 120.75)
TARAZA = (7.58, -75.40)
CACERES = (7.58, -75.35)
BENI = (0.49, 29.47)
JABALIA = (31.53, 34.48)
SWEIDA = (32.71, 36.57)
EL_OBEID = (13.18, 30.22)

PROBES = [
    # ------------------------------------------------ districts no library names (WRITTEN_DISTRICTS)
    ("en", "", "Two soldiers and three militants died in an exchange of fire in North Waziristan on Tuesday, the military said.",
     ("Pakistan", None, MIRAN_SHAH, 25)),
    ("en", "", "A suicide bomber rammed a car into a checkpoint in North Waziristan district on Tuesday, killing four policemen.",
     ("Pakistan", None, MIRAN_SHAH, 25)),
    ("en", "", "Security forces killed six insurgents during a raid in South Waziristan late on Tuesday, an official statement said.",
     ("Pakistan", None, WANA, 25)),
    ("en", "", "Tribal fighting over a disputed orchard left seven people dead in Kurram on Tuesday, police said.",
     ("Pakistan", None, PARACHINAR, 25)),
    ("en", "", "Gunmen fired on a convoy of passenger vans in Kurram district on Tuesday, killing nine travellers.",
     ("Pakistan", None, PARACHINAR, 25)),
    ("en", "", "A roadside bomb wounded five members of a peace committee in Bajaur on Tuesday, local officials said.",
     ("Pakistan", None, KHAR, 25)),
    # ------------------------------------------------ Burkina Faso's provinces (MISSING_DISTRICTS, PROVINCE_AS_DISTRICT)
    ("fr", "", "Une quinzaine de soldats ont été tués mardi dans l'attaque d'un détachement militaire dans la province du Soum.",
     ("Burkina Faso", None, DJIBO, 25)),
    ("en", "", "Jihadists killed twelve volunteer fighters in Soum province on Tuesday, security sources said.",
     ("Burkina Faso", None, DJIBO, 25)),
    ("fr", "", "Des individus armés ont abattu huit civils mardi dans un village de la province du Yagha, selon des sources locales.",
     ("Burkina Faso", None, SEBBA, 25)),
    ("fr", "", "Mardi, des terroristes ont incendié une école et tué deux enseignants dans la province du Séno.",
     ("Burkina Faso", None, DORI, 25)),
    ("fr", "", "L'armée a neutralisé une vingtaine d'assaillants mardi dans la province du Sanmatenga, selon un communiqué.",
     ("Burkina Faso", None, KAYA, 25)),
    ("en", "", "Armed men attacked a market in Yagha province on Tuesday and killed six traders, residents said.",
     ("Burkina Faso", None, SEBBA, 25)),
    # ------------------------------------------------ Indonesian regencies, whole and abbreviated (kab, kec; ADMIN_ALTERNATES)
    ("id", "", "Dua anggota Brimob terluka ditembak orang tak dikenal di Kabupaten Poso, Sulawesi Tengah, pada Selasa.",
     ("Indonesia", "Central Sulawesi", POSO, 25)),
    ("id", "", "Sebuah bom rakitan meledak di pinggir jalan di Kab. Poso pada Selasa dan melukai dua petani.",
     ("Indonesia", "Central Sulawesi", POSO, 25)),
    ("id", "", "Polisi menangkap tiga terduga teroris di Kabupaten Poso pada Selasa pagi.",
     ("Indonesia", "Central Sulawesi", POSO, 25)),
    ("id", "", "Seorang tukang ojek tewas ditembak KKB di Kabupaten Nduga, Papua Pegunungan, pada Selasa.",
     ("Indonesia", None, (-4.45, 138.10), 60)),
    ("id", "", "Massa membakar kantor bupati dalam unjuk rasa ricuh di Kabupaten Langkat, Sumatera Utara, pada Selasa.",
     ("Indonesia", "North Sumatra", None, 0)),
    ("id", "", "Dua warga tewas dalam bentrokan antarkampung di Kab. Langkat pada Selasa malam.",
     ("Indonesia", "North Sumatra", None, 0)),
    # ------------------------------------------------ a region's seat by another spelling (SEAT_OF_ITS_REGION)
    ("en", "", "Protesters clashed with security forces in Sweida on Tuesday, leaving two dead, activists said.",
     ("Syria", None, SWEIDA, 25)),
    ("en", "", "Druze gunmen and Bedouin tribesmen fought in Sweida on Tuesday; at least eleven people were killed.",
     ("Syria", None, SWEIDA, 25)),
    ("en", "", "A car bomb went off near a mosque in Suwayda on Tuesday, killing three worshippers.",
     ("Syria", None, SWEIDA, 25)),
    # ------------------------------------------------ Lower and Middle Shabelle, three spellings (Somali compass words)
    ("en", "", "Al-Shabaab fighters stormed an army base in Lower Shabelle region on Tuesday, killing five soldiers.",
     ("Somalia", "Lower Shabeelle", None, 0)),
    ("en", "", "Al-Shabaab fighters stormed an army base in Shabeellaha Hoose on Tuesday, killing five soldiers, officials said.",
     ("Somalia", "Lower Shabeelle", None, 0)),
    ("en", "", "Mortar rounds fired by militants hit a camp in Lower Shabeelle on Tuesday, wounding four peacekeepers.",
     ("Somalia", "Lower Shabeelle", None, 0)),
    ("en", "", "Clan militias fought over farmland in Middle Shabelle on Tuesday; six people were killed, elders said.",
     ("Somalia", "Middle Shabele", None, 0)),
    ("en", "", "A roadside bomb struck a military truck in Shabeellaha Dhexe on Tuesday, killing three soldiers.",
     ("Somalia", "Middle Shabele", None, 0)),
    ("en", "", "Government troops retook two villages from al-Shabaab in Jubbada Hoose on Tuesday, the army said.",
     ("Somalia", "Lower Juba", None, 0)),
    # ------------------------------------------------ a town beside its department, a namesake abroad by an alternate (ALTERNATE_YIELDS_TO_REGION)
    ("es", "", "Hombres armados asesinaron a tres campesinos el martes en Tarazá, Antioquia, según la alcaldía.",
     ("Colombia", "Antioquia", TARAZA, 25)),
    ("es", "", "Una granada lanzada contra una vivienda dejó dos muertos el martes en el casco urbano de Tarazá, en Antioquia.",
     ("Colombia", "Antioquia", TARAZA, 25)),
    ("es", "", "Disidencias de las FARC atacaron una estación de policía en Tarazá, Antioquia, el martes; murió un agente.",
     ("Colombia", "Antioquia", TARAZA, 25)),
    ("es", "", "Cuatro personas murieron el martes en un ataque armado en Cáceres, Antioquia, informó la Policía.",
     ("Colombia", "Antioquia", CACERES, 25)),
    ("es", "", "El Ejército se enfrentó el martes con el Clan del Golfo en zona rural de Tarazá, en el Bajo Cauca antioqueño.",
     ("Colombia", "Antioquia", TARAZA, 25)),
    # ------------------------------------------------ guards: places the coder already gets (Beni, Jabalia, Kurram's towns)
    ("fr", "", "Des rebelles ADF ont tué onze civils mardi dans trois villages du territoire de Beni, au Nord-Kivu, selon la société civile.",
     ("Democratic Republic of Congo", None, BENI, 60)),
    ("en", "", "ADF rebels killed nine farmers near Beni in North Kivu province on Tuesday, a local official said.",
     ("Democratic Republic of Congo", None, BENI, 25)),
    ("en", "Beni attack", "Suspected ADF fighters hacked seven people to death in Beni territory on Tuesday, civil society leaders said.",
     ("Democratic Republic of Congo", None, BENI, 60)),
    ("en", "", "Gunmen killed three cattle ranchers in Beni, Bolivia's Amazon region, on Tuesday, police said.",
     ("Bolivia", "El Beni", None, 0)),
    ("fr", "", "Des combats ont opposé mardi les FARDC aux ADF près de Beni ; quatre militaires ont été tués.",
     ("Democratic Republic of Congo", None, BENI, 25)),
    ("en", "", "An Israeli air strike on a house in Jabalia killed nine people on Tuesday, Gaza's civil defence said.",
     ("Palestine", None, JABALIA, 25)),
    ("en", "", "Israeli tanks pushed into the Jabalia refugee camp in the northern Gaza Strip on Tuesday; medics said fourteen people were killed.",
     ("Palestine", None, JABALIA, 25)),
    ("en", "Strike on school in Jabalia", "The Israeli military said it struck Hamas fighters in a school in Jabalia on Tuesday. Health officials in Gaza said 20 people were killed.",
     ("Palestine", None, JABALIA, 25)),
    ("en", "", "Gunmen killed four people in an attack on a passenger van near Parachinar on Tuesday, police said.",
     ("Pakistan", None, PARACHINAR, 25)),
    ("en", "", "A drone strike on a house in Miran Shah killed three suspected militants on Tuesday, officials said.",
     ("Pakistan", None, MIRAN_SHAH, 25)),
    ("fr", "", "Des hommes armés ont tué six civils mardi près de Djibo, dans le nord du Burkina Faso.",
     ("Burkina Faso", None, DJIBO, 25)),
    ("en", "", "Militants attacked a gendarmerie post in Sebba on Tuesday, killing three gendarmes.",
     ("Burkina Faso", None, SEBBA, 25)),
    ("id", "", "Seorang polisi tewas ditembak di Poso, Sulawesi Tengah, pada Selasa.",
     ("Indonesia", "Central Sulawesi", POSO, 25)),
    # ------------------------------------------------ Arabic governorates and states added to WRITTEN_REGION_NAMES
    ("ar", "", "قتل مدنيان في غارة جوية استهدفت حيا سكنيا في أمانة العاصمة يوم الثلاثاء.",
     ("Yemen", "Amanat Al Asimah", None, 0)),
    ("ar", "", "قتل ثلاثة أشخاص بانفجار لغم أرضي في ولاية شمال كردفان يوم الثلاثاء.",
     ("Sudan", "North Kordofan", None, 0)),
    ("ar", "", "أصيب خمسة أشخاص بجروح في اشتباكات بين عائلتين في محافظة جبل لبنان يوم الثلاثاء.",
     ("Lebanon", "Mont-Liban", None, 0)),
    ("ar", "", "قتل جندي في هجوم بطائرة مسيرة على موقع عسكري في محافظة عمران يوم الثلاثاء.",
     ("Yemen", "Omran", None, 0)),
    ("ar", "", "قتل شخصان في قصف مدفعي على بلدة في محافظة السويداء يوم الثلاثاء.",
     ("Syria", "As-Suwayda", None, 0)),
    ("ar", "", "قتل أربعة مدنيين في قصف لقوات الدعم السريع على مدينة الأبيض في ولاية شمال كردفان يوم الثلاثاء.",
     ("Sudan", "North Kordofan", EL_OBEID, 25)),
    ("ar", "", "قتل ثلاثة عناصر من الشرطة بهجوم مسلح في محافظة ريف دمشق يوم الثلاثاء.",
     ("Syria", "Rif-dimashq", None, 0)),
    ("ar", "", "قتل مدني برصاص مجهولين في محافظة السليمانية يوم الثلاثاء.",
     ("Iraq", "As Sulaymaniyah", None, 0)),
    # ------------------------------------------------ other regions by their own names and spellings
    ("en", "", "Clashes between two clans in Hiiraan region killed eight people on Tuesday, elders said.",
     ("Somalia", "Hiiraan", None, 0)),
    ("fr", "", "Une embuscade attribuée aux jihadistes a fait cinq morts mardi dans la province de l'Oudalan.",
     ("Burkina Faso", "Sahel", None, 0)),
    ("fr", "", "Deux gendarmes ont été tués mardi dans une attaque dans la province de la Tapoa, dans l'est du pays.",
     ("Burkina Faso", "Est", None, 0)),
    ("en", "", "Unknown gunmen shot dead a village chief in Gourma province on Tuesday, local sources said.",
     ("Burkina Faso", "Est", None, 0)),
]  # fmt: skip

# Known misses, kept as strict xfails: the start of the text.
KNOWN_MISSES: list[str] = [
    # no row at all, the place found right (Soum, the district): the event is not coded (a vague
    # count, "une quinzaine"; "volunteer fighters" killed by jihadists), no place miss
    "Une quinzaine de soldats ont été tués mardi",
    "Jihadists killed twelve volunteer fighters",
    # Tarazá has no census figure; "en el casco urbano de" is no cue the pack reads, so the row goes
    # to the department the text names after it
    "Una granada lanzada contra una vivienda",
    # a region's demonym ("antioqueño") names no region: Taraz (Kazakhstan) by its alternate "Taraza"
    "El Ejército se enfrentó el martes con el Clan del Golfo",
    # the country's name inside the governorate's ("جبل لبنان", Mount Lebanon) is read as the country
    "أصيب خمسة أشخاص بجروح في اشتباكات بين عائلتين",
]
