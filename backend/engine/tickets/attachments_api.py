"""`POST /attachments` (multipart upload) and `GET /attachments/{id}` (download)."""

from __future__ import annotations

import uuid

from django.http import FileResponse, HttpRequest
from ninja import File, Router, Schema, Status
from ninja.files import UploadedFile

from core.auth import principal_of
from engine.attachments import attachment_get, attachment_out, attachment_upload

router = Router(tags=["attachments"])


class AttachmentOut(Schema):
    id: uuid.UUID
    name: str
    size: int
    content_type: str
    # The value to store in an `attachment` field (with name, size and content_type).
    url: str


def _url(request: HttpRequest, attachment_id: uuid.UUID) -> str:
    return request.build_absolute_uri(f"/api/v1/attachments/{attachment_id}")


# Django's multipart parser drops an empty file, so the API sees none: the schema says it (found by
# tests/test_api_fuzz.py: an empty upload was schema-valid and refused).
_NON_EMPTY_FILE = {
    "requestBody": {
        "content": {"multipart/form-data": {"schema": {"properties": {"file": {"minLength": 1}}}}}
    }
}


@router.post(
    "/attachments",
    response={201: AttachmentOut},
    summary="Upload a file for an attachment field",
    openapi_extra=_NON_EMPTY_FILE,
)
def upload_attachment(request: HttpRequest, file: File[UploadedFile]) -> Status:
    principal = principal_of(request)
    attachment = attachment_upload(file=file, uploaded_by=principal.user)
    return Status(201, attachment_out(attachment, url=_url(request, attachment.id)))


@router.get("/attachments/{attachment_id}", response={200: None}, summary="Download an attachment")
def download_attachment(request: HttpRequest, attachment_id: uuid.UUID) -> FileResponse:
    principal_of(request)
    attachment = attachment_get(attachment_id=attachment_id)
    response = FileResponse(
        attachment.blob.open("rb"),
        as_attachment=True,
        filename=attachment.name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["Cache-Control"] = "private, max-age=3600"
    return response
