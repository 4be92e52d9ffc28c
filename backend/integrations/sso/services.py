"""Writes of the single sign-on area: providers, the tenant's password policy, and the gate that
applies it to password logins."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

from core.access.models import User
from core.audit.recording import actor_of
from core.audit.services import audit_record
from core.errors import PermissionDenied, ValidationFailed, field_problem
from core.secrets import encrypt_secret
from integrations.common import outbound
from integrations.common import settings as settings_store
from integrations.sso import discovery
from integrations.sso.models import OidcProvider, SsoSettings
from integrations.sso.selectors import sso_settings

_PLAIN = (
    "label",
    "client_id",
    "scopes",
    "match_claim",
    "create_users",
    "department_claim",
    "department_map",
    "role_claim",
    "role_map",
    "is_enabled",
)
# A change of these makes the cached discovery document and keys stale.
_REDISCOVER = ("issuer",)


def _checked_issuer(issuer: str) -> str:
    issuer = issuer.strip()
    try:
        outbound.check_url(issuer, allow=settings_store.outbound_allow())
    except outbound.OutboundRefused as exc:
        raise ValidationFailed(
            _("The issuer URL is not allowed."), details=[field_problem("issuer", str(exc), exc.code)]
        ) from None
    return issuer


def _scopes(scopes: str) -> str:
    words = scopes.split()
    if "openid" not in words:
        words.insert(0, "openid")  # without it the provider answers plain OAuth: no ID token
    return " ".join(dict.fromkeys(words))


def _discover_later(provider: OidcProvider) -> None:
    from integrations.sso.tasks import discover_provider

    transaction.on_commit(lambda: discover_provider.send(provider.pk))


def provider_create(*, key: str, issuer: str, client_secret: str = "", **fields: Any) -> OidcProvider:
    if OidcProvider.objects.filter(key=key).exists():
        raise ValidationFailed(
            _("A provider with this key exists."),
            details=[field_problem("key", _("Already used."), "duplicate")],
        )
    provider = OidcProvider(key=key, issuer=_checked_issuer(issuer))
    for name in _PLAIN:
        if name in fields:
            setattr(provider, name, fields[name])
    provider.scopes = _scopes(provider.scopes)
    provider.client_secret_encrypted = encrypt_secret(client_secret) if client_secret else ""
    provider.save()
    _discover_later(provider)
    return provider


def provider_update(*, provider: OidcProvider, changes: dict[str, Any]) -> OidcProvider:
    """Apply the given fields; an issuer change forgets the cached document and keys."""
    if "issuer" in changes and changes["issuer"].strip() != provider.issuer:
        provider.issuer = _checked_issuer(changes["issuer"])
        provider.metadata, provider.jwks = {}, {}
        provider.discovery_status = OidcProvider.Discovery.PENDING
        provider.discovery_error = ""
        _discover_later(provider)
    for name in _PLAIN:
        if name in changes:
            setattr(provider, name, changes[name])
    provider.scopes = _scopes(provider.scopes)
    if "client_secret" in changes:
        secret = changes["client_secret"]
        provider.client_secret_encrypted = encrypt_secret(secret) if secret else ""
    provider.save()
    return provider


def provider_delete(*, provider: OidcProvider) -> None:
    """Delete the provider and its links to people (the people stay)."""
    provider.delete()


def provider_discover(*, provider: OidcProvider) -> OidcProvider:
    """Fetch the discovery document and keys now (bounded by discovery.TIMEOUT_SECONDS)."""
    return discovery.refresh(provider)


def _break_glass_problems(usernames: list[str]) -> list[dict[str, Any]]:
    if not usernames:
        return [
            field_problem(
                "break_glass_usernames",
                _("Name at least one tenant admin who keeps password sign-in."),
                "required",
            )
        ]
    admins = {
        user.username: user
        for user in User.objects.filter(username__in=usernames, is_active=True, is_tenant_admin=True)
    }
    problems = []
    for index, name in enumerate(usernames):
        user = admins.get(name)
        if user is None or not user.has_usable_password():
            problems.append(
                field_problem(
                    f"break_glass_usernames.{index}",
                    _("%(name)s is not an active tenant admin with a password.") % {"name": name},
                    "invalid",
                )
            )
    return problems


def settings_set(*, passwords_enabled: bool, break_glass_usernames: list[str]) -> SsoSettings:
    """Switch local passwords on or off. Off needs break-glass admins (so a broken provider never
    locks the tenant out) and at least one enabled provider."""
    usernames = list(dict.fromkeys(name.strip() for name in break_glass_usernames))
    if not passwords_enabled:
        problems = _break_glass_problems(usernames)
        if not OidcProvider.objects.filter(is_enabled=True).exists():
            problems.append(
                field_problem(
                    "passwords_enabled", _("Enable an identity provider before turning passwords off.")
                )
            )
        if problems:
            raise ValidationFailed(_("Passwords cannot be turned off yet."), details=problems)
    row = SsoSettings.objects.select_for_update().first() or SsoSettings()
    row.passwords_enabled = passwords_enabled
    row.break_glass_usernames = usernames
    row.save()
    return row


def password_gate(request: HttpRequest, user: User) -> None:
    """Registered with core's password login: refuse it when the tenant turned passwords off,
    except for its break-glass admins (each such login is recorded on its own)."""
    policy = sso_settings()
    if policy.passwords_enabled:
        return
    if user.is_tenant_admin and user.username in policy.break_glass_usernames:
        audit_record(
            action="auth.break_glass_login",
            actor=actor_of(request, fallback=user),
            target_type="user",
            target_id=user.pk,
            target_label=user.username,
            before=None,
            after={"passwords_enabled": False},
        )
        return
    raise PermissionDenied(
        _("Passwords are turned off here: sign in with your organisation's account."),
        code="password_login_disabled",
    )
