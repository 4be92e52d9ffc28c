"""Small fixed-window rate limits in Redis (login attempts)."""

from __future__ import annotations

import redis
from django.conf import settings
from django.http import HttpRequest

from core.errors import LimitExceeded
from core.redis import get_redis
from core.tenancy import current_schema

LOGIN_WINDOW_SECONDS = 300


def check_login_rate(request: HttpRequest, username: str) -> None:
    """At most LOGIN_ATTEMPTS_PER_WINDOW (10) login attempts per username and tenant per 5 minutes:
    slows password guessing."""
    key = f"lf:login:{current_schema()}:{username.lower()[:150]}"
    try:
        pipe = get_redis().pipeline()
        # Start the window on the first attempt (SET NX EX), then count; INCR keeps the expiry.
        # Not `EXPIRE ... NX`: that needs Redis 7, and an error here would switch the limit off.
        pipe.set(key, 0, ex=LOGIN_WINDOW_SECONDS, nx=True)
        pipe.incr(key)
        attempts = int(pipe.execute()[1])
    except redis.RedisError:
        return  # the limiter is a guard, not a dependency: login keeps working without Redis
    if attempts > settings.LOGIN_ATTEMPTS_PER_WINDOW:
        raise LimitExceeded("Too many login attempts; try again in a few minutes.", code="too_many_attempts")
