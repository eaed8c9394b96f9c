"""Round 17 probe reports (tollup, issue 13): a toll update that names its act only as a noun. New
short reports written for these tests after reading (search tool, corpus pages) English and Spanish
wire copy on toll updates ("the death toll from ... has risen to", "elevó a 80 el número de
muertos", "sube a 14 el número de muertos por"). No sentence of any report and no evaluation text.

Each: (language, headline, text, the rows expected as (sub-event type, fatalities))."""

PUBLISHED = "2026-03-18"  # a Wednesday

A = "Attack"

PROBES = [
    ("en", "", "The death toll from Monday's attack on a market in Maiduguri rose to nine.", [(A, 9)]),
    ("en", "", "The death toll of the war has risen to 40,000.", []),
    (
        "es",
        "",
        "Ascendió a siete el número de muertos del ataque del martes contra un bar en Celaya.",
        [(A, 7)],
    ),
    ("es", "", "El número de muertos de la guerra ascendió a 40.000.", []),
    (
        "pt",
        "",
        "Subiu para oito o número de mortos do ataque de terça-feira a uma feira em Maputo.",
        [(A, 8)],
    ),
    ("tr", "", "Diyarbakır'da salı günü yapılan saldırıda ölü sayısı 5'e yükseldi.", [(A, 5)]),
    ("hi", "", "मंगलवार को सुकमा में हुए हमले में मरने वालों की संख्या बढ़कर ७ हो गई।", [(A, 7)]),
    (
        "fr",
        "",
        "Le bilan de l'attaque de mardi contre un marché de Mopti s'est alourdi à 12 morts.",
        [(A, 12)],
    ),
    ("sw", "", "Idadi ya waliouawa katika shambulio la Jumanne mjini Garissa imefikia 11.", [(A, 11)]),
    (
        "de",
        "",
        "Die Zahl der Toten nach dem Anschlag vom Dienstag auf einen Markt in Kabul ist auf 18 gestiegen.",
        [(A, 18)],
    ),
]
