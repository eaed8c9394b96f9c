"""Round 18 story probe reports (story, issue 14): short reports written for these tests in the shapes
of real follow-up copy read this round with the search tool (wire and regional copy in en, fr, es,
pt, de, ru, ar, tr: next-day funerals of bombing victims, mass burials, arrests of suspects over an
attack), beside reports of the acts they follow. No sentence of any report and no evaluation text.
Each: (language, headline, text, the rows expected as (sub-event type, fatalities or None for any));
[] = a report with no event. A funeral of an act more than two days old is no news of that act
(FUNERAL_OF_THE_DEAD); one of yesterday's dead still reports it; arrests of suspects are Arrests.

Counted on the code before this branch ("right before") and after: see the report of r18-story."""

PUBLISHED = "2026-03-18"  # a Wednesday

PROBES = [
    # ------------------------------------------------------------------ en
    (
        "en",
        "Car bomb kills 14 at Maiduguri market",
        "A car packed with explosives blew up at a crowded market in Maiduguri on Tuesday, killing 14 people and wounding dozens, police said.",
        [("Remote explosive/landmine/IED", 14)],
    ),
    (
        "en",
        "Thousands attend funeral of Maiduguri market blast victims",
        "Thousands of mourners gathered in Maiduguri on Wednesday for the funeral of the 14 people killed when a car bomb tore through a market the day before.",
        [("Remote explosive/landmine/IED", 14)],
    ),
    (
        "en",
        "Police arrest four suspects over Maiduguri bombing",
        "Police in Maiduguri said on Wednesday they had arrested four suspects in connection with the market bombing.",
        [("Arrests", None)],
    ),
    (
        "en",
        "Victims of last week's Kano mosque attack laid to rest",
        "Families in Kano laid to rest on Wednesday the last of the 22 worshippers shot dead by gunmen at a mosque last week.",
        [],
    ),
    (
        "en",
        "Suicide bomber kills 9 at funeral in Baqubah",
        "A suicide bomber blew himself up among mourners at a funeral in Baqubah on Tuesday, killing nine people, officials said.",
        [("Suicide bomb", 9)],
    ),
    # ------------------------------------------------------------------ fr
    (
        "fr",
        "Attentat à Diffa : 11 morts",
        "Onze personnes ont été tuées mardi à Diffa dans l'explosion d'une bombe près d'une gare routière, a indiqué le gouverneur.",
        [("Remote explosive/landmine/IED", 11)],
    ),
    (
        "fr",
        "Diffa : les obsèques des victimes de l'attentat",
        "Les obsèques des onze victimes de l'attentat de mardi ont eu lieu mercredi à Diffa en présence du gouverneur.",
        [],  # no act told: the victims' funeral
    ),
    (
        "fr",
        "Trois suspects interpellés après l'attentat de Diffa",
        "Trois suspects ont été interpellés mercredi à Diffa dans le cadre de l'enquête sur l'attentat, selon une source sécuritaire.",
        [("Arrests", None)],
    ),
    # ------------------------------------------------------------------ es
    (
        "es",
        "Detenidos dos sospechosos del atentado en Tumaco",
        "La policía detuvo el miércoles en Tumaco a dos sospechosos del atentado con explosivos contra una estación de policía.",
        [("Arrests", None)],
    ),
    (
        "es",
        "Entierran en Tumaco a los policías muertos en el atentado de la semana pasada",
        "Cientos de personas acompañaron el miércoles en Tumaco el sepelio de los cinco policías que murieron la semana pasada en un atentado.",
        [],
    ),
    # ------------------------------------------------------------------ pt
    (
        "pt",
        "Suspeitos de ataque em Mocímboa da Praia são detidos",
        "A polícia deteve na quarta-feira três suspeitos ligados ao ataque de insurgentes em Mocímboa da Praia.",
        [("Arrests", None)],
    ),
    # ------------------------------------------------------------------ de
    (
        "de",
        "Opfer des Anschlags von Solingen beigesetzt",
        "In Solingen sind am Mittwoch die drei Todesopfer des Messerangriffs von vergangener Woche beigesetzt worden.",
        [],
    ),
    (
        "de",
        "Zwei Tatverdächtige nach Anschlag in Mardan festgenommen",
        "Die Polizei hat am Mittwoch in Mardan zwei Tatverdächtige im Zusammenhang mit dem Bombenanschlag auf einen Markt festgenommen.",
        [("Arrests", None)],
    ),
    # ------------------------------------------------------------------ ru
    (
        "ru",
        "В Махачкале задержаны подозреваемые по делу о нападении",
        "В Махачкале в среду задержаны трое подозреваемых по делу о нападении на полицейский пост.",
        [("Arrests", None)],
    ),
    (
        "ru",
        "В Назрани похоронили погибших при взрыве на прошлой неделе",
        "В среду в Назрани похоронили четырёх человек, погибших при взрыве на прошлой неделе.",
        [],
    ),
    # ------------------------------------------------------------------ ar
    (
        "ar",
        "مقتل 8 أشخاص في انفجار سيارة مفخخة في الموصل",
        "قتل ثمانية أشخاص يوم الثلاثاء في انفجار سيارة مفخخة قرب سوق شعبي في الموصل، بحسب مصادر أمنية.",
        [("Remote explosive/landmine/IED", 8)],
    ),
    (
        "ar",
        "اعتقال ثلاثة مشتبه بهم على خلفية تفجير الموصل",
        "اعتقلت قوات الأمن يوم الأربعاء ثلاثة مشتبه بهم على خلفية تفجير السيارة المفخخة في الموصل.",
        [("Arrests", None)],
    ),
    # ------------------------------------------------------------------ tr
    (
        "tr",
        "Diyarbakır'daki saldırıda ölenler toprağa verildi",
        "Diyarbakır'da geçen hafta düzenlenen bombalı saldırıda hayatını kaybeden 4 kişinin cenazesi çarşamba günü toprağa verildi.",
        [],
    ),
    (
        "tr",
        "Diyarbakır saldırısıyla ilgili 3 şüpheli gözaltına alındı",
        "Diyarbakır'da salı günü düzenlenen bombalı saldırıyla ilgili soruşturma kapsamında 3 şüpheli çarşamba günü gözaltına alındı.",
        [("Arrests", None)],
    ),
    # ------------------------------------------------------------------ it
    (
        "it",
        "Celebrati a Kabul i funerali delle vittime dell'attentato della settimana scorsa",
        "Si sono svolti mercoledì a Kabul i funerali delle sette vittime dell'attentato della settimana scorsa contro una scuola.",
        [],
    ),
    # ------------------------------------------------------------------ es, en: the acts
    (
        "es",
        "Ataque con explosivos deja cinco policías muertos en Tumaco",
        "Cinco policías murieron el martes en Tumaco cuando un artefacto explosivo estalló frente a su estación, informaron las autoridades.",
        [("Remote explosive/landmine/IED", 5)],
    ),
    (
        "en",
        "Gunmen kill six villagers in Zamfara raid",
        "Armed men stormed a village in Zamfara state on Tuesday night and shot dead six villagers, residents said on Wednesday.",
        [("Attack", 6)],
    ),
]
