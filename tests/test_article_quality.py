"""Quality floor on the hand-written fixture pages: extraction F1 of the whole pipeline, pinned.

The metric is the article-extraction benchmark's (4-gram shingles over \\w+ tokens, precision and
recall per page, averaged over pages). The shared benchmark pages are measured by
bench/bench_extraction.py, not here; these pages are our own, so a regression fails CI.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import trafilatura

from extractors.article import extract_article
from extractors.models import RawPage

PAGES = Path(__file__).parent / "fixtures" / "pages"
# Pinned: measured 1.000 when written. Lower it only with a reason in the commit message.
PIPELINE_F1_FLOOR = 0.99
_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def f1(pairs: list[tuple[str, str]]) -> float:
    tp = fp = fn = 0.0
    for gold, got in pairs:
        g, p = shingles(gold), shingles(got)
        hit = sum(min(c, p[k]) for k, c in g.items())
        total = sum(p.values()) + sum(g.values()) - hit
        if total:
            tp, fp, fn = (
                tp + hit / total,
                fp + (sum(p.values()) - hit) / total,
                fn + (sum(g.values()) - hit) / total,
            )
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return 2 * precision * recall / (precision + recall)


def article_fixtures() -> list[tuple[str, dict, bytes]]:
    out = []
    for html in sorted(PAGES.glob("*.html")):
        want = json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
        if want["page_kind"] in ("article", "paywall"):
            out.append((html.stem, want, html.read_bytes()))
    return out


def pipeline_text(want: dict, body: bytes) -> str:
    headers = {"content-type": want.get("content_type", "text/html")}
    return extract_article(RawPage(want["url"], want["url"], 200, body, headers)).text


def test_enough_fixture_pages_to_mean_something():
    fixtures = article_fixtures()
    assert len(fixtures) >= 8
    assert len({want.get("language") for _, want, _ in fixtures}) >= 5


def test_pipeline_f1_on_fixture_pages_stays_above_the_floor():
    pairs = [(want["body"], pipeline_text(want, body)) for _, want, body in article_fixtures()]
    assert f1(pairs) >= PIPELINE_F1_FLOOR


def test_cleaning_layer_beats_trafilatura_alone_on_fixture_pages():
    fixtures = article_fixtures()
    ours = f1([(want["body"], pipeline_text(want, body)) for _, want, body in fixtures])
    alone = f1(
        [(want["body"], trafilatura.extract(body, favor_precision=True) or "") for _, want, body in fixtures]
    )
    assert ours > alone
