"""Round 18 strategic probe reports (strat, issue 13): short reports written for these tests in the
shapes of the real copy read this round for Strategic developments and the territory sub-types of
Battles: arrests of militants, weapons caches seized and bombs defused, truces and ceasefires signed,
a group's new leader or surrender, property looted or burned with no one hurt, a base set up, towns
retaken by an army, seized by rebels or handed over without a fight; and reports that must give no
row (a trial, a planned arrest, a call for a truce, a plan to retake a town). Read via the search
tool this round: English copy on Nigerian and Afghan towns retaken and on Indian seizures of
explosives; French copy on Nigerian towns retaken and on jihadist arrests in France; Portuguese copy
on Cabo Delgado's district seats occupied and recovered; Spanish copy on armed men burning homes in
Mexico and Colombia and on FARC dissidents' new leaders; Arabic copy on Sudan's army and the RSF and
on Syrian arrests of IS cells; Russian copy on the Defence Ministry's "liberated" villages and FSB
arrests; Turkish copy on PKK caches and surrenders; Swahili copy on al-Shabaab taking Somali towns
and on Tanzanian police seizing guns; Indonesian copy on TNI taking KKB bases. No sentence of any
report and no evaluation text. Each: (language, headline, text, the rows expected as (sub-event
type, fatalities or None for any)); [] = a report with no event.

Counted on the code before this branch ("right before") and after: see the report of r18-strat."""

PUBLISHED = "2026-03-18"  # a Wednesday

