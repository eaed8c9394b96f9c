"""COMPASS_AFTER_NAME: a direction word after the name keys as the direction first."""

from extractors.events.gazetteer import KIND_ADMIN1, name_key
from extractors.events.places import find_places, resolve_place


def test_direction_after_the_name_keys_as_before_it():
    assert name_key("Kivu du Nord") == name_key("North Kivu")
    assert name_key("Sinaí del Norte") == name_key("North Sinai")
    assert name_key("Darfur Occidental") == name_key("West Darfur")
    assert name_key("Kasai-Oriental") == name_key("East Kasai")


def test_a_direction_inside_or_alone_is_left_in_place():
    assert name_key("Nord") == "north"
    assert name_key("Punta del Este") == "punta del este"


def test_romance_region_names_with_the_compass_after_resolve_to_the_region():
    for name, cc, lang, english in [
        ("Sinaí del Norte", "EG", "es", "North Sinai"),
        ("Sinai do Norte", "EG", "pt", "North Sinai"),
        ("Kivu du Nord", "CD", "fr", "North Kivu"),
        ("Kordofan du Sud", "SD", "fr", "South Kordofan"),
    ]:
        m = resolve_place(name, cc, lang)
        assert m is not None and m.kind == KIND_ADMIN1, name
        same = resolve_place(english, cc)
        assert same is not None and (m.name, m.country) == (same.name, same.country), name


def test_compass_after_name_in_running_text():
    es = find_places(
        "Hombres armados atacaron un puesto del ejército en Sinaí del Norte el martes.", "EG", "es"
    )
    assert [m.kind for m in es] == [KIND_ADMIN1]
    fr = find_places("De nouveaux combats ont opposé l'armée aux rebelles au Kivu du Nord jeudi.", "CD", "fr")
    assert KIND_ADMIN1 in [m.kind for m in fr]
