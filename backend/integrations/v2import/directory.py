"""2.x users, departments and roles into the tenant's directory, through the idempotent
directory sync (`core.directory.sync`).

Departments and roles get the codes `v2-dept-<id>` / `v2-role-<id>`. A username the tenant
already has, and that an earlier run did not create, is the same person: it is matched, never
changed, and only gains the departments and roles 2.x gave it. Soft-deleted rows are not imported;
a 2.x user who is inactive is imported inactive.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.hashers import identify_hasher
from pydantic import ValidationError

from core.access.models import User
from core.directory.models import Department, DepartmentMembership, Role, RoleMembership
from core.directory.schemas import DirectorySyncIn, SyncDepartmentIn, SyncRoleIn, SyncUserIn
from core.directory.sync import directory_sync
from integrations.v2import import mapping, texts
from integrations.v2import.participants import SYSTEM_NAMES, department_code, role_code
from integrations.v2import.report import Report
from integrations.v2import.source import SourceDatabase


def _live(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [row for row in rows if not texts.flag(row.get("is_deleted"))]


class _Directory:
    def __init__(self, source: SourceDatabase, report: Report) -> None:
        self.source, self.report = source, report
        self.users = {row["id"]: row for row in _live(source.all_rows("account_loonuser"))}
        self.depts = {row["id"]: row for row in _live(source.all_rows("account_loondept"))}
        self.roles = {row["id"]: row for row in _live(source.all_rows("account_loonrole"))}
        self.ours = mapping.known("user")
        self.valid: dict[str, SyncUserIn] = {}
        self.matched: set[str] = set()

    def role_items(self) -> list[SyncRoleIn]:
        out = []
        for source_id, row in self.roles.items():
            name = texts.text(row.get("name"), 200).strip() or role_code(source_id)
            out.append(
                SyncRoleIn(
                    code=role_code(source_id), name=name, description=texts.text(row.get("description"), 2000)
                )
            )
        return out

    def user_items(self) -> None:
        existing = set(
            User.objects.filter(
                username__in=[texts.text(r.get("username")) for r in self.users.values()]
            ).values_list("username", flat=True)
        )
        for row in self.users.values():
            username = texts.text(row.get("username")).strip()
            if username in SYSTEM_NAMES:
                continue
            item: SyncUserIn | None
            try:
                item = SyncUserIn(
                    username=username,
                    display_name=texts.text(row.get("alias"), 150).strip(),
                    email=texts.text(row.get("email")).strip() or None,
                    phone=texts.text(row.get("phone"), 32).strip(),
                    is_active=texts.flag(row.get("is_active")),
                )
            except ValidationError as exc:
                item = self._without_bad_contact(row, username, exc)
                if item is None:
                    continue
            if username in existing and str(row["id"]) not in self.ours:
                self.matched.add(username)
            self.valid[username] = item

    def _without_bad_contact(
        self, row: dict[str, Any], username: str, exc: ValidationError
    ) -> SyncUserIn | None:
        """Retry without email and phone (a bad one must not keep the person out); None if still invalid."""
        try:
            item = SyncUserIn(
                username=username,
                display_name=texts.text(row.get("alias"), 150).strip(),
                is_active=texts.flag(row.get("is_active")),
            )
        except ValidationError:
            self.report.issue(
                "user", f"not imported: {exc.errors()[0]['msg']}", user=username, source_id=row["id"]
            )
            self.report.count("users", "failed")
            return None
        self.report.issue(
            "user", "email or phone is not valid and was left out", user=username, source_id=row["id"]
        )
        return item

    def department_items(self) -> list[SyncDepartmentIn]:
        parents = self._acyclic_parents()
        out = []
        for source_id, row in self.depts.items():
            leader = self._person(texts.text(row.get("leader")).strip(), row)
            approvers = texts.names(row.get("approver"))
            if len(approvers) > 1:
                self.report.issue(
                    "department", "only the first of several approvers is kept", department=row.get("name")
                )
            approver = self._person(approvers[0], row) if approvers else None
            out.append(
                SyncDepartmentIn(
                    code=department_code(source_id),
                    name=texts.text(row.get("name"), 200).strip() or department_code(source_id),
                    parent=department_code(parents[source_id]) if parents.get(source_id) else None,
                    leader=leader,
                    # 2.x's creator_tl is the approvers, or the leader without them: so is ours.
                    approver=approver or leader,
                )
            )
        return out

    def _person(self, username: str, row: dict[str, Any]) -> str | None:
        if not username:
            return None
        if username in self.valid or User.objects.filter(username=username).exists():
            return username
        self.report.issue(
            "department",
            f"leader or approver {username!r} is not a user; left out",
            department=row.get("name"),
        )
        return None

    def _acyclic_parents(self) -> dict[Any, Any]:
        parents = {}
        for source_id, row in self.depts.items():
            parent = texts.as_int(row.get("parent_dept_id"))
            if parent and parent not in self.depts:
                self.report.issue(
                    "department",
                    "its parent department does not exist; imported at the top",
                    department=row.get("name"),
                )
                parent = 0
            parents[source_id] = parent or None
        for source_id in list(parents):
            seen, node = {source_id}, parents[source_id]
            while node is not None:
                if node in seen:
                    self.report.issue(
                        "department",
                        "its parents form a cycle; imported at the top",
                        department=self.depts[source_id].get("name"),
                    )
                    parents[source_id] = None
                    break
                seen.add(node)
                node = parents.get(node)
        return parents

    def memberships(self, table: str, column: str, live: dict[Any, Any], code: Any) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for row in _live(self.source.all_rows(table)):
            user = self.users.get(row.get("user_id"))
            if user is None or row.get(column) not in live:
                continue
            out.setdefault(texts.text(user.get("username")).strip(), []).append(code(row[column]))
        return out


def import_directory(*, source: SourceDatabase, report: Report, actor: str) -> None:
    directory = _Directory(source, report)
    directory.user_items()
    depts = directory.memberships("account_loonuserdept", "dept_id", directory.depts, department_code)
    roles = directory.memberships("account_loonuserrole", "role_id", directory.roles, role_code)
    synced = [
        item.model_copy(update={"departments": depts.get(name, [])[:200], "roles": roles.get(name, [])[:200]})
        for name, item in directory.valid.items()
        if name not in directory.matched
    ]
    new_names = {item.username for item in synced} - set(
        User.objects.filter(username__in=[i.username for i in synced]).values_list("username", flat=True)
    )
    summary = directory_sync(
        payload=DirectorySyncIn(
            users=synced, departments=directory.department_items(), roles=directory.role_items()
        ),
        actor=actor,
    )
    for kind in ("users", "departments", "roles"):
        for outcome, n in getattr(summary, kind).as_dict().items():
            if n:
                report.count(kind, outcome, n)
    _add_memberships(directory.matched, depts, roles)
    report.count("users", "matched", len(directory.matched))
    _remember(directory, new_names)


def _add_memberships(matched: set[str], depts: dict[str, list[str]], roles: dict[str, list[str]]) -> None:
    """Matched people gain 2.x's departments and roles and keep everything they had."""
    users = dict(User.objects.filter(username__in=matched).values_list("username", "pk"))
    dept_ids = dict(Department.objects.filter(code__startswith="v2-dept-").values_list("code", "pk"))
    role_ids = dict(Role.objects.filter(code__startswith="v2-role-").values_list("code", "pk"))
    DepartmentMembership.objects.bulk_create(
        [
            DepartmentMembership(user_id=users[n], department_id=dept_ids[c])
            for n in users
            for c in depts.get(n, [])
            if c in dept_ids
        ],
        ignore_conflicts=True,
    )
    RoleMembership.objects.bulk_create(
        [
            RoleMembership(user_id=users[n], role_id=role_ids[c])
            for n in users
            for c in roles.get(n, [])
            if c in role_ids
        ],
        ignore_conflicts=True,
    )


def _remember(directory: _Directory, new_names: set[str]) -> None:
    users = {u.username: u for u in User.objects.filter(username__in=list(directory.valid))}
    for source_id, row in directory.users.items():
        user = users.get(texts.text(row.get("username")).strip())
        if user is None:
            continue
        if user.username in new_names:
            _keep_password(user, texts.text(row.get("password")))
        if str(source_id) not in directory.ours:
            mapping.remember("user", source_id, target_id=user.pk, target_key=user.username)
    for code, pk in Department.objects.filter(code__startswith="v2-dept-").values_list("code", "pk"):
        mapping.remember("department", code.removeprefix("v2-dept-"), target_id=pk, target_key=code)
    for code, pk in Role.objects.filter(code__startswith="v2-role-").values_list("code", "pk"):
        mapping.remember("role", code.removeprefix("v2-role-"), target_id=pk, target_key=code)


def _keep_password(user: User, encoded: str) -> None:
    """A new user keeps their 2.x password when it is a Django hash this installation can check."""
    try:
        identify_hasher(encoded)
    except ValueError:
        return
    User.objects.filter(pk=user.pk).update(password=encoded)
