"""What a background participant's attempt (a hook call, a script run) came to, and how its
result is made storable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from core.errors import ApplicationError


@dataclass(frozen=True)
class Outcome:
    """What came of one attempt of a job: its new status, and what the ticket's flow log says."""

    status: str
    error: str = ""
    note: str = ""  # written to the flow log when set
    retry_in: timedelta | None = None


def problem_text(exc: ApplicationError) -> str:
    """An application error as one line, with the field problems a 422 lists."""
    details = exc.details if isinstance(exc.details, list) else []
    parts = [
        f"{item.get('field') or '?'}: {item.get('message')}"
        for item in details
        if isinstance(item, dict) and item.get("message")
    ]
    return f"{exc.message} ({'; '.join(parts)})" if parts else exc.message


def storable(value: Any) -> Any:
    """`value` without NUL characters, which PostgreSQL cannot store in text or JSONB."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {storable(key): storable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [storable(item) for item in value]
    return value
