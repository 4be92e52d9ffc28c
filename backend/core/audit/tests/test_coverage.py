"""Every write operation of both OpenAPI documents leaves its evidence, shown by sending it: an audit
record with its action (`@audited`), or, for ordinary ticket work, a row in the ticket's flow log;
`validate` and `simulate` write nothing at all. Each operation has a real, valid request in
factories.py; a new write operation without one (or without a way to record it) fails here, by its
operationId."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django_tenants.utils import schema_context
from ninja import NinjaAPI

from config.api import platform_api, tenant_api
from core.audit.redaction import is_secret_key
from core.audit.tests.factories import PLATFORM_WRITES, TENANT_WRITES, Write
from core.tests.factories import send

WRITES = {"POST", "PUT", "PATCH", "DELETE"}
# Ticket work: each of these writes a FlowLog row (who, when, what, field old → new) in the same
# transaction, which is that ticket's audit record.
FLOW_LOGGED = {
    "engine_tickets_actions_create_ticket",
    "engine_tickets_actions_handle_ticket",
    "engine_tickets_actions_accept_ticket",
    "engine_tickets_actions_deliver_ticket",
    "engine_tickets_actions_consult_ticket",
    "engine_tickets_actions_consult_reply",
    "engine_tickets_actions_comment_ticket",
    "engine_tickets_actions_patch_fields",
    "engine_tickets_actions_withdraw_ticket",
    "engine_tickets_bulk_bulk_handle",
    "integrations_api_hooks_hook_callback",
}
# Checks that change nothing (a POST only because they take a document).
CHANGE_NOTHING = {
    "engine_api_validate_workflow",
    "engine_tickets_api_simulate_workflow",
    "integrations_actionlinks_api_preview_action_link",
}
SENDERS = {"admin": "boss", "platform": "root"}  # whom the record names for these senders


def _write_operations(api: NinjaAPI) -> dict[str, Any]:
    found = {}
    for _prefix, router in api._routers:
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                if WRITES & set(operation.methods):
                    found[api.get_openapi_operation_id(operation)] = operation.view_func
    return found


def _documented_writes(api: NinjaAPI, prefix: str) -> dict[str, tuple[str, str, set[int]]]:
    """operationId → (method, path, its 2xx statuses) of every write operation the document lists."""
    schema = api.get_openapi_schema(path_prefix=prefix)
    return {
        operation["operationId"]: (
            method.lower(),
            path,
            {int(code) for code in operation["responses"] if str(code).startswith("2")},
        )
        for path, methods in schema["paths"].items()
        for method, operation in methods.items()
        if method.upper() in WRITES
    }


APIS = {
    "tenant": (tenant_api, _documented_writes(tenant_api, "/api/v1/"), TENANT_WRITES, "it"),
    "platform": (
        platform_api,
        _documented_writes(platform_api, "/api/v1/platform/"),
        PLATFORM_WRITES,
        "public",
    ),
}


@pytest.mark.parametrize("which", ["tenant", "platform"])
def test_every_write_operation_is_audited_or_flow_logged(which):
    api, documented, _table, _schema = APIS[which]
    operations = _write_operations(api)
    assert set(operations) == set(documented)
    unrecorded = sorted(
        operation_id
        for operation_id, view in operations.items()
        if not getattr(view, "audit_action", None) and operation_id not in FLOW_LOGGED | CHANGE_NOTHING
    )
    assert not unrecorded, f"write operations without @audited(...): {unrecorded}"
    doubly = sorted(
        name for name in FLOW_LOGGED | CHANGE_NOTHING if getattr(operations.get(name), "audit_action", None)
    )
    assert not doubly, f"listed as flow-logged or read-only but audited: {doubly}"


def test_the_counts_match_the_issue():
    assert len(APIS["tenant"][1]) >= 66
    assert len(APIS["platform"][1]) == 10  # + the Loonflow 2.x import (issue 18)


# ---- sending each one ------------------------------------------------------------------------------


def _counts(schema: str, ticket_id: Any) -> dict[str, int]:
    from core.audit.models import AuditRecord
    from engine.tickets.models import FlowLog, Ticket
    from engine.workflows.models import Workflow, WorkflowVersion

    with schema_context(schema):
        counts = {"audit": AuditRecord.objects.count()}
        if schema == "public":
            return counts
        for name, model in (("flow", FlowLog), ("workflows", Workflow), ("versions", WorkflowVersion)):
            counts[name] = model.objects.count()
        counts["tickets"] = Ticket.objects.count()
        counts["ticket_flow"] = FlowLog.objects.filter(ticket_id=ticket_id).count() if ticket_id else 0
        return counts


def _url(path: str, write: Write, scene: Any) -> tuple[str, dict[str, Any]]:
    """The path with its parameters filled from the scene, and those parameters."""
    names = re.findall(r"{(\w+)}", path)
    values = {name: getattr(scene, write.ids.get(name, name)) for name in names}
    return path.format(**values), values


def _send(client: Any, method: str, url: str, write: Write, body: Any, headers: dict[str, str]) -> Any:
    if write.upload:
        return client.post(url, body, **headers)
    if isinstance(body, bytes):
        return client.post(url, body, content_type="application/json", **headers)
    return send(client, method, url, body, **headers)


def _created_ticket(operation_id: str, response: Any) -> Any:
    return response.json()["id"] if operation_id == "engine_tickets_actions_create_ticket" else None


def _last_record(schema: str) -> Any:
    from core.audit.models import AuditRecord

    with schema_context(schema):
        return AuditRecord.objects.order_by("-id").first()


def _secrets(value: Any, key: str = "", parent: str = "") -> set[str]:
    """The secret strings in a request or an answer (a password or robot URL sent, a token or
    secret shown once)."""
    if isinstance(value, dict):
        return {text for name, item in value.items() for text in _secrets(item, str(name), key)}
    if isinstance(value, list):
        return {text for item in value for text in _secrets(item, key, parent)}
    secret = isinstance(value, str) and len(value) >= 8 and is_secret_key(key, parent)
    return {value} if secret else set()


def _assert_no_secret(operation_id: str, record: Any, sent: Any, answer: Any) -> None:
    written = json.dumps([record.before, record.after, record.target_label])
    leaked = sorted(text for text in _secrets(sent) | _secrets(answer) if text in written)
    assert not leaked, f"{operation_id}: its audit record holds a secret"


def _check_evidence(which: str, operation_id: str, write: Write, seen: dict[str, Any]) -> None:
    api, _documented, _table, schema = APIS[which]
    before, after = seen["before"], seen["after"]
    view = _write_operations(api)[operation_id]
    action = getattr(view, "audit_action", None)
    if action:
        assert after["audit"] == before["audit"] + 1, (
            f"{operation_id}: {after['audit'] - before['audit']} records"
        )
        record = _last_record(schema)
        assert record.action == action, operation_id
        assert record.actor_name == (write.actor or SENDERS.get(write.by, write.by)), operation_id
        target = view.audit_target
        if target is not None:  # the record names what changed, a created object by its new id
            assert (record.target_type, bool(record.target_id)) == (target.type, True), operation_id
        _assert_no_secret(operation_id, record, seen["sent"], seen["answer"])
    elif operation_id in FLOW_LOGGED:
        assert after["audit"] == before["audit"], f"{operation_id}: flow-logged work wrote an audit record"
        # Bulk work names its tickets in the body: a new flow-log row anywhere then.
        grew = "ticket_flow" if before["ticket_flow"] else "flow"
        assert after[grew] > before[grew], f"{operation_id}: no flow-log row on the ticket"
    else:
        assert operation_id in CHANGE_NOTHING, f"{operation_id}: neither audited, flow-logged nor read-only"
        assert after == before, f"{operation_id} wrote something: {before} → {after}"


def _send_and_check(which: str, operation_id: str, scene: Any) -> None:
    _api, documented, table, schema = APIS[which]
    assert operation_id in documented, f"{operation_id}: in factories.py but not a write operation"
    assert operation_id in table, f"{operation_id}: no request for it in core/audit/tests/factories.py"
    method, path, succeeded = documented[operation_id]
    write = table[operation_id]
    client = scene.client(write.by)
    url, params = _url(path, write, scene)
    body = write.json(scene)
    headers = write.headers(scene) if write.headers is not None else {}
    before = _counts(schema, params.get("ticket_id"))
    response = _send(client, method, url, write, body, headers)
    assert response.status_code in succeeded, (operation_id, response.status_code, response.content)
    after = _counts(schema, params.get("ticket_id") or _created_ticket(operation_id, response))
    json_answer = response.content and response.get("Content-Type", "").startswith("application/json")
    answer = response.json() if json_answer else None
    sent = body if isinstance(body, dict) else None
    seen = {"before": before, "after": after, "sent": sent, "answer": answer}
    _check_evidence(which, operation_id, write, seen)


@pytest.mark.parametrize("operation_id", sorted(set(APIS["tenant"][1]) | set(TENANT_WRITES)))
def test_each_tenant_write_leaves_its_evidence(operation_id, scene):
    _send_and_check("tenant", operation_id, scene)


@pytest.mark.parametrize("operation_id", sorted(set(APIS["platform"][1]) | set(PLATFORM_WRITES)))
def test_each_platform_write_leaves_its_evidence(operation_id, scene):
    _send_and_check("platform", operation_id, scene)


def test_platform_tenant_lifecycle_is_recorded(platform, records):
    response = send(platform, "post", "/api/v1/platform/tenants", {"key": "aud", "name": "Audit Co"})
    assert response.status_code == 201, response.content
    tenant_id = response.json()["id"]
    assert send(platform, "post", f"/api/v1/platform/tenants/{tenant_id}/suspend").status_code == 200
    trail = platform.get("/api/v1/platform/audit", {"action": "tenant"}).json()["items"]
    assert [item["action"] for item in trail] == ["tenant.suspend", "tenant.create"]
    assert trail[0]["before"] == {"status": "active"}
    assert trail[0]["after"] == {"status": "suspended"}
    assert trail[0]["actor_name"] == "root"
    assert trail[0]["target_label"] == "Audit Co"
    assert records("aud") == []  # the platform's trail is not the tenant's
    assert platform.get("/api/v1/platform/audit/verify").json()["ok"] is True
