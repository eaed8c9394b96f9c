"""Round 14 probe reports for the weakest types (Protests, Riots, Strategic developments): short
reports written for these tests in the shapes real news of each sub-type takes (read via the search
tool: towns retaken after a withdrawal, arson by night, bandits looting a village, protests broken up),
in English and three or more other languages; invented incidents at real places, no sentence of any
report and no evaluation text. Each: (language, text, the one sub-event type expected, or None for
a report with no event)."""

PUBLISHED = "2025-05-14"  # a Wednesday

PROBES = [
    (
        "en",
        "Non-violent transfer of territory",
        "Somali troops retook the town of Beledweyne on Saturday after al-Shabaab fighters withdrew overnight without a fight, residents said.",
    ),
    (
        "en",
        "Non-violent transfer of territory",
        "Government forces entered Gao on Thursday, taking control of the town without resistance after the rebels pulled out.",
    ),
    (
        "en",
        "Non-violent transfer of territory",
        "Al-Shabaab militants took over the town of Baidoa on Monday after Ethiopian troops abandoned their base there.",
    ),
    (
        "en",
        "Non-violent transfer of territory",
        "The army recaptured the town of Bama on Tuesday without firing a shot after the insurgents fled.",
    ),
    (
        "en",
        "Non-violent transfer of territory",
        "Rebels seized the town of Bunia on Sunday without fighting after soldiers fled.",
    ),
    (
        "en",
        "Non-violent transfer of territory",
        "Taliban fighters entered the city of Ghazni on Wednesday unopposed after government troops pulled out.",
    ),
    (
        "en",
        "Non-violent transfer of territory",
        "Militants took control of Mocimboa da Praia on Friday without a shot being fired, after the army withdrew from its positions.",
    ),
    (
        "en",
        "Government regains territory",
        "Troops recaptured the town of Mueda on Monday after heavy fighting with insurgents.",
    ),
    (
        "fr",
        "Non-violent transfer of territory",
        "L'armée malienne est entrée dimanche dans la ville de Tombouctou sans combat, après le retrait des rebelles.",
    ),
    (
        "fr",
        "Non-violent transfer of territory",
        "Les rebelles du M23 ont pris le contrôle de la ville de Goma mardi sans rencontrer de résistance, l'armée s'étant retirée.",
    ),
    (
        "fr",
        "Non-violent transfer of territory",
        "Les soldats ont repris samedi la ville de Ménaka sans tirer un coup de feu, après le départ des jihadistes.",
    ),
    (
        "fr",
        "Non-violent transfer of territory",
        "Les jihadistes ont reconquis la ville de Léré sans combat jeudi après le départ des soldats.",
    ),
    (
        "fr",
        "Government regains territory",
        "L'armée a repris jeudi le contrôle de la ville de Goma après de violents combats contre les rebelles.",
    ),
    (
        "es",
        "Non-violent transfer of territory",
        "El ejército retomó el control de la ciudad de Tumaco el martes sin combates, tras la retirada de la guerrilla.",
    ),
    (
        "es",
        "Non-violent transfer of territory",
        "Los rebeldes tomaron la ciudad de Bunia el domingo sin resistencia después de que los soldados abandonaran el cuartel.",
    ),
    (
        "es",
        "Non-violent transfer of territory",
        "Las tropas entraron el lunes en la ciudad de Gao sin disparar un solo tiro tras la huida de los rebeldes.",
    ),
    (
        "ru",
        "Non-violent transfer of territory",
        "Российские войска вошли в Херсон в понедельник без боя после отхода украинских подразделений.",
    ),
    (
        "ru",
        "Non-violent transfer of territory",
        "Украинские военные вернули контроль над городом Купянск без боя после отступления российских войск.",
    ),
    (
        "de",
        "Non-violent transfer of territory",
        "Die Armee hat die Stadt Gao am Dienstag kampflos eingenommen, nachdem sich die Rebellen zurückgezogen hatten.",
    ),
    (
        "de",
        "Non-violent transfer of territory",
        "Rebellen haben am Montag die Stadt Goma ohne Widerstand eingenommen, nachdem die Soldaten geflohen waren.",
    ),
    (
        "en",
        "Peaceful protest",
        "Thousands of teachers marched through Nairobi on Tuesday to demand higher pay.",
    ),
    (
        "en",
        "Peaceful protest",
        "Hundreds of residents staged a sit-in outside the governor's office in Kano on Monday over repeated power cuts.",
    ),
    (
        "en",
        "Peaceful protest",
        "Farmers blocked a highway near Lahore on Wednesday, protesting against low wheat prices.",
    ),
    (
        "en",
        "Peaceful protest",
        "Opposition supporters rallied in Harare on Saturday against the arrest of their leader.",
    ),
    ("fr", "Peaceful protest", "Des milliers de personnes ont manifesté samedi à Dakar contre la vie chère."),
    (
        "fr",
        "Peaceful protest",
        "Des enseignants en grève se sont rassemblés lundi devant le ministère à Abidjan pour réclamer leurs arriérés de salaire.",
    ),
    (
        "es",
        "Peaceful protest",
        "Miles de estudiantes marcharon el jueves en Bogotá para exigir más presupuesto para la educación.",
    ),
    (
        "es",
        "Peaceful protest",
        "Cientos de jubilados se concentraron el miércoles frente al Congreso en Buenos Aires en protesta por los recortes.",
    ),
    (
        "de",
        "Peaceful protest",
        "Tausende Menschen haben am Samstag in Berlin gegen die Rentenreform demonstriert.",
    ),
    (
        "en",
        "Protest with intervention",
        "Police fired tear gas to disperse hundreds of students protesting against fee increases in Kampala on Monday.",
    ),
    (
        "en",
        "Protest with intervention",
        "Security forces arrested 30 protesters who had gathered outside parliament in Dhaka on Tuesday to demand the minister's resignation.",
    ),
    (
        "en",
        "Protest with intervention",
        "Riot police broke up a demonstration by opposition supporters in Lusaka on Thursday with water cannon.",
    ),
    (
        "fr",
        "Protest with intervention",
        "La police a dispersé à coups de gaz lacrymogène une manifestation de l'opposition lundi à Conakry.",
    ),
    (
        "fr",
        "Protest with intervention",
        "Les forces de l'ordre ont interpellé une vingtaine de manifestants mardi à Niamey lors d'un rassemblement contre la junte.",
    ),
    (
        "es",
        "Protest with intervention",
        "La policía dispersó con gases lacrimógenos una marcha de campesinos el lunes en La Paz.",
    ),
    (
        "es",
        "Protest with intervention",
        "Agentes antidisturbios detuvieron a 15 manifestantes durante una protesta contra el gobierno en Caracas el martes.",
    ),
    (
        "en",
        "Excessive force against protesters",
        "Security forces opened fire on peaceful protesters in Khartoum on Thursday, killing five people.",
    ),
    (
        "en",
        "Excessive force against protesters",
        "Police shot dead three demonstrators who were marching against the election results in Maputo on Wednesday.",
    ),
    (
        "en",
        "Excessive force against protesters",
        "Soldiers fired live rounds at a crowd of unarmed protesters in Mandalay on Saturday, killing 12.",
    ),
    (
        "fr",
        "Excessive force against protesters",
        "Les forces de sécurité ont tiré à balles réelles sur des manifestants pacifiques lundi à Conakry, tuant deux jeunes.",
    ),
    (
        "es",
        "Excessive force against protesters",
        "La policía disparó contra manifestantes pacíficos en Cali el lunes y mató a tres jóvenes.",
    ),
    (
        "es",
        "Excessive force against protesters",
        "Cinco manifestantes murieron el martes en Lima cuando la policía abrió fuego contra una marcha pacífica.",
    ),
    (
        "en",
        "Violent demonstration",
        "Protesters threw stones at police and set tyres ablaze in Nairobi on Tuesday; officers responded with tear gas.",
    ),
    (
        "en",
        "Violent demonstration",
        "Rioters torched a police station and looted shops in Kano on Monday after the death of a motorcyclist.",
    ),
    (
        "en",
        "Violent demonstration",
        "Angry youths clashed with police in Abuja on Friday, burning two vehicles during a protest over fuel prices.",
    ),
    (
        "en",
        "Violent demonstration",
        "Demonstrators set fire to the ruling party's offices in Kinshasa on Wednesday.",
    ),
    (
        "fr",
        "Violent demonstration",
        "Des manifestants ont incendié un commissariat et jeté des pierres sur les policiers mardi à Dakar.",
    ),
    (
        "es",
        "Violent demonstration",
        "Manifestantes incendiaron un autobús y lanzaron piedras contra la policía el lunes en Santiago.",
    ),
    (
        "es",
        "Violent demonstration",
        "Encapuchados saquearon varios comercios durante una marcha contra el gobierno en Quito el jueves.",
    ),
    (
        "de",
        "Violent demonstration",
        "Demonstranten warfen am Samstag in Leipzig Steine auf Polizisten und zündeten Autos an.",
    ),
    ("en", "Mob violence", "A mob lynched a man accused of theft in Lagos on Sunday."),
    ("en", "Mob violence", "Villagers beat two suspected cattle thieves to death in Kisumu on Monday."),
    (
        "en",
        "Mob violence",
        "A crowd attacked and burned the homes of two families accused of witchcraft in Mwanza on Tuesday.",
    ),
    ("fr", "Mob violence", "Une foule en colère a lynché un présumé voleur lundi à Bukavu."),
    ("es", "Mob violence", "Una turba golpeó hasta la muerte a un presunto ladrón el domingo en Cochabamba."),
    (
        "en",
        "Looting/property destruction",
        "Unknown arsonists set fire to a school in Bamenda on Sunday night.",
    ),
    (
        "fr",
        "Looting/property destruction",
        "Des incendiaires ont mis le feu à une école dans la nuit de samedi à Bamenda.",
    ),
    (
        "en",
        "Mob violence",
        "A crowd attacked and set fire to the house of a man accused of theft in Eldoret on Sunday.",
    ),
    (
        "en",
        "Looting/property destruction",
        "Suspected arsonists torched three classrooms of a secondary school in Bamenda on Monday night.",
    ),
    ("en", "Looting/property destruction", "An arsonist set fire to a mosque in Kaduna on Friday."),
    ("en", "Violent demonstration", "Rioters set fire to a police station in Kano on Monday."),
    (
        "de",
        "Violent demonstration",
        "Randalierer warfen in der Nacht zum Sonntag in Hamburg Steine auf Polizeiwagen.",
    ),
    (
        "en",
        "Looting/property destruction",
        "An armed gang looted shops in the village of Gidan Goga in Zamfara on Monday.",
    ),
    (
        "en",
        "Looting/property destruction",
        "Bandits raided a market in Katsina on Tuesday and made away with food and livestock, without harming anyone.",
    ),
    (
        "en",
        "Looting/property destruction",
        "Gunmen burned down a church in Bunia on Saturday; no one was hurt.",
    ),
    ("en", "Looting/property destruction", "Armed men looted a health centre in Kidal on Sunday."),
    (
        "fr",
        "Looting/property destruction",
        "Des hommes armés ont pillé des boutiques samedi dans la ville de Bunia.",
    ),
    (
        "fr",
        "Looting/property destruction",
        "Des jihadistes ont incendié une école mardi près de Djibo, sans faire de victime.",
    ),
    (
        "es",
        "Looting/property destruction",
        "Un grupo armado saqueó varias tiendas el domingo en el municipio de Tumaco.",
    ),
    (
        "es",
        "Looting/property destruction",
        "Hombres armados incendiaron maquinaria de una empresa minera el lunes en Cauca.",
    ),
    ("en", "Arrests", "Police arrested an opposition leader in Kampala on Monday."),
    ("en", "Arrests", "Soldiers detained 20 suspected Boko Haram members in Maiduguri on Tuesday."),
    ("fr", "Arrests", "La police a arrêté mardi à Dakar un journaliste critique du gouvernement."),
    ("es", "Arrests", "La policía capturó el lunes en Cali a un cabecilla de la disidencia de las FARC."),
    (
        "en",
        "Disrupted weapons use",
        "Soldiers defused a roadside bomb on the main road near Mogadishu on Monday.",
    ),
    (
        "en",
        "Disrupted weapons use",
        "Ukrainian air defences shot down 20 Russian drones over Kyiv overnight.",
    ),
    ("fr", "Disrupted weapons use", "Les démineurs ont désamorcé un engin explosif mardi près de Gao."),
    (
        "es",
        "Disrupted weapons use",
        "El ejército desactivó un artefacto explosivo el lunes en una vía de Cauca.",
    ),
    ("en", "Agreement", "The government and the rebels signed a ceasefire in Juba on Tuesday."),
    ("fr", "Agreement", "Le gouvernement et les rebelles ont signé mardi un accord de cessez-le-feu à Doha."),
    ("es", "Agreement", "El gobierno y el ELN firmaron el lunes un acuerdo de cese al fuego en Caracas."),
    (
        "en",
        "Change to group/activity",
        "Some 200 Boko Haram fighters surrendered to the army in Bama on Sunday.",
    ),
    ("fr", "Change to group/activity", "Une centaine de combattants ont déposé les armes lundi à Bunia."),
    ("en", "Other", "The junta imposed a curfew in Niamey on Monday."),
    ("en", None, "Police arrested a man in Nairobi on Monday for stealing a phone."),
    ("en", None, "Firefighters put out a blaze at a market in Kano on Tuesday."),
    ("en", None, "The two football clubs agreed a transfer deal on Monday."),
    ("en", "Looting/property destruction", "A criminal gang looted and burned houses in Kisumu on Sunday."),
    (
        "en",
        "Looting/property destruction",
        "Gunmen ransacked a clinic in Bunia on Thursday and carted away medicines.",
    ),
    ("es", "Looting/property destruction", "Una banda armada saqueó varias tiendas el lunes en Tumaco."),
    (
        "en",
        "Excessive force against protesters",
        "Soldiers opened fire on a crowd of demonstrators in Khartoum on Monday, killing four.",
    ),
    (
        "en",
        "Excessive force against protesters",
        "Police opened fire on demonstrators in Nairobi on Tuesday, killing two people.",
    ),
    (
        "en",
        "Excessive force against protesters",
        "Two protesters were shot dead by police during a march against fuel prices in Kano on Monday.",
    ),
    (
        "en",
        "Peaceful protest",
        "Thousands of people took to the streets of Belgrade on Saturday to protest against the government.",
    ),
    (
        "en",
        "Peaceful protest",
        "Hundreds of women demonstrated outside the parliament in Kabul on Sunday, demanding the right to work.",
    ),
    ("en", "Peaceful protest", "Workers at the port of Mombasa went on strike on Monday over unpaid wages."),
    (
        "en",
        "Protest with intervention",
        "Police used water cannon against students demonstrating in Santiago on Thursday.",
    ),
    (
        "en",
        "Protest with intervention",
        "Dozens of demonstrators were detained in Moscow on Sunday at an unauthorised rally in support of the opposition leader.",
    ),
    (
        "en",
        "Violent demonstration",
        "A protest against the killing of a student turned violent in Lagos on Monday when demonstrators set fire to a bus.",
    ),
    (
        "en",
        "Violent demonstration",
        "Protesters clashed with police in Dhaka on Sunday; 20 people were injured.",
    ),
    (
        "fr",
        "Excessive force against protesters",
        "Trois manifestants ont été tués par balles lundi à Conakry lors d'une marche de l'opposition.",
    ),
    (
        "fr",
        "Peaceful protest",
        "Des centaines de personnes ont défilé mardi dans les rues de Bamako pour dénoncer les coupures d'électricité.",
    ),
    (
        "fr",
        "Protest with intervention",
        "À Niamey, la police a fait usage de gaz lacrymogène jeudi contre des étudiants qui manifestaient.",
    ),
    (
        "fr",
        "Violent demonstration",
        "Des heurts ont opposé mardi des manifestants aux forces de l'ordre à Dakar, faisant plusieurs blessés.",
    ),
    (
        "es",
        "Excessive force against protesters",
        "Al menos cuatro manifestantes murieron el lunes en Cali cuando agentes de la policía dispararon contra una multitud.",
    ),
    (
        "es",
        "Peaceful protest",
        "Miles de personas salieron a las calles de Quito el sábado para protestar contra el alza de los combustibles.",
    ),
    (
        "es",
        "Protest with intervention",
        "La policía desalojó el martes a los manifestantes que bloqueaban una carretera cerca de Cusco.",
    ),
    (
        "es",
        "Violent demonstration",
        "Manifestantes y policías se enfrentaron el jueves en Santiago, con barricadas en llamas y piedras.",
    ),
    (
        "pt",
        "Peaceful protest",
        "Milhares de pessoas saíram às ruas de São Paulo no domingo contra o governo.",
    ),
    (
        "pt",
        "Protest with intervention",
        "A polícia usou gás lacrimogéneo para dispersar manifestantes em Luanda no sábado.",
    ),
    (
        "pt",
        "Excessive force against protesters",
        "A polícia matou a tiro dois manifestantes em Maputo na quinta-feira durante uma marcha pacífica.",
    ),
    (
        "ru",
        "Peaceful protest",
        "В субботу в Тбилиси тысячи человек вышли на акцию протеста против закона об иноагентах.",
    ),
    (
        "ru",
        "Protest with intervention",
        "Полиция задержала в воскресенье в Москве более ста участников несанкционированной акции.",
    ),
    (
        "en",
        "Looting/property destruction",
        "Arsonists burned down the offices of the electoral commission in Bauchi on Tuesday.",
    ),
    ("ru", "Protest with intervention", "Полиция задержала двух участников акции в Петербурге в субботу."),
]
