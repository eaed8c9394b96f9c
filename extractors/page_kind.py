"""What kind of page a fetched page is: `page_kind` -> one of `PAGE_KINDS`.

- "article": a page with an article body (the only kind events are coded from);
- "paywall": a stub: the visible lead of a paywalled article (kept; the flag says it is truncated);
- "liveblog", "video", "index" (a section front, tag page or list of links to stories): pages
  whose short text is player, loading or headline furniture (not kept);
- "empty": nothing worth storing (a failed fetch, a page without text);
- "binary": not a text document at all (a PDF, an image, an archive ...: `extractors.sniff`),
  whatever its Content-Type said; nothing is parsed.
The rules read the page's own declarations (schema.org types, og:type, isAccessibleForFree), its
URL path, the shape of its text and whether the cleaning layer removed a "subscribe to continue
reading" notice. Lengths are in words as `extractors.scripts.word_units` counts them, so a
Chinese or Thai article is as long as an English one of the same content.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

import yaml
from lxml.etree import XPath, _Element

from extractors.clean import is_headline_like
from extractors.page_meta import PageMeta
from extractors.scripts import word_units

PAGE_KINDS = ("article", "paywall", "liveblog", "video", "index", "empty", "binary")
# Kinds whose text is kept: a paywall stub's visible text is the article's own lead (the flag tells
# it is truncated); an index, video, empty page or a live blog without a body of its own has only
# headlines, player and loading furniture.
KINDS_WITH_TEXT = frozenset({"article", "paywall"})
# Fewer words than this after cleaning and the page has no article body worth storing.
MIN_ARTICLE_WORDS = 15
# A page is flagged video / live blog / paywall / index only when its body stays under this.
SHORT_BODY_WORDS = 150
# An undeclared page whose text is mostly headline-like lines (at least this share, over at least
# this many lines) is a section front or tag page: a list of links to articles.
INDEX_HEADLINE_SHARE = 0.6
INDEX_MIN_LINES = 5
# ... or whose layout repeats this many story cards (<article> elements, or headings holding links).
INDEX_MIN_CARDS = 4

_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "blogposting",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "report",
        "socialmediaposting",
        "scholarlyarticle",
        "techarticle",
    }
)
_ARTICLE_ELEMENTS = XPath("count(//article)")
_LINKED_HEADINGS = XPath("count(//*[self::h2 or self::h3 or self::h4][.//a])")


@cache
def _path_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(live blog, video) URL path patterns from extractors/data/page_words.yaml."""
    raw = yaml.safe_load(resources.files("extractors").joinpath("data/page_words.yaml").read_text("utf-8"))
    live = "|".join(re.escape(s) for s in raw["live_path_segments"].split())
    video = "|".join(re.escape(s) for s in raw["video_path_segments"].split())
    return re.compile(rf"/({live})(/|-|$)", re.I), re.compile(rf"/({video})(/|$)", re.I)


def _headline_share(text: str) -> float:
    lines = [line for line in text.splitlines() if line.strip()]
    return (
        sum(is_headline_like(line) for line in lines) / len(lines) if len(lines) >= INDEX_MIN_LINES else 0.0
    )


def _story_cards(tree: _Element) -> int:
    return int(max(_ARTICLE_ELEMENTS(tree), _LINKED_HEADINGS(tree)))


def page_kind(meta: PageMeta, text: str, paywall_notice: bool, url: str, tree: _Element) -> str:
    """The kind of a parsed page (not "binary": that is decided before parsing), from its cleaned
    text, metadata, URL and tree."""
    words = word_units(text)
    path = urlsplit(url).path
    live_path, video_path = _path_patterns()
    if words >= SHORT_BODY_WORDS:
        return "article"
    if meta.free_access is False or paywall_notice:
        return "paywall"
    if "liveblogposting" in meta.schema_types or live_path.search(path):
        return "liveblog"
    if meta.og_type.startswith("video") or "videoobject" in meta.schema_types or video_path.search(path):
        return "video"
    declared_article = meta.og_type == "article" or bool(meta.schema_types & _ARTICLE_TYPES)
    if not declared_article and (
        path.strip("/") == ""
        or _headline_share(text) >= INDEX_HEADLINE_SHARE
        or _story_cards(tree) >= INDEX_MIN_CARDS
    ):
        return "index"
    if words < MIN_ARTICLE_WORDS:
        return "empty"
    return "article"
