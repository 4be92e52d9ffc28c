"""POST /directory/sync around the write itself: the user quota, the last sync's summary, who may
sync, and the number of queries (bulk writes only). The writes: test_directory_sync.py."""

from __future__ import annotations

from typing import Any

import pytest
from django_tenants.utils import schema_context

from conftest import error_of
from core.directory.tests.factories import LAST, counts_of, directory, state, sync
from core.tests.factories import assert_error


def test_sync_respects_the_user_quota(admin, tenant_it):
    # boss is active: room for exactly 3 more.
    tenant_it.max_users = 4
    tenant_it.save()
    before = state()
    response = sync(admin, directory())  # 4 new active users
    assert response.status_code == 429
    error = error_of(response)
    assert error["code"] == "quota_exceeded"
    assert error["details"] == {"quota": "max_users", "limit": 4, "current": 1}
    # Roles are written before users inside the sync: they must be rolled back too.
    assert state() == before
    assert admin.get(LAST).status_code == 204

    # Inactive people do not take a seat.
    payload = directory()
    payload["users"][3]["is_active"] = False
    response = sync(admin, payload)
    assert response.status_code == 200, response.content
    assert response.json()["users"] == counts_of(created=4)

    # Re-activating carol would need a fifth seat.
    before = state()
    response = sync(admin, directory())
    assert response.status_code == 429
    assert error_of(response)["code"] == "quota_exceeded"
    assert state() == before


def test_last_sync_summary(admin):
    response = admin.get(LAST)
    assert response.status_code == 204
    assert response.content == b""

    def last_without_when() -> dict[str, Any]:
        body = admin.get(LAST).json()
        assert body.pop("actor") == "boss"
        assert body.pop("created_at")
        return body

    first = sync(admin, directory()).json()
    assert last_without_when() == first
    second = sync(admin, directory()).json()
    assert second != first
    assert last_without_when() == second

    from core.directory.models import DirectorySyncRun

    with schema_context("it"):
        runs = list(DirectorySyncRun.objects.values_list("actor", flat=True))
    assert runs == ["boss", "boss"]


def test_last_sync_is_per_tenant(admin, login):
    assert sync(admin, directory()).status_code == 200
    hr = login("hr", "hr-admin", admin=True)
    assert hr.get(LAST).status_code == 204


def test_sync_permissions(admin, login, client_for, make_app):
    before = state()

    assert_error(sync(client_for("it"), directory()), 401, "not_authenticated")

    plain = login("it", "plain")
    assert_error(sync(plain, directory()), 403, "permission_denied")
    # Who synced and what changed is admin information: an ordinary user gets 403, as for the sync.
    assert_error(plain.get(LAST), 403, "permission_denied")

    _, read_token = make_app("it", "reader", scopes=["directory:read"])
    reader = client_for("it", HTTP_AUTHORIZATION=f"Bearer {read_token}")
    assert_error(sync(reader, directory()), 403, "permission_denied")
    assert reader.get(LAST).status_code == 403
    after = state()
    assert after["departments"] == before["departments"]
    assert after["roles"] == before["roles"]

    _, write_token = make_app("it", "hr-system", scopes=["directory:write"])
    writer = client_for("it", HTTP_AUTHORIZATION=f"Bearer {write_token}")
    response = sync(writer, directory())
    assert response.status_code == 200, response.content
    assert response.json()["users"] == counts_of(created=4)

    from core.directory.models import DirectorySyncRun

    with schema_context("it"):
        assert DirectorySyncRun.objects.get().actor == "app:hr-system"
    assert writer.get(LAST).json()["actor"] == "app:hr-system"
    assert admin.get(LAST).status_code == 200
    assert plain.get(LAST).status_code == 403


def _sync_queries(client: Any, payload: dict[str, Any]) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        response = sync(client, payload)
    assert response.status_code == 200, response.content
    return len(captured)


@pytest.mark.parametrize("phase", ["create", "update", "unchanged", "drop-memberships", "full"])
def test_sync_query_count_does_not_grow_with_the_directory(login, phase):
    """Bulk writes only: the number of queries does not depend on how many rows change."""

    def payload(size: int, step: str) -> dict[str, Any]:
        tag = "a" if step in ("create", "update", "unchanged", "drop-memberships") else "b"
        return {
            "roles": [{"code": f"r{i}", "name": f"Role {i} {tag}"} for i in range(size)],
            "departments": [
                {"code": f"d{i}", "name": f"Dept {i} {tag}", "parent": "d0" if i else None, "leader": "u0"}
                for i in range(size)
            ],
            "users": [
                {
                    "username": f"u{i}",
                    "display_name": f"User {i} {tag}",
                    "departments": [] if step == "drop-memberships" else [f"d{i}", "d0"],
                    "roles": [] if step == "drop-memberships" else [f"r{i}", "r0"],
                }
                for i in range(size)
            ],
            "full": step == "full",
        }

    steps = ["create", "update", "unchanged", "drop-memberships", "full"]
    measured = []
    for key, size in (("it", 3), ("hr", 15)):
        client = login(key, f"admin-{key}", admin=True)
        queries = 0
        for step in steps[: steps.index(phase) + 1]:
            if step == "update":
                sync(client, payload(size, "full"))  # something to update back from
            queries = _sync_queries(client, payload(size, step))
        measured.append(queries)
    assert measured[0] == measured[1], measured
