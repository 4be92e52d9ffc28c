"""Writes for apps (create and edit them, issue and revoke tokens, grants, signing secrets) and
for people's own tokens. Keyword-only, typed, transactional."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.access.models import App, AppGrant, AppToken, PersonalToken, User
from core.errors import Conflict, LimitExceeded, ValidationFailed, field_problem
from core.secrets import PERSONAL_TOKEN_PREFIX, IssuedToken, encrypt_secret, issue_token, new_signing_secret


@transaction.atomic
def app_create(
    *, name: str, description: str = "", scopes: list[str], require_signature: bool = False
) -> App:
    if App.objects.filter(name=name).exists():
        raise Conflict(_("An app named %(name)s exists.") % {"name": repr(name)}, code="name_taken")
    return App.objects.create(
        name=name, description=description, scopes=sorted(set(scopes)), require_signature=require_signature
    )


@transaction.atomic
def app_update(*, app: App, changes: dict[str, Any]) -> App:
    if (
        changes.get("name")
        and changes["name"] != app.name
        and App.objects.filter(name=changes["name"]).exists()
    ):
        raise Conflict(
            _("An app named %(name)s exists.") % {"name": repr(changes["name"])}, code="name_taken"
        )
    if changes.get("require_signature") and not app.signing_secret_encrypted:
        raise Conflict(_("Create a signing secret before requiring signatures."), code="no_signing_secret")
    for key in ("name", "description", "is_active", "require_signature"):
        if changes.get(key) is not None:
            setattr(app, key, changes[key])
    if changes.get("scopes") is not None:
        app.scopes = sorted(set(changes["scopes"]))
    app.save()
    return app


def app_delete(*, app: App) -> None:
    app.delete()


def app_token_issue(
    *, app: App, name: str = "", expires_in_days: int | None = None
) -> tuple[AppToken, IssuedToken]:
    issued = issue_token()
    expires_at = timezone.now() + timedelta(days=expires_in_days) if expires_in_days else None
    token = AppToken.objects.create(
        app=app, name=name, prefix=issued.prefix, token_hash=issued.digest, expires_at=expires_at
    )
    return token, issued


def app_token_revoke(*, token: AppToken) -> AppToken:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def app_signing_secret_rotate(*, app: App) -> str:
    secret = new_signing_secret()
    app.signing_secret_encrypted = encrypt_secret(secret)
    app.save(update_fields=["signing_secret_encrypted", "updated_at"])
    return secret


@transaction.atomic
def app_grants_set(*, app: App, workflow_keys: list[str]) -> list[AppGrant]:
    wanted = set(workflow_keys)
    app.grants.exclude(workflow_key__in=wanted).delete()
    existing = set(app.grants.values_list("workflow_key", flat=True))
    AppGrant.objects.bulk_create([AppGrant(app=app, workflow_key=key) for key in sorted(wanted - existing)])
    return list(app.grants.all())


# Scopes a person's token may carry only when its person is a tenant admin.
ADMIN_ONLY_SCOPES = frozenset({App.Scope.ADMIN.value, App.Scope.DIRECTORY_WRITE.value})


@transaction.atomic
def personal_token_issue(
    *, user: User, name: str, scopes: list[str], expires_in_days: int = 90
) -> tuple[PersonalToken, IssuedToken]:
    """A new token for `user`, shown once. At most `MAX_LIVE_PER_PERSON` live at once: counted with
    the person's row locked, so parallel requests cannot both take the last place."""
    if not 1 <= expires_in_days <= PersonalToken.MAX_LIFETIME_DAYS:
        raise ValidationFailed(
            _("A personal token lives from 1 to %(days)s days.") % {"days": PersonalToken.MAX_LIFETIME_DAYS},
            details=[field_problem("expires_in_days", _("Out of range."))],
        )
    beyond = sorted(set(scopes) & ADMIN_ONLY_SCOPES) if not user.is_tenant_admin else []
    if beyond:
        # It could do nothing more with them (its person's rights still apply): say so now.
        raise ValidationFailed(
            _("Only tenant admins may give their tokens these scopes: %(scopes)s.")
            % {"scopes": ", ".join(beyond)},
            details=[field_problem("scopes", _("Not a scope you may use."))],
        )
    User.objects.select_for_update().filter(pk=user.pk).values_list("pk", flat=True).first()
    now = timezone.now()
    live = PersonalToken.objects.filter(user=user, revoked_at__isnull=True, expires_at__gt=now).count()
    if live >= PersonalToken.MAX_LIVE_PER_PERSON:
        raise LimitExceeded(
            _("You may hold at most %(limit)s live personal tokens; revoke one first.")
            % {"limit": PersonalToken.MAX_LIVE_PER_PERSON},
            code="quota_exceeded",
            details={"quota": "personal_tokens", "limit": PersonalToken.MAX_LIVE_PER_PERSON},
        )
    issued = issue_token(PERSONAL_TOKEN_PREFIX)
    token = PersonalToken.objects.create(
        user=user,
        name=name,
        prefix=issued.prefix,
        token_hash=issued.digest,
        scopes=sorted(set(scopes)),
        expires_at=now + timedelta(days=expires_in_days),
    )
    return token, issued


def personal_token_revoke(*, token: PersonalToken) -> PersonalToken:
    """Stop the token working now (the row stays, for the record); revoking twice changes nothing."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        PersonalToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=token.revoked_at)
    return token
