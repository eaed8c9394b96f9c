"""Build a measuring set of article pages from real article texts: each text wrapped in one of five
common news-page layouts, with the clutter real sites put around and inside an article.

    .venv/bin/python bench/wrap_pages.py OUT_DIR [--texts FILE.txt ...] [--jsonl FILE.jsonl ...]

Inputs: report texts in the shared replay format (`shared/eval/events/texts/*/*.txt`: header lines,
a blank line, paragraphs) and/or JSON lines {"language", "url", "title", "paragraphs": [...]} (texts
gathered for measuring only: never committed). Output, in the layout of the shared benchmark (read
by `bench/bench_extraction.py --set NAME=OUT_DIR`): `html/NAME.html.gz` and `ground-truth.json`
({"url", "articleBody"} per page); the gold body is the text's paragraphs.

The clutter is built from the OTHER texts of the same language (their titles as related and
most-read headlines, menu items, an in-body link to another story, story cards), never from the
cleaning layer's phrase lists, so the set measures the layer rather than echoing it. Each text
gets one layout and one site (chosen by a hash of its URL), so the bench's held-out split by site
applies.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import pathlib
import random
import sys
from dataclasses import dataclass

HEADER_KEYS = ("outlet", "date", "language", "title", "source")


@dataclass(frozen=True)
class Text:
    language: str
    url: str
    title: str
    paragraphs: tuple[str, ...]


def read_replay_text(path: pathlib.Path) -> Text | None:
    lines = path.read_text(encoding="utf-8").splitlines()
    url = lines[0].strip() if lines else ""
    meta: dict[str, str] = {}
    i = 1
    while i < len(lines) and ":" in lines[i] and lines[i].split(":", 1)[0] in HEADER_KEYS:
        key, value = lines[i].split(":", 1)
        meta[key] = value.strip()
        i += 1
    paragraphs = tuple(p.strip() for p in lines[i:] if p.strip() and "<" not in p)
    if not url or not paragraphs:
        return None
    language = (meta.get("language") or "en").split()[0][:3]
    return Text(language, url, meta.get("title") or paragraphs[0][:60], paragraphs)


def read_jsonl(path: pathlib.Path) -> list[Text]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out.append(Text(r["language"], r["url"], r["title"], tuple(r["paragraphs"])))
    return out


def _e(s: str) -> str:
    return html.escape(s, quote=True)


def _links(titles: list[str], rng: random.Random) -> str:
    return "".join(f'<li><a href="/n/{rng.randint(100, 99999)}">{_e(t)}</a></li>' for t in titles)


def _nav(others: list[str]) -> str:
    items = [" ".join(t.split()[:2])[:14] for t in others[:6]] or ["Home"]
    return " ".join(f'<a href="/s/{k}">{_e(item)}</a>' for k, item in enumerate(items))


def render(text: Text, layout: int, site: str, others: list[str], rng: random.Random) -> str:
    p = [_e(x) for x in text.paragraphs]
    title, lang = _e(text.title), text.language
    related, most_read = others[:3], others[3:7] or others[:3]
    inline = others[-1] if others else ""
    head = f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {site}</title>'
    if layout in (0, 2, 4):
        head += f'<meta property="og:type" content="article"><meta property="og:site_name" content="{site}">'
    head += "</head><body>"
    footer = f'<footer><a href="/about">{site}</a> · <a href="/contact">@</a><p>© 2024 {site}</p></footer>'
    inline_link = (
        f'<p><a href="/n/{rng.randint(100, 9999)}"><strong>» {_e(inline)}</strong></a></p>' if inline else ""
    )
    if layout == 0:  # semantic article, in-body link to another story, related list, aside
        body = "".join(f"<p>{x}</p>" + (inline_link if k == 1 else "") for k, x in enumerate(p))
        return (
            f"{head}<header><nav>{_nav(others)}</nav></header><main><article><h1>{title}</h1>"
            f'<time datetime="2024-05-01T10:00:00Z">2024-05-01</time><div class="article-body">{body}</div>'
            f'<section class="related"><h3>{_e(related[0]) if related else ""}</h3><ul>{_links(related, rng)}</ul></section>'
            f'</article><aside class="most-read"><ul>{_links(most_read, rng)}</ul></aside></main>{footer}</body></html>'
        )
    if layout == 1:  # div soup, no declarations, sidebar of links
        body = "".join(f"<p>{x}</p>" for x in p)
        return (
            f'{head}<div id="header"><div class="menu">{" | ".join(_nav(others).split(" <a"))}</div></div>'
            f'<div id="content"><div id="main"><h2 class="title">{title}</h2><div class="date">2024-05-01</div>'
            f'<div class="text">{body}</div></div><div id="side"><ul>{_links(most_read + related, rng)}</ul></div>'
            f'</div><div id="footer">© {site}</div></body></html>'
        )
    if layout == 2:  # body split around an ad, related box inside the article
        half = max(1, len(p) // 2)
        first = "".join(f"<p>{x}</p>" for x in p[:half])
        second = "".join(f"<p>{x}</p>" for x in p[half:])
        return (
            f'{head}<nav>{_nav(others)}</nav><article><h1>{title}</h1><div class="story-body">{first}</div>'
            f'<div class="ad-container"><div id="ad-slot-2"></div></div><div class="story-body">{second}</div>'
            f'<div class="share"><a href="#">f</a> <a href="#">x</a> <a href="#">in</a></div>'
            f'<div class="related"><ul>{_links(related, rng)}</ul></div></article>{footer}</body></html>'
        )
    if layout == 3:  # <br>-separated text in one block, tag links, comments below
        body = "<br><br>".join(p)
        comments = "".join(
            f'<div class="comment"><b>user{k}</b><p>{_e(t[:40])}</p></div>' for k, t in enumerate(others[:2])
        )
        return (
            f'{head}<div class="wrap"><div class="menu">{_nav(others)}</div><div class="entry">'
            f'<h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            f'<div class="tags"><a href="/t/1">#{_e(" ".join(text.title.split()[:1]))}</a></div></div>'
            f'<div id="comments">{comments}<form><textarea></textarea></form></div></div>{footer}</body></html>'
        )
    # layout 4: article followed by story cards with summaries
    body = "".join(f"<p>{x}</p>" for x in p)
    cards = "".join(
        f'<article class="card"><h3><a href="/n/{rng.randint(100, 9999)}">{_e(t)}</a></h3><p>{_e(t)}</p></article>'
        for t in (related + most_read)[:4]
    )
    return (
        f'{head}<header><nav>{_nav(others)}</nav></header><main><article class="post"><h1>{title}</h1>'
        f'<div class="post-content">{body}</div></article><section class="more">{cards}</section></main>'
        f"{footer}</body></html>"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--texts", type=pathlib.Path, nargs="*", default=[])
    parser.add_argument("--jsonl", type=pathlib.Path, nargs="*", default=[])
    args = parser.parse_args()
    texts = [t for t in (read_replay_text(p) for p in args.texts) if t]
    for path in args.jsonl:
        texts += read_jsonl(path)
    (args.out / "html").mkdir(parents=True, exist_ok=True)
    truth = {}
    for text in texts:
        digest = hashlib.sha1(text.url.encode()).hexdigest()
        rng = random.Random(digest)
        layout = int(digest[:4], 16) % 5
        site = f"{text.language}-site{int(digest[4:6], 16) % 4}-l{layout}"
        others = [t.title for t in texts if t.language == text.language and t.url != text.url]
        rng.shuffle(others)
        name = digest[:16]
        page = render(text, layout, site, others, rng)
        (args.out / "html" / f"{name}.html.gz").write_bytes(gzip.compress(page.encode("utf-8")))
        url = f"https://{site}.example/news/{name}"
        truth[name] = {"url": url, "articleBody": "\n".join(text.paragraphs), "language": text.language}
    (args.out / "ground-truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), "utf-8")
    print(f"{len(truth)} pages in {args.out}")


if __name__ == "__main__":
    sys.exit(main())
