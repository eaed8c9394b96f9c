"""Round 16 probe reports (langa: pt, es, it, ro, sw): new short reports written for these tests in
the shapes real news of each language takes (a headline, a lead, a toll, a second event). Read via
the search tool this round: Lusa / RTP / O País / SIC copy on raids in Nangade, Macomia and
Chiúre, Brazilian copy on looting during the 2013 protests in São Paulo; Mexican copy on armed
attacks in Guerrero, Michoacán and Durango, Colombian copy on dissident clashes in Guaviare, Meta,
Caquetá and Cauca and on drone attacks on a gathering; Italian copy on clashes at pro-Gaza and
student marches (Rome, Genoa, Turin), carabinieri raids on clans and suicide attacks abroad;
Romanian copy on Russian claims of captured villages in Donetsk, on drones over the Danube and on
Chișinău protests with detentions; Swahili copy (BBC, VOA, TBC, Mwananchi blogs) on al-Shabaab raids
on army camps, M23 taking towns and police tear gas in Zanzibar. No sentence of any report and no
evaluation text. Each: (language, headline, text, the rows expected as (sub-event type, fatalities
or None for any)); [] = a report with no event.

Six expectations were set again after the first run, where the first guess went against ACLED's
definitions, not to fit the coder: a place taken after its defenders withdrew or fled (Mucojo,
Walikale, Uvira, Kamanyola) is a non-violent transfer (no armed interaction told); drones shot
down are disrupted weapons use; an army raid that killed three people with no fire from them told
is an attack. The figures "right before" are counted on the expectations as they stand here."""

PUBLISHED = "2026-03-18"  # a Wednesday

