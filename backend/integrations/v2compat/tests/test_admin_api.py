"""The tenant admin's side: the switch, apps with their token shown once, rotation, the workflows and
the acting-user grant an app holds; plus create idempotency and the legacy id map."""

from __future__ import annotations

import json
import time
from typing import Any

from django_tenants.utils import schema_context

from conftest import error_of
from core.audit.models import AuditRecord
from core.secrets import decrypt_secret
from engine.tickets.models import Ticket
from integrations.v2compat.models import CompatApp, LegacyId
from integrations.v2compat.services import legacy_id_assign
from integrations.v2compat.tests.factories import django_headers, signed_headers


def _json(client: Any, method: str, path: str, body: Any = None) -> Any:
    return client.generic(
        method,
        path,
        data=json.dumps(body) if body is not None else "",
        content_type="application/json",
    )


def _register(admin: Any, workflow_pk: int) -> dict[str, Any]:
    created = _json(
        admin,
        "POST",
        "/api/v1/compat-v2/apps",
        {"name": "oa", "workflow_ids": [workflow_pk], "acting_usernames": ["lilei"]},
    )
    assert created.status_code == 201, created.content
    app = created.json()
    assert app["token_hint"] == app["token"][-4:]
    assert app["workflow_ids"] == [workflow_pk]
    return dict(app)


def _call(caller: Any, token: str, seconds_ago: int) -> Any:
    """`GET /api/v1.0/workflows` as app `oa` for lilei (each call its own timestamp, so its own signature)."""
    headers = django_headers(
        signed_headers("lilei", app="oa", token=token, at=int(time.time()) - seconds_ago)
    )
    return caller.get("/api/v1.0/workflows", **headers)


def test_an_admin_registers_an_app_shown_once_and_kept_encrypted(vpn: Any, login: Any) -> None:
    admin = login("it", "boss", admin=True)
    assert _json(admin, "PUT", "/api/v1/compat-v2/settings", {"enabled": False}).json() == {"enabled": False}
    token = _register(admin, vpn.pk)["token"]
    assert all("token" not in item for item in admin.get("/api/v1/compat-v2/apps").json())
    with schema_context("it"):
        trail = list(
            AuditRecord.objects.filter(action__startswith="compat_v2.").values_list("action", "after")
        )
        stored = CompatApp.objects.get(name="oa")
    assert token not in str(trail)
    assert sorted(action for action, _after in trail) == ["compat_v2.app.create", "compat_v2.settings.update"]
    assert token not in stored.token_encrypted
    assert decrypt_secret(stored.token_encrypted) == token


def test_the_switch_rotation_and_grant_take_effect_at_once(vpn: Any, login: Any, client_for: Any) -> None:
    admin = login("it", "boss", admin=True)
    _json(admin, "PUT", "/api/v1/compat-v2/settings", {"enabled": False})
    app = _register(admin, vpn.pk)
    caller = client_for("it")
    assert _call(caller, app["token"], 0).status_code == 404  # switched off
    _json(admin, "PUT", "/api/v1/compat-v2/settings", {"enabled": True})
    assert _call(caller, app["token"], 1).json()["data"]["total"] == 1

    rotated = admin.post(f"/api/v1/compat-v2/apps/{app['id']}/token")
    assert rotated.status_code == 201
    new_token = rotated.json()["token"]
    assert (
        "signature you provide in request header is invalid" in _call(caller, app["token"], 2).json()["msg"]
    )
    assert _call(caller, new_token, 3).json()["code"] == 0

    # Taking the grant away: lilei may no longer be named.
    patched = _json(
        admin, "PATCH", f"/api/v1/compat-v2/apps/{app['id']}", {"acting_usernames": [], "workflow_ids": []}
    )
    assert patched.json()["acting_usernames"] == []
    assert patched.json()["workflow_ids"] == []
    assert "has no grant to act as username: lilei" in _call(caller, new_token, 4).json()["msg"]
    assert admin.delete(f"/api/v1/compat-v2/apps/{app['id']}").status_code == 204


