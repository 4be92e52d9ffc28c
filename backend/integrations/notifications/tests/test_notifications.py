"""Notifications end to end: ticket actions → outbox → notification rows → a real SMTP server and
a real HTTP receiver on loopback; retries; the channel API."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from django_tenants.utils import schema_context

from conftest import allow_private, error_of, free_port
from core.access.models import User
from core.secrets import decrypt_secret
from engine.tickets.documents import parsed_document
from engine.tickets.models import OutboxEvent, Ticket
from engine.tickets.services import ticket_create, ticket_handle
from engine.tickets.tasks import process_event
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow
from engine.workflows.samples import leave_request
from engine.workflows.services import workflow_create, workflow_publish
from engine.workflows.tests.factories import LEAVE, user_principal
from integrations.common import jobs
from integrations.conftest import SmtpServer
from integrations.notifications import rules as notification_rules
from integrations.notifications import tasks as notification_tasks
from integrations.notifications.models import Notification, NotificationChannel
from integrations.notifications.services import channel_create
from integrations.notifications.tasks import (
    MAX_ATTEMPTS,
    deliver,
    fan_out,
    send_notification,
    sweep_notifications,
)

pytestmark = pytest.mark.django_db

PENDING, SUCCEEDED, FAILED = "pending", "succeeded", "failed"


# --- real servers on loopback ------------------------------------------------------------------


# --- the tenant: directory, sample workflows, channels -----------------------------------------


def _email_channel(port: int, code: str = "email", **fields: Any) -> NotificationChannel:
    config = {"host": "127.0.0.1", "port": port, "from_email": "loonflow@example.com", "timeout": 5}
    return channel_create(code=code, name="Mail", kind="email", config=config, **fields)


def _leave_with(rules: list[dict[str, Any]], *, returns: bool = False) -> Workflow:
    """The leave sample with other notification rules (and, with `returns`, a leader's reject
    that goes back to the draft), published."""
    data = leave_request("it")
    transitions = [
        {**t, "target": "draft"} if returns and t["key"] == "lead_reject" else t
        for t in data["document"]["transitions"]
    ]
    document = WorkflowDocument.model_validate(
        {**data["document"], "notifications": rules, "transitions": transitions}
    )
    workflow = workflow_create(key="leave-custom", name="Custom leave", document=document)
    workflow_publish(workflow=workflow, actor=None)
    return workflow


def _events(ticket: Ticket, *names: str) -> list[OutboxEvent]:
    rows = OutboxEvent.objects.filter(ticket=ticket).order_by("pk")
    return [row for row in rows if not names or row.event in names]


def _process(ticket: Ticket, capture: Callable[..., Any]) -> list[Notification]:
    """Fan out every unprocessed event of the ticket; returns the notifications created."""
    before = set(Notification.objects.values_list("pk", flat=True))
    with capture(execute=False) as callbacks:
        for event in _events(ticket):
            process_event.fn(event.pk)
    created = list(Notification.objects.exclude(pk__in=before).order_by("pk"))
    assert len(callbacks) == (1 if created else 0)  # one enqueue per event that made notifications
    return created


def _send_all(rows: list[Notification]) -> list[str | None]:
    return [deliver(notification_id=row.pk) for row in rows]


# --- fan-out and delivery ----------------------------------------------------------------------


def test_submit_emails_the_new_handler(world, smtp, django_capture_on_commit_callbacks):
    _email_channel(smtp.port, is_default=True)
    ticket = ticket_create(
        workflow=world["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    ticket.refresh_from_db()
    [row] = _process(ticket, django_capture_on_commit_callbacks)
    assert row.rule_index == 0  # the document's own rule, on the channel it names
    assert row.recipients == ["lead"]
    assert row.subject == f"[{ticket.serial}] alice: annual leave, 5 day(s): Leader review"
    assert row.body == f"Leave request {ticket.serial} from alice waits for you."

    send_notification.fn(row.pk)
    [(to, mail)] = smtp.mailbox.messages()
    assert to == ["lead@example.com"]
    assert mail["Subject"] == row.subject
    assert mail.get_content().strip() == row.body
    row.refresh_from_db()
    assert (row.status, row.attempts, row.last_error) == (SUCCEEDED, 1, "")
    assert row.finished_at is not None


def test_finishing_emails_the_creator(world, smtp, django_capture_on_commit_callbacks):
    _email_channel(smtp.port)
    ticket = ticket_create(
        workflow=world["leave"],
        principal=user_principal("alice"),
        values={**LEAVE, "days": 2},
        transition="submit",
    )
    _send_all(_process(ticket, django_capture_on_commit_callbacks))
    ticket_handle(ticket_id=ticket.pk, principal=user_principal("lead"), transition="lead_approve")
    ticket.refresh_from_db()
    [row] = _process(ticket, django_capture_on_commit_callbacks)
    assert row.event is not None
    assert (row.event.event, row.rule_index, row.recipients) == ("finished", 1, ["alice"])
    assert _send_all([row]) == [SUCCEEDED]
    to, mail = smtp.mailbox.messages()[-1]
    assert to == ["alice@example.com"]
    assert mail.get_content().strip() == f"Your leave request {ticket.serial} is done."


def test_default_rules_on_a_workflow_without_any(world, smtp, django_capture_on_commit_callbacks):
    _email_channel(smtp.port, code="mail", is_default=True)
    _email_channel(smtp.port, code="not-default")
    values = {"system": "gitlab", "access_level": "write", "justification": "Need to push the release"}
    ticket = ticket_create(
        workflow=world["it-permission"], principal=user_principal("alice"), values=values, transition="submit"
    )
    ticket.refresh_from_db()
    [row] = _process(ticket, django_capture_on_commit_callbacks)
    assert row.channel.code == "mail"
    assert row.rule_index == notification_rules.DEFAULT_RULE_BASE
    assert row.recipients == ["carol", "lead"]
    assert row.subject == f"You have a ticket to handle: {ticket.title}"
    assert row.body == (
        f"alice asks you to handle {ticket.serial} (IT permission request), now in Security review.\n"
        f"https://it.localhost/tickets/{ticket.pk}"
    )
    assert _send_all([row]) == [SUCCEEDED]
    [(to, _)] = smtp.mailbox.messages()
    assert sorted(to) == ["carol@example.com", "lead@example.com"]

    # Rejected into an end state: the creator hears it once, as the ticket finishing.
    ticket_handle(ticket_id=ticket.pk, principal=user_principal("lead"), transition="disagree")
    ticket.refresh_from_db()
    rows = _process(ticket, django_capture_on_commit_callbacks)
    assert [(r.event.event if r.event else None, r.recipients) for r in rows] == [("finished", ["alice"])]
    assert rows[0].subject == f"[{ticket.serial}] {ticket.title}: Finished"


def test_default_reject_back_to_the_creator(world, smtp, django_capture_on_commit_callbacks):
    _email_channel(smtp.port, is_default=True)
    workflow = _leave_with([], returns=True)
    ticket = ticket_create(
        workflow=workflow, principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    assert [row.recipients for row in _process(ticket, django_capture_on_commit_callbacks)] == [["lead"]]
    ticket_handle(
        ticket_id=ticket.pk, principal=user_principal("lead"), transition="lead_reject", comment="Not now"
    )
    ticket.refresh_from_db()
    [row] = _process(ticket, django_capture_on_commit_callbacks)  # the draft state has no handlers
    assert row.event is not None
    assert (row.event.event, row.recipients) == ("transition", ["alice"])
    assert row.subject == f"[{ticket.serial}] {ticket.title}: rejected"
    assert row.body.startswith(f"lead rejected your ticket {ticket.serial} (Reject); it is now in Draft.")
    assert "Not now" in row.body
    assert _send_all([row]) == [SUCCEEDED]


def test_a_breached_sla_reminds_the_handlers_by_default(world, smtp, django_capture_on_commit_callbacks):
    from engine.tickets.models import Timer
    from engine.tickets.runtime.background import timer_fire

    _email_channel(smtp.port, code="mail", is_default=True)
    data = leave_request("it")
    states = [
        {**state, "sla": {"duration_seconds": 60, "action": "remind"}}
        if state["key"] == "lead_review"
        else state
        for state in data["document"]["states"]
    ]
    document = WorkflowDocument.model_validate({**data["document"], "notifications": [], "states": states})
    workflow = workflow_create(key="leave-sla", name="Leave with SLA", document=document)
    workflow_publish(workflow=workflow, actor=None)
    ticket = ticket_create(
        workflow=workflow, principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    _process(ticket, django_capture_on_commit_callbacks)
    timer_fire(timer_id=Timer.objects.get(ticket=ticket, kind="sla").pk)
    ticket.refresh_from_db()
    [row] = _process(ticket, django_capture_on_commit_callbacks)
    assert row.event is not None
    assert (row.event.event, row.recipients) == ("sla_breached", ["lead"])
    assert row.subject == f"Overdue: {ticket.title}"


def test_nobody_is_told_about_their_own_action(world, smtp, django_capture_on_commit_callbacks):
    _email_channel(smtp.port)
    workflow = _leave_with(
        [{"events": ["transition"], "channel": "email", "recipients": ["participants", "creator"]}]
    )
    ticket = ticket_create(
        workflow=workflow, principal=user_principal("alice"), values={**LEAVE, "days": 2}, transition="submit"
    )
    # alice submitted: of the participants (alice, and lead who must handle it) only lead hears.
    assert [row.recipients for row in _process(ticket, django_capture_on_commit_callbacks)] == [["lead"]]
    ticket_handle(ticket_id=ticket.pk, principal=user_principal("lead"), transition="lead_approve")
    # lead approved: alice hears, lead does not.
    assert [row.recipients for row in _process(ticket, django_capture_on_commit_callbacks)] == [["alice"]]
    # Inactive people are skipped too; with nobody left, nothing is created.
    User.objects.filter(username="alice").update(is_active=False)
    event = _events(ticket, "transition")[-1]
    Notification.objects.filter(event=event).delete()
    fan_out(event, parsed_document(ticket.version))
    assert not Notification.objects.filter(event=event).exists()


def test_robot_rules_render_fields_safely(world, receiver, django_capture_on_commit_callbacks):
    channel_create(code="slack", name="Slack", kind="slack", config={"url": f"{receiver.url}/slack"})
    channel_create(code="hook", name="Hook", kind="webhook", config={"url": f"{receiver.url}/hook"})
    channel_create(
        code="off", name="Off", kind="webhook", config={"url": f"{receiver.url}/off"}, is_active=False
    )
    channel_create(code="ghost", name="Ghost", kind="webhook", config={"url": f"{receiver.url}/ghost"})
    template = (
        "{serial}: {leave_type} leave for {days} days\n"
        "{creator} says: {reason} | {missing} | {title.__class__} {x!r} {{serial}}"
    )
    workflow = _leave_with(
        [
            {
                "events": ["state_entered"],
                "channel": "slack",
                "template": template,
                "states": ["lead_review"],
            },
            {"events": ["state_entered"], "channel": "hook", "template": template},
            {"events": ["state_entered"], "channel": "ghost"},  # deleted below: skipped with a warning
            {"events": ["state_entered"], "channel": "off"},  # inactive: skipped
            {"events": ["finished"], "channel": "slack", "recipients": ["creator"]},
        ]
    )
    NotificationChannel.objects.filter(code="ghost").delete()  # after publishing, which checks it
    reason = "<!channel> & {title} {__class__}"
    ticket = ticket_create(
        workflow=workflow,
        principal=user_principal("alice"),
        values={**LEAVE, "reason": reason},
        transition="submit",
    )
    ticket.refresh_from_db()
    rows = _process(ticket, django_capture_on_commit_callbacks)
    assert [(row.channel.code, row.rule_index) for row in rows] == [("slack", 0), ("hook", 1)]
    subject = f"{ticket.serial}: annual leave for 5 days"
    # Field values are inserted once, never rendered again; bad placeholders stay as written.
    body = "alice says: <!channel> & {title} {__class__} |  | {title.__class__} {x!r} {serial}"
    assert {(row.subject, row.body) for row in rows} == {(subject, body)}

    assert _send_all(rows) == [SUCCEEDED, SUCCEEDED]
    by_path = {request["path"]: request for request in receiver.requests}
    slack = by_path["/slack"]["json"]
    assert slack["text"] == (
        f"{subject}\nalice says: &lt;!channel&gt; &amp; {{title}} {{__class__}} |  | "
        "{title.__class__} {x!r} {serial}"
    )
    assert "<!channel>" not in json.dumps(slack)
    hook = by_path["/hook"]["json"]
    assert (hook["subject"], hook["body"], hook["recipients"]) == (subject, body, ["lead"])
    assert hook["data"]["ticket"]["serial"] == ticket.serial
    assert hook["data"]["event"] == "state_entered"
    assert by_path["/hook"]["headers"]["Content-Type"] == "application/json"


def test_an_event_processed_twice_sends_once(world, smtp, django_capture_on_commit_callbacks):
    _email_channel(smtp.port)
    ticket = ticket_create(
        workflow=world["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    [event] = _events(ticket, "state_entered")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        process_event.fn(event.pk)
        process_event.fn(event.pk)  # processed already: a no-op
        fan_out(event, parsed_document(ticket.version))  # even a direct second fan-out adds nothing
    assert len(callbacks) == 1
    [row] = Notification.objects.filter(event=event)
    assert deliver(notification_id=row.pk) == SUCCEEDED
    send_notification.fn(row.pk)  # a duplicate message: SUCCEEDED rows are skipped
    assert len(smtp.mailbox.envelopes) == 1
    row.refresh_from_db()
    assert row.attempts == 1


def test_smtp_down_retries_then_delivers(world, django_capture_on_commit_callbacks):
    server = SmtpServer(free_port())  # not started yet: connections are refused
    _email_channel(server.port)
    ticket = ticket_create(
        workflow=world["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    [row] = _process(ticket, django_capture_on_commit_callbacks)

    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=False) as retries:
        assert deliver(notification_id=row.pk) == PENDING
    assert len(retries) == 1  # the retry is enqueued (delayed) once the outcome commits
    row.refresh_from_db()
    assert (row.status, row.attempts) == (PENDING, 1)
    assert row.last_error == "SMTP: could not connect to the server"
    assert row.next_attempt_at is not None
    assert row.next_attempt_at >= before + notification_tasks.RETRY_BASE
    assert deliver(notification_id=row.pk) is None  # not due yet: an early message does nothing

    server.start()
    try:
        assert deliver(notification_id=row.pk, now=row.next_attempt_at) == SUCCEEDED
    finally:
        server.stop()
    [(to, _)] = server.mailbox.messages()
    assert to == ["lead@example.com"]
    row.refresh_from_db()
    assert (row.status, row.attempts, row.last_error) == (SUCCEEDED, 2, "")


def test_retries_give_up_after_max_attempts(world, django_capture_on_commit_callbacks):
    _email_channel(free_port())
    ticket = ticket_create(
        workflow=world["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    [row] = _process(ticket, django_capture_on_commit_callbacks)
    delays = []
    for _ in range(MAX_ATTEMPTS):
        row.refresh_from_db()
        now = row.next_attempt_at or timezone.now()
        deliver(notification_id=row.pk, now=now)
        row.refresh_from_db()
        if row.next_attempt_at is not None:
            delays.append(row.next_attempt_at - now)
    assert (row.status, row.attempts) == (FAILED, MAX_ATTEMPTS)
    assert delays == [notification_tasks.RETRY_BASE * 2**n for n in range(MAX_ATTEMPTS - 1)]
    assert deliver(notification_id=row.pk, now=timezone.now() + timedelta(days=1)) is None


def test_robot_errors_retry_and_refusals_fail_at_once(world, receiver, django_capture_on_commit_callbacks):
    channel_create(code="email", name="WeCom", kind="wecom", config={"url": f"{receiver.url}/wecom"})
    ticket = ticket_create(
        workflow=world["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    [row] = _process(ticket, django_capture_on_commit_callbacks)

    receiver.reply = b'{"errcode": 45009, "errmsg": "api freq out of limit"}'
    assert deliver(notification_id=row.pk) == PENDING
    row.refresh_from_db()
    assert "errcode=45009" in row.last_error
    # WeCom can't @mention in markdown: the mention of lead's phone makes it a text message.
    assert receiver.requests[0]["json"]["text"]["mentioned_mobile_list"] == ["13800138000"]

    receiver.status, receiver.reply = 502, b"bad gateway"
    assert deliver(notification_id=row.pk, now=row.next_attempt_at) == PENDING
    row.refresh_from_db()
    assert row.last_error.startswith("HTTP 502")

    allow_private("it", [])  # loopback is private: refused, and retrying would not help
    assert deliver(notification_id=row.pk, now=row.next_attempt_at) == FAILED
    row.refresh_from_db()
    assert (row.status, row.attempts) == (FAILED, 3)
    assert "private_address" in row.last_error
    assert len(receiver.requests) == 2


def test_sweep_resends_lost_and_stalled_rows(world, smtp, django_capture_on_commit_callbacks, monkeypatch):
    _email_channel(smtp.port)
    ticket = ticket_create(
        workflow=world["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    [row] = _process(ticket, django_capture_on_commit_callbacks)
    sent: list[int] = []
    monkeypatch.setattr(send_notification, "send", lambda notification_id: sent.append(notification_id))

    assert sweep_notifications() == 0  # just created: its message is presumably on its way
    later = timezone.now() + jobs.SWEEP_GRACE + timedelta(seconds=1)
    assert sweep_notifications(now=later) == 1
    assert sweep_notifications(now=later) == 0  # not again right away
    assert sent == [row.pk]

    # A worker died mid-send: the row stays RUNNING until its lease runs out.
    Notification.objects.filter(pk=row.pk).update(status="running", next_attempt_at=later)
    assert sweep_notifications(now=later) == 0
    assert sweep_notifications(now=later + timedelta(seconds=1)) == 1
    row.refresh_from_db()
    assert row.status == PENDING
    assert deliver(notification_id=row.pk, now=later + timedelta(seconds=1)) == SUCCEEDED


# --- the API -----------------------------------------------------------------------------------

EMAIL_CONFIG = {"host": "smtp.example.com", "port": 2525, "from_email": "loonflow@example.com", "timeout": 5}


def _post(client: Client, path: str, body: Any) -> Any:
    return client.post(path, body, content_type="application/json")


def _patch(client: Client, path: str, body: Any) -> Any:
    return client.patch(path, body, content_type="application/json")


def test_channel_crud_never_returns_the_secret(db, login):
    admin = login("it", "root", admin=True)
    created = _post(
        admin,
        "/api/v1/notification-channels",
        {"code": "mail", "name": "Mail", "kind": "email", "config": EMAIL_CONFIG, "secret": "p4ss-w0rd"},
    )
    assert created.status_code == 201, created.content
    channel = created.json()
    assert "secret" not in channel
    assert b"p4ss-w0rd" not in created.content
    assert (channel["has_secret"], channel["is_default"], channel["is_active"]) == (True, False, True)
    assert channel["config"] == EMAIL_CONFIG
    with schema_context("it"):
        stored = NotificationChannel.objects.get(pk=channel["id"])
        assert decrypt_secret(stored.secret_encrypted) == "p4ss-w0rd"
        assert "p4ss-w0rd" not in json.dumps(stored.config)

    path = f"/api/v1/notification-channels/{channel['id']}"
    listed = admin.get("/api/v1/notification-channels")
    assert [item["code"] for item in listed.json()] == ["mail"]
    assert b"p4ss-w0rd" not in listed.content
    assert admin.get(path).json()["has_secret"] is True

    renamed = _patch(admin, path, {"name": "Office mail", "is_default": True})
    assert renamed.status_code == 200, renamed.content
    assert (renamed.json()["name"], renamed.json()["is_default"], renamed.json()["has_secret"]) == (
        "Office mail",
        True,
        True,
    )
    cleared = _patch(admin, path, {"secret": ""})
    assert cleared.json()["has_secret"] is False

    taken = _post(
        admin,
        "/api/v1/notification-channels",
        {"code": "mail", "name": "x", "kind": "email", "config": EMAIL_CONFIG},
    )
    assert taken.status_code == 409
    assert error_of(taken)["code"] == "channel_code_taken"

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
    response = _post(admin, "/api/v1/notification-channels", {"code": "c1", "name": "C", **body})
    assert response.status_code == 422, response.content
    error = error_of(response)
    assert field in [problem["field"] for problem in error["details"]], error
    with schema_context("it"):
        assert not NotificationChannel.objects.exists()


def test_patch_is_validated_too(db, login):
    admin = login("it", "root", admin=True)
    created = _post(
        admin,
        "/api/v1/notification-channels",
        {"code": "c1", "name": "C", "kind": "email", "config": EMAIL_CONFIG},
    )
    path = f"/api/v1/notification-channels/{created.json()['id']}"
    assert _patch(admin, path, {"kind": "slack"}).status_code == 422  # the email config is no robot's
    assert _patch(admin, path, {"config": {"host": ""}}).status_code == 422
    assert _patch(admin, "/api/v1/notification-channels/999999", {"name": "x"}).status_code == 404
    moved = _patch(
        admin, path, {"kind": "slack", "config": {"url": "https://hooks.slack.com/services/T/B/X"}}
    )
    assert moved.status_code == 200, moved.content
    assert moved.json()["kind"] == "slack"


def test_non_admins_are_refused(db, login):
    admin = login("it", "root", admin=True)
    channel = _post(
        admin,
        "/api/v1/notification-channels",
        {"code": "c1", "name": "C", "kind": "email", "config": EMAIL_CONFIG},
    ).json()
    user = login("it", "pat")
    path = f"/api/v1/notification-channels/{channel['id']}"
    responses = [
        user.get("/api/v1/notification-channels"),
        _post(
            user, "/api/v1/notification-channels", {"code": "c2", "name": "C", "kind": "email", "config": {}}
        ),
        user.get(path),
        _patch(user, path, {"name": "mine"}),
        user.delete(path),
        _post(user, f"{path}/test", {}),
        user.get("/api/v1/notifications"),
    ]
    for response in responses:
        assert response.status_code == 403, response.content
        assert error_of(response)["code"] == "permission_denied"


def test_notification_list_filters_and_pages(world, smtp, login, django_capture_on_commit_callbacks):
    channel = _email_channel(smtp.port)
    other = _email_channel(smtp.port, code="other")
    tickets = []
    for _ in range(3):
        ticket = ticket_create(
            workflow=world["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
        )
        _process(ticket, django_capture_on_commit_callbacks)
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


def _permission_ticket(world: dict[str, Workflow]) -> Ticket:
    """A ticket of a workflow without rules: the default notification carries the {url}."""
    values = {"system": "gitlab", "access_level": "write", "justification": "Need to push the release"}
    return ticket_create(
        workflow=world["it-permission"], principal=user_principal("alice"), values=values, transition="submit"
    )


def test_links_follow_the_deployment_scheme_and_port(world, settings, django_capture_on_commit_callbacks):
    """Regression: links were always https and dropped the port (`make run` is http on 8000)."""
    settings.PUBLIC_URL_SCHEME, settings.PUBLIC_PORT = "http", 8000
    _email_channel(free_port(), is_default=True)
    ticket = _permission_ticket(world)
    [row] = _process(ticket, django_capture_on_commit_callbacks)
    assert row.body.endswith(f"\nhttp://it.localhost:8000/tickets/{ticket.pk}")


def test_links_use_the_tenants_own_public_base_url(world, django_capture_on_commit_callbacks):
    from tenants.models import Tenant

    Tenant.objects.filter(schema_name="it").update(public_base_url="https://it.example.com:8443")
    _email_channel(free_port(), is_default=True)
    ticket = _permission_ticket(world)
    [row] = _process(ticket, django_capture_on_commit_callbacks)
    assert row.body.endswith(f"\nhttps://it.example.com:8443/tickets/{ticket.pk}")
