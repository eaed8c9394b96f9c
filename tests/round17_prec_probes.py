"""Round 17 precision probe reports (prec: fr, es, pt, ar, ru, tr, de, id, sw, en): short reports
written for these tests in the shapes news takes when it tells no event of its own day, or one real
act beside background. Read via the search tool this round: French copy on the verdicts of the
13 November trial and on a jihadist inmate's sentence, on the national homage and funeral cortege of
soldiers killed in Mali; Spanish copy on Audiencia Nacional sentences for old ETA bombings and on
the 11-M anniversary; Brazilian copy on jury verdicts for school attacks in Santa Catarina; Iraqi
copy on death sentences for old Baghdad bombings, Egyptian and Emirati copy on the Boston and
Kampala bombing trials; Russian copy on the Crocus verdict and on exercises at Russian ranges;
Turkish copy on the Suruç verdict and on Efes and winter live-fire exercises; German and Austrian
copy on the Halle and Solingen verdicts; Indonesian copy on the Bali bombers' execution and on
death sentences in India; Tanzanian court copy on murder sentences. No sentence of any report and
no evaluation text. Each: (language, headline, text, the rows expected as (sub-event type,
fatalities or None for any)); [] = a report with no event of its own day.

Classes (one or more per language): a trial or sentence for an old attack; an anniversary or
memorial; a funeral of people killed earlier; a threat or warning; a military exercise or parade;
an arms purchase; peace talks that fail; a storm or flood with a toll; a crime with no political
side (a robbery, a domestic killing); a report of displacement; and a real act beside background.

Counted on main's code first ("right before") and on the branch: the first 103 reports 72 -> 99; the
second batch (21, written after the first fixes) 10 -> 20 on the branch as first run; the third (12:
elections, matches, denials, claims, warnings, displacement; written after the second fixes) 11 on
main and 11 on the branch as first run, 12 after "en los últimos días" joined the es aggregates."""

PUBLISHED = "2026-03-18"  # a Wednesday

