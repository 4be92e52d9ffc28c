"""The platform API starts an import as a background job; platform admins only; the source's
password is never shown; the start and the run are audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django_tenants.utils import schema_context

from core.audit.models import AuditRecord
from core.tests.factories import assert_error, send
from engine.workflows.models import Workflow
from integrations.v2import.models import V2ImportRun
from integrations.v2import.source import safe_url
from integrations.v2import.tasks import run_v2_import
from tenants.models import Tenant
from tenants.tests.factories import API

pytestmark = pytest.mark.django_db


def imports_of(tenant: Tenant) -> str:
    return f"{API}/tenants/{tenant.pk}/v2-imports"


def test_a_platform_admin_starts_an_import_and_follows_it(
    platform: Client, tenant_it: Tenant, v2_source_url: str, source_password: str
) -> None:
    response = send(
        platform, "post", imports_of(tenant_it), {"source_url": v2_source_url, "only": ["users", "workflows"]}
    )
    assert response.status_code == 202, response.content
    started = response.json()
    assert started["status"] == "queued"
    assert started["only"] == ["users", "workflows"]
    assert source_password not in response.content.decode()
    assert started["source"] == safe_url(v2_source_url)
    assert ":***@" in started["source"]
    with schema_context("it"):
        stored = V2ImportRun.objects.get(pk=started["id"])
        assert source_password not in stored.source_encrypted  # encrypted at rest
        run_v2_import.fn(started["id"])  # what the worker does with the queued message
        assert V2ImportRun.objects.get(pk=started["id"]).source_encrypted == ""  # forgotten once done
    done = send(platform, "get", f"{imports_of(tenant_it)}/{started['id']}").json()
    assert done["status"] == "succeeded", done
    assert done["report"]["counts"]["workflows"] == {"created": 1, "created_unpublished": 1}
    assert done["progress"] == {"step": "done"}
    assert done["started_at"]
    assert done["finished_at"]


def test_runs_are_listed_and_audited(
    platform: Client, tenant_it: Tenant, v2_source_url: str, source_password: str
) -> None:
    response = send(platform, "post", imports_of(tenant_it), {"source_url": v2_source_url, "only": ["users"]})
    started = response.json()
    with schema_context("it"):
        run_v2_import.fn(started["id"])
    listed = send(platform, "get", imports_of(tenant_it)).json()
    assert [run["id"] for run in listed] == [started["id"]]
    assert source_password not in str(listed)

    start = AuditRecord.objects.get(action="tenant.v2import.start")  # the platform's trail
    assert start.actor_name == "root"
    assert source_password not in str(start.after)
    with schema_context("it"):  # the tenant's trail: who, when, from which host
        record = AuditRecord.objects.get(action="v2import.run")
        assert record.actor_name == "platform:root"
        assert record.target_id.startswith("127.0.0.1:")


def test_the_job_is_queued_for_the_tenant_after_the_commit(
    platform: Client,
    tenant_it: Tenant,
    monkeypatch: pytest.MonkeyPatch,
    django_capture_on_commit_callbacks: Any,
) -> None:
    sent: list[dict[str, Any]] = []
    monkeypatch.setattr(run_v2_import, "send_with_options", lambda **options: sent.append(options))
    with django_capture_on_commit_callbacks(execute=True):
        started = send(platform, "post", imports_of(tenant_it), {"source_url": "sqlite:///x.db"}).json()
    assert sent == [{"args": (started["id"],), "tenant_schema": "it"}]


def test_a_dry_run_through_the_api(platform: Client, tenant_it: Tenant, v2_source_url: str) -> None:
    body = {"source_url": v2_source_url, "dry_run": True}
    started = send(platform, "post", imports_of(tenant_it), body).json()
    with schema_context("it"):
        run_v2_import.fn(started["id"])
        assert not Workflow.objects.filter(key__startswith="v2-").exists()
    done = send(platform, "get", f"{imports_of(tenant_it)}/{started['id']}").json()
    assert (done["status"], done["dry_run"], done["progress"]) == ("succeeded", True, {"step": "done"})
    assert done["report"]["dry_run"] is True
    assert done["report"]["counts"]["workflows"] == {"created": 1, "created_unpublished": 1}


def test_a_failed_run_says_why(platform: Client, tenant_it: Tenant) -> None:
    url = "postgresql://loon:Hunter2@127.0.0.1:1/loonflow"
    started = send(platform, "post", imports_of(tenant_it), {"source_url": url, "dry_run": True}).json()
    with schema_context("it"):
        run_v2_import.fn(started["id"])
    done = send(platform, "get", f"{imports_of(tenant_it)}/{started['id']}").json()
    assert done["status"] == "failed"
    assert done["error"]["code"] == "v2import_unreachable"
    assert "Hunter2" not in str(done)


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"source_url": "ftp://x/y"}, 400, "v2import_bad_url"),
        ({"source_url": "postgresql://x/y", "only": ["attachments"]}, 422, "validation_failed"),
        ({}, 422, "validation_failed"),
    ],
)
def test_bad_requests_are_clear_4xx(
    platform: Client, tenant_it: Tenant, body: dict[str, Any], status: int, code: str
) -> None:
    assert_error(send(platform, "post", imports_of(tenant_it), body), status, code)


def test_unknown_tenant_and_run(platform: Client, tenant_it: Tenant) -> None:
    assert_error(
        send(platform, "post", f"{API}/tenants/999999/v2-imports", {"source_url": "sqlite:///x"}),
        404,
        "not_found",
    )
    assert_error(send(platform, "get", f"{imports_of(tenant_it)}/424242"), 404, "not_found")


def test_only_platform_admins(
    client_for: Callable[..., Client], login: Callable[..., Client], tenant_it: Tenant
) -> None:
    anonymous = client_for("public")
    assert send(anonymous, "post", imports_of(tenant_it), {"source_url": "sqlite:///x"}).status_code in (
        401,
        403,
    )
    tenant_admin = login("it", "boss", admin=True)
    response = send(tenant_admin, "post", imports_of(tenant_it), {"source_url": "sqlite:///x"})
    assert response.status_code == 404  # the platform API does not exist on tenant hosts
