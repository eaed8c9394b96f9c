"""Facts of events in several languages: running totals tacked onto an event, a force phrase that
holds its demonym, the people an arrest takes, and the alias prefilter of named actors."""

import pytest

from extractors.events.actors import find_actors
from extractors.events.fatalities import sentence_fatalities
from extractors.events.modality import is_background
from extractors.events.named_actors import _aliases, _named_pattern, named_actors
from tests.coding import code_text


def coded(text: str, language: str, published: str = "2024-03-08"):
    return code_text(text, language=language, published=published)


# ---------------------------------------------------------------- running totals

TACKED_TOTALS = [
    (
        "Air strikes killed at least 14 people in Khan Younis on Tuesday, bringing the death toll since the "
        "war began to more than 25,000.",
        "en",
        14,
    ),  # fmt: skip
    (
        "Air strikes killed 9 people in Khan Younis on Tuesday, raising to more than 25,000 the number of "
        "people killed since the start of the war.",
        "en",
        9,
    ),  # fmt: skip
    (
        "Bei Luftangriffen in Rafah wurden am Dienstag mindestens 14 Menschen getötet; damit stieg die "
        "Zahl der Toten seit Kriegsbeginn auf mehr als 25.000.",
        "de",
        14,
    ),  # fmt: skip
    (
        "Ataques aéreos mataram pelo menos 14 pessoas em Khan Younis na terça-feira, elevando para mais de "
        "25 mil o número de mortos desde o início da guerra.",
        "pt",
        14,
    ),  # fmt: skip
    (
        "Los bombardeos aéreos mataron a 14 personas en Jan Yunis el martes, con lo que el número de muertos "
        "desde el inicio de la guerra supera los 25.000.",
        "es",
        14,
    ),  # fmt: skip
]


@pytest.mark.parametrize(("sentence", "language", "deaths"), TACKED_TOTALS)
def test_a_running_total_tacked_onto_a_dated_event_leaves_the_event_and_its_own_toll(
    sentence, language, deaths
):
    assert not is_background(sentence, 2024, language)
    assert sentence_fatalities(sentence, language) == deaths
    rows = coded(sentence, language)
    assert [r.fatalities for r in rows] == [deaths]
    assert rows[0].event_date.isoformat() == "2024-03-05"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Attacks have killed more than 300 people in Yobe so far this year.", "en"),
        ("Gunmen have killed hundreds of people in Zamfara, in attacks since the start of the year.", "en"),
        ("Depuis le début de l'année, les attaques ont tué plus de 300 personnes dans le Yobe.", "fr"),
        # an undated clause before the total: a summary, not one event
        (
            "Raids have killed 40 people in the district, bringing the toll since the war began to 25,000.",
            "en",
        ),
    ],
)
def test_a_running_total_alone_is_still_background(sentence, language):
    assert is_background(sentence, 2024, language)


def test_a_superlative_keeps_its_own_event_and_figure():
    sentence = "The deadliest attack since the war began killed 20 people in Rafah on Thursday."
    assert not is_background(sentence, 2024)
    assert sentence_fatalities(sentence) == 20


def test_a_war_noun_with_a_war_sized_figure_after_the_event_is_no_toll_of_it():
    sentence = ("Missiles killed five civilians in Kharkiv on Thursday, the governor said, as the civilian "
                "toll of the war passed 10,000.")  # fmt: skip
    assert sentence_fatalities(sentence) == 5


# ---------------------------------------------------------------- actors


