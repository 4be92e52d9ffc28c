"""Writes of the compat API's configuration (switch, apps, tokens) and of its legacy id map."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.access.models import User
from core.errors import Conflict, ValidationFailed, field_problem
from core.locks import advisory_xact_lock
from core.secrets import encrypt_secret
from engine.workflows.models import Workflow
from integrations.v2compat.models import CompatApp, CompatSettings, LegacyId

# The built-in 2.x UI's app name bypasses every workflow check upstream: never an app here.
RESERVED_NAMES = frozenset({"loonflow"})


def compat_settings_set(*, enabled: bool) -> CompatSettings:
    settings, _created = CompatSettings.objects.get_or_create(pk=1)
    settings.enabled = enabled
    settings.save(update_fields=["enabled", "updated_at"])
    return settings


def _new_token() -> str:
    # The shape of a 2.x token (uuid text), with all its bits random.
    return str(uuid.UUID(bytes=secrets.token_bytes(16), version=4))


def _workflows(workflow_ids: list[int]) -> list[Workflow]:
    found = list(Workflow.objects.filter(pk__in=set(workflow_ids)))
    missing = sorted(set(workflow_ids) - {workflow.pk for workflow in found})
    if missing:
        raise ValidationFailed(
            _("No workflow with id %(ids)s.") % {"ids": ", ".join(map(str, missing))},
            details=[field_problem("workflow_ids", _("Unknown workflow id(s)."), "unknown")],
        )
    return found


def _acting(usernames: list[str]) -> list[str]:
    names = list(dict.fromkeys(usernames))
    if CompatApp.ANY_USER in names:
        return [CompatApp.ANY_USER]
    known = set(User.objects.filter(username__in=names).values_list("username", flat=True))
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ValidationFailed(
            _("No person named %(names)s.") % {"names": ", ".join(unknown)},
            details=[field_problem("acting_usernames", _("Unknown username(s)."), "unknown")],
        )
    return names


@transaction.atomic
def compat_app_create(
    *,
    name: str,
    description: str = "",
    workflow_ids: list[int] | None = None,
    acting_usernames: list[str] | None = None,
    token: str | None = None,
) -> tuple[CompatApp, str]:
    """A new app and its token (returned once). `token`: keep a 2.x install's existing secret."""
    if name.lower() in RESERVED_NAMES:
        raise ValidationFailed(
            _("The app name %(name)s is reserved.") % {"name": repr(name)},
            details=[field_problem("name", _("This name is reserved."), "reserved")],
        )
    if CompatApp.objects.filter(name=name).exists():
        raise Conflict(_("An app named %(name)s exists.") % {"name": repr(name)}, code="name_taken")
    plaintext = token or _new_token()
    app = CompatApp.objects.create(
        name=name,
        description=description,
        token_encrypted=encrypt_secret(plaintext),
        token_hint=plaintext[-4:],
        token_rotated_at=timezone.now(),
        acting_usernames=_acting(acting_usernames or []),
    )
    app.workflows.set(_workflows(workflow_ids or []))
    return app, plaintext


@transaction.atomic
def compat_app_update(*, app: CompatApp, changes: dict[str, Any]) -> CompatApp:
    if "workflow_ids" in changes:
        app.workflows.set(_workflows(changes.pop("workflow_ids") or []))
    if "acting_usernames" in changes:
        changes["acting_usernames"] = _acting(changes["acting_usernames"] or [])
    for name, value in changes.items():
        setattr(app, name, value)
    app.save()
    return app


@transaction.atomic
def compat_app_token_rotate(*, app: CompatApp) -> str:
    """A new token (returned once); the old one stops working at once."""
    plaintext = _new_token()
    app.token_encrypted = encrypt_secret(plaintext)
    app.token_hint = plaintext[-4:]
    app.token_rotated_at = timezone.now()
    app.save(update_fields=["token_encrypted", "token_hint", "token_rotated_at", "updated_at"])
    return plaintext


def compat_app_delete(*, app: CompatApp) -> None:
    app.delete()


# ---- legacy ids ----------------------------------------------------------------------------------

_NEXT_FREE = f"""
    SELECT COALESCE(MAX(number), 0) + 1 FROM {LegacyId._meta.db_table} WHERE kind = %s
"""  # noqa: S608 - our own table name


def legacy_ids_ensure(*, workflow: Workflow, kind: str, keys: list[str]) -> dict[str, int]:
    """The numbers of `keys` of `workflow` (one kind), giving the next free numbers to new ones.
    Serialised per kind by a transaction lock, so two requests never hand out one number twice."""
    wanted = list(dict.fromkeys(keys))
    known = dict(
        LegacyId.objects.filter(kind=kind, workflow=workflow, key__in=wanted).values_list("key", "number")
    )
    if len(known) == len(wanted):
        return known
    with transaction.atomic():
        advisory_xact_lock("v2compat_legacy_id", kind)
        known = dict(
            LegacyId.objects.filter(kind=kind, workflow=workflow, key__in=wanted).values_list("key", "number")
        )
        with connection.cursor() as cursor:
            cursor.execute(_NEXT_FREE, [kind])
            number = int(cursor.fetchone()[0])
        preferred = workflow.pk if kind == LegacyId.Kind.WORKFLOW else None
        rows = []
        for key in wanted:
            if key in known:
                continue
            if preferred is not None and not LegacyId.objects.filter(kind=kind, number=preferred).exists():
                known[key] = preferred
            else:
                known[key] = number
                number += 1
            rows.append(LegacyId(kind=kind, workflow=workflow, key=key, number=known[key]))
        LegacyId.objects.bulk_create(rows)
    return known


def legacy_id_assign(*, workflow: Workflow, kind: str, key: str, number: int) -> LegacyId:
    """Pin a 2.x id (the importer's use: migrated clients keep the ids they hold)."""
    with transaction.atomic():
        advisory_xact_lock("v2compat_legacy_id", kind)
        taken = LegacyId.objects.filter(kind=kind, number=number).exclude(workflow=workflow, key=key)
        if taken.exists():
            raise Conflict(
                _("The 2.x %(kind)s id %(number)s is taken.") % {"kind": kind, "number": number},
                code="legacy_id_taken",
            )
        row, _created = LegacyId.objects.update_or_create(
            kind=kind, workflow=workflow, key=key, defaults={"number": number}
        )
        return row
