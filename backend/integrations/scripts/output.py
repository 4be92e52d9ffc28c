"""What a script printed to stdout, read as its result (one JSON object: "fields", "transition"),
and why a run failed (`Problem`). Plain Python, like the rest of the sandbox (it runs without
Django); the worker stores a problem's code and parameters, rendered later in its reader's
language (`core.stored_text`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """Why a run failed: a `core.stored_text` code with its parameters, and the English text."""

    code: str
    message: str
    params: dict[str, object] = field(default_factory=dict)


def problem(code: str, template: str, **params: object) -> Problem:
    """`template` is the English one of `code` in `core.stored_text.TEMPLATES`."""
    return Problem(code, template % params, params)


class BadOutputError(ValueError):
    """The script's stdout is not a result; `args[0]` is the Problem."""


def parse_output(stdout: bytes) -> tuple[dict[str, object], str | None]:
    if not stdout.strip():
        raise BadOutputError(
            problem("script.no_output", "script printed nothing to stdout; expected one JSON object")
        )
    try:
        data = json.loads(stdout.decode("utf-8"), parse_constant=_reject_constant)
    except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError included
        raise BadOutputError(
            problem("script.not_json", "stdout is not one JSON object: %(problem)s", problem=str(exc))
        ) from None
    if not isinstance(data, dict):
        name = type(data).__name__
        raise BadOutputError(
            problem("script.not_object", "stdout must be a JSON object, got %(type)s", type=name)
        )
    unknown = ", ".join(sorted(set(data) - {"fields", "transition"}))
    if unknown:
        raise BadOutputError(
            problem("script.unknown_keys", "unknown keys in the script result: %(keys)s", keys=unknown)
        )
    fields = data.get("fields", {})
    if not isinstance(fields, dict):
        raise BadOutputError(problem("script.bad_fields", '"fields" must be a JSON object'))
    transition = data.get("transition")
    if transition is not None and (not isinstance(transition, str) or not transition):
        raise BadOutputError(
            problem("script.bad_transition", '"transition" must be a non-empty string or null')
        )
    return fields, transition


def _reject_constant(name: str) -> object:
    # NaN and Infinity are not JSON and would not survive storage in a JSON column.
    raise ValueError(f"{name} is not allowed")
