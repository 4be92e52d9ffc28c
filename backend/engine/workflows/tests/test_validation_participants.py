"""Publish-time rules for who takes part (validation/participants.py, directory.py): participants,
audiences and notification rules, and the directory names a document is checked against.

Plain unit tests, except the two `directory_index_for` tests, which read the `it` tenant's directory.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context

from engine.workflows.definitions.schema import WorkflowDocument, starter_document
from engine.workflows.definitions.validation import DirectoryIndex, directory_index_for
from engine.workflows.tests.factories import Mutation, appending, codes, leave_document, mutated, setting

CASES = [
    pytest.param(
        [setting("states.2.participant.users.1", "nobody")],
        [("unknown_user", "states.2.participant.users.1")],
        id="unknown-user",
    ),
    pytest.param(
        [
            setting(
                "states.1.participant",
                {"kind": "departments", "departments": ["eng", "ghost"], "department_scope": "leader"},
            )
        ],
        [("unknown_department", "states.1.participant.departments.1")],
        id="unknown-department",
    ),
    pytest.param(
        [setting("states.1.participant", {"kind": "roles", "roles": ["ghost"]})],
        [("unknown_role", "states.1.participant.roles.0")],
        id="unknown-role",
    ),
    pytest.param(
        [setting("states.1.participant", {"kind": "none"})],
        [("missing_participant", "states.1.participant.kind")],
        id="no-participant-on-a-normal-state",
    ),
    pytest.param(
        [setting("states.1.participant", {"kind": "field", "field": "ghost"})],
        [("invalid_participant_field", "states.1.participant.field")],
        id="participant-field-unknown",
    ),
    pytest.param(
        [setting("states.1.participant", {"kind": "field", "field": "reason"})],
        [("invalid_participant_field", "states.1.participant.field")],
        id="participant-field-not-people",
    ),
    pytest.param(
        [setting("creators", {})],
        [("nobody_can_create", "creators")],
        id="nobody-can-create",
    ),
    pytest.param(
        [appending("creators.departments", "ghost")],
        [("unknown_department", "creators.departments.1")],
        id="creators-unknown-department",
    ),
    pytest.param(
        [appending("viewers.roles", "ghost")],
        [("unknown_role", "viewers.roles.1")],
        id="viewers-unknown-role",
    ),
    pytest.param(
        [setting("intervenors.users.0", "ghost")],
        [("unknown_user", "intervenors.users.0")],
        id="intervenors-unknown-user",
    ),
    pytest.param(
        [appending("notifications.0.states", "ghost")],
        [("unknown_state", "notifications.0.states.1")],
        id="notification-unknown-state",
    ),
    pytest.param(
        [setting("notifications.0.channel", "ghost")],
        [("unknown_channel", "notifications.0.channel")],
        id="notification-unknown-channel",
    ),
]


@pytest.mark.parametrize(("mutations", "expected"), CASES)
def test_rule(mutations: list[Mutation], expected: list[tuple[str, str]]) -> None:
    assert codes(mutated(*mutations)) == expected


@pytest.mark.parametrize(
    "participant",
    [
        {"kind": "users", "users": []},
        {"kind": "departments"},
        {"kind": "roles"},
        {"kind": "variable"},
        {"kind": "field"},
        {"kind": "parent_field"},
        {"kind": "hook"},
    ],
    ids=lambda participant: participant["kind"],
)
def test_incomplete_participant(participant: dict[str, Any]) -> None:
    setting_name = {"users": "users", "departments": "departments", "roles": "roles", "variable": "variable"}
    attribute = setting_name.get(participant["kind"], "hook" if participant["kind"] == "hook" else "field")
    doc = mutated(setting("states.1.participant", participant))
    assert codes(doc) == [("incomplete_participant", f"states.1.participant.{attribute}")]


# ---- directory_index_for --------------------------------------------------------------------------


def selects(queries: CaptureQueriesContext) -> list[str]:
    """The statements run, less the `SET search_path` django-tenants issues on a schema switch."""
    return [query["sql"] for query in queries.captured_queries if not query["sql"].startswith("SET ")]


def test_directory_index_for_finds_only_active_names(make_user: Callable[..., Any]) -> None:
    from core.directory.models import Department, Role
    from integrations.notifications.models import NotificationChannel
    from integrations.scripts.models import Script

    make_user("it", "hana")
    make_user("it", "hugo", is_active=False)
    with schema_context("it"):
        Department.objects.create(code="eng", name="Engineering")
        Department.objects.create(code="old", name="Old", is_active=False)
        Role.objects.create(code="hr_manager", name="HR manager")
        Role.objects.create(code="retired", name="Retired", is_active=False)
        # Channels and scripts count whether switched on or not (an admin may pause one).
        NotificationChannel.objects.create(code="email", name="Mail", kind="email", is_active=False)
        Script.objects.create(code="archive", name="Archive", source="pass", is_active=False)
        doc = WorkflowDocument.model_validate(
            mutated(
                appending("creators.departments", "old"),
                appending("viewers.roles", "retired"),
                appending("states.1.scripts", "archive"),
                appending("transitions.0.scripts", "gone"),
                appending("notifications", {"events": ["created"], "channel": "sms"}),
            )
        )
        with CaptureQueriesContext(connection) as queries:
            index = directory_index_for(doc)
    assert len(selects(queries)) == 5
    assert index == DirectoryIndex(
        usernames=frozenset({"hana"}),
        department_codes=frozenset({"eng"}),
        role_codes=frozenset({"hr_manager"}),
        channel_codes=frozenset({"email"}),
        script_codes=frozenset({"archive"}),
    )
    assert codes(doc, index) == [
        ("unknown_user", "states.2.participant.users.1"),
        ("unknown_user", "states.2.participant.users.2"),
        ("unknown_script", "transitions.0.scripts.0"),
        ("unknown_department", "creators.departments.1"),
        ("unknown_role", "viewers.roles.1"),
        ("unknown_user", "intervenors.users.0"),
        ("unknown_channel", "notifications.1.channel"),
    ]


def test_directory_index_for_is_per_tenant(db: None, make_user: Callable[..., Any]) -> None:
    make_user("hr", "hana")
    with schema_context("it"), CaptureQueriesContext(connection) as queries:
        index = directory_index_for(WorkflowDocument.model_validate(leave_document()))
        empty = directory_index_for(starter_document())
    assert index.usernames == frozenset()
    assert index.channel_codes == frozenset()  # the `email` channel exists in no tenant here
    assert empty == DirectoryIndex()
    assert len(selects(queries)) == 4  # and none for the starter document, which names nobody
