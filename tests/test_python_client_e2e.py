"""One leave request from creation to its end through gunicorn, driven only by the Python client
(clients/python): an app lists the workflows, files the ticket for alice, and acts for the lead and
for HR until it is finished; the flow log tells the story. The app signs every request.

No `django_db` mark: gunicorn only sees committed rows, so the fixture commits the sample
workflows, people and app in the `it` tenant and removes them afterwards.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.db import connection
from django_tenants.utils import schema_context
from loonflow_client import LoonflowClient
from loonflow_client.generated.api.tickets import (
    engine_tickets_actions_accept_ticket as accept_ticket,
)
from loonflow_client.generated.api.tickets import (
    engine_tickets_actions_create_ticket as create_ticket,
)
from loonflow_client.generated.api.tickets import (
    engine_tickets_actions_handle_ticket as handle_ticket,
)
from loonflow_client.generated.api.tickets import (
    engine_tickets_reads_ticket_detail as ticket_detail,
)
from loonflow_client.generated.api.tickets import (
    engine_tickets_reads_ticket_flow_log as flow_log,
)
from loonflow_client.generated.api.workflows import engine_api_list_workflows as list_workflows
from loonflow_client.generated.models import (
    TicketCreateIn,
    TicketCreateInFields,
    TicketHandleIn,
    TicketHandleInFields,
)

from conftest import free_port, host_of, test_database_url

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
APP_NAME = "pyclient-e2e"


@dataclass
class Server:
    base: str
    token: str
    secret: str


def _wait_port(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError("gunicorn did not start")


def _forget() -> None:
    from core.access.models import App
    from engine.workflows.tests.factories import unseed_samples

    unseed_samples()
    App.objects.filter(name=APP_NAME).delete()


@pytest.fixture(scope="module")
def server(django_db_setup: None, django_db_blocker: Any, tmp_path_factory: Any) -> Iterator[Server]:
    from core.access.models import AppGrant
    from core.access.services import app_create, app_signing_secret_rotate, app_token_issue
    from engine.workflows.tests.factories import seed_samples

    with django_db_blocker.unblock():
        with schema_context("it"):
            _forget()
            seed_samples(["leave"])
            app = app_create(name=APP_NAME, scopes=["admin"], require_signature=False)
            secret = app_signing_secret_rotate(app=app)
            app.require_signature = True
            app.save(update_fields=["require_signature"])
            AppGrant.objects.create(app=app, workflow_key=AppGrant.ALL_WORKFLOWS, can_act_as_user=True)
            token = app_token_issue(app=app)[1].plaintext
        connection.set_schema_to_public()
        port = free_port()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": test_database_url(),
            "REDIS_URL": settings.REDIS_URL,
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "WEB_CONCURRENCY": "1",
            "GUNICORN_THREADS": "2",
            "GUNICORN_ACCESS_LOG": "0",
            "PROMETHEUS_MULTIPROC_DIR": str(tmp_path_factory.mktemp("metrics")),
            "LOG_LEVEL": "WARNING",
        }
        process = subprocess.Popen(
            [str(BIN / "gunicorn"), "-c", "config/gunicorn.py", "config.wsgi"],
            cwd=ROOT / "backend",
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            _wait_port(port, process)
            yield Server(base=f"http://127.0.0.1:{port}", token=token, secret=secret)
        finally:
            process.terminate()
            process.wait(timeout=30)
            with schema_context("it"):
                _forget()
            connection.set_schema_to_public()


def _as(server: Server, username: str) -> LoonflowClient:
    # Python cannot resolve *.localhost: connect to loopback and name the tenant in Host.
    return LoonflowClient(
        server.base, server.token, host=host_of("it"), signing_secret=server.secret, acting_user=username
    )


def test_a_leave_request_from_creation_to_its_end(server):
    alice, lead, carol = _as(server, "alice"), _as(server, "lead"), _as(server, "carol")

    workflows = list_workflows.sync(client=alice.api)
    assert isinstance(workflows, list)
    leave = next(workflow for workflow in workflows if workflow.key == "leave")

    fields = {"leave_type": "annual", "start_date": "2026-12-21", "days": 5, "reason": "Winter"}
    filed = create_ticket.sync_detailed(
        client=alice.idempotent("alice-leave-2026-12"),
        body=TicketCreateIn(
            workflow_id=leave.id, transition="submit", fields=TicketCreateInFields.from_dict(fields)
        ),
    )
    assert filed.status_code == 201, filed.content
    ticket = filed.parsed
    assert (ticket.state, ticket.status) == ("lead_review", "in_progress")

    # The lead approves with a version that is already stale (the one before the submit): the
    # client reads the ticket again and approves once more, this time against its current version.
    def current() -> int:
        return ticket_detail.sync(ticket.id, client=lead.api).row_version

    answers: list[int] = []

    def approve(if_match: str) -> Any:
        answer = handle_ticket.sync_detailed(
            ticket.id,
            client=lead.api,
            body=TicketHandleIn(transition="lead_approve", comment="Enjoy"),
            if_match=if_match,
        )
        answers.append(answer.status_code)
        return answer

    approved = LoonflowClient.if_match_retry(approve, version=ticket.row_version - 1, current=current)
    assert answers == [412, 200]
    assert approved.status_code == 200, approved.content
    assert approved.parsed.state == "hr_review"  # more than three days: HR decides too

    claimed = accept_ticket.sync_detailed(ticket.id, client=carol.api)
    assert claimed.status_code == 200, claimed.content
    done = handle_ticket.sync_detailed(
        ticket.id,
        client=carol.api,
        body=TicketHandleIn(
            transition="hr_approve", fields=TicketHandleInFields.from_dict({"hr_note": "Fine"})
        ),
        if_match=f'"{claimed.parsed.row_version}"',
    )
    assert done.status_code == 200, done.content
    assert (done.parsed.state, done.parsed.status) == ("approved", "finished")

    history = flow_log.sync(ticket.id, client=alice.api)
    assert isinstance(history, list)
    steps = [(row.actor.username, row.transition, row.to_state, row.via_app) for row in history]
    assert steps[-3:] == [
        ("lead", "lead_approve", "hr_review", APP_NAME),
        ("carol", "", "hr_review", APP_NAME),
        ("carol", "hr_approve", "approved", APP_NAME),
    ]
    assert steps[0][:1] == ("alice",)
    assert [row.comment for row in history if row.transition == "lead_approve"] == ["Enjoy"]
