"""What a process pays to start reading a language: load its pack and open its lemma dictionary.

    .venv/bin/python bench/bench_packs.py              # every pack: uncached, first process, next process
    .venv/bin/python bench/bench_packs.py fr ru        # some packs

Each figure is measured in a fresh Python process (what a worker meets), for one language:
- `uncached`: the pack read from YAML and normalised, its lemma dictionary decoded in memory
  (simplemma's default dictionaries): what every process paid before packs were cached;
- `first`: with an empty cache directory: normalised and the dictionary built as a trie, both written;
- `next`: the same cache directory again: the normalised pack unpickled, the trie opened.
The last line sums each column over the languages: a process reading all of them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

CACHED = """
import time
t = time.perf_counter()
from extractors.events.language_pack import lemma_of
from extractors.events.lexicon import load_pack
pack = load_pack({code!r})
lemma_of(pack, "zzzq")
print(time.perf_counter() - t)
"""

UNCACHED = """
import time
t = time.perf_counter()
from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries import DefaultDictionaryFactory
from functools import cache
from extractors.events import language_pack, lexicon, pack_phrases
pack_phrases._lemmatizer = cache(lambda: Lemmatizer(
    lemmatization_strategy=DefaultStrategy(dictionary_factory=DefaultDictionaryFactory())))
pack = language_pack.LanguagePack.from_data(lexicon.pack_data({code!r}))
language_pack.lemma_of(pack, "zzzq")
print(time.perf_counter() - t)
"""


def _seconds(snippet: str, cache: str) -> float:
    env = dict(os.environ, CONFLICTWIRE_CACHE_DIR=cache)
    out = subprocess.run([sys.executable, "-c", snippet], env=env, cwd=REPO, capture_output=True, text=True,
                         check=True)  # fmt: skip
    return float(out.stdout.strip().splitlines()[-1])


def main(codes: list[str]) -> int:
    sys.path.insert(0, str(REPO))
    from extractors.events.lexicon import available_languages

    if codes[:1] in (["-h"], ["--help"]):
        print(__doc__.strip())
        return 0
    unknown = [c for c in codes if c not in available_languages()]
    if unknown:  # the arguments are pack codes only
        print(f"not a pack: {' '.join(unknown)} (packs: {' '.join(available_languages())})", file=sys.stderr)
        return 2
    codes = codes or available_languages()
    totals = [0.0, 0.0, 0.0]
    print(f"{'pack':6}{'uncached':>10}{'first':>10}{'next':>10}   seconds, each in a fresh process")
    with tempfile.TemporaryDirectory(prefix="bench-packs-") as cache:
        for code in codes:
            row = [
                _seconds(UNCACHED.format(code=code), cache + "/unused"),
                _seconds(CACHED.format(code=code), cache),
                _seconds(CACHED.format(code=code), cache),
            ]
            totals = [a + b for a, b in zip(totals, row, strict=True)]
            print(f"{code:6}" + "".join(f"{v:>10.2f}" for v in row))
    print(f"{'all':6}" + "".join(f"{v:>10.2f}" for v in totals))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
