"""Reads of the compat API's configuration and of the legacy id map."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _

from core.errors import NotFound
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow
from integrations.v2compat.models import CompatApp, CompatSettings, LegacyId
from integrations.v2compat.services import legacy_ids_ensure


def compat_enabled() -> bool:
    return CompatSettings.objects.filter(pk=1, enabled=True).exists()


def compat_settings_get() -> dict[str, Any]:
    row = CompatSettings.objects.filter(pk=1).first()
    return {"enabled": bool(row and row.enabled)}


def compat_app_out(app: CompatApp) -> dict[str, Any]:
    """The app as CompatAppOut answers it (never its token)."""
    return {
        "id": app.pk,
        "name": app.name,
        "description": app.description,
        "is_active": app.is_active,
        "token_hint": app.token_hint,
        "token_rotated_at": app.token_rotated_at,
        "workflow_ids": sorted(workflow.pk for workflow in app.workflows.all()),
        "acting_usernames": app.acting_usernames,
        "created_at": app.created_at,
    }


def compat_app_list() -> list[dict[str, Any]]:
    return [compat_app_out(app) for app in CompatApp.objects.prefetch_related("workflows")]


def compat_app_get(*, app_id: int) -> CompatApp:
    app = CompatApp.objects.prefetch_related("workflows").filter(pk=app_id).first()
    if app is None:
        raise NotFound(_("No app with id %(app_id)s.") % {"app_id": app_id})
    return app


def compat_app_snapshot(app_id: int) -> dict[str, Any] | None:
    """What the audit trail compares (never the token)."""
    app = CompatApp.objects.prefetch_related("workflows").filter(pk=app_id).first()
    if app is None:
        return None
    return {
        "name": app.name,
        "description": app.description,
        "is_active": app.is_active,
        "workflow_ids": sorted(workflow.pk for workflow in app.workflows.all()),
        "acting_usernames": app.acting_usernames,
        "token_hint": app.token_hint,
    }


# ---- legacy ids ----------------------------------------------------------------------------------


@dataclass
class WorkflowIds:
    """The 2.x numbers of one workflow and of the states and transitions of one of its documents."""

    workflow: int
    states: dict[str, int]
    transitions: dict[str, int]

    def state_key(self, number: int) -> str | None:
        return next((key for key, value in self.states.items() if value == number), None)

    def transition_key(self, number: int) -> str | None:
        return next((key for key, value in self.transitions.items() if value == number), None)


def workflow_ids(workflow: Workflow, document: WorkflowDocument) -> WorkflowIds:
    return WorkflowIds(
        workflow=legacy_ids_ensure(workflow=workflow, kind=LegacyId.Kind.WORKFLOW, keys=[""])[""],
        states=legacy_ids_ensure(
            workflow=workflow, kind=LegacyId.Kind.STATE, keys=[state.key for state in document.states]
        ),
        transitions=legacy_ids_ensure(
            workflow=workflow,
            kind=LegacyId.Kind.TRANSITION,
            keys=[transition.key for transition in document.transitions],
        ),
    )


def workflow_numbers(workflows: list[Workflow]) -> dict[int, int]:
    """Our workflow pk → its 2.x number, for many workflows."""
    return {
        workflow.pk: legacy_ids_ensure(workflow=workflow, kind=LegacyId.Kind.WORKFLOW, keys=[""])[""]
        for workflow in workflows
    }


def workflow_by_number(number: int) -> Workflow | None:
    row = (
        LegacyId.objects.filter(kind=LegacyId.Kind.WORKFLOW, number=number).select_related("workflow").first()
    )
    if row is not None:
        return row.workflow
    # Not mapped yet: its own primary key, unless that number belongs to another workflow.
    workflow = Workflow.objects.filter(pk=number).first()
    if workflow is None or LegacyId.objects.filter(kind=LegacyId.Kind.WORKFLOW, workflow=workflow).exists():
        return None
    return workflow


def keys_by_numbers(kind: str, numbers: list[int]) -> list[tuple[int, str]]:
    """(workflow pk, key) of the given 2.x state or transition numbers."""
    return list(LegacyId.objects.filter(kind=kind, number__in=numbers).values_list("workflow_id", "key"))
