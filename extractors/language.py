"""Language of an article's text: py3langid (maintained fork of langid.py, offline, 97 languages).

Chosen over the alternatives that run offline from a PyPI package: it ships its model inside the
wheel (no weights download), classifies a few kilobytes in well under a millisecond and returns
calibrated probabilities, so short or mixed text can be answered with "don't know" (None).

Speed: py3langid counts its byte n-gram features by walking its automaton one byte at a time in
Python, a third of the cost of a small page's extraction. The automaton is *definite*: after any
`DFA_ORDER` bytes its state no longer depends on where it started (checked over the whole pinned
model by `automaton_order`, in the tests). So the state at each byte is the state reached from the
start by the `DFA_ORDER` bytes ending there, and all positions are walked at once with numpy:
`DFA_ORDER` array steps instead of one Python step a byte. The counts, their order and the
scoring are py3langid's own, so the answers are identical (tests compare them).

Memory: py3langid unpacks its LZMA-compressed model in every process (0.6 s, some 70 MB each). The
unpacked arrays are written once as .npy files under the cache directory
(`extractors.cache_files`) and mapped read-only by every process (`_model_arrays`), so the flow's
worker processes share one copy.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import tempfile
from array import array
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
from py3langid.modelio import load_model

from extractors.cache_files import cache_dir

# Long enough to be decisive, short enough to keep the per-article cost flat.
SAMPLE_CHARS = 800
# Below this many letters a guess is noise (a caption, a headline fragment).
MIN_LETTERS = 20
# Calibrated probability under which the text is called undetermined.
MIN_CONFIDENCE = 0.5
# Bytes after which py3langid's automaton forgets its starting state (see the module docstring).
DFA_ORDER = 6


@dataclass(frozen=True)
class _Walk:
    """py3langid's automaton as numpy arrays (views of its own tables, no copies of the big one)."""

    next_state: np.ndarray  # (row << 8) + byte -> state
    row_base: np.ndarray  # state -> row << 8
    feature: np.ndarray  # state -> feature index, or -1
    weights: np.ndarray  # py3langid's float16 feature x language weights, as their uint16 bits
    float16_values: np.ndarray  # uint16 bits -> float32 value (exact; numpy's float16 casts are slow)


# bump when the files written by `_write_model_arrays` change: the directory name carries it
MODEL_CACHE_FORMAT = 1
_ARRAYS = ("ptc", "pc", "nextmove", "row", "output")


def model_cache_path() -> Path:
    return cache_dir() / f"langid-v{MODEL_CACHE_FORMAT}-{metadata.version('py3langid')}"


def _write_model_arrays(path: Path) -> None:
    """py3langid's model, unpacked, as one .npy file an array in directory `path` (atomically: a
    temporary directory renamed; a process that loses the race keeps the winner's)."""
    ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=path.name, suffix=".tmp"))
    try:
        values = {"ptc": ptc, "pc": pc, "nextmove": nextmove, "row": row, "output": np.asarray(output)}
        for name in _ARRAYS:
            np.save(tmp / f"{name}.npy", np.asarray(values[name]), allow_pickle=False)
        (tmp / "classes.json").write_text(json.dumps(classes), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        if not path.is_dir():
            raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _model_arrays() -> tuple | None:
    """(ptc, pc, classes, nextmove, row, output) mapped from the cache (written first if absent),
    or None when the cache directory cannot be written or read."""
    path = model_cache_path()
    for attempt in range(2):
        try:
            arrays = {name: np.load(path / f"{name}.npy", mmap_mode="r") for name in _ARRAYS}
            classes = json.loads((path / "classes.json").read_text(encoding="utf-8"))
            return arrays["ptc"], arrays["pc"], classes, arrays["nextmove"], arrays["row"], arrays["output"]
        except (OSError, ValueError):
            if attempt:
                return None
        try:
            if path.exists():  # damaged (a file missing or cut short): written again
                shutil.rmtree(path)
            _write_model_arrays(path)
        except OSError:
            return None
    return None


@cache
def _identifier() -> LanguageIdentifier:
    mapped = _model_arrays()
    if mapped is None:  # no usable cache directory: py3langid unpacks its model in this process
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ptc, pc, classes, nextmove, row, output = mapped
    # tk_row as Python ints: py3langid shifts each by 8 bits, which a uint16 would overflow
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row.tolist())


