"""Round 16 probe reports for Violence against civilians and second events in en, fr, es, pt, ar
and ru: short reports written for these tests in the shapes real news of the type takes (read via
the search tool this round: gunmen raiding two villages on two nights in Kaduna and Zamfara, a
burial attacked the morning after a massacre, mass abductions in Borno and Zamfara, a family
killed and a second group abducted on the same day in Nariño, gangs killing families in Sinaloa
and Oaxaca, land killings in Mato Grosso and Pará, raids and abductions of civilians in Deir
ez-Zor, executions of passengers in Ghor, fighters executing civilians in a basement in Donetsk,
villagers shot at a checkpoint in Chechnya); invented incidents at real places, no sentence of any
report and no evaluation text. Each: (language, headline, text, the rows expected as (sub-event
type, fatalities or None for any)); [] = a report with no event.

ACLED's codebook: Violence against civilians = Attack, Abduction/forced disappearance, Sexual
violence; a second event is its own row when its place, day, type or actors differ (the second
village raided the next night, the abduction after the killing, the clash with the soldiers who
came after the attack). People killed and others abducted in one raid at one place are one row, the
attack (ACLED codes one event by its gravest sub-type); abducted at another village, a row of its own.
Sexual violence probes expect the sub-type with any toll."""

PUBLISHED = "2025-11-19"  # a Wednesday

ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"
SEXUAL = "Sexual violence"
CLASH = "Armed clash"
LOOTING = "Looting/property destruction"

