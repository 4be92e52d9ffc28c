"""Readiness checks: can this process reach its database and Redis right now?"""

from __future__ import annotations

import time
from typing import Any

from django.db import connection

from core.redis import get_redis


def _timed(check: Any) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        check()
    except Exception as exc:  # a probe reports failures, it never raises them
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": True, "ms": round((time.perf_counter() - started) * 1000, 2)}


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _redis() -> None:
    get_redis().ping()


def readiness() -> dict[str, dict[str, Any]]:
    return {"database": _timed(_database), "redis": _timed(_redis)}
