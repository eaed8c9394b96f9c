"""Round 17 toll rules (fatal2, issue 13): a wounded person who dies later is one dead more
(WOUNDED_LATER_DIED), so is "another" / "one more" before a death (ONE_MORE_DEAD); number words
written with a hyphen are one number (COMPOUND_NUMBER_WORDS: "thirty-one" 31, not 30 and 1); two
sources' figures in one sentence give the most conservative (RIVAL_SOURCES).

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from extractors.events.fatalities import sentence_fatalities
from extractors.events.numbers import numbers_in
from extractors.events.reading import read
from tests.coding import assert_probe_rows, code_text, probe_params
from tests.round17_fatal2_probes import PROBES
from tests.round17_fatal2_probes import PUBLISHED as PROBES_PUBLISHED

PUBLISHED = "2026-03-18"  # a Wednesday

# --------------------------------------------------------------------------- COMPOUND_NUMBER_WORDS


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "thirty-one people died", 31),
        ("en", "Forty-One soldiers were killed", 41),
        ("en", "ninety one villagers", 91),
        ("en", "twenty-one fishermen drowned", 21),
    ],
)  # fmt: skip
def test_a_tens_word_and_one_are_one_number(language: str, text: str, value: int) -> None:
    found = [n.value for n in numbers_in(read(text, language))]
    assert found == [value]


def test_a_hyphened_toll_of_thirty_one_is_the_toll() -> None:
    assert sentence_fatalities("Thirty-one civilians were killed in the raid on Monday.", "en") == 31


def test_a_word_for_one_apart_from_a_tens_word_stays_one() -> None:
    found = [n.value for n in numbers_in(read("Forty soldiers and one civilian were killed", "en"))]
    assert found == [40, 1]


# --------------------------------------------------------------------------- RIVAL_SOURCES


@pytest.mark.parametrize(
    ("language", "text", "toll"),
    [
        ("fr", "L'explosion a fait neuf morts jeudi à Bunia, selon des témoins, et cinq selon la police.", 5),
        ("fr", "Onze civils ont été tués selon les notables, et six selon l'armée.", 6),
        ("en", "Twelve villagers were killed, according to elders, and eight according to the army.", 8),
        ("es", "Murieron diez personas según los vecinos, y seis según la policía.", 6),
        ("de", "Acht Menschen wurden laut Anwohnern getötet, und drei laut der Polizei.", 3),
    ],
)  # fmt: skip
def test_two_sources_in_one_sentence_give_the_lower_figure(language: str, text: str, toll: int) -> None:
    assert sentence_fatalities(text, language) == toll


@pytest.mark.parametrize(
    ("language", "text", "toll"),
    [
        # one source only: its figure
        ("fr", "L'explosion a fait neuf morts jeudi à Bunia, selon des témoins.", 9),
        # the second source counts the wounded: no rival of the dead
        ("fr", "L'explosion a fait neuf morts selon des témoins, et cinq blessés selon la police.", 9),
    ],
)  # fmt: skip
def test_a_source_without_a_rival_figure_keeps_its_figure(language: str, text: str, toll: int) -> None:
    assert sentence_fatalities(text, language) == toll


# --------------------------------------------------------------------------- WOUNDED_LATER_DIED


@pytest.mark.parametrize(
    ("language", "text", "toll"),
    [
        ("en", "Bandits killed six herders near Gusau on Monday; one of the wounded later died in hospital.", 7),
        ("en", "Gunmen shot dead two guards in Kaduna on Monday; a wounded guard later died.", 3),
        ("ru", "При обстреле Горловки в понедельник погибли три человека; ещё один раненый скончался в больнице.", 4),
        ("de", "Bei einem Drohnenangriff auf Sumy wurden am Montag zwei Menschen getötet; ein Verletzter starb später.", 3),
        ("fr", "Des assaillants ont tué lundi deux bergers près de Djibo; un blessé a succombé à l'hôpital.", 3),
    ],
)  # fmt: skip
def test_a_wounded_person_who_died_is_one_dead_more(language: str, text: str, toll: int) -> None:
    assert sentence_fatalities(text, language) == toll


@pytest.mark.parametrize(
    ("language", "text", "toll"),
    [
        # the wounded are counted, nobody of them died
        ("en", "Three soldiers were killed and two wounded in an ambush near Gao.", 3),
        # a toll already counts the one who died
        ("en", "One of the wounded died in hospital, bringing the death toll to four.", 4),
        # the wounded clause's own figure of dead ("where two died") is no more dead
        ("en", "Five traders were wounded when gunmen opened fire, and two died.", 2),
    ],
)  # fmt: skip
def test_wounded_who_did_not_die_add_nobody(language: str, text: str, toll: int) -> None:
    assert sentence_fatalities(text, language) == toll


def test_a_wounded_soldier_who_died_in_the_next_sentence_adds_to_the_event() -> None:
    text = (
        "Siirt'te pazartesi günü askeri araca yapılan saldırıda iki asker şehit oldu. "
        "Yaralanan bir asker de hastanede hayatını kaybetti."
    )
    rows = code_text(text, language="tr", published=PUBLISHED)
    assert [m.fatalities for m in rows] == [3]


# --------------------------------------------------------------------------- ONE_MORE_DEAD


@pytest.mark.parametrize(
    ("language", "text", "toll"),
    [
        ("es", "Sicarios mataron el domingo a tres hombres en Uruapan, Michoacán; otra víctima murió en el hospital.", 4),
        ("en", "Militants killed four police officers in Bannu on Sunday; another officer died of his wounds.", 5),
    ],
)  # fmt: skip
def test_another_death_adds_one(language: str, text: str, toll: int) -> None:
    rows = code_text(text, language=language, published=PUBLISHED)
    assert [m.fatalities for m in rows] == [toll]


def test_another_with_its_own_figure_is_left_to_that_figure() -> None:
    # "another five": the figure counts; the one-more word adds nobody of its own
    assert sentence_fatalities("Another five people were killed in the village.", "en") == 5


# --------------------------------------------------------------------------- probe reports

# the probe reports still missed, by their opening words (see the report); round 18 (langa): "L'attaque
# de lundi contre le village de Kaya a f..." off the list, coded by DEAD_OF_AN_ATTACK
KNOWN_MISSES: tuple[str, ...] = ()


def _known_miss(text: str) -> bool:
    return any(text.startswith(k) for k in KNOWN_MISSES)


@pytest.mark.parametrize(("language", "title", "text", "expected"), probe_params(PROBES, _known_miss))
def test_round17_fatal2_probe_report(language: str, title: str, text: str, expected: list) -> None:
    assert_probe_rows(language, title, text, expected, PROBES_PUBLISHED)
