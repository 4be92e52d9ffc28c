"""`Idempotency-Key`: keys left in progress by a killed worker are taken over, finished ones are
purged after their retention, and multipart uploads (attachments) work with a key."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory
from django.test.client import encode_multipart
from django.utils import timezone
from django_tenants.utils import schema_context

from conftest import error_of
from core.directory.models import Department
from core.idempotency import IdempotencyMiddleware, idempotency_records_purge
from core.models import IdempotencyRecord

DEPARTMENTS = "/api/v1/departments"
BODY = {"code": "ops", "name": "Operations"}


def _post(client: Client, key: str, body: dict = BODY, **extra):
    return client.post(DEPARTMENTS, body, content_type="application/json", HTTP_IDEMPOTENCY_KEY=key, **extra)


def _crash_request(token: str, body: dict = BODY) -> HttpRequest:
    """The request `_post` sends, as the middleware sees it."""
    return RequestFactory().post(
        DEPARTMENTS, json.dumps(body), content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}"
    )


class WorkerKilled(Exception):
    """What a view sees of a worker killed mid-request: nothing after this point runs."""


def _killed_view(_request: HttpRequest) -> HttpResponse:
    raise WorkerKilled


def _left_by_a_crash(*, token: str, key: str, age: timedelta, body: dict = BODY) -> None:
    """The row a worker killed mid-request leaves: claimed (no status, no answer) `age` ago.

    The middleware claims the key, then the view dies: the claim stays, as after a SIGKILL."""
    request = _crash_request(token, body)
    request.META["HTTP_IDEMPOTENCY_KEY"] = key
    with schema_context("it"):
        with pytest.raises(WorkerKilled):
            IdempotencyMiddleware(_killed_view)(request)
        record = IdempotencyRecord.objects.get(key=key)
        assert record.status_code is None
        IdempotencyRecord.objects.filter(pk=record.pk).update(created_at=timezone.now() - age)


# ---- in progress ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_record_left_in_progress_by_a_killed_worker_is_taken_over(app_client, settings):
    token, client = app_client
    _left_by_a_crash(
        token=token, key="k-1", age=timedelta(seconds=settings.IDEMPOTENCY_IN_PROGRESS_SECONDS + 5)
    )

    retried = _post(client, "k-1")
    assert retried.status_code == 201, retried.content
    assert "Idempotent-Replay" not in retried
    again = _post(client, "k-1")
    assert again.status_code == 201
    assert again["Idempotent-Replay"] == "true"
    assert again.content == retried.content
    with schema_context("it"):
        assert Department.objects.filter(code="ops").count() == 1
        record = IdempotencyRecord.objects.get(key="k-1")
        assert record.status_code == 201


@pytest.mark.django_db
def test_a_fresh_in_progress_record_still_answers_409(app_client):
    token, client = app_client
    _left_by_a_crash(token=token, key="k-2", age=timedelta(seconds=1))
    response = _post(client, "k-2")
    assert response.status_code == 409
    assert error_of(response)["code"] == "idempotency_in_progress"
    with schema_context("it"):
        assert not Department.objects.filter(code="ops").exists()


@pytest.mark.django_db
def test_an_abandoned_key_is_not_taken_over_by_a_different_request(app_client, settings):
    token, client = app_client
    _left_by_a_crash(
        token=token, key="k-3", age=timedelta(seconds=settings.IDEMPOTENCY_IN_PROGRESS_SECONDS + 5)
    )
    response = _post(client, "k-3", {"code": "other", "name": "Other"})
    assert response.status_code == 422
    assert error_of(response)["code"] == "idempotency_key_reused"
    with schema_context("it"):
        assert not Department.objects.exists()


@pytest.mark.django_db
def test_a_request_that_outlives_its_window_does_not_overwrite_the_takeover(app_client, settings):
    """The first request is slow, not dead: a retry takes its key over and answers; when the first
    one finally finishes, the retry's stored answer stays."""
    token, client = app_client
    request = _crash_request(token)
    request.META["HTTP_IDEMPOTENCY_KEY"] = "slow"
    window = timedelta(seconds=settings.IDEMPOTENCY_IN_PROGRESS_SECONDS + 5)
    retries = []

    def slow_view(_request: HttpRequest) -> HttpResponse:
        # While this request runs, its window passes and a retry takes the key over and answers.
        IdempotencyRecord.objects.filter(key="slow").update(created_at=timezone.now() - window)
        retries.append(_post(client, "slow"))
        return HttpResponse(b"late", status=200)

    with schema_context("it"):
        late = IdempotencyMiddleware(slow_view)(request)
        assert late.content == b"late"
        [retried] = retries
        assert retried.status_code == 201
        record = IdempotencyRecord.objects.get(key="slow")
        assert (record.status_code, bytes(record.body)) == (201, retried.content)


