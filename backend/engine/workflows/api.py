"""Workflow-definition endpoints: workflows, the draft, validate/publish, versions, diff, transfer, init."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router, Status

from core.access.auth import Principal, principal_of
from core.audit.recording import Target, audited
from core.errors import NotFound, PermissionDenied, ValidationFailed
from core.ninja_api import IF_MATCH, IF_MATCH_REQUIRED
from core.tenancy import current_schema
from engine.workflows import selectors, services
from engine.workflows.definitions import diff as definition_diff
from engine.workflows.definitions import transfer
from engine.workflows.definitions.schema import StateType, TransitionKind, WorkflowDocument
from engine.workflows.models import Workflow, WorkflowVersion
from engine.workflows.permissions import (
    Audiences,
    can_manage_workflow,
    managed_workflow,
    require_manage_workflow,
    require_workflow_read,
    visible_document_or_404,
)
from engine.workflows.schemas import (
    CloneIn,
    DiffOut,
    DraftIn,
    InitOut,
    PublishIn,
    TemplateOut,
    TemplateUseIn,
    ValidateIn,
    ValidationOut,
    VersionOut,
    VersionSummaryOut,
    WorkflowCreateIn,
    WorkflowOut,
    WorkflowPatchIn,
)

router = Router(tags=["workflows"])
WORKFLOW = Target("workflow", "workflow_id", selectors.workflow_audit_snapshot)
NEW_WORKFLOW = Target("workflow", None, selectors.workflow_audit_snapshot)  # the id is in the answer
IMPORT_TYPES = {
    "application/json": "json",
    "application/yaml": "yaml",
    "application/x-yaml": "yaml",
    "text/yaml": "yaml",
}


def _workflow_out(workflow: Workflow, *, can_manage: bool) -> dict[str, Any]:
    current = selectors.live_version(workflow, WorkflowVersion.Status.PUBLISHED)
    draft = selectors.live_version(workflow, WorkflowVersion.Status.DRAFT)
    admins = getattr(workflow, "admin_list", None)
    return {
        "id": workflow.pk,
        "key": workflow.key,
        "name": workflow.name,
        "description": workflow.description,
        "category": workflow.category,
        "admin_ids": sorted(user.pk for user in (admins if admins is not None else workflow.admins.all())),
        "current_version": current.number if current else None,
        "draft_version": draft.number if draft and can_manage else None,
        "draft_etag": draft.etag if draft and can_manage else None,
        "can_manage": can_manage,
        "created_at": workflow.created_at,
        "updated_at": workflow.updated_at,
    }


def _version_out(version: WorkflowVersion, *, with_document: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "number": version.number,
        "status": version.status,
        "revision": version.revision,
        "etag": version.etag,
        "comment": version.comment,
        "created_at": version.created_at,
        "updated_at": version.updated_at,
        "published_at": version.published_at,
        "published_by": version.published_by.username if version.published_by else None,
    }
    if with_document:
        out["document"] = version.document
    return out


def _managed(request: HttpRequest, workflow_id: int) -> tuple[Principal, Workflow]:
    principal = principal_of(request)
    return principal, managed_workflow(principal, workflow_id)


def _actor(principal: Principal) -> Any:
    return principal.user


# ---- workflows --------------------------------------------------------------------------------


@router.get("/workflows", response=list[WorkflowOut], summary="List workflows (those you may use or manage)")
def list_workflows(
    request: HttpRequest,
    category: str | None = Query(None, max_length=100),
    q: str | None = Query(None, max_length=100),
) -> list[dict[str, Any]]:
    principal = principal_of(request)
    require_workflow_read(principal)
    workflows = list(selectors.workflow_list(category=category, q=q))
    if can_manage_workflow(principal):
        return [_workflow_out(workflow, can_manage=True) for workflow in workflows]
    person = Audiences(principal)
    managed = set()
    if principal.user is not None:
        managed = set(
            Workflow.admins.through.objects.filter(user=principal.user).values_list("workflow_id", flat=True)
        )
    documents = selectors.current_documents(workflow_ids=[workflow.pk for workflow in workflows])
    visible = []
    for workflow in workflows:
        document = documents.get(workflow.pk)
        if workflow.pk in managed:
            visible.append(_workflow_out(workflow, can_manage=True))
        elif document is not None and person.can_view(document):
            visible.append(_workflow_out(workflow, can_manage=False))
    return visible


@router.post("/workflows", response={201: WorkflowOut}, summary="Create a workflow (with a starter draft)")
@audited("workflow.create", target=NEW_WORKFLOW)
def create_workflow(request: HttpRequest, payload: WorkflowCreateIn) -> Status:
    principal = principal_of(request)
    require_manage_workflow(principal)
    workflow = services.workflow_create(**payload.dict())
    return Status(201, _workflow_out(selectors.workflow_get(workflow_id=workflow.pk), can_manage=True))


@router.get(
    "/workflow-templates",
    response=list[TemplateOut],
    summary="The template gallery: sample workflows to start from (who may create workflows)",
)
def list_workflow_templates(request: HttpRequest) -> list[dict[str, Any]]:
    require_manage_workflow(principal_of(request))
    return selectors.template_gallery(tenant=current_schema())


@router.post(
    "/workflow-templates/{template_key}/use",
    response={201: WorkflowOut},
    summary="Create a workflow whose draft is a template's document",
)
@audited(
    "workflow.create_from_template",
    target=NEW_WORKFLOW,
    origin=lambda args: {"template": args["template_key"]},
)
def use_workflow_template(request: HttpRequest, template_key: str, payload: TemplateUseIn) -> Status:
    require_manage_workflow(principal_of(request))
    template = selectors.template_get(key=template_key, tenant=current_schema())
    workflow = services.workflow_from_template(template=template, key=payload.key, name=payload.name)
    return Status(201, _workflow_out(selectors.workflow_get(workflow_id=workflow.pk), can_manage=True))


# Declared before /workflows/{workflow_id}: ninja matches paths in order, and "import" fits {workflow_id}.
@router.post(
    "/workflows/import",
    response={201: WorkflowOut},
    summary="Import an exported workflow (body: the JSON or YAML file; Content-Type says which)",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"type": "object"}},
                "application/yaml": {"schema": {"type": "string"}},
            },
        }
    },
)
@audited("workflow.import", target=NEW_WORKFLOW)
def import_workflow(request: HttpRequest, replace_draft: bool = False) -> Status:
    principal = principal_of(request)
    require_manage_workflow(principal)
    content_type = (request.content_type or "").split(";")[0].strip().lower()
    fmt = IMPORT_TYPES.get(content_type)
    if fmt is None:
        raise ValidationFailed(
            _("Send the file as application/json or application/yaml."), code="unsupported_media_type"
        )
    bundle = transfer.parse_bundle(transfer.loads(request.body, fmt))  # type: ignore[arg-type]
    workflow = services.workflow_import(
        key=bundle.meta.key,
        name=bundle.meta.name,
        description=bundle.meta.description,
        category=bundle.meta.category,
        document=bundle.document,
        replace_draft=replace_draft,
    )
    return Status(201, _workflow_out(selectors.workflow_get(workflow_id=workflow.pk), can_manage=True))


@router.get("/workflows/{workflow_id}", response=WorkflowOut, summary="Get a workflow")
def get_workflow(request: HttpRequest, workflow_id: int) -> dict[str, Any]:
    principal = principal_of(request)
    require_workflow_read(principal)
    workflow = selectors.workflow_get(workflow_id=workflow_id)
    if can_manage_workflow(principal, workflow):
        return _workflow_out(workflow, can_manage=True)
    visible_document_or_404(principal, workflow)
    return _workflow_out(workflow, can_manage=False)


@router.patch(
    "/workflows/{workflow_id}", response=WorkflowOut, summary="Change a workflow's name, category, admins"
)
@audited("workflow.update", target=WORKFLOW)
def patch_workflow(request: HttpRequest, workflow_id: int, payload: WorkflowPatchIn) -> dict[str, Any]:
    _principal, workflow = _managed(request, workflow_id)
    services.workflow_update(workflow=workflow, changes=payload.dict(exclude_unset=True))
    return _workflow_out(selectors.workflow_get(workflow_id=workflow_id), can_manage=True)


@router.delete("/workflows/{workflow_id}", response={204: None}, summary="Delete a workflow and its versions")
@audited("workflow.delete", target=WORKFLOW)
def delete_workflow(request: HttpRequest, workflow_id: int) -> Status:
    _principal, workflow = _managed(request, workflow_id)
    services.workflow_delete(workflow=workflow)
    return Status(204, None)


# ---- the draft, validation, publishing ---------------------------------------------------------


@router.get(
    "/workflows/{workflow_id}/draft", response=VersionOut, summary="Get the draft (ETag for If-Match)"
)
def get_draft(request: HttpRequest, workflow_id: int, response: HttpResponse) -> dict[str, Any]:
    _principal, workflow = _managed(request, workflow_id)
    draft = selectors.draft_get(workflow=workflow)
    response["ETag"] = draft.etag
    return _version_out(draft)


@router.put(
    "/workflows/{workflow_id}/draft",
    response=VersionOut,
    summary="Replace the draft document (If-Match: the ETag you loaded; 412 when stale)",
    openapi_extra=IF_MATCH_REQUIRED,
)
@audited("workflow.draft.save", target=WORKFLOW)
def put_draft(
    request: HttpRequest, workflow_id: int, payload: DraftIn, response: HttpResponse
) -> dict[str, Any]:
    _principal, workflow = _managed(request, workflow_id)
    draft = services.draft_save(
        workflow=workflow,
        document=payload.document,
        if_match=request.headers.get("If-Match"),
        comment=payload.comment,
    )
    response["ETag"] = draft.etag
    return _version_out(draft)


@router.post(
    "/workflows/{workflow_id}/validate",
    response=ValidationOut,
    summary="Check the draft (or a given document) against every publishing rule",
)
def validate_workflow(
    request: HttpRequest, workflow_id: int, payload: ValidateIn | None = None
) -> dict[str, Any]:
    _principal, workflow = _managed(request, workflow_id)
    document = payload.document if payload is not None and payload.document is not None else None
    if document is None:
        document = WorkflowDocument.model_validate(selectors.draft_get(workflow=workflow).document)
    problems = services.document_problems(document)
    warnings = services.document_warnings(document)
    return {
        "valid": not problems,
        "problems": [problem.as_dict() for problem in problems],
        "warnings": [{**warning.as_dict(), "severity": warning.severity} for warning in warnings],
    }


@router.post(
    "/workflows/{workflow_id}/publish",
    response=VersionOut,
    summary="Publish the draft (422 with every problem when it is not valid)",
    openapi_extra=IF_MATCH,
)
@audited("workflow.publish", target=WORKFLOW)
def publish_workflow(
    request: HttpRequest, workflow_id: int, payload: PublishIn | None = None
) -> dict[str, Any]:
    principal, workflow = _managed(request, workflow_id)
    version = services.workflow_publish(
        workflow=workflow,
        actor=_actor(principal),
        if_match=request.headers.get("If-Match"),
        comment=payload.comment if payload is not None else "",
    )
    return _version_out(version)


# ---- versions and diff -----------------------------------------------------------------------


@router.get("/workflows/{workflow_id}/versions", response=list[VersionSummaryOut], summary="Version history")
def list_versions(request: HttpRequest, workflow_id: int) -> list[dict[str, Any]]:
    _principal, workflow = _managed(request, workflow_id)
    return [
        _version_out(version, with_document=False) for version in selectors.version_list(workflow=workflow)
    ]


@router.get("/workflows/{workflow_id}/versions/{number}", response=VersionOut, summary="Get one version")
def get_version(request: HttpRequest, workflow_id: int, number: int) -> dict[str, Any]:
    _principal, workflow = _managed(request, workflow_id)
    return _version_out(selectors.version_get(workflow=workflow, number=number))


@router.post(
    "/workflows/{workflow_id}/versions/{number}/archive",
    response=VersionOut,
    summary="Archive a published version (no new tickets start in it)",
)
@audited("workflow.version.archive", target=WORKFLOW)
def archive_version(request: HttpRequest, workflow_id: int, number: int) -> dict[str, Any]:
    _principal, workflow = _managed(request, workflow_id)
    return _version_out(services.version_archive(workflow=workflow, number=number))


@router.get("/workflows/{workflow_id}/diff", response=DiffOut, summary="What changed between two versions")
def diff_versions(
    request: HttpRequest,
    workflow_id: int,
    from_version: int = Query(..., alias="from"),
    to_version: int = Query(..., alias="to"),
) -> dict[str, Any]:
    _principal, workflow = _managed(request, workflow_id)
    before = WorkflowDocument.model_validate(
        selectors.version_get(workflow=workflow, number=from_version).document
    )
    after = WorkflowDocument.model_validate(
        selectors.version_get(workflow=workflow, number=to_version).document
    )
    changes = definition_diff.diff_documents(before, after)
    return {"from_version": from_version, "to_version": to_version, "changes": [c.as_dict() for c in changes]}


# ---- export, import, clone ----------------------------------------------------------------------


@router.get(
    "/workflows/{workflow_id}/export",
    response={200: None},
    summary="Export a version as JSON or YAML (default: the draft)",
)
def export_workflow(
    request: HttpRequest,
    workflow_id: int,
    format: Literal["json", "yaml"] = "json",
    version: int | None = None,
) -> HttpResponse:
    _principal, workflow = _managed(request, workflow_id)
    chosen = (
        selectors.version_get(workflow=workflow, number=version)
        if version
        else selectors.draft_get(workflow=workflow)
    )
    meta = transfer.WorkflowMeta(
        key=workflow.key, name=workflow.name, description=workflow.description, category=workflow.category
    )
    bundle = transfer.export_bundle(
        meta, WorkflowDocument.model_validate(chosen.document), version=chosen.number
    )
    content_type = "application/json" if format == "json" else "application/yaml"
    response = HttpResponse(transfer.dumps(bundle, format), content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{workflow.key}-v{chosen.number}.{format}"'
    return response


@router.post(
    "/workflows/{workflow_id}/clone", response={201: WorkflowOut}, summary="Copy a workflow under a new key"
)
@audited("workflow.clone", target=NEW_WORKFLOW, origin=selectors.clone_origin)
def clone_workflow(request: HttpRequest, workflow_id: int, payload: CloneIn) -> Status:
    _principal, workflow = _managed(request, workflow_id)
    clone = services.workflow_clone(
        workflow=workflow, key=payload.key, name=payload.name, number=payload.version
    )
    return Status(201, _workflow_out(selectors.workflow_get(workflow_id=clone.pk), can_manage=True))


# ---- init: what a creator needs to file a ticket -------------------------------------------------


@router.get(
    "/workflows/{workflow_id}/init",
    response=InitOut,
    summary="The start state, its fields with permissions, and the creator's transitions",
)
def init_workflow(request: HttpRequest, workflow_id: int) -> dict[str, Any]:
    principal = principal_of(request)
    require_workflow_read(principal)
    workflow = selectors.workflow_get(workflow_id=workflow_id)
    current = selectors.current_version(workflow=workflow)
    manager = can_manage_workflow(principal, workflow)
    if current is None:
        if manager:
            raise NotFound(_("This workflow has no published version yet."), code="not_published")
        raise NotFound(_("No workflow with id %(workflow_id)s.") % {"workflow_id": workflow_id})
    document = WorkflowDocument.model_validate(current.document)
    person = Audiences(principal)
    if not manager and not person.can_view(document):
        raise NotFound(_("No workflow with id %(workflow_id)s.") % {"workflow_id": workflow_id})
    start = document.start_state()
    if start is None:  # publishing guarantees one; a hand-edited row is no reason for a 500
        raise PermissionDenied(_("This workflow version has no start state."), code="invalid_definition")
    fields = []
    for field in sorted(document.fields, key=lambda f: f.order):
        permission = document.permission(start, field)
        if permission != "hidden":
            fields.append({"field": field, "permission": permission})
    transitions = [
        {
            "key": t.key,
            "name": t.name,
            "attribute": t.attribute,
            "confirm_text": t.confirm_text,
            "check_required_fields": t.check_required_fields,
        }
        for t in document.transitions_from(start.key)
        if t.kind == TransitionKind.MANUAL
    ]
    assert start.type == StateType.START
    return {
        "workflow_id": workflow.pk,
        "key": workflow.key,
        "name": workflow.name,
        "version": current.number,
        "can_create": person.can_create(document),
        "start_state": {"key": start.key, "name": start.name},
        "fields": fields,
        "transitions": transitions,
    }
