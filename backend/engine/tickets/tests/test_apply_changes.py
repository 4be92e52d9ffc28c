"""Unit tests of `engine.tickets.runtime.values.apply_changes`: a change to a ticket's values, checked
against the state's permissions, required fields and the directory.

Pure Python: no database (the directory of users and departments is a stub).
"""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from core.errors import ValidationFailed
from engine.tickets.runtime.values import CleanResult, apply_changes
from engine.tickets.tests.factories import ROWS, file, make, rules
from engine.workflows.definitions.schema import FieldPermission, StateDef, StateType, WorkflowDocument


def document() -> WorkflowDocument:
    return WorkflowDocument(
        fields=[
            make("string", "title"),
            make("text", "note", required=False),
            make("int", "days", validation=rules(min=Decimal(1), max=Decimal(30))),
            make("decimal", "amount", required=False),
            make("bool", "urgent", required=False),
            make("date", "due", required=False),
            make("user", "owner", required=False),
            make("users", "watchers", required=False),
            make("department", "dept", required=False),
            make("multi_select", "tags", required=False),
            make("string", "secret", required=False),
            make("string", "status", required=False),
            ROWS,
        ],
        states=[
            StateDef(key="start", name="Draft", type=StateType.START),
            StateDef(
                key="review",
                name="Review",
                field_permissions={
                    "secret": FieldPermission.HIDDEN,
                    "note": FieldPermission.OPTIONAL,
                    "amount": FieldPermission.REQUIRED,
                    "owner": FieldPermission.OPTIONAL,
                    "watchers": FieldPermission.OPTIONAL,
                    "dept": FieldPermission.OPTIONAL,
                    "rows": FieldPermission.OPTIONAL,
                    # title, days, urgent, due, tags, status: read-only (not listed)
                },
            ),
            StateDef(key="done", name="Done", type=StateType.END),
        ],
    )


DOC = document()


def state(key: str) -> StateDef:
    found = DOC.state(key)
    assert found is not None
    return found


START = state("start")


REVIEW = state("review")


class StubDirectory:
    """Users alice, bob, carol and departments ops, dev; records every call."""

    def __init__(self) -> None:
        self.users = {"alice", "bob", "carol"}
        self.departments = {"ops", "dev"}
        self.user_calls: list[set[str]] = []
        self.department_calls: list[set[str]] = []

    def existing_usernames(self, usernames: set[str]) -> set[str]:
        self.user_calls.append(set(usernames))
        return usernames & self.users

    def existing_departments(self, codes: set[str]) -> set[str]:
        self.department_calls.append(set(codes))
        return codes & self.departments


def apply(
    state: StateDef,
    current: dict[str, Any],
    incoming: dict[str, Any],
    *,
    check_required: bool = True,
    directory: StubDirectory | None = None,
) -> CleanResult:
    return apply_changes(
        DOC,
        state,
        current,
        incoming,
        directory=directory or StubDirectory(),
        check_required=check_required,
    )


def rejected(
    state: StateDef,
    current: dict[str, Any],
    incoming: dict[str, Any],
    *,
    check_required: bool = True,
    directory: StubDirectory | None = None,
) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as info:
        apply(state, current, incoming, check_required=check_required, directory=directory)
    error = info.value
    assert error.status == 422
    assert error.code == "invalid_fields"
    for problem in error.details:
        assert problem["loc"] == ["body", *problem["field"].split(".")]
        assert problem["message"]
    return [(problem["field"], problem["type"]) for problem in error.details]


# ---- apply_changes --------------------------------------------------------------------------------


def test_start_state_creates_values() -> None:
    directory = StubDirectory()
    result = apply(
        START,
        {},
        {
            "title": "Laptop",
            "days": "3",
            "amount": 0.1,
            "due": "2024-02-29",
            "owner": "alice",
            "watchers": ["bob", "carol"],
            "dept": "ops",
            "tags": ["a"],
            "rows": [{"item": "Pens", "owner": "bob"}],
            "note": "",
        },
        directory=directory,
    )
    assert result.values["days"] == 3
    assert result.values["amount"] == Decimal("0.1")
    assert result.values["due"] == date(2024, 2, 29)
    assert result.values["rows"][0]["owner"] == "bob"
    assert "note" not in result.values  # empty and was empty: no change
    assert set(result.changed) == {
        "title",
        "days",
        "amount",
        "due",
        "owner",
        "watchers",
        "dept",
        "tags",
        "rows",
    }
    assert result.changed["days"] == (None, 3)
    assert directory.user_calls == [{"alice", "bob", "carol"}]
    assert directory.department_calls == [{"ops"}]


