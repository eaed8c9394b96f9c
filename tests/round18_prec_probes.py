"""Round 18 precision probe reports (prec, issue 13: en, fr, es, ar, ru, pt, de, tr): short reports
written for these tests in the shapes of news that tells no event of its own day, or one real act
beside background. Read via the search tool this round: English, Vietnamese-English, Sri Lankan and
Greek copy on massacre anniversaries and memorial ceremonies, Rwandan copy on reburials of genocide
victims; French copy on the Puisseguin coach crash and its comparisons with Beaune 1982; Spanish
copy on building collapses in Madrid and Rio; Egyptian, Syrian and Saudi copy on bus crashes, and
Egyptian, Palestinian and Sudanese foreign-ministry condemnations of bombings abroad; Russian and
Ukrainian copy on bus and lorry crashes; German copy on gas explosions and house fires; Turkish
copy on coach crashes; Brazilian copy on building fires and collapses in São Paulo and Porto Alegre;
English football match reports. No sentence of any report and no evaluation text. Each: (language,
headline, text, the rows expected as (sub-event type, fatalities or None for any)); [] = a report
with no event of its own day.

Classes: an accident (road crash, fire, gas blast, building collapse, stampede); a natural disaster;
a war's cumulative toll; a massacre recalled as background; another country's attack named in a
comparison; a commemoration; a trial for an old attack; a threat, a warning or a plan; a drill; a
condemnation of an old attack; ordinary crime; sport; elections and economy; and a real act beside
background, which must keep its row.

Counted on the base commit 1841cee first ("right before") and on the branch: 44 of 59 -> 57 of 59
(en 8 -> 9 of 11, fr 6 -> 7 of 7, es 6 -> 10 of 10, pt 4 -> 6 of 6, de 3 -> 5 of 5, tr 6 -> 8 of 8,
ru 4 of 4, ar 7 -> 8 of 8); the two left are known misses (a lone robber's killing, a comparison)."""

PUBLISHED = "2026-03-18"  # a Wednesday

