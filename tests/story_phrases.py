"""The sentences and words the generated story cases (`story_cases.py`) write their reports in, per
language (en, fr, es, de, ru, ar): the day (`WEEKDAYS`, `YESTERDAY`, `DAY_PREPOSITION`), the lead
sentences per kind (`LEADS`) with their targets and actors, the body sentences (`BODY`, `RECALL`,
`HOUR`, `CLAIM`, `DETAIL`), the countries' names, small numbers in words, a follow-up's headline, and
the strikes between two states' forces (`STATE_SIDE`, `STATE_LEADS`, `STRUCK_BACK`). All of them are
the project's own sentences; no evaluation text is used. Which of them a report says, and how often,
is `story_cases.py`'s.
"""

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "ru": ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
}

YESTERDAY = {"en": "yesterday", "fr": "hier", "es": "ayer", "de": "gestern", "ru": "вчера", "ar": "أمس"}

# Lead sentences per language and kind: {town} {day} {n} {actor} {target}; two shapes each.
LEADS = {
    "en": {
        "strike": ["An air strike on {target} in {town} killed {n} people {day}, officials said.",
                   "At least {n} civilians died when warplanes bombed {target} in {town} {day}."],
        "bombing": ["A car bomb exploded near {target} in {town} {day}, killing {n} people.",
                    "{n} people were killed in a bombing outside {target} in {town} {day}, police said."],
        "attack": ["Gunmen stormed {target} in {town} {day} and shot dead {n} villagers.",
                   "Armed men killed {n} civilians in an attack on {target} in {town} {day}."],
        "clash": ["Heavy fighting between the army and {actor} near {town} left {n} fighters dead {day}.",
                  "Troops clashed with {actor} outside {town} {day}; {n} combatants were killed."],
        "protest": ["Thousands of people marched through {town} {day} to protest against rising prices.",
                    "Protesters gathered in the centre of {town} {day}, demanding the release of detainees."],
        "riot": ["Rioters set cars on fire and looted shops in {town} {day}; {n} people died in the unrest.",
                 "Violent clashes between youths and police broke out in {town} {day}, leaving {n} dead."],
        "arrests": ["Police arrested {n} people in {town} {day} over the unrest of the previous night.",
                    "Security forces detained {n} suspects in raids across {town} {day}."],
    },
    "fr": {
        "strike": ["Une frappe aérienne sur {target} à {town} a tué {n} personnes {day}, selon les autorités.",
                   "Au moins {n} civils ont péri lorsque des avions ont bombardé {target} à {town} {day}."],
        "bombing": ["Une voiture piégée a explosé près de {target} à {town} {day}, faisant {n} morts.",
                    "{n} personnes ont été tuées dans un attentat devant {target} à {town} {day}, selon la police."],
        "attack": ["Des hommes armés ont attaqué {target} à {town} {day} et abattu {n} villageois.",
                   "{n} civils ont été tués lors d'une attaque contre {target} à {town} {day}."],
        "clash": ["De violents combats entre l'armée et {actor} près de {town} ont fait {n} morts {day}.",
                  "Les soldats ont affronté {actor} aux abords de {town} {day} ; {n} combattants ont été tués."],
        "protest": ["Des milliers de personnes ont manifesté à {town} {day} contre la hausse des prix.",
                    "Des manifestants se sont rassemblés dans le centre de {town} {day} pour exiger la libération des détenus."],
        "riot": ["Des émeutiers ont incendié des voitures et pillé des magasins à {town} {day} ; {n} personnes sont mortes.",
                 "De violents heurts entre des jeunes et la police ont éclaté à {town} {day}, faisant {n} morts."],
        "arrests": ["La police a arrêté {n} personnes à {town} {day} après les troubles de la veille.",
                    "Les forces de sécurité ont interpellé {n} suspects lors de descentes à {town} {day}."],
    },
    "es": {
        "strike": ["Un bombardeo aéreo contra {target} en {town} mató a {n} personas {day}, según las autoridades.",
                   "Al menos {n} civiles murieron cuando aviones bombardearon {target} en {town} {day}."],
        "bombing": ["Un coche bomba estalló cerca de {target} en {town} {day} y causó {n} muertos.",
                    "{n} personas murieron en un atentado frente a {target} en {town} {day}, informó la policía."],
        "attack": ["Hombres armados asaltaron {target} en {town} {day} y mataron a {n} aldeanos.",
                   "{n} civiles murieron en un ataque contra {target} en {town} {day}."],
        "clash": ["Intensos combates entre el ejército y {actor} cerca de {town} dejaron {n} muertos {day}.",
                  "Las tropas se enfrentaron a {actor} en las afueras de {town} {day}; murieron {n} combatientes."],
        "protest": ["Miles de personas marcharon por {town} {day} para protestar contra la subida de precios.",
                    "Manifestantes se concentraron en el centro de {town} {day} para exigir la liberación de los detenidos."],
        "riot": ["Alborotadores quemaron coches y saquearon tiendas en {town} {day}; {n} personas murieron.",
                 "Violentos choques entre jóvenes y la policía estallaron en {town} {day} y dejaron {n} muertos."],
        "arrests": ["La policía detuvo a {n} personas en {town} {day} por los disturbios de la noche anterior.",
                    "Las fuerzas de seguridad arrestaron a {n} sospechosos en redadas en {town} {day}."],
    },
    "de": {
        "strike": ["Bei einem Luftangriff auf {target} in {town} sind {day} {n} Menschen getötet worden, teilten die Behörden mit.",
                   "Mindestens {n} Zivilisten starben, als Kampfflugzeuge {day} {target} in {town} bombardierten."],
        "bombing": ["Eine Autobombe ist {day} vor {target} in {town} explodiert und hat {n} Menschen getötet.",
                    "Bei einem Anschlag vor {target} in {town} wurden {day} {n} Menschen getötet, sagte die Polizei."],
        "attack": ["Bewaffnete überfielen {day} {target} in {town} und erschossen {n} Dorfbewohner.",
                   "Bei einem Angriff auf {target} in {town} wurden {day} {n} Zivilisten getötet."],
        "clash": ["Heftige Kämpfe zwischen der Armee und {actor} nahe {town} forderten {day} {n} Tote.",
                  "Soldaten lieferten sich {day} Gefechte mit {actor} am Rand von {town}; {n} Kämpfer wurden getötet."],
        "protest": ["Tausende Menschen zogen {day} durch {town}, um gegen steigende Preise zu protestieren.",
                    "Demonstranten versammelten sich {day} im Zentrum von {town} und forderten die Freilassung der Gefangenen."],
        "riot": ["Randalierer zündeten {day} in {town} Autos an und plünderten Geschäfte; {n} Menschen starben.",
                 "In {town} kam es {day} zu gewaltsamen Zusammenstößen zwischen Jugendlichen und der Polizei, {n} Menschen starben."],
        "arrests": ["Die Polizei nahm {day} in {town} {n} Menschen nach den Unruhen der Nacht fest.",
                    "Sicherheitskräfte haben {day} bei Razzien in {town} {n} Verdächtige festgenommen."],
    },
    "ru": {
        "strike": ["В результате авиаудара по {target} в городе {town} {day} погибли {n} человек, сообщили власти.",
                   "Не менее {n} мирных жителей погибли, когда самолёты нанесли удар по {target} в {town} {day}."],
        "bombing": ["{day} возле {target} в городе {town} взорвался заминированный автомобиль, погибли {n} человек.",
                    "{n} человек погибли при взрыве у {target} в {town} {day}, сообщила полиция."],
        "attack": ["Вооружённые люди напали на {target} в {town} {day} и застрелили {n} жителей.",
                   "{day} при нападении на {target} в {town} были убиты {n} мирных жителей."],
        "clash": ["Ожесточённые бои между армией и {actor} под городом {town} унесли жизни {n} человек {day}.",
                  "{day} военные вступили в бой с {actor} на окраине {town}; погибли {n} боевиков."],
        "protest": ["Тысячи людей вышли на улицы города {town} {day}, протестуя против роста цен.",
                    "{day} протестующие собрались в центре города {town}, требуя освободить задержанных."],
        "riot": ["{day} в городе {town} погромщики поджигали машины и грабили магазины; погибли {n} человек.",
                 "{day} в {town} вспыхнули столкновения молодёжи с полицией, {n} человек погибли."],
        "arrests": ["Полиция задержала {n} человек в городе {town} {day} после ночных беспорядков.",
                    "{day} силовики задержали {n} подозреваемых в ходе облав в {town}."],
    },
    "ar": {
        "strike": ["قتل {n} أشخاص في غارة جوية استهدفت {target} في مدينة {town} {day}، وفق السلطات.",
                   "لقي {n} مدنيين على الأقل حتفهم عندما قصفت طائرات {target} في {town} {day}."],
        "bombing": ["انفجرت سيارة مفخخة قرب {target} في مدينة {town} {day} ما أسفر عن مقتل {n} أشخاص.",
                    "قتل {n} أشخاص في تفجير أمام {target} في {town} {day}، بحسب الشرطة."],
        "attack": ["هاجم مسلحون {target} في {town} {day} وقتلوا {n} من القرويين.",
                   "قتل {n} مدنيين في هجوم على {target} في مدينة {town} {day}."],
        "clash": ["أسفرت اشتباكات عنيفة بين الجيش و{actor} قرب {town} عن مقتل {n} مقاتلين {day}.",
                  "اشتبكت القوات مع {actor} في محيط {town} {day} وقتل {n} مسلحين."],
        "protest": ["تظاهر آلاف الأشخاص في مدينة {town} {day} احتجاجا على ارتفاع الأسعار.",
                    "تجمع محتجون في وسط {town} {day} مطالبين بالإفراج عن المعتقلين."],
        "riot": ["أحرق مشاغبون سيارات ونهبوا متاجر في {town} {day} وقتل {n} أشخاص في أعمال العنف.",
                 "اندلعت مواجهات عنيفة بين شبان والشرطة في {town} {day} وأسفرت عن مقتل {n} أشخاص."],
        "arrests": ["اعتقلت الشرطة {n} أشخاص في مدينة {town} {day} على خلفية أعمال الشغب.",
                    "اعتقلت قوات الأمن {n} مشتبها بهم في مداهمات في {town} {day}."],
    },
}  # fmt: skip

