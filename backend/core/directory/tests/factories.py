"""Plain helpers of the directory tests: what the tenant's directory holds, checks of refused
requests, and the HR system's sync payload."""

from __future__ import annotations

import base64
import json
from typing import Any

from django_tenants.utils import schema_context

from core.tests.factories import assert_error, send

SYNC = "/api/v1/directory/sync"
LAST = "/api/v1/directory/sync/last"


def counts() -> dict[str, int]:
    from core.access.models import User
    from core.directory.models import Department, DepartmentMembership, Role, RoleMembership

    with schema_context("it"):
        return {
            "users": User.objects.count(),
            "active_users": User.objects.filter(is_active=True).count(),
            "departments": Department.objects.count(),
            "roles": Role.objects.count(),
            "department_memberships": DepartmentMembership.objects.count(),
            "role_memberships": RoleMembership.objects.count(),
        }


def cursor_of(values: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def refused(client: Any, method: str, path: str, body: Any, status: int, code: str) -> dict[str, Any]:
    """Sending `body` is refused with `status` / `code` and the directory stays as it was."""
    before = counts()
    error = assert_error(send(client, method, path, body), status, code)
    assert counts() == before
    return error


def fields_of(error: dict[str, Any]) -> list[str]:
    return [problem["field"] for problem in error["details"]]


def assert_fields(body: dict[str, Any], **expected: Any) -> None:
    """`body` has each expected value, of the same type (True is not 1)."""
    for key, value in expected.items():
        assert (type(body[key]), body[key]) == (type(value), value), key


# ---- directory sync ---------------------------------------------------------------------------------


def _department(
    code: str, name: str, parent: str | None = None, approver: str | None = None
) -> dict[str, Any]:
    """A department led by `lead`, as the HR system lists it (only the references it has)."""
    row = {"code": code, "name": name, "parent": parent, "leader": "lead", "approver": approver}
    return {key: value for key, value in row.items() if value is not None}


def directory() -> dict[str, Any]:
    """The HR system's directory: three roles, a department tree under corp, four people."""
    return {
        "roles": [
            {"code": "approver", "name": "Approver", "description": "Signs off"},
            {"code": "dev", "name": "Developers"},
            {"code": "ops", "name": "Operations"},
        ],
        "departments": [
            _department("corp", "Corporate", approver="lead"),
            _department("corp-ops", "Operations", parent="corp"),
            _department("corp-dev", "Development", parent="corp", approver="carol"),
        ],
        "users": [
            {
                "username": "lead",
                "display_name": "Lee Lead",
                "email": "lead@corp.example",
                "departments": ["corp", "corp-ops", "corp-dev"],
                "roles": ["approver"],
            },
            {"username": "alice", "display_name": "Alice", "departments": ["corp-dev"], "roles": ["dev"]},
            {
                "username": "bob",
                "display_name": "Bob",
                "phone": "123",
                "departments": ["corp-ops"],
                "roles": ["ops"],
            },
            {
                "username": "carol",
                "display_name": "Carol",
                "departments": ["corp-dev", "corp-ops"],
                "roles": ["approver", "dev"],
            },
        ],
    }


def counts_of(created: int = 0, updated: int = 0, deactivated: int = 0, unchanged: int = 0) -> dict[str, int]:
    return {"created": created, "updated": updated, "deactivated": deactivated, "unchanged": unchanged}


def sync(client: Any, payload: Any) -> Any:
    return send(client, "post", SYNC, payload)


def sync_problems(response: Any) -> list[tuple[str, str]]:
    """The (field, type) of each problem of a 422 sync answer."""
    error = assert_error(response, 422, "validation_failed")
    return [(problem["field"], problem["type"]) for problem in error["details"]]


def state() -> dict[str, Any]:
    """Every directory row of tenant `it`, with what a sync may change (updated_at included)."""
    from core.access.models import User
    from core.directory.models import Department, DepartmentMembership, Role, RoleMembership

    with schema_context("it"):
        return {
            "users": sorted(
                User.objects.values_list(
                    "username", "display_name", "email", "phone", "is_active", "is_tenant_admin", "updated_at"
                )
            ),
            "departments": sorted(
                Department.objects.values_list(
                    "code",
                    "name",
                    "parent__code",
                    "leader__username",
                    "approver__username",
                    "is_active",
                    "updated_at",
                )
            ),
            "roles": sorted(
                Role.objects.values_list("code", "name", "description", "is_active", "updated_at")
            ),
            "department_memberships": sorted(
                DepartmentMembership.objects.values_list("id", "user__username", "department__code")
            ),
            "role_memberships": sorted(
                RoleMembership.objects.values_list("id", "user__username", "role__code")
            ),
        }


def memberships() -> dict[str, tuple[list[str], list[str]]]:
    from core.access.models import User

    with schema_context("it"):
        return {
            user.username: (
                sorted(user.departments.values_list("code", flat=True)),
                sorted(user.roles.values_list("code", flat=True)),
            )
            for user in User.objects.all()
        }