def test_only_tenant_admins_configure_it(vpn: Any, login: Any) -> None:
    person = login("it", "plain")
    assert person.get("/api/v1/compat-v2/apps").status_code == 403
    assert _json(person, "PUT", "/api/v1/compat-v2/settings", {"enabled": True}).status_code == 403


def test_bad_app_configurations_are_refused(vpn: Any, login: Any) -> None:
    admin = login("it", "boss", admin=True)
    for body, status in [
        ({"name": "loonflow"}, 422),  # 2.x's UI name bypasses every workflow check upstream
        ({"name": "ops"}, 409),
        ({"name": "has space"}, 422),
        ({"name": "x", "workflow_ids": [987654]}, 422),
        ({"name": "x", "acting_usernames": ["nobody-here"]}, 422),
        ({"name": "x", "token": "short"}, 422),
    ]:
        response = _json(admin, "POST", "/api/v1/compat-v2/apps", body)
        assert response.status_code == status, (body, response.content)
        error_of(response)
    with schema_context("it"):
        assert list(CompatApp.objects.values_list("name", flat=True)) == ["ops"]


def test_a_retried_create_with_an_idempotency_key_files_one_ticket(vpn: Any, v2: Any) -> None:
    body = {"workflow_id": vpn.pk, "transition_id": 1, "vpn_reason": "remote work"}
    first = v2("POST", "/api/v1.0/tickets", body, HTTP_IDEMPOTENCY_KEY="order-42")
    again = v2("POST", "/api/v1.0/tickets", body, HTTP_IDEMPOTENCY_KEY="order-42")
    assert first.json()["code"] == 0
    assert again.json() == first.json()
    other = v2("POST", "/api/v1.0/tickets", {**body, "vpn_reason": "else"}, HTTP_IDEMPOTENCY_KEY="order-42")
    assert other.status_code == 422
    assert other.json()["code"] == -1
    # Another person of the same app has keys of their own.
    theirs = v2("POST", "/api/v1.0/tickets", body, username="zhangsan", HTTP_IDEMPOTENCY_KEY="order-42")
    assert theirs.json()["code"] == 0
    assert theirs.json() != first.json()
    with schema_context("it"):
        assert Ticket.objects.count() == 2


def test_a_failed_create_frees_its_idempotency_key(vpn: Any, v2: Any) -> None:
    body = {"workflow_id": vpn.pk, "transition_id": 1}
    assert v2("POST", "/api/v1.0/tickets", body, HTTP_IDEMPOTENCY_KEY="k1").json()["code"] == -1
    done = v2("POST", "/api/v1.0/tickets", {**body, "vpn_reason": "x"}, HTTP_IDEMPOTENCY_KEY="k2")
    assert done.json()["code"] == 0


def test_legacy_ids_are_stable_and_can_be_pinned_for_migrated_clients(vpn: Any, v2: Any) -> None:
    with schema_context("it"):
        legacy_id_assign(workflow=vpn, kind=LegacyId.Kind.TRANSITION, key="submit", number=7)
        legacy_id_assign(workflow=vpn, kind=LegacyId.Kind.WORKFLOW, key="", number=2002)
    created = v2("POST", "/api/v1.0/tickets", {"workflow_id": 2002, "transition_id": 7, "vpn_reason": "x"})
    assert created.json()["code"] == 0, created.content
    init = v2("GET", "/api/v1.0/workflows/2002/init_state").json()["data"]
    assert init["workflow_id"] == 2002
    assert init["transition"][0]["transition_id"] == 7
    with schema_context("it"):
        numbers = dict(LegacyId.objects.filter(kind="state").values_list("key", "number"))
    assert len(set(numbers.values())) == 4
    assert v2("GET", "/api/v1.0/workflows/2002/init_state").json()["data"]["id"] == numbers["draft"]
