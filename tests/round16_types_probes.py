"""Round 16 probe reports for Protests, Riots and Strategic developments in en, fr, es, pt, de, ru,
ar and tr: short reports written for these tests in the shapes real news of each sub-type takes
(read via the search tool this round: tear gas and water cannon on rallies in Berlin, Hong Kong,
Istanbul, Cairo and Hebron; stones and petrol bombs thrown at riot police in Geneva, Lima and Cairo;
lethal force on sit-ins in Karbala, Nyala and Myanmar's towns; buses burnt after a youth's death in
São Paulo and Vitória; mobs burning suspected thieves in Mbale, Yenagoa and Puebla; detentions at
unsanctioned rallies in Moscow and Vladivostok; raids on activists' homes in Egypt; ceasefires
signed by rebels in Bangui, Juba and Maputo); invented incidents at real places, no sentence of
any report and no evaluation text. Each: (language, headline, text, the rows expected as
(sub-event type, fatalities or None for any)); [] = a report with no event.

ACLED's codebook on the hard case: lethal force or force causing serious injury on protesters who
are not engaged in violence is `Excessive force against protesters` (a Protests sub-type, actor1
the protesters); once the crowd itself throws stones, burns or loots, the event is a riot
(`Violent demonstration`), whoever kills whom."""

PUBLISHED = "2025-11-19"  # a Wednesday

PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
MOB = "Mob violence"
ARRESTS = "Arrests"
AGREEMENT = "Agreement"
LOOTING = "Looting/property destruction"
DISRUPTED = "Disrupted weapons use"
TRANSFER = "Non-violent transfer of territory"
CHANGE = "Change to group/activity"
BASE = "Headquarters or base established"

