"""/scim/v2/ on a tenant's host (RFC 7644): discovery, Users and Groups.

Plain Django views, not the tenant API: SCIM has its own media type (`application/scim+json`), its
own error bodies and its own bearer tokens (`ScimToken`, looked up in the host's tenant only, so a
token of another tenant is a 401 here). Every refusal is a SCIM error; nothing a client sends makes
a 500.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from django.db.models import Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt

from core.access.models import User
from core.directory.models import Role
from core.errors import ApplicationError
from core.networks import client_address
from integrations.common.models import FeedIdentity
from integrations.scim import discovery, services
from integrations.scim.errors import ScimError
from integrations.scim.filters import matches, parse_filter
from integrations.scim.models import ScimToken
from integrations.scim.narrowing import GROUPS, USERS, Columns, Narrowing, narrow
from integrations.scim.patch import apply_patch
from integrations.scim.resources import group_fields, group_resource, user_fields, user_resource

logger = logging.getLogger(__name__)

MEDIA_TYPE = "application/scim+json"
MAX_BODY = 1024 * 1024
DEFAULT_COUNT = 100


def _respond(body: Any, status: int = 200, *, etag: str = "", location: str = "") -> HttpResponse:
    response = HttpResponse(json.dumps(body), status=status, content_type=MEDIA_TYPE)
    if etag:
        response["ETag"] = etag
    if location:
        response["Location"] = location
    return response


def _base(request: HttpRequest) -> str:
    return request.build_absolute_uri("/scim/v2").rstrip("/")


def _body(request: HttpRequest) -> Any:
    if len(request.body) > MAX_BODY:
        raise ScimError(413, f"The body is larger than {MAX_BODY} bytes.", "tooMany")
    try:
        return json.loads(request.body or b"null")
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ScimError(400, "The body is not JSON.", "invalidSyntax") from None


def _int_param(request: HttpRequest, name: str, default: int) -> int:
    raw = request.GET.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ScimError(400, f"{name} is a whole number.", "invalidValue") from None


def _id_of(raw: str) -> int:
    if not raw.isdigit() or len(raw) > 18:
        raise ScimError(404, "No such resource.")
    return int(raw)


class _Call:
    def __init__(self, request: HttpRequest, token: ScimToken) -> None:
        self.request = request
        self.base = _base(request)
        self.actor = services.actor_for(
            token, client_address(request), str(getattr(request, "request_id", ""))
        )

    def check_version(self, current: dict[str, Any]) -> None:
        wanted = self.request.headers.get("If-Match")
        if (
            wanted
            and wanted.strip() != "*"
            and current["meta"]["version"] not in [v.strip() for v in wanted.split(",")]
        ):
            raise ScimError(412, "The resource changed since that version (If-Match).")


# ---- users --------------------------------------------------------------------------------------


def _users() -> Any:
    return User.objects.prefetch_related(Prefetch("roles", queryset=Role.objects.filter(is_active=True)))


def _external_ids(user_ids: list[int]) -> dict[int, str]:
    rows = FeedIdentity.objects.filter(user_id__in=user_ids, feed=services.FEED)
    return dict(rows.values_list("user_id", "external_id"))


def _user_body(call: _Call, user: User) -> dict[str, Any]:
    external = _external_ids([user.pk]).get(user.pk, "")
    return user_resource(user, base=call.base, external_id=external, groups=list(user.roles.all()))


def _user(raw_id: str) -> User:
    user = _users().filter(pk=_id_of(raw_id)).first()
    if user is None:
        raise ScimError(404, "No such User.")
    return user


# What a list view renders: the resources of a query (narrowed by `where`, cut to `window`), and how
# many the query has.
Bodies = Callable[[Q | None, slice | None], list[dict[str, Any]]]


def _list(call: _Call, bodies: Bodies, count: Callable[[Q | None], int], columns: Columns) -> HttpResponse:
    request = call.request
    start = max(1, _int_param(request, "startIndex", 1))
    size = min(max(0, _int_param(request, "count", DEFAULT_COUNT)), discovery.MAX_RESULTS)
    raw_filter = request.GET.get("filter")
    node = parse_filter(raw_filter) if raw_filter is not None else None
    narrowed = narrow(node, columns) if node is not None else Narrowing(None, exact=True)
    if narrowed.exact:
        # No filter, or one the database does exactly: it counts and cuts the page; only the page
        # is rendered.
        total = count(narrowed.where)
        page = bodies(narrowed.where, slice(start - 1, start - 1 + size)) if size else []
    else:
        assert node is not None
        found = [body for body in bodies(narrowed.where, None) if matches(node, body)]
        total, page = len(found), found[start - 1 : start - 1 + size]
    return _respond(
        {
            "schemas": [discovery.LIST_SCHEMA],
            "totalResults": total,
            "startIndex": start,
            "itemsPerPage": len(page),
            "Resources": page,
        }
    )


def users_view(call: _Call) -> HttpResponse:
    if call.request.method == "GET":

        def bodies(where: Q | None, window: slice | None) -> list[dict[str, Any]]:
            query = _users().filter(where or Q()).order_by("pk")
            users = list(query[window] if window is not None else query)
            externals = _external_ids([u.pk for u in users])
            return [
                user_resource(
                    u, base=call.base, external_id=externals.get(u.pk, ""), groups=list(u.roles.all())
                )
                for u in users
            ]

        return _list(call, bodies, lambda where: _users().filter(where or Q()).count(), USERS)
    if call.request.method == "POST":
        user = services.scim_user_create(fields=user_fields(_body(call.request)), actor=call.actor)
        body = _user_body(call, _user(str(user.pk)))
        return _respond(body, 201, etag=body["meta"]["version"], location=body["meta"]["location"])
    raise ScimError(405, "Users takes GET and POST.")


def user_view(call: _Call, raw_id: str) -> HttpResponse:
    user = _user(raw_id)
    current = _user_body(call, user)
    method = call.request.method
    if method == "GET":
        return _respond(current, etag=current["meta"]["version"])
    call.check_version(current)
    if method in ("PUT", "PATCH"):
        wanted = _body(call.request) if method == "PUT" else apply_patch(current, _body(call.request))
        services.scim_user_replace(user=user, fields=user_fields(wanted), actor=call.actor)
        body = _user_body(call, _user(raw_id))
        return _respond(body, etag=body["meta"]["version"])
    if method == "DELETE":
        services.scim_user_deactivate(user=user, actor=call.actor)
        return HttpResponse(status=204)
    raise ScimError(405, "A User takes GET, PUT, PATCH and DELETE.")


# ---- groups -------------------------------------------------------------------------------------


def _roles() -> Any:
    return Role.objects.filter(is_active=True).prefetch_related("members")


def _role(raw_id: str) -> Role:
    role = _roles().filter(pk=_id_of(raw_id)).first()
    if role is None:
        raise ScimError(404, "No such Group.")
    return role


def _group_body(call: _Call, role: Role) -> dict[str, Any]:
    return group_resource(role, base=call.base, members=sorted(role.members.all(), key=lambda u: u.pk))


def groups_view(call: _Call) -> HttpResponse:
    if call.request.method == "GET":

        def groups(where: Q | None, window: slice | None) -> list[dict[str, Any]]:
            query = _roles().filter(where or Q()).order_by("pk")
            return [_group_body(call, role) for role in (query[window] if window is not None else query)]

        return _list(call, groups, lambda where: _roles().filter(where or Q()).count(), GROUPS)
    if call.request.method == "POST":
        role = services.scim_group_create(fields=group_fields(_body(call.request)), actor=call.actor)
        body = _group_body(call, _role(str(role.pk)))
        return _respond(body, 201, etag=body["meta"]["version"], location=body["meta"]["location"])
    raise ScimError(405, "Groups takes GET and POST.")


def group_view(call: _Call, raw_id: str) -> HttpResponse:
    role = _role(raw_id)
    current = _group_body(call, role)
    method = call.request.method
    if method == "GET":
        return _respond(current, etag=current["meta"]["version"])
    call.check_version(current)
    if method in ("PUT", "PATCH"):
        wanted = _body(call.request) if method == "PUT" else apply_patch(current, _body(call.request))
        services.scim_group_replace(role=role, fields=group_fields(wanted), actor=call.actor)
        body = _group_body(call, _role(raw_id))
        return _respond(body, etag=body["meta"]["version"])
    if method == "DELETE":
        services.scim_group_delete(role=role, actor=call.actor)
        return HttpResponse(status=204)
    raise ScimError(405, "A Group takes GET, PUT, PATCH and DELETE.")


# ---- discovery ----------------------------------------------------------------------------------


def discovery_view(call: _Call, what: str, raw_id: str = "") -> HttpResponse:
    if call.request.method != "GET":
        raise ScimError(405, "Discovery documents are read with GET.")
    if what == "ServiceProviderConfig":
        return _respond(discovery.service_provider_config(call.base))
    items = discovery.SCHEMAS if what == "Schemas" else discovery.RESOURCE_TYPES
    kind = "Schema" if what == "Schemas" else "ResourceType"
    listing = discovery.listed(list(items), kind, call.base)
    if not raw_id:
        return _respond(listing)
    for item in listing["Resources"]:
        if item["id"] == raw_id:
            return _respond(item)
    raise ScimError(404, f"No such {kind}.")


# ---- the entry point ----------------------------------------------------------------------------


def _route(call: _Call, parts: list[str]) -> HttpResponse:
    head = parts[0] if parts else ""
    if head in ("ServiceProviderConfig", "Schemas", "ResourceTypes") and len(parts) <= 2:
        return discovery_view(call, head, parts[1] if len(parts) == 2 else "")
    if head == "Users" and len(parts) == 1:
        return users_view(call)
    if head == "Users" and len(parts) == 2:
        return user_view(call, parts[1])
    if head == "Groups" and len(parts) == 1:
        return groups_view(call)
    if head == "Groups" and len(parts) == 2:
        return group_view(call, parts[1])
    raise ScimError(404, "No such SCIM endpoint.")


@csrf_exempt
def scim_view(request: HttpRequest, rest: str = "") -> HttpResponse:
    try:
        token = services.scim_authenticate(request.headers.get("Authorization", ""))
        if token is None:
            response = _respond(ScimError(401, "A valid SCIM bearer token is required.").body(), 401)
            response["WWW-Authenticate"] = 'Bearer realm="scim"'
            return response
        return _route(_Call(request, token), [part for part in rest.split("/") if part])
    except ScimError as exc:
        return _respond(exc.body(), exc.status)
    except ApplicationError as exc:  # the directory services' refusals (quota, a bad field)
        scim_type = "invalidValue" if exc.status == 422 else ("uniqueness" if exc.status == 409 else "")
        status = 400 if exc.status == 422 else exc.status
        return _respond(ScimError(status, exc.message, scim_type).body(), status)
