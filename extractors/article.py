"""Page -> Article: decoding, trafilatura, metadata, the cleaning layer, language, page kind.

Pure: bytes in, a frozen `Article` out; never raises on junk input (page_kind "empty").

Pipeline, one parse per page:
1. decode the body: charset from the HTTP header, else the page's <meta charset>, else UTF-8 if
   it is valid, else detection (`_decode_html`);
2. parse once with lxml; metadata from that tree (`_page_metadata`): OpenGraph / meta tags and
   JSON-LD through trafilatura's own readers, htmldate only when the page declares no date, the
   feed entry as the fallback for title, date, site name and language;
3. join an article body the page split into sibling containers (`_join_split_body`);
4. trafilatura 2.3 in precision mode without comments, as a cascade (`_extract_body`): its fast
   mode, its full mode (readability / jusText compared) only when the fast result looks short, its
   default balanced mode when even that gives almost nothing;
5. `extractors.clean.clean_text`, the language (`extractors.language`), the page kind.
Measured on the shared benchmark by `bench/bench_extraction.py`.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from charset_normalizer import from_bytes
from htmldate import find_date
from lxml.etree import XPath, _Element
from trafilatura.metadata import examine_meta, extract_meta_json, extract_title
from trafilatura.utils import load_html

from extractors.charsets import codec_for_label, http_charset
from extractors.clean import clean_text, is_headline_like
from extractors.dedup import content_hash
from extractors.language import detect_language
from extractors.models import Article, FeedEntry, RawPage
from extractors.urls import canonical_url, page_canonical_url

LOG = logging.getLogger(__name__)

# trafilatura's full mode (fallback extractors compared) runs only when its fast mode gives fewer
# characters than this, or less than this share of all <p> text on the page. Measured on the
# benchmark pages: same output as always running the full mode, in about two thirds of the time.
FULL_CASCADE_BELOW_CHARS = 1000
FULL_CASCADE_SHARE = 0.5
# Below this many characters a precision-mode extraction is retried in trafilatura's default mode:
# precision mode sometimes keeps only a standfirst or a notice of an otherwise complete page.
RETRY_BELOW_CHARS = 500
# Dates before this year in a page's metadata are placeholders, not publication dates.
EARLIEST_YEAR = 1990
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

# media types that are never an article page, whatever their bytes look like
_NOT_HTML_TYPES = (
    "image/",
    "video/",
    "audio/",
    "font/",
    "application/pdf",
    "application/zip",
    "application/octet-stream",
)
_CHARSET_IN_META = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
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
# containers trafilatura would take as the article body (its BODY_XPATH class tokens), found
# with a cheap XPath and refined with a regex in Python
_BODY_CANDIDATES = XPath(
    './/*[self::div or self::section or self::article][contains(@class, "ody") or contains(@class, "ontent")'
    ' or contains(@class, "ext")]'
)
_BODY_CLASS = re.compile(
    r"(entry|article|art|post|page|text|story)[-_]?(content|body|text)|article__(content|body)|articleBody"
    r"|body-text|post[-_]?entry|story-?body",
    re.I,
)
# Kinds whose text is kept: a paywall stub's visible text is the article's own lead (the flag tells
# it is truncated); an index, video, empty page or a live blog without a body of its own has only
# headlines, player and loading furniture.
_KINDS_WITH_TEXT = frozenset({"article", "paywall"})
_TITLE_SEPARATOR = re.compile(r"\s+[|–—·:-]\s+|\s+::\s+")
# academic / professional suffixes that author fields split off as if they were names
_CREDENTIALS = frozenset(
    {
        "ms",
        "ma",
        "md",
        "phd",
        "rd",
        "rdn",
        "rn",
        "ba",
        "bsc",
        "msc",
        "mph",
        "mba",
        "cpa",
        "jd",
        "lpc",
        "cns",
        "dr",
    }
)
_PARAGRAPH_TEXT = XPath(".//p//text()")
_ARTICLE_ELEMENTS = XPath("count(//article)")
_LINKED_HEADINGS = XPath("count(//*[self::h2 or self::h3 or self::h4][.//a])")
_LIVE_PATH = re.compile(r"/(live|live-news|live-updates|liveblog|live-blog)(/|-|$)", re.I)
_VIDEO_PATH = re.compile(r"/(videos?|watch|tv)(/|$)", re.I)


@dataclass(frozen=True)
class _PageMeta:
    title: str = ""
    authors: tuple[str, ...] = ()
    site_name: str = ""
    published_at: datetime | None = None
    updated_at: datetime | None = None
    html_language: str | None = None
    canonical_href: str | None = None
    og_type: str = ""
    schema_types: frozenset[str] = frozenset()
    free_access: bool | None = None  # schema.org isAccessibleForFree, when declared


# ---------------------------------------------------------------------------------------------
# decoding


def _decode_html(content: bytes, content_type: str = "") -> str:
    """Bytes -> text: BOM, HTTP charset, <meta charset>, valid UTF-8, then detection.

    A page labelled Latin-1 (or not labelled) whose bytes are valid UTF-8 with non-ASCII characters
    is read as UTF-8: that mislabelling is common, and such bytes are practically never Latin-1 text.
    """
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if content.startswith(bom):
            return content.decode(name, errors="replace")
    meta = _CHARSET_IN_META.search(content[:8192])
    declared = codec_for_label(http_charset(content_type)) or codec_for_label(
        meta.group(1).decode("ascii", "ignore") if meta else None
    )
    if declared in (None, "cp1252") and not content.isascii():
        try:
            return content.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if declared:
        try:
            return content.decode(declared)
        except (UnicodeDecodeError, LookupError):
            if declared == "utf-8":  # a UTF-8 page with a few broken bytes: keep the rest right
                return content.decode("utf-8", errors="replace")
    best = from_bytes(content[:200_000]).best()
    if best is not None and best.encoding:
        return content.decode(best.encoding, errors="replace")
    return content.decode("cp1252", errors="replace")


# ---------------------------------------------------------------------------------------------
# metadata


def _parse_datetime(value: str | None) -> datetime | None:
    """ISO 8601 (with "Z", "+0000", a space or only a date) or RFC 2822; naive values taken as UTC."""
    value = (value or "").strip()
    if not value:
        return None
    iso = value.replace("Z", "+00:00").replace(" ", "T", 1) if len(value) >= 10 else value
    iso = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", iso)
    parsed = None
    try:
        parsed = datetime.fromisoformat(iso)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    parsed = parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    return parsed if parsed.year >= EARLIEST_YEAR else None  # "0001-01-01" placeholders


_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "date",
    "citation_publication_date",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
)


def _meta_values(tree: _Element) -> dict[str, str]:
    values: dict[str, str] = {}
    for elem in tree.iterfind(".//meta[@content]"):
        key = (elem.get("property") or elem.get("name") or elem.get("itemprop") or "").strip().lower()
        if key and key not in values:
            values[key] = elem.get("content", "").strip()
    return values


def _walk_json_ld(node, found: dict) -> None:
    if isinstance(node, list):
        for item in node:
            _walk_json_ld(item, found)
        return
    if not isinstance(node, dict):
        return
    types = node.get("@type")
    for t in types if isinstance(types, list) else [types]:
        if isinstance(t, str):
            found.setdefault("types", set()).add(t.lower())
    for key in ("datePublished", "dateModified", "isAccessibleForFree"):
        if key in node and key not in found:
            found[key] = node[key]
    for key in ("@graph", "mainEntity", "mainEntityOfPage", "hasPart"):
        if isinstance(node.get(key), (list, dict)):
            _walk_json_ld(node[key], found)


def _json_ld(tree: _Element) -> dict:
    found: dict = {}
    for script in tree.iterfind('.//script[@type="application/ld+json"]'):
        try:
            _walk_json_ld(json.loads(script.text or "", strict=False), found)
        except (ValueError, RecursionError):
            continue
    return found


def _without_site_name(title: str, site_name: str) -> str:
    """ "Aid convoy reaches town | The Meridian Post" -> "Aid convoy reaches town" when the cut part
    is the site's name (page titles often carry it; the headline does not)."""
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not site_name or not separators:
        return title
    site = site_name.casefold()
    first, last = separators[0], separators[-1]
    if title[last.end() :].strip().casefold() == site:
        return title[: last.start()].strip()
    if title[: first.start()].strip().casefold() == site:
        return title[first.end() :].strip()
    return title


