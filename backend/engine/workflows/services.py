"""Writes for workflow definitions: create, edit the draft, publish, archive, clone, import."""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.access.models import User
from core.errors import (
    ApplicationError,
    Conflict,
    LimitExceeded,
    NotFound,
    PreconditionFailed,
    ValidationFailed,
    field_problem,
)
from core.locks import advisory_xact_lock
from core.tenancy import tenant_quota
from core.wakeups import figures_changed
from engine.workflows.definitions.schema import WorkflowDocument, starter_document
from engine.workflows.definitions.validation import Problem, directory_index_for, validate_document
from engine.workflows.definitions.validation.context import duplicate_key_problems
from engine.workflows.definitions.validation.coverage import participant_warnings
from engine.workflows.models import Workflow, WorkflowVersion

Status = WorkflowVersion.Status


def _check_workflow_quota() -> None:
    """Refuse (429) one more workflow past the tenant's `max_workflows`. Holds the tenant's
    workflow-quota lock until the caller's transaction (which inserts the workflow) ends, so
    parallel creates, imports and clones count one after another."""
    figures_changed()
    limit = tenant_quota("max_workflows")
    if limit is None:
        return
    advisory_xact_lock("quota:max_workflows")
    if Workflow.objects.count() >= limit:
        raise LimitExceeded(
            _("This tenant may have at most %(limit)s workflows.") % {"limit": limit},
            code="quota_exceeded",
            details={"quota": "max_workflows", "limit": limit},
        )


def _set_admins(workflow: Workflow, admin_ids: list[int] | None) -> None:
    if admin_ids is None:
        return
    wanted = set(admin_ids)
    found = set(User.objects.filter(pk__in=wanted, is_active=True).values_list("pk", flat=True))
    missing = sorted(wanted - found)
    if missing:
        raise ValidationFailed(
            _("Unknown admin_ids: %(missing)s.") % {"missing": missing},
            details=[
                field_problem("admin_ids", _("No active user with id %(pk)s.") % {"pk": pk}) for pk in missing
            ],
        )
    workflow.admins.set(found)


@transaction.atomic
def workflow_create(
    *,
    key: str,
    name: str,
    description: str = "",
    category: str = "",
    admin_ids: list[int] | None = None,
    document: WorkflowDocument | None = None,
) -> Workflow:
    _check_workflow_quota()
    if Workflow.objects.filter(key=key).exists():
        raise Conflict(_("A workflow with key %(key)s exists.") % {"key": repr(key)}, code="key_taken")
    try:
        with transaction.atomic():
            workflow = Workflow.objects.create(key=key, name=name, description=description, category=category)
    except IntegrityError:
        raise Conflict(
            _("A workflow with key %(key)s exists.") % {"key": repr(key)}, code="key_taken"
        ) from None
    _set_admins(workflow, admin_ids)
    WorkflowVersion.objects.create(
        workflow=workflow,
        number=1,
        status=Status.DRAFT,
        document=(document or starter_document()).model_dump(mode="json"),
    )
    return workflow


def workflow_update(*, workflow: Workflow, changes: dict[str, Any]) -> Workflow:
    with transaction.atomic():
        for key in ("name", "description", "category"):
            if changes.get(key) is not None:
                setattr(workflow, key, changes[key])
        workflow.save()
        _set_admins(workflow, changes.get("admin_ids"))
    return workflow


def workflow_delete(*, workflow: Workflow) -> None:
    # Tickets keep their workflow (PROTECT): a workflow in use is archived, never deleted.
    if workflow.tickets.exists():
        raise Conflict(
            _("This workflow has tickets and cannot be deleted; archive its versions instead."),
            code="workflow_in_use",
        )
    workflow.delete()
    figures_changed()


def _locked_draft(workflow: Workflow) -> WorkflowVersion:
    draft = WorkflowVersion.objects.select_for_update().filter(workflow=workflow, status=Status.DRAFT).first()
    if draft is None:  # never happens through the services; a hand-edited database is no excuse for a 500
        raise NotFound(_("This workflow has no draft."), code="no_draft")
    return draft


def _check_etag(draft: WorkflowVersion, if_match: str | None) -> None:
    if if_match is None:
        raise ApplicationError(
            _("Send the draft's ETag in If-Match to save it."), code="precondition_required", status=428
        )
    candidates = {tag.strip() for tag in if_match.split(",")}
    if draft.etag not in candidates and "*" not in candidates:
        raise PreconditionFailed(
            _("The draft changed since you loaded it."), details={"current_etag": draft.etag}
        )


@transaction.atomic
def draft_save(
    *, workflow: Workflow, document: WorkflowDocument, if_match: str | None, comment: str = ""
) -> WorkflowVersion:
    _refuse_duplicate_keys(document)
    draft = _locked_draft(workflow)
    _check_etag(draft, if_match)
    draft.document = document.model_dump(mode="json")
    draft.comment = comment
    draft.revision += 1
    draft.save(update_fields=["document", "comment", "revision", "updated_at"])
    return draft