@pytest.mark.parametrize(
    ("sentence", "language", "hint", "expected"),
    [
        ("российские войска обстреляли город", "ru", "Ukraine", "Military Forces of Russia"),
        ("Російські війська обстріляли місто", "uk", "Ukraine", "Military Forces of Russia"),
        ("les forces armées maliennes ont bombardé la ville", "fr", "Niger", "Military Forces of Mali"),
    ],
)
def test_a_force_phrase_that_holds_its_demonym_names_that_state(sentence, language, hint, expected):
    assert find_actors(sentence, hint, language)[0].name == expected


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("Soldiers arrested the opposition leader Tendai Moyo in Harare on Monday.", "en", "Zimbabwe"),
        ("La policía detuvo al periodista Andrés Gil en Caracas el martes.", "es", "Venezuela"),
        ("A polícia prendeu o jornalista Nuno Costa em Luanda na terça-feira.", "pt", "Angola"),
    ],
)
def test_an_arrest_of_people_of_no_group_takes_civilians_as_actor2(text, language, country):
    rows = [r for r in coded(text, language) if r.sub_event_type == "Arrests"]
    assert [(r.actor2, r.actor2_kind) for r in rows] == [(f"Civilians ({country})", "civilians")]


def test_an_arrest_keeps_the_crowd_it_names():
    # ACLED: protesters arrested at their protest are its intervention; the crowd is actor1, the force actor2
    rows = coded("La policía detuvo a tres manifestantes en Bogotá el jueves.", "es")
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in rows] == [
        ("Protest with intervention", "Protesters (Colombia)", "Police Forces of Colombia")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Al-Shabab fighters stormed the hotel.",
        "ISIS-K claimed the blast, not the TALIBAN.",
        "IŞİD saldırıyı üstlendi.",  # Turkish dotted and dotless i
        "وأعلنت حركة الشباب مسؤوليتها",
        "the saf and the rsf",  # short capital aliases in small letters: none
        "Вагнера обвинили в нападении.",
        "A quiet market day in the town.",
    ],
)
def test_the_alias_prefilter_finds_what_one_alternation_of_every_alias_finds(sentence):
    parts, entries = _aliases()
    every = _named_pattern(tuple(range(len(parts))))
    expected = [(m.start(), m.end(), entries[int(str(m.lastgroup).rsplit("_", 1)[1])]["name"])
                for m in every.finditer(sentence)]  # fmt: skip
    assert [(a.start, a.end, a.name) for a in named_actors(sentence)] == expected


# ---------------------------------------------------------------- figures


@pytest.mark.parametrize(
    ("sentence", "language", "deaths"),
    [
        ("Some 15 to 20 people died in the raid on the market.", "en", 15),
        ("Between 12 and 15 villagers were killed in the attack.", "en", 12),
        ("11-14 people were killed.", "en", 11),
        ("Entre 10 et 15 personnes ont été tuées dans l'embuscade.", "fr", 10),
        ("De 8 à 11 soldats ont été tués.", "fr", 8),
        ("Entre 20 y 30 personas murieron en el ataque.", "es", 20),
        ("Entre 20 e 30 pessoas morreram no ataque.", "pt", 20),
        ("Zwischen 20 und 30 Menschen wurden getötet.", "de", 20),
        ("20 bis 30 Menschen wurden getötet.", "de", 20),
        ("Погибли от 10 до 15 человек.", "ru", 10),
        ("Tra 10 e 15 persone sono morte.", "it", 10),
    ],
)
def test_a_range_counts_its_lower_figure(sentence, language, deaths):
    assert sentence_fatalities(sentence, language) == deaths


@pytest.mark.parametrize(
    ("sentence", "language", "deaths"),
    [
        ("The death toll rose from 10 to 12.", "en", 12),
        ("The death toll rose to 12 from 10.", "en", 12),
        ("Two policemen and three traders were killed.", "en", 5),  # a list, not a range
    ],
)
def test_a_change_of_a_toll_counts_its_later_figure(sentence, language, deaths):
    assert sentence_fatalities(sentence, language) == deaths


@pytest.mark.parametrize(
    ("sentence", "language", "deaths"),
    [
        ("Seven people, including two children, were killed.", "en", 7),
        ("Sept personnes, dont deux enfants, ont été tuées.", "fr", 7),
        ("Siete personas, entre ellas dos niños, murieron.", "es", 7),
        ("Sete pessoas, entre elas duas crianças, morreram.", "pt", 7),
        ("Sieben Menschen, darunter zwei Kinder, wurden getötet.", "de", 7),
        ("Nine people were killed, including three children.", "en", 9),
    ],
)
def test_a_partitive_aside_between_a_figure_and_its_word_leaves_them_linked(sentence, language, deaths):
    assert sentence_fatalities(sentence, language) == deaths


