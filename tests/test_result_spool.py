"""RESULTS_SPOOLED, COMPACT_EVIDENCE, FILLED_IN_SLICES (flows/result_spool.py, warehouse/load.py):
what the flow holds of a page until its load is smaller, and the rows stored are the same."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime

import duckdb
import numpy as np

from extractors.dedup import NEAR_DUP, minhash_signature
from extractors.models import Article, FeedEntry, RawPage
from extractors.process import ProcessedPage
from extractors.story_records import Spot, StoryEvidence
from flows.result_spool import ResultSpool, TextSource
from warehouse import load
from warehouse.load import RunBatch, load_run

WHEN = datetime(2025, 3, 4, 9, 0, tzinfo=UTC)
TEXT = (
    "Farmers marched through the centre of Tarnowo on Monday to protest against the new water levy, "
    "and the police closed two bridges for the afternoon while the council met their leaders."
)


def _result(url: str, text: str = TEXT, words: dict[str, float] | None = None) -> ProcessedPage:
    page = RawPage(url=url, final_url=url, status=200, content=b"", headers={}, fetched_at=WHEN)
    entry = FeedEntry(feed_url="http://feeds.example/a.xml", link=url, title="Farmers march", guid=url)
    article = Article(url=url, canonical_url=url, title="Farmers march", text=text, content_hash="h-" + url)
    evidence = StoryEvidence(
        article_id=url,
        country="poland",
        countries=frozenset({"poland"}),
        places=(Spot("Tarnowo", "Greater Poland", "Poland", 52.6, 17.1, 0.8),),
        years=frozenset({2025}),
        words=dict(words or {"farmer": 1.5, "levy": 2.0}),
    )
    return ProcessedPage(page, entry, article, evidence=evidence)


def _as_from_a_worker(items: list[ProcessedPage]) -> list[ProcessedPage]:
    return pickle.loads(pickle.dumps(items))


def test_held_result_has_no_text_and_the_spool_gives_it_back() -> None:
    spool = ResultSpool()
    [held] = spool.keep(_as_from_a_worker([_result("http://a.example/1")]))
    assert held.article is not None and held.article.text == ""
    assert spool.text(held) == TEXT
    full = spool.article(held)
    assert full is not None and full.text == TEXT and full.title == "Farmers march"
    assert np.array_equal(spool.signature(held), minhash_signature(TEXT, NEAR_DUP))
    spool.close()


def test_a_text_too_short_for_a_minhash_keeps_none() -> None:
    spool = ResultSpool()
    [held] = spool.keep([_result("http://a.example/2", text="Two words")])
    assert spool.signature(held) is None and spool.text(held) == "Two words"
    spool.close()


def test_plain_source_reads_the_result_itself() -> None:
    item = _result("http://a.example/3")
    source = TextSource()
    assert source.text(item) == TEXT and source.article(item) is item.article
    assert source.fill_rows({}) is None


def test_compact_evidence_is_equal_and_shares_equal_values() -> None:
    spool = ResultSpool()
    a, b = spool.keep(
        _as_from_a_worker([_result("http://a.example/4")])
        + _as_from_a_worker([_result("http://a.example/5")])
    )
    original = _result("http://a.example/4").evidence
    assert a.evidence == original and a.evidence.words == original.words
    assert a.evidence.countries is b.evidence.countries  # two pickled copies became one object
    assert a.evidence.places[0] is b.evidence.places[0]
    assert a.evidence.years is b.evidence.years
    assert next(iter(a.evidence.words)) is next(iter(b.evidence.words))
    spool.close()


def test_articles_filled_in_slices_store_the_same_rows(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(load, "FILL_SLICE", 2)
    con = duckdb.connect()
    con.execute("CREATE TABLE articles (article_id VARCHAR PRIMARY KEY, text VARCHAR)")
    spool = ResultSpool()
    held = spool.keep([_result(f"http://a.example/{i}", text=f"{TEXT} {i}") for i in range(5)])
    batch = RunBatch()
    batch.add("articles", [{"article_id": f"a{i}", "text": item.article.text} for i, item in enumerate(held)])
    batch.add("articles", [{"article_id": "a0", "text": "a later row of a key already taken"}])
    batch.fillers["articles"] = spool.fill_rows({f"a{i}": item.page.url for i, item in enumerate(held)})
    load_run(con, batch)
    rows = con.execute("SELECT article_id, text FROM articles ORDER BY article_id").fetchall()
    assert rows == [
        (f"a{i}", f"{TEXT} {i}") for i in range(5)
    ]  # the first row of a key kept, as in one insert
    spool.close()
