"""Facts of events that hang on a sentence's shape, in several languages: a counted actor that is the
subject of an act with its own object ("A gunman killed three people"), not its victim; rival
figures of two sources (the most conservative); an undated event takes the day of the act before it."""

from datetime import date

import pytest

from extractors.events.dates import resolve_event_date
from extractors.events.fatalities import sentence_fatalities
from tests.coding import code_text, only


def coded(text: str, language: str, published: str = "2024-03-08"):
    return code_text(text, language=language, published=published)


# ---------------------------------------------------------------- a counted subject acted

COUNTED_SUBJECTS = [
    ("A gunman shot dead four traders at a cattle market in Katsina on Thursday.", "en", 4),
    ("An attacker stabbed two worshippers to death outside a church in Jos on Wednesday.", "en", 2),
    ("Un homme armé a tué cinq villageois mercredi près de Djibo.", "fr", 5),
    ("Un grupo armado asesinó a seis campesinos el jueves en una vereda de Tumaco.", "es", 6),
    ("Um homem armado matou três pessoas na quinta-feira num mercado de Pemba.", "pt", 3),
    ("Ein Bewaffneter hat am Mittwoch in Kano vier Dorfbewohner erschossen.", "de", 4),
]


@pytest.mark.parametrize(("text", "language", "deaths"), COUNTED_SUBJECTS)
def test_a_counted_armed_subject_with_an_object_acted(text, language, deaths):
    row = only(coded(text, language))
    assert row.event_type == "Violence against civilians"
    assert row.actor1.startswith("Unidentified Armed Group")
    assert row.actor2.startswith("Civilians")
    assert row.fatalities == deaths


HIT_COUNTED = [
    ("Two soldiers were killed by three gunmen at a checkpoint in Kano on Thursday.", "en"),
    (
        "Au moins sept soldats ont trouvé la mort jeudi au cours des attaques des jihadistes près de Djibo.",
        "fr",
    ),
    ("A soldier was killed when gunmen attacked a checkpoint in Maiduguri on Thursday.", "en"),
]


@pytest.mark.parametrize(("text", "language"), HIT_COUNTED)
def test_counted_soldiers_hit_by_an_act_stay_its_victims(text, language):
    row = only(coded(text, language))
    assert row.event_type == "Battles"
    assert row.actor2.startswith("Military Forces of")


# ---------------------------------------------------------------- rival figures of two sources

RIVAL_FIGURES = [
    (
        "Militiamen attacked a displacement camp near Nyala on Sunday. Fifteen civilians were killed in the "
        "attack, a local official said. A volunteer group said 31 civilians were killed in the camp on Sunday.",
        "en",
        15,
    ),
    (
        "Des hommes armés ont attaqué le village de Djibo dimanche. Douze civils ont été tués dans l'attaque, a "
        "déclaré le gouverneur. Une ONG locale a affirmé que 25 civils ont été tués dans l'attaque de dimanche.",
        "fr",
        12,
    ),
    (
        "Hombres armados atacaron el domingo una aldea cerca de Tumaco. Nueve civiles murieron en el ataque, "
        "dijo el alcalde. Una organización local afirmó que 17 civiles murieron en el ataque del domingo.",
        "es",
        9,
    ),
    (
        "Homens armados atacaram uma aldeia perto de Pemba no domingo. Oito civis foram mortos no ataque, disse "
        "o administrador. Uma organização local disse que 19 civis foram mortos no ataque de domingo.",
        "pt",
        8,
    ),
    # a bound ("more than 100") agrees with a higher, more specific figure: no rival
    (
        "Gunmen attacked a village near Nyala on Sunday. More than 100 people were killed, officials said. "
        "Local sources said 160 people were killed in the attack.",
        "en",
        160,
    ),
    # the army's figure and the residents' of the same soldiers: rivals
    (
        "Jihadists attacked an army post near Djibo on Sunday, killing 4 soldiers, the army said. Residents said "
        "9 soldiers were killed in the attack on Sunday.",
        "en",
        4,
    ),
]


@pytest.mark.parametrize(("text", "language", "deaths"), RIVAL_FIGURES)
def test_rival_figures_of_two_sources_take_the_most_conservative(text, language, deaths):
    row = only(coded(text, language))
    assert row.fatalities == deaths
    assert row.event_date.isoformat() == "2024-03-03"


# ---------------------------------------------------------------- the day of the act before

