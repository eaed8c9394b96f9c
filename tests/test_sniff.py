"""Bodies that are not HTML at all (extractors.sniff), whatever the server called them: extract_article
returns them with page_kind "binary" and no text, without parsing."""

from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path

import pytest

from extractors.article import extract_article
from extractors.models import RawPage
from extractors.sniff import is_binary

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


BINARY_BODIES = {
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01",
    "gif": b"GIF89a\x01\x00\x01\x00\x80\x00\x00",
    "webp": b"RIFF\x24\x00\x00\x00WEBPVP8 ",
    "mp4": b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00",
    "zip/docx": _zip(),
    "gzip": gzip.compress(b"<html><body><p>compressed twice</p></body></html>"),
    "woff2": b"wOF2\x00\x01\x00\x00",
    "control bytes": b"\x00\x01\x02\x03 some header \x04\x05 data",
}


@pytest.mark.parametrize("kind", sorted(BINARY_BODIES))
def test_binary_body_served_as_html_is_binary(kind):
    body = BINARY_BODIES[kind]
    assert is_binary(body, "text/html; charset=utf-8")
    url = "https://news.example/a/1"
    article = extract_article(RawPage(url, url, 200, body, {"content-type": "text/html"}))
    assert article.page_kind == "binary"
    assert article.text == "" and article.content_hash == ""
    assert article.canonical_url == url


@pytest.mark.parametrize("name", ["wire_dateline", "ja_news", "arabic_article", "cp1251_ru"])
def test_html_pages_are_not_binary(name):
    assert not is_binary((PAGES / f"{name}.html").read_bytes(), "text/html")


def test_text_that_starts_like_a_signature_and_utf16_pages_are_not_binary():
    assert not is_binary(b"BMW recalls cars <p>", "text/html")
    assert not is_binary(b"MZANSI news <html>", "text/html")
    assert not is_binary("<html><body>utf-16 page</body></html>".encode("utf-16"), "text/html")
    assert not is_binary("<html>utf-16 page</html>".encode("utf-16-le"), "text/html; charset=utf-16le")
    assert not is_binary(b"", "text/html")


def test_declared_media_types_that_are_never_pages_are_binary():
    for content_type in ("application/pdf", "image/webp", "application/octet-stream", "font/woff2"):
        assert is_binary(b"<html><body><p>x</p></body></html>", content_type)
