"""Page bytes -> text, choosing the encoding the way browsers do (HTML standard, "determining the
character encoding"), and correcting for the declarations that are most often wrong.

Order: a byte-order mark; the HTTP Content-Type charset; a <meta charset> / <meta http-equiv>
in the first bytes; then detection. A declaration is overruled when the bytes prove it wrong:
- non-ASCII bytes that are valid UTF-8 are read as UTF-8 whatever legacy encoding is declared
  (servers label UTF-8 pages "ISO-8859-1" all the time; legacy text is practically never valid
  UTF-8 by accident);
- bytes that the declared encoding cannot decode (a "UTF-8" page written in windows-1252 or
  Shift_JIS) go to detection, unless the page is UTF-8 with only a few broken bytes;
- a page labelled with the Latin-1 family (many servers' default label) whose <html lang> or
  country domain says Russian, Arabic, Japanese ... is checked against that locale's encodings.
Detection (`charset-normalizer`, on the page's text with its markup stripped, among the encodings
browsers support) first tries the legacy encodings of the page's declared language or its
country domain (`extractors.charsets.legacy_encodings`), as browsers fall back by locale; when
nothing decodes coherently, the locale's default or windows-1252.
"""

from __future__ import annotations

import codecs
import re
from urllib.parse import urlsplit

from charset_normalizer import from_bytes

from extractors.charsets import browser_encodings, codec_for_label, http_charset, legacy_encodings

_CHARSET_IN_META = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_HTML_LANG = re.compile(
    rb"<html\b[^>]{0,300}?\blang\s*=\s*[\"']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)", re.I
)
_SCRIPT_OR_STYLE = re.compile(rb"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(rb"<[^>]*>", re.S)
# Where a browser looks for <meta charset>; later ones still make it re-decode, so look further.
META_PRESCAN_BYTES = 8192
# Markup-stripped bytes given to detection: enough for a decisive answer, cheap.
DETECTION_SAMPLE_BYTES = 65536
# Detection results this close (in charset-normalizer's mess and coherence scores) are a tie, which
# goes to the page locale's encodings, then to windows-1252, as a browser's fallback would.
DETECTION_TIE = 0.01
# A page declared UTF-8 whose bytes are not all valid is still UTF-8 (with a few broken bytes)
# when at most this share of its non-ASCII sequences is invalid.
BROKEN_UTF8_SHARE = 0.05
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_NON_ASCII_RUN = re.compile(rb"[\x80-\xff]+")


def _meta_codec(content: bytes) -> str | None:
    match = _CHARSET_IN_META.search(content[:META_PRESCAN_BYTES])
    codec = codec_for_label(match.group(1).decode("ascii", "ignore")) if match else None
    # a <meta> cannot declare UTF-16 (the document would not be readable to find it): UTF-8 meant
    return "utf-8" if codec and codec.startswith("utf-16") else codec


def _is_mostly_utf8(content: bytes) -> bool:
    """UTF-8 with a few broken bytes: nearly all non-ASCII runs are valid UTF-8 sequences."""
    runs = _NON_ASCII_RUN.findall(content)
    if not runs:
        return True
    bad = sum(1 for run in runs if _UTF8_SEQUENCE.sub(b"", run))
    return bad <= BROKEN_UTF8_SHARE * len(runs)


def _text_sample(content: bytes) -> bytes:
    """The page's text bytes: scripts, styles and tags cut (safe in every ASCII-compatible
    encoding: no multi-byte character of them contains the bytes of "<" or ">")."""
    stripped = _TAG.sub(b" ", _SCRIPT_OR_STYLE.sub(b" ", content[: 4 * DETECTION_SAMPLE_BYTES]))
    return re.sub(rb"\s+", b" ", stripped)[:DETECTION_SAMPLE_BYTES]


def _page_locale(content: bytes, url: str) -> tuple[str | None, str | None]:
    lang = _HTML_LANG.search(content[:META_PRESCAN_BYTES])
    host = urlsplit(url).hostname or "" if url else ""
    tld = host.rsplit(".", 1)[-1] if "." in host else None
    return (lang.group(1).decode("ascii") if lang else None), tld


def _detect(content: bytes, url: str, first: tuple[str, ...] = ()) -> str:
    """The encoding of a page that declares none, or a wrong one: `first` (else the page's locale's
    legacy encodings) first, then all the encodings browsers support; the locale's default last."""
    sample = _text_sample(content)
    language, tld = _page_locale(content, url)
    local = legacy_encodings(language, tld) or legacy_encodings(None, tld)
    preferred = (*(first or local), "cp1252")  # ties go to the locale's encodings, then the default
    for candidates in (first or local, browser_encodings()):
        if not candidates:
            continue
        matches = from_bytes(sample, cp_isolation=list(candidates))
        best = matches.best()
        if best is None or not best.encoding:
            continue
        tied = {
            codec_for_label(m.encoding) or m.encoding
            for m in matches
            if m.chaos <= best.chaos + DETECTION_TIE and m.coherence >= best.coherence - DETECTION_TIE
        }
        return next(
            (name for name in preferred if name in tied), codec_for_label(best.encoding) or best.encoding
        )
    return local[0] if local else "cp1252"


def decode_html(content: bytes, content_type: str = "", url: str = "") -> str:
    """The text of an HTML page's bytes (see the module docstring for the order of evidence).

    `url` only serves detection, whose fallback depends on the page's country domain."""
    for bom, name in _BOMS:
        if content.startswith(bom):
            return content.decode(name, errors="replace")
    declared = codec_for_label(http_charset(content_type)) or _meta_codec(content)
    if declared and declared.startswith("utf-16"):  # only an HTTP header can declare it
        return content.decode(declared, errors="replace")
    if content.isascii():
        return content.decode("ascii")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared == "utf-8" and _is_mostly_utf8(content):
        return content.decode("utf-8", errors="replace")
    if declared == "cp1252":
        local = legacy_encodings(*_page_locale(content, url))
        if local:  # a server's default "ISO-8859-1" on a page in Russian, Arabic, Japanese ...
            declared = _detect(content, url, ("cp1252", *local))
    if declared and declared != "utf-8":
        try:
            return content.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    return content.decode(_detect(content, url), errors="replace")
