"""Attachments: upload, download as a file (never inline), per-tenant, bounded, and usable in a field."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from conftest import error_of
from engine.tickets.attachments import clean_name
from engine.workflows.samples import field
from engine.workflows.tests.factories import review_document

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _upload(client, name="report.pdf", body=b"%PDF-1.4 hello", content_type="application/pdf"):
    return client.post(
        "/api/v1/attachments", {"file": SimpleUploadedFile(name, body, content_type=content_type)}
    )


def test_upload_then_download(login, tmp_path):
    alice = login("it", "alice")
    response = _upload(alice)
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["name"] == "report.pdf"
    assert body["size"] == 14
    assert body["content_type"] == "application/pdf"
    assert body["url"] == f"http://it.localhost/api/v1/attachments/{body['id']}"
    assert (tmp_path / "attachments" / "it" / body["id"]).read_bytes() == b"%PDF-1.4 hello"

    download = alice.get(f"/api/v1/attachments/{body['id']}")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"%PDF-1.4 hello"
    # Not on a ticket yet: nobody but its uploader may fetch it, even holding the URL.
    bob = login("it", "bob")
    assert bob.get(f"/api/v1/attachments/{body['id']}").status_code == 404
    assert download["Content-Disposition"].startswith("attachment;")
    assert download["X-Content-Type-Options"] == "nosniff"
    assert download["Content-Security-Policy"].startswith("sandbox")


def test_html_uploads_are_served_as_downloads_not_pages(login):
    alice = login("it", "alice")
    body = _upload(alice, "x.html", b"<script>alert(1)</script>", "text/html").json()
    download = alice.get(f"/api/v1/attachments/{body['id']}")
    assert download["Content-Disposition"].startswith("attachment;")
    assert "sandbox" in download["Content-Security-Policy"]


def test_other_tenants_and_strangers_cannot_download(login, client_for):
    alice = login("it", "alice")
    attachment_id = _upload(alice).json()["id"]
    hr = login("hr", "henry")
    assert hr.get(f"/api/v1/attachments/{attachment_id}").status_code == 404
    assert client_for("it").get(f"/api/v1/attachments/{attachment_id}").status_code == 401
    assert client_for("it").post("/api/v1/attachments", {}).status_code == 401


def test_bad_uploads_are_refused_and_store_nothing(login, tmp_path):
    alice = login("it", "alice")
    empty = _upload(alice, body=b"")
    assert empty.status_code == 422
    assert error_of(empty)["code"] == "validation_failed"
    missing = alice.post("/api/v1/attachments", {})
    assert missing.status_code == 422
    with override_settings(ATTACHMENT_MAX_BYTES=4):
        too_big = _upload(alice)
    assert too_big.status_code == 413
    assert error_of(too_big)["code"] == "payload_too_large"
    assert not (tmp_path / "attachments").exists()
    assert alice.get("/api/v1/attachments/not-a-uuid").status_code == 422
    assert alice.get("/api/v1/attachments/00000000-0000-0000-0000-000000000000").status_code == 404


def test_odd_content_types_and_names_are_tamed(login):
    alice = login("it", "alice")
    body = _upload(alice, "../../etc/pass\x00wd", b"x", "not a type").json()
    assert body["name"] == "passwd"
    assert body["content_type"] == "application/octet-stream"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("a/b/c.txt", "c.txt"), ("C:\\x\\y.doc", "y.doc"), ("  ..  ", "file"), ("résumé.pdf", "résumé.pdf")],
)
def test_clean_name(raw, clean):
    assert clean_name(raw) == clean


# ---- on tickets: who may download, link, delete; quotas; the orphan sweep ---------------------------

FILES = review_document("FL", fields=[field("files", "Files", "attachment", required=False)])


@pytest.fixture
def people(make_app, client_for):
    """A workflow with an attachment field, the test directory, and a client per person."""
    from django_tenants.utils import schema_context

    from core.access.models import AppGrant, User
    from engine.workflows.definitions.schema import WorkflowDocument
    from engine.workflows.services import workflow_create, workflow_publish
    from engine.workflows.tests.factories import seed_samples

    with schema_context("it"):
        seed_samples()
        workflow = workflow_create(key="files", name="Files", document=WorkflowDocument.model_validate(FILES))
        workflow_publish(workflow=workflow, actor=None)
        User.objects.filter(username="carol").update(is_tenant_admin=True)
        app, token = make_app("it", "bot", scopes=["workflows", "admin"])
        AppGrant.objects.create(app=app, workflow_key="*")

    def person(username: str):
        client = client_for("it", HTTP_AUTHORIZATION=f"Bearer {token}", HTTP_X_ACTING_USER=username)
        client.workflow_id = workflow.pk
        return client

    return person


def _file_ticket(client, files, **extra):
    body = {"workflow_id": client.workflow_id, "fields": {"files": files}, "transition": "submit", **extra}
    return client.post("/api/v1/tickets", body, content_type="application/json")


def _value(upload):
    body = upload.json()
    return {key: body[key] for key in ("name", "url", "size", "content_type")}


def test_a_file_on_a_ticket_is_for_those_who_may_see_the_ticket(people):
    alice, lead, bob, carol = (people(name) for name in ("alice", "lead", "bob", "carol"))
    upload = _upload(alice)
    file_id = upload.json()["id"]
    # Bob holds the URL of Alice's pending file: he can neither fetch it nor put it on his own ticket.
    assert bob.get(f"/api/v1/attachments/{file_id}").status_code == 404
    laundered = _file_ticket(bob, [_value(upload)])
    assert laundered.status_code == 422
    assert error_of(laundered)["details"][0]["field"] == "fields.files.0.url"

    created = _file_ticket(alice, [_value(upload)])
    assert created.status_code == 201, created.content
    for reader in (alice, lead, carol):  # creator, handler, tenant admin
        assert reader.get(f"/api/v1/attachments/{file_id}").status_code == 200
    assert bob.get(f"/api/v1/attachments/{file_id}").status_code == 404
    assert _file_ticket(bob, [_value(upload)]).status_code == 422  # still not his to use
    # The handler may carry it on to another ticket: he may see it.
    assert _file_ticket(lead, [_value(upload)]).status_code == 201

    # Links elsewhere are left alone; a missing Loonflow file is refused.
    other = {"name": "x", "url": "https://files.example.com/a.pdf", "size": 1, "content_type": "text/plain"}
    assert _file_ticket(alice, [other]).status_code == 201
    gone = {**other, "url": "http://it.localhost/api/v1/attachments/00000000-0000-0000-0000-000000000000"}
    assert _file_ticket(alice, [gone]).status_code == 422


def test_the_uploader_or_an_admin_deletes_a_pending_file_never_one_on_a_ticket(people, tmp_path):
    alice, bob, carol = people("alice"), people("bob"), people("carol")
    first, second, third = (_upload(alice).json()["id"] for _ in range(3))
    assert bob.delete(f"/api/v1/attachments/{first}").status_code == 404
    assert alice.delete(f"/api/v1/attachments/{first}").status_code == 204
    assert not (tmp_path / "attachments" / "it" / first).exists()
    assert alice.get(f"/api/v1/attachments/{first}").status_code == 404
    assert carol.delete(f"/api/v1/attachments/{second}").status_code == 204
    used = alice.get(f"/api/v1/attachments/{third}")
    assert used.status_code == 200
    value = {
        "name": "report.pdf",
        "url": f"http://it.localhost/api/v1/attachments/{third}",
        "size": 14,
        "content_type": "application/pdf",
    }
    assert _file_ticket(alice, [value]).status_code == 201
    refused = alice.delete(f"/api/v1/attachments/{third}")
    assert refused.status_code == 409
    assert error_of(refused)["code"] == "attachment_in_use"
    assert (tmp_path / "attachments" / "it" / third).exists()


def test_pending_uploads_and_tenant_totals_are_capped(people, tmp_path, settings, tenant_it):
    alice, bob = people("alice"), people("bob")
    settings.ATTACHMENT_PENDING_BYTES_PER_USER = 30
    first = _upload(alice)
    assert _upload(alice).status_code == 201  # 28 bytes pending
    refused = _upload(alice)
    assert refused.status_code == 429
    assert error_of(refused)["code"] == "quota_exceeded"
    assert error_of(refused)["details"] == {"quota": "attachment_pending_bytes", "limit": 30, "current": 28}
    assert len(list((tmp_path / "attachments" / "it").iterdir())) == 2  # the refused file is gone
    assert _upload(bob).status_code == 201  # a quota per person
    assert _file_ticket(alice, [_value(first)]).status_code == 201  # on a ticket: no longer pending
    assert _upload(alice).status_code == 201

    tenant_it.max_attachment_bytes = 60  # the platform's override of ATTACHMENT_TENANT_BYTES
    tenant_it.save()
    refused = _upload(bob)
    assert refused.status_code == 429
    assert error_of(refused)["details"] == {"quota": "attachment_bytes", "limit": 60, "current": 56}


def test_the_scheduler_deletes_files_no_ticket_took_up(people, tmp_path, settings):
    from datetime import timedelta

    from django.utils import timezone
    from django_tenants.utils import schema_context

    from engine.tickets.models import Attachment
    from integrations import scheduler

    alice = people("alice")
    old_orphan, old_used, fresh = (_upload(alice) for _ in range(3))
    assert _file_ticket(alice, [_value(old_used)]).status_code == 201
    with schema_context("it"):
        Attachment.objects.filter(pk__in=[old_orphan.json()["id"], old_used.json()["id"]]).update(
            created_at=timezone.now() - timedelta(hours=settings.ATTACHMENT_ORPHAN_HOURS, minutes=1)
        )
    scheduler.housekeeping.forget()
    report = scheduler.tick()
    assert report.deleted == {"orphan_attachments": 1}
    with schema_context("it"):
        left = set(Attachment.objects.values_list("id", flat=True))
    assert {str(pk) for pk in left} == {old_used.json()["id"], fresh.json()["id"]}
    assert {p.name for p in (tmp_path / "attachments" / "it").iterdir()} == {str(pk) for pk in left}


def test_the_upgrade_links_files_that_tickets_already_use(people):
    """The migration's backfill: files referred to by ticket values or flow-log changes are linked
    (so the orphan sweep never takes them); others stay pending."""
    import importlib

    from django.db import connection
    from django_tenants.utils import schema_context

    from engine.tickets.models import Attachment, FlowLog, Ticket, TicketAttachment

    migration = importlib.import_module("engine.migrations.0006_attachment_links_and_pending")
    alice = people("alice")
    used, logged, unused = (_upload(alice) for _ in range(3))
    assert _file_ticket(alice, [_value(used)]).status_code == 201
    with schema_context("it"):
        ticket = Ticket.objects.get()
        FlowLog.objects.filter(ticket=ticket).update(changed_fields={"files": [_value(logged)]})
        TicketAttachment.objects.all().delete()
        Attachment.objects.update(linked_at=None)  # as before the upgrade
        with connection.cursor() as cursor:
            cursor.execute(migration._LINK_EXISTING)
        linked = {
            str(pk) for pk in Attachment.objects.filter(linked_at__isnull=False).values_list("id", flat=True)
        }
        assert linked == {used.json()["id"], logged.json()["id"]}
        assert TicketAttachment.objects.filter(ticket=ticket).count() == 2
    assert unused.json()["id"] not in linked
