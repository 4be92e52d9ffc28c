"""Seed the demo company: tenants `it` and `hr`, people, departments, roles, an app. Idempotent.

Every password is `loonflow`. The demo app's token is printed only when it is first created.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django_tenants.utils import schema_context

from core.access.auth import Principal
from core.access.models import App, AppGrant, User
from core.access.services import app_create, app_token_issue
from core.directory.schemas import DirectorySyncIn
from core.directory.sync import directory_sync
from core.errors import ApplicationError
from core.tenancy import use_public_schema
from engine.tickets.models import Ticket
from engine.tickets.services import ticket_create, ticket_handle
from engine.workflows.definitions.schema import Sla, SlaAction, TransitionKind, WorkflowDocument
from engine.workflows.models import Workflow
from engine.workflows.samples import SAMPLE_CHANNELS, sample_definitions
from engine.workflows.services import workflow_create, workflow_publish
from integrations.notifications.models import NotificationChannel
from tenants.models import Tenant
from tenants.services import tenant_create, tenant_update

PASSWORD = "loonflow"
DEMO_MAIL_PORT = 1025  # tools/run.py's mail sink
DEMO_TENANTS = {"it": "IT Department", "hr": "Human Resources"}


def _directory(key: str) -> dict[str, Any]:
    return {
        "roles": [
            {"code": "approver", "name": "Approver"},
            {"code": "ops", "name": "Operations"},
            {"code": "dev", "name": "Developers"},
            {"code": "hr", "name": "HR"},
        ],
        "departments": [
            {"code": key, "name": DEMO_TENANTS[key], "leader": "lead", "approver": "lead"},
            {"code": f"{key}-ops", "name": "Operations", "parent": key, "leader": "lead", "approver": "lead"},
            {
                "code": f"{key}-dev",
                "name": "Development",
                "parent": key,
                "leader": "lead",
                "approver": "carol",
            },
        ],
        "users": [
            {
                "username": "lead",
                "display_name": "Lee Lead",
                "email": f"lead@{key}.example.com",
                "departments": [key, f"{key}-ops", f"{key}-dev"],
                "roles": ["approver"],
            },
            {
                "username": "alice",
                "display_name": "Alice Wang",
                "email": f"alice@{key}.example.com",
                "departments": [f"{key}-dev"],
                "roles": ["dev"],
            },
            {
                "username": "bob",
                "display_name": "Bob Li",
                "email": f"bob@{key}.example.com",
                "departments": [f"{key}-ops"],
                "roles": ["ops"],
            },
            {
                "username": "carol",
                "display_name": "Carol Zhang",
                "email": f"carol@{key}.example.com",
                "departments": [f"{key}-dev", f"{key}-ops"],
                "roles": ["approver", "dev", "hr"],
            },
        ],
    }


def demo_release(document: WorkflowDocument) -> WorkflowDocument:
    """The release sample, wired to this server's demo CI and deploy log, on a demo clock: an
    approval nobody gives within a minute passes on its own, a deployment finishes after two."""
    base = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
    states = []
    for state in document.states:
        if state.participant.hook is not None:
            hook = state.participant.hook.model_copy(update={"url": f"{base}/demo/ci"})
            state = state.model_copy(
                update={"participant": state.participant.model_copy(update={"hook": hook})}
            )
        if state.key == "approval":
            sla = Sla(duration_seconds=60, action=SlaAction.AUTO_TRANSITION, transition="approve")
            state = state.model_copy(update={"sla": sla})
        states.append(state)
    transitions = [
        t.model_copy(update={"timer_seconds": 120}) if t.kind == TransitionKind.TIMER else t
        for t in document.transitions
    ]
    webhooks = [w.model_copy(update={"url": f"{base}/demo/webhook"}) for w in document.webhooks]
    return document.model_copy(update={"states": states, "transitions": transitions, "webhooks": webhooks})


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("create_platform_admin", "platform", password=PASSWORD, verbosity=0)
        for key, name in DEMO_TENANTS.items():
            if not Tenant.objects.filter(schema_name=key).exists():
                tenant_create(key=key, name=name, admin_username="admin", admin_password=PASSWORD)
                self.stdout.write(f"created tenant {key}")
            tenant = Tenant.objects.get(schema_name=key)
            if settings.DEMO_ENDPOINTS and not tenant.outbound_private_ranges:
                # The demo CI, deploy log and mail sink live on loopback: opened the way a platform
                # admin opens a private range for a tenant (a tenant admin cannot).
                tenant_update(tenant=tenant, changes={"outbound_private_ranges": ["127.0.0.1/32"]})
            with schema_context(key):
                self._seed_tenant(key)
        use_public_schema()

    def _seed_tenant(self, key: str) -> None:
        summary = directory_sync(payload=DirectorySyncIn(**_directory(key)), actor="seed_demo")
        for user in User.objects.filter(username__in=["admin", "lead", "alice", "bob", "carol"]):
            if not user.check_password(PASSWORD):
                user.set_password(PASSWORD)
                user.save(update_fields=["password"])
        User.objects.filter(username="admin").update(is_tenant_admin=True)
        if not App.objects.filter(name="demo-app").exists():
            app = app_create(
                name="demo-app",
                description="The demo integration",
                scopes=[App.Scope.DIRECTORY_READ, App.Scope.WORKFLOWS],
            )
            AppGrant.objects.create(app=app, workflow_key=AppGrant.ALL_WORKFLOWS)
            _, issued = app_token_issue(app=app, name="demo")
            self.stdout.write(f"tenant {key}: demo-app token (shown once): {issued.plaintext}")
        if summary.changed:
            self.stdout.write(f"tenant {key}: directory {summary.as_dict()}")
        self._seed_workflows(key)

    def _seed_workflows(self, key: str) -> None:
        """Create and publish each sample workflow that is not there yet (never touches edited ones)."""
        admin = User.objects.filter(username="admin").first()  # the tenant's first admin, if any
        for code in SAMPLE_CHANNELS:
            if NotificationChannel.objects.filter(code=code).exists():
                continue
            # The samples' notification rules name it (publishing checks it exists): the mail sink
            # `make run` starts, or else a switched-off channel for the admin to set up.
            demo = settings.DEMO_ENDPOINTS
            NotificationChannel.objects.create(
                code=code,
                name="Email (demo mail sink)" if demo else "Email (set up the SMTP server)",
                kind=NotificationChannel.Kind.EMAIL,
                config={
                    "host": "127.0.0.1",
                    "port": DEMO_MAIL_PORT,
                    "from_email": f"loonflow@{key}.example.com",
                },
                is_default=demo,
                is_active=demo,
            )
        for sample in sample_definitions(key):
            if Workflow.objects.filter(key=sample["key"]).exists():
                continue
            document = sample["document"]
            if sample["key"] == "release" and settings.DEMO_ENDPOINTS:
                document = demo_release(document)
            workflow = workflow_create(
                key=sample["key"],
                name=sample["name"],
                description=sample["description"],
                category=sample["category"],
                document=document,
            )
            version = workflow_publish(workflow=workflow, actor=admin, comment="Seeded sample")
            self.stdout.write(f"tenant {key}: workflow {workflow.key} published as version {version.number}")
        self._seed_tickets(key)

    def _seed_tickets(self, key: str) -> None:
        """A few tickets of each sample in various states, so the demo shows a living system. A
        sample's tickets are filed while it has none (a demo seeded before a sample existed gains
        them on the next run), all or nothing; one that no longer fits an edited workflow is skipped."""
        before = Ticket.objects.count()
        for workflow in Workflow.objects.filter(key__in=TICKET_SEEDERS).order_by("id"):
            if Ticket.objects.filter(workflow=workflow).exists():
                continue
            try:
                with transaction.atomic():
                    TICKET_SEEDERS[workflow.key](workflow)
            except ApplicationError as error:
                self.stdout.write(f"tenant {key}: no demo tickets for {workflow.key}: {error}")
        if Ticket.objects.count() != before:
            self.stdout.write(f"tenant {key}: {Ticket.objects.count()} demo tickets")


def _person(username: str) -> Principal:
    return Principal(user=User.objects.get(username=username))


def _file(workflow: Workflow, username: str, values: dict[str, Any], submit: str | None = "submit") -> Ticket:
    return ticket_create(workflow=workflow, principal=_person(username), values=values, transition=submit)


def _handle(ticket: Ticket, username: str, transition: str, comment: str = "") -> None:
    ticket_handle(ticket_id=ticket.pk, principal=_person(username), transition=transition, comment=comment)


def _leave_tickets(workflow: Workflow) -> None:
    leave = {"leave_type": "annual", "start_date": "2026-12-21", "days": 5, "reason": "Winter holiday"}
    _handle(_file(workflow, "alice", leave), "lead", "lead_approve", "Enjoy, pending HR.")
    _handle(_file(workflow, "bob", {**leave, "days": 1, "reason": "Dentist"}), "lead", "lead_approve")
    _file(workflow, "carol", {"days": 2}, submit=None)


def _permission_tickets(workflow: Workflow) -> None:
    access = {"system": "grafana", "access_level": "read", "justification": "On-call dashboards"}
    _handle(_file(workflow, "alice", access), "lead", "agree")


def _release_tickets(workflow: Workflow) -> None:
    release = {"service": "billing", "version": "v2.4.0", "risk": "low", "window": "2026-12-01T22:00:00Z"}
    _file(workflow, "bob", release)


def _onboarding_tickets(workflow: Workflow) -> None:
    """One just split (three branches open), one whose IT branch has arrived, one finished."""
    hires = [
        {"name": "Dana Smith", "start_date": "2027-01-04", "laptop": True, "desk": "3F-12"},
        {"name": "Evan Zhou", "start_date": "2026-12-14", "laptop": False, "desk": "2F-03"},
        {"name": "Fay Chen", "start_date": "2026-11-30", "laptop": True, "desk": "3F-07"},
    ]
    _just_split, one_arrived, finished = (_file(workflow, "alice", hire) for hire in hires)
    _handle(one_arrived, "bob", "it_ready", "Accounts created.")
    for username, transition in ONBOARDING_PATH:
        _handle(finished, username, transition)


# Who takes which step of the onboarding sample in the demo directory.
ONBOARDING_PATH = (
    ("bob", "it_ready"),
    ("lead", "facilities_ready"),
    ("carol", "hr_ready"),
    ("lead", "sign_off"),
)


def _order_tickets(workflow: Workflow) -> None:
    """One order waiting for its items (two of three delivered), one complete."""
    room = [{"name": "Monitor", "qty": 2}, {"name": "Keyboard", "qty": 2}, {"name": "Desk lamp", "qty": 1}]
    waiting = _file(workflow, "alice", {"purpose": "New team room", "items": room})
    workshop = [{"name": "Whiteboard", "qty": 1}, {"name": "Markers (pack)", "qty": 3}]
    complete = _file(workflow, "carol", {"purpose": "Design workshop", "items": workshop})
    for item in [
        *Ticket.objects.filter(parent=waiting).order_by("id")[:2],
        *Ticket.objects.filter(parent=complete),
    ]:
        _handle(item, "bob", "deliver")


# The demo tickets of each sample, by workflow key (sub-tickets are filed by their parents).
TICKET_SEEDERS: dict[str, Callable[[Workflow], None]] = {
    "leave": _leave_tickets,
    "it-permission": _permission_tickets,
    "release": _release_tickets,
    "onboarding": _onboarding_tickets,
    "order": _order_tickets,
}
