"""SCIM tokens, and the writes SCIM clients make, through the directory services (the user quota
is checked under its lock there) with an audit record each.

A SCIM client owns the people it creates or changes (`FeedIdentity.feed == "scim"`): it may not
change people another feed (an LDAP source) owns, nor tenant admins (the break-glass accounts).
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.access.models import User
from core.audit.models import AuditRecord
from core.audit.services import Actor, audit_record
from core.directory import services as directory
from core.directory.models import Role
from core.errors import NotFound
from core.secrets import IssuedToken, issue_token, split_token, token_matches
from integrations.common.models import FeedIdentity
from integrations.scim.errors import ScimError
from integrations.scim.models import ScimToken

FEED = "scim"
MAX_TOKENS = 20
LAST_USED_EVERY = timedelta(minutes=1)


# ---- tokens -------------------------------------------------------------------------------------


@transaction.atomic
def scim_token_create(*, name: str, created_by: str = "") -> tuple[ScimToken, IssuedToken]:
    if ScimToken.objects.filter(revoked_at__isnull=True).count() >= MAX_TOKENS:
        from core.errors import LimitExceeded

        raise LimitExceeded(_("Revoke a SCIM token first (at most %(n)s).") % {"n": MAX_TOKENS})
    issued = issue_token()
    token = ScimToken.objects.create(
        name=name, prefix=issued.prefix, token_hash=issued.digest, created_by=created_by[:150]
    )
    return token, issued


def scim_token_revoke(*, token: ScimToken) -> ScimToken:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def scim_token_get(*, token_id: int) -> ScimToken:
    token = ScimToken.objects.filter(pk=token_id).first()
    if token is None:
        raise NotFound(_("No SCIM token %(id)s.") % {"id": token_id})
    return token


def scim_authenticate(header: str) -> ScimToken | None:
    """The live token an `Authorization: Bearer …` header carries in this tenant, else None."""
    scheme, _sep, plaintext = header.partition(" ")
    if scheme.lower() != "bearer" or len(plaintext) > 200:
        return None
    prefix = split_token(plaintext.strip())
    token = ScimToken.objects.filter(prefix=prefix, revoked_at__isnull=True).first() if prefix else None
    if token is None or not token_matches(plaintext.strip(), token.token_hash):
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_EVERY:
        ScimToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token


# ---- people -------------------------------------------------------------------------------------


def _actor(token: ScimToken, address: str, request_id: str) -> Actor:
    return Actor(
        kind=AuditRecord.ActorKind.APP,
        name=f"SCIM {token.name}"[:150],
        app_name="SCIM",
        address=address,
        request_id=request_id,
    )


def _audit(
    actor: Actor, action: str, target_type: str, pk: Any, label: str, after: dict[str, Any] | None
) -> None:
    audit_record(
        action=action, actor=actor, target_type=target_type, target_id=pk, target_label=label, after=after
    )


def check_writable(user: User) -> None:
    """Refuse (403) people another feed owns, and tenant admins."""
    if user.is_tenant_admin:
        raise ScimError(403, "Tenant admins are local accounts; SCIM does not change them.")
    identity = FeedIdentity.objects.filter(user=user).first()
    if identity is not None and identity.feed != FEED:
        raise ScimError(403, f"This person belongs to another directory feed ({identity.feed}).")


def _own(user: User, external_id: str) -> None:
    FeedIdentity.objects.update_or_create(user=user, defaults={"feed": FEED, "external_id": external_id})


@transaction.atomic
def scim_user_create(*, fields: dict[str, Any], actor: Actor) -> User:
    if User.objects.filter(username__iexact=fields["username"]).exists():
        raise ScimError(409, "A user with this userName exists.", "uniqueness")
    user = directory.user_create(
        username=fields["username"],
        display_name=fields["display_name"],
        email=fields["email"] or None,
        phone=fields["phone"],
        is_active=fields["is_active"],
    )
    _own(user, fields["external_id"])
    _audit(actor, "scim.user.create", "user", user.pk, user.username, {k: v for k, v in fields.items()})
    return user


@transaction.atomic
def scim_user_replace(*, user: User, fields: dict[str, Any], actor: Actor) -> User:
    check_writable(user)
    if fields["username"] != user.username:
        if User.objects.filter(username__iexact=fields["username"]).exclude(pk=user.pk).exists():
            raise ScimError(409, "A user with this userName exists.", "uniqueness")
        user.username = fields["username"]
        user.save(update_fields=["username", "updated_at"])
    changes = {k: fields[k] for k in ("display_name", "phone", "is_active")}
    changes["email"] = fields["email"] or None
    directory.user_update(user=user, changes=changes)
    _own(user, fields["external_id"])
    _audit(actor, "scim.user.replace", "user", user.pk, user.username, {k: v for k, v in fields.items()})
    return user


@transaction.atomic
def scim_user_deactivate(*, user: User, actor: Actor) -> User:
    check_writable(user)
    directory.user_deactivate(user=user)
    _own(user, FeedIdentity.objects.filter(user=user).values_list("external_id", flat=True).first() or "")
    _audit(actor, "scim.user.deactivate", "user", user.pk, user.username, {"is_active": False})
    return user


# ---- groups (roles) -----------------------------------------------------------------------------


def _code_for(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:50] or "group"
    code, n = f"scim-{slug}", 1
    while Role.objects.filter(code=code).exists():
        n += 1
        code = f"scim-{slug}-{n}"
    return code


@transaction.atomic
def scim_group_create(*, fields: dict[str, Any], actor: Actor) -> Role:
    if Role.objects.filter(name__iexact=fields["name"], is_active=True).exists():
        raise ScimError(409, "A group with this displayName exists.", "uniqueness")
    role = directory.role_create(code=_code_for(fields["name"]), name=fields["name"])
    directory.role_set_members(role=role, user_ids=fields["member_ids"] or [])
    _audit(
        actor,
        "scim.group.create",
        "role",
        role.pk,
        role.code,
        {"name": role.name, "members": fields["member_ids"] or []},
    )
    return role


@transaction.atomic
def scim_group_replace(*, role: Role, fields: dict[str, Any], actor: Actor) -> Role:
    if Role.objects.filter(name__iexact=fields["name"], is_active=True).exclude(pk=role.pk).exists():
        raise ScimError(409, "A group with this displayName exists.", "uniqueness")
    directory.role_update(role=role, changes={"name": fields["name"]})
    if fields["member_ids"] is not None:
        directory.role_set_members(role=role, user_ids=fields["member_ids"])
    _audit(
        actor,
        "scim.group.replace",
        "role",
        role.pk,
        role.code,
        {"name": role.name, "members": fields["member_ids"]},
    )
    return role


@transaction.atomic
def scim_group_delete(*, role: Role, actor: Actor) -> None:
    """A role is never deleted (workflows may name it): deactivated, with no members."""
    directory.role_set_members(role=role, user_ids=[])
    directory.role_update(role=role, changes={"is_active": False})
    _audit(actor, "scim.group.delete", "role", role.pk, role.code, {"is_active": False})


actor_for = _actor
