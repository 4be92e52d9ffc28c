"""What lets a 2.x client keep working against the 2.x-compatible API after its install is imported:
the ids it holds (workflows, states, transitions; tickets keep theirs in `tickets`) and its apps'
tokens."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from core.errors import ApplicationError
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow
from integrations.v2compat.models import CompatApp, LegacyId
from integrations.v2compat.services import compat_app_create, legacy_id_assign
from integrations.v2import import texts
from integrations.v2import.report import Report
from integrations.v2import.source import SourceDatabase

APP_TABLE = "account_apptoken"
# 2.x grants an app a workflow with a row (permission "api", user_type "app", user = the app's name).
PERMISSION_TABLE = "workflow_workflowuserpermission"


def _source_number(key: str, letter: str) -> int | None:
    """The 2.x id inside one of our keys (`s12` → 12 for states, `t7` → 7 for transitions)."""
    if key.startswith(letter) and key[1:].isdigit():
        return int(key[1:])
    return None


def pin_legacy_ids(*, source_id: int, workflow: Workflow, document: WorkflowDocument, report: Report) -> None:
    """Give the workflow, its states and transitions their 2.x ids in the compat API's id map. An id
    another workflow holds already stays with it; the report says which ones moved."""
    pins = [(LegacyId.Kind.WORKFLOW, "", source_id)]
    pins += [
        (LegacyId.Kind.STATE, state.key, number)
        for state in document.states
        if (number := _source_number(state.key, "s")) is not None
    ]
    pins += [
        (LegacyId.Kind.TRANSITION, transition.key, number)
        for transition in document.transitions
        if (number := _source_number(transition.key, "t")) is not None
    ]
    for kind, key, number in pins:
        try:
            with transaction.atomic():
                legacy_id_assign(workflow=workflow, kind=kind, key=key, number=number)
        except ApplicationError:
            report.count("legacy_ids", "taken")
            report.issue(
                "legacy_id",
                f"the 2.x {kind} id {number} is held by another workflow here: compat clients get a new one",
                workflow=workflow.name,
                key=key,
            )
        else:
            report.count("legacy_ids", "kept")


def import_apps(*, source: SourceDatabase, report: Report, workflow_ids: dict[int, int]) -> None:
    """The 2.x apps (`account_apptoken`) as compat apps with the same name and token, on the
    workflows they had; as in 2.x, their `username` header may name anyone (narrow it afterwards).
    `workflow_ids` maps 2.x workflow ids to ours. An app already here is left as it is."""
    if source.columns(APP_TABLE) is None:
        return
    granted = _api_grants(source)
    existing = set(CompatApp.objects.values_list("name", flat=True))
    for row in source.all_rows(APP_TABLE):
        name = texts.text(row.get("app_name"), 50).strip()
        token = texts.text(row.get("token"), 100).strip()
        if texts.flag(row.get("is_deleted")) or not name:
            continue
        if name in existing:
            report.count("apps", "unchanged")
            continue
        # Older 2.x installs listed them on the app row itself.
        listed = [texts.as_int(part) for part in texts.text(row.get("workflow_ids"), 4000).split(",")]
        wanted = granted.get(name, set()) | set(listed)
        ours = sorted({workflow_ids[wid] for wid in wanted if wid in workflow_ids})
        try:
            with transaction.atomic():
                compat_app_create(
                    name=name,
                    description="Imported from Loonflow 2.x",
                    workflow_ids=ours,
                    acting_usernames=[CompatApp.ANY_USER],
                    token=token or None,
                )
        except ApplicationError as exc:
            report.count("apps", "failed")
            report.issue("app", f"not imported: {exc.message}", app=name)
            continue
        existing.add(name)
        report.count("apps", "created")
        report.issue(
            "app",
            "may act for anyone in its username header, as in 2.x: narrow it under 2.x compatibility"
            + ("" if token else "; it had no token, so it got a new one (rotate it to see it)"),
            app=name,
        )


def _api_grants(source: SourceDatabase) -> dict[str, set[int]]:
    """App name → the 2.x workflow ids it may call."""
    if source.columns(PERMISSION_TABLE) is None:
        return {}
    granted: dict[str, set[int]] = {}
    for row in source.all_rows(PERMISSION_TABLE):
        if texts.flag(row.get("is_deleted")):
            continue
        if texts.text(row.get("permission")) != "api" or texts.text(row.get("user_type")) != "app":
            continue
        granted.setdefault(texts.text(row.get("user"), 100), set()).add(texts.as_int(row.get("workflow_id")))
    return granted


def app_workflow_map(targets: dict[int, Any]) -> dict[int, int]:
    return {source_id: target.workflow_id for source_id, target in targets.items()}
