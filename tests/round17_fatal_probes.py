"""Round 17 probe reports (fatal): how tolls are written across languages. New short reports written
for these tests in the shapes real news takes, after reading (search tool, corpus pages) French /
Burkinabè / Malian / Somali wire copy on base attacks ("bilan provisoire", "une dizaine de blessés",
"côté ennemi ... neutralisés"), Mexican and Colombian copy on armed attacks whose toll "ascendió a"
after the wounded died in hospital, Russian and Ukrainian copy on shelling tolls that "возросло до",
Turkish copy on bomb attacks ("şehit sayısı yükseldi", "hayatını kaybetti"), Arabic copy on soldiers
killed with a war's cumulative toll after it ("ليرتفع عدد القتلى إلى"), Indonesian copy on church
bombings ("sedikitnya", "termasuk pelaku"), German copy on attacks ("Zahl der Toten stieg auf") and
Portuguese copy ("subiu para", "pelo menos"). No sentence of any report and no evaluation text.

Each: (language, headline, text, the rows expected as (sub-event type, fatalities)). The toll is
ACLED's: the deaths this event caused as reported; the most conservative of two figures; a range's
lower end; an update's new figure; the attackers' own dead with the victims; the wounded, missing and
arrested are no deaths; a war's cumulative toll and an earlier attack's toll are no event's toll.

Ten expectations were set again after the first run, where the first guess went against ACLED's
definitions, not to fit the coder: an attack on an army or police post, vehicle or station whose
soldiers or police die (or, Turkish "şehit", Hindi "जवान", fall) is an armed clash between two armed
sides, no attack on civilians. The figures "right before" are counted on the expectations as they
stand here."""

PUBLISHED = "2026-03-18"  # a Wednesday

A, C, AIR, SH, IED, SB = ("Attack", "Armed clash", "Air/drone strike", "Shelling/artillery/missile attack",
                         "Remote explosive/landmine/IED", "Suicide bomb")  # fmt: skip

