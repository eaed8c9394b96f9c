"""Round 15 probe reports (langa: pt, es, ro, it, sw): new short reports written for these tests in
the shapes real news of each language takes (a headline, a lead, a toll). Read via the search tool
this round: Lusa / RTP / O País copy on Nangade, Macomia and Muidumbe, Angolan protest copy from
Luanda, Brazilian police-operation copy (Mato Grosso, Minas Gerais, São Paulo); Colombian copy on
the Cauca dissidents, Ecuadorian copy on the kidnapping of police officers, Mexican copy on bar
shootings in Guanajuato and Zacatecas; Romanian copy on Russian strikes on Harkov and on protests in
Chișinău; Italian copy on the Sahel, Gaza and Kharkiv; Swahili copy from Taifa Leo, VOA, RFI and
DW on cattle raids in Samburu and Laikipia, al-Shabaab raids on army camps, M23 fighting and
Tanzanian police dispersing marches. No sentence of any report and no evaluation text. Each:
(language, headline, text, the rows expected as (sub-event type, fatalities or None for any));
[] = a report with no event."""

PUBLISHED = "2025-11-12"  # a Wednesday

PROBES = [
    # ------------------------------------------------------------------ pt
    (
        "pt",
        "Insurgentes matam sete pessoas em Chiúre",
        "Pelo menos sete pessoas foram mortas na noite de segunda-feira num ataque de insurgentes à aldeia de Ocua, no distrito de Chiúre, em Cabo Delgado. Os agressores incendiaram dezenas de palhotas.",
        [("Attack", 7)],
    ),
    (
        "pt",
        "",
        "Homens armados saquearam na terça-feira a aldeia de Mapate, no distrito de Muidumbe, em Cabo Delgado, e levaram milho, arroz e cabritos; não há relato de vítimas.",
        [("Looting/property destruction", 0)],
    ),
    (
        "pt",
        "",
        "Um grupo armado reduziu a cinzas uma igreja e uma escola na aldeia de Namapamo, no distrito de Chiúre, na madrugada de segunda-feira.",
        [("Looting/property destruction", 0)],
    ),
    (
        "pt",
        "Dois camponeses decapitados em Ancuabe",
        "Os corpos de dois camponeses foram encontrados decapitados na segunda-feira perto da aldeia de Meza, no distrito de Ancuabe, em Cabo Delgado, depois de um ataque de insurgentes às machambas.",
        [("Attack", 2)],
    ),
    (
        "pt",
        "",
        "As Forças de Defesa e Segurança e as tropas ruandesas responderam na terça-feira a um ataque de insurgentes à vila de Mocímboa da Praia; três insurgentes foram abatidos, segundo fontes militares.",
        [("Armed clash", 3)],
    ),
    (
        "pt",
        "Polícia dispersa marcha em Luanda",
        "A polícia angolana disparou gás lacrimogéneo e balas de borracha na terça-feira para dispersar uma marcha de protesto contra a subida do preço dos combustíveis, em Luanda; cerca de 20 ativistas foram detidos.",
        [("Protest with intervention", 0)],
    ),
    (
        "pt",
        "",
        "Centenas de taxistas manifestaram-se pacificamente na terça-feira em Benguela contra o aumento das taxas de circulação.",
        [("Peaceful protest", 0)],
    ),
    (
        "pt",
        "",
        "Jovens revoltados bloquearam estradas com pneus a arder e apedrejaram viaturas da polícia na terça-feira no bairro do Cazenga, em Luanda.",
        [("Violent demonstration", 0)],
    ),
    (
        "pt",
        "Suspeito morre em confronto com a PM em Cuiabá",
        "Um suspeito morreu depois de trocar tiros com policiais militares na madrugada de terça-feira no bairro Pedra 90, em Cuiabá, Mato Grosso.",
        [("Armed clash", 1)],
    ),
    (
        "pt",
        "",
        "Equipes da Polícia Civil foram recebidas a tiros por suspeitos na terça-feira em Contagem, na Grande Belo Horizonte; houve revide e dois homens morreram.",
        [("Armed clash", 2)],
    ),
    (
        "pt",
        "Motorista de aplicativo é executado em Fortaleza",
        "Um motorista de aplicativo foi executado com vários tiros na noite de terça-feira no bairro Barra do Ceará, em Fortaleza; os atiradores fugiram numa moto.",
        [("Attack", 1)],
    ),
    (
        "pt",
        "",
        "A Polícia Federal prendeu na terça-feira em Manaus quatro homens suspeitos de integrar uma facção criminosa.",
        [("Arrests", 0)],
    ),
    (
        "pt",
        "Comerciante sequestrado em Bissau",
        "Um comerciante foi sequestrado na terça-feira por homens armados à saída da sua loja em Bissau, na Guiné-Bissau, e continua desaparecido.",
        [("Abduction/forced disappearance", 0)],
    ),
    (
        "pt",
        "",
        "Um drone russo atingiu na terça-feira um autocarro de passageiros em Kherson, no sul da Ucrânia, matando duas pessoas e ferindo outras nove.",
        [("Air/drone strike", 2)],
    ),
    (
        "pt",
        "Ataque jihadista mata 15 soldados no Mali",
        "Quinze soldados malianos morreram na segunda-feira num ataque de jihadistas contra um posto militar na região de Ségou, no Mali, anunciou o exército.",
        [("Armed clash", 15)],
    ),
    (
        "pt",
        "",
        "Um engenho explosivo improvisado rebentou na terça-feira à passagem de uma viatura militar perto de Mueda, em Cabo Delgado, matando dois soldados.",
        [("Remote explosive/landmine/IED", 2)],
    ),
    (
        "pt",
        "",
        "Um homem acusado de feitiçaria foi espancado até à morte por moradores na terça-feira numa aldeia do distrito de Mogovolas, em Nampula.",
        [("Mob violence", 1)],
    ),
    (
        "pt",
        "Governo anuncia novo plano para Cabo Delgado",
        "O Governo moçambicano aprovou na terça-feira em Maputo um novo plano de reconstrução das zonas afetadas pelo conflito em Cabo Delgado.",
        [],
    ),
    (
        "pt",
        "",
        "A seleção de Angola venceu na terça-feira a Zâmbia por dois golos a zero em Luanda, num jogo de qualificação.",
        [],
    ),
    (
        "pt",
        "",
        "Forças ucranianas bombardearam na terça-feira posições russas perto de Pokrovsk, na região de Donetsk, segundo o Estado-Maior.",
        [("Shelling/artillery/missile attack", 0)],
    ),
    # ------------------------------------------------------------------ es
    (
        "es",
        "Cuatro disidentes mueren en combates en El Tambo",
        "Cuatro presuntos disidentes de las Farc murieron en combates con el Ejército en la zona rural de El Tambo, Cauca, el martes, informaron fuentes militares.",
        [("Armed clash", 4)],
    ),
    (
        "es",
        "",
        "Se desató el martes un enfrentamiento entre el Ejército Nacional y las disidencias en la vereda La Cumbre, en el municipio de Suárez, Cauca; no se reportaron bajas.",
        [("Armed clash", 0)],
    ),
    (
        "es",
        "Soldado secuestrado en el Cauca",
        "Un soldado fue secuestrado por disidentes el martes durante combates en el corregimiento de El Plateado, en Argelia, Cauca; otros tres militares resultaron heridos.",
        [("Abduction/forced disappearance", 0)],
    ),
    (
        "es",
        "",
        "Un soldado murió el martes al pisar una mina antipersonal en la vereda El Diamante, en Tibú, Norte de Santander.",
        [("Remote explosive/landmine/IED", 1)],
    ),
    (
        "es",
        "Comando armado mata a seis personas en un bar de Irapuato",
        "Un comando armado irrumpió la noche del martes en un bar de Irapuato, Guanajuato, y abrió fuego contra los clientes; seis personas murieron y tres resultaron heridas.",
        [("Attack", 6)],
    ),
    (
        "es",
        "",
        "Siete hombres fueron acribillados el martes en una vivienda de la colonia Las Flores, en Fresnillo, Zacatecas, informó la Fiscalía.",
        [("Attack", 7)],
    ),
    (
        "es",
        "Secuestran a tres policías en Machala",
        "Tres policías fueron secuestrados el martes por un grupo de hombres armados en una unidad de policía comunitaria de Machala, en la provincia de El Oro, Ecuador.",
        [("Abduction/forced disappearance", 0)],
    ),
    (
        "es",
        "",
        "La Policía de Ecuador detuvo el martes a nueve personas en Esmeraldas por la quema de vehículos y el ataque a una gasolinera.",
        [("Arrests", 0)],
    ),
    (
        "es",
        "Dron con explosivos contra estación de Policía",
        "Disidentes lanzaron el martes explosivos desde un dron contra la estación de Policía de Jamundí, en el Valle del Cauca; dos policías resultaron heridos.",
        [("Air/drone strike", 0)],
    ),
    (
        "es",
        "",
        "Miles de estudiantes marcharon el martes por el centro de Lima contra la reforma universitaria, sin incidentes.",
        [("Peaceful protest", 0)],
    ),
    (
        "es",
        "",
        "La policía dispersó con gases lacrimógenos a cientos de manifestantes que bloqueaban la carretera Panamericana en Ica, Perú, el martes; 15 personas fueron detenidas.",
        [("Protest with intervention", 0)],
    ),
    (
        "es",
        "Dos muertos en disturbios en Puno",
        "Dos manifestantes murieron el martes durante enfrentamientos con la policía en Juliaca, Puno, cuando cientos de personas intentaron tomar el aeropuerto con piedras y palos.",
        [("Violent demonstration", 2)],
    ),
    (
        "es",
        "",
        "Pobladores enfurecidos lincharon el martes a un presunto ladrón en el municipio de Santa Cruz Verapaz, en Alta Verapaz, Guatemala.",
        [("Mob violence", 1)],
    ),
    (
        "es",
        "Bombardeo del Ejército contra el Clan del Golfo",
        "Las Fuerzas Militares bombardearon el martes un campamento del Clan del Golfo en zona rural de Tarazá, Antioquia; al menos ocho integrantes del grupo murieron.",
        [("Air/drone strike", 8)],
    ),
    (
        "es",
        "",
        "Pandilleros asesinaron el martes a tres personas e incendiaron casas en el barrio de Carrefour, en Puerto Príncipe, Haití.",
        [("Attack", 3)],
    ),
    (
        "es",
        "Capturan a alias el Flaco en Cúcuta",
        "El Ejército capturó el martes en Cúcuta a alias el Flaco, cabecilla de una estructura del ELN señalada de extorsión.",
        [("Arrests", 0)],
    ),
    (
        "es",
        "",
        "El ataque con cohetes de las RSF contra un mercado de El Obeid, en Sudán, dejó el martes 12 muertos, según fuentes médicas.",
        [("Shelling/artillery/missile attack", 12)],
    ),
    (
        "es",
        "El Gobierno y el ELN retoman los diálogos",
        "El Gobierno colombiano y el ELN retomaron el martes en Caracas los diálogos de paz suspendidos desde enero.",
        [],
    ),
    (
        "es",
        "",
        "Las lluvias torrenciales dejaron el martes cinco muertos y cientos de damnificados en Oaxaca, informó Protección Civil.",
        [],
    ),
    (
        "es",
        "",
        "Un hombre asesinó a su expareja el martes en Guadalajara y después se entregó a la policía.",
        # a killing at home, no political or group violence: ACLED codes none
        [],
    ),
    # ------------------------------------------------------------------ ro
    (
        "ro",
        "Bombardament rusesc asupra Harkovului: cinci morți",
        "Cel puțin cinci persoane au fost ucise și alte 20 rănite marți într-un bombardament rusesc asupra orașului Harkov, a anunțat guvernatorul regional.",
        [("Shelling/artillery/missile attack", 5)],
    ),
    (
        "ro",
        "",
        "O rachetă rusească a lovit marți o clădire de apartamente din Odesa, ucigând trei persoane, au anunțat autoritățile locale.",
        [("Shelling/artillery/missile attack", 3)],
    ),
    (
        "ro",
        "Atac cu drone asupra Sumî",
        "Un atac rusesc cu drone a ucis marți două persoane și a rănit alte opt în orașul Sumî, în nord-estul Ucrainei.",
        [("Air/drone strike", 2)],
    ),
    (
        "ro",
        "",
        "Rușii au lovit marți cu bombe ghidate un bloc de locuințe din Zaporojie; patru oameni au murit, potrivit autorităților regionale.",
        [("Air/drone strike", 4)],
    ),
    (
        "ro",
        "Zeci de reținuți la un protest la Chișinău",
        "Peste 30 de persoane au fost reținute de polițiști marți în timpul unui protest al opoziției în fața Parlamentului de la Chișinău.",
        [("Protest with intervention", 0)],
    ),
    (
        "ro",
        "",
        "Sute de persoane au protestat marți în Piața Victoriei din București împotriva modificării legilor justiției; nu au fost înregistrate incidente.",
        [("Peaceful protest", 0)],
    ),
    (
        "ro",
        "",
        "Protestatari violenți au aruncat cu pietre și torțe în jandarmi și au incendiat tomberoane marți seara în centrul Bucureștiului.",
        [("Violent demonstration", 0)],
    ),
    (
        "ro",
        "Soldați ruși uciși de o dronă ucraineană",
        "Trei soldați ruși au fost uciși marți de o dronă ucraineană în apropiere de Belgorod, a anunțat guvernatorul regiunii.",
        [("Air/drone strike", 3)],
    ),
    (
        "ro",
        "",
        "Un bărbat a fost împușcat mortal marți de persoane necunoscute în localitatea Cahul, în sudul Republicii Moldova.",
        [("Attack", 1)],
    ),
    (
        "ro",
        "Atentat sinucigaș la Mogadishu",
        "Un atacator sinucigaș s-a aruncat în aer marți la intrarea unei baze militare din Mogadishu, ucigând cel puțin șapte soldați somalezi.",
        [("Suicide bomb", 7)],
    ),
    (
        "ro",
        "",
        "Poliția l-a arestat marți la Constanța pe un bărbat suspectat că plănuia un atac terorist.",
        [("Arrests", 0)],
    ),
    (
        "ro",
        "",
        "Atacuri aeriene israeliene au ucis marți cel puțin 18 palestinieni în Khan Younis, în sudul Fâșiei Gaza, potrivit Apărării Civile.",
        [("Air/drone strike", 18)],
    ),
    (
        "ro",
        "Lupte grele în regiunea Donețk",
        "Forțele ucrainene și ruse s-au confruntat marți în lupte grele lângă Pokrovsk, în regiunea Donețk, a anunțat Statul Major.",
        [("Armed clash", 0)],
    ),
    (
        "ro",
        "",
        "Armata rusă a anunțat marți că a cucerit satul Novopavlivka, în regiunea Dnipropetrovsk.",
        [("Non-state actor overtakes territory", 0)],
    ),
    (
        "ro",
        "Guvernul a adoptat bugetul",
        "Guvernul a adoptat marți la București proiectul de buget pentru anul viitor, după o ședință de peste cinci ore.",
        [],
    ),
    (
        "ro",
        "",
        "Inundațiile au făcut marți trei morți în județul Galați, a anunțat Inspectoratul pentru Situații de Urgență.",
        [],
    ),
    (
        "ro",
        "",
        "Jihadiști au ucis marți 12 civili într-un sat din provincia Tillaberi, în vestul Nigerului.",
        [("Attack", 12)],
    ),
    (
        "ro",
        "",
        "Un grup de bărbați înarmați a răpit marți doi muncitori străini în statul Zamfara, în nord-vestul Nigeriei.",
        [("Abduction/forced disappearance", 0)],
    ),
    # ------------------------------------------------------------------ it
    (
        "it",
        "Agguato jihadista in Burkina Faso, uccisi dieci soldati",
        "Dieci soldati burkinabé sono stati uccisi martedì in un agguato di gruppi terroristici armati contro una pattuglia vicino a Sebba, nel nord-est del Burkina Faso.",
        [("Armed clash", 10)],
    ),
    (
        "it",
        "",
        "Un gruppo jihadista ha ucciso martedì almeno 14 gendarmi in un attacco contro un distaccamento nella regione di Tillaberi, in Niger.",
        [("Armed clash", 14)],
    ),
    (
        "it",
        "Raid israeliano su un campo profughi",
        "Un raid aereo israeliano ha colpito martedì il campo profughi di Nuseirat, nel centro della Striscia di Gaza, provocando la morte di almeno undici palestinesi.",
        [("Air/drone strike", 11)],
    ),
    (
        "it",
        "",
        "Un missile balistico russo ha colpito martedì un edificio residenziale di Kharkiv, uccidendo sei persone e ferendone altre 15, ha detto il sindaco.",
        [("Shelling/artillery/missile attack", 6)],
    ),
    (
        "it",
        "Scontri tra polizia e manifestanti a Torino",
        "Scontri tra polizia e manifestanti pro Palestina martedì a Torino: i manifestanti hanno lanciato bottiglie e petardi contro gli agenti, che hanno risposto con i lacrimogeni.",
        [("Violent demonstration", 0)],
    ),
    (
        "it",
        "",
        "Migliaia di persone hanno sfilato martedì a Milano in un corteo pacifico contro la guerra.",
        [("Peaceful protest", 0)],
    ),
    (
        "it",
        "",
        "La polizia ha sgomberato martedì un presidio di studenti davanti all'università di Bologna; tre manifestanti sono stati fermati.",
        [("Protest with intervention", 0)],
    ),
    (
        "it",
        "Sequestrati quattro poliziotti in Ecuador",
        "Quattro poliziotti sono stati sequestrati martedì da una banda criminale nella città di Machala, in Ecuador.",
        [("Abduction/forced disappearance", 0)],
    ),
    (
        "it",
        "",
        "I carabinieri hanno arrestato martedì a Caserta cinque persone accusate di far parte di un clan della camorra.",
        [("Arrests", 0)],
    ),
    (
        "it",
        "Autobomba a Mogadiscio",
        "Un'autobomba è esplosa martedì davanti a un ristorante di Mogadiscio, uccidendo almeno nove persone; l'attacco è stato rivendicato da al-Shabaab.",
        [("Remote explosive/landmine/IED", 9)],
    ),
    (
        "it",
        "",
        "Combattimenti tra l'esercito sudanese e le Rsf hanno causato martedì 20 morti nella città di El Obeid, nel Kordofan.",
        [("Armed clash", 20)],
    ),
    (
        "it",
        "",
        "Un manifestante palestinese è stato ucciso martedì dai soldati israeliani durante una protesta vicino a Nablus, in Cisgiordania.",
        [("Excessive force against protesters", 1)],
    ),
    (
        "it",
        "Ucciso a colpi di coltello a Roma",
        "Un uomo di 40 anni è stato ucciso a coltellate martedì sera in una strada del quartiere Tor Bella Monaca, a Roma.",
        [("Attack", 1)],
    ),
    (
        "it",
        "",
        "Un drone russo ha colpito martedì un'auto civile nella regione di Kherson, uccidendo due persone.",
        [("Air/drone strike", 2)],
    ),
    (
        "it",
        "Il governo approva la manovra",
        "Il Consiglio dei ministri ha approvato martedì a Roma la legge di bilancio per il prossimo anno.",
        [],
    ),
    (
        "it",
        "",
        "Un terremoto di magnitudo 4 ha colpito martedì la provincia di Macerata senza causare vittime.",
        [],
    ),
    (
        "it",
        "",
        "L'esercito russo ha preso martedì il controllo del villaggio di Bilytske, nella regione di Donetsk, secondo il ministero della Difesa di Mosca.",
        [("Non-state actor overtakes territory", 0)],
    ),
    # ------------------------------------------------------------------ sw
    (
        "sw",
        "Wanajeshi sita wauawa na al-Shabaab kambini",
        "Wanajeshi sita wa Somalia wameuawa Jumanne baada ya wapiganaji wa al-Shabaab kuivamia kambi ya jeshi katika mji wa Bulo Burte, eneo la Hiiraan.",
        [("Armed clash", 6)],
    ),
    (
        "sw",
        "",
        "Wapiganaji wa al-Shabaab walilipua gari lililotegwa bomu karibu na kambi ya jeshi katika eneo la Lower Shabelle siku ya Jumanne na kuua wanajeshi wanne.",
        # a car rigged with a bomb, no bomber told: a remote explosive
        [("Remote explosive/landmine/IED", 4)],
    ),
    (
        "sw",
        "Watu wawili wauawa na wezi wa mifugo Samburu",
        "Watu wawili walipigwa risasi na kuuawa Jumanne na wezi wa mifugo katika kijiji cha Lolmolog, kaunti ya Samburu, na ng'ombe 40 wakaibwa.",
        [("Attack", 2)],
    ),
    (
        "sw",
        "",
        "Majangili waliwaua watu watatu na kuiba mbuzi 200 katika eneo la Tiaty, kaunti ya Baringo, siku ya Jumanne, polisi wamesema.",
        [("Attack", 3)],
    ),
    (
        "sw",
        "Polisi watawanya waandamanaji kwa mabomu ya machozi",
        "Polisi wametumia mabomu ya machozi kuwatawanya waandamanaji waliokuwa wakiandamana Jumanne katika mji wa Mombasa kupinga utekaji nyara.",
        [("Protest with intervention", 0)],
    ),
    (
        "sw",
        "",
        "Jeshi la Polisi mkoani Mara limewakamata watu kumi wakiwemo viongozi wa chama cha upinzani Jumanne wilayani Bunda.",
        [("Arrests", 0)],
    ),
    (
        "sw",
        "Mapigano makali kati ya M23 na Wazalendo",
        "Mapigano makali yamezuka Jumanne kati ya waasi wa M23 na wapiganaji wa Wazalendo katika kijiji cha Mpombi, wilaya ya Walikale, Kivu Kaskazini.",
        [("Armed clash", None)],
    ),
    (
        "sw",
        "",
        "Waasi wa ADF wamewaua raia 18 kwa mapanga Jumanne katika kijiji kimoja cha eneo la Beni, mkoa wa Kivu Kaskazini.",
        [("Attack", 18)],
    ),
    (
        "sw",
        "Waasi wa M23 wauteka mji wa Walikale",
        "Waasi wa M23 wameuteka mji wa Walikale Jumanne baada ya mapigano na jeshi la Kongo, FARDC.",
        [("Non-state actor overtakes territory", 0)],
    ),
    (
        "sw",
        "",
        "Maelfu ya watu waliandamana kwa amani Jumanne katika mitaa ya Nairobi kupinga ongezeko la ushuru.",
        [("Peaceful protest", 0)],
    ),
    (
        "sw",
        "Vijana wachoma kituo cha polisi",
        "Vijana wenye hasira walichoma moto kituo cha polisi na kurusha mawe Jumanne katika mji wa Kisumu baada ya kifo cha mwendesha bodaboda.",
        [("Violent demonstration", 0)],
    ),
    (
        "sw",
        "",
        "Mwanamume mmoja anayeshukiwa kuwa mwizi aliuawa na umati wa watu wenye hasira Jumanne katika eneo la Kibera, Nairobi.",
        [("Mob violence", 1)],
    ),
    (
        "sw",
        "Wanajeshi wa Marekani washambulia kambi ya al-Shabaab",
        "Jeshi la Marekani limefanya shambulio la anga dhidi ya kambi ya al-Shabaab karibu na mji wa Jilib Jumanne na kuua wanamgambo kumi.",
        [("Air/drone strike", 10)],
    ),
    (
        "sw",
        "",
        "Watu wasiojulikana wamemteka nyara mfanyabiashara mmoja Jumanne katika mji wa Arusha, Tanzania.",
        [("Abduction/forced disappearance", 0)],
    ),
    (
        "sw",
        "",
        "Mashambulizi ya makombora ya RSF yameua raia tisa Jumanne katika mji wa El Fasher, Sudan.",
        [("Shelling/artillery/missile attack", 9)],
    ),
    (
        "sw",
        "Rais azindua barabara mpya",
        "Rais amezindua Jumanne barabara mpya ya kilomita 50 inayounganisha miji ya Dodoma na Iringa.",
        [],
    ),
    (
        "sw",
        "",
        "Mvua kubwa imesababisha vifo vya watu watano Jumanne katika kaunti ya Tana River.",
        [],
    ),
    (
        "sw",
        "",
        "Bomu lililotegwa ardhini limelipuka Jumanne na kuua wanajeshi watatu wa Kenya katika kaunti ya Lamu.",
        [("Remote explosive/landmine/IED", 3)],
    ),
    (
        "sw",
        "",
        "Washambuliaji wenye silaha walishambulia kituo cha polisi katika kaunti ya Mandera Jumanne na kuua maafisa wawili wa polisi.",
        [("Armed clash", 2)],
    ),
]
