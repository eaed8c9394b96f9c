"""Round 16 (b) place probes (geo2): short reports written for these tests in the shapes news takes
where a place was misread: French and English wire copy naming Haiti's hyphenated cities, German
police copy (every noun capitalised: "Beamte", "Kirche" before a town), Russian and Ukrainian copy
naming a town and then its country in the genitive ("на севере Мозамбика"); no sentence of any report
and no evaluation text. Each: (language, headline, text, the place expected as (country, admin1 or
None for any, (latitude, longitude) or None, km)); the first row the coder gives must be there
(within km of the point when one is given)."""

PUBLISHED = "2025-06-11"  # a Wednesday

PORT_AU_PRINCE = (18.54, -72.34)
CAP_HAITIEN = (19.76, -72.20)
AIX = (43.53, 5.45)
CHEMNITZ = (50.83, 12.92)
MELLE = (52.20, 8.34)

PROBES = [
    # ---------------------------------------------------------- hyphenated names (HYPHEN_JOINED, DEMONYM_IN_COMPOUND)
    ("fr", "", "Des hommes armés ont tué quatre personnes lundi soir à Port-au-Prince, selon la police.",
     ("Haiti", None, PORT_AU_PRINCE, 25)),
    ("en", "", "Gang members shot dead three motorcyclists in Port-au-Prince on Monday, police said.",
     ("Haiti", None, PORT_AU_PRINCE, 25)),
    ("fr", "", "Des manifestants ont brûlé des pneus lundi à Cap-Haïtien pour dénoncer l'insécurité.",
     ("Haiti", None, CAP_HAITIEN, 25)),
    ("fr", "", "Des jeunes ont incendié trois voitures lundi soir à Aix-en-Provence lors d'affrontements avec la police.",
     ("France", None, AIX, 25)),
    # ---------------------------------------------------------- German nouns (COMMON_NOUN_NO_VARIANT)
    ("de", "", "Bei Krawallen in Chemnitz wurden am Montag Beamte mit Steinen beworfen, zwei Polizisten wurden verletzt.",
     ("Germany", None, CHEMNITZ, 25)),
    ("de", "", "Bei einem Brandanschlag auf die Kirche in Melle wurde am Montag ein Mann verletzt.",
     ("Germany", None, MELLE, 25)),
    # ---------------------------------------------------------- a country in the genitive (INFLECTED_COUNTRY, SCRIPT_LOCAL_COUNTRY)
    ("ru", "", "В понедельник боевики напали на деревню в Пальме на севере Мозамбика, погибли пять мирных жителей.",
     ("Mozambique", None, None, 0)),
    ("uk", "", "У понеділок бойовики напали на село в Пальмі на півночі Мозамбіку, загинули четверо цивільних.",
     ("Mozambique", None, None, 0)),
]  # fmt: skip

KNOWN_MISSES: list[str] = []
