"""RECALLED_IN_TEXT and RECALLED_TOLL: a report that recalls another happening's toll as an earlier
act ("It follows the deaths of 12 people in Kaya on Monday") reports what followed it, another
story; the recalled figure is no figure the two share. Own sentences, no evaluation text."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime

from extractors.stories import STORY_LINK, recalled_toll, story_score
from extractors.story_evidence import StoryEvidence, story_evidence

T0 = datetime(2025, 3, 11, 18, 0)  # a Tuesday


def evidence(text: str, lang: str = "en", title: str = "", aid: str = "a", published: datetime = T0):
    return story_evidence(aid, title, text, lang, published, ())


ATTACK = (
    "Gunmen killed 12 villagers in an attack on a market in Kaya, Burkina Faso, on Monday, "
    "local officials said. Residents fled to the regional capital."
)
PROTEST = (
    "Hundreds of residents marched through Kaya, Burkina Faso, on Tuesday to demand better "
    "protection from the army. It follows the deaths of 12 people in the town on Monday."
)
RECALLS = [  # a protest report that recalls the attack's toll, in five languages
    ("en", PROTEST),
    ("fr", "Des centaines d'habitants ont manifesté à Kaya, au Burkina Faso, mardi pour réclamer "
           "une meilleure protection. La marche a eu lieu après la mort de 12 personnes lundi."),
    ("es", "Cientos de vecinos marcharon por Kaya, en Burkina Faso, el martes para exigir protección. "
           "La protesta llega tras la muerte de 12 personas el lunes."),
    ("ar", "تظاهر مئات السكان في كايا في بوركينا فاسو يوم الثلاثاء للمطالبة بالحماية. "
           "ويأتي ذلك بعد مقتل 12 شخصا يوم الاثنين."),
    ("pt", "Centenas de moradores marcharam em Kaya, no Burkina Faso, na terça-feira para exigir "
           "proteção. O protesto ocorreu após a morte de 12 pessoas na segunda-feira."),
]  # fmt: skip


def test_a_figure_given_only_inside_a_recalled_act_is_a_recalled_figure_in_every_language() -> None:
    for lang, text in RECALLS:
        e = evidence(text, lang)
        assert 12 in e.recalled_numbers and 12 in e.numbers, lang
    # the same figure given outside the recall as well is the report's own
    both = evidence(PROTEST + " Police said 12 protesters were detained.")
    assert 12 not in both.recalled_numbers
    # a report of the attack itself recalls nothing
    assert not evidence(ATTACK).recalled_numbers


def test_a_report_recalling_the_others_toll_is_another_story() -> None:
    attack = evidence(ATTACK, aid="attack", published=datetime(2025, 3, 10, 20))
    for lang, text in RECALLS:
        protest = evidence(text, lang, aid="protest")
        s = story_score(attack, protest)
        assert recalled_toll(attack, protest) == {12}, lang
        assert s.parts["recalled_toll"] == STORY_LINK.recalled_toll, lang
        assert "lead_numbers" not in s.parts and "numbers" not in s.parts, lang  # 12 is no shared figure
        assert not s.links(), lang


def test_a_toll_both_recall_is_no_recall_against_either() -> None:
    """Two reports of one follow-up both recall the toll it follows (one outlet's coder read it as
    the toll): no evidence against their link."""
    a = evidence(PROTEST, aid="a")
    b = dataclasses.replace(evidence(PROTEST.replace("Hundreds", "Many hundreds"), aid="b"),
                            lead_numbers=frozenset({12}))  # fmt: skip
    assert 12 in a.recalled_numbers and 12 in b.recalled_numbers
    assert not recalled_toll(a, b)
    assert "recalled_toll" not in story_score(a, b).parts


def test_recalled_figures_round_trip_and_leave_other_json_as_it_was() -> None:
    protest = evidence(PROTEST, aid="p")
    assert StoryEvidence.from_json("p", protest.to_json()) == protest
    assert json.loads(protest.to_json())["rn"] == [12]
    assert "rn" not in json.loads(evidence(ATTACK).to_json())