TARGETS = {
    "en": ["a market", "a school", "a hospital", "a bus station", "a checkpoint", "a mosque", "a camp for displaced people"],
    "fr": ["un marché", "une école", "un hôpital", "une gare routière", "un poste de contrôle", "une mosquée", "un camp de déplacés"],
    "es": ["un mercado", "una escuela", "un hospital", "una estación de autobuses", "un puesto de control", "una mezquita", "un campamento de desplazados"],
    "de": ["einen Markt", "eine Schule", "ein Krankenhaus", "einen Busbahnhof", "einen Kontrollpunkt", "eine Moschee", "ein Flüchtlingslager"],
    "ru": ["рынку", "школе", "больнице", "автовокзалу", "блокпосту", "мечети", "лагерю беженцев"],
    "ar": ["سوقا", "مدرسة", "مستشفى", "محطة حافلات", "نقطة تفتيش", "مسجدا", "مخيما للنازحين"],
}  # fmt: skip

ACTORS = {
    "en": ["rebels", "militants", "a local militia", "jihadists"],
    "fr": ["les rebelles", "des militants", "une milice locale", "des jihadistes"],
    "es": ["los rebeldes", "milicianos", "una milicia local", "yihadistas"],
    "de": ["Rebellen", "Milizionären", "einer örtlichen Miliz", "Dschihadisten"],
    "ru": ["повстанцами", "боевиками", "местным ополчением", "джихадистами"],
    "ar": ["المتمردين", "المسلحين", "ميليشيا محلية", "الجهاديين"],
}  # fmt: skip

