"""The page layouts of `bench/pipeline_corpus.py`: `render_page` wraps an article in the weight of a real
news page (inline CSS and scripts, JSON-LD, mega menus, most-read cards, comments, footers).
"""

from __future__ import annotations

import html
import json
import random
from datetime import datetime

from corpus_words import WORDS

# --------------------------------------------------------------------------- page layouts


def _css(rng: random.Random, size: int) -> str:
    rules, total = [], 0
    while total < size:
        name = f".c{rng.randrange(10**6):x}"
        rules.append(
            f"{name}{{margin:{rng.randrange(40)}px;padding:{rng.randrange(20)}px;color:#{rng.randrange(16**6):06x};"
            f"font-size:{rng.randrange(10, 30)}px;display:{rng.choice(['block', 'flex', 'grid', 'none'])}}}"
        )
        total += len(rules[-1])
    return "".join(rules)


def _script(rng: random.Random, size: int) -> str:
    parts, total = [], 0
    while total < size:
        parts.append(
            f"window.__c{rng.randrange(10**6)}=function(a,b){{var x={rng.randrange(10**9)};"
            f"if(a&&b){{return a[{rng.randrange(9)}]+b*x}}return '{rng.randrange(16**8):08x}'}};"
        )
        total += len(parts[-1])
    return "".join(parts)


_ICON = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M{a} {b}l{c} {d}h-{e}v{f}z"></path></svg>'


def _icon(rng: random.Random) -> str:
    return _ICON.format(a=rng.randrange(24), b=rng.randrange(24), c=rng.randrange(9), d=rng.randrange(9),
                        e=rng.randrange(9), f=rng.randrange(9))  # fmt: skip


def _mega_menu(rng: random.Random, labels: list[str], titles: list[str]) -> str:
    """A site's navigation as big sites ship it: columns of sections, each with a list of links."""
    columns = []
    for _ in range(rng.randrange(4, 13)):
        items = "".join(
            f'<li class="menu-item"><a href="/s/{rng.randrange(10**5)}" data-track="nav"><span>'
            f"{html.escape(rng.choice(labels))}</span></a></li>"
            for _ in range(rng.randrange(8, 30))
        )
        columns.append(
            f'<div class="menu-col"><h4>{html.escape(rng.choice(labels))}</h4><ul>{items}</ul></div>'
        )
    promo = "".join(
        f'<div class="promo"><a href="/n/{rng.randrange(10**6)}"><img src="/i/{rng.randrange(10**6)}.jpg" alt="">'
        f"<span>{html.escape(t)}</span></a></div>"
        for t in titles[:4]
    )
    return f'<div class="mega-menu" hidden>{"".join(columns)}<div class="menu-promos">{promo}</div></div>'


def _cards(rng: random.Random, titles: list[str], count: int) -> str:
    """Story cards with pictures, as in "more news" / "video" boxes."""
    return "".join(
        f'<div class="card"><a href="/n/{rng.randrange(10**6)}"><picture><source srcset="/i/{rng.randrange(10**6)}.webp" '
        f'type="image/webp"><img src="/i/{rng.randrange(10**6)}.jpg" alt="" loading="lazy"></picture></a>'
        f'<div class="card-body"><h5><a href="/n/{rng.randrange(10**6)}">{html.escape(rng.choice(titles))}</a></h5>'
        f'<span class="time">{rng.randrange(1, 59)} min</span>{_icon(rng)}</div></div>'
        for _ in range(count)
    )


def _marked_up(rng: random.Random, paragraph: str) -> str:
    """A paragraph with some words linked or emphasised, as editors mark them."""
    words = paragraph.split(" ")
    for _ in range(rng.randrange(0, 3)):
        if len(words) > 6:
            i = rng.randrange(len(words) - 2)
            tag = rng.choice(["a", "strong", "em"])
            attrs = f' href="/topic/{rng.randrange(10**4)}"' if tag == "a" else ""
            words[i] = f"<{tag}{attrs}>{words[i]}"
            words[i + 1] = f"{words[i + 1]}</{tag}>"
    return " ".join(words)


def _links(rng: random.Random, labels: list[str], count: int, prefix: str) -> str:
    return "".join(
        f'<li><a href="/{prefix}/{rng.randrange(10**5)}">{html.escape(rng.choice(labels))}</a></li>'
        for _ in range(count)
    )


