"""The site of `bench/pipeline.py`: pages, feeds and robots.txt written to disk, and the web on
loopback that serves them (one asyncio HTTP/1.1 server per host, gzip, ETags, 304s).
"""

from __future__ import annotations

import asyncio
import dataclasses
import gzip
import hashlib
import json
import re
import signal
from collections import defaultdict
from pathlib import Path
from xml.sax.saxutils import escape

BASE = "{{BASE}}"
CONTENT_TYPES = {".xml": "application/rss+xml", ".html": "text/html; charset=utf-8", ".txt": "text/plain"}
ITEMS_PER_FEED = 100


# --------------------------------------------------------------------------- the site on disk


def write_site(site: Path, pages, hosts: int) -> dict:
    """Pages (gzip), feeds (RSS 2.0, links with the {{BASE}} placeholder) and robots.txt per host;
    returns the manifest (also written as site/manifest.json)."""
    feeds: dict[tuple[int, int], list] = defaultdict(list)
    files = []
    for page in pages:
        out = site / f"h{page.host}" / (page.path.lstrip("/") + ".gz")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(gzip.compress(page.html.encode("utf-8"), compresslevel=5, mtime=0))
        feeds[(page.host, page.feed)].append(dataclasses.replace(page, html=""))  # not the page itself
        files.append({"host": page.host, "path": page.path, "language": page.language, "conflict": page.conflict,
                      "kind": page.kind})  # fmt: skip
    feed_list = []
    for (host, feed), items in sorted(feeds.items()):
        language = max({p.language for p in items}, key=[p.language for p in items].count)
        path = f"/feeds/news-{feed}.xml"
        channel = [
            f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Daily {host} - {feed}</title>'
            f"<link>{BASE}/</link><description>News</description><language>{language}</language><ttl>15</ttl>"
        ]
        for p in items:
            channel.append(
                f"<item><title>{escape(p.title)}</title><link>{BASE}{p.path}</link><guid>{BASE}{p.path}</guid>"
                f"<pubDate>{p.published.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
                f"<description>{escape(p.summary)}</description></item>"
            )
        channel.append("</channel></rss>")
        out = site / f"h{host}" / (path.lstrip("/") + ".gz")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(gzip.compress("".join(channel).encode("utf-8")))
        feed_list.append({"host": host, "path": path, "name": f"Daily {host} ({feed})", "language": language})
    for host in range(hosts):
        robots = site / f"h{host}" / "robots.txt.gz"
        robots.parent.mkdir(parents=True, exist_ok=True)
        robots.write_bytes(gzip.compress(b"User-agent: *\nDisallow: /private/\n"))
    manifest = {"hosts": hosts, "feeds": feed_list, "pages": files}
    (site / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return manifest


def copy_site(source: Path, site: Path, n: int | None) -> dict:
    """Copy the replay site `source` to `site` with only the first n pages of its manifest (all if n
    is None or at least its size): those pages, robots.txt, and each feed with only the items that
    link to them (feeds left with no item are dropped). Returns the new manifest (also written)."""
    manifest = json.loads((source / "manifest.json").read_text(encoding="utf-8"))
    pages = manifest["pages"] if n is None else manifest["pages"][: max(n, 0)]
    kept = {(p["host"], p["path"]) for p in pages}
    for page in pages:
        rel = f"h{page['host']}/" + page["path"].lstrip("/") + ".gz"
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_bytes((source / rel).read_bytes())
    for host in range(manifest["hosts"]):
        robots = source / f"h{host}" / "robots.txt.gz"
        if robots.is_file():
            (site / f"h{host}").mkdir(parents=True, exist_ok=True)
            (site / f"h{host}" / "robots.txt.gz").write_bytes(robots.read_bytes())
    feeds = []
    for feed in manifest["feeds"]:
        rel = f"h{feed['host']}/" + feed["path"].lstrip("/") + ".gz"
        xml = gzip.decompress((source / rel).read_bytes()).decode("utf-8")
        head, _, rest = xml.partition("<item>")
        items = [] if not rest else ("<item>" + rest).removesuffix("</channel></rss>").split("</item>")[:-1]
        link = re.compile(r"<link>" + re.escape(BASE) + r"([^<]*)</link>")
        items = [i for i in items if (m := link.search(i)) and (feed["host"], m.group(1)) in kept]
        if not items:
            continue
        body = head + "".join(i + "</item>" for i in items) + "</channel></rss>"
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))
        feeds.append(feed)
    subset = {"hosts": manifest["hosts"], "feeds": feeds, "pages": pages}
    (site / "manifest.json").write_text(json.dumps(subset), encoding="utf-8")
    return subset