PROBES = [
    # ------------------------------------------------------------------ fr
    (
        "fr",
        "Perpétuité pour l'auteur de l'attaque de la gare de Nîmes",
        "La cour d'assises spéciale de Paris a condamné mardi à la réclusion criminelle à perpétuité un homme de 34 ans pour l'attaque au couteau qui avait tué deux voyageurs à la gare de Nîmes en 2022. Il a été reconnu coupable d'assassinats en relation avec une entreprise terroriste.",
        [],
    ),
    (
        "fr",
        "Le procès des complices de l'attentat de Ouagadougou s'ouvre",
        "Le procès de onze accusés soupçonnés d'avoir aidé les auteurs de l'attentat qui avait fait 19 morts dans un café de Ouagadougou en 2019 s'est ouvert lundi devant le tribunal militaire. Les accusés sont poursuivis pour complicité d'assassinat.",
        [],
    ),
    (
        "fr",
        "",
        "Des centaines de personnes se sont recueillies mardi à Grand-Bassam pour commémorer le dixième anniversaire de l'attaque de la plage, qui avait fait 19 morts. Une gerbe a été déposée devant la stèle en mémoire des victimes.",
        [],
    ),
    (
        "fr",
        "Obsèques des soldats tués à Djibo",
        "Les obsèques des douze soldats tués le mois dernier dans une embuscade près de Djibo ont eu lieu lundi à Ouagadougou, en présence du chef d'état-major. Les cercueils, drapés du drapeau national, ont été salués par leurs frères d'armes.",
        [],
    ),
    (
        "fr",
        "",
        "Le chef de la junte a menacé mardi de frapper les bases des rebelles dans le nord si ceux-ci ne déposaient pas les armes avant la fin du mois.",
        [],
    ),
    (
        "fr",
        "Exercice militaire conjoint au large de Dakar",
        "Les marines sénégalaise et française ont mené mardi un exercice conjoint au large de Dakar, avec des tirs réels sur des cibles flottantes, pour simuler l'interception d'un navire suspect.",
        [],
    ),
    (
        "fr",
        "",
        "Le gouvernement malien a signé lundi à Bamako un contrat pour l'achat de six hélicoptères de combat auprès d'un fournisseur turc, a annoncé le ministère de la Défense.",
        [],
    ),
    (
        "fr",
        "Les pourparlers de paix échouent à Luanda",
        "Les pourparlers entre le gouvernement congolais et les rebelles se sont achevés mardi à Luanda sans accord, les deux délégations s'accusant mutuellement de bloquer les discussions.",
        [],
    ),
    (
        "fr",
        "",
        "Les inondations provoquées par des pluies torrentielles ont fait au moins 23 morts depuis samedi dans la région de Tillabéri, selon la protection civile, et des milliers de familles ont perdu leur maison.",
        [],
    ),
    (
        "fr",
        "",
        "Un homme de 45 ans a été interpellé mardi à Marseille après avoir tué son épouse à coups de couteau au domicile conjugal, a indiqué le parquet.",
        [],
    ),
    (
        "fr",
        "",
        "Des hommes armés ont tué mardi cinq civils dans le village de Kpendjal, dans le nord du Togo. L'attaque survient un an après le massacre qui avait fait 30 morts dans la même zone en mars 2025.",
        [("Attack", 5)],
    ),
    # ------------------------------------------------------------------ es
    (
        "es",
        "Condenan a 40 años a dos miembros de un cártel por la masacre de Salvatierra",
        "Un juez federal condenó el martes a 40 años de prisión a dos integrantes de un cártel por el ataque armado que dejó 12 muertos en un bar de Salvatierra, Guanajuato, en 2024.",
        [],
    ),
    (
        "es",
        "",
        "La Audiencia Nacional juzga desde este lunes a tres acusados de colocar un coche bomba que hirió a 15 personas frente a un cuartel de Vitoria en 2008.",
        [],
    ),
    (
        "es",
        "Homenaje a las víctimas en el aniversario del atentado",
        "Familiares de las víctimas y autoridades rindieron homenaje el martes en Bogotá a los 22 cadetes asesinados en el atentado contra la escuela de policía, en el séptimo aniversario del ataque.",
        [],
    ),
    (
        "es",
        "",
        "Cientos de personas acompañaron el martes en Tumaco el funeral de los cuatro soldados que murieron la semana pasada al pisar una mina antipersonal.",
        [],
    ),
    (
        "es",
        "",
        "El grupo disidente amenazó el martes con atacar a los candidatos que hagan campaña en el sur del Cauca, según un panfleto difundido en redes sociales.",
        [],
    ),
    (
        "es",
        "",
        "Las Fuerzas Armadas de Venezuela realizaron el martes ejercicios militares con fuego real en la península de Paraguaná, con la participación de 3.000 efectivos.",
        [],
    ),
    (
        "es",
        "",
        "El Gobierno peruano firmó el lunes la compra de 24 aviones de combate por 3.500 millones de dólares, informó el Ministerio de Defensa.",
        [],
    ),
    (
        "es",
        "Fracasan los diálogos de paz en Caracas",
        "La mesa de diálogo entre el Gobierno colombiano y el ELN terminó el martes en Caracas sin acuerdos y sin fecha para una nueva ronda.",
        [],
    ),
    (
        "es",
        "",
        "Las lluvias torrenciales causaron al menos 17 muertos y miles de damnificados en el norte de Perú desde el fin de semana, según Defensa Civil.",
        [],
    ),
    (
        "es",
        "",
        "Dos ladrones asaltaron el martes una joyería en el centro de Monterrey y huyeron con un botín de joyas; la policía detuvo a uno de ellos horas después.",
        [],
    ),
    (
        "es",
        "",
        "Hombres armados asesinaron el martes a tres campesinos en una vereda de Tibú, Norte de Santander. En la misma zona, el ataque de 2023 había dejado otros nueve muertos.",
        [("Attack", 3)],
    ),
    # ------------------------------------------------------------------ pt
    (
        "pt",
        "Tribunal condena autores do ataque a escola",
        "O Tribunal do Júri de Curitiba condenou na terça-feira a 180 anos de prisão o homem que matou quatro alunos num ataque a uma escola em 2023. A defesa vai recorrer da sentença.",
        [],
    ),
    (
        "pt",
        "",
        "Começou na segunda-feira em Maputo o julgamento de seis arguidos acusados de apoiar os insurgentes que atacaram a vila de Palma em 2021.",
        [],
    ),
    (
        "pt",
        "",
        "Moradores de Mocímboa da Praia homenagearam na terça-feira as vítimas do primeiro ataque insurgente, numa cerimónia que assinalou oito anos desde a tragédia.",
        [],
    ),
    (
        "pt",
        "",
        "Foi sepultado na terça-feira em Pemba o corpo do comandante da polícia morto num ataque no mês passado, numa cerimónia com honras militares.",
        [],
    ),
    (
        "pt",
        "",
        "O líder da facção ameaçou na terça-feira atacar esquadras da polícia em Luanda caso o governo não liberte os seus membros presos.",
        [],
    ),
    (
        "pt",
        "",
        "As Forças Armadas brasileiras realizaram na terça-feira um exercício militar com tiros reais no sul do Pará, envolvendo 2.000 militares e blindados.",
        [],
    ),
    (
        "pt",
        "",
        "O governo angolano anunciou na segunda-feira a compra de quatro navios de patrulha a um estaleiro francês, num contrato de 300 milhões de euros.",
        [],
    ),
    (
        "pt",
        "",
        "As chuvas intensas mataram pelo menos 31 pessoas em Minas Gerais desde sábado e deixaram mais de 4.000 desalojados, segundo a Defesa Civil.",
        [],
    ),
    (
        "pt",
        "",
        "Um homem de 52 anos matou a mulher a facadas na terça-feira em Campinas e foi preso em flagrante pela Polícia Militar.",
        [],
    ),
    (
        "pt",
        "",
        "Mais de 8.000 pessoas fugiram das suas aldeias no distrito de Ancuabe nas últimas semanas, segundo a agência da ONU para os refugiados, que pediu ajuda para os deslocados.",
        [],
    ),
    (
        "pt",
        "",
        "Insurgentes mataram na terça-feira dois pescadores perto de Macomia, em Cabo Delgado. A província vive desde 2017 uma insurgência que já provocou mais de 4.000 mortos.",
        [("Attack", 2)],
    ),
    # ------------------------------------------------------------------ ar
    (
        "ar",
        "",
        "قضت المحكمة الجنائية المركزية في بغداد يوم الثلاثاء بالإعدام على ثلاثة مدانين بتفجير سيارة مفخخة في سوق الكرادة عام 2016 أسفر عن مقتل العشرات.",
        [],
    ),
    (
        "ar",
        "",
        "بدأت يوم الاثنين محاكمة خمسة متهمين بالتخطيط لهجوم على كنيسة في الإسكندرية، ووجهت إليهم النيابة تهمة الانتماء إلى جماعة إرهابية.",
        [],
    ),
    (
        "ar",
        "",
        "أحيا المئات يوم الثلاثاء في الموصل ذكرى ضحايا التفجير الذي استهدف حفل زفاف قبل خمس سنوات، ووضعوا أكاليل الزهور على النصب التذكاري.",
        [],
    ),
    (
        "ar",
        "",
        "شيع الآلاف يوم الثلاثاء في مدينة صور جثامين ثلاثة مقاتلين قتلوا الشهر الماضي في غارة إسرائيلية.",
        [],
    ),
    (
        "ar",
        "",
        "هدد قائد الجماعة المسلحة يوم الثلاثاء بشن هجمات على السفن في البحر الأحمر إذا استمر الحصار.",
        [],
    ),
    (
        "ar",
        "",
        "أجرت القوات المسلحة المصرية يوم الثلاثاء مناورات عسكرية بالذخيرة الحية في منطقة العلمين بمشاركة وحدات من القوات البحرية والجوية.",
        [],
    ),
    (
        "ar",
        "",
        "وقعت وزارة الدفاع الجزائرية يوم الاثنين صفقة لشراء طائرات مسيرة من شركة تركية، بحسب بيان رسمي.",
        [],
    ),
    (
        "ar",
        "",
        "انتهت جولة المفاوضات بين الحكومة السودانية وقوات الدعم السريع في جدة يوم الثلاثاء دون التوصل إلى اتفاق لوقف إطلاق النار.",
        [],
    ),
    (
        "ar",
        "",
        "لقي 14 شخصا حتفهم جراء السيول التي اجتاحت محافظة حضرموت منذ يوم السبت، وفق الدفاع المدني.",
        [],
    ),
    (
        "ar",
        "",
        "أعلنت الأمم المتحدة يوم الثلاثاء أن أكثر من 20 ألف شخص نزحوا من منازلهم في ولاية النيل الأزرق خلال الأسبوعين الماضيين.",
        [],
    ),
    (
        "ar",
        "",
        "قتل مسلحون مجهولون يوم الثلاثاء أربعة مدنيين في قرية قرب بعقوبة في محافظة ديالى. وتأتي الحادثة بعد عام على هجوم مماثل أودى بحياة 11 شخصا في المنطقة نفسها.",
        [("Attack", 4)],
    ),
    # ------------------------------------------------------------------ ru
    (
        "ru",
        "",
        "Суд в Ростове-на-Дону во вторник приговорил к 20 годам лишения свободы мужчину, признанного виновным в подготовке взрыва на железной дороге в 2024 году.",
        [],
    ),
    (
        "ru",
        "",
        "В Махачкале во вторник начался процесс над четырьмя обвиняемыми в нападении на полицейский пост, в результате которого в 2024 году погибли трое полицейских.",
        [],
    ),
    (
        "ru",
        "",
        "В Беслане во вторник прошли траурные мероприятия в память о погибших в школе, жители возложили цветы к мемориалу.",
        [],
    ),
    (
        "ru",
        "",
        "В Белгороде во вторник простились с двумя военнослужащими, погибшими в прошлом месяце в зоне боевых действий.",
        [],
    ),
    (
        "ru",
        "",
        "Министр обороны пригрозил во вторник нанести удары по центрам принятия решений, если поставки ракет большой дальности продолжатся.",
        [],
    ),
    (
        "ru",
        "",
        "На полигоне в Забайкальском крае во вторник начались учения мотострелковых подразделений с боевой стрельбой, в которых участвуют около 2 тысяч военнослужащих.",
        [],
    ),
    (
        "ru",
        "",
        "Министерство обороны Индии подписало во вторник контракт на закупку партии зенитных ракетных комплексов, сообщило агентство.",
        [],
    ),
    (
        "ru",
        "",
        "Переговоры делегаций в Стамбуле завершились во вторник без результата, стороны не договорились о прекращении огня.",
        [],
    ),
    (
        "ru",
        "",
        "В результате паводка в Оренбургской области с субботы погибли пять человек, эвакуированы более 3 тысяч жителей, сообщило МЧС.",
        [],
    ),
    (
        "ru",
        "",
        "В Казани во вторник задержан мужчина, который в ходе ссоры зарезал своего соседа, сообщили в полиции.",
        [],
    ),
    (
        "ru",
        "",
        "Во вторник в результате обстрела Горловки погибли двое мирных жителей, сообщили местные власти. Город обстреливается с 2014 года, за это время погибли сотни жителей.",
        [("Shelling/artillery/missile attack", 2)],
    ),
    # ------------------------------------------------------------------ tr
    (
        "tr",
        "",
        "Ankara 4. Ağır Ceza Mahkemesi salı günü, 2016 yılında Kızılay'da düzenlenen bombalı saldırının iki sanığına ağırlaştırılmış müebbet hapis cezası verdi.",
        [],
    ),
    (
        "tr",
        "",
        "Diyarbakır'da 2015'teki saldırıya ilişkin davanın ilk duruşması pazartesi günü görüldü; sanıklar üzerlerine atılı suçlamaları reddetti.",
        [],
    ),
    (
        "tr",
        "",
        "Reyhanlı'da bombalı saldırıda hayatını kaybedenler salı günü düzenlenen törenle anıldı; anıta çelenk bırakıldı.",
        [],
    ),
    (
        "tr",
        "",
        "Geçen ay Irak'ın kuzeyinde şehit düşen iki askerin cenazesi salı günü Sivas'ta toprağa verildi.",
        [],
    ),
    (
        "tr",
        "",
        "Örgüt sözcüsü salı günü yaptığı açıklamada, operasyonlar sürerse şehirlerde saldırı düzenleyeceklerini tehdit etti.",
        [],
    ),
    (
        "tr",
        "",
        "Türk Silahlı Kuvvetleri, Kars'ta salı günü kış tatbikatı düzenledi; fiili atışlı tatbikatta hedefler tam isabetle vuruldu.",
        [],
    ),
    (
        "tr",
        "",
        "Savunma Bakanlığı pazartesi günü, 40 savaş uçağının satın alınması için bir anlaşma imzalandığını duyurdu.",
        [],
    ),
    (
        "tr",
        "",
        "Karadeniz'de etkili olan sağanak nedeniyle meydana gelen sellerde cumartesiden bu yana 9 kişi hayatını kaybetti, AFAD açıkladı.",
        [],
    ),
    (
        "tr",
        "",
        "Konya'da bir kişi salı günü tartıştığı eşini bıçaklayarak öldürdü; zanlı polis tarafından gözaltına alındı.",
        [],
    ),
    (
        "tr",
        "",
        "İstanbul'da bir kuyumcuyu soyan iki şüpheli salı günü yakalandı.",
        [],
    ),
    (
        "tr",
        "",
        "Irak'ın kuzeyindeki Metina bölgesinde salı günü çıkan çatışmada iki asker şehit oldu. Bölgede 2019'dan bu yana süren operasyonlarda yüzlerce militan etkisiz hale getirildi.",
        [("Armed clash", 2)],
    ),
    # ------------------------------------------------------------------ de
    (
        "de",
        "Lebenslange Haft für Attentäter von Mannheim",
        "Das Oberlandesgericht Stuttgart hat am Dienstag einen 27-Jährigen wegen des Messerangriffs auf einem Marktplatz im vergangenen Jahr zu lebenslanger Haft verurteilt. Das Gericht stellte die besondere Schwere der Schuld fest.",
        [],
    ),
    (
        "de",
        "",
        "Vor dem Landgericht Köln hat am Montag der Prozess gegen drei Männer begonnen, die einen Sprengstoffanschlag auf eine Moschee geplant haben sollen.",
        [],
    ),
    (
        "de",
        "",
        "Mit einer Gedenkfeier haben am Dienstag in Hanau Hunderte Menschen an die Opfer des rassistischen Anschlags erinnert, bei dem vor sechs Jahren neun Menschen getötet wurden.",
        [],
    ),
    (
        "de",
        "",
        "In Kiew wurde am Dienstag der bei einem Raketenangriff im Februar getötete Journalist beigesetzt.",
        [],
    ),
    (
        "de",
        "",
        "Der Anführer der Miliz drohte am Dienstag mit Angriffen auf Regierungsgebäude, falls die Armee ihre Offensive fortsetze.",
        [],
    ),
    (
        "de",
        "",
        "Die Bundeswehr hat am Dienstag in Litauen ein Manöver mit scharfer Munition begonnen, an dem rund 1.500 Soldaten teilnehmen.",
        [],
    ),
    (
        "de",
        "",
        "Die Bundesregierung hat am Montag den Kauf von 35 Kampfflugzeugen für rund acht Milliarden Euro gebilligt.",
        [],
    ),
    (
        "de",
        "",
        "Bei schweren Unwettern sind in Süddeutschland seit Samstag vier Menschen ums Leben gekommen, Tausende Keller wurden überflutet.",
        [],
    ),
    (
        "de",
        "",
        "Ein 61-jähriger Mann hat in Dortmund seine Ehefrau erstochen und sich anschließend der Polizei gestellt.",
        [],
    ),
    (
        "de",
        "",
        "Unbekannte haben in der Nacht zum Dienstag einen Geldautomaten in Paderborn gesprengt und sind mit der Beute geflohen.",
        [],
    ),
    (
        "de",
        "",
        "Bei einem russischen Drohnenangriff auf Odessa sind am Dienstag drei Menschen getötet worden. Seit Beginn des Krieges wurden in der Region Tausende Zivilisten getötet.",
        [("Air/drone strike", 3)],
    ),
    # ------------------------------------------------------------------ id
    (
        "id",
        "",
        "Pengadilan Negeri Jakarta Timur pada Selasa menjatuhkan vonis penjara seumur hidup kepada terdakwa kasus bom gereja di Makassar pada 2021.",
        [],
    ),
    (
        "id",
        "",
        "Sidang perdana kasus penyerangan pos polisi di Poso tahun lalu digelar pada Senin dengan agenda pembacaan dakwaan.",
        [],
    ),
    (
        "id",
        "",
        "Ratusan warga menghadiri peringatan 20 tahun tragedi bom di Kuta pada Selasa dan menabur bunga di monumen untuk mengenang para korban.",
        [],
    ),
    (
        "id",
        "",
        "Jenazah dua prajurit TNI yang gugur bulan lalu di Intan Jaya dimakamkan pada Selasa di Taman Makam Pahlawan Kalibata dengan upacara militer.",
        [],
    ),
    (
        "id",
        "",
        "Kelompok bersenjata itu mengancam akan menyerang pekerja proyek jalan di Papua jika pembangunan tetap dilanjutkan.",
        [],
    ),
    (
        "id",
        "",
        "TNI Angkatan Laut menggelar latihan tempur dengan peluru tajam di perairan Situbondo pada Selasa yang melibatkan 20 kapal perang.",
        [],
    ),
    (
        "id",
        "",
        "Kementerian Pertahanan menandatangani kontrak pembelian 12 pesawat tempur dari Prancis pada Senin.",
        [],
    ),
    (
        "id",
        "",
        "Banjir bandang dan tanah longsor di Sumatera Barat menewaskan sedikitnya 26 orang sejak Sabtu, menurut Badan Nasional Penanggulangan Bencana.",
        [],
    ),
    (
        "id",
        "",
        "Seorang suami tega membunuh istrinya di Bekasi pada Selasa karena cemburu, dan pelaku langsung ditangkap polisi.",
        [],
    ),
    (
        "id",
        "",
        "Kawanan perampok menggasak toko emas di Medan pada Selasa dan membawa kabur perhiasan senilai ratusan juta rupiah.",
        [],
    ),
    (
        "id",
        "",
        "Kelompok bersenjata menembak mati dua tukang ojek di Distrik Beoga, Puncak, pada Selasa. Sejak 2018, konflik di wilayah itu telah menewaskan puluhan warga sipil.",
        [("Attack", 2)],
    ),
    # ------------------------------------------------------------------ sw
    (
        "sw",
        "",
        "Mahakama Kuu ya Nairobi Jumanne iliwahukumu kifungo cha maisha watu wawili waliopatikana na hatia ya kusaidia shambulio la kigaidi la mwaka 2019 katika hoteli moja.",
        [],
    ),
    (
        "sw",
        "",
        "Kesi dhidi ya washukiwa watano wa shambulio la basi la mwaka 2023 ilianza kusikilizwa Jumatatu mjini Mombasa.",
        [],
    ),
    (
        "sw",
        "",
        "Wakazi wa Garissa walikusanyika Jumanne kuwakumbuka wanafunzi waliouawa katika shambulio la chuo kikuu miaka kumi iliyopita.",
        [],
    ),
    (
        "sw",
        "",
        "Mazishi ya askari watatu waliouawa mwezi uliopita katika shambulio la al-Shabaab yalifanyika Jumanne mjini Lamu.",
        [],
    ),
    (
        "sw",
        "",
        "Kiongozi wa waasi ametishia kushambulia mji wa Goma iwapo serikali haitakubali mazungumzo.",
        [],
    ),
    (
        "sw",
        "",
        "Jeshi la Tanzania lilifanya mazoezi ya kijeshi kwa risasi za moto Jumanne katika eneo la Msata mkoani Pwani.",
        [],
    ),
    (
        "sw",
        "",
        "Mafuriko yaliyosababishwa na mvua kubwa yameua watu 12 katika kaunti ya Tana River tangu Jumamosi, kwa mujibu wa Shirika la Msalaba Mwekundu.",
        [],
    ),
    (
        "sw",
        "",
        "Mwanamume mmoja amemuua mke wake kwa panga katika kijiji cha Kiabakari wilayani Butiama kufuatia ugomvi wa kifamilia, polisi walisema.",
        [],
    ),
    (
        "sw",
        "",
        "Mazungumzo ya amani kati ya serikali na waasi yalimalizika Jumanne mjini Nairobi bila makubaliano.",
        [],
    ),
    (
        "sw",
        "",
        "Wanamgambo wa al-Shabaab waliwaua watu watatu Jumanne katika kijiji cha Mpeketoni, kaunti ya Lamu. Eneo hilo limeshambuliwa mara kadhaa tangu mwaka 2014.",
        [("Attack", 3)],
    ),
    # ------------------------------------------------------------------ en
    (
        "en",
        "",
        "A military court in Kinshasa on Tuesday sentenced eight soldiers to death for the killing of civilians in Kasai in 2023.",
        [],
    ),
    (
        "en",
        "",
        "Thousands of soldiers paraded through Islamabad on Tuesday to mark Pakistan Day, with fighter jets flying over the capital.",
        [],
    ),
    (
        "en",
        "",
        "Peace talks between the government and the rebels collapsed in Addis Ababa on Tuesday after the two sides failed to agree on a ceasefire.",
        [],
    ),
    (
        "en",
        "",
        "Floods triggered by days of heavy rain have killed at least 40 people across Kenya since Saturday, the Red Cross said.",
        [],
    ),
    (
        "en",
        "",
        "A man stabbed his brother to death in a dispute over land in Kisumu on Tuesday, police said.",
        [],
    ),
    # ------------------------------------------------------------------ second batch (written after the fixes)
    (
        "fr",
        "",
        "Un agriculteur a tué son frère d'un coup de fusil de chasse mardi près de Kaya, à la suite d'un différend foncier, a rapporté la gendarmerie.",
        [],
    ),
    (
        "fr",
        "",
        "Les anciens combattants ont rendu hommage mardi à Bangui aux casques bleus tués en 2017, lors d'une cérémonie au monument aux morts.",
        [],
    ),
    (
        "fr",
        "",
        "Les forces armées tchadiennes ont organisé mardi des manœuvres militaires près d'Abéché, avec des tirs d'artillerie sur des cibles fictives.",
        [],
    ),
    (
        "es",
        "",
        "Un joven mató a su padre a golpes el martes en una vivienda de Cúcuta y fue capturado por vecinos.",
        [],
    ),
    (
        "es",
        "",
        "El Ejército de Guatemala realizó el martes un simulacro de rescate en Escuintla, con disparos de salva y helicópteros.",
        [],
    ),
    (
        "pt",
        "",
        "Um homem matou o próprio irmão a tiro na terça-feira em Nampula, na sequência de uma discussão sobre herança.",
        [],
    ),
    (
        "pt",
        "",
        "Centenas de pessoas homenagearam na terça-feira em Cabo Delgado os 12 trabalhadores mortos num ataque insurgente em 2020.",
        [],
    ),
    (
        "ar",
        "",
        "قتل رجل زوجته طعنا بالسكين في حي شعبي بمدينة طنطا يوم الثلاثاء إثر خلاف عائلي.",
        [],
    ),
    (
        "ar",
        "",
        "انتهت المحادثات بين الطرفين في القاهرة يوم الثلاثاء بدون التوصل إلى هدنة.",
        [],
    ),
    (
        "ru",
        "",
        "В Новосибирске во вторник мужчина застрелил своего соседа из охотничьего ружья после ссоры.",
        [],
    ),
    (
        "ru",
        "",
        "Участники переговоров в Эр-Рияде во вторник не договорились о перемирии, следующая встреча не назначена.",
        [],
    ),
    (
        "tr",
        "",
        "Adana'da bir kişi salı günü tartıştığı babasını tabancayla vurarak öldürdü.",
        [],
    ),
    (
        "tr",
        "",
        "Deniz Kuvvetleri salı günü Ege'de atışlı tatbikat düzenledi; hedefler tam isabetle vuruldu.",
        [],
    ),
    (
        "de",
        "",
        "In Leipzig hat ein 40-Jähriger am Dienstag seine Lebensgefährtin getötet; die Polizei nahm ihn noch am Tatort fest.",
        [],
    ),
    (
        "de",
        "",
        "Mit einer Gedenkfeier wurde am Dienstag in Berlin an die Opfer des Anschlags auf den Weihnachtsmarkt erinnert.",
        [],
    ),
    (
        "id",
        "",
        "Seorang pria tega membunuh ibunya di Garut pada Selasa, dan pelaku kini ditahan di Polres Garut.",
        [],
    ),
    (
        "id",
        "",
        "Ribuan warga memperingati tragedi bom di Surabaya pada Selasa dengan doa bersama dan tabur bunga.",
        [],
    ),
    (
        "sw",
        "",
        "Mwanamume mmoja amemuua mke wake kwa kisu katika mtaa wa Kayole jijini Nairobi Jumanne.",
        [],
    ),
    (
        "sw",
        "",
        "Wanajeshi wa Uganda walifanya mazoezi ya pamoja na wenzao wa Kenya Jumanne karibu na Isiolo.",
        [],
    ),
    (
        "en",
        "",
        "Gunmen shot dead a village chief and his son in an attack near Kafanchan, Kaduna State, on Tuesday.",
        [("Attack", None)],
    ),
    (
        "ru",
        "",
        "Во вторник в результате удара беспилотника по Белгороду погибли не менее трех мирных жителей.",
        [("Air/drone strike", 3)],
    ),
    # ------------------------------------------------------------------ third batch (written after the second fixes)
    (
        "fr",
        "",
        "Le parti au pouvoir a remporté les élections législatives au Togo avec 108 sièges sur 113, selon les résultats provisoires publiés mardi.",
        [],
    ),
    (
        "es",
        "",
        "El Atlético Nacional venció el martes 3-1 al Junior en Medellín y se clasificó a la final del torneo.",
        [],
    ),
    (
        "pt",
        "",
        "O ministro da Defesa negou na terça-feira que o exército tenha bombardeado aldeias no norte de Cabo Delgado, classificando as acusações de falsas.",
        [],
    ),
    (
        "ar",
        "",
        "نفى الجيش السوداني يوم الثلاثاء قصف سوق في مدينة الأبيض، واتهم قوات الدعم السريع بترويج الشائعات.",
        [],
    ),
    (
        "ru",
        "",
        "В Министерстве обороны во вторник опровергли сообщения об ударе по жилому дому в Донецке.",
        [],
    ),
    (
        "tr",
        "",
        "Galatasaray salı akşamı Fenerbahçe'yi 2-1 yenerek liderliğini sürdürdü.",
        [],
    ),
    (
        "de",
        "",
        "Der Verteidigungsminister warnte am Dienstag vor möglichen Angriffen auf die Energieversorgung im Winter.",
        [],
    ),
    (
        "id",
        "",
        "Komisi Pemilihan Umum menetapkan hasil pemilu legislatif pada Selasa, dengan partai penguasa meraih suara terbanyak.",
        [],
    ),
    (
        "sw",
        "",
        "Tume ya uchaguzi ilitangaza Jumanne matokeo ya uchaguzi wa rais, na mgombea wa chama tawala akashinda kwa asilimia 60 ya kura.",
        [],
    ),
    (
        "en",
        "",
        "The army denied on Tuesday that its soldiers had killed civilians in a raid on a village near Mopti, saying those who died were militants.",
        [],
    ),
    (
        "fr",
        "",
        "Le groupe jihadiste a revendiqué mardi, dans un communiqué, l'attaque qui avait tué 20 soldats le mois dernier près de Tillabéri.",
        [],
    ),
    (
        "es",
        "",
        "Miles de desplazados por la violencia llegaron en los últimos días a albergues de Tibú, según la Defensoría del Pueblo.",
        [],
    ),
]
