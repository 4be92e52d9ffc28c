"""Login throttling in Redis: failures, not logins, are counted, so nobody can lock anyone else out.

Per tenant, two counters:
- failures per (username, client address), with exponential backoff: the first LOGIN_FREE_FAILURES
  are free, then each one locks that pair for LOGIN_BACKOFF_BASE_SECONDS doubling up to
  LOGIN_BACKOFF_MAX_SECONDS. A successful login clears the pair. Someone guessing from another
  address only locks themselves out: the user's own address has a count of its own.
- failures per client address across usernames, at most LOGIN_ADDRESS_MAX_FAILURES per
  LOGIN_ADDRESS_WINDOW_SECONDS, so one address cannot spray a password over many usernames.

An attempt is counted as a failure *before* the password is checked (one Lua script: check both
limits, then count), and a success takes it back. So parallel wrong-password requests can never
check more passwords than the limits allow: each of them has to win a slot first.
"""

from __future__ import annotations

import hashlib
import logging
import math
from dataclasses import dataclass

import redis
from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext as _

from core.errors import LimitExceeded
from core.networks import client_address
from core.redis import get_redis
from core.tenancy import current_schema

logger = logging.getLogger(__name__)

# KEYS: failures of (user, address), lockout of (user, address), failures of address.
# ARGV: free failures, backoff base ms, backoff cap ms, failure memory s, address max, address window s.
# Returns 0 when the attempt may go ahead (and is counted), else the milliseconds to wait.
_ATTEMPT = """
local wait = redis.call('PTTL', KEYS[2])
if wait > 0 then return wait end
local address = tonumber(redis.call('GET', KEYS[3]) or '0')
if address >= tonumber(ARGV[5]) then
    wait = redis.call('PTTL', KEYS[3])
    return wait > 0 and wait or 1000
end
local failures = redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], ARGV[4])
if redis.call('INCR', KEYS[3]) == 1 then redis.call('EXPIRE', KEYS[3], ARGV[6]) end
local over = failures - tonumber(ARGV[1])
if over >= 0 then
    local lock = math.min(tonumber(ARGV[2]) * 2 ^ math.min(over, 40), tonumber(ARGV[3]))
    if lock >= 1 then redis.call('SET', KEYS[2], 1, 'PX', math.floor(lock)) end
end
return 0
"""
# A success: forget the pair's failures and lockout, and take the attempt back from the address.
_SUCCEEDED = """
redis.call('DEL', KEYS[1], KEYS[2])
if tonumber(redis.call('GET', KEYS[3]) or '0') > 0 then redis.call('DECR', KEYS[3]) end
return 0
"""


# KEYS: a counter. ARGV: how much to add, its window in s. Returns the count after adding.
_COUNT = """
local count = redis.call('INCRBY', KEYS[1], ARGV[1])
if count == tonumber(ARGV[1]) then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return count
"""


def window_count(kind: str, request: HttpRequest, *, window_seconds: int, add: int = 1) -> int | None:
    """Add `add` to this tenant's and client address's counter of `kind` for a fixed window of
    `window_seconds` and return its count (`add=0` only reads it). None when Redis is unreachable:
    callers decide whether that refuses or lets through."""
    where = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    try:
        return int(get_redis().eval(_COUNT, 1, f"lf:{kind}:{current_schema()}:{where}", add, window_seconds))
    except redis.RedisError:
        logger.warning("rate counter %s unavailable (Redis)", kind, exc_info=True)
        return None


@dataclass(frozen=True)
class LoginKeys:
    failures: str
    lockout: str
    address: str

    @property
    def all(self) -> list[str]:
        return [self.failures, self.lockout, self.address]


def login_keys(*, schema: str, username: str, address: str) -> LoginKeys:
    # Hashed: usernames and addresses are caller-chosen text; keys stay short and uniform.
    user = hashlib.sha256(username.lower()[:150].encode()).hexdigest()[:32]
    where = hashlib.sha256(address.encode()).hexdigest()[:32]
    prefix = f"lf:login:{schema}"
    return LoginKeys(
        failures=f"{prefix}:fail:{user}:{where}",
        lockout=f"{prefix}:lock:{user}:{where}",
        address=f"{prefix}:addr:{where}",
    )


def login_attempt_begin(request: HttpRequest, username: str) -> LoginKeys | None:
    """Count this attempt as a failure, or raise 429 (with Retry-After) when it may not be tried.

    Returns the keys to pass to `login_attempt_succeeded`, or None when Redis is unreachable: the
    limiter is a guard, not a dependency, so login keeps working without it.
    """
    keys = login_keys(schema=current_schema(), username=username, address=client_address(request))
    try:
        wait_ms = int(
            get_redis().eval(
                _ATTEMPT,
                3,
                *keys.all,
                settings.LOGIN_FREE_FAILURES,
                settings.LOGIN_BACKOFF_BASE_SECONDS * 1000,
                settings.LOGIN_BACKOFF_MAX_SECONDS * 1000,
                settings.LOGIN_FAILURE_MEMORY_SECONDS,
                settings.LOGIN_ADDRESS_MAX_FAILURES,
                settings.LOGIN_ADDRESS_WINDOW_SECONDS,
            )
        )
    except redis.RedisError:
        logger.warning("login throttling unavailable (Redis)", exc_info=True)
        return None
    if wait_ms > 0:
        retry_after = max(1, math.ceil(wait_ms / 1000))
        raise LimitExceeded(
            _("Too many failed login attempts; try again later."),
            code="too_many_attempts",
            details={"retry_after": retry_after},
            headers={"Retry-After": str(retry_after)},
        )
    return keys


def login_attempt_succeeded(keys: LoginKeys | None) -> None:
    if keys is None:
        return
    try:
        get_redis().eval(_SUCCEEDED, 3, *keys.all)
    except redis.RedisError:
        logger.warning("login throttling could not clear a success (Redis)", exc_info=True)
