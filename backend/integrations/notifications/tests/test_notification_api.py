"""The notifications API (channels never show their secret; tenant admins only; the notification
list) and the absolute links in what is sent."""

from __future__ import annotations

import json

import pytest
from django_tenants.utils import schema_context

from conftest import error_of, free_port
from core.secrets import decrypt_secret
from core.tests.factories import assert_error
from engine.tickets.models import Ticket
from engine.tickets.services import ticket_create
from engine.workflows.tests.factories import LEAVE, user_principal
from integrations.notifications.models import Notification, NotificationChannel
from integrations.notifications.tasks import (
    deliver,
)
from integrations.notifications.tests.factories import (
    CHANNELS,
    EMAIL_CONFIG,
    api_channel,
    email_channel,
    patch_json,
    permission_ticket,
    post_json,
    process,
)

pytestmark = pytest.mark.django_db


# --- the API -----------------------------------------------------------------------------------

SECRET = "p4ss-w0rd"


def _mail_with_a_secret(admin):
    """POST an email channel `mail` with a secret: the answer."""
    body = {"code": "mail", "name": "Mail", "kind": "email", "config": EMAIL_CONFIG, "secret": SECRET}
    created = post_json(admin, CHANNELS, body)
    assert created.status_code == 201, created.content
    return created


def test_a_channels_secret_is_stored_encrypted_and_never_returned(db, login):
    admin = login("it", "root", admin=True)
    created = _mail_with_a_secret(admin)
    channel = created.json()
    assert "secret" not in channel
    assert SECRET.encode() not in created.content
    assert (channel["has_secret"], channel["is_default"], channel["is_active"]) == (True, False, True)
    assert channel["config"] == EMAIL_CONFIG
    with schema_context("it"):
        stored = NotificationChannel.objects.get(pk=channel["id"])
        assert decrypt_secret(stored.secret_encrypted) == SECRET
        assert SECRET not in json.dumps(stored.config)

    listed = admin.get(CHANNELS)
    assert [item["code"] for item in listed.json()] == ["mail"]
    assert SECRET.encode() not in listed.content
    assert admin.get(f"{CHANNELS}/{channel['id']}").json()["has_secret"] is True


def test_a_channel_is_changed_and_its_secret_cleared(db, login):
    admin = login("it", "root", admin=True)
    path = f"{CHANNELS}/{_mail_with_a_secret(admin).json()['id']}"
    renamed = patch_json(admin, path, {"name": "Office mail", "is_default": True})
    assert renamed.status_code == 200, renamed.content
    assert (renamed.json()["name"], renamed.json()["is_default"], renamed.json()["has_secret"]) == (
        "Office mail",
        True,
        True,
    )
    cleared = patch_json(admin, path, {"secret": ""})
    assert cleared.json()["has_secret"] is False


def test_a_taken_code_is_409_and_a_deleted_channel_is_gone(db, login):
    admin = login("it", "root", admin=True)
    path = f"{CHANNELS}/{_mail_with_a_secret(admin).json()['id']}"
    taken = post_json(admin, CHANNELS, {"code": "mail", "name": "x", "kind": "email", "config": EMAIL_CONFIG})
    assert_error(taken, 409, "channel_code_taken")

    assert admin.delete(path).status_code == 204
    gone = admin.get(path)
    assert gone.status_code == 404
    error_of(gone)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "email", "config": {"port": 25}}, "config"),
        ({"kind": "email", "config": {**EMAIL_CONFIG, "password": "inline"}}, "config.password"),
        ({"kind": "email", "config": {**EMAIL_CONFIG, "colour": "red"}}, "config.colour"),
        ({"kind": "email", "config": {**EMAIL_CONFIG, "port": 70000}}, "config"),
        ({"kind": "slack", "config": {"url": "ftp://example.com/x"}}, "config"),
        ({"kind": "wecom", "config": {"url": "http://10.0.0.1/robot"}}, "config.url"),
        ({"kind": "dingtalk", "config": {"url": "http://localhost:8080/robot"}}, "config.url"),
        ({"kind": "webhook", "config": {"url": "https://example.com", "secret": "x"}}, "config.secret"),
        ({"kind": "pigeon", "config": {}}, "kind"),
        ({"kind": "email", "config": EMAIL_CONFIG, "code": "has space"}, "code"),
    ],
)
def test_bad_channels_are_422(db, login, body, field):
    admin = login("it", "root", admin=True)
    response = post_json(admin, CHANNELS, {"code": "c1", "name": "C", **body})
    assert response.status_code == 422, response.content
    error = error_of(response)
    assert field in [problem["field"] for problem in error["details"]], error
    with schema_context("it"):
        assert not NotificationChannel.objects.exists()


