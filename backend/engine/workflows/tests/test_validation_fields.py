"""Publish-time rules for the title template and the fields (validation/fields.py, defaults.py): keys,
choices, columns, defaults and validation rules; one broken thing at a time.
"""

from __future__ import annotations

from typing import Any

import pytest

from engine.workflows.definitions.schema import FieldDef, FieldType, WorkflowDocument
from engine.workflows.tests.factories import Mutation, appending, codes, column, mutated, problems, setting

CASES = [
    pytest.param(
        [appending("fields", column("days", "int"))],
        [("duplicate_key", "fields.3.key")],
        id="duplicate-field-key",
    ),
    pytest.param(
        [appending("fields", column("items", "table", columns=[column("a"), column("a", "int")]))],
        [("duplicate_key", "fields.3.columns.1.key")],
        id="duplicate-column-key",
    ),
    pytest.param(
        [setting("fields.2.choices", []), setting("fields.2.default", None)],
        [("missing_choices", "fields.2.choices")],
        id="missing-choices",
    ),
    pytest.param(
        [appending("fields.2.choices", {"value": "sick", "label": "Sick again"})],
        [("duplicate_choice", "fields.2.choices.3.value")],
        id="duplicate-choice",
    ),
    pytest.param(
        [setting("fields.0.choices", [{"value": "1", "label": "One"}])],
        [("unexpected_choices", "fields.0.choices")],
        id="choices-on-an-int",
    ),
    pytest.param(
        [appending("fields", column("items", "table"))],
        [("missing_columns", "fields.3.columns")],
        id="table-without-columns",
    ),
    pytest.param(
        [appending("fields", column("note", "string", columns=[column("a")]))],
        [("unexpected_columns", "fields.3.columns")],
        id="columns-on-a-string",
    ),
    pytest.param(
        [appending("fields", column("items", "table", columns=[column("kind", "select")]))],
        [("missing_choices", "fields.3.columns.0.choices")],
        id="column-rules-apply-too",
    ),
]


@pytest.mark.parametrize(("mutations", "expected"), CASES)
def test_rule(mutations: list[Mutation], expected: list[tuple[str, str]]) -> None:
    assert codes(mutated(*mutations)) == expected


def test_nested_table_column() -> None:
    """The schema refuses tables in tables; a document changed after parsing is still caught."""
    document = WorkflowDocument.model_validate(
        mutated(appending("fields", column("items", "table", columns=[column("a")])))
    )
    document.fields[3].columns.append(
        FieldDef(
            key="sub",
            label="Sub",
            type=FieldType.TABLE,
            columns=[FieldDef(key="x", label="X", type=FieldType.INT)],
        )
    )
    assert codes(document) == [("nested_table", "fields.3.columns.1.type")]


def param_id(value: Any) -> str:
    return value["type"] if isinstance(value, dict) and "type" in value else repr(value)


CHOICES_AB = [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}]


# ---- field defaults and validation ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "default"),
    [
        (column("f", "int"), "3"),
        (column("f", "int"), True),
        (column("f", "int"), 2.5),
        (column("f", "decimal"), "abc"),
        (column("f", "decimal"), True),
        (column("f", "bool"), "yes"),
        (column("f", "date"), "2024-13-01"),
        (column("f", "date"), "20240101"),
        (column("f", "date"), 20240101),
        (column("f", "datetime"), "yesterday"),
        (column("f", "time"), "25:00"),
        (column("f", "string"), 5),
        (column("f", "select", choices=CHOICES_AB), "c"),
        (column("f", "select", choices=CHOICES_AB), ["a"]),
        (column("f", "radio", choices=CHOICES_AB), "x"),
        (column("f", "multi_select", choices=CHOICES_AB), "a"),
        (column("f", "multi_select", choices=CHOICES_AB), ["a", "c"]),
        (column("f", "multi_select", choices=CHOICES_AB), ["a", "a"]),
        (column("f", "checkbox", choices=CHOICES_AB), ["x"]),
        (column("f", "users"), "alice"),
        (column("f", "user"), ["alice"]),
        (column("f", "department"), 5),
        (column("f", "attachment"), "file.pdf"),
        (column("f", "table", columns=[column("a")]), [{"b": 1}]),
        (column("f", "table", columns=[column("a")]), {"a": "x"}),
        (column("f", "int", validation={"min": 1}), 0),
        (column("f", "decimal", validation={"max": "9.5"}), "9.51"),
        (column("f", "date", validation={"min": "2024-01-01"}), "2023-12-31"),
        (column("f", "string", validation={"max_length": 3}), "abcd"),
        (column("f", "users", validation={"min_length": 1}), []),
        (column("f", "string", validation={"regex": "[a-z]+"}), "ABC"),
    ],
    ids=param_id,
)
def test_invalid_default(field: dict[str, Any], default: Any) -> None:
    doc = mutated(appending("fields", {**field, "default": default}))
    assert codes(doc) == [("invalid_default", "fields.3.default")]


