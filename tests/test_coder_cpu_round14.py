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
def test_one_alias_at_a_time_is_one_alternation_of_the_present_aliases(sentence):
    present = na._present(sentence)
    alternation = na._named_pattern(present) if present else None
    expected = (
        [
            (int(str(m.lastgroup)[1:].split("_")[0]), m.start(), m.end())
            for m in alternation.finditer(sentence)
        ]
        if alternation
        else []
    )
    assert na._alias_spans(sentence, present) == expected


def test_one_alias_at_a_time_compiles_no_alternation():
    na._named_pattern.cache_clear()
    for sentence in SENTENCES:
        na.named_actors(sentence)
    assert na._named_pattern.cache_info().misses == 0