PROBES = [
    # ------------------------------------------------------------------ pt
    (
        "pt",
        "Insurgentes atacam aldeia em Nangade",
        "Pelo menos nove pessoas foram assassinadas na noite de segunda-feira quando insurgentes invadiram a aldeia de Litingina, no distrito de Nangade, em Cabo Delgado. Os atacantes usaram catanas e queimaram mais de trinta casas.",
        [("Attack", 9)],
    ),
    (
        "pt",
        "",
        "Homens armados emboscaram na terça-feira um camião de passageiros na estrada entre Macomia e Awasse, em Cabo Delgado, matando quatro pessoas.",
        [("Attack", 4)],
    ),
    (
        "pt",
        "",
        "As forças moçambicanas e ruandesas travaram combates na terça-feira com insurgentes nas matas de Catupa, no distrito de Macomia; seis insurgentes foram mortos.",
        [("Armed clash", 6)],
    ),
    (
        "pt",
        "Insurgentes ocupam sede de posto administrativo",
        "Insurgentes ocuparam na terça-feira a sede do posto administrativo de Mucojo, no distrito de Macomia, depois de as tropas governamentais terem abandonado a vila.",
        [("Non-violent transfer of territory", 0)],
    ),
    (
        "pt",
        "",
        "Um engenho explosivo improvisado explodiu na terça-feira à passagem de uma viatura militar perto de Mocímboa da Praia, em Cabo Delgado, matando dois soldados.",
        [("Remote explosive/landmine/IED", 2)],
    ),
    (
        "pt",
        "Manifestantes saqueiam lojas no centro de Maputo",
        "Grupos de manifestantes saquearam lojas e incendiaram pneus na terça-feira na baixa de Maputo, durante um protesto contra o custo de vida; a polícia deteve 35 pessoas.",
        [("Violent demonstration", 0)],
    ),
    (
        "pt",
        "",
        "A polícia moçambicana disparou balas reais contra manifestantes na terça-feira em Nampula e matou três pessoas, segundo uma organização de direitos humanos.",
        [("Excessive force against protesters", 3)],
    ),
    (
        "pt",
        "",
        "Milhares de professores marcharam pacificamente na terça-feira pelas ruas de Lisboa para exigir aumentos salariais.",
        [("Peaceful protest", 0)],
    ),
    (
        "pt",
        "PF prende suspeitos de integrar facção",
        "A Polícia Federal prendeu na terça-feira 14 suspeitos de integrar uma facção criminosa numa operação em Manaus, no Amazonas.",
        [("Arrests", 0)],
    ),
    (
        "pt",
        "",
        "Dois homens foram mortos a tiro na madrugada de terça-feira num bar do bairro Jardim Ângela, em São Paulo; os atiradores chegaram numa moto e fugiram.",
        [("Attack", 2)],
    ),
    (
        "pt",
        "",
        "Um soldado ucraniano morreu e três ficaram feridos na terça-feira num ataque de drone russo contra uma posição perto de Pokrovsk, na região de Donetsk.",
        [("Air/drone strike", 1)],
    ),
    (
        "pt",
        "",
        "A Rússia bombardeou com mísseis a cidade de Zaporijia na terça-feira, matando cinco civis. Horas depois, drones ucranianos atingiram uma refinaria na região russa de Samara.",
        [("Shelling/artillery/missile attack", 5), ("Air/drone strike", 0)],
    ),
    (
        "pt",
        "",
        "Insurgentes atacaram na terça-feira a aldeia de Nacoja, em Ancuabe, e mataram dois camponeses. No mesmo dia, outro grupo atacou a aldeia de Mirate, em Montepuez, onde uma mulher foi decapitada.",
        [("Attack", 2), ("Attack", 1)],
    ),
    (
        "pt",
        "",
        "Dois jornalistas foram sequestrados por homens armados na terça-feira em Palma, em Cabo Delgado, quando regressavam de uma reportagem.",
        [("Abduction/forced disappearance", 0)],
    ),
    (
        "pt",
        "",
        "O governo e a Renamo assinaram na terça-feira em Maputo um acordo para o desarmamento dos últimos guerrilheiros do partido.",
        [("Agreement", 0)],
    ),
    (
        "pt",
        "",
        "A seleção de Moçambique venceu na terça-feira o Malawi por dois golos a zero no Estádio do Zimpeto, em Maputo.",
        [],
    ),
    (
        "pt",
        "",
        "Moradores revoltados lincharam na terça-feira um suspeito de roubo no bairro de Muhalaze, na Matola.",
        [("Mob violence", 1)],
    ),
    (
        "pt",
        "",
        "O exército anunciou na terça-feira que retomou o controlo da vila de Quissanga, em Cabo Delgado, após três dias de combates com os insurgentes.",
        [("Government regains territory", None)],
    ),
    (
        "pt",
        "",
        "Um jovem morreu baleado pela polícia na terça-feira durante uma manifestação contra os resultados eleitorais em Chimoio, na província de Manica.",
        [("Excessive force against protesters", 1)],
    ),
    (
        "pt",
        "Ataque a base militar em Mali",
        "Jihadistas atacaram na terça-feira um acampamento do exército maliano em Boulkessi, no centro do país; 12 soldados morreram nos combates, segundo fontes de segurança.",
        [("Armed clash", 12)],
    ),
    (
        "pt",
        "",
        "Agentes da polícia encontraram e destruíram na terça-feira um engenho explosivo colocado junto a uma ponte em Mueda, em Cabo Delgado.",
        [("Disrupted weapons use", 0)],
    ),
    (
        "pt",
        "",
        "Um homem-bomba fez-se explodir na terça-feira num mercado de Maiduguri, no nordeste da Nigéria, e matou 11 pessoas.",
        [("Suicide bomb", 11)],
    ),
    # ------------------------------------------------------------------ es
    (
        "es",
        "Ataque armado deja cuatro muertos en Chilapa",
        "Un grupo de hombres armados irrumpió el martes en una vivienda de la comunidad de Tepozcuautla, en el municipio de Chilapa, Guerrero, y mató a cuatro personas; otras dos resultaron heridas.",
        [("Attack", 4)],
    ),
    (
        "es",
        "",
        "Al menos 14 disidentes murieron en combates con el Ejército el martes en una zona rural del municipio de Calamar, en el Guaviare.",
        [("Armed clash", 14)],
    ),
    (
        "es",
        "Choques entre disidencias dejan 20 muertos",
        "Los combates entre dos facciones de las disidencias de las FARC dejaron el martes unos 20 muertos en la vereda La Paz, en zona rural de Miraflores, Guaviare, según el Ejército.",
        [("Armed clash", 20)],
    ),
    (
        "es",
        "",
        "Drones cargados con explosivos atacaron el martes la estación de policía de Suárez, en el Cauca; dos policías resultaron heridos.",
        [("Air/drone strike", 0)],
    ),
    (
        "es",
        "",
        "Un policía murió el martes cuando una motocicleta bomba estalló frente a la estación de Jamundí, en el Valle del Cauca.",
        [("Remote explosive/landmine/IED", 1)],
    ),
    (
        "es",
        "",
        "Sicarios asesinaron el martes al alcalde de San Pedro, en Michoacán, cuando salía de su casa.",
        [("Attack", 1)],
    ),
    (
        "es",
        "",
        "El Ejército anunció el martes que capturó a alias Gonzalo, cabecilla de una estructura del Clan del Golfo, en Tierralta, Córdoba.",
        [("Arrests", 0)],
    ),
    (
        "es",
        "",
        "El ejército sudanés anunció el martes que recuperó el control de la ciudad de Um Ruwaba, en el Kordofán del Norte, tras expulsar a las RSF.",
        [("Government regains territory", None)],
    ),
    (
        "es",
        "",
        "Miles de estudiantes marcharon el martes por el centro de Santiago para exigir más fondos para la educación pública.",
        [("Peaceful protest", 0)],
    ),
    (
        "es",
        "",
        "La policía dispersó con gases lacrimógenos una protesta de campesinos que bloqueaban la carretera Panamericana el martes en Popayán; 12 manifestantes fueron detenidos.",
        [("Protest with intervention", 0)],
    ),
    (
        "es",
        "",
        "Encapuchados quemaron el martes un autobús y lanzaron piedras contra la policía durante una protesta en el centro de Valparaíso.",
        [("Violent demonstration", 0)],
    ),
    (
        "es",
        "",
        "Pobladores furiosos golpearon hasta la muerte el martes a un presunto ladrón en el distrito de Juliaca, en Puno.",
        [("Mob violence", 1)],
    ),
    (
        "es",
        "",
        "Hombres armados secuestraron el martes a tres ingenieros de una empresa petrolera en la vía entre Saravena y Tame, en Arauca.",
        [("Abduction/forced disappearance", 0)],
    ),
    (
        "es",
        "",
        "El Gobierno y el ELN firmaron el martes en Caracas un acuerdo de cese al fuego bilateral de seis meses.",
        [("Agreement", 0)],
    ),
    (
        "es",
        "",
        "El Ejército encontró y destruyó el martes un campo minado con 15 artefactos explosivos en zona rural de El Tarra, Norte de Santander.",
        [("Disrupted weapons use", 0)],
    ),
    (
        "es",
        "",
        "Guerrilleros del ELN atacaron el martes una patrulla militar en Tibú, Norte de Santander, y mataron a dos soldados. Horas después, el Ejército bombardeó un campamento del grupo en el mismo municipio.",
        [("Armed clash", 2), ("Air/drone strike", None)],
    ),
    (
        "es",
        "",
        "Un ataque aéreo israelí mató el martes a siete personas en el campo de refugiados de Nuseirat, en el centro de la Franja de Gaza.",
        [("Air/drone strike", 7)],
    ),
    (
        "es",
        "",
        "Las lluvias del martes provocaron inundaciones en el sur de Lima; no hubo víctimas.",
        [],
    ),
    (
        "es",
        "",
        "Una mujer fue asesinada a balazos el martes por la noche en la colonia Industrial de Ciudad Juárez, Chihuahua.",
        [("Attack", 1)],
    ),
    (
        "es",
        "",
        "Un comando armado incendió el martes diez vehículos y una bodega en Los Reyes, Michoacán; no hubo heridos.",
        [("Looting/property destruction", 0)],
    ),
    (
        "es",
        "",
        "Agentes de la Guardia Nacional repelieron el martes una agresión armada en Apatzingán, Michoacán, y abatieron a tres atacantes.",
        [("Armed clash", 3)],
    ),
    # ------------------------------------------------------------------ it
    (
        "it",
        "Scontri al corteo per Gaza a Torino",
        "Tensione martedì a Torino durante un corteo pro Palestina: alcuni manifestanti hanno lanciato bottiglie e petardi contro la polizia, che ha risposto con cariche e idranti; dieci agenti sono rimasti feriti.",
        [("Violent demonstration", 0)],
    ),
    (
        "it",
        "",
        "Migliaia di studenti hanno sfilato pacificamente martedì per le vie di Bologna contro i tagli all'istruzione.",
        [("Peaceful protest", 0)],
    ),
    (
        "it",
        "",
        "La polizia ha disperso martedì con i lacrimogeni un presidio di attivisti davanti alla sede della Regione a Genova; sei persone sono state fermate.",
        [("Protest with intervention", 0)],
    ),
    (
        "it",
        "Blitz contro il clan a Catania",
        "I carabinieri hanno arrestato martedì 22 persone ritenute affiliate a un clan mafioso in un'operazione a Catania e in altre province della Sicilia.",
        [("Arrests", 0)],
    ),
    (
        "it",
        "",
        "Un attentatore suicida si è fatto esplodere martedì davanti a una moschea di Peshawar, in Pakistan, uccidendo 17 fedeli.",
        [("Suicide bomb", 17)],
    ),
    (
        "it",
        "",
        "Almeno otto civili sono morti martedì in un raid aereo russo su un quartiere residenziale di Kharkiv.",
        [("Air/drone strike", 8)],
    ),
    (
        "it",
        "",
        "L'esercito russo ha colpito martedì con l'artiglieria il centro di Kherson, uccidendo due persone e ferendone altre sei.",
        [("Shelling/artillery/missile attack", 2)],
    ),
    (
        "it",
        "",
        "Jihadisti hanno attaccato martedì un villaggio nel nord del Burkina Faso, vicino a Djibo, uccidendo una trentina di civili.",
        [("Attack", 30)],
    ),
    (
        "it",
        "",
        "Violenti combattimenti tra l'esercito congolese e i ribelli dell'M23 sono scoppiati martedì vicino a Sake, nel Nord Kivu; almeno 15 combattenti sono morti.",
        [("Armed clash", 15)],
    ),
    (
        "it",
        "",
        "I ribelli dell'M23 hanno conquistato martedì la città di Walikale, nel Nord Kivu, dopo la ritirata dell'esercito congolese.",
        [("Non-violent transfer of territory", 0)],
    ),
    (
        "it",
        "",
        "Un uomo armato ha aperto il fuoco martedì in un mercato di Kano, in Nigeria, uccidendo quattro persone prima di essere arrestato.",
        [("Attack", 4)],
    ),
    (
        "it",
        "",
        "Uomini armati hanno rapito martedì un sacerdote italiano nella regione di Tillabéri, in Niger.",
        [("Abduction/forced disappearance", 0)],
    ),
    (
        "it",
        "",
        "Una bomba è esplosa martedì al passaggio di un convoglio militare nella provincia di Kirkuk, in Iraq, uccidendo tre soldati.",
        [("Remote explosive/landmine/IED", 3)],
    ),
    (
        "it",
        "",
        "Israele e Hamas hanno firmato martedì al Cairo un accordo per una tregua di sei settimane e lo scambio di ostaggi e prigionieri.",
        [("Agreement", 0)],
    ),
    (
        "it",
        "",
        "Un gruppo di residenti ha picchiato a morte martedì un uomo accusato di aver rapito un bambino in un villaggio vicino a Dhaka, in Bangladesh.",
        [("Mob violence", 1)],
    ),
    (
        "it",
        "",
        "La Juventus ha battuto martedì sera il Torino per due a uno nel derby giocato allo Stadium.",
        [],
    ),
    (
        "it",
        "",
        "Un drone ucraino ha colpito martedì un deposito di carburante nella regione russa di Belgorod; non ci sono vittime.",
        [("Air/drone strike", 0)],
    ),
    (
        "it",
        "",
        "L'esercito israeliano ha ucciso martedì tre palestinesi in un'operazione nel campo profughi di Jenin, in Cisgiordania; in serata coloni hanno incendiato auto e case nel villaggio di Turmus Ayya.",
        [("Attack", 3), ("Looting/property destruction", 0)],
    ),
    (
        "it",
        "",
        "Manifestanti hanno assaltato e dato alle fiamme martedì la sede del municipio di Sidi Bouzid, in Tunisia, dopo la morte di un venditore ambulante.",
        [("Violent demonstration", 0)],
    ),
    (
        "it",
        "",
        "Le forze di sicurezza hanno sparato martedì sulla folla di manifestanti a Nairobi, uccidendo due giovani.",
        [("Excessive force against protesters", 2)],
    ),
    # ------------------------------------------------------------------ ro
    (
        "ro",
        "Rusia susține că a cucerit două sate în Donețk",
        "Ministerul rus al Apărării a anunțat marți că trupele sale au cucerit satele Novoselivka și Petrivka din regiunea Donețk, în estul Ucrainei.",
        [("Non-state actor overtakes territory", None)],
    ),
    (
        "ro",
        "",
        "Armata ucraineană a anunțat marți că a eliberat satul Kamianske, din regiunea Zaporojie, după lupte grele cu forțele ruse.",
        [("Government regains territory", None)],
    ),
    (
        "ro",
        "",
        "Trei civili au fost uciși și alți zece au fost răniți marți într-un atac cu rachete rusești asupra orașului Odesa.",
        [("Shelling/artillery/missile attack", 3)],
    ),
    (
        "ro",
        "",
        "Un atac cu drone rusești a lovit marți noaptea portul Izmail, pe Dunăre; doi muncitori au murit.",
        [("Air/drone strike", 2)],
    ),
    (
        "ro",
        "",
        "Rusia a lansat marți un val de drone asupra orașului Harkov, ucigând patru oameni. Câteva ore mai târziu, o rachetă a lovit un bloc de locuințe din Dnipro, unde au murit alți doi civili.",
        [("Air/drone strike", 4), ("Shelling/artillery/missile attack", 2)],
    ),
    (
        "ro",
        "Protest la Chișinău",
        "Câteva mii de oameni au protestat marți în fața Parlamentului de la Chișinău, cerând demisia guvernului; poliția a reținut 30 de protestatari.",
        [("Protest with intervention", 0)],
    ),
    (
        "ro",
        "",
        "Sute de fermieri au protestat pașnic marți la București împotriva prețurilor mici la cereale.",
        [("Peaceful protest", 0)],
    ),
    (
        "ro",
        "",
        "Protestatarii au aruncat cu pietre și sticle în jandarmi marți seara în Piața Victoriei din București, iar jandarmii au folosit gaze lacrimogene.",
        [("Violent demonstration", 0)],
    ),
    (
        "ro",
        "",
        "Un atentator sinucigaș s-a aruncat în aer marți într-o piață din Kabul, ucigând nouă persoane.",
        [("Suicide bomb", 9)],
    ),
    (
        "ro",
        "",
        "Luptători ai grupării Stat Islamic au atacat marți o bază a armatei nigeriene lângă Tillabéri, în Niger; 20 de soldați au fost uciși.",
        [("Armed clash", 20)],
    ),
    (
        "ro",
        "",
        "Poliția a arestat marți opt membri ai unei grupări extremiste suspectați că pregăteau atentate la Cluj-Napoca.",
        [("Arrests", 0)],
    ),
    (
        "ro",
        "",
        "Bărbați înarmați au răpit marți 40 de elevi dintr-o școală din statul Niger, în Nigeria.",
        [("Abduction/forced disappearance", 0)],
    ),
    (
        "ro",
        "",
        "Un soldat ucrainean a murit marți după ce vehiculul său a trecut peste o mină lângă Kupiansk, în regiunea Harkov.",
        [("Remote explosive/landmine/IED", 1)],
    ),
    (
        "ro",
        "",
        "Armata israeliană a bombardat marți mai multe sate din sudul Libanului, ucigând cinci persoane; ca răspuns, Hezbollah a lansat rachete asupra nordului Israelului.",
        [("Air/drone strike", 5), ("Shelling/artillery/missile attack", None)],
    ),
    (
        "ro",
        "",
        "Rusia și Ucraina au semnat marți la Istanbul un acord privind schimbul a 300 de prizonieri de război.",
        [("Agreement", 0)],
    ),
    (
        "ro",
        "",
        "Echipa națională a României a învins marți seara Bosnia cu 2-0, la București.",
        [],
    ),
    (
        "ro",
        "",
        "Rebelii M23 au preluat marți controlul orașului Uvira, în estul RD Congo, după retragerea armatei congoleze.",
        [("Non-violent transfer of territory", 0)],
    ),
    (
        "ro",
        "",
        "Lupte violente între armata sudaneză și RSF au avut loc marți la El Fasher, în Darfur; cel puțin 25 de combatanți au murit.",
        [("Armed clash", 25)],
    ),
    (
        "ro",
        "",
        "Un bărbat a fost împușcat mortal marți de necunoscuți într-o cafenea din Tiraspol, în regiunea transnistreană.",
        [("Attack", 1)],
    ),
    (
        "ro",
        "",
        "Coloniștii israelieni au incendiat marți case și mașini în satul palestinian Huwara, în Cisiordania.",
        [("Looting/property destruction", 0)],
    ),
    (
        "ro",
        "",
        "Militari ucraineni au doborât marți 40 de drone rusești deasupra regiunii Kiev; nu au fost victime.",
        [("Disrupted weapons use", 0)],
    ),
    # ------------------------------------------------------------------ sw
    (
        "sw",
        "Al-Shabaab washambulia kambi ya jeshi",
        "Wapiganaji wa al-Shabaab walishambulia kambi ya jeshi la Somalia Jumanne katika mji wa Balcad, jimbo la Shabelle ya Kati; wanajeshi kumi na wanamgambo sita waliuawa katika mapigano.",
        [("Armed clash", 16)],
    ),
    (
        "sw",
        "",
        "Watu saba wameuawa Jumanne baada ya bomu la kutegwa ardhini kulipuka karibu na basi katika kaunti ya Mandera, Kenya.",
        [("Remote explosive/landmine/IED", 7)],
    ),
    (
        "sw",
        "",
        "Mshambuliaji wa kujitoa mhanga alijilipua Jumanne katika mgahawa mmoja mjini Mogadishu na kuua watu tisa.",
        [("Suicide bomb", 9)],
    ),
    (
        "sw",
        "",
        "Waasi wa M23 wameuteka mji wa Kamanyola Jumanne katika jimbo la Kivu Kusini baada ya wanajeshi wa serikali kukimbia.",
        [("Non-violent transfer of territory", 0)],
    ),
    (
        "sw",
        "",
        "Mapigano makali yalizuka Jumanne kati ya jeshi la Congo na waasi wa M23 karibu na mji wa Masisi, Kivu Kaskazini; watu 12 waliuawa.",
        [("Armed clash", 12)],
    ),
    (
        "sw",
        "",
        "Polisi walitumia mabomu ya machozi kuwatawanya waandamanaji Jumanne katika mji wa Mombasa; watu 20 walikamatwa.",
        [("Protest with intervention", 0)],
    ),
    (
        "sw",
        "",
        "Mamia ya wafanyabiashara waliandamana kwa amani Jumanne katika mji wa Arusha kupinga ongezeko la kodi.",
        [("Peaceful protest", 0)],
    ),
    (
        "sw",
        "",
        "Vijana waliokuwa na hasira walichoma moto kituo cha polisi na kurusha mawe Jumanne katika mji wa Kisii baada ya kifo cha mwendesha bodaboda.",
        [("Violent demonstration", 0)],
    ),
    (
        "sw",
        "",
        "Polisi waliwapiga risasi waandamanaji Jumanne jijini Nairobi na kuua watu watatu, kwa mujibu wa shirika la haki za binadamu.",
        [("Excessive force against protesters", 3)],
    ),
    (
        "sw",
        "",
        "Wanamgambo wa ADF waliwaua raia 22 Jumanne katika kijiji cha Mayi-Moya, karibu na Beni, mashariki mwa DRC.",
        [("Attack", 22)],
    ),
    (
        "sw",
        "",
        "Watu wenye silaha waliwateka nyara wafanyakazi watatu wa shirika la misaada Jumanne katika kaunti ya Garissa, Kenya.",
        [("Abduction/forced disappearance", 0)],
    ),
    (
        "sw",
        "",
        "Polisi wamewakamata watu 15 Jumanne wanaoshukiwa kuwa wanachama wa al-Shabaab katika kaunti ya Lamu.",
        [("Arrests", 0)],
    ),
    (
        "sw",
        "",
        "Wakazi wenye hasira walimpiga hadi kufa mtu mmoja anayedaiwa kuwa mwizi Jumanne katika kijiji cha Nyamongo, wilaya ya Tarime.",
        [("Mob violence", 1)],
    ),
    (
        "sw",
        "",
        "Ndege za kivita za Marekani zilishambulia ngome ya al-Shabaab Jumanne karibu na mji wa Jilib, Somalia, na kuua wapiganaji 30.",
        [("Air/drone strike", 30)],
    ),
    (
        "sw",
        "",
        "Serikali ya Congo na waasi wa M23 walitia saini makubaliano ya kusitisha mapigano Jumanne mjini Doha, Qatar.",
        [("Agreement", 0)],
    ),
    (
        "sw",
        "",
        "Timu ya taifa ya Tanzania iliifunga Uganda mabao mawili kwa moja Jumanne katika uwanja wa Benjamin Mkapa, Dar es Salaam.",
        [],
    ),
    (
        "sw",
        "",
        "Jeshi la Congo limesema Jumanne kwamba limeukomboa mji wa Walikale kutoka kwa waasi wa M23.",
        [("Government regains territory", None)],
    ),
    (
        "sw",
        "",
        "Majambazi waliokuwa na bunduki walivamia kijiji cha Kapedo, kaunti ya Turkana, Jumanne na kuwaua watu wanne kabla ya kuiba ng'ombe 200.",
        [("Attack", 4)],
    ),
    (
        "sw",
        "",
        "Watu watano waliuawa Jumanne katika shambulio la droni la jeshi la Sudan kwenye soko la mji wa Nyala, Darfur Kusini.",
        [("Air/drone strike", 5)],
    ),
    (
        "sw",
        "",
        "Watu wasiojulikana walichoma moto nyumba kumi na ghala la chakula Jumanne katika kijiji cha Kibiti, mkoa wa Pwani.",
        [("Looting/property destruction", 0)],
    ),
    (
        "sw",
        "",
        "Wanajeshi wa Somalia walikamata silaha na mabomu yaliyokuwa yamefichwa na al-Shabaab Jumanne katika eneo la Afgoye.",
        [("Disrupted weapons use", 0)],
    ),
]