# Body sentences: {n} {m} {country} {province} {who} {spokesman}
BODY = {
    "en": ["More than {m} people were wounded and taken to hospital.",
           "The toll rose to {n} overnight, a local official told reporters.",
           "{spokesman}, a spokesman for the regional authorities, condemned the violence.",
           "The area has seen repeated violence since the start of the year, according to a local monitor.",
           "{country} has struggled to contain the unrest in {province} province."],
    "fr": ["Plus de {m} personnes ont été blessées et hospitalisées.",
           "Le bilan est passé à {n} morts dans la nuit, a indiqué un responsable local.",
           "{spokesman}, porte-parole des autorités régionales, a condamné les violences.",
           "La zone connaît des violences répétées depuis le début de l'année, selon un observateur local.",
           "{country} peine à contenir les troubles dans la province de {province}."],
    "es": ["Más de {m} personas resultaron heridas y fueron trasladadas al hospital.",
           "El balance subió a {n} muertos durante la noche, dijo un funcionario local.",
           "{spokesman}, portavoz de las autoridades regionales, condenó la violencia.",
           "La zona sufre violencia reiterada desde principios de año, según un observatorio local.",
           "{country} no logra contener los disturbios en la provincia de {province}."],
    "de": ["Mehr als {m} Menschen wurden verletzt und ins Krankenhaus gebracht.",
           "Die Zahl der Toten stieg über Nacht auf {n}, sagte ein örtlicher Beamter.",
           "{spokesman}, ein Sprecher der Regionalbehörden, verurteilte die Gewalt.",
           "Die Gegend wird seit Jahresbeginn immer wieder von Gewalt erschüttert, so ein örtlicher Beobachter.",
           "{country} hat Mühe, die Unruhen in der Provinz {province} einzudämmen."],
    "ru": ["Более {m} человек получили ранения и были доставлены в больницу.",
           "За ночь число погибших выросло до {n}, сообщил местный чиновник.",
           "{spokesman}, представитель региональных властей, осудил насилие.",
           "С начала года в районе неоднократно происходили вспышки насилия, сообщает местный наблюдатель.",
           "Власти страны ({country}) не могут остановить беспорядки в провинции {province}."],
    "ar": ["وأصيب أكثر من {m} أشخاص ونقلوا إلى المستشفى.",
           "وارتفعت الحصيلة إلى {n} قتلى خلال الليل، بحسب مسؤول محلي.",
           "وأدان {spokesman}، المتحدث باسم السلطات الإقليمية، أعمال العنف.",
           "وتشهد المنطقة أعمال عنف متكررة منذ بداية العام، وفق مرصد محلي.",
           "وتكافح السلطات في {country} لاحتواء الاضطرابات في محافظة {province}."],
}  # fmt: skip

