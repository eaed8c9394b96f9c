"""URL identity: tracking parameters, fragments, ports, AMP variants, rel=canonical."""

from __future__ import annotations

import pytest

from extractors.urls import canonical_url, page_canonical_url, url_key

SAME_ARTICLE = [
    ("https://www.example.org/world/strike-kills-9", "https://www.example.org/world/strike-kills-9"),
    (
        "https://www.example.org/world/strike-kills-9?utm_source=rss&utm_medium=feed",
        "https://www.example.org/world/strike-kills-9",
    ),
    (
        "https://www.example.org/world/strike-kills-9?fbclid=IwAR0x&gclid=abc",
        "https://www.example.org/world/strike-kills-9",
    ),
    ("https://www.example.org/world/strike-kills-9#comments", "https://www.example.org/world/strike-kills-9"),
    ("HTTPS://WWW.EXAMPLE.ORG:443/world/strike-kills-9", "https://www.example.org/world/strike-kills-9"),
    ("http://www.example.org:80/world/strike-kills-9", "https://example.org/world/strike-kills-9"),
    ("https://www.example.org/world/strike-kills-9/amp", "https://www.example.org/world/strike-kills-9"),
    ("https://www.example.org/world/strike-kills-9/amp/", "https://www.example.org/world/strike-kills-9/"),
    ("https://amp.example.org/world/strike-kills-9", "https://example.org/world/strike-kills-9"),
    ("https://www.example.org/world/strike-kills-9?amp=1", "https://www.example.org/world/strike-kills-9"),
    (
        "https://www.example.org/world/strike-kills-9?outputType=amp",
        "https://www.example.org/world/strike-kills-9",
    ),
    (
        "https://www-example-org.cdn.ampproject.org/c/s/www.example.org/world/strike-kills-9",
        "https://www.example.org/world/strike-kills-9",
    ),
    (
        "https://www.example.org/world/strike-kills-9.amp.html",
        "https://www.example.org/world/strike-kills-9.html",
    ),
    ("https://www.example.org/news?id=42&utm_campaign=x&b=1", "https://www.example.org/news?b=1&id=42"),
]


@pytest.mark.parametrize(("variant", "original"), SAME_ARTICLE)
def test_variants_of_one_article_share_a_key(variant: str, original: str) -> None:
    assert url_key(variant) == url_key(original)


DIFFERENT = [
    ("https://www.example.org/world/strike-kills-9", "https://www.example.org/world/strike-kills-10"),
    ("https://www.example.org/news?id=42", "https://www.example.org/news?id=43"),
    ("https://www.example.org/world/a", "https://www.other.org/world/a"),
    ("https://www.example.org/amp-stories/a", "https://www.example.org/stories/a"),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_articles_keep_different_keys(a: str, b: str) -> None:
    assert url_key(a) != url_key(b)


def test_canonical_form_drops_trackers_fragment_and_port() -> None:
    url = "HTTPS://News.Example.org:443/a/b?utm_source=x&id=5&fbclid=y#top"
    assert canonical_url(url) == "https://news.example.org/a/b?id=5"


def test_key_is_32_hex_and_empty_url_is_handled() -> None:
    key = url_key("https://example.org/a")
    assert len(key) == 32 and int(key, 16) >= 0
    assert canonical_url("") == "" and canonical_url("   ") == ""


def _page(head: str) -> bytes:
    return f"<html><head><title>t</title>{head}</head><body><p>text</p></body></html>".encode()


def test_rel_canonical_is_read_resolved_and_cleaned() -> None:
    html = _page('<link rel="canonical" href="/world/strike-kills-9?utm_source=x">')
    assert page_canonical_url(html, "https://www.example.org/amp/world/strike-kills-9") == (
        "https://www.example.org/world/strike-kills-9"
    )


def test_rel_canonical_accepts_str_with_encoding_declaration_and_subdomain() -> None:
    html = '<?xml version="1.0" encoding="utf-8"?><html><head><link rel="Canonical" href="https://news.example.org/a"></head></html>'
    assert page_canonical_url(html, "https://www.example.org/a?page=1") == "https://news.example.org/a"


@pytest.mark.parametrize(
    "head",
    [
        "",  # none
        '<link rel="canonical" href="https://www.other-site.net/original">',  # syndication credit
        '<link rel="canonical" href="https://www.example.org/">',  # front page: misconfigured
        '<link rel="canonical" href="mailto:desk@example.org">',
        '<link rel="alternate" href="https://www.example.org/feed">',
    ],
)
def test_rel_canonical_ignored_when_absent_foreign_or_useless(head: str) -> None:
    assert page_canonical_url(_page(head), "https://www.example.org/world/a") is None


def test_rel_canonical_on_empty_or_broken_input() -> None:
    assert page_canonical_url(b"", "https://example.org/a") is None
    assert page_canonical_url(b"\x00\x01 not html", "https://example.org/a") is None


@pytest.mark.parametrize(
    ("url", "key"),
    [
        (
            "https://www.example.org/news/a-story/?utm_source=x&b=2&a=1#top",
            "fe5bfb8f69d53d50c78803b691249342",
        ),
        ("http://EXAMPLE.org:80/amp/news/a-story", "c9571302296565493ec854899c61e40d"),
        (
            "https://example.org.cdn.ampproject.org/c/s/example.org/news/a-story",
            "c9571302296565493ec854899c61e40d",
        ),
        ("  https://example.org/news/a-story?amp=1  ", "c9571302296565493ec854899c61e40d"),
        ("", "e3b0c44298fc1c149afbf4c8996fb924"),
    ],
)
def test_the_key_of_a_canonical_url_is_the_stored_article_id(url: str, key: str) -> None:
    """`canonical_key` of a canonical URL gives the article id warehouses already hold for it
    (pinned values: a change to the key would orphan every stored article), as `url_key` does."""
    from extractors.urls import canonical_key

    assert canonical_key(canonical_url(url)) == key
    assert url_key(url) == key
