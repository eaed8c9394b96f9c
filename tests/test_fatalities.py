import pytest

from extractors.events.fatalities import foreign_death_figures, parse_number, sentence_fatalities


@pytest.mark.parametrize(
    ("text", "value"),
    [("34", 34), ("1,200", 1200), ("thirty-four", 34),
     pytest.param("two hundred and five", 205, marks=pytest.mark.xfail(reason="text2num reads no 'and' inside a number", strict=True)),
     ("a dozen", 12),
     ("dozens", 12), ("scores", 20), ("hundreds", 100), ("several", 3), ("at least 22", 22), ("eleven", 11)],
)  # fmt: skip
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("At least 34 soldiers were killed in the raid.", 34),
        ("Thirty-four soldiers died when the convoy was hit.", 34),
        ("Dozens of villagers were killed or injured in the blast.", 12),
        ("The death toll rose to 33 on Friday, with 61 others wounded.", 33),
        ("The bombing killed eleven marines, one sailor and dozens of bystanders.", 24),
        ("Gunmen killed 12 herders, three of them children.", 12),
        ("Gunmen killed 12 herders, including three children.", 12),
        ("Two policemen and three traders were killed at the checkpoint.", 5),
        pytest.param(
            "At least 30 pupils aged between 8 and 12 were killed, along with four staff.",
            34,
            marks=pytest.mark.xfail(
                reason="ages after 'aged between' and 'along with' additions are not read", strict=True
            ),
        ),
        ("A soldier was killed when the patrol came under fire.", 1),
        ("Seven people were killed and 59 others wounded.", 7),
        ("Twelve people were wounded and three killed.", 3),
        ("More than 40 farmers were slaughtered in their fields.", 40),
        ("Gunmen stormed the village and shot dead three herders.", 3),
        ("Mourners buried at least 18 people on Sunday.", 18),
        ("The hospital received the bodies of 11 children.", 11),
        ("Multiple soldiers were among those killed.", 3),
        pytest.param(
            "The number had risen to 50 by the evening.",
            50,
            marks=pytest.mark.xfail(reason="a bare 'the number' is no toll noun", strict=True),
        ),
    ],
)
def test_sentence_fatalities(sentence, deaths):
    assert sentence_fatalities(sentence) == deaths


@pytest.mark.parametrize(
    "sentence",
    ["At least 20 people were injured in the attack.", "Some 5,000 families were displaced.",
     "Police arrested 14 suspects after the riot.", "The 25 km road was closed.",
     "The number of injured rose to 20."],
)  # fmt: skip
def test_injured_displaced_and_arrested_are_not_dead(sentence):
    assert sentence_fatalities(sentence) is None


def test_other_languages_read_digits_next_to_death_words():
    assert [
        f.value for f in foreign_death_figures("Une frappe a tué au moins 13 personnes dimanche.", "fr")
    ] == [13]
    assert [f.value for f in foreign_death_figures("Bei dem Angriff wurden 22 Soldaten getötet.", "de")] == [
        22
    ]
    assert foreign_death_figures("Bei dem Angriff wurden 22 Soldaten verletzt.", "de") == []
    assert foreign_death_figures("22 killed", "sw") == []  # no lexicon for that language: nothing