@cache
def _walk() -> _Walk:
    ident = _identifier()
    moves = ident.tk_nextmove  # some 10 million states, mapped or an array.array: viewed, not copied
    return _Walk(
        np.frombuffer(moves, dtype=moves.typecode) if isinstance(moves, array) else moves,
        np.asarray(ident._rowbase, dtype=np.int64),
        np.asarray(ident.tk_output, dtype=np.int64),
        ident.nb_ptc.view(np.uint16) if ident.nb_ptc.dtype == np.float16 else ident.nb_ptc,
        np.arange(65536, dtype=np.uint16).view(np.float16).astype(np.float32),
    )


def _feature_counts(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """(feature indices, counts) in order of first occurrence, as py3langid's `visit_counts`
    Counter holds them."""
    walk = _walk()
    text = np.frombuffer(data, dtype=np.uint8).astype(np.int64)
    n = len(text)
    state = np.zeros(n, dtype=np.int64)
    for step in range(DFA_ORDER):
        lag = DFA_ORDER - 1 - step  # position i reads byte i - lag at this step (none before 0)
        if lag < n:
            state[lag:] = walk.next_state[walk.row_base[state[lag:]] + text[: n - lag]]
    features = walk.feature[state]
    features = features[features >= 0]
    if not len(features):
        return features, features
    unique, first, counts = np.unique(features, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    return unique[order], counts[order]


def _classify(text: str) -> tuple[str, float]:
    """`_identifier().classify(text)`, with the features counted by `_feature_counts`."""
    ident = _identifier()
    data = ident._encode(text)
    features, counts = _feature_counts(data)
    if len(features):
        walk = _walk()
        rows = walk.weights[features]
        if rows.dtype == np.uint16:
            rows = walk.float16_values[rows]
        scores = np.log1p(counts.astype(np.float32)) @ rows + ident.nb_pc
    else:  # no features: uniform, as py3langid scores them with norm_probs
        scores = np.full(len(ident.nb_classes), 0.0, dtype=np.float32)
    scores *= 1.0 / math.sqrt(len(data) or 1)
    np.exp(scores - scores.max(), out=scores)
    scores /= scores.sum()
    for i, j in ident._alias_pairs:  # aliased labels (srl -> sr) fold into the first
        scores[i] += scores[j]
        scores[j] = 0.0
    best = int(scores.argmax())
    return ident.nb_classes[best], float(scores[best])


def automaton_order(limit: int = 12) -> int | None:
    """The order of definiteness of py3langid's automaton: the number of bytes after which its
    state no longer depends on its starting state (None if more than `limit`). Subset
    construction: from the set of all states, each byte maps a set of states to the set of their
    successors; the order is the number of bytes after which every set reached is one state.
    A few seconds; `DFA_ORDER` must be at least this."""
    walk = _walk()
    level = [np.arange(len(walk.row_base))]
    every_byte = np.arange(256)
    for order in range(1, limit + 1):
        seen: set[bytes] = set()
        following = []
        for subset in level:
            successors = walk.next_state[walk.row_base[subset][:, None] + every_byte[None, :]]
            for byte in np.nonzero((successors != successors[0]).any(axis=0))[0]:
                successor_set = np.unique(successors[:, byte])
                if successor_set.tobytes() not in seen:
                    seen.add(successor_set.tobytes())
                    following.append(successor_set)
        if not following:
            return order
        level = following
    return None


def _sample(text: str) -> str:
    """The middle of long texts: openings and endings carry most leftover boilerplate."""
    if len(text) <= SAMPLE_CHARS:
        return text
    start = (len(text) - SAMPLE_CHARS) // 2
    return text[start : start + SAMPLE_CHARS]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`'s language, or None when too short or not decisive."""
    sample = _sample(text or "")
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    language, confidence = _classify(sample)
    if confidence < MIN_CONFIDENCE or len(language) != 2:
        return None
    return language
