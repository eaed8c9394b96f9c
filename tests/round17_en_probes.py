"""Round 17 English probe reports (en, actors and second events): short reports written for these
tests in the shapes English copy from Nigeria, the Sahel, Sudan, Ethiopia, Myanmar, Pakistan, the
Philippines, Colombia, Mexico and Haiti takes when it names its sides (a group or a faction by name
or acronym, "suspected X", a militia named by community, unnamed "bandits", a state force named by
its unit) and when it tells two or three acts (the attack and the counter-attack, a second village,
the attack repulsed with the dead of both sides, a killing and an abduction at two villages of one
district); read via the search tool. Own sentences, other towns, other numbers; no sentence of any
report and no evaluation text. Each: (headline, text, rows expected), a row as (sub-event type or
None, fatalities or None, actor1 or None, actor2 or None): None asks nothing, "" asks for no actor."""

PUBLISHED = "2026-03-11"  # a Wednesday

NG = "Nigeria"
UAG_NG = "Unidentified Armed Group (Nigeria)"
CIV_NG = "Civilians (Nigeria)"
MIL_NG = "Military Forces of Nigeria"
ATTACK = "Attack"
CLASH = "Armed clash"
ABDUCT = "Abduction/forced disappearance"

PROBES = [
    # ------------------------------------------------------------------ named groups and factions
    (
        "ISWAP fighters attack base in Borno",
        "Fighters of the Islamic State West Africa Province attacked a military base in Marte, Borno State, on "
        "Monday night, killing four soldiers, military sources said.",
        [(None, 4, "Islamic State West Africa Province (ISWAP)", MIL_NG)],
    ),
    (
        "Boko Haram kills farmers near Gwoza",
        "Boko Haram insurgents killed seven farmers working on their fields near Gwoza in Borno State on "
        "Tuesday, a local official said.",
        [(ATTACK, 7, "Boko Haram (JAS)", CIV_NG)],
    ),
    (
        "JNIM claims attack on army post in central Mali",
        "The al-Qaeda-linked JNIM said it attacked an army post near Macina in central Mali on Sunday, killing "
        "nine soldiers.",
        [(None, 9, "JNIM", "Military Forces of Mali")],
    ),
    (
        "Islamic State Sahel fighters raid Niger village",
        "Fighters of the Islamic State Sahel Province raided the village of Tizegorou near the Mali border in "
        "Niger on Monday, killing 11 civilians, local sources said.",
        [(ATTACK, 11, "Islamic State Sahel Province (ISSP)", "Civilians (Niger)")],
    ),
    (
        "RSF shells El Fasher market",
        "The Rapid Support Forces shelled a market in El Fasher in North Darfur on Tuesday, killing 14 "
        "civilians, medics said.",
        [("Shelling/artillery/missile attack", 14, "Rapid Support Forces (RSF)", "Civilians (Sudan)")],
    ),
    (
        "Sudanese army drone strike hits RSF convoy",
        "A drone of the Sudanese army struck a Rapid Support Forces convoy near Bara in North Kordofan on "
        "Monday, killing 12 fighters, a military source said.",
        [("Air/drone strike", 12, None, "Rapid Support Forces (RSF)")],
    ),
    (
        "SPLM-N attacks army garrison in South Kordofan",
        "The SPLM-N attacked an army garrison near Dilling in South Kordofan on Sunday, killing five soldiers.",
        [(None, 5, "Sudan People's Liberation Movement-North (SPLM-N)", None)],
    ),
    (
        "Fano fighters clash with federal troops near Bahir Dar",
        "Fano fighters clashed with federal troops near Merawi outside Bahir Dar in Ethiopia's Amhara region "
        "on Monday, residents said. Eight people were killed.",
        [(CLASH, 8, "Fano Militia", "Military Forces of Ethiopia")],
    ),
    (
        "Oromo Liberation Army blamed for killing of villagers",
        "The Oromo Liberation Army killed six villagers in an attack on Gida Kiremu in Ethiopia's Oromia region "
        "on Sunday, regional officials said.",
        [(ATTACK, 6, "Oromo Liberation Army (OLA)", "Civilians (Ethiopia)")],
    ),
    (
        "Arakan Army overruns junta outpost",
        "The Arakan Army said on Tuesday its fighters had overrun a junta outpost near Kyaukphyu in Myanmar's "
        "Rakhine State, killing 15 soldiers.",
        [(None, 15, "Arakan Army", "Military Forces of Myanmar")],
    ),
    (
        "Kachin rebels and junta troops clash near Bhamo",
        "Fighters of the Kachin Independence Army clashed with junta troops near Bhamo in Kachin State on "
        "Monday, killing six soldiers, the group said.",
        [(CLASH, 6, "Kachin Independence Army (KIA)", "Military Forces of Myanmar")],
    ),
    (
        "TNLA fighters attack convoy in northern Shan",
        "TNLA fighters attacked a military convoy near Kyaukme in northern Shan State on Sunday, killing "
        "seven soldiers.",
        [(None, 7, "Ta'ang National Liberation Army (TNLA)", "Military Forces of Myanmar")],
    ),
    (
        "MNDAA clashes with junta near Lashio",
        "The Myanmar National Democratic Alliance Army clashed with junta forces near Lashio in Shan State on "
        "Monday, killing four soldiers, local media said.",
        [(CLASH, 4, "Myanmar National Democratic Alliance Army (MNDAA)", "Military Forces of Myanmar")],
    ),
    (
        "PDF ambush kills soldiers in Sagaing",
        "A local People's Defence Force ambushed a column of junta troops near Kani in Sagaing Region on "
        "Monday, killing nine soldiers, the group said.",
        [(None, 9, "People's Defence Force (PDF)", "Military Forces of Myanmar")],
    ),
    (
        "TTP militants attack police station in Lakki Marwat",
        "Militants of the Tehreek-e-Taliban Pakistan attacked a police station in Lakki Marwat district of "
        "Khyber Pakhtunkhwa on Monday night, killing three policemen, officials said.",
        [(None, 3, "Tehrik-i-Taliban Pakistan (TTP)", "Police Forces of Pakistan")],
    ),
    (
        "BLA claims attack on Frontier Corps camp",
        "The Baloch Liberation Army claimed an attack on a Frontier Corps camp near Turbat in Balochistan on "
        "Sunday in which four soldiers were killed.",
        [(None, 4, "Baloch Liberation Army (BLA)", None)],
    ),
    (
        "NPA rebels ambush soldiers in Samar",
        "New People's Army rebels ambushed a patrol of the Philippine Army near Las Navas in Northern Samar on "
        "Monday, killing two soldiers.",
        [(None, 2, "New People's Army (NPA)", "Military Forces of Philippines")],
    ),
    (
        "Abu Sayyaf gunmen kill two in Sulu",
        "Suspected Abu Sayyaf gunmen killed two villagers in Patikul town in Sulu province on Tuesday, police "
        "said.",
        [(ATTACK, 2, "Abu Sayyaf", "Civilians (Philippines)")],
    ),
    (
        "BIFF fighters and soldiers clash in Maguindanao",
        "Fighters of the Bangsamoro Islamic Freedom Fighters clashed with soldiers in Datu Saudi Ampatuan in "
        "Maguindanao del Sur on Monday. Three fighters and one soldier were killed.",
        [(CLASH, 4, "Bangsamoro Islamic Freedom Fighters (BIFF)", "Military Forces of Philippines")],
    ),
    (
        "Dawlah Islamiyah members killed in Lanao clash",
        "Soldiers killed five members of the Dawlah Islamiyah in a clash near Piagapo in Lanao del Sur on "
        "Sunday, the military said.",
        [(CLASH, 5, "Military Forces of Philippines", "Dawlah Islamiyah")],
    ),
    (
        "ELN attack kills soldiers in Arauca",
        "ELN guerrillas attacked an army base near Saravena in Arauca department on Monday with explosives, "
        "killing three soldiers, the army said.",
        [(None, 3, "ELN", "Military Forces of Colombia")],
    ),
    (
        "FARC dissidents kill police officers in Cauca",
        "FARC dissidents killed two police officers in an attack on a police station in Suarez in Cauca "
        "department on Sunday, officials said.",
        [(None, 2, "FARC dissidents", "Police Forces of Colombia")],
    ),
    (
        "Gulf Clan gunmen attack patrol in Antioquia",
        "Gunmen of the Gulf Clan opened fire on a police patrol in Caucasia in Antioquia on Monday, killing one "
        "officer.",
        [(None, 1, "Clan del Golfo", "Police Forces of Colombia")],
    ),
    (
        "CJNG gunmen ambush soldiers in Michoacan",
        "Gunmen of the Jalisco New Generation Cartel ambushed a convoy of soldiers near Aguililla in Michoacan "
        "on Sunday, killing three soldiers, the defence ministry said.",
        [(None, 3, "Jalisco New Generation Cartel (CJNG)", "Military Forces of Mexico")],
    ),
    (
        "Sinaloa Cartel factions clash in Culiacan",
        "Rival factions of the Sinaloa Cartel clashed in a neighbourhood of Culiacan on Tuesday, leaving six "
        "gunmen dead, state prosecutors said.",
        [(CLASH, 6, "Sinaloa Cartel", None)],
    ),
    (
        "Viv Ansanm gangs attack Kenscoff",
        "Gangs of the Viv Ansanm coalition attacked the town of Kenscoff outside Port-au-Prince on Monday, "
        "killing nine residents, local officials said.",
        [(ATTACK, 9, "Viv Ansanm", "Civilians (Haiti)")],
    ),
    (
        "Gran Grif gang kills farmers in Artibonite",
        "Members of the Gran Grif gang killed five farmers in Petite-Riviere de l'Artibonite in Haiti on "
        "Sunday, a local rights group said.",
        [(ATTACK, 5, "Gran Grif", "Civilians (Haiti)")],
    ),
    (
        "Ambazonian separatists kill gendarmes",
        "Ambazonian separatists killed three gendarmes at a checkpoint near Kumbo in Cameroon's Northwest "
        "region on Monday, local officials said.",
        [(None, 3, "Ambazonian Separatists", None)],
    ),
    (
        "Lakurawa fighters kill herders in Kebbi",
        "Fighters of the Lakurawa group killed eight herders near Argungu in Kebbi State on Sunday, police "
        "said.",
        [(ATTACK, 8, "Lakurawa", CIV_NG)],
    ),
    # ------------------------------------------------------------------ "suspected X"
    (
        "Suspected ISWAP fighters abduct travellers",
        "Suspected ISWAP fighters abducted 12 travellers on the road between Damboa and Maiduguri on Monday, "
        "witnesses said.",
        [(ABDUCT, None, "Islamic State West Africa Province (ISWAP)", CIV_NG)],
    ),
    (
        "Suspected jihadists kill villagers in northern Burkina",
        "Suspected jihadists killed 13 villagers in an attack on Seytenga in northern Burkina Faso on Sunday, "
        "local sources said.",
        [(ATTACK, 13, "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)")],
    ),
    (
        "Suspected bandits kill four in Katsina",
        "Suspected bandits killed four people and injured two others in an attack on Dandume in Katsina State "
        "on Tuesday, police said.",
        [(ATTACK, 4, UAG_NG, CIV_NG)],
    ),
    (
        "Suspected cartel gunmen kill family in Guanajuato",
        "Suspected cartel gunmen killed five members of a family at their home in Celaya in Guanajuato on "
        "Sunday night, prosecutors said.",
        [(ATTACK, 5, None, "Civilians (Mexico)")],
    ),
    (
        "Suspected gang members kill three in Croix-des-Bouquets",
        "Suspected gang members shot dead three people at a market in Croix-des-Bouquets on Monday, police "
        "said.",
        [(ATTACK, 3, None, "Civilians (Haiti)")],
    ),
    # ------------------------------------------------------------------ militias named by community
    (
        "Armed herdsmen kill farmers in Benue",
        "Armed herdsmen killed nine farmers in an attack on Tse Orbiam in Guma local government area of Benue "
        "State on Monday, residents said.",
        [(ATTACK, 9, None, CIV_NG)],
    ),
    (
        "Suspected herders attack Plateau village",
        "Suspected herders attacked the village of Ziyat in Bokkos local government area of Plateau State on "
        "Sunday night, killing 17 people, a community leader said.",
        [(ATTACK, 17, None, CIV_NG)],
    ),
    (
        "Fulani militia attack leaves six dead in Kaduna",
        "A Fulani militia attacked the village of Maro in southern Kaduna on Monday, killing six residents.",
        [(ATTACK, 6, "Fulani Ethnic Militia (Nigeria)", CIV_NG)],
    ),
    (
        "Dozo hunters kill Fulani herders in central Mali",
        "Dozo hunters killed seven Fulani herders near Djenne in central Mali on Tuesday, a herders' "
        "association said.",
        [(ATTACK, 7, "Dozo Communal Militia (Mali)", "Civilians (Mali)")],
    ),
    (
        "Misseriya militiamen raid Abyei village",
        "Misseriya militiamen raided a village near Abyei town on Sunday, killing 11 people, local officials "
        "said.",
        [(ATTACK, 11, "Misseriya Ethnic Militia (Sudan)", None)],
    ),
    (
        "Amhara militia and Qemant fighters clash",
        "Amhara militiamen clashed with Qemant fighters near Gondar in Ethiopia on Monday, killing five.",
        [(CLASH, 5, "Amhara Ethnic Militia (Ethiopia)", "Qemant Ethnic Militia (Ethiopia)")],
    ),
    # ------------------------------------------------------------------ unnamed bandits, gunmen
    (
        "Bandits kill five, abduct 30 in Zamfara village",
        "Bandits on motorcycles stormed the village of Dansadau in Zamfara State on Tuesday, killing five "
        "people and abducting 30 others, residents said.",
        [(None, 5, UAG_NG, CIV_NG)],
    ),
    (
        "Armed bandits abduct worshippers in Niger State",
        "Armed bandits abducted 18 worshippers from a mosque in Mashegu in Niger State on Sunday, police said.",
        [(ABDUCT, None, UAG_NG, CIV_NG)],
    ),
    (
        "Gunmen kill village head in Sokoto",
        "Gunmen killed a village head in Sabon Birni in Sokoto State on Monday night, police said.",
        [(ATTACK, 1, UAG_NG, CIV_NG)],
    ),
    (
        "Unknown gunmen kill two policemen in Imo",
        "Unknown gunmen killed two policemen at a checkpoint in Orlu in Imo State on Tuesday.",
        [(None, 2, UAG_NG, "Police Forces of Nigeria")],
    ),
    (
        "Bandits raid Sahel village, steal cattle",
        "Armed men on motorbikes raided a village near Tera in western Niger on Monday, killing two herders and "
        "stealing hundreds of cattle.",
        [(ATTACK, 2, "Unidentified Armed Group (Niger)", "Civilians (Niger)")],
    ),
    # ------------------------------------------------------------------ state forces named by unit
    (
        "Troops of 401st Brigade clash with rebels in Agusan",
        "Troops of the 401st Infantry Brigade clashed with communist rebels in Esperanza in Agusan del Sur on "
        "Sunday, killing three rebels, the army said.",
        [(CLASH, 3, "Military Forces of Philippines", None)],
    ),
    (
        "Operation Hadin Kai troops kill insurgents",
        "Troops of Operation Hadin Kai killed 14 insurgents in a clash near Bama in Borno State on Monday, an "
        "army spokesman said.",
        [(CLASH, 14, MIL_NG, None)],
    ),
    (
        "Light Infantry Division troops burn homes in Sagaing",
        "Soldiers of Light Infantry Division 77 burned more than 80 homes in the village of Ywathit in Sagaing "
        "Region on Monday, residents said.",
        [(None, None, "Military Forces of Myanmar", None)],
    ),
    (
        "CTD kills militants in Balochistan raid",
        "The Counter Terrorism Department killed four militants in a raid near Mastung in Balochistan on "
        "Tuesday, officials said.",
        [(None, 4, "Police Forces of Pakistan", None)],
    ),
    (
        "Haitian National Police kill gang members",
        "The Haitian National Police killed seven gang members in an operation in the Delmas area of "
        "Port-au-Prince on Monday, a police spokesman said.",
        [(None, 7, "Police Forces of Haiti", None)],
    ),
    (
        "National Guard clashes with gunmen in Zacatecas",
        "Members of the National Guard clashed with gunmen near Fresnillo in Zacatecas on Sunday, killing four "
        "of them.",
        [(CLASH, 4, None, None)],
    ),
    (
        "Civilian JTF repels Boko Haram attack",
        "Members of the Civilian Joint Task Force repelled an attack by Boko Haram fighters on Mafa in Borno "
        "State on Monday, killing three of the attackers.",
        [(None, 3, None, None)],
    ),
    (
        "VDP volunteers killed in ambush in eastern Burkina",
        "Jihadists ambushed a patrol of the Volunteers for the Defence of the Homeland near Fada N'Gourma on "
        "Monday, killing six volunteers, a local official said.",
        [(None, 6, None, None)],
    ),
    (
        "Rapid Intervention Battalion kills separatists",
        "Soldiers of the Rapid Intervention Battalion killed five separatist fighters in a raid on a camp near "
        "Ndop in Cameroon's Northwest region on Monday.",
        [(None, 5, "Military Forces of Cameroon", None)],
    ),
    (
        "Marines clash with Abu Sayyaf remnants in Basilan",
        "Marines of the 4th Marine Brigade clashed with Abu Sayyaf remnants near Sumisip in Basilan on "
        "Tuesday, killing two of them.",
        [(CLASH, 2, "Military Forces of Philippines", "Abu Sayyaf")],
    ),
    # ------------------------------------------------------------------ attack repulsed: both sides' dead
    (
        "Soldiers repel attack on base, 15 militants killed",
        "Soldiers repelled an attack on their base at Djibo in northern Burkina Faso on Monday. Three soldiers "
        "and 15 attackers were killed in the fighting, the army said.",
        [(CLASH, 18, "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso")],
    ),
    (
        "Police repulse militants at Bannu checkpost",
        "Police repulsed an attack by about 30 militants on a checkpost in Bannu on Sunday night; two "
        "policemen and four militants were killed in the exchange of fire.",
        [(CLASH, 6, None, "Police Forces of Pakistan")],
    ),
    (
        "Two soldiers, six rebels die in Bukidnon encounter",
        "Two soldiers and six NPA rebels were killed in an encounter in Impasugong in Bukidnon on Monday, the "
        "army said.",
        [(CLASH, 8, None, None)],
    ),
    (
        "Troops foil ISWAP attack in Yobe",
        "Troops foiled an attack by ISWAP fighters on Buni Yadi in Yobe State on Tuesday, killing 20 of the "
        "insurgents; one soldier was killed.",
        [(CLASH, 21, None, None)],
    ),
    (
        "Cartel gunmen ambush soldiers; five attackers dead",
        "Gunmen ambushed an army patrol near Tepalcatepec in Michoacan on Sunday. Two soldiers and five "
        "gunmen died in the shootout.",
        [(CLASH, 7, None, "Military Forces of Mexico")],
    ),
    (
        "RSF assault on Babanusa repelled",
        "The Sudanese army said it repelled an assault by the Rapid Support Forces on Babanusa in West "
        "Kordofan on Monday, killing 40 of the attackers and losing six soldiers.",
        [(CLASH, 46, "Rapid Support Forces (RSF)", "Military Forces of Sudan (SAF)")],
    ),
    # ------------------------------------------------------------------ attack and counter-attack
    (
        "Insurgents attack Damasak; air force strikes their retreat",
        "Insurgents attacked an army base in Damasak in Borno State on Monday, killing two soldiers. Later on "
        "Monday an air force jet struck the insurgents as they withdrew towards Lake Chad, killing 12 of them.",
        [(None, 2, None, MIL_NG), ("Air/drone strike", 12, None, None)],
    ),
    (
        "Jihadists kill villagers; army raid kills attackers",
        "Jihadists killed eight villagers in Bourzanga in northern Burkina Faso on Sunday. On Monday soldiers "
        "raided their hideout near the village and killed 10 of them, the army said.",
        [(ATTACK, 8, None, "Civilians (Burkina Faso)"), (None, 10, "Military Forces of Burkina Faso", None)],
    ),
    (
        "Herders killed; reprisal attack on farming village",
        "Three herders were killed by unknown attackers near Bassa in Plateau State on Sunday. On Monday "
        "gunmen attacked the nearby village of Miango in reprisal, killing nine residents.",
        [(ATTACK, 3, None, CIV_NG), (ATTACK, 9, None, CIV_NG)],
    ),
    (
        "Gang attacks police station; police retake it",
        "Gang members attacked the police station in Mirebalais on Sunday and set it on fire. On Monday the "
        "police retook the station after a gunfight in which four gang members were killed.",
        [(None, 4, None, None)],
    ),
    (
        "Militants storm check post; gunship strikes hideouts",
        "Militants stormed a check post in North Waziristan on Monday, killing three soldiers. Security forces "
        "later struck the militants' hideouts with gunship helicopters, killing eight.",
        [(None, 3, None, None), (None, 8, None, None)],
    ),
    (
        "Junta airstrike follows resistance attack on outpost",
        "Resistance fighters attacked a junta outpost near Mawlaik in Sagaing Region on Monday, killing five "
        "soldiers. Hours later a junta fighter jet bombed a nearby village, killing four civilians.",
        [
            (None, 5, None, "Military Forces of Myanmar"),
            ("Air/drone strike", 4, "Military Forces of Myanmar", "Civilians (Myanmar)"),
        ],
    ),
    (
        "ELN and dissidents clash; soldiers shelled",
        "ELN guerrillas clashed with FARC dissidents near Tibu in Norte de Santander on Sunday, killing 12 "
        "fighters. On Monday drones dropped explosives on an army post near the town, wounding three "
        "soldiers.",
        [(CLASH, 12, "ELN", "FARC dissidents"), ("Air/drone strike", 0, None, None)],
    ),
    # ------------------------------------------------------------------ a second village
    (
        "Bandits attack two villages in Zamfara",
        "Bandits attacked the village of Kairu in Zamfara State on Monday, killing six people, and then moved "
        "on to the village of Magami, where they killed four more.",
        [(ATTACK, 6, None, CIV_NG), (ATTACK, 4, None, CIV_NG)],
    ),
    (
        "Gunmen kill 7 in Bokkos; 3 more killed in Mangu",
        "Gunmen killed seven people in the village of Mushere in Bokkos on Sunday. In a separate attack on "
        "Monday, three people were killed in Chakfem in Mangu local government area.",
        [(ATTACK, 7, None, CIV_NG), (ATTACK, 3, None, CIV_NG)],
    ),
    (
        "RSF attacks two villages in Gezira",
        "The Rapid Support Forces attacked the village of Wad Rawah in Gezira State on Monday, killing 20 "
        "people. The same day RSF fighters attacked the nearby village of Um Adara, killing eight.",
        [(ATTACK, 20, "Rapid Support Forces (RSF)", None), (ATTACK, 8, "Rapid Support Forces (RSF)", None)],
    ),
    (
        "Jihadists attack Mali villages of Dioura and Sokolo",
        "Jihadists attacked the village of Dioura in central Mali on Sunday, killing five civilians. On Monday "
        "they struck Sokolo, about 60 km away, killing three soldiers.",
        [(ATTACK, 5, None, "Civilians (Mali)"), (None, 3, None, "Military Forces of Mali")],
    ),
    # ------------------------------------------------------------------ a killing and an abduction, two villages of one district
    (
        "Gunmen kill 4 in one Kajuru village, abduct 9 in another",
        "Gunmen killed four people in the village of Maro in Kajuru local government area of Kaduna State on "
        "Monday and abducted nine residents of the neighbouring village of Kufana.",
        [(ATTACK, 4, None, CIV_NG), (ABDUCT, None, None, CIV_NG)],
    ),
    (
        "Bandits kill two in Tsafe, kidnap 15 in nearby village",
        "Bandits killed two farmers in the village of Yandoton in Tsafe local government area of Zamfara on "
        "Tuesday. In the nearby village of Kucheri, also in Tsafe, they abducted 15 women.",
        [(ATTACK, 2, None, CIV_NG), (ABDUCT, None, None, CIV_NG)],
    ),
    (
        "Attackers kill 3 in Shiroro village, abduct 20 in another",
        "Attackers killed three people in Kuta in Shiroro local government area of Niger State on Sunday, and "
        "abducted 20 people from Gurmana, another village of the same area.",
        [(ATTACK, 3, None, CIV_NG), (ABDUCT, None, None, CIV_NG)],
    ),
    (
        "One killed in Birnin Gwari raid; 12 abducted at Kutemashi",
        "One man was killed when bandits raided Dogon Dawa in Birnin Gwari in Kaduna State on Monday. The same "
        "night the bandits abducted 12 people in Kutemashi, in the same local government area.",
        [(ATTACK, 1, None, CIV_NG), (ABDUCT, None, None, CIV_NG)],
    ),
    # ------------------------------------------------------------------ victims and doers by what they are
    (
        "Soldiers kill villagers in Myanmar raid",
        "Junta soldiers shot dead six villagers during a raid on the village of Let Yet Kone in Sagaing Region "
        "on Tuesday, residents said.",
        [(ATTACK, 6, "Military Forces of Myanmar", "Civilians (Myanmar)")],
    ),
    (
        "Police officer shot dead by militants in Dera Ismail Khan",
        "Militants shot dead a police officer near his home in Dera Ismail Khan on Monday, police said.",
        [(None, 1, "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan")],
    ),
    (
        "Social leader killed in Cauca",
        "Armed men killed a social leader in the municipality of Argelia in Cauca on Sunday, a rights group "
        "said.",
        [(ATTACK, 1, "Unidentified Armed Group (Colombia)", "Civilians (Colombia)")],
    ),
    (
        "Journalist killed in Mexico's Guerrero",
        "Gunmen killed a local journalist outside his home in Chilpancingo in Guerrero on Monday, prosecutors "
        "said.",
        [(ATTACK, 1, "Unidentified Armed Group (Mexico)", "Civilians (Mexico)")],
    ),
    (
        "Soldiers and militiamen clash in Ituri",
        "Congolese soldiers clashed with CODECO militiamen near Djugu in Ituri province on Monday, killing "
        "seven militiamen, the army said.",
        [(CLASH, 7, "Military Forces of Democratic Republic of Congo", "CODECO")],
    ),
    (
        "Al-Shabaab fighters storm army base in Middle Shabelle",
        "Al-Shabaab fighters stormed an army base near Adan Yabaal in Middle Shabelle on Monday. Ten soldiers "
        "and 17 militants were killed in the fighting, officials said.",
        [(CLASH, 27, "Al-Shabaab", "Military Forces of Somalia")],
    ),
    (
        "ADF rebels kill villagers near Beni",
        "ADF rebels killed 18 villagers with machetes near Beni in North Kivu on Sunday night, local officials "
        "said.",
        [(ATTACK, 18, "Allied Democratic Forces (ADF)", "Civilians (Democratic Republic of Congo)")],
    ),
    (
        "Wagner fighters and Malian troops kill civilians",
        "Malian soldiers and Wagner fighters killed 11 civilians in the village of Hombori on Monday, "
        "witnesses said.",
        [(ATTACK, 11, "Military Forces of Mali", "Civilians (Mali)")],
    ),
]