@pytest.mark.parametrize(
    ("sentence", "language", "deaths"),
    [
        ("Une douzaine de civils ont été tués.", "fr", 12),
        ("Une centaine de villageois ont été tués.", "fr", 100),
        ("Une vingtaine de villageois ont été tués.", "fr", 20),
        ("Un centenar de personas murieron.", "es", 100),
        ("Ein Dutzend Menschen wurden getötet.", "de", 12),
        ("A dozen people were killed.", "en", 12),
        ("One hundred and five people were killed.", "en", 105),
    ],
)
def test_a_word_for_one_before_a_quantity_is_its_article(sentence, language, deaths):
    assert sentence_fatalities(sentence, language) == deaths


@pytest.mark.parametrize(
    ("text", "language", "actor1", "actor2"),
    [
        (
            "An Israeli drone strike killed three Hezbollah fighters in southern Lebanon on Wednesday.",
            "en",
            "Military Forces of Israel",
            "Hezbollah",
        ),  # fmt: skip
        (
            "A Turkish drone strike killed two PKK militants near Sinjar on Monday.",
            "en",
            "Military Forces of Turkey",
            "PKK",
        ),  # fmt: skip
    ],
)
def test_an_actor_inside_the_trigger_after_an_article_carried_it_out(text, language, actor1, actor2):
    rows = coded(text, language)
    assert [(r.actor1, r.actor2) for r in rows] == [(actor1, actor2)]


@pytest.mark.parametrize(
    ("sentence", "language", "deaths"),
    [
        ("В результате обстрела погибли семь мирных жителей.", "ru", 7),
        ("Семь человек погибли при обстреле.", "ru", 7),
        ("Внаслідок обстрілу загинули сім мирних жителів.", "uk", 7),
        ("Des hommes armés ont tué sept villageois.", "fr", 7),
    ],
)
def test_seven_is_a_number_not_a_family_nor_a_month(sentence, language, deaths):
    assert sentence_fatalities(sentence, language) == deaths


def test_a_family_is_still_civilians_in_russian():
    assert [a.name for a in find_actors("Погибла семья из Херсона.", "Ukraine", "ru")] == [
        "Civilians (Ukraine)"
    ]


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("expression", "language", "day"),
    [
        ("dans la nuit de mardi à mercredi", "fr", "2024-03-06"),
        ("dans la nuit du mardi au mercredi", "fr", "2024-03-06"),
        ("le 12 sept 2021", "fr", "2021-09-12"),
        ("3 Mart'ta", "tr", "2024-03-03"),  # a case ending after an apostrophe
        ("Pazartesi'yi salıya bağlayan gece", "tr", "2024-03-05"),
    ],
)
def test_overlapping_date_words_keep_the_longest_expression(expression, language, day):
    from datetime import date

    from extractors.events.dates import find_dates

    found = find_dates(expression, date(2024, 3, 8), language)
    assert [d.value.isoformat() for d in found] == [day]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Tujuh warga sipil tewas dalam serangan di Intan Jaya, Papua, pada Selasa malam, kata polisi.",
            "id",
        ),
        (
            "Gunmen killed seven villagers in an attack on Kadji in western Niger on Tuesday, police said.",
            "en",
        ),
        (
            "Des hommes armés ont tué sept villageois à Tillabéri dans la nuit de lundi à mardi, a annoncé jeudi le "
            "gouverneur.",
            "fr",
        ),  # fmt: skip
    ],
)
def test_a_date_before_a_comma_and_a_reporting_verb_is_the_event_s(text, language):
    assert [r.event_date.isoformat() for r in coded(text, language)] == ["2024-03-05"]


