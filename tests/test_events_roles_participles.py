"""An agent marker can belong to another verb than the act: "camps used by X were struck" names X as
the target's side (the user of the camps), not the doer of the strike. The marker before the act with
no event word in its clause before it (a participle: used, held, backed by) gives its actor no doer's
role (it is the side hit); a passive of the act itself ("were shelled by") and an act told by its
outcome word alone ("were killed by") keep it."""

import pytest

from extractors.events.actors import actors_in
from extractors.events.reading import read
from extractors.events.role_clues import _agent_of_another_verb
from extractors.events.taxonomy import triggers_in
from tests.coding import code_text


def sides(text: str, language: str) -> tuple[str, str]:
    rows = code_text(text, language=language, published="2025-10-15")
    assert rows, text
    return rows[0].actor1, rows[0].actor2


USED_BY = [
    ("Des positions tenues par l'État islamique près de Mossoul ont été bombardées dimanche par l'aviation "
     "irakienne.", "fr"),
    ("Camps used by Islamic State militants were struck on Sunday in an air strike near Tal Afar, the Iraqi "
     "army said.", "en"),
    ("Des camps utilisés par l'État islamique ont été visés dimanche par une frappe aérienne près de Tal Afar, "
     "a indiqué l'armée irakienne.", "fr"),
    ("Campamentos utilizados por el Estado Islámico fueron bombardeados el domingo en un ataque aéreo cerca de "
     "Tal Afar, informó el ejército iraquí.", "es"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language"), USED_BY)
def test_the_agent_of_a_participle_before_the_act_is_the_side_hit(text, language):
    assert sides(text, language) == ("Military Forces of Iraq", "Islamic State (IS)")


DOERS = [
    ("Two villages were shelled by Russian artillery on Sunday, killing three civilians.", "en",
     "Military Forces of Russia"),
    ("Trois soldats ont été tués par des jihadistes de l'État islamique dimanche près de Mossoul.", "fr",
     "Islamic State (IS)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "doer"), DOERS)
def test_the_agent_of_the_act_or_its_outcome_did_it(text, language, doer):
    assert sides(text, language)[0] == doer


def _clue(text: str, trigger_word: str) -> bool:
    r = read(text, "en")
    t = next(t for t in triggers_in(r) if trigger_word in text[t.start : t.end].lower())
    actor = next(a for a in actors_in(r, None) if a.last <= t.first)
    return _agent_of_another_verb(r, actor, t)


def test_the_clue_holds_for_a_participle_and_not_for_an_act_word():
    assert _clue("Bases held by Islamic State militants were bombed on Sunday near Tal Afar.", "bomb")
    # an act word before the marker: the marker is that act's (and the same event's) agent
    assert not _clue(
        "Villages attacked by Islamic State militants were bombed on Sunday near Tal Afar.", "bomb"
    )