ACT_DAYS = [
    ("Gunmen attacked a village near Nyala on Sunday. Twelve people were killed.", "en", "2024-03-03"),
    (
        "Des hommes armés ont attaqué un village près de Djibo dimanche. Douze personnes ont été tuées.",
        "fr",
        "2024-03-03",
    ),  # fmt: skip
    # a day a sentence merely names, with no act, is not the event's
    (
        "On Monday the governor visited Nyala. Twelve people were killed in an attack on a village.",
        "en",
        "2024-03-08",
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "language", "day"), ACT_DAYS)
def test_an_undated_event_takes_the_day_of_the_act_reported_before_it(text, language, day):
    assert only(coded(text, language)).event_date.isoformat() == day


# ---------------------------------------------------------------- who the phrase names

ABDUCTED_FOREIGN_WORKERS = [
    ("Valilik, Musul'da dün gece 18 Türk işçinin maskeli kişilerce kaçırıldığını açıkladı.", "tr"),
    ("Masked men abducted 18 Turkish workers in Basra on Wednesday.", "en"),
    ("Des hommes armés ont enlevé mercredi 18 ouvriers turcs à Bagdad.", "fr"),
    ("Hombres armados secuestraron el miércoles a 18 trabajadores turcos en Bagdad.", "es"),
]


@pytest.mark.parametrize(("text", "language"), ABDUCTED_FOREIGN_WORKERS)
def test_a_demonym_names_the_nearer_noun_and_armed_people_are_one_actor(text, language):
    row = only(coded(text, language))
    assert row.sub_event_type == "Abduction/forced disappearance"
    assert row.actor1 == "Unidentified Armed Group (Iraq)"
    assert row.actor2 == "Civilians (Turkey)"


GENITIVE_AGENTS_AFTER_VICTIMS = [
    (
        "Pelo menos dez pessoas foram mortas na quinta-feira num ataque de insurgentes em Mocímboa da Praia.",
        "pt",
    ),
    ("Al menos diez personas murieron el jueves en un ataque de disidentes de las FARC en Tumaco.", "es"),
    ("Au moins dix civils ont été tués jeudi dans une attaque des jihadistes près de Djibo.", "fr"),
]


@pytest.mark.parametrize(("text", "language"), GENITIVE_AGENTS_AFTER_VICTIMS)
def test_the_group_of_the_attack_after_its_victims_carried_it_out(text, language):
    row = only(coded(text, language))
    assert row.event_type == "Violence against civilians"
    assert row.actor2.startswith("Civilians")
    assert not row.actor1.startswith("Civilians")
    assert row.fatalities == 10


# ---------------------------------------------------------------- the weekend

WEEKENDS = [
    ("at the weekend", "en"),
    ("au cours du week-end", "fr"),
    ("el pasado fin de semana", "es"),
    ("no fim de semana", "pt"),
    ("am vergangenen Wochenende", "de"),
    ("lo scorso fine settimana", "it"),
    ("в минувшие выходные", "ru"),
    ("geçen hafta sonu", "tr"),
    ("akhir pekan lalu", "id"),
    ("mwishoni mwa wiki", "sw"),
]


@pytest.mark.parametrize(("expression", "language"), WEEKENDS)
def test_the_weekend_is_the_saturday_before_publication(expression, language):
    # published on Tuesday 2024-03-12: the weekend was 9-10 March
    assert resolve_event_date(expression, date(2024, 3, 12), language) == (date(2024, 3, 9), "week")
    # published on Sunday 2024-03-10: the weekend is the one it falls on
    assert resolve_event_date(expression, date(2024, 3, 10), language) == (date(2024, 3, 9), "week")


def test_a_weekend_attack_is_dated_to_its_saturday():
    text = "Des hommes armés ont tué six villageois au cours du week-end près de Djibo, selon des sources locales."
    assert only(coded(text, "fr", published="2024-03-12")).event_date.isoformat() == "2024-03-09"


def test_the_forces_after_an_act_noun_and_from_carried_it_out():
    text = "Two civilians were killed in Kherson on Tuesday as residents sheltered from shelling from Russian forces."
    row = only(coded(text, "en"))
    assert (row.actor1, row.actor2) == ("Military Forces of Russia", "Civilians (Ukraine)")


# ---------------------------------------------------------------- figures of a sentence

