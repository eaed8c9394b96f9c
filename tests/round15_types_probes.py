"""Round 15 probe reports for Protests, Strategic developments and Battles: short reports written
for these tests in the shapes real news of each sub-type takes (read via the search tool: sit-ins
at a governor's office, marches to a prefecture, protests broken up with tear gas and detentions,
clashes between two dissident factions, weapons caches found and destroyed), in English and three
or more other languages; invented incidents at real places, no sentence of any report and no
evaluation text. Each: (language, the one sub-event type expected or None for a report with no
event, text)."""

PUBLISHED = "2025-05-14"  # a Wednesday

PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
CLASH = "Armed clash"
REGAINS = "Government regains territory"
OVERTAKES = "Non-state actor overtakes territory"
ARRESTS = "Arrests"
AGREEMENT = "Agreement"
LOOTING = "Looting/property destruction"
DISRUPTED = "Disrupted weapons use"
CHANGE = "Change to group/activity"
BASE = "Headquarters or base established"

PROBES = [
    # ------------------------------------------------------------------ Peaceful protest
    (
        "en",
        PEACEFUL,
        "Hundreds of teachers marched through the streets of Kaduna on Tuesday to demand "
        "the payment of three months of salary arrears.",
    ),
    (
        "en",
        PEACEFUL,
        "Nurses at the county hospital in Kisumu went on strike on Monday and held a sit-in "
        "outside the health office, demanding better pay.",
    ),
    (
        "en",
        PEACEFUL,
        "About two hundred residents staged a sit-in outside the governor's office in Jos on "
        "Monday to protest against the demolition of their market.",
    ),
    (
        "en",
        PEACEFUL,
        "Students rallied peacefully in Lahore on Sunday against a rise in university fees, "
        "and the crowd dispersed in the evening.",
    ),
    (
        "en",
        PEACEFUL,
        "Farmers blocked the main highway outside Nashik with their tractors on Tuesday in "
        "protest at low onion prices.",
    ),
    ("en", PEACEFUL, "Thousands of people demonstrated in Tbilisi on Saturday against the new media law."),
    (
        "fr",
        PEACEFUL,
        "Plusieurs centaines d'enseignants ont manifesté mardi devant la préfecture de "
        "Bobo-Dioulasso pour réclamer le paiement de leurs primes.",
    ),
    (
        "fr",
        PEACEFUL,
        "Des commerçants ont observé lundi une grève et un sit-in devant la mairie de "
        "Bamako pour protester contre la hausse des taxes.",
    ),
    (
        "fr",
        PEACEFUL,
        "Des milliers de personnes ont marché samedi dans les rues de Dakar pour dénoncer "
        "la vie chère, dans le calme.",
    ),
    (
        "es",
        PEACEFUL,
        "Cientos de maestros marcharon el martes por las calles de Oaxaca para exigir aumentos salariales.",
    ),
    (
        "es",
        PEACEFUL,
        "Miles de personas se manifestaron pacíficamente el sábado en Quito contra la "
        "reforma de las pensiones.",
    ),
    (
        "pt",
        PEACEFUL,
        "Centenas de professores protestaram na terça-feira em frente à Assembleia "
        "Legislativa em Belém para exigir reajuste salarial.",
    ),
    (
        "ar",
        PEACEFUL,
        "تظاهر مئات المعلمين يوم الثلاثاء أمام مبنى المحافظة في الناصرية للمطالبة بصرف رواتبهم المتأخرة.",
    ),
    (
        "ar",
        PEACEFUL,
        "نظم عشرات العمال وقفة احتجاجية يوم الاثنين أمام مقر الشركة في البصرة للمطالبة بتثبيتهم.",
    ),
    ("tr", PEACEFUL, "Yüzlerce işçi salı günü İzmir'de ücretlerinin ödenmesi talebiyle yürüyüş yaptı."),
    (
        "de",
        PEACEFUL,
        "Tausende Menschen haben am Samstag in Leipzig gegen die Schließung des Krankenhauses demonstriert.",
    ),
    # ------------------------------------------------------------------ Protest with intervention
    (
        "en",
        INTERVENTION,
        "Police fired tear gas to disperse hundreds of students who had gathered outside "
        "the parliament in Kampala on Tuesday to protest against corruption.",
    ),
    (
        "en",
        INTERVENTION,
        "Police arrested twelve protesters in Lagos on Monday as they marched to the "
        "governor's office to demand the release of a detained activist.",
    ),
    (
        "en",
        INTERVENTION,
        "Riot police broke up a sit-in by opposition supporters in Harare on Thursday "
        "and detained several of them.",
    ),
    (
        "en",
        INTERVENTION,
        "Security forces dispersed a peaceful march by market women in Conakry on Monday with tear gas.",
    ),
    (
        "fr",
        INTERVENTION,
        "La police a dispersé mardi à coups de gaz lacrymogène une manifestation "
        "d'étudiants devant l'université de Ouagadougou.",
    ),
    (
        "fr",
        INTERVENTION,
        "Les forces de l'ordre ont interpellé une vingtaine de manifestants lundi à "
        "Niamey lors d'une marche contre la vie chère.",
    ),
    (
        "es",
        INTERVENTION,
        "La policía dispersó con gases lacrimógenos el lunes una marcha de estudiantes "
        "en Santiago y detuvo a quince personas.",
    ),
    (
        "pt",
        INTERVENTION,
        "A polícia dispersou com gás lacrimogêneo uma manifestação de estudantes em Maputo na segunda-feira.",
    ),
    (
        "tr",
        INTERVENTION,
        "İstanbul'da salı günü yürüyüş yapmak isteyen gruba polis biber gazıyla "
        "müdahale etti, 20 kişi gözaltına alındı.",
    ),
    (
        "ar",
        INTERVENTION,
        "فرقت قوات الأمن بالغاز المسيل للدموع يوم الثلاثاء مظاهرة للطلاب أمام جامعة الخرطوم.",
    ),
    # ------------------------------------------------------------------ Excessive force
    (
        "en",
        EXCESSIVE,
        "Police opened fire on protesters in Nairobi on Tuesday, killing three people who "
        "had joined a peaceful march against tax rises.",
    ),
    (
        "en",
        EXCESSIVE,
        "Two demonstrators were shot dead by soldiers in Mandalay on Sunday when troops "
        "fired live rounds at a peaceful protest.",
    ),
    (
        "fr",
        EXCESSIVE,
        "Les forces de l'ordre ont tiré à balles réelles sur des manifestants pacifiques "
        "mardi à Conakry, tuant deux jeunes.",
    ),
    (
        "es",
        EXCESSIVE,
        "La policía disparó contra manifestantes pacíficos el lunes en Cali y mató a dos jóvenes.",
    ),
    (
        "pt",
        EXCESSIVE,
        "A polícia abriu fogo contra manifestantes pacíficos em Maputo na terça-feira e matou três pessoas.",
    ),
    ("ar", EXCESSIVE, "قتل ثلاثة متظاهرين برصاص قوات الأمن يوم الثلاثاء خلال احتجاجات سلمية في الناصرية."),
    # ------------------------------------------------------------------ Armed clash
    (
        "en",
        CLASH,
        "At least twelve fighters were killed on Sunday in clashes between two rival armed "
        "groups in the Ituri province town of Djugu.",
    ),
    (
        "en",
        CLASH,
        "Fighting between the army and RSF fighters in Omdurman on Monday left five soldiers "
        "dead, a military source said.",
    ),
    (
        "en",
        CLASH,
        "Troops exchanged fire with suspected militants in Kupwara on Tuesday; two militants "
        "were killed in the encounter.",
    ),
    (
        "en",
        CLASH,
        "Al-Shabaab fighters attacked a military base in Lower Shabelle on Monday, sparking a "
        "gun battle that killed four soldiers.",
    ),
    (
        "en",
        CLASH,
        "Clashes erupted between Fulani herders' militia and Dozo hunters near Mopti on "
        "Saturday, leaving seven dead.",
    ),
    (
        "fr",
        CLASH,
        "De violents combats ont opposé lundi l'armée aux rebelles du M23 près de Rutshuru, "
        "faisant six morts parmi les militaires.",
    ),
    (
        "fr",
        CLASH,
        "Des affrontements entre deux groupes armés ont fait au moins dix morts samedi à "
        "Djugu, dans l'Ituri.",
    ),
    (
        "es",
        CLASH,
        "Al menos ocho muertos dejaron el domingo los combates entre dos facciones "
        "disidentes en zona rural de Calamar, Guaviare.",
    ),
    (
        "es",
        CLASH,
        "Soldados del Ejército se enfrentaron el martes con guerrilleros del ELN en Tibú; "
        "murieron tres militares.",
    ),
    ("ar", CLASH, "قتل خمسة مسلحين يوم الاثنين في اشتباكات مع الجيش في ريف درعا."),
    ("tr", CLASH, "Hakkari'de salı günü teröristlerle çıkan çatışmada iki asker şehit oldu."),
    (
        "pt",
        CLASH,
        "Confrontos entre militares e insurgentes deixaram quatro mortos na segunda-feira em Macomia.",
    ),
    # ------------------------------------------------------------------ Government regains territory
    (
        "en",
        REGAINS,
        "The army recaptured the town of Bakhmut district village of Klishchiivka on Monday "
        "after days of heavy fighting with Russian forces.",
    ),
    (
        "en",
        REGAINS,
        "Sudanese troops regained control of Wad Madani on Saturday after fierce battles with the RSF.",
    ),
    (
        "fr",
        REGAINS,
        "L'armée malienne a repris lundi le contrôle de la localité d'Anefis après de "
        "violents combats contre les rebelles.",
    ),
    (
        "es",
        REGAINS,
        "El ejército recuperó el martes el control del municipio de Tibú tras intensos "
        "combates con la guerrilla.",
    ),
    (
        "ar",
        REGAINS,
        "استعاد الجيش السوداني يوم السبت السيطرة على مدينة ود مدني بعد معارك عنيفة مع قوات الدعم السريع.",
    ),
    # ------------------------------------------------------------------ NSA overtakes territory
    ("en", OVERTAKES, "M23 rebels seized the town of Masisi on Sunday after heavy fighting with the army."),
    (
        "en",
        OVERTAKES,
        "Jihadists overran an army post in Djibo on Monday after a fierce battle, killing ten soldiers.",
    ),
    (
        "fr",
        OVERTAKES,
        "Les rebelles du M23 se sont emparés mardi de la ville de Rubaya après de "
        "violents combats avec l'armée.",
    ),
    (
        "es",
        OVERTAKES,
        "Los guerrilleros tomaron el control del pueblo de Tame el domingo tras enfrentarse con el ejército.",
    ),
    ("ar", OVERTAKES, "سيطرت قوات الدعم السريع يوم الأحد على مدينة الفاشر بعد معارك عنيفة مع الجيش."),
    # ------------------------------------------------------------------ Arrests
    ("en", ARRESTS, "Police arrested a senior opposition leader at his home in Kampala on Tuesday."),
    (
        "en",
        ARRESTS,
        "Security forces detained five suspected members of a separatist group in Bamenda on Monday.",
    ),
    ("fr", ARRESTS, "Les gendarmes ont arrêté lundi à Abidjan un journaliste accusé de diffamation."),
    ("es", ARRESTS, "La policía detuvo el martes en Tegucigalpa a tres presuntos pandilleros."),
    (
        "pt",
        ARRESTS,
        "A Polícia Federal prendeu na terça-feira em Manaus quatro suspeitos de tráfico de armas.",
    ),
    ("tr", ARRESTS, "Diyarbakır'da salı günü düzenlenen operasyonda 12 şüpheli gözaltına alındı."),
    ("ar", ARRESTS, "اعتقلت قوات الأمن يوم الثلاثاء خمسة أشخاص في مدينة الموصل."),
    # ------------------------------------------------------------------ Agreement
    ("en", AGREEMENT, "The government and the rebel group signed a ceasefire agreement in Doha on Saturday."),
    (
        "en",
        AGREEMENT,
        "The two warring clans agreed a truce in Galkayo, Somalia, on Monday after mediation by elders.",
    ),
    (
        "fr",
        AGREEMENT,
        "Le gouvernement et les rebelles ont signé samedi à Luanda un accord de cessez-le-feu.",
    ),
    (
        "es",
        AGREEMENT,
        "El gobierno y la guerrilla firmaron el lunes en La Habana un acuerdo de cese al fuego.",
    ),
    ("ar", AGREEMENT, "وقعت الحكومة والمتمردون يوم السبت في جوبا اتفاقا لوقف إطلاق النار."),
    # ------------------------------------------------------------------ Looting/property destruction
    (
        "en",
        LOOTING,
        "Bandits looted shops and set houses ablaze in the village of Dansadau in Zamfara State on Sunday.",
    ),
    ("en", LOOTING, "Gunmen burned down a police station in Orlu on Monday night."),
    ("fr", LOOTING, "Des hommes armés ont pillé et incendié des boutiques dimanche à Djibo."),
    ("es", LOOTING, "Hombres armados saquearon e incendiaron varias viviendas el domingo en Tumaco."),
    (
        "pt",
        LOOTING,
        "Insurgentes saquearam e queimaram casas no domingo na aldeia de Mucojo, em Cabo Delgado.",
    ),
    # ------------------------------------------------------------------ Disrupted weapons use
    ("en", DISRUPTED, "Soldiers found and defused a roadside bomb on the road to Kismayo on Monday."),
    (
        "en",
        DISRUPTED,
        "Troops discovered a large weapons cache in a forest near Maiduguri on Tuesday, "
        "including rifles and rocket-propelled grenades.",
    ),
    (
        "en",
        DISRUPTED,
        "Bomb disposal experts defused an improvised explosive device planted under a "
        "bridge in Quetta on Sunday.",
    ),
    ("en", DISRUPTED, "Police seized a cache of explosives and detonators in a house in Peshawar on Monday."),
    (
        "fr",
        DISRUPTED,
        "Les militaires ont découvert et désamorcé lundi un engin explosif improvisé sur "
        "la route de Djibo, dans le nord du Burkina Faso.",
    ),
    ("fr", DISRUPTED, "L'armée a saisi mardi une cache d'armes et de munitions près de Ménaka."),
    (
        "es",
        DISRUPTED,
        "El Ejército desactivó el martes un artefacto explosivo instalado en una vía de "
        "Tibú, en Norte de Santander.",
    ),
    (
        "es",
        DISRUPTED,
        "Soldados hallaron el lunes un depósito de armas y explosivos de la guerrilla en "
        "zona rural de Tumaco.",
    ),
    ("tr", DISRUPTED, "Diyarbakır'da yola tuzaklanan el yapımı patlayıcı salı günü imha edildi."),
    ("ar", DISRUPTED, "فككت قوات الأمن يوم الاثنين عبوة ناسفة زرعت على طريق في بغداد."),
    # ------------------------------------------------------------------ Change to group/activity
    (
        "en",
        CHANGE,
        "The ADF rebel group announced on Monday in Beni that its leader had died of illness "
        "and named his deputy as the new commander.",
    ),
    (
        "en",
        CHANGE,
        "A faction of the armed group announced on Sunday in Bamenda that it had split from "
        "the movement and formed a new group.",
    ),
    (
        "fr",
        CHANGE,
        "Une faction du groupe armé a annoncé lundi à Bamenda sa scission et la création "
        "d'un nouveau groupe.",
    ),
    # ------------------------------------------------------------------ HQ or base established
    ("en", BASE, "The army set up a new military base in the town of Damboa on Monday."),
    ("fr", BASE, "L'armée a installé lundi une nouvelle base militaire à Ménaka."),
    # ------------------------------------------------------------------ no event
    (
        "en",
        None,
        "Teachers' unions said on Monday they would hold a march in Kaduna next week if the "
        "salary arrears are not paid.",
    ),
    ("en", None, "The government and the rebel group will resume ceasefire talks in Doha next month."),
    ("en", None, "The army marked the anniversary of its founding with a parade in Abuja on Monday."),
    ("fr", None, "Les syndicats menacent d'organiser une grève la semaine prochaine à Dakar."),
    ("es", None, "Los maestros anunciaron que marcharán el próximo lunes en Oaxaca."),
]