RECALL = {"en": "It follows the deaths of {prev} people in {town} earlier this week.",
          "fr": "Cela survient après la mort de {prev} personnes à {town} en début de semaine.",
          "es": "Ocurre después de la muerte de {prev} personas en {town} a principios de semana.",
          "de": "Zuvor waren Anfang der Woche in {town} {prev} Menschen getötet worden.",
          "ru": "Ранее на этой неделе в {town} погибли {prev} человек.",
          "ar": "ويأتي ذلك بعد مقتل {prev} أشخاص في {town} في وقت سابق من الأسبوع."}  # fmt: skip

HOUR = {"en": "It happened at around {hour} local time.", "fr": "Les faits ont eu lieu vers {hour}, heure locale.",
        "es": "Ocurrió hacia las {hour} hora local.", "de": "Es geschah gegen {hour} Uhr Ortszeit.",
        "ru": "Это произошло около {hour} по местному времени.", "ar": "ووقع ذلك نحو الساعة {hour} بالتوقيت المحلي."}  # fmt: skip

CLAIM = {"en": "{group} claimed responsibility.", "fr": "Le groupe {group} a revendiqué l'attaque.",
         "es": "El grupo {group} reivindicó el ataque.", "de": "Die Gruppe {group} bekannte sich zu der Tat.",
         "ru": "Ответственность взяла на себя группировка {group}.", "ar": "وتبنت جماعة {group} المسؤولية."}  # fmt: skip

