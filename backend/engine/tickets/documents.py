"""A ticket's workflow document and typed values: published versions never change, so their parse
is cached per process (keyed by tenant schema and version id)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from core.tenancy import current_schema
from engine.tickets.models import Ticket
from engine.tickets.runtime.values import from_storage, to_storage
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow, WorkflowVersion

DONE_STATUSES = frozenset({Ticket.Status.FINISHED, Ticket.Status.CLOSED})

# Least recently used first. Bounded for memory; large enough that a deployment of 1,000 tenants
# with a couple of live versions each does not parse the same documents over and over.
_PUBLISHED: OrderedDict[tuple[str, int], WorkflowDocument] = OrderedDict()
PUBLISHED_CACHE_SIZE = 4096
_LOCK = threading.Lock()  # worker and server threads share the cache


def parsed_document(version: WorkflowVersion) -> WorkflowDocument:
    """The version's parsed document. Published versions never change, so their parse is cached
    per process, keyed by tenant schema and version id."""
    if version.status == WorkflowVersion.Status.DRAFT:
        return WorkflowDocument.model_validate(version.document)
    key = (current_schema(), version.pk)
    document = cached_document(version.pk)
    if document is None:
        document = WorkflowDocument.model_validate(version.document)
        with _LOCK:
            _PUBLISHED[key] = document
            while len(_PUBLISHED) > PUBLISHED_CACHE_SIZE:
                _PUBLISHED.popitem(last=False)
    return document


def published_version(workflow: Workflow) -> tuple[int, WorkflowDocument] | None:
    """The workflow's published version id and parsed document (the JSON only on a cache miss)."""
    version_id = (
        WorkflowVersion.objects.filter(workflow=workflow, status=WorkflowVersion.Status.PUBLISHED)
        .values_list("pk", flat=True)
        .first()
    )
    if version_id is None:
        return None
    document = cached_document(version_id)
    if document is None:
        document = parsed_document(WorkflowVersion.objects.get(pk=version_id))
    return version_id, document


def cached_document(version_id: int) -> WorkflowDocument | None:
    """The published version's parsed document if this process already has it (no query)."""
    key = (current_schema(), version_id)
    with _LOCK:
        document = _PUBLISHED.get(key)
        if document is not None:
            _PUBLISHED.move_to_end(key)
    return document


def ticket_document(ticket: Ticket) -> WorkflowDocument:
    """The ticket's version document, without loading the version row when it is cached."""
    return cached_document(ticket.version_id) or parsed_document(ticket.version)


def typed_values(document: WorkflowDocument, stored: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for field in document.fields:
        if field.key in stored:
            out[field.key] = from_storage(field, stored[field.key])
    return out


def stored_values(document: WorkflowDocument, values: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for field in document.fields:
        if values.get(field.key) is not None:
            out[field.key] = to_storage(field, values[field.key])
    return out


def forget_parsed_documents() -> None:
    """Drop this process's parsed documents (tests that count queries want a cold cache)."""
    with _LOCK:
        _PUBLISHED.clear()
