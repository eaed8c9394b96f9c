"""Round 18 speed-ups of the pack matching: each is a cheaper way to the same answer, so each test
compares the new path with the plain one it replaced (the constructor, the sort, the regex)."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from extractors.events.lexicon import load_pack
from extractors.events.pack_phrases import PhraseMatch, phrase_match
from extractors.events.reading import _CLAUSE_MARKS, _without_asides, read

TEXTS = [
    ("en", "Gunmen killed five people and wounded two others in an attack on a village on Sunday."),
    ("en", "Police fired tear gas at protesters; at least 12 people were arrested, officials said."),
    ("fr", "Des hommes armés ont pris dimanche le contrôle de la ville, selon des sources locales."),
    ("es", "La policía dispersó con gases lacrimógenos a los manifestantes el martes en la capital."),
    ("de", "Bei einem Angriff wurden am Montag drei Soldaten getötet - so die Armee."),
    ("ru", "В результате обстрела погибли два мирных жителя, сообщили местные власти."),
    ("ar", "قتل ثلاثة أشخاص وأصيب آخرون في غارة جوية على بلدة يوم الجمعة."),
    ("en", "A quiet market day in the town."),
    ("en", ""),
]


def test_phrase_match_is_the_constructors_match():
    args = ("triggers.Battles.Armed clash", "clash with", 3, 5, 17, 29, None, (4,))
    made, plain = phrase_match(*args), PhraseMatch(*args)
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert pickle.loads(pickle.dumps(made)) == plain
    assert dataclasses.replace(made, last=6) == PhraseMatch(*args[:3], 6, *args[4:])
    assert phrase_match("outcomes.killed", "killed", 1, 2, 7, 13) == PhraseMatch(
        "outcomes.killed", "killed", 1, 2, 7, 13
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.first = 0  # type: ignore[misc]


@pytest.mark.parametrize(("language", "text"), TEXTS)
def test_find_returns_its_matches_longest_first_at_each_start_as_the_plain_sort_does(language, text):
    pack = load_pack(language)
    assert pack is not None
    for labels in (None, ("triggers", "generic_violence"), ("relative_dates",), ("numbers",)):
        found = pack.find(text, labels)
        assert found == sorted(found, key=lambda m: (m.first, -(m.last - m.first)))
        assert all(type(m) is PhraseMatch for m in found)


@pytest.mark.parametrize(("language", "text"), [*TEXTS, ("en", "One , two ; three (four) -- five - six")])
def test_clause_starts_are_those_every_gap_asked_of_the_clause_marks_gives(language, text):
    r = read.__wrapped__(text, language)
    plain = [0] + [
        k for k in range(1, len(r.tokens))
        if _CLAUSE_MARKS.search(text[r.tokens[k - 1].end : r.tokens[k].start])
    ]  # fmt: skip
    plain = _without_asides(text, r.tokens, r.matches, plain)
    plain += [
        m.first for m in r.matches if m.label == "clause_connectors" and m.first > 0 and m.first not in plain
    ]
    assert r.clause_starts == sorted(set(plain))
    assert _CLAUSE_MARKS.search(" ") is None
