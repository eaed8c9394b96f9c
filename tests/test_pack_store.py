"""Normalised packs and lemma dictionaries are kept on disk (extractors.events.pack_store)."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

from extractors.events import (
    language_pack,
    lexicon,
    pack_matching,
    pack_phrases,
    pack_schema,
    pack_store,
    pack_time_asides,
)
from extractors.events.language_pack import LanguagePack
from extractors.events.lexicon import load_pack, pack_data


def test_a_pack_is_normalised_once_and_read_back_from_the_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("CONFLICTWIRE_CACHE_DIR", str(tmp_path))
    built = []

    def build() -> LanguagePack:
        built.append(1)
        return LanguagePack.from_data(pack_data("sw"))

    first = pack_store.cached("sw", "k1", build)
    again = pack_store.cached("sw", "k1", build)
    assert built == [1]
    assert [p.name for p in (tmp_path / "packs").iterdir()] == ["sw-k1.pickle"]  # no temporary file left
    text = "Watu watano waliuawa katika shambulio la kigaidi."
    assert [m.label for m in again.find(text)] == [m.label for m in first.find(text)]
    assert again.phrases("outcomes.killed") == first.phrases("outcomes.killed")


def test_a_broken_cache_file_is_rebuilt(monkeypatch, tmp_path):
    monkeypatch.setenv("CONFLICTWIRE_CACHE_DIR", str(tmp_path))
    path = tmp_path / "packs" / "sw-k1.pickle"
    path.parent.mkdir()
    path.write_bytes(b"not a pickle")
    value = pack_store.cached("sw", "k1", lambda: {"rebuilt": True})
    assert value == {"rebuilt": True}
    assert pickle.loads(path.read_bytes()) == {"rebuilt": True}


def test_only_the_newest_versions_of_a_pack_are_kept(monkeypatch, tmp_path):
    monkeypatch.setenv("CONFLICTWIRE_CACHE_DIR", str(tmp_path))
    folder = tmp_path / "packs"
    folder.mkdir()
    for n in range(6):
        old = folder / f"sw-old{n}.pickle"
        old.write_bytes(b"x")
        os.utime(old, (1_000_000 + n, 1_000_000 + n))
    (folder / "fr-other.pickle").write_bytes(b"x")
    pack_store.cached("sw", "new", lambda: 1)
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == ["fr-other.pickle", "sw-new.pickle", "sw-old3.pickle", "sw-old4.pickle", "sw-old5.pickle"]


def test_an_unwritable_cache_still_gives_the_pack(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("CONFLICTWIRE_CACHE_DIR", str(blocker))
    assert pack_store.cached("sw", "k1", lambda: "built in memory") == "built in memory"


def test_the_digest_follows_the_inputs():
    assert pack_store.digest([b"a", b"b"]) == pack_store.digest([b"a", b"b"])
    assert pack_store.digest([b"a", b"b"]) != pack_store.digest([b"ab"])
    assert pack_store.digest([b"a"]) != pack_store.digest([b"b"])


def test_the_packs_digest_follows_every_pack_file_and_the_normalising_code(monkeypatch, tmp_path):
    """An edit of any pack file or of any of the six normalising and matching modules changes the digest (so
    the cached packs are built again); the same bytes give the same digest."""
    digest = lexicon._packs_digest.__wrapped__  # not its memo
    base = digest()
    for module in (lexicon, language_pack, pack_matching, pack_time_asides, pack_phrases, pack_schema):
        edited = tmp_path / f"{module.__name__}.py"
        edited.write_bytes(Path(module.__file__).read_bytes() + b"\n# edited\n")
        with monkeypatch.context() as patch:
            patch.setattr(module, "__file__", str(edited))
            assert digest() != base, module.__name__
    folder = tmp_path / "extractors" / "data" / "lang"
    folder.mkdir(parents=True)
    for pack in (Path(lexicon.__file__).parent.parent / "data" / "lang").glob("*.yaml"):
        (folder / pack.name).write_bytes(pack.read_bytes())

    class _Resources:
        @staticmethod
        def files(_package: str) -> Path:
            return tmp_path / "extractors"

    monkeypatch.setattr(lexicon, "resources", _Resources)
    assert digest() == base
    (folder / "sw.yaml").write_bytes((folder / "sw.yaml").read_bytes() + b"\n# edited\n")
    assert digest() != base


def test_a_language_dictionary_is_kept_as_a_trie_file(monkeypatch, tmp_path):
    monkeypatch.setenv("CONFLICTWIRE_CACHE_DIR", str(tmp_path))
    factory = pack_store.lemma_dictionary_factory(4)
    dictionary = factory.get_dictionary("id")
    assert (pack_store.lemma_cache_dir() / "id.dic").is_file()
    assert [p.name for p in pack_store.lemma_cache_dir().iterdir()] == ["id.dic"]  # written whole, renamed
    reread = pack_store.lemma_dictionary_factory(4).get_dictionary("id")
    some = next(iter(dictionary))
    assert reread.get(some) == dictionary.get(some)


def test_load_pack_is_the_cached_normalised_pack():
    pack = load_pack("fr")
    assert pack is not None and pack is load_pack("fr")
    assert pack.phrases("outcomes.killed") == LanguagePack.from_data(pack_data("fr")).phrases(
        "outcomes.killed"
    )
