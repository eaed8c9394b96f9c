"""`*ending` entries and the common words they take (`pack_collisions.ending_collisions`, OPEN_END):
a base form of another word that merely ends so is listed; an inflected form, a compound of an
ending that is a word itself, or a pack without a lemmatiser is not."""

from __future__ import annotations

from extractors.events.language_pack import LanguagePack
from extractors.events.pack_collisions import ending_collisions
from extractors.events.tools import main


def _pack(code: str, entries: list[str], lemmatizer: str = "simplemma") -> LanguagePack:
    return LanguagePack.from_data(
        {"code": code, "normalise": ["lemma"], "lemmatizer": lemmatizer, "modality": {"future": entries}}
    )


def test_a_base_form_that_ends_as_an_inflection_does_is_listed():
    # "camarão" (shrimp) ends as the future "ficarão" (they will stay) does
    found = ending_collisions(_pack("pt", ["*arão"]), ("ficarão", "camarão", "casa"))
    assert [(c.entry, c.words) for c in found] == [("*arão", ("camarão",))]


def test_inflected_forms_alone_are_no_collision():
    assert ending_collisions(_pack("pt", ["*arão"]), ("ficarão", "estarão", "casa")) == []


def test_an_ending_that_is_a_word_itself_names_a_compounds_head():
    words = ("angriff", "luftangriff", "haus")
    assert ending_collisions(_pack("de", ["*angriff"]), words) == []
    assert ending_collisions(_pack("de", ["*angriff"]), words[1:]) != []  # the same, "angriff" unknown


def test_a_pack_without_a_lemmatiser_is_not_read():
    assert ending_collisions(_pack("pt", ["*arão"], lemmatizer="none"), ("ficarão", "camarão")) == []


def test_the_tool_lists_them_and_never_fails(capsys):
    assert main(["collisions", "--endings", "nl"]) == 0
    assert capsys.readouterr().out.startswith("## nl: 0 *ending entries")
