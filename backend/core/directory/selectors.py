"""Directory reads: users (with their memberships as id arrays), departments, roles, the last sync,
the password rules."""

from __future__ import annotations

import re
from typing import Any

from django.contrib.auth import password_validation
from django.contrib.postgres.aggregates import ArrayAgg
from django.db.models import Count, Q, QuerySet

from core.access.models import User
from core.directory.models import Department, DirectorySyncRun, Role
from core.pagination import Page, paginate
from core.queries import get_or_404


def _users_with_memberships() -> QuerySet[User]:
    # Membership ids come back as arrays in the same query: no N+1 on lists.
    return User.objects.annotate(
        department_ids=ArrayAgg(
            "department_memberships__department_id",
            distinct=True,
            default=[],
            filter=Q(department_memberships__isnull=False),
        ),
        role_ids=ArrayAgg(
            "role_memberships__role_id", distinct=True, default=[], filter=Q(role_memberships__isnull=False)
        ),
    )


def user_list(
    *,
    cursor: str | None,
    limit: int,
    q: str | None = None,
    department_id: int | None = None,
    role_id: int | None = None,
    is_active: bool | None = None,
) -> Page[User]:
    users = User.objects.all()
    if q:
        users = users.filter(Q(username__icontains=q) | Q(display_name__icontains=q) | Q(email__icontains=q))
    if department_id is not None:
        users = users.filter(department_memberships__department_id=department_id)
    if role_id is not None:
        users = users.filter(role_memberships__role_id=role_id)
    if is_active is not None:
        users = users.filter(is_active=is_active)
    ordering = ["username", "id"]
    # Load the ordering fields too: the next cursor is made of them (no extra query for it).
    page = paginate(users.only(*ordering), ordering=ordering, cursor=cursor, limit=limit)
    ids = [user.pk for user in page.items]
    full = {user.pk: user for user in _users_with_memberships().filter(pk__in=ids)}
    return Page(items=[full[pk] for pk in ids], next_cursor=page.next_cursor)


def user_get(*, user_id: int) -> User:
    return get_or_404(_users_with_memberships(), user_id, "user")


def user_with_memberships(*, user: User) -> User:
    return _users_with_memberships().get(pk=user.pk)


def department_list() -> QuerySet[Department]:
    return Department.objects.annotate(member_count=Count("memberships")).order_by("code")


def department_get(*, department_id: int) -> Department:
    return get_or_404(department_list(), department_id, "department")


def role_list() -> QuerySet[Role]:
    return Role.objects.annotate(member_count=Count("memberships")).order_by("code")


def role_get(*, role_id: int) -> Role:
    return get_or_404(role_list(), role_id, "role")


def departments_of(*, user: User) -> list[Department]:
    return list(Department.objects.filter(memberships__user=user).order_by("code"))


def roles_of(*, user: User) -> list[Role]:
    return list(Role.objects.filter(memberships__user=user).order_by("code"))


def membership_codes(*, user: User) -> tuple[set[str], set[str]]:
    """The codes of the departments and roles a person belongs to (audience checks)."""
    departments = set(Department.objects.filter(memberships__user=user).values_list("code", flat=True))
    roles = set(Role.objects.filter(memberships__user=user).values_list("code", flat=True))
    return departments, roles


def last_directory_sync() -> DirectorySyncRun | None:
    return DirectorySyncRun.objects.order_by("-created_at", "-id").first()


# The rule names the API gives Django's own validators; any other validator is named after its class.
_RULE_CODES = {
    "MinimumLengthValidator": "min_length",
    "UserAttributeSimilarityValidator": "not_similar_to_user",
    "CommonPasswordValidator": "not_common",
    "NumericPasswordValidator": "not_numeric",
}
PASSWORD_MAX_LENGTH = 128  # what PasswordChangeIn takes


def _rule_code(validator: object) -> str:
    name = type(validator).__name__
    return _RULE_CODES.get(name) or re.sub(r"(?<!^)(?=[A-Z])", "_", name.removesuffix("Validator")).lower()


def password_rules() -> dict[str, Any]:
    """The password rules of settings.AUTH_PASSWORD_VALIDATORS, as data and as the validators word them
    (in the active language), so a form can state them before anyone types."""
    rules = []
    min_length = 1
    for validator in password_validation.get_default_password_validators():
        value = getattr(validator, "min_length", None)
        if isinstance(value, int):
            min_length = max(min_length, value)
        rules.append({"code": _rule_code(validator), "value": value, "text": validator.get_help_text()})
    return {"min_length": min_length, "max_length": PASSWORD_MAX_LENGTH, "rules": rules}
