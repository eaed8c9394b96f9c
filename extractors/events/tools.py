"""The coder's command line: build its caches ahead of time, check the language packs.

    python -m extractors.events.tools build                 # the gazetteer and every pack (make setup)
    python -m extractors.events.tools build gazetteer       # the gazetteer index only
    python -m extractors.events.tools build packs [CODE ...]  # the normalised packs and lemma files
    python -m extractors.events.tools keys fr "frappes aériennes"   # the key sequence of phrases
    python -m extractors.events.tools check fr report.txt            # which phrases a text hits
    python -m extractors.events.tools lint [CODE ...]                # every pack: schema, clashes
    python -m extractors.events.tools collisions [--all] [CODE ...]  # entries common other words match
    python -m extractors.events.tools collisions --endings [CODE ...]  # common base forms `*ending`s take

A module of its own, imported by nothing: run with `-m`, a module the package `extractors.events`
imports (gazetteer, lexicon) would be executed a second time as `__main__` (runpy's RuntimeWarning),
and packs pickled from there would name `__main__` as their class's home.
"""

from __future__ import annotations

import sys
import time

from extractors.events.gazetteer import cache_path, write_cache
from extractors.events.language_pack import lemma_of
from extractors.events.lexicon import available_languages, lint, load_pack

USAGE = __doc__.split("\n\n")[1]


def build_gazetteer_cache() -> int:
    """Build the gazetteer from its source packages and write its cache file."""
    from extractors.events.gazetteer_build import build_gazetteer

    t0 = time.perf_counter()
    g = build_gazetteer()
    path = cache_path()
    write_cache(g, path)
    print(
        f"{len(g)} places, {len(g.by_key)} names, {len(g.by_skeleton)} skeletons, "
        f"{len(g.by_script)} names in other scripts -> {path} "
        f"({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t0:.1f} s"
    )
    return 0


def build_pack_caches(codes: list[str]) -> int:
    """Fill the cache: every pack normalised and its lemma dictionary opened (`pack_store`)."""
    from extractors.events.pack_store import lemma_cache_dir, packs_cache_dir

    started = time.perf_counter()
    for code in codes:
        t0 = time.perf_counter()
        pack = load_pack(code)
        if pack is None:
            print(f"no pack for {code!r}")
            return 2
        lemma_of(pack, "zzzq")  # opens (and on first use builds) the lemma dictionary
        print(f"{code}: {len(pack._phrases)} phrases in {time.perf_counter() - t0:.2f} s")
    print(
        f"{len(codes)} packs in {time.perf_counter() - started:.1f} s -> {packs_cache_dir()}, {lemma_cache_dir()}"
    )
    return 0


def _build(what: list[str]) -> int:
    if not what:
        return build_gazetteer_cache() or build_pack_caches(available_languages())
    if what == ["gazetteer"]:
        return build_gazetteer_cache()
    if what[0] == "packs":
        return build_pack_caches(what[1:] or available_languages())
    print(USAGE, file=sys.stderr)
    return 2


def _no_pack(code: str) -> int:
    print(f"no pack for {code!r}")
    return 2


def _keys(code: str, phrases: list[str]) -> int:
    pack = load_pack(code)
    if pack is None:
        return _no_pack(code)
    for phrase in phrases:
        print(f"{phrase!r:40} -> {' '.join(t.key for t in pack.tokens(phrase))}")
    return 0


def _check(code: str, paths: list[str]) -> int:
    pack = load_pack(code)
    if pack is None:
        return _no_pack(code)
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for n, line in enumerate(handle, 1):
                for m in pack.find(line):
                    print(f"{path}:{n}: {m.label}: {line[m.start : m.end]!r} ({m.phrase})")
    return 0


def _lint(codes: list[str]) -> int:
    problems = [p for code in codes for p in lint(code)]
    print("\n".join(problems) or f"{len(codes)} packs: no problems")
    return 1 if problems else 0


def _collisions(args: list[str]) -> int:
    """Per pack, its entries that common words of other words share a key with
    (`pack_collisions`); the ones its allow-list explains only with --all."""
    from extractors.events.pack_collisions import allowed, collisions, common_words

    if "--endings" in args:
        return _ending_collisions([a for a in args if a != "--endings"] or available_languages())
    everything = "--all" in args
    codes = [a for a in args if a != "--all"] or available_languages()
    unexplained = 0
    for code in codes:
        pack = load_pack(code)
        if pack is None:
            return _no_pack(code)
        words = common_words(code)
        if not words:
            print(f"## {code}: no list of common words (wordfreq has none for the language)")
            continue
        ok = allowed().get(code, {})
        found = collisions(pack, words)
        new = [c for c in found if c.entry not in ok]
        unexplained += len(new)
        print(f"## {code}: {len(new)} unexplained, {len(found) - len(new)} allowed")
        for c in found:
            if c.entry not in ok:
                print(f"  {c.line()}")
            elif everything:
                print(f"  [allowed: {ok[c.entry]}] {c.line()}")
    return 1 if unexplained else 0


def _ending_collisions(codes: list[str]) -> int:
    """Per pack, the common base forms of other words that its `*ending` entries take (OPEN_END):
    a listing, never a failure."""
    from extractors.events.pack_collisions import common_words, ending_collisions

    for code in codes:
        pack = load_pack(code)
        if pack is None:
            return _no_pack(code)
        words = common_words(code)
        if not words:
            print(f"## {code}: no list of common words (wordfreq has none for the language)")
            continue
        found = ending_collisions(pack, words)
        print(f"## {code}: {len(found)} *ending entries take common base forms of other words")
        for c in found:
            print(f"  {c.line()}")
    return 0


def main(argv: list[str]) -> int:
    command, args = (argv[0], argv[1:]) if argv else ("", [])
    if command == "build":
        return _build(args)
    if command == "keys" and args:
        return _keys(args[0], args[1:])
    if command == "check" and len(args) >= 2:
        return _check(args[0], args[1:])
    if command == "collisions":
        return _collisions(args)
    if command == "lint":
        return _lint(args or available_languages())
    print(USAGE, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