DETAIL = {
    "en": ["It happened close to the {landmark}, residents said.", "Among the dead was {victim}, a local teacher.",
           "{victim}, who saw it, described scenes of panic."],
    "fr": ["Les faits se sont produits près du {landmark}, selon des habitants.", "Parmi les morts figure {victim}, un enseignant.",
           "{victim}, témoin des faits, a décrit des scènes de panique."],
    "es": ["Ocurrió cerca del {landmark}, según los vecinos.", "Entre los muertos figura {victim}, un maestro local.",
           "{victim}, que lo presenció, describió escenas de pánico."],
    "de": ["Es geschah in der Nähe des {landmark}, sagten Anwohner.", "Unter den Toten ist {victim}, ein Lehrer.",
           "{victim}, der es miterlebte, schilderte Szenen der Panik."],
    "ru": ["Это произошло недалеко от {landmark}, рассказали местные жители.", "Среди погибших — {victim}, местный учитель.",
           "{victim}, очевидец событий, описал сцены паники."],
    "ar": ["ووقع ذلك قرب {landmark}، بحسب سكان.", "وكان بين القتلى {victim}، وهو مدرس محلي.",
           "ووصف {victim}، وهو شاهد عيان، مشاهد الذعر."],
}  # fmt: skip

# Country names as each language writes them (the background sentence names the country).
COUNTRY_NAMES = {
    "UA": ("Ukraine", "L'Ukraine", "Ucrania", "Die Ukraine", "Украина", "أوكرانيا"),
    "SY": ("Syria", "La Syrie", "Siria", "Syrien", "Сирия", "سوريا"),
    "SD": ("Sudan", "Le Soudan", "Sudán", "Der Sudan", "Судан", "السودان"),
    "NG": ("Nigeria", "Le Nigeria", "Nigeria", "Nigeria", "Нигерия", "نيجيريا"),
    "SO": ("Somalia", "La Somalie", "Somalia", "Somalia", "Сомали", "الصومال"),
    "ML": ("Mali", "Le Mali", "Malí", "Mali", "Мали", "مالي"),
    "BF": ("Burkina Faso", "Le Burkina Faso", "Burkina Faso", "Burkina Faso", "Буркина-Фасо", "بوركينا فاسو"),
    "CD": ("DR Congo", "La RD Congo", "RD del Congo", "Die DR Kongo", "ДР Конго", "الكونغو الديمقراطية"),
    "YE": ("Yemen", "Le Yémen", "Yemen", "Der Jemen", "Йемен", "اليمن"),
    "AF": ("Afghanistan", "L'Afghanistan", "Afganistán", "Afghanistan", "Афганистан", "أفغانستان"),
    "IQ": ("Iraq", "L'Irak", "Irak", "Der Irak", "Ирак", "العراق"),
    "LY": ("Libya", "La Libye", "Libia", "Libyen", "Ливия", "ليبيا"),
    "ET": ("Ethiopia", "L'Éthiopie", "Etiopía", "Äthiopien", "Эфиопия", "إثيوبيا"),
    "PK": ("Pakistan", "Le Pakistan", "Pakistán", "Pakistan", "Пакистан", "باكستان"),
    "CM": ("Cameroon", "Le Cameroun", "Camerún", "Kamerun", "Камерун", "الكاميرون"),
}

# Small tolls written in words (`WORDED`: the share of reports per language that do so): no digit
# to find, only the language's number words.
NUMBER_WORDS = {
    "en": "two three four five six seven eight nine ten eleven twelve",
    "fr": "deux trois quatre cinq six sept huit neuf dix onze douze",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce",
    "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
    "ru": "два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать",
    "ar": "اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد_عشر اثنا_عشر",
}

DAY_PREPOSITION = {"en": "on {}", "fr": "{}", "es": "el {}", "de": "am {}", "ru": "в {}", "ar": "يوم {}"}

FOLLOW_UP_TITLE = {
    "en": "Fresh violence in {town} days after {prev} were killed there",
    "fr": "Nouvelles violences à {town}, quelques jours après la mort de {prev} personnes",
    "es": "Nueva violencia en {town} días después de la muerte de {prev} personas",
    "de": "Neue Gewalt in {town} wenige Tage nach dem Tod von {prev} Menschen",
    "ru": "Новое насилие в {town} через несколько дней после гибели {prev} человек",
    "ar": "عنف جديد في {town} بعد أيام من مقتل {prev} أشخاص",
}  # fmt: skip

