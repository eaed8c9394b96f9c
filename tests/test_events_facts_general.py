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
    ("Le bilan de l'attaque de jeudi contre le village de Solhan, dans le nord du Burkina Faso, s'est alourdi "
     "à 31 morts. Des hommes armés ont fait irruption dans le village et ont tiré sur les habitants.", "fr", 31),
    ("La cifra de muertos del ataque del jueves contra la aldea de Kidal ha subido a 17, según fuentes "
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
    ("The death toll from Friday's bombing at a market in Mogadishu rose to 14, police said.", "en", "Police"),
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
    ("Guerrilleros del ELN atacaron una base militar en Arauca el lunes, matando a dos soldados.", "es",
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
    ("Police shot dead two protesters during demonstrations against tax rises in Nairobi on Tuesday.", "en"),
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
