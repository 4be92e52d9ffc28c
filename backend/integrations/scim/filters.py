"""SCIM filters (RFC 7644 §3.4.2.2): our own tokenizer, recursive-descent parser and evaluator.

Grammar: `or` binds loosest, then `and`, then `not (…)`; parentheses group; an attribute expression
is `path pr` or `path op value` (eq ne co sw ew gt ge lt le; value: a JSON string, number, true,
false or null); `path[filter]` filters a multi-valued attribute's elements. Attribute names are
case-insensitive and may carry the schema URN (`urn:…:User:userName`). Nothing is ever evaluated
as code; a filter is at most MAX_FILTER_CHARS long and MAX_DEPTH deep.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from integrations.scim.errors import invalid_filter

MAX_FILTER_CHARS = 2000
MAX_DEPTH = 20
OPERATORS = {"eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le"}
CORE_URNS = ("urn:ietf:params:scim:schemas:core:2.0:user:", "urn:ietf:params:scim:schemas:core:2.0:group:")
_TOKEN = re.compile(
    r'\s*(?:(?P<punct>[()\[\]])|(?P<string>"(?:[^"\\]|\\.)*")|(?P<word>[^\s()\[\]"]+))', re.DOTALL
)


@dataclass(frozen=True)
class Path:
    """An attribute path, lower-cased: ("emails", "value"), or (urn, "employeenumber")."""

    parts: tuple[str, ...]


@dataclass(frozen=True)
class Compare:
    path: Path
    op: str
    value: Any


@dataclass(frozen=True)
class Present:
    path: Path


@dataclass(frozen=True)
class Logical:
    op: str  # "and" | "or"
    left: Node
    right: Node


@dataclass(frozen=True)
class Not:
    inner: Node


@dataclass(frozen=True)
class ValuePath:
    path: Path
    inner: Node  # evaluated on each element of the multi-valued attribute


Node = Compare | Present | Logical | Not | ValuePath


def parse_path(text: str) -> Path:
    """`userName`, `name.givenName`, `urn:…:User:emails`, `urn:…:enterprise:2.0:User:employeeNumber`."""
    raw = text.strip()
    lowered = raw.lower()
    for urn in CORE_URNS:
        if lowered.startswith(urn):
            lowered = lowered[len(urn) :]
            break
    else:
        if lowered.startswith("urn:"):
            urn, _sep, attr = lowered.rpartition(":")
            if not attr or not re.fullmatch(r"[a-z$][a-z0-9_$-]*(\.[a-z0-9_$-]+)?", attr):
                raise invalid_filter(f"Not an attribute path: {raw[:100]}")
            return Path((urn, *attr.split(".")))
    if not re.fullmatch(r"[a-z$][a-z0-9_$-]*(\.[a-z$][a-z0-9_$-]*)?", lowered):
        raise invalid_filter(f"Not an attribute path: {raw[:100]}")
    return Path(tuple(lowered.split(".")))


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = self._tokenize(text)
        self.pos = 0
        self.depth = 0

    @staticmethod
    def _tokenize(text: str) -> list[tuple[str, str]]:
        tokens: list[tuple[str, str]] = []
        pos = 0
        while pos < len(text):
            if text[pos:].strip() == "":
                break
            match = _TOKEN.match(text, pos)
            if match is None or match.end() == pos:
                raise invalid_filter(f"Unexpected character at {pos} in the filter.")
            kind = match.lastgroup or "word"
            tokens.append((kind, match.group(kind)))
            pos = match.end()
        return tokens

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.peek()
        if token is None:
            raise invalid_filter("The filter ends too early.")
        self.pos += 1
        return token

    def expect(self, punct: str) -> None:
        kind, value = self.take()
        if kind != "punct" or value != punct:
            raise invalid_filter(f"Expected {punct!r}, found {value[:50]!r}.")

    def keyword(self, word: str) -> bool:
        token = self.peek()
        if token is not None and token[0] == "word" and token[1].lower() == word:
            self.pos += 1
            return True
        return False

    def parse(self) -> Node:
        node = self.parse_or()
        if self.peek() is not None:
            raise invalid_filter(f"Unexpected {self.peek()[1][:50]!r} in the filter.")  # type: ignore[index]
        return node

    def parse_or(self) -> Node:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise invalid_filter("The filter is nested too deeply.")
        node = self.parse_and()
        while self.keyword("or"):
            node = Logical("or", node, self.parse_and())
        self.depth -= 1
        return node

    def parse_and(self) -> Node:
        node = self.parse_unary()
        while self.keyword("and"):
            node = Logical("and", node, self.parse_unary())
        return node

    def parse_unary(self) -> Node:
        if self.keyword("not"):
            self.expect("(")
            inner = self.parse_or()
            self.expect(")")
            return Not(inner)
        token = self.peek()
        if token == ("punct", "("):
            self.take()
            inner = self.parse_or()
            self.expect(")")
            return inner
        return self.parse_attribute()

    def parse_attribute(self) -> Node:
        kind, text = self.take()
        if kind != "word":
            raise invalid_filter(f"Expected an attribute, found {text[:50]!r}.")
        if self.peek() == ("punct", "["):
            self.take()
            inner = self.parse_or()
            self.expect("]")
            return ValuePath(parse_path(text), inner)
        path = parse_path(text)
        kind, op = self.take()
        op = op.lower()
        if kind != "word" or (op not in OPERATORS and op != "pr"):
            raise invalid_filter(f"Unknown operator {op[:50]!r}.")
        if op == "pr":
            return Present(path)
        return Compare(path, op, self.parse_value())

    def parse_value(self) -> Any:
        kind, text = self.take()
        if kind == "string":
            try:
                return json.loads(text)
            except ValueError:
                raise invalid_filter("A string in the filter is not valid JSON.") from None
        lowered = text.lower()
        if kind == "word" and lowered in ("true", "false", "null"):
            return {"true": True, "false": False, "null": None}[lowered]
        if kind == "word" and re.fullmatch(r"-?\d+(\.\d+)?([eE][+-]?\d+)?", text):
            return json.loads(text)
        raise invalid_filter(f"Not a value: {text[:50]!r} (strings are quoted).")


def parse_filter(text: str) -> Node:
    if len(text) > MAX_FILTER_CHARS:
        raise invalid_filter(f"The filter is longer than {MAX_FILTER_CHARS} characters.")
    if not text.strip():
        raise invalid_filter("The filter is empty.")
    return _Parser(text).parse()


# ---- evaluation ---------------------------------------------------------------------------------


def _get(resource: Any, key: str) -> Any:
    if not isinstance(resource, dict):
        return None
    for name, value in resource.items():
        if name.lower() == key:
            return value
    return None


def values_at(resource: dict[str, Any], path: Path) -> list[Any]:
    """Every value `path` reaches (a multi-valued attribute gives each element's)."""
    current: list[Any] = [resource]
    for part in path.parts:
        found: list[Any] = []
        for item in current:
            value = _get(item, part)
            if isinstance(value, list):
                found.extend(value)
            elif value is not None:
                found.append(value)
        current = found
    # A complex multi-valued attribute compared as a whole compares its `value`s.
    return [
        _get(item, "value") if isinstance(item, dict) and _get(item, "value") is not None else item
        for item in current
    ]


def _compare(actual: Any, op: str, expected: Any) -> bool:
    if isinstance(actual, dict):
        return False
    if isinstance(expected, bool) or isinstance(actual, bool):
        return op in ("eq", "ne") and ((actual == expected) == (op == "eq"))
    if expected is None:
        return op == "ne"
    a: Any
    b: Any
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        a, b = actual, expected
    else:
        a, b = str(actual).lower(), str(expected).lower()
    if op == "eq":
        return a == b
    if op == "ne":
        return a != b
    if op in ("co", "sw", "ew"):
        if not isinstance(a, str) or not isinstance(b, str):
            return False
        return {"co": b in a, "sw": a.startswith(b), "ew": a.endswith(b)}[op]
    try:
        return bool({"gt": a > b, "ge": a >= b, "lt": a < b, "le": a <= b}[op])
    except TypeError:
        return False


def matches(node: Node, resource: dict[str, Any]) -> bool:
    if isinstance(node, Logical):
        left = matches(node.left, resource)
        return (
            (left and matches(node.right, resource))
            if node.op == "and"
            else (left or matches(node.right, resource))
        )
    if isinstance(node, Not):
        return not matches(node.inner, resource)
    if isinstance(node, Present):
        return any(value not in (None, "", [], {}) for value in values_at(resource, node.path))
    if isinstance(node, ValuePath):
        elements = _elements(resource, node.path)
        return any(matches(node.inner, element) for element in elements)
    values = values_at(resource, node.path)
    if node.op == "ne":
        return not any(_compare(value, "eq", node.value) for value in values)
    return any(_compare(value, node.op, node.value) for value in values)


def _elements(resource: dict[str, Any], path: Path) -> list[dict[str, Any]]:
    current: Any = resource
    for part in path.parts:
        current = _get(current, part)
    if isinstance(current, list):
        return [item if isinstance(item, dict) else {"value": item} for item in current]
    return [current] if isinstance(current, dict) else []
