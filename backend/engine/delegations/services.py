"""Delegation writes: set one (for oneself, or an admin for anyone) and cancel one.

A delegation cycle (A→B→A, or longer) over overlapping periods and workflows is refused (409
`delegation_cycle`), and so is a second delegation of the same person over an overlapping period
and workflows (409 `delegation_overlap`): both checks run under one tenant-wide advisory lock held
until the transaction ends, so two parallel requests cannot each pass the check and close a cycle.

Handing over the turns already waiting is the ticket runtime's job (it owns handler rows): it
registers itself with `on_start` when the engine app starts (`engine.apps`), as the dependency rule
keeps this area below `engine.tickets`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.access.models import User
from core.errors import Conflict, NotFound, ValidationFailed, field_problem
from core.locks import advisory_xact_lock
from core.wakeups import wake_after_commit
from engine.delegations.models import Delegation
from engine.workflows.models import Workflow

MAX_DAYS = 366
# What hands waiting turns over: (turns moved, tickets it could not take now and will retry).
Handover = Callable[[Delegation, User | None], tuple[int, int]]
_handovers: list[Handover] = []


def on_start(handover: Handover) -> None:
    """Register what hands the waiting turns over when a `move_waiting` delegation starts."""
    if handover not in _handovers:
        _handovers.append(handover)


@dataclass(frozen=True)
class NewDelegation:
    delegator: User
    delegate_username: str
    starts_at: datetime
    ends_at: datetime
    workflow_ids: list[int] = field(default_factory=list)
    move_waiting: bool = False
    note: str = ""


def _problem(name: str, message: str) -> ValidationFailed:
    return ValidationFailed(message, details=[field_problem(name, message)])


def _checked(new: NewDelegation) -> tuple[User, list[int]]:
    delegate = User.objects.filter(username=new.delegate_username, is_active=True).first()
    if delegate is None:
        raise _problem(
            "delegate",
            _("No active user %(delegate_username)s.") % {"delegate_username": repr(new.delegate_username)},
        )
    if delegate.pk == new.delegator.pk:
        raise _problem("delegate", _("A person cannot delegate to themselves."))
    if new.ends_at <= new.starts_at:
        raise _problem("ends_at", _("The end must come after the start."))
    if new.ends_at <= timezone.now():
        raise _problem("ends_at", _("The end is in the past."))
    if (new.ends_at - new.starts_at).days > MAX_DAYS:
        raise _problem("ends_at", _("A delegation lasts at most %(value)s days.") % {"value": MAX_DAYS})
    workflow_ids = sorted(set(new.workflow_ids))
    known = set(Workflow.objects.filter(pk__in=workflow_ids).values_list("pk", flat=True))
    unknown = [pk for pk in workflow_ids if pk not in known]
    if unknown:
        raise _problem("workflow_ids", _("No workflow with id %(value)s.") % {"value": unknown[0]})
    return delegate, workflow_ids


def _overlapping(starts_at: datetime, ends_at: datetime, workflow_ids: list[int]) -> list[tuple[int, int]]:
    """(delegator, delegate) of the live delegations whose period and workflows meet these."""
    rows = Delegation.objects.live().filter(starts_at__lt=ends_at, ends_at__gt=starts_at)
    if workflow_ids:
        rows = rows.filter(Q(workflow_ids=[]) | Q(workflow_ids__overlap=workflow_ids))
    return list(rows.values_list("delegator_id", "delegate_id"))


def _cycle(edges: list[tuple[int, int]], delegator_id: int, delegate_id: int) -> list[int] | None:
    """The path delegate → … → delegator the existing edges make (the new edge closes it), if any."""
    following: dict[int, list[int]] = {}
    for source, target in edges:
        following.setdefault(source, []).append(target)
    paths, seen = [[delegate_id]], {delegate_id}
    while paths:
        path = paths.pop()
        if path[-1] == delegator_id:
            return path
        for target in following.get(path[-1], []):
            if target not in seen:
                seen.add(target)
                paths.append([*path, target])
    return None


def _refuse_cycles_and_overlaps(
    delegator: User, delegate: User, new: NewDelegation, workflow_ids: list[int]
) -> None:
    advisory_xact_lock("delegations")
    edges = _overlapping(new.starts_at, new.ends_at, workflow_ids)
    if any(source == delegator.pk for source, _target in edges):
        raise Conflict(
            _("%(username)s already has a delegation over part of this period.")
            % {"username": delegator.username},
            code="delegation_overlap",
        )
    path = _cycle(edges, delegator.pk, delegate.pk)
    if path is not None:
        names = dict(User.objects.filter(pk__in=path).values_list("pk", "username"))
        chain = [delegator.username, *(names.get(pk, str(pk)) for pk in path)]
        raise Conflict(
            _("This delegation would close a cycle: %(chain)s.") % {"chain": " → ".join(chain)},
            code="delegation_cycle",
            details={"cycle": chain},
        )


@transaction.atomic
def delegation_create(*, new: NewDelegation, created_by: User | None) -> Delegation:
    delegate, workflow_ids = _checked(new)
    _refuse_cycles_and_overlaps(new.delegator, delegate, new, workflow_ids)
    delegation = Delegation.objects.create(
        delegator=new.delegator,
        delegate=delegate,
        starts_at=new.starts_at,
        ends_at=new.ends_at,
        workflow_ids=workflow_ids,
        move_waiting=new.move_waiting,
        note=new.note,
        created_by=created_by,
    )
    now = timezone.now()
    if new.move_waiting and new.starts_at <= now:
        delegation_start(delegation=delegation, by=created_by)
    if new.move_waiting and delegation.moved_at is None:
        # The scheduler hands the turns over when it starts (or retries the busy tickets).
        wake_after_commit(max(new.starts_at, now))
    return delegation


def delegation_start(*, delegation: Delegation, by: User | None) -> int:
    """Hand the turns waiting for the delegator over to the delegate; how many moved. Done once all
    are over (`moved_at`); tickets busy meanwhile are left to the scheduler's next tick."""
    moved = pending = 0
    for handover in _handovers:
        done, left = handover(delegation, by)
        moved, pending = moved + done, pending + left
    if not pending:
        delegation.moved_at = timezone.now()
        delegation.save(update_fields=["moved_at"])
    return moved


