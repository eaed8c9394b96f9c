"""A recorded web on 127.0.0.1: serves the shipped demo corpus (feeds and pages).

Used by `conflictwire demo` and by the end-to-end tests. Feeds may contain `{{BASE}}`, which is
replaced by the server's own root URL (the demo serves on one fixed port, `demo_port`, so its URLs
are the same every time and a second `make demo` adds nothing); feeds get an ETag and answer conditional requests with
304, as real feed servers do. Every request is counted per path.
"""

from __future__ import annotations

import hashlib
import http.server
import socketserver
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BASE_PLACEHOLDER = "{{BASE}}"
CONTENT_TYPES = {
    ".xml": "application/rss+xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".json": "application/feed+json",
    ".html": "text/html",
    ".htm": "text/html",
    ".txt": "text/plain",
}


def demo_site_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "site"


def demo_feed_names() -> dict[str, str]:
    """Feed path (relative to the site root) -> outlet name, for every feed of the demo site."""
    site = demo_site_dir()
    names = {}
    for path in sorted((site / "feeds").iterdir()):
        if path.suffix in {".xml", ".atom", ".rss"} and not path.stem.startswith("broken"):
            names[f"feeds/{path.name}"] = path.stem.replace("-", " ").title()
    return names


class RecordedWeb(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, root: Path, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.root = root.resolve()
        self.hits: Counter[str] = Counter()
        self.conditional_hits: Counter[str] = Counter()
        self.fail_next: Counter[str] = Counter()  # path -> how many 503s to answer before serving it
        self.lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(http.server.BaseHTTPRequestHandler):
    server: RecordedWeb

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        conditional = bool(self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"))
        with self.server.lock:
            self.server.hits[path] += 1
            if conditional:
                self.server.conditional_hits[path] += 1
            failing = self.server.fail_next[path] > 0
            if failing:
                self.server.fail_next[path] -= 1
        if failing:
            self.send_error(503, "temporarily unavailable")
            return
        file = (self.server.root / path.lstrip("/")).resolve()
        if not file.is_file() or self.server.root not in file.parents:
            self.send_error(404, "not found")
            return
        body = file.read_bytes()
        if BASE_PLACEHOLDER.encode() in body:
            body = body.replace(BASE_PLACEHOLDER.encode(), self.server.base_url.encode())
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", CONTENT_TYPES.get(file.suffix, "application/octet-stream"))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", "Mon, 03 Mar 2025 10:00:00 GMT")
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def recorded_web(root: Path, port: int = 0) -> Iterator[RecordedWeb]:
    """Serve `root` on 127.0.0.1 (`port`, or a free one) for the duration of the block."""
    server = RecordedWeb(root, port)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def serve_directory(root: Path, port: int = 0) -> Iterator[str]:
    """Like `recorded_web`, yielding only the base URL."""
    with recorded_web(root, port) as server:
        yield server.base_url
