"""extract_article on the hand-written pages of tests/fixtures/pages (each NAME.html has NAME.json:
what the page must give), plus junk input, feed-entry fallbacks and the stored record."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from extractors.article import article_record, extract_article
from extractors.dedup import content_hash
from extractors.models import Article, FeedEntry, RawPage

PAGES = Path(__file__).parent / "fixtures" / "pages"
FIXTURES = sorted(p.stem for p in PAGES.glob("*.html"))


def expected(name: str) -> dict:
    return json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))


def page_from(body: bytes, url: str = "https://news.example/a/1", content_type: str = "text/html") -> RawPage:
    return RawPage(url=url, final_url=url, status=200, content=body, headers={"content-type": content_type})


def fixture_article(name: str, entry: FeedEntry | None = None) -> Article:
    want = expected(name)
    body = (PAGES / f"{name}.html").read_bytes()
    return extract_article(page_from(body, want["url"], want.get("content_type", "text/html")), entry)


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_page_gives_its_body_and_kind(name):
    want, article = expected(name), fixture_article(name)
    assert article.page_kind == want["page_kind"]
    assert article.text == want["body"]
    for clutter in want.get("absent", []):
        assert clutter not in article.text, clutter


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_page_metadata(name):
    want, article = expected(name), fixture_article(name)
    for field in ("title", "language", "dateline", "site_name", "canonical_url"):
        if field in want:
            assert getattr(article, field) == want[field], field
    for field in ("published_at", "updated_at"):
        if field in want:
            assert getattr(article, field) == datetime.fromisoformat(want[field]), field
    if "authors" in want:
        assert list(article.authors) == want["authors"]


def test_non_utf8_pages_decode_right_from_meta_charset_and_from_http_charset():
    french = fixture_article("latin1_fr")  # charset only in <meta http-equiv>
    russian = fixture_article("cp1251_ru")  # charset only in the HTTP header
    assert "éclaté" in french.text and "\ufffd" not in french.text
    assert "обстрела" in russian.text and "\ufffd" not in russian.text


def test_utf8_page_mislabelled_latin1_by_the_server_still_decodes_as_utf8():
    body = (PAGES / "arabic_article.html").read_bytes()
    article = extract_article(page_from(body, content_type="text/html; charset=ISO-8859-1"))
    assert article.language == "ar"
    assert "مدنيين" in article.text


def test_undeclared_encoding_is_detected():
    html = (PAGES / "cp1251_ru.html").read_bytes()  # cp1251 bytes, no charset anywhere
    article = extract_article(page_from(html, content_type="text/html"))
    assert "обстрела" in article.text


def test_page_without_date_or_title_takes_them_from_the_feed_entry():
    body = (
        "<html><body><div class='article-body'>"
        + "".join(
            f"<p>Paragraph {i} says that the talks between the delegations continued late into the night "
            f"without any agreement on the release of prisoners held by either side.</p>"
            for i in range(6)
        )
        + "</div></body></html>"
    ).encode()
    published = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    entry = FeedEntry(
        feed_url="https://news.example/rss",
        link="https://news.example/a/1",
        title="Prisoner talks run late",
        published_at=published,
        outlet="News Example",
        language="en",
    )
    article = extract_article(page_from(body), entry)
    assert article.page_kind == "article"
    assert article.title == "Prisoner talks run late"
    assert article.published_at == published
    assert (
        not article.page_dated
    )  # the date is the feed's: the page gives none (story linking reads it undated)
    assert article.site_name == "News Example"
    without_entry = extract_article(page_from(body))
    assert without_entry.title == ""
    assert without_entry.site_name == "news.example"


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"\x00\x01\x02\xff\xfe garbage \x89PNG\r\n",
        b"just some plain text, no markup",
        b"<html><head><title>x</title></head><body></body></html>",
        b"<html><body><p>Unclosed <div><span>tags everywhere",
        b'<?xml version="1.0" encoding="utf-8"?><html><body><p>xml declaration</p></body></html>',
        b"%PDF-1.4 binary stream",
        b"<html><body>" + "\u00e9".encode("utf-16") * 100,
    ],
)
def test_junk_input_never_raises_and_is_flagged(body):
    article = extract_article(page_from(body))
    assert isinstance(article, Article)
    assert article.page_kind in ("empty", "index", "video", "liveblog", "paywall", "binary")
    assert article.text == ""
    assert article.content_hash == ""


def test_failed_fetch_is_empty():
    page = RawPage(url="https://news.example/a/1", final_url="", status=0, content=b"", error="timeout")
    article = extract_article(page)
    assert article.page_kind == "empty"
    assert article.canonical_url == "https://news.example/a/1"


def test_canonical_url_prefers_the_pages_rel_canonical():
    body = (PAGES / "wire_dateline.html").read_bytes()
    article = extract_article(page_from(body, "https://frontline-daily.example/amp/s/8841?utm_source=rss"))
    # the page's link (with a ?ref= tracking parameter that canonicalisation removes) wins over the URL
    assert article.canonical_url == "https://frontline-daily.example/world/asia/kunduz-checkpoint-attack"
    assert article.url == "https://frontline-daily.example/amp/s/8841?utm_source=rss"


def test_canonical_url_falls_back_to_the_fetched_url():
    body = (PAGES / "split_body.html").read_bytes()  # no rel=canonical
    article = extract_article(page_from(body, "https://MeridianPost.example/news/aid-convoy?utm_medium=feed"))
    assert article.canonical_url == "https://meridianpost.example/news/aid-convoy"


def test_record_is_json_ready_and_matches_the_article():
    article = fixture_article("wire_dateline")
    record = article_record(article)
    assert json.loads(json.dumps(record)) == record
    assert record["text"] == article.text
    assert record["published_at"] == "2024-03-12T02:15:00+00:00"
    assert article.page_dated  # the page's own date
    assert record["authors"] == ["Mariam Haidari"]
    assert record["content_hash"] == content_hash(article.text)
    assert set(record) >= {
        "url",
        "canonical_url",
        "title",
        "text",
        "published_at",
        "updated_at",
        "authors",
        "language",
        "site_name",
        "dateline",
        "page_kind",
        "content_hash",
    }


def test_site_name_is_cut_from_a_page_title_but_a_colon_headline_is_kept():
    paragraphs = "".join(
        f"<p>Sentence {i}: the delegations met again on Friday and agreed to meet once more next week.</p>"
        for i in range(8)
    )

    def page(title: str) -> bytes:
        return (
            f'<html><head><title>{title}</title><meta property="og:site_name" content="Border Herald">'
            f'</head><body><article class="article-body">{paragraphs}</article></body></html>'
        ).encode()

    assert extract_article(page_from(page("Talks resume | Border Herald"))).title == "Talks resume"
    assert extract_article(page_from(page("Border Herald - Talks resume"))).title == "Talks resume"
    assert extract_article(page_from(page("Talks resume: what next"))).title == "Talks resume: what next"


def test_utf8_page_with_a_few_broken_bytes_keeps_the_rest_of_its_text():
    body = (PAGES / "arabic_article.html").read_bytes().replace(b"<nav>", b"<nav>\xff\xfe")
    article = extract_article(page_from(body, content_type="text/html; charset=utf-8"))
    assert "مدنيين" in article.text


def test_non_html_media_types_are_binary_without_parsing():
    body = (PAGES / "wire_dateline.html").read_bytes()
    for content_type in ("application/pdf", "image/jpeg", "video/mp4; codecs=avc1"):
        article = extract_article(page_from(body, content_type=content_type))
        assert article.page_kind == "binary" and article.text == ""


def test_stub_with_a_subscribe_notice_but_no_schema_declaration_is_a_paywall():
    lead = (
        "Shipping insurers raised premiums again on Monday after two more tankers were struck near the "
        "strait, brokers said, and several owners began sending ships the long way around the cape."
    )
    body = (
        "<html><head><meta property='og:type' content='article'><title>Premiums rise</title></head><body>"
        f"<article class='article-body'><p>{lead}</p><p>Subscribe to continue reading.</p></article></body></html>"
    ).encode()
    article = extract_article(page_from(body))
    assert article.page_kind == "paywall"
    assert article.text == lead


def test_placeholder_dates_are_ignored():
    body = (PAGES / "split_body.html").read_bytes().replace(b"2023-11-04T14:20:00Z", b"0001-01-01T00:00:00Z")
    assert extract_article(page_from(body)).published_at != datetime(1, 1, 1, tzinfo=UTC)


def test_next_story_of_an_infinite_scroll_page_is_not_joined_to_the_article():
    html = (PAGES / "split_body.html").read_text(encoding="utf-8")
    # turn the second half into another story: its own headline between the two containers
    html = html.replace(
        '<div class="ad-row">',
        '<div class="next-story"><h1>Fuel prices double in coastal cities</h1></div><div class="ad-row">',
    )
    article = extract_article(page_from(html.encode()))
    assert "forty thousand people" not in article.text
    assert article.text.startswith("A convoy of eighteen trucks")


UNSPACED_FIXTURES = [n for n in FIXTURES if expected(n).get("language") in ("zh", "ja", "th")]


@pytest.mark.parametrize("name", UNSPACED_FIXTURES)
def test_no_page_in_a_script_without_spaces_comes_out_empty_even_undeclared(name):
    """The length and headline rules count words in every script: a Chinese, Japanese or Thai article
    that declares neither og:type nor schema.org is still an article, with all its paragraphs."""
    want = expected(name)
    html = (PAGES / f"{name}.html").read_text(encoding="utf-8")
    html = re.sub(
        r'<meta property="og:type"[^>]*>|<script type="application/ld\+json">.*?</script>', "", html
    )
    article = extract_article(page_from(html.encode(), want["url"]))
    assert article.page_kind == "article"
    assert article.text == want["body"]