def _authors(raw: str) -> tuple[str, ...]:
    """trafilatura's "A; B" author string as names: credentials ("MS", "PhD") and repeats dropped."""
    names: list[str] = []
    for name in (n.strip() for n in raw.split(";")):
        if len(name) < 2 or name.replace(".", "").casefold() in _CREDENTIALS or name in names:
            continue
        names.append(name)
    return tuple(names)


def _page_metadata(tree: _Element, url: str) -> _PageMeta:
    doc = examine_meta(tree)
    try:
        doc = extract_meta_json(tree, doc)
    except Exception:  # trafilatura's JSON-LD reader trips on some malformed blocks
        LOG.debug("JSON-LD metadata unreadable: %s", url)
    title = (doc.title or extract_title(tree) or "").strip()
    site_name = (doc.sitename or "").strip()
    if site_name and title.casefold() == site_name.casefold():  # trafilatura kept the wrong half
        title = " ".join((tree.findtext(".//title") or title).split())
    metas = _meta_values(tree)
    ld = _json_ld(tree)
    published = _parse_datetime(str(ld.get("datePublished") or "")) or next(
        (d for d in (_parse_datetime(metas.get(k)) for k in _PUBLISHED_META) if d), None
    )
    if published is None:
        found = find_date(tree, url=url or None, extensive_search=False, original_date=True)
        published = _parse_datetime(found)
    updated = _parse_datetime(str(ld.get("dateModified") or "")) or next(
        (d for d in (_parse_datetime(metas.get(k)) for k in _MODIFIED_META) if d), None
    )
    canonical = next(
        (
            link
            for link in tree.iterfind(".//link[@href]")
            if "canonical" in (link.get("rel") or "").lower().split()
        ),
        None,
    )
    free = ld.get("isAccessibleForFree")
    html_lang = (tree.get("lang") or metas.get("og:locale") or metas.get("content-language") or "").strip()
    html_language = re.split(r"[-_]", html_lang)[0].lower() if html_lang else ""
    return _PageMeta(
        title=_without_site_name(title, site_name),
        authors=_authors(doc.author or ""),
        site_name=site_name,
        published_at=published,
        updated_at=updated,
        html_language=html_language if len(html_language) == 2 else None,
        canonical_href=lxml.html.tostring(canonical, encoding="unicode") if canonical is not None else None,
        og_type=(metas.get("og:type") or "").lower(),
        schema_types=frozenset(ld.get("types", ())),
        free_access=None if free is None else str(free).strip().lower() not in ("false", "0", "no"),
    )


