"""Notifications end to end: ticket actions → outbox → notification rows → a real SMTP server and
a real HTTP receiver on loopback; retries and the sweep. The API: test_notification_api.py."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

import pytest
from django.utils import timezone

from conftest import allow_private, free_port
from core.access.models import User
from engine.tickets.documents import parsed_document
from engine.tickets.services import ticket_create, ticket_handle
from engine.tickets.tasks import process_event
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.samples import leave_request
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
from integrations.notifications.tests.factories import (
    FAILED,
    PENDING,
    SUCCEEDED,
    email_channel,
    events_of,
    leave_with,
    process,
    send_all,
    split_links,
)
from integrations.tests.factories import published

pytestmark = pytest.mark.django_db


# --- fan-out and delivery ----------------------------------------------------------------------


def test_submit_emails_the_new_handler(world, smtp, django_capture_on_commit_callbacks):
    email_channel(smtp.port, is_default=True)
    ticket = ticket_create(
        workflow=world["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    ticket.refresh_from_db()
    [row] = process(ticket, django_capture_on_commit_callbacks)
    assert row.rule_index == 0  # the document's own rule, on the channel it names
    assert row.recipients == ["lead"]
    assert row.subject == f"[{ticket.serial}] alice: annual leave, 5 day(s): Leader review"
    assert row.body == f"Leave request {ticket.serial} from alice waits for you."

    send_notification.fn(row.pk)
    [(to, mail)] = smtp.mailbox.messages()
    assert to == ["lead@example.com"]
    assert mail["Subject"] == row.subject
    text, links = split_links(mail.get_content())
    assert text == row.body  # then the handler's own action links
    assert [name for name, _url in links] == ["Approve", "Reject"]
    row.refresh_from_db()
    assert (row.status, row.attempts, row.last_error) == (SUCCEEDED, 1, "")
    assert row.finished_at is not None


def test_finishing_emails_the_creator(world, smtp, django_capture_on_commit_callbacks):
    email_channel(smtp.port)
    ticket = ticket_create(
        workflow=world["leave"],
        principal=user_principal("alice"),
        values={**LEAVE, "days": 2},
        transition="submit",
    )
    send_all(process(ticket, django_capture_on_commit_callbacks))
    ticket_handle(ticket_id=ticket.pk, principal=user_principal("lead"), transition="lead_approve")
    ticket.refresh_from_db()
    [row] = process(ticket, django_capture_on_commit_callbacks)
    assert row.event is not None
    assert (row.event.event, row.rule_index, row.recipients) == ("finished", 1, ["alice"])
    assert send_all([row]) == [SUCCEEDED]
    to, mail = smtp.mailbox.messages()[-1]
    assert to == ["alice@example.com"]
    assert mail.get_content().strip() == f"Your leave request {ticket.serial} is done."


def test_default_rules_on_a_workflow_without_any(world, smtp, django_capture_on_commit_callbacks):
    email_channel(smtp.port, code="mail", is_default=True)
    email_channel(smtp.port, code="not-default")
    values = {"system": "gitlab", "access_level": "write", "justification": "Need to push the release"}
    ticket = ticket_create(
        workflow=world["it-permission"], principal=user_principal("alice"), values=values, transition="submit"
    )
    ticket.refresh_from_db()
    [row] = process(ticket, django_capture_on_commit_callbacks)
    assert row.channel.code == "mail"
    assert row.rule_index == notification_rules.DEFAULT_RULE_BASE
    assert row.recipients == ["carol", "lead"]
    assert row.subject == f"You have a ticket to handle: {ticket.title}"
    assert row.body == (
        f"alice asks you to handle {ticket.serial} (IT permission request), now in Security review.\n"
        f"https://it.localhost/tickets/{ticket.pk}"
    )
    assert send_all([row]) == [SUCCEEDED]
    # One mail per handler, each carrying that person's own action links.
    mails = smtp.mailbox.messages()
    assert sorted(to for to, _ in mails) == [["carol@example.com"], ["lead@example.com"]]
    links = [split_links(mail.get_content())[1] for _, mail in mails]
    assert all(len(found) == 2 for found in links)
    assert links[0] != links[1]

    # Rejected into an end state: the creator hears it once, as the ticket finishing.
    ticket_handle(ticket_id=ticket.pk, principal=user_principal("lead"), transition="disagree")
    ticket.refresh_from_db()
    rows = process(ticket, django_capture_on_commit_callbacks)
    assert [(r.event.event if r.event else None, r.recipients) for r in rows] == [("finished", ["alice"])]
    assert rows[0].subject == f"[{ticket.serial}] {ticket.title}: Finished"


def test_default_reject_back_to_the_creator(world, smtp, django_capture_on_commit_callbacks):
    email_channel(smtp.port, is_default=True)
    workflow = leave_with([], returns=True)
    ticket = ticket_create(
        workflow=workflow, principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    assert [row.recipients for row in process(ticket, django_capture_on_commit_callbacks)] == [["lead"]]
    ticket_handle(
        ticket_id=ticket.pk, principal=user_principal("lead"), transition="lead_reject", comment="Not now"
    )
    ticket.refresh_from_db()
    [row] = process(ticket, django_capture_on_commit_callbacks)  # the draft state has no handlers
    assert row.event is not None
    assert (row.event.event, row.recipients) == ("transition", ["alice"])
    assert row.subject == f"[{ticket.serial}] {ticket.title}: rejected"
    assert row.body.startswith(f"lead rejected your ticket {ticket.serial} (Reject); it is now in Draft.")
    assert "Not now" in row.body
    assert send_all([row]) == [SUCCEEDED]


def test_a_breached_sla_reminds_the_handlers_by_default(world, smtp, django_capture_on_commit_callbacks):
    from engine.tickets.models import Timer
    from engine.tickets.runtime.background import timer_fire

    email_channel(smtp.port, code="mail", is_default=True)
    data = leave_request("it")
    states = [
        {**state, "sla": {"duration_seconds": 60, "action": "remind"}}
        if state["key"] == "lead_review"
        else state
        for state in data["document"]["states"]
    ]
    document = WorkflowDocument.model_validate({**data["document"], "notifications": [], "states": states})
    workflow = published("leave-sla", document, name="Leave with SLA")
    ticket = ticket_create(
        workflow=workflow, principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    process(ticket, django_capture_on_commit_callbacks)
    timer_fire(timer_id=Timer.objects.get(ticket=ticket, kind="sla").pk)
    ticket.refresh_from_db()
    [row] = process(ticket, django_capture_on_commit_callbacks)
    assert row.event is not None
    assert (row.event.event, row.recipients) == ("sla_breached", ["lead"])
    assert row.subject == f"Overdue: {ticket.title}"


def test_an_sla_warning_emails_the_handlers_when_it_runs_out(world, smtp, django_capture_on_commit_callbacks):
    from engine.tickets.models import Timer
    from engine.tickets.runtime.background import timer_fire

    email_channel(smtp.port, code="mail", is_default=True)
    data = leave_request("it")
    sla = {"duration_seconds": 7200, "warn_before_seconds": 3600, "action": "remind"}
    states = [
        {**state, "sla": sla} if state["key"] == "lead_review" else state
        for state in data["document"]["states"]
    ]
    document = WorkflowDocument.model_validate({**data["document"], "notifications": [], "states": states})
    workflow = published("leave-warn", document, name="Leave with warning")
    ticket = ticket_create(
        workflow=workflow, principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    process(ticket, django_capture_on_commit_callbacks)
    due = Timer.objects.get(ticket=ticket, kind="sla").due_at
    timer_fire(timer_id=Timer.objects.get(ticket=ticket, kind="sla_warning").pk)
    [row] = process(ticket, django_capture_on_commit_callbacks)
    assert row.event is not None
    assert (row.event.event, row.recipients) == ("sla_warning", ["lead"])
    assert row.subject == f"Due soon: {ticket.title}"
    assert f"its SLA runs out at {due.astimezone(UTC):%Y-%m-%d %H:%M} UTC" in row.body
    assert send_all([row]) == [SUCCEEDED]


def test_nobody_is_told_about_their_own_action(world, smtp, django_capture_on_commit_callbacks):
    email_channel(smtp.port)
    workflow = leave_with(
        [{"events": ["transition"], "channel": "email", "recipients": ["participants", "creator"]}]
    )
    ticket = ticket_create(
        workflow=workflow, principal=user_principal("alice"), values={**LEAVE, "days": 2}, transition="submit"
    )
    # alice submitted: of the participants (alice, and lead who must handle it) only lead hears.
    assert [row.recipients for row in process(ticket, django_capture_on_commit_callbacks)] == [["lead"]]
    ticket_handle(ticket_id=ticket.pk, principal=user_principal("lead"), transition="lead_approve")
    # lead approved: alice hears, lead does not.
    assert [row.recipients for row in process(ticket, django_capture_on_commit_callbacks)] == [["alice"]]
    # Inactive people are skipped too; with nobody left, nothing is created.
    User.objects.filter(username="alice").update(is_active=False)
    event = events_of(ticket, "transition")[-1]
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
    workflow = leave_with(
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
    rows = process(ticket, django_capture_on_commit_callbacks)
    assert [(row.channel.code, row.rule_index) for row in rows] == [("slack", 0), ("hook", 1)]
    subject = f"{ticket.serial}: annual leave for 5 days"
    # Field values are inserted once, never rendered again; bad placeholders stay as written.
    body = "alice says: <!channel> & {title} {__class__} |  | {title.__class__} {x!r} {serial}"
    assert {(row.subject, row.body) for row in rows} == {(subject, body)}

    assert send_all(rows) == [SUCCEEDED, SUCCEEDED]
    by_path = {request["path"]: request for request in receiver.requests}
    slack = by_path["/slack"]["json"]
    text, links = split_links(slack["text"])
    assert text == (
        f"{subject}\nalice says: &lt;!channel&gt; &amp; {{title}} {{__class__}} |  | "
        "{title.__class__} {x!r} {serial}\n\nlead:"
    )  # a chat message lists each handler's links under their name
    assert [name for name, _url in links] == ["Approve", "Reject"]
    assert "<!channel>" not in json.dumps(slack)
    hook = by_path["/hook"]["json"]
    assert (hook["subject"], hook["body"], hook["recipients"]) == (subject, body, ["lead"])
    assert hook["data"]["ticket"]["serial"] == ticket.serial
    assert hook["data"]["event"] == "state_entered"
    assert by_path["/hook"]["headers"]["Content-Type"] == "application/json"


def test_an_event_processed_twice_sends_once(world, smtp, django_capture_on_commit_callbacks):
    email_channel(smtp.port)
    ticket = ticket_create(
        workflow=world["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    [event] = events_of(ticket, "state_entered")
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
    email_channel(server.port)
    ticket = ticket_create(
        workflow=world["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    [row] = process(ticket, django_capture_on_commit_callbacks)

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
    email_channel(free_port())
    ticket = ticket_create(
        workflow=world["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    [row] = process(ticket, django_capture_on_commit_callbacks)
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
    [row] = process(ticket, django_capture_on_commit_callbacks)

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
    email_channel(smtp.port)
    ticket = ticket_create(
        workflow=world["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
    )
    [row] = process(ticket, django_capture_on_commit_callbacks)
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