def render_page(
    rng: random.Random,
    *,
    site: str,
    language: str,
    title: str,
    paragraphs: list[str],
    published: datetime,
    url: str,
    other_titles: list[str],
    kind: str,
) -> str:
    """An article page in one of six layouts, with realistic weight around the text."""
    words = WORDS[language]
    layout = rng.randrange(6)
    e = html.escape
    sections = words["sections"]
    furniture = words["furniture"]
    iso = published.strftime("%Y-%m-%dT%H:%M:%SZ")
    head = [
        f'<!DOCTYPE html><html lang="{language}"{" dir=rtl" if language == "ar" else ""}><head>'
        f'<meta charset="utf-8"><title>{e(title)} | {e(site)}</title>',
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<link rel="canonical" href="{e(url)}">',
    ]
    if layout != 3:  # most sites declare their metadata
        head.append(
            f'<meta property="og:type" content="{"video.other" if kind == "video" else "article"}">'
            f'<meta property="og:title" content="{e(title)}"><meta property="og:site_name" content="{e(site)}">'
            f'<meta property="article:published_time" content="{iso}">'
            f'<meta name="twitter:card" content="summary_large_image">'
        )
    if layout in (0, 2, 4):
        ld = {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting" if kind == "live" else "NewsArticle",
            "headline": title,
            "datePublished": iso,
            "publisher": {"@type": "Organization", "name": site},
            "author": [{"@type": "Person", "name": f"{rng.choice('ABCDEFGHKLMNRST')}. {site.split()[0]}"}],
        }
        head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    head.append(f"<style>{_css(rng, rng.choice([5000, 20000, 45000, 80000]))}</style>")
    head.append(f"<script>{_script(rng, rng.choice([4000, 20000, 60000, 120000]))}</script></head>")
    nav = (
        f'<header class="site-header"><div class="logo"><a href="/">{_icon(rng)}{e(site)}</a></div>'
        f'<nav class="main-nav"><ul>{_links(rng, sections, rng.randrange(20, 120), "section")}</ul>'
        f"{_mega_menu(rng, sections + furniture, other_titles or [title])}</nav>"
        f'<div class="ticker">{"".join(f"<span>{e(t)}</span>" for t in other_titles[:5])}</div></header>'
    )
    body_parts = []
    for i, paragraph in enumerate(paragraphs):
        body_parts.append(f"<p>{_marked_up(rng, e(paragraph))}</p>")
        if i == 2 and len(paragraphs) > 5:
            body_parts.append(
                f'<div class="ad-slot" id="ad-{rng.randrange(99)}"><span>{e(furniture[5 % len(furniture)])}</span>'
                f"<script>{_script(rng, 600)}</script></div>"
            )
        if i == 4 and other_titles:
            body_parts.append(
                f'<p class="inline-link"><a href="/news/{rng.randrange(10**6)}">'
                f"<strong>{e(furniture[6 % len(furniture)])}: {e(other_titles[-1])}</strong></a></p>"
            )
    body = "".join(body_parts)
    byline = f'<div class="byline">{e(site)} · <time datetime="{iso}">{published:%Y-%m-%d %H:%M}</time></div>'
    figure = (
        f'<figure><img src="/img/{rng.randrange(10**6)}.jpg" alt="{e(title)}"><figcaption>'
        f"{e(title)} ({e(site)})</figcaption></figure>"
    )
    most_read = (
        f'<aside class="most-read"><h3>{e(furniture[0])}</h3><ol>'
        + "".join(f'<li><a href="/news/{rng.randrange(10**6)}">{e(t)}</a></li>' for t in other_titles[:10])
        + "</ol></aside>"
    )
    related = (
        f'<section class="related"><h3>{e(furniture[1])}</h3>'
        + "".join(
            f'<article class="card"><h4><a href="/news/{rng.randrange(10**6)}">{e(t)}</a></h4></article>'
            for t in other_titles[10:16]
        )
        + "</section>"
    )
    newsletter = f'<div class="newsletter"><p>{e(furniture[2])}</p><form><input type="email"></form></div>'
    share = (
        '<div class="share">'
        + "".join(f'<a href="#s{k}" aria-label="{e(furniture[3])}">{_icon(rng)}</a>' for k in range(6))
        + "</div>"
    )
    more = (
        f'<section class="more-news">{_cards(rng, other_titles or [title], rng.randrange(6, 30))}</section>'
    )
    comments = ""
    if layout in (1, 5):
        comments = (
            f'<section id="comments"><h3>{e(furniture[4])}</h3>'
            + "".join(
                f'<div class="comment"><b>user{rng.randrange(10**4)}</b><p>{e(rng.choice(other_titles or [title]))}</p></div>'
                for _ in range(rng.randrange(0, 12))
            )
            + "</section>"
        )
    columns = "".join(
        f'<div class="footer-col"><ul>{_links(rng, sections + furniture, rng.randrange(10, 25), "page")}</ul></div>'
        for _ in range(rng.randrange(2, 6))
    )
    footer = (
        f"<footer>{columns}<ul>{_links(rng, sections + furniture, rng.randrange(20, 60), 'page')}</ul>"
        f"<p>© {published.year} {e(site)}</p></footer>"
        '<div class="cookie-banner"><p>Cookies</p><button>OK</button></div>'
    )
    if layout in (0, 4):
        main = (
            f"<main><article><h1>{e(title)}</h1>{byline}{figure}<div class='article-body'>{body}</div>{share}"
            f"</article>{related}{most_read}</main>"
        )
    elif layout == 1:
        main = (
            f"<div id='content'><div class='col-main'><h1 class='headline'>{e(title)}</h1>{byline}"
            f"<div class='story-text'>{body}</div>{share}{comments}</div><div class='col-side'>{most_read}"
            f"{newsletter}</div></div>"
        )
    elif layout == 2:
        half = max(1, len(body_parts) // 2)
        main = (
            f"<main><article class='post'><h1>{e(title)}</h1>{byline}<div class='post-content'>"
            f"{''.join(body_parts[:half])}</div><div class='ad-container'></div><div class='post-content'>"
            f"{''.join(body_parts[half:])}</div></article>{newsletter}{related}</main>"
        )
    elif layout == 3:
        main = (
            f"<div class='wrap'><div class='entry'><h2 class='entry-title'>{e(title)}</h2>{byline}"
            f"<div class='entry-content'>{body}</div></div>{most_read}</div>"
        )
    else:
        main = (
            f"<div class='page'><section class='main-column'><header><h1>{e(title)}</h1>{byline}</header>"
            f"{figure}<div class='text'>{body}</div>{comments}</section><section class='sidebar'>{most_read}"
            f"{related}{newsletter}</section></div>"
        )
    return "".join(head) + f"<body>{nav}{main}{more}{footer}</body></html>"
