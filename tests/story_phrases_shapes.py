"""The sentences of the report shapes `story_cases_shapes.py` adds to the generated story cases, per
language (en, fr, es, de, ru, ar). All of them are the project's own sentences, written after
reading how outlets tell one happening over two days (round 17: agency wires, regional papers and
broadcasters in the six languages): the toll first and the place fronted (`REORDERED`), the toll
written out in words at any size (`spelled`), a later report whose lead is the risen toll with the
earlier count further down (`TOLL_UPDATE`, `EARLIER_COUNT`), a lead that opens on a scene or a
quote and tells the act only in the next sentence (`SCENE`), and the next day's reports of what
followed: the burial of the dead (`FUNERAL`) and arrests over the act (`ARRESTS_OVER`). No
evaluation text is used.

Slots: {town} {day} {n} {prev} {k} {target} {actor} {victim} {act} (the act as a noun, `ACT_NOUN`),
{day_of} (the act's day as a possessive or a dated noun phrase, `DAY_OF`).
"""

# Leads with another word order than `story_phrases.LEADS`: the place or the toll first, passive,
# the day at the end; two per violent kind.
REORDERED = {
    "en": {
        "strike": ["In {town}, {n} people lost their lives {day} as aircraft hit {target}.",
                   "{n} dead in {town}: warplanes struck {target} there {day}, rescuers said."],
        "bombing": ["In {town}, {n} people died {day} when a bomb hidden in a car went off by {target}.",
                    "{n} dead as blast rips through {target} in {town} {day}"],
        "attack": ["In {town}, {n} villagers were shot dead {day} by gunmen who raided {target}.",
                   "{n} civilians gunned down in {town}: armed men raided {target} {day}."],
        "clash": ["Outside {town}, {n} fighters were killed {day} as troops fought {actor}.",
                  "{n} fighters dead in {town} as soldiers and {actor} exchanged fire {day}."],
        "riot": ["In {town}, {n} people died {day} as youths fought police and torched cars.",
                 "{n} dead in {town} {day} as rioting youths clashed with police."],
    },
    "fr": {
        "strike": ["À {town}, {n} personnes ont perdu la vie {day} dans le bombardement de {target}.",
                   "{n} morts à {town}, où des avions ont frappé {target} {day}."],
        "bombing": ["À {town}, {n} personnes sont mortes {day} dans l'explosion d'une voiture piégée devant {target}.",
                    "{n} morts dans une explosion devant {target} à {town} {day}."],
        "attack": ["À {town}, {n} villageois ont été abattus {day} par des hommes armés entrés dans {target}.",
                   "{n} civils tués à {town} : des assaillants armés ont attaqué {target} {day}."],
        "clash": ["Aux abords de {town}, {n} combattants ont été tués {day} dans des combats entre l'armée et {actor}.",
                  "{n} combattants tués près de {town} {day} lors d'affrontements entre soldats et {actor}."],
        "riot": ["À {town}, {n} personnes sont mortes {day} dans des heurts entre jeunes et policiers.",
                 "{n} morts à {town} {day} lors d'émeutes entre jeunes et forces de l'ordre."],
    },
    "es": {
        "strike": ["En {town}, {n} personas perdieron la vida {day} en un bombardeo contra {target}.",
                   "{n} muertos en {town}, donde aviones bombardearon {target} {day}."],
        "bombing": ["En {town}, {n} personas murieron {day} al estallar un coche bomba frente a {target}.",
                    "{n} muertos por la explosión de un coche bomba frente a {target} en {town} {day}."],
        "attack": ["En {town}, {n} aldeanos fueron asesinados {day} por hombres armados que asaltaron {target}.",
                   "{n} civiles asesinados en {town}: hombres armados atacaron {target} {day}."],
        "clash": ["En las afueras de {town}, {n} combatientes murieron {day} en combates entre el ejército y {actor}.",
                  "{n} combatientes muertos cerca de {town} {day} en enfrentamientos entre soldados y {actor}."],
        "riot": ["En {town}, {n} personas murieron {day} en choques entre jóvenes y la policía.",
                 "{n} muertos en {town} {day} en disturbios entre jóvenes y agentes."],
    },
    "de": {
        "strike": ["In {town} sind {day} {n} Menschen ums Leben gekommen, als Flugzeuge {target} bombardierten.",
                   "{n} Tote in {town}: Kampfflugzeuge griffen {day} {target} an."],
        "bombing": ["In {town} sind {day} {n} Menschen bei der Explosion einer Autobombe vor {target} gestorben.",
                    "{n} Tote bei Explosion vor {target} in {town} {day}"],
        "attack": ["In {town} haben Bewaffnete {day} {target} überfallen und {n} Dorfbewohner erschossen.",
                   "{n} Zivilisten in {town} getötet: Bewaffnete überfielen {day} {target}."],
        "clash": ["Am Rand von {town} sind {day} {n} Kämpfer bei Gefechten zwischen Armee und {actor} getötet worden.",
                  "{n} Kämpfer bei Gefechten nahe {town} {day} getötet"],
        "riot": ["In {town} sind {day} {n} Menschen bei Zusammenstößen zwischen Jugendlichen und Polizei gestorben.",
                 "{n} Tote bei Krawallen in {town} {day}"],
    },
    "ru": {
        "strike": ["В городе {town} {day} {n} человек погибли при авиаударе по {target}.",
                   "{n} человек погибли в {town}: {day} самолёты нанесли удар по {target}."],
        "bombing": ["В городе {town} {day} {n} человек погибли при взрыве автомобиля у {target}.",
                    "{n} человек погибли при взрыве у {target} в городе {town} {day}."],
        "attack": ["В городе {town} {day} вооружённые люди ворвались к {target} и убили {n} жителей.",
                   "{n} мирных жителей убиты в городе {town}: {day} вооружённые люди напали на {target}."],
        "clash": ["Под городом {town} {day} в боях армии с {actor} погибли {n} боевиков.",
                  "{n} боевиков погибли {day} в боях с армией у города {town}."],
        "riot": ["В городе {town} {day} {n} человек погибли в столкновениях молодёжи с полицией.",
                 "{n} человек погибли {day} в беспорядках в городе {town}."],
    },
    "ar": {
        "strike": ["في مدينة {town}، قتل {n} أشخاص {day} في قصف جوي على {target}.",
                   "مقتل {n} أشخاص في {town} بعد أن قصفت طائرات {target} {day}."],
        "bombing": ["في مدينة {town}، قتل {n} أشخاص {day} في انفجار سيارة مفخخة أمام {target}.",
                    "مقتل {n} أشخاص في انفجار أمام {target} في {town} {day}."],
        "attack": ["في مدينة {town}، قتل مسلحون {n} من القرويين {day} بعد أن اقتحموا {target}.",
                   "مقتل {n} مدنيين في {town} في هجوم مسلح على {target} {day}."],
        "clash": ["في محيط {town}، قتل {n} مقاتلين {day} في اشتباكات بين الجيش و{actor}.",
                  "مقتل {n} مقاتلين في اشتباكات قرب {town} {day}."],
        "riot": ["في مدينة {town}، قتل {n} أشخاص {day} في مواجهات بين شبان والشرطة.",
                 "مقتل {n} أشخاص في أعمال شغب في {town} {day}."],
    },
}  # fmt: skip

