"""Every write operation of both OpenAPI documents leaves a record: an audit record (`@audited`), or,
for ordinary ticket work, the ticket's flow log. `validate` and `simulate` change nothing. A new write
endpoint that is none of these fails here, by its operationId."""

from __future__ import annotations

from typing import Any

import pytest
from ninja import NinjaAPI

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
    "integrations_api_hooks_hook_callback",
}
# Checks that change nothing (a POST only because they take a document).
CHANGE_NOTHING = {"engine_api_validate_workflow", "engine_tickets_api_simulate_workflow"}


def _write_operations(api: NinjaAPI) -> dict[str, Any]:
    found = {}
    for _prefix, router in api._routers:
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                if WRITES & set(operation.methods):
                    found[api.get_openapi_operation_id(operation)] = operation.view_func
    return found


def _documented_writes(api: NinjaAPI, prefix: str) -> set[str]:
    schema = api.get_openapi_schema(path_prefix=prefix)
    return {
        operation["operationId"]
        for methods in schema["paths"].values()
        for method, operation in methods.items()
        if method.upper() in WRITES
    }


@pytest.mark.parametrize("which", ["tenant", "platform"])
def test_every_write_operation_is_audited_or_flow_logged(which):
    from config.api import platform_api, tenant_api

    api = tenant_api if which == "tenant" else platform_api
    operations = _write_operations(api)
    assert set(operations) == _documented_writes(
        api, "/api/v1/" if which == "tenant" else "/api/v1/platform/"
    )
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


def test_the_counts_match_the_issue(db):
    from config.api import platform_api, tenant_api

    assert len(_write_operations(tenant_api)) >= 58
    assert len(_write_operations(platform_api)) == 9


def test_validate_writes_nothing(admin, records):
    created = send(admin, "post", "/api/v1/workflows", {"key": "leave", "name": "Leave"})
    assert created.status_code == 201, created.content
    count = len(records("it"))
    response = send(admin, "post", f"/api/v1/workflows/{created.json()['id']}/validate", {})
    assert response.status_code == 200, response.content
    assert len(records("it")) == count


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