@pytest.mark.parametrize(
    ("field", "default"),
    [
        (column("f", "int"), 3),
        (column("f", "decimal"), "2.50"),
        (column("f", "decimal"), 2.5),
        (column("f", "bool"), False),
        (column("f", "date"), "2024-02-29"),
        (column("f", "datetime"), "2024-02-29T10:00:00+01:00"),
        (column("f", "time"), "09:30"),
        (column("f", "string", validation={"regex": "[a-z]+", "max_length": 5}), "abc"),
        (column("f", "select", choices=CHOICES_AB), "a"),
        (column("f", "multi_select", choices=CHOICES_AB), ["a", "b"]),
        (column("f", "checkbox", choices=CHOICES_AB), []),
        (column("f", "users"), ["alice"]),
        (column("f", "user"), "alice"),
        (column("f", "department"), "eng"),
        (column("f", "table", columns=[column("a")]), [{"a": "x"}]),
        (column("f", "int", validation={"min": 1, "max": 5}), 5),
    ],
    ids=param_id,
)
def test_valid_default(field: dict[str, Any], default: Any) -> None:
    assert codes(mutated(appending("fields", {**field, "default": default}))) == []


@pytest.mark.parametrize(
    ("field", "path"),
    [
        (column("f", "int", validation={"min": 10, "max": 1}), "fields.3.validation"),
        (column("f", "int", validation={"min": "abc"}), "fields.3.validation.min"),
        (column("f", "date", validation={"min": "2024-12-31", "max": "2024-01-01"}), "fields.3.validation"),
        (column("f", "date", validation={"min": "tomorrow"}), "fields.3.validation.min"),
        (column("f", "string", validation={"min": 1}), "fields.3.validation.min"),
        (column("f", "string", validation={"min_length": 5, "max_length": 2}), "fields.3.validation"),
        (column("f", "int", validation={"max_length": 3}), "fields.3.validation.max_length"),
        (column("f", "string", validation={"regex": "("}), "fields.3.validation.regex"),
        (column("f", "int", validation={"regex": "\\d+"}), "fields.3.validation.regex"),
    ],
    ids=[
        "min-above-max",
        "number-min-not-a-number",
        "date-min-after-max",
        "date-min-not-a-date",
        "min-on-a-string",
        "min-length-above-max-length",
        "length-on-an-int",
        "regex-does-not-compile",
        "regex-on-an-int",
    ],
)
def test_invalid_validation(field: dict[str, Any], path: str) -> None:
    assert codes(mutated(appending("fields", field))) == [("invalid_validation", path)]


@pytest.mark.parametrize(
    ("regex", "words"),
    [
        (r"^(\w+)\s\1$", "backreferences"),
        (r"(?=.*\d)\w+", "lookahead"),
        (r"(?<!x)y", "lookbehind"),
        (r"a++", "possessive"),
        (r"(?>ab)", "atomic"),
    ],
)
def test_regex_re2_cannot_run_is_refused(regex: str, words: str) -> None:
    found = problems(mutated(appending("fields", column("f", "text", validation={"regex": regex}))))
    assert [(problem.code, problem.path) for problem in found] == [
        ("invalid_validation", "fields.3.validation.regex")
    ]
    assert words in found[0].message


def test_default_is_matched_by_re2() -> None:
    field = column("f", "string", validation={"regex": r"\d{3}"}, default="١٢٣")  # Unicode digits, as in `re`
    assert codes(mutated(appending("fields", field))) == []
    field = column("f", "string", validation={"regex": r"\d{3}"}, default="12a")
    assert codes(mutated(appending("fields", field))) == [("invalid_default", "fields.3.default")]


@pytest.mark.parametrize(
    "field",
    [
        column("f", "decimal", validation={"min": "0.5", "max": "10"}),
        column("f", "date", validation={"min": "2024-01-01", "max": "2024-12-31"}),
        column("f", "time", validation={"min": "08:00", "max": "18:00"}),
        column("f", "multi_select", choices=CHOICES_AB, validation={"min_length": 1, "max_length": 2}),
        column("f", "string", validation={"min_length": 2, "max_length": 2, "regex": "^[A-Z]{2}$"}),
    ],
    ids=lambda field: field["type"],
)
def test_valid_validation(field: dict[str, Any]) -> None:
    assert codes(mutated(appending("fields", field))) == []


# ---- title template -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "code"),
    [
        ("{workflow} {nope}", "unknown_placeholder"),
        ("{days.real}", "invalid_placeholder"),
        ("{days[0]}", "invalid_placeholder"),
        ("{days!r}", "invalid_placeholder"),
        ("{days:>10}", "invalid_placeholder"),
        ("{}", "invalid_placeholder"),
        ("{0}", "invalid_placeholder"),
        ("{ days}", "invalid_placeholder"),
        ("{serial", "invalid_placeholder"),
        ("serial}", "invalid_placeholder"),
        ("{__class__.__mro__}", "invalid_placeholder"),
    ],
)
def test_title_placeholders(template: str, code: str) -> None:
    assert codes(mutated(setting("title_template", template))) == [(code, "title_template")]


def test_title_problems_before_a_syntax_error_are_kept() -> None:
    found = problems(mutated(setting("title_template", "{nope} {days!s} {serial")))
    assert [(p.code, p.path) for p in found] == [
        ("unknown_placeholder", "title_template"),
        ("invalid_placeholder", "title_template"),
        ("invalid_placeholder", "title_template"),
    ]
    assert "{nope}" in found[0].message
    assert "{days!s}" in found[1].message
    assert "malformed" in found[2].message


@pytest.mark.parametrize(
    "template",
    ["{workflow} {serial} {creator} {date} {reason} {type}", "{{literal}} {serial}", "no placeholders", ""],
)
def test_valid_title(template: str) -> None:
    assert codes(mutated(setting("title_template", template))) == []
