"""Copies decided in canonical order across runs: the same `duplicate_of` in one run or many.

`extractors.dedup.find_duplicates` decides copies in canonical order (`copy_order`: publication,
undated last, then article id): each article copies the best earlier one it matches and takes
its root. A run's new articles may come before stored ones in that order (a report published
earlier and fetched later), so `plan_copies` takes again every stored decision they can change,
and only those: the stored articles after the earliest new one (in canonical order) that share a
content hash or a body band key with a new article, or whose root is one of those decided again
(their root may change with it), then the same from each of those, until nothing more is reached.
Stored articles before it keep their decisions (theirs looked only at articles before them,
which have not changed) and are the known candidates. Read-only; `write_copies` writes the
decisions that changed inside the run's transaction. Called by `dedup_store.plan_dedup`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import duckdb
import numpy as np
import pyarrow as pa

from extractors.dedup import (
    NEAR_DUP,
    NEAR_DUP_WINDOW_DAYS,
    DuplicateMatch,
    Fingerprint,
    band_keys,
    copy_order,
    find_duplicates,
    signature_from_bytes,
)
from warehouse.queries import query_sql
from warehouse.story_store import registered

# the closure of decisions taken again stops after this many reads (it converges in two or three)
MAX_COPY_ROUNDS = 8


@dataclass(frozen=True)
class CopyPlan:
    """The copies of the run's new articles, and the stored decisions taken again that changed."""

    matches: dict[str, DuplicateMatch] = field(default_factory=dict)  # new articles that copy one
    moved: dict[str, DuplicateMatch | None] = field(default_factory=dict)  # stored: now (None: no copy)


def plan_copies(con: duckdb.DuckDBPyConnection, new: Sequence[Fingerprint], setting_label: str) -> CopyPlan:
    """Copies of the `new` fingerprints, with the stored decisions they change taken again
    (module docstring). Read-only."""
    if not new:
        return CopyPlan()
    start = min(copy_order(fp) for fp in new)
    fresh = {fp.article_id for fp in new}
    read: dict[str, Fingerprint] = {}
    again: dict[str, Fingerprint] = {}
    frontier = list(new)
    for _ in range(MAX_COPY_ROUNDS):
        hashes = sorted({fp.content_hash for fp in frontier if fp.content_hash})
        signed = [fp for fp in frontier if fp.signature is not None]
        keys = band_keys(np.vstack([fp.signature for fp in signed]), NEAR_DUP) if signed else np.empty(0)
        roots = sorted({fp.article_id for fp in frontier if fp.article_id not in fresh} | {
            fp.root for fp in frontier if fp.article_id not in fresh
        })  # fmt: skip
        found = _read(con, hashes, keys, _window(frontier), roots, setting_label)
        reached = []
        for fp in found:
            if fp.article_id in fresh:
                continue
            read.setdefault(fp.article_id, fp)
            if copy_order(fp) > start and fp.article_id not in again:
                again[fp.article_id] = fp
                reached.append(fp)
        if not reached:
            break
        frontier = reached
    fixed = [fp for aid, fp in read.items() if aid not in again]
    decided = find_duplicates(
        list(new) + list(again.values()), fixed, [fp for fp in fixed if fp.signature is not None]
    )
    moved: dict[str, DuplicateMatch | None] = {}
    for aid, fp in again.items():
        now = decided.get(aid)
        before = fp.root if fp.root != aid else None
        if (now.duplicate_of if now else None) != before or (now and now.similarity != fp.similarity):
            moved[aid] = now
    return CopyPlan({aid: m for aid, m in decided.items() if aid in fresh}, moved)


def write_copies(con: duckdb.DuckDBPyConnection, moved: Mapping[str, DuplicateMatch | None]) -> None:
    """The stored copy decisions that changed: fingerprints' root and similarity, articles'
    `duplicate_of` (inside the run's transaction, after the run's fingerprints are inserted)."""
    if not moved:
        return
    table = pa.table(
        {
            "article_id": pa.array(list(moved), pa.string()),
            "root": pa.array([m.duplicate_of if m else aid for aid, m in moved.items()], pa.string()),
            "similarity": pa.array([m.similarity if m else None for m in moved.values()], pa.float64()),
            "duplicate_of": pa.array([m.duplicate_of if m else None for m in moved.values()], pa.string()),
        }
    )
    with registered(con, "_copies_moved", table):
        con.execute(
            "UPDATE article_fingerprints SET root_article_id = x.root, similarity = x.similarity"
            " FROM _copies_moved x WHERE article_fingerprints.article_id = x.article_id"
        )
        con.execute(
            "UPDATE articles SET duplicate_of = x.duplicate_of"
            " FROM _copies_moved x WHERE articles.article_id = x.article_id"
        )


def _window(fps: Iterable[Fingerprint]) -> tuple[datetime, datetime] | None:
    fps = list(fps)
    published = [fp.published_at for fp in fps if fp.published_at is not None]
    if not published or len(published) < len(fps):
        return None  # an undated article may copy anything
    reach = timedelta(days=NEAR_DUP_WINDOW_DAYS)
    return min(published) - reach, max(published) + reach


def _read(
    con: duckdb.DuckDBPyConnection,
    hashes: Sequence[str],
    keys: np.ndarray,
    window: tuple[datetime, datetime] | None,
    roots: Sequence[str],
    setting_label: str,
) -> list[Fingerprint]:
    """Stored fingerprints with one of `hashes` (any age), sharing a body band key with `keys`
    (published in `window`, or undated), or whose root is one of `roots`; with their signatures
    (of this setting)."""
    since, until = window or (datetime.min, datetime.max)
    tables = {
        "_copies_hashes": pa.table({"h": pa.array(list(hashes), pa.string())}),
        "_copies_keys": pa.table({"k": pa.array(np.unique(keys.ravel()) if keys.size else [], pa.int64())}),
        "_copies_roots": pa.table({"r": pa.array(list(roots), pa.string())}),
    }
    with (
        registered(con, "_copies_hashes", tables["_copies_hashes"]),
        registered(con, "_copies_keys", tables["_copies_keys"]),
        registered(con, "_copies_roots", tables["_copies_roots"]),
    ):
        rows = con.execute(
            query_sql("copy_candidates"), {"setting": setting_label, "since": since, "until": until}
        ).fetchall()
    return [
        Fingerprint(
            aid,
            published,
            h or "",
            signature_from_bytes(sig) if sig is not None else None,
            root or "",
            similarity,
        )
        for aid, published, h, root, similarity, sig in rows
    ]
