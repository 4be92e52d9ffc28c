"""Workflow bundles: what `parse_bundle` refuses in well-formed data, and where its problems point."""

from __future__ import annotations

from typing import Any

import pytest

from core.errors import ValidationFailed
from engine.workflows.definitions.schema import starter_document
from engine.workflows.definitions.transfer import (
    MAX_PROBLEMS,
    Bundle,
    Format,
    dumps,
    export_bundle,
    loads,
    parse_bundle,
)
from engine.workflows.tests.factories import FORMATS, bundle_meta


def problems_of(exc: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, str]:
    return {problem["field"]: problem["type"] for problem in exc.value.details}


# ---- what parse_bundle refuses ---------------------------------------------------------------------


def bundle_data(**changes: Any) -> dict[str, Any]:
    data = export_bundle(bundle_meta(), starter_document(), version=1)
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
    assert bundle == Bundle(meta=bundle_meta(), document=starter_document(), version=1)


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
