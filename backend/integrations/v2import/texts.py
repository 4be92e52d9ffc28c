"""Reading 2.x column values defensively: text with NULs or megabytes, JSON that is not JSON (or
is Python repr), comma-separated lists, naive local timestamps."""

from __future__ import annotations

import ast
import json
import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings

_KEY_CHARS = re.compile(r"[^A-Za-z0-9_]")
MAX_JSON_TEXT = 100_000


def text(value: Any, limit: int | None = None) -> str:
    """A column as clean text: None → "", NULs dropped, cut to `limit`."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    out = str(value).replace("\x00", "")
    return out[:limit] if limit is not None else out


def names(value: Any) -> list[str]:
    """A comma-separated list (usernames, ids, choice keys) without blanks or repeats, in order."""
    return list(dict.fromkeys(part.strip() for part in text(value).split(",") if part.strip()))


def json_value(value: Any) -> tuple[Any, bool]:
    """A JSON-in-text column: (value, True), or (None, False) when it is neither JSON nor a Python
    literal (legacy rows hold `{'jack': 'jack'}`). Empty text is (None, True)."""
    raw = text(value).strip()
    if not raw:
        return None, True
    if len(raw) > MAX_JSON_TEXT:
        return None, False
    try:
        return json.loads(raw), True
    except ValueError:
        pass
    try:
        return ast.literal_eval(raw), True  # a literal only: never evaluates code
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None, False


def flag(value: Any) -> bool:
    if isinstance(value, bytes):
        return value not in (b"", b"\x00", b"0")
    return bool(value) and str(value) not in ("0", "False", "false")


def as_int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def key_of(raw: str, taken: set[str], prefix: str = "f") -> str:
    """A key our documents accept (`^[A-Za-z_][A-Za-z0-9_]{0,63}$`), unique among `taken`."""
    key = _KEY_CHARS.sub("_", raw)[:60] or prefix
    if not (key[0].isalpha() or key[0] == "_"):
        key = f"{prefix}_{key}"[:60]
    base, n = key, 1
    while key in taken:
        n += 1
        key = f"{base}_{n}"
    taken.add(key)
    return key


def source_zone() -> ZoneInfo:
    """The zone of 2.x's naive timestamps (its default TIME_ZONE; V2IMPORT_SOURCE_TIME_ZONE overrides)."""
    return ZoneInfo(settings.V2IMPORT_SOURCE_TIME_ZONE)


def aware(value: Any) -> datetime | None:
    """A 2.x naive timestamp as an aware datetime (None for the 0001-01-01 "unset" default)."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if not isinstance(value, datetime) or value.year < 1900:
        return None
    return value.replace(tzinfo=source_zone()) if value.tzinfo is None else value


def day(value: Any) -> date | None:
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return None
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date) or value.year < 1900:
        return None
    return value