SENTENCE_FIGURES = [
    # a change of the toll: the later figure, whatever marked both as a change
    ("Le bilan est passé de 15 à 23 morts.", "fr", 23),
    ("El balance pasó de 15 a 23 muertos.", "es", 23),
    ("The death toll rose to 23 from 15.", "en", 23),
    # a list joiner parts a wounded word from the count before it, noun-first languages too
    ("Shambulio hilo liliua watu wanne na kujeruhi wengine 12.", "sw", 4),
    ("Wanamgambo waliwaua wanakijiji sita na kujeruhi wengine tisa.", "sw", 6),
    ("The attack killed four people and wounded 12 others.", "en", 4),
    ("Serangan itu menewaskan empat orang dan melukai 12 lainnya.", "id", 4),
]


@pytest.mark.parametrize(("sentence", "language", "deaths"), SENTENCE_FIGURES)
def test_the_deaths_of_a_sentence(sentence, language, deaths):
    assert sentence_fatalities(sentence, language) == deaths


# ---------------------------------------------------------------- the day it was reported

REPORTED_DAYS = [
    ("Gunmen killed five villagers near Gao, residents said on Wednesday.", "en", "2024-03-06"),
    (
        "Des hommes armés ont tué cinq villageois près de Gao, ont indiqué mercredi des habitants.",
        "fr",
        "2024-03-06",
    ),
    (
        "Hombres armados mataron a cinco campesinos cerca de Tumaco, informaron el miércoles los vecinos.",
        "es",
        "2024-03-06",
    ),  # fmt: skip
    (
        "Silahlı kişiler Diyarbakır'da beş köylüyü öldürdü, yetkililer çarşamba günü açıkladı.",
        "tr",
        "2024-03-06",
    ),
    # the event's own day wins over the day it was reported
    ("Gunmen killed five villagers near Gao on Tuesday, residents said on Wednesday.", "en", "2024-03-05"),
    # a later sentence's report day is another act's: the publication day stays
    (
        "Gunmen killed five villagers near Gao. The attack came a day after the army announced an offensive on "
        "Monday.",
        "en",
        "2024-03-08",
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "language", "day"), REPORTED_DAYS)
def test_an_event_the_text_does_not_date_takes_the_day_it_was_reported(text, language, day):
    assert only(coded(text, language)).event_date.isoformat() == day


def test_a_journalist_before_an_armed_attack_is_its_victim():
    row = only(coded("Salı günü Diyarbakır'da bir gazeteci silahlı saldırıda hayatını kaybetti.", "tr"))
    assert (row.actor2, row.fatalities, row.event_date.isoformat()) == ("Civilians (Turkey)", 1, "2024-03-05")


# ---------------------------------------------------------------- crowds


def test_people_killed_as_riots_went_on_are_no_side_of_a_riot_elsewhere():
    rows = coded("Three men were killed as riots continued in Gulu and Mbarara on Wednesday.", "en")
    assert {r.location: r.actor2 for r in rows} == {"Gulu": "", "Mbarara": ""}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rioters beat two passers-by and torched cars in Gulu on Wednesday.", "en"),
        ("A mob lynched two men accused of theft in Kano on Wednesday.", "en"),
    ],
)
def test_the_people_a_crowd_attacked_are_its_actor2(text, language):
    assert only(coded(text, language)).actor2.startswith("Civilians")


def test_a_lynching_kills():
    assert only(coded("A mob lynched two men accused of theft in Kano on Wednesday.", "en")).fatalities == 2


# ---------------------------------------------------------------- named forces of blocs and missions

NAMED_MISSIONS = [
    (
        "US-led coalition aircraft struck an Islamic State hideout near Raqqa on Tuesday, killing 11 militants.",
        "en",
        "Global Coalition Against Daesh",
        "Islamic State (IS)",
    ),  # fmt: skip
    (
        "The African Union mission's troops killed 20 al-Shabaab fighters in Lower Shabelle on Tuesday.",
        "en",
        "African Union Mission in Somalia (ATMIS)",
        "Al-Shabaab",
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "language", "actor1", "actor2"), NAMED_MISSIONS)
def test_a_mission_or_coalition_named_as_acting_is_its_own_actor(text, language, actor1, actor2):
    row = only(coded(text, language))
    assert (row.actor1, row.actor2) == (actor1, actor2)


def test_a_force_named_twice_and_hit_is_the_victim():
    text = "Des casques bleus de la MINUSMA ont été tués mardi dans l'explosion d'un engin près de Mopti."
    assert only(coded(text, "fr")).actor2 == "United Nations peacekeepers"