@pytest.mark.parametrize(
    ("sentence", "language", "deaths"),
    [
        ("Погибли двадцать пять человек.", "ru", 25),
        ("Погибли сто двадцать человек.", "ru", 120),
        ("Загинули двадцять п'ять людей.", "uk", 25),
        ("Saldırıda yirmi beş kişi öldü.", "tr", 25),
        ("Saldırıda yüz elli kişi öldü.", "tr", 150),
        ("Dua puluh lima orang tewas.", "id", 25),
        ("Dua ratus orang tewas.", "id", 200),
        ("Watu ishirini na tano wameuawa.", "sw", 25),
        ("قتل خمسة وعشرون شخصا.", "ar", 25),
        ("Tjuefem personer ble drept.", "no", 25),
        ("Tjueen personer ble drept.", "no", 21),
        ("Veintiún personas murieron.", "es", 21),
        ("Lima belas orang tewas.", "id", 15),  # one phrase of the pack stays one number
    ],
)
def test_number_words_of_a_pack_compose(sentence, language, deaths):
    assert sentence_fatalities(sentence, language) == deaths


@pytest.mark.parametrize(
    ("sentence", "language", "deaths"),
    [
        ("Two soldiers and three civilians were killed.", "en", 5),  # a list of counts, not one number
    ],
)
def test_counts_of_a_list_are_not_one_number(sentence, language, deaths):
    assert sentence_fatalities(sentence, language) == deaths


@pytest.mark.parametrize(
    ("text", "language", "actor1", "actor2"),
    [
        (
            "Une frappe aérienne de l'armée nigériane a tué 20 civils à Maiduguri mardi.",
            "fr",
            "Military Forces of Nigeria",
            "Civilians (Nigeria)",
        ),  # fmt: skip
        (
            "El bombardeo del ejército contra la aldea de Tumaco dejó cinco civiles muertos el martes.",
            "es",
            "Military Forces of Colombia",
            "Civilians (Colombia)",
        ),  # fmt: skip
        (
            "Bei Angriffen der Armee auf das Dorf Mopti wurden am Dienstag acht Zivilisten getötet.",
            "de",
            "Military Forces of Mali",
            "Civilians (Mali)",
        ),  # fmt: skip
        (
            "Un ataque de disidentes de las FARC dejó dos policías muertos en Cauca el lunes.",
            "es",
            "FARC dissidents",
            "Police Forces of Colombia",
        ),  # fmt: skip
        # the act is a verb with its subject before it: the genitive word is the object's article
        (
            "Des jihadistes ont attaqué des soldats près de Djibo mardi, tuant dix militaires.",
            "fr",
            "Unidentified Armed Group (Burkina Faso)",
            "Military Forces of Burkina Faso",
        ),  # fmt: skip
    ],
)
def test_an_armed_actor_joined_to_the_act_by_a_genitive_carried_it_out(text, language, actor1, actor2):
    rows = coded(text, language)
    assert [(r.actor1, r.actor2) for r in rows] == [(actor1, actor2)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Soldiers were killed when militants ambushed a patrol near Gao, Mali, on Monday.", "en"),
        (
            "Des soldats ont été tués lorsque des jihadistes ont attaqué une patrouille près de Gao, au Mali, lundi.",
            "fr",
        ),  # fmt: skip
    ],
)
def test_an_actor_in_the_next_clause_is_no_object_of_the_outcome_word(text, language):
    rows = coded(text, language)
    assert [(r.actor1, r.actor2) for r in rows] == [
        ("Unidentified Armed Group (Mali)", "Military Forces of Mali")
    ]


