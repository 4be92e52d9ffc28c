"""After an import, a client written against Loonflow 2.x keeps working unchanged against the
2.x-compatible API: its app and token were imported, and the ids it holds (workflows, states,
transitions, tickets) are the ones it had."""

from __future__ import annotations

import hashlib
import time
from typing import Any

import pytest
from django.test import Client
from django_tenants.utils import schema_context

from core.access.models import User
from engine.tickets.models import Ticket
from engine.workflows.models import Workflow, WorkflowVersion
from integrations.v2compat.models import CompatApp, LegacyId
from integrations.v2compat.services import compat_settings_set
from integrations.v2import.models import V2ImportMapping
from integrations.v2import.services import v2_import
from integrations.v2import.tests import loonflow2db

pytestmark = pytest.mark.django_db

OPS_TOKEN = "3b9c1a2e-secret"  # the 2.x app's token in the source database


def _as_ops(client: Client, path: str, *, username: str = "zhangsan", at: int) -> Any:
    """A 2.x client's signed GET: appname, timestamp, md5(timestamp + token), username."""
    stamp = str(at)
    signature = hashlib.md5((stamp + OPS_TOKEN).encode()).hexdigest()
    return client.get(
        path, HTTP_APPNAME="ops", HTTP_TIMESTAMP=stamp, HTTP_SIGNATURE=signature, HTTP_USERNAME=username
    )


def _start_state(*, workflow_id: int) -> int:
    """The 2.x id of a source workflow's start state."""
    states = loonflow2db.ROWS["workflow_state"]
    return next(row["id"] for row in states if row["workflow_id"] == workflow_id and row.get("type_id") == 1)


def _transitions_from(state_id: int) -> set[int]:
    """The 2.x ids of the live transitions leaving a source state."""
    rows = loonflow2db.ROWS["workflow_transition"]
    return {row["id"] for row in rows if row["source_state_id"] == state_id and not row.get("is_deleted")}


def _import(url: str, **options: Any) -> dict[str, Any]:
    with schema_context("it"):
        return v2_import(source_url=url, actor="tests", **options)


@pytest.fixture
def imported(v2_source_url: str) -> dict[str, Any]:
    """The whole source imported into `it`, with the 2.x-compatible API switched on: the report."""
    report = _import(v2_source_url)
    with schema_context("it"):
        compat_settings_set(enabled=True)
    return report


def test_the_app_its_grants_and_the_tickets_ids_come_along(imported: dict[str, Any]) -> None:
    assert imported["counts"]["apps"] == {"created": 1}  # the deleted one is left out
    assert "renumbered" not in imported["counts"]["tickets"]
    app_issues = [issue["reason"] for issue in imported["issues"] if issue["kind"] == "app"]
    assert any("narrow it" in reason for reason in app_issues)
    with schema_context("it"):
        ops = CompatApp.objects.get(name="ops")
        leave = V2ImportMapping.objects.get(kind="workflow", source_id="1").target_id
        assert list(ops.workflows.values_list("pk", flat=True)) == [leave]  # the api grant, not a view
        assert ops.acting_usernames == [CompatApp.ANY_USER]
        kept = list(V2ImportMapping.objects.filter(kind="ticket").values_list("source_id", "target_id"))
    assert kept
    assert [int(source) for source, _ in kept] == [target for _, target in kept]


def test_a_2x_client_reads_with_its_own_token_and_ids(imported: dict[str, Any], client_for: Any) -> None:
    client, now = client_for("it"), int(time.time())
    detail = _as_ops(client, "/api/v1.0/tickets/1", at=now)
    assert detail.status_code == 200, detail.content
    body = detail.json()
    assert body["code"] == 0, body
    value = body["data"]["value"]
    [source] = [row for row in loonflow2db.ROWS["ticket_ticketrecord"] if row["id"] == 1]
    assert (value["id"], value["workflow_id"], value["state_id"]) == (1, 1, source["state_id"])

    # The start state's transitions carry their 2.x ids, as the client hard-coded them.
    init = _as_ops(client, "/api/v1.0/workflows/1/init_state", at=now + 1).json()
    assert init["code"] == 0, init
    start = _start_state(workflow_id=1)
    assert init["data"]["id"] == start
    assert {item["transition_id"] for item in init["data"]["transition"]} == _transitions_from(start)
    # A workflow it had no api right to is refused, as in 2.x.
    vpn = _as_ops(client, "/api/v1.0/workflows/2/init_state", at=now + 2).json()
    assert vpn["code"] != 0


def test_ids_held_here_already_are_reported_not_stolen(v2_source_url: str) -> None:
    """A tenant with tickets and compat ids of its own keeps them; the import says which 2.x ids it
    could not keep, and the rest keep theirs."""
    with schema_context("it"):
        native = Workflow.objects.create(key="native", name="Native")
        # The compat API numbered the native workflow 1 (and a state of it 2) before the import.
        LegacyId.objects.create(kind=LegacyId.Kind.WORKFLOW, workflow=native, key="", number=1)
        LegacyId.objects.create(kind=LegacyId.Kind.STATE, workflow=native, key="draft", number=2)
    first = _import(v2_source_url, only=["users", "workflows"])
    assert first["counts"]["legacy_ids"]["taken"] == 2
    taken = [issue for issue in first["issues"] if issue["kind"] == "legacy_id"]
    assert {issue["key"] for issue in taken if "key" in issue} == {"s2"}
    with schema_context("it"):
        leave_id = V2ImportMapping.objects.get(kind="workflow", source_id="1").target_id
        assert leave_id is not None
        leave = Workflow.objects.get(pk=leave_id)
        version = WorkflowVersion.objects.filter(workflow=leave).order_by("number").first()
        assert version is not None
        # A ticket of this tenant already has the 2.x id 3.
        Ticket.objects.create(
            pk=3,
            serial="NATIVE-3",
            title="native",
            workflow=leave,
            version=version,
            state_key="s1",
            creator=User.objects.get(username="zhangsan"),
        )
    report = _import(v2_source_url, only=["tickets"])
    assert report["counts"]["tickets"]["renumbered"] == 1
    assert any("2.x id 3 belongs to a ticket here" in issue["reason"] for issue in report["issues"])
    with schema_context("it"):
        assert Ticket.objects.get(pk=3).serial == "NATIVE-3"
        moved = V2ImportMapping.objects.get(kind="ticket", source_id="3").target_id
        assert moved != 3
        others = V2ImportMapping.objects.filter(kind="ticket").exclude(source_id="3")
        assert all(int(row.source_id) == row.target_id for row in others)
        # The native numbers stayed; the leave workflow's other states and transitions got theirs.
        held = LegacyId.objects.filter(workflow=native).values_list("kind", "number")
        assert sorted(held) == [("state", 2), ("workflow", 1)]
        assert not LegacyId.objects.filter(workflow=leave, kind=LegacyId.Kind.WORKFLOW).exists()
        assert LegacyId.objects.filter(workflow=leave, kind=LegacyId.Kind.STATE, key="s1", number=1).exists()
