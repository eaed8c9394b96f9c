"""extractors/feeds.py: parse_feed on bytes (own fixtures, and every file of the shared feed corpus)."""

from __future__ import annotations

import codecs
import html
import json
import re
import time
from datetime import UTC
from pathlib import Path

import pytest
from lxml import etree

from extractors.feed_charset import decode_feed_bytes
from extractors.feed_fields import parse_localized_date
from extractors.feeds import parse_feed
from extractors.models import FeedSpec

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
# The shared corpus sits beside the repository (../shared), read in place, never copied.
EVAL_FEEDS = next(
    (
        p
        for p in (
            Path(__file__).resolve().parents[2] / "shared" / "eval" / "feeds",
            Path("/work/shared/eval/feeds"),
        )
        if p.is_dir()
    ),
    Path("/work/shared/eval/feeds"),
)
EVAL_FILES = sorted(p for p in EVAL_FEEDS.rglob("*") if p.is_file() and not p.name.startswith("LICENSE"))
REAL_FILES = [p for p in EVAL_FILES if p.parent.name == "real"]
FEED = FeedSpec(url="https://source.example.org/feeds/main.xml")
MOJIBAKE = re.compile("Ã[\u0080-\u00bf]|\ufffd")


def _parse_fixture(name: str, content_type: str = ""):
    return parse_feed((FIXTURES / name).read_bytes(), FEED, content_type)


# ------------------------------------------------------------------------------------ the shared corpus


@pytest.mark.skipif(not EVAL_FILES, reason="shared feed corpus not present")
def test_every_corpus_file_parses_to_entries_or_a_clear_error():
    assert len(EVAL_FILES) > 100
    for path in EVAL_FILES:
        parsed = parse_feed(path.read_bytes(), FeedSpec(url="https://example.org/feed"))
        if parsed.entries:
            assert parsed.error is None, path
            for entry in parsed.entries:
                assert entry.link.startswith(("http://", "https://")), path
                assert entry.published_at is None or entry.published_at.tzinfo is UTC, path
        else:
            assert parsed.error and len(parsed.error) > 10, path


def _oracle(raw: bytes) -> list[tuple[str, str]]:
    """(title, link) of each item/entry, read independently of feedparser (lxml, or json)."""
    if raw.lstrip().startswith(b"{"):
        return [(i.get("title", ""), i.get("url") or "") for i in json.loads(raw)["items"]]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text.lstrip())
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, encoding="utf-8")
    root = etree.fromstring(text.encode("utf-8"), parser)
    found = []
    for node in root.iter("{*}item", "{*}entry"):
        titles = [c.xpath("string()") for c in node if etree.QName(c).localname == "title"]
        title = titles[0] if titles else ""  # the first: RSS 1.0 items repeat it as dc:title
        link = ""
        for child in node.iter("{*}link"):
            href = child.get("href") or (child.text or "").strip()
            if child.getparent() is node and child.get("rel", "alternate") == "alternate" and href:
                link = href
                break
        found.append((title, link))
    return found


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", text))).strip()


@pytest.mark.parametrize("path", REAL_FILES, ids=[p.name for p in REAL_FILES])
def test_real_feeds_give_the_right_entries(path):
    raw = path.read_bytes()
    parsed = parse_feed(raw, FeedSpec(url="https://example.org/feed"))
    expected = [(t, link) for t, link in _oracle(raw) if link.startswith(("http://", "https://"))]
    expected_links = list(dict.fromkeys(link for _, link in expected))
    assert [e.link for e in parsed.entries] == expected_links
    if expected:
        assert parsed.error is None
        assert _plain(parsed.entries[0].title) == _plain(expected[0][0])
        assert all(not MOJIBAKE.search(e.title + e.summary) for e in parsed.entries)
    else:
        assert "http(s) link" in parsed.error