def delegations_start_due(*, now: datetime | None = None, batch: int = 100) -> int:
    """The scheduler's part: hand over the waiting turns of the `move_waiting` delegations that have
    started since they were set, or whose hand-over left busy tickets (each in its own transaction,
    the delegation locked, so no turn moves twice); how many finished."""
    due = Delegation.objects.running_at(now or timezone.now()).filter(move_waiting=True, moved_at=None)
    started = 0
    for pk in list(due.order_by("starts_at", "pk").values_list("pk", flat=True)[:batch]):
        with transaction.atomic():
            delegation = Delegation.objects.select_for_update().filter(pk=pk, moved_at=None).first()
            if delegation is not None:
                delegation_start(delegation=delegation, by=None)
                started += delegation.moved_at is not None
    return started


@transaction.atomic
def delegation_cancel(*, delegation_id: int, user: User | None, admin: bool) -> Delegation:
    """End a delegation now (its own delegator, or an admin). Turns already given stay given."""
    rows = Delegation.objects.select_for_update().filter(pk=delegation_id)
    if not admin:
        rows = rows.filter(delegator=user)
    delegation = rows.first()
    if delegation is None:
        raise NotFound(_("No delegation with id %(delegation_id)s.") % {"delegation_id": delegation_id})
    if delegation.cancelled_at is None:
        delegation.cancelled_at = timezone.now()
        delegation.save(update_fields=["cancelled_at"])
    return delegation
