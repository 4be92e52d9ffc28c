"""The audit trail: what a change records (actor, address, before → after, redaction), who may read
it, its filters and export, and that no API writes it."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from core.audit.redaction import REDACTED, changed, redact
from core.tests.factories import send


def _role(admin: Any, code: str = "auditors", name: str = "Auditors") -> dict[str, Any]:
    response = send(admin, "post", "/api/v1/roles", {"code": code, "name": name})
    assert response.status_code == 201, response.content
    return response.json()


def test_a_role_change_records_who_where_and_only_the_changed_keys(admin, records):
    role = _role(admin)
    response = send(admin, "patch", f"/api/v1/roles/{role['id']}", {"name": "Internal audit"})
    assert response.status_code == 200
    record = records("it")[-1]
    assert (record.action, record.target_type, record.target_id) == ("role.update", "role", str(role["id"]))
    assert (record.actor_kind, record.actor_name, record.address) == ("person", "boss", "127.0.0.1")
    assert record.target_label == "Internal audit"
    assert record.before == {"name": "Auditors"}
    assert record.after == {"name": "Internal audit"}
    assert record.request_id


def test_create_and_delete_keep_the_whole_object_on_their_side(admin, records):
    role = _role(admin)
    assert send(admin, "delete", f"/api/v1/roles/{role['id']}").status_code == 204
    created, deleted = records("it")[-2:]
    assert created.before is None
    assert created.after["code"] == "auditors"
    assert deleted.action == "role.delete"
    assert deleted.after is None
    assert deleted.before["code"] == "auditors"


def test_a_refused_write_records_nothing(admin, login, records):
    before = len(records("it"))
    assert send(admin, "patch", "/api/v1/roles/999999", {"name": "x"}).status_code == 404
    alice = login("it", "alice")
    assert send(alice, "post", "/api/v1/roles", {"code": "x", "name": "x"}).status_code == 403
    assert len(records("it")) == before + 1  # alice's own login, nothing else
    assert records("it")[-1].action == "auth.login"


def test_an_app_acting_for_a_person_is_named_with_both(make_app, make_user, client_for, records):
    from django_tenants.utils import schema_context

    from core.access.services import app_grants_set

    make_user("it", "boss", admin=True)
    app, token = make_app("it", "hr-system", scopes=["admin"])
    with schema_context("it"):
        app_grants_set(app=app, workflow_keys=["*"])
    client = client_for("it", HTTP_AUTHORIZATION=f"Bearer {token}", HTTP_X_ACTING_USER="boss")
    assert send(client, "post", "/api/v1/roles", {"code": "r1", "name": "R1"}).status_code == 201
    record = records("it")[-1]
    assert (record.actor_kind, record.actor_name, record.app_name) == ("app", "hr-system", "hr-system")
    assert record.acting_for == "boss"
    assert record.actor_user_id is not None


def test_login_and_logout_name_the_person(admin, records):
    assert send(admin, "post", "/api/v1/auth/logout").status_code == 204
    login, logout = records("it")[-2:]
    assert (login.action, login.actor_name) == ("auth.login", "boss")
    assert (logout.action, logout.actor_name) == ("auth.logout", "boss")


def test_secrets_are_redacted_at_any_depth():
    value = {
        "password": "hunter2",
        "has_secret": True,
        "token_prefix": "lf_abc",
        "config": {"url": "https://robot.example/send?access_token=abc", "host": "smtp.example"},
        "url": "https://hooks.example/x?token=abc&b=1",
        "empty_secret": "",
    }
    assert redact(value) == {
        "password": REDACTED,
        "has_secret": True,
        "token_prefix": "lf_abc",
        "config": {"url": REDACTED, "host": "smtp.example"},
        "url": f"https://hooks.example/x?token={REDACTED}&b=1",
        "empty_secret": "",
    }


def test_a_changed_secret_shows_that_it_changed_never_what():
    before, after = changed({"secret": "old", "name": "a"}, {"secret": "new", "name": "a"})
    assert before == {"secret": REDACTED}
    assert after == {"secret": REDACTED}


def test_only_tenant_admins_read_the_trail(admin, login):
    alice = login("it", "alice")
    for path in ("/api/v1/audit", "/api/v1/audit/export", "/api/v1/audit/verify"):
        assert alice.get(path).status_code == 403, path
        assert admin.get(path).status_code == 200, path


def test_no_route_changes_or_deletes_a_record(admin, records):
    _role(admin)
    record_id = records("it")[-1].pk
    for method in ("put", "patch", "delete", "post"):
        for path in ("/api/v1/audit", f"/api/v1/audit/{record_id}"):
            response = send(admin, method, path, {})
            assert response.status_code in (404, 405), (method, path, response.status_code)
    assert records("it")[-1].pk == record_id


def test_filters_narrow_the_list(started, admin):
    _role(admin, "r1", "Payroll approvers")
    _role(admin, "r2", "Travel")

    def actions(**query: str) -> list[str]:
        response = admin.get("/api/v1/audit", {"since": started, **query})
        assert response.status_code == 200, response.content
        return [item["action"] for item in response.json()["items"]]

    assert actions(action="role") == ["role.create", "role.create"]
    assert actions(action="auth") == ["auth.login"]
    assert actions(q="payroll") == ["role.create"]
    assert actions(actor="boss", target_type="role") == ["role.create", "role.create"]
    assert actions(actor="nobody") == []
    assert actions(since="2999-01-01T00:00:00Z") == []


def test_the_list_pages_with_a_cursor(started, admin):
    for index in range(3):
        _role(admin, f"r{index}")
    first = admin.get("/api/v1/audit", {"limit": 2, "since": started}).json()
    second = admin.get("/api/v1/audit", {"limit": 2, "since": started, "cursor": first["next_cursor"]}).json()
    ids = [item["id"] for item in first["items"] + second["items"]]
    assert len(ids) == 4
    assert ids == sorted(ids, reverse=True)


def test_the_export_streams_csv_and_json(started, admin):
    _role(admin, "r1", "=HYPERLINK(1)")
    response = admin.get("/api/v1/audit/export", {"format": "csv", "action": "role", "since": started})
    assert response.status_code == 200
    assert response.streaming
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row["action"] for row in rows] == ["role.create"]
    assert rows[0]["target_label"] == "'=HYPERLINK(1)"  # no formula in a spreadsheet
    response = admin.get("/api/v1/audit/export", {"format": "json", "since": started})
    body = json.loads(b"".join(response.streaming_content))
    assert [item["action"] for item in body] == ["role.create", "auth.login"]
