"""Safe `{field}` templates for notification subjects and bodies.

Templates are written by tenant admins, so they are never handed to `str.format`: that would
allow attribute access (`{x.__class__}`), indexing and format specs (`{x:>999999}`). Instead a
small scanner accepts only `{name}` / `{name.sub}` (nested lookups in dicts, nothing else).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Literal

MAX_OUTPUT = 10_000
MAX_TEMPLATE = 10_000

# `{{` / `}}` escapes first, then a whole `{...}` group, then any stray brace.
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
# Segments start with a letter, so dunders (`__class__`) and numeric fields (`{0}`) are invalid.
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*")

_Kind = Literal["text", "field", "bad", "stray"]


def _scan(template: str) -> Iterator[tuple[_Kind, str, int]]:
    """Yield (kind, text, offset): literal text, a valid field name, a bad `{...}` or a stray brace."""
    pos = 0
    for match in _TOKEN.finditer(template):
        if match.start() > pos:
            yield "text", template[pos : match.start()], pos
        token = match.group()
        if token in ("{{", "}}"):
            yield "text", token[0], match.start()
        elif len(token) == 1:
            yield "stray", token, match.start()
        elif _NAME.fullmatch(match.group(1)):
            yield "field", match.group(1), match.start()
        else:
            yield "bad", token, match.start()
        pos = match.end()
    if pos < len(template):
        yield "text", template[pos:], pos


def _lookup(values: Mapping[str, object], name: str) -> object:
    current: object = values
    for part in name.split("."):
        if not isinstance(current, Mapping) or part not in current:
            return None
        current = current[part]
    return current


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return ", ".join(_text(item) for item in value)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def render(template: str, values: Mapping[str, object]) -> str:
    """Fill `{name}` fields from `values`; unknown fields become "", malformed ones stay as written.

    The result is capped at MAX_OUTPUT characters so a huge payload value can't blow up a message.
    """
    parts: list[str] = []
    size = 0
    for kind, text, _ in _scan(template):
        piece = _text(_lookup(values, text)) if kind == "field" else text
        parts.append(piece[: MAX_OUTPUT - size])
        size += len(parts[-1])
        if size >= MAX_OUTPUT:
            break
    return "".join(parts)


def placeholders(template: str) -> list[str]:
    """The valid field names used in `template`, each once, in order of first use."""
    names = (text for kind, text, _ in _scan(template) if kind == "field")
    return list(dict.fromkeys(names))


def check(template: str) -> list[str]:
    """Problems that should reject the template on save; an empty list means it is fine."""
    if len(template) > MAX_TEMPLATE:
        return [f"template is longer than {MAX_TEMPLATE} characters"]
    problems: list[str] = []
    for kind, text, offset in _scan(template):
        if kind == "stray":
            problems.append(f"unmatched '{text}' at position {offset} (write '{text * 2}' for a literal)")
        elif kind == "bad":
            problems.append(
                f"invalid placeholder {text!r} at position {offset}: use {{name}} or {{name.field}}"
            )
    return problems
