"""Facts of events that hang on a sentence's shape, in several languages: a counted actor that is the
subject of an act with its own object ("A gunman killed three people"), not its victim."""

import pytest

from tests.coding import code_text, only


def coded(text: str, language: str, published: str = "2024-03-08"):
    return code_text(text, language=language, published=published)


# ---------------------------------------------------------------- a counted subject acted

COUNTED_SUBJECTS = [
    ("A gunman shot dead four traders at a cattle market in Katsina on Thursday.", "en", 4),
    ("An attacker stabbed two worshippers to death outside a church in Jos on Wednesday.", "en", 2),
    ("Un homme armé a tué cinq villageois mercredi près de Djibo.", "fr", 5),
    ("Un grupo armado asesinó a seis campesinos el jueves en una vereda de Tumaco.", "es", 6),
    ("Um homem armado matou três pessoas na quinta-feira num mercado de Pemba.", "pt", 3),
    ("Ein Bewaffneter hat am Mittwoch in Kano vier Dorfbewohner erschossen.", "de", 4),
]


@pytest.mark.parametrize(("text", "language", "deaths"), COUNTED_SUBJECTS)
def test_a_counted_armed_subject_with_an_object_acted(text, language, deaths):
    row = only(coded(text, language))
    assert row.event_type == "Violence against civilians"
    assert row.actor1.startswith("Unidentified Armed Group")
    assert row.actor2.startswith("Civilians")
    assert row.fatalities == deaths


HIT_COUNTED = [
    ("Two soldiers were killed by three gunmen at a checkpoint in Kano on Thursday.", "en"),
    ("Au moins sept soldats ont trouvé la mort jeudi au cours des attaques des jihadistes près de Djibo.", "fr"),
    ("A soldier was killed when gunmen attacked a checkpoint in Maiduguri on Thursday.", "en"),
]


@pytest.mark.parametrize(("text", "language"), HIT_COUNTED)
def test_counted_soldiers_hit_by_an_act_stay_its_victims(text, language):
    row = only(coded(text, language))
    assert row.event_type == "Battles"
    assert row.actor2.startswith("Military Forces of")
