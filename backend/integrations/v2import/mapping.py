"""The tenant's map from 2.x ids to ours (`V2ImportMapping`): what makes a re-run import nothing
twice and an interrupted run resume where it stopped."""

from __future__ import annotations

from typing import Any

from integrations.v2import.models import V2ImportMapping


def known(kind: str) -> dict[str, V2ImportMapping]:
    """Every mapping of a (small) kind: users, departments, roles, workflows."""
    return {row.source_id: row for row in V2ImportMapping.objects.filter(kind=kind)}


def known_ids(kind: str, source_ids: list[Any]) -> dict[str, V2ImportMapping]:
    wanted = [str(source_id) for source_id in source_ids]
    return {row.source_id: row for row in V2ImportMapping.objects.filter(kind=kind, source_id__in=wanted)}


def remember(
    kind: str, source_id: Any, *, target_id: int | None = None, target_key: str = "", external_ref: str = ""
) -> V2ImportMapping:
    row, _created = V2ImportMapping.objects.update_or_create(
        kind=kind,
        source_id=str(source_id),
        defaults={"target_id": target_id, "target_key": target_key[:300], "external_ref": external_ref[:100]},
    )
    return row


def remember_new(
    kind: str, source_id: Any, *, target_id: int | None = None, target_key: str = "", external_ref: str = ""
) -> V2ImportMapping:
    """One insert, for an object this run just created (a second one for the source id fails)."""
    return V2ImportMapping.objects.create(
        kind=kind,
        source_id=str(source_id),
        target_id=target_id,
        target_key=target_key[:300],
        external_ref=external_ref[:100],
    )
