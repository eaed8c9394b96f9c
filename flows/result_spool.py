"""RESULTS_SPOOLED: what the flow process holds of a page between its extraction and the load.

A run's worker results come back a chunk at a time and wait in the flow process for the
assemble and the single load (`flows/stages.py`). Held as they came, a page cost ~16 KB of
Python objects (the article text ~3.8 KB, the story evidence ~9.7 KB, page, entry and mentions
~3 KB: bench/README.md, round 16), so the flow's memory grew with the run's size. As each chunk
arrives, `ResultSpool.keep` (after the raw pages' own spool, `flows.ingest.spool_raw_pages`):

- writes each article's text to the run's text spool (one unnamed temporary file, UTF-8, at an
  offset kept by page URL) and holds the article without it (`text=""`);
- computes the text's near-duplicate MinHash now (`dedup.minhash_signature`, NEAR_DUP: what
  `plan_dedup` would compute from the text after the fetch) and keeps its 512 bytes: the run's
  part of the dedup index, the one thing the dedup needs of the text;
- COMPACT_EVIDENCE (`ResultSpool.compact`): holds one object for equal values of the story
  evidence's fields (its frozensets, its places and their `Spot`s, its lead, its strings) and
  its content words interned: the same set of years, the same town, the same lemma in thousands
  of reports was a copy in each (9.7 -> 6.3 KB an evidence on the 1k site). Values, not
  identities, are what story linking reads, and none is changed: a frozenset is taken as it is
  (not rebuilt), so even its iteration order stays.

The assemble asks the spool for what the text gave (`TextSource`: the signature, and the text
itself only for the few undated reports a story re-dates, `flows.story_days`); the load reads the
texts back into the article rows a slice at a time (`RunBatch.fillers`, `warehouse.load`), so
neither the texts nor their Arrow copy are all in memory at once. The rows stored are the same.
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
from collections.abc import Callable, Sequence
from typing import IO, Any

import numpy as np

from extractors.dedup import NEAR_DUP, minhash_signature
from extractors.models import Article
from extractors.process import ProcessedPage
from extractors.story_evidence import StoryEvidence

__all__ = ["ResultSpool", "TextSource"]


class TextSource:
    """What the assemble reads of an article's text (spooled or not): by the result it came with."""

    def text(self, item: ProcessedPage) -> str:
        return item.article.text if item.article is not None else ""

    def signature(self, item: ProcessedPage) -> np.ndarray | None:
        """The text's near-duplicate MinHash (None: too short, as `minhash_signature` says)."""
        return minhash_signature(self.text(item), NEAR_DUP)

    def article(self, item: ProcessedPage) -> Article | None:
        """The article with its text (to code it again, `flows.story_days.recoded_from_story`)."""
        return item.article

    def fill_rows(
        self, url_of: dict[str, str]
    ) -> Callable[[list[dict[str, Any]]], list[dict[str, Any]]] | None:
        """A filler of article rows' texts at the load (`RunBatch.fillers`), or None: the rows hold them."""
        return None


class ResultSpool(TextSource):
    """One run's spooled texts (module docstring); `close` (or the process's end) removes the file."""

    def __init__(self, directory: str | None = None) -> None:
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="conflictwire-texts-", dir=directory)  # noqa: SIM115 - closed by close()
        self._end = 0
        self._where: dict[str, tuple[int, int]] = {}  # page URL -> (offset, bytes) of its text
        self._signatures: dict[str, bytes | None] = {}  # page URL -> MinHash bytes (None: too short)
        self._values: dict[Any, Any] = {}  # COMPACT_EVIDENCE: one object per value held

    def keep(self, done: list[ProcessedPage]) -> list[ProcessedPage]:
        """A chunk's results as the run holds them until its load (module docstring)."""
        out = []
        for item in done:
            article = item.article
            evidence = self.compact(item.evidence) if item.evidence is not None else None
            if (
                article is not None and article.text and article.content_hash
            ):  # the hash: `NewArticle.body_hash`
                url = item.page.url
                data = article.text.encode("utf-8")
                self._file.seek(self._end)
                self._file.write(data)
                self._where[url] = (self._end, len(data))
                self._end += len(data)
                signature = minhash_signature(article.text, NEAR_DUP)
                self._signatures[url] = None if signature is None else signature.tobytes()
                article = dataclasses.replace(article, text="")
            out.append(dataclasses.replace(item, article=article, evidence=evidence))
        return out

    def compact(self, evidence: StoryEvidence) -> StoryEvidence:
        """COMPACT_EVIDENCE (module docstring): an equal evidence whose values are shared."""
        shared: dict[str, Any] = {}
        for f in dataclasses.fields(evidence):
            value = getattr(evidence, f.name)
            if f.name == "words":
                shared[f.name] = {sys.intern(w): v for w, v in value.items()}
            elif f.name == "places":
                shared[f.name] = self._one(tuple(self._one(spot) for spot in value))
            elif isinstance(value, (frozenset, tuple, str)) or f.name == "lead":
                shared[f.name] = self._one(value)
        return dataclasses.replace(evidence, **shared)

    def _one(self, value: Any) -> Any:
        if value is None:
            return None
        try:
            return self._values.setdefault(value, value)
        except TypeError:  # not hashable: kept as it is
            return value

    def _read(self, url: str) -> str | None:
        where = self._where.get(url)
        if where is None:
            return None
        self._file.seek(where[0])
        return self._file.read(where[1]).decode("utf-8")

    def text(self, item: ProcessedPage) -> str:
        spooled = self._read(item.page.url)
        return spooled if spooled is not None else super().text(item)

    def signature(self, item: ProcessedPage) -> np.ndarray | None:
        url = item.page.url
        if url not in self._signatures:
            return super().signature(item)
        raw = self._signatures[url]
        return None if raw is None else np.frombuffer(raw, dtype=np.uint32).copy()

    def article(self, item: ProcessedPage) -> Article | None:
        spooled = self._read(item.page.url)
        if item.article is None or spooled is None:
            return item.article
        return dataclasses.replace(item.article, text=spooled)

    def fill_rows(self, url_of: dict[str, str]) -> Callable[[list[dict[str, Any]]], list[dict[str, Any]]]:
        """Article rows with their texts read back (`url_of`: article id -> its page's URL)."""

        def fill(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
            out = []
            for row in rows:
                url = url_of.get(row["article_id"])
                spooled = self._read(url) if url is not None else None
                out.append({**row, "text": spooled} if spooled is not None else row)
            return out

        return fill

    @property
    def texts(self) -> int:
        return len(self._where)

    @property
    def bytes(self) -> int:
        return self._end

    def close(self) -> None:
        self._file.close()
        self._values.clear()


def keep_both(
    first: Callable[[list[ProcessedPage]], list[ProcessedPage]] | None,
    then: Callable[[list[ProcessedPage]], list[ProcessedPage]],
) -> Callable[[list[ProcessedPage]], list[ProcessedPage]]:
    """`then` after `first` (the raw pages' spool, when the run keeps them)."""
    if first is None:
        return then
    return lambda done: then(first(done))


def signatures_of(source: TextSource, items: Sequence[ProcessedPage]) -> list[np.ndarray | None]:
    return [source.signature(item) for item in items]
