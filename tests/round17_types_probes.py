"""Round 17 probe reports for Protests, Riots and Strategic developments in en, fr, es, pt, de, ru,
ar, tr, id and sw: short reports written for these tests in the shapes real news of each sub-type
takes (read via the search tool this round: tear gas on marches in Istanbul, Harare, Bihar and
Hong Kong; water cannon on banned rallies in Berlin, Hamburg and Frankfurt; detentions at
unsanctioned rallies in Moscow and Rostov; tear gas on crowds in Cairo, Tunis and Beirut; biber gazı
on marches in Taksim and Ankara; gas air mata on students outside the DPR in Jakarta and Serang;
mabomu ya machozi on Chadema supporters in Arusha and Mwanza; mobs burning suspected thieves in
Delta, Yenagoa, Mbale, Nsanje, Sénébicoro, Mbeya and Kahama; lynchings in São Mateus and São Luís and
in the State of Mexico; police stations burned by crowds in Ciracas and Padang Cermin; opposition
leaders seized at dawn in Harare and Lahore; ceasefires signed in Addis Ababa, Maputo, Bangui and
Doha; rebels leaving Homs and Dumayr under evacuation deals; prisoner exchanges between Russia and
Ukraine; communal clashes and curfews in Bhainsa, Chhabra and Kawardha); invented incidents at
real places, no sentence of any report and no evaluation text. Each: (language, headline, text, the
rows expected as (sub-event type, fatalities or None for any)); [] = a report with no event.

Protest and riot actors follow the guide: actor1 is the protesters or rioters (`ACTOR1_OF`)."""

PUBLISHED = "2026-03-11"  # a Wednesday

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

# the guide: the first actor of a protest or a riot row names the crowd (ACLED's "Protesters (X)")
ACTOR1_OF = {
    PEACEFUL: "Protesters",
    INTERVENTION: "Protesters",
    EXCESSIVE: "Protesters",
    VIOLENT: "Rioters",
    MOB: "Rioters",
}

PROBES = [
    # ================================================================== en
    (
        "en",
        "",
        "Hundreds of cotton farmers marched to the district commissioner's office in Gulu on Monday to demand payment for last season's crop.",
        [(PEACEFUL, 0)],
    ),
    (
        "en",
        "",
        "Nurses at the main referral hospital in Kisii downed tools on Tuesday and held a sit-in at the gate over three months of unpaid salaries.",
        [(PEACEFUL, 0)],
    ),
    (
        "en",
        "",
        "Police fired tear gas on Tuesday to disperse hundreds of opposition supporters who had gathered outside the electoral commission in Lilongwe.",
        [(INTERVENTION, 0)],
    ),
    (
        "en",
        "",
        "Officers used batons and water cannon to break up a women's march in Lahore on Sunday and detained about 40 participants.",
        [(INTERVENTION, 0)],
    ),
    (
        "en",
        "",
        "Two students were shot dead on Monday when police opened fire on a demonstration against fee increases at the university in Kasese.",
        [(EXCESSIVE, 2)],
    ),
    (
        "en",
        "",
        "Youths protesting the death of a motorcycle taxi driver in police custody threw stones at officers and set a patrol car on fire in Mombasa on Tuesday.",
        [(VIOLENT, 0)],
    ),
    (
        "en",
        "",
        "Members of two communities clashed in Bhadrak on Sunday night, pelting each other with stones and torching a dozen shops; authorities imposed a curfew.",
        [(VIOLENT, 0)],
    ),
    (
        "en",
        "",
        "A mob beat and set ablaze a man accused of stealing a phone at a market in Warri on Tuesday morning, killing him.",
        [(MOB, 1)],
    ),
    (
        "en",
        "",
        "Police in Harare arrested the leader of the main opposition party in a dawn raid on his home on Tuesday.",
        [(ARRESTS, 0)],
    ),
    (
        "en",
        "",
        "The government of South Sudan and the rebel National Salvation Front signed a ceasefire deal in Rome on Monday.",
        [(AGREEMENT, 0)],
    ),
    (
        "en",
        "",
        "Hundreds of rebel fighters handed over their heavy weapons and left the town of Rastan on Monday under a deal with government forces.",
        [(TRANSFER, 0)],
    ),
    (
        "en",
        "",
        "Protesters angry over the disputed vote looted shops and smashed the windows of a bank branch in central Maseru on Monday night.",
        [(VIOLENT, 0)],
    ),
    # ================================================================== fr
    (
        "fr",
        "",
        "Plusieurs centaines d'enseignants ont manifesté lundi devant le ministère de l'Éducation à Niamey pour réclamer le paiement de leurs primes.",
        [(PEACEFUL, 0)],
    ),
    (
        "fr",
        "",
        "Des agriculteurs ont bloqué mardi avec leurs tracteurs la rocade de Toulouse pour protester contre la baisse du prix du lait.",
        [(PEACEFUL, 0)],
    ),
    (
        "fr",
        "",
        "Les forces de l'ordre ont dispersé mardi à Dakar, à coups de gaz lacrymogènes, une manifestation de partisans de l'opposition et interpellé une trentaine de personnes.",
        [(INTERVENTION, 0)],
    ),
    (
        "fr",
        "",
        "Trois manifestants ont été tués lundi à Labé lorsque les gendarmes ont tiré à balles réelles sur un cortège contre la vie chère.",
        [(EXCESSIVE, 3)],
    ),
    (
        "fr",
        "",
        "Des jeunes en colère ont incendié lundi le commissariat de Kaolack et érigé des barricades après la mort d'un conducteur de moto-taxi.",
        [(VIOLENT, 0)],
    ),
    (
        "fr",
        "",
        "Un présumé voleur de moto a été lynché puis brûlé vif par une foule en colère mardi matin à Bobo-Dioulasso.",
        [(MOB, 1)],
    ),
    (
        "fr",
        "",
        "Le principal opposant tchadien a été arrêté mardi à son domicile de N'Djamena par des agents des renseignements.",
        [(ARRESTS, 0)],
    ),
    (
        "fr",
        "",
        "Le gouvernement centrafricain et le groupe armé UPC ont signé lundi à Bangui un accord de cessez-le-feu.",
        [(AGREEMENT, 0)],
    ),
    (
        "fr",
        "",
        "Les rebelles du M23 se sont retirés lundi de la localité de Kitshanga et l'ont remise à la force régionale sans combat.",
        [(TRANSFER, 0)],
    ),
    (
        "fr",
        "",
        "Des hommes armés ont pillé et incendié dimanche soir plusieurs boutiques du marché de Kaga-Bandoro, sans faire de victime.",
        [(LOOTING, 0)],
    ),
    (
        "fr",
        "",
        "Un chef de guerre anti-balaka s'est rendu lundi à la Minusca à Bambari avec une quarantaine de ses hommes.",
        [(CHANGE, 0)],
    ),
    # ================================================================== es
    (
        "es",
        "",
        "Miles de jubilados marcharon el martes frente al Congreso en Buenos Aires para exigir un aumento de sus pensiones.",
        [(PEACEFUL, 0)],
    ),
    (
        "es",
        "",
        "Campesinos cocaleros bloquearon el lunes la carretera entre Cochabamba y Santa Cruz en protesta por la erradicación de sus cultivos.",
        [(PEACEFUL, 0)],
    ),
    (
        "es",
        "",
        "La policía lanzó gases lacrimógenos el martes para dispersar a cientos de estudiantes que marchaban hacia el Palacio de Gobierno en Lima.",
        [(INTERVENTION, 0)],
    ),
    (
        "es",
        "",
        "Agentes antidisturbios desalojaron el lunes a los maestros que acampaban en la plaza central de Oaxaca y detuvieron a doce de ellos.",
        [(INTERVENTION, 0)],
    ),
    (
        "es",
        "",
        "Dos manifestantes murieron el lunes en Juliaca cuando soldados dispararon contra una multitud que protestaba frente al aeropuerto.",
        [(EXCESSIVE, 2)],
    ),
    (
        "es",
        "",
        "Encapuchados lanzaron piedras y bombas molotov contra la policía y quemaron un autobús el martes durante una protesta en Santiago.",
        [(VIOLENT, 0)],
    ),
    (
        "es",
        "",
        "Pobladores enfurecidos lincharon el martes a un presunto ladrón de motocicletas en Ciudad Sandino; el hombre murió camino al hospital.",
        [(MOB, 1)],
    ),
    (
        "es",
        "",
        "La policía detuvo el lunes en Managua a dos dirigentes de la oposición que habían convocado una marcha.",
        [(ARRESTS, 0)],
    ),
    (
        "es",
        "",
        "El Gobierno colombiano y la guerrilla del ELN firmaron el martes en La Habana un acuerdo de cese al fuego de seis meses.",
        [(AGREEMENT, 0)],
    ),
    (
        "es",
        "",
        "Hombres armados saquearon el lunes por la noche tiendas y una farmacia en el centro de Tumaco y quemaron dos vehículos, sin dejar heridos.",
        [(LOOTING, 0)],
    ),
    (
        "es",
        "",
        "Un comandante de las disidencias de las FARC se entregó el martes al Ejército en San Vicente del Caguán junto con quince combatientes.",
        [(CHANGE, 0)],
    ),
    # ================================================================== pt
    (
        "pt",
        "",
        "Centenas de professores protestaram na terça-feira em frente à Assembleia Legislativa de Porto Alegre contra o corte de salários.",
        [(PEACEFUL, 0)],
    ),
    (
        "pt",
        "",
        "Estudantes ocuparam na segunda-feira a reitoria da Universidade Eduardo Mondlane, em Maputo, exigindo o pagamento das bolsas.",
        [(PEACEFUL, 0)],
    ),
    (
        "pt",
        "",
        "A Polícia Militar lançou bombas de gás lacrimogêneo na terça-feira para dispersar manifestantes que marchavam pela avenida principal de Belo Horizonte.",
        [(INTERVENTION, 0)],
    ),
    (
        "pt",
        "",
        "Agentes da polícia moçambicana dispararam balas reais contra manifestantes na segunda-feira em Nampula, matando três pessoas.",
        [(EXCESSIVE, 3)],
    ),
    (
        "pt",
        "",
        "Manifestantes atiraram pedras contra a polícia e incendiaram pneus na terça-feira na Avenida Eduardo Mondlane, na Beira.",
        [(VIOLENT, 0)],
    ),
    (
        "pt",
        "",
        "Um homem suspeito de assaltar uma farmácia foi linchado por populares na terça-feira no bairro de Marcílio Dias, em Recife, e morreu no local.",
        [(MOB, 1)],
    ),
    (
        "pt",
        "",
        "A polícia prendeu na segunda-feira em Luanda cinco ativistas que preparavam uma manifestação contra o custo de vida.",
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
        "Homens armados saquearam na segunda-feira lojas e armazéns na vila de Mocímboa da Praia, sem fazer vítimas.",
        [(LOOTING, 0)],
    ),
    (
        "pt",
        "",
        "Dezenas de combatentes da Renamo entregaram as armas na terça-feira em Gorongosa no âmbito do processo de desmobilização.",
        [(CHANGE, 0)],
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
        "Landwirte blockierten am Montag mit Traktoren die Zufahrten zum Hafen von Rostock, um gegen die Kürzung von Subventionen zu protestieren.",
        [(PEACEFUL, 0)],
    ),
    (
        "de",
        "",
        "Die Polizei setzte am Sonntag in Frankfurt Wasserwerfer gegen Teilnehmer einer nicht genehmigten Kundgebung ein und nahm 25 Personen fest.",
        [(INTERVENTION, 0)],
    ),
    (
        "de",
        "",
        "Sicherheitskräfte haben am Montag in Isfahan auf Demonstranten geschossen und vier Menschen getötet.",
        [(EXCESSIVE, 4)],
    ),
    (
        "de",
        "",
        "Vermummte warfen am Samstag in Leipzig-Connewitz Steine und Flaschen auf Polizisten und zündeten Barrikaden an.",
        [(VIOLENT, 0)],
    ),
    (
        "de",
        "",
        "Eine aufgebrachte Menge hat am Montag in Bunia einen mutmaßlichen Dieb gelyncht.",
        [(MOB, 1)],
    ),
    (
        "de",
        "",
        "Die Polizei hat am Dienstag in Minsk den Oppositionspolitiker und zwei seiner Mitarbeiter festgenommen.",
        [(ARRESTS, 0)],
    ),
    (
        "de",
        "",
        "Die Regierung des Sudan und die Rebellen der SPLM-N haben am Montag in Juba eine Waffenruhe vereinbart.",
        [(AGREEMENT, 0)],
    ),
    (
        "de",
        "",
        "Bewaffnete Banden haben am Montagabend in Port-au-Prince mehrere Geschäfte geplündert und in Brand gesteckt.",
        [(LOOTING, 0)],
    ),
    (
        "de",
        "",
        "Die Rebellen zogen sich am Dienstag kampflos aus der Stadt Sake zurück und übergaben die Kontrolle an die Armee.",
        [(TRANSFER, 0)],
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
        "Водители маршруток в Бишкеке в понедельник провели забастовку и собрались у здания мэрии с требованием снизить цены на топливо.",
        [(PEACEFUL, 0)],
    ),
    (
        "ru",
        "",
        "Полиция задержала во вторник в Санкт-Петербурге около 60 участников несанкционированной акции на Невском проспекте.",
        [(INTERVENTION, 0)],
    ),
    (
        "ru",
        "",
        "ОМОН применил слезоточивый газ и дубинки, разгоняя в понедельник митинг оппозиции в Тбилиси.",
        [(INTERVENTION, 0)],
    ),
    (
        "ru",
        "",
        "Силовики открыли огонь по протестующим в понедельник в Жанаозене, погибли пять человек.",
        [(EXCESSIVE, 5)],
    ),
    (
        "ru",
        "",
        "Участники беспорядков забросали камнями полицейских и подожгли автомобили во вторник в Махачкале.",
        [(VIOLENT, 0)],
    ),
    (
        "ru",
        "",
        "Сотрудники ФСБ задержали во вторник в Москве известного оппозиционного политика.",
        [(ARRESTS, 0)],
    ),
    (
        "ru",
        "",
        "Россия и Украина во вторник обменялись пленными по формуле 150 на 150.",
        [(AGREEMENT, 0)],
    ),
    (
        "ru",
        "",
        "Армения и Азербайджан подписали в понедельник в Вашингтоне соглашение о прекращении огня.",
        [(AGREEMENT, 0)],
    ),
    (
        "ru",
        "",
        "Боевики без боя покинули город Тадиф в понедельник и передали его под контроль правительственных войск.",
        [(TRANSFER, 0)],
    ),
    (
        "ru",
        "",
        "Толпа жителей во вторник устроила самосуд над подозреваемым в краже в селе под Кара-Балтой, мужчина скончался.",
        [(MOB, 1)],
    ),
    # ================================================================== ar
    (
        "ar",
        "",
        "تظاهر مئات الطلاب الثلاثاء أمام مقر الجامعة في الخرطوم احتجاجا على رفع الرسوم الدراسية.",
        [(PEACEFUL, 0)],
    ),
    (
        "ar",
        "",
        "نظم عشرات المعلمين الاثنين وقفة احتجاجية أمام مبنى المحافظة في البصرة للمطالبة بصرف رواتبهم.",
        [(PEACEFUL, 0)],
    ),
    (
        "ar",
        "",
        "أطلقت الشرطة الغاز المسيل للدموع الثلاثاء لتفريق مئات المحتجين أمام مقر الحكومة في تونس.",
        [(INTERVENTION, 0)],
    ),
    (
        "ar",
        "",
        "فرقت قوات الأمن الاثنين مظاهرة في الجيزة واعتقلت عشرين من المتظاهرين.",
        [(INTERVENTION, 0)],
    ),
    (
        "ar",
        "",
        "قتل ثلاثة متظاهرين الاثنين في الناصرية عندما أطلقت قوات الأمن الرصاص الحي على المحتجين.",
        [(EXCESSIVE, 3)],
    ),
    (
        "ar",
        "",
        "رشق محتجون قوات الأمن بالحجارة وأحرقوا إطارات السيارات الثلاثاء في طرابلس.",
        [(VIOLENT, 0)],
    ),
    (
        "ar",
        "",
        "اعتقلت قوات الأمن الثلاثاء في القاهرة المعارض البارز ونقلته إلى جهة مجهولة.",
        [(ARRESTS, 0)],
    ),
    (
        "ar",
        "",
        "وقعت الحكومة السودانية والحركة الشعبية الاثنين في جوبا اتفاقا لوقف إطلاق النار.",
        [(AGREEMENT, 0)],
    ),
    (
        "ar",
        "",
        "انسحب المسلحون الاثنين من بلدة الرستن دون قتال وسلموا مواقعهم للجيش.",
        [(TRANSFER, 0)],
    ),
    (
        "ar",
        "",
        "نهب مسلحون الثلاثاء محال تجارية في سوق مدينة نيالا وأحرقوا عددا منها.",
        [(LOOTING, 0)],
    ),
    (
        "ar",
        "",
        "أعلن قائد فصيل مسلح الاثنين انشقاقه مع مئتي مقاتل وانضمامه إلى الجيش في ريف درعا.",
        [(CHANGE, 0)],
    ),
    # ================================================================== tr
    (
        "tr",
        "",
        "Yüzlerce işçi salı günü Kocaeli'de fabrikanın önünde toplanarak ücretlerinin ödenmesini protesto etti.",
        [(PEACEFUL, 0)],
    ),
    (
        "tr",
        "",
        "Üniversite öğrencileri pazartesi günü Ankara'da barınma sorununa karşı yürüyüş düzenledi.",
        [(PEACEFUL, 0)],
    ),
    (
        "tr",
        "",
        "Polis salı günü İstanbul'da Taksim'e yürümek isteyen gruba biber gazı ve tazyikli suyla müdahale etti.",
        [(INTERVENTION, 0)],
    ),
    (
        "tr",
        "",
        "Polis pazartesi günü Ankara'da izinsiz eylem yapan 40 kişiyi gözaltına aldı.",
        [(INTERVENTION, 0)],
    ),
    (
        "tr",
        "",
        "Göstericiler salı günü Diyarbakır'da polise taş ve molotof kokteyli attı.",
        [(VIOLENT, 0)],
    ),
    (
        "tr",
        "",
        "Öfkeli kalabalık pazartesi günü Adana'da hırsızlık şüphelisini linç etmeye çalıştı.",
        [(MOB, 0)],
    ),
    (
        "tr",
        "",
        "Polis salı günü İzmir'de muhalefet partisinin il başkanını gözaltına aldı.",
        [(ARRESTS, 0)],
    ),
    (
        "tr",
        "",
        "Azerbaycan ve Ermenistan pazartesi günü Washington'da barış anlaşması imzaladı.",
        [(AGREEMENT, 0)],
    ),
    (
        "tr",
        "",
        "Örgütün iki üyesi salı günü Şırnak'ta güvenlik güçlerine teslim oldu.",
        [(CHANGE, 0)],
    ),
    # ================================================================== id
    (
        "id",
        "",
        "Ribuan buruh berunjuk rasa di depan gedung DPRD Surabaya pada Selasa menuntut kenaikan upah minimum.",
        [(PEACEFUL, 0)],
    ),
    (
        "id",
        "",
        "Ratusan mahasiswa menggelar aksi damai di Makassar pada Senin untuk menolak kenaikan harga bahan bakar.",
        [(PEACEFUL, 0)],
    ),
    (
        "id",
        "",
        "Polisi menembakkan gas air mata untuk membubarkan massa mahasiswa yang berdemonstrasi di depan gedung DPR di Jakarta pada Selasa.",
        [(INTERVENTION, 0)],
    ),
    (
        "id",
        "",
        "Aparat kepolisian membubarkan paksa aksi unjuk rasa petani di Medan pada Senin dan menangkap 15 orang.",
        [(INTERVENTION, 0)],
    ),
    (
        "id",
        "",
        "Massa membakar kantor polisi sektor dan melempari petugas dengan batu di Mimika pada Selasa malam.",
        [(VIOLENT, 0)],
    ),
    (
        "id",
        "",
        "Seorang pria yang diduga mencuri sepeda motor tewas dihakimi massa di Bekasi pada Senin dini hari.",
        [(MOB, 1)],
    ),
    (
        "id",
        "",
        "Polisi menangkap tiga aktivis mahasiswa di Semarang pada Selasa karena diduga menghasut kerusuhan.",
        [(ARRESTS, 0)],
    ),
    (
        "id",
        "",
        "Tiga anggota kelompok bersenjata menyerahkan diri kepada aparat keamanan di Poso pada Senin.",
        [(CHANGE, 0)],
    ),
    (
        "id",
        "",
        "Kelompok bersenjata menjarah toko-toko dan membakar rumah warga di Intan Jaya pada Senin malam.",
        [(LOOTING, 0)],
    ),
    # ================================================================== sw
    (
        "sw",
        "",
        "Mamia ya wafanyabiashara waliandamana Jumanne mjini Mombasa kupinga ongezeko la kodi.",
        [(PEACEFUL, 0)],
    ),
    (
        "sw",
        "",
        "Walimu katika mkoa wa Mbeya waligoma Jumatatu wakidai malimbikizo ya mishahara yao.",
        [(PEACEFUL, 0)],
    ),
    (
        "sw",
        "",
        "Polisi walitumia mabomu ya machozi Jumanne kuwatawanya wafuasi wa upinzani waliokusanyika mjini Arusha.",
        [(INTERVENTION, 0)],
    ),
    (
        "sw",
        "",
        "Waandamanaji watatu waliuawa Jumatatu mjini Kisumu baada ya polisi kuwafyatulia risasi waandamanaji.",
        [(EXCESSIVE, 3)],
    ),
    (
        "sw",
        "",
        "Vijana wenye hasira walirusha mawe na kuchoma matairi barabarani Jumanne mjini Nakuru.",
        [(VIOLENT, 0)],
    ),
    (
        "sw",
        "",
        "Wananchi wenye hasira kali walimpiga na kumchoma moto hadi kufa mtuhumiwa wa wizi wa pikipiki Jumatatu mjini Kahama.",
        [(MOB, 1)],
    ),
    (
        "sw",
        "",
        "Polisi walimkamata kiongozi wa chama cha upinzani Jumanne mjini Dar es Salaam.",
        [(ARRESTS, 0)],
    ),
    (
        "sw",
        "",
        "Serikali na waasi walitia saini makubaliano ya kusitisha mapigano Jumatatu mjini Addis Ababa.",
        [(AGREEMENT, 0)],
    ),
    (
        "sw",
        "",
        "Wapiganaji kumi wa kundi la waasi walijisalimisha kwa jeshi Jumanne mjini Beni.",
        [(CHANGE, 0)],
    ),
    # ====================================================== more shapes (all languages)
    (
        "en",
        "",
        "Thousands of Gen Z protesters poured into the streets of Kathmandu on Monday, chanting slogans against corruption.",
        [(PEACEFUL, 0)],
    ),
    (
        "en",
        "",
        "Riot police fired rubber bullets at striking miners who had blocked the road to the mine near Rustenburg on Tuesday.",
        [(INTERVENTION, 0)],
    ),
    (
        "en",
        "",
        "Angry residents stoned to death two men suspected of kidnapping a child in Bauchi on Sunday.",
        [(MOB, 2)],
    ),
    (
        "en",
        "",
        "Rival rebel factions agreed to a truce in Tripoli on Tuesday after mediation by tribal elders.",
        [(AGREEMENT, 0)],
    ),
    (
        "fr",
        "",
        "Les gendarmes ont fait usage de gaz lacrymogènes lundi pour disperser des élèves qui manifestaient devant le lycée de Kindia.",
        [(INTERVENTION, 0)],
    ),
    (
        "fr",
        "",
        "Des manifestants ont jeté des pierres sur les policiers et saccagé des magasins mardi soir à Nouméa.",
        [(VIOLENT, 0)],
    ),
    (
        "es",
        "",
        "Cientos de campesinos protestaron el lunes frente a la gobernación de Cusco contra la minería ilegal.",
        [(PEACEFUL, 0)],
    ),
    (
        "es",
        "",
        "Manifestantes derribaron las vallas, lanzaron piedras contra los agentes y saquearon comercios el martes en Guayaquil.",
        [(VIOLENT, 0)],
    ),
    (
        "pt",
        "",
        "A polícia deteve na terça-feira em Maputo o líder de um partido da oposição.",
        [(ARRESTS, 0)],
    ),
    (
        "pt",
        "",
        "Populares espancaram até a morte na segunda-feira um homem acusado de furto em Chimoio.",
        [(MOB, 1)],
    ),
    (
        "de",
        "",
        "Tausende Studierende sind am Montag in Belgrad gegen die Regierung auf die Straße gegangen.",
        [(PEACEFUL, 0)],
    ),
    (
        "de",
        "",
        "Die Polizei löste am Dienstag in Berlin eine Sitzblockade von Klimaaktivisten auf und nahm 30 Menschen in Gewahrsam.",
        [(INTERVENTION, 0)],
    ),
    (
        "ru",
        "",
        "Во вторник в Ереване тысячи человек вышли на акцию протеста с требованием отставки правительства.",
        [(PEACEFUL, 0)],
    ),
    (
        "ar",
        "",
        "خرج آلاف المتظاهرين الاثنين في شوارع بغداد للمطالبة بمحاربة الفساد.",
        [(PEACEFUL, 0)],
    ),
    (
        "ar",
        "",
        "قام حشد غاضب الثلاثاء بضرب رجل متهم بالسرقة حتى الموت في سوق مدينة عدن.",
        [(MOB, 1)],
    ),
    (
        "tr",
        "",
        "Polis salı günü Hakkari'de toplanan kalabalığı biber gazıyla dağıttı.",
        [(INTERVENTION, 0)],
    ),
    (
        "id",
        "",
        "Pemerintah dan kelompok separatis menandatangani perjanjian damai di Helsinki pada Senin.",
        [(AGREEMENT, 0)],
    ),
    (
        "sw",
        "",
        "Polisi waliwakamata wanaharakati watano waliokuwa wakiandamana Jumanne mjini Nairobi.",
        [(INTERVENTION, 0)],
    ),
    # ================================================== reports of several sentences, with a headline
    (
        "en",
        "Police teargas opposition rally in Blantyre",
        "Police in Blantyre fired tear gas on Thursday to break up a rally of opposition supporters who were demanding the resignation of the electoral commission chairperson. Witnesses said officers chased protesters into side streets and arrested at least a dozen. The opposition said it would hold further demonstrations next week. A police spokesman said the gathering had not been authorised.",
        [(INTERVENTION, 0)],
    ),
    (
        "fr",
        "Des manifestants dispersés à Niamey",
        "La police nigérienne a dispersé mardi à Niamey, à l'aide de gaz lacrymogène, plusieurs centaines de jeunes qui manifestaient contre la présence de troupes étrangères. Une dizaine de manifestants ont été interpellés, selon un responsable de la société civile. Les organisateurs ont appelé à une nouvelle marche samedi.",
        [(INTERVENTION, 0)],
    ),
    (
        "es",
        "Marcha de maestros en Tegucigalpa",
        "Miles de maestros marcharon el miércoles por las calles de Tegucigalpa para exigir el pago de salarios atrasados. La manifestación transcurrió sin incidentes y concluyó frente a la Casa Presidencial. Los dirigentes gremiales anunciaron un paro indefinido a partir del lunes.",
        [(PEACEFUL, 0)],
    ),
    (
        "pt",
        "Protesto termina em confronto em Maputo",
        "Manifestantes e polícias envolveram-se em confrontos na terça-feira em Maputo, depois de a polícia ter usado gás lacrimogéneo para dispersar uma marcha contra os resultados eleitorais. Os manifestantes atiraram pedras e ergueram barricadas com pneus em chamas. Pelo menos uma pessoa morreu, segundo um hospital local.",
        [(VIOLENT, 1)],
    ),
    (
        "de",
        "Demonstration in Tiflis aufgelöst",
        "Die georgische Polizei hat in der Nacht zum Mittwoch in Tiflis eine Kundgebung von Regierungsgegnern vor dem Parlament aufgelöst. Dabei setzten die Beamten Wasserwerfer und Pfefferspray ein. Nach Angaben des Innenministeriums wurden 43 Menschen festgenommen.",
        [(INTERVENTION, 0)],
    ),
    (
        "ru",
        "Митинг в Ереване",
        "Несколько тысяч человек во вторник вышли на акцию протеста в центре Еревана, требуя отставки премьер-министра. Протестующие перекрыли движение на проспекте Баграмяна. Полиция задержала 80 участников акции.",
        [(INTERVENTION, 0)],
    ),
    (
        "ar",
        "مقتل متظاهرين في الخرطوم",
        "قتل متظاهران الأحد في الخرطوم برصاص قوات الأمن خلال مظاهرات تطالب بالحكم المدني، بحسب لجنة أطباء السودان. وأطلقت قوات الأمن الغاز المسيل للدموع على المحتجين قرب القصر الرئاسي.",
        [(EXCESSIVE, 2)],
    ),
    (
        "tr",
        "İstanbul'da eyleme müdahale",
        "İstanbul'da salı günü Saraçhane'de toplanan öğrencilere polis biber gazı ve plastik mermiyle müdahale etti. Emniyet açıklamasına göre 52 kişi gözaltına alındı. Eylemciler belediye başkanının tutuklanmasını protesto ediyordu.",
        [(INTERVENTION, 0)],
    ),
    (
        "id",
        "Demo tolak RUU di Makassar ricuh",
        "Aksi unjuk rasa mahasiswa menolak revisi undang-undang di depan gedung DPRD Sulawesi Selatan di Makassar pada Kamis berakhir ricuh. Massa melempari aparat dengan batu dan membakar ban, sementara polisi menembakkan gas air mata. Sedikitnya 20 mahasiswa ditangkap.",
        [(VIOLENT, 0)],
    ),
    (
        "sw",
        "Polisi watawanya waandamanaji Nairobi",
        "Polisi jijini Nairobi walitumia mabomu ya machozi Jumanne kuwatawanya waandamanaji waliokuwa wakipinga ongezeko la kodi. Waandamanaji hao walikuwa wameziba barabara kuu ya Mombasa. Watu kadhaa walikamatwa.",
        [(INTERVENTION, 0)],
    ),
    (
        "en",
        "Ceasefire signed",
        "Sudan's army and the Rapid Support Forces signed a short-term ceasefire in Jeddah on Saturday, the mediators said. The truce is due to take effect on Monday evening and last seven days.",
        [(AGREEMENT, 0)],
    ),
    (
        "fr",
        "Le M23 se retire de Kibumba",
        "Les rebelles du M23 ont remis jeudi la localité de Kibumba à la force régionale de l'EAC, lors d'une cérémonie en présence d'officiers kényans. Le retrait s'est fait sans combat.",
        [(TRANSFER, 0)],
    ),
    (
        "ar",
        "الأمن يفرق وقفة احتجاجية في الجيزة",
        "فرقت قوات الأمن المصرية الاثنين بالغاز المسيل للدموع وقفة احتجاجية لنحو مئة شخص في ميدان بالجيزة. وكان المحتجون يرفعون لافتات تندد بارتفاع الأسعار. وألقت الشرطة القبض على عدد منهم.",
        [(INTERVENTION, 0)],
    ),
    (
        "ar",
        "إضراب عمال الموانئ في البصرة",
        "نظم مئات من عمال ميناء أم قصر الثلاثاء اعتصاما أمام إدارة الميناء للمطالبة بتثبيتهم على الملاك الدائم. وقال أحد المعتصمين إنهم سيواصلون الاعتصام حتى تلبية مطالبهم.",
        [(PEACEFUL, 0)],
    ),
    (
        "tr",
        "Ankara'da öğrenci eylemi",
        "ODTÜ öğrencileri çarşamba günü kampüste yurt ücretlerine yapılan zammı protesto etti. Öğrenciler rektörlük binası önünde oturma eylemi yaptı. Eylem olaysız sona erdi.",
        [(PEACEFUL, 0)],
    ),
    (
        "id",
        "Sopir angkot mogok di Bandung",
        "Ratusan sopir angkutan kota di Bandung mogok beroperasi dan menggelar unjuk rasa di depan Gedung Sate pada Senin. Mereka memprotes beroperasinya taksi daring. Aksi berlangsung tertib.",
        [(PEACEFUL, 0)],
    ),
    (
        "sw",
        "Madereva wa bodaboda waandamana Mbeya",
        "Madereva wa bodaboda jijini Mbeya waliandamana Jumatatu na kufunga barabara kuu wakipinga kukamatwa kwa wenzao. Polisi walitumia mabomu ya machozi kuwatawanya.",
        [(INTERVENTION, 0)],
    ),
    (
        "en",
        "Funeral turns into protest in Jenin",
        "Thousands of mourners marched through Jenin on Tuesday during the funeral of a teenager killed by Israeli troops the day before, chanting slogans against the occupation.",
        [(PEACEFUL, 0)],
    ),
    (
        "fr",
        "Grève des enseignants au Cameroun",
        "Des milliers d'enseignants ont entamé lundi une grève illimitée à Yaoundé et Douala pour réclamer le paiement de leurs arriérés de salaire. Un sit-in a été organisé devant le ministère des Finances.",
        [(PEACEFUL, 0)],
    ),
    (
        "es",
        "Bloqueos de transportistas en Lima",
        "Cientos de transportistas bloquearon el martes varias avenidas de Lima en protesta por la ola de extorsiones. La policía desbloqueó las vías con gases lacrimógenos y detuvo a ocho personas.",
        [(INTERVENTION, 0)],
    ),
    (
        "de",
        "Klimaaktivisten blockieren Autobahn",
        "Klimaaktivisten der Letzten Generation haben am Montag in München eine Autobahnzufahrt blockiert. Einige von ihnen klebten sich auf die Fahrbahn. Die Polizei trug die Demonstranten weg und nahm zwölf von ihnen in Gewahrsam.",
        [(INTERVENTION, 0)],
    ),
    (
        "ru",
        "Забастовка шахтёров в Караганде",
        "Около 300 шахтёров в понедельник отказались подниматься на поверхность на шахте под Карагандой, требуя повышения зарплаты. Представители компании начали переговоры с бастующими.",
        [(PEACEFUL, 0)],
    ),
    (
        "pt",
        "Vigília em Luanda",
        "Dezenas de jovens realizaram na terça-feira uma vigília em frente ao tribunal de Luanda em solidariedade com ativistas detidos. A polícia acompanhou o ato, que decorreu sem incidentes.",
        [(PEACEFUL, 0)],
    ),
    (
        "en",
        "Mob burns church in Jaranwala",
        "A mob set fire to a church and several Christian homes in Jaranwala on Wednesday after accusations of blasphemy. Police said no one was killed.",
        [(MOB, 0)],
    ),
    # ================================================================== no event
    (
        "en",
        "",
        "Opposition parties said on Tuesday they would hold a march in Lusaka next Friday to press for electoral reforms.",
        [],
    ),
    (
        "fr",
        "",
        "Les supporters ont défilé dimanche dans les rues d'Abidjan pour fêter la victoire des Éléphants.",
        [],
    ),
]