def test_required_in_the_start_state() -> None:
    # title and days are required (FieldDef.required defaults to True); the others are optional
    assert rejected(START, {}, {"note": "x"}) == [("fields.title", "required"), ("fields.days", "required")]
    assert rejected(START, {}, {"title": "x", "days": ""}) == [("fields.days", "required")]
    result = apply(START, {}, {"note": "x"}, check_required=False)
    assert result.values == {"note": "x"}


def test_required_uses_the_merged_result() -> None:
    current = {"title": "Laptop", "days": 3}
    assert apply(START, current, {"note": "more"}).values == {"title": "Laptop", "days": 3, "note": "more"}
    # clearing a required field
    assert rejected(START, current, {"title": None}) == [("fields.title", "required")]


def test_permissions_in_a_later_state() -> None:
    current = {"title": "Laptop", "days": 3, "amount": Decimal("10"), "secret": "s3"}
    result = apply(REVIEW, current, {"note": "ok", "amount": "12.50"})
    assert result.values["amount"] == Decimal("12.50")
    assert result.changed == {"note": (None, "ok"), "amount": (Decimal("10"), Decimal("12.50"))}
    # amount is required in review
    assert rejected(REVIEW, current, {"amount": None}) == [("fields.amount", "required")]
    assert rejected(REVIEW, {"title": "Laptop"}, {"note": "x"}) == [("fields.amount", "required")]
    # read-only and hidden fields cannot be changed
    assert rejected(REVIEW, current, {"title": "Desk", "days": 4, "secret": "guess", "status": "x"}) == [
        ("fields.title", "not_editable"),
        ("fields.days", "not_editable"),
        ("fields.secret", "not_editable"),
        ("fields.status", "not_editable"),
    ]


def test_identical_read_only_values_are_ignored() -> None:
    current = {
        "title": "Laptop",
        "days": 3,
        "amount": Decimal("1.5"),
        "due": date(2024, 2, 29),
        "secret": "s3",
        "tags": ["a", "b"],
    }
    # what the client got back: stored forms, an equal number written differently, empty for empty
    incoming = {
        "title": "Laptop",
        "days": "3",
        "due": "2024-02-29",
        "secret": "s3",
        "tags": ["a", "b"],
        "status": "",
        "urgent": None,
        "amount": "1.50",
    }
    result = apply(REVIEW, current, incoming)
    assert result.changed == {}
    assert result.values == current
    assert str(result.values["amount"]) == "1.5"  # kept as it was


def test_unknown_keys() -> None:
    assert rejected(REVIEW, {"amount": 1}, {"nope": 1, "Note": "x"}) == [
        ("fields.nope", "unknown_field"),
        ("fields.Note", "unknown_field"),
    ]


def test_changed_lists_only_real_changes() -> None:
    current = {
        "title": "Laptop",
        "days": 3,
        "amount": Decimal("1.5"),
        "note": "n",
        "watchers": ["alice"],
        "owner": "bob",
    }
    result = apply(
        REVIEW,
        current,
        {"amount": "1.50", "note": "n", "watchers": ["alice", "bob"], "owner": None},
    )
    assert result.changed == {"watchers": (["alice"], ["alice", "bob"]), "owner": ("bob", None)}
    assert result.values["owner"] is None
    assert result.values["amount"] == Decimal("1.5")


def test_all_problems_at_once_with_exact_paths() -> None:
    directory = StubDirectory()
    current = {"title": "Laptop", "days": 3, "note": "n"}
    incoming = {
        "ghost": 1,
        "title": "Desk",  # read-only in review
        "title2": None,
        "amount": "abc",
        "owner": "mallory",
        "watchers": ["alice", "eve", "zed"],
        "dept": "sales",
        "note": 5,
        "rows": [
            {"item": "ok", "amount": "1", "owner": "alice", "dept": "dev"},
            {"item": "", "amount": "-1", "owner": "trudy", "dept": "hr", "files": [file(url="x")]},
            {"bogus": True},
        ],
    }
    problems = rejected(REVIEW, current, incoming, directory=directory)
    assert problems == [
        ("fields.ghost", "unknown_field"),
        ("fields.title", "not_editable"),
        ("fields.title2", "unknown_field"),
        ("fields.amount", "invalid_value"),
        ("fields.note", "invalid_type"),
        ("fields.rows.1.amount", "invalid_value"),
        ("fields.rows.1.files.0.url", "invalid_value"),
        ("fields.rows.2.bogus", "unknown_field"),
        ("fields.owner", "unknown_user"),
        ("fields.watchers", "unknown_user"),
        ("fields.dept", "unknown_department"),
    ]
    # users and departments: one call each (the table failed, so its names are not looked up)
    assert directory.user_calls == [{"mallory", "alice", "eve", "zed"}]
    assert directory.department_calls == [{"sales"}]


