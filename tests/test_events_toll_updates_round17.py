"""Round 17 (issue 13), TOLL_UPDATE_OF_AN_ACT (`toll_updates.toll_update_of_an_act`): a sentence that
tells only that the toll of an act rose (a toll noun, an act noun, a rise word, a figure; no doer,
no people named) is a report of the act with its updated toll, dated on the act's day; a war's
running toll stays no event. Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.coding import assert_probe_rows, code_text, only, probe_params
from tests.round17_tollup_probes import PROBES, PUBLISHED


@pytest.mark.parametrize(
    ("language", "text", "fatalities"),
    [
        ("en", "The death toll from Monday's attack on a market in Maiduguri rose to nine.", 9),
        ("es", "Ascendió a siete el número de muertos del ataque del lunes contra un bar en Celaya.", 7),
        ("pt", "Subiu para oito o número de mortos do ataque de segunda-feira a uma feira em Maputo.", 8),
        ("tr", "Diyarbakır'da pazartesi günü yapılan saldırıda ölü sayısı 5'e yükseldi.", 5),
        ("hi", "सोमवार को सुकमा में हुए हमले में मरने वालों की संख्या बढ़कर ७ हो गई।", 7),
    ],
)  # fmt: skip
def test_a_risen_toll_of_an_act_noun_is_the_act_on_its_day(language: str, text: str, fatalities: int) -> None:
    m = only(code_text(text, language=language, published=PUBLISHED))
    assert (m.sub_event_type, m.fatalities, m.event_date) == ("Attack", fatalities, date(2026, 3, 16))
    assert m.actor1 is not None and m.actor1.startswith("Unidentified Armed Group")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The death toll of the war has risen to 40,000."),
        ("es", "El número de muertos de la guerra ascendió a 40.000."),
    ],
)
def test_a_wars_risen_toll_is_no_event(language: str, text: str) -> None:
    assert code_text(text, language=language, published=PUBLISHED) == []


# round 18: the de perfect rises ("ist auf 18 gestiegen", langb) and DEAD_OF_AN_ATTACK (langa) code the last one
KNOWN_MISSES: tuple[str, ...] = ()


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    probe_params(PROBES, lambda text: any(text.startswith(k) for k in KNOWN_MISSES)),
)
def test_round17_tollup_probe_report(language: str, title: str, text: str, expected: list) -> None:
    assert_probe_rows(language, title, text, expected, PUBLISHED)
