"""Normalised language packs and lemma dictionaries, kept on disk so a worker starts cheaply.

Reading a pack costs two things: its phrases are lemmatised and stemmed (`LanguagePack._index`), and
simplemma decodes the language's whole lemma dictionary to lemmatise them (0.2 s for Swahili,
6 s for Russian; 14 s for all packs). Both are done once per machine instead of once per process:

- **lemma dictionaries**: simplemma's own `TrieDictionaryFactory` keeps each language's dictionary
  as a MARISA trie file (`<cache>/lemmas/simplemma-<version>/<lang>.dic`, memory-mapped: opening it
  takes milliseconds); the first process that meets a language builds it (seconds, once);
- **normalised packs**: a pack indexed by `lexicon` is pickled to `<cache>/packs/<code>-<digest>.pickle`;
  the digest covers every pack file, the normalising code and the versions of the libraries that
  compute keys, so an edit to any of them makes a fresh file (the newest four are kept). The same
  `cached` keeps the country lexicon of each language (`country_lexicon._lexicon`, `_names_by_keys`)
  and wordfreq's frequency tables as tries (`story_words._frequencies`).

`<cache>` is the project's cache directory (`CONFLICTWIRE_CACHE_DIR`, else
`$XDG_CACHE_HOME/conflictwire`, else `~/.cache/conflictwire`), shared with the gazetteer. Every
file is written to a temporary name and renamed, so a concurrent reader sees a whole file or none;
a cache that cannot be written (read-only home) only makes each process build in memory again.
`python -m extractors.events.tools build packs` fills the cache ahead of time (`make setup` runs it).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

from extractors.events.gazetteer import cache_dir

_T = TypeVar("_T")
logger = logging.getLogger(__name__)

# The libraries whose output becomes a match key: a new version may lemmatise or stem differently.
KEY_LIBRARIES = ("simplemma", "snowballstemmer", "pystemmer", "regex", "pyyaml")


def _versions() -> bytes:
    out = []
    for name in KEY_LIBRARIES:
        try:
            out.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}=?")
    return ";".join(out).encode()


def digest(parts: Iterable[bytes]) -> str:
    """A short digest of some inputs (pack files, code) and of the key libraries' versions."""
    h = hashlib.sha256(_versions())
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()[:16]


# ---------------------------------------------------------------------------- lemma dictionaries


def lemma_cache_dir() -> Path:
    return cache_dir() / "lemmas" / f"simplemma-{metadata.version('simplemma')}"


def lemma_dictionary_factory(cache_max_size: int):
    """simplemma's trie-backed dictionaries, cached on disk (written atomically)."""
    from simplemma.strategies.dictionaries import TrieDictionaryFactory

    class _AtomicTrieFactory(TrieDictionaryFactory):
        def _write_trie_to_disk(self, lang: str, trie) -> None:  # type: ignore[no-untyped-def]
            target = self._cache_dir / f"{lang}.dic"
            _atomic_write(target, trie.save)

    return _AtomicTrieFactory(cache_max_size=cache_max_size, disk_cache_dir=str(lemma_cache_dir()))


# ------------------------------------------------------------------------------ normalised packs


def packs_cache_dir() -> Path:
    return cache_dir() / "packs"


def cached(name: str, key: str, build: Callable[[], _T]) -> _T:
    """The object pickled under `name` and `key`, else `build()`, pickled for the next process."""
    path = packs_cache_dir() / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError) as err:
        logger.warning("unreadable pack cache %s (%s): rebuilt", path, err)
    value = build()
    try:
        _atomic_write(path, lambda tmp: _pickle_to(tmp, value))
        _prune(path.parent.glob(f"{name}-*.pickle"))
    except OSError as err:  # a read-only cache: this process works from memory
        logger.info("pack cache not written (%s)", err)
    return value


KEPT_VERSIONS = 4  # per pack: several checkouts of the project on one machine share the cache


def _prune(files: Iterable[Path]) -> None:
    """Keep the newest few versions of one pack; older ones are stale."""
    by_age = sorted(files, key=lambda f: f.stat().st_mtime if f.exists() else 0, reverse=True)
    for stale in by_age[KEPT_VERSIONS:]:
        stale.unlink(missing_ok=True)


def _pickle_to(path: str, value: Any) -> None:
    with open(path, "wb") as fh:
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)


def _atomic_write(target: Path, write: Callable[[str], Any]) -> None:
    """`write(tmp_path)` then rename onto `target`: readers never see half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@cache
def source_bytes(*files: str) -> bytes:
    """The bytes of some source files (the normalising code), for digests."""
    return b"".join(Path(f).read_bytes() for f in files)
