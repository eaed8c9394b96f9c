"""Round 15 English probe reports (en): short reports written for these tests in the shapes English
news takes around the world (Nigerian, Kenyan, Somali, Congolese, Sudanese and Sahel wire and
local copy; Indian, Pakistani, Afghan, Myanmar and Philippine copy; Haitian, Mexican, Colombian,
Yemeni, Syrian, Iraqi and Ukrainian copy), read via the search tool: local words ("gunmen",
"bandits", "miscreants", "security operatives", "neutralised", "killed in an encounter",
"martyred") in own sentences; no sentence of any report and no evaluation text. Each: (language,
headline, text, the rows expected as (sub-event type, fatalities or None for any)); [] = a report
with no event."""

PUBLISHED = "2025-07-16"  # a Wednesday

PROBES = [
    # ------------------------------------------------------------------ Nigeria
    (
        "en",
        "Bandits kill 11 in Katsina village raid",
        "Armed bandits on motorcycles stormed Yargoje village in Kankara Local Government Area of "
        "Katsina State on Monday night, killing 11 residents and injuring several others, the police "
        "said. The command spokesman said the attackers also rustled cattle before fleeing into the forest.",
        [("Attack", 11)],
    ),
    (
        "en",
        "Gunmen abduct 20 worshippers in Kaduna church",
        "Gunmen on Sunday abducted 20 worshippers during a service at a church in Kauru Local "
        "Government Area of Kaduna State, residents said. The police confirmed the incident and said "
        "security operatives had been deployed to rescue the victims.",
        [("Abduction/forced disappearance", 0)],
    ),
    (
        "en",
        "Troops neutralise 7 terrorists in Borno",
        "Troops of Operation Hadin Kai neutralised seven Boko Haram terrorists in an ambush near "
        "Bama in Borno State on Tuesday, the army said in a statement. The troops recovered four "
        "AK-47 rifles and two motorcycles after the encounter.",
        [("Armed clash", 7)],
    ),
    (
        "en",
        "Police arrest 12 suspected kidnappers in Ogun",
        "Operatives of the Ogun State Police Command have arrested 12 suspected kidnappers in a raid "
        "on a hideout in Ijebu-Ode, the command spokesperson said on Tuesday. Two locally made guns "
        "were recovered from the suspects.",
        [("Arrests", 0)],
    ),
    (
        "en",
        "Suicide bomber kills 9 at Borno market",
        "A female suicide bomber detonated explosives at a crowded market in Konduga, Borno State, on "
        "Monday evening, killing nine people and injuring 24 others, a member of the Civilian Joint "
        "Task Force said.",
        [("Suicide bomb", 9)],
    ),
    (
        "en",
        "Herders attack Plateau communities, 15 dead",
        "Suspected herdsmen attacked two communities in Bokkos Local Government Area of Plateau State "
        "on Monday night, killing 15 villagers and burning dozens of houses, a community leader said.",
        [("Attack", 15)],
    ),
    (
        "en",
        "Youths protest killing of trader in Abuja",
        "Hundreds of youths on Tuesday blocked the Kubwa expressway in Abuja to protest the killing "
        "of a trader by unknown gunmen. Police fired tear gas to disperse the protesters, who burnt "
        "tyres on the road.",
        [("Violent demonstration", None)],
    ),
    # ------------------------------------------------------------------ Kenya / Somalia / Sudan
    (
        "en",
        "Mob lynches two suspected thieves in Kisii",
        "Two men suspected of stealing a motorcycle were lynched by a mob at Nyanchwa in Kisii County "
        "on Tuesday morning, police said. Angry residents beat them with stones and clubs before "
        "setting their bodies on fire.",
        [("Mob violence", 2)],
    ),
    (
        "en",
        "Police teargas protesters in Nairobi CBD",
        "Police fired tear gas to disperse hundreds of protesters who had marched through the Nairobi "
        "central business district on Tuesday demanding the resignation of the interior minister. "
        "Several demonstrators were arrested.",
        [("Protest with intervention", 0)],
    ),
    (
        "en",
        "Al-Shabaab fighters storm base in Lower Shabelle",
        "Al-Shabaab militants attacked a Somali army base in the Lower Shabelle region on Tuesday "
        "morning, sparking a gun battle that lasted hours, a military officer said. Six soldiers and "
        "at least ten militants were killed in the fighting, he said.",
        [("Armed clash", 16)],
    ),
    (
        "en",
        "Roadside bomb kills four police officers in Mandera",
        "Four police officers were killed when their vehicle struck an improvised explosive device on "
        "the road between Mandera and Elwak on Monday, a police commander said. The attack was blamed "
        "on al-Shabaab.",
        [("Remote explosive/landmine/IED", 4)],
    ),
    (
        "en",
        "Drone strike hits market in North Darfur",
        "A drone strike on a market in Mellit, North Darfur, killed at least 12 civilians on Tuesday, "
        "a local medical group said. The group blamed the Rapid Support Forces for the attack.",
        [("Air/drone strike", 12)],
    ),
    (
        "en",
        "RSF shelling kills 8 in El Fasher",
        "Artillery shelling by the Rapid Support Forces on residential areas of El Fasher killed eight "
        "people on Monday, the resistance committee in the city said.",
        [("Shelling/artillery/missile attack", 8)],
    ),
    (
        "en",
        "Sudan army says it retook town in Gezira",
        "Sudan's army said on Tuesday it had recaptured the town of Al-Hasaheisa in Gezira state from "
        "the Rapid Support Forces after heavy fighting.",
        [("Government regains territory", None)],
    ),
    # ------------------------------------------------------------------ DRC / Sahel / Cameroon / Mozambique
    (
        "en",
        "ADF rebels kill 18 villagers in Beni territory",
        "Suspected ADF rebels hacked to death 18 civilians in an overnight raid on a village in Beni "
        "territory, North Kivu province, a local administrator said on Tuesday. Several houses were "
        "set on fire.",
        [("Attack", 18)],
    ),
    (
        "en",
        "M23 rebels seize town in South Kivu",
        "M23 rebels took control of the town of Kamanyola in South Kivu on Monday after Congolese "
        "troops withdrew, residents and a local official said.",
        [("Non-violent transfer of territory", 0)],  # the army left: no fight for the town
    ),
    (
        "en",
        "Jihadists kill 22 soldiers in Burkina Faso ambush",
        "Suspected jihadists ambushed an army convoy near Djibo in northern Burkina Faso on Monday, "
        "killing 22 soldiers, security sources said.",
        [("Armed clash", 22)],
    ),
    (
        "en",
        "Separatists abduct teachers in Cameroon's Northwest",
        "Armed separatists on Monday kidnapped five teachers from a school in Bamenda in Cameroon's "
        "Northwest region, a school official said.",
        [("Abduction/forced disappearance", 0)],
    ),
    (
        "en",
        "Insurgents behead three in Cabo Delgado",
        "Insurgents beheaded three farmers near the village of Nangade in Mozambique's Cabo Delgado "
        "province on Sunday, a local source said.",
        [("Attack", 3)],
    ),
    # ------------------------------------------------------------------ India / Pakistan / Afghanistan
    (
        "en",
        "Two terrorists killed in encounter in Kupwara",
        "Two terrorists were killed in an encounter with the security forces in the Keran sector of "
        "Kupwara district on Tuesday, police said. Arms and ammunition were recovered from the site.",
        [("Armed clash", 2)],
    ),
    (
        "en",
        "Miscreants hurl crude bombs at TMC office",
        "Miscreants hurled crude bombs at a Trinamool Congress party office in Bhatpara in North 24 "
        "Parganas district on Monday night, injuring two workers, police said.",
        [("Grenade", 0)],
    ),
    (
        "en",
        "Maoists kill villager suspecting him of being police informer",
        "Maoists killed a villager in Bijapur district of Chhattisgarh on Monday night, accusing him "
        "of being a police informer, police said.",
        [("Attack", 1)],
    ),
    (
        "en",
        "Police lathi-charge protesting teachers in Patna",
        "Police used batons to disperse hundreds of teachers who were protesting in Patna on Tuesday "
        "demanding regular pay scales. Several teachers were injured.",
        [("Protest with intervention", 0)],
    ),
    (
        "en",
        "Four soldiers martyred in attack on check post in North Waziristan",
        "Four soldiers were martyred when militants attacked a security check post in North Waziristan "
        "on Tuesday, the ISPR said. Three militants were killed in the exchange of fire.",
        [("Armed clash", 7)],
    ),
    (
        "en",
        "Blast in Quetta kills five",
        "A bomb planted on a motorcycle went off near a police van in Quetta on Monday, killing five "
        "people, including two policemen, officials said.",
        [("Remote explosive/landmine/IED", 5)],
    ),
    (
        "en",
        "Gunmen kill polio worker in Bajaur",
        "Unknown gunmen on motorcycles shot dead a polio worker in the Bajaur district of Khyber "
        "Pakhtunkhwa on Tuesday, police said.",
        [("Attack", 1)],
    ),
    (
        "en",
        "Taliban detain journalist in Kabul",
        "Taliban intelligence officers detained a local journalist in Kabul on Monday, his family "
        "said. No reason was given for his arrest.",
        [("Arrests", 0)],
    ),
    # ------------------------------------------------------------------ Myanmar / Philippines
    (
        "en",
        "Junta air strike kills 9 in Sagaing village",
        "A Myanmar military jet bombed a village in Sagaing region on Monday, killing nine civilians, "
        "including three children, a local resistance group said.",
        [("Air/drone strike", 9)],
    ),
    (
        "en",
        "Resistance fighters capture junta outpost in Chin State",
        "Chin resistance forces said on Tuesday they had seized a military outpost near Falam after "
        "days of fighting with junta troops.",
        [("Non-state actor overtakes territory", None)],
    ),
    (
        "en",
        "Three NPA rebels killed in Negros clash",
        "Three suspected New People's Army rebels were killed in an encounter with Army troops in the "
        "hinterlands of Kabankalan City, Negros Occidental, on Tuesday, the military said.",
        [("Armed clash", 3)],
    ),
    (
        "en",
        "Grenade blast injures 7 in Cotabato",
        "Seven people were wounded when a man threw a grenade at a crowd in a public market in "
        "Cotabato City on Monday night, police said.",
        [("Grenade", 0)],
    ),
    # ------------------------------------------------------------------ Haiti / Mexico / Colombia
    (
        "en",
        "Gangs kill at least 20 in Haiti's Artibonite",
        "Gang members attacked the town of Pont-Sonde in Haiti's Artibonite region overnight, killing "
        "at least 20 people and setting homes on fire, local officials said.",
        [("Attack", 20)],
    ),
    (
        "en",
        "Gunmen kill six at bar in Guanajuato",
        "Gunmen opened fire on customers at a bar in Celaya, Guanajuato, on Monday night, killing six "
        "people, state prosecutors said.",
        [("Attack", 6)],
    ),
    (
        "en",
        "ELN rebels kidnap soldiers in Arauca",
        "ELN guerrillas kidnapped two soldiers in the department of Arauca on Sunday, Colombia's army said.",
        [("Abduction/forced disappearance", 0)],
    ),
    (
        "en",
        "Dissidents attack police station with explosives in Cauca",
        "FARC dissidents attacked a police station in the town of Suarez, Cauca, with explosives and "
        "rifle fire on Monday, killing two police officers, authorities said.",
        [("Armed clash", 2)],
    ),
    # ------------------------------------------------------------------ Yemen / Syria / Iraq / Ukraine
    (
        "en",
        "Houthi missile hits market in Taiz",
        "A missile fired by Houthi rebels struck a market in Taiz on Monday, killing four civilians "
        "and wounding 11, a government official said.",
        [("Shelling/artillery/missile attack", 4)],
    ),
    (
        "en",
        "Clashes between tribal fighters and security forces in Sweida",
        "Clashes between Druze fighters and government security forces in Sweida province killed at "
        "least 14 people on Monday, a war monitor said.",
        [("Armed clash", 14)],
    ),
    (
        "en",
        "Iraqi forces arrest ISIS suspects in Kirkuk",
        "Iraqi security forces arrested four suspected Islamic State militants in a raid in Kirkuk "
        "province on Tuesday, the security media cell said.",
        [("Arrests", 0)],
    ),
    (
        "en",
        "Russian drone kills two in Kherson",
        "A Russian drone dropped explosives on a car in Kherson on Tuesday morning, killing two "
        "people, the head of the regional military administration said.",
        [("Air/drone strike", 2)],
    ),
    (
        "en",
        "Russian shelling kills woman in Nikopol",
        "Russian artillery shelling of Nikopol killed a 68-year-old woman and damaged several houses "
        "on Monday, the regional governor said.",
        [("Shelling/artillery/missile attack", 1)],
    ),
    # ------------------------------------------------------------------ protests, riots elsewhere
    (
        "en",
        "Thousands march in Colombo against fuel prices",
        "Thousands of people marched peacefully through Colombo on Tuesday to protest against rising "
        "fuel prices, organisers said.",
        [("Peaceful protest", 0)],
    ),
    (
        "en",
        "Security forces open fire on protesters in Khartoum",
        "Security forces opened fire on protesters in Khartoum on Monday, killing three people, a "
        "doctors' committee said.",
        [("Excessive force against protesters", 3)],
    ),
    (
        "en",
        "Rioters torch police station in Kasese",
        "Angry residents set fire to a police station in Kasese on Tuesday after a suspect died in "
        "custody, police said.",
        [("Violent demonstration", None)],
    ),
    (
        "en",
        "Traders stage sit-in at Accra market",
        "Traders staged a sit-in at Makola market in Accra on Tuesday to protest against the closure "
        "of their shops by the city authority.",
        [("Peaceful protest", 0)],
    ),
    # ------------------------------------------------------------------ strategic developments
    (
        "en",
        "Army destroys bomb-making factory in Borno",
        "Troops discovered and destroyed an IED factory at a terrorist camp near Gwoza in Borno State "
        "on Monday, the army said.",
        [("Disrupted weapons use", 0)],
    ),
    (
        "en",
        "Police defuse bomb outside mosque in Peshawar",
        "The bomb disposal squad defused an explosive device found near a mosque in Peshawar on "
        "Tuesday, police said.",
        [("Disrupted weapons use", 0)],
    ),
    (
        "en",
        "Rebels and army sign ceasefire in Doha",
        "The government and the rebel alliance signed a ceasefire agreement in Doha on Monday, "
        "mediators said.",
        [("Agreement", 0)],
    ),
    # ------------------------------------------------------------------ precision: context, future, denied
    (
        "en",
        "Police arrest suspects over Katsina killings",
        "Police in Katsina State on Tuesday arrested five suspects over last month's killing of 30 "
        "villagers in Faskari, the command said.",
        [("Arrests", 0)],
    ),
    (
        "en",
        "Army denies air strike on village",
        "The army on Tuesday denied reports that its jets had bombed a village in Sagaing, calling "
        "the reports fabricated.",
        [],
    ),
    (
        "en",
        "Bandits threaten to attack schools",
        "Bandits have threatened to attack schools in Zamfara State unless the government releases "
        "their detained members, officials said on Tuesday.",
        [],
    ),
    (
        "en",
        "Conflict has killed thousands since 2023",
        "More than 150,000 people have been killed since the war in Sudan began in April 2023, "
        "according to a new report by researchers.",
        [],
    ),
    (
        "en",
        "Families mark anniversary of Chibok abduction",
        "Parents of the Chibok schoolgirls on Monday marked the eleventh anniversary of the abduction "
        "of 276 girls by Boko Haram in 2014, calling for the release of those still held.",
        [],
    ),
    (
        "en",
        "Court sentences man over church attack",
        "A court in Abuja on Tuesday sentenced a man to death for his role in the 2022 attack on a "
        "church in Owo in which 41 worshippers were killed.",
        [],
    ),
    # ------------------------------------------------------------------ no event
    (
        "en",
        "Electoral commission releases final results",
        "The electoral commission on Tuesday announced the final results of the governorship "
        "election in Ondo State, declaring the incumbent the winner.",
        [],
    ),
    (
        "en",
        "Floods displace thousands in Maiduguri",
        "Floods caused by heavy rains have displaced more than 10,000 people in Maiduguri, the "
        "state emergency agency said on Tuesday.",
        [],
    ),
    (
        "en",
        "Super Eagles beat Ghana in friendly",
        "Nigeria's Super Eagles beat Ghana 2-1 in a friendly match in Lagos on Tuesday, with both "
        "goals coming in the second half.",
        [],
    ),
    (
        "en",
        "Central bank holds interest rate",
        "The Central Bank of Kenya on Tuesday held its benchmark lending rate at 10 percent, "
        "citing easing inflation.",
        [],
    ),
    (
        "en",
        "Cyclone makes landfall in Bangladesh",
        "A cyclone made landfall on the coast of Bangladesh on Tuesday, killing six people and "
        "forcing the evacuation of thousands, officials said.",
        [],
    ),
    (
        "en",
        "President inaugurates new bridge",
        "President Tinubu on Monday inaugurated a new bridge over the River Niger in Onitsha, "
        "saying it would boost trade in the region.",
        [],
    ),
    (
        "en",
        "Bus crash kills 14 on Kano highway",
        "Fourteen passengers were killed when a bus collided with a truck on the Kano-Zaria highway "
        "on Monday, the road safety corps said.",
        [],
    ),
    # ------------------------------------------------------------------ second batch: more shapes
    (
        "en",
        "Bandits abduct 30 travellers on Kaduna-Abuja highway",
        "Bandits on Monday abducted at least 30 passengers travelling on the Kaduna-Abuja highway near "
        "Katari, a police spokesman in Kaduna State said.",
        [("Abduction/forced disappearance", 0)],
    ),
    (
        "en",
        "Air component strikes terrorist enclave in Sambisa",
        "The Air Component of Operation Hadin Kai struck a terrorist enclave in the Sambisa forest in "
        "Borno State on Monday, killing scores of fighters, the air force said.",
        [("Air/drone strike", 20)],
    ),
    (
        "en",
        "Israeli strike on house in Khan Younis kills 8",
        "An Israeli air strike on a house in Khan Younis killed eight people, including three children, "
        "on Tuesday, the civil defence agency said.",
        [("Air/drone strike", 8)],
    ),
    (
        "en",
        "Suicide car bomb hits checkpoint in Mogadishu",
        "A suicide bomber rammed a car laden with explosives into a police checkpoint in Mogadishu on "
        "Tuesday, killing five people, police said. Al-Shabaab claimed responsibility.",
        [("Suicide bomb", 5)],
    ),
    (
        "en",
        "Roadside bomb targets army convoy in Diyala",
        "A roadside bomb exploded near an army convoy in Diyala province on Monday, causing no "
        "casualties, a security source said.",
        [("Remote explosive/landmine/IED", 0)],
    ),
    (
        "en",
        "Social leader murdered in Cauca",
        "Unknown gunmen shot dead a community leader at his home in the municipality of Toribio, "
        "Cauca, on Monday night, the ombudsman's office said.",
        [("Attack", 1)],
    ),
    (
        "en",
        "Gunmen rape women in Zamfara village",
        "Armed men raided a village in Maru Local Government Area of Zamfara State on Sunday and raped "
        "several women, residents said.",
        [("Sexual violence", None)],
    ),
    (
        "en",
        "Armed men loot shops in Bunia market",
        "Armed men looted shops at the central market in Bunia on Monday night before fleeing, a local "
        "official said. No one was hurt.",
        [("Looting/property destruction", 0)],
    ),
    (
        "en",
        "Police shoot dead two protesters in Homa Bay",
        "Police shot dead two protesters in Homa Bay town on Tuesday during demonstrations against new "
        "taxes, a rights group said.",
        [("Excessive force against protesters", 2)],
    ),
    (
        "en",
        "Labour union members picket National Assembly",
        "Members of the Nigeria Labour Congress on Tuesday picketed the National Assembly in Abuja to "
        "demand a new minimum wage. The protest ended peacefully.",
        [("Peaceful protest", 0)],
    ),
    (
        "en",
        "Air force downs Russian drones overnight",
        "Ukrainian air defences shot down 40 of the 55 drones Russia launched overnight, the air force "
        "said on Tuesday.",
        [("Disrupted weapons use", 0)],
    ),
    (
        "en",
        "Mayor arrested over cartel links in Michoacan",
        "Federal agents arrested the mayor of a town in Michoacan on Tuesday over alleged links to a "
        "drug cartel, prosecutors said.",
        [("Arrests", 0)],
    ),
    # claims that differ: the conservative figure
    (
        "en",
        "Al-Shabaab attack on base in Middle Shabelle",
        "Al-Shabaab fighters attacked a military base near Adan Yabaal on Tuesday. A military officer "
        "said five soldiers were killed, while the militants claimed to have killed 30.",
        [("Armed clash", 5)],
    ),
    # two events in one report
    (
        "en",
        "Gunmen kill 4 in Benue; police arrest suspects in Nasarawa",
        "Gunmen killed four farmers in Agatu Local Government Area of Benue State on Monday, the police "
        "said. In a separate incident, police in Nasarawa State arrested three suspected kidnappers in Lafia.",
        [("Attack", 4), ("Arrests", 0)],
    ),
    # background, running tolls, a condemnation
    (
        "en",
        "Army kills militants in Kurram",
        "Security forces killed three militants in an operation in Kurram district on Tuesday, the "
        "military said. So far this year, more than 200 militants have been killed in operations in "
        "the province.",
        [("Armed clash", 3)],
    ),
    (
        "en",
        "Governor condemns attack on Benue village",
        "The governor of Benue State on Tuesday condemned Monday night's attack on Yelwata village in "
        "which gunmen killed 12 residents, and ordered security forces to hunt down the attackers.",
        [("Attack", 12)],
    ),
    (
        "en",
        "Gunmen kill farmer in Plateau weeks after massacre",
        "Gunmen killed a farmer on his farm in Bassa Local Government Area of Plateau State on Tuesday, "
        "residents said. Last month, more than 50 people were killed in attacks on villages in the same area.",
        [("Attack", 1)],
    ),
    (
        "en",
        "Funeral held for victims of Mogadishu blast",
        "Thousands of mourners attended the funeral on Tuesday of the victims of last week's car bombing "
        "in Mogadishu, as the government declared a day of national mourning.",
        [],
    ),
    (
        "en",
        "Army plans offensive against bandits",
        "The army will launch a major offensive against bandit camps in the Rugu forest next month, the "
        "defence minister said on Tuesday.",
        [],
    ),
    (
        "en",
        "Police dismiss reports of explosion in Abuja",
        "Police on Tuesday dismissed reports of an explosion at a market in Abuja as false, saying a "
        "transformer had caught fire.",
        [],
    ),
    (
        "en",
        "Suspects remanded over murder of lawmaker",
        "A magistrate court in Kano on Tuesday remanded four men charged with the murder of a state "
        "lawmaker in March, adjourning the case to next month.",
        [],
    ),
    # ------------------------------------------------------------------ no event
    (
        "en",
        "Cholera outbreak kills 20 in Borno",
        "A cholera outbreak has killed 20 people in Borno State in the past two weeks, health officials "
        "said on Tuesday.",
        [],
    ),
    (
        "en",
        "Opposition attacks government over budget",
        "The opposition party on Tuesday attacked the government's budget proposal, saying it would hurt "
        "poor families in Lagos.",
        [],
    ),
    (
        "en",
        "Boxer knocks out rival in Accra",
        "Ghanaian boxer Samuel Takyi knocked out his rival in the third round of their fight in Accra on "
        "Saturday to win the title.",
        [],
    ),
    (
        "en",
        "Nation marks Independence Day with parade",
        "Soldiers and schoolchildren marched in a parade at the Eagle Square in Abuja on Tuesday as the "
        "country marked its Independence Day.",
        [],
    ),
    (
        "en",
        "Fire guts market in Onitsha",
        "A fire that started in the early hours of Tuesday destroyed more than 100 shops at the main "
        "market in Onitsha, the fire service said. The cause of the fire was not known.",
        [],
    ),
]
