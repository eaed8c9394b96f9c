"""Exact and near-duplicate detection: pure keys, and the persistent index across runs."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import numpy as np
import pytest
from datasketch import MinHash

from extractors.dedup import (
    NEAR_DUP,
    Fingerprint,
    NewArticle,
    band_keys,
    content_hash,
    estimated_jaccard,
    exact_jaccard,
    find_duplicates,
    minhash_signature,
    shingle_hashes,
)
from warehouse.connection import connect
from warehouse.dedup_store import plan_dedup, write_dedup

REPORTS = json.loads((Path(__file__).parent / "fixtures" / "dedup" / "reports.json").read_text())
T0 = datetime(2026, 3, 3, 9, 0)


def test_content_hash_ignores_case_whitespace_and_punctuation() -> None:
    assert content_hash("Nine killed.  In  the MARKET!") == content_hash("nine killed in the market")
    assert content_hash("nine killed in the market") != content_hash("ten killed in the market")


def test_shingle_hashes_are_stable_across_calls_and_order_sensitive() -> None:
    a = shingle_hashes("shells hit the market", 2)
    assert np.array_equal(a, shingle_hashes("Shells hit the market.", 2))
    assert len(a) == 3
    assert not np.array_equal(a, shingle_hashes("market the hit shells", 2))


def test_vectorised_minhash_equals_datasketch_update_batch() -> None:
    from extractors.dedup import _template

    text = REPORTS["wire"]
    reference = MinHash(
        num_perm=NEAR_DUP.num_perm,
        hashfunc=lambda v: v,
        permutations=_template(NEAR_DUP.num_perm, NEAR_DUP.seed).permutations,
        scheme="affine32",
    )
    reference.update_batch(shingle_hashes(text, NEAR_DUP.shingle_size).tolist())
    assert np.array_equal(reference.hashvalues, minhash_signature(text))


def test_short_text_gets_no_signature() -> None:
    assert minhash_signature("Shelling reported near the border.") is None


@pytest.mark.parametrize("variant", ["reprint", "update"])
def test_reprints_and_updates_are_near_duplicates(variant: str) -> None:
    a, b = minhash_signature(REPORTS["wire"]), minhash_signature(REPORTS[variant])
    assert estimated_jaccard(a, b) >= NEAR_DUP.threshold
    assert (
        abs(estimated_jaccard(a, b) - exact_jaccard(REPORTS["wire"], REPORTS[variant], NEAR_DUP.shingle_size))
        < 0.15
    )


@pytest.mark.parametrize("other", ["rewrite", "other_day", "other_town", "unrelated"])
def test_other_reports_are_not_near_duplicates(other: str) -> None:
    a, b = minhash_signature(REPORTS["wire"]), minhash_signature(REPORTS[other])
    assert estimated_jaccard(a, b) < NEAR_DUP.threshold


def test_near_duplicates_share_a_band_and_unrelated_do_not() -> None:
    keys = band_keys(np.vstack([minhash_signature(REPORTS[n]) for n in ("wire", "update", "unrelated")]))
    assert set(keys[0]) & set(keys[1])
    assert not set(keys[0]) & set(keys[2])


def _fp(article_id: str, name: str, hours: int, text: str | None = None) -> Fingerprint:
    body = text if text is not None else REPORTS[name]
    return Fingerprint(article_id, T0 + timedelta(hours=hours), content_hash(body), minhash_signature(body))


def test_find_duplicates_points_every_copy_at_the_earliest_root() -> None:
    wire, reprint, update, other = (
        _fp("w", "wire", 0),
        _fp("r", "reprint", 1),
        _fp("u", "update", 5),
        _fp("o", "other_town", 2),
    )
    same = _fp("s", "wire", 3)  # identical body under another URL
    matches = find_duplicates([update, reprint, wire, other, same], [], [])
    assert set(matches) == {"r", "u", "s"}
    assert {m.duplicate_of for m in matches.values()} == {"w"}
    assert matches["s"].kind == "exact" and matches["s"].similarity == 1.0
    assert matches["r"].kind == "near"


def test_find_duplicates_uses_known_fingerprints_and_their_roots() -> None:
    known = Fingerprint(
        "k2", T0, content_hash(REPORTS["reprint"]), minhash_signature(REPORTS["reprint"]), "k1"
    )
    matches = find_duplicates([_fp("n", "update", 10)], [], [known])
    assert matches["n"].duplicate_of == "k1" and matches["n"].matched == "k2"


# ----------------------------------------------------------------------------- warehouse


def _insert_articles(con: duckdb.DuckDBPyConnection, articles: list[NewArticle]) -> None:
    for a in articles:
        con.execute(
            "INSERT INTO articles (article_id, url, canonical_url, outlet, title, published_at, text, content_hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                a.article_id,
                f"https://{a.outlet}/{a.article_id}",
                f"https://{a.outlet}/{a.article_id}",
                a.outlet,
                a.title,
                a.published_at,
                a.text,
                a.body_hash,
            ],
        )


def _run(db: Path, articles: list[NewArticle]):
    con = connect(db)
    try:
        plan = plan_dedup(con, articles)
        con.execute("BEGIN TRANSACTION")
        _insert_articles(con, [a for a in articles if a.article_id not in plan.skipped])
        write_dedup(con, plan)
        con.execute("COMMIT")
        return plan
    finally:
        con.close()


def _article(article_id: str, name: str, hours: int, outlet: str = "wire.example") -> NewArticle:
    return NewArticle(article_id, outlet, T0 + timedelta(hours=hours), f"Report {article_id}", REPORTS[name])


def test_index_persists_and_next_run_finds_copies_of_earlier_runs(db_path: Path) -> None:
    _run(db_path, [_article("a-wire", "wire", 0), _article("a-unrelated", "unrelated", 0)])
    plan = _run(
        db_path,
        [
            _article("b-reprint", "reprint", 2, "daily.example"),
            _article("b-update", "update", 20, "post.example"),
            _article("b-town", "other_town", 1, "post.example"),
        ],
    )
    assert plan.duplicate_of("b-reprint") == "a-wire"
    assert plan.duplicate_of("b-update") == "a-wire"
    assert plan.duplicate_of("b-town") is None
    con = duckdb.connect(str(db_path), read_only=True)
    rows = dict(con.execute("SELECT article_id, duplicate_of FROM articles").fetchall())
    assert rows == {
        "a-wire": None,
        "a-unrelated": None,
        "b-reprint": "a-wire",
        "b-update": "a-wire",
        "b-town": None,
    }
    assert con.execute("SELECT count(DISTINCT article_id) FROM article_fingerprints").fetchone()[0] == 5


def test_reprocessing_the_same_articles_changes_nothing(db_path: Path) -> None:
    batch = [_article("a-wire", "wire", 0), _article("a-reprint", "reprint", 1)]
    _run(db_path, batch)
    con = duckdb.connect(str(db_path), read_only=True)
    before = con.execute("SELECT count(*) FROM lsh_bands").fetchone()[0]
    con.close()
    plan = _run(db_path, batch)
    assert set(plan.skipped) == {"a-wire", "a-reprint"}
    con = duckdb.connect(str(db_path), read_only=True)
    assert con.execute("SELECT count(*) FROM lsh_bands").fetchone()[0] == before
    assert con.execute("SELECT count(*) FROM article_fingerprints").fetchone()[0] == 2


def test_identical_copy_adds_no_band_rows(db_path: Path) -> None:
    _run(db_path, [_article("a-wire", "wire", 0)])
    plan = _run(db_path, [_article("b-same", "wire", 3, "mirror.example")])
    assert plan.duplicates["b-same"].kind == "exact"
    assert not (plan.bands.column("kind").to_pylist().count("body"))
