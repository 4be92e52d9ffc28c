"""Limits hold under parallel requests: a workflow's submit limit and the tenant's `max_workflows`.

Before the fix both were "count, then insert" with no lock: 20 parallel creations let 2-6 tickets
past a limit of one, and the workflow quota was overshot by 5. Now each count runs under an
advisory lock held until the insert commits (`core.locks`). Committed data, real threads: no
`django_db` mark, the tests clean up after themselves.
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any

from django.db import connection
from django.test import Client
from django_tenants.utils import schema_context

from core.access.models import AppGrant
from core.access.services import app_create, app_token_issue
from core.tenancy import use_public_schema
from core.tests.parallel import codes, run_parallel
from engine.tickets.models import Ticket
from engine.workflows.definitions.schema import SubmitLimit
from engine.workflows.models import Workflow
from engine.workflows.services import workflow_create, workflow_publish
from engine.workflows.tests.factories import LEAVE, seed_samples, unseed_samples
from tenants.models import Tenant

ROUNDS = 3
HOST = "it.localhost"


def _cleanup(app_names: list[str]) -> None:
    with schema_context("it"):
        from core.access.models import App

        unseed_samples()  # the samples' notification channel included: committed rows outlive the test
        App.objects.filter(name__in=app_names).delete()
    Tenant.objects.filter(schema_name="it").update(max_users=None, max_workflows=None)
    use_public_schema()


def _token(name: str, scopes: list[str]) -> str:
    app = app_create(name=name, scopes=scopes)
    AppGrant.objects.create(app=app, workflow_key="*")
    return app_token_issue(app=app)[1].plaintext


def _post_ticket(workflow_id: int, client: Client) -> Any:
    return client.post(
        "/api/v1/tickets",
        {"workflow_id": workflow_id, "fields": LEAVE, "transition": "submit"},
        content_type="application/json",
    )


def test_submit_limit_lets_exactly_one_of_twenty_parallel_creations_through(
    django_db_setup, django_db_blocker
):
    with django_db_blocker.unblock():
        try:
            with schema_context("it"):
                seed_samples()
                leave = Workflow.objects.get(key="leave")
                document = leave.versions.get(status="published").document
                limited = workflow_create(key="limited", name="Limited", document=None)
                draft = limited.versions.get()
                draft.document = {
                    **document,
                    "submit_limit": SubmitLimit(count=1, period_seconds=86400).model_dump(),
                }
                draft.save()
                workflow_publish(workflow=limited, actor=None)
                token = _token("race-bot", ["workflows"])
            connection.close()
            for round_ in range(ROUNDS):
                responses = run_parallel(
                    [partial(_post_ticket, limited.pk)] * 20,
                    host=HOST,
                    HTTP_AUTHORIZATION=f"Bearer {token}",
                    HTTP_X_ACTING_USER="alice",
                )
                assert codes(responses) == [(201, None)] + [(429, "submit_limit")] * 19, round_
                with schema_context("it"):
                    assert Ticket.objects.filter(workflow=limited).count() == 1
                    Ticket.objects.filter(workflow=limited).delete()
                connection.close()
        finally:
            _cleanup(["race-bot"])


def _create(index: int, client: Client) -> Any:
    return client.post(
        "/api/v1/workflows", {"key": f"made_{index}", "name": "Made"}, content_type="application/json"
    )


def _import(bundle: dict[str, Any], index: int, client: Client) -> Any:
    body = {**bundle, "workflow": {**bundle["workflow"], "key": f"imported_{index}"}}
    return client.post("/api/v1/workflows/import", json.dumps(body), content_type="application/json")


def _clone(source_id: int, index: int, client: Client) -> Any:
    return client.post(
        f"/api/v1/workflows/{source_id}/clone",
        {"key": f"cloned_{index}", "name": "Cloned"},
        content_type="application/json",
    )


def test_workflow_quota_holds_under_parallel_creates_imports_and_clones(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        try:
            with schema_context("it"):
                source = workflow_create(key="source", name="Source")
                token = _token("quota-bot", ["admin"])
            connection.close()
            admin = Client(HTTP_HOST=HOST, HTTP_AUTHORIZATION=f"Bearer {token}")
            bundle = admin.get(f"/api/v1/workflows/{source.pk}/export?format=json").json()
            connection.close()
            Tenant.objects.filter(schema_name="it").update(max_workflows=4)  # the source + 3
            for round_ in range(ROUNDS):
                requests = (
                    [partial(_create, i) for i in range(7)]
                    + [partial(_import, bundle, i) for i in range(7)]
                    + [partial(_clone, source.pk, i) for i in range(6)]
                )
                responses = run_parallel(requests, host=HOST, HTTP_AUTHORIZATION=f"Bearer {token}")
                assert codes(responses) == [(201, None)] * 3 + [(429, "quota_exceeded")] * 17, round_
                with schema_context("it"):
                    assert Workflow.objects.count() == 4
                    Workflow.objects.exclude(pk=source.pk).delete()
                connection.close()
        finally:
            _cleanup(["quota-bot"])


def _upload(index: int, client: Client) -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post("/api/v1/attachments", {"file": SimpleUploadedFile(f"f{index}.txt", b"0123456789")})


def test_upload_quota_holds_under_twenty_parallel_uploads(
    django_db_setup, django_db_blocker, settings, tmp_path
):
    """Pending bytes per uploader: 20 parallel 10-byte uploads against a 30-byte quota store 3."""
    from engine.tickets.models import Attachment

    settings.MEDIA_ROOT = tmp_path
    settings.ATTACHMENT_PENDING_BYTES_PER_USER = 30
    with django_db_blocker.unblock():
        try:
            with schema_context("it"):
                token = _token("upload-bot", ["workflows"])
            use_public_schema()
            for round_ in range(ROUNDS):
                responses = run_parallel(
                    [partial(_upload, i) for i in range(20)], host=HOST, HTTP_AUTHORIZATION=f"Bearer {token}"
                )
                assert codes(responses) == [(201, None)] * 3 + [(429, "quota_exceeded")] * 17, round_
                with schema_context("it"):
                    assert Attachment.objects.count() == 3
                    Attachment.objects.all().delete()
                assert len(list((tmp_path / "attachments" / "it").iterdir())) == 3  # refused files are gone
                for path in (tmp_path / "attachments" / "it").iterdir():
                    path.unlink()
                use_public_schema()
        finally:
            with schema_context("it"):
                Attachment.objects.all().delete()
            _cleanup(["upload-bot"])
