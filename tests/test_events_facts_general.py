"""Facts of events told in the shapes real reports use, in several languages: a toll given before the
sentence that tells the act, a source that only reports ("police said") taking no part, ..."""

import pytest

from tests.coding import code_text, only


def coded(text: str, language: str, published: str = "2024-03-15"):
    return code_text(text, language=language, published=published)


# ---------------------------------------------------------------- the toll first, the act after

TOLL_THEN_ACT = [
    ("The death toll from Thursday's attack on the village of Kutama in Sokoto State has risen to 14. "
     "Earlier reports said six people were killed when gunmen on motorcycles stormed the village.", "en", 14),
    ("Le bilan de l'attaque de jeudi contre le village d'Arbinda, dans le nord du Burkina Faso, s'est alourdi "
     "à 31 morts. Des hommes armés ont fait irruption dans le village et ont tiré sur les habitants.", "fr", 31),
    ("La cifra de muertos del ataque del jueves contra la aldea de Menaka ha subido a 17, según fuentes "
     "locales. Hombres armados irrumpieron en la aldea y dispararon contra los vecinos.", "es", 17),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "deaths"), TOLL_THEN_ACT)
def test_a_toll_told_before_its_act_counts_that_act(text, language, deaths):
    row = only(coded(text, language))
    assert row.event_type == "Violence against civilians"
    assert row.fatalities == deaths
    assert str(row.event_date) == "2024-03-14"


# ---------------------------------------------------------------- a source is no actor

SOURCES = [
    ("The death toll from Friday's bombing at a market in Kismayo rose to 14, police said.", "en", "Police"),
    ("Le bilan de l'explosion de vendredi sur un marché de Mogadiscio s'est alourdi à 14 morts, a indiqué la "
     "police.", "fr", "Police"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "speaker"), SOURCES)
def test_the_force_that_reports_a_blast_did_not_set_it_off(text, language, speaker):
    row = only(coded(text, language))
    assert row.fatalities == 14
    assert speaker not in row.actor1


# ---------------------------------------------------------------- a figure over a span of days sums several acts

OVER_A_SPAN = [
    ("An Israeli air strike on a school in Gaza City killed nine people on Thursday. Strikes across the Gaza "
     "Strip have killed 15 people since Wednesday, the civil defence agency said.", "en", 9),
    ("A Ukrainian drone struck a bus in Belgorod on Thursday, killing five people. Fourteen civilians have been "
     "killed in the region in the past three days, the governor said.", "en", 5),
    ("Une frappe aérienne a tué six personnes jeudi à Khan Younès. Au total, 20 personnes ont été tuées dans la "
     "bande de Gaza depuis mercredi, selon la défense civile.", "fr", 6),
    ("Un bombardeo ruso mató a cuatro personas el jueves en Járkov. En las últimas 24 horas, 30 civiles "
     "murieron en toda Ucrania, según las autoridades.", "es", 4),
    ("Perşembe günü Halep kentinde düzenlenen hava saldırısında 2 kişi hayatını kaybetti. Son 24 saatte "
     "bölgede 9 kişi öldü.", "tr", 2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "deaths"), OVER_A_SPAN)
def test_a_figure_over_a_span_of_days_is_not_the_acts_toll(text, language, deaths):
    row = only(coded(text, language))
    assert row.fatalities == deaths


def test_a_figure_over_a_span_still_counts_when_it_is_the_only_one():
    row = only(
        coded("Israeli air strikes have killed 15 people in Rafah since Wednesday, officials said.", "en")
    )
    assert row.fatalities == 15


# ---------------------------------------------------------------- the men of a named group are the group

MEN_OF_A_GROUP = [
    ("Fighters of the Syrian Democratic Forces clashed with Islamic State militants near Deir ez-Zor on "
     "Friday, leaving four fighters dead.", "en", "Syrian Democratic Forces", "Islamic State"),
    ("Guerrilleros del ELN atacaron una base militar en Cucuta el lunes, matando a dos soldados.", "es",
     "ELN", "Military Forces of Colombia"),
    ("Боевики ИГ атаковали позиции сирийской армии под Пальмирой в четверг, убив пятерых военных.", "ru",
     "Islamic State", "Military Forces of Syria"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "actor1", "actor2"), MEN_OF_A_GROUP)
