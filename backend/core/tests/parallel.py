"""Parallel HTTP requests for limit and quota tests: real threads, each with its own connection.

Tests using this commit their data (the other threads must see it), so they take
`django_db_setup, django_db_blocker` instead of `db` and clean up after themselves.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from django.db import connection
from django.test import Client


def run_parallel(requests: Sequence[Callable[[Client], Any]], *, host: str, **headers: Any) -> list[Any]:
    """Run each `request(client)` in its own thread, all released at once; their answers in order."""
    gate = threading.Barrier(len(requests))

    def one(request: Callable[[Client], Any]) -> Any:
        client = Client(HTTP_HOST=host, **headers)
        try:
            gate.wait(timeout=30)
            return request(client)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(requests)) as pool:
        return list(pool.map(one, requests))


def codes(responses: list[Any]) -> list[tuple[int, str | None]]:
    """(status, error code) of each response, sorted."""
    out = []
    for response in responses:
        code = response.json()["error"]["code"] if response.status_code >= 400 else None
        out.append((response.status_code, code))
    return sorted(out, key=lambda item: (item[0], item[1] or ""))
