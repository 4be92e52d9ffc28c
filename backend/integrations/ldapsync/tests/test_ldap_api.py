"""The LDAP source endpoints and the worker, end to end: an admin configures a source (the password
is write-only), "sync now" answers at once with a queued run, the worker's actor does it against a
real slapd, the run history shows it; the scheduler queues runs by interval."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.conf import settings
from django.utils import timezone
from django_tenants.utils import schema_context

from conftest import error_of
from core.access.models import User
from core.audit.models import AuditRecord
from integrations.common.models import FeedIdentity
from integrations.ldapsync import services
from integrations.ldapsync.models import LdapSource, LdapSyncRun
from integrations.ldapsync.tasks import ldap_sync
from integrations.ldapsync.tests.conftest import READER_PW, Slapd, source_fields

pytestmark = pytest.mark.django_db

URL = "/api/v1/directory-feeds/ldap"


def test_admin_configures_syncs_and_reads_the_history(login: Any, slapd: Slapd, reach_loopback: None) -> None:
    admin = login("it", "boss", admin=True)
    created = admin.post(URL, source_fields(slapd), content_type="application/json")
    assert created.status_code == 201, created.content
    source = created.json()
    assert source["has_bind_password"] is True
    assert "bind_password" not in source
    assert source["last_run"] is None
    with schema_context("it"):
        stored = LdapSource.objects.get(pk=source["id"])
        assert READER_PW not in stored.bind_password_encrypted
        audit = AuditRecord.objects.get(action="ldap_source.create")
        assert READER_PW not in str(audit.after)

    _sync_now_and_read_the_history(admin, source)


def _sync_now_and_read_the_history(admin: Any, source: dict[str, Any]) -> None:
    queued = admin.post(f"{URL}/{source['id']}/sync")
    assert queued.status_code == 202
    assert queued.json()["status"] == "queued"
    # A second "sync now" while one is queued answers the same run.
    assert admin.post(f"{URL}/{source['id']}/sync").json()["id"] == queued.json()["id"]
    with schema_context("it"):
        assert not User.objects.filter(username="alice").exists()  # nothing happened in the request
        ldap_sync.fn(queued.json()["id"])  # what the worker does with the message
        assert User.objects.filter(username="alice", is_active=True).exists()

    runs = admin.get(f"{URL}/{source['id']}/runs").json()
    assert [run["status"] for run in runs] == ["succeeded"]
    assert runs[0]["summary"]["users"]["created"] == 3
    listed = admin.get(URL).json()
    assert listed[0]["people"] == 3
    assert listed[0]["last_run"]["id"] == runs[0]["id"]


def test_patch_keeps_the_password_unless_given_and_delete_frees_the_people(
    login: Any, slapd: Slapd, reach_loopback: None
) -> None:
    admin = login("it", "boss", admin=True)
    source = admin.post(URL, source_fields(slapd), content_type="application/json").json()
    with schema_context("it"):
        before = LdapSource.objects.get(pk=source["id"]).bind_password_encrypted
    patched = admin.patch(f"{URL}/{source['id']}", {"interval_minutes": 15}, content_type="application/json")
    assert patched.json()["interval_minutes"] == 15
    with schema_context("it"):
        assert LdapSource.objects.get(pk=source["id"]).bind_password_encrypted == before
        run = services.ldap_sync_request(source=LdapSource.objects.get(pk=source["id"]), trigger="manual")
        services.ldap_sync_execute(run_id=run.pk)
    assert admin.delete(f"{URL}/{source['id']}").status_code == 204
    with schema_context("it"):
        alice = User.objects.get(username="alice")
        assert alice.is_active
        assert not FeedIdentity.objects.filter(user=alice).exists()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"server_url": "http://ldap.example.com"}, "server_url"),
        ({"server_url": "ldap://ldap.example.com/dc=x"}, "server_url"),
        ({"user_base_dn": "not a dn"}, "user_base_dn"),
        ({"user_filter": "(objectClass=person"}, "user_filter"),
        ({"role_map": {"cn=x,dc=y": "bad code!"}}, "role_map.cn=x,dc=y"),
        ({"interval_minutes": 1}, "interval_minutes"),
    ],
)
def test_bad_settings_are_422_on_their_field(
    login: Any, tenant_it: Any, change: dict[str, Any], field: str
) -> None:
    admin = login("it", "boss", admin=True)
    body = {
        "name": "x",
        "server_url": "ldaps://ldap.example.com",
        "user_base_dn": "dc=example,dc=com",
        **change,
    }
    answer = admin.post(URL, body, content_type="application/json")
    assert answer.status_code == 422, answer.content
    assert any(problem["field"] == field for problem in error_of(answer)["details"])


def test_only_tenant_admins(login: Any, tenant_it: Any) -> None:
    assert login("it", "pat").get(URL).status_code == 403


def test_the_scheduler_queues_runs_by_interval(slapd: Slapd, tenant_it: Any) -> None:
    with schema_context("it"):
        source = services.ldap_source_create(**source_fields(slapd, interval_minutes=30))
        services.ldap_source_create(**source_fields(slapd, name="paused", enabled=False))
        now = timezone.now()
        assert services.ldap_sync_due(now=now) == 1
        assert services.ldap_sync_due(now=now) == 0  # the queued run is the answer
        LdapSyncRun.objects.update(status="succeeded", created_at=now)
        assert services.ldap_sync_due(now=now + timedelta(minutes=10)) == 0
        assert services.ldap_sync_due(now=now + timedelta(minutes=31)) == 1
        assert list(source.runs.values_list("trigger", flat=True)) == ["schedule", "schedule"]


def test_a_run_whose_worker_died_is_failed_by_the_next_tick(slapd: Slapd, tenant_it: Any) -> None:
    with schema_context("it"):
        source = services.ldap_source_create(**source_fields(slapd, enabled=False))
        run = services.ldap_sync_request(source=source, trigger="manual")
        LdapSyncRun.objects.filter(pk=run.pk).update(
            status="running", started_at=timezone.now() - timedelta(hours=1)
        )
        services.ldap_sync_due(now=timezone.now())
        run.refresh_from_db()
        assert run.status == "failed"
        assert "worker stopped" in run.error
        assert services.ldap_sync_execute(run_id=run.pk) is None  # a late message does nothing


def test_the_scheduler_wakes_for_a_source_and_its_visit_queues_the_run(slapd: Slapd, tenant_it: Any) -> None:
    """The scheduler visits only tenants that are due: an enabled source makes its tenant due now,
    and once its run is queued, due again an interval later."""
    from integrations.scheduler.due import LDAP, read_due
    from integrations.scheduler.work import TickReport, visit

    with schema_context("it"):
        assert LDAP not in read_due(now=timezone.now()).at
        services.ldap_source_create(**source_fields(slapd, interval_minutes=30))
        now = timezone.now()
        assert read_due(now=now).at[LDAP] <= now
        report = TickReport()
        visit(report, now)
        assert report.ldap_syncs_queued == 1
        # While its run is queued, the tenant is next due when the run's message would be sent again.
        lease = timedelta(seconds=settings.JOB_LEASE_SECONDS)
        assert timedelta(0) < read_due(now=now).at[LDAP] - now <= lease + timedelta(seconds=5)
        # Once it ran, an interval after it was queued.
        LdapSyncRun.objects.update(status="succeeded")
        later = read_due(now=now).at[LDAP]
        assert timedelta(minutes=29) < later - now <= timedelta(minutes=30, seconds=5)


def test_a_queued_run_whose_message_was_lost_is_sent_again(
    slapd: Slapd,
    tenant_it: Any,
    reach_loopback: None,
    monkeypatch: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    """The worker's message of a queued run never arrived (Redis lost it): a lease later the
    scheduler's visit sends it again, once, and the run then happens; a fresh one is left alone."""
    from integrations.ldapsync import tasks

    sent: list[int] = []
    monkeypatch.setattr(tasks.ldap_sync, "send", lambda run_id: sent.append(run_id))
    with schema_context("it"):
        source = services.ldap_source_create(**source_fields(slapd, enabled=False))
        with django_capture_on_commit_callbacks(execute=True):
            run = services.ldap_sync_request(source=source, trigger="manual")
        assert sent == [run.pk]  # the first message, lost somewhere
        lease = timedelta(seconds=settings.JOB_LEASE_SECONDS)
        with django_capture_on_commit_callbacks(execute=True):
            services.ldap_sync_due(now=timezone.now())
        assert sent == [run.pk]  # not yet: it may still be on its way
        later = timezone.now() + lease + timedelta(seconds=1)
        with django_capture_on_commit_callbacks(execute=True):
            services.ldap_sync_due(now=later)
            services.ldap_sync_due(now=later)
        assert sent == [run.pk, run.pk]  # sent again, once
        # A request meanwhile is still answered with this run, not a second one.
        assert services.ldap_sync_request(source=source, trigger="manual").pk == run.pk
        done = services.ldap_sync_execute(run_id=run.pk)
        assert done is not None
        assert done.status == "succeeded", done.error
