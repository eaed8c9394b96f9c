"""Language packs (`extractors/data/lang/<code>.yaml`): loading, normalising, phrase matching.

The coder holds no word of any language; it asks a `LanguagePack` for the phrases of a class
("triggers.Battles.Armed clash", "outcomes.killed", "modality.hedges", "actors.police") and
matches them on the article's tokens. Matching is on *match keys*, not word forms: each token
is folded, split from a clitic the pack declares, lemmatised (simplemma) and stemmed (Snowball)
as the pack's `normalise` says, and every pack phrase goes through the same steps when the pack
loads. So a pack lists words once, in their dictionary form (see `extractors/data/lang/README.md`).

This module loads the packs (`load_pack`, `pack_data`: a pack that `extends` another) and checks
them (`lint`, the checker below); `language_pack.py` holds `LanguagePack` (normalising; `find` in
its part `pack_matching.py`, time asides in `pack_time_asides.py`), `pack_phrases.py` what matching needs of no pack (`fold`, `Token`, `PhraseMatch`, the lemmatiser),
`pack_schema.py` the keys every pack has.

Checker for pack writers (`extractors/events/tools.py`):
    python -m extractors.events.tools keys fr "frappes aériennes"   # the key sequence of phrases
    python -m extractors.events.tools check fr report.txt            # which phrases a text hits
    python -m extractors.events.tools lint                           # every pack: schema, clashes
    python -m extractors.events.tools build packs                    # cache every normalised pack
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from importlib import resources
from typing import Any

import yaml

from extractors.events.language_pack import LanguagePack
from extractors.events.pack_schema import schema_errors

# ------------------------------------------------------------------------------------- loading


def available_languages() -> list[str]:
    return list(_language_codes())


@cache
def _language_codes() -> tuple[str, ...]:
    folder = resources.files("extractors").joinpath("data/lang")
    return tuple(
        sorted(
            e.name[:-5] for e in folder.iterdir() if e.name.endswith(".yaml") and not e.name.startswith("_")
        )
    )


def _raw(code: str) -> dict[str, Any]:
    text = resources.files("extractors").joinpath(f"data/lang/{code}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text) or {}


def _merged(base: Any, extra: Any) -> Any:
    """A pack that `extends` another: lists are joined, mappings merged, scalars replaced."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _merged(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return [*base, *(x for x in extra if x not in base)]
    return extra


def pack_data(code: str) -> dict[str, Any]:
    """The pack's data with what it `extends` folded in."""
    data = _raw(code)
    parent = data.get("extends") or ""
    if parent:
        data = _merged(pack_data(parent), data)
        data["code"] = code
    return data


@cache
def load_pack(code: str) -> LanguagePack | None:
    """The pack of a language (ISO code; region suffixes ignored), or None when there is none.

    Loaded when a process first meets the language, from the normalised copy kept on disk
    (`pack_store`), else read and normalised (and kept for the next process)."""
    code = (code or "").lower().split("-")[0].split("_")[0]
    if code not in available_languages():
        return None
    from extractors.events.pack_store import cached

    return cached(code, _packs_digest(), lambda: LanguagePack.from_data(pack_data(code)))


@cache
def _packs_digest() -> str:
    """What a normalised pack depends on: every pack file (a pack may extend another) and the code
    that normalises and matches it (this module, `language_pack` with its parts `pack_matching` and
    `pack_time_asides`, `pack_phrases`, `pack_schema`)."""
    from extractors.events import language_pack, pack_matching, pack_phrases, pack_schema, pack_time_asides
    from extractors.events.pack_store import digest, source_bytes

    folder = resources.files("extractors").joinpath("data/lang")
    files = sorted((e for e in folder.iterdir() if e.name.endswith(".yaml")), key=lambda e: e.name)
    modules = (language_pack, pack_matching, pack_time_asides, pack_phrases, pack_schema)
    code = source_bytes(__file__, *(m.__file__ for m in modules))
    return digest([code, *(e.name.encode() + e.read_bytes() for e in files)])


def lint(code: str) -> list[str]:
    """Schema problems and phrases of one key sequence listed under two trigger classes."""
    data = pack_data(code)
    problems = [f"{code}: {e}" for e in schema_errors(data)]
    if problems:
        return problems
    pack = load_pack(code)
    assert pack is not None
    owners: dict[tuple, set[str]] = defaultdict(set)
    for p in pack._phrases:
        if p.label.startswith("triggers.") or p.label == "generic_violence":
            owners[p.elements].add(p.label)
    for elements, labels in owners.items():
        if len(labels) > 1:
            words = " ".join(e.text or "_" for e in elements)
            problems.append(f"{code}: '{words}' is a trigger of {len(labels)} classes: {sorted(labels)}")
    return problems
