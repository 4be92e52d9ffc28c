"""Plain helpers shared by the core tests (and the tenants tests): sending JSON to the API and
checking the error an answer carries."""

from __future__ import annotations

import json
from typing import Any

from conftest import error_of


def send(client: Any, method: str, path: str, body: Any = None, **extra: Any) -> Any:
    """`method` on `path` with `body` as JSON (a str or bytes body is sent as it is, for malformed
    input); a GET sends no body."""
    if method == "get":
        return client.get(path, **extra)
    raw = body if isinstance(body, str | bytes) else json.dumps(body)
    return getattr(client, method)(path, raw, content_type="application/json", **extra)


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    """The answer is `status` with the error `code`; returns the error."""
    assert response.status_code == status, response.content
    error = error_of(response)
    assert error["code"] == code, error
    return error
