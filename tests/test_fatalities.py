import pytest

from extractors.events.fatalities import foreign_death_figures, parse_number, sentence_fatalities


@pytest.mark.parametrize(
    ("text", "value"),
    [("34", 34), ("1,200", 1200), ("thirty-four", 34),
     ("two hundred and five", 205),
     ("a dozen", 12),
     ("dozens", 12), ("scores", 20), ("hundreds", 100), ("several", 3), ("at least 22", 22), ("eleven", 11)],
)  # fmt: skip
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("At least 34 soldiers were killed in the raid.", 34),
        ("Thirty-four soldiers died when the convoy was hit.", 34),
        ("Dozens of villagers were killed or injured in the blast.", 12),
        ("The death toll rose to 33 on Friday, with 61 others wounded.", 33),
        ("The bombing killed eleven marines, one sailor and dozens of bystanders.", 24),
        ("Gunmen killed 12 herders, three of them children.", 12),
        ("Gunmen killed 12 herders, including three children.", 12),
        ("Two policemen and three traders were killed at the checkpoint.", 5),
        ("At least 30 pupils aged between 8 and 12 were killed, along with four staff.", 34),
        ("A soldier was killed when the patrol came under fire.", 1),
        ("Seven people were killed and 41 more were hurt.", 7),
        ("Twelve people were wounded and three killed.", 3),
        ("More than 40 farmers were slaughtered in their fields.", 40),
        ("Gunmen stormed the village and shot dead three herders.", 3),
        ("Mourners buried at least 18 people on Sunday.", 18),
        ("The hospital received the bodies of 11 children.", 11),
        ("Multiple soldiers were among those killed.", 3),
        ("The number had risen to 50 by the evening.", 50),
    ],
)
def test_sentence_fatalities(sentence, deaths):
    assert sentence_fatalities(sentence) == deaths


@pytest.mark.parametrize(
    "sentence",
    ["At least 20 people were injured in the attack.", "Some 5,000 families were displaced.",
     "Police arrested 14 suspects after the riot.", "The 25 km road was closed.",
     "The number of injured rose to 20."],
)  # fmt: skip
def test_injured_displaced_and_arrested_are_not_dead(sentence):
    assert sentence_fatalities(sentence) is None


def test_other_languages_read_digits_next_to_death_words():
    assert [
        f.value for f in foreign_death_figures("Une frappe a tué au moins 13 personnes dimanche.", "fr")
    ] == [13]
    assert [f.value for f in foreign_death_figures("Bei dem Angriff wurden 22 Soldaten getötet.", "de")] == [
        22
    ]
    assert foreign_death_figures("Bei dem Angriff wurden 22 Soldaten verletzt.", "de") == []
    assert foreign_death_figures("22 killed", "sw") == []  # no lexicon for that language: nothing


@pytest.mark.parametrize(
    ("sentence", "language", "deaths"),
    [
        # a word for one before a speaker's noun is an article; a list needs a comma or a joiner
        ("Doctors said on Monday that 40 civilians had died and hundreds were hurt.", "en", 40),
        # the source of a figure is no item of its list
        ("The dead include nine soldiers and one medic, according to two officials.", "en", 10),
        # an adverb the pack takes for a connector does not part a figure from its word
        ("Nine civilians were also killed when the market was shelled.", "en", 9),
        # reach counts a phrase of people as one word
        ("Several Kenyan border guards were among the dead at the checkpoint.", "en", 3),
        # "three of the 30 attackers": three died; "twelve of the 20 dead": twenty died
        ("The gunfight left three of the 25 gunmen and a soldier dead.", "en", 4),
        ("Twelve of the 20 dead were children.", "en", 20),
        ("Trois des 30 assaillants ont été tués.", "fr", 3),
        # a word before a figure that a list joiner parts from it belongs to the other part
        ("A soldier died and three policemen were wounded in the exchange of fire.", "en", 1),
        # killed-or-wounded counts as killed (ACLED: "dozens killed or injured" -> 12)
        ("Two car bombs killed or injured dozens of people.", "en", 12),
        # a reporting aside between a figure and its word
        ("Deux gendarmes, selon une source locale, ont été tués dans une autre embuscade.", "fr", 2),
        ("Twelve soldiers, the army said, were killed in the ambush.", "en", 12),
        # a number named by the word before it counts no one
        ("Fighting between Brigade 444 and the Rada force killed 27 people.", "en", 27),
        ("أسفرت الاشتباكات بين اللواء 444 وقوة الردع عن مقتل 27 شخصا", "ar", 27),
        # rise words make the figure after (or, verb-final, before) them the current toll
        ("Die Zahl der Toten stieg auf 30.", "de", 30),
        ("Le bilan, initialement de 12 morts, s'est alourdi à 30 morts.", "fr", 30),
        ("Число погибших возросло до 17.", "ru", 17),
        ("El número de muertos ascendió a 17 este lunes.", "es", 17),
        ("Saldırıda ölenlerin sayısı 17'ye yükseldi.", "tr", 17),
        ("The number of police officers killed in the ambush near the border has climbed to 11.", "en", 11),
    ],
)
def test_figures_by_sentence_shape_in_several_languages(sentence, language, deaths):
    assert sentence_fatalities(sentence, language) == deaths


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Zahl der Verletzten stieg auf 30.", "de"),
        ("Le nombre de blessés est passé à 40.", "fr"),
        ("The number of people displaced rose to 5,000 after the wounded were evacuated.", "en"),
    ],
)
def test_a_rising_count_of_others_than_the_dead_is_no_toll(sentence, language):
    assert sentence_fatalities(sentence, language) is None


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Raia mmoja aliuawa katika shambulio la wanamgambo karibu na mpaka.", "sw", 1),
        ("Askari mmoja aliuawa na wengine wanne walijeruhiwa katika shambulio hilo.", "sw", 1),
        ("قتل جندي واحد في هجوم على حاجز للجيش.", "ar", 1),
        ("One soldier was killed in the ambush near the border.", "en", 1),
    ],
)
def test_a_word_for_one_after_its_noun_for_people_is_a_count(sentence, language, expected):
    assert sentence_fatalities(sentence, language) == expected
