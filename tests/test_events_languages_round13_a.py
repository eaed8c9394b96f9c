"""Round 13 language rules and vocabulary (langa: pt, sw, ro, it, es): a facility noun and a linking
word before a town (FACILITY_OF), the Portuguese contractions of "em" with an article, a group named
after an arrest as what the arrested are suspected of (SUSPECT_ARRESTED), a demonym right after a
gapped trigger's first word (POSTPOSED_DEMONYM), one who "opened fire" as its doer (OPENED_FIRE), a
negated singular victim (NEGATED_VICTIM), lynching and "to death" as killing, Swahili singular
victims, capture words that tell their own fight; and the probe reports of tests/round13_a_probes.py.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from extractors.events.places import find_places
from tests.coding import assert_probe_rows, code_text, only
from tests.round13_a_probes import PROBES, PUBLISHED

# --------------------------------------------------------------------------- FACILITY_OF


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("pt", "Um ataque suicida num mercado de Mogadíscio matou 12 pessoas.", "Mogadishu"),
        ("it", "Ha aperto il fuoco in una scuola di Belgrado.", "Belgrade"),
        ("es", "Atacaron con explosivos la estación de policía de Jamundí el martes.", "Jamundi"),
        ("ro", "Un atentat sinucigaș la o piață din Mogadiscio a ucis zece oameni.", "Mogadishu"),
        ("ro", "Minerii au protestat în fața primăriei din Petroșani.", "Petrosani"),
    ],
)  # fmt: skip
def test_a_facility_noun_and_a_linking_word_announce_the_town(language: str, text: str, place: str) -> None:
    assert place in [p.name for p in find_places(text, None, language)]


def test_a_capitalised_facility_noun_opens_its_own_name_and_announces_no_town() -> None:
    # "Hospital de Santa Maria" is a hospital of Lisbon, not the Brazilian city
    assert [p.name for p in find_places("Hospital de Santa Maria recebeu os feridos.", None, "pt")] == []


def test_portuguese_em_with_an_indefinite_article_is_a_locative() -> None:
    # "num" / "numa" = em + um / uma: "numa aldeia de X" as "na aldeia de X"
    places = find_places("Houve disparos numa rua de Mogadíscio.", None, "pt")
    assert [p.name for p in places] == ["Mogadishu"]


# --------------------------------------------------------------------------- SUSPECT_ARRESTED


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sw", "Polisi wamewakamata watu kumi wanaoshukiwa kuwa wanachama wa al-Shabaab katika kaunti ya Lamu Jumanne."),
        ("sw", "Polisi wa Kenya wamewakamata watu watano wanaoshukiwa kuwa wafuasi wa al-Shabaab mjini Garissa Jumanne."),
    ],
)  # fmt: skip
def test_a_group_the_arrested_are_suspected_of_is_not_the_arrester(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.actor1) == ("Arrests", "Police Forces of Kenya")


# --------------------------------------------------------------------------- POSTPOSED_DEMONYM


@pytest.mark.parametrize(
    ("language", "text", "sub_event_type", "fatalities"),
    [
        ("ro", "Un atac rusesc cu drone asupra Odesei s-a soldat marți cu doi morți și cinci răniți.",
         "Air/drone strike", 2),
        ("it", "Un raid russo con droni su Kharkiv ha provocato martedì tre morti e 15 feriti.", "Air/drone strike", 3),
    ],
)  # fmt: skip
def test_a_demonym_after_a_gapped_triggers_first_word_names_its_state(
    language: str, text: str, sub_event_type: str, fatalities: int
) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities, m.actor1) == (
        sub_event_type,
        fatalities,
        "Military Forces of Russia",
    )


def test_a_demonym_deeper_in_a_triggers_gap_is_the_targets() -> None:
    # "atac asupra pozițiilor rusești cu drone": the Russian positions were hit, Ukraine is named
    events = code_text("Un atac asupra pozițiilor rusești cu drone ucrainene a ucis marți doi soldați la Belgorod.",
                       language="ro", published=PUBLISHED)  # fmt: skip
    assert all(e.actor1 != "Military Forces of Russia" for e in events)


# --------------------------------------------------------------------------- OPENED_FIRE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "An armed man opened fire in Belgrade on Tuesday, killing eight people."),
        ("it", "Un uomo armato ha aperto il fuoco martedì in una scuola di Belgrado, uccidendo otto persone."),
        ("ro", "Un bărbat înarmat a deschis focul marți la Belgrad, ucigând opt persoane."),
        ("es", "Un hombre armado abrió fuego el martes en Belgrado y mató a ocho personas."),
        ("pt", "Um homem armado abriu fogo na terça-feira em Belgrado, matando oito pessoas."),
    ],
)  # fmt: skip
def test_an_armed_man_counted_by_one_who_opened_fire_shot_and_was_not_shot(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities, m.actor2) == ("Attack", 8, "Civilians (Serbia)")


def test_a_passive_shooting_with_its_agent_after_keeps_the_counted_one_hit() -> None:
    # "was fired on by gunmen": the soldier was the target, the gunmen fired
    (m,) = code_text(
        "A soldier was fired on by gunmen in Belgrade on Tuesday.", language="en", published=PUBLISHED
    )
    assert m.actor2 == "Military Forces of Serbia"


# --------------------------------------------------------------------------- pack vocabulary


@pytest.mark.parametrize(
    ("language", "text", "sub_event_type", "fatalities"),
    [
        # lynched: killed by a crowd
        ("it", "Una folla inferocita ha linciato martedì un uomo accusato di blasfemia a Sokoto.", "Mob violence", 1),
        ("es", "Vecinos lincharon a un hombre acusado de robo en Huehuetenango el martes.", "Mob violence", 1),
        ("pt", "Moradores lincharam um suspeito de roubo na Beira na terça-feira.", "Mob violence", 1),
        ("ro", "Mulțimea a linșat marți un bărbat acuzat de furt la Bacău.", "Mob violence", 1),
        # beaten to death, a singular victim
        ("sw", "Wanakijiji wenye hasira walimpiga hadi kufa mtu anayeshukiwa kuwa mwizi katika kijiji cha Geita Jumanne.",
         "Mob violence", 1),
        ("sw", "Mwandishi wa habari ameuawa kwa kupigwa risasi na watu wasiojulikana mjini Bukavu Jumanne usiku.",
         "Attack", 1),
        # a drone raid with a gap
        ("it", "Un attacco notturno con droni su Odessa ha ucciso martedì due persone.", "Air/drone strike", 2),
        # "civiles armados": gunmen, an armed side
        ("es", "Siete civiles armados fueron abatidos por militares en Culiacán el martes.", "Armed clash", 7),
        # capture words that tell their own fight
        ("it", "L'esercito ucraino ha riconquistato martedì il villaggio di Robotyne, nella regione di Zaporizhzhia.",
         "Government regains territory", 0),
        ("ro", "Forțele ucrainene au recucerit marți satul Robotine, în regiunea Zaporojie, a anunțat armata.",
         "Government regains territory", 0),
        ("sw", "Jeshi la Somalia limeukomboa mji wa Harardhere kutoka mikononi mwa al-Shabaab Jumanne.",
         "Government regains territory", 0),
    ],
)  # fmt: skip
def test_round13_a_vocabulary(language: str, text: str, sub_event_type: str, fatalities: int) -> None:
    events = code_text(text, language=language, published=PUBLISHED)
    assert (sub_event_type, fatalities) in [(e.sub_event_type, e.fatalities) for e in events]


# --------------------------------------------------------------------------- NEGATED_VICTIM


@pytest.mark.parametrize(
    "text",
    [
        "Wanamgambo walichoma moto nyumba katika kijiji cha Lafey Jumanne lakini hakuna mtu aliyeuawa.",
        "Watu wenye silaha walivamia soko la Mandera Jumanne bila kumuua mtu.",
    ],
)  # fmt: skip
def test_a_negated_singular_victim_is_no_dead(text: str) -> None:
    # "hakuna mtu aliyeuawa": no one was killed; "bila kumuua mtu": without killing anyone
    assert all(e.fatalities == 0 for e in code_text(text, language="sw", published=PUBLISHED))


# --------------------------------------------------------------------------- the probe reports


@pytest.mark.parametrize(("language", "title", "text", "expected"), PROBES)
def test_round13_a_probe_report(language: str, title: str, text: str, expected: list) -> None:
    assert_probe_rows(language, title, text, expected, PUBLISHED)
