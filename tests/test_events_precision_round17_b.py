"""Round 17 precision, second batch (prec2, issue 13): false rows engineers noticed this round.

- TRADE_AGREEMENT (`report_checks._trade_agreement`, pack key `weapon_trades`): a contract to buy or
  sell between states is no ACLED agreement, even beside an air force or an army;
- FUTURE_IN_THE_GAP (`modality.unreal_in_the_gap`) and DUE_TO_TAKE_EFFECT (`modality.future`: "is
  due to", "doit entrer en vigueur", "debe entrar en vigor", "deve entrar em vigor"): a truce still
  to take effect is no agreement of the day;
- BLOCKADE_OF_NO_CROWD (`crowd_objects.blockade_of_no_crowd`, pack key `blockade_words`): a road
  blocked by a thing is no protest;
- CELEBRATION (`modality.non_conflict`): fans marching to celebrate a victory are no protest;
- CELEBRATING_CROWD (`crowd_objects.celebrating_crowd`, pack key `celebration_words`): nor are fans
  who take to the streets to celebrate, whatever the lead is about;
- ALLEGED_RIOT in en (`attribution.blame`: "allegedly"): the riot an arrest alleges is its charge;
and the probe reports of tests/round17_prec2_probes.py.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import assert_probe_rows, code_text, probe_params
from tests.round17_prec2_probes import PROBES, PUBLISHED


def _rows(text: str, language: str, title: str = "") -> list[tuple[str, int | None]]:
    return [(m.sub_event_type, m.fatalities) for m in code_text(text, language=language, published=PUBLISHED,
                                                                 title=title)]  # fmt: skip


def _subs(text: str, language: str) -> set[str]:
    return {s for s, _ in _rows(text, language)}


# --------------------------------------------------------------------------- TRADE_AGREEMENT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Nigeria signed a deal with Pakistan on Monday to buy twelve fighter jets for its air force."),
        ("fr", "Le Mali a signé lundi un accord avec la Turquie pour acheter des drones destinés à son armée."),
        ("es", "Bolivia firmó el lunes un acuerdo con China para comprar helicópteros para su ejército."),
        ("pt", "Angola assinou na segunda-feira um acordo com o Brasil para comprar aviões militares para o seu exército."),
    ],
)  # fmt: skip
def test_a_contract_to_buy_weapons_is_no_agreement(language: str, text: str) -> None:
    assert _rows(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The army and the rebels signed a ceasefire agreement in Bangui on Monday."),
        ("fr", "L'armée et les rebelles ont signé lundi un accord de cessez-le-feu à Bangui."),
        # a deal to free prisoners names a conflict word: an agreement, whatever else it buys
        ("en", "The government and the rebels signed a deal on Monday in Doha to exchange prisoners."),
    ],
)  # fmt: skip
def test_a_conflicts_agreement_stays(language: str, text: str) -> None:
    assert "Agreement" in _subs(text, language)


# --------------------------------------------------------------------------- FUTURE_IN_THE_GAP, DUE_TO_TAKE_EFFECT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The truce is due to take effect on Friday in Kadugli, the mediators said."),
        ("en", "The ceasefire will take effect at dawn on Thursday in South Kordofan, the mediators said."),
        ("fr", "Le cessez-le-feu doit entrer en vigueur jeudi à minuit au Nord-Kivu, selon les médiateurs."),
        ("es", "La tregua debe entrar en vigor el jueves en el Cauca, según los garantes."),
        ("pt", "O cessar-fogo deve entrar em vigor na quinta-feira em Cabo Delgado, segundo os mediadores."),
    ],
)  # fmt: skip
def test_a_truce_still_to_take_effect_is_no_agreement(language: str, text: str) -> None:
    assert _rows(text, language) == []


def test_the_signing_of_a_truce_still_to_take_effect_stays() -> None:
    text = "The army and the rebels signed a ceasefire agreement in Juba on Tuesday. The truce is due to take effect on Friday."
    assert [s for s, _ in _rows(text, "en")] == ["Agreement"]  # the signing, one row (two before)


# --------------------------------------------------------------------------- BLOCKADE_OF_NO_CROWD


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A fallen tree blocked the road in Gweru on Tuesday morning."),
        ("es", "Un deslizamiento de tierra bloqueó la carretera el martes en Huánuco."),
        ("pt", "Uma árvore caída bloqueou a estrada na terça-feira em Chimoio."),
    ],
)  # fmt: skip
def test_a_road_blocked_by_a_thing_is_no_protest(language: str, text: str) -> None:
    assert _rows(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hundreds of residents blocked the road in Gweru on Tuesday to protest against water cuts."),
        # a pronoun for the doer: the people of the sentence before
        ("en", "Minibus drivers protested at the depot in Gweru on Tuesday. They blocked the main road for hours."),
        ("es", "Cientos de campesinos bloquearon la carretera el martes en Huánuco para exigir agua."),
        ("pt", "Centenas de moradores bloquearam a estrada na terça-feira em Chimoio contra a falta de água."),
    ],
)  # fmt: skip
def test_a_road_blocked_by_people_stays_a_protest(language: str, text: str) -> None:
    assert "Peaceful protest" in _subs(text, language)


# --------------------------------------------------------------------------- CELEBRATION


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Des milliers de supporters ont défilé mardi dans les rues de Conakry pour fêter la victoire du Syli."),
        ("es", "Miles de hinchas marcharon el martes por el centro de Medellín para celebrar el título del equipo."),
    ],
)  # fmt: skip
def test_fans_celebrating_a_victory_are_no_protest(language: str, text: str) -> None:
    assert _rows(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Thousands of fans took to the streets of Kitwe on Tuesday night to celebrate the cup win."),
        ("fr", "Des milliers de jeunes sont descendus dans les rues de Lomé mardi soir pour fêter la qualification."),
        ("es", "Miles de aficionados salieron a las calles de Cali el martes para festejar el campeonato."),
        ("pt", "Milhares de adeptos saíram às ruas de Benguela na terça-feira para festejar o título."),
    ],
)  # fmt: skip
def test_a_crowd_in_the_streets_to_celebrate_is_no_protest(language: str, text: str) -> None:
    assert _rows(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Thousands of traders took to the streets of Kitwe on Tuesday to protest against new taxes."),
        # a celebration word in another clause than the crowd's act
        ("es", "Miles de jubilados salieron a las calles de Cali el martes para exigir aumentos, mientras el club festejaba su título."),
    ],
)  # fmt: skip
def test_a_crowd_in_the_streets_with_a_grievance_stays_a_protest(language: str, text: str) -> None:
    assert "Peaceful protest" in _subs(text, language)


def test_a_march_against_something_stays_a_protest() -> None:
    text = "Des milliers de partisans de l'opposition ont défilé mardi dans les rues de Conakry pour protester contre la vie chère."
    assert "Peaceful protest" in _subs(text, "fr")


# --------------------------------------------------------------------------- ALLEGED_RIOT (en)


def test_an_arrest_for_allegedly_inciting_riots_is_no_riot() -> None:
    text = "Police arrested five youths in Kano on Tuesday for allegedly inciting riots in the market."
    assert _subs(text, "en") == {"Arrests"}


def test_a_riot_told_as_done_beside_an_arrest_stays() -> None:
    text = "Rioters torched a police station in Kano on Tuesday, and police arrested five youths."
    assert "Violent demonstration" in _subs(text, "en")


# --------------------------------------------------------------------------- probes


KNOWN_MISSES: tuple[
    str, ...
] = ()  # round 18 geo: PARTIES_BEFORE_THE_PLAN codes "El alto el fuego entre el gobierno y el grupo armado debe entrar en vigor" (a strict xpass, taken off)


def _known_miss(text: str) -> bool:
    return any(text.startswith(k) for k in KNOWN_MISSES)


@pytest.mark.parametrize(("language", "title", "text", "expected"), probe_params(PROBES, _known_miss))
def test_round17_prec2_probe(language: str, title: str, text: str, expected: list) -> None:
    assert_probe_rows(language, title, text, expected, PUBLISHED)
