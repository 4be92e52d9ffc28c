"""Who a verified ID token is, in this tenant: found by the provider's chosen claim (or an earlier
login's subject link), created on first login when the provider allows it, and given the department
and roles its claims map to, on every login, through the directory's services."""

from __future__ import annotations

import re
from typing import Any

from django.db import transaction
from django.utils import timezone

from core.access.models import User
from core.directory.models import Department, Role
from core.directory.services import user_create, user_update
from core.errors import ApplicationError
from integrations.sso.models import OidcIdentity, OidcProvider
from integrations.sso.tokens import SsoFailure

_USERNAME = re.compile(r"^[\w.@+-]{1,150}$")


def _claim_text(claims: dict[str, Any], name: str) -> str:
    value = claims.get(name)
    return value.strip() if isinstance(value, str) else ""


def _claim_values(claims: dict[str, Any], name: str) -> list[str]:
    value = claims.get(name)
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []


def _matching_user(provider: OidcProvider, claims: dict[str, Any]) -> User | None:
    linked = (
        OidcIdentity.objects.filter(provider=provider, subject=claims["sub"]).select_related("user").first()
    )
    if linked is not None:
        return linked.user
    value = _claim_text(claims, provider.match_claim)
    if not value or provider.match_claim == OidcProvider.Claim.SUB:
        return None  # by subject: only an earlier login's link (above) says who it is
    if provider.match_claim == OidcProvider.Claim.EMAIL:
        if claims.get("email_verified") is False:
            raise SsoFailure("unverified_email", f"email {value!r} is not verified at the provider")
        found = list(User.objects.filter(email__iexact=value)[:2])
        if len(found) > 1:
            raise SsoFailure("ambiguous_user", f"several people have the email {value!r}")
        return found[0] if found else None
    return User.objects.filter(username=value).first()


def _new_username(provider: OidcProvider, claims: dict[str, Any]) -> str:
    for candidate in (
        _claim_text(claims, "preferred_username"),
        _claim_text(claims, provider.match_claim),
        _claim_text(claims, "email"),
    ):
        if _USERNAME.match(candidate) and not User.objects.filter(username=candidate).exists():
            return candidate
    return f"{provider.key}-{claims['sub']}"[:150]


def _create(provider: OidcProvider, claims: dict[str, Any]) -> User:
    if not provider.create_users:
        raise SsoFailure("unknown_user", f"no person matches {provider.match_claim}; creation is off")
    try:
        return user_create(
            username=_new_username(provider, claims),
            display_name=_claim_text(claims, "name")[:150],
            email=_claim_text(claims, "email")[:254] or None,
        )  # no password: this person signs in through the provider
    except ApplicationError as exc:  # the user quota, a name taken meanwhile
        raise SsoFailure("user_not_created", exc.message) from None


def _mapped_ids(
    model: type[Department] | type[Role], values: list[str], mapping: dict[str, str]
) -> list[int]:
    codes = [mapping.get(value, value if not mapping else "") for value in values]
    codes = [code for code in codes if code]
    return list(model.objects.filter(code__in=codes, is_active=True).values_list("pk", flat=True))


def _memberships(provider: OidcProvider, user: User, claims: dict[str, Any]) -> dict[str, Any]:
    """The changes the claims ask for. Roles: those the role map names are granted or taken away;
    others (given by hand) are left alone. Department: set when the claim names a known one."""
    changes: dict[str, Any] = {}
    if provider.department_claim:
        departments = _mapped_ids(
            Department, _claim_values(claims, provider.department_claim), provider.department_map
        )
        current_departments = set(user.department_memberships.values_list("department_id", flat=True))
        if departments and set(departments) != current_departments:
            changes["department_ids"] = departments
    if provider.role_claim and provider.role_map:
        managed = set(Role.objects.filter(code__in=provider.role_map.values()).values_list("pk", flat=True))
        granted = set(_mapped_ids(Role, _claim_values(claims, provider.role_claim), provider.role_map))
        current = set(user.role_memberships.values_list("role_id", flat=True))
        wanted = (current - managed) | granted
        if wanted != current:
            changes["role_ids"] = sorted(wanted)
    return changes


@transaction.atomic
def person_for(provider: OidcProvider, claims: dict[str, Any]) -> User:
    """The person these verified claims sign in, their memberships brought up to date."""
    user = _matching_user(provider, claims) or _create(provider, claims)
    if not user.is_active:
        raise SsoFailure("user_inactive", f"{user.username} is deactivated")
    changes = _memberships(provider, user, claims)
    if changes:
        user_update(user=user, changes=changes)
    OidcIdentity.objects.update_or_create(
        provider=provider,
        subject=claims["sub"],
        defaults={"user": user, "last_login_at": timezone.now()},
    )
    return user
