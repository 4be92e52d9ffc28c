"""What a background participant's attempt (a hook call, a script run) came to, and how its
result is made storable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from core.errors import ApplicationError
from core.stored_text import StoredText, Text
from engine.tickets.runtime.background import Stale
from integrations.common.models import Job

Status = Job.Status

STALE = "stale"  # last_error of a job whose result came after the ticket's visit of the state ended


@dataclass(frozen=True)
class Outcome:
    """What came of one attempt of a job: its new status, and what the ticket's flow log says."""

    status: str
    error: Text = ""  # a StoredText is shown in its reader's language
    note: Text = ""  # written to the flow log when set
    retry_in: timedelta | None = None


def applied(apply: Callable[[], object], *, not_applied: str, **params: Any) -> Outcome:
    """Hand a participant's result to its ticket (`apply`): SUCCEEDED, also when the visit it was
    for has ended (nothing to do then: STALE), or FAILED with the flow log saying `not_applied` (a
    stored-text code, with `params` and the `problem`) and why (fields the workflow refuses, a
    transition not allowed)."""
    try:
        apply()
    except Stale:
        return Outcome(Status.SUCCEEDED, error=STALE)
    except ApplicationError as exc:
        problem = problem_text(exc)
        return Outcome(
            Status.FAILED, error=problem, note=StoredText(not_applied, {**params, "problem": problem})
        )
    return Outcome(Status.SUCCEEDED)


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
