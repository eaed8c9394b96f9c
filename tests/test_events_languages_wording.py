"""How newsrooms of other languages word an event, beyond single trigger words: a day named
inside a multi-word trigger, a page whose title is only its body's opening, a language tag of
three letters. Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest
from trafilatura.utils import load_html

from extractors.events.lexicon import load_pack
from extractors.events.sentences import headline_of
from extractors.page_meta import page_metadata
from tests.coding import code_text


def trigger_labels(language: str, text: str) -> set[str]:
    pack = load_pack(language)
    assert pack is not None
    return {m.label for m in pack.find(text) if m.label.startswith("triggers.")}


# TIME_ASIDES: "took control on Sunday of" is written with the day inside the verb phrase in
# French, Spanish and Portuguese; the phrase still matches, and no other word inside it does
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les insurgés ont pris dimanche le contrôle de la localité de Boni."),
        ("fr", "Les insurgés ont pris hier le contrôle de la localité de Boni."),
        ("es", "Los rebeldes tomaron el sábado el control del municipio de Tamazula."),
        ("pt", "Os insurgentes tomaram ontem o controlo da vila de Mocímboa."),
    ],
)
def test_a_day_inside_a_territory_phrase_does_not_break_it(language: str, text: str) -> None:
    assert "triggers.Battles.territory" in trigger_labels(language, text)


def test_a_word_that_is_no_day_still_breaks_the_phrase() -> None:
    assert "triggers.Battles.territory" not in trigger_labels(
        "es", "Los rebeldes tomaron café y después el control remoto."
    )


def test_the_day_inside_the_phrase_still_dates_the_event() -> None:
    rows = code_text(
        "Les jihadistes ont pris dimanche le contrôle de la ville de Boulkessi, au Burkina Faso, "
        "après des combats avec l'armée.",
        language="fr",
        published="2024-06-12",
    )
    assert rows and rows[0].event_type == "Battles"
    assert str(rows[0].event_date) == "2024-06-09"


def test_a_title_that_is_the_cut_opening_of_the_body_is_no_headline() -> None:
    body = "Unos hombres armados mataron a seis personas el lunes en un bar de Celaya, informaron las autoridades.\n\nOtro párrafo."
    assert headline_of(body[:80], body) is None
    assert headline_of(body[:60] + "…", body) is None
    assert (
        headline_of("Seis muertos en un ataque armado en Celaya", body)
        == "Seis muertos en un ataque armado en Celaya"
    )
    # the first paragraph that is the whole title is the headline written twice: kept
    assert (
        headline_of("Seis muertos en Celaya", "Seis muertos en Celaya\n\nUnos hombres armados...") is not None
    )


@pytest.mark.parametrize(
    ("tag", "language"), [("pcm", "pcm"), ("sw-KE", "sw"), ("fr", "fr"), ("x-klingon", None)]
)
def test_the_page_language_tag_may_have_three_letters(tag: str, language: str | None) -> None:
    tree = load_html(f'<html lang="{tag}"><head><title>t</title></head><body><p>x</p></body></html>')
    assert page_metadata(tree, "https://news.example/a").html_language == language


# NAMESAKES: a town name that towns of several countries share votes for the country the rest of
# the text supports; the gazetteer may lack the one meant, and then it does not vote at all
@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        (
            "pt",
            "Os insurgentes voltaram a atacar Palma na noite de sexta-feira. Fontes em Pemba, capital de "
            "Cabo Delgado, disseram que os atacantes queimaram casas em Palma antes de fugir.",
            "Mozambique",
        ),
        ("es", "La policía detuvo a dos hombres en Palma tras una pelea en el puerto.", "Spain"),
        ("ro", "Cel puțin trei oameni au murit în atacul rusesc asupra orașului Odesa.", "Ukraine"),
    ],
)
def test_a_shared_town_name_follows_the_country_the_text_supports(
    language: str, text: str, country: str
) -> None:
    from extractors.events.main_country import main_country

    assert main_country(text, "", language) == country


# a force named after what it is for ("riot police") holds a crowd word that is no event
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sw", "Polisi wa kutuliza ghasia walipiga doria katikati ya jiji la Mombasa siku ya Jumatatu."),
        ("fr", "Des unités anti-émeute ont été déployées lundi autour du palais présidentiel à Dakar."),
        ("en", "Riot police patrolled the streets of central Lagos on Monday."),
    ],
)
def test_a_force_named_for_riots_is_no_riot(language: str, text: str) -> None:
    assert not [
        m for m in code_text(text, language=language, published="2024-07-16") if m.event_type == "Riots"
    ]


def test_swahili_tear_gas_is_written_as_gas_or_bombs_that_bring_tears() -> None:
    for text in (
        "Polisi walirusha mabomu ya kutoa machozi kuwatawanya waandamanaji mjini Kisumu, Kenya.",
        "Polisi walitumia gesi ya kutoza machozi dhidi ya waandamanaji mjini Kisumu, Kenya.",
    ):
        rows = code_text(text, language="sw", published="2024-07-16")
        assert [(m.event_type, m.sub_event_type) for m in rows] == [
            ("Protests", "Protest with intervention")
        ], text


# NOUN_FIRST: Swahili writes the count after its noun ("waandamanaji wawili" = two protesters); the
# counted people are the ones hit, and a killing verb's count follows its object ("kuua askari watatu")
def test_swahili_counts_after_the_noun_name_who_was_hit() -> None:
    (row,) = code_text(
        "Waandamanaji watatu walipigwa risasi na kuuawa na polisi mjini Eldoret, Kenya.",
        language="sw",
        published="2024-07-16",
    )
    assert (row.event_type, row.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert row.fatalities == 3 and row.actor2 == "Police Forces of Kenya"
    (row,) = code_text(
        "Askari wanne wa Kenya waliuawa jana baada ya gari lao kukanyaga bomu la kutegwa ardhini katika "
        "kaunti ya Mandera.",
        language="sw",
        published="2024-07-16",
    )
    assert row.sub_event_type == "Remote explosive/landmine/IED"
    assert row.actor2 == "Military Forces of Kenya" and row.fatalities == 4


def test_swahili_killing_verbs_give_their_toll() -> None:
    rows = code_text(
        "Wapiganaji wa al-Shabaab walivamia kituo cha polisi katika mji wa Garissa, Kenya, na kuwaua "
        "maafisa watano.",
        language="sw",
        published="2024-07-16",
    )
    assert rows and rows[0].fatalities == 5


def test_an_arabic_village_noun_names_the_place_bare() -> None:
    """ "قرية بليون": after a village noun the name is written bare; its first letter is no "in"
    (stripped, it would read as Lyon in France)."""
    from extractors.events.places import find_places

    text = "قتل خمسة مدنيين في قصف جوي على قرية بليون في ريف إدلب الجنوبي."
    assert "France" not in {p.country for p in find_places(text, "Syria", "ar")}
    # a proclitic on a name after a preposition still comes off ("قصف على بحلب" is Aleppo)
    assert "Aleppo" in {p.name for p in find_places("قتل ثلاثة مدنيين في قصف على بحلب أمس.", "Syria", "ar")}


def test_a_word_inside_a_trigger_phrase_is_no_place() -> None:
    """German capitalises its nouns: "in Brand setzen" (set on fire) holds a word that is also a
    village's name; the words a gap of a phrase stands for stay the text's own ("nahm in Köln ... fest")."""
    from extractors.events.places import find_places

    text = "Vermummte setzten mehrere Autos in Brand, es kam zu Ausschreitungen in Leipzig."
    assert [p.name for p in find_places(text, "Germany", "de")] == ["Leipzig"]
    assert [p.name for p in find_places("Die Polizei nahm in Köln drei Männer fest.", "Germany", "de")] == [
        "Koln"
    ]


def test_a_town_named_like_its_district_is_the_district_seat() -> None:
    rows = code_text(
        "Al menos cuatro personas murieron en un ataque armado en el municipio de Corinto, en el Cauca.",
        language="es",
        published="2025-11-04",
    )
    assert rows and rows[0].location == "Corinto" and rows[0].country == "Colombia"


# NEAR_APPOSITION: "à X, près de Y": a town the gazetteer lacks, placed near the known one
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Des hommes armés ont tué trois civils samedi à Mbalangi, près de Kumba, au Cameroun."),
        ("es", "Hombres armados mataron a tres civiles el sábado en Mbalangi, cerca de Kumba, en Camerún."),
    ],
)
def test_an_unlisted_town_near_a_known_one_takes_its_name_and_the_known_position(
    language: str, text: str
) -> None:
    (row,) = code_text(text, language=language, published="2021-06-07")
    assert row.location == "Mbalangi" and row.geo_precision == 2
    assert row.latitude is not None and abs(row.latitude - 4.64) < 0.2


# CROSS_BORDER: a strike across the border lands in the neighbouring country, unnamed in its sentence
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Des drones turcs ont mené des frappes sur Kobané mardi, tuant trois civils, selon une ONG."),
        ("en", "Turkish drones struck Kobani on Tuesday, killing three civilians, a monitoring group said."),
    ],
)
def test_a_strike_across_the_border_is_placed_where_it_landed(language: str, text: str) -> None:
    rows = code_text(text, language=language, published="2024-01-10")
    assert rows and rows[0].country == "Syria" and rows[0].admin1 == "Aleppo"


def test_a_town_across_the_border_without_an_act_stays_out() -> None:
    from extractors.events.locate import places_in

    text = "Des opposants syriens se sont réunis samedi à Gaziantep pour préparer les négociations."
    assert not [p for p in places_in(text, "Syria", "fr") if p.country == "Turkey"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les rebelles ont attaqué jeudi la ville de Kalembe, dans le Nord-Kivu, tuant six civils."),
        ("en", "Rebels attacked the town of Kalembe in North Kivu on Thursday, killing six civilians."),
    ],
)
def test_a_town_named_by_its_place_noun_beats_the_province_after_it(language: str, text: str) -> None:
    rows = code_text(text, language=language, published="2023-11-03")
    assert rows and rows[0].location == "Kalembe"


def test_turkish_circumflex_spellings_are_one_word() -> None:
    """Turkish writes "harekât" and "harekat" (operation) both: the pack lists one."""
    assert trigger_labels(
        "tr", "Bölgede tespit edilen 3 terörist hava harekâtıyla etkisiz hale getirildi."
    ) == {"triggers.Explosions/Remote violence.Air/drone strike"}


def test_a_town_named_before_a_region_of_another_country_is_in_that_region() -> None:
    """OWN_REGION: "Léré, dans la région de Tombouctou" is no Lere of Nigeria: the gazetteer lacks
    the Malian town, so it is kept by name at its region."""
    from extractors.events.places import find_places

    found = find_places(
        "Une embuscade a visé l'armée près de Léré, dans la région de Tombouctou.", None, "fr"
    )
    town = next(p for p in found if p.surface == "Léré")
    assert (town.country, town.admin1, town.geo_precision) == ("Mali", "Tombouctou", 3)
