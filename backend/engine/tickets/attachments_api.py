"""`POST /attachments` (multipart upload), `GET /attachments/{id}` (download), `DELETE` (unused ones)."""

from __future__ import annotations

import uuid

from django.http import FileResponse, HttpRequest
from ninja import File, Router, Schema, Status
from ninja.files import UploadedFile

from core.access.auth import principal_of
from engine.attachments import attachment_delete, attachment_get, attachment_out, attachment_upload

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
    description=(
        "The file stays pending until a ticket's field refers to its `url`: only you may download or "
        "delete it, it counts against your quota of pending uploads, and it is deleted after "
        "ATTACHMENT_ORPHAN_HOURS (24 by default). 413 `payload_too_large` over the size limit; "
        "429 `quota_exceeded` (details.quota: `attachment_pending_bytes` or `attachment_bytes`)."
    ),
    openapi_extra=_NON_EMPTY_FILE,
)
def upload_attachment(request: HttpRequest, file: File[UploadedFile]) -> Status:
    principal = principal_of(request)
    attachment = attachment_upload(file=file, uploaded_by=principal.user)
    return Status(201, attachment_out(attachment, url=_url(request, attachment.id)))


@router.get(
    "/attachments/{attachment_id}",
    response={200: None},
    summary="Download an attachment (who may see a ticket it is on; its uploader while pending; else 404)",
)
def download_attachment(request: HttpRequest, attachment_id: uuid.UUID) -> FileResponse:
    attachment = attachment_get(attachment_id=attachment_id, principal=principal_of(request))
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


@router.delete(
    "/attachments/{attachment_id}",
    response={204: None},
    summary="Delete a pending upload (its uploader or a tenant admin; 409 once it is on a ticket)",
)
def delete_attachment(request: HttpRequest, attachment_id: uuid.UUID) -> Status:
    attachment_delete(attachment_id=attachment_id, principal=principal_of(request))
    return Status(204, None)
