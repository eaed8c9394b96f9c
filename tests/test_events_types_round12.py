"""Round 12 type rules, on short reports written for these tests (invented incidents; real places):
a habit word that qualifies what a crowd is against is no habit of the protest, and a list member the
gazetteer lacks, said to lie in a known town, is a place of its own. Every sentence here is written
for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import code_text, only

# ---------------------------------------------------------------- HABIT_OF_ITS_OBJECT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Residents of Mbale blocked the main highway on Thursday to protest against frequent power cuts."),
        ("en", "Traders marched in Kumasi on Monday against repeated police extortion."),
        ("fr", "Des habitants de Kindu ont manifesté lundi contre les coupures fréquentes d'électricité."),
    ],
)  # fmt: skip
def test_a_habit_of_what_the_crowd_is_against_leaves_its_protest_real(language, text):
    m = only(code_text(text, language=language, published="2025-05-16"))
    assert (m.event_type, m.sub_event_type) == ("Protests", "Peaceful protest")


def test_a_habit_right_after_the_act_is_still_no_event():
    assert (
        code_text("Protests persist against the new tax in Kumasi.", language="en", published="2025-05-16")
        == []
    )
    assert code_text(
        "Protests broke out against the new tax in Kumasi.", language="en", published="2025-05-16"
    )


# ---------------------------------------------------------------- UNNAMED_MEMBER


def test_a_list_member_the_gazetteer_lacks_is_placed_by_its_town():
    rows = code_text("Riots broke out on Tuesday in Gulu, Kasubi Ward in Kitgum and Lira.", language="en",
                     published="2025-05-16")  # fmt: skip
    assert [m.location for m in rows] == ["Gulu", "Kasubi Ward", "Lira"]
    kitgum = only(code_text("Riots broke out on Tuesday in Kitgum.", language="en", published="2025-05-16"))
    assert (rows[1].latitude, rows[1].longitude) == (kitgum.latitude, kitgum.longitude)
    assert rows[1].admin1 == kitgum.admin1


def test_a_town_where_a_known_member_lies_stays_no_member():
    rows = code_text("Riots broke out on Tuesday in Gulu, and in Bardege in Gulu.", language="en",
                     published="2025-05-16")  # fmt: skip
    assert "Kitgum" not in [m.location for m in rows]
    rows = code_text("Riots broke out on Tuesday in Lira and in Kitgum, in northern Uganda.", language="en",
                     published="2025-05-16")  # fmt: skip
    assert sorted(m.location for m in rows) == ["Kitgum", "Lira"]


# ---------------------------------------------------------------- ACT_HOLDS_IT


def test_an_unreal_word_inside_an_act_phrase_is_no_hedge():
    m = only(code_text("Police in Rajshahi fired warning shots to disperse a crowd of jute workers on Tuesday.",
                       language="en", published="2025-05-16"))  # fmt: skip
    assert (m.event_type, m.sub_event_type) == ("Protests", "Protest with intervention")
    # a threat word on its own still makes the act unreal
    assert code_text("The police warned they would disperse the jute workers in Rajshahi.", language="en",
                     published="2025-05-16") == []  # fmt: skip


# ---------------------------------------------------------------- COUNT_OF_THE_NEXT


def test_a_count_before_the_next_noun_counts_it_not_the_verb_first_subject():
    m = only(code_text("اعتقلت قوات الأمن عشرات المتظاهرين في وهران يوم الخميس.", language="ar",
                       published="2025-05-16"))  # fmt: skip
    assert (m.event_type, m.sub_event_type) == ("Protests", "Protest with intervention")
    assert m.actor1.startswith("Protesters (") and m.actor2.startswith("Police Forces of")


# ---------------------------------------------------------------- PROTEST_CLAUSE_AFTER


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Scores of people were detained as protests against the new tax swept Eldoret on Tuesday."),
        ("fr", "Des dizaines de personnes ont été interpellées mardi à Thiès alors que des manifestations "
               "secouaient la ville."),
    ],
)  # fmt: skip
def test_a_crowd_arrested_as_a_protest_goes_on_is_its_intervention(language, text):
    m = only(code_text(text, language=language, published="2025-05-16"))
    assert (m.event_type, m.sub_event_type) == ("Protests", "Protest with intervention")


def test_a_clause_after_with_its_own_actor_or_act_is_another_event():
    rows = code_text("Police arrested 12 suspected robbers in Eldoret on Tuesday after residents protested "
                     "against insecurity.", language="en", published="2025-05-16")  # fmt: skip
    assert "Arrests" in [m.sub_event_type for m in rows]
    rows = code_text("Police arrested 12 people in Eldoret on Tuesday, and gunmen attacked a protest march in "
                     "Kisumu.", language="en", published="2025-05-16")  # fmt: skip
    assert "Arrests" in [m.sub_event_type for m in rows]


# ---------------------------------------------------------------- words


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("en", "Nurses at the referral hospital in Bulawayo began a strike on Monday to press for higher pay.",
         ("Protests", "Peaceful protest")),
        ("en", "Bus drivers in Kumasi staged a strike on Monday over unpaid allowances.", ("Protests", "Peaceful protest")),
        ("en", "Government troops and rebels exchanged prisoners in Bossangoa on Saturday.",
         ("Strategic developments", "Agreement")),
        ("en", "Riot police chased protesters through the streets of Basra on Friday.",
         ("Protests", "Protest with intervention")),
    ],
)  # fmt: skip
def test_strikes_begun_prisoners_exchanged_and_crowds_chased(language, text, kind):
    m = only(code_text(text, language=language, published="2025-05-16"))
    assert (m.event_type, m.sub_event_type) == kind


def test_a_person_accused_of_rape_names_no_sexual_violence():
    rows = code_text("Un grupo de vecinos quemó la casa de un presunto violador en Oruro el martes.", language="es",
                     published="2025-05-16")  # fmt: skip
    assert [m.event_type for m in rows] == ["Riots"]


# ---------------------------------------------------------------- FORCED_TAKEOVER


@pytest.mark.parametrize(
    ("language", "text", "sub"),
    [
        ("en", "Rebels overran an army base near Butembo on Tuesday.", "Non-state actor overtakes territory"),
        ("en", "The army recaptured the town of Kalemie from the rebels on Friday.", "Government regains territory"),
        ("en", "Government troops wrested control of Malakal from the rebels on Sunday.",
         "Government regains territory"),
        ("ar", "اجتاحت قوات الدعم السريع مدينة الأبيض يوم الاثنين.", "Non-state actor overtakes territory"),
    ],
)  # fmt: skip
def test_a_place_taken_by_force_is_a_battle(language, text, sub):
    m = only(code_text(text, language=language, published="2025-05-16"))
    assert (m.event_type, m.sub_event_type) == ("Battles", sub)


def test_a_place_taken_with_no_word_of_force_stays_a_transfer():
    m = only(code_text("The militia took control of the airport in Sabha on Saturday.", language="en",
                       published="2025-05-16"))  # fmt: skip
    assert (m.event_type, m.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")


# ---------------------------------------------------------------- GATHERED_TO_DEMAND


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "About 300 people gathered outside the county offices in Nakuru on Tuesday, demanding the release "
               "of detained traders."),
        ("en", "Hundreds of fishermen gathered at the harbour in Tema on Monday to demand cheaper fuel."),
        ("es", "Cientos de jubilados se concentraron el lunes frente a la gobernación en Arequipa para exigir el "
               "pago de sus pensiones."),
        ("pt", "Centenas de estudantes concentraram-se na segunda-feira em Benguela para exigir bolsas de estudo."),
        ("ru", "Во вторник в Казани около трёхсот человек собрались у здания мэрии, требуя отставки мэра."),
        ("en", "Thousands of nurses downed their tools in Kisumu on Monday over unpaid allowances."),
    ],
)  # fmt: skip
def test_a_crowd_gathered_with_a_demand_is_a_protest(language, text):
    m = only(code_text(text, language=language, published="2025-05-16"))
    assert (m.event_type, m.sub_event_type) == ("Protests", "Peaceful protest")


def test_leaders_gathered_with_a_demand_are_no_protest():
    text = "Regional leaders gathered in Arusha on Sunday for a summit to demand a ceasefire in the east."
    assert code_text(text, language="en", published="2025-05-16") == []
    # a call for calm is no demand of a protest
    text = "Hundreds of mourners gathered in Moshi on Friday to call for calm."
    assert code_text(text, language="en", published="2025-05-16") == []


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Environ 200 enseignants se sont réunis mardi devant le rectorat de Bouaké, réclamant leurs primes.",
         "Peaceful protest"),
        ("Des milliers de personnes ont marché samedi à Bobo-Dioulasso contre l'insécurité.", "Peaceful protest"),
        ("Les gendarmes ont délogé lundi les manifestants qui bloquaient le pont de Kaolack.",
         "Protest with intervention"),
        ("Les policiers ont gazé des manifestants dimanche à Thiès.", "Protest with intervention"),
    ],
)  # fmt: skip
def test_french_crowds_gathered_marched_dislodged_or_gassed(text, sub):
    m = only(code_text(text, language="fr", published="2025-05-16"))
    assert (m.event_type, m.sub_event_type) == ("Protests", sub)


def test_french_officials_gathered_or_a_market_are_no_protest():
    for text in ("Les ministres se sont réunis lundi à Dakar pour dénoncer la corruption.",
                 "Les commerçants ont fermé le marché de Bobo-Dioulasso dimanche."):  # fmt: skip
        assert code_text(text, language="fr", published="2025-05-16") == []


# ---------------------------------------------------------------- VIOLENCE_BETWEEN


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Violence broke out between youths and police in Nakuru on Sunday."),
        ("fr", "Des violences ont éclaté samedi à Kindia entre des jeunes et les forces de l'ordre."),
    ],
)
def test_violence_between_unarmed_people_and_the_forces_is_a_riot(language, text):
    m = only(code_text(text, language=language, published="2025-05-16"))
    assert m.event_type == "Riots"
    assert m.actor1.startswith("Rioters (") and m.actor2.startswith("Police Forces of")


def test_the_forces_killing_villagers_stay_violence_against_civilians():
    m = only(
        code_text(
            "Soldiers killed five villagers near Nakuru on Sunday.", language="en", published="2025-05-16"
        )
    )
    assert m.event_type == "Violence against civilians"


def test_people_who_stone_police_vehicles_riot():
    m = only(code_text("Angry residents stoned police vehicles in Nakuru on Sunday.", language="en",
                       published="2025-05-16"))  # fmt: skip
    assert m.event_type == "Riots"


def test_a_raid_by_unknown_gunmen_is_no_arrest_by_the_state():
    # ar "من جانب" (on the part of) names the doer of a passive act, as "من قبل" does
    rows = code_text("وقال مصدر محلي إن مداهمة المكتب جرت من جانب مسلحين مجهولين في كركوك يوم الاثنين.", language="ar",
                     published="2025-05-16")  # fmt: skip
    assert "Arrests" not in [m.sub_event_type for m in rows]
    (m,) = code_text("وقال مصدر محلي إن مداهمة المنزل جرت من جانب الشرطة في كركوك يوم الاثنين.", language="ar",
                     published="2025-05-16")  # fmt: skip
    assert (m.sub_event_type, m.actor1) == ("Arrests", "Police Forces of Iraq")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "نفذ عمال المصنع اعتصاما أمام مقر الشركة في الزرقاء يوم الأحد."),
        ("de", "Tausende Menschen gingen am Samstag in Magdeburg gegen die neue Steuer auf die Straße."),
    ],
)
def test_a_sit_in_in_the_accusative_and_a_german_verb_second_march(language, text):
    m = only(code_text(text, language=language, published="2025-05-16"))
    assert (m.event_type, m.sub_event_type) == ("Protests", "Peaceful protest")


def test_a_ceasefire_signed_with_no_article_between_is_an_agreement():
    rows = code_text(
        "The army and the rebels sign ceasefire in Kigali on Saturday.", language="en", published="2025-05-16"
    )
    assert [(m.event_type, m.sub_event_type) for m in rows] == [("Strategic developments", "Agreement")]


def test_a_spanish_strike_named_paro_and_unemployment_named_paro():
    m = only(code_text("Los mineros realizaron un paro de 48 horas el lunes en Arequipa.", language="es",
                       published="2025-05-16"))  # fmt: skip
    assert (m.event_type, m.sub_event_type) == ("Protests", "Peaceful protest")
    assert (
        code_text(
            "El paro bajó en abril en Zaragoza, según el ministerio.", language="es", published="2025-05-16"
        )
        == []
    )
