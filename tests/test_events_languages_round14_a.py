"""Round 14 language vocabulary (langa: pt, es, ro, it, sw): a place "liberated" by an army was taken
from an armed foe (FORCED_TAKEOVER words, as the ru and uk packs have them), the liberation of a
village or town as a capture, Swahili retakes ("*dhibiti tena", "*rejesha udhibiti"), a police raid
named by its force or as "ação / operativo policial" as the violence of a toll; shot dead ("mortos a
tiros", "a colpi di pistola", "murieron a tiros"); hooded men who kill as gunmen; "confronto com a
polícia" no riot word of its own (who meets the police tells a clash from a riot); a force phrase
holds its inner words when no country places it (FORCE_PHRASE_HOLDS: "policiais civis"); the object of an
act word after a day named right after it (OBJECT_AFTER_TIME: "asesinaron el martes al alcalde");
and the probe reports of tests/round14_a_probes.py.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import assert_probe_rows, code_text, only, probe_params
from tests.round14_a_probes import PROBES, PUBLISHED

# --------------------------------------------------------------------------- FORCED_TAKEOVER


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Armata ucraineană a eliberat marți satul Pișcane, în regiunea Harkov, a anunțat Statul Major."),
        ("ro", "Forțele ucrainene au eliberat marți localitatea Andriivka, în regiunea Donețk."),
        ("it", "L'esercito ucraino ha liberato martedì il villaggio di Staromaiorske, nella regione di Donetsk."),
        ("pt", "As forças ucranianas libertaram na terça-feira a aldeia de Robotyne, na região de Zaporizhzhia."),
        ("es", "Las fuerzas ucranianas liberaron el martes el pueblo de Robotyne, en la región de Zaporiyia."),
    ],
)  # fmt: skip
def test_a_place_an_army_liberated_was_taken_by_force(language: str, text: str) -> None:
    # no fight is told beside it, but a place is liberated from an armed foe: a battle, not a transfer
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.actor1) == ("Government regains territory", "Military Forces of Ukraine")


# --------------------------------------------------------------------------- retakes in Swahili


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Jeshi la Somalia limeudhibiti tena mji wa Mahas Jumanne baada ya mapigano makali na wanamgambo wa al-Shabaab.",
         "Government regains territory"),
        # the militants left: no fight, a transfer
        ("Jeshi la Somalia limeudhibiti tena mji wa Mahas Jumanne baada ya wanamgambo wa al-Shabaab kuondoka.",
         "Non-violent transfer of territory"),
        ("Jeshi la Somalia limerejesha udhibiti wa mji wa Mahas Jumanne baada ya wanamgambo wa al-Shabaab kuondoka.",
         "Non-violent transfer of territory"),
    ],
)  # fmt: skip
def test_swahili_control_again_is_a_retake(text: str, sub_event_type: str) -> None:
    m = only(code_text(text, language="sw", published=PUBLISHED))
    assert (m.sub_event_type, m.actor1) == (sub_event_type, "Military Forces of Somalia")


# --------------------------------------------------------------------------- police raids with a toll


@pytest.mark.parametrize(
    ("language", "text", "actor1", "fatalities"),
    [
        ("pt", "Duas pessoas morreram durante uma operação da polícia no bairro de Maxaquene, em Maputo, na terça-feira.",
         "Police Forces of Mozambique", 2),
        ("pt", "Quatro pessoas morreram na terça-feira numa ação policial na zona norte do Rio de Janeiro.",
         "Police Forces of Brazil", 4),
        ("es", "Tres personas murieron el martes durante un operativo policial en el barrio de Petare, en Caracas.",
         "Police Forces of Venezuela", 3),
    ],
)  # fmt: skip
def test_a_police_raid_is_the_violence_of_its_toll(
    language: str, text: str, actor1: str, fatalities: int
) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.actor1, m.fatalities) == (actor1, fatalities)


def test_a_police_raid_with_no_toll_is_no_event() -> None:
    assert code_text("La policía anunció el martes un operativo policial en el centro de Caracas.", language="es",
                     published=PUBLISHED) == []  # fmt: skip


# --------------------------------------------------------------------------- OBJECT_AFTER_TIME


@pytest.mark.parametrize(
    ("language", "text", "fatalities"),
    [
        ("es", "Hombres armados asesinaron el martes al comerciante en Apatzingán, Michoacán.", 1),
        ("es", "Sicarios asesinaron el domingo al periodista en Culiacán, Sinaloa.", 1),
        ("pt", "Homens armados mataram na segunda-feira o régulo da aldeia de Nangade, em Cabo Delgado.", 1),
        ("it", "Uomini armati hanno ucciso martedì sera il sindaco di un villaggio nella provincia di Soum, in Burkina Faso.", 1),
    ],
)  # fmt: skip
def test_the_victim_after_a_day_named_after_the_act_word_is_its_object(
    language: str, text: str, fatalities: int
) -> None:
    # the day between the act word and its object: the gunmen killed, they were not killed
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.actor2.startswith("Civilians"), m.fatalities) == ("Attack", True, fatalities)


# --------------------------------------------------------------------------- shot dead


@pytest.mark.parametrize(
    ("language", "text", "fatalities"),
    [
        ("pt", "Quatro homens foram mortos a tiros na terça-feira numa praça do Recife, em Pernambuco.", 4),
        ("pt", "Uma mulher foi morta a tiro na terça-feira à porta de casa em Maputo, Moçambique.", 1),
        ("it", "Quattro uomini sono stati uccisi a colpi di pistola martedì a Napoli.", 4),
        ("it", "Tre persone sono state uccise a colpi d'arma da fuoco martedì a Palermo.", 3),
        ("es", "Cuatro hombres murieron a tiros el martes en Celaya, Guanajuato.", 4),
    ],
)  # fmt: skip
def test_shot_dead_is_an_attack(language: str, text: str, fatalities: int) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == ("Attack", fatalities)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Homens encapuzados mataram seis pessoas num bar de Belém, no Pará, Brasil, na terça-feira."),
        ("es", "Hombres encapuchados asesinaron a cinco personas en un bar de Celaya, Guanajuato, el martes."),
    ],
)  # fmt: skip
def test_hooded_men_who_kill_are_gunmen(language: str, text: str) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.actor1.startswith("Unidentified Armed Group")) == ("Attack", True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Encapuzados atiraram pedras contra a polícia e queimaram um autocarro na terça-feira em Lisboa."),
        ("es", "Encapuchados lanzaron piedras contra la policía el martes en Valparaíso, Chile."),
    ],
)  # fmt: skip
def test_the_hooded_of_a_riot_stay_rioters(language: str, text: str) -> None:
    assert (
        only(code_text(text, language=language, published=PUBLISHED)).sub_event_type
        == "Violent demonstration"
    )


# --------------------------------------------------------------------------- clashes with police


@pytest.mark.parametrize(
    ("language", "text", "sub_event_type", "fatalities"),
    [
        # an armed side (traffickers, robbers) meeting the police: a clash, not a riot
        ("pt", "Dois traficantes morreram em confronto com a polícia na terça-feira em Salvador, na Bahia.",
         "Armed clash", 2),
        ("sw", "Watu watatu wanaodhaniwa kuwa majambazi wameuawa Jumanne katika majibizano ya risasi na polisi "
               "katika eneo la Mbezi, Dar es Salaam.", "Armed clash", 3),
        # young men meeting the police: a riot still
        ("pt", "Centenas de jovens envolveram-se em confrontos com a polícia na terça-feira na Matola, em Moçambique.",
         "Violent demonstration", 0),
        ("pt", "Manifestantes entraram em confronto com a polícia na terça-feira em Maputo.", "Violent demonstration", 0),
    ],
)  # fmt: skip
def test_who_meets_the_police_tells_a_clash_from_a_riot(
    language: str, text: str, sub_event_type: str, fatalities: int
) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities) == (sub_event_type, fatalities)


def test_a_force_phrase_holds_its_inner_words_with_no_country_named() -> None:
    # FORCE_PHRASE_HOLDS: "policiais civis" (Brazil's Civil Police) holds no civilians, even where no
    # country is named for the force to be placed in: the suspects' fight with them is no riot
    text = "Dois suspeitos morreram em confronto com policiais civis na madrugada de terça-feira em Mata de São João, na Bahia."
    m = only(code_text(text, language="pt", published=PUBLISHED))
    assert (m.sub_event_type, m.actor1, m.fatalities) == ("Armed clash", "Police Forces of Brazil", 2)


# --------------------------------------------------------------------------- the probe reports

KNOWN_MISSES = {
    # a toll of a police raid with no word of armed resistance reads as an attack on civilians
    "Seis pessoas morreram durante uma operação da Polícia Militar",
    # "bombardeamento" alone is shelling; Israel's strikes on Gaza are mostly from the air
    "Um bombardeamento israelita contra uma escola",
    # a death told as the riot's cause is counted as its toll
    "Moradores revoltados atearam fogo a uma esquadra",
    # students charged by police: no protest word
    "La polizia ha caricato martedì a Roma",
    # ultras attacking a bar: a violent demonstration, not mob violence
    "Un gruppo di ultras ha assaltato",
    # "un polițist și un agent de pază": two singular victims joined, counted as one
    "Un atacator a ucis marți un polițist",
}


def _known_miss(text: str) -> bool:
    return any(text.startswith(k) for k in KNOWN_MISSES)


@pytest.mark.parametrize(("language", "title", "text", "expected"), probe_params(PROBES, _known_miss))
def test_round14_a_probe_report(language: str, title: str, text: str, expected: list) -> None:
    assert_probe_rows(language, title, text, expected, PUBLISHED)
