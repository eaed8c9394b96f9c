"""A feed's one default timestamp for its undated items is no date (`feeds.without_default_dates`):
those items are undated and their articles say so (`date_source` "feed-default")."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.article import extract_article
from extractors.feeds import parse_feed
from extractors.models import FeedSpec, RawPage

FEED = FeedSpec(url="https://wire.example/rss.xml")
BUILT = "Tue, 02 Jul 2024 17:45:12 +0000"


def _rss(channel_date: str | None, item_dates: list[str | None]) -> bytes:
    items = "".join(
        f"<item><title>Item {k}</title><link>https://wire.example/n/{k}</link>"
        + (f"<pubDate>{d}</pubDate>" if d else "")
        + "</item>"
        for k, d in enumerate(item_dates)
    )
    built = f"<lastBuildDate>{channel_date}</lastBuildDate>" if channel_date else ""
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{built}{items}</channel></rss>'.encode()


def _dates(body: bytes) -> list[datetime | None]:
    return [e.published_at for e in parse_feed(body, FEED).entries]


def test_items_carrying_the_channels_build_time_are_undated():
    own = "Mon, 01 Jul 2024 06:10:00 +0000"
    parsed = parse_feed(_rss(BUILT, [BUILT, own, BUILT, BUILT]), FEED)
    assert [e.published_at for e in parsed.entries] == [
        None,
        datetime(2024, 7, 1, 6, 10, tzinfo=UTC),
        None,
        None,
    ]
    assert [e.default_date for e in parsed.entries] == [True, False, True, True]


def test_one_item_at_the_build_time_is_the_newest_item_not_a_default():
    own = "Mon, 01 Jul 2024 06:10:00 +0000"
    assert _dates(_rss(BUILT, [BUILT, own])) == [datetime(2024, 7, 2, 17, 45, 12, tzinfo=UTC),
                                                 datetime(2024, 7, 1, 6, 10, tzinfo=UTC)]  # fmt: skip


def test_every_item_at_one_second_without_a_channel_date_is_a_default():
    assert _dates(_rss(None, [BUILT, BUILT, BUILT])) == [None, None, None]


def test_items_of_one_day_given_without_their_time_keep_their_day():
    day = "Tue, 02 Jul 2024 00:00:00 +0000"
    assert _dates(_rss(day, [day, day, day])) == [datetime(2024, 7, 2, tzinfo=UTC)] * 3


def test_an_undated_page_behind_a_default_feed_date_is_undated_and_says_why():
    entry = parse_feed(_rss(BUILT, [BUILT, BUILT]), FEED).entries[0]
    html = b"<html><head><title>Clashes</title></head><body><article><p>" + b"Residents fled the town. " * 30
    page = RawPage(url=entry.link, final_url=entry.link, status=200, headers={"content-type": "text/html"},
                   content=html + b"</p></article></body></html>")  # fmt: skip
    article = extract_article(page, entry)
    assert article.published_at is None
    assert article.date_source == "feed-default"