def _refuse_duplicate_keys(document: WorkflowDocument) -> None:
    """A draft may break publishing rules, but not hold two elements under one key (every reference
    to that key would be ambiguous): 422 `duplicate_key`, each repeat at its `document.…key` path."""
    duplicates = duplicate_key_problems(document)
    if duplicates:
        raise ValidationFailed(
            _("The document repeats %(count)s key(s); keys must be unique.") % {"count": len(duplicates)},
            code="duplicate_key",
            details=[field_problem(f"document.{p.path}", p.message, p.code) for p in duplicates],
        )


def document_problems(document: WorkflowDocument) -> list[Problem]:
    return validate_document(document, directory_index_for(document))


def document_warnings(document: WorkflowDocument) -> list[Problem]:
    """What may go wrong at run time without blocking publishing (participants that may be nobody)."""
    return participant_warnings(document)


@transaction.atomic
def workflow_publish(
    *, workflow: Workflow, actor: User | None, if_match: str | None = None, comment: str = ""
) -> WorkflowVersion:
    """Freeze the draft as the published version; archive the previous one; open the next draft."""
    draft = _locked_draft(workflow)
    if if_match is not None:
        _check_etag(draft, if_match)
    document = WorkflowDocument.model_validate(draft.document)
    problems = document_problems(document)
    if problems:
        raise ValidationFailed(
            _("The draft has %(count)s problem(s); nothing was published.") % {"count": len(problems)},
            code="invalid_definition",
            details=[problem.as_dict() for problem in problems],
        )
    WorkflowVersion.objects.filter(workflow=workflow, status=Status.PUBLISHED).update(
        status=Status.ARCHIVED, updated_at=timezone.now()
    )
    draft.status = Status.PUBLISHED
    draft.published_at = timezone.now()
    draft.published_by = actor
    if comment:
        draft.comment = comment
    draft.save(update_fields=["status", "published_at", "published_by", "comment", "updated_at"])
    WorkflowVersion.objects.create(
        workflow=workflow, number=draft.number + 1, status=Status.DRAFT, document=draft.document
    )
    return draft


@transaction.atomic
def version_archive(*, workflow: Workflow, number: int) -> WorkflowVersion:
    """Retire a published version: no new tickets start in it (running ones keep their version)."""
    version = WorkflowVersion.objects.select_for_update().filter(workflow=workflow, number=number).first()
    if version is None:
        raise NotFound(_("Version %(number)s of this workflow does not exist.") % {"number": number})
    if version.status == Status.DRAFT:
        raise Conflict(_("A draft cannot be archived; publish or edit it."), code="version_is_draft")
    if version.status == Status.PUBLISHED:
        version.status = Status.ARCHIVED
        version.save(update_fields=["status", "updated_at"])
    return version


@transaction.atomic
def workflow_clone(*, workflow: Workflow, key: str, name: str, number: int | None = None) -> Workflow:
    source = WorkflowVersion.objects.filter(workflow=workflow, status=Status.DRAFT)
    if number is not None:
        source = WorkflowVersion.objects.filter(workflow=workflow, number=number)
    version = source.first()
    if version is None:
        raise NotFound(_("Version %(number)s of this workflow does not exist.") % {"number": number})
    return workflow_create(
        key=key,
        name=name,
        description=workflow.description,
        category=workflow.category,
        document=WorkflowDocument.model_validate(version.document),
    )


@transaction.atomic
def workflow_import(
    *, key: str, name: str, description: str, category: str, document: WorkflowDocument, replace_draft: bool
) -> Workflow:
    """Create a workflow from an exported bundle, or (replace_draft) load it into an existing draft."""
    _refuse_duplicate_keys(document)
    existing = Workflow.objects.filter(key=key).first()
    if existing is None:
        return workflow_create(
            key=key, name=name, description=description, category=category, document=document
        )
    if not replace_draft:
        raise Conflict(
            _("A workflow with key %(key)s exists; import with replace_draft=true to load it as its draft.")
            % {"key": repr(key)},
            code="key_taken",
        )
    draft = _locked_draft(existing)
    _check_etag(draft, "*")
    existing.name, existing.description, existing.category = name, description, category
    existing.save()
    draft.document = document.model_dump(mode="json")
    draft.revision += 1
    draft.save(update_fields=["document", "revision", "updated_at"])
    return existing


def workflow_from_template(
    *, template: dict[str, Any], key: str | None = None, name: str | None = None
) -> Workflow:
    """A new workflow whose draft is the template's document. Without a `key`, the template's own,
    or the first free `<key>-2`, `<key>-3`…; an explicit `key` that is taken is a 409."""
    if key is None:
        taken = set(Workflow.objects.filter(key__startswith=template["key"]).values_list("key", flat=True))
        key, number = template["key"], 1
        while key in taken:
            number += 1
            key = f"{template['key']}-{number}"
    return workflow_create(
        key=key,
        name=name or template["name"],
        description=template["description"],
        category=template["category"],
        document=template["document"],
    )
