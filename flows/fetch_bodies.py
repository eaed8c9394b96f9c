"""Bodies, for `flows/fetch.py` (LIMITS in its docstring): streamed and decoded with bounded
decompressors (`_BoundedDecoder`, `_ZlibStage`, `_BrotliStage`: a gzip or brotli bomb stops at
`max_body_bytes`), and the content-type checks before a body is read (`content_type_refusal`).
"""

from __future__ import annotations

import zlib

import brotli

from flows.fetch_guard import BodyTooLarge, FetchRefused

_REFUSED_MEDIA_PREFIXES = ("image/", "audio/", "video/", "font/", "model/")
_REFUSED_MEDIA_TYPES = frozenset(
    {"application/pdf", "application/zip", "application/gzip", "application/x-gzip", "application/x-tar",
     "application/x-7z-compressed", "application/vnd.rar", "application/msword", "application/wasm"}
)  # fmt: skip


# ------------------------------------------------------------------------------------------- bodies


class _BoundedDecoder:
    """Content-Encoding decoding that never produces more than `limit` bytes (decompression bombs)."""

    def __init__(self, content_encoding: str, limit: int) -> None:
        self.limit = limit
        self.produced = 0
        codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
        codings = [c for c in codings if c not in ("identity", "")]
        self._stages = [self._stage(c) for c in reversed(codings)]

    @staticmethod
    def _stage(coding: str) -> _Stage:
        if coding in ("gzip", "x-gzip"):
            return _ZlibStage(zlib.MAX_WBITS | 16)
        if coding == "deflate":
            return _ZlibStage(zlib.MAX_WBITS, raw_fallback=True)
        if coding == "br":
            return _BrotliStage()
        raise FetchRefused(f"unsupported content-encoding {coding!r}")

    def feed(self, data: bytes) -> bytes:
        try:
            for stage in self._stages:
                data = stage.feed(data, self.limit - self.produced)
        except BodyTooLarge as exc:
            raise BodyTooLarge(f"decompressed body larger than max_body_bytes={self.limit}") from exc
        self.produced += len(data)
        if self.produced > self.limit:
            raise BodyTooLarge(f"body larger than max_body_bytes={self.limit} after decoding")
        return data


class _Stage:
    def feed(self, data: bytes, allowance: int) -> bytes:  # pragma: no cover - interface
        raise NotImplementedError


class _ZlibStage(_Stage):
    def __init__(self, wbits: int, raw_fallback: bool = False) -> None:
        self._wbits = wbits
        self._raw_fallback = raw_fallback
        self._decompressor = zlib.decompressobj(wbits)
        self._started = False

    def feed(self, data: bytes, allowance: int) -> bytes:
        out = bytearray()
        while data:
            try:
                chunk = self._decompressor.decompress(data, max(allowance - len(out), 0) + 1)
            except zlib.error as exc:
                if self._raw_fallback and not self._started:  # "deflate" sent without the zlib header
                    self._raw_fallback = False
                    self._decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise FetchRefused(f"corrupt compressed body: {exc}") from exc
            self._started = True
            out += chunk
            if len(out) > allowance or self._decompressor.unconsumed_tail:
                raise BodyTooLarge(f"decompressed body larger than max_body_bytes ({allowance} left)")
            data = b""
            if self._decompressor.eof and self._decompressor.unused_data:  # concatenated gzip members
                data = self._decompressor.unused_data
                self._decompressor = zlib.decompressobj(self._wbits)
        return bytes(out)


class _BrotliStage(_Stage):
    def __init__(self) -> None:
        self._decompressor = brotli.Decompressor()

    def feed(self, data: bytes, allowance: int) -> bytes:
        if not data:
            return b""
        try:
            out = self._decompressor.process(data, output_buffer_limit=max(allowance, 0) + 1)
        except brotli.error as exc:
            raise FetchRefused(f"corrupt brotli body: {exc}") from exc
        if len(out) > allowance or not self._decompressor.can_accept_more_data():
            raise BodyTooLarge(f"decompressed body larger than max_body_bytes ({allowance} left)")
        return out


def content_type_refusal(content_type: str, kind: str) -> str | None:
    """Why a 2xx response of this media type is not read for a `kind` ('feed'|'page'), or None."""
    media = content_type.split(";", 1)[0].strip().lower()
    if not media or kind == "robots":
        return None
    if media.startswith(_REFUSED_MEDIA_PREFIXES) or media in _REFUSED_MEDIA_TYPES:
        return f"unexpected content-type {media!r} for a {kind}"
    if kind == "page" and not ("html" in media or "xml" in media or media.startswith("text/")):
        return f"unexpected content-type {media!r} for a page"
    return None