# A country's forces as each language writes them: en adjective, fr (feminine, "l'armée ..."),
# es ("el ejército ..."), de (weak ending, "der ... Armee"), ru (nominative plural "... военные",
# genitive "... армии"), ar ("الجيش ...").
STATE_SIDE = {
    "PK": ("Pakistani", "pakistanaise", "paquistaní", "pakistanischen", "Пакистанские", "пакистанской", "الباكستاني"),
    "AF": ("Afghan", "afghane", "afgano", "afghanischen", "Афганские", "афганской", "الأفغاني"),
    "NG": ("Nigerian", "nigériane", "nigeriano", "nigerianischen", "Нигерийские", "нигерийской", "النيجيري"),
    "CM": ("Cameroonian", "camerounaise", "camerunés", "kamerunischen", "Камерунские", "камерунской", "الكاميروني"),
    "ET": ("Ethiopian", "éthiopienne", "etíope", "äthiopischen", "Эфиопские", "эфиопской", "الإثيوبي"),
    "SD": ("Sudanese", "soudanaise", "sudanés", "sudanesischen", "Суданские", "суданской", "السوداني"),
}  # fmt: skip

# {a}: the attacking side, {b} / {b_gen}: the side hit (Russian: {a} nominative, {b_gen} genitive).
STATE_LEADS = {
    "en": ["{a} warplanes struck {b} army positions in {town} {day}, killing {n} soldiers.",
           "{n} {b} soldiers were killed {day} when {a} drones hit their posts in {town}."],
    "fr": ["Des avions de l'armée {a} ont bombardé des positions de l'armée {b} à {town} {day}, tuant {n} soldats.",
           "Des drones de l'armée {a} ont frappé des postes de l'armée {b} à {town} {day}, tuant {n} militaires."],
    "es": ["Aviones del ejército {a} bombardearon posiciones del ejército {b} en {town} {day} y mataron a {n} soldados.",
           "Drones del ejército {a} atacaron puestos del ejército {b} en {town} {day}; murieron {n} militares."],
    "de": ["Kampfflugzeuge der {a} Armee bombardierten {day} Stellungen der {b} Armee in {town} und töteten {n} Soldaten.",
           "Drohnen der {a} Armee griffen {day} Posten der {b} Armee in {town} an, {n} Soldaten wurden getötet."],
    "ru": ["{a} военные нанесли авиаудар по позициям {b_gen} армии в {town} {day}, погибли {n} военнослужащих.",
           "{day} {a} военные атаковали беспилотниками посты {b_gen} армии в {town}, погибли {n} военных."],
    "ar": ["قصفت طائرات الجيش {a} مواقع للجيش {b} في {town} {day} ما أسفر عن مقتل {n} جنود.",
           "استهدفت طائرات مسيرة تابعة للجيش {a} نقاطا للجيش {b} في {town} {day} وقتل {n} جنود."],
}  # fmt: skip

# The retaliation told at the end of a report of the first strike ({a}: the side striking back).
STRUCK_BACK = {
    "en": "{a} forces struck back {day}, shelling {b} army positions in {town} and killing {n} soldiers.",
    "fr": "L'armée {a} a riposté {day} en bombardant des positions de l'armée {b} à {town}, tuant {n} soldats.",
    "es": "El ejército {a} respondió {day} con bombardeos contra posiciones del ejército {b} en {town} y mató a {n} soldados.",
    "de": "Truppen der {a} Armee schlugen {day} zurück und beschossen Stellungen der {b} Armee in {town}; {n} Soldaten wurden getötet.",
    "ru": "{day} {a} военные нанесли ответный удар по позициям {b_gen} армии в {town}, погибли {n} военнослужащих.",
    "ar": "ورد الجيش {a} {day} بقصف مواقع للجيش {b} في {town} ما أسفر عن مقتل {n} جنود.",
}  # fmt: skip
