"""Charset labels, read the way browsers read them (WHATWG Encoding), shared by the page and
feed decoders."""

from __future__ import annotations

import codecs
import re

# Labels that browsers read as windows-1252 (its 0x80-0x9F are printable quotes, dashes ...):
# pages and feeds labelled "ISO-8859-1" almost always mean it.
WINDOWS_1252_LABELS = frozenset(
    {
        "iso-8859-1",
        "iso8859-1",
        "latin-1",
        "latin1",
        "l1",
        "us-ascii",
        "ascii",
        "cp819",
        "cp1252",
        "windows-1252",
    }
)
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)


def http_charset(content_type: str) -> str | None:
    """The charset label of a Content-Type header value, if any."""
    match = _CHARSET_PARAM.search(content_type or "")
    return match.group(1) if match else None


def codec_for_label(label: str | None) -> str | None:
    """Python's codec name for a declared charset label ("cp1252" for the Latin-1 family);
    None when the label is missing or unknown."""
    if not label:
        return None
    label = label.strip().lower()
    if label in WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None