PROBES += [
    # ------------------------------------------------------------------ a protest told after it happened
    (
        "en",
        PEACEFUL,
        "A day after thousands of traders marched through Accra against the new levy, the "
        "finance minister said on Wednesday he would meet their leaders.",
    ),
    (
        "en",
        INTERVENTION,
        "Opposition leaders on Wednesday condemned the police, who had used tear gas on "
        "Tuesday to break up a rally of their supporters in Lusaka.",
    ),
    (
        "en",
        PEACEFUL,
        "Shops in Karachi stayed shut on Tuesday as traders observed a strike called to "
        "protest against new taxes.",
    ),
    (
        "en",
        PEACEFUL,
        "Doctors in public hospitals across Lagos downed tools on Monday over unpaid allowances.",
    ),
    (
        "fr",
        PEACEFUL,
        "Au lendemain de la marche des étudiants à Abidjan contre la hausse des frais "
        "d'inscription, le ministre a reçu mardi leurs délégués.",
    ),
    (
        "fr",
        PEACEFUL,
        "Les chauffeurs de taxi de Kinshasa ont observé lundi une journée ville morte pour "
        "protester contre la hausse du prix du carburant.",
    ),
    (
        "es",
        PEACEFUL,
        "Los trabajadores de la salud de Lima iniciaron el lunes una huelga indefinida para "
        "exigir mejores salarios.",
    ),
    (
        "es",
        INTERVENTION,
        "La policía desalojó el martes a los estudiantes que mantenían tomada la "
        "universidad en Tegucigalpa y detuvo a diez de ellos.",
    ),
    (
        "pt",
        PEACEFUL,
        "Os motoristas de ônibus de Luanda entraram em greve na segunda-feira para exigir aumento salarial.",
    ),
    (
        "tr",
        PEACEFUL,
        "Ankara'da pazartesi günü toplanan yüzlerce öğretmen, maaşlarının artırılmasını "
        "talep etti ve olaysız dağıldı.",
    ),
    (
        "de",
        INTERVENTION,
        "Die Polizei hat am Dienstag in Berlin eine Sitzblockade von Klimaaktivisten "
        "aufgelöst und mehrere Demonstranten festgenommen.",
    ),
    # ------------------------------------------------------------------ two armed groups
    (
        "en",
        CLASH,
        "Clashes between rival factions of the SPLA-IO in Upper Nile state on Monday killed "
        "nine fighters, local officials said.",
    ),
    (
        "en",
        CLASH,
        "Fighting broke out on Saturday between the ELN and FARC dissidents in the Catatumbo "
        "region, leaving at least sixteen dead.",
    ),
    (
        "fr",
        CLASH,
        "Les combats entre les miliciens Wazalendo et les rebelles du M23 ont fait douze "
        "morts dimanche à Masisi.",
    ),
    ("ar", CLASH, "اندلعت اشتباكات يوم الاثنين بين فصيلين مسلحين في مدينة الزاوية أسفرت عن مقتل ستة مسلحين."),
    (
        "tr",
        CLASH,
        "Suriye'nin Menbic kentinde pazartesi günü iki silahlı grup arasında çıkan çatışmada beş kişi öldü.",
    ),
    # ------------------------------------------------------------------ no event
    (
        "en",
        None,
        "Opposition parties called on their supporters to join a nationwide strike in Kenya next Monday.",
    ),
    ("en", None, "The rebel group has denied reports that its leader was arrested in Goma."),
    ("ar", None, "دعت النقابات إلى تنظيم وقفة احتجاجية الأسبوع المقبل في الناصرية."),
]

