"""Event coding: cleaned article text -> ACLED-style event mentions (`code_events`)."""

from extractors.events.coder import code_events

__all__ = ["code_events"]
