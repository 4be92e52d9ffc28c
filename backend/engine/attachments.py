"""Ticket attachments: upload a file once, then put its `{name, url, size, content_type}` in a field.

The download URL is the API's own (`/api/v1/attachments/<uuid>`); any signed-in person or app of the
tenant may fetch it (the id is an unguessable UUID; the rows and files are per tenant). Files are served
as downloads (`Content-Disposition: attachment`, `nosniff`, a sandboxing CSP), never rendered inline, so
an uploaded HTML or SVG file cannot run script on the console's origin.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from core.errors import ApplicationError, NotFound, ValidationFailed, field_problem
from core.models import User
from engine.models import Attachment

_CONTENT_TYPE = re.compile(r"^[\w.+-]+/[\w.+-]+$")


class PayloadTooLarge(ApplicationError):
    status = 413
    code = "payload_too_large"


def clean_name(raw: str) -> str:
    """A display name without folders, control characters or surrounding dots and spaces."""
    name = raw.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in unicodedata.normalize("NFC", name) if unicodedata.category(ch)[0] != "C")
    name = name.strip(" .")[:255]
    return name or "file"


def attachment_upload(*, file: UploadedFile, uploaded_by: User | None) -> Attachment:
    if file.size is None or file.size == 0:
        raise ValidationFailed("The file is empty.", details=[field_problem("file", "The file is empty.")])
    if file.size > settings.ATTACHMENT_MAX_BYTES:
        raise PayloadTooLarge(f"Attachments may be at most {settings.ATTACHMENT_MAX_BYTES} bytes.")
    content_type = (file.content_type or "").split(";")[0].strip().lower()
    if not _CONTENT_TYPE.match(content_type) or len(content_type) > 200:
        content_type = "application/octet-stream"
    digest = hashlib.sha256()
    for chunk in file.chunks():
        digest.update(chunk)
    file.seek(0)
    attachment = Attachment(
        id=uuid.uuid4(),
        name=clean_name(file.name or ""),
        size=file.size,
        content_type=content_type,
        sha256=digest.hexdigest(),
        uploaded_by=uploaded_by,
    )
    # The file is written first; a failed INSERT leaves an orphan file, never a row without a file.
    attachment.blob.save(str(attachment.id), file, save=False)
    with transaction.atomic():
        attachment.save(force_insert=True)
    return attachment


def attachment_get(*, attachment_id: uuid.UUID) -> Attachment:
    attachment = Attachment.objects.filter(pk=attachment_id).first()
    if attachment is None:
        raise NotFound("No such attachment.")
    return attachment


def attachment_out(attachment: Attachment, *, url: str) -> dict[str, Any]:
    return {
        "id": attachment.id,
        "name": attachment.name,
        "size": attachment.size,
        "content_type": attachment.content_type,
        "url": url,
    }
