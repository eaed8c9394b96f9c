"""A real HTTP server on a loopback address that misbehaves on purpose (tests and bench/bench_fetch.py).

It runs in a thread of the test process: `with LoopbackServer() as server: server.route(path, handler)`.
Handlers are small callables built by the factories below (`static`, `conditional`, `fail_then`,
`slow_endless_body`, `huge_body`, `redirect`, ...). Every request is recorded (`server.requests`) and the
server counts how many it handles at once (`server.max_active`), which is what politeness tests read.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CHUNK = 64 * 1024


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]


class Request:
    """What a handler sees: the request, and helpers to answer it."""

    def __init__(self, raw: BaseHTTPRequestHandler, server: LoopbackServer) -> None:
        self.raw = raw
        self.server = server
        self.path = raw.path
        self.headers = {k.lower(): v for k, v in raw.headers.items()}

    def send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.raw.send_response(status)
        headers = dict(headers or {})
        headers.setdefault("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.raw.send_header(name, value)
        self.raw.end_headers()
        if body:
            self.raw.wfile.write(body)

    def send_chunked(
        self, status: int, chunks: Iterable[bytes], headers: dict[str, str] | None = None
    ) -> None:
        """Stream `chunks` with Transfer-Encoding: chunked, until they end or the client goes away."""
        self.raw.send_response(status)
        for name, value in (headers or {}).items():
            self.raw.send_header(name, value)
        self.raw.send_header("Transfer-Encoding", "chunked")
        self.raw.end_headers()
        try:
            for chunk in chunks:
                if self.server.stopping.is_set():
                    break
                if chunk:
                    self.raw.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    self.raw.wfile.flush()
            self.raw.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.raw.close_connection = True


Handler = Callable[[Request], None]


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """Clients hanging up (the fetcher cuts bodies on purpose) are normal here, not tracebacks."""
        exc = sys.exc_info()[1]
        if not isinstance(exc, ConnectionError):
            super().handle_error(request, client_address)


class LoopbackServer:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.routes: dict[str, Handler] = {}
        self.requests: list[RecordedRequest] = []
        self.stopping = threading.Event()
        self.active = 0
        self.max_active = 0
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self) -> LoopbackServer:
        owner = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are separate writes: no 40 ms stalls

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                owner._handle(self)

            def log_message(self, format: str, *args: object) -> None:  # quiet
                pass

        self._httpd = _QuietServer((self.host, 0), _Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- routing -----------------------------------------------------------------------------
    @property
    def port(self) -> int:
        assert self._httpd is not None
        return self._httpd.server_address[1]

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, handler: Handler) -> str:
        self.routes[path] = handler
        return self.url(path)

    def paths_requested(self) -> list[str]:
        return [r.path for r in self.requests]

    def _handle(self, raw: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.requests.append(
                RecordedRequest(raw.command, raw.path, {k.lower(): v for k, v in raw.headers.items()})
            )
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        try:
            handler = self.routes.get(raw.path) or self.routes.get(raw.path.split("?", 1)[0])
            request = Request(raw, self)
            if handler is None:
                request.send(404, b"not here", {"Content-Type": "text/plain"})
            else:
                handler(request)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            raw.close_connection = True
        finally:
            with self._lock:
                self.active -= 1


# ------------------------------------------------------------------------------------------- handlers


def static(
    body: bytes, content_type: str = "application/rss+xml", status: int = 200, headers: dict | None = None
) -> Handler:
    def handle(request: Request) -> None:
        request.send(status, body, {"Content-Type": content_type, **(headers or {})})

    return handle


def conditional(
    body: bytes, etag: str, last_modified: str, content_type: str = "application/rss+xml"
) -> Handler:
    """200 with validators; 304 when the client sends a matching If-None-Match or If-Modified-Since."""

    def handle(request: Request) -> None:
        validators = {"ETag": etag, "Last-Modified": last_modified}
        if (
            request.headers.get("if-none-match") == etag
            or request.headers.get("if-modified-since") == last_modified
        ):
            request.send(304, b"", {**validators, "Content-Length": "0"})
        else:
            request.send(200, body, {"Content-Type": content_type, **validators})

    return handle


def fail_then(failures: int, status: int, then: Handler, headers: dict | None = None) -> Handler:
    """Answer `status` to the first `failures` requests, then hand over to `then`."""
    count = {"n": 0}
    lock = threading.Lock()

    def handle(request: Request) -> None:
        with lock:
            count["n"] += 1
            failing = count["n"] <= failures
        if failing:
            request.send(status, b"try later", {"Content-Type": "text/plain", **(headers or {})})
        else:
            then(request)

    return handle


def slow_endless_body(interval_s: float, content_type: str = "text/html") -> Handler:
    """A 200 whose chunked body never ends: one small chunk every `interval_s` until the client leaves."""

    def chunks() -> Iterable[bytes]:
        yield b"<html><body>"
        while True:
            time.sleep(interval_s)
            yield b"<p>still talking</p>"

    def handle(request: Request) -> None:
        request.send_chunked(200, chunks(), {"Content-Type": content_type})

    return handle


def huge_body(total_bytes: int, declare_length: bool, content_type: str = "text/html") -> Handler:
    """A body of `total_bytes`, generated lazily chunk by chunk (never held in memory)."""

    def chunks() -> Iterable[bytes]:
        block = b"<p>" + b"x" * (CHUNK - 7) + b"</p>"
        sent = 0
        while sent < total_bytes:
            piece = block[: min(CHUNK, total_bytes - sent)]
            sent += len(piece)
            yield piece

    def handle(request: Request) -> None:
        if not declare_length:
            request.send_chunked(200, chunks(), {"Content-Type": content_type})
            return
        raw = request.raw
        raw.send_response(200)
        raw.send_header("Content-Type", content_type)
        raw.send_header("Content-Length", str(total_bytes))
        raw.end_headers()
        try:
            for piece in chunks():
                if request.server.stopping.is_set():
                    break
                raw.wfile.write(piece)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            pass
        raw.close_connection = True

    return handle


def redirect(location: str, status: int = 302) -> Handler:
    def handle(request: Request) -> None:
        request.send(status, b"", {"Location": location})

    return handle


def delayed(latency_s: Callable[[], float], then: Handler) -> Handler:
    """Sleep `latency_s()` seconds before answering (bench: random latencies)."""

    def handle(request: Request) -> None:
        time.sleep(latency_s())
        then(request)

    return handle


def wait_for(event: threading.Event, timeout_s: float, then: Handler, otherwise: Handler) -> Handler:
    """Block until `event` is set (then answer with `then`), or give up after `timeout_s` (`otherwise`)."""

    def handle(request: Request) -> None:
        (then if event.wait(timeout_s) else otherwise)(request)

    return handle