PROBES = [
    # ------------------------------------------------------------------ en
    (
        "en",
        "Suspected ISWAP commander arrested in Maiduguri",
        "Police in Borno State on Monday arrested a suspected commander of the Islamic State West Africa Province at a checkpoint in Maiduguri, a police spokesman said. He is being questioned.",
        [("Arrests", None)],
    ),
    (
        "en",
        "Trial of Boko Haram suspects adjourned",
        "A federal high court in Abuja on Tuesday adjourned the trial of five men accused of belonging to Boko Haram until April 20, their lawyers said.",
        [],
    ),
    (
        "en",
        "Government vows to arrest separatist leaders",
        "The information minister said on Tuesday that the government would arrest and prosecute the leaders of the separatist group, speaking to reporters in Enugu.",
        [],
    ),
    (
        "en",
        "Al-Shabaab moves into Mahas after troops pull out",
        "Al-Shabaab fighters moved into the town of Mahas in Hiraan region without a fight on Tuesday after government troops pulled out overnight, residents said.",
        [("Non-violent transfer of territory", None)],
    ),
    (
        "en",
        "Sudan, SPLM-N sign ceasefire in Juba",
        "The Sudanese government and the SPLM-N rebels signed a ceasefire agreement in Juba on Monday, the South Sudanese mediators said.",
        [("Agreement", None)],
    ),
    (
        "en",
        "UN chief calls for truce in El Fasher",
        "The UN Secretary-General on Tuesday called for an immediate ceasefire in El Fasher and urged both warring parties to return to talks in Jeddah.",
        [],
    ),
    (
        "en",
        "ADF names new commander",
        "The Allied Democratic Forces named a new commander on Monday after the death of its leader in an air strike last month, the group said in a statement posted online from North Kivu.",
        [("Change to group/activity", None)],
    ),
    (
        "en",
        "Turkish army sets up base near Zakho",
        "The Turkish army set up a new military base near the town of Zakho in Iraq's Kurdistan region on Monday, local officials said.",
        [("Headquarters or base established", None)],
    ),
    (
        "en",
        "Army plans to retake Marte before rains",
        "The army chief said on Tuesday that troops plan to retake Marte before the rainy season begins, speaking at a briefing in Abuja.",
        [],
    ),
    (
        "en",
        "Troops recover Marte",
        "Troops recovered the town of Marte and adjoining communities from ISWAP on Tuesday, the army said, adding that soldiers were in total control of the area.",
        [("Government regains territory", None)],
    ),
    (
        "en",
        "Army enters Alpuri",
        "The Pakistani army entered Alpuri town on Monday after militants fled, and security forces have secured the district headquarters, a military spokesman said.",
        [("Non-violent transfer of territory", None)],
    ),
    (
        "en",
        "Security forces seize 45 IEDs",
        "Security forces on Tuesday seized 45 improvised explosive devices dumped at the roadside in Manipur's Tengnoupal district, officials said. The devices were destroyed by bomb experts.",
        [("Disrupted weapons use", None)],
    ),
    (
        "en",
        "Rebels hand themselves over",
        "More than 100 rebels handed themselves over to the army with their weapons in the town of Nyala on Monday, a security source said.",
        [("Change to group/activity", None)],
    ),
    (
        "en",
        "Al-Shabaab abandons Kismayo",
        "Al-Shabaab fighters abandoned the port city of Kismayo overnight in what the group called a tactical retreat, residents said on Saturday.",
        [("Non-violent transfer of territory", None)],
    ),
    (
        "en",
        "Rebels hand in weapons in Dumayr",
        "Hundreds of rebel fighters in the town of Dumayr, northeast of Damascus, handed in their weapons on Thursday and began leaving under an evacuation deal with government forces.",
        [("Change to group/activity", None)],
    ),
    (
        "en",
        "Cattle rustled in Zurmi",
        "Bandits rustled more than 200 cattle from herders in Zurmi, Zamfara State, on Monday night; no one was hurt, police said.",
        [("Looting/property destruction", None)],
    ),
    # ------------------------------------------------------------------ fr
    (
        "fr",
        "Mali : un chef jihadiste interpellé à Niono",
        "Un chef jihadiste présumé a été interpellé lundi à Niono par les forces de sécurité maliennes, a-t-on appris de source sécuritaire.",
        [("Arrests", None)],
    ),
    (
        "fr",
        "L'armée reprend Diapaga",
        "L'armée burkinabè a repris dimanche le contrôle de la localité de Diapaga, tombée aux mains des jihadistes la semaine dernière, selon des sources sécuritaires.",
        [("Government regains territory", None)],
    ),
    (
        "fr",
        "Le M23 s'empare de Nyabiondo",
        "Les rebelles du M23 se sont emparés mardi de la localité de Nyabiondo, dans le territoire de Masisi, après des combats contre les FARDC, selon la société civile.",
        [("Non-state actor overtakes territory", None)],
    ),
    (
        "fr",
        "Centrafrique : accord de cessez-le-feu avec les 3R",
        "Le gouvernement centrafricain et le groupe armé 3R ont signé mardi à Bangui un accord de cessez-le-feu, a annoncé la présidence.",
        [("Agreement", None)],
    ),
    (
        "fr",
        "Ouverture du procès de onze jihadistes présumés",
        "Le procès de onze membres présumés d'un groupe jihadiste s'est ouvert lundi devant la cour d'assises spéciale de Paris.",
        [],
    ),
    (
        "fr",
        "Le marché de Kalembe pillé",
        "Des hommes armés ont pillé et incendié le marché de Kalembe, dans le territoire de Masisi au Nord-Kivu, dans la nuit de lundi à mardi, sans faire de victimes, selon des sources locales.",
        [("Looting/property destruction", None)],
    ),
    (
        "fr",
        "Des Maï-Maï déposent les armes à Beni",
        "Une vingtaine de combattants maï-maï ont déposé les armes lundi à Beni et se sont rendus aux FARDC, a annoncé l'armée.",
        [("Change to group/activity", None)],
    ),
    (
        "fr",
        "Paris appelle à une trêve au Soudan",
        "La France a appelé mardi à une trêve immédiate au Soudan et à la reprise des négociations, a déclaré le ministère des Affaires étrangères.",
        [],
    ),
    (
        "fr",
        "Chibok reprise par l'armée",
        "La ville de Chibok, dans le nord-est du Nigeria, tombée aux mains des islamistes jeudi, a été reprise par l'armée samedi soir, a affirmé dimanche un porte-parole.",
        [("Government regains territory", None)],
    ),
    (
        "fr",
        "L'armée recapture Bama",
        "L'armée nigériane a recapturé lundi la ville de Bama, a déclaré un responsable militaire.",
        [("Government regains territory", None)],
    ),
    (
        "fr",
        "Engin explosif désamorcé",
        "Les démineurs ont désamorcé mardi un engin explosif improvisé posé sur l'axe Mora-Kousséri, dans l'Extrême-Nord du Cameroun, selon une source militaire.",
        [("Disrupted weapons use", None)],
    ),
    # ------------------------------------------------------------------ es
    (
        "es",
        "Capturan a cabecilla de disidencia en Tumaco",
        "El Ejército capturó el martes en Tumaco a alias 'el Gato', cabecilla de una disidencia de las FARC, informó el Ministerio de Defensa.",
        [("Arrests", None)],
    ),
    (
        "es",
        "Incautan arsenal en el Cauca",
        "La Policía incautó el lunes un arsenal con fusiles, granadas y explosivos en una finca de la zona rural de Suárez, en el Cauca.",
        [("Disrupted weapons use", None)],
    ),
    (
        "es",
        "Gobierno y ELN firman cese al fuego",
        "El Gobierno colombiano y el ELN firmaron el lunes en La Habana un acuerdo de cese al fuego bilateral de seis meses.",
        [("Agreement", None)],
    ),
    (
        "es",
        "Petro propone un cese al fuego",
        "El presidente dijo el martes que el Gobierno buscará un cese al fuego con las disidencias antes de fin de año.",
        [],
    ),
    (
        "es",
        "Disidencia nombra nuevo jefe en el Guaviare",
        "El Estado Mayor Central anunció el martes un nuevo jefe para su bloque del Guaviare, según un comunicado del grupo armado.",
        [("Change to group/activity", None)],
    ),
    (
        "es",
        "Queman viviendas en Nariño",
        "Hombres armados incendiaron doce viviendas en la vereda El Diviso, en Nariño, el lunes por la noche; no hubo heridos, según la alcaldía.",
        [("Looting/property destruction", None)],
    ),
    (
        "es",
        "Recuperan el control",
        "El Ejército recuperó el control del corregimiento de El Plateado, en el Cauca, tras una operación contra las disidencias.",
        [("Government regains territory", None)],
    ),
    # ------------------------------------------------------------------ pt
    (
        "pt",
        "Insurgentes ocupam Macomia",
        "Os insurgentes ocuparam na terça-feira a vila de Macomia, em Cabo Delgado, após confrontos com as forças de defesa, segundo fontes locais.",
        [("Non-state actor overtakes territory", None)],
    ),
    (
        "pt",
        "FDS recuperam sede distrital de Quissanga",
        "As Forças de Defesa e Segurança recuperaram na segunda-feira o controlo da vila de Quissanga, em Cabo Delgado, anunciou o comandante-geral da polícia.",
        [("Government regains territory", None)],
    ),
    (
        "pt",
        "Polícia detém suspeitos em Pemba",
        "A polícia deteve na segunda-feira em Pemba dois homens suspeitos de ligação aos insurgentes, disse o porta-voz do comando provincial.",
        [("Arrests", None)],
    ),
    (
        "pt",
        "Homens armados saqueiam aldeia de Mitope",
        "Homens armados saquearam lojas e queimaram casas na aldeia de Mitope, distrito de Ancuabe, em Cabo Delgado, no domingo, sem causar vítimas.",
        [("Looting/property destruction", None)],
    ),
    (
        "pt",
        "Julgamento adiado em Pemba",
        "O tribunal judicial de Pemba adiou para abril o julgamento de vinte acusados de integrar os grupos armados.",
        [],
    ),
    (
        "pt",
        "Insurgentes queimam casas",
        "Os insurgentes queimaram cerca de 200 casas na aldeia de Nkóe, em Cabo Delgado, no domingo, mas não há relato de vítimas.",
        [("Looting/property destruction", None)],
    ),
    # ------------------------------------------------------------------ ar
    (
        "ar",
        "القبض على ثلاثة من داعش في دير الزور",
        "ألقت قوى الأمن الداخلي القبض على ثلاثة عناصر من تنظيم داعش في ريف دير الزور الشرقي يوم الاثنين.",
        [("Arrests", None)],
    ),
    (
        "ar",
        "الدعم السريع تسيطر على أم صميمة",
        "سيطرت قوات الدعم السريع يوم الثلاثاء على بلدة أم صميمة غرب مدينة الأبيض بعد اشتباكات مع الجيش.",
        [("Non-state actor overtakes territory", None)],
    ),
    (
        "ar",
        "غوتيريش يدعو إلى وقف إطلاق النار",
        "دعا الأمين العام للأمم المتحدة يوم الثلاثاء إلى وقف فوري لإطلاق النار في السودان.",
        [],
    ),
    (
        "ar",
        "الجيش يتسلم مواقع في جاسم دون قتال",
        "تسلمت قوات الجيش السوري يوم الاثنين مواقع الفصائل في مدينة جاسم بريف درعا دون قتال.",
        [("Non-violent transfer of territory", None)],
    ),
    (
        "ar",
        "الجيش يسترد مواقع",
        "تمكن الجيش السوداني يوم الخميس من استرداد مواقع كانت تحت سيطرة الدعم السريع في حي المهندسين بمدينة أم درمان.",
        [("Government regains territory", None)],
    ),
    (
        "ar",
        "الدعم السريع تعلن سيطرتها",
        "أعلنت قوات الدعم السريع يوم الاثنين سيطرتها الكاملة على منطقة الحمادي جنوب مدينة الأبيض بعد معارك مع الجيش.",
        [("Non-state actor overtakes territory", None)],
    ),
    # ------------------------------------------------------------------ ru
    (
        "ru",
        "ФСБ задержала сторонника ИГ в Махачкале",
        "Сотрудники ФСБ задержали в Махачкале сторонника международной террористической организации, готовившего теракт, сообщили в ЦОС ФСБ.",
        [("Arrests", None)],
    ),
    (
        "ru",
        "Саперы обезвредили взрывное устройство",
        "Саперы обезвредили самодельное взрывное устройство, обнаруженное у железной дороги в Белгородской области, сообщил губернатор.",
        [("Disrupted weapons use", None)],
    ),
    (
        "ru",
        "Суд вынес приговор жителю Таганрога",
        "Суд в Ростове-на-Дону во вторник приговорил жителя Таганрога к 15 годам заключения по делу о госизмене.",
        [],
    ),
    (
        "ru",
        "Установлен контроль над Птичьим",
        "Подразделения группировки войск «Юг» установили полный контроль над поселком Птичье в Донецкой Народной Республике в результате активных боевых действий, сообщило Минобороны.",
        [("Non-state actor overtakes territory", None)],
    ),
    # ------------------------------------------------------------------ tr
    (
        "tr",
        "DEAŞ operasyonu: 12 gözaltı",
        "Terör örgütü DEAŞ'a yönelik operasyonda İstanbul'da 12 şüpheli gözaltına alındı.",
        [("Arrests", None)],
    ),
    (
        "tr",
        "İki terörist teslim oldu",
        "İkna çalışmaları sonucu PKK'dan kaçan 2 terörist Habur Sınır Kapısı'nda güvenlik güçlerine teslim oldu.",
        [("Change to group/activity", None)],
    ),
    (
        "tr",
        "Patlayıcı imha edildi",
        "Mardin'in Derik ilçesi kırsalında bulunan 20 kilogram amonyum nitratla hazırlanmış el yapımı patlayıcı güvenlik güçlerince imha edildi.",
        [("Disrupted weapons use", None)],
    ),
    # ------------------------------------------------------------------ sw
    (
        "sw",
        "Al-Shabaab wauteka mji wa Moqokori",
        "Wanamgambo wa al-Shabaab wameuteka mji wa Moqokori katika eneo la Hiiraan baada ya mapigano makali na jeshi la Somalia.",
        [("Non-state actor overtakes territory", None)],
    ),
    (
        "sw",
        "Polisi wakamata washukiwa wa al-Shabaab Mombasa",
        "Polisi mjini Mombasa wamewakamata washukiwa watatu wa kundi la al-Shabaab siku ya Jumanne.",
        [("Arrests", None)],
    ),
    (
        "sw",
        "Shehena ya silaha yakamatwa",
        "Vikosi vya usalama vimekamata shehena ya silaha katika kambi ya wanamgambo karibu na Lamu siku ya Jumatatu.",
        [("Disrupted weapons use", None)],
    ),
    # ------------------------------------------------------------------ id
    (
        "id",
        "TNI rebut markas KKB di Puncak",
        "Pasukan TNI berhasil merebut markas KKB di Distrik Gome, Kabupaten Puncak, pada Senin setelah kontak tembak.",
        [("Government regains territory", None)],
    ),
    (
        "id",
        "Densus 88 tangkap tiga terduga teroris",
        "Densus 88 Antiteror menangkap tiga terduga teroris di Bekasi, Jawa Barat, pada Selasa.",
        [("Arrests", None)],
    ),
    (
        "id",
        "Pemerintah serukan gencatan senjata",
        "Menteri Luar Negeri menyerukan gencatan senjata segera di Gaza dalam pertemuan di Jakarta pada Selasa.",
        [],
    ),
    (
        "id",
        "TNI kuasai markas KKB",
        "TNI berhasil menguasai markas KKB di Kabupaten Yahukimo pada Kamis setelah kontak tembak, kata juru bicara Kodam.",
        [("Government regains territory", None)],
    ),
]
