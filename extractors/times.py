"""Timestamps as the warehouse stores and compares them: naive UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def naive_utc(value: datetime | None) -> datetime | None:
    """An aware datetime converted to UTC and made naive; naive values are taken as UTC already."""
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)
