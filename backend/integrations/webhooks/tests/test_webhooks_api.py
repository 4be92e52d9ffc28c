"""The webhooks API (tenant admins only): webhooks and their secrets, deliveries and redelivery, the
integration settings and the tenant's allow-list of destinations."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context

from conftest import allow_private, error_of
from core.secrets import encrypt_secret
from core.stored_text import StoredText
from core.tests.factories import assert_error, send
from integrations.common import settings as settings_store
from integrations.webhooks import tasks as webhook_tasks
from integrations.webhooks.models import Webhook, WebhookDelivery
from integrations.webhooks.tests.factories import (
    Receiver,
    one_delivery,
    sync_directory,
    webhook_workflow,
)

pytestmark = pytest.mark.django_db

# --- the API ---------------------------------------------------------------------------------------


def _create_ci_webhook(admin: Any, receiver: Receiver) -> dict[str, Any]:
    """POST a webhook named " CI " (events repeated): its answer, the secret included."""
    body = {"name": " CI ", "url": receiver.url("/ci"), "events": ["created", "finished", "created"]}
    created = send(admin, "post", "/api/v1/webhooks", body)
    assert created.status_code == 201, created.content
    return created.json()


def test_a_created_webhook_shows_its_secret_once(admin, receiver):
    body = _create_ci_webhook(admin, receiver)
    secret = body.pop("secret")
    assert secret.startswith("lfs_")
    hook_id = body["id"]
    assert body["name"] == "CI"
    assert body["events"] == ["created", "finished"]
    assert (body["workflow_id"], body["is_active"]) == (None, True)

    got = admin.get(f"/api/v1/webhooks/{hook_id}")
    assert got.status_code == 200
    assert "secret" not in got.json()
    assert secret not in got.content.decode()
    assert [hook["id"] for hook in admin.get("/api/v1/webhooks").json()] == [hook_id]
    assert "secret" not in admin.get("/api/v1/webhooks").json()[0]


def test_a_webhook_is_narrowed_to_a_workflow_and_back(admin, receiver):
    with schema_context("it"):
        sync_directory()
        workflow = webhook_workflow("leave")
    hook_id = _create_ci_webhook(admin, receiver)["id"]
    patched = send(
        admin,
        "patch",
        f"/api/v1/webhooks/{hook_id}",
        {"workflow_id": workflow.pk, "is_active": False, "events": ["transition"]},
    )
    assert patched.status_code == 200, patched.content
    assert (patched.json()["workflow_id"], patched.json()["is_active"]) == (workflow.pk, False)
    assert patched.json()["name"] == "CI"
    everywhere = send(admin, "patch", f"/api/v1/webhooks/{hook_id}", {"workflow_id": None})
    assert everywhere.json()["workflow_id"] is None


def test_a_webhooks_secret_is_rotated_and_the_webhook_deleted(admin, receiver):
    created = _create_ci_webhook(admin, receiver)
    hook_id, secret = created["id"], created["secret"]
    assert send(admin, "patch", f"/api/v1/webhooks/{hook_id}", {"is_active": False}).status_code == 200
    rotated = admin.post(f"/api/v1/webhooks/{hook_id}/rotate-secret")
    assert rotated.status_code == 200
    new_secret = rotated.json()["secret"]
    assert new_secret != secret
    with schema_context("it"):
        webhook = Webhook.objects.get(pk=hook_id)
        assert secret not in webhook.secret_encrypted
        assert webhook_tasks.delivery_secret(WebhookDelivery(webhook=webhook)) == (
            "",
            StoredText("webhook.inactive"),
        )

    assert admin.delete(f"/api/v1/webhooks/{hook_id}").status_code == 204
    assert admin.get(f"/api/v1/webhooks/{hook_id}").status_code == 404
    assert error_of(admin.delete(f"/api/v1/webhooks/{hook_id}"))["code"] == "not_found"


def test_bad_webhook_input_is_422(admin, receiver):
    good = {"name": "x", "url": receiver.url(), "events": ["created"]}
    cases: list[tuple[dict[str, Any], str]] = [
        ({**good, "url": "http://10.1.2.3/hook"}, "url"),
        ({**good, "url": "http://[::1]:8000/"}, "url"),  # loopback, but not allow-listed
        ({**good, "url": "ftp://example.com/"}, "url"),
        ({**good, "url": "not a url"}, "url"),
        ({**good, "url": ""}, "url"),
        ({**good, "events": ["nope"]}, "events.0"),
        ({**good, "events": []}, "events"),
        ({**good, "name": ""}, "name"),
        ({**good, "workflow_id": 999_999}, "workflow_id"),
    ]
    for body, where in cases:
        response = send(admin, "post", "/api/v1/webhooks", body)
        assert response.status_code == 422, (body, response.content)
        fields = [problem["field"] for problem in error_of(response)["details"]]
        assert where in fields, (body, fields)
    with schema_context("it"):
        assert not Webhook.objects.exists()

    hook_id = send(admin, "post", "/api/v1/webhooks", good).json()["id"]
    for patch in [{"name": None}, {"url": None}, {"events": None}, {"url": "http://169.254.169.254/"}]:
        response = send(admin, "patch", f"/api/v1/webhooks/{hook_id}", patch)
        assert response.status_code == 422, (patch, response.content)
    assert admin.get("/api/v1/webhooks/nope").status_code == 404
    malformed = admin.post("/api/v1/webhooks", b"{", content_type="application/json")
    assert malformed.status_code == 400


def test_only_tenant_admins_may_use_the_api(login, make_app, client_for):
    bob = login("it", "bob")
    hook = {"name": "x", "url": "https://example.com/", "events": ["created"]}
    for method, path, body in [
        ("post", "/api/v1/webhooks", hook),
        ("put", "/api/v1/integrations/settings", {"allow_list": []}),
    ]:
        response = send(bob, method, path, body)
        assert response.status_code == 403, (method, path, response.content)
    for method, path in [
        ("get", "/api/v1/webhooks"),
        ("get", "/api/v1/webhooks/1"),
        ("patch", "/api/v1/webhooks/1"),
        ("delete", "/api/v1/webhooks/1"),
        ("post", "/api/v1/webhooks/1/rotate-secret"),
        ("get", "/api/v1/webhooks/deliveries"),
        ("get", "/api/v1/webhooks/deliveries/1"),
        ("post", "/api/v1/webhooks/deliveries/1/redeliver"),
        ("get", "/api/v1/integrations/settings"),
        ("post", "/api/v1/integrations/settings/rotate-secret"),
    ]:
        response = send(bob, method, path, {})
        assert_error(response, 403, "permission_denied")
    assert client_for("it").get("/api/v1/webhooks").status_code == 401
    _, token = make_app("it", scopes=["admin"])
    assert client_for("it", HTTP_AUTHORIZATION=f"Bearer {token}").get("/api/v1/webhooks").status_code == 200


def test_deliveries_list_pages_newest_first(admin, deliveries):
    *_, rows = deliveries
    seen: list[int] = []
    cursor = None
    while True:
        query = f"?limit=3&cursor={cursor}" if cursor else "?limit=3"
        page = admin.get(f"/api/v1/webhooks/deliveries{query}")
        assert page.status_code == 200, page.content
        seen += [item["id"] for item in page.json()["items"]]
        cursor = page.json()["next_cursor"]
        if cursor is None:
            break
    assert seen == [row.pk for row in rows]
    item = admin.get("/api/v1/webhooks/deliveries?limit=1").json()["items"][0]
    assert "payload" not in item
    assert item["key"] == str(rows[0].key)


def test_deliveries_list_filters(admin, deliveries):
    first, _, ticket, _ = deliveries
    by_webhook = admin.get(f"/api/v1/webhooks/deliveries?webhook_id={first.pk}").json()["items"]
    assert {row["webhook_id"] for row in by_webhook} == {first.pk}
    assert len(by_webhook) == 3
    failed = admin.get("/api/v1/webhooks/deliveries?status=failed").json()["items"]
    assert [row["status"] for row in failed] == ["failed"]
    by_ticket = admin.get(f"/api/v1/webhooks/deliveries?ticket_id={ticket.pk}").json()["items"]
    assert len(by_ticket) == 3

    assert admin.get("/api/v1/webhooks/deliveries?status=bogus").status_code == 422
    assert admin.get("/api/v1/webhooks/deliveries?limit=0").status_code == 422  # bounds in the schema
    assert admin.get("/api/v1/webhooks/deliveries?cursor=%%%").status_code == 400


def test_deliveries_list_queries_are_bounded(admin, deliveries):
    def queries(limit: int) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert admin.get(f"/api/v1/webhooks/deliveries?limit={limit}").status_code == 200
        return len(captured)

    # A first request switches the connection to the tenant's schema (one more query): not counted.
    assert admin.get("/api/v1/webhooks/deliveries?limit=1").status_code == 200
    assert queries(1) == queries(7)  # one query for the page, whatever its size
    assert queries(7) <= 4  # session, user, tenant admin check, the page


def test_delivery_detail_and_redeliver_over_http(admin, receiver, monkeypatch):
    sent: list[int] = []
    monkeypatch.setattr(webhook_tasks.deliver_webhook, "send", lambda delivery_id: sent.append(delivery_id))
    with schema_context("it"):
        sync_directory()
        delivery, _ = one_delivery(receiver)
        receiver.answers = [(500, {"status": 500})]
        WebhookDelivery.objects.filter(pk=delivery.pk).update(attempts=webhook_tasks.MAX_ATTEMPTS - 1)
        webhook_tasks.deliver_webhook.fn(delivery.pk)  # the last attempt fails: FAILED

    detail = admin.get(f"/api/v1/webhooks/deliveries/{delivery.pk}")
    assert detail.status_code == 200, detail.content
    body = detail.json()
    assert (body["status"], body["last_status_code"]) == ("failed", 500)
    assert body["payload"]["id"] == str(delivery.key)
    assert [(a["number"], a["status_code"]) for a in body["attempt_log"]] == [(1, 500)]

    redelivered = admin.post(f"/api/v1/webhooks/deliveries/{delivery.pk}/redeliver")
    assert redelivered.status_code == 202, redelivered.content
    assert (redelivered.json()["status"], redelivered.json()["attempts"]) == ("pending", 0)
    with schema_context("it"):
        assert webhook_tasks.deliver(delivery_id=delivery.pk) == "succeeded"
    after = admin.get(f"/api/v1/webhooks/deliveries/{delivery.pk}").json()
    assert after["status"] == "succeeded"
    assert [(a["number"], a["status_code"]) for a in after["attempt_log"]] == [(1, 500), (2, 200)]

    with schema_context("it"):
        WebhookDelivery.objects.filter(pk=delivery.pk).update(status="running")
    busy = admin.post(f"/api/v1/webhooks/deliveries/{delivery.pk}/redeliver")
    assert_error(busy, 409, "delivery_running")
    assert admin.get("/api/v1/webhooks/deliveries/999999").status_code == 404
    assert admin.post("/api/v1/webhooks/deliveries/999999/redeliver").status_code == 404


def test_integration_settings_over_http(admin):
    got = admin.get("/api/v1/integrations/settings")
    assert got.json() == {"allow_list": []}
    put = send(
        admin, "put", "/api/v1/integrations/settings", {"allow_list": ["8.8.8.0/24", "ci.example.com"]}
    )
    assert put.status_code == 200, put.content
    assert put.json() == {"allow_list": ["8.8.8.0/24", "ci.example.com"]}
    bad = send(admin, "put", "/api/v1/integrations/settings", {"allow_list": ["8.8.8.1/24"]})
    assert bad.status_code == 422
    assert error_of(bad)["details"][0]["field"] == "allow_list.0"
    assert send(admin, "put", "/api/v1/integrations/settings", {}).status_code == 422

    rotated = admin.post("/api/v1/integrations/settings/rotate-secret")
    assert rotated.status_code == 200
    secret = rotated.json()["secret"]
    with schema_context("it"):
        assert settings_store.signing_secret() == secret
    assert secret not in admin.get("/api/v1/integrations/settings").content.decode()


def test_a_webhook_secret_that_cannot_be_decrypted_can_be_rotated(admin, receiver):
    created = send(
        admin, "post", "/api/v1/webhooks", {"name": "x", "url": receiver.url(), "events": ["created"]}
    )
    hook_id = created.json()["id"]
    with schema_context("it"):
        Webhook.objects.filter(pk=hook_id).update(secret_encrypted=encrypt_secret("old") + "x")
    secret = admin.post(f"/api/v1/webhooks/{hook_id}/rotate-secret").json()["secret"]
    with schema_context("it"):
        assert webhook_tasks.delivery_secret(WebhookDelivery(webhook=Webhook.objects.get(pk=hook_id))) == (
            secret,
            "",
        )


@pytest.mark.parametrize(
    "entry",
    [
        "0.0.0.0/0",
        "::/0",
        "169.254.169.254/32",
        "10.0.0.0/8",
        "127.0.0.1",
        "192.168.1.0/24",
        "100.64.0.0/10",
        "fd00:ec2::254",
        "fe80::/10",
        "::ffff:10.0.0.1",
        "2002:a00:1::/48",
        "224.0.0.0/4",
        "240.0.0.0/4",
        "8.0.0.0/8",
        "localhost",
        "ci.localhost",
        "2130706433",
    ],
)
def test_a_tenant_admin_cannot_open_private_or_broad_ranges(admin, entry):
    """Regression (issue item 5): the tenant allow-list took 0.0.0.0/0, ::/0 and metadata."""
    response = send(admin, "put", "/api/v1/integrations/settings", {"allow_list": ["ci.example.com", entry]})
    assert response.status_code == 422, response.content
    assert [problem["field"] for problem in error_of(response)["details"]] == ["allow_list.1"]
    with schema_context("it"):
        assert settings_store.allow_list() == []


def test_stored_entries_that_fail_todays_rules_are_ignored(admin, login):
    """A list saved before the rules tightened is read tolerantly: the bad entries are never
    honoured (and not shown), the good ones stay."""
    from integrations.common.models import IntegrationSettings

    allow_private("it", [])
    with schema_context("it"):
        settings_store.integration_settings()
        IntegrationSettings.objects.update(allow_list=["0.0.0.0/0", "127.0.0.1/32", "ci.example.com"])
    assert admin.get("/api/v1/integrations/settings").json() == {"allow_list": ["ci.example.com"]}
    refused = send(
        admin, "post", "/api/v1/webhooks", {"name": "x", "url": "http://127.0.0.1:9/", "events": ["created"]}
    )
    assert refused.status_code == 422


def test_the_tenant_list_narrows_where_webhooks_may_go(admin):
    """The tenant admin's list never opens anything; when it is not empty, nothing else is reached."""
    url = {"name": "x", "events": ["created"]}
    assert (
        send(admin, "post", "/api/v1/webhooks", {**url, "url": "https://a.example.com/h"}).status_code == 201
    )
    response = send(admin, "put", "/api/v1/integrations/settings", {"allow_list": ["hooks.example.com"]})
    assert response.status_code == 200, response.content

    refused = send(admin, "post", "/api/v1/webhooks", {**url, "url": "https://other.example.com/h"})
    assert refused.status_code == 422, refused.content
    assert "list of destinations" in error_of(refused)["details"][0]["message"]
    listed = send(admin, "post", "/api/v1/webhooks", {**url, "url": "https://hooks.example.com/h"})
    assert listed.status_code == 201, listed.content


def test_a_listed_network_is_checked_on_the_resolved_address():
    from integrations.common.outbound import OutboundRefused, Reach, resolve_host

    reach = Reach(only=("8.8.0.0/16",))
    assert [
        str(a) for a in resolve_host("dns.example", 443, allow=reach, resolver=lambda h, p: ["8.8.4.4"])
    ] == ["8.8.4.4"]
    with pytest.raises(OutboundRefused) as refused:
        resolve_host("dns.example", 443, allow=reach, resolver=lambda h, p: ["8.8.4.4", "1.1.1.1"])
    assert refused.value.code == "not_listed"
    # A private range the platform opened is still subject to the tenant's own list.
    narrowed = Reach(private=("127.0.0.1/32",), only=("hooks.example.com",))
    with pytest.raises(OutboundRefused) as refused:
        resolve_host("127.0.0.1", 80, allow=narrowed)
    assert refused.value.code == "not_listed"
    assert [str(a) for a in resolve_host("127.0.0.1", 80, allow=Reach(private=("127.0.0.1/32",)))] == [
        "127.0.0.1"
    ]