def test_directory_problems_in_table_cells() -> None:
    directory = StubDirectory()
    incoming = {
        "amount": 1,
        "owner": "alice",
        "rows": [
            {"item": "a", "owner": "bob", "dept": "dev"},
            {"item": "b", "owner": "trudy", "dept": "hr"},
        ],
    }
    problems = rejected(REVIEW, {}, incoming, directory=directory)
    assert problems == [
        ("fields.rows.1.owner", "unknown_user"),
        ("fields.rows.1.dept", "unknown_department"),
    ]
    assert directory.user_calls == [{"alice", "bob", "trudy"}]
    assert directory.department_calls == [{"dev", "hr"}]


def test_unknown_users_message_lists_them() -> None:
    with pytest.raises(ValidationFailed) as info:
        apply(REVIEW, {"amount": 1}, {"watchers": ["alice", "eve", "zed"]})
    assert info.value.details[0]["message"] == "No active users 'eve', 'zed'."


def test_directory_checks_only_names_a_change_introduces() -> None:
    directory = StubDirectory()
    directory.users.discard("bob")  # bob has left since he was added
    current = {
        "amount": Decimal(1),
        "owner": "bob",
        "watchers": ["bob"],
        "rows": [{"item": "x", "owner": "bob"}],
    }
    result = apply(
        REVIEW,
        current,
        {
            "owner": "bob",
            "watchers": ["bob", "alice"],
            "rows": [{"item": "x", "owner": "bob"}, {"item": "y"}],
        },
        directory=directory,
    )
    assert set(result.changed) == {"watchers", "rows"}
    assert directory.user_calls == [{"alice"}]
    assert directory.department_calls == []

    directory = StubDirectory()
    apply(REVIEW, {"amount": Decimal(1)}, {"note": "no names"}, directory=directory)
    assert directory.user_calls == []
    assert directory.department_calls == []


def test_required_table_columns() -> None:
    current = {"amount": Decimal(1)}
    rows = [{"item": "ok"}, {"amount": "2"}, {"item": "x"}]
    assert rejected(REVIEW, current, {"rows": rows}) == [("fields.rows.1.item", "required")]
    assert apply(REVIEW, current, {"rows": rows}, check_required=False).values["rows"][1]["item"] is None
    # a read-only table is not checked: nobody here could fix it
    assert apply(state("done"), {"rows": [{"item": None}]}, {}).changed == {}


def test_nothing_is_mutated() -> None:
    current = {
        "title": "Laptop",
        "days": 3,
        "amount": Decimal("2"),
        "watchers": ["alice"],
        "rows": [{"item": "x", "amount": Decimal(1), "owner": None, "dept": None, "files": None}],
    }
    incoming = {
        "watchers": ["alice", "nobody"],
        "rows": [{"item": "y"}, {"item": "z", "amount": "-5"}],
        "days": 9,
        "amount": "3",
    }
    current_before, incoming_before = copy.deepcopy(current), copy.deepcopy(incoming)
    with pytest.raises(ValidationFailed):
        apply(REVIEW, current, incoming)
    assert current == current_before
    assert incoming == incoming_before

    # and on success, the result shares no mutable value with the inputs
    incoming = {"watchers": ["alice", "bob"], "rows": [{"item": "y"}], "amount": "3"}
    incoming_before = copy.deepcopy(incoming)
    result = apply(REVIEW, current, incoming)
    result.values["watchers"].append("carol")
    result.values["rows"][0]["item"] = "changed"
    result.values["title"] = "changed"
    assert current == current_before
    assert incoming == incoming_before


def test_current_values_in_stored_form_are_read() -> None:
    stored = {"title": "Laptop", "days": 3, "amount": "1.50", "due": "2024-02-29", "extra": {"kept": True}}
    result = apply(REVIEW, stored, {"amount": "1.5"})
    assert result.changed == {}
    assert result.values == {
        "title": "Laptop",
        "days": 3,
        "amount": Decimal("1.50"),
        "due": date(2024, 2, 29),
        "extra": {"kept": True},  # not a field: kept as it is
    }
