"""Round 17 story probe reports (issue 14): the shapes one happening takes over two days in six
languages (the toll updated, the next day's arrests over the act and the burial of its dead), read
via the search tool in agency wires and regional papers, written in own sentences (no sentence of
any report, no evaluation text). Each: (language, headline, text, the rows expected as (sub-event
type, fatalities or None for any)); [] = a report with no event of its own day. The coder is not
this area's: these record what story linking gets from it on such reports."""

PUBLISHED = "2025-03-12"  # a Wednesday

PROBES = [
    # ------------------------------------------------------------ toll updates: the act, risen toll
    ("en", "Kaya air strike toll rises to 23",
     "The death toll from Tuesday's air strike on a market in Kaya has risen to 23, officials said on Wednesday. "
     "An earlier count had put the number of dead at 17.", [("Air/drone strike", 23)]),
    ("fr", "Le bilan de la frappe de Kaya s'alourdit",
     "Le bilan de la frappe aérienne de mardi sur un marché de Kaya, au Burkina Faso, s'est alourdi à 23 morts, "
     "selon les autorités.", [("Air/drone strike", 23)]),
    ("ru", "Число погибших при авиаударе выросло",
     "Число погибших в результате авиаудара по рынку в городе Хадита во вторник выросло до двадцати трёх, "
     "сообщили власти Ирака.", [("Air/drone strike", 23)]),
    # ------------------------------------------------------------ the next day's arrests over the act
    ("en", "Six held over Kaya car bombing",
     "Police in Kaya, Burkina Faso, arrested six men on Wednesday over Tuesday's car bombing that killed 17 people.",
     [("Arrests", None)]),
    ("es", "Detenidos cinco sospechosos",
     "La policía detuvo el miércoles a cinco hombres en Gao, Malí, por el atentado con coche bomba del martes "
     "que dejó 17 muertos.", [("Arrests", None)]),
    ("de", "Festnahmen nach Anschlag",
     "Die Polizei hat am Mittwoch in Mossul fünf Männer nach dem Autobombenanschlag vom Dienstag mit 17 Toten "
     "festgenommen.", [("Arrests", None)]),
    # ------------------------------------------------------------ the burial of the dead: no event of its own
    ("en", "Kaya buries its dead",
     "Hundreds of mourners in Kaya, Burkina Faso, on Wednesday buried the 17 people killed in Tuesday's car "
     "bombing.", []),
    ("ar", "تشييع ضحايا التفجير",
     "شيع المئات في الموصل يوم الأربعاء جثامين 17 شخصا قتلوا في التفجير يوم الثلاثاء.", []),
]  # fmt: skip
