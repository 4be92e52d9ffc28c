"""Directory writes: users, departments and roles (keyword-only, each in one transaction; quotas
checked under the tenant's lock)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from core.access.models import User
from core.directory.models import Department, DepartmentMembership, Role, RoleMembership
from core.errors import Conflict, LimitExceeded, ValidationFailed, field_problem
from core.locks import advisory_xact_lock
from core.tenancy import tenant_quota
from core.wakeups import figures_changed


def _check_password(password: str, user: User | None = None) -> None:
    try:
        password_validation.validate_password(password, user)
    except DjangoValidationError as exc:
        raise ValidationFailed(
            _("The password is too weak."),
            details=[field_problem("password", message) for message in exc.messages],
        ) from None


def _existing_ids(model: type[Department] | type[Role], ids: Iterable[int], field: str) -> list[int]:
    wanted = sorted(set(ids))
    found = set(model.objects.filter(pk__in=wanted).values_list("pk", flat=True))
    missing = [pk for pk in wanted if pk not in found]
    if missing:
        raise ValidationFailed(
            _("Unknown %(field)s: %(missing)s.") % {"field": field, "missing": missing},
            details=[field_problem(field, _("No such id: %(pk)s.") % {"pk": pk}) for pk in missing],
        )
    return wanted


USER_QUOTA_LOCK = "quota:max_users"


def check_user_quota(*, adding: int) -> None:
    """Refuse (429) `adding` more active users past the tenant's `max_users`.

    Call it inside the transaction that saves the users: it holds the tenant's user-quota lock until
    that transaction ends, so parallel creations count one after another and cannot overshoot.
    """
    figures_changed()
    limit = tenant_quota("max_users")
    if limit is None or adding <= 0:
        return
    advisory_xact_lock(USER_QUOTA_LOCK)
    active = User.objects.filter(is_active=True).count()
    if active + adding > limit:
        raise LimitExceeded(
            _("This tenant may have at most %(limit)s active users.") % {"limit": limit},
            code="quota_exceeded",
            details={"quota": "max_users", "limit": limit, "current": active},
        )


_Membership = TypeVar("_Membership", DepartmentMembership, RoleMembership)


def _set_memberships(user: User, *, department_ids: list[int] | None, role_ids: list[int] | None) -> None:
    # None leaves a kind of membership as it is; a list replaces it.
    if department_ids is not None:
        _replace_memberships(user, department_ids, group=Department, through=DepartmentMembership)
    if role_ids is not None:
        _replace_memberships(user, role_ids, group=Role, through=RoleMembership)


def _replace_memberships(
    user: User,
    ids: list[int],
    *,
    group: type[Department] | type[Role],
    through: type[_Membership],
) -> None:
    """Make the user a member of exactly `ids` (departments or roles), touching only what changes."""
    column = f"{group._meta.model_name}_id"
    wanted = set(_existing_ids(group, ids, f"{column}s"))
    memberships = through.objects.filter(user=user)
    current = set(memberships.values_list(column, flat=True))
    memberships.filter(**{f"{column}__in": current - wanted}).delete()
    through.objects.bulk_create([through(user=user, **{column: pk}) for pk in sorted(wanted - current)])


@transaction.atomic
def user_create(
    *,
    username: str,
    display_name: str = "",
    email: str | None = None,
    phone: str = "",
    password: str | None = None,
    is_active: bool = True,
    is_tenant_admin: bool = False,
    department_ids: list[int] | None = None,
    role_ids: list[int] | None = None,
) -> User:
    if User.objects.filter(username=username).exists():
        raise Conflict(
            _("A user named %(username)s exists.") % {"username": repr(username)}, code="username_taken"
        )
    if is_active:
        check_user_quota(adding=1)
    user = User(
        username=username,
        display_name=display_name,
        email=email or "",
        phone=phone,
        is_active=is_active,
        is_tenant_admin=is_tenant_admin,
    )
    if password:
        _check_password(password, user)
        user.set_password(password)
    else:
        user.set_unusable_password()
    try:
        with transaction.atomic():
            user.save()
    except IntegrityError:
        raise Conflict(
            _("A user named %(username)s exists.") % {"username": repr(username)}, code="username_taken"
        ) from None
    _set_memberships(user, department_ids=department_ids or [], role_ids=role_ids or [])
    return user


@transaction.atomic
def user_update(*, user: User, changes: dict[str, Any]) -> User:
    # null means "leave as is" for fields that cannot be empty (as for roles and apps).
    plain: dict[str, Any] = {
        key: changes[key]
        for key in ("display_name", "phone", "is_active", "is_tenant_admin")
        if changes.get(key) is not None
    }
    if "email" in changes:
        plain["email"] = changes["email"] or ""
    if plain.get("is_active") and not user.is_active:
        check_user_quota(adding=1)
    for key, value in plain.items():
        setattr(user, key, value)
    if changes.get("password"):
        _check_password(changes["password"], user)
        user.set_password(changes["password"])
    user.save()
    _set_memberships(user, department_ids=changes.get("department_ids"), role_ids=changes.get("role_ids"))
    return user


def me_update(*, user: User, changes: dict[str, Any]) -> User:
    """A person changes their own name, e-mail address or language (None: leave as it is)."""
    fields = [key for key in ("display_name", "email", "language") if changes.get(key) is not None]
    for key in fields:
        setattr(user, key, changes[key])
    if fields:
        user.save(update_fields=[*fields, "updated_at"])
    return user


def require_local_password(*, user: User) -> None:
    """Refuse (409) someone who has no password here to change (directory-synced, signs in elsewhere)."""
    if not user.has_usable_password():
        raise Conflict(
            _("You have no password here to change: you sign in another way (ask your administrator)."),
            code="no_local_password",
        )


def password_verify(*, user: User, password: str) -> None:
    """Refuse (422, on the field) a wrong current password."""
    if not user.check_password(password):
        raise ValidationFailed(
            _("The current password is wrong."),
            code="wrong_password",
            details=[field_problem("current_password", _("This is not your current password."), "wrong")],
        )


def password_change(*, user: User, new_password: str) -> User:
    """Set a person's new password once it passes the validators (their messages on the field
    otherwise). Only a salted hash is stored."""
    try:
        password_validation.validate_password(new_password, user)
    except DjangoValidationError as exc:
        raise ValidationFailed(
            _("The new password does not meet the rules."),
            details=[field_problem("new_password", message, "weak") for message in exc.messages],
        ) from None
    user.set_password(new_password)
    user.save(update_fields=["password", "updated_at"])
    return user


def user_deactivate(*, user: User) -> User:
    """People are never deleted: their names stay on tickets and flow logs."""
    if user.is_active:
        user.is_active = False
        user.save(update_fields=["is_active", "updated_at"])
        figures_changed()
    return user


def _check_user_ref(user_id: int | None, field: str) -> None:
    if user_id is not None and not User.objects.filter(pk=user_id).exists():
        raise ValidationFailed(
            _("Unknown %(field)s.") % {"field": field},
            details=[field_problem(field, _("No such user: %(user_id)s.") % {"user_id": user_id})],
        )


def _check_parent(department: Department | None, parent_id: int | None) -> None:
    if parent_id is None:
        return
    parent = Department.objects.filter(pk=parent_id).first()
    if parent is None:
        raise ValidationFailed(
            _("Unknown parent_id."),
            details=[
                field_problem("parent_id", _("No such department: %(parent_id)s.") % {"parent_id": parent_id})
            ],
        )
    if department is None:
        return
    # Walk up from the new parent: meeting the department itself would make a cycle.
    seen: set[int] = set()
    node: Department | None = parent
    while node is not None and node.pk not in seen:
        if node.pk == department.pk:
            raise ValidationFailed(
                _("A department cannot sit below itself."),
                details=[field_problem("parent_id", _("This parent would make a cycle."), "cycle")],
            )
        seen.add(node.pk)
        node = node.parent


@transaction.atomic
def department_create(
    *,
    code: str,
    name: str,
    parent_id: int | None = None,
    leader_id: int | None = None,
    approver_id: int | None = None,
) -> Department:
    if Department.objects.filter(code=code).exists():
        raise Conflict(_("A department with code %(code)s exists.") % {"code": repr(code)}, code="code_taken")
    _check_parent(None, parent_id)
    _check_user_ref(leader_id, "leader_id")
    _check_user_ref(approver_id, "approver_id")
    return Department.objects.create(
        code=code, name=name, parent_id=parent_id, leader_id=leader_id, approver_id=approver_id
    )


@transaction.atomic
def department_update(*, department: Department, changes: dict[str, Any]) -> Department:
    if "parent_id" in changes:
        _check_parent(department, changes["parent_id"])
    for field in ("leader_id", "approver_id"):
        if field in changes:
            _check_user_ref(changes[field], field)
    for key in ("parent_id", "leader_id", "approver_id"):
        if key in changes:
            setattr(department, key, changes[key])
    # null means "leave as is" for fields that cannot be empty (as for roles and apps).
    for key in ("name", "is_active"):
        if changes.get(key) is not None:
            setattr(department, key, changes[key])
    department.save()
    return department


@transaction.atomic
def department_delete(*, department: Department) -> None:
    if department.children.exists():
        raise Conflict(_("Move or delete the sub-departments first."), code="department_has_children")
    department.delete()


@transaction.atomic
def role_create(*, code: str, name: str, description: str = "") -> Role:
    if Role.objects.filter(code=code).exists():
        raise Conflict(_("A role with code %(code)s exists.") % {"code": repr(code)}, code="code_taken")
    return Role.objects.create(code=code, name=name, description=description)


def role_update(*, role: Role, changes: dict[str, Any]) -> Role:
    for key in ("name", "description", "is_active"):
        if changes.get(key) is not None:
            setattr(role, key, changes[key])
    role.save()
    return role


def role_delete(*, role: Role) -> None:
    role.delete()


@transaction.atomic
def role_set_members(*, role: Role, user_ids: list[int]) -> Role:
    """Make exactly `user_ids` the role's members (a SCIM group's members), touching only what changes."""
    wanted = set(user_ids)
    found = set(User.objects.filter(pk__in=sorted(wanted)).values_list("pk", flat=True))
    missing = sorted(wanted - found)
    if missing:
        raise ValidationFailed(
            _("Unknown users: %(missing)s.") % {"missing": missing},
            details=[field_problem("members", _("No such user: %(pk)s.") % {"pk": pk}) for pk in missing],
        )
    memberships = RoleMembership.objects.filter(role=role)
    current = set(memberships.values_list("user_id", flat=True))
    memberships.filter(user_id__in=current - wanted).delete()
    RoleMembership.objects.bulk_create(
        [RoleMembership(role=role, user_id=pk) for pk in sorted(wanted - current)]
    )
    return role