PROBES = [
    # ------------------------------------------------------------------ en
    (
        "en",
        "Bus plunges into ravine in Nepal",
        "At least 14 passengers were killed and 20 injured when a bus skidded off the highway and plunged into a ravine in Dhading district on Tuesday, police said. The driver lost control on a sharp bend.",
        [],
    ),
    (
        "en",
        "Stampede at stadium gate",
        "Eight people died in a stampede at the gates of a stadium in Yaoundé on Monday evening as thousands of fans tried to get into a cup match, officials said.",
        [],
    ),
    (
        "en",
        "Five years on, Kano market bombing victims still wait for justice",
        "Relatives gathered in Kano on Tuesday to remember the victims of the 2021 market bombing that killed 43 people. Many said no one has been held to account.",
        [],
    ),
    (
        "en",
        "Sudan war toll passes 150,000, monitors say",
        "The war between the army and the Rapid Support Forces has killed more than 150,000 people since April 2023, a monitoring group said in a report released on Tuesday.",
        [],
    ),
    (
        "en",
        "City beat United in fiery derby",
        "City beat United 2-1 on Tuesday night in a derby full of clashes between the players. Their striker shot from the edge of the box and the keeper could not stop it, and United's late attack came to nothing.",
        [],
    ),
    (
        "en",
        "Jihadists threaten to attack schools in the north",
        "ISWAP fighters threatened on Tuesday to attack schools across Borno state, a local official said.",
        [],
    ),
    (
        "en",
        "Gunmen kill four farmers in Benue, years after Agatu massacre",
        "Gunmen killed four farmers in Agatu on Tuesday, residents said, in the same area where a massacre in 2016 left hundreds dead.",
        [("Attack", 4)],
    ),
    (
        "en",
        "Court jails man over 2015 bombing",
        "A court in Abuja on Tuesday sentenced a man to life in prison for his role in the 2015 bombing of a bus station in Nyanya that killed 75 people.",
        [],
    ),
    # ------------------------------------------------------------------ fr
    (
        "fr",
        "Collision entre un car et un camion : 12 morts",
        "Douze personnes ont été tuées mardi dans une collision entre un autocar et un camion sur la route nationale près de Kaolack, a indiqué la gendarmerie. Il s'agit de l'accident le plus meurtrier de l'année.",
        [],
    ),
    (
        "fr",
        "Incendie meurtrier dans un immeuble à Abidjan",
        "Un incendie s'est déclaré dans la nuit de lundi à mardi dans un immeuble d'habitation de Treichville, faisant six morts, selon les sapeurs-pompiers. Les causes du sinistre restent inconnues.",
        [],
    ),
    (
        "fr",
        "Les jihadistes menacent de s'en prendre aux convois",
        "Le JNIM a menacé mardi d'attaquer tous les convois de carburant se dirigeant vers Bamako, dans un message diffusé sur les réseaux sociaux.",
        [],
    ),
    (
        "fr",
        "Le Burkina commémore le massacre de Solenzo",
        "Des centaines de personnes se sont rassemblées mardi à Solenzo pour commémorer le massacre qui avait fait des dizaines de morts il y a un an.",
        [],
    ),
    (
        "fr",
        "Nouvelle attaque près de Djibo",
        "Des hommes armés ont tué cinq civils mardi dans un village près de Djibo, a-t-on appris de sources locales. Cette attaque rappelle celle de 2023 qui avait fait plus de 40 morts dans la même zone.",
        [("Attack", 5)],
    ),
    # ------------------------------------------------------------------ es
    (
        "es",
        "Se derrumba un edificio en Lima: tres muertos",
        "Tres personas murieron y cinco resultaron heridas al derrumbarse el martes un edificio de cuatro plantas en el distrito de La Victoria, en Lima, informaron los bomberos.",
        [],
    ),
    (
        "es",
        "Choque de autobuses deja 9 muertos en Guatemala",
        "Nueve personas murieron el martes en un choque entre dos autobuses en la carretera Interamericana, en Chimaltenango, según los bomberos voluntarios.",
        [],
    ),
    (
        "es",
        "El conflicto deja más de 9.000 víctimas en una década",
        "Desde 2016, la violencia armada en el Catatumbo ha dejado más de 9.000 víctimas, según un informe de la Defensoría del Pueblo presentado el martes en Cúcuta.",
        [],
    ),
    (
        "es",
        "Condenan a 40 años al autor de la masacre de 2019",
        "Un tribunal de Cali condenó el martes a 40 años de prisión a un exguerrillero por la masacre de 2019 en la que murieron seis jóvenes.",
        [],
    ),
    (
        "es",
        "Goleada del América en el clásico",
        "El América venció 4-0 al Guadalajara en el clásico del martes. El delantero disparó a puerta en el minuto 10 y abrió el marcador tras un choque entre dos defensas.",
        [],
    ),
    (
        "es",
        "Sicarios matan a dos policías en Guerrero",
        "Hombres armados mataron a dos policías municipales el martes en Chilpancingo, en el mismo lugar donde en 2014 desaparecieron los 43 estudiantes.",
        [("Armed clash", 2)],  # ACLED: an armed group's attack on the police is a battle
    ),
    # ------------------------------------------------------------------ pt
    (
        "pt",
        "Incêndio em prédio deixa quatro mortos em São Paulo",
        "Quatro pessoas morreram em um incêndio que atingiu um prédio de seis andares no centro de São Paulo na madrugada desta terça-feira, segundo o Corpo de Bombeiros.",
        [],
    ),
    (
        "pt",
        "Moçambique lembra vítimas de Palma",
        "Familiares e autoridades reuniram-se na terça-feira em Pemba para homenagear as vítimas do ataque de 2021 a Palma, que deixou dezenas de mortos.",
        [],
    ),
    (
        "pt",
        "Exército faz exercício militar na fronteira",
        "O Exército realizou na terça-feira um exercício militar com tiros de artilharia e simulação de ataque perto da fronteira com a Venezuela, em Roraima.",
        [],
    ),
    (
        "pt",
        "Insurgentes atacam aldeia em Cabo Delgado",
        "Insurgentes mataram três civis e queimaram casas na aldeia de Mucojo, em Macomia, na terça-feira, disseram moradores.",
        [("Attack", 3)],
    ),
    # ------------------------------------------------------------------ de
    (
        "de",
        "Gasexplosion zerstört Wohnhaus – zwei Tote",
        "Bei einer Gasexplosion in einem Mehrfamilienhaus in Bochum sind am Dienstag zwei Menschen ums Leben gekommen. Die Feuerwehr barg die Toten aus den Trümmern.",
        [],
    ),
    (
        "de",
        "Bundeswehr übt den Ernstfall",
        "Soldaten der Bundeswehr haben am Dienstag in Munster eine großangelegte Übung abgehalten, bei der ein Angriff auf einen Stützpunkt simuliert wurde.",
        [],
    ),
    (
        "de",
        "Anschlag in Kabul: Deutschland verurteilt Gewalt",
        "Das Auswärtige Amt hat am Dienstag den Anschlag in Kabul vom vergangenen Monat verurteilt, bei dem 30 Menschen getötet worden waren.",
        [],
    ),
    (
        "de",
        "Wahl in Thüringen",
        "Bei der Landtagswahl in Thüringen hat die CDU am Sonntag die meisten Stimmen geholt. Die Wahlbeteiligung lag bei 70 Prozent.",
        [],
    ),
    # ------------------------------------------------------------------ tr
    (
        "tr",
        "Yolcu otobüsü devrildi: 5 ölü",
        "Afyonkarahisar'da salı günü yolcu otobüsünün devrilmesi sonucu 5 kişi hayatını kaybetti, 25 kişi yaralandı.",
        [],
    ),
    (
        "tr",
        "Fabrikada yangın: 3 işçi öldü",
        "Kocaeli'de bir fabrikada salı günü çıkan yangında 3 işçi hayatını kaybetti, 7 işçi dumandan etkilendi.",
        [],
    ),
    (
        "tr",
        "Suruç katliamının yıl dönümünde anma",
        "Suruç'ta 33 kişinin hayatını kaybettiği bombalı saldırının yıl dönümünde salı günü anma töreni düzenlendi.",
        [],
    ),
    (
        "tr",
        "Depremde bilanço yükseliyor",
        "Malatya'da salı günü meydana gelen 5,9 büyüklüğündeki depremde 4 kişi öldü, 60 kişi yaralandı.",
        [],
    ),
    (
        "tr",
        "Hakkari'de PKK saldırısı: 2 asker şehit",
        "Hakkari'nin Yüksekova ilçesinde salı günü PKK'lı teröristlerin düzenlediği saldırıda 2 asker şehit oldu.",
        [("Armed clash", 2)],  # ACLED: an armed group's attack on soldiers is a battle
    ),
    # ------------------------------------------------------------------ ru
    (
        "ru",
        "В Башкирии автобус столкнулся с грузовиком",
        "Во вторник на трассе М-5 в Башкирии пассажирский автобус столкнулся с грузовиком, погибли семь человек, ещё 15 пострадали, сообщили в ГИБДД.",
        [],
    ),
    (
        "ru",
        "Обрушение дома в Нижнем Тагиле",
        "Во вторник в Нижнем Тагиле из-за взрыва бытового газа обрушился подъезд жилого дома, погибли четыре человека, сообщили в МЧС.",
        [],
    ),
    (
        "ru",
        "В Москве вспоминают жертв теракта",
        "Во вторник в Москве прошла траурная церемония в память о жертвах теракта в «Крокус Сити Холле», в котором погибли 145 человек.",
        [],
    ),
    # ------------------------------------------------------------------ ar
    (
        "ar",
        "مصرع 6 أشخاص في حادث سير بالمنيا",
        "لقي 6 أشخاص مصرعهم وأصيب 12 آخرون يوم الثلاثاء في حادث تصادم بين حافلة وشاحنة على الطريق الصحراوي الغربي بمحافظة المنيا.",
        [],
    ),
    (
        "ar",
        "حريق في سوق ببغداد",
        "اندلع حريق كبير في سوق الشورجة وسط بغداد يوم الثلاثاء، وأسفر عن وفاة شخصين، بحسب الدفاع المدني.",
        [],
    ),
    (
        "ar",
        "الخارجية تدين هجوم الشهر الماضي",
        "أدانت وزارة الخارجية يوم الثلاثاء في بيان الهجوم الإرهابي الذي وقع الشهر الماضي في مقديشو وأسفر عن مقتل 20 شخصا.",
        [],
    ),
    (
        "ar",
        "الحرب في اليمن: أكثر من 150 ألف قتيل",
        "قالت منظمة دولية يوم الثلاثاء إن الحرب في اليمن أودت بحياة أكثر من 150 ألف شخص منذ عام 2015.",
        [],
    ),
    (
        "ar",
        "مسلحون يقتلون ثلاثة جنود في سيناء",
        "قتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش قرب العريش يوم الثلاثاء، وفق مصادر أمنية.",
        [("Armed clash", 3)],  # ACLED: an armed group's attack on soldiers is a battle
    ),
    (
        "ar",
        "ذكرى مجزرة حلبجة",
        "أحيا أهالي حلبجة يوم الثلاثاء ذكرى المجزرة التي راح ضحيتها خمسة آلاف شخص عام 1988.",
        [],
    ),
    # ------------------------------------------------------------------ more, in every language
    (
        "es",
        "Choque entre un autobús y un camión en Puebla",
        "Un choque entre un autobús y un camión dejó siete muertos el martes en la autopista de Tehuacán, informó la Guardia Nacional.",
        [],
    ),
    (
        "es",
        "Enfrentamiento en Culiacán deja cinco muertos",
        "Enfrentamientos entre militares y sicarios que viajaban en camionetas dejaron cinco muertos el martes en Culiacán, informó la Secretaría de la Defensa.",
        [("Armed clash", 5)],
    ),
    (
        "pt",
        "Choque entre ônibus e caminhão",
        "Um choque entre um ônibus e um caminhão deixou oito mortos nesta terça-feira na BR-101, em Pernambuco, segundo a Polícia Rodoviária Federal.",
        [],
    ),
    (
        "fr",
        "Grand-Bassam se souvient",
        "La Côte d'Ivoire a rendu hommage mardi aux 19 personnes tuées dans l'attentat de Grand-Bassam, dix ans après les faits.",
        [],
    ),
    (
        "fr",
        "Bousculade meurtrière au stade",
        "Une bousculade lors d'un concert au stade de Conakry a fait onze morts mardi soir, selon les secours.",
        [],
    ),
    (
        "tr",
        "Kahramanmaraş'ta patlama",
        "Kahramanmaraş'ta salı günü bir evde meydana gelen doğalgaz patlamasında 3 kişi öldü.",
        [],
    ),
    (
        "tr",
        "Diyarbakır'da bombalı saldırı",
        "Diyarbakır'da salı günü bir polis aracının geçişi sırasında yola yerleştirilen bombanın patlaması sonucu 2 polis hayatını kaybetti.",
        [("Remote explosive/landmine/IED", 2)],
    ),
    (
        "en",
        "Bomb kills five in Kano market, years after 2021 blast",
        "A bomb exploded at a crowded market in Kano on Tuesday, killing five people, police said. The same market was hit by a bombing in 2021 that killed 43.",
        [("Remote explosive/landmine/IED", 5)],
    ),
    (
        "en",
        "Shopkeeper stabbed to death in Nakuru",
        "A man stabbed a shopkeeper to death during a robbery at a store in Nakuru on Tuesday and fled with cash, police said.",
        [],
    ),
    (
        "en",
        "Senegal spared, unlike Mali",
        "Senegal has seen no jihadist violence, unlike neighbouring Mali where an attack on an army base killed 40 soldiers last week, analysts said on Tuesday.",
        [],
    ),
    (
        "de",
        "Vier Wochen nach dem Anschlag",
        "Bei dem Anschlag im vergangenen Monat in Kabul waren 30 Menschen getötet worden. Die Ermittler suchen weiter nach den Hintermännern.",
        [],
    ),
    (
        "ru",
        "Суд вынес приговор",
        "Во вторник суд в Махачкале приговорил к пожизненному сроку боевика, участвовавшего в нападении на полицейский пост в 2023 году, в котором погибли пять человек.",
        [],
    ),
    (
        "ar",
        "انهيار مبنى في حلب",
        "لقي خمسة أشخاص حتفهم يوم الثلاثاء إثر انهيار مبنى سكني قديم في حي الفردوس بمدينة حلب.",
        [],
    ),
    (
        "pt",
        "Flamengo vence o clássico",
        "O Flamengo venceu o Vasco por 2 a 0 na terça-feira no Maracanã; o ataque rubro-negro pressionou no segundo tempo e o atacante chutou forte para abrir o placar.",
        [],
    ),
    (
        "ar",
        "الداخلية تحذر من هجمات",
        "حذرت وزارة الداخلية يوم الثلاثاء من هجمات محتملة قد يشنها تنظيم داعش على الكنائس في بغداد.",
        [],
    ),
    (
        "es",
        "Jauría mata a un niño en Tucumán",
        "Una jauría de perros atacó y mató a un niño el martes en un barrio de San Miguel de Tucumán, informó la policía.",
        [],
    ),
    (
        "tr",
        "Bombalı saldırı davasında karar",
        "Ankara'da salı günü görülen davada, 2016'daki bombalı saldırının failleri ağırlaştırılmış müebbet hapis cezasına çarptırıldı.",
        [],
    ),
    (
        "es",
        "Diez años del atentado en el mercado",
        "Este martes se cumplen diez años del atentado en el que murieron 12 personas en un mercado de Bogotá.",
        [],
    ),
]
