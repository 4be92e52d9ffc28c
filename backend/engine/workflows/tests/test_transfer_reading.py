"""Workflow bundles: what reading JSON or YAML text refuses (malformed, hostile, too large, too deep)."""

from __future__ import annotations

from typing import Any

import pytest

from core.errors import ApplicationError
from engine.workflows.definitions.transfer import MAX_BYTES, MAX_DEPTH, Format, dumps, loads
from engine.workflows.tests.factories import FORMATS


def malformed(text: str | bytes, fmt: Format) -> ApplicationError:
    with pytest.raises(ApplicationError) as exc:
        loads(text, fmt)
    assert exc.value.code == "malformed_document"
    assert exc.value.status == 400
    return exc.value


# ---- what reading refuses ------------------------------------------------------------------------------


BILLION_LAUGHS = """
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


@pytest.mark.usefixtures("yaml_loader")
@pytest.mark.parametrize(
    ("text", "message"),
    [
        (BILLION_LAUGHS, "line 2, column 4: anchors (&a) are not allowed"),
        ("a: 1\nb: *x\n", "line 2, column 4: aliases (*x) are not allowed"),
        ("- &anchor x\n", "anchors (&anchor) are not allowed"),
        ("base: &base {a: 1}\nother:\n  <<: *base\n", "anchors (&base) are not allowed"),
        ("a: !!python/object/apply:os.system ['true']\n", "python/object/apply:os.system' is not allowed"),
        ("a: !!python/name:os.system\n", "tag:yaml.org,2002:python/name:os.system' is not allowed"),
        ("!!python/object:collections.OrderedDict {}\n", "is not allowed"),
        ("a: !custom x\n", "the tag '!custom' is not allowed"),
        ("a: !<tag:example.com,2000:x> x\n", "the tag 'tag:example.com,2000:x' is not allowed"),
        ("a: !!binary aGk=\n", "'tag:yaml.org,2002:binary' is not allowed"),
        ("a: !!timestamp 2024-01-01\n", "'tag:yaml.org,2002:timestamp' is not allowed"),
        ("a: !!set {x}\n", "'tag:yaml.org,2002:set' is not allowed"),
        ("a: !!omap [x: 1]\n", "'tag:yaml.org,2002:omap' is not allowed"),
        ("a: !!merge x\n", "'tag:yaml.org,2002:merge' is not allowed"),
        ("%TAG !! tag:evil.example,2000:\n---\na: !!str x\n", "'tag:evil.example,2000:str' is not allowed"),
        ("a: 1\na: 2\n", "line 2, column 1: duplicate key 'a'"),
        ("1: x\n", "keys must be strings, found a number"),
        ("true: x\n", "keys must be strings, found a boolean"),
        ("? [a]\n: x\n", "keys must be strings, found a sequence"),
        ("a: !!bool yes\n", "'yes' is not a boolean"),
        ("a: !!int 0x1F\n", "'0x1F' is not a decimal integer"),
        ("a: !!float .nan\n", "'.nan' is not a finite decimal number"),
        ("a: !!float 1e999\n", "the number 1e999 is too large"),
        ("a: !!int " + "9" * 5000 + "\n", "the integer is too large"),
        ("a: !!null x\n", "'x' is not null"),
        ("a: !!map x\n", "expected a mapping, found a scalar"),
        ("a: [1, 2\nb: 3\n", "line 2, column"),
        ("a: b\n c: d\n", "line 2, column 3: mapping values are not allowed"),
        ("a: 'unterminated\n", "while scanning a quoted scalar"),
        ("a:\tb: c\n", "line 1"),
        ("a: 1\n---\nb: 2\n", "line 2, column 1: but found another document"),
        ("a: \x01\n", "at character 4: unacceptable character #x0001"),
        ("# just a comment\n", "the document is empty"),
        ("", "the document is empty"),
        ("  \n\n", "the document is empty"),
    ],
)  # fmt: skip
def test_yaml_refusals(text: str, message: str) -> None:
    assert message in malformed(text, "yaml").message


@pytest.mark.usefixtures("yaml_loader")
def test_yaml_errors_carry_line_and_column() -> None:
    error = malformed("workflow:\n  key: x\n  name: [a, b\n", "yaml")
    assert error.message.startswith("invalid YAML at line ")
    assert set(error.details) == {"line", "column"}
    assert error.details["line"] >= 3


@pytest.mark.usefixtures("yaml_loader")
@pytest.mark.parametrize(
    "text",
    [
        "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1),
        "[" * 100_000,
        "".join(f"{'  ' * level}a:\n" for level in range(MAX_DEPTH + 1)) + "  " * (MAX_DEPTH + 1) + "x\n",
        "".join(f"{'  ' * level}-\n" for level in range(MAX_DEPTH + 1)) + "  " * (MAX_DEPTH + 1) + "x\n",
    ],
    ids=["flow", "flow-unclosed", "block-mappings", "block-sequences"],
)
def test_yaml_nesting_is_limited(text: str) -> None:
    message = malformed(text, "yaml").message
    # libyaml may stop an unclosed flow first, at its own limit (1000 levels).
    assert "nested more than 64 levels deep" in message or "exceeded maximum nesting depth" in message


def _list_nesting(value: object) -> int:
    """How many lists deep `[[[…]]]` is."""
    levels = 0
    while isinstance(value, list):
        levels += 1
        value = value[0] if value else None
    return levels


@pytest.mark.usefixtures("yaml_loader")
def test_yaml_nesting_up_to_the_limit_is_fine() -> None:
    assert _list_nesting(loads("[" * MAX_DEPTH + "]" * MAX_DEPTH, "yaml")) == MAX_DEPTH


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"a": NaN}', "NaN is not a JSON number"),
        ('{"a": Infinity}', "Infinity is not a JSON number"),
        ("[-Infinity]", "-Infinity is not a JSON number"),
        ('{"a": 1e999}', "the number 1e999 is too large"),
        ('{"a": -1e999}', "the number -1e999 is too large"),
        ("[" + "9" * 5000 + "]", "an integer has too many digits"),
        ('{"a": 1, "a": 2}', "duplicate key 'a'"),
        ('{"a": 1,}', "line 1, column 9: Expecting property name enclosed in double quotes"),
        ('{\n  "a": [1, 2\n}', "line 3, column 1: Expecting ',' delimiter"),
        ("{'a': 1}", "line 1, column 2"),
        ('{"a": 1} x', "Extra data"),
        ("", "the document is empty"),
        ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), "nested more than 64 levels deep"),
        ("[" * 100_000 + "]" * 100_000, "nested more than 64 levels deep"),
        ('{"a": ' * 5000 + "1" + "}" * 5000, "nested more than 64 levels deep"),
    ],
)
def test_json_refusals(text: str, message: str) -> None:
    assert message in malformed(text, "json").message


def test_json_errors_carry_line_and_column() -> None:
    assert malformed('{\n  "a": tru\n}', "json").details == {"line": 2, "column": 8}


def test_json_nesting_up_to_the_limit_is_fine() -> None:
    assert _list_nesting(loads("[" * MAX_DEPTH + "]" * MAX_DEPTH, "json")) == MAX_DEPTH


@pytest.mark.parametrize("fmt", FORMATS)
def test_invalid_utf8_is_malformed(fmt: Format) -> None:
    assert "not valid UTF-8" in malformed(b'{"a": "\xff"}', fmt).message


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", ["str", "bytes", "multibyte"])
def test_too_large_is_413(fmt: Format, kind: str) -> None:
    padding = {"str": "x" * MAX_BYTES, "bytes": "x" * MAX_BYTES, "multibyte": "é" * (MAX_BYTES // 2)}[kind]
    text = f'{{"a": "{padding}"}}' if fmt == "json" else f"a: {padding}\n"
    with pytest.raises(ApplicationError) as exc:
        loads(text.encode() if kind == "bytes" else text, fmt)
    assert (exc.value.status, exc.value.code) == (413, "payload_too_large")


@pytest.mark.parametrize("fmt", FORMATS)
def test_just_under_the_size_limit_is_read(fmt: Format) -> None:
    overhead = len('{"a": ""}') if fmt == "json" else len("a: \n")
    text = (
        f'{{"a": "{"x" * (MAX_BYTES - overhead)}"}}'
        if fmt == "json"
        else f"a: {'x' * (MAX_BYTES - overhead)}\n"
    )
    assert len(text.encode()) == MAX_BYTES
    assert loads(text, fmt) == {"a": "x" * (MAX_BYTES - overhead)}


@pytest.mark.parametrize("value", [float("nan"), float("inf"), (1, 2), {1: "a"}, b"x", object()])
@pytest.mark.parametrize("fmt", FORMATS)
def test_dumps_refuses_what_is_not_json(fmt: Format, value: Any) -> None:
    with pytest.raises(ValueError):
        dumps({"a": [value]}, fmt)