def test_parallel_retries_of_an_abandoned_key_run_it_once(django_db_setup, django_db_blocker, settings):
    """Eight retries at once of a key a crash left behind: exactly one runs, the rest wait (409) or
    get its answer. Committed rows and real threads, so the test cleans up after itself."""
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connection

    from core.access.models import App
    from core.access.services import app_create, app_token_issue

    with django_db_blocker.unblock(), schema_context("it"):
        app = app_create(name="idem-race", scopes=["admin"])
        _, issued = app_token_issue(app=app)
        age = timedelta(seconds=settings.IDEMPOTENCY_IN_PROGRESS_SECONDS + 5)
        _left_by_a_crash(token=issued.plaintext, key="race", age=age)
        connection.close()

        def retry(_index: int) -> tuple[int, bool]:
            client = Client(HTTP_HOST="it.localhost", HTTP_AUTHORIZATION=f"Bearer {issued.plaintext}")
            try:
                response = _post(client, "race")
                return response.status_code, response.has_header("Idempotent-Replay")
            finally:
                connection.close()

        try:
            with ThreadPoolExecutor(max_workers=8) as pool:
                outcomes = list(pool.map(retry, range(8)))
            ran = [outcome for outcome in outcomes if outcome == (201, False)]
            assert len(ran) == 1, outcomes
            assert all(outcome in {(409, False), (201, True)} for outcome in outcomes if outcome not in ran)
            assert Department.objects.filter(code="ops").count() == 1
        finally:
            IdempotencyRecord.objects.all().delete()
            Department.objects.filter(code="ops").delete()
            App.objects.filter(pk=app.pk).delete()


# ---- retention ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_finished_records_are_purged_after_the_retention(app_client, settings):
    from integrations import scheduler

    _, client = app_client
    assert _post(client, "old").status_code == 201
    assert _post(client, "new", {"code": "new", "name": "New"}).status_code == 201
    retention = timedelta(hours=settings.IDEMPOTENCY_RETENTION_HOURS)
    with schema_context("it"):
        IdempotencyRecord.objects.filter(key="old").update(
            created_at=timezone.now() - retention - timedelta(minutes=1)
        )
        assert idempotency_records_purge(now=timezone.now()) == 1
        assert list(IdempotencyRecord.objects.values_list("key", flat=True)) == ["new"]
        # The scheduler runs the same purge in every tenant (and the public schema).
        IdempotencyRecord.objects.filter(key="new").update(
            created_at=timezone.now() - retention - timedelta(minutes=1)
        )
    scheduler.idempotency_purge.forget()
    report = scheduler.tick()
    assert report.idempotency_purged >= 1
    with schema_context("it"):
        assert not IdempotencyRecord.objects.exists()


@pytest.mark.django_db
def test_a_key_past_its_retention_is_forgotten_even_before_the_purge(app_client, settings):
    _, client = app_client
    assert _post(client, "reuse").status_code == 201
    with schema_context("it"):
        Department.objects.filter(code="ops").delete()
        old = timezone.now() - timedelta(hours=settings.IDEMPOTENCY_RETENTION_HOURS, minutes=1)
        IdempotencyRecord.objects.filter(key="reuse").update(created_at=old)
    again = _post(client, "reuse")
    assert again.status_code == 201
    assert "Idempotent-Replay" not in again
    with schema_context("it"):
        assert Department.objects.filter(code="ops").count() == 1


# ---- multipart --------------------------------------------------------------------------------------


def _upload(client: Client, key: str, body: bytes, *, boundary: str = "BoUnDaRy-one", name: str = "a.txt"):
    data = {"file": SimpleUploadedFile(name, body, content_type="text/plain"), "note": "x"}
    return client.post(
        "/api/v1/attachments",
        encode_multipart(boundary, data),
        content_type=f"multipart/form-data; boundary={boundary}",
        HTTP_IDEMPOTENCY_KEY=key,
    )


@pytest.mark.django_db
def test_an_upload_larger_than_the_in_memory_limit_works_with_a_key(login, media, settings):
    """It answered 400: the fingerprint read `request.body`, which refuses bodies over
    DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB) although uploads may be 20 MB."""
    from engine.tickets.models import Attachment

    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 4096
    alice = login("it", "alice")
    response = _upload(alice, "up-1", b"x" * 10_000)
    assert response.status_code == 201, response.content
    with schema_context("it"):
        assert Attachment.objects.get().size == 10_000


@pytest.mark.django_db
def test_an_upload_retried_with_another_boundary_is_replayed(login, media):
    from engine.tickets.models import Attachment

    alice = login("it", "alice")
    first = _upload(alice, "up-2", b"%PDF-1.4 hello", boundary="first-boundary")
    replay = _upload(alice, "up-2", b"%PDF-1.4 hello", boundary="second-boundary-xyz")
    assert first.status_code == replay.status_code == 201, replay.content
    assert replay["Idempotent-Replay"] == "true"
    assert replay.content == first.content
    with schema_context("it"):
        assert Attachment.objects.count() == 1


@pytest.mark.django_db
def test_the_same_key_with_another_file_is_refused(login, media):
    from engine.tickets.models import Attachment

    alice = login("it", "alice")
    assert _upload(alice, "up-3", b"first file").status_code == 201
    other = _upload(alice, "up-3", b"other file")
    assert other.status_code == 422
    assert error_of(other)["code"] == "idempotency_key_reused"
    renamed = _upload(alice, "up-3", b"first file", name="b.txt")
    assert renamed.status_code == 422
    with schema_context("it"):
        assert Attachment.objects.count() == 1


@pytest.mark.django_db
def test_a_json_body_over_the_limit_with_a_key_gets_413(app_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100
    _, client = app_client
    response = _post(client, "big", {"code": "ops", "name": "x" * 500})
    assert response.status_code == 413
    assert error_of(response)["code"] == "payload_too_large"
    with schema_context("it"):
        assert not IdempotencyRecord.objects.exists()