PROBES = [
    # ================================================================== en
    (
        "en",
        "",
        "Several hundred farmers rallied outside the county assembly in Eldoret on Tuesday against the low price paid for maize.",
        [(PEACEFUL, 0)],
    ),
    (
        "en",
        "",
        "Junior doctors staged a sit-in outside the provincial health department in Peshawar on Monday, demanding the reinstatement of three sacked colleagues.",
        [(PEACEFUL, 0)],
    ),
    (
        "en",
        "Tear gas at fees protest",
        "Police in Harare fired tear gas on Tuesday to break up a march by students against higher tuition fees and detained eleven of them.",
        [(INTERVENTION, 0)],
    ),
    (
        "en",
        "",
        "Riot police used water cannon on Monday to clear hundreds of opposition supporters from a square in central Tbilisi.",
        [(INTERVENTION, 0)],
    ),
    (
        "en",
        "",
        "Security forces opened fire on peaceful demonstrators in Sittwe on Tuesday, killing four people, witnesses said.",
        [(EXCESSIVE, 4)],
    ),
    (
        "en",
        "",
        "Two protesters were shot dead by police on Monday as a march against fuel prices reached the governor's office in Kano.",
        [(EXCESSIVE, 2)],
    ),
    (
        "en",
        "Three killed at election protest",
        "Police shot dead three people on Tuesday during a protest against the election results in Beira, a human rights group said.",
        [(EXCESSIVE, 3)],
    ),
    (
        "en",
        "",
        "Soldiers fired live rounds at a crowd of unarmed protesters in Mandalay on Monday, killing six.",
        [(EXCESSIVE, 6)],
    ),
    (
        "en",
        "",
        "Protesters hurled stones at police and set tyres ablaze in Mombasa on Tuesday during a demonstration against new taxes; officers responded with tear gas.",
        [(VIOLENT, 0)],
    ),
    (
        "en",
        "",
        "Rioters torched a police station in Bauchi on Monday after a protest over the death of a trader turned violent, and two people were killed.",
        [(VIOLENT, 2)],
    ),
    (
        "en",
        "",
        "Youths protesting power cuts looted shops and smashed the windows of the electricity company's office in Kumasi on Tuesday.",
        [(VIOLENT, 0)],
    ),
    (
        "en",
        "",
        "An angry mob beat a suspected cattle thief to death in Mbarara district on Tuesday.",
        [(MOB, 1)],
    ),
    (
        "en",
        "",
        "A mob set ablaze two men accused of stealing a motorcycle in Lokoja on Monday, killing both.",
        [(MOB, 2)],
    ),
    (
        "en",
        "",
        "Villagers attacked and burned the homes of a family accused of witchcraft in Kilifi on Monday.",
        [(MOB, 0)],
    ),
    (
        "en",
        "",
        "Police in Kampala arrested an opposition MP and 14 of his supporters on Tuesday ahead of a planned rally.",
        [(ARRESTS, 0)],
    ),
    (
        "en",
        "",
        "Security forces detained a prominent human rights lawyer at his home in Rawalpindi on Monday night.",
        [(ARRESTS, 0)],
    ),
    (
        "en",
        "",
        "The government of Chad and the rebel Front for Change and Concord signed a ceasefire agreement in Doha on Tuesday.",
        [(AGREEMENT, 0)],
    ),
    (
        "en",
        "",
        "Rebel fighters withdrew from the town of Rutshuru on Monday and handed it over to regional troops without a fight.",
        [(TRANSFER, 0)],
    ),
    (
        "en",
        "",
        "Gunmen looted shops and burned a health centre in the village of Kpankpa, Zamfara State, on Monday night; no one was hurt.",
        [(LOOTING, 0)],
    ),
    (
        "en",
        "",
        "Soldiers defused an improvised explosive device planted on the road between Mopti and Sevare on Tuesday.",
        [(DISRUPTED, 0)],
    ),
    (
        "en",
        "",
        "Troops seized a cache of rifles, grenades and ammunition from a rebel hideout near Butembo on Monday.",
        [(DISRUPTED, 0)],
    ),
    (
        "en",
        "",
        "A senior commander of the ADF surrendered to the army in Beni on Monday with 30 of his fighters.",
        [(CHANGE, 0)],
    ),
    (
        "en",
        "",
        "Fans marched through the streets of Kumasi on Sunday to celebrate their club's league title.",
        [],
    ),
    # ================================================================== fr
    (
        "fr",
        "",
        "Des centaines de commerçants ont manifesté mardi devant la mairie de Bouaké contre la hausse des loyers du marché.",
        [(PEACEFUL, 0)],
    ),
    (
        "fr",
        "",
        "Plusieurs milliers de personnes ont marché lundi dans les rues de Ziguinchor contre les coupures d'eau, sans incident.",
        [(PEACEFUL, 0)],
    ),
    (
        "fr",
        "",
        "Des étudiants de l'université de Lomé ont observé lundi un sit-in devant le rectorat pour exiger le paiement de leurs bourses.",
        [(PEACEFUL, 0)],
    ),
    (
        "fr",
        "",
        "La police a dispersé mardi à coups de gaz lacrymogène un rassemblement de conducteurs de taxi-moto devant le gouvernorat de Kindia et interpellé une vingtaine de manifestants.",
        [(INTERVENTION, 0)],
    ),
    (
        "fr",
        "",
        "Les forces de l'ordre ont empêché lundi la tenue d'une marche de l'opposition à Conakry et arrêté plusieurs de ses responsables.",
        [(INTERVENTION, 0)],
    ),
    (
        "fr",
        "",
        "Les forces de l'ordre ont tiré à balles réelles mardi sur des manifestants pacifiques à Labé, faisant trois morts.",
        [(EXCESSIVE, 3)],
    ),
    (
        "fr",
        "",
        "Deux manifestants ont été tués par balles lundi par la police lors d'une marche contre la vie chère à Kinshasa.",
        [(EXCESSIVE, 2)],
    ),
    (
        "fr",
        "",
        "Des jeunes en colère ont incendié mardi le commissariat de Bambari et jeté des pierres sur les policiers après la mort d'un conducteur de moto-taxi.",
        [(VIOLENT, 0)],
    ),
    (
        "fr",
        "",
        "Des manifestants ont érigé des barricades, brûlé des pneus et saccagé une station-service lundi à Kankan ; un jeune a été tué dans les affrontements avec les forces de sécurité.",
        [(VIOLENT, 1)],
    ),
    (
        "fr",
        "",
        "Un présumé voleur a été lynché à mort mardi par une foule en colère au marché de Dantokpa, à Cotonou.",
        [(MOB, 1)],
    ),
    (
        "fr",
        "",
        "Les gendarmes ont arrêté mardi à Bobo-Dioulasso cinq membres d'une association de la société civile accusés d'atteinte à la sûreté de l'État.",
        [(ARRESTS, 0)],
    ),
    (
        "fr",
        "",
        "Le gouvernement centrafricain et le groupe armé 3R ont signé lundi à N'Djamena un accord de cessez-le-feu.",
        [(AGREEMENT, 0)],
    ),
    (
        "fr",
        "",
        "Les rebelles du M23 se sont retirés mardi de la localité de Kibumba et l'ont remise à la force régionale est-africaine sans combat.",
        [(TRANSFER, 0)],
    ),
    (
        "fr",
        "",
        "Des hommes armés ont pillé et incendié lundi plusieurs boutiques du marché de Djibo, sans faire de victimes.",
        [(LOOTING, 0)],
    ),
    (
        "fr",
        "",
        "L'armée malienne a découvert et détruit mardi un engin explosif improvisé sur l'axe Gao-Ansongo.",
        [(DISRUPTED, 0)],
    ),
    (
        "fr",
        "",
        "Un chef du groupe armé FDPC s'est rendu lundi aux autorités à Bouar avec une quarantaine de combattants.",
        [(CHANGE, 0)],
    ),
    # ================================================================== es
    (
        "es",
        "",
        "Cientos de jubilados marcharon el martes frente al Congreso en Asunción para exigir un aumento de sus pensiones.",
        [(PEACEFUL, 0)],
    ),
    (
        "es",
        "",
        "Trabajadores de la salud realizaron el lunes un plantón frente a la gobernación del Cauca, en Popayán, para reclamar salarios atrasados.",
        [(PEACEFUL, 0)],
    ),
    (
        "es",
        "",
        "La policía dispersó con gases lacrimógenos el martes a un grupo de estudiantes que protestaba frente a la gobernación de Cochabamba y detuvo a doce de ellos.",
        [(INTERVENTION, 0)],
    ),
    (
        "es",
        "",
        "Agentes antidisturbios dispararon contra manifestantes pacíficos el lunes en Juliaca y mataron a dos personas.",
        [(EXCESSIVE, 2)],
    ),
    (
        "es",
        "",
        "Tres manifestantes murieron el martes por disparos de la policía durante una marcha contra el gobierno en Tegucigalpa.",
        [(EXCESSIVE, 3)],
    ),
    (
        "es",
        "",
        "Manifestantes encapuchados lanzaron piedras contra la policía y quemaron una patrulla el martes en Valparaíso durante una protesta contra el alza del transporte.",
        [(VIOLENT, 0)],
    ),
    (
        "es",
        "",
        "Un grupo de manifestantes saqueó el lunes un supermercado y atacó la alcaldía de Chiclayo con bombas incendiarias.",
        [(VIOLENT, 0)],
    ),
    ("es", "", "Una turba linchó el lunes a un presunto ladrón en Tehuacán, Puebla.", [(MOB, 1)]),
    (
        "es",
        "",
        "Vecinos enfurecidos golpearon y quemaron vivo el martes a un hombre acusado de robar a una niña en Zacatlán, Puebla.",
        [(MOB, 1)],
    ),
    (
        "es",
        "",
        "La policía detuvo el martes en Guayaquil a cinco presuntos miembros de la banda Los Lobos.",
        [(ARRESTS, 0)],
    ),
    (
        "es",
        "",
        "El gobierno colombiano y una facción disidente de las FARC firmaron el lunes en Caracas un acuerdo de cese al fuego.",
        [(AGREEMENT, 0)],
    ),
    (
        "es",
        "",
        "Hombres armados saquearon el martes varias tiendas y quemaron dos viviendas en la aldea de Nueva Libertad, en Chiapas, sin causar víctimas.",
        [(LOOTING, 0)],
    ),
    (
        "es",
        "",
        "El ejército desactivó el lunes un artefacto explosivo instalado en la vía entre Tibú y Cúcuta.",
        [(DISRUPTED, 0)],
    ),
    (
        "es",
        "",
        "Soldados incautaron el martes un arsenal de fusiles y granadas en un campamento del ELN en Arauca.",
        [(DISRUPTED, 0)],
    ),
    # ================================================================== pt
    (
        "pt",
        "",
        "Centenas de professores protestaram na terça-feira em frente à Assembleia Legislativa, em Belém, por reajuste salarial.",
        [(PEACEFUL, 0)],
    ),
    (
        "pt",
        "",
        "Motoristas de aplicativo fizeram uma manifestação pacífica na segunda-feira na Avenida Paulista, em São Paulo, contra a alta dos combustíveis.",
        [(PEACEFUL, 0)],
    ),
    (
        "pt",
        "",
        "A Polícia Militar dispersou com bombas de gás lacrimogêneo um protesto de estudantes na terça-feira em Curitiba e deteve oito manifestantes.",
        [(INTERVENTION, 0)],
    ),
    (
        "pt",
        "",
        "A polícia disparou balas reais contra manifestantes pacíficos na terça-feira em Nampula, matando três pessoas.",
        [(EXCESSIVE, 3)],
    ),
    (
        "pt",
        "",
        "Dois manifestantes foram mortos a tiro pela polícia na segunda-feira durante uma marcha contra os resultados eleitorais em Maputo.",
        [(EXCESSIVE, 2)],
    ),
    (
        "pt",
        "",
        "Moradores revoltados incendiaram dois ônibus e bloquearam a avenida na terça-feira em Duque de Caxias, em protesto contra a morte de um jovem.",
        [(VIOLENT, 0)],
    ),
    (
        "pt",
        "",
        "Manifestantes atiraram pedras contra a polícia e saquearam lojas na segunda-feira em Quelimane; a polícia respondeu com gás lacrimogêneo.",
        [(VIOLENT, 0)],
    ),
    (
        "pt",
        "",
        "Um homem suspeito de roubo foi linchado até a morte por populares na terça-feira em Chimoio.",
        [(MOB, 1)],
    ),
    (
        "pt",
        "",
        "A polícia moçambicana deteve na terça-feira em Pemba seis suspeitos de colaborar com os insurgentes.",
        [(ARRESTS, 0)],
    ),
    (
        "pt",
        "",
        "O governo moçambicano e a Junta Militar da Renamo assinaram na terça-feira em Gorongosa um acordo de cessar-fogo.",
        [(AGREEMENT, 0)],
    ),
    (
        "pt",
        "",
        "Insurgentes saquearam e queimaram na segunda-feira várias casas na vila de Macomia, em Cabo Delgado, sem causar vítimas.",
        [(LOOTING, 0)],
    ),
    (
        "pt",
        "",
        "Militares desativaram na terça-feira um engenho explosivo improvisado na estrada entre Mocímboa da Praia e Palma.",
        [(DISRUPTED, 0)],
    ),
    # ================================================================== de
    (
        "de",
        "",
        "Mehrere tausend Menschen haben am Dienstag in Leipzig gegen die Schließung eines Krankenhauses demonstriert.",
        [(PEACEFUL, 0)],
    ),
    (
        "de",
        "",
        "Hunderte Bauern haben am Montag mit ihren Traktoren vor dem Landtag in Hannover gegen die Kürzung von Subventionen protestiert.",
        [(PEACEFUL, 0)],
    ),
    (
        "de",
        "",
        "Die Polizei hat am Dienstag in Istanbul eine Kundgebung von Studenten mit Tränengas aufgelöst und mehr als 40 Teilnehmer festgenommen.",
        [(INTERVENTION, 0)],
    ),
    (
        "de",
        "",
        "Sicherheitskräfte haben am Montag in Zahedan auf friedliche Demonstranten geschossen und fünf Menschen getötet.",
        [(EXCESSIVE, 5)],
    ),
    (
        "de",
        "",
        "Randalierer haben am Dienstag in Hamburg Steine auf Polizisten geworfen und Autos angezündet, nachdem eine Demonstration gegen die Regierung eskaliert war.",
        [(VIOLENT, 0)],
    ),
    (
        "de",
        "",
        "Ein wütender Mob hat am Dienstag in Sargodha einen Mann, dem Blasphemie vorgeworfen wurde, zu Tode geprügelt.",
        [(MOB, 1)],
    ),
    (
        "de",
        "",
        "Die türkische Polizei hat am Dienstag in Diyarbakır zwölf Mitglieder einer prokurdischen Partei festgenommen.",
        [(ARRESTS, 0)],
    ),
    (
        "de",
        "",
        "Die Regierung des Sudan und die Rebellengruppe SPLM-N haben am Montag in Juba ein Waffenstillstandsabkommen unterzeichnet.",
        [(AGREEMENT, 0)],
    ),
    (
        "de",
        "",
        "Bewaffnete haben am Montag in der Ortschaft Kamango im Osten des Kongo Geschäfte geplündert und Häuser in Brand gesteckt, Opfer gab es nicht.",
        [(LOOTING, 0)],
    ),
    (
        "de",
        "",
        "Soldaten haben am Dienstag bei Mopti einen am Straßenrand versteckten Sprengsatz entschärft.",
        [(DISRUPTED, 0)],
    ),
    # ================================================================== ru
    (
        "ru",
        "",
        "Несколько сотен жителей Хабаровска вышли во вторник на митинг против повышения тарифов на отопление.",
        [(PEACEFUL, 0)],
    ),
    (
        "ru",
        "",
        "Полиция во вторник разогнала акцию протеста в центре Тбилиси с помощью водомётов и задержала 25 её участников.",
        [(INTERVENTION, 0)],
    ),
    (
        "ru",
        "",
        "Силовики открыли огонь по мирным демонстрантам во вторник в Андижане, убив шесть человек.",
        [(EXCESSIVE, 6)],
    ),
    (
        "ru",
        "",
        "Протестующие забросали полицейских камнями и подожгли несколько автомобилей во вторник в Нальчике.",
        [(VIOLENT, 0)],
    ),
    (
        "ru",
        "",
        "Толпа жителей избила до смерти мужчину, подозреваемого в краже скота, во вторник в Оше.",
        [(MOB, 1)],
    ),
    (
        "ru",
        "",
        "Сотрудники ФСБ задержали во вторник в Махачкале троих членов запрещённой организации.",
        [(ARRESTS, 0)],
    ),
    (
        "ru",
        "",
        "Правительство Судана и повстанцы НОДС-Север подписали в понедельник в Джубе соглашение о прекращении огня.",
        [(AGREEMENT, 0)],
    ),
    (
        "ru",
        "",
        "Сапёры обезвредили во вторник самодельное взрывное устройство у железнодорожного моста под Брянском.",
        [(DISRUPTED, 0)],
    ),
    (
        "ru",
        "",
        "Вооружённые люди разграбили во вторник магазины на рынке в Гао и подожгли несколько домов.",
        [(LOOTING, 0)],
    ),
    # ================================================================== ar
    (
        "ar",
        "",
        "تظاهر مئات المعلمين الثلاثاء أمام مبنى المحافظة في الناصرية للمطالبة بصرف رواتبهم المتأخرة.",
        [(PEACEFUL, 0)],
    ),
    (
        "ar",
        "",
        "فرقت قوات الأمن الثلاثاء بالغاز المسيل للدموع مئات المتظاهرين أمام مبنى البرلمان في بغداد واعتقلت عشرة منهم.",
        [(INTERVENTION, 0)],
    ),
    (
        "ar",
        "",
        "أطلقت قوات الأمن الرصاص الحي على متظاهرين سلميين في البصرة الثلاثاء ما أسفر عن مقتل ثلاثة منهم.",
        [(EXCESSIVE, 3)],
    ),
    (
        "ar",
        "",
        "أضرم محتجون غاضبون النار في مبنى البلدية ورشقوا قوات الأمن بالحجارة في مدينة القصرين الثلاثاء.",
        [(VIOLENT, 0)],
    ),
    ("ar", "", "اعتقلت قوات الأمن الثلاثاء في الخليل خمسة ناشطين بعد مداهمة منازلهم.", [(ARRESTS, 0)]),
    (
        "ar",
        "",
        "وقعت الحكومة السودانية والحركة الشعبية لتحرير السودان اتفاقا لوقف إطلاق النار الاثنين في جوبا.",
        [(AGREEMENT, 0)],
    ),
    ("ar", "", "نهب مسلحون الثلاثاء محلات تجارية في سوق مدينة نيالا وأحرقوا عددا منها.", [(LOOTING, 0)]),
    ("ar", "", "فككت قوات الأمن الثلاثاء عبوة ناسفة زرعت على جانب طريق في مدينة الرمادي.", [(DISRUPTED, 0)]),
    # ================================================================== tr
    ("tr", "", "Yüzlerce işçi salı günü Kocaeli'de ödenmeyen ücretleri için yürüyüş yaptı.", [(PEACEFUL, 0)]),
    (
        "tr",
        "",
        "Polis salı günü İzmir'de izinsiz gösteri yapan gruba biber gazıyla müdahale etti ve 15 kişiyi gözaltına aldı.",
        [(INTERVENTION, 0)],
    ),
    (
        "tr",
        "",
        "Güvenlik güçleri salı günü Zahedan kentinde barışçıl göstericilere ateş açtı, üç kişi öldü.",
        [(EXCESSIVE, 3)],
    ),
    (
        "tr",
        "",
        "Göstericiler salı günü Diyarbakır'da polise taş ve molotof kokteyli attı, bir iş yerini ateşe verdi.",
        [(VIOLENT, 0)],
    ),
    (
        "tr",
        "",
        "Jandarma salı günü Şanlıurfa'da düzenlenen operasyonda IŞİD üyesi oldukları şüphelenilen 9 kişiyi gözaltına aldı.",
        [(ARRESTS, 0)],
    ),
    (
        "tr",
        "",
        "Güvenlik güçleri salı günü Hakkari'de yol kenarına tuzaklanmış el yapımı bir patlayıcıyı imha etti.",
        [(DISRUPTED, 0)],
    ),
    # ================================================================== more shapes
    (
        "en",
        "",
        "Turkish forces set up a new military base near the village of Bamerni in Duhok province on Monday.",
        [(BASE, 0)],
    ),
    (
        "en",
        "",
        "The army took over the town of Kidal on Tuesday after the armed groups that held it pulled out, without a shot being fired.",
        [(TRANSFER, 0)],
    ),
    (
        "en",
        "",
        "Police arrested 37 people in Lagos on Tuesday during a protest against police brutality.",
        [(INTERVENTION, 0)],
    ),
    (
        "es",
        "",
        "Disidentes de las FARC se retiraron el martes del corregimiento de El Plateado y el ejército entró sin combates.",
        [(TRANSFER, 0)],
    ),
    (
        "de",
        "",
        "Die Polizei hat am Montag in Tiflis mehr als 30 Demonstranten bei einer Kundgebung vor dem Parlament festgenommen.",
        [(INTERVENTION, 0)],
    ),
    (
        "ru",
        "",
        "Полиция задержала в понедельник в Москве 18 участников несогласованного пикета у здания министерства.",
        [(INTERVENTION, 0)],
    ),
    ("ar", "", "قتل حشد غاضب الثلاثاء رجلا متهما بالسرقة ضربا في سوق مدينة الفاشر.", [(MOB, 1)]),
    (
        "tr",
        "",
        "Polis pazartesi günü İstanbul'da Taksim'e yürümek isteyen göstericileri tazyikli su ve biber gazıyla dağıttı.",
        [(INTERVENTION, 0)],
    ),
    (
        "fr",
        "",
        "Une foule a battu à mort lundi deux hommes accusés de vol de bétail dans un village près de Maradi.",
        [(MOB, 2)],
    ),
    (
        "pt",
        "",
        "Cerca de 300 moradores protestaram pacificamente na segunda-feira em frente à prefeitura de Nampula contra a falta de água.",
        [(PEACEFUL, 0)],
    ),
    # ================================================================== harder shapes
    (
        "en",
        "",
        "At least four people were killed on Monday night in Kisumu when police opened fire on mourners holding a candlelight vigil for a slain teacher.",
        [(EXCESSIVE, 4)],
    ),
    (
        "es",
        "",
        "Dos jóvenes murieron el martes en Popayán cuando la policía disparó contra manifestantes que realizaban un plantón frente a la alcaldía.",
        [(EXCESSIVE, 2)],
    ),
    (
        "fr",
        "",
        "Trois personnes ont été tuées lundi à Kindia lorsque les forces de l'ordre ont ouvert le feu sur des manifestants qui tenaient un sit-in devant la préfecture.",
        [(EXCESSIVE, 3)],
    ),
    (
        "pt",
        "",
        "Quatro pessoas morreram na terça-feira em Nampula quando a polícia abriu fogo contra manifestantes que faziam uma vigília.",
        [(EXCESSIVE, 4)],
    ),
    (
        "de",
        "",
        "Bei Protesten gegen die Regierung in Nairobi hat die Polizei am Dienstag zwei Demonstranten erschossen.",
        [(EXCESSIVE, 2)],
    ),
    (
        "en",
        "",
        "Two people died in Eldoret on Tuesday after police shot at protesters who were throwing stones at their vehicles.",
        [(VIOLENT, 2)],
    ),
    (
        "en",
        "Bread protests turn violent",
        "Protests over the price of bread turned violent in Omdurman on Tuesday. Demonstrators set fire to a police post and blocked roads with burning tyres.",
        [(VIOLENT, 0)],
    ),
    ("en", "", "Police arrested five activists at their homes in Lahore on Tuesday.", [(ARRESTS, 0)]),
    ("ru", "", "В понедельник в Казани полиция задержала двух активистов у них дома.", [(ARRESTS, 0)]),
    (
        "fr",
        "",
        "Les services de renseignement ont interpellé mardi à Niamey trois journalistes accusés de complot contre l'État.",
        [(ARRESTS, 0)],
    ),
    (
        "es",
        "",
        "Pobladores enardecidos golpearon hasta la muerte el lunes a dos presuntos secuestradores en Tehuacán, Puebla.",
        [(MOB, 2)],
    ),
    ("en", "", "Angry villagers beat two suspected kidnappers to death in Lokoja on Monday.", [(MOB, 2)]),
    (
        "tr",
        "",
        "Polis salı günü Ankara'da yürüyüş yapan öğrencilerden 20'sini gözaltına aldı.",
        [(INTERVENTION, 0)],
    ),
    # ================================================================== prisoner swaps (ACLED: agreement)
    (
        "es",
        "",
        "El gobierno y los disidentes intercambiaron el domingo prisioneros en Saravena, Arauca.",
        [(AGREEMENT, 0)],
    ),
    (
        "pt",
        "",
        "A Rússia e a Ucrânia trocaram no domingo 90 prisioneiros de guerra em Chernihiv.",
        [(AGREEMENT, 0)],
    ),
    (
        "fr",
        "",
        "Kiev et Moscou ont échangé dimanche 90 prisonniers de guerre près de Tchernihiv.",
        [(AGREEMENT, 0)],
    ),
    (
        "de",
        "",
        "Russland und die Ukraine haben am Sonntag bei Tschernihiw 90 Kriegsgefangene ausgetauscht.",
        [(AGREEMENT, 0)],
    ),
    (
        "ru",
        "",
        "Россия и Украина в воскресенье обменялись 90 военнопленными под Черниговом.",
        [(AGREEMENT, 0)],
    ),
    ("ar", "", "تبادلت روسيا وأوكرانيا الأحد 90 أسير حرب قرب تشيرنيهيف.", [(AGREEMENT, 0)]),
]
