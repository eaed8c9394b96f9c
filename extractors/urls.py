"""URL identity: one article per canonical URL.

`canonical_url` is the form an article is stored and shown under: courlan's normalisation
(lower-case scheme and host, default ports dropped, tracking parameters such as utm_*, fbclid,
gclid, ref, source removed, query sorted) plus what courlan leaves alone: the fragment, and the
AMP variants of a page (`/amp` path suffix, `.amp.html`, `?amp=1`, `?outputType=amp`, an `amp.`
host, the Google AMP cache). `url_key` hashes an *identity form* of it that also ignores what
never distinguishes two news pages: http vs https, a leading `www.`, a trailing slash.

`page_canonical_url` reads the page's own `<link rel="canonical">`, which the flow prefers over
the feed link when it points to the same site.
"""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import courlan
import lxml.html

# Query parameters that only select the AMP rendering of the same page (courlan keeps them).
AMP_QUERY_FLAGS = {"amp": None, "outputtype": "amp", "output": "amp", "format": "amp", "view": "amp"}
AMP_CACHE_SUFFIX = ".cdn.ampproject.org"
AMP_PATH_SEGMENT = "amp"


def canonical_url(url: str) -> str:
    """The form of `url` under which an article is stored and looked up."""
    url = (url or "").strip()
    if not url:
        return ""
    url = _unwrap_amp_cache(url)
    try:
        normalised = courlan.normalize_url(url, strict=False)
    except Exception:  # courlan raises on some malformed inputs; keep the raw URL then
        normalised = url
    parts = urlsplit(normalised)
    host = parts.netloc.lower()
    if host.startswith("amp."):
        host = host[len("amp.") :]
    path = _strip_amp_path(parts.path or "/")
    query = _strip_amp_query(parts.query)
    return urlunsplit((parts.scheme.lower(), host, path, query, ""))


def url_key(url: str) -> str:
    """Natural key of a URL: sha256 of its identity form, 32 hex characters.

    The identity form is `canonical_url` without the scheme, a leading `www.` or a trailing
    slash, so `http://www.x.org/a/` and `https://x.org/a` are one article.
    """
    return canonical_key(canonical_url(url))


def canonical_key(canonical: str) -> str:
    """`url_key` of the URL whose `canonical_url` is `canonical` (`url_key(u) ==
    canonical_key(canonical_url(u))`): a caller that needs both canonicalises once."""
    return hashlib.sha256(_identity_form(canonical).encode("utf-8")).hexdigest()[:32]


def page_canonical_url(html: bytes | str, base_url: str) -> str | None:
    """The page's `<link rel="canonical">` target, canonicalised, or None.

    None when the page has no such link, when the link is not http(s), when it points to the
    site's front page (a common misconfiguration: every page "canonical" to `/`), or when it
    points to another site: a syndicated copy crediting the wire's original is a separate
    article of its outlet (the text deduplication links it to the original), not the same URL.
    """
    if not html:
        return None
    href = _canonical_href(html)
    if not href:
        return None
    target = canonical_url(urljoin(base_url, href))
    parts = urlsplit(target)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    if parts.path.strip("/") == "" and not parts.query:
        return None
    if _site(target) != _site(canonical_url(base_url)):
        return None
    return target


def _canonical_href(html: bytes | str) -> str | None:
    if isinstance(html, str):  # lxml refuses str input that carries an encoding declaration
        html = html.encode("utf-8")
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href:
            return href
    return None


def _unwrap_amp_cache(url: str) -> str:
    """`https://x-org.cdn.ampproject.org/c/s/x.org/a` -> `https://x.org/a`."""
    parts = urlsplit(url)
    if not parts.netloc.lower().endswith(AMP_CACHE_SUFFIX):
        return url
    segments = parts.path.split("/")
    # /c/s/host/path (https origin) or /c/host/path (http origin); /v/ is the viewer variant
    if len(segments) > 3 and segments[1] in ("c", "v"):
        secure = segments[2] == "s"
        rest = segments[3:] if secure else segments[2:]
        if rest and rest[0]:
            scheme = "https" if secure else "http"
            return urlunsplit((scheme, rest[0], "/" + "/".join(rest[1:]), parts.query, ""))
    return url


def _strip_amp_path(path: str) -> str:
    trailing = path.endswith("/")
    segments = [s for s in path.split("/") if s]
    if len(segments) > 1 and segments[-1].lower() == AMP_PATH_SEGMENT:
        segments.pop()
    elif segments and segments[0].lower() == AMP_PATH_SEGMENT and len(segments) > 1:
        segments.pop(0)
    if segments:
        last = segments[-1]
        lowered = last.lower()
        for suffix in (".amp.html", ".amp.htm", ".amp"):
            if lowered.endswith(suffix):
                last = last[: -len(suffix)] + suffix[len(".amp") :]
                break
        segments[-1] = last
    rebuilt = "/" + "/".join(segments)
    return rebuilt + "/" if trailing and segments else rebuilt


def _strip_amp_query(query: str) -> str:
    if not query:
        return ""
    kept = []
    for name, value in parse_qsl(query, keep_blank_values=True):
        expected = AMP_QUERY_FLAGS.get(name.lower(), "")
        if not name or expected is None or (expected and value.lower() == expected):
            continue
        kept.append((name, value))
    return urlencode(kept)


def _identity_form(canonical: str) -> str:
    parts = urlsplit(canonical)
    host = parts.netloc
    if host.startswith("www."):
        host = host[len("www.") :]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("", host, path, parts.query, "")).lstrip("/")


def _site(url: str) -> str:
    """The registrable domain (courlan, public suffix list), else the bare host: pages of one
    site, across its subdomains, may canonicalise to each other."""
    try:
        domain = courlan.extract_domain(url)
    except Exception:  # malformed host: fall back to the raw one
        domain = None
    if domain:
        return domain
    host = urlsplit(url).netloc.split(":")[0]
    return host[len("www.") :] if host.startswith("www.") else host