PROBES = [
    # ================================================================== en
    (
        "en",
        "",
        "Gunmen on motorcycles killed 14 villagers in Kurmin Masara, Kaduna State, on Monday night, residents said.",
        [(ATTACK, 14)],
    ),
    (
        "en",
        "",
        "Bandits abducted 31 passengers travelling on the Kaduna-Abuja highway near Katari on Tuesday, police said.",
        [(ABDUCTION, 0)],
    ),
    (
        "en",
        "",
        "Gunmen killed six farmers in Dogon Noma, Kaduna State, on Sunday. On Monday the attackers struck the nearby village of Ungwan Bako and killed nine people.",
        [(ATTACK, 6), (ATTACK, 9)],
    ),
    (
        "en",
        "",
        "Suspected herders killed 12 people in Mbalom, Benue State, on Saturday and abducted four women from the neighbouring village of Ayati the same night.",
        [(ATTACK, 12), (ABDUCTION, 0)],
    ),
    (
        "en",
        "",
        "Soldiers shot dead five civilians at a checkpoint near Kidal, Mali, on Tuesday, a local official said.",
        [(ATTACK, 5)],
    ),
    (
        "en",
        "",
        "Police officers shot dead three unarmed men in the Mathare slum of Nairobi on Monday, a rights group said.",
        [(ATTACK, 3)],
    ),
    (
        "en",
        "",
        "Armed men raped at least eight women in the village of Kalehe, South Kivu, on Sunday night, a local health worker said.",
        [(SEXUAL, 0)],
    ),
    (
        "en",
        "",
        "Militants killed 11 civilians in Kamanyola on Monday. Soldiers who arrived later clashed with the militants outside the town, and two soldiers were killed.",
        [(ATTACK, 11), (CLASH, 2)],
    ),
    (
        "en",
        "",
        "Gunmen kidnapped a Catholic priest from his parish house in Ikulu, Kaduna State, on Tuesday night.",
        [(ABDUCTION, 0)],
    ),
    (
        "en",
        "",
        "Al-Shabaab fighters beheaded four villagers in Bulo Mareer, Lower Shabelle, on Sunday, accusing them of spying.",
        [(ATTACK, 4)],
    ),
    (
        "en",
        "",
        "A day after gunmen killed 20 people in Maru, the attackers returned on Tuesday and shot dead seven mourners at the burial.",
        [(ATTACK, 7)],
    ),
    (
        "en",
        "",
        "Gunmen stormed a mosque in Mazakuka, Katsina State, during dawn prayers on Friday and killed 16 worshippers.",
        [(ATTACK, 16)],
    ),
    # ================================================================== fr
    (
        "fr",
        "",
        "Des hommes armés ont tué sept civils lundi soir dans le village de Djibasso, dans la province de la Kossi, au Burkina Faso.",
        [(ATTACK, 7)],
    ),
    (
        "fr",
        "",
        "Des jihadistes présumés ont enlevé une vingtaine de femmes mardi près d'Arbinda, dans le nord du Burkina Faso.",
        [(ABDUCTION, 0)],
    ),
    (
        "fr",
        "",
        "Des assaillants ont tué cinq villageois dimanche à Kalala, dans la région de Ségou. Le lendemain, ils ont attaqué le village voisin de Boura et tué trois autres habitants.",
        [(ATTACK, 5), (ATTACK, 3)],
    ),
    (
        "fr",
        "",
        "Des rebelles ont tué neuf civils et enlevé douze autres samedi dans le territoire de Beni, au Nord-Kivu.",
        [(ATTACK, 9)],  # one raid, one place: one row, the attack (ACLED codes the graver sub-type)
    ),
    (
        "fr",
        "",
        "Des militaires ont exécuté quatre bergers mardi près de Djenné, dans le centre du Mali, selon des habitants.",
        [(ATTACK, 4)],
    ),
    (
        "fr",
        "",
        "Une dizaine de femmes ont été violées par des hommes armés dimanche dans le village de Minova, au Sud-Kivu.",
        [(SEXUAL, 0)],
    ),
    (
        "fr",
        "",
        "Trois civils ont été tués par balles mardi à Bambari par des éléments armés, a indiqué la Minusca.",
        [(ATTACK, 3)],
    ),
    (
        "fr",
        "",
        "Des hommes armés ont enlevé un chef coutumier et ses deux fils dans la nuit de lundi à mardi à Tillabéri, au Niger.",
        [(ABDUCTION, 0)],
    ),
    (
        "fr",
        "",
        "Des combattants ont tué six habitants lundi à Djibo, puis ont pillé et incendié le marché de la ville.",
        [(ATTACK, 6)],
    ),
    # ================================================================== es
    (
        "es",
        "",
        "Un grupo armado asesinó a cinco campesinos el lunes en una vereda del municipio de Argelia, en el Cauca, Colombia.",
        [(ATTACK, 5)],
    ),
    (
        "es",
        "",
        "Hombres armados secuestraron a siete trabajadores de una mina el martes en Tumbes, Perú, informó la policía.",
        [(ABDUCTION, 0)],
    ),
    (
        "es",
        "",
        "Un comando armado asesinó a seis integrantes de una familia el domingo en Fresnillo, Zacatecas, y horas después atacó una casa en Jerez, donde mató a otras dos personas.",
        [(ATTACK, 6), (ATTACK, 2)],
    ),
    (
        "es",
        "",
        "Disidentes de las FARC asesinaron a dos líderes sociales y secuestraron a otros cuatro el sábado en Tibú, Norte de Santander.",
        [(ATTACK, 2)],  # one raid, one place: one row
    ),
    (
        "es",
        "",
        "Militares dispararon contra un vehículo y mataron a tres jóvenes desarmados el lunes en Nuevo Laredo, Tamaulipas.",
        [(ATTACK, 3)],
    ),
    (
        "es",
        "",
        "Cuatro mujeres fueron violadas por hombres armados el martes en una comunidad indígena de Chiapas, denunció una organización local.",
        [(SEXUAL, 0)],
    ),
    (
        "es",
        "",
        "Hombres armados asesinaron a balazos a ocho personas el viernes en la comunidad de San Miguel, en el municipio de Tepalcatepec, Michoacán.",
        [(ATTACK, 8)],
    ),
    (
        "es",
        "",
        "Un grupo criminal quemó veinte viviendas el lunes en Chenalhó, Chiapas. El miércoles, hombres armados regresaron y asesinaron a tres pobladores.",
        [(LOOTING, 0), (ATTACK, 3)],
    ),
    (
        "es",
        "",
        "Un grupo armado desapareció a cinco jóvenes el domingo en Lagos de Moreno, Jalisco, denunciaron sus familias.",
        [(ABDUCTION, 0)],
    ),
    # ================================================================== pt
    (
        "pt",
        "",
        "Homens armados mataram quatro trabalhadores rurais na segunda-feira em um acampamento em Colniza, Mato Grosso.",
        [(ATTACK, 4)],
    ),
    (
        "pt",
        "",
        "Insurgentes decapitaram cinco civis no domingo na aldeia de Nanjaba, no distrito de Muidumbe, em Cabo Delgado.",
        [(ATTACK, 5)],
    ),
    (
        "pt",
        "",
        "Insurgentes mataram três civis na terça-feira em Mocímboa da Praia e raptaram duas mulheres na aldeia vizinha de Awasse.",
        [(ATTACK, 3), (ABDUCTION, 0)],
    ),
    (
        "pt",
        "",
        "Homens armados sequestraram um empresário na segunda-feira em Pemba, na província de Cabo Delgado, em Moçambique.",
        [(ABDUCTION, 0)],
    ),
    (
        "pt",
        "",
        "Policiais militares mataram dois jovens desarmados na terça-feira no bairro do Jacarezinho, no Rio de Janeiro.",
        [(ATTACK, 2)],
    ),
    (
        "pt",
        "",
        "Pistoleiros mataram dois indígenas no sábado em Tomé-Açu, no Pará. No domingo, o mesmo grupo atacou uma aldeia em Acará e matou mais um indígena.",
        [(ATTACK, 2), (ATTACK, 1)],
    ),
    (
        "pt",
        "",
        "Duas mulheres foram violadas por insurgentes na segunda-feira na aldeia de Chai, em Macomia, segundo fontes locais.",
        [(SEXUAL, 0)],
    ),
    (
        "pt",
        "",
        "Um grupo armado matou a tiro seis pessoas numa aldeia do distrito de Ancuabe, em Cabo Delgado, na quarta-feira.",
        [(ATTACK, 6)],
    ),
    # ================================================================== ar
    (
        "ar",
        "",
        "قتل مسلحون خمسة مدنيين يوم الاثنين في قرية بريف دير الزور الشرقي في سوريا.",
        [(ATTACK, 5)],
    ),
    (
        "ar",
        "",
        "اختطف مسلحون سبعة مدنيين يوم الثلاثاء في بلدة الحوايج بريف دير الزور واقتادوهم إلى جهة مجهولة.",
        [(ABDUCTION, 0)],
    ),
    (
        "ar",
        "",
        "قتل مسلحون رجلا وخطفوا 12 امرأة وطفلا يوم الأحد في قرية بولاية زامفارا في نيجيريا.",
        [(ATTACK, 1)],  # one raid, one place: one row
    ),
    (
        "ar",
        "",
        "أعدم مسلحون تسعة ركاب يوم الاثنين بعد إيقاف حافلة على طريق في ولاية غور بأفغانستان.",
        [(ATTACK, 9)],
    ),
    (
        "ar",
        "",
        "قتل مسلحون أربعة مزارعين يوم السبت في قرية بولاية كاتسينا، وفي اليوم التالي هاجموا قرية أخرى وقتلوا ستة أشخاص.",
        [(ATTACK, 4), (ATTACK, 6)],
    ),
    (
        "ar",
        "",
        "قتل جنود ثلاثة مدنيين بالرصاص يوم الثلاثاء عند حاجز قرب مدينة الفاشر في السودان.",
        [(ATTACK, 3)],
    ),
    (
        "ar",
        "",
        "اغتصب مسلحون عشر نساء يوم الأحد في قرية قرب مدينة الجنينة في ولاية غرب دارفور.",
        [(SEXUAL, 0)],
    ),
    # ================================================================== ru
    (
        "ru",
        "",
        "Боевики убили восемь мирных жителей в понедельник в селе в провинции Сари-Пуль на севере Афганистана.",
        [(ATTACK, 8)],
    ),
    (
        "ru",
        "",
        "Вооружённые люди похитили шестерых местных жителей во вторник в деревне в штате Замфара на северо-западе Нигерии.",
        [(ABDUCTION, 0)],
    ),
    (
        "ru",
        "",
        "Военные расстреляли четырёх мирных жителей в подвале дома в Покровске в понедельник, сообщила прокуратура.",
        [(ATTACK, 4)],
    ),
    (
        "ru",
        "",
        "Боевики расстреляли пятерых мирных жителей в селе Кулары в воскресенье, а в понедельник обстреляли автомобиль под Ведено, погиб водитель.",
        [(ATTACK, 5), (ATTACK, 1)],
    ),
    (
        "ru",
        "",
        "Боевики обезглавили семерых мирных жителей во вторник в деревне близ города Пальма на севере Мозамбика.",
        [(ATTACK, 7)],
    ),
    (
        "ru",
        "",
        "Боевики убили трёх мирных жителей и похитили ещё десятерых в воскресенье в селе в провинции Итури в ДР Конго.",
        [(ATTACK, 3)],  # one raid, one place: one row
    ),
    # ================================================================== no event
    (
        "en",
        "",
        "Human rights groups said on Tuesday that attacks on civilians in central Mali have risen over the past year.",
        [],
    ),
    (
        "fr",
        "",
        "Le tribunal de Bamako a condamné mardi deux anciens soldats pour l'exécution de civils en 2022.",
        [],
    ),
    (
        "es",
        "",
        "Las familias de los desaparecidos marcharán el sábado en Guadalajara para exigir su búsqueda.",
        [],
    ),
]
