"""What an audit record may hold of a changed object: only the changed keys, and never a secret.

Snapshots come from the endpoints' response schemas, which already leave secrets out; this is the
second line: any key that names a secret (password, token, secret, API key, a chat robot's URL...)
is written as "***", and tokens in URL query strings are masked, however deep they sit.
"""

from __future__ import annotations

import re
from typing import Any

REDACTED = "***"
# Keys whose values are secrets. `has_secret`, `token_prefix`, `secret_set`... describe one and stay.
_SECRET_KEY = re.compile(
    r"password|passwd|secret|token|api_?key|private_?key|credential|authorization|cookie|webhook_url",
    re.IGNORECASE,
)
_DESCRIBES_SECRET = re.compile(r"^(has|is)_|_(prefix|count|at|id|ids|set|expires_at|last4)$", re.IGNORECASE)
# A chat robot's address carries its token (in the query or the path): the whole URL is a secret.
_SECRET_NESTED = {("config", "url")}
_URL_TOKEN = re.compile(
    r"([?&](?:access_token|token|key|secret|sign|signature|password|sig)=)[^&#\s]+", re.IGNORECASE
)
_URL_USERINFO = re.compile(r"(://)[^/@\s]+@")


def is_secret_key(key: str, parent: str = "") -> bool:
    if (parent, key) in _SECRET_NESTED:
        return True
    return bool(_SECRET_KEY.search(key)) and not _DESCRIBES_SECRET.search(key)


def redact(value: Any, *, key: str = "", parent: str = "") -> Any:
    """`value` with every secret in it replaced by "***" (None, "" and booleans stay: they reveal nothing)."""
    if key and is_secret_key(key, parent) and value not in (None, "", [], {}) and not isinstance(value, bool):
        return REDACTED
    if isinstance(value, dict):
        return {name: redact(item, key=str(name), parent=key) for name, item in value.items()}
    if isinstance(value, list):
        return [redact(item, key=key, parent=parent) for item in value]
    if isinstance(value, str) and "://" in value:
        return _URL_USERINFO.sub(r"\1***@", _URL_TOKEN.sub(rf"\1{REDACTED}", value))
    return value


# Keys that change with every write and say nothing about what changed.
_NOISE = {"updated_at"}


def changed(
    before: dict[str, Any] | None, after: dict[str, Any] | None
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """(before, after) reduced to the keys whose values differ, redacted. A created object has no
    before (None) and all its keys after; a deleted one all its keys before and no after."""
    if before is None or after is None:
        return (
            None if before is None else redact(_quiet(before)),
            None if after is None else redact(_quiet(after)),
        )
    keys = [key for key in {**before, **after} if key not in _NOISE and before.get(key) != after.get(key)]
    return (
        redact({key: before.get(key) for key in keys}),
        redact({key: after.get(key) for key in keys}),
    )


def _quiet(snapshot: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in snapshot.items() if key not in _NOISE}
