"""`@audited(...)`: the one way an endpoint that changes configuration records it.

    ROLE = Target("role", "role_id", schema_snapshot(RoleOut, lambda pk: selectors.role_get(role_id=pk)))

    @router.patch("/roles/{role_id}", response=RoleOut)
    @audited("role.update", target=ROLE)
    def patch_role(request, role_id: int, payload: RolePatchIn): ...

The view runs inside `transaction.atomic()`, so the change and its record commit together (a view
that fails records nothing and changes nothing). The target is snapshotted before and after (through
its response schema, which leaves secrets out) and only the changed keys are kept, redacted. A created
object's id comes from the view's answer. The actor is the request's principal (person, app, app
acting for a person, platform admin), or for login/logout the person who logged in or out.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.http import Http404, HttpRequest
from django_tenants.utils import schema_context
from ninja import Schema, Status

from core.audit.models import AuditRecord
from core.audit.redaction import changed
from core.audit.services import Actor, audit_record
from core.errors import NotFound
from core.networks import client_address
from core.tenancy import current_schema

Snapshot = dict[str, Any]
View = TypeVar("View", bound=Callable[..., Any])
_LABEL_KEYS = ("name", "username", "code", "key", "domain", "serial", "title", "workflow_key")


@dataclass(frozen=True)
class Target:
    """What an operation changes: its type (`role`), the path parameter naming it (None: the id comes
    from the answer, as for a create), how to snapshot one by id, which snapshot key labels it, for a
    one-of-a-kind target (the tenant's settings) its fixed id, and for the caller's own entry (`/me`)
    how the request names it."""

    type: str
    param: str | None = None
    snapshot: Callable[[Any], Snapshot | None] | None = None
    label: Callable[[Snapshot], str] | None = None
    fixed_id: str | None = None
    own: Callable[[HttpRequest], Any] | None = None


def schema_snapshot(schema: type[Schema], get: Callable[[Any], Any]) -> Callable[[Any], Snapshot | None]:
    """A snapshot function: the object `get(id)` finds, shaped by its response `schema`; None when gone."""

    def snapshot(pk: Any) -> Snapshot | None:
        try:
            found = get(pk)
        except (NotFound, ObjectDoesNotExist, Http404):
            return None
        return schema.model_validate(found, from_attributes=True).model_dump(mode="json")

    return snapshot


def _person(value: Any) -> Any:
    """`value` when it is a signed-in person (a user row), else None."""
    return value if isinstance(value, AbstractBaseUser) and value.pk is not None else None


def actor_of(request: HttpRequest, *, fallback: Any = None) -> Actor:
    """Who made this request, as an audit record names them: `request.auth` (the tenant API's
    `Principal`: a person, an app, an app acting for a person; the platform API's user), else the
    session's user (login), else `fallback` (the user a logout signed out)."""
    where = Actor(
        kind=AuditRecord.ActorKind.ANONYMOUS,
        address=client_address(request),
        request_id=str(getattr(request, "request_id", "")),
    )
    auth = getattr(request, "auth", None)
    app = getattr(auth, "app", None)
    user = _person(getattr(auth, "user", auth))
    if app is not None:
        return Actor(
            kind=AuditRecord.ActorKind.APP,
            user_id=user.pk if user is not None else None,
            name=app.name,
            app_name=app.name,
            acting_for=user.get_username() if user is not None else "",
            address=where.address,
            request_id=where.request_id,
        )
    user = user or _person(getattr(request, "user", None)) or _person(fallback)
    if user is not None:
        return replace(where, kind=AuditRecord.ActorKind.PERSON, user_id=user.pk, name=user.get_username())
    robot = str(getattr(auth, "robot", "") or "")
    if robot:
        return replace(where, kind=AuditRecord.ActorKind.SYSTEM, name=robot)
    return where


def _path_id(target: Target | None, request: HttpRequest, kwargs: dict[str, Any]) -> Any:
    if target is None:
        return None
    if target.own is not None:
        return target.own(request)
    return kwargs.get(target.param) if target.param else target.fixed_id


def _answer_id(result: Any) -> Any:
    value = result.value if isinstance(result, Status) else result
    if isinstance(value, dict):
        return value.get("id")
    return getattr(value, "pk", None)


def _label(target: Target, snapshot: Snapshot | None) -> str:
    if not snapshot:
        return ""
    if target.label is not None:
        return target.label(snapshot)
    return next((str(snapshot[key]) for key in _LABEL_KEYS if snapshot.get(key)), "")


def _snap(target: Target | None, pk: Any) -> Snapshot | None:
    if target is None or target.snapshot is None or pk is None:
        return None
    return target.snapshot(pk)


def _with_origin(after: Snapshot | None, origin: Snapshot | None) -> Snapshot | None:
    return after if not origin else {**(after or {}), **origin}


def secret_rotated(_answer: Any) -> Snapshot:
    """The `outcome` of a secret rotation: that it happened (the new secret is never recorded)."""
    return {"secret_rotated": True}


def audited(
    action: str,
    *,
    target: Target | None = None,
    outcome: Callable[[Any], Snapshot | None] | None = None,
    origin: Callable[[dict[str, Any]], Snapshot] | None = None,
) -> Callable[[View], View]:
    """Record `action` for every successful call of the decorated endpoint (see the module doc).

    `outcome(answer)` gives the `after` of an operation that changes no snapshotted object (a sync, a
    retry, a test message): what it did, e.g. counts. `origin(arguments)` names what a created object
    came from (the workflow a clone copies, the template a workflow was made from): its keys are
    added to `after`; it gets the view's keyword arguments (path parameters, `payload`) and runs
    after the view succeeded."""

    def decorate(view: View) -> View:
        @functools.wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
            schema = current_schema()
            user_before = _person(getattr(request, "user", None))  # logout forgets who it was
            pk = _path_id(target, request, kwargs)
            with transaction.atomic():
                before = _snap(target, pk)
                result = view(request, *args, **kwargs)
                pk = _answer_id(result) if pk is None and target is not None else pk
                after = _snap(target, pk) if outcome is None else None
                label = _label(target, after or before) if target is not None else ""
                old, new = changed(before, after) if outcome is None else (None, outcome(result))
                new = _with_origin(new, origin(kwargs) if origin is not None else None)
                with nullcontext() if current_schema() == schema else schema_context(schema):
                    audit_record(
                        action=action,
                        actor=actor_of(request, fallback=user_before),
                        target_type=target.type if target is not None else "",
                        target_id=pk if pk is not None else "",
                        target_label=label,
                        before=old,
                        after=new,
                    )
            return result

        # ninja reads the view's signature; with postponed annotations it must see them resolved
        # in the view's own module, not in this one.
        wrapper.__signature__ = inspect.signature(view, eval_str=True)  # type: ignore[attr-defined]
        wrapper.audit_action = action  # type: ignore[attr-defined]  # for the coverage test
        wrapper.audit_target = target  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate
