"""Round 18 crowd probe reports (issue 13, Protests and Riots in every language): short reports written
for these tests in the shapes of real copy read via the search tool this round (marches and strikes,
police dispersals with tear gas, water cannon, batons and rubber bullets, live fire on crowds, stone
throwing and tyre burning, lynchings and mob beatings of suspected thieves) in English, French,
Spanish, Portuguese, Swahili, Arabic, Turkish, Indonesian and Hindi. No sentence of any report and no
evaluation text. Each: (language, headline, text, the rows expected as (sub-event type, fatalities or
None for any)); [] = a report with no event.

ACLED's distinctions the rows follow: a demonstration nobody breaks up is a Peaceful protest; one the
police disperse, arrest or tear-gas is a Protest with intervention; one the state's forces fire on with
live rounds or kill in is Excessive force against protesters; a crowd that itself throws stones, burns
or clashes is a Violent demonstration; a crowd that attacks people or property with no demonstration
(a lynching) is Mob violence.

Counted on the code before this branch ("right before") and after: see the report of r18-crowd."""

PUBLISHED = "2026-03-18"  # a Wednesday

PROBES = [
    # ------------------------------------------------------------------ en
    (
        "en",
        "Teachers march in Nakuru over unpaid arrears",
        "Thousands of teachers marched through the streets of Nakuru on Saturday to demand the payment of salary arrears, carrying placards and singing. The march ended peacefully outside the county offices.",
        [("Peaceful protest", 0)],
    ),
    (
        "en",
        "Police tear-gas vendors in Lilongwe",
        "Police in Lilongwe fired tear gas on Tuesday to disperse hundreds of street vendors who were protesting against their eviction from the city centre, witnesses said.",
        [("Protest with intervention", 0)],
    ),
    (
        "en",
        "Three killed as troops fire on protesters in Kassala",
        "Security forces opened fire on demonstrators in Kassala on Monday, killing three people, a doctors' committee said. The protesters had gathered to denounce the arrest of a local leader.",
        [("Excessive force against protesters", 3)],
    ),
    (
        "en",
        "Youths torch police post in Kasese",
        "Angry youths hurled stones at police officers and set fire to a police post in Kasese on Tuesday after a boda boda rider died in custody, police said.",
        [("Violent demonstration", 0)],
    ),
    (
        "en",
        "Two suspected goat thieves lynched in Dumka",
        "Villagers beat two men to death in Dumka district on Monday night after accusing them of stealing goats, police said. Four people have been arrested.",
        [("Mob violence", 2)],
    ),
    (
        "en",
        "Unions threaten strike",
        "Transport unions threatened on Tuesday to call a nationwide strike next month if the government does not withdraw the new fuel levy.",
        [],
    ),
    (
        "en",
        "Protesters arrested outside parliament in Harare",
        "Riot police arrested 14 protesters outside parliament in Harare on Tuesday as they demonstrated against rising bread prices.",
        [("Protest with intervention", 0)],
    ),
    (
        "en",
        "Two killed as fuel protests turn deadly in Kano",
        "Protests over the price of fuel turned deadly in Kano on Monday, where police shot dead two demonstrators near the central market, witnesses told reporters.",
        [("Excessive force against protesters", 2)],
    ),
    (
        "en",
        "Violence in Eldoret",
        "Violence broke out between protesters and police in Eldoret on Tuesday as traders opposed to the closure of the old market tried to reopen it.",
        [("Violent demonstration", 0)],
    ),
    # ------------------------------------------------------------------ fr
    (
        "fr",
        "Des milliers de manifestants à Toulouse contre la réforme",
        "Plusieurs milliers de personnes ont manifesté samedi à Toulouse contre la réforme de l'assurance chômage, à l'appel des syndicats. Le cortège s'est dispersé dans le calme en fin d'après-midi.",
        [("Peaceful protest", 0)],
    ),
    (
        "fr",
        "Conakry : des manifestants dispersés au gaz lacrymogène",
        "Les forces de l'ordre ont dispersé mardi à coups de gaz lacrymogènes des centaines de manifestants qui protestaient contre les coupures d'électricité à Conakry.",
        [("Protest with intervention", 0)],
    ),
    (
        "fr",
        "Deux manifestants tués par balles à Kankan",
        "Deux manifestants ont été tués par balles lundi à Kankan lorsque les forces de sécurité ont tiré à balles réelles sur la foule qui protestait contre la hausse du prix du carburant, selon des sources hospitalières.",
        [("Excessive force against protesters", 2)],
    ),
    (
        "fr",
        "Bouaké : des jeunes en colère incendient un commissariat",
        "Des jeunes en colère ont incendié un commissariat et lancé des pierres sur les policiers dimanche à Bouaké, après la mort d'un conducteur de moto-taxi lors d'un contrôle.",
        [("Violent demonstration", 0)],
    ),
    (
        "fr",
        "Un présumé voleur lynché à Bunia",
        "Un présumé voleur a été lynché à mort par une foule en colère dimanche à Bunia, dans la province de l'Ituri, a indiqué la police.",
        [("Mob violence", 1)],
    ),
    (
        "fr",
        "Les syndicats appellent à manifester",
        "Les syndicats appellent à manifester jeudi prochain à Paris contre le projet de loi sur les retraites.",
        [],
    ),
    (
        "fr",
        "Lubumbashi : trois morts lors d'une marche",
        "Trois personnes ont été tuées lundi à Lubumbashi lors de la répression d'une marche de l'opposition, selon une ONG locale.",
        [("Excessive force against protesters", 3)],
    ),
    (
        "fr",
        "Nantes : violences en marge du cortège",
        "Des violences ont éclaté entre manifestants et policiers samedi à Nantes, en marge du cortège contre la réforme.",
        [("Violent demonstration", 0)],
    ),
    (
        "fr",
        "Siguiri : deux manifestants tués",
        "Des milliers de personnes ont manifesté lundi à Siguiri, où les forces de l'ordre ont tué deux manifestants, selon l'opposition.",
        [("Excessive force against protesters", 2)],
    ),
    (
        "fr",
        "Amnesty dénonce",
        "Le régime a réprimé ses opposants à Conakry, selon un rapport d'Amnesty International publié mardi.",
        [],
    ),
    (
        "fr",
        "Commerces pillés à Conakry",
        "Plusieurs commerces ont été pillés lundi à Conakry pendant les manifestations contre la vie chère, ont rapporté des habitants.",
        [("Violent demonstration", 0)],
    ),
    # ------------------------------------------------------------------ es
    (
        "es",
        "Jubilados marchan frente al Congreso",
        "Cientos de jubilados marcharon el miércoles frente al Congreso en Buenos Aires para reclamar un aumento de sus pensiones.",
        [("Peaceful protest", 0)],
    ),
    (
        "es",
        "Dispersan con gases a manifestantes en Cochabamba",
        "La policía dispersó con gases lacrimógenos a los manifestantes que bloqueaban la carretera entre Cochabamba y Oruro el lunes, y detuvo a seis personas.",
        [("Protest with intervention", 0)],
    ),
    (
        "es",
        "Muere un manifestante en Juliaca",
        "Un manifestante murió el martes por un disparo de la policía durante las protestas contra el gobierno en Juliaca, informó la Defensoría del Pueblo.",
        [("Excessive force against protesters", 1)],
    ),
    (
        "es",
        "Encapuchados queman una patrulla en Santiago",
        "Un grupo de encapuchados lanzó piedras contra los carabineros y quemó una patrulla el jueves en Santiago, al término de una marcha estudiantil.",
        [("Violent demonstration", 0)],
    ),
    (
        "es",
        "Linchan a presunto ladrón en Puebla",
        "Vecinos enfurecidos golpearon hasta la muerte a un presunto ladrón el domingo en San Martín Texmelucan, Puebla, antes de que llegara la policía.",
        [("Mob violence", 1)],
    ),
    (
        "es",
        "Operativo para la marcha",
        "La Policía anunció un operativo de seguridad para la marcha convocada para el próximo domingo en Lima.",
        [],
    ),
    (
        "es",
        "Tres muertos en El Alto",
        "Tres personas murieron el lunes en El Alto durante la represión de una marcha de campesinos, según la Defensoría del Pueblo.",
        [("Excessive force against protesters", 3)],
    ),
    (
        "es",
        "Dos manifestantes muertos en Popayán",
        "Miles de personas salieron a las calles el lunes en Popayán, donde la policía mató a dos manifestantes, denunciaron organizaciones sociales.",
        [("Excessive force against protesters", 2)],
    ),
    # ------------------------------------------------------------------ pt
    (
        "pt",
        "Professores protestam em Belo Horizonte",
        "Milhares de professores da rede estadual protestaram nesta terça-feira no centro de Belo Horizonte por reajuste salarial.",
        [("Peaceful protest", 0)],
    ),
    (
        "pt",
        "PM dispersa manifestantes em Porto Alegre",
        "A Polícia Militar dispersou com bombas de gás lacrimogêneo e balas de borracha um grupo de manifestantes que protestava contra o aumento da tarifa de ônibus em Porto Alegre na segunda-feira.",
        [("Protest with intervention", 0)],
    ),
    (
        "pt",
        "Dois manifestantes mortos em Nampula",
        "Dois manifestantes foram mortos a tiro pela polícia na quinta-feira em Nampula, durante uma marcha contra os resultados eleitorais, segundo uma organização de direitos humanos.",
        [("Excessive force against protesters", 2)],
    ),
    (
        "pt",
        "Manifestantes queimam pneus em Maputo",
        "Manifestantes queimaram pneus e apedrejaram viaturas da polícia no sábado em Maputo, e a polícia respondeu com gás lacrimogéneo.",
        [("Violent demonstration", 0)],
    ),
    (
        "pt",
        "Suspeito de roubo linchado em São Luís",
        "Um homem suspeito de roubo foi espancado até a morte por moradores no domingo em São Luís, segundo a Polícia Civil.",
        [("Mob violence", 1)],
    ),
    (
        "pt",
        "Motoristas de aplicativo protestam em São Paulo",
        "Motoristas de aplicativo realizaram um ato nesta segunda-feira em São Paulo contra as novas regras das plataformas.",
        [("Peaceful protest", 0)],
    ),
    (
        "pt",
        "Mortos em Nampula",
        "Milhares de pessoas protestaram na segunda-feira em Nampula, onde a polícia matou dois manifestantes, segundo a Plataforma Decide.",
        [("Excessive force against protesters", 2)],
    ),
    (
        "pt",
        "Deputado em campanha",
        "O deputado realizou um ato de campanha em Curitiba na segunda-feira.",
        [],
    ),
    (
        "pt",
        "Lojas saqueadas em Maputo",
        "Dezenas de lojas foram saqueadas e uma esquadra foi incendiada durante os protestos de quarta-feira na Matola, segundo a polícia.",
        [("Violent demonstration", 0)],
    ),
    # ------------------------------------------------------------------ sw
    (
        "sw",
        "Wafanyabiashara waandamana Arusha",
        "Mamia ya wafanyabiashara waliandamana jana mjini Arusha kupinga ongezeko la kodi ya masoko.",
        [("Peaceful protest", 0)],
    ),
    (
        "sw",
        "Polisi watumia mabomu ya machozi Mwanza",
        "Polisi walitumia mabomu ya machozi kuwatawanya waandamanaji mjini Mwanza jana, na watu kumi walikamatwa.",
        [("Protest with intervention", 0)],
    ),
    (
        "sw",
        "Mtuhumiwa wa wizi auawa na wananchi Kibaha",
        "Mtu mmoja anayetuhumiwa kwa wizi ameuawa kwa kuchomwa moto na wananchi wenye hasira jana wilayani Kibaha, polisi walisema.",
        [("Mob violence", 1)],
    ),
    (
        "sw",
        "Vijana warusha mawe Kisumu",
        "Vijana waliwarushia polisi mawe na kuchoma matairi barabarani mjini Kisumu jana wakipinga kifo cha mwenzao.",
        [("Violent demonstration", 0)],
    ),
    (
        "sw",
        "Upinzani watangaza maandamano",
        "Viongozi wa upinzani wametangaza kuwa watafanya maandamano ya nchi nzima wiki ijayo kupinga ongezeko la bei ya mafuta.",
        [],
    ),
    # ------------------------------------------------------------------ ar
    (
        "ar",
        "مظاهرة في صفاقس",
        "تظاهر المئات في مدينة صفاقس يوم الثلاثاء للمطالبة بتوفير فرص العمل للشباب.",
        [("Peaceful protest", 0)],
    ),
    (
        "ar",
        "الشرطة تفرق متظاهرين في أم درمان",
        "أطلقت الشرطة الغاز المسيل للدموع يوم الإثنين لتفريق مئات المتظاهرين في مدينة أم درمان.",
        [("Protest with intervention", 0)],
    ),
    (
        "ar",
        "مقتل متظاهرين في الناصرية",
        "قتل ثلاثة متظاهرين برصاص قوات الأمن يوم الأحد خلال احتجاجات في مدينة الناصرية، بحسب مصادر طبية.",
        [("Excessive force against protesters", 3)],
    ),
    (
        "ar",
        "محتجون يرشقون قوات الأمن بالحجارة في البصرة",
        "رشق محتجون قوات الأمن بالحجارة وأحرقوا الإطارات أمام مبنى المحافظة في البصرة يوم الإثنين.",
        [("Violent demonstration", 0)],
    ),
    (
        "ar",
        "مواجهات في القصرين",
        "اندلعت مواجهات بين المتظاهرين والشرطة في مدينة القصرين ليلة الأحد، بحسب شهود عيان.",
        [("Violent demonstration", 0)],
    ),
    # ------------------------------------------------------------------ tr
    (
        "tr",
        "İzmir'de işçiler yürüdü",
        "İzmir'de yüzlerce belediye işçisi ücretlerinin ödenmesi için salı günü yürüyüş yaptı.",
        [("Peaceful protest", 0)],
    ),
    (
        "tr",
        "Kadıköy'de gruba polis müdahalesi",
        "Kadıköy'de toplanan gruba polis biber gazı ve tazyikli suyla müdahale etti, 20 kişi gözaltına alındı.",
        [("Protest with intervention", 0)],
    ),
    (
        "tr",
        "Diyarbakır'da göstericiler polise taş attı",
        "Diyarbakır'da izinsiz gösteri yapan grup polise taş ve molotof kokteyli attı, bir zırhlı araç yakıldı.",
        [("Violent demonstration", 0)],
    ),
    (
        "tr",
        "Antakya'da linç",
        "Antakya'da hırsızlık yaptığı iddia edilen bir kişi pazar günü linç edildi.",
        [("Mob violence", None)],
    ),
    # ------------------------------------------------------------------ id
    (
        "id",
        "Ribuan buruh unjuk rasa di Surabaya",
        "Ribuan buruh menggelar unjuk rasa di depan kantor gubernur di Surabaya, Selasa, menuntut kenaikan upah minimum.",
        [("Peaceful protest", 0)],
    ),
    (
        "id",
        "Polisi tembakkan gas air mata di Makassar",
        "Polisi menembakkan gas air mata untuk membubarkan massa mahasiswa yang berunjuk rasa di Makassar, Senin malam.",
        [("Protest with intervention", 0)],
    ),
    (
        "id",
        "Massa bakar pos polisi di Manokwari",
        "Massa membakar pos polisi dan melempari aparat dengan batu di Manokwari, Selasa, setelah seorang warga tewas tertabrak.",
        [("Violent demonstration", 0)],
    ),
    (
        "id",
        "Pria tewas dihakimi massa di Bekasi",
        "Seorang pria tewas dihakimi massa setelah dituduh mencuri sepeda motor di Bekasi, Minggu.",
        [("Mob violence", 1)],
    ),
    (
        "id",
        "Bentrok di Makassar",
        "Bentrokan antara demonstran dan polisi terjadi di Makassar, Senin sore, setelah massa menolak membubarkan diri.",
        [("Violent demonstration", 0)],
    ),
    # ------------------------------------------------------------------ hi
    (
        "hi",
        "पटना में छात्रों का प्रदर्शन",
        "पटना में सैकड़ों छात्रों ने मंगलवार को परीक्षा रद्द करने की मांग को लेकर प्रदर्शन किया।",
        [("Peaceful protest", 0)],
    ),
    (
        "hi",
        "लखनऊ में प्रदर्शनकारियों पर लाठीचार्ज",
        "लखनऊ में पुलिस ने मंगलवार को प्रदर्शनकारियों पर लाठीचार्ज किया और आंसू गैस के गोले छोड़े।",
        [("Protest with intervention", 0)],
    ),
    (
        "hi",
        "चोरी के शक में युवक की पीट-पीटकर हत्या",
        "गोड्डा जिले में सोमवार को भीड़ ने चोरी के शक में एक युवक की पीट-पीटकर हत्या कर दी।",
        [("Mob violence", 1)],
    ),
    (
        "hi",
        "पटना में पथराव और आगजनी",
        "पटना में बुधवार को प्रदर्शनकारियों ने पुलिस पर पथराव किया और कई वाहनों में आग लगा दी।",
        [("Violent demonstration", 0)],
    ),
]
