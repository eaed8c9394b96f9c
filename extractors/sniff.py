"""Is a fetched body an HTML page at all? Sniffed from its bytes, as browsers do (WHATWG MIME
Sniffing), whatever the Content-Type says: servers send PDFs, images and archives as "text/html".

`is_binary(content, content_type)`: True for a body that is not text: a media type that is never a
page, a known binary signature (PDF, images, audio, video, fonts, archives, executables, office
files) at the start, or "binary data bytes" (control bytes no text contains) in the first 512
bytes of a body without a UTF-16 byte-order mark or a UTF-16 charset.
"""

from __future__ import annotations

import re

# media types that are never an article page, whatever their bytes look like
NOT_HTML_TYPES = (
    "image/",
    "video/",
    "audio/",
    "font/",
    "application/pdf",
    "application/zip",
    "application/gzip",
    "application/x-gzip",
    "application/octet-stream",
    "application/msword",
    "application/vnd.",
)
# byte signatures at offset 0 (WHATWG MIME Sniffing's patterns, and a few more archive kinds);
# (BMP's b"BM" and Windows executables' b"MZ" are left to the binary-byte test: text starts so too)
_SIGNATURES = (
    b"%PDF-",
    b"%!PS-Adobe-",
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"\x00\x00\x01\x00",  # ICO
    b"\x00\x00\x02\x00",  # CUR
    b"\x1aE\xdf\xa3",  # WebM / Matroska
    b"OggS\x00",
    b"ID3\x03",
    b"ID3\x04",
    b"fLaC",
    b"PK\x03\x04",  # ZIP, and so docx, xlsx, epub
    b"\x1f\x8b\x08",  # gzip
    b"Rar!\x1a\x07",
    b"7z\xbc\xaf\x27\x1c",
    b"\xfd7zXZ\x00",
    b"wOFF",
    b"wOF2",
    b"OTTO",
    b"\x00\x01\x00\x00",  # TrueType
    b"\x7fELF",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE2: doc, xls, ppt
    b"\xca\xfe\xba\xbe",
)
_RIFF_KINDS = (b"WEBP", b"WAVE", b"AVI ")
_ISO_MEDIA_BOX = b"ftyp"  # MP4, MOV, HEIC, AVIF: the box type at offset 4
# WHATWG's "binary data bytes": 0x00-0x08, 0x0B, 0x0E-0x1A, 0x1C-0x1F
_BINARY_BYTE = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
SNIFF_BYTES = 512
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def is_binary(content: bytes, content_type: str = "") -> bool:
    """Whether `content` is not a text document (see the module docstring); empty is not binary."""
    media_type = content_type.split(";")[0].strip().lower()
    if media_type.startswith(NOT_HTML_TYPES):
        return True
    head = content[:SNIFF_BYTES]
    if not head:
        return False
    if head.startswith(_SIGNATURES):
        return True
    if head[:4] == b"RIFF" and head[8:12] in _RIFF_KINDS:
        return True
    if head[4:8] == _ISO_MEDIA_BOX:
        return True
    if head.startswith(_UTF16_BOMS) or "utf-16" in content_type.lower():
        return False
    return _BINARY_BYTE.search(head) is not None