# ---------------------------------------------------------------------------------------------
# body


def _join_split_body(tree: _Element) -> None:
    """Move the parts of an article body split into sibling containers into the first one.

    Some sites close the body container around a mid-article ad and open an identical one after
    it (same tag, same class). trafilatura takes the first container only, losing the rest. Only
    containers next to each other (siblings, or children of sibling wrappers), in the same
    <article> element and with no <h1> in or between them are joined, so a second story further
    down the page (infinite scroll) is not.
    """

    def h1_between(first: _Element, other: _Element) -> bool:
        before_other = len(other.xpath("preceding::h1"))
        return before_other > len(first.xpath("preceding::h1")) + len(first.xpath(".//h1"))

    def article_of(elem: _Element) -> _Element | None:
        return next(elem.iterancestors("article"), None)

    by_class: dict[tuple[str, str], list[_Element]] = {}
    for elem in _BODY_CANDIDATES(tree):
        by_class.setdefault((elem.tag, elem.get("class", "")), []).append(elem)
    for (_tag, klass), elems in by_class.items():
        if len(elems) < 2 or not _BODY_CLASS.search(klass):
            continue
        first, parent = elems[0], elems[0].getparent()
        for other in elems[1:]:
            other_parent = other.getparent()
            if other_parent is None or parent is None or other.find(".//h1") is not None:
                continue
            if first in other.iterancestors() or other in first.iterancestors():
                continue
            if other_parent is not parent and other_parent.getparent() is not parent.getparent():
                continue
            if article_of(other) is not article_of(first) or h1_between(first, other):
                continue  # another story's headline or <article> lies between: not one body
            for child in list(other):
                first.append(child)
        return  # the first body-like class repeated on the page is the article's


def _paragraph_chars(tree: _Element) -> int:
    return sum(len(t.strip()) for t in _PARAGRAPH_TEXT(tree))


def _extract_body(tree: _Element, url: str) -> str:
    """trafilatura as a cascade: fast precision mode first; its full mode (which also runs
    readability and jusText and keeps the better result) only when the fast result is short or
    covers less than half of the page's paragraph text, the cases where that comparison changes
    the outcome; its default balanced mode when even that leaves almost nothing."""
    common = {"url": url or None, "include_comments": False}
    text = trafilatura.extract(tree, fast=True, favor_precision=True, **common) or ""
    if len(text) < FULL_CASCADE_BELOW_CHARS or len(text) < FULL_CASCADE_SHARE * _paragraph_chars(tree):
        text = trafilatura.extract(tree, favor_precision=True, **common) or text
    if len(text) < RETRY_BELOW_CHARS:
        balanced = trafilatura.extract(tree, **common) or ""
        if len(balanced) > len(text):
            text = balanced
    return text