@pytest.mark.parametrize("name", ["rssparser-encoding.rss", "rssparser-uolNoticias.rss"])
def test_real_latin1_feeds_decode_accented_characters(name):
    path = EVAL_FEEDS / "real" / name
    if not path.exists():
        pytest.skip("shared corpus not present")
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # really Latin-1 bytes
    parsed = parse_feed(raw, FeedSpec(url="https://example.org/feed"))
    text = " ".join(e.title + " " + e.summary for e in parsed.entries) + parsed.title
    assert re.search("[áàâãéêíóôõúçÁÉÍÓÚÇ]", text)
    assert not MOJIBAKE.search(text)
    expected_titles = [_plain(t) for t, link in _oracle(raw) if link]
    assert [_plain(e.title) for e in parsed.entries] == expected_titles


# ------------------------------------------------------------------------------------ own fixtures


def test_undeclared_latin1_feed_decodes_and_resolves_relative_links():
    parsed = _parse_fixture("latin1_undeclared.rss", "application/rss+xml")
    assert parsed.error is None and parsed.title == "Gazeta do Interior - Últimas"
    first, second, third = parsed.entries
    assert first.title == "Câmara aprova orçamento para reparação das estradas"
    assert first.link == "https://source.example.org/regiao/camara-aprova-orcamento"
    assert first.guid == "gz-1001"
    assert first.language == "pt" and first.outlet == "Gazeta do Interior - Últimas"
    assert parsed.ttl_minutes == 30
    assert parsed.warning == "no charset declared; decoded as windows-1252"
    # "Ter, 14 Mai 2024 09:30:00 +0100" is Portuguese: feedparser cannot read it, the fallback does
    assert first.published_at.isoformat() == "2024-05-14T08:30:00+00:00"
    assert second.published_at.isoformat() == "2024-05-13T18:05:00+00:00"
    assert third.published_at is None  # "not a date at all"


def test_declared_latin1_feed_and_wrong_http_charsets():
    latin1 = (FIXTURES / "latin1_declared.rss").read_bytes()
    utf8 = latin1.decode("latin-1").encode("utf-8")  # the declaration still says ISO-8859-1
    for body, content_type in [
        (latin1, ""),
        (latin1, "text/xml; charset=utf-8"),  # header lies
        (utf8, "application/rss+xml; charset=ISO-8859-1"),  # header and declaration both lie
        (utf8, ""),
    ]:
        parsed = parse_feed(body, FEED, content_type)
        assert parsed.entries[1].title == "Festival de música atrai milhares à praça", content_type
        lying = body is utf8 or "utf-8" in content_type
        assert (parsed.warning is not None and "does not fit" in parsed.warning) is lying, content_type


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_wide_encodings_with_and_without_bom(encoding):
    text = (FIXTURES / "rss1.rdf").read_text("utf-8").replace('encoding="UTF-8"', f'encoding="{encoding}"')
    parsed = parse_feed(text.encode(encoding), FEED)
    assert [e.title for e in parsed.entries] == [
        "Market reopens after repairs",
        "Bridge inspection scheduled",
    ]


def test_decode_prefers_valid_utf8_then_declared_then_windows_1252():
    assert decode_feed_bytes("é".encode(), "text/xml; charset=iso-8859-1") == ("é", "utf-8")
    assert decode_feed_bytes("Ж".encode("koi8-r"), "text/xml; charset=koi8-r") == ("Ж", "koi8-r")
    assert decode_feed_bytes(b"\x93quoted\x94", "") == ("\u201cquoted\u201d", "windows-1252")
    assert decode_feed_bytes(codecs.BOM_UTF8 + b"<rss/>", "")[0] == "<rss/>"


def test_rss1_rdf():
    parsed = _parse_fixture("rss1.rdf")
    assert [e.link for e in parsed.entries] == [
        "http://bulletin.example.net/n/17",
        "http://bulletin.example.net/n/16",
    ]
    assert parsed.entries[0].published_at.isoformat() == "2024-04-02T11:45:00+00:00"


def test_atom_relative_links_html_titles_and_duplicates():
    parsed = _parse_fixture("atom_relative.xml", "application/atom+xml")
    assert parsed.title == "Wire & Wane Daily"
    assert [e.link for e in parsed.entries] == [
        "https://wire.example.org/news/2024/05/14/ceasefire-talks",  # xml:base + relative href
        "https://wire.example.org/news/2024/05/13/river-road",  # root-relative
    ]  # the entry with only a tag: id is dropped, the repeated link kept once
    first = parsed.entries[0]
    assert first.summary == "Delegations met for six hours."
    assert first.published_at.isoformat() == "2024-05-14T06:00:00+00:00"


