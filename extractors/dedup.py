"""Duplicate detection keys: exact content hash, MinHash signatures, LSH band keys.

- `content_hash(text)`: identical bodies (whatever their whitespace or punctuation).
- `minhash_signatures(texts)`: one MinHash per text over word shingles (datasketch's affine32
  permutations; shingles are hashed with a stable 64-bit word hash, so signatures stored in
  the warehouse stay comparable across processes and runs).
- `band_keys(signatures)`: the LSH bands of each signature as signed 64-bit keys, so the
  persistent band index is a plain BIGINT column: two texts are candidates when they share a
  band key; a candidate is a near duplicate when `estimated_jaccard >= NEAR_DUP.threshold`.

Wire copy reprinted by other outlets differs by datelines, boilerplate, a rewritten sentence
or an updated toll, so the setting is looser than web-scale deduplication: `bench/tune_dedup.py`
measures precision/recall over shingle sizes and thresholds and justifies `NEAR_DUP`.

`find_duplicates` decides, for a batch of new fingerprints, which copy which earlier article
(known from the warehouse or earlier in the batch); `warehouse/dedup_store.py` feeds it the
known fingerprints that share a content hash or an LSH band with the batch.

datasketch supplies the permutations (`MinHash`), the MurmurHash3 pre-mix (`_fmix`) and the
band/row optimiser (`_optimal_param`); the last two are private names of the pinned version,
and `tests/test_dedup.py` checks that our vectorised MinHash equals `MinHash.update_batch`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param
from datasketch.minhash import _fmix

from extractors.merge import MentionRow
from extractors.times import naive_utc

if TYPE_CHECKING:
    from extractors.story_evidence import StoryEvidence

_WORD = re.compile(r"\w+", re.UNICODE)
_MASK32 = np.uint64(0xFFFFFFFF)
_SHINGLE_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant (golden ratio)


@dataclass(frozen=True)
class NearDupSetting:
    """Shingle size, MinHash size, Jaccard threshold and the LSH banding derived from them."""

    shingle_size: int = 3
    num_perm: int = 128
    threshold: float = 0.40
    seed: int = 1
    # Texts with fewer words than this get no signature: short bodies collide by chance.
    min_words: int = 25
    # LSH weights: a missed candidate is lost for good, a false candidate only costs a
    # signature comparison, so recall weighs more.
    false_positive_weight: float = 0.2
    false_negative_weight: float = 0.8

    @property
    def bands_rows(self) -> tuple[int, int]:
        return _bands_rows(
            self.threshold, self.num_perm, self.false_positive_weight, self.false_negative_weight
        )


# Copies are looked for among articles published this close to the new one: reprints and
# updates follow the original within days, and the bound keeps the candidate set (and the cost
# per article) independent of the warehouse's age. Identical bodies are matched at any age.
NEAR_DUP_WINDOW_DAYS = 30
# Chosen with bench/tune_dedup.py (see its printed tables): 3-word shingles, Jaccard >= 0.40.
# 2-word shingles at 0.45 chain more unrelated formulaic reports; 5-word shingles lose updates.
NEAR_DUP = NearDupSetting()
# Titles: word sets, small signatures; used only to link stories, never to mark duplicates.
# Strict on purpose: generic headlines recur ("Deadly strike on Bunia"), so only a nearly
# identical headline (of at least four content words) published within days links stories.
TITLE_SIMILAR = NearDupSetting(shingle_size=1, num_perm=32, threshold=0.7, seed=7, min_words=4)


def content_hash(text: str) -> str:
    """Hash of the article body's words, case-folded: identical bodies hash alike whatever
    their whitespace or punctuation."""
    words = _WORD.findall((text or "").casefold())
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()[:32]


def words_of(text: str) -> list[str]:
    return _WORD.findall((text or "").casefold())


@lru_cache(maxsize=1 << 18)
def _word_hash(word: str) -> int:
    """Stable 64-bit hash of a word (Python's `hash` changes between processes)."""
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def shingle_hashes(text: str, size: int) -> np.ndarray:
    """32-bit hashes of the distinct `size`-word shingles of `text` (empty array: no words)."""
    return _shingles_of_words(words_of(text), size)


def _shingles_of_words(words: list[str], size: int) -> np.ndarray:
    if not words:
        return np.empty(0, dtype=np.uint32)
    hashed = np.fromiter((_word_hash(w) for w in words), dtype=np.uint64, count=len(words))
    size = max(1, min(size, len(hashed)))
    combined = hashed[: len(hashed) - size + 1].copy()
    with np.errstate(over="ignore"):  # wrap-around multiplication is the intended mixing
        for offset in range(1, size):
            combined = combined * _SHINGLE_MULTIPLIER + hashed[offset : len(hashed) - size + 1 + offset]
    folded = (combined ^ (combined >> np.uint64(32))) & _MASK32
    return np.unique(folded.astype(np.uint32))


@cache
def _template(num_perm: int, seed: int) -> MinHash:
    return MinHash(num_perm=num_perm, seed=seed, hashfunc=_identity, scheme="affine32")


def _identity(value: int) -> int:
    return value


@cache
def _bands_rows(threshold: float, num_perm: int, fp_weight: float, fn_weight: float) -> tuple[int, int]:
    return _optimal_param(threshold, num_perm, fp_weight, fn_weight)


def minhash_signature(text: str, setting: NearDupSetting = NEAR_DUP) -> np.ndarray | None:
    """The MinHash of `text`'s shingles (uint32[num_perm]), or None for too short a text."""
    words = words_of(text)
    if len(words) < setting.min_words:
        return None
    return _minhash_of_hashes(_shingles_of_words(words, setting.shingle_size), setting)


def _minhash_of_hashes(hashes: np.ndarray, setting: NearDupSetting) -> np.ndarray:
    """datasketch's affine32 MinHash of pre-hashed shingles, in one numpy expression.

    Same arithmetic as `MinHash.update_batch` (murmur3 finaliser, then `a * h + b` modulo 2**32
    with the template's permutations), without its per-item Python loop; the test suite checks
    the two agree.
    """
    a, b = _template(setting.num_perm, setting.seed).permutations
    mixed = _fmix(hashes.astype(np.uint32).reshape(-1, 1), 32)
    return (mixed * a + b).min(axis=0).astype(np.uint32)


def minhash_signatures(
    texts: Sequence[str], setting: NearDupSetting = NEAR_DUP
) -> tuple[np.ndarray, np.ndarray]:
    """Signatures of many texts: (uint32[n, num_perm], bool[n] has_signature)."""
    out = np.zeros((len(texts), setting.num_perm), dtype=np.uint32)
    present = np.zeros(len(texts), dtype=bool)
    for i, text in enumerate(texts):
        signature = minhash_signature(text, setting)
        if signature is not None:
            out[i] = signature
            present[i] = True
    return out, present


def band_keys(signatures: np.ndarray, setting: NearDupSetting = NEAR_DUP) -> np.ndarray:
    """int64[n, bands]: one key per LSH band; the band number is mixed in, so equal rows in
    different bands never collide."""
    bands, rows = setting.bands_rows
    n = signatures.shape[0]
    used = signatures[:, : bands * rows].astype(np.uint64).reshape(n, bands, rows)
    key = np.zeros((n, bands), dtype=np.uint64)
    salt = (np.arange(bands, dtype=np.uint64) + np.uint64(setting.seed)) * np.uint64(0xD6E8FEB86659FD93)
    with np.errstate(over="ignore"):
        key += salt
        for r in range(rows):
            key = (key ^ used[:, :, r]) * np.uint64(0x100000001B3)
            key ^= key >> np.uint64(29)
    return key.view(np.int64)


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Share of equal MinHash slots: an unbiased estimate of the shingle-set Jaccard."""
    return float(np.count_nonzero(a == b)) / len(a)


def signature_to_bytes(signature: np.ndarray) -> bytes:
    return np.ascontiguousarray(signature, dtype="<u4").tobytes()


def signature_from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4")


def exact_jaccard(a: str, b: str, size: int) -> float:
    """Jaccard of the two texts' shingle sets (for tuning and tests)."""
    sa, sb = set(shingle_hashes(a, size).tolist()), set(shingle_hashes(b, size).tolist())
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


@dataclass(frozen=True)
class Fingerprint:
    """What the persistent index keeps of an article to recognise its copies."""

    article_id: str
    published_at: datetime | None
    content_hash: str
    signature: np.ndarray | None = field(default=None, compare=False, repr=False)
    root_article_id: str = ""  # the earliest known copy; the article itself when it is the first
    similarity: float | None = field(default=None, compare=False)  # to its match, when it copies one

    def __post_init__(self) -> None:
        object.__setattr__(self, "published_at", naive_utc(self.published_at))

    @property
    def root(self) -> str:
        return self.root_article_id or self.article_id


def copy_order(fp: Fingerprint) -> tuple[datetime, str]:
    """The canonical order copies are decided in: publication (undated last), then article id."""
    return (fp.published_at or datetime.max, fp.article_id)


def within_window(a: Fingerprint, b: Fingerprint) -> bool:
    """Near copies are looked for within `NEAR_DUP_WINDOW_DAYS` (an undated one: at any age)."""
    if a.published_at is None or b.published_at is None:
        return True
    return abs(a.published_at - b.published_at) <= timedelta(days=NEAR_DUP_WINDOW_DAYS)


@dataclass(frozen=True)
class DuplicateMatch:
    article_id: str
    duplicate_of: str  # the root (earliest known copy) of the matched article
    matched: str  # the article that matched
    similarity: float  # 1.0 for an identical body
    kind: str  # exact | near


def find_duplicates(
    new: Sequence[Fingerprint],
    known_same_hash: Sequence[Fingerprint],
    known_candidates: Sequence[Fingerprint],
    setting: NearDupSetting = NEAR_DUP,
) -> dict[str, DuplicateMatch]:
    """Which of the `new` articles copy an earlier one: known ones (those with one of the new
    content hashes, and those sharing an LSH band with a new one) or earlier ones of the batch.

    New articles are taken in canonical order (`copy_order`), so the first copy is the root; the
    known ones must all come before them in that order (`warehouse/copy_store.py` decides again
    the stored ones after the earliest new one). An identical body wins over a near one (any
    age); among near ones (`within_window` of each other) the most similar, then the earliest.
    """
    by_hash: dict[str, list[Fingerprint]] = {}
    for fp in known_same_hash:
        by_hash.setdefault(fp.content_hash, []).append(fp)
    ordered = sorted(new, key=copy_order)
    # every signed fingerprint is a row of one matrix; buckets hold row numbers
    signed = [fp for fp in list(known_candidates) + ordered if fp.signature is not None]
    if signed:
        matrix = np.vstack([fp.signature for fp in signed])
        keys = band_keys(matrix, setting).tolist()
    else:
        matrix, keys = np.empty((0, setting.num_perm), dtype=np.uint32), []
    row_of = {id(fp): i for i, fp in enumerate(signed)}
    buckets: dict[int, list[int]] = {}
    n_known = sum(1 for fp in known_candidates if fp.signature is not None)
    for i in range(n_known):
        for key in keys[i]:
            buckets.setdefault(key, []).append(i)
    roots: dict[str, str] = {}
    matches: dict[str, DuplicateMatch] = {}
    for fp in ordered:
        row = row_of.get(id(fp))
        match = _exact_match(fp, by_hash.get(fp.content_hash, ()))
        if match is None and row is not None:
            match = _near_match(fp, row, keys[row], buckets, matrix, signed, setting)
        if match is not None:
            root = roots.get(match.matched, match.duplicate_of)
            match = DuplicateMatch(fp.article_id, root, match.matched, match.similarity, match.kind)
            matches[fp.article_id] = match
            roots[fp.article_id] = root
        else:
            roots[fp.article_id] = fp.article_id
        by_hash.setdefault(fp.content_hash, []).append(fp)
        if row is not None:
            for key in keys[row]:
                buckets.setdefault(key, []).append(row)
    return matches


def _exact_match(fp: Fingerprint, same_hash: Sequence[Fingerprint]) -> DuplicateMatch | None:
    others = [o for o in same_hash if o.article_id != fp.article_id]
    if not fp.content_hash or not others:
        return None
    first = min(others, key=copy_order)
    return DuplicateMatch(fp.article_id, first.root, first.article_id, 1.0, "exact")


def _near_match(
    fp: Fingerprint,
    row: int,
    keys: list[int],
    buckets: dict[int, list[int]],
    matrix: np.ndarray,
    signed: Sequence[Fingerprint],
    setting: NearDupSetting,
) -> DuplicateMatch | None:
    """The most similar candidate at or above the threshold (ties: the earliest)."""
    rows = {r for key in keys for r in buckets.get(key, ())}
    rows.discard(row)
    if not rows:
        return None
    candidates = np.fromiter(rows, dtype=np.int64, count=len(rows))
    similarity = (matrix[candidates] == matrix[row]).mean(axis=1)
    best_fp: Fingerprint | None = None
    best: tuple[float, datetime, str] | None = None
    for i in np.flatnonzero(similarity >= setting.threshold).tolist():
        other = signed[int(candidates[i])]
        if other.article_id == fp.article_id or not within_window(fp, other):
            continue
        rank = (-float(similarity[i]), *copy_order(other))
        if best is None or rank < best:
            best, best_fp = rank, other
    if best_fp is None or best is None:
        return None
    return DuplicateMatch(fp.article_id, best_fp.root, best_fp.article_id, -best[0], "near")


@dataclass(frozen=True)
class NewArticle:
    """A new article as deduplication and story linking need it (from `Article` plus its
    key, outlet and coded mentions, see `merge.mention_rows`)."""

    article_id: str
    outlet: str
    published_at: datetime | None
    title: str
    text: str
    content_hash: str = ""  # computed with `content_hash(text)` when empty
    mentions: tuple[MentionRow, ...] = ()
    evidence: StoryEvidence | None = None  # what story linking compares (`story_evidence.py`)

    def __post_init__(self) -> None:
        object.__setattr__(self, "published_at", naive_utc(self.published_at))

    @property
    def body_hash(self) -> str:
        return self.content_hash or content_hash(self.text)
