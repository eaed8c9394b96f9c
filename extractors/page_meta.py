"""Page metadata from one parsed tree: OpenGraph / meta tags and JSON-LD through trafilatura's own
readers, htmldate only when the page declares no date (`page_metadata` -> `PageMeta`).

The feed entry fills what a page lacks; that is done by `extractors.article`.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

import lxml.html
import yaml
from htmldate import find_date
from lxml.etree import _Element
from trafilatura.metadata import examine_meta, extract_meta_json, extract_title

LOG = logging.getLogger(__name__)

# Dates before this year in a page's metadata are placeholders, not publication dates.
EARLIEST_YEAR = 1990
_TITLE_SEPARATOR = re.compile(r"\s+[|–—·:-]\s+|\s+::\s+")


@dataclass(frozen=True)
class PageMeta:
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
    # where `published_at` came from: "published" (JSON-LD or a <meta> the page declares), "url"
    # (its URL path), "page" (a date the page shows, found by htmldate); "" without one
    published_source: str = ""


@cache
def _credentials() -> frozenset[str]:
    """Academic / professional suffixes that author fields split off as if they were names."""
    raw = yaml.safe_load(resources.files("extractors").joinpath("data/page_words.yaml").read_text("utf-8"))
    return frozenset(raw["author_credentials"].split())


def parse_datetime(value: str | None) -> datetime | None:
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
        if len(name) < 2 or name.replace(".", "").casefold() in _credentials() or name in names:
            continue
        names.append(name)
    return tuple(names)


def page_metadata(tree: _Element, url: str) -> PageMeta:
    """What the page says of itself: title, authors, site name, dates, language, canonical link,
    og:type and schema.org types, isAccessibleForFree."""
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
    published = parse_datetime(str(ld.get("datePublished") or "")) or next(
        (d for d in (parse_datetime(metas.get(k)) for k in _PUBLISHED_META) if d), None
    )
    source = "published" if published is not None else ""
    if published is None:
        found = find_date(tree, url=url or None, extensive_search=False, original_date=True)
        published = parse_datetime(found)
        in_url = url_date(url)
        if published is not None:
            source = "url" if in_url == published.date() else "page"
        elif in_url is not None:  # a date htmldate's URL patterns miss ("/20210605-slug")
            published, source = datetime(in_url.year, in_url.month, in_url.day, tzinfo=UTC), "url"
    updated = parse_datetime(str(ld.get("dateModified") or "")) or next(
        (d for d in (parse_datetime(metas.get(k)) for k in _MODIFIED_META) if d), None
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
    return PageMeta(
        title=_without_site_name(title, site_name),
        authors=_authors(doc.author or ""),
        site_name=site_name,
        published_at=published,
        updated_at=updated,
        html_language=html_language if len(html_language) in (2, 3) and html_language.isalpha() else None,
        canonical_href=lxml.html.tostring(canonical, encoding="unicode") if canonical is not None else None,
        og_type=(metas.get("og:type") or "").lower(),
        schema_types=frozenset(ld.get("types", ())),
        free_access=None if free is None else str(free).strip().lower() not in ("false", "0", "no"),
        published_source=source,
    )


# A full date in a URL's path: /2021/06/05/, /2021-06-05-, /20210605- (a year, a month, a day, each
# bounded: not part of a longer number such as an article id).
_URL_DATE = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})([/_.-]?)(0[1-9]|1[0-2]|[1-9])\2(0[1-9]|[12][0-9]|3[01]|[1-9])(?![0-9])"
)


def url_date(url: str) -> date | None:
    """The full date a URL's path states (`_URL_DATE`), if it states one; a year and a month
    alone ("/2024/06/slug") are no day. Without separators the date must be written in full
    (eight digits)."""
    path = urlsplit(url or "").path
    for m in _URL_DATE.finditer(path):
        year, sep, month, day = m.groups()
        if not sep and (len(month) != 2 or len(day) != 2):
            continue
        try:
            found = date(int(year), int(month), int(day))
        except ValueError:
            continue
        if found.year >= EARLIEST_YEAR:
            return found
    return None
