"""Round 16 English probe reports (en, precision first): short reports written for these tests in
the shapes English news takes when it tells more than one thing (Nigerian, Kenyan, Ugandan,
Somali, Central African, Sudanese and Sahel wire and local copy; Indian, Pakistani, Philippine and
Myanmar copy; Colombian, Mexican and Haitian copy; Yemeni, Syrian and Iraqi copy), read via the
search tool: background (an earlier attack recalled, a funeral, a mass burial, a trial or a
sentence, a war's toll, an anniversary), second events (the reprisal, the return of the attackers,
the clash after the attack, a second village hit), statements, threats, denials and claims, in own
sentences; no sentence of any report and no evaluation text. Each: (language, headline, text, the
rows expected as (sub-event type, fatalities or None for any)); [] = a report with no event of its
own day."""

PUBLISHED = "2025-09-17"  # a Wednesday

PROBES = [
    # ------------------------------------------------------------------ background only: no row
    (
        "en",
        "Mourners bury victims of Kaura Namoda bombing",
        "Hundreds of mourners gathered in Kaura Namoda in Zamfara State on Tuesday for the burial of the "
        "14 traders who died in last week's bombing of the cattle market. The emir led the funeral prayers "
        "and urged residents to remain calm.",
        [],
    ),
    (
        "en",
        "Families lay to rest soldiers killed in Lower Shabelle ambush",
        "Relatives and comrades on Monday laid to rest in Mogadishu, Somalia, the nine soldiers who were "
        "killed when al-Shabaab fighters ambushed their convoy near Afgoye on September 6.",
        [],
    ),
    (
        "en",
        "Court sentences two men over 2023 shrine blast",
        "An anti-terrorism court in Hyderabad, Pakistan, on Tuesday sentenced two men to death for helping "
        "the suicide bomber who killed 41 worshippers at a shrine in Sehwan in 2023. The judge also fined "
        "each convict two million rupees.",
        [],
    ),
    (
        "en",
        "Trial of Kismayo hotel attackers opens",
        "The trial of four men accused of taking part in the siege of a hotel in Kismayo, Somalia, in which "
        "22 people were killed last year, opened at a military court on Monday.",
        [],
    ),
    (
        "en",
        "UN: Sahel violence killed 6,000 this year",
        "Attacks by armed groups in Burkina Faso, Mali and Niger have killed more than 6,000 people so far "
        "this year, the United Nations said in a report released in Dakar on Tuesday, warning that the "
        "violence is spreading towards coastal states.",
        [],
    ),
    (
        "en",
        "Sudan war toll passes 20,000, aid groups say",
        "The war between the army and the Rapid Support Forces, which began in April 2023, has killed more "
        "than 20,000 people and displaced 11 million, aid agencies said in Khartoum, Sudan, on Monday.",
        [],
    ),
    (
        "en",
        "Militants threaten to attack polling stations",
        "A Pakistani Taliban faction on Tuesday threatened to attack polling stations in Bannu in "
        "Khyber Pakhtunkhwa during next month's by-election and warned voters to stay at home.",
        [],
    ),
    (
        "en",
        "Army denies killing civilians in Shan State",
        "Myanmar's military on Tuesday denied reports that its soldiers had killed 12 villagers in Hsipaw "
        "township in Shan State, saying those who died were rebel fighters.",
        [],
    ),
    (
        "en",
        "Police deny shooting protesters in Kisumu",
        "Kenyan police on Tuesday denied that officers had opened fire on demonstrators in Kisumu last "
        "month, saying the three men who died were killed by a rival group.",
        [],
    ),
    (
        "en",
        "Governor visits Mokwa a month after massacre",
        "The governor of Niger State on Tuesday visited Mokwa in Nigeria, where gunmen killed 30 villagers "
        "in August, and promised to build a police post in the town.",
        [],
    ),
    (
        "en",
        "Beslan-style school siege remembered in Peshawar",
        "Students, teachers and parents gathered in Peshawar, Pakistan, on Tuesday to mark the anniversary "
        "of the attack on the Army Public School in which militants killed more than 140 people, most of "
        "them children.",
        [],
    ),
    (
        "en",
        "Displaced families return to Maiduguri villages",
        "About 400 families who fled attacks by Boko Haram in 2021 returned to their villages near Konduga "
        "in Borno State, Nigeria, on Monday, officials said.",
        [],
    ),
    (
        "en",
        "Rights group: 300 killed by police in Haiti this year",
        "Police and armed groups killed more than 300 people in Port-au-Prince, Haiti, in the first eight "
        "months of the year, a rights group said in a report on Tuesday.",
        [],
    ),
    (
        "en",
        "Colombia to compensate families of Cauca bombing victims",
        "Colombia's government said on Tuesday it would pay compensation to the families of the seven "
        "people killed when a car bomb exploded outside a police station in Jamundi, Cauca, in June.",
        [],
    ),
    (
        "en",
        "Warning of fresh attacks in Cabo Delgado",
        "Security analysts in Maputo, Mozambique, warned on Tuesday that insurgents could attack towns "
        "along the coast of Cabo Delgado in the coming weeks as the rainy season ends.",
        [],
    ),
    (
        "en",
        "Suspects charged over Kaduna train kidnapping",
        "Prosecutors in Abuja, Nigeria, on Tuesday charged six men with taking part in the kidnapping of "
        "62 passengers from a train near Kaduna in 2022. The men pleaded not guilty.",
        [],
    ),
    (
        "en",
        "Al-Shabaab spokesman claims last week's Baidoa blast",
        "Al-Shabaab's spokesman said in a radio broadcast on Tuesday that the group carried out last "
        "week's bombing at a checkpoint in Baidoa, Somalia, which killed seven people.",
        [],
    ),
    (
        "en",
        "Mindanao town marks five years since siege",
        "Residents of Marawi in Lanao del Sur, Philippines, on Monday marked the anniversary of the "
        "five-month battle in which troops drove out militants, leaving more than 1,000 dead.",
        [],
    ),
    (
        "en",
        "Ceasefire talks planned in Doha",
        "Representatives of Congo's government and the M23 rebels will meet in Doha next week to discuss a "
        "ceasefire in North Kivu, a Qatari official said on Tuesday.",
        [],
    ),
    (
        "en",
        "Yemen's Houthis vow revenge for port strikes",
        "The Houthi movement on Tuesday vowed to retaliate against Israel for air strikes on the port of "
        "Hodeidah, Yemen, that killed six workers last week.",
        [],
    ),
    # ------------------------------------------------------------------ one event and its background
    (
        "en",
        "Gunmen kill 9 in Bokkos village",
        "Gunmen stormed Hurum village in Bokkos Local Government Area of Plateau State on Monday night, "
        "killing nine people, residents said. In April, more than 50 people were killed in a string of "
        "attacks on villages in the same area.",
        [("Attack", 9)],
    ),
    (
        "en",
        "Roadside bomb kills 3 soldiers in Balochistan",
        "A roadside bomb struck a military vehicle near Turbat in Balochistan, Pakistan, on Tuesday, "
        "killing three soldiers, the army said. Last month, 14 soldiers died in a similar attack in the "
        "same district.",
        [("Remote explosive/landmine/IED", 3)],
    ),
    (
        "en",
        "Two killed as police fire on protesters in Homa Bay",
        "Police fired live bullets at protesters in Homa Bay, Kenya, on Tuesday, killing two young men, "
        "witnesses said. The demonstrators were angry over the death of a teacher in police custody last "
        "week.",
        [("Excessive force against protesters", 2)],
    ),
    (
        "en",
        "ADF rebels kill 12 in Beni territory",
        "ADF rebels killed 12 farmers with machetes in an attack on Mamove in Beni territory, North Kivu, "
        "Democratic Republic of Congo, on Monday, local officials said. The group has killed thousands of "
        "civilians in the region since 2014.",
        [("Attack", 12)],
    ),
    (
        "en",
        "Air strike kills 5 in Sagaing village",
        "A junta air strike hit a village in Kani township of Sagaing Region, Myanmar, on Tuesday, killing "
        "five civilians, residents said. The war that followed the 2021 coup has killed thousands.",
        [("Air/drone strike", 5)],
    ),
    (
        "en",
        "Mob kills suspected thief in Mbarara",
        "Residents of Kakoba in Mbarara, Uganda, on Tuesday lynched a man they accused of stealing a "
        "motorcycle, police said. Police condemned the killing and warned that mob justice is a crime.",
        [("Mob violence", 1)],
    ),
    (
        "en",
        "Soldiers kill 4 Maoists in Bijapur encounter",
        "Four Maoists died in an encounter with security personnel in a forest in Bijapur district of "
        "Chhattisgarh, India, on Tuesday, police said. Earlier this year, 22 security personnel were "
        "killed in an ambush in the same district.",
        [("Armed clash", 4)],
    ),
    (
        "en",
        "Gang kills 6 in Port-au-Prince suburb",
        "Members of an armed gang killed six residents in Carrefour, Haiti, on Monday, setting fire to "
        "several houses, a local official said. Gangs control most of the capital.",
        [("Attack", 6)],
    ),
    (
        "en",
        "Suicide bomber kills 7 at Mogadishu tea shop",
        "A suicide bomber blew himself up at a tea shop near a police academy in Mogadishu, Somalia, on "
        "Tuesday, killing seven people, police said. Al-Shabaab claimed responsibility for the blast.",
        [("Suicide bomb", 7)],
    ),
    (
        "en",
        "Israeli strike kills 4 in south Lebanon",
        "An Israeli drone strike on a car killed four people near Nabatieh in southern Lebanon on Tuesday, "
        "the health ministry said, despite a ceasefire agreed last November.",
        [("Air/drone strike", 4)],
    ),
    # ------------------------------------------------------------------ two events of one report
    (
        "en",
        "Bandits return to attack funeral in Zamfara village",
        "Bandits killed 11 villagers in an attack on Gidan Dawa in Maru Local Government Area of Zamfara "
        "State on Sunday. On Monday the gunmen came back and opened fire on mourners at the cemetery as "
        "they buried the dead, killing 20 more, residents said.",
        [("Attack", 11), ("Attack", 20)],
    ),
    (
        "en",
        "Reprisal attack kills 8 after herders slain in Barkin Ladi",
        "Five herders were killed in an ambush near Gashish in Barkin Ladi, Plateau State, on Sunday. In "
        "a reprisal attack on Monday night, armed men raided the village of Heipang and killed eight "
        "residents, police said.",
        [("Attack", 5), ("Attack", 8)],
    ),
    (
        "en",
        "Troops repel attack on Damasak base, kill 15 insurgents",
        "ISWAP fighters attacked a military base in Damasak in Borno State, Nigeria, on Monday, killing two "
        "soldiers. Troops repelled the assault and killed 15 insurgents, the army said.",
        [("Armed clash", None)],
    ),
    (
        "en",
        "Shelling hits two towns in Kherson region",
        "Russian shelling killed two people in Beryslav in the Kherson region of Ukraine on Tuesday. Hours "
        "later, artillery fire killed a woman in Bilozerka, the regional governor said.",
        [("Shelling/artillery/missile attack", 2), ("Shelling/artillery/missile attack", 1)],
    ),
    (
        "en",
        "Gunmen kill 6 in Bauchi, police arrest 4 suspects",
        "Gunmen killed six people at a market in Alkaleri in Bauchi State, Nigeria, on Monday. On Tuesday "
        "police arrested four suspects in a raid on a hideout in Bauchi town.",
        [("Attack", 6), ("Arrests", 0)],
    ),
    (
        "en",
        "Protesters burn police post after boy shot dead in Kasese",
        "Police shot dead a boy during a search for a suspect in Bwera in Kasese, Uganda, on Monday. Angry "
        "residents then set fire to the police post and blocked the road with burning tyres.",
        [("Attack", 1), ("Violent demonstration", 0)],
    ),
    (
        "en",
        "Troops clash with gunmen after killing of herdsman in Tillaberi",
        "Unknown gunmen killed a herdsman near Tera in Tillaberi, Niger, on Sunday. Hours later, soldiers "
        "sent to the area clashed with the gunmen near Dargol, killing four of them, a local official "
        "said.",
        [("Attack", 1), ("Armed clash", 4)],
    ),
    (
        "en",
        "Army retakes town, then comes under drone attack",
        "Sudan's army said on Tuesday its forces had recaptured the town of Bara in North Kordofan after "
        "heavy fighting with the Rapid Support Forces. Hours later, RSF drones struck army positions in "
        "the town, killing four soldiers.",
        [("Government regains territory", None), ("Air/drone strike", 4)],
    ),
    # ------------------------------------------------------------------ the known open items
    (
        "en",
        "Rival Boko Haram factions clash near Lake Chad",
        "Fighters of two rival Boko Haram factions clashed on Monday near Kukawa in Borno State, Nigeria, "
        "and at least 18 of them were killed, intelligence sources said.",
        [("Armed clash", 18)],
    ),
    (
        "en",
        "FPRC factions fight in Ndele",
        "Two factions of the FPRC rebel group fought in Ndele in the Central African Republic on Monday, "
        "killing nine fighters, a UN official said.",
        [("Armed clash", 9)],
    ),
    (
        "en",
        "Gunmen kill 14 in Ukum village",
        "In the attack on Tse Adoor village in Ukum, Benue State, on Monday night, gunmen killed 14 "
        "residents and burned their houses, a local council chairman said.",
        [("Attack", 14)],
    ),
    (
        "en",
        "Bandits kill 7 in Sokoto",
        "In Sunday's attack on Gidan Bawa in Sabon Birni, Sokoto State, Nigeria, bandits killed seven "
        "farmers, a resident said.",
        [("Attack", 7)],
    ),
    (
        "en",
        "Police find explosives and rifles in Kangpokpi hideout",
        "Security forces recovered two rifles, three hand grenades and a bag of explosives from a hideout "
        "in Kangpokpi district of Manipur, India, on Tuesday, police said.",
        [("Disrupted weapons use", 0)],
    ),
    (
        "en",
        "Explosives seized beside AK-47s in Dantewada",
        "A joint team of police and CRPF seized 20 kg of explosives, detonators and two AK-47 rifles from a "
        "Maoist dump in a forest in Dantewada, Chhattisgarh, on Monday.",
        [("Disrupted weapons use", 0)],
    ),
    (
        "en",
        "Funeral held for victims of Jos blast",
        "Thousands of mourners attended the funeral in Jos, Plateau State, Nigeria, on Tuesday of the 12 "
        "people killed in last week's bomb attack on a bus park.",
        [],
    ),
    # ------------------------------------------------------------------ Battles
    (
        "en",
        "Soldiers, Abu Sayyaf clash in Sulu",
        "Government troops clashed with Abu Sayyaf militants in Patikul, Sulu, Philippines, on Tuesday, "
        "killing three of them, the military said. One soldier was wounded.",
        [("Armed clash", 3)],
    ),
    (
        "en",
        "Al-Shabaab overruns base in Middle Shabelle",
        "Al-Shabaab fighters overran a military base in Moqokori in Hiraan region, Somalia, on Tuesday "
        "after a suicide car bomb breached its gate, officials said.",
        [("Non-state actor overtakes territory", None)],
    ),
    (
        "en",
        "ELN and FARC dissidents clash in Catatumbo",
        "ELN guerrillas clashed with FARC dissidents in Tibu, Norte de Santander, Colombia, on Monday, "
        "leaving at least 11 fighters dead, the ombudsman's office said.",
        [("Armed clash", 11)],
    ),
    (
        "en",
        "Cartel gunmen battle soldiers in Sinaloa",
        "Gunmen of a drug cartel fought soldiers for several hours in Culiacan, Sinaloa, Mexico, on "
        "Tuesday, and four gunmen were killed, the defence ministry said.",
        [("Armed clash", 4)],
    ),
    (
        "en",
        "RSF and army fight for control of El Fasher",
        "Heavy fighting between the Sudanese army and the Rapid Support Forces broke out in El Fasher, "
        "North Darfur, on Tuesday, residents said, without giving a toll.",
        [("Armed clash", None)],
    ),
    # ------------------------------------------------------------------ Violence against civilians
    (
        "en",
        "Gunmen abduct 15 travellers on Abuja-Kaduna highway",
        "Gunmen blocked the Abuja-Kaduna highway near Katari in Kaduna State, Nigeria, on Tuesday and "
        "abducted 15 passengers from two buses, police said. A search for the victims was under way.",
        [("Abduction/forced disappearance", 0)],
    ),
    (
        "en",
        "Militants behead 5 villagers in Cabo Delgado",
        "Insurgents beheaded five villagers in Ancuabe district of Cabo Delgado, Mozambique, on Monday, "
        "a local administrator said.",
        [("Attack", 5)],
    ),
    (
        "en",
        "Woman shot dead by soldiers at checkpoint in Rakhine",
        "Soldiers shot dead a woman at a checkpoint in Sittwe, Rakhine State, Myanmar, on Tuesday as she "
        "travelled to the market, relatives said.",
        [("Attack", 1)],
    ),
    (
        "en",
        "Kidnappers seize 3 engineers in Zamboanga",
        "Armed men kidnapped three road engineers in Sibuco, Zamboanga del Norte, Philippines, on Monday, "
        "police said.",
        [("Abduction/forced disappearance", 0)],
    ),
    # ------------------------------------------------------------------ Explosions
    (
        "en",
        "Grenade attack injures 6 in Imphal",
        "Unknown men hurled a grenade at a shop in Imphal, Manipur, India, on Tuesday evening, injuring "
        "six people, police said.",
        [("Grenade", 0)],
    ),
    (
        "en",
        "Landmine kills 2 soldiers in Kunar",
        "Two Afghan soldiers were killed when their vehicle hit a landmine in Kunar province, Afghanistan, "
        "on Tuesday, a provincial official said.",
        [("Remote explosive/landmine/IED", 2)],
    ),
    (
        "en",
        "Mortar shells hit Bamako suburb",
        "Mortar shells fired by jihadists landed near a military camp in Kati, near Bamako, Mali, on "
        "Monday, wounding four people, the army said.",
        [("Shelling/artillery/missile attack", 0)],
    ),
    (
        "en",
        "Coalition air strikes kill 8 in Saada",
        "Air strikes hit a market in Saada, Yemen, on Tuesday, killing eight civilians, medics said.",
        [("Air/drone strike", 8)],
    ),
    # ------------------------------------------------------------------ Protests and riots
    (
        "en",
        "Traders protest over market demolition in Lagos",
        "Hundreds of traders marched to the governor's office in Ikeja, Lagos, on Tuesday to protest "
        "against the demolition of their shops.",
        [("Peaceful protest", 0)],
    ),
    (
        "en",
        "Police teargas opposition marchers in Lusaka",
        "Police fired tear gas to disperse opposition supporters marching against rising fuel prices in "
        "Lusaka, Zambia, on Tuesday.",
        [("Protest with intervention", 0)],
    ),
    (
        "en",
        "Students riot in Dhaka after classmate's death",
        "Students threw stones at police and torched two buses in Dhaka, Bangladesh, on Tuesday after a "
        "classmate was killed by a speeding truck.",
        [("Violent demonstration", 0)],
    ),
    (
        "en",
        "Nurses strike over unpaid wages in Kano",
        "Nurses at public hospitals in Kano, Nigeria, went on strike on Tuesday to demand four months of "
        "unpaid salaries.",
        [("Peaceful protest", 0)],
    ),
    # ------------------------------------------------------------------ Strategic developments
    (
        "en",
        "Police arrest 9 over Wajir attack",
        "Kenyan police on Tuesday arrested nine people in Wajir in connection with last week's attack on a "
        "school in which two teachers were killed.",
        [("Arrests", 0)],
    ),
    (
        "en",
        "Militants surrender in Basilan",
        "Twelve Abu Sayyaf members surrendered to the army in Sumisip, Basilan, Philippines, on Tuesday and "
        "handed over their rifles.",
        [("Change to group/activity", 0)],
    ),
    (
        "en",
        "Army defuses bomb near Kabul school",
        "Afghan security forces defused a bomb planted near a school in Kabul, Afghanistan, on Tuesday, "
        "police said.",
        [("Disrupted weapons use", 0)],
    ),
    (
        "en",
        "Government and rebels sign ceasefire in Addis Ababa",
        "Ethiopia's government and the Oromo Liberation Army signed a ceasefire in Addis Ababa, Ethiopia, "
        "on Tuesday, ending two years of fighting in Oromia.",
        [("Agreement", 0)],
    ),
    (
        "en",
        "Gunmen loot shops in Maiduguri outskirts",
        "Armed men looted shops and carted away foodstuff in Jere near Maiduguri, Borno State, Nigeria, on "
        "Tuesday night, residents said. No one was hurt.",
        [("Looting/property destruction", 0)],
    ),
    (
        "en",
        "Drones shot down over Abha",
        "Saudi air defences intercepted two drones launched by the Houthis towards Abha, Saudi Arabia, on "
        "Tuesday, the coalition said.",
        [("Disrupted weapons use", 0)],
    ),
    # ------------------------------------------------------------------ claims, statements, denials around an event
    (
        "en",
        "Al-Shabaab claims attack on Kenyan base",
        "Al-Shabaab fighters attacked a Kenyan army camp in Lamu, Kenya, on Tuesday, killing three "
        "soldiers, the military said. The group claimed it had killed 20 soldiers, a figure the army "
        "denied.",
        [("Armed clash", 3)],
    ),
    (
        "en",
        "IS claims Kano mosque bombing",
        "A bomb exploded inside a mosque in Kano, Nigeria, on Tuesday, killing five worshippers, police "
        "said. The Islamic State group later claimed the blast.",
        [("Remote explosive/landmine/IED", 5)],
    ),
    (
        "en",
        "Minister condemns killing of 4 aid workers in Darfur",
        "Gunmen killed four aid workers in an ambush on their convoy near Nyala, South Darfur, Sudan, on "
        "Monday, the charity said. The minister of social affairs condemned the attack on Tuesday.",
        [("Attack", 4)],
    ),
    (
        "en",
        "Police: no one killed in Garissa blast",
        "A blast damaged a mobile phone mast in Garissa, Kenya, on Tuesday, but no one was hurt, police said.",
        [("Remote explosive/landmine/IED", 0)],
    ),
    # ------------------------------------------------------------------ second towns, separate incidents
    (
        "en",
        "Gunmen kill 5 in Kajuru; 3 abducted in Chikun",
        "Gunmen killed five people in Kajuru, Kaduna State, Nigeria, on Monday night. In a separate "
        "incident, three farmers were abducted in Chikun, police said.",
        [("Attack", 5), ("Abduction/forced disappearance", 0)],
    ),
    (
        "en",
        "Two bombs hit Quetta and Mastung",
        "A roadside bomb killed two policemen in Quetta, Pakistan, on Tuesday. Elsewhere, a bomb planted "
        "on a motorcycle exploded in Mastung, wounding three people, officials said.",
        [("Remote explosive/landmine/IED", 2), ("Remote explosive/landmine/IED", 0)],
    ),
    # ------------------------------------------------------------------ no event: non-conflict, future
    (
        "en",
        "Army recruits pass out in Kaduna",
        "More than 2,000 recruits marched past the chief of army staff at a passing-out parade in Zaria, "
        "Kaduna State, on Tuesday.",
        [],
    ),
    (
        "en",
        "Ruling party attacks opposition's tax plan",
        "Zambia's ruling party on Tuesday attacked the opposition's tax plan, saying it would push "
        "thousands of families into poverty in Lusaka.",
        [],
    ),
    (
        "en",
        "Governors plan security summit",
        "Governors of the northwest will meet in Katsina next week to plan joint operations against the "
        "bandits who have killed hundreds of people this year.",
        [],
    ),
    (
        "en",
        "Army warns of possible attacks in Maguindanao",
        "The military on Tuesday warned residents of Datu Piang in Maguindanao, Philippines, that "
        "militants might attack the town and urged them to report strangers.",
        [],
    ),
    (
        "en",
        "Bomb hoax empties Lahore mall",
        "Police evacuated a shopping mall in Lahore, Pakistan, on Tuesday after a bomb threat, but no "
        "explosive device was found.",
        [],
    ),
    (
        "en",
        "Court frees 30 protesters held after June riots",
        "A court in Nairobi, Kenya, on Tuesday freed 30 young men who were arrested during the riots in "
        "June, saying the police had no evidence against them.",
        [],
    ),
    (
        "en",
        "Report: kidnappings for ransom rise in northwest",
        "Kidnappings for ransom rose by a third in the northwest of Nigeria in the first half of the year, "
        "a security consultancy in Lagos said on Tuesday.",
        [],
    ),
    (
        "en",
        "Former rebel leader buried in Goma",
        "Thousands of people attended the funeral in Goma, Democratic Republic of Congo, on Tuesday of a "
        "former rebel commander who died of illness last week.",
        [],
    ),
    # ------------------------------------------------------------------ more shapes (second batch)
    (
        "en",
        "Troops arrest 10 a day after Gwoza killings",
        "A day after gunmen killed 12 farmers near Gwoza, troops arrested 10 suspects in a raid on a "
        "hideout in Pulka, Borno State, Nigeria, on Tuesday, the army said.",
        [("Arrests", 0)],
    ),
    (
        "en",
        "Army says 30 militants killed; group says 3",
        "The army said on Tuesday its troops had killed 30 Ansar al-Sunna militants in a battle near "
        "Mocimboa da Praia in Cabo Delgado, Mozambique, on Monday. The group said only three of its "
        "fighters had died.",
        [("Armed clash", None)],
    ),
    (
        "en",
        "Hundreds march on anniversary of Bojaya massacre",
        "Hundreds of people marched through Quibdo in Choco, Colombia, on Tuesday to mark the anniversary "
        "of the 2002 massacre in Bojaya and to demand protection from armed groups.",
        [("Peaceful protest", 0)],
    ),
    (
        "en",
        "Pastor killed in Kafanchan; youths block highway",
        "Gunmen shot dead a pastor in Kafanchan, Kaduna State, Nigeria, on Sunday night. On Monday, "
        "hundreds of youths protesting the killing blocked the highway into the town for several hours.",
        [("Attack", 1), ("Peaceful protest", 0)],
    ),
    (
        "en",
        "UN condemns strike on Idlib market",
        "The United Nations on Tuesday condemned Monday's air strike on a market in Ariha in Idlib "
        "province, Syria, which killed 14 civilians, and called for an investigation.",
        [("Air/drone strike", 14)],
    ),
    (
        "en",
        "Gas cylinder, not bomb, caused Peshawar blast: police",
        "Police said on Tuesday that the explosion that killed two people at a restaurant in Peshawar, "
        "Pakistan, on Monday was caused by a gas cylinder, not a bomb.",
        [],
    ),
    (
        "en",
        "Trial of Kampala bombing suspects begins",
        "The trial of three men accused of the 2021 suicide bombings in Kampala, Uganda, that killed "
        "four people began at the High Court on Tuesday.",
        [],
    ),
    (
        "en",
        "Militants fire rockets at base hours after drone strike",
        "A drone strike killed four militants in a car near Mir Ali in North Waziristan, Pakistan, on "
        "Monday. Hours later, militants fired rockets at an army camp in Miranshah, North Waziristan, "
        "wounding two soldiers.",
        [("Air/drone strike", 4), ("Shelling/artillery/missile attack", 0)],
    ),
    (
        "en",
        "Al-Shabaab warns of attacks on Kenyan towns",
        "Al-Shabaab on Tuesday warned that it would attack towns in Kenya's Mandera county unless Kenyan "
        "troops left Somalia, in a message broadcast on a radio station it runs.",
        [],
    ),
    (
        "en",
        "Two years on, Sudan's El Geneina survivors seek justice",
        "Two years after the killings of thousands of Masalit civilians in El Geneina, West Darfur, "
        "Sudan, survivors living in camps in Chad said on Tuesday they were still waiting for justice.",
        [],
    ),
    (
        "en",
        "Police free 20 kidnap victims in Zamfara forest",
        "Police rescued 20 people who had been abducted by bandits from Kaura Namoda in Zamfara State, "
        "Nigeria, in August, after a gun battle with the kidnappers in a forest on Tuesday.",
        [("Armed clash", None)],
    ),
    (
        "en",
        "Israel says it intercepted missile from Yemen",
        "The Israeli military said its air defences intercepted a missile launched from Yemen towards "
        "Eilat, Israel, early on Tuesday, and no one was hurt.",
        [("Disrupted weapons use", 0)],
    ),
]
