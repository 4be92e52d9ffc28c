"""Bulk, idempotent directory sync for the HR system.

One call upserts roles, departments (with their tree, leader and approver), users and their
memberships. Everything is validated before anything is written, and the whole call is one
transaction: a bad payload changes nothing. Sending the same payload twice changes nothing the
second time, and the summary says so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.access.models import User
from core.directory.models import Department, DepartmentMembership, DirectorySyncRun, Role, RoleMembership
from core.directory.schemas import DirectorySyncIn
from core.directory.services import check_user_quota
from core.directory.tasks import log_directory_sync
from core.errors import ValidationFailed, field_problem
from core.wakeups import figures_changed


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    deactivated: int = 0
    unchanged: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "created": self.created,
            "updated": self.updated,
            "deactivated": self.deactivated,
            "unchanged": self.unchanged,
        }


@dataclass(frozen=True)
class SyncScope:
    """What a full sync may deactivate when the payload is one feed's share of the directory (an LDAP
    source): only these usernames and department codes (None: everything, as for the HR system's own
    sync). Roles outside `roles` are never deactivated by such a feed."""

    users: frozenset[str] | None = None
    departments: frozenset[str] | None = None
    roles: frozenset[str] | None = None


EVERYTHING = SyncScope()


@dataclass
class SyncSummary:
    users: Counts = field(default_factory=Counts)
    departments: Counts = field(default_factory=Counts)
    roles: Counts = field(default_factory=Counts)
    memberships: Counts = field(default_factory=Counts)

    @property
    def changed(self) -> bool:
        return any(
            c.created or c.updated or c.deactivated
            for c in (self.users, self.departments, self.roles, self.memberships)
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "users": self.users.as_dict(),
            "departments": self.departments.as_dict(),
            "roles": self.roles.as_dict(),
            "memberships": self.memberships.as_dict(),
            "changed": self.changed,
        }


class _Problems:
    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []

    def add(self, loc: list[Any], message: str, type_: str = "invalid") -> None:
        self.items.append(field_problem(".".join(str(part) for part in loc), message, type_))

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationFailed(
                _("The directory payload has problems; nothing was changed."), details=self.items
            )


def _duplicates(values: list[str]) -> set[str]:
    return {value for value, count in Counter(values).items() if count > 1}


def _validate(payload: DirectorySyncIn) -> None:
    problems = _Problems()
    _check_duplicates(payload, problems)
    problems.raise_if_any()
    _check_references(payload, problems)
    problems.raise_if_any()
    _check_tree(payload, problems)
    problems.raise_if_any()


def _check_duplicates(payload: DirectorySyncIn, problems: _Problems) -> None:
    for kind, key in (("roles", "code"), ("departments", "code"), ("users", "username")):
        items = getattr(payload, kind)
        dupes = _duplicates([getattr(item, key) for item in items])
        for index, item in enumerate(items):
            if getattr(item, key) in dupes:
                problems.add(
                    [kind, index, key],
                    _("%(value)s appears more than once.") % {"value": repr(getattr(item, key))},
                    "duplicate",
                )


def _check_references(payload: DirectorySyncIn, problems: _Problems) -> None:
    """Every department, role and user named must be in the payload or already in the directory."""
    role_codes = {r.code for r in payload.roles} | set(Role.objects.values_list("code", flat=True))
    dept_codes = {d.code for d in payload.departments} | set(
        Department.objects.values_list("code", flat=True)
    )
    usernames = {u.username for u in payload.users}
    referenced = {name for d in payload.departments for name in (d.leader, d.approver) if name}
    usernames |= set(
        User.objects.filter(username__in=referenced - usernames).values_list("username", flat=True)
    )

    _check_department_references(payload, dept_codes, usernames, problems)
    for index, user in enumerate(payload.users):
        for code in user.departments:
            if code not in dept_codes:
                problems.add(
                    ["users", index, "departments"], _("Unknown department %(code)s.") % {"code": repr(code)}
                )
        for code in user.roles:
            if code not in role_codes:
                problems.add(["users", index, "roles"], _("Unknown role %(code)s.") % {"code": repr(code)})


def _check_department_references(
    payload: DirectorySyncIn, dept_codes: set[str], usernames: set[str], problems: _Problems
) -> None:
    for index, dept in enumerate(payload.departments):
        if dept.parent and dept.parent not in dept_codes:
            problems.add(
                ["departments", index, "parent"],
                _("Unknown department %(parent)s.") % {"parent": repr(dept.parent)},
            )
        for attr in ("leader", "approver"):
            name = getattr(dept, attr)
            if name and name not in usernames:
                problems.add(["departments", index, attr], _("Unknown user %(name)s.") % {"name": repr(name)})


def _check_tree(payload: DirectorySyncIn, problems: _Problems) -> None:
    parents: dict[str, str | None] = dict(Department.objects.values_list("code", "parent__code"))
    parents.update({d.code: d.parent for d in payload.departments})
    for index, dept in enumerate(payload.departments):
        seen = {dept.code}
        node = parents.get(dept.code)
        while node:
            if node in seen:
                problems.add(
                    ["departments", index, "parent"], _("The department tree would have a cycle."), "cycle"
                )
                break
            seen.add(node)
            node = parents.get(node)


def _touch(rows: list[Any]) -> None:
    """bulk_update() skips `auto_now`: stamp changed rows by hand so updated_at tells the truth."""
    now = timezone.now()
    for row in rows:
        row.updated_at = now


def _apply(row: Any, wanted: dict[str, Any]) -> bool:
    """Set `wanted` on `row` when any of it differs; whether it did."""
    if all(getattr(row, k) == v for k, v in wanted.items()):
        return False
    for k, v in wanted.items():
        setattr(row, k, v)
    return True


def _deactivate_unlisted(
    rows: Iterable[Role | Department], listed: set[str], counts: Counts, scope: frozenset[str] | None
) -> list[Any]:
    """A full sync's active rows that the payload no longer lists (and its scope covers), deactivated
    (saved by the caller)."""
    gone = [
        row
        for row in rows
        if row.code not in listed and row.is_active and (scope is None or row.code in scope)
    ]
    for row in gone:
        row.is_active = False
    counts.deactivated += len(gone)
    return gone


def _sync_roles(payload: DirectorySyncIn, summary: SyncSummary, scope: SyncScope) -> dict[str, Role]:
    existing = {role.code: role for role in Role.objects.all()}
    to_create, to_update = [], []
    for item in payload.roles:
        role = existing.get(item.code)
        wanted = {"name": item.name, "description": item.description, "is_active": True}
        if role is None:
            to_create.append(Role(code=item.code, **wanted))
        elif _apply(role, wanted):
            to_update.append(role)
        else:
            summary.roles.unchanged += 1
    if payload.full:
        listed = {item.code for item in payload.roles}
        to_update += _deactivate_unlisted(existing.values(), listed, summary.roles, scope.roles)
    Role.objects.bulk_create(to_create)
    _touch(to_update)
    Role.objects.bulk_update(to_update, ["name", "description", "is_active", "updated_at"])
    summary.roles.created += len(to_create)
    summary.roles.updated += len(to_update) - summary.roles.deactivated
    return {role.code: role for role in Role.objects.all()}


def _sync_users(payload: DirectorySyncIn, summary: SyncSummary, scope: SyncScope) -> dict[str, User]:
    existing = {
        user.username: user for user in User.objects.filter(username__in=[u.username for u in payload.users])
    }
    to_create, to_update = [], []
    activating = 0
    for item in payload.users:
        user = existing.get(item.username)
        wanted = {
            "display_name": item.display_name,
            "email": item.email or "",
            "phone": item.phone,
            "is_active": item.is_active,
        }
        if user is None:
            new = User(username=item.username, **wanted)
            new.set_unusable_password()
            to_create.append(new)
            activating += int(item.is_active)
        else:
            was_active = user.is_active
            if _apply(user, wanted):
                activating += int(item.is_active and not was_active)
                to_update.append(user)
            else:
                summary.users.unchanged += 1
    check_user_quota(adding=activating)
    deactivated = _deactivate_unlisted_users(payload, scope.users) if payload.full else []
    User.objects.bulk_create(to_create)
    _touch(to_update + deactivated)
    User.objects.bulk_update(
        to_update + deactivated, ["display_name", "email", "phone", "is_active", "updated_at"]
    )
    summary.users.created += len(to_create)
    summary.users.updated += len(to_update)
    summary.users.deactivated += len(deactivated)
    names = {u.username for u in payload.users}
    names |= {name for d in payload.departments for name in (d.leader, d.approver) if name}
    return {user.username: user for user in User.objects.filter(username__in=names)}


def _deactivate_unlisted_users(payload: DirectorySyncIn, scope: frozenset[str] | None) -> list[User]:
    """A full sync's active users that the payload no longer lists (and its scope covers), deactivated
    (saved by the caller). Tenant admins are kept: a sync must never lock the tenant out of its own
    console."""
    listed = {item.username for item in payload.users}
    candidates = User.objects.filter(is_active=True, is_tenant_admin=False).exclude(username__in=listed)
    if scope is not None:
        candidates = candidates.filter(username__in=sorted(scope))
    gone = list(candidates)
    for user in gone:
        user.is_active = False
    return gone


def _sync_departments(
    payload: DirectorySyncIn, users: dict[str, User], summary: SyncSummary, scope: SyncScope
) -> dict[str, Department]:
    existing = {dept.code: dept for dept in Department.objects.all()}
    created = [
        Department(code=item.code, name=item.name)
        for item in payload.departments
        if item.code not in existing
    ]
    Department.objects.bulk_create(created)
    by_code = {dept.code: dept for dept in Department.objects.all()}
    to_update = []
    for item in payload.departments:
        dept = by_code[item.code]
        wanted = {
            "name": item.name,
            "parent_id": by_code[item.parent].pk if item.parent else None,
            "leader_id": users[item.leader].pk if item.leader else None,
            "approver_id": users[item.approver].pk if item.approver else None,
            "is_active": True,
        }
        if _apply(dept, wanted):
            to_update.append(dept)
            if item.code in existing:
                summary.departments.updated += 1
        elif item.code in existing:
            summary.departments.unchanged += 1
    if payload.full:
        listed = {item.code for item in payload.departments}
        to_update += _deactivate_unlisted(by_code.values(), listed, summary.departments, scope.departments)
    _touch(to_update)
    Department.objects.bulk_update(
        to_update, ["name", "parent_id", "leader_id", "approver_id", "is_active", "updated_at"]
    )
    summary.departments.created += len(created)
    return by_code


def _sync_memberships(
    payload: DirectorySyncIn,
    users: dict[str, User],
    departments: dict[str, Department],
    roles: dict[str, Role],
    summary: SyncSummary,
    scope: SyncScope,
) -> None:
    user_ids = [users[item.username].pk for item in payload.users]
    dept_memberships = DepartmentMembership.objects.filter(user_id__in=user_ids)
    role_memberships = RoleMembership.objects.filter(user_id__in=user_ids)
    # A feed's scope: memberships of departments and roles it does not manage are left alone.
    if scope.departments is not None:
        dept_memberships = dept_memberships.filter(department__code__in=sorted(scope.departments))
    if scope.roles is not None:
        role_memberships = role_memberships.filter(role__code__in=sorted(scope.roles))
    # (user, department/role) -> membership id, so stale ones go in one DELETE, not one each.
    dept_rows = {(u, d): pk for pk, u, d in dept_memberships.values_list("pk", "user_id", "department_id")}
    role_rows = {(u, r): pk for pk, u, r in role_memberships.values_list("pk", "user_id", "role_id")}
    current_depts, current_roles = set(dept_rows), set(role_rows)
    wanted_depts = {(users[i.username].pk, departments[c].pk) for i in payload.users for c in i.departments}
    wanted_roles = {(users[i.username].pk, roles[c].pk) for i in payload.users for c in i.roles}

    DepartmentMembership.objects.bulk_create(
        [DepartmentMembership(user_id=u, department_id=d) for u, d in sorted(wanted_depts - current_depts)]
    )
    RoleMembership.objects.bulk_create(
        [RoleMembership(user_id=u, role_id=r) for u, r in sorted(wanted_roles - current_roles)]
    )
    DepartmentMembership.objects.filter(pk__in=[dept_rows[k] for k in current_depts - wanted_depts]).delete()
    RoleMembership.objects.filter(pk__in=[role_rows[k] for k in current_roles - wanted_roles]).delete()
    summary.memberships.created += len(wanted_depts - current_depts) + len(wanted_roles - current_roles)
    summary.memberships.deactivated += len(current_depts - wanted_depts) + len(current_roles - wanted_roles)
    summary.memberships.unchanged += len(wanted_depts & current_depts) + len(wanted_roles & current_roles)


@transaction.atomic
def directory_sync(*, payload: DirectorySyncIn, actor: str, scope: SyncScope = EVERYTHING) -> SyncSummary:
    """`scope` limits what a full sync deactivates (a feed that owns only part of the directory)."""
    _validate(payload)
    summary = SyncSummary()
    roles = _sync_roles(payload, summary, scope)
    users = _sync_users(payload, summary, scope)
    departments = _sync_departments(payload, users, summary, scope)
    _sync_memberships(payload, users, departments, roles, summary, scope)
    run = DirectorySyncRun.objects.create(actor=actor, summary=summary.as_dict())
    figures_changed()
    # Side effects leave only after commit, and a broker outage never fails the sync itself.
    transaction.on_commit(lambda: log_directory_sync.send(run.pk), robust=True)
    return summary