# ---------------------------------------------------------------------------------------------
# page kind


def _headline_share(text: str) -> float:
    lines = [line for line in text.splitlines() if line.strip()]
    return (
        sum(is_headline_like(line) for line in lines) / len(lines) if len(lines) >= INDEX_MIN_LINES else 0.0
    )


def _story_cards(tree: _Element) -> int:
    return int(max(_ARTICLE_ELEMENTS(tree), _LINKED_HEADINGS(tree)))


def _page_kind(meta: _PageMeta, text: str, paywall_notice: bool, url: str, tree: _Element) -> str:
    """article | index | liveblog | video | paywall | empty, from the page's own declarations
    (schema.org types, og:type, isAccessibleForFree), its URL path, the shape of its text and
    whether the cleaning layer removed a "subscribe to continue reading" notice."""
    words = len(text.split())
    path = urlsplit(url).path
    if words >= SHORT_BODY_WORDS:
        return "article"
    if meta.free_access is False or paywall_notice:
        return "paywall"
    if "liveblogposting" in meta.schema_types or _LIVE_PATH.search(path):
        return "liveblog"
    if meta.og_type.startswith("video") or "videoobject" in meta.schema_types or _VIDEO_PATH.search(path):
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


# ---------------------------------------------------------------------------------------------
# public API


def _fallback_article(page: RawPage, entry: FeedEntry | None) -> Article:
    """What is known without a usable page: its URL and the feed entry's fields; page_kind "empty"."""
    url = page.url or (entry.link if entry else "")
    return Article(
        url=url,
        canonical_url=canonical_url(page.final_url or url),
        title=(entry.title if entry else "") or "",
        text="",
        published_at=entry.published_at if entry else None,
        language=entry.language if entry else None,
        site_name=(entry.outlet if entry else "") or "",
        page_kind="empty",
    )


def extract_article(page: RawPage, entry: FeedEntry | None = None) -> Article:
    """The cleaned article of one fetched page; page_kind says when it is not an article.

    `entry`, when the page came from a feed, fills what the page lacks (title, date, site name,
    language). Never raises: junk input gives page_kind "empty".
    """
    try:
        return _extract_article(page, entry)
    except Exception as err:  # a pipeline over thousands of pages must not stop on one
        LOG.warning("extraction failed for %s: %r", page.url, err)
        return _fallback_article(page, entry)


def _extract_article(page: RawPage, entry: FeedEntry | None) -> Article:
    if not page.content or page.content_type.split(";")[0].strip().lower().startswith(_NOT_HTML_TYPES):
        return _fallback_article(page, entry)
    url = page.final_url or page.url
    html = _decode_html(page.content, page.content_type)
    tree = load_html(html)
    if tree is None:
        return _fallback_article(page, entry)
    meta = _page_metadata(tree, url)
    _join_split_body(tree)
    raw_text = _extract_body(tree, url)

    title = meta.title or (entry.title if entry else "")
    hinted_language = (entry.language if entry else None) or meta.html_language
    cleaned = clean_text(raw_text, hinted_language, title=title)
    language = detect_language(cleaned.text) or hinted_language
    paywall_notice = any(removed.rule == "paywall_notice" for removed in cleaned.removed_lines)
    page_kind = _page_kind(meta, cleaned.text, paywall_notice, url, tree)
    text = cleaned.text if page_kind in _KINDS_WITH_TEXT else ""
    canonical = (
        page_canonical_url(meta.canonical_href, url) if meta.canonical_href else None
    ) or canonical_url(url)
    return Article(
        url=page.url,
        canonical_url=canonical,
        title=title,
        text=text,
        published_at=meta.published_at or (entry.published_at if entry else None),
        updated_at=meta.updated_at,
        authors=meta.authors,
        language=language,
        site_name=meta.site_name or (entry.outlet if entry else "") or urlsplit(url).hostname or "",
        dateline=cleaned.dateline if text else "",
        page_kind=page_kind,
        content_hash=content_hash(text) if text else "",
    )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def article_record(article: Article) -> dict:
    """The JSON-ready record of an article: what `conflictwire extract --format jsonl` prints per
    page and exactly what the flow stores (dates as ISO 8601 strings, authors as a list)."""
    return {
        "url": article.url,
        "canonical_url": article.canonical_url,
        "title": article.title,
        "text": article.text,
        "published_at": _iso(article.published_at),
        "updated_at": _iso(article.updated_at),
        "authors": list(article.authors),
        "language": article.language,
        "site_name": article.site_name,
        "dateline": article.dateline,
        "page_kind": article.page_kind,
        "content_hash": article.content_hash,
    }
