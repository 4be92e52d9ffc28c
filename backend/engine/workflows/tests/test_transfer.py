"""Workflow bundles: export/import round trips (JSON, YAML), YAML typing, and what reading refuses."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import ApplicationError, ValidationFailed
from engine.workflows.definitions import transfer
from engine.workflows.definitions.schema import WorkflowDocument, starter_document
from engine.workflows.definitions.transfer import (
    FORMAT_VERSION,
    MAX_BYTES,
    MAX_DEPTH,
    MAX_PROBLEMS,
    Bundle,
    Format,
    WorkflowMeta,
    dumps,
    export_bundle,
    loads,
    parse_bundle,
)

FORMATS: tuple[Format, ...] = ("json", "yaml")
LOADERS = [pytest.param(loader, id=loader.__name__) for loader in transfer.YAML_LOADERS]

# Strings a YAML 1.1 reader would take for something else (or that need quoting to be read at all).
TRICKY = [
    "yes", "no", "on", "off", "y", "n", "Yes", "NO", "true", "false", "True", "FALSE",
    "null", "Null", "NULL", "~", "", " ",
    "1", "-1", "+1", "0", "007", "012", "089", "0x1F", "0o17", "0b101", "1_000", "1:20", "190:20:30",
    "1.0", "1.", ".5", "-.5", "1e3", "1E3", "1.0e+3", "1.0e3", "-1e-3", ".inf", "-.Inf", ".nan", "NaN",
    "Infinity", "2024-01-01", "2024-01-31T10:00:00Z", "2001-12-14 21:59:43.10 -5", "12:30",
    "@x", "`x", "- a", "-", "--", "---", "...", ": b", ":", "a: b", "a:b", "#c", "a #b", "[x]", "{x: y}",
    "!x", "!!str", "&x", "*x", "%x", "|", ">", "?", "? x", ",", "'", '"', "<<", "=", "\\",
    "a\nb", "a\n", "\n", "  lead", "trail  ", "\t", "a\tb", "a\r\nb",
    "é", "日本語", "🙂", "\u2028", "\u2029", "\x85", "\ufeff", "\x00", "\x07", "\x7f", "\u00a0",
]  # fmt: skip


def meta(**changes: str) -> WorkflowMeta:
    values = {
        "key": "purchase-request",
        "name": "Purchase request — 采购申请 ✓",
        "description": "Multi-line\ndescription: with 'quotes', \"double\", #hash and yes/no.",
        "category": "Finance",
    }
    return WorkflowMeta(**{**values, **changes})


def rich_document() -> WorkflowDocument:
    """Every part of the schema, in the JSON form a stored version has (validation bounds as strings)."""
    columns = [
        {"key": "item", "label": "Item", "type": "string"},
        {"key": "qty", "label": "Qty", "type": "int", "default": 1, "validation": {"min": "1", "max": "999"}},
        {"key": "price", "label": "Price", "type": "decimal", "required": False},
    ]
    return WorkflowDocument.model_validate(
        {
            "serial_prefix": "PR2",
            "title_template": "{workflow} {serial} — {field:title} 🙂",
            "fields": [
                {
                    "key": "title",
                    "label": "Title",
                    "type": "string",
                    "placeholder": "yes",
                    "help_text": "null",
                    "validation": {"min_length": 3, "max_length": 120, "regex": r"^[^\n]+: .*#?$"},
                },
                {"key": "body", "label": "Details\nand notes", "type": "text", "required": False},
                {"key": "rich", "label": "Rich", "type": "rich_text", "default": "<p>~</p>", "order": 2},
                {
                    "key": "amount",
                    "label": "Amount",
                    "type": "decimal",
                    "validation": {"min": "0.01", "max": "1e6"},
                },
                {"key": "count", "label": "Count", "type": "int", "default": 0, "order": -1},
                {"key": "urgent", "label": "Urgent?", "type": "bool", "default": False},
                {
                    "key": "due",
                    "label": "Due",
                    "type": "date",
                    "default": "2024-01-31",
                    "validation": {"min": "2024-01-01", "max": "2030-12-31"},
                },
                {"key": "at", "label": "At", "type": "datetime", "default": "2024-01-31T10:00:00+08:00"},
                {"key": "slot", "label": "Slot", "type": "time", "default": "12:30"},
                {
                    "key": "answer",
                    "label": "Answer",
                    "type": "radio",
                    "choices": [
                        {"value": "yes", "label": "Yes"},
                        {"value": "no", "label": "No"},
                        {"value": "null", "label": "~"},
                        {"value": "1.0", "label": "1e3"},
                        {"value": "2024-01-01", "label": "@x"},
                    ],
                    "default": "yes",
                },
                {
                    "key": "tags",
                    "label": "Tags",
                    "type": "multi_select",
                    "choices": [{"value": "- a", "label": ": b"}, {"value": "#c", "label": "日本語"}],
                    "default": ["- a", "#c"],
                    "validation": {"min_length": 1, "max_length": 2},
                },
                {
                    "key": "opts",
                    "label": "Options",
                    "type": "checkbox",
                    "choices": [{"value": "on", "label": "On"}],
                },
                {
                    "key": "pick",
                    "label": "Pick",
                    "type": "select",
                    "choices": [{"value": "~", "label": "Tilde"}],
                },
                {"key": "owner", "label": "Owner", "type": "user"},
                {"key": "watchers", "label": "Watchers", "type": "users", "required": False},
                {"key": "dept", "label": "Department", "type": "department"},
                {"key": "files", "label": "Files", "type": "attachment", "required": False},
                {"key": "lines", "label": "Lines", "type": "table", "columns": columns},
            ],
            "states": [
                {
                    "key": "draft",
                    "name": "Draft",
                    "type": "start",
                    "participant": {"kind": "variable", "variable": "creator"},
                    "field_permissions": {"title": "required", "body": "optional", "amount": "required"},
                    "can_withdraw": True,
                    "position": {"x": 0, "y": 0},
                },
                {
                    "key": "manager",
                    "name": "Manager review",
                    "participant": {"kind": "variable", "variable": "creator_department_leader"},
                    "distribution": {"kind": "claim"},
                    "reuse_last_handler": True,
                    "sla": {"duration_seconds": 86400, "action": "remind"},
                    "position": {"x": 240.5, "y": -12.25},
                },
                {
                    "key": "finance",
                    "name": "Finance — countersign",
                    "participant": {
                        "kind": "departments",
                        "departments": ["FIN", "yes"],
                        "department_scope": "approver",
                    },
                    "distribution": {
                        "kind": "countersign",
                        "countersign": {"mode": "percent", "percent": 60, "veto_on_reject": False},
                    },
                    "field_permissions": {"rich": "hidden", "lines": "read_only"},
                    "sla": {
                        "duration_seconds": 7200,
                        "action": "escalate",
                        "escalate_to": {"kind": "users", "users": ["cfo", "张三"]},
                    },
                    "position": {"x": 480, "y": 0},
                },
                {
                    "key": "board",
                    "name": "Board",
                    "participant": {"kind": "roles", "roles": ["board", "null"]},
                    "distribution": {"kind": "countersign", "countersign": {"mode": "count", "count": 2}},
                    "sla": {
                        "duration_seconds": 3600,
                        "action": "auto_transition",
                        "transition": "board_timeout",
                    },
                },
                {
                    "key": "it",
                    "name": "IT",
                    "participant": {"kind": "field", "field": "owner"},
                    "distribution": {"kind": "random"},
                },
                {
                    "key": "vendor",
                    "name": "Vendor hook",
                    "participant": {
                        "kind": "hook",
                        "hook": {
                            "url": "https://hooks.example.com/handlers?x=1&y=yes",
                            "wait": True,
                            "returns_handlers": True,
                        },
                    },
                    "distribution": {"kind": "direct"},
                },
                {"key": "done", "name": "Done", "type": "end", "position": {"x": 1e3, "y": 1.5e-3}},
                {"key": "rejected", "name": "Rejected", "type": "end"},
            ],
            "transitions": [
                {
                    "key": "submit",
                    "name": "Submit",
                    "source": "draft",
                    "target": "manager",
                    "confirm_text": "Sure?",
                },
                {
                    "key": "approve",
                    "name": "Approve",
                    "source": "manager",
                    "target": "finance",
                    "branches": [
                        {
                            "condition": {
                                "any": [
                                    {
                                        "all": [
                                            {"field": "amount", "op": ">=", "value": 10000},
                                            {"field": "urgent", "op": "==", "value": True},
                                        ]
                                    },
                                    {"all": [{"field": "answer", "op": "in", "value": ["yes", "null"]}]},
                                ]
                            },
                            "target": "board",
                        },
                        {"expression": "amount < 100 and title ~ 'yes: #1'", "target": "done"},
                    ],
                },
                {
                    "key": "reject",
                    "name": "Reject",
                    "source": "manager",
                    "target": "rejected",
                    "attribute": "reject",
                    "check_required_fields": False,
                },
                {"key": "sign", "name": "Sign", "source": "finance", "target": "it", "attribute": "other"},
                {
                    "key": "board_timeout",
                    "name": "Timed out",
                    "source": "board",
                    "target": "rejected",
                    "kind": "timer",
                    "timer_seconds": 3600,
                },
                {
                    "key": "vendor_done",
                    "name": "Vendor",
                    "source": "vendor",
                    "target": "done",
                    "kind": "hook",
                },
                {"key": "it_done", "name": "IT done", "source": "it", "target": "vendor"},
            ],
            "creators": {"everyone": False, "departments": ["FIN"], "roles": ["buyer"], "users": ["yes"]},
            "viewers": {"users": ["auditor"]},
            "intervenors": {"roles": ["admin"]},
            "submit_limit": {"count": 5, "period_seconds": 86400},
            "notifications": [
                {
                    "events": ["created", "state_entered"],
                    "channel": "email",
                    "recipients": ["handlers", "creator"],
                    "template": "Ticket {serial}: {title}\nyes",
                    "states": ["manager", "finance"],
                },
                {"events": ["sla_breached"], "channel": "im"},
            ],
            "webhooks": [
                {"events": ["finished", "closed", "withdrawn"], "url": "http://erp.example.com/hook"},
                {"events": ["transition"], "url": "https://x.example.com/", "active": False},
            ],
        }
    )


def round_trip(
    document: WorkflowDocument, workflow: WorkflowMeta, fmt: Format, version: int | None = 7
) -> None:
    text = dumps(export_bundle(workflow, document, version=version), fmt)
    bundle = parse_bundle(loads(text, fmt))
    assert bundle.meta == workflow
    assert bundle.document == document
    assert bundle.version == version
    assert bundle.document.model_dump(mode="json") == document.model_dump(mode="json")
    again = dumps(export_bundle(bundle.meta, bundle.document, version=bundle.version), fmt)
    assert again == text
    # Bytes too: what an upload hands over.
    assert parse_bundle(loads(text.encode(), fmt)) == bundle


@pytest.fixture(params=LOADERS)
def yaml_loader(request: pytest.FixtureRequest) -> Iterator[type]:
    """Run a test with each YAML loader available (libyaml events and pure Python)."""
    with mock.patch.object(transfer, "YAML_LOADERS", (request.param,)):
        yield request.param


def problems_of(exc: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, str]:
    return {problem["field"]: problem["type"] for problem in exc.value.details}


def malformed(text: str | bytes, fmt: Format) -> ApplicationError:
    with pytest.raises(ApplicationError) as exc:
        loads(text, fmt)
    assert exc.value.code == "malformed_document"
    assert exc.value.status == 400
    return exc.value


# ---- round trips -------------------------------------------------------------------------------


def test_export_bundle_is_the_envelope_around_the_json_document() -> None:
    document = starter_document()
    data = export_bundle(meta(), document, version=3)
    assert list(data) == ["loonflow", "workflow", "version", "definition"]
    assert data["loonflow"] == FORMAT_VERSION == 1
    assert data["workflow"] == {
        "key": "purchase-request",
        "name": "Purchase request — 采购申请 ✓",
        "description": meta().description,
        "category": "Finance",
    }
    assert data["version"] == 3
    assert data["definition"] == document.model_dump(mode="json")
    assert export_bundle(meta(), document, version=None)["version"] is None


@pytest.mark.usefixtures("yaml_loader")
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("version", [7, None])
def test_rich_document_round_trips_exactly(fmt: Format, version: int | None) -> None:
    round_trip(rich_document(), meta(), fmt, version)


@pytest.mark.usefixtures("yaml_loader")
@pytest.mark.parametrize("fmt", FORMATS)
def test_starter_and_empty_documents_round_trip(fmt: Format) -> None:
    round_trip(starter_document(), meta(description="", category=""), fmt)
    round_trip(WorkflowDocument(), meta(name="x" * 200, description="d" * 4000, category="c" * 100), fmt)


def test_json_text_is_indented_unicode_in_document_order() -> None:
    text = dumps(export_bundle(meta(), rich_document(), version=1), "json")
    assert text.endswith("}\n")
    assert text.startswith('{\n  "loonflow": 1,\n  "workflow": {\n    "key": "purchase-request",')
    assert "采购申请" in text
    assert "\\u" not in text
    definition = json.loads(text)["definition"]
    assert list(definition) == list(WorkflowDocument.model_fields)
    assert [field["key"] for field in definition["fields"]][:3] == ["title", "body", "rich"]
    assert list(definition["states"][0])[:3] == ["key", "name", "type"]


def test_yaml_text_is_block_style_unicode_in_document_order() -> None:
    text = dumps(export_bundle(meta(), rich_document(), version=1), "yaml")
    assert text.startswith("loonflow: 1\nworkflow:\n  key: purchase-request\n")
    assert "采购申请" in text
    assert "\\u" not in text
    assert "{" not in text.split("definition:")[0]  # block style, not flow
    assert "\nversion: 1\ndefinition:\n  serial_prefix: PR2\n" in text
    assert text.endswith("\n")


@pytest.mark.usefixtures("yaml_loader")
@pytest.mark.parametrize("value", TRICKY)
def test_tricky_strings_stay_strings_in_yaml(value: str) -> None:
    data = {"label": value, "choices": [value, {"value": value}], value: "key"}
    text = dumps(data, "yaml")
    assert loads(text, "yaml") == data
    assert dumps(loads(text, "yaml"), "yaml") == text


@pytest.mark.usefixtures("yaml_loader")
def test_tricky_strings_are_quoted_in_yaml_labels_and_choices() -> None:
    document = WorkflowDocument.model_validate(
        {
            "fields": [
                {
                    "key": "f",
                    "label": label,
                    "type": "select",
                    "placeholder": label,
                    "choices": [{"value": value, "label": label}],
                }
                for label, value in [("yes", "null"), ("1.0", "~"), ("2024-01-01", "yes"), ("null", "1e3")]
            ]
        }
    )
    text = dumps(export_bundle(meta(), document, version=1), "yaml")
    for quoted in ("'yes'", "'null'", "'1.0'", "'~'", "'2024-01-01'"):
        assert f"label: {quoted}" in text or f"value: {quoted}" in text
    round_trip(document, meta(), "yaml")


@pytest.mark.usefixtures("yaml_loader")
def test_yaml_plain_scalars_resolve_like_json() -> None:
    text = """
    strings: [yes, no, on, off, y, True, FALSE, Yes, 2024-01-31, 2024-01-31 10:00:00, 12:30, 1e3, 012, 0x1F,
              0o17, 1_000, 1:20, .inf, -.inf, .nan, -.5, NaN, <<, =]
    booleans: [true, false]
    nulls: [~, null, Null, NULL]
    empty:
    integers: [0, 12, -3, +7, 123456789012345678901234567890]
    floats: [1.5, -0.25, .5, 1., 1.0e+3, 2.5E-2]
    quoted: ['true', "12", '~']
    """
    data = loads("\n".join(line.removeprefix("    ") for line in text.splitlines()), "yaml")
    assert data == {
        "strings": [
            "yes",
            "no",
            "on",
            "off",
            "y",
            "True",
            "FALSE",
            "Yes",
            "2024-01-31",
            "2024-01-31 10:00:00",
            "12:30",
            "1e3",
            "012",
            "0x1F",
            "0o17",
            "1_000",
            "1:20",
            ".inf",
            "-.inf",
            ".nan",
            "-.5",
            "NaN",
            "<<",
            "=",
        ],
        "booleans": [True, False],
        "nulls": [None, None, None, None],
        "empty": None,
        "integers": [0, 12, -3, 7, 123456789012345678901234567890],
        "floats": [1.5, -0.25, 0.5, 1.0, 1000.0, 0.025],
        "quoted": ["true", "12", "~"],
    }
    assert all(type(value) is str for value in data["strings"])
    assert all(type(value) is bool for value in data["booleans"])
    assert all(type(value) is int for value in data["integers"])
    assert all(type(value) is float for value in data["floats"])


@pytest.mark.usefixtures("yaml_loader")
def test_yaml_explicit_core_tags_are_allowed() -> None:
    text = (
        'a: !!str 12\nb: !!int "7"\nc: !!float "1e3"\nd: !!bool "false"\ne: !!null ""\n'
        "f: !!seq [1]\ng: !!map {x: 1}\n"
    )
    assert loads(text, "yaml") == {
        "a": "12",
        "b": 7,
        "c": 1000.0,
        "d": False,
        "e": None,
        "f": [1],
        "g": {"x": 1},
    }


def test_loads_accepts_bytes_and_a_byte_order_mark() -> None:
    assert loads('\ufeff{"a": "é"}'.encode(), "json") == {"a": "é"}
    assert loads("\ufeff{}", "json") == {}
    assert loads("\ufeffa: é\n".encode(), "yaml") == {"a": "é"}


# ---- hypothesis ---------------------------------------------------------------------------------------

text = st.one_of(st.sampled_from(TRICKY), st.text(max_size=40))
nonblank = text.filter(lambda value: value.strip() != "")
keys = st.one_of(
    st.sampled_from(["yes", "no", "on", "true", "True", "null", "NaN", "inf", "y", "_", "e3", "_1"]),
    st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,15}", fullmatch=True),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | text,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(text, children, max_size=3),
    max_leaves=8,
)
usernames = text.filter(lambda value: 1 <= len(value) <= 150)
finite = st.floats(allow_nan=False, allow_infinity=False)

field: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
    {
        "key": keys,
        "label": nonblank,
        "type": st.sampled_from(["string", "text", "int", "decimal", "bool", "date", "select", "users"]),
        "required": st.booleans(),
        "choices": st.lists(
            st.fixed_dictionaries({"value": text.filter(lambda v: 1 <= len(v) <= 100), "label": nonblank}),
            max_size=3,
        ),
        "default": json_values,
        "placeholder": text,
        "help_text": text,
        "order": st.integers(-1000, 1000),
    }
)
state: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
    {
        "key": keys,
        "name": nonblank,
        "type": st.sampled_from(["start", "normal", "end"]),
        "participant": st.fixed_dictionaries(
            {"kind": st.just("users"), "users": st.lists(usernames, max_size=3)}
        ),
        "field_permissions": st.dictionaries(
            keys, st.sampled_from(["hidden", "read_only", "optional", "required"]), max_size=3
        ),
        "sla": st.none()
        | st.fixed_dictionaries(
            {
                "duration_seconds": st.integers(1, 3600 * 24 * 366),
                "action": st.sampled_from(["remind", "escalate"]),
            }
        ),
        "position": st.none() | st.fixed_dictionaries({"x": finite, "y": finite}),
    }
)
transition: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
    {
        "key": keys,
        "name": nonblank,
        "source": keys,
        "target": keys,
        "confirm_text": text,
        "branches": st.lists(
            st.one_of(
                st.fixed_dictionaries({"expression": text, "target": keys}),
                st.fixed_dictionaries(
                    {"condition": st.dictionaries(text, json_values, max_size=3), "target": keys}
                ),
            ),
            max_size=2,
        ),
    }
)


def by_key(item: dict[str, Any]) -> Any:
    return item["key"]


document_parts: dict[str, st.SearchStrategy[Any]] = {
    "serial_prefix": st.from_regex(r"[A-Z][A-Z0-9]{0,9}", fullmatch=True),
    "title_template": text,
    "fields": st.lists(field, max_size=3, unique_by=by_key),
    "states": st.lists(state, max_size=3, unique_by=by_key),
    "transitions": st.lists(transition, max_size=3, unique_by=by_key),
    "creators": st.fixed_dictionaries({"everyone": st.booleans(), "users": st.lists(usernames, max_size=2)}),
}
documents = st.fixed_dictionaries(document_parts).map(WorkflowDocument.model_validate)
metas = st.builds(
    WorkflowMeta,
    key=st.from_regex(r"[a-z][a-z0-9_-]{1,63}", fullmatch=True),
    name=nonblank,
    description=text,
    category=text,
)


@pytest.mark.parametrize("loader", LOADERS)
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents, workflow=metas, version=st.none() | st.integers(1, 10**6))
def test_generated_documents_round_trip(
    loader: type, document: WorkflowDocument, workflow: WorkflowMeta, version: int | None
) -> None:
    with mock.patch.object(transfer, "YAML_LOADERS", (loader,)):
        for fmt in FORMATS:
            round_trip(document, workflow, fmt, version)


@pytest.mark.parametrize("loader", LOADERS)
@settings(max_examples=100, deadline=None)
@given(value=json_values)
def test_generated_json_values_round_trip(loader: type, value: Any) -> None:
    data = {"value": value}
    with mock.patch.object(transfer, "YAML_LOADERS", (loader,)):
        for fmt in FORMATS:
            text = dumps(data, fmt)
            assert loads(text, fmt) == data
            assert dumps(loads(text, fmt), fmt) == text


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


@pytest.mark.usefixtures("yaml_loader")
def test_yaml_nesting_up_to_the_limit_is_fine() -> None:
    assert transfer._depth(loads("[" * MAX_DEPTH + "]" * MAX_DEPTH, "yaml")) == MAX_DEPTH


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
    assert transfer._depth(loads("[" * MAX_DEPTH + "]" * MAX_DEPTH, "json")) == MAX_DEPTH


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


# ---- what parse_bundle refuses ---------------------------------------------------------------------


def bundle_data(**changes: Any) -> dict[str, Any]:
    data = export_bundle(meta(), starter_document(), version=1)
    for path, value in changes.items():
        target = data
        *parents, last = path.split("__")
        for parent in parents:
            target = target[parent]
        if value is ...:
            del target[last]
        else:
            target[last] = value
    return data


def invalid(data: Any) -> pytest.ExceptionInfo[ValidationFailed]:
    with pytest.raises(ValidationFailed) as exc:
        parse_bundle(data)
    assert exc.value.status == 422
    assert exc.value.code == "validation_failed"
    for problem in exc.value.details:
        assert problem["loc"] == ["body", *problem["field"].split(".")]
        assert problem["message"]
    return exc


def test_parse_bundle_builds_the_bundle() -> None:
    bundle = parse_bundle(bundle_data())
    assert bundle == Bundle(meta=meta(), document=starter_document(), version=1)


def test_description_category_and_version_are_optional() -> None:
    bundle = parse_bundle(bundle_data(workflow__description=..., workflow__category=..., version=...))
    assert (bundle.meta.description, bundle.meta.category, bundle.version) == ("", "", None)


@pytest.mark.parametrize("data", [None, [], "loonflow: 1", 1, True])
def test_a_bundle_is_an_object(data: Any) -> None:
    assert problems_of(invalid(data)) == {"": "dict_type"}


@pytest.mark.parametrize("version", [..., 2, 0, "1", True, 1.0, None])
def test_the_format_version_must_be_1(version: Any) -> None:
    problems = invalid(bundle_data(loonflow=version)).value.details
    assert [problem["field"] for problem in problems] == ["loonflow"]
    assert problems[0]["type"] == ("missing" if version is ... else "unsupported_version")


@pytest.mark.parametrize(
    "key", ["Leave", "a", "1abc", "_abc", "-abc", "abc def", "abc\n", "ab.c", "a" * 65, "é-x", "", 12, None]
)
def test_workflow_key_is_checked(key: Any) -> None:
    problems = problems_of(invalid(bundle_data(workflow__key=key)))
    assert list(problems) == ["workflow.key"]


@pytest.mark.parametrize("key", ["ab", "a" * 64, "leave-request_2", "x-"])
def test_good_workflow_keys(key: str) -> None:
    assert parse_bundle(bundle_data(workflow__key=key)).meta.key == key


@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        ("workflow__name", "", "string_too_short"),
        ("workflow__name", "   ", "string_too_short"),
        ("workflow__name", "x" * 201, "string_too_long"),
        ("workflow__name", ..., "missing"),
        ("workflow__name", 5, "string_type"),
        ("workflow__description", "x" * 4001, "string_too_long"),
        ("workflow__description", None, "string_type"),
        ("workflow__category", "x" * 101, "string_too_long"),
        ("workflow__category", ["x"], "string_type"),
        ("workflow__owner", "x", "extra_forbidden"),
        ("workflow", ..., "missing"),
        ("workflow", "leave", "dict_type"),
        ("version", 0, "int_type"),
        ("version", "3", "int_type"),
        ("version", True, "int_type"),
        ("version", 1.5, "int_type"),
        ("definition", ..., "missing"),
        ("definition", [], "model_type"),
        ("extra", 1, "extra_forbidden"),
    ],
)
def test_envelope_problems_point_at_their_path(path: str, value: Any, problem: str) -> None:
    field = path.replace("__", ".")
    assert problems_of(invalid(bundle_data(**{path: value}))) == {field: problem}


def test_definition_problems_point_into_the_bundle() -> None:
    data = bundle_data()
    definition = data["definition"]
    definition["states"][1]["type"] = "finish"
    definition["states"][0]["field_permissions"] = {"title": "secret"}
    definition["states"][0]["sla"] = {"duration_seconds": 0}
    definition["transitions"][0]["key"] = "bad key"
    definition["serial_prefix"] = "tk"
    definition["fields"] = [
        {"key": "f", "label": "F", "type": "select", "choices": [{"value": "", "label": "x"}]}
    ]
    definition["colour"] = "red"
    problems = problems_of(invalid(data))
    assert problems == {
        "definition.serial_prefix": "string_pattern_mismatch",
        "definition.fields.0.choices.0.value": "string_too_short",
        "definition.states.0.field_permissions.title": "enum",
        "definition.states.0.sla.duration_seconds": "greater_than_equal",
        "definition.states.1.type": "enum",
        "definition.transitions.0.key": "string_pattern_mismatch",
        "definition.colour": "extra_forbidden",
    }


def test_envelope_and_definition_problems_come_together() -> None:
    data = bundle_data(workflow__key="Bad", version=-1)
    data["definition"]["states"][1]["type"] = "finish"
    assert problems_of(invalid(data)) == {
        "workflow.key": "string_pattern_mismatch",
        "version": "int_type",
        "definition.states.1.type": "enum",
    }


def test_model_validator_errors_point_at_the_list() -> None:
    data = bundle_data()
    data["definition"]["fields"] = [
        {
            "key": "t",
            "label": "T",
            "type": "table",
            "columns": [{"key": "inner", "label": "I", "type": "table"}],
        }
    ]
    problems = invalid(data).value.details
    assert [(problem["field"], problem["type"]) for problem in problems] == [
        ("definition.fields", "value_error")
    ]
    assert "columns cannot be tables" in problems[0]["message"]


def test_problems_are_capped() -> None:
    data = bundle_data()
    data["definition"]["transitions"] = [{"key": f"t{i}", "name": ""} for i in range(400)]
    error = invalid(data).value
    assert len(error.details) == MAX_PROBLEMS
    assert f"the first {MAX_PROBLEMS} of" in error.message


@pytest.mark.parametrize("fmt", FORMATS)
def test_well_formed_text_that_is_not_a_bundle_is_422(fmt: Format) -> None:
    text = dumps(
        {"loonflow": 1, "workflow": {"key": "ok-key", "name": "OK"}, "definition": {"states": 3}}, fmt
    )
    assert problems_of(invalid(loads(text, fmt))) == {"definition.states": "list_type"}