# The act as a noun phrase ({act}): what a later report or a follow-up names it by.
ACT_NOUN = {
    "en": {"strike": "air strike", "bombing": "car bombing", "attack": "attack", "clash": "fighting",
           "riot": "riots"},
    "fr": {"strike": "la frappe aérienne", "bombing": "l'attentat à la voiture piégée", "attack": "l'attaque",
           "clash": "l'affrontement", "riot": "l'émeute"},
    "es": {"strike": "bombardeo", "bombing": "atentado con coche bomba", "attack": "ataque",
           "clash": "enfrentamiento", "riot": "motín"},
    "de": {"strike": "Luftangriff", "bombing": "Autobombenanschlag", "attack": "Überfall",
           "clash": "Gefecht", "riot": "Aufruhr"},
    "ru": {"strike": "авиаудара", "bombing": "взрыва", "attack": "нападения", "clash": "боёв",
           "riot": "беспорядков"},
    "ar": {"strike": "الغارة الجوية", "bombing": "التفجير", "attack": "الهجوم", "clash": "الاشتباكات",
           "riot": "أعمال الشغب"},
}  # fmt: skip

# The act's day as a later report names it ({day_of}): a possessive weekday or a dated phrase.
DAY_OF = {"en": "{weekday}'s", "fr": "de {weekday}", "es": "del {weekday}", "de": "vom {weekday}",
          "ru": "в {weekday}", "ar": "يوم {weekday}"}  # fmt: skip
