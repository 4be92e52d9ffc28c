"""Fixtures of the audit tests: a tenant admin's client on `it`, the platform admin's on the public
host, `records(key)`: the audit rows of a schema, oldest first, and `scene`: what the write-coverage
test's requests need to exist first (a published workflow, a ticket waiting on someone, an app with a
token, a tenant...), built lazily, so each test builds only what its one request needs. A path
parameter is filled from the scene value of the same name (`{app_id}` → `scene.app_id`) unless the
table in factories.py says which (`ids={"ticket_id": "consulted_ticket"}`)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from functools import cached_property
from io import StringIO
from typing import Any, TypeVar

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django_tenants.utils import schema_context

from conftest import PASSWORD
from core.tests.factories import send

PLATFORM_PASSWORD = "platform-audit-pass"


@pytest.fixture
def admin(login: Callable[..., Client]) -> Client:
    return login("it", "boss", admin=True)


@pytest.fixture
def platform(db: None, client_for: Callable[..., Client]) -> Client:
    call_command("create_platform_admin", "root", password=PLATFORM_PASSWORD, stdout=StringIO())
    client = client_for("public")
    response = client.post(
        "/api/v1/platform/auth/login",
        {"username": "root", "password": PLATFORM_PASSWORD},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    return client


@pytest.fixture
def records() -> Callable[[str], list[Any]]:
    from core.audit.models import AuditRecord

    def read(key: str) -> list[Any]:
        with schema_context(key):
            return list(AuditRecord.objects.order_by("id"))

    return read


@pytest.fixture
def started(db: None) -> str:
    """When the test began: tests that commit from other threads leave audit rows behind (they can
    never be deleted), so list assertions look only at rows from now on. Request it first."""
    from django.utils import timezone

    return timezone.now().isoformat()


@pytest.fixture
def scene(login: Callable[..., Client], client_for: Callable[..., Client]) -> Scene:
    return Scene(login=login, client_for=client_for)


TENANT = "it"
ADMIN = "boss"  # the tenant admin who sends most requests
PLATFORM_ROOT = "root"
T = TypeVar("T")
ROBOT_URL = "https://oapi.dingtalk.com/robot/send?access_token=scene-token"
HOOK_URL = "https://ci.example.com/check"


def _in_it(build: Callable[[Scene], T]) -> cached_property[T]:
    """A lazy scene value built in the `it` schema."""

    @functools.wraps(build)
    def in_schema(scene: Scene) -> T:
        with schema_context(TENANT):
            return build(scene)

    return cached_property(in_schema)


class Scene:
    """Clients and objects for the write requests (tenant `it` and the platform), made on first use."""

    def __init__(self, *, login: Callable[..., Client], client_for: Callable[..., Client]) -> None:
        self._login = login
        self._client_for = client_for
        self._clients: dict[str, Client] = {}

    # ---- who sends ----------------------------------------------------------------------------

    def client(self, who: str) -> Client:
        """`admin` (a tenant admin), `anonymous` (nobody signed in), `platform` (the platform admin),
        `platform-anonymous`, or a person of the seeded directory (alice, lead, carol...)."""
        if who not in self._clients:
            self._clients[who] = self._make_client(who)
        return self._clients[who]

    def _make_client(self, who: str) -> Client:
        if who == "admin":
            return self._login(TENANT, ADMIN, admin=True)
        if who in ("anonymous", "platform-anonymous"):
            return self._client_for("public" if who.startswith("platform") else TENANT)
        if who == "platform":
            return self._platform_client()
        client = self._client_for(TENANT)
        response = send(client, "post", "/api/v1/auth/login", self.credentials(who))
        assert response.status_code == 200, response.content
        return client

    def credentials(self, username: str) -> dict[str, str]:
        """A login body for the platform admin or a person of the seeded directory (made first)."""
        if username == PLATFORM_ROOT:
            self.platform_admin  # created once
        else:
            self.leave  # the seeded directory has the person
        return {"username": username, "password": PASSWORD}

    def _platform_client(self) -> Client:
        client = self._client_for("public")
        body = self.credentials(PLATFORM_ROOT)
        response = send(client, "post", "/api/v1/platform/auth/login", body)
        assert response.status_code == 200, response.content
        return client

    @cached_property
    def platform_admin(self) -> str:
        call_command("create_platform_admin", PLATFORM_ROOT, password=PASSWORD, stdout=StringIO())
        return PLATFORM_ROOT

    # ---- workflows ------------------------------------------------------------------------------

    @_in_it
    def leave(self) -> Any:
        """The leave sample, published (v1, with draft v2), and its directory; every person's
        password is conftest.PASSWORD."""
        from core.access.models import User
        from engine.workflows.tests.factories import seed_samples

        workflow = seed_samples(("leave",))["leave"]
        for user in User.objects.exclude(username=ADMIN):
            user.set_password(PASSWORD)
            user.save(update_fields=["password"])
        return workflow

    @property
    def workflow_id(self) -> int:
        return int(self.leave.pk)

    number = 1  # the leave sample's published version
    template_key = "leave"

    @_in_it
    def compat_app_id(self) -> int:
        """An app of the Loonflow 2.x-compatible API (integrations.v2compat)."""
        from integrations.v2compat.services import compat_app_create

        return int(compat_app_create(name="scene-oa")[0].pk)

    @_in_it
    def spare_workflow_id(self) -> int:
        """A workflow nothing refers to (to delete)."""
        from engine.workflows.services import workflow_create

        return int(workflow_create(key="spare", name="Spare").pk)

    @_in_it
    def draft_etag(self) -> str:
        from engine.workflows.selectors import draft_get

        return str(draft_get(workflow=self.leave).etag)

    @_in_it
    def draft_document(self) -> dict[str, Any]:
        from engine.workflows.selectors import draft_get

        return dict(draft_get(workflow=self.leave).document)

    @cached_property
    def export_bundle(self) -> dict[str, Any]:
        """The leave workflow exported (as a file an admin would import), under another key."""
        response = self.client("admin").get(f"/api/v1/workflows/{self.workflow_id}/export?format=json")
        assert response.status_code == 200, response.content
        bundle = response.json()
        bundle["workflow"]["key"] = "leave_imported"
        return dict(bundle)

    # ---- tickets --------------------------------------------------------------------------------

    def _leave_ticket(self, *, submit: bool = True) -> Any:
        from engine.tickets.tests.factories import create_ticket

        return create_ticket(self.leave, "alice", submit=submit)

    @cached_property
    def ticket_id(self) -> int:
        """alice's leave request, waiting on her department's leader (lead)."""
        return int(self._leave_ticket().pk)

    @cached_property
    def draft_ticket(self) -> int:
        """alice's leave request, saved as a draft (she may still change its fields)."""
        return int(self._leave_ticket(submit=False).pk)

    @cached_property
    def hr_ticket(self) -> int:
        """A leave request at HR review, offered to the hr role (carol and dave may accept it)."""
        from engine.tickets.tests.factories import handle_ticket

        ticket = self._leave_ticket()
        handle_ticket(ticket, "lead", "lead_approve")
        return int(ticket.pk)

    @cached_property
    def delegation_id(self) -> int:
        """lead's delegation to bob for the coming week."""
        from engine.delegations.tests.factories import delegate

        self.leave  # the seeded directory has them
        return int(delegate("lead", "bob").pk)

    @_in_it
    def consulted_ticket(self) -> int:
        """A leave request on which lead asked carol's opinion."""
        from engine.tickets.services import ticket_consult
        from engine.workflows.tests.factories import user_principal

        ticket = self._leave_ticket()
        ticket_consult(ticket_id=ticket.pk, principal=user_principal("lead"), to="carol")
        return int(ticket.pk)

    @_in_it
    def item_id(self) -> int:
        """A notification in lead's inbox: alice's leave request waits for lead."""
        from engine.tickets.tasks import process_event
        from integrations.inbox.models import InboxItem

        ticket = self._leave_ticket()
        for event in ticket_events(ticket):
            process_event.fn(event)
        return int(InboxItem.objects.get(ticket=ticket, user__username="lead").pk)

    @_in_it
    def link_token(self) -> str:
        """lead's approve link for alice's leave request (as an approval email carries it)."""
        from integrations.actionlinks.tests.factories import lead_links

        return lead_links(self._leave_ticket())["lead_approve"]

    def _hook_ticket(self, *, key: str, wait: bool, status: str) -> Any:
        from integrations.hooks.models import HookCall
        from integrations.hooks.tests.factories import hook_workflow, submit

        self.leave  # alice files it
        ticket = submit(hook_workflow(HOOK_URL, key=key, wait=wait))
        HookCall.objects.filter(ticket=ticket).update(status=status, attempts=1)
        return ticket

    @_in_it
    def waiting_hook_ticket(self) -> int:
        """A ticket whose hook was called and waits for the signed answer."""
        return int(self._hook_ticket(key="ci_wait", wait=True, status="waiting").pk)

    @_in_it
    def hook_call_key(self) -> str:
        from integrations.hooks.models import HookCall

        return str(HookCall.objects.get(ticket_id=self.waiting_hook_ticket).key)

    @_in_it
    def failed_hook_ticket(self) -> int:
        """A ticket whose hook call failed for good (an intervenor may retry it)."""
        return int(self._hook_ticket(key="ci_fail", wait=False, status="failed").pk)

    @_in_it
    def signing_secret(self) -> str:
        from integrations.common.settings import signing_secret

        return str(signing_secret())

    @cached_property
    def attachment_id(self) -> str:
        """A pending upload of the admin's."""
        response = self.client("admin").post("/api/v1/attachments", {"file": self.upload()})
        assert response.status_code == 201, response.content
        return str(response.json()["id"])

    @staticmethod
    def upload() -> SimpleUploadedFile:
        return SimpleUploadedFile("note.txt", b"audit me", content_type="text/plain")

    # ---- directory, apps ------------------------------------------------------------------------

    @_in_it
    def user_id(self) -> int:
        from core.directory.services import user_create

        return int(user_create(username="temp", password=PASSWORD).pk)

    @_in_it
    def department_id(self) -> int:
        from core.directory.services import department_create

        return int(department_create(code="temp", name="Temp").pk)

    @_in_it
    def role_id(self) -> int:
        from core.directory.services import role_create

        return int(role_create(code="temp", name="Temp").pk)

    @_in_it
    def _app(self) -> tuple[Any, Any]:
        from core.access.models import AppToken
        from core.access.services import app_create, app_token_issue

        app = app_create(name="crm", scopes=["workflows"])
        app_token_issue(app=app)
        return app, AppToken.objects.get(app=app)

    @property
    def app_id(self) -> int:
        return int(self._app[0].pk)

    @property
    def token_id(self) -> int:
        return int(self._app[1].pk)

    # ---- integrations, calendar -----------------------------------------------------------------

    @_in_it
    def channel_id(self) -> int:
        """A DingTalk robot channel (its test message needs no address of yours)."""
        from integrations.notifications.services import channel_create

        return int(channel_create(code="ding", name="Ding", kind="dingtalk", config={"url": ROBOT_URL}).pk)

    @_in_it
    def script_id(self) -> int:
        from integrations.scripts.services import script_create

        return int(script_create(code="stamp", name="Stamp", source="print('{}')\n").pk)

    @_in_it
    def _webhook(self) -> Any:
        from integrations.webhooks.services import webhook_create

        webhook, _secret = webhook_create(name="crm", url="https://hooks.example.com/in", events=["created"])
        return webhook

    @property
    def webhook_id(self) -> int:
        return int(self._webhook.pk)

    @_in_it
    def source_id(self) -> int:
        """An LDAP source (integrations/ldapsync); nothing reads the directory in this test."""
        from integrations.ldapsync.services import ldap_source_create

        return int(
            ldap_source_create(
                name="corp", server_url="ldaps://ldap.example.com", user_base_dn="dc=example,dc=com"
            ).pk
        )

    @_in_it
    def provider_id(self) -> int:
        """An OpenID provider whose discovery the guard refuses at once (loopback is not opened)."""
        from integrations.sso.models import OidcProvider

        return int(
            OidcProvider.objects.create(
                key="corp", label="Corp", issuer="http://127.0.0.1:9", client_id="lf"
            ).pk
        )

    @_in_it
    def personal_token_id(self) -> int:
        """One of alice's own tokens (she revokes it, or a tenant admin does)."""
        from core.access.models import User
        from core.access.services import personal_token_issue

        self.client("alice")  # alice exists once her client does
        token, _issued = personal_token_issue(
            user=User.objects.get(username="alice"), name="agent", scopes=["workflows"]
        )
        return int(token.pk)

    @_in_it
    def scim_token_id(self) -> int:
        from integrations.scim.services import scim_token_create

        token, _issued = scim_token_create(name="okta")
        return int(token.pk)

    @_in_it
    def delivery_id(self) -> int:
        """A delivery that failed for good (an admin may send it again)."""
        from integrations.webhooks.models import WebhookDelivery

        row = WebhookDelivery.objects.create(
            webhook=self._webhook, event_name="created", url=self._webhook.url, payload={}, status="failed"
        )
        return int(row.pk)

    @_in_it
    def view_id(self) -> int:
        """A saved ticket view of alice's (she sends the requests on it)."""
        from core.access.models import User
        from engine.ticketlists.models import SavedView

        self.leave  # the seeded directory has alice
        return SavedView.objects.create(user=User.objects.get(username="alice"), name="Mine", view="todo").pk

    @_in_it
    def holiday_day(self) -> str:
        from datetime import date

        from engine.calendars.services import holiday_set

        holiday_set(day=date(2026, 12, 24), name="Eve")
        return "2026-12-24"

    @_in_it
    def workday_day(self) -> str:
        from datetime import date

        from engine.calendars.services import workday_set

        workday_set(day=date(2026, 2, 14), name="Swap", hours=[{"start": "09:00", "end": "12:00"}])
        return "2026-02-14"

    # ---- the platform ---------------------------------------------------------------------------

    @cached_property
    def _tenant(self) -> Any:
        from tenants.services import domain_add, tenant_create

        tenant = tenant_create(key="aud", name="Audit Co")
        domain_add(tenant=tenant, domain="audit-co.localhost")
        return tenant

    @property
    def tenant_id(self) -> int:
        return int(self._tenant.pk)

    @cached_property
    def suspended_tenant(self) -> int:
        from tenants.services import tenant_suspend

        tenant_suspend(tenant=self._tenant)
        return self.tenant_id

    @property
    def domain_id(self) -> int:
        return int(self._tenant.domains.get(domain="audit-co.localhost").pk)


def ticket_events(ticket: Any) -> list[int]:
    """The ids of a ticket's outbox events, in order."""
    from engine.tickets.models import OutboxEvent

    return list(OutboxEvent.objects.filter(ticket=ticket).order_by("pk").values_list("pk", flat=True))
