"""Reads for workflow definitions."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _

from core.access.models import User
from core.errors import NotFound
from engine.workflows import samples
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow, WorkflowVersion

Status = WorkflowVersion.Status


def workflow_list(*, category: str | None = None, q: str | None = None) -> QuerySet[Workflow]:
    workflows = Workflow.objects.prefetch_related(
        Prefetch(
            "versions",
            queryset=WorkflowVersion.objects.filter(status__in=[Status.DRAFT, Status.PUBLISHED]).only(
                "id", "workflow_id", "number", "status", "revision", "published_at"
            ),
            to_attr="live_versions",
        ),
        Prefetch("admins", queryset=User.objects.only("id"), to_attr="admin_list"),
    ).order_by("key")
    if category:
        workflows = workflows.filter(category=category)
    if q:
        workflows = workflows.filter(name__icontains=q) | workflows.filter(key__icontains=q)
    return workflows


def workflow_get(*, workflow_id: int) -> Workflow:
    workflow = workflow_list().filter(pk=workflow_id).first()
    if workflow is None:
        raise NotFound(_("No workflow with id %(workflow_id)s.") % {"workflow_id": workflow_id})
    return workflow


def live_version(workflow: Workflow, status: str) -> WorkflowVersion | None:
    versions = getattr(workflow, "live_versions", None)
    if versions is None:
        return workflow.versions.filter(status=status).first()
    return next((version for version in versions if version.status == status), None)


def draft_get(*, workflow: Workflow) -> WorkflowVersion:
    draft = WorkflowVersion.objects.filter(workflow=workflow, status=Status.DRAFT).first()
    if draft is None:
        raise NotFound(_("This workflow has no draft."), code="no_draft")
    return draft


def current_version(*, workflow: Workflow) -> WorkflowVersion | None:
    """The published version new tickets start in, if any."""
    return WorkflowVersion.objects.filter(workflow=workflow, status=Status.PUBLISHED).first()


def version_get(*, workflow: Workflow, number: int) -> WorkflowVersion:
    version = WorkflowVersion.objects.filter(workflow=workflow, number=number).first()
    if version is None:
        raise NotFound(_("Version %(number)s of this workflow does not exist.") % {"number": number})
    return version


def version_list(*, workflow: Workflow) -> QuerySet[WorkflowVersion]:
    return (
        WorkflowVersion.objects.filter(workflow=workflow)
        .select_related("published_by")
        .defer("document")
        .order_by("-number")
    )


def current_documents(*, workflow_ids: list[int] | None) -> dict[int, WorkflowDocument]:
    """The published documents of these workflows (None: of every workflow), in one query."""
    versions = WorkflowVersion.objects.filter(status=Status.PUBLISHED)
    if workflow_ids is not None:
        versions = versions.filter(workflow_id__in=workflow_ids)
    rows = versions.values_list("workflow_id", "document")
    return {workflow_id: WorkflowDocument.model_validate(document) for workflow_id, document in rows}


def template_gallery(*, tenant: str) -> list[dict[str, Any]]:
    """The samples as templates to start a workflow from: key, name, category, description and a
    preview (the fields' labels, the states and the transitions, enough to draw the graph)."""
    gallery = []
    for sample in samples.SAMPLES:
        data = sample(tenant)
        document = data["document"]
        gallery.append(
            {
                "key": data["key"],
                "name": data["name"],
                "category": data["category"],
                "description": data["description"],
                "preview": {
                    "fields": [field["label"] for field in document.get("fields", [])],
                    "states": [
                        {key: state.get(key) for key in ("key", "name", "type", "position")}
                        for state in document["states"]
                    ],
                    "transitions": [
                        {key: item[key] for key in ("key", "name", "source", "target")}
                        for item in document["transitions"]
                    ],
                },
            }
        )
    return gallery


def template_get(*, key: str, tenant: str) -> dict[str, Any]:
    """One sample (its document parsed), or 404."""
    for sample in samples.SAMPLES:
        data = sample(tenant)
        if data["key"] == key:
            data["document"] = WorkflowDocument.model_validate(data["document"])
            return data
    raise NotFound(_("No workflow template %(key)s.") % {"key": repr(key)})


def _keys(items: object) -> list[str]:
    return (
        [str(item.get("key", "")) for item in items if isinstance(item, dict)]
        if isinstance(items, list)
        else []
    )


def workflow_audit_snapshot(workflow_id: int) -> dict[str, object] | None:
    """What the audit trail compares for a workflow: its settings, each version's status, and the
    draft's outline (revision, the keys of its fields, states and transitions; the whole document
    is in the versions, and `GET .../diff` compares two of them)."""
    workflow = Workflow.objects.filter(pk=workflow_id).first()
    if workflow is None:
        return None
    versions = list(workflow.versions.order_by("number").only("number", "status", "revision", "document"))
    draft = next((version for version in versions if version.status == Status.DRAFT), None)
    document = draft.document if draft is not None and isinstance(draft.document, dict) else {}
    return {
        "key": workflow.key,
        "name": workflow.name,
        "description": workflow.description,
        "category": workflow.category,
        "admin_ids": sorted(workflow.admins.values_list("id", flat=True)),
        "versions": {str(version.number): version.status for version in versions},
        "draft": None
        if draft is None
        else {
            "number": draft.number,
            "revision": draft.revision,
            "fields": _keys(document.get("fields")),
            "states": _keys(document.get("states")),
            "transitions": _keys(document.get("transitions")),
        },
    }


def clone_origin(arguments: dict[str, Any]) -> dict[str, object]:
    """What a clone's audit record names as its source: the workflow (id and key) and which version
    ("draft" unless one was asked for)."""
    workflow_id = arguments["workflow_id"]
    number = getattr(arguments.get("payload"), "version", None)
    return {
        "cloned_from": {
            "workflow_id": workflow_id,
            "workflow_key": Workflow.objects.filter(pk=workflow_id).values_list("key", flat=True).first(),
            "version": "draft" if number is None else number,
        }
    }
