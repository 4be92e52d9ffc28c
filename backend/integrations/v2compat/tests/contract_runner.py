"""Replays a contract file (contracts/*.json): signed 2.x requests, each answer matched against the
recorded shape.

A contract is `{"name", "source", "steps": [...]}`. A step sends `method` `path` (`body`) as the
person `as` (null: no `username` header), signed like a 2.x client; `headers` replaces headers,
`sign_offset` shifts the timestamp, `replay: true` re-sends the previous step's exact headers.
`expect` is `{"status", "body"}`; `writes_nothing: true` asserts no ticket or flow-log row appeared.

Placeholders in expected bodies: `{{name:int}}` / `{{name:str}}` capture a value (later steps use
`{{name}}` in paths, bodies and expectations); `{{int}}`, `{{str}}`, `{{bool}}`, `{{any}}` match a
type; `{{datetime}}` matches 2.x's `YYYY-MM-DD HH:MM:SS`. Dicts must have exactly the keys shown;
lists must have the same length. Ids known before a contract runs (the workflow's and its states'
and transitions' 2.x numbers) are captured already: `wf`, `s_<state>`, `t_<transition>`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from django_tenants.utils import schema_context

from engine.tickets.models import FlowLog, Ticket
from integrations.v2compat.tests.factories import django_headers, signed_headers

_PLACEHOLDER = re.compile(r"^\{\{(\w+)(?::(\w+))?\}\}$")
_INLINE = re.compile(r"\{\{(\w+)\}\}")
_DATETIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$")
_TYPES: dict[str, Callable[[Any], bool]] = {
    "int": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "str": lambda value: isinstance(value, str),
    "bool": lambda value: isinstance(value, bool),
    "any": lambda value: True,
    "datetime": lambda value: isinstance(value, str) and bool(_DATETIME.match(value)),
}


def fill(value: Any, known: dict[str, Any]) -> Any:
    """`value` with `{{name}}` replaced by captured values (a whole-string placeholder keeps its type)."""
    if isinstance(value, str):
        whole = _PLACEHOLDER.match(value)
        if whole and whole.group(2) is None and whole.group(1) in known:
            return known[whole.group(1)]
        return _INLINE.sub(lambda found: str(known.get(found.group(1), found.group(0))), value)
    if isinstance(value, dict):
        return {key: fill(item, known) for key, item in value.items()}
    if isinstance(value, list):
        return [fill(item, known) for item in value]
    return value


def _match_placeholder(name: str, kind: str | None, actual: Any, known: dict[str, Any], where: str) -> None:
    if kind is None and name in _TYPES:
        assert _TYPES[name](actual), f"{where}: {actual!r} is not {name}"
    elif kind is None:
        assert name in known, f"{where}: {{{{{name}}}}} was never captured"
        assert actual == known[name], f"{where}: {actual!r} != {name}={known[name]!r}"
    else:
        assert _TYPES[kind](actual), f"{where}: {actual!r} is not {kind}"
        known[name] = actual


def match(expected: Any, actual: Any, known: dict[str, Any], where: str = "body") -> None:
    if isinstance(expected, str) and (found := _PLACEHOLDER.match(expected)):
        _match_placeholder(found.group(1), found.group(2), actual, known, where)
    elif isinstance(expected, dict):
        assert isinstance(actual, dict), f"{where}: {actual!r} is not an object"
        assert set(actual) == set(expected), f"{where}: keys {sorted(actual)} != {sorted(expected)}"
        for key, item in expected.items():
            match(item, actual[key], known, f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{where}: {actual!r} is not a list"
        assert len(actual) == len(expected), f"{where}: {len(actual)} items, expected {len(expected)}"
        for index, (want, got) in enumerate(zip(expected, actual, strict=True)):
            match(want, got, known, f"{where}[{index}]")
    else:
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"


def _counts() -> tuple[int, int]:
    with schema_context("it"):
        return Ticket.objects.count(), FlowLog.objects.count()


def run_contract(contract: dict[str, Any], client: Any, known: dict[str, Any], clock: Any) -> None:
    previous: dict[str, str] = {}
    for number, step in enumerate(contract["steps"], 1):
        label = f"{contract['name']} step {number} ({step['method']} {step['path']})"
        if step.get("replay"):
            headers = previous
        else:
            username = step.get("as", "lilei")
            headers = signed_headers(username, at=next(clock) + step.get("sign_offset", 0))
            headers.update(fill(step.get("headers", {}), known))
            headers = {name: value for name, value in headers.items() if value is not None}
        previous = headers
        before = _counts()
        body = fill(step.get("body"), known)
        raw = body if isinstance(body, str) else (json.dumps(body) if body is not None else "")
        path = fill(step["path"], known)
        meta = django_headers(headers)
        if step["method"] == "GET":
            response = client.get(path, **meta)
        else:
            response = client.generic(step["method"], path, data=raw, content_type="application/json", **meta)
        expect = step["expect"]
        assert response.status_code == expect["status"], (
            f"{label}: {response.status_code} {response.content!r}"
        )
        assert response["Content-Type"].startswith("application/json"), label
        answer = json.loads(response.content)
        if list(expect["body"]) == ["code", "data", "msg"]:
            assert list(answer) == ["code", "data", "msg"], f"{label}: 2.x's key order"
        try:
            match(fill(expect["body"], known), answer, known)
        except AssertionError as error:
            raise AssertionError(f"{label}: {error}\n{json.dumps(answer, ensure_ascii=False)}") from None
        if step.get("writes_nothing"):
            assert _counts() == before, f"{label}: it wrote rows"
