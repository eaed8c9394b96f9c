"""The sentence templates of `bench/pipeline_corpus.py` (conflict leads and details, general news,
headlines), filled from `corpus_words.WORDS`; the module's own sentences, no real report's.
"""

from __future__ import annotations

# Sentence templates: {state} {armed} {civil} {crowd} {attack} {place} {kind} {day} {n} {m} {says}
# {source} {topic} {org} {pct} {year} are filled from the word lists.
CONFLICT_LEADS = {
    "en": [
        "{armed} {attack} a {kind} near {place} on {day}, killing {n} {civil} and wounding {m}, {source} {says}.",
        "At least {n} people were killed when {armed} {attack} {place} on {day}, {source} {says}.",
        "{state} clashed with {armed} outside {place} on {day}; {n} fighters and {m} soldiers died, {source} {says}.",
        "Police fired tear gas at {crowd} in {place} on {day} and arrested {n} people, {source} {says}.",
        "Thousands of {crowd} marched through {place} on {day} to protest against {topic}.",
        "An air strike hit a {kind} in {place} on {day}, killing {n} {civil}, {source} {says}.",
    ],
    "fr": [
        "{armed} {attack} un {kind} près de {place} {day}, tuant {n} {civil} et en blessant {m}, {source} {says}.",
        "Au moins {n} personnes ont été tuées {day} lorsque {armed} {attack} {place}, {source} {says}.",
        "Des affrontements entre {state} et {armed} ont fait {n} morts {day} près de {place}, {source} {says}.",
        "La police a dispersé {crowd} à {place} {day} et interpellé {n} personnes, {source} {says}.",
    ],
    "es": [
        "{armed} {attack} un {kind} cerca de {place} {day} y mataron a {n} {civil}, {says} {source}.",
        "Al menos {n} personas murieron {day} cuando {armed} {attack} {place}, {says} {source}.",
        "Enfrentamientos entre {state} y {armed} dejaron {n} muertos {day} en {place}, {says} {source}.",
        "La policía dispersó a {crowd} en {place} {day} y detuvo a {n} personas, {says} {source}.",
    ],
    "pt": [
        "{armed} {attack} um {kind} perto de {place} na {day} e mataram {n} {civil}, {says} {source}.",
        "Pelo menos {n} pessoas morreram na {day} quando {armed} {attack} {place}, {says} {source}.",
        "Confrontos entre {state} e {armed} deixaram {n} mortos na {day} em {place}, {says} {source}.",
        "A polícia dispersou {crowd} em {place} na {day} e deteve {n} pessoas, {says} {source}.",
    ],
    "de": [
        "{armed} {attack} {day} ein {kind} bei {place} und töteten {n} {civil}, {says} {source}.",
        "Mindestens {n} Menschen wurden {day} getötet, als {armed} {place} angriffen, {says} {source}.",
        "Bei Gefechten zwischen {state} und {armed} nahe {place} starben {day} {n} Menschen, {says} {source}.",
        "Die Polizei nahm {day} in {place} {n} {crowd} fest, {says} {source}.",
    ],
    "ar": [
        "{says} {source} إن {armed} {attack} {kind} قرب {place} يوم {day}، ما أسفر عن مقتل {n} من {civil} وإصابة {m}.",
        "قتل {n} أشخاص على الأقل يوم {day} عندما {attack} {armed} مدينة {place}، بحسب {source}.",
        "اندلعت اشتباكات بين {state} و{armed} قرب {place} يوم {day} أسفرت عن مقتل {n} شخصا.",
        "فرقت الشرطة {crowd} في {place} يوم {day} واعتقلت {n} أشخاص، بحسب {source}.",
    ],
    "ru": [
        "{armed} {attack} {kind} под {place} {day}, погибли {n} человек и ещё {m} ранены, {says} {source}.",
        "По меньшей мере {n} человек погибли {day} в результате обстрела {place}, {says} {source}.",
        "В столкновениях между {state} и {armed} у {place} {day} погибли {n} человек, {says} {source}.",
        "Полиция задержала {n} человек {day} в {place}, где {crowd} вышли на акцию протеста, {says} {source}.",
    ],
}
DETAILS = {
    "en": [
        "The wounded were taken to a hospital in {place}, where {source} said {m} were in serious condition.",
        "{source} said the attackers arrived on motorcycles and set fire to several houses before fleeing.",
        "It was the {ordinal} attack on the area this month, and residents said many families had left.",
        "{state} said they had launched an operation to find those responsible.",
        "No group has claimed responsibility, but {armed} are active in the region.",
        "The death toll rose to {n} on {day} after {m} of the injured died, {source} {says}.",
        "Aid agencies said about {big} people had fled {place} since the start of the year.",
    ],
    "fr": [
        "Les blessés ont été évacués vers l'hôpital de {place}, selon {source}.",
        "Les assaillants sont arrivés à moto et ont incendié plusieurs maisons avant de s'enfuir.",
        "Aucun groupe n'a revendiqué l'attaque, mais {armed} sont actifs dans la région.",
        "Selon les agences humanitaires, environ {big} personnes ont fui {place} depuis le début de l'année.",
    ],
    "es": [
        "Los heridos fueron trasladados a un hospital de {place}, según {source}.",
        "Los atacantes llegaron en motocicletas e incendiaron varias viviendas antes de huir.",
        "Ningún grupo se ha atribuido el ataque, aunque {armed} operan en la zona.",
        "Según organizaciones humanitarias, unas {big} personas han huido de {place} este año.",
    ],
    "pt": [
        "Os feridos foram levados para um hospital em {place}, segundo {source}.",
        "Os atacantes chegaram de motocicleta e incendiaram várias casas antes de fugir.",
        "Nenhum grupo reivindicou o ataque, mas {armed} atuam na região.",
        "Segundo agências humanitárias, cerca de {big} pessoas fugiram de {place} este ano.",
    ],
    "de": [
        "Die Verletzten wurden in ein Krankenhaus in {place} gebracht, {says} {source}.",
        "Die Angreifer kamen auf Motorrädern und zündeten mehrere Häuser an.",
        "Zu dem Angriff bekannte sich zunächst niemand; {armed} sind in der Region aktiv.",
        "Nach Angaben von Hilfsorganisationen sind seit Jahresbeginn etwa {big} Menschen aus {place} geflohen.",
    ],
    "ar": [
        "ونقل الجرحى إلى مستشفى في {place}، وفق {source}.",
        "وقال شهود إن المهاجمين وصلوا على دراجات نارية وأحرقوا عدة منازل قبل فرارهم.",
        "ولم تتبن أي جهة الهجوم، لكن {armed} ينشطون في المنطقة.",
        "وتقول منظمات الإغاثة إن نحو {big} شخص فروا من {place} منذ بداية العام.",
    ],
    "ru": [
        "Раненых доставили в больницу в {place}, {says} {source}.",
        "По словам очевидцев, нападавшие приехали на мотоциклах и подожгли несколько домов.",
        "Ответственность за нападение пока никто не взял на себя.",
        "По данным гуманитарных организаций, с начала года из {place} бежали около {big} человек.",
    ],
}
GENERAL = {
    "en": [
        "{org} said {topic} would remain a priority in {year}, after a difficult first half of the year.",
        "Figures published on {day} showed {topic} rising by {pct} percent compared with a year earlier.",
        "Officials in {place} said the plan for {topic} would cost about {big} million dollars.",
        "{source} said the debate over {topic} had divided the council for months.",
        "Analysts expect {topic} to dominate the campaign, although turnout in {place} is hard to predict.",
        "The decision was welcomed by business groups in {place}, who had long called for action on {topic}.",
        "{org} plans to publish its next report on {topic} in the spring.",
        "Supporters gathered outside the stadium in {place} long before the match began on {day}.",
        "Heavy rain is expected across the region on {day}, and {org} warned of flooding near {place}.",
        "The festival in {place} drew about {big} visitors last year, according to {org}.",
        "Researchers at the university in {place} said the results on {topic} surprised them.",
    ],
    "fr": [
        "{org} a indiqué que {topic} resterait une priorité en {year}.",
        "Les chiffres publiés {day} montrent une hausse de {pct} % sur un an.",
        "À {place}, les autorités estiment le coût du projet à {big} millions d'euros.",
        "Le débat sur {topic} divise le conseil depuis plusieurs mois, selon {source}.",
        "Les supporters se sont rassemblés devant le stade de {place} bien avant le match.",
        "De fortes pluies sont attendues {day} et {org} a mis en garde contre des inondations près de {place}.",
    ],
    "es": [
        "{org} indicó que {topic} seguirá siendo una prioridad en {year}.",
        "Las cifras publicadas {day} muestran un aumento del {pct} % en un año.",
        "En {place}, las autoridades calculan que el proyecto costará {big} millones de pesos.",
        "El debate sobre {topic} divide al concejo desde hace meses, según {source}.",
        "Los aficionados se reunieron frente al estadio de {place} mucho antes del partido.",
        "Se esperan fuertes lluvias {day} y {org} advirtió de posibles inundaciones cerca de {place}.",
    ],
    "pt": [
        "{org} informou que {topic} continuará a ser uma prioridade em {year}.",
        "Os números divulgados na {day} mostram uma alta de {pct} % em um ano.",
        "Em {place}, as autoridades estimam que o projeto custará {big} milhões de reais.",
        "O debate sobre {topic} divide a câmara há meses, segundo {source}.",
        "Torcedores se reuniram em frente ao estádio de {place} muito antes do jogo.",
    ],
    "de": [
        "{org} erklärte, {topic} bleibe auch {year} eine Priorität.",
        "Die {day} veröffentlichten Zahlen zeigen einen Anstieg um {pct} Prozent binnen eines Jahres.",
        "In {place} schätzen die Behörden die Kosten des Projekts auf {big} Millionen Euro.",
        "Die Debatte über {topic} spaltet den Rat seit Monaten, {says} {source}.",
        "Schon lange vor dem Anpfiff versammelten sich die Fans vor dem Stadion in {place}.",
    ],
    "ar": [
        "وقال {org} إن {topic} سيبقى أولوية في عام {year}.",
        "وأظهرت الأرقام المنشورة يوم {day} ارتفاعا بنسبة {pct} في المئة خلال عام.",
        "وتقدر السلطات في {place} كلفة المشروع بنحو {big} مليون دولار.",
        "ويثير النقاش حول {topic} انقساما في المجلس منذ أشهر، بحسب {source}.",
        "وتجمع المشجعون أمام الملعب في {place} قبل بدء المباراة بوقت طويل.",
    ],
    "ru": [
        "{org} сообщил, что {topic} останется приоритетом в {year} году.",
        "Опубликованные {day} данные показали рост на {pct} процента за год.",
        "Власти {place} оценивают стоимость проекта в {big} миллионов рублей.",
        "Споры вокруг темы «{topic}» уже несколько месяцев раскалывают совет, {says} {source}.",
        "Болельщики собрались у стадиона в {place} задолго до начала матча.",
    ],
}
HEADLINES = {
    "en": [
        "{n} killed in attack on {kind} near {place}",
        "Clashes near {place} leave {n} dead",
        "Protesters arrested in {place}",
        "{org} warns on {topic}",
        "{topic}: what changes in {year}",
        "Storms expected near {place}",
        "{place} prepares for the festival",
    ],
    "fr": [
        "{n} morts dans une attaque près de {place}",
        "Affrontements meurtriers à {place}",
        "{org} s'inquiète de {topic}",
        "{place} : ce qui change en {year}",
    ],
    "es": [
        "{n} muertos en un ataque cerca de {place}",
        "Enfrentamientos en {place}",
        "{org} advierte sobre {topic}",
        "{place}: lo que cambia en {year}",
    ],
    "pt": [
        "{n} mortos em ataque perto de {place}",
        "Confrontos em {place}",
        "{org} alerta sobre {topic}",
        "{place}: o que muda em {year}",
    ],
    "de": [
        "{n} Tote bei Angriff nahe {place}",
        "Gefechte bei {place}",
        "{org} warnt vor Folgen",
        "{place}: Was sich {year} ändert",
    ],
    "ar": [
        "مقتل {n} في هجوم قرب {place}",
        "اشتباكات في {place}",
        "{org} يحذر",
        "{place}: ما الذي يتغير في {year}",
    ],
    "ru": [
        "{n} погибших при нападении под {place}",
        "Столкновения у {place}",
        "{org} предупреждает",
        "{place}: что изменится в {year} году",
    ],
}
ORDINALS = ["second", "third", "fourth", "fifth"]
