"""Checks of the shipped demo corpus itself (tests/fixtures/site), not of the pipeline.

`make demo` and the end-to-end tests serve this directory on 127.0.0.1, replacing the literal
`{{BASE}}` with the server root. `expected.json` is the hand-written gold for every page a feed
links to, keyed by URL path (`/outlet/slug.html`), following the ACLED conventions of the gold
guide; each event's `note` says which words of the text support it. These tests keep the corpus,
its feeds and its gold consistent with each other, so a broken fixture fails here and not as a
puzzling end-to-end failure.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date, datetime, timedelta
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import feedparser
import pytest
from protego import Protego

SITE = Path(__file__).parent / "fixtures" / "site"
BASE = "{{BASE}}"
FEEDS = {
    "sahel-monitor.xml": "Sahel Monitor",
    "levant-daily.xml": "Levant Daily",
    "horn-wire.atom": "Horn Wire",
}
TAXONOMY = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}
EVENT_KEYS = {
    "event_type",
    "sub_event_type",
    "country",
    "admin1",
    "location",
    "date",
    "fatalities",
    "actor1",
    "actor2",
}


@cache
def expected() -> dict[str, dict]:
    return json.loads((SITE / "expected.json").read_text(encoding="utf-8"))


@cache
def parsed_feed(name: str) -> feedparser.FeedParserDict:
    return feedparser.parse((SITE / "feeds" / name).read_bytes())


def site_path(link: str) -> str:
    """`{{BASE}}/outlet/slug.html?x=y` -> `/outlet/slug.html`, the URL path the server answers."""
    assert link.startswith(BASE + "/"), link
    return urlsplit(link[len(BASE) :]).path


def site_file(path: str) -> Path:
    return SITE / path.lstrip("/")


@cache
def feed_links() -> tuple[tuple[str, str], ...]:
    """(feed file, entry link) for every entry of every real feed."""
    return tuple((name, entry.link) for name in FEEDS for entry in parsed_feed(name).entries)


class PageHead(HTMLParser):
    """Collects what the pipeline reads from a page head: lang, charset, title, meta, canonical."""

    def __init__(self) -> None:
        super().__init__()
        self.lang = ""
        self.charset = ""
        self.title = ""
        self.meta: dict[str, str] = {}
        self.canonical = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang", "")
        elif tag == "meta" and "charset" in a:
            self.charset = a["charset"].lower()
        elif tag == "meta" and ("property" in a or "name" in a):
            self.meta[a.get("property") or a["name"]] = a.get("content", "")
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href", "")
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def page_text(path: str) -> str:
    raw = site_file(path).read_bytes()
    head = raw[:400].decode("ascii", errors="replace").lower()
    return raw.decode("iso-8859-1" if 'charset="iso-8859-1"' in head else "utf-8")


def page_head(path: str) -> PageHead:
    head = PageHead()
    head.feed(page_text(path))
    return head


def articles() -> dict[str, dict]:
    return {path: page for path, page in expected().items() if page["kind"] == "article"}


# ---------------------------------------------------------------------------------------------- feeds


def test_robots_txt_blocks_only_private() -> None:
    robots = Protego.parse((SITE / "robots.txt").read_text(encoding="utf-8"))
    assert not robots.can_fetch("http://127.0.0.1:8000/private/draft.html", "conflictwire")
    assert robots.can_fetch("http://127.0.0.1:8000/sahel-monitor/mali-latest.html", "conflictwire")
    assert robots.can_fetch("http://127.0.0.1:8000/feeds/horn-wire.atom", "conflictwire")


@pytest.mark.parametrize("name", sorted(FEEDS))
def test_feed_parses_cleanly_with_dated_entries(name: str) -> None:
    feed = parsed_feed(name)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == FEEDS[name]
    assert len(feed.entries) >= 4
    for entry in feed.entries:
        assert entry.title and entry.id and entry.get("summary")
        assert entry.get("published_parsed") or entry.get("updated_parsed"), entry.link


def test_feed_versions_and_ttl() -> None:
    assert parsed_feed("sahel-monitor.xml").version == "rss20"
    assert parsed_feed("levant-daily.xml").version == "rss20"
    assert parsed_feed("horn-wire.atom").version == "atom10"
    assert parsed_feed("sahel-monitor.xml").feed.ttl == "30"


def test_broken_feed_is_not_a_feed() -> None:
    feed = parsed_feed("broken.xml")
    assert feed.bozo
    assert feed.entries == []


def test_every_feed_link_points_at_an_existing_page() -> None:
    for name, link in feed_links():
        assert site_file(site_path(link)).is_file(), f"{name}: {link}"


def test_expected_json_covers_exactly_the_linked_and_shipped_pages() -> None:
    linked = {site_path(link) for _, link in feed_links()}
    shipped = {"/" + p.relative_to(SITE).as_posix() for p in SITE.glob("*/*.html")}
    assert linked <= set(expected())
    assert set(expected()) == shipped
    assert 13 <= len(shipped) <= 15


def test_feeds_name_no_other_site_url_than_entries_root_and_self() -> None:
    """Channel/self links point at the site root or the feed itself, never at an unfetched page."""
    entry_paths = {site_path(link) for _, link in feed_links()}
    for name in FEEDS:
        text = (SITE / "feeds" / name).read_text(encoding="utf-8")
        for url in re.findall(r"\{\{BASE\}\}[^\s<\"]*", text):
            path = site_path(url.replace("&amp;", "&"))
            assert path == "/" or path.startswith("/feeds/") or path in entry_paths, (name, url)


def test_one_item_in_two_feeds_once_with_tracking_parameters() -> None:
    feeds_by_page: dict[str, set[str]] = defaultdict(set)
    for name, link in feed_links():
        feeds_by_page[site_path(link)].add(name)
    shared = [path for path, names in feeds_by_page.items() if len(names) == 2]
    assert len(shared) == 1
    links = [link for _, link in feed_links() if site_path(link) == shared[0]]
    queries = [parse_qs(urlsplit(link).query) for link in links]
    assert sorted(q.get("utm_source", [""])[0] for q in queries) == ["", "rss"]
    assert sorted(q.get("utm_medium", [""])[0] for q in queries) == ["", "feed"]
    # The page itself names its clean URL, so both links collapse to one article.
    assert page_head(shared[0]).canonical == BASE + shared[0]


def test_an_index_page_is_linked_from_a_feed() -> None:
    linked = {site_path(link) for _, link in feed_links()}
    index_pages = [path for path, page in expected().items() if page["kind"] == "index"]
    assert len(index_pages) == 1
    assert index_pages[0] in linked
    assert expected()[index_pages[0]]["events"] == []


# ---------------------------------------------------------------------------------------------- pages


@pytest.mark.parametrize("path", sorted(expected()))
def test_page_metadata_matches_gold(path: str) -> None:
    page = expected()[path]
    head = page_head(path)
    assert head.lang == page["language"]
    assert head.title.startswith(page["title"])
    assert head.meta["og:title"] == page["title"]
    assert head.meta["og:site_name"] == page["outlet"]
    if page["kind"] == "article":
        assert head.meta["article:published_time"] == page["published"]
        # Every article opens with a wire dateline naming its outlet.
        assert f"({page['outlet']})" in page_text(path)


def test_exactly_one_page_is_latin1_and_really_encoded_so() -> None:
    latin1 = [path for path in expected() if page_head(path).charset == "iso-8859-1"]
    assert len(latin1) == 1
    raw = site_file(latin1[0]).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("iso-8859-1")
    assert "tu\u00e9s" in text and "s\u00e9curitaires" in text
    assert expected()[latin1[0]]["language"] == "fr"
    for path in set(expected()) - set(latin1):
        site_file(path).read_bytes().decode("utf-8")  # raises if a page is mis-encoded


# ---------------------------------------------------------------------------------------------- gold


@pytest.mark.parametrize("path", sorted(expected()))
def test_gold_events_follow_the_acled_conventions(path: str) -> None:
    page = expected()[path]
    assert page["kind"] in {"article", "index"}
    if page["kind"] == "index":
        assert page["events"] == []
        return
    assert page["story"]
    published = datetime.fromisoformat(page["published"]).date()
    for event in page["events"]:
        assert set(event) >= EVENT_KEYS, EVENT_KEYS - set(event)
        assert event["sub_event_type"] in TAXONOMY[event["event_type"]]
        assert isinstance(event["fatalities"], int) and event["fatalities"] >= 0
        assert event["actor1"] and event["country"] and event["location"]
        happened = date.fromisoformat(event["date"])
        assert published - timedelta(days=7) <= happened <= published, (path, event["date"])


def test_syndicated_wire_story_on_three_outlets_with_a_later_higher_toll() -> None:
    pages_by_story: dict[str, list[str]] = defaultdict(list)
    for path, page in articles().items():
        pages_by_story[page["story"]].append(path)
    syndicated = [paths for paths in pages_by_story.values() if len(paths) >= 3]
    assert len(syndicated) == 1
    paths = syndicated[0]
    assert len({expected()[p]["outlet"] for p in paths}) == 3
    assert len({expected()[p]["title"] for p in paths}) == 3
    # One real-world event behind all three pages: the gold gives it one id.
    assert len({e["id"] for p in paths for e in expected()[p]["events"]}) == 1
    toll = {p: expected()[p]["events"][0]["fatalities"] for p in paths}
    highest = max(paths, key=toll.__getitem__)
    assert toll[highest] > min(toll.values())
    assert expected()[highest]["published"] == max(expected()[p]["published"] for p in paths)


def test_look_alike_event_in_the_same_town_stays_a_separate_event() -> None:
    seen: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
    for page in articles().values():
        for event in page["events"]:
            seen[(event["country"], event["location"], event["sub_event_type"])].add(
                (event["id"], event["date"])
            )
    look_alikes = [ids for ids in seen.values() if len({day for _, day in ids}) >= 2]
    assert look_alikes
    assert all(len({event_id for event_id, _ in ids}) == len(ids) for ids in look_alikes)


def test_exactly_one_article_reports_no_event() -> None:
    empty = [path for path, page in articles().items() if not page["events"]]
    assert len(empty) == 1


def test_corpus_covers_the_event_types_the_coder_must_handle() -> None:
    kinds = {e["sub_event_type"] for page in articles().values() for e in page["events"]}
    assert {
        "Air/drone strike",
        "Armed clash",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Attack",
        "Abduction/forced disappearance",
        "Peaceful protest",
        "Protest with intervention",
        "Non-state actor overtakes territory",
    } <= kinds
    assert len({e["country"] for page in articles().values() for e in page["events"]}) >= 8
