"""Language packs (extractors/data/lang): every pack has every key; matching is on words, not forms."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from extractors.events.language_pack import LanguagePack
from extractors.events.lexicon import available_languages, lint
from extractors.events.pack_phrases import fold
from extractors.events.pack_schema import SCHEMA, schema_errors

TEMPLATE = yaml.safe_load(
    resources.files("extractors").joinpath("data/lang/_template.yaml").read_text("utf-8")
)


def test_the_template_lists_every_key_of_the_schema() -> None:
    assert schema_errors(TEMPLATE) == []


def test_a_missing_key_is_named() -> None:
    broken = {k: v for k, v in TEMPLATE.items() if k != "outcomes"}
    assert schema_errors(broken) == ["outcomes: missing"]
    broken = dict(TEMPLATE, numbers={**TEMPLATE["numbers"], "qualifiers": "at least"})
    assert schema_errors(broken) == ["numbers.qualifiers: expected a list of non-empty strings"]


@pytest.mark.parametrize("code", available_languages())
def test_every_pack_has_every_key_and_no_trigger_in_two_classes(code: str) -> None:
    assert lint(code) == []


def _pack(**fields) -> LanguagePack:
    data = yaml.safe_load(yaml.safe_dump(TEMPLATE))
    data.update(code="fr", lemmatizer="simplemma", stemmer="french", normalise=["lemma", "stem"])
    data["clitics"] = {"prefixes": ["l'", "d'"], "suffixes": []}
    for dotted, value in fields.items():
        *path, leaf = dotted.split("__")
        target = data
        for part in path:
            target = target[part]
        target[leaf] = value
    return LanguagePack.from_data(data)


def test_inflected_forms_meet_the_dictionary_form() -> None:
    pack = _pack(triggers__Battles__territory=["prendre le contrôle"], outcomes__killed=["tuer"])
    text = "Les rebelles ont pris le contrôle de la ville ; douze civils ont été tués."
    found = {(m.label, text[m.start : m.end]) for m in pack.find(text)}
    assert ("triggers.Battles.territory", "pris le contrôle") in found
    assert ("outcomes.killed", "tués") in found


def test_a_clitic_is_split_off_only_when_the_rest_is_a_known_word() -> None:
    pack = _pack(actors__state_forces=["armée"], normalise=[])  # exact words: only the clitic rule splits
    tokens = pack.tokens("l'armée et l'ONU")
    assert [t.folded for t in tokens] == ["armée", "et", "l'onu"]
    assert [m.label for m in pack.find("l\u2019Armée malienne")] == ["actors.state_forces"]


def test_wildcards_and_gaps() -> None:
    pack = _pack(
        triggers__Explosions_placeholder=[],
        generic_violence=["*angriff", "saldır*"],
        outcomes__killed=["tuer _ personne"],
    )
    assert {m.phrase for m in pack.find("Drohnenangriff und saldırısında")} == {"*angriff", "saldır*"}
    assert [m.phrase for m in pack.find("ils ont tué une personne")] == ["tuer _ personne"]
    assert pack.find("ils ont tué personne") == []


def test_folding_reads_typographic_variants_alike() -> None:
    assert fold("L\u2019Armée") == "l'armée"
    assert fold("\u0130dlib") == "idlib"  # Turkish dotted capital I
    assert _pack(letter_variants={"ş": "ș"}).fold("Şeful") == "șeful"


def test_schema_is_what_the_readme_documents() -> None:
    readme = resources.files("extractors").joinpath("data/lang/README.md").read_text("utf-8")
    for key in SCHEMA:
        assert f"\n{key}:" in readme, key
