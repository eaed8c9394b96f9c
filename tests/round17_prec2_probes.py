"""Round 17 precision probe reports, second batch (prec2: en, fr, es, pt, de): short reports written
for these tests in the shapes of the false rows engineers noticed this round (issue 13): a trade or
arms contract between states told as an agreement, a truce that is only due to take effect, a road
blocked by a thing, fans celebrating a victory, an arrest for allegedly inciting riots; and reports
beside them that must keep their rows. Read via the search tool this round: English copy on Syrian
ceasefires scheduled to take effect and on their first hours; French copy on World Cup victory
parades and supporters' celebrations in Paris, Brest and Alençon. No sentence of any report and no
evaluation text. Each: (language, headline, text, the rows expected as (sub-event type, fatalities
or None for any)); [] = a report with no event.

Counted on the code before this branch ("right before") and after: see the report of r17-prec2."""

PUBLISHED = "2026-03-18"  # a Wednesday

PROBES = [
    # ------------------------------------------------------------------ en
    (
        "en",
        "Ghana buys patrol aircraft from Brazil",
        "Ghana signed a contract with Brazil on Monday to purchase four patrol aircraft for its air force, the defence ministry said in Accra. The first aircraft will be delivered next year.",
        [],
    ),
    (
        "en",
        "Truce in Blue Nile due to start on Friday",
        "A truce between the army and the rebels in Blue Nile state is due to take effect on Friday, mediators said in Juba on Tuesday.",
        [],
    ),
    (
        "en",
        "Landslide cuts highway near Mutare",
        "A landslide blocked the highway between Mutare and Nyanga on Tuesday after heavy rain, and motorists were stranded for hours.",
        [],
    ),
    (
        "en",
        "Police detain students in Ibadan",
        "Police arrested four students in Ibadan on Tuesday for allegedly inciting riots on the campus, a spokesman said.",
        [("Arrests", 0)],
    ),
    (
        "en",
        "Traders block highway in Kisumu",
        "Hundreds of traders blocked the Kisumu-Busia highway on Tuesday to protest against new market fees.",
        [("Peaceful protest", 0)],
    ),
    (
        "en",
        "Rebels and army sign truce in Juba",
        "The army and the rebels signed a ceasefire agreement in Juba on Tuesday after two weeks of talks.",
        [("Agreement", 0)],
    ),
    # ------------------------------------------------------------------ fr
    (
        "fr",
        "Le Sénégal achète des patrouilleurs à la France",
        "Le Sénégal a signé mardi un accord avec la France pour acheter trois patrouilleurs destinés à sa marine, a annoncé le ministère des Armées à Dakar.",
        [],
    ),
    (
        "fr",
        "Une trêve doit entrer en vigueur vendredi",
        "La trêve entre l'armée et les rebelles doit entrer en vigueur vendredi dans le territoire de Masisi, selon les médiateurs.",
        [],
    ),
    (
        "fr",
        "Liesse à Yaoundé après la qualification",
        "Des milliers de supporters ont défilé mardi soir dans les rues de Yaoundé pour fêter la qualification des Lions indomptables.",
        [],
    ),
    (
        "fr",
        "Des manifestants bloquent la route à Kindia",
        "Des centaines de jeunes ont bloqué la route nationale mardi à Kindia pour protester contre les coupures d'électricité.",
        [("Peaceful protest", 0)],
    ),
    # ------------------------------------------------------------------ es
    (
        "es",
        "Perú compra drones a Turquía",
        "Perú firmó el martes un acuerdo con Turquía para comprar seis drones para su ejército, informó el ministerio de Defensa en Lima.",
        [],
    ),
    (
        "es",
        "Un derrumbe bloquea la carretera en Cajamarca",
        "Un derrumbe bloqueó el martes la carretera entre Cajamarca y Chota tras las fuertes lluvias.",
        [],
    ),
    (
        "es",
        "El alto el fuego debe entrar en vigor el lunes",
        "El alto el fuego entre el gobierno y el grupo armado debe entrar en vigor el lunes en el Catatumbo, dijeron los garantes.",
        [],
    ),
    # ------------------------------------------------------------------ pt
    (
        "pt",
        "Moçambique compra helicópteros à África do Sul",
        "Moçambique assinou na terça-feira um acordo com a África do Sul para comprar dois helicópteros militares, disse o ministério da Defesa em Maputo.",
        [],
    ),
    (
        "pt",
        "Árvore caída bloqueia estrada em Quelimane",
        "Uma árvore caída bloqueou na terça-feira a estrada entre Quelimane e Nicoadala depois de um forte temporal.",
        [],
    ),
    (
        "pt",
        "Adeptos festejam título em Luanda",
        "Milhares de adeptos desfilaram na terça-feira pelas ruas de Luanda para festejar o título do clube.",
        [],
    ),
    # ------------------------------------------------------------------ de
    (
        "de",
        "Fans feiern Aufstieg in Rostock",
        "Tausende Fans zogen am Dienstagabend durch die Innenstadt von Rostock, um den Aufstieg ihres Vereins zu feiern.",
        [],
    ),
    # ------------------------------------------------------------------ second batch (after the first fixes)
    (
        "en",
        "Mudslide cuts Kathmandu-Pokhara road",
        "A fresh mudslide on Tuesday blocked the highway near Mugling, leaving hundreds of buses and trucks stranded on both sides, traffic police said.",
        [],
    ),
    (
        "en",
        "Kenya, Turkey sign armoured vehicle deal",
        "Kenya and Turkey signed a deal in Ankara on Tuesday for the supply of armoured vehicles to the Kenyan army, the defence ministry said.",
        [],
    ),
    (
        "en",
        "Party leader held over shutdown violence",
        "Police in Meerut arrested a local party leader on Tuesday for allegedly inciting riots during the shutdown, a senior officer told reporters.",
        [("Arrests", 0)],
    ),
    (
        "fr",
        "Bamako en fête après la victoire des Aigles",
        "Des centaines de supporters sont descendus mardi soir dans les rues de Bamako pour fêter la victoire des Aigles, klaxons et drapeaux à la main.",
        [],
    ),
    (
        "es",
        "Guayaquil celebra el campeonato",
        "Miles de aficionados salieron el martes a las calles de Guayaquil para festejar el campeonato del club.",
        [],
    ),
]
