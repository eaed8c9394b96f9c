"""Round 17 types (bomber): BOMBERS_AMONG_THE_DEAD (`blast_doers.py`, pack key `blast_doers`): a
blast whose dead include its attackers is a suicide bomb; FORCE_UNDER_FIRE (`forces_under_fire.py`,
pack key `suffered_fire`): a state force that "came under fire" is the side hit (an armed clash, no
dead); and the probe reports of tests/round17_bomber_probes.py. Every sentence is written for these
tests (no evaluation text)."""

from __future__ import annotations

import pytest

from tests.coding import assert_probe_rows, code_text, probe_params
from tests.round17_bomber_probes import KNOWN_MISSES, PROBES, PUBLISHED


def _rows(text: str, language: str) -> list[tuple[str, int | None]]:
    return [(m.sub_event_type, m.fatalities) for m in code_text(text, language=language, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("language", "text", "toll"),
    [
        ("en", "A bomb blast at a mosque in Kano on Friday killed eleven people, including the three bombers.", 11),
        ("id", "Ledakan bom di sebuah pasar di Ambon pada Selasa menewaskan empat orang, termasuk pelaku.", 4),
        ("fr", "Une explosion a tué sept personnes lundi à Ménaka, dont les deux kamikazes.", 7),
    ],
)  # fmt: skip
def test_a_blast_whose_dead_include_its_bombers_is_a_suicide_bomb(
    language: str, text: str, toll: int
) -> None:
    assert ("Suicide bomb", toll) in _rows(text, language)


def test_a_blast_whose_dead_are_civilians_only_stays_a_bomb() -> None:
    text = "A bomb blast at a market in Kano on Friday killed eleven people, including two children."
    assert ("Remote explosive/landmine/IED", 11) in _rows(text, "en")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A military patrol came under fire outside Gao on Thursday and one soldier was wounded."),
        ("ar", "تعرضت وحدة من الجيش اللبناني لإطلاق نار في بعلبك يوم الخميس وأصيب عسكري."),
        ("ar", "قالت مصادر أمنية إن وحدة من الجيش اللبناني تعرضت لإطلاق نار في طرابلس يوم الخميس وأصيب عسكريان."),
        ("fr", "Une patrouille de la gendarmerie a essuyé des tirs jeudi près de Kaya, un gendarme a été blessé."),
    ],
)  # fmt: skip
def test_a_force_that_came_under_fire_is_in_an_armed_clash(language: str, text: str) -> None:
    assert ("Armed clash", 0) in _rows(text, language)


@pytest.mark.parametrize(("language", "title", "text", "expected"),
                         probe_params(PROBES, lambda t: any(k in t for k in KNOWN_MISSES)))  # fmt: skip
def test_probe_reports(language: str, title: str, text: str, expected: list) -> None:
    assert_probe_rows(language, title, text, expected, PUBLISHED)
