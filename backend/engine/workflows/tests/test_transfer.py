"""Workflow bundles: export/import round trips (JSON, YAML) and YAML typing, by example and generated.

What reading refuses is in test_transfer_reading.py, what `parse_bundle` refuses in test_bundle_parsing.py.
"""

from __future__ import annotations

import json
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.workflows.definitions import transfer
from engine.workflows.definitions.schema import WorkflowDocument, starter_document
from engine.workflows.definitions.transfer import (
    FORMAT_VERSION,
    Format,
    WorkflowMeta,
    dumps,
    export_bundle,
    loads,
    parse_bundle,
)
from engine.workflows.samples import (
    at,
    choices,
    claim,
    countersign,
    departments,
    end_state,
    field,
    reject,
    roles,
    start_state,
    state,
    transition,
    users,
    variable,
)
from engine.workflows.tests.factories import FORMATS, LOADERS, bundle_meta

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


def rich_document() -> WorkflowDocument:
    """Every part of the schema, in the JSON form a stored version has (validation bounds as strings),
    with strings a YAML reader could take for something else."""
    columns = [
        field("item", "Item", "string"),
        field("qty", "Qty", "int", default=1, validation={"min": "1", "max": "999"}),
        field("price", "Price", "decimal", required=False),
    ]
    answers = choices(("yes", "Yes"), ("no", "No"), ("null", "~"), ("1.0", "1e3"), ("2024-01-01", "@x"))
    title_rules = {"min_length": 3, "max_length": 120, "regex": r"^[^\n]+: .*#?$"}
    fields = [
        field("title", "Title", "string", placeholder="yes", help_text="null", validation=title_rules),
        field("body", "Details\nand notes", "text", required=False),
        field("rich", "Rich", "rich_text", default="<p>~</p>", order=2),
        field("amount", "Amount", "decimal", validation={"min": "0.01", "max": "1e6"}),
        field("count", "Count", "int", default=0, order=-1),
        field("urgent", "Urgent?", "bool", default=False),
        field(
            "due", "Due", "date", default="2024-01-31", validation={"min": "2024-01-01", "max": "2030-12-31"}
        ),
        field("at", "At", "datetime", default="2024-01-31T10:00:00+08:00"),
        field("slot", "Slot", "time", default="12:30"),
        field("answer", "Answer", "radio", choices=answers, default="yes"),
        field(
            "tags",
            "Tags",
            "multi_select",
            choices=choices(("- a", ": b"), ("#c", "日本語")),
            default=["- a", "#c"],
            validation={"min_length": 1, "max_length": 2},
        ),
        field("opts", "Options", "checkbox", choices=choices(("on", "On"))),
        field("pick", "Pick", "select", choices=choices(("~", "Tilde"))),
        field("owner", "Owner", "user"),
        field("watchers", "Watchers", "users", required=False),
        field("dept", "Department", "department"),
        field("files", "Files", "attachment", required=False),
        field("lines", "Lines", "table", columns=columns),
    ]
    vendor_hook = {
        "url": "https://hooks.example.com/handlers?x=1&y=yes",
        "wait": True,
        "returns_handlers": True,
    }
    states = [
        start_state(
            participant=variable("creator"),
            field_permissions={"title": "required", "body": "optional", "amount": "required"},
            can_withdraw=True,
            position=at(0, 0),
        ),
        state(
            "manager",
            "Manager review",
            reuse_last_handler=True,
            participant=variable("creator_department_leader"),
            distribution=claim(),
            sla={"duration_seconds": 86400, "action": "remind", "warn_before_seconds": 3600},
            position=at(240.5, -12.25),
        ),
        state(
            "finance",
            "Finance — countersign",
            participant=departments("FIN", "yes", scope="approver"),
            distribution=countersign("percent", percent=60, veto_on_reject=False),
            field_permissions={"rich": "hidden", "lines": "read_only"},
            sla={"duration_seconds": 7200, "action": "escalate", "escalate_to": users("cfo", "张三")},
            position=at(480, 0),
        ),
        state(
            "board",
            "Board",
            participant=roles("board", "null"),
            distribution=countersign("count", count=2),
            sla={"duration_seconds": 3600, "action": "auto_transition", "transition": "board_timeout"},
        ),
        state("it", "IT", participant={"kind": "field", "field": "owner"}, distribution={"kind": "random"}),
        state(
            "vendor",
            "Vendor hook",
            participant={"kind": "hook", "hook": vendor_hook},
            distribution={"kind": "direct"},
        ),
        end_state("done", "Done", position=at(1e3, 1.5e-3)),
        end_state("rejected", "Rejected"),
    ]
    big_or_urgent = {
        "any": [
            {
                "all": [
                    {"field": "amount", "op": ">=", "value": 10000},
                    {"field": "urgent", "op": "==", "value": True},
                ]
            },
            {"all": [{"field": "answer", "op": "in", "value": ["yes", "null"]}]},
        ]
    }
    branches = [
        {"condition": big_or_urgent, "target": "board"},
        {"expression": "amount < 100 and title ~ 'yes: #1'", "target": "done"},
    ]
    transitions = [
        transition("submit", "Submit", "draft", "manager", confirm_text="Sure?"),
        transition("approve", "Approve", "manager", "finance", branches=branches),
        reject("reject", "Reject", "manager", "rejected"),
        transition("sign", "Sign", "finance", "it", attribute="other"),
        transition("board_timeout", "Timed out", "board", "rejected", kind="timer", timer_seconds=3600),
        transition("vendor_done", "Vendor", "vendor", "done", kind="hook"),
        transition("it_done", "IT done", "it", "vendor"),
    ]
    notify = {
        "events": ["created", "state_entered"],
        "channel": "email",
        "recipients": ["handlers", "creator"],
        "template": "Ticket {serial}: {title}\nyes",
        "states": ["manager", "finance"],
    }
    return WorkflowDocument.model_validate(
        {
            "serial_prefix": "PR2",
            "title_template": "{workflow} {serial} — {field:title} 🙂",
            "fields": fields,
            "states": states,
            "transitions": transitions,
            "creators": {"everyone": False, "departments": ["FIN"], "roles": ["buyer"], "users": ["yes"]},
            "viewers": {"users": ["auditor"]},
            "intervenors": {"roles": ["admin"]},
            "submit_limit": {"count": 5, "period_seconds": 86400},
            "notifications": [notify, {"events": ["sla_breached", "sla_warning"], "channel": "im"}],
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


# ---- round trips -------------------------------------------------------------------------------


def test_export_bundle_is_the_envelope_around_the_json_document() -> None:
    document = starter_document()
    data = export_bundle(bundle_meta(), document, version=3)
    assert list(data) == ["loonflow", "workflow", "version", "definition"]
    assert data["loonflow"] == FORMAT_VERSION == 1
    assert data["workflow"] == {
        "key": "purchase-request",
        "name": "Purchase request — 采购申请 ✓",
        "description": bundle_meta().description,
        "category": "Finance",
    }
    assert data["version"] == 3
    assert data["definition"] == document.model_dump(mode="json")
    assert export_bundle(bundle_meta(), document, version=None)["version"] is None


@pytest.mark.usefixtures("yaml_loader")
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("version", [7, None])
def test_rich_document_round_trips_exactly(fmt: Format, version: int | None) -> None:
    round_trip(rich_document(), bundle_meta(), fmt, version)


@pytest.mark.usefixtures("yaml_loader")
@pytest.mark.parametrize("fmt", FORMATS)
def test_starter_and_empty_documents_round_trip(fmt: Format) -> None:
    round_trip(starter_document(), bundle_meta(description="", category=""), fmt)
    round_trip(
        WorkflowDocument(), bundle_meta(name="x" * 200, description="d" * 4000, category="c" * 100), fmt
    )


def test_json_text_is_indented_unicode_in_document_order() -> None:
    text = dumps(export_bundle(bundle_meta(), rich_document(), version=1), "json")
    assert text.endswith("}\n")
    assert text.startswith('{\n  "loonflow": 1,\n  "workflow": {\n    "key": "purchase-request",')
    assert "采购申请" in text
    assert "\\u" not in text
    definition = json.loads(text)["definition"]
    assert list(definition) == list(WorkflowDocument.model_fields)
    assert [field["key"] for field in definition["fields"]][:3] == ["title", "body", "rich"]
    assert list(definition["states"][0])[:3] == ["key", "name", "type"]


def test_yaml_text_is_block_style_unicode_in_document_order() -> None:
    text = dumps(export_bundle(bundle_meta(), rich_document(), version=1), "yaml")
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
    text = dumps(export_bundle(bundle_meta(), document, version=1), "yaml")
    for quoted in ("'yes'", "'null'", "'1.0'", "'~'", "'2024-01-01'"):
        assert f"label: {quoted}" in text or f"value: {quoted}" in text
    round_trip(document, bundle_meta(), "yaml")


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

field_data: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
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
state_data: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
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
transition_data: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
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
    "fields": st.lists(field_data, max_size=3, unique_by=by_key),
    "states": st.lists(state_data, max_size=3, unique_by=by_key),
    "transitions": st.lists(transition_data, max_size=3, unique_by=by_key),
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
