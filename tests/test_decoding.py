"""Charsets as browsers read them (extractors.decoding.decode_html), on the hand-written pages of
tests/fixtures/pages re-encoded in the legacy encoding of their language: declared in the HTTP
header, in <meta>, nowhere, or wrongly; the whole pipeline must give the same body as the UTF-8 page."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import pytest

from extractors.article import extract_article
from extractors.charsets import codec_for_label
from extractors.decoding import decode_html
from extractors.models import RawPage

PAGES = Path(__file__).parent / "fixtures" / "pages"
# (fixture, the legacy encoding of its language)
LEGACY = [
    ("es_teaser", "windows-1252"),
    ("latin1_fr", "windows-1252"),
    ("ja_news", "shift_jis"),
    ("ja_plain", "euc-jp"),
    ("ko_news", "euc-kr"),
    ("zh_news", "gbk"),
    ("zh_tw_plain", "big5"),
    ("ru_news", "koi8-r"),
    ("cp1251_ru", "windows-1251"),
    ("arabic_article", "windows-1256"),
    ("th_news", "windows-874"),
]
_META_CHARSET = re.compile(r"<meta[^>]*charset[^>]*>\s*", re.I)
_HTML_LANG = re.compile(r'(<html[^>]*?)\s+lang="[^"]*"', re.I)


def fixture(name: str) -> tuple[dict, str]:
    want = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    raw = (PAGES / f"{name}.html").read_bytes()
    declared = re.search(rb"charset=[\"']?([\w-]+)", raw) or re.search(
        r"charset=([\w-]+)", want.get("content_type", "")
    )
    label = declared.group(1) if declared else "utf-8"
    label = label.decode() if isinstance(label, bytes) else label
    return want, raw.decode(label)


def undeclared(html: str, encoding: str, *, keep_lang: bool = True) -> bytes:
    html = _META_CHARSET.sub("", html)
    if not keep_lang:
        html = _HTML_LANG.sub(r"\1", html)
    return html.encode(codec_for_label(encoding), errors="xmlcharrefreplace")


def text_of(body: bytes, url: str, content_type: str = "text/html") -> str:
    page = RawPage(url=url, final_url=url, status=200, content=body, headers={"content-type": content_type})
    return extract_article(page).text


@pytest.mark.parametrize(("name", "encoding"), LEGACY)
def test_undeclared_legacy_page_is_detected(name, encoding):
    want, html = fixture(name)
    assert text_of(undeclared(html, encoding), want["url"]) == want["body"]


@pytest.mark.parametrize(("name", "encoding"), LEGACY)
def test_undeclared_legacy_page_without_lang_or_country_is_detected(name, encoding):
    want, html = fixture(name)
    body = undeclared(html, encoding, keep_lang=False)
    assert text_of(body, "https://news.example/a/1") == want["body"]


@pytest.mark.parametrize(("name", "encoding"), LEGACY)
def test_legacy_page_declared_in_the_http_header(name, encoding):
    want, html = fixture(name)
    body = undeclared(html, encoding)
    assert text_of(body, want["url"], f"text/html; charset={encoding}") == want["body"]


@pytest.mark.parametrize(("name", "encoding"), LEGACY)
def test_legacy_page_declared_in_meta(name, encoding):
    want, html = fixture(name)
    html = _META_CHARSET.sub("", html).replace("<head>", f'<head><meta charset="{encoding}">', 1)
    body = html.encode(codec_for_label(encoding), errors="xmlcharrefreplace")
    assert text_of(body, want["url"]) == want["body"]


@pytest.mark.parametrize(("name", "encoding"), [c for c in LEGACY if c[1] != "windows-1252"])
def test_legacy_page_wrongly_declared_utf8_is_detected(name, encoding):
    want, html = fixture(name)
    body = undeclared(html, encoding)
    assert text_of(body, want["url"], "text/html; charset=utf-8") == want["body"]


@pytest.mark.parametrize(
    ("name", "encoding"), [("ru_news", "windows-1251"), ("arabic_article", "windows-1256")]
)
def test_server_default_latin1_label_on_a_page_whose_lang_says_otherwise(name, encoding):
    want, html = fixture(name)
    body = undeclared(html, encoding)
    assert text_of(body, want["url"], "text/html; charset=ISO-8859-1") == want["body"]


def test_windows_1252_accents_and_punctuation_survive_without_any_declaration():
    html = (
        "<html><head><title>Bogot\u00e1</title></head><body><p>Bogot\u00e1, d\u00e9j\u00e0 vu \u2014 "
        "\u201cpa\u00eds\u201d, se\u00f1or, \u20ac 5</p></body></html>"
    )
    text = decode_html(html.encode("cp1252"))
    assert "Bogot\u00e1, d\u00e9j\u00e0 vu \u2014 \u201cpa\u00eds\u201d, se\u00f1or, \u20ac 5" in text


def test_byte_order_mark_wins_over_every_declaration():
    html = '<html><head><meta charset="windows-1251"></head><body><p>caf\u00e9 \u65e5\u672c</p></body></html>'
    assert "caf\u00e9 \u65e5\u672c" in decode_html(
        codecs.BOM_UTF8 + html.encode(), "text/html; charset=koi8-r"
    )
    assert "caf\u00e9 \u65e5\u672c" in decode_html(html.encode("utf-16"), "text/html; charset=koi8-r")


def test_http_header_wins_over_meta_and_latin1_labels_mean_windows_1252():
    html = '<html><head><meta charset="koi8-r"></head><body><p>\u201cquoted\u201d caf\u00e9</p></body></html>'
    assert "\u201cquoted\u201d caf\u00e9" in decode_html(
        html.encode("cp1252"), "text/html; charset=iso-8859-1"
    )


def test_valid_utf8_beats_a_legacy_label_and_meta_utf16_means_utf8():
    html = '<html><head><meta charset="utf-16"></head><body><p>Ж\u00e9 \u65e5</p></body></html>'
    assert "Ж\u00e9 \u65e5" in decode_html(html.encode("utf-8"))
    assert "Ж\u00e9 \u65e5" in decode_html(html.encode("utf-8"), "text/html; charset=shift_jis")


def test_utf8_page_with_a_few_broken_bytes_stays_utf8():
    html = "<html><body>" + "<p>Ж\u00e9 \u65e5 noticia</p>" * 40 + "<p>\xff</p></body></html>"
    text = decode_html(html.encode("utf-8").replace(b"\xc3\xbf", b"\xff"), "text/html; charset=utf-8")
    assert text.count("Ж\u00e9 \u65e5 noticia") == 40
