"""ONE_VICTIM: a killed word next to a victim named in a singular form is one dead (own sentences)."""

from __future__ import annotations

import pytest

from extractors.events.fatalities import sentence_fatalities

ONE_DEAD = [
    ("en", "Residents of a village near Kumasi caught a thief on Tuesday and beat him to death."),
    ("en", "Angry traders beat a suspected thief to death at a market in Kaduna."),
    ("fr", "Des habitants ont battu à mort un voleur présumé à Mopti samedi."),
    ("es", "Vecinos golpearon hasta la muerte a un presunto ladrón en El Alto el lunes."),
    ("ar", "ضرب سكان غاضبون لصا حتى الموت في بعقوبة يوم الثلاثاء."),
    ("ar", "طعن رجل حتى الموت في سوق بمدينة نابلس."),
    ("ru", "Жители забили до смерти предполагаемого вора в Махачкале."),
]


@pytest.mark.parametrize(("lang", "sentence"), ONE_DEAD)
def test_a_lone_victim_killed_is_one_dead(lang: str, sentence: str) -> None:
    assert sentence_fatalities(sentence, lang) == 1


NOT_ONE = [
    ("en", "Angry traders beat two suspected thieves to death at a market in Kaduna.", 2),
    ("fr", "Des habitants ont battu à mort trois voleurs présumés à Mopti samedi.", 3),
    ("ru", "Жители избили вора в Махачкале, он ранен.", None),
    ("en", "Residents caught a thief on Tuesday and beat him badly before police arrived.", None),
    ("en", "Angry traders beat thieves to death at a market in Kaduna.", None),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), NOT_ONE)
def test_a_counted_plural_or_unkilled_victim_is_not_one(
    lang: str, sentence: str, expected: int | None
) -> None:
    assert sentence_fatalities(sentence, lang) == expected
