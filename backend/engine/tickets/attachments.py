"""Ticket attachments: upload a file once, then put its `{name, url, size, content_type}` in a field.

The download URL is the API's own (`/api/v1/attachments/<uuid>`). A file is *pending* until a ticket's
field first refers to it (`attachments_link`, called by every action that writes fields); then it is
linked to that ticket (`TicketAttachment`).

* Who may download: for a linked file, whoever may see one of its tickets; for a pending one, only
  its uploader. Anyone else gets 404. A person may only put a file on a ticket that they may download,
  so a leaked URL cannot be laundered through a ticket of one's own.
* Quotas (429 `quota_exceeded`), checked under the tenant's upload lock so parallel uploads cannot
  overshoot: `ATTACHMENT_PENDING_BYTES_PER_USER` of pending files per uploader, and
  `ATTACHMENT_TENANT_BYTES` (or the tenant's `max_attachment_bytes`) in all.
* Pending files are deleted with their bytes `ATTACHMENT_ORPHAN_HOURS` after upload by the scheduler
  (`attachments_sweep_orphans`); the uploader or a tenant admin may delete one sooner. Linked files
  are never deleted by either.

Files are served as downloads (`Content-Disposition: attachment`, `nosniff`, a sandboxing CSP), never
rendered inline, so an uploaded HTML or SVG file cannot run script on the console's origin.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext

from core.access.auth import Principal
from core.access.models import User
from core.access.permissions import is_tenant_admin
from core.errors import ApplicationError, LimitExceeded, NotFound, ValidationFailed, field_problem
from core.locks import advisory_xact_lock
from core.tenancy import tenant_quota
from engine.tickets.models import Attachment, Ticket, TicketAttachment
from engine.workflows.definitions.schema import FieldDef, FieldType, WorkflowDocument

_CONTENT_TYPE = re.compile(r"^[\w.+-]+/[\w.+-]+$")
_DOWNLOAD_PATH = re.compile(r"^/api/v1/attachments/([0-9a-fA-F-]{36})/?$")
UPLOAD_LOCK = "quota:attachments"


class PayloadTooLarge(ApplicationError):
    status = 413
    code = "payload_too_large"


def clean_name(raw: str) -> str:
    """A display name without folders, control characters or surrounding dots and spaces."""
    name = raw.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in unicodedata.normalize("NFC", name) if unicodedata.category(ch)[0] != "C")
    name = name.strip(" .")[:255]
    return name or "file"


def _bytes(queryset: Any) -> int:
    return int(queryset.aggregate(total=Sum("size"))["total"] or 0)


def _check_upload_quota(*, size: int, uploaded_by: User | None) -> None:
    """Refuse (429) an upload past the uploader's pending bytes or the tenant's total. Call it in
    the inserting transaction: it holds the tenant's upload lock until that ends."""
    advisory_xact_lock(UPLOAD_LOCK)
    per_user = settings.ATTACHMENT_PENDING_BYTES_PER_USER
    pending = _bytes(Attachment.objects.filter(uploaded_by=uploaded_by, linked_at__isnull=True))
    if pending + size > per_user:
        raise LimitExceeded(
            gettext(
                "You have %(pending)s bytes of uploads not yet on a ticket; the limit is %(per_user)s. Put "
                "them on a ticket, delete them, or wait until unused ones expire."
            )
            % {"pending": pending, "per_user": per_user},
            code="quota_exceeded",
            details={"quota": "attachment_pending_bytes", "limit": per_user, "current": pending},
        )
    total_limit = tenant_quota("max_attachment_bytes") or settings.ATTACHMENT_TENANT_BYTES
    total = _bytes(Attachment.objects.all())
    if total + size > total_limit:
        raise LimitExceeded(
            gettext("This tenant may store at most %(total_limit)s bytes of attachments.")
            % {"total_limit": total_limit},
            code="quota_exceeded",
            details={"quota": "attachment_bytes", "limit": total_limit, "current": total},
        )


def attachment_upload(*, file: UploadedFile, uploaded_by: User | None) -> Attachment:
    if file.size is None or file.size == 0:
        raise ValidationFailed(
            gettext("The file is empty."), details=[field_problem("file", gettext("The file is empty."))]
        )
    if file.size > settings.ATTACHMENT_MAX_BYTES:
        raise PayloadTooLarge(
            gettext("Attachments may be at most %(value)s bytes.") % {"value": settings.ATTACHMENT_MAX_BYTES}
        )
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
    # The file is written first, outside the lock (writing 20 MB must not queue everyone's
    # uploads); a refused or failed INSERT deletes it again.
    attachment.blob.save(str(attachment.id), file, save=False)
    try:
        with transaction.atomic():
            _check_upload_quota(size=attachment.size, uploaded_by=uploaded_by)
            attachment.save(force_insert=True)
    except BaseException:
        attachment.blob.delete(save=False)
        raise
    return attachment


def may_download(principal: Principal, attachment: Attachment) -> bool:
    """Its uploader while it is pending; afterwards whoever may see one of its tickets."""
    from engine.tickets.documents import ticket_document
    from engine.tickets.runtime.access import can_view

    if attachment.linked_at is None:
        return principal.user is not None and attachment.uploaded_by_id == principal.user.pk
    tickets = Ticket.objects.filter(
        pk__in=TicketAttachment.objects.filter(attachment=attachment).values("ticket_id")
    ).select_related("workflow", "version")
    return any(can_view(principal, ticket, ticket_document(ticket)) for ticket in tickets)


def attachment_get(*, attachment_id: uuid.UUID, principal: Principal) -> Attachment:
    """The attachment if the caller may download it; 404 otherwise (its existence is not revealed)."""
    attachment = Attachment.objects.filter(pk=attachment_id).first()
    if attachment is None or not may_download(principal, attachment):
        raise NotFound(gettext("No such attachment."))
    return attachment


