"""Round 14 coder CPU (issue 18): compiled multi-pattern matching (pyahocorasick). Each shortcut
gives what the full computation gives, and skips it."""

from __future__ import annotations

import pytest

from extractors.events import named_actors as na

SENTENCES = [
    "Al-Shabab fighters stormed the hotel.",
    "ISIS-K claimed the blast, not the TALIBAN.",
    "IŞİD saldırıyı üstlendi.",  # Turkish dotted and dotless i
    "وأعلنت حركة الشباب مسؤوليتها",
    "the saf and the rsf",  # short capital aliases in small letters: none
    "Вагнера обвинили в нападении.",
    "A quiet market day in the town.",
    "This is what the IS fighters said: IS-held villages fell to the SDF and the SDF-led alliance.",
    "Les FARDC et les rebelles du M23 se sont affrontés, le M23 a reculé.",
    "Boko Haram and ISWAP fighters, Boko-Haram gunmen, and al Shabaab; al-Shabaab again.",
    "FARC dissidents ambushed a patrol; las disidencias de las FARC lo negaron.",  # longest alias first
]


def _brute_present(sentence: str) -> tuple[int, ...]:
    key = na._case_key(sentence)
    return tuple(n for n, (_, core, _) in enumerate(na._aliases()[0]) if core in key)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_alias_cores_are_the_cores_each_alias_finds_alone(sentence):
    assert na._present(sentence) == _brute_present(sentence)


def test_alias_cores_find_a_core_inside_a_longer_word():
    # "this" holds the core "is" (of "IS"): the prefilter keeps it, the alias's pattern then rejects it
    n = next(n for n, (_, core, _) in enumerate(na._aliases()[0]) if core == "is")
    assert n in na._present("this morning")
    assert na.named_actors("this morning") == []


@pytest.mark.parametrize("sentence", SENTENCES)
def test_alias_cores_give_what_every_alias_gives(sentence):
    parts, entries = na._aliases()
    every = na._named_pattern(tuple(range(len(parts))))
    expected = [(m.start(), m.end(), entries[int(str(m.lastgroup).rsplit("_", 1)[1])]["name"])
                for m in every.finditer(sentence)]  # fmt: skip
    assert [(a.start, a.end, a.name) for a in na.named_actors(sentence)] == expected


def test_alias_cores_are_one_automaton_pass(monkeypatch):
    # the substring test of every alias's core is gone: no core is compared by `in` a sentence
    calls = []
    real = na._core_automaton()
    monkeypatch.setattr(na, "_core_automaton", lambda: calls.append(1) or real)
    na.named_actors("Al-Shabab fighters stormed the hotel.")
    assert calls == [1]
