"""Round 17 language rules (langc: hi, id): a town a Hindi report names in Devanagari only, which
GeoNames spells in Latin alone, is found by its Latin spellings (ROMANISED_SCRIPT_NAMES, with
SCHWA_DELETION: "सुकमा" Sukma, "पुलवामा" Pulwama, "दंतेवाड़ा" Dantewara); a locative postposition
after a name, or after its place noun, is a place cue (POSTPOSED_CUE, pack key
`locative_postpositions`: "सुकमा जिले में"); and the probe reports of tests/round17_langc_probes.py.

Every sentence here is written for these tests (no evaluation text)."""

from __future__ import annotations

import pytest

from extractors.events.places import find_places
from extractors.events.script_romanised import romanised_spellings
from tests.coding import assert_probe_rows, code_text, probe_params
from tests.round17_langc_probes import PROBES, PUBLISHED


@pytest.mark.parametrize(
    ("word", "spelling"),
    [("सुकमा", "sukma"), ("कांकेर", "kanker"), ("पुलवामा", "pulwama"), ("अनंतनाग", "anantnag"),
     ("इंफाल", "imphal"), ("दंतेवाड़ा", "dantewara"), ("नारायणपुर", "narayanpur")],
)  # fmt: skip
def test_schwa_deletion_spells_the_town(word: str, spelling: str) -> None:
    assert spelling in romanised_spellings(word)


def test_a_latin_word_has_no_romanised_spelling() -> None:
    assert romanised_spellings("Sukma") == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("सोमवार को सुकमा जिले में तीन ग्रामीण मारे गए।", "Sukma"),
        ("सोमवार को कुलगाम में दो आतंकवादी मारे गए।", "Kulgam"),
        ("सोमवार को चुराचांदपुर में पांच लोग मारे गए।", "Churachandpur"),
    ],
)
def test_a_devanagari_town_by_its_latin_spelling(text: str, town: str) -> None:
    assert [m.name for m in find_places(text, language="hi")] == [town]


@pytest.mark.parametrize(
    "text",
    [
        "सोमवार को सरकार ने नई नीति की घोषणा की।",
        "मौसम विभाग ने भारी बारिश की चेतावनी जारी की।",
        # ROMANISED_COMMON_WORDS: in the police station (no Thane), in the crowd (no Beed)
        "आरोपी को थाने में पूछताछ के लिए रखा गया।",
        "भीड़ में से किसी ने पत्थर फेंका।",
    ],
)
def test_common_hindi_words_are_no_towns(text: str) -> None:
    assert find_places(text, language="hi") == []


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("गुरुवार को रायपुर में नक्सलियों ने दो ग्रामीणों की हत्या कर दी।", 2),
        ("गुरुवार को रायपुर में आतंकियों ने तीन मजदूरों की गोली मारकर हत्या कर दी।", 3),
    ],
)
def test_the_count_before_the_genitive_of_a_killing_is_the_toll(text: str, fatalities: int) -> None:
    assert [m.fatalities for m in code_text(text, language="hi", published=PUBLISHED)] == [fatalities]


MISSED = {  # probes still missed, each for a reason of its own (the report names them): xfail, not hidden
    # Indonesian: an arson of a school by an armed group gives no row; a communal clash ("bentrokan
    # antarwarga") gives none
    "membakar sebuah sekolah",
    "bentrokan antarwarga",
}


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    probe_params(PROBES, lambda text: any(k in text for k in MISSED)),
)
def test_round17_c_probe_report(language: str, title: str, text: str, expected: list) -> None:
    assert_probe_rows(language, title, text, expected, PUBLISHED)