def test_json_feed():
    parsed = _parse_fixture("feed.json", "application/feed+json")
    assert parsed.error is None and parsed.title == "Field Notes"
    assert [e.link for e in parsed.entries] == [
        "https://notes.example.com/2024/harvest",
        "https://notes.example.com/2024/well-repairs",
        "https://elsewhere.example.org/report",
    ]  # the item without url/external_url (id "n-0" is no link) is dropped
    harvest, wells, outside = parsed.entries
    assert wells.published_at.isoformat() == "2024-05-08T09:30:00+00:00"
    assert wells.summary == "Three wells back in use."
    assert outside.published_at is None
    assert harvest.language == "en"


def test_json_that_is_not_a_feed_and_broken_json():
    assert "jsonfeed" in parse_feed(b'{"hello": "world"}', FEED).error
    assert "JSON" in parse_feed(b'{"version": "https://jsonfeed.org/version/1", "items": [', FEED).error


def test_billion_laughs_expands_to_nothing():
    started = time.perf_counter()
    parsed = _parse_fixture("billion_laughs.xml")
    assert time.perf_counter() - started < 5  # guard against a hang, not a speed figure
    assert all(len(e.title) < 100 and len(e.summary) < 100 for e in parsed.entries)
    assert "lollollol" not in "".join(e.title + e.summary for e in parsed.entries)


def test_external_file_entity_is_not_read():
    parsed = _parse_fixture("xxe_file.xml")
    everything = " ".join(e.title + e.summary for e in parsed.entries) + parsed.title
    assert "root:" not in everything


@pytest.mark.parametrize("body", [b"/etc/passwd", b"http://127.0.0.1:9/feed", b"file:///etc/passwd"])
def test_body_that_looks_like_a_path_or_url_is_data_not_a_location(body):
    parsed = parse_feed(body, FEED)
    assert parsed.entries == () and parsed.error
    assert "root:" not in (parsed.title + parsed.error)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty body"),
        (b"   \n ", "empty body"),
        ((FIXTURES / "not_a_feed.html").read_bytes(), "HTML page"),
        (b'<rss version="2.0"><channel><title>x</title></channel></rss>', "no entries"),
        (b"<rss><channel><item><title>cut", "malformed"),
        (b"<rss><channel><title>cut", "well-formed"),
        (bytes(range(256)) * 4, "not"),
    ],
)
def test_unusable_bodies_give_a_clear_error(body, reason):
    parsed = parse_feed(body, FEED)
    assert parsed.entries == () and reason in parsed.error


def test_localized_dates():
    assert parse_localized_date("Seg, 24 Set 2018 19:42:40 -0300").isoformat() == "2018-09-24T22:42:40+00:00"
    assert parse_localized_date("mar., 5 mars 2024 10:00:00 +0100").isoformat() == "2024-03-05T09:00:00+00:00"
    assert parse_localized_date("12. Dez 2023 08:15 GMT").isoformat() == "2023-12-12T08:15:00+00:00"
    assert parse_localized_date("31 Foo 2020") is None
    assert parse_localized_date("32 Jan 2020 10:00") is None
    assert parse_localized_date(None) is None


def test_malformed_and_extreme_dates_never_crash():
    items = "".join(
        f"<item><title>{i}</title><link>http://example.org/{i}</link><pubDate>{d}</pubDate></item>"
        for i, d in enumerate(
            ["Tue, 99 Foo 2024 99:99:99 +9999", "0000-00-00", "Fri, 31 Dec 9999 23:59:59 -1400", ""]
        )
    )
    parsed = parse_feed(f'<rss version="2.0"><channel>{items}</channel></rss>'.encode(), FEED)
    assert len(parsed.entries) == 4
    assert all(e.published_at is None or e.published_at.tzinfo is UTC for e in parsed.entries)