# (the weekday as `story_phrases.WEEKDAYS` writes it: ru in the accusative after "в")

# A later report's lead: the toll has risen ({n}); the act, its day and its town as before.
TOLL_UPDATE = {
    "en": ["The death toll from {day_of} {act} in {town} has risen to {n}, officials said.",
           "Toll in {town} {act} climbs to {n} as more bodies are found"],
    "fr": ["Le bilan de {act} {day_of} à {town} s'est alourdi à {n} morts, selon les autorités.",
           "{town} : le bilan passe à {n} morts après {act} {day_of}"],
    "es": ["El balance de muertos del {act} {day_of} en {town} ascendió a {n}, según las autoridades.",
           "Sube a {n} la cifra de muertos del {act} en {town}"],
    "de": ["Die Zahl der Toten nach dem {act} {day_of} in {town} ist auf {n} gestiegen, teilten die Behörden mit.",
           "Zahl der Toten nach {act} in {town} steigt auf {n}"],
    "ru": ["Число погибших в результате {act} {day_of} в городе {town} выросло до {n}, сообщили власти.",
           "Число жертв {act} в городе {town} возросло до {n}"],
    "ar": ["ارتفعت حصيلة قتلى {act} في {town} {day_of} إلى {n}، بحسب السلطات.",
           "ارتفاع حصيلة قتلى {act} في {town} إلى {n}"],
}  # fmt: skip

# ... and the earlier count further down ({prev}: the first toll given).
EARLIER_COUNT = {
    "en": "An earlier count had put the number of dead at {prev}.",
    "fr": "Un précédent bilan faisait état de {prev} morts.",
    "es": "Un balance anterior hablaba de {prev} muertos.",
    "de": "Zuvor war von {prev} Toten die Rede gewesen.",
    "ru": "Ранее сообщалось о {prev} погибших.",
    "ar": "وكانت حصيلة سابقة قد أشارت إلى {prev} قتلى.",
}

# A lead that opens on a scene or a quote: no act, no toll, no day; the act comes next.
SCENE = {
    "en": ["\"We heard a roar and then everything went dark,\" {victim} recalled, standing in the rubble.",
           "Shopkeepers were still sweeping glass from the pavement hours later."],
    "fr": ["« Nous avons entendu un grondement, puis plus rien », raconte {victim}, debout dans les décombres.",
           "Des commerçants balayaient encore les éclats de verre des heures plus tard."],
    "es": ["«Oímos un estruendo y luego todo se oscureció», recordaba {victim} entre los escombros.",
           "Los comerciantes seguían barriendo cristales de la acera horas después."],
    "de": ["„Wir hörten ein Dröhnen, dann wurde alles dunkel“, erzählte {victim} zwischen den Trümmern.",
           "Ladenbesitzer fegten noch Stunden später Glasscherben vom Gehweg."],
    "ru": ["«Мы услышали грохот, а потом всё потемнело», — вспоминает {victim}, стоя среди обломков.",
           "Торговцы ещё несколько часов сметали осколки стекла с тротуара."],
    "ar": ["\"سمعنا دويا ثم أظلم كل شيء\"، يقول {victim} وهو يقف بين الأنقاض.",
           "كان أصحاب المتاجر لا يزالون يكنسون الزجاج المتناثر بعد ساعات."],
}  # fmt: skip
SCENE_TITLE = {"en": "Grief and anger in {town}", "fr": "Colère et deuil à {town}",
               "es": "Dolor y rabia en {town}", "de": "Trauer und Wut in {town}",
               "ru": "Горе и гнев в {town}", "ar": "حزن وغضب في {town}"}  # fmt: skip

