"""Reading 2.x requests: the JSON body and query values, refused in 2.x's envelope when unreadable.

Limits (tighter than 2.x, which had none): a body of at most MAX_BODY bytes, nested at most
MAX_DEPTH deep, no string longer than MAX_STRING characters, no text PostgreSQL cannot store.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest

from core.input_guard import request_problems
from integrations.v2compat.envelope import V2Error, bad_input

MAX_BODY = 1024 * 1024
MAX_DEPTH = 16
MAX_STRING = 65_535
MAX_SUGGESTION = 10_000
MAX_PER_PAGE = 200


def _depth_and_strings(value: Any, depth: int = 1) -> None:
    if depth > MAX_DEPTH:
        raise bad_input(f"the body is nested more than {MAX_DEPTH} levels deep")
    if isinstance(value, str) and len(value) > MAX_STRING:
        raise bad_input(f"a text is longer than {MAX_STRING} characters", status=413)
    if isinstance(value, dict):
        for item in value.values():
            _depth_and_strings(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _depth_and_strings(item, depth + 1)


def check_text(request: HttpRequest) -> None:
    """NUL or an unpaired surrogate anywhere (query, headers, body): refused before anything else."""
    try:
        problems = request_problems(request, {})
    except RequestDataTooBig:
        raise bad_input("the body is too large", status=413) from None
    if problems:
        where = ", ".join(".".join(loc) for loc in problems)
        raise bad_input(f"text may not contain NUL characters or unpaired surrogates ({where})")


def json_body(request: HttpRequest) -> dict[str, Any]:
    """The body as a JSON object ({} when empty)."""
    try:
        raw = request.body
    except RequestDataTooBig:
        raise bad_input("the body is too large", status=413) from None
    if len(raw) > MAX_BODY:
        raise bad_input("the body is too large", status=413)
    if not raw.strip():
        return {}
    try:
        document = json.loads(raw)
    except RecursionError:
        raise bad_input(f"the body is nested more than {MAX_DEPTH} levels deep") from None
    except ValueError:
        raise bad_input("the body is not valid JSON") from None
    if not isinstance(document, dict):
        raise bad_input("the body must be a JSON object")
    _depth_and_strings(document)
    return document


MAX_ID = 2**31 - 1  # 2.x's ids are MySQL ints (and our 2.x numbers are too)
MAX_TICKET_ID = 2**63 - 1


def body_int(body: dict[str, Any], name: str, *, required: bool = True, high: int = MAX_ID) -> int | None:
    """An integer of the body (JSON numbers only, as 2.x's schema: `true` or "7" are refused)."""
    if name not in body or body[name] is None:
        if required:
            raise bad_input(f"Missing key: '{name}'")
        return None
    value = body[name]
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
        raise bad_input(f"Key '{name}' error: {value!r} should be instance of 'int'")
    return value


def body_text(body: dict[str, Any], name: str, *, required: bool = False, limit: int = MAX_SUGGESTION) -> str:
    if name not in body or body[name] is None:
        if required:
            raise bad_input(f"Missing key: '{name}'")
        return ""
    value = body[name]
    if not isinstance(value, str):
        raise bad_input(f"Key '{name}' error: {value!r} should be instance of 'str'")
    if len(value) > limit:
        raise bad_input(f"Key '{name}' error: longer than {limit} characters", status=413)
    if required and not value.strip():
        raise bad_input(f"Key '{name}' error: it may not be empty")
    return value


def query_int(request: HttpRequest, name: str, default: int, *, low: int = 0, high: int = 2**31) -> int:
    raw = request.GET.get(name, "")
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad_input(f"{name} must be an integer") from None
    if not low <= value <= high:
        raise bad_input(f"{name} must be between {low} and {high}")
    return value


def query_ints(request: HttpRequest, name: str, *, high: int = MAX_ID) -> list[int]:
    """A comma-separated list of integers (`workflow_ids=1,2`)."""
    raw = request.GET.get(name, "")
    parts = [part.strip() for part in raw.split(",") if part.strip()]
    if len(parts) > 1000:
        raise bad_input(f"{name} lists too many ids")
    try:
        numbers = [int(part) for part in parts]
    except ValueError:
        raise bad_input(f"{name} must be comma-separated integers") from None
    if any(not 0 <= number <= high for number in numbers):
        raise bad_input(f"{name} must be between 0 and {high}")
    return numbers


def query_text(request: HttpRequest, name: str, *, limit: int = 200) -> str:
    value = request.GET.get(name, "")
    if len(value) > limit:
        raise bad_input(f"{name} is longer than {limit} characters")
    return value


def pages(request: HttpRequest) -> tuple[int, int]:
    return query_int(request, "page", 1, low=1), query_int(request, "per_page", 10, low=1, high=MAX_PER_PAGE)


__all__ = ["V2Error", "body_int", "body_text", "check_text", "json_body", "pages", "query_int"]