# Reports of a headline and a lead or two (the shape of a wire story), for each type of the round:
# (language, headline, text, the one sub-event type expected).
HEADLINED = [
    (
        "fr",
        "Manifestation des enseignants à Lomé",
        "Des centaines d'enseignants ont manifesté jeudi à Lomé pour exiger de meilleures conditions de travail. La marche s'est déroulée sans incident, selon les organisateurs.",
        "Peaceful protest",
    ),
    (
        "fr",
        "Niamey: la police disperse des manifestants",
        "La police a fait usage de gaz lacrymogènes samedi à Niamey pour disperser des centaines de jeunes qui protestaient contre les coupures d'électricité. Une dizaine de personnes ont été interpellées.",
        "Protest with intervention",
    ),
    (
        "fr",
        "Guinée: deux morts lors d'une manifestation à Conakry",
        "Deux jeunes ont été tués par balles mercredi à Conakry lors d'une manifestation de l'opposition réprimée par les forces de l'ordre, a indiqué le FNDC.",
        "Excessive force against protesters",
    ),
    (
        "es",
        "Protesta de campesinos en Bogotá",
        "Miles de campesinos marcharon el miércoles hacia la Plaza de Bolívar, en Bogotá, para exigir la compra de sus cosechas. La movilización transcurrió sin incidentes.",
        "Peaceful protest",
    ),
    (
        "es",
        "Policía reprime marcha en La Paz",
        "La policía boliviana dispersó con gases lacrimógenos una marcha de maestros en La Paz el martes. Al menos cinco manifestantes fueron detenidos.",
        "Protest with intervention",
    ),
    (
        "pt",
        "Professores fazem greve em Luanda",
        "Professores de escolas públicas de Luanda entraram em greve nesta segunda-feira e realizaram uma marcha até o Ministério da Educação para exigir aumentos salariais.",
        "Peaceful protest",
    ),
    (
        "pt",
        "Polícia dispersa manifestação em Maputo",
        "A polícia moçambicana disparou gás lacrimogéneo contra manifestantes que bloqueavam uma avenida de Maputo na quarta-feira. Vários jovens foram detidos.",
        "Protest with intervention",
    ),
    (
        "ar",
        "احتجاجات في البصرة",
        "تظاهر المئات من أهالي البصرة يوم الأربعاء أمام مبنى المحافظة احتجاجا على انقطاع الكهرباء، مطالبين بإقالة المسؤولين.",
        "Peaceful protest",
    ),
    (
        "ar",
        "تفريق متظاهرين في الخرطوم",
        "أطلقت الشرطة السودانية الغاز المسيل للدموع يوم الخميس لتفريق آلاف المتظاهرين في الخرطوم كانوا يطالبون بالحكم المدني.",
        "Protest with intervention",
    ),
    (
        "tr",
        "İzmir'de işçi eylemi",
        "İzmir'de belediye işçileri çarşamba günü maaşlarının ödenmemesini protesto etmek için iş bıraktı ve belediye binası önünde toplandı.",
        "Peaceful protest",
    ),
    (
        "tr",
        "Eyleme polis müdahalesi",
        "İstanbul Kadıköy'de perşembe günü toplanan gruba polis biber gazıyla müdahale etti. Eylemcilerden 15'i gözaltına alındı.",
        "Protest with intervention",
    ),
    (
        "sw",
        "Maandamano Nairobi",
        "Mamia ya wafanyabiashara waliandamana Jumanne jijini Nairobi kupinga ongezeko la kodi.",
        "Peaceful protest",
    ),
    (
        "sw",
        "Polisi watawanya waandamanaji",
        "Polisi walirusha mabomu ya machozi Jumatatu kuwatawanya waandamanaji mjini Kisumu.",
        "Protest with intervention",
    ),
    (
        "de",
        "Bauernproteste in München",
        "Tausende Landwirte haben am Mittwoch in München mit Traktoren gegen die Agrarpolitik protestiert. Die Kundgebung verlief friedlich, teilte die Polizei mit.",
        "Peaceful protest",
    ),
    (
        "de",
        "Polizei löst Demo auf",
        "Die Polizei hat am Samstag in Hamburg eine nicht angemeldete Demonstration mit Wasserwerfern aufgelöst und 20 Personen festgenommen.",
        "Protest with intervention",
    ),
    (
        "en",
        "Teachers strike in Nairobi",
        "Public school teachers in Nairobi began a nationwide strike on Monday, demanding the implementation of a pay deal. Schools remained closed across the city.",
        "Peaceful protest",
    ),
    (
        "en",
        "Police teargas protesters in Kampala",
        "Ugandan police on Tuesday fired tear gas and arrested dozens of opposition supporters who had gathered in central Kampala to protest against the detention of their leader.",
        "Protest with intervention",
    ),
    (
        "en",
        "Three protesters shot dead in Freetown",
        "Security forces shot dead three protesters in Freetown on Wednesday during demonstrations against the rising cost of living, a hospital official said.",
        "Excessive force against protesters",
    ),
    # strategic / battles multi-sentence
    (
        "fr",
        "Mali: une cache d'armes découverte près de Gao",
        "L'armée malienne a découvert mardi une importante cache d'armes près de Gao, comprenant des fusils d'assaut, des roquettes et des obus. Aucun suspect n'a été interpellé.",
        "Disrupted weapons use",
    ),
    (
        "es",
        "Hallan arsenal de disidencias en el Cauca",
        "El Ejército halló el lunes un arsenal de las disidencias de las FARC en zona rural de Argelia, Cauca, con fusiles, granadas y munición.",
        "Disrupted weapons use",
    ),
    (
        "en",
        "Army foils bomb plot in Maiduguri",
        "Troops on Monday defused two improvised explosive devices planted near a market in Maiduguri, the army said.",
        "Disrupted weapons use",
    ),
    (
        "ar",
        "ضبط مخزن أسلحة في الأنبار",
        "ضبطت القوات الأمنية العراقية يوم الثلاثاء مخزنا للأسلحة والعتاد في صحراء الأنبار يعود لتنظيم داعش.",
        "Disrupted weapons use",
    ),
    (
        "tr",
        "Silah deposu ele geçirildi",
        "Diyarbakır'ın Lice ilçesinde salı günü düzenlenen operasyonda teröristlere ait bir silah deposu ele geçirildi.",
        "Disrupted weapons use",
    ),
    (
        "en",
        "Clashes between rival militias in Tripoli",
        "Clashes erupted on Monday night between two rival armed groups in the Libyan capital Tripoli, killing at least eight people, the health ministry said.",
        "Armed clash",
    ),
    (
        "fr",
        "Affrontements entre groupes armés en Centrafrique",
        "Des affrontements entre des éléments de l'UPC et des combattants anti-balaka ont fait au moins huit morts lundi à Bambari.",
        "Armed clash",
    ),
    (
        "en",
        "Police arrest opposition leader",
        "Police in Dar es Salaam on Tuesday arrested the opposition leader Tundu Lissu ahead of a planned rally.",
        "Arrests",
    ),
    (
        "ar",
        "اتفاق لوقف إطلاق النار في طرابلس",
        "أعلن المجلس الرئاسي الليبي يوم الأربعاء التوصل إلى اتفاق لوقف إطلاق النار بين الفصائل المسلحة في طرابلس.",
        "Agreement",
    ),
]
