"""Directory endpoints: users, departments, roles, the bulk sync for the HR system, and the session
endpoints (`/auth/*`, `/me`), which answer with the caller's directory entry (departments, roles)
and so live here, above the access area whose session mechanics they call."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import logout, update_session_auth_hash
from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.utils.translation import gettext as _
from ninja import Query, Router, Status

from core.access.auth import principal_of, session_login
from core.access.models import User
from core.access.permissions import directory_reader_of, directory_writer_of, is_tenant_admin
from core.access.ratelimit import login_attempt_begin, login_attempt_succeeded
from core.audit.recording import Target, audited, schema_snapshot, secret_rotated
from core.directory import selectors, services
from core.directory.schemas import (
    CsrfOut,
    DepartmentCreateIn,
    DepartmentOut,
    DepartmentPatchIn,
    DirectorySyncIn,
    DirectorySyncLastOut,
    DirectorySyncOut,
    LoginIn,
    MeOut,
    MePatchIn,
    PasswordChangeIn,
    PasswordRulesOut,
    RoleCreateIn,
    RoleOut,
    RolePatchIn,
    UserCreateIn,
    UserOut,
    UserPageOut,
    UserPatchIn,
)
from core.directory.sync import directory_sync
from core.errors import PermissionDenied
from core.pagination import DEFAULT_LIMIT, MAX_LIMIT
from core.tenancy import current_schema

router = Router(tags=["directory"])

USER = Target("user", "user_id", schema_snapshot(UserOut, lambda pk: selectors.user_get(user_id=pk)))
DEPARTMENT = Target(
    "department",
    "department_id",
    schema_snapshot(DepartmentOut, lambda pk: selectors.department_get(department_id=pk)),
)
ROLE = Target("role", "role_id", schema_snapshot(RoleOut, lambda pk: selectors.role_get(role_id=pk)))


# ---- users --------------------------------------------------------------------------------------


@router.get("/users", response=UserPageOut, summary="List users (cursor paginated)")
def list_users(
    request: HttpRequest,
    cursor: str | None = None,
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    q: str | None = Query(None, max_length=100),
    department_id: int | None = None,
    role_id: int | None = None,
    is_active: bool | None = None,
) -> dict[str, Any]:
    directory_reader_of(request)
    page = selectors.user_list(
        cursor=cursor, limit=limit, q=q, department_id=department_id, role_id=role_id, is_active=is_active
    )
    return {"items": page.items, "next_cursor": page.next_cursor}


@router.post("/users", response={201: UserOut}, summary="Create a user")
@audited("user.create", target=USER)
def create_user(request: HttpRequest, payload: UserCreateIn) -> Status:
    directory_writer_of(request)
    user = services.user_create(**payload.dict())
    return Status(201, selectors.user_get(user_id=user.pk))


@router.get("/users/{user_id}", response=UserOut, summary="Get a user")
def get_user(request: HttpRequest, user_id: int) -> User:
    directory_reader_of(request)
    return selectors.user_get(user_id=user_id)


@router.patch("/users/{user_id}", response=UserOut, summary="Change a user")
@audited("user.update", target=USER)
def patch_user(request: HttpRequest, user_id: int, payload: UserPatchIn) -> User:
    directory_writer_of(request)
    user = selectors.user_get(user_id=user_id)
    services.user_update(user=user, changes=payload.dict(exclude_unset=True))
    return selectors.user_get(user_id=user_id)


@router.delete("/users/{user_id}", response=UserOut, summary="Deactivate a user (people are never erased)")
@audited("user.deactivate", target=USER)
def delete_user(request: HttpRequest, user_id: int) -> User:
    directory_writer_of(request)
    services.user_deactivate(user=selectors.user_get(user_id=user_id))
    return selectors.user_get(user_id=user_id)


# ---- departments --------------------------------------------------------------------------------


@router.get("/departments", response=list[DepartmentOut], summary="List departments (the tree, flat)")
def list_departments(request: HttpRequest) -> Any:
    directory_reader_of(request)
    return list(selectors.department_list())


@router.post("/departments", response={201: DepartmentOut}, summary="Create a department")
@audited("department.create", target=DEPARTMENT)
def create_department(request: HttpRequest, payload: DepartmentCreateIn) -> Status:
    directory_writer_of(request)
    department = services.department_create(**payload.dict())
    return Status(201, selectors.department_get(department_id=department.pk))


@router.get("/departments/{department_id}", response=DepartmentOut, summary="Get a department")
def get_department(request: HttpRequest, department_id: int) -> Any:
    directory_reader_of(request)
    return selectors.department_get(department_id=department_id)


@router.patch("/departments/{department_id}", response=DepartmentOut, summary="Change a department")
@audited("department.update", target=DEPARTMENT)
def patch_department(request: HttpRequest, department_id: int, payload: DepartmentPatchIn) -> Any:
    directory_writer_of(request)
    department = selectors.department_get(department_id=department_id)
    services.department_update(department=department, changes=payload.dict(exclude_unset=True))
    return selectors.department_get(department_id=department_id)


@router.delete("/departments/{department_id}", response={204: None}, summary="Delete a department")
@audited("department.delete", target=DEPARTMENT)
def delete_department(request: HttpRequest, department_id: int) -> Status:
    directory_writer_of(request)
    services.department_delete(department=selectors.department_get(department_id=department_id))
    return Status(204, None)


# ---- roles --------------------------------------------------------------------------------------


@router.get("/roles", response=list[RoleOut], summary="List roles")
def list_roles(request: HttpRequest) -> Any:
    directory_reader_of(request)
    return list(selectors.role_list())


@router.post("/roles", response={201: RoleOut}, summary="Create a role")
@audited("role.create", target=ROLE)
def create_role(request: HttpRequest, payload: RoleCreateIn) -> Status:
    directory_writer_of(request)
    role = services.role_create(**payload.dict())
    return Status(201, selectors.role_get(role_id=role.pk))


@router.get("/roles/{role_id}", response=RoleOut, summary="Get a role")
def get_role(request: HttpRequest, role_id: int) -> Any:
    directory_reader_of(request)
    return selectors.role_get(role_id=role_id)


@router.patch("/roles/{role_id}", response=RoleOut, summary="Change a role")
@audited("role.update", target=ROLE)
def patch_role(request: HttpRequest, role_id: int, payload: RolePatchIn) -> Any:
    directory_writer_of(request)
    services.role_update(role=selectors.role_get(role_id=role_id), changes=payload.dict(exclude_unset=True))
    return selectors.role_get(role_id=role_id)


@router.delete("/roles/{role_id}", response={204: None}, summary="Delete a role")
@audited("role.delete", target=ROLE)
def delete_role(request: HttpRequest, role_id: int) -> Status:
    directory_writer_of(request)
    services.role_delete(role=selectors.role_get(role_id=role_id))
    return Status(204, None)


# ---- sync ---------------------------------------------------------------------------------------


@router.post("/directory/sync", response=DirectorySyncOut, summary="Upsert the whole directory in one call")
@audited("directory.sync", outcome=dict)
def sync_directory(request: HttpRequest, payload: DirectorySyncIn) -> dict[str, Any]:
    principal = directory_writer_of(request)
    return directory_sync(payload=payload, actor=principal.label).as_dict()


@router.get(
    "/directory/sync/last",
    response={200: DirectorySyncLastOut, 204: None},
    summary="What the last directory sync changed (those who may sync: tenant admins, directory:write apps)",
)
def last_sync(request: HttpRequest) -> Any:
    # Who ran the sync and what it changed is admin information, not a people lookup.
    directory_writer_of(request)
    run = selectors.last_directory_sync()
    if run is None:
        return Status(204, None)
    return Status(200, {**run.summary, "created_at": run.created_at, "actor": run.actor})


auth_router = Router(tags=["auth"])


@auth_router.get("/auth/csrf", response=CsrfOut, auth=None, summary="Get a CSRF token (and its cookie)")
def csrf(request: HttpRequest) -> dict[str, str]:
    return {"csrf_token": get_token(request)}


@auth_router.post("/auth/login", response=MeOut, auth=None, summary="Log in with username and password")
@audited("auth.login")
def auth_login(request: HttpRequest, payload: LoginIn) -> dict[str, object]:
    user = session_login(request, username=payload.username, password=payload.password)
    return _me(user=user, app=None, admin=user.is_tenant_admin)


@auth_router.post("/auth/logout", response={204: None}, summary="Log out")
@audited("auth.logout")
def auth_logout(request: HttpRequest) -> Status:
    logout(request)
    return Status(204, None)


@auth_router.get("/me", response=MeOut, summary="Who am I")
def me(request: HttpRequest) -> dict[str, object]:
    principal = principal_of(request)
    return _me(
        user=principal.user,
        app=principal.app.name if principal.app else None,
        admin=is_tenant_admin(principal),
    )


def _own_user_id(request: HttpRequest) -> int | None:
    principal = getattr(request, "auth", None)
    user = getattr(principal, "user", None)
    return user.pk if user is not None and getattr(principal, "app", None) is None else None


# The caller's own directory entry, for the audit trail of `/me` changes.
ME = Target("user", snapshot=USER.snapshot, own=_own_user_id)


def _signed_in_person(request: HttpRequest) -> User:
    """The person behind a session: apps (even acting for someone) and personal tokens change no
    profile or password here."""
    principal = principal_of(request)
    if not principal.is_session or principal.user is None:
        raise PermissionDenied(
            _("Only a person signed in with a password changes their own profile; apps cannot."),
            code="person_required",
        )
    return principal.user


@auth_router.patch("/me", response=MeOut, summary="Change my own name, e-mail address or language")
@audited("user.profile_update", target=ME)
def patch_me(request: HttpRequest, payload: MePatchIn) -> dict[str, object]:
    user = _signed_in_person(request)
    services.me_update(user=user, changes=payload.dict(exclude_unset=True))
    return _me(user=user, app=None, admin=is_tenant_admin(principal_of(request)))


@auth_router.get(
    "/auth/password-rules",
    response=PasswordRulesOut,
    auth=None,
    summary="The rules a new password must meet (to state them before anyone types)",
)
def password_rules(request: HttpRequest) -> dict[str, object]:
    return selectors.password_rules()


@auth_router.post(
    "/me/password",
    response={204: None},
    summary="Change my own password (the current one first; throttled like login; this session stays)",
)
@audited("user.password_change", target=ME, outcome=secret_rotated)
def change_my_password(request: HttpRequest, payload: PasswordChangeIn) -> Status:
    user = _signed_in_person(request)
    services.require_local_password(user=user)
    # Guessing the current password here is guessing a login: the same throttle counts it.
    attempt = login_attempt_begin(request, user.username)
    services.password_verify(user=user, password=payload.current_password)
    login_attempt_succeeded(attempt)
    services.password_change(user=user, new_password=payload.new_password)
    update_session_auth_hash(request, user)  # other sessions end; this one stays signed in
    return Status(204, None)


def _me(*, user: User | None, app: str | None, admin: bool) -> dict[str, object]:
    return {
        "user": selectors.user_with_memberships(user=user) if user is not None else None,
        "app": app,
        "tenant": current_schema(),
        "is_tenant_admin": admin,
        "departments": list(selectors.departments_of(user=user)) if user else [],
        "roles": list(selectors.roles_of(user=user)) if user else [],
    }
