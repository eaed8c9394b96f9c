"""A feed body's charset, decided once before feedparser sees it (the rules are in `feeds.py`'s
docstring): `decode_feed_bytes` (a BOM or the UTF-16/32 signature of `<?`, valid UTF-8, the HTTP then
the XML declaration's charset, then windows-1252 and ISO-8859-1), `charset_note`.
"""

from __future__ import annotations

import codecs
import re

from extractors.charsets import codec_for_label, http_charset

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# How `<?` (or `<` + any ASCII) looks in each wide encoding without a BOM (XML 1.0, appendix F).
_WIDE_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<\x00?", "utf-16-be"),
    (b"<\x00?\x00", "utf-16-le"),
)
_XML_DECL_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")


def decode_feed_bytes(body: bytes, content_type: str = "") -> tuple[str, str]:
    """Decode a feed body to text by the rules in the module docstring; returns (text, encoding)."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(encoding, errors="replace"), encoding
    for signature, encoding in _WIDE_SIGNATURES:
        if body.startswith(signature):
            return body.decode(encoding, errors="replace"), encoding
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for declared in (http_charset(content_type), _xml_declared_encoding(body)):
        encoding = _normalise_label(declared)
        if encoding is None or encoding == "utf-8":
            continue
        try:
            return body.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        return body.decode("windows-1252"), "windows-1252"
    except UnicodeDecodeError:
        return body.decode("iso-8859-1"), "iso-8859-1"


def charset_note(body: bytes, content_type: str, encoding: str) -> str | None:
    """A warning when the charset was guessed or the declared one did not fit the bytes; else None."""
    if body.isascii() or encoding.startswith(("utf-16", "utf-32")):
        return None
    declared = [http_charset(content_type), _xml_declared_encoding(body)]
    labels = [label for label in declared if _normalise_label(label)]
    if not labels:
        return None if encoding == "utf-8" else f"no charset declared; decoded as {encoding}"
    if _normalise_label(labels[0]) != encoding:
        return f"declared charset {labels[0]} does not fit the bytes; decoded as {encoding}"
    return None


def _xml_declared_encoding(body: bytes) -> str | None:
    match = _XML_DECL_ENCODING.match(body[:512])
    return match.group(1).decode("ascii") if match else None


def _normalise_label(label: str | None) -> str | None:
    name = codec_for_label(label)
    if name is None:
        return None
    if name == "cp1252":
        return "windows-1252"
    # A wide encoding declared on bytes that had no BOM/signature is a lie: ignore it.
    if name.startswith(("utf-16", "utf-32")):
        return None
    return name