def attachment_delete(*, attachment_id: uuid.UUID, principal: Principal) -> None:
    """Delete a pending file: its uploader or a tenant admin. A file on a ticket stays (409);
    anyone else gets 404."""
    with transaction.atomic():
        attachment = Attachment.objects.select_for_update().filter(pk=attachment_id).first()
        if attachment is None:
            raise NotFound(gettext("No such attachment."))
        owner = principal.user is not None and attachment.uploaded_by_id == principal.user.pk
        if not (owner or is_tenant_admin(principal)):
            raise NotFound(gettext("No such attachment."))
        if attachment.linked_at is not None:
            raise ApplicationError(
                gettext("The file is on a ticket; it stays with the ticket."),
                code="attachment_in_use",
                status=409,
            )
        attachment.delete()
    _delete_files([attachment])


def _delete_files(attachments: list[Attachment]) -> None:
    # After the rows' transaction: a rollback then leaves a row with its file; a crash in between
    # leaves a file without a row, which takes disk but is never served.
    for attachment in attachments:
        if attachment.blob.name:
            attachment.blob.storage.delete(attachment.blob.name)


def attachments_sweep_orphans(*, now: datetime | None = None, batch: int = 200) -> int:
    """Delete files that no ticket took up within ATTACHMENT_ORPHAN_HOURS (current tenant)."""
    cutoff = (now or timezone.now()) - timedelta(hours=settings.ATTACHMENT_ORPHAN_HOURS)
    deleted = 0
    for _ in range(10):  # at most 10 batches a pass: the scheduler comes back
        with transaction.atomic():
            # skip_locked: a file being put on a ticket right now holds its row and is left alone.
            expired = list(
                Attachment.objects.select_for_update(skip_locked=True)
                .filter(linked_at__isnull=True, created_at__lt=cutoff)
                .order_by("created_at")[:batch]
            )
            Attachment.objects.filter(pk__in=[a.pk for a in expired]).delete()
        _delete_files(expired)
        deleted += len(expired)
        if len(expired) < batch:
            break
    return deleted


def _attachment_refs(field: FieldDef, value: Any, path: str) -> Iterator[tuple[str, str]]:
    """(url, problem path) of each attachment item in a typed field value (tables: per cell)."""
    if not value:
        return
    if field.type == FieldType.ATTACHMENT:
        for index, item in enumerate(value):
            yield str(item.get("url") or ""), f"{path}.{index}.url"
    elif field.type == FieldType.TABLE:
        for row_index, row in enumerate(value):
            for column in field.columns:
                yield from _attachment_refs(column, row.get(column.key), f"{path}.{row_index}.{column.key}")


def _attachment_id(url: str) -> uuid.UUID | None:
    match = _DOWNLOAD_PATH.match(urlsplit(url).path)
    if match is None:
        return None
    try:
        return uuid.UUID(match.group(1))
    except ValueError:
        return None


def _referenced(document: WorkflowDocument, changed: Mapping[str, Any]) -> dict[uuid.UUID, str]:
    """The Loonflow attachments `changed` refers to, each with the first place it is named."""
    refs: dict[uuid.UUID, str] = {}
    for field in document.fields:
        if field.key not in changed:
            continue
        for url, path in _attachment_refs(field, changed[field.key], f"fields.{field.key}"):
            attachment_id = _attachment_id(url)
            if attachment_id is not None:
                refs.setdefault(attachment_id, path)
    return refs


def _unusable(
    refs: dict[uuid.UUID, str],
    found: dict[uuid.UUID, Attachment],
    linked: set[uuid.UUID],
    principal: Principal,
) -> list[dict[str, Any]]:
    """A problem for each file that does not exist, or that a person adds without being allowed
    to download it (the engine's own writes and files already on the ticket pass)."""
    return [
        field_problem(path, gettext("No such attachment, or not one you may use."), "unknown_attachment")
        for attachment_id, path in refs.items()
        if attachment_id not in found
        or (
            attachment_id not in linked
            and principal.user is not None
            and not may_download(principal, found[attachment_id])
        )
    ]


def attachments_link(
    *, ticket: Ticket, document: WorkflowDocument, changed: Mapping[str, Any], principal: Principal
) -> None:
    """Link the files that `changed` (typed field values by key) refers to with the ticket.

    A person may only add a file they may download (422 `invalid_fields` otherwise, as for a file
    that does not exist); the engine's own writes (hooks, scripts) are trusted. URLs that are not
    Loonflow download links are left alone."""
    refs = _referenced(document, changed)
    if not refs:
        return
    # Locked, so the orphan sweep cannot delete a file while it is being linked.
    found = {a.pk: a for a in Attachment.objects.select_for_update().filter(pk__in=list(refs))}
    linked = set(
        TicketAttachment.objects.filter(ticket=ticket, attachment_id__in=list(found)).values_list(
            "attachment_id", flat=True
        )
    )
    problems = _unusable(refs, found, linked, principal)
    if problems:
        raise ValidationFailed(
            gettext("Some field values are not valid."), code="invalid_fields", details=problems
        )
    new = [pk for pk in found if pk not in linked]
    TicketAttachment.objects.bulk_create(
        [TicketAttachment(ticket=ticket, attachment_id=pk) for pk in new], ignore_conflicts=True
    )
    Attachment.objects.filter(pk__in=new, linked_at__isnull=True).update(linked_at=timezone.now())


def attachment_out(attachment: Attachment, *, url: str) -> dict[str, Any]:
    return {
        "id": attachment.id,
        "name": attachment.name,
        "size": attachment.size,
        "content_type": attachment.content_type,
        "url": url,
    }
