"""Delegation reads: who stands in for whom now (participant resolution), and the lists."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from core.access.models import User
from engine.delegations.models import Delegation

# A chain A→B→C is followed to its end; cycles are refused when created, and this bounds the walk.
MAX_CHAIN = 10


def stand_ins(user_ids: Iterable[int], *, workflow_id: int, at: datetime | None = None) -> dict[int, int]:
    """For each of these users away now (for this workflow), who takes their turns: their delegate,
    or the delegate's delegate when that one is away too. An inactive delegate stands in for no one.
    One query (none for no users)."""
    wanted = set(user_ids)
    if not wanted:
        return {}
    running = (
        Delegation.objects.running_at(at or timezone.now())
        .for_workflow(workflow_id)
        .filter(delegate__is_active=True)
        .values_list("delegator_id", "delegate_id")
    )
    edges = dict(running)
    out: dict[int, int] = {}
    for user_id in wanted:
        current, seen = user_id, {user_id}
        for _ in range(MAX_CHAIN):
            following = edges.get(current)
            if following is None or following in seen:
                break
            current = following
            seen.add(current)
        if current != user_id:
            out[user_id] = current
    return out


def delegation_list(
    *, user: User | None = None, delegator: str = "", delegate: str = "", include_past: bool = False
) -> QuerySet[Delegation]:
    """Delegations, newest start first: `user`'s (given or received), or, for admins, everyone's
    (filtered by the usernames given). Past and cancelled ones only with `include_past`."""
    queryset = Delegation.objects.select_related("delegator", "delegate", "created_by")
    if user is not None:
        queryset = queryset.filter(Q(delegator=user) | Q(delegate=user))
    if delegator:
        queryset = queryset.filter(delegator__username=delegator)
    if delegate:
        queryset = queryset.filter(delegate__username=delegate)
    if not include_past:
        queryset = queryset.live().filter(ends_at__gt=timezone.now())
    return queryset


def delegation_audit_snapshot(delegation_id: Any) -> dict[str, Any] | None:
    row = (
        Delegation.objects.filter(pk=delegation_id)
        .values(
            "delegator__username",
            "delegate__username",
            "starts_at",
            "ends_at",
            "workflow_ids",
            "move_waiting",
            "cancelled_at",
        )
        .first()
    )
    if row is None:
        return None
    return {
        "delegator": row["delegator__username"],
        "delegate": row["delegate__username"],
        "starts_at": row["starts_at"].isoformat(),
        "ends_at": row["ends_at"].isoformat(),
        "workflow_ids": row["workflow_ids"],
        "move_waiting": row["move_waiting"],
        "cancelled_at": row["cancelled_at"].isoformat() if row["cancelled_at"] else None,
    }