def load_replay_pages(source: Path, n: int, hosts: int):
    """PageSpec-like records for the *.html / *.html.gz files under `source` (at most n)."""
    from datetime import UTC, datetime, timedelta

    from pipeline_corpus import PageSpec

    files = sorted(p for p in source.rglob("*") if p.name.endswith((".html", ".htm", ".html.gz", ".htm.gz")))[
        :n
    ]
    pages = []
    now = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)
    per_host: dict[int, int] = defaultdict(int)
    for i, file in enumerate(files):
        raw = file.read_bytes()
        if file.name.endswith(".gz"):
            raw = gzip.decompress(raw)
        text = raw.decode("utf-8", "replace")
        match = re.search(r"<title[^>]*>(.*?)</title>", text, re.S | re.I)
        title = " ".join((match.group(1) if match else file.stem).split())[:200]
        host = i % hosts
        slot = per_host[host]
        per_host[host] += 1
        digest = hashlib.sha1(file.name.encode()).hexdigest()[:10]
        pages.append(
            PageSpec(
                host,
                f"/replay/{digest}.html",
                slot // ITEMS_PER_FEED,
                title,
                title,
                now - timedelta(minutes=3 * i),
                "en",
                False,
                "article",
                text,
            )  # fmt: skip
        )
    return pages


# --------------------------------------------------------------------------- the web on loopback


class _Site:
    def __init__(self, root: Path, host: int):
        self.root = root / f"h{host}"
        self.base = ""
        self.cache: dict[str, tuple[bytes, str]] = {}


async def _handle(site: _Site, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, counts) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, _version = (lines[0].split(" ") + ["", ""])[:3]
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            path = target.split("?", 1)[0]
            file = (site.root / (path.lstrip("/") + ".gz")).resolve()
            counts["requests"] += 1
            if method != "GET" or site.root not in file.parents or not file.is_file():
                writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                await writer.drain()
                continue
            body = file.read_bytes()
            suffix = Path(path).suffix or ".txt"
            if suffix == ".xml":  # feeds carry the placeholder: the server's own address
                if path not in site.cache:  # (mtime=0: the same bytes, so the same ETag, every time)
                    plain = gzip.decompress(body).replace(BASE.encode(), site.base.encode())
                    site.cache[path] = (gzip.compress(plain, 1, mtime=0), "")
                body = site.cache[path][0]
            etag = '"' + hashlib.md5(body).hexdigest()[:16] + '"'
            if headers.get("if-none-match") == etag:
                writer.write(
                    f"HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nContent-Length: 0\r\n\r\n".encode()
                )
                counts["not_modified"] += 1
                await writer.drain()
                continue
            encoding = "gzip" in headers.get("accept-encoding", "")
            if not encoding:
                body = gzip.decompress(body)
            counts["bytes"] += len(body)
            writer.write(
                (
                    f"HTTP/1.1 200 OK\r\nContent-Type: {CONTENT_TYPES.get(suffix, 'text/plain')}\r\n"
                    f"Content-Length: {len(body)}\r\nETag: {etag}\r\n"
                    f"{'Content-Encoding: gzip' + chr(13) + chr(10) if encoding else ''}"
                    "Last-Modified: Mon, 03 Mar 2025 10:00:00 GMT\r\n\r\n"
                ).encode()
                + body
            )
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
        pass
    finally:
        writer.close()


def serve_site(root: str, hosts: int, conn) -> None:
    """The server process: one listening socket per host on 127.0.0.(2 + host); sends the base URLs,
    then serves until SIGTERM, then sends its request counts."""

    async def main() -> None:
        counts: dict[str, int] = defaultdict(int)
        bases = []
        servers = []
        for host in range(hosts):
            site = _Site(Path(root), host)
            server = await asyncio.start_server(
                lambda r, w, site=site: _handle(site, r, w, counts), f"127.0.0.{2 + host}", 0, backlog=256
            )
            site.base = f"http://127.0.0.{2 + host}:{server.sockets[0].getsockname()[1]}"
            bases.append(site.base)
            servers.append(server)
        conn.send(bases)
        stop = asyncio.Event()
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
        await stop.wait()
        conn.send(dict(counts))

    asyncio.run(main())
