"""SSRF GUARD and the fetch's errors, for `flows/fetch.py` (its docstring states the rules): every host
resolved once per run and ALL its addresses checked (`address_block_reason`: link-local, metadata,
multicast, unspecified and reserved ranges ALWAYS refused, loopback and private ones unless
`allow_private_hosts`), the connection then made to exactly those addresses (`_Resolver`,
`_GuardedNetworkBackend`, `_GuardedTransport`); per-host transports (`_PerHostTransport`); the
refusals (`FetchRefused`, `BlockedAddress`, `BodyTooLarge`) and `BudgetExceeded`.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
from typing import Any

import httpcore
import httpx

# Ranges refused even with allow_private_hosts: cloud metadata endpoints and addresses that are never
# a web server. Link-local (169.254/16, fe80::/10) is checked by `is_link_local`.
ALWAYS_BLOCKED_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in (
        "100.100.100.200/32",  # Alibaba Cloud metadata
        "fd00:ec2::254/128",  # AWS metadata over IPv6
        "0.0.0.0/8",
        "255.255.255.255/32",
    )
)


def address_block_reason(address: str, allow_private_hosts: bool) -> str | None:
    """SSRF GUARD: why `address` (an IP literal) may not be contacted, or None when it may."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_link_local:
        return "link-local address (cloud metadata range)"
    if any(ip in net for net in ALWAYS_BLOCKED_NETWORKS if net.version == ip.version):
        return "metadata or unusable address"
    if ip.is_multicast or ip.is_unspecified:
        return "multicast or unspecified address"
    if ip.is_loopback or ip.is_private:
        if allow_private_hosts:
            return None
        return "loopback address" if ip.is_loopback else "private address"
    if ip.is_reserved:
        return "reserved address"
    if not ip.is_global and not allow_private_hosts:
        return "non-global address"
    return None


# ------------------------------------------------------------------------------------------- errors


class FetchRefused(Exception):
    """A policy refusal (scheme, address, robots, size, content-type, redirects): never retried."""


class BlockedAddress(FetchRefused):
    pass


class BodyTooLarge(FetchRefused):
    pass


class BudgetExceeded(Exception):
    pass


# ------------------------------------------------------------------------------------------- SSRF


class _Resolver:
    """Resolves each host once per run and checks every address; the connection uses these addresses."""

    def __init__(self, allow_private_hosts: bool, timeout_s: float = 10.0) -> None:
        self.allow_private_hosts = allow_private_hosts
        self.timeout_s = timeout_s
        self._cache: dict[tuple[str, int], asyncio.Future[list[str]]] = {}

    async def checked_addresses(self, host: str, port: int) -> list[str]:
        key = (host.lower(), port)
        if key not in self._cache:
            self._cache[key] = asyncio.ensure_future(self._resolve(host, port))
        return await asyncio.shield(self._cache[key])

    async def _resolve(self, host: str, port: int) -> list[str]:
        try:
            ipaddress.ip_address(host.split("%", 1)[0])
            addresses = [host]
        except ValueError:
            try:
                lookup = asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
                infos = await asyncio.wait_for(lookup, self.timeout_s)
            except (socket.gaierror, UnicodeError) as exc:
                raise FetchRefused(f"DNS resolution of {host} failed: {exc}") from exc
            except TimeoutError as exc:
                raise FetchRefused(f"DNS resolution of {host} timed out ({self.timeout_s:g}s)") from exc
            addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        for address in addresses:
            reason = address_block_reason(address, self.allow_private_hosts)
            if reason is not None and address == host:
                raise BlockedAddress(f"refused: {host} is a {reason}")
            if reason is not None:
                raise BlockedAddress(f"refused: {host} resolves to {address}, a {reason}")
        if not addresses:
            raise FetchRefused(f"DNS resolution of {host} returned no address")
        return addresses


class _GuardedNetworkBackend(httpcore.AsyncNetworkBackend):
    """Connects only to addresses the `_Resolver` checked (closes the DNS-rebinding window)."""

    def __init__(self, resolver: _Resolver) -> None:
        self._resolver = resolver
        self._backend = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await self._resolver.checked_addresses(host, port)
        last_error: Exception | None = None
        for address in addresses:
            try:
                return await self._backend.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
        assert last_error is not None
        raise last_error

    async def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        raise FetchRefused("unix sockets are not fetched")

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


class _GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport over an httpcore pool whose network backend is `_GuardedNetworkBackend`."""

    def __init__(self, backend: _GuardedNetworkBackend, ssl_context: ssl.SSLContext, keepalive: int) -> None:
        # httpx 0.28 (pinned) gives no public way to pass a network backend, so the pool is built here
        # (super().__init__ is skipped: it would only build a pool, and an SSL context, to throw away).
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=None,  # our semaphores bound the requests in flight
            max_keepalive_connections=keepalive,
            keepalive_expiry=10.0,
            network_backend=backend,
        )


class _PerHostTransport(httpx.AsyncBaseTransport):
    """One small connection pool per host: httpcore's pool scans all its connections on every request
    (quadratic in their number), which made one shared pool over many hosts the bottleneck."""

    def __init__(self, resolver: _Resolver, keepalive_per_host: int) -> None:
        self._backend = _GuardedNetworkBackend(resolver)
        self._ssl_context = httpx.create_ssl_context(trust_env=False)
        self._keepalive = keepalive_per_host
        self._transports: dict[str, _GuardedTransport] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        if host not in self._transports:
            self._transports[host] = _GuardedTransport(self._backend, self._ssl_context, self._keepalive)
        return await self._transports[host].handle_async_request(request)

    async def aclose(self) -> None:
        for transport in self._transports.values():
            await transport.aclose()