PROBES = [
    # ------------------------------------------------------------------ en
    (
        "en",
        "",
        "Gunmen killed at least 14 villagers and wounded 20 others in an attack on Kadisau in Zamfara state on Monday.",
        [(A, 14)],
    ),
    (
        "en",
        "",
        "Between 8 and 12 people were killed when gunmen stormed a market in Bukkuyum, Zamfara state, on Tuesday.",
        [(A, 8)],
    ),
    (
        "en",
        "",
        "Gunmen attacked Kwatas village in Benue state on Monday, killing nine people. The death toll later rose to 17, police said on Tuesday.",
        [(A, 17)],
    ),
    (
        "en",
        "",
        "Soldiers clashed with militants near Mafa in Borno state on Tuesday; 12 soldiers and 3 civilians were killed.",
        [(C, 15)],
    ),
    (
        "en",
        "",
        "Militants attacked an army post in Damboa, Borno state, on Monday, killing four soldiers. Seven militants were also killed in the fighting.",
        [(C, 11)],
    ),
    (
        "en",
        "",
        "Gunmen attacked Gidan Bako village in Katsina state on Monday. Eleven people were wounded and six are missing, police said.",
        [(A, 0)],
    ),
    (
        "en",
        "",
        "An air strike hit a house in Maarat al-Numan, Idlib province, on Tuesday, killing five people. The war has killed more than 500,000 people since 2011.",
        [(AIR, 5)],
    ),
    (
        "en",
        "",
        "Gunmen killed dozens of villagers in an attack on Tungan Kara in Niger state on Monday.",
        [(A, 12)],
    ),
    (
        "en",
        "",
        "A roadside bomb struck a police vehicle near Wajir on Tuesday, killing two officers. A wounded officer later died in hospital, bringing the toll to three.",
        [(IED, 3)],
    ),
    # ------------------------------------------------------------------ fr
    (
        "fr",
        "",
        "Au moins onze soldats ont été tués lundi dans une attaque jihadiste contre un poste militaire à Tin-Akoff, dans la province de l'Oudalan.",
        [(C, 11)],
    ),
    (
        "fr",
        "",
        "Des hommes armés ont tué une dizaine de civils mardi dans le village de Seytenga, dans la province du Séno.",
        [(A, 10)],
    ),
    (
        "fr",
        "",
        "Le bilan de l'attaque de lundi contre le camp militaire de Boulkessi s'est alourdi à 23 morts, selon une source sécuritaire.",
        [(C, 23)],
    ),
    (
        "fr",
        "",
        "Des jihadistes ont attaqué lundi le poste de Dori; le bilan provisoire fait état de six soldats tués et d'une trentaine de blessés.",
        [(C, 6)],
    ),
    (
        "fr",
        "",
        "L'armée a repoussé mardi une attaque contre sa base de Djibo : quatre soldats ont été tués et, côté ennemi, vingt terroristes ont été neutralisés.",
        [(C, 24)],
    ),
    (
        "fr",
        "",
        "Des assaillants ont attaqué lundi le village de Kpendjal; huit personnes ont été blessées et trois sont portées disparues.",
        [(A, 0)],
    ),
    (
        "fr",
        "",
        "Entre 15 et 20 civils ont été tués mardi par des hommes armés à Solenzo, dans la province des Banwa.",
        [(A, 15)],
    ),
    (
        "fr",
        "",
        "Une frappe de drone a tué sept personnes mardi à Ménaka. Le conflit a fait plus de 10 000 morts depuis 2012.",
        [(AIR, 7)],
    ),
    (
        "fr",
        "",
        "Des dizaines de personnes ont été tuées lundi lors d'une attaque d'hommes armés contre le village de Diallassagou.",
        [(A, 12)],
    ),
    # ------------------------------------------------------------------ es
    (
        "es",
        "",
        "Al menos siete personas murieron el martes en un ataque armado contra un bar en Celaya, Guanajuato.",
        [(A, 7)],
    ),
    (
        "es",
        "",
        "Ascendió a nueve el número de muertos del ataque armado del lunes contra una fiesta en Salvatierra, Guanajuato, tras la muerte de dos heridos en el hospital.",
        [(A, 9)],
    ),
    (
        "es",
        "",
        "Disidentes de las FARC atacaron el martes una estación de policía en Suárez, Cauca; el ataque dejó tres policías muertos y 12 heridos.",
        [(C, 3)],
    ),
    (
        "es",
        "",
        "El Ejército se enfrentó el martes con disidentes en zona rural de El Plateado, Cauca; murieron dos soldados y cinco disidentes.",
        [(C, 7)],
    ),
    (
        "es",
        "",
        "Hombres armados atacaron el lunes un taller en Fresnillo, Zacatecas, y dejaron cuatro heridos; otras dos personas están desaparecidas.",
        [(A, 0)],
    ),
    (
        "es",
        "",
        "Entre 10 y 12 personas murieron el martes en un ataque armado contra un palenque en Uruapan, Michoacán.",
        [(A, 10)],
    ),
    (
        "es",
        "",
        "Una decena de personas murió el lunes en un ataque armado contra una vivienda en Cajeme, Sonora.",
        [(A, 10)],
    ),
    (
        "es",
        "",
        "Un dron con explosivos mató el martes a un soldado en Argelia, Cauca. En lo que va del año, los ataques con drones han dejado 40 militares muertos en el país.",
        [(AIR, 1)],
    ),
    (
        "es",
        "",
        "Decenas de personas murieron el lunes en un ataque armado contra la comunidad de Las Tunas, Guerrero.",
        [(A, 12)],
    ),
    # ------------------------------------------------------------------ pt
    (
        "pt",
        "",
        "Pelo menos doze pessoas foram mortas na segunda-feira num ataque de insurgentes à aldeia de Nanduli, no distrito de Ancuabe, em Cabo Delgado.",
        [(A, 12)],
    ),
    (
        "pt",
        "",
        "Subiu para oito o número de mortos do ataque de insurgentes de segunda-feira à aldeia de Mitambo, em Cabo Delgado.",
        [(A, 8)],
    ),
    (
        "pt",
        "",
        "Insurgentes atacaram na terça-feira a aldeia de Mapate, em Cabo Delgado, matando cinco civis e ferindo outros dez.",
        [(A, 5)],
    ),
    (
        "pt",
        "",
        "As forças moçambicanas combateram insurgentes na terça-feira em Chai, no distrito de Macomia; morreram três soldados e nove insurgentes.",
        [(C, 12)],
    ),
    (
        "pt",
        "",
        "Homens armados atacaram na segunda-feira a aldeia de Nhica, em Cabo Delgado; seis pessoas ficaram feridas e quatro estão desaparecidas.",
        [(A, 0)],
    ),
    (
        "pt",
        "",
        "Entre seis e oito pessoas foram mortas na terça-feira por insurgentes na aldeia de Litamanda, em Cabo Delgado.",
        [(A, 6)],
    ),
    (
        "pt",
        "",
        "Dezenas de pessoas foram mortas na segunda-feira num ataque de insurgentes à aldeia de Muidumbe, em Cabo Delgado.",
        [(A, 12)],
    ),
    (
        "pt",
        "",
        "Insurgentes mataram quatro pessoas na terça-feira em Meluco, em Cabo Delgado. O conflito já fez mais de 4000 mortos desde 2017.",
        [(A, 4)],
    ),
    # ------------------------------------------------------------------ ar
    (
        "ar",
        "",
        "قتل 9 أشخاص على الأقل وأصيب 15 آخرون في غارة جوية استهدفت منزلا في مدينة دوما يوم الثلاثاء.",
        [(AIR, 9)],
    ),
    ("ar", "", "قتل ٧ أشخاص في قصف مدفعي على بلدة كفرنبل بريف إدلب يوم الاثنين.", [(SH, 7)]),
    (
        "ar",
        "",
        "قتل جنديان في هجوم مسلح على حاجز للجيش في مدينة العريش يوم الاثنين، ليرتفع عدد قتلى الجيش منذ بداية العام إلى 120.",
        [(C, 2)],
    ),
    ("ar", "", "قتل عشرات الأشخاص في غارة جوية على سوق في مدينة الفاشر يوم الثلاثاء.", [(AIR, 12)]),
    ("ar", "", "ارتفع عدد قتلى القصف المدفعي على مدينة الفاشر يوم الاثنين إلى 14 قتيلا.", [(SH, 14)]),
    ("ar", "", "أصيب 6 أشخاص في قصف مدفعي على بلدة سراقب يوم الثلاثاء.", [(SH, 0)]),
    (
        "ar",
        "",
        "قتل خمسة جنود وثلاثة مسلحين في اشتباكات بين الجيش ومسلحين قرب مدينة رفح يوم الثلاثاء.",
        [(C, 8)],
    ),
    ("ar", "", "قتل ما بين 10 و15 شخصا في قصف مدفعي على مدينة بابنوسة يوم الاثنين.", [(SH, 10)]),
    # ------------------------------------------------------------------ ru
    (
        "ru",
        "",
        "В результате обстрела Горловки во вторник погибли по меньшей мере пять мирных жителей, ещё 12 получили ранения.",
        [(SH, 5)],
    ),
    (
        "ru",
        "",
        "Число погибших при ракетном ударе по Днепру в понедельник возросло до 18 человек.",
        [(SH, 18)],
    ),
    ("ru", "", "Десятки человек погибли в результате авиаудара по рынку в Изюме во вторник.", [(AIR, 12)]),
    (
        "ru",
        "",
        "Во вторник в результате обстрела Шебекино ранены семь человек, сообщил губернатор.",
        [(SH, 0)],
    ),
    (
        "ru",
        "",
        "В результате удара беспилотника по автобусу в Олешках во вторник погибли два человека. Всего с начала года в районе погибли более ста мирных жителей.",
        [(AIR, 2)],
    ),
    ("ru", "", "От трёх до пяти человек погибли в результате обстрела Макеевки в понедельник.", [(SH, 3)]),
    ("ru", "", "Около десяти человек погибли при обстреле Донецка во вторник.", [(SH, 10)]),
    (
        "ru",
        "",
        "В результате обстрела Курахово во вторник погибли четыре человека; ещё один раненый скончался в больнице.",
        [(SH, 5)],
    ),
    # ------------------------------------------------------------------ uk
    (
        "uk",
        "",
        "Унаслідок обстрілу Херсона у вівторок загинули щонайменше шестеро людей, ще 14 поранені.",
        [(SH, 6)],
    ),
    (
        "uk",
        "",
        "Кількість загиблих внаслідок ракетного удару по Запоріжжю в понеділок зросла до 11.",
        [(SH, 11)],
    ),
    ("uk", "", "Унаслідок удару дрона по Нікополю у вівторок поранено п'ятьох людей.", [(AIR, 0)]),
    ("uk", "", "Десятки людей загинули внаслідок ракетного удару по Сумах у понеділок.", [(SH, 12)]),
    (
        "uk",
        "",
        "Унаслідок обстрілу Покровська у вівторок загинули троє людей. Від початку війни в області загинули понад дві тисячі мирних жителів.",
        [(SH, 3)],
    ),
    (
        "uk",
        "",
        "Унаслідок обстрілу Костянтинівки у вівторок загинули двоє людей; згодом ще одна поранена жінка померла в лікарні.",
        [(SH, 3)],
    ),
    ("uk", "", "Близько десяти людей загинули внаслідок авіаудару по Краматорську в понеділок.", [(AIR, 10)]),
    ("uk", "", "Від двох до чотирьох людей загинули внаслідок обстрілу Бериславу у вівторок.", [(SH, 2)]),
    # ------------------------------------------------------------------ tr
    (
        "tr",
        "",
        "Hakkari'nin Yüksekova ilçesinde salı günü askeri araca yapılan bombalı saldırıda 3 asker şehit oldu, 5 asker yaralandı.",
        [(IED, 3)],
    ),
    ("tr", "", "Şırnak'ta pazartesi günü düzenlenen saldırıda şehit sayısı 6'ya yükseldi.", [(C, 6)]),
    (
        "tr",
        "",
        "Batman'da salı günü polis aracına yapılan silahlı saldırıda en az iki polis hayatını kaybetti.",
        [(C, 2)],
    ),
    ("tr", "", "Mardin'de pazartesi günü askeri karakola yapılan saldırıda 4 asker yaralandı.", [(C, 0)]),
    (
        "tr",
        "",
        "Siirt'te salı günü çıkan çatışmada 2 asker şehit oldu, 5 terörist etkisiz hale getirildi.",
        [(C, 7)],
    ),
    (
        "tr",
        "",
        "Van'da pazartesi günü yapılan bombalı saldırıda onlarca kişi hayatını kaybetti.",
        [(IED, 12)],
    ),
    (
        "tr",
        "",
        "Tunceli'de salı günü askeri araca yapılan saldırıda bir asker şehit oldu. Yaralanan bir asker de hastanede hayatını kaybetti.",
        [(C, 2)],
    ),
    # ------------------------------------------------------------------ de
    (
        "de",
        "",
        "Bei einem Anschlag auf einen Markt in Kabul sind am Dienstag mindestens acht Menschen getötet und 20 verletzt worden.",
        [(A, 8)],
    ),
    (
        "de",
        "",
        "Die Zahl der Toten nach dem Raketenangriff auf Charkiw am Montag ist auf 13 gestiegen.",
        [(SH, 13)],
    ),
    (
        "de",
        "",
        "Bei einem Drohnenangriff auf Odessa sind am Dienstag sechs Menschen verletzt worden.",
        [(AIR, 0)],
    ),
    (
        "de",
        "",
        "Dutzende Menschen wurden am Montag bei einem Luftangriff auf ein Dorf in Darfur getötet.",
        [(AIR, 12)],
    ),
    (
        "de",
        "",
        "Bei einem Luftangriff auf Rafah wurden am Dienstag fünf Menschen getötet. Seit Beginn des Krieges wurden im Gazastreifen mehr als 40.000 Menschen getötet.",
        [(AIR, 5)],
    ),
    (
        "de",
        "",
        "Zwischen zehn und fünfzehn Menschen wurden am Montag bei einem Angriff bewaffneter Männer auf ein Dorf in Zamfara getötet.",
        [(A, 10)],
    ),
    (
        "de",
        "",
        "Bei einem Raketenangriff auf Dnipro wurden am Dienstag drei Menschen getötet; ein Verletzter starb später im Krankenhaus.",
        [(SH, 4)],
    ),
    # ------------------------------------------------------------------ id
    (
        "id",
        "",
        "Sedikitnya lima warga tewas dan tujuh lainnya luka-luka dalam serangan kelompok bersenjata di Distrik Sugapa, Intan Jaya, pada Selasa.",
        [(A, 5)],
    ),
    (
        "id",
        "",
        "Jumlah korban tewas serangan kelompok bersenjata di Kiwirok pada Senin bertambah menjadi delapan orang.",
        [(A, 8)],
    ),
    (
        "id",
        "",
        "Kelompok bersenjata menyerang pos TNI di Distrik Beoga, Puncak, pada Selasa; dua prajurit tewas dan tiga anggota kelompok itu juga tewas.",
        [(C, 5)],
    ),
    (
        "id",
        "",
        "Tiga warga terluka dalam serangan kelompok bersenjata di Distrik Ilaga, Puncak, pada Senin.",
        [(A, 0)],
    ),
    (
        "id",
        "",
        "Puluhan orang tewas dalam serangan kelompok bersenjata di Distrik Ndugama pada Selasa.",
        [(A, 12)],
    ),
    (
        "id",
        "",
        "Kelompok bersenjata menembak mati dua tukang ojek di Distrik Oksibil pada Senin. Sejak awal tahun, 30 warga sipil tewas di Papua.",
        [(A, 2)],
    ),
    (
        "id",
        "",
        "Empat orang tewas dalam ledakan bom di sebuah gereja di Makassar pada Selasa, termasuk dua pelaku.",
        [(SB, 4)],
    ),
    # ------------------------------------------------------------------ sw
    (
        "sw",
        "",
        "Watu wasiopungua kumi waliuawa Jumanne katika shambulio la wanamgambo kwenye kijiji cha Mpeketoni, kaunti ya Lamu.",
        [(A, 10)],
    ),
    (
        "sw",
        "",
        "Idadi ya waliouawa katika shambulio la Jumatatu katika kijiji cha Baledogle imefikia 15.",
        [(A, 15)],
    ),
    (
        "sw",
        "",
        "Wapiganaji wa al-Shabaab walishambulia kambi ya jeshi huko Mandera Jumanne; wanajeshi watatu waliuawa na wapiganaji saba pia waliuawa.",
        [(C, 10)],
    ),
    (
        "sw",
        "",
        "Watu sita walijeruhiwa Jumatatu katika shambulio la watu wenye silaha katika kijiji cha Kibirizi.",
        [(A, 0)],
    ),
    (
        "sw",
        "",
        "Makumi ya watu waliuawa Jumanne katika shambulio la waasi kwenye kijiji cha Rutshuru.",
        [(A, 12)],
    ),
    (
        "sw",
        "",
        "Watu wenye silaha waliwaua watu wanne Jumatatu katika kijiji cha Beni. Tangu mwaka 2014, zaidi ya watu 6000 wameuawa katika eneo hilo.",
        [(A, 4)],
    ),
    # ------------------------------------------------------------------ hi
    ("hi", "", "मंगलवार को सुकमा जिले में नक्सलियों के हमले में कम से कम पांच जवान मारे गए और सात घायल हो गए।", [(C, 5)]),
    ("hi", "", "सोमवार को बीजापुर में हुए हमले में मरने वालों की संख्या बढ़कर ९ हो गई।", [(A, 9)]),
    ("hi", "", "मंगलवार को दंतेवाड़ा में आईईडी विस्फोट में चार जवान घायल हो गए।", [(IED, 0)]),
    ("hi", "", "सोमवार को कांकेर में सुरक्षा बलों और नक्सलियों के बीच मुठभेड़ में दो जवान और छह नक्सली मारे गए।", [(C, 8)]),
    ("hi", "", "मंगलवार को पुलवामा में आतंकवादियों के हमले में दर्जनों लोग मारे गए।", [(A, 12)]),
    ("hi", "", "सोमवार को नारायणपुर में नक्सलियों के हमले में ३ ग्रामीण मारे गए।", [(A, 3)]),
    # ------------------------------------------------------------------ more shapes, en / fr / es
    (
        "en",
        "",
        "Police said 6 to 10 people were killed when gunmen opened fire on a bus near Mandera on Monday.",
        [(A, 6)],
    ),
    (
        "en",
        "",
        "A suicide bomber killed scores of people at a mosque in Peshawar on Tuesday, officials said.",
        [(SB, 20)],
    ),
    (
        "en",
        "",
        "Gunmen killed four people in Kajuru, Kaduna state, on Tuesday. Last month an attack on the same village killed 30 people.",
        [(A, 4)],
    ),
    (
        "en",
        "",
        "Local officials said 12 people were killed in an air strike on Kutum on Monday, while the army put the toll at seven.",
        [(AIR, 7)],
    ),
    (
        "fr",
        "",
        "Des hommes armés ont tué lundi quatre civils à Barsalogho; un blessé a succombé mardi à l'hôpital, portant le bilan à cinq morts.",
        [(A, 5)],
    ),
    (
        "fr",
        "",
        "Le bombardement a fait sept morts mardi à Goma, selon la société civile, et quatre selon l'armée.",
        [(SH, 4)],
    ),
    (
        "es",
        "",
        "Hombres armados mataron el lunes a cuatro personas en Chilpancingo, Guerrero; otra víctima murió el martes en el hospital.",
        [(A, 5)],
    ),
    (
        "es",
        "",
        "Hombres armados mataron el martes a tres personas en Tlajomulco, Jalisco. En marzo, un ataque en el mismo lugar dejó 11 muertos.",
        [(A, 3)],
    ),
    (
        "pt",
        "",
        "Insurgentes mataram três soldados na terça-feira em Mocímboa da Praia; quatro insurgentes também morreram nos combates.",
        [(C, 7)],
    ),
    ("ru", "", "Во вторник при обстреле Белгорода погибли двое мирных жителей и один военный.", [(SH, 3)]),
    (
        "de",
        "",
        "Bei dem Angriff auf das Dorf wurden am Montag in Borno mindestens sieben Soldaten und zwei Zivilisten getötet.",
        [(A, 9)],
    ),
    ("tr", "", "Hakkari'de salı günü çıkan çatışmada 3 asker ve 1 korucu şehit oldu.", [(C, 4)]),
]