@pytest.mark.parametrize(
    ("text", "language", "actor2"),
    [
        (
            "Al-Shabaab fighters seized the town of Mahas in Hiraan on Tuesday.\n\nSomali troops had fought the "
            "militants for weeks around the town.",
            "en",
            "Military Forces of Somalia",
        ),  # fmt: skip
        (
            "Les rebelles du M23 ont pris le contrôle de Rubaya mardi.\n\nLes combats opposent depuis des mois le "
            "M23 aux forces armées congolaises.",
            "fr",
            "Military Forces of Democratic Republic of Congo",
        ),  # fmt: skip
        (
            "Al-Shabaab fighters seized the town of Mahas in Hiraan on Tuesday after heavy fighting.",
            "en",
            "",
        ),  # no state force named
    ],
)
def test_a_takeover_by_a_non_state_actor_is_from_the_state_force_the_report_names(text, language, actor2):
    rows = [r for r in coded(text, language) if r.sub_event_type == "Non-state actor overtakes territory"]
    assert [r.actor2 for r in rows] == [actor2]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Окупанти обстріляли Херсон, загинули двоє цивільних.", "uk"),
        ("ВС РФ нанесли удар по Харькову.", "ru"),
        ("Российские оккупанты обстреляли Херсон.", "ru"),
    ],
)
def test_russian_forces_by_the_names_ukrainian_and_russian_outlets_give_them(sentence, language):
    assert find_actors(sentence, "Ukraine", language)[0].name == "Military Forces of Russia"


@pytest.mark.parametrize(
    ("text", "language", "actor2"),
    [
        (
            "Une voiture piégée a explosé sur un marché de Mogadiscio mardi, faisant dix morts.",
            "fr",
            "Civilians (Somalia)",
        ),  # fmt: skip
        (
            "A car bomb exploded at a market in Kismayo on Tuesday, killing ten.",
            "en",
            "Civilians (Somalia)",
        ),
        # no one killed and no one named: no side hit
        ("A drone struck an empty warehouse in Hodeidah, Yemen, on Tuesday.", "en", ""),
    ],
)
def test_the_unnamed_dead_of_an_explosion_were_civilians(text, language, actor2):
    rows = [r for r in coded(text, language) if r.event_type == "Explosions/Remote violence"]
    assert [r.actor2 for r in rows] == [actor2]


@pytest.mark.parametrize(
    ("text", "language", "actor1", "actor2"),
    [
        (
            "Gunmen abducted the traditional ruler of Bungudu in Zamfara on Tuesday.",
            "en",
            "Unidentified Armed Group (Nigeria)",
            "Civilians (Nigeria)",
        ),  # fmt: skip
        (
            "Des hommes armés ont enlevé le chef du village de Kadji, au Niger, mardi.",
            "fr",
            "Unidentified Armed Group (Niger)",
            "Civilians (Niger)",
        ),  # fmt: skip
    ],
)
def test_violence_against_civilians_hits_civilians(text, language, actor1, actor2):
    rows = [r for r in coded(text, language) if r.event_type == "Violence against civilians"]
    assert [(r.actor1, r.actor2) for r in rows] == [(actor1, actor2)]


@pytest.mark.parametrize(
    ("sentence", "language", "deaths"),
    [
        ("The ministry says more than 30,000 people have been killed in Gaza.", "en", None),
        ("Le bilan total dépasse désormais les 30 000 morts, selon le ministère.", "fr", None),
        ("Según el ministerio, más de 20.000 personas han muerto.", "es", None),
        # an act, a doer or a day of its own: an event's figure, however large
        ("RSF fighters killed more than 1,500 people in El Geneina.", "en", 1500),
        ("On Tuesday more than 1,200 people were killed.", "en", 1200),
        ("The blast killed more than 1,000 people.", "en", 1000),
    ],
)
def test_a_war_sized_figure_with_no_act_doer_or_day_is_the_war_s_toll(sentence, language, deaths):
    assert sentence_fatalities(sentence, language) == deaths


def test_a_war_toll_sentence_adds_nothing_to_the_event():
    text = ("An Israeli air strike killed 14 people in Deir al-Balah on Tuesday, the Gaza health ministry "
            "said.\n\nThe ministry says more than 30,000 people have been killed in Gaza.")  # fmt: skip
    assert [r.fatalities for r in coded(text, "en")] == [14]


