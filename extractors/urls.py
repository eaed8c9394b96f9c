"""URL identity: one article per canonical URL.

First version: courlan normalisation (tracking parameters, default ports, case) plus
fragment removal. The deduplication work refines `canonical_url` (amp variants, rel=canonical).
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit, urlunsplit

import courlan


def canonical_url(url: str) -> str:
    """The form of `url` under which an article is stored and looked up."""
    url = (url or "").strip()
    if not url:
        return ""
    try:
        normalised = courlan.normalize_url(url, strict=False)
    except Exception:  # courlan raises on some malformed inputs; keep the raw URL then
        normalised = url
    parts = urlsplit(normalised)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def url_key(url: str) -> str:
    """Natural key of a URL: sha256 of its canonical form, 32 hex characters."""
    return hashlib.sha256(canonical_url(url).encode("utf-8")).hexdigest()[:32]