VICTIMS_AFTER_THEIR_OUTCOME = [
    # verb-first: the killed word before the soldiers is said of them; the group after the attack did it
    (
        "قتل ثلاثة جنود سوريين في هجوم لتنظيم داعش في دير الزور يوم الثلاثاء.",
        "ar",
        "Islamic State (IS)",
        "Military Forces of Syria",
    ),  # fmt: skip
    # a gapped arrest phrase holds its object
    (
        "Die Polizei nahm am Dienstag in Berlin 15 Verdächtige fest.",
        "de",
        "Police Forces of Germany",
        "Civilians (Germany)",
    ),  # fmt: skip
    (
        "Türk Silahlı Kuvvetleri salı günü Kuzey Irak'ta PKK hedeflerine hava harekatı düzenledi, 12 terörist "
        "etkisiz hale getirildi.",
        "tr",
        "Military Forces of Turkey",
        None,
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "language", "actor1", "actor2"), VICTIMS_AFTER_THEIR_OUTCOME)
def test_who_acted_and_who_was_hit_by_the_shape_of_the_clause(text, language, actor1, actor2):
    row = only(coded(text, language))
    assert row.actor1 == actor1
    if actor2 is not None:
        assert row.actor2 == actor2


@pytest.mark.parametrize(
    ("text", "language", "actor2"),
    [
        (
            "Two suspected thieves were beaten to death by a mob in Kano on Wednesday.",
            "en",
            "Civilians (Nigeria)",
        ),
        ("A mob burned down a mosque in Kano on Wednesday.", "en", ""),
    ],
)
def test_the_dead_of_a_mob_named_by_no_group_were_civilians(text, language, actor2):
    assert only(coded(text, language)).actor2 == actor2


@pytest.mark.parametrize(
    ("text", "language", "actor2"),
    [
        (
            "Türk Silahlı Kuvvetleri salı günü Kuzey Irak'ta PKK hedeflerine hava harekatı düzenledi, 12 terörist "
            "etkisiz hale getirildi.",
            "tr",
            "PKK",
        ),  # fmt: skip
        (
            "Somali soldiers killed 12 militants in an operation against Al-Shabaab in Lower Shabelle on Tuesday.",
            "en",
            "Al-Shabaab",
        ),  # fmt: skip
        # two groups named as background: the armed men hit stay unidentified
        (
            "Gunmen killed 12 soldiers in Yobe on Tuesday, the army said. ISWAP and Boko Haram are both active in "
            "the area.",
            "en",
            "Military Forces of Nigeria",
        ),  # fmt: skip
    ],
)
def test_armed_men_hit_named_by_no_name_were_of_the_one_group_named(text, language, actor2):
    assert only(coded(text, language)).actor2 == actor2


@pytest.mark.parametrize(
    ("text", "language", "actor2"),
    [
        (
            "A suicide bomber killed 9 people at a checkpoint in Kismayo on Tuesday. The dead included five Somali "
            "soldiers.",
            "en",
            "Military Forces of Somalia",
        ),  # fmt: skip
        (
            "Un kamikaze a tué neuf personnes mardi à un poste de contrôle à Mogadiscio. Parmi les morts figurent cinq "
            "soldats somaliens.",
            "fr",
            "Military Forces of Somalia",
        ),  # fmt: skip
        (
            "A car bomb killed 9 civilians at a market in Kismayo on Tuesday, police said.",
            "en",
            "Civilians (Somalia)",
        ),  # fmt: skip
    ],
)
def test_a_blast_that_hit_a_force_and_civilians_was_on_the_force(text, language, actor2):
    assert only(coded(text, language)).actor2 == actor2


THIS_WEEK = [
    ("earlier this week", "en"),
    ("en début de semaine", "fr"),
    ("a principios de esta semana", "es"),
    ("Anfang der Woche", "de"),
    ("в начале этой недели", "ru"),
    ("bu hafta başında", "tr"),
]


@pytest.mark.parametrize(("expression", "language"), THIS_WEEK)
def test_earlier_this_week_is_the_middle_of_its_days_before_publication(expression, language):
    # published on Friday 2024-03-08: Monday to Thursday, Tuesday their middle (not the Friday before)
    assert resolve_event_date(expression, date(2024, 3, 8), language) == (date(2024, 3, 5), "week")
    # "last week" stays the week before
    assert resolve_event_date("last week", date(2024, 3, 8), "en") == (date(2024, 3, 1), "week")