@pytest.mark.parametrize(
    ("text", "language", "sides"),
    [
        (
            "Clashes between the Sudanese army and the RSF killed 20 people in Omdurman on Tuesday.",
            "en",
            ("Military Forces of Sudan (SAF)", "Rapid Support Forces (RSF)"),
        ),  # fmt: skip
        (
            "Des affrontements entre l'armée soudanaise et les FSR ont fait 20 morts à Omdurman mardi.",
            "fr",
            ("Military Forces of Sudan", "Rapid Support Forces (RSF)"),
        ),  # fmt: skip
        (
            "Enfrentamientos entre el ELN y disidentes de las FARC dejaron 10 muertos en Cucuta el martes.",
            "es",
            ("ELN", "FARC dissidents"),
        ),  # fmt: skip
        (
            "Scontri tra l'esercito e i jihadisti hanno causato dieci morti a Gao martedì.",
            "it",
            ("Military Forces of Mali", "Unidentified Armed Group (Mali)"),
        ),  # fmt: skip
    ],
)
def test_a_clash_between_two_sides_codes_both_whoever_died(text, language, sides):
    rows = coded(text, language)
    assert [(r.actor1, r.actor2) for r in rows] == [sides]


@pytest.mark.parametrize(
    ("text", "language", "sides"),
    [
        (
            "В четверг в ходе боев между российскими и украинскими войсками под Бахмутом погибли десять военных.",
            "ru",
            ("Military Forces of Russia", "Military Forces of Ukraine"),
        ),  # fmt: skip
        (
            "Fighting between Russian and Ukrainian troops near Bakhmut killed ten soldiers on Thursday.",
            "en",
            ("Military Forces of Russia", "Military Forces of Ukraine"),
        ),  # fmt: skip
        # two demonyms on one force noun, then a third side: the two are allies
        (
            "Des combats entre les armées malienne et burkinabè et des jihadistes ont fait dix morts près de Djibo "
            "mardi.",
            "fr",
            ("Military Forces of Mali", "Unidentified Armed Group (Burkina Faso)"),
        ),  # fmt: skip
    ],
)
def test_demonyms_joined_on_one_force_noun_name_a_force_each(text, language, sides):
    rows = coded(text, language)
    assert [(r.actor1, r.actor2) for r in rows] == [sides]


@pytest.mark.parametrize(
    ("sentence", "language", "deaths"),
    [
        ("Fünf Angreifer und zwei Soldaten wurden getötet.", "de", 7),  # "und zwei" is a joiner and 2
        ("Cinco atacantes y dos soldados murieron.", "es", 7),
        ("Cinq assaillants et deux soldats ont été tués.", "fr", 7),
        ("One hundred people were killed in the raid on the market.", "en", 100),
    ],
)
def test_counts_joined_in_a_list_add_up_in_several_languages(sentence, language, deaths):
    assert sentence_fatalities(sentence, language) == deaths


def test_a_word_for_one_before_a_quantity_makes_one_number():
    from extractors.events.numbers import numbers_in
    from extractors.events.reading import read

    assert [n.value for n in numbers_in(read("One thousand people", "en"))] == [1000]
    assert [n.value for n in numbers_in(read("une douzaine de civils", "fr"))] == [12]


@pytest.mark.parametrize(
    ("text", "language", "deaths"),
    [
        (
            "Al menos 12 personas murieron el domingo en un ataque armado en Tumaco. Un balance preliminar había "
            "reportado siete muertos.",
            "es",
            12,
        ),  # fmt: skip
        (
            "Gunmen stormed a church in Owo, Ondo state, on Sunday, killing at least 22 worshippers, police said.\n\n"
            "The state governor said on Monday that the death toll had risen to 40.",
            "en",
            40,
        ),  # fmt: skip
    ],
)
def test_the_article_s_current_figure_over_its_earlier_one(text, language, deaths):
    assert [r.fatalities for r in coded(text, language)] == [deaths]
