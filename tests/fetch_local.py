"""What the fetch tests fetch with: settings for a server on loopback (private hosts allowed, as a
local mirror would; no delays) and a plain page."""

from __future__ import annotations

from flows.fetch_settings import FetchSettings

HTML = b"<html><head><title>A page</title></head><body><p>Plain words.</p></body></html>"

LOCAL = FetchSettings(
    per_host_delay_s=0,
    allow_private_hosts=True,
    retry_backoff_s=0.01,
    connect_timeout_s=2,
    read_timeout_s=5,
    page_time_budget_s=5,
    max_body_bytes=1024 * 1024,
)