def test_patch_is_validated_too(db, login):
    admin = login("it", "root", admin=True)
    path = f"{CHANNELS}/{api_channel(admin, 'email', EMAIL_CONFIG, code='c1')['id']}"
    assert patch_json(admin, path, {"kind": "slack"}).status_code == 422  # the email config is no robot's
    assert patch_json(admin, path, {"config": {"host": ""}}).status_code == 422
    assert patch_json(admin, f"{CHANNELS}/999999", {"name": "x"}).status_code == 404
    moved = patch_json(
        admin, path, {"kind": "slack", "config": {"url": "https://hooks.slack.com/services/T/B/X"}}
    )
    assert moved.status_code == 200, moved.content
    assert moved.json()["kind"] == "slack"


def test_non_admins_are_refused(db, login):
    admin = login("it", "root", admin=True)
    channel = api_channel(admin, "email", EMAIL_CONFIG, code="c1")
    user = login("it", "pat")
    path = f"{CHANNELS}/{channel['id']}"
    responses = [
        user.get(CHANNELS),
        post_json(user, CHANNELS, {"code": "c2", "name": "C", "kind": "email", "config": {}}),
        user.get(path),
        patch_json(user, path, {"name": "mine"}),
        user.delete(path),
        post_json(user, f"{path}/test", {}),
        user.get("/api/v1/notifications"),
    ]
    for response in responses:
        assert_error(response, 403, "permission_denied")


def test_notification_list_filters_and_pages(world, smtp, login, django_capture_on_commit_callbacks):
    channel = email_channel(smtp.port)
    other = email_channel(smtp.port, code="other")
    tickets = []
    for _ in range(3):
        ticket = ticket_create(
            workflow=world["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
        )
        process(ticket, django_capture_on_commit_callbacks)
        tickets.append(ticket)
    first = Notification.objects.filter(ticket=tickets[0]).get()
    deliver(notification_id=first.pk)

    admin = login("it", "root", admin=True)
    page = admin.get("/api/v1/notifications", {"limit": 2})
    assert page.status_code == 200, page.content
    body = page.json()
    assert len(body["items"]) == 2
    assert body["items"][0]["ticket_serial"] == Ticket.objects.get(pk=tickets[2].pk).serial
    assert body["items"][0]["event"] == "state_entered"
    rest = admin.get("/api/v1/notifications", {"limit": 2, "cursor": body["next_cursor"]}).json()
    assert [item["ticket_id"] for item in rest["items"]] == [tickets[0].pk]
    assert rest["next_cursor"] is None

    done = admin.get("/api/v1/notifications", {"status": "succeeded"}).json()["items"]
    assert [(item["id"], item["channel_code"], item["attempts"]) for item in done] == [(first.pk, "email", 1)]
    assert len(admin.get("/api/v1/notifications", {"channel_id": channel.pk}).json()["items"]) == 3
    assert admin.get("/api/v1/notifications", {"channel_id": other.pk}).json()["items"] == []
    by_ticket = admin.get("/api/v1/notifications", {"ticket_id": tickets[1].pk}).json()["items"]
    assert [item["ticket_id"] for item in by_ticket] == [tickets[1].pk]
    assert admin.get("/api/v1/notifications", {"status": "bogus"}).status_code == 422
    assert admin.get("/api/v1/notifications", {"cursor": "!!"}).status_code == 400


# --- absolute links (issue item 12) ------------------------------------------------------------


def test_links_follow_the_deployment_scheme_and_port(world, settings, django_capture_on_commit_callbacks):
    """Regression: links were always https and dropped the port (`make run` is http on 8000)."""
    settings.PUBLIC_URL_SCHEME, settings.PUBLIC_PORT = "http", 8000
    email_channel(free_port(), is_default=True)
    ticket = permission_ticket(world)
    [row] = process(ticket, django_capture_on_commit_callbacks)
    assert row.body.endswith(f"\nhttp://it.localhost:8000/tickets/{ticket.pk}")


def test_links_use_the_tenants_own_public_base_url(world, django_capture_on_commit_callbacks):
    from tenants.models import Tenant

    Tenant.objects.filter(schema_name="it").update(public_base_url="https://it.example.com:8443")
    email_channel(free_port(), is_default=True)
    ticket = permission_ticket(world)
    [row] = process(ticket, django_capture_on_commit_callbacks)
    assert row.body.endswith(f"\nhttps://it.example.com:8443/tickets/{ticket.pk}")
