"""Round 17 speed-ups of the coder: each is a cheaper way to the same answer, so each test compares
the new path with the old one it replaced (kept as the reference)."""

from __future__ import annotations

import pytest

from extractors.events import named_actors as na

SENTENCES = [
    "Al-Shabab fighters stormed the hotel; al Shabab later claimed it.",
    "ISIS-K claimed the blast, not the TALIBAN, said this morning's crisis report.",
    "IŞİD saldırıyı üstlendi, ışid ve Işid de.",  # Turkish dotted and dotless i
    "وأعلنت حركة الشباب مسؤوليتها ولحركة الشباب",  # proclitics written onto the name
    "the saf and the rsf; the RSF and the Rapid Support Forces (RSF) and the Rsf",
    "Вагнера обвинили в нападении, Вагнеру тоже.",
    "Military Forces of Mexico and Military   Forces-of Mexico",
    "xRSF RSFx -RSF RSF- IS-KP IS KP this isis",
    "A quiet market day in the town.",
    "",
]


def _alternation(sentence: str) -> list[tuple[int, int, int]]:
    parts, _ = na._aliases()
    present = na._present(sentence)
    if not present:
        return []
    return [(m.start(), m.end(), int(str(m.lastgroup).rsplit("_", 1)[1]))
            for m in na._named_pattern(present).finditer(sentence)]  # fmt: skip


@pytest.mark.parametrize("sentence", SENTENCES)
def test_alias_by_alias_matches_what_the_alternation_of_the_present_aliases_matches(sentence):
    parts, _ = na._aliases()
    present = na._present(sentence)
    got = [(s, e, parts[n][2]) for s, e, n in na._alias_matches(sentence, present)] if present else []
    assert got == _alternation(sentence)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_an_alias_is_tried_only_where_its_first_run_stands(sentence):
    # ALIAS_HEADS: every match of an alias starts at one of its `_alias_starts`
    key = na._case_key(sentence)
    for n in na._present(sentence):
        starts = na._alias_starts(key, n)
        found = [m.start() for m in na._alias_pattern(n).finditer(sentence)]
        assert starts is None or set(found) <= set(starts)


def test_no_alternation_is_compiled_for_a_new_set_of_aliases(monkeypatch):
    # ALIAS_BY_ALIAS: a text's set of aliases compiles nothing but each alias's own pattern, once
    monkeypatch.setattr(na, "_named_pattern", lambda present: pytest.fail("alternation compiled"))
    text = "Al-Shabab and the RSF; the TALIBAN and ISIS-K."
    assert [a.name for a in na.named_actors(text)] == [a.name for a in na.named_actors(text)]
    assert len(na.named_actors(text)) >= 3
