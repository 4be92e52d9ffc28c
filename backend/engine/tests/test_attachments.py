"""Attachments: upload, download as a file (never inline), per-tenant, bounded, and usable in a field."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from conftest import error_of
from engine.attachments import clean_name

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

    bob = login("it", "bob")
    download = bob.get(f"/api/v1/attachments/{body['id']}")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"%PDF-1.4 hello"
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