def test_armed_men_of_a_named_group_are_that_group(text, language, actor1, actor2):
    row = only(coded(text, language))
    assert row.actor1.startswith(actor1)
    assert row.actor2.startswith(actor2)


# ---------------------------------------------------------------- lethal force on a protest: the force is actor2

LETHAL_FORCE = [
    ("Police shot dead two protesters during demonstrations against tax rises in Mombasa on Tuesday.", "en"),
    ("La police a tué deux manifestants lors d'une manifestation contre la hausse des impôts à Dakar mardi.", "fr"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language"), LETHAL_FORCE)
def test_the_force_that_killed_protesters_is_actor2(text, language):
    row = only(coded(text, language))
    assert row.sub_event_type == "Excessive force against protesters"
    assert row.actor1.startswith("Protesters")
    assert row.actor2.startswith("Police Forces of")
    assert row.fatalities == 2


# ---------------------------------------------------------------- verb-first: the actor right after the verb did it


def test_an_armed_subject_after_a_verb_first_killing_acted():
    text = "قتل مسلحون خمسة عشر شخصا في هجوم على قرية قرب مدينة كانو في نيجيريا يوم الأحد."
    row = only(coded(text, "ar"))
    assert row.event_type == "Violence against civilians"
    assert row.actor1.startswith("Unidentified Armed Group")
    assert row.actor2.startswith("Civilians")
    assert row.fatalities == 15


def test_soldiers_after_a_verb_first_killing_with_no_object_were_killed():
    row = only(coded("قتل ثلاثة جنود في هجوم على حاجز قرب مدينة كانو في نيجيريا يوم الأحد.", "ar"))
    assert row.actor2 == "Military Forces of Nigeria"
    assert row.fatalities == 3


# ---------------------------------------------------------------- targets and postposed agents

TARGETED = [
    ("Türk Hava Kuvvetleri Irak'ın kuzeyinde PKK hedeflerine hava harekatı düzenledi, 12 terörist etkisiz hale "
     "getirildi.", "tr", "Military Forces of Turkey", "PKK"),
    ("Irak'ın kuzeyindeki Metina bölgesinde PKK'lı 5 terörist Türk Silahlı Kuvvetleri tarafından etkisiz hale "
     "getirildi.", "tr", "Military Forces of Turkey", "PKK"),
    ("Позиции российских военных под Бахмутом обстреляли украинские войска, погибли трое военнослужащих.", "ru",
     "Military Forces of Ukraine", "Military Forces of Russia"),
    ("Israeli jets struck Hezbollah positions in southern Lebanon on Tuesday, killing three fighters.", "en",
     "Military Forces of Israel", "Hezbollah"),
    ("شن الجيش الإسرائيلي غارات على مواقع حزب الله في جنوب لبنان يوم الثلاثاء.", "ar",
     "Military Forces of Israel", "Hezbollah"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "actor1", "actor2"), TARGETED)
def test_the_side_named_by_a_target_noun_was_hit(text, language, actor1, actor2):
    row = only(coded(text, language))
    assert row.actor1 == actor1
    assert row.actor2 == actor2


# ---------------------------------------------------------------- figures given day by day or place by place


def test_figures_given_day_by_day_are_one_event_per_day():
    text = "Russian strikes on Kharkiv killed four people on Monday and three on Tuesday, the mayor said."
    rows = sorted(coded(text, "en"), key=lambda m: m.event_date)
    assert [(str(m.event_date), m.fatalities) for m in rows] == [("2024-03-11", 4), ("2024-03-12", 3)]


def test_figures_given_day_by_day_in_french_and_spanish():
    fr = "Les bombardements sur Khartoum ont fait deux morts samedi et six dimanche, selon une ONG locale."
    es = "Los bombardeos en Jartum dejaron tres muertos el jueves y dos el viernes, informó la policía."
    for text, language in ((fr, "fr"), (es, "es")):
        rows = sorted(coded(text, language, published="2024-03-18"), key=lambda m: m.event_date)
        assert len(rows) == 2, rows
        assert rows[0].event_date < rows[1].event_date


def test_figures_given_place_by_place_are_one_event_per_place():
    text = "Russian drones and missiles killed three people in Odesa and two in Kharkiv overnight, officials said."
    rows = coded(text, "en")
    assert sorted((m.location, m.fatalities) for m in rows) == [("Kharkiv", 2), ("Odesa", 3)]


ELLIPTICAL = [
    (
        "Ten people were killed in Ashim, five in Zilang and four in Nissi, a local official said.",
        19,
    ),
    ("The strikes killed four people on Monday and three on Tuesday.", 7),
    ("Gunmen killed five people in Katsina and abducted three in Zaria.", 5),
    ("The dead include nine soldiers and one medic, according to two officials.", 10),
]


@pytest.mark.parametrize(("sentence", "deaths"), ELLIPTICAL)
def test_a_bare_count_after_a_killed_figure_shares_its_word(sentence, deaths):
    from extractors.events.fatalities import sentence_fatalities

    assert sentence_fatalities(sentence) == deaths


# ---------------------------------------------------------------- the armed subject of a relative clause

RELATIVE = [
    ("Mourners buried the 43 farmers that Boko Haram militants killed near Maiduguri on Saturday.", "en"),
    ("Mourners buried di 43 farmers wey Boko Haram militants kill near Maiduguri on Saturday.", "pcm"),
]


@pytest.mark.parametrize(("text", "language"), RELATIVE)
def test_the_armed_subject_of_a_relative_clause_acted(text, language):
    row = only(coded(text, language, published="2020-11-29"))
    assert row.actor1.startswith("Boko Haram")
    assert row.actor2.startswith("Civilians")
    assert row.fatalities == 43


def test_people_listed_with_soldiers_stay_victims():
    row = only(
        coded("Three villagers and two soldiers were killed by gunmen near Maiduguri on Saturday.", "en")
    )
    assert row.actor1.startswith("Unidentified Armed Group")
    assert row.fatalities == 5


# ---------------------------------------------------------------- killed words of more languages

KILLED_WORDS = [
    ("Neuf fidèles ont péri dans l'explosion.", "fr", 9),
    ("Des hommes armés ont fusillé six civils.", "fr", 6),
    ("Seis personas perecieron en el ataque.", "es", 6),
    ("O ataque vitimou cinco pessoas.", "pt", 5),
    ("Cinco pessoas pereceram no ataque.", "pt", 5),
    ("Bewaffnete haben fünf Dorfbewohner umgebracht.", "de", 5),
    ("Drei Soldaten wurden hingerichtet.", "de", 3),
    ("Военные застрелили двух боевиков.", "ru", 2),
    ("Three soldiers succumbed to their injuries.", "en", 3),
]


@pytest.mark.parametrize(("sentence", "language", "deaths"), KILLED_WORDS)
def test_killed_words_of_several_languages(sentence, language, deaths):
    from extractors.events.fatalities import sentence_fatalities

    assert sentence_fatalities(sentence, language) == deaths


# ---------------------------------------------------------------- a state's name as the subject of an act

STATE_SUBJECTS = [
    ("Russia launched dozens of missiles at Kyiv overnight, killing at least eight people.", "en", "Russia"),
    ("Turkey carried out air strikes on Kurdish militant targets in northern Iraq on Sunday, killing 12 "
     "fighters.", "en", "Turkey"),
    ("Israël a mené des frappes aériennes sur le sud du Liban mardi, tuant trois personnes.", "fr", "Israel"),
    ("Rusia lanzó un ataque con drones contra Odesa el martes que mató a cinco personas.", "es", "Russia"),
    ("Украина атаковала беспилотниками Белгород во вторник, погибли два человека.", "ru", "Ukraine"),
    ("İsrail, Refah'ta bir eve hava saldırısı düzenledi, 6 kişi hayatını kaybetti.", "tr", "Israel"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "state"), STATE_SUBJECTS)
def test_a_states_name_before_its_act_carried_it_out(text, language, state):
    row = only(coded(text, language))
    assert row.actor1 == f"Military Forces of {state}"


def test_a_state_named_as_the_place_or_the_speaker_did_not_act():
    row = only(
        coded("Ukraine said gunmen attacked a checkpoint in Kharkiv on Monday, killing two guards.", "en")
    )
    assert row.actor1 != "Military Forces of Ukraine"
    row = only(coded("In Syria, gunmen attacked a checkpoint near Homs on Monday, killing two guards.", "en"))
    assert row.actor1 != "Military Forces of Syria"


# ---------------------------------------------------------------- the side of a fight that lost no one

CLASH_SIDES = [
    ("Seis presuntos sicarios murieron en un enfrentamiento con la Guardia Nacional en Culiacán el lunes.", "es",
     "Police Forces of Mexico"),
    ("Six suspected gunmen were killed in a shootout with police in Culiacan on Monday.", "en",
     "Police Forces of Mexico"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "actor1"), CLASH_SIDES)
def test_the_side_of_a_clash_said_to_lose_no_one_fought_the_dead(text, language, actor1):
    row = [m for m in coded(text, language, published="2024-03-12") if m.location == "Culiacan"][0]
    assert row.actor1 == actor1
    assert row.actor2.startswith("Unidentified Armed Group")
    assert row.fatalities == 6


LIST_SHAPES = [
    ("A woman and her two children were killed.", "en", 3),
    ("Une femme et ses deux enfants ont été tués.", "fr", 3),
    ("Una mujer y sus dos hijos murieron.", "es", 3),
    ("Three members of one family were killed.", "en", 3),
]


@pytest.mark.parametrize(("sentence", "language", "deaths"), LIST_SHAPES)
def test_lists_with_a_possessive_and_a_family_of_one(sentence, language, deaths):
    from extractors.events.fatalities import sentence_fatalities

    assert sentence_fatalities(sentence, language) == deaths


def test_militants_hit_by_the_state_are_of_the_group_the_article_shows_acting():
    text = ("Boko Haram fighters killed 12 farmers near Dikwa on Saturday. On Sunday, troops killed 20 militants "
            "in a counter-offensive near Gwoza, the army said.")  # fmt: skip
    rows = {m.location: m for m in coded(text, "en", published="2024-03-18")}
    assert rows["Gwoza"].actor1 == "Military Forces of Nigeria"
    assert rows["Gwoza"].actor2.startswith("Boko Haram")
    assert rows["Dikwa"].actor1.startswith("Boko Haram")


# ---------------------------------------------------------------- soldiers of no stated country

SOLDIERS_OF_A_NAMED_STATE = [
    ("Hamas fighters killed three soldiers in an ambush in Khan Younis on Monday, the Israeli military said.", "en"),
    ("Trois soldats ont été tués lundi dans une embuscade du Hamas à Khan Younès, a indiqué l'armée israélienne.",
     "fr"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language"), SOLDIERS_OF_A_NAMED_STATE)
def test_soldiers_of_no_stated_country_are_of_the_one_state_the_event_names(text, language):
    row = only(coded(text, language))
    assert row.actor1 == "Hamas"
    assert row.actor2 == "Military Forces of Israel"


def test_a_state_named_only_in_another_sentence_leaves_the_soldiers_the_places():
    text = ("Des jihadistes ont tué dix soldats lundi lors d'une attaque contre un poste près de Mopti. L'armée "
            "française s'est retirée du Mali en 2022.")  # fmt: skip
    assert only(coded(text, "fr")).actor2 == "Military Forces of Mali"


# ---------------------------------------------------------------- the dead of both sides of a fight

BOTH_SIDES = [
    ("Militants ambushed a military convoy near Menaka on Monday, killing three soldiers. The army said troops "
     "killed 15 of the assailants in the ensuing gunfight.", "en", 18),
    ("Des jihadistes ont tendu une embuscade à un convoi militaire près de Menaka lundi, tuant trois soldats. "
     "L'armée a indiqué que les soldats ont tué quinze assaillants.", "fr", 18),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "deaths"), BOTH_SIDES)
def test_the_dead_of_each_side_of_one_fight_add_up(text, language, deaths):
    row = only(coded(text, language))
    assert row.event_type == "Battles"
    assert row.fatalities == deaths
    assert row.actor1.startswith("Unidentified Armed Group")
    assert row.actor2 == "Military Forces of Mali"


def test_a_restated_figure_is_not_added():
    text = ("A suicide bomber killed five people at a market in Maiduguri on Monday. The five victims included "
            "two children.")  # fmt: skip
    assert only(coded(text, "en")).fatalities == 5


def test_a_claimed_attack_on_a_convoy_in_a_verb_final_language():
    text = ("Hakkari'de askeri konvoya düzenlenen bombalı saldırıda ölenlerin sayısı 17'ye yükseldi. Saldırıyı PKK "
            "üstlendi.")  # fmt: skip
    row = only(coded(text, "tr"))
    assert row.actor1 == "PKK"
    assert row.actor2 == "Military Forces of Turkey"
    assert row.fatalities == 17


def test_a_state_in_a_regions_name_is_no_reporting_verb():
    row = only(
        coded(
            "Boko Haram fighters killed 12 villagers in Yobe State on Saturday.",
            "en",
            published="2024-03-18",
        )
    )
    assert row.event_type == "Violence against civilians"
    assert row.actor2.startswith("Civilians")
    assert row.fatalities == 12


def test_swahili_fighters_of_a_named_group_are_that_group():
    text = ("Wapiganaji wa Al-Shabaab waliwaua wanajeshi watano wa Kenya katika shambulio la kuvizia katika kaunti "
            "ya Lamu siku ya Jumatatu.")  # fmt: skip
    row = only(coded(text, "sw"))
    assert row.actor1 == "Al-Shabaab"
    assert row.actor2 == "Military Forces of Kenya"
    assert row.fatalities == 5


# ---------------------------------------------------------------- a year that dates a state, not the event

SINCE_A_YEAR = [
    ("Mozambican troops regained control of the town of Mocimboa da Praia on Sunday, occupied by insurgents "
     "since 2020.", "en"),
    ("As tropas moçambicanas retomaram no domingo o controlo da vila de Mocímboa da Praia, ocupada pelos "
     "insurgentes desde 2020.", "pt"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language"), SINCE_A_YEAR)
def test_a_past_year_after_since_in_a_clause_of_its_own_leaves_the_event(text, language):
    row = only(coded(text, language, published="2024-03-18"))
    assert str(row.event_date) == "2024-03-17"


@pytest.mark.parametrize(
    "sentence",
    [
        "Boko Haram has killed 35,000 people since 2009.",
        "The conflict, which has killed 4,000 people since 2017, continues.",
    ],
)
def test_a_running_total_since_a_year_stays_background(sentence):
    from extractors.events.modality import is_background

    assert is_background(sentence, 2024)


def test_each_place_of_a_split_takes_the_day_named_nearest_it():
    text = ("Israeli air strikes killed six people in Khan Younis on Monday, and another strike on Tuesday killed "
            "nine in Rafah, health officials said.")  # fmt: skip
    rows = {m.location: m for m in coded(text, "en")}
    assert (str(rows["Khan Yunis"].event_date), rows["Khan Yunis"].fatalities) == ("2024-03-11", 6)
    assert (str(rows["Rafah"].event_date), rows["Rafah"].fatalities) == ("2024-03-12", 9)