# The next day in the same town: the dead buried (`FUNERAL`), men arrested over the act
# (`ARRESTS_OVER`); both recall the act's toll ({prev}) and day ({day_of}).
FUNERAL = {
    "en": ["Hundreds of mourners in {town} {day} buried the {prev} people killed in {day_of} {act}.",
           "Crowds gathered in {town} {day} for the funeral of the {prev} victims of the {act}."],
    "fr": ["Des centaines de personnes ont enterré {day} à {town} les {prev} victimes de {act} {day_of}.",
           "Une foule s'est réunie {day} à {town} pour les obsèques des {prev} victimes de {act}."],
    "es": ["Cientos de personas enterraron {day} en {town} a las {prev} víctimas del {act} {day_of}.",
           "Una multitud se reunió {day} en {town} para el funeral de las {prev} víctimas del {act}."],
    "de": ["Hunderte Trauernde haben {day} in {town} die {prev} Toten nach dem {act} {day_of} beigesetzt.",
           "In {town} nahmen {day} Tausende Abschied von den {prev} Toten nach dem {act}."],
    "ru": ["{day} в городе {town} сотни людей похоронили {prev} погибших в результате {act}.",
           "{day} в {town} прошли похороны {prev} жертв {act} {day_of}."],
    "ar": ["شيع المئات في {town} {day} جثامين {prev} أشخاص قتلوا في {act} {day_of}.",
           "تجمعت حشود في {town} {day} لتشييع {prev} من ضحايا {act}."],
}  # fmt: skip
ARRESTS_OVER = {
    "en": ["Police in {town} arrested {k} men {day} over {day_of} {act} that killed {prev} people.",
           "{k} suspects were detained in {town} {day} in connection with the {act} that left {prev} dead."],
    "fr": ["La police a arrêté {k} hommes {day} à {town} dans l'enquête sur {act} {day_of} qui a fait {prev} morts.",
           "{k} suspects ont été interpellés {day} à {town} en lien avec {act} qui a fait {prev} morts."],
    "es": ["La policía detuvo {day} a {k} hombres en {town} por el {act} {day_of} que dejó {prev} muertos.",
           "{k} sospechosos fueron arrestados {day} en {town} en relación con el {act} que causó {prev} muertos."],
    "de": ["Die Polizei hat {day} in {town} {k} Männer nach dem {act} {day_of} mit {prev} Toten festgenommen.",
           "{k} Verdächtige wurden {day} in {town} im Zusammenhang mit dem {act} festgenommen, bei dem {prev} Menschen starben."],
    "ru": ["{day} в городе {town} полиция задержала {k} человек по делу {act} {day_of}, унёсшего жизни {prev} человек.",
           "{day} в {town} задержаны {k} подозреваемых после {act} {day_of}; тогда погибли {prev} человек."],
    "ar": ["اعتقلت الشرطة في {town} {day} {k} رجال على خلفية {act} {day_of} الذي أودى بحياة {prev} أشخاص.",
           "اعتقل {k} مشتبه بهم في {town} {day} في إطار التحقيق في {act} الذي خلف {prev} قتلى."],
}  # fmt: skip
